"""Tables and side-by-side columns whose rows never outgrow a page: tall rows are cut between lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefgen.writers.pdf.flowables import Cells, Flowable
from briefgen.writers.style import STEPS_TABLE

if TYPE_CHECKING:
    from briefgen.writers.pdf.writer import PdfWriter

ROW_LIMIT = 0.25  # table rows taller than this share of the frame are cut into several rows
TABLE_CHUNK = 40  # rows per table of a long list without a header (see table())


def _height(flowable: Flowable, width: float, avail: float) -> tuple[float, float]:
    """The height of ``flowable`` at ``width`` without and with its space before and after."""
    _, height = flowable.wrap(width, avail)
    spaces = float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())
    return float(height), float(height) + spaces


def _cut(flowable: Flowable, width: float, limit: float) -> list[Flowable]:
    """``flowable`` cut into pieces no taller than ``limit``, halving it each time (not n² wraps)."""
    height, _ = _height(flowable, width, limit)
    if height <= limit:
        return [flowable]
    leading = float(getattr(getattr(flowable, "style", None), "leading", 0) or 0)
    unit = leading * int(limit // leading) if leading and limit >= leading else limit
    units = max(1, int(height / 2 // unit))
    parts = flowable.split(width, units * unit + 0.01)
    if len(parts) < 2:
        return [flowable]
    return [piece for part in parts for piece in _cut(part, width, limit)]


def _chunks(flowables: Sequence[Flowable], width: float, limit: float) -> list[list[Flowable]]:
    """``flowables`` cut into groups no taller than ``limit`` (paragraphs split between lines)."""
    chunks: list[list[Flowable]] = []
    current: list[Flowable] = []
    room = limit
    queue = list(flowables)
    while queue:
        flowable = queue.pop(0)
        height, total = _height(flowable, width, limit)
        if total <= room or (not current and height <= limit):
            current.append(flowable)
            room -= total
            continue
        if current:  # fill the rest of this group with the head of the flowable, if sensible
            leading = float(getattr(getattr(flowable, "style", None), "leading", 0) or limit)
            space = room - float(flowable.getSpaceBefore())
            parts = flowable.split(width, space) if space >= 3 * leading else []
            if len(parts) >= 2:
                current.append(parts[0])
                queue[0:0] = parts[1:]
            else:
                queue.insert(0, flowable)
            chunks.append(current)
            current, room = [], limit
            continue
        pieces = _cut(flowable, width, limit)
        chunks.extend([piece] for piece in pieces[:-1])
        if len(pieces) == 1:
            chunks.append(pieces)  # cannot be cut: it stands alone
        else:
            queue.insert(0, pieces[-1])
    if current:
        chunks.append(current)
    return chunks


def _cut_row(cells: Cells, widths: Sequence[float], limit: float) -> list[Cells]:
    """One logical table row as one or more physical rows, each no taller than ``limit``."""
    tallest = max(sum(_height(f, w, limit)[1] for f in cell) for cell, w in zip(cells, widths, strict=True))
    if tallest <= limit:
        return [cells]
    pieces = [_chunks(cell, w, limit) for cell, w in zip(cells, widths, strict=True)]
    count = max(len(p) for p in pieces)
    return [[p[i] if i < len(p) else [] for p in pieces] for i in range(count)]


def _physical(
    rows: list[Cells], inner: Sequence[float], limit: float, top: float, bottom: float, *, header: bool
) -> tuple[list[Cells], list[tuple[float, float]]]:
    """The physical rows (tall logical rows cut in parts) and the (top, bottom) padding of each."""
    physical: list[Cells] = []
    pads: list[tuple[float, float]] = []
    for index, row in enumerate(rows):
        parts = [row] if header and index == 0 else _cut_row(row, inner, limit)
        for part, cells in enumerate(parts):
            if part:  # a continuation: no gap between it and the part above
                pads[-1] = (pads[-1][0], 0)
            physical.append(cells)
            pads.append((0 if part else top, bottom))
    return physical, pads


def _ranges(count: int, step: int, split_first: bool) -> list[tuple[int, int]]:
    """The rows of each flowable: the first alone with ``split_first``, then ``step`` at a time."""
    first = 1 if split_first and count > 1 else 0
    ranges = [(0, 1)] if first else []
    return ranges + [(start, min(start + step, count)) for start in range(first, count, step)]


def side_by_side(
    w: PdfWriter, rows: list[Cells], width: float, *, gap: float, gutter: float
) -> list[Flowable]:
    """Rows of two language cells, each column ``width`` wide, as :mod:`.side` flowables.

    The same rows as :func:`table` with ``gutter`` and ``split_first`` made: tall rows cut, the
    first row alone (to keep with a heading), then :data:`TABLE_CHUNK` rows a flowable.
    """
    from briefgen.writers.pdf.side import side_by_side_class

    make = side_by_side_class()
    inner = [width - gutter, width - gutter]
    physical, pads = _physical(rows, inner, w.frame_height * ROW_LIMIT, 0, gap, header=False)
    look = ("black", w.fonts.regular, w.size, w.size * 1.2)  # a table cell's colour and font
    split_min = round(w.size * 4)
    return [
        make(physical[start:stop], pads[start:stop], (width, width), gutter, look, split_min)
        for start, stop in _ranges(len(physical), TABLE_CHUNK, split_first=True)
    ]


def table(
    w: PdfWriter,
    rows: list[Cells],
    widths: Sequence[float],
    *,
    padding: tuple[float, float, float, float],
    gutter: float | None = None,
    header: bool = False,
    split_first: bool = False,
) -> list[Flowable]:
    """Tables whose rows never outgrow a page: tall rows are cut into several rows.

    ``padding`` is (top, right, bottom, left) of every cell; ``gutter`` replaces the inner
    padding between two language columns; ``header`` styles the first row as a repeated
    header with horizontal rules between the rows; ``split_first`` puts the first row in a
    table of its own, so that a heading kept with the next flowable keeps with one row only.
    """
    from reportlab.platypus import Table, TableStyle

    top, right, bottom, left = padding
    inner = [width - (gutter if gutter is not None else left + right) for width in widths]
    physical, pads = _physical(rows, inner, w.frame_height * ROW_LIMIT, top, bottom, header=header)

    def make(start: int, stop: int) -> Flowable:
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), w.fonts.regular, w.size),
            ("LEFTPADDING", (0, 0), (-1, -1), left),
            ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ]
        for row in range(stop - start):
            pad_top, pad_bottom = pads[start + row]
            commands.append(("TOPPADDING", (0, row), (-1, row), pad_top))
            commands.append(("BOTTOMPADDING", (0, row), (-1, row), pad_bottom))
        if gutter is not None:
            commands += [
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gutter),
                ("LEFTPADDING", (-1, 0), (-1, -1), gutter),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), w.heading_color),
                ("LINEBELOW", (0, -1), (-1, -1), STEPS_TABLE.edge_pt, w.heading_color),
            ]
            for row in range(1, stop - start - 1):
                if pads[start + row][1]:  # no rule inside a row cut in parts
                    commands.append(("LINEBELOW", (0, row), (-1, row), STEPS_TABLE.inner_pt, w.rule_color))
        return Table(
            physical[start:stop],
            colWidths=list(widths),
            style=TableStyle(commands),
            repeatRows=1 if header else 0,
            splitByRow=1,
            splitInRow=0 if header else round(w.size * 4),
            hAlign="LEFT",
        )

    # A table split at a page end is re-measured whole, and its rest copied, at every page:
    # one long table (a thousand sources) costs pages × rows. Rows without a repeated header
    # and rules between them stack the same as consecutive tables, so those come in chunks.
    step = len(physical) if header else TABLE_CHUNK
    return [make(start, stop) for start, stop in _ranges(len(physical), step, split_first)]
