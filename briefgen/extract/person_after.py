"""What the words right after an untitled name say about it: a lower-case role (``Sri Wulan,
istri Bupati, …``), a title run after a comma or ``selaku`` (``Ratna Sari, Wakil Menteri …``) and the
body it is from (``Budi Santoso dari PT Maju``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.index import SPEECH_AFTER
from briefgen.extract.lexicon import ADDRESS_CUES, COMPANY_SUFFIXES, PERSON_CUES
from briefgen.extract.organizations import Definition, compact
from briefgen.extract.roles import Vocabulary, split_role, title_at
from briefgen.extract.runs import Run

# "Budi Santoso dari PT Maju", "Budi Santoso, dari Dinas Pertanian, …": the body someone is from.
_FROM_ORG = re.compile(r",?\s+dari\s+")
ROLE_AFTER = re.compile(
    # "…, salah satu pembeli, …", "…, seorang pedagang, …": the role may open with a quantifier.
    r",\s*(?P<role>(?:(?:salah\s+(?:satu|seorang)|seorang|sang|one\s+of\s+the|a|an|the)\s+"
    r"(?:(?!(?:di|ke|dari|at|of|in|from)\s)[a-z][\w'’-]*\s+){0,2})?(?:"
    + "|".join(sorted(PERSON_CUES - ADDRESS_CUES))
    # ", head of the epidemiology division,", ", chief of …": the head of a body, in lower case.
    + r"|head|chief"
    # ", istri Bupati,", ", putra almarhum …,": a relative of someone.
    + r"|suami|istri|isteri|anak|putra|putri|ayah|ibunda|adik|kakak|cucu|menantu|keponakan"
    + r")\b(?:(?!\s+yang\b)[^,.;:!?“”\"])*)"
)


@dataclass(frozen=True)
class AfterName:
    """What the words after an untitled name say: its role and body, whether they mark it as a
    name, and where the phrase ends."""

    role: str | None
    organization: str | None
    end: int
    cued: bool


def after_name(
    vocab: Vocabulary,
    defs: Sequence[Definition],
    paragraph: str,
    runs: Sequence[Run],
    i: int,
    run: Run,
    end: int,
    cue_role: str | None,
    named: bool,
) -> AfterName:
    """The role, body and end of an untitled name's phrase (``named``: already a name by its cue
    or because it is known)."""
    role, org, consumed, cued = cue_role, None, end, False
    after_title = _title_after_name(vocab, defs, paragraph, runs, i, end)
    if after_title is not None:
        role, org, consumed = after_title
        cued = True
    after_role, role_cues = _role_after_name(paragraph, run, end)
    cued = cued or role_cues
    if role is None and after_role and (cued or named):
        role = after_role.group("role")
        consumed = max(consumed, after_role.end("role"))
    if org is None:
        org = _org_after_name(vocab, defs, paragraph, runs, i, end)
        # "Sri Wulan, dari Dinas Pertanian, …": a full name set off by the body it is from.
        words = len([u for u in run.units if u.kind == "word"])
        cued = cued or (org is not None and words >= 2 and paragraph.startswith(",", end))
    return AfterName(role, org, consumed, cued)


_AFTER_MENURUT = re.compile(r"\b[Mm]enurut\s+(?:[A-Z][\w.]*\s+)?$")


def _role_after_name(paragraph: str, run: Run, end: int) -> tuple[re.Match[str] | None, bool]:
    """ "kata Elif Yildiz, desainer asal Istanbul yang …": a lower-case role after the name, and
    whether it marks the run as a name (a verb follows it)."""
    after_role = ROLE_AFTER.match(paragraph, end)
    if after_role is None or _AFTER_MENURUT.search(paragraph[max(0, run.start - 30) : run.start]):
        return None, False  # "Menurut Bu Rina, pembeli ramai …": the clause after the comma is what she said
    rest = after_role.end("role")
    if SPEECH_AFTER.match(paragraph, rest):
        return after_role, True  # "Budi Santoso, director of … at the Ministry …, told reporters"
    words = len([u for u in run.units if u.kind == "word"])
    # "Sri Wulan, istri Bupati, membagikan …": a full name, its role, then the verb.
    return after_role, words >= 2 and re.match(r",\s*[a-z]", paragraph[rest:]) is not None


def _title_after_name(
    vocab: Vocabulary, defs: Sequence[Definition], paragraph: str, runs: Sequence[Run], i: int, end: int
) -> tuple[str | None, str | None, int] | None:
    """ "Ratna Sari, Wakil Menteri Kelautan, mengatakan", "Ratna Sari selaku Kepala UPTD …":
    (role, organisation, end) of a title run after the name and a comma or ``selaku``/``sebagai``,
    with no name of its own."""
    if i + 1 >= len(runs) or not re.fullmatch(
        r",\s*|\s+(?:selaku|sebagai)\s+", paragraph[end : runs[i + 1].start]
    ):
        return None
    units = runs[i + 1].units
    title = title_at(units, vocab)
    # Before the title only an acting prefix or words that are no name's ("Indonesian Ambassador",
    # "Coordinating Minister"): the run is then no name's either.
    if title is None or not all(
        u.text in _ACTING or u.kind == "paren" or not vocab.name_like(u) for u in units[: title[0]]
    ):
        return None
    title = 0, title[0] + title[1]
    # No name of its own: name-like words only after a body's name opens ("Kepala UPTD Pasar").
    rest = units[title[1] :]
    body = next((k for k, u in enumerate(rest) if vocab.org_start(u)), len(rest))
    if any(vocab.name_like(u) for u in rest[:body]):
        return None
    role, org = split_role(units, title[1], vocab, paragraph, defs)
    return role, org, units[-1].end


# Words for an acting holder written before the title ("Penjabat (Pj.) Gubernur", "Pelaksana Tugas Bupati").
_ACTING = frozenset({"Penjabat", "Pelaksana", "Tugas", "Pj", "Pjs", "Plt", "Plh"})


def _org_after_name(
    vocab: Vocabulary, defs: Sequence[Definition], paragraph: str, runs: Sequence[Run], i: int, end: int
) -> str | None:
    """ "Budi Santoso dari PT Maju Jaya": the organisation named right after the name."""
    from_org = _FROM_ORG.match(paragraph, end)
    if from_org is None or i + 1 >= len(runs) or runs[i + 1].start != from_org.end():
        return None
    nxt = runs[i + 1]
    if any(vocab.org_start(u) or u.text in COMPANY_SUFFIXES for u in nxt.units):
        return compact(nxt.text(paragraph), defs)
    return None
