"""The writers' registry: the only list of output formats, each writer pure (bytes and warnings out)."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from briefgen.errors import UsageError
from briefgen.model import Bilingual, Brief, Paragraph, RenderOptions, Template
from briefgen.writers import DEFAULT_FORMATS, WRITERS, Written, formats_of


def test_the_registry_names_the_documents_then_the_formats_people_forward() -> None:
    assert list(WRITERS) == ["docx", "pdf", "html", "md", "json"]


def test_formats_of_keeps_the_registry_order_and_defaults_to_the_documents() -> None:
    assert formats_of(["pdf", "docx"]) == ("docx", "pdf")
    assert formats_of(["PDF"]) == ("pdf",)
    assert formats_of(["json", "md", "html"]) == ("html", "md", "json")
    assert formats_of([]) == DEFAULT_FORMATS == ("docx", "pdf")


def test_an_unknown_format_is_a_usage_error_naming_the_known_ones() -> None:
    expected = r"--format must be one or more of docx, pdf, html, md or json \(got 'odt'\)"
    with pytest.raises(UsageError, match=expected) as info:
        formats_of(["pdf", "odt"])
    assert info.value.exit_code == 2


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_every_writer_returns_bytes_and_warnings_and_leaves_the_brief_alone(
    fmt: str, brief: Brief, template: Template
) -> None:
    before = copy.deepcopy(brief)
    written = WRITERS[fmt](brief, template, RenderOptions())
    assert isinstance(written, Written)
    starts = {"docx": b"PK\x03\x04", "pdf": b"%PDF", "html": b"<!DO", "md": b"# Ri", "json": b'{\n  "'}
    assert written.data[:4] == starts[fmt][:4]
    assert written.warnings == []
    assert brief == before


def test_a_missing_character_is_a_pdf_warning_not_a_change_to_the_brief(
    brief: Brief, template: Template
) -> None:
    odd = dataclasses.replace(
        brief,
        sections=[
            dataclasses.replace(brief.sections[0], blocks=[Paragraph(Bilingual.same("Tanda \U00013000"))])
        ],
    )
    pdf = WRITERS["pdf"](odd, template, RenderOptions())
    assert len(pdf.warnings) == 1 and "U+13000" in pdf.warnings[0]
    assert odd.warnings == []
    assert WRITERS["docx"](odd, template, RenderOptions()).warnings == []


def test_the_register_gives_each_steps_kind_and_actor_in_english_on_one_line(template: Template) -> None:
    from briefgen.model import StepItem
    from briefgen.writers.common import register_cells

    step = StepItem(
        Bilingual("Pemkab akan menggelar pelatihan perajin.", None, "missing"),
        "Pemerintah Kabupaten Jepara",
        Bilingual.both("pada Mei 2026", "in May 2026"),
        actor_en="the Jepara Regency Government",
        kind=Bilingual.both("Rencana", "Plan"),
    )
    actions, actor, due = register_cells(step, ("id", "en"), template)
    assert [(lang, a.text, a.pending) for lang, a in actions] == [
        ("id", "Pemkab akan menggelar pelatihan perajin.", False),
        ("en", "Plan — the Jepara Regency Government", True),
    ]
    assert (actor, due) == ("Pemerintah Kabupaten Jepara", "pada Mei 2026 / in May 2026")
    named = StepItem(step.action, "Budi Santoso", None, actor_en="Budi Santoso", kind=step.kind)
    assert register_cells(named, ("id", "en"), template)[0][1][1].text == "Plan"  # a name is not repeated
    # A step of no known kind still says what its English line is, not an actor standing alone
    # where the action's English would be.
    kindless = StepItem(step.action, step.actor, None, actor_en=step.actor_en)
    assert register_cells(kindless, ("id", "en"), template)[0][1][1].text == (
        "Next step — the Jepara Regency Government"
    )
    # One language: the step's own cells (the English actor in the actor column).
    assert register_cells(step, ("en",), template)[1] == "The Jepara Regency Government"


@pytest.mark.parametrize("freeze_only", [False, True], ids=["paused", "frozen"])
def test_the_collector_is_back_as_it_was_after_a_writer_even_when_it_fails(freeze_only: bool) -> None:
    import gc

    from briefgen.writers import collector_paused

    assert gc.isenabled() and gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), collector_paused(freeze_only=freeze_only):
        assert gc.isenabled() is freeze_only
        assert (gc.get_freeze_count() > 0) is freeze_only
        raise RuntimeError("a writer failed")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()  # a caller that had it off keeps it off
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
