"""The event lexicons: event verbs, object nouns and topics of Indonesian government news with their English.

Bundled as ``briefgen/data/event-verbs.csv`` (``id,en,alone,slot,voice,note``),
``briefgen/data/event-objects.csv`` and ``briefgen/data/event-topics.csv`` (both ``id,en,note``);
the columns are described at the top of each file. User files in the same format are loaded after
them and override them entry by entry, keyed on the Indonesian text with case and spacing
normalised, as glossaries do. Extraction reads the
Indonesian side (which verbs and objects to look for), translation the English side: both share
this one loader so a user's entry is found and rendered alike. Only :meth:`EventLexicon.load`
reads files.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from briefgen.errors import SourceError

VERBS_FILE = "event-verbs.csv"
OBJECTS_FILE = "event-objects.csv"
TOPICS_FILE = "event-topics.csv"
STEP_WORDS_FILE = "step-words.csv"
STEP_WORD_HEADER = ("id", "en", "kind", "note")
VERB_HEADER = ("id", "en", "alone", "slot", "voice", "note")
OBJECT_HEADER = ("id", "en", "note")

Slot = Literal["counterpart", "object", "none"]
WordKind = Literal["verb", "noun", "link", "adverb"]
_WORD_KINDS: tuple[WordKind, ...] = ("verb", "noun", "link", "adverb")
Voice = Literal["active", "passive"]
_SLOTS: tuple[Slot, ...] = ("counterpart", "object", "none")
_VOICES: tuple[Voice, ...] = ("active", "passive")

# The event verb of a lead with no event verb whose main person is quoted (an entry of
# event-verbs.csv): they gave a statement, and no more is said.
STATEMENT_VERB = "menyampaikan keterangan"

# The last words of bodies' names written in English ("Japan Foundation", "Korean Film Council"):
# extraction takes such a run for a body, translation leaves it as it is.
ENGLISH_BODY_ENDS = frozenset(
    """foundation council agency organization organisation association commission institute fund
    company corporation university authority board office ministry embassy bank group forum""".split()  # noqa: SIM905
)

_WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def key(text: str) -> tuple[str, ...]:
    """The normalised key of an entry: its case-folded words (case and spacing do not matter)."""
    return tuple(m.group().casefold().replace("’", "'") for m in _WORD_RE.finditer(text))


@dataclass(frozen=True)
class EventVerb:
    """One event verb: Indonesian, its English with and without its slot, the slot and the voice."""

    id: str
    en: str
    alone: str  # "" when the verb cannot stand without its slot
    slot: Slot
    voice: Voice


@dataclass(frozen=True)
class EventObject:
    """One object noun: Indonesian and its English with its determiner (``an exhibition``)."""

    id: str
    en: str


@dataclass(frozen=True)
class EventTopic:
    """One topic of government news: Indonesian noun phrase and its English (``rice prices``)."""

    id: str
    en: str


@dataclass(frozen=True)
class StepWord:
    """One word of a step's action: Indonesian, English (verbs in the base form) and its kind."""

    id: str
    en: str
    kind: WordKind


class EventLexicon:
    """Event verbs, object nouns, step words and topics, indexed by their normalised Indonesian."""

    def __init__(
        self,
        verbs: Iterable[EventVerb],
        objects: Iterable[EventObject],
        words: Iterable[StepWord] = (),
        topics: Iterable[EventTopic] = (),
    ) -> None:
        self.verbs: dict[tuple[str, ...], EventVerb] = {key(v.id): v for v in verbs}
        self.objects: dict[tuple[str, ...], EventObject] = {key(o.id): o for o in objects}
        self.words: dict[tuple[str, ...], StepWord] = {key(w.id): w for w in words}
        self.longest_verb = max((len(k) for k in self.verbs), default=0)
        self.longest_object = max((len(k) for k in self.objects), default=0)
        self.longest_word = max((len(k) for k in self.words), default=0)
        self.topics: dict[tuple[str, ...], EventTopic] = {key(t.id): t for t in topics}
        self.longest_topic = max((len(k) for k in self.topics), default=0)

    @classmethod
    def load(
        cls,
        verb_files: Sequence[Path] = (),
        object_files: Sequence[Path] = (),
        word_files: Sequence[Path] = (),
        topic_files: Sequence[Path] = (),
    ) -> EventLexicon:
        """The bundled lexicons, then each user file in order; later entries override earlier ones.

        A user file that cannot be read or parsed raises :class:`SourceError` naming the file and line.
        """
        data = resources.files("briefgen").joinpath("data")
        verbs = {key(v.id): v for v in _verbs(data.joinpath(VERBS_FILE).read_text("utf-8"), VERBS_FILE)}
        objects = {
            key(o.id): o for o in _objects(data.joinpath(OBJECTS_FILE).read_text("utf-8"), OBJECTS_FILE)
        }
        words = {
            key(w.id): w
            for w in _step_words(data.joinpath(STEP_WORDS_FILE).read_text("utf-8"), STEP_WORDS_FILE)
        }
        topics = {key(t.id): t for t in _topics(data.joinpath(TOPICS_FILE).read_text("utf-8"), TOPICS_FILE)}
        for path in verb_files:
            verbs.update((key(v.id), v) for v in _verbs(read_word_list(path), str(path)))
        for path in object_files:
            objects.update((key(o.id), o) for o in _objects(read_word_list(path), str(path)))
        for path in word_files:
            words.update((key(w.id), w) for w in _step_words(read_word_list(path), str(path)))
        for path in topic_files:
            topics.update((key(t.id), t) for t in _topics(read_word_list(path), str(path)))
        return cls(verbs.values(), objects.values(), words.values(), topics.values())

    def verb(self, text: str) -> EventVerb | None:
        """The verb entry whose Indonesian is ``text`` (case- and spacing-insensitive)."""
        return self.verbs.get(key(text))

    def object(self, text: str) -> EventObject | None:
        """The object entry whose Indonesian is ``text`` (case- and spacing-insensitive)."""
        return self.objects.get(key(text))

    def topic(self, text: str) -> EventTopic | None:
        """The topic entry whose Indonesian is ``text`` (case- and spacing-insensitive)."""
        return self.topics.get(key(text))


@cache
def bundled() -> EventLexicon:
    """The bundled lexicons alone, loaded once."""
    return EventLexicon.load()


# --------------------------------------------------------------------------- reading files


def read_word_list(path: Path, what: str = "lexicon") -> str:
    """The text of a user's CSV word list (a lexicon or a glossary); a SourceError naming the file
    and line when it cannot be read or is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read the {what}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(str(path), f"line {line}: not UTF-8 text") from None


def _rows(text: str, name: str, header: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """The data rows of a lexicon file with their line numbers; comments and blank lines skipped."""
    lines = ["" if line.lstrip().startswith("#") else line for line in text.splitlines()]
    reader = csv.reader(io.StringIO("\n".join(lines)), strict=True)
    rows: list[tuple[int, list[str]]] = []
    seen: dict[tuple[str, ...], int] = {}
    found_header = False
    try:
        for row in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if not found_header:
                if tuple(c.casefold() for c in cells) != header:
                    raise SourceError(
                        name, f"line {line}: expected the header {','.join(header)}, found {row!r}"
                    )
                found_header = True
                continue
            if len(cells) != len(header):
                raise SourceError(
                    name,
                    f"line {line}: expected {len(header)} columns ({','.join(header)}), found {len(cells)}"
                    " (quote a value that contains a comma)",
                )
            entry = key(cells[0])
            if not entry:
                raise SourceError(name, f"line {line}: the id (Indonesian) column has no words")
            if not cells[1]:
                raise SourceError(name, f"line {line}: the en (English) column is empty for {cells[0]!r}")
            if entry in seen:
                raise SourceError(name, f"line {line}: {cells[0]!r} is already on line {seen[entry]}")
            seen[entry] = line
            rows.append((line, cells))
    except csv.Error as exc:
        raise SourceError(name, f"line {reader.line_num}: {exc}") from None
    if not found_header:
        raise SourceError(name, f"line 1: empty file; expected the header {','.join(header)}")
    return rows


def _verbs(text: str, name: str) -> list[EventVerb]:
    verbs: list[EventVerb] = []
    for line, (id_, en, alone, slot, voice, _note) in _rows(text, name, VERB_HEADER):
        slot_ = next((s for s in _SLOTS if s == slot.casefold()), None)
        voice_ = next((v for v in _VOICES if v == voice.casefold()), None)
        if slot_ is None:
            raise SourceError(
                name, f"line {line}: unknown slot {slot!r} (expected counterpart, object or none)"
            )
        if voice_ is None:
            raise SourceError(name, f"line {line}: unknown voice {voice!r} (expected active or passive)")
        verbs.append(EventVerb(id_, en, alone, slot_, voice_))
    return verbs


def _objects(text: str, name: str) -> list[EventObject]:
    return [EventObject(id_, en) for _line, (id_, en, _note) in _rows(text, name, OBJECT_HEADER)]


def _topics(text: str, name: str) -> list[EventTopic]:
    return [EventTopic(id_, en) for _line, (id_, en, _note) in _rows(text, name, OBJECT_HEADER)]


def _step_words(text: str, name: str) -> list[StepWord]:
    words: list[StepWord] = []
    for line, (id_, en, kind, _note) in _rows(text, name, STEP_WORD_HEADER):
        kind_ = next((k for k in _WORD_KINDS if k == kind.casefold()), None)
        if kind_ is None:
            raise SourceError(
                name, f"line {line}: unknown kind {kind!r} (expected verb, noun, link or adverb)"
            )
        words.append(StepWord(id_, en, kind_))
    return words
