"""Translator worklists: the paragraphs still lacking a human translation, as XLIFF 1.2 or PO.

:func:`export_xliff` writes one ``<trans-unit>`` per :class:`Unit` with the Indonesian source,
an empty target and the unit's notes as context (article, section, speaker, glossary terms,
fuzzy matches from the memory). A note ``fuzzy 87%: <English>`` is also written as an
``<alt-trans match-quality="87%">`` so CAT tools show it as a translation-memory suggestion.

:func:`import_xliff` reads the file back after a translator filled it, in whatever CAT tool
re-saved it, and returns the (Indonesian, English) pairs the caller adds to the memory as human
translations. A target still marked as a draft (``state="needs-review-…"``, or an untouched
machine-translation pre-fill) is not returned: machine text must never come back as human.
:func:`import_po` does the same for the PO file :func:`export_po` writes (a ``#, fuzzy`` entry
is the draft), and :func:`import_worklist_file` picks one of the two by the file's suffix.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen import __version__
from briefgen.errors import SourceError
from briefgen.translate.memory import XML_SPACE, clean_xml_text, inline_text, local_name, parse_xml

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
# Earlier versions share the vocabulary we read; many tools (translate-toolkit among them) still
# write 1.1 by default.
_READABLE_NS = {
    XLIFF_NS,
    "urn:oasis:names:tc:xliff:document:1.1",
    "urn:oasis:names:tc:xliff:document:1.0",
    "",
}
_FUZZY_NOTE = re.compile(r"fuzzy (\d{1,3}(?:\.\d+)?)%: (.+)", re.DOTALL)
# Target states that say "not finished": a draft or an unconfirmed pre-fill.
_DRAFT_STATES = frozenset({"needs-review-translation", "needs-review-l10n", "needs-review-adaptation"})
_CONFIRMED_STATES = frozenset({"translated", "final", "signed-off"})
_MACHINE_QUALIFIERS = frozenset({"mt-suggestion", "leveraged-mt"})
_BLANKS = re.compile(r"[ \t\r\n]+")


@dataclass(frozen=True)
class Unit:
    """One segment for a translator.

    ``id`` is unique within a worklist; ``target`` is an optional draft for the translator to
    review (it comes back from :func:`import_xliff` only once confirmed); ``notes`` give
    context: ``"article: sources/x.txt"``, ``"section: statements"``, ``"speaker: Dewi Lestari"``,
    ``"glossary: Wakil Menteri = Deputy Minister"``, ``"fuzzy 87%: <English>"``.
    """

    id: str
    source: str
    target: str | None = None
    notes: tuple[str, ...] = ()


def _check(units: Sequence[Unit]) -> None:
    seen: set[str] = set()
    for unit in units:
        if not unit.id.strip():
            raise ValueError(f"a worklist unit needs an id: {unit.source[:40]!r}")
        if unit.id in seen:
            raise ValueError(f"duplicate worklist unit id {unit.id!r}")
        if not unit.source.strip():
            raise ValueError(f"worklist unit {unit.id!r} has no source text")
        seen.add(unit.id)


def export_xliff(units: Sequence[Unit], original: str) -> bytes:
    """``units`` as one XLIFF 1.2 file (Indonesian → English, plain text) in UTF-8.

    ``original`` names what the units were taken from (a brief, a folder of sources). The bytes
    depend only on the arguments. Raises ``ValueError`` for a unit without id or source text and
    for duplicate ids.
    """
    _check(units)
    root = ET.Element("xliff", {"xmlns": XLIFF_NS, "version": "1.2"})
    file = ET.SubElement(
        root,
        "file",
        {
            "original": clean_xml_text(original),
            "source-language": "id",
            "target-language": "en",
            "datatype": "plaintext",
        },
    )
    header = ET.SubElement(file, "header")
    ET.SubElement(
        header, "tool", {"tool-id": "briefgen", "tool-name": "briefgen", "tool-version": __version__}
    )
    body = ET.SubElement(file, "body")
    for unit in units:
        element = ET.SubElement(body, "trans-unit", {"id": clean_xml_text(unit.id), XML_SPACE: "preserve"})
        ET.SubElement(element, "source").text = clean_xml_text(unit.source)
        if unit.target and unit.target.strip():
            target = ET.SubElement(element, "target", {"state": "needs-review-translation"})
            target.text = clean_xml_text(unit.target)
        else:
            ET.SubElement(element, "target", {"state": "needs-translation"})
        suggestions = []
        for note in _notes(unit):
            ET.SubElement(element, "note", {"from": "developer"}).text = note
            match = _FUZZY_NOTE.fullmatch(note)
            if match:
                suggestions.append(match)
        for match in suggestions:
            alt = ET.SubElement(element, "alt-trans", {"match-quality": f"{match[1]}%", "origin": "briefgen"})
            ET.SubElement(alt, "target").text = match[2]
    ET.indent(root)
    document = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + document + "\n").encode("utf-8")


def _notes(unit: Unit) -> list[str]:
    """The unit's notes as written to files: XML-safe, stripped, empty ones dropped."""
    return [text for text in (clean_xml_text(note).strip() for note in unit.notes) if text]


def import_xliff(data: bytes, name: str) -> list[tuple[str, str]]:
    """The (Indonesian source, English target) of every finished unit in an XLIFF 1.x file.

    A unit counts when its target has text and is not a draft: states ``translated``,
    ``final``, ``signed-off``, none at all, or ``needs-translation`` with text typed in are
    accepted; ``needs-review-*`` and unconfirmed machine-translation pre-fills are not, nor are
    units marked ``translate="no"``. The text of inline ``<g>``/``<mrk>`` elements is kept, the
    codes in ``<ph>``/``<bpt>``/``<x/>`` are dropped, runs of spaces, tabs and line breaks become
    one space. Raises :class:`SourceError` naming ``name`` for anything that is not XLIFF 1.x.
    """

    def fail(problem: str) -> SourceError:
        return SourceError(name, problem)

    try:
        root = parse_xml(data)
    except ValueError as exc:
        raise fail(f"not a valid XLIFF file: {exc}") from None
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    if local_name(root.tag) != "xliff":
        raise fail(f"not an XLIFF file: the root element is <{local_name(root.tag)}>, not <xliff>")
    if namespace.endswith(":2.0") or root.get("version", "").startswith("2"):
        raise fail("XLIFF 2 is not supported: save the file as XLIFF 1.2")
    if namespace not in _READABLE_NS:
        raise fail(f"not an XLIFF 1.2 file: unknown namespace {namespace!r}")

    def tag(local: str) -> str:
        return f"{{{namespace}}}{local}" if namespace else local

    pairs: list[tuple[str, str]] = []
    try:
        for file in root.iter(tag("file")):
            for attribute, expected in (("source-language", "id"), ("target-language", "en")):
                language = file.get(attribute)
                if language and _primary(language) != expected:
                    raise fail(f"{attribute} is {language!r}, expected {expected!r}")
            for unit in file.iter(tag("trans-unit")):
                if unit.get("translate", "yes").strip().lower() == "no":
                    continue
                source = unit.find(tag("source"))
                if source is None:
                    raise fail(f"not a valid XLIFF file: trans-unit {unit.get('id', '?')!r} has no <source>")
                target = unit.find(tag("target"))
                if target is None or not _finished(target):
                    continue
                source_text = _BLANKS.sub(" ", inline_text(source)).strip()
                target_text = _BLANKS.sub(" ", inline_text(target)).strip()
                if source_text and target_text:
                    pairs.append((source_text, target_text))
    except RecursionError:
        raise fail("not a valid XLIFF file: elements nested too deeply") from None
    return pairs


def _primary(language: str) -> str:
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    return "id" if primary == "in" else primary


def _finished(target: ET.Element) -> bool:
    state = (target.get("state") or "").strip()
    if state in _DRAFT_STATES:
        return False
    qualifier = (target.get("state-qualifier") or "").strip()
    return not (qualifier in _MACHINE_QUALIFIERS and state not in _CONFIRMED_STATES)


# --------------------------------------------------------------------------- gettext PO


def _po_string(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )  # PO has no standard library writer: these are its four escapes we need
    return f'"{escaped}"'


def export_po(units: Sequence[Unit], original: str = "") -> bytes:
    """``units`` as a gettext PO file for translators who prefer Poedit or Weblate.

    ``msgctxt`` is the unit id (so equal sources stay apart), notes become ``#.`` comments, a
    draft target is written as a ``#, fuzzy`` ``msgstr``. Deterministic like :func:`export_xliff`.
    """
    _check(units)
    lines = []
    if original:
        lines.append(f"# Worklist for {' '.join(clean_xml_text(original).split())}")
    header = (
        f"Project-Id-Version: briefgen {__version__}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "Language: en\n"
        "X-Source-Language: id\n"
    )
    lines += ['msgid ""', f"msgstr {_po_string(header)}", ""]
    for unit in units:
        for note in _notes(unit):
            lines.extend(f"#. {line}".rstrip() for line in note.splitlines())
        target = clean_xml_text(unit.target).strip() if unit.target else ""
        if target:
            lines.append("#, fuzzy")
        lines.append(f"msgctxt {_po_string(clean_xml_text(unit.id))}")
        lines.append(f"msgid {_po_string(clean_xml_text(unit.source))}")
        lines.append(f"msgstr {_po_string(target)}")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


MAX_WORKLIST_MB = 64
"""A filled worklist larger than this is refused: a brief's worklist is a few hundred kilobytes."""

_PO_KEYWORD = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+(".*)')
_PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f"}
_PO_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_PO_BODY = re.compile(r'(?:[^"\\]|\\.)*', re.DOTALL)
_PO_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


def _po_unquote(text: str, where: str) -> str:
    """The value of one quoted PO string (``"a\\"b"`` → ``a"b``); ValueError naming ``where``."""
    text = text.strip()
    if len(text) < 2 or not text.startswith('"') or not text.endswith('"'):
        raise ValueError(f"{where}: a string must be in double quotes")
    body = text[1:-1]
    if _PO_BODY.fullmatch(body) is None:
        raise ValueError(f"{where}: an unescaped double quote or a lone backslash inside a string")
    unknown = next((e for e in _PO_ESCAPE.findall(body) if e not in _PO_ESCAPES), None)
    if unknown is not None:
        raise ValueError(f"{where}: unknown escape \\{unknown}")
    return _PO_ESCAPE.sub(lambda m: _PO_ESCAPES[m[1]], body)


def _po_text(data: bytes) -> str:
    """The PO file's text in the charset its header declares (UTF-8 when it declares none)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        raise ValueError("not a PO file in an 8-bit charset (UTF-16?): save it as UTF-8")
    data = data.removeprefix(b"\xef\xbb\xbf")
    declared = _PO_CHARSET.search(data[:4000])
    charset = declared[1].decode("ascii") if declared else "utf-8"
    if charset.upper() == "CHARSET":  # xgettext's template placeholder
        charset = "utf-8"
    import codecs

    try:
        codecs.lookup(charset)
    except LookupError:
        raise ValueError(f"the header declares an unknown charset {charset!r}") from None
    try:
        return data.decode(charset)
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid {charset} text at byte {exc.start}: save the file as UTF-8") from None


@dataclass
class _PoEntry:
    line: int
    fields: dict[str, str]
    fuzzy: bool = False


def _po_entries(text: str) -> list[_PoEntry]:
    """Every entry of a PO file (obsolete ``#~`` ones left out), its strings joined and unescaped."""
    entries: list[_PoEntry] = []
    current: _PoEntry | None = None
    key: str | None = None
    fuzzy = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"line {number}"
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in (f.strip() for f in line[2:].split(",")):
                fuzzy = True
            continue
        if line.startswith('"'):
            if current is None or key is None:
                raise ValueError(f"{where}: a string continues no msgid or msgstr")
            current.fields[key] += _po_unquote(line, where)
            continue
        match = _PO_KEYWORD.fullmatch(line)
        if match is None:
            raise ValueError(f"{where}: expected msgctxt, msgid or msgstr, found {line[:30]!r}")
        key = match[1]
        # A new entry starts at its msgctxt, or at a msgid not preceded by its own msgctxt.
        if key == "msgctxt" or (key == "msgid" and (current is None or "msgid" in current.fields)):
            current = _PoEntry(number, {}, fuzzy)
            entries.append(current)
            fuzzy = False
        assert current is not None
        if key in current.fields:
            raise ValueError(f"{where}: {key} given twice in one entry")
        if key.startswith("msgstr") and "msgid" not in current.fields:
            raise ValueError(f"{where}: msgstr without a msgid")
        current.fields[key] = _po_unquote(match[2], where)
    for entry in entries:
        if "msgid" not in entry.fields:
            raise ValueError(f"line {entry.line}: an entry without a msgid")
        if not any(k.startswith("msgstr") for k in entry.fields):
            raise ValueError(f"line {entry.line}: an entry without a msgstr")
    return entries


def import_po(data: bytes, name: str) -> list[tuple[str, str]]:
    """The (Indonesian source, English target) of every finished entry of a gettext PO file, such
    as :func:`export_po` writes and Poedit or Weblate save.

    An entry counts when its ``msgstr`` has text and it is not marked ``#, fuzzy`` (a draft or the
    machine pre-fill :func:`export_po` writes, never to come back as human); plural entries and
    obsolete ``#~`` entries are left out. Blanks are folded as :func:`import_xliff` does. The text
    is read in the header's charset. Raises :class:`SourceError` naming ``name`` for a file that
    is not a PO file (bad encoding, an entry without msgid, a broken string, another language).
    """
    try:
        entries = _po_entries(_po_text(data))
    except ValueError as exc:
        raise SourceError(name, f"not a valid PO file: {exc}") from None
    pairs: list[tuple[str, str]] = []
    for entry in entries:
        source, target = entry.fields["msgid"], entry.fields.get("msgstr")
        if not source:  # the header
            language = re.search(r"^Language:[ \t]*(\S+)", target or "", re.MULTILINE)
            if language and _primary(language[1]) != "en":
                raise SourceError(name, f"the PO file's Language is {language[1]!r}, expected 'en'")
            continue
        if entry.fuzzy or target is None or "msgid_plural" in entry.fields:
            continue
        source_text = _BLANKS.sub(" ", source).strip()
        target_text = _BLANKS.sub(" ", target).strip()
        if source_text and target_text:
            pairs.append((source_text, target_text))
    return pairs


IMPORTERS = {".po": import_po, ".xlf": import_xliff, ".xliff": import_xliff}
"""A filled worklist's reader by its file name's suffix (anything else is read as XLIFF)."""


def import_worklist_file(data: bytes, name: str) -> list[tuple[str, str]]:
    """The finished (Indonesian, English) pairs of a worklist, read by its suffix (``.po``: PO,
    else XLIFF); a :class:`SourceError` naming ``name`` for a file too large or not readable."""
    if len(data) > MAX_WORKLIST_MB * 1024 * 1024:
        raise SourceError(name, f"larger than {MAX_WORKLIST_MB} MB; not a worklist briefgen wrote")
    from pathlib import PurePath

    return IMPORTERS.get(PurePath(name).suffix.lower(), import_xliff)(data, name)
