"""What every writer shares: choosing the text to show per language, labels, and XML-safe text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from briefgen.model import (
    Bilingual,
    Block,
    Brief,
    Lang,
    Paragraph,
    QuoteBlock,
    RenderOptions,
    Section,
    SourceItem,
    StepItem,
    Template,
)
from briefgen.standards import BABEL_LOCALE, XML_ILLEGAL


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (NUL, most C0 controls, U+FFFE…)."""
    return XML_ILLEGAL.sub("", text)


@dataclass(frozen=True)
class Shown:
    """The text a writer puts on the page for one language, and whether it is a pending marker."""

    text: str
    pending: bool = False
    origin: str = "generated"


def shown(text: Bilingual, lang: Lang, template: Template) -> Shown:
    """What to print for ``text`` in ``lang``: never the Indonesian silently standing in for English."""
    value = text.get(lang)
    if value is None:
        marker = template.pending_marker.get(lang) or "[translation pending]"
        return Shown(xml_safe(marker), pending=True, origin="missing")
    return Shown(xml_safe(value), origin="generated" if lang == "id" else text.origin)


PAGE_LABEL: dict[Lang, tuple[str, str]] = {"id": ("Halaman", "dari"), "en": ("Page", "of")}


def page_label(lang: Lang, page: int, total: int) -> str:
    word, of = PAGE_LABEL[lang]
    return f"{word} {page} {of} {total}"


def body_text(text: Bilingual, lang: Lang, template: Template) -> Shown:
    """Article wording for one language: a missing English is left blank here, and counted once for
    its whole section by :func:`pending_notice` (not a marker under every paragraph)."""
    value = shown(text, lang, template)
    return Shown("", pending=True, origin="missing") if value.pending else value


PENDING_NOTICE = "{n} {what} await translation (briefgen translate export)."


def pending_notice(section: Section, lang: Lang, sections: Sequence[Section] = ()) -> str | None:
    """``3 statements await translation.``: the one notice of a section's missing English.

    The events of a brief share one notice, under the last of them (``sections`` are the
    brief's sections): a line under every event would cost a third of a page in ten."""
    if lang != "en":
        return None
    counted = _noticed_sections(section, sections)
    quotes, others = _pending(b for s in counted for b in s.blocks)
    if not quotes and not others:
        return None
    if quotes and not others:
        what = "statement" if quotes == 1 else "statements"
    else:
        what = "passage" if quotes + others == 1 else "passages"
    count = quotes + others
    notice = PENDING_NOTICE.format(n=count, what=what)
    return notice.replace(" await ", " awaits ") if count == 1 else notice


def _noticed_sections(section: Section, sections: Sequence[Section]) -> list[Section]:
    """The sections whose missing English the notice under ``section`` counts: itself, or for the
    last event every event (none for an earlier event, whose notice the last one gives)."""
    if section.kind != "event" or not sections:
        return [section]
    events = [s for s in sections if s.kind == "event"]
    return events if section is events[-1] else []


def _pending(blocks: Iterable[Block]) -> tuple[int, int]:
    """How many quotes and how many other passages (paragraphs, steps) of ``blocks`` lack English."""
    quotes = others = 0
    for block in blocks:
        if isinstance(block, QuoteBlock):
            quotes += block.text.en is None
        elif isinstance(block, Paragraph):
            others += block.text.en is None
        elif isinstance(block, StepItem):
            others += block.action.en is None
    return quotes, others


def untranslated(block: Block, section: Section) -> bool:
    """A passage of article wording with no English yet, outside the annex: a parallel brief runs
    its Indonesian across both columns instead of beside an empty one."""
    if section.kind == "annex":
        return False
    return isinstance(block, (Paragraph, QuoteBlock)) and block.text.en is None


def attribution_both(quote: QuoteBlock, template: Template) -> str:
    """``— Irene Umar, Wakil Menteri Ekonomi Kreatif / Deputy Minister of Creative Economy``."""
    if not quote.attributed:
        return ""
    line = attribution(quote, "id", template)
    english = shown(quote.role, "en", template) if quote.role else None
    if english and not english.pending and english.text and english.text not in line:
        line += f" / {english.text}"
    return line


def attribution(quote: QuoteBlock, lang: Lang, template: Template) -> str:
    """The line under a block quote: ``— Irene Umar, Wakil Menteri Ekonomi Kreatif``; empty inside a
    speaker's block (only its last quote is attributed)."""
    if not quote.attributed:
        return ""
    who = quote.speaker or ("Narasumber tidak disebutkan" if lang == "id" else "Speaker not named")
    role = shown(quote.role, lang, template) if quote.role else None
    if role and not role.pending and role.text:
        # an unnamed official is named by the office alone: "— Bupati"
        return xml_safe(f"— {quote.speaker}, {role.text}" if quote.speaker else f"— {role.text}")
    return xml_safe(f"— {who}")


def step_cells(step: StepItem, lang: Lang, template: Template) -> tuple[Shown, str, str]:
    """Action, actor and due date of a next step, as cells of a table.

    An English action whose wording awaits translation shows the step's kind (``Agreement``) as
    pending, not a marker: the section's one notice counts it (:func:`pending_notice`)."""
    dash = "—"
    due = shown(step.due, lang, template).text if step.due else dash
    action = body_text(step.action, lang, template)
    if action.pending and step.kind is not None and step.kind.get(lang):
        action = Shown(xml_safe(step.kind.get(lang) or ""), pending=True, origin="missing")
    actor = (step.actor_en if lang == "en" else None) or step.actor or dash
    return action, xml_safe(actor[:1].upper() + actor[1:]), due


def register_cells(
    step: StepItem, langs: Sequence[Lang], template: Template
) -> tuple[list[tuple[Lang, Shown]], str, str]:
    """The action (one text per language that has one), actor and due date of a next step in the
    register table, which shows both languages in each cell.

    An English action awaiting translation reads ``Plan — the Ministry of Transportation``: the
    kind and the actor's official English on one line under the Indonesian, where the wide
    column holds them, rather than in the narrow actor column (a brief of ten events would
    otherwise need a page more). The actor column keeps the actor as the article wrote it."""
    cells = [step_cells(step, lang, template) for lang in langs]
    actions = [c[0] for c in cells]
    due = bilingual_cell([c[2] for c in cells])
    if len(langs) == 1 or "en" not in langs:
        return (
            [(lg, a) for lg, a in zip(langs, actions, strict=True) if a.text],
            bilingual_cell([c[1] for c in cells]),
            due,
        )
    english = actions[list(langs).index("en")]
    if english.pending:
        actor_en = (
            step.actor_en
            if step.actor_en and step.actor_en.casefold() != (step.actor or "").casefold()
            else None
        )
        # Without a kind the actor alone would read as the action's English: say what it is.
        kind_en = step.kind.en if step.kind else ("Next step" if actor_en else None)
        parts = [p for p in (kind_en, actor_en) if p]
        english = Shown(xml_safe(" — ".join(parts)), pending=True, origin="missing")
        actions[list(langs).index("en")] = english
    shown_actions = [(lg, a) for lg, a in zip(langs, actions, strict=True) if a.text]
    return shown_actions, xml_safe(step.actor or "—"), due


STEP_REFERENCE: dict[Lang, tuple[str, str]] = {
    "id": ("Pokok", "dibawa dari brief sebelumnya"),
    "en": ("Point", "carried over"),
}


def step_reference(step: StepItem, lang: Lang, *, bare: bool = False) -> str:
    """``Pokok 1 · PATADaily.id`` / ``Point 1 · PATADaily.id``: the key point and the source of a step
    (``bare``: ``1 · PATADaily.id``, under a header that names both)."""
    word, carried = STEP_REFERENCE[lang]
    parts = [
        (str(step.event) if bare else f"{word} {step.event}") if step.event else None,
        step.source,
        f"({carried})" if step.carried else None,
    ]
    return xml_safe(" · ".join(p for p in parts if p))


def source_line(item: SourceItem, lang: Lang, template: Template) -> str:
    """``PATADaily.id — Judul — Selasa, 20 Januari 2026 — https://…`` (missing parts left out)."""
    parts = [item.outlet, item.title, shown(item.date, lang, template).text if item.date else None]
    parts.append(item.location)
    return xml_safe(" — ".join(p for p in parts if p))


def bilingual_cell(values: Sequence[str]) -> str:
    """``Maret 2026 / March 2026``; one value when both languages say the same."""
    return " / ".join(dict.fromkeys(v for v in values if v)) or "—"


def both_dates(item: SourceItem, template: Template) -> SourceItem:
    """A source whose date reads in both languages, for a list printed once for both columns."""
    if item.date is None:
        return item
    values = [shown(item.date, lang, template).text for lang in BOTH]
    return replace(item, date=Bilingual.same(bilingual_cell(values)))


STEP_HEADERS: dict[Lang, tuple[str, str, str, str]] = {
    "id": ("Tindakan", "Pelaksana", "Tenggat", "Sumber"),
    "en": ("Action", "Actor", "Due", "Source"),
}


LANG_TAG: dict[Lang, str] = {"id": "id-ID", "en": "en-GB"}
BOTH: tuple[Lang, Lang] = ("id", "en")
SEPARATOR = " / "
GUTTER_MM = 8.0  # space between the Indonesian and English columns

LANGUAGE_NAME: dict[Lang, str] = {"id": "BAHASA INDONESIA", "en": "ENGLISH"}
COLOPHON: dict[Lang, str] = {"id": "Disusun dengan briefgen pada", "en": "Prepared with briefgen on"}
DEFAULT_LABELS: dict[str, Bilingual] = {
    "period": Bilingual.both("Periode", "Period"),
    "prepared": Bilingual.both("Disusun", "Prepared"),
    "sources": Bilingual.both("Jumlah sumber", "Number of sources"),
}


def langs_of(options: RenderOptions) -> tuple[Lang, ...]:
    """The languages to write, without repeats; both languages always come Indonesian first."""
    chosen = tuple(dict.fromkeys(options.langs))
    return chosen if len(chosen) == 1 else BOTH


def group_blocks(blocks: Sequence[Block]) -> list[list[Block]]:
    """Consecutive next steps form one group (one table); every other block stands alone."""
    groups: list[list[Block]] = []
    for block in blocks:
        if isinstance(block, StepItem) and groups and isinstance(groups[-1][0], StepItem):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def organisation(template: Template, lang: Lang) -> tuple[str, Lang]:
    """The organisation's name in ``lang`` and its language; a name may stand in either language."""
    org = template.organization
    wanted = (org.get(lang) or "").strip()
    if wanted:
        return xml_safe(wanted), lang
    return xml_safe(org.id.strip()), "id"


# The colophon line on how the English was obtained, in the order of trust (model.Origin).
ENGLISH_LABEL: dict[Lang, str] = {"id": "Bahasa Inggris", "en": "English"}
ENGLISH_ORIGINS: dict[Lang, tuple[tuple[str, str], ...]] = {
    "id": (
        ("source", "asli"),
        ("human", "oleh penerjemah"),
        ("glossary", "dari glosarium"),
        ("machine", "terjemahan mesin (ditandai [MT])"),
        ("missing", "belum diterjemahkan"),
        ("refused", "terjemahan mesin ditolak"),
    ),
    "en": (
        ("source", "original"),
        ("human", "human"),
        ("glossary", "glossary"),
        ("machine", "machine-translated (marked [MT])"),
        ("missing", "pending"),
        ("refused", "MT refused"),
    ),
}


def english_summary(counts: dict[str, int], lang: Lang) -> str | None:
    """``English: 3 human, 2 glossary, 4 machine-translated (marked [MT]), 1 pending``; None when empty."""
    parts = [f"{counts[key]} {words}" for key, words in ENGLISH_ORIGINS[lang] if counts.get(key, 0) > 0]
    if not parts:
        return None
    return f"{ENGLISH_LABEL[lang]}: {', '.join(parts)}"


def format_day(day: dt.date, lang: Lang, template: Template) -> str | None:
    """``day`` in the template's date format for ``lang``; None when the template sets none."""
    pattern = template.date_formats.get(lang)
    if not pattern:
        return None
    from babel.dates import format_date

    if pattern == "full":  # babel's Indonesian "full" pads the day: "01 Desember"
        pattern = "EEEE, d MMMM y"

    return xml_safe(format_date(day, pattern, locale=BABEL_LOCALE[lang]))


def prepared_text(brief: Brief, lang: Lang, template: Template) -> Shown:
    """The date of preparation in ``lang``: the template's date format, else the composed text."""
    formatted = format_day(brief.prepared_on, lang, template)
    if formatted is not None:
        return Shown(formatted)
    return shown(brief.prepared, lang, template)


def prepared_bilingual(brief: Brief, template: Template) -> Bilingual:
    """The date of preparation as text in both languages, in the template's date formats."""
    return Bilingual.both(
        prepared_text(brief, "id", template).text,
        format_day(brief.prepared_on, "en", template) or brief.prepared.en or "",
    )


def document_number(template: Template, day: dt.date) -> str:
    """The ``Nomor:`` of the document: the template's pattern with the date of preparation filled in."""
    if not template.number:
        return ""
    # {seq} is filled by the build from the output folder's counter; a writer called alone says 1.
    return xml_safe(
        template.number.format(
            year=f"{day.year:04d}", month=f"{day.month:02d}", day=f"{day.day:02d}", seq="1"
        )
    )


MEMO_LABELS: dict[str, Bilingual] = {
    "to": Bilingual.both("Kepada Yth.", "To"),
    "sender": Bilingual.both("Dari", "From"),
    "subject": Bilingual.both("Hal", "Subject"),
    "nature": Bilingual.both("Sifat", "Nature"),
    "attachment": Bilingual.both("Lampiran", "Attachment"),
}
COPIES_LABEL = Bilingual.both("Tembusan", "Copies to")


def memo_rows(brief: Brief, template: Template) -> list[tuple[Bilingual, Bilingual]]:
    """The head of a nota dinas (a letterhead template): Kepada Yth., Dari, Hal, Sifat, Lampiran."""
    if template.title_block != "letterhead":
        return []
    memo = template.memo
    org = template.organization
    sender = Bilingual.same(memo.sender) if memo.sender else Bilingual.both(org.id, org.en or org.id)
    if memo.subject:
        subject = Bilingual.same(memo.subject)
    else:
        period = brief.period
        subject = Bilingual(
            f"{brief.title.id}, {period.id}" if period else brief.title.id,
            f"{brief.title.en}, {period.en}" if period and brief.title.en else brief.title.en,
            "generated",
        )
    if memo.nature:
        nature = Bilingual.same(memo.nature)
    else:  # "TERBATAS / RESTRICTED" → Terbatas / Restricted
        parts = [p.strip().capitalize() for p in template.classification.split("/") if p.strip()]
        nature = Bilingual.both(parts[0], parts[-1]) if parts else Bilingual.both("Biasa", "Ordinary")
    if memo.attachment:
        attachment = Bilingual.same(memo.attachment)
    elif any(section.kind == "annex" for section in brief.sections):
        attachment = Bilingual.both("1 (satu) berkas", "1 file")
    else:
        attachment = Bilingual.same("-")
    values = {
        "to": Bilingual.same(memo.to or "-"),
        "sender": sender,
        "subject": subject,
        "nature": nature,
        "attachment": attachment,
    }
    return [(MEMO_LABELS[key], value) for key, value in values.items()]


def signature_lines(template: Template) -> list[str]:
    """The signature block of a nota dinas: the office, room to sign, the name, the NIP."""
    memo = template.memo
    if template.title_block != "letterhead" or not (memo.signer or memo.signer_title):
        return []
    lines = [memo.signer_title, "", "", memo.signer]
    if memo.nip:
        lines.append(f"NIP {memo.nip}")
    return [xml_safe(line) for line in lines]


NUMBER_LABEL = Bilingual.both("Nomor", "Number")
CONTENTS_LABEL = Bilingual.both("Daftar Isi", "Contents")
DATE_LABEL = Bilingual.both("Tanggal", "Date")


def sections_of(brief: Brief, template: Template) -> list[Section]:
    """The brief's sections in the template's order, with the template's headings.

    Sections are sorted by the place of their kind in ``template.section_order``; a kind the
    order does not name stays with the section composed before it, so nothing is ever dropped.
    """
    sections = list(brief.sections)
    if template.section_order:
        rank = {kind: index for index, kind in enumerate(template.section_order)}
        ranks: list[int] = []
        for section in sections:
            ranks.append(rank.get(section.kind, ranks[-1] if ranks else -1))
        sections = [s for _, s in sorted(zip(ranks, sections, strict=True), key=lambda pair: pair[0])]
    return [
        replace(section, heading=template.section_labels[section.kind])
        if section.kind in template.section_labels
        else section
        for section in sections
    ]


def running_texts(template: Template) -> tuple[str, str, str]:
    """The classification marking and header text (top of every page) and the footer text."""
    return (
        xml_safe(template.classification).strip(),
        xml_safe(template.header_text).strip(),
        xml_safe(template.footer_text).strip(),
    )


def bilingual_fields(block: object) -> list[Bilingual]:
    """Every :class:`Bilingual` a block holds, in field order: what shows of a block a writer lacks.

    Writers dispatch on block types; a block type added to the model later is shown through
    this as plain paragraphs until the writer learns it, so nothing composed is ever dropped.
    """
    from dataclasses import fields, is_dataclass

    if not is_dataclass(block) or isinstance(block, type):
        return []
    found: list[Bilingual] = []
    for item in fields(block):
        value = getattr(block, item.name)
        values = value if isinstance(value, list | tuple) else [value]
        found.extend(v for v in values if isinstance(v, Bilingual))
    return found


LINK_LIMIT = 2048
"""The longest web address linked (what browsers and servers accept in practice); a longer one,
like one with spaces, is no address but text a scraper or an edit ran into the field: printed,
not linked. A PDF repeats the address in a link on every line it wraps to, so a 15,000-character
one with a non-ASCII character in it (written as UTF-16) made a 14–67 MB PDF."""


def is_web_link(location: str) -> bool:
    """Whether a source's location is an http(s) address a writer may link to."""
    return (
        location.lower().startswith(("http://", "https://"))
        and len(location) <= LINK_LIMIT
        and not any(c.isspace() for c in location)
    )
