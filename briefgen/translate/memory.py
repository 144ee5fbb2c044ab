"""Translation memory: Indonesian segments with their English, who made them and when, as TMX 1.4b.

The memory is the most trusted source of English after the writers' own generated text: a
``human`` entry is a translator's work, a ``machine`` entry a cached machine translation. The
rules of :meth:`Memory.add` keep that order: a machine entry never replaces a human one.

Entries are found by :func:`segment_key`, the Indonesian text with typographic quotes, dashes and
whitespace made uniform, so a paragraph scraped twice from different pages still matches.
:meth:`Memory.fuzzy` finds similar segments to *offer* to translators; it is never used to fill
a brief silently.

The file format is TMX 1.4b (``translations/memory.tmx``), readable by every CAT tool::

    <tu creationid="Sari Wulandari" creationdate="20261123T100000Z">
      <prop type="x-origin">human</prop>
      <tuv xml:lang="id"><seg>…</seg></tuv>
      <tuv xml:lang="en"><seg>…</seg></tuv>
    </tu>

The same memory always serialises to the same bytes (units sorted by key, no timestamps of
their own), so the file diffs cleanly under version control. Nothing here reads or writes
files: the pipeline loads and saves the memory (atomically) through :meth:`Memory.from_tmx` and
:meth:`Memory.to_tmx`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from briefgen import __version__
from briefgen.errors import SourceError
from briefgen.standards import XML_ILLEGAL

EntryOrigin = Literal["human", "machine"]
ORIGINS: tuple[EntryOrigin, ...] = ("human", "machine")

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_SPACE = f"{{{XML_NS}}}space"

# --------------------------------------------------------------------------- text helpers

_NEWLINES = re.compile(r"\r\n?")

_UNIFY = str.maketrans(
    {
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02", '"'),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u02bc", "'"),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\u2026": "...",
        # invisible characters that scraped web text is full of
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    }
)
_WHITESPACE = re.compile(r"\s+")


def clean_xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry, with ``\\n`` line breaks.

    XML parsers turn ``\\r\\n`` and a lone ``\\r`` into ``\\n``, so doing it here keeps a text
    identical before and after a round trip through a file.
    """
    return _NEWLINES.sub("\n", XML_ILLEGAL.sub("", text))


def segment_key(text: str) -> str:
    """The normalised Indonesian text a memory entry is found by.

    NFC, typographic quotes, apostrophes, dashes and the ellipsis replaced by their ASCII
    forms, invisible characters and XML-illegal control characters removed, every run of
    whitespace (including non-breaking spaces) made one space, stripped. Case is kept.

    >>> segment_key("  \u201cKami siap,\u201d kata   Dewi \u2013 Jakarta\u00a0")
    '"Kami siap," kata Dewi - Jakarta'
    """
    text = unicodedata.normalize("NFC", XML_ILLEGAL.sub("", text))
    return _WHITESPACE.sub(" ", text.translate(_UNIFY)).strip()


def local_name(tag: object) -> str:
    """An element's name without its ``{namespace}``; ``""`` for comments and the like."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


# Inline elements of TMX and XLIFF whose content is native markup (``<b>``, ``%s``), not text.
_CODE_ELEMENTS = frozenset({"bpt", "ept", "ph", "it", "ut", "sub", "x", "bx", "ex"})


def inline_text(element: ET.Element) -> str:
    """The text of a ``<seg>``, ``<source>`` or ``<target>``: the text of ``<g>``, ``<mrk>`` and
    ``<hi>`` kept, the native codes inside ``<ph>``, ``<bpt>`` and their kin left out."""
    parts = [element.text or ""]
    for child in element:
        if local_name(child.tag) not in _CODE_ELEMENTS:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def parse_xml(data: bytes) -> ET.Element:
    """Parse untrusted ``data``; raises ``ValueError`` with a one-line reason when it is refused.

    A translator's XLIFF and a memory copied from elsewhere are untrusted, so they go through
    defusedxml's hardened parser, not the bundled expat's defaults: no entity is declared or
    expanded (no billion laughs, no external entity reading a local file or an address), and
    nothing is fetched. A ``<!DOCTYPE>`` naming a DTD, as TMX files carry, is allowed but not read.
    """
    from defusedxml import DefusedXmlException, EntitiesForbidden
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        raise ValueError("entity declarations are not allowed") from None
    except DefusedXmlException as exc:
        raise ValueError(f"external references are not allowed ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        raise ValueError(str(exc).splitlines()[0] if str(exc) else "malformed XML") from None
    except LookupError as exc:  # <?xml encoding="…"?> naming a codec Python does not know
        raise ValueError(str(exc).splitlines()[0] if str(exc) else "unknown encoding") from None


def _one_line(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- dates


def _parse_when(when: str) -> dt.datetime | None:
    """``when`` (ISO 8601, or TMX's ``YYYYMMDDTHHMMSSZ``) as an aware UTC datetime, whole seconds."""
    if not when.strip():
        return None
    moment = dt.datetime.fromisoformat(when.strip())  # Python 3.11 reads both forms
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        return moment.astimezone(dt.UTC).replace(microsecond=0)
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is before the first representable moment
        raise ValueError(f"date out of range: {when!r}") from None


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _tmx_date(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


_OLDEST = dt.datetime.min.replace(tzinfo=dt.UTC)

# --------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class Entry:
    """One Indonesian segment and its English.

    ``origin`` is ``"human"`` for a translator's work, ``"machine"`` for machine translation;
    ``by`` names the translator or the engine; ``when`` is ISO 8601 UTC such as
    ``2026-11-23T10:00:00Z`` (empty when unknown).
    """

    source: str
    target: str
    origin: EntryOrigin
    by: str
    when: str

    def __post_init__(self) -> None:
        if self.origin not in ORIGINS:
            raise ValueError(f"origin must be 'human' or 'machine', not {self.origin!r}")


def _normalised(entry: Entry) -> Entry:
    """``entry`` as the memory stores it: XML-safe text, target stripped, ``when`` canonical."""
    try:
        moment = _parse_when(entry.when)
    except ValueError:
        raise ValueError(f"when must be ISO 8601 such as 2026-11-23T10:00:00Z, not {entry.when!r}") from None
    return replace(
        entry,
        source=clean_xml_text(entry.source).strip(),
        target=clean_xml_text(entry.target).strip(),
        by=" ".join(clean_xml_text(entry.by).split()),
        when=_iso(moment) if moment else "",
    )


def _moment(entry: Entry) -> dt.datetime:
    return _parse_when(entry.when) or _OLDEST


def _replaces(new: Entry, old: Entry) -> bool:
    """Whether ``new`` should take the place of ``old`` for the same key."""
    if new.origin != old.origin:
        return new.origin == "human"  # human beats machine, whatever the dates
    return _moment(new) >= _moment(old)  # same origin: the newer wins; a tie goes to the later add


# --------------------------------------------------------------------------- the memory


class Memory:
    """Translation memory entries by :func:`segment_key`, at most one per key."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._entries: dict[str, Entry] = {}
        for entry in entries:
            self.add(entry)

    # ------------------------------------------------------------------ reading

    @classmethod
    def from_tmx(cls, data: bytes, name: str) -> Memory:
        """The memory in the TMX document ``data``; ``name`` is used in error messages.

        Units without both an Indonesian (``id``, ``in``, ``id-ID``) and an English (``en``,
        ``en-GB``…) variant are skipped. Units without an ``x-origin`` property (written by
        other tools) count as human translations.
        """

        def fail(problem: str) -> SourceError:
            return SourceError(name, f"not a valid TMX file: {problem}")

        try:
            root = parse_xml(data)
        except ValueError as exc:
            raise fail(str(exc)) from None
        if local_name(root.tag) != "tmx":
            raise fail(f"the root element is <{local_name(root.tag)}>, not <tmx>")
        body = next((child for child in root if local_name(child.tag) == "body"), None)
        if body is None:
            raise fail("no <body> element")
        memory = cls()
        try:
            units = [child for child in body if local_name(child.tag) == "tu"]
            for number, tu in enumerate(units, 1):
                entry = _entry_from_tu(tu)
                if isinstance(entry, str):
                    raise fail(f"translation unit {number}: {entry}")
                if entry is not None:
                    memory.add(entry)
        except RecursionError:
            raise fail("elements nested too deeply") from None
        return memory

    # ------------------------------------------------------------------ lookup

    def get(self, source: str) -> Entry | None:
        """The entry for exactly this Indonesian text (after :func:`segment_key`), if any."""
        return self._entries.get(segment_key(source))

    def __contains__(self, source: object) -> bool:
        return isinstance(source, str) and segment_key(source) in self._entries

    def fuzzy(self, source: str, limit: int = 3, cutoff: float = 75) -> list[tuple[float, Entry]]:
        """Up to ``limit`` entries whose key is similar to ``source``'s, best first.

        The score is :func:`rapidfuzz.fuzz.ratio` (0–100) of the keys; entries scoring below
        ``cutoff`` are left out. Ties go to human entries, then to key order. These are
        suggestions for a translator, never English for a brief.
        """
        key = segment_key(source)
        if not key or not self._entries or limit <= 0:
            return []
        from rapidfuzz import fuzz, process

        found = process.extract(key, list(self._entries), scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        ranked = sorted(
            ((float(score), self._entries[choice]) for choice, score, _ in found),
            key=lambda match: (-match[0], match[1].origin != "human", segment_key(match[1].source)),
        )
        return ranked[:limit]

    # ------------------------------------------------------------------ changes

    def add(self, entry: Entry) -> bool:
        """Add ``entry`` unless a more trusted one is already there; whether anything changed.

        A human entry replaces a machine one; a machine entry never replaces a human one; between
        two of the same origin the newer ``when`` wins. The entry is stored normalised: text
        without XML-illegal characters, the target stripped, ``when`` as ``YYYY-MM-DDTHH:MM:SSZ``.
        Raises ``ValueError`` for an empty source or target or a ``when`` that is not ISO 8601.
        """
        entry = _normalised(entry)
        key = segment_key(entry.source)
        if not key:
            raise ValueError("a memory entry needs Indonesian source text")
        if not entry.target:
            raise ValueError(f"a memory entry needs English text: {_one_line(entry.source)!r}")
        old = self._entries.get(key)
        if old == entry or (old is not None and not _replaces(entry, old)):
            return False
        self._entries[key] = entry
        return True

    # ------------------------------------------------------------------ inspection

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        """The entries in key order."""
        return iter([self._entries[key] for key in sorted(self._entries)])

    def counts(self) -> dict[str, int]:
        """How many entries of each origin: ``{"human": 3, "machine": 12}``."""
        counts: dict[str, int] = dict.fromkeys(ORIGINS, 0)
        for entry in self._entries.values():
            counts[entry.origin] += 1
        return counts

    # ------------------------------------------------------------------ writing

    def to_tmx(self) -> bytes:
        """The memory as a TMX 1.4b document in UTF-8; the same memory gives the same bytes."""
        root = ET.Element("tmx", {"version": "1.4"})
        ET.SubElement(
            root,
            "header",
            {
                "creationtool": "briefgen",
                "creationtoolversion": __version__,
                "segtype": "paragraph",
                "o-tmf": "briefgen",
                "adminlang": "en",
                "srclang": "id",
                "datatype": "plaintext",
            },
        )
        body = ET.SubElement(root, "body")
        for entry in self:
            attributes = {}
            if entry.by:
                attributes["creationid"] = entry.by
            moment = _parse_when(entry.when)
            if moment:
                attributes["creationdate"] = _tmx_date(moment)
            tu = ET.SubElement(body, "tu", attributes)
            ET.SubElement(tu, "prop", {"type": "x-origin"}).text = entry.origin
            for lang, text in (("id", entry.source), ("en", entry.target)):
                tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
                ET.SubElement(tuv, "seg").text = clean_xml_text(text)
        ET.indent(root)
        document = ET.tostring(root, encoding="unicode")
        prolog = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        return (prolog + document + "\n").encode("utf-8")


def _entry_from_tu(tu: ET.Element) -> Entry | str | None:
    """The entry of one ``<tu>``; ``None`` to skip it, a string saying what is wrong with it."""
    variants: dict[str, tuple[str, ET.Element]] = {}
    for tuv in tu:
        if local_name(tuv.tag) != "tuv":
            continue
        lang = (tuv.get(XML_LANG) or tuv.get("lang") or "").strip().lower().replace("_", "-")
        primary = lang.split("-")[0]
        primary = "id" if primary == "in" else primary  # "in" is the old code for Indonesian
        seg = next((child for child in tuv if local_name(child.tag) == "seg"), None)
        if seg is not None and primary in ("id", "en"):
            variants.setdefault(primary, (inline_text(seg), tuv))
    if "id" not in variants or "en" not in variants:
        return None
    source, _ = variants["id"]
    target, target_tuv = variants["en"]
    if not segment_key(source) or not target.strip():
        return None
    props = {prop.get("type"): prop.text or "" for prop in tu if local_name(prop.tag) == "prop"}
    origin = props.get("x-origin", "human").strip()
    if origin not in ORIGINS:
        return f"x-origin is {origin!r}, expected 'human' or 'machine'"
    by = tu.get("creationid") or target_tuv.get("creationid") or ""
    when = tu.get("creationdate") or target_tuv.get("creationdate") or ""
    try:
        moment = _parse_when(when)
    except ValueError:
        return f"creationdate {when!r} is not a date such as 20261123T100000Z"
    known: EntryOrigin = "human" if origin == "human" else "machine"
    return Entry(source, target, known, by, _iso(moment) if moment else "")
