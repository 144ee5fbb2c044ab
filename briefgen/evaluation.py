"""Scores extracted facts against hand-annotated gold facts: accuracy, recall and precision per field."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypedDict, cast

from briefgen.extract.titles import OFFICE_TITLES
from briefgen.model import Facts, Person

__all__ = [
    "Gold",
    "GoldError",
    "Metric",
    "Scores",
    "format_failures",
    "format_table",
    "scores_as_dict",
    "load_gold",
    "normalise_name",
    "normalise_text",
    "score",
]


class GoldQuote(TypedDict):
    text: str  # the quoted wording without quotation marks
    # The full name as first introduced, honorifics and degrees as written; None when the article
    # names no speaker ("said an official who asked not to be named"): then no speaker is right.
    speaker: str | None


class GoldStep(TypedDict):
    text: str  # the whole sentence that states the plan or agreement
    actor: str | None


class GoldPerson(TypedDict):
    name: str
    role: str | None


class Gold(TypedDict):
    """What a careful analyst finds in one article (the ``NN-slug.gold.json`` format)."""

    event_date: str | None  # YYYY-MM-DD
    outlet: str | None
    location: str | None
    quotes: list[GoldQuote]
    next_steps: list[GoldStep]
    people: list[GoldPerson]
    expect_warning: bool


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file."""


# A found quote matches a gold quote when one contains the other and the shorter has at least
# this share of the longer's length: a quote cut at a different comma still counts, a fragment not.
QUOTE_OVERLAP = 0.8

# Titles written before a name and academic degrees written after it (Indonesian usage puts
# degrees after a comma: "Dr. H. Budi Santoso, M.Si."); a name matches with or without them.
_HONORIFICS = frozenset(
    {"dr", "drs", "dra", "h", "hj", "haji", "hajah", "prof", "ir", "kh", "k.h", "ust", "ustaz", "ustadz"}
    | {"datuk", "dato", "dato'", "bapak", "ibu", "pak", "bu", "mr", "mrs", "ms", "mx", "sir"}
)
_DEGREE = re.compile(r"(?:[a-z]{1,4}\.)+[a-z]{0,4}\.?", re.IGNORECASE)  # M.Si. S.E. Ph.D. (dots required)
_SPACE = re.compile(r"\s+")
# An honorific glued to the name by its stop, with no space ("H.Budi", "KH.Yazid", "dr.Hj.Rini").
_GLUED_HONORIFIC = re.compile(
    rf"((?:{'|'.join(re.escape(h) for h in sorted(_HONORIFICS, key=len, reverse=True))})\.)(?=[^\W\d_])"
)


def _strip_ends(text: str) -> str:
    """The text without punctuation, quotation marks or spaces at either end."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def normalise_text(text: str) -> str:
    """Casefolded, whitespace collapsed, punctuation stripped at the ends: how quotes and steps compare.

    Backticks go too: a page's code-span marks (`` `bangga buatan Indonesia` ``) are markup the
    readers take off, and a gold copied from the page keeps."""
    return _strip_ends(_SPACE.sub(" ", text.replace("`", "").casefold()).strip())


def normalise_name(name: str) -> str:
    """A name without honorifics, degrees, dots or case: ``Dr. H. Budi Santoso, M.Si.`` → ``budi santoso``."""
    name = name.split(",", 1)[0]  # degrees follow the first comma
    tokens = _SPACE.sub(" ", name.casefold()).strip().split()
    lead = 0  # "H.Budi", "dr.Hj.Rini": honorifics glued to the name by their stops
    while lead < len(tokens) and (glued := _GLUED_HONORIFIC.match(tokens[lead])):
        tokens[lead : lead + 1] = [glued.group(1), tokens[lead][glued.end() :]]
        lead += 1
    while tokens and tokens[0].rstrip(".") in _HONORIFICS and len(tokens) > 1:
        tokens.pop(0)
    while len(tokens) > 1 and _DEGREE.fullmatch(tokens[-1]):
        tokens.pop()
    return " ".join(token.replace(".", "") for token in tokens)


def _same_value(found: str | None, gold: str | None) -> bool:
    if found is None or gold is None:
        return found is None and gold is None
    return normalise_text(found) == normalise_text(gold)


def _overlap(found: str, gold: str, minimum: float = 0.0) -> float:
    """1.0 for equal texts, the length ratio when one contains the other (at least ``minimum``), else 0."""
    a, b = normalise_text(found), normalise_text(gold)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    shorter, longer = sorted((a, b), key=len)
    ratio = len(shorter) / len(longer)
    return ratio if shorter in longer and ratio >= minimum else 0.0


def _quote_overlap(found: str, gold: str) -> float:
    """A found quote must hold most of the gold wording (or sit inside it), not just a fragment."""
    return _overlap(found, gold, QUOTE_OVERLAP)


def _step_overlap(found: str, gold: str) -> float:
    """Any containment counts: a step may be a clause of the gold sentence or vice versa."""
    return _overlap(found, gold)


def _match(
    found: Sequence[str], gold: Sequence[str], overlap: Callable[[str, str], float]
) -> list[tuple[int, int]]:
    """One-to-one (found index, gold index) pairs, best overlaps first."""
    candidates = sorted(
        (
            (value, f, g)
            for f, found_text in enumerate(found)
            for g, gold_text in enumerate(gold)
            if (value := overlap(found_text, gold_text)) > 0
        ),
        key=lambda c: (-c[0], c[2], c[1]),
    )
    used_found: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, f, g in candidates:
        if f in used_found or g in used_gold:
            continue
        used_found.add(f)
        used_gold.add(g)
        pairs.append((f, g))
    return sorted(pairs, key=lambda p: p[1])


class Metric(NamedTuple):
    name: str
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        """The share of hits, or None when there is nothing to count."""
        return self.hits / self.total if self.total else None


@dataclass
class Scores:
    """Counts over an evaluation set; the metrics are derived from them."""

    articles: int = 0
    dates_correct: int = 0
    outlets_correct: int = 0
    locations_correct: int = 0
    warnings_correct: int = 0
    quotes_gold: int = 0
    quotes_found: int = 0
    quotes_matched: int = 0
    speakers_correct: int = 0
    steps_gold: int = 0
    steps_found: int = 0
    steps_matched: int = 0
    people_gold: int = 0
    people_found: int = 0
    people_matched: int = 0
    roles_gold: int = 0  # people found whose gold annotation gives a role
    roles_correct: int = 0
    failures: list[str] = field(default_factory=list)  # "file: what went wrong", one per miss

    def metrics(self) -> list[Metric]:
        return [
            Metric("event date accuracy", self.dates_correct, self.articles),
            Metric("quotes recall", self.quotes_matched, self.quotes_gold),
            Metric("quotes precision", self.quotes_matched, self.quotes_found),
            Metric("speaker accuracy", self.speakers_correct, self.quotes_matched),
            Metric("next steps recall", self.steps_matched, self.steps_gold),
            Metric("next steps precision", self.steps_matched, self.steps_found),
            Metric("outlet accuracy", self.outlets_correct, self.articles),
            Metric("location accuracy", self.locations_correct, self.articles),
            Metric("warning accuracy", self.warnings_correct, self.articles),
            Metric("people recall", self.people_matched, self.people_gold),
            Metric("people precision", self.people_matched, self.people_found),
            Metric("role accuracy", self.roles_correct, self.roles_gold),
        ]

    def metric(self, name: str) -> Metric:
        for m in self.metrics():
            if m.name == name:
                return m
        raise KeyError(name)


def _short(text: str, limit: int = 60) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unmatched(pairs: Sequence[tuple[int, int]], count: int, side: int) -> list[int]:
    """Indices ``0..count-1`` that no (found, gold) pair uses on ``side`` (0 found, 1 gold), in order."""
    used = {pair[side] for pair in pairs}
    return [index for index in range(count) if index not in used]


def _score_one(facts: Facts, gold: Gold, scores: Scores) -> None:
    name = Path(facts.article.source).name
    _score_fields(name, facts, gold, scores)
    _score_quotes(name, facts, gold, scores)
    _score_steps(name, facts, gold, scores)
    _score_people(name, facts, gold, scores)


def _score_fields(name: str, facts: Facts, gold: Gold, scores: Scores) -> None:
    """The event date, outlet, location and date warning of one article."""
    fail = scores.failures.append
    found_date = facts.event_date.isoformat() if facts.event_date else None
    if found_date == gold["event_date"]:
        scores.dates_correct += 1
    else:
        fail(f"{name}: event date {found_date}, expected {gold['event_date']}")

    outlet = facts.outlet or facts.article.outlet
    if _same_value(outlet, gold["outlet"]):
        scores.outlets_correct += 1
    else:
        fail(f"{name}: outlet {outlet!r}, expected {gold['outlet']!r}")
    if _same_value(facts.location, gold["location"]):
        scores.locations_correct += 1
    else:
        fail(f"{name}: location {facts.location!r}, expected {gold['location']!r}")

    # The gold's expect_warning is about the event date (a weekday that contradicts the date,
    # two conflicting dates, no date at all); a speakerless quote has its own metric.
    if gold["expect_warning"] == bool(facts.date_warnings):
        scores.warnings_correct += 1
    elif facts.date_warnings:
        fail(f"{name}: unexpected warnings {facts.date_warnings}")
    else:
        fail(f"{name}: expected a warning, got none")


def _score_quotes(name: str, facts: Facts, gold: Gold, scores: Scores) -> None:
    """Quotes found against the gold's, and the speaker of each one matched."""
    fail = scores.failures.append
    gold_quotes = gold["quotes"]
    pairs = _match([q.text for q in facts.quotes], [q["text"] for q in gold_quotes], _quote_overlap)
    scores.quotes_gold += len(gold_quotes)
    scores.quotes_found += len(facts.quotes)
    scores.quotes_matched += len(pairs)
    for f, g in pairs:
        found_speaker, gold_speaker = facts.quotes[f].speaker, gold_quotes[g]["speaker"]
        if gold_speaker is None:
            right = found_speaker is None
        else:
            right = bool(found_speaker and normalise_name(found_speaker) == normalise_name(gold_speaker))
        if right:
            scores.speakers_correct += 1
        else:
            fail(
                f"{name}: speaker {found_speaker!r}, expected {gold_speaker!r} "
                f"for “{_short(gold_quotes[g]['text'], 40)}”"
            )
    for missed in _unmatched(pairs, len(gold_quotes), side=1):
        quote = gold_quotes[missed]
        fail(f"{name}: missed quote “{_short(quote['text'])}” ({quote['speaker']})")
    for spurious in _unmatched(pairs, len(facts.quotes), side=0):
        found_quote = facts.quotes[spurious]
        fail(f"{name}: spurious quote “{_short(found_quote.text)}” ({found_quote.speaker})")


def _score_steps(name: str, facts: Facts, gold: Gold, scores: Scores) -> None:
    fail = scores.failures.append
    gold_steps = gold["next_steps"]
    pairs = _match([s.text for s in facts.next_steps], [s["text"] for s in gold_steps], _step_overlap)
    scores.steps_gold += len(gold_steps)
    scores.steps_found += len(facts.next_steps)
    scores.steps_matched += len(pairs)
    for missed in _unmatched(pairs, len(gold_steps), side=1):
        fail(f"{name}: missed next step “{_short(gold_steps[missed]['text'])}”")
    for spurious in _unmatched(pairs, len(facts.next_steps), side=0):
        fail(f"{name}: spurious next step “{_short(facts.next_steps[spurious].text)}”")


_OFFICES = {short.casefold(): title for short, title in OFFICE_TITLES.items()}
_WORD = re.compile(r"\w+")


def normalise_role(role: str) -> str:
    """How roles compare: without what stands in brackets, office abbreviations spelt out, words only,
    casefolded: ``Menteri Perhubungan (Menhub)``, ``Menhub`` and ``menteri perhubungan`` are one role."""
    words = _WORD.findall(re.sub(r"\([^)]*\)", " ", role).casefold())
    return " ".join(_OFFICES.get(word, word).casefold() for word in words)


def _spelt_by(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` abbreviates ``words``: it starts as the first word does and its letters come
    in order from them (``APKN``: Asosiasi Pedagang Kopi Nusantara; ``Unlemhi``: Universitas Lembah Hijau)."""
    letters = iter("".join(words).casefold())
    return acronym[:1].casefold() == words[0][:1].casefold() and all(c in letters for c in acronym.casefold())


def _with_acronyms(role: str) -> str:
    """The role with each bracketed acronym standing for the words it abbreviates:
    ``Ketua Asosiasi Pedagang Kopi (APK)`` → ``Ketua APK`` (how the article goes on to write it)."""

    def shorten(match: re.Match[str]) -> str:
        words, acronym = match.group(1).split(), match.group(2)
        for start in range(len(words) - 1, -1, -1):
            if _spelt_by(acronym, words[start:]):
                return " ".join([*words[:start], acronym])
        return match.group(0)

    return re.sub(r"([^()]*?)\s*\((\w+)\)", shorten, role)


def _role_matches(person: Person, gold_role: str) -> bool:
    """The role as found, alone or followed by the organisation found with it (``Direktur Utama`` of
    ``PT PLN``: the brief prints them together), is the gold role, its acronyms spelt out or not."""
    wanted = {normalise_role(gold_role), normalise_role(_with_acronyms(gold_role))}
    role, org = person.role or "", person.organization or ""
    return bool(wanted & ({normalise_role(role), normalise_role(f"{role} {org}")} - {""}))


def _score_people(name: str, facts: Facts, gold: Gold, scores: Scores) -> None:
    fail = scores.failures.append
    gold_names = {normalise_name(p["name"]): p["name"] for p in gold["people"]}
    found = {normalise_name(p.name): p for p in facts.people}
    scores.people_gold += len(gold_names)
    scores.people_found += len(found)
    scores.people_matched += len(gold_names.keys() & found.keys())
    for key in sorted(gold_names.keys() - found.keys()):
        fail(f"{name}: missed person {gold_names[key]!r}")
    for key in sorted(found.keys() - gold_names.keys()):
        fail(f"{name}: spurious person {found[key].name!r}")
    for person in gold["people"]:
        key, gold_role = normalise_name(person["name"]), person["role"]
        if gold_role is None or key not in found:
            continue
        scores.roles_gold += 1
        if _role_matches(found[key], gold_role):
            scores.roles_correct += 1
        else:
            got = " ".join(filter(None, (found[key].role, found[key].organization))) or None
            fail(f"{name}: role of {person['name']!r} is {got!r}, not {gold_role!r}")


def score(pairs: Sequence[tuple[Facts, Gold]]) -> Scores:
    """The counts and failures of every (extracted facts, gold annotation) pair."""
    scores = Scores()
    for facts, gold in pairs:
        scores.articles += 1
        _score_one(facts, gold, scores)
    return scores


def format_table(scores: Scores) -> str:
    """A plain-text table: metric, value as a percentage, and the counts behind it."""
    rows = []
    for m in scores.metrics():
        value = "n/a" if m.value is None else f"{m.value * 100:.1f}%"
        rows.append((m.name, value, f"({m.hits}/{m.total})"))
    width = max(len(r[0]) for r in rows)
    lines = [f"{'metric':<{width}}  {'value':>6}  counts", "-" * (width + 18)]
    lines += [f"{n:<{width}}  {v:>6}  {c}" for n, v, c in rows]
    lines.append(f"{scores.articles} articles")
    return "\n".join(lines)


def metric_key(name: str) -> str:
    """``event date accuracy`` → ``event_date_accuracy``: the metric's key in JSON output."""
    return name.replace(" ", "_")


def scores_as_dict(scores: Scores) -> dict[str, Any]:
    """The scores as plain JSON data (the ``briefgen eval --json`` contract).

    ``articles`` is the number of articles scored; ``metrics`` maps each metric's key to
    ``{"value": share or null, "hits": n, "total": n}``; ``failures`` lists every miss.
    """
    return {
        "articles": scores.articles,
        "metrics": {
            metric_key(m.name): {"value": m.value, "hits": m.hits, "total": m.total} for m in scores.metrics()
        },
        "failures": list(scores.failures),
    }


def format_failures(scores: Scores) -> str:
    """Every miss, one line each, for whoever improves the extraction."""
    return "\n".join(scores.failures) if scores.failures else "no failures"


# --------------------------------------------------------------------------- gold files

_GOLD_KEYS = ("event_date", "outlet", "location", "quotes", "next_steps", "people", "expect_warning")
_ITEM_KEYS: dict[str, dict[str, bool]] = {  # key → {field: may be null}
    "quotes": {"text": False, "speaker": True},
    "next_steps": {"text": False, "actor": True},
    "people": {"name": False, "role": True},
}


def _check_gold(data: Any) -> None:
    """Raises ValueError describing the first way ``data`` is not a valid gold annotation."""
    if not isinstance(data, dict):
        raise ValueError("the top level must be a JSON object")
    missing = [k for k in _GOLD_KEYS if k not in data]
    extra = sorted(k for k in data if k not in _GOLD_KEYS)
    if missing:
        raise ValueError(f"missing key(s): {', '.join(missing)}")
    if extra:
        raise ValueError(f"unknown key(s): {', '.join(extra)}")
    _check_event_date(data["event_date"])
    for key in ("outlet", "location"):
        if data[key] is not None and not (isinstance(data[key], str) and data[key].strip()):
            raise ValueError(f"{key} must be a non-empty string or null")
    if not isinstance(data["expect_warning"], bool):
        raise ValueError("expect_warning must be true or false")
    for key, fields in _ITEM_KEYS.items():
        _check_items(key, data[key], fields)


def _check_event_date(day: Any) -> None:
    if day is None:
        return
    if not isinstance(day, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise ValueError(f"event_date must be YYYY-MM-DD or null (got {day!r})")
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        raise ValueError(f"event_date is not a real date ({day!r})") from None


def _check_items(key: str, items: Any, fields: dict[str, bool]) -> None:
    """``items`` (the gold's quotes, next steps or people) is a list of objects with ``fields``."""
    if not isinstance(items, list):
        raise ValueError(f"{key} must be a list")
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, dict) or set(item) != set(fields):
            raise ValueError(f"{where} must be an object with exactly the keys {', '.join(fields)}")
        for name, nullable in fields.items():
            value = item[name]
            if value is None and nullable:
                continue
            if not isinstance(value, str) or not value.strip():
                kind = "a non-empty string or null" if nullable else "a non-empty string"
                raise ValueError(f"{where}.{name} must be {kind}")


def load_gold(path: str | Path) -> Gold:
    """The gold annotation in ``path``, validated; GoldError names the file and the problem."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise GoldError(
            f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    try:
        _check_gold(data)
    except ValueError as exc:
        raise GoldError(f"{path}: {exc}") from None
    return cast(Gold, data)
