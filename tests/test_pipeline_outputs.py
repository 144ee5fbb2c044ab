"""The documents of one build are replaced together or not at all: never a new DOCX beside an old PDF."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.pipeline import build

ARTICLE = (
    "Jakarta - Dinas Pariwisata menggelar rapat koordinasi festival budaya pesisir, Selasa (20/1/2026). "
    '"Kami siap menyambut wisatawan," kata Kepala Dinas Pariwisata Budi Santoso.\n'
)


@pytest.fixture
def first(tmp_path: Path) -> Iterator[tuple[Config, dict[str, str]]]:
    """A source, an output folder holding a first build's DOCX and PDF, and their digests."""
    source = tmp_path / "good.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    config = Config(sources=(source,), out=tmp_path / "out", prepared=dt.date(2026, 1, 26))
    result = build(config)
    assert sorted(p.suffix for p in result.written) == [".docx", ".pdf"]
    yield config, digests(config.out)


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def again(config: Config) -> Config:
    """The same build on another day of preparation, so every document's bytes change."""
    from dataclasses import replace

    return replace(config, prepared=dt.date(2026, 1, 27))


def test_a_pdf_that_cannot_be_replaced_leaves_the_docx_as_it_was(
    first: tuple[Config, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, before = first
    real = os.replace

    def refuse_pdf(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if str(dst).endswith("brief-2026-01-20.pdf"):
            raise PermissionError(errno.EPERM, "Operation not permitted", str(dst))
        real(src, dst)

    monkeypatch.setattr("briefgen.pipeline.outputs.os.replace", refuse_pdf)
    with pytest.raises(
        BriefgenError, match=r"brief-2026-01-20.pdf: cannot write \(Operation not permitted\)"
    ):
        build(again(config))
    assert digests(config.out) == before  # both documents, the manifest, and no temporary file


def test_a_full_disk_on_the_second_document_leaves_the_first_as_it_was(
    first: tuple[Config, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, before = first
    real = os.fsync
    calls: list[int] = []

    def full_on_second(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr("briefgen.pipeline.outputs.os.fsync", full_on_second)
    with pytest.raises(BriefgenError, match=r"cannot write \(No space left on device\)"):
        build(again(config))
    assert digests(config.out) == before


def test_an_exception_in_the_second_writer_leaves_every_output_as_it_was(
    first: tuple[Config, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, before = first

    def broken(*args: object) -> bytes:
        raise RuntimeError("the PDF writer failed")

    monkeypatch.setattr("briefgen.writers.pdf.write_pdf", broken)
    with pytest.raises(RuntimeError, match="the PDF writer failed"):
        build(again(config))
    assert digests(config.out) == before


def test_an_immutable_pdf_leaves_the_pair_as_it_was(first: tuple[Config, dict[str, str]]) -> None:
    config, before = first
    pdf = config.out / "brief-2026-01-20.pdf"
    if subprocess.run(["chattr", "+i", str(pdf)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not possible here (needs root and a file system with attributes)")
    try:
        with pytest.raises(BriefgenError, match=r"brief-2026-01-20.pdf: cannot write"):
            build(again(config))
    finally:
        subprocess.run(["chattr", "-i", str(pdf)], check=True)
    assert digests(config.out) == before


def test_a_new_set_replaces_the_old_one_whole(first: tuple[Config, dict[str, str]]) -> None:
    config, before = first
    result = build(again(config))
    after = digests(config.out)
    assert sorted(after) == sorted(before)
    assert all(after[p.name] != before[p.name] for p in result.written)
    assert not list(config.out.glob(".*.tmp"))


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the dropped exception
def test_a_stop_whose_exception_was_lost_still_leaves_the_outputs_alone(tmp_path: Path) -> None:
    """A signal handled inside a destructor raises there and Python drops the exception; the
    record of the stop is checked before any output is replaced."""
    from briefgen import errors
    from briefgen.errors import Interrupted, request_stop
    from briefgen.pipeline.outputs import write_together

    docx, pdf = tmp_path / "brief.docx", tmp_path / "brief.pdf"
    docx.write_bytes(b"old docx")
    pdf.write_bytes(b"old pdf")

    class Finaliser:
        def __del__(self) -> None:
            request_stop(15)

    try:
        Finaliser()  # dropped at once: its __del__ raises, Python prints the exception and goes on
        with pytest.raises(Interrupted) as stopped:
            write_together([(docx, b"new docx"), (pdf, b"new pdf")])
        assert stopped.value.signum == 15
        assert (docx.read_bytes(), pdf.read_bytes()) == (b"old docx", b"old pdf")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx", "brief.pdf"]
    finally:
        errors._stop_requested.clear()
    write_together([(docx, b"new docx"), (pdf, b"new pdf")])  # no stop asked for: written
    assert (docx.read_bytes(), pdf.read_bytes()) == (b"new docx", b"new pdf")


@pytest.fixture
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file's stat trusted even just after it was written (files in a test are all new)."""
    from briefgen.pipeline import sources

    monkeypatch.setattr(sources, "SETTLED_NS", -(10**12))


def digests_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files whose digest is computed from here on (read and hashed)."""
    from briefgen.pipeline import outputs

    read: list[str] = []
    real = outputs.file_digest

    def counting(path: Path) -> str:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(outputs, "file_digest", counting)
    return read


def test_an_unchanged_rerun_reads_no_source_whose_stat_is_the_one_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settled_at_once: None
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for n in range(3):
        (sources / f"2026-01-2{n}-x.txt").write_text(ARTICLE.replace("Budi", f"Budi{n}"), encoding="utf-8")
    config = Config(sources=(sources,), out=tmp_path / "out", prepared=dt.date(2026, 1, 26))
    build(config)
    read = digests_read(monkeypatch)
    assert build(config).up_to_date
    assert not any(name.endswith(".txt") for name in read)  # the outputs and the template are hashed
    assert {p.name for p in (tmp_path / "out").glob("brief-*")} <= set(read)


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(
    tmp_path: Path, settled_at_once: None
) -> None:
    source = tmp_path / "2026-01-20-x.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    config = Config(sources=(source,), out=tmp_path / "out", prepared=dt.date(2026, 1, 26))
    build(config)
    assert build(config).up_to_date
    before = source.stat()
    time.sleep(0.05)  # past the file system's timestamp granularity
    source.write_text(ARTICLE.replace("Budi", "Bima"), encoding="utf-8")  # the same size
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old modification time
    assert source.stat().st_size == before.st_size and source.stat().st_mtime_ns == before.st_mtime_ns
    again = build(config)  # the status-change time moved: the file is read, the edit seen
    assert not again.up_to_date and again.brief is not None
    assert "Bima" in str(again.brief)


def test_a_file_changed_just_before_it_was_looked_at_has_no_stat_to_trust(tmp_path: Path) -> None:
    from briefgen.pipeline.outputs import Digests, file_digest
    from briefgen.pipeline.sources import file_stat

    fresh = tmp_path / "fresh.txt"
    fresh.write_text(ARTICLE, encoding="utf-8")
    assert file_stat(fresh) is None  # changed a moment ago: it could change again unseen
    digests = Digests({"fresh": [*([0] * 5), "a digest recorded for another content"]})
    assert digests.of("fresh", fresh) == file_digest(fresh) and digests.stats == {}
    assert file_stat(tmp_path) is None  # a folder has no digest to trust either
