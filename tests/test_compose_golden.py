"""The composed and translated ``Brief`` of each bundled sample (and of all five) against golden JSON.

Only our own samples in ``sources/`` have goldens: the real articles in ``../shared`` are third-party
text and are never copied into the repository. The day of preparation is pinned, so the JSON is
the same on every run; ``pytest --accept`` rewrites it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from golden import Golden, brief_json

from briefgen.compose import make_brief
from briefgen.extract import extract
from briefgen.model import Brief, Facts
from briefgen.readers import READERS, read_article
from briefgen.translate.fill import fill
from briefgen.translate.glossary import Glossary

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (REPO / "sources").iterdir() if p.suffix in READERS)
PREPARED = dt.date(2026, 1, 26)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load()


def facts_of(path: Path) -> Facts:
    source = f"sources/{path.name}"
    article = read_article(path.read_text(encoding="utf-8"), source, path.suffix)
    return extract(article, today=PREPARED)


def brief_of(paths: list[Path], glossary: Glossary) -> Brief:
    composed = make_brief([facts_of(path) for path in paths], PREPARED, glossary=glossary)
    return fill(composed, None, glossary).brief


def test_every_sample_is_covered() -> None:
    assert len(SAMPLES) == 5


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_brief_of_one_sample_matches_its_golden(golden: Golden, glossary: Glossary, path: Path) -> None:
    golden.check(f"brief/{path.stem}.json", brief_json(brief_of([path], glossary)))


def test_brief_of_all_samples_matches_its_golden(golden: Golden, glossary: Glossary) -> None:
    golden.check("brief/all-samples.json", brief_json(brief_of(SAMPLES, glossary)))
