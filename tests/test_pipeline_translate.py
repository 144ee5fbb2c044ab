"""The English side end to end: glossary and generated English, XLIFF round trip, loopback MT."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from readback import docx_text, pdf_text

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.pipeline import build, export_worklist, import_worklist, load_memory
from briefgen.translate.backends import PROGRESS_STAGE


def config(seeds: Path, out: Path, **translation: object) -> Config:
    return (
        Config(
            sources=(seeds,),
            out=out,
            extra={"translation": dict(translation)} if translation else {},
            force=True,
        )
        if False
        else Config(sources=(seeds,), out=out, extra={"translation": dict(translation)})
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1769385600")  # Monday 26 January 2026
    return tmp_path


def test_english_without_memory_or_mt(project: Path, seeds_dir: Path) -> None:
    result = build(config(seeds_dir, project / "out"))
    assert result.brief is not None
    counts = result.brief.english
    assert counts["missing"] > 0 and counts["human"] == counts["machine"] == 0
    for path in result.written:
        text = pdf_text(path) if path.suffix == ".pdf" else docx_text(path)
        flat = " ".join(text.split())
        for english in (
            "Key Points",
            "Next Steps",
            "Tuesday, 20 January 2026",
            "Deputy Minister of Creative Economy",
            "Deputy Chief of Mission of the Embassy of the Republic of Indonesia in Seoul",
            "received a visit from the Deputy Chief of Mission",
            "await translation (briefgen translate export).",
        ):
            assert english in flat, (path.name, english)
        assert "[translation pending]" not in flat


def test_export_fill_import_build(project: Path, seeds_dir: Path) -> None:
    from translate.storage import xliff

    worklist = project / "work" / "brief.xlf"
    count = export_worklist(config(seeds_dir, project / "out"), worklist)
    assert count > 5  # the brief without its annex: key statements, background, next steps
    store = xliff.xlifffile.parsestring(worklist.read_bytes())
    units = [u for u in store.units if u.source]
    assert len(units) == count
    chosen = {}
    for n, unit in enumerate(units):
        unit.target = f"Human English {n}."
        chosen[unit.source] = unit.target
    worklist.write_bytes(bytes(store))

    stored, unchanged = import_worklist(config(seeds_dir, project / "out"), worklist, "Sari Wulandari")
    assert (stored, unchanged) == (count, 0)
    memory = load_memory(project / "translations" / "memory.tmx")
    assert memory.counts() == {"human": count, "machine": 0}
    assert {e.by for e in memory} == {"Sari Wulandari"}

    result = build(config(seeds_dir, project / "out"))
    assert result.brief is not None
    assert result.brief.english["missing"] == 0 and result.brief.english["human"] > 0
    text = " ".join(pdf_text(next(p for p in result.written if p.suffix == ".pdf")).split())
    assert "[translation pending]" not in text and "[MT]" not in text
    for english in list(chosen.values())[:5]:
        assert english in text
    assert export_worklist(config(seeds_dir, project / "out"), project / "again.xlf") == 0


class FakeLibreTranslate(BaseHTTPRequestHandler):
    requests: list[dict[str, object]] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.requests.append(body)
        texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
        answer = [f"MT English of: {t}" for t in texts]
        data = json.dumps({"translatedText": answer if isinstance(body["q"], list) else answer[0]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def libretranslate() -> Iterator[str]:
    FakeLibreTranslate.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_machine_translation_then_a_human_replaces_it(
    project: Path, seeds_dir: Path, libretranslate: str
) -> None:
    settings = config(seeds_dir, project / "out", backend="libretranslate", url=libretranslate)
    result = build(settings)
    assert result.brief is not None and FakeLibreTranslate.requests
    assert result.brief.english["missing"] == 0 and result.brief.english["machine"] > 0
    text = " ".join(pdf_text(next(p for p in result.written if p.suffix == ".pdf")).split())
    assert "MT English of:" in text and "[MT]" in text and "[translation pending]" not in text
    memory = load_memory(project / "translations" / "memory.tmx")
    # Each distinct segment is asked for once and remembered as machine, with the backend's name.
    assert memory.counts()["human"] == 0 and memory.counts()["machine"] >= 6
    assert all(e.by.startswith("libretranslate") for e in memory)

    # A translator post-edits one machine draft; the import makes it human and the build uses it.
    worklist = project / "work.xlf"
    export_worklist(settings, worklist)
    from translate.storage import xliff

    store = xliff.xlifffile.parsestring(worklist.read_bytes())
    # (the register's step has English generated from its frame: a quote's machine draft is edited)
    unit = next(u for u in store.units if str(u.target or "").startswith("MT English of:"))
    edited = str(unit.source)
    unit.target = "Through this meeting, both sides agreed to strengthen coordination."
    worklist.write_bytes(bytes(store))
    assert import_worklist(settings, worklist)[0] >= 1

    asked = len(FakeLibreTranslate.requests)
    again = build(settings)
    assert len(FakeLibreTranslate.requests) == asked  # everything came from the memory
    text = " ".join(pdf_text(next(p for p in again.written if p.suffix == ".pdf")).split())
    assert "Through this meeting, both sides agreed to strengthen coordination." in text
    assert f"MT English of: {' '.join(edited.split())[:40]}" not in text
    assert again.brief is not None and again.brief.english["human"] >= 1


def test_strict_translation_writes_nothing(project: Path, seeds_dir: Path) -> None:
    from dataclasses import replace

    with pytest.raises(BriefgenError, match=r"English segment\(s\) have no translation"):
        build(replace(config(seeds_dir, project / "out"), strict_translation=True))
    assert not list((project / "out").glob("brief-*"))


def test_the_worklist_holds_what_the_brief_holds(project: Path) -> None:
    """The same story from two outlets is one article in the brief, so one set of units to translate."""
    sources = project / "in"
    sources.mkdir()
    release = (
        "Kementerian Pariwisata menggelar rapat koordinasi persiapan festival layang-layang di Pantai "
        "Padang Galak, Selasa (20/1/2026). Rapat dihadiri perwakilan pemerintah daerah dan komunitas."
    )
    (sources / "a.txt").write_text(f"Warta.id - Denpasar - {release}\n", encoding="utf-8")
    copy = release.replace("dihadiri", "juga dihadiri")
    (sources / "b.txt").write_text(f"DENPASAR, KabarBali.com - {copy}\n", encoding="utf-8")
    worklist = project / "work.xlf"
    export_worklist(Config(sources=(sources,), out=project / "out"), worklist)
    text = worklist.read_text(encoding="utf-8")
    assert "Rapat dihadiri perwakilan" in text and "juga dihadiri" not in text


class FailsAfterOneBatch(BaseHTTPRequestHandler):
    """LibreTranslate that answers the first request and refuses every later one with its reason."""

    answered = 0

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FailsAfterOneBatch.answered += 1
        if FailsAfterOneBatch.answered > 1:
            data = json.dumps({"error": "quota of the day used up"}).encode()
            self.send_response(403)
        else:
            data = json.dumps({"translatedText": [f"MT English of: {t}" for t in body["q"]]}).encode()
            self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fails_after_one_batch() -> Iterator[str]:
    FailsAfterOneBatch.answered = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), FailsAfterOneBatch)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_failed_batch_keeps_the_batches_before_it_in_the_brief_and_the_memory(
    project: Path, seeds_dir: Path, fails_after_one_batch: str
) -> None:
    settings = config(
        seeds_dir, project / "out", backend="libretranslate", url=fails_after_one_batch, batch_size=5
    )
    result = build(settings)
    assert result.brief is not None
    assert result.brief.english["machine"] >= 5 and result.brief.english["missing"] > 0
    assert any("quota of the day used up" in w and "stay pending" in w for w in result.warnings)
    memory = load_memory(project / "translations" / "memory.tmx")
    assert memory.counts() == {"human": 0, "machine": 5}


def test_strict_translation_says_why_machine_translation_failed(
    project: Path, seeds_dir: Path, fails_after_one_batch: str
) -> None:
    from dataclasses import replace

    FailsAfterOneBatch.answered = 1  # every request is refused
    settings = config(seeds_dir, project / "out", backend="libretranslate", url=fails_after_one_batch)
    with pytest.raises(BriefgenError, match=r"answered 403: quota of the day used up") as caught:
        build(replace(settings, strict_translation=True))
    assert "have no translation" in caught.value.message and "\n" not in caught.value.message
    assert not list((project / "out").glob("brief-*"))


PENDING_MARKS = ("[translation pending]", "await translation", "awaits translation")


def _sections_of(flat: str, headings: list[str]) -> list[str]:
    """``flat`` cut at each heading, in order (a heading missing from the text is skipped)."""
    pieces: list[str] = []
    rest = flat
    for heading in headings:
        head, found, tail = rest.partition(heading)
        if found:
            pieces.append(head)
            rest = tail
    return [*pieces, rest]


@pytest.mark.parametrize("langs", [("id", "en"), ("en",)])
def test_register_has_english_and_pending_shows_once_a_section(
    project: Path, seeds_dir: Path, langs: tuple[str, ...]
) -> None:
    from dataclasses import replace

    from briefgen.model import StepItem

    result = build(replace(config(seeds_dir, project / "out"), langs=langs))  # type: ignore[arg-type]
    assert result.brief is not None
    steps = [b for s in result.brief.sections for b in s.blocks if isinstance(b, StepItem)]
    assert steps
    for step in steps:
        # Who, what sort of step and when, in English, with no memory and no MT.
        assert step.actor is None or step.actor_en, step
        assert step.action.en is not None or (step.kind is not None and step.kind.en), step
        assert step.due is None or step.due.en, step
    english_actors = [s.actor_en for s in steps if s.actor_en]
    for path in result.written:
        text = pdf_text(path) if path.suffix == ".pdf" else docx_text(path)
        flat = " ".join(text.split())
        for actor in english_actors:
            assert actor and " ".join(actor.split()[-3:]) in flat, (path.name, actor)
        body = flat.split("Prepared with briefgen")[0]  # the colophon's count is not a marker
        sections = _sections_of(body, ["Key Points", "Next Steps", "Sources"])
        assert len(sections) == 4, path.name
        for piece in sections:
            assert sum(piece.count(mark) for mark in PENDING_MARKS) <= 1, (path.name, piece[:80])


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def test_an_english_articles_key_point_counts_as_the_sources_own_english(project: Path) -> None:
    english = sorted(CORPUS.glob("e0*.txt")) if CORPUS.is_dir() else []
    if not english:
        pytest.skip(f"the real corpus is expected at {CORPUS} (the shared folder is absent)")
    result = build(Config(sources=tuple(english), out=project / "out"))
    assert result.brief is not None
    points = [b for s in result.brief.sections if s.kind == "key_points" for b in s.blocks]
    origins = {b.text.origin for b in points if hasattr(b, "text")}
    assert origins == {"source"}, origins  # the article's own English, not a translator's
    counts = result.brief.english
    assert counts["source"] == len(points) and counts["human"] == 0
    pdf = next(p for p in result.written if p.suffix == ".pdf")
    assert f"English: {len(points)} original" in " ".join(pdf_text(pdf).split())


def test_export_po_fill_in_polib_import_build(project: Path, seeds_dir: Path) -> None:
    import polib

    worklist = project / "work" / "brief.po"
    count = export_worklist(config(seeds_dir, project / "out"), worklist)
    assert count > 5
    store = polib.pofile(str(worklist))
    chosen = {}
    for n, entry in enumerate(e for e in store if e.msgid):
        entry.msgstr = f"Human English {n} from Poedit."
        chosen[entry.msgid] = entry.msgstr
    assert len(chosen) == count
    store.save(str(worklist))

    stored, unchanged = import_worklist(config(seeds_dir, project / "out"), worklist, "Sari Wulandari")
    assert (stored, unchanged) == (count, 0)
    assert load_memory(project / "translations" / "memory.tmx").counts() == {"human": count, "machine": 0}

    result = build(config(seeds_dir, project / "out"))
    assert result.brief is not None
    assert result.brief.english["missing"] == 0 and result.brief.english["human"] == count
    for path in result.written:
        text = " ".join((pdf_text(path) if path.suffix == ".pdf" else docx_text(path)).split())
        assert "await translation" not in text and "[MT]" not in text, path.name
        for english in chosen.values():
            assert english in text, (path.name, english)
    assert export_worklist(config(seeds_dir, project / "out"), project / "again.po") == 0


def test_import_of_a_broken_po_is_one_line_on_the_command_line(project: Path) -> None:
    import subprocess
    import sys

    broken = project / "work.po"
    broken.write_bytes(b'msgctxt "p1"\nmsgstr "no msgid"\n')
    run = subprocess.run(
        [sys.executable, "-m", "briefgen", "translate", "import", str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert run.stderr.strip().splitlines() == [
        f"briefgen: error: {broken}: not a valid PO file: line 2: msgstr without a msgid"
    ]


def test_the_progress_bar_shows_the_wait_for_machine_translation(
    project: Path, seeds_dir: Path, libretranslate: str
) -> None:
    # Issue 15: a server that never answers holds the build up to the translation budget (a
    # minute); a terminal shows the machine-translation stage with its time meanwhile, as one
    # report (it was a "machine translation" stage and a per-batch one, two bars for one wait).
    told: list[tuple[str, int, int]] = []
    settings = config(seeds_dir, project / "out", backend="libretranslate", url=libretranslate)
    build(settings, progress=lambda stage, done, total: told.append((stage, done, total)))
    stages = [entry for entry in told if entry[0] == PROGRESS_STAGE]
    total = stages[0][2]
    assert total > 5 and stages[0] == (PROGRESS_STAGE, 0, total)  # before the first request
    assert stages[-1] == (PROGRESS_STAGE, total, total)
    assert not any("machine translation" in stage for stage, _, _ in told)
    writing = next(i for i, entry in enumerate(told) if entry[0].startswith("writing"))
    assert told.index(stages[-1]) < writing  # before the documents are written
    told.clear()
    build(config(seeds_dir, project / "plain"), progress=lambda *entry: told.append(entry))
    assert told and not any(stage == PROGRESS_STAGE for stage, _, _ in told)
