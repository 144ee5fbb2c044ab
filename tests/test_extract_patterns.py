"""``patterns.compiled``: the cache of per-name patterns is bounded and finds what ``re`` finds."""

from __future__ import annotations

import re

from briefgen.extract.patterns import PATTERN_CACHE_SIZE, compiled

TEXT = "Kata Budi Santoso kepada Ani (KBRI); budi-santoso, Dr. Budi Santoso dan BUDI santoso."


def test_compiled_finds_what_re_finds() -> None:
    for name in ("Budi Santoso", "Ani", "KBRI", "Dr.", "(KBRI)", "budi"):
        for pattern in (rf"(?<![\w-]){re.escape(name)}(?![\w-])", rf"\b{re.escape(name)}\b"):
            for flags in (0, re.IGNORECASE):
                got = [m.span() for m in compiled(pattern, flags).finditer(TEXT)]
                assert got == [m.span() for m in re.finditer(pattern, TEXT, flags)]
    assert compiled(r"budi\b", re.IGNORECASE).findall(TEXT) == ["Budi", "budi", "Budi", "BUDI"]
    assert compiled(r"budi\b").findall(TEXT) == ["budi"]


def test_compiled_keeps_one_pattern_per_name_and_flags() -> None:
    compiled.cache_clear()
    first = compiled(r"\bAni\b")
    assert compiled(r"\bAni\b") is first
    assert compiled(r"\bAni\b", re.IGNORECASE) is not first
    assert compiled.cache_info().hits == 1


def test_compiled_cache_is_bounded() -> None:
    compiled.cache_clear()
    for number in range(PATTERN_CACHE_SIZE + 300):
        assert compiled(rf"\bNama{number}\b").search(f"kata Nama{number} hari ini") is not None
    info = compiled.cache_info()
    assert info.maxsize == PATTERN_CACHE_SIZE
    assert info.currsize == PATTERN_CACHE_SIZE
    compiled.cache_clear()
