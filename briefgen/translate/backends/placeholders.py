"""Glossary terms and names kept out of the machine translator's hands: each is replaced by a
placeholder before a segment goes to a service and put back, in its official English, after.

Two shapes of placeholder: numbered tokens (``XGLS1X``), which engines copy as unknown words, and
XML elements (``<x>1</x>``) for services that leave marked-up text alone (DeepL with
``tag_handling=xml`` and ``ignore_tags=x``, Google with ``format=html``). Engines promise nothing
about either, so an answer is checked: every placeholder exactly once, exactly as sent, no trace of
one left after restoring. An answer that lost, doubled, moved into another shape (a case or
spacing change) or translated a placeholder is refused, and that segment stays pending: the
glossary's English is right or absent, never garbled.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

_SENTENCE_START = re.compile(r"(?:^|[.!?])[\s\"'“‘(«]*$")


def _key(term: str) -> str:
    return " ".join(term.lower().split())


class Terms:
    """Glossary pairs (and names, paired with themselves), found case-insensitively on word
    boundaries, the longest term first."""

    def __init__(self, glossary: Sequence[tuple[str, str]]) -> None:
        self.english: dict[str, str] = {}
        self.source: dict[str, str] = {}
        for source, english in glossary:
            key = _key(source)
            if key and english.strip() and key not in self.english:
                self.english[key] = " ".join(english.split())
                self.source[key] = " ".join(source.split())
        self.regex: re.Pattern[str] | None = None
        if self.english:
            keys = sorted(self.english, key=len, reverse=True)
            pattern = "|".join(r"\s+".join(re.escape(word) for word in key.split()) for key in keys)
            self.regex = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)

    def __bool__(self) -> bool:
        return self.regex is not None

    def find(self, texts: Sequence[str]) -> list[tuple[str, str]]:
        """The pairs occurring in ``texts``, in order of first appearance."""
        if self.regex is None:
            return []
        seen: dict[str, None] = {}
        for text in texts:
            for match in self.regex.finditer(text):
                seen.setdefault(_key(match.group()), None)
        return [(self.source[key], self.english[key]) for key in seen]


@dataclass(frozen=True)
class Protected:
    """A segment as sent (``text``) and the English of its placeholders, placeholder n being
    ``english[n - 1]``; no placeholders: ``english`` is empty and ``text`` is the segment."""

    text: str
    english: tuple[str, ...] = ()
    guarded: bool = True  # False: the segment held something like a placeholder, sent unprotected


@dataclass(frozen=True)
class Placeholders:
    """One shape of placeholder: ``token`` with ``{}`` for the number, the pattern that finds it
    in an answer, the trace of any mangled form of it, and whether the text around it is markup
    (``markup``: escaped before sending, unescaped after)."""

    token: str
    found: re.Pattern[str]
    trace: re.Pattern[str]
    markup: bool = False

    def protect(self, text: str, terms: Terms) -> Protected:
        """``text`` with every term replaced by a numbered placeholder. Text that already holds
        something like a placeholder is sent as it is (unprotected), so that a placeholder found
        after translation is always one of ours."""
        sent = html.escape(text, quote=False) if self.markup else text
        if self.trace.search(text):
            return Protected(sent, guarded=False)
        if terms.regex is None:
            return Protected(sent)
        english: list[str] = []

        def placeholder(match: re.Match[str]) -> str:
            english.append(terms.english[_key(match.group())])
            return self.token.format(len(english))

        if self.markup:  # find the terms in the plain text, escape the pieces between them
            pieces, last = [], 0
            for match in terms.regex.finditer(text):
                pieces += [html.escape(text[last : match.start()], quote=False), placeholder(match)]
                last = match.end()
            pieces.append(html.escape(text[last:], quote=False))
            return Protected("".join(pieces), tuple(english))
        return Protected(terms.regex.sub(placeholder, text), tuple(english))

    def restore(self, translated: str, sent: Protected) -> str | None:
        """The answer with the official English in place of the placeholders; None (refused) when
        any placeholder was lost, doubled, altered or left a trace."""
        if not sent.guarded:
            return html.unescape(translated) if self.markup else translated
        numbers = sorted(int(n) for n in self.found.findall(translated))
        if numbers != list(range(1, len(sent.english) + 1)):
            return None
        pieces, last = [], 0
        for match in self.found.finditer(translated):
            before = translated[last : match.start()]
            pieces.append(html.unescape(before) if self.markup else before)
            term = sent.english[int(match.group(1)) - 1]
            if _SENTENCE_START.search("".join(pieces)):
                term = term[:1].upper() + term[1:]
            pieces.append(term)
            last = match.end()
        rest = translated[last:]
        pieces.append(html.unescape(rest) if self.markup else rest)
        outside = self.found.sub("", translated)
        if self.trace.search(outside):
            return None  # a mangled copy of a placeholder besides the good ones
        restored = "".join(pieces)
        if self.markup and re.search(r"<[A-Za-z/!?]", outside):
            return None  # markup the service added (or a placeholder in another shape)
        return restored


TOKENS = Placeholders("XGLS{}X", re.compile(r"XGLS(\d+)X"), re.compile(r"xgls", re.IGNORECASE))
"""Numbered tokens, for services that take plain text (LibreTranslate, Google with format=text)."""

XML_TAGS = Placeholders(
    "<x>{}</x>",
    re.compile(r"<x>(\d+)</x>"),
    re.compile(r"<\s*/?\s*x\b|&lt;\s*/?\s*x\b", re.IGNORECASE),
    markup=True,
)
"""``<x>1</x>``: DeepL with ``tag_handling=xml`` and ``ignore_tags=x`` leaves the element untouched."""

HTML_SPANS = Placeholders(
    '<span translate="no">{}</span>',
    re.compile(r'<span translate="no">(\d+)</span>'),
    re.compile(r"<\s*/?\s*span\b|translate\s*=|&lt;\s*/?\s*span\b", re.IGNORECASE),
    markup=True,
)
"""Google's ``format=html`` does not translate an element marked ``translate="no"``."""
