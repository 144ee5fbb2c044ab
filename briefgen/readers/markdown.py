"""Markdown with optional YAML front matter (title, date, url, outlet, tags)."""

from __future__ import annotations

import re

from briefgen.errors import SourceError
from briefgen.model import Article
from briefgen.readers.clean import clean_paragraph, is_hard_wrapped, is_junk, normalise, remove_spam_tokens
from briefgen.readers.meta import parse_date, tag_list, text_value

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Every pattern below runs in time linear in the line: a repeated part never spans the character
# that opens the next match (a bracket, a parenthesis, the emphasis mark itself), so a line of
# openers that never close ("*a *a *a …", "[a](" …, "![" …) costs one pass, not one per opener.
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
# Emphasis by `*` or `_` (one to three), its text free of that mark: nested emphasis such as
# `**tebal *miring* tebal**` comes off in two passes (see :func:`inline_text`).
_EMPHASIS = re.compile(r"(\*{1,3})(?=[^\s*])([^*]+?)(?<=[^\s*])\1|(_{1,3})(?=[^\s_])([^_]+?)(?<=[^\s_])\3")
_TICKS = re.compile(r"`+")
_SLOT = re.compile("\ue000(\\d+)\ue001")  # a code span set aside while the other markup goes
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE_MARK = re.compile(r"^\s*>\s?")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


_LOADER: type | None = None


def _loader() -> type:
    """yaml's SafeLoader without implicit timestamps and without anchors or aliases.

    Without timestamps, ``date: 2026-02-30`` arrives as text, so :func:`parse_date` can say it
    is not a real date instead of yaml failing with a ValueError. Anchors (``&a``) and aliases
    (``*a``) are refused as they are met: front matter has no use for them, and nine nested
    aliases make a billion-element list that anything walking it would take minutes over.
    """
    global _LOADER
    if _LOADER is None:
        import yaml

        def compose_node(
            loader: yaml.SafeLoader, parent: yaml.Node | None, index: object
        ) -> yaml.Node | None:
            event = loader.peek_event()  # type: ignore[no-untyped-call]
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                raise _AliasRefused(event.start_mark)
            return yaml.SafeLoader.compose_node(loader, parent, index)  # type: ignore[arg-type]

        timestamp = "tag:yaml.org,2002:timestamp"
        resolvers = {
            first: [(tag, regexp) for tag, regexp in entries if tag != timestamp]
            for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
        _LOADER = type(
            "FrontMatterLoader",
            (yaml.SafeLoader,),
            {"yaml_implicit_resolvers": resolvers, "compose_node": compose_node},
        )
    return _LOADER


class _AliasRefused(Exception):
    """A YAML anchor or alias in front matter, at ``mark``."""

    def __init__(self, mark: object) -> None:
        super().__init__()
        self.mark = mark


def split_front_matter(text: str, source: str) -> tuple[dict[str, object], str]:
    """The YAML front matter as a mapping, and the rest of the document."""
    import yaml

    match = _FRONT.match(text)
    if not match:
        if text.startswith("---\n"):
            raise SourceError(source, "front matter is not closed by a '---' line")
        return {}, text
    try:
        meta = yaml.load(match[1], Loader=_loader())  # a SafeLoader, without timestamps or aliases
    except _AliasRefused as exc:
        line = getattr(exc.mark, "line", None)
        where = f" (line {line + 2})" if isinstance(line, int) else ""
        raise SourceError(
            source,
            f"front matter uses a YAML anchor or alias (&name, *name){where}; briefgen does not read them",
        ) from None
    except RecursionError:
        raise SourceError(source, "front matter is nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceError(source, f"front matter is not valid YAML{where}: {problem}") from None
    except (ValueError, OverflowError) as exc:  # an explicit !!timestamp or !!float that cannot be
        raise SourceError(source, f"front matter holds a value that cannot be ({exc})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise SourceError(source, "front matter must be a mapping of keys such as title: and date:")
    return {str(k).lower(): v for k, v in meta.items()}, text[match.end() :]


def _code_spans(line: str) -> tuple[str, list[str]]:
    """``line`` with each code span (a backtick-quoted ``briefgen build``, or a double-backtick
    span holding a backtick) replaced by a numbered slot, and the spans' texts kept as written.

    As in CommonMark, a run of backticks closes at the next run of the same length, and one space
    inside each end is dropped; backticks that open no span stay as they are. Linear: each run
    of backticks is passed over once by the cursor of its own length.
    """
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(line)]
    by_length: dict[int, list[int]] = {}
    for n, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(n)
    cursor = {length: 0 for length in by_length}
    out: list[str] = []
    codes: list[str] = []
    done = 0  # where the text not yet copied to ``out`` starts
    n = 0
    while n < len(runs):
        start, end = runs[n]
        same = by_length[end - start]
        while cursor[end - start] < len(same) and same[cursor[end - start]] <= n:
            cursor[end - start] += 1
        if cursor[end - start] == len(same):  # no closing run of this length: literal backticks
            n += 1
            continue
        close = same[cursor[end - start]]
        code = line[end : runs[close][0]].replace("\n", " ")
        if len(code) >= 2 and code[0] == " " == code[-1] and code.strip():
            code = code[1:-1]
        out += [line[done:start], f"\ue000{len(codes)}\ue001"]
        codes.append(code)
        done = runs[close][1]
        n = close + 1
    out.append(line[done:])
    return "".join(out), codes


def inline_text(line: str) -> str:
    """Markdown inline markup reduced to its text; the text of code spans kept as written."""
    line, codes = _code_spans(line.replace("\ue000", "").replace("\ue001", ""))
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    for _ in range(2):
        line = _EMPHASIS.sub(lambda m: m[2] if m[2] is not None else m[4], line)
    line = _ESCAPE.sub(r"\1", line)
    return _SLOT.sub(lambda m: codes[int(m[1])], line) if codes else line


def _heading_text(text: str) -> str:
    """A heading's text without its closing hashes (``## Judul ##``), stripped in linear time."""
    return text.rstrip().rstrip("#").rstrip()


def _blocks(body: str) -> tuple[str | None, list[str]]:
    """The first level-1 heading and the paragraphs of a Markdown body."""
    heading: str | None = None
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    lines = remove_spam_tokens(normalise(body)).split("\n")
    # A scraped page saved as Markdown puts each paragraph on a line of its own with no blank
    # line between (headline, byline, caption, lead): those lines are paragraphs, not one block.
    wrapped = is_hard_wrapped(lines)
    for raw in lines:
        if _RULE.match(raw) or _LINK_DEF.match(raw):
            flush()
            continue
        match = _HEADING.match(raw)
        if match:
            flush()
            text = inline_text(_heading_text(match[2]))
            if len(match[1]) == 1 and heading is None and not blocks:
                heading = text
            elif text:
                blocks.append(text)  # a subheading stays as a short paragraph of its own
            continue
        if _LIST_ITEM.match(raw):
            flush()
            raw = _LIST_ITEM.sub("", raw)
        line = inline_text(_QUOTE_MARK.sub("", raw)).strip()
        if is_junk(line):
            flush()
            continue
        current.append(line)
        if not wrapped:
            flush()
    flush()
    return heading, blocks


def read(text: str, source: str) -> Article:
    meta, body = split_front_matter(normalise(text), source)
    heading, blocks = _blocks(body)
    paragraphs = [p for p in (clean_paragraph(b) for b in blocks) if p and not is_junk(p)]
    return Article(
        source=source,
        title=text_value(meta.get("title")) or heading,
        paragraphs=paragraphs,
        format="md",
        outlet=text_value(meta.get("outlet") or meta.get("source") or meta.get("publisher")),
        url=text_value(meta.get("url") or meta.get("link")),
        published=parse_date(meta.get("date", meta.get("published")), source, "date"),
        tags=tag_list(meta.get("tags")),
    )
