"""Which date of a sentence is the event's: a plan's day, an earlier event's, a release's or the
day something took place, read from the words around the date (see :mod:`briefgen.extract.dates`)."""

from __future__ import annotations

import bisect
import functools
import re

from briefgen.extract.lexicon import MONTH_RE

QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# Sentences that date something other than the reported event: an earlier event ("Sebelumnya",
# "saat itu") or a plan ("akan", "dijadwalkan"). Read outside quotations only.
_EARLIER = re.compile(
    # (not "sehari sebelumnya", "dua hari sebelumnya": a day counted back from the sentence's own
    # date, which stays the event's — "menemui massa, Senin (7/7), menindaklanjuti surat sehari
    # sebelumnya")
    r"\b(?:(?<!sehari\s)(?<!hari\s)(?<!seminggu\s)(?<!sepekan\s)(?<!sebulan\s)(?<!setahun\s)[Ss]ebelumnya"
    r"|saat itu|kala itu|waktu itu|pada waktu itu|[Pp]reviously|(?<!day\s)[Ee]arlier)\b"
)
# "pada 4 Maret 2024 silam": "silam" closes the date it follows, an earlier event's. Elsewhere in
# the sentence it dates only its own phrase ("atlet PON 2024 silam dikumpulkan pada Kamis (13/2)").
_AGO_AFTER = re.compile(r"\s*silam\b")
# A sentence may open on the plan's word: "Rencananya, pada Rabu (1/8) …", "Dijadwalkan, …".
PLANNED = re.compile(
    r"\b(?:[Aa]kan|[Bb]akal|[Dd]ijadwalkan|[Dd]irencanakan|[Rr]encananya|will|(?:is |are )?scheduled"
    r"|(?:is|are)\s+going\s+to)\b"
)
# A plan dates what it governs: "akan digelar pada Sabtu (10/10)", not "pemerintah akan menambah
# anggaran, Senin (3/3)" (the day it was said). Within this reach and no comma between.
_PLAN_REACH = 50
_PLAN_GOVERNS = 100  # the reach of a plan over a date it governs through "pada"/"on"
# "…akan menambah anggaran, kata Menteri pada Senin (3/3)": the day it was said, not the plan's.
SAID = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|sebut|tegas|terang|papar|imbuh|said|says|told|stated)\w*"
)
_ON = re.compile(r"\b(?:pada|on|mulai|starting)\s+(?:(?:hari|tanggal|pada|on)\s+)?$")
# "kasus meningkat menjadi 28 hingga kemarin Senin (14/2)", "data per 4 November", "as of June 28":
# the day figures are counted up to, not an event's; "19 hingga 22 Oktober" (a span's end) is not one.
_AS_OF = re.compile(
    r"\b(?:[Hh]ingga|[Ss]ampai(?:\s+dengan)?|[Pp]er|[Aa]s\s+(?:of|at))\s+"
    r"(?:(?:kemarin|hari\s+ini|hari|tanggal|pada)\s+)*$"
)
# "dalam keterangan pers, Rabu (6/8)": the day a statement was released, not the day of the event.
_RELEASED = re.compile(
    r"\b(?:keterangan\s+(?:pers|resmi|tertulis)|siaran\s+pers|rilis(?:nya)?|press\s+release|statement)\b",
    re.IGNORECASE,
)
_RELEASE_REACH = 60  # characters before the date in which a release phrase attaches to it


SENTENCE_REACH = 600  # characters either side of a date; real sentences are far shorter


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(left, right) of the sentence holding ``text[start:end]``: ``text[left + 1 : right + 1]``.
    Looked for within :data:`SENTENCE_REACH`: in text without sentence ends (a page flattened to
    one line) every date would otherwise read the whole text, quadratic in the dates."""
    low, high = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    left = max(
        text.rfind(". ", low, start), text.rfind("? ", low, start), text.rfind("! ", low, start), low - 1
    )
    right = min((i for i in (text.find(". ", end, high), text.find("? ", end, high)) if i >= 0), default=high)
    return left, right


@functools.lru_cache(maxsize=256)
def _unquoted(text: str) -> str:
    """``text`` with its quotations blanked, every offset kept: a sentence that starts inside a
    quotation (its last sentence, '…dulu. Sebelumnya kita capai 16 juta," kata Budi, Kamis (2/1)')
    has no opening mark of its own to be taken out by."""
    return QUOTED.sub(lambda q: " " * len(q.group()), text)


@functools.lru_cache(maxsize=1024)
def _earlier_sentence(text: str, left: int, right: int) -> bool:
    """Whether the sentence ``text[left + 1 : right + 1]``, without its quotations, tells of an
    earlier event. Remembered: a sentence of a thousand dates was read once a date (quadratic)."""
    return bool(_EARLIER.search(_unquoted(text)[left + 1 : right + 1]))


# "Kamis (20/2) besok", "Sabtu (10/10) mendatang": a day still to come, a plan's.
_AHEAD = re.compile(r"\s*(?:besok|mendatang|nanti|yang\s+akan\s+datang)\b")
# "mulai pekan depan, 26 Maret 2024", "starting next week, March 26": a day named as the coming
# week's or month's, a plan's.
_AHEAD_BEFORE = re.compile(
    r"\b(?:next\s+(?:week|month)|(?:pekan|minggu|bulan)\s+(?:depan|mendatang))\s*,?\s*"
    r"(?:(?:on|pada|tanggal)\s+)?$"
)
# "menyusul insiden pengeroyokan di Pekanbaru, Sabtu (19/4)": the day of the incident the lead's
# statement follows, an earlier event's. A verb of saying after it dates the statement instead.
# A few words may stand between ("menyusul maraknya lagi aksi …", "following a spate of
# attacks"); "pasca" glued to its noun ("pascapenyerangan", "pascagempa") always names what
# came before.
_AFTER_INCIDENT = re.compile(
    r"\b(?:menyusul|pasca|setelah|sesudah|usai|following|after)\s+(?:the\s+|an?\s+)?"
    r"(?:[a-z]+\s+){0,3}?"
    r"(?:insiden|kejadian|peristiwa|kasus|aksi|bentrokan|kerusuhan|penyerangan|serangan"
    r"|incidents?|attacks?|clash(?:es)?|riots?)\b"
    r"|\b[Pp]asca-?(?:penyerangan|serangan|insiden|kejadian|peristiwa|bentrokan|kerusuhan"
    r"|gempa|banjir|kebakaran|ledakan|penembakan|penusukan|pengeroyokan|bencana)\b"
)


# "after the Oct. 12 bombings", "since the Dec. 26 tsunami": a date that names an
# incident (English puts it before the noun), an earlier event's.
_NAMES_INCIDENT = re.compile(
    r"\s+(?:terror\s+)?(?:attacks?|bombings?|blasts?|explosions?|earthquakes?|quakes?|tsunami|floods?"
    r"|riots?|shootings?|massacre|tragedy|disaster|crash)\b"
)


# "korban tewas dalam bentrokan … pada Senin 7 Desember 2020 lalu, hingga kini …", "kecelakaan yang
# terjadi pada Minggu (3/3) lalu": an incident named before a date that "lalu" closes is one the
# story looks back on; the event reported is later.
_INCIDENT_NOUN = re.compile(
    r"\b(?:insiden|kejadian|peristiwa|bentrokan|kerusuhan|kericuhan|penyerangan|serangan|kecelakaan"
    r"|kebakaran|ledakan|penembakan|penusukan|pengeroyokan|bencana|gempa|banjir|longsor|yang\s+terjadi)\b"
)
_LAST_AFTER = re.compile(r"\s*lalu\b")


def _after_incident(paragraph: str, start: int, end: int) -> bool:
    left, _ = sentence_bounds(paragraph, start, end)
    clause = QUOTED.sub(" ", paragraph[left + 1 : start])
    incidents = list(_AFTER_INCIDENT.finditer(clause))
    if not incidents and _LAST_AFTER.match(paragraph, end):
        incidents = list(_INCIDENT_NOUN.finditer(clause))
    return bool(incidents) and not SAID.search(clause[incidents[-1].end() :])


# "KMA yang ditandatangani tertanggal 13 Februari", "surat bertanggal 2 Mei", "a letter dated
# March 5": the date a document bears (signed or issued), not the day of the reported event.
_DOCUMENT_DATED = re.compile(r"\b(?:[Tt]ertanggal|[Bb]ertanggal|dated)\s+(?:(?:tanggal|tgl\.?)\s+)?$")
# "air macet sejak Rabu (13/11) malam", "closed since Monday": the day a state of things began,
# before the day the story reports on it.
# "sejak diluncurkan pada 1 Oktober", "since being launched on October 1": the same, a passive verb
# between.
_SINCE = re.compile(
    r"\b(?:[Ss]ejak|[Ss]emenjak|[Ss]ince)\s+(?:(?:being|was|were)\s+)?(?:(?:di|ter)[a-z]{3,}\s+|[a-z]{3,}ed\s+)?"
    r"(?:(?:hari|tanggal|pada|on)\s+)?$"
)
_SINCE_REACH = 45


def earlier_event(paragraph: str, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` is another, earlier event's: its sentence says so
    outside quotations ("Pada tahap sebelumnya, 4 Maret 2024", "saat itu", "Previously"), or
    "silam" closes it ("pada 4 Maret 2024 silam")."""
    return _AGO_AFTER.match(paragraph, end) is not None or _earlier_sentence(
        paragraph, *sentence_bounds(paragraph, start, end)
    )


def demoted(paragraph: str, start: int, end: int) -> bool:
    """A date of an earlier event, of a plan or of a document: used only when the text dates
    nothing else."""
    if earlier_event(paragraph, start, end):
        return True
    if _DOCUMENT_DATED.search(paragraph, max(0, start - 24), start) or _SINCE.search(
        paragraph, max(0, start - _SINCE_REACH), start
    ):
        return True
    if _AHEAD.match(paragraph, end) or _after_incident(paragraph, start, end):
        return True
    if _AHEAD_BEFORE.search(paragraph, max(0, start - 30), start):
        return True
    if _NAMES_INCIDENT.match(paragraph, end):
        return True
    if _as_of(paragraph, start):
        return True
    if _ON.search(paragraph[max(0, start - 12) : start]):
        # "akan digelar di Bogor, Jawa Barat, pada 10 Oktober": a date the plan's verb governs
        # through "pada"/"on", past the commas of the place in between.
        clause = QUOTED.sub(" ", paragraph[max(0, start - _PLAN_GOVERNS) : start])
        clause = re.split(r"[.!?;]\s", clause)[-1]
        plans = list(PLANNED.finditer(clause))
        if plans and not SAID.search(clause[plans[-1].end() :]):
            return True
        if _plan_of_the_clause(paragraph, start):
            return True
    before = QUOTED.sub(" ", paragraph[max(0, start - _PLAN_REACH) : start])
    plans = list(PLANNED.finditer(before))
    return bool(plans) and "," not in before[plans[-1].end() :]


_BRACKETED = re.compile(r"\([^()]*\)")


def _plan_of_the_clause(paragraph: str, start: int) -> bool:
    """Whether the clause that ends on "pada"/"on" before the date at ``start`` opens on a plan
    ("Menlu bakal melakukan pertemuan … di sela-sela konferensi … (AMM) pada 11-14 Juli"): one
    clause, however long its object, with no comma (outside brackets) and no verb of saying
    between the plan's word and the date."""
    left, _ = sentence_bounds(paragraph, start, start)
    sentence = _BRACKETED.sub(lambda b: " " * len(b.group()), QUOTED.sub(" ", paragraph[left + 1 : start]))
    clause = re.split(r"[,;:]", sentence)[-1]
    plans = list(PLANNED.finditer(clause))
    return bool(plans) and not SAID.search(clause[plans[-1].end() :])


def _as_of(paragraph: str, start: int) -> bool:
    """Whether the date at ``start`` is the day figures are counted up to ("hingga 28 Juni")."""
    before = paragraph[max(0, start - 40) : start]
    found = _AS_OF.search(before)
    if found is None:
        return False
    # "Senin (19/10) hingga Rabu (21/10)", "19 Oktober sampai 22 Oktober": a span's end.
    return not re.search(rf"(?:\d|\)|\b(?i:{MONTH_RE}))\s*$", before[: found.start()])


# "seperti dikutip dari laman resmi Pemkot, Jumat (27/2/2026)", "as seen on the city's website on
# Friday": the day the writer read a web page, a citation's date, no event's at all.
_CITED = re.compile(
    r"\b(?:[Dd]ikutip|[Dd]ilansir|[Dd]iakses|seen|quoted|cited|accessed)\b[^.!?;“”\"]{0,40}?"
    r"\b(?:laman|situs|website|web|page|site)\b[^.!?;“”\"]{0,60}$"
)
_CITED_REACH = 110
# "ujar Kadis dikutip dari kabarkita.co.id, Rabu (4/3/2026)", "dikutip dari Harian Pagi (4/3/2026)",
# "dilansir Suara Timur, Jumat (3/3)", "dikutip Rabu (4/3/2026)": in Indonesian copy the day after
# "dikutip"/"dilansir" is the day the writer took the text from its source. (In English wire copy
# "…, quoted by an agency, on a weekday" dates the saying, and stays.)
_QUOTED_FROM = re.compile(r"\b(?:[Dd]ikutip|[Dd]ilansir)\b(?:[^.!?;“”\"()]|\.(?=\w)){0,60}\(?$")


def cited(paragraph: str, start: int) -> bool:
    """Whether the date at ``start`` is the day a cited web page or source was read."""
    before = paragraph[max(0, start - _CITED_REACH) : start]
    return bool(_CITED.search(before) or _QUOTED_FROM.search(before))


def released(paragraph: str, start: int) -> bool:
    return bool(_RELEASED.search(paragraph[max(0, start - _RELEASE_REACH) : start]))


# "Lomba perahu hias berlangsung di Danau Sunter, Rabu (10/3/2021)": a sentence that says when the
# event took place dates it, over a date of something it followed ("sehari setelah pembukaan pada Selasa").
_HELD = re.compile(
    r"\b(?:berlangsung|digelar|dilaksanakan|diselenggarakan|took\s+place|(?:was|were)\s+held)\b"
)


def held(paragraph: str, start: int) -> bool:
    """Whether the sentence up to ``start`` says the event took place then (not a plan)."""
    low = max(0, start - SENTENCE_REACH)
    left = max(paragraph.rfind(". ", low, start), paragraph.rfind("? ", low, start), low - 1)
    # Without such a word anywhere between, no need to read the sentence: that kept a sentence
    # of a thousand dates linear (taking its quotations out never makes a word appear).
    words = _held_words(paragraph)
    at = bisect.bisect_left(words, left + 1)
    if at == len(words) or words[at] >= start:
        return False
    return bool(_HELD.search(QUOTED.sub(" ", paragraph[left + 1 : start])))


@functools.lru_cache(maxsize=256)
def _held_words(paragraph: str) -> list[int]:
    """Where the words of ``_HELD`` start in ``paragraph``, in order."""
    return [m.start() for m in _HELD.finditer(paragraph)]


# "…,” ucap Kepala Dinas, Selasa (10/10).": the day someone said what the story reports (an
# attribution after a quotation or a comma, not "menindak tegas").
# A web address in the attribution ("saat dihubungi kabarkita.com, Rabu (14/5)") ends no sentence.
SAID_BEFORE = re.compile(rf"[,”\"]\s*{SAID.pattern}(?:[^.!?;“”\"]|\.(?=\w)){{0,60}}$")
