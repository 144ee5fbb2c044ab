"""Academic degrees written after a name (``Budi Santoso, S.H., M.H.``, ``Budi Santoso, SH, MH``,
``Budi Santoso SH``): part of the name as written, never a name of their own."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import DEGREE_WORDS as DEGREE_WORDS
from briefgen.extract.runs import DEGREES, SPACED_DEGREE

# ", SH, MH", ", MM", ", S.Sos, MSi": degrees after a comma, with or without their dots.
_DOTLESS = "|".join(sorted(sorted(DEGREE_WORDS), key=len, reverse=True))
WRITTEN_DEGREES = re.compile(
    rf"(?:,\s*(?:{SPACED_DEGREE}|(?:[A-Z][A-Za-z]{{0,3}}\.){{1,3}}(?:[A-Z][A-Za-z]{{0,3}}\b\.?)?|Ph\.?\s?D\.?"
    rf"|LL\.M\.?|(?:{_DOTLESS})\b\.?))+"
    r"(?=[\s,.;:)”\"]|$)"
)


def degrees_at(paragraph: str, pos: int) -> re.Match[str] | None:
    """Degrees written at ``pos`` (``, M.Si.``, ``, SH, MH``); not an honorific opening the next
    name (``, Dr. Budi``)."""
    for pattern in (DEGREES, WRITTEN_DEGREES):  # ", S. Ag": the second reads a degree with a space
        match = pattern.match(paragraph, pos)
        if match is not None and not re.match(r"\s*[A-Z]", paragraph[match.end() :]):
            return match
    return None


def with_degrees(paragraph: str, end: int) -> int:
    match = degrees_at(paragraph, end)
    if match is None and paragraph.startswith(".", end):
        # "Budi SE., M.Sc.": a dotless degree's own full stop before the degrees after it.
        word = re.search(r"[A-Za-z]+$", paragraph[max(0, end - 6) : end])
        if word is not None and word.group(0) in DEGREE_WORDS:
            match = degrees_at(paragraph, end + 1)
    return match.end() if match else end


_GLUED_DEGREES = re.compile(r"(?:\.[A-Z][A-Za-z]{0,3})*\.(?=[a-z])")


def glued_degrees_end(paragraph: str, end: int) -> int:
    """``Budi SH.MH.mengatakan``: where degrees after ``end`` stop when they run on into the verb."""
    glued = _GLUED_DEGREES.match(paragraph, end)
    return glued.end() if glued else end
