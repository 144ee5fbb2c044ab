"""``patterns.compiled``: the cache of per-name patterns is bounded and finds what ``re`` finds."""

from __future__ import annotations

import random
import re

import pytest

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


_STARTS = re.compile(
    r"\b(?:(?:ber)?sepakat|akan|ditarget(?:kan)?|agree\w*|aims?|set|has\s+to|\w+agendakan|(?:is|are)\s+to)",
    re.IGNORECASE,
)


def test_word_starts_answers_what_its_pattern_answers() -> None:
    from briefgen.extract.patterns import WordStarts

    gate = WordStarts(_STARTS)
    rng = random.Random(23)
    pieces = [
        "akan",
        "makan",
        "Sepakat",
        "BER",
        "sepakat",
        "ditarget",
        "Agreed",
        "aim",
        "AIMS",
        "se",
        "t",
        "set",
    ]
    pieces += [
        "has",
        "to",
        "is",
        "di",
        "agendakan",
        "meng",
        " ",
        "  ",
        "-",
        "_",
        "é",
        "9",
        ",",
        "\u0131",
        "\u017f",
    ]
    pieces += ["\u212a", "\u0130", "\n"]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        expected = _STARTS.search(text) is not None
        assert gate.search(text, text.lower()) is expected, text
        matched += expected
    assert 300 < matched < 2700  # both answers are tried
    for text, expected in (
        ("Mereka bersepakat.", True),
        ("makanan", False),
        ("dia has  to pergi", True),
        ("hasto", False),
        ("mengagendakan rapat", True),
        ("agendakan rapat", False),
        ("ſet", True),  # the long s folds to "s" under IGNORECASE
    ):
        assert gate.search(text, text.lower()) is expected, text


def test_word_starts_takes_only_a_word_start_alternation_under_ignorecase() -> None:
    from briefgen.extract.patterns import WordStarts

    for source, flags in (
        (r"\b(?:akan|set)\b", re.IGNORECASE),
        (r"\b(?:akan|set)", 0),
        (r"\b(?:akan)|set", re.I),
    ):
        with pytest.raises(ValueError, match="word-start alternation"):
            WordStarts(re.compile(source, flags))
