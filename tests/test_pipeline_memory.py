"""The translation memory file: every writer merges under a lock, keeps a backup, loses nothing."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from test_pipeline_translate import FakeLibreTranslate

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.pipeline import build, doctor, export_worklist, import_worklist, load_memory

MEMORY = Path("translations") / "memory.tmx"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1769385600")  # Monday 26 January 2026
    return tmp_path


def settings(seeds: Path, out: Path, **translation: object) -> Config:
    return Config(sources=(seeds,), out=out, extra={"translation": dict(translation)})


def translated_worklist(seeds: Path, project: Path, name: str, every: int = 1, start: int = 0) -> Path:
    """A worklist of the seeds' segments, every ``every``-th from ``start`` translated by hand."""
    from translate.storage import xliff

    path = project / f"{name}.xlf"
    export_worklist(settings(seeds, project / "out"), path)
    store = xliff.xlifffile.parsestring(path.read_bytes())
    for n, unit in enumerate(u for u in store.units if u.source):
        if n % every == start:
            unit.target = f"{name} English {n}."
    path.write_bytes(bytes(store))
    return path


class SlowLibreTranslate(FakeLibreTranslate):
    """The translation tests' loopback LibreTranslate, whose requests wait until the test lets them go."""

    asked = threading.Event()
    release = threading.Event()

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        SlowLibreTranslate.asked.set()
        SlowLibreTranslate.release.wait(timeout=30)  # bounded: the test can never hang here
        super().do_POST()


@pytest.fixture
def slow_mt() -> Iterator[str]:
    SlowLibreTranslate.asked.clear()
    SlowLibreTranslate.release.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    SlowLibreTranslate.release.set()
    server.shutdown()
    server.server_close()


def test_an_import_during_a_build_with_machine_translation_keeps_every_human_entry(
    project: Path, seeds_dir: Path, slow_mt: str
) -> None:
    worklist = translated_worklist(seeds_dir, project, "human")
    failures: list[BaseException] = []

    def run_build() -> None:
        try:
            build(settings(seeds_dir, project / "out", backend="libretranslate", url=slow_mt, batch_size=100))
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            failures.append(exc)

    builder = threading.Thread(target=run_build)
    builder.start()
    assert SlowLibreTranslate.asked.wait(timeout=60), "the build never asked the MT server"
    stored, _ = import_worklist(settings(seeds_dir, project / "out"), worklist, "Sari Wulandari")
    SlowLibreTranslate.release.set()
    builder.join(timeout=120)
    assert not builder.is_alive() and not failures, failures
    memory = load_memory(MEMORY)
    assert stored > 5 and memory.counts()["human"] == stored  # the seed brief has 7 passages to translate
    humans = [e for e in memory if e.origin == "human"]
    assert all(e.by == "Sari Wulandari" and e.target.startswith("human English") for e in humans)
    # The build's machine translations of those same segments did not replace them.
    assert not any(e.target.startswith("MT English of:") for e in humans)


def test_two_imports_at_once_keep_both(
    project: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen.translate.xliff as xliff_module

    first = translated_worklist(seeds_dir, project, "first", every=2, start=0)
    second = translated_worklist(seeds_dir, project, "second", every=2, start=1)
    real = xliff_module.import_xliff
    both_read = threading.Barrier(2, timeout=10)

    def in_step(data: bytes, name: str) -> list[tuple[str, str]]:
        pairs = real(data, name)
        both_read.wait()  # both imports have read their files before either writes the memory
        return pairs

    monkeypatch.setattr(xliff_module, "import_xliff", in_step)
    results: dict[str, tuple[int, int]] = {}

    def run_import(path: Path) -> None:
        results[path.stem] = import_worklist(settings(seeds_dir, project / "out"), path, path.stem)

    threads = [threading.Thread(target=run_import, args=(path,)) for path in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert set(results) == {"first", "second"}
    memory = load_memory(MEMORY)
    stored = results["first"][0] + results["second"][0]
    assert results["first"][0] > 2 and results["second"][0] > 2
    assert memory.counts() == {"human": stored, "machine": 0}
    assert {e.by for e in memory} == {"first", "second"}


def test_the_previous_memory_is_kept_as_a_backup(project: Path, seeds_dir: Path) -> None:
    first = translated_worklist(seeds_dir, project, "first", every=2, start=0)
    second = translated_worklist(seeds_dir, project, "second", every=2, start=1)
    import_worklist(settings(seeds_dir, project / "out"), first)
    after_first = MEMORY.read_bytes()
    assert not MEMORY.with_name("memory.tmx.bak").exists()  # nothing before the first write
    import_worklist(settings(seeds_dir, project / "out"), second)
    assert MEMORY.with_name("memory.tmx.bak").read_bytes() == after_first
    assert MEMORY.read_bytes() != after_first
    assert not list(MEMORY.parent.glob(".*.tmp"))


def test_an_unreadable_memory_names_its_backup_and_doctor_says_how_to_restore_it(
    project: Path, seeds_dir: Path
) -> None:
    first = translated_worklist(seeds_dir, project, "first", every=2, start=0)
    second = translated_worklist(seeds_dir, project, "second", every=2, start=1)
    import_worklist(settings(seeds_dir, project / "out"), first)
    import_worklist(settings(seeds_dir, project / "out"), second)
    MEMORY.write_bytes(MEMORY.read_bytes()[:200])  # truncated, as by a full disk or a bad copy

    with pytest.raises(BriefgenError, match=r"memory.tmx.bak") as caught:
        build(settings(seeds_dir, project / "out"))
    assert "not a valid TMX file" in caught.value.message
    checks = {check.name: check for check in doctor(settings(seeds_dir, project / "out"))}
    memory_check = checks["translation memory"]
    assert not memory_check.ok
    restore = f"cp {MEMORY.with_name('memory.tmx.bak')} {MEMORY}"
    assert restore in memory_check.detail

    subprocess.run(restore.split(), check=True)
    assert len(load_memory(MEMORY)) > 2


def test_doctor_without_a_backup_only_says_what_is_wrong(project: Path, seeds_dir: Path) -> None:
    MEMORY.parent.mkdir()
    MEMORY.write_bytes(b"<tmx><body><tu>")
    checks = {check.name: check for check in doctor(settings(seeds_dir, project / "out"))}
    assert not checks["translation memory"].ok
    assert "not a valid TMX file" in checks["translation memory"].detail
    assert "cp " not in checks["translation memory"].detail


def test_the_memory_lock_is_released_and_a_held_one_is_waited_for(project: Path, seeds_dir: Path) -> None:
    from filelock import FileLock

    worklist = translated_worklist(seeds_dir, project, "human", every=3)
    MEMORY.parent.mkdir()
    held = FileLock(str(MEMORY.with_name("memory.tmx.lock")))
    with held, pytest.raises(BriefgenError, match=r"memory.tmx: another briefgen run is writing it"):
        import_worklist(Config(sources=(seeds_dir,), out=project / "out", wait=0.2), worklist)
    stored, _ = import_worklist(Config(sources=(seeds_dir,), out=project / "out", wait=0.2), worklist)
    assert stored > 1
    # In a separate process too: the lock of the run that finished is not left behind.
    code = "from filelock import FileLock; FileLock('translations/memory.tmx.lock').acquire(timeout=1)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=project)


def test_a_fifo_in_place_of_the_memory_or_the_worklist_is_refused_not_waited_on(
    project: Path, seeds_dir: Path
) -> None:
    import os

    os.mkfifo(project / "work.xlf")
    with pytest.raises(BriefgenError, match=r"work.xlf: not a regular file \(a FIFO\)"):
        import_worklist(settings(seeds_dir, project / "out"), project / "work.xlf")
    MEMORY.parent.mkdir()
    os.mkfifo(MEMORY)
    with pytest.raises(BriefgenError, match=r"memory.tmx: not a regular file \(a FIFO\)"):
        load_memory(MEMORY)
