"""The ``briefgen`` command line: thin Typer commands over the pipeline."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from briefgen import __version__
from briefgen.errors import BriefgenError, SkippedSources

if TYPE_CHECKING:
    from typer._click.exceptions import UsageError

app = typer.Typer(
    name="briefgen",
    help=(
        "Bilingual Indonesian/English policy briefs (DOCX and PDF) from Indonesian news articles.\n\n"
        "Example:  briefgen build sources/ --out out/"
    ),
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish, PowerShell
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
templates_app = typer.Typer(
    help="List templates or start a new one.\n\nExample:  briefgen templates new ministry"
)
app.add_typer(templates_app, name="templates")
translate_app = typer.Typer(
    help="Translator worklists: export missing English, import it.\n\n"
    "Export writes what has no human English yet; import stores what translators did.\n\n"
    "Example:  briefgen translate export sources/ --out work/brief.xlf"
)
app.add_typer(translate_app, name="translate")

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

_debug = False


_log_file: Path | None = None
_run_logged = False  # whether this run's first log line (command, period, sources, options) is written


def _say(message: str, *, quiet: bool = False) -> None:
    """A diagnostic line on stderr (stdout is reserved for results), and in the log file if any."""
    if not quiet:
        print(message, file=sys.stderr)
    _log(message)


def _log(message: str) -> None:
    """One line in the log file, stamped with the clock (never SOURCE_DATE_EPOCH) in Jakarta time."""
    global _log_file
    if _log_file is None:
        return
    if not _run_logged:
        _log_run()
        if _log_file is None:
            return
    import datetime as dt

    from briefgen.select import JAKARTA

    # ISO 8601 with its offset, in the zone --last-week counts in: 2026-01-26T06:00:03+07:00.
    stamp = dt.datetime.now(JAKARTA).isoformat(timespec="seconds")
    try:
        _log_file.parent.mkdir(parents=True, exist_ok=True)  # logs/ on a new machine
        with _log_file.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"{stamp} {message}\n")
    except OSError as exc:
        path, _log_file = _log_file, None
        print(f"briefgen: warning: cannot write the log file {path} ({exc.strerror or exc})", file=sys.stderr)


def _log_run(details: str = "") -> None:
    """The first line of a run in the log: the command line as given, and what it resolved to."""
    global _run_logged
    if _run_logged:
        return
    _run_logged = True
    import shlex

    _log(f"briefgen: run: {shlex.join(['briefgen', *sys.argv[1:]])}" + (f" ({details})" if details else ""))


def _trace(error: BaseException) -> None:
    """With ``--debug``, the traceback behind a skipped source (a reader or extraction bug)."""
    if _debug and error.__cause__ is not None:
        import traceback

        traceback.print_exception(error.__cause__, file=sys.stderr)


def _version(value: bool) -> None:
    if value:
        print(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks for errors.")] = False,
    log_file: Annotated[
        Path | None,
        typer.Option(
            "--log-file", metavar="FILE", help="Also append every message, time-stamped, to this file."
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    global _debug, _log_file
    _debug = debug
    _log_file = log_file


def _template_names(incomplete: str) -> list[str]:
    """Shell completion of ``--template``: the names ``templates list`` prints."""
    from briefgen.templates import list_templates

    return [name for name in list_templates() if name.startswith(incomplete)]


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A transient progress bar on stderr in a terminal; nothing at all under cron or in a pipe."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


@app.command()
def build(
    paths: SourcePaths = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", metavar="DIR", help="Output folder [default: out/].")
    ] = None,
    lang: Annotated[
        str | None, typer.Option(metavar="LANGS", help="Languages: id,en (default), id or en.")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="FORMATS",
            # briefgen.writers.WRITERS, written out: importing it here would slow every --help
            help="Comma-separated formats of docx, pdf, html, md, json (default docx,pdf).",
        ),
    ] = None,
    layout: Annotated[
        str | None,
        typer.Option(
            metavar="LAYOUT", help="parallel (side by side, default) or sequential (English after)."
        ),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(
            metavar="NAME|PATH",
            help="Template name or folder [default: default].",
            autocompletion=_template_names,
        ),
    ] = None,
    prepared: Annotated[
        str | None,
        typer.Option(
            metavar="DATE", help="Date of preparation, YYYY-MM-DD [default: today or SOURCE_DATE_EPOCH]."
        ),
    ] = None,
    config: ConfigFile = None,
    week: Annotated[
        str | None,
        typer.Option(
            metavar="WEEK", help="Only articles of this ISO week, e.g. 2026-W04.", show_default=False
        ),
    ] = None,
    last_week: Annotated[
        bool, typer.Option("--last-week", help="Only articles of last week (Monday–Sunday, Asia/Jakarta).")
    ] = False,
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help="Only articles on or after YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help="Only articles on or before YYYY-MM-DD.")
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(metavar="TAG", help="Only articles with this tag (repeatable).", show_default=False),
    ] = None,
    match: Annotated[
        list[str] | None,
        typer.Option(
            metavar="TEXT",
            help="Only articles mentioning this person, organisation or word (repeatable).",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail, writing nothing, when any source had to be skipped.")
    ] = False,
    strict_translation: Annotated[
        bool,
        typer.Option("--strict-translation", help="Fail, writing nothing, when any English is missing."),
    ] = False,
    annex: Annotated[
        bool,
        typer.Option(
            "--annex", help="Append the full text of every article (Lampiran / Annex) and the index."
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when nothing changed.")] = False,
    wait: Annotated[
        str | None,
        typer.Option(
            metavar="SECONDS",
            help="Seconds to wait for another run writing the same folder [default: 600].",
            show_default=False,
        ),
    ] = None,
    if_empty: Annotated[
        str | None,
        typer.Option(
            "--if-empty",
            metavar="skip|fail|write",
            help="No article to brief: skip (exit 0, default), fail (exit 1) or write a 'no reports' brief.",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Build a bilingual brief (DOCX and PDF) from articles.

    Prints each written file. Articles are filed under their event date (else publication
    date, else file date).

    Example:  briefgen build ../shared/seeds --out /tmp/brief --week 2026-W04
    """
    from briefgen import config as cfg
    from briefgen.pipeline import build as run_build
    from briefgen.writers import formats_of

    settings = cfg.load_config(
        config,
        sources=tuple(paths) if paths else None,
        out=out,
        langs=cfg.parse_langs(lang) if lang is not None else None,
        formats=formats_of(cfg.parse_formats(fmt)) if fmt is not None else None,
        layout=cfg.parse_layout(layout) if layout is not None else None,
        template=template,
        prepared=cfg.parse_date(prepared, "--prepared") if prepared is not None else None,
        week=week,
        last_week=last_week or None,
        since=cfg.parse_date(since, "--since") if since is not None else None,
        until=cfg.parse_date(until, "--until") if until is not None else None,
        tags=tuple(tag) if tag else None,
        match=tuple(match) if match else None,
        wait=cfg.parse_wait(wait) if wait is not None else None,
        strict=strict or None,
        strict_translation=strict_translation or None,
        if_empty=cfg.parse_if_empty(if_empty) if if_empty is not None else None,
        annex=annex or None,
    )
    _log_run(_describe_build(settings))
    with _progress(enabled=not quiet and sys.stderr.isatty()) as progress:
        result = run_build(settings, force=force, progress=progress)
    if result.up_to_date:
        names = ", ".join(str(p) for p in result.up_to_date)
        _say(f"briefgen: up to date, nothing written ({names}); use --force to rebuild", quiet=quiet)
        return
    if result.empty and not result.written:
        _say(f"briefgen: {result.empty}; no document written (--if-empty skip)", quiet=quiet)
        return
    if result.empty:
        _say(f"briefgen: {result.empty}; writing a 'no reports this period' brief", quiet=quiet)
    for path in result.written:
        if not quiet:
            print(path)
        _log(f"briefgen: wrote {path}")
    for skipped in result.skipped:
        _say(f"briefgen: skipped {skipped.message}", quiet=quiet)
        _trace(skipped)
    for warning in result.warnings:
        _say(f"briefgen: warning: {warning}", quiet=quiet)
    for note in result.notes:
        _say(f"briefgen: note: {note}", quiet=quiet)
    if result.brief and result.brief.english:
        counts = result.brief.english
        summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("human", "glossary", "machine", "missing"))
        _say(f"briefgen: English segments: {summary}", quiet=quiet)
    count = result.brief.source_count if result.brief else 0
    _say(f"briefgen: built a brief of {count} article(s), skipped {len(result.skipped)}", quiet=quiet)


def _describe_build(settings: Any) -> str:
    """What a build resolved to, for its first log line: period, sources and the options that matter."""
    from briefgen.pipeline import describe, period_of, today

    try:
        period = describe(period_of(settings, settings.prepared or today()))
    except BriefgenError as exc:  # a bad --week is reported by the build itself
        period = f"unknown ({exc.message})"
    return "; ".join(
        (
            f"period: {period}",
            "sources: " + ", ".join(str(p) for p in settings.sources),
            f"out: {settings.out}",
            f"template: {settings.template}",
            "formats: " + ",".join(settings.formats),
            "langs: " + ",".join(settings.langs),
            f"if-empty: {settings.if_empty}",
        )
    )


@app.command()
def inspect(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="One source article (.txt, .md, .html, .pdf or .docx).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")] = False,
) -> None:
    """Show what briefgen understood of one article.

    Dates, place, people, organisations, quotes, statements and next steps.

    Example:  briefgen inspect sources/2026-01-20-film-korea.txt --json
    """
    from briefgen.model import facts_as_dict
    from briefgen.pipeline import load_article, today, understand

    if not file.is_file():
        raise BriefgenError(f"{file}: no such file" if not file.exists() else f"{file}: not a file")
    data = facts_as_dict(understand(load_article(file), today()))
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    width = shutil.get_terminal_size((100, 24)).columns
    print(render_facts(data, width=max(60, width), color=sys.stdout.isatty()), end="")


@translate_app.command("export")
def translate_export(
    paths: SourcePaths = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="FILE", help="The worklist to write: .xlf/.xliff or .po.")
    ] = Path("translations/worklist.xlf"),
    config: ConfigFile = None,
) -> None:
    """Write the segments lacking human English as XLIFF or PO.

    XLIFF 1.2 for a CAT tool, or gettext PO. Each unit carries notes: article, section,
    speaker, glossary terms and fuzzy memory matches; machine translations come as drafts to
    post-edit.

    Example:  briefgen translate export sources/ --out work/brief.xlf
    """
    from briefgen import config as cfg
    from briefgen.pipeline import export_worklist

    settings = cfg.load_config(config, sources=tuple(paths) if paths else None)
    count = export_worklist(settings, out)
    print(out)
    _say(f"briefgen: {count} segment(s) to translate in {out}")


@translate_app.command("import")
def translate_import(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A translated worklist: .xlf/.xliff or .po.")],
    translator: Annotated[
        str | None,
        typer.Option(
            metavar="NAME", help="Who translated it, recorded in the memory [default: the file name]."
        ),
    ] = None,
    config: ConfigFile = None,
) -> None:
    """Store an XLIFF or PO file's translations in the memory as human.

    The next build uses them in place of pending or machine English.

    Example:  briefgen translate import work/brief.xlf --translator "Sari Wulandari"
    """
    from briefgen import config as cfg
    from briefgen.pipeline import import_worklist

    stored, unchanged = import_worklist(cfg.load_config(config), file, translator)
    _say(f"briefgen: stored {stored} translation(s), {unchanged} already known")


@app.command()
def doctor(
    config: ConfigFile = None,
) -> None:
    """Check the installation and the project.

    Libraries, every template and its fonts, the output folder, sources, glossary, memory and
    translation backend: one line per check; exits 1 when any check fails.

    Example:  briefgen doctor
    """
    from briefgen import config as cfg
    from briefgen.pipeline import doctor as run_doctor

    checks = run_doctor(cfg.load_config(config))
    width = max(len(c.name) for c in checks)
    for check in checks:
        print(f"{'ok' if check.ok else 'PROBLEM':<7}  {check.name:<{width}}  {check.detail}")
    failed = [c for c in checks if not c.ok]
    if failed:
        raise BriefgenError(f"{len(failed)} problem(s) found: " + "; ".join(c.name for c in failed))


@app.command("eval")
def evaluate(
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help="Folder of articles, each with NAME.gold.json beside it.")
    ],
    failures: Annotated[bool, typer.Option("--failures", help="Also list every miss.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores (and every miss) as one JSON object.")
    ] = False,
    day: Annotated[
        str | None,
        typer.Option(
            "--today", metavar="DATE", help="Run date for year inference, YYYY-MM-DD [default: today]."
        ),
    ] = None,
) -> None:
    """Score extraction against hand-annotated gold facts.

    Example:  briefgen eval tests/data/eval --failures --today 2026-11-22
    """
    from briefgen.config import parse_date
    from briefgen.evaluation import format_failures, format_table, scores_as_dict
    from briefgen.pipeline import evaluate as run_eval
    from briefgen.pipeline import today

    scores = run_eval(folder, parse_date(day, "--today") if day else today())
    if as_json:
        print(json.dumps(scores_as_dict(scores), ensure_ascii=False, indent=2))
        return
    print(format_table(scores))
    if failures:
        print()
        print(format_failures(scores))


@templates_app.command("list")
def templates_list() -> None:
    """List template names, one per line.

    Example:  briefgen templates list
    """
    from briefgen.templates import list_templates

    for name in list_templates():
        print(name)


@templates_app.command("new")
def templates_new(
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="Name of the new template (a folder under ./templates).")
    ],
) -> None:
    """Copy the default template into ./templates/NAME.

    A starting point for your own; prints its folder and never overwrites one.

    Example:  briefgen templates new ministry && briefgen build --template ministry
    """
    from briefgen.templates import new_template

    print(new_template(name, Path("templates")))


class Interrupted(BaseException):
    """SIGINT or SIGTERM, raised wherever the program is, so every ``finally`` runs (temporary files
    removed, locks released, a half-renamed set of outputs put back) before the process ends.

    A BaseException, so no ``except Exception`` swallows it; not KeyboardInterrupt, which Typer
    turns into a silent exit 130."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum: int, frame: object) -> None:
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):  # a second signal must not cut the cleanup short
        signal.signal(sig, signal.SIG_IGN)
    import threading

    # Stopping kills the worker processes; a process pool's manager thread then complains on
    # stderr (a broken pool, a cancelled future). The one line the user gets says what happened.
    threading.excepthook = lambda args: None
    raise Interrupted(signum)


def _usage_line(error: UsageError) -> str:
    """Click's usage error as one line: ``no such option: --bogus (did you mean --out?); try …``.

    Click prints the usage, a hint and ``Error: …`` on three lines; every other briefgen error
    is one ``briefgen: error:`` line, so usage errors are too. The suggestion is Click's own
    (difflib.get_close_matches over the command's options), narrowed to the closest one.
    """
    import difflib
    import re

    from typer._click.exceptions import NoSuchOption

    if isinstance(error, NoSuchOption) and error.possibilities:
        best = difflib.get_close_matches(error.option_name, list(error.possibilities), n=1, cutoff=0)
        message = f"{error.message} (did you mean {best[0]}?)"
    else:
        message = error.format_message()
    # Typer's "No such command 'buidl'. Did you mean 'build'?" in the same shape.
    message = re.sub(r"\.? Did you mean (.+)\?$", r" (did you mean \1?)", message).rstrip(".")
    message = message[:1].lower() + message[1:]
    if error.ctx is not None:
        message += f"; try '{error.ctx.command_path} --help'"
    return message


def main() -> None:
    """Entry point: runs the app and turns expected errors into one line and an exit code."""
    import signal

    # Typer ≥ 0.29 carries its own copy of Click (pyproject.toml pins that floor).
    from typer._click.exceptions import NoArgsIsHelpError, UsageError

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    try:
        # standalone_mode=False: Click's usage errors come here instead of being printed in its style.
        code = app(prog_name="briefgen", standalone_mode=False)
        if isinstance(code, int) and code:  # typer.Exit(code) from a command or --help's Exit(0)
            sys.exit(code)
    except Interrupted as stop:
        from briefgen.pipeline import end_children

        end_children()  # no worker left behind for the exit to wait on
        # Said on stderr and in the log, so a cron run stopped by its timeout mails someone.
        _say(f"briefgen: interrupted ({signal.Signals(stop.signum).name}); previous outputs kept")
        # Every finally has run (temporary files gone, lock released). Leave now: multiprocessing's
        # exit handlers would wait on a queue whose reading workers were just killed.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(128 + stop.signum)
    except NoArgsIsHelpError as exc:  # `briefgen` alone: the help, on stderr, exit 2 as before
        exc.show()
        sys.exit(exc.exit_code)
    except UsageError as exc:
        _say(f"briefgen: error: {_usage_line(exc)}")
        sys.exit(exc.exit_code)
    except typer.Abort:  # end of input at a prompt; briefgen never prompts, but Click may raise it
        _say("briefgen: interrupted")
        sys.exit(1)
    except BriefgenError as exc:
        for skipped in exc.skipped if isinstance(exc, SkippedSources) else []:
            _say(f"briefgen: skipped {skipped.message}")
            _trace(skipped)
        if _debug:
            raise
        _say(f"briefgen: error: {exc.message}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _say("briefgen: interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if _debug:
            raise
        _say(f"briefgen: internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        sys.exit(1)


# --------------------------------------------------------------------------- the inspect view


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
    table("Quotes", data.get("quotes", []), [("text", "Quote"), ("speaker", "Speaker")])
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
