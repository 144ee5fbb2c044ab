"""The JSON writer: the brief as data for other tools and dashboards (schema in the README).

The brief's own dataclasses, walked generically: every block is an object with a ``type`` (its
class name in snake case: ``paragraph``, ``subheading``, ``quote_block``, ``step_item``,
``source_item``, and any type added to the model later) beside its fields; every
:class:`~briefgen.model.Bilingual` is ``{"id", "en", "origin"}`` with ``en`` null while the
English is pending; dates are ISO (``YYYY-MM-DD``). Sections come in the template's order with
its headings, as in the other formats. Keys are sorted and text is written as itself
(``ensure_ascii=False``), so the same brief gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

from briefgen.model import Bilingual, Brief, RenderOptions, Template
from briefgen.writers import Written
from briefgen.writers.common import langs_of, sections_of, xml_safe

SCHEMA_VERSION = 1
"""Raised when a key is removed or changes meaning; new keys may appear without a raise."""


def snake(name: str) -> str:
    """``QuoteBlock`` → ``quote_block``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def plain(value: object) -> object:
    """Model objects as JSON data: dataclasses as objects (blocks with their ``type``), dates ISO."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, Bilingual):
            return data
        return {"type": snake(type(value).__name__), **data}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, str):
        return xml_safe(value)  # no NUL or stray control characters for the tools downstream
    return value


def brief_data(brief: Brief, template: Template, options: RenderOptions) -> dict[str, object]:
    """The brief as the JSON object the writer prints."""
    data = plain(dataclasses.replace(brief, sections=sections_of(brief, template)))
    assert isinstance(data, dict)
    data.pop("type", None)
    data["schema_version"] = SCHEMA_VERSION
    data["langs"] = list(langs_of(options))
    data["template"] = template.name
    return data


def write_json(brief: Brief, template: Template, options: RenderOptions) -> Written:
    """The brief as indented UTF-8 JSON with sorted keys, ending in a newline."""
    text = json.dumps(brief_data(brief, template, options), ensure_ascii=False, indent=2, sort_keys=True)
    return Written((text + "\n").encode("utf-8"), [])
