"""The layout of one brief as reportlab flowables: styles, the story, page decoration, metadata."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape

from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Lang,
    Layout,
    Paragraph,
    QuoteBlock,
    Section,
    SourceItem,
    StepItem,
    Subheading,
    Template,
)
from briefgen.writers.common import (
    BOTH,
    GUTTER_MM,
    LANG_TAG,
    LANGUAGE_NAME,
    SEPARATOR,
    STEP_HEADERS,
    Shown,
    attribution,
    attribution_both,
    bilingual_cell,
    body_text,
    both_dates,
    group_blocks,
    is_web_link,
    organisation,
    page_label,
    pending_notice,
    register_cells,
    sections_of,
    shown,
    source_line,
    step_cells,
    step_reference,
    untranslated,
    xml_safe,
)
from briefgen.writers.pdf import flowables, fonts, head, parts, tables
from briefgen.writers.pdf.flowables import MM, NO_PADDING, Cells, Flowable
from briefgen.writers.pdf.fonts import Fonts
from briefgen.writers.pdf.paras import Paragraphs
from briefgen.writers.style import (
    ROW_GAP,
    SHEET,
    STEPS_TABLE,
)

OUTLINE_LANGUAGE: dict[Lang, str] = {"id": "Bahasa Indonesia", "en": "English"}


def attr(text: str) -> str:
    """``text`` as the value of a double-quoted markup attribute."""
    return escape(xml_safe(text), {'"': "&quot;"})


class PdfWriter:
    """The layout of one brief: styles, the story of flowables, page decoration, metadata."""

    def __init__(
        self, brief: Brief, template: Template, langs: tuple[Lang, ...], layout: Layout, fonts: Fonts
    ) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.pagesizes import A4, letter

        self.brief = brief
        self.template = template
        self.langs = langs
        self.layout = layout
        self.fonts = fonts
        self.size = template.base_size_pt
        self.page_size: tuple[float, float] = letter if template.page_size == "Letter" else A4
        top, right, bottom, left = (m * MM for m in template.margins_mm)
        self.margins = (top, right, bottom, left)
        self.frame_width = self.page_size[0] - left - right
        self.frame_height = self.page_size[1] - top - bottom
        from reportlab.lib.colors import white

        self.heading_color = HexColor(f"#{template.color_heading}")
        self.accent_color = HexColor(f"#{template.color_accent}")
        self.muted_color = HexColor(f"#{template.color_muted}")
        self.rule_color = HexColor(f"#{STEPS_TABLE.inner_colour}")
        self.colours: dict[str, Any] = {
            "heading": self.heading_color,
            "accent": self.accent_color,
            "muted": self.muted_color,
            "white": white,
        }
        self.missing: set[str] = set()  # characters no font has (reported as a warning)
        self.covered = frozenset(map(chr, fonts.coverage))  # the characters the template's font has
        self.fallbacks: list[str] = []  # the fallback fonts loaded (and registered), in order
        self.styles = self._styles()
        self.paragraphs = Paragraphs(self.styles)

    # ----------------------------------------------------------------- build

    def build(self, total: int | None) -> tuple[bytes, int]:
        """One layout pass: the PDF bytes and the number of pages.

        With ``total`` None the page labels wait, as forms, for the number of pages at the end.
        """
        import io

        from reportlab.pdfgen.canvas import Canvas
        from reportlab.platypus import Frame, PageTemplate

        top, right, bottom, left = self.margins
        buffer = io.BytesIO()
        document = flowables.classes().document(
            buffer,
            pagesize=self.page_size,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=head.title_text(self),
            author=organisation(self.template, self.langs[0])[0] or "briefgen",
            subject=head.subject_text(self),
            keywords=", ".join(["briefgen", *(LANG_TAG[lang] for lang in self.langs)]),
            creator="briefgen",
            producer="briefgen (ReportLab)",
            lang=LANG_TAG[self.langs[0]],
            invariant=1,
            initialFontName=self.fonts.regular,
            initialFontSize=self.size,
            displayDocTitle=1,
        )
        frame = Frame(left, bottom, self.frame_width, self.frame_height, id="body", **NO_PADDING)
        width = self.page_size[0]

        pending: list[tuple[int, float, float]] = []  # (page, y, size) of labels drawn at the end

        def decorate(canv: Any, doc: Any) -> None:
            head.decorate(self, canv, doc.page, total, pending if total is None else None)

        document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        stamp = self.brief.prepared_on.strftime("D:%Y%m%d000000+00'00'")

        def canvasmaker(*args: Any, **kwargs: Any) -> Any:
            canv = Canvas(*args, **kwargs)
            canv.setDateFormatter(lambda *_: stamp)
            canv.showOutline()
            save = canv.save

            def save_with_page_labels() -> None:
                for page, y, size in pending:
                    label = SEPARATOR.join(page_label(lang, page, len(pending)) for lang in self.langs)
                    canv.beginForm(head.label_form(page))
                    head.draw_centred(
                        self, canv, label, self.fonts.regular, self.muted_color, size, width / 2, y
                    )
                    canv.endForm()
                save()

            canv.save = save_with_page_labels
            return canv

        from reportlab import rl_config

        # Streams compressed only, not also ASCII85-armoured: smaller files, and a quarter less
        # time spent saving a long brief. A binary PDF has been the norm since PDF 1.2.
        armour, rl_config.useA85 = rl_config.useA85, 0
        # The story is made section by section as the layout consumes it (see BriefDocument), so
        # the flowables of a thousand articles are never all alive at once.
        # A long story is made by a second process meanwhile (see .parts).
        story: list[Flowable] = []
        pieces = parts.Story(self)
        document.briefgen_more, document.briefgen_story = iter(pieces), story
        try:
            document.filterFlowables(story)
            document.build(story, canvasmaker=canvasmaker)
        finally:
            rl_config.useA85 = armour
            pieces.close()
        return buffer.getvalue(), int(document.page)

    # ----------------------------------------------------------------- characters and fonts

    def runs(self, text: str) -> list[tuple[str | None, str]]:
        """``text`` cut into runs: (None, …) for the template's font, (fallback font, …) for the rest."""
        fonts = self.fonts
        safe = xml_safe(text)
        # Nearly always the template's font has every character: one run, without the walk below.
        if self.covered.issuperset(safe) or all(ord(c) in fonts.coverage or c.isspace() for c in set(safe)):
            return [(None, safe)] if safe else []
        runs: list[tuple[str | None, str]] = []
        for char in safe:
            face: str | None = None
            code = ord(char)
            if code not in fonts.coverage and not char.isspace():
                face = self.fallback_for(char)
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs

    def fallback_for(self, char: str) -> str | None:
        """The first fallback font that has ``char``; None (and a warning) when none has it."""
        for path in self.fonts.fallbacks:
            found = self.note_fallback(path)
            if found is not None and ord(char) in found[1]:
                return found[0]
        self.missing.add(char)
        return None

    def note_fallback(self, path: str) -> tuple[str, frozenset[int]] | None:
        """The fallback font at ``path`` loaded and registered (see :func:`.fonts.fallback_font`)."""
        if path not in self.fallbacks:
            self.fallbacks.append(path)
        return fonts.fallback_font(path)

    def esc(self, text: str) -> str:
        """``text`` as literal paragraph markup: ``& < >`` escaped, other scripts in a fallback font."""
        parts = []
        for face, chunk in self.runs(text):
            if face is None:
                parts.append(escape(chunk))
            else:
                parts.append(f'<font face="{face}">{escape(chunk)}</font>')
        return "".join(parts)

    # ----------------------------------------------------------------- styles

    def _styles(self) -> dict[str, Any]:
        """The reportlab paragraph styles of :data:`~briefgen.writers.style.SHEET`."""
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        b = self.size
        body_spec = SHEET["body"]
        body = ParagraphStyle(
            "Body",
            fontName=self.fonts.regular,
            bulletFontName=self.fonts.regular,
            fontSize=body_spec.size_pt(b),
            leading=body_spec.size_pt(b) * body_spec.leading,
            spaceAfter=b * (body_spec.after or 0),
            alignment=TA_LEFT,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
        align = {None: TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}
        styles: dict[str, Any] = {"body": body}
        for key, spec in SHEET.items():
            if key == "body":
                continue
            size = spec.size_pt(b)
            values: dict[str, Any] = {
                "fontName": self.face(bold=bool(spec.bold), italic=bool(spec.italic)),
                "fontSize": size,
                "leading": size * spec.leading,
                "alignment": align[spec.align],
            }
            if spec.colour is not None:
                values["textColor"] = self.colours[spec.colour]
            if spec.before is not None:
                values["spaceBefore"] = b * spec.before
            if spec.after is not None:
                values["spaceAfter"] = b * spec.after
            if spec.indent_mm is not None:
                values["leftIndent"] = spec.indent_mm * MM
            if spec.hanging:
                values.update(bulletIndent=0, bulletFontSize=size)
            if spec.keep_with_next:
                values["keepWithNext"] = 1
            style = ParagraphStyle(key.title().replace("_", ""), parent=body, **values)
            if spec.rule is not None:
                rule = spec.rule
                style.briefgen_rule = (rule.side, self.colours[rule.colour], rule.width_pt, rule.gap_pt)
            styles[key] = style
        for key in ("title", "subtitle"):
            styles[f"{key}_centred"] = ParagraphStyle(
                f"{key}Centred", parent=styles[key], alignment=TA_CENTER
            )
        return styles

    def face(self, *, bold: bool = False, italic: bool = False) -> str:
        """The registered name of the template font's face."""
        if bold:
            return self.fonts.bold
        return self.fonts.italic if italic else self.fonts.regular

    # ----------------------------------------------------------------- markup

    def markup(self, text: Shown, *, quoted: bool = False) -> str:
        """Paragraph markup for text as :func:`shown` chose it; a pending marker in grey italics."""
        if text.pending:
            return f'<i><font color="#{self.template.color_muted}">{self.esc(text.text)}</font></i>'
        body = self.esc(f"“{text.text}”" if quoted else text.text)
        if text.origin == "machine":
            size = max(self.size - 2, 5)
            body += f' <font color="#{self.template.color_muted}" size="{size:g}">[MT]</font>'
        return body

    def separator(self) -> str:
        return f'<font color="#{self.template.color_muted}">{self.esc(SEPARATOR)}</font>'

    def both(self, text: Bilingual, langs: Sequence[Lang]) -> str:
        """``text`` in each of ``langs`` separated by `` / `` (an identical English is not repeated)."""
        return self.separator().join(self.markup(value) for value in self._distinct(text, langs))

    def plain(self, text: Bilingual, langs: Sequence[Lang]) -> str:
        """Like :meth:`both` without markup, for outline entries and metadata."""
        return SEPARATOR.join(value.text for value in self._distinct(text, langs))

    def _distinct(self, text: Bilingual, langs: Sequence[Lang]) -> list[Shown]:
        values = [shown(text, lang, self.template) for lang in langs]
        if len(values) == 2 and not values[1].pending and values[1].text == values[0].text:
            return values[:1]
        return values

    def para(self, markup: str, style: str, **kwargs: Any) -> Flowable:
        """A paragraph of ``markup`` in the style named ``style`` (see :class:`.paras.Paragraphs`)."""
        return self.paragraphs.make(markup, style, **kwargs)

    def text_width(self, text: str, *, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(text, self.fonts.bold if bold else self.fonts.regular, self.size))

    def heading(self, markup: str, title: str, style: str, level: int) -> Flowable:
        """A heading that keeps with the next flowable and appears in the PDF outline."""
        paragraph = self.para(markup, style)
        paragraph.briefgen_outline = (title, level)
        return paragraph

    # ----------------------------------------------------------------- the story

    def story(self) -> list[Flowable]:
        """Every flowable of the document, in order."""
        return [flowable for chunk in self.chunks() for flowable in chunk]

    def chunks(self) -> Iterator[list[Flowable]]:
        """The story in pieces, made one after another: the title block, then a section or an
        annexed article at a time."""
        from reportlab.platypus import PageBreak

        yield head.title_block(self)
        if len(self.langs) == 1:
            yield from self.body(self.langs[0], level=0, colophon=self.langs)
        elif self.layout == "sequential":
            for index, lang in enumerate(self.langs):
                label = self.heading(self.esc(LANGUAGE_NAME[lang]), OUTLINE_LANGUAGE[lang], "language", 0)
                yield [PageBreak(), label] if index else [label]
                yield from self.body(lang, level=1, colophon=(lang,))
        else:
            yield from self.parallel_body()

    def end_of_section(self, section: Section, story: list[Flowable], langs: Sequence[Lang]) -> None:
        """The colophon goes under the sources (or after the last section when there are none), kept
        with the last source so that no page holds only the colophon."""
        sections = sections_of(self.brief, self.template)
        has_sources = any(s.kind == "sources" for s in sections)
        if section.kind == "sources" or (not has_sources and section is sections[-1]):
            if langs[-1] == self.langs[-1]:  # signed once, after the last language
                story += head.signature(self)
            if story:
                story[-1].keepWithNext = 1
            story += head.colophon(self, langs)

    # ----------------------------------------------------------------- one language

    def body(self, lang: Lang, level: int, colophon: Sequence[Lang]) -> Iterator[list[Flowable]]:
        """The sections in one language: headings, paragraphs, quotes, a steps table, sources;
        a section at a time, and a long section (the annex) a subheading at a time."""
        t = self.template
        for section in sections_of(self.brief, t):
            story: list[Flowable] = []
            text = shown(section.heading, lang, t)
            story.append(
                self.heading(self.markup(text), text.text, "h2" if section.kind == "event" else "h1", level)
            )
            number = 0
            for group in group_blocks(section.blocks):
                first = group[0]
                if isinstance(first, StepItem):
                    story += self.steps_table([b for b in group if isinstance(b, StepItem)], (lang,))
                    continue
                for block in group:
                    if isinstance(block, Subheading):
                        sub = shown(block.text, lang, t)
                        story.append(self.heading(self.markup(sub), sub.text, "h2", level + 1))
                        yield story[:-1]  # the heading stays, for what the section's end does to it
                        story = story[-1:]
                        continue
                    if isinstance(block, SourceItem):
                        number += 1
                    story += self.block(block, lang, number)
            notice = pending_notice(section, lang, sections_of(self.brief, self.template))
            if notice:
                story.append(self.para(self.markup(Shown(self.esc(notice), pending=True)), "note"))
            self.end_of_section(section, story, colophon)
            yield story

    def steps_table(self, steps: list[StepItem], langs: Sequence[Lang]) -> list[Flowable]:
        """Next steps as a table: a repeated header row, one row per step, horizontal rules only.

        In both languages (the register of a parallel brief) once, full width: each header and
        cell in both languages, the English action under the Indonesian one when it exists."""
        t = self.template
        widths = [self.frame_width * share for share in STEPS_TABLE.shares]
        headers = [bilingual_cell([STEP_HEADERS[lang][n] for lang in langs]) for n in range(4)]
        header = [[self.para(self.esc(text), "cell_header")] for text in headers]
        rows: list[Cells] = []
        for step in steps:
            texts, actor, due = register_cells(step, langs, t)
            if (
                len(texts) == 2 and texts[1][1].pending
            ):  # the English kind and actor run on after the Indonesian
                joined = self.markup(texts[0][1]) + self.separator() + self.markup(texts[1][1])
                actions = [self.para(joined, "cell")]
            else:
                actions = [self.para(self.markup(text), "cell") for _, text in texts] or [
                    self.para("", "cell")
                ]
            due_pending = step.due is not None and all(shown(step.due, lang, t).pending for lang in langs)
            bare = len(langs) > 1
            reference = bilingual_cell([step_reference(step, lang, bare=bare) for lang in langs])
            rows.append(
                [
                    actions,
                    [self.para(self.esc(actor), "cell")],
                    [self.para(self.markup(Shown(due, due_pending)), "cell")],
                    # The key point and the source on lines of their own: a narrow column breaks no outlet.
                    [
                        self.para(
                            "<br/>".join(self.esc(p) for p in reference.split(" · "))
                            if reference != "—"
                            else "",
                            "cell",
                        )
                    ],
                ]
            )
        vertical, horizontal = (mm * MM for mm in STEPS_TABLE.padding_mm)
        padding = (vertical, horizontal, vertical, horizontal)
        made = tables.table(self, [header, *rows], widths, padding=padding, header=True)
        made[0].spaceBefore = self.size * 0.2
        made[-1].spaceAfter = self.size * 0.8
        return made

    def block(self, block: Block, lang: Lang, number: int) -> list[Flowable]:
        """One block in one language, as flowables for the page or for a table cell."""
        t = self.template
        if isinstance(block, Paragraph):
            return [self.para(self.markup(body_text(block.text, lang, t)), block.style)]
        if isinstance(block, Subheading):
            return [self.para(self.markup(shown(block.text, lang, t)), "h2")]
        if isinstance(block, QuoteBlock):
            said = body_text(block.text, lang, t)
            line = attribution(block, lang, t)
            flowables = []
            if said.text:
                text = self.para(
                    self.markup(said, quoted=block.direct), "quote" if block.direct else "reported"
                )
                text.keepWithNext = 1  # the attribution stays with the quotation
                flowables.append(text)
            if line or not flowables:
                flowables.append(self.para(self.esc(line), "attribution"))
            else:
                flowables[-1].keepWithNext = 1  # a speaker's block stays together
            return flowables
        if isinstance(block, StepItem):
            action, actor, due = step_cells(block, lang, t)
            _, actor_label, due_label, _ = STEP_HEADERS[lang]
            detail = f"<b>{self.esc(actor_label)}:</b> {self.esc(actor)}"
            if block.due is not None:
                due_text = shown(block.due, lang, t)
                detail += f" · <b>{self.esc(due_label)}:</b> "
                detail += self.markup(Shown(due, due_text.pending, due_text.origin))
            reference = step_reference(block, lang)
            if reference:
                detail += f" · {self.esc(reference)}"
            item = self.para(self.markup(action), "item", bulletText=f"{number}.")
            item.keepWithNext = 1
            return [item, self.para(detail, "detail")]
        return [self.para(self.source_markup(block, lang), "source", bulletText=f"{number}.")]

    def source_markup(self, item: SourceItem, lang: Lang) -> str:
        """The source line; a web address at its end becomes a link."""
        line = source_line(item, lang, self.template)
        location = xml_safe(item.location or "")
        if not (is_web_link(location) and line.endswith(location)):
            return self.esc(line)
        head = line[: len(line) - len(location)]
        color = self.template.color_accent
        return f'{self.esc(head)}<link href="{attr(location)}" color="#{color}">{self.esc(location)}</link>'

    # ----------------------------------------------------------------- both languages side by side

    def parallel_body(self) -> Iterator[list[Flowable]]:
        """Indonesian left, English right: borderless two-column tables, one row per block; a
        section at a time, and a long section (the annex) a subheading at a time."""
        labels = self.parallel_table(
            [[[self.para(self.esc(LANGUAGE_NAME[lang]), "language")] for lang in BOTH]]
        )
        for table in labels:
            table.keepWithNext = 1
        yield labels
        for section in sections_of(self.brief, self.template):
            story: list[Flowable] = []
            markup = self.both(section.heading, BOTH)
            story.append(
                self.heading(
                    markup, self.plain(section.heading, BOTH), "h2" if section.kind == "event" else "h1", 0
                )
            )
            if self.once_for_both(section, story):
                yield story
                continue
            rows: list[Cells] = []
            steps = sources = 0
            for block in section.blocks:
                if isinstance(block, Subheading):
                    story += self.parallel_table(rows)
                    rows = []
                    markup = self.both(block.text, BOTH)
                    story.append(self.heading(markup, self.plain(block.text, BOTH), "h2", 1))
                    yield story[:-1]  # the heading stays, for what the section's end does to it
                    story = story[-1:]
                    continue
                if isinstance(block, StepItem):
                    steps += 1
                elif isinstance(block, SourceItem):
                    sources += 1
                number = steps if isinstance(block, StepItem) else sources
                if untranslated(block, section):
                    story += self.parallel_table(rows)
                    rows = []
                    story += self.across(block)
                    continue
                rows.append([self.block(block, lang, number) for lang in BOTH])
            notice = pending_notice(section, "en", sections_of(self.brief, self.template))
            if notice:
                markup = self.markup(Shown(self.esc(notice), pending=True))
                rows.append([[self.para("", "note")], [self.para(markup, "note")]])
            story += self.parallel_table(rows)
            self.end_of_section(section, story, self.langs)
            yield story

    def across(self, block: Block) -> list[Flowable]:
        """A passage with no English yet across both columns (see :func:`untranslated`)."""
        t = self.template
        if isinstance(block, QuoteBlock):
            said = body_text(block.text, "id", t)
            style = "quote" if block.direct else "reported"
            text = self.para(self.markup(said, quoted=block.direct), style)
            text.keepWithNext = 1  # with its attribution, or with the speaker's next quote
            line = attribution_both(block, t)
            return [text, self.para(self.esc(line), "attribution")] if line else [text]
        return self.block(block, "id", 0)

    def once_for_both(self, section: Section, story: list[Flowable]) -> bool:
        """The register of next steps as one bilingual table, the sources as one list with dates in
        both languages: full width, not the same line twice side by side. False for other sections."""
        from reportlab.platypus import CondPageBreak

        blocks = section.blocks
        if blocks and all(isinstance(b, StepItem) for b in blocks):
            # A heading kept with a whole table moves both to the next page, leaving a quarter page
            # blank: a new page only when fewer than about five rows would fit under the heading.
            heading = story.pop()
            heading.keepWithNext = 0
            story += [CondPageBreak(self.size * 14), heading]
            story += self.steps_table([b for b in blocks if isinstance(b, StepItem)], BOTH)
        elif blocks and all(isinstance(b, SourceItem) for b in blocks):
            for number, item in enumerate((b for b in blocks if isinstance(b, SourceItem)), 1):
                story += self.block(both_dates(item, self.template), "id", number)
        else:
            return False
        notice = pending_notice(section, "en", sections_of(self.brief, self.template))
        if notice:
            story.append(self.para(self.markup(Shown(self.esc(notice), pending=True)), "note"))
        self.end_of_section(section, story, self.langs)
        return True

    def parallel_table(self, rows: list[Cells]) -> list[Flowable]:
        """Rows of language cells as tables; the first row stands alone to keep with its heading."""
        if not rows:
            return []
        return tables.side_by_side(
            self, rows, self.frame_width / 2, gap=self.size * ROW_GAP, gutter=GUTTER_MM * MM / 2
        )
