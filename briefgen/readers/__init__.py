"""Readers: the text of one source file in, one cleaned :class:`~briefgen.model.Article` out.

One module per input form, all registered in :data:`READERS` by file suffix. Readers never
render and never touch the file system: the pipeline reads the bytes and decodes them.
"""

from __future__ import annotations

from collections.abc import Callable

from briefgen.errors import SourceError
from briefgen.model import Article
from briefgen.readers import html, markdown, txt

Reader = Callable[[str, str], Article]

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


def read_article(text: str, source: str, suffix: str) -> Article:
    """The article in ``text``; a :class:`SourceError` for an unknown form or no article text."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise SourceError(source, f"unsupported file type {suffix or '(none)'!r}; briefgen reads {known}")
    article = reader(text, source)
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
