"""Who said a quotation (speakers.py): the mentions a pronoun attribution can go back to."""

from __future__ import annotations

import pytest

from briefgen.extract.organizations import find_definitions
from briefgen.extract.people import find_people
from briefgen.extract.quotes import attribute_quotes, find_quote_spans
from briefgen.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    paras = list(paragraphs)
    people = find_people(paras, find_definitions(paras))
    quotes, _, _ = attribute_quotes(find_quote_spans(paras, people), paras, people)
    return quotes


@pytest.mark.parametrize(
    "attribution",
    [
        "“Kepala dinas harus datang sendiri ke rapat ini,”sentilnya saat membuka rapat.",
        "“Kepala dinas harus datang sendiri ke rapat ini,” akuinya.",
        "“Kepala dinas harus datang sendiri ke rapat ini”, sergahnya, Rabu (22/11).",
        "“Kepala dinas harus datang sendiri ke rapat ini!” perintah Gubernur Wulan.",
        "“Kepala dinas harus datang sendiri ke rapat ini,” himbau Wulan.",
    ],
)
def test_a_verb_of_saying_after_the_closing_mark_outside_the_list_attributes(attribution: str) -> None:
    quotes = quotes_of(
        "Gubernur Sukamaju Wulan Sari membuka rapat koordinasi bersama Presiden Hendra Wijaya.",
        "Presiden Hendra Wijaya juga menyinggung kehadiran para kepala daerah.",
        "Sementara itu, Wulan Sari menegur kepala daerah yang tidak hadir.",
        attribution,
    )
    assert [q.speaker for q in quotes] == ["Wulan Sari"]


@pytest.mark.parametrize("word", ["selanjutnya", "sebelumnya", "akhirnya", "misalnya"])
def test_an_adverb_in_nya_after_a_closing_mark_is_no_attribution(word: str) -> None:
    quotes = quotes_of(
        "Gubernur Sukamaju Wulan Sari membuka rapat koordinasi bersama Presiden Hendra Wijaya.",
        f"Warga menyebut program itu “sekolah sore untuk semua anak desa”, {word}.",
    )
    assert quotes == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "On the campaign, Ambassador Wiyono shared, “We expect twice as many visitors from the Gulf.”",
        "Ambassador Wiyono recounted: “We expect twice as many visitors from the Gulf next year.”",
        "“We expect twice as many visitors from the Gulf next year,” he expounded.",
        "“We expect twice as many visitors from the Gulf next year,” he further elucidated on Monday.",
    ],
)
def test_an_english_verb_in_ed_outside_the_list_attributes_a_quotation(paragraph: str) -> None:
    quotes = quotes_of(
        "The Indonesian Ambassador, Dodi Wiyono, met the Minister of Tourism, Sara Hadley, in the capital.",
        "Ambassador Wiyono said the embassy would open a tourism desk.",
        paragraph,
    )
    assert [q.speaker for q in quotes] == ["Dodi Wiyono"]


def test_a_verb_in_ed_after_a_quotation_needs_a_pronoun_subject() -> None:
    quotes = quotes_of(
        "The Indonesian Ambassador, Dodi Wiyono, met the Minister of Tourism, Sara Hadley, in the capital.",
        "Visitors called the festival “the best week of the whole year for our town”, prices increased.",
    )
    assert quotes == []


@pytest.mark.parametrize(
    "description", ["Konsulat RI di Kuching", "Kantor Perwakilan Sukamaju", "Humas KJRI"]
)
def test_a_description_naming_no_one_then_a_known_name_in_apposition_is_that_person(description: str) -> None:
    quotes = quotes_of(
        "Konsulat Jenderal RI di Kuching memulangkan dua warga negara Indonesia.",
        f"“Keduanya dipulangkan dengan pengawalan staf,” ujar {description}, Yono Tri Prasetyo, Sabtu.",
        "“Semua dokumen sudah kami urus sebelum mereka berangkat,” ungkap Yono Tri Prasetyo.",
    )
    assert [q.speaker for q in quotes] == ["Yono Tri Prasetyo", "Yono Tri Prasetyo"]


@pytest.mark.parametrize(
    "description", ["BPS Sukamaju head", "the agency's regional head", "BPS regional office chief"]
)
def test_an_english_description_then_a_name_in_apposition_is_the_named_speaker(description: str) -> None:
    quotes = quotes_of(
        "Hotel occupancy in Sukamaju fell to 40 percent in August.",
        f"“There are direct flights from Seoul every week,” said {description}, Endah Tri Wulandari.",
    )
    assert [q.speaker for q in quotes] == ["Endah Tri Wulandari"]


def test_an_english_name_then_a_title_in_apposition_stays_the_name() -> None:
    quotes = quotes_of(
        "Hotel occupancy in Sukamaju fell to 40 percent in August.",
        "“There are direct flights from Seoul to our island every week,” said Endah Wulandari, Director.",
    )
    assert [q.speaker for q in quotes] == ["Endah Wulandari"]


@pytest.mark.parametrize(
    "description",
    [
        "mantan Kabag Humas Pemkot Sukamaju di era Wali Kota Hanafi Lubis ini",
        "mantan ajudan Presiden Hendra Wijaya itu",
        "eks Kepala Dinas Pariwisata Sukamaju tersebut",
    ],
)
def test_a_description_pointing_back_is_the_person_followed_whoever_it_names(description: str) -> None:
    quotes = quotes_of(
        "Presiden Hendra Wijaya pernah meresmikan pelabuhan itu bersama Wali Kota Hanafi Lubis.",
        "Kepala Dinas Pariwisata Ratna Dewanti menyambut kapal itu di pelabuhan, Rabu.",
        f"“Dari sini kapal pesiar itu akan berlayar ke Jayapura,” kata {description}.",
    )
    assert [q.speaker for q in quotes] == ["Ratna Dewanti"]


def test_a_nickname_description_pointing_back_names_the_speaker() -> None:
    quotes = quotes_of(
        "Gubernur Sukamaju Arsyad Rachmadi dan Bupati Irwan Nasution meninjau jalan pesisir.",
        "Bupati Irwan Nasution menyambut baik rencana itu.",
        "“Infrastruktur pemasaran sagu harus dipikirkan,” kata pria yang akrab disapa Arsyad ini.",
    )
    assert [q.speaker for q in quotes] == ["Arsyad Rachmadi"]


def test_a_speaker_introduced_as_head_of_a_body_is_who_he_said_refers_to() -> None:
    quotes = quotes_of(
        "Dengue cases rose in twelve provinces, the Minister of Health Ratna Dewanti said on Monday.",
        "Dewi Anggraini, head of the Sukamaju epidemiology office, said that the trend began in November. "
        "“We acted too slowly last year, and the outbreak kept spreading to new villages,” she said.",
    )
    assert [q.speaker for q in quotes] == ["Dewi Anggraini"]


@pytest.mark.parametrize("attribution", ["begitu terang Ketut", "begitu kata Ketut", "demikian tegas Ketut"])
def test_begitu_or_demikian_before_a_verb_of_saying_attributes(attribution: str) -> None:
    quotes = quotes_of(
        "Kepala Pusat Penerangan Hukum Ketut Sumarna dan Jaksa Agung Muda Supriadi memberi keterangan.",
        "Supriadi lalu meninggalkan ruangan lebih dahulu.",
        f"“Status perkara akan diumumkan siang ini pukul sebelas,” {attribution}, Rabu (15/6).",
    )
    assert [q.speaker for q in quotes] == ["Ketut Sumarna"]


def test_an_english_office_with_head_before_the_name_and_said() -> None:
    quotes = quotes_of(
        "Ministry spokeswoman Sinta Maharani said infections went up in many provinces.",
        "Meanwhile, cases in Sukamaju also rose sharply, the agency reported.",
        "“Our clinics saw twice as many patients this month,” Sukamaju Health Agency head Hadi Suwarno said.",
    )
    assert [q.speaker for q in quotes] == ["Hadi Suwarno"]


def test_an_office_in_lower_case_ends_where_the_circumstances_of_the_saying_begin() -> None:
    lead = (
        "Bupati Sukamaju Darmo Santoso memimpin rapat kepala dinas pada Senin pagi. Sekretaris Daerah"
        " Rudi Hartono mencatat hasilnya."
    )
    said = "“Semua laporan harus selesai minggu ini,” kata {} dalam rapat yang digelar tertutup, kemarin."
    assert [q.speaker for q in quotes_of(lead, said.format("bupati"))] == ["Darmo Santoso"]
    # an office no one here holds names no one, whatever follows it
    assert [q.speaker for q in quotes_of(lead, said.format("gubernur"))] == [None]


def test_the_agent_of_a_passive_verb_of_saying_opening_the_sentence_speaks() -> None:
    lead = "Harga cabai di Kota Sukamaju naik sejak awal bulan."
    found = quotes_of(
        lead,
        "Dijelaskan Kabid Perdagangan Disperindag Kota Sukamaju, Wawan Setiadi kepada wartawan, Senin,"
        " “Kami memantau harga setiap hari di semua pasar.”",
    )
    assert [q.speaker for q in found] == ["Wawan Setiadi"]
    # without the passive verb the sentence opens with no verb of saying: no one is given the words
    found = quotes_of(
        lead,
        "Kabid Perdagangan Disperindag Kota Sukamaju, Wawan Setiadi kepada wartawan, Senin,"
        " “Kami memantau harga setiap hari di semua pasar.”",
    )
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize("attribution", ["jelas Bupati.", "kata Bupati.", "ujar Kapolres NTB."])
def test_an_office_alone_that_no_one_in_the_article_holds_is_no_speaker(attribution: str) -> None:
    quotes = quotes_of(
        "Warga Desa Sukamaju mengeluhkan jalan yang rusak sejak musim hujan tahun lalu.",
        f"“Kami akan memeriksa anggaran perbaikan jalan bersama dinas terkait,” {attribution}",
    )
    assert [q.speaker for q in quotes] == [None]
    # the office as written stays with the quote, so the brief can say who spoke
    assert [q.office for q in quotes] == [attribution.split(" ", 1)[1].rstrip(".")]


def test_an_office_alone_still_names_the_holder_the_article_introduced() -> None:
    quotes = quotes_of(
        "Bupati Sukamaju Hendra Wijaya meninjau jalan yang rusak sejak musim hujan.",
        "“Kami akan memeriksa anggaran perbaikan jalan bersama dinas terkait,” jelas Bupati.",
    )
    assert [q.speaker for q in quotes] == ["Hendra Wijaya"]
    assert [q.office for q in quotes] == [None]


def test_a_colloquial_bilang_makes_its_one_word_subject_the_speaker_of_a_later_pronoun() -> None:
    quotes = quotes_of(
        "Rudi bilang, biaya pemilihan naik karena jumlah tempat pemungutan suara bertambah.",
        "Usulan anggaran itu sudah dikirim ke pemerintah daerah pekan lalu.",
        "“Kami masih menunggu jadwal pembahasan dengan pemerintah daerah,” tutupnya.",
    )
    assert [q.speaker for q in quotes] == ["Rudi"]


def test_an_office_alone_after_a_named_speaker_does_not_inherit_the_speaker_before() -> None:
    quotes = quotes_of(
        "“Jalan desa ini rusak sejak musim hujan,” kata Ketua RT Wahyu Santoso.",
        "“Kami akan memeriksa anggaran perbaikan jalan bersama dinas terkait,” jelas Bupati.",
    )
    assert [q.speaker for q in quotes] == ["Wahyu Santoso", None]


@pytest.mark.parametrize("force", ["Pol", "Pol.", "Inf."])
def test_the_force_after_a_rank_with_its_full_stop_leads_into_the_name(force: str) -> None:
    """``Kombes Pol. Suryo``: the short form of the force keeps its full stop, which ends no sentence;
    the speaker is the officer, not the title and rank cut at the stop."""
    rank = "Kolonel" if force == "Inf." else "Kombes"
    quotes = quotes_of(
        "BANDAR ALAM – Dua pengedar ditangkap di rumah kontrakan, Senin (3/3/2025).",
        f"“Keduanya kami tangkap malam hari,” kata Kabid Humas Polda Nusa {rank} {force} Suryo Wibisono.",
    )
    assert [q.speaker for q in quotes] == ["Suryo Wibisono"]
