"""The cues of a request or an instruction addressed to someone (``meminta X untuk …``,
``menginstruksikan seluruh camat …``, ``mengingatkan agar …``), kept apart from the other cues of
``step_cues``, which looks for them."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import REGIONAL_TITLES, TITLES

# Instructions and requests addressed to someone: "Presiden meminta Polri untuk …",
# "menginstruksikan seluruh kepala dinas …", "mendorong pemda agar …", "memberi waktu tiga pekan
# kepada pemda untuk …". "meminta maaf" is an apology; "diminta tanggapan" asks for a comment.
PURPOSE = r"(?=(?:[^.;]|\.(?=\s*[A-Z\d])){0,300}?\b(?:untuk|agar|supaya)\s+(?!di[a-z]{3,}\b))"
# "meminta setiap camat memiliki …", "minta para camat membuat …", "meminta masyarakat
# mewaspadai …": an instruction to the ones under someone's authority (every camat, the officers,
# the public), the addressee and then the act, a prefixed verb in lower case (not "mereka",
# "menteri", which only look prefixed). An office holder addressed by their title ("meminta
# Menteri Kesehatan Rina memberi sanksi …", "meminta Kapolri menindak …", any title of TITLES) and
# the units of a government ("meminta OPD memperhatikan …") are asked the same way. A demand made
# of another named body ("meminta LMKN membuka …") needs its "untuk"/"agar".
_ADDRESSED_TITLES = "|".join(
    sorted(
        sorted({re.escape(t.lower()).replace(r"\ ", r"\s+") for t in REGIONAL_TITLES | set(TITLES)}),
        key=len,
        reverse=True,
    )
)
ADDRESSEE_THEN_ACT = (
    r"(?=\s+(?:kepada\s+)?(?:(?:pak|bu|bapak|ibu)\s+)?"
    r"(?:setiap|seluruh|semua|segenap|para|jajaran|masyarakat|warga|kepala|opd|skpd|perangkat\s+daerah|"
    # the units of a government named by their kind ("meminta Dinas Perhubungan menambah armada …",
    # "meminta pemkab menyiapkan lahan …")
    r"dinas|badan|kementerian|pemerintah|pemkab|pemkot|pemprov|pemda|instansi|satgas|satpol\s+pp|bpbd|"
    # (the offices by their usual short names: "mengimbau Dinkes koordinasi dengan Dukcapil")
    r"dinkes|disdik|dishub|dinsos|disnaker|dispar|diskominfo|bappeda|dukcapil|puskesmas|rsud|polres|polsek|"
    + _ADDRESSED_TITLES
    + r")\b)"
    # (a comma only before "terutama …", which narrows the addressee; no clause of its own between;
    # seeing or knowing is no act asked for: "ingin masyarakat melihat …" is a hope; a passive
    # between, "ingin para kepala dinas bisa diandalkan …", wishes a quality, not an act)
    r"(?=(?:(?:\s+|,\s+(?=terutama|khususnya|termasuk|utamanya))(?!(?:bahwa|karena|yang|tetapi|namun|di[a-z]{3,}kan"
    r"|melihat|mengetahui|memahami|merasakan|menikmati|mengenal|menyadari|mengerti)\b)"
    r"[\w().-]+){1,12}?,?\s+(?-i:(?!(?:mereka|menteri|media|medis|meja|merek|bersama|berbagai"
    r"|beras|berita|berat|berkas|bermacam|melihat|mengetahui|memahami|merasakan|menikmati|mengenal|menyadari"
    # ("mengimbau Dinkes koordinasi dengan Dukcapil": the bare noun of coordinating, as said)
    r"|mengerti)\b)(?:me|ber)[a-z]{3,}|bekerja|belajar|koordinasi)\b)"
)
REQUEST = re.compile(
    # An instruction or assignment counts whatever follows ("menginstruksikan seluruh camat turun
    # langsung …", "saya instruksikan untuk bergerak cepat").
    r"\b(?:menginstruksikan|instruksikan|memerintahkan|menugaskan|diinstruksikan|diperintahkan|ditugasi"
    # the common misspelling without the s: "diintruksikan", "mengintruksikan"
    r"|mengintruksikan|intruksikan|diintruksikan"
    # the bare form of headline-style narration: "Kapolda perintahkan kepada anggota untuk …"
    r"|perintahkan(?=\s+kepada\b))\b"
    # A verb of asking needs its purpose within the sentence, an action, not "untuk diuji" (a thing
    # asked for); or a short addressee and "tidak", "jangan", "segera", "nanti" ("meminta
    # penyuluh tidak terlambat", "meminta lurah yang baru nanti menyusun …").
    r"|\b(?:meminta|memintanya|minta|diminta|memohon|mohon)\b"
    r"(?:" + PURPOSE + "|" + ADDRESSEE_THEN_ACT + "|"
    r"(?=(?:\s+[\w-]+){1,7}?\s+(?:tidak(?!\s+hanya)|jangan|segera|nanti|langsung)\b)"
    # ("meminta pihak dinas pasar harus menertibkan …": the duty put on the one asked)
    r"|(?=(?:\s+[\w().-]+){1,8}?\s+(?:harus|wajib)\s+(?:segera\s+)?(?:me|ber|di)[a-z]{3,})"
    # or support asked of others: "meminta dukungan dan kerja sama seluruh dinas", "minta bantuan …"
    r"|(?=\s+(?:(?:juga|pula|pun)\s+)?(?:dukungan|kerja\s*sama|bantuan|partisipasi|komitmen|perhatian|keseriusan"
    r"|kesadaran|peran\s+serta|sinergi|kolaborasi|kekompakan)\b))"
    # "Seluruh OPD diminta bergerak selaras …": the ones asked, then the act (not "saat diminta
    # menjelaskan", a question put to someone).
    # ("Seluruh kepala dinas diminta tidak meninggalkan daerah …": the act forbidden)
    # ("OPD juga diajak memberikan pelayanan terbaik": the ones invited, then the act)
    r"|(?<!\bsaat\s)(?<!\bketika\s)(?<!\bwaktu\s)\b(?:diminta|diajak)\s+(?:(?:segera|terus|tetap|lebih|untuk)\s+)*"
    r"(?:(?:me|ber)[a-z]{3,}|bekerja|(?:tidak|jangan)\s+[a-z]{3,})\b"
    # "mendorong para bupati membangun gudang …": urging those under one's authority, then the act
    # ("mengimbau, seluruh personel … dapat menambah …": a comma after the verb changes nothing)
    # ("mengingatkan seluruh dosen bekerja …", "mengingatkan Menteri X menghidupkan …": reminding
    # those under one's authority, or an office holder, of their act)
    r"|\b(?:mendorong|mengimbau|menghimbau|mengingatkan|merekomendasikan)\b,?" + ADDRESSEE_THEN_ACT +
    # "Komisi D merekomendasikan Dinas Lingkungan Hidup tingkatkan kolaborasi …": a body recommended
    # an act, the bare verb in -kan (not a noun: "kebijakan", "pendidikan")
    r"|\bmerekomendasikan\s+(?:kepada\s+)?(?=(?:dinas|badan|pemerintah|pemprov|pemkab|pemkot|pemda|kementerian"
    r"|bpbd|satpol|opd|skpd|seluruh|setiap|para)\b)"
    r"(?=(?:[\w().-]+\s+){1,10}?(?-i:(?!(?:pe|ke)[a-z])[a-z]{3,}kan)\b)" +
    # Urging, inviting, handing over, giving a task or time: only with a purpose.
    # ("warga dianjurkan untuk …", "disarankan agar …": advice addressed to the ones named before)
    r"|\b(?:mendorong|mengimbau|menghimbau|diimbau|dihimbau|di\s+imbau|di\s+himbau|dianjurkan|disarankan|mengundang"
    r"|merekomendasikan|direkomendasikan"
    # "berpesan kepada para lurah untuk …" (not advice: "berpesan agar para pelajar …")
    r"|berpesan\s+(?:kepada|pada)"
    r"|serahkan|menyerahkan|mendesak"
    r"|(?:mem|di)beri(?:kan)?\s+(?:(?:rentan|rentang|tenggat|batas)\s+)?(?:arahan|instruksi|perintah|waktu"
    r"|tenggat|tugas))\b" + PURPOSE +
    # "instruksi menteri agar …", "mengeluarkan instruksi tegas kepada seluruh jajaran agar …"
    # Reminding, directing, inviting someone to act: "mengingatkan seluruh jajaran untuk …", the
    # addressee and "untuk"/"agar" close by ("mengingatkan agar …", with no one addressed, is read
    # by SAID_SO_THAT; "mengajak tetangga membantu supaya …" tells a purpose).
    r"|\b(?:mengingatkan|diingatkan|mengarahkan|diarahkan|mengajak)\b(?!\s*,?\s*(?:agar|supaya|bahwa)\b)"
    r"(?=(?:\s+[\w().-]+){1,8}?,?\s+(?:untuk|agar)\s+(?!di[a-z]{3,}\b))"
    r"|\b(?:instruksi|intruksi|arahan|perintah)(?:\s+[\w-]+){0,8}?\s+(?:agar|supaya)\b"
    # "ada arahan Presiden kepada dirinya untuk …": an instruction with its addressee and purpose
    r"|\b(?:instruksi|intruksi|arahan|perintah)(?:\s+[\w().-]+){0,8}?\s+kepada(?:\s+[\w().-]+){1,4}?\s+untuk\b",
    re.IGNORECASE,
)
# "Kita minta produsen menarik produk", "Masyarakat kami minta aktif memantau …", "Kami imbau agar
# warga …": the speaker's side asks, whoever it addresses, when an act or a purpose follows (the
# cue is the verb, so that the addressee reads after it or before "kami").
OURS_ASK = re.compile(
    r"\b(?:saya|kami|kita|aku)\s+(?:(?:juga|pun|kembali|tetap|sudah|telah|selalu|terus)\s+)*"
    r"(?P<verb>minta|meminta|imbau|himbau|mengimbau|menghimbau|mohon|instruksikan|tekankan|ingatkan)\b"
    r"(?!\s+(?:maaf|tanggapan|keterangan|konfirmasi|komentar|pendapat|penjelasan)\b)"
    # ("Saya minta OPD bekerja …": "bekerja" has the prefix be-, not ber-)
    r"(?=(?:\s+[\w().-]+){0,8}?\s+(?:(?:me|ber)[a-z]{3,}|bekerja|agar|supaya|untuk|ikut|segera|aktif|tetap|selalu)\b"
    # ("saya imbau kepada seluruh pemangku kepentingan, baik di provinsi maupun kabupaten, untuk …":
    # a long list of the ones addressed, then the purpose)
    r"|\s+kepada\b[^.;]{0,250}?\b(?:untuk|agar|supaya)\s+(?!di[a-z]{3,}\b))",
    re.IGNORECASE,
)
# "menekankan pada semua petugas untuk melayani …", "sudah bilang dengan kepala dinas agar cepat …":
# a verb of saying with its addressee and, close by, the act asked of them ("menyampaikan kepada
# X untuk …" is as often a proposal made to a superior).
TOLD_TO = re.compile(
    # ("saya tegaskan kepada Kasat agar …", "surat yang ditujukan kepada para bupati agar …": the
    # object-focus form of the speaker and a letter addressed to them tell them the same)
    r"\b(?:menekankan|menegaskan|bilang|berpesan|mengingatkan|berkata|(?<=\bsaya\s)(?:tegaskan|tekankan|ingatkan)"
    r"|(?<=\bkami\s)(?:tegaskan|tekankan|ingatkan)|ditujukan)\s+(?:kepada|pada|dengan|ke)\s+"
    r"(?=(?:(?!bahwa\b)[\w().-]+\s+){1,8}?(?:agar|supaya|untuk)\s+(?!di[a-z]{3,}\b)[a-z])"
    # "menyampaikan kepada para Pjs untuk tetap …", "mengingatkan kepada seluruh OPD, terutama yang
    # melayani warga, agar …": those under one's authority addressed as all of them (seluruh, para,
    # semua …) are told to act, whoever speaks; a superior is addressed by name or title instead.
    r"|\b(?:menyampaikan|menekankan|menegaskan|berpesan|mengingatkan)\s+(?:kepada|pada)\s+"
    r"(?=(?:para|seluruh|semua|segenap|setiap|jajaran)\s+(?:(?!bahwa\b)[\w/().-]+,?\s+){1,14}?"
    r"(?:agar|supaya|untuk)\s+(?!di[a-z]{3,}\b)[a-z])",
    re.IGNORECASE,
)
# "Hamim menyampaikan, agar semua tugas …", "menegaskan agar camat …": an instruction carried by
# "agar" right after a verb of saying; "he asked for stronger cooperation" (not "was asked for a
# response", a question put to him).
SAID_SO_THAT = re.compile(
    # ("Ia memacu agar para OPD …": spurring those named on)
    r"\b(?:menyampaikan|menegaskan|menekankan|meminta|memacu|mengarahkan)\s*,?\s+(?:agar|supaya)\b"
    # "mengingatkan agar para nelayan memakai pelampung": a reminder to those named to act
    # ("mengingatkan agar tidak terjadi pungutan" warns against what no one is asked to do)
    r"|\bmengingatkan\s*,?\s+(?:agar|supaya)\s+(?!(?:tidak|jangan)\s+(?:ada|terjadi)\b)",
    re.IGNORECASE,
)


# "program itu dapat mendorong seluruh desa untuk berinovasi", "reses bertujuan mendengar dan
# mendorong aspirasi agar …", "Musrenbang menjadi momentum …, sekaligus mendorong warga agar …":
# "mendorong" is also to drive or to foster; governed by an ability (dapat, bisa, mampu) or by the
# purpose of a thing (dengan tujuan, bertujuan, a venue or occasion for it), it names an effect
# hoped for, not someone urged.
_DRIVES = re.compile(
    r"(?:\b(?:dapat|bisa|mampu)\s+(?:(?:terus|lebih|ikut|turut)\s+)?"
    r"|\b(?:dengan\s+tujuan|bertujuan|tujuannya|momentum|sarana|wadah|ajang)\b[^.;]{0,120}?)$",
    re.IGNORECASE,
)


def drives_not_urges(text: str, start: int) -> bool:
    """Whether the "mendorong" at ``start`` names an effect (``dapat mendorong …``) rather than a request."""
    return (
        text.startswith("mendorong", start) and _DRIVES.search(text, max(0, start - 160), start) is not None
    )


# "menegaskan agar setiap keputusan harus dibuat dengan cermat": a principle stated, a thing done
# in a certain way by no one addressed, not a request ("meminta agar beras segera dikirim" asks
# for an act).
_PRINCIPLE = re.compile(
    r"(?:menegaskan|menekankan)\s*,?\s+(?:agar|supaya)\s+(?:(?:semua|setiap|seluruh|segala)\s+)?"
    r"(?!(?:pihak|pemerintah|jajaran|petugas|aparat|dinas|masyarakat|warga)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"\s+(?:harus|wajib|perlu|mesti|dapat|bisa|akan)\s+di[a-z]{3,}",
)


def not_asking(text: str, start: int) -> bool:
    """Whether the verb of asking at ``start`` asks no one anything: a principle stated
    (``menegaskan agar setiap keputusan harus dibuat …``) or an effect (``dapat mendorong …``)."""
    return _PRINCIPLE.match(text, start) is not None or drives_not_urges(text, start)
