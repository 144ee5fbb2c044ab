"""What a build writes into its output folder: lock, atomic writes, manifest, memo numbers."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefgen import __version__
from briefgen.config import Config
from briefgen.errors import BriefgenError, SourceError, raise_if_stopped
from briefgen.model import Brief, Facts, NextStep, StepItem, Template
from briefgen.pipeline.locks import LockTimeout, held
from briefgen.pipeline.sources import MANIFEST_FILE, file_stat, open_regular
from briefgen.pipeline.understanding import code_digest

LOCK_FILE = ".briefgen.lock"
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
    lock = contextlib.ExitStack()
    try:
        lock.enter_context(held(out / LOCK_FILE, wait))
    except LockTimeout:
        raise BriefgenError(
            f"{out}: another briefgen run is writing here (lock {out / LOCK_FILE}); gave up after {wait:g} s"
        ) from None
    except OSError as exc:
        raise BriefgenError(f"{out / LOCK_FILE}: cannot take the lock ({exc.strerror or exc})") from None
    with lock:
        yield


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


class Digests:
    """File digests that take the one recorded with a file (the manifest's "stats") while the file's
    :func:`file_stat` is the one recorded with it, and read and hash the file otherwise; ``stats``
    is what to record this time."""

    def __init__(self, recorded: object = None) -> None:
        self.recorded: dict[str, Any] = recorded if isinstance(recorded, dict) else {}
        self.stats: dict[str, list[Any]] = {}

    def of(self, key: str, path: Path) -> str:
        seen = file_stat(path)  # before the read: a change while reading shows next time
        known = self.recorded.get(key)
        if seen is not None and isinstance(known, list) and known[:-1] == seen and isinstance(known[-1], str):
            digest: str = known[-1]
        else:
            digest = file_digest(path)
        if seen is not None and not digest.startswith("unreadable"):
            self.stats[key] = [*seen, digest]
        return digest


def template_digest(folder: Path) -> str:
    """One hash over every file of a template folder, so editing a template triggers a rebuild."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + file_digest(path).encode() + b"\0")
    return digest.hexdigest()


def read_manifest(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"builds": {}}
    if not isinstance(data, dict) or not isinstance(data.get("builds"), dict):
        return {"builds": {}}
    return data


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    """Writes ``out/briefgen-manifest.json`` atomically (readable JSON, sorted keys)."""
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    try:
        write_atomic(out / MANIFEST_FILE, text.encode("utf-8"))
    except OSError as exc:
        raise BriefgenError(f"{out / MANIFEST_FILE}: cannot write ({exc.strerror or exc})") from None


def is_up_to_date(
    entry: object, inputs: dict[str, str], template: str, out: Path, code: list[list[Any]] | None
) -> bool:
    """True when the recorded build had these inputs, template and code (``code`` is
    :func:`~.understanding.code_stats` now) and its outputs are intact."""
    if not isinstance(entry, dict) or entry.get("version") != __version__:
        return False
    # The code's files as they were recorded are the same code; else the digest tells.
    if (code is None or entry.get("code_stats") != code) and entry.get("code") != code_digest():
        return False
    if entry.get("inputs") != inputs or entry.get("template") != template:
        return False
    outputs = entry.get("outputs")
    if not isinstance(outputs, dict) or not outputs:
        return False
    return all(file_digest(out / name) == digest for name, digest in outputs.items())


def output_stem(facts: list[Facts]) -> str:
    """``brief-2026-01-20`` for one day, ``brief-2026-01-16_2026-01-22`` for a range."""
    from briefgen.compose import brief_days

    days = brief_days(facts)
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
    raise_if_stopped()  # a stop whose exception was lost must still leave the outputs alone
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
