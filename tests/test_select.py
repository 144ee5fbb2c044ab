"""Periods and topic filters: which articles go into a weekly brief."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.errors import UsageError
from briefgen.model import Article, Facts, Person
from briefgen.select import (
    JAKARTA,
    between,
    events,
    filing_day,
    iso_week,
    last_week,
    matches,
    near_duplicates,
    same_event,
    select,
)


def facts(
    name: str,
    event: dt.date | None = None,
    published: dt.date | None = None,
    file_date: dt.date | None = None,
    tags: tuple[str, ...] = (),
    text: str = "Isi berita.",
) -> Facts:
    article = Article(
        source=name, title=None, paragraphs=[text], published=published, file_date=file_date, tags=list(tags)
    )
    return Facts(article=article, event_date=event)


def test_iso_weeks_run_monday_to_sunday() -> None:
    w04 = iso_week("2026-W04")
    assert (w04.first, w04.last, w04.name) == (dt.date(2026, 1, 19), dt.date(2026, 1, 25), "2026-W04")
    assert w04.first.weekday() == 0 and w04.last.weekday() == 6
    assert iso_week("2026w3").name == "2026-W03"
    # ISO week 1 of 2027 starts on Monday 4 January; 2026-W53 exists (2026 starts on a Thursday).
    assert iso_week("2027-W01").first == dt.date(2027, 1, 4)
    assert iso_week("2026-W53").last == dt.date(2027, 1, 3)


@pytest.mark.parametrize("bad", ["2026-04", "W04", "2026-W", "2025-W53", "2026-W00", ""])
def test_bad_weeks_are_usage_errors(bad: str) -> None:
    with pytest.raises(UsageError) as raised:
        iso_week(bad)
    assert raised.value.exit_code == 2


def test_last_week_from_any_day_of_the_week() -> None:
    for day in range(26, 32):  # Monday 26 Jan .. Sunday 1 Feb 2026
        today = dt.date(2026, 1, day) if day <= 31 else dt.date(2026, 2, 1)
        assert last_week(today).name == "2026-W04"
    assert last_week(dt.date(2026, 1, 5)).name == "2026-W01"
    assert last_week(dt.date(2026, 1, 1)).name == "2025-W52"


def test_jakarta_is_seven_hours_ahead_of_utc() -> None:
    # Monday 06:00 WIB is still Sunday in UTC: the Monday cron run must see Monday.
    sunday_utc = dt.datetime(2026, 1, 25, 23, 0, tzinfo=dt.UTC)
    assert sunday_utc.astimezone(JAKARTA).date() == dt.date(2026, 1, 26)


def test_between_and_open_ends() -> None:
    period = between(dt.date(2026, 1, 12), dt.date(2026, 1, 25))
    assert period.name == "2026-01-12_2026-01-25"
    assert dt.date(2026, 1, 12) in period and dt.date(2026, 1, 26) not in period
    assert dt.date(1990, 1, 1) in between(None, dt.date(2026, 1, 1))
    with pytest.raises(UsageError, match="after"):
        between(dt.date(2026, 2, 1), dt.date(2026, 1, 1))


def test_filing_day_falls_back_and_says_why() -> None:
    day = dt.date(2026, 1, 20)
    assert filing_day(facts("a", event=day, published=dt.date(2026, 1, 21))) == (day, "event date")
    assert filing_day(facts("a", published=day)) == (day, "publication date")
    assert filing_day(facts("a", file_date=day)) == (day, "file date")
    assert filing_day(facts("a")) == (None, "no date")


def test_select_by_period_and_topic() -> None:
    w03 = facts("w03", event=dt.date(2026, 1, 16), tags=("film",), text="KOCCA bertemu Kemenekraf.")
    w04 = facts("w04", event=dt.date(2026, 1, 20), tags=("diplomasi",), text="KBRI Seoul berkunjung.")
    undated = facts("x")
    chosen = select([w03, w04, undated], iso_week("2026-W04"))
    assert [f.article.source for f in chosen.chosen] == ["w04"]
    assert chosen.outside_period == 2
    assert [f.article.source for f in select([w03, w04], tags=["FILM"]).chosen] == ["w03"]
    assert [f.article.source for f in select([w03, w04], words=["kbri seoul"]).chosen] == ["w04"]
    topic = select([w03, w04], words=["KOCCA", "tidak ada"])
    assert topic.chosen == [] and topic.filtered_out == 2


def test_match_finds_people_and_roles() -> None:
    item = facts("a", text="Rapat digelar.")
    item.people.append(Person("Sari Dewi", "Kepala Dinas Pariwisata"))
    assert matches(item, words=["sari dewi"]) and matches(item, words=["dinas pariwisata"])
    assert not matches(item, words=["Budi"])


RELEASE = (
    "Kementerian Pariwisata menggelar rapat koordinasi persiapan festival layang-layang di Pantai "
    "Padang Galak, Selasa (20/1/2026). Rapat dihadiri perwakilan pemerintah daerah dan komunitas."
)


def test_one_press_release_from_several_outlets_is_one_story() -> None:
    day = dt.date(2026, 1, 20)
    a = facts("a.txt", event=day, text=f"Warta.id - Denpasar - {RELEASE}")
    b = facts(
        "b.txt", event=day, text=f"DENPASAR, KabarBali.com - {RELEASE.replace('dihadiri', 'juga dihadiri')}"
    )
    c = facts(
        "c.txt", event=day, text="Jakarta - Menteri Perdagangan membuka pameran kopi nasional hari ini."
    )
    d = facts("d.txt", event=dt.date(2026, 2, 3), text=f"Warta.id - Denpasar - {RELEASE}")
    groups = near_duplicates([a, b, c, d])
    assert [[f.article.source for f in g] for g in groups] == [["a.txt", "b.txt"], ["c.txt"], ["d.txt"]]


def test_near_duplicates_groups_as_comparing_every_article_with_every_group() -> None:
    import random

    from rapidfuzz import fuzz

    from briefgen.select import _body

    def every_pair(items: list[Facts]) -> list[list[Facts]]:  # the rule itself, without any shortcut
        groups: list[list[Facts]] = []
        for item in items:
            day = filing_day(item)[0]
            for group in groups:
                other = filing_day(group[0])[0]
                if (day is None or other is None or day == other) and fuzz.ratio(
                    _body(item), _body(group[0])
                ) >= 90:
                    group.append(item)
                    break
            else:
                groups.append([item])
        return groups

    rng = random.Random(7)
    days = [None, dt.date(2026, 1, 20), dt.date(2026, 1, 21), dt.date(2026, 1, 22)]
    stories = [RELEASE, RELEASE[40:], RELEASE.upper(), "Rapat digelar di Jakarta.", "", RELEASE * 2]
    items = []
    for n in range(120):
        text = rng.choice(stories)
        if text and rng.random() < 0.5:  # another outlet's copy, edited a little
            cut = rng.randrange(len(text))
            text = text[:cut] + rng.choice(["", "juga ", "x"]) + text[cut + rng.randrange(3) :]
        items.append(facts(f"{n}.txt", event=rng.choice(days), text=f"Kabar.id - Jakarta - {text}"))
    expected = [[f.article.source for f in g] for g in every_pair(items)]
    assert [[f.article.source for f in g] for g in near_duplicates(items)] == expected
    assert len(expected) < len(items)  # there was merging to do


def test_events_groups_as_comparing_every_report_with_every_member() -> None:
    import random

    def every_pair(items: list[Facts]) -> list[list[Facts]]:  # the rule itself, without the day index
        groups: list[list[Facts]] = []
        for item in items:
            home = next((g for g in groups if any(same_event(item, m) for m in g)), None)
            if home is None:
                groups.append([item])
            else:
                home.append(item)
        return groups

    rng = random.Random(11)
    days = [None, *(dt.date(2026, 1, 18) + dt.timedelta(n) for n in range(6))]
    people = ["Budi Santoso", "Sri Wahyuni", "Agus", "Dewi Lestari Putri"]
    leads = [
        "Menteri membuka rapat koordinasi pangan di Jakarta.",
        "Rapat koordinasi pangan dibuka menteri di Jakarta hari ini.",
        "Gubernur meninjau banjir di pesisir utara.",
        "Pameran kopi nasional digelar selama tiga hari.",
    ]
    items = []
    for n in range(150):
        item = facts(f"{n}.txt", event=rng.choice(days))
        item.background = [rng.choice(leads)]
        item.people = [Person(name) for name in rng.sample(people, rng.randrange(3))]
        items.append(item)
    expected = [[f.article.source for f in g] for g in every_pair(items)]
    assert [[f.article.source for f in g] for g in events(items)] == expected
    assert 1 < len(expected) < len(items)  # there was joining to do, and more than one event
