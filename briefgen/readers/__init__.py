"""Readers: the text of one source file in, one cleaned :class:`~briefgen.model.Article` out.

One module per input form, all registered in :data:`READERS` by file suffix. Readers never
render and never touch the file system: the pipeline reads the bytes and decodes them. PDF and
Word files are not text: their readers, in :data:`BINARY_READERS`, take the bytes themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from briefgen.errors import SourceError
from briefgen.model import Article

Reader = Callable[[str, str], Article]
BinaryReader = Callable[[bytes, str], Article]

MAX_ARTICLE_CHARS = 100_000
"""About 15,000 words, several times a long feature; much more would take minutes to write."""


def _lazy(module: str) -> Reader:
    """The ``read`` of ``briefgen.readers.<module>``, imported on the first article it reads, so
    that finding the sources (which needs only the suffixes) loads no reader."""

    def read(content: str, source: str) -> Article:
        reader: Reader = import_module(f"briefgen.readers.{module}").read
        return reader(content, source)

    read.__qualname__ = read.__name__ = f"{module}.read"
    return read


def _lazy_binary(module: str) -> BinaryReader:
    """As :func:`_lazy`, for a reader of bytes."""

    def read(content: bytes, source: str) -> Article:
        reader: BinaryReader = import_module(f"briefgen.readers.{module}").read
        return reader(content, source)

    read.__qualname__ = read.__name__ = f"{module}.read"
    return read


READERS: dict[str, Reader] = {
    ".txt": _lazy("txt"),
    ".text": _lazy("txt"),
    ".md": _lazy("markdown"),
    ".markdown": _lazy("markdown"),
    ".html": _lazy("html"),
    ".htm": _lazy("html"),
}
BINARY_READERS: dict[str, BinaryReader] = {
    ".pdf": _lazy_binary("pdf"),
    ".docx": _lazy_binary("docx"),
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
