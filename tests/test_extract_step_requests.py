"""Request cues (step_requests): a request or instruction addressed to someone. Every sentence here
is written for this test."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.model import Article

TODAY = dt.date(2026, 11, 22)
LEAD = "MEDAN - Gubernur Sumatera Utara Andi Wijaya membuka rapat koordinasi pada Senin (2/3/2026)."


def _steps(*paragraphs: str) -> list[tuple[str, str | None]]:
    facts = extract(Article("x", None, [LEAD, *paragraphs]), today=TODAY)
    return [(s.text, s.actor) for s in facts.next_steps]


def test_an_office_holder_asked_by_title_without_untuk_is_a_step() -> None:
    cases = {
        "Ia meminta Kapolda menindak tegas pelaku pungutan liar di pelabuhan.": "Kapolda",
        "Budi meminta Menteri Perhubungan Sari Lestari mencabut izin dua perusahaan itu.": "Sari Lestari",
        "Namun, dia meminta OPD memperhatikan usulan warga dalam menyusun anggaran.": "OPD",
        "Anggota DPRD itu meminta Dirut PDAM memperbaiki pipa yang bocor pekan ini.": "Dirut PDAM",
    }
    for sentence, actor in cases.items():
        steps = _steps(sentence)
        assert [text for text, _ in steps] == [sentence], sentence
        assert actor in (steps[0][1] or ""), (sentence, steps)


def test_a_request_for_an_apology_or_to_a_body_not_addressed_by_title_is_not_a_step() -> None:
    for sentence in (
        "Ia meminta maaf kepada warga atas keterlambatan itu.",
        "Dia meminta Menteri Perhubungan Sari Lestari soal jadwal kapal itu.",
        "Ia meminta LPSK membuka data tersebut.",
    ):
        assert _steps(sentence) == [], sentence


def test_all_of_those_under_authority_told_to_act_is_a_step() -> None:
    cases = {
        "Gubernur menyampaikan kepada para camat untuk tetap membuka posko.": "para camat",
        "Pihaknya menyampaikan kepada seluruh lurah dan kades agar segera mendata warga.": "seluruh lurah",
        "Bupati mengingatkan kepada semua kepala dinas, terutama yang melayani warga, agar hadir pagi.": (
            "semua kepala dinas"
        ),
    }
    for sentence, actor in cases.items():
        steps = _steps(sentence)
        assert [text for text, _ in steps] == [sentence], sentence
        assert (steps[0][1] or "").startswith(actor), (sentence, steps)
    # a proposal made to a superior, named by title
    assert _steps("Ia menyampaikan kepada Presiden agar jalan tol ditambah.") == []


def test_a_reminder_a_direction_or_a_passive_request_not_to_act_is_a_step() -> None:
    cases = {
        "Rektor itu mengingatkan seluruh dosen bekerja dengan serius.": "seluruh dosen",
        "Presiden telah mengingatkan Menteri Pertanian Rudi Hartono membentuk dewan pangan.": "Rudi Hartono",
        "Seluruh camat diminta tidak meninggalkan daerah selama masa libur.": "Seluruh camat",
        "Bupati pun terus mengarahkan agar guru tidak terlibat politik praktis.": "guru",
    }
    for sentence, actor in cases.items():
        steps = _steps(sentence)
        assert [text for text, _ in steps] == [sentence], sentence
        assert actor in (steps[0][1] or ""), (sentence, steps)
    # reminded of a fact, no act asked
    assert _steps("Ia mengingatkan bahwa musim hujan sudah tiba.") == []


def test_mendorong_under_an_ability_or_a_purpose_names_an_effect_not_someone_urged() -> None:
    effects = (
        "Andi berharap, lomba kampung bersih dapat mendorong semua warga untuk memilah sampah.",
        "Pameran itu bertujuan mengenalkan produk desa dan mendorong perajin agar naik kelas.",
        "Rapat itu menjadi ajang menyusun usulan, sekaligus mendorong warga agar aktif mengawasi.",
    )
    for sentence in effects:
        assert _steps(sentence) == [], sentence
    urged = (
        "Andi mendorong seluruh kepala desa agar membuka data anggaran desa.",
        "Andi meninjau pasar sekaligus mendorong pedagang agar menurunkan harga cabai.",
    )
    for sentence in urged:
        assert [text for text, _ in _steps(sentence)] == [sentence], sentence


def test_an_appeal_to_a_long_list_of_those_addressed_then_its_purpose_is_a_step() -> None:
    steps = _steps(
        "“Karena itu saya imbau kepada seluruh kepala dinas, baik di tingkat provinsi maupun kabupaten dan"
        " kota, serta para camat, untuk segera mendata rumah yang rusak,” kata Andi."
    )
    assert [text.split()[0] for text, _ in steps] == ["Karena"]


def test_a_recommendation_to_a_body_is_a_request_with_a_bare_verb_or_a_purpose() -> None:
    steps = _steps(
        "Komisi B merekomendasikan Dinas Perikanan tingkatkan pengawasan kapal cantrang.",
        "Komisi C merekomendasikan agar pemerintah kota menambah armada sampah.",
        "Komisi A merekomendasikan Dinas Pendidikan kebijakan zonasi yang baru.",
    )
    assert [text.split()[1] for text, _ in steps] == ["B", "C"]


def test_those_invited_to_act_in_the_passive_are_asked() -> None:
    steps = _steps(
        "Para camat juga diajak memperbaiki layanan administrasi kependudukan.",
        "Warga diajak ke balai desa.",
    )
    assert [text.split()[1] for text, _ in steps] == ["camat"]


def test_an_office_by_its_short_name_urged_to_coordinate_is_a_step() -> None:
    steps = _steps("Ia mengimbau Dinkes koordinasi dengan Disdukcapil dalam pendataan warga.")
    assert [text.split()[1] for text, _ in steps] == ["mengimbau"]
