"""Obligations (``step_obligations``) through the whole extraction: who may bear a duty that makes
it a step. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.model import Article, Facts

TODAY = dt.date(2026, 11, 22)


def facts_of(*paragraphs: str) -> Facts:
    return extract(Article("x", None, list(paragraphs)), today=TODAY)


def test_units_of_government_and_public_servants_bear_the_duties_laid_on_them() -> None:
    facts = facts_of(
        "Gubernur Sulawesi Barat, Hendra Wijaya, memimpin apel pagi.",
        "“Kabupaten/kota harus menyediakan ambulans bagi warga yang sakit,” kata Hendra.",
        "Hendra juga mengingatkan bahwa ASN harus mematuhi aturan kampanye.",
        "“Pendamping harus menyerahkan laporan paling lambat Jumat,” kata Hendra.",
        "Menurut Hendra, Satpol PP juga harus menertibkan reklame liar.",
        "“Anak-anak harus rajin belajar,” kata Hendra.",
        "“Pembeli harus teliti sebelum membayar,” kata Hendra.",
    )
    steps = [(s.text.split()[0].strip("“"), s.actor) for s in facts.next_steps]
    assert [first for first, _ in steps] == ["Kabupaten/kota", "Hendra", "Pendamping", "Menurut"]
    assert steps[0][1] == "Kabupaten/kota"
    assert steps[1][1] == "ASN"


def test_advice_to_those_named_is_read_as_their_duty_a_complaint_about_what_was_not_done_is_not() -> None:
    facts = facts_of(
        "Kepala Dinas Perdagangan Kota Palu, Rudi Hartono, memantau pasar.",
        "Pedagang, kata Rudi, sebaiknya segera melapor ke posko bila harga naik.",
        "“Semua hendaknya menjaga kebersihan los masing-masing,” kata Rudi.",
        "“Banyak urusan kecil yang seharusnya bisa menyelesaikan sendiri malah menunggu saya,” kata Rudi.",
        "“Seharusnya Menteri datang lebih awal,” kata Rudi.",
    )
    steps = [(s.text.split()[0].strip("“,"), s.actor) for s in facts.next_steps]
    assert steps == [("Pedagang", "Pedagang"), ("Semua", "Semua")]


def test_a_body_or_public_servants_named_by_a_common_noun_just_before_the_modal_bear_it() -> None:
    facts = facts_of(
        "Kepala Dinas Perhubungan Kota Palu, Rudi Hartono, meninjau terminal.",
        "“Di setiap terminal, petugas harus memasang papan tarif,” kata Rudi.",
        "“Jadi, kami tegaskan di setiap kantor dinas harus menyediakan ruang laktasi,” kata Rudi.",
        "“Pendamping desa harus mendata ulang penerima bantuan,” kata Rudi.",
        "“Anak-anak kita harus rajin belajar,” kata Rudi.",
        "“Di musim hujan, jalan harus mulus,” kata Rudi.",
    )
    assert [s.actor for s in facts.next_steps] == ["petugas", "setiap kantor dinas", "Pendamping desa"]


def test_a_passive_duty_with_its_time_limit_is_a_step_without_one_it_is_none() -> None:
    facts = extract(
        Article(
            "x",
            None,
            [
                "Peraturan daerah itu sudah harus ditetapkan enam bulan pasca pelantikan bupati.",
                "Laporan itu harus diserahkan paling lambat 14 hari setelah kegiatan.",
                "Laporan itu harus dibuat dengan rapi.",
            ],
        ),
        today=dt.date(2026, 11, 22),
    )
    assert [s.text.split()[0] for s in facts.next_steps] == ["Peraturan", "Laporan"]
    assert all(s.actor is None for s in facts.next_steps)


def test_a_police_unit_that_must_act_bears_the_duty() -> None:
    facts = facts_of(
        "“Reserse juga harus mengungkap kasus pencurian ternak itu,” ujar Kapolres Andi Saputra."
    )
    assert [(s.text.split()[0], s.actor) for s in facts.next_steps] == [("Reserse", "Reserse")]


def test_the_bare_act_of_an_office_after_harus_and_an_agent_named_right_after_the_passive() -> None:
    facts = facts_of(
        "“Kepala dinas harus cabut izin toko yang melanggar itu,” kata Gubernur Andi.",
        "Gubernur menegaskan, yang harus dilakukan para kepala dinas adalah mempercepat belanja modal.",
        "Ia menegaskan, yang harus dilakukan adalah bersabar.",
        "“Kepala dinas harus merasa saling membutuhkan,” kata Gubernur Andi.",
    )
    assert [s.text.split()[0] for s in facts.next_steps] == ["Kepala", "Gubernur"]
