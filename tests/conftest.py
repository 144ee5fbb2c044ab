"""Shared fixtures: hand-built briefs for writer tests and paths to the real seed articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from golden import Golden

from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Paragraph,
    QuoteBlock,
    Section,
    SourceItem,
    StepItem,
    Subheading,
    Template,
)
from briefgen.templates import builtin_dir

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--accept",
        action="store_true",
        default=False,
        help="rewrite the golden files under tests/golden/ instead of comparing with them",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """Compares outputs with tests/golden/ (``pytest --accept`` rewrites them)."""
    return Golden(bool(request.config.getoption("--accept")))


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed articles are expected at {SEEDS}")
    return SEEDS


def make_brief() -> Brief:
    """A small brief built by hand, so writer tests do not depend on extraction."""
    return Brief(
        title=Bilingual.both("Ringkasan Kebijakan", "Policy Brief"),
        period=Bilingual.both("Selasa, 20 Januari 2026", "Tuesday, 20 January 2026"),
        prepared=Bilingual.both("Senin, 26 Januari 2026", "Monday, 26 January 2026"),
        prepared_on=dt.date(2026, 1, 26),
        source_count=1,
        labels={
            "period": Bilingual.both("Periode", "Period"),
            "prepared": Bilingual.both("Disusun", "Prepared"),
            "sources": Bilingual.both("Jumlah sumber", "Number of sources"),
        },
        sections=[
            Section(
                "background",
                Bilingual.both("Latar Belakang", "Background"),
                [
                    Subheading(Bilingual("Kerja sama R&D <ekonomi> kreatif", None, "missing")),
                    Paragraph(
                        Bilingual(
                            "Wamen Ekraf menerima kunjungan DCM KBRI Seoul & tim pada 20/1.",
                            None,
                            "missing",
                        ),
                        "lead",
                    ),
                    Paragraph(
                        Bilingual(
                            "Pertemuan membahas film, musik dan talenta.",
                            "The meeting discussed film, music and talent.",
                            "human",
                        )
                    ),
                ],
            ),
            Section(
                "statements",
                Bilingual.both("Pernyataan", "Statements"),
                [
                    QuoteBlock(
                        Bilingual("Kami ingin kerja sama ini berkelanjutan.", None, "missing"),
                        "Irene Umar",
                        Bilingual.both(
                            "Wakil Menteri Ekonomi Kreatif", "Deputy Minister of Creative Economy"
                        ),
                    )
                ],
            ),
            Section(
                "next_steps",
                Bilingual.both("Langkah Selanjutnya", "Next Steps"),
                [
                    StepItem(
                        Bilingual("Memperkuat koordinasi dan komunikasi.", None, "missing"),
                        "Kemenekraf dan KBRI Seoul",
                        None,
                    )
                ],
            ),
            Section(
                "sources",
                Bilingual.both("Sumber", "Sources"),
                [
                    SourceItem(
                        "PATADaily.id",
                        "Wamen Ekraf terima DCM KBRI Seoul",
                        Bilingual.both("Selasa, 20 Januari 2026", "Tuesday, 20 January 2026"),
                        "https://example.org/berita/1",
                    )
                ],
            ),
        ],
    )


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture
def template() -> Template:
    return Template(name="test", path=str(builtin_dir() / "default"))


def annexed_brief(articles: int) -> Brief:
    """:func:`make_brief` with an annex of ``articles`` invented articles (a subheading each, then
    paragraphs, a quotation kept with its attribution, some without English) and more sources:
    long enough to span many pages and many of the writers' pieces."""
    brief = make_brief()
    blocks: list[Block] = []
    sources: list[Block] = []
    for number in range(1, articles + 1):
        blocks.append(
            Subheading(Bilingual.both(f"Artikel {number}: kunjungan ke-{number}", f"Article {number}"))
        )
        for line in range(number % 4 + 2):
            english = f"Paragraph {line} of article {number}, in English." if line % 3 else None
            text = f"Paragraf {line} artikel {number} membahas kerja sama & pelatihan talenta. " * (line + 1)
            blocks.append(Paragraph(Bilingual(text.strip(), english, "human" if english else "missing")))
        blocks.append(
            QuoteBlock(
                Bilingual.both(f"Kami siap bekerja sama, nomor {number}.", f"We are ready, number {number}."),
                f"Pejabat {number}",
                Bilingual.both("Kepala Dinas", "Head of Agency"),
            )
        )
        sources.append(
            SourceItem(
                f"Outlet {number % 5}",
                f"Judul artikel {number}",
                Bilingual.both("Selasa, 20 Januari 2026", "Tuesday, 20 January 2026"),
                f"https://example.org/berita/{number}",
            )
        )
    for section in brief.sections:
        if section.kind == "sources":
            section.blocks += sources
    brief.sections.append(Section("annex", Bilingual.both("Lampiran", "Annex"), blocks))
    return brief
