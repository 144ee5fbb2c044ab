"""Benchmark of briefgen at several sizes, with and without the annex: per-stage times and peak
memory per process, the pandoc peer on the same text, start-up, cold and unchanged builds.

Run by hand, not in CI (several minutes; the figures depend on the machine)::

    python benchmarks/run.py --sizes 10,100,1000 --repeat 3

For each size it writes that many synthetic articles (``benchmarks/synth.py``) into a temporary
folder and, for the brief without and with ``--annex``, measures ``--repeat`` times (medians are
reported, since the machine is shared):

- a **DOCX process** and a **PDF process**, each a fresh Python process running the stages one
  after another: read, extract (serial), compose (selection, near-duplicate merging,
  composition), translate (the fill step from glossary and memory; no machine translation), then
  its one writer; wall time per stage and the process's peak resident memory (a high-water mark),
  so each writer's peak is that of a process that writes only it, as the pipeline runs them (the
  CPU time of a stage includes that of the PDF writer's helper process, when it has one);
- **pandoc**, the peer: the same articles as one Markdown file, each article twice (its
  Indonesian text and the same text again in the place of the English, plain paragraphs), to one
  DOCX, with its wall time and peak RSS;
- ``briefgen build`` as a user runs it: cold (empty output folder, both formats) and the
  unchanged rerun ("up to date"); wall time, CPU time and the peak RSS of its largest process;
- ``briefgen --help``, median and best of 7.

The ratios (``build cold / pandoc``) compare figures of the same run: on a loaded machine they
are steadier than the seconds. ``--profile STAGE`` prints the cProfile summary of one stage
(read, extract, compose, translate, docx, pdf) at the largest size instead (``--annex`` for the
brief with the annex). ``--root DIR`` measures the briefgen checkout in ``DIR`` (an older commit
unpacked there) with this script.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STAGES = ("read", "extract", "compose", "translate", "docx", "pdf")
# 2026-01-26 00:00 WIB: a fixed date of preparation, so every run builds the same brief.
EPOCH = "1769360400"


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    """CPU seconds of this process and of the children it waited for (the PDF writer's helper)."""
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def stages(folder: Path, writer: str, annex: bool, profile: str | None = None) -> dict[str, object]:
    """Runs the stages on ``folder`` in this process, then the one ``writer``; a row per stage."""
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from briefgen.config import Config
    from briefgen.errors import SourceError
    from briefgen.model import Facts, RenderOptions
    from briefgen.pipeline import discover, load_article, now, translation_of, understand
    from briefgen.select import near_duplicates, select
    from briefgen.templates import load_template

    day = dt.date(2026, 1, 26)
    paths = discover([folder])
    rows: list[dict[str, object]] = []
    state: dict[str, Any] = {}
    setup = time.perf_counter()
    template = load_template("default")
    translation = translation_of(Config(sources=(folder,)))
    setup = time.perf_counter() - setup

    def read() -> None:
        articles = []
        for path in paths:
            with contextlib.suppress(SourceError):  # skipped, as a build skips it
                articles.append(load_article(path))
        state["articles"] = articles

    def extract() -> None:
        state["facts"] = [understand(a, day) for a in state["articles"]]

    def compose() -> None:
        from briefgen.compose import make_brief

        chosen = select(state["facts"]).chosen
        kept: list[Facts] = []
        for group in near_duplicates(chosen):
            group[0].copies = group[1:]
            kept.append(group[0])
        state["kept"] = len(kept)
        state["brief"] = make_brief(kept, day, glossary=translation.glossary, annex=annex)

    def translate() -> None:
        from briefgen.translate.fill import fill

        brief = state["brief"]
        state["filled"] = fill(brief, translation.memory, translation.glossary, None, now(dt.UTC)).brief
        del state["facts"], state["brief"], state["articles"]  # as a writer process holds only the brief

    options = RenderOptions(langs=("id", "en"), layout="parallel")

    def docx() -> None:
        from briefgen.writers.docx import write_docx

        state["docx"] = write_docx(state["filled"], template, options).data

    def pdf() -> None:
        from briefgen.writers.pdf import write_pdf

        state["pdf"] = write_pdf(state["filled"], template, options).data

    steps = {"read": read, "extract": extract, "compose": compose, "translate": translate}
    steps[writer] = docx if writer == "docx" else pdf
    for name, step in steps.items():
        if profile == name:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            step()
            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
            continue
        start, cpu = time.perf_counter(), _cpu()
        step()
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu
        rows.append({"stage": name, "seconds": seconds, "cpu_seconds": cpu, "maxrss_mb": _maxrss_mb()})
    return {
        "articles": len(paths),
        "kept": state.get("kept"),
        "pages": _pdf_pages(state.get("pdf", b"")),
        "docx_bytes": len(state.get("docx", b"")),
        "setup_seconds": setup,
        "rows": rows,
    }


def _run_measured(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall time, CPU time (its workers' included), peak RSS in MB of its largest process, last line."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err}")
    lines = err.strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def _env() -> dict[str, str]:
    """The environment of a measured run: a fixed date, and this checkout's briefgen first."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, PYTHONPATH=path)


def briefgen_argv() -> list[str]:
    return [sys.executable, "-m", "briefgen"]


def cli_build(folder: Path, work: Path, annex: bool, cold: bool) -> dict[str, object]:
    """One ``briefgen build`` of both formats: cold (no outputs, manifest or facts cache) or unchanged."""
    work.mkdir(parents=True, exist_ok=True)
    out = work / ("out-annex" if annex else "out")
    if cold:
        shutil.rmtree(out, ignore_errors=True)
    argv = [*briefgen_argv(), "build", str(folder), "--out", str(out), *(["--annex"] if annex else [])]
    wall, cpu, rss, last = _run_measured(argv, work, _env())
    return {"seconds": wall, "cpu_seconds": cpu, "maxrss_mb": rss, "said": last}


def help_times(runs: int = 7) -> list[float]:
    """Wall times of ``briefgen --help`` in a fresh process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*briefgen_argv(), "--help"], stdout=subprocess.DEVNULL, check=True, env=_env())
        times.append(time.perf_counter() - start)
    return times


def pandoc_markdown(folder: Path, target: Path) -> None:
    """The articles as one Markdown file, each twice (both columns' text), plain paragraphs."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT))
    from synth import markdown_of

    from briefgen.pipeline import discover

    parts = []
    for path in discover([folder]):
        text = markdown_of(path)
        parts += [text, text]
    target.write_text("\n".join(parts), encoding="utf-8")


def pandoc_run(md: Path, work: Path) -> dict[str, object] | None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    wall, cpu, rss, _ = _run_measured([pandoc, str(md), "-o", str(work / "all.docx")], work, _env())
    return {"seconds": wall, "cpu_seconds": cpu, "maxrss_mb": rss}


def _child(args: list[str], cwd: Path) -> dict[str, object]:
    """This script in a fresh process (so imports and peak memory are its own), in ``cwd``."""
    cwd.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--root", str(ROOT), *args],
        check=True,
        stdout=subprocess.PIPE,
        cwd=cwd,
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


def machine() -> str:
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
    except OSError:
        pass
    load = f", load average {os.getloadavg()[0]:.1f}"
    return f"{os.cpu_count()} CPUs{mem}, Python {platform.python_version()}, {platform.platform()}{load}"


def measure(folder: Path, work: Path, annex: bool, repeat: int, md: Path) -> dict[str, Any]:
    """Every measurement of one brief, ``repeat`` times, interleaved (so load hits them alike)."""
    flag = ["--annex", "yes" if annex else "no"]
    runs: dict[str, list[Any]] = {"docx": [], "pdf": [], "pandoc": [], "cold": [], "rerun": []}
    for _ in range(repeat):
        for writer in ("docx", "pdf"):
            runs[writer].append(_child(["--child-stages", str(folder), "--writer", writer, *flag], work))
        runs["pandoc"].append(pandoc_run(md, work))
        runs["cold"].append(cli_build(folder, work, annex, cold=True))
        runs["rerun"].append(cli_build(folder, work, annex, cold=False))
    return runs


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def summarise(runs: dict[str, list[Any]]) -> dict[str, Any]:
    """Medians of every figure, and the ratios of each run to the pandoc run beside it."""
    summary: dict[str, Any] = {}
    for writer in ("docx", "pdf"):
        by_stage: dict[str, dict[str, list[float]]] = {}
        for run in runs[writer]:
            for row in run["rows"]:
                entry = by_stage.setdefault(row["stage"], {"seconds": [], "cpu_seconds": [], "maxrss_mb": []})
                for key, values in entry.items():
                    values.append(row.get(key, float("nan")))
        summary[writer] = {
            stage: {key: _median(values) for key, values in entry.items()}
            for stage, entry in by_stage.items()
        }
        summary[writer]["pages"] = runs[writer][0]["pages"]
        summary[writer]["kept"] = runs[writer][0]["kept"]
        summary[writer]["docx_bytes"] = runs[writer][0]["docx_bytes"]
    for name in ("pandoc", "cold", "rerun"):
        rows = [r for r in runs[name] if r is not None]
        summary[name] = (
            {key: _median([r[key] for r in rows]) for key in ("seconds", "cpu_seconds", "maxrss_mb")}
            if rows
            else None
        )
    pairs = [(c, p) for c, p in zip(runs["cold"], runs["pandoc"], strict=True) if p is not None]
    if pairs:
        summary["cold_over_pandoc"] = _median([c["seconds"] / p["seconds"] for c, p in pairs])
        # CPU time (the build's worker processes included): what a loaded machine changes least.
        summary["cold_cpu_over_pandoc"] = _median([c["cpu_seconds"] / p["cpu_seconds"] for c, p in pairs])
        for writer in ("docx", "pdf"):
            writes = [r["rows"][-1]["seconds"] for r in runs[writer]]
            summary[f"{writer}_over_pandoc"] = _median(
                [w / p["seconds"] for w, (_, p) in zip(writes, pairs, strict=True)]
            )
            cpus = [r["rows"][-1].get("cpu_seconds", float("nan")) for r in runs[writer]]
            summary[f"{writer}_cpu_over_pandoc"] = _median(
                [c / p["cpu_seconds"] for c, (_, p) in zip(cpus, pairs, strict=True)]
            )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10,100,1000", help="article counts, comma-separated")
    parser.add_argument("--annex", choices=("both", "yes", "no"), default="both", help="briefs measured")
    parser.add_argument("--profile", choices=STAGES, help="print a cProfile summary of one stage")
    parser.add_argument("--json", metavar="FILE", help="also write every figure as JSON to FILE")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (medians kept)")
    parser.add_argument("--root", metavar="DIR", help="the briefgen checkout to measure (default: this one)")
    parser.add_argument("--child-stages", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--writer", choices=("docx", "pdf"), default="docx", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.root:
        global ROOT
        ROOT = Path(args.root).resolve()
    if args.child_stages:
        annex = args.annex == "yes"
        print(json.dumps(stages(Path(args.child_stages), args.writer, annex, args.profile)))
        return

    sys.path.insert(0, str(HERE))
    from synth import generate

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    annexes = {"both": (False, True), "yes": (True,), "no": (False,)}[args.annex]
    report: dict[str, Any] = {
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        work = Path(tmp)
        if args.profile:
            folder = work / f"n{sizes[-1]}"
            generate(folder, sizes[-1])
            writer = args.profile if args.profile in ("docx", "pdf") else "docx"
            flag = ["--annex", "yes"] if annexes == (True,) else []
            child = ["--child-stages", str(folder), "--writer", writer, "--profile", args.profile, *flag]
            _child(child, work / "w")
            return
        report["help_seconds"] = help_times()
        report["sizes"] = {}
        for n in sizes:
            folder = work / f"n{n}"
            generate(folder, n)
            md = work / f"n{n}.md"
            pandoc_markdown(folder, md)
            for annex in annexes:
                runs = measure(folder, work / f"w{n}", annex, args.repeat, md)
                report["sizes"][f"{n}{' annex' if annex else ''}"] = {"runs": runs, "median": summarise(runs)}
        report["machine_after"] = machine()
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    print_report(report, args.repeat)


def print_report(report: dict[str, Any], repeat: int) -> None:
    helps = report["help_seconds"]
    print(f"machine: {report['machine']} (after: {report['machine_after']}); date: {report['date']}")
    print(f"briefgen --help: median {_median(helps):.3f} s, best {min(helps):.3f} s (7 runs)")
    print(f"medians of {repeat} runs; ratios are to the pandoc run of the same round")
    for name, entry in report["sizes"].items():
        m = entry["median"]
        print(
            f"\n## {name}: {m['pdf']['kept']} after merging, PDF {m['pdf']['pages']} pages, "
            f"DOCX {m['docx']['docx_bytes'] / 1e6:.1f} MB"
        )
        print(f"{'process / stage':<22} {'wall s':>8} {'peak RSS MB':>12} {'CPU s':>8}")
        for writer in ("docx", "pdf"):
            for stage, row in m[writer].items():
                if isinstance(row, dict):
                    cpu = row.get("cpu_seconds", float("nan"))
                    label = f"{writer}: {stage}"
                    print(f"{label:<22} {row['seconds']:>8.3f} {row['maxrss_mb']:>12.0f} {cpu:>8.3f}")
        for label, key in (
            ("pandoc md→docx", "pandoc"),
            ("build, cold", "cold"),
            ("build, unchanged", "rerun"),
        ):
            if m[key] is not None:
                cpu = m[key].get("cpu_seconds", float("nan"))
                print(f"{label:<22} {m[key]['seconds']:>8.3f} {m[key]['maxrss_mb']:>12.0f} {cpu:>8.3f}")
        if "cold_over_pandoc" in m:
            print(
                f"ratio to pandoc: build cold {m['cold_over_pandoc']:.2f}×, DOCX writer "
                f"{m['docx_over_pandoc']:.2f}×, PDF writer {m['pdf_over_pandoc']:.2f}×; "
                f"CPU time, build cold {m['cold_cpu_over_pandoc']:.2f}×, DOCX writer "
                f"{m['docx_cpu_over_pandoc']:.2f}×, PDF writer {m['pdf_cpu_over_pandoc']:.2f}×"
            )


if __name__ == "__main__":
    main()
