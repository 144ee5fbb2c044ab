"""English for officials' roles composed from the glossary (briefgen.translate.roles)."""

from __future__ import annotations

import pytest

from briefgen.translate.glossary import Glossary
from briefgen.translate.roles import translate_role


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load()


@pytest.mark.parametrize(
    ("role", "english"),
    [
        ("Wakil Menteri Ekonomi Kreatif", "Deputy Minister of Creative Economy"),
        (
            "Wakil Menteri Pariwisata/Wakil Kepala Badan Pariwisata",
            "Deputy Minister of Tourism/Deputy Head of the Tourism Agency",
        ),
        ("Direktur Regional KOCCA Indonesia", "Regional Director of KOCCA Indonesia"),
        ("Kepala Dinas Kebudayaan Provinsi Bali", "Head of the Bali Provincial Culture Office"),
        ("Ketua AGI", "Chair of AGI"),
        ("Direktur Pengembangan Ekspor Kemendag", "Director of Export Development, Ministry of Trade"),
        ("Deputy Chief of Mission", "Deputy Chief of Mission"),
        ("COO RUNUP Company", "COO RUNUP Company"),
        ("Wamen Ekraf", "Deputy Minister of Creative Economy"),
        ("Menteri Luar Negeri", "Minister of Foreign Affairs"),
        ("Menko Perekonomian", "Coordinating Minister for Economic Affairs"),
        (
            "Staf Ahli Menteri Komdigi Bidang Ekonomi Digital",
            "Expert Staff to the Minister of Communication and Digital Affairs for Digital Economy",
        ),
        ("Asisten Deputi Musik Kemenekraf", "Assistant Deputy for Music, Ministry of Creative Economy"),
        (
            "Kepala Divisi Kerja Sama Internasional KOFIC",
            "Head of the International Cooperation Division of KOFIC",
        ),
        (
            "Direktur Film dan Animasi Kemenekraf",
            "Director of Film and Animation, Ministry of Creative Economy",
        ),
        ("DCM KBRI Seoul", "Deputy Chief of Mission of the Embassy of the Republic of Indonesia in Seoul"),
        ("Duta Besar RI untuk Korea Selatan", "Ambassador of the Republic of Indonesia to South Korea"),
        ("Ketua dan Pendiri Studio Ombak", "Chair and Founder of Studio Ombak"),
        ("Plt. Kepala Dinas Pariwisata Kabupaten Jepara", "Acting Head of the Jepara Regency Tourism Office"),
        ("Gubernur Jawa Barat", "Governor of West Java"),
        ("Pemerintah Provinsi Sulawesi Selatan", "South Sulawesi Provincial Government"),
        ("Anggota Komisi VII DPR", "Member of Commission VII of the House of Representatives"),
        ("Wakil Menteri Ekonomi Kreatif (Wamen Ekraf)", "Deputy Minister of Creative Economy"),
        ("wakil ketua", "Vice Chair"),
        ("Perwakilan pembeli dari Osaka", "Representative of buyers from Osaka"),
        ("mantan Menteri Perdagangan", "former Minister of Trade"),
        ("eks Gubernur Jawa Barat", "former Governor of West Java"),
        ("calon wakil presiden", "candidate for Vice President"),
    ],
)
def test_translate_role(glossary: Glossary, role: str, english: str) -> None:
    assert translate_role(glossary, role) == english


@pytest.mark.parametrize(
    "role",
    [
        "Salah satu peserta",  # not a title the glossary knows
        "Direktur Pemasyarakatan",  # an Indonesian word with no entry
        "Gubernur Kalimantan Tengah",  # "Tengah" would stay Indonesian
        "pemilik usaha mebel ukir di Desa Sukamaju",
        "",
    ],
)
def test_translate_role_refuses_half_indonesian_english(glossary: Glossary, role: str) -> None:
    assert translate_role(glossary, role) is None


def test_names_outside_the_glossary_pass_through(glossary: Glossary) -> None:
    assert translate_role(glossary, "Ketua Asosiasi Musik Pesisir") == "Chair of Asosiasi Musik Pesisir"
    assert translate_role(glossary, "Direktur Utama PT Layar Biru") == "President Director of PT Layar Biru"
    assert translate_role(glossary, "Bupati Jepara") == "Regent of Jepara"


def test_translate_role_is_cached_per_glossary_and_bounded(glossary: Glossary) -> None:
    roles = ["Menteri Perdagangan", "Wakil Gubernur Jawa Barat", "Kepala Dinas Pariwisata", "Juru masak"]
    first = [translate_role(glossary, r) for r in roles]
    assert first == [translate_role.__wrapped__(glossary, r) for r in roles]  # computed afresh
    assert [translate_role(glossary, r) for r in roles] == first  # from the cache
    assert any(english is not None for english in first)
    assert translate_role.cache_info().maxsize is not None  # bounded
    # Another glossary is another key: its own English, never the first one's.
    empty = Glossary([])
    assert translate_role(glossary, "Menteri Perdagangan") == "Minister of Trade"
    assert translate_role(empty, "Menteri Perdagangan") is None
