"""The context that marks an untitled capitalised run as a person's name: a verb of saying or a
passive agent before it, a person noun or a lower-case office, kin, a form of address, a verb
taken by people, or what is said only of a person after it (``person_runs.py`` reads the run)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.index import SPEECH_AFTER
from briefgen.extract.lexicon import ATTRIBUTION_VERBS, PERSON_CUES, WEEKDAYS
from briefgen.extract.roles import PLACE_NAME_HEADS, TITLE_STARTS, TITLE_WORD_SET, title_word
from briefgen.extract.runs import Run, Unit

_AFTER_ATTRIBUTION = re.compile(
    rf"\b(?:(?:{ATTRIBUTION_VERBS})(?:nya)?\s+(?:oleh\s+)?|(?:said|says|added|according\s+to)\s+"
    # "Hal itu dikatakan Budi Santoso …", "disampaikan oleh …": a passive verb of saying.
    r"|di(?:katakan|sampaikan|ungkapkan|jelaskan|tegaskan|paparkan|tuturkan|utarakan|kemukakan"
    r"|terangkan|ucapkan)\s+(?:oleh\s+)?)$",
    re.IGNORECASE,
)
# "aktor berbakat Park Min Soo": a person noun, at most two modifiers, then the name.
_NOT_MODIFIERS = r"(?!(?:di|ke|dari|pada|dan|serta|untuk|dengan|oleh|yang|bagi|dalam|atas|tentang)\b)"
# A person noun is not a modifier of another ("penyidik memeriksa saksi Budi": Budi is the witness).
_CUES = "|".join(sorted(PERSON_CUES))
_CUE_BEFORE = re.compile(
    rf"\b(?:{_CUES})\b(?:\s+{_NOT_MODIFIERS}(?!(?:{_CUES})\b)[a-z0-9][\w-]*){{0,2}}\s+$",
    re.IGNORECASE,
)
# A match of _CUE_BEFORE spans at most this many runs of non-space characters (the cue, one word,
# and its {0,2} modifiers): it is looked for only from the start of the last ones (issue 17).
_CUE_BEFORE_RUNS = 3
# "wakil gubernur Kepri, Hj Siti …", "bupati Sleman, Budi …": a regional office written in lower
# case with its region, then the holder's name after a comma.
_REGIONAL_CUE = re.compile(
    r"\b(?:wakil\s+)?(?:gubernur|bupati|wali\s?kota|governor|regent|mayor)(?:\s+(?:provinsi|kabupaten|kota))?"
    r"(?:\s+[A-Z][\w'’-]*){1,3}\s*,\s*$"
)
# "juru bicara Kementerian Kelautan, Budi …", "ketua umum Partai Maju, Siti …": a lower-case
# office with the body it serves, then the holder's name after a comma.
_OFFICE_ORG_CUE = re.compile(
    r"\b(?:juru\s+bicara|kepala|ketua|direktur|sekretaris|spokesperson|spokesman|spokeswoman|chairman"
    r"|head|director)(?:\s+(?:umum|utama|jenderal|harian|of|of\s+the))?(?:\s+[A-Z][\w'’-]*){1,6}\s*,\s*$"
)

# A lower-case word right before a single capitalised word makes it a modifier of that noun: "kopi
# Toraja", "musisi asal Irlandia", "warga Garut menilai …" name a place or a people, not a person.
# Words that link clauses ("Sementara itu Budi mengatakan …") do not.
_CLAUSE_LINKS = (
    "itu|ini|dan|serta|sementara|namun|tetapi|tapi|lalu|kemudian|pun|juga|bahkan|sedangkan|adapun"
    "|sehingga|karena|bahwa|ketika|saat|sebelumnya|sesudahnya|setelahnya|pula|kini|kali"
)
_MODIFIES = re.compile(rf"(?<![\w-])(?!(?:{_CLAUSE_LINKS})\s+$)[a-z][\w-]*\s+$")


_ADDRESS_WORDS = frozenset({"Pak", "Bu", "Bapak", "Ibu"})
# "suami Sri Wulandari ini", "putra almarhum Budi Santoso": a relative of someone, named by a full
# name (a demonstrative after it points to the relative, not to a body as after "presiden klub").
_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:suami|istri|isteri|anak|putra|putri|ayah|ayahanda|ibunda|adik|kakak|cucu|menantu"
    r"|mertua|keponakan|husband|wife|son|daughter|father|mother|brother|sister)(?:\s+(?:almarhum|almarhumah|mendiang|the\s+late))?\s+$",
    re.IGNORECASE,
)
# "dijabat oleh …", "yakni …", "Menurut …", "Kegiatan dipimpin …": the agent of a passive verb.
_AGENT_CUE = re.compile(
    r"\b(?:oleh|yakni|yaitu|[Mm]enurut|[Aa]ccording\s+to|di[a-z]{4,}|including|such\s+as|termasuk"
    # "Reported by …", "Editing by …": a wire story's byline names its staff, not a person of the story.
    r"|(?<!reported\s)(?<!Reported\s)(?<!written\s)(?<!Written\s)(?<!edited\s)(?<!Edited\s)(?<!Editing\s)by"
    r"|antara\s+lain)\s+$"
)
_PHRASE_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:yang|dan|serta|selaku|sebagai|sejak|saat|ketika|pada|di|dalam|bersama"
    r"|didampingi|on|at|in|during|with)\b"
)

_GOVERNMENT_OF = re.compile(
    r"(?<![\w-])(?:pemerintahan|rezim|era|administration\s+of|government\s+of)\s+$", re.IGNORECASE
)
# "kabinet Hartono", "pemerintahan Hartono": one name word is enough after these (not after "era",
# which as often precedes a period's name: "era Reformasi", "era Orba").
_LEADER_OF = re.compile(r"(?<![\w-])(?:pemerintahan|kabinet|rezim)\s+$", re.IGNORECASE)


def tail_start(text: str, runs: int) -> int:
    """A position in ``text`` at or before the start of its last ``runs`` runs of non-space
    characters (0 when it has no more): an end-anchored pattern whose matches span at most that
    many runs finds the same match searched from there (``pattern.search(text, pos)`` still sees
    the characters before ``pos`` for its lookbehinds and word boundaries)."""
    parts = text.rsplit(None, runs)
    return len(parts[0]) if len(parts) > runs else 0


def cue_before(paragraph: str, run: Run, end: int) -> re.Match[str] | None:
    """A person noun or a lower-case office right before the run, unless the run is followed by a
    demonstrative ("mantan presiden klub Sukamaju ini" describes someone by a body's name)."""
    units = run.units
    before = paragraph[max(0, run.start - 60) : run.start]
    after = paragraph[end : end + 80]
    cue = _CUE_BEFORE.search(before, tail_start(before, _CUE_BEFORE_RUNS)) or _REGIONAL_CUE.search(before)
    if cue is None and len(units) >= 2:
        cue = _OFFICE_ORG_CUE.search(before)
    if cue is None:
        return None
    if re.match(r"\s+(?:ini|itu|tersebut)\b", after):
        return None
    return cue


def office_region(paragraph: str, run: Run, end: int, cue: re.Match[str] | None) -> bool:
    """ "bupati Tanjung Raya, Budi …": the run is the region of the office; its holder follows."""
    if cue is None:
        return False
    comma_name = re.match(
        r"\s*,\s*(?:[A-Z][a-z]{0,2}\.?\s+)*(?P<first>[A-Z][\w'’-]*)\s+[A-Z]", paragraph[end : end + 80]
    )
    return (
        comma_name is not None
        and comma_name.group("first").lower() not in WEEKDAYS
        and _REGIONAL_CUE.search(paragraph[max(0, run.start - 60) : end] + ",") is not None
    )


def _speaker_before_verb(units: Sequence[Unit], before: str, after: str) -> bool:
    """``Budi Santoso mengatakan``: a run before a verb of saying; one word only when no modifier
    comes before it and it is no word for a kind of person (``Pedagang mengeluhkan …``)."""
    if SPEECH_AFTER.match(after) is None:
        return False
    if len(units) >= 2:
        return True
    return not _MODIFIES.search(before) and units[0].text.lower() not in PERSON_CUES


# Verbs whose object is a person in news of law, government and appointments: "KPK memeriksa
# Budi Santoso", "Presiden melantik …", "Investigators questioned …".
_PERSON_OBJECT = re.compile(
    r"(?<![\w-])(?:memeriksa|memanggil|menetapkan|menahan|menangkap|melantik|menunjuk|memberhentikan"
    r"|mencopot|menjemput|menemui|menyeret|memvonis|mewawancarai|menghubungi|mendampingi|menggantikan"
    r"|bertemu(?:\s+dengan)?|questioned|arrested|detained|named|appointed|summoned|nominated|charged"
    r"|sentenced|interviewed|replaced|succeeded)\s+$"
)
# After a full name: "…, 45, …", "… (45)", "…, who …", "… yang juga Ketua …": said only of a person.
_PERSON_AFTER = re.compile(
    r"\s*,\s*\d{1,2}\s*,|\s*\(\d{1,2}(?:\s*tahun)?\)|\s*,\s*who\b"
    r"|\s*,?\s+yang\s+(?:juga|kini|saat\s+ini|sekaligus)\s+(?:menjabat\s+(?:sebagai\s+)?|merupakan\s+)?"
    r"(?:" + "|".join(sorted(TITLE_STARTS | {c.capitalize() for c in PERSON_CUES} | PERSON_CUES)) + r")\b"
)


def _full_name_context(units: Sequence[Unit], before: str, after: str) -> bool:
    """A full name (two words at least, not a place's: "dibuka Pasar Murah …") as the agent of a
    passive verb closing its phrase ("dijabat oleh Hendro Wibisono yang …", "yakni Arif Wirananda."),
    as the object of a verb taken by people, or followed by an age, "who" or "yang juga <title>"."""
    if len([u for u in units if u.kind == "word"]) < 2 or units[0].text in PLACE_NAME_HEADS:
        return False
    return (
        (_AGENT_CUE.search(before) is not None and _PHRASE_END.match(after) is not None)
        or _PERSON_OBJECT.search(before) is not None
        or _PERSON_AFTER.match(after) is not None
    )


def is_cued(paragraph: str, units: Sequence[Unit], run: Run, end: int, cue: re.Match[str] | None) -> bool:
    """Whether the context marks an untitled run as a person's name."""
    before = paragraph[max(0, run.start - 60) : run.start]
    after = paragraph[end : end + 80]
    return (
        _AFTER_ATTRIBUTION.search(before) is not None
        # "aktor berbakat Park Min Soo"; one word after a person noun is as often a place
        # ("perajin Jepara", "warga Bandung") as a name.
        or (cue is not None and len(units) >= 2)
        or units[0].kind == "init"
        or _speaker_before_verb(units, before, after)
        or _full_name_context(units, before, after)
        # "pemerintahan Hendra Wijaya", "the administration of …": the leader a government is named after.
        or (len(units) >= 2 and _GOVERNMENT_OF.search(before) is not None)
        or (len(units) == 1 and _LEADER_OF.search(before) is not None)
        or (len(units) >= 2 and _KIN_BEFORE.search(before) is not None)
        # "Pak Dirman", "Bu Ratna": a form of address before a name that is not an office.
        or (
            len(units) >= 2 and units[0].text in _ADDRESS_WORDS and title_word(units[1]) not in TITLE_WORD_SET
        )
    )
