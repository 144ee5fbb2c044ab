"""scripts/fuzz.py stays runnable: each target on a few inputs, without a finding.

The real runs (10,000 inputs a target) are by hand; see benchmarks/README.md.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def fuzz_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz", REPO / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("target", ["build", "import"])
def test_each_fuzz_target_runs_without_findings(target: str, tmp_path: Path) -> None:
    fuzz = fuzz_script()
    run = fuzz.quick(target, 20, tmp_path / "findings")
    assert run.inputs == 20
    assert run.accepted + run.refused == 20, run.report()
    assert run.findings == [], run.report()
    assert not (tmp_path / "findings").exists()


def test_a_crash_is_recorded_as_a_finding_with_its_input(tmp_path: Path) -> None:
    fuzz = fuzz_script()
    run = fuzz.Run("build", tmp_path, 10.0)

    def broken() -> bool:
        raise KeyError("boom")

    run.one(b"data", "label", broken)
    run.one(b"fine", "label", lambda: True)
    assert (run.inputs, run.accepted, len(run.findings)) == (2, 1, 1)
    assert run.findings[0]["problem"] == "KeyError: 'boom'"
    assert (tmp_path / "build-000001.input").read_bytes() == b"data"


def test_a_bug_the_build_reports_as_a_skipped_source_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # load_article and understand turn an unexpected exception into a SourceError ("…; please
    # report this") so one article costs no run: the fuzzer must still count it, and a hang's
    # alarm caught the same way, as findings; a real refusal stays a refusal.
    import briefgen.extract
    from briefgen.errors import SourceError
    from briefgen.model import Article
    from briefgen.pipeline import understand

    fuzz = fuzz_script()
    run = fuzz.Run("build", tmp_path, 10.0)

    def broken_extract(*args: object, **kwargs: object) -> None:
        raise IndexError("oops")

    def extraction_bug() -> bool:
        with monkeypatch.context() as patch:
            patch.setattr(briefgen.extract, "extract", broken_extract)
            understand(Article(source="a.txt", title="t", paragraphs=["x"]), fuzz.DAY)
        return True

    def hang() -> bool:
        try:
            raise fuzz.Hang
        except fuzz.Hang as exc:
            raise SourceError("a.txt", "cannot be read (Hang; please report this)") from exc

    def refused() -> bool:
        raise SourceError("a.txt", "the file is empty")

    for work in (extraction_bug, hang, refused):
        run.one(b"x", work.__name__, work)
    assert (run.refused, len(run.findings)) == (1, 2), run.report()
    assert "IndexError: oops" in (tmp_path / "build-000001.txt").read_text()
    assert run.findings[1]["problem"] == "hang: more than 10 s of CPU"


def test_an_accepted_input_slower_than_the_slow_limit_is_kept_but_is_no_finding(tmp_path: Path) -> None:
    fuzz = fuzz_script()
    run = fuzz.Run("build", tmp_path, 10.0, 0.01)

    def busy() -> bool:
        total = 0
        while fuzz.time.process_time() - began < 0.05:  # spend CPU time, not wall time
            total += 1
        return True

    began = fuzz.time.process_time()
    run.one(b"slow input", "label", busy)
    run.one(b"quick input", "label", lambda: True)
    assert (run.inputs, run.accepted, run.findings) == (2, 2, [])
    assert run.slow_inputs == ["slow-build-000001"]
    assert (tmp_path / "slow-build-000001.input").read_bytes() == b"slow input"
    assert "slower than 0.01 s of CPU (kept, not findings): 1" in run.report()
