"""What ``briefgen inspect`` shows in a terminal: rich tables, drawn only here on the command line."""

from __future__ import annotations

from typing import Any


def render_facts(data: dict[str, Any], width: int = 100, color: bool = False) -> str:
    """What ``briefgen inspect`` shows: the facts of :func:`briefgen.model.facts_as_dict` as rich tables.

    Rendered here, with the other terminal output, because rich belongs to the command line.
    """
    import io

    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Rendered into a buffer and returned: a recording console that also wrote to stdout made the
    # caller print every table twice.
    console = Console(
        file=io.StringIO(),
        width=width,
        record=True,
        force_terminal=color,
        no_color=not color,
        highlight=False,
    )

    def dash(value: object) -> str:
        return "—" if value in (None, "", []) else str(value)

    facts = Table(box=box.SIMPLE_HEAD, show_header=False, pad_edge=False)
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    for key, label in (
        ("source", "Source"),
        ("title", "Title"),
        ("language", "Language"),
        ("outlet", "Outlet"),
        ("location", "Place"),
        ("venue", "Venue"),
        ("url", "URL"),
        ("published", "Published"),
        ("event_date", "Event date"),
        ("date_basis", "Date from"),
        ("event_topic", "Topic"),
    ):
        if key in data:
            facts.add_row(label, dash(data[key]))
    console.print(facts)

    def table(title: str, rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> None:
        if not rows:
            console.print(Text(f"{title}: none", style="dim"))
            console.print()
            return
        grid = Table(title=f"{title} ({len(rows)})", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
        grid.add_column("#", justify="right", no_wrap=True)
        for key, label in columns:
            grid.add_column(label, overflow="fold", ratio=3 if key == "text" else 1)
        for number, row in enumerate(rows, 1):
            grid.add_row(str(number), *(dash(row.get(key)) for key, _ in columns))
        console.print(grid)

    table(
        "People",
        data.get("people", []),
        [("name", "Name"), ("role", "Role"), ("organization", "Organisation")],
    )
    table("Organisations", data.get("organizations", []), [("name", "Name"), ("acronym", "Acronym")])
    quotes = [  # an unnamed official shown by the office the attribution names
        {**q, "speaker": q.get("speaker") or (f"{q['office']} (not named)" if q.get("office") else None)}
        for q in data.get("quotes", [])
    ]
    table("Quotes", quotes, [("text", "Quote"), ("speaker", "Speaker")])
    table("Statements", data.get("statements", []), [("text", "Statement"), ("speaker", "Speaker")])
    table("Next steps", data.get("next_steps", []), [("text", "Next step"), ("actor", "Actor")])
    table("Background", data.get("background", []), [("text", "Sentence")])
    warnings = data.get("warnings", [])
    if warnings:
        console.print(Text("Warnings", style="bold"))
        for warning in warnings:
            console.print(Text(f"  ! {warning}"))
    else:
        console.print(Text("Warnings: none", style="dim"))
    text = console.export_text(styles=color)
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()) + "\n"
