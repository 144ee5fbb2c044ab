"""The only place that touches sources and outputs: discover → read → extract → compose → write."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen import __version__
from briefgen.compose import event_day, make_brief, make_empty_brief
from briefgen.config import Config
from briefgen.errors import BriefgenError, NothingToBrief, SkippedSources, SourceError
from briefgen.model import Article, Brief, Facts, NextStep, RenderOptions, StepItem, Template
from briefgen.select import (
    JAKARTA,
    Period,
    between,
    filing_day,
    iso_week,
    last_week,
    near_duplicates,
    select,
)
from briefgen.standards import HANGUL_FONTS

if TYPE_CHECKING:
    from briefgen.evaluation import Scores
    from briefgen.lexicons import EventLexicon
    from briefgen.translate.glossary import Glossary
    from briefgen.translate.memory import Entry, Memory
    from briefgen.translate.mt import Backend
    from briefgen.writers import Written


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    brief: Brief | None = None
    up_to_date: list[Path] = field(default_factory=list)  # outputs left alone because nothing changed
    empty: str | None = None  # why there was nothing to brief (--if-empty skip or write)


def now(tz: dt.tzinfo) -> dt.datetime:
    """Now, or the moment ``SOURCE_DATE_EPOCH`` names, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=tz)
        except (ValueError, OverflowError, OSError):
            raise BriefgenError(f"SOURCE_DATE_EPOCH must be a Unix time in seconds (got '{epoch}')") from None
    return dt.datetime.now(tz)


def today() -> dt.date:
    """Today in Jakarta (or on the day ``SOURCE_DATE_EPOCH`` names)."""
    return now(JAKARTA).date()


def shown(path: Path) -> str:
    """``path`` as text that can always be printed, logged and written to UTF-8 files.

    A file name is bytes: one that is not valid UTF-8 (``bad\\xff.txt``), or any non-ASCII name
    under ``LANG=C``, comes from the OS with surrogate escapes that no UTF-8 encoder accepts. Its
    bytes are shown as UTF-8 where they are, as ``\\xff`` escapes where they are not.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _kind_of(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return kind
    return "not a file"


def _not_regular(path: str, mode: int) -> SourceError:
    return SourceError(path, f"not a regular file ({_kind_of(mode)}); not read")


def _refusal(path: Path, folder: Path, real_folder: str) -> SourceError | None:
    """Why a file found inside ``folder`` must not be read; None when it may be.

    Someone else fills a sources folder: a link in it may point at ``/etc/shadow`` (whose text
    would be printed in the brief) or ``/dev/zero`` (which never ends), and a FIFO blocks whoever
    opens it. Only regular files whose real path lies inside the folder are read. A broken link
    or a loop of links is let through, so reading it reports it.
    """
    try:
        info = path.lstat()
    except OSError:
        return None  # gone since the listing: reading it says so
    if stat.S_ISLNK(info.st_mode):
        real = os.path.realpath(path)
        if real != real_folder and not real.startswith(real_folder.rstrip(os.sep) + os.sep):
            return SourceError(shown(path), f"a link to outside {shown(folder)}")
        try:
            info = path.stat()
        except OSError:
            return None
    if not stat.S_ISREG(info.st_mode):
        return _not_regular(shown(path), info.st_mode)
    return None


def discover(paths: Iterable[Path], refused: list[SourceError] | None = None) -> list[Path]:
    """Source files named directly, plus the supported files inside named folders, sorted.

    Inside a folder only regular files whose real path lies inside it are taken; the others
    (links to outside it, FIFOs, devices) are appended to ``refused`` with the reason. A path
    named directly is the user's choice and is taken wherever it leads, if it is a file.
    """
    from briefgen.readers import SUFFIXES

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            real_folder = os.path.realpath(path)
            # An output folder inside a source folder holds briefs (PDF, DOCX), not articles.
            outputs = {m.parent for m in path.rglob(MANIFEST_FILE)}
            for p in sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not p.is_dir()
                and not any(folder in outputs for folder in p.parents)
            ):
                refusal = _refusal(p, path, real_folder)
                if refusal is None:
                    found.append(p)
                elif refused is not None:
                    refused.append(refusal)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise BriefgenError(f"{path}: not a regular file or folder")
        elif path.is_symlink():
            raise BriefgenError(f"{path}: a broken symbolic link or a loop of links")
        else:
            raise BriefgenError(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))  # each once, in order (a list search would make this n²)


MAX_SOURCE_MB = 10
"""Sources larger than this are refused unread: a news article, even a saved page, is far smaller."""

# Magic numbers of files often misnamed as text, so the message can say what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
# C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each undecodable byte read as Windows-1252, else as Latin-1.

    Scraped text is often UTF-8 with a few Windows-1252 bytes pasted in (``“`` as 0x93);
    reading just those bytes this way keeps both kinds of characters intact.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), error.end


codecs.register_error("briefgen-cp1252", _cp1252_or_latin1)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when NUL bytes fill every other position, as UTF-16 Latin text does."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.4 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode_unicode(data: bytes, codec: str, source: str) -> str:
    """UTF-16 or UTF-32; a truncated or slightly damaged file is read with U+FFFD for the damage."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        text = data.decode(codec, errors="replace")
        if text.count("\ufffd") > max(2, len(text) // 100):
            line = data[: exc.start].decode(codec, errors="replace").count("\n") + 1
            raise SourceError(source, f"not valid {codec.upper()} text (line {line})") from None
        return text


def decode(data: bytes, source: str) -> str:
    """Text from bytes; a :class:`SourceError` for bytes that are not text.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without one when its NUL
    bytes give it away, else Windows-1252 (which reads Latin-1 text alike, apart from C1
    controls that real text never holds). UTF-8 with stray Windows-1252 bytes keeps both. A few
    NUL and control characters are left for the readers' cleaning, which drops them.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _decode_unicode(data, "utf-32", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_unicode(data, "utf-16", source)
    data = data.removeprefix(codecs.BOM_UTF8)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SourceError(source, f"looks like a binary file ({kind}), not text")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        with contextlib.suppress(SourceError):
            return _decode_unicode(data, utf16, source)
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    # Text holds hardly any control bytes, and Windows-1252 text in a Latin-script language is
    # mostly ASCII; random or compressed bytes are ~10% control bytes and ~50% high bytes.
    sample = data[:65536]
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    high = sum(1 for b in sample if b >= 0x80) if text is None and len(sample) >= 64 else 0
    if controls > max(8, len(sample) // 50) or high > 0.3 * len(sample):
        raise SourceError(source, "looks like a binary file, not text")
    if text is not None:
        return text
    if any(ord(c) >= 0x80 for c in data.decode("utf-8", errors="ignore")):
        return data.decode("utf-8", errors="briefgen-cp1252")  # UTF-8 with stray Windows-1252 bytes
    return data.decode("cp1252", errors="briefgen-cp1252")


def open_regular(path: Path) -> int:
    """A read-only descriptor of ``path``; ``OSError`` or a SourceError when it is not a regular file.

    Opened without blocking and checked on the open descriptor, so a FIFO or device put in the
    file's place after it was listed is refused, never waited on.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(shown(path), mode)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file, read through :func:`open_regular`: a FIFO is refused, not waited on."""
    with os.fdopen(open_regular(path), "rb") as handle:
        return handle.read()


def read_source(path: Path) -> bytes:
    """The bytes of one source file; a :class:`SourceError` when it cannot be read or is too large."""
    source = shown(path)
    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_SOURCE_MB * 1024 * 1024:
                raise SourceError(
                    source, f"larger than {MAX_SOURCE_MB} MB ({size / 1024 / 1024:.0f} MB); not read"
                )
            return handle.read(MAX_SOURCE_MB * 1024 * 1024 + 1)
    except OSError as exc:
        raise SourceError(source, f"cannot read the file ({exc.strerror or exc})") from None


_NAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_in_name(name: str) -> dt.date | None:
    """The date a file name starts with (``2026-01-20-film-korea.txt``), as Pelican reads it.

    Better than the modification time, which a copy or a fresh clone resets.
    """
    match = _NAME_DATE.match(name)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def load_article(path: Path, data: bytes | None = None) -> Article:
    """Read one source file into an Article; every failure is a SourceError naming the file."""
    from briefgen.readers import BINARY_READERS, read_article

    source = shown(path)
    if data is None:
        data = read_source(path)
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise SourceError(source, f"cannot read the file ({exc.strerror or exc})") from None
    content: str | bytes = data
    if path.suffix.lower() not in BINARY_READERS:  # PDF and Word files are read from their bytes
        content = decode(data, source)
    if not (content.strip() if isinstance(content, str) else content):
        raise SourceError(source, "the file is empty" if not data else "the file holds only blank space")
    try:
        article = read_article(content, source, path.suffix.lower())
    except SourceError:
        raise
    except Exception as exc:  # a reader bug must cost one article, not the whole run
        raise SourceError(source, f"cannot be read ({_failure(exc)})") from exc
    if article.file_date is None:
        # The day in Jakarta, like every other day briefgen counts: never the machine's zone,
        # or the same files would be filed under other days (and give other bytes) elsewhere.
        article.file_date = date_in_name(path.name) or dt.datetime.fromtimestamp(mtime, JAKARTA).date()
    return article


def evaluate(folder: Path, day: dt.date) -> Scores:
    """Extraction scored against the gold annotations (``NAME.gold.json``) beside the articles."""
    from briefgen.evaluation import GoldError, load_gold, score

    if not folder.is_dir():
        raise BriefgenError(f"{folder}: no such folder" if not folder.exists() else f"{folder}: not a folder")
    pairs = []
    for path in discover([folder]):
        gold_path = path.with_name(f"{path.stem}.gold.json")
        if not gold_path.is_file():
            continue
        try:
            gold = load_gold(gold_path)
        except GoldError as exc:
            raise BriefgenError(str(exc)) from None
        article = load_article(path)
        # A checkout's modification time says nothing about when an article was written.
        article.file_date = date_in_name(path.name)
        pairs.append((understand(article, day), gold))
    if not pairs:
        raise BriefgenError(f"{folder}: no articles with a .gold.json annotation beside them")
    return score(pairs)


def understand(article: Article, day: dt.date, lexicon: EventLexicon | None = None) -> Facts:
    """The facts of one article; an extraction failure is a :class:`SourceError` naming the file.

    ``lexicon``: the event lexicons with the user's files (default: the bundled ones).
    """
    from briefgen.extract import extract

    try:
        # Without user lexicons the call stays the plain one (the bundled lexicons are extraction's default).
        return (
            extract(article, today=day) if lexicon is None else extract(article, today=day, lexicon=lexicon)
        )
    except SourceError:
        raise
    except Exception as exc:  # an extraction bug must cost one article, not the whole run
        raise SourceError(article.source, f"cannot be understood ({_failure(exc)})") from exc


def _failure(exc: BaseException) -> str:
    """A one-line account of an unexpected exception, for a skipped-source message."""
    text = " ".join(str(exc).split())
    text = text[:200] + "…" if len(text) > 200 else text
    return f"{type(exc).__name__}{': ' + text if text else ''}; please report this"


POOL_THRESHOLD = 32
"""With at least this many sources to understand (not in the cache), a process pool does it.

Below it, starting the workers costs more than the second core gains (~0.1 s for both)."""


Progress = Callable[[str, int, int], None]
"""Told (stage, done, total) as a build goes on, for a progress bar in a terminal."""


def collect(
    paths: Iterable[Path],
    day: dt.date,
    cache: Path | None = None,
    progress: Progress | None = None,
    lexicon: Lexicons | None = None,
) -> tuple[list[Facts], list[SourceError]]:
    """Read and understand every source; a bad source is set aside, not fatal.

    With ``cache`` (a folder), understood articles are kept by content hash, so an unchanged
    source is not understood again. Many sources still to understand are shared out among one
    worker process per CPU; the results keep the sources' order either way, so the brief is the
    same, and a source that fails costs that source alone. ``lexicon``: the user's event
    lexicons (their files are part of the cache key, so an edited lexicon is read again).
    """
    refused: list[SourceError] = []
    salt = lexicon.digest if lexicon else ""
    events = lexicon.lexicon if lexicon and lexicon.files else None  # None: the bundled ones
    outcomes: list[Facts | SourceError | None] = []
    todo: list[tuple[int, Path, bytes, Path | None]] = []  # (place in outcomes, path, bytes, cache entry)
    for path in discover(paths, refused):
        try:
            data, entry = _cache_entry(path, day, cache, salt)
        except SourceError as exc:
            outcomes.append(exc)
            continue
        cached = _cached_facts(entry)
        if cached is None:
            todo.append((len(outcomes), path, data, entry))
        outcomes.append(cached)
    understood = _understand_all([(path, data, day, events) for _, path, data, _ in todo], progress)
    for (place, _, _, entry), outcome in zip(todo, understood, strict=True):
        outcomes[place] = outcome
        if entry is not None and isinstance(outcome, Facts):
            _store_facts(entry, outcome)
    facts = [o for o in outcomes if isinstance(o, Facts)]
    skipped = refused + [o for o in outcomes if isinstance(o, SourceError)]
    return facts, skipped


_PACKAGE = Path(__file__).resolve().parent
_CODE_SUFFIXES = (".py", ".csv", ".txt", ".json", ".yaml", ".toml")


@functools.cache
def code_digest() -> str:
    """A digest of briefgen's own source and data files (computed once per process): facts
    cached or briefs built by other code are never served as this code's. ``__version__`` alone
    does not change with every edit."""
    digest = hashlib.sha256(__version__.encode())
    files = sorted(p for p in _PACKAGE.rglob("*") if p.suffix in _CODE_SUFFIXES and p.is_file())
    for file in files:
        digest.update(b"\0" + file.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def _cache_entry(path: Path, day: dt.date, cache: Path | None, salt: str = "") -> tuple[bytes, Path | None]:
    """The source's bytes and the cache file its facts are kept in (None without a cache)."""
    data = read_source(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise SourceError(shown(path), f"cannot read the file ({exc.strerror or exc})") from None
    if cache is None:
        return data, None
    key = hashlib.sha256(
        "\0".join((code_digest(), shown(path), str(stat.st_mtime_ns), day.isoformat(), salt)).encode()
        + b"\0"
        + data
    ).hexdigest()
    return data, cache / f"{key}.pickle"


def _cached_facts(entry: Path | None) -> Facts | None:
    import pickle

    if entry is None:
        return None
    try:
        cached = pickle.loads(entry.read_bytes())
    except Exception:  # noqa: BLE001 - a missing or damaged cache entry is simply rebuilt
        return None
    return cached if isinstance(cached, Facts) else None


def _store_facts(entry: Path, facts: Facts) -> None:
    import pickle

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        # Renamed into place but not synced: a cache entry lost in a crash is only work to redo,
        # and a thousand fsyncs would cost more than the extraction they save.
        fd, tmp = tempfile.mkstemp(prefix=f".{entry.name}.", suffix=".tmp", dir=entry.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # the cache is an optimisation; a read-only cache folder must not fail a build


_Job = tuple[Path, bytes, dt.date, "EventLexicon | None"]
# What a worker sends back: the facts, or a failure as (path, problem, the traceback behind it),
# since a SourceError itself does not survive pickling.
_Outcome = Facts | tuple[str, str, str | None]


def _understand_job(job: _Job) -> _Outcome:
    """One source's facts, in a worker; a SourceError comes back as plain values."""
    path, data, day, lexicon = job
    try:
        return understand(load_article(path, data), day, lexicon)
    except SourceError as exc:
        cause = exc.__cause__
        if cause is None:
            return (exc.path, exc.problem, None)
        import traceback

        return (exc.path, exc.problem, "".join(traceback.format_exception(cause)))


class _WorkerTraceback(Exception):
    """The traceback of a failure in a worker process, as text (shown with ``--debug``)."""

    def __str__(self) -> str:
        return f"in a worker process:\n{self.args[0]}"


def _worker_start(parent: int) -> None:
    """Run first in every worker process: it dies with the build that started it.

    A pool's idle worker waits for work forever; were the build killed (by cron's timeout, by
    a person), the workers would be left behind holding its output pipes open. Linux can end
    them with their parent (``PR_SET_PDEATHSIG``); elsewhere they end when their pool does.
    """
    import sys

    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent was already gone before that took effect
        os._exit(1)
    import signal

    # Ctrl-C reaches the whole process group: the build itself stops its workers and says so.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _understand_all(jobs: list[_Job], progress: Progress | None = None) -> list[Facts | SourceError]:
    """Every job's facts or SourceError, in order; in worker processes when there are many."""
    workers = min(_workers(), len(jobs) // (POOL_THRESHOLD // 2) or 1)
    outcomes: list[_Outcome] | None = None
    if len(jobs) >= POOL_THRESHOLD and workers > 1:
        outcomes = _in_pool(jobs, workers, progress)
    if outcomes is None:
        outcomes = []
        for job in jobs:
            outcomes.append(_understand_job(job))
            if progress is not None:
                progress("understanding", len(outcomes), len(jobs))
    results: list[Facts | SourceError] = []
    for outcome in outcomes:
        if isinstance(outcome, Facts):
            results.append(outcome)
            continue
        path, problem, trace = outcome
        error = SourceError(path, problem)
        if trace is not None:
            error.__cause__ = _WorkerTraceback(trace)
        results.append(error)
    return results


def _in_pool(jobs: list[_Job], workers: int, progress: Progress | None = None) -> list[_Outcome] | None:
    """The jobs done by ``workers`` processes, in order; None when no pool can be had here."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from briefgen import extract  # noqa: F401 - imported once here, inherited by forked workers

    # fork: the workers start at once with everything already imported (where it exists).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, len(jobs) // (workers * 4))
    try:
        with ProcessPoolExecutor(workers, context, _worker_start, (os.getpid(),)) as pool:
            done: list[_Outcome] = []
            try:
                for outcome in pool.map(_understand_job, jobs, chunksize=chunk):
                    done.append(outcome)
                    if progress is not None:
                        progress("understanding", len(done), len(jobs))
            except BaseException:
                _end_workers(pool)  # stopped (SIGTERM, Ctrl-C): not waiting for their chunks
                raise
            return done
    except (OSError, BrokenProcessPool):
        return None  # no processes to be had (a sandbox, a full process table): do it here


def _end_workers(pool: Any) -> None:
    """Kills a pool's worker processes, so leaving the pool does not wait for their work."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, AttributeError):
            process.kill()
    end_children()


def end_children() -> None:
    """Kills every process this one started and has not yet joined.

    A signal can arrive while a pool is starting its workers, after a worker was forked but
    before the pool recorded it; that worker waits for work forever, and at exit
    multiprocessing would wait for it in turn. Called when the build is stopped.
    """
    import multiprocessing

    for child in multiprocessing.active_children():
        with contextlib.suppress(OSError, AttributeError, ValueError):
            child.kill()


def output_stem(facts: list[Facts]) -> str:
    """``brief-2026-01-20`` for one day, ``brief-2026-01-16_2026-01-22`` for a range."""
    days = sorted(d for d in (event_day(f) for f in facts) if d)
    if not days:
        return "brief"
    if days[0] == days[-1]:
        return f"brief-{days[0].isoformat()}"
    return f"brief-{days[0].isoformat()}_{days[-1].isoformat()}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "x"


def variant(config: Config) -> str:
    """What sets a build apart from the default one of the same period, for its file names:
    ``.memo.sequential.annex.tag-film.match-kocca.en``; empty for the default build. So builds of one
    period with another template, layout, filter or language no longer overwrite each other."""
    parts: list[str] = []
    if config.template != "default":
        parts.append(_slug(Path(config.template).name or config.template))
    if config.layout != "parallel" and len(config.langs) > 1:  # one language has no layout
        parts.append(config.layout)
    if config.annex:
        parts.append("annex")
    if config.tags:
        parts.append("tag-" + "+".join(_slug(t) for t in config.tags))
    if config.match:
        parts.append("match-" + "+".join(_slug(m) for m in config.match))
    if len(config.langs) == 1:
        parts.append(config.langs[0])
    return "".join(f".{part}" for part in parts)


def _staged(path: Path, data: bytes) -> str:
    """``data`` in a synced temporary file beside ``path`` (``.NAME.XXXX.tmp``); its name."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place: never a torn file."""
    tmp = _staged(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _keep_previous(path: Path) -> str | None:
    """A second name for ``path``'s current file (a hard link, else a copy), to put it back; None if none."""
    if not os.path.lexists(path):
        return None
    import secrets
    import shutil

    kept = str(path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp"))
    try:
        os.link(path, kept, follow_symlinks=False)
    except OSError:  # no hard links here (or an immutable file): a copy serves as well
        shutil.copy2(path, kept, follow_symlinks=False)
    return kept


def write_together(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file or none: each is staged and synced first, then all are renamed into place.

    Should staging fail (a full disk) nothing is replaced; should a rename fail (an immutable or
    otherwise unreplaceable file), the ones already renamed are put back from the second name
    kept of each, so the previous DOCX and PDF stay a matching pair. Raises BriefgenError naming
    the file that could not be written.
    """
    staged: list[tuple[Path, str]] = []
    kept: dict[Path, str | None] = {}
    done: list[Path] = []
    current = files[0][0] if files else Path()
    try:
        try:
            for current, data in files:
                staged.append((current, _staged(current, data)))
            for current, _ in staged:
                kept[current] = _keep_previous(current)
            for current, tmp in staged:
                os.replace(tmp, current)
                done.append(current)
        except BaseException:
            for path in reversed(done):  # put every replaced file back as it was
                previous = kept.get(path)
                with contextlib.suppress(OSError):
                    if previous is None:
                        path.unlink()
                    else:
                        os.replace(previous, path)
            raise
        finally:
            for _, tmp in staged:
                with contextlib.suppress(OSError):
                    Path(tmp).unlink(missing_ok=True)
            for previous in kept.values():
                if previous is not None:
                    with contextlib.suppress(OSError):
                        Path(previous).unlink(missing_ok=True)
    except OSError as exc:
        raise BriefgenError(f"{current}: cannot write ({exc.strerror or exc})") from None


PARALLEL_RENDER_SOURCES = 8
"""From this many sources on, the DOCX is written in a second process while the PDF is written here."""


def render(brief: Brief, template: Template, options: RenderOptions, formats: Sequence[str]) -> list[Written]:
    """The bytes and warnings of each of ``formats``, in order, from the writers' registry.

    python-docx and reportlab each keep one core busy for most of a long brief's build, so with
    both formats, a long brief and a second CPU the DOCX is written in a forked process at the
    same time as the PDF. Should the other process fail for any reason, the DOCX is written here
    again, so an error is the writer's own, as it would be without the second process.
    """
    from briefgen.writers import WRITERS

    elsewhere = None
    if (
        "pdf" in formats
        and "docx" in formats
        and brief.source_count >= PARALLEL_RENDER_SOURCES
        and _workers() > 1
    ):
        elsewhere = _start_elsewhere(brief, template, options)
    try:
        done: dict[str, Written] = {}
        for fmt in formats:
            if fmt != "docx" or elsewhere is None:
                done[fmt] = WRITERS[fmt](brief, template, options)
        if elsewhere is not None:
            _, future = elsewhere
            try:
                done["docx"] = future.result()
            except Exception:  # noqa: BLE001 - written again here, where its error is the real one
                done["docx"] = WRITERS["docx"](brief, template, options)
    except BaseException:
        if elsewhere is not None:
            _end_workers(elsewhere[0])  # stopped (SIGTERM, Ctrl-C): not waiting for the DOCX elsewhere
        raise
    finally:
        if elsewhere is not None:
            elsewhere[0].shutdown(cancel_futures=True)
    return [done[fmt] for fmt in formats]


def _write_docx(brief: Brief, template: Template, options: RenderOptions) -> Written:
    from briefgen.writers import WRITERS

    return WRITERS["docx"](brief, template, options)


def _start_elsewhere(brief: Brief, template: Template, options: RenderOptions) -> tuple[Any, Any] | None:
    """A one-process pool writing the DOCX, and its future; None when no process can be had."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    try:
        pool = ProcessPoolExecutor(1, context, _worker_start, (os.getpid(),))
        return pool, pool.submit(_write_docx, brief, template, options)
    except (OSError, RuntimeError):
        return None


def period_of(config: Config, day: dt.date) -> Period | None:
    """The period a build covers, from ``--week``, ``--last-week`` or ``--since``/``--until``."""
    if config.week:
        return iso_week(config.week)
    if config.last_week:
        return last_week(day)
    if config.since or config.until:
        return between(config.since, config.until)
    return None


def describe(period: Period | None) -> str:
    if period is None:
        return "any period"
    first = "…" if period.first == dt.date.min else period.first.isoformat()
    last = "…" if period.last == dt.date.max else period.last.isoformat()
    return f"{period.name} ({first} to {last})" if "W" in period.name else f"{first} to {last}"


# --------------------------------------------------------------------------- translation

MEMORY_FILE = Path("translations") / "memory.tmx"
GLOSSARY_DIR = Path("glossary")
# The user's event lexicons (same columns as briefgen/data/…), found like the glossary: listed in
# [translation] (event_verbs, event_objects, step_words), else these files when present.
LEXICON_DIR = Path("lexicon")
LEXICON_KEYS = {
    "event_verbs": "event-verbs.csv",
    "event_objects": "event-objects.csv",
    "step_words": "step-words.csv",
}
_OWN_KEYS = ("memory", "glossary", "strict", *LEXICON_KEYS)


@dataclass
class Lexicons:
    """The event lexicons with the user's files, and a digest of those files for the facts cache."""

    lexicon: EventLexicon
    files: list[Path]
    digest: str


def lexicons_of(table: dict[str, Any]) -> Lexicons:
    """The event lexicons of a ``[translation]`` table: bundled, then the user's files over them."""
    from briefgen.lexicons import EventLexicon

    found: dict[str, list[Path]] = {}
    for key, name in LEXICON_KEYS.items():
        listed = table.get(key, [])
        if isinstance(listed, str):
            listed = [listed]
        if not isinstance(listed, list):
            raise BriefgenError(f"briefgen.toml: translation.{key} must be a list of CSV files")
        paths = [Path(str(p)) for p in listed]
        if not listed and (LEXICON_DIR / name).is_file():
            paths = [LEXICON_DIR / name]
        for path in paths:
            if not path.is_file():
                raise BriefgenError(f"{path}: lexicon file not found (translation.{key} in briefgen.toml)")
        found[key] = paths
    lexicon = EventLexicon.load(found["event_verbs"], found["event_objects"], found["step_words"])
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
    """The ``[translation]`` table of briefgen.toml, loaded: glossary files, memory, MT backend."""
    from briefgen.translate.glossary import Glossary
    from briefgen.translate.mt import make_backend

    table = config.extra.get("translation", {})
    if not isinstance(table, dict):
        raise BriefgenError("briefgen.toml: [translation] must be a table")
    memory_path = Path(str(table.get("memory", MEMORY_FILE)))
    listed = table.get("glossary", [])
    if isinstance(listed, str):
        listed = [listed]
    if not isinstance(listed, list):
        raise BriefgenError("briefgen.toml: translation.glossary must be a list of CSV files")
    files = [Path(str(p)) for p in listed]
    if not listed and GLOSSARY_DIR.is_dir():
        files = sorted(GLOSSARY_DIR.glob("*.csv"))
    for path in files:
        if not path.is_file():
            raise BriefgenError(f"{path}: glossary file not found (translation.glossary in briefgen.toml)")
    strict = table.get("strict", False)
    if not isinstance(strict, bool):
        raise BriefgenError("briefgen.toml: translation.strict must be true or false")
    backend = make_backend({k: v for k, v in table.items() if k not in _OWN_KEYS})
    return Translation(
        glossary=Glossary.load(files),
        memory=load_memory(memory_path),
        memory_path=memory_path,
        glossary_files=files,
        backend=backend,
        strict=strict or config.strict_translation,
        lexicons=lexicons_of(table),
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
    from filelock import FileLock, Timeout

    lock_path = path.with_name(path.name + ".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefgenError(
            f"{path.parent}: cannot create the memory's folder ({exc.strerror or exc})"
        ) from None
    lock = FileLock(str(lock_path))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise BriefgenError(
            f"{path}: another briefgen run is writing it (lock {lock_path}); gave up after {wait:g} s"
        ) from None
    except OSError as exc:
        raise BriefgenError(f"{lock_path}: cannot take the lock ({exc.strerror or exc})") from None
    try:
        yield
    finally:
        lock.release()


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


def choose(found: list[Facts], config: Config, period: Period | None) -> tuple[list[Facts], list[str]]:
    """The articles a brief holds: inside the period, matching the topics, one per story.

    Returns them with notes for the user (stories merged, articles filed by a fallback date);
    when none is left, the error says why.
    """
    selected = select(found, period, config.tags, config.match)
    if not selected.chosen:
        reasons = []
        if selected.outside_period:
            reasons.append(f"{selected.outside_period} outside {describe(period)}")
        if selected.filtered_out:
            reasons.append(f"{selected.filtered_out} not matching the topic filters")
        raise NothingToBrief(f"no article to brief: of {len(found)} read, " + " and ".join(reasons))
    facts: list[Facts] = []
    notes: list[str] = []
    for group in near_duplicates(selected.chosen):
        group[0].copies = group[1:]
        facts.append(group[0])
        if len(group) > 1:
            others = ", ".join(f.article.source for f in group[1:])
            notes.append(f"{group[0].article.source}: the same story as {others}; merged, all cited")
    for chosen in facts:
        when, basis = filing_day(chosen)
        if basis != "event date":
            notes.append(f"{chosen.article.source}: no event date found; filed under {when} by its {basis}")
    return facts, notes


def _brief_of(config: Config, translation: Translation, day: dt.date) -> Brief:
    """The brief a build would compose, for the translators' worklist."""
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
    from briefgen.translate.xliff import import_xliff

    translation = translation_of(config)
    try:
        data = read_regular(source)
    except OSError as exc:
        raise BriefgenError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    pairs = import_xliff(data, str(source))
    when = now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    by = translator or f"xliff:{source.name}"
    entries = [Entry(s, t, "human", by, when) for s, t in pairs]
    stored = update_memory(translation.memory_path, entries, config.wait)
    return stored, len(pairs) - stored


LOCK_FILE = ".briefgen.lock"
MANIFEST_FILE = "briefgen-manifest.json"
CACHE_DIR = ".briefgen-cache"


def prepare_out(out: Path) -> Path:
    """The output folder, created when missing; one clear error when it cannot be."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefgenError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None
    if not out.is_dir():
        raise BriefgenError(f"{out}: the output path is not a folder")
    return out


@contextlib.contextmanager
def output_lock(out: Path, wait: float) -> Iterator[None]:
    """Holds ``out/.briefgen.lock`` so two runs never write the same folder at once."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(out / LOCK_FILE))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise BriefgenError(
            f"{out}: another briefgen run is writing here (lock {out / LOCK_FILE}); gave up after {wait:g} s"
        ) from None
    except OSError as exc:
        raise BriefgenError(f"{out / LOCK_FILE}: cannot take the lock ({exc.strerror or exc})") from None
    try:
        yield
    finally:
        lock.release()


def remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed run left behind (only called while holding the lock)."""
    for leftover in out.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def file_digest(path: Path) -> str:
    try:
        with os.fdopen(open_regular(path), "rb") as handle:  # in chunks: a huge file must not fill memory
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    except SourceError as exc:  # a FIFO or device is never read, so never waited on
        return f"unreadable: {exc.problem}"


def template_digest(folder: Path) -> str:
    """One hash over every file of a template folder, so editing a template triggers a rebuild."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + file_digest(path).encode() + b"\0")
    return digest.hexdigest()


def build_key(config: Config, day: dt.date, period: Period | None) -> str:
    """What identifies "the same build": settings, period and day, not the inputs' contents."""
    settings = {
        "sources": [str(p) for p in config.sources],
        "langs": list(config.langs),
        "formats": list(config.formats),
        "layout": config.layout,
        "template": config.template,
        "prepared": day.isoformat(),
        "period": [period.first.isoformat(), period.last.isoformat()] if period else None,
        "tags": list(config.tags),
        "match": list(config.match),
        "strict_translation": config.strict_translation,
        "extra": config.extra,
    }
    if config.strict:  # only when set, so the keys of earlier builds stay valid
        settings["strict"] = True
    if config.annex:
        settings["annex"] = True
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:16]


def read_manifest(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"builds": {}}
    if not isinstance(data, dict) or not isinstance(data.get("builds"), dict):
        return {"builds": {}}
    return data


def is_up_to_date(entry: object, inputs: dict[str, str], template: str, out: Path) -> bool:
    """True when the recorded build had these inputs and template and its outputs are intact."""
    if not isinstance(entry, dict) or entry.get("version") != __version__:
        return False
    if entry.get("code") != code_digest():
        return False
    if entry.get("inputs") != inputs or entry.get("template") != template:
        return False
    outputs = entry.get("outputs")
    if not isinstance(outputs, dict) or not outputs:
        return False
    return all(file_digest(out / name) == digest for name, digest in outputs.items())


def build(config: Config, force: bool = False, progress: Progress | None = None) -> BuildResult:
    """Build the brief of ``config.sources`` into ``config.out``; returns what was written.

    Under a lock on the output folder; skipped when the manifest says nothing changed since
    the same build last ran (``force`` rebuilds anyway).
    """
    from briefgen.templates import load_template
    from briefgen.writers import formats_of

    config = replace(config, formats=formats_of(config.formats))  # every format when none is named
    template = load_template(config.template)  # a broken template fails before any work
    translation = translation_of(config)
    day = config.prepared or today()
    period = period_of(config, day)
    sources = discover(config.sources)
    if not sources and config.if_empty != "write":  # "write" goes on to write the empty brief
        empty = NothingToBrief("no articles found in " + ", ".join(str(p) for p in config.sources))
        if config.if_empty == "fail":
            raise empty
        return BuildResult(empty=empty.message)
    created = not config.out.exists()
    out = prepare_out(config.out)
    import shutil

    try:
        result = _build_locked(config, template, translation, day, period, sources, out, force, progress)
    except BriefgenError:
        if created:  # nothing was written: leave no empty output folder behind either
            shutil.rmtree(out, ignore_errors=True)
        raise
    if created and not result.written:  # --if-empty skip
        shutil.rmtree(out, ignore_errors=True)
    return result


def _build_locked(
    config: Config,
    template: Template,
    translation: Translation,
    day: dt.date,
    period: Period | None,
    sources: list[Path],
    out: Path,
    force: bool,
    progress: Progress | None = None,
) -> BuildResult:
    with output_lock(out, config.wait):
        remove_stale_temporaries(out)
        key = build_key(config, day, period)
        read = {shown(path): file_digest(path) for path in sources}
        inputs = {**read, **_translation_digests(translation)}
        template_hash = template_digest(Path(template.path))
        manifest = read_manifest(out)
        entry = manifest["builds"].get(key)
        if not force and is_up_to_date(entry, inputs, template_hash, out):
            assert isinstance(entry, dict)
            return BuildResult(up_to_date=[out / name for name in entry["outputs"]])
        carried = open_steps(manifest.get("steps"), day)
        result = _build_unlocked(config, template, translation, day, period, out, progress, carried)
        if not result.written:  # nothing to brief, skipped: nothing to record either
            return result
        manifest["steps"] = recorded_steps(manifest.get("steps"), result.brief, day)
        manifest["builds"][key] = {
            "version": __version__,
            "code": code_digest(),
            "inputs": {**read, **_translation_digests(translation)},  # the memory may have learnt MT
            "template": template_hash,
            "outputs": {path.name: file_digest(path) for path in result.written},
        }
        text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        try:
            write_atomic(out / MANIFEST_FILE, text.encode("utf-8"))
        except OSError as exc:
            raise BriefgenError(f"{out / MANIFEST_FILE}: cannot write ({exc.strerror or exc})") from None
        return result


def _translation_digests(translation: Translation) -> dict[str, str]:
    """Digests of the translation memory and the user glossaries, beside the sources' in the manifest."""
    return {
        f"translation:{extra}": file_digest(extra) if extra.exists() else "absent"
        for extra in [
            translation.memory_path,
            *translation.glossary_files,
            *(translation.lexicons.files if translation.lexicons else []),
        ]
    }


def _build_unlocked(
    config: Config,
    template: Template,
    translation: Translation,
    day: dt.date,
    period: Period | None,
    out: Path,
    progress: Progress | None = None,
    carried: Sequence[tuple[NextStep, str | None]] = (),
) -> BuildResult:
    found, skipped = collect(
        config.sources, day, cache=out / CACHE_DIR, progress=progress, lexicon=translation.lexicons
    )
    if config.strict and skipped:
        raise SkippedSources(
            f"{len(skipped)} of {len(found) + len(skipped)} source(s) skipped; --strict writes nothing",
            skipped,
        )
    result = BuildResult(skipped=skipped)
    if not found and skipped:
        raise SkippedSources(
            f"no article could be read ({len(skipped)} skipped): {skipped[0].message}", skipped
        )
    bounded = period is not None and period.first != dt.date.min and period.last != dt.date.max
    span = (period.first, period.last) if period and bounded else None
    facts: list[Facts] = []
    try:
        if not found:
            raise NothingToBrief("no articles found in " + ", ".join(str(p) for p in config.sources))
        facts, result.notes = choose(found, config, period)
        composed = make_brief(
            facts, day, period=span, glossary=translation.glossary, annex=config.annex, carried=carried
        )
    except NothingToBrief as empty:
        if config.if_empty == "fail":
            raise
        result.empty = empty.message
        if config.if_empty == "skip":
            return result
        composed = make_empty_brief(day, span)
    from briefgen.translate.fill import fill

    stage = "machine translation"  # a wait of up to the budget (a minute): the bar says so, with the time
    if progress is not None and translation.backend is not None:
        progress(stage, 0, 1)
    filled = fill(composed, translation.memory, translation.glossary, translation.backend, now(dt.UTC))
    if progress is not None and translation.backend is not None:
        progress(stage, 1, 1)
    brief = filled.brief
    result.brief = brief
    result.warnings = brief.warnings + filled.warnings
    if filled.new_entries:
        for entry in filled.new_entries:
            translation.memory.add(entry)
        update_memory(translation.memory_path, filled.new_entries, config.wait)
    missing = brief.english.get("missing", 0)
    if translation.strict and missing:
        why = f" ({'; '.join(filled.errors)})" if filled.errors else ""
        raise BriefgenError(
            f"{missing} English segment(s) have no translation{why}; --strict-translation writes nothing "
            "(export them with: briefgen translate export)"
        )
    template = numbered(template, config, out, day)
    options = RenderOptions(langs=config.langs, layout=config.layout)
    stem = (f"brief-{period.name}" if period else output_stem(facts) if facts else "brief-empty") + variant(
        config
    )
    if progress is not None:
        progress("writing " + " and ".join(f.upper() for f in config.formats), 0, 1)
    documents = render(brief, template, options, config.formats)
    if progress is not None:
        progress("writing " + " and ".join(f.upper() for f in config.formats), 1, 1)
    for document in documents:
        result.warnings += [w for w in document.warnings if w not in result.warnings]
    rendered = [(out / f"{stem}.{fmt}", doc.data) for fmt, doc in zip(config.formats, documents, strict=True)]
    for path, _ in rendered:
        if path.is_dir():
            raise BriefgenError(f"{path}: the output path is an existing folder")
    write_together(rendered)  # all documents or none: never a new DOCX beside the old PDF
    result.written.extend(path for path, _ in rendered)
    return result


CARRY_UNDATED_DAYS = 28
"""How long a step without a due date is carried over after the brief that first listed it."""


def open_steps(records: object, day: dt.date) -> list[tuple[NextStep, str | None]]:
    """The steps earlier builds of this output folder listed (the manifest's "steps") that are
    still open on ``day``: due on or after it, or undated and at most CARRY_UNDATED_DAYS old."""
    steps: list[tuple[NextStep, str | None]] = []
    if not isinstance(records, dict):
        return steps
    for action, record in records.items():
        try:
            first = dt.date.fromisoformat(record["first"])
            due = dt.date.fromisoformat(record["due"]) if record.get("due") else None
        except (KeyError, TypeError, ValueError):
            continue
        if first >= day:
            continue  # listed by this build's day or a later one: not an earlier brief's
        if (due is not None and due < day) or (due is None and (day - first).days > CARRY_UNDATED_DAYS):
            continue
        precision = record.get("due_precision")
        step = NextStep(str(action), record.get("actor"), due, 0, precision if due else None)
        steps.append((step, record.get("source")))
    return steps


def recorded_steps(records: object, brief: Brief | None, day: dt.date) -> dict[str, Any]:
    """The manifest's "steps" with this brief's new next steps added (the first day each was listed)."""
    kept: dict[str, Any] = dict(records) if isinstance(records, dict) else {}
    if brief is None:
        return kept
    for section in brief.sections:
        for block in section.blocks:
            if isinstance(block, StepItem) and not block.carried and block.action.id not in kept:
                kept[block.action.id] = {
                    "first": day.isoformat(),
                    "actor": block.actor,
                    "due": block.due_on.isoformat() if block.due_on else None,
                    "due_precision": block.due_precision,
                    "source": block.source,
                }
    return kept


MEMO_NUMBERS = "briefgen-memo-numbers.json"
"""The last {seq} of a document number given each year, kept in the output folder."""


def numbered(template: Template, config: Config, out: Path, day: dt.date) -> Template:
    """The template with briefgen.toml's ``[memo]`` over its own, and the ``{seq}`` of its number
    filled with the next number of the year (counted in the output folder's MEMO_NUMBERS)."""
    from briefgen.templates import memo_of

    memo = memo_of(config.extra.get("memo") or {}, template.memo)
    number = memo.number or template.number
    if "{seq}" in number:
        path = out / MEMO_NUMBERS
        try:
            counts = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            counts = {}
        if not isinstance(counts, dict):
            counts = {}
        last = counts.get(str(day.year), 0)
        seq = (last if isinstance(last, int) and not isinstance(last, bool) else 0) + 1
        counts[str(day.year)] = seq
        try:
            write_atomic(path, (json.dumps(counts, indent=2, sort_keys=True) + "\n").encode("utf-8"))
        except OSError as exc:
            raise BriefgenError(f"{path}: cannot write ({exc.strerror or exc})") from None
        number = number.replace("{seq}", str(seq))
    return replace(template, memo=memo, number=number)


# --------------------------------------------------------------------------- doctor


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def doctor(config: Config) -> list[Check]:
    """Checks the installation and the project: libraries, templates, fonts, output, translation."""
    import importlib

    checks: list[Check] = []
    for module in (
        "docx",
        "reportlab",
        "pypdf",
        "selectolax.lexbor",
        "babel",
        "filelock",
        "yaml",
    ):
        try:
            importlib.import_module(module)
            checks.append(Check(f"library {module}", True, "importable"))
        except Exception as exc:  # noqa: BLE001 - report, never crash
            checks.append(Check(f"library {module}", False, f"cannot be imported ({exc})"))

    from briefgen.templates import BUILTIN_TEMPLATES, find_template, list_templates, load_template

    names = list_templates()
    for name in names:
        try:
            template = load_template(name)
            fonts = [f for f in (template.font_regular, template.font_bold) if f]
            detail = "fonts: " + (", ".join(Path(f).name for f in fonts) if fonts else "built-in Vera")
            checks.append(Check(f"template {name}", True, f"{detail}; in {find_template(name).parent}"))
        except BriefgenError as exc:
            checks.append(Check(f"template {name}", False, exc.message))
    for name in BUILTIN_TEMPLATES:  # a wheel without its package data lists nothing at all
        if name not in names:
            checks.append(Check(f"template {name}", False, "not found: briefgen is installed without it"))
    hangul = [p for p in HANGUL_FONTS if Path(p).is_file()]
    checks.append(
        Check(
            "Hangul fallback font",
            bool(hangul),
            hangul[0]
            if hangul
            else "none found: Korean names are reported, not drawn (apt install fonts-nanum)",
        )
    )

    out = config.out
    try:
        probe = prepare_out(out) / f".briefgen-doctor-{os.getpid()}.tmp"
        write_atomic(probe, b"ok")
        probe.unlink()
        checks.append(Check("output folder", True, f"{out} is writable"))
    except (BriefgenError, OSError) as exc:
        checks.append(Check("output folder", False, str(exc)))

    sources = [p for p in config.sources if p.exists()]
    found = discover(sources) if sources else []
    checks.append(
        Check(
            "sources", bool(found), f"{len(found)} article file(s) in " + ", ".join(map(str, config.sources))
        )
    )

    try:
        translation = translation_of(config)
    except SourceError as exc:  # the memory (or a glossary) cannot be read: say how to get it back
        table = config.extra.get("translation", {})
        memory_path = Path(str(table.get("memory", MEMORY_FILE) if isinstance(table, dict) else MEMORY_FILE))
        name = "translation memory" if exc.path == str(memory_path) else "translation settings"
        checks.append(Check(name, False, exc.message))
        return checks
    except BriefgenError as exc:
        checks.append(Check("translation settings", False, exc.message))
        return checks
    checks.append(Check("glossary", True, f"{len(translation.glossary)} entries"))
    checks.append(
        Check("translation memory", True, f"{translation.memory_path}: {len(translation.memory)} entries")
    )
    if translation.backend is None:
        checks.append(Check("machine translation", True, "off"))
    else:
        from briefgen.translate.mt import MTError

        try:
            answer = translation.backend.translate(["Selamat pagi."])
            checks.append(
                Check("machine translation", True, f"{translation.backend.name} answered {answer[0]!r}")
            )
        except MTError as exc:
            checks.append(Check("machine translation", False, exc.message))
    return checks
