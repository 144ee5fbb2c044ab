"""The options commands share: single options as annotated types, and the selection option group."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from inspect import Parameter, signature
from pathlib import Path
from typing import Annotated, Any

import typer

# Parameters several commands share.
SourcePaths = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATH...", help="Source files or folders [default: sources/].", show_default=False
    ),
]
ConfigFile = Annotated[
    Path | None, typer.Option(metavar="FILE", help="Settings file [default: ./briefgen.toml if present].")
]


def _template_names(incomplete: str) -> list[str]:
    """Shell completion of ``--template``: the names ``templates list`` prints."""
    from briefgen.templates import list_templates

    return [name for name in list_templates() if name.startswith(incomplete)]


# The options of ``briefgen build``, one annotated type each.
OutFolder = Annotated[
    Path | None, typer.Option("--out", "-o", metavar="DIR", help="Output folder [default: out/].")
]
Langs = Annotated[str | None, typer.Option(metavar="LANGS", help="Languages: id,en (default), id or en.")]
Formats = Annotated[
    str | None,
    typer.Option(
        "--format",
        metavar="FORMATS",
        # briefgen.writers.WRITERS, written out: importing it here would slow every --help
        help="Comma-separated formats of docx, pdf, html, md, json (default docx,pdf).",
    ),
]
LayoutName = Annotated[
    str | None,
    typer.Option(metavar="LAYOUT", help="parallel (side by side, default) or sequential (English after)."),
]
TemplateName = Annotated[
    str | None,
    typer.Option(
        metavar="NAME|PATH",
        help="Template name or folder [default: default].",
        autocompletion=_template_names,
    ),
]
Prepared = Annotated[
    str | None,
    typer.Option(
        metavar="DATE", help="Date of preparation, YYYY-MM-DD [default: today or SOURCE_DATE_EPOCH]."
    ),
]
Strict = Annotated[
    bool, typer.Option("--strict", help="Fail, writing nothing, when any source had to be skipped.")
]
StrictTranslation = Annotated[
    bool, typer.Option("--strict-translation", help="Fail, writing nothing, when any English is missing.")
]
Annex = Annotated[
    bool,
    typer.Option("--annex", help="Append the full text of every article (Lampiran / Annex) and the index."),
]
Force = Annotated[bool, typer.Option("--force", help="Rebuild even when nothing changed.")]
Wait = Annotated[
    str | None,
    typer.Option(
        metavar="SECONDS",
        help="Seconds to wait for another run writing the same folder [default: 600].",
        show_default=False,
    ),
]
IfEmpty = Annotated[
    str | None,
    typer.Option(
        "--if-empty",
        metavar="skip|fail|write",
        help="No article to brief: skip (exit 0, default), fail (exit 1) or write a 'no reports' brief.",
        show_default=False,
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]


@dataclass(frozen=True)
class Selection:
    """Which articles a command takes: the options every command that selects articles shares."""

    week: str | None = None
    last_week: bool = False
    since: str | None = None
    until: str | None = None
    tag: list[str] | None = None
    match: list[str] | None = None

    def overrides(self) -> dict[str, Any]:
        """These options as :func:`briefgen.config.load_config` overrides (None: not given)."""
        from briefgen.config import parse_date

        return {
            "week": self.week,
            "last_week": self.last_week or None,
            "since": parse_date(self.since, "--since") if self.since is not None else None,
            "until": parse_date(self.until, "--until") if self.until is not None else None,
            "tags": tuple(self.tag) if self.tag else None,
            "match": tuple(self.match) if self.match else None,
        }


_SELECTION_OPTIONS: dict[str, tuple[Any, Any]] = {
    "week": (
        Annotated[
            str | None,
            typer.Option(
                metavar="WEEK", help="Only articles of this ISO week, e.g. 2026-W04.", show_default=False
            ),
        ],
        None,
    ),
    "last_week": (
        Annotated[
            bool,
            typer.Option("--last-week", help="Only articles of last week (Monday–Sunday, Asia/Jakarta)."),
        ],
        False,
    ),
    "since": (
        Annotated[str | None, typer.Option(metavar="DATE", help="Only articles on or after YYYY-MM-DD.")],
        None,
    ),
    "until": (
        Annotated[str | None, typer.Option(metavar="DATE", help="Only articles on or before YYYY-MM-DD.")],
        None,
    ),
    "tag": (
        Annotated[
            list[str] | None,
            typer.Option(metavar="TAG", help="Only articles with this tag (repeatable).", show_default=False),
        ],
        None,
    ),
    "match": (
        Annotated[
            list[str] | None,
            typer.Option(
                metavar="TEXT",
                help="Only articles mentioning this person, organisation or word (repeatable).",
                show_default=False,
            ),
        ],
        None,
    ),
}
"""The options of :class:`Selection`: (annotation, default) by parameter name."""


def selection_options(command: Callable[..., None]) -> Callable[..., None]:
    """Gives a command the selection options (``--week``, ``--last-week``, ``--since``, ``--until``,
    ``--tag``, ``--match``), passed to it as one keyword argument ``selection``: a :class:`Selection`.

    An option group as sqlite-utils makes them, for Typer: Typer reads the wrapper's signature,
    the command's own parameters followed by these, so every command that selects articles has
    all of them, spelt and documented alike.
    """
    own = signature(command, eval_str=True)
    kept = [p for name, p in own.parameters.items() if name != "selection"]
    added = [
        Parameter(name, Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        for name, (annotation, default) in _SELECTION_OPTIONS.items()
    ]

    @functools.wraps(command)
    def with_selection(*args: Any, **kwargs: Any) -> None:
        chosen = Selection(**{name: kwargs.pop(name) for name in _SELECTION_OPTIONS})
        command(*args, selection=chosen, **kwargs)

    parameters = [*kept, *added]
    with_selection.__signature__ = own.replace(parameters=parameters)  # type: ignore[attr-defined]
    with_selection.__annotations__ = {p.name: p.annotation for p in parameters}
    return with_selection
