"""An event's parts of a brief: its importance, key point, key statements, background and next steps."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.compose.text import (
    _end,
    _lead,
    _role,
    _role_text,
    english_role,
    event_day,
    localise_date,
    localise_due,
    reported_label,
    role_both,
    source_text,
)
from briefgen.model import Bilingual, Facts, NextStep, Person, QuoteBlock, StepItem

if TYPE_CHECKING:
    from briefgen.translate.glossary import Glossary

# The order of precedence of Indonesian offices, most senior first (UU 39/2008 on the ministries,
# UU 23/2014 on regional government): a role is ranked by the longest title it opens with.
RANKS: tuple[tuple[str, int], ...] = (
    ("presiden", 1),
    ("wakil presiden", 2),
    ("menteri koordinator", 3),
    ("menko", 3),
    ("menteri", 3),
    ("kepala badan", 3),
    ("jaksa agung", 3),
    ("kapolri", 3),
    ("panglima tni", 3),
    ("wakil menteri", 4),
    ("wamen", 4),
    ("wakil kepala badan", 4),
    ("duta besar", 4),
    ("sekretaris jenderal", 5),
    ("sekjen", 5),
    ("direktur jenderal", 5),
    ("dirjen", 5),
    ("deputi", 5),
    ("gubernur", 6),
    ("wakil gubernur", 7),
    ("bupati", 8),
    ("wali kota", 8),
    ("walikota", 8),
    ("wakil bupati", 9),
    ("wakil wali kota", 9),
    ("kepala dinas", 10),
    ("direktur utama", 10),
    ("presiden direktur", 10),  # a company's chief executive, not the President
    ("dirut", 10),
    ("direktur", 11),
    ("kepala", 11),
)
UNRANKED = 99
_BY_LENGTH = sorted(RANKS, key=lambda r: -len(r[0]))


_RANK_PATTERNS = tuple((title, re.compile(rf"{re.escape(title)}\b"), rank) for title, rank in _BY_LENGTH)


@functools.lru_cache(maxsize=4096)
def official_rank(role: str | None) -> int:
    """1 for the President … 11 for a director; :data:`UNRANKED` for anyone else.

    Cached (a brief asks for the same few roles thousands of times); bounded, and the rank is a
    function of the role's text alone."""
    if not role:
        return UNRANKED
    folded = " ".join(role.casefold().split())
    for title, pattern, rank in _RANK_PATTERNS:
        if folded == title or pattern.match(folded):
            return rank
    return UNRANKED


def person_rank(person: Person | None) -> int:
    return official_rank(person.role) if person else UNRANKED


@dataclass
class Event:
    """One event of a brief: its first report, every other report of it, and what it agreed."""

    facts: Facts  # the report the event is told from (the most senior officials, then the earliest)
    reports: list[Facts] = field(default_factory=list)  # every report, ``facts`` first, copies included
    steps: list[tuple[Facts, NextStep]] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return min((person_rank(p) for f in self.reports for p in f.people), default=UNRANKED)

    @property
    def day(self) -> dt.date | None:
        return event_day(self.facts)

    def importance(self) -> tuple[int, int, int, dt.date, str]:
        """Sort key, most important first: seniority, number of outlets, agreements, date, file."""
        outlets = {(f.outlet or f.article.outlet or f.article.source).casefold() for f in self.reports}
        return (
            self.rank,
            -len(outlets),
            -len(self.steps),
            self.day or dt.date.max,
            self.facts.article.source,
        )


@functools.lru_cache(maxsize=8192)
def _squashed(text: str) -> tuple[str, int]:
    """``text`` casefolded with its spacing collapsed, and its number of words (cached: a step
    or statement is compared with many others; bounded)."""
    words = text.casefold().split()
    return " ".join(words), len(words)


def _alike(a: str, b: str, threshold: float) -> bool:
    """Two texts that say the same: alike as a whole (rapidfuzz ``ratio``), or one of six words or
    more standing almost whole inside the other (``partial_ratio`` ≥ 90)."""
    from rapidfuzz import fuzz

    (a, a_words), (b, b_words) = _squashed(a), _squashed(b)
    if fuzz.ratio(a, b, score_cutoff=threshold) >= threshold:
        return True
    if min(len(a), len(b)) > PARTIAL_LIMIT:  # no sentence of a brief: ratio alone (see the limit)
        return False
    return min(a_words, b_words) >= 6 and fuzz.partial_ratio(a, b, score_cutoff=90) >= 90


PARTIAL_LIMIT = 1_000
"""Characters of the shorter text above which :func:`_alike` does not look for one inside the
other: ``partial_ratio`` grows with the product of the lengths squared (1 s for two texts of
5,000 characters), and a fuzzed article of one 30,000-character sentence took minutes. Sentences
and statements a brief shows are far shorter (about 30 words)."""


def make_event(group: Sequence[Facts]) -> Event:
    """The event of a group of reports (see :func:`briefgen.select.events`), its steps merged."""
    reports = [r for facts in group for r in (facts, *facts.copies)]
    first = min(
        group,
        key=lambda f: (
            min((person_rank(p) for p in f.people), default=UNRANKED),
            event_day(f) or dt.date.max,
        ),
    )
    event = Event(first, [first, *(r for r in reports if r is not first)])
    # A step worded as one seen before is alike what that one was alike (or is that one): known
    # without comparing (the copies of a press release repeat every step).
    seen: set[str] = set()
    for report in event.reports:
        for step in report.next_steps:
            text = _squashed(step.text)[0]
            if text not in seen and not any(_alike(step.text, known.text, 85) for _, known in event.steps):
                event.steps.append((report, step))
            seen.add(text)
    return event


def _framed_point(event_facts: Facts, glossary: Glossary | None) -> Bilingual | None:
    """The key point from the event frame (actor, event verb, counterpart, object, place, date)
    in both languages, when the article has a frame and its English is there."""
    if event_facts.event is None:
        return None
    from briefgen.translate.frames import key_point as frame_key_point

    framed = frame_key_point(event_facts, glossary)
    if framed.en is not None and framed.origin != "missing":
        return framed
    return None


def _with_other(other: Person, glossary: Glossary | None) -> tuple[str, str]:
    """``bersama <role> <name>`` and its English, an apposition as in the generated lead:
    ``with the Regional Director of KOCCA, Lee Gi Haun``."""
    other_role = _role_text(other) or ""
    other_en = english_role(other_role, glossary)
    the = "" if not other_en or other_en.startswith("the ") else "the "
    english = f"with {the}{other_en}, {other.name}" if other_en else f"with {other.name}"
    return f"bersama {other_role} {other.name}", english


def _who_parts(event_facts: Facts, glossary: Glossary | None) -> tuple[list[str], list[str]]:
    """Who, in both languages: the highest-ranked person with a role (and one with a role from
    another body), else the first person, else the first organisation; empty without any."""
    people = sorted(event_facts.people, key=lambda p: (person_rank(p), event_facts.people.index(p)))
    ranked = [p for p in people if _role_text(p)]
    if ranked:
        main = ranked[0]
        role = _role_text(main) or ""
        role_en = english_role(role, glossary)
        parts_id = [f"{role} {main.name}"]
        parts_en = [f"{role_en} {main.name}" if role_en else main.name]
        others = [p for p in ranked[1:] if p.organization != main.organization or not p.organization][:1]
        for other in others:
            other_id, other_en = _with_other(other, glossary)
            parts_id.append(other_id)
            parts_en.append(other_en)
        return parts_id, parts_en
    if people:
        return [people[0].name], [people[0].name]
    if event_facts.organizations:
        org = event_facts.organizations[0].name
        return [org], [english_role(org, glossary) or org]
    return [], []


def key_point(event_facts: Facts, glossary: Glossary | None) -> Bilingual:
    """One sentence of what happened, who (name and role), with whom, where and when, in both languages.

    The event frame read from the lead (translate.frames), else the generated lead when the
    opening is a meeting briefgen recognises (``X received a visit
    from Y in Jakarta on …``), else who, with whom, where and when from the facts: never an
    article's sentence, so the English needs no translation.
    """
    framed = _framed_point(event_facts, glossary)
    if framed is not None:
        return framed
    lead = _lead(event_facts, glossary)
    if lead is not None:
        return lead.text
    parts_id, parts_en = _who_parts(event_facts, glossary)
    place = event_facts.location
    if place:
        parts_id.append(place)
        parts_en.append(place)
    if parts_id:  # the article's own date, never its file's (it would read as the event's)
        when = reported_label(event_facts, localise_date)
        parts_id.append(when.id)
        parts_en.append(when.en or "")
    if not parts_id:  # the headline, else the opening sentence; the file's name only with neither
        article = event_facts.article
        opening = event_facts.background[0] if event_facts.background else None
        return Bilingual(article.title or opening or article.source, None, "missing")
    return Bilingual.both(_end(", ".join(parts_id)), _end(", ".join(parts_en)))


def steps_count(count: int) -> Bilingual:
    """The sentence compose appends to a key point: how many next steps the event agreed."""
    if count == 0:
        return Bilingual.both("Belum ada langkah lanjutan.", "No next steps yet.")
    return Bilingual.both(f"{count} langkah lanjutan.", f"{count} next step{'s' if count > 1 else ''}.")


MAX_STATEMENTS = 3
MAX_BACKGROUND = 2
STATEMENT_WORDS = 40
"""A third statement of an event only while the three stay under this many words: chosen, not a
page reprinted (the two first, each side of a meeting, always)."""
BACKGROUND_WORDS = 30


QUOTE_WORDS = 30
"""A statement longer than this is cut after its last whole sentence within it (never mid-sentence)."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-Z0-9])")


def trimmed(text: str, limit: int = QUOTE_WORDS) -> str:
    """``text`` up to its last whole sentence within ``limit`` words, marked `` …`` when cut."""
    if len(text.split()) <= limit:
        return text
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if kept and len(" ".join([*kept, sentence]).split()) > limit:
            break
        kept.append(sentence)
    shorter = " ".join(kept)
    return text if shorter == text else f"{shorter} …"


_Candidate = tuple[int, int, int, int, Facts, str, str | None, bool, str | None]


def _voice(candidate: _Candidate) -> tuple[str | None, str | None]:
    """Who speaks in a candidate statement: the speaker, or an unnamed speaker's office."""
    return candidate[6], candidate[8]


def key_statements(event: Event, glossary: Glossary | None, said: Sequence[str] = ()) -> list[QuoteBlock]:
    """At most three statements of the event: direct quotes of the most senior officials first, no
    two alike nor alike what ``said`` already says; one attribution per speaker's block."""
    # (rank, quote first, report, paragraph, report, text, speaker, direct, unnamed speaker's office)
    candidates: list[_Candidate] = []
    for order, report in enumerate(event.reports):
        for quote in report.quotes:
            rank = person_rank(report.person(quote.speaker))
            candidates.append(
                (rank, 0, order, quote.paragraph, report, quote.text, quote.speaker, True, quote.office)
            )
        for statement in report.statements:
            rank = person_rank(report.person(statement.speaker))
            candidates.append(
                (rank, 1, order, statement.paragraph, report, statement.text, statement.speaker, False, None)
            )
    # Each speaker's best first, the most senior first, then each one's second best: the voices of
    # both sides of a meeting before a third quote of the host.
    candidates.sort(key=lambda c: c[:4])
    chosen: list[_Candidate] = []
    while candidates and len(chosen) < MAX_STATEMENTS:
        times = {_voice(c): sum(1 for k in chosen if _voice(k) == _voice(c)) for c in candidates}
        candidate = min(candidates, key=lambda c: (times[_voice(c)], c[:4]))
        candidates.remove(candidate)
        text = candidate[5]
        if any(_alike(text, c[5], 70) for c in chosen) or any(_alike(text, s, 70) for s in said):
            continue
        words = sum(len(trimmed(c[5]).split()) for c in chosen) + len(trimmed(text).split())
        if len(chosen) >= 2 and words > STATEMENT_WORDS:
            continue
        chosen.append(candidate)
    # A speaker's statements stand together, in the order of the article, under one attribution.
    speakers = list(dict.fromkeys(_voice(c) for c in chosen))
    chosen.sort(key=lambda c: (speakers.index(_voice(c)), c[2], c[3]))
    blocks: list[QuoteBlock] = []
    for n, (_, _, _, _, report, text, speaker, direct, office) in enumerate(chosen):
        last = n + 1 == len(chosen) or _voice(chosen[n + 1]) != (speaker, office)
        # (an unnamed speaker's office, "Bupati", is the attribution's role)
        role = _role(report, speaker, glossary) if speaker else role_both(office, glossary)
        blocks.append(QuoteBlock(source_text(trimmed(text)), speaker, role, direct, attributed=last))
    return blocks


def background(
    event: Event, generated_lead: bool, said: Sequence[str], most: int = MAX_BACKGROUND
) -> list[str]:
    """At most ``most`` (two) sentences of the first report's background that nothing else in the
    brief says. The opening is left out when the key point was generated from it (it says the same)."""
    sentences = list(event.facts.background)
    if generated_lead and sentences:
        sentences = sentences[1:]
    kept: list[str] = []
    for sentence in sentences:
        if len(sentence.split()) < 6 or any(_alike(sentence, s, 70) for s in [*said, *kept]):
            continue
        if kept and sum(len(k.split()) for k in kept) + len(sentence.split()) > BACKGROUND_WORDS:
            break
        kept.append(sentence)
        if len(kept) >= most:
            break
    return kept


def outlet_of(facts: Facts) -> str | None:
    """The outlet of a report, when the article names one."""
    return facts.outlet or facts.article.outlet


STEPS_PER_EVENT = 2
"""The register lists at most this many steps of one event: those with an actor and a due date
first, then in the order of the article (the annex holds the rest)."""


def main_steps(event: Event) -> list[tuple[Facts, NextStep]]:
    """The steps of ``event`` the register lists (see :data:`STEPS_PER_EVENT`), in article order."""
    ranked = sorted(
        range(len(event.steps)),
        key=lambda n: (event.steps[n][1].actor is None, event.steps[n][1].due is None, n),
    )
    return [event.steps[n] for n in sorted(ranked[:STEPS_PER_EVENT])]


def step_item(
    step: NextStep,
    glossary: Glossary | None,
    *,
    event: int | None = None,
    source: str | None = None,
    carried: bool = False,
) -> StepItem:
    """One register entry: the step's Indonesian, with English generated from its frame wherever
    the facts are known (translate.frames): the whole sentence when every word of the action is
    known, else the actor's official English and the kind, leaving the wording to translation."""
    from briefgen.translate.frames import step_parts, step_text

    parts = step_parts(step, glossary)
    sentence = step_text(step, glossary)
    action = source_text(step.text)
    if sentence.en is not None:
        action = Bilingual(action.id, sentence.en, sentence.origin)
    return StepItem(
        action,
        step.actor,
        localise_due(step.due, step.due_precision) if step.due else None,
        due_on=step.due,
        due_precision=step.due_precision,
        actor_en=parts.actor.en if parts.actor is not None else None,
        event=event,
        source=source,
        carried=carried,
        kind=parts.kind,
    )


def register(events: Sequence[Event], glossary: Glossary | None = None) -> list[StepItem]:
    """Every event's main next steps, once, numbered by the event's key point."""
    return [
        step_item(step, glossary, event=number, source=outlet_of(report))
        for number, event in enumerate(events, 1)
        for report, step in main_steps(event)
    ]


def carried_over(
    carried: Sequence[tuple[NextStep, str | None]],
    current: Sequence[StepItem],
    glossary: Glossary | None = None,
) -> list[StepItem]:
    """Steps of earlier briefs still open, marked carried over, unless this brief lists them again."""
    items: list[StepItem] = []
    for step, source in carried:
        if any(_alike(step.text, item.action.id, 85) for item in [*current, *items]):
            continue
        items.append(step_item(step, glossary, source=source, carried=True))
    return items
