"""Key points and register entries generated in both languages from frames, and the corpus floor."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from briefgen.model import Actor, Article, EventFrame, Facts, NextStep, Quote
from briefgen.translate.frames import key_point, step_parts, step_text
from briefgen.translate.glossary import Glossary

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
SEEDS = REPO.parent / "shared" / "seeds"
GLOSSARY = Glossary.load()
IRENE = Actor("Irene Umar", "Wakil Menteri Ekonomi Kreatif")
TUESDAY = dt.date(2026, 1, 20)


def facts_with(frame: EventFrame | None, *background: str) -> Facts:
    return Facts(article=Article("x", None, ["…"]), event=frame, background=list(background))


def test_a_visit_in_both_languages_with_who_whom_where_and_when() -> None:
    frame = EventFrame(
        actor=IRENE,
        verb="menerima kunjungan",
        counterparts=[Actor(None, None, "Pemerintah Kabupaten Jepara")],
        place="Jakarta",
        date=TUESDAY,
    )
    point = key_point(facts_with(frame), GLOSSARY)
    assert point.origin == "generated"
    assert point.id == (
        "Wakil Menteri Ekonomi Kreatif Irene Umar menerima kunjungan Pemerintah Kabupaten Jepara"
        " di Jakarta pada Selasa, 20 Januari 2026."
    )
    assert point.en == (
        "Deputy Minister of Creative Economy Irene Umar received a visit from the Jepara Regency Government"
        " in Jakarta on Tuesday, 20 January 2026."
    )


def test_a_long_role_after_the_verb_is_set_off_by_commas() -> None:
    guest = Actor("Ali Andika Wardana", "Deputy Chief of Mission", "KBRI Seoul")
    frame = EventFrame(actor=IRENE, verb="menerima kunjungan", counterparts=[guest], place="Jakarta")
    assert key_point(facts_with(frame), GLOSSARY).en == (
        "Deputy Minister of Creative Economy Irene Umar received a visit from the Deputy Chief of Mission"
        " of the Embassy of the Republic of Indonesia in Seoul, Ali Andika Wardana, in Jakarta."
    )


def test_a_missing_slot_shortens_the_sentence_and_nothing_is_guessed() -> None:
    no_guest = key_point(facts_with(EventFrame(actor=IRENE, verb="menerima kunjungan")), GLOSSARY)
    assert no_guest.en == "Deputy Minister of Creative Economy Irene Umar received a visit."
    assert "from" not in (no_guest.en or "")
    # A counterpart without English is left out of both languages, not half translated.
    unknown = Actor(None, None, "Paguyuban Pedagang Pasar Gede")
    frame = EventFrame(actor=IRENE, verb="menerima kunjungan", counterparts=[unknown])
    point = key_point(facts_with(frame), GLOSSARY)
    assert point.en == "Deputy Minister of Creative Economy Irene Umar received a visit."
    assert "Paguyuban" not in point.id
    # "menggelar" cannot stand without what was held: who, where and when only.
    held = key_point(facts_with(EventFrame(actor=IRENE, verb="menggelar", place="Bandung")), GLOSSARY)
    assert held.en == "Deputy Minister of Creative Economy Irene Umar in Bandung."
    assert held.id == "Wakil Menteri Ekonomi Kreatif Irene Umar di Bandung."


def test_a_verb_without_its_slot_drops_the_preposition_that_would_introduce_it() -> None:
    attended = EventFrame(actor=IRENE, verb="hadir dalam", place="Makassar", date=TUESDAY)
    point = key_point(facts_with(attended), GLOSSARY)
    assert point.id == (
        "Wakil Menteri Ekonomi Kreatif Irene Umar hadir di Makassar pada Selasa, 20 Januari 2026."
    )
    assert point.en == (
        "Deputy Minister of Creative Economy Irene Umar attended an event in Makassar"
        " on Tuesday, 20 January 2026."
    )
    visited = key_point(facts_with(EventFrame(actor=IRENE, verb="berkunjung ke")), GLOSSARY)
    assert visited.id == "Wakil Menteri Ekonomi Kreatif Irene Umar berkunjung."


def test_objects_bodies_and_passives() -> None:
    body = Actor(None, None, "Kementerian UMKM")
    held = key_point(
        facts_with(EventFrame(actor=body, verb="menggelar", obj="forum bisnis", date=TUESDAY)), GLOSSARY
    )
    assert held.id == "Kementerian UMKM menggelar forum bisnis pada Selasa, 20 Januari 2026."
    assert held.en == (
        "The Ministry of Micro, Small and Medium Enterprises held a business forum"
        " on Tuesday, 20 January 2026."
    )
    passive = EventFrame(verb="digelar", obj="rapat koordinasi", place="Surabaya")
    assert key_point(facts_with(passive), GLOSSARY).en == "A coordination meeting was held in Surabaya."
    assert key_point(facts_with(passive), GLOSSARY).id == "Rapat koordinasi digelar di Surabaya."


def test_a_delegation_of_a_body_named_in_english() -> None:
    from briefgen.extract import extract

    facts = extract(
        Article(
            "x",
            None,
            [
                "Kementerian Pariwisata menerima kunjungan delegasi Korea Tourism Organization di Jakarta,"
                " Senin (2/3/2026)."
            ],
        ),
        today=dt.date(2026, 11, 22),
    )
    assert key_point(facts, GLOSSARY).en == (
        "The Ministry of Tourism received a visit from the Korea Tourism Organization in Jakarta"
        " on Monday, 2 March 2026."
    )


def test_a_role_without_english_leaves_the_name_and_no_frame_leaves_the_english_pending() -> None:
    odd = Actor("Budi Santoso", "Juru Kunci Makam")
    point = key_point(facts_with(EventFrame(actor=odd, verb="membuka", obj="pameran")), GLOSSARY)
    assert point.en == "Budi Santoso opened an exhibition."
    assert point.id == "Juru Kunci Makam Budi Santoso membuka pameran."
    # A body without English: the Indonesian says it all, the English waits for translation.
    body = Actor(None, None, "Paguyuban Pedagang Pasar Gede")
    pending = key_point(facts_with(EventFrame(actor=body, verb="menggelar", obj="pameran")), GLOSSARY)
    assert (pending.id, pending.en, pending.origin) == (
        "Paguyuban Pedagang Pasar Gede menggelar pameran.",
        None,
        "missing",
    )
    nothing = key_point(facts_with(None, "Harga cabai naik."), GLOSSARY)
    assert (nothing.id, nothing.en, nothing.origin) == ("Harga cabai naik.", None, "missing")


def test_an_english_lead_is_the_english_of_its_key_point() -> None:
    sentence = "Trade Minister Budi Santoso met Japanese business leaders in Jakarta on Monday."
    frame = EventFrame(actor=Actor("Budi Santoso", "Menteri Perdagangan"), sentence=sentence, lang="en")
    point = key_point(facts_with(frame), GLOSSARY)
    assert (point.en, point.origin) == (sentence, "source")  # not a translator's: counted apart
    assert point.id == "Menteri Perdagangan Budi Santoso."


def test_an_english_articles_indonesian_key_point_has_no_english_role_and_says_who_was_quoted() -> None:
    sentence = "Two provinces signed a water supply deal on Friday, the public works ministry said."
    frame = EventFrame(
        actor=Actor("Budi Santoso", "minister"), place="Jakarta", date=TUESDAY, sentence=sentence, lang="en"
    )
    facts = facts_with(frame)
    facts.quotes = [Quote("The pipes will be laid next year.", speaker="Budi Santoso")]
    point = key_point(facts, GLOSSARY)
    assert (point.en, point.origin) == (sentence, "source")
    # The English title is given in Indonesian where the glossary has it, and the quoted person
    # gave a statement: a sentence, not a list of who, where and when.
    assert point.id == "Menteri Budi Santoso menyampaikan keterangan di Jakarta pada Selasa, 20 Januari 2026."
    # A title the glossary cannot give in Indonesian is left out; without a quote, no statement.
    unknown = EventFrame(
        actor=Actor("Budi Santoso", "water czar"), place="Jakarta", sentence=sentence, lang="en"
    )
    assert key_point(facts_with(unknown), GLOSSARY).id == "Budi Santoso di Jakarta."


def test_a_step_whose_action_is_all_known_words_is_a_whole_english_sentence() -> None:
    step = NextStep(
        "Kedua pihak sepakat untuk memperkuat koordinasi dan pengawasan ke depan.",
        actor="kedua pihak",
        kind="agreement",
        action="memperkuat koordinasi dan pengawasan ke depan",
    )
    text = step_text(step, GLOSSARY)
    assert text.origin == "generated"
    assert text.en == "Both parties agreed to strengthen coordination and supervision going forward."
    assert text.id == step.text


def test_a_step_with_an_unknown_word_keeps_actor_kind_and_due_in_english_and_the_action_pending() -> None:
    step = NextStep(
        "Kemenekraf dan KBRI Seoul berencana menggelar temu sineas pada Mei 2026.",
        actor="Kemenekraf dan KBRI Seoul",
        due=dt.date(2026, 5, 1),
        due_precision="month",
        kind="plan",
        action="menggelar temu sineas",
    )
    assert step_text(step, GLOSSARY).en is None
    assert step_text(step, GLOSSARY).origin == "missing"
    parts = step_parts(step, GLOSSARY)
    assert parts.actor is not None
    assert (
        parts.actor.en
        == "the Ministry of Creative Economy and the Embassy of the Republic of Indonesia in Seoul"
    )
    assert parts.kind is not None and (parts.kind.id, parts.kind.en) == ("Rencana", "Plan")
    assert parts.due is not None and (parts.due.id, parts.due.en) == ("pada Mei 2026", "in May 2026")
    assert (parts.action.id, parts.action.en, parts.action.origin) == (
        "menggelar temu sineas",
        None,
        "missing",
    )


def test_an_action_must_read_verb_then_nouns_word_by_word_order_is_refused() -> None:
    # "kerja sama ekonomi": nouns in Indonesian order would come out backwards in English.
    step = NextStep("…", kind="plan", action="memperkuat kerja sama investasi", due=dt.date(2026, 3, 24))
    assert step_text(step, GLOSSARY).en is None
    joined = NextStep(
        "…", kind="plan", action="memperkuat kerja sama dan investasi", due=dt.date(2026, 3, 24)
    )
    assert step_text(joined, GLOSSARY).en == (
        "Plan: strengthen cooperation and investment on Tuesday, 24 March 2026."
    )


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "english_keypoints", REPO / "benchmarks" / "english_keypoints.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_judges_a_verbless_or_half_indonesian_key_point_incomplete() -> None:
    judge = _benchmark().judge
    verbless = facts_with(EventFrame(actor=IRENE, place="Bandung"))
    assert not judge(verbless, GLOSSARY).complete
    held = facts_with(EventFrame(actor=IRENE, verb="menggelar", obj="pameran", place="Bandung"))
    assert judge(held, GLOSSARY).complete


def test_at_least_nine_in_ten_corpus_key_points_are_complete_english() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the real corpus is expected at {CORPUS} (present in CI)")
    verdicts = _benchmark().measure([CORPUS], dt.date(2026, 11, 22))
    assert len(verdicts) == 40
    complete = [v for v in verdicts if v.complete]
    assert len(complete) >= 36, [f"{Path(v.source).name}: {v.reason}" for v in verdicts if not v.complete]
    # Most of them must say what happened, not only that someone spoke.
    assert sum(v.kind == "event verb" for v in complete) >= 16


def test_the_seed_visit_gets_its_generated_key_point() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are expected at {SEEDS}")
    from briefgen.pipeline import date_in_name, discover, load_article, understand

    points = []
    for path in discover([SEEDS]):
        article = load_article(path)
        article.file_date = date_in_name(path.name)
        points.append(key_point(understand(article, dt.date(2026, 11, 22)), GLOSSARY))
    assert all(p.origin == "generated" and p.en for p in points)
    assert any(p.en and " received a visit from " in p.en and " in Jakarta on " in p.en for p in points)


def test_a_frame_with_no_one_and_nothing_in_it_is_no_key_point_of_its_own() -> None:
    # only a place and a date were read: "Pada Senin, 5 Januari 2026." says nothing; the article's
    # first sentence stands, its English pending
    frame = EventFrame(
        place="Sukamaju", date=TUESDAY, sentence="Warga mengeluhkan jalan rusak, Selasa (20/1)."
    )
    point = key_point(facts_with(frame, "Warga mengeluhkan jalan rusak, Selasa (20/1)."), GLOSSARY)
    assert (point.id, point.en, point.origin) == (
        "Warga mengeluhkan jalan rusak, Selasa (20/1).",
        None,
        "missing",
    )
    bare = key_point(facts_with(frame), GLOSSARY)
    assert bare.id == frame.sentence


def test_a_statement_says_what_it_was_about_in_both_languages() -> None:
    frame = EventFrame(
        actor=IRENE, verb="menyampaikan keterangan", place="Jakarta", date=TUESDAY, topic="harga beras"
    )
    point = key_point(facts_with(frame), GLOSSARY)
    assert point.origin == "generated"
    assert point.id == (
        "Wakil Menteri Ekonomi Kreatif Irene Umar menyampaikan keterangan tentang harga beras"
        " di Jakarta pada Selasa, 20 Januari 2026."
    )
    assert point.en == (
        "Deputy Minister of Creative Economy Irene Umar gave a statement on rice prices"
        " in Jakarta on Tuesday, 20 January 2026."
    )


def test_a_verb_without_its_slot_takes_the_topic_and_a_filled_slot_does_not() -> None:
    alone = key_point(facts_with(EventFrame(actor=IRENE, verb="meninjau", topic="sampah")), GLOSSARY)
    assert alone.id.endswith("meninjau terkait sampah.")
    assert alone.en is not None and alone.en.endswith("regarding waste.")
    held = EventFrame(actor=IRENE, verb="menggelar", obj="pameran", topic="ekonomi kreatif")
    assert "terkait" not in key_point(facts_with(held), GLOSSARY).id


def test_a_topic_already_written_is_not_repeated_and_an_unknown_one_is_left_out() -> None:
    written = EventFrame(actor=IRENE, verb="menyampaikan keterangan", topic="ekonomi kreatif")
    point = key_point(facts_with(written), GLOSSARY)
    assert point.id == "Wakil Menteri Ekonomi Kreatif Irene Umar menyampaikan keterangan."
    unknown = EventFrame(actor=IRENE, verb="menyampaikan keterangan", topic="bukan topik")
    assert key_point(facts_with(unknown), GLOSSARY).en == (
        "Deputy Minister of Creative Economy Irene Umar gave a statement."
    )


def test_a_topic_that_shares_a_word_with_the_verb_is_left_out() -> None:
    frame = EventFrame(actor=IRENE, verb="menyalurkan bantuan", place="Bogor", topic="bantuan sosial")
    assert "bantuan sosial" not in key_point(facts_with(frame), GLOSSARY).id
