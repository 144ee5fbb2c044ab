"""Academic degrees written after a name (``Budi Santoso, S.H., M.H.``, ``Budi Santoso, SH, MH``,
``Budi Santoso SH``): part of the name as written, never a name of their own."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import words
from briefgen.extract.runs import DEGREES

# Academic degrees written after a name without dots ("Dadang Wigiarto SH", "Budi, SH, MH").
DEGREE_WORDS = words(
    """
    SH MH SE MM MSi MSc MPd SPd ST MT SIP SSos SKom MKom SAg MAg SHI MHum SKM MKes SKep SPi MP MAP
    MBA MPA PhD SIKom MIKom SPsi MPsi SKG SKed SSi SP SHut MSP MEng
    SIK MIK SSTK STrK SST SFarm SKep SAB MAB SIP MIP SPd MSos SHum LLM
    """
)

# ", SH, MH", ", MM", ", S.Sos, MSi": degrees after a comma, with or without their dots.
_DOTLESS = "|".join(sorted(sorted(DEGREE_WORDS), key=len, reverse=True))
WRITTEN_DEGREES = re.compile(
    r"(?:,\s*(?:(?:[A-Z][A-Za-z]{0,3}\.){1,3}(?:[A-Z][A-Za-z]{0,3}\b\.?)?|Ph\.?\s?D\.?|LL\.M\.?"
    rf"|(?:{_DOTLESS})\b\.?))+"
    r"(?=[\s,.;:)”\"]|$)"
)


def degrees_at(paragraph: str, pos: int) -> re.Match[str] | None:
    """Degrees written at ``pos`` (``, M.Si.``, ``, SH, MH``); not an honorific opening the next
    name (``, Dr. Budi``)."""
    match = DEGREES.match(paragraph, pos) or WRITTEN_DEGREES.match(paragraph, pos)
    if match is None or re.match(r"\s*[A-Z]", paragraph[match.end() :]):
        return None
    return match


def with_degrees(paragraph: str, end: int) -> int:
    match = degrees_at(paragraph, end)
    return match.end() if match else end


_GLUED_DEGREES = re.compile(r"(?:\.[A-Z][A-Za-z]{0,3})*\.(?=[a-z])")


def glued_degrees_end(paragraph: str, end: int) -> int:
    """``Budi SH.MH.mengatakan``: where degrees after ``end`` stop when they run on into the verb."""
    glued = _GLUED_DEGREES.match(paragraph, end)
    return glued.end() if glued else end
