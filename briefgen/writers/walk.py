"""One walk over a brief's blocks for the text writers (HTML, Markdown): dispatch by block type,
numbering, and each section's one notice of missing English.

A writer implements :class:`BlockVisitor` (one method per block type of the model, and
``unknown`` for a block type added to the model later, shown through its texts so nothing
composed is ever dropped); :func:`visit` picks the method, :func:`walk` goes section by section.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from briefgen.model import (
    Bilingual,
    Block,
    Lang,
    Paragraph,
    QuoteBlock,
    Section,
    SourceItem,
    StepItem,
    Subheading,
)
from briefgen.writers.common import bilingual_fields, pending_notice

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class BlockVisitor(Protocol[R_co]):
    """What a writer renders each block type as, in one language (``number``: the block's place
    among the blocks of its type in its section, for numbered steps and sources)."""

    def paragraph(self, block: Paragraph, lang: Lang, number: int) -> R_co: ...

    def subheading(self, block: Subheading, lang: Lang, number: int) -> R_co: ...

    def quote(self, block: QuoteBlock, lang: Lang, number: int) -> R_co: ...

    def step(self, block: StepItem, lang: Lang, number: int) -> R_co: ...

    def source(self, block: SourceItem, lang: Lang, number: int) -> R_co: ...

    def unknown(self, texts: list[Bilingual], lang: Lang) -> R_co: ...


def visit(visitor: BlockVisitor[R], block: Block, lang: Lang, number: int) -> R:
    """``block`` rendered by the visitor's method for its type."""
    if isinstance(block, Paragraph):
        return visitor.paragraph(block, lang, number)
    if isinstance(block, Subheading):
        return visitor.subheading(block, lang, number)
    if isinstance(block, QuoteBlock):
        return visitor.quote(block, lang, number)
    if isinstance(block, StepItem):
        return visitor.step(block, lang, number)
    if isinstance(block, SourceItem):
        return visitor.source(block, lang, number)
    return visitor.unknown(bilingual_fields(block), lang)


def numbered(blocks: Sequence[Block]) -> Iterator[tuple[Block, int]]:
    """Each block with its number among the blocks of its type (1., 2. … per type)."""
    counts: dict[type, int] = {}
    for block in blocks:
        counts[type(block)] = counts.get(type(block), 0) + 1
        yield block, counts[type(block)]


@dataclass(frozen=True)
class Walked(Generic[R]):
    """One section as a writer rendered it in one language."""

    section: Section
    blocks: list[R]
    notice: str | None  # the section's one notice of missing English (see pending_notice)


def walk(visitor: BlockVisitor[R], sections: Sequence[Section], lang: Lang) -> Iterator[Walked[R]]:
    """Every section's blocks rendered in ``lang``, in order, with the section's pending notice."""
    for section in sections:
        rendered = [visit(visitor, block, lang, number) for block, number in numbered(section.blocks)]
        yield Walked(section, rendered, pending_notice(section, lang, sections))
