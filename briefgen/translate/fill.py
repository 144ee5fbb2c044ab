"""Fills the English of a composed brief, in the order of trust: human, glossary, machine, gap.

The brief's article text arrives with ``origin="missing"``. For each distinct Indonesian segment
this step takes, in order: a human translation from the memory, a whole-segment glossary entry,
a machine translation cached in the memory, a new machine translation (when a backend is
configured), and otherwise leaves the gap for the writers to mark. Article titles, which
composition labels in English with outlet and date, are replaced when a translation exists.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from briefgen.model import Bilingual, Block, Brief, Paragraph, QuoteBlock, Section, StepItem, Subheading
from briefgen.translate.backends import PROGRESS_STAGE, Backend, BatchedBackend, MTError, Progress
from briefgen.translate.glossary import Glossary
from briefgen.translate.memory import Entry, Memory

COUNTED = ("source", "human", "glossary", "machine", "missing")


@dataclass
class Segment:
    """One Indonesian text that needs English, with where it occurs (for translators' notes)."""

    text: str
    kind: str  # "paragraph", "quote", "statement", "step", "role", "title"
    section: str
    speaker: str | None = None
    article: str | None = None


@dataclass
class Filled:
    brief: Brief
    new_entries: list[Entry] = field(default_factory=list)  # machine translations to remember
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(
        default_factory=list
    )  # why machine translation failed, for --strict-translation
    refused: int = 0  # segments whose machine translation was refused (placeholders not kept)


def _texts(block: Block) -> Iterator[tuple[str, Bilingual]]:
    if isinstance(block, Paragraph):
        yield "paragraph", block.text
    elif isinstance(block, QuoteBlock):
        yield ("quote" if block.direct else "statement"), block.text
        if block.role is not None:
            yield "role", block.role
    elif isinstance(block, StepItem):
        yield "step", block.action
    elif isinstance(block, Subheading):
        yield "title", block.text


def _names(brief: Brief) -> list[tuple[str, str]]:
    """The speakers of the brief's quotes, each its own English: a name is never translated."""
    found = {
        block.speaker.strip(): None
        for section in brief.sections
        for block in section.blocks
        if isinstance(block, QuoteBlock) and block.speaker and block.speaker.strip()
    }
    return [(name, name) for name in found]


def _needs_english(kind: str, text: Bilingual) -> bool:
    # A title is "generated" (outlet and date) until someone translates it; it may be improved.
    return text.origin == "missing" or (kind == "title" and text.origin == "generated" and text.id != text.en)


def segments(brief: Brief) -> list[Segment]:
    """Every distinct Indonesian text of ``brief`` that has, or could have, a better English."""
    seen: set[str] = set()
    found: list[Segment] = []
    article: str | None = None
    for section in brief.sections:
        if section.kind == "article":
            article = section.heading.id
            if _needs_english("title", section.heading) and article not in seen:
                seen.add(article)
                found.append(Segment(article, "title", section.kind, None, article))
        for block in section.blocks:
            if isinstance(block, Subheading):
                article = block.text.id
            speaker = block.speaker if isinstance(block, QuoteBlock) else None
            for kind, text in _texts(block):
                if _needs_english(kind, text) and text.id not in seen and text.id.strip():
                    seen.add(text.id)
                    found.append(Segment(text.id, kind, section.kind, speaker, article))
    return found


def _ask(
    backend: Backend, todo: list[str], pairs: list[tuple[str, str]], progress: Progress | None
) -> list[str]:
    if isinstance(backend, BatchedBackend) and progress is not None:
        return backend.translate(todo, pairs, progress=progress)
    return backend.translate(todo, pairs)


def _machine(
    todo: list[str],
    pairs: list[tuple[str, str]],
    backend: Backend,
    progress: Progress | None,
    now: dt.datetime | None,
    result: Filled,
    resolved: dict[str, Bilingual],
) -> None:
    """Machine translation of ``todo`` into ``resolved``; new entries, warnings, errors and the
    count of refused segments into ``result``."""
    refused_before = getattr(backend, "refused", 0)
    if progress is not None:
        progress(PROGRESS_STAGE, 0, len(todo))  # the stage's start, before the first request
    try:
        english: dict[int, str] = dict(enumerate(_ask(backend, todo, pairs, progress)))
    except MTError as exc:
        # What came back before the failure is kept (and remembered); the rest stays pending.
        english = {i: t for i, t in exc.partial.items() if 0 <= i < len(todo)}
        left = len(todo) - len(english)
        if english:
            pending = f"{left} of {len(todo)} segment(s) stay pending"
        else:
            pending = f"the English of {len(todo)} segment(s) stays pending"
        result.warnings.append(f"{exc.message}; {pending}")
        result.errors.append(exc.message)
    when = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    rambling = 0
    for i, target in sorted(english.items()):
        source = todo[i]
        if len(target) > 10 * len(source) + 200:  # not a translation: never shown nor remembered
            rambling += 1
            continue
        if target.strip():
            resolved[source] = Bilingual(source, target.strip(), "machine")
            result.new_entries.append(Entry(source, target.strip(), "machine", backend.name, when))
    if rambling:
        result.warnings.append(
            f"machine translation: {backend.name} gave {rambling} answer(s) far longer than their text; "
            "refused, that English stays pending"
        )
    result.warnings.extend(getattr(backend, "warnings", []))
    result.refused = getattr(backend, "refused", 0) - refused_before


def fill(
    brief: Brief,
    memory: Memory | None = None,
    glossary: Glossary | None = None,
    backend: Backend | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Filled:
    """``brief`` with every English found; counts by origin go to ``brief.english`` (and the
    segments machine translation refused, their placeholders not kept, to ``"refused"``).

    Glossary terms and the speakers' names go to the backend as (Indonesian, English) pairs it
    keeps behind placeholders; ``progress`` hears how far machine translation got."""
    resolved: dict[str, Bilingual] = {}
    todo: list[str] = []
    for segment in segments(brief):
        text = segment.text
        entry = memory.get(text) if memory is not None else None
        if entry is not None and entry.origin == "human":
            resolved[text] = Bilingual(text, entry.target, "human")
        elif glossary is not None and (official := glossary.exact(text)) is not None:
            resolved[text] = Bilingual(text, official, "glossary")
        elif entry is not None:
            resolved[text] = Bilingual(text, entry.target, "machine")
        else:
            todo.append(text)

    result = Filled(brief)
    if backend is not None and todo:
        pairs = [*(glossary.pairs() if glossary is not None else []), *_names(brief)]
        _machine(todo, pairs, backend, progress, now, result, resolved)

    counts: Counter[str] = Counter()

    def swap(kind: str, text: Bilingual) -> Bilingual:
        new = resolved.get(text.id, text) if _needs_english(kind, text) else text
        if kind != "title" and text.origin in ("missing", "source"):
            counts[new.origin] += 1  # the source's own English (an English article) is counted apart
        return new

    def redo(block: Block) -> Block:
        if isinstance(block, Paragraph):
            return replace(block, text=swap("paragraph", block.text))
        if isinstance(block, QuoteBlock):
            role = swap("role", block.role) if block.role is not None else None
            return replace(block, text=swap("quote", block.text), role=role)
        if isinstance(block, StepItem):
            return replace(block, action=swap("step", block.action))
        if isinstance(block, Subheading):
            return replace(block, text=swap("title", block.text))
        return block

    sections = [
        Section(
            s.kind,
            swap("title", s.heading) if s.kind == "article" else s.heading,
            [redo(b) for b in s.blocks],
        )
        for s in brief.sections
    ]
    tally = {origin: counts.get(origin, 0) for origin in COUNTED}
    if result.refused:
        tally["refused"] = result.refused  # of the "missing": MT answered, its answer was refused
    result.brief = replace(brief, sections=sections, english=tally)
    return result
