"""The canonical-name post-pass (briefgen/extract/coref.py), on sentences written for these tests
(invented people; the places are regencies of the gazetteer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.extract import extract
from briefgen.extract.coref import resolve_people
from briefgen.model import Article, Facts, NextStep, Person, Quote

TODAY = dt.date(2026, 11, 22)


def _facts(*paragraphs: str) -> Facts:
    return extract(Article(source="test.txt", title=None, paragraphs=list(paragraphs)), today=TODAY)


def _names(facts: Facts) -> list[str]:
    return [p.name for p in facts.people]


def _resolved(paragraphs: list[str], people: list[Person], quotes: list[Quote]) -> Facts:
    facts = Facts(article=Article(source="t.txt", title=None, paragraphs=paragraphs))
    facts.people, facts.quotes = people, quotes
    resolve_people(facts, paragraphs)
    return facts


# Class 1: the role's region glued to the front of the name.
def test_region_after_a_role_word_is_not_part_of_the_name() -> None:
    text = ["Pj Bupati Tegal Suharyanto meninjau pasar pada Senin (3/2/2025)."]
    facts = _resolved(text, [Person("Tegal Suharyanto", "Pj Bupati")], [])
    assert _names(facts) == ["Suharyanto"]
    assert facts.people[0].role == "Pj Bupati Tegal"


def test_hospital_place_before_a_titled_name_is_stripped() -> None:
    text = ["Direktur RSUD Harapan Bireuen dr Salmanto mengatakan ruang rawat penuh."]
    facts = _resolved(
        text, [Person("Bireuen dr Salmanto", "Direktur")], [Quote("Penuh.", "Bireuen dr Salmanto")]
    )
    assert _names(facts) == ["dr Salmanto"]
    assert facts.quotes[0].speaker == "dr Salmanto"


def test_a_person_whose_first_name_is_not_a_place_keeps_it() -> None:
    text = ["Kepala dinas, Budi Hartanto, meninjau pasar."]
    facts = _resolved(text, [Person("Budi Hartanto", "Kepala dinas")], [])
    assert _names(facts) == ["Budi Hartanto"]


# Class 2: a role chain before a rank; degrees after the name stay.
def test_rank_opens_the_name_and_the_chain_before_it_is_the_role() -> None:
    speaker = "Kapolres Tegal Kota AKBP Gede Arya Wirawan SIK"
    text = [
        f"“Kami tindak tegas,” kata {speaker}.",
        "“Tidak ada toleransi,” tandas Kapolres Tegal Kota didampingi stafnya.",
    ]
    facts = _resolved(
        text, [], [Quote("Kami tindak tegas", speaker, 0), Quote("Tidak ada toleransi", None, 1)]
    )
    assert _names(facts) == ["Gede Arya Wirawan SIK"]
    assert facts.people[0].role == "Kapolres Tegal Kota"
    assert [q.speaker for q in facts.quotes] == ["Gede Arya Wirawan SIK"] * 2


def test_a_title_taken_from_the_first_mention_brings_the_degrees_written_there() -> None:
    text = [
        "Di Aula Polda, Brigjend Pol. Drs. Sugeng Raharjo, M.Phil yang baru menjabat bertemu wartawan.",
        "“Kami akan berikan pengawalan,” ujar Sugeng Raharjo.",
    ]
    assert _names(_facts(*text)) == ["Drs. Sugeng Raharjo, M.Phil"]


def test_names_a_rank_introduces_are_people() -> None:
    text = ["Kegiatan itu didampingi Kabag Ops Kompol Danu Prasetyo dan Kasat Samapta AKP Joni Saputra."]
    facts = _resolved(text, [], [])
    assert _names(facts) == ["Danu Prasetyo", "Joni Saputra"]


# Class 3: short later mentions.
def test_first_word_and_title_completion_resolve_to_one_person() -> None:
    text = [
        "Direktur RSUD Sehat Sentosa drg Laras Wening Pratiwi mengatakan pasien naik.",
        "“Kapasitas kami terbatas,” kata Laras.",
    ]
    people = [Person("Wening Pratiwi", "Direktur"), Person("Laras")]
    facts = _resolved(text, people, [Quote("Kapasitas kami terbatas", "Laras", 1)])
    assert _names(facts) == ["drg Laras Wening Pratiwi"]
    assert facts.quotes[0].speaker == "drg Laras Wening Pratiwi"


def test_title_of_a_hospitals_namesake_is_not_the_persons() -> None:
    text = ["Direktur RSUD dr Suwarno Adi Purnomo mengatakan ruang isolasi penuh."]
    facts = _resolved(text, [Person("Adi Purnomo", "Direktur")], [])
    assert _names(facts) == ["Adi Purnomo"]


def test_nickname_from_the_letters_of_the_name() -> None:
    text = ["Juru bicara, Rahmansyah Wirakusuma, mengonfirmasi jadwal.", "“Masih proses,” kata Ray."]
    people = [Person("Rahmansyah Wirakusuma", "Juru bicara"), Person("Ray")]
    facts = _resolved(text, people, [Quote("Masih proses", "Ray", 1)])
    assert _names(facts) == ["Rahmansyah Wirakusuma"]
    assert facts.quotes[0].speaker == "Rahmansyah Wirakusuma"
    assert "Ray" in facts.people[0].aliases


def test_short_form_that_fits_two_people_stays_as_is() -> None:
    text = ["Rahmat Hidayat dan Rahmat Sugianto hadir.", "“Siap,” kata Rahmat."]
    people = [Person("Rahmat Hidayat"), Person("Rahmat Sugianto")]
    facts = _resolved(text, people, [Quote("Siap", "Rahmat", 1)])
    assert facts.quotes[0].speaker == "Rahmat"


def test_nickname_introduced_by_the_text() -> None:
    text = [
        "Bupati Contoh Ahmad Nurfalah meminta OPD responsif.",
        "Kemudian, lanjut Mas Fafa sapaan akrabnya, OPD harus disiplin.",
    ]
    facts = _resolved(text, [Person("Ahmad Nurfalah", "Bupati Contoh"), Person("Mas Fafa")], [])
    assert _names(facts) == ["Ahmad Nurfalah"]
    assert "Mas Fafa" in facts.people[0].aliases


def test_one_word_speaker_is_completed_from_its_first_full_mention() -> None:
    text = [
        "Menteri Luar Negeri Sekar Ayuningtyas dan Menlu Negara Lain Tom Brandt bertemu.",
        "“Pertemuan produktif,” ujar Sekar dalam konferensi pers bersama Menlu Brandt.",
    ]
    facts = _resolved(text, [Person("Tom Brandt", "Menlu")], [Quote("Pertemuan produktif", "Tom Brandt", 1)])
    assert "Sekar Ayuningtyas" in _names(facts)
    # Class 4: the subject of "ujar X dalam … bersama Y" is the speaker.
    assert facts.quotes[0].speaker == "Sekar Ayuningtyas"


def test_role_abbreviation_stands_for_its_one_holder() -> None:
    text = ["Menteri Perdagangan Darto Wibisono membuka pameran.", "“Kita dorong ekspor,” ujar Mendag."]
    people = [Person("Darto Wibisono", "Menteri Perdagangan")]
    facts = _resolved(text, people, [Quote("Kita dorong ekspor", "Mendag", 1)])
    assert facts.quotes[0].speaker == "Darto Wibisono"


def test_misspelt_repeat_of_a_long_name_merges() -> None:
    text = ["Sukmawati Anggraeni hadir.", "Sukmawaty Anggraeni menutup acara."]
    facts = _resolved(text, [Person("Sukmawati Anggraeni"), Person("Sukmawaty Anggraeni")], [])
    assert _names(facts) == ["Sukmawati Anggraeni"]


def test_step_actor_is_the_canonical_name() -> None:
    text = ["Juru bicara, Rahmansyah Wirakusuma, mengonfirmasi jadwal."]
    facts = Facts(article=Article(source="t.txt", title=None, paragraphs=text))
    facts.people = [Person("Rahmansyah Wirakusuma"), Person("Ray")]
    facts.next_steps = [NextStep("Jadwal akan diumumkan.", actor="Ray")]
    resolve_people(facts, text)
    assert facts.next_steps[0].actor == "Rahmansyah Wirakusuma"


# Class 5: units, places and initials are not people.
def test_unit_and_place_records_are_dropped() -> None:
    text = ["Bupati membentuk Tim Reaksi Cepat di Badung.", "Warga U. menolak."]
    people = [Person("Reaksi Cepat", "Bupati Bentuk Tim"), Person("Badung"), Person("U.")]
    assert _names(_resolved(text, people, [])) == []


def test_a_name_after_a_comma_following_a_team_leaders_title_is_kept() -> None:
    text = ["Ketua Tim Penggerak Desa, Rina Wulandari menyatakan kader akan dilibatkan."]
    people = [Person("Rina Wulandari", "Ketua Tim", "Penggerak Desa")]
    assert _names(_resolved(text, people, [])) == ["Rina Wulandari"]
    glued = ["Ketua membentuk Tim Rina Wulandari."]  # the unit's own name, no comma before it
    assert _names(_resolved(glued, [Person("Rina Wulandari", "Ketua Bentuk Tim")], [])) == []


def test_whole_extraction_strips_the_region_from_the_name() -> None:
    facts = _facts(
        "SLAWI - Pj Bupati Tegal Suharyanto meminta dukungan warga pada Senin (3/2/2025).",
        "“Saya minta dukungan,” ujar Suharyanto.",
    )
    assert "Suharyanto" in _names(facts)
    assert not any(name.startswith("Tegal") for name in _names(facts))


CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus (the real articles) is absent")
def test_no_canonical_name_opens_with_a_role_word_on_the_corpus() -> None:
    from briefgen.extract.coref import _ROLE_WORDS
    from briefgen.pipeline import load_article

    for path in sorted(CORPUS.glob("r*.txt"))[:12]:
        facts = extract(load_article(path), today=TODAY)
        for person in facts.people:
            assert person.name.split()[0] not in _ROLE_WORDS, (path.name, person.name)


def test_a_hospital_after_its_region_then_the_director_keeps_the_director() -> None:
    # "RSUD Sleman Darto": the region, then the director (no doctor's title: no namesake).
    facts = _facts(
        "SLEMAN - Bupati meninjau rumah sakit didampingi Direktur RSUD Sleman Darto Wibisono,"
        " Senin (3/2/2025).",
        "Direktur RSUD Sleman Darto Wibisono mengaku butuh dukungan.",
    )
    assert _names(facts) == ["Darto Wibisono"]


def test_a_weekday_or_a_function_word_after_a_ranked_name_is_not_part_of_it() -> None:
    facts = _facts(
        "Kapolda Sukamaju Irjen Darto Wibisono meninjau markas itu pada Senin (21/4/2025).",
        "“Setiap pelanggaran akan ditindak tegas,” ujar Irjen Darto Senin (21/4).",
        "Baca: Panglima Pastikan Kelulusan Letda Pnb Sekar",
        "Soal anggaran, Darto mengatakan belum ada kendala.",
    )
    assert "Darto Senin" not in _names(facts)
    assert not any(name.endswith("Soal") for name in _names(facts))
    assert [q.speaker for q in facts.quotes] == ["Darto Wibisono"]


def test_a_nickname_cue_starts_at_a_word_not_inside_one() -> None:
    # A nickname starting inside a word ("…xRapat, sapaan akrab") made the pattern retry at every
    # capital of a glued run of words, quadratic in its length (a fuzzed input took 4.9 s of CPU).
    from briefgen.extract.coref import _nicknames

    assert _nicknames("Rapat dipimpin Mas Ipin, sapaan akrabnya, pagi itu.") == [(15, "Mas Ipin")]
    assert _nicknames("kodexRapat, sapaan akrab peserta.") == []
    assert _nicknames("RapatKoordinasi" * 200 + " dan lainnya.") == []


def test_a_regional_office_and_its_region_before_a_name_are_the_role() -> None:
    # "Kejari Sleman": the district prosecutor's office of a region the gazetteer knows (not one
    # of the few places the name rules know) glued between the role and the name.
    facts = _facts(
        "Kejaksaan memeriksa enam saksi perkara dana desa pada Senin (3/2/2025).",
        "“Enam saksi kami periksa hari ini secara bergantian,” kata Kasi Pidsus Kejari Sleman"
        " Darto Wibisono.",
        "“Pemeriksaan berlanjut pekan depan,” ujar Darto.",
    )
    assert _names(facts) == ["Darto Wibisono"]
    # the office stays with the person, as part of the role or as the organisation
    person = facts.people[0]
    assert "Kejari Sleman" in " ".join(filter(None, (person.role, person.organization)))
    assert [q.speaker for q in facts.quotes] == ["Darto Wibisono", "Darto Wibisono"]


def test_a_unit_of_a_body_ends_the_role_before_the_name() -> None:
    # "Head of the Agency News Section Budi": a section, bureau or division is no part of a name.
    facts = _facts(
        "JAKARTA - The agency will question two more witnesses next week, on Tuesday, June 4.",
        '"The investigators have sent the summons to both of them," said Head of the Agency News'
        " Section Darto Wibisono to reporters.",
    )
    assert _names(facts) == ["Darto Wibisono"]
    assert facts.people[0].role == "Head of the Agency News Section"
    assert [q.speaker for q in facts.quotes] == ["Darto Wibisono"]


def test_a_name_written_once_in_another_order_keeps_the_usual_order() -> None:
    # A photo caption above the story swaps two given names; the story writes them its own way.
    facts = _facts(
        "Rina Sekar Wulandari janji benahi pasar ikan",
        "Foto - Calon menteri Sekar Rina Wulandari tiba di gedung DPR, Kamis (14/3/2019). (FOTO/Agus)",
        "Jakarta - Menteri yang baru dilantik Rina Sekar Wulandari menyatakan akan membenahi pasar ikan,"
        " Rabu (23/12/2020).",
        "“Semua pasar ikan akan kami periksa satu per satu,” ujar Wulandari.",
    )
    assert _names(facts) == ["Rina Sekar Wulandari"]
    assert [q.speaker for q in facts.quotes] == ["Rina Sekar Wulandari"]


def test_an_english_portfolio_noun_after_of_is_the_roles_not_the_names() -> None:
    # "Head of Intelligence Darto Wibisono": an abstract English noun after "Head of" is the
    # portfolio; a given name with such an ending after an Indonesian role word is kept.
    facts = _facts(
        "JAKARTA - The agency questioned five witnesses on Monday, February 3, 2025.",
        '"All five witnesses answered every question," said Head of Intelligence Darto Wibisono.',
        '"Two more will come next week," said Head of Public Relations Rina Wulandari.',
    )
    # the portfolio stays with the person, in the role or as the organisation, never in the name
    assert [(p.name, " ".join(filter(None, (p.role, p.organization)))) for p in facts.people] in (
        [("Darto Wibisono", "Head of Intelligence"), ("Rina Wulandari", "Head of Public Relations")],
        [("Darto Wibisono", "Head Intelligence"), ("Rina Wulandari", "Head of Public Relations")],
    )
    assert [q.speaker for q in facts.quotes] == ["Darto Wibisono", "Rina Wulandari"]
    kept = _facts(
        "MEDAN - Dinas itu memeriksa lima puskesmas pada Senin (3/2/2025).",
        "“Semua puskesmas sudah kami periksa satu per satu,” kata dokter Constance Maria Sihombing.",
    )
    assert "Constance Maria Sihombing" in _names(kept)


def test_an_office_and_its_region_alone_is_no_person() -> None:
    # The role after the name ("Darto, Kasi Intel Kejari Sleman") leaves the office and its
    # region as a run of capitals: an organisation, not a second person.
    facts = _facts(
        "Kejaksaan memeriksa enam saksi perkara dana desa pada Senin (3/2/2025).",
        "“Enam saksi kami periksa hari ini,” kata Darto Wibisono, Kepala Seksi Intelijen Kejari Sleman.",
        "“Pemeriksaan berlanjut pekan depan,” jelas Hendra yang juga Ketua Bawaslu Sleman.",
    )
    assert not {"Kejari Sleman", "Bawaslu Sleman"} & set(_names(facts))


def test_a_national_body_between_the_role_and_the_name_is_the_roles() -> None:
    facts = _facts(
        "Kejaksaan Agung memeriksa enam saksi perkara impor pada Senin (3/2/2025).",
        "“Enam saksi kami periksa hari ini,” papar Direktur Penyidikan Jampidsus Kejagung Darto Wibisono.",
        "“Semua tahapan sudah kami siapkan,” kata Komisioner KPU RI Rina Wulandari.",
    )
    assert _names(facts) == ["Darto Wibisono", "Rina Wulandari"]
    assert [q.speaker for q in facts.quotes] == ["Darto Wibisono", "Rina Wulandari"]


def test_a_unit_of_a_body_alone_is_no_person() -> None:
    facts = _facts(
        "JAKARTA - The agency questioned the witness again on Tuesday, June 4.",
        '"The examination will go on next week," explained Darto Wibisono as Head of the Agency News'
        " Section.",
    )
    assert _names(facts) == ["Darto Wibisono"]
    assert [q.speaker for q in facts.quotes] == ["Darto Wibisono"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Dalam sambutannya, Gus Darmo -sapaan wali kota- meminta warga tertib.",
        "Dalam sambutannya, Gus Darmo, sapaan wali kota itu, meminta warga tertib.",
        "Wali Kota Sukamaju Sudarmono alias Gus Darmo meminta warga tertib.",
        "Wali kota yang akrab dengan sapaan Gus Darmo itu meminta warga tertib.",
    ],
)
def test_a_nickname_introduced_by_sapaan_or_alias_is_the_full_name(introduction: str) -> None:
    text = [
        "Wali Kota Sukamaju Sudarmono memimpin apel pagi di halaman balai kota.",
        introduction,
        "“Kita jaga bersama kota ini dengan penuh tanggung jawab,” kata Gus Darmo.",
    ]
    people = [Person("Sudarmono", "Wali Kota Sukamaju"), Person("Gus Darmo")]
    facts = _resolved(
        text, people, [Quote("Kita jaga bersama kota ini dengan penuh tanggung jawab", "Gus Darmo", 2)]
    )
    assert _names(facts) == ["Sudarmono"]
    assert facts.quotes[0].speaker == "Sudarmono"


def test_a_misspelt_body_after_a_one_word_name_is_not_its_surname() -> None:
    # "Sekretriat Daerah" misspelt: the word before "Daerah" heads a body, not the end of the name.
    text = [
        "Kepala Bidang Kesenian Marlina membuka pendaftaran lomba tari tahun ini.",
        "Menurut Marlina Sekretriat Daerah sedang mendata kegiatan semua dinas.",
        "“Pendaftaran kami buka sampai akhir bulan depan,” kata Marlina.",
    ]
    quote = Quote("Pendaftaran kami buka sampai akhir bulan depan", "Marlina", 2)
    facts = _resolved(text, [Person("Marlina", "Kepala Bidang Kesenian")], [quote])
    assert _names(facts) == ["Marlina"]
    assert facts.quotes[0].speaker == "Marlina"


def test_a_form_of_address_and_the_end_of_a_javanese_name_is_that_person() -> None:
    text = [
        "Gubernur Contoh Soepratmo melantik empat pejabat baru di gedung negara.",
        "“Jangan membatalkan perjanjian yang sudah ada dengan pihak mana pun,” ujar Pakde Pratmo.",
    ]
    quote = Quote("Jangan membatalkan perjanjian yang sudah ada dengan pihak mana pun", "Pakde Pratmo", 1)
    facts = _resolved(text, [Person("Soepratmo", "Gubernur Contoh"), Person("Pakde Pratmo")], [quote])
    assert _names(facts) == ["Soepratmo"]
    assert facts.quotes[0].speaker == "Soepratmo"


def test_a_form_of_address_and_a_different_short_name_stays_apart() -> None:
    text = [
        "Gubernur Contoh Soepratmo melantik empat pejabat baru di gedung negara.",
        "“Kami siap bekerja sama dengan semua pihak,” ujar Pakde Harjono.",
    ]
    quote = Quote("Kami siap bekerja sama dengan semua pihak", "Pakde Harjono", 1)
    facts = _resolved(text, [Person("Soepratmo", "Gubernur Contoh"), Person("Pakde Harjono")], [quote])
    assert facts.quotes[0].speaker == "Pakde Harjono"


# An office glued to its region's short form ("Gubri" for the Gubernur Riau) before the name.
@pytest.mark.parametrize(
    ("region", "glued"),
    [("Riau", "Gubri"), ("Sumatera Utara", "Gubsu"), ("Kalimantan Barat", "Gubkalbar"), ("Sumut", "Wagubsu")],
)
def test_an_office_glued_to_its_region_is_not_part_of_the_name(region: str, glued: str) -> None:
    office = "Wakil Gubernur" if glued.startswith("Wagub") else "Gubernur"
    facts = _facts(
        f"PEKANBARU - {office} {region}, Hartono Wibisana, meminta semua dinas mempercepat belanja.",
        f"“Belanja modal harus selesai bulan depan,” ucap Plt {glued} Hartono Wibisana.",
    )
    assert [q.speaker for q in facts.quotes] == ["Hartono Wibisana"]
    assert "Hartono Wibisana" in _names(facts)
    assert not any(glued in name for name in _names(facts))


def test_a_glued_form_without_its_region_written_out_stays_a_name() -> None:
    # "Gubrianto" opens like "Gub" + letters, but no "Gubernur R…" is written: a given name.
    facts = _facts(
        "Kepala Dinas Pertanian Gubrianto Saleh meninjau sawah di Cilacap pada Senin (3/2/2025).",
        "“Panen raya kami mulai pekan depan di tiga kecamatan,” ujar Gubrianto Saleh.",
    )
    assert [q.speaker for q in facts.quotes] == ["Gubrianto Saleh"]


# A region the gazetteer lacks, written by the text as one ("Pemerintah Kota Sukaraya"): after a
# regional title it is the office's region, not the first word of the holder's name.
@pytest.mark.parametrize("title", ["Walikota", "Bupati"])
def test_a_region_the_text_writes_as_one_is_not_part_of_the_name(title: str) -> None:
    region = "Kota" if title == "Walikota" else "Kabupaten"
    facts = _facts(
        f"SUKARAYA - {title} Sukaraya Hartono mengumpulkan para camat di aula {region} Sukaraya,"
        " Senin (3/2/2025).",
        "“Semua proyek harus selesai pada pertengahan Desember,” kata Hartono.",
        f"“Laporan akhir kami minta paling lambat tanggal 15,” tegas {title} Sukaraya Hartono.",
    )
    assert [q.speaker for q in facts.quotes] == ["Hartono", "Hartono"]
    assert _names(facts) == ["Hartono"]


def test_a_capitalised_word_after_kota_that_goes_on_as_a_name_is_no_region() -> None:
    # "Kota Sukaraya Hartono": the word is followed by another capitalised one, so it is not learnt.
    facts = _facts(
        "Kepala Dinas Kota Hartono Wibisana meninjau pasar pada Senin (3/2/2025).",
        "“Harga cabai turun sejak pekan lalu,” kata Hartono Wibisana.",
    )
    assert [q.speaker for q in facts.quotes] == ["Hartono Wibisana"]


# Balinese names: the caste title or birth-order opener ("Anak Agung", "I Made", "Ni Luh") is
# part of the name though alone it reads as a common word or an initial.
@pytest.mark.parametrize(
    "name",
    [
        "Anak Agung Ngurah Wirasanjaya",
        "I Made Sutarja Wibawa",
        "Ida Bagus Surya Pramana",
        "Ni Luh Sekar Ayuni",
    ],
)
def test_a_balinese_name_keeps_its_opener(name: str) -> None:
    facts = _facts(
        f"Kepala Dinas Pariwisata Kabupaten Gianyar {name} meninjau pura pada Senin (2/10/2023).",
        "“Tahun depan kami bangun dua balai budaya di Gianyar,” tuturnya kepada wartawan.",
    )
    assert [q.speaker for q in facts.quotes] == [name]
    assert name in _names(facts)


def test_a_word_before_a_name_that_no_balinese_opener_completes_stays_out() -> None:
    facts = _facts(
        "Para guru dan anak Budi Santoso hadir di sekolah pada Senin (2/10/2023).",
        "“Sekolah ini akan kami perluas tahun depan,” kata Budi Santoso.",
    )
    assert [q.speaker for q in facts.quotes] == ["Budi Santoso"]


# A headline capitalises its verb: "Menlu Hartono Bertemu Menlu Jepang" gives no name "Hartono Bertemu".
def test_a_headline_verb_after_a_name_is_not_part_of_it() -> None:
    facts = _facts(
        "Menlu RI Wibisana Bertemu Menlu Jepang Kenji Sato, Bahas Apa Saja?",
        "Jakarta - Menteri Luar Negeri RI Wibisana bertemu Menteri Luar Negeri Jepang Kenji Sato di Tokyo,"
        " Rabu (19/2/2026).",
        "“Kami ingin kemitraan ekonomi kedua negara makin seimbang,” ujar Wibisana dalam keterangannya.",
    )
    assert [q.speaker for q in facts.quotes] == ["Wibisana"]
    assert "Wibisana Bertemu" not in _names(facts)


def test_a_name_in_full_in_a_list_line_later_in_the_text_keeps_its_last_word() -> None:
    # "Pj Gubernur Papua Hartono Wibisana" is a line of a list, not the headline; "Hartono" in
    # the story opens another person's name.
    facts = _facts(
        "Mendagri Lantik Tiga Penjabat Gubernur di Jakarta",
        "Menteri Dalam Negeri Budi Santoso melantik tiga penjabat gubernur pada Selasa (5/9/2023).",
        "Masa jabatan Hartono Kusuma di Jawa Barat sudah habis.",
        "Pj Gubernur Jawa Barat Dewi Lestari",
        "Pj Gubernur Papua Hartono Wibisana",
    )
    assert "Hartono Wibisana" in _names(facts)


def test_a_headline_below_the_lead_does_not_run_its_clause_into_the_name() -> None:
    """A scraped page may print the headline after the lead; its words run on from the name
    ("Rina Kartika Buka Suara Soal …"), and the lead writes the same clause in lower case."""
    facts = _facts(
        "JAKARTA - Menteri Luar Negeri, Kartika buka suara terkait bocornya rekaman percakapan"
        " Presiden Hartono dengan Presiden Brasil Lucas Almeida di sela-sela sidang PBB.",
        "Menlu Kartika Buka Suara Soal Bocornya Rekaman Hartono-Lucas Almeida di New York",
        '"Keduanya memang cukup dekat, jadi banyak hal yang dibicarakan di luar agenda resmi," kata Kartika.',
    )
    kartika = next(p for p in facts.people if "Kartika" in p.name)
    assert kartika.name == "Kartika"
    assert kartika.role == "Menteri Luar Negeri"
    assert kartika.organization is None and "Hartono-Lucas Almeida" not in kartika.aliases
    assert [q.speaker for q in facts.quotes] == ["Kartika"]


def test_a_noun_that_introduces_a_name_is_not_part_of_it() -> None:
    facts = _facts(
        "Jakarta - Presiden Hartono kembali menunjuk Rina Kartika sebagai Menteri Kesehatan.",
        "Nama Rina Kartika diumumkan sebagai Menteri Kesehatan di Istana pada Minggu (20/10/2024).",
        "Menkes Rina menyampaikan bahwa Presiden memberikan tiga tugas khusus kepada dirinya.",
        '"Nomor satu yang harus diberesin adalah skrining nasional," kata Rina.',
    )
    assert _names(facts) == ["Hartono", "Rina Kartika"]


@pytest.mark.parametrize("written", ["AKBP Rudi Hartono", "Kombes Pol Rudi Hartono"])
def test_a_rank_after_the_verb_of_saying_is_no_part_of_the_speakers_name(written: str) -> None:
    facts = _facts(
        "BOGOR - Polisi menahan tiga pengemudi truk, Selasa (6/5/2025).",
        f'"Kami akan menindak tegas setiap pelanggaran," ujar {written}.',
    )
    assert [q.speaker for q in facts.quotes] == ["Rudi Hartono"]


def test_a_cry_is_attributed_like_speech() -> None:
    facts = _facts(
        "BOGOR - Massa berkumpul di depan gedung DPRD, Selasa (6/5/2025).",
        "Koordinator aksi Rudi Hartono memimpin orasi.",
        '"Turunkan harga pupuk!" teriak Rudi yang disambut massa.',
    )
    assert [q.speaker for q in facts.quotes] == ["Rudi Hartono"]
