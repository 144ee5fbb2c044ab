"""The index of people and organisations, merged across the articles of a brief (printed with the annex)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.compose.text import _role_text, english_role
from briefgen.model import Bilingual, Block, Facts, Paragraph, Person, Subheading

if TYPE_CHECKING:
    from briefgen.translate.glossary import Glossary


def index_blocks(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Block]:
    """People and organisations across articles, merged by name, with their roles and articles."""
    return _people_index(ordered, glossary) + _organisation_index(ordered, glossary)


def _articles(numbers: Sequence[int]) -> tuple[str, str]:
    """``(artikel 1, 3)`` and ``(articles 1, 3)``: the articles an index entry appears in."""
    refs = ", ".join(str(n) for n in numbers)
    return f"(artikel {refs})", f"({'article' if len(numbers) == 1 else 'articles'} {refs})"


def _merged_people(ordered: Sequence[Facts]) -> list[tuple[Person, list[int]]]:
    """Each person once, with the numbers of the articles naming them, sorted by name.

    A person is the entry of the same name, else the first entry (in the order entries were made)
    whose person has that name as an alias; both are dictionary look-ups, so a thousand articles
    cost no more per person than ten. A later mention with a role replaces one without.
    """
    people: dict[str, tuple[Person, list[int]]] = {}
    made: dict[str, int] = {}  # key -> when its entry was made (its place in ``people``)
    by_alias: dict[str, set[str]] = {}  # casefolded alias -> keys of the entries whose person has it

    def put(key: str, person: Person, numbers: list[int]) -> None:
        old = people.get(key)
        if old is None:
            made[key] = len(made)
        else:
            for alias in old[0].aliases:
                by_alias.get(alias.casefold(), set()).discard(key)
        people[key] = (person, numbers)
        for alias in person.aliases:
            by_alias.setdefault(alias.casefold(), set()).add(key)

    for number, facts in enumerate(ordered, 1):
        for person in facts.people:
            key = person.name.casefold()
            known = people.get(key)
            if known is None and by_alias.get(key):
                known = people[min(by_alias[key], key=made.__getitem__)]
            if known is None:
                put(key, person, [number])
            elif known[1][-1] != number:  # numbers only grow: this article is not listed yet
                known[1].append(number)
                if not known[0].role and person.role:
                    put(key, person, known[1])
    return sorted(people.values(), key=lambda v: v[0].name.casefold())


def _people_index(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Block]:
    blocks: list[Block] = []
    for person, numbers in _merged_people(ordered):
        refs_id, refs_en = _articles(numbers)
        role = _role_text(person)
        role_en = english_role(role, glossary)
        text_id = f"{person.name} — {role} {refs_id}" if role else f"{person.name} {refs_id}"
        text_en = f"{person.name} — {role_en} {refs_en}" if role_en else f"{person.name} {refs_en}"
        blocks.append(Paragraph(Bilingual.both(text_id, text_en), "body"))
    return [Subheading(Bilingual.both("Tokoh", "People")), *blocks] if blocks else []


def _merged_organisations(ordered: Sequence[Facts]) -> list[tuple[str, list[str], list[int]]]:
    """Each body once, with its acronyms and articles, sorted by name.

    A body is found again by its name or by any of its acronyms: "Kementerian Ekonomi Kreatif"
    is (Ekraf) in one article and (Kemenekraf) in another.
    """
    organisations: list[tuple[str, list[str], list[int]]] = []
    by_key: dict[str, tuple[str, list[str], list[int]]] = {}
    for number, facts in enumerate(ordered, 1):
        for org in facts.organizations:
            keys = [k.casefold() for k in (org.name, org.acronym) if k]
            entry = next((by_key[k] for k in keys if k in by_key), None)
            if entry is None:
                entry = (org.name, [], [])
                organisations.append(entry)
            if org.acronym and org.acronym != org.name and org.acronym not in entry[1]:
                entry[1].append(org.acronym)
            if number not in entry[2]:
                entry[2].append(number)
            for key in keys:
                by_key.setdefault(key, entry)
    return sorted(organisations, key=lambda v: v[0].casefold())


def _organisation_index(ordered: Sequence[Facts], glossary: Glossary | None) -> list[Block]:
    blocks: list[Block] = []
    for name, acronyms, numbers in _merged_organisations(ordered):
        refs_id, refs_en = _articles(numbers)
        official = glossary.exact(name) if glossary is not None else None
        english = official or english_role(name, glossary) or name
        shown = [a for a in acronyms if a != english]
        label_id = f"{name} ({', '.join(acronyms)})" if acronyms else name
        label_en = f"{english} ({', '.join(shown)})" if shown else english
        blocks.append(Paragraph(Bilingual.both(f"{label_id} {refs_id}", f"{label_en} {refs_en}"), "body"))
    return [Subheading(Bilingual.both("Lembaga", "Organisations")), *blocks] if blocks else []
