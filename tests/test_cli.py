"""The command line as a user meets it: exit codes, stdout/stderr, and the seed brief end to end."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from readback import docx_text, pdf_text, tool

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = REPO, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture(scope="module")
def seed_brief(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.fail(f"the seed articles are expected at {seeds}")
    out = tmp_path_factory.mktemp("seed-brief")
    done = run("build", str(seeds), "--out", str(out), "--prepared", "2026-01-26")
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert [p.suffix for p in written] == [".docx", ".pdf"]
    assert all(p.is_file() and p.parent == out for p in written)
    assert "Traceback" not in done.stderr
    return written[0], written[1]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_seed_brief_has_dates_quotes_steps_and_no_junk(seed_brief: tuple[Path, Path], fmt: str) -> None:
    path = seed_brief[0] if fmt == "docx" else seed_brief[1]
    text = normalise(docx_text(path) if fmt == "docx" else pdf_text(path))
    assert "Selasa, 20 Januari 2026" in text and "Tuesday, 20 January 2026" in text
    assert "Jumat, 16 Januari 2026" in text and "Friday, 16 January 2026" in text
    for start in (
        "Diskusi yang konsisten dan konstan",  # the host's quote and the guest's: both sides
        "KBRI Seoul siap mendukung",
    ):
        assert start in text
    assert text.count("— Irene Umar") >= 2 and "— Ali Andika Wardana" in text
    assert "sepakat untuk memperkuat koordinasi" in text
    for heading in ("Pokok-Pokok", "Key Points", "Langkah Selanjutnya", "Next Steps", "Sumber", "Sources"):
        assert heading in text
    points, steps, sources = (
        "Pokok-Pokok / Key Points",
        "Langkah Selanjutnya / Next Steps",
        "Sumber / Sources",
    )
    assert text.index(points) < text.index(steps) < text.index(sources)
    # The lead sentence is generated from the facts in both languages.
    assert "received a visit from the Deputy Chief of Mission" in text
    assert ".jpg)" not in text and "Discussion about this post" not in text
    # Missing English is one notice per section, not a marker under every paragraph.
    assert "[translation pending]" not in text and "await translation" in text


def test_seed_docx_uses_heading_styles(seed_brief: tuple[Path, Path]) -> None:
    import docx

    document = docx.Document(str(seed_brief[0]))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings[0] == "Pokok-Pokok / Key Points"
    assert any("Langkah Selanjutnya" in h for h in headings)
    events = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 2"]
    assert [h[:3] for h in events] == ["1. ", "2. "]  # one heading per event, under the key points


def test_seed_pdf_passes_qpdf_and_embeds_every_font(seed_brief: tuple[Path, Path]) -> None:
    pdf = seed_brief[1]
    check = subprocess.run([tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, fonts
    for row in rows:
        # columns: name type encoding emb sub uni object ID
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row), row


def test_seed_docx_opens_in_libreoffice(seed_brief: tuple[Path, Path], tmp_path: Path) -> None:
    soffice = tool("soffice")
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(seed_brief[0]),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    converted = tmp_path / (seed_brief[0].stem + ".pdf")
    assert done.returncode == 0 and converted.is_file(), done.stdout + done.stderr
    assert "Tuesday, 20 January 2026" in normalise(pdf_text(converted))


def test_single_language_and_sequential_layout(tmp_path: Path, seeds_dir: Path) -> None:
    done = run("build", str(seeds_dir), "--out", str(tmp_path), "--lang", "en", "--format", "pdf")
    assert done.returncode == 0, done.stderr
    (written,) = [Path(line) for line in done.stdout.splitlines()]
    assert written.name.endswith(".en.pdf")
    text = normalise(pdf_text(written))
    assert "Tuesday, 20 January 2026" in text and "Key Points" in text and "Pokok-Pokok" not in text
    done = run("build", str(seeds_dir), "--out", str(tmp_path), "--layout", "sequential", "--format", "docx")
    assert done.returncode == 0, done.stderr
    text = docx_text(Path(done.stdout.strip()))
    assert text.index("Pokok-Pokok") < text.index("Key Points")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["build", "does-not-exist"], 1, "does-not-exist: no such file or folder"),
        (["build", "--lang", "fr"], 2, "--lang must be id, en or id,en"),
        (["build", "--format", "odt"], 2, "--format must be one or more of docx, pdf, html, md or json"),
        (["build", "--template", "nope"], 1, "template 'nope' not found"),
        (["build", "--prepared", "26/1/2026"], 2, "--prepared must be a date"),
        (["build", "--since", "20/1"], 2, "--since must be a date as YYYY-MM-DD"),
        (["build", "--week", "W4"], 2, "--week must be an ISO week such as 2026-W04"),
        (["build", "--wait", "-1"], 2, "--wait must be zero or more seconds"),
        (["build", "--if-empty", "never"], 2, "--if-empty must be skip, fail or write (got 'never')"),
        (["translate", "import", "missing.xlf"], 1, "missing.xlf: cannot read the file"),
        (["eval", "nope"], 1, "nope: no such folder"),
        (["inspect", "missing.txt"], 1, "missing.txt: no such file"),
        (["build", "--no-such-option"], 2, "no such option: --no-such-option"),
    ],
)
def test_errors_are_one_line_with_exit_code(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    done = run(*args, cwd=tmp_path)
    assert done.returncode == code
    assert message in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "--bogus"], "no such option: --bogus"),
        (["build", "--quie"], "no such option: --quie (did you mean --quiet?); try 'briefgen build --help'"),
        (["build", "--wait", "abc"], "--wait must be a number of seconds, zero or more (got 'abc')"),
        (["build", "--lang"], "option '--lang' requires an argument"),
        (["inspect"], "missing argument 'FILE'; try 'briefgen inspect --help'"),
        (["buidl"], "no such command 'buidl' (did you mean 'build'?); try 'briefgen --help'"),
        (["templates", "nwe"], "no such command 'nwe' (did you mean 'new'?)"),
    ],
)
def test_usage_errors_are_one_briefgen_line_with_exit_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("briefgen: error: ") and done.stderr.count("\n") == 1, done.stderr
    assert message in done.stderr
    assert "Usage:" not in done.stderr and "Error:" not in done.stderr


def test_no_arguments_prints_the_help_and_exits_2() -> None:
    done = run()
    assert done.returncode == 2 and "Commands:" in done.stderr and "build" in done.stderr


def test_version() -> None:
    import importlib.metadata

    done = run("--version")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout == f"briefgen {importlib.metadata.version('briefgen')}\n"


def test_shell_completion_is_on() -> None:
    done = run("--help")
    assert "--install-completion" in done.stdout and "--show-completion" in done.stdout
    # --show-completion prints the script of the shell it runs under (Typer asks shellingham);
    # "; exit" keeps bash from replacing itself with the command, so bash is the parent.
    script = subprocess.run(
        ["bash", "-c", f"{shlex.quote(sys.executable)} -m briefgen --show-completion; exit $?"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert script.returncode == 0 and "_BRIEFGEN_COMPLETE=complete_bash" in script.stdout, script.stderr

    def complete(words: str) -> list[str]:
        env = {
            "_BRIEFGEN_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(words.count(" ")),
        }
        done = run(cwd=REPO, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert complete("briefgen bu") == ["build"]
    assert "--last-week" in complete("briefgen build --la")
    assert complete("briefgen build --template m") == ["memo"]


@pytest.mark.parametrize("group", [[], ["templates"], ["translate"]])
def test_command_summaries_fit_in_the_help(group: list[str]) -> None:
    done = run(*group, "--help", env={"COLUMNS": "80"})
    commands = done.stdout[done.stdout.index("Commands:") :].splitlines()[1:]
    assert len(commands) >= 2 and not [line for line in commands if line.endswith("...")], done.stdout


def test_inspect_prints_each_table_once() -> None:
    done = run("inspect", "sources/2026-01-20-film-korea.txt")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Event date") == 1 and done.stdout.count("People (") == 1


def test_empty_source_folder_is_skipped_by_default_and_fails_when_asked(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    done = run("build", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == ""
    assert done.stderr == "briefgen: no articles found in sources; no document written (--if-empty skip)\n"
    assert not (tmp_path / "out").exists()
    done = run("build", "--if-empty", "fail", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr == "briefgen: error: no articles found in sources\n"
    assert not (tmp_path / "out").exists()


def test_inspect_json_is_one_object(seeds_dir: Path) -> None:
    import json

    seed = sorted(seeds_dir.glob("000_*.txt"))[0]
    done = run("inspect", str(seed), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["event_date"] == "2026-01-20" and data["outlet"] == "PATADaily.id"
    assert [q["speaker"] for q in data["quotes"]] == ["Irene Umar", "Irene Umar", "Ali Andika Wardana"]


def test_every_command_has_help_with_an_example() -> None:
    for args in ([], ["build"], ["inspect"], ["templates"], ["templates", "list"]):
        done = run(*args, "--help")
        assert done.returncode == 0 and "Example:" in done.stdout, args


def test_readme_documents_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in (
        "briefgen build",
        "briefgen inspect",
        "briefgen templates list",
        "briefgen eval",
        "briefgen translate export",
        "briefgen translate import",
        "briefgen doctor",
        "make brief",
        "make test",
    ):
        assert command in readme, command


def test_eval_prints_the_score_table() -> None:
    done = run("eval", "tests/data/eval", "--today", "2026-11-22", "--failures")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["metric", "value", "counts"]
    for metric in ("event date accuracy", "quotes recall", "speaker accuracy", "next steps precision"):
        row = next(line for line in lines if line.startswith(metric))
        assert re.search(r"\d+\.\d%\s+\(\d+/\d+\)$", row), row
    assert "40 articles" in done.stdout


def test_eval_json_is_one_object_with_the_table_figures() -> None:
    import json

    table = run("eval", "tests/data/eval", "--today", "2026-11-22")
    done = run("eval", "tests/data/eval", "--today", "2026-11-22", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"articles", "metrics", "failures"} and data["articles"] == 40
    assert "event_date_accuracy" in data["metrics"] and "warning_accuracy" in data["metrics"]
    for line in table.stdout.splitlines()[2:-1]:
        name, counts = re.match(r"(.+?)\s+(?:\d+\.\d%|n/a)\s+\((\d+/\d+)\)$", line).groups()  # type: ignore[union-attr]
        metric = data["metrics"][name.replace(" ", "_")]
        assert f"{metric['hits']}/{metric['total']}" == counts, name
        assert metric["value"] is None or metric["value"] == pytest.approx(metric["hits"] / metric["total"])


def test_inspect_reports_the_language(tmp_path: Path) -> None:
    import json

    article = tmp_path / "english.txt"
    article.write_text(
        "JAKARTA (ANTARA) - The minister said on Monday that the two countries will sign the agreement "
        "in March, and that the talks with the delegation had been useful for both sides.\n",
        encoding="utf-8",
    )
    data = json.loads(run("inspect", str(article), "--json").stdout)
    assert data["language"] == "en"
    shown = run("inspect", str(article), env={"COLUMNS": "100"}).stdout
    assert re.search(r"^\s*Language\s+en\s*$", shown, re.MULTILINE), shown


def test_eval_without_gold_files_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Jakarta - Rapat digelar Senin (19/1/2026).\n", encoding="utf-8")
    done = run("eval", str(tmp_path))
    assert done.returncode == 1 and done.stderr.strip().endswith(
        "no articles with a .gold.json annotation beside them"
    )
    assert "Traceback" not in done.stderr


def test_weeks_split_the_two_seeds(tmp_path: Path, seeds_dir: Path) -> None:
    """2026-W03 holds the KOCCA meeting (Friday 16 January), 2026-W04 the KBRI Seoul one (Tuesday 20)."""
    from pypdf import PdfReader

    texts = {}
    for args in (
        ["--week", "2026-W03"],
        ["--week", "2026-W04"],
        ["--since", "2026-01-12", "--until", "2026-01-25", "--annex"],
    ):
        done = run("build", str(seeds_dir), "--out", str(tmp_path), "--format", "pdf", *args)
        assert done.returncode == 0, done.stderr
        path = Path(done.stdout.strip())
        texts[args[1]] = " ".join(page.extract_text() for page in PdfReader(path).pages)
        assert (
            path.name == f"brief-{args[1]}.pdf"
            if args[0] == "--week"
            else "brief-2026-01-12_2026-01-25.annex.pdf"
        )
    assert "KOCCA" in texts["2026-W03"] and "KBRI Seoul" not in texts["2026-W03"]
    assert "KBRI Seoul" in texts["2026-W04"] and "Lee Gi Haun" not in texts["2026-W04"]
    assert "19–25 Januari 2026" in texts["2026-W04"] and "19–25 January 2026" in texts["2026-W04"]
    both = " ".join(texts["2026-01-12"].split())
    assert "KOCCA" in both and "KBRI Seoul" in both
    # Irene Umar speaks in both articles and is one person in the index.
    assert len(re.findall(r"Irene Umar — Wakil Menteri Ekonomi Kreatif[^()]*\(artikel 1, 2\)", both)) == 1
    english = r"Irene Umar — Deputy Minister of Creative Economy[^()]*\(articles 1, 2\)"
    assert len(re.findall(english, both)) == 1
    assert "Irene Umar — Wakil Menteri Ekonomi Kreatif (artikel 1)" not in both


def test_empty_week_and_conflicting_periods(tmp_path: Path, seeds_dir: Path) -> None:
    done = run("build", str(seeds_dir), "--out", str(tmp_path), "--week", "2026-W10", "--if-empty", "fail")
    assert done.returncode == 1 and "2 outside 2026-W10" in done.stderr
    assert not list(tmp_path.glob("brief*"))
    done = run("build", str(seeds_dir), "--week", "2026-W03", "--last-week")
    assert done.returncode == 2 and "choose one period" in done.stderr


def test_doctor_reports_a_healthy_project(tmp_path: Path) -> None:
    shutil.copytree(REPO / "sources", tmp_path / "sources")
    done = run("doctor", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert all(line.startswith("ok ") for line in lines), done.stdout
    for name in ("library reportlab", "template default", "output folder", "sources", "machine translation"):
        assert any(name in line for line in lines), name


def test_doctor_names_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder")
    (tmp_path / "briefgen.toml").write_text(
        '[translation]\nbackend = "libretranslate"\nurl = "http://127.0.0.1:9"\ntimeout = 1\nretries = 0\n'
    )
    done = run("doctor", cwd=tmp_path)
    assert done.returncode == 1
    problems = [line for line in done.stdout.splitlines() if line.startswith("PROBLEM")]
    assert {line.split()[1] for line in problems} >= {"output", "sources", "machine"}
    assert "could not be reached" in done.stdout
    assert done.stderr.startswith("briefgen: error: ") and "Traceback" not in done.stderr


def test_the_readme_crontab_line_builds_last_weeks_brief(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("0 6 * * 1 "))
    command = line.split(None, 5)[5]
    assert command.startswith("cd /srv/briefs && ") and "--last-week --quiet" in command
    project = tmp_path / "briefs"
    shutil.copytree(REPO / "sources", project / "sources")
    # No logs/ folder: a new machine has none, and the run creates it (no warning, so no mail).
    (project / ".venv" / "bin").mkdir(parents=True)
    (project / ".venv" / "bin" / "briefgen").symlink_to(Path(sys.executable).with_name("briefgen"))
    # Monday 26 January 2026, 06:00 WIB = Sunday 25 January, 23:00 UTC.
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1769382000"}
    done = subprocess.run(
        ["sh", "-c", command.replace("/srv/briefs", str(project))],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0 and done.stdout == "" and done.stderr == "", done.stderr
    assert sorted(p.name for p in (project / "out").glob("brief-*")) == [
        "brief-2026-W04.docx",
        "brief-2026-W04.pdf",
    ]
    assert "wrote" in (project / "logs" / "briefgen.log").read_text(encoding="utf-8")


def test_build_help_lists_every_format_of_the_registry() -> None:
    from briefgen.writers import WRITERS

    done = run("build", "--help", env={"COLUMNS": "200"})
    assert done.returncode == 0
    text = normalise(done.stdout)
    for fmt in WRITERS:
        assert re.search(rf"\b{fmt}\b", text.split("--format", 1)[1][:200]), fmt


def test_build_writes_html_markdown_and_json_beside_each_other(tmp_path: Path) -> None:
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"the seed articles are expected at {seeds}")
    out = tmp_path / "out"
    args = ("build", str(seeds), "--out", str(out), "--format", "json,md,html", "--prepared", "2026-01-26")
    done = run(*args)
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert [p.suffix for p in written] == [".html", ".md", ".json"]
    assert len({p.stem for p in written}) == 1 and written[0].stem.startswith("brief-")
    data = json.loads(written[2].read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["prepared_on"] == "2026-01-26"
    assert "Selasa, 20 Januari 2026" in written[0].read_text(encoding="utf-8")
    manifest = json.loads((out / "briefgen-manifest.json").read_text(encoding="utf-8"))
    assert "html" in json.dumps(manifest)
    again = run(*args)
    assert again.returncode == 0 and "up to date" in again.stderr.lower() + again.stdout.lower(), again.stderr


# A made-up article of the week after the samples' (2026-W04), written for this test.
_NEXT_WEEK_ARTICLE = """Rapat Uji Coba Pangan Desa

JAKARTA — Menteri Uji Coba Budi Contoh bertemu Gubernur Contoh Raya Sari Teladan di Jakarta,
Selasa (27/1/2026). Keduanya membahas cadangan pangan desa.

"Kami akan memeriksa gudang desa bulan depan," kata Budi Contoh.
"""


def test_translate_export_selects_articles_with_the_build_options(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(REPO / "sources", sources)
    (tmp_path / "next").mkdir()
    article = tmp_path / "next" / "2026-01-27-rapat-uji.txt"
    article.write_text(_NEXT_WEEK_ARTICLE, encoding="utf-8")
    shutil.copy(article, sources / article.name)

    def units(*args: str) -> list[str]:
        out = tmp_path / f"worklist-{len(list(tmp_path.glob('worklist-*')))}.xlf"
        done = run("translate", "export", *args, "--out", str(out), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return re.findall(r"<source>(.*?)</source>", out.read_text(encoding="utf-8"), re.S)

    everything = units(str(sources))
    samples = units(str(REPO / "sources"))
    next_week = units(str(article))
    # The week's worklist is the one of that week's articles alone, whichever folder holds them.
    assert units(str(sources), "--week", "2026-W04") == samples
    assert units(str(sources), "--week", "2026-W05") == next_week
    assert units(str(sources), "--since", "2026-01-26") == next_week
    assert units(str(sources), "--until", "2026-01-25") == samples
    assert next_week and samples and len(everything) > max(len(samples), len(next_week))
    assert not set(next_week) & set(samples)
    # Nothing in the period: one line naming it, no worklist.
    done = run("translate", "export", str(sources), "--week", "2026-W06", "--out", "none.xlf", cwd=tmp_path)
    assert done.returncode == 1 and not (tmp_path / "none.xlf").exists()
    assert done.stderr.strip().splitlines() == [
        "briefgen: error: no article to brief: of 6 read, 6 outside 2026-W06 (2026-02-02 to 2026-02-08)"
    ]
