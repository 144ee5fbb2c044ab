"""Finds next steps: agreements, plans, commitments and follow-ups, with the actor that takes them.

Predictions and hopes are not next steps: a forecast (``X memperkirakan … akan …``, ``… diperkirakan
akan …``), a belief (``X menilai … akan …``) or a hope (``diharapkan mampu …``) is left out, and a
bare ``akan`` (``will``) counts only when its subject is someone who can act (a named body, a
person, a pronoun, ``pihaknya``, ``pemerintah provinsi``), not a thing (``permintaan kopi akan
tumbuh``). Instructions and requests addressed to someone (``meminta … untuk``,
``menginstruksikan``), obligations of an actor (``pemerintah harus mengakomodasi …``), schedules,
postponements and decisions still awaited are next steps too, in narration and inside quotations.
The cues are in ``step_cues``, the rules that judge them in ``step_rules``, the actor in
``step_subjects``.

Where a future is a step and where it is a forecast: a future counts when someone who can act
is its subject and the act is theirs to do — an organiser's event with its date or place (``The
fair is going to be held in Perth on 12 June``, ``It will be held at the river park``), a body's
stated programme or commitment, with its means (``Indonesia will be present in the region by
sending ministers to 16 countries``, ``we will be consistently present``), what the speaker's
side will do (``akan kami tindak``). It is a forecast when what follows the modal is an outcome
or a state rather than an act (``will benefit``, ``will grow``, ``will be ready``, ``will
become the fourth-biggest economy``), when a verb of belief, hope or expectation governs it
(``they believe …``, ``expects that …``, ``diperkirakan akan``), or when the subject is a thing
that cannot act (``demand will rise``). What an outsider says another party "will" do is read
like any other future: it needs that party as subject and an act as verb.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefgen.extract.actors import Sides, own_side
from briefgen.extract.due import due_of
from briefgen.extract.people import PeopleIndex
from briefgen.extract.sentences import split_sentences
from briefgen.extract.statements import SentenceRef
from briefgen.extract.step_rules import judge
from briefgen.extract.step_subjects import (
    OWN_SIDE,
    Subject,
    narrated_own_side,
    narrated_subject,
    quoted_subject,
)
from briefgen.model import NextStep

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
    subject = judge(
        sentence.text, lambda at: narrated_subject(sentence, at, people, skip, sides), event, quoted=False
    )
    if subject is None:
        return None
    actor = subject.actor
    if actor and OWN_SIDE.fullmatch(actor):
        actor = narrated_own_side(sentence, len(sentence.text), people, skip, sides)  # "meminta kami untuk …"
    due, precision = due_of(sentence.text, event)
    return NextStep(sentence.text, actor, due, sentence.paragraph, precision)


_SPACE = re.compile(r"\s+")


def distinct_steps(steps: Sequence[NextStep]) -> list[NextStep]:
    """Each step once: a page whose scraper printed a paragraph twice states its plan once (the
    first copy is kept, spacing, case and the quotation marks around it aside)."""
    seen: set[str] = set()
    kept = []
    for step in steps:
        key = _SPACE.sub(" ", step.text).strip(" .,'\"“”‘’").lower()
        if key not in seen:
            seen.add(key)
            kept.append(step)
    return kept


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

        def subject_at(at: int, text: str = text) -> Subject:
            return quoted_subject(text, at, people, speaker, sides)

        subject = judge(text, subject_at, event, quoted=True)
        if subject is not None:
            actor = subject.actor
            if actor and OWN_SIDE.fullmatch(actor):
                actor = own_side(people, speaker, sides)  # "Gubernur meminta kepada kami untuk …"
            due, precision = due_of(text, event)
            steps.append(NextStep(text, actor, due, paragraph, precision))
    return steps


# A set of directives announced, then told one by one ("Presiden memberikan tiga arahan. Pertama,
# mempercepat …"; "Ada empat poin dalam instruksi itu, di antaranya: pertama, …"). The items
# have neither subject nor modal: the announcement makes each one a step. Not any list: "tiga
# program yang menjadi fokus", "tiga alasan" announce what is, not what is to be done.
_DIRECTIVES = r"(?:arahan|amanat|instruksi|perintah|tugas|pesan|imbauan|rekomendasi|langkah|kesepakatan)"
_ANNOUNCED = re.compile(
    r"(?<![\w-])(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|beberapa|sejumlah|sederet)\s+"
    rf"(?:\w+\s+)?{_DIRECTIVES}(?![\w-])"
    rf"|(?<![\w-]){_DIRECTIVES}\s+(?:\w+\s+){{0,3}}(?:sebagai\s+berikut|yaitu|yakni|antara\s+lain)"
    # "empat poin utama dalam Instruksi Gubernur": the points of a directive named with them.
    rf"|(?<![\w-])(?:\d{{1,2}}|dua|tiga|empat|lima|enam|beberapa)\s+(?:poin|point|butir)\b.{{0,40}}{_DIRECTIVES}",
    re.IGNORECASE,
)
_ORDINAL = r"(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|terakhir)"
# An item opens its paragraph with its ordinal ("Kedua, …", "Ketiga adalah …", "Pertama: …").
_ITEM = re.compile(rf"{_ORDINAL}(?:\s*[,:]|\s+(?:adalah|yaitu|yakni|ialah)\b)\s*\S", re.IGNORECASE)
# Or follows the announcement in its sentence: "…, di antaranya: pertama, untuk sementara …".
_ITEM_INSIDE = re.compile(rf"[:,]\s*{_ORDINAL}\s*[,:]\s*\S", re.IGNORECASE)
# How many paragraphs after the announcement its items may come.
_ITEMS_WITHIN = 8


class ListedDirectives:
    """Reads a text's sentences in order and tells which are the items of an announced set of
    directives: :meth:`announces` with every sentence, then :meth:`is_item` for each."""

    def __init__(self) -> None:
        self._announced_at: int | None = None

    def is_item(self, sentence: SentenceRef, first_in_paragraph: bool) -> bool:
        """Whether ``sentence`` is an item of the set announced last (a paragraph's first sentence
        opening with an ordinal, a few paragraphs after the announcement at most)."""
        at = self._announced_at
        if at is None or sentence.paragraph - at > _ITEMS_WITHIN:
            return False
        return first_in_paragraph and _ITEM.match(sentence.text) is not None

    def announces(self, sentence: SentenceRef) -> bool:
        """Notes an announcement; True when the sentence also holds the first item itself."""
        match = _ANNOUNCED.search(sentence.text)
        if match is None:
            return False
        self._announced_at = sentence.paragraph
        return _ITEM_INSIDE.search(sentence.text, match.end()) is not None


def listed_step(sentence: SentenceRef, event: dt.date | None = None) -> NextStep:
    """An item of an announced set of directives as a step; who carries it out is not told there."""
    due, precision = due_of(sentence.text, event)
    return NextStep(sentence.text, None, due, sentence.paragraph, precision)
