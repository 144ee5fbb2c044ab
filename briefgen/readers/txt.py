"""Plain text, as scraped or copied: one paragraph per line (or hard-wrapped), junk removed."""

from __future__ import annotations

import re

from briefgen.model import Article
from briefgen.readers.clean import INDONESIAN_WEEKDAYS, is_junk, normalise, paragraphs_from_text

# A search index's date marker: "date 2021-12-03 " (a day's or a month's).
_INDEX_MARKER = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")
_ENDS_SENTENCE = re.compile(r"[.!?:;…”\"]$")
# "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -"; a headline with a comma ("Bangun Kota Kreatif,
# Wali Kota Temui Menteri") has no dash after the words that follow it. A dateline may end its
# line ("Jakarta –"), the story below it, when the page lost its headline.
_DATELINE_START = re.compile(
    r"^\S+(?:\s\S+)?\s[-–—](?:\s|$)|^[A-Z][A-Za-z ]+,\s*\S+(?:\s\S+){0,2}\s*[-–—|]|^[A-Z][a-z]+ \("
)


# A line that ends on a dash is a dateline on its own, the lead below it ("Kabar desa.id (Bogor) -"):
# no headline ends so.
_DATELINE_ALONE = re.compile(r"\s[-–—]\s*$")


_MONTH = (
    r"(?:Jan(?:uari|uary)?|Feb(?:ruari|ruary)?|Mar(?:et|ch)?|Apr(?:il)?|Mei|May|Jun[ie]?|Jul[iy]?"
    r"|Agu(?:stus)?|Ags|Aug(?:ust)?|Sep(?:tember)?|Sept|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?"
    r"|Des(?:ember)?|Dec(?:ember)?)\.?"
)
# A page's date line above its headline: "Kamis, 6 Maret 2025 09:15 WITA", "Friday, March 7,
# 2025", "Selasa 11 Mar 2025 14:20 WIB". It is no headline.
_DATE_LINE = re.compile(
    r"^(?:" + INDONESIAN_WEEKDAYS + r"|Ahad|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday),?\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{4}"
    r"(?:\s*[,|-]?\s*\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT[+\d]*|UTC[+\d]*))?)?\s*$",
    re.I,
)


def _title_and_body(text: str) -> tuple[str | None, str]:
    """Split off a headline: a short first line, no sentence end, set apart from the body.

    A headline is followed by a blank line or directly by the first paragraph, which is
    much longer or opens with a dateline. The seeds start straight with the dateline and
    so have no headline.
    """
    lines = normalise(text).split("\n")
    content = [i for i, line in enumerate(lines) if not is_junk(line)]
    # A page's date line above the headline is looked past; it stays out of the body, as it did
    # when it was taken for the headline (a site's date of the day is not the story's date).
    dated = 1 if content and _DATE_LINE.match(lines[content[0]]) else 0
    if len(content) < 2 + dated:
        return None, text
    first, second = content[dated], content[dated + 1]
    head = lines[first]
    marker = _INDEX_MARKER.match(head)
    if marker is not None:
        # "date 2021-12-03 Headline …": a search index's date marker before the headline opens
        # the page, so it opens the body (see extract.event_date), and the headline is the rest.
        title, body = _title_and_body("\n".join([*lines[:first], head[marker.end() :], *lines[first + 1 :]]))
        if title is not None:
            return title, f"{marker.group()}{body.lstrip()}"
        return None, text
    if (
        _ENDS_SENTENCE.search(head)
        or len(head.split()) > 20
        or _DATELINE_START.match(head)
        or _DATELINE_ALONE.search(head)
    ):
        return None, "\n".join(lines[first:]) if dated else text
    separated = second > first + 1
    body_start = lines[second]
    if separated or len(body_start) > 2 * len(head) or _DATELINE_START.match(body_start):
        return head, "\n".join(lines[second:])
    return None, "\n".join(lines[first:]) if dated else text


# A dateline broken over three lines by the page's markup: the place, the dash alone on the next
# line, the lead below it ("SLEMAN" / "-" / "Bupati …"). A dash alone ends no headline.
_SPLIT_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3})\n(?P<dash>[-–—])\n(?=[A-Z0-9\"“])", re.MULTILINE
)


def _join_split_dateline(text: str) -> str:
    """``text`` with a dateline broken over three lines put back on its lead's line."""
    return _SPLIT_DATELINE.sub(lambda m: f"{m['place']} {m['dash']} ", normalise(text), count=1)


# Emphasis by asterisks that a page's text keeps from the Markdown it was copied through
# ("*”Nanti kita sampaikan,”* ujarnya"): the words without their marks. A mark cannot cross
# another or a line end, so a run of lone asterisks costs one pass.
_STAR_EMPHASIS = re.compile(r"(\*{1,3})(?=[^\s*])([^*\n]+?)(?<=[^\s*])\1")


def read(text: str, source: str) -> Article:
    text = _STAR_EMPHASIS.sub(lambda m: m[2], text)
    title, body = _title_and_body(_join_split_dateline(text))
    return Article(source=source, title=title, paragraphs=paragraphs_from_text(body), format="txt")
