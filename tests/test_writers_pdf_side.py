"""The side-by-side flowable: the same rows, splits and drawing as the two-column table it replaced."""

from __future__ import annotations

import io
import random
from types import SimpleNamespace
from typing import Any

import pytest

from briefgen.templates import load_template
from briefgen.writers.pdf import flowables, tables
from briefgen.writers.pdf.fonts import register_fonts
from briefgen.writers.pdf.side import side_by_side_class

TEXT = (
    "rapat koordinasi membahas rencana kerja bersama antara kementerian dan pemerintah daerah "
    "the meeting discussed a joint work plan between the ministry and the regional government "
    "anggaran pelaksanaan tahap berikutnya disepakati pekan depan setelah kajian teknis selesai"
)
WORDS = TEXT.split()
SIZE = 10.0
FRAME = (480.0, 700.0)  # width, height of the page's frame
GUTTER = 7.0


@pytest.fixture(scope="module")
def fonts() -> Any:
    return register_fonts(load_template("default"))


def writer(fonts: Any) -> Any:
    """What :func:`tables.table` and :func:`tables.side_by_side` read of a PdfWriter."""
    return SimpleNamespace(fonts=fonts, size=SIZE, frame_height=FRAME[1], frame_width=FRAME[0])


def styles(fonts: Any) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("b", fontName=fonts.regular, fontSize=SIZE, leading=SIZE * 1.3, spaceAfter=4)
    quote = ParagraphStyle("q", parent=body, leftIndent=9, spaceBefore=3, spaceAfter=2)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, spaceAfter=0)
    return [body, quote, small]


def rows(fonts: Any, seed: int, count: int) -> list[Any]:
    """``count`` rows of invented text: short and long cells, several paragraphs, empty cells."""
    rng = random.Random(seed)
    make = flowables.classes().paragraph
    kinds = styles(fonts)

    def cell() -> list[Any]:
        paragraphs = []
        for _ in range(rng.choice((0, 1, 1, 1, 2, 3))):
            words = rng.choices(WORDS, k=rng.choice((3, 12, 40, 90, 260)))
            paragraphs.append(make(" ".join(words), rng.choice(kinds)))
        return paragraphs

    return [[cell(), cell()] for _ in range(count)]


def document(fonts: Any, story: list[Any]) -> tuple[bytes, int]:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(FRAME[0] + 100, FRAME[1] + 100), invariant=1)
    frame = Frame(50, 50, FRAME[0], FRAME[1], id="body", **flowables.NO_PADDING)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story)
    return buffer.getvalue(), int(doc.page)


def as_tables(fonts: Any, body: list[Any]) -> list[Any]:
    half = FRAME[0] / 2
    padding = (0, 0, SIZE * 0.5, 0)
    return tables.table(writer(fonts), body, (half, half), padding=padding, gutter=GUTTER, split_first=True)


def side(fonts: Any, body: list[Any]) -> list[Any]:
    return tables.side_by_side(writer(fonts), body, FRAME[0] / 2, gap=SIZE * 0.5, gutter=GUTTER)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_pdf_is_the_one_the_table_made(fonts: Any, seed: int) -> None:
    # Rows of every height, split at page ends between and inside rows: the same bytes.
    made = [document(fonts, build(fonts, rows(fonts, seed, 120))) for build in (as_tables, side)]
    assert made[0][1] > 5
    assert made[1] == made[0]


def test_heights_and_splits_are_the_tables(fonts: Any) -> None:
    old = as_tables(fonts, rows(fonts, 7, 30))
    new = side(fonts, rows(fonts, 7, 30))
    assert [type(f).__name__ for f in new] == ["SideBySide"] * len(old)
    split_inside = 0
    for before, after in zip(old, new, strict=True):
        assert after.wrap(*FRAME) == before.wrap(*FRAME)
        first = before._rowHeights[0]
        for room in (first * 0.3, first * 0.7, first + 1, before.wrap(*FRAME)[1] * 0.6, 50.0):
            parts_before = before.split(FRAME[0], room)
            parts_after = after.split(FRAME[0], room)
            assert [p.wrap(*FRAME) for p in parts_after] == [p.wrap(*FRAME) for p in parts_before]
            if len(parts_after) == 2 and len(parts_after[0].rows) == 1 and len(after.rows) == 1:
                split_inside += 1
    assert split_inside > 0  # some splits were inside a row, each paragraph cut in two


def test_a_row_too_short_to_split_moves_on_whole(fonts: Any) -> None:
    make = flowables.classes().paragraph
    style = styles(fonts)[0]
    row = [[make(" ".join(WORDS[:60]), style)], [make(" ".join(WORDS[:20]), style)]]
    look = ("black", fonts.regular, 10, 12)
    flowable = side_by_side_class()([row], [(0, 5.0)], (240.0, 240.0), GUTTER, look, 40)
    _, height = flowable.wrap(*FRAME)
    assert flowable.split(FRAME[0], 30.0) == []  # under 40 points would stay on the page
    assert flowable.split(FRAME[0], height + 1) == [flowable]
    head, tail = flowable.split(FRAME[0], height / 2)
    assert head.wrap(*FRAME)[1] <= height / 2
    assert head.wrap(*FRAME)[1] + tail.wrap(*FRAME)[1] >= height
