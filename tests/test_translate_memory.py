"""The translation memory: keys, trust rules, fuzzy suggestions, TMX that CAT tools read, safe saving."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from translate.storage import tmx

from briefgen.errors import BriefgenError, SourceError
from briefgen.pipeline import load_memory, save_memory
from briefgen.translate.memory import XML_LANG, Entry, Memory, segment_key

WHEN = "2026-11-23T10:00:00Z"
LATER = "2026-11-24T08:30:00Z"

SOURCE = "Menteri Dewi Kartika membuka pameran kerajinan di Bandung."
TARGET = "Minister Dewi Kartika opened the crafts exhibition in Bandung."


def human(source: str = SOURCE, target: str = TARGET, by: str = "Sari Wulandari", when: str = WHEN) -> Entry:
    return Entry(source, target, "human", by, when)


def machine(
    source: str = SOURCE, target: str = "Minister Dewi opens crafts show.", when: str = WHEN
) -> Entry:
    return Entry(source, target, "machine", "mt:test-engine", when)


def sample_memory() -> Memory:
    return Memory(
        [
            human(),
            machine("Pameran berlangsung hingga 30 November.", "The exhibition runs until 30 November."),
            human(
                "Rapat koordinasi digelar di Kantor Gubernur Jawa Barat.",
                "The coordination meeting was held at the West Java Governor's Office.",
                by="Budi Santoso",
                when=LATER,
            ),
        ]
    )


# --------------------------------------------------------------------------- segment_key


def test_segment_key_unifies_quotes_dashes_and_whitespace_but_keeps_case() -> None:
    typographic = "  \u201cKami siap,\u201d kata\u00a0Dewi \u2013 Ketua\u2019s   tim\u2026\n"
    assert segment_key(typographic) == '"Kami siap," kata Dewi - Ketua\'s tim...'
    assert segment_key("Kota BANDUNG") != segment_key("kota bandung")


def test_segment_key_is_nfc_and_drops_invisible_and_control_characters() -> None:
    decomposed = "Cafe\u0301 di Jl.\u200b Braga\u00ad\x0b"
    assert segment_key(decomposed) == "Caf\u00e9 di Jl. Braga"
    assert segment_key("\t \u3000 ") == ""


def test_get_matches_typographic_variants_of_the_same_text() -> None:
    memory = Memory([human("\u201cKami siap,\u201d kata Dewi.", "\u201cWe are ready,\u201d said Dewi.")])
    found = memory.get('  "Kami siap,"   kata Dewi.')
    assert found is not None and found.target == "\u201cWe are ready,\u201d said Dewi."
    assert '"Kami siap," kata Dewi.' in memory
    assert memory.get("Kami siap, kata Dewi.") is None


# --------------------------------------------------------------------------- trust rules


def test_a_human_entry_replaces_a_machine_one_even_when_older() -> None:
    memory = Memory([machine(when=LATER)])
    assert memory.add(human(when=WHEN)) is True
    entry = memory.get(SOURCE)
    assert entry is not None and entry.origin == "human" and entry.target == TARGET


def test_a_machine_entry_never_replaces_a_human_one() -> None:
    memory = Memory([human(when=WHEN)])
    assert memory.add(machine(when=LATER)) is False
    entry = memory.get(SOURCE)
    assert entry is not None and entry.origin == "human"


def test_between_humans_the_newer_wins() -> None:
    memory = Memory([human(when=WHEN)])
    assert memory.add(human(target="Minister Dewi Kartika opened the Bandung crafts fair.", when=LATER))
    assert memory.add(human(target="An older draft.", when=WHEN)) is False
    entry = memory.get(SOURCE)
    assert entry is not None and entry.target == "Minister Dewi Kartika opened the Bandung crafts fair."


def test_between_machines_the_newer_wins() -> None:
    memory = Memory([machine(target="First engine output.", when=WHEN)])
    assert memory.add(machine(target="Second engine output.", when=LATER)) is True
    entry = memory.get(SOURCE)
    assert entry is not None and entry.target == "Second engine output."


def test_adding_the_same_entry_again_changes_nothing() -> None:
    memory = Memory([human()])
    assert memory.add(human()) is False
    assert len(memory) == 1


def test_entries_are_stored_normalised() -> None:
    memory = Memory()
    assert memory.add(
        human(target="  Hello.\r\n", by=" Sari\n Wulandari ", when="2026-11-23T17:00:00.5+07:00")
    )
    assert list(memory) == [Entry(SOURCE, "Hello.", "human", "Sari Wulandari", WHEN)]


@pytest.mark.parametrize(
    "entry",
    [
        human(source="  \u200b "),
        human(target=" "),
        human(when="23/11/2026"),
        human(when="0001-01-01T00:00:00+01:00"),
    ],
    ids=["no-source", "no-target", "bad-date", "date-out-of-range"],
)
def test_add_rejects_entries_it_cannot_store(entry: Entry) -> None:
    with pytest.raises(ValueError):
        Memory().add(entry)


def test_entry_rejects_an_unknown_origin() -> None:
    with pytest.raises(ValueError, match="origin"):
        Entry(SOURCE, TARGET, "glossary", "x", WHEN)  # type: ignore[arg-type]


def test_len_iteration_and_counts() -> None:
    memory = sample_memory()
    assert len(memory) == 3
    assert [segment_key(e.source) for e in memory] == sorted(segment_key(e.source) for e in memory)
    assert memory.counts() == {"human": 2, "machine": 1}
    assert Memory().counts() == {"human": 0, "machine": 0}


# --------------------------------------------------------------------------- fuzzy


def test_fuzzy_offers_similar_segments_best_first() -> None:
    memory = sample_memory()
    query = "Menteri Dewi Kartika membuka pameran kerajinan di Cirebon."
    matches = memory.fuzzy(query)
    assert [entry.target for _, entry in matches] == [TARGET]
    score = matches[0][0]
    assert 75 <= score < 100
    assert memory.get(query) is None  # offered, never used as an exact match


def test_fuzzy_cutoff_is_inclusive_and_excludes_weaker_matches() -> None:
    from rapidfuzz import fuzz

    memory = sample_memory()
    query = "Menteri Dewi membuka pameran batik di Bogor."
    score = fuzz.ratio(segment_key(query), segment_key(SOURCE))
    assert [e.target for _, e in memory.fuzzy(query, cutoff=score)] == [TARGET]
    assert memory.fuzzy(query, cutoff=score + 0.01) == []
    assert memory.fuzzy("Sesuatu yang sama sekali berbeda.") == []


def test_fuzzy_limit_order_and_human_preference_on_ties() -> None:
    memory = Memory(
        [
            machine("Harga cabai naik di Pasar Kosambi.", "Chili prices rose at Kosambi Market."),
            human("Harga cabai naik di Pasar Kosambu.", "Chili prices rose at Kosambu Market."),
            human("Harga cabai turun di Pasar Kosambi hari ini.", "Chili prices fell today."),
        ]
    )
    matches = memory.fuzzy("Harga cabai naik di Pasar Kosamba.", limit=2, cutoff=50)
    assert len(matches) == 2
    assert matches[0][0] == matches[1][0]  # one letter off each
    assert [e.origin for _, e in matches] == ["human", "machine"]
    assert memory.fuzzy("Harga cabai naik di Pasar Kosamba.", limit=0) == []
    assert Memory().fuzzy("Harga cabai naik.") == []


# --------------------------------------------------------------------------- TMX


def test_tmx_is_deterministic_whatever_the_order_of_adding() -> None:
    entries = list(sample_memory())
    forward = Memory(entries).to_tmx()
    backward = Memory(reversed(entries)).to_tmx()
    assert forward == backward
    assert sample_memory().to_tmx() == forward


def test_tmx_structure_and_provenance() -> None:
    root = ET.fromstring(sample_memory().to_tmx())
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None and header.get("srclang") == "id"
    for required in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "datatype"):
        assert header.get(required), required
    units = root.findall("body/tu")
    assert len(units) == 3
    by_source = {tu.findtext("tuv[1]/seg"): tu for tu in units}
    tu = by_source[SOURCE]
    assert tu.get("creationid") == "Sari Wulandari"
    assert tu.get("creationdate") == "20261123T100000Z"
    assert [child.tag for child in tu] == ["prop", "tuv", "tuv"]  # TMX: props before variants
    assert tu.findtext("prop[@type='x-origin']") == "human"
    assert [tuv.get(XML_LANG) for tuv in tu.findall("tuv")] == ["id", "en"]


def test_tmx_round_trip_keeps_every_entry() -> None:
    memory = sample_memory()
    again = Memory.from_tmx(memory.to_tmx(), "memory.tmx")
    assert list(again) == list(memory)
    assert again.to_tmx() == memory.to_tmx()


def test_translate_toolkit_reads_our_tmx() -> None:
    memory = sample_memory()
    store = tmx.tmxfile.parsestring(memory.to_tmx())
    pairs = {unit.source: unit.target for unit in store.units}
    assert pairs == {entry.source: entry.target for entry in memory}
    origins = {unit.source: unit.xmlelement.findtext("prop[@type='x-origin']") for unit in store.units}
    assert origins["Pameran berlangsung hingga 30 November."] == "machine"
    assert origins[SOURCE] == "human"


def test_we_read_tmx_written_by_translate_toolkit_as_human() -> None:
    store = tmx.tmxfile(sourcelanguage="id", targetlanguage="en")
    store.addtranslation("Selamat pagi, Bapak Rahmat.", "id", "Good morning, Mr Rahmat.", "en")
    memory = Memory.from_tmx(bytes(store), "toolkit.tmx")
    entry = memory.get("Selamat pagi, Bapak Rahmat.")
    assert entry is not None
    assert (entry.target, entry.origin, entry.by, entry.when) == ("Good morning, Mr Rahmat.", "human", "", "")


def test_markup_characters_survive_both_ways() -> None:
    source = 'Kerja sama PT Maju & Jaya <Tbk> disebut "strategis" oleh Rina\'s tim.'
    target = 'The PT Maju & Jaya <Tbk> partnership was called "strategic" by Rina\'s team.'
    memory = Memory([human(source, target)])
    data = memory.to_tmx()
    assert b"&amp;" in data and b"&lt;Tbk&gt;" in data
    store = tmx.tmxfile.parsestring(data)
    assert [(u.source, u.target) for u in store.units] == [(source, target)]
    again = Memory.from_tmx(data, "memory.tmx").get(source)
    assert again is not None and again.target == target


def test_xml_illegal_characters_are_stripped_and_the_entry_still_found() -> None:
    source = "Dana\x00 hibah\x0b Rp5\x1f miliar\ufffe disalurkan."
    memory = Memory([human(source, "Grant\x08 funds of Rp5 billion were disbursed.", by="Sari\x01")])
    data = memory.to_tmx()
    ET.fromstring(data)  # well-formed
    tmx.tmxfile.parsestring(data)
    again = Memory.from_tmx(data, "memory.tmx")
    entry = again.get(source)
    assert entry is not None
    assert entry.target == "Grant funds of Rp5 billion were disbursed."
    assert entry.by == "Sari"


def test_tmx_from_other_tools_inline_codes_and_language_variants() -> None:
    data = b"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OtherCAT" creationtoolversion="9" segtype="sentence" o-tmf="x"
          adminlang="en-US" srclang="in" datatype="html"/>
  <body>
    <tu changedate="20261125T090000Z" creationdate="20261120T090000Z" creationid="Agus">
      <prop type="x-domain">policy</prop>
      <tuv xml:lang="in">
        <seg>Ketua <bpt i="1">&lt;b&gt;</bpt>Yayasan Nusa<ept i="1">&lt;/b&gt;</ept> hadir.</seg>
      </tuv>
      <tuv xml:lang="en-GB"><seg>The chair of <hi>Yayasan Nusa</hi> attended.<ph>&lt;br/&gt;</ph></seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="id-ID"><seg>Hanya bahasa Indonesia.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="id"><seg>Terjemahan kosong.</seg></tuv>
      <tuv xml:lang="en"><seg>   </seg></tuv>
    </tu>
  </body>
</tmx>"""
    memory = Memory.from_tmx(data, "other.tmx")
    assert len(memory) == 1
    entry = memory.get("Ketua Yayasan Nusa hadir.")
    assert entry is not None
    assert entry.target == "The chair of Yayasan Nusa attended."
    assert (entry.origin, entry.by, entry.when) == ("human", "Agus", "2026-11-20T09:00:00Z")


def test_duplicate_units_in_a_file_follow_the_trust_rules() -> None:
    first = Memory([machine(when=LATER)]).to_tmx()
    second = Memory([human(when=WHEN)]).to_tmx()
    # splice the second file's unit after the first's: machine first, then the human one
    tu = second[second.index(b"<tu ") : second.index(b"</tu>") + 5]
    data = first.replace(b"</body>", tu + b"\n</body>")
    entry = Memory.from_tmx(data, "memory.tmx").get(SOURCE)
    assert entry is not None and entry.origin == "human"


# --------------------------------------------------------------------------- files


def test_load_of_a_missing_file_is_an_empty_memory(tmp_path: Path) -> None:
    memory = load_memory(tmp_path / "translations" / "memory.tmx")
    assert len(memory) == 0


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"<tmx><header/><body><tu>", "not a valid TMX file: "),
        (b"", "not a valid TMX file: "),
        (b"\x00\x01 binary", "not a valid TMX file: "),
        (b'<xliff version="1.2"/>', "not a valid TMX file: the root element is <xliff>"),
        (b'<tmx version="1.4"><header/></tmx>', "not a valid TMX file: no <body>"),
        (
            b'<tmx><header/><body><tu><prop type="x-origin">robot</prop><tuv xml:lang="id"><seg>Satu</seg>'
            b'</tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu></body></tmx>',
            "translation unit 1: x-origin is 'robot'",
        ),
        (
            b'<tmx><header/><body><tu creationdate="kemarin"><tuv xml:lang="id"><seg>Satu</seg>'
            b'</tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu></body></tmx>',
            "creationdate 'kemarin'",
        ),
    ],
    ids=["truncated", "empty", "binary", "not-tmx", "no-body", "bad-origin", "bad-date"],
)
def test_load_of_a_broken_file_names_it_in_one_line(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "memory.tmx"
    path.write_bytes(data)
    with pytest.raises(SourceError) as caught:
        load_memory(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_an_entity_expansion_bomb_is_refused_quickly() -> None:
    entities = '<!ENTITY a0 "xxxxxxxxxx">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 9)
    )
    data = (
        f'<?xml version="1.0"?><!DOCTYPE tmx [{entities}]><tmx><header/><body><tu>'
        '<tuv xml:lang="id"><seg>&a8;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>'
    ).encode()
    with pytest.raises(SourceError, match="not a valid TMX file"):
        Memory.from_tmx(data, "bomb.tmx")


def test_load_of_an_unreadable_path_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"not a regular file \(a folder\); not read"):
        load_memory(tmp_path)


def test_save_and_load_round_trip_atomically(tmp_path: Path) -> None:
    path = tmp_path / "translations" / "memory.tmx"
    memory = sample_memory()
    save_memory(memory, path)
    assert path.read_bytes() == memory.to_tmx()
    assert sorted(p.name for p in path.parent.iterdir()) == ["memory.tmx"]
    assert list(load_memory(path)) == list(memory)
    # saving again replaces the file, keeps the previous one as a backup, leaves nothing else
    first = path.read_bytes()
    memory.add(human("Kunjungan kerja berakhir Jumat.", "The working visit ends on Friday."))
    save_memory(memory, path)
    assert len(load_memory(path)) == 4
    assert sorted(p.name for p in path.parent.iterdir()) == ["memory.tmx", "memory.tmx.bak"]
    assert (path.parent / "memory.tmx.bak").read_bytes() == first


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "memory.tmx"
    save_memory(Memory([human()]), path)
    before = path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(BriefgenError, match=r"cannot write \(No space left on device\)"):
        save_memory(sample_memory(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["memory.tmx"]


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY org "Kementerian Pariwisata">',  # harmless-looking, but no entity is ever expanded
        '<!ENTITY org SYSTEM "file:///etc/hostname">',  # an external entity (XXE)
        '<!ENTITY org SYSTEM "http://127.0.0.1:9/x">',  # one that would reach the network
    ],
)
def test_entity_declarations_are_refused_by_the_hardened_parser(declaration: str) -> None:
    data = (
        f'<?xml version="1.0"?><!DOCTYPE tmx [{declaration}]><tmx version="1.4"><header/><body><tu>'
        '<tuv xml:lang="id"><seg>&org;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>'
    ).encode()
    with pytest.raises(SourceError, match=r"not a valid TMX file: entity declarations are not allowed"):
        Memory.from_tmx(data, "entities.tmx")


def test_the_doctype_briefgen_writes_is_still_read() -> None:
    memory = sample_memory()
    data = memory.to_tmx()
    assert b'<!DOCTYPE tmx SYSTEM "tmx14.dtd">' in data
    assert list(Memory.from_tmx(data, "memory.tmx")) == list(memory)
