"""Typed settings: defaults, then the project's ``briefgen.toml``, then command-line overrides."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from briefgen.errors import BriefgenError, UsageError
from briefgen.model import LANGS, MEMO_KEYS, Lang, Layout

IF_EMPTY = ("skip", "fail", "write")
LAYOUTS: tuple[Layout, ...] = ("parallel", "sequential")
CONFIG_FILE = "briefgen.toml"
MEMORY_FILE = Path("translations") / "memory.tmx"


@dataclass(frozen=True)
class TranslationSettings:
    """The ``[translation]`` table of briefgen.toml, parsed once (:attr:`Config.translation`).

    A field is None where the table leaves it out: then the backend's own default applies.
    """

    memory: Path = MEMORY_FILE
    """The TMX translation memory, read and updated by every build."""
    glossary: tuple[Path, ...] = ()
    """The user's glossary CSV files; empty: every ``glossary/*.csv`` when that folder exists."""
    strict: bool = False
    """Fail without writing when any English is missing (like ``--strict-translation``)."""
    event_verbs: tuple[Path, ...] = ()
    """The user's event-verb lexicons; empty: ``lexicon/event-verbs.csv`` when present."""
    event_objects: tuple[Path, ...] = ()
    """The user's event-object lexicons; empty: ``lexicon/event-objects.csv`` when present."""
    step_words: tuple[Path, ...] = ()
    """The user's next-step word lexicons; empty: ``lexicon/step-words.csv`` when present."""
    event_topics: tuple[Path, ...] = ()
    """The user's topic lexicons; empty: ``lexicon/event-topics.csv`` when present."""
    backend: str | None = None
    """The machine-translation backend by name (``libretranslate``, ``openai``, ``none``); None: off."""
    url: str | None = None
    """The backend's base address."""
    model: str | None = None
    """The model an OpenAI-compatible server is asked for."""
    api_key_env: str | None = None
    """The environment variable holding the API key (keys are never read from the settings)."""
    timeout: float | None = None
    """Seconds for one request in all."""
    retries: int | None = None
    """How often a failed request is tried again."""
    backoff: float | None = None
    """Seconds before the first retry (doubled for each further one)."""
    batch_size: int | None = None
    """Segments sent in one request."""
    budget: float | None = None
    """Seconds for the whole machine-translation stage of a build."""
    temperature: float | None = None
    """Sampling temperature for an OpenAI-compatible model."""
    machine: Mapping[str, object] = field(default_factory=dict)
    """The machine-translation keys as written (every key but memory, glossary, strict and the
    lexicons), unknown ones included: what ``translate.mt.make_backend`` checks per backend."""


OWN_TRANSLATION_KEYS = (
    "memory",
    "glossary",
    "strict",
    "event_verbs",
    "event_objects",
    "step_words",
    "event_topics",
)
"""The ``[translation]`` keys briefgen itself reads; every other key is the MT backend's."""


@dataclass(frozen=True)
class Config:
    """Everything a build needs to know besides the sources themselves."""

    sources: tuple[Path, ...] = (Path("sources"),)
    """Files or folders to read articles from."""
    out: Path = Path("out")
    """Folder the documents are written to (created when missing)."""
    langs: tuple[Lang, ...] = LANGS
    """Languages of the brief: both (parallel or sequential) or one."""
    formats: tuple[str, ...] = ()
    """Output formats by name (checked against ``briefgen.writers.WRITERS``); empty for all of them."""
    layout: Layout = "parallel"
    """How two languages are arranged: side by side, or English after Indonesian."""
    template: str = "default"
    """A template name under templates/ or a path to a template folder."""
    prepared: dt.date | None = None
    """Date of preparation printed on the brief; default: SOURCE_DATE_EPOCH or today."""
    week: str | None = None
    """An ISO week such as 2026-W04: only articles filed under its days."""
    last_week: bool = False
    """Only the ISO week before today's (Asia/Jakarta), for the Monday cron run."""
    since: dt.date | None = None
    """Only articles filed on or after this day."""
    until: dt.date | None = None
    """Only articles filed on or before this day."""
    tags: tuple[str, ...] = ()
    """Only articles carrying every one of these tags (front matter or page metadata)."""
    match: tuple[str, ...] = ()
    """Only articles mentioning every one of these words or names."""
    strict: bool = False
    """Fail, writing nothing, when any source had to be skipped (also [build] strict = true)."""
    strict_translation: bool = False
    """Fail without writing when any English is missing (also [translation] strict = true)."""
    annex: bool = False
    """Append the full text of every article and the index (also [build] annex = true)."""
    wait: float = 600.0
    """Seconds to wait for another run writing the same output folder before giving up."""
    if_empty: str = "skip"
    """No article to brief: skip (exit 0, no document), fail (exit 1) or write a "no reports" brief."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Sections of briefgen.toml that later layers read (``translation``, ``memo``), as written."""

    @functools.cached_property
    def translation(self) -> TranslationSettings:
        """The ``[translation]`` table of :attr:`extra`, parsed into typed settings (once per Config)."""
        return parse_translation(self.extra.get("translation", {}))


def parse_langs(value: str) -> tuple[Lang, ...]:
    """``"id,en"`` → ("id", "en"); order is always Indonesian first."""
    wanted = {part.strip().lower() for part in value.split(",") if part.strip()}
    unknown = wanted - set(LANGS)
    if unknown or not wanted:
        raise UsageError(f"--lang must be id, en or id,en (got '{value}')")
    return tuple(lang for lang in LANGS if lang in wanted)


def parse_formats(value: str) -> tuple[str, ...]:
    """``"docx,pdf"`` → ("docx", "pdf"); which names exist is the writers' registry's to say."""
    wanted = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    if not wanted:
        raise UsageError(f"--format names no format (got '{value}')")
    return wanted


def parse_layout(value: str) -> Layout:
    for layout in LAYOUTS:
        if value == layout:
            return layout
    raise UsageError(f"--layout must be parallel or sequential (got '{value}')")


def parse_if_empty(value: str) -> str:
    if value in IF_EMPTY:
        return value
    raise UsageError(f"--if-empty must be skip, fail or write (got '{value}')")


def parse_date(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be a date as YYYY-MM-DD (got '{value}')") from None


MAX_WAIT = 1e9
"""More seconds than anyone waits (31 years); larger numbers are a mistake, and overflow timers."""


def parse_wait(value: str, option: str = "--wait") -> float:
    """A number of seconds as text; nan, infinity, 1e400 and words are usage errors.

    A negative number is left for :func:`load_config` to refuse with the settings file's value.
    """
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds > MAX_WAIT:  # nan: the lock never times out; inf: for ever
        raise UsageError(f"{option} must be a number of seconds, zero or more (got '{value}')")
    return seconds


def _from_file(path: Path) -> dict[str, Any]:
    """The ``[build]`` table of a briefgen.toml, checked against Config's fields."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the settings file ({exc})", exit_code=1) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})", exit_code=1) from None
    except RecursionError:  # tomllib recurses once per level of nesting
        raise UsageError(
            f"{path}: not valid TOML (arrays or tables nested too deeply)", exit_code=1
        ) from None
    except ValueError:  # Python refuses to read integers of more than 4300 digits (CVE-2020-10735)
        raise UsageError(f"{path}: not valid TOML (a number of more than 4300 digits)", exit_code=1) from None
    build = data.pop("build", {})
    _check_memo(path, data.get("memo"))
    known = {f.name for f in fields(Config)} - {"extra"}
    values: dict[str, Any] = {"extra": data}
    for key, value in build.items():
        if key not in known:
            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f" (did you mean 'build.{close[0]}'?)" if close else ""
            raise UsageError(f"{path}: unknown key 'build.{key}'{hint}", exit_code=1)
        try:
            values[key] = _coerce(key, value)
        except UsageError as exc:
            raise UsageError(f"{path}: build.{key}: {exc.message}", exit_code=1) from None
    return values


def _check_memo(path: Path, memo: Any) -> None:
    """The ``[memo]`` table: the keys of :data:`~briefgen.model.MEMO_KEYS`, text (copies: a list)."""
    if memo is None:
        return
    if not isinstance(memo, dict):
        raise UsageError(f"{path}: 'memo' must be a table", exit_code=1)
    for key, value in memo.items():
        if key not in MEMO_KEYS:
            raise UsageError(f"{path}: unknown key 'memo.{key}'", exit_code=1)
        if key == "copies":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise UsageError(f"{path}: memo.copies: must be a list of names", exit_code=1)
        elif not isinstance(value, str):
            raise UsageError(f"{path}: memo.{key}: must be text", exit_code=1)


def _items(value: Any) -> list[Any]:
    return [value] if isinstance(value, str) else list(value)


def _joined(value: Any) -> str:
    return value if isinstance(value, str) else ",".join(value)


def _day(key: str) -> Callable[[Any], dt.date]:
    return lambda value: value if isinstance(value, dt.date) else parse_date(str(value), key)


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_WAIT:
        raise UsageError("must be a number of seconds, zero or more")
    return float(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise UsageError("must be true or false")
    return value


_BUILD_PARSERS: dict[str, Callable[[Any], Any]] = {
    "sources": lambda value: tuple(Path(str(v)) for v in _items(value)),
    "out": lambda value: Path(str(value)),
    "langs": lambda value: parse_langs(_joined(value)),
    "formats": lambda value: parse_formats(_joined(value)),
    "layout": lambda value: parse_layout(str(value)),
    "if_empty": lambda value: parse_if_empty(str(value)),
    "prepared": _day("prepared"),
    "since": _day("since"),
    "until": _day("until"),
    "tags": lambda value: tuple(str(v) for v in _items(value)),
    "match": lambda value: tuple(str(v) for v in _items(value)),
    "wait": _seconds,
    "last_week": _flag,
    "strict": _flag,
    "strict_translation": _flag,
    "annex": _flag,
}
"""How each key of ``[build]`` is read into its :class:`Config` field (any other: as text)."""


def _coerce(key: str, value: Any) -> Any:
    return _BUILD_PARSERS.get(key, str)(value)


# The [translation] keys briefgen reads fail a build (exit 1) as they always have; the machine
# translation keys are usage errors (exit 2) in the words translate.mt uses for them.


def _csv_files(key: str, value: object) -> tuple[Path, ...]:
    listed = [value] if isinstance(value, str) else value
    if not isinstance(listed, list):
        raise BriefgenError(f"briefgen.toml: translation.{key} must be a list of CSV files")
    return tuple(Path(str(p)) for p in listed)


def _translation_flag(key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise BriefgenError(f"briefgen.toml: translation.{key} must be true or false")
    return value


def _mt_text(key: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"[translation] {key}: must be a non-empty string (got {value!r})")
    return value.strip()


def _mt_number(key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not -1e9 <= value <= 1e9:
        shown = f"{value!r}" if not isinstance(value, int) or abs(value) < 10**20 else "a number too large"
        raise UsageError(f"[translation] {key}: must be a number (got {shown})")
    return float(value)


def _mt_integer(key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UsageError(f"[translation] {key}: must be a whole number (got {value!r})")
    return value


_TRANSLATION_PARSERS: dict[str, Callable[[str, object], object]] = {
    "memory": lambda key, value: Path(str(value)),
    "glossary": _csv_files,
    "strict": _translation_flag,
    "event_verbs": _csv_files,
    "event_objects": _csv_files,
    "step_words": _csv_files,
    "event_topics": _csv_files,
    "backend": lambda key, value: _mt_text(key, value).lower(),
    "url": _mt_text,
    "model": _mt_text,
    "api_key_env": _mt_text,
    "timeout": _mt_number,
    "retries": _mt_integer,
    "backoff": _mt_number,
    "batch_size": _mt_integer,
    "budget": _mt_number,
    "temperature": _mt_number,
}
"""How each key of ``[translation]`` is read into its :class:`TranslationSettings` field."""


def parse_translation(table: object) -> TranslationSettings:
    """The ``[translation]`` table as typed settings; a key of the wrong type is an error naming it."""
    if not isinstance(table, dict):
        raise BriefgenError("briefgen.toml: [translation] must be a table")
    values = {key: parse(key, table[key]) for key, parse in _TRANSLATION_PARSERS.items() if key in table}
    machine = {key: value for key, value in table.items() if key not in OWN_TRANSLATION_KEYS}
    return TranslationSettings(**values, machine=machine)  # type: ignore[arg-type]


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    """Defaults ← ``path`` (or ./briefgen.toml when present) ← non-None ``overrides``."""
    config = Config()
    settings = path if path is not None else Path(CONFIG_FILE)
    if path is not None and not path.is_file():
        raise UsageError(f"{path}: settings file not found", exit_code=1)
    if settings.is_file():
        config = replace(config, **_from_file(settings))
    given = {key: value for key, value in overrides.items() if value is not None}
    config = replace(config, **given)
    if config.wait < 0:  # a negative timeout would make the lock wait for ever
        raise UsageError(f"--wait must be zero or more seconds (got {config.wait:g})")
    chosen = [name for name, on in (("--week", config.week), ("--last-week", config.last_week)) if on]
    if config.since or config.until:
        chosen.append("--since/--until")
    if len(chosen) > 1:
        raise UsageError(f"choose one period: {' or '.join(chosen)}")
    return config
