"""Composition: facts built by hand → Brief sections, dates and ordering."""

from __future__ import annotations

import datetime as dt

from briefgen.compose import localise_date, localise_due, localise_period, make_brief
from briefgen.model import (
    Article,
    Facts,
    NextStep,
    Paragraph,
    Person,
    Quote,
    QuoteBlock,
    SourceItem,
    Statement,
    StepItem,
    Subheading,
)


def facts(source: str, day: dt.date | None, **kw: object) -> Facts:
    article = Article(source=source, title=kw.pop("title", None), paragraphs=["x"])  # type: ignore[arg-type]
    return Facts(article=article, event_date=day, **kw)  # type: ignore[arg-type]


def test_localise_date_uses_cldr_full_format_in_both_languages() -> None:
    text = localise_date(dt.date(2026, 1, 20))
    assert (text.id, text.en) == ("Selasa, 20 Januari 2026", "Tuesday, 20 January 2026")


def test_a_due_date_is_printed_no_more_precisely_than_the_article_gave_it() -> None:
    day = dt.date(2026, 7, 1)
    shown = {
        p: (localise_due(day, p).id, localise_due(day, p).en) for p in ("month", "quarter", "half", "year")
    }
    assert shown == {
        "month": ("Juli 2026", "July 2026"),
        "quarter": ("Kuartal III 2026", "Q3 2026"),
        "half": ("Semester II 2026", "second half of 2026"),
        "year": ("2026", "2026"),
    }
    assert localise_due(dt.date(2026, 3, 16), "week").en == "week of 16 March 2026"
    assert localise_due(day, "day") == localise_date(day)


def test_a_step_due_in_a_month_is_shown_as_that_month() -> None:
    step = NextStep("Aturan itu ditargetkan terbit pada Mei 2026.", None, dt.date(2026, 5, 1), 0, "month")
    brief = make_brief([facts("a.txt", dt.date(2026, 3, 10), next_steps=[step])], dt.date(2026, 3, 12))
    items = [b for s in brief.sections for b in s.blocks if isinstance(b, StepItem)]
    assert [(i.due.id, i.due.en) for i in items if i.due] == [("Mei 2026", "May 2026")]


def test_localise_period_spells_months_in_full() -> None:
    same_month = localise_period(dt.date(2026, 1, 19), dt.date(2026, 1, 25))
    assert (same_month.id, same_month.en) == ("19–25 Januari 2026", "19–25 January 2026")
    across = localise_period(dt.date(2025, 12, 29), dt.date(2026, 1, 4))
    assert across.en == "29 December 2025 – 4 January 2026"
    months = localise_period(dt.date(2026, 1, 30), dt.date(2026, 2, 5))
    assert months.id == "30 Januari – 5 Februari 2026"


def test_brief_has_the_four_sections_and_the_facts() -> None:
    f = facts(
        "a.txt",
        dt.date(2026, 1, 20),
        outlet="PATADaily.id",
        location="Jakarta",
        people=[Person("Irene Umar", "Wakil Menteri Ekonomi Kreatif", None, ["Irene"])],
        quotes=[Quote("Kami siap bekerja sama", "Irene Umar")],
        statements=[Statement("Menurutnya, kolaborasi penting.", "Irene Umar")],
        next_steps=[NextStep("Kedua pihak sepakat untuk bertemu lagi.", "Kemenekraf")],
        background=["Wamen menerima kunjungan.", "Pertemuan membahas film."],
    )
    brief = make_brief([f], dt.date(2026, 1, 26))
    assert [s.kind for s in brief.sections] == ["background", "statements", "next_steps", "sources"]
    assert brief.period is not None and brief.period.en == "Tuesday, 20 January 2026"
    assert brief.prepared.id == "Senin, 26 Januari 2026"
    background, statements, steps, sources = brief.sections
    paragraphs = [b for b in background.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].style == "note" and "Tuesday, 20 January 2026" in (paragraphs[0].text.en or "")
    assert [p.text.id for p in paragraphs[1:]] == ["Wamen menerima kunjungan.", "Pertemuan membahas film."]
    # Article wording has no English yet: it must be marked missing, never copied across.
    assert all(p.text.en is None and p.text.origin == "missing" for p in paragraphs[1:])
    quotes = [b for b in statements.blocks if isinstance(b, QuoteBlock)]
    assert [(q.speaker, q.direct) for q in quotes] == [("Irene Umar", True), ("Irene Umar", False)]
    assert quotes[0].role is not None and quotes[0].role.id == "Wakil Menteri Ekonomi Kreatif"
    step = steps.blocks[0]
    assert isinstance(step, StepItem) and step.actor == "Kemenekraf"
    source = sources.blocks[0]
    assert isinstance(source, SourceItem) and source.outlet == "PATADaily.id" and source.location == "a.txt"


def test_articles_are_ordered_by_event_date_and_headed_when_many() -> None:
    late = facts("b.txt", dt.date(2026, 1, 22), title="Berita kedua", quotes=[Quote("dua", "B")])
    early = facts("a.txt", dt.date(2026, 1, 16), title="Berita pertama", quotes=[Quote("satu", "A")])
    brief = make_brief([late, early], dt.date(2026, 1, 26))
    assert brief.period is not None and brief.period.id == "16–22 Januari 2026"
    kinds = [s.kind for s in brief.sections]
    assert kinds == ["summary", "article", "article", "next_steps", "index", "sources"]
    articles = [s for s in brief.sections if s.kind == "article"]
    assert [s.heading.id for s in articles] == ["Berita pertama", "Berita kedua"]
    assert articles[0].heading.en == "Article 1: Friday, 16 January 2026"
    # Each article section carries its own statements under a subheading.
    assert any(isinstance(b, Subheading) and b.text.en == "Statements" for b in articles[0].blocks)


def test_index_merges_people_across_articles() -> None:
    from briefgen.model import Person

    one = facts("a.txt", dt.date(2026, 1, 16), title="Satu")
    two = facts("b.txt", dt.date(2026, 1, 20), title="Dua")
    one.people.append(Person("Sari Dewi", "Wakil Menteri Ekonomi Kreatif"))
    two.people.append(Person("Sari Dewi", None, aliases=["Sari"]))
    two.people.append(Person("Budi Hartono", "Ketua AGI"))
    from briefgen.translate.glossary import Glossary

    brief = make_brief([two, one], dt.date(2026, 1, 26), glossary=Glossary.load())
    index = next(s for s in brief.sections if s.kind == "index")
    lines = [b.text for b in index.blocks if isinstance(b, Paragraph)]
    sari = [t for t in lines if t.id.startswith("Sari Dewi")]
    assert len(sari) == 1
    assert sari[0].id == "Sari Dewi — Wakil Menteri Ekonomi Kreatif (artikel 1, 2)"
    assert sari[0].en == "Sari Dewi — Deputy Minister of Creative Economy (articles 1, 2)"
    assert any(t.en == "Budi Hartono — Chair of AGI (article 2)" for t in lines)


def test_copies_of_a_story_are_cited_not_repeated() -> None:
    main = facts("a.txt", dt.date(2026, 1, 16), title="Satu")
    copy = facts("b.txt", dt.date(2026, 1, 16), title="Satu juga")
    copy.outlet = "Kabar Lain"
    main.copies = [copy]
    brief = make_brief([main], dt.date(2026, 1, 26))
    assert brief.source_count == 2
    assert len(brief.sections[-1].blocks) == 2
    notes = [b.text.en for b in brief.sections[0].blocks if isinstance(b, Paragraph)]
    assert "Also reported by: Kabar Lain." in notes


def test_empty_sections_say_so_instead_of_vanishing() -> None:
    brief = make_brief([facts("a.txt", None)], dt.date(2026, 1, 26))
    assert brief.period is None
    steps = brief.sections[2]
    assert isinstance(steps.blocks[0], Paragraph) and steps.blocks[0].text.en == "None recorded."


def test_index_of_many_articles_merges_as_scanning_every_entry_would() -> None:
    import random

    from briefgen.compose import _index
    from briefgen.model import Person

    def scanning(ordered: list[Facts]) -> list[tuple[str, str | None, list[int]]]:  # the rule, plainly
        people: dict[str, tuple[Person, list[int]]] = {}
        for number, item in enumerate(ordered, 1):
            for person in item.people:
                key = person.name.casefold()
                known = people.get(key) or next(
                    (v for v in people.values() if key in (a.casefold() for a in v[0].aliases)), None
                )
                if known is None:
                    people[key] = (person, [number])
                elif number not in known[1]:
                    known[1].append(number)
                    if not known[0].role and person.role:
                        people[key] = (person, known[1])
        ordered_people = sorted(people.values(), key=lambda v: v[0].name.casefold())
        return [(p.name, p.role, numbers) for p, numbers in ordered_people]

    rng = random.Random(3)
    names = ["Sari Dewi", "Budi Hartono", "Irene Umar", "Ali Wardana", "sari dewi"]
    ordered = []
    for n in range(150):
        item = facts(f"{n}.txt", dt.date(2026, 1, 16), title=f"Berita {n}")
        for _ in range(rng.randrange(4)):
            name = rng.choice([*names, "Sari", "Budi", "Irene"])
            aliases = rng.sample(["Sari", "Budi", "Irene", "Wamen Irene"], rng.randrange(3))
            role = rng.choice([None, "Ketua AGI", "Wakil Menteri"])
            item.people.append(Person(name, role, aliases=aliases))
        ordered.append(item)
    expected = [
        f"{name} — {role} (artikel {', '.join(map(str, nums))})"
        if role
        else f"{name} (artikel {', '.join(map(str, nums))})"
        for name, role, nums in scanning(ordered)
    ]
    blocks = _index(ordered, None)
    lines = [b.text.id for b in blocks if isinstance(b, Paragraph)]
    assert lines[: len(expected)] == expected
    assert len(expected) < sum(len(f.people) for f in ordered)  # there was merging to do


def test_a_body_with_two_acronyms_is_one_entry_in_the_index() -> None:
    from briefgen.model import Organization
    from briefgen.translate.glossary import Glossary

    one = facts("a.txt", dt.date(2026, 1, 16), title="Satu")
    two = facts("b.txt", dt.date(2026, 1, 20), title="Dua")
    one.organizations.append(Organization("Kementerian Ekonomi Kreatif", "Ekraf"))
    two.organizations.append(Organization("Kementerian Ekonomi Kreatif", "Kemenekraf"))
    two.organizations.append(Organization("Korea Creative Content Agency", "KOCCA"))
    brief = make_brief([one, two], dt.date(2026, 1, 26), glossary=Glossary.load())
    index = next(s for s in brief.sections if s.kind == "index")
    lines = [b.text for b in index.blocks if isinstance(b, Paragraph)]
    ministry = [t for t in lines if t.id.startswith("Kementerian Ekonomi Kreatif")]
    assert [t.id for t in ministry] == ["Kementerian Ekonomi Kreatif (Ekraf, Kemenekraf) (artikel 1, 2)"]
    assert ministry[0].en == "Ministry of Creative Economy (Ekraf, Kemenekraf) (articles 1, 2)"
    assert any(t.id == "Korea Creative Content Agency (KOCCA) (artikel 2)" for t in lines)
