"""Readers: the text of one source file in, one cleaned :class:`~briefgen.model.Article` out.

One module per input form, all registered in :data:`READERS` by file suffix. Readers never
render and never touch the file system: the pipeline reads the bytes and decodes them. PDF and
Word files are not text: their readers, in :data:`BINARY_READERS`, take the bytes themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from briefgen.errors import SourceError
from briefgen.model import Article
from briefgen.readers import docx, html, markdown, pdf, txt

Reader = Callable[[str, str], Article]
BinaryReader = Callable[[bytes, str], Article]

MAX_ARTICLE_CHARS = 100_000
"""About 15,000 words, several times a long feature; much more would take minutes to write."""

READERS: dict[str, Reader] = {
    ".txt": txt.read,
    ".text": txt.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
}
BINARY_READERS: dict[str, BinaryReader] = {
    ".pdf": pdf.read,
    ".docx": docx.read,
}

SUFFIXES: frozenset[str] = frozenset(READERS) | frozenset(BINARY_READERS)
"""Every suffix a reader reads: what discovery looks for in a folder (no second list anywhere)."""


def read_article(content: str | bytes, source: str, suffix: str) -> Article:
    """The article in ``content`` (bytes for :data:`BINARY_READERS`, else text); a
    :class:`SourceError` for an unknown form or no article text."""
    suffix = suffix.lower()
    if isinstance(content, bytes) and suffix in BINARY_READERS:
        article = BINARY_READERS[suffix](content, source)
    elif isinstance(content, str) and suffix in READERS:
        article = READERS[suffix](content, source)
    else:
        known = ", ".join(sorted([*READERS, *BINARY_READERS]))
        raise SourceError(source, f"unsupported file type {suffix or '(none)'!r}; briefgen reads {known}")
    if not article.paragraphs:
        raise SourceError(source, "no article text found")
    length = sum(len(p) for p in article.paragraphs)
    if length > MAX_ARTICLE_CHARS:
        raise SourceError(
            source,
            f"{length:,} characters of text, more than the {MAX_ARTICLE_CHARS:,} of the longest article "
            "briefgen reads (a whole site or a data dump?)",
        )
    return article
