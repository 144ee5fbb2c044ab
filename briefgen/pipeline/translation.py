"""The ``[translation]`` settings loaded, the translation memory's file I/O, the translators' worklists."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.config import Config, TranslationSettings
from briefgen.errors import BriefgenError, SourceError
from briefgen.model import Brief
from briefgen.pipeline.clock import now, today
from briefgen.pipeline.locks import LockTimeout, held
from briefgen.pipeline.outputs import file_digest, write_atomic
from briefgen.pipeline.selection import choose, period_of
from briefgen.pipeline.sources import read_regular
from briefgen.pipeline.understanding import collect

if TYPE_CHECKING:
    from briefgen.lexicons import EventLexicon
    from briefgen.translate.glossary import Glossary
    from briefgen.translate.memory import Entry, Memory
    from briefgen.translate.mt import Backend


GLOSSARY_DIR = Path("glossary")
# The user's event lexicons (same columns as briefgen/data/…), found like the glossary: listed in
# [translation] (event_verbs, event_objects, step_words, event_topics), else these files when present.
LEXICON_DIR = Path("lexicon")
LEXICON_FILES = {
    "event_verbs": "event-verbs.csv",
    "event_objects": "event-objects.csv",
    "step_words": "step-words.csv",
    "event_topics": "event-topics.csv",
}


@dataclass
class Lexicons:
    """The event lexicons with the user's files, and a digest of those files for the facts cache."""

    lexicon: EventLexicon
    files: list[Path]
    digest: str


def _lexicon_files(settings: TranslationSettings) -> dict[str, list[Path]]:
    """The user's lexicon files by kind (event_verbs, event_objects, step_words, event_topics); a
    missing one fails."""
    found: dict[str, list[Path]] = {}
    for key, name in LEXICON_FILES.items():
        paths: list[Path] = list(getattr(settings, key))
        if not paths and (LEXICON_DIR / name).is_file():
            paths = [LEXICON_DIR / name]
        for path in paths:
            if not path.is_file():
                raise BriefgenError(f"{path}: lexicon file not found (translation.{key} in briefgen.toml)")
        found[key] = paths
    return found


def _glossary_files(settings: TranslationSettings) -> list[Path]:
    """The user's glossary files: as listed, else ``glossary/*.csv``; a missing one fails."""
    files = list(settings.glossary)
    if not files and GLOSSARY_DIR.is_dir():
        files = sorted(GLOSSARY_DIR.glob("*.csv"))
    for path in files:
        if not path.is_file():
            raise BriefgenError(f"{path}: glossary file not found (translation.glossary in briefgen.toml)")
    return files


def translation_inputs(settings: TranslationSettings) -> list[Path]:
    """The files a build's English depends on: the memory, the glossaries, the user's lexicons.

    Found as :func:`translation_of` finds them, without reading them (the check for an unchanged
    build); a glossary or lexicon file that is listed but missing fails the same way."""
    lexicons = [path for paths in _lexicon_files(settings).values() for path in paths]
    return [settings.memory, *_glossary_files(settings), *lexicons]


def lexicons_of(settings: TranslationSettings) -> Lexicons:
    """The event lexicons of the ``[translation]`` settings: bundled, then the user's files over them."""
    from briefgen.lexicons import EventLexicon

    found = _lexicon_files(settings)
    lexicon = EventLexicon.load(
        found["event_verbs"], found["event_objects"], found["step_words"], found["event_topics"]
    )
    files = [p for paths in found.values() for p in paths]
    digest = hashlib.sha256(b"\0".join(file_digest(p).encode() for p in files)).hexdigest() if files else ""
    return Lexicons(lexicon, files, digest)


@dataclass
class Translation:
    """What the English side needs: the glossary, the memory and where it lives, an MT backend."""

    glossary: Glossary
    memory: Memory
    memory_path: Path
    glossary_files: list[Path]
    backend: Backend | None
    strict: bool
    lexicons: Lexicons | None = None  # the event lexicons key points and the register are generated from


def translation_of(config: Config) -> Translation:
    """The ``[translation]`` settings (:attr:`Config.translation`) loaded: glossary, memory, MT backend."""
    from briefgen.translate.glossary import Glossary
    from briefgen.translate.mt import make_backend

    settings = config.translation
    files = _glossary_files(settings)
    backend = make_backend(settings.machine)  # machine-translation settings are checked there, per backend
    return Translation(
        glossary=Glossary.load(files),
        memory=load_memory(settings.memory),
        memory_path=settings.memory,
        glossary_files=files,
        backend=backend,
        strict=settings.strict or config.strict_translation,
        lexicons=lexicons_of(settings),
    )


def backup_of(path: Path) -> Path:
    """Where the previous version of the memory file is kept: ``memory.tmx.bak`` beside it."""
    return path.with_name(path.name + ".bak")


def restore_hint(path: Path) -> str:
    """How to get the previous memory back, when a readable backup exists; else ``""``."""
    from briefgen.translate.memory import Memory

    backup = backup_of(path)
    try:
        entries = len(Memory.from_tmx(read_regular(backup), str(backup)))
    except (OSError, SourceError):
        return ""
    return f"; the previous version ({entries} entries) is in {backup}: restore it with: cp {backup} {path}"


def load_memory(path: Path) -> Memory:
    """The translation memory in the TMX file ``path``; empty when there is none yet.

    An unreadable memory is an error that says how to restore the backup, when there is one.
    """
    from briefgen.translate.memory import Memory

    try:
        data = read_regular(path)  # a FIFO in its place must not hang the build
    except FileNotFoundError:
        return Memory()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
    try:
        return Memory.from_tmx(data, str(path))
    except SourceError as exc:
        raise SourceError(exc.path, exc.problem + restore_hint(path)) from None


@contextlib.contextmanager
def memory_lock(path: Path, wait: float) -> Iterator[None]:
    """Holds ``memory.tmx.lock`` beside the memory, so its writers take turns (and never undo each other)."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefgenError(
            f"{path.parent}: cannot create the memory's folder ({exc.strerror or exc})"
        ) from None
    lock = contextlib.ExitStack()
    try:
        lock.enter_context(held(lock_path, wait))
    except LockTimeout:
        raise BriefgenError(
            f"{path}: another briefgen run is writing it (lock {lock_path}); gave up after {wait:g} s"
        ) from None
    except OSError as exc:
        raise BriefgenError(f"{lock_path}: cannot take the lock ({exc.strerror or exc})") from None
    with lock:
        yield


def update_memory(path: Path, entries: Sequence[Entry], wait: float = 600.0) -> int:
    """Adds ``entries`` to the memory file; how many changed it.

    Read, merged and written under the memory's lock, so a build that ran machine translation
    for minutes and a translator's import at the same time both keep what they added: the file
    is read afresh, not the copy loaded at the start, and :meth:`Memory.add` never lets a
    machine entry replace a human one. The version replaced is kept as ``memory.tmx.bak``.
    """
    with memory_lock(path, wait):
        memory = load_memory(path)
        changed = sum(memory.add(entry) for entry in entries)
        if changed:
            save_memory(memory, path)
    return changed


def save_memory(memory: Memory, path: Path) -> None:
    """Writes the memory atomically, creating its folder: a killed run leaves the old file whole.

    The file it replaces is first copied to ``memory.tmx.bak`` (atomically too), so a good memory
    is never lost to one bad write. Callers hold :func:`memory_lock`.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            previous = read_regular(path)
        except FileNotFoundError:
            previous = None
        data = memory.to_tmx()
        if previous is not None and previous != data:
            write_atomic(backup_of(path), previous)
        write_atomic(path, data)
    except OSError as exc:
        raise BriefgenError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _brief_of(config: Config, translation: Translation, day: dt.date) -> Brief:
    """The brief a build would compose, for the translators' worklist."""
    from briefgen.compose import make_brief

    found, skipped = collect(config.sources, day, lexicon=translation.lexicons)
    if not found:
        raise BriefgenError("no article could be read" + (f": {skipped[0].message}" if skipped else ""))
    facts, _ = choose(found, config, period_of(config, day))
    return make_brief(facts, day, glossary=translation.glossary, annex=config.annex)


def export_worklist(config: Config, dest: Path) -> int:
    """Writes the segments still without human English as XLIFF 1.2 (or PO by suffix); returns the count."""
    from briefgen.translate.fill import segments
    from briefgen.translate.memory import segment_key
    from briefgen.translate.xliff import Unit, export_po, export_xliff

    translation = translation_of(config)
    day = config.prepared or today()
    brief = _brief_of(config, translation, day)
    units: list[Unit] = []
    for segment in segments(brief):
        entry = translation.memory.get(segment.text)
        if entry is not None and entry.origin == "human":
            continue
        if segment.kind != "title" and translation.glossary.exact(segment.text):
            continue
        notes = [f"article: {segment.article}" if segment.article else "", f"section: {segment.section}"]
        notes.append(f"kind: {segment.kind}")
        if segment.speaker:
            notes.append(f"speaker: {segment.speaker}")
        notes += [f"glossary: {t.id} = {t.en}" for t in translation.glossary.terms_in(segment.text)]
        for score, match in translation.memory.fuzzy(segment.text):
            if match.origin == "human":
                notes.append(f"fuzzy {score:.0f}%: {match.target}")
        target = entry.target if entry is not None else None  # a machine draft to post-edit
        unit_id = "s" + hashlib.sha1(segment_key(segment.text).encode()).hexdigest()[:12]
        units.append(Unit(unit_id, segment.text, target, tuple(n for n in notes if n)))
    data = export_po(units, "briefgen") if dest.suffix.lower() == ".po" else export_xliff(units, "briefgen")
    if dest.parent != Path(""):
        dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_atomic(dest, data)
    except OSError as exc:
        raise BriefgenError(f"{dest}: cannot write ({exc.strerror or exc})") from None
    return len(units)


def import_worklist(config: Config, source: Path, translator: str | None = None) -> tuple[int, int]:
    """Stores the translated units of an XLIFF file in the memory as human; (stored, unchanged)."""
    from briefgen.translate.memory import Entry
    from briefgen.translate.xliff import import_worklist_file

    translation = translation_of(config)
    try:
        data = read_regular(source)
    except OSError as exc:
        raise BriefgenError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    pairs = import_worklist_file(data, str(source))
    when = now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    by = translator or f"xliff:{source.name}"
    entries = [Entry(s, t, "human", by, when) for s, t in pairs]
    stored = update_memory(translation.memory_path, entries, config.wait)
    return stored, len(pairs) - stored
