"""Text cleaning shared by every reader: scraped junk out, paragraphs in.

Scraped news pages leave debris behind: the tail of an image link (``.jpg)``), a comment-widget
heading ("Discussion about this post"), share buttons, "Baca juga" teasers, advertising labels
and runs of blank lines. Cleaning works line by line on plain text and on paragraphs pulled out
of HTML alike, so the same rules hold for every input form.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from briefgen.standards import XML_ILLEGAL_CHARS

# Characters XML 1.0 cannot hold, plus C1 controls, soft hyphens (``&shy;``), zero-width and
# bidi controls that only confuse matching.
# The days of the week as Indonesian writes them, for the readers' dateline and date-line patterns.
INDONESIAN_WEEKDAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
_INVISIBLE = re.compile(
    f"[{XML_ILLEGAL_CHARS}\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]"
)
# Other line and page breaks (vertical tab, form feed, NEL, Unicode separators) end a line, so the
# words on either side stay apart.
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

_IMAGE = r"\S*\.(?:jpe?g|png|gif|webp|svg|bmp|avif)(?:\?\S*)?"
_JUNK_LINES = [
    # The remnant of a Markdown image link or a bare image file name: ".jpg)", "foto-1.png".
    # (_IMAGE opens with \S*, which takes the brackets too: no second quantifier to backtrack over)
    re.compile(rf"^{_IMAGE}\)?$", re.IGNORECASE),
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
    # Related-story lists: "Related news: …", "Berita terkait: …".
    re.compile(
        r"^(?:related(?: news| stories| articles)?|berita terkait|artikel terkait|baca pula)\s*:", re.I
    ),
    # Pagination markers: "2 dari 4 halaman", "Halaman 2", "<< Sebelumnya Selanjutnya >>".
    re.compile(
        r"^\d+\s+(?:dari|of)\s+\d+\s+(?:halaman|pages?)$|^(?:halaman|page)\s+\d+(?:\s+(?:dari|of)\s+\d+)?$",
        re.I,
    ),
    re.compile(r"^[<«\s]*(?:sebelumnya|previous|prev)\s+(?:selanjutnya|berikutnya|next)[>»\s]*$", re.I),
    # Comment-form footers.
    re.compile(
        r"^(?:tinggalkan balasan|leave a reply|batalkan balasan|cancel reply|tulis komentar)$"
        r"|^(?:alamat email anda tidak akan dipublikasikan|your email address will not be published)\b.*$",
        re.I,
    ),
    # Widgets, menus and follow-us prompts around the story.
    re.compile(
        r"^(?:button )?ai summarize$"
        r"|^(?:no menu items!?|no result|view all result|must read|populer|popular)$"
        r"|^(?:video (?:pilihan(?: hari ini)?|terkini)|berita terkini(?: selengkapnya)?|saksikan video\b.*)$"
        r"|^(?:\*\s*)?follow (?:official )?whatsapp channel\b.*$"
        r"|^(?:click here to get the latest news\b.*|ikuti (?:berita|kami)\b.*\bgoogle news\b.*)$"
        r"|^(?:quoted from many sources?)$"
        r"|^(?:share on (?:facebook|twitter|whatsapp|x|linkedin|telegram)\s*)+$",
        re.I,
    ),
    # A spam site's plug for itself: "Kunjungi situs X untuk pembaruan terkini."
    re.compile(
        r"^(?:kunjungi|visit)\s+(?:juga\s+)?(?:situs|website|laman|site)\s+\S+\s+(?:untuk|for)\b.*$", re.I
    ),
]
# Advertising prompts that open a line, sometimes glued to the paragraph after them: "Iklan -
# Scroll untuk Melanjutkan", "Scroll ke bawah untuk melanjutkan membaca", "Baca berita tanpa
# iklan, klik di sini", "Baca artikel Kabar Kita lainnya di KK App".
_PROMPT = re.compile(
    r"^(?:(?:iklan|advertisement)\s*[-–—:]?\s*)?"
    r"(?:scroll\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?"
    r"|scroll to continue(?: with content)?"
    r"|baca berita (?:dengan sedikit|tanpa) iklan[,.]?\s*(?:klik di sini|gabung \S+)?\.?"
    r"|baca artikel \S+(?: \S+)? lainnya di \S+(?: app)?)\s*",
    re.IGNORECASE,
)
# Spam injected into a copied story: one token of capitals and digits (a gambling site's name)
# repeated before many lines. Seen this often, and at this many line starts, it is no word.
_SPAM_TOKEN = re.compile(r"\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{4,}\b")
_SPAM_TIMES = 3
_SPAM_LINE_STARTS = 2


def strip_prompts(line: str) -> str:
    """``line`` without the advertising prompts that open it (whole prompt lines become empty)."""
    previous = None
    while previous != line:
        previous, line = line, _PROMPT.sub("", line, count=1)
    return line


def remove_spam_tokens(text: str) -> str:
    """``text`` without a spam token injected all over a copied story (``MINO77 Jakarta -``),
    the story itself kept. A token counts as spam when it repeats and opens several lines."""
    counts: dict[str, int] = {}
    starts: dict[str, int] = {}
    for line in text.split("\n"):
        for number, match in enumerate(_SPAM_TOKEN.finditer(line)):
            token = match.group(0)
            counts[token] = counts.get(token, 0) + 1
            if number == 0 and not line[: match.start()].strip():
                starts[token] = starts.get(token, 0) + 1
    spam = [t for t, n in counts.items() if n >= _SPAM_TIMES and starts.get(t, 0) >= _SPAM_LINE_STARTS]
    if not spam:
        return text
    pattern = re.compile(r"[ \t]*\b(?:" + "|".join(map(re.escape, spam)) + r")\b[ \t]*")
    lines = (" ".join(pattern.sub(" ", line).split()) for line in text.split("\n"))
    return "\n".join(re.sub(r"(?<=[(\[])\s+|\s+(?=[)\]])", "", line) for line in lines)


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
    stripped = strip_prompts(line.strip())
    return not stripped or any(rule.match(stripped) for rule in _JUNK_LINES)


def clean_paragraph(text: str) -> str:
    """One paragraph's text with spaces normalised and a glued-on teaser removed."""
    text = strip_prompts(" ".join(normalise(text).split()))
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
    Only when few lines are longer than a typical wrap width is the text taken as wrapped, and
    only when some line break falls inside a sentence (a line ending in a comma, or one without
    a sentence end above a line that goes on in lower case): a short scraped page (a headline,
    a date bar, a few short paragraphs) has short lines too, but each ends where its paragraph does.
    """
    content = [line for line in lines if line.strip()]
    if not content:
        return False
    long_lines = sum(1 for line in content if len(line.strip()) > _WRAP_WIDTH)
    if long_lines > _LONG_LINES_IN_WRAPPED_TEXT * len(content):
        return False
    return any(_breaks_a_sentence(above.strip(), below.strip()) for above, below in itertools.pairwise(lines))


def _breaks_a_sentence(above: str, below: str) -> bool:
    """Whether the line break between ``above`` and ``below`` falls inside a sentence."""
    if not above or not below or _ENDS_SENTENCE.search(above):
        return False
    return above.endswith(",") or (below[:1].islower() and not _DATELINE_OPENS.match(below))


# "BOGOR - …", "BOGOR, WARTAKITA.com - …", "Kabar7.com, Bogor - …": a line opening with a
# dateline starts a paragraph.
_DATELINE_OPENS = re.compile(
    r"^(?:[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2}\s*(?:[-–—]\s|,\s*\S+\s+[-–—]|\()|[\w-]+\.(?:com|co\.id|co|id|net)\b[,\s]*[-–—|,])"
)


def paragraphs_from_text(text: str) -> list[str]:
    """Paragraphs from plain text: one per line, except hard-wrapped lines are joined.

    Scraped pages usually put each paragraph on its own line (no blank line between); text
    copied from e-mail or PDFs wraps a paragraph over several lines. In a hard-wrapped text
    (:func:`is_hard_wrapped`) a line that does not end a sentence and is followed by a
    non-blank line is taken as wrapped; otherwise every line is a paragraph.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    lines = remove_spam_tokens(normalise(text)).split("\n")
    wrapped = is_hard_wrapped(lines)
    for raw in lines:
        line = strip_prompts(raw.strip())
        if is_junk(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and _DATELINE_OPENS.match(line):
            paragraphs.append(" ".join(current))  # a dateline opens the lead, even in wrapped text
            current = []
        current.append(line)
        if not wrapped or _ENDS_SENTENCE.search(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    cleaned = (clean_paragraph(p) for p in paragraphs)
    return [p for p in cleaned if p and not is_junk(p)]
