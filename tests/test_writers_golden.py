"""Every writer against golden files: hand-built briefs in each template, layout and language set.

The DOCX is compared as its canonical ``word/document.xml`` (and ``word/styles.xml``, where the
stylesheet lands), the PDF as its text layer page by page with its metadata and outline, the
HTML, Markdown and JSON as they are (the HTML's inline logo shortened to its size and digest). A change
in what a writer emits shows as a readable diff; ``pytest --accept`` rewrites the goldens.
"""

from __future__ import annotations

import dataclasses

import pytest
from conftest import make_brief
from golden import Golden, docx_styles, docx_xml, html_page, pdf_layout, pdf_pages

from briefgen.model import Bilingual, Brief, Paragraph, QuoteBlock, RenderOptions, StepItem, Subheading
from briefgen.templates import load_template
from briefgen.writers.docx import write_docx
from briefgen.writers.html import write_html
from briefgen.writers.json import write_json
from briefgen.writers.markdown import write_markdown
from briefgen.writers.pdf import write_pdf

CASES = [
    ("default", "parallel", ("id", "en")),
    ("default", "sequential", ("id", "en")),
    ("default", "parallel", ("id",)),
    ("memo", "parallel", ("id", "en")),
    ("memo", "sequential", ("id", "en")),
    ("memo", "parallel", ("en",)),
]


def golden_brief() -> Brief:
    """The fixture brief as if from two articles, with every kind of block the writers draw."""
    brief = make_brief()
    background, statements, steps, sources = brief.sections
    extra_background = [
        Paragraph(
            Bilingual(
                "Kedua pihak sepakat menyusun rencana kerja.",
                "Both sides agreed to draw up a work plan.",
                "machine",
            )
        ),
        Paragraph(Bilingual("Catatan: data sementara.", None, "missing"), "note"),
        Subheading(Bilingual.both("Artikel kedua", "Second article")),
        Paragraph(Bilingual.both("Paragraf kedua.", "Second paragraph.")),
    ]
    reported = QuoteBlock(
        Bilingual("Menurutnya, promosi akan diperluas.", "He said promotion would be widened.", "human"),
        "Budi Santoso",
        None,
        direct=False,
    )
    due = StepItem(
        Bilingual.both("Menggelar pameran bersama.", "Hold a joint exhibition."),
        "Kemenekraf",
        Bilingual.both("Maret 2026", "March 2026"),
    )
    return dataclasses.replace(
        brief,
        source_count=2,
        sections=[
            dataclasses.replace(background, blocks=[*background.blocks, *extra_background]),
            dataclasses.replace(statements, blocks=[*statements.blocks, reported]),
            dataclasses.replace(steps, blocks=[*steps.blocks, due]),
            sources,
        ],
        english={"human": 2, "glossary": 0, "machine": 1, "missing": 3},
    )


def case_name(template: str, layout: str, langs: tuple[str, ...]) -> str:
    return f"{template}-{layout}-{'-'.join(langs)}"


@pytest.mark.parametrize(("name", "layout", "langs"), CASES, ids=[case_name(*case) for case in CASES])
def test_docx_document_matches_its_golden(
    golden: Golden, name: str, layout: str, langs: tuple[str, ...]
) -> None:
    options = RenderOptions(langs=langs, layout=layout)  # type: ignore[arg-type]
    data = write_docx(golden_brief(), load_template(name), options).data
    golden.check(f"writers/{case_name(name, layout, langs)}.document.xml", docx_xml(data))


@pytest.mark.parametrize("name", ["default", "memo"])
def test_docx_styles_match_their_golden(golden: Golden, name: str) -> None:
    data = write_docx(golden_brief(), load_template(name), RenderOptions()).data
    golden.check(f"writers/{name}.styles.xml", docx_styles(data))


@pytest.mark.parametrize(("name", "layout", "langs"), CASES, ids=[case_name(*case) for case in CASES])
def test_pdf_text_matches_its_golden(golden: Golden, name: str, layout: str, langs: tuple[str, ...]) -> None:
    options = RenderOptions(langs=langs, layout=layout)  # type: ignore[arg-type]
    data = write_pdf(golden_brief(), load_template(name), options).data
    golden.check(f"writers/{case_name(name, layout, langs)}.pdf.txt", pdf_pages(data))
    golden.check(f"writers/{case_name(name, layout, langs)}.pdf-layout.txt", pdf_layout(data))


@pytest.mark.parametrize(("name", "layout", "langs"), CASES, ids=[case_name(*case) for case in CASES])
def test_html_markdown_and_json_match_their_goldens(
    golden: Golden, name: str, layout: str, langs: tuple[str, ...]
) -> None:
    options = RenderOptions(langs=langs, layout=layout)  # type: ignore[arg-type]
    template = load_template(name)
    case = case_name(name, layout, langs)
    golden.check(f"writers/{case}.html", html_page(write_html(golden_brief(), template, options).data))
    golden.check(f"writers/{case}.md", write_markdown(golden_brief(), template, options).data.decode("utf-8"))
    golden.check(f"writers/{case}.json", write_json(golden_brief(), template, options).data.decode("utf-8"))
