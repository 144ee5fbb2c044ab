"""Composition: facts built by hand → Brief sections, dates and ordering."""

from __future__ import annotations

import datetime as dt

from briefgen.compose import localise_date, localise_due, localise_period, make_brief
from briefgen.model import (
    Article,
    Bilingual,
    Brief,
    Facts,
    NextStep,
    Paragraph,
    Person,
    Quote,
    QuoteBlock,
    SourceItem,
    Statement,
    StepItem,
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


def test_brief_is_key_points_events_one_register_and_sources() -> None:
    f = facts(
        "a.txt",
        dt.date(2026, 1, 20),
        outlet="PATADaily.id",
        location="Jakarta",
        people=[Person("Irene Umar", "Wakil Menteri Ekonomi Kreatif", None, ["Irene"])],
        quotes=[Quote("Kami siap bekerja sama dengan semua mitra kami", "Irene Umar")],
        statements=[Statement("Menurutnya, kolaborasi antara kedua negara sangat penting.", "Irene Umar")],
        next_steps=[NextStep("Kedua pihak sepakat untuk bertemu lagi.", "Kemenekraf")],
        background=[
            "Wamen menerima kunjungan dari mitra Korea.",
            "Pertemuan itu membahas film dan musik bersama.",
        ],
    )
    brief = make_brief([f], dt.date(2026, 1, 26))
    assert [s.kind for s in brief.sections] == ["key_points", "event", "next_steps", "sources"]
    assert brief.period is not None and brief.period.en == "Tuesday, 20 January 2026"
    assert brief.prepared.id == "Senin, 26 Januari 2026"
    points, event, steps, sources = brief.sections
    assert points.heading.en == "Key Points"
    point = points.blocks[0]
    assert isinstance(point, Paragraph)
    # Generated from the facts in both languages: who (role and name), where, when, how many steps.
    assert point.text.en == "1. Irene Umar, Jakarta, Tuesday, 20 January 2026. 1 next step."
    assert point.text.id.startswith(
        "1. Wakil Menteri Ekonomi Kreatif Irene Umar, Jakarta, Selasa, 20 Januari 2026."
    )
    paragraphs = [b.text.id for b in event.blocks if isinstance(b, Paragraph)]
    # Beside two statements, one sentence of background; beside one, two.
    assert paragraphs == ["Wamen menerima kunjungan dari mitra Korea."]
    f.statements = []
    again = make_brief([f], dt.date(2026, 1, 26)).sections[1]
    assert [b.text.id for b in again.blocks if isinstance(b, Paragraph)] == [
        "Wamen menerima kunjungan dari mitra Korea.",
        "Pertemuan itu membahas film dan musik bersama.",
    ]
    quotes = [b for b in event.blocks if isinstance(b, QuoteBlock)]
    assert [(q.speaker, q.direct) for q in quotes] == [("Irene Umar", True), ("Irene Umar", False)]
    # One attribution per speaker's block: only the last of Irene's two statements carries it.
    assert [q.attributed for q in quotes] == [False, True]
    assert quotes[0].role is not None and quotes[0].role.id == "Wakil Menteri Ekonomi Kreatif"
    step = steps.blocks[0]
    assert isinstance(step, StepItem) and step.actor == "Kemenekraf"
    assert (step.event, step.source) == (1, "PATADaily.id")
    source = sources.blocks[0]
    # Never the local file path: the URL when known, else nothing.
    assert isinstance(source, SourceItem) and source.outlet == "PATADaily.id" and source.location is None


def test_key_point_without_a_glossary_names_the_person_in_english_without_a_copied_sentence() -> None:
    from briefgen.compose import key_point

    f = facts(
        "a.txt",
        dt.date(2026, 1, 20),
        location="Jakarta",
        people=[
            Person("Irene Umar", "Wakil Menteri Ekonomi Kreatif"),
            Person("Lee Gi Haun", "Direktur KOCCA"),
        ],
        background=["Kementerian menyambut tamu dari Korea di kantornya."],
    )
    point = key_point(f, None)
    assert (
        point.id
        == "Wakil Menteri Ekonomi Kreatif Irene Umar, bersama Direktur KOCCA Lee Gi Haun, Jakarta, "
        + ("Selasa, 20 Januari 2026.")
    )
    assert point.en == "Irene Umar, with Lee Gi Haun, Jakarta, Tuesday, 20 January 2026."
    assert "menyambut" not in (point.en or "")


def test_events_are_ordered_by_the_rank_of_their_officials_not_by_date() -> None:
    bupati = facts(
        "a.txt", dt.date(2026, 1, 16), title="Bupati", people=[Person("Ahmad Sani", "Bupati Jepara")]
    )
    menteri = facts(
        "b.txt", dt.date(2026, 1, 22), title="Menteri", people=[Person("Budi Karya", "Menteri Perhubungan")]
    )
    presiden = facts(
        "c.txt", dt.date(2026, 1, 25), title="Presiden", people=[Person("Joko Susilo", "Presiden")]
    )
    brief = make_brief([bupati, menteri, presiden], dt.date(2026, 1, 26))
    assert brief.period is not None and brief.period.id == "16–25 Januari 2026"
    points = [b.text.id.split(",")[0] for b in brief.sections[0].blocks if isinstance(b, Paragraph)]
    assert points == [
        "1. Presiden Joko Susilo",
        "2. Menteri Perhubungan Budi Karya",
        "3. Bupati Jepara Ahmad Sani",
    ]
    events = [s for s in brief.sections if s.kind == "event"]
    assert [s.heading.id for s in events] == [
        "1. 25 Januari 2026",
        "2. 22 Januari 2026",
        "3. 16 Januari 2026",
    ]


def test_reports_of_one_event_become_one_event_citing_every_outlet() -> None:
    people = [Person("Irene Umar", "Wakil Menteri Ekonomi Kreatif")]
    lead = "Wakil Menteri Irene Umar menerima kunjungan delegasi KOCCA di Jakarta."
    one = facts("a.txt", dt.date(2026, 1, 20), outlet="Antara", people=list(people), background=[lead])
    two = facts(
        "b.txt",
        dt.date(2026, 1, 21),
        outlet="Kompas",
        people=list(people),
        background=["Irene Umar menerima kunjungan delegasi KOCCA di kantornya, Jakarta."],
        next_steps=[NextStep("Kedua pihak akan menandatangani nota kesepahaman.", "Kemenekraf")],
    )
    other = facts("c.txt", dt.date(2026, 1, 21), outlet="Tempo", people=[Person("Budi Santoso", "Gubernur")])
    brief = make_brief([one, two, other], dt.date(2026, 1, 26))
    events = [s for s in brief.sections if s.kind == "event"]
    assert len(events) == 2
    notes = [b.text.en for b in events[0].blocks if isinstance(b, Paragraph) and b.style == "note"]
    assert notes == ["Reported by: Antara, Kompas."]
    register = next(s for s in brief.sections if s.kind == "next_steps")
    assert [(b.event, b.source) for b in register.blocks if isinstance(b, StepItem)] == [(1, "Kompas")]
    sources = next(s for s in brief.sections if s.kind == "sources")
    assert [b.outlet for b in sources.blocks if isinstance(b, SourceItem)] == ["Antara", "Kompas", "Tempo"]


def test_at_most_three_statements_and_none_that_says_the_same() -> None:
    said = "Kami akan memperkuat kerja sama ekonomi kreatif antara kedua negara tahun ini"
    f = facts(
        "a.txt",
        dt.date(2026, 1, 20),
        people=[
            Person("Irene Umar", "Wakil Menteri Ekonomi Kreatif"),
            Person("Ali Wardana", "Presiden Direktur"),
        ],
        quotes=[
            Quote("Kami senang sekali", "Ali Wardana", 1),
            Quote(said, "Irene Umar", 2),
            Quote(said + " juga", "Irene Umar", 3),
            Quote("Film adalah jembatan budaya", "Irene Umar", 4),
            Quote("Musik juga penting bagi kami", "Ali Wardana", 5),
        ],
        statements=[Statement("Menurutnya, talenta muda perlu didukung.", "Ali Wardana", 6)],
    )
    brief = make_brief([f], dt.date(2026, 1, 26))
    event = next(s for s in brief.sections if s.kind == "event")
    quotes = [b for b in event.blocks if isinstance(b, QuoteBlock)]
    assert len(quotes) == 3
    # The deputy minister's quotes first, the near-repeat of her first one left out.
    assert [q.text.id for q in quotes[:2]] == [said, "Film adalah jembatan budaya"]
    assert quotes[2].speaker == "Ali Wardana"


def test_the_annex_holds_every_article_in_full_and_the_index() -> None:
    one = facts("a.txt", dt.date(2026, 1, 16), title="Satu")
    one.article.paragraphs = ["Paragraf pertama yang lengkap.", "Paragraf kedua yang lengkap."]
    without = make_brief([one], dt.date(2026, 1, 26))
    assert "annex" not in [s.kind for s in without.sections]
    brief = make_brief([one], dt.date(2026, 1, 26), annex=True)
    assert [s.kind for s in brief.sections][-2:] == ["annex", "index"]
    annex = brief.sections[-2]
    assert annex.heading.id == "Lampiran" and annex.heading.en == "Annex"
    texts = [b.text.id for b in annex.blocks if isinstance(b, Paragraph)]
    assert texts == one.article.paragraphs


def test_index_merges_people_across_articles() -> None:
    from briefgen.model import Person

    one = facts("a.txt", dt.date(2026, 1, 16), title="Satu")
    two = facts("b.txt", dt.date(2026, 1, 20), title="Dua")
    one.people.append(Person("Sari Dewi", "Wakil Menteri Ekonomi Kreatif"))
    two.people.append(Person("Sari Dewi", None, aliases=["Sari"]))
    two.people.append(Person("Budi Hartono", "Ketua AGI"))
    from briefgen.translate.glossary import Glossary

    brief = make_brief([two, one], dt.date(2026, 1, 26), glossary=Glossary.load(), annex=True)
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
    main.outlet = "Kabar"
    main.copies = [copy]
    brief = make_brief([main], dt.date(2026, 1, 26))
    assert brief.source_count == 2
    assert len(brief.sections[-1].blocks) == 2
    event = next(s for s in brief.sections if s.kind == "event")
    notes = [b.text.en for b in event.blocks if isinstance(b, Paragraph)]
    assert "Reported by: Kabar, Kabar Lain." in notes


def test_empty_sections_say_so_instead_of_vanishing() -> None:
    brief = make_brief([facts("a.txt", None)], dt.date(2026, 1, 26))
    assert brief.period is None
    steps = next(s for s in brief.sections if s.kind == "next_steps")
    assert isinstance(steps.blocks[0], Paragraph) and steps.blocks[0].text.en == "None recorded."


def test_index_of_many_articles_merges_as_scanning_every_entry_would() -> None:
    import random

    from briefgen.compose.index import index_blocks as _index
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
    brief = make_brief([one, two], dt.date(2026, 1, 26), glossary=Glossary.load(), annex=True)
    index = next(s for s in brief.sections if s.kind == "index")
    lines = [b.text for b in index.blocks if isinstance(b, Paragraph)]
    ministry = [t for t in lines if t.id.startswith("Kementerian Ekonomi Kreatif")]
    assert [t.id for t in ministry] == ["Kementerian Ekonomi Kreatif (Ekraf, Kemenekraf) (artikel 1, 2)"]
    assert ministry[0].en == "Ministry of Creative Economy (Ekraf, Kemenekraf) (articles 1, 2)"
    assert any(t.id == "Korea Creative Content Agency (KOCCA) (artikel 2)" for t in lines)


def test_the_empty_brief_says_no_reports_in_both_languages() -> None:
    from briefgen.compose import make_empty_brief

    brief = make_empty_brief(dt.date(2026, 3, 9), (dt.date(2026, 3, 2), dt.date(2026, 3, 8)))
    assert brief.source_count == 0 and brief.warnings == []
    assert brief.period is not None and brief.period.en == "2–8 March 2026"
    assert [s.kind for s in brief.sections] == ["key_points"]
    (only,) = brief.sections[0].blocks
    assert isinstance(only, Paragraph)
    assert only.text.id == "Tidak ada laporan pada periode ini." and only.text.en == "No reports this period."
    one_day = make_empty_brief(dt.date(2026, 3, 9), (dt.date(2026, 3, 2), dt.date(2026, 3, 2)))
    assert one_day.labels["period"].en == "Date"
    assert make_empty_brief(dt.date(2026, 3, 9)).period is None


def test_enormous_statements_are_composed_without_comparing_them_for_minutes() -> None:
    # Found by the fuzzer: an article whose text was one 30,000-character sentence took over
    # 200 s in compose (rapidfuzz partial_ratio of two long texts grows with the product of the
    # lengths squared). Two long texts unlike as a whole are now two statements, found at once.
    first = " ".join(f"kata{n} pasar" for n in range(2_500)) + "."
    second = " ".join(f"desa{n} kopi ekspor" for n in range(2_000)) + "."
    f = facts(
        "a.txt",
        dt.date(2026, 1, 20),
        people=[Person("Budi Santoso", "Menteri Perdagangan")],
        quotes=[Quote(first, "Budi Santoso", 1), Quote(second, "Budi Santoso", 2)],
        background=[second + " lagi", first],
    )
    brief = make_brief([f], dt.date(2026, 1, 26))
    event = next(s for s in brief.sections if s.kind == "event")
    quotes = [b.text.id for b in event.blocks if isinstance(b, QuoteBlock)]
    assert [q[:10] for q in quotes] == ["kata0 pasa", "desa0 kopi"]


def test_an_undated_article_is_headed_date_unknown_not_with_its_file_date() -> None:
    # The file's date only files an undated article in a period; as the event's heading it would
    # read as the day the event happened.
    article = Article(source="u.txt", title=None, paragraphs=["x"], file_date=dt.date(2026, 3, 2))
    undated = Facts(article=article, event_date=None, location="Sukamaju")
    dated = facts("d.txt", dt.date(2026, 3, 1), location="Sukamaju")
    brief = make_brief([undated, dated], dt.date(2026, 3, 3))
    headings = sorted((s.heading.id, s.heading.en) for s in brief.sections if s.kind == "event")
    assert sum(id_.endswith("Sukamaju, tanggal tidak diketahui") for id_, _ in headings) == 1
    assert sum((en or "").endswith("Sukamaju, date unknown") for _, en in headings) == 1
    assert not any("2 Maret 2026" in id_ or "2 March 2026" in (en or "") for id_, en in headings)
    assert any(id_.endswith("Sukamaju, 1 Maret 2026") for id_, _ in headings)


def _all_texts(brief: Brief) -> list[str]:
    """Every Indonesian and English text of the brief's blocks and headings, for searching."""
    texts: list[str] = []
    for section in brief.sections:
        texts += [section.heading.id, section.heading.en or ""]
        for block in section.blocks:
            for value in vars(block).values():
                if isinstance(value, Bilingual):
                    texts += [value.id, value.en or ""]
                elif isinstance(value, str):
                    texts.append(value)
    return texts


def test_the_file_date_is_never_shown_as_the_article_date() -> None:
    # Issue 13 follow-up: the sources, the annex heading and the key point printed the file's
    # modification date where it reads as the event's (or the article's) date.
    article = Article(
        source="sources/u.txt",
        title=None,
        paragraphs=["Warga desa Sukamaju membersihkan saluran air bersama-sama."],
        outlet="Warta Desa",
        file_date=dt.date(2026, 3, 2),
    )
    undated = Facts(article=article, event_date=None, location="Sukamaju")
    brief = make_brief([undated], dt.date(2026, 3, 3), annex=True)
    texts = _all_texts(brief)
    assert not any("2 Maret 2026" in t or "2 March 2026" in t for t in texts), texts
    [source] = [b for s in brief.sections if s.kind == "sources" for b in s.blocks]
    assert isinstance(source, SourceItem) and source.date is not None
    assert (source.outlet, source.date.id, source.date.en) == (
        "Warta Desa",
        "tanggal tidak diketahui",
        "date unknown",
    )
    annex = next(s for s in brief.sections if s.kind == "annex")
    assert annex.blocks[0].text.id == "Warta Desa, tanggal tidak diketahui"  # type: ignore[union-attr]
    assert annex.blocks[0].text.en == "Warta Desa, date unknown"  # type: ignore[union-attr]
    [point] = [b for s in brief.sections if s.kind == "key_points" for b in s.blocks]
    assert isinstance(point, Paragraph)
    assert "Sukamaju, tanggal tidak diketahui." in point.text.id
    assert "Sukamaju, date unknown." in (point.text.en or "")


def test_a_published_article_is_cited_with_its_publication_date_not_its_file_date() -> None:
    article = Article(
        source="p.txt",
        title="Gotong royong di Sukamaju",
        paragraphs=["x"],
        published=dt.date(2026, 3, 1),
        file_date=dt.date(2026, 3, 2),
    )
    brief = make_brief([Facts(article=article, event_date=None)], dt.date(2026, 3, 3))
    [source] = [b for s in brief.sections if s.kind == "sources" for b in s.blocks]
    assert isinstance(source, SourceItem) and source.date is not None
    assert source.date.id == "1 Maret 2026"


def test_a_source_with_no_outlet_title_or_url_is_named_by_its_opening_words() -> None:
    words = (
        "Warga desa Sukamaju membersihkan saluran air bersama-sama pada pagi hari sebelum musim hujan tiba."
    )
    article = Article(source="/home/staf/sources/u.txt", title=None, paragraphs=[words, "Lanjutan."])
    brief = make_brief([Facts(article=article, event_date=dt.date(2026, 3, 1))], dt.date(2026, 3, 3))
    [source] = [b for s in brief.sections if s.kind == "sources" for b in s.blocks]
    assert isinstance(source, SourceItem)
    assert source.outlet is None and source.location is None
    assert source.title == " ".join(words.split()[:12]) + "…"
    assert source.date is not None and source.date.id == "1 Maret 2026"


def test_official_rank_is_cached_bounded_and_the_same_as_computing_it() -> None:
    from briefgen.compose.events import UNRANKED, official_rank

    roles = ["Menteri Perdagangan", "  wakil   MENTERI Luar Negeri", "Presiden Direktur PT Kopi", "Kepala"]
    roles += ["Kepalanya", "Direktur", "Staf Ahli", "", None, "Presiden"]
    first = [official_rank(r) for r in roles]
    assert first == [3, 4, 10, 11, UNRANKED, 11, UNRANKED, UNRANKED, UNRANKED, 1]
    assert [official_rank(r) for r in roles] == first  # from the cache now
    assert [official_rank.__wrapped__(r) for r in roles] == first
    assert official_rank.cache_info().hits >= len(roles)
    assert official_rank.cache_info().maxsize is not None  # bounded


def test_alike_texts_are_the_same_with_the_cached_normal_form() -> None:
    from briefgen.compose.events import _alike, _squashed

    step = "Pemerintah daerah akan menyusun peta jalan pengembangan kopi tahun depan."
    assert _alike(step, step.upper().replace(" ", "  "), 85)  # case and spacing do not count
    assert _alike(f"Menurut dia, {step.lower()}", step, 70)  # one inside the other
    assert not _alike(step, "Rapat ditutup pukul lima sore.", 70)
    assert not _alike("Kopi naik", "Kopi naik lagi tahun ini", 85)  # too short to stand inside
    assert _squashed("  Dua   KATA ") == ("dua kata", 2)
    assert _squashed.cache_info().maxsize is not None  # bounded


def test_make_event_merges_steps_as_comparing_each_with_every_kept_one() -> None:
    import random

    from briefgen.compose.events import _alike, make_event

    rng = random.Random(5)
    wordings = [
        "Kedua pihak akan menandatangani nota kesepahaman bulan depan.",
        "Kedua  pihak akan MENANDATANGANI nota kesepahaman bulan depan.",
        "Kedua pihak akan menandatangani nota kesepahaman pada bulan depan.",
        "Pemerintah kota menyiapkan lahan untuk pasar baru.",
        "Tim teknis akan bertemu lagi sebelum akhir tahun.",
        "Rapat lanjutan dijadwalkan pekan depan di Bandung.",
    ]

    def report(name: str) -> Facts:
        article = Article(source=name, title=None, paragraphs=["Isi berita."])
        steps = [NextStep(rng.choice(wordings)) for _ in range(rng.randrange(4))]
        return Facts(article=article, next_steps=steps)

    group = [report(f"{n}.txt") for n in range(12)]
    for facts in group[:4]:
        facts.copies = [report(f"{facts.article.source}.copy") for _ in range(2)]
    event = make_event(group)
    kept: list[NextStep] = []
    for facts in event.reports:  # the rule itself: each step against every step kept before it
        for step in facts.next_steps:
            if not any(_alike(step.text, known.text, 85) for known in kept):
                kept.append(step)
    assert [step for _, step in event.steps] == kept
    assert 1 < len(kept) < sum(len(f.next_steps) for f in event.reports)  # merging to do


def test_an_unnamed_officials_quote_is_attributed_by_the_office_in_both_languages() -> None:
    from briefgen.templates import load_template
    from briefgen.translate.glossary import Glossary
    from briefgen.writers.common import attribution, attribution_both

    f = facts(
        "a.txt",
        dt.date(2026, 1, 20),
        quotes=[
            Quote("Jalan itu kami perbaiki tahun ini", None, 1, office="Bupati"),
            Quote("Pos pengamanan dibuka mulai besok pagi", None, 2, office="Kapolres"),
        ],
    )
    brief = make_brief([f], dt.date(2026, 1, 26), glossary=Glossary.load())
    event = next(s for s in brief.sections if s.kind == "event")
    quotes = [b for b in event.blocks if isinstance(b, QuoteBlock)]
    assert [(q.speaker, q.role.id if q.role else None) for q in quotes] == [
        (None, "Bupati"),
        (None, "Kapolres"),
    ]
    # two unnamed officials are two voices, each with its own attribution
    assert [q.attributed for q in quotes] == [True, True]
    template = load_template("default")
    assert attribution(quotes[0], "id", template) == "— Bupati"
    assert attribution(quotes[0], "en", template) == "— Regent"
    assert attribution_both(quotes[0], template) == "— Bupati / Regent"


def test_a_key_point_with_no_one_named_is_the_opening_sentence_not_the_file_name() -> None:
    opening = "Warga mengeluhkan jalan rusak di Desa Sukamaju, Senin (5/1/2026)."
    f = facts("sources/jalan.txt", dt.date(2026, 1, 5), background=[opening])
    brief = make_brief([f], dt.date(2026, 1, 26))
    points = next(s for s in brief.sections if s.kind == "key_points")
    assert opening in points.blocks[0].text.id  # type: ignore[union-attr]
    assert "jalan.txt" not in points.blocks[0].text.id  # type: ignore[union-attr]
