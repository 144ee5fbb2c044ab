"""The JSON writer: the brief as data, key fields read back, stable bytes, the schema's version."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json

from briefgen.model import (
    Bilingual,
    Brief,
    QuoteBlock,
    RenderOptions,
    Section,
    SourceItem,
    StepItem,
    Template,
)
from briefgen.templates import load_template
from briefgen.writers.json import SCHEMA_VERSION, write_json


def data_of(brief: Brief, template: Template, options: RenderOptions | None = None) -> dict[str, object]:
    value = json.loads(write_json(brief, template, options or RenderOptions()).data.decode("utf-8"))
    assert isinstance(value, dict)
    return value


def bilingual(value: object) -> Bilingual:
    assert isinstance(value, dict) and set(value) == {"id", "en", "origin"}
    return Bilingual(value["id"], value["en"], value["origin"])


def test_key_fields_round_trip(brief: Brief, template: Template) -> None:
    data = data_of(brief, template)
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert bilingual(data["title"]) == brief.title and bilingual(data["period"]) == brief.period
    assert dt.date.fromisoformat(str(data["prepared_on"])) == brief.prepared_on
    assert data["source_count"] == brief.source_count and data["langs"] == ["id", "en"]
    sections = data["sections"]
    assert isinstance(sections, list)
    assert [s["kind"] for s in sections] == [s.kind for s in brief.sections]
    for section, original in zip(sections, brief.sections, strict=True):
        assert bilingual(section["heading"]) == original.heading
        assert len(section["blocks"]) == len(original.blocks)
    quote = sections[1]["blocks"][0]
    original_quote = brief.sections[1].blocks[0]
    assert isinstance(original_quote, QuoteBlock)
    assert quote["type"] == "quote_block" and quote["speaker"] == original_quote.speaker
    assert bilingual(quote["text"]) == original_quote.text and quote["text"]["en"] is None
    step = sections[2]["blocks"][0]
    assert (
        step["type"] == "step_item" and step["actor"] == "Kemenekraf dan KBRI Seoul" and step["due"] is None
    )
    source = sections[3]["blocks"][0]
    assert source["type"] == "source_item" and source["location"] == "https://example.org/berita/1"


def test_keys_are_sorted_and_text_is_written_as_itself(brief: Brief, template: Template) -> None:
    odd = dataclasses.replace(
        brief, title=Bilingual.both("Ringkasan — Kerja Sama 이민호", "Brief — 이민호\x00")
    )
    raw = write_json(odd, template, RenderOptions()).data.decode("utf-8")
    assert "이민호" in raw and "\\u" not in raw and "\x00" not in raw
    data = json.loads(raw)
    assert raw == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert data["title"]["en"] == "Brief — 이민호"


def test_sections_follow_the_templates_order_and_headings(brief: Brief) -> None:
    memo = load_template("memo")
    data = data_of(brief, memo)
    sections = data["sections"]
    assert isinstance(sections, list)
    assert sections[-1]["heading"] == {"id": "Rujukan", "en": "References", "origin": "generated"}
    assert data["template"] == "memo"


def test_dates_of_steps_and_unknown_blocks_are_plain_data(brief: Brief, template: Template) -> None:
    @dataclasses.dataclass
    class Milestone:
        what: Bilingual
        on: dt.date

    blocks = [
        Milestone(Bilingual.both("Pameran", "Exhibition"), dt.date(2026, 3, 2)),
        StepItem(Bilingual.both("Rapat", "Meeting"), None, Bilingual.both("Mei 2026", "May 2026")),
        SourceItem(None, None, None, "sources/a.txt"),
    ]
    odd = dataclasses.replace(brief, sections=[Section("next_steps", Bilingual.both("L", "N"), blocks)])  # type: ignore[list-item]
    sections = data_of(odd, template)["sections"]
    assert isinstance(sections, list)
    milestone, step, source = sections[0]["blocks"]
    assert milestone == {
        "type": "milestone",
        "what": {"id": "Pameran", "en": "Exhibition", "origin": "generated"},
        "on": "2026-03-02",
    }
    assert bilingual(step["due"]).en == "May 2026" and step["actor"] is None
    assert source == {
        "type": "source_item",
        "outlet": None,
        "title": None,
        "date": None,
        "location": "sources/a.txt",
    }


def test_the_writer_leaves_the_brief_alone_and_repeats_itself(brief: Brief, template: Template) -> None:
    before = copy.deepcopy(brief)
    first = write_json(brief, template, RenderOptions()).data
    assert first == write_json(brief, template, RenderOptions()).data and brief == before
