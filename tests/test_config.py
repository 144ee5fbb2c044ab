"""Settings: defaults ← briefgen.toml ← command-line overrides, with clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.config import (
    Config,
    load_config,
    parse_formats,
    parse_if_empty,
    parse_langs,
    parse_layout,
    parse_translation,
)
from briefgen.errors import BriefgenError, UsageError


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


def test_translation_settings_are_typed_and_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("briefgen.toml").write_text(
        '[translation]\nmemory = "tm/ours.tmx"\nglossary = "g.csv"\nstrict = true\n'
        'step_words = ["a.csv", "b.csv"]\nbackend = " OpenAI "\nurl = "http://127.0.0.1:8080"\n'
        'model = "m"\ntimeout = 5\nretries = 2\nbatch_size = 4\ntmeout = 3\n'
    )
    config = load_config()
    settings = config.translation
    assert settings is config.translation  # parsed once per Config
    assert settings.memory == Path("tm/ours.tmx") and settings.glossary == (Path("g.csv"),)
    assert settings.strict is True and settings.step_words == (Path("a.csv"), Path("b.csv"))
    assert settings.event_verbs == () and settings.event_objects == ()
    assert (settings.backend, settings.url, settings.model) == ("openai", "http://127.0.0.1:8080", "m")
    assert settings.timeout == 5.0 and isinstance(settings.timeout, float)
    assert (settings.retries, settings.batch_size, settings.backoff, settings.budget) == (2, 4, None, None)
    # The machine-translation keys as written, unknown ones too: the backend refuses those by name.
    assert dict(settings.machine) == {
        "backend": " OpenAI ",
        "url": "http://127.0.0.1:8080",
        "model": "m",
        "timeout": 5,
        "retries": 2,
        "batch_size": 4,
        "tmeout": 3,
    }
    assert config.extra["translation"]["glossary"] == "g.csv"  # the table itself stays readable


def test_translation_settings_default_without_a_table() -> None:
    settings = Config().translation
    assert settings.memory == Path("translations") / "memory.tmx"
    assert settings.glossary == () and settings.strict is False and settings.backend is None
    assert dict(settings.machine) == {}


@pytest.mark.parametrize(
    ("table", "error", "message"),
    [
        ({"strict": "yes"}, BriefgenError, "briefgen.toml: translation.strict must be true or false"),
        ({"glossary": 3}, BriefgenError, "briefgen.toml: translation.glossary must be a list of CSV files"),
        (
            {"event_verbs": {"a": 1}},
            BriefgenError,
            "briefgen.toml: translation.event_verbs must be a list of CSV files",
        ),
        ({"timeout": "30"}, UsageError, "[translation] timeout: must be a number (got '30')"),
        ({"retries": 1.5}, UsageError, "[translation] retries: must be a whole number (got 1.5)"),
        ({"batch_size": True}, UsageError, "[translation] batch_size: must be a whole number (got True)"),
        ({"url": " "}, UsageError, "[translation] url: must be a non-empty string (got ' ')"),
        (
            {"timeout": 10**400},
            UsageError,
            "[translation] timeout: must be a number (got a number too large)",
        ),
    ],
)
def test_a_translation_key_of_the_wrong_type_is_an_error_naming_it(
    table: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        parse_translation(table)
    # The keys briefgen reads fail a build (exit 1); the backend's keys are usage errors (exit 2).
    assert type(caught.value) is error and caught.value.exit_code == (2 if error is UsageError else 1)
    assert str(caught.value) == message


def test_a_translation_setting_that_is_not_a_table_is_an_error() -> None:
    with pytest.raises(BriefgenError, match=r"\[translation\] must be a table"):
        _ = Config(extra={"translation": "memory.tmx"}).translation
