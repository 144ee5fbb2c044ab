"""The cues of a plan in a sentence: the words and patterns that may make it a next step, each
with its kind (``strong``, ``weak``, ``request``, ``must`` …) for the rules of ``step_rules``."""

from __future__ import annotations

import functools
import re

from briefgen.extract.lexicon import MONTH_RE, NOT_NEGATED, words
from briefgen.extract.patterns import Scan, Words, may_hold, scan, words_of
from briefgen.extract.step_english import (
    AIMS_EN,
    ASKED_FOR,
    CAN,
    CAUSED,
    EVENT_EN,
    MODAL,
    MUST_EN,
    PLAN_OF,
    REQUEST_EN,
    WISH_EN,
)
from briefgen.extract.step_gate import CUE_WORD_STARTS as _CUE_WORD_STARTS
from briefgen.extract.step_reported import has_reported_words, reported_cues
from briefgen.extract.step_requests import ADDRESSEE_THEN_ACT, OURS_ASK, REQUEST, SAID_SO_THAT, TOLD_TO
from briefgen.extract.step_speech import speech_cues

# Markers that make a sentence a plan by themselves.
_STRONG = re.compile(
    r"\b(?:(?:ber)?sepakat|menyepakati|disepakati|kesepakatan\s+untuk|berencana|merencanakan"
    r"|direncanakan|rencananya|rencana\s+aksi|menindaklanjuti|ditindaklanjuti|tindak\s+lanjut(?:i|nya)?"
    r"|berkomitmen|komitmen(?:nya)?\s+untuk|berjanji|bertekad|guna\s+memastikan|dijadwalkan|menjadwalkan"
    # ("pasar itu ditarget rampung Desember": the spoken passive without -kan)
    # ("mentargetkan", the common spelling with the t kept)
    r"|menargetkan|mentargetkan|ditarget(?:kan)?|targetkan|ditugaskan|penugasan|tindaklanjuti"
    # The rest of the families: agreeing to an act ("setuju untuk", "bermufakat"), willing or able
    # to ("bersedia", "sanggup"), putting on the agenda or the programme ("mengagendakan",
    # "diprogramkan"), setting or chasing a target ("mematok target", "mengejar target", "target
    # kami", "dengan target 100 …", "untuk mencapai target …").
    r"|setuju\s+untuk|menyetujui\s+untuk|(?:ber)?mufakat\s+untuk|bersedia\s+(?:untuk\s+)?(?:me|ber)\w+"
    # ("Kami sudah sepakati anggarannya": the speaker's side agreed; "Pemkot bersama DPRD menyetujui
    # Perubahan KUA", "menyetujui rancangan anggaran": a plan or a budget approved)
    # (not a relative clause on what was agreed before: "rencana yang telah kita sepakati")
    r"|(?<!\byang\s)(?<!\btelah\s)(?<!\bsudah\s)(?:kami|kita)\s+(?:(?:sudah|telah|juga)\s+)?sepakati"
    r"|(?:menyetujui|disetujui)\s+(?:(?:[\w-]+\s+){0,2}?)(?:perubahan|rancangan|raperda|kua|ppas|apbd|anggaran|usulan"
    r"|rencana|program|pembentukan|pembangunan|penambahan|pengadaan|alokasi)"
    r"|sanggup\s+(?:untuk\s+)?(?:me|ber)\w+|(?:meng|di)agendakan|(?:mem|di)programkan"
    r"|(?:mematok|dipatok|membidik|dibidik|mengejar|memasang|mencanangkan|memberi(?:kan)?|menetapkan)\s+target"
    # ("kami tengah membidik penyelesaian perjanjian …": aiming at an outcome is a target)
    r"|(?:membidik|mengincar)\s+(?:\w+\s+){0,2}?pe[a-z]{3,}an"
    # ("pemerintah daerah memprioritaskan jalan …", "ia mengejar penyelesaian perjanjian …": a body's
    # priority, or the completion it is pressing for, is its plan)
    r"|memprioritaskan|(?:mengejar|mengebut)\s+penyelesaian"
    # ("tenaga kesehatan mendapatkan tugas yang sama untuk menggenjot vaksinasi": a task received)
    r"|(?:mendapat(?:kan)?|menerima|diberi(?:kan)?)\s+tugas\s+(?:[\w-]+\s+){0,3}?untuk\s+(?:me|ber)[a-z]{3,}"
    r"|target\s+(?:kita|kami|saya|pihaknya)\b|dengan\s+target\s+\d+"
    # ("… menjadi andalan untuk mencapai target pertumbuhan": a target reached for with no figure
    # or time of its own is the purpose of something, not a target set)
    r"|(?:untuk|guna|demi)\s+mencapai\s+target\b(?=(?:\s+[^\s.;,]+){0,5}?\s+(?:\d|(?:tahun|bulan|semester)\s+(?:ini|depan)\b))"
    # A measure someone deems necessary: "menilai perlu pembatasan …", "memandang perlu adanya …".
    r"|(?:menilai|memandang|merasa|menganggap)\s+(?:masih\s+)?perlu(?:nya)?\b"
    # (readiness to receive, "siap menerima vaksin", "siap divaksin", is no act of one's own)
    r"|siap\s+(?:untuk\s+)?(?!(?:menerima|mendapat\w*|memperoleh|divaksin|disuntik|diperiksa)\b)(?:me|ber|di)\w+"
    # A party's declared readiness, proposal, offer or support: "menyatakan kesiapannya membantu",
    # "mengusulkan pembentukan forum", "menawarkan agar …", "menyampaikan dukungannya terhadap …".
    # ("meninjau kesiapan menghadapi mudik" is an inspection: readiness counts when declared)
    r"|(?:menyatakan|menyampaikan|menegaskan|mengungkapkan)\s+kesiapan(?:nya)?|kesiapannya\s+(?:untuk\s+)?(?:me|ber)\w+"
    r"|mengusulkan|diusulkan|menawarkan\s+(?:agar|untuk|supaya)"
    r"|(?:menyatakan|menyampaikan|menegaskan)\s+dukungan(?:nya)?|mendukung\s+penuh"
    # Something being prepared: "kami sedang menyusun peraturan …", "tengah mempersiapkan …".
    # ("Wali kota mengatakan terus menyiapkan dana cadangan itu": preparations that go on)
    r"|(?:sedang|tengah|terus)\s+(?:mem)?(?:persiapkan|siapkan|menyiapkan|menyusun|merancang|menggodok|membahas"
    r"|mengkaji|menjajaki|merumuskan"
    r"|mematangkan|memfinalisasi|merampungkan)"
    # ("… yang tengah kami susun": the same, the speaker's side before the bare verb)
    r"|(?:sedang|tengah)\s+(?:kami|kita)\s+(?:susun|siapkan|persiapkan|rancang|godok|matangkan|rampungkan)"
    # "target panen semester ini ditetapkan 90 ton": a target set ("target … yang ditetapkan
    # pemerintah" names one set before).
    r"|target\s+(?:[^.;\s]+\s+){0,5}?(?<!\byang\s)ditetapkan)\b"
    # English: "agreed to", "plans to", "is set to", "reaffirmed commitment to", "is scheduled to"
    r"|\b(?:agree(?:d|s|ing)?\s+(?:to|on|upon)|plan(?:s|ned|ning)\s+to|(?:we|I|they)\s+(?:also\s+|still\s+)?plan\s+to"
    r"|(?:is|are|was|were)\s+(?:(?:also|still|now)\s+)?set\s+to"
    # ("is also scheduled to meet", "are now set to sign": an adverb between the verb and the plan)
    r"|(?:is|are|was|were)\s+(?:(?:also|still|now|tentatively)\s+)?scheduled\s+(?:to|for|in|on|at|from|between|throughout)"
    r"|(?:has|have|had)\s+(?:also\s+)?(?:been\s+)?(?:scheduled|planned)|\bscheduled\s+(?:a|an)\s+(?:list|series|number)"
    r"|commit(?:s|ted)?\s+to|commitment\s+to"
    # ("Our target is to finish the road by December", "We are preparing the regulation")
    r"|(?:our|my|the|its|their)\s+(?:main\s+|next\s+)?target\s+is\s+to\s+[a-z]{3,}"
    r"|(?:is|are|am)\s+(?:currently\s+|now\s+|still\s+)?(?:preparing|drafting|finali[sz]ing|formulating)(?!\s+for\b)"
    # ("The government is making preparations to build four data centres")
    r"|(?:is|are)\s+(?:also\s+|currently\s+|now\s+)?making\s+preparations\s+(?:to|for)"
    # ("have pledged their support for the programme": support pledged is a commitment)
    r"|pledge[sd]?\s+(?:(?:its|their|his|her|our|full|continued|strong)\s+)*(?:to|support)|vow(?:s|ed)?\s+to|intends?\s+to|(?:is|are)\s+targeting|targets\s+(?:the|a|an|to)"
    r"|(?:is|are|was|were)\s+willing\s+to|(?:is|are|was|were)\s+to\s+be\s+[a-z]+(?:ed|en|lt|ld|wn|un)"
    r"|set\s+(?:a|an|the|its)\s+(?:[^.;\s]+\s+){0,6}?target"
    # "has set a target to draw three million tourists", "a ministry target to raise exports",
    # "targeted the arrival of two million …": a target to reach (not one missed or met: "missed
    # its target to …")
    r"|(?:has|have|had)\s+(?:also\s+)?set\s+(?:[^.;\s]+\s+){0,2}?targets?\s+(?:to|of|for)"
    r"|(?<!\bmissed\s)(?<!\bmet\s)(?<!\bmeet\s)(?<!\bexceeded\s)(?<!\breached\s)(?<!\bsurpassed\s)"
    r"(?:(?:a|an|the|its|our|their|government|ministry)\s+)target\s+to\s+(?:increase|raise|reach|attract|welcome"
    r"|achieve|reduce|cut|lower|boost|grow|bring|double|triple)"
    r"|targeted\s+(?:the\s+)?(?:visits?|arrivals?|number|growth|revenue|sales|exports?|investments?|\d)"
    r")\b",
    re.IGNORECASE,
)
# "menyampaikan rencana untuk membuka kembali kedutaan", "membahas rencana kunjungan Menlu ke
# Jakarta akhir Mei ini": a plan named as a noun, with its purpose or its time ("sesuai rencana",
# "rencana awal" look back instead).
_PLAN_NOUN = re.compile(
    # ("rencana kerja", "rencana strategis", "rencana induk", "rencana tata ruang": the name of a
    # planning document, not a plan told)
    rf"(?<!\bsesuai\s)\brencana\s+(?!awal\b(?!\s+(?i:{MONTH_RE})\b)|semula\b|aksi\b|kerja\b|strategis\b|induk\b|tata\b)",
    re.IGNORECASE,
)
# "sudah memperoleh dana untuk merehabilitasi tiga puskesmas", "menyiapkan anggaran Rp 2 miliar
# untuk merehabilitasi …": money set aside for an act still to be done (an act, not a noun:
# "menganggarkan Rp 40 miliar untuk perbaikan irigasi" tells the budget, not the step).
_FUNDED_FOR = re.compile(
    r"\b(?:(?:mendapat(?:kan)?|dapat|memperoleh|mengalokasikan|menyiapkan|menyediakan|disiapkan|dialokasikan)\s+"
    r"(?:dana|anggaran)(?:nya)?|menganggarkan|dianggarkan)\s+(?:(?:sebesar|senilai|sekitar)\s+)?"
    r"(?:Rp\s?[\d.,]+\s+(?:\w+\s+)?)?"
    r"untuk\s+(?:(?:kembali|segera|mulai)\s+)?(?P<act>(?:me|ber)[a-z]{3,})\b",
    re.IGNORECASE,
)
# "Untuk merealisasikan program itu, pemerintah mengalokasikan anggaran Rp 70 miliar", "the
# government has allocated Rp 71 trillion to serve 15 million people": money set aside for an act
# still to be done, the purpose told first or, in English, after the sum.
_FUNDED_AFTER = re.compile(
    r"^(?:Untuk|Guna|Demi)\s+(?:me|ber)[a-z]{3,}\b[^.;]{0,150}?,\s+[^.;]{0,80}?\b"
    r"(?P<at>mengalokasikan|menyiapkan|menyediakan|menganggarkan|menggelontorkan)\s+(?:dana|anggaran)\b"
    r"|\b(?P<en>allocated|earmarked|set\s+aside|budgeted)\s+(?:(?:a\s+)?(?:budget|funds?)\s+(?:of\s+)?)?"
    r"(?:Rp|IDR|US\$|\$)\s?[\d.,]+(?:\s+(?:trillion|billion|million))?(?:\s+\([^)]{0,40}\))?"
    r"\s+(?:to\s+(?!be\b)[a-z]{3,}|for\s+(?:the\s+)?[a-z]{3,})",
    re.IGNORECASE,
)
_OURS_PLANNED_WORDS = ("rencanakan", "jadwalkan", "agendakan", "programkan", "anggarkan")
_YEAR_NAMED = re.compile(r"\btahun\s+20\d\d\b", re.IGNORECASE)
_FUNDED_WORDS = ("anggar", "dana", "allocated", "earmarked", "aside", "budgeted")
# "Kami rencanakan dua pasar baru", "2018, kita rencanakan ada 134 jembatan": the speaker's side
# before the bare verb of a plan, a plan by itself (not one told as made: "yang sudah kita
# rencanakan").
_OURS_PLANNED = re.compile(
    r"(?<!\bsudah\s)(?<!\btelah\s)(?<!\bpernah\s)(?<!\byang\s)(?<!\bsebagaimana\s)"
    # (nor one made before: "Kami sudah rencanakan sebelumnya …")
    r"\b(?:kami|kita)\s+(?:(?:juga|tetap|terus|pun|akan)\s+)?(?P<verb>rencanakan|jadwalkan|agendakan|programkan|anggarkan)\b"
    r"(?!\s+sebelumnya\b)",
    re.IGNORECASE,
)
# "masih dalam proses pembahasan", "detailnya masih dikaji", "discussions are ongoing to raise the
# budget", "the bill is still under review": a matter still being worked out, a decision awaited.
_UNDER_STUDY = re.compile(
    r"\b(?:masih|sedang|tengah)\s+(?:dalam\s+)?(?:(?:proses|tahap)\s+)?(?:pembahasan|perencanaan|pengkajian"
    r"|kajian|penyusunan|finalisasi|pematangan|perumusan|dibahas|dikaji|digodok|dirumuskan|dimatangkan"
    r"|difinalisasi|disusun|direncanakan)\b"
    r"|\b(?:discussions?|talks|deliberations?)\s+(?:are|is)\s+(?:still\s+)?(?:ongoing|under\s*way|continuing)\b"
    r"|\b(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?under\s+(?:discussion|review|study|consideration)\b"
    # ("The technical details are still being drafted by the ministry")
    r"|\b(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?being\s+(?:drafted|prepared|discussed|finali[sz]ed|studied"
    r"|reviewed|formulated|worked\s+out)\b",
    re.IGNORECASE,
)
# "Monday, August 10, there will be a video conference with the regions": an event announced.
_THERE_WILL_BE = re.compile(
    r"\bthere\s+will\s+(?:also\s+)?be\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|conference|hearing"
    r"|ceremony|session|briefing|visit|summit|forum|launch|exhibition|festival|training|evaluation|inspection"
    r"|consultation|dialogue)s?\b",
    re.IGNORECASE,
)
# "Maksimal akhir tahun sudah bisa digunakan", "paling lambat Maret harus sudah selesai": a deadline
# told first, then what is to be done by it (not one gone by: "akhir tahun lalu").
_DEADLINE_DONE = re.compile(
    rf"\b(?:maksimal|paling\s+lambat|selambat-lambatnya)\s+(?:pada\s+)?(?:(?:akhir|awal|pertengahan)\s+)?"
    rf"(?:tahun|bulan|pekan|minggu|(?i:{MONTH_RE})|\d{{1,2}}\s+(?i:{MONTH_RE})|20\d\d)\b(?!\s+(?:\w+\s+)?lalu\b)"
    r"[^.;]{0,60}?\b(?:sudah|harus|bisa|dapat|akan|ditargetkan)\s+(?:(?:bisa|dapat|sudah)\s+)?"
    r"(?:di[a-z]{3,}|selesai|rampung|tuntas|beroperasi|berfungsi)\b"
    # ("sudah dihitung bisa selesai sampai maksimal pertengahan Desember": the deadline after the act)
    r"|\b(?:bisa|dapat|akan|harus|ditargetkan)\s+(?:sudah\s+)?(?:selesai|rampung|tuntas|beroperasi)\s+"
    r"(?:sampai|hingga|paling\s+lambat|sebelum)\s+(?:maksimal\s+)?(?:(?:akhir|awal|pertengahan)\s+)?"
    rf"(?:{MONTH_RE}|tahun|bulan|20\d\d)\b(?!\s+(?:\w+\s+)?lalu\b)",
    re.IGNORECASE,
)
# "mengatakan target pembangunan 66 rumah sakit", "target penjualan 5.000 unit": a target named by
# the act it counts and its figure (one exceeded or met is a result: "melampaui target …").
_TARGET_COUNT = re.compile(
    r"(?<!\bmelampaui\s)(?<!\bmelebihi\s)(?<!\bmencapai\s)(?<!\bmemenuhi\s)(?<!\bdari\s)(?<!\bsesuai\s)"
    r"\btarget\s+pe[a-z]{3,}an\s+(?:(?:sebanyak|sebesar|sekitar)\s+)?\d"
    r"(?![^;]{0,60}?\b(?:tercapai|terpenuhi|terlampaui|dicapai|lalu)\b)",
    re.IGNORECASE,
)
# "Pemkot menyiapkan 40 posko kesehatan selama libur Lebaran": what is readied for a holiday
# season is a plan for it.
_READIED_FOR = re.compile(
    # (by a government or the speaker's side: "Pedagang menyiapkan stok …" is trade, not a plan)
    r"\b(?:pihaknya|kami|kita|pemerintah(?:\s+\w+)?|pemkab|pemkot|pemprov|pemda|dinas(?:\s+\w+)?|kementerian(?:\s+\w+)?"
    r"|polres|polda|bpbd|satgas|posko)\s+(?:(?:juga|telah|sudah|pun|akan)\s+)?"
    r"(?:menyiapkan|mempersiapkan|menyediakan|menyiagakan|mengerahkan|disiapkan|disiagakan|dikerahkan)\b"
    r"[^.;]{0,80}?\b(?:selama|menjelang|jelang|untuk)\s+(?:(?:libur(?:an)?|arus|masa|perayaan|musim)\s+)*"
    r"(?:lebaran|idul\s*fitri|idulfitri|natal|tahun\s+baru|nataru|mudik|ramadan|ramadhan)\b",
    re.IGNORECASE,
)
# ("Last year the ministry allocated …": a budget gone by)
_PAST_EN = re.compile(r"\b(?:last\s+(?:year|month|week)|previously|earlier|ago)\b", re.IGNORECASE)
# ("Tahun lalu dinas itu menyiapkan 20 posko selama libur Lebaran": a season gone by)
_BEFORE_NOW = re.compile(
    r"\b(?:(?:tahun|bulan|pekan|minggu)\s+lalu|kemarin|sebelumnya|dulu)\b", re.IGNORECASE
)
# "Andi memastikan pembangunan pelabuhan itu rampung tahun depan": an assurance with its time
# ahead (asked with SCHEDULE or DUE_BY after it, a time not told as past).
_ASSURANCE = re.compile(r"\bmemastikan\b", re.IGNORECASE)
# (an act or its completion is assured, not a state: "memastikan stok beras aman hingga …")
_ASSURED_ACT = re.compile(
    r"\b(?:(?!(?:diperkirakan|diprediksi|diharapkan)\b)di[a-z]{3,}|rampung|selesai|tuntas|beroperasi)\b",
    re.IGNORECASE,
)
_PAST_TIME_AFTER = re.compile(r"\S*(?:\s+\S+){0,3}?\s+(?:lalu|kemarin|silam)\b", re.IGNORECASE)
# "Nanti kami evaluasi setiap bulan": the speaker's side acts later, "nanti" right before "kami".
_LATER_WE = re.compile(
    r"\b(?P<at>nanti(?:nya)?)\s+(?:kami|kita)\s+(?!(?:akan|sudah|telah|juga|harus|bisa|dapat|tidak)\b)[a-z]{3,}",
    re.IGNORECASE,
)
# "Langkah berikutnya adalah menyusun peta jalan …", "Tahap selanjutnya yaitu …": the next step
# named as such.
_NEXT_STEP_NOUN = re.compile(
    r"\b(?:langkah|tahap|tahapan|agenda)\s+(?:berikutnya|selanjutnya|lanjutan|ke\s+depan)\s*,?\s*"
    r"(?:(?:adalah|yaitu|yakni|ialah)\s+)?(?:(?:kami|kita|pemerintah|pihaknya|tim)\s+(?:akan\s+)?)?"
    r"(?:me|ber|di)[a-z]{3,}",
    re.IGNORECASE,
)
# "Dinas Pariwisata menggelar Festival Teluk pada 20-22 Desember mendatang": an event the subject
# holds, on a day still to come ("mendatang", "depan").
_HOLDS_COMING = re.compile(
    r"\b(?:menggelar|menyelenggarakan|mengadakan|menghelat)\b[^.;]{0,80}?"
    r"\b(?:mendatang|(?:pekan|minggu|bulan|tahun)\s+depan)\b",
    re.IGNORECASE,
)
# "Ekspor nikel dibatasi mulai tahun depan": a measure that takes effect from a time to come.
_FROM_NEXT = re.compile(
    r"\b(?:(?!(?:diperkirakan|diprediksi|diproyeksikan|diharapkan|dinilai|dianggap|diyakini)\b)di[a-z]{3,}|berlaku)"
    r"\s+(?:(?:secara\s+)?[a-z]+\s+)?mulai\s+(?:(?:awal|akhir|pertengahan)\s+)?"
    r"(?:tahun|bulan|pekan|minggu|semester)\s+(?:depan|mendatang)\b",
    re.IGNORECASE,
)
# "rencana Australia membuka konsulat di Makassar", "rencana Pemkab Bogor membangun …": a plan
# with the one who holds it and its act needs no date.
_PLAN_BY = re.compile(r"\b[Rr]encana\s+(?:[A-Z][\w.-]*\s+){1,4}(?:untuk\s+)?(?:me|ber)[a-z]{3,}\b")
# ("Rencana Pemkab membangun pasar itu ditolak warga": a plan given up or carried out)
_PLAN_UNDONE = re.compile(
    r"\b(?:ditolak|dibatalkan|batal|gagal|terwujud|terealisasi|urung|dikritik|menuai|sudah\s+terlaksana)\b",
    re.IGNORECASE,
)
_PLAN_TIME = re.compile(
    r"\brencana\s+untuk\b|\bdalam\s+waktu\s+dekat\b|\b(?:akhir|awal|pertengahan)\s+\w+\s+ini\b",
    re.IGNORECASE,
)
# "KLH merupakan tindak lanjut dari pertemuan sebelumnya": what the present event follows up is
# background, not a step still to come.
_FOLLOWS_UP = re.compile(
    r"(?:merupakan|adalah|ini|itu|sebagai)\s+(?:(?:bentuk|sebuah|salah\s+satu)\s+)?$", re.IGNORECASE
)
# "Respons cepat itu menunjukkan adanya perhatian dan komitmen untuk …", "This visit demonstrates
# Japan's commitment to …": a commitment read into an act (or acknowledged) is no commitment declared.
_SHOWS = re.compile(
    r"\b(?:menunjukkan|mencerminkan|membuktikan|wujud|bukti|bentuk|shows?|showed|shown|demonstrat(?:es|ed|ing)"
    r"|reflect(?:s|ed|ing)?|prove[sd]?|underscore[sd]?|acknowledg(?:es|ed|ing)|sign|proof|evidence)\s+"
    r"(?:adanya\s+|of\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "penugasan pemerintah untuk menyerap gabah", "mendapat penugasan mengerjakan 150 bendungan",
# "keputusan penugasan itu menunggu rapat": an assignment is a plan when its task follows it or
# when it is given, received or awaited; "menandai dimulainya penugasan para duta besar" names a
# posting, a period of service, and "dalam setiap penugasan" any duty at all.
_TASK_AFTER = re.compile(
    # (a verb's meN- keeps its nasal before a stop: "mengerjakan", not "medis")
    r"(?:\s+[\w()/.-]+){0,3}?\s+(?:untuk|agar|supaya|kepada|bagi|(?:me(?![bcdfgjkpstz])|ber)[a-z]{3,})\b",
    re.IGNORECASE,
)
_TASK_GIVEN = re.compile(
    r"\b(?:mendapat(?:kan)?|memperoleh|menerima|memberi(?:kan)?|diberi(?:kan)?|keputusan|menunggu|sesuai"
    r"|implementasi|pelaksanaan|melaksanakan|menjalankan)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "Dalam rangka menindaklanjuti instruksi menteri, wali kota menerbitkan …": the purpose of an act
# already done.
# ("Menindaklanjuti keputusan itu, tim menggelar rapat perdana …", "Dinas menggelar rapat untuk
# menindaklanjuti …": the follow-up is the purpose of the act told; an act still to come is read
# by its own cue, "akan menggelar …")
_IN_ORDER_TO = re.compile(
    r"(?:dalam\s+rangka|guna|sebagai\s+upaya)\s+$|^\s*$"
    r"|\b(?:menggelar|mengadakan|melakukan|melaksanakan|menyelenggarakan)\b[^.;,]{0,120}?\buntuk\s+$",
    re.IGNORECASE,
)
# (the opening follow-up needs its clause closed by a comma: "Menindaklanjuti …, X …")
_OPENING_CLAUSE = re.compile(r"[^.;]{3,160}?,\s+\S")
# "diharapkan": a plan when it comes with a schedule ("diharapkan terbit sebelum akhir 2026"),
# a hope when it does not or when it hedges ("diharapkan mampu mendongkrak …").
_EXPECTED = re.compile(r"\bdiharapkan\b", re.IGNORECASE)
SCHEDULE = re.compile(
    rf"\b(?:pada|mulai|sebelum|hingga|sampai|paling\s+lambat|akhir|awal|pertengahan)\s+"
    rf"(?:(?:akhir|awal|pertengahan)\s+)?(?:(?i:{MONTH_RE})\b|tahun|bulan|pekan|minggu|semester|20\d\d\b)"
    rf"|\b(?i:{MONTH_RE})\s+20\d\d\b|\b(?:tahun|bulan|pekan|minggu|semester)\s+(?:depan|mendatang)\b",
    re.IGNORECASE,
)
# "sebelum Lebaran", "setelah Idul Fitri nanti", "H-7": a deadline set by a holiday or a count of
# days before it, as regional news sets road works and services (a date form SCHEDULE leaves out).
DUE_BY = re.compile(
    r"\b(?:sebelum|setelah|sesudah|usai|paling\s+lambat|selambat-lambatnya|hingga|sampai)\s+"
    r"(?:(?:hari\s+raya|perayaan|libur)\s+)?(?:H-\d+\s+)?"
    r"(?:lebaran|idul\s*fitri|idulfitri|idul\s*adha|iduladha|natal|nataru|tahun\s+(?:ajaran\s+)?baru|ramadan"
    r"|ramadhan|puasa)\b(?!\s+(?:\w+\s+)?(?:lalu|kemarin)\b)"
    r"|(?<![\w-])H-\d{1,2}\b(?!\s*(?:lalu|kemarin)\b)",
    re.IGNORECASE,
)
# "setelah lebaran nanti harus sudah selesai", "H-10, semua jalan … harus sudah dalam kondisi
# bagus": a state that must be reached by a deadline is a target (asked with DUE_BY or SCHEDULE).
_DUE_STATE = re.compile(
    NOT_NEGATED + r"\b(?:harus|wajib|mesti)\s+(?:sudah|telah)\s+(?:(?:bisa|dapat|benar-benar)\s+)?"
    r"(?:selesai|rampung|tuntas|siap|beres|mulus|terpasang|terbangun|beroperasi|berfungsi|dalam\s+kondisi"
    r"|(?:di|ter|me|ber)[a-z]{3,})\b",
    re.IGNORECASE,
)
# Inside a quotation, "Cobain diselesaikan, kalau bisa ya sebelum lebaran": a passive act with a
# holiday deadline (DUE_BY) is an order given or a step promised.
# (not a word of saying: "disampaikan sebelum Lebaran" tells when something was said)
_QUOTED_DUE_ACT = re.compile(
    r"\b(?!di(?:katakan|sampaikan|ungkapkan|jelaskan|tegaskan|sebut|sebutkan)\b)(?:di[a-z]{4,}|selesai|rampung|tuntas)\b"
    r"(?=[^.;]{0,60}?(?:" + DUE_BY.pattern + "))",
    re.IGNORECASE,
)
# Markers that need an actor as subject: "Dinas Koperasi akan menggelar …" is a plan,
# "pendekatan ini akan memperkuat …" is a prediction; "tidak akan" is neither.
_FUTURE = NOT_NEGATED + r"\b(?:akan|bakal|segera)"
_WEAK = re.compile(_FUTURE + r"\b", re.IGNORECASE)
_WEAK_LITERALS = ("akan", "bakal", "segera")  # every match of _WEAK holds one of these (issue 17)
# "Desa-desa pesisir akan menjadi sasaran pertama program …": what a body will concentrate on is its plan,
# whatever the grammatical subject.
_FOCUS = re.compile(
    NOT_NEGATED + r"\b(?:akan|bakal)\s+(?:(?:terus|tetap|juga)\s+)?(?:men)?jadi\s+(?:fokus|prioritas)\b",
    re.IGNORECASE,
)
# "terdapat tiga program yang menjadi fokus di APBD Perubahan tahun ini": a priority set for a period
# still running or to come (not one gone by: "tahun lalu").
_FOCUS_FOR = re.compile(
    NOT_NEGATED
    + r"\b(?:men)?jadi\s+(?:fokus|prioritas)\b(?=[^.;]{0,80}?\b(?:(?:tahun|bulan|semester)\s+(?:ini|depan)"
    r"|20\d\d)\b)(?![^.;]{0,80}?\blalu\b)",
    re.IGNORECASE,
)
# "Nanti akan segera rapat dua minggu lagi": a meeting still to be held, the bare noun as verb.
_MEETING_AHEAD = re.compile(
    NOT_NEGATED + r"\b(?:akan|bakal)\s+(?:(?:segera|kembali|lagi)\s+)?(?:rapat|rakor|bersidang)\b",
    re.IGNORECASE,
)
# "nanti ada rapat lagi", "masih menunggu keputusan rapat koordinasi": a decision still to be taken.
_PENDING = re.compile(
    r"(?<!kalau\s)(?<!jika\s)(?<!bila\s)(?<!apabila\s)\b(?:nanti|nantinya)\s+(?:akan\s+)?ada\b"
    r"|\bmenunggu\s+(?:\w+\s+){0,2}?(?:keputusan|hasil|rapat|rakor\w*|gelaran|persetujuan|arahan|kajian"
    r"|ratifikasi|pengesahan|izin|rekomendasi|terbitnya|penetapan\w*"
    # ("ditambal dulu sambil menunggu dana dari pusat": an interim step until the money comes)
    r"|dana|anggaran|pencairan"
    r"|pembahasan|sidang|penetapan)\b"
    # "masih menunggu tiga laporan desa yang belum dikirim": waiting on what is not done yet
    r"|\bmenunggu\b[^.;]{0,60}?\byang\s+belum\b",
    re.IGNORECASE,
)
# "tidak akan mentolerir pelanggaran", "tidak akan ragu menindak …", "We won't accept any proposal": a
# refusal, or a resolve not to waver, is a commitment too.
_REFUSAL = re.compile(
    r"\b(?:(?:tidak|tak)\s+akan|(?:will|would)\s+not|won['’]t)\s+(?:(?:pernah|lagi|ever)\s+)?"
    r"(?:menerima|mengizinkan|mengijinkan|membiarkan|mentolerir|menoleransi|mundur|berhenti|menyerah"
    # (with or without the prefix: "tidak akan beri toleransi")
    r"|(?:mem)?beri(?:kan)?\s+(?:izin|toleransi|ampun|ruang|celah|kelonggaran|dispensasi)"
    r"|ragu|segan|lemah|kompromi|berkompromi|tinggal\s+diam|accept|allow|tolerate|permit|back\s+down"
    r"|hesitate|compromise)\b",
    re.IGNORECASE,
)
# "Kepala dinas memastikan bantuan beras terus disalurkan", "memastikan pihaknya tetap membuka
# posko": an assurance that an action goes on.
_ASSURED = re.compile(
    r"\bmemastikan\b,?\s+(?:bahwa\s+)?(?:[\w()-]+\s+){0,6}?(?:terus|tetap|akan\s+terus)\s+(?:me|ber|di)[a-z]{3,}\b",
    re.IGNORECASE,
)
# "target penjualan benih 40 ton tahun ini": a target stated for a period to come.
_TARGET_FOR = re.compile(
    # ("melampaui target tahun ini" is a result)
    r"(?<!\bmelampaui\s)(?<!\bmelebihi\s)(?<!\bmencapai\s)(?<!\bdari\s)\btarget\b[^.;]{0,80}?"
    r"\b(?:(?:tahun|bulan|semester|triwulan|kuartal)\s+(?:ini|depan|mendatang)|pada\s+20\d\d)\b",
    re.IGNORECASE,
)
# "Tugas pertama kami adalah mendata …", "menetapkan dua kabupaten sebagai wilayah prioritas":
# the first task someone takes on, and a priority set for what comes.
_TASK = re.compile(
    r"\btugas\s+(?:pertama|utama)\w*\s+(?:[\w’'-]+\s+){0,3}?(?:adalah|ialah|yakni|yaitu)\s+(?:me|ber)[a-z]{3,}"
    r"|\b(?:menetapkan|ditetapkan)\b[^.;]{0,80}?\bsebagai\s+(?:\w+\s+)?prioritas\b",
    re.IGNORECASE,
)
# Inside a quotation: "besok ke Kendari lalu lusa ke Baubau", "Jadi Kamis jam 9 pagi": a schedule;
# "…, segera tutup", "Pastikan semua …": an order.
_QUOTED_SCHEDULE = re.compile(
    r"\b(?:besok|lusa)\b|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s+(?:depan\s+)?(?:jam|pukul)\s+\d"
    # "Maret rampung", "paling cepat Mei baru diresmikan": a month, then what is done by then
    rf"|\b(?:{MONTH_RE})\s+(?:(?:sudah|baru|bisa|harus|sudah\s+bisa)\s+)*(?:selesai|rampung|tuntas|beroperasi"
    r"|disahkan|diresmikan|diluncurkan|dibuka|dimulai|berlaku)\b",
    re.IGNORECASE,
)
# "Agar saling mengawasi kehadiran anggota": a quoted sentence that opens with "agar", the order it
# gives ("[saya minta] agar …").
_QUOTED_SO_THAT = re.compile(
    r"^(?:Agar|Supaya)\s+(?:(?:semua|seluruh|para|setiap)\s+\w+\s+)?(?:saling\s+|segera\s+)?(?:me|ber)[a-z]{3,}"
)
# Conjunctions and particles that end in "-kan" like an imperative ("Bahkan", "Sedangkan").
_NOT_IMPERATIVES = "Bahkan|Bukan|Akan|Demikian|Sedangkan|Kan|Makan|Bagaimanakah|Apakah|Ataukah|Tekan"
_ORDER = re.compile(
    r"(?:^|[,;]\s*|\bmaka\s+)(?:ya\s+)?segera\s+[a-z]{3,}\b"
    # "tolong kita jaga", not "tolong ditambah" (a favour asked, often one already granted)
    r"|\b[Tt]olong\s+(?:(?:kita|kami|semua|bersama)\s+)?(?!di)[a-z]{3,}\b"
    rf"|^(?!(?:{_NOT_IMPERATIVES})\b)(?!(?:Me|Di|Ber|Ter)[a-z])[A-Z][a-z]{{2,}}kan\s+[a-z]"
    # an invitation to act ("silakan datang", "monggo lapor"), an imperative after "ya" ("…, ya
    # selesaikan"); a prohibition ("Jangan …") is as often a warning or a rhetorical turn
    r"|\b(?:[Ss]ilakan|[Ss]ilahkan|[Mm]onggo)\s+[a-z]{3,}"
    r"|[,;]\s*ya\s+(?!(?:me|ber|di|ter)[a-z]|bukan\b|akan\b)[a-z]{2,}kan\b"
)
# Orders the quotation gives its listeners without a subject: a passive asked for at the start
# of a sentence ("Tolong dicek ulang semua pintu air", "Harap dipasang di tiap posko") and a
# prohibition opening a sentence or a clause, or softened by "kalau bisa" ("Kalau bisa jangan
# tidur di rumah dulu", "Jangan ragu melapor"). Not "jangan sampai …", a caution, nor a passive
# prohibition ("Jangan disia-siakan", a plea); a passive "tolong" inside a sentence ("… tolong
# dibantu") is as often a favour asked.
_QUOTED_ORDER = re.compile(
    r"(?:^|\b[Jj]adi\s+|[;]\s*)(?:[Tt]olong|[Hh]arap)\s+di[a-z]{3,}\b"
    r"|(?:^|[,;]\s*|\b(?:[Kk]alau|[Jj]ika)\s+bisa\s+)[Jj]angan\s+(?!sampai\b|di[a-z])[a-z]{3,}\b"
)
# "BKPM menunda pengumuman …", "konferensi pers … ditunda sampai …": a changed schedule.
_POSTPONED = re.compile(r"\b(?:menunda|ditunda|diundur|mengundurkan|postpone[sd]?)\b", re.IGNORECASE)
# "Setiap keluhan akan saya sampaikan ke dinas", "Tetap kami tindak tegas": the object first and
# the speaker's side as agent before a bare verb, a commitment ("sudah kami sampaikan" is done,
# "tidak akan kami …" a refusal read elsewhere). After a condition that opens the sentence the
# bare verb is a conditional commitment ("Kalau ada dumping, kita lakukan pengamanan"), but not
# seeing, saying or knowing ("Kalau kita lihat …", "Jika kita bicara …").
# The verb of a conditional commitment: a transitive in -kan ("lakukan") or a stem of
# enforcement and service, bare or in -i ("tindak", "proses", "awasi", "dampingi"); not a state
# ("terlambat"), not an adverb ("pasti").
_BARE_ACT = (
    r"(?!(?:ter|ke|me|ber)[a-z])(?:[a-z]{3,}kan|tindak|tindaki|proses|tangkap|periksa|cabut|tutup|bina|usut|kejar"
    r"|buru|sita|bantu|data|cek|panggil|tegur|bongkar|awasi|kawal|jemput|antar|kirim|bawa|tarik|datangi"
    r"|tindaklanjuti|sikapi|penuhi|dampingi|layani)\b"
)
OURS = re.compile(
    r"(?:" + NOT_NEGATED + r"\b(?:akan|bakal|segera|tetap|terus|pasti)\s+(?:(?:segera|terus|langsung)\s+)?"
    # (the pronoun as subject, not after a preposition: "Kalau warga percaya ke saya …")
    r"|^(?:Kalau|Jika|Apabila|Bila)\b[^.;]{3,150}?[\s,]+(?<!\bke\s)(?<!\bkepada\s)(?<!\bdengan\s)(?<!\bdari\s)"
    r"(?<!\boleh\s)(?<!\bpada\s)(?<!\bbagi\s)(?<!\buntuk\s)(?=\w+\s+" + _BARE_ACT + r"))"
    r"(?P<who>saya|kami|kita|aku)\s+(?!(?:akan|sudah|telah|juga|harus|bisa|dapat|tidak|belum|sedang|masih|mau"
    r"|ingin|berharap|yakin|pikir|rasa|lihat|kira|semua|sendiri|yang|ini|itu|dan|bicara|tanya|hitung|bandingkan"
    r"|tahu|punya|ada|perlu|anggap|dengar|baca|cermati|amati|simak|ketimbang|daripada|atau)\b)(?!(?:me|ber)[a-z])[a-z]{3,}",
    re.IGNORECASE,
)
# "Produsen punya kewajiban untuk menarik …", "berkewajiban melapor": a duty someone bears.
_DUTY = re.compile(r"\b(?:(?:punya|memiliki|mempunyai)\s+kewajiban|berkewajiban)\b", re.IGNORECASE)
# "RSUD itu tetap berusaha untuk menambah tempat tidur", "Kita berusaha untuk menyelesaikan …": an
# effort still going on is a commitment ("polisi berupaya menangkap pelaku" tells what was done).
_EFFORT = re.compile(
    r"\b(?:(?P<adverb>tetap|terus|akan|sedang|tengah|masih)\s+(?:berusaha|berupaya)\s+untuk"
    r"|(?:kami|kita|saya)\s+(?:(?:juga|pun|akan|terus|tetap)\s+)*(?P<verb>berusaha|berupaya)(?:\s+untuk)?)"
    r"\s+(?:me|ber)[a-z]{3,}"
    # "Tahun depan kami coba buka kelas malam": what the speaker's side will try, a bare verb
    # (not "kita coba lihat", a way of speaking)
    r"|(?:kami|kita)\s+(?:(?:juga|akan|terus)\s+)*(?P<trial>coba|mencoba)\s+(?:untuk\s+)?"
    r"(?!(?:lihat|bayangkan|pikir|tanya|dengar|ingat|hitung|bandingkan|simak|cermati)\b)[a-z]{3,}",
    re.IGNORECASE,
)
# "OPD yang lalai akan menerima sanksi", "pedagang bisa dikenai sanksi", "akan kenai sanksi",
# "mengancam menjatuhkan sanksi": a sanction announced or threatened is an enforcement to come.
_SANCTION = re.compile(
    r"\b(?:akan|bakal|bisa|dapat|terancam)\s+(?:(?:langsung|segera)\s+)?(?:(?:di)?kena(?:i|kan)?|dijatuhi|diberi(?:kan)?"
    r"|menerima|mendapat(?:kan)?|memperoleh)\s+sanksi\b|\bmengancam\s+(?:menjatuhkan|mengenakan|memberi(?:kan)?)\s+sanksi\b",
    re.IGNORECASE,
)
# "Festival itu dilaksanakan 11-15 Oktober" (told the day before), "beras dibagikan pada 20
# Desember": an event held, or aid handed out, on a day still to come is scheduled, with or
# without "akan" (checked for a day after the event date).
_HELD_WORDS = tuple(
    words("dilaksanakan digelar diselenggarakan diadakan berlangsung dilakukan dimulai disalurkan dibagikan")
)
_HELD_WORDS += ("didistribusikan", "dihelat")
_HELD_ID = re.compile(
    r"\b(?:dilaksanakan|digelar|diselenggarakan|diadakan|berlangsung|dilakukan|dimulai|disalurkan"
    r"|didistribusikan|dibagikan|dihelat)\b",
    re.IGNORECASE,
)
# "Menlu mendorong penyelesaian perjanjian yang tertunda", "meminta peningkatan pengawasan": an act
# asked for as a noun (pe-…-an), by someone who can ask ("program itu mendorong …" is an effect:
# the subject must act). Growth and the like are outcomes, not acts ("mendorong pertumbuhan
# ekonomi lewat pasar malam"); "meminta keterangan" asks for a comment.
_ASKED_AS_NOUN = re.compile(
    r"\b(?:meminta|minta|mendorong|mendesak|mengusulkan)\s+(?:(?:adanya|segera|agar\s+ada)\s+)?"
    r"(?!(?:keterangan|penjelasan|pendapat|pertimbangan|pertumbuhan|perkembangan|perubahan|pertambahan"
    r"|pemulihan|pemerataan|penguatan\s+ekonomi)\b)pe[a-z]{3,}an\b",
    re.IGNORECASE,
)
# "membicarakan rencana penyelenggaraan komisi bersama", "membahas rencana kunjungan …": a plan
# discussed or announced ("rencana awal" looks back).
_PLAN_DISCUSSED = re.compile(
    r"\b(?:membahas|membicarakan|mendiskusikan|memaparkan|mengumumkan)\s+(?:(?:mengenai|tentang|soal|terkait)\s+)?"
    r"rencana\b(?!\s+(?:awal|semula)\b)",
    re.IGNORECASE,
)
# "dinas itu diberi target merampungkan gedung pada 2027", "Target 2027 sudah berjalan",
# "maintains its target to open … until 2028": a target with the time it is set for (a target
# met or missed, "90 persen dari target 2023", is an achievement, not a plan; "target tersebut"
# refers to one stated before; an English "target of …" is read by the English cues).
_TARGET_DATED = re.compile(
    r"(?:(?<!\bdari\s)(?<!\bsesuai\s)(?<!\bmelampaui\s)(?<!\bmelebihi\s)(?<!\bmemenuhi\s)(?<!\bmencapai\s)"
    r"(?<!\bcapai\s)\b(?:(?:di)?beri(?:kan)?\s+)?target(?:nya)?\b(?![-\w]|\s+(?:ini|itu|tersebut|of|to|for|is|was|has|had|will|set|in|by|and)\b)"
    r"|\bmaintain(?:s|ed|ing)?\s+(?:its|the|their|our|a)\s+(?:[\w,-]+\s+){0,3}?target\b)"
    r"(?=[^.;:]{0,120}?(?:\b20\d\d\b|\b(?:tahun|bulan|pekan|minggu)\s+(?:depan|mendatang)\b"
    r"|\bdalam\s+waktu\s+(?:\w+\s+){1,2}(?:hari|pekan|minggu|bulan|tahun)\b|\bnext\s+year\b"
    # ("Targetnya, akhir tahun ini jembatan sudah bisa dilalui": the time still ahead this year)
    r"|\b(?:(?:akhir|awal|pertengahan)\s+)?(?:tahun|bulan|semester)\s+ini\b"
    # ("dengan target pertengahan Februari dapat tuntas": a month still to come, not one gone by)
    rf"|\b(?:(?:akhir|awal|pertengahan)\s+)?{MONTH_RE}\b(?!\s+(?:\w+\s+)?(?:lalu|kemarin)\b)))",
    re.IGNORECASE,
)
# "Arahan lain dari bupati adalah …", "Instruksi Kapolda yakni …": the content of an instruction.
_DIRECTIVE_IS = re.compile(
    # ("memberi arahan misal lampu jalan dinyalakan, …": the content given by example)
    r"\b(?:arahan|instruksi|intruksi|perintah)\b(?:\s+[\w-]+){0,6}?\s*(?:adalah|yakni|yaitu|ialah|misal|misalnya"
    r"|antara\s+lain|:)(?=\s)",
    re.IGNORECASE,
)
# "mengimbau gubernur terus berkoordinasi …": an appeal to an office holder or the public;
# "saya ingin para camat bergerak": a wish addressed to them is an instruction; "Surat edaran …
# dikeluarkan dengan nomor …, tujuan agar camat …": a circular and its purpose.
_REQUEST_TO_OFFICE = re.compile(
    r"\b(?:mengimbau|menghimbau|imbau|himbau|ingin)\b"
    + ADDRESSEE_THEN_ACT
    + r"|\bsurat\s+edaran\b(?:\s+[\w/().,-]+){0,20}?\s+(?:agar|supaya)\b",
    re.IGNORECASE,
)
# "I stand ready to work with …", "he is mandated to strengthen …": readiness declared, a task
# given; "Saat ini juga persiapan pembentukan posko …": preparations under way.
_READY = re.compile(
    # ("The city council is ready to fund …": the English "siap", a commitment)
    r"\bstands?\s+ready\s+to\b|\b(?:is|are)\s+(?:also\s+|fully\s+)?ready\s+to\s+(?!be\b)[a-z]|\b(?:is|are|was|were|been)\s+(?:mandated|tasked|entrusted)\s+(?:to|with)\b"
    r"|\b(?:saat\s+ini|sedang|tengah)\s+(?:juga\s+)?(?:dalam\s+)?(?:tahap\s+)?persiapan\b",
    re.IGNORECASE,
)
# "pemerintah kota juga harus mampu menampung …", "koperasi itu masih harus menyalurkan … hingga akhir tahun",
# "kuota yang harus dipenuhi oleh Dinas …": an obligation of a government body, one with a
# schedule, or one a named body bears. "harus" in advice ("Startup lokal harus membangun …",
# "adik-adik harus bersyukur") or a virtue ("harus jujur") is not a plan, nor is "tidak harus".
MUST = re.compile(
    # ("haruslah mengacu pada …": the emphatic particle changes nothing)
    NOT_NEGATED + r"\b(?:harus|wajib|mesti)(?:lah)?\s+"
    # (a feeling owed is no act: "Kepala OPD harus merasa saling membutuhkan", "harus bersyukur")
    r"(?!(?:merasa|bersyukur|berbangga|bersabar)\b)"
    r"(?:(?:juga|terus|segera|mampu|bisa|dapat|tetap|benar-benar|kembali|mulai|bersama-sama|lebih)\s+)*"
    r"(?:(?P<own>kita|kami)\s+[a-z]{3,}|(?P<verb>(?:me|ber|di|per)[a-z]{3,}|[a-z]{3,}kan|turun|hadir|datang|lapor|fokus|bekerja"
    # (the bare forms of acts of office, as said: "harus cabut 40 permen", "harus tindak tegas")
    r"|cabut|tutup|tindak|bongkar|tertibkan|proses|periksa|awasi|kawal|data|cek|tegur))\b",
    re.IGNORECASE,
)
# "harus dikoordinasikan dengan pemkab", "harus bermitra dengan balai lain",
# "harus dibahas dulu dengan DPRD": a step still to be taken with others,
# whoever states it.
_MUST_WITH = re.compile(
    NOT_NEGATED + r"\b(?:harus|wajib|perlu|mesti)\s+(?:(?:terus|segera|lebih\s+dulu|terlebih\s+dahulu)\s+)?"
    r"(?:dikoordinasikan|berkoordinasi|koordinasi|bermitra|bekerja\s*sama|dibicarakan|dibahas|dikomunikasikan"
    r"|dikonsultasikan|berkonsultasi|bersinergi|berkolaborasi"
    # ("harus secara terpadu dengan dinas lain", "harus bersama-sama dengan desa": done with others)
    r"|(?:secara\s+(?:inklusif|terpadu|terkoordinasi|bersama)|bersama-sama)\s+dengan)\b",
    re.IGNORECASE,
)
# "wajib menyesuaikan … paling lambat 1 Maret 2027": an obligation with a deadline.
_OBLIGATION = re.compile(r"\b(?:wajib|diwajibkan|mewajibkan)\b", re.IGNORECASE)
_DEADLINE = re.compile(
    rf"\b(?:paling\s+lambat|selambat-lambatnya|sebelum|hingga|batas\s+waktu)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:\d{{1,2}}\s+(?i:{MONTH_RE})|(?i:{MONTH_RE})\b|akhir|awal|20\d\d\b|tahun\s+depan)",
    re.IGNORECASE,
)
# "dibuka untuk umum mulai 1 Desember 2026", "berlaku mulai Januari": opening or taking effect
# from a date still to come.
_OPENING = re.compile(
    r"\b(?:dibuka(?:\s+(?:untuk|bagi)\s+(?:umum|publik|masyarakat)(?:\s+umum)?)?|mulai\s+berlaku"
    r"|berlaku|diberlakukan|beroperasi)\s+(?:[\w-]+\s+){0,3}?mulai\b"
    # "status tanggap darurat berlaku hingga 14 hari ke depan": in force until a date to come
    r"|\b(?:berlaku|diberlakukan|diperpanjang)\s+(?:hingga|sampai)\b",
    re.IGNORECASE,
)
# "extended the programme until 2027", "diperpanjang hingga 2027": a commitment that now runs to a
# later year.
_EXTENDED = re.compile(
    r"\b(?:extend(?:s|ed)?|prolong(?:s|ed)?|memperpanjang|diperpanjang)\b[^.;]{0,200}?"
    r"\b(?:until|to|through|hingga|sampai)\s+(?:(?:akhir|end\s+of)\s+)?20\d\d\b",
    re.IGNORECASE,
)


# "Nanti perlengkapan di posko juga kami sediakan": the speaker's side acts later, object first
# (the cue sits on the word before "kami" so that the subject reads as the speaker's side).
_LATER_OURS = re.compile(
    r"\bnanti(?:nya)?\s+(?:[^\s.;,]+\s+){0,8}?(?P<at>[^\s.;,]+)\s+(?:kami|kita)\s+"
    r"(?!(?:akan|sudah|telah|juga|harus|bisa|dapat|tidak)\b)[a-z]{3,}",
    re.IGNORECASE,
)
# "Warga di bantaran sungai agar tetap waspada": an appeal that opens with the ones it addresses.
_APPEAL = re.compile(
    r"^(?:(?:bagi|kepada|untuk)\s+)?(?:masyarakat|warga|penduduk|seluruh|semua|setiap|para|pengendara|pengunjung|wisatawan|pemudik)\b"
    # (no verb of their own, except in a relative clause on them: "Bagi masyarakat yang masih
    # menemukan produk itu agar segera melapor")
    # (a relative clause with a modal has a predicate of its own: "Setiap lagu yang tampil harus …")
    r"(?:\s+(?:yang(?:\s+(?!(?:harus|akan|wajib|perlu|mesti|bisa|dapat)\b)[\w()/-]+){1,8}?"
    r"|(?!(?:me|ber|di|ter)[a-z]{3,}\b)[\w()/-]+)){0,8}?\s*,?\s+(?P<cue>agar|supaya)\s",
    re.IGNORECASE,
)
# "Segera seluruh kepala dinas mendata …": an order that opens with "segera", then the ones it
# addresses and their act.
_URGED_NOW = re.compile(
    r"^Segera\s+(?:seluruh|semua|setiap|para|segenap)\s+(?:(?!(?:me|ber)[a-z]{3,}\b)[\w/()-]+\s+){1,5}?"
    r"(?P<cue>(?-i:(?:me|ber)[a-z]{3,}))\b",
    re.IGNORECASE,
)
_NANTINYA_PASSIVE = re.compile(r"\bnanti(?:nya)?\s+di[a-z]", re.IGNORECASE)
# Stems as they appear after a prefix: "memerintahkan", "menugaskan", "menyerahkan", "menunda".
_REQUEST_WORDS = (
    "minta",
    "instruksi",
    "rintah",
    "tugas",
    "nugas",
    "mohon",
    "dorong",
    "imbau",
    "undang",
    "serah",
    "yerah",
    "anjur",
    "saran",
    "rekomendasi",
)
# (words one of which the cue needs, the cue, its kind): the rarer cues are looked for only when
# such a word is in the sentence, a substring test far cheaper than the scan.
# "Pembangunan gudang baru bisa dimulai pada pertengahan 2027", "jalur itu bisa mulai dilalui
# tahun depan": what can be done or used from a time to come, a schedule (read as an opening: it
# counts only with a date after the event's).
_CAN_FROM = re.compile(
    NOT_NEGATED
    + r"\b(?:(?:baru|sudah)\s+)?bisa\s+(?:mulai\s+)?(?:di[a-z]{3,}|beroperasi|berfungsi|selesai|rampung)\b"
    r"(?![^.;]*\b(?:lalu|kemarin|silam|sejak)\b)",  # "bisa selesai sebelum Desember lalu": past
    re.IGNORECASE,
)
_GUARDED: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("diharapkan",), _EXPECTED, "expected"),
    (("bisa",), _CAN_FROM, "opening"),
    (("will", "would", "shall", "going", "is to", "are to", "also to"), MODAL, "weak"),
    (("aim",), AIMS_EN, "weak"),
    (("nanti",), _NANTINYA_PASSIVE, "weak"),
    (("mulai", "berlaku"), _OPENING, "opening"),
    (
        (*_REQUEST_WORDS, "beri", "arahan", "intruksi", "desak", "pesan", "ingat", "arah", "ajak"),
        REQUEST,
        "request",
    ),
    (
        (
            "ask",
            "request",
            "urge",
            "advise",
            "instruct",
            "order",
            "invit",
            "call",
            "appeal",
            "direct",
            "task",
            "encourag",
            "remind",
            "tell",
            "told",
            "press",
            "push",
            "command",
        ),
        REQUEST_EN,
        "request",
    ),
    (("agar", "supaya"), SAID_SO_THAT, "request"),
    (("agar", "supaya", "untuk"), TOLD_TO, "request"),
    (("ask", "call", "appeal", "request", "demand", "sought", "seek"), ASKED_FOR, "acted"),
    (("saya", "kami", "kita", "aku"), OURS, "ours"),
    (("kewajiban",), _DUTY, "acted"),
    (("held", "will", "shall"), EVENT_EN, "dated"),
    (_HELD_WORDS, _HELD_ID, "held"),
    (("minta", "dorong", "desak", "usul"), _ASKED_AS_NOUN, "acted"),
    (("rencana",), _PLAN_DISCUSSED, "strong"),
    (("target",), _TARGET_DATED, "strong"),
    (("arahan", "instruksi", "intruksi", "perintah"), _DIRECTIVE_IS, "plain"),
    (("harus", "wajib", "mesti"), MUST, "must"),
    (("must", "should", "need", "has to", "have to"), MUST_EN, "must"),
    (("imbau", "himbau", "ingin", "edaran"), _REQUEST_TO_OFFICE, "request"),
    (("ready", "mandated", "tasked", "entrusted", "persiapan"), _READY, "strong"),
    (("harus", "wajib", "mesti", "perlu"), _MUST_WITH, "with"),
    (("tidak akan", "tak akan", "not", "won"), _REFUSAL, "plain"),
    (("target",), _TARGET_FOR, "strong"),
    (("target",), _TARGET_COUNT, "strong"),
    (("memastikan",), _ASSURED, "plain"),
    (
        ("masih", "sedang", "tengah", "discussion", "talks", "deliberation", "under", "being"),
        _UNDER_STUDY,
        "strong",
    ),
    (("there will be",), _THERE_WILL_BE, "plain"),
    (("maksimal", "lambat"), _DEADLINE_DONE, "plain"),
    (("fokus", "prioritas"), _FOCUS, "plain"),
    (("fokus", "prioritas"), _FOCUS_FOR, "plain"),
    (("rapat", "rakor", "sidang"), _MEETING_AHEAD, "plain"),
    (("sanksi",), _SANCTION, "plain"),
    (("nanti", "menunggu"), _PENDING, "plain"),
    (("tunda", "nunda", "undur", "postpone"), _POSTPONED, "plain"),
    (("extend", "prolong", "panjang"), _EXTENDED, "plain"),
    (("tugas", "tetapkan", "netapkan"), _TASK, "plain"),
)

# How far before a cue the round-2 checks of its context look (a run-on paragraph stays linear).
LOOK_BACK = 200


# "Untuk mengejar target tersebut, pemkab merangkul …": a target named before, chased as the purpose
# of an act told, is no new target.
_CHASED_BEFORE = re.compile(r"\b(?:untuk|guna|demi)\s+$", re.IGNORECASE)
_REFERS_BACK = re.compile(r"\s+(?:tersebut|itu|ini)\b", re.IGNORECASE)
# Every match of _STRONG holds one of these (lower-cased): a literal each of its alternatives
# needs, read off the pattern; a cheap test first (issue 17, tests/test_extract_step_cues.py).
_STRONG_LITERALS = words(
    "agendakan agree am are berjanji bersedia bertekad commit dengan dibidik dijadwalkan dipatok "
    "mengebut memprioritaskan "
    "ditetapkan ditugaskan diusulkan dukungan intend is komitmen mbidik memasang memastikan "
    "mematangkan mematok membahas memberi menargetkan menawarkan mencanangkan mencapai mendukung "
    "menetapkan mengejar menggodok mengusulkan menindaklanjuti menjadwalkan menyepakati "
    "menyetujui menyiapkan menyusun merampungkan merancang mufakat ngincar penugasan perlu plan "
    "pledge programkan rencana sanggup scheduled sepakat set siap target tindak vow was were "
    "willing sedang tengah"
)


def _strong_cues(text: str, low: str, words: Words) -> list[tuple[int, str]]:
    """Markers that are plans by themselves, but not a follow-up of what already happened
    (``merupakan tindak lanjut``, ``Dalam rangka menindaklanjuti …, X menerbitkan …``)."""
    found: list[tuple[int, str]] = []
    if not may_hold(text, low, _STRONG_LITERALS):
        return found
    for m in cue_scans()[0](text, words):
        word = m.group(0).lower()
        if word.startswith("tindak") and _FOLLOWS_UP.search(text, 0, m.start()):
            continue
        in_order = _IN_ORDER_TO.search(text, 0, m.start()) if word.startswith("menindak") else None
        if in_order and (in_order.group(0).strip() or _OPENING_CLAUSE.match(text, m.end())):
            continue
        if (
            word.startswith("mengejar")
            and _CHASED_BEFORE.search(text, 0, m.start())
            and _REFERS_BACK.match(text, m.end())
        ):
            continue
        if word == "penugasan" and not (
            _TASK_AFTER.match(text, m.end()) or _TASK_GIVEN.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        if word.startswith(("komitmen", "kesiapan", "commitment")) and _SHOWS.search(
            text, max(0, m.start() - 80), m.start()
        ):
            continue
        found.append((m.start(), "strong"))
    return found


# "we already have a plan", "has included the fund in its plan", "Among the plans is …", "The
# country plans 20 projects this year": a plan someone holds, named as a noun or a verb with its
# object (the plan to do something is PLAN_OF).
_PLAN_HELD = re.compile(
    r"\bamong\s+the\s+plans\b|\b(?:have|has|had)\s+(?:already\s+|also\s+)?(?:a|the)\s+plan\b(?!\s+(?:of|for)\b)"
    r"|\bin\s+(?:its|their|our)\s+plans?\b"
    r"|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)\bplans\s+(?:more\s+than|some|several|a|an|\d)\b",
    re.IGNORECASE,
)


def _conditional_cues(text: str, low: str) -> list[tuple[int, str]]:
    """The cues that count only with a word or a context beside them."""
    found: list[tuple[int, str]] = []
    if "plan" in low:
        found += [
            (m.start(), "plain")
            for m in (*PLAN_OF.finditer(text), *_PLAN_HELD.finditer(text))
            if not CAUSED.search(text, max(0, m.start() - LOOK_BACK), m.start())
        ]
    if "rencana" in low and (
        _PLAN_TIME.search(text)
        or SCHEDULE.search(text)
        or (_PLAN_BY.search(text) and not _PLAN_UNDONE.search(text))
    ):
        found += [(m.start(), "strong") for m in _PLAN_NOUN.finditer(text)]
    if "wajib" in low:
        found += [
            (m.start(), "obligation") for m in _OBLIGATION.finditer(text) if _DEADLINE.search(text, m.end())
        ]
    if "nanti" in low:
        found += [(m.start("at"), "plain") for m in (*_LATER_OURS.finditer(text), *_LATER_WE.finditer(text))]
    if "libur" in low or "menjelang" in low or "jelang" in low or "selama" in low or "untuk" in low:
        found += [
            (m.start(), "plain")
            for m in _READIED_FOR.finditer(text)
            if not _BEFORE_NOW.search(text, 0, m.start())
        ]
    if "langkah" in low or "tahap" in low or "agenda" in low:
        found += [(m.start(), "plain") for m in _NEXT_STEP_NOUN.finditer(text)]
    if "mendatang" in low or "depan" in low:
        found += [(m.start(), "plain") for m in _HOLDS_COMING.finditer(text)]
        found += [(m.start(), "plain") for m in _FROM_NEXT.finditer(text)]
    if "memastikan" in low:
        for m in _ASSURANCE.finditer(text):
            due = SCHEDULE.search(text, m.end()) or DUE_BY.search(text, m.end())
            # (a future after it is read as its own cue: "memastikan bazar akan kembali digelar …")
            future = _WEAK.search(text, m.end())
            if due is None or future or _PAST_TIME_AFTER.match(text, due.start()):
                continue
            if _ASSURED_ACT.search(text, m.end(), due.start()):
                found.append((m.start(), "plain"))
    if "anggar" in low or "dana" in low:
        found += [(m.start(), "plain") for m in _FUNDED_FOR.finditer(text) if not _BEFORE_NOW.search(text)]
    if any(word in low for word in _OURS_PLANNED_WORDS):
        # (the cue on the verb, so that the speaker's side before it reads as the one who plans)
        found += [(m.start("verb"), "strong") for m in _OURS_PLANNED.finditer(text)]
    if any(word in low for word in _FUNDED_WORDS):
        found += [
            (m.start("at") if m.group("at") else m.start("en"), "funded")
            for m in _FUNDED_AFTER.finditer(text)
            if not _BEFORE_NOW.search(text) and not _PAST_EN.search(text)
        ]
    # ("harus sudah selesai tahun 2025": a bare "tahun" and its year name the deadline too)
    if ("sudah" in low or "telah" in low) and (
        DUE_BY.search(text) or SCHEDULE.search(text) or _YEAR_NAMED.search(text)
    ):
        found += [(m.start(), "plain") for m in _DUE_STATE.finditer(text)]
    return found + _addressed_cues(text, low)


def _effort_at(effort: re.Match[str]) -> int:
    return effort.start(next(g for g in ("adverb", "verb", "trial") if effort.group(g)))


_OURS_ASK_WORDS = ("minta", "imbau", "himbau", "mohon", "instruksikan", "tekankan", "ingatkan")


def _addressed_cues(text: str, low: str) -> list[tuple[int, str]]:
    """Efforts of the speaker's side, its requests (``kita minta …``) and appeals to the public."""
    found: list[tuple[int, str]] = []
    if "berusaha" in low or "berupaya" in low or "coba" in low:
        found += [(_effort_at(m), "acted") for m in _EFFORT.finditer(text)]
    if any(word in low for word in _OURS_ASK_WORDS):
        found += [(m.start("verb"), "request") for m in OURS_ASK.finditer(text)]
    if (appeal := _APPEAL.match(text) or _URGED_NOW.match(text)) is not None:
        found.append((appeal.start("cue"), "appeal"))
    return found


def _quoted_cues(text: str) -> list[tuple[int, str]]:
    """Inside a quotation: what we can do, a schedule, an order."""
    found = [(m.start("can"), "can") for m in CAN.finditer(text)]
    found += [(m.start(), "plain") for m in _QUOTED_SCHEDULE.finditer(text)]
    found += [(m.start(), "plain") for m in _QUOTED_SO_THAT.finditer(text)]
    found += [(m.start(), "plain") for m in _ORDER.finditer(text)]
    found += [(m.start(), "plain") for m in _QUOTED_ORDER.finditer(text)]
    found += [(m.start(), "due") for m in _QUOTED_DUE_ACT.finditer(text)]
    if "like" in text:
        found += [(m.start("at"), "strong") for m in WISH_EN.finditer(text)]
    return found


# At one position the most specific cue decides ("akan menjadi fokus" before "akan").
_ORDER_AT_ONE_POSITION = {
    "plain": 0,
    "with": 1,
    "request": 2,
    "strong": 3,
    "must": 4,
    "obligation": 5,
    "opening": 6,
    "expected": 7,
    "appeal": 8,
    "can": 8,
    "ours": 8,
    "acted": 9,
    "dated": 6,
    "held": 9,
    "funded": 9,
    "due": 9,
}


_GUARDED_WORDS = tuple(dict.fromkeys(word for needed, _, _ in _GUARDED for word in needed))


@functools.cache
def cue_scans() -> tuple[Scan, Scan, tuple[tuple[frozenset[str], Scan, str], ...]]:
    """The scans of _STRONG, _WEAK and _GUARDED (``patterns.scan``), read when first needed."""
    guarded = tuple((frozenset(needed), scan(pattern), kind) for needed, pattern, kind in _GUARDED)
    return scan(_STRONG), scan(_WEAK), guarded


def find_cues(text: str, quoted: bool) -> list[tuple[int, str]]:
    """Every cue of a plan in ``text``, in order, with its kind."""
    # (an appeal that opens with the public, "we can" in a quotation and the spoken forms of
    # step_speech start with common words that the scan for cue words leaves out)
    low = text.lower()
    spoken = speech_cues(text, low, quoted)
    if (
        not spoken
        and not _CUE_WORD_STARTS.search(text, low)
        and _APPEAL.match(text) is None
        and not (
            quoted
            and (
                _QUOTED_SCHEDULE.search(text)
                or _ORDER.search(text)
                or _QUOTED_ORDER.search(text)
                or CAN.search(text)
                or _QUOTED_DUE_ACT.search(text)
                or _QUOTED_SO_THAT.match(text)
            )
        )
        and not has_reported_words(low)
    ):
        return []
    words = words_of(low)  # read once for the patterns asked at word starts
    found = _strong_cues(text, low, words) + spoken
    if may_hold(text, low, _WEAK_LITERALS):
        found += [(m.start(), "weak") for m in cue_scans()[1](text, words)]
    present = set(filter(low.__contains__, _GUARDED_WORDS))
    for needed, scanned, kind in cue_scans()[2]:
        if not present.isdisjoint(needed):
            found += [(m.start(), kind) for m in scanned(text, words)]
    found += _conditional_cues(text, low)
    found += reported_cues(text, low)
    if quoted:
        found += _quoted_cues(text)
    return sorted(found, key=lambda m: (m[0], _ORDER_AT_ONE_POSITION.get(m[1], 9)))
