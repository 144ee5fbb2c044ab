"""Translator worklists: XLIFF 1.2 that CAT tools read, and their translations read back."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from translate.storage import po, xliff

from briefgen.errors import SourceError
from briefgen.translate.memory import Entry, Memory, local_name
from briefgen.translate.xliff import (
    XLIFF_NS,
    Unit,
    export_po,
    export_xliff,
    import_po,
    import_worklist_file,
    import_xliff,
)

NS = {"x": XLIFF_NS}
ORIGINAL = "sources/2026-11-20-pameran-bandung.txt"

UNITS = [
    Unit(
        "p1",
        "Wakil Menteri Rina Hapsari membuka pameran kerajinan di Bandung, Jumat (20/11).",
        notes=(
            f"article: {ORIGINAL}",
            "section: background",
            "glossary: Wakil Menteri = Deputy Minister",
        ),
    ),
    Unit(
        "p2",
        "\u201cKami ingin perajin lokal naik kelas,\u201d kata Rina.",
        notes=(f"article: {ORIGINAL}", "section: statements", "speaker: Rina Hapsari"),
    ),
    Unit(
        "p3",
        "Pameran berlangsung hingga 30 November 2026.",
        notes=(f"article: {ORIGINAL}", "fuzzy 87%: The exhibition runs until 30 November."),
    ),
]


def unit_id(unit: xliff.xliffunit) -> str:
    """translate-toolkit prefixes ids with the file's ``original`` and ``\\x04``; the XML has ours."""
    value = unit.xmlelement.get("id")
    assert isinstance(value, str)
    return value


# --------------------------------------------------------------------------- export


def test_export_is_xliff_1_2_with_one_unit_per_segment() -> None:
    root = ET.fromstring(export_xliff(UNITS, ORIGINAL))
    assert root.tag == f"{{{XLIFF_NS}}}xliff" and root.get("version") == "1.2"
    file = root.find("x:file", NS)
    assert file is not None
    assert file.get("original") == ORIGINAL
    assert (file.get("source-language"), file.get("target-language"), file.get("datatype")) == (
        "id",
        "en",
        "plaintext",
    )
    units = file.findall("x:body/x:trans-unit", NS)
    assert [u.get("id") for u in units] == ["p1", "p2", "p3"]
    first = units[0]
    assert [local_name(child.tag) for child in first] == ["source", "target", "note", "note", "note"]
    target = first.find("x:target", NS)
    assert target is not None and target.get("state") == "needs-translation" and not target.text
    assert [n.text for n in first.findall("x:note", NS)] == list(UNITS[0].notes)


def test_export_is_deterministic() -> None:
    assert export_xliff(UNITS, ORIGINAL) == export_xliff(list(UNITS), ORIGINAL)
    assert export_xliff(UNITS, ORIGINAL) != export_xliff(UNITS, "other.txt")


def test_a_fuzzy_note_also_becomes_an_alt_trans_suggestion() -> None:
    root = ET.fromstring(export_xliff(UNITS, ORIGINAL))
    alt = root.find(".//x:trans-unit[@id='p3']/x:alt-trans", NS)
    assert alt is not None
    assert alt.get("match-quality") == "87%"
    assert alt.findtext("x:target", namespaces=NS) == "The exhibition runs until 30 November."
    assert root.find(".//x:trans-unit[@id='p1']/x:alt-trans", NS) is None


def test_translate_toolkit_reads_sources_notes_and_suggestions() -> None:
    store = xliff.xlifffile.parsestring(export_xliff(UNITS, ORIGINAL))
    assert store.getsourcelanguage() == "id" and store.gettargetlanguage() == "en"
    units = [u for u in store.units if not u.isheader()]
    assert [unit_id(u) for u in units] == ["p1", "p2", "p3"]
    assert [u.source for u in units] == [u.source for u in UNITS]
    assert all(u.target in (None, "") for u in units)
    assert [u.getnotes().split("\n") for u in units] == [list(u.notes) for u in UNITS]
    assert units[1].getnotes().endswith("speaker: Rina Hapsari")
    assert [alt.target for alt in units[2].getalttrans()] == ["The exhibition runs until 30 November."]


def test_targets_filled_in_translate_toolkit_come_back() -> None:
    store = xliff.xlifffile.parsestring(export_xliff(UNITS, ORIGINAL))
    units = {unit_id(u): u for u in store.units}
    units[
        "p1"
    ].target = "Deputy Minister Rina Hapsari opened a crafts exhibition in Bandung on Friday (20/11)."
    units["p2"].target = "\u201cWe want local artisans to move up a class,\u201d Rina said."
    # p3 is left untranslated
    pairs = import_xliff(bytes(store), "worklist.xlf")
    assert pairs == [
        (
            UNITS[0].source,
            "Deputy Minister Rina Hapsari opened a crafts exhibition in Bandung on Friday (20/11).",
        ),
        (UNITS[1].source, "\u201cWe want local artisans to move up a class,\u201d Rina said."),
    ]


def test_a_draft_target_comes_back_only_once_confirmed() -> None:
    units = [Unit("d1", "Rapat dilanjutkan pekan depan.", target="The meeting continues next week.")]
    data = export_xliff(units, ORIGINAL)
    root = ET.fromstring(data)
    target = root.find(".//x:target", NS)
    assert target is not None and target.get("state") == "needs-review-translation"
    assert import_xliff(data, "worklist.xlf") == []  # untouched machine draft: not a human translation
    store = xliff.xlifffile.parsestring(data)
    store.units[0].target = "The meeting will resume next week."
    assert import_xliff(bytes(store), "worklist.xlf") == [
        ("Rapat dilanjutkan pekan depan.", "The meeting will resume next week.")
    ]


def test_markup_characters_and_quotes_survive() -> None:
    source = "PT Maju & Jaya <Tbk> menyebut proyek itu \"strategis\" & 'mendesak'."
    target = "PT Maju & Jaya <Tbk> called the project \"strategic\" & 'urgent'."
    note = 'speaker: Yusuf "Ucup" Pratama & co <humas>'
    data = export_xliff([Unit("u&1", source, notes=(note,))], 'a&b "c".txt')
    assert b"&amp;" in data and b"&lt;Tbk&gt;" in data
    store = xliff.xlifffile.parsestring(data)
    (unit,) = store.units
    assert (unit_id(unit), unit.source, unit.getnotes()) == ("u&1", source, note)
    unit.target = target
    assert import_xliff(bytes(store), "w.xlf") == [(source, target)]


def test_xml_illegal_characters_are_stripped() -> None:
    data = export_xliff(
        [Unit("c1", "Anggaran\x00 naik\x0b 5\x1f persen\ufffe.", notes=("article: a\x08.txt",))], "x\x01.txt"
    )
    root = ET.fromstring(data)
    assert root.findtext(".//x:source", namespaces=NS) == "Anggaran naik 5 persen."
    assert root.findtext(".//x:note", namespaces=NS) == "article: a.txt"
    assert xliff.xlifffile.parsestring(data).units[0].source == "Anggaran naik 5 persen."


@pytest.mark.parametrize(
    "units",
    [
        [Unit("a", "Satu"), Unit("a", "Dua")],
        [Unit(" ", "Satu")],
        [Unit("a", " \n ")],
    ],
    ids=["duplicate-id", "no-id", "no-source"],
)
def test_export_rejects_units_it_cannot_write(units: list[Unit]) -> None:
    with pytest.raises(ValueError):
        export_xliff(units, ORIGINAL)


# --------------------------------------------------------------------------- import


CAT_TOOL_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"
       xmlns:okp="okapi-framework:xliff-extensions" xmlns:its="http://www.w3.org/2005/11/its"
       its:version="2.0">
  <file original="worklist" source-language="id-ID" target-language="en-US" datatype="x-undefined">
    <header><okp:engine name="test"/></header>
    <body>
      <group id="g1" resname="article">
        <trans-unit id="u1" okp:match="none">
          <source>Menteri <g id="1">Sari</g> hadir.</source>
          <seg-source><mrk mid="0" mtype="seg">Menteri <g id="1">Sari</g> hadir.</mrk></seg-source>
          <target state="translated"
            ><mrk mid="0" mtype="seg">Minister <g id="1">Sari</g> attended.</mrk></target>
        </trans-unit>
        <trans-unit id="u2">
          <source>Harga <ph id="1">%s</ph> naik.<x id="2"/></source>
          <target state="final">Prices of <ph id="1">%s</ph> rose.<x id="2"/></target>
        </trans-unit>
      </group>
      <trans-unit id="u3">
        <source>Tanpa status.</source>
        <target>Without
            a   state.</target>
      </trans-unit>
      <trans-unit id="u4">
        <source>Masih draf.</source>
        <target state="needs-review-translation">Still a draft.</target>
      </trans-unit>
      <trans-unit id="u5">
        <source>Saran mesin.</source>
        <target state-qualifier="leveraged-mt">Machine suggestion.</target>
      </trans-unit>
      <trans-unit id="u6" translate="no">
        <source>Jangan diterjemahkan.</source>
        <target state="translated">Do not translate.</target>
      </trans-unit>
      <trans-unit id="u7">
        <source>Belum.</source>
        <target state="needs-translation"/>
      </trans-unit>
      <trans-unit id="u8">
        <source>Diketik langsung.</source>
        <target state="needs-translation">Typed straight in.</target>
      </trans-unit>
      <trans-unit id="u9">
        <source>Mesin lalu dikonfirmasi.</source>
        <target state="signed-off" state-qualifier="leveraged-mt">Machine, then confirmed.</target>
        <alt-trans><target>An alternative that must be ignored.</target></alt-trans>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_import_accepts_files_re_saved_by_cat_tools() -> None:
    assert import_xliff(CAT_TOOL_FILE.encode(), "okapi.xlf") == [
        ("Menteri Sari hadir.", "Minister Sari attended."),
        ("Harga naik.", "Prices of rose."),
        ("Tanpa status.", "Without a state."),
        ("Diketik langsung.", "Typed straight in."),
        ("Mesin lalu dikonfirmasi.", "Machine, then confirmed."),
    ]


def test_import_accepts_xliff_1_1_as_translate_toolkit_writes_it() -> None:
    store = xliff.xlifffile(sourcelanguage="id", targetlanguage="en")
    unit = store.addsourceunit("Gubernur Hendra Wijaya meninjau banjir.")
    unit.target = "Governor Hendra Wijaya inspected the floods."
    data = bytes(store)
    assert b"document:1.1" in data  # translate-toolkit's default
    assert import_xliff(data, "toolkit.xlf") == [
        ("Gubernur Hendra Wijaya meninjau banjir.", "Governor Hendra Wijaya inspected the floods.")
    ]


def test_import_accepts_a_file_without_namespace_and_utf16() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-16"?><xliff version="1.2"><file original="x" '
        'source-language="id" datatype="plaintext"><body><trans-unit id="1"><source>Satu</source>'
        "<target>One</target></trans-unit></body></file></xliff>"
    )
    assert import_xliff(text.encode("utf-16"), "plain.xlf") == [("Satu", "One")]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"<xliff><file>", "not a valid XLIFF file: "),
        (b"", "not a valid XLIFF file: "),
        (b"PK\x03\x04 a zip", "not a valid XLIFF file: "),
        (b'<tmx version="1.4"><header/><body/></tmx>', "not an XLIFF file: the root element is <tmx>"),
        (
            b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id"/>',
            "XLIFF 2 is not supported",
        ),
        (b'<xliff xmlns="urn:example:other" version="1.2"/>', "unknown namespace 'urn:example:other'"),
        (
            b'<xliff version="1.2"><file original="x" source-language="id" target-language="fr" '
            b'datatype="plaintext"><body/></file></xliff>',
            "target-language is 'fr', expected 'en'",
        ),
        (
            b'<xliff version="1.2"><file original="x" source-language="id" datatype="plaintext"><body>'
            b'<trans-unit id="t9"><target>One</target></trans-unit></body></file></xliff>',
            "trans-unit 't9' has no <source>",
        ),
    ],
    ids=["truncated", "empty", "binary", "tmx", "xliff2", "namespace", "language", "no-source"],
)
def test_import_errors_are_one_clear_line(data: bytes, problem: str) -> None:
    with pytest.raises(SourceError) as caught:
        import_xliff(data, "worklist.xlf")
    message = str(caught.value)
    assert message.startswith("worklist.xlf: ")
    assert problem in message
    assert "\n" not in message


def test_worklist_round_trip_into_the_memory() -> None:
    """Memory suggestion → worklist → translator → memory, as the pipeline will use it."""
    memory = Memory(
        [
            Entry(
                "Pameran berlangsung hingga 30 November.",
                "The exhibition runs until 30 November.",
                "human",
                "Sari Wulandari",
                "2026-11-01T09:00:00Z",
            )
        ]
    )
    source = UNITS[2].source
    assert memory.get(source) is None
    ((score, suggestion),) = memory.fuzzy(source)
    unit = Unit("p3", source, notes=(f"fuzzy {score:.0f}%: {suggestion.target}",))
    store = xliff.xlifffile.parsestring(export_xliff([unit], ORIGINAL))
    store.units[0].target = "The exhibition runs until 30 November 2026."
    for src, tgt in import_xliff(bytes(store), "worklist.xlf"):
        assert memory.add(Entry(src, tgt, "human", "Budi Santoso", "2026-11-23T10:00:00Z"))
    entry = memory.get(source)
    assert entry is not None and entry.target == "The exhibition runs until 30 November 2026."
    assert memory.counts() == {"human": 2, "machine": 0}


# --------------------------------------------------------------------------- PO


def test_po_export_is_read_by_translate_toolkit() -> None:
    units = [
        *UNITS,
        Unit("p4", 'Baris "satu"\nbaris dua \\ tiga', target="Line one draft", notes=("a\nb",)),
    ]
    data = export_po(units, ORIGINAL)
    assert data == export_po(list(units), ORIGINAL)
    store = po.pofile.parsestring(data)
    found = [u for u in store.units if not u.isheader()]
    assert [u.getcontext() for u in found] == ["p1", "p2", "p3", "p4"]
    assert [u.source for u in found] == [u.source for u in units]
    assert found[1].getnotes() == "\n".join(UNITS[1].notes)
    assert not found[0].isfuzzy() and found[0].target == ""
    assert found[3].isfuzzy() and found[3].target == "Line one draft"
    assert found[3].getnotes() == "a\nb"


def test_an_xliff_with_an_entity_declaration_is_refused() -> None:
    data = (
        '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<xliff version="1.2" xmlns="{XLIFF_NS}"><file source-language="id" target-language="en" '
        'original="a" datatype="plaintext"><body><trans-unit id="1"><source>Halo</source>'
        "<target>&x;</target></trans-unit></body></file></xliff>"
    ).encode()
    with pytest.raises(
        SourceError, match=r"w.xlf: not a valid XLIFF file: entity declarations are not allowed"
    ):
        import_xliff(data, "w.xlf")


def test_an_xliff_declaring_an_unknown_encoding_is_refused() -> None:
    # Found by scripts/fuzz.py: expat's LookupError escaped as an internal error.
    data = (
        '<?xml version="1.0" encoding="no-such-codec"?>'
        f'<xliff version="1.2" xmlns="{XLIFF_NS}"><file source-language="id" target-language="en" '
        'original="a" datatype="plaintext"><body><trans-unit id="1"><source>Halo</source>'
        "<target>Hello</target></trans-unit></body></file></xliff>"
    ).encode()
    with pytest.raises(SourceError, match=r"w.xlf: not a valid XLIFF file: unknown encoding: no-such-codec"):
        import_xliff(data, "w.xlf")


# --------------------------------------------------------------------------- PO import


def filled_po(units: list[Unit]) -> bytes:
    """The PO that export_po writes, filled in polib as Poedit would: every msgstr typed in."""
    import polib

    store = polib.pofile(export_po(units, ORIGINAL).decode("utf-8"))
    for entry in store:
        entry.msgstr = f"English of  {entry.msgctxt}\n(typed in)"  # blanks are folded on import
        if entry.msgctxt == "p3":
            entry.flags.append("fuzzy")  # still a draft: not to come back as human
    return str(store).encode("utf-8")


def test_a_po_filled_in_polib_comes_back_without_its_drafts() -> None:
    units = [*UNITS, Unit("p4", 'Baris "satu"\nbaris dua \\ tiga', target="Line one draft")]
    data = filled_po(units)
    pairs = import_po(data, "work.po")
    assert pairs == [
        (UNITS[0].source, "English of p1 (typed in)"),
        (UNITS[1].source, "English of p2 (typed in)"),
        # p3 is fuzzy; p4 was a fuzzy machine draft and polib kept its flag: neither is human yet
    ]
    assert import_worklist_file(data, "dir.x/work.PO") == pairs  # the suffix picks the reader


def test_the_draft_export_po_writes_never_comes_back() -> None:
    data = export_po([Unit("p1", "Pameran dibuka.", target="The exhibition opened. (MT)")], ORIGINAL)
    assert import_po(data, "work.po") == []


def test_a_po_in_the_charset_its_header_declares() -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n"Language: en_GB\\n"\n\n'
        'msgctxt "p1"\nmsgid "Kafe \xe9lite"\nmsgstr ""\n"Caf\xe9 "\n"\\"elite\\"\\tbar"\n'
    )
    assert import_po(text.encode("latin-1"), "w.po") == [("Kafe élite", 'Café "elite" bar')]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b'msgid "a"\nmsgstr "\xff\xfe b"\n', "not valid utf-8 text at byte"),
        ('msgid "a"\nmsgstr "b"\n'.encode("utf-16"), "(UTF-16?)"),
        (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=klingon\\n"\n', "unknown charset 'klingon'"),
        (b'msgctxt "p1"\nmsgstr "b"\n', "line 2: msgstr without a msgid"),
        (b'msgid "a"\n', "line 1: an entry without a msgstr"),
        (b'msgctxt "p1"\n\nmsgctxt "p2"\nmsgid "a"\nmsgstr "b"\n', "line 1: an entry without a msgid"),
        (b'msgid "a"\nmsgstr "b\n', "line 2: a string must be in double quotes"),
        (b'msgid "a"b"\nmsgstr ""\n', "line 1: an unescaped double quote"),
        (b'msgid "a\\q"\nmsgstr ""\n', "line 1: unknown escape \\q"),
        (b'"orphan"\n', "line 1: a string continues no msgid or msgstr"),
        (b"<xliff/>\n", "line 1: expected msgctxt, msgid or msgstr"),
        (b'msgid "a"\nmsgstr "b"\nmsgstr "c"\n', "line 3: msgstr given twice"),
        (b'msgid ""\nmsgstr "Language: fr\\n"\n', "Language is 'fr', expected 'en'"),
    ],
)
def test_po_errors_are_one_clear_line(data: bytes, problem: str) -> None:
    with pytest.raises(SourceError) as caught:
        import_po(data, "work.po")
    message = str(caught.value)
    assert message.startswith("work.po: ") and problem in message and "\n" not in message


def test_a_huge_worklist_is_refused_before_it_is_parsed() -> None:
    from briefgen.translate.xliff import MAX_WORKLIST_MB

    data = b'msgid "a"\nmsgstr "b"\n' + b"#" * (MAX_WORKLIST_MB * 1024 * 1024)
    with pytest.raises(SourceError, match=r"^big\.po: larger than \d+ MB"):
        import_worklist_file(data, "big.po")
