"""The only place that touches sources and outputs: discover → read → extract → compose → write."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.compose import event_day, make_brief
from briefgen.config import Config
from briefgen.errors import BriefgenError, SourceError
from briefgen.model import Article, Brief, Facts, RenderOptions, Template
from briefgen.select import JAKARTA, Period, between, filing_day, iso_week, last_week, select

if TYPE_CHECKING:
    from briefgen.evaluation import Scores

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    brief: Brief | None = None


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


def load_article(path: Path) -> Article:
    """Read one source file into an Article; every failure is a SourceError naming the file."""
    from briefgen.readers import read_article

    source = str(path)
    try:
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


def collect(paths: Iterable[Path], day: dt.date) -> tuple[list[Facts], list[SourceError]]:
    """Read and understand every source; a bad source is set aside, not fatal."""
    facts: list[Facts] = []
    skipped: list[SourceError] = []
    for path in discover(paths):
        try:
            facts.append(understand(load_article(path), day))
        except SourceError as exc:
            skipped.append(exc)
    return facts, skipped


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


def build(config: Config) -> BuildResult:
    """Build the brief of ``config.sources`` into ``config.out``; returns what was written."""
    from briefgen.templates import load_template

    template = load_template(config.template)  # a broken template fails before any work
    day = config.prepared or today()
    period = period_of(config, day)
    found, skipped = collect(config.sources, day)
    result = BuildResult(skipped=skipped)
    if not found:
        if skipped:
            raise BriefgenError(f"no article could be read ({len(skipped)} skipped): {skipped[0].message}")
        raise BriefgenError("no articles found in " + ", ".join(str(p) for p in config.sources))
    selected = select(found, period, config.tags, config.match)
    facts = selected.chosen
    if not facts:
        reasons = []
        if selected.outside_period:
            reasons.append(f"{selected.outside_period} outside {describe(period)}")
        if selected.filtered_out:
            reasons.append(f"{selected.filtered_out} not matching the topic filters")
        raise BriefgenError(f"no article to brief: of {len(found)} read, " + " and ".join(reasons))
    for chosen in facts:
        when, basis = filing_day(chosen)
        if basis != "event date":
            result.notes.append(
                f"{chosen.article.source}: no event date found; filed under {when} by its {basis}"
            )

    bounded = period is not None and period.first != dt.date.min and period.last != dt.date.max
    brief = make_brief(facts, day, period=(period.first, period.last) if period and bounded else None)
    result.brief = brief
    result.warnings = brief.warnings
    options = RenderOptions(langs=config.langs, layout=config.layout)
    stem = f"brief-{period.name}" if period else output_stem(facts)
    if len(config.langs) == 1:
        stem += f".{config.langs[0]}"
    rendered = [
        (config.out / f"{stem}.{fmt}", writer_for(fmt)(brief, template, options)) for fmt in config.formats
    ]

    try:
        config.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefgenError(
            f"{config.out}: cannot create the output folder ({exc.strerror or exc})"
        ) from None
    if not config.out.is_dir():
        raise BriefgenError(f"{config.out}: the output path is not a folder")
    for path, data in rendered:
        if path.is_dir():
            raise BriefgenError(f"{path}: the output path is an existing folder")
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise BriefgenError(f"{path}: cannot write ({exc.strerror or exc})") from None
        result.written.append(path)
    return result
