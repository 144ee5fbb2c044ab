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

from briefgen import __version__
from briefgen.compose import make_brief, make_empty_brief
from briefgen.config import Config
from briefgen.errors import BriefgenError, NothingToBrief, SkippedSources, SourceError
from briefgen.model import Brief, Facts, NextStep, RenderOptions, Template
from briefgen.pipeline.checkup import Check, doctor
from briefgen.pipeline.clock import now, today
from briefgen.pipeline.outputs import (
    CACHE_DIR,
    MEMO_NUMBERS,
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
    render,
    template_digest,
    variant,
    write_atomic,
    write_together,
)
from briefgen.pipeline.processes import end_children
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
    translation_of,
    update_memory,
)
from briefgen.pipeline.understanding import (
    POOL_THRESHOLD,
    Progress,
    code_digest,
    collect,
    evaluate,
    understand,
)
from briefgen.select import Period

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

    filled = fill(composed, translation.memory, translation.glossary, translation.backend, now(dt.UTC))
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
