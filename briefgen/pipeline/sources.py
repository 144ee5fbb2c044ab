"""Finding and reading source files: discovery, refusal of links and FIFOs, bounded reads, load_article."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import time
from collections.abc import Container, Iterable
from pathlib import Path

from briefgen.errors import BriefgenError, SourceError
from briefgen.model import Article
from briefgen.select import JAKARTA

MANIFEST_FILE = "briefgen-manifest.json"
"""Every output folder holds one (the outputs module writes it); discovery never reads such a folder."""


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
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += _in_folder(path, refused)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise BriefgenError(f"{path}: not a regular file or folder")
        elif path.is_symlink():
            raise BriefgenError(f"{path}: a broken symbolic link or a loop of links")
        else:
            raise BriefgenError(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))  # each once, in order (a list search would make this n²)


def _in_folder(folder: Path, refused: list[SourceError] | None) -> list[Path]:
    """The supported files of ``folder`` and its subfolders, sorted as paths are (by their parts).

    Hidden files and folders are passed over, and so are a folder's own notes (``README.md``,
    ``readme.txt``: what the folder holds, not an article) and an output folder (one holding a
    manifest: briefs, not articles); links to folders are not followed. One directory listing a
    folder: the kind of each entry comes with the listing, so a regular file costs no ``stat``.
    """
    from briefgen.readers import SUFFIXES

    real_folder = os.path.realpath(folder)
    taken: list[tuple[tuple[str, ...], Path]] = []
    refusals: list[tuple[tuple[str, ...], SourceError]] = []
    pending: list[tuple[tuple[str, ...], str]] = [((), str(folder))]
    while pending:
        parts, where = pending.pop()
        try:
            with os.scandir(where) as listing:
                entries = list(listing)
        except OSError:  # an unreadable subfolder is passed over, as a folder walk does
            continue
        if any(entry.name == MANIFEST_FILE for entry in entries):
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry, follow=False):
                pending.append(((*parts, entry.name), entry.path))
            elif _is_source_name(entry.name, SUFFIXES) and not _is_dir(entry, follow=True):
                path = Path(entry.path)
                refusal = None if _is_regular(entry) else _refusal(path, folder, real_folder)
                if refusal is None:
                    taken.append(((*parts, entry.name), path))
                else:
                    refusals.append(((*parts, entry.name), refusal))
    if refused is not None:
        refused += [refusal for _, refusal in sorted(refusals, key=lambda item: item[0])]
    return [path for _, path in sorted(taken, key=lambda item: item[0])]


def _is_source_name(name: str, suffixes: Container[str]) -> bool:
    """Whether a file of this name in a folder is read as an article: a reader's suffix, and not the
    folder's README (a sources folder kept in git or shared often has one saying what it holds)."""
    stem, suffix = os.path.splitext(name)
    return suffix.lower() in suffixes and stem.lower() != "readme"


def _is_dir(entry: os.DirEntry[str], follow: bool) -> bool:
    try:
        return entry.is_dir(follow_symlinks=follow)
    except OSError:
        return False


def _is_regular(entry: os.DirEntry[str]) -> bool:
    """A regular file itself, not a link (known from the listing, without a ``stat``)."""
    try:
        return not entry.is_symlink() and entry.is_file(follow_symlinks=False)
    except OSError:
        return False


MAX_SOURCE_MB = 10
"""Sources larger than this are refused unread: a news article, even a saved page, is far smaller."""


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


SETTLED_NS = 2_000_000_000
"""A file last changed less than this long ago (2 s) has no stat to trust: see :func:`file_stat`."""


def file_stat(path: Path) -> list[int] | None:
    """What changes whenever a regular file is written, renamed over or touched: size, modification
    and status-change times, inode and device; None for anything else or a file changed < 2 s ago.

    A digest recorded beside it stands for the file's content while the stat is the same (the
    status-change time cannot be set back by a program). A file changed within the timestamps'
    granularity of being looked at could change again unseen, so, as git does with its index,
    such a stat is never trusted: the file is read again.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    changed = max(info.st_mtime_ns, info.st_ctime_ns)
    if not stat.S_ISREG(info.st_mode) or changed > time.time_ns() - SETTLED_NS:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


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
    from briefgen.readers.decode import decode

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
        raise SourceError(source, f"cannot be read ({describe_failure(exc)})") from exc
    if article.file_date is None:
        # The day in Jakarta, like every other day briefgen counts: never the machine's zone,
        # or the same files would be filed under other days (and give other bytes) elsewhere.
        article.file_date = date_in_name(path.name) or dt.datetime.fromtimestamp(mtime, JAKARTA).date()
    return article


def describe_failure(exc: BaseException) -> str:
    """A one-line account of an unexpected exception, for a skipped-source message."""
    text = " ".join(str(exc).split())
    text = text[:200] + "…" if len(text) > 200 else text
    return f"{type(exc).__name__}{': ' + text if text else ''}; please report this"
