"""Next steps stated in the speaker's own words: the cues and rules of spoken Indonesian that the
narrated grammar of ``step_cues`` does not reach.

- The object-focus form of the first person (``sisa dananya kami alihkan ke …``, ``kita
  kunjungi pasar``, ``para pemuda kami rangkul``): in speech the speaker's side as agent right before a
  bare transitive verb says what that side does, without ``akan``; it is a step when something
  anchors it in what comes: a condition before it (``Kalau ada yang melanggar, kami cabut …``), a
  word of time to come (``nanti``, ``selanjutnya``, ``segera``, ``setelah …``, ``… dulu`` after
  the verb) or a month named; or when the pronoun opens its clause (``Kita tingkatkan …``, ``Jadi,
  kami kerucutkan …``, ``Untuk pemilih pemula, kita datangi …``: the hortative, what the side sets
  out to do). With the object first and no anchor it as often describes the programme as it runs
  (``korpusnya kami buka untuk umum``, ``Sekarang kita bantu mereka …``). It is no step in a relative
  clause (``yang kami lakukan``), as the subject of a condition (``jika kami promosikan``), after a
  word of the past (``sudah``, ``tadi``, ``kemarin``) or of routine (``secara rutin``), nor with
  a verb of saying, seeing, knowing or feeling (``kami sampaikan``, ``kami temukan``, ``kita
  hadapi``).
- A time to come before the first person and an active verb (``Tahun depan kami membuka kelas
  malam``, ``Nanti kita mengirim tim``): Indonesian marks no tense, and the time named makes the
  act a plan (not with a verb of seeing, having or undergoing: ``ke depan kita menghadapi …``).
- A condition, a comma, then the first person and an active verb (``Kalau stoknya menipis, kami
  mendatangkan beras dari gudang lain``): the consequence the speaker's side commits to, the
  active counterpart of the bare ``…, kami tindak`` of ``step_cues`` (not a state or a judgement:
  ``…, kami merugi``).
- A formal conditional rule (``Apabila …, maka dikirim surat teguran``, ``Jika …, maka
  proyek itu sebaiknya dihentikan``): after a condition, ``maka`` and a passive verb state what
  will be done in that case (a verb of judging, ``maka dapat disimpulkan``, is no act).
- Imperatives of roots that begin like a prefix (``Berikan …``, ``Terapkan …``, ``Tertibkan …``),
  which the ``-kan`` imperative of ``step_cues`` leaves out with the prefixed verbs, ``Tolong,
  …`` written with a comma, ``Tolong ya …``, and ``Segera …`` opening the sentence.
- Readiness to enforce (``Kami siap menindak …``, ``kami siap berantas pungli``): unlike an
  offer (``kami siap membantu``, which waits on the other side's answer), a resolve against
  wrongdoing depends on no one and is a commitment.
- A bare command shouted after a comma (``…, bongkar!``).
- Not steps: a question (a sentence that ends in ``?``), a favour asked for the speaker
  (``tolong beri saya waktu``), a reporter sent to another source (``Silakan tanyakan ke bagian
  humas …``), and the speaker announcing what he is about to tell (``Kami akan cerita soal
  …``, ``Saya akan jelaskan mengenai …``: the talk itself, not an act to come).
"""

from __future__ import annotations

import re

from briefgen.extract.lexicon import MONTH_RE, words
from briefgen.extract.step_subjects import Subject

# Verbs of saying, seeing, knowing, feeling, having and undergoing: in the object-focus form they
# tell what the speaker says or finds ("kami sampaikan", "yang kita miliki"), not an act to come.
_NOT_ACTS = words(
    """
    sampaikan katakan sebutkan jelaskan tegaskan ungkapkan ceritakan gambarkan contohkan ibaratkan
    analogikan istilahkan namakan tanyakan simpulkan laporkan umumkan akui temukan harapkan rasakan
    inginkan butuhkan perlukan sayangkan khawatirkan bayangkan bandingkan dengarkan perhatikan
    pikirkan banggakan syukuri apresiasi lihat dengar tahu kira rasa pikir sendiri pribadi miliki
    ketahui sadari alami hadapi jalani lalui nikmati sukai cintai hargai hormati pahami yakini sesali
    dapatkan peroleh terima beritahukan informasikan beritakan kabarkan paparkan uraikan tunjukkan
    nanti lagi sekali tadi kini sini hari begini mandiri pagi pasti sebagai bicarakan perbincangkan
    """
)
# The first person before a bare verb: a transitive in -kan or -i, a stem of enforcement, of
# service or of planning and making ("kita susun dulu", "kami bentuk tim"), or a per- verb
# ("kita pertebal pengamanan"), with "juga", "pun" or "langsung" between as with any verb
# ("Kami juga kembangkan …"); the ``kan``/``i`` forms exclude the prefixed actives ("kami
# melakukan", "kami berikan" aside, which starts like ber-).
_BARE_ACTS = (
    r"(?!(?:me|di)[a-z])(?:[a-z]{3,}kan|(?!ber)[a-z]{4,}i)"
    r"|ambil|ajak|cek|sikat|gelar|buka|tutup|tambah|jaga|bangun|dorong|kawal|tindak|proses|tangkap"
    r"|periksa|cabut|bina|usut|kejar|buru|sita|bantu|data|panggil|tegur|bongkar|jemput|antar|kirim"
    r"|bawa|tarik|razia|bahas|susun|bentuk|buat|bikin|rancang|atur|tata"
    r"|per(?:ketat|kuat|luas|tebal|cepat|banyak|dalam|baiki|bantukan)"
)
_SPOKEN_ACT = re.compile(
    r"(?<![\w-])(?P<who>[Kk]ami|[Kk]ita|[Ss]aya|[Aa]ku)\s+(?:(?:juga|pun|langsung)\s+)?"
    rf"(?P<verb>{_BARE_ACTS})\b"
)
# What the clause of the pronoun may not hold: a subordinator or a relative right before it
# ("jika kami promosikan", "yang bisa kita lakukan"), a word of the past, of routine or a
# prohibition anywhere in it ("Kemarin kami kunjungi …", "sudah kami usulkan", "Saya undang …
# untuk membahas hasil rapat kemarin", "jangan sampai murid kita main …"). An object
# fronted with a relative clause ("Setiap tamu yang datang … kami sambut") names a class of
# cases handled as a rule or in the past, not an act to come.
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:jika|kalau|bila|apabila|karena|sebab|ketika|saat|sewaktu|sejak|sebelum|setelah|sesudah|agar"
    r"|supaya|sehingga|yang|seperti|sebagaimana|ke|kepada|dengan|dari|oleh|pada|bagi|untuk|tentang"
    r"|buat|sama|bersama|antara|ayo|mari|tidak|tak|belum|bukan|enggak|nggak)\s+"
    r"(?:(?:juga|pun|memang|harus|perlu|bisa|dapat|mesti|wajib|akan|sudah|telah|masih|coba|ingin|mau)\s+){0,2}$",
    re.IGNORECASE,
)
_PAST_OR_ROUTINE = re.compile(
    r"\b(?:jangan|sudah|telah|pernah|sempat|tadi|kemarin|lalu|sebelumnya|baru\s+saja|selama\s+ini|rutin"
    r"|sekarang|kini|saat\s+ini|hari\s+ini"
    r"|berkala|kontinyu|kontinu|terus-menerus|setiap\s+(?:hari|pekan|minggu|bulan|tahun|saat|kali))\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]")
_RELATIVE = re.compile(r"\byang\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
# What anchors the object-focus form in what comes: a condition before the pronoun, a word of time
# to come anywhere, "dulu" after the verb ("kami rapatkan dulu": first), a month named.
_CONDITION_BEFORE = re.compile(r"\b(?:jika|kalau|apabila|bila|kalaupun|jikalau|manakala)\b", re.IGNORECASE)
_TIME_TO_COME = re.compile(
    rf"\b(?:nanti(?:nya)?|selanjutnya|segera|secepatnya|besok|lusa|ke\s*depan(?:nya)?|mendatang|setelah|usai"
    rf"|(?:tahun|bulan|minggu|pekan|semester)\s+depan|(?i:{MONTH_RE}))\b",
    re.IGNORECASE,
)
_FIRST = re.compile(r"\bdulu\b", re.IGNORECASE)
# "Kita tingkatkan layanan puskesmas", "Untuk itu kami kerucutkan lagi", "Untuk pemilih pemula,
# kita datangi kampus": the first person opening its sentence before a bare transitive is the
# hortative of spoken Indonesian, the side saying what it sets out to do, anchored or not (an
# object put first, "layanan itu kami buka …", describes how a programme runs; after "makanya",
# "karena itu" the act is the outcome of what happened, after "Jadi" the way the programme
# answers a need just told: "Jadi kami bawa layanan itu ke …").
_HEAD_OF_CLAUSE = re.compile(r"^\W*(?:(?:[Uu]ntuk\s+itu|[Tt]inggal)\s*,?\s+|[Uu]ntuk\s+[^,;]{3,60},\s+)?$")
# "Kami kirim sekitar tiga truk": an approximate count after the verb tells what was sent, a
# report of the response under way rather than what is set out to do.
_ABOUT = re.compile(
    r"\s+(?:sekitar|kurang\s+lebih|kira-kira)\s+"
    r"(?:\d|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan|ribuan)",
    re.IGNORECASE,
)
# "Tahun depan kami membuka …", "Mulai Senin kita memberlakukan …" ("besok" is read in step_cues).
_LATER_WE = re.compile(
    r"\b(?:(?:tahun|bulan|minggu|pekan|semester)\s+(?:depan|mendatang)|ke\s*depan(?:nya)?|nanti(?:nya)?|lusa"
    r"|dalam\s+waktu\s+dekat|mulai\s+(?:besok|lusa|(?:pekan|minggu|bulan|tahun)\s+depan|hari\s+ini|Senin|Selasa"
    r"|Rabu|Kamis|Jumat|Sabtu|Minggu))\b,?\s+"
    r"(?:(?!(?:yang|jika|kalau|bila|apabila|saat|ketika|karena)\b)[\w-]+\s+){0,3}?(?P<who>kami|kita|saya)\s+"
    r"(?:(?:langsung|juga|segera|mulai|terus|pun)\s+)?(?P<verb>(?:me|ber)[a-z-]{3,}|turun|datang|hadir|ke)\b",
    re.IGNORECASE,
)
# "Kalau stoknya menipis, kami mendatangkan …": a condition, then what the speaker's side does.
# ("Bila surat peringatan diabaikan baru kami akan tutup kiosnya": "baru", only then, in place of the
# comma; after "akan" the bare verb of speech as well as the prefixed one)
_IF_THEN_WE = re.compile(
    r"^(?:[\w-]+\W+){0,3}?(?:jika|kalau|apabila|bila|kalaupun|manakala)\b[^.;]{3,200}?(?:,\s*|\s+baru\s+)"
    r"(?:maka\s+)?(?P<who>kami|kita|saya)\s+(?:(?:langsung|juga|segera|pasti|tentu)\s+)?"
    rf"(?:(?P<verb>(?:me|ber)[a-z-]{{3,}})|(?:akan|bakal)\s+(?:(?:langsung|segera)\s+)?(?-i:(?P<bare>{_BARE_ACTS})))\b",
    re.IGNORECASE,
)
_NOT_LATER_ACTS = words(
    """
    melihat mendengar merasa merasakan mengetahui menilai menganggap memikirkan mengharapkan berharap
    berpikir mendapat mendapatkan menerima memperoleh mengalami menghadapi memiliki mempunyai menjadi
    merupakan berada bersama bersama-sama membutuhkan memerlukan memasuki menikmati meyakini berdoa
    bergantung menemukan menipu merugi bersyukur berbohong berterima
    """
)

# "Apabila pemilik kios tidak datang, maka dikirim surat teguran": a condition, then
# "maka", what it names and a passive verb (a verb of judging or seeing is no act).
_MODALS = r"(?:akan|harus|sebaiknya|wajib|perlu|segera|bisa|dapat|langsung|juga|pun|kembali)"
_CONDITIONAL_RULE = re.compile(
    r"^(?:[\w-]+\W+){0,3}?(?:jika|apabila|bila|kalau|jikalau|manakala)\s+"
    r"(?!(?:dilihat|dibandingkan|ditinjau|dihitung|diukur|dicermati)\b)[^;]{3,300}?"
    # "…, maka (NP) (modal) di-…", or without "maka" when a modal of duty or of the future
    # comes first: "Jika produsen ingin mengedarkan lagi, izinnya harus diurus dari awal"
    rf"(?:[\s,]maka\s+(?:[\w()/-]+\s+){{0,6}}?(?:{_MODALS}\s+)*"
    rf"|,\s*(?:[\w()/-]+\s+){{0,6}}?(?:akan|harus|sebaiknya|wajib|segera)\s+(?:{_MODALS}\s+)*)"
    r"(?P<verb>di(?!(?:ri|rinya|mana|sini|sana|situ)\b)[a-z]{3,})\b",
    re.IGNORECASE,
)
_NOT_PASSIVE_ACTS = words(
    """
    disimpulkan dikatakan dianggap dinilai diperkirakan diprediksi diproyeksikan diketahui dilihat
    dibandingkan disebut dipastikan dirasakan dipahami diartikan dimaknai dimungkinkan diharapkan
    dirugikan diuntungkan dipengaruhi dibutuhkan diperlukan diterima dikenal diminati
    """
)
_CONDITION_OPENS = re.compile(r"\b(?:jika|apabila|bila|kalau|jikalau|manakala)\b")
_NEGATION = re.compile(r"\b(?:tidak|tak|belum|bukan|enggak|nggak)\b", re.IGNORECASE)

# "Berikan …", "Terapkan …": an imperative of a root that begins like a prefix; "Tolong, …".
_IMPERATIVE = re.compile(
    r"^(?:(?:Jadi|Maka|Karena\s+itu|Untuk\s+itu|Sekali\s+lagi),?\s+)?(?:Berikan|Bersihkan|Berantas|Bereskan"
    r"|Beritahukan|Beritakan|Terapkan|Tertibkan|Teruskan|Terbitkan|Terangkan|Tetapkan|Menangkan|Meriahkan"
    r"|Dinginkan|Diamkan)\s+[a-z]"
    # "Segera kembali ke …": "segera" opening the sentence before a bare verb, as it orders after a
    # comma (not the conjunction "Segera setelah …")
    r"|^Segera\s+(?!(?:setelah|sesudah|sebelum|begitu|usai|sejak)\b)(?!(?:di|ter)[a-z])[a-z]{3,}"
    # "Tolong, …", and "Tolong ya, …", "Tolong ya para camat …", "tolonglah betul-betul …": "ya",
    # "lah", "dong" soften the request without changing it
    r"|\b[Tt]olong(?:lah)?(?:,|\s+(?:ya|dong)\b,?|(?<=lah)(?=\s))\s+(?!di)[a-z]{3,}"
)
# "Saya minta Pak Kabid evaluasi …", "kami minta kepada dinas siapkan …", "Tiga hari ini saya
# minta laporannya sudah masuk": inside a quotation the speaker's side asking is a request whatever form
# the act asked for takes (the bare verb of speech, a state to reach); not an apology or a
# comment asked for, not a request the speaker tells as argued before ("kami minta ke presiden,
# bahwa …" reports what was said), not a wish that something exist ("kami minta ada kepastian
# …", with no one asked and no act).
_WE_ASK = re.compile(
    r"(?<![\w-])(?:[Ss]aya|[Kk]ami|[Kk]ita|[Aa]ku)\s+(?:(?:juga|pun|kembali|tetap|pula)\s+)?(?P<verb>minta)\b"
    r"(?!\s+(?:maaf|tanggapan|keterangan|konfirmasi|komentar|pendapat|penjelasan|izin|ijin|restu|doa)\b)"
    r"(?![^.;]{0,40}?\bbahwa\b)(?!\s+(?:(?:agar|supaya|sudah|segera)\s+)?ada\b)\s+[\w(]"
)
# "Dulu kami minta tolong ditambah …", "Kemarin saya sudah minta …": a request told as past.
_ASKED_BEFORE = re.compile(r"\b(?:dulu|kemarin|sebelumnya|pernah|sempat|sudah|telah)\b", re.IGNORECASE)
# "Kami siap menindak tegas …", "kami siap sikat …": readiness to act against wrongdoing.
_READY_TO_ENFORCE = re.compile(
    r"(?<![\w-])(?P<who>[Kk]ami|[Kk]ita|[Ss]aya)\s+(?:(?:juga|pun|tetap|selalu|sangat)\s+)?siap\s+(?:untuk\s+)?"
    r"(?:menindak|tindak|memberantas|berantas|menyikat|sikat|menangkap|tangkap|menertibkan|tertibkan|menyita"
    r"|sita|mengusut|usut|menegakkan|tegakkan|memproses|proses|menghukum|menggagalkan|gagalkan|membongkar"
    r"|bongkar|menutup|tutup|mencabut|cabut|melawan|lawan|memerangi|perangi)\b"
)
# "Saya tidak peduli siapa pemiliknya, tutup!": a one-word command after a comma.
_SHOUTED = re.compile(
    r"[,;]\s*(?P<verb>(?!(?:me|di|ber|ter)[a-z])[a-z]{3,}kan|(?!(?:me|di|ber|ter)[a-z])[a-z]{4,}i|tutup|tangkap"
    r"|proses|tindak|usut|sikat|sita|cabut|bongkar|segel|bubarkan|stop)\s*!\s*$"
)
# "tolong beri saya waktu", "tolong doakan kami": a favour for the speaker, not an act of policy.
_FAVOUR = re.compile(r"[Tt]olong(?:lah)?(?:,|\s+(?:ya|dong)\b,?)?\s+(?:\w+\s+)(?:saya|aku|kami)\b")
# "Silakan tanyakan ke bagian humas": the reporter sent elsewhere; "silakan saja menghubungi
# saya": an offer of more information (every form of asking and contacting, bare or prefixed).
_REFERRAL = re.compile(
    r"(?:[Ss]ilakan|[Ss]ilahkan|[Mm]onggo)\s+(?:(?:langsung|saja|aja)\s+)?(?:konfirmasi|mengonfirmasi"
    r"|mengkonfirmasi|tanya|tanyakan|bertanya|menanyakan|hubungi|menghubungi|kontak|mengontak)\b"
)
# "Kami akan cerita soal …": what the speaker is about to say.
_ABOUT_TO_TELL = re.compile(
    r"(?:akan|mau|ingin)\s+(?:(?:sedikit|langsung|coba)\s+)?(?:lapor|laporkan|sampaikan|menyampaikan|jelaskan"
    r"|menjelaskan|paparkan|memaparkan|ceritakan|menceritakan|bicara|berbicara|bercerita)\s+"
    r"(?:tentang|mengenai|soal|bahwa|terkait)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:kami|kita|saya|aku)\s+(?:(?:juga|pun|hanya)\s+)?$", re.IGNORECASE)


# "Akan ada juga pembahasan mengenai …", "Nanti akan ada festival di tiap kecamatan": a coming
# act or event announced as existing (a noun of an act, pe-…-an or per-…-an, or of an event or a
# measure), not a change foreseen ("akan ada peningkatan", "akan ada kenaikan harga": ke-…-an
# and the nouns of change are outcomes).
_THERE_WILL_BE = re.compile(
    r"(?<!\btidak\s)(?<!\btak\s)(?<!\bbelum\s)\b(?:akan|bakal)\s+ada\s+(?:(?:juga|lagi|pula|pun)\s+)?"
    r"(?!(?:peningkatan|penurunan|pertumbuhan|perubahan|pergeseran|perlambatan|pemulihan|penguatan|pelemahan"
    r"|permintaan|penawaran|persaingan|perbedaan|persoalan|permasalahan|penumpukan|pengaruh|penambahan\s+beban)\b)"
    r"(?:pe[a-z]{4,}an|per[a-z]{3,}an|festival|acara|kegiatan|kebijakan|program|rapat|sidang|razia|operasi"
    r"|patroli|sanksi|konsekuensi|tindakan|evaluasi|sosialisasi|lomba|pameran|upacara|kunjungan|tim)\b",
    re.IGNORECASE,
)


# "Insya Allah mulai 21 September kami bahas", "Insyaallah peluncurannya pada Februari": "God
# willing" is how a speaker commits to what comes; with a time to come close after it the
# sentence states a schedule (alone it as often softens a hope: "Insya Allah pembangunan itu
# layak").
_GOD_WILLING = re.compile(
    r"\b(?:in(?:sya|sha|sy|s)a?\s*-?\s*allah|insyaallah|insyallah|inshallah)\b"
    rf"(?=[^.;]{{0,50}}?\b(?:\d{{1,2}}\s+(?i:{MONTH_RE})|(?i:{MONTH_RE})\s+(?:20\d\d|depan|mendatang)"
    r"|(?:pada|mulai|awal|akhir|pertengahan)\s+(?i:" + MONTH_RE + r")|besok|lusa"
    r"|(?:minggu|pekan|bulan|tahun)\s+(?:ini|depan)|(?:hari|minggu|pekan)\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu"
    r"|Minggu))\b)",
    re.IGNORECASE,
)


# "Para pedagang hendaknya melapor …", "Jamaah sebaiknya segera menghubungi KBRI": advice to
# those named, the modals of what ought to be done (the whole closed class), then an active
# verb; read as an obligation (``step_obligations``). Not after "yang": "… yang seharusnya bisa
# ditangani OPD" is a complaint about what was not done.
ADVICE = re.compile(
    r"(?<!\byang\s)\b(?:hendaknya|seharusnya|sebaiknya|semestinya|sepatutnya|seyogyanya|seyogianya|mestinya"
    r"|harusnya)\s+(?:(?:juga|segera|tetap|terus|lebih|selalu|dapat|bisa)\s+)*(?P<verb>(?-i:(?:me|ber)[a-z]{3,}))\b",
    re.IGNORECASE,
)


def speech_cues(text: str, low: str, quoted: bool) -> list[tuple[int, str]]:
    """The cues of a step in spoken form: those of the first person and the orders (inside a
    quotation), and a conditional rule with ``maka`` (anywhere)."""
    found = _first_person_cues(text, low) + _order_cues(text, low) if quoted else []
    if quoted and "ada" in low:
        found += [(m.start(), "plain") for m in _THERE_WILL_BE.finditer(text)]
    if quoted and "allah" in low:
        found += [(m.start(), "plain") for m in _GOD_WILLING.finditer(text)]
    if _CONDITION_OPENS.search(low, 0, 40) and (conditional := _CONDITIONAL_RULE.match(text)) is not None:
        found.append((conditional.start("verb"), "conditional"))
    if "nya" in low:
        found += [(m.start(), "must") for m in ADVICE.finditer(text)]
    return found


def _first_person_cues(text: str, low: str) -> list[tuple[int, str]]:
    """The object-focus form, a time to come before the first person, a condition before it, and
    readiness to enforce."""
    found: list[tuple[int, str]] = []
    if "kami" in low or "kita" in low or "saya" in low or "aku" in low:
        found += [(m.start(), "spoken") for m in _SPOKEN_ACT.finditer(text)]
        if "depan" in low or "nanti" in low or "mulai" in low or "lusa" in low or "dekat" in low:
            found += [(m.start(), "spoken") for m in _LATER_WE.finditer(text)]
        if _CONDITION_OPENS.search(low, 0, 40) and (if_then := _IF_THEN_WE.match(text)) is not None:
            found.append((if_then.start("who"), "spoken"))
        if "siap" in low:
            found += [(m.start(), "spoken") for m in _READY_TO_ENFORCE.finditer(text)]
    return found


def _order_cues(text: str, low: str) -> list[tuple[int, str]]:
    """Imperatives of roots like a prefix, ``Tolong, …``, and a command shouted after a comma."""
    found: list[tuple[int, str]] = []
    if "olong" in text or text[:1] in "BTMDJKUS":
        found += [(m.start(), "plain") for m in _IMPERATIVE.finditer(text)]
    if "minta" in low:
        found += [
            (m.start("verb"), "request")
            for m in _WE_ASK.finditer(text)
            if not _ASKED_BEFORE.search(text, 0, m.start())
        ]
    if text.rstrip().endswith("!") and (shouted := _SHOUTED.search(text)) is not None:
        found.append((shouted.start("verb"), "plain"))
    return found


def spoken_act(text: str, start: int) -> Subject | None:
    """``Sisa dananya kami alihkan …``: the speaker's side as agent of a bare verb (the actor read
    as the speaker's side), or None when the clause makes it no act to come."""
    if (ready := _READY_TO_ENFORCE.match(text, start)) is not None:
        return Subject(True, ready.group("who").lower())
    if (if_then := _IF_THEN_WE.match(text)) is not None and if_then.start("who") == start:
        verb = (if_then.group("verb") or if_then.group("bare")).lower()
        return None if verb in _NOT_LATER_ACTS else Subject(True, if_then.group("who").lower())
    if (later := _LATER_WE.match(text, start)) is not None:
        return (
            None
            if later.group("verb").lower() in _NOT_LATER_ACTS
            else Subject(True, later.group("who").lower())
        )
    act = _SPOKEN_ACT.match(text, start)
    if act is None or act.group("verb").lower() in _NOT_ACTS or not _to_come(text, start, act.end()):
        return None
    return Subject(True, act.group("who").lower())


def _to_come(text: str, start: int, end: int) -> bool:
    """Whether the object-focus act whose pronoun is at ``start`` (its verb ending at ``end``) is one
    to come: not subordinate, past, routine or relative, and anchored or hortative."""
    clause_at = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    clause_end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    before = text[clause_at:start]
    if _SUBORDINATE_BEFORE.search(before) or _PAST_OR_ROUTINE.search(text, clause_at, clause_end):
        return False
    if _FIRST.search(before) or _RELATIVE.search(text, 0, start):
        return False  # "dulu kami …": formerly; "yang kami …": a relative clause
    anchored = (
        _CONDITION_BEFORE.search(text, 0, start) or _TIME_TO_COME.search(text) or _FIRST.search(text, end)
    )
    return bool(anchored) or (bool(_HEAD_OF_CLAUSE.search(text, 0, start)) and not _ABOUT.match(text, end))


def conditional_rule(text: str, start: int) -> Subject | None:
    """``Apabila …, maka dikirim surat teguran``: what is done in that case (no actor named);
    None for a verb of judging and for a negated consequence."""
    verb = _WORD.match(text, start)
    if verb is None or verb.group(0).lower() in _NOT_PASSIVE_ACTS:
        return None
    clause_at = max(text.lower().rfind("maka", 0, start), text.rfind(",", 0, start))
    if _NEGATION.search(text, clause_at, start):
        return None
    return Subject(True)


def said_not_done(text: str, start: int) -> bool:
    """``tolong beri saya waktu`` (a favour for the speaker), ``Silakan tanyakan ke …`` (the
    reporter sent elsewhere), ``Kami akan cerita soal …`` (the talk announced): no order, no plan."""
    if _FAVOUR.match(text, start) or _REFERRAL.match(text, start):
        return True
    return bool(_ABOUT_TO_TELL.match(text, start) and _FIRST_PERSON_BEFORE.search(text, 0, start))


# "Kami ucapkan selamat …", "Perkenankan saya membuka rapat …", "Katakan dan bayangkan betapa …":
# a courtesy or a turn of speech is done in the saying (thanks, greetings, condolences, asking
# leave, introducing, supposing), however it is worded; it states no act to come.
_COURTESY = re.compile(
    r"(?:(?:saya|kami|kita|aku)\s+(?:(?:juga|pun|sekali\s+lagi)\s+)*)?"
    r"(?:(?:meng)?ucapkan|(?:me)?nyampaikan\s+(?:terima\s+kasih|selamat|apresiasi|belasungkawa|duka\s+cita)"
    r"|berterima\s+kasih|perkenankan|perkenalkan|izinkan|ijinkan|katakan(?:lah)?|bayangkan|misalkan|anggaplah)\b",
    re.IGNORECASE,
)


def courtesy(text: str, start: int) -> bool:
    """Whether the cue at ``start`` is a courtesy or a turn of speech (``Kami ucapkan selamat …``)."""
    return _COURTESY.match(text, start) is not None
