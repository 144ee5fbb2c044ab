"""The code ``re`` compiles the extraction's fixed patterns to, kept between runs (issue 17).

Importing the extraction compiles some 430 patterns at module level, and ``re``'s compiler is pure
Python: about half the import. While :func:`patterns_remembered` is active (``extract/__init__.py``
imports the rules under it), ``re.compile`` of a text pattern looks up the code it compiled to in
an earlier run and hands it to ``_sre.compile`` as ``re`` itself does at the end of compiling, so
the parser and the code generator are skipped; a pattern not yet known is compiled by ``re``'s own
steps, and the file is written again when the import ends. The pattern object is the same as
``re.compile`` makes (the same code, flags and groups; ``tests/test_extract_pattern_cache.py``
compares every one), so nothing matches differently.

The file lives in ``$BRIEFGEN_CACHE_DIR`` (or ``$XDG_CACHE_HOME/briefgen``, or
``~/.cache/briefgen``), like a font cache: one file per Python build and ``_sre`` version, keyed
by pattern text and flags, so a pattern edited in the source is simply compiled again. Setting
``BRIEFGEN_CACHE_DIR`` to an empty string turns it off; a file that cannot be read, is damaged
or comes from another Python is ignored, and one that cannot be written is not written.
"""

from __future__ import annotations

import array
import contextlib
import importlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

try:  # CPython's own modules: on a Python without them the cache is simply off
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _USABLE = all(hasattr(m, n) for m, n in ((_sre, "compile"), (_parser, "parse"), (_compiler, "_code")))
except ImportError:  # pragma: no cover - other Pythons
    _sre = _parser = _compiler = None
    _USABLE = False

_FORMAT = 2
# The code's words as machine integers of _sre's size, read back with one call (not one a word).
_WORD = next((kind for kind in "IL" if _USABLE and array.array(kind).itemsize == _sre.CODESIZE), "I")
# ``re.DEBUG`` prints while compiling and ``re.TEMPLATE`` warns: such calls go to ``re`` itself.
_PASSED_ON = re.DEBUG | getattr(re, "TEMPLATE", 0)

# (pattern, flags) -> (flags of the compiled pattern, code as bytes, groups - 1, group names)
Entry = tuple[int, bytes, int, dict[str, int]]
Known = dict[tuple[str, int], Entry]


def cache_file() -> Path | None:
    """Where the code is kept for this Python, or None when the cache is turned off."""
    folder = os.environ.get("BRIEFGEN_CACHE_DIR")
    if folder is None:
        home = os.path.expanduser("~")
        base = os.environ.get("XDG_CACHE_HOME") or ("" if home == "~" else os.path.join(home, ".cache"))
        folder = os.path.join(base, "briefgen") if base else ""  # no home: no cache
    if not folder or not _USABLE:
        return None
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{_FORMAT}"
    return Path(folder) / f"patterns-{tag}.marshal"


def _stamp() -> tuple[str, int, int, int]:
    """What the code depends on besides the pattern: the exact Python and ``_sre``'s format."""
    return (sys.version, int(_sre.MAGIC), int(_sre.CODESIZE), int(_sre.MAXREPEAT))


def read_known(path: Path | None) -> Known:
    """The entries kept in ``path``; none when it is absent, damaged or from another Python."""
    if path is None:
        return {}
    try:
        stamp, known = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if stamp != _stamp() or not isinstance(known, dict):
        return {}
    return known


def write_known(path: Path | None, known: Known) -> None:
    """Writes ``known`` to ``path`` whole (a temporary file renamed), or nothing if it cannot."""
    if path is None:
        return
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((_stamp(), known)))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink()


def entry_of(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes for ``pattern`` before it calls ``_sre.compile``."""
    parsed = _parser.parse(pattern, flags)
    code = array.array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    return (int(flags | parsed.state.flags), code, int(parsed.state.groups) - 1, groupindex)


def from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    """The pattern ``re`` makes from ``entry``, with its groups' names mapped both ways as it does."""
    flags, code, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array.array(_WORD, code).tolist()
    made: re.Pattern[str] = _sre.compile(pattern, flags, words, groups, groupindex, tuple(indexgroup))
    return made


@contextlib.contextmanager
def patterns_remembered(path: Path | None = None) -> Iterator[None]:
    """``re.compile`` of text patterns answered from the kept code while the block runs (the
    default file is :func:`cache_file`); the file is written again if a pattern was new."""
    original: Callable[..., Any] = re.compile
    if not _USABLE or getattr(original, "remembering", False):  # no internals, or inside a block
        yield
        return
    path = path if path is not None else cache_file()
    known = read_known(path)
    used: Known = {}
    made: dict[tuple[str, int], re.Pattern[str]] = {}

    def remembered(pattern: Any, flags: Any = 0) -> Any:
        flags = int(flags) if isinstance(flags, int) else flags
        if type(pattern) is not str or type(flags) is not int or flags & _PASSED_ON:
            return original(pattern, flags)
        key = (pattern, flags)
        same = made.get(key)  # as with re's own cache, the same pattern is the same object
        if same is not None:
            return same
        entry = known.get(key)
        compiled: re.Pattern[str] | None = None
        if entry is not None:
            try:
                compiled = from_entry(pattern, entry)
            except Exception:  # a damaged entry (``_sre`` checks the code): compiled anew
                entry = None
        if entry is None or compiled is None:
            try:
                entry = entry_of(pattern, flags)
                compiled = from_entry(pattern, entry)
            except Exception:  # re's internals changed, or the pattern is bad: re as it is
                return original(pattern, flags)
            stale.append(key)
        used[key] = entry
        made[key] = compiled
        return compiled

    stale: list[tuple[str, int]] = []
    remembered.remembering = True  # type: ignore[attr-defined]
    re.compile = remembered
    try:
        yield
    finally:
        re.compile = original
    if stale or used.keys() != known.keys():
        write_known(path, used)
