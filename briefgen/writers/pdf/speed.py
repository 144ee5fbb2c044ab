"""Faster equivalents of reportlab's hot per-line functions, installed only while the PDF is written.

reportlab draws every line of every paragraph through three pure-Python functions (its C
accelerator, ``rl_accel``, is a separate package): ``TTFont.splitString`` (the text in its font
subsets' one-byte codes, a Python loop over the characters), ``escapePDF`` (the bytes as a PDF
string literal, another loop) and ``fp_str`` (numbers as the PDF's shortest decimals). Here each
has an equivalent that returns the same values faster for what this writer draws, and hands
everything else to reportlab's own function:

- :func:`split_string`: a text whose characters all have a code in subset 0 already (all of
  them once a font's first page is drawn, for Latin text) is that subset's bytes, one
  ``str.translate``; any other text goes to reportlab, which assigns its new characters codes;
- :func:`escape_pdf`: bytes with nothing to escape are their own text; others one
  ``str.translate`` with reportlab's table;
- :func:`remembering_fp_str`: the same few coordinates, sizes and colours are formatted tens of
  thousands of times; each is formatted once (the value alone decides the text: ``1`` and
  ``1.0`` give ``1``).

And the line breaking of a paragraph of one plain fragment (most of a brief's), reportlab's
``Paragraph.breakLines`` without the branches such text never takes: :func:`break_lines`.

``tests/test_writers_pdf_speed.py`` compares each with reportlab's own.
"""

from __future__ import annotations

import contextlib
import itertools
import operator
from collections.abc import Callable, Iterator
from typing import Any


class _Unassigned(Exception):
    """A character of the text has no code in subset 0 (yet)."""


class _Subset0(dict[int, str]):
    """A font's subset 0 in one document as a ``str.translate`` table: character → its code.

    A character missing from it stops the translation (see :func:`split_string`).
    """

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0  # how many of the font state's assignments are in the table

    def __missing__(self, code: int) -> str:
        raise _Unassigned

    def catch_up(self, assignments: dict[int, int]) -> None:
        """Add the codes reportlab assigned since the last call (it only ever adds)."""
        if len(assignments) == self.seen:
            return
        for code, n in itertools.islice(assignments.items(), self.seen, None):
            if n < 256:
                self[code] = chr(n)
        self.seen = len(assignments)
        space = assignments.get(32)
        if space is not None and space < 256:
            self[0xA0] = chr(space)  # reportlab sets a no-break space as a space


def split_string(original: Callable[..., list[tuple[int, bytes]]]) -> Callable[..., list[tuple[int, bytes]]]:
    """``TTFont.splitString`` with a fast path for text that is all in subset 0 already."""
    tables: dict[tuple[Any, Any], _Subset0] = {}

    def split(self: Any, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        table = tables.get((self, doc))
        if table is not None and text and isinstance(text, str):
            try:
                return [(0, text.translate(table).encode("latin-1"))]
            except _Unassigned:
                pass
        result = original(self, text, doc, encoding)
        if table is None:
            table = tables[(self, doc)] = _Subset0()
        table.catch_up(self.state[doc].assignments)
        return result

    return split


def escape_pdf(original: Callable[[Any], str], table: dict[int, str]) -> Callable[[Any], str]:
    """reportlab's ``escapePDF`` (bytes → the inside of a PDF string literal), for bytes by translation.

    ``table`` is reportlab's ``_ESCAPEDICT`` (every byte value → its text).
    """
    changed = {code: text for code, text in table.items() if text != chr(code)}
    unchanged = bytes(code for code, text in table.items() if text == chr(code))

    def escape(s: Any) -> str:
        if not isinstance(s, bytes):
            return original(s)
        if not s.translate(None, unchanged):
            return s.decode("latin-1")
        return s.decode("latin-1").translate(changed)

    return escape


def remembering_fp_str(original: Callable[..., str]) -> Callable[..., str]:
    """reportlab's ``fp_str`` formatting each set of arguments once."""
    known: dict[tuple[Any, ...], str] = {}

    def fp_str(*args: Any) -> str:
        try:
            text = known.get(args)
        except TypeError:  # a list: reportlab's function accepts one sequence too
            return original(*args)
        if text is None:
            text = known[args] = original(*args)
        return text

    return fp_str


def _words_of(frag: Any) -> list[str] | None:
    """The words of a paragraph's one fragment, if :func:`break_lines` can break them itself.

    A fragment has its text (a paragraph as made) or its words (the rest of a paragraph split
    at a page end). None for text with a soft hyphen, for words reportlab marked (a long word
    it split, one with a soft hyphen: subclasses of ``str``) or empty, and for nothing to break.
    """
    from reportlab.platypus import paragraph as rl

    text = frag.__dict__.get("text")
    if text is not None:
        if not isinstance(text, str) or "\xad" in text:
            return None
        text = rl.strip(text)
        return rl.split(text) if text else None
    words = frag.__dict__.get("words")
    if type(words) is not list or not all(words) or set(map(type, words)) != {str}:
        return None
    joined = "".join(words)
    if "\xad" in joined or not rl.strip(joined):
        return None
    return words


def break_lines(original: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """``Paragraph.breakLines`` with a fast path for one fragment of plain text, left to right.

    The path reportlab takes for such a paragraph, without its branches for soft hyphens,
    hyphenation, bullets, bidirectional text and shaping (such paragraphs go to reportlab): words
    are added to a line while they fit, with the same arithmetic in the same order, and each
    word's width is looked up in a table of the font and size (measured by reportlab's
    ``stringWidth`` the first time). A word wider than its line, which reportlab splits, sends
    the paragraph to reportlab too.
    """
    from reportlab.platypus import paragraph as rl

    widths: dict[tuple[str, float, Any], dict[str, float]] = {}
    ascents: dict[tuple[str, float], tuple[float, float]] = {}

    def fast(self: Any, width: Any) -> Any:
        style = self.style
        frags = self.frags
        word_wrap = style.wordWrap
        if (
            len(frags) > 1
            or self.bulletText
            or style.shaping
            or (word_wrap and word_wrap.upper() in ("RTL", "LTR"))
            or getattr(style, "hyphenationLang", "")
            or style.uriWasteReduce
            or style.embeddedHyphenation
            or style.endDots
        ):
            return original(self, width)
        if not frags:  # an empty cell of a column
            self._width_max = 0
            self.height = 0
            self._splitLongWordCount = self._hyphenations = 0
            size = style.fontSize
            return rl.ParaLines(
                kind=0, fontSize=size, fontName=style.fontName, textColor=style.textColor,
                ascent=size, descent=-0.2 * size, lines=[],
            )  # fmt: skip
        f = frags[0]
        if hasattr(f, "cbDefn") or hasattr(f, "backColor") or rl._processed_frags(frags):
            return original(self, width)
        words = _words_of(f)
        if words is None:
            return original(self, width)
        max_widths = width if isinstance(width, (tuple, list)) else [width]
        font_name, font_size, encoding = f.fontName, f.fontSize, self.encoding
        known = widths.get((font_name, font_size, encoding))
        if known is None:
            known = widths[(font_name, font_size, encoding)] = {}
        measure = rl.stringWidth
        space = measure(" ", font_name, font_size, encoding)
        shrink = style.spaceShrinkage * space
        split_long = style.splitLongWords
        last = len(max_widths) - 1
        lineno = 0
        max_width = max_widths[0]
        width_max: float = 0
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        current = -space
        for word in words:
            word_width = known.get(word)
            if word_width is None:
                word_width = known[word] = measure(word, font_name, font_size, encoding)
            new = current + space + word_width
            limit = max_width + shrink * len(line)
            if new > limit and split_long and word_width > max_width:
                return original(self, width)  # a word longer than its line: reportlab splits it
            if new <= limit or not line:
                line.append(word)
                current = new
            else:
                if current > width_max:
                    width_max = current
                lines.append((max_width - current, line))
                line = [word]
                current = word_width
                lineno += 1
                max_width = max_widths[min(last, lineno)]
        if current > width_max:
            width_max = current
        lines.append((max_width - current, line))
        self._width_max = width_max
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        metrics = ascents.get((font_name, font_size))
        if metrics is None:
            metrics = ascents[(font_name, font_size)] = rl.getAscentDescent(font_name, font_size)
        ascent, descent = metrics
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)

    return fast


def push_state_stack(original: Callable[[Any], None], names: list[str]) -> Callable[[Any], None]:
    """``Canvas.push_state_stack`` (``saveState``) taking the ``names`` attributes in one call.

    ``names`` is reportlab's ``Canvas.STATE_ATTRIBUTES``; the saved state is the same dictionary.
    """
    get = operator.itemgetter(*names)

    def push(self: Any) -> None:
        if self.STATE_ATTRIBUTES is not names:  # a canvas class with a state of its own
            original(self)
            return
        self.state_stack.append(dict(zip(names, get(self.__dict__), strict=True)))
        self._extgstate = self._extgstate.pushCopy()

    return push


@contextlib.contextmanager
def drawing_sped_up() -> Iterator[None]:
    """While it lasts, reportlab breaks and draws text with the functions above; as before after it."""
    from reportlab.lib import rl_accel
    from reportlab.pdfbase import pdfdoc, ttfonts
    from reportlab.pdfgen import canvas, textobject
    from reportlab.platypus import paragraph

    saved: list[tuple[Any, str, Any]] = [
        (paragraph.Paragraph, "breakLines", paragraph.Paragraph.breakLines),
        (ttfonts.TTFont, "splitString", ttfonts.TTFont.splitString),
        (canvas.Canvas, "push_state_stack", canvas.Canvas.push_state_stack),
        (canvas, "escapePDF", canvas.escapePDF),
        *((module, "fp_str", module.fp_str) for module in (canvas, textobject, pdfdoc)),
    ]
    fp_str = remembering_fp_str(rl_accel.fp_str)
    paragraph.Paragraph.breakLines = break_lines(paragraph.Paragraph.breakLines)
    ttfonts.TTFont.splitString = split_string(ttfonts.TTFont.splitString)
    Canvas = canvas.Canvas  # noqa: N806
    Canvas.push_state_stack = push_state_stack(Canvas.push_state_stack, Canvas.STATE_ATTRIBUTES)
    escape_table = getattr(rl_accel, "_ESCAPEDICT", None)
    if escape_table is not None:  # None: reportlab uses rl_accel's C function, fast already
        canvas.escapePDF = escape_pdf(canvas.escapePDF, escape_table)
    for module in (canvas, textobject, pdfdoc):
        module.fp_str = fp_str
    try:
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)
