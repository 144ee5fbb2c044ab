"""Fuzz targets for briefgen, run by hand (not part of the normal test run).

    python scripts/fuzz.py build --examples 10000
    python scripts/fuzz.py import --examples 10000
    python scripts/fuzz.py build --examples 5000 --seed 2    # a second process, other inputs

``build``: real articles (``sources/``, ``../shared/corpus`` and ``../shared/seeds``, read in
place) are mutated by hypothesis — characters inserted, deleted, duplicated or replaced, quote
marks of every kind, dates real and impossible, control characters, markup, pieces re-encoded
as Windows-1252, Latin-1 or UTF-16, truncation, the file read as another suffix — and each
result goes read → understand → compose → DOCX and PDF writers.

``import``: a worklist written by ``briefgen translate export`` (XLIFF and PO) from the sample
sources is mutated the same way (plus XML tokens) and given to ``translate import`` with a fresh
translation memory each time; in a third of the inputs the worklist is a good one and the
translation memory it is merged into (TMX, as an earlier import wrote it) is the mutated file.

A finding is any exception other than briefgen's own :class:`~briefgen.errors.BriefgenError`,
any input taking more than ``--hang`` seconds of CPU time (default 10), a DOCX python-docx cannot open or a
PDF pypdf cannot read. Each finding is saved (input and traceback) under ``--findings``; the
run goes on and prints the count, the findings and the slowest inputs at the end. Exit status 1
when anything was found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from xml.sax.saxutils import escape as xml_escape

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DAY = dt.date(2026, 1, 26)
SUFFIXES = (".txt", ".md", ".html")

QUOTES = (
    '"',
    "'",
    "“",
    "”",
    "„",
    "‟",
    "‘",
    "’",
    "‚",
    "‛",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "″",
    "`",
)
DATES = (
    "Selasa (20/1)",
    "Senin (31/2)",
    "Jumat (16/1/2026)",
    "20 Januari 2026",
    "30 Februari 2026",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "pekan depan",
    "kemarin",
    "3 hari lalu",
    "kuartal II",
    "semester pertama 2026",
    "tahun depan",
    "pada 24 Maret 2026",
    "Mei 2026",
    "10.30 WIB",
    "1/2/2026",
    "29/2/2025",
    "Minggu, 32 Desember 99999",
)
CONTROL = (
    "\x00",
    "\x01",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\ufffe",
    "\uffff",
    "\ufeff",
    "\u200b",
    "\u00ad",
    "\u202e",
    "\u2028",
    "\u2029",
    "\r",
    "\r\n",
    "\t",
    "\ud800",
)
MARKUP = (
    "<",
    ">",
    "&",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<p>",
    "</p>",
    "<div>",
    "<article>",
    "<b>",
    "]]>",
    "<![CDATA[",
    "<!--",
    "-->",
    "*",
    "**",
    "_",
    "__",
    "[a](b)",
    "[",
    "](",
    "![x](y)",
    "`",
    "#",
    "# ",
    "\n---\n",
    "---\n",
    "\n\n",
    "> ",
    "- ",
    "1. ",
    "{{ x }}",
    "{% if %}",
    "%s",
    "\\",
    "$1",
    "title: [",
    "date: 2026-02-30\n",
    "&a: x\n",
    "*a\n",
    "!!python/object:os.system\n",
    "ujar",
    "kata",
    "tutur",
    "ujarnya.",
    "Menteri",
    "Dr. H. ",
    "(Antara) - ",
    "JAKARTA, KOMPAS.com -",
)
XML = (
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#x1;",
    "&#xFFFE;",
    "<!DOCTYPE x [<!ENTITY e 'e'>]>",
    "&e;",
    "<g>",
    "</g>",
    "<x/>",
    "<ph>",
    "</ph>",
    '<mrk mtype="seg">',
    "</mrk>",
    "<target>",
    "</target>",
    '<target state="final">',
    'state="translated"',
    'state="needs-review-translation"',
    'translate="no"',
    '<trans-unit id="z">',
    "</trans-unit>",
    "<source>",
    "</source>",
    'target-language="fr"',
    'xmlns="urn:oasis:names:tc:xliff:document:2.0"',
    'version="2.0"',
    "<![CDATA[",
    "]]>",
    '<?xml version="1.0" encoding="utf-16"?>',
    'msgid "',
    'msgstr "',
    '"\n',
    "#, fuzzy\n",
)
ENCODINGS = ("cp1252", "latin-1", "utf-16", "utf-16-le", "utf-8-sig", "cp437")


def _seed_files() -> list[Path]:
    """Every article briefgen can read from the samples and the shared real articles (in place)."""
    found: list[Path] = []
    for folder in (REPO / "sources", SHARED / "corpus", SHARED / "seeds"):
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())
    return found


# --- mutations ------------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, seeds: Sequence[bytes], tokens: Sequence[str]) -> bytes:
    """One seed with a few random edits, as bytes (edits may split UTF-8 sequences: on purpose)."""
    data = draw(st.sampled_from(seeds))
    if draw(st.booleans()):  # a window of whole lines: the head, or a stretch of the middle
        ends = [0, *(i + 1 for i, byte in enumerate(data) if byte == 0x0A), len(data)]
        first = draw(st.sampled_from((0, 0, *range(len(ends)))))
        last = draw(st.integers(first, min(len(ends) - 1, first + 12)))
        data = data[ends[first] : ends[last]]
    token = st.one_of(
        st.sampled_from(tokens),
        st.sampled_from(QUOTES),
        st.sampled_from(DATES),
        st.sampled_from(CONTROL),
        st.text(max_size=20),
    )
    for _ in range(draw(st.integers(0, 8))):
        op = draw(
            st.sampled_from(
                (
                    "insert",
                    "insert",
                    "repeat",
                    "delete",
                    "duplicate",
                    "replace",
                    "reencode",
                    "bytes",
                    "truncate",
                    "quotes",
                )
            )
        )
        size = len(data)
        at = draw(st.integers(0, size))
        if op == "insert":
            data = data[:at] + draw(token).encode("utf-8", "surrogatepass") + data[at:]
        elif op == "repeat":  # the same token many times: quote storms, bracket runs, comma runs
            piece = draw(token).encode("utf-8", "surrogatepass") * draw(st.integers(2, 2000))
            data = data[:at] + piece + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 400)) :]
        elif op == "duplicate":
            end = min(size, at + draw(st.integers(1, 2000)))
            data = data[:end] + data[at:end] * draw(st.integers(1, 5)) + data[end:]
        elif op == "replace":
            end = min(size, at + draw(st.integers(1, 50)))
            data = data[:at] + draw(token).encode("utf-8", "surrogatepass") + data[end:]
        elif op == "reencode":  # a stretch in another encoding: mixed encodings in one file
            end = min(size, at + draw(st.integers(1, 3000)))
            text = data[at:end].decode("utf-8", "replace")
            data = data[:at] + text.encode(draw(st.sampled_from(ENCODINGS)), "replace") + data[end:]
        elif op == "bytes":
            data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
        elif op == "truncate":
            data = data[:at]
        else:  # every straight quote turned into one kind of curly or foreign quote mark
            data = data.replace(b'"', draw(st.sampled_from(QUOTES)).encode())
    return data


# --- running one input ----------------------------------------------------------------------


class Hang(Exception):
    """Raised by the alarm when one input takes more than the limit of CPU time."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


@dataclass
class Run:
    """Counts and findings of one fuzz run."""

    target: str
    findings_dir: Path
    hang: float
    slow: float = 2.0
    inputs: int = 0
    refused: int = 0
    accepted: int = 0
    findings: list[dict[str, object]] = field(default_factory=list)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    slow_inputs: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def one(self, data: bytes, label: str, work: Callable[[], bool]) -> None:
        """Runs ``work`` (True when the input was accepted) under the alarm; records the outcome."""
        from briefgen.errors import BriefgenError

        self.inputs += 1
        began = time.process_time()
        problem: str | None = None
        # CPU time, not wall time: on a machine shared with other work an input is a hang only
        # when briefgen itself spends the time, not when it waits for a core.
        signal.setitimer(signal.ITIMER_PROF, self.hang)
        try:
            if work():
                self.accepted += 1
            else:
                self.refused += 1
        except Hang:
            problem = f"hang: more than {self.hang:g} s of CPU"
        except BriefgenError as exc:
            problem = _hidden(exc, self.hang)
            if problem is None:
                self.refused += 1
        except Exception:  # the point of the fuzzer: anything else is a finding
            problem = traceback.format_exc()
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        took = time.process_time() - began
        self.slowest = sorted([*self.slowest, (took, label)], reverse=True)[:5]
        if problem is not None:
            self._save(data, label, problem, took)
        elif took > self.slow:
            self._keep_slow(data, label, took)
        if self.inputs % 250 == 0:
            rate = self.inputs / (time.monotonic() - self.started)
            print(
                f"{self.target}: {self.inputs} inputs, {len(self.findings)} findings, {rate:.1f}/s, "
                f"slowest {self.slowest[0][0]:.2f} s ({self.slowest[0][1]})",
                flush=True,
            )

    def _keep(self, name: str, data: bytes, note: str) -> None:
        """Writes one input and its note (label, time, problem) under the findings folder."""
        self.findings_dir.mkdir(parents=True, exist_ok=True)
        (self.findings_dir / f"{name}.input").write_bytes(data)
        (self.findings_dir / f"{name}.txt").write_text(note)

    def _save(self, data: bytes, label: str, problem: str, took: float) -> None:
        name = f"{self.target}-{self.inputs:06d}"
        self._keep(name, data, f"{label}\n{took:.2f} s\n{problem}\n")
        last = problem.strip().splitlines()[-1] if problem.strip() else problem
        self.findings.append({"input": name, "label": label, "seconds": round(took, 2), "problem": last})
        print(f"{self.target}: FINDING {name} ({label}): {last}", flush=True)

    def _keep_slow(self, data: bytes, label: str, took: float) -> None:
        """Keeps an input that was accepted but took longer than ``--slow`` (not a finding: the
        issue's limit is for understanding alone, this time also covers both writers)."""
        name = f"slow-{self.target}-{self.inputs:06d}"
        self._keep(name, data, f"{label}\n{took:.2f} s CPU\n")
        self.slow_inputs.append(name)
        print(f"{self.target}: SLOW {name} ({label}): {took:.2f} s CPU", flush=True)

    def report(self) -> str:
        seconds = time.monotonic() - self.started
        lines = [
            f"target {self.target}: {self.inputs} inputs in {seconds:.0f} s "
            f"({self.inputs / max(seconds, 1e-9):.1f}/s); "
            f"{self.accepted} accepted, {self.refused} refused with briefgen's own error, "
            f"{len(self.findings)} findings",
            f"slower than {self.slow:g} s of CPU (kept, not findings): {len(self.slow_inputs)}",
            "slowest (CPU): " + "; ".join(f"{took:.2f} s ({label})" for took, label in self.slowest),
        ]
        lines += [f"  {json.dumps(f, ensure_ascii=False)}" for f in self.findings]
        return "\n".join(lines)


def _hidden(exc: BaseException, hang: float) -> str | None:
    """The finding behind one of briefgen's own errors, if any: the build turns a reader's or an
    extraction's bug into "cannot be read (…; please report this)" so that it costs one article
    only, and the alarm of a hang raised inside them the same way. None: a real refusal."""
    cause = exc.__cause__
    if isinstance(cause, Hang):
        return f"hang: more than {hang:g} s of CPU"
    if cause is not None and "please report this" in str(exc):
        return "".join(traceback.format_exception(cause)) + f"reported as: {exc}"
    return None


def _check_docx(data: bytes) -> None:
    import docx

    docx.Document(io.BytesIO(data))


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if not reader.pages:
        raise AssertionError("the PDF has no pages")
    reader.pages[0].get_contents()  # the first page's content stream parses


def build_once(data: bytes, suffix: str, folder: Path) -> bool:
    """read → understand → compose → DOCX and PDF, the outputs checked; True when accepted."""
    from briefgen.compose import make_brief
    from briefgen.model import RenderOptions, Template
    from briefgen.pipeline import load_article, understand
    from briefgen.templates import builtin_dir
    from briefgen.writers import write_docx, write_pdf

    path = folder / f"2026-01-20-fuzz{suffix}"
    path.write_bytes(data)
    facts = understand(load_article(path, data), DAY)
    brief = make_brief([facts], DAY)
    template = Template(name="default", path=str(builtin_dir() / "default"))
    _check_docx(write_docx(brief, template, RenderOptions()).data)
    _check_pdf(write_pdf(brief, template, RenderOptions()).data)
    return True


def import_once(data: bytes, suffix: str, folder: Path, memory_data: bytes | None = None) -> bool:
    """``translate import`` of one worklist into a fresh memory (or into ``memory_data``, TMX)."""
    from briefgen.config import Config
    from briefgen.pipeline import import_worklist

    memory = folder / "memory.tmx"
    for stale in folder.glob("memory.tmx*"):
        stale.unlink()
    if memory_data is not None:
        memory.write_bytes(memory_data)
    path = folder / f"worklist{suffix}"
    path.write_bytes(data)
    config = Config(extra={"translation": {"memory": str(memory)}}, wait=5.0)
    import_worklist(config, path, "fuzz")
    return True


def worklists(folder: Path) -> list[tuple[str, bytes]]:
    """Worklists exported from the sample sources, XLIFF and PO, each also half translated."""
    from briefgen.config import Config
    from briefgen.pipeline import export_worklist

    config = Config(
        sources=(REPO / "sources",),
        prepared=DAY,
        extra={"translation": {"memory": str(folder / "export-memory.tmx")}},
    )
    found: list[tuple[str, bytes]] = []
    for suffix in (".xlf", ".po"):
        dest = folder / f"export{suffix}"
        export_worklist(config, dest)
        data = dest.read_bytes()
        found.append((suffix, data))
        if suffix == ".xlf":  # the same with English typed in, as a translator hands it back
            text = data.decode()
            filled = text.replace("</source>", '</source><target state="translated">English text</target>')
            found.append((suffix, filled.encode()))
    return found


def memories(folder: Path, lists: Sequence[tuple[str, bytes]]) -> list[bytes]:
    """Translation memories (TMX) as ``translate import`` writes them, from the filled worklist."""
    found: list[bytes] = []
    for suffix, data in lists:
        if suffix == ".xlf" and b"English text" in data:
            import_once(data, suffix, folder)
            found.append((folder / "memory.tmx").read_bytes())
    return found


# --- the targets ----------------------------------------------------------------------------


def fuzz_build(examples: int, run: Run, seed: int | None) -> None:
    files = _seed_files()
    seeds = [p.read_bytes() for p in files]
    suffixes = [p.suffix for p in files]
    print(f"build: {len(seeds)} seed articles", flush=True)
    with tempfile.TemporaryDirectory(prefix="briefgen-fuzz-") as tmp:
        folder = Path(tmp)

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
            derandomize=seed is None,
        )
        @given(st.data())
        def target(draw: st.DataObject) -> None:
            index = draw.draw(st.integers(0, len(seeds) - 1))
            data = draw.draw(mutated([seeds[index]], MARKUP))
            suffix = draw.draw(st.sampled_from((suffixes[index],) * 4 + SUFFIXES))
            label = f"{files[index].name} as {suffix}, {len(data)} bytes"
            run.one(data, label, lambda: build_once(data, suffix, folder))

        _seeded(target, seed)()


_TARGET_TEXT = re.compile(rb"(<target(?:\s[^>]*)?(?<!/)>)(.*?)(</target>)|(msgstr )(\"[^\n]*\")", re.DOTALL)


def _mutate_targets(draw: st.DataObject, data: bytes) -> bytes:
    """The worklist with the text of a few targets (or PO msgstr) replaced by mutated text."""
    spots = list(_TARGET_TEXT.finditer(data))
    if not spots:
        return data
    pieces: list[bytes] = []
    last = 0
    for match in sorted(
        draw.draw(st.lists(st.sampled_from(spots), min_size=1, max_size=6, unique_by=id)),
        key=lambda m: m.start(),
    ):
        original = match[2] if match[1] is not None else match[5]
        text = draw.draw(mutated([original], MARKUP)).decode("utf-8", "replace")
        if draw.draw(st.integers(0, 3)):  # usually as a CAT tool writes it (legal XML), sometimes raw
            text = "".join(
                c
                for c in text
                if c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c > "\uffff"
            )
            text = xml_escape(text) if match[1] is not None else json.dumps(text, ensure_ascii=False)
        head = match[1] if match[1] is not None else match[4]
        tail = match[3] if match[1] is not None else b""
        pieces += [data[last : match.start()], head, text.encode("utf-8", "surrogatepass"), tail]
        last = match.end()
    pieces.append(data[last:])
    return b"".join(pieces)


def fuzz_import(examples: int, run: Run, seed: int | None) -> None:
    with tempfile.TemporaryDirectory(prefix="briefgen-fuzz-") as tmp:
        folder = Path(tmp)
        lists = worklists(folder)
        tmx = memories(folder, lists)
        filled = next(i for i, (_, data) in enumerate(lists) if b"English text" in data)
        print(f"import: {len(lists)} exported worklists, {len(tmx)} memories", flush=True)

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
            derandomize=seed is None,
        )
        @given(st.data())
        def target(draw: st.DataObject) -> None:
            index = draw.draw(st.integers(0, len(lists) - 1))
            suffix, seed_data = lists[index]
            if tmx and draw.draw(st.integers(0, 2)) == 0:  # a good worklist into a mutated memory
                memory = draw.draw(mutated(tmx, XML))
                suffix, data = lists[filled]
                label = f"worklist {filled} into a mutated memory.tmx of {len(memory)} bytes"
                run.one(memory, label, lambda: import_once(data, suffix, folder, memory))
                return
            if draw.draw(st.booleans()):  # the XML itself mutated: mostly refused as not XLIFF
                data, how = draw.draw(mutated([seed_data], XML)), "markup"
            else:  # only the English a translator typed, so that the import goes through
                data, how = _mutate_targets(draw, seed_data), "targets"
            label = f"worklist {index} ({suffix}, {how} mutated), {len(data)} bytes"
            run.one(data, label, lambda: import_once(data, suffix, folder))

        _seeded(target, seed)()


def _seeded(test: Callable[[], None], seed: int | None) -> Callable[[], None]:
    from hypothesis import seed as hypothesis_seed

    return hypothesis_seed(seed)(test) if seed is not None else test


TARGETS: dict[str, Callable[[int, Run, int | None], None]] = {"build": fuzz_build, "import": fuzz_import}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--examples", type=int, default=10_000, help="inputs to run (default 10,000)")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: derandomized)")
    parser.add_argument("--hang", type=float, default=10.0, help="CPU seconds after which an input is a hang")
    parser.add_argument(
        "--slow", type=float, default=2.0, help="CPU seconds above which an input is kept as slow"
    )
    parser.add_argument(
        "--findings", type=Path, default=Path(tempfile.gettempdir()) / "briefgen-fuzz-findings"
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGPROF, _alarm)
    run = Run(args.target, args.findings, args.hang, args.slow)
    try:
        TARGETS[args.target](args.examples, run, args.seed)
    except KeyboardInterrupt:  # stopped early (Ctrl-C): still say what was run and found
        print("interrupted", flush=True)
    print(run.report(), flush=True)
    return 1 if run.findings else 0


def quick(target: str, examples: int, findings: Path) -> Run:
    """Runs one target on a few inputs, for the test that keeps this script working."""
    previous = signal.signal(signal.SIGPROF, _alarm)
    try:
        run = Run(target, findings, 10.0)
        TARGETS[target](examples, run, None)
    finally:
        signal.signal(signal.SIGPROF, previous)
    return run


if __name__ == "__main__":
    sys.exit(main())
