"""Scoring of extracted facts against gold annotations, and the measured quality of extraction."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
import yaml

from briefgen.evaluation import (
    Gold,
    GoldError,
    Scores,
    format_failures,
    format_table,
    load_gold,
    normalise_name,
    score,
)
from briefgen.extract import extract
from briefgen.model import Article, Facts, NextStep, Person, Quote

EVAL = Path(__file__).resolve().parent / "data" / "eval"
TODAY = dt.date(2026, 11, 22)
ARTICLE_SUFFIXES = (".txt", ".md", ".html")

# Floors, in whole percent. They only go up: when extraction improves, raise them; never lower one
# to make a change pass. Measured 100% on every metric (2026-11-23); the rules were tuned on this
# very set, so the floors keep a little headroom for honest generalisation elsewhere.
FLOORS = {
    "event date accuracy": 97,
    "quotes recall": 100,
    "quotes precision": 100,
    "speaker accuracy": 97,
    "next steps recall": 97,
    "next steps precision": 97,
    "outlet accuracy": 97,
    "location accuracy": 97,
    "warning accuracy": 97,
    "people recall": 97,
    "people precision": 97,
    "role accuracy": 97,  # added 2026-12-02 at 97.9% (95/97)
}


# --------------------------------------------------------------------------- hand-made pairs


def gold(**changes: object) -> Gold:
    base: dict[str, object] = {
        "event_date": "2026-01-20",
        "outlet": "KabarKreatif.id",
        "location": "Jakarta",
        "quotes": [
            {"text": "Kami ingin kerja sama ini berkelanjutan", "speaker": "Irene Umar"},
            {"text": "KBRI Seoul siap mendukung kolaborasi", "speaker": "Dr. H. Ali Wardana, M.Si."},
        ],
        "next_steps": [
            {"text": "Kedua pihak sepakat untuk memperkuat koordinasi.", "actor": "Kedua pihak"},
        ],
        "people": [
            {"name": "Irene Umar", "role": "Wakil Menteri Kementerian Ekonomi Kreatif"},
            {"name": "Dr. H. Ali Wardana, M.Si.", "role": None},
        ],
        "expect_warning": False,
    }
    base.update(changes)
    return base  # type: ignore[return-value]


def facts(**changes: object) -> Facts:
    found = Facts(
        article=Article(source="sources/01-test.txt", title=None, paragraphs=["…"]),
        outlet="KabarKreatif.id",
        location="Jakarta",
        event_date=dt.date(2026, 1, 20),
        people=[Person("Irene Umar", "Wakil Menteri", "Kementerian Ekonomi Kreatif"), Person("Ali Wardana")],
        quotes=[
            Quote("Kami ingin kerja sama ini berkelanjutan,", "Irene Umar"),
            Quote("KBRI Seoul siap mendukung kolaborasi.", "Ali Wardana"),
        ],
        next_steps=[NextStep("Kedua pihak sepakat untuk memperkuat koordinasi.", "Kedua pihak")],
    )
    for key, value in changes.items():
        setattr(found, key, value)
    return found


def test_perfect_extraction_scores_full_marks() -> None:
    scores = score([(facts(), gold())])
    assert all(m.value == 1.0 for m in scores.metrics()), format_table(scores)
    assert scores.failures == []


def test_a_missed_quote_lowers_recall_not_precision() -> None:
    scores = score([(facts(quotes=[Quote("Kami ingin kerja sama ini berkelanjutan", "Irene Umar")]), gold())])
    assert (scores.quotes_matched, scores.quotes_gold, scores.quotes_found) == (1, 2, 1)
    assert scores.metric("quotes recall").value == 0.5
    assert scores.metric("quotes precision").value == 1.0
    assert any("missed quote “KBRI Seoul" in f for f in scores.failures)


def test_a_wrong_speaker_counts_against_speaker_accuracy_only() -> None:
    quotes = [
        Quote("Kami ingin kerja sama ini berkelanjutan", "Ali Wardana"),
        Quote("KBRI Seoul siap mendukung kolaborasi", None),
    ]
    scores = score([(facts(quotes=quotes), gold())])
    assert scores.metric("quotes recall").value == 1.0
    assert (scores.speakers_correct, scores.quotes_matched) == (0, 2)


def test_a_quote_the_article_gives_no_speaker_is_right_without_one() -> None:
    unnamed = gold(quotes=[{"text": "Kami ingin kerja sama ini berkelanjutan", "speaker": None}])
    quotes = [Quote("Kami ingin kerja sama ini berkelanjutan", None)]
    assert score([(facts(quotes=quotes), unnamed)]).speakers_correct == 1
    quotes = [Quote("Kami ingin kerja sama ini berkelanjutan", "Irene Umar")]
    assert score([(facts(quotes=quotes), unnamed)]).speakers_correct == 0


def test_a_first_name_alone_is_not_the_speaker() -> None:
    quotes = [Quote("Kami ingin kerja sama ini berkelanjutan", "Irene")]
    scores = score([(facts(quotes=quotes), gold(quotes=gold()["quotes"][:1]))])
    assert scores.speakers_correct == 0


def test_a_spurious_next_step_lowers_precision_not_recall() -> None:
    steps = [
        NextStep("Kedua pihak sepakat untuk memperkuat koordinasi.", "Kedua pihak"),
        NextStep("Pendekatan ini akan memperkuat ekosistem.", None),
    ]
    scores = score([(facts(next_steps=steps), gold())])
    assert scores.metric("next steps recall").value == 1.0
    assert scores.metric("next steps precision").value == 0.5
    assert any("spurious next step “Pendekatan ini" in f for f in scores.failures)


def test_a_next_step_clause_matches_its_sentence() -> None:
    steps = [NextStep("sepakat untuk memperkuat koordinasi", None)]
    assert score([(facts(next_steps=steps), gold())]).steps_matched == 1


def test_a_step_matches_its_gold_whatever_code_marks_the_page_left_in_it() -> None:
    # The readers take a page's code-span marks off; a gold copied from the page may keep them.
    marked = gold(
        next_steps=[{"text": "Kedua pihak sepakat memakai label `buatan Sukamaju`.", "actor": None}]
    )
    steps = [NextStep("Kedua pihak sepakat memakai label buatan Sukamaju.", None)]
    assert score([(facts(next_steps=steps), marked)]).steps_matched == 1


def test_quotes_match_when_nearly_whole_and_match_once() -> None:
    text = "Kami ingin kerja sama ini berkelanjutan dan saling menguntungkan bagi kedua negara"
    g = gold(quotes=[{"text": text, "speaker": "Irene Umar"}])
    nearly = Quote(text.rsplit(" ", 1)[0], "Irene Umar")  # the last word cut: still ≥ 80 %
    fragment = Quote("Kami ingin kerja sama ini berkelanjutan", "Irene Umar")  # under 80 %
    assert score([(facts(quotes=[nearly]), g)]).quotes_matched == 1
    assert score([(facts(quotes=[fragment]), g)]).quotes_matched == 0
    twice = score([(facts(quotes=[nearly, Quote(text, "Irene Umar")]), g)])
    assert (twice.quotes_matched, twice.quotes_found) == (1, 2)


def test_dates_outlets_and_warnings() -> None:
    no_date = score(
        [
            (
                facts(event_date=None, warnings=["no event date"], date_warnings=["no event date"]),
                gold(event_date=None, expect_warning=True),
            )
        ]
    )
    assert no_date.dates_correct == 1 and no_date.warnings_correct == 1
    # Warning accuracy is about the date: a quote without a speaker is no date warning.
    speakerless = facts(warnings=["quote without a speaker (paragraph 2): “Kami…”"])
    assert score([(speakerless, gold())]).warnings_correct == 1
    assert score([(speakerless, gold(expect_warning=True))]).warnings_correct == 0
    wrong = score([(facts(event_date=dt.date(2025, 1, 20), outlet=None), gold())])
    assert wrong.dates_correct == 0 and wrong.outlets_correct == 0
    assert wrong.warnings_correct == 1
    assert score([(facts(location="JAKARTA"), gold())]).locations_correct == 1


def test_names_compare_without_honorifics_and_degrees() -> None:
    assert normalise_name("Dr. H. Budi Santoso, M.Si.") == "budi santoso"
    assert normalise_name("Prof. Dr. Ir. Hj. Endang Kusumawati, M.Sc.") == "endang kusumawati"
    assert normalise_name("Datuk Ahmad Faizal bin Hashim") == "ahmad faizal bin hashim"
    assert normalise_name("Sri Wahyuni Hartono") == "sri wahyuni hartono"
    # An honorific glued to the name by its stop, as some pages write it.
    assert normalise_name("H.Budi Santoso") == "budi santoso"
    assert normalise_name("dr.Hj.Endang Kusumawati M.Kes") == "endang kusumawati"
    assert normalise_name("KH.Ahmad Faizal") == "ahmad faizal"
    assert normalise_name("A.Rahman Hakim") == "arahman hakim"  # an initial is no honorific
    assert normalise_name("I Gede Wirawan") == "i gede wirawan"


def test_a_role_is_compared_with_its_organisation_brackets_and_abbreviations() -> None:
    def role_right(gold_role: str, role: str | None, organization: str | None = None) -> bool:
        people = [
            {"name": "Irene Umar", "role": gold_role},
            {"name": "Dr. H. Ali Wardana, M.Si.", "role": None},
        ]
        found = facts(people=[Person("Irene Umar", role, organization), Person("Ali Wardana", "Duta Besar")])
        scores = score([(found, gold(people=people))])
        assert scores.roles_gold == 1  # a person the gold gives no role is not counted
        return scores.roles_correct == 1

    assert role_right("Direktur Utama PT Kereta Nusantara", "Direktur Utama", "PT Kereta Nusantara")
    assert role_right("Menteri Perhubungan (Menhub)", "Menhub")
    assert role_right("menteri perhubungan", "Menteri Perhubungan")
    assert role_right("Ketua Asosiasi Pedagang Kopi Nusantara (APKN)", "Ketua APKN")
    assert role_right("Rektor Universitas Lembah Hijau (Unlemhi)", "Rektor Unlemhi")
    assert not role_right("Direktur Jenderal Perhubungan Laut", "Direktur Jenderal Perhubungan")
    assert not role_right("Kepala Dinas Pariwisata", "Kepala")
    assert not role_right("Kepala Dinas Pariwisata", None)
    scores = score([(facts(people=[Person("Irene Umar", "Kepala")]), gold())])
    assert (
        "01-test.txt: role of 'Irene Umar' is 'Kepala', not 'Wakil Menteri Kementerian Ekonomi Kreatif'"
        in scores.failures
    )


def test_format_table_shows_percent_and_counts() -> None:
    scores = Scores(articles=32, quotes_gold=32, quotes_matched=31, quotes_found=31)
    table = format_table(scores)
    assert re.search(r"quotes recall\s+96\.9%\s+\(31/32\)", table)
    assert re.search(r"speaker accuracy\s+0\.0%\s+\(0/31\)", table)
    assert re.search(r"people recall\s+n/a\s+\(0/0\)", table)


def test_load_gold_names_the_file_on_errors(tmp_path: Path) -> None:
    bad_json = tmp_path / "01-bad.gold.json"
    bad_json.write_text('{"event_date": null,', encoding="utf-8")
    with pytest.raises(GoldError, match=r"01-bad\.gold\.json: not valid JSON"):
        load_gold(bad_json)
    missing = tmp_path / "02-missing.gold.json"
    data = dict(gold())
    del data["people"]
    missing.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldError, match=r"02-missing\.gold\.json: missing key\(s\): people"):
        load_gold(missing)
    bad_date = tmp_path / "03-date.gold.json"
    bad_date.write_text(json.dumps(gold(event_date="2026-02-30")), encoding="utf-8")
    with pytest.raises(GoldError, match=r"03-date\.gold\.json: event_date is not a real date"):
        load_gold(bad_date)
    bad_quote = tmp_path / "04-quote.gold.json"
    bad_quote.write_text(json.dumps(gold(quotes=[{"text": "…"}])), encoding="utf-8")
    with pytest.raises(GoldError, match=r"04-quote\.gold\.json: quotes\[0\]"):
        load_gold(bad_quote)


# --------------------------------------------------------------------------- the evaluation set


def eval_articles() -> list[Path]:
    # README.md describes the set; the articles are the numbered files.
    return sorted(p for p in EVAL.iterdir() if p.suffix in ARTICLE_SUFFIXES and re.match(r"\d\d-", p.name))


def gold_path(article: Path) -> Path:
    return article.with_name(f"{article.stem}.gold.json")


_IMAGE_LINE = re.compile(r"^\S*\.(?:jpe?g|png|gif|webp)\)?$", re.IGNORECASE)


def read_by_lines(path: Path) -> Article:
    """A stand-in for the readers while they are being written: front matter, then paragraphs."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, object] = {}
    if path.suffix == ".md":
        _, front, text = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        blocks = [" ".join(line.strip() for line in b.splitlines()) for b in re.split(r"\n\s*\n", text)]
    else:
        blocks = text.splitlines()
    paragraphs = [b.strip() for b in blocks if b.strip() and not _IMAGE_LINE.match(b.strip())]
    published = meta.get("date")
    return Article(
        source=str(path),
        title=str(meta["title"]) if "title" in meta else None,
        paragraphs=paragraphs,
        format=path.suffix.lstrip("."),
        outlet=str(meta["outlet"]) if "outlet" in meta else None,
        url=str(meta["url"]) if "url" in meta else None,
        published=published if isinstance(published, dt.date) else None,
    )


def read_eval_article(path: Path) -> Article:
    try:
        from briefgen.readers import read_article  # noqa: F401
    except ImportError:
        return read_by_lines(path)
    from briefgen.pipeline import load_article

    article = load_article(path)
    # A checkout's modification time says nothing about when the article was written; left in,
    # it would make the year of "Selasa (20/1)" depend on the day the repository was cloned.
    article.file_date = None
    return article


def test_every_article_has_a_valid_gold_file() -> None:
    articles = eval_articles()
    assert len(articles) == 40
    golds = sorted(EVAL.glob("*.gold.json"))
    assert sorted(gold_path(a) for a in articles) == golds
    for path in golds:
        load_gold(path)


def _flat(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("---\n", 2)[2]
    elif path.suffix == ".html":
        text = "\n".join(read_eval_article(path).paragraphs)
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


@pytest.mark.parametrize("article", eval_articles(), ids=lambda p: p.name)
def test_gold_wording_is_the_articles_own(article: Path) -> None:
    """Annotations copy the article: a typo in a gold file would count against extraction."""
    flat = _flat(article)
    unquoted = re.sub(r"[“”\"]", "", flat)
    annotation = load_gold(gold_path(article))
    for quote in annotation["quotes"]:
        assert quote["text"] in unquoted, quote["text"]
        assert quote["speaker"] is None or quote["speaker"] in flat, quote["speaker"]
    for step in annotation["next_steps"]:
        assert step["text"] in unquoted, step["text"]
    for person in annotation["people"]:
        assert person["name"] in flat, person["name"]


@pytest.fixture(scope="module")
def measured() -> Scores:
    pairs = [
        (extract(read_eval_article(path), today=TODAY), load_gold(gold_path(path)))
        for path in eval_articles()
    ]
    return score(pairs)


def test_extraction_meets_the_floors(measured: Scores) -> None:
    print("\n" + format_table(measured) + "\n\n" + format_failures(measured))
    below = []
    for metric in measured.metrics():
        floor = FLOORS[metric.name]
        if metric.value is not None and metric.value * 100 < floor:
            below.append(f"{metric.name}: {metric.value * 100:.1f}% < floor {floor}%")
    assert not below, "\n".join(below)


# --------------------------------------------------------------------------- the blind holdout

HOLDOUT = Path(__file__).resolve().parent / "data" / "holdout"
# First measured blind on 2026-11-23 (see tests/data/holdout/README.md); raised after general
# fixes of the failure classes it revealed, made by someone who never saw the set. They only go up.
HOLDOUT_FLOORS = {
    "event date accuracy": 95,
    "quotes recall": 100,
    "quotes precision": 100,
    "speaker accuracy": 100,
    "next steps recall": 100,
    "next steps precision": 97,
    "outlet accuracy": 100,
    "location accuracy": 90,
    "warning accuracy": 100,
    "people recall": 100,
    "people precision": 93,
    "role accuracy": 91,  # added 2026-12-02 at 91.2% (52/57)
}


def test_the_blind_holdout_stays_above_its_first_measurement() -> None:
    from briefgen.pipeline import evaluate

    measured = evaluate(HOLDOUT, TODAY)
    print("\n" + format_table(measured))
    assert measured.articles == 20
    below = [
        f"{m.name}: {m.value * 100:.1f}% < floor {HOLDOUT_FLOORS[m.name]}%"
        for m in measured.metrics()
        if m.value is not None and m.value * 100 < HOLDOUT_FLOORS[m.name]
    ]
    assert not below, "\n".join(below)


# --------------------------------------------------------------------------- real published articles

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
# Issue 11's targets on the 40 real articles of ../shared/corpus (read in place, never copied
# here). Every target was met on 2026-12-01 (measured at the third stop: event date, quotes,
# speakers, outlet, place, warnings and people 100%, next steps 88.5/94.4%). They only go up.
CORPUS_FLOORS = {
    "event date accuracy": 95,
    "quotes recall": 95,
    "quotes precision": 95,
    "speaker accuracy": 98,
    "next steps recall": 85,
    "next steps precision": 80,
    "outlet accuracy": 90,
    "location accuracy": 90,
    "warning accuracy": 90,
    "people recall": 98,
    "people precision": 98,
    "role accuracy": 93,  # 83.9% (78/93) when added, 89.2% (83/93) then 93.5% (87/93) on 2026-12-02
}


def test_real_published_articles_meet_the_targets() -> None:
    from briefgen.pipeline import evaluate

    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{CORPUS} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{CORPUS} is absent (the real corpus lives beside the checkout, in ../shared)")
    measured = evaluate(CORPUS, TODAY)
    print("\n" + format_table(measured) + "\n\n" + format_failures(measured))
    assert measured.articles == 40
    below = [
        f"{m.name}: {m.value * 100:.1f}% < floor {CORPUS_FLOORS[m.name]}%"
        for m in measured.metrics()
        if m.value is not None and m.value * 100 < CORPUS_FLOORS[m.name]
    ]
    assert not below, "\n".join(below)
