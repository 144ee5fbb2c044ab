"""Who takes a next step: the subject named before the cue, in narration or inside a quotation
(``kami``/``pihaknya`` is the speaker's side, ``kedua pihak`` the parties that met)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from briefgen.extract.actors import Sides, own_side
from briefgen.extract.lexicon import AGENT_NOUNS, SPEECH_VERBS, is_known_place, region_abbreviations, words
from briefgen.extract.people import PeopleIndex
from briefgen.extract.statements import SentenceRef
from briefgen.extract.step_english import ENGLISH_AGENTS

# The adverbs that stand between a subject and its modal: of aspect and emphasis, and of sequence
# ("Presiden kemudian akan terbang …", "kita tetap akan mengawasi", "dinas itu selanjutnya akan …").
_ADVERBS = re.compile(
    r"(?:\s+(?:juga|pun|telah|sudah|akan|segera|kembali|turut|masih|terus|bersama|pula|kini|yang|hanya|tentu|pasti"
    r"|tetap|kemudian|lalu|lantas|selanjutnya|nantinya|nanti|kelak|memang|tentunya|sendiri|sekarang"
    r"|besok|lusa|dalam\s+waktu\s+dekat"
    r"|also|still|now|then|only|soon|have|has|had))+\s*$"
)
# "Sari menjelaskan pemkot akan …": the reporting verb is not part of the subject.
_REPORTING = (
    rf"{SPEECH_VERBS}|mengancam|memperingatkan|memastikan|membenarkan|mengonfirmasi|menjamin|menjanjikan|mengumumkan|berjanji|bertekad"
    r"|said|says|added|stated|explained|noted|told\s+\w+|announced|confirmed|stressed|emphasized"
    r"|emphasised|revealed|saying|affirmed|reaffirmed|asserted|insisted|declared|assured|underlined|promised"
)
_REPORTED = re.compile(rf"^.*?\b(?:{_REPORTING})\b(?:\s+(?:bahwa|that))?\s*", re.IGNORECASE)
# "Perum Damri menyatakan akan …", "Menteri Dedi berjanji akan …": the one who speaks acts.
_SPEAKER_ACTS = re.compile(rf"^(?P<subject>.+?)\s+(?:{_REPORTING})$", re.IGNORECASE)
_LONE_REPORTING = re.compile(rf"(?:{_REPORTING})(?:\s+(?:bahwa|that))?", re.IGNORECASE)
_ACTOR = re.compile(
    r"(?:(?:[A-Z][\w'’.\-/]*|\([^()]*\))(?:\s+|\s*,\s*|\s+(?:dan|serta|bersama|&|and|of|for|the|on)\s+)?)+"
)
_COLLECTIVE = re.compile(
    r"(?:kedua\s+(?:belah\s+)?pihak|keduanya|kedua\s+negara|kedua\s+lembaga|kedua\s+kementerian"
    r"|both\s+(?:sides|parties|countries))$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?:Ia|Dia|Beliau|ia|dia|beliau|dirinya|He|She|he|she)$")
# "dirinya dan tim", "dia bersama jajarannya": the person with those who work with them.
_PRONOUN_AND = re.compile(
    r"(?:Ia|Dia|Beliau|ia|dia|beliau|dirinya|He|She|he|she)\s+(?:dan|bersama|beserta|and)\s+[^,;]{1,40}"
)
OWN_SIDE = re.compile(r"(?:pihaknya|pihak\s+kami|kami|kita|saya|we|I)$", re.IGNORECASE)
# "It will start with …", "They will …": someone acts, who is not said here.
_UNNAMED = re.compile(r"(?:It|it|They|they|Mereka|mereka)$")
_QUANTITY = (
    r"(?:(?:para|seluruh|semua|setiap|tiap|segenap|masing-masing|sejumlah|sebanyak|\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan"
    r"|sembilan|sepuluh|sebelas|belas|puluh|ratus|ribu|the|its|their|our"
    r"|all|both|each|every|several|some|many|other|one|two|three|four|five|six|seven|eight|nine|ten)\s+)*"
)
# "Pemerintah provinsi", "dua belas startup tersebut", "kementerian Malaysia", "the sovereign
# fund": an acting body and at most four words that qualify it (no verb, no relative clause).
_AGENT = re.compile(
    # (a verb is in lower case: "petugas Dinsos" is the officers of a body, not a passive)
    rf"{_QUANTITY}(?P<head>[^\W\d_][\w-]*)(?:\s+(?!yang\b|(?!(?:tersebut|terkait)\b)(?-i:(?:me|ber|di|ter)[a-z]{{4,}}))[\w.()-]+){{0,4}}",
    re.IGNORECASE,
)
_ENGLISH_AGENTS = ENGLISH_AGENTS
# "petugas puskesmas akan …", "relawan desa akan …": the people on duty act like the body they serve.
_STAFF = words("petugas relawan kader")
_NOT_ACTORS = frozenset(
    {"Hal", "Ini", "Itu", "Pertemuan", "Kolaborasi", "Kegiatan", "Acara", "Program"}
) | words(
    """
    Karena Meski Meskipun Namun Tetapi Tapi Sementara Selain Bahkan Jika Kalau Apabila Bila Untuk
    Dengan Dalam Menurut Saat Ketika Setelah Sebelum Sehingga Agar Jadi Maka Oleh Sebab Akan Adapun
    """
)
_SCOPE = re.compile(
    r"\s+(?:di|pada|dari)\s+(?:lingkup|lingkungan|tingkat|wilayah|jajaran|bawah|seluruh)\b", re.IGNORECASE
)
_THROUGH = re.compile(r"\s+(?:melalui|lewat|through)\s+")
_CONJUNCTION = re.compile(r"(\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|bersama|&)\s+)")
_CONDITION_INSIDE = re.compile(
    r"\b(?:kalau|jika|apabila|bila|seandainya)\s+(?:dirinya|ia|dia|beliau|kami|[A-Z])"
)
# "Kalau harga naik, kami akan rugi": after a condition only an action (a prefixed verb) is a
# commitment; a state is a consequence.
ACTION_AFTER = re.compile(
    r"\s+(?:(?:segera|langsung|juga|kembali|terus)\s+)*(?:kami\s+|kita\s+)?(?:me|ber|di|per)[a-z]{3,}\b",
    re.IGNORECASE,
)


# "the Ministry of Public Works and Housing": "the" before the head of a body's proper name.
_THE_BODY = re.compile(rf"^the\s+(?=(?i:{'|'.join(sorted(_ENGLISH_AGENTS))})\b)")


def _agent(part: str) -> bool:
    match = _AGENT.fullmatch(part)
    if match is None:
        return False
    head = match.group("head").lower()
    last = part.split()[-1].lower()
    # ("the Ministry of Public Works": an English body named by its head, then "of …")
    return head in AGENT_NOUNS or head in _STAFF or last in _ENGLISH_AGENTS or head in _ENGLISH_AGENTS


class Subject:
    """Who a clause names as the one who acts: ``found`` is False when the clause names nobody
    who can act (a thing, a figure); ``actor`` is None when someone acts but is not named here."""

    __slots__ = ("actor", "found")

    def __init__(self, found: bool, actor: str | None = None) -> None:
        self.found = found
        self.actor = actor


NOBODY = Subject(False)


def _names(clause: str, people: PeopleIndex, sides: Sides | None) -> Subject:
    """``Dinas Koperasi dan KBRI Hanoi``, ``Rina dan Joko``, ``pemerintah provinsi``, ``the fund``;
    ``kedua pihak`` is the parties that met when the article says who they are."""
    collective = _COLLECTIVE.search(clause)
    if collective:
        return Subject(True, (sides.parties if sides else None) or collective.group(0))
    # "Pemkab Kukar melalui Dinas Pariwisata akan …": the body acting for another is the actor.
    clause = _THROUGH.split(clause)[-1]
    # "Pimpinan OPD di lingkup Pemkab Bursel harus …": the body, then where it serves.
    if (scope := _SCOPE.search(clause)) is not None and scope.start() > 0:
        named = _names(clause[: scope.start()], people, sides)
        return Subject(True, clause.strip(" ,")) if named.found else named
    parts = _CONJUNCTION.split(clause.strip(" ,"))
    names = parts[0::2]
    if not names or not names[0] or names[0].split()[0] in _NOT_ACTORS:
        return NOBODY
    if not all(_ACTOR.fullmatch(_THE_BODY.sub("", name)) or _agent(name) for name in names):
        return NOBODY
    # "Rina dan Joko": each named part becomes the full name of the person it refers to.
    for i in range(0, len(parts), 2):
        parts[i] = people.resolve(parts[i]) or parts[i]
    if len(names) > 1 and len(set(parts[0::2])) == 1:
        return Subject(True, parts[0])  # "Menteri Pendidikan dan Kebudayaan Budi": one office, one person
    return Subject(True, "".join(parts))


def clause_before(text: str) -> str:
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
    # "pesan tegas bahwa kepala unit di tiap kecamatan wajib …": a complement clause opens after "bahwa"
    # ("tindakan tegas dikeluarkan yakni polisi bakal …": so does one after "yakni"/"yaitu")
    low = text.lower()
    # ("… the information was that three districts will …": so does one after "that")
    that, word = max((low.rfind(f" {w} "), w) for w in ("bahwa", "yakni", "yaitu", "that"))
    if that > clause_at:
        clause_at = that + len(word) + 1
    return _LEADING_ADVERBS.sub("", _ADVERBS.sub("", text[clause_at + 1 :]).strip())


# "…, kini Pemerintah Provinsi Sulawesi Utara kembali akan …": time adverbs before the subject.
_LEADING_ADVERBS = re.compile(
    # ("Nanti masing-masing pengelola akan …", "Sebab Ditjen Pajak akan …": "nanti" and a
    # conjunction that opens the sentence stand before the subject)
    r"^(?:(?:kini|saat\s+ini|sekarang|nantinya|nanti|ke\s+depan(?:nya)?|selanjutnya|kemudian|lalu|rencananya"
    # ("Adapun dinas akan …": "as for" opens the topic, which is the subject)
    r"|sebab|karena|pasalnya|soalnya|bahkan|adapun"
    r"|tahun\s+ini|tahun\s+depan|pekan\s+depan|besok|lusa|insya\s*allah"
    # ("Mulai bulan depan pemkab …", "Mulai besok dinas …": the day a plan starts)
    r"|mulai\s+(?:(?:pekan|minggu|bulan|tahun)\s+depan|hari\s+ini|besok|lusa|sekarang)"
    # connectives that open the sentence ("Oleh karena itu, WNI …", "meski demikian warga …")
    r"|oleh\s+karena\s+itu|karena\s+itu|untuk\s+itu|meski\s+demikian|namun|maka|now|next|then"
    # ("…, konsekuensinya setiap dinas harus …", "akibatnya …", "dengan demikian …")
    r"|konsekuensinya|akibatnya|dengan\s+demikian"
    # connectives written without their comma ("Selain itu pihak dinas juga akan …") and a time
    # to come ("… menuturkan dalam waktu dekat ia akan …")
    r"|selain\s+itu|sementara\s+itu|di\s+samping\s+itu|di\s+sisi\s+lain|lebih\s+lanjut|dalam\s+waktu\s+dekat"
    # English, after the reporting verb: "said on Friday it will …", "said yesterday she would …"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier\s+this\s+\w+"
    r"|last\s+(?:week|month))(?:\s+|$))+",
    re.IGNORECASE,
)


_NARROWED = re.compile(
    r"^(?:khususnya|terutama|utamanya|termasuk|especially|particularly|notably|including)\s+", re.IGNORECASE
)


def narrated_subject(
    sentence: SentenceRef,
    marker: int,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]],
    sides: Sides | None = None,
) -> Subject:
    """The subject named right before the marker in narration: ``Dinas Koperasi dan KBRI Hanoi``, a
    person, a pronoun, ``pihaknya`` (the speaker's side) or an acting body (``pemerintah provinsi``)."""
    before = sentence.text[:marker]
    if interposed := _SET_OFF.search(before):
        before = before[: interposed.start()]  # "Perwakilan dagang, kata Budi, harus …"
    clause = _clause_of(before)
    if _LONE_REPORTING.fullmatch(clause):
        # "Menteri Pendidikan, Budi Santoso, mengatakan akan …": the speaker set off by commas
        clause = clause_before(before[: before.rstrip().rfind(clause)].rstrip(" ,")) + " " + clause
    reported = _REPORTED.match(clause)
    acts = None
    if reported and reported.end() < len(clause):
        # ("X menuturkan dalam waktu dekat ia …": the time adverb after the reporting verb)
        clause = _LEADING_ADVERBS.sub("", clause[reported.end() :].strip())
    elif acts := _SPEAKER_ACTS.match(clause):
        # "Perum Damri menyatakan akan menambah …": the speaker is the subject of the plan.
        clause = acts.group("subject").strip()
    # ("Seluruh aparat keamanan, khususnya Polsek Ketapang akan …": the one singled out after the
    # comma is the subject that acts)
    clause = _NARROWED.sub("", clause)
    if not clause:
        return _no_clause(sentence, marker, people)
    if _PRONOUN.fullmatch(clause) or _PRONOUN_AND.fullmatch(clause):  # "dirinya dan tim akan …"
        inside = people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker)
        if reported and inside:
            return Subject(True, people.name_of(inside[-1]))  # "Dedi membenarkan dirinya akan …"
        return Subject(True, people.last_before(sentence.paragraph, sentence.start, skip))
    if _UNNAMED.fullmatch(clause):
        return Subject(True)
    if (
        OWN_SIDE.fullmatch(clause)
        or OWN_SIDE.fullmatch(clause.split()[-1])
        or _OBJECT_FIRST.match(sentence.text, marker)
    ):
        return Subject(True, narrated_own_side(sentence, marker, people, skip, sides))
    named = _names(clause, people, sides)
    if named.found:
        return named
    if acts and (inside := people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker)):
        # "Menteri … yang baru dilantik Rina Wulandari menyatakan akan …": the one named who speaks
        return Subject(True, people.name_of(inside[-1]))
    if _EPITHET.fullmatch(clause):
        return Subject(True, people.last_before(sentence.paragraph, sentence.start, skip))
    return _named_with_role(clause, people)


def _clause_of(before: str) -> str:
    """The clause right before a cue, past a place set off by commas (``Dinas Pasar Kabupaten
    Sukamaju, Jawa Tengah, akan …``), a comma after a verb of saying (``X mengancam, akan …``) or after
    the speaker's side (``Pihaknya, akan turun …``)."""
    clause = clause_before(before)
    if not clause and (placed := _before_place(before)):
        clause = placed
    if not clause and (said := _SAID_COMMA.search(before)):
        clause = clause_before(before[: said.end() - 1].rstrip(" ,"))
    if not clause and OWN_SIDE.fullmatch(own := clause_before(before.rstrip(" ,"))):
        clause = own
    return clause


def _before_place(before: str) -> str | None:
    """``Dinas Pasar Kabupaten Sukamaju, Jawa Tengah,``: the clause before the places set off by
    commas after a body's name (a place is not the subject); ``Dinas Koperasi, Perindustrian, dan
    Perdagangan Kabupaten Sukamaju, Jawa Tengah,``: a name that lists its fields keeps its commas."""
    trimmed = before.rstrip(" ,")
    place = clause_before(trimmed)
    if not place or not _is_place(place):
        return None
    while place and _is_place(place) and (comma := trimmed.rfind(",")) > 0:
        trimmed = trimmed[:comma].rstrip(" ,")
        place = clause_before(trimmed)
    if not place or _is_place(place):
        return None
    if re.match(r"(?:dan|serta)\s", place):
        head = trimmed[: len(trimmed) - len(place)].rstrip(" ,")
        for _ in range(3):  # the fields listed before "dan …", each a capitalised name
            field = clause_before(head)
            if not field[:1].isupper() or _VERB.search(field):
                break
            place = f"{field}, {place}"
            head = head[: len(head) - len(field)].rstrip(" ,")
            if not head:
                break
    return place


def _is_place(clause: str) -> bool:
    bare = _PLACE_LEVEL.sub("", clause)
    return is_known_place(bare) or bare.casefold() in _regions()


_PLACE_LEVEL = re.compile(r"^(?:Kota|Kabupaten|Kab\.|Provinsi|Kecamatan|Kelurahan|Desa)\s+")


@functools.cache
def _regions() -> frozenset[str]:
    return frozenset(full.casefold() for full in region_abbreviations().values())


def _named_with_role(clause: str, people: PeopleIndex) -> Subject:
    """``Rina Wulandari Wali Kota Bogor terpilih bakal …``: a person named at the start
    of the clause, then their role without commas (no verb of its own), is the subject."""
    tokens = clause.split()
    if len(tokens) > 12 or any(_VERB.fullmatch(w) for w in tokens):
        return NOBODY
    capitals = 0
    while capitals < len(tokens) and tokens[capitals][:1].isupper():
        capitals += 1
    for end in range(min(capitals, 4), 1, -1):  # the longest run of two to four words that is a name
        if name := people.resolve(" ".join(tokens[:end])):
            return Subject(True, name)
    return NOBODY


_VERB = re.compile(r"(?:me|ber|di)[a-z]{3,}")


def _no_clause(sentence: SentenceRef, marker: int, people: PeopleIndex) -> Subject:
    """The subject when no clause stands right before the marker."""
    before = sentence.text[:marker]
    condition = _CONDITION_INSIDE.search(before)
    if condition and ACTION_AFTER.match(sentence.text, marker + len("akan")):
        # "… Hendra yang menyebut apabila dirinya menang, akan membangun …": a conditional
        # commitment of the one the condition is about, named before it.
        inside = people.mentions_in(sentence.paragraph, sentence.start, sentence.start + condition.start())
        return Subject(True, people.name_of(inside[-1]) if inside else None)
    # "Wakil Bupati Sukadana, Rina Oktaviani, akan …": the comma belongs to the name.
    for mention in people.mentions_in(sentence.paragraph, sentence.start, sentence.start + marker):
        rest = before[mention.end - sentence.start :]
        if re.fullmatch(r"[\s,]*(?:\s*(?:juga|pun|telah|sudah|akan|segera|kembali|turut))*\s*", rest):
            return Subject(True, people.name_of(mention))
    return NOBODY


# "mantan Wagub itu", "pria kelahiran Medan tersebut": a description of the person last named.
_EPITHET = re.compile(
    r"(?:mantan|eks|pria|wanita|perempuan|sosok|politikus|politisi|purnawirawan)\b[^,;]{0,60}\s(?:itu|ini|tersebut)",
    re.IGNORECASE,
)
# "Perwakilan dagang, kata Budi, harus …", "Pihak terkait, lanjut Kapolres, juga akan …": an
# attribution set between the subject and its verb.
_INTERPOSED = re.compile(
    r",\s*(?:kata|ujar|ucap|tutur|jelas|lanjut|tambah|imbuh|ungkap|papar|terang|sebut|tegas|menurut)"
    r"\s+[^,;]{1,60},\s*(?:(?:juga|pun|akan|masih|tetap|terus)\s+)*$",
    re.IGNORECASE,
)
# "Pemkab, melalui Dinas Pertanian, akan …", "The ministry, together with the police, will …":
# the body acting through or with another, set off by commas, is the subject.
_THROUGH_INTERPOSED = re.compile(
    r",\s*(?:melalui|lewat|bersama|beserta|didampingi|through|together\s+with|along\s+with)"
    r"\s+[^,;]{1,80},\s*(?:(?:juga|pun|akan|masih|tetap|terus|also)\s+)*$",
    re.IGNORECASE,
)
# "Dinas Kesehatan Kota Malang, tahun ini, bakal …", "Three regencies, namely A, B and C, will …":
# a time or the members of the subject, set off by commas between the subject and its verb.
_WHEN_OR_WHICH_INTERPOSED = re.compile(
    r",\s*(?:(?:pada\s+)?(?:tahun|pekan|minggu|bulan|semester)\s+(?:ini|depan)|nantinya|kelak|ke\s+depan"
    r"|this\s+(?:year|month|week)|next\s+(?:year|month|week)"
    r"|(?:namely|yakni|yaitu|including|termasuk|antara\s+lain)\s+[^;]{1,80}?)"
    r"\s*,\s*(?:(?:juga|pun|akan|masih|tetap|terus|also)\s+)*$",
    re.IGNORECASE,
)
# (any of these, set between the subject and its verb)
_SET_OFF = re.compile(
    f"{_INTERPOSED.pattern}|{_THROUGH_INTERPOSED.pattern}|{_WHEN_OR_WHICH_INTERPOSED.pattern}", re.IGNORECASE
)
# "Wali Kota Rizal mengancam, akan …": the comma after a verb of saying ends no clause.
_SAID_COMMA = re.compile(rf"\b(?:{_REPORTING})\s*,\s*$", re.IGNORECASE)


# "… akan kami uji coba …", "… harus terus kita berantas …": the object comes first, the speaker's
# side acts.
_OBJECT_FIRST = re.compile(r"\S+\s+(?:(?:segera|juga|kembali|terus|tetap)\s+)*(?:kami|kita)\s+[a-z]")
# "Kapolri melanjutkan, …": the one who reports, named by a title or a name at the sentence start.
_REPORTER = re.compile(rf"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?:{_REPORTING})\b")


def narrated_own_side(
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


# A condition clause right before the marker: "…, kalau sudah diberi akses, akan …".
_CONDITION_BEFORE = re.compile(r"\b(?:kalau|jika|apabila|bila|if)\b[^,;]*,\s*$", re.IGNORECASE)


def quoted_subject(
    text: str, marker: int, people: PeopleIndex, speaker: str | None, sides: Sides | None
) -> Subject:
    """The subject before the marker inside a quotation: ``kami``/``kita``/``we`` is the speaker's
    side; an acting body named in the quotation is itself."""
    if _OBJECT_FIRST.match(text, marker):
        return Subject(True, own_side(people, speaker, sides))  # "… akan kami uji coba …": object first
    clause = clause_before(text[:marker])
    if not clause and (condition := _CONDITION_BEFORE.search(text, 0, marker)):
        # "Itu tugas kami kalau sudah diberi akses, akan …": the subject stands before the condition
        clause = clause_before(text[: condition.start()])
    words_before = clause.split()
    if not words_before:
        return NOBODY
    # "jadi kami akan …", "sesudah itu kita akan …": the last word before the marker.
    if OWN_SIDE.fullmatch(words_before[-1]) or OWN_SIDE.fullmatch(" ".join(words_before[-2:])):
        return Subject(True, own_side(people, speaker, sides))
    if _UNNAMED.fullmatch(words_before[-1]) or _PRONOUN.fullmatch(words_before[-1]):
        return Subject(True)
    return _names(clause, people, sides)


_ADDRESSEE_STOP = re.compile(
    r"(?:untuk|agar|supaya|tidak|jangan|segera|nanti|nantinya|yang|langsung|harus|wajib|mesti|to|that|who|not"
    r"|(?:me|ber)[a-z]{3,}"
    # the manner asked for ("kami minta aktif memantau …")
    r"|aktif|waspada|cepat"
    # verbs without a prefix that instructions use ("turun langsung", "tetap membantu")
    r"|turun|datang|hadir|ikut|tetap|terus|lapor|jaga|cek|kerja|bekerja|belajar|apabila|jika|kalau|bila|ketika|saat"
    # adverbs that open the act asked for ("seluruh camat sering berkunjung …")
    r"|sering|selalu|lebih|rutin|bersama-sama|senantiasa|dapat|bisa)$",
    re.IGNORECASE,
)


_CAPITALISED_PREFIX = re.compile(r"(?:Me|Ber|ME|BER)[\w-]{3,}")
# Words before the addressee: "meminta ke …", "requested that …", "called on …", "an invitation to …".
_ADDRESSEE_LEAD = frozenset(("ke", "pada", "kepada", "tolong", "agar", "supaya", "that", "on"))


def addressee(text: str, marker: int) -> str | None:
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
    for token in tokens[:9]:
        word = token.strip(",;:.")
        # ("meminta Menteri Perhubungan Sari …", "Mendagri": a capitalised word only looks prefixed)
        if not word or (_ADDRESSEE_STOP.fullmatch(word) and not _CAPITALISED_PREFIX.fullmatch(word)):
            break
        who.append(word)
        if token != word:
            break  # punctuation ends the phrase
    while who and who[-1].lower() in ("itu", "ini", "tersebut"):
        who.pop()  # "para pendamping itu"
    return " ".join(who) if 0 < len(who) <= 8 else None


# "Camat telah saya instruksikan turun …", "Para lurah sudah kami minta untuk …": the addressee first.
_ASKED_BY_US = re.compile(r"(?:(?:telah|sudah|juga)\s+)*(?:saya|kami|kita)\s+$", re.IGNORECASE)


def request_addressee(text: str, start: int) -> str | None:
    """Whom the request whose cue is at ``start`` is addressed to: after the verb (``meminta
    seluruh camat …``), or before a passive (``warga diimbau untuk …``) or before ``saya``/``kami``
    (``Camat telah saya instruksikan …``)."""
    purpose = _INSTRUCTION_PURPOSE.match(text, start)
    after = (purpose and addressee(text, purpose.start("agar"))) or addressee(text, start)
    if after is not None:
        return after
    before = text[:start]
    ours = _ASKED_BY_US.search(before)
    if ours or PASSIVE_REQUEST.match(text, start):
        who = clause_before(before[: ours.start()] if ours else before)
        if 0 < len(who.split()) <= 8 and who.split()[0].lower() not in _NOT_ADDRESSEES:
            return who
    return None


# "instruksi menteri agar seluruh kepala dinas …", "surat edaran …, tujuan agar camat …": the
# addressee follows "agar", not the noun.
_INSTRUCTION_PURPOSE = re.compile(
    r"(?:instruksi|intruksi|arahan|perintah|surat\s+edaran)\b(?:\s+[\w/().,-]+){0,20}?\s+(?P<agar>agar|supaya)\b",
    re.IGNORECASE,
)
PASSIVE_REQUEST = re.compile(
    r"(?:diminta|diimbau|dihimbau|di\s+imbau|di\s+himbau|dianjurkan|disarankan|diinstruksikan|diintruksikan"
    r"|diperintahkan|ditugasi)\b",
    re.IGNORECASE,
)
# "Pada surat pertama diperintahkan …": a clause that opens with a preposition names no addressee.
_NOT_ADDRESSEES = words("pada dalam di untuk dengan dari sehingga karena sebab ini itu hal")
