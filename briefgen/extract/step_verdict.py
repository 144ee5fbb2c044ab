"""The shared language of the step rules: one cue of a plan in its sentence (:class:`Cue`) and what
a rule answers about it (:data:`Decision`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from briefgen.extract.patterns import Scan, Words, can_match
from briefgen.extract.step_cues import LOOK_BACK
from briefgen.extract.step_subjects import Subject


def end_of_first(pattern: re.Pattern[str], text: str) -> int:
    """Where the first match of ``pattern`` in ``text`` ends; past the end when there is none."""
    found = pattern.search(text) if can_match(pattern, text) else None
    return found.end() if found else len(text) + 1


def first_end(scanned: Scan, text: str, words: Words) -> int:
    """:func:`end_of_first` of the pattern ``scanned`` scans (``patterns.scan``); ``words`` is
    ``words_of(text.lower())``."""
    found = next(scanned(text, words), None)
    return found.end() if found else len(text) + 1


class Verdict(Enum):
    """What a rule decides about a cue when it does not accept it: look at the sentence's next cue,
    or reject the whole sentence."""

    NEXT = "next"
    REJECT = "reject"


# A rule's answer: a Subject accepts the sentence as a step (with its actor), a Verdict skips the
# cue or rejects the sentence, None leaves the cue to the rules after it.
Decision = Subject | Verdict | None


@dataclass
class Cue:
    """One cue of a plan in a sentence, with what the rules read about the sentence around it."""

    text: str
    start: int
    kind: str
    event: dt.date | None
    quoted: bool
    subject_at: Callable[[int], Subject]
    # Where the first belief, question, habit and former-plan word of the sentence end: a cue
    # after one of them is governed by it.
    belief: int
    question: int
    habit: int
    former: int
    condition: bool

    @property
    def subject(self) -> Subject:
        return self.subject_at(self.start)

    def before(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern`` in the stretch of at most LOOK_BACK characters that ends at the cue."""
        return pattern.search(self.text, max(0, self.start - LOOK_BACK), self.start)
