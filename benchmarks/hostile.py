"""Benchmark of hostile input shapes (issue 15): nothing the readers accept may take long.

Run by hand, not in CI::

    python benchmarks/hostile.py                 # every shape, 60 s timeout each
    python benchmarks/hostile.py --only md-emphasis,html-deep --timeout 20
    python benchmarks/hostile.py --profile quotes    # cProfile of one shape's read + understand

Each shape is written by :func:`shape` (text made up here, under the 100,000-character limit of
article text) and run in a fresh subprocess with a timeout: read (decode + reader), understand
(extraction), and for an accepted article compose and both writers. The table gives, per shape,
whether the readers accepted it, the CPU seconds of each stage (``time.process_time`` in the child,
so a machine busy with other work does not inflate them) and read + understand against the
2-second target; the timeout that kills a shape is wall-clock time.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DAY = dt.date(2026, 1, 26)
TARGET = 2.0

LEAD = "JAKARTA, KOMPAS.com - Menteri Kebudayaan Fadli Zon meresmikan galeri baru pada Selasa (20/1).\n\n"
SENTENCE = (
    "Menteri Budi Santoso mengatakan pemerintah akan memperluas pasar ekspor kopi ke Eropa pada Maret 2026."
)


def _md_emphasis() -> str:
    # Openers that never close: each `*`/`_` made the lazy emphasis regex scan the rest of the line.
    return "---\ntitle: Uji\n---\n\n" + "*a _b " * 16_000 + "\n"


def _html_deep() -> str:
    # 200,000 nested elements: the file is ~1 MB (under the 10 MB file limit), its text is short.
    return (
        "<html><head><title>Uji</title></head><body>"
        + "<div>" * 200_000
        + "<p>"
        + LEAD.strip()
        + "</p>"
        + "</div>" * 200_000
        + "</body></html>"
    )


def _quotes() -> str:
    marks = "\"'“”„‟‘’‚‛«»‹›「」『』″`"
    body = " ".join(f"{m}kata {i} {marks[(i * 7) % len(marks)]}" for i, m in enumerate(marks * 2_000))
    return LEAD + body[:95_000] + "\n"


def _md_link() -> str:
    # Link openers without a closing parenthesis or bracket.
    return "# Uji\n\n" + "[a](" * 10_000 + "\n\n" + "[b]" * 10_000 + "\n\n" + "![" * 10_000 + "\n"


def _yaml_bomb() -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 10) + "]")
    return "---\n" + "\n".join(lines) + "\ntitle: Uji\ntags: *i\n---\n\n" + LEAD


def _sentences() -> str:
    return LEAD + " ".join(SENTENCE for _ in range(5_000))[:99_000] + "\n"


def _one_line() -> str:
    return "x" * 99_999 + "\n"


def _brackets() -> str:
    return LEAD + "(" * 10_000 + "isi" + ")" * 10_000 + " " + "[x] " * 10_000 + "\n"


def _commas() -> str:
    return LEAD + "Menteri," * 10 + "," * 50_000 + " kata dia.\n"


def _dates() -> str:
    days = ("Senin (19/1)", "Selasa (20/1/2026)", "21 Januari 2026", "pekan depan", "Kamis, 22 Januari 2026")
    body = " ".join(
        f"Rapat digelar {days[i % len(days)]} dan {days[(i + 2) % len(days)]}." for i in range(2_500)
    )
    return LEAD + body[:95_000] + "\n"


def _dates_one_sentence() -> str:
    # One sentence of thousands of dates (no full stop between): each date read its whole
    # sentence again (found by the fuzzer: a date token repeated a thousand times).
    return LEAD + "Rapat digelar " + ("pada 24 Maret 2026" * 5_000)[:95_000] + ".\n"


def _yearless_dates_one_line() -> str:
    # A page flattened to one line with no full stop, full of dates without year or weekday (found
    # by the fuzzer: each such date looked for the year in its whole "sentence", 7.8 s CPU at 35 kB).
    return LEAD + ("rapat pada 24 Maret dan pameran 3 April " * 2_500)[:95_000] + "\n"


def _glued_capitals() -> str:
    # Capitalised words glued into one "word" of thousands of characters (found by the fuzzer: a
    # pattern "[A-Z][\\w]*" tried at every capital of it backtracked over the rest, 4.9 s CPU).
    glued = "RapatKoordinasi" * 1_200
    return LEAD + f"{glued} dan {glued}, sapaan akrab {glued}. Kata {glued} di {glued}, Senin (19/1).\n"


def _quotes_paragraphs() -> str:
    # The quotes shape cut into 500 paragraphs of quotations, each attributed.
    return LEAD + "".join(f"“Kata {i} sudah kami siapkan,” ujar Budi.\n\n" for i in range(2_000))[:95_000]


def _made_up_names(count: int) -> list[str]:
    """``count`` distinct capitalised made-up words of three syllables (``Badeki``, ``Bafalo`` …)."""
    onsets, vowels = "bdfgklmnprstw", "aeiou"
    syllables = [c + v for c in onsets for v in vowels]
    return [
        (syllables[i % 65] + syllables[(i // 65) % 65] + syllables[(i // 4225) % 65]).capitalize()
        for i in range(count)
    ]


# People detection (found by the fuzzer in an 18 kB page: 4 s in name_like / is_acronym): every
# pass that compares a run's units with one another, or people with people, was quadratic.
def _name_run() -> str:
    return LEAD + " ".join(_made_up_names(16_000))[:95_000] + ".\n"


def _hyphen_run() -> str:
    words = _made_up_names(20_000)
    return LEAD + " ".join(f"{a}-{b}" for a, b in zip(words[::2], words[1::2], strict=True))[:95_000] + ".\n"


def _capitals() -> str:
    return LEAD + " ".join(w.upper()[:4] for w in _made_up_names(24_000))[:95_000] + ".\n"


def _initials() -> str:
    return LEAD + " ".join(f"{chr(65 + i % 26)}." for i in range(40_000))[:95_000] + " Budi\n"


def _definitions() -> str:
    words = _made_up_names(8_000)
    return LEAD + " ".join(f"Badan {w} ({w[:3].upper()}{i})" for i, w in enumerate(words))[:95_000] + ".\n"


def _names_commas() -> str:
    w = _made_up_names(20_000)
    pairs = (f"{w[2 * i]} {w[2 * i + 1]}" + (" dan" if i % 3 == 0 else "") for i in range(9_000))
    return LEAD + ", ".join(pairs)[:95_000] + ".\n"


def _titled_dan() -> str:
    w = _made_up_names(30_000)
    return LEAD + " dan ".join(f"Menteri {w[2 * i]} {w[2 * i + 1]}" for i in range(12_000))[:95_000] + ".\n"


def _untitled_dan() -> str:
    w = _made_up_names(30_000)
    return (
        LEAD + "Menteri " + " dan ".join(f"{w[2 * i]} {w[2 * i + 1]}" for i in range(12_000))[:95_000] + ".\n"
    )


def _titled_commas() -> str:
    w = _made_up_names(30_000)
    return LEAD + ", ".join(f"Menteri {w[2 * i]} {w[2 * i + 1]}" for i in range(12_000))[:95_000] + ".\n"


def _shared_first_name() -> str:
    return LEAD + " ".join(f"Menteri Budi {w} hadir." for w in _made_up_names(12_000))[:95_000] + "\n"


def _html_names(tag: str) -> Callable[[], str]:
    """Name runs in the cells of a table or the items of a list, one sentence each (the HTML reader
    skips ``<li>`` today: selectolax's ``css_first`` matches the node itself, so every item reads
    as a wrapper of paragraphs; the list shape is kept for when it reads them)."""

    def make() -> str:
        w = _made_up_names(24_000)
        rows = [
            f"Menteri {w[4 * i]} {w[4 * i + 1]} hadir bersama {w[4 * i + 2]} dan {w[4 * i + 3]} di Jakarta."
            for i in range(1_600)
        ]
        if tag == "table":
            body = "<table>" + "".join(f"<tr><td><p>{r}</p></td></tr>" for r in rows) + "</table>"
        else:
            body = "<ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"
        page = f"<html><head><title>Uji</title></head><body><article><p>{LEAD.strip()}</p>{body}</article>"
        return page[:99_000] + "</body></html>"

    return make


SHAPES: dict[str, tuple[str, Callable[[], str]]] = {
    "md-emphasis": (".md", _md_emphasis),
    "html-deep": (".html", _html_deep),
    "quotes": (".txt", _quotes),
    "md-link": (".md", _md_link),
    "yaml-alias-bomb": (".md", _yaml_bomb),
    "5000-sentences": (".txt", _sentences),
    "one-line-100k": (".txt", _one_line),
    "brackets-10k": (".txt", _brackets),
    "commas-50k": (".txt", _commas),
    "many-dates": (".txt", _dates),
    "dates-one-sentence": (".txt", _dates_one_sentence),
    "yearless-dates-one-line": (".txt", _yearless_dates_one_line),
    "glued-capitals": (".txt", _glued_capitals),
    "quoted-paragraphs": (".txt", _quotes_paragraphs),
    "name-run": (".txt", _name_run),
    "hyphen-run": (".txt", _hyphen_run),
    "capitals": (".txt", _capitals),
    "initials": (".txt", _initials),
    "definitions": (".txt", _definitions),
    "names-commas-dan": (".txt", _names_commas),
    "titled-dan": (".txt", _titled_dan),
    "untitled-dan": (".txt", _untitled_dan),
    "titled-commas": (".txt", _titled_commas),
    "shared-first-name": (".txt", _shared_first_name),
    "html-table-names": (".html", _html_names("table")),
    "html-list-names": (".html", _html_names("list")),
}


def shape(name: str) -> tuple[str, str]:
    """The suffix and text of one hostile shape."""
    suffix, make = SHAPES[name]
    return suffix, make()


def _child(name: str, profile: bool) -> dict[str, object]:
    """Runs one shape in this process; the stages' seconds, or where it was refused."""
    import briefgen.extract  # noqa: F401  (imported first: its patterns compile once, not per input)
    from briefgen.errors import BriefgenError
    from briefgen.pipeline import load_article, understand

    suffix, text = shape(name)
    result: dict[str, object] = {"shape": name, "chars": len(text)}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"2026-01-20-hostile{suffix}"
        data = text.encode()
        path.write_bytes(data)
        profiler = cProfile.Profile() if profile else None
        began = time.process_time()
        try:
            if profiler:
                profiler.enable()
            article = load_article(path, data)
            result["read"] = time.process_time() - began
            began = time.process_time()
            facts = understand(article, DAY)
            result["understand"] = time.process_time() - began
        except BriefgenError as exc:
            result["read" if "read" not in result else "understand"] = time.process_time() - began
            result["skipped"] = str(exc)
            return result
        finally:
            if profiler:
                profiler.disable()
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
                print(out.getvalue(), file=sys.stderr)
        if profile:
            return result
        from briefgen.compose import make_brief
        from briefgen.model import RenderOptions, Template
        from briefgen.templates import builtin_dir
        from briefgen.writers import write_docx, write_pdf

        template = Template(name="default", path=str(builtin_dir() / "default"))
        began = time.process_time()
        brief = make_brief([facts], DAY)
        result["compose"] = time.process_time() - began
        for stage, write in (("docx", write_docx), ("pdf", write_pdf)):
            began = time.process_time()
            write(brief, template, RenderOptions())
            result[stage] = time.process_time() - began
    return result


def _run(name: str, timeout: float) -> dict[str, object]:
    began = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", name],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"shape": name, "chars": len(shape(name)[1]), "killed": time.perf_counter() - began}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"shape": name, "chars": len(shape(name)[1]), "crashed": last}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _seconds(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else "–"


def table(results: list[dict[str, object]], timeout: float) -> str:
    head = "| shape | chars | outcome | read | understand | read + understand | compose | DOCX | PDF |"
    rows = [head, "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        read, understand = r.get("read"), r.get("understand")
        total = sum(v for v in (read, understand) if isinstance(v, float))
        if "killed" in r:
            outcome, both = f"**killed after {timeout:g} s**", f"> {timeout:g}"
        elif "crashed" in r:
            outcome, both = f"**crashed**: {r['crashed']}", "–"
        else:
            skipped = r.get("skipped")
            outcome = f"skipped: {str(skipped).split(': ', 1)[-1]}" if skipped else "accepted"
            mark = "" if total <= TARGET else " **over**"
            both = f"{total:.2f}{mark}"
        cells = [
            str(r["shape"]),
            f"{r.get('chars', 0):,}",
            outcome,
            _seconds(read),
            _seconds(understand),
            both,
        ]
        cells += [_seconds(r.get(k)) for k in ("compose", "docx", "pdf")]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Times briefgen on hostile input shapes.")
    parser.add_argument("--only", help="comma-separated shape names (default: all)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a shape is killed")
    parser.add_argument("--profile", metavar="SHAPE", help="cProfile read + understand of one shape")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, profile=False)))
        return 0
    if args.profile:
        print(json.dumps(_child(args.profile, profile=True)))
        return 0
    names = args.only.split(",") if args.only else list(SHAPES)
    unknown = [n for n in names if n not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s) {', '.join(unknown)}; known: {', '.join(SHAPES)}")
    results = []
    for name in names:
        result = _run(name, args.timeout)
        print(f"{name}: {json.dumps(result, ensure_ascii=False)[:300]}", file=sys.stderr, flush=True)
        results.append(result)
    print(table(results, args.timeout))
    slow = [r for r in results if "killed" in r or "crashed" in r]
    slow += [
        r
        for r in results
        if sum(v for k, v in r.items() if k in ("read", "understand") and isinstance(v, float)) > TARGET
    ]
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
