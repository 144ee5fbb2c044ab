"""Paragraphs made cheaply: reportlab's markup parser only for markup it has not parsed before."""

from __future__ import annotations

from typing import Any

from briefgen.writers.pdf import flowables
from briefgen.writers.pdf.flowables import Flowable


class Paragraphs:
    """Makes the writer's paragraphs in its named ``styles``, parsing as little as it can."""

    def __init__(self, styles: dict[str, Any]) -> None:
        self.styles = styles
        self.seen: set[tuple[str, str]] = set()  # markup and style of every paragraph parsed
        self.parsed: dict[tuple[str, str], tuple[Any, Any, Any]] = {}  # see make()
        self.plain_frags: dict[str, tuple[Any, Any, Any]] = {}  # see plain()

    def make(self, markup: str, style: str, **kwargs: Any) -> Flowable:
        """A paragraph of ``markup`` in the style named ``style`` (``kwargs`` go to reportlab)."""
        make = flowables.classes().paragraph
        if kwargs:
            return make(markup, self.styles[style], **kwargs)
        if "<" not in markup and "&" not in markup:
            plain = self.plain(markup, style)
            if plain is not None:
                return plain
        # The same markup comes back thousands of times in a long brief (every "[translation
        # pending]"): from its second time on, clones of its parsed fragments are used, which
        # costs far less than parsing it again (or deep-copying them). A fragment's attributes
        # are read, never changed, by line breaking; each paragraph gets fragments of its own.
        key = (markup, style)
        parsed = self.parsed.get(key)
        if parsed is None:
            paragraph = make(markup, self.styles[style])
            if key in self.seen:
                frags = [f.clone() for f in paragraph.frags]
                self.parsed[key] = (frags, paragraph.style, paragraph.bulletText)
            self.seen.add(key)
            return paragraph
        frags, parsed_style, bullet = parsed
        return make(markup, parsed_style, bulletText=bullet, frags=[f.clone() for f in frags])

    def plain(self, text: str, style: str) -> Flowable | None:
        """A paragraph of text without markup (no ``<``, no ``&``), made without the parser.

        Such text parses to one fragment that differs from any other of its style only in its
        text (the text with its white space collapsed, as the parser gets it): that fragment is
        parsed once a style and cloned. None for text that collapses to nothing.
        """
        from reportlab.platypus.paragraph import cleanBlockQuotedText

        cleaned = cleanBlockQuotedText(text)
        if not cleaned:
            return None
        proto = self.plain_frags.get(style)
        if proto is None:
            parsed = flowables.classes().paragraph("x", self.styles[style])
            (frag,) = parsed.frags
            proto = self.plain_frags[style] = (frag, parsed.style, parsed.bulletText)
        frag, parsed_style, bullet = proto
        fresh = frag.clone(text=cleaned, link=[], us_lines=[])
        return flowables.classes().paragraph(cleaned, parsed_style, bulletText=bullet, frags=[fresh])
