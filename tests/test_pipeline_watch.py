"""Machine translation's progress as lines, for cron: the stage's start, the wait, the outcome."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from test_pipeline_memory import SlowLibreTranslate, slow_mt
from test_pipeline_translate import config, libretranslate, project

import briefgen.pipeline.watch as watch_module
from briefgen.pipeline import build
from briefgen.pipeline.watch import TranslationWatch

__all__ = ["libretranslate", "project", "slow_mt"]  # fixtures, imported for pytest to find

START = re.compile(
    r"^briefgen: translating: (\d+) segment\(s\) with libretranslate http://127\.0\.0\.1:\d+, budget 60 s$"
)
WAITING = re.compile(r"^briefgen: translating: 0/(\d+) segments, \d+ s of 60 s$")
DONE = re.compile(r"^briefgen: translated: (\d+)/(\d+) segments in \d+ s$")


def test_a_build_waiting_for_a_slow_server_says_so_every_few_seconds(
    project: Path, seeds_dir: Path, slow_mt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watch_module, "EVERY", 0.2)
    lines: list[str] = []
    settings = config(seeds_dir, project / "out", backend="libretranslate", url=slow_mt, batch_size=100)
    builder = threading.Thread(target=lambda: build(settings, say=lines.append))
    builder.start()
    assert SlowLibreTranslate.asked.wait(timeout=60), "the build never asked the MT server"
    time.sleep(1.0)  # five periods of waiting for the answer
    waited = list(lines)
    SlowLibreTranslate.release.set()
    builder.join(timeout=120)
    assert not builder.is_alive()
    start = START.match(lines[0])
    assert start is not None, lines
    total = int(start.group(1))
    assert total > 5  # the seed brief's passages to translate
    ticks = [line for line in waited[1:] if WAITING.match(line)]
    assert 2 <= len(ticks) <= 8, waited  # about every 0.2 s of the 1 s, never a flood
    done = DONE.match(lines[-1])
    assert done is not None and done.groups() == (str(total), str(total)), lines
    assert all(START.match(x) or WAITING.match(x) or DONE.match(x) for x in lines), lines


def test_the_outcome_says_what_stays_pending_and_why() -> None:
    said: list[str] = []
    ticks = iter([0.0, 61.4])  # entering, then the outcome
    with TranslationWatch(
        "libretranslate http://mt.example", 60, said.append, clock=lambda: next(ticks)
    ) as w:
        w("translating segments", 0, 120)
        w("translating segments", 40, 120)
        w.finish(40, "gave up: the translation budget of 60 s is used up")
    assert said == [
        "briefgen: translating: 120 segment(s) with libretranslate http://mt.example, budget 60 s",
        "briefgen: translated: 40/120 segments in 61 s, 80 pending "
        "(gave up: the translation budget of 60 s is used up)",
    ]


def test_the_bar_hears_every_count_and_nothing_is_said_without_a_listener() -> None:
    heard: list[tuple[str, int, int]] = []
    with TranslationWatch("x", None, None, bar=lambda *told: heard.append(told)) as w:
        w("translating segments", 0, 3)
        w("translating segments", 3, 3)
        w.finish(3)
    assert heard == [("translating segments", 0, 3), ("translating segments", 3, 3)]
    assert w._ticker is None  # no timer thread when nobody listens


def _cli(project: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=project,
        env={**os.environ, **env},
        check=False,
    )


def test_under_cron_the_lines_go_to_stderr_and_the_log_and_quiet_keeps_them_in_the_log(
    project: Path, seeds_dir: Path, libretranslate: str
) -> None:
    (project / "briefgen.toml").write_text(
        f'[translation]\nbackend = "libretranslate"\nurl = "{libretranslate}"\n', encoding="utf-8"
    )
    log = project / "briefgen.log"
    env = {"CI": "true", "SOURCE_DATE_EPOCH": "1769385600"}
    done = _cli(project, "--log-file", str(log), "build", str(seeds_dir), "--out", "out", env=env)
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if "translat" in line and "warning" not in line]
    assert len(said) == 2 and START.match(said[0]) and DONE.match(said[1]), done.stderr
    logged = log.read_text(encoding="utf-8")
    assert all(line in logged for line in said)

    log.unlink()
    shutil.rmtree(project / "translations")  # the memory would answer everything this time
    quiet = _cli(project, "--log-file", str(log), "build", str(seeds_dir), "--out", "q", "--quiet", env=env)
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""
    assert "briefgen: translating: " in log.read_text(encoding="utf-8")
