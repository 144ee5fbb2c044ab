"""Saved HTML pages: the article body and its metadata, with navigation and widgets left out."""

from __future__ import annotations

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


def _paragraphs(container: Node) -> list[str]:
    paragraphs: list[str] = []
    for node in container.css(_BLOCKS):
        if node.css_first("p, li, blockquote") is not None and node.tag != "p":
            continue  # a wrapper: its own paragraphs are visited separately
        text = clean_paragraph(node.text(deep=True, separator=" "))
        if text and not is_junk(text) and (not paragraphs or paragraphs[-1] != text):
            paragraphs.append(text)
    if not paragraphs:
        paragraphs = paragraphs_from_text(container.text(deep=True, separator="\n"))
    return paragraphs


def read(text: str, source: str) -> Article:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

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
