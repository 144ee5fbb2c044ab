"""The only place that touches sources and outputs: discover → read → extract → compose → write."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen import __version__
from briefgen.compose import event_day, make_brief
from briefgen.config import Config
from briefgen.errors import BriefgenError, SourceError
from briefgen.model import Article, Brief, Facts, RenderOptions, Template
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

if TYPE_CHECKING:
    from briefgen.evaluation import Scores
    from briefgen.translate.glossary import Glossary
    from briefgen.translate.memory import Memory
    from briefgen.translate.mt import Backend

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    brief: Brief | None = None
    up_to_date: list[Path] = field(default_factory=list)  # outputs left alone because nothing changed


def today() -> dt.date:
    """Today in Jakarta, or the day ``SOURCE_DATE_EPOCH`` names, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=JAKARTA).date()
        except (ValueError, OverflowError, OSError):
            raise BriefgenError(f"SOURCE_DATE_EPOCH must be a Unix time in seconds (got '{epoch}')") from None
    return dt.datetime.now(JAKARTA).date()


def discover(paths: Iterable[Path]) -> list[Path]:
    """Source files named directly, plus the supported files inside named folders, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise BriefgenError(f"{path}: not a regular file or folder")
        else:
            raise BriefgenError(f"{path}: no such file or folder")
    unique: list[Path] = []
    for p in found:
        if p not in unique:
            unique.append(p)
    return unique


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(source, "not valid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise SourceError(source, "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Scraped pages saved on Windows are the usual non-UTF-8 case.
        return data.decode("cp1252", errors="replace")


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
    from briefgen.readers import read_article

    source = str(path)
    try:
        if data is None:
            data = path.read_bytes()
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise SourceError(source, f"cannot read the file ({exc.strerror or exc})") from None
    article = read_article(decode(data, source), source, path.suffix.lower())
    if article.file_date is None:
        article.file_date = date_in_name(path.name) or dt.date.fromtimestamp(mtime)
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


def understand(article: Article, day: dt.date) -> Facts:
    from briefgen.extract import extract

    return extract(article, today=day)


def collect(
    paths: Iterable[Path], day: dt.date, cache: Path | None = None
) -> tuple[list[Facts], list[SourceError]]:
    """Read and understand every source; a bad source is set aside, not fatal.

    With ``cache`` (a folder), understood articles are kept by content hash, so an unchanged
    source is not understood again.
    """
    facts: list[Facts] = []
    skipped: list[SourceError] = []
    for path in discover(paths):
        try:
            facts.append(_understand_cached(path, day, cache))
        except SourceError as exc:
            skipped.append(exc)
    return facts, skipped


def _understand_cached(path: Path, day: dt.date, cache: Path | None) -> Facts:
    import pickle

    try:
        data = path.read_bytes()
        stat = path.stat()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
    entry: Path | None = None
    if cache is not None:
        key = hashlib.sha256(
            "\0".join((__version__, str(path), str(stat.st_mtime_ns), day.isoformat())).encode()
            + b"\0"
            + data
        ).hexdigest()
        entry = cache / f"{key}.pickle"
        try:
            cached = pickle.loads(entry.read_bytes())
            if isinstance(cached, Facts):
                return cached
        except Exception:  # noqa: BLE001 - a missing or damaged cache entry is simply rebuilt
            pass
    facts = understand(load_article(path, data), day)
    if entry is not None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(entry, pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # the cache is an optimisation; a read-only cache folder must not fail a build
    return facts


def output_stem(facts: list[Facts]) -> str:
    """``brief-2026-01-20`` for one day, ``brief-2026-01-16_2026-01-22`` for a range."""
    days = sorted(d for d in (event_day(f) for f in facts) if d)
    if not days:
        return "brief"
    if days[0] == days[-1]:
        return f"brief-{days[0].isoformat()}"
    return f"brief-{days[0].isoformat()}_{days[-1].isoformat()}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place: never a torn file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


Writer = Callable[[Brief, Template, RenderOptions], bytes]


def writer_for(fmt: str) -> Writer:
    """The writer of a format, imported only when it is needed (python-docx and reportlab are slow)."""
    if fmt == "docx":
        from briefgen.writers.docx import write_docx

        return write_docx
    from briefgen.writers.pdf import write_pdf

    return write_pdf


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
_OWN_KEYS = ("memory", "glossary", "strict")


@dataclass
class Translation:
    """What the English side needs: the glossary, the memory and where it lives, an MT backend."""

    glossary: Glossary
    memory: Memory
    memory_path: Path
    glossary_files: list[Path]
    backend: Backend | None
    strict: bool


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
    )


def load_memory(path: Path) -> Memory:
    """The translation memory in the TMX file ``path``; empty when there is none yet."""
    from briefgen.translate.memory import Memory

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Memory()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
    return Memory.from_tmx(data, str(path))


def save_memory(memory: Memory, path: Path) -> None:
    """Writes the memory atomically, creating its folder: a killed run leaves the old file whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, memory.to_tmx())
    except OSError as exc:
        raise BriefgenError(f"{path}: cannot write ({exc.strerror or exc})") from None


def now_utc() -> dt.datetime:
    """Now, or the moment ``SOURCE_DATE_EPOCH`` names (for reproducible memory files)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC)


def _brief_of(config: Config, translation: Translation, day: dt.date) -> tuple[Brief, list[SourceError]]:
    period = period_of(config, day)
    found, skipped = collect(config.sources, day)
    if not found:
        raise BriefgenError("no article could be read" + (f": {skipped[0].message}" if skipped else ""))
    chosen = select(found, period, config.tags, config.match).chosen
    if not chosen:
        raise BriefgenError("no article to translate in the selected period and topics")
    return make_brief(chosen, day, glossary=translation.glossary), skipped


def export_worklist(config: Config, dest: Path) -> int:
    """Writes the segments still without human English as XLIFF 1.2 (or PO by suffix); returns the count."""
    from briefgen.translate.fill import segments
    from briefgen.translate.memory import segment_key
    from briefgen.translate.xliff import Unit, export_po, export_xliff

    translation = translation_of(config)
    day = config.prepared or today()
    brief, _ = _brief_of(config, translation, day)
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
        data = source.read_bytes()
    except OSError as exc:
        raise BriefgenError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    pairs = import_xliff(data, str(source))
    when = now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")
    by = translator or f"xliff:{source.name}"
    stored = sum(translation.memory.add(Entry(s, t, "human", by, when)) for s, t in pairs)
    if stored:
        save_memory(translation.memory, translation.memory_path)
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
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"


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
    if entry.get("inputs") != inputs or entry.get("template") != template:
        return False
    outputs = entry.get("outputs")
    if not isinstance(outputs, dict) or not outputs:
        return False
    return all(file_digest(out / name) == digest for name, digest in outputs.items())


def build(config: Config, force: bool = False) -> BuildResult:
    """Build the brief of ``config.sources`` into ``config.out``; returns what was written.

    Under a lock on the output folder; skipped when the manifest says nothing changed since
    the same build last ran (``force`` rebuilds anyway).
    """
    from briefgen.templates import load_template

    template = load_template(config.template)  # a broken template fails before any work
    translation = translation_of(config)
    day = config.prepared or today()
    period = period_of(config, day)
    sources = discover(config.sources)
    if not sources:
        raise BriefgenError("no articles found in " + ", ".join(str(p) for p in config.sources))
    created = not config.out.exists()
    out = prepare_out(config.out)
    try:
        return _build_locked(config, template, translation, day, period, sources, out, force)
    except BriefgenError:
        if created:  # nothing was written: leave no empty output folder behind either
            import shutil

            shutil.rmtree(out, ignore_errors=True)
        raise


def _build_locked(
    config: Config,
    template: Template,
    translation: Translation,
    day: dt.date,
    period: Period | None,
    sources: list[Path],
    out: Path,
    force: bool,
) -> BuildResult:
    with output_lock(out, config.wait):
        remove_stale_temporaries(out)
        key = build_key(config, day, period)
        inputs = _inputs(sources, translation)
        template_hash = template_digest(Path(template.path))
        manifest = read_manifest(out)
        entry = manifest["builds"].get(key)
        if not force and is_up_to_date(entry, inputs, template_hash, out):
            assert isinstance(entry, dict)
            return BuildResult(up_to_date=[out / name for name in entry["outputs"]])
        result = _build_unlocked(config, template, translation, day, period, out)
        manifest["builds"][key] = {
            "version": __version__,
            "inputs": _inputs(sources, translation),  # the memory may have learnt machine English
            "template": template_hash,
            "outputs": {path.name: file_digest(path) for path in result.written},
        }
        text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        try:
            write_atomic(out / MANIFEST_FILE, text.encode("utf-8"))
        except OSError as exc:
            raise BriefgenError(f"{out / MANIFEST_FILE}: cannot write ({exc.strerror or exc})") from None
        return result


def _inputs(sources: list[Path], translation: Translation) -> dict[str, str]:
    """Digests of everything read: sources, the translation memory and user glossaries."""
    inputs = {str(path): file_digest(path) for path in sources}
    for extra in [translation.memory_path, *translation.glossary_files]:
        inputs[f"translation:{extra}"] = file_digest(extra) if extra.exists() else "absent"
    return inputs


def _build_unlocked(
    config: Config,
    template: Template,
    translation: Translation,
    day: dt.date,
    period: Period | None,
    out: Path,
) -> BuildResult:
    found, skipped = collect(config.sources, day, cache=out / CACHE_DIR)
    result = BuildResult(skipped=skipped)
    if not found:
        raise BriefgenError(f"no article could be read ({len(skipped)} skipped): {skipped[0].message}")
    selected = select(found, period, config.tags, config.match)
    facts = selected.chosen
    if not facts:
        reasons = []
        if selected.outside_period:
            reasons.append(f"{selected.outside_period} outside {describe(period)}")
        if selected.filtered_out:
            reasons.append(f"{selected.filtered_out} not matching the topic filters")
        raise BriefgenError(f"no article to brief: of {len(found)} read, " + " and ".join(reasons))
    facts = []
    for group in near_duplicates(selected.chosen):
        group[0].copies = group[1:]
        facts.append(group[0])
        if len(group) > 1:
            others = ", ".join(f.article.source for f in group[1:])
            result.notes.append(f"{group[0].article.source}: the same story as {others}; merged, all cited")
    for chosen in facts:
        when, basis = filing_day(chosen)
        if basis != "event date":
            result.notes.append(
                f"{chosen.article.source}: no event date found; filed under {when} by its {basis}"
            )

    bounded = period is not None and period.first != dt.date.min and period.last != dt.date.max
    composed = make_brief(
        facts,
        day,
        period=(period.first, period.last) if period and bounded else None,
        glossary=translation.glossary,
    )
    from briefgen.translate.fill import fill

    filled = fill(composed, translation.memory, translation.glossary, translation.backend, now_utc())
    brief = filled.brief
    result.brief = brief
    result.warnings = brief.warnings + filled.warnings
    if filled.new_entries:
        for entry in filled.new_entries:
            translation.memory.add(entry)
        save_memory(translation.memory, translation.memory_path)
    missing = brief.english.get("missing", 0)
    if translation.strict and missing:
        raise BriefgenError(
            f"{missing} English segment(s) have no translation; --strict-translation writes nothing "
            "(export them with: briefgen translate export)"
        )
    options = RenderOptions(langs=config.langs, layout=config.layout)
    stem = f"brief-{period.name}" if period else output_stem(facts)
    if len(config.langs) == 1:
        stem += f".{config.langs[0]}"
    rendered = [(out / f"{stem}.{fmt}", writer_for(fmt)(brief, template, options)) for fmt in config.formats]
    for path, _ in rendered:
        if path.is_dir():
            raise BriefgenError(f"{path}: the output path is an existing folder")
    for path, data in rendered:
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise BriefgenError(f"{path}: cannot write ({exc.strerror or exc})") from None
        result.written.append(path)
    return result


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
    for module in ("docx", "reportlab", "selectolax.lexbor", "dateparser", "babel", "filelock", "yaml"):
        try:
            importlib.import_module(module)
            checks.append(Check(f"library {module}", True, "importable"))
        except Exception as exc:  # noqa: BLE001 - report, never crash
            checks.append(Check(f"library {module}", False, f"cannot be imported ({exc})"))

    from briefgen.templates import list_templates, load_template

    for name in list_templates():
        try:
            template = load_template(name)
            fonts = [f for f in (template.font_regular, template.font_bold) if f]
            detail = "fonts: " + (", ".join(Path(f).name for f in fonts) if fonts else "built-in Vera")
            checks.append(Check(f"template {name}", True, detail))
        except BriefgenError as exc:
            checks.append(Check(f"template {name}", False, exc.message))
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


HANGUL_FONTS = (
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
)
