"""People, roles, organisations and acronyms, and the merging of later mentions into one person."""

from __future__ import annotations

from briefgen.extract.lexicon import known_acronyms
from briefgen.extract.organizations import find_definitions, organizations
from briefgen.extract.people import PeopleIndex, core_tokens, find_people
from briefgen.model import Organization, Person


def people_of(*paragraphs: str) -> PeopleIndex:
    return find_people(list(paragraphs), find_definitions(list(paragraphs)))


def persons(*paragraphs: str) -> list[Person]:
    return people_of(*paragraphs).persons()


def test_role_with_acronym_then_name_and_later_aliases() -> None:
    index = people_of(
        "Wakil Menteri Pariwisata (Wamenpar) Ni Luh Puspa menerima tamu.",
        "Menurut Wamenpar Ni Luh, sektor ini tumbuh.",
        "Puspa percaya bahwa wisata akan pulih.",
    )
    [person] = index.persons()
    assert person.name == "Ni Luh Puspa"
    assert person.role == "Wakil Menteri Pariwisata"
    assert set(person.aliases) == {"Ni Luh", "Wamenpar Ni Luh", "Puspa"}
    assert index.resolve("Wamenpar Ni Luh") == "Ni Luh Puspa"
    assert [m.person for m in index.mentions] == [0, 0, 0]


def test_role_comma_name_comma() -> None:
    [first, second] = persons(
        "Direktur Regional KOCCA Indonesia, Lee Gi Haun, dan COO RUNUP Company, Choi Do Suk, hadir."
    )
    assert (first.name, first.role, first.organization) == (
        "Lee Gi Haun",
        "Direktur Regional",
        "KOCCA Indonesia",
    )
    assert (second.name, second.role, second.organization) == ("Choi Do Suk", "COO", "RUNUP Company")


def test_role_and_organisation_with_acronyms_before_a_comma_name() -> None:
    [person] = persons(
        "Deputy Chief of Mission (DCM) Kedutaan Besar Republik Indonesia (KBRI) Tokyo, Andi Pratama "
        "hadir di Jakarta."
    )
    assert person.name == "Andi Pratama"
    assert person.role == "Deputy Chief of Mission"
    assert person.organization == "KBRI Tokyo"


def test_role_organisation_and_name_without_separator() -> None:
    [person] = persons("Sementara itu, DCM KBRI Seoul Ali Andika Wardana menyambut baik inisiatif itu.")
    assert (person.name, person.role, person.organization) == ("Ali Andika Wardana", "DCM", "KBRI Seoul")


def test_honorifics_and_degrees_stay_in_the_name() -> None:
    [person] = persons(
        "Kepala Dinas Pendidikan Provinsi Jawa Barat Dr. H. Budi Santoso, M.Si., membuka acara.",
        "Budi mengatakan pelatihan itu penting.",
    )
    assert person.name == "Dr. H. Budi Santoso, M.Si."
    assert person.role == "Kepala"
    assert person.organization == "Dinas Pendidikan Provinsi Jawa Barat"
    assert person.aliases == ["Budi"]
    assert core_tokens(person.name) == ("Budi", "Santoso")


def test_japanese_and_western_names_with_company_roles() -> None:
    people = persons(
        "Presiden Direktur Toyota Indonesia, Tanaka Hiroshi, bertemu CEO Acme Corp John Smith kemarin.",
        "Smith menilai pasar Indonesia menjanjikan.",
    )
    assert [(p.name, p.role, p.organization) for p in people] == [
        ("Tanaka Hiroshi", "Presiden Direktur", "Toyota Indonesia"),
        ("John Smith", "CEO", "Acme Corp"),
    ]
    assert people[1].aliases == ["Smith"]


def test_name_then_role_apposition() -> None:
    [person] = persons("Irene Umar, Wakil Menteri Ekonomi Kreatif, mengatakan hal itu.")
    assert (person.name, person.role) == ("Irene Umar", "Wakil Menteri Ekonomi Kreatif")


def test_two_people_joined_by_dan() -> None:
    people = persons("Menteri Luar Negeri Sugiono dan Menteri Perdagangan Budi Santoso hadir di Seoul.")
    assert [(p.name, p.role) for p in people] == [
        ("Sugiono", "Menteri Luar Negeri"),
        ("Budi Santoso", "Menteri Perdagangan"),
    ]


def test_people_without_a_title_need_a_cue() -> None:
    people = persons(
        "Kunjungan itu dihadiri aktor berbakat Lee Won Jung dari RUNUP Company di Gedung Sate.",
        "Pertemuan Korea Wave berlangsung meriah.",
        "“Kami senang,” kata Budi Hartono.",
    )
    assert [(p.name, p.organization) for p in people] == [
        ("Lee Won Jung", "RUNUP Company"),
        ("Budi Hartono", None),
    ]


def test_a_fuller_name_later_upgrades_a_short_first_mention() -> None:
    index = people_of("“Kami senang,” kata Irene.", "Wakil Menteri Ekonomi Kreatif Irene Umar lalu pulang.")
    [person] = index.persons()
    assert person.name == "Irene Umar"
    assert "Irene" in person.aliases


def test_role_alone_refers_to_the_person_who_holds_it() -> None:
    index = people_of(
        "Direktur Utama PT Maju (Dirut Maju) Sari Dewi hadir.",
        "“Kami siap,” ujar Dirut Maju.",
    )
    assert [p.name for p in index.persons()] == ["Sari Dewi"]
    assert index.name_of(index.mention_in(1, 18, 28)) == "Sari Dewi"


def test_defined_acronyms_become_organisations_role_acronyms_do_not() -> None:
    paragraphs = [
        "Deputy Chief of Mission (DCM) Kedutaan Besar Republik Indonesia (KBRI) Seoul, Ali, datang ke "
        "Kantor Kementerian Ekonomi Kreatif (Kemenekraf), Jakarta.",
        "Kemenekraf dan DPR sepakat. Korea Creative Content Agency (KOCCA) ikut hadir.",
    ]
    orgs = organizations(paragraphs, find_definitions(paragraphs))
    assert orgs == [
        Organization("Kedutaan Besar Republik Indonesia", "KBRI"),
        Organization("Kementerian Ekonomi Kreatif", "Kemenekraf"),
        Organization("Korea Creative Content Agency", "KOCCA"),
        Organization("Dewan Perwakilan Rakyat", "DPR"),
    ]


def test_role_acronym_inside_an_organisation_role() -> None:
    paragraphs = ["Kepala Badan Pusat Statistik (BPS) Amalia Adininggar hadir."]
    definitions = find_definitions(paragraphs)
    assert [(d.long, d.acronym, d.kind) for d in definitions] == [("Badan Pusat Statistik", "BPS", "org")]
    [person] = find_people(paragraphs, definitions).persons()
    assert (person.name, person.role, person.organization) == ("Amalia Adininggar", "Kepala", "BPS")


def test_bundled_acronym_list() -> None:
    table = known_acronyms()
    assert len(table) >= 40
    assert table["Kemenlu"] == "Kementerian Luar Negeri"
    assert table["KBRI"] == "Kedutaan Besar Republik Indonesia"
