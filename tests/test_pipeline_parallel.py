"""Many sources: extraction in worker processes, the facts cache, and DOCX and PDF written side by side."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from briefgen import pipeline
from briefgen.config import Config
from briefgen.errors import SourceError
from briefgen.model import Facts
from briefgen.pipeline import outputs, rendering, understanding
from briefgen.pipeline import sources as pipeline_sources

SAMPLES = Path(__file__).resolve().parent.parent / "sources"
DAY = dt.date(2026, 1, 26)


def many_sources(folder: Path, copies: int) -> Path:
    """The samples several times over under other names, and two sources that cannot be read."""
    folder.mkdir()
    for n in range(copies):
        for source in sorted(SAMPLES.iterdir()):
            shutil.copy(source, folder / f"{source.stem}-{n:02d}{source.suffix}")
    (folder / "2026-01-20-kosong.txt").write_bytes(b"")
    (folder / "2026-01-21-gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


def serially(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(understanding, "POOL_THRESHOLD", 10**9)
    monkeypatch.setattr(rendering, "PARALLEL_RENDER_SOURCES", 10**9)


def summary(found: list[Facts], skipped: list[SourceError]) -> tuple[list[str], list[str]]:
    return [f.article.source for f in found], [e.message for e in skipped]


def test_workers_give_the_same_facts_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = many_sources(tmp_path / "sources", 8)
    assert len(pipeline.discover([sources])) >= understanding.POOL_THRESHOLD
    found, skipped = pipeline.collect([sources], DAY)
    with monkeypatch.context() as patch:
        serially(patch)
        alone, alone_skipped = pipeline.collect([sources], DAY)
    assert found == alone  # every fact, and the order of the sources
    assert summary(found, skipped) == summary(alone, alone_skipped)
    # A source that fails costs that source only, with the message it has without workers.
    assert [e.path for e in skipped] == [
        str(sources / "2026-01-20-kosong.txt"),
        str(sources / "2026-01-21-gambar.txt"),
    ]


def test_the_facts_cache_is_written_by_workers_and_read_on_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = many_sources(tmp_path / "sources", 8)
    cache = tmp_path / "cache"
    first = pipeline.collect([sources], DAY, cache=cache)
    assert len(list(cache.glob("*.pickle"))) == len(first[0])

    def no_understanding(*args: object) -> Facts:
        raise AssertionError("an unchanged source was understood again")

    monkeypatch.setattr(understanding, "understand", no_understanding)
    again = pipeline.collect([sources], DAY, cache=cache)
    assert summary(*again) == summary(*first) and again[0] == first[0]


def test_a_changed_source_is_understood_again(tmp_path: Path) -> None:
    sources = many_sources(tmp_path / "sources", 1)
    cache = tmp_path / "cache"
    pipeline.collect([sources], DAY, cache=cache)
    changed = sources / "2026-01-20-film-korea-00.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Laksmi", "Larasati"), encoding="utf-8")
    found, _ = pipeline.collect([sources], DAY, cache=cache)
    people = next(f.people for f in found if f.article.source == str(changed))
    assert any("Larasati" in p.name for p in people)


def test_documents_written_side_by_side_are_the_ones_written_one_after_the_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = many_sources(tmp_path / "sources", 2)
    config = Config(sources=(sources,), out=tmp_path / "together", prepared=DAY)
    together = pipeline.build(config)
    assert together.brief is not None and together.brief.source_count >= rendering.PARALLEL_RENDER_SOURCES
    with monkeypatch.context() as patch:
        serially(patch)
        alone = pipeline.build(Config(sources=(sources,), out=tmp_path / "alone", prepared=DAY))
    assert [p.name for p in together.written] == [p.name for p in alone.written]
    for mine, theirs in zip(together.written, alone.written, strict=True):
        assert mine.read_bytes() == theirs.read_bytes(), mine.name
    assert together.warnings == alone.warnings


def test_a_failing_worker_leaves_the_error_to_the_writer_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = many_sources(tmp_path / "sources", 2)
    config = Config(sources=(sources,), out=tmp_path / "out", prepared=DAY)
    # Both writers break in their processes: each document is written again here instead.
    monkeypatch.setattr(rendering, "write_in_process", lambda *args: 1 / 0)
    result = pipeline.build(config)
    assert sorted(p.suffix for p in result.written) == [".docx", ".pdf"]
    serially(monkeypatch)
    alone = pipeline.build(Config(sources=(sources,), out=tmp_path / "alone", prepared=DAY))
    for mine, theirs in zip(result.written, alone.written, strict=True):
        assert mine.read_bytes() == theirs.read_bytes(), mine.name


def test_the_code_digest_follows_every_source_file_of_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "pkg"
    (package / "extract").mkdir(parents=True)
    rules = package / "extract" / "rules.py"
    rules.write_text("LIMIT = 1\n", encoding="utf-8")
    monkeypatch.setattr(understanding, "_PACKAGE", package)
    digests = []
    for text in ("LIMIT = 1\n", "LIMIT = 2\n", "LIMIT = 1\n"):
        rules.write_text(text, encoding="utf-8")
        pipeline.code_digest.cache_clear()
        digests.append(pipeline.code_digest())
    pipeline.code_digest.cache_clear()
    assert digests[0] != digests[1] and digests[0] == digests[2]


def test_facts_cached_by_other_code_are_understood_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = many_sources(tmp_path / "sources", 1)
    cache = tmp_path / "cache"
    pipeline.collect([sources], DAY, cache=cache)
    before = set(cache.glob("*.pickle"))
    understood: list[object] = []
    real = pipeline.understand

    def counting(*args: object, **kwargs: object) -> object:
        understood.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(understanding, "code_digest", lambda: "edited")
    monkeypatch.setattr(understanding, "understand", counting)
    serially(monkeypatch)
    found, _ = pipeline.collect([sources], DAY, cache=cache)
    assert len(understood) == len(found) > 0
    assert set(cache.glob("*.pickle")) - before  # new entries beside the old ones


def copied_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of briefgen's code and data files that the code digest and the code's stats read."""
    package = tmp_path / "pkg"
    real = understanding._PACKAGE
    for file in understanding._code_files():
        copy = package / file.relative_to(real)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(file, copy)
    monkeypatch.setattr(understanding, "_PACKAGE", package)
    pipeline.code_digest.cache_clear()
    return package


@pytest.mark.parametrize("settled", ["just edited", "trusted at once"])
def test_a_build_by_other_code_is_not_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settled: str
) -> None:
    sources = many_sources(tmp_path / "sources", 1)
    serially(monkeypatch)
    if settled == "trusted at once":  # the files' stats stand for them at once: the stats tell the edit
        monkeypatch.setattr(pipeline_sources, "SETTLED_NS", -(10**12))
    package = copied_package(tmp_path, monkeypatch)
    config = Config(sources=(sources,), out=tmp_path / "out", prepared=DAY)
    try:
        pipeline.build(config)
        with monkeypatch.context() as patch:
            if settled == "trusted at once":  # the same stats: the code is not even read
                patch.setattr(outputs, "code_digest", lambda: pytest.fail("the code was read"))
            assert pipeline.build(config).up_to_date  # the same code: nothing to do
        rules = package / "extract" / "steps.py"
        rules.write_text(rules.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        pipeline.code_digest.cache_clear()  # a new process, in effect
        again = pipeline.build(config)
        assert not again.up_to_date and again.written
        assert pipeline.build(config).up_to_date
    finally:
        pipeline.code_digest.cache_clear()


def test_code_edited_while_a_build_runs_is_not_taken_for_the_code_that_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = many_sources(tmp_path / "sources", 1)
    serially(monkeypatch)
    monkeypatch.setattr(pipeline_sources, "SETTLED_NS", -(10**12))  # every stat trusted at once
    package = copied_package(tmp_path, monkeypatch)
    config = Config(sources=(sources,), out=tmp_path / "out", prepared=DAY)
    rules = package / "extract" / "steps.py"
    real = pipeline._build_unlocked

    def edited_meanwhile(*args: object, **kwargs: object) -> object:
        rules.write_text(rules.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    try:
        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "_build_unlocked", edited_meanwhile)
            assert pipeline.build(config).written
        pipeline.code_digest.cache_clear()  # a new process, in effect
        again = pipeline.build(config)  # the recorded build was made before the edit
        assert not again.up_to_date and again.written
        assert pipeline.build(config).up_to_date
    finally:
        pipeline.code_digest.cache_clear()
