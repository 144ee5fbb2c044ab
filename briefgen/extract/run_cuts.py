"""Known words that are no part of a name, cut from a capitalised run before a verb of saying:
a body's short form or a place opening it (``Dinkes Contoh Budi menuturkan``), a titles'
abbreviation before a name opening a sentence (``Drh. Budi Santoso Kepala … menjelaskan``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.degrees import with_degrees
from briefgen.extract.index import SUBJECT_GAP
from briefgen.extract.lexicon import LOCATION_WORDS, REGIONAL_OFFICES, SPEECH_VERBS, is_known_place
from briefgen.extract.roles import PLACE_NAME_HEADS, Vocabulary, never_a_name
from briefgen.extract.runs import Unit

# Short forms of a regional service (dinas) glued before its officer's name ("Dinkes Contoh Budi").
_DINAS_SHORT = re.compile(r"Din(?:kes|sos|kop|dik|hub|kominfo|pora|naker|as[a-z]+)")
# An Indonesian verb of saying after a subject ("Budi menuturkan", "Budi juga mengatakan").
_INDONESIAN_SPEECH_AFTER = re.compile(rf"{SUBJECT_GAP}(?:{SPEECH_VERBS})\b")
# Heads of a place's name: the words after them name the place ("Desa Contoh", "Kota Contoh").
_NAMED_PLACE_HEADS = (
    PLACE_NAME_HEADS | LOCATION_WORDS | {"Kota", "Kabupaten", "Kab", "Kec", "Provinsi", "Kawasan"}
)

# A sentence's opening, with a titles' abbreviation ("Drh.", "Ir.") or none, before a name.
_OPENING_ABBREVIATION = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<title>[A-Z][a-z]{1,3}\.)?\s*$")


def opening_with_speech(paragraph: str, start: int, end: int) -> int | None:
    """Where a name opening a sentence before its title starts, with a titles' abbreviation
    before it (``Drh. Budi Santoso Kepala … menjelaskan``), when a verb of saying follows the role
    (a headline in title case has none); None otherwise."""
    opening = _OPENING_ABBREVIATION.search(paragraph, 0, start)
    if opening is None or not _INDONESIAN_SPEECH_AFTER.match(paragraph, end):
        return None
    return opening.start("title") if opening.group("title") else start


def cut_opening(
    paragraph: str, units: Sequence[Unit], vocab: Vocabulary, *, forced: bool = False
) -> tuple[list[Unit], str | None] | None:
    """The run's units without the known body or place words opening it before a verb of saying,
    and the body cut off (the person's organisation, ``Dinkes Contoh``; a place alone is none).
    Looked for when the whole would pass as a name, or ``forced``; None when forced and none is cut."""
    cut = known_start(paragraph, units, vocab) if forced or vocab.names_all(units) else 0
    if forced and not cut:
        return None
    body = paragraph[units[0].start : units[cut - 1].end] if cut and body_word(units[0], vocab) else None
    return list(units[cut:]), body


def known_start(paragraph: str, units: Sequence[Unit], vocab: Vocabulary) -> int:
    """How many units open the run that are no name but a known body or place (``Dinkes Contoh``,
    ``Jawa Tengah``) before a name a verb of saying follows (``… Dinkes Contoh Budi menuturkan``):
    the speaker is the rest. 0 when the rest is no name or no verb of saying follows the run."""
    k = 0
    while k < len(units) - 1 and units[k].kind == "word":
        if units[k].text.rstrip(".") in _NAMED_PLACE_HEADS:
            return 0  # "Desa Contoh", "Kota Contoh": the words after name the place
        if body_word(units[k], vocab) or never_a_name(units[k].text):
            k += 1
            if units[k - 1].text in REGIONAL_OFFICES and not _place_at(units, k):
                return 0  # "Polres Contoh Barat …": the office's region, no known place, goes on
            continue
        place = _place_at(units, k)
        if not place:
            break
        k += place
    if not k or not vocab.names_all(units[k:]) or is_known_place(units[k].text):
        return 0
    end = with_degrees(paragraph, units[-1].end)
    return k if _INDONESIAN_SPEECH_AFTER.match(paragraph, end) else 0


def body_word(unit: Unit, vocab: Vocabulary) -> bool:
    """``Dinkes``, ``Polres``, ``Disperindag``, ``BPBD``: a body's short form."""
    return (
        vocab.org_start(unit)
        or unit.text in REGIONAL_OFFICES
        or _DINAS_SHORT.fullmatch(unit.text) is not None
    )


def _place_at(units: Sequence[Unit], k: int) -> int:
    """How many units from ``k`` (one to three, a name left after them) spell a known place."""
    for n in (3, 2, 1):
        if k + n < len(units) and is_known_place(" ".join(u.text for u in units[k : k + n])):
            return n
    return 0
