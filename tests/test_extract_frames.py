"""Event frames read from a lead, and the kind and action of next steps (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract import extract
from briefgen.extract.frames import find_event, find_topic, frame_step, me_forms
from briefgen.lexicons import STATEMENT_VERB, bundled
from briefgen.model import Article, EventFrame, Facts, NextStep, Person

TODAY = dt.date(2026, 11, 22)


def facts_of(*paragraphs: str, title: str | None = None) -> Facts:
    return extract(Article("x", title, list(paragraphs)), today=TODAY)


def event_of(*paragraphs: str, title: str | None = None) -> EventFrame:
    event = facts_of(*paragraphs, title=title).event
    assert event is not None
    return event


def test_a_visit_has_its_host_as_actor_and_the_visitor_as_counterpart() -> None:
    event = event_of(
        "Jakarta (ANTARA) - Wakil Menteri Perdagangan Budi Santoso menerima kunjungan Duta Besar Jepang"
        " untuk Indonesia, Kenji Tanaka, di Jakarta, Senin (2/3/2026). Keduanya membahas peluang ekspor."
    )
    assert event.verb == "menerima kunjungan"
    assert event.actor is not None
    assert (event.actor.name, event.actor.role) == ("Budi Santoso", "Wakil Menteri Perdagangan")
    assert [(c.name, c.role) for c in event.counterparts] == [
        ("Kenji Tanaka", "Duta Besar Jepang untuk Indonesia")
    ]
    assert (event.place, event.date) == ("Jakarta", dt.date(2026, 3, 2))


def test_a_body_whose_name_has_commas_is_the_actor() -> None:
    event = event_of(
        "Kementerian Usaha Mikro, Kecil, dan Menengah (Kementerian UMKM) menggelar bazar di Bandung,"
        " Kamis (5/3/2026)."
    )
    assert event.actor is not None
    assert event.actor.organization == "Kementerian Usaha Mikro, Kecil, dan Menengah"
    assert (event.verb, event.obj) == ("menggelar", "bazar")


def test_a_body_holds_an_event_the_object_lexicon_names() -> None:
    event = event_of(
        "Kementerian Pariwisata menggelar pameran wisata bahari di Denpasar pada Selasa (10/3/2026)."
    )
    assert event.actor is not None
    assert (event.actor.name, event.actor.organization) == (None, "Kementerian Pariwisata")
    assert (event.verb, event.obj, event.place) == ("menggelar", "pameran", "Denpasar")


def test_a_verb_whose_object_the_lexicon_does_not_know_is_no_event() -> None:
    # "membuka peluang" opens an opportunity, not an event: the frame keeps who, where and when.
    event = event_of(
        "Menteri Kesehatan Budi Gunadi Sadikin membuka peluang kerja sama dengan rumah sakit swasta"
        " di Jakarta, Selasa (10/3/2026)."
    )
    assert event.verb is None
    assert event.obj is None
    assert event.actor is not None and event.actor.name == "Budi Gunadi Sadikin"


def test_a_claim_is_not_an_event_and_the_sentence_names_the_events_city() -> None:
    claim = event_of(
        "Menteri Sosial Saifullah Yusuf mengatakan bahwa Presiden Prabowo Subianto memberikan arahan kepada"
        " para bupati, Senin (2/3/2026)."
    )
    assert claim.verb != "memberikan arahan"
    # Filed in Palopo (the dateline), held in Makassar (the sentence): the key point says Makassar.
    facts = facts_of(
        "PALOPO - Menteri Pertanian Andi Amran Sulaiman menghadiri rapat koordinasi di Gedung Juang,"
        " Kota Makassar, Jumat (6/3/2026)."
    )
    assert facts.location == "Palopo"
    assert facts.event is not None and (facts.event.verb, facts.event.place) == ("menghadiri", "Makassar")


def test_a_plan_is_not_an_event_that_happened() -> None:
    event = event_of(
        "Menteri Pertanian Andi Amran Sulaiman akan membuka pameran pangan di Makassar pada Mei 2026."
    )
    assert event.verb is None


def test_a_passive_with_its_agent_and_one_without() -> None:
    opened = event_of(
        "Pameran kerajinan dibuka oleh Gubernur Jawa Tengah Ahmad Lutfi di Semarang, Rabu (4/3/2026)."
    )
    assert (opened.verb, opened.obj) == ("dibuka oleh", "pameran kerajinan")
    assert opened.actor is not None and opened.actor.name == "Ahmad Lutfi"
    held = event_of("Rapat koordinasi digelar di Surabaya pada Rabu (4/3/2026). Rapat membahas stok pangan.")
    assert (held.verb, held.obj, held.actor, held.place) == ("digelar", "rapat koordinasi", None, "Surabaya")


def test_a_headline_stem_is_read_as_its_men_verb() -> None:
    assert me_forms("Gelar") == ["menggelar"]
    assert me_forms("tinjau")[0] == "meninjau"
    assert me_forms("Serahkan")[0] == "menyerahkan"
    assert me_forms("Buka") == ["membuka"]
    assert me_forms("menggelar") == []  # already prefixed
    event = event_of(
        "Pelatihan itu diikuti 40 perawat dari lima puskesmas.",
        title="Kementerian Kesehatan Gelar Pelatihan Tenaga Kesehatan",
    )
    assert (event.verb, event.obj) == ("menggelar", "pelatihan")
    assert event.actor is not None and event.actor.organization == "Kementerian Kesehatan"


def test_the_actor_of_a_time_clause_and_the_event_a_quote_was_said_at() -> None:
    inspected = event_of(
        "Menteri Perdagangan Budi Santoso marah saat meninjau pasar Prambanan, Kamis (5/3/2026)."
    )
    assert inspected.verb == "meninjau"
    assert inspected.actor is not None and inspected.actor.name == "Budi Santoso"
    spoke = event_of(
        "“Stok beras aman sampai Lebaran,” kata Menteri Pertanian Andi Amran Sulaiman dalam rapat koordinasi"
        " di Jakarta, Senin (2/3/2026)."
    )
    assert (spoke.verb, spoke.obj) == ("berbicara dalam", "rapat koordinasi")


def test_a_manner_clause_and_a_lead_behind_page_furniture() -> None:
    welcomed = event_of(
        "Kementerian Pariwisata Indonesia resmi membuka babak baru promosi wisata dengan menyambut"
        " kunjungan Menteri Pariwisata Thailand Sorawong Thienthong di Jakarta, Senin (2/3/2026)."
    )
    assert welcomed.verb == "menyambut kunjungan"
    assert welcomed.actor is not None and welcomed.actor.organization == "Kementerian Pariwisata"
    assert [c.name for c in welcomed.counterparts] == ["Sorawong Thienthong"]
    # Menus and bylines fill the first sentences; the opening sentence of the dateline paragraph is read.
    closed = event_of(
        "Beranda. Nasional. Ekonomi. Olahraga. Hiburan.",
        "Oleh Redaksi 9 Mei 2026 di Nasional",
        "JAKARTA, Warta.id – Kementerian Perhubungan secara resmi menutup posko angkutan Lebaran"
        " pada hari ini.",
    )
    assert (closed.verb, closed.obj) == ("menutup", "posko angkutan lebaran")
    assert closed.actor is not None and closed.actor.organization == "Kementerian Perhubungan"


def test_a_lead_without_an_event_verb_keeps_its_quoted_person_who_gave_a_statement() -> None:
    event = event_of(
        "Menteri Perdagangan Budi Santoso mengatakan harga minyak goreng stabil menjelang Lebaran.",
        "“Harga sudah turun di semua provinsi,” kata Budi di Jakarta, Senin (2/3/2026).",
    )
    assert event.verb == STATEMENT_VERB
    assert event.actor is not None and event.actor.name == "Budi Santoso"


def test_a_one_word_speaker_without_a_role_is_not_made_the_actor() -> None:
    lead = [
        "Harga cabai di Pasar Kramat Jati naik menjelang Ramadan. Pedagang mengeluhkan pasokan yang seret."
    ]
    # A word taken for a name ("Pedagang") is no actor; a full name is, with or without a role.
    assert find_event(lead, None, [Person("Pedagang")], [], None, None, ["Pedagang"]) is None
    named = find_event(lead, None, [Person("Sri Wahyuni")], [], None, None, ["Sri Wahyuni"])
    assert named is not None and named.verb == STATEMENT_VERB


def test_an_english_lead_is_kept_as_written() -> None:
    event = event_of(
        "Jakarta - Trade Minister Budi Santoso met Japanese business leaders in Jakarta on Monday to discuss"
        " new investment in the automotive sector."
    )
    assert event.lang == "en"
    assert event.sentence.startswith("Trade Minister Budi Santoso met Japanese business leaders")
    assert event.verb is None


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        (
            "Kedua pihak sepakat untuk memperkuat koordinasi dan pengawasan ke depan, guna memastikan hasil.",
            "agreement",
            "memperkuat koordinasi dan pengawasan ke depan",
        ),
        ("Kemenkes berencana menggelar pelatihan pada Mei 2026.", "plan", "menggelar pelatihan"),
        (
            "Menteri meminta para kepala dinas untuk mempercepat penyaluran bantuan.",
            "instruction",
            "mempercepat penyaluran bantuan",
        ),
        (
            "Pemerintah menargetkan 500 desa teraliri listrik tahun depan.",
            "target",
            "500 desa teraliri listrik",
        ),
        ("Rapat lanjutan dijadwalkan pada 24 Maret 2026.", "schedule", None),
        ("Bulog berkomitmen menjaga stok beras nasional.", "commitment", "menjaga stok beras nasional"),
        ("Dia meminta kepala daerah yang terpilih membuat dinas khusus.", "instruction", None),
        ("Penumpukan kendaraan harus segera diatasi.", "instruction", "diatasi"),
        # The common spelling with an h is the same appeal.
        ("Camat menghimbau warga agar membersihkan saluran air.", "instruction", "membersihkan saluran air"),
        ("Camat mengimbau warga agar membersihkan saluran air.", "instruction", "membersihkan saluran air"),
        ("Peluncuran aplikasi itu ditunda sampai pekan depan.", "schedule", None),
        ("Harga beras naik tipis pekan ini.", None, None),
    ],
)
def test_a_next_step_gets_its_kind_and_its_action(text: str, kind: str | None, action: str | None) -> None:
    assert frame_step(NextStep(text)) == (kind, action)


def test_extraction_frames_every_next_step() -> None:
    facts = facts_of(
        "Wakil Menteri Perdagangan Budi Santoso menerima kunjungan Duta Besar Jepang untuk Indonesia,"
        " Kenji Tanaka, di Jakarta, Senin (2/3/2026).",
        "Kedua pihak sepakat untuk memperkuat kerja sama perdagangan ke depan.",
    )
    assert [(s.kind, s.action) for s in facts.next_steps] == [
        ("agreement", "memperkuat kerja sama perdagangan ke depan")
    ]


# The skip of words that open no lexicon verb (issue 17) must not change what _verbs_in finds:
# it equals itself with the skip off (every word taken as a possible first word).
_FRAMES_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_WITH_VERBS = (
    "Gubernur menggelar rapat koordinasi dengan para bupati di Semarang.",
    "Gelar Workshop, Dinas Pariwisata Undang Pelaku Usaha",
    "Menteri Budi bertemu dengan Duta Besar Jepang dan menandatangani nota kesepahaman.",
    "The minister held a meeting and signed an agreement with the delegation.",
    "Kepala dinas meninjau lokasi banjir, lalu memimpin rapat.",
    "Tidak ada kata kerja peristiwa di kalimat ini.",
)


class _EveryWord:
    def __contains__(self, word: object) -> bool:
        return True


def _verbs_unskipped(monkeypatch: pytest.MonkeyPatch, sentences: list[str]) -> list[object]:
    from briefgen.extract import frames

    with monkeypatch.context() as patched:
        patched.setattr(frames, "_verb_starts", lambda lexicon: _EveryWord())
        return [frames._verbs_in(sentence, bundled()) for sentence in sentences]


def test_verbs_in_skip_of_words_that_open_no_verb_changes_nothing_on_written_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefgen.extract.frames import _verbs_in

    sentences = list(_WITH_VERBS)
    found = [_verbs_in(sentence, bundled()) for sentence in sentences]
    assert found == _verbs_unskipped(monkeypatch, sentences)
    assert [] in found and sum(len(verbs) for verbs in found) >= 6


def test_verbs_in_skip_of_words_that_open_no_verb_changes_nothing_on_the_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefgen.extract.frames import _verbs_in
    from briefgen.pipeline import discover, load_article

    if not _FRAMES_CORPUS.is_dir():
        pytest.skip(f"{_FRAMES_CORPUS} is absent (the real corpus lives beside the checkout, in ../shared)")
    paragraphs = [p for path in discover([_FRAMES_CORPUS]) for p in load_article(path).paragraphs]
    assert len(paragraphs) > 350  # the 40 articles' paragraphs (the folder's README is no article)
    found = [_verbs_in(p, bundled()) for p in paragraphs]
    assert sum(len(verbs) for verbs in found) > 50
    assert found == _verbs_unskipped(monkeypatch, paragraphs)


def test_the_topic_comes_from_the_headline_first_longest_match() -> None:
    event = event_of(
        "Jakarta - Menteri Perdagangan Budi Santoso menegaskan pemerintah menjaga pasokan menjelang"
        " Ramadan, Senin (2/3/2026).",
        "“Stok aman, masyarakat tidak perlu khawatir,” ujar Budi.",
        title="Mendag Pastikan Harga Beras dan Minyak Goreng Stabil",
    )
    assert event.topic == "harga beras"  # longest first; on a tie, the first


def test_without_a_topic_in_the_headline_the_lead_sentence_gives_it() -> None:
    event = event_of(
        "Jakarta - Menteri Sosial Tri Wahyuni mengatakan penyaluran bansos tahap kedua dimulai pekan"
        " ini, Selasa (3/3/2026).",
        "“Kami pastikan tepat sasaran,” kata Tri.",
        title="Sorotan Hari Ini",
    )
    assert event.verb == STATEMENT_VERB
    assert event.topic == "penyaluran bansos"


def test_a_topic_inside_the_name_of_a_body_or_a_post_is_not_the_topic() -> None:
    event = event_of(
        "Jakarta - Kepala Badan Koordinasi Penanaman Modal Rudi Hartono menyampaikan paparan di"
        " hadapan wartawan, Rabu (4/3/2026).",
        "“Kami terus bekerja,” kata Rudi.",
    )
    assert event.topic is None
    assert find_topic("Menteri Pemuda dan Olahraga Tinjau Stadion", "") is None
    assert find_topic("Wamen Bahas Judi Online", "") == "judi online"
    assert find_topic(None, "Ia menyoroti JUDI online.") == "judi online"  # whole words, any case
    assert find_topic(None, "Ia menyoroti judi onlineku.") is None
