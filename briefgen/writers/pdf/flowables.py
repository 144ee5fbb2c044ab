"""reportlab's building blocks for briefgen: units, the paragraph that draws rules, the outline."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# reportlab ships no type information: its objects are handled as Any in this package.
Flowable = Any
Cells = list[list[Flowable]]

MM = 72 / 25.4  # points per millimetre
LOOKAHEAD = 64  # flowables made ahead of the layout (see BriefDocument)
NO_PADDING: dict[str, float] = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


@dataclass(frozen=True)
class _Classes:
    paragraph: type[Any]  # a Paragraph that may draw a rule on its left or under it
    document: type[Any]  # a doc template that turns headings into PDF outline entries


@functools.cache
def classes() -> _Classes:
    """The reportlab subclasses, defined on first use so that reportlab loads lazily."""
    from reportlab.platypus import BaseDocTemplate
    from reportlab.platypus import Paragraph as RLParagraph

    class RuledParagraph(RLParagraph):  # type: ignore[misc]
        """Draws ``style.briefgen_rule`` = (side, colour, width, gap); split parts keep the style."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            # A paragraph's lines depend on its width alone, and a table cell is wrapped at one
            # width several times (cutting tall rows, sizing the table, drawing): the line
            # breaking, the largest part of a long PDF's time, is done once while the lines
            # (``blPara``, replaced by a split) are the ones it made.
            memo = self.__dict__.get("_briefgen_wrap")
            if memo is not None and memo[0] == availWidth and memo[1] is self.__dict__.get("blPara"):
                return memo[2], memo[3]
            width, height = super().wrap(availWidth, availHeight)
            self._briefgen_wrap = (availWidth, self.__dict__.get("blPara"), width, height)
            return width, height

        def draw(self) -> None:
            rule = getattr(self.style, "briefgen_rule", None)
            if rule is not None:
                side, color, width, gap = rule
                canv = self.canv
                canv.saveState()
                canv.setStrokeColor(color)
                canv.setLineWidth(width)
                if side == "left":
                    x = self.style.leftIndent - gap
                    canv.line(x, 0, x, self.height)
                else:
                    canv.line(0, -gap, self.width, -gap)
                canv.restoreState()
            super().draw()

    class BriefDocument(BaseDocTemplate):  # type: ignore[misc]
        """Every flowable carrying ``briefgen_outline`` = (title, level) gets a bookmark.

        ``briefgen_more``, when set, yields the rest of the story in pieces: the list of
        flowables still to lay out (``briefgen_story``) is topped up from it before each one is
        handled, to at least :data:`LOOKAHEAD` flowables and never ending on one kept with the
        next (so every run of keep-with-next flowables is whole, as with the whole story given
        at once).
        """

        briefgen_more: Iterator[list[Flowable]] | None = None
        briefgen_story: list[Flowable] | None = None  # the list build() was given

        def filterFlowables(self, flowables: list[Flowable]) -> None:
            if flowables is not self.briefgen_story:  # e.g. the page's own hanging flowables
                return
            more = self.briefgen_more
            while more is not None and (
                len(flowables) < LOOKAHEAD or (flowables and flowables[-1].getKeepWithNext())
            ):
                chunk = next(more, None)
                if chunk is None:
                    self.briefgen_more = more = None
                else:
                    flowables.extend(chunk)

        def afterFlowable(self, flowable: Flowable) -> None:
            mark = getattr(flowable, "briefgen_outline", None)
            if mark is None:
                return
            title, level = mark
            count = getattr(self, "briefgen_marks", 0) + 1
            self.briefgen_marks = count
            key = f"h{count}"
            top = self.frame._y + flowable.getSpaceAfter() + flowable.height
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)

    return _Classes(RuledParagraph, BriefDocument)
