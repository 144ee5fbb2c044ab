"""English for officials' roles, composed from the glossary: ``Kepala Dinas Kebudayaan Provinsi
Bali`` → ``Head of the Bali Provincial Culture Office``.

:func:`translate_role` reads a role as ``[acting] title (dan title)* element*`` over the glossary's
tokens (titles, ministries, organisations, units, fields, places) and composes the English with
a few structural patterns; it returns ``None`` rather than English with Indonesian words left in.
Names of people and organisations that are not in the glossary pass through unchanged. A role
already written in English comes back as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.translate.glossary import Glossary, Term, Token, tokens


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


# --------------------------------------------------------------------------- vocabulary of roles


# Derived Indonesian nouns: ke-…-an, pe(N)-…-an, per-…-an (kebudayaan, pengembangan, perdagangan).
_DERIVED_RE = re.compile(r"^(?:ke|pe|pem|pen|peng|peny|per)[a-z]{3,}an$")
# First words of organisation names that stay in Indonesian (Asosiasi Game Indonesia, PT Maju Jaya).
_ORG_NAME_HEADS = _words(
    """asosiasi yayasan perkumpulan himpunan ikatan persatuan gabungan lembaga komunitas koperasi
    universitas institut sekolah politeknik akademi pt cv perum persero perseroan studio grup"""
)
_CONJUNCTIONS = frozenset({"dan", "serta", "&"})
_TITLE_JOINERS = frozenset({"dan", "serta", "&", "sekaligus", "merangkap"})
_ACTING = (("pelaksana", "tugas"), ("pelaksana", "harian"), ("plt",), ("plh",), ("pj",), ("penjabat",))
_PLACE_MARKERS = {
    "provinsi": ("Province", "Provincial"),
    "kabupaten": ("Regency", "Regency"),
    "kota": ("City", "City"),
    "kecamatan": ("District", "District"),
    "desa": ("Village", "Village"),
}
_GOVERNMENTS = {
    ("pemerintah", "provinsi"): "Provincial Government",
    ("pemerintah", "kabupaten"): "Regency Government",
    ("pemerintah", "kota"): "City Government",
    ("pemerintah", "daerah"): "Regional Government",
    ("pemerintah", "desa"): "Village Government",
    ("pemprov",): "Provincial Government",
    ("pemkab",): "Regency Government",
    ("pemkot",): "City Government",
    ("pemda",): "Regional Government",
}
# Units of an organisation: (English noun, noun goes after the field?) — "X Office", "Directorate of X".
_UNITS: dict[tuple[str, ...], tuple[str, bool]] = {
    ("dinas",): ("Office", True),
    ("divisi",): ("Division", True),
    ("biro",): ("Bureau", True),
    ("bagian",): ("Section", True),
    ("subbagian",): ("Subsection", True),
    ("seksi",): ("Section", True),
    ("badan",): ("Agency", True),
    ("pusat",): ("Centre for", False),
    ("direktorat",): ("Directorate of", False),
    ("direktorat", "jenderal"): ("Directorate General of", False),
    ("subdirektorat",): ("Sub-directorate of", False),
    ("kementerian",): ("Ministry of", False),
}
_UNIT_WORDS = frozenset(w for key in _UNITS for w in key) | {"bidang", "komisi"}
_UNIT_HEADS = frozenset(key[0] for key in _UNITS) | {"bidang", "komisi"}
# A field of work stops at these words; they start other structures.
_FIELD_STOP = (
    _UNIT_WORDS | frozenset(_PLACE_MARKERS) | {"di", "dari", "untuk", "pada", "pemerintah", "dan", "serta"}
)
_ROMAN_RE = re.compile(r"^[IVXL]+$")
# English words that open a role already written in English (COO RUNUP Company).
_ENGLISH_TITLE_WORDS = _words(
    """chief ceo coo cfo cto cmo founder co-founder managing senior general executive vice deputy head
    president director manager chairman chairwoman chair chairperson officer lead partner actor
    actress producer minister ambassador consul secretary spokesperson spokesman adviser advisor
    counsellor counselor representative member professor researcher analyst coordinator editor
    commissioner governor mayor regent principal assistant associate country regional"""
)
# Nouns that make an English organisation name take "the" (the Ministry of Trade, the KOCCA: no).
_INSTITUTION_NOUNS = _words(
    """ministry agency office board council commission authority institute bureau division
    directorate secretariat organization organisation association assembly house court police
    forces government corporation forum centre center committee chamber fund union federation
    foundation nations embassy consulate mission section department inspectorate service services
    unit team subsection sub-directorate republic"""
)
_SMALL_WORDS = _words("of and for the in on at to a an from with by")


def _titlecase(text: str) -> str:
    """``export development`` → ``Export Development``; leaves acronyms and small words alone."""
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if (i > 0 and word in _SMALL_WORDS) or any(c.isupper() for c in word):
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _needs_the(en: str) -> bool:
    """Whether an English organisation name takes "the" after "of" (the Creative Economy Agency)."""
    head = en.split("/")[0].split(" of ")[0]
    words = head.split()
    if any(w.casefold() in _INSTITUTION_NOUNS for w in words):
        return True
    return len(words) > 1 and words[-1] == "Bank" and words[0] != "Bank"


def _join_list(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _minister_of(title_en: str, ministry_en: str) -> str | None:
    """``Deputy Minister`` + ``Ministry of Trade`` → ``Deputy Minister of Trade``."""
    ministry = ministry_en.split("/")[0]
    for lead in ("Coordinating Ministry", "Ministry"):
        if ministry.startswith(lead + " "):
            base = title_en
            for suffix in ("Coordinating Minister", "Minister"):
                if base.endswith(suffix):
                    base = base[: -len(suffix)]
                    break
            else:
                return None
            return base + lead.replace("Ministry", "Minister") + ministry[len(lead) :]
    return None


@dataclass(frozen=True)
class _El:
    """One part of a role after its title: kind, English text, whether it takes "the"."""

    kind: str  # field | for | to | in | from | ministry | org | unit | name | place
    en: str
    the: bool = False


# --------------------------------------------------------------------------- translating a role


@functools.lru_cache(maxsize=4096)
def translate_role(glossary: Glossary, role: str) -> str | None:
    """English for an Indonesian role or title phrase, or ``None`` when some word has no honest
    English. A role already in English comes back unchanged; names not in the glossary pass through.
    Cached (bounded) by glossary, which is not changed once built, and role.
    """
    text = " ".join(role.split()).strip(" ,;:")
    if not text:
        return None
    qualified = _QUALIFIED.match(text)
    if qualified is not None:  # "mantan Menteri Perdagangan": the office, then what the person is to it
        office = translate_role(glossary, text[qualified.end() :])
        if office is not None:
            return f"former {office}" if qualified.group("former") else f"candidate for {office}"
    toks = _drop_abbreviations(tokens(text))
    if not toks:
        return None
    if _is_english(glossary, toks):
        return text
    whole = _RoleParser(glossary, toks).role_or_org()
    if whole is not None:
        return whole
    parts = _split(toks, "/")
    if len(parts) < 2:
        return None
    english = [_RoleParser(glossary, part).role_or_org() for part in parts]
    if any(e is None for e in english):
        return None
    return "/".join(e for e in english if e is not None)


# A former holder or a candidate, written before the office (people.py keeps these in the role).
_QUALIFIED = re.compile(r"(?:(?P<former>mantan|eks|former)|(?:bakal\s+)?calon)\s+(?=\S)", re.IGNORECASE)


def _drop_abbreviations(toks: list[Token]) -> list[Token] | None:
    """Drop parenthesised abbreviations such as ``(Wamen Ekraf)``; ``None`` for other brackets."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        if toks[i].text != "(":
            if toks[i].text == ")":
                return None
            out.append(toks[i])
            i += 1
            continue
        close = next((j for j in range(i + 1, len(toks)) if toks[j].text == ")"), None)
        if close is None:
            return None
        inner = toks[i + 1 : close]
        if not inner or not all(t.text[:1].isupper() or t.text in "/-&" for t in inner):
            return None
        i = close + 1
    return out


def _is_english(glossary: Glossary, toks: Sequence[Token]) -> bool:
    """A role written in English: opens with an English title word, has no Indonesian word."""
    words = [t for t in toks if t.text[:1].isalnum()]
    if not words or words[0].fold not in _ENGLISH_TITLE_WORDS:
        return False
    for i, tok in enumerate(toks):
        if glossary.is_indonesian(tok.fold) or _DERIVED_RE.match(tok.fold):
            return False
        if any(term.en != term.id for _, term in glossary.matches_at(toks, i)):
            return False
    return True


def _foreign_ok(glossary: Glossary, tok: Token, strict: bool = True) -> bool:
    """Whether ``tok`` may pass through untranslated as part of a name."""
    if not (tok.text[:1].isupper() or tok.text[:1].isdigit()):
        return False
    if glossary.is_indonesian(tok.fold):
        return False
    return not (strict and _DERIVED_RE.match(tok.fold))


def _split(toks: list[Token], sep: str) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for tok in toks:
        if tok.text == sep:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


# --------------------------------------------------------------------------- the role parser


class _RoleParser:
    """Parses ``[acting] title (dan title)* element*`` over tokens and composes the English."""

    def __init__(self, glossary: Glossary, toks: Sequence[Token]) -> None:
        self.g = glossary
        self.toks = list(toks)
        self.n = len(self.toks)

    def fold(self, i: int) -> str:
        return self.toks[i].fold if i < self.n else ""

    def starts(self, i: int, words: tuple[str, ...]) -> bool:
        return tuple(t.fold for t in self.toks[i : i + len(words)]) == words

    def matches(self, i: int, kinds: Iterable[str]) -> list[tuple[int, Term]]:
        if i >= self.n:
            return []
        wanted = set(kinds)
        return [(k, t) for k, t in self.g.matches_at(self.toks, i) if t.kind in wanted]

    # ------------------------------------------------------------------ top level

    def role_or_org(self) -> str | None:
        role = self.role()
        if role is not None:
            return role
        # No title: an organisation or a place alone ("Pemerintah Provinsi Bali").
        found = self.element(0, "", first=True)
        if found is not None and found[1] == self.n and found[0].kind in ("org", "unit", "ministry", "place"):
            return found[0].en
        return None

    def role(self) -> str | None:
        i, acting = 0, ""
        for words in _ACTING:
            if self.starts(0, words):
                i, acting = len(words), "Acting "
                if self.fold(i) == ".":
                    i += 1
                break
        for title_en, j in self.title_sequences(i):
            tail = self.tail(j, title_en)
            if tail is not None:
                return acting + tail
        return None

    def title_sequences(self, i: int) -> list[tuple[str, int]]:
        """Every way to read titles at ``i`` (``Ketua dan Pendiri``), most tokens first."""
        options = []
        for en, j in self.titles(i):
            names = [en]
            while self.fold(j) in _TITLE_JOINERS:
                more = self.titles(j + 1)
                if not more:
                    break
                en2, j = more[0]
                names.append(en2)
            options.append((_join_list(names), j))
        return options

    def titles(self, i: int) -> list[tuple[str, int]]:
        """Title readings at ``i``: glossary titles (longest first), then ``Wakil`` + title."""
        found: list[tuple[str, int]] = []
        for k, term in self.matches(i, ("title",)):
            j = i + k
            if j < self.n and term.id.split()[-1].casefold() in _UNIT_HEADS and k > 1:
                continue  # "Kepala Dinas Kebudayaan …": read as Kepala + the office
            found.append((term.en, j))
        if self.fold(i) == "wakil" and not any(en.startswith(("Deputy", "Vice")) for en, _ in found):
            found.extend(("Deputy " + en, j) for en, j in self.titles(i + 1))
        if not found:  # a title written in English: "Senior Manager Kemenekraf"
            j = i
            while (
                j < self.n and self.toks[j].fold in _ENGLISH_TITLE_WORDS and self.toks[j].text[:1].isupper()
            ):
                j += 1
            if j > i:
                found.append((_join_tokens(self.toks[i:j]), j))
        return found

    # ------------------------------------------------------------------ after the title

    def tail(self, j: int, title_en: str) -> str | None:
        elements: list[_El] = []
        pos = j
        while pos < self.n:
            if self.toks[pos].text == ",":
                pos += 1
                continue
            found = self.element(pos, title_en, first=not elements)
            if found is None:
                return None
            elements.append(found[0])
            pos = found[1]
        return self.compose(title_en, elements)

    def compose(self, title_en: str, elements: list[_El]) -> str | None:
        if elements and elements[0].kind in ("org", "name") and any(el.kind == "for" for el in elements):
            # "Direktur Kemenekraf Bidang Musik" → Director for Music, Ministry of Creative Economy
            elements = [el for el in elements if el.kind == "for"] + [
                el for el in elements if el.kind != "for"
            ]
        out: str | None = title_en
        for index, el in enumerate(elements):
            previous = elements[index - 1] if index else None
            out = _attach(out, title_en, el, index, previous) if out is not None else None
        return out

    def element(self, pos: int, title_en: str, first: bool) -> tuple[_El, int] | None:
        """The longest reading of the part at ``pos``; ties go to the earlier reading below."""
        readings = [
            self.ministry(pos, title_en) if first else None,
            self.organization(pos),
            self.government(pos),
            self.embassy(pos),
            self.unit(pos, title_en, first),
            self.place(pos),
            self.preposition(pos),
            self.field_element(pos, title_en, first),
            self.name(pos, strict=not title_en.endswith(_PLACE_TITLES)),
        ]
        best: tuple[_El, int] | None = None
        for found in readings:
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        return best

    def ministry(self, pos: int, title_en: str) -> tuple[_El, int] | None:
        """After a minister: ``Ekonomi Kreatif`` (→ Kementerian Ekonomi Kreatif), ``Komdigi``."""
        if not title_en.endswith("Minister"):
            return None
        best: tuple[_El, int] | None = None
        for prefix in (
            ("kementerian",),
            ("kementerian", "koordinator"),
            ("kementerian", "koordinator", "bidang"),
        ):
            for k in range(min(self.n - pos, 12), 0, -1):
                words = prefix + tuple(t.fold for t in self.toks[pos : pos + k])
                term = self.g.folded(words)
                if term and term.kind == "organization":
                    if best is None or pos + k > best[1]:
                        best = (_El("ministry", term.en), pos + k)
                    break
        for k, term in self.matches(pos, ("organization", "acronym")):
            if term.en.startswith(("Ministry ", "Coordinating Ministry ")) and (
                best is None or pos + k > best[1]
            ):
                best = (_El("ministry", term.en), pos + k)
        return best

    def organization(self, pos: int) -> tuple[_El, int] | None:
        for k, term in self.matches(pos, ("organization", "acronym")):
            if _field_acronym(term):
                continue
            en, end = term.en, pos + k
            if end < self.n and self.toks[end].text == "RI" and "Indonesia" not in en:
                en, end = en + " of the Republic of Indonesia", end + 1
            return _El("org", en, _needs_the(en)), end
        return None

    def embassy(self, pos: int) -> tuple[_El, int] | None:
        """``KBRI Seoul`` → Embassy of the Republic of Indonesia in Seoul."""
        for k, term in self.matches(pos, ("organization", "acronym")):
            if not term.en.startswith(("Embassy", "Consulate", "Permanent Mission")):
                continue
            at = pos + k + (1 if self.fold(pos + k) in ("di", "in") else 0)
            place = self.placename(at)
            if place is None:
                continue
            prep = "of" if term.en in ("Embassy", "Consulate General") else "in"
            return _El("org", f"{term.en} {prep} {place[0]}", True), place[1]
        return None

    def government(self, pos: int) -> tuple[_El, int] | None:
        """``Pemerintah Provinsi Bali`` → Bali Provincial Government; ``Pemkab Jepara`` likewise."""
        for words, english in _GOVERNMENTS.items():
            if self.starts(pos, words):
                place = self.placename(pos + len(words), strict=False)
                if place is not None:
                    return _El("org", f"{place[0]} {english}", False), place[1]
        if self.fold(pos) == "pemerintah":
            place = self.placename(pos + 1, strict=False)
            if place is not None:
                return _El("org", f"Government of {place[0]}", True), place[1]
        return None

    def place(self, pos: int) -> tuple[_El, int] | None:
        """``Provinsi Bali`` → Bali Province; ``Kabupaten Jepara`` → Jepara Regency."""
        marker = _PLACE_MARKERS.get(self.fold(pos))
        if marker is None:
            return None
        place = self.placename(pos + 1, strict=False)
        if place is None:
            return None
        return _El("place", f"{place[0]} {marker[0]}"), place[1]

    def place_modifier(self, pos: int, bare: bool) -> tuple[str, int] | None:
        """``Provinsi Bali`` → "Bali Provincial"; with ``bare``, a place name alone → "Bali"."""
        marker = _PLACE_MARKERS.get(self.fold(pos))
        if marker is not None:
            place = self.placename(pos + 1, strict=False)
            return (f"{place[0]} {marker[1]}", place[1]) if place else None
        if not bare or self.toks[pos].text.isupper() or self.matches(pos, ("organization", "acronym")):
            return None
        return self.placename(pos)

    def placename(self, pos: int, strict: bool = True) -> tuple[str, int] | None:
        """A place: a glossary name (Jawa Barat → West Java) or a capitalised name passed through."""
        for k, term in self.matches(pos, ("term", "acronym")):
            if term.en[:1].isupper() and term.id[:1].isupper():
                return term.en, pos + k
        end = pos
        while end < self.n and end - pos < 4 and _foreign_ok(self.g, self.toks[end], strict):
            if end > pos and any(t.en != t.id for _, t in self.g.matches_at(self.toks, end)):
                break
            end += 1
        if end == pos:
            return None
        return " ".join(t.text for t in self.toks[pos:end]), end

    def unit(self, pos: int, title_en: str, first: bool) -> tuple[_El, int] | None:
        """``Divisi Kerja Sama Internasional`` → International Cooperation Division; ``Dinas
        Kebudayaan Provinsi Bali`` → Bali Provincial Culture Office; ``Komisi VII`` → Commission VII."""
        if self.fold(pos) == "komisi" and pos + 1 < self.n and _ROMAN_RE.match(self.toks[pos + 1].text):
            return _El("unit", f"Commission {self.toks[pos + 1].text}"), pos + 2
        units = dict(_UNITS)
        if first and title_en.endswith("Head"):
            units[("bidang",)] = ("Division", True)
        for words, (noun, after) in sorted(units.items(), key=lambda item: -len(item[0])):
            if not self.starts(pos, words):
                continue
            field = self.field(pos + len(words), capitalise=True)
            if field is None:
                continue
            en, end = field
            place = self.place_modifier(end, bare=words == ("dinas",)) if end < self.n else None
            if after:
                name = f"{place[0]} {en} {noun}" if place else f"{en} {noun}"
            else:
                name = f"{noun} {en}" + (f", {place[0]}" if place else "")
            return _El("unit", name, True), place[1] if place else end
        return None

    def preposition(self, pos: int) -> tuple[_El, int] | None:
        """``Bidang X`` → for X; ``untuk X`` → to/for X; ``di X`` → in X; ``dari X`` → from X."""
        kind = {"bidang": "for", "untuk": "to", "di": "in", "dari": "from"}.get(self.fold(pos))
        if kind is None:
            return None
        if kind == "for":
            field = self.field(pos + 1, capitalise=True)
            return (_El("for", field[0]), field[1]) if field else None
        inner = self.element(pos + 1, "", first=False)
        if inner is None or inner[0].kind in ("for", "to", "in", "from"):
            return None
        el = inner[0]
        return _El(kind, ("the " if el.the else "") + el.en), inner[1]

    def field_element(self, pos: int, title_en: str, first: bool) -> tuple[_El, int] | None:
        if first and title_en.endswith("Minister"):
            field = self.field(pos, capitalise=True)
            return (_El("field", field[0]), field[1]) if field else None
        field = self.field(pos)
        return (_El("field", field[0]), field[1]) if field else None

    def field(self, pos: int, capitalise: bool = False) -> tuple[str, int] | None:
        """A field of work made of glossary terms: ``Pengembangan Ekspor`` → export development
        (Indonesian puts the head first, English last), ``Film dan Animasi`` → film and animation."""
        if pos >= self.n:
            return None
        first = self.toks[pos]
        segments: list[str] = []
        while True:
            words: list[str] = []
            while pos < self.n and self.fold(pos) not in _FIELD_STOP:
                found = [(k, t) for k, t in self.matches(pos, ("term", "acronym")) if _field_term(t)]
                if not found:
                    break
                k, term = found[0]
                words.append(term.en)
                pos += k
            if not words:
                return None
            segments.append(" ".join(reversed(words)))
            step = 2 if self.fold(pos) == "," and self.fold(pos + 1) in _CONJUNCTIONS else 1
            if (self.fold(pos) in _CONJUNCTIONS or self.fold(pos) == ",") and self._is_term(pos + step):
                pos += step
                continue
            break
        english = _join_list(segments)
        if capitalise or first.text[:1].isupper():
            english = _titlecase(english)
        return english, pos

    def _is_term(self, pos: int) -> bool:
        return any(_field_term(t) for _, t in self.matches(pos, ("term", "acronym")))

    def name(self, pos: int, strict: bool = True) -> tuple[_El, int] | None:
        """A proper name passed through: ``AGI``, ``KOCCA Indonesia``, ``Asosiasi Game Indonesia``."""
        if pos >= self.n:
            return None
        org_name = self.fold(pos) in _ORG_NAME_HEADS and self.toks[pos].text[:1].isupper()
        end = pos
        while end < self.n:
            tok = self.toks[end]
            if tok.text in ("&", "-", ".") and end > pos and end + 1 < self.n:
                end += 1
                continue
            if org_name and (tok.text[:1].isupper() or tok.text[:1].isdigit()):
                end += 1
                continue
            known = self.g.matches_at(self.toks, end)
            if known and all(t.en == t.id for _, t in known) and tok.text[:1].isupper():
                end += known[0][0]  # an English or international name: KOCCA, Indonesia
                continue
            if known or not _foreign_ok(self.g, tok, strict):
                break
            end += 1
        while end > pos and not self.toks[end - 1].text[:1].isalnum():
            end -= 1
        if end == pos:
            return None
        text = _join_tokens(self.toks[pos:end])
        return _El("name", text, not org_name and _needs_the(text)), end


_PLACE_TITLES = ("Mayor", "Regent", "Governor", "Village Head", "District Head")


def _field_acronym(term: Term) -> bool:
    """Acronyms that name a field rather than a body: ``UMKM`` (MSMEs), ``BUMN``, ``Ekraf``."""
    return term.kind == "acronym" and (term.en[:1].islower() or bool(re.fullmatch(r"[A-Z]+s", term.en)))


def _field_term(term: Term) -> bool:
    return term.kind == "term" or _field_acronym(term)


def _join_tokens(toks: Sequence[Token]) -> str:
    """Tokens back to text, keeping the original spacing between them."""
    out = toks[0].text
    for before, tok in zip(toks, toks[1:], strict=False):
        out += (" " if tok.start > before.end else "") + tok.text
    return out


def _attach(out: str, title_en: str, el: _El, index: int, previous: _El | None) -> str | None:
    """``out`` (the English so far) with the part ``el`` joined on; None when it cannot be."""
    if el.kind == "ministry" and index == 0:
        joined = _minister_of(title_en, el.en)
        return joined if joined is not None else out + " of " + ("the " if el.the else "") + el.en
    if el.kind == "field":
        if index:
            return None
        prep = "for" if title_en.endswith(("Deputy", "Staff", "Coordinator", "Adviser")) else "of"
        return f"{out} {prep} {el.en}"
    if el.kind == "for":
        return out + " for " + el.en
    if el.kind == "to":
        prep = "to" if "Ambassador" in title_en or "Envoy" in title_en else "for"
        return f"{out} {prep} {el.en}"
    if el.kind in ("in", "from"):
        return f"{out} {el.kind} {el.en}"
    if index == 0 or (previous is not None and previous.kind == "unit"):
        return out + " of " + ("the " if el.the else "") + el.en
    return out + ", " + el.en
