"""The DOCX and PDF writer processes: started early, loading their writer, the same bytes, always ended."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import subprocess
import sys

import pytest

from briefgen.compose import make_empty_brief
from briefgen.model import Brief, RenderOptions
from briefgen.pipeline import rendering
from briefgen.templates import load_template
from briefgen.writers import WRITERS

DAY = dt.date(2026, 1, 26)
OPTIONS = RenderOptions(langs=("id", "en"), layout="parallel")
MANY = rendering.PARALLEL_RENDER_SOURCES

needs_two_cpus = pytest.mark.skipif(
    rendering.worker_count() < 2 or "fork" not in multiprocessing.get_all_start_methods(),
    reason="writer processes need a second CPU and fork",
)


def a_brief() -> Brief:
    return make_empty_brief(DAY, (DAY - dt.timedelta(days=6), DAY))


def alive() -> list[str]:
    return [child.name for child in multiprocessing.active_children()]


@needs_two_cpus
def test_the_docx_and_the_pdf_get_a_process_each_and_give_the_bytes_written_here() -> None:
    template = load_template("default")
    brief = a_brief()
    formats = ("docx", "pdf", "md")
    with rendering.writer_processes(formats, template, MANY) as writers:
        assert sorted(w.fmt for w in writers) == ["docx", "pdf"]
        assert all(w.process.is_alive() for w in writers)
        documents = rendering.render(brief, template, OPTIONS, formats, writers)
    assert alive() == []
    here = [WRITERS[fmt](brief, template, OPTIONS) for fmt in formats]
    assert [d.data for d in documents] == [d.data for d in here]
    assert [d.warnings for d in documents] == [d.warnings for d in here]


@needs_two_cpus
def test_a_writer_process_that_died_has_its_document_written_here() -> None:
    template = load_template("default")
    brief = a_brief()
    with rendering.writer_processes(("pdf",), template, MANY) as writers:
        (pdf,) = writers
        pdf.process.kill()
        pdf.process.join()
        (document,) = rendering.render(brief, template, OPTIONS, ("pdf",), writers)
    assert document.data == WRITERS["pdf"](brief, template, OPTIONS).data


@needs_two_cpus
def test_every_writer_process_is_ended_when_the_build_fails_before_writing() -> None:
    template = load_template("default")
    with pytest.raises(ZeroDivisionError), rendering.writer_processes(("docx", "pdf"), template, MANY):
        assert len(alive()) == 2
        raise ZeroDivisionError  # a failing step between start and writing
    assert alive() == []


def test_no_process_for_a_short_brief_or_a_light_format() -> None:
    template = load_template("default")
    with rendering.writer_processes(("docx", "pdf"), template, MANY - 1) as writers:
        assert writers == []
    with rendering.writer_processes(("html", "md", "json"), template, MANY) as writers:
        assert writers == []


WRITE_ONE = """
import datetime as dt, hashlib, json, sys
from briefgen.compose import make_empty_brief
from briefgen.model import RenderOptions
from briefgen.templates import load_template
from briefgen.writers import WRITERS, prepare
template = load_template("default")
heavy = {"reportlab.platypus", "docx"}
before = sorted(heavy & set(sys.modules))
if sys.argv[1] == "prepared":
    prepare("pdf", template); prepare("docx", template); prepare("md", template)
after = sorted(heavy & set(sys.modules))
day = dt.date(2026, 1, 26)
brief = make_empty_brief(day, (day - dt.timedelta(days=6), day))
options = RenderOptions(langs=("id", "en"), layout="parallel")
data = [WRITERS[fmt](brief, template, options).data for fmt in ("pdf", "docx")]
print(json.dumps([before, after, [hashlib.sha256(d).hexdigest() for d in data]]))
"""


def test_preparing_a_writer_loads_its_library_and_changes_no_byte() -> None:
    def run(how: str) -> list[list[str]]:
        argv = [sys.executable, "-c", WRITE_ONE, how]
        out = subprocess.run(argv, capture_output=True, text=True, check=True)
        loaded: list[list[str]] = json.loads(out.stdout)
        return loaded

    prepared, plain = run("prepared"), run("plain")
    assert prepared[:2] == [[], ["docx", "reportlab.platypus"]]
    assert plain[:2] == [[], []]
    assert prepared[2] == plain[2]  # the same PDF and DOCX
