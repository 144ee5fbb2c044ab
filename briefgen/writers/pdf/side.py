"""Two language columns side by side, drawn without a reportlab ``Table`` (issue 17).

A parallel brief is a long run of rows, each an Indonesian and an English cell of paragraphs.
reportlab's ``Table`` sized, split and drew them through its general machinery (styles per
cell, commands per row, spans, rules): a sixth of a long brief's PDF time for two plain
columns. :class:`SideBySide` does the same arithmetic for exactly that case, in the same order
(so every row height, split and position is the same float): a row is as tall as its taller
cell plus its padding; at a page end the rows that fit stay and the rest move on; a first row
that does not fit is split inside, each cell's paragraph split at the height left, when at
least ``split_min`` points of it stay and at least as much follows; cells are drawn from their
top, with the fill colour and font a table set before its first cell.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from briefgen.writers.pdf.flowables import Cells, Flowable

TALL = 72000  # the height a table offers a cell's paragraphs when sizing its rows


def _cell_height(
    cell: Sequence[Flowable], width: float, avail: float, canv: Any, heights: list[float] | None = None
) -> float:
    """The height of a cell's flowables stacked (spaces between them, not above or below)."""
    if not cell:
        return 0
    total: float = 0
    first: float = 0
    after: float = 0
    for index, flowable in enumerate(cell):
        _, height = flowable.wrapOn(canv, width, avail)
        before = flowable.getSpaceBefore()
        after = flowable.getSpaceAfter()
        if heights is not None:
            heights.append(height)
        total += height + after + before
        if index == 0:
            first = before
    return total - first - after


def _stacked(heights: Sequence[float]) -> tuple[float, list[float]]:
    """The total of ``heights`` and the offset of each row from the bottom, summed as a table sums."""
    positions: list[float] = []
    height: float = 0
    carry: float = 0
    for index in range(len(heights) - 1, -1, -1):
        positions.append(height)
        step = heights[index] - carry
        total = height + step
        carry = (total - height) - step
        height = total
    positions.append(height)
    positions.reverse()
    return height, positions


@functools.cache
def side_by_side_class() -> type[Any]:
    """The flowable class, defined on first use so that reportlab loads lazily."""
    from reportlab.platypus.flowables import Flowable as RLFlowable

    class SideBySide(RLFlowable):  # type: ignore[misc]
        """Rows of two cells (lists of flowables) at ``widths``, padded (top, bottom) per row.

        A cell's paragraphs are set ``gutter`` in from the middle of the page: the left column
        has the gutter on its right, the right column on its left. ``look`` is (fill colour,
        font, size, leading), set once before the first cell as a table did. ``heights``, when
        given, are the rows' heights (the parts of a split keep those they had).
        """

        def __init__(
            self,
            rows: list[Cells],
            pads: list[tuple[float, float]],
            widths: tuple[float, float],
            gutter: float,
            look: tuple[Any, str, float, float],
            split_min: float,
            heights: list[float] | None = None,
        ) -> None:
            super().__init__()
            self.rows = rows
            self.pads = pads
            self.widths = widths
            self.gutter = gutter
            self.look = look
            self.split_min = split_min
            self.heights = heights

        def _paddings(self) -> tuple[tuple[float, float], tuple[float, float]]:
            return (0, self.gutter), (self.gutter, 0)  # (left, right) of each column

        def _row_heights(self) -> list[float]:
            if self.heights is None:
                canv = getattr(self, "canv", None)
                heights = []
                for cells, (top, bottom) in zip(self.rows, self.pads, strict=True):
                    tallest: float = 0
                    for cell, width, (left, right) in zip(cells, self.widths, self._paddings(), strict=True):
                        height = _cell_height(cell, width - left - right, TALL - top - bottom, canv)
                        height += bottom + top
                        if height > tallest:
                            tallest = height
                    heights.append(tallest)
                self.heights = heights
            return self.heights

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.height, self.positions = _stacked(self._row_heights())
            self.width = self.widths[0] + self.widths[1]
            return self.width, self.height

        def _part(
            self, rows: list[Cells], pads: list[tuple[float, float]], heights: list[float], at: str
        ) -> Any:
            """A part of a split: ``at`` "start" keeps the space before, "end" the space after."""
            part = SideBySide(rows, pads, self.widths, self.gutter, self.look, self.split_min, heights)
            if at == "start" and hasattr(self, "spaceBefore"):
                part.spaceBefore = self.spaceBefore
            if at == "end" and hasattr(self, "spaceAfter"):
                part.spaceAfter = self.spaceAfter
            return part

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            self.wrap(availWidth, availHeight)
            heights = self._row_heights()
            used: float = 0
            fits = 0
            for height in heights:
                if used + height > availHeight:
                    break
                fits += 1
                used = used + height
            if fits == len(heights):
                return [self]
            if fits:
                return [
                    self._part(self.rows[:fits], self.pads[:fits], heights[:fits], "start"),
                    self._part(self.rows[fits:], self.pads[fits:], heights[fits:], "end"),
                ]
            return self._split_first_row(availHeight)

        def _split_first_row(self, availHeight: float) -> list[Any]:
            """The first row cut at ``availHeight``: each cell's paragraphs split there."""
            canv = getattr(self, "canv", None)
            top, bottom = self.pads[0]
            columns = list(zip(self.rows[0], self.widths, self._paddings(), strict=True))
            tallest: float = 0
            for cell, width, (left, right) in columns:
                height = _cell_height(cell, width - left - right, TALL - top - bottom, canv)
                height += top + bottom
                if height > tallest:
                    tallest = height
            point = min(availHeight - 0, tallest - 0)
            if point + 1 < self.split_min or self.height - point < self.split_min:
                return []
            heads: Cells = []
            tails: Cells = []
            head_height: float = 0
            tail_height: float = 0
            for cell, width, (left, right) in columns:
                cut = self._split_cell(cell, width, width - left - right, top, bottom, point, canv)
                if cut is None:
                    return []
                head, tail = cut
                heads.append(head)
                tails.append(tail)
                inner, avail = width - left - right, TALL - top - bottom
                head_height = max(head_height, _cell_height(head, inner, avail, canv) + top + bottom)
                tail_height = max(tail_height, _cell_height(tail, inner, avail, canv) + top + bottom)
            heights = self._row_heights()
            first = min(point, head_height)
            rest = [max(tail_height, heights[0] - first), *heights[1:]]
            return [
                self._part([heads], self.pads[:1], [first], "start"),
                self._part([tails, *self.rows[1:]], self.pads, rest, "end"),
            ]

        @staticmethod
        def _split_cell(
            cell: list[Flowable],
            width: float,
            inner: float,
            top: float,
            bottom: float,
            point: float,
            canv: Any,
        ) -> tuple[list[Flowable], list[Flowable]] | None:
            """A cell's flowables above and below ``point``; None when nothing can stay above."""
            room = point - top
            measured: list[float] = []
            _cell_height(cell, inner, TALL - top - bottom, canv, measured)
            head: list[Flowable] = []
            tail: list[Flowable] = []
            used: float = 0
            tried = False
            for flowable, measure in zip(cell, measured, strict=True):
                height = getattr(flowable, "height", measure)
                if tried:
                    tail.append(flowable)
                elif used + height + flowable.getSpaceBefore() <= room:
                    head.append(flowable)
                    used += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
                else:
                    # A table splits a paragraph at the column's width, its lines already broken.
                    parts = flowable.split(width, room - used - flowable.getSpaceBefore())
                    if parts:
                        head.append(parts[0])
                        tail.append(parts[1])
                    elif not head:
                        return None
                    else:
                        tail.append(flowable)
                    tried = True
            return head, tail

        def draw(self) -> None:
            canv = self.canv
            canv.saveState()
            colour, font, size, leading = self.look
            canv.setFillColor(colour)
            canv.setFont(font, size, leading)
            offsets = (0, self.widths[0])
            assert self.heights is not None
            for cells, (top, bottom), base, height in zip(
                self.rows, self.pads, self.positions[1:], self.heights, strict=False
            ):
                for cell, x0, width, (left, right) in zip(
                    cells, offsets, self.widths, self._paddings(), strict=True
                ):
                    measured: list[float] = []
                    _cell_height(cell, width - left - right, height - top - bottom, canv, measured)
                    y = base + height - top
                    if cell:
                        y += cell[0].getSpaceBefore()
                    for flowable, flowable_height in zip(cell, measured, strict=True):
                        y -= flowable.getSpaceBefore()
                        y -= flowable_height
                        flowable.drawOn(canv, x0 + left, y)
                        y -= flowable.getSpaceAfter()
            canv.saveState()  # a table's (empty) rules
            canv.restoreState()
            canv.restoreState()

    return SideBySide
