"""The Markdown writer: a brief for chat tools and further conversion (CommonMark, pandoc's dialect).

Both languages are written one after the other, whatever ``--layout`` says: the whole brief in
Indonesian with its colophon after a thematic break, then the whole brief in English. Interleaving
the languages block by block reads badly as plain text, and Markdown has no columns; each half
reads on its own when it is forwarded or pasted. The organisation and classification come once, on top.

Text from sources is escaped (:func:`escape`) so that no character of an article becomes markup:
every ASCII punctuation mark CommonMark or pandoc would read (``*``, ``_``, ``[``, ``<``, ``&``,
``|``, ``~``, ``^``, ``$``, ``@`` …) gets a backslash, as does anything that would start a block at
the beginning of a line (``#``, ``-``, ``1.``, ``>`` …). Sources' web addresses are autolinks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.model import (
    Bilingual,
    Brief,
    Lang,
    Paragraph,
    QuoteBlock,
    RenderOptions,
    SourceItem,
    StepItem,
    Subheading,
    Template,
)
from briefgen.writers import Written
from briefgen.writers.common import (
    COLOPHON,
    DATE_LABEL,
    DEFAULT_LABELS,
    NUMBER_LABEL,
    SEPARATOR,
    STEP_HEADERS,
    Shown,
    attribution,
    body_text,
    document_number,
    english_summary,
    is_web_link,
    langs_of,
    organisation,
    prepared_text,
    running_texts,
    sections_of,
    shown,
    step_cells,
    step_reference,
    xml_safe,
)
from briefgen.writers.walk import walk

# Inline markup of CommonMark and of pandoc's extensions (strikeout ~~, superscript ^, subscript ~,
# TeX math $, citations @, pipe tables |, raw HTML and entities < &, bracketed spans and links).
INLINE = re.compile(r"([\\`*_\[\]<>&|~^$@{}])")
# What starts a block at the beginning of a line: ATX headings, list markers, block quotes,
# setext underlines, pandoc definition lists (:) and title blocks (%), ordered list numbers.
LINE_START = re.compile(r"^(\s*)([#+\-=:%>]|\d+(?=[.)]))")
BREAK = "* * *"


def escape(text: str) -> str:
    """Source text as Markdown that shows exactly that text: one line, no markup."""
    flat = " ".join(xml_safe(text).split())  # a paragraph is one line: a newline could start a block
    flat = INLINE.sub(r"\\\1", flat)
    match = LINE_START.match(flat)
    if match:
        marker = match.group(2)
        if marker.isdigit():  # "2026." would be an ordered list item: escape the full stop after it
            end = match.end()
            flat = f"{flat[:end]}\\{flat[end:]}"
        else:
            flat = f"{flat[: match.start(2)]}\\{flat[match.start(2) :]}"
    return flat


class MarkdownWriter:
    """The state of one Markdown document being written."""

    def __init__(self, brief: Brief, template: Template, langs: tuple[Lang, ...]) -> None:
        self.brief = brief
        self.template = template
        self.langs = langs

    def text(self, value: Shown, *, quoted: bool = False) -> str:
        """Shown text as Markdown: a pending marker in italics, machine English marked [MT]."""
        if value.pending:
            return f"*{escape(value.text)}*"
        body = escape(f"“{value.text}”" if quoted else value.text)
        return body + (" \\[MT\\]" if value.origin == "machine" else "")

    def of(self, value: Bilingual, lang: Lang, *, quoted: bool = False) -> str:
        return self.text(shown(value, lang, self.template), quoted=quoted)

    # ----------------------------------------------------------------- blocks (walk.BlockVisitor)

    def unknown(self, texts: list[Bilingual], lang: Lang) -> str:
        """A block type this writer does not know shows its texts."""
        return "\n\n".join(self.of(text, lang) for text in texts)

    def paragraph(self, block: Paragraph, lang: Lang, number: int) -> str:
        # A passage with no English yet is left out: the section's notice counts it.
        value = body_text(block.text, lang, self.template)
        if not value.text:
            return ""
        text = self.text(value)
        return f"*{text}*" if block.style == "note" else text

    def subheading(self, block: Subheading, lang: Lang, number: int) -> str:
        return f"### {self.of(block.text, lang)}"

    def quote(self, block: QuoteBlock, lang: Lang, number: int) -> str:
        # A quote with no English yet keeps its attribution (speaker and role in English).
        value = body_text(block.text, lang, self.template)
        who = f"> {escape(attribution(block, lang, self.template))}"
        if not value.text:
            return who if attribution(block, lang, self.template) else ""
        text = self.text(value, quoted=block.direct)
        if block.direct:
            text = f"*{text}*"
        return f"> {text}\n>\n{who}"

    def step(self, block: StepItem, lang: Lang, number: int) -> str:
        action, actor, due = step_cells(block, lang, self.template)
        _, actor_label, due_label, source_label = STEP_HEADERS[lang]
        detail = f"**{actor_label}:** {escape(actor)}"
        if block.due is not None:
            due_text = shown(block.due, lang, self.template)
            detail += f" · **{due_label}:** {self.text(Shown(due, due_text.pending, due_text.origin))}"
        if reference := step_reference(block, lang):
            detail += f" · **{source_label}:** {escape(reference)}"
        lead = f"{number}. "
        if not action.text:  # wording awaiting translation, its kind unknown: who and when only
            return f"{lead}{detail}"
        return f"{lead}{self.text(action)}\n\n{' ' * len(lead)}{detail}"

    def source(self, block: SourceItem, lang: Lang, number: int) -> str:
        parts = [block.outlet, block.title]
        if block.date is not None:
            parts.append(shown(block.date, lang, self.template).text)
        location = xml_safe(block.location or "")
        # An autolink shows the address as it is (escapes do not work inside one): no <, > or space in it.
        where = f"<{location}>" if is_web_link(location) and not re.search(r"[<>\s]", location) else ""
        pieces = [escape(p) for p in parts if p] + ([where or escape(location)] if location else [])
        return f"{number}. {' — '.join(pieces)}"

    # ----------------------------------------------------------------- the document

    def document(self) -> str:
        parts = self.head()
        for lang in self.langs:  # each language ends with its colophon after a thematic break
            parts += self.body(lang)
        return "\n\n".join(parts) + "\n"

    def head(self) -> list[str]:
        """The organisation and address, the classification and running header: once, on top."""
        t = self.template
        out: list[str] = []
        names = list(dict.fromkeys(n for n in (organisation(t, lang)[0] for lang in self.langs) if n))
        if names:
            line = f"**{escape(SEPARATOR.join(names))}**"
            if t.address.strip():
                line += f"\\\n{escape(t.address.strip())}"
            out.append(line)
        classification, header, _ = running_texts(t)
        running = " · ".join(p for p in (classification, header) if p)
        if running:
            out.append(f"*{escape(running)}*")
        return out

    def body(self, lang: Lang) -> list[str]:
        """The brief in one language: its title and facts, the sections, the colophon."""
        t = self.template
        brief = self.brief
        out = [f"# {self.of(brief.title, lang)}"]
        number = document_number(t, brief.prepared_on)
        if t.title_block == "letterhead" and number:
            out.append(f"{NUMBER_LABEL.get(lang)}: {escape(number)}")
        facts: list[tuple[Bilingual, str]] = []
        prepared = self.text(prepared_text(brief, lang, t))
        if t.title_block == "letterhead":
            facts.append((DATE_LABEL, prepared))
        if brief.period is not None:
            facts.append(
                (brief.labels.get("period") or DEFAULT_LABELS["period"], self.of(brief.period, lang))
            )
        if t.title_block != "letterhead":
            facts.append((brief.labels.get("prepared") or DEFAULT_LABELS["prepared"], prepared))
        facts.append((brief.labels.get("sources") or DEFAULT_LABELS["sources"], str(brief.source_count)))
        out.append("\n".join(f"- **{self.of(label, lang)}:** {value}" for label, value in facts))
        for walked in walk(self, sections_of(brief, t), lang):
            out.append(f"## {self.of(walked.section.heading, lang)}")
            out += [rendered for rendered in walked.blocks if rendered]
            if walked.notice:
                out.append(self.text(Shown(walked.notice, pending=True)))
        out += self.colophon((lang,))
        return out

    def colophon(self, langs: Sequence[Lang]) -> list[str]:
        lines = [
            f"{escape(COLOPHON[lang])} {self.text(prepared_text(self.brief, lang, self.template))}"
            for lang in langs
        ]
        for lang in langs:
            english = english_summary(self.brief.english, lang)
            if english:
                lines.append(escape(english))
        _, _, footer = running_texts(self.template)
        if footer:
            lines.append(escape(footer))
        return [BREAK, "\\\n".join(f"*{line}*" if not line.startswith("*") else line for line in lines)]


def write_markdown(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as UTF-8 Markdown; identical input gives identical bytes."""
    return Written(MarkdownWriter(brief, template, langs_of(options)).document().encode("utf-8"), [])
