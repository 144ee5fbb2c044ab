"""The pipeline: discovery, decoding, atomic writes, output names and whole builds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefgen.config import Config, TranslationSettings, parse_translation
from briefgen.errors import BriefgenError
from briefgen.model import Article, Facts
from briefgen.pipeline import build, discover, output_stem, today, write_atomic


def test_discover_sorts_folder_contents_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "notes.odt").write_text("x")
    (tmp_path / "siaran.docx").write_text("x")
    (tmp_path / "siaran.PDF").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert names == ["a.txt", "b.md", "siaran.PDF", "siaran.docx", "sub/c.html"]


def test_discover_leaves_out_an_output_folder_inside_a_source_folder(tmp_path: Path) -> None:
    """Briefs are PDF and DOCX files too: `briefgen build .` must not read last week's as articles."""
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "out" / "old").mkdir(parents=True)
    (tmp_path / "out" / "briefgen-manifest.json").write_text("{}")
    (tmp_path / "out" / "brief-2026-W03.pdf").write_text("x")
    (tmp_path / "out" / "old" / "brief-2026-W02.docx").write_text("x")
    assert discover([tmp_path]) == [tmp_path / "a.txt"]
    assert discover([tmp_path / "out" / "brief-2026-W03.pdf"]) == [tmp_path / "out" / "brief-2026-W03.pdf"]


def test_discover_reports_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(BriefgenError, match="nope.txt: no such file or folder"):
        discover([tmp_path / "nope.txt"])


def test_write_atomic_replaces_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_output_stem_names_the_dates() -> None:
    def f(day: dt.date | None) -> Facts:
        return Facts(Article("a.txt", None, ["x"]), event_date=day)

    assert output_stem([f(dt.date(2026, 1, 20))]) == "brief-2026-01-20"
    assert output_stem([f(dt.date(2026, 1, 22)), f(dt.date(2026, 1, 16))]) == "brief-2026-01-16_2026-01-22"
    assert output_stem([f(None)]) == "brief"


def test_an_undated_article_does_not_stretch_the_briefs_period_to_the_day_its_file_was_saved() -> None:
    from briefgen.compose import make_brief

    dated = Facts(Article("a.txt", None, ["Isi berita pertama."]), event_date=dt.date(2026, 1, 16))
    other = Facts(Article("b.txt", None, ["Isi berita kedua."]), event_date=dt.date(2026, 1, 20))
    undated = Facts(Article("c.txt", None, ["Isi berita ketiga."], file_date=dt.date(2026, 11, 30)))
    assert output_stem([dated, other, undated]) == "brief-2026-01-16_2026-01-20"
    brief = make_brief([dated, other, undated], dt.date(2026, 12, 1))
    assert brief.period is not None and brief.period.en == "16–20 January 2026"
    # With no date in any article, the files' days are all there is.
    assert output_stem([undated]) == "brief-2026-11-30"


def test_source_date_epoch_pins_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1769385600")  # 2026-01-26 00:00 UTC
    assert today() == dt.date(2026, 1, 26)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(BriefgenError, match="SOURCE_DATE_EPOCH"):
        today()


def test_build_skips_a_bad_source_and_builds_the_rest(tmp_path: Path, seeds_dir: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    good = next(iter(sorted(seeds_dir.glob("*.txt"))))
    (sources / good.name).write_bytes(good.read_bytes())
    (sources / "empty.txt").write_text("  \n\n")
    out = tmp_path / "out"
    result = build(Config(sources=(sources,), out=out, formats=("pdf",), prepared=dt.date(2026, 1, 26)))
    assert [p.name for p in result.written] == ["brief-2026-01-20.pdf"]
    assert [e.path for e in result.skipped] == [str(sources / "empty.txt")]
    assert result.brief is not None and result.brief.source_count == 1


def test_build_with_nothing_readable_fails_and_writes_nothing(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "empty.md").write_text("")
    out = tmp_path / "out"
    with pytest.raises(BriefgenError, match="no article could be read"):
        build(Config(sources=(sources,), out=out))
    assert not out.exists()


def test_an_unwritable_output_is_a_clear_error(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # The tests run as root in CI, where chmod cannot make a folder unwritable: refuse instead.
    monkeypatch.setattr("briefgen.pipeline.outputs.tempfile.mkstemp", refuse)
    with pytest.raises(
        BriefgenError, match=r"brief-2026-01-16_2026-01-20.pdf: cannot write \(Permission denied\)"
    ):
        build(Config(sources=(seeds_dir,), out=out, formats=("pdf",)))
    assert not list(out.glob("brief-*")) and not list(out.glob("*.tmp"))


def test_output_path_that_is_a_folder_is_refused(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    (out / "brief-2026-01-16_2026-01-20.pdf").mkdir(parents=True)
    with pytest.raises(BriefgenError, match="is an existing folder"):
        build(Config(sources=(seeds_dir,), out=out, formats=("pdf",)))


def test_a_date_in_the_file_name_is_the_year_hint(tmp_path: Path) -> None:
    from briefgen.pipeline import date_in_name, load_article

    assert date_in_name("2025-12-30-rapat.txt") == dt.date(2025, 12, 30)
    assert date_in_name("2025-13-30-rapat.txt") is None and date_in_name("rapat.txt") is None
    path = tmp_path / "2025-12-30-rapat.txt"
    path.write_text("Jakarta - Rapat digelar Selasa (30/12).\n", encoding="utf-8")
    assert load_article(path).file_date == dt.date(2025, 12, 30)


def test_discover_finds_every_suffix_a_reader_reads(tmp_path: Path) -> None:
    from briefgen.readers import SUFFIXES

    for suffix in SUFFIXES:
        (tmp_path / f"a{suffix}").write_text("x")
    found = {p.suffix for p in discover([tmp_path])}
    assert found == set(SUFFIXES)
    assert ".text" in found  # once missing from a second list of suffixes in the pipeline


def test_a_writer_warning_reaches_the_build_result(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    text = "JAKARTA - Pameran aksara kuno dibuka Selasa (20/1/2026) dengan tanda \U00013000 di papan.\n"
    (sources / "2026-01-20-aksara.txt").write_text(text, encoding="utf-8")
    result = build(Config(sources=(sources,), out=tmp_path / "out", prepared=dt.date(2026, 1, 26)))
    assert [p.suffix for p in result.written] == [".docx", ".pdf"]
    assert any("U+13000" in warning for warning in result.warnings)


def test_press_releases_as_pdf_and_word_make_a_brief_and_a_scan_is_skipped(tmp_path: Path) -> None:
    from releases import release_docx, release_pdf, scanned_pdf

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "siaran.pdf").write_bytes(release_pdf())
    (sources / "siaran-word.docx").write_bytes(release_docx())
    (sources / "pindaian.pdf").write_bytes(scanned_pdf())
    result = build(
        Config(sources=(sources,), out=tmp_path / "out", formats=("pdf",), prepared=dt.date(2026, 1, 26))
    )
    assert [p.name for p in result.written] == ["brief-2026-01-20.pdf"]
    assert [s.message for s in result.skipped] == [
        f"{sources / 'pindaian.pdf'}: the PDF has no text layer (a scanned PDF?); "
        "briefgen reads only its text"
    ]
    assert result.brief is not None and result.brief.source_count == 2  # the same release twice: merged


# --------------------------------------------------------------------------- user event lexicons

_VISIT = (
    "Menteri Perdagangan Budi Santoso menyambangi Gubernur Jawa Tengah Ahmad Lutfi di Semarang,"
    " Rabu (4/3/2026). Keduanya membahas harga beras."
)


def test_a_user_event_lexicon_is_found_like_the_glossary_and_read_by_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.pipeline import collect, lexicons_of

    monkeypatch.chdir(tmp_path)
    source = tmp_path / "kunjungan.txt"
    source.write_text(_VISIT, encoding="utf-8")
    cache = tmp_path / "cache"
    day = dt.date(2026, 3, 20)
    bundled, _ = collect([source], day, cache=cache, lexicon=lexicons_of(TranslationSettings()))
    assert bundled[0].event is not None and bundled[0].event.verb != "menyambangi"

    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "event-verbs.csv").write_text(
        "id,en,alone,slot,voice,note\nmenyambangi,called on,,counterpart,active,\n", encoding="utf-8"
    )
    lexicons = lexicons_of(TranslationSettings())
    assert lexicons.files == [Path("lexicon") / "event-verbs.csv"]
    # The user's file is part of the cache key: the cached facts of the same source are not reused.
    found, _ = collect([source], day, cache=cache, lexicon=lexicons)
    event = found[0].event
    assert event is not None and event.verb == "menyambangi"
    assert [c.name for c in event.counterparts] == ["Ahmad Lutfi"]


def test_a_listed_lexicon_file_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    from briefgen.pipeline import lexicons_of

    with pytest.raises(
        BriefgenError, match=r"nope\.csv: lexicon file not found \(translation\.event_objects"
    ):
        lexicons_of(parse_translation({"event_objects": [str(tmp_path / "nope.csv")]}))


def test_the_memo_number_counts_up_in_the_output_folder_and_settings_override_it(tmp_path: Path) -> None:
    import dataclasses

    from briefgen.pipeline import MEMO_NUMBERS, numbered
    from briefgen.templates import load_template

    memo = load_template("memo")
    day = dt.date(2026, 3, 2)
    first = numbered(memo, Config(), tmp_path, day)
    second = numbered(memo, Config(), tmp_path, day)
    assert (first.number, second.number) == ("B-1/RKB/{month}/{year}", "B-2/RKB/{month}/{year}")
    assert json.loads((tmp_path / MEMO_NUMBERS).read_text(encoding="utf-8")) == {"2026": 2}
    fixed = numbered(memo, Config(extra={"memo": {"number": "ND-9", "to": "Menteri Uji"}}), tmp_path, day)
    assert fixed.number == "ND-9" and fixed.memo.to == "Menteri Uji"
    assert fixed.memo.signer == memo.memo.signer  # the template's fields the settings leave alone
    plain = numbered(dataclasses.replace(memo, number="X/{year}"), Config(), tmp_path, day)
    assert plain.number == "X/{year}"  # no {seq}: the counter is left as it was
    assert json.loads((tmp_path / MEMO_NUMBERS).read_text(encoding="utf-8")) == {"2026": 2}


def test_builds_of_one_period_in_other_variants_do_not_overwrite_each_other(tmp_path: Path) -> None:
    from briefgen.pipeline import variant

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Jakarta - Menteri Budi Santoso membuka pameran film di Jakarta, Selasa (20/1/2026).\n\n"
        "Kami akan terus mendukung film nasional, kata Budi.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    variants = [
        {},
        {"template": "memo"},
        {"layout": "sequential"},
        {"langs": ("en",)},
        {"annex": True},
        {"match": ("Budi Santoso",)},
        {"template": "memo", "langs": ("en",)},
    ]
    written: list[str] = []
    for options in variants:
        config = Config(
            sources=(sources,), out=out, prepared=dt.date(2026, 1, 26), formats=("pdf",), **options
        )  # type: ignore[arg-type]
        written += [p.name for p in build(config).written]
    assert written == [
        "brief-2026-01-20.pdf",
        "brief-2026-01-20.memo.pdf",
        "brief-2026-01-20.sequential.pdf",
        "brief-2026-01-20.en.pdf",
        "brief-2026-01-20.annex.pdf",
        "brief-2026-01-20.match-budi-santoso.pdf",
        "brief-2026-01-20.memo.en.pdf",
    ]
    assert all((out / name).is_file() for name in written)
    assert variant(Config(layout="sequential", langs=("id",))) == ".id"  # one language has no layout


def test_open_steps_of_an_earlier_brief_are_carried_over_into_the_next(tmp_path: Path) -> None:
    from briefgen.model import StepItem

    first, second = tmp_path / "w1", tmp_path / "w2"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(
        "Jakarta - Menteri Budi Santoso menerima Duta Besar Ani Lestari di Jakarta, Selasa (20/1/2026).\n\n"
        "Kedua pihak sepakat untuk menandatangani nota kesepahaman pada Maret 2026.\n",
        encoding="utf-8",
    )
    (second / "b.txt").write_text(
        "Bandung - Gubernur Dedi Mulyadi membuka pameran kriya di Bandung, Selasa (27/1/2026).\n\n"
        "Pemerintah provinsi akan menggelar pameran berikutnya pada Juni 2026.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    earlier = build(Config(sources=(first,), out=out, prepared=dt.date(2026, 1, 26), formats=("pdf",)))
    assert earlier.brief is not None
    own = [b for s in earlier.brief.sections for b in s.blocks if isinstance(b, StepItem)]
    assert own and not any(b.carried for b in own)
    later = build(Config(sources=(second,), out=out, prepared=dt.date(2026, 2, 2), formats=("pdf",)))
    assert later.brief is not None
    steps = [b for s in later.brief.sections for b in s.blocks if isinstance(b, StepItem)]
    carried = [b for b in steps if b.carried]
    assert [b.action.id for b in carried] == [b.action.id for b in own]
    assert carried[0].due is not None and carried[0].due.id == "Maret 2026"
    # Due in the past: no longer open, no longer carried.
    past = build(Config(sources=(second,), out=out, prepared=dt.date(2026, 4, 6), formats=("pdf",)))
    assert past.brief is not None
    assert not [b for s in past.brief.sections for b in s.blocks if isinstance(b, StepItem) and b.carried]


REPO = Path(__file__).resolve().parent.parent

# Runs the command line as the ``briefgen`` script does, then lists the briefgen modules imported.
_PROBE = """
import json, sys
from briefgen.cli import main
sys.argv = ["briefgen", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
print("\\n@@" + json.dumps(sorted(m for m in sys.modules if m.startswith("briefgen"))))
"""


def test_an_unchanged_rerun_returns_before_compose_translation_and_the_writers_are_imported(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    args = ["build", str(REPO / "sources"), "--out", str(tmp_path / "out"), "--prepared", "2026-01-26"]

    def probe() -> tuple[str, list[str]]:
        done = subprocess.run(
            [sys.executable, "-c", _PROBE, json.dumps(args)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=300,
        )
        return done.stderr, json.loads(done.stdout.rsplit("@@", 1)[1])

    said, modules = probe()
    assert "briefgen.compose" in modules and "briefgen.writers.pdf" in modules  # the first build
    said, modules = probe()
    assert "up to date, nothing written" in said
    heavy = ("briefgen.compose", "briefgen.translate", "briefgen.writers.", "briefgen.extract")
    assert [m for m in modules if m.startswith(heavy)] == []
    # Finding the sources needs only the readers' suffixes: no reader is imported.
    readers = [f"briefgen.readers.{name}" for name in ("html", "markdown", "txt", "pdf", "docx")]
    assert [m for m in modules if m in readers] == []


def test_an_edited_glossary_lexicon_or_template_makes_the_rerun_build_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from briefgen.templates import builtin_dir

    monkeypatch.chdir(tmp_path)
    source = tmp_path / "kunjungan.txt"
    source.write_text(_VISIT, encoding="utf-8")
    shutil.copytree(builtin_dir() / "default", tmp_path / "mine")
    config = Config(
        sources=(source,),
        out=tmp_path / "out",
        formats=("md",),
        template="./mine",
        prepared=dt.date(2026, 3, 20),
    )

    def rebuilt() -> bool:
        result = build(config)
        assert bool(result.written) != bool(result.up_to_date)
        return bool(result.written)

    assert rebuilt()
    assert not rebuilt()
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "mine.csv").write_text("id,en,kind,note\nharga beras,rice price,term,\n")
    assert rebuilt()
    assert not rebuilt()
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "step-words.csv").write_text("id,en,kind,note\nmembahas,discuss,verb,\n")
    assert rebuilt()
    assert not rebuilt()
    toml = tmp_path / "mine" / "template.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rebuilt()
    assert not rebuilt()
    assert build(config, force=True).written
