"""What every writer shares: choosing the text to show per language, labels, and XML-safe text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.model import Bilingual, Lang, QuoteBlock, SourceItem, StepItem, Template

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
