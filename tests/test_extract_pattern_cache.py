"""The compiled code of the extraction's patterns kept between runs (briefgen/extract/pattern_cache.py)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.extract import pattern_cache
from briefgen.extract.pattern_cache import cache_file, from_entry, patterns_remembered, read_known

ROOT = Path(__file__).resolve().parents[1]


def _import_extraction(folder: Path, seed: str = "0") -> None:
    """Imports ``briefgen.extract`` in a fresh interpreter keeping its patterns in ``folder``."""
    env = {**os.environ, "BRIEFGEN_CACHE_DIR": str(folder), "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-c", "import briefgen.extract"], check=True, cwd=ROOT, env=env)


def _same(made: re.Pattern[str], pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert made == expected  # CPython compares the pattern, the flags and the compiled code
    assert made.groupindex == expected.groupindex
    assert made.groups == expected.groups
    assert made.flags == expected.flags


def _file_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(folder))
    path = cache_file()
    assert path is not None and path.parent == folder
    return path


def test_every_kept_pattern_of_the_extraction_is_the_one_re_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_extraction(tmp_path)
    known = read_known(_file_in(tmp_path, monkeypatch))
    assert len(known) > 300  # the rules' patterns, compiled when their modules are imported
    for (pattern, flags), entry in known.items():
        _same(from_entry(pattern, entry), pattern, flags)


def test_a_second_import_reads_the_file_and_leaves_it_alone_whatever_the_hash_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_extraction(tmp_path, seed="1")
    path = _file_in(tmp_path, monkeypatch)
    before = path.stat()
    # A pattern joined from a set in its iteration order would differ here and be written again.
    _import_extraction(tmp_path, seed="2")
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_patterns_compiled_in_the_block_match_as_re_compiles_them(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    cases = [
        (r"(?P<day>\d{1,2})\s+(?P<month>(?i:mei|juni))", 0),
        (r"\b(?:kata|ujar|tutur)\b(?=\s+[A-Z])", re.IGNORECASE),
        (r"(?x) (?P<a> x ) | (?P<b> y )  # verbose, with a comment", 0),
        (r"(?<![\w-])[A-ZÀ-Þ][a-zà-ÿ]+", re.UNICODE),
    ]
    for _ in range(2):  # compiled by re's steps, then made from the file
        with patterns_remembered(path):
            made = [re.compile(pattern, flags) for pattern, flags in cases]
            assert re.compile(*cases[0]) is made[0]  # the same pattern is the same object
        for compiled, (pattern, flags) in zip(made, cases, strict=True):
            _same(compiled, pattern, flags)
        assert set(read_known(path)) == {(p, int(f)) for p, f in cases}
    text = "Pada 12 Mei, kata Rina. x y Ánde"
    found = [(m.span(), m.lastgroup, m.groupdict()) for p in made for m in p.finditer(text)]
    expected = [(m.span(), m.lastgroup, m.groupdict()) for p, f in cases for m in re.finditer(p, text, f)]
    assert found == expected and len(found) >= 5


def test_other_calls_go_to_re_and_errors_are_re_s(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    already = re.compile(r"\d+")
    with patterns_remembered(path):
        assert re.compile(already) is already
        assert re.compile(rb"\d+").match(b"12") is not None
        with pytest.raises(re.error):
            re.compile(r"(unclosed")
        with patterns_remembered(path):  # a block inside a block changes nothing
            inner = re.compile(r"x+")
    assert re.compile.__module__ == "re"
    assert set(read_known(path)) == {(r"x+", 0)}
    _same(inner, r"x+", 0)


def test_a_damaged_file_or_one_from_another_python_is_ignored_and_written_again(tmp_path: Path) -> None:
    path = tmp_path / "kept.marshal"
    path.write_bytes(b"\x00not marshal data")
    with patterns_remembered(path):
        _same(re.compile(r"a(?P<b>b)?"), r"a(?P<b>b)?", 0)
    assert set(read_known(path)) == {(r"a(?P<b>b)?", 0)}
    # An entry whose code is wrong (``_sre`` refuses it) is compiled again and written again.
    flags, code, groups, names = read_known(path)[(r"a(?P<b>b)?", 0)]
    wrong = {(r"a(?P<b>b)?", 0): (flags, bytes(len(code)), groups, names)}
    path.write_bytes(marshal.dumps((pattern_cache._stamp(), wrong)))
    with patterns_remembered(path):
        _same(re.compile(r"a(?P<b>b)?"), r"a(?P<b>b)?", 0)
    assert read_known(path)[(r"a(?P<b>b)?", 0)][1] == code
    # The same file under another Python's stamp is not read at all.
    path.write_bytes(marshal.dumps((("another python", 0, 0, 0), read_known(path))))
    assert read_known(path) == {}


def test_an_empty_cache_folder_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", "")
    assert cache_file() is None
    monkeypatch.chdir(tmp_path)
    with patterns_remembered():
        _same(re.compile(r"b+"), r"b+", 0)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_not_written(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    with patterns_remembered(blocked / "kept.marshal"):
        _same(re.compile(r"c+"), r"c+", 0)
    assert blocked.read_text() == "a file where the folder would be"


def test_when_res_internals_change_patterns_are_compiled_by_re_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A later Python whose private compiler works otherwise must cost the speed-up, never the import.
    def changed(*_: object) -> None:
        raise TypeError("another signature")

    monkeypatch.setattr(pattern_cache, "entry_of", changed)
    path = tmp_path / "kept.marshal"
    with patterns_remembered(path):
        _same(re.compile(r"d(?P<e>e)+"), r"d(?P<e>e)+", 0)
        with pytest.raises(re.error):
            re.compile(r"(unclosed")
    assert read_known(path) == {}
