"""Obligations and the speaker's own side as plans: ``kita harus …``, ``… harus dipenuhi oleh Dinas …``,
``Camat harus turun …``, ``Setiap keluhan akan saya sampaikan …`` (rules of :mod:`step_rules`)."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import REGIONAL_TITLES, words
from briefgen.extract.step_cues import DUE_BY, MUST, OURS, SCHEDULE
from briefgen.extract.step_english import ENGLISH_BODIES
from briefgen.extract.step_speech import ADVICE
from briefgen.extract.step_subjects import OWN_SIDE, Subject
from briefgen.extract.step_verdict import Cue, Decision, Verdict

# (the agent named after the passive, with "oleh" or, as in "yang harus dilakukan para menteri adalah
# …", right after it: those of an office named as all of them)
_BY_NAMED = re.compile(
    r"\s+oleh\s+[A-Z]|\s+(?:oleh\s+)?(?P<all>(?:para|seluruh|setiap|semua|segenap)\s+(?:kepala\s+)?\w+)"
)
# A time limit counted from an event or within a span: "enam bulan pasca pelantikan", "paling
# lambat 14 hari setelah …", "dalam waktu tiga bulan".
_COUNT = r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua\s+belas)"
_WITHIN = re.compile(
    rf"\b{_COUNT}\s+(?:hari|pekan|minggu|bulan|tahun)\s+(?:kerja\s+)?(?:pasca|setelah|sesudah|sejak|sebelum)\b"
    rf"|\b(?:dalam\s+(?:jangka\s+)?waktu|paling\s+lambat|selambat-lambatnya|maksimal)\s+{_COUNT}\s+(?:hari|pekan|minggu|bulan)\b",
    re.IGNORECASE,
)
_GOVERNMENT = words(
    """
    pemerintah pemprov pemkot pemkab pemda kementerian dinas badan lembaga instansi government ministry
    perwakilan pimpinan organisasi opd perangkat satuan satker unit kantor direktorat aparat aparatur
    kepolisian polri polda polres polsek rsud puskesmas balai jajaran
    provinsi kabupaten kota kecamatan kelurahan desa daerah
    asn pns pegawai petugas pendamping staf personel satpol kader penyuluh
    reserse satreskrim satlantas intelkam brimob personil anggota polisi menteri
    """
)
# (the units of government answer for what their governments do, "Kabupaten/kota harus
# menyediakan …", "Kota ini harus rapi"; and the public servants under an official's authority,
# "ASN harus …", "Para pendamping harus …", "Satpol PP juga harus …", bear the duty laid on them)
# "Setiap organisasi perangkat daerah harus …": the words that quantify a body before its name.
_QUANTIFIERS = words("setiap seluruh semua segenap para masing-masing tiap")


def obligation(cue: Cue) -> Decision:
    """An obligation counts when "kita"/"kami" bear it (``harus kita benahi``, ``kita harus …``),
    when a named body does ("… yang harus dipenuhi oleh Dinas …"), when a government body or a
    schedule comes with it, or inside a quotation when "mereka" bear it."""
    must = MUST.match(cue.text, cue.start)
    if must is None:
        return _advice(cue) if ADVICE.match(cue.text, cue.start) else _obligation_en(cue)  # MUST_EN
    if must.group("own"):
        if re.search(r"\byang\s+$", cue.text[: cue.start]):
            return Verdict.NEXT  # "… pasar yang harus kita benahi": a relative clause
        return Subject(True, cue.subject.actor)  # "… harus terus kita jaga bersama"
    subject = cue.subject
    if must.group("verb").lower().startswith("di"):
        by = _BY_NAMED.match(cue.text, must.end())
        # (those named as all of them bear it when they are an office: "para menteri", not "para pelajar")
        if by and (not by.group("all") or _governed(by.group("all").split())):
            return Subject(True, subject.actor)
        # ("Perda itu sudah harus ditetapkan enam bulan pasca pelantikan": a passive duty with its
        # time limit, whoever bears it)
        return Subject(True) if _WITHIN.search(cue.text, must.end()) else Verdict.NEXT
    ours = cue.text[: cue.start].split()[-1:]
    if (inclusive := _inclusive_we(cue, subject, ours)) is not None:
        return inclusive
    if not subject.found and (near := _body_before(cue.text, cue.start)) is not None:
        return Subject(True, near)
    # a government body or an office holder addressed by a title ("Camat harus turun …")
    governed = _governed((subject.actor or "").split())
    # in a quotation, "mereka harus menarik …": the speaker names what others must do
    theirs = cue.quoted and bool(ours) and ours[0].lower() == "mereka"
    # ("DPU harus memperbaiki semua jalan sebelum Lebaran": a deadline is a schedule too)
    due = SCHEDULE.search(cue.text, cue.start) or DUE_BY.search(cue.text, cue.start)
    if not subject.found or not (governed or theirs or due):
        return Verdict.NEXT
    return subject


# The few words right before the modal, after a comma or a preposition: "Di setiap terminal,
# petugas harus …", "kami tegaskan di setiap kantor dinas harus …", "Pendamping desa harus …".
_NEAR_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:di|pada|untuk|bagi)\s+)(?P<who>(?:[\w/-]+\s+){1,4}?)"
    r"(?:(?:juga|pun|tetap|semua|semuanya)\s+)?$",
    re.IGNORECASE,
)


def _governed(who: list[str]) -> bool:
    """Whether the words name a government body, public servants or an office holder by a title,
    once the quantifiers are set aside ("setiap OPD", "Kabupaten/kota": its first part)."""
    # (the head of an office answers for it: "Kepala dinas harus …", "para kepala dinas")
    rest = [w for w in who if w.lower() not in _QUANTIFIERS]
    head = rest[1:2] if len(rest) > 1 and rest[0].lower() == "kepala" else rest[:1]
    first = head[0].split("/")[0] if head else ""
    return bool(first) and (first.lower() in _GOVERNMENT or first.capitalize() in REGIONAL_TITLES)


def _body_before(text: str, start: int) -> str | None:
    """A government body or public servants named just before the modal whose subject the reading
    of names left unfound (a common noun: ``petugas``, ``kantor dinas``, ``pendamping desa``)."""
    near = _NEAR_BEFORE.search(text, 0, start)
    if near is None:
        return None
    who = near.group("who").split()
    return " ".join(who) if _governed(who) else None


def _advice(cue: Cue) -> Decision:
    """``Jamaah sebaiknya segera melapor …``: advice binds the ones named before the modal."""
    return cue.subject if cue.subject.found else Verdict.NEXT


_BUT = frozenset(("tapi", "tetapi", "namun", "melainkan", "but"))


def _inclusive_we(cue: Cue, subject: Subject, ours: list[str]) -> Subject | None:
    """``kita harus memastikan …``: the inclusive "we" of an official binds the side it speaks for
    (``kami harus mengumumkan jadwal …`` is as often a constraint a firm works under, ``saya harus
    …`` a personal duty); ``Kita tidak boleh diam, tapi harus memeriksa …``: the second verb of the
    same "kita"."""
    if not ours:
        return None
    opener = cue.text.split()[0]
    if ours[0].lower() in _BUT and opener.lower() in ("kita", "we"):
        return Subject(True, cue.subject_at(len(opener)).actor)
    return subject if subject.found and ours[0].lower() in ("kita", "we") else None


# "we should be grateful for …", "they must be proud": a feeling owed is no act.
_FEELING_EN = re.compile(
    r"\w+\s+(?:\w+\s+)?be\s+(?:(?:very|so|truly|really)\s+)?(?:grateful|thankful|proud|happy|glad|sad|sorry"
    r"|disappointed|optimistic|confident|hopeful)\b",
    re.IGNORECASE,
)


def _obligation_en(cue: Cue) -> Decision:
    if _FEELING_EN.match(cue.text, cue.start):
        return Verdict.NEXT
    subject = cue.subject
    last = (subject.actor or "").split()[-1:]
    own = cue.quoted and OWN_SIDE.fullmatch(cue.text[: cue.start].split()[-1] if cue.start else "")
    if subject.found and (own or (last and last[0].lower() in ENGLISH_BODIES)):
        return subject
    return Verdict.NEXT


def ours(cue: Cue) -> Decision:
    """``Setiap keluhan akan saya sampaikan …``: the speaker's side is the agent (read as the speaker)."""
    ours = OURS.match(cue.text, cue.start)
    return Subject(True, ours.group("who")) if ours else Verdict.NEXT
