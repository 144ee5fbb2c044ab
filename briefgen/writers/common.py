"""What every writer shares: choosing the text to show per language, labels, and XML-safe text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.model import Bilingual, Block, Lang, QuoteBlock, RenderOptions, SourceItem, StepItem, Template

# XML 1.0 allows tab, newline, carriage return and these ranges; python-docx (lxml) rejects
# everything else, and reportlab's parser chokes on it too.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (NUL, most C0 controls, U+FFFE…)."""
    return _XML_INVALID.sub("", text)


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


def attribution(quote: QuoteBlock, lang: Lang, template: Template) -> str:
    """The line under a block quote: ``— Irene Umar, Wakil Menteri Ekonomi Kreatif``."""
    who = quote.speaker or ("Narasumber tidak disebutkan" if lang == "id" else "Speaker not named")
    role = shown(quote.role, lang, template) if quote.role else None
    if role and not role.pending and role.text:
        return xml_safe(f"— {who}, {role.text}")
    return xml_safe(f"— {who}")


def step_cells(step: StepItem, lang: Lang, template: Template) -> tuple[Shown, str, str]:
    """Action, actor and due date of a next step, as cells of a table."""
    dash = "—"
    due = shown(step.due, lang, template).text if step.due else dash
    return shown(step.action, lang, template), xml_safe(step.actor or dash), due


def source_line(item: SourceItem, lang: Lang, template: Template) -> str:
    """``PATADaily.id — Judul — Selasa, 20 Januari 2026 — https://…`` (missing parts left out)."""
    parts = [item.outlet, item.title, shown(item.date, lang, template).text if item.date else None]
    parts.append(item.location)
    return xml_safe(" — ".join(p for p in parts if p))


STEP_HEADERS: dict[Lang, tuple[str, str, str]] = {
    "id": ("Tindakan", "Pelaksana", "Tenggat"),
    "en": ("Action", "Actor", "Due"),
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
