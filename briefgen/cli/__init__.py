"""The ``briefgen`` command line: thin Typer commands over the pipeline.

The commands and ``main`` are here; the options they share in :mod:`.options` (the selection
option group among them), the run's state in :mod:`.session`, the inspect view in :mod:`.view`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from briefgen import __version__
from briefgen.cli import coercion
from briefgen.cli.options import (
    Annex,
    ConfigFile,
    Force,
    Formats,
    IfEmpty,
    Langs,
    LayoutName,
    OutFolder,
    Prepared,
    Quiet,
    Selection,
    SourcePaths,
    Strict,
    StrictTranslation,
    TemplateName,
    Wait,
    selection_options,
)
from briefgen.cli.session import Session, session_of
from briefgen.cli.view import render_facts
from briefgen.errors import BriefgenError, Interrupted, SkippedSources, request_stop

if TYPE_CHECKING:
    from typer._click.exceptions import UsageError

    from briefgen.pipeline import BuildResult

_T = TypeVar("_T")

coercion.install()  # plain str and Path options without pydantic (~0.2 s of every command)

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


def _version(value: bool) -> None:
    if value:
        print(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
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
    session = session_of(ctx)
    session.debug = debug
    session.log_file = log_file


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
@selection_options
def build(
    ctx: typer.Context,
    paths: SourcePaths = None,
    out: OutFolder = None,
    lang: Langs = None,
    fmt: Formats = None,
    layout: LayoutName = None,
    template: TemplateName = None,
    prepared: Prepared = None,
    config: ConfigFile = None,
    strict: Strict = False,
    strict_translation: StrictTranslation = False,
    annex: Annex = False,
    force: Force = False,
    wait: Wait = None,
    if_empty: IfEmpty = None,
    quiet: Quiet = False,
    *,
    selection: Selection,
) -> None:
    """Build a bilingual brief (DOCX and PDF) from articles.

    Prints each written file. Articles are filed under their event date (else publication
    date, else file date).

    Example:  briefgen build ../shared/seeds --out /tmp/brief --week 2026-W04
    """
    from briefgen import config as cfg
    from briefgen.pipeline import build as run_build
    from briefgen.writers import formats_of

    session = session_of(ctx)
    settings = cfg.load_config(
        config,
        sources=tuple(paths) if paths else None,
        out=out,
        langs=_parsed(lang, cfg.parse_langs),
        formats=_parsed(fmt, lambda value: formats_of(cfg.parse_formats(value))),
        layout=_parsed(layout, cfg.parse_layout),
        template=template,
        prepared=_parsed(prepared, lambda value: cfg.parse_date(value, "--prepared")),
        **selection.overrides(),
        wait=_parsed(wait, cfg.parse_wait),
        strict=strict or None,
        strict_translation=strict_translation or None,
        if_empty=_parsed(if_empty, cfg.parse_if_empty),
        annex=annex or None,
    )
    session.log_run(_describe_build(settings))
    terminal = not quiet and sys.stderr.isatty()

    def say(line: str) -> None:
        # Machine translation's progress lines: on stderr without a terminal (cron, a pipe, CI),
        # where no bar is drawn; always in the log; never on stderr with --quiet.
        session.say(line, quiet=quiet or terminal)

    with _progress(enabled=terminal) as progress:
        result = run_build(settings, force=force, progress=progress, say=say)
    _report(session, result, quiet)


def _parsed(value: str | None, parse: Callable[[str], _T]) -> _T | None:
    """``value`` parsed, or None when the option was not given (the settings file's value stands)."""
    return None if value is None else parse(value)


def _report(session: Session, result: BuildResult, quiet: bool) -> None:
    """What a build did: each written file on stdout; what was skipped, warned and noted on stderr."""
    if result.up_to_date:
        names = ", ".join(str(p) for p in result.up_to_date)
        session.say(f"briefgen: up to date, nothing written ({names}); use --force to rebuild", quiet=quiet)
        return
    if result.empty and not result.written:
        session.say(f"briefgen: {result.empty}; no document written (--if-empty skip)", quiet=quiet)
        return
    if result.empty:
        session.say(f"briefgen: {result.empty}; writing a 'no reports this period' brief", quiet=quiet)
    for path in result.written:
        if not quiet:
            print(path)
        session.log(f"briefgen: wrote {path}")
    for skipped in result.skipped:
        session.say(f"briefgen: skipped {skipped.message}", quiet=quiet)
        session.trace(skipped)
    for line in (
        *(f"briefgen: warning: {warning}" for warning in result.warnings),
        *(f"briefgen: note: {note}" for note in result.notes),
    ):
        session.say(line, quiet=quiet)
    if result.brief and result.brief.english:
        counts = result.brief.english
        summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("human", "glossary", "machine", "missing"))
        session.say(f"briefgen: English segments: {summary}", quiet=quiet)
    count = result.brief.source_count if result.brief else 0
    session.say(f"briefgen: built a brief of {count} article(s), skipped {len(result.skipped)}", quiet=quiet)


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
@selection_options
def translate_export(
    ctx: typer.Context,
    paths: SourcePaths = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="FILE", help="The worklist to write: .xlf/.xliff or .po.")
    ] = Path("translations/worklist.xlf"),
    config: ConfigFile = None,
    *,
    selection: Selection,
) -> None:
    """Write the segments lacking human English as XLIFF or PO.

    XLIFF 1.2 for a CAT tool, or gettext PO. Each unit carries notes: article, section,
    speaker, glossary terms and fuzzy memory matches; machine translations come as drafts to
    post-edit.

    Takes the articles a build with the same selection options would brief.

    Example:  briefgen translate export sources/ --week 2026-W04 --out work/brief.xlf
    """
    from briefgen import config as cfg
    from briefgen.pipeline import export_worklist

    settings = cfg.load_config(config, sources=tuple(paths) if paths else None, **selection.overrides())
    count = export_worklist(settings, out)
    print(out)
    session_of(ctx).say(f"briefgen: {count} segment(s) to translate in {out}")


@translate_app.command("import")
def translate_import(
    ctx: typer.Context,
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
    session_of(ctx).say(f"briefgen: stored {stored} translation(s), {unchanged} already known")


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


def _interrupt(signum: int, frame: object) -> None:
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):  # a second signal must not cut the cleanup short
        signal.signal(sig, signal.SIG_IGN)
    import threading

    # Stopping kills the worker processes; a process pool's manager thread then complains on
    # stderr (a broken pool, a cancelled future). The one line the user gets says what happened.
    threading.excepthook = lambda args: None
    request_stop(signum)


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
    session = Session()  # filled in by the root options, still here when a command has failed
    try:
        # standalone_mode=False: Click's usage errors come here instead of being printed in its style.
        code = app(prog_name="briefgen", standalone_mode=False, obj=session)
        if isinstance(code, int) and code:  # typer.Exit(code) from a command or --help's Exit(0)
            sys.exit(code)
    except Interrupted as stop:
        from briefgen.pipeline import end_children

        end_children()  # no worker left behind for the exit to wait on
        # Said on stderr and in the log, so a cron run stopped by its timeout mails someone.
        session.say(f"briefgen: interrupted ({signal.Signals(stop.signum).name}); previous outputs kept")
        # Every finally has run (temporary files gone, lock released). Leave now: multiprocessing's
        # exit handlers would wait on a queue whose reading workers were just killed.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(128 + stop.signum)
    except NoArgsIsHelpError as exc:  # `briefgen` alone: the help, on stderr, exit 2 as before
        exc.show()
        sys.exit(exc.exit_code)
    except UsageError as exc:
        session.say(f"briefgen: error: {_usage_line(exc)}")
        sys.exit(exc.exit_code)
    except typer.Abort:  # end of input at a prompt; briefgen never prompts, but Click may raise it
        session.say("briefgen: interrupted")
        sys.exit(1)
    except BriefgenError as exc:
        for skipped in exc.skipped if isinstance(exc, SkippedSources) else []:
            session.say(f"briefgen: skipped {skipped.message}")
            session.trace(skipped)
        if session.debug:
            raise
        session.say(f"briefgen: error: {exc.message}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        session.say("briefgen: interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if session.debug:
            raise
        session.say(f"briefgen: internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        sys.exit(1)


__all__ = ["Selection", "Session", "app", "main", "render_facts", "selection_options"]
