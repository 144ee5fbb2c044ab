"""Who takes a next step (step_subjects): the subject before a cue across an interposed "melalui …"
phrase, after a leading "mulai pekan depan", and performers as acting subjects. Every sentence here
is written for this test."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.extract.people import PeopleIndex
from briefgen.extract.statements import SentenceRef
from briefgen.extract.step_subjects import narrated_subject
from briefgen.model import Article

TODAY = dt.date(2026, 11, 22)


def _subject(text: str, cue: str) -> tuple[bool, str | None]:
    found = narrated_subject(SentenceRef(0, 0, len(text), text), text.index(cue), PeopleIndex(), [])
    return found.found, found.actor


def test_the_body_acting_through_another_set_off_by_commas_is_the_subject() -> None:
    text = "Pemkab Sungai Raya, melalui Dinas Pertanian, akan membagikan benih."
    assert _subject(text, "akan") == (True, "Pemkab Sungai Raya")
    # without the phrase closed by a comma, nothing names the one who acts
    assert _subject("Karena hujan, akan dibagikan benih.", "akan") == (False, None)


def test_a_leading_mulai_pekan_depan_is_not_part_of_the_subject() -> None:
    text = "Mulai pekan depan Dinas Pasar akan membuka loket malam."
    assert _subject(text, "akan") == (True, "Dinas Pasar")
    assert _subject("Mulai pekan depan harga akan naik.", "akan")[0] is False


def test_performers_named_as_such_act_a_stage_does_not() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "Dua penyanyi daerah akan tampil di alun-alun pada malam penutupan.",
                "Panggung itu akan megah.",
            ],
        ),
        today=TODAY,
    )
    assert [s.text.split()[1] for s in facts.next_steps] == ["penyanyi"]


def test_dalam_waktu_dekat_between_the_body_and_its_verb_is_no_part_of_it() -> None:
    text = "Dinas Pasar Kota Nusa dalam waktu dekat akan membuka loket malam."
    assert _subject(text, "akan") == (True, "Dinas Pasar Kota Nusa")


def test_a_subject_after_yakni_opens_its_own_clause() -> None:
    text = "Langkah tegas pun diambil yakni aparat bakal menutup kios yang melanggar."
    assert _subject(text, "bakal") == (True, "aparat")
    # a thing after "yakni" still cannot act
    assert _subject("Ada dua masalah yakni harga bakal naik.", "bakal")[0] is False


def test_pihaknya_set_off_by_a_comma_is_still_the_speakers_side() -> None:
    assert _subject("Pihaknya, akan turun memantau pasar.", "akan")[0] is True
    assert _subject("Karena itu, akan dibagikan benih.", "akan") == (False, None)


def test_english_bodies_after_the_are_subjects() -> None:
    governors = "Under the new rule, the Governors will monitor their regions."
    assert _subject(governors, "will") == (True, "the Governors")
    ministry = "Next year, the Ministry of Public Works and Housing will dredge the lake."
    assert _subject(ministry, "will") == (True, "the Ministry of Public Works and Housing")
    assert _subject("Next year, the Harvest Festival will grow.", "will")[0] is False


def test_connectives_without_their_comma_and_a_time_after_the_reporting_verb_are_not_the_subject() -> None:
    text = "Selain itu pihak Dinas Pasar juga akan meninjau laporan warga."
    assert _subject(text, "akan") == (True, "pihak Dinas Pasar")
    assert _texts("Sementara itu Dinas Pasar akan menutup loket lama.") != []
    text = "Budi menuturkan dalam waktu dekat ia akan memantau pasar."
    assert [actor for _, actor in _steps(text)] == ["Budi"]
    text = "The new port chief Budi Santoso said on Tuesday he would crack down on smugglers."
    assert [actor for _, actor in _steps(text)] == ["Budi Santoso"]


def test_a_pronoun_with_a_team_and_a_speaker_described_before_the_name_act() -> None:
    text = "Rina Wulandari mengatakan dirinya dan tim akan memantau pasar."
    assert [actor for _, actor in _steps(text)] == ["Rina Wulandari"]
    text = "Menteri Perhubungan yang baru dilantik Budi Santoso menyatakan akan memburu masalah di pelabuhan."
    assert [actor for _, actor in _steps(text)] == ["Budi Santoso"]


def _steps(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.actor) for s in extract(Article("x", None, [text]), today=TODAY).next_steps]


def _texts(text: str) -> list[str]:
    return [t for t, _ in _steps(text)]


def test_places_set_off_by_commas_after_a_body_are_not_its_subject() -> None:
    text = "Dinas Pasar Kota Sukamaju, Jawa Barat, akan membuka loket baru."
    assert _steps(text) == [(text, "Dinas Pasar Kota Sukamaju")]
    # a body whose name lists its fields keeps its commas, "/" included
    text = "Dinas Koperasi/UKM, Industri, dan Perdagangan Kabupaten Sukamaju, Jawa Barat, akan membuka loket."
    assert [actor for _, actor in _steps(text)] == [
        "Dinas Koperasi/UKM, Industri, dan Perdagangan Kabupaten Sukamaju"
    ]
    # what lies in a place is still a thing
    assert _steps(
        "Gedung baru yang berdiri di Kecamatan Sukamaju, Kabupaten Tegalrejo, Jawa Tengah, akan dibuka."
    ) == [
        (
            "Gedung baru yang berdiri di Kecamatan Sukamaju, Kabupaten Tegalrejo, Jawa Tengah, akan dibuka.",
            None,
        )
    ]


def test_english_units_of_government_and_office_holders_act() -> None:
    for text, actor in (
        ("The provinces will hold their own fairs.", "The provinces"),
        ("Two regencies in the south will also give grants.", "Two regencies in the south"),
        ("The embassy will open a second office.", "The embassy"),
        ("The minister will visit the port.", "The minister"),
        ("His side will keep watching the depots.", "His side"),
        ("The report said that four cities will join the scheme.", "four cities"),
    ):
        assert _subject(text, "will") == (True, actor), text
    assert _subject("The harvest will reach the port.", "will")[0] is False


def test_a_time_or_the_members_set_off_by_commas_is_not_the_subject() -> None:
    text = "Dinas Pasar Kota Bima, tahun depan, akan membangun dua los baru."
    assert _subject(text, "akan") == (True, "Dinas Pasar Kota Bima")
    text = "Three towns, namely Ayr, Bute and Carr, will also send teams."
    assert _subject(text, "will") == (True, "Three towns")
    assert _subject("Harga cabai, tahun depan, akan naik.", "akan")[0] is False


def test_nanti_or_a_conjunction_opening_the_sentence_is_not_the_subject() -> None:
    text = "Nanti setiap panitia akan menggelar lomba di desanya."
    assert _subject(text, "akan") == (True, "setiap panitia")
    text = "Sebab Dinas Perikanan akan berkoordinasi dengan nelayan."
    assert _subject(text, "akan") == (True, "Dinas Perikanan")
    text = "Bahkan Dinas Perikanan akan mendata semua perahu."
    assert _subject(text, "akan") == (True, "Dinas Perikanan")
    assert _subject("Karena harga akan naik, warga membeli lebih awal.", "akan")[0] is False


def test_an_adverb_of_sequence_or_emphasis_between_the_subject_and_its_modal_is_no_part_of_it() -> None:
    assert _subject("Dinas Perikanan kemudian akan membuka gudang beku.", "akan") == (True, "Dinas Perikanan")
    assert _subject("Balai Benih selanjutnya akan menyalurkan bibit.", "akan") == (True, "Balai Benih")
    assert _subject("Pemerintah kota sendiri akan menanggung biayanya.", "akan") == (True, "Pemerintah kota")
    assert _subject("Harga gabah memang akan naik.", "akan") == (False, None)
    facts = extract(
        Article(
            "x",
            None,
            [
                "Wali Kota Sukamaju Rina Hapsari meninjau pasar.",
                "Rina lantas akan bertolak ke Ternate untuk membuka pameran.",
                "“Kami tetap akan mengawasi harga beras sampai Lebaran,” kata Rina.",
            ],
        ),
        today=TODAY,
    )
    assert [(s.text.split()[0], s.actor) for s in facts.next_steps] == [
        ("Rina", "Rina Hapsari"),
        ("Kami", "Pemerintah Kota Sukamaju"),
    ]


def test_the_speaker_set_off_by_commas_before_the_verb_of_saying_is_the_subject() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "Kepala Dinas Pasar, Budi Santoso, mengatakan akan membuka loket malam.",
                "Menteri Pertanian (Mentan), Rina Hapsari, menegaskan akan menambah pupuk.",
                "Karena hujan, disebutkan akan ada banjir.",
            ],
        ),
        today=TODAY,
    )
    assert [(s.text.split(",")[0], s.actor) for s in facts.next_steps] == [
        ("Kepala Dinas Pasar", "Budi Santoso"),
        ("Menteri Pertanian (Mentan)", "Rina Hapsari"),
    ]


def test_an_office_whose_name_holds_dan_before_the_holders_name_is_one_actor() -> None:
    def actors(text: str) -> list[str | None]:
        return [s.actor for s in extract(Article("x", None, [text]), today=TODAY).next_steps]

    assert actors("Menteri Kelautan dan Perikanan Rina Hapsari akan membuka dua pelabuhan ikan.") == [
        "Rina Hapsari"
    ]
    assert actors("Rina Hapsari dan Budi Santoso akan meninjau pelabuhan itu.") == [
        "Rina Hapsari dan Budi Santoso"
    ]


def test_the_one_singled_out_after_a_comma_is_the_subject_that_acts() -> None:
    facts = extract(
        Article(
            "x",
            None,
            ["Seluruh aparat desa, khususnya Dinas Sosial Sukamaju akan mendata lansia pada Maret 2027."],
        ),
        today=dt.date(2026, 11, 22),
    )
    assert [s.actor for s in facts.next_steps] == ["Dinas Sosial Sukamaju"]
