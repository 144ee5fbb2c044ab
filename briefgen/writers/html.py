"""The HTML writer: a brief as one self-contained page for mail clients and browsers.

Everything is in the one file: the CSS inline in ``<style>`` (made from the stylesheet of
:mod:`briefgen.writers.style`, so headings, sizes and colours match the DOCX and PDF), the
template's logo as a ``data:`` URI, no script and no remote resource; the only links are the
sources' own web addresses. Side by side, each block is a row of two columns (``lang="id"`` and
``lang="en"``) that sit next to each other on a wide screen and stack on a phone: the columns are
flex items that wrap below a minimum width, and a mail client that ignores flexbox (Outlook)
simply stacks them. No tables are used for layout. All text from sources goes through
:func:`html.escape`.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Sequence

from briefgen.model import (
    Bilingual,
    Brief,
    Lang,
    Layout,
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
    BOTH,
    COLOPHON,
    DATE_LABEL,
    DEFAULT_LABELS,
    LANGUAGE_NAME,
    NUMBER_LABEL,
    SEPARATOR,
    STEP_HEADERS,
    Shown,
    attribution,
    body_text,
    document_number,
    english_summary,
    is_web_link,
    organisation,
    pending_notice,
    prepared_bilingual,
    prepared_text,
    running_texts,
    sections_of,
    shown,
    step_cells,
    step_reference,
    xml_safe,
)
from briefgen.writers.style import COLOPHON_RULE, SHEET, TITLE_RULE, Style
from briefgen.writers.walk import numbered, visit, walk

PT_PER_MM = 72 / 25.4
SCREEN_BODY_PX = 16
"""The body text size on screen; the stylesheet's sizes are multiples of it (its body size = 1em)."""
COLUMN_MIN_EM = 20
"""Below two columns this wide the languages stack (a phone held upright)."""

# Stylesheet entry → CSS selector. Only styles the page uses; the rest are print-only.
SELECTORS: dict[str, str] = {
    "body": "p",
    "title": "h1",
    "subtitle": ".subtitle",
    "h1": "h2",
    "h2": "h3",
    "quote": ".quote",
    "reported": ".reported",
    "attribution": ".attribution",
    "lead": ".lead",
    "note": ".note",
    "meta": ".meta",
    "organisation": ".organisation",
    "kop_name": ".kop-name",
    "kop_address": ".kop-address",
    "number": ".number",
    "language": ".language",
    "item": ".item",
    "source": ".source",
    "detail": ".detail",
    "colophon": ".colophon",
    "header": ".running",
}


def esc(text: str) -> str:
    """Text made safe for an HTML element or a quoted attribute (and without XML-illegal characters)."""
    return html.escape(xml_safe(text), quote=True)


def css_rule(selector: str, style: Style, template: Template) -> str:
    """One stylesheet entry as a CSS rule; sizes and spaces in em of the body text."""
    base = template.base_size_pt
    colours = {
        "heading": template.color_heading,
        "accent": template.color_accent,
        "muted": template.color_muted,
        "white": "FFFFFF",
    }
    props: list[str] = []
    size = style.size_pt(base) / base
    if selector != "p":
        props.append(f"font-size:{size:.3g}em")
    if style.bold is not None:
        props.append(f"font-weight:{'bold' if style.bold else 'normal'}")
    if style.italic is not None:
        props.append(f"font-style:{'italic' if style.italic else 'normal'}")
    if style.caps:
        props.append("text-transform:uppercase;letter-spacing:0.03em")
    if style.colour is not None:
        props.append(f"color:#{colours[style.colour]}")
    # The stylesheet's spaces are multiples of the body size; in em of this element's own size.
    before = style.before if style.before is not None else 0.0
    after = style.after if style.after is not None else SHEET["body"].after or 0.0
    props.append(f"margin:{before / size:.3g}em 0 {after / size:.3g}em 0")
    props.append(f"line-height:{style.leading:.3g}")
    if style.align == "centre":
        props.append("text-align:center")
    elif style.align == "right":
        props.append("text-align:right")
    rule = style.rule
    if rule is not None:
        props.append(f"border-{rule.side}:{rule.width_pt:.3g}pt solid #{colours[rule.colour]}")
        props.append(f"padding-{rule.side}:{rule.gap_pt:.3g}pt")
    if style.indent_mm:
        props.append(f"margin-left:{style.indent_mm * PT_PER_MM:.3g}pt")
    if style.hanging and style.indent_mm:
        props.append(f"text-indent:-{style.indent_mm * PT_PER_MM:.3g}pt")
    return f"{selector}{{{';'.join(props)}}}"


def font_stack(template: Template) -> str:
    """The template's Word font first (when it is a plain family name), then common fallbacks."""
    family = template.docx_font if re.fullmatch(r"[A-Za-z0-9 \-]+", template.docx_font) else ""
    first = f'"{family}",' if family else ""
    return f'{first}"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Nanum Gothic",sans-serif'


def stylesheet(template: Template) -> str:
    """The page's CSS: the stylesheet's entries, the two-column rows and the phone layout."""
    t = template
    rules = [
        f"body{{margin:0;background:#f4f4f4;color:#222;font-family:{font_stack(t)};"
        f"font-size:{SCREEN_BODY_PX}px;line-height:{SHEET['body'].leading:.3g}}}",
        ".brief{max-width:68em;margin:0 auto;padding:1.5em 2em 2em;background:#fff}",
        *(css_rule(selector, SHEET[key], t) for key, selector in SELECTORS.items()),
        f"a{{color:#{t.color_accent};word-break:break-all}}",
        f".head{{border-bottom:{TITLE_RULE.width_pt:.3g}pt solid #{t.color_accent};"
        f"padding-bottom:{TITLE_RULE.gap_pt:.3g}pt;margin-bottom:1.2em}}",
        f".kop{{text-align:center;border-bottom:3pt double #{t.color_heading};"
        "padding-bottom:0.6em;margin-bottom:1.2em}",
        ".logo{display:block;margin:0 0 0.6em 0}.kop .logo{margin:0 auto 0.6em auto}",
        ".meta b{font-weight:bold}",
        # The title, the English title and the number are one block, spaced below as a whole.
        f".titles{{margin-bottom:{SHEET['title'].after or 0:.3g}em}}.titles h1,.titles p{{margin-bottom:0}}",
        f".running{{margin:0 0 1em 0;letter-spacing:0.05em;color:#{t.color_muted}}}",
        ".row{display:flex;flex-wrap:wrap;gap:0 2em}",
        f".col{{flex:1 1 {COLUMN_MIN_EM}em;min-width:0}}",
        ".labels .language{margin-top:0}.part+.part{margin-top:3em}",
        f".pending{{font-style:italic;color:#{t.color_muted}}}",
        f".mt{{font-size:0.8em;color:#{t.color_muted}}}",
        f".foot{{border-top:{COLOPHON_RULE.width_pt:.3g}pt solid #{t.color_muted};"
        f"padding-top:{COLOPHON_RULE.gap_pt:.3g}pt;margin-top:2em}}",
        # On a phone the columns stack: each row becomes its Indonesian block with the English
        # under it, indented behind a light rule, and a dotted line parts one row from the next.
        f"@media (max-width:{2 * COLUMN_MIN_EM + 6}em){{.brief{{padding:1em}}.row{{display:block}}"
        f".row+.row{{border-top:1px dotted #{t.color_muted};padding-top:0.5em}}"
        ".row .col+.col{margin-left:0.6em;padding-left:0.6em;border-left:2px solid #ddd}"
        ".labels{display:none}}",
    ]
    return "\n".join(rules)


class HtmlWriter:
    """The state of one page being written: the brief, the template, the languages."""

    def __init__(self, brief: Brief, template: Template, langs: tuple[Lang, ...]) -> None:
        self.brief = brief
        self.template = template
        self.langs = langs

    # ----------------------------------------------------------------- text

    def text(self, value: Shown, *, quoted: bool = False) -> str:
        """Shown text as HTML: a pending marker greyed, machine English marked [MT]."""
        if value.pending:
            return f'<span class="pending">{esc(value.text)}</span>'
        body = esc(f"“{value.text}”" if quoted else value.text)
        return body + (' <span class="mt">[MT]</span>' if value.origin == "machine" else "")

    def of(self, value: Bilingual, lang: Lang, *, quoted: bool = False) -> str:
        return self.text(shown(value, lang, self.template), quoted=quoted)

    def both(self, value: Bilingual, langs: Sequence[Lang]) -> str:
        """``value`` in each of ``langs`` as spans with their ``lang``, joined by `` / ``."""
        shown_texts = [(lang, shown(value, lang, self.template)) for lang in langs]
        if (
            len(shown_texts) == 2
            and not shown_texts[1][1].pending
            and shown_texts[1][1].text == shown_texts[0][1].text
        ):
            shown_texts = shown_texts[:1]  # an identical English is not repeated
        spans = [f'<span lang="{lang}">{self.text(text)}</span>' for lang, text in shown_texts]
        return f'<span class="sep">{esc(SEPARATOR)}</span>'.join(spans)

    # ----------------------------------------------------------------- blocks (walk.BlockVisitor)

    def unknown(self, texts: list[Bilingual], lang: Lang) -> list[str]:
        """A block type this writer does not know shows its texts."""
        return [f"<p>{self.of(text, lang)}</p>" for text in texts]

    def paragraph(self, block: Paragraph, lang: Lang, number: int) -> list[str]:
        # A passage with no English yet is left out: the section's notice counts it.
        value = body_text(block.text, lang, self.template)
        if not value.text:
            return []
        css = f' class="{block.style}"' if block.style in ("lead", "note") else ""
        return [f"<p{css}>{self.text(value)}</p>"]

    def subheading(self, block: Subheading, lang: Lang, number: int) -> list[str]:
        return [f"<h3>{self.of(block.text, lang)}</h3>"]

    def quote(self, block: QuoteBlock, lang: Lang, number: int) -> list[str]:
        # A quote with no English yet keeps its attribution (speaker and role in English).
        kind = "quote" if block.direct else "reported"
        value = body_text(block.text, lang, self.template)
        who = attribution(block, lang, self.template)
        out = [f'<p class="{kind}">{self.text(value, quoted=block.direct)}</p>'] if value.text else []
        if who or not out:
            out.append(f'<p class="attribution">{esc(who)}</p>')
        return out

    def step(self, block: StepItem, lang: Lang, number: int) -> list[str]:
        action, actor, due = step_cells(block, lang, self.template)
        _, actor_label, due_label, source_label = STEP_HEADERS[lang]
        detail = f"<b>{esc(actor_label)}:</b> {esc(actor)}"
        if block.due is not None:
            due_text = shown(block.due, lang, self.template)
            detail += (
                f" · <b>{esc(due_label)}:</b> {self.text(Shown(due, due_text.pending, due_text.origin))}"
            )
        if reference := step_reference(block, lang):
            detail += f" · <b>{esc(source_label)}:</b> {esc(reference)}"
        if not action.text:  # wording awaiting translation, its kind unknown: who and when only
            return [f'<p class="item"><b>{number}.</b>&ensp;{detail}</p>']
        return [
            f'<p class="item"><b>{number}.</b>&ensp;{self.text(action)}</p>',
            f'<p class="detail">{detail}</p>',
        ]

    def source(self, block: SourceItem, lang: Lang, number: int) -> list[str]:
        parts = [block.outlet, block.title]
        if block.date is not None:
            parts.append(shown(block.date, lang, self.template).text)
        line = esc(" — ".join(p for p in parts if p))
        location = xml_safe(block.location or "")
        where = f'<a href="{esc(location)}">{esc(location)}</a>' if is_web_link(location) else esc(location)
        joined = " — ".join(part for part in (line, where) if part)
        return [f'<p class="source">{number}.&ensp;{joined}</p>']

    # ----------------------------------------------------------------- the page

    def page(self, layout: Layout) -> str:
        t = self.template
        first = self.langs[0]
        title = " / ".join(dict.fromkeys(shown(self.brief.title, lang, t).text for lang in self.langs))
        out = [
            "<!DOCTYPE html>",
            f'<html lang="{first}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="briefgen">',
            f"<title>{esc(title)}</title>",
            f"<style>\n{stylesheet(t)}\n</style>",
            "</head>",
            "<body>",
            '<div class="brief">',
            *self.head(),
        ]
        if len(self.langs) == 1:
            out += self.body(first)
            out += self.colophon(self.langs)
        elif layout == "sequential":
            for lang in self.langs:
                out.append(f'<div class="part" lang="{lang}">')
                out.append(f'<p class="language">{esc(LANGUAGE_NAME[lang])}</p>')
                out += self.body(lang)
                out += self.colophon((lang,))
                out.append("</div>")
        else:
            out += self.parallel_body()
            out += self.colophon(self.langs)
        out += ["</div>", "</body>", "</html>", ""]
        return "\n".join(out)

    def head(self) -> list[str]:
        """Running text, the organisation (or letterhead), the title in each language and the facts."""
        t = self.template
        brief = self.brief
        out: list[str] = []
        classification, header, _ = running_texts(t)
        running = " · ".join(p for p in (classification, header) if p)
        if running:
            out.append(f'<p class="running">{esc(running)}</p>')
        names = list(dict.fromkeys(n for n in (organisation(t, lang)[0] for lang in self.langs) if n))
        letterhead = t.title_block == "letterhead"
        if letterhead:
            out.append('<div class="kop">')
            out += self.logo()
            if names:
                out.append(f'<p class="kop-name">{esc(names[0].upper())}</p>')
                out += [f'<p class="kop-address">{esc(other)}</p>' for other in names[1:]]
            if t.address.strip():
                out.append(f'<p class="kop-address">{esc(t.address.strip())}</p>')
            out.append("</div>")
        else:
            out += self.logo()
            if names:
                out.append(f'<p class="organisation">{esc(SEPARATOR.join(names))}</p>')
        out.append('<div class="head">')
        out.append('<div class="titles">')
        centred = ' style="text-align:center"' if letterhead else ""
        first, *rest = self.langs
        out.append(f'<h1 lang="{first}"{centred}>{self.of(brief.title, first)}</h1>')
        for lang in rest:
            out.append(f'<p class="subtitle" lang="{lang}"{centred}>{self.of(brief.title, lang)}</p>')
        number = document_number(t, brief.prepared_on)
        if letterhead and number:
            out.append(f'<p class="number">{self.both(NUMBER_LABEL, self.langs)}: {esc(number)}</p>')
        out.append("</div>")
        rows: list[tuple[Bilingual, Bilingual]] = []
        prepared = prepared_bilingual(brief, t)
        labels = brief.labels
        if letterhead:
            rows.append((DATE_LABEL, prepared))
        if brief.period is not None:
            rows.append((labels.get("period") or DEFAULT_LABELS["period"], brief.period))
        if not letterhead:
            rows.append((labels.get("prepared") or DEFAULT_LABELS["prepared"], prepared))
        rows.append(
            (labels.get("sources") or DEFAULT_LABELS["sources"], Bilingual.same(str(brief.source_count)))
        )
        for label, value in rows:
            out.append(
                f'<p class="meta"><b>{self.both(label, self.langs)}:</b> {self.both(value, self.langs)}</p>'
            )
        out.append("</div>")
        return out

    def logo(self) -> list[str]:
        """The template's logo as a data: URI (PNG or JPEG, as the template loader checked)."""
        path = self.template.logo
        if not path:
            return []
        with open(path, "rb") as handle:  # a template asset, read as the PDF and DOCX writers read it
            data = handle.read()
        kind = "png" if data.startswith(b"\x89PNG") else "jpeg"
        height = self.template.logo_height_mm * PT_PER_MM
        alt = esc(organisation(self.template, self.langs[0])[0] or "logo")
        uri = f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"
        return [f'<img class="logo" src="{uri}" alt="{alt}" style="height:{height:.3g}pt;width:auto">']

    def body(self, lang: Lang) -> list[str]:
        """The sections in one language."""
        out: list[str] = []
        for walked in walk(self, sections_of(self.brief, self.template), lang):
            out.append(f"<h2>{self.of(walked.section.heading, lang)}</h2>")
            for rendered in walked.blocks:
                out += rendered
            if walked.notice:
                out.append(self.notice(walked.notice))
        return out

    def notice(self, text: str) -> str:
        """A section's one notice of missing English (see :func:`pending_notice`)."""
        return f'<p class="note">{self.text(Shown(text, pending=True))}</p>'

    def parallel_body(self) -> list[str]:
        """Indonesian left, English right: a row per block, headings across both columns."""
        out = ['<div class="row labels">']
        out += [
            f'<div class="col" lang="{lang}"><p class="language">{LANGUAGE_NAME[lang]}</p></div>'
            for lang in BOTH
        ]
        out.append("</div>")
        sections = sections_of(self.brief, self.template)
        for section in sections:
            out.append(f"<h2>{self.both(section.heading, BOTH)}</h2>")
            for block, number in numbered(section.blocks):
                if isinstance(block, Subheading):
                    out.append(f"<h3>{self.both(block.text, BOTH)}</h3>")
                    continue
                out.append('<div class="row">')
                for lang in BOTH:
                    cells = visit(self, block, lang, number)
                    out.append(f'<div class="col" lang="{lang}">{"".join(cells)}</div>')
                out.append("</div>")
            notice = pending_notice(section, "en", sections)
            if notice:
                out.append('<div class="row"><div class="col" lang="id"></div>')
                out.append(f'<div class="col" lang="en">{self.notice(notice)}</div></div>')
        return out

    def colophon(self, langs: Sequence[Lang]) -> list[str]:
        out = ['<div class="foot">']
        for lang in langs:
            prepared = self.text(prepared_text(self.brief, lang, self.template))
            out.append(f'<p class="colophon" lang="{lang}">{esc(COLOPHON[lang])} {prepared}</p>')
        for lang in langs:
            english = english_summary(self.brief.english, lang)
            if english:
                out.append(f'<p class="colophon" lang="{lang}">{esc(english)}</p>')
        _, _, footer = running_texts(self.template)
        if footer:
            out.append(f'<p class="colophon">{esc(footer)}</p>')
        out.append("</div>")
        return out


def write_html(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as one self-contained HTML page (UTF-8); identical input gives identical bytes."""
    from briefgen.writers.common import langs_of

    langs = langs_of(options)
    return Written(HtmlWriter(brief, template, langs).page(options.layout).encode("utf-8"), [])
