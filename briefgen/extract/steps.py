"""Finds next steps: agreements, plans, commitments and follow-ups, with the actor that takes them.

Predictions and hopes are not next steps: a forecast (``X memperkirakan … akan …``, ``… diperkirakan
akan …``), a belief (``X menilai … akan …``) or a hope (``diharapkan mampu …``) is left out, and a
bare ``akan`` (``will``) counts only when its subject is someone who can act (a named body, a
person, a pronoun, ``pihaknya``, ``pemerintah provinsi``), not a thing (``permintaan kopi akan
tumbuh``). Instructions and requests addressed to someone (``meminta … untuk``,
``menginstruksikan``), obligations of an actor (``pemerintah harus mengakomodasi …``), schedules,
postponements and decisions still awaited are next steps too, in narration and inside quotations.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from briefgen.extract.actors import Sides, own_side
from briefgen.extract.due import due_of
from briefgen.extract.lexicon import AGENT_NOUNS, BELIEF_VERBS, MONTH_RE, SPEECH_VERBS, words
from briefgen.extract.people import PeopleIndex
from briefgen.extract.sentences import split_sentences
from briefgen.extract.statements import SentenceRef
from briefgen.model import NextStep

# Markers that make a sentence a plan by themselves.
_STRONG = re.compile(
    r"\b(?:(?:ber)?sepakat|menyepakati|disepakati|kesepakatan\s+untuk|berencana|merencanakan"
    r"|direncanakan|rencananya|rencana\s+aksi|menindaklanjuti|ditindaklanjuti|tindak\s+lanjut(?:i|nya)?"
    r"|berkomitmen|komitmen(?:nya)?\s+untuk|berjanji|bertekad|guna\s+memastikan|dijadwalkan|menjadwalkan"
    r"|menargetkan|ditargetkan|targetkan|ditugaskan|penugasan|tindaklanjuti"
    r"|siap\s+(?:untuk\s+)?(?:me|ber|di)\w+"
    # A party's declared readiness, proposal, offer or support: "menyatakan kesiapannya membantu",
    # "mengusulkan pembentukan forum", "menawarkan agar …", "menyampaikan dukungannya terhadap …".
    # ("meninjau kesiapan menghadapi mudik" is an inspection: readiness counts when declared)
    r"|(?:menyatakan|menyampaikan|menegaskan|mengungkapkan)\s+kesiapan(?:nya)?|kesiapannya\s+(?:untuk\s+)?(?:me|ber)\w+"
    r"|mengusulkan|diusulkan|menawarkan\s+(?:agar|untuk|supaya)"
    r"|(?:menyatakan|menyampaikan|menegaskan)\s+dukungan(?:nya)?|mendukung\s+penuh"
    # Something being prepared: "kami sedang menyusun peraturan …", "tengah mempersiapkan …".
    r"|(?:sedang|tengah)\s+(?:mem)?(?:persiapkan|siapkan|menyiapkan|menyusun|merancang|menggodok|membahas"
    r"|mematangkan|memfinalisasi|merampungkan)"
    # "target panen semester ini ditetapkan 90 ton": a target set.
    r"|target\s+(?:[^.;\s]+\s+){0,5}?ditetapkan)\b"
    # English: "agreed to", "plans to", "is set to", "reaffirmed commitment to", "is scheduled to"
    r"|\b(?:agree(?:d|s|ing)?\s+(?:to|on|upon)|plan(?:s|ned|ning)\s+to|(?:we|I|they)\s+(?:also\s+|still\s+)?plan\s+to|(?:is|are|was|were)\s+set\s+to"
    r"|(?:is|are|was|were)\s+scheduled\s+(?:to|for)|commit(?:s|ted)?\s+to|commitment\s+to"
    r"|pledge[sd]?\s+to|vow(?:s|ed)?\s+to|intends?\s+to|(?:is|are)\s+targeting|targets\s+(?:the|a|an|to)"
    r"|set\s+(?:a|an|the|its)\s+(?:[^.;\s]+\s+){0,6}?target)\b",
    re.IGNORECASE,
)
# "menyampaikan rencana untuk membuka kembali kedutaan", "membahas rencana kunjungan Menlu ke
# Jakarta akhir Mei ini": a plan named as a noun, with its purpose or its time ("sesuai rencana",
# "rencana awal" look back instead).
_PLAN_NOUN = re.compile(r"(?<!\bsesuai\s)\brencana\s+(?!awal\b|semula\b|aksi\b)", re.IGNORECASE)
_PLAN_TIME = re.compile(
    r"\brencana\s+untuk\b|\bdalam\s+waktu\s+dekat\b|\b(?:akhir|awal|pertengahan)\s+\w+\s+ini\b",
    re.IGNORECASE,
)
# "KLH merupakan tindak lanjut dari pertemuan sebelumnya": what the present event follows up is
# background, not a step still to come.
_FOLLOWS_UP = re.compile(
    r"(?:merupakan|adalah|ini|itu|sebagai)\s+(?:(?:bentuk|sebuah|salah\s+satu)\s+)?$", re.IGNORECASE
)
# "diharapkan": a plan when it comes with a schedule ("diharapkan terbit sebelum akhir 2026"),
# a hope when it does not or when it hedges ("diharapkan mampu mendongkrak …").
_EXPECTED = re.compile(r"\bdiharapkan\b", re.IGNORECASE)
_HOPE = re.compile(
    r"\bdiharapkan\s+(?:(?:juga|pula|nantinya|kelak)\s+)?"
    r"(?:mampu|dapat|bisa|menjadi|semakin|makin|lebih|tidak\s+hanya|bukan\s+hanya|memberi\w*\s+dampak)\b",
    re.IGNORECASE,
)
_SCHEDULE = re.compile(
    rf"\b(?:pada|mulai|sebelum|hingga|sampai|paling\s+lambat|akhir|awal|pertengahan)\s+"
    rf"(?:(?:akhir|awal|pertengahan)\s+)?(?:(?i:{MONTH_RE})\b|tahun|bulan|pekan|minggu|semester|20\d\d\b)"
    rf"|\b(?i:{MONTH_RE})\s+20\d\d\b|\b(?:tahun|bulan|pekan|minggu|semester)\s+(?:depan|mendatang)\b",
    re.IGNORECASE,
)
# Markers that need an actor as subject: "Dinas Koperasi akan menggelar …" is a plan,
# "pendekatan ini akan memperkuat …" is a prediction; "tidak akan" is neither.
_NOT_NEGATED = r"(?<!\btidak\s)(?<!\btak\s)(?<!\bbelum\s)(?<!\benggak\s)(?<!\bnot\s)"
_FUTURE = _NOT_NEGATED + r"\b(?:akan|bakal|segera)"
_WEAK = re.compile(_FUTURE + r"\b", re.IGNORECASE)
# "… akan diterapkan di 35 kabupaten", "… akan kembali digelar", "Pertemuan itu nantinya
# difokuskan pada …": a passive future announces what will be done without saying by whom (the
# actor stays null). Passives of feeling and judgement ("akan dikenal", "akan diminati") are
# forecasts (first set); words that only look passive ("digital", "dia") are no verbs at all
# (second set).
_PASSIVE = re.compile(
    _NOT_NEGATED + r"\b(?:akan|bakal|segera|nantinya)\s+"
    r"(?:(?:segera|kembali|mulai|langsung|resmi|secara\s+resmi|juga|pun|dapat|bisa|nanti|nantinya|lebih|terus)\s+)*"
    r"(?P<verb>di[a-z]{3,})\b",
    re.IGNORECASE,
)
_NOT_PASSIVE_PLANS = (
    words(
        """
        dikenal diminati dirasakan dinikmati dibutuhkan diperlukan disukai dicintai diingat dikenang
        diterima dihargai dipercaya diuntungkan dirugikan ditentukan dipengaruhi didominasi dinilai
        dianggap diharapkan diperkirakan diprediksi diproyeksikan dirasa diketahui dilihat dilirik
        dicari diburu digemari dikunjungi
        """
    ),
    words(
        "dia diri dini dinas digital dimensi diskusi distribusi dialog diplomasi disiplin diaspora direktur"
    ),
)
# "Desa-desa pesisir akan menjadi sasaran pertama program …": what a body will concentrate on is its plan,
# whatever the grammatical subject.
_FOCUS = re.compile(
    _NOT_NEGATED + r"\b(?:akan|bakal)\s+(?:(?:terus|tetap|juga)\s+)?(?:men)?jadi\s+(?:fokus|prioritas)\b",
    re.IGNORECASE,
)
# "Rapat kerja itu masih akan berlangsung hingga 4 Mei": an event scheduled (checked for a date).
_TAKES_PLACE = re.compile(
    _NOT_NEGATED + r"\b(?:akan|bakal)\s+(?:(?:masih|tetap|kembali)\s+)?(?:berlangsung|digelar|diadakan"
    r"|dilaksanakan|diselenggarakan)\b",
    re.IGNORECASE,
)
# "nanti ada rapat lagi", "masih menunggu keputusan rapat koordinasi": a decision still to be taken.
_PENDING = re.compile(
    r"(?<!kalau\s)(?<!jika\s)(?<!bila\s)(?<!apabila\s)\b(?:nanti|nantinya)\s+(?:akan\s+)?ada\b"
    r"|\bmenunggu\s+(?:\w+\s+){0,2}?(?:keputusan|hasil|rapat|rakor\w*|gelaran|persetujuan|arahan|kajian"
    r"|pembahasan|sidang|penetapan)\b"
    # "masih menunggu tiga laporan desa yang belum dikirim": waiting on what is not done yet
    r"|\bmenunggu\b[^.;]{0,60}?\byang\s+belum\b",
    re.IGNORECASE,
)
# "tidak akan mentolerir pelanggaran", "tidak akan ragu menindak …", "We won't accept any proposal": a
# refusal, or a resolve not to waver, is a commitment too.
_REFUSAL = re.compile(
    r"\b(?:(?:tidak|tak)\s+akan|(?:will|would)\s+not|won['’]t)\s+(?:(?:pernah|lagi|ever)\s+)?"
    r"(?:menerima|mengizinkan|mengijinkan|membiarkan|mentolerir|menoleransi|memberi(?:kan)?\s+izin|mundur"
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
    r"\b(?:besok|lusa)\b|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s+(?:depan\s+)?(?:jam|pukul)\s+\d",
    re.IGNORECASE,
)
# Conjunctions and particles that end in "-kan" like an imperative ("Bahkan", "Sedangkan").
_NOT_IMPERATIVES = "Bahkan|Bukan|Akan|Demikian|Sedangkan|Kan|Makan|Bagaimanakah|Apakah|Ataukah|Tekan"
_ORDER = re.compile(
    r"(?:^|[,;]\s*|\bmaka\s+)(?:ya\s+)?segera\s+[a-z]{3,}\b"
    # "tolong kita jaga", not "tolong ditambah" (a favour asked, often one already granted)
    r"|\b[Tt]olong\s+(?:(?:kita|kami|semua|bersama)\s+)?(?!di)[a-z]{3,}\b"
    rf"|^(?!(?:{_NOT_IMPERATIVES})\b)(?!(?:Me|Di|Ber|Ter)[a-z])[A-Z][a-z]{{2,}}kan\s+[a-z]"
)
# "BKPM menunda pengumuman …", "konferensi pers … ditunda sampai …": a changed schedule.
_POSTPONED = re.compile(r"\b(?:menunda|ditunda|diundur|mengundurkan|postpone[sd]?)\b", re.IGNORECASE)
# Instructions and requests addressed to someone: "Presiden meminta Polri untuk …",
# "menginstruksikan seluruh kepala dinas …", "mendorong pemda agar …", "memberi waktu tiga pekan
# kepada pemda untuk …". "meminta maaf" is an apology; "diminta tanggapan" asks for a comment.
_PURPOSE = r"(?=[^.;]{0,300}?\b(?:untuk|agar|supaya)\s+(?!di[a-z]{3,}\b))"
_REQUEST = re.compile(
    # An instruction or assignment counts whatever follows ("menginstruksikan seluruh camat turun
    # langsung …", "saya instruksikan untuk bergerak cepat").
    r"\b(?:menginstruksikan|instruksikan|memerintahkan|menugaskan|diinstruksikan|diperintahkan|ditugasi"
    # the common misspelling without the s: "diintruksikan", "mengintruksikan"
    r"|mengintruksikan|intruksikan|diintruksikan)\b"
    # A verb of asking needs its purpose within the sentence, an action, not "untuk diuji" (a thing
    # asked for); or a short addressee and "tidak", "jangan", "segera", "nanti" ("meminta
    # penyuluh tidak terlambat", "meminta lurah yang baru nanti menyusun …").
    r"|\b(?:meminta|memintanya|minta|diminta|memohon|mohon)\b"
    r"(?:" + _PURPOSE + r"|(?=(?:\s+[\w-]+){1,7}?\s+(?:tidak(?!\s+hanya)|jangan|segera|nanti|langsung)\b))"
    # Urging, inviting, handing over, giving a task or time: only with a purpose.
    r"|\b(?:mendorong|mengimbau|menghimbau|mengundang|serahkan|menyerahkan|mendesak"
    r"|(?:mem|di)beri(?:kan)?\s+(?:(?:rentan|rentang|tenggat|batas)\s+)?(?:arahan|instruksi|perintah|waktu"
    r"|tenggat|tugas))\b" + _PURPOSE +
    # "instruksi menteri agar …", "mengeluarkan instruksi tegas kepada seluruh jajaran agar …"
    r"|\b(?:instruksi|intruksi|arahan|perintah)(?:\s+[\w-]+){0,8}?\s+(?:agar|supaya)\b"
    # "ada arahan Presiden kepada dirinya untuk …": an instruction with its addressee and purpose
    r"|\b(?:instruksi|intruksi|arahan|perintah)(?:\s+[\w().-]+){0,8}?\s+kepada(?:\s+[\w().-]+){1,4}?\s+untuk\b",
    re.IGNORECASE,
)
# English requests: "asked the regents to …", "urged all parties not to …", "requested that the
# officials …", "sent an invitation to a mayor to attend …" ("in order to" is no order).
_REQUEST_EN = re.compile(
    r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|urge[sd]?|advise[sd]?|instruct(?:s|ed)?|ordered"
    r"|invite[sd]?|call(?:s|ed)\s+on|appeal(?:s|ed)?\s+to|direct(?:s|ed)|tasked"
    r"|(?:extend(?:s|ed)?|sent|sends|issued)\s+an\s+invitation)\b"
    r"(?=[^.;]{0,200}?\b(?:that|to\s+(?:not\s+)?(?!the\b|an?\b|his\b|her\b|their\b|its\b|our\b)[a-z]))"
)
# "meminta maaf" is an apology, "diminta tanggapan" a request for comment.
_NOT_REQUEST = re.compile(
    r"\S+\s+(?:maaf|tanggapan|keterangan|konfirmasi|komentar|pendapat|penjelasan)\b", re.IGNORECASE
)
# "pemerintah kota juga harus mampu menampung …", "koperasi itu masih harus menyalurkan … hingga akhir tahun",
# "kuota yang harus dipenuhi oleh Dinas …": an obligation of a government body, one with a
# schedule, or one a named body bears. "harus" in advice ("Startup lokal harus membangun …",
# "adik-adik harus bersyukur") or a virtue ("harus jujur") is not a plan, nor is "tidak harus".
_MUST = re.compile(
    _NOT_NEGATED + r"\b(?:harus|wajib|mesti)\s+"
    r"(?:(?:juga|terus|segera|mampu|bisa|dapat|tetap|benar-benar|kembali|mulai|bersama-sama|lebih)\s+)*"
    r"(?:(?P<own>kita|kami)\s+)?(?P<verb>(?:me|ber|di|per)[a-z]{3,}|lakukan|laksanakan|kerjakan|selesaikan|tuntaskan)\b",
    re.IGNORECASE,
)
# "harus dikoordinasikan dengan pemkab", "harus bermitra dengan balai lain",
# "harus dibahas dulu dengan DPRD": a step still to be taken with others,
# whoever states it.
_MUST_WITH = re.compile(
    _NOT_NEGATED + r"\b(?:harus|wajib|perlu|mesti)\s+(?:(?:terus|segera|lebih\s+dulu|terlebih\s+dahulu)\s+)?"
    r"(?:dikoordinasikan|berkoordinasi|koordinasi|bermitra|bekerja\s*sama|dibicarakan|dibahas|dikomunikasikan"
    r"|dikonsultasikan|berkonsultasi|bersinergi|berkolaborasi)\b",
    re.IGNORECASE,
)
_BY_NAMED = re.compile(r"\s+oleh\s+[A-Z]")
_GOVERNMENT = words(
    "pemerintah pemprov pemkot pemkab pemda kementerian dinas badan lembaga instansi government ministry"
)
# "wajib menyesuaikan … paling lambat 1 Maret 2027": an obligation with a deadline.
_OBLIGATION = re.compile(r"\b(?:wajib|diwajibkan)\b", re.IGNORECASE)
_DEADLINE = re.compile(
    rf"\b(?:paling\s+lambat|selambat-lambatnya|sebelum|hingga|batas\s+waktu)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:\d{{1,2}}\s+(?i:{MONTH_RE})|(?i:{MONTH_RE})\b|akhir|awal|20\d\d\b|tahun\s+depan)",
    re.IGNORECASE,
)
# "dibuka untuk umum mulai 1 Desember 2026", "berlaku mulai Januari": opening or taking effect
# from a date still to come.
_OPENING = re.compile(
    r"\b(?:dibuka(?:\s+(?:untuk|bagi)\s+(?:umum|publik|masyarakat)(?:\s+umum)?)?|mulai\s+berlaku"
    r"|berlaku|diberlakukan|beroperasi)\s+(?:[\w-]+\s+){0,3}?mulai\b",
    re.IGNORECASE,
)
# "extended the programme until 2027", "diperpanjang hingga 2027": a commitment that now runs to a
# later year.
_EXTENDED = re.compile(
    r"\b(?:extend(?:s|ed)?|prolong(?:s|ed)?|memperpanjang|diperpanjang)\b[^.;]{0,200}?"
    r"\b(?:until|to|through|hingga|sampai)\s+(?:(?:akhir|end\s+of)\s+)?20\d\d\b",
    re.IGNORECASE,
)
# "X menyebut sebanyak 80.000 gerai … akan …": a figure someone reports is not a plan.
_FIGURE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|memastikan)\b(?:\s+bahwa)?\s*,?\s*"
    r"(?:(?:sebanyak|sekitar|kurang\s+lebih|lebih\s+dari|hampir|setidaknya|sedikitnya)\s+\d|\d{1,3}(?:\.\d{3})+\b)",
    re.IGNORECASE,
)
# Verbs of belief and forecast, active or passive: what they introduce is not a plan.
_BELIEF = re.compile(
    rf"\b(?:{BELIEF_VERBS}|diperkirakan|diprediksi|diproyeksikan|dikhawatirkan|khawatir|cemas|takut"
    r"|mungkin|kemungkinan|berpotensi"
    r"|expect(?:s|ed|ations?)?|predict(?:s|ed)?|forecasts?|estimated?|believes?|believed|hopes?|hoped|likely"
    r"|projected|may|might|could|fear(?:s|ed)?|worried)\b",
    re.IGNORECASE,
)
# "the ministry's plan to build 40 clinics": a body's plan named as a noun, unless it is given as
# the cause of something else ("the rise is caused by the country's plan to …").
_PLAN_OF = re.compile(r"(?:['’]s|\bits|\btheir|\bour)\s+(?:new\s+)?plans?\s+to\s+[a-z]")
_CAUSED = re.compile(
    r"\b(?:caused\s+by|due\s+to|because\s+of|driven\s+by|owing\s+to)\b[^.;]*$", re.IGNORECASE
)
# "Menjawab pertanyaan apakah kementerian akan dipecah …": a question asked, not a plan.
_QUESTION = re.compile(r"\b(?:apakah|whether)\b", re.IGNORECASE)
# "Initially, the bridge would open by 2021": a former plan, since replaced.
_FORMER = re.compile(r"\b(?:initially|originally|previously|semula|awalnya)\b", re.IGNORECASE)
_ADVERBS = re.compile(
    r"(?:\s+(?:juga|pun|telah|sudah|akan|segera|kembali|turut|masih|terus|bersama|pula|kini|yang|hanya"
    r"|also|still|now|then|only|soon|have|has|had))+\s*$"
)
# "Sari menjelaskan pemkot akan …": the reporting verb is not part of the subject.
_REPORTING = (
    rf"{SPEECH_VERBS}|memastikan|membenarkan|mengonfirmasi|menjamin|menjanjikan|mengumumkan|berjanji|bertekad"
    r"|said|says|added|stated|explained|noted|told\s+\w+|announced|confirmed|stressed|emphasized"
    r"|emphasised|revealed|saying"
)
_REPORTED = re.compile(rf"^.*?\b(?:{_REPORTING})\b(?:\s+(?:bahwa|that))?\s*", re.IGNORECASE)
# "Perum Damri menyatakan akan …", "Menteri Dedi berjanji akan …": the one who speaks acts.
_SPEAKER_ACTS = re.compile(rf"^(?P<subject>.+?)\s+(?:{_REPORTING})$", re.IGNORECASE)
_ACTOR = re.compile(
    r"(?:(?:[A-Z][\w'’.\-]*|\([^()]*\))(?:\s+|\s*,\s*|\s+(?:dan|serta|bersama|&|and|of|for|the|on)\s+)?)+"
)
_COLLECTIVE = re.compile(
    r"(?:kedua\s+(?:belah\s+)?pihak|keduanya|kedua\s+negara|kedua\s+lembaga|kedua\s+kementerian"
    r"|both\s+(?:sides|parties|countries))$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?:Ia|Dia|Beliau|ia|dia|beliau|dirinya|He|She|he|she)$")
_OWN_SIDE = re.compile(r"(?:pihaknya|pihak\s+kami|kami|kita|saya|we|I)$", re.IGNORECASE)
# "It will start with …", "They will …": someone acts, who is not said here.
_UNNAMED = re.compile(r"(?:It|it|They|they|Mereka|mereka)$")
_QUANTITY = (
    r"(?:(?:para|seluruh|semua|sejumlah|sebanyak|\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan"
    r"|sembilan|sepuluh|sebelas|belas|puluh|ratus|ribu|the|its|their|our)\s+)*"
)
# "Pemerintah provinsi", "dua belas startup tersebut", "kementerian Malaysia", "the sovereign
# fund": an acting body and at most four words that qualify it (no verb, no relative clause).
_AGENT = re.compile(
    rf"{_QUANTITY}(?P<head>[^\W\d_][\w-]*)(?:\s+(?!yang\b|(?!tersebut\b)(?:me|ber|di|ter)[a-z]{{4,}})[\w.()-]+){{0,4}}",
    re.IGNORECASE,
)
_ENGLISH_AGENTS = words(
    """
    fund government ministry agency company companies bank council committee team office authority
    authorities administration delegation board firm institution organisation organization
    university police sides parties country countries
    """
)
_NOT_ACTORS = frozenset(
    {"Hal", "Ini", "Itu", "Pertemuan", "Kolaborasi", "Kegiatan", "Acara", "Program"}
) | words(
    """
    Karena Meski Meskipun Namun Tetapi Tapi Sementara Selain Bahkan Jika Kalau Apabila Bila Untuk
    Dengan Dalam Menurut Saat Ketika Setelah Sebelum Sehingga Agar Jadi Maka Oleh Sebab Akan Adapun
    """
)
_CONJUNCTION = re.compile(r"(\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|bersama|&)\s+)")
_CONDITION = re.compile(r"(?:Kalau|Jika|Apabila|Bila|Seandainya|Andaikan|Kalaupun)\b")
_CONDITION_INSIDE = re.compile(
    r"\b(?:kalau|jika|apabila|bila|seandainya)\s+(?:dirinya|ia|dia|beliau|kami|[A-Z])"
)
# "Kalau harga naik, kami akan rugi": after a condition only an action (a prefixed verb) is a
# commitment; a state is a consequence.
_ACTION_AFTER = re.compile(
    r"\s+(?:(?:segera|langsung|juga|kembali|terus)\s+)*(?:kami\s+|kita\s+)?(?:me|ber|di|per)[a-z]{3,}\b",
    re.IGNORECASE,
)


def _agent(part: str) -> bool:
    match = _AGENT.fullmatch(part)
    if match is None:
        return False
    head = match.group("head").lower()
    last = part.split()[-1].lower()
    return head in AGENT_NOUNS or last in _ENGLISH_AGENTS


class _Subject:
    """Who a clause names as the one who acts: ``found`` is False when the clause names nobody
    who can act (a thing, a figure); ``actor`` is None when someone acts but is not named here."""

    __slots__ = ("actor", "found")

    def __init__(self, found: bool, actor: str | None = None) -> None:
        self.found = found
        self.actor = actor


_NOBODY = _Subject(False)


def _names(clause: str, people: PeopleIndex, sides: Sides | None) -> _Subject:
    """``Dinas Koperasi dan KBRI Hanoi``, ``Rina dan Joko``, ``pemerintah provinsi``, ``the fund``;
    ``kedua pihak`` is the parties that met when the article says who they are."""
    collective = _COLLECTIVE.search(clause)
    if collective:
        return _Subject(True, (sides.parties if sides else None) or collective.group(0))
    parts = _CONJUNCTION.split(clause.strip(" ,"))
    names = parts[0::2]
    if not names or not names[0] or names[0].split()[0] in _NOT_ACTORS:
        return _NOBODY
    if not all(_ACTOR.fullmatch(name) or _agent(name) for name in names):
        return _NOBODY
    # "Rina dan Joko": each named part becomes the full name of the person it refers to.
    for i in range(0, len(parts), 2):
        parts[i] = people.resolve(parts[i]) or parts[i]
    return _Subject(True, "".join(parts))


def _clause_before(text: str) -> str:
    """The words of the clause that end at the end of ``text``, without trailing adverbs (a dateline
    left before the sentence, ``Jakarta - ``, ends a clause too)."""
    clause_at = max(
        text.rfind(","),
        text.rfind(";"),
        text.rfind(":"),
        text.rfind("—"),
        text.rfind(" - "),
        text.rfind(" – "),
    )
    if clause_at >= 0 and text[clause_at] == " ":
        clause_at += 2
    return _LEADING_ADVERBS.sub("", _ADVERBS.sub("", text[clause_at + 1 :]).strip())


# "…, kini Pemerintah Provinsi Sulawesi Utara kembali akan …": time adverbs before the subject.
_LEADING_ADVERBS = re.compile(
    r"^(?:(?:kini|saat\s+ini|sekarang|nantinya|ke\s+depan(?:nya)?|selanjutnya|kemudian|lalu|rencananya"
    r"|tahun\s+ini|tahun\s+depan|pekan\s+depan|now|next|then)\s+)+",
    re.IGNORECASE,
)


def _subject(
    sentence: SentenceRef,
    marker: int,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]],
    sides: Sides | None = None,
) -> _Subject:
    """The subject named right before the marker in narration: ``Dinas Koperasi dan KBRI Hanoi``, a
    person, a pronoun, ``pihaknya`` (the speaker's side) or an acting body (``pemerintah provinsi``)."""
    before = sentence.text[:marker]
    clause = _clause_before(before)
    reported = _REPORTED.match(clause)
    if reported and reported.end() < len(clause):
        clause = clause[reported.end() :].strip()
    elif acts := _SPEAKER_ACTS.match(clause):
        # "Perum Damri menyatakan akan menambah …": the speaker is the subject of the plan.
        clause = acts.group("subject").strip()
    condition = _CONDITION_INSIDE.search(before)
    if not clause and condition and _ACTION_AFTER.match(sentence.text, marker + len("akan")):
        # "… Hendra yang menyebut apabila dirinya menang, akan membangun …": a conditional
        # commitment of the one the condition is about, named before it.
        inside = people.mentions_in(sentence.paragraph, sentence.start, sentence.start + condition.start())
        return _Subject(True, people.name_of(inside[-1]) if inside else None)
    if not clause:
        # "Wakil Bupati Sukadana, Rina Oktaviani, akan …": the comma belongs to the name.
        for mention in people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker):
            rest = before[mention.end - sentence.start :]
            if re.fullmatch(r"[\s,]*(?:\s*(?:juga|pun|telah|sudah|akan|segera|kembali|turut))*\s*", rest):
                return _Subject(True, people.name_of(mention))
        return _NOBODY
    if _PRONOUN.fullmatch(clause):
        inside = people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker)
        if reported and inside:
            return _Subject(True, people.name_of(inside[-1]))  # "Dedi membenarkan dirinya akan …"
        return _Subject(True, people.last_before(sentence.paragraph, sentence.start, skip))
    if _UNNAMED.fullmatch(clause):
        return _Subject(True)
    if (
        _OWN_SIDE.fullmatch(clause)
        or _OWN_SIDE.fullmatch(clause.split()[-1])
        or _OBJECT_FIRST.match(sentence.text, marker)
    ):
        return _Subject(True, _narratedown_side(sentence, marker, people, skip, sides))
    return _names(clause, people, sides)


# "… akan kami uji coba …", "… harus terus kita berantas …": the object comes first, the speaker's
# side acts.
_OBJECT_FIRST = re.compile(r"\S+\s+(?:(?:segera|juga|kembali|terus|tetap)\s+)*(?:kami|kita)\s+[a-z]")
# "Kapolri melanjutkan, …": the one who reports, named by a title or a name at the sentence start.
_REPORTER = re.compile(rf"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?:{_REPORTING})\b")


def _narratedown_side(
    sentence: SentenceRef,
    marker: int,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]],
    sides: Sides | None,
) -> str | None:
    """``pihaknya``/``kami`` in narration: the side of the speaker in this sentence (``Kepala Dinas
    …, Hj. Sri …, mengatakan pihaknya akan …``, ``Kapolri melanjutkan, kita akan …``), else of the
    person last named before it."""
    inside = people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker)
    speaker = people.name_of(inside[-1]) if inside else None
    if speaker is None and (reporter := _REPORTER.match(sentence.text)):
        who = reporter.group("who")
        # "Kapolri melanjutkan, …": a title alone stands for the one person whose role it opens
        titled = [p.name for p in people.persons() if p.role and p.role.split()[0] == who]
        speaker = people.resolve(who) or (titled[0] if len(titled) == 1 else None)
    return own_side(people, speaker or people.last_before(sentence.paragraph, sentence.start, skip), sides)


def _quoted_subject(
    text: str, marker: int, people: PeopleIndex, speaker: str | None, sides: Sides | None
) -> _Subject:
    """The subject before the marker inside a quotation: ``kami``/``kita``/``we`` is the speaker's
    side; an acting body named in the quotation is itself."""
    if _OBJECT_FIRST.match(text, marker):
        return _Subject(True, own_side(people, speaker, sides))  # "… akan kami uji coba …": object first
    clause = _clause_before(text[:marker])
    words_before = clause.split()
    if not words_before:
        return _NOBODY
    # "jadi kami akan …", "sesudah itu kita akan …": the last word before the marker.
    if _OWN_SIDE.fullmatch(words_before[-1]) or _OWN_SIDE.fullmatch(" ".join(words_before[-2:])):
        return _Subject(True, own_side(people, speaker, sides))
    if _UNNAMED.fullmatch(words_before[-1]) or _PRONOUN.fullmatch(words_before[-1]):
        return _Subject(True)
    return _names(clause, people, sides)


# An English modal: "will", "would", "shall" — not "political will", "good will".
_MODAL = re.compile(r"(?<!\bpolitical\s)(?<!\bgood\s)(?<!\bfree\s)\b(?:will|would|shall)\b(?!\s+not\b)")
# "Issues on the budget will be discussed soon": an English passive future, what will be done
# without saying by whom. Passives of feeling or fate ("will be affected") are forecasts.
_PASSIVE_EN = re.compile(
    r"\b(?:will|would|shall)\s+(?:(?:also|soon|then|immediately|further|later|first)\s+)?be\s+"
    r"(?:(?:officially|formally|fully|jointly|gradually)\s+)?(?P<verb>[a-z]{3,}(?:ed|en|ht|wn|ld|un|ne))\b"
)
# "will benefit", "would be ready", "will grow": what is foreseen to happen, not what someone does.
_OUTCOME_EN = re.compile(
    r"(?:will|would|shall)\s+(?:(?:also|further|certainly|surely|likely|probably|only)\s+)?"
    r"(?:be|become|remain|benefit|help|improve|increase|grow|rise|fall|decline|drop|boost|affect|face|need"
    r"|get|see|suffer|lose|gain|expect|hope|like|run)\b"
)
_NOT_PASSIVE_PLANS_EN = words(
    """
    affected impacted hit felt seen known needed required welcomed appreciated influenced expected
    considered regarded deemed remembered loved liked used pleased disappointed surprised worried
    """
)


# The words every cue of a narrated plan starts with. Most sentences have none, and one scan for
# them spares the twenty scans of the cues themselves (tests/test_extract_steps.py checks that no
# cue found in the real corpus or the eval set escapes it).
_CUE_WORDS = re.compile(
    r"\b(?:(?:ber)?sepakat|menyepakati|disepakati|kesepakatan|berencana|merencanakan|direncanakan|rencana"
    r"|menindaklanjuti|ditindaklanjuti|tindak|berkomitmen|komitmen|berjanji|bertekad|guna|dijadwalkan"
    r"|menjadwalkan|menargetkan|ditargetkan|ditugaskan|ditugasi|penugasan|menugaskan|siap|diharapkan|akan"
    r"|bakal|segera|nanti|wajib|diwajibkan|dibuka|berlaku|mulai|diberlakukan|beroperasi|instruksi"
    r"|instruksikan|menginstruksikan|diinstruksikan|memerintahkan|diperintahkan|meminta|memintanya|minta"
    r"|diminta|memohon|mohon|mendorong|mengimbau|menghimbau|mengundang|serahkan|menyerahkan|memberi"
    r"|memberikan|arahan|harus|mesti|menunggu|menunda|ditunda|diundur|mengundurkan|memperpanjang"
    r"|diperpanjang|tugas|menetapkan|ditetapkan|kesiapan|mengusulkan|diusulkan|menawarkan|dukungan|mendukung"
    r"|sedang|tengah|mendesak|intruksi|mengintruksikan|diintruksikan|berlangsung"
    r"|agree\w*|plan\w*|set|scheduled|commit\w*|pledge\w*|vow\w*|intends?|target\w*|will|would|shall"
    r"|postpone\w*|extend\w*|prolong\w*|ask\w*|request\w*|urge\w*|advise\w*|instruct\w*|order\w*|invit\w*"
    r"|call\w*|appeal\w*|direct\w*|task\w*|tolong|maka|perlu|won|memastikan)",
    re.IGNORECASE,
)


_NANTINYA_PASSIVE = re.compile(r"\bnantinya\s+di", re.IGNORECASE)
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
)
# (words one of which the cue needs, the cue, its kind): the rarer cues are looked for only when
# such a word is in the sentence, a substring test far cheaper than the scan.
_GUARDED: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("diharapkan",), _EXPECTED, "expected"),
    (("will", "would", "shall"), _MODAL, "weak"),
    (("nantinya",), _NANTINYA_PASSIVE, "weak"),
    (("mulai",), _OPENING, "opening"),
    ((*_REQUEST_WORDS, "beri", "arahan", "intruksi", "desak"), _REQUEST, "request"),
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
        ),
        _REQUEST_EN,
        "request",
    ),
    (("harus", "wajib", "mesti"), _MUST, "must"),
    (("harus", "wajib", "mesti", "perlu"), _MUST_WITH, "with"),
    (("tidak akan", "tak akan", "not", "won"), _REFUSAL, "plain"),
    (("target",), _TARGET_FOR, "strong"),
    (("memastikan",), _ASSURED, "plain"),
    (("fokus", "prioritas"), _FOCUS, "plain"),
    (("nanti", "menunggu"), _PENDING, "plain"),
    (("tunda", "nunda", "undur", "postpone"), _POSTPONED, "plain"),
    (("extend", "prolong", "panjang"), _EXTENDED, "plain"),
    (("tugas", "tetapkan", "netapkan"), _TASK, "plain"),
)


def _markers(text: str, quoted: bool) -> list[tuple[int, str]]:
    """Every cue of a plan in ``text``, in order, with its kind."""
    if _CUE_WORDS.search(text) is None and not (
        quoted and (_QUOTED_SCHEDULE.search(text) or _ORDER.search(text))
    ):
        return []
    low = text.lower()
    found = [
        (m.start(), "strong")
        for m in _STRONG.finditer(text)
        if not (m.group(0).lower().startswith("tindak") and _FOLLOWS_UP.search(text, 0, m.start()))
    ]
    found += [(m.start(), "weak") for m in _WEAK.finditer(text)]
    for needed, pattern, kind in _GUARDED:
        if any(word in low for word in needed):
            found += [(m.start(), kind) for m in pattern.finditer(text)]
    if "plan" in low:
        found += [
            (m.start(), "plain")
            for m in _PLAN_OF.finditer(text)
            if not _CAUSED.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        ]
    if "rencana" in low and (_PLAN_TIME.search(text) or _SCHEDULE.search(text)):
        found += [(m.start(), "strong") for m in _PLAN_NOUN.finditer(text)]
    if "wajib" in low:
        found += [
            (m.start(), "obligation") for m in _OBLIGATION.finditer(text) if _DEADLINE.search(text, m.end())
        ]
    if quoted:
        found += [(m.start(), "plain") for m in _QUOTED_SCHEDULE.finditer(text)]
        found += [(m.start(), "plain") for m in _ORDER.finditer(text)]
    # At one position the most specific cue decides ("akan menjadi fokus" before "akan").
    order = {
        "plain": 0,
        "with": 1,
        "request": 2,
        "strong": 3,
        "must": 4,
        "obligation": 5,
        "opening": 6,
        "expected": 7,
    }
    return sorted(found, key=lambda m: (m[0], order.get(m[1], 9)))


_ADDRESSEE_STOP = re.compile(
    r"(?:untuk|agar|supaya|tidak|jangan|segera|nanti|nantinya|yang|langsung|to|that|who|not|(?:me|ber)[a-z]{3,}"
    # verbs without a prefix that instructions use ("turun langsung", "tetap membantu")
    r"|turun|datang|hadir|ikut|tetap|terus|lapor|jaga|cek|kerja|apabila|jika|kalau|bila|ketika|saat)$",
    re.IGNORECASE,
)


# Words before the addressee: "meminta ke …", "requested that …", "called on …", "an invitation to …".
_ADDRESSEE_LEAD = frozenset(("ke", "tolong", "agar", "supaya", "that", "on"))


def _addressee(text: str, marker: int) -> str | None:
    """Who a request is addressed to: ``meminta [kepada] para penyuluh itu untuk …`` → ``para
    penyuluh itu``; the words up to the purpose, a relative clause or a verb, at most six."""
    tokens = text[marker:].split()[1:]
    if tokens and tokens[0].lower() in ("arahan", "instruksi", "perintah", "waktu", "tenggat"):
        tokens = tokens[1:]  # "memberikan arahan agar …"
    lowered = [t.lower() for t in tokens[:3]]
    if "kepada" in lowered:
        tokens = tokens[lowered.index("kepada") + 1 :]  # "instruksi tegas kepada seluruh jajaran …"
    if [t.lower() for t in tokens[:3]] == ["an", "invitation", "to"]:
        tokens = tokens[3:]  # "sent an invitation to the mayor to attend …"
    elif tokens and tokens[0].lower() == "to" and text[marker:].lower().startswith("appeal"):
        tokens = tokens[1:]  # "appealed to the provinces to …"
    while tokens and tokens[0].lower() in _ADDRESSEE_LEAD:
        tokens = tokens[1:]
    who: list[str] = []
    for token in tokens[:7]:
        word = token.strip(",;:.")
        if _ADDRESSEE_STOP.fullmatch(word) or not word:
            break
        who.append(word)
        if token != word:
            break  # punctuation ends the phrase
    while who and who[-1].lower() in ("itu", "ini", "tersebut"):
        who.pop()  # "para pendamping itu"
    return " ".join(who) if 0 < len(who) <= 6 else None


# "belum mendapat penugasan", "tidak sepakat": a negated cue; "telah meminta": a request made and
# done with; "biasanya merencanakan": a habit, not a plan.
_NEGATED_BEFORE = re.compile(r"\b(?:belum|tidak|tak|bukan|not)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"\b(?:telah|sudah|pernah)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "telah menugaskan dua petugas untuk menjaga …", "sudah mengeluarkan instruksi agar …": an
# assignment stays in force after it is given.
_ASSIGNED = re.compile(
    r"menugaskan|instruksi|arahan|memberi(?:kan)?\s+(?:arahan|instruksi|tugas|perintah)", re.IGNORECASE
)
_RELATIVE = re.compile(r"\b(?:yang|which|that)\s+$", re.IGNORECASE)
# "… yang akan kami umumkan", "langkah yang akan ditempuh pihaknya": a relative clause that says who
# will act is a plan of theirs.
_AGENT_AFTER = re.compile(
    r"\S+\s+(?:(?:segera|juga|kembali)\s+)*(?:(?:kami|kita)\b|di[a-z]{3,}\s+(?:oleh\s+)?(?:pihaknya|kami|kita|[A-Z]))"
)
# "sempat mengusulkan …", "pernah berjanji …": a proposal or promise made before, told as past.
_PAST_BEFORE = re.compile(r"\b(?:sempat|pernah)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "Tahun lalu dinas itu menargetkan …": a target set for a period that is over.
_PAST_PERIOD = re.compile(
    r"\b(?:(?:tahun|bulan|pekan|minggu|semester)\s+lalu|last\s+(?:year|month|week))\b", re.IGNORECASE
)
_TARGET = re.compile(r"menargetkan|ditargetkan|targetkan|target", re.IGNORECASE)
# "…, so that the programme will run smoothly": what a purpose clause foresees is a result.
_SO_THAT = re.compile(r"\b(?:so\s+that|in\s+order\s+that)\b", re.IGNORECASE)
# "… kunjungan Presiden Joko yang akan menyambangi Roma akhir bulan": a relative clause on someone
# named, with an active verb, is that one's plan.
_NAMED_RELATIVE = re.compile(r"(?P<who>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+yang\s+$")
_ACTIVE_AFTER = re.compile(r"\S+\s+(?:(?:segera|juga|kembali)\s+)*(?:me|ber)[a-z]{3,}\b")
# How far before a cue the round-2 checks of its context look (a run-on paragraph stays linear).
_LOOK_BACK = 200
_HABIT = re.compile(r"\b(?:biasanya|umumnya|selalu|sering|usually|typically|often)\b", re.IGNORECASE)


def _end_of_first(pattern: re.Pattern[str], text: str) -> int:
    found = pattern.search(text)
    return found.end() if found else len(text) + 1


def _judge(
    text: str,
    subject_at: Callable[[int], _Subject],
    event: dt.date | None,
    quoted: bool,
) -> _Subject | None:
    """The one who acts when ``text`` states a plan (``actor`` None when unnamed), else None.
    ``subject_at(i)`` reads the subject of the cue at ``i``."""
    markers = _markers(text, quoted)
    if not markers:
        return None
    condition = quoted and _CONDITION.match(text) is not None
    # Where the first belief, question, habit and former-plan word of the sentence end: a cue after
    # one of them is governed by it.
    low = text.lower()
    belief = _end_of_first(_BELIEF, text)
    question = _end_of_first(_QUESTION, text) if "apakah" in low or "whether" in low else len(text) + 1
    habit, former = (_end_of_first(p, text) for p in (_HABIT, _FORMER))
    for start, kind in markers:
        if kind == "request":
            # "Kami berharap …, dan kami minta pula supaya …": only a belief in the
            # request's own clause makes it a wish.
            clause_at = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
            if _BELIEF.search(text, clause_at + 1, start):
                return None
        elif belief <= start:
            return None  # "Ia memperkirakan permintaan akan tumbuh", "… diperkirakan akan …"
        if question <= start or habit <= start:
            continue  # "apakah … akan dipecah", "wisatawan biasanya merencanakan …"
        if kind == "weak" and former <= start:
            continue  # "Initially, the bridge would open by 2021": a former plan
        if (
            kind == "weak"
            and _TAKES_PLACE.match(text, start)
            and (due_of(text, event)[0] or (event is None and _SCHEDULE.search(text, start)))
        ):
            return _Subject(True)  # "… yang akan digelar 5-7 Mei 2027", "… akan berlangsung hingga …"
        if (
            kind == "weak"
            and (named := _NAMED_RELATIVE.search(text, max(0, start - _LOOK_BACK), start))
            and _ACTIVE_AFTER.match(text, start)
        ):
            return _Subject(True, named.group("who"))  # "… Presiden Joko yang akan menyambangi …"
        if kind == "weak" and _RELATIVE.search(text, 0, start) and not _AGENT_AFTER.match(text, start):
            continue  # "bahan yang akan disalurkan dibeli di Jakarta": a relative clause names a thing
        if kind in ("strong", "request") and _NEGATED_BEFORE.search(text, 0, start):
            continue  # "Koperasi itu belum mendapat penugasan …"
        if kind == "strong" and _PAST_BEFORE.search(text, max(0, start - _LOOK_BACK), start):
            continue  # "sempat mengusulkan …": proposed before
        if (
            kind == "strong"
            and _TARGET.match(text, start)
            and _PAST_PERIOD.search(text, max(0, start - _LOOK_BACK), start)
        ):
            continue  # "Tahun lalu dinas itu menargetkan …": a past target
        if kind == "weak" and _SO_THAT.search(text, max(0, start - _LOOK_BACK), start):
            continue  # "…, so that the service will run well": a result
        if kind == "expected" and (_HOPE.match(text, start) or not _SCHEDULE.search(text)):
            return None  # "diharapkan mampu mendongkrak …", or no schedule: a hope, whatever follows
        if kind == "opening":
            due, _ = due_of(text, event)
            if due is None and not (event is None and _SCHEDULE.search(text, start)):
                continue  # "dibuka mulai 1 Oktober lalu": it has already opened
            return _Subject(True)
        if kind == "request":
            done = _DONE_BEFORE.search(text, 0, start) and not _ASSIGNED.match(text, start)
            if _NOT_REQUEST.match(text, start) or done:
                continue  # "meminta maaf", "Polres telah meminta dinas memblokir …"
            return _Subject(True, _addressee(text, start))
        if kind == "strong" and quoted and text[start:].lower().startswith("siap"):
            continue  # "Kami siap berbagi kurikulum": an offer, not a plan
        if kind == "with":
            return _Subject(True, subject_at(start).actor if subject_at(start).found else None)
        if kind in ("plain", "strong", "obligation", "expected"):
            return _Subject(True, subject_at(start).actor)
        if kind == "weak" and _FIGURE.search(text, 0, start):
            continue  # "X menyebut sebanyak 80.000 gerai … akan …": a reported figure
        if condition and not _ACTION_AFTER.match(text, start + len(text[start:].split(maxsplit=1)[0])):
            continue  # "Kalau harga naik, kami akan rugi": a consequence, not a commitment
        if kind == "weak" and (passive_en := _PASSIVE_EN.match(text, start)):
            if passive_en.group("verb") in _NOT_PASSIVE_PLANS_EN:
                continue  # "Farmers will be affected": a forecast
            return _Subject(True)  # "The bill will be discussed next week": no actor
        if kind == "weak" and _OUTCOME_EN.match(text, start):
            continue  # "The country would benefit from …": an outcome foreseen, not an act
        if kind == "weak":
            passive = _PASSIVE.match(text, start)
            if passive and passive.group("verb").lower() in _NOT_PASSIVE_PLANS[0]:
                continue  # "Kopi Gayo akan dikenal di seluruh dunia": a forecast, whoever the subject is
            if passive and passive.group("verb").lower() not in _NOT_PASSIVE_PLANS[1]:
                return _Subject(True)  # the subject of a passive is what is acted on: no actor
        subject = subject_at(start)
        if kind == "must":
            must = _MUST.match(text, start)
            assert must is not None
            if must.group("own"):
                if re.search(r"\byang\s+$", text[:start]):
                    continue  # "… pasar yang harus kita benahi": a relative clause, no commitment
                return _Subject(True, subject_at(start).actor)  # "… harus terus kita jaga bersama"
            if must.group("verb").lower().startswith("di"):
                if _BY_NAMED.match(text, must.end()):
                    return _Subject(True, subject.actor)  # "… yang harus dipenuhi oleh Dinas …"
                continue
            head = (subject.actor or "").split()[:1]
            governed = bool(head) and head[0].lower() in _GOVERNMENT
            if not subject.found or not (governed or _SCHEDULE.search(text, start)):
                continue
        if not subject.found:
            continue
        return subject
    return None


_TITLE_WORD = re.compile(r"[A-Z0-9]")


def _headline(text: str) -> bool:
    """``Jadi Lumbung Pangan Baru, Gubernur Minta Bupati Tambah Gudang``: a title-case line without
    a final stop is a headline, which repeats the story rather than stating anything."""
    tokens = text.split()
    if len(tokens) < 4 or text.rstrip()[-1:] in '.!?”"':
        return False
    capitalised = sum(1 for t in tokens if _TITLE_WORD.match(t))
    return capitalised >= 0.7 * len(tokens)


def step_of(
    sentence: SentenceRef,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]] = (),
    event: dt.date | None = None,
    sides: Sides | None = None,
) -> NextStep | None:
    """The next step this sentence states, or None (predictions, beliefs and hopes are not steps)."""
    if _headline(sentence.text):
        return None
    subject = _judge(
        sentence.text, lambda at: _subject(sentence, at, people, skip, sides), event, quoted=False
    )
    if subject is None:
        return None
    actor = subject.actor
    if actor and _OWN_SIDE.fullmatch(actor):
        actor = _narratedown_side(sentence, len(sentence.text), people, skip, sides)  # "meminta kami untuk …"
    due, precision = due_of(sentence.text, event)
    return NextStep(sentence.text, actor, due, sentence.paragraph, precision)


def quoted_steps(
    quotation: str,
    speaker: str | None,
    paragraph: int,
    people: PeopleIndex,
    event: dt.date | None = None,
    sides: Sides | None = None,
) -> list[NextStep]:
    """Plans, commitments and instructions a speaker states inside a quotation (``“Kami akan
    memproses …,” kata X``); ``kami``/``kita`` is the speaker's organisation."""
    steps = []
    for sentence in split_sentences(quotation):
        text = sentence.rstrip(" ,")

        def subject_at(at: int, text: str = text) -> _Subject:
            return _quoted_subject(text, at, people, speaker, sides)

        subject = _judge(text, subject_at, event, quoted=True)
        if subject is not None:
            actor = subject.actor
            if actor and _OWN_SIDE.fullmatch(actor):
                actor = own_side(people, speaker, sides)  # "Gubernur meminta kepada kami untuk …"
            due, precision = due_of(text, event)
            steps.append(NextStep(text, actor, due, paragraph, precision))
    return steps
