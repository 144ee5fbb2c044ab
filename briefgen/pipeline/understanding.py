"""Understanding sources: extraction per article, the facts cache, the process pool sharing the work."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen import __version__
from briefgen.errors import BriefgenError, SourceError
from briefgen.model import Article, Facts
from briefgen.pipeline.processes import end_workers, signals_held, worker_count, worker_start
from briefgen.pipeline.sources import (
    date_in_name,
    describe_failure,
    discover,
    file_stat,
    load_article,
    read_source,
    shown,
)

if TYPE_CHECKING:
    from briefgen.evaluation import Scores
    from briefgen.lexicons import EventLexicon
    from briefgen.pipeline.translation import Lexicons


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
        raise SourceError(article.source, f"cannot be understood ({describe_failure(exc)})") from exc


POOL_THRESHOLD = 32
"""With at least this many sources to understand (not in the cache), a process pool does it.

Below it, starting the workers costs more than the second core gains (~0.1 s for both)."""


CHUNK = 8
"""At most this many sources go to a worker at a time (each is ~10 ms of extraction)."""


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
    understood = _understand_all(
        [(path, data, day, events, entry) for _, path, data, entry in todo], progress
    )
    for (place, _, _, _), outcome in zip(todo, understood, strict=True):
        outcomes[place] = outcome
    facts = [o for o in outcomes if isinstance(o, Facts)]
    skipped = refused + [o for o in outcomes if isinstance(o, SourceError)]
    return facts, skipped


_PACKAGE = Path(__file__).resolve().parent.parent  # briefgen/, not briefgen/pipeline/
_CODE_SUFFIXES = (".py", ".csv", ".txt", ".json", ".yaml", ".toml")


def _code_files() -> list[Path]:
    """briefgen's own source and data files, sorted."""
    return sorted(p for p in _PACKAGE.rglob("*") if p.suffix in _CODE_SUFFIXES and p.is_file())


@functools.cache
def code_digest() -> str:
    """A digest of briefgen's own source and data files (computed once per process): facts
    cached or briefs built by other code are never served as this code's. ``__version__`` alone
    does not change with every edit."""
    digest = hashlib.sha256(__version__.encode())
    for file in _code_files():
        digest.update(b"\0" + file.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def code_stats() -> list[list[Any]] | None:
    """The name and :func:`~.sources.file_stat` of each of briefgen's files: the same list as
    a build recorded means the same code (without reading it); None when any stat is not to be
    trusted (a file just edited)."""
    stats: list[list[Any]] = []
    for file in _code_files():
        seen = file_stat(file)
        if seen is None:
            return None
        stats.append([file.relative_to(_PACKAGE).as_posix(), *seen])
    return stats


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


_Job = tuple[Path, bytes, dt.date, "EventLexicon | None", Path | None]  # ..., the facts cache entry
# What a worker sends back: the facts, or a failure as (path, problem, the traceback behind it),
# since a SourceError itself does not survive pickling.
_Outcome = Facts | tuple[str, str, str | None]


def _understand_job(job: _Job) -> _Outcome:
    """One source's facts, in a worker, kept in the cache there; a SourceError comes back as plain values."""
    path, data, day, lexicon, entry = job
    try:
        facts = understand(load_article(path, data), day, lexicon)
    except SourceError as exc:
        cause = exc.__cause__
        if cause is None:
            return (exc.path, exc.problem, None)
        import traceback

        return (exc.path, exc.problem, "".join(traceback.format_exception(cause)))
    if entry is not None:  # by the worker, beside the others' work, not by the parent after them all
        _store_facts(entry, facts)
    return facts


class _WorkerTraceback(Exception):
    """The traceback of a failure in a worker process, as text (shown with ``--debug``)."""

    def __str__(self) -> str:
        return f"in a worker process:\n{self.args[0]}"


def _understand_all(jobs: list[_Job], progress: Progress | None = None) -> list[Facts | SourceError]:
    """Every job's facts or SourceError, in order; in worker processes when there are many."""
    workers = min(worker_count(), len(jobs) // (POOL_THRESHOLD // 2) or 1)
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
    # Small chunks, so both workers finish together: a chunk of a thousand articles' quarter took
    # ~1 s, one worker alone on the last of them while the other core idled.
    chunk = max(1, min(CHUNK, len(jobs) // (workers * 4)))
    try:
        # Not `with`: leaving that block joins the pool's manager thread, and a stop can leave that
        # thread waiting for ever (the signal's exception, raised the instant after the main thread
        # took a future's lock and before anything could give it back, keeps the lock the manager
        # thread needs to hand over the next result). A stopped build kills the workers and goes
        # without waiting; only a finished one waits for the pool to wind down.
        pool = ProcessPoolExecutor(workers, context, worker_start, (os.getpid(),))
        done: list[_Outcome] = []
        try:
            with signals_held():  # map submits every chunk now: the workers are forked here
                outcomes = pool.map(_understand_job, jobs, chunksize=chunk)
            for outcome in outcomes:
                done.append(outcome)
                if progress is not None:
                    progress("understanding", len(done), len(jobs))
        except BaseException:
            end_workers(pool)  # stopped (SIGTERM, Ctrl-C): not waiting for their chunks
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return done
    except (OSError, BrokenProcessPool):
        return None  # no processes to be had (a sandbox, a full process table): do it here
