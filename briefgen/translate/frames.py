"""Key points and register entries generated in both languages from the event and step frames.

:func:`key_point` renders an article's :class:`EventFrame` as one sentence in Indonesian and in
English (``Wakil Menteri Ekonomi Kreatif Irene Umar menerima kunjungan … di Jakarta pada Selasa,
20 Januari 2026.`` / ``Deputy Minister of Creative Economy Irene Umar received a visit from … in
Jakarta on Tuesday, 20 January 2026.``): verbs and objects from the event lexicons, roles through
:mod:`briefgen.translate.roles`, bodies in their official English from the glossary. A slot whose
English is not known is left out of both languages, never guessed; a verb that cannot stand
without it goes too, which leaves who, where and when. :func:`step_parts` and :func:`step_text`
do the same for a next step: actor, kind and due date always, the action's English only when
every word of it is in the step-word lexicon or the glossary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefgen.lexicons import ENGLISH_BODY_ENDS, STATEMENT_VERB, EventLexicon, EventVerb, bundled, key
from briefgen.model import Actor, Bilingual, EventFrame, Facts, NextStep, StepKind
from briefgen.standards import format_day
from briefgen.translate.glossary import Glossary, tokens
from briefgen.translate.roles import translate_role

__all__ = ["StepParts", "actor_english", "key_point", "step_parts", "step_text"]

# Phrases for the parties of a step or an event that are no names: Indonesian → English.
_PARTIES = {
    ("kedua", "pihak"): "both parties",
    ("kedua", "belah", "pihak"): "both parties",
    ("kedua", "negara"): "both countries",
    ("kedua", "lembaga"): "both institutions",
    ("kedua", "kementerian"): "both ministries",
    ("pemerintah",): "the government",
    ("pemerintah", "pusat"): "the central government",
    ("pemerintah", "daerah"): "the regional government",
    ("pemda",): "the regional government",
    ("para", "pihak"): "the parties",
    ("polisi",): "the police",
    ("kepolisian",): "the police",
}


def _full_date(day: dt.date, lang: str) -> str:
    # One date style throughout (issue 12): no zero-padded day, as CLDR's full Indonesian format has.
    return format_day(day, "EEEE, d MMMM y", lang)


def _end(sentence: str) -> str:
    sentence = sentence.rstrip(" ,")
    return sentence if sentence.endswith(".") else sentence + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# Nouns that make the English name of a body take "the" (the Ministry of Trade, the Jepara Regency
# Government); names such as Bank Indonesia, Danantara or KOCCA go without.
def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


_INSTITUTION_NOUNS = _words(
    """ministry agency office board council commission authority institute bureau division
    directorate secretariat organization organisation association assembly house court police
    forces government corporation forum centre center committee chamber fund union federation
    foundation embassy consulate mission department inspectorate service unit team republic"""
)


def _with_the(en: str) -> str:
    """``Ministry of Trade`` → ``the Ministry of Trade``; ``Bank Indonesia``, ``both parties`` as they are."""
    words = en.split()
    if not words or words[0].casefold() in ("the", "both", "all") or words[0] == "Bank":
        return en
    head = en.split(" of ")[0].split("/")[0]
    if any(w.casefold().strip(",") in _INSTITUTION_NOUNS for w in head.split()):
        return "the " + en
    return en


def _body_english(name: str, glossary: Glossary | None) -> str | None:
    """The official English of a body (``Kementerian UMKM``, ``Pemerintah Kabupaten Jepara``,
    ``Kemenekraf dan KBRI Seoul``), or None when a word of it has no English."""
    party = _PARTIES.get(key(name))
    if party:
        return party
    if glossary is None:
        return None
    english = glossary.exact(name) or translate_role(glossary, name)
    if english:
        return _with_the(english)
    words = name.split()
    if (
        len(words) > 1
        and words[-1].casefold() in ENGLISH_BODY_ENDS
        and all(w[:1].isupper() and w.isascii() and not glossary.is_indonesian(w.casefold()) for w in words)
    ):
        return _with_the(name)  # a name already in English ("Japan Foundation") stays as it is
    for joiner in (" dan ", " serta ", ", "):
        if joiner in name:
            parts = [_body_english(p.strip(), glossary) for p in name.split(joiner) if p.strip()]
            if parts and all(parts):
                found = [p for p in parts if p]
                return ", ".join(found[:-1]) + " and " + found[-1] if len(found) > 1 else found[0]
    return None


def _role_of(actor: Actor) -> str | None:
    role = actor.role
    if role and actor.organization and actor.organization not in role:
        role = f"{role} {actor.organization}"
    return role or None


# A role of more words than this is set off by commas after a verb ("received a visit from the
# Deputy Chief of Mission of …, Ali Andika Wardana,"); a short title stays before the name ("met
# President Prabowo Subianto").
_SHORT_ROLE = 4


def _role_english(actor: Actor, glossary: Glossary | None) -> str | None:
    role = _role_of(actor)
    return translate_role(glossary, role) if glossary is not None and role else None


def _is_long(role_en: str | None) -> bool:
    return role_en is not None and len(role_en.split()) > _SHORT_ROLE


def _actor_id(actor: Actor, glossary: Glossary | None, object_position: bool = False) -> str | None:
    """``Wakil Menteri Ekonomi Kreatif Irene Umar``; as an object ``Deputy Chief …, Ali Andika Wardana``."""
    if actor.name is None:
        return actor.organization
    role = _role_of(actor)
    if not role:
        return actor.name
    if object_position and _is_long(_role_english(actor, glossary)):
        return f"{role}, {actor.name}"
    return f"{role} {actor.name}"


def actor_english(actor: Actor, glossary: Glossary | None, object_position: bool = False) -> str | None:
    """The actor in English: role (composed from the glossary) and name, or the body's official
    English; a role without English is left out (the name stays), a body without English is None."""
    if actor.name is None:
        return _body_english(actor.organization, glossary) if actor.organization else None
    role_en = _role_english(actor, glossary)
    if not role_en:
        return actor.name
    if object_position and _is_long(role_en):
        article = "" if role_en.startswith("the ") else "the "
        return f"{article}{role_en}, {actor.name}"
    return f"{role_en} {actor.name}"


def _join(items: list[str], word: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


@dataclass
class _Slot:
    id: str
    en: str
    apposition: bool  # ends with a name in apposition ("…, Ali Andika Wardana"): close it with a comma


def _slot(
    frame: EventFrame, verb: EventVerb, glossary: Glossary | None, lexicon: EventLexicon
) -> _Slot | None:
    """The verb's slot in both languages, or None when it is empty or has no English."""
    if verb.slot == "object" and frame.obj:
        entry = lexicon.object(frame.obj)
        return _Slot(entry.id, entry.en, False) if entry else None
    if verb.slot == "counterpart" and frame.counterparts:
        ids: list[str] = []
        ens: list[str] = []
        for actor in frame.counterparts:
            id_text = _actor_id(actor, glossary, object_position=True)
            en_text = actor_english(actor, glossary, object_position=True)
            if id_text is None or en_text is None:
                continue  # a counterpart with no English is left out of both languages
            ids.append(id_text)
            ens.append(en_text)
        if not ens:
            return None
        last = frame.counterparts[-1]
        apposition = len(ens) == 1 and last.name is not None and _is_long(_role_english(last, glossary))
        return _Slot(_join(ids, "dan"), _join(ens, "and"), apposition)
    return None


# Prepositions an event verb ends on when it is written with its slot ("hadir dalam" + the event,
# "berkunjung ke" + the place, "bertemu dengan" + the counterpart).
_SLOT_PREPOSITIONS = frozenset({"dalam", "di", "pada", "ke", "dengan", "kepada", "untuk", "bagi", "terhadap"})


def _without_slot(verb_id: str) -> str:
    """The verb as it stands without its slot: its closing preposition dropped (``hadir dalam`` →
    ``hadir``; "hadir dalam di Makassar" is no Indonesian)."""
    words = verb_id.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].casefold() in _SLOT_PREPOSITIONS else verb_id


def _core(
    actor_id: str | None, actor_en: str | None, verb: EventVerb | None, slot: _Slot | None
) -> tuple[str, str | None, bool]:
    """Who did what (to whom) as ``(Indonesian, English or None when pending, apposition)``.

    The Indonesian is built whenever its words are known; the English (None: pending) only when
    every part of it has English too. Without a verb and its slot: the actor alone."""
    if verb and verb.voice == "active" and actor_id and (slot or verb.alone):
        if slot:
            text_en = f"{actor_en} {verb.en} {slot.en}" if actor_en else None
            return f"{actor_id} {verb.id} {slot.id}", text_en, slot.apposition
        return f"{actor_id} {_without_slot(verb.id)}", f"{actor_en} {verb.alone}" if actor_en else None, False
    if verb and verb.voice == "passive" and slot and (actor_id or verb.alone):
        if actor_id:
            text_en = f"{actor_en} {verb.en} {slot.en}" if actor_en else None
            return f"{_capital(slot.id)} {verb.id} {actor_id}", text_en, slot.apposition
        return f"{_capital(slot.id)} {verb.id}", f"{_capital(slot.en)} {verb.alone}", False
    return actor_id or "", actor_en if actor_id else "", False


def _where_when(
    frame: EventFrame, text_id: str, text_en: str | None, apposition: bool
) -> tuple[str, str | None]:
    """The sentence with its place and date appended (``di …``/``in …``, ``pada …``/``on …``),
    after a comma when it ends in an apposition; both stripped."""
    if apposition and (frame.place or frame.date):
        text_id += ","
        text_en = text_en + "," if text_en is not None else None
    if frame.place:
        text_id += f" di {frame.place}"
        text_en = text_en + f" in {frame.place}" if text_en is not None else None
    if frame.date:
        text_id += f" pada {_full_date(frame.date, 'id')}"
        text_en = text_en + f" on {_full_date(frame.date, 'en')}" if text_en is not None else None
    return text_id.strip(), text_en.strip() if text_en is not None else None


def _with_topic(
    frame: EventFrame,
    verb: EventVerb | None,
    slot: _Slot | None,
    text_id: str,
    text_en: str | None,
    lexicon: EventLexicon,
) -> tuple[str, str | None]:
    """The sentence with what it was about appended when it says no more than who spoke or acted
    (a statement, a verb without its slot): ``menyampaikan keterangan tentang harga beras`` /
    ``gave a statement on rice prices``, ``meninjau terkait sampah`` / ``made an inspection visit
    regarding waste``; never a topic the sentence already names or shares a word with the verb,
    nor one without English."""
    entry = lexicon.topic(frame.topic) if frame.topic else None
    if entry is None or not text_id or (slot is not None and verb is not None and verb.id != STATEMENT_VERB):
        return text_id, text_en
    wanted, written = key(entry.id), key(text_id)
    if any(written[i : i + len(wanted)] == wanted for i in range(len(written) - len(wanted) + 1)):
        return text_id, text_en
    if verb is not None and set(wanted) & set(key(verb.id)):
        return text_id, text_en  # "menyalurkan bantuan": the verb says it ("terkait bantuan sosial" no more)
    statement = verb is not None and verb.id == STATEMENT_VERB
    id_word, en_word = ("tentang", "on") if statement else ("terkait", "regarding")
    return f"{text_id} {id_word} {entry.id}", f"{text_en} {en_word} {entry.en}" if text_en else text_en


def _indonesian_role(role: str, glossary: Glossary | None) -> str | None:
    """An English article's role as the Indonesian column may show it: kept when it is Indonesian
    (``Menteri Perdagangan``), else the glossary entry whose English it is exactly (``minister`` →
    ``Menteri``), else None: an English word has no place in the Indonesian sentence."""
    if glossary is None:
        return None
    words = role.split()
    if words and glossary.is_indonesian(words[0].casefold()):
        return role
    wanted = role.casefold()
    return next((id_ for id_, en in glossary.pairs() if en.casefold() == wanted), None)


def _english_source_id(facts: Facts, frame: EventFrame, text_id: str, glossary: Glossary | None) -> str:
    """The Indonesian key point of an English article: who (its role only in Indonesian), that
    they gave a statement when the article quotes them, where and when; without a person the
    source's own sentence (the translation layer's to fill)."""
    actor = frame.actor
    if actor is None or not text_id:
        return frame.sentence
    if actor.name is None:
        return _end(_capital(text_id))
    role = _role_of(actor)
    role_id = _indonesian_role(role, glossary) if role else None
    who = f"{role_id} {actor.name}" if role_id else actor.name
    if any(q.speaker == actor.name for q in facts.quotes):
        who = f"{who} {STATEMENT_VERB}"
    sentence, _ = _where_when(frame, who, None, False)
    return _end(_capital(sentence))


def _opening(facts: Facts, frame: EventFrame | None) -> str:
    """What stands for a key point that cannot be generated: the article's first sentence, else the
    frame's lead sentence, else the headline."""
    if facts.background:
        return facts.background[0]
    return (frame.sentence if frame else "") or facts.article.title or ""


def _framed(
    facts: Facts, frame: EventFrame, text_id: str, text_en: str | None, glossary: Glossary | None
) -> Bilingual:
    """The key point from the frame's sentence: the source's own lead for an English article
    (the Indonesian says who, where and when when a person was found, else repeats the source);
    else the generated sentence, its English pending when a part has none."""
    if frame.lang == "en":
        indonesian = _english_source_id(facts, frame, text_id, glossary)
        return Bilingual(indonesian or text_id, frame.sentence or None, "source")
    if not text_id:
        return Bilingual(_opening(facts, frame), None, "missing")
    if not text_en:  # a part without English (a body not in the glossary): the English is pending
        return Bilingual(_end(_capital(text_id)), None, "missing")
    return Bilingual(_end(_capital(text_id)), _end(_capital(text_en)), "generated")


def key_point(facts: Facts, glossary: Glossary | None, lexicon: EventLexicon | None = None) -> Bilingual:
    """One sentence of what happened, who (name and role), with whom, where and when, in both
    languages, from the article's event frame; origin "generated". Without a frame the Indonesian
    is the article's first sentence and the English is pending (origin "missing")."""
    lexicon = lexicon or bundled()
    frame = facts.event
    if frame is None:
        return Bilingual(_opening(facts, None), None, "missing")
    actor_id = _actor_id(frame.actor, glossary) if frame.actor else None
    actor_en = actor_english(frame.actor, glossary) if frame.actor else None
    verb = lexicon.verb(frame.verb) if frame.verb else None
    slot = _slot(frame, verb, glossary, lexicon) if verb else None
    text_id, text_en, apposition = _core(actor_id, actor_en, verb, slot)
    if not text_id and frame.lang != "en":
        # no one and nothing to say it of: "Pada Senin, 5 Januari 2026." alone is no key point; the
        # article's first sentence is, its English pending
        return _framed(facts, frame, "", None, glossary)
    if frame.lang == "id":
        text_id, text_en = _with_topic(frame, verb, slot, text_id, text_en, lexicon)
    text_id, text_en = _where_when(frame, text_id, text_en, apposition)
    return _framed(facts, frame, text_id, text_en, glossary)


# --------------------------------------------------------------------------- next steps

_KINDS: dict[StepKind, tuple[str, str, str]] = {
    # kind: (Indonesian label, English label, English verb before the action)
    "agreement": ("Kesepakatan", "Agreement", "agreed to"),
    "plan": ("Rencana", "Plan", "plans to"),
    "commitment": ("Komitmen", "Commitment", "pledged to"),
    "instruction": ("Instruksi", "Instruction", "gave instructions to"),
    "target": ("Target", "Target", "aims to"),
    "schedule": ("Jadwal", "Schedule", "is scheduled to"),
}


@dataclass(frozen=True)
class StepParts:
    """A next step for the register, part by part: actor, kind and due date always have English
    (when extracted); the action's English is generated only when every word of it is known,
    else its origin stays "missing" and the writer shows it pending."""

    actor: Bilingual | None
    kind: Bilingual | None
    action: Bilingual
    due: Bilingual | None


def _due(step: NextStep) -> Bilingual | None:
    """``pada Selasa, 24 Maret 2026`` / ``on Tuesday, 24 March 2026``; ``pada Mei 2026`` / ``in May 2026``."""
    day, precision = step.due, step.due_precision
    if day is None:
        return None
    if precision in (None, "day"):
        return Bilingual.both(f"pada {_full_date(day, 'id')}", f"on {_full_date(day, 'en')}")
    if precision == "month":
        return Bilingual.both(
            f"pada {format_day(day, 'MMMM y', 'id')}",
            f"in {format_day(day, 'MMMM y', 'en')}",
        )
    if precision == "week":
        return Bilingual.both(
            f"pada pekan {format_day(day, 'd MMMM y', 'id')}",
            f"in the week of {format_day(day, 'd MMMM y', 'en')}",
        )
    if precision == "quarter":
        quarter = (day.month - 1) // 3 + 1
        roman = ("I", "II", "III", "IV")[quarter - 1]
        return Bilingual.both(f"pada kuartal {roman} {day.year}", f"in Q{quarter} {day.year}")
    if precision == "half":
        first = day.month <= 6
        return Bilingual.both(
            f"pada semester {'I' if first else 'II'} {day.year}",
            f"in the {'first' if first else 'second'} half of {day.year}",
        )
    return Bilingual.both(f"pada {day.year}", f"in {day.year}")


def _action_parts(
    action: str, glossary: Glossary | None, lexicon: EventLexicon
) -> list[tuple[str, str]] | None:
    """The action's words as ``(kind, English)`` parts, longest match first: a step word of the
    lexicon, else a glossary term or organisation (a noun); None when any word is unknown."""
    toks = [t for t in tokens(action) if t.text not in (",",)]
    folded = [t.fold for t in toks]
    parts: list[tuple[str, str]] = []  # (kind, English)
    i = 0
    while i < len(toks):
        found: tuple[int, str, str] | None = None
        for n in range(min(lexicon.longest_word, len(toks) - i), 0, -1):
            word = lexicon.words.get(tuple(folded[i : i + n]))
            if word is not None:
                found = (n, word.kind, word.en)
                break
        if found is None and glossary is not None:
            terms = [(n, t) for n, t in glossary.matches_at(toks, i) if t.kind in ("term", "organization")]
            if terms:
                n, term = terms[0]
                found = (n, "noun", term.en)
        if found is None:
            return None
        n, kind, en = found
        parts.append((kind, en))
        i += n
    return parts


_PART_ORDER = {"verb": 0, "noun": 1, "adverb": 2}


def _bad_link(parts: list[tuple[str, str]], j: int) -> bool:
    """Whether the link at ``j`` is not between two parts of one kind (first, last, or between
    two kinds or two links)."""
    return j == 0 or j == len(parts) - 1 or parts[j - 1][0] != parts[j + 1][0] or parts[j - 1][0] == "link"


def _in_order(parts: list[tuple[str, str]]) -> bool:
    """Whether the parts read in English order: verbs first, then nouns, then adverbs; links
    only between two of a kind; starting with a verb."""
    rank = -1
    for j, (kind, _en) in enumerate(parts):
        if kind == "link":
            if _bad_link(parts, j):
                return False
            continue
        if _PART_ORDER[kind] < rank:
            return False
        if j > 0 and parts[j - 1][0] == kind and kind != "adverb":
            return False  # "kerja sama investasi": two nouns in Indonesian order, no English order known
        rank = _PART_ORDER[kind]
    return bool(parts) and parts[0][0] == "verb"


def action_english(action: str, glossary: Glossary | None, lexicon: EventLexicon) -> str | None:
    """The English of an action that reads as ``verb (link verb)* [noun (link noun)*] adverb*``,
    every part a step word or a glossary term (``memperkuat koordinasi dan komunikasi ke depan`` →
    ``strengthen coordination and communication going forward``); None when any word is unknown."""
    parts = _action_parts(action, glossary, lexicon)
    if parts is None or not _in_order(parts):
        return None
    return " ".join(en for _kind, en in parts)


def step_parts(step: NextStep, glossary: Glossary | None, lexicon: EventLexicon | None = None) -> StepParts:
    """The register entry of one next step, part by part (see :class:`StepParts`)."""
    lexicon = lexicon or bundled()
    actor = None
    if step.actor:
        # A name passes through ("Pelindo", "Danantara"); a lowercase phrase needs its English.
        english = _body_english(step.actor, glossary) or (
            step.actor
            if glossary is not None and step.actor[:1].isupper() and not _has_indonesian(step.actor, glossary)
            else None
        )
        actor = Bilingual(step.actor, english, "generated" if english else "missing")
    kind = None
    if step.kind:
        label_id, label_en, _verb = _KINDS[step.kind]
        kind = Bilingual.both(label_id, label_en)
    action = Bilingual(step.action or step.text, None, "missing")
    if step.action:
        english = action_english(step.action, glossary, lexicon)
        if english:
            action = Bilingual(step.action, english, "generated")
    return StepParts(actor, kind, action, _due(step))


def _has_indonesian(text: str, glossary: Glossary) -> bool:
    return any(glossary.is_indonesian(t.fold) for t in tokens(text))


def step_text(step: NextStep, glossary: Glossary | None, lexicon: EventLexicon | None = None) -> Bilingual:
    """One next step as a sentence: ``Kemenekraf dan KBRI Seoul agreed to strengthen coordination
    and communication.`` when actor, kind and action all have English (origin "generated"); else
    the step's own Indonesian with the English pending (origin "missing"), whose known parts
    :func:`step_parts` gives the writer."""
    parts = step_parts(step, glossary, lexicon)
    if step.kind is None or parts.action.origin != "generated" or parts.action.en is None:
        return Bilingual(step.text, None, "missing")
    if parts.actor is not None and parts.actor.en is None:
        return Bilingual(step.text, None, "missing")
    _label_id, label_en, verb_en = _KINDS[step.kind]
    due_en = f" {parts.due.en}" if parts.due and parts.due.en else ""
    if parts.actor is not None and parts.actor.en:
        english = f"{_capital(parts.actor.en)} {verb_en} {parts.action.en}{due_en}"
    else:
        english = f"{label_en}: {parts.action.en}{due_en}"
    return Bilingual(step.text, _end(english), "generated")
