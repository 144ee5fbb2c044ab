"""Which files of a sources folder are read: regular files inside it, nothing from outside or that blocks."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from readback import docx_text

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.pipeline import build, discover, read_source

DAY = dt.date(2026, 1, 26)
ARTICLE = (
    "Jakarta - Dinas Pariwisata menggelar rapat koordinasi festival budaya pesisir, Selasa (20/1/2026). "
    '"Kami siap menyambut wisatawan," kata Kepala Dinas Pariwisata Budi Santoso.\n'
)
SECRET = "Rahasia dapur: sandi brankas kantor adalah 4242, Senin (19/1/2026).\n"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """``sources/`` with a good article and links of every kind; ``outside/`` with a secret article."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Bogor - " + SECRET, encoding="utf-8")
    sources = tmp_path / "sources"
    (sources / "sub").mkdir(parents=True)
    (sources / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (sources / "sub" / "copy.txt").symlink_to("../good.txt")  # inside: read
    (sources / "secret.txt").symlink_to(outside / "secret.txt")  # outside: refused
    (sources / "up.txt").symlink_to("../outside/secret.txt")  # outside by a relative link
    (sources / "zero.txt").symlink_to("/dev/zero")
    (sources / "outside-folder").symlink_to(outside)  # a linked folder is not looked into
    os.mkfifo(sources / "pipe.txt")
    (sources / "to-pipe.txt").symlink_to("pipe.txt")
    return sources, outside


def test_links_to_outside_the_folder_and_non_regular_files_are_refused(folders: tuple[Path, Path]) -> None:
    sources, _ = folders
    refused: list[BriefgenError] = []
    found = discover([sources], refused)
    assert sorted(p.relative_to(sources).as_posix() for p in found) == ["good.txt", "sub/copy.txt"]
    reasons = {Path(e.path).name: e.problem for e in refused}  # type: ignore[attr-defined]
    assert reasons == {
        "secret.txt": f"a link to outside {sources}",
        "up.txt": f"a link to outside {sources}",
        "zero.txt": f"a link to outside {sources}",
        "pipe.txt": "not a regular file (a FIFO); not read",
        "to-pipe.txt": "not a regular file (a FIFO); not read",
    }


def test_a_build_reports_them_and_prints_nothing_from_outside(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    sources, _ = folders
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build", str(sources), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,  # a FIFO or /dev/zero opened for reading would hang here
        env={**os.environ, "SOURCE_DATE_EPOCH": "1769385600"},
    )
    assert done.returncode == 0, done.stderr
    assert f"briefgen: skipped {sources / 'secret.txt'}: a link to outside {sources}\n" in done.stderr
    assert f"briefgen: skipped {sources / 'zero.txt'}: a link to outside {sources}\n" in done.stderr
    assert f"briefgen: skipped {sources / 'pipe.txt'}: not a regular file (a FIFO); not read\n" in done.stderr
    docx = next((tmp_path / "out").glob("brief-*.docx"))
    text = docx_text(docx.read_bytes())
    assert "Budi Santoso" in text and "4242" not in text and "brankas" not in text


def test_a_link_named_on_the_command_line_is_the_users_choice(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    sources, outside = folders
    result = build(Config(sources=(sources / "secret.txt",), out=tmp_path / "out", prepared=DAY))
    assert result.brief is not None and result.brief.source_count == 1 and not result.skipped


def test_a_folder_that_is_itself_a_link_is_read_inside_its_target(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    sources, _ = folders
    (tmp_path / "linked").symlink_to(sources)
    refused: list[BriefgenError] = []
    found = discover([tmp_path / "linked"], refused)
    assert sorted(p.name for p in found) == ["copy.txt", "good.txt"]
    assert len(refused) == 5


def test_a_fifo_is_never_opened_for_reading(folders: tuple[Path, Path]) -> None:
    sources, _ = folders
    # read_source itself refuses it, for a FIFO that appears after discovery (a race).
    with pytest.raises(BriefgenError, match=r"pipe.txt: not a regular file \(a FIFO\); not read"):
        read_source(sources / "pipe.txt")
    with pytest.raises(BriefgenError, match=r"zero.txt: not a regular file \(a character device\); not read"):
        read_source(sources / "zero.txt")


@pytest.mark.parametrize("locale", ["utf-8", "C"])
def test_file_names_that_are_not_valid_utf8_never_stop_the_build(tmp_path: Path, locale: str) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    folder = os.fsencode(sources)
    article = ARTICLE.encode()
    with open(os.path.join(folder, b"bad\xff-name.txt"), "wb") as handle:  # Latin-1 bytes in a name
        handle.write(article)
    with open(os.path.join(folder, "berita-é.txt".encode()), "wb") as handle:
        handle.write(article.replace(b"Budi Santoso", b"Dewi Lestari"))
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1769385600"}
    if locale == "C":
        env |= {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    log = tmp_path / "build.log"
    command = [
        sys.executable,
        "-m",
        "briefgen",
        "--log-file",
        str(log),
        "build",
        str(sources),
        "--out",
        "out",
    ]
    done = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env, timeout=120)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
    assert "merged" in stderr or "2 article(s)" in stderr
    assert b"internal error" not in log.read_bytes()
    # Built twice: the manifest written the first time is read back the second.
    again = subprocess.run(command, capture_output=True, cwd=tmp_path, env=env, timeout=120)
    assert again.returncode == 0 and b"up to date" in again.stderr, again.stderr


@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles", "Asia/Tokyo"])
def test_the_file_date_is_counted_in_jakarta_whatever_the_machines_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    import time

    from briefgen.pipeline import load_article

    source = tmp_path / "tanpa-tanggal.txt"
    source.write_text("Jakarta - Rapat koordinasi digelar di kantor dinas.\n", encoding="utf-8")
    moment = dt.datetime(2026, 1, 20, 20, 0, tzinfo=dt.UTC)  # 03:00 on 21 January in Jakarta (UTC+7)
    os.utime(source, (moment.timestamp(), moment.timestamp()))
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        assert load_article(source).file_date == dt.date(2026, 1, 21)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def discovered_by_a_path_walk(folder: Path, refused: list[str]) -> list[Path]:
    """What discovery found before it listed folders itself: pathlib's walk, a stat per file."""
    from briefgen.pipeline.sources import MANIFEST_FILE, _refusal
    from briefgen.readers import SUFFIXES

    real_folder = os.path.realpath(folder)
    outputs = {m.parent for m in folder.rglob(MANIFEST_FILE)}
    found = []
    for p in sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.stem.lower() != "readme"
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and not p.is_dir()
        and not any(parent in outputs for parent in p.parents)
    ):
        refusal = _refusal(p, folder, real_folder)
        if refusal is None:
            found.append(p)
        else:
            refused.append(refusal.message)
    return found


def test_discovery_finds_what_a_path_walk_finds_in_the_same_order(folders: tuple[Path, Path]) -> None:
    sources, _ = folders
    # Names whose order as text differs from their order as paths ('a-b' < 'a/…' as text).
    for name in ("a", "a-b", "a.b", "A", "b"):
        (sources / name / "x").mkdir(parents=True)
        (sources / name / "x" / "2026-01-20.md").write_text(ARTICLE, encoding="utf-8")
        (sources / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (sources / "folder.txt").mkdir()  # a folder with a source's suffix is looked into, not read
    (sources / "folder.txt" / "inside.HTML").write_text(ARTICLE, encoding="utf-8")
    (sources / ".hidden").mkdir()
    (sources / ".hidden" / "seen.txt").write_text(ARTICLE, encoding="utf-8")
    (sources / "a" / ".draft.txt").write_text(ARTICLE, encoding="utf-8")
    (sources / "old-out" / "deeper").mkdir(parents=True)  # an output folder and what is below it
    (sources / "old-out" / "briefgen-manifest.json").write_text("{}", encoding="utf-8")
    (sources / "old-out" / "deeper" / "kept.txt").write_text(ARTICLE, encoding="utf-8")
    (sources / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (sources / "README.md").write_text("# What this folder holds\n", encoding="utf-8")
    (sources / "a" / "readme.txt").write_text("Notes on the articles below.\n", encoding="utf-8")
    (sources / "linked-folder.txt").symlink_to(sources / "a")
    (sources / "broken.txt").symlink_to(sources / "nowhere.txt")
    expected_refused: list[str] = []
    expected = discovered_by_a_path_walk(sources, expected_refused)
    refused: list[BriefgenError] = []
    found = discover([sources], refused)
    assert found == expected and len(found) == 14
    assert [e.message for e in refused] == expected_refused and len(refused) == 5
    assert not any(p.stem.lower() == "readme" for p in found)
    assert discover([sources / "README.md"]) == [sources / "README.md"]  # named, it is the user's choice
    nested: list[BriefgenError] = []
    assert discover([sources / "a"], nested) == discovered_by_a_path_walk(sources / "a", [])
