"""Finds direct quotations and their speakers (``“…,” ujar X.``, ``X mengatakan, “…”``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.lexicon import ATTRIBUTION_VERBS, SPEECH_VERBS
from briefgen.extract.people import PeopleIndex
from briefgen.extract.sentences import sentence_spans
from briefgen.model import Quote

_AFTER = re.compile(
    rf"\s*(?:(?P<verb>{ATTRIBUTION_VERBS})(?P<nya>nya)?|(?P<demikian>demikian\s+(?:kata|ujar|ucap)))\b"
    r"(?P<who>[^.,;:!?“”\"]*)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\s*(?:dia|ia|beliau)\b", re.IGNORECASE)
_BEFORE = re.compile(
    rf"(?:\b(?:{SPEECH_VERBS}|berkata|bertutur|menulis|menuliskan)(?:\s+bahwa)?\s*[,:]?"
    # "Menurut Wulan, “…”", "Menurut Dr. Ir. Wulan Sari, M.Sc., “…”"
    r"|\bMenurut(?P<nya>nya)?(?:\s+[^,.“”\"]*?(?:\b[A-Z][a-z]{0,3}\.\s*[^,.“”\"]*?)*"
    r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.)+)*)?\s*,)\s*$"
)
_TOPIC_GAP = 3  # paragraphs after an attributed quote within which an unattributed one continues it
_MIN_WORDS = 4  # shorter quoted text is a term in quotation marks, not a quotation


@dataclass
class QuoteSpan:
    """One quotation, possibly over several paragraphs: segments are (paragraph, start, end) with marks."""

    segments: list[tuple[int, int, int]]

    @property
    def paragraph(self) -> int:
        return self.segments[0][0]

    @property
    def start(self) -> int:
        return self.segments[0][1]

    def content(self, paragraphs: Sequence[str]) -> str:
        parts = []
        for p, s, e in self.segments:
            parts.append(paragraphs[p][s:e].strip().strip('“”"').strip())
        text = " ".join(part for part in parts if part)
        return text.rstrip(",").rstrip()


def find_quote_spans(paragraphs: Sequence[str]) -> list[QuoteSpan]:
    """Every “…” and "…" quotation; a paragraph that opens with “ and does not close it runs on
    into the following paragraphs until one closes it (each may reopen with “)."""
    spans: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    for p, text in enumerate(paragraphs):
        open_at: int | None = None
        straight_at: int | None = None
        if carry is not None:
            stripped = text.lstrip()
            if stripped.startswith("“") or ("”" in text and "“" not in text.split("”")[0]):
                open_at = len(text) - len(stripped)
            else:
                spans.append(carry)
                carry = None
        for i, ch in enumerate(text):
            if ch == "“" and open_at is None and straight_at is None:
                open_at = i
            elif ch == "”" and open_at is not None:
                if carry is not None:
                    carry.segments.append((p, open_at, i + 1))
                    spans.append(carry)
                    carry = None
                else:
                    spans.append(QuoteSpan([(p, open_at, i + 1)]))
                open_at = None
            elif ch == '"' and open_at is None:
                if straight_at is None:
                    straight_at = i
                else:
                    spans.append(QuoteSpan([(p, straight_at, i + 1)]))
                    straight_at = None
        if open_at is not None:
            segment = (p, open_at, len(text))
            if carry is not None:
                carry.segments.append(segment)
            else:
                carry = QuoteSpan([segment])  # unclosed: it may go on in the next paragraph
    if carry is not None:
        spans.append(carry)
    return sorted(spans, key=lambda s: (s.paragraph, s.start))


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence that contains ``pos``; abbreviations (``Dr. Ir.``) do not end one."""
    return max((start for start, _ in sentence_spans(text) if start <= pos), default=0)


def attribute_quotes(
    spans: Sequence[QuoteSpan], paragraphs: Sequence[str], people: PeopleIndex
) -> tuple[list[Quote], list[QuoteSpan], list[str]]:
    """(quotes with speakers, the spans kept as quotations, warnings)."""
    skip = [seg for span in spans for seg in span.segments]
    people.note_subjects(paragraphs, skip)
    quotes: list[Quote] = []
    kept: list[QuoteSpan] = []
    warnings: list[str] = []
    previous: tuple[int, str | None] | None = None  # last paragraph of the previous quote, speaker
    for span in spans:
        text = span.content(paragraphs)
        speaker, attributed = _speaker(span, paragraphs, people, skip)
        if len(text.split()) < _MIN_WORDS and not (attributed and len(text.split()) >= 2):
            continue
        last_p = span.segments[-1][0]
        if speaker is None and not attributed and not paragraphs[span.paragraph][: span.start].strip():
            if previous and previous[1] and previous[0] == span.paragraph - 1:
                speaker = previous[1]  # a quotation paragraph that continues the previous speaker
            elif previous and previous[1] and span.paragraph - previous[0] <= _TOPIC_GAP:
                # A quotation paragraph without attribution a little after an attributed one: the
                # person the story is about goes on speaking ("Ia memaparkan …" / "“…”").
                speaker = people.speaker_before(span.paragraph, span.start, skip)
        if speaker is None:
            words = " ".join(text.split()[:8])
            warnings.append(f"quote without a speaker (paragraph {span.paragraph + 1}): “{words}…”")
        quotes.append(Quote(text, speaker, span.paragraph))
        kept.append(span)
        previous = (last_p, speaker)
    return quotes, kept, warnings


def _speaker(
    span: QuoteSpan, paragraphs: Sequence[str], people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> tuple[str | None, bool]:
    """(speaker's full name, whether an attribution was found at all)."""
    p_last, _, end = span.segments[-1]
    text = paragraphs[p_last]
    after = _AFTER.match(text, end)
    if after:
        who = after.group("who")
        if (
            after.group("nya")
            or after.group("verb").lower() == "katanya"
            or not who.strip()
            or _PRONOUN.match(who)
        ):
            return people.speaker_before(span.paragraph, span.start, skip), True
        mention = people.mention_in(p_last, after.start("who"), after.end("who"))
        if mention is not None:
            return people.name_of(mention), True
        resolved = people.resolve(who)
        if resolved:
            return resolved, True
        words = re.match(r"\s*((?:[A-Z][\w'’.-]*\s*)+)", who)
        return (words.group(1).strip() if words else None), True
    p_first, start, _ = span.segments[0]
    before_text = paragraphs[p_first][:start]
    if not before_text.strip() and p_first > 0:
        p_first -= 1
        before_text = paragraphs[p_first]
    before = _BEFORE.search(before_text)
    if before:
        sentence_from = _sentence_start(before_text, before.start())
        mentions = people.mentions_in(p_first, sentence_from, before.end())
        if mentions:
            return people.name_of(mentions[-1]), True
        return people.speaker_before(p_first, sentence_from, skip), True
    return None, False
