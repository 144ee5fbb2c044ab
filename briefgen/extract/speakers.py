"""Who said a quotation: the attribution after it (``“…,” ujar Budi``, ``“…,” said the
minister``, ``“…,” Budi was quoted as saying``) or the lead-in before it (``Budi mengatakan, “…”``),
resolved against the article's people (full names, offices, pronouns)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.index import Mention
from briefgen.extract.lexicon import (
    ATTRIBUTION_VERBS,
    ENGLISH_SPEECH_VERBS,
    OFFICE_TITLES,
    PERSON_CUES,
    SPEECH_VERBS,
    TITLES,
    is_known_place,
    words,
)
from briefgen.extract.people import PeopleIndex
from briefgen.extract.roles import TITLE_WORD_SET, never_a_name
from briefgen.extract.sentences import QUOTE_MARKS, sentence_spans

__all__ = ["AFTER", "EN_AFTER", "WINDOW", "Office", "QuoteSpan", "speaker_of"]

# Verb stems of saying that only ever attribute right after a closing mark ("…,” pesannya", "…,”
# cetus Budi"), where the shared list's narration uses would take them for nouns ("pesan Presiden").
_AFTER_ONLY_VERBS = (
    "pesan|harap|cetus|seloroh|kelakar|canda|celetuk|sergah|sahut|ulas|tulis|klaim|tegur|janji"
    "|simpul|desak|saran|sindir|kritik|tuding|sesal|ancam|nilai|perintah|himbau"
)
# The comma may stand after the closing mark (``"…", ujarnya``) as well as before it.
AFTER = re.compile(
    # "…,” sampai Bupati Budi": a clipped "menyampaikan", only before a capitalised name.
    rf"\s*(?:,\s*)?(?:(?P<verb>{ATTRIBUTION_VERBS}|{_AFTER_ONLY_VERBS}|sampai(?=\s+(?-i:[A-Z])))(?P<nya>\s?nya)?|(?P<demikian>(?:demikian|begitu)\s+(?:kata|ujar|ucap|terang|jelas|tutur|tegas|ungkap)))\b"
    r"(?P<who>[^.,;:!?“”\"]*)",
    re.IGNORECASE,
)
# Reporting verbs of English wire copy ("…,” the minister informed", "…,” he elaborated") besides
# the shared list, for a quotation's attribution only.
_EN_VERBS = rf"{ENGLISH_SPEECH_VERBS}|informed|elaborated|opined|disclosed|underscored"
# English: "…,” said Arifin on Friday." / "…,” Rosan told reporters." / "…,” he added."
_EN_OFFICES = "minister|governor|ambassador|mayor|regent|president|secretary|director|chairman"
# After the speaker also "…,” Budi was quoted (by the Daily) as saying": the reporting passive.
_EN_VERBS_AFTER = rf"{_EN_VERBS}|was\s+quoted(?:\s+by\s+[^,.;:!?“”\"]{{1,40}}?)?\s+as\s+(?:saying|telling)"
EN_AFTER = re.compile(
    rf"\s*(?:(?:{_EN_VERBS}|according\s+to)\b(?P<who>[^.,;:!?“”\"]*)"
    # "…,” he expounded.": a pronoun and any verb in -ed.
    r"|(?P<pronoun_ed>(?-i:he|she|they))\s+(?:also\s+|further\s+|then\s+)?(?-i:[a-z]{3,}ed)\b(?=\s*[.,;]|\s+(?:on|at|in|to|during|after|before|when|while)\b)"
    # "…,” Papua governor Budi Santoso said": a role word before the name, with up to four words
    # before it ("…,” national vaccination programme spokeswoman Budi Santoso said").
    r"|(?P<subject>he|she|they|(?:(?:the\s+)?(?:[^\W\d_][\w'’.-]*\s+){0,4}(?:"
    + "|".join(sorted(sorted(PERSON_CUES | {"head", "chief"}), key=len, reverse=True))
    # "…,” Minister for Tourism Budi Santoso said": connectors inside a capitalised title, which may
    # name a whole agency ("Executive Head of the Sukamaju Regional Disaster Agency Budi Santoso").
    + r")\s+)?(?:[A-Z][\w'’.-]*)(?:\s+(?:(?:of|for|and|the|of\s+the)\s+)?[A-Z][\w'’.-]*){0,10})"
    # "…,” Ratna, who accompanied Governor Yohanes Kareth, stated …", "…,” Ratna, the ministry's
    # spokeswoman, told reporters": a relative clause or a description in apposition.
    r"(?:\s*,\s*(?:(?:who|yang|the|an?)\s[^,.;“”\"]{1,80}|\d{1,3}),)?\s+"  # "…,” Ratna, 54, said"
    rf"(?:(?:also|then|later|further)\s+)?(?:{_EN_VERBS_AFTER})\b"
    # "…,” the minister said", "…,” the Interior Minister explained": an office, in lower case or
    # capitalised, for the one person holding it.
    rf"|(?P<office>the\s+(?:[^\W\d_][\w-]*\s+){{0,2}}?(?i:{_EN_OFFICES}))\s+"
    rf"(?:(?:also|then|later|further)\s+)?(?:{_EN_VERBS_AFTER})\b"
    # "…,” the ministry's director-general, Budi Santoso, told reporters": the name in apposition.
    # "…,” West Papua Governor, Budi Santoso, told reporters": after a capitalised title too.
    r"|(?:the\s[^,.;:!?“”\"]{1,60}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}),\s*"
    r"(?P<appos>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+"
    rf"(?:(?:also|then|later|further)\s+)?(?:{_EN_VERBS_AFTER})\b)"
)
# A subject and one verb in the past tense, whatever the verb (the list of English verbs of saying is
# open: "shared", "expounded", "recounted"): a capitalised name's last word or a pronoun.
_EN_SUBJECT_ED = (
    r"(?-i:\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z][\w'’-]*)\s+(?:also\s+|further\s+|then\s+)?[a-z]{3,}ed)\b"
)
_PRONOUN = re.compile(r"\s*(?:dia|ia|beliau|he|she|they)\b", re.IGNORECASE)
_BEFORE = re.compile(
    rf"(?:\b(?:{SPEECH_VERBS}|berkata|bertutur|menulis|menuliskan)(?:\s+bahwa)?\s*[,:]?"
    # "Budi menegaskan dalam sambutannya: “…”": an adverbial phrase between the verb and the mark.
    rf"|\b(?:{SPEECH_VERBS}|berkata|bertutur)\s+(?:dalam|saat|ketika|di|pada|kepada|usai|seusai|melalui)\s"
    r"[^.!?“”\"]{1,60}?\s*[,:]"
    # "Santoso said: “…”", "He told reporters, “…”"
    rf"|\b(?:{_EN_VERBS})(?:\s+(?:reporters|journalists|the\s+press|the\s+media|[A-Z][\w.]*))?\s*[,:]"
    # "Ambassador Tharyat shared, “…”", "She recounted: “…”": a name or pronoun, then any verb in -ed.
    rf"|{_EN_SUBJECT_ED}\s*[,:]"
    # "Menurut Wulan, “…”", "Menurut Dr. Ir. Wulan Sari, M.Sc., “…”"
    r"|\bMenurut(?P<nya>nya)?(?:\s+[^,.“”\"]*?(?:\b[A-Z][a-z]{0,3}\.\s*[^,.“”\"]*?)*"
    r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.)+)*)?\s*,)\s*$"
)
# "kata mantan presiden klub itu", "ujar menteri asal Maluku tersebut": a description that points back.
_ANAPHOR = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+)(?:\S+\s+){0,6}?(?:ini|itu|tersebut)\b")
# "kata pria yang karib disapa Darsuk", "ujar perempuan yang biasa dipanggil Bu Ani".
_DESCRIBED = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}yang\s+(?:akrab|karib|biasa|kerap|populer)\s+(?:di)?(?:sapa|panggil|kenal)"
    r"(?:\s+dengan)?\s+(?P<nick>(?:Pak|Bu|Gus|Mas|Kang|Cak|Bang)?\s?[A-Z][\w'’-]*)"
)


_DESCRIPTION_WORDS = 12


def _describes_the_followed(who: str) -> bool:
    """``kata mantan Kabag Humas Pemkot Sukamaju di era Bupati Budi ini``: a description opened by a
    word in lower case and closed by ``ini``/``itu``/``tersebut`` points back to the person being
    followed; the names inside it are part of the description (not a nickname: ``yang akrab
    disapa Budi ini`` names the speaker)."""
    stripped = who.strip()
    return (
        stripped[:1].islower()
        and re.search(r"\b(?:ini|itu|tersebut)$", stripped) is not None
        and len(stripped.split()) <= _DESCRIPTION_WORDS
        and _DESCRIBED.match(who) is None
    )


# A preposition before the person an attribution names: that person is not the speaker.
_OBJECT_BEFORE = re.compile(r"\b(?:dari|oleh|kepada|untuk|bersama)\s")
# The first words of offices: "tutur Mendag", "kata Gubernur", with no name after them.
_OFFICE_WORDS = frozenset(OFFICE_TITLES) | frozenset(t.split()[0] for t in TITLES)
_INNER_ATTRIBUTION = re.compile(rf"(?:^|,)\s*(?:{ATTRIBUTION_VERBS})\s+$", re.IGNORECASE)
WINDOW = 400  # characters before a quotation searched for the phrase introducing it


@dataclass
class QuoteSpan:
    """One quotation, possibly over several paragraphs: segments are (paragraph, start, end) with marks."""

    segments: list[tuple[int, int, int]]

    @property
    def paragraph(self) -> int:
        return self.segments[0][0]

    @property
    def start(self) -> int:
        return self.segments[0][1]

    def content(self, paragraphs: Sequence[str]) -> str:
        parts = []
        for p, s, e in self.segments:
            parts.append(paragraphs[p][s:e].strip().strip(QUOTE_MARKS).strip())
        text = " ".join(part for part in parts if part)
        return _without_stray_mark(text).rstrip(",").rstrip()


_INNER_MARK = re.compile(f"[{QUOTE_MARKS}]")
_STRAY_OPENING = re.compile(rf"(?<=[.!?]\s)[{QUOTE_MARKS}](?=[A-Z])")


def _without_stray_mark(text: str) -> str:
    """A quotation's text without the one mark left inside it, when that mark reopens it after a
    sentence (``“… develops. "We must …`` where the page lost the attribution between two
    quotations): a nested quotation has two marks of its own, a lone one is nobody's."""
    marks = _INNER_MARK.findall(text)
    if len(marks) != 1:
        return text
    return _STRAY_OPENING.sub("", text, count=1)


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where the sentences of ``text`` start, computed once per paragraph (a paragraph of many
    quotations asks for each of them)."""
    return tuple(start for start, _ in sentence_spans(text))


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence that contains ``pos``; abbreviations (``Dr. Ir.``) do not end one."""
    starts = _sentence_starts(text)
    k = bisect.bisect_right(starts, pos)
    return starts[k - 1] if k else 0


class Office(str):
    """The speaker of an attribution to an office the article names no holder of (``jelas
    Bupati``): an unnamed official, so no speaker, and not the speaker of the quotation before
    either; the text is the office as written."""

    __slots__ = ()


def speaker_of(
    span: QuoteSpan, paragraphs: Sequence[str], people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> tuple[str | None, bool]:
    """(speaker's full name, whether an attribution was found at all); the name is an
    :class:`Office` where the attribution names an office that no one of the article holds."""
    p_last, _, end = span.segments[-1]
    text = paragraphs[p_last]
    after = AFTER.match(text, end)
    if after:
        return _speaker_after(after, span, people, skip), True
    english = EN_AFTER.match(text, end)
    if english:
        return _speaker_english(english, span, people, skip), True
    if _attributed_by_nya(text, end):
        return people.speaker_before(span.paragraph, span.start, skip), True
    return _speaker_before_quote(span, paragraphs, people, skip)


# "…,” sentilnya.", "…,” akuinya saat …": one lower-case word of a verb's stem and "-nya" after
# the closing mark and a comma is a pronoun attribution, whatever the verb (the lexicon's list
# of stems is open: "sentil", "akui", a clipped "sampai"); -nya words that are adverbs, quantities
# or prepositions with a pronoun (the closed class below) attribute nothing.
_CLIPPED_NYA = re.compile(
    r"(?P<comma>\s*,)?\s*(?P<word>(?-i:[a-z]{3,}nya))"
    r"(?=\s*(?:[.,;]|$)|\s+(?:saat|ketika|di|dalam|pada|kepada|usai|seusai|sambil|sebelum|setelah|kemarin"
    r"|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)"
)
_NYA_NOT_SAYING = words(
    """
    selanjutnya sebelumnya sesudahnya setelahnya akhirnya awalnya biasanya rupanya agaknya sepertinya
    kayaknya nampaknya tampaknya misalnya seharusnya sebaiknya sebenarnya sesungguhnya khususnya
    umumnya pokoknya intinya artinya selebihnya sisanya lainnya semuanya keduanya ketiganya dirinya
    darinya padanya untuknya baginya kepadanya olehnya dengannya tentunya terutamanya bahkannya
    jelasnya singkatnya lengkapnya ringkasnya mestinya harusnya rasanya kiranya setidaknya sekurangnya
    paling-tidaknya sayangnya untungnya anehnya akibatnya buktinya contohnya hasilnya katanya
    """
)


def _attributed_by_nya(text: str, end: int) -> bool:
    """Whether a -nya verb attributes the quotation that closes at ``end`` (``…,” sentilnya.``):
    a comma before the closing mark or after it, then the -nya word."""
    found = _CLIPPED_NYA.match(text, end)
    if found is None or found.group("word") in _NYA_NOT_SAYING:
        return False
    return found.group("comma") is not None or text[max(0, end - 3) : end].rstrip()[-2:-1] in {",", "!", "?"}


def _speaker_after(
    after: re.Match[str], span: QuoteSpan, people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """The speaker an Indonesian attribution after the quotation names (``,” ujar Budi``)."""
    p_last = span.segments[-1][0]
    who = after.group("who")
    if (
        after.group("nya")
        or (after.group("verb") or "").lower() == "katanya"
        or not who.strip()
        or _PRONOUN.match(who)
        or _names_a_giver(after, people, p_last)
    ):
        return people.speaker_before(span.paragraph, span.start, skip)
    if _describes_the_followed(who):
        # "kata mantan ajudan Presiden Budi itu": a description pointing back, whoever it names.
        return people.speaker_before(span.paragraph, span.start, skip)
    mention = _longest_mention(people, p_last, after.start("who"), after.end("who"))
    if mention is not None:
        return _holder_followed(_through(people, after.string, p_last, mention), span, people, skip)
    described = _DESCRIBED.match(who)
    if described is not None:
        # "kata pria yang akrab disapa Budi": the nickname, else the person being followed.
        return people.resolve(described.group("nick")) or people.speaker_before(
            span.paragraph, span.start, skip
        )
    resolved = people.resolve(who)
    if resolved:
        return resolved
    if _ANAPHOR.match(who):
        return people.speaker_before(span.paragraph, span.start, skip)
    return (
        _name_after_office(after, people, p_last)
        or _apposed_mention(after, people, p_last)
        or _written_speaker(who, span, people, skip)
    )


def _apposed_mention(after: re.Match[str], people: PeopleIndex, paragraph: int) -> str | None:
    """``…,” ujar Konsulat RI di Kuching, Budi Santoso``: a description naming no one (an office the
    lexicon does not know, a body) and, after a comma, a known person's mention in apposition."""
    apposed = _NAME_APPOSED.match(after.string, after.end("who"))
    if apposed is None:
        return None
    mention = people.mention_in(paragraph, apposed.start(1), apposed.end(1))
    if mention is not None:
        return people.name_of(mention) if mention.start >= apposed.start(1) else None
    return people.resolve(apposed.group(1))  # the name registered where the article writes it again


def _written_speaker(
    who: str, span: QuoteSpan, people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """The speaker an attribution writes with no known person's mention: an office in lower case
    or alone (the person followed), else the capitalised words as written."""
    words = re.match(r"\s*((?:[A-Z][\w'’.-]*\s*)+)", who)
    if words is None:
        return _office_in_lower_case(who, span, people, skip)
    written = words.group(1).split()
    if written[0] in _OFFICE_WORDS and len(written) <= 3:
        # "tutur Mendag" when no one was introduced as the minister: the person the story follows,
        # if the article gives that person no other office ("tegas Darmanto …", "tutur Mendag").
        followed = people.speaker_before(span.paragraph, span.start, skip)
        if followed is not None and not any(p.role for p in people.people if p.name == followed):
            return followed
    resolved = people.resolve(words.group(1))
    if resolved is None and _names_no_one(written):
        return Office(words.group(1).strip())  # "jelas Bupati", no bupati named: an unnamed official
    return resolved or words.group(1).strip()


def _names_no_one(written: Sequence[str]) -> bool:
    """Whether capitalised words of an attribution are an office alone, with at most places,
    acronyms or further title words after it (``Bupati``, ``Kapolres Tegal``), no name."""
    return written[0] in _OFFICE_WORDS and all(
        w in _OFFICE_WORDS or w in TITLE_WORD_SET or w.isupper() or is_known_place(w) for w in written[1:]
    )


# "…,” imbuh Deputi bidang kebijakan strategis Budi Santoso": a name closing a role phrase.
_NAME_AT_END = re.compile(
    r"\s[a-z][\w-]*\s+((?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*)"
    r"(?=\s*$|\s+(?:kepada|di|dalam|saat|ketika|usai|seusai|pada|melalui|sambil|sebelum|setelah)\b)"
)
# "…,” kata Konjen RI di Jeddah, Budi Santoso dalam …": the name in apposition after the office.
_NAME_APPOSED = re.compile(
    r",\s*((?:[A-Z][a-z][\w'’-]*\s+){1,3}?[A-Z][a-z][\w'’-]*)(?=\s*[,.;]|\s+[a-z]|\s*$)"
)


def _name_after_office(after: re.Match[str], people: PeopleIndex, paragraph: int) -> str | None:
    """The speaker an attribution names after an office that opens it, where the office is no
    one's mention: the name that closes the role phrase (``imbuh Deputi bidang kebijakan Budi
    Santoso``) or follows it after a comma (``kata Konjen RI di Jeddah, Budi Santoso``)."""
    who = after.group("who")
    first = who.split(maxsplit=1)[:1]
    if not first or first[0] not in _OFFICE_WORDS:
        return None
    text = after.string
    apposed = _NAME_APPOSED.match(text, after.end("who"))
    found = _NAME_AT_END.search(who)
    start, written = (
        (after.start("who") + found.start(1), found.group(1))
        if found is not None
        else (apposed.start(1), apposed.group(1))
        if apposed is not None
        else (None, None)
    )
    if start is None or written is None or is_known_place(written):
        return None
    if any(w in _OFFICE_WORDS or w in TITLE_WORD_SET or never_a_name(w) for w in written.split()):
        return None  # "kata Kepala Dinas Pariwisata": the role goes on, no name closes it
    mention = people.mention_in(paragraph, start, start + len(written))
    if mention is not None:
        return people.name_of(mention)
    return people.resolve(written) or (written if all(w[:1].isupper() for w in written.split()) else None)


def _holder_followed(
    mention: Mention, span: QuoteSpan, people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """The person a mention names; for an office alone that several people of the article hold
    (``said the President`` after ``President Budi`` and, in a quotation, ``President Ani``), the
    holder the story follows, the one a mention inside a quotation does not make the latest."""
    name = people.name_of(mention)
    holders = people.holders_of(mention.text) if mention.text[:1].isupper() else []
    if len(holders) < 2 or people.people[mention.person].core_in(mention.text):
        return name
    followed = people.speaker_before(span.paragraph, span.start, skip)
    return followed if followed in {people.people[i].name for i in holders} else name


_THROUGH = re.compile(r"\s*,?\s*melalui\s+")
_THROUGH_REACH = 40  # characters of a role ("Kabid Humas") between "melalui" and the mention


def _through(people: PeopleIndex, text: str, paragraph: int, head: Mention) -> Mention:
    """``kata Kepala Dinas Budi melalui Kabid Humas Ani``: the official speaking for the head
    (Ani), else the head."""
    through = _THROUGH.match(text, head.end)
    if through is None:
        return head
    found = people.mention_in(paragraph, through.end(), through.end() + _THROUGH_REACH)
    return found if found is not None and found.person != head.person and found.end > through.end() else head


def _longest_mention(people: PeopleIndex, paragraph: int, start: int, end: int) -> Mention | None:
    """The first mention in an attribution, the longest where several start together: ``Head of
    the Bureau Budi`` holds the role mention ``Head`` (another head's) and the mention of Budi."""
    first = people.mention_in(paragraph, start, end)
    if first is None:
        return None
    same = [m for m in people.mentions_in(paragraph, first.start, end) if m.start == first.start]
    return max(same, key=lambda m: m.end, default=first)


def _names_a_giver(after: re.Match[str], people: PeopleIndex, paragraph: int) -> bool:
    """``kata pria penerima penghargaan dari Presiden Budi``: the person the attribution names
    after a preposition is not the speaker, who is only described (the person being followed)."""
    mention = people.mention_in(paragraph, after.start("who"), after.end("who"))
    return mention is not None and bool(
        _OBJECT_BEFORE.search(after.group("who"), 0, max(0, mention.start - after.start("who")))
    )


_LOWER_OFFICE_WORDS = 3
# Words opening the circumstances of a saying after its agent (where, when, to whom).
_CIRCUMSTANCE_WORDS = frozenset(
    {"dalam", "di", "saat", "usai", "seusai", "ketika", "kepada", "pada", "sewaktu", "setelah", "sebelum"}
    | {"kemarin", "dihadapan", "didepan", "kala", "selepas", "sesudah"}
)


def _office_in_lower_case(
    who: str, span: QuoteSpan, people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """``,” ujar kapolres``: the one person introduced with that office, else none. The office
    ends where the circumstances of the saying begin (``kata bupati dalam rapat itu``)."""
    written = who.split()
    cut = next((k for k, word in enumerate(written) if word.lower() in _CIRCUMSTANCE_WORDS), None)
    if cut:
        written = written[:cut]
    if not written or len(written) > _LOWER_OFFICE_WORDS or not written[0].isalpha():
        return None
    office = " ".join([written[0].capitalize(), *written[1:]])
    holders = people.holders_of(office)
    if len(holders) == 1:
        return people.people[holders[0]].name
    if holders or office.split()[0] not in _OFFICE_WORDS:
        return None
    # No one introduced with the office: the person the story follows, if given no other office.
    followed = people.speaker_before(span.paragraph, span.start, skip)
    if followed is not None and not any(p.role for p in people.people if p.name == followed):
        return followed
    return None


def _speaker_english(
    english: re.Match[str], span: QuoteSpan, people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> str | None:
    """The speaker an English attribution after the quotation names (``,” said Budi``)."""
    p_last = span.segments[-1][0]
    group = next(
        g for g in ("who", "appos", "subject", "office", "pronoun_ed") if english.group(g) is not None
    )
    who = english.group(group)
    if not who.strip() or _PRONOUN.fullmatch(who):
        return people.speaker_before(span.paragraph, span.start, skip)
    # "explained Budi Santoso as Head of the Bureau": the role after "as" names no one else.
    who = _AS_ROLE.split(who, maxsplit=1)[0]
    mention = _longest_mention(people, p_last, english.start(group), english.start(group) + len(who))
    if mention is not None:
        return _holder_followed(mention, span, people, skip)
    if re.match(r"\s*(?:the|this|that)\s", who, re.IGNORECASE):
        # "said the ministry's spokesman, Budi Santoso, on Monday": the name in apposition.
        apposed = _APPOSED.match(english.string, english.end(group))
        if apposed is not None and not is_known_place(apposed["name"]):
            mention = people.mention_in(p_last, apposed.start("name"), apposed.end("name"))
            return people.name_of(mention) if mention else people.resolve(apposed["name"]) or apposed["name"]
        # "said the minister": the one minister of the article, else the minister being followed.
        holders = people.holders_of(who)
        if len(holders) == 1:
            return people.people[holders[0]].name
        followed = people.speaker_before(span.paragraph, span.start, skip)
        if not holders and followed is not None and _other_english_office(who, people, followed):
            return None  # "the governor said" while the story follows its minister
        names = [people.people[i].name for i in holders]
        # "the president said" while the story follows the minister who spoke before: a holder.
        return followed if not names or followed in names else names[0]
    return _english_written(who, english, group, people, p_last)


def _english_written(
    who: str, english: re.Match[str], group: str, people: PeopleIndex, paragraph: int
) -> str | None:
    """The speaker an English attribution names with no mention (``who``, without a role after
    "as"): a known person's written form, the name in apposition after a description, else the
    capitalised words as written."""
    resolved = people.resolve(who) or _described_then_named(english, group, people, paragraph)
    return resolved or (who.strip() if who.strip()[:1].isupper() else None)


def _described_then_named(
    english: re.Match[str], group: str, people: PeopleIndex, paragraph: int
) -> str | None:
    """``said BPS NTB head, Budi Santoso.``: a description naming no one, with a word in lower case,
    then after a comma a name of two words or more: the person named."""
    who = english.group(group)
    if group != "who" or not re.search(r"\s[a-z]", who):
        return None
    apposed = _APPOSED.match(english.string, english.end(group))
    if apposed is None or len(apposed["name"].split()) < 2 or is_known_place(apposed["name"]):
        return None
    mention = people.mention_in(paragraph, apposed.start("name"), apposed.end("name"))
    return people.name_of(mention) if mention else people.resolve(apposed["name"]) or apposed["name"]


_AS_ROLE = re.compile(r"\s(?:as|in\s+his\s+capacity\s+as|in\s+her\s+capacity\s+as)\s")
# ", Budi Santoso." / ", Budi Santoso, on Monday": a name set after a description of its holder.
_APPOSED = re.compile(
    r",\s*(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,4})"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|at|in|to|after|before|when|during|who)\b)"
)


def _other_english_office(who: str, people: PeopleIndex, name: str) -> bool:
    """Whether ``name`` holds an English office other than the one ``who`` names (``the governor``)."""
    asked = set(who.casefold().split()) & set(_EN_OFFICES.split("|"))
    role = next((p.role for p in people.people if p.name == name and p.role), None)
    held = set(role.casefold().split()) & set(_EN_OFFICES.split("|")) if role else set()
    return bool(asked and held and not asked & held)


def _speaker_before_quote(
    span: QuoteSpan, paragraphs: Sequence[str], people: PeopleIndex, skip: Sequence[tuple[int, int, int]]
) -> tuple[str | None, bool]:
    """The speaker named before the quotation (``Budi mengatakan, “…”``), and whether one was found."""
    p_first, start, _ = span.segments[0]
    before_text = paragraphs[p_first][:start]
    if not before_text.strip() and p_first > 0:
        p_first -= 1
        before_text = paragraphs[p_first]
    offset = max(0, len(before_text) - WINDOW)
    before = _BEFORE.search(before_text, offset)
    if before:
        sentence_from = _sentence_start(paragraphs[p_first], before.start())
        mentions = people.mentions_in(p_first, sentence_from, before.end())
        if mentions:
            return people.name_of(mentions[-1]), True
        return people.speaker_before(p_first, sentence_from, skip), True
    # "Hanya saja, lanjut Siti, beberapa wilayah sudah …,“…”": an attribution set inside the
    # sentence that the quotation ends.
    if before_text.strip():
        sentence_from = _sentence_start(paragraphs[p_first], len(before_text.rstrip()) - 1)
        for mention in people.mentions_in(p_first, sentence_from, len(before_text)):
            if _INNER_ATTRIBUTION.search(before_text, sentence_from, mention.start):
                return people.name_of(mention), True
        if p_first == span.paragraph:
            return _reported_before(before_text, p_first, sentence_from, people, skip), False
    return None, False


# A passive verb of saying opening a sentence, its agent after it ("Dijelaskan Budi, …").
_PASSIVE_SAYING = (
    r"Di(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|paparkan|terangkan|tuturkan|tambahkan"
    r"|utarakan|kemukakan|nyatakan|sebutkan)"
)
_PASSIVE_OPENING = re.compile(rf"\s*{_PASSIVE_SAYING}\s+(?=[A-Z])")
_PASSIVE_REACH = 100  # characters of an agent's role ("Dijelaskan Kabid … Kota Contoh, Budi")
# A sentence of reported speech: "Menurut Budi, …", "Dijelaskan Budi, …", "Budi menjelaskan …",
# "Budi said …".
_REPORTED = re.compile(
    rf"\s*(?:Menurut|According\s+to|{_PASSIVE_SAYING})\s|\s+(?:{SPEECH_VERBS}|{ENGLISH_SPEECH_VERBS})\b"
)


def _reported_before(
    before_text: str,
    paragraph: int,
    sentence_from: int,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]],
) -> str | None:
    """``Menurut Budi, harga stabil. “Stok kami cukup.”``: a quotation without attribution right
    after a sentence of the same paragraph that reports what one named person said is theirs;
    after ``Menurutnya, …`` naming no one, it is the person the story follows."""
    if before_text.rstrip()[-1:] not in ".!?":
        # The quotation is inside the sentence: the sentence's subject, when it opens the sentence
        # with a verb of saying ("Budi said the plan would be "…"", "He stressed …, saying its "…"").
        return _subject_saying(before_text, paragraph, sentence_from, people, skip)
    mentions = people.mentions_in(paragraph, sentence_from, len(before_text))
    if not mentions and _REPORTED_BY_PRONOUN.match(before_text, sentence_from):
        return people.speaker_before(paragraph, sentence_from, skip)
    if len({m.person for m in mentions}) != 1:
        return None
    first = mentions[0]
    opens = (
        _REPORTED.match(before_text, sentence_from) is not None
        and first.start - sentence_from < _MENURUT_REACH
    )
    speaks = _REPORTED.match(before_text, first.end) is not None
    return people.name_of(first) if opens or speaks else None


# A sentence opened by its subject, a pronoun or a capitalised name, and a verb of saying.
_SUBJECT_SAYS = re.compile(
    r"\s*(?:(?P<pronoun>He|She|Ia|Dia|Beliau)|(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
    rf"\s+(?:(?:also|then|later|further|juga|pun|lalu|kemudian)\s+)?(?:{ENGLISH_SPEECH_VERBS}|{SPEECH_VERBS})\b"
)


def _subject_saying(
    before_text: str,
    paragraph: int,
    sentence_from: int,
    people: PeopleIndex,
    skip: Sequence[tuple[int, int, int]],
) -> str | None:
    """The speaker of a quotation set inside a sentence of reported speech (``Budi said the plan
    was "…"``): the named subject that opens the sentence with a verb of saying, or for a pronoun
    subject the person the story follows."""
    opening = _SUBJECT_SAYS.match(before_text, sentence_from)
    if opening is None:
        # "Dijelaskan Kabid … Kota Contoh, Budi kepada wartawan, “…”": the passive verb's agent
        passive = _PASSIVE_OPENING.match(before_text, sentence_from)
        mentions = people.mentions_in(paragraph, passive.end(), len(before_text)) if passive else []
        if passive and mentions and mentions[0].start - passive.end() < _PASSIVE_REACH:
            return people.name_of(mentions[0])
        return None
    if opening.group("pronoun"):
        return people.speaker_before(paragraph, sentence_from, skip)
    return people.name_of(people.mention_in(paragraph, opening.start("name"), opening.end("name")))


_REPORTED_BY_PRONOUN = re.compile(
    rf"\s*(?:Menurut(?:nya|\s+(?:dia|ia|beliau))|{_PASSIVE_SAYING}nya|According\s+to\s+(?:him|her|them))\b"
)
_MENURUT_REACH = 16  # "Menurut Dr. Budi": the name right after the cue
