"""``patterns.compiled``: the cache of per-name patterns is bounded and finds what ``re`` finds."""

from __future__ import annotations

import random
import re

from briefgen.extract.patterns import PATTERN_CACHE_SIZE, bounded, compiled, first_bounded

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


def _regex_starts(text: str, name: str, before: str, after: str) -> list[int]:
    pattern = rf"(?<![\w{re.escape(before)}]){re.escape(name)}(?![\w{re.escape(after)}])"
    return [m.start() for m in re.finditer(pattern, text)]


def test_bounded_finds_what_the_pattern_with_lookarounds_finds() -> None:
    rng = random.Random(17)
    pieces = ["Budi", "Ani", "budi", " ", "-", ".", "_", "é", "É", "9", "(", ",", "\n", "BudiBudi"]
    names = ["Budi", "Ani", "Budi Ani", "Budi-Ani", "dr. Budi", "É", "(Ani)", "BudiBudi", ""]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for name in names:
            for before, after in (("", ""), ("-", "-"), (".-", "-"), (".", "-.")):
                got = list(bounded(text, name, before, after))
                assert got == _regex_starts(text, name, before, after), (text, name, before, after)
                assert first_bounded(text, name, before, after) == (got[0] if got else None)


def test_bounded_on_written_text() -> None:
    text = "Budi-Santoso bertemu Budi Santoso, lalu dr.Budi Santoso dan Budi Santoso_2 serta (Budi Santoso)."
    # not glued to "_2"; after "dr." only when "." may stand before the name
    assert list(bounded(text, "Budi Santoso")) == [21, 43, 82]
    assert list(bounded(text, "Budi Santoso", before=".-", after="-")) == [21, 82]


def test_may_hold_is_false_only_when_an_ignorecase_pattern_cannot_match() -> None:
    from briefgen.extract.patterns import may_hold

    pattern = re.compile(r"\bsikat\b", re.IGNORECASE)
    for text in ("Mereka SIKAT habis.", "tidak ada", "\u017fi\u212aat", "s\u0131kat", "S\u0130KAT"):
        held = may_hold(text, text.lower(), ("sikat",))
        assert held or pattern.search(text) is None, text
    assert not may_hold("tidak ada", "tidak ada", ("sikat",))
    assert pattern.search("\u017fi\u212aat") and may_hold(
        "\u017fi\u212aat", "\u017fi\u212aat".lower(), ("sikat",)
    )
