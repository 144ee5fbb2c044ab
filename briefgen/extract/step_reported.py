"""Cues of third-person reported steps that the cue families of ``step_cues`` leave out: a target
stated as a fact (``Target kehadiran pemilih adalah 75 persen``, ``Salah satu sasaran program itu
adalah …``), a rule or document that will govern (``Peraturan ini akan menjadi pedoman …``), a
demand or advice addressed to someone (``mendesak polisi menuntaskan …``, ``menyarankan agar
…``), an assurance that something will be no more (``memastikan, mulai tahun depan tidak ada lagi
…``) and an English promise (``promised to continue …``).

Each cue comes with its kind for the rules of ``step_rules`` (``plain`` decides by itself once no
belief, question or habit governs it; ``request`` reads its addressee). The patterns are guarded
by substring tests, so that a sentence without their words costs one ``in`` per family.
"""

from __future__ import annotations

import re

from briefgen.extract.lexicon import MONTH_RE, NOT_NEGATED
from briefgen.extract.step_english import TARGET_EN

# "Target kehadiran pemilih pada pilkada 2027 adalah 75 persen", "Pada pemilu nanti, target
# kehadiran bisa mencapai 80 persen", "Jadi targetnya semua jembatan selesai …", "Salah satu sasaran
# program itu adalah lansia": a target or an aim stated as a fact, the noun opening its clause (not
# "melampaui target", a result; not a target of a period that is over, nor one already met).
_TARGET_IS = re.compile(
    # (after a conjunction, "tapi target tetap 17 juta", or the scope it is set for, "Untuk
    # wisatawan nusantara targetnya …")
    r"(?:^|[,;:]\s*|\b(?:[Jj]adi|[Mm]aka|[Aa]dapun|[Kk]arena\s+itu|[Tt]api|[Tt]etapi|[Nn]amun|[Ss]edangkan)\s+"
    r"|\b[Uu]ntuk\s+(?:[\w-]+\s+){1,4}?)"
    r"(?:(?:[Ss]alah\s+satu|[Mm]inimal|[Mm]aksimal|[Pp]aling\s+tidak|[Ss]etidaknya)\s+)?"
    r"(?P<cue>(?i:target|sasaran)(?:nya)?)\b"
    r"(?![^.;]{0,120}?\b(?:lalu|tercapai|terlampaui|dilampaui|terpenuhi|meleset|gagal|sebelumnya)\b)"
    r"(?=[^.;,]{0,100}?(?:\b(?:adalah|ialah|yakni|yaitu|sebesar|mencapai|menembus|tidak\s+ada|tetap\s+\d[\d.,]*)\b"
    r"|\b\d[\d.,]*\s*(?:persen\b|%)|\bselesai\b))"
)
# "Peraturan bupati ini akan menjadi pedoman seluruh dinas …": a rule or a document that will govern
# what others do (its subject a document: "hasil survei akan menjadi acuan" is a use foreseen).
_GOVERNS = re.compile(
    NOT_NEGATED + r"\b(?:akan|bakal)\s+(?:(?:segera|juga|pun|nantinya|kemudian|selanjutnya)\s+)*"
    r"(?:men)?jadi\s+(?:(?:sebuah|salah\s+satu)\s+)?(?:pedoman|acuan|panduan|landasan|payung\s+hukum"
    r"|rujukan|pegangan|petunjuk|dasar\s+hukum)\b"
    # English: "The regulation will serve as a guideline for …"
    r"|\b(?:will|shall)\s+(?:also\s+)?(?:serve|act)\s+as\s+(?:a|the)\s+(?:\w+\s+)?(?:guideline|guide|basis"
    r"|reference|legal\s+basis|framework)s?\b",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"\b(?:KMA|KMK|KMP|PMK|PMA|Perpres|Keppres|Inpres|Permen\w*|Kepmen\w*|Perda|Perbup|Perwal|Pergub|Perwali"
    r"|Perkada|Qanun|SE|SK|SOP|UU|PP|Juknis|Juklak|peraturan|keputusan|surat\s+edaran|edaran|regulasi|aturan"
    r"|undang-undang|pedoman|petunjuk\s+teknis|instruksi|kesepakatan|nota\s+kesepahaman|MoU|peta\s+jalan"
    r"|regulation|decree|circular|guideline|law|bylaw|agreement|memorandum|roadmap"
    # (what a meeting agreed or an office issued: "Kamus usulan itu akan menjadi pedoman …", "The
    # instruction signed on Friday will serve as a legal basis …")
    r"|usulan|dokumen|instruction|directive|document)\b",
    re.IGNORECASE,
)
# "Budi mendesak polisi menuntaskan kasus itu", "menyarankan agar warga membawa …": a demand or
# advice to the ones named, then their act ("kebutuhan yang mendesak", "sangat mendesak untuk
# dilakukan" are urgency, an adjective).
_DEMAND = re.compile(
    r"(?<!\byang\s)(?<!\bsangat\s)(?<!\bsemakin\s)(?<!\bmakin\s)(?<!\bpaling\s)(?<!\blebih\s)(?<!\bcukup\s)"
    r"(?<!\bkian\s)(?<!\bamat\s)(?<!\bbegitu\s)(?<!\btidak\s)(?<!\bterlalu\s)"
    # (appeals too: "mengimbau jamaah tidak bepergian sendiri"; a warning, "mewanti-wanti untuk
    # tidak …"; and "meminta diaspora membantu …", a request to a class of people named by a
    # common noun, whereas a request to a body named by its name needs its "untuk"/"agar")
    r"\b(?:mendesak|menyarankan|menganjurkan|mengimbau|menghimbau|mewanti-wanti"
    r"|meminta(?=\s+(?:kepada\s+)?(?!(?:waktu|izin|maaf)\b)(?-i:[a-z])))\b"
    r"(?=\s*,?\s+(?:agar|supaya)\s|(?<=wanti)\s+untuk\s"
    # the addressee (one to six words, none a verb) and the act asked of them, a prefixed verb
    r"|\s+(?:kepada\s+)?(?!(?:untuk|agar|supaya|dan|atau|karena|bahwa|pada|di|ke|dari|maaf)\b)"
    # (nouns that only look prefixed, "diaspora", "dinas", are addressees; "be-" is the prefix
    # of "bekerja", "belajar", "bepergian", "beternak")
    r"(?:(?!(?:me|ber|ter)[a-z]{3,}\b|di(?!(?:aspora|nas|rektur|plomat|rut)\w*\b)[a-z]{3,}\b)[\w().-]+\s+){1,6}?"
    r"(?:(?:untuk|agar|supaya|segera|dapat|bisa|tetap|sebaiknya)\s+)*"
    # ("meminta kenaikan upah menjadi prioritas" asks for a thing to be so, not for an act; after
    # "tidak"/"jangan" any verb is the act forbidden: "jangan dulu keluar rumah")
    r"(?-i:(?:tidak|jangan)\s+(?:dulu\s+)?[a-z]{3,}|(?!(?:menjadi|merupakan)\b)(?:me|ber)[a-z]{3,}"
    r"|bekerja|belajar|bepergian|beternak)\b)",
    re.IGNORECASE,
)
# "Dia memastikan, mulai tahun depan tidak ada lagi sekolah yang rusak": an assurance that something
# will be no more, from a time to come (an assurance without one, "memastikan tidak ada lagi korban",
# is a finding).
_NO_MORE = re.compile(
    r"\bmemastikan\b,?\s+(?:bahwa\s+)?(?=[^.;]{0,80}?\b(?:tidak|tak)\s+(?:akan\s+)?ada\s+lagi\b)"
    r"(?=[^.;]{0,120}?\b(?:ke\s+depan(?:nya)?|tahun\s+depan|(?:pada|mulai|hingga|sampai)\s+(?:tahun|akhir)"
    r"|(?:pada|mulai|hingga|sampai)\s+20\d\d)\b)",
    re.IGNORECASE,
)
# "Bendungan itu akan rampung pada 2027", "ada lima pasar baru yang akan selesai tahun depan": a
# project's completion with the year it is due is its builder's schedule (a forecast of it,
# "memperkirakan … akan selesai", is left to the belief rule).
_COMPLETION = re.compile(
    NOT_NEGATED + r"\b(?:akan|bakal)\s+(?:(?:segera|sudah|bisa|dapat)\s+)?"
    r"(?:rampung|selesai|tuntas|beroperasi|dioperasikan)\b",
    re.IGNORECASE,
)
# (a month may stand before the year: "pada Februari 2027", "akhir Desember 2026")
_COMPLETION_TIME = re.compile(
    r"\b(?:(?:pada|di|tahun|hingga|sebelum|akhir|awal|pertengahan)\s+(?:(?:akhir|awal|pertengahan)\s+)?"
    rf"(?:tahun\s+)?(?:(?:{MONTH_RE})\s+)?20\d\d|(?:tahun|bulan)\s+(?:depan|mendatang))\b",
    re.IGNORECASE,
)
# What is built and completed: a project, not a term of office or a pandemic ("masa jabatannya
# akan selesai pada 2027" ends; "pandemi akan selesai tahun depan" is a forecast).
_PROJECT = re.compile(
    r"\b(?:pembangunan|proyek|bendungan|waduk|embung|irigasi|jalan|tol|jembatan|gedung|pasar|rumah\s+sakit|RSUD"
    r"|sekolah|bandara|pelabuhan|stasiun|terminal|jalur|rel|renovasi|rehabilitasi|revitalisasi|perbaikan"
    r"|konstruksi|infrastruktur|pekerjaan|pengerjaan|fasilitas|kantor|masjid|pabrik|smelter|kilang|pembangkit"
    r"|PLT[A-Z]+|rusun|perumahan|saluran|tanggul|drainase|kawasan|dermaga|puskesmas|stadion|asrama|jaringan"
    r"|bendung|kereta|LRT|MRT)\b",
    re.IGNORECASE,
)
# "Kepala dinas menjamin pasokan tetap disalurkan", "meyakinkan, kementerian tetap bekerja keras …":
# an assurance that an act goes on (the synonyms of "memastikan … terus", read by step_cues).
_GUARANTEED = re.compile(
    r"\b(?:menjamin|meyakinkan)\b,?\s+(?:bahwa\s+)?(?:[\w()-]+\s+){0,6}?(?:terus|tetap|akan\s+terus)\s+"
    r"(?:(?:me|ber|di)[a-z]{3,}|bekerja)\b",
    re.IGNORECASE,
)
# "Budi bilang fokus utamanya ialah membenahi pasar desa", "Prioritas kami adalah membenahi …":
# the focus or the priority someone declares, an act.
_FOCUS_IS = re.compile(
    r"\b(?:fokus|prioritas)(?:nya|\s+(?:utama|kami|kita|pihaknya|saya))*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:adalah|ialah|yakni|yaitu)\s+(?:me|ber)[a-z]{3,}\b",
    re.IGNORECASE,
)
# "Tahun depan, Kemenparekraf fokus meningkatkan kunjungan …": an acting subject that will focus on
# an act, with a time still to come (a weak cue: "Fokus pembahasan adalah …" names no one).
_NEXT_PERIOD = r"\b(?:(?:tahun|bulan|pekan|minggu|semester)\s+(?:depan|mendatang)|ke\s+depan)\b"
_FOCUSES_ON = re.compile(
    _NEXT_PERIOD + r"[^.;]{0,80}?\b(?P<cue>fokus)\s+(?:pada\s+|untuk\s+)?(?-i:(?:me|ber)[a-z]{3,})\b"
    r"|\bfokus\s+(?:pada\s+|untuk\s+)?(?-i:(?:me|ber)[a-z]{3,})\b(?=[^.;]{0,120}?" + _NEXT_PERIOD + ")",
    re.IGNORECASE,
)
# "The ministry is focusing on building clinics in Papua": a body's present focus is its programme.
_FOCUSING_EN = re.compile(r"\b(?:is|are|will\s+be)\s+(?:now\s+|also\s+|currently\s+)?focus(?:s)?ing\s+on\b")
# "The agency promised to continue searching …": a promise of an act.
_PROMISED = re.compile(r"\bpromis(?:e|es|ed|ing)\s+to\s+(?!be\b)[a-z]{2,}", re.IGNORECASE)

# "Target itu meningkat dari …", "Target 75 persen itu masuk akal": a target named again (a
# demonstrative before what is said of it) is judged or compared, not set ("target tahun ini" is
# the period of the target).
_NAMED_AGAIN = re.compile(
    r"(?<!\btahun\s)(?<!\bbulan\s)(?<!\bsemester\s)(?<!\bpekan\s)(?<!\bminggu\s)(?<!\bperiode\s)(?<!\bkali\s)"
    r"\b(?:itu|ini|tersebut)\b",
    re.IGNORECASE,
)


_PREDICATE = re.compile(
    r"\b(?:adalah|ialah|yakni|yaitu|mencapai|menembus|bisa|dapat|harus|tidak\s+ada)\b|[.;,]", re.IGNORECASE
)


def _target_cues(text: str) -> list[tuple[int, str]]:
    found = []
    for m in _TARGET_IS.finditer(text):
        predicate = _PREDICATE.search(text, m.end())
        if not _NAMED_AGAIN.search(text, m.end(), predicate.start() if predicate else len(text)):
            found.append((m.start("cue"), "plain"))
    return found


# "Indonesia must raise 500 trillion rupiah in taxes for the 2027 budget", "the new chief must boost
# revenues to meet the target": an obligation with its figure or its target is a target to reach
# (advice, "farmers must adapt", has neither).
_MUST_REACH = re.compile(
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:also\s+|still\s+)?(?:raise|boost|increase|collect|cut|reduce"
    r"|reach|meet|achieve|lower|double|triple|hit|halve|grow)\b"
    r"(?=[^.;]{0,120}?(?:\d|\btargets?\b))",
    re.IGNORECASE,
)
# "Pertemuan kedua menlu juga akan membahas kerja sama …", "Rapat itu akan membicarakan …", "The
# talks will focus on …", "Akan ada pembahasan mengenai …": the agenda of a meeting still to
# come is its plan (not what the meeting will bring about: "pertemuan itu akan meningkatkan …").
_AGENDA = re.compile(
    r"\b(?:pertemuan|rapat|sidang|perundingan|negosiasi|dialog|konferensi|forum|ktt|kunjungan"
    r"|meeting|talks|summit|conference|visit)\b[^.;,]{0,60}?"
    r"\b(?P<cue>(?:akan|bakal|will)\s+(?:(?:juga|turut|pun|also)\s+)?(?:membahas|membicarakan|mendiskusikan"
    r"|menyepakati|discuss|cover|address|focus\s+on|be\s+focused\s+on))\b"
    # ("Selain itu, akan ada pembahasan mengenai …")
    r"|(?<![\w-])(?P<there>[Aa]kan\s+ada\s+(?:juga\s+)?pembahasan)\b",
    re.IGNORECASE,
)


# (words one of which the cue needs, the cue, its kind)
_FAMILIES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("desak", "yaran", "anjur", "imbau", "wanti", "minta"), _DEMAND, "request"),
    (("memastikan",), _NO_MORE, "plain"),
    (("promis",), _PROMISED, "strong"),
    (("must", "has to", "have to", "need"), _MUST_REACH, "plain"),
    (("focusing", "focussing"), _FOCUSING_EN, "weak"),
    (("menjamin", "meyakinkan"), _GUARANTEED, "plain"),
    (("fokus", "prioritas"), _FOCUS_IS, "plain"),
    (("bahas", "bicara", "diskusi", "sepakat", "discuss", "cover", "address", "focus"), _AGENDA, "plain"),
    (("target",), TARGET_EN, "plain"),
    (("fokus",), _FOCUSES_ON, "weak"),
)
# The words of every family: a sentence with none of them has none of these cues.
_GOVERNS_WORDS = (
    "pedoman",
    "acuan",
    "panduan",
    "landasan",
    "payung",
    "rujukan",
    "pegangan",
    "petunjuk",
    "dasar hukum",
    "serve",
    "act as",
)
WORDS = (
    "target",
    "sasaran",
    "rampung",
    "selesai",
    "tuntas",
    "operasi",
    *(word for needed, _, _ in _FAMILIES for word in needed),
    *_GOVERNS_WORDS,
)


def reported_cues(text: str, low: str) -> list[tuple[int, str]]:
    """The reported-step cues of ``text`` (``low`` is its lower case), each at its start, with its kind."""
    found = _target_cues(text) if "target" in low or "sasaran" in low else []
    for needed, pattern, kind in _FAMILIES:
        if any(map(low.__contains__, needed)):
            found += [
                (m.start("cue") if "cue" in pattern.groupindex and m.group("cue") else m.start(), kind)
                for m in pattern.finditer(text)
            ]
    if (
        "rampung" in low or "selesai" in low or "tuntas" in low or "operasi" in low
    ) and _COMPLETION_TIME.search(text):
        found += [
            (m.start(), "plain")
            for m in _COMPLETION.finditer(text)
            if _PROJECT.search(text, max(0, m.start() - 80), m.start())
        ]
    if any(word in low for word in _GOVERNS_WORDS):
        found += [
            (m.start(), "plain") for m in _GOVERNS.finditer(text) if _DOCUMENT.search(text, 0, m.start())
        ]
    return found


def has_reported_words(low: str) -> bool:
    """Whether the lower-cased sentence holds a word that one of the reported-step cues needs."""
    return any(map(low.__contains__, WORDS))


_YANG = re.compile(r"\b(?:yang|who|which)\b", re.IGNORECASE)


def belief_set_apart(text: str, belief_end: int, cue_start: int, belief: re.Pattern[str]) -> bool:
    """``Kepada warga yang takut datang karena khawatir tertular, dinas akan …``: a fear or a belief
    in a relative clause on someone, closed by a comma before the cue, is theirs and governs nothing
    after it (unless another belief follows the comma)."""
    comma = text.rfind(",", belief_end, cue_start)
    if comma < 0 or belief.search(text, comma, cue_start):
        return False
    clause_start = max(text.rfind(",", 0, belief_end), text.rfind(";", 0, belief_end)) + 1
    return _YANG.search(text, clause_start, belief_end) is not None


# "Bisnisnya bakal jadi berkah", "Desa itu akan menjadi lebih ramai": what someone or something
# will become is an outcome foreseen, not an act (a focus, a guideline, a host's or a speaker's
# part are read as plans elsewhere or here).
_BECOMES = re.compile(
    r"(?:akan|bakal)\s+(?:(?:tetap|juga|pun|kembali|terus)\s+)*(?:men)?jadi\s+"
    r"(?!(?:fokus|prioritas|pedoman|acuan|panduan|landasan|payung|rujukan|pegangan|petunjuk|dasar|tuan\s+rumah"
    r"|narasumber|pembicara|pemateri|moderator|inspektur|pembina|pemandu|penyelenggara|peserta|sasaran"
    r"|target|agenda|program|bahan)\b)",
    re.IGNORECASE,
)
# "Mereka akan sibuk bekerja", "warga akan terbantu", "usaha itu bakal sukses": a state foreseen.
_STATE = re.compile(
    r"(?:akan|bakal)\s+(?:(?:lebih|makin|semakin|sangat|tetap|juga|pun|pasti|tentu)\s+)*(?:sibuk|aman|nyaman"
    r"|tenang|sejahtera|makmur|sukses|berhasil|gagal|rugi|untung|terbantu|terbantukan|kesulitan|kewalahan|puas"
    r"|sehat|maju|berkembang|meningkat|menurun)\b",
    re.IGNORECASE,
)
# "Dari 12 undangan yang dijadwalkan datang, hanya 4 yang muncul": a tally of those once scheduled.
_TALLY = re.compile(r"^Dari\s+(?:total\s+)?\d[\d.,]*\s+[^,;]{0,60}?\byang\s+(?:\w+\s+)?$", re.IGNORECASE)
# "hasilnya melampaui yang ditargetkan", "lebih cepat dari yang dijadwalkan": a result
# compared with its plan.
_BEYOND_PLAN = re.compile(
    r"\b(?:melebihi|melampaui|melewati|dari|daripada|ketimbang)\s+(?:dari\s+)?(?:apa\s+)?yang\s+$",
    re.IGNORECASE,
)


def outcome_not_plan(text: str, start: int) -> bool:
    """Whether the cue at ``start`` tells an outcome rather than a plan: what will be become, a state
    foreseen, a tally of those once scheduled, a result set against its target."""
    before = text[max(0, start - 120) : start]
    if _BECOMES.match(text, start) or _STATE.match(text, start):
        return True
    return bool(_TALLY.search(text, 0, start) or _BEYOND_PLAN.search(before))


def is_question(text: str) -> bool:
    """``Kalau begitu, bisa tidak besok selesai?``: a question asks, it states no plan."""
    return text.rstrip(" \"'”’),").endswith("?")
