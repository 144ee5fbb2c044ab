"""The job-title lists moved out of extract.lexicon: still importable from there, and consistent."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract, lexicon, titles
from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people
from briefgen.model import Article


def test_lexicon_reexports_the_same_lists() -> None:
    assert lexicon.TITLES is titles.TITLES
    assert lexicon.TITLE_WORDS is titles.TITLE_WORDS
    assert lexicon.OFFICE_TITLES is titles.OFFICE_TITLES


def test_titles_are_unique_and_their_words_are_title_words() -> None:
    assert len(set(titles.TITLES)) == len(titles.TITLES)
    assert {w for t in titles.TITLES for w in t.split()} == titles.TITLE_WORDS


def test_office_abbreviations_expand_to_longer_titles() -> None:
    # "Menkes" → "Menteri Kesehatan": the full title is never the abbreviation itself.
    assert titles.OFFICE_TITLES["Menkes"] == "Menteri Kesehatan"
    for short, full in titles.OFFICE_TITLES.items():
        assert len(full) > len(short), short


def test_lexicon_reexports_the_rank_tables() -> None:
    assert lexicon.RANKS is titles.RANKS
    assert lexicon.RANK_SUFFIXES is titles.RANK_SUFFIXES


def test_rank_table_holds_police_and_military_ranks_and_corps() -> None:
    # Polri from general to private, the three TNI services, and the corps written after a rank.
    for rank in ("Jenderal", "Komjen", "AKBP", "Kompol", "Iptu", "Aipda", "Bripka", "Bharada"):
        assert rank in titles.RANKS, rank
    for rank in ("Mayjen", "Letkol", "Serda", "Kopka", "Prada", "Laksma", "Marsma", "Kelasi"):
        assert rank in titles.RANKS, rank
    for corps in ("Pnb", "Inf", "Kav", "Czi", "Cpm", "Laut", "TNI", "Pol", "Purn"):
        assert corps in titles.RANK_SUFFIXES, corps
    # Job titles are not ranks: "Kepala", "Direktur" are offices held by anyone.
    assert not {"Kepala", "Direktur", "Ketua"} & titles.RANKS


def test_a_public_prosecutor_introduces_the_name_after_the_body() -> None:
    # "JPU KPK Darto W Santoso": the trial prosecutor's acronym is a title like "Kajari", so the
    # name after the body is a person, and a later "tegasnya" is his.
    paragraphs = [
        "Jaksa KPK akan memanggil lagi sembilan saksi perkara suap itu pada Rabu (5/6/2024).",
        "Saksi yang absen antara lain Rektor Unsuka Prof. Dr. Hendra Wijaya dan pengusaha Rina Lestari.",
        "JPU KPK Darto W Santoso mengatakan, pihaknya ingin para saksi datang ke persidangan.",
        "“Kalau panggilan ketiga tidak juga dipenuhi, kita minta majelis hakim memutuskan,” tegasnya.",
    ]
    facts = extract(Article("t.txt", None, paragraphs), today=dt.date(2026, 11, 22))
    assert ("Darto W Santoso", "JPU") in [(p.name, p.role) for p in facts.people]
    assert [q.speaker for q in facts.quotes] == ["Darto W Santoso"]
    assert titles.OFFICE_TITLES["JPU"] == "Jaksa Penuntut Umum"


def test_no_prosecution_title_takes_a_word_that_opens_names() -> None:
    # Every word of a title is a title word: "Jaksa Agung" would make "Agung Wibowo" a role.
    assert not {"Agung", "Muda"} & titles.TITLE_WORDS


def test_a_commissioner_of_an_independent_body_is_a_title() -> None:
    paragraphs = [
        "KPU menetapkan jadwal kampanye pada Senin (3/2/2025).",
        "“Semua tahapan sudah kami siapkan sejak awal,” kata Komisioner KPU Rina Wulandari.",
    ]
    facts = extract(Article("t.txt", None, paragraphs), today=dt.date(2026, 11, 22))
    assert [(p.name, (p.role or "").split()[:1]) for p in facts.people] == [
        ("Rina Wulandari", ["Komisioner"])
    ]


def _people_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    paras = list(paragraphs)
    return [(p.name, p.role) for p in find_people(paras, find_definitions(paras)).persons()]


def test_the_abbreviated_head_of_government_title_opens_a_name() -> None:
    assert _people_of("PM Selandia Baru Hana Wiremu tiba di Jakarta, Senin (3/2).") == [
        ("Hana Wiremu", "PM Selandia Baru")
    ]
    assert _people_of("Presiden bertemu PM Budi Kartasasmita di Istana, Senin (3/2).") == [
        ("Budi Kartasasmita", "PM")
    ]


def test_a_coordinating_minister_by_his_portfolios_short_name_is_no_part_of_the_name() -> None:
    for portfolio in ("Marves", "PMK", "Pangan", "Infrastruktur"):
        assert _people_of(f"Menko {portfolio} Darto Wibisono meninjau pelabuhan, Senin (3/2).") == [
            ("Darto Wibisono", f"Menko {portfolio}")
        ], portfolio
