"""Finds direct quotations (``“…,” ujar X.``, ``X mengatakan, “…”``) and attributes them; who said
each is read by :mod:`briefgen.extract.speakers`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.lexicon import (
    ATTRIBUTION_VERBS,
    SPEECH_VERBS,
)
from briefgen.extract.people import PeopleIndex
from briefgen.extract.sentences import QUOTE_MARKS, scan_marks, sentence_spans
from briefgen.extract.speakers import AFTER, EN_AFTER, WINDOW, Office, QuoteSpan, speaker_of
from briefgen.extract.titled_names import note_titled_short_names
from briefgen.model import Quote

__all__ = ["QuoteSpan", "attribute_quotes", "find_quote_spans"]

_MARK = re.compile(f"[{QUOTE_MARKS}]")

_TOPIC_GAP = 3  # paragraphs after an attributed quote within which an unattributed one continues it
_MIN_WORDS = 4  # shorter quoted text is a term in quotation marks, not a quotation


def find_quote_spans(paragraphs: Sequence[str], people: PeopleIndex | None = None) -> list[QuoteSpan]:
    """Every quotation, whatever its marks (see ``scan_marks``). A paragraph that leaves one open
    runs on into the next when that one reopens it with a mark or closes it without opening
    one; a closing mark with no opening one and no open quotation before it closes a quotation
    whose opening mark is missing: it starts right after the attribution (``Ia menambahkan, …,”``),
    else, when an attribution follows it, after the last sentence that names someone (``people``)."""
    spans: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    for p, text in enumerate(paragraphs):
        if carry is not None and _INTERRUPTION.fullmatch(text):
            continue  # "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT" between two parts
        stripped = text.lstrip()
        lead = len(text) - len(stripped)
        inside = carry is not None and bool(stripped)
        scan = scan_marks(text, inside=inside)
        if carry is not None:
            if scan.close_at is not None:
                carry.segments.append((p, lead, scan.close_at + 1))
                spans.append(carry)
                carry = None
            elif (stripped[:1] in QUOTE_MARKS and scan.open_from == 0) or _wrapped_on(
                carry, paragraphs, stripped
            ):
                carry.segments.append((p, lead, len(text)))
                continue  # the whole paragraph goes on with the open quotation
            else:
                spans.append(carry)
                carry = None
                scan = scan_marks(text)
        elif scan.close_at is not None:
            opening = _missing_opening(text, scan.close_at)
            if opening is None and people is not None:
                opening = _after_narration(text, p, scan.close_at, people)
            if opening is not None:
                spans.append(QuoteSpan([(p, opening, scan.close_at + 1)]))
        spans.extend(QuoteSpan([(p, s, e)]) for s, e in scan.closed)
        if scan.open_from is not None and (carry is None or scan.open_from > 0):
            shared = _shared_close(text, scan.open_from)
            if shared is not None:
                spans.append(QuoteSpan([(p, scan.open_from, shared + 1)]))
            else:
                carry = QuoteSpan([(p, scan.open_from, len(text))])  # unclosed: it may go on
    if carry is not None:
        spans.append(carry)
    return sorted(spans, key=lambda s: (s.paragraph, s.start))


def _wrapped_on(carry: QuoteSpan, paragraphs: Sequence[str], stripped: str) -> bool:
    """Whether a paragraph without quotation marks is the open quotation's next line, broken inside
    a sentence (a hard-wrapped page: ``… Kalau jauh dari target,`` / ``artinya …``): the line
    above stops without a sentence end and this one goes on in lower case."""
    p, _, end = carry.segments[-1]
    above = paragraphs[p][:end].rstrip()
    return (
        stripped[:1].islower()
        and _MARK.search(stripped) is None
        and above[-1:] not in _SENTENCE_END
        and not _INTERRUPTION.fullmatch(stripped)
    )


_SENTENCE_END = frozenset(".!?…:;")


def _shared_close(text: str, open_from: int) -> int | None:
    """The mark that closes a quotation left open at the paragraph's end, when a quotation nested
    in it ends where it ends and both share one mark (``“… bilang, “cukup,” kata Budi.``): the
    last mark after a word that an attribution follows; None when there is none (it runs on)."""
    found = None
    for match in _MARK.finditer(text, open_from + 1):
        i = match.start()
        if not text[i - 1].isspace() and (AFTER.match(text, i + 1) or EN_AFTER.match(text, i + 1)):
            found = i
    return found


# A line the page put between two paragraphs of one quotation: blank, or a few words in capitals.
_INTERRUPTION = re.compile(
    r"\s*|\s*[A-Z]{2,}(?:\s+[A-Z]{2,}){0,5}\s*|\s*(?i:advertisement|iklan|scroll to continue.*)\s*"
)
_LEAD_IN = re.compile(rf"\b(?:{SPEECH_VERBS}|said|added|stated)(?:\s+bahwa)?\s*[,:]\s*")


def _missing_opening(text: str, close_at: int) -> int | None:
    """Where a quotation closed at ``close_at`` but never opened begins: right after the last
    attribution phrase before it (``Kapolri menambahkan, ``), in the same sentence."""
    found = None
    for match in _LEAD_IN.finditer(text, 0, close_at):
        found = match.end()
    return found


# Narration about the speaker before a quotation whose opening mark is missing: a third person.
_THIRD_PERSON = re.compile(r"\b(?:[Ii]a|[Dd]ia|[Bb]eliau|[Pp]ihaknya|[Hh]e|[Ss]he)\b")
_MIN_RECOVERED = 4  # words: fewer is no quotation whose opening mark was lost


def _after_narration(text: str, paragraph: int, close_at: int, people: PeopleIndex) -> int | None:
    """Where a quotation closed at ``close_at`` with neither an opening mark nor a lead-in begins,
    when an attribution follows the mark (``…,” ujar Budi.``): after the last sentence before it
    that names someone or speaks of them in the third person (``Dalam rapat itu, Budi meminta
    dukungan. Saya minta …,” ujar Budi.``), else at the paragraph's start."""
    if not (AFTER.match(text, close_at + 1) or EN_AFTER.match(text, close_at + 1)):
        return None
    start = len(text) - len(text.lstrip())
    for s, e in sentence_spans(text[:close_at]):
        if e >= close_at:
            break
        sentence = text[s:e]
        if people.mentions_in(paragraph, s, e) or _THIRD_PERSON.search(sentence):
            start = e
    start += len(text[start:close_at]) - len(text[start:close_at].lstrip())
    return start if len(text[start:close_at].split()) >= _MIN_RECOVERED else None


# Words that introduce a name, title, theme or principle in quotation marks rather than speech:
# 'bertema "…"', 'prinsip hukum lingkungan "…"', 'with the theme "…"', 'dubbed "…"'.
_NAMING = re.compile(
    r"\b(?:tema|bertema|bertemakan|tajuk|bertajuk|judul|berjudul|bernama|dinamai|dinamakan|dijuluki|julukan"
    r"|istilah|disebut|sebutan|slogan|semboyan|motto|moto|jargon|tagline|tagar|prinsip|asas|filosofi"
    r"|theme|themed|titled|entitled|named|called|dubbed|principle|motto)"
    r"(?:\s+[a-z][\w-]*){0,3}\s*[,:]?\s*$",
    re.IGNORECASE,
)


# The head of a noun phrase a quoted name completes: 'program “satu desa satu produk”',
# 'gerakan “…”', 'the “…” campaign' is not caught here (the name comes first).
_NAMED_HEAD = re.compile(
    r"\b(?:program|programme|gerakan|kampanye|konsep|semangat|visi|misi|acara|kegiatan|festival|lomba"
    r"|operasi|aplikasi|inovasi|layanan|campaign|movement|initiative|scheme)(?:\s+[a-z][\w-]*){0,3}\s*$",
    re.IGNORECASE,
)
_TERM_WORDS = 6  # an unattributed quotation this short inside a sentence is a term, not speech
_INSIDE_SENTENCE = re.compile(r"[a-z]\s*$")


def _names_a_thing(text: str, before: str) -> bool:
    """Whether a quotation without attribution is a name, theme, slogan or principle: introduced by
    a naming word or a noun it names ('program “…”'), written as a title (every longer word
    capitalised, no sentence punctuation), or a few words set inside a sentence ('menyebut
    kebijakan itu “jalan tengah” bagi petani')."""
    tail = _tail_from(before)
    if _NAMING.search(before, tail) or _NAMED_HEAD.search(before, tail):
        return True
    if (
        len(text.split()) <= _TERM_WORDS
        and not re.search(r"[.!?,;:]", text)
        and _INSIDE_SENTENCE.search(before[-3:] if before else "")
    ):
        return True
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return bool(long_words) and all(w[:1].isupper() for w in long_words) and not re.search(r"[.!?]", text)


# How far back from a quotation the attribution patterns anchored at its opening look: far more
# than any attribution ("Menurut Dr. Ir. Wulan Sari, M.Sc., “…"), and it keeps a paragraph of a
# thousand quotations linear (each search scanned all the text before its quotation).
_LOOKBACK = 600
_SPACE = re.compile(r"\s")


def _tail_from(text: str) -> int:
    """Where the look back from the end of ``text`` starts: at a space at most ``_LOOKBACK`` back."""
    if len(text) <= _LOOKBACK:
        return 0
    start = len(text) - _LOOKBACK
    space = _SPACE.search(text, start)
    return space.end() if space else start


def attribute_quotes(
    spans: Sequence[QuoteSpan], paragraphs: Sequence[str], people: PeopleIndex
) -> tuple[list[Quote], list[QuoteSpan], list[str]]:
    """(quotes with speakers, the spans kept as quotations, warnings)."""
    skip = [seg for span in spans for seg in span.segments]
    note_titled_short_names(people, paragraphs)
    people.note_subjects(paragraphs, skip)
    quotes: list[Quote] = []
    kept: list[QuoteSpan] = []
    warnings: list[str] = []
    previous: tuple[int, str | None] | None = None  # last paragraph of the previous quote, speaker
    seen: set[str] = set()
    cut = _cut_off(paragraphs)
    for span in spans:
        if cut is not None and _runs_into_cut(span, paragraphs, cut):
            continue
        text = span.content(paragraphs)
        speaker, attributed = speaker_of(span, paragraphs, people, skip)
        if len(text.split()) < _MIN_WORDS and not (attributed and len(text.split()) >= 2):
            continue
        # The naming word sits just before the quotation: a bounded window keeps a paragraph of
        # many quotations linear (the pattern is anchored at the end and tried at every offset).
        window = paragraphs[span.paragraph][max(0, span.start - WINDOW) : span.start]
        if not attributed and _names_a_thing(text, window):
            continue
        key = " ".join(text.casefold().split())
        if key in seen:
            kept.append(span)  # the scraper printed the paragraph twice: one quotation
            continue
        seen.add(key)
        last_p = span.segments[-1][0]
        unnamed = isinstance(speaker, Office)
        office = str(speaker) if unnamed else None
        if unnamed:
            speaker = None
        if speaker is None and not unnamed:
            speaker = _continued_speaker(span, paragraphs, attributed, previous, people, skip)
        if speaker is None and attributed and previous is None and not unnamed:
            speaker = _introduced_after(span, people, skip)
        if speaker is None and not attributed:
            speaker = _narrated_before(span, paragraphs, people, skip)
        if speaker is None:
            words = " ".join(text.split()[:8])
            warnings.append(f"quote without a speaker (paragraph {span.paragraph + 1}): “{words}…”")
        quotes.append(Quote(text, speaker, span.paragraph, office))
        kept.append(span)
        previous = (last_p, speaker)
        if speaker is not None:
            # The attribution is a sentence with the speaker as its subject: what a later pronoun
            # ("he continued", "ujarnya") goes back to when no named subject comes in between.
            people.note_speaker(last_p, span.segments[-1][2], speaker)
    return quotes, kept, warnings


def _continued_speaker(
    span: QuoteSpan,
    paragraphs: Sequence[str],
    attributed: bool,
    previous: tuple[int, str | None] | None,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]],
) -> str | None:
    """The speaker of a quotation whose own attribution names no one, from the quotation before."""
    if previous is None or previous[1] is None or span.paragraph - previous[0] > _TOPIC_GAP:
        return None
    if attributed:
        # ",” tandas dia." after a paragraph or two of narration about the same speaker
        # ("Kapolres menegaskan, …"): the pronoun goes back to who spoke last.
        return previous[1]
    lead = paragraphs[span.paragraph][: span.start].rstrip()
    if lead and lead[-1] not in ".!?:":
        return None
    if previous[0] == span.paragraph - 1:
        return previous[1]  # a quotation paragraph that continues the previous speaker
    # A quotation paragraph without attribution a little after an attributed one: the person the
    # story is about goes on speaking ("Ia memaparkan …" / "“…”").
    return people.speaker_before(span.paragraph, span.start, skip)


def _narrated_before(
    span: QuoteSpan, paragraphs: Sequence[str], people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """A quotation paragraph without attribution right after a paragraph of narration whose
    subject is one named person (``Budi menjelaskan …`` then ``“…”``): that person, who goes on
    speaking. None when the quotation does not stand alone (words before it, or after it in the
    same sentence: an attribution not read, ``…,” the ministry said``), when the paragraph before
    holds a quotation itself, or names no one, or several, as its subject."""
    last, _, end = span.segments[-1]
    after = paragraphs[last][end:].lstrip()
    if paragraphs[span.paragraph][: span.start].strip() or (after and not after[0].isupper()):
        return None
    before = span.paragraph - 1
    while before >= 0 and not paragraphs[before].strip():
        before -= 1
    if before < 0 or any(p == before for p, _, _ in skip):
        return None
    named = {person for p, _, person in people.subjects if p == before}
    return people.people[named.pop()].name if len(named) == 1 else None


def _introduced_after(
    span: QuoteSpan, people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """``“…,” ujarnya.`` opening a page that starts mid-story (no one named before it): the person
    the next paragraph goes on with as its subject (``Lebih lanjut, Mentan Budi mengatakan …``)."""
    if people.last_before(span.paragraph, span.start, skip) is not None:
        return None  # someone was named before: the pronoun is theirs or no one's
    last = span.segments[-1][0]
    following = [s for s in people.subjects if last < s[0] <= last + 1]
    return people.people[following[0][2]].name if following else None


_FINAL_CHARS = frozenset(".!?…:;)]”\"'’")


def _cut_off(paragraphs: Sequence[str]) -> int | None:
    """The last paragraph when the page's text stops in the middle of a sentence (an excerpt cut
    at a length, ``… the central gove``), else None."""
    last = next((n for n in range(len(paragraphs) - 1, -1, -1) if paragraphs[n].strip()), None)
    # An end mark glued to the last sentence ("… katanya.***", "… he said.■") ends no excerpt.
    if last is None or paragraphs[last].rstrip().rstrip("*■□#").rstrip()[-1:] in _FINAL_CHARS:
        return None
    return last


def _runs_into_cut(span: QuoteSpan, paragraphs: Sequence[str], cut: int) -> bool:
    """Whether a quotation is cut short by the end of the text: still open when the text stops, or
    closed with its attribution cut after one word (``…,” he``)."""
    p, _, end = span.segments[-1]
    if p != cut:
        return False
    text = paragraphs[p]
    if end >= len(text.rstrip()) and text.rstrip()[-1:] not in QUOTE_MARKS:
        return True
    after = text[end:].split(maxsplit=1)  # a second word is all it needs to see
    # "…,” ujarnya" is a whole attribution without its full stop; "…,” he" is cut.
    return len(after) == 0 or (
        len(after) == 1 and re.fullmatch(rf"(?:{ATTRIBUTION_VERBS})nya|katanya", after[0], re.I) is None
    )
