"""The faster equivalents of reportlab's per-line functions return what reportlab's own return.

Each is checked on every call a real PDF makes (the seed articles' brief and the corpus's with
its annex, so every font, size and character those draw), against reportlab's function on the
same arguments, and on text written here for the cases real text rarely has.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from briefgen.compose import make_brief
from briefgen.extract import extract
from briefgen.model import Bilingual, Brief, Lang, Layout, Paragraph, Section, Template
from briefgen.readers import READERS, read_article
from briefgen.translate.fill import fill
from briefgen.translate.glossary import Glossary
from briefgen.writers.pdf import write_pdf
from briefgen.writers.pdf.fonts import register_fonts
from briefgen.writers.pdf.speed import (
    break_lines,
    drawing_sped_up,
    escape_pdf,
    remembering_fp_str,
    split_string,
)
from briefgen.writers.pdf.writer import PdfWriter

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
PREPARED = dt.date(2026, 1, 26)

# Written for these tests: ASCII, Latin accents, typographic marks, a no-break space, Greek,
# Hangul, an emoji and characters PDF strings escape.
OWN_TEXTS = (
    "Rapat koordinasi (lanjutan) membahas anggaran \\ rencana kerja.",
    "Café à la crème — “kutipan” ‘tunggal’ … 50% ± 2°",
    "tanpa\u00a0spasi biasa\u00a0lagi",
    "Ελληνικά και 한국 영화제 😀",
    "\u00a0",
    "\t\x01\x7f\x80\xff",
)


def articles_brief(folder: Path, annex: bool) -> Brief:
    """The composed, filled brief of the articles in ``folder``."""
    paths = sorted(p for p in folder.iterdir() if p.suffix in READERS and not p.name.endswith(".gold.json"))
    facts = [
        extract(read_article(p.read_text(encoding="utf-8"), p.name, p.suffix), today=PREPARED) for p in paths
    ]
    glossary = Glossary.load()
    return fill(make_brief(facts, PREPARED, glossary=glossary, annex=annex), None, glossary).brief


def own_brief(brief: Brief) -> Brief:
    """The fixture brief with a section of :data:`OWN_TEXTS`."""
    blocks = [Paragraph(Bilingual.both(text, text)) for text in OWN_TEXTS]
    extra = Section("background", Bilingual.both("Uji", "Test"), list(blocks))
    return dataclasses.replace(brief, sections=[*brief.sections, extra])


class Doc:
    """Stands for a document in reportlab's font state (a weak-reference key)."""


class Shadows:
    """A second document for each document reportlab writes, so its font subsets grow alike."""

    def __init__(self) -> None:
        self.of: dict[int, tuple[Any, Doc]] = {}

    def __call__(self, doc: Any) -> Doc:
        return self.of.setdefault(id(doc), (doc, Doc()))[1]


@dataclasses.dataclass
class Checked:
    calls: dict[str, int]
    differences: list[str]


def checked_write(brief: Brief, template: Template, langs: tuple[Lang, ...], layout: Layout) -> Checked:
    """Writes the PDF with every sped-up function compared, call by call, with reportlab's own."""
    from reportlab.lib import rl_accel
    from reportlab.pdfbase import pdfdoc, ttfonts
    from reportlab.pdfgen import canvas, textobject
    from reportlab.platypus.paragraph import Paragraph as RLParagraph

    own_break = RLParagraph.breakLines
    own_split = ttfonts.TTFont.splitString
    own_escape = canvas.escapePDF
    own_fp_str = rl_accel.fp_str
    shadow = Shadows()
    result = Checked({"break": 0, "split": 0, "escape": 0, "fp_str": 0, "push": 0}, [])

    def compare(name: str, got: Any, want: Any, args: Any) -> None:
        result.calls[name] += 1
        if got != want:
            result.differences.append(f"{name}{args!r}: {got!r} != {want!r}")

    writer = PdfWriter(brief, template, langs, layout, register_fonts(template))
    with drawing_sped_up():
        fast_split, fast_escape, fast_fp_str = ttfonts.TTFont.splitString, canvas.escapePDF, textobject.fp_str
        fast_break = RLParagraph.breakLines
        fast_push = canvas.Canvas.push_state_stack

        def push(self: Any) -> None:
            want = {name: self.__dict__[name] for name in self.STATE_ATTRIBUTES}  # as reportlab saves it
            before = len(self.state_stack), self._extgstate
            fast_push(self)
            got = self.state_stack[-1]
            compare(
                "push", (list(got.items()), len(self.state_stack)), (list(want.items()), before[0] + 1), ()
            )
            compare(
                "push",
                type(self._extgstate) is type(before[1]) and self._extgstate is not before[1],
                True,
                (),
            )
            compare("push", self._extgstate._d, before[1]._d, ())

        def breaks(self: Any, width: Any) -> Any:
            want = own_break(
                self, list(width) if isinstance(width, list) else width
            )  # it may change the list
            want_state = broken_state(self)
            got = fast_break(self, width)
            compare("break", lines_of(got, broken_state(self)), lines_of(want, want_state), (self.text,))
            return got

        def split(self: Any, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
            got = fast_split(self, text, doc, encoding)
            compare("split", got, own_split(self, text, shadow(doc), encoding), (self.fontName, text))
            return got

        def escape(s: Any) -> str:
            got: str = fast_escape(s)
            compare("escape", got, own_escape(s), (s,))
            return got

        def fp_str(*args: Any) -> str:
            got: str = fast_fp_str(*args)
            compare("fp_str", got, own_fp_str(*args), args)
            return got

        patched = [(ttfonts.TTFont, "splitString", split), (canvas, "escapePDF", escape)]
        patched += [(RLParagraph, "breakLines", breaks), (canvas.Canvas, "push_state_stack", push)]
        patched += [(module, "fp_str", fp_str) for module in (canvas, textobject, pdfdoc)]
        saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patched]
        for owner, name, value in patched:
            setattr(owner, name, value)
        try:
            writer.build(total=None)
        finally:
            for owner, name, value in saved:
                setattr(owner, name, value)
    return result


def broken_state(paragraph: Any) -> tuple[Any, ...]:
    """What ``breakLines`` sets on the paragraph besides the lines it returns."""
    names = ("_width_max", "height", "_splitLongWordCount", "_hyphenations")
    return tuple(getattr(paragraph, name, None) for name in names)


def lines_of(broken: Any, state: tuple[Any, ...]) -> Any:
    """``breakLines``' result as comparable values: its fields, each line's words' fields for kind 1."""
    fields = {k: v for k, v in broken.__dict__.items() if k != "lines"}
    if broken.kind == 0:
        return fields, broken.lines, state
    return fields, [[w.__dict__ for w in line.words] for line in broken.lines], state


def assert_all_equal(checked: Checked) -> None:
    assert checked.differences == []
    assert min(checked.calls.values()) > 0


def test_every_call_of_the_seed_brief_gives_reportlabs_result(seeds_dir: Path, template: Template) -> None:
    brief = articles_brief(seeds_dir, annex=True)
    for langs, layout in ((("id", "en"), "parallel"), (("id", "en"), "sequential"), (("en",), "parallel")):
        assert_all_equal(checked_write(brief, template, langs, layout))


def test_every_call_of_the_corpus_brief_with_its_annex_gives_reportlabs_result(template: Template) -> None:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"the real articles are expected at {corpus}")
    checked = checked_write(articles_brief(corpus, annex=True), template, ("id", "en"), "parallel")
    assert_all_equal(checked)
    assert checked.calls["split"] > 1000


@pytest.mark.parametrize("name", ["default", "memo"])
def test_every_call_of_text_with_rare_characters_gives_reportlabs_result(brief: Brief, name: str) -> None:
    from briefgen.templates import load_template

    assert_all_equal(checked_write(own_brief(brief), load_template(name), ("id", "en"), "parallel"))


def test_the_pdf_is_the_same_without_the_faster_functions(
    brief: Brief, template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib

    from briefgen.model import RenderOptions
    from briefgen.writers import pdf

    options = RenderOptions(langs=("id", "en"), layout="parallel")
    faster = write_pdf(own_brief(brief), template, options).data

    @contextlib.contextmanager
    def nothing() -> Iterator[None]:
        yield

    monkeypatch.setattr(pdf, "drawing_sped_up", nothing)
    assert write_pdf(own_brief(brief), template, options).data == faster


def test_split_string_follows_reportlab_as_characters_get_codes(template: Template) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = register_fonts(template)
    fast = split_string(TTFont.splitString)
    texts = [*OWN_TEXTS, "", *(text[::-1] for text in OWN_TEXTS), *OWN_TEXTS, "b\u00a0a", b"bytes (too)"]
    for name in (fonts.regular, fonts.bold, fonts.italic):
        font = pdfmetrics.getFont(name)
        every = "".join(chr(code) for code in sorted(font.face.charToGlyph) if code > 32)
        assert len(every) > 256  # more than subset 0 holds
        mine, theirs = Doc(), Doc()
        for text in [*texts, every, every[::-1], *texts]:
            assert fast(font, text, mine) == TTFont.splitString(font, text, theirs), (name, text)
        assert font.state[mine].assignments == font.state[theirs].assignments


def test_a_no_break_space_before_any_space_is_drawn_as_reportlab_draws_it(template: Template) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = pdfmetrics.getFont(register_fonts(template).regular)
    fast = split_string(TTFont.splitString)
    mine, theirs = Doc(), Doc()
    for text in ("é", "\u00a0", "a\u00a0b", " "):
        assert fast(font, text, mine) == TTFont.splitString(font, text, theirs)


def test_escape_pdf_is_reportlabs_for_every_byte_and_pair() -> None:
    from reportlab.lib import rl_accel

    table = getattr(rl_accel, "_ESCAPEDICT", None)
    if table is None:
        pytest.skip("reportlab uses rl_accel's C escapePDF; the replacement is not installed")
    own = rl_accel._py_escapePDF
    fast = escape_pdf(own, table)
    singles = [bytes([c]) for c in range(256)]
    pairs = [bytes(p) for p in itertools.product(range(0, 256, 5), repeat=2)]
    for data in [*singles, *pairs, b"", b"(a) \\ b", *(t.encode("utf-8") for t in OWN_TEXTS)]:
        assert fast(data) == own(data), data
    assert fast("(teks) biasa") == own("(teks) biasa")


NUMBERS = (
    0,
    0.0,
    -0.0,
    1,
    1.0,
    -1,
    0.5,
    1e-7,
    1.5e-7,
    -1e-8,
    10,
    10.5,
    12.345678,
    595.2756,
    841.8898,
    -3.25,
    0.333333333,
    2 / 3,
    1000000.25,
    123456789.0,
    7.2,
    14.4,
    0.3,
    0.1 + 0.2,
    1e12,
)


def test_fp_str_formats_each_number_as_reportlab_in_any_order() -> None:
    from reportlab.lib import rl_accel

    original: Callable[..., str] = rl_accel.fp_str
    fast = remembering_fp_str(original)
    for a, b in itertools.product(NUMBERS, repeat=2):
        assert fast(a) == original(a)
        assert fast(a, b) == original(a, b)
        assert fast(1, 0, 0, 1, a, b) == original(1, 0, 0, 1, a, b)
    assert fast([1.5, 2]) == original([1.5, 2])
    assert fast((0.25, -4)) == original((0.25, -4))


def test_reportlabs_functions_come_back_after_the_writer() -> None:
    from reportlab.lib import rl_accel
    from reportlab.pdfbase import pdfdoc, ttfonts
    from reportlab.pdfgen import canvas, textobject
    from reportlab.platypus.paragraph import Paragraph as RLParagraph

    def installed() -> tuple[Any, ...]:
        functions = (ttfonts.TTFont.splitString, canvas.escapePDF, canvas.fp_str, textobject.fp_str)
        return (*functions, pdfdoc.fp_str, RLParagraph.breakLines, canvas.Canvas.push_state_stack)

    before = installed()
    with drawing_sped_up():
        assert textobject.fp_str is not rl_accel.fp_str
        assert ttfonts.TTFont.splitString is not before[0]
    assert installed() == before


BREAK_TEXTS = (
    "Rapat koordinasi membahas rencana kerja bersama; rapat berikutnya membahas anggaran kerja.",
    "Kata-yang-sangat-panjang-sekali-tanpa-spasi-yang-lebih-lebar-dari-barisnya di tengah kalimat.",
    "tanpa\u00a0spasi biasa\u00a0lagi dan lagi\u00a0dan lagi tanpa\u00a0putus",
    "tanda\u00adhubung lunak di\u00adtengah kata-kata yang pan\u00adjang",
    "  spasi   di awal,\n\tbaris baru   dan tab  ",
    "satu",
    "",
)


@pytest.mark.parametrize("text", BREAK_TEXTS)
@pytest.mark.parametrize(
    "style_args",
    [
        {},
        {"firstLineIndent": 24},
        {"spaceShrinkage": 0.2},
        {"splitLongWords": 0},
        {"fontSize": 7.5, "leading": 9},
    ],
    ids=["plain", "indent", "shrink", "no-split", "small"],
)
@pytest.mark.parametrize("width", [60, 140, 400])
def test_break_lines_is_reportlabs(
    template: Template, text: str, style_args: dict[str, Any], width: float
) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.paragraph import Paragraph as RLParagraph

    from briefgen.writers.pdf import flowables

    fonts = register_fonts(template)
    fast = break_lines(RLParagraph.breakLines)
    make = flowables.classes().paragraph
    for font in (fonts.regular, fonts.bold, fonts.italic):
        style = ParagraphStyle("t", fontName=font, **{"fontSize": 10, "leading": 12, **style_args})
        theirs, mine = make(text, style), make(text, style)
        for paragraph in (theirs, mine):
            paragraph.width = width
            paragraph._wrapWidths = [width - style.firstLineIndent, width]
        want = RLParagraph.breakLines(theirs, theirs._wrapWidths)
        got = fast(mine, mine._wrapWidths)
        assert lines_of(got, broken_state(mine)) == lines_of(want, broken_state(theirs))
    assert fast(make("", style), width).lines == []
