"""Text cleaning shared by every reader: scraped junk out, paragraphs in.

Scraped news pages leave debris behind: the tail of an image link (``.jpg)``), a comment-widget
heading ("Discussion about this post"), share buttons, "Baca juga" teasers, advertising labels
and runs of blank lines. Cleaning works line by line on plain text and on paragraphs pulled out
of HTML alike, so the same rules hold for every input form.
"""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 cannot hold, plus soft hyphens (``&shy;``), zero-width and bidi controls
# that only confuse matching.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\ufffe\uffff"
    "\ud800-\udfff]"
)
# Other line and page breaks (vertical tab, form feed, NEL, Unicode separators) end a line, so the
# words on either side stay apart.
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

_IMAGE = r"\S*\.(?:jpe?g|png|gif|webp|svg|bmp|avif)(?:\?\S*)?"
_JUNK_LINES = [
    # The remnant of a Markdown image link or a bare image file name: ".jpg)", "foto-1.png".
    re.compile(rf"^[!\[\]()]*{_IMAGE}\)?$", re.IGNORECASE),
    re.compile(r"^!\[[^\]]*\]\([^)]*\)$"),
    re.compile(r"^discussion about this post$", re.IGNORECASE),
    re.compile(r"^(?:baca juga|lihat juga|simak juga|read also|baca selengkapnya)\b.*$", re.IGNORECASE),
    re.compile(
        r"^(?:bagikan|share|share this|bagikan artikel|tweet|salin link|copy link)"
        r"(?:\s*(?:artikel|post|ini|this|:))*\s*$",
        re.IGNORECASE,
    ),
    # A line that is nothing but share targets: "Facebook Twitter WhatsApp Telegram".
    re.compile(
        r"^(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|line|email|pinterest|copy link)"
        r"[\s|•·,/]*){2,}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:advertisement|iklan|scroll to continue(?: with content)?|"
        r"lanjutkan membaca|continue reading|ads?)$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:tags?|topik|kategori|category)\s*:.*$", re.IGNORECASE),
    re.compile(r"^(?:copyright|hak cipta)\b.*$|^©.*$", re.IGNORECASE),
    re.compile(r"^(?:editor|penulis|pewarta|reporter|penyunting|fotografer|foto)\s*:.*$", re.IGNORECASE),
    re.compile(r"^(?:komentar|tinggalkan komentar|leave a comment|\d+\s+komentar)$", re.IGNORECASE),
    re.compile(r"^[\W_]+$"),  # lines of punctuation only: "***", "---", "•"
]
# "Baca juga: ..." teasers glued to the end of a paragraph by careless scraping.
_TRAILING_TEASER = re.compile(r"\s*(?:Baca [Jj]uga|BACA JUGA)\s*:.*$")


def normalise(text: str) -> str:
    """NFC, no invisible or XML-illegal characters, single spaces, straight line ends."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def is_junk(line: str) -> bool:
    """True for a line that is scraping debris rather than article text."""
    stripped = line.strip()
    return not stripped or any(rule.match(stripped) for rule in _JUNK_LINES)


def clean_paragraph(text: str) -> str:
    """One paragraph's text with spaces normalised and a glued-on teaser removed."""
    text = " ".join(normalise(text).split())
    return _TRAILING_TEASER.sub("", text).strip()


_ENDS_SENTENCE = re.compile(r"[.!?:;…”\"'’)\]]$")


# A hard-wrapped text (e-mail, a PDF's text layer) has lines of about one width, almost none
# longer than this; scraped pages put each paragraph, however long, on one line.
_WRAP_WIDTH = 100
_LONG_LINES_IN_WRAPPED_TEXT = 0.2


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether ``lines`` wrap paragraphs over several lines rather than giving one line each.

    Scraped text puts a headline, a byline or a caption on a line of its own, with no sentence
    end, right above a long paragraph line: joining those would glue the headline to the lead.
    Only when few lines are longer than a typical wrap width is the text taken as wrapped.
    """
    content = [line for line in lines if line.strip()]
    if not content:
        return False
    long_lines = sum(1 for line in content if len(line.strip()) > _WRAP_WIDTH)
    return long_lines <= _LONG_LINES_IN_WRAPPED_TEXT * len(content)


def paragraphs_from_text(text: str) -> list[str]:
    """Paragraphs from plain text: one per line, except hard-wrapped lines are joined.

    Scraped pages usually put each paragraph on its own line (no blank line between); text
    copied from e-mail or PDFs wraps a paragraph over several lines. In a hard-wrapped text
    (:func:`is_hard_wrapped`) a line that does not end a sentence and is followed by a
    non-blank line is taken as wrapped; otherwise every line is a paragraph.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    lines = normalise(text).split("\n")
    wrapped = is_hard_wrapped(lines)
    for raw in lines:
        line = raw.strip()
        if is_junk(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        if not wrapped or _ENDS_SENTENCE.search(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    cleaned = (clean_paragraph(p) for p in paragraphs)
    return [p for p in cleaned if p and not is_junk(p)]
