"""Saved HTML pages: the article body and its metadata, with navigation and widgets left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.errors import SourceError
from briefgen.model import Article
from briefgen.readers.clean import clean_paragraph, is_junk, paragraphs_from_text
from briefgen.readers.meta import parse_date, text_value

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser
    from selectolax.lexbor import LexborNode as Node

# Page furniture that is never article text.
_FURNITURE = (
    "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, "
    "figure, figcaption, picture, video, audio, select, [hidden], [aria-hidden=true]"
)
# Widgets recognised by their class or id, such as share bars and "related" boxes.
_WIDGET_WORDS = (
    "share",
    "related",
    "comment",
    "advert",
    "iklan",
    "breadcrumb",
    "baca-juga",
    "social",
    "newsletter",
)
_BODY = ("[itemprop=articleBody]", "article", "main", "[role=main]", "body")
_BLOCKS = "p, li, blockquote, h2, h3, h4"

MAX_DEPTH = 1_000
"""Elements nested deeper than this make a page refused unparsed: real pages nest a few dozen
levels, and the HTML parser's time grows with the square of the depth (200,000 levels: minutes)."""
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
# Elements that never hold others, and those whose end tag may be left out (a new one closes the
# last): neither makes a page deeper.
_FLAT = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source")
    + ("track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead")
    + ("tbody", "tfoot", "colgroup", "caption", "rt", "rp")
)


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep the page's elements nest, counted from its tags in one pass (no parse, no
    recursion); counting stops once past ``limit``. Comments and unknown markup are ignored."""
    depth = deepest = 0
    start = 0
    while True:
        comment = text.find("<!--", start)
        end = len(text) if comment < 0 else comment
        for match in _TAG.finditer(text, start, end):
            if match[3] or match[2].lower() in _FLAT:
                continue
            if match[1]:
                depth = max(0, depth - 1)
            else:
                depth += 1
                if depth > deepest:
                    deepest = depth
                    if deepest > limit:
                        return deepest
        if comment < 0:
            return deepest
        close = text.find("-->", comment + 4)
        if close < 0:
            return deepest
        start = close + 3


def _meta(tree: HTMLParser, *selectors: str) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is None:
            continue
        value = (
            node.attributes.get("content") or node.attributes.get("datetime") or node.attributes.get("href")
        )
        if value is None and node.tag not in ("meta", "link"):
            value = node.text(deep=True)
        text = text_value(value)
        if text:
            return text
    return None


def _is_widget(node: Node) -> bool:
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
    return any(word in names for word in _WIDGET_WORDS)


def _wraps_blocks(node: Node) -> bool:
    """Whether a list item or quotation holds paragraphs of its own. Lexbor's ``css_first``
    matches the node itself, so the test looks at the node's children (and their subtrees)."""
    return any(child.css_first("p, li, blockquote") is not None for child in node.iter(include_text=False))


def _paragraphs(container: Node) -> list[str]:
    paragraphs: list[str] = []
    for br in container.css("br"):
        br.insert_before(" ")  # a line break separates words; inline tags do not ("<b>warga</b>.")
    for node in container.css(_BLOCKS):
        if node.tag != "p" and _wraps_blocks(node):
            continue  # a wrapper: its own paragraphs are visited separately
        text = clean_paragraph(node.text(deep=True, separator=""))
        if text and not is_junk(text) and (not paragraphs or paragraphs[-1] != text):
            paragraphs.append(text)
    if not paragraphs:
        paragraphs = paragraphs_from_text(container.text(deep=True, separator="\n"))
    return paragraphs


def read(text: str, source: str) -> Article:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    if nesting_depth(text) > MAX_DEPTH:
        raise SourceError(
            source,
            f"the page nests its elements more than {MAX_DEPTH:,} levels deep (a broken or generated page)",
        )
    tree = HTMLParser(text)
    title = _meta(tree, "article h1", "h1", "meta[property='og:title']", "title")
    published_text = _meta(
        tree,
        "meta[property='article:published_time']",
        "meta[itemprop=datePublished]",
        "meta[name=pubdate]",
        "meta[name=date]",
        "time[datetime]",
    )
    try:
        published = parse_date(published_text, source, "published date")
    except SourceError:
        published = None  # page metadata is often free text; the dateline and the body still count
    outlet = _meta(
        tree, "meta[property='og:site_name']", "meta[name=publisher]", "meta[name=application-name]"
    )
    url = _meta(tree, "link[rel=canonical]", "meta[property='og:url']")
    tags = [
        t.lower()
        for t in (text_value(n.attributes.get("content")) for n in tree.css("meta[property='article:tag']"))
        if t
    ]

    for node in tree.css(_FURNITURE):
        node.decompose()
    for node in tree.css("[class], [id]"):
        if node.tag not in ("html", "body", "article", "main") and _is_widget(node):
            node.decompose()
    container = next((node for node in (tree.css_first(s) for s in _BODY) if node is not None), None)
    paragraphs = _paragraphs(container) if container is not None else []
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return Article(
        source=source,
        title=title,
        paragraphs=paragraphs,
        format="html",
        outlet=outlet,
        url=url,
        published=published,
        tags=list(dict.fromkeys(tags)),
    )
