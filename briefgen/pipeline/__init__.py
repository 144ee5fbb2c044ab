"""The only place that touches sources and outputs: discover → read → extract → compose → write.

One module per job: :mod:`.sources` finds and reads source files, :mod:`.understanding` extracts
their facts (cache, process pool), :mod:`.selection` chooses the articles of a brief,
:mod:`.translation` loads the ``[translation]`` settings, the memory and the worklists,
:mod:`.outputs` writes the output folder (lock, atomic writes, manifest), :mod:`.checkup` is
``briefgen doctor``; the orchestrator that calls them, :func:`build`, is here. What the command line
and the tests use is re-exported here; a test that patches a name patches it in the module
that uses it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen import __version__
from briefgen.config import Config
from briefgen.errors import BriefgenError, NothingToBrief, SkippedSources, SourceError
from briefgen.model import Brief, Facts, NextStep, RenderOptions, Template
from briefgen.pipeline.clock import now, today
from briefgen.pipeline.outputs import (
    CACHE_DIR,
    MEMO_NUMBERS,
    Digests,
    file_digest,
    is_up_to_date,
    numbered,
    open_steps,
    output_lock,
    output_stem,
    prepare_out,
    read_manifest,
    recorded_steps,
    remove_stale_temporaries,
    template_digest,
    variant,
    write_atomic,
    write_manifest,
    write_together,
)
from briefgen.pipeline.processes import end_children
from briefgen.pipeline.rendering import WriterProcess, render, writer_processes
from briefgen.pipeline.selection import choose, describe, period_of
from briefgen.pipeline.sources import (
    MANIFEST_FILE,
    MAX_SOURCE_MB,
    date_in_name,
    discover,
    load_article,
    read_regular,
    read_source,
    shown,
)
from briefgen.pipeline.translation import (
    Translation,
    export_worklist,
    import_worklist,
    lexicons_of,
    load_memory,
    save_memory,
    translation_inputs,
    translation_of,
    update_memory,
)
from briefgen.pipeline.understanding import (
    POOL_THRESHOLD,
    Progress,
    code_digest,
    code_stats,
    collect,
    evaluate,
    understand,
)
from briefgen.pipeline.watch import Say, TranslationWatch
from briefgen.select import Period

if TYPE_CHECKING:
    from briefgen.pipeline.checkup import Check, doctor


def __getattr__(name: str) -> Any:
    """``doctor`` and ``Check``, imported when first asked for (a build never needs them)."""
    if name in ("Check", "doctor"):
        from briefgen.pipeline import checkup

        return getattr(checkup, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MANIFEST_FILE",
    "MAX_SOURCE_MB",
    "MEMO_NUMBERS",
    "POOL_THRESHOLD",
    "BuildResult",
    "Check",
    "Progress",
    "Translation",
    "build",
    "build_key",
    "choose",
    "code_digest",
    "collect",
    "date_in_name",
    "describe",
    "discover",
    "doctor",
    "end_children",
    "evaluate",
    "export_worklist",
    "file_digest",
    "import_worklist",
    "lexicons_of",
    "load_article",
    "load_memory",
    "now",
    "numbered",
    "output_stem",
    "period_of",
    "read_regular",
    "read_source",
    "render",
    "save_memory",
    "shown",
    "today",
    "translation_inputs",
    "translation_of",
    "understand",
    "update_memory",
    "variant",
    "write_atomic",
    "write_together",
]


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    brief: Brief | None = None
    up_to_date: list[Path] = field(default_factory=list)  # outputs left alone because nothing changed
    empty: str | None = None  # why there was nothing to brief (--if-empty skip or write)


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


def build(
    config: Config, force: bool = False, progress: Progress | None = None, say: Say | None = None
) -> BuildResult:
    """Build the brief of ``config.sources`` into ``config.out``; returns what was written.

    ``progress`` hears (stage, done, total) for a progress bar; ``say`` gets the lines that
    tell a run without a terminal how machine translation goes (see :mod:`.watch`).

    Under a lock on the output folder; skipped when the manifest says nothing changed since
    the same build last ran (``force`` rebuilds anyway).
    """
    from briefgen.writers import formats_of

    config = replace(config, formats=formats_of(config.formats))  # every format when none is named
    if not force:
        unchanged = _unchanged(config)
        if unchanged is not None:
            return BuildResult(up_to_date=unchanged)
    from briefgen.templates import load_template

    template = load_template(config.template)  # a broken template fails before any work
    translation = translation_of(config)
    day = config.prepared or today()
    period = period_of(config, day)  # a bad --week fails before any work too
    sources = discover(config.sources)
    if not sources and config.if_empty != "write":  # "write" goes on to write the empty brief
        empty = NothingToBrief("no articles found in " + ", ".join(str(p) for p in config.sources))
        if config.if_empty == "fail":
            raise empty
        return BuildResult(empty=empty.message)
    created = not config.out.exists()
    run = _Run(config, template, translation, day, period, prepare_out(config.out), progress, say)
    import shutil

    try:
        result = _build_locked(run, sources, force)
    except BriefgenError:
        if created:  # nothing was written: leave no empty output folder behind either
            shutil.rmtree(run.out, ignore_errors=True)
        raise
    if created and not result.written:  # --if-empty skip
        shutil.rmtree(run.out, ignore_errors=True)
    return result


def _unchanged(config: Config) -> list[Path] | None:
    """The outputs of the same build when nothing changed since it last succeeded; else None.

    Checked before the template, the glossary and the memory are loaded and before compose,
    translation or any writer is imported, so an unchanged rerun costs little more than hashing
    its inputs. Anything else (no manifest yet, a setting that fails, machine translation on) is
    left to the full build, which reports it as it always has; it checks again under the lock.
    """
    from briefgen.templates import find_template

    if config.translation.machine or not (config.out / MANIFEST_FILE).is_file():
        return None
    try:
        day = config.prepared or today()
        period = period_of(config, day)
        folder = find_template(config.template).resolve()
        extra = translation_inputs(config.translation)
        sources = discover(config.sources)
    except BriefgenError:
        return None
    if not sources:
        return None
    with output_lock(config.out, config.wait):
        remove_stale_temporaries(config.out)
        entry = read_manifest(config.out)["builds"].get(build_key(config, day, period))
        digests = Digests(entry.get("stats") if isinstance(entry, dict) else None)
        inputs = {**_source_digests(sources, digests), **_translation_digests(extra, digests)}
        if is_up_to_date(entry, inputs, template_digest(folder), config.out, code_stats()):
            assert isinstance(entry, dict)
            return [config.out / name for name in entry["outputs"]]
    return None


@dataclass(frozen=True)
class _Run:
    """What every step of one build reads: the settings and what was loaded from them."""

    config: Config
    template: Template
    translation: Translation
    day: dt.date
    period: Period | None
    out: Path
    progress: Progress | None = None
    say: Say | None = None


def _build_locked(run: _Run, sources: list[Path], force: bool) -> BuildResult:
    """The build under the output folder's lock: nothing when up to date, else built and recorded."""
    out = run.out
    with output_lock(out, run.config.wait):
        remove_stale_temporaries(out)
        key = build_key(run.config, run.day, run.period)
        manifest = read_manifest(out)
        entry = manifest["builds"].get(key)
        digests = Digests(entry.get("stats") if isinstance(entry, dict) else None)
        read = _source_digests(sources, digests)
        inputs = {**read, **_translation_digests(_inputs_of(run.translation), digests)}
        template_hash = template_digest(Path(run.template.path))
        code = code_stats()  # taken once, before the code is read, as the sources' stats are
        if not force and is_up_to_date(entry, inputs, template_hash, out, code):
            assert isinstance(entry, dict)
            return BuildResult(up_to_date=[out / name for name in entry["outputs"]])
        code_hash = code_digest()  # the code as it is before the build, recorded with its stats
        # The DOCX and PDF writers load in processes of their own while the sources are understood.
        with writer_processes(run.config.formats, run.template, len(sources)) as writers:
            result = _build_unlocked(run, open_steps(manifest.get("steps"), run.day), writers)
        if not result.written:  # nothing to brief, skipped: nothing to record either
            return result
        manifest["steps"] = recorded_steps(manifest.get("steps"), result.brief, run.day)
        manifest["builds"][key] = {
            "version": __version__,
            "code": code_hash,
            "code_stats": code,
            # read again: the memory may have learnt machine translations
            "inputs": {**read, **_translation_digests(_inputs_of(run.translation), digests)},
            "stats": digests.stats,  # so the next check need not read the files whose stat is the same
            "template": template_hash,
            "outputs": {path.name: file_digest(path) for path in result.written},
        }
        write_manifest(out, manifest)
        return result


def _inputs_of(translation: Translation) -> list[Path]:
    """The memory, glossary and lexicon files of loaded settings (as :func:`translation_inputs`)."""
    lexicons = translation.lexicons.files if translation.lexicons else []
    return [translation.memory_path, *translation.glossary_files, *lexicons]


def _source_digests(sources: Sequence[Path], digests: Digests) -> dict[str, str]:
    return {shown(path): digests.of(shown(path), path) for path in sources}


def _translation_digests(files: Sequence[Path], digests: Digests) -> dict[str, str]:
    """Digests of the memory, the user's glossaries and lexicons, beside the sources' in the manifest."""
    return {
        f"translation:{extra}": digests.of(f"translation:{extra}", extra) if extra.exists() else "absent"
        for extra in files
    }


def _build_unlocked(
    run: _Run, carried: Sequence[tuple[NextStep, str | None]] = (), writers: Sequence[WriterProcess] = ()
) -> BuildResult:
    """Understand, choose, compose, translate and write (in ``writers`` where given): one build's steps."""
    found, skipped = _understood(run)
    result = BuildResult(skipped=skipped)
    composed = _composed(run, found, carried, result)
    if composed is None:  # nothing to brief, and --if-empty skip
        return result
    brief, facts = composed
    brief = _translated(run, brief, result)
    _written(run, brief, facts, result, writers)
    return result


def _understood(run: _Run) -> tuple[list[Facts], list[SourceError]]:
    """The facts of every readable source (through the output folder's cache) and the sources skipped.

    Fails, writing nothing, when ``--strict`` and any source was skipped, or when none could be read.
    """
    config, translation = run.config, run.translation
    found, skipped = collect(
        config.sources,
        run.day,
        cache=run.out / CACHE_DIR,
        progress=run.progress,
        lexicon=translation.lexicons,
    )
    if config.strict and skipped:
        raise SkippedSources(
            f"{len(skipped)} of {len(found) + len(skipped)} source(s) skipped; --strict writes nothing",
            skipped,
        )
    if not found and skipped:
        raise SkippedSources(
            f"no article could be read ({len(skipped)} skipped): {skipped[0].message}", skipped
        )
    return found, skipped


def _composed(
    run: _Run, found: list[Facts], carried: Sequence[tuple[NextStep, str | None]], result: BuildResult
) -> tuple[Brief, list[Facts]] | None:
    """The composed brief and the articles it holds; with nothing to brief, what ``--if-empty`` asks:
    the error (``fail``), None (``skip``) or the one-page empty brief (``write``)."""
    config, period = run.config, run.period
    bounded = period is not None and period.first != dt.date.min and period.last != dt.date.max
    span = (period.first, period.last) if period and bounded else None
    from briefgen.compose import make_brief, make_empty_brief

    try:
        if not found:
            raise NothingToBrief("no articles found in " + ", ".join(str(p) for p in config.sources))
        facts, result.notes = choose(found, config, period)
        brief = make_brief(
            facts,
            run.day,
            period=span,
            glossary=run.translation.glossary,
            annex=config.annex,
            carried=carried,
        )
    except NothingToBrief as empty:
        if config.if_empty == "fail":
            raise
        result.empty = empty.message
        if config.if_empty == "skip":
            return None
        return make_empty_brief(run.day, span), []
    return brief, facts


def _translated(run: _Run, composed: Brief, result: BuildResult) -> Brief:
    """The brief with its English filled in the order of trust; what MT added is kept in the memory.

    Fails, writing nothing, when strict translation is asked for and English is still missing.
    """
    from briefgen.translate.fill import fill

    translation = run.translation
    backend = translation.backend
    # A wait of up to the budget (a minute): one report, the segments sent so far, to the bar in
    # a terminal and as lines (start, every ten seconds, outcome) to ``run.say`` for cron.
    server, budget = (backend.name, getattr(backend, "budget", None)) if backend else ("", None)
    with TranslationWatch(server, budget, run.say if backend else None, run.progress) as watch:
        filled = fill(composed, translation.memory, translation.glossary, backend, now(dt.UTC), watch)
        watch.finish(len(filled.new_entries), "; ".join(filled.errors) or None)
    brief = filled.brief
    result.brief = brief
    result.warnings = brief.warnings + filled.warnings
    if filled.new_entries:
        for entry in filled.new_entries:
            translation.memory.add(entry)
        update_memory(translation.memory_path, filled.new_entries, run.config.wait)
    missing = brief.english.get("missing", 0)
    if translation.strict and missing:
        why = f" ({'; '.join(filled.errors)})" if filled.errors else ""
        raise BriefgenError(
            f"{missing} English segment(s) have no translation{why}; --strict-translation writes nothing "
            "(export them with: briefgen translate export)"
        )
    return brief


def _written(
    run: _Run, brief: Brief, facts: list[Facts], result: BuildResult, writers: Sequence[WriterProcess] = ()
) -> None:
    """Every asked-for format of ``brief`` rendered and written together into the output folder."""
    config, period, out = run.config, run.period, run.out
    template = numbered(run.template, config, out, run.day)
    options = RenderOptions(langs=config.langs, layout=config.layout)
    stem = f"brief-{period.name}" if period else output_stem(facts) if facts else "brief-empty"
    stage = "writing " + " and ".join(f.upper() for f in config.formats)
    if run.progress is not None:
        run.progress(stage, 0, 1)
    documents = render(brief, template, options, config.formats, writers)
    if run.progress is not None:
        run.progress(stage, 1, 1)
    for document in documents:
        result.warnings += [w for w in document.warnings if w not in result.warnings]
    rendered = [
        (out / f"{stem}{variant(config)}.{fmt}", doc.data)
        for fmt, doc in zip(config.formats, documents, strict=True)
    ]
    for path, _ in rendered:
        if path.is_dir():
            raise BriefgenError(f"{path}: the output path is an existing folder")
    write_together(rendered)  # all documents or none: never a new DOCX beside the old PDF
    result.written.extend(path for path, _ in rendered)
