"""Who acts in a next step when the sentence does not name them: the body a speaker stands for
(``kami``, ``pihaknya``, ``kita``) and the parties a meeting story is about (``kedua pihak``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.lexicon import words
from briefgen.extract.patterns import compiled
from briefgen.extract.people import PeopleIndex
from briefgen.extract.sentences import sentence_spans
from briefgen.model import Organization

__all__ = ["Sides", "meeting_parties", "own_side"]


@dataclass(frozen=True)
class Sides:
    """What the whole article says about who acts: the organisations it names, and the parties
    that met (``kedua pihak``), when its opening says who they are."""

    organizations: Sequence[Organization] = ()
    parties: str | None = None


# A role that names its body: "Menteri Desa dan Transmigrasi" → "Kementerian Desa dan
# Transmigrasi", "Kepala Dinas Perikanan Kota Palu" → "Dinas Perikanan Kota Palu", "Kapolri" → "Polri",
# "Bupati Sigi" → "Pemerintah Kabupaten Sigi".
_ROLE_BODY = re.compile(
    r"^(?:Wakil\s+)?(?:Menteri|Menko)\s+(?P<ministry>[^/,]+?)(?:\s+sekaligus\b.*|/.*)?$"
    r"|\b(?P<body>(?:Dinas|Badan|Balai|Lembaga|Kantor|Komisi|Otoritas|Perum|Direktorat|Biro|Pusat|Sekretariat"
    r"|Kementerian|Kedutaan|KBRI|Polda|Polres|Pemerintah)\b[^/,]*)"
    r"|^Kapol(?P<police>ri|da|res|sek)\b(?P<area>[^/,]*)"
    r"|^(?:Wakil\s+)?(?P<head>Gubernur|Bupati|Wali\s*[Kk]ota)\s+(?P<region>[A-Z][^/,]*)$"
    r"|^(?:Duta\s+Besar|Dubes)\s+(?:(?:Luar\s+Biasa\s+dan\s+Berkuasa\s+Penuh|LBBP)\s+)?(?:RI\s+untuk\s+)?(?P<embassy>[A-Z][^/,]*)$"
)
_REGION_BODY = {"gubernur": "Provinsi", "bupati": "Kabupaten"}
_RANKS = words("Jenderal Komjen Irjen Brigjen Kombes AKBP Kompol AKP Iptu Ipda Pol TNI")
_FUNCTION_WORDS = words("dan serta bidang untuk republik indonesia negara the of and for kepala wakil")


def _body_of_role(role: str, organizations: Sequence[Organization]) -> str | None:
    """The body a role belongs to: one of the article's organisations whose name shares two
    content words with the role (its acronym when it has one), else the body the role names."""
    role_words = {w.lower() for w in re.findall(r"[\w-]+", role)} - _FUNCTION_WORDS
    for organization in organizations:
        shared = role_words & (
            {w.lower() for w in re.findall(r"[\w-]+", organization.name)} - _FUNCTION_WORDS
        )
        if len(shared) >= 2 or (organization.acronym and organization.acronym.lower() in role_words):
            return organization.acronym or organization.name
    match = _ROLE_BODY.search(role.strip())
    if match is None:
        return None
    if match.group("ministry"):
        return f"Kementerian {match.group('ministry').strip()}"
    if match.group("body"):
        return match.group("body").strip()
    if match.group("police"):
        # "Kapolres Halmahera Timur" → "Polres Halmahera Timur"; a rank after the title is no place
        area = " ".join(w for w in match.group("area").split() if w not in _RANKS)
        return f"Pol{match.group('police')}{' ' + area if area else ''}"
    if match.group("embassy"):
        return f"Kedutaan Besar {match.group('embassy').strip()}"
    head = match.group("head").lower().replace(" ", "")
    return f"Pemerintah {_REGION_BODY.get(head, 'Kota')} {match.group('region').strip()}"


def own_side(people: PeopleIndex, speaker: str | None, sides: Sides | None = None) -> str | None:
    """``pihaknya``/``kami``/``kita``: the speaker's organisation (as the article links it to the
    speaker, or as the speaker's role names it), else the speaker."""
    if speaker is None:
        return None
    known = people.organization_of(speaker)
    if known:
        return known
    role = next((p.role for p in people.persons() if p.name == speaker), None)
    body = _body_of_role(role, sides.organizations if sides else ()) if role else None
    return body or speaker


# "Menkop bertemu Wali Kota Tanjung Selor", "menerima kunjungan Duta Besar Chile", "met with the
# UK minister": the opening of a meeting story names the two parties.
_MEETING = re.compile(
    r"\b(?:bertemu(?:\s+dengan)?|menerima\s+kunjungan(?:\s+(?:kerja|kehormatan))?(?:\s+dari)?"
    r"|(?:melakukan|mengadakan|menggelar)\s+pertemuan\s+(?:bilateral\s+)?(?:dengan|bersama)"
    r"|met\s+(?:with\s+)?|held\s+(?:bilateral\s+)?talks\s+with)\s+"
)
_OPENING_PARAGRAPHS = 3


def meeting_parties(paragraphs: Sequence[str], people: PeopleIndex, sides: Sides) -> str | None:
    """``Kementerian Koperasi dan Pemerintah Kota Tanjung Selor``: the two parties a meeting story's opening
    says met, each as the body the person stands for; None when the opening reports no meeting."""
    seen = 0
    for number, paragraph in enumerate(paragraphs):
        if not paragraph.strip():
            continue
        seen += 1
        if seen > _OPENING_PARAGRAPHS:
            return None
        if _MEETING.search(paragraph) is None:
            continue
        for start, end in sentence_spans(paragraph):
            meeting = _MEETING.search(paragraph, start, end)
            if meeting is None:
                continue
            # (position, party): people and organisations named in the sentence
            named = [
                (m.start, m.end, own_side(people, people.name_of(m), sides) or m.text)
                for m in people.mentions_in(number, start, end)
            ]
            for organization in sides.organizations:
                for form in filter(None, (organization.acronym, organization.name)):
                    for found in compiled(rf"\b{re.escape(form)}\b").finditer(paragraph[start:end]):
                        named.append(
                            (
                                start + found.start(),
                                start + found.end(),
                                organization.acronym or organization.name,
                            )
                        )
            before = [n for n in named if n[1] <= meeting.start()]
            after = [n for n in named if n[0] >= meeting.end()]
            if not before or not after:
                continue
            first = max(before, key=lambda n: n[1])[2]
            second = min(after, key=lambda n: n[0])[2]
            if first == second:
                continue
            joiner = " and " if meeting.group(0).startswith(("met", "held")) else " dan "
            return f"{first}{joiner}{second}"
    return None
