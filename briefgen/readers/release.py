"""Press releases as ministries publish them (PDF, Word): the release's text without its paper.

A *siaran pers* carries what a web page does not: a letterhead (the ministry's name, address,
telephone and website over the title), the words "SIARAN PERS" and its number, page numbers,
a header or footer printed on every page, and a contact block after the text ("Narahubung",
"Informasi lebih lanjut"). :func:`release_lines` drops them; :func:`blocks_to_paragraphs` then
finds the title and joins the wrapped lines of each paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from briefgen.readers.clean import INDONESIAN_WEEKDAYS, clean_paragraph, is_junk, normalise

# A line that is only a page number: "3", "- 3 -", "Halaman 2 dari 4", "Hal. 2/4", "Page 2 of 4".
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:halaman|hal\.?|page|p\.)\s*)?\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
# The page number a footer line ends with, once the layout has put both on one line.
_PAGE_SUFFIX = re.compile(
    r"\s+(?:halaman|hal\.?|page)\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?$", re.IGNORECASE
)
# "SIARAN PERS", "Siaran Pers Bersama", "PRESS RELEASE", with or without its number on the line.
_RELEASE_HEADING = re.compile(
    r"^(?:siaran\s+pers(?:\s+bersama)?|press\s+release|rilis\s+pers|keterangan\s+pers)\b"
    r"(?:\s*(?:no(?:mor)?\.?|number)?\s*:?\s*[A-Z0-9./\-]*)?$",
    re.IGNORECASE,
)
_NUMBER_LINE = re.compile(r"^(?:no(?:mor)?\.?|number)\s*:\s*\S+$", re.IGNORECASE)
# Letterhead lines: the issuing body in capitals, its address, telephone, fax, e-mail, website.
_AUTHORITY = re.compile(
    r"^(?:KEMENTERIAN|KEMENTRIAN|BADAN|BIRO|SEKRETARIAT|DIREKTORAT|DEPUTI|LEMBAGA|KANTOR|PEMERINTAH|"
    r"DINAS|KEDUTAAN|KONSULAT|REPUBLIK INDONESIA|MINISTRY|EMBASSY)\b[A-Z0-9 ,.&()/'-]*$"
)
_CONTACT = re.compile(
    r"^(?:jl\.|jalan\b|gedung\b|telp\b|telp\.|telepon\b|tel\.|phone\b|fax\b|faks\b|faksimile\b|"
    r"e-?mail\b|surel\b|website\b|laman\b|www\.|https?://)"
    r"|\b(?:telp|telepon|faks|fax)\.?\s*[:(]?\s*\(?\+?\d",
    re.IGNORECASE,
)
# Where the contact block starts; it and everything after it is left out.
_CONTACT_BLOCK = re.compile(
    r"^(?:narahubung|kontak(?:\s+media)?|contact(?:\s+person)?|media\s+contact|"
    r"(?:untuk\s+)?informasi\s+lebih\s+lanjut|for\s+further\s+information|"
    r"penanggung\s+jawab|tentang\s+kementerian)\b",
    re.IGNORECASE,
)
# The dateline that opens a release's first paragraph: "Jakarta, Selasa (20/1/2026) –",
# "Bandung, 16 Januari 2026 -", "JAKARTA –". It starts a paragraph even when no space sets it
# off from the title above it.
_DATELINE = re.compile(
    r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3},? (?:\(?(?:" + INDONESIAN_WEEKDAYS + r")\b"
    r"|\d{1,2} [A-Z][a-z]+ \d{4}|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))"
    r"|^[A-Z]{3,}(?: [A-Z]{3,})? [-–—] "
)
_ENDS_SENTENCE = re.compile(r"[.!?…”\"'’)]$")
# "-selesai-", "###", "***": the end of the release.
_END_MARK = re.compile(r"^(?:[-–—*#~\s]*(?:selesai|end|tamat)[-–—*#~\s]*|#{3}|\*{3})$", re.IGNORECASE)


def _shape(line: str) -> str:
    """A line with its digits blurred, so "Halaman 1 dari 3" and "Halaman 2 dari 3" repeat."""
    return re.sub(r"\d+", "#", line.casefold())


def _repeated(pages: list[list[str]]) -> set[str]:
    """Shapes of lines printed on most pages near the top or bottom: running headers and footers."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line]
        seen.update({_shape(line) for line in content[:3] + content[-3:]})
    return {shape for shape, count in seen.items() if count >= max(2, (len(pages) + 1) // 2)}


def _is_letterhead(raw: str) -> bool:
    """A letterhead line: every cell of it (a letterhead set in columns) names the body or its contacts."""
    cells = [cell for cell in (normalise(c).strip() for c in re.split(r"\s{3,}|\t", raw.strip())) if cell]
    return bool(cells) and all(_AUTHORITY.match(cell) or _CONTACT.search(cell) for cell in cells)


def release_lines(pages: list[list[str]]) -> list[str]:
    """The lines of a release from its pages' lines, paper left out; ``""`` separates blocks."""
    # Judged on the raw first page, whose runs of spaces still separate a letterhead's columns.
    letterhead = {normalise(line).strip() for line in (pages[0] if pages else []) if _is_letterhead(line)}
    pages = [[line.strip() for line in normalise("\n".join(lines)).split("\n")] for lines in pages]
    repeated = _repeated(pages)
    kept: list[str] = []
    in_letterhead = True  # until the first line that is neither letterhead nor release heading
    for lines in pages:
        for line in lines:
            if not line:
                if kept and kept[-1]:
                    kept.append("")
                continue
            if _shape(line) in repeated or _PAGE_NUMBER.match(line):
                continue
            line = _PAGE_SUFFIX.sub("", line)
            # A short line only: "Kontak senjata terjadi …" opens a paragraph, not a contact block.
            if (_CONTACT_BLOCK.match(line) and len(line.split()) <= 15) or _END_MARK.match(line):
                return _trim(kept)
            if _RELEASE_HEADING.match(line) or _NUMBER_LINE.match(line):
                in_letterhead = False
                continue
            if in_letterhead and line in letterhead:
                continue
            in_letterhead = False
            kept.append(line)
    return _trim(kept)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _join(lines: list[str]) -> str:
    """Wrapped lines as one paragraph; a line ending in a hyphen keeps it ("anak-" "anak")."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha():
            text += line
        else:
            text += " " + line
    return text


def blocks_to_paragraphs(lines: list[str]) -> tuple[str | None, list[str]]:
    """Title and paragraphs from blocks of lines (blank lines between blocks).

    A block is one paragraph, unless it holds several without space between them: then a line
    that ends a sentence well short of the block's width ends a paragraph, as on paper. The
    first block is the title when it is short and ends no sentence (a title wraps freely).
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line and blocks[-1] and _DATELINE.match(line):
            blocks.append([])
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    title: str | None = None
    if len(blocks) > 1:
        head = _join(blocks[0])
        if len(head.split()) <= 25 and not _ENDS_SENTENCE.search(head):
            title, blocks = head, blocks[1:]
    paragraphs: list[str] = []
    for block in blocks:
        width = max(len(line) for line in block)
        current: list[str] = []
        for line in block:
            current.append(line)
            if _ENDS_SENTENCE.search(line) and len(line) < 0.8 * width:
                paragraphs.append(_join(current))
                current = []
        if current:
            paragraphs.append(_join(current))
    cleaned = (clean_paragraph(p) for p in paragraphs)
    return title, [p for p in cleaned if p and not is_junk(p)]
