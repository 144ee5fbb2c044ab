"""Settings: defaults ← briefgen.toml ← command-line overrides, with clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.config import load_config, parse_formats, parse_if_empty, parse_langs, parse_layout
from briefgen.errors import UsageError


def test_defaults_without_a_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config.sources == (Path("sources"),) and config.out == Path("out")
    assert config.langs == ("id", "en") and config.layout == "parallel"
    assert config.formats == ()  # every format of the writers' registry


def test_settings_file_then_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("briefgen.toml").write_text(
        '[build]\nout = "briefs"\nlangs = ["en"]\nprepared = 2026-01-26\n[translation]\nbackend = "none"\n'
    )
    config = load_config()
    assert (
        config.out == Path("briefs") and config.langs == ("en",) and config.prepared == dt.date(2026, 1, 26)
    )
    assert config.extra == {"translation": {"backend": "none"}}
    assert load_config(out=Path("x")).out == Path("x")


def test_unknown_key_in_settings_names_file_and_key(tmp_path: Path) -> None:
    settings = tmp_path / "b.toml"
    settings.write_text("[build]\nlanguages = 'id'\n")
    with pytest.raises(UsageError, match=r"b.toml: unknown key 'build.languages'") as info:
        load_config(settings)
    assert info.value.message.endswith("(did you mean 'build.langs'?)")
    settings.write_text("[build]\nzzz = 1\n")  # nothing close: no guess
    with pytest.raises(UsageError, match=r"unknown key 'build.zzz'$"):
        load_config(settings)


def test_option_values_are_checked() -> None:
    assert parse_langs("en,id") == ("id", "en")
    assert parse_formats(" PDF,docx,pdf") == ("pdf", "docx")  # which formats exist: briefgen.writers
    assert parse_layout("sequential") == "sequential"
    for bad in (lambda: parse_langs("fr"), lambda: parse_formats(" , "), lambda: parse_layout("grid")):
        with pytest.raises(UsageError) as info:
            bad()
        assert info.value.exit_code == 2


def test_selection_settings_from_the_file(tmp_path: Path) -> None:
    settings = tmp_path / "briefgen.toml"
    settings.write_text('[build]\nlast_week = true\ntags = ["film"]\nmatch = "KOCCA"\n', encoding="utf-8")
    config = load_config(settings)
    assert config.last_week and config.tags == ("film",) and config.match == ("KOCCA",)
    settings.write_text('[build]\nweek = "2026-W04"\nsince = 2026-01-01\n', encoding="utf-8")
    with pytest.raises(UsageError, match="choose one period"):
        load_config(settings)
    settings.write_text('[build]\nlast_week = "yes"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="build.last_week: must be true or false"):
        load_config(settings)


def test_if_empty_from_the_option_or_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_config().if_empty == "skip"
    assert [parse_if_empty(v) for v in ("skip", "fail", "write")] == ["skip", "fail", "write"]
    with pytest.raises(UsageError, match=r"--if-empty must be skip, fail or write \(got 'Skip'\)"):
        parse_if_empty("Skip")
    settings = tmp_path / "b.toml"
    settings.write_text('[build]\nif_empty = "write"\n')
    assert load_config(settings).if_empty == "write"
    assert load_config(settings, if_empty="fail").if_empty == "fail"
    settings.write_text("[build]\nif_empty = true\n")
    with pytest.raises(UsageError, match=r"b.toml: build.if_empty: --if-empty must be") as info:
        load_config(settings)
    assert info.value.exit_code == 1


def test_memo_settings_are_checked_like_the_other_tables(tmp_path: Path) -> None:
    settings = tmp_path / "b.toml"
    settings.write_text('[memo]\nto = "Menteri"\ncopies = ["Sekjen"]\n', encoding="utf-8")
    assert load_config(settings).extra["memo"] == {"to": "Menteri", "copies": ["Sekjen"]}
    settings.write_text('[memo]\nkepada = "Menteri"\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"b.toml: unknown key 'memo.kepada'"):
        load_config(settings)
    settings.write_text("[memo]\ncopies = 3\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"memo.copies: must be a list of names"):
        load_config(settings)
