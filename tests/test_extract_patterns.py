"""``patterns.compiled``: the cache of per-name patterns is bounded and finds what ``re`` finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

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


def test_needs_reads_the_strings_every_match_holds() -> None:
    from briefgen.extract.patterns import needs

    assert needs(re.compile(r"\b[Kk]emarin\s+lusa\b")) == ((("Kemarin", "kemarin"), ()), (("lusa",), ()))
    assert needs(re.compile(r"\b(?:ber)?sepakat\b", re.IGNORECASE)) == (((), ("bersepakat", "sepakat")),)
    # a case-folded group inside a written pattern folds the strings it is part of
    assert needs(re.compile(r"(?<!\d)\d+\s+(?i:mei|juni)\b")) == (((), ("juni", "mei")),)
    assert needs(re.compile(r"Rapat(?:\s+pleno)?\s+(?:DPR|DPRD)")) == (
        (("Rapat",), ()),
        (("DPR", "DPRD"), ()),
    )
    assert needs(re.compile(r"\w+\s+\d")) is None


_NEEDING = tuple(
    re.compile(source, flags)
    for source, flags in (
        (r"\b[Kk]emarin\s+lusa\b", 0),
        (r"\b(?:ber)?sepakat|akan\s+(?:datang|tiba)", re.IGNORECASE),
        (r"(?<=,)\s*(?P<wd>Senin|Selasa)(?:\s+pagi)?(?=\s*\.)", 0),
        (r"(?P<d>\d{1,2})\s+(?P<mon>(?i:mei|juni))\b", 0),
        (r"Sen(?i:in)|(?i:sel)asa", 0),
        (r"(?:x|y)+z{2}(?P<k>ki)(?P=k)", re.IGNORECASE),
    )
)


def test_can_match_is_false_only_where_the_pattern_cannot_match() -> None:
    from briefgen.extract.patterns import can_match

    rng = random.Random(29)
    pieces = [
        "kemarin",
        "Kemarin",
        "KEMARIN",
        " ",
        "lusa",
        "LUSA",
        "sepakat",
        "Ber",
        "akan",
        "datang",
        ",",
        ".",
    ]
    pieces += [
        "Senin",
        "SENIN",
        "selasa",
        "pagi",
        "7",
        "Mei",
        "mei",
        "JUNI",
        "x",
        "y",
        "zz",
        "ki",
        "KI",
        "\u0131",
    ]
    pieces += ["\u017f", "\u212a", "\u0130", "é"]
    skipped = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for pattern in _NEEDING:
            if not can_match(pattern, text, text.lower()):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
            assert can_match(pattern, text) is can_match(pattern, text, text.lower())
    assert skipped > 3000  # the test decides often


def test_can_match_holds_for_the_date_and_step_patterns_on_the_corpus() -> None:
    from briefgen.extract import dates, step_rules
    from briefgen.extract.patterns import can_match
    from briefgen.extract.sentences import split_sentences
    from briefgen.pipeline import discover, load_article

    corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent (the real corpus lives beside the checkout, in ../shared)")
    texts = [
        text
        for path in discover([corpus])
        for paragraph in load_article(path).paragraphs
        for text in (paragraph, *split_sentences(paragraph))
    ]
    patterns = [p for p, _ in (*dates._ABSOLUTE, *dates._RELATIVE, *dates._OFFSETS)]
    patterns += [step_rules._BELIEF, step_rules._HABIT, step_rules._FORMER, step_rules._QUESTION]
    matched = 0
    for pattern in patterns:
        for text in texts:
            if pattern.search(text) is not None:
                matched += 1
                assert can_match(pattern, text), (pattern.pattern[:60], text[:60])
    assert matched > 100


def test_may_name_is_false_only_where_a_pattern_of_whole_words_cannot_match() -> None:
    from briefgen.extract.patterns import first_runs, may_name

    words = ["Kapolres", "Gubernur BI", "Wakil-Ketua", "Dir.Utama", "AKP"]
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    patterns = [
        re.compile(rf"(?<![\w-])({alternation})(?![\w-])"),
        re.compile(rf"(?<![\w-])({alternation})\s+[A-Z]"),
    ]
    runs = first_runs(words)
    assert runs == {"Kapolres", "Gubernur", "Wakil-Ketua", "Dir", "AKP"}
    rng = random.Random(31)
    pieces = [
        "Kapolres",
        "Gubernur",
        " BI",
        "BI",
        "Wakil",
        "-",
        "Ketua",
        "Dir",
        ".Utama",
        "AKP",
        " ",
        "x",
        "_",
        "é",
    ]
    pieces += [" Budi", ",", "\n"]
    skipped = matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        possible = may_name(text, runs)
        skipped += not possible
        for pattern in patterns:
            found = pattern.search(text) is not None
            matched += found
            assert possible or not found, (pattern.pattern, text)
    assert skipped > 400 and matched > 400
    assert first_runs(["Kapolres", "(Plt)"]) is None and may_name("apa saja", None)


def test_may_name_holds_for_the_office_and_rank_patterns_on_the_corpus() -> None:
    from briefgen.extract import coref, names
    from briefgen.extract.patterns import may_name
    from briefgen.pipeline import discover, load_article

    corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent (the real corpus lives beside the checkout, in ../shared)")
    paragraphs = [p for path in discover([corpus]) for p in load_article(path).paragraphs]
    matched = 0
    for pattern, runs in ((names._OFFICE_WORD, names._OFFICE_RUNS), (coref._RANKED, coref._RANK_RUNS)):
        assert runs is not None
        for paragraph in paragraphs:
            if pattern.search(paragraph) is not None:
                matched += 1
                assert may_name(paragraph, runs), paragraph[:60]
    assert matched > 10


_AT_WORDS = tuple(
    re.compile(source, re.IGNORECASE)
    for source in (
        r"\b(?:(?:ber)?sepakat|siap\s+(?:me|ber)\w+|(?:is|are)\s+set\s+to)\b",
        r"(?<!\btidak\s)(?<!\btak\s)\b(?:akan|bakal)\b",
        r"\b(?:akan\s+)?(?:datang|tiba)|\bthe\s+plan",
        r"\btarget\s+(?:[^.;\s]+\s+){0,2}?ditetapkan\b",
    )
)


def test_at_word_starts_finds_what_finditer_finds() -> None:
    from briefgen.extract.patterns import AtWordStarts, words_of

    scanners = [AtWordStarts(pattern) for pattern in _AT_WORDS]
    rng = random.Random(37)
    pieces = [
        "sepakat",
        "BERSEPAKAT",
        "ber",
        "siap",
        "SIAP",
        " ",
        "  ",
        "membantu",
        "berjuang",
        "is",
        "are",
        "set",
    ]
    pieces += [
        "to",
        "tidak",
        "tak",
        "akan",
        "AKAN",
        "bakal",
        "datang",
        "tiba",
        "the",
        "plan",
        "target",
        "ini",
    ]
    pieces += ["ditetapkan", ".", ",", "-", "_", "é", "9", "\u017f", "\u0131", "\u212a", "\u0130"]
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        if rng.random() < 0.3:
            text = text.replace(" ", "")
        words = words_of(text.lower())
        for pattern, scanner in zip(_AT_WORDS, scanners, strict=True):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scanner.finditer(text, words)] == expected, (pattern.pattern, text)
            found += len(expected)
    assert found > 2000


def test_at_word_starts_takes_only_patterns_whose_matches_start_a_word() -> None:
    from briefgen.extract.patterns import AtWordStarts

    for source, flags in (
        (r"(?:akan|bakal)\b", re.IGNORECASE),  # may start inside a word ("makan")
        (r"\b(?:akan|bakal)", 0),  # case-sensitive
        (r"\b(?:x\s+)?\w+", re.IGNORECASE),  # any word
        (r"\b(?:akan)?", re.IGNORECASE),  # may be empty
    ):
        with pytest.raises(ValueError, match="no word starts"):
            AtWordStarts(re.compile(source, flags))


def test_after_word_finds_the_tails_the_pattern_with_the_word_finds() -> None:
    from briefgen.extract.patterns import after_word

    tail = re.compile(r"((?:[ \t]+[A-Z][\w'’-]*){1,3})")
    rng = random.Random(29)
    pieces = ["Budi", "Ani", " ", "\t", "-", "_", "é", "É", "9", ",", "\n", "BudiBudi", " Santoso", " x", "’"]
    words = ["Budi", "Ani", "BudiBudi", "udi", "É", "Budi Budi", ""]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        for word in words:
            for before in ("", "-", "-."):
                combined = rf"(?<![\w{re.escape(before)}]){re.escape(word)}{tail.pattern}"
                expected = [(m.span(1), m.group(1)) for m in re.finditer(combined, text)]
                got = [(m.span(1), m.group(1)) for m in after_word(text, word, tail, before)]
                assert got == expected, (text, word, before)
    text = "Budi Santoso Wibowo Putra tiba; Budi-Budi Ani datang, lalu Budi\tAni."
    assert [m.group(1) for m in after_word(text, "Budi", tail, "-")] == [" Santoso Wibowo Putra", "\tAni"]
