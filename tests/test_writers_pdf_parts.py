"""A long story made by a helper process gives the PDF one process makes, whatever the helper does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from briefgen.model import Bilingual, Brief, Paragraph, RenderOptions, Section, Template
from briefgen.writers.pdf import parts, write_pdf

PARALLEL = RenderOptions(langs=("id", "en"), layout="parallel")
SEQUENTIAL = RenderOptions(langs=("id", "en"), layout="sequential")
ONLY_EN = RenderOptions(langs=("en",))
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")

pytestmark = pytest.mark.skipif(not parts._can_fork(), reason="a helper needs fork and a second CPU")


class Spy:
    """Records each helper started (its pid) and whether its end came."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pids: list[int] = []
        self.complete: list[bool] = []
        start, close = parts.Story._start, parts.Story.close

        def started(story: parts.Story) -> None:
            start(story)
            if story.pid is not None:
                self.pids.append(story.pid)

        def closed(story: parts.Story) -> None:
            if story.pid is not None:
                self.complete.append(story.complete)
            close(story)

        monkeypatch.setattr(parts.Story, "_start", started)
        monkeypatch.setattr(parts.Story, "close", closed)


def alone(brief: Brief, template: Template, options: RenderOptions, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The PDF written by this process alone."""
    with monkeypatch.context() as patch:
        patch.setattr(parts, "HELPED_FROM", 10**9)
        return write_pdf(brief, template, options)


def helped(brief: Brief, template: Template, options: RenderOptions, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The PDF written with a helper, however busy the machine is."""
    with monkeypatch.context() as patch:
        patch.setattr(parts, "HELPED_FROM", 1)
        patch.setattr(parts, "spare_cpu", lambda: True)
        return write_pdf(brief, template, options)


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize("options", [PARALLEL, SEQUENTIAL, ONLY_EN], ids=["parallel", "sequential", "en"])
def test_a_helped_pdf_is_the_pdf_of_one_process(
    template: Template, options: RenderOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import annexed_brief

    brief = annexed_brief(40)
    spy = Spy(monkeypatch)
    assert helped(brief, template, options, monkeypatch) == alone(brief, template, options, monkeypatch)
    assert len(spy.pids) == 1 and spy.complete == [True]  # the helper made the story, to its end
    assert gone(spy.pids[0])  # and was waited for


def test_a_short_brief_gets_no_helper(
    brief: Brief, template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = Spy(monkeypatch)
    write_pdf(brief, template, PARALLEL)
    assert spy.pids == []


def test_a_busy_machine_gets_no_helper(template: Template, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import annexed_brief

    spy = Spy(monkeypatch)
    monkeypatch.setattr(parts, "HELPED_FROM", 1)
    monkeypatch.setattr(parts, "spare_cpu", lambda: False)
    write_pdf(annexed_brief(5), template, PARALLEL)
    assert spy.pids == []


def test_tasks_ready_to_run_are_read_from_loadavg() -> None:
    assert parts.runnable("0.52 0.58 0.59 3/467 12345\n") == 3
    assert parts.runnable("10.00 9.10 8.00 12/1002 7") == 12
    assert parts.runnable("0.52 0.58 0.59") is None
    assert parts.runnable("a b c x/y z") is None
    assert parts.runnable("") is None


def test_a_cpu_is_spare_when_no_more_tasks_are_ready_than_cpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cpus = len(os.sched_getaffinity(0))
    loadavg = tmp_path / "loadavg"
    monkeypatch.setattr(parts, "LOADAVG", str(loadavg))
    loadavg.write_text(f"1.00 1.00 1.00 {cpus}/300 4242\n", encoding="ascii")
    assert parts.spare_cpu()  # e.g. this process and the DOCX writer's on an otherwise idle machine
    loadavg.write_text(f"9.00 9.00 9.00 {cpus + 1}/300 4242\n", encoding="ascii")
    assert not parts.spare_cpu()
    loadavg.write_text("not what Linux writes", encoding="ascii")
    assert parts.spare_cpu()  # nothing to tell: a free CPU assumed
    loadavg.unlink()
    assert parts.spare_cpu()


@pytest.mark.parametrize("after", [0, 1, 7])
def test_a_helper_that_dies_leaves_the_rest_to_this_process(
    template: Template, after: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import annexed_brief

    brief = annexed_brief(30)
    expected = alone(brief, template, PARALLEL, monkeypatch)
    dumps = parts.dumps
    sent: list[int] = []

    def dying(writer: Any, message: Any) -> bytes:  # runs in the helper only
        if len(sent) == after:
            os._exit(3)
        sent.append(1)
        return dumps(writer, message)

    monkeypatch.setattr(parts, "dumps", dying)
    spy = Spy(monkeypatch)
    assert helped(brief, template, PARALLEL, monkeypatch) == expected
    assert spy.complete == [False]


def test_a_broken_message_leaves_the_rest_to_this_process(
    template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import annexed_brief

    brief = annexed_brief(30)
    expected = alone(brief, template, SEQUENTIAL, monkeypatch)
    dumps = parts.dumps
    sent: list[int] = []

    def garbling(writer: Any, message: Any) -> bytes:
        sent.append(1)
        return b"not a pickle" if len(sent) == 4 else dumps(writer, message)

    monkeypatch.setattr(parts, "dumps", garbling)
    spy = Spy(monkeypatch)
    assert helped(brief, template, SEQUENTIAL, monkeypatch) == expected
    assert spy.complete == [False] and gone(spy.pids[0])  # the helper still sending was killed


def test_a_failing_layout_ends_its_helper(template: Template, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import annexed_brief

    from briefgen.writers.pdf import head

    decorate = head.decorate

    def failing(w: Any, canv: Any, page: int, *args: Any) -> None:
        if page == 3:
            raise RuntimeError("made up for this test")
        decorate(w, canv, page, *args)

    monkeypatch.setattr(head, "decorate", failing)
    spy = Spy(monkeypatch)
    with pytest.raises(RuntimeError, match="made up"):
        helped(annexed_brief(30), template, PARALLEL, monkeypatch)
    assert len(spy.pids) == 1 and gone(spy.pids[0])


def late_section(text: str) -> Section:
    """A section after the annex, so the helper makes it."""
    return Section("background", Bilingual.both("Uji", "Test"), [Paragraph(Bilingual.both(text, text))])


def test_characters_no_font_has_are_reported_from_the_helper(
    template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import annexed_brief

    brief = annexed_brief(30)
    odd = dataclasses.replace(brief, sections=[*brief.sections, late_section("Tanda \U00013000 kuno")])
    spy = Spy(monkeypatch)
    written = helped(odd, template, PARALLEL, monkeypatch)
    assert spy.complete == [True]
    assert written == alone(odd, template, PARALLEL, monkeypatch)
    assert len(written.warnings) == 1 and "U+13000" in written.warnings[0]


def test_a_fallback_face_the_helper_loads_is_registered_here(
    template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not NANUM.is_file():
        pytest.skip("fonts-nanum not installed")
    from conftest import annexed_brief

    brief = annexed_brief(30)
    korean = dataclasses.replace(brief, sections=[*brief.sections, late_section("Aktor 이민호 hadir")])
    custom = dataclasses.replace(template, font_fallback=(str(NANUM),))
    expected = alone(korean, custom, PARALLEL, monkeypatch)
    from briefgen.writers.pdf.writer import PdfWriter

    original = PdfWriter.note_fallback
    noted: list[str] = []  # this process's list (the helper appends to its own copy)

    def noting(self: PdfWriter, path: str) -> Any:
        noted.append(path)
        return original(self, path)

    monkeypatch.setattr(PdfWriter, "note_fallback", noting)
    assert helped(korean, custom, PARALLEL, monkeypatch) == expected
    assert noted == [str(NANUM)]  # here only because the helper said it used it


def corpus_brief(annex: bool) -> Brief:
    from briefgen.compose import make_brief
    from briefgen.extract import extract
    from briefgen.readers import READERS, read_article
    from briefgen.translate.fill import fill
    from briefgen.translate.glossary import Glossary

    folder = SHARED / "corpus"
    paths = sorted(p for p in folder.iterdir() if p.suffix in READERS and not p.name.endswith(".gold.json"))
    day = dt.date(2026, 1, 26)
    facts = [extract(read_article(p.read_text(encoding="utf-8"), p.name, p.suffix), today=day) for p in paths]
    glossary = Glossary.load()
    return fill(make_brief(facts, day, glossary=glossary, annex=annex), None, glossary).brief


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is absent")
def test_the_corpus_brief_with_its_annex_is_the_same_helped(
    template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = corpus_brief(annex=True)
    spy = Spy(monkeypatch)
    for options in (PARALLEL, SEQUENTIAL):
        assert helped(brief, template, options, monkeypatch) == alone(brief, template, options, monkeypatch)
    assert spy.complete == [True, True]
