"""Benchmark of briefgen at several sizes: per-stage times and memory, start-up, cold and warm builds.

Run by hand, not in CI (it takes a minute or two and its figures depend on the machine)::

    python benchmarks/run.py --sizes 10,100,1000

For each size it writes that many synthetic articles (``benchmarks/synth.py``) into a temporary
folder and measures, each in a fresh Python process:

- the stages in one process, one after another: read, extract (serial), compose (selection,
  near-duplicate merging, composition), translate (the fill step from glossary and memory; no
  machine translation), DOCX and PDF, with wall time, the process's peak resident memory after the
  stage (a high-water mark), articles per second and, for the PDF, pages per second;
- ``briefgen build`` as a user runs it: cold (empty output folder), the unchanged rerun (the
  manifest says "up to date") and ``--force`` (rebuild with the facts cache warm);
- ``briefgen --help``, best of several runs;
- optionally (``--pandoc``) pandoc converting the same articles' Markdown to one DOCX, as a peer.

``--profile STAGE`` prints the cProfile summary of one stage (read, extract, compose, translate,
docx, pdf) at the largest size instead.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STAGES = ("read", "extract", "compose", "translate", "docx", "pdf")
# 2026-01-26 00:00 WIB: a fixed date of preparation, so every run builds the same brief.
EPOCH = "1769360400"


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def stages(folder: Path, profile: str | None = None) -> dict[str, object]:
    """Runs the pipeline's stages on ``folder`` in this process; returns a row per stage."""
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
    state: dict[str, object] = {}
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
        state["facts"] = [understand(a, day) for a in state["articles"]]  # type: ignore[attr-defined]

    def compose() -> None:
        from briefgen.compose import make_brief

        chosen = select(state["facts"]).chosen  # type: ignore[arg-type]
        kept: list[Facts] = []
        for group in near_duplicates(chosen):
            group[0].copies = group[1:]
            kept.append(group[0])
        state["kept"] = len(kept)
        state["brief"] = make_brief(kept, day, glossary=translation.glossary)

    def translate() -> None:
        from briefgen.translate.fill import fill

        state["filled"] = fill(
            state["brief"],
            translation.memory,
            translation.glossary,
            None,
            now(dt.UTC),  # type: ignore[arg-type]
        ).brief

    options = RenderOptions(langs=("id", "en"), layout="parallel")

    def docx() -> None:
        from briefgen.writers.docx import write_docx

        state["docx"] = write_docx(state["filled"], template, options).data  # type: ignore[arg-type]

    def pdf() -> None:
        from briefgen.writers.pdf import write_pdf

        state["pdf"] = write_pdf(state["filled"], template, options).data  # type: ignore[arg-type]

    steps = {"read": read, "extract": extract, "compose": compose, "translate": translate}
    steps.update(docx=docx, pdf=pdf)
    for name, step in steps.items():
        if profile == name:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            step()
            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(35)
            continue
        start = time.perf_counter()
        step()
        rows.append({"stage": name, "seconds": time.perf_counter() - start, "maxrss_mb": _maxrss_mb()})
    pages = _pdf_pages(state.get("pdf", b""))  # type: ignore[arg-type]
    return {
        "articles": len(paths),
        "kept": state.get("kept"),
        "pages": pages,
        "docx_bytes": len(state.get("docx", b"")),  # type: ignore[arg-type]
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


def briefgen_exe() -> str:
    exe = Path(sys.executable).with_name("briefgen")
    return str(exe) if exe.exists() else shutil.which("briefgen") or "briefgen"


def cli_builds(folder: Path, work: Path, repeat: int) -> list[dict[str, object]]:
    """``briefgen build`` cold, unchanged rerun and ``--force`` with the facts cache warm.

    Each is run ``repeat`` times and the fastest kept: on a shared machine the others are noise.
    """
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    work.mkdir(parents=True, exist_ok=True)
    out = work / "out"
    rows = []
    for label, extra in (("cold", []), ("unchanged rerun", []), ("--force (facts cached)", ["--force"])):
        best: tuple[float, float, float, str] | None = None
        for _ in range(repeat):
            if label == "cold":  # no outputs, no manifest, no facts cache
                shutil.rmtree(out, ignore_errors=True)
            argv = [briefgen_exe(), "build", str(folder), "--out", str(out), *extra]
            measured = _run_measured(argv, work, env)
            best = measured if best is None or measured[0] < best[0] else best
        assert best is not None
        wall, cpu, rss, last = best
        rows.append({"run": label, "seconds": wall, "cpu_seconds": cpu, "maxrss_mb": rss, "said": last})
    return rows


def help_time(runs: int = 7) -> float:
    """Best wall time of ``briefgen --help`` in a fresh process."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([briefgen_exe(), "--help"], stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def pandoc_time(folder: Path, work: Path) -> float | None:
    """pandoc turning the same articles, as one Markdown file, into one DOCX (a peer reference)."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    sys.path.insert(0, str(HERE))
    from synth import markdown_of

    sys.path.insert(0, str(ROOT))
    from briefgen.pipeline import discover

    work.mkdir(parents=True, exist_ok=True)
    md = work / "all.md"
    md.write_text("\n".join(markdown_of(p) for p in discover([folder])), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([pandoc, str(md), "-o", str(work / "all.docx")], check=True)
    return time.perf_counter() - start


def _child(args: list[str], cwd: Path) -> dict[str, object]:
    """This script in a fresh process (so imports and peak memory are its own), in ``cwd``."""
    cwd.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args], check=True, stdout=subprocess.PIPE, cwd=cwd
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
    return f"{os.cpu_count()} CPUs{mem}, Python {platform.python_version()}, {platform.platform()}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10,100,1000", help="article counts, comma-separated")
    parser.add_argument("--pandoc", action="store_true", help="also time pandoc on the same articles")
    parser.add_argument("--profile", choices=STAGES, help="print a cProfile summary of one stage")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each build up to 100 articles (best kept)"
    )
    parser.add_argument("--child-stages", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_stages:
        print(json.dumps(stages(Path(args.child_stages), args.profile)))
        return

    sys.path.insert(0, str(HERE))
    from synth import generate

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    report: dict[str, object] = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        work = Path(tmp)
        if args.profile:
            folder = work / f"n{sizes[-1]}"
            generate(folder, sizes[-1])
            _child(["--child-stages", str(folder), "--profile", args.profile], work / "w")
            return
        report["help_seconds"] = help_time()
        for n in sizes:
            folder = work / f"n{n}"
            generate(folder, n)
            entry: dict[str, object] = {"stages": _child(["--child-stages", str(folder)], work / f"w{n}")}
            entry["cli"] = cli_builds(folder, work / f"w{n}", args.repeat if n <= 100 else 1)
            if args.pandoc:
                entry["pandoc_seconds"] = pandoc_time(folder, work / f"w{n}")
            report["sizes"][n] = entry  # type: ignore[index]
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)


def print_report(report: dict[str, object]) -> None:
    print(f"machine: {report['machine']}; date: {report['date']}")
    print(f"briefgen --help (best of 7): {report['help_seconds']:.3f} s")
    for n, entry in report["sizes"].items():  # type: ignore[attr-defined]
        st = entry["stages"]
        print(f"\n## {n} articles ({st['kept']} after merging near-duplicates), PDF {st['pages']} pages")
        print(f"setup (template, glossary, memory): {st['setup_seconds']:.3f} s")
        print(f"{'stage':<10} {'wall s':>8} {'peak RSS MB':>12} {'articles/s':>11} {'pages/s':>8}")
        total = 0.0
        for row in st["rows"]:
            total += row["seconds"]
            rate = n / row["seconds"] if row["seconds"] else float("inf")
            pages = f"{st['pages'] / row['seconds']:.1f}" if row["stage"] in ("docx", "pdf") else ""
            seconds, rss = row["seconds"], row["maxrss_mb"]
            print(f"{row['stage']:<10} {seconds:>8.3f} {rss:>12.0f} {rate:>11.0f} {pages:>8}")
        print(f"{'total':<10} {total:>8.3f} {'':>12} {n / total:>11.0f} {st['pages'] / total:>8.1f}")
        print(f"{'briefgen build':<24} {'wall s':>8} {'CPU s':>7} {'peak RSS MB':>12}")
        for row in entry["cli"]:
            said = row["said"].split("(")[0].strip()[:60]
            wall, cpu, rss = row["seconds"], row["cpu_seconds"], row["maxrss_mb"]
            print(f"{row['run']:<24} {wall:>8.3f} {cpu:>7.2f} {rss:>12.0f}   {said}")
        if entry.get("pandoc_seconds") is not None:
            print(f"pandoc, same articles as one Markdown file → DOCX: {entry['pandoc_seconds']:.3f} s")


if __name__ == "__main__":
    main()
