"""The rules that decide whether a cue of a plan makes its sentence a next step: one named check
per case, asked in the order of RULES, the first that decides winning."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from briefgen.extract.due import due_of
from briefgen.extract.lexicon import BELIEF_VERBS, NOT_NEGATED, SPEECH_VERBS, words
from briefgen.extract.patterns import Scan, scan, words_of
from briefgen.extract.step_cues import SCHEDULE, find_cues
from briefgen.extract.step_english import (
    MONTH_EN,
    NOT_PASSIVE_PLANS_EN,
    OUTCOME_EN,
    PASSIVE_EN,
)
from briefgen.extract.step_obligations import obligation, ours
from briefgen.extract.step_reported import belief_set_apart, is_question, outcome_not_plan
from briefgen.extract.step_requests import not_asking
from briefgen.extract.step_speech import conditional_rule, courtesy, said_not_done, spoken_act
from briefgen.extract.step_subjects import (
    ACTION_AFTER,
    OWN_SIDE,
    PASSIVE_REQUEST,
    Subject,
    request_addressee,
)
from briefgen.extract.step_verdict import Cue, Decision, Verdict, end_of_first, first_end

# "… akan diterapkan di 35 kabupaten", "… akan kembali digelar", "Pertemuan itu nantinya
# difokuskan pada …": a passive future announces what will be done without saying by whom (the
# actor stays null). Passives of feeling and judgement ("akan dikenal", "akan diminati") are
# forecasts (first set); words that only look passive ("digital", "dia") are no verbs at all
# (second set).
_PASSIVE = re.compile(
    NOT_NEGATED + r"\b(?:akan|bakal|segera|nanti|nantinya)\s+"
    r"(?:(?:segera|kembali|mulai|langsung|resmi|secara\s+resmi|juga|pun|dapat|bisa|nanti|nantinya|lebih|terus|ikut)\s+)*"
    # (the prefix is often written apart: "akan di proses", not "akan di sana")
    r"(?P<verb>di[a-z]{3,}|di\s+(?!(?:sana|sini|situ|mana|dalam|luar|atas|bawah|depan|belakang|tengah|antara"
    r"|tempat|lokasi|lapangan|wilayah|kawasan|daerah|kota|desa|rumah|kantor|sekitar|samping|sekolah|pasar|jalan"
    r"|tingkat|bidang|masa|tahun|bulan|akhir|awal)\b)[a-z]{4,})\b",
    re.IGNORECASE,
)
_NOT_PASSIVE_PLANS = (
    words(
        """
        dikenal diminati dirasakan dinikmati dibutuhkan diperlukan disukai dicintai diingat dikenang
        diterima dihargai dipercaya diuntungkan dirugikan ditentukan dipengaruhi didominasi dinilai
        dianggap diharapkan diperkirakan diprediksi diproyeksikan dirasa diketahui dilihat dilirik
        dicari diburu digemari dikunjungi dilalui dilewati dilintasi
        """
    ),
    words(
        "dia diri dini dinas digital dimensi diskusi distribusi dialog diplomasi disiplin diaspora direktur"
    ),
)
# "Rapat kerja itu masih akan berlangsung hingga 4 Mei": an event scheduled (checked for a date).
_TAKES_PLACE = re.compile(
    NOT_NEGATED + r"\b(?:akan|bakal)\s+(?:(?:masih|tetap|kembali)\s+)?(?:berlangsung|digelar|diadakan"
    r"|dilaksanakan|diselenggarakan|dihelat)\b",
    re.IGNORECASE,
)
# "meminta maaf" is an apology, "diminta tanggapan" a request for comment.
_NOT_REQUEST = re.compile(
    r"\S+\s+(?:maaf|tanggapan|keterangan|konfirmasi|komentar|pendapat|penjelasan)\b", re.IGNORECASE
)
# "X menyebut sebanyak 80.000 gerai … akan …": a figure someone reports is not a plan.
_FIGURE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|memastikan)\b(?:\s+bahwa)?\s*,?\s*"
    r"(?:(?:sebanyak|sekitar|kurang\s+lebih|lebih\s+dari|hampir|setidaknya|sedikitnya)\s+\d|\d{1,3}(?:\.\d{3})+\b)",
    re.IGNORECASE,
)
# Verbs of belief and forecast, active or passive: what they introduce is not a plan.
_BELIEF = re.compile(
    # ("ingin melihat langsung pelayanan …" is seeing first-hand, not a view)
    rf"\b(?:(?:{BELIEF_VERBS})(?!\s+langsung\b)|diperkirakan|diprediksi|diproyeksikan|dikhawatirkan|khawatir|cemas|takut"
    # ("secepat mungkin", "sebisa mungkin": as soon, as well as can be)
    r"|mungkin(?<!\bsecepat\smungkin)(?<!\bsebisa\smungkin)(?<!\bsedapat\smungkin)"
    r"(?<!\bsemaksimal\smungkin)(?<!\bsesegera\smungkin)"
    r"|kemungkinan|berpotensi"
    # a hope or a wish governing what follows ("Mudah-mudahan bulan depan bisa segera …")
    r"|mudah-mudahan|semoga|moga-moga|hopefully|(?:kami|kita|saya)\s+harapkan"
    r"|expect(?:s|ed|ations?)?|predict(?:s|ed)?|forecasts?|estimated?|believes?|believed|hopes?|hoped|likely"
    r"|projected|may|might|could|fear(?:s|ed)?|worried"
    # ("is optimistic that …", "I am confident that …", the English "optimis", "yakin"; not
    # "make sure", "certain regions")
    # ("expressed optimism to reach the target", "convinces me that …", "considers that …")
    r"|optimistic|optimism|convinc(?:es|ed)\s+(?:me|us|him|her|them)|consider(?:s|ed)?\s+that"
    r"|(?:am|is|are|was|were|be|been|feel|felt)\s+(?:very\s+|fully\s+|quite\s+)?(?:confident|certain"
    r"|sure|convinced))\b",
    re.IGNORECASE,
)
# "Menjawab pertanyaan apakah kementerian akan dipecah …": a question asked, not a plan.
_QUESTION = re.compile(r"\b(?:apakah|whether)\b", re.IGNORECASE)
# "Initially, the bridge would open by 2021": a former plan, since replaced.
_FORMER = re.compile(r"\b(?:initially|originally|previously|semula|awalnya)\b", re.IGNORECASE)
_CONDITION = re.compile(r"(?:Kalau|Jika|Apabila|Bila|Seandainya|Andaikan|Kalaupun)\b")


# "belum mendapat penugasan", "tidak sepakat": a negated cue; "telah meminta": a request made and
# done with; "biasanya merencanakan": a habit, not a plan.
_NEGATED_BEFORE = re.compile(r"\b(?:belum|tidak|tak|bukan|not)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"\b(?:telah|sudah|pernah)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "telah menugaskan dua petugas untuk menjaga …", "sudah mengeluarkan instruksi agar …": an
# assignment stays in force after it is given.
_ASSIGNED = re.compile(
    r"menugaskan|instruksi|arahan|memberi(?:kan)?\s+(?:arahan|instruksi|tugas|perintah)"
    # an order given, or a task told to someone, stays in force too ("sudah bilang dengan X agar …")
    r"|memerintahkan|menginstruksikan|mengintruksikan|bilang|berpesan|menekankan|mengingatkan"
    # (the spoken forms without a prefix: "saya sudah perintahkan kepada Dinas …")
    r"|perintahkan|instruksikan|intruksikan|tugaskan",
    re.IGNORECASE,
)
# ("program yang harus segera dilakukan": a modal between the relative and the cue)
_RELATIVE = re.compile(
    r"\b(?:yang|which|that)\s+(?:(?:harus|perlu|mesti|wajib|masih|juga|bisa|dapat)\s+)*$", re.IGNORECASE
)
# "… yang akan kami umumkan", "langkah yang akan ditempuh pihaknya": a relative clause that says who
# will act is a plan of theirs.
_AGENT_AFTER = re.compile(
    r"\S+\s+(?:(?:segera|juga|kembali)\s+)*(?:(?:kami|kita)\b|di[a-z]{3,}\s+(?:oleh\s+)?(?:pihaknya|kami|kita|[A-Z]))"
)
# "sempat mengusulkan …", "pernah berjanji …": a proposal or promise made before, told as past.
_PAST_BEFORE = re.compile(r"\b(?:sempat|pernah)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "Tahun lalu dinas itu menargetkan …": a target set for a period that is over.
_PAST_PERIOD = re.compile(
    r"\b(?:(?:tahun|bulan|pekan|minggu|semester)\s+lalu|last\s+(?:year|month|week))\b"
    # ("Selama satu pekan terakhir, kami menargetkan …": the span just gone by)
    r"|\bselama\s+(?:(?:satu|dua|tiga|\d+)\s+)?(?:hari|pekan|minggu|bulan|tahun)\s+terakhir\b",
    re.IGNORECASE,
)
_TARGET = re.compile(r"menargetkan|ditargetkan|targetkan|target", re.IGNORECASE)
# "…, so that the programme will run smoothly": what a purpose clause foresees is a result.
_SO_THAT = re.compile(r"\b(?:so\s+that|in\s+order\s+that)\b", re.IGNORECASE)
# "… kunjungan Presiden Joko yang akan menyambangi Roma akhir bulan": a relative clause on someone
# named, with an active verb, is that one's plan.
_NAMED_RELATIVE = re.compile(r"(?P<who>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+yang\s+$")
_ACTIVE_AFTER = re.compile(r"\S+\s+(?:(?:segera|juga|kembali)\s+)*(?:me|ber)[a-z]{3,}\b")
_HABIT = re.compile(
    # ("Selama ini mereka harus menukar uang …": how things have been so far)
    r"\b(?:selama\s+ini|biasanya|umumnya|selalu|sering|usually|typically|often|always|routinely|regularly)\b",
    re.IGNORECASE,
)
# "Maka peluang kita akan lebih besar": a comparison foreseen, not an act.
# ("akan lebih sering turun ke lapangan" is an act done more often, "akan lebih aktif
# mempromosikan …" one done with more effort: a commitment)
_COMPARISON = re.compile(
    r"\S+\s+(?:lebih|semakin|makin)\s+(?!(?:me|ber|di)[a-z]{3,}|(?:aktif|proaktif|giat|gencar|intensif)\b)\w+\b"
    r"(?!\s+(?:turun|datang|hadir|ikut|bekerja|(?:me|ber)[a-z]{3,})\b)",
    re.IGNORECASE,
)
# "upaya yang akan dilakukan …": a relative clause on a step is the step itself.
_STEP_NOUN = re.compile(
    r"\b(?:upaya|langkah|tindakan|kebijakan|strategi)\s+(?:[\w-]+\s+){0,2}?yang\s+$", re.IGNORECASE
)
# "if the river rises again, we can …": the condition of a commitment.
_IF = re.compile(r"\b(?:if|when|once)\b", re.IGNORECASE)


_HOPE = re.compile(
    r"\bdiharapkan\s+(?:(?:juga|pula|nantinya|kelak)\s+)?"
    r"(?:mampu|dapat|bisa|menjadi|semakin|makin|lebih|tidak\s+hanya|bukan\s+hanya|memberi\w*\s+dampak"
    # an outcome hoped for ("Tahun ini diharapkan tumbuh 20 persen")
    r"|tumbuh|naik|meningkat|bertambah|berkembang|mendongkrak|membuat|membawa)\b"
    # a time or a place between, then the ability hoped for ("Diharapkan pada masa libur mulai 17
    # Desember, bisa mendongkrak …", "diharapkan dalam pembangunan itu pada 2027 dapat selesai")
    r"|\bdiharapkan\s+(?:pada|mulai|dalam|di|saat|ketika|selama|tahun|bulan)\b[^.;]{0,120}?\b(?:mampu|dapat|bisa)\b",
    re.IGNORECASE,
)


def _belief_governs(cue: Cue) -> Decision:
    """``Ia memperkirakan permintaan akan tumbuh``, ``… diperkirakan akan …``: a forecast. For a request
    only a belief in its own clause counts (``Kami berharap …, dan kami minta pula supaya …``)."""
    if cue.kind == "request":
        clause_at = max(cue.text.rfind(",", 0, cue.start), cue.text.rfind(";", 0, cue.start))
        return Verdict.REJECT if _BELIEF.search(cue.text, clause_at + 1, cue.start) else None
    if _HEDGED_MODAL.match(cue.text, cue.start):
        return Verdict.REJECT  # "will likely announce …", "would probably extend …": a forecast
    if _CONFIDENT_TARGET.search(cue.text, 0, cue.start) and _TARGET_VERB.match(cue.text, cue.start):
        return None  # "Kadis optimis menargetkan produksi 40 ribu ton": the target is set, confidently
    if cue.belief <= cue.start and belief_set_apart(cue.text, cue.belief, cue.start, _BELIEF):
        return None
    return Verdict.REJECT if cue.belief <= cue.start else None


_CONFIDENT_TARGET = re.compile(r"(?<![\w-])(?:optimis|optimistis|yakin)\s+$", re.IGNORECASE)
_TARGET_VERB = re.compile(r"(?:menargetkan|mentargetkan|mematok|membidik)\b", re.IGNORECASE)
# The modal hedged right after it: what someone expects to happen, not what is planned.
_HEDGED_MODAL = re.compile(
    r"(?:will|would|shall)\s+(?:most\s+)?(?:likely|probably|possibly|perhaps)\b", re.IGNORECASE
)


# "lusa (Jumat) diperkirakan selesai": a day followed by a forecast of what will be ready then.
_DAY_FORECAST = re.compile(
    r"(?:besok|lusa)\b[^.;]{0,60}?\b(?:diperkirakan|diprediksi|diproyeksikan|kemungkinan|mungkin)\b",
    re.IGNORECASE,
)


# "Petugas pun segera menindaklanjuti laporan itu": "pun segera" tells what was done at once.
_DONE_AT_ONCE = re.compile(r"(?<![\w-])pun\s+$", re.IGNORECASE)
_DONE_AT_ONCE_BEFORE = re.compile(r"(?<![\w-])pun\s+(?:segera|langsung)\s+$", re.IGNORECASE)


def _done_at_once(cue: Cue) -> Decision:
    """``… pun segera menindaklanjuti …``: narrated, an act done at once, not one still to do
    ("… pun berencana …" stays a plan: only "segera"/"langsung" after "pun" tell it was done)."""
    if cue.kind == "weak" and cue.text.startswith(("segera", "Segera"), cue.start):
        return Verdict.NEXT if _DONE_AT_ONCE.search(cue.text, 0, cue.start) else None
    return Verdict.NEXT if _DONE_AT_ONCE_BEFORE.search(cue.text, 0, cue.start) else None


def _courtesy(cue: Cue) -> Decision:
    """``Kami ucapkan selamat …``, ``Perkenankan …``: a courtesy or a turn of speech, not a plan."""
    return Verdict.NEXT if courtesy(cue.text, cue.start) else None


def _forecast_for_a_day(cue: Cue) -> Decision:
    """``lusa diperkirakan selesai``: the forecast governs the day named before it."""
    return Verdict.NEXT if _DAY_FORECAST.match(cue.text, cue.start) else None


def _question_or_habit(cue: Cue) -> Decision:
    """``apakah … akan dipecah``, ``wisatawan biasanya merencanakan …``."""
    return Verdict.NEXT if cue.question <= cue.start or cue.habit <= cue.start else None


def _former_plan(cue: Cue) -> Decision:
    """``Initially, the bridge would open by 2021``: a former plan."""
    return Verdict.NEXT if cue.former <= cue.start else None


# "Semula kita merencanakan …", "Pada awalnya, KONI menargetkan 17 medali": a plan or a target made
# first and given up; unless the sentence tells the change, which is the plan now ("… yang awalnya
# direncanakan pada November, kami geser ke April"). ("Previously, X said …" only tells what was
# said earlier.)
_FIRST_PLAN = re.compile(r"\b(?:semula|awalnya|initially|originally)\b", re.IGNORECASE)
_CHANGED = re.compile(
    r"\b(?:geser|menggeser|digeser|diubah|mengubah|berubah|dipindah\w*|memindah\w*|ditunda|menunda|diundur"
    r"|dimajukan|diganti|kini|sekarang|now|moved|changed|expedited|postponed|brought\s+forward)\b",
    re.IGNORECASE,
)


def _first_plan_given_up(cue: Cue) -> Decision:
    """``Semula kita merencanakan …``: a first plan, given up, unless the sentence tells its change."""
    first = _FIRST_PLAN.search(cue.text, 0, cue.start)
    return Verdict.NEXT if first and not _CHANGED.search(cue.text) else None


def _event_scheduled(cue: Cue) -> Decision:
    """``… yang akan digelar 5-7 Mei 2027``, ``… akan berlangsung hingga …``: an event with its date."""
    if not _TAKES_PLACE.match(cue.text, cue.start):
        return None
    dated = due_of(cue.text, cue.event)[0] or (cue.event is None and SCHEDULE.search(cue.text, cue.start))
    return Subject(True) if dated else None


# "Pameran itu pun akan menampilkan kerajinan desa", "The fair would include a food court": what an
# organiser's event will offer is its organiser's plan (not what it will bring about: "pameran itu
# akan menaikkan omzet" is a forecast).
_EVENT_OPENS = re.compile(
    r"(?:(?:the|this|that)\s+)?(?:festival|event|acara|pameran|pagelaran|gelaran|pekan\s+raya|karnaval|expo"
    r"|fair|exhibition|carnival)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_PROGRAMME = re.compile(
    r"(?:akan|bakal|will|would)\s+(?:(?:juga|also|turut|kembali)\s+)*(?:menghadirkan|menampilkan|menyajikan"
    r"|memberikan\s+hiburan|diramaikan|dimeriahkan|diisi|feature|include|continue|showcase|present|offer"
    r"|be\s+(?:part\s+of|filled|enlivened))\b",
    re.IGNORECASE,
)


def _event_programme(cue: Cue) -> Decision:
    """``Pameran itu akan menampilkan …``: what an event still to come will offer."""
    if _PROGRAMME.match(cue.text, cue.start) and _EVENT_OPENS.fullmatch(cue.text, 0, cue.start):
        return Subject(True)
    return None


def _dated(cue: Cue) -> Decision:
    """``the summit to be held in Perth on 3 June``: an event still to come, with its date."""
    dated = due_of(cue.text, cue.event)[0] or (cue.event is None and MONTH_EN.search(cue.text, cue.start))
    return Subject(True) if dated else Verdict.NEXT


def _held_on_a_day(cue: Cue) -> Decision:
    """``Festival itu digelar 11-15 Oktober 2023``, told on 10 October: held on a day after the event
    date (a month or a year is not enough: the event may be over within it)."""
    due, precision = due_of(cue.text, cue.event)
    if due is None and _SOON_AFTER.match(cue.text, cue.start):
        return Subject(True, None)  # "lawatan itu dilaksanakan sesegera mungkin": held soon
    return Subject(True, None) if due is not None and precision == "day" else Verdict.NEXT


# "… dilaksanakan sesegera mungkin", "… digelar dalam waktu dekat": held soon, with no day yet.
_SOON_AFTER = re.compile(
    r"\S+\s+(?:(?:juga|pun)\s+)?(?:sesegera\s+mungkin|secepatnya|secepat\s+mungkin|dalam\s+waktu\s+dekat)\b",
    re.IGNORECASE,
)


def _named_relative(cue: Cue) -> Decision:
    """``… Presiden Joko yang akan menyambangi …``: a relative clause on someone named, active verb."""
    named = cue.before(_NAMED_RELATIVE)
    if named and _ACTIVE_AFTER.match(cue.text, cue.start):
        return Subject(True, named.group("who"))
    return None


# What follows a relative clause when it is the subject of another predicate: "bahan yang akan
# disalurkan dibeli di Jakarta", "dana yang akan dipakai sudah cair".
# (a demonstrative or a named place may sit before that predicate: "tarian yang akan dibawakan
# itu berasal dari …", "pawai yang akan diadakan di Kota Lestari dinilai …")
_PREDICATE_AFTER = re.compile(
    r"(?:\s+(?:itu|ini|tersebut))?(?:\s+(?:di|ke|pada)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3})?"
    # ("diantaranya", "disana" only look like passives)
    r"\s+(?:(?!(?:diantaranya|dimana|disana|disini|disitu|diatas|dibawah|didalam|diluar)\b)(?:di|me|ber|ter)[a-z]{3,}"
    r"|telah|sudah|pernah|sempat|masih|belum|tidak|tak)\b",
    re.IGNORECASE,
)


# ("program yang harus segera dikerjakan": a duty in a relative clause still names a thing)
_WILL_RELATIVE = re.compile(r"\byang\s+(?:juga\s+)?$", re.IGNORECASE)


def _acted_on_later(cue: Cue) -> bool:
    """``14 dermaga yang akan direnovasi tahun depan``, ``salah satu pasar yang bakal dibongkar
    adalah …``: what is to be done to a thing is the news, unless the clause is the subject of another
    verb (``bahan yang akan disalurkan dibeli …``) or its verb foresees a state (``dikenal``)."""
    passive = _PASSIVE.match(cue.text, cue.start)
    if passive is None or not _WILL_RELATIVE.search(cue.text, 0, cue.start):
        return False
    if not cue.text[cue.start :].lower().startswith(("akan", "bakal")):
        return False
    verb = passive.group("verb").lower().replace(" ", "")
    if verb in _NOT_PASSIVE_PLANS[0] or verb in _NOT_PASSIVE_PLANS[1]:
        return False
    return _PREDICATE_AFTER.match(cue.text, passive.end()) is None


def _thing_relative(cue: Cue) -> Decision:
    """``bahan yang akan disalurkan dibeli di Jakarta``: a relative clause that names a thing (but
    ``upaya yang akan dilakukan`` names the step, and so does a thing acted on: ``proyek yang akan
    dikembangkan tahun depan``)."""
    if (
        _RELATIVE.search(cue.text, 0, cue.start)
        and not _AGENT_AFTER.match(cue.text, cue.start)
        and not cue.before(_STEP_NOUN)
        and not _acted_on_later(cue)
    ):
        return Verdict.NEXT
    return None


def _purpose_only(cue: Cue) -> Decision:
    """``X meninjau RSUD …, guna memastikan progres …``: a purpose states why an act was done; it is
    a plan only with the plan it serves (``akan membuka … guna memastikan …``, another cue)."""
    return Verdict.NEXT if cue.text.startswith("guna", cue.start) else None


def _proposed_thing(cue: Cue) -> Decision:
    """``tiga nama calon yang diusulkan``: a proposal already made, as a relative clause, names a thing."""
    if cue.text[cue.start :].lower().startswith("diusul") and _RELATIVE.search(cue.text, 0, cue.start):
        return Verdict.NEXT
    return None


def _comparison(cue: Cue) -> Decision:
    """``peluang kita akan lebih besar``: a comparison foreseen; ``saya akan lebih menghargai …``,
    ``warga akan merasakan …``: a feeling or an attitude foreseen, not an act."""
    if _COMPARISON.match(cue.text, cue.start) or _FEELING.match(cue.text, cue.start):
        return Verdict.NEXT
    return None


_FEELING = re.compile(
    r"\S+\s+(?:(?:lebih|sangat|tentu|pasti|juga|makin|semakin)\s+)*(?:menghargai|mengapresiasi|menyukai"
    r"|menyenangi|menghormati|mencintai|merasa|merasakan|menikmati|senang|bangga|bahagia|sedih|kecewa"
    # ("setiap OPD pastinya akan mengalami banyak kendala": what one will undergo)
    r"|menyesal\w*|mengalami)\b",
    re.IGNORECASE,
)


def _appeal(cue: Cue) -> Decision:
    """``Warga di bantaran sungai agar tetap waspada``: the ones addressed open the sentence."""
    # ("Segera seluruh dinas mendata …": the order's "segera" is no part of the ones addressed)
    return Subject(True, re.sub(r"^Segera\s+", "", cue.text[: cue.start].strip(" ,")) or None)


def _can(cue: Cue) -> Decision:
    """``we can implement it in 2019``, ``if …, we can raise it``: a step with a date or a
    condition; without either it is only a possibility."""
    if cue.before(_IF) or due_of(cue.text, cue.event)[0] is not None:
        return Subject(True, cue.subject.actor)
    return Verdict.NEXT


def _outcome(cue: Cue) -> Decision:
    """``bakal jadi berkah``, ``Dari 12 undangan yang dijadwalkan …``, ``melebihi yang ditargetkan``."""
    return Verdict.NEXT if outcome_not_plan(cue.text, cue.start) else None


def _negated(cue: Cue) -> Decision:
    """``Koperasi itu belum mendapat penugasan …``."""
    return Verdict.NEXT if _NEGATED_BEFORE.search(cue.text, 0, cue.start) else None


# "pertemuan ini sudah direncanakan sejak tahun lalu", "memang sudah lama direncanakan", "target
# yang telah direncanakan": planned before and told as such, with no date still to come, says how
# long a plan stood, not what is to be done ("sudah dijadwalkan pada 5 Desember" keeps its date).
_PLANNED_BEFORE = re.compile(
    r"\b(?:sudah|telah)\s+(?:(?:lama|sejak\s+lama|jauh-jauh\s+hari)\s+)?$", re.IGNORECASE
)
_PLANNED = re.compile(r"di(?:rencanakan|jadwalkan|agendakan|programkan)\b", re.IGNORECASE)


def _planned_before(cue: Cue) -> Decision:
    """``sudah direncanakan sejak tahun lalu``: planned before, no date to come."""
    if not _PLANNED.match(cue.text, cue.start) or not cue.before(_PLANNED_BEFORE):
        return None
    return Verdict.NEXT if due_of(cue.text, cue.event)[0] is None else None


def _proposed_before(cue: Cue) -> Decision:
    """``sempat mengusulkan …``: proposed before."""
    return Verdict.NEXT if cue.before(_PAST_BEFORE) else None


def _past_target(cue: Cue) -> Decision:
    """``Tahun lalu dinas itu menargetkan …``: a target for a period that is over, unless the target
    itself is still ahead (``… tahun lalu, … yang ditargetkan rampung pada tahun ini``); ``targetnya
    kami selesai tahun 2020``, said in 2021: a target for a year already past."""
    if not _TARGET.match(cue.text, cue.start):
        return None
    after = cue.text[cue.start : cue.start + _TARGET_REACH]
    if cue.before(_PAST_PERIOD) and not _STILL_AHEAD.search(after):
        return Verdict.NEXT
    year = _YEAR.search(after)
    return Verdict.NEXT if year and cue.event and int(year.group(0)) < cue.event.year else None


# How far after a target word its time is read ("ditargetkan rampung pada tahun ini").
_TARGET_REACH = 60
_STILL_AHEAD = re.compile(
    r"\b(?:tahun|bulan|semester|triwulan|kuartal|pekan|minggu)\s+(?:ini|depan|mendatang)\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b20\d\d\b")


def _result_clause(cue: Cue) -> Decision:
    """``…, so that the service will run well``: a result."""
    return Verdict.NEXT if cue.before(_SO_THAT) else None


def _hope(cue: Cue) -> Decision:
    """``diharapkan mampu mendongkrak …``, or no schedule: a hope, whatever follows."""
    if _HOPE.match(cue.text, cue.start) or not SCHEDULE.search(cue.text):
        return Verdict.REJECT
    return None


def _opening(cue: Cue) -> Decision:
    """``dibuka mulai 1 Desember 2026`` opens later; ``dibuka mulai 1 Oktober lalu`` has opened."""
    due, _ = due_of(cue.text, cue.event)
    if due is None and not (cue.event is None and SCHEDULE.search(cue.text, cue.start)):
        return Verdict.NEXT
    return Subject(True)


_EARLIER = re.compile(r"\b(?:sebelumnya|sempat|pernah|kemarin|dulu)\b", re.IGNORECASE)
# "Seusai menyerahkan laporan kepada bupati, …": the act of a time clause that opens the sentence
# is done before what the sentence tells.
_OURS_DONE = re.compile(r"\b(?:saya|kami|aku)\s+(?:sudah|telah)\s+$", re.IGNORECASE)
_AFTER_ACT = re.compile(r"(?:Seusai|Usai|Setelah|Sesudah|Selepas|Sehabis)\s+", re.IGNORECASE)


def _request(cue: Cue) -> Decision:
    """A request made to its addressee; "meminta maaf", "Polres telah meminta dinas memblokir …"
    (asked and done with) are none."""
    # ("… itu sudah diminta untuk menarik produknya": the ones asked still have to act, unless the
    # request is told as past, "sebelumnya telah diminta …")
    in_force = (
        _ASSIGNED.match(cue.text, cue.start)
        or (PASSIVE_REQUEST.match(cue.text, cue.start) and not cue.before(_EARLIER))
        # ("Saya sudah minta Kadis untuk menyiapkan anggarannya": the speaker's own request, still
        # to be carried out by the one asked)
        # (not one told as past: "Kemarin kami sudah minta …")
        or (cue.quoted and _OURS_DONE.search(cue.text, 0, cue.start) is not None and not cue.before(_EARLIER))
    )
    done = (_DONE_BEFORE.search(cue.text, 0, cue.start) and not in_force) or _AFTER_ACT.fullmatch(
        cue.text, 0, cue.start
    )
    if done or _NOT_REQUEST.match(cue.text, cue.start) or not_asking(cue.text, cue.start):
        return Verdict.NEXT
    addressed = request_addressee(cue.text, cue.start)
    if addressed is not None and _THE_PUBLIC.fullmatch(addressed):
        return Verdict.NEXT  # an appeal to the public names no one who is to act
    return Subject(True, addressed)


# "mengimbau masyarakat tidak panik", "meminta masyarakat untuk …": the public at large is nobody
# named; a request is a step when it is addressed to someone who is to act (an office, a body, a
# named group: "mengimbau kepala desa …", "meminta warga bantaran sungai …").
_THE_PUBLIC = re.compile(
    r"(?:(?:seluruh|semua|segenap|para|kepada|kepada\s+seluruh)\s+)?(?:masyarakat|publik|khalayak)"
    r"(?:\s+(?:luas|umum|Indonesia|sekalian))?|(?:the\s+)?(?:public|general\s+public)",
    re.IGNORECASE,
)


def _quoted_offer(cue: Cue) -> Decision:
    """``Kami siap berbagi kurikulum``, ``kami siap membeli lebih banyak jika …``: an offer, not a
    plan; ``KBRI siap memverifikasi … jika diberi akses``, a body named with its condition, is a
    commitment on that condition."""
    offer = cue.quoted and cue.text[cue.start :].lower().startswith("siap")
    before = cue.text[: cue.start].split()[-1:]
    named = cue.subject.found and bool(before) and not OWN_SIDE.fullmatch(before[0])
    return Verdict.NEXT if offer and not (named and _IF_ID.search(cue.text, cue.start)) else None


_IF_ID = re.compile(r"\b(?:jika|kalau|apabila|bila|asalkan|selama)\b", re.IGNORECASE)


def _with_others(cue: Cue) -> Decision:
    """``harus dikoordinasikan dengan pemkab``: a step with others, whoever states it."""
    subject = cue.subject
    return Subject(True, subject.actor if subject.found else None)


def _self_sufficient(cue: Cue) -> Decision:
    """A cue that is a plan by itself: its subject, if any, is the actor."""
    return Subject(True, cue.subject.actor)


def _passive_due(cue: Cue) -> Decision:
    """``Cobain diselesaikan, kalau bisa ya sebelum lebaran``: a passive act due by a holiday, said by
    the one who orders it; the words before the verb are no actor."""
    return Subject(True)


def _funded_before(cue: Cue) -> Decision:
    """``In 2015 the government allocated Rp 41 billion to build …``: money set aside in a year before
    the event's is a budget spent, not one still to be used."""
    years = [int(y) for y in _YEAR.findall(cue.text)]
    return Verdict.NEXT if cue.event and years and max(years) < cue.event.year else None


def _reported_figure(cue: Cue) -> Decision:
    """``X menyebut sebanyak 80.000 gerai … akan …``: a reported figure."""
    return Verdict.NEXT if _FIGURE.search(cue.text, 0, cue.start) else None


def _consequence(cue: Cue) -> Decision:
    """``Kalau harga naik, kami akan rugi``: after a condition, a state is a consequence."""
    if not cue.condition:
        return None
    first_word = cue.text[cue.start :].split(maxsplit=1)[0]
    return None if ACTION_AFTER.match(cue.text, cue.start + len(first_word)) else Verdict.NEXT


def _english_passive(cue: Cue) -> Decision:
    """``The bill will be discussed next week``: no actor; ``Farmers will be affected``: a forecast."""
    passive = PASSIVE_EN.match(cue.text, cue.start)
    if passive is None:
        return None
    verb = passive.group("verb")
    if verb == "used" and _USED_FOR.match(cue.text, passive.end()):
        return Subject(True)  # "the funds will be used to build …": what a sum is set aside for
    return Verdict.NEXT if verb in NOT_PASSIVE_PLANS_EN else Subject(True)


_USED_FOR = re.compile(
    r"\s+(?:to\s+(?!be\b)[a-z]{3,}|for\s+(?!(?:the\s+)?(?:first|second|long|years?|months?)\b))"
)


def _english_outcome(cue: Cue) -> Decision:
    """``The country would benefit from …``: an outcome foreseen, not an act."""
    return Verdict.NEXT if OUTCOME_EN.match(cue.text, cue.start) else None


def _passive(cue: Cue) -> Decision:
    """``Kopi Gayo akan dikenal …`` is a forecast; ``… akan diterapkan di 35 kabupaten`` a plan whose
    subject is what is acted on (no actor)."""
    passive = _PASSIVE.match(cue.text, cue.start)
    if passive is None:
        return None
    verb = passive.group("verb").lower().replace(" ", "")
    if verb in _NOT_PASSIVE_PLANS[0]:
        return Verdict.NEXT
    return Subject(True) if verb not in _NOT_PASSIVE_PLANS[1] else None


def _acting_subject(cue: Cue) -> Decision:
    """The last word: a cue whose subject can act is a plan of theirs."""
    subject = cue.subject
    return subject if subject.found else Verdict.NEXT


def _spoken(cue: Cue) -> Decision:
    """``Sisa dananya kami alihkan …``: the speaker's side before a bare verb (``step_speech``)."""
    return spoken_act(cue.text, cue.start) or Verdict.NEXT


def _conditional(cue: Cue) -> Decision:
    """``Apabila …, maka dikirim surat teguran``: what is done in that case (``step_speech``)."""
    return conditional_rule(cue.text, cue.start) or Verdict.NEXT


def _said_not_done(cue: Cue) -> Decision:
    """``tolong beri saya waktu``, ``Kami akan cerita soal …``: no order, no plan (``step_speech``)."""
    return Verdict.NEXT if said_not_done(cue.text, cue.start) else None


_ALL = words(
    "plain with request strong must obligation opening expected weak appeal can ours acted dated held spoken"
    " conditional funded due"
)
# The rules in the order they are asked; each applies to the cue kinds named with it, and the first
# that decides wins.
RULES: tuple[tuple[frozenset[str], Callable[[Cue], Decision]], ...] = (
    (_ALL, _belief_governs),
    (_ALL, _question_or_habit),
    (_ALL, _courtesy),
    (frozenset({"plain"}), _forecast_for_a_day),
    (frozenset({"weak"}), _former_plan),
    (frozenset({"weak", "strong"}), _done_at_once),
    (frozenset({"strong"}), _first_plan_given_up),
    (frozenset({"weak"}), _event_scheduled),
    (frozenset({"weak"}), _event_programme),
    (frozenset({"weak"}), _named_relative),
    (frozenset({"weak"}), _thing_relative),
    (frozenset({"strong"}), _purpose_only),
    (frozenset({"strong"}), _proposed_thing),
    (frozenset({"weak"}), _comparison),
    (frozenset({"weak", "strong"}), _outcome),
    (frozenset({"strong", "request", "acted"}), _negated),
    (frozenset({"strong"}), _proposed_before),
    (frozenset({"strong"}), _planned_before),
    (frozenset({"strong"}), _past_target),
    (frozenset({"weak"}), _result_clause),
    (frozenset({"expected"}), _hope),
    (frozenset({"opening"}), _opening),
    (frozenset({"dated"}), _dated),
    (frozenset({"held"}), _held_on_a_day),
    (frozenset({"request"}), _request),
    (frozenset({"strong"}), _quoted_offer),
    (frozenset({"with"}), _with_others),
    (frozenset({"appeal"}), _appeal),
    (frozenset({"can"}), _can),
    (frozenset({"ours"}), ours),
    (frozenset({"spoken"}), _spoken),
    (frozenset({"conditional"}), _conditional),
    (frozenset({"plain", "weak"}), _said_not_done),
    (frozenset({"funded"}), _funded_before),
    (frozenset({"due"}), _passive_due),
    (frozenset({"plain", "strong", "obligation", "expected", "funded"}), _self_sufficient),
    (frozenset({"weak"}), _reported_figure),
    (frozenset({"weak", "must"}), _consequence),
    (frozenset({"weak"}), _english_passive),
    (frozenset({"weak"}), _english_outcome),
    (frozenset({"weak"}), _passive),
    (frozenset({"must"}), obligation),
    (_ALL, _acting_subject),
)


# "menjadi narasumber seminar dengan tema “Strategi Mendorong Ekspor untuk …”": in narration, words
# in quotation marks that are not a quotation (a theme, a title, a slogan) state nothing of the
# one who acts, so their cues are blanked (a kept quotation is read on its own, not here).
_TITLE_IN_MARKS = re.compile(r"[“\"][^“”\"]{3,}[”\"]")


@functools.cache
def _governing_scans() -> tuple[Scan, Scan, Scan]:
    """The scans (``patterns.scan``) of _BELIEF, _HABIT and _FORMER, asked at the sentence's words
    instead of at every place (issue 17); made when first needed."""
    return scan(_BELIEF), scan(_HABIT), scan(_FORMER)


def judge(
    text: str,
    subject_at: Callable[[int], Subject],
    event: dt.date | None,
    quoted: bool,
) -> Subject | None:
    """The one who acts when ``text`` states a plan (``actor`` None when unnamed), else None.
    ``subject_at(i)`` reads the subject of the cue at ``i``; each cue goes through RULES."""
    if not quoted:
        text = _TITLE_IN_MARKS.sub(
            lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], text
        )
    cues = find_cues(text, quoted)
    if not cues or is_question(text):
        return None
    low = text.lower()
    question = end_of_first(_QUESTION, text) if "apakah" in low or "whether" in low else len(text) + 1
    words = words_of(low)  # (find_cues read them: kept)
    belief, habit, former = _governing_scans()
    context = Cue(
        text,
        0,
        "",
        event,
        quoted,
        functools.cache(subject_at),
        belief=first_end(belief, text, words),
        question=question,
        habit=first_end(habit, text, words),
        former=first_end(former, text, words),
        condition=quoted and _CONDITION.match(text) is not None,
    )
    for start, kind in cues:
        context.start, context.kind = start, kind
        for kinds, rule in RULES:
            if kind not in kinds:
                continue
            decision = rule(context)
            if decision is Verdict.REJECT:
                return None
            if decision is Verdict.NEXT:
                break
            if decision is not None:
                return decision
    return None
