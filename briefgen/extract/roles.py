"""The role vocabulary of a name run: which capitalised words are titles, offices, bodies or degrees
rather than a person's name, and how a titled run divides into role, organisation and name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.countries import PLACE_WORDS
from briefgen.extract.degrees import DEGREE_WORDS
from briefgen.extract.lexicon import (
    COMPANY_SUFFIXES,
    FUNCTION_WORDS,
    HONORIFICS,
    LOCATION_WORDS,
    NAME_HONORIFICS,
    NAME_PREFIXES,
    ORG_HEADS,
    ORG_WORDS,
    PLACES,
    RANK_SUFFIXES,
    RANKS,
    REGIONAL_TITLES,
    ROLE_ACRONYMS,
    TITLES,
    WEEKDAYS,
    is_acronym,
    known_acronyms,
    region_abbreviations,
    words,
)
from briefgen.extract.name_forms import (
    MINISTER_SHORT_TITLES,
    ROMAN_NUMERAL,
    opens_by_descent,
    prefixed_name_word,
    verb_spelt_name,
)
from briefgen.extract.organizations import Definition, compact
from briefgen.extract.runs import Unit

_CONNECTORS = frozenset({"of", "and", "dan", "for", "the", "&"})
# Titles as sequences of capitalised words (connectors such as "of" live between units).
_TITLE_SEQUENCES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (tuple(w for w in t.split() if w not in _CONNECTORS) for t in (*TITLES, *MINISTER_SHORT_TITLES)),
        key=len,
        reverse=True,
    )
)


@dataclass
class Vocabulary:
    """What the article itself says is not a name: its acronyms, roles and organisation names."""

    words: set[str]
    titles: set[str]  # role acronyms defined in the text, e.g. "DCM", "Wamen"
    org_acronyms: set[str]
    headline: str | None = None  # the article's first line when it is a headline in title case
    # Words the article writes in lower case ("pasangan"): capitalised opening a sentence, no name's.
    lower_words: frozenset[str] = frozenset()

    @classmethod
    def build(cls, definitions: Sequence[Definition]) -> Vocabulary:
        words: set[str] = set()
        titles: set[str] = set()
        orgs: set[str] = set(known_acronyms())
        for d in definitions:
            long_words = re.findall(r"[^\W\d_][\w'’\-]*", d.long)
            if d.kind == "role":
                # "Gubernur Sulawesi Barat Suhardi Duka (SDK)": a role defined with its holder's
                # name; the name's words stay names.
                long_words = [w for w in long_words if w in TITLE_WORD_SET or w in ORG_WORDS or w in PLACES]
            words.update(long_words)
            words.update(d.acronym.split())
            if d.kind == "role":
                titles.add(d.acronym.split()[0])
            else:
                orgs.add(d.acronym)
        for acronym in known_acronyms():
            words.update(acronym.split())
        return cls(words, titles, orgs)

    def name_like(self, unit: Unit) -> bool:
        if unit.kind == "init":
            return True
        if unit.kind != "word":
            return False
        word = unit.text
        if word in NAME_PREFIXES:
            return True  # "Lalu", "Andi", "Ida" open Sasak, Bugis and Balinese names
        if word in HONORIFICS and word.isupper():
            return True  # "KH", "HM" written without dots are honorifics inside a name, not acronyms
        if "-" in word and any(part[:1].isupper() for part in word.split("-")[1:]):
            # "Indonesia-Korea", "K-Pop" are not names; a double surname "Wijaya-Hoffmann" is.
            return all(
                len(part) >= 3
                and part[:1].isupper()
                and part[1:].islower()
                and self.name_like(Unit(part, unit.start, unit.end, "word", unit.sep))
                for part in word.split("-")
            )
        return not (never_a_name(word) or word in self.words or word in self.titles)

    def name_like_at(self, units: Sequence[Unit], k: int) -> bool:
        """``name_like`` of ``units[k]``, or two or three capitals next to a name word that no list
        knows as a body's acronym: initials written without full stops after a name word (``Retno
        LP Marsudi``, ``Herman HN``) or before one after the region or body (``Sekda Sukamaju SF
        Budiman``)."""
        unit = units[k]
        if self.name_like(unit):
            return True
        if prefixed_name_word(units, k) or verb_spelt_name(units, k, self.name_like):
            return True
        if not self._initials(unit):
            return False
        if k > 0 and units[k - 1].kind == "word" and self.name_like(units[k - 1]):
            return True
        # Before a name word, but not right after a title: "Menteri LH Budi" is a portfolio's letters.
        return (
            0 < k + 1 < len(units)
            and units[k + 1].kind == "word"
            and self.name_like(units[k + 1])
            and units[k - 1].text not in TITLE_WORD_SET
        )

    def names_all(self, units: Sequence[Unit]) -> bool:
        """Whether every unit is ``name_like``, or a given name spelling a verb before a name word."""
        like = self.name_like
        return all(like(u) or verb_spelt_name(units, k, like) for k, u in enumerate(units))

    def _initials(self, unit: Unit) -> bool:
        """Two or three capitals that no list or definition knows (initials without full stops)."""
        return (
            unit.kind == "word"
            and 2 <= len(unit.text) <= 3
            and unit.text.isalpha()
            and unit.text.isupper()
            and unit.text not in self.org_acronyms
            and unit.text not in self.titles
            and unit.text not in self.words
            and not _listed_capitals(unit.text)
            and not ROMAN_NUMERAL.fullmatch(unit.text)  # "Asisten III", "Komisi IX": a number
        )

    def org_start(self, unit: Unit) -> bool:
        word = unit.text
        if unit.kind != "word":
            return False
        if word in ORG_HEADS or word in self.org_acronyms or word in _BODY_NOUNS:
            return True
        if _SERVICE_SHORT_FORM.fullmatch(word):
            return True
        return is_acronym(word) and word not in ROLE_ACRONYMS and word not in self.titles


TITLE_WORD_SET = frozenset(w for t in _TITLE_SEQUENCES for w in t)


def _listed_capitals(word: str) -> bool:
    """Capitals a list knows: a rank, a degree, a place, a title, a role or a body's acronym."""
    return (
        word in _KNOWN_CAPITALS
        or word in DEGREE_WORDS
        or word in RANKS
        or word in RANK_SUFFIXES
        or word in PLACES
        or word in TITLE_WORD_SET
        or word in ROLE_ACRONYMS
        or word in region_abbreviations()
    )


# Capitals that are bodies, places or codes wherever they stand, never a name's initials.
_KNOWN_CAPITALS = words(
    """
    RI PT CV TNI DPR DPD MPR KPK BPK OJK BI BPS PKK RT RW SD SMP SMA SMK UMKM UKM BBM ASN PNS WNI WNA
    PBB UN US UK EU AS HUT WIB WITA WIT TV KTP KK NIK UPT ATM DKI DIY NTB NTT
    """
)

# Heads of a body's name that are always followed by a proper name of their own ("Partai Demokrat",
# "PT Sumber Rejeki"), unlike "Dinas" or "Badan", which take a portfolio.
NAMED_HEADS = frozenset(
    {"Partai", "PT", "CV", "Bank", "Universitas", "Yayasan", "Institut", "Perum", "Party"}
    | {"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Kab.", "Kepulauan"}
)
# Supreme bodies and offices named by words that are also given names ("Agung Pribadi", "Muda"):
# after their head they go on naming the body or office ("Penyidik Kejaksaan Agung Budi …", "Jaksa
# Agung Muda bidang …"), not the holder.
SUPREME_OFFICES: dict[str, tuple[str, ...]] = {
    "Kejaksaan": ("Agung",),
    "Mahkamah": ("Agung",),
    "Jaksa": ("Agung", "Muda"),
    "Majelis": ("Hakim",),  # "Ketua Majelis Hakim …": the bench of judges
}
# The title sequences by their first word, longest first (``title_at`` looks them up per word).
_TITLES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _title in _TITLE_SEQUENCES:
    _TITLES_BY_FIRST.setdefault(_title[0], []).append(_title)
# Numerals and amounts ("Walikota Keluarkan Dua Surat Edaran"); not "Eka", "Dwi", "Tri", which
# open many names.
_NUMBER_WORDS = words(
    """
    Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh Sebelas Seratus Seribu Puluhan
    Ratusan Ribuan Jutaan Belasan Beberapa One Two Three Four Five Six Seven Eight Nine Ten
    """
)
# Kinds of official document ("Surat Edaran Wali Kota", "Instruksi Menteri").
_DOCUMENT_WORDS = words(
    "Surat Edaran Instruksi Nota Perda Pergub Perwali Perbup Perpres Inpres Keppres Permen"
)
# Nouns that describe a person by what the person received or did ("terang Penerima penghargaan
# … ini", "Peraih medali …"): capitalised after a verb of saying, never a name.
_AGENT_NOUNS = words("Penerima Peraih Pemenang Pendiri Penggagas Pencetus")
# Months glued to a name ("… Budi Agustus lalu"); not "April", "Mei", "Juni", "Juli", which are also
# given names.
_MONTH_WORDS = words(
    """
    Januari Februari Pebruari Maret Agustus September Oktober November Nopember Desember January
    February March August October December
    """
)
# English words that open a sentence or clause in title case and are never a name ("Then Budi …").
# Verbs of an English headline in title case after a name ("Minister <Name> Opens …", "<Name> Urges
# …"): the third person of verbs of acting and saying, never a word of a person's name.
_ENGLISH_HEADLINE_VERBS = words(
    """
    Says Said Opens Opened Urges Urged Calls Asks Asked Launches Launched Visits Visited Meets Met
    Signs Signed Inaugurates Inaugurated Receives Received Holds Held Attends Attended Welcomes
    Welcomed Encourages Invites Invited Reveals Explains Affirms Reaffirms Highlights Discusses
    Discussed Pushes Supports Commits Promotes Announces Announced Appoints Appointed Orders
    Instructs Instructed Vows Pledges Pledged Expects Targets Eyes Seeks Hails Lauds Praises Denies
    Confirms Confirmed Stresses Emphasizes Emphasises Warns Warned Reviews Inspects Inspected
    """
)
_ENGLISH_OPENERS = words(
    """
    Then Also But So Thus Hence Yet Still Now Today Yesterday Tomorrow Later Earlier Previously
    Currently Separately Additionally Furthermore Moreover Besides Instead Indeed Therefore
    Nevertheless Nonetheless Otherwise Meanwhile Regarding Following According During After
    Before While When Since Although Though Because If As Once Upon With Without From To By Into
    Through Under Over Among Between Despite Unlike Like Here There Where What Which Who Whom Whose
    How Why Our Your My Please Thank Thanks Let Let's An A Some Many
    Most Several Other Others Another Each Every All Any No Not Only Even Just Last Next First
    Second Third Finally Lastly Overall Apart Along Alongside Amid Amidst Toward Towards
    """
)
# English nouns of programme, document and event titles ("Review of the … Economic Partnership
# Agreement", "Trade Policy Forum"): never words of a person's name.
_ENGLISH_TITLE_NOUNS = words(
    """
    Review Agreement Partnership Economic Summit Forum Conference Dialogue Report Plan Strategy
    Policy Treaty Initiative Project Programme Program Framework Roadmap Declaration Charter
    Convention Protocol Memorandum Cooperation Trade Investment Development Expo Exhibition
    Session Talks Workshop Seminar Webinar Symposium Congress Meeting Visit Festival Week Award
    """
)
# Abstract nouns and adjectives of Latin or English form ("Resettlement", "Kapasitas", "Potensial",
# "Globalisasi"), nine letters or more: shorter words of these endings include common surnames and
# given names ("Nasution", a Batak surname; "Clement").
_ABSTRACT_FORM = re.compile(r"[A-Z][a-z]{4,}(?:tion|sion|ment|ship|ness|ism|isme|isasi|itas|sial)")
# Verbs of a headline in title case ("Resmikan Puskesmas …", "Pastikan …", "Serahkan …"): a stem
# with the causative -kan is never a name word (nor is a noun such as "Pendidikan", see NOMINAL).
_KAN_VERB = re.compile(r"(?!(?:Pe[mn]?|Peng|Peny|Per|Ke)[a-z]{3,}an$)[A-Z][a-z]{3,}kan")
_PRONOUN_SUFFIXED = re.compile(r"[A-Z][a-z]{3,}nya")
# Active verbs with meN- in a title-case line ("Menghadap", "Menyapa", "Membuka", "Mendorong"):
# the prefix as it sounds before a vowel, g, h or k (meng-), s (meny-), b or p (mem-), d, c or j
# (men-); "Mentari", "Mendy", "Megawati" are not of this form, nor are "Mendelson", "Mendonca"
# and English "Membership".
_MEN_VERB = re.compile(
    r"(?!Mendel|Mendon|Members)(?:Meng[aeiouhgk]|Meny[aeiou]|Mem[bp][aeioulr]|Men[dcj][aeiou])[a-z]{3,}"
)
NOMINAL = re.compile(r"(?:Pe[mn]?|Peng|Peny|Per|Ke)[a-z]{3,}an")
_ORG_PREFIX = re.compile(r"(?:Kemen|Pemkab|Pemkot|Pemprov|Ditjen|Disdik|Dinkes)[a-z]")
# Short forms of regional services: Disdag, Disperindag(kop), Dishub, Diskominfo (dinas …),
# Dinsos, Setda (sekretariat daerah), Bappeda, Bapenda; regional and branch offices (Kanwil,
# Kancab) and the food agencies whose branches run market operations (Bulog, Bapanas).
_SERVICE_SHORT_FORM = re.compile(
    r"(?:Dis(?:perindag|dag|perin|kop|koperindag|dik|hub|par|kominfo|kes|sos|naker|nakertrans|pora|bud"
    r"|budpar|parbud|tan|pertan|perta|lutkan|kan|penda|dukcapil|perkim|pupr|porapar|pusip|perpusip"
    r"|ketapang|lh|pmd|kumdag|dagin|dagperin)[a-z]*|Din(?:sos|as)[a-z]+|Setda|Setwan|Setdakab|Setdakot|Setkab|Setkot|Setprov"
    r"|Bappeda|Bapenda|Bappenda|Kanwil|Kancab|Bulog|Bapanas|UPTD|UPT)"
)


# Bodies of people named by a common noun ("Ketua Panitia …", "Ketua Paguyuban Pedagang …").
_BODY_NOUNS = words("Panitia Paguyuban Pengurus Kelompok Komunitas Gabungan")
# Units of an office whose portfolio follows ("Kepala Seksi Distribusi", "Kepala Bidang Pasar").
_UNIT_WORDS = words("Seksi Bidang Bagian Subbagian Subbidang Subbag Subbid Sub Urusan Divisi Unit")
# Buildings and facilities named after a person or a place ("Rumah Sakit Sukamaju", "Bandara
# Sukamaju"): the words after them name the building, not its head.
_BUILDING_HEADS = words(
    """
    Rumah Sakit Puskesmas Klinik Bandara Udara Gedung Wisma Graha Stadion Gelora Kantor Markas
    Pelabuhan Terminal Stasiun Jembatan Bendungan Waduk Museum Perpustakaan Universitas Institut
    Sekolah Madrasah Pesantren Ponpes Masjid Lanud Lantamal Lapas Rutan
    """
)
# Abbreviated offices of regional government, formed on "Ka-" (kepala) and "Wa-" (wakil) with
# the unit's short form: Kadisdag, Kadisperindag (kepala dinas …), Kabid, Kasi, Kasubag, Kalak
# (kepala pelaksana), Kakanwil, Kasat…, Kanit…, Sekdis (sekretaris dinas), Kades (kepala desa).
OFFICE_ABBREVIATION = re.compile(
    r"(?:Wa)?(?:Kadis[a-z]*|Kadin(?:kes|sos)[a-z]*|Kabid[a-z]*|Kasie?|Kasub(?:ag|bag|bid|dit|si)[a-z]*"
    r"|Kabag[a-z]*|Kalak|Kabiro[a-z]*|Kapus[a-z]+|Kakanwil|Kakan[a-z]{3,}|Karutan|Kalapas|Kasat[a-z]*"
    r"|Kanit[a-z]*|Sekdis|Sekban|Sekcam|Kades|Kadus)"
)


# Word lists whose words are never words of a person's name.
# "East Java Province", "Badung Regency": English words of a region's name, never of a person's.
_ENGLISH_PLACE_WORDS = words(
    """
    Province Provinces Regency Regencies Municipality District Subdistrict Village Islands Island
    Java Sumatra Borneo Strait Peninsula
    """
)
# The words of cabinets' and government programmes' names, which follow a title or a leader's
# name in every other government story ("Kabinet Merah Putih", "Koperasi Merah Putih", "Asta Cita
# Presiden"): never a person's. ("Maju" of "Kabinet Indonesia Maju" is not listed: a headline's
# person then merged into the minister with the headline's words as his organisation.)
_PROGRAMME_WORDS = words("Merah Putih Bersatu Asta Nawacita")
_NEVER_NAME_LISTS: tuple[frozenset[str], ...] = (
    _ENGLISH_PLACE_WORDS,
    _PROGRAMME_WORDS,
    ORG_WORDS,
    RANKS,
    RANK_SUFFIXES,
    PLACE_WORDS,
    FUNCTION_WORDS,
    LOCATION_WORDS,
    _BUILDING_HEADS,
    _UNIT_WORDS,
    _BODY_NOUNS,
    TITLE_WORD_SET,
    _MONTH_WORDS,
    _ENGLISH_OPENERS,
    _ENGLISH_HEADLINE_VERBS,
    _ENGLISH_TITLE_NOUNS,
    _NUMBER_WORDS,
    _DOCUMENT_WORDS,
    _AGENT_NOUNS,
)
# Word forms that are never words of a person's name: a body's abbreviated name ("Kemenkominfo",
# "Pemkab", "Disdag"), an office's ("Kadisdag"), nouns formed with pe-/per-/ke- … -an
# ("Pencegahan"), -kan and meN- verbs of headlines ("Resmikan", "Menghadap"), Latinate abstract
# nouns ("Resettlement") and words with the pronoun suffix -nya ("Pihaknya").
_NEVER_NAME_FORMS: tuple[re.Pattern[str], ...] = (
    _SERVICE_SHORT_FORM,
    OFFICE_ABBREVIATION,
    NOMINAL,
    _KAN_VERB,
    _MEN_VERB,
    _ABSTRACT_FORM,
    _PRONOUN_SUFFIXED,
)


def men_verb(word: str) -> bool:
    """``Menghadap``, ``Mendorong``: an active verb with meN- (a headline's, before its object)."""
    return _MEN_VERB.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def never_a_name(word: str) -> bool:
    """Whether the lexicon says ``word`` is never a word of a person's name (whatever the article)."""
    return (
        any(word in listed for listed in _NEVER_NAME_LISTS)
        or any(form.fullmatch(word) is not None for form in _NEVER_NAME_FORMS)
        or any(c.isdigit() for c in word)  # "G20", "B20": a code, never a name word
        or _ORG_PREFIX.match(word) is not None
        # "Kukar", "Kotim", "Bursel": a region's short form glued before a name ("Kadispar Kukar …").
        or word in region_abbreviations()
        # "President-elect", "Vice-Governor", "Ex-Minister": a title joined by a hyphen.
        or ("-" in word and any(part.capitalize() in TITLE_WORD_SET for part in word.split("-")))
        or word.lower() in WEEKDAYS
        or is_acronym(word)
    )


def title_word(unit: Unit) -> str:
    """The unit's word as titles are listed: ``MENTERI`` opening a lead in capitals is ``Menteri``."""
    word = unit.text
    capitalised = word.capitalize()
    if len(word) > 3 and word.isupper() and word not in TITLE_WORD_SET and capitalised in TITLE_WORD_SET:
        return word.capitalize()
    return word


def title_at(units: Sequence[Unit], vocab: Vocabulary) -> tuple[int, int] | None:
    """(index, length) of the first job title in ``units``."""
    folded = [title_word(u) if u.kind == "word" else None for u in units]
    for i, word in enumerate(folded):
        if word is None:
            continue
        if units[i].text in vocab.titles or OFFICE_ABBREVIATION.fullmatch(word):
            return i, 1
        for title in _TITLES_BY_FIRST.get(word, ()):
            if tuple(folded[i : i + len(title)]) == title:
                return i, len(title)
    return None


# Balinese birth-order and caste names that follow "I" or "Ni" at the start of a name.
_BALINESE_NAMES = frozenset(
    {"Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Gusti", "Luh", "Nengah"}
)


# Hospitals named after a doctor: "RSUD dr. Soetomo", "RSUP dr Sardjito", "Rumah Sakit dr. Oen".
_HOSPITAL_WORDS = words("RS RSU RSUD RSUP RSIA RSAU RSAL RSJ RSPAD Sakit")


def _hospital_namesake(role_units: Sequence[Unit], first: int) -> int:
    """Where the holder's name opens when the name-like end of a role run starts with a hospital's
    doctor title (``Kepala Humas RSUD dr Sukamaju Darto Wibowo``), else 0: the doctor the hospital
    is named after takes the words but the last two, and one word at least."""
    if not 0 < first < len(role_units) or role_units[first - 1].text not in _HOSPITAL_WORDS:
        return 0
    if role_units[first].text.rstrip(".") not in HONORIFICS:
        return 0
    words_after = [k for k in range(first + 1, len(role_units)) if role_units[k].kind == "word"]
    if len(words_after) < 2:
        return 0
    namesake = max(1, len(words_after) - 2)
    return words_after[namesake]


def _name_opener(role_units: Sequence[Unit], first: int, title_len: int) -> int | None:
    """Where a word that opens names opens the name among the name-like units from ``first`` on:
    a hospital's namesake before the holder, an honorific (``Ketua Umum Ikatan Guru Prof. Dr. Hasan
    Basri``; ``Wali Kota Ir Budi …`` right after the title, no region between), a Balinese I/Ni."""
    hospital = _hospital_namesake(role_units, first)
    if hospital:
        return hospital
    if first == title_len < len(role_units) and role_units[first].text.rstrip(".") in HONORIFICS:
        return first
    for k in range(first, len(role_units) - 1):
        if opens_by_descent(role_units, k):
            return k  # "Kepala Dinas Kota Sukamaju Anak Agung Rai Wirawan"
    for k in range(first + 1, len(role_units) - 1):
        unit = role_units[k]
        if unit.text.rstrip(".") in HONORIFICS and role_units[k - 1].kind == "word":
            return k
        # "Kepala Dispar Sukamaju I Made Arta": a Balinese name opens with I/Ni and a birth-order name.
        if unit.text in ("I", "Ni") and role_units[k + 1].text in _BALINESE_NAMES:
            return k
    return None


def numbers_the_office(units: Sequence[Unit], k: int) -> bool:
    """Whether ``units[k]``, right after a title, is a Roman numeral numbering it (``Asisten I
    Budi``, ``Wakil Ketua II Sari``), not a Balinese ``I`` before a birth-order name (``I Made``)."""
    if not ROMAN_NUMERAL.fullmatch(units[k].text) or k + 1 >= len(units):
        return False
    return not (units[k].text == "I" and units[k + 1].text in _BALINESE_NAMES)


def name_start(role_units: Sequence[Unit], title_len: int, tail: int, known: bool = False) -> int:
    """How many of the last ``tail`` name-like units of a role run are the name itself.

    ``Ketua Umum Ikatan Guru Prof. Dr. Hasan Basri``: an honorific opens the name, so the
    words before it belong to the organisation. ``Bupati Tanjung Raya Darman Suhadi``: a regional
    title is followed by its region before the name."""
    first = len(role_units) - tail
    opener = _name_opener(role_units, first, title_len)
    if opener is not None:
        return len(role_units) - opener
    title = " ".join(u.text for u in role_units[:title_len])
    regional = any(title == t or title.endswith(" " + t) for t in REGIONAL_TITLES)
    if first == title_len and tail >= 3 and (regional or OFFICE_ABBREVIATION.fullmatch(title)):
        # "Kadisdag Sukamaju Budi Santoso": a regional office's abbreviation, its region, the name.
        return tail - 1
    if first == title_len and tail == 1 and regional and not known:
        return 0  # "Bupati Tanjung Raya", "Kantor Bupati Sukamaju": the region, not a person
    if tail and role_units[len(role_units) - tail].text in PLACE_NAME_HEADS:
        return 0  # "kantor Bupati Sukamaju Jalan Sudirman": an address, not a person
    if tail and first > title_len:
        return _after_a_head(role_units[first - 1].text, tail)
    return tail


def _after_a_head(head: str, tail: int) -> int:
    """How many of the ``tail`` name-like words after the word ``head`` inside a role are the name."""
    if tail >= 3 and (head in REGIONAL_TITLES or OFFICE_ABBREVIATION.fullmatch(head)):
        return tail - 1  # "Plt Kadisdag Sukamaju Budi Santoso": the office's region, then the name
    if head in _UNIT_WORDS:
        return max(tail - 1, 1)  # "Kepala Seksi Distribusi Sri Wulan": the unit's portfolio, the name
    if head in _BUILDING_HEADS:
        # "Direktur Rumah Sakit Sukamaju", "Kepala Bandara Sukamaju": the building's name; "Kepala
        # Bandara Sultan Hasan Budi Santoso": the namesake, then the holder's two words.
        return 0 if tail <= 2 else 2
    if _KAN_VERB.fullmatch(head):
        return 0  # "Camat Bagikan Stok Beras": a headline's verb, then its object
    return tail


def _title_words_end(units: Sequence[Unit], title_len: int) -> int:
    """Where the title words after a title's first ``title_len`` units end (``Jaksa Agung Muda``)."""
    k = title_len
    fixed = SUPREME_OFFICES.get(units[title_len - 1].text, ())
    while k < len(units) and (
        units[k].text in TITLE_WORD_SET
        or (k - title_len < len(fixed) and units[k].text == fixed[k - title_len])
    ):
        k += 1
    return k


def _no_role(units: Sequence[Unit], title_len: int) -> bool:
    # A short form in brackets is no verb, whatever it looks like: "(Mendagri)", "(Menkomdigi)".
    return not units or any(u.kind == "word" and men_verb(u.text) for u in units[title_len:])


# English prepositions that join a title to the body it heads ("Director of", "Minister for").
_OF_WORDS = frozenset({"of", "for"})


def split_role(
    units: Sequence[Unit], title_len: int, vocab: Vocabulary, paragraph: str, defs: Sequence[Definition]
) -> tuple[str | None, str | None]:
    """(role, organisation) of a role phrase: ``Direktur Regional`` | ``KOMA Indonesia``; none
    when a meN- verb follows the title (``Menkes Menghadap``: the name after it is its object)."""
    if _no_role(units, title_len):
        return None, None
    org_at: int | None = None
    if title_len < len(units) and ROMAN_NUMERAL.fullmatch(units[title_len].text):
        title_len += 1  # "Asisten III", "Wakil Ketua II": the number is the title's
    for k in range(title_len, len(units)):
        if units[k].connector == "/":
            break
        if vocab.org_start(units[k]):
            org_at = k
            break
    if org_at is None and any(u.text in COMPANY_SUFFIXES for u in units[title_len:]):
        org_at = title_len
    title = " ".join(title_word(u) for u in units[:title_len])
    if any(title == t or title.endswith(" " + t) for t in REGIONAL_TITLES):
        org_at = None  # "Bupati Sumbawa": the region is part of the office, not an organisation
    elif org_at is None and not OFFICE_ABBREVIATION.fullmatch(title):
        # "Presiden Direktur | Toyota Indonesia": a word that is neither title nor vocabulary is a
        # brand ("Kadisdag Sukamaju": the region of a regional office is not).
        k = _title_words_end(units, title_len)
        if k < len(units) and units[k].connector != "/" and vocab.name_like(units[k]):
            org_at = k
    # A trailing bracketed role acronym "(Wamen KP)" stays with the role.
    last = len(units) - 1
    role_end = (org_at - 1) if org_at is not None else last
    if org_at is not None and units[org_at].connector in _OF_WORDS:
        # "Director General of National Export Development": "of" binds the body into the role.
        org_at, role_end = None, last
    role = compact(paragraph[units[0].start : units[role_end].end], defs) if role_end >= 0 else None
    organization = None
    if org_at is not None:
        organization = compact(paragraph[units[org_at].start : units[last].end], defs) or None
    return role or None, organization


def leading_ranks(units: Sequence[Unit]) -> int:
    """How many units open ``units`` with a police or military rank (``AKBP``, ``Kombes Pol``),
    leaving at least one unit for the name."""
    k = 0
    while k < len(units) - 1 and (units[k].text in RANKS or (k and units[k].text in RANK_SUFFIXES)):
        k += 1
    return k


TITLE_STARTS = frozenset(t.split()[0] for t in (*TITLES, *MINISTER_SHORT_TITLES))


# Common nouns that open the name of a street, a place or a business ("Jalan Budi Utomo").
PLACE_NAME_HEADS = words(
    """
    Jalan Jl Gang Lorong Desa Kampung Dusun Kelurahan Kecamatan Pasar Sungai Kali Gunung Bukit Pantai
    Pulau Danau Teluk Tanjung Kedai Toko Warung Rumah Restoran Kafe Sanggar Pondok Pesantren Masjid
    Gereja Pura Vihara Klenteng Candi Taman Lapangan Stadion Hotel Galeri Museum Sekolah Kawasan Bandar
    Terminal Stasiun Pelabuhan Pekan Festival Lomba Piala Tim Klub Grup Band Kelompok Komunitas
    """
)


def reads_as_name(units: Sequence[Unit], vocab: Vocabulary) -> bool:
    """Whether ``units`` read as a person's name, a spelled-out honorific (``Haji``) allowed first."""
    k = 0
    while k < len(units) - 1 and units[k].text in NAME_HONORIFICS:
        k += 1
    rest = units[k:]
    return 0 < len(units) <= 6 and all(vocab.name_like_at(rest, j) for j in range(len(rest)))
