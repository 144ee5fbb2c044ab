"""Hostile and broken input: every bad source gets a clear reason, every good one a correct brief.

Sources are scraped from the web and dropped into a folder by busy people, and briefgen runs
unattended from cron. The fixture folder below is written by the tests themselves; the
property tests feed generated text with the nastiest characters, markup and quotes through
read → extract → compose → both writers.
"""

from __future__ import annotations

import datetime as dt
import errno
import html
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
import readback
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readback import docx_text

from briefgen.compose import make_brief
from briefgen.config import Config, load_config
from briefgen.errors import BriefgenError, SkippedSources, SourceError
from briefgen.model import Article, Brief, Facts, RenderOptions, Template
from briefgen.pipeline import MAX_SOURCE_MB, build, load_article, understand
from briefgen.readers import MAX_ARTICLE_CHARS, read_article
from briefgen.readers.clean import is_junk, normalise
from briefgen.readers.decode import decode
from briefgen.templates import builtin_dir
from briefgen.writers.docx import write_docx
from briefgen.writers.pdf import write_pdf

REPO = Path(__file__).resolve().parent.parent
DAY = dt.date(2026, 1, 26)
TEMPLATE = Template(name="default", path=str(builtin_dir() / "default"))

# Text that must come out literally: markup for reportlab, XML, HTML and template engines.
MARKUP = (
    "<",
    ">",
    "&",
    "<b>",
    "</b>",
    "]]>",
    '<font color="red">',
    "<para>",
    "<img src=x.png/>",
    "<br/>",
    "{{ x }}",
    "{% if %}",
    "&amp;",
    "&#0;",
    "AT&T",
    "R&D;",
    "<!--",
    "<![CDATA[",
    "%s",
    "$1",
    "\\",
)
# Characters that break writers, matching or layout when they slip through.
NASTY = (
    "\x00",
    "\x0b",
    "\x0c",
    "\x1f",
    "\x7f",
    "\x85",
    "\ufffe",
    "\ufeff",
    "\u200b",
    "\u00a0",
    "\u00ad",
    "\u202e",
    "\u2028",
    "\t",
    "😀",
    "🇮🇩",
    "𝔘",
    "שלום",
    "مرحبا",
    "이민호",
    "e\u0301",
    "ﬁ",
    "x" * 300,
    "https://example.org/" + "a" * 200,
    "“",
    "”",
    '"',
    "'",
    "‘",
    "«",
)
WORDS = (
    "Menteri",
    "Budi",
    "Santoso",
    "membuka",
    "pameran",
    "di",
    "Jakarta",
    "kerja",
    "sama",
    "akan",
    "sepakat",
    "Kementerian",
    "rapat",
    "Selasa",
    "(20/1)",
    "(31/2)",
    "Rabu",
    "pada",
    "2026",
    "Januari",
    "ujar",
    "kata",
    "menurut",
    "bulan",
    "depan",
)


def compact(text: str) -> str:
    """Text compared across formats: NFC, no invisible characters, no white space at all."""
    return "".join(normalise(text).split())


def pdf_text(data: bytes) -> str:
    """The text layer, without the pending-translation markers of the English column.

    A long paragraph is cut into several table rows, and the English cell of the first row
    (``[translation pending]``) comes out between the pieces of the Indonesian one.
    """
    return readback.pdf_text(data).replace("[translation pending]", "")


def pdf_comparable(text: str, letters_only: bool = False) -> str:
    """What a PDF's text layer can give back: left-to-right script, glyphs every font has.

    reportlab sets right-to-left scripts letter by letter from the left, and text extraction
    reorders them together with the punctuation around them (hence ``letters_only``); Hangul
    and emoji depend on the fonts installed.
    """
    return "".join(
        c
        for c in compact(text)
        if (ord(c) < 0x0590 or 0x2010 <= ord(c) <= 0x2027 or 0x20A0 <= ord(c) <= 0x20CF)
        and (c.isalnum() or not letters_only)
    )


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text)


def fact_texts(facts: Facts) -> list[str]:
    """Every piece of article wording a brief of these facts prints."""
    texts = list(facts.background)
    texts += [q.text for q in facts.quotes] + [s.text for s in facts.statements]
    texts += [n.text for n in facts.next_steps]
    return [t for t in texts if t.strip()]


def write_both(brief: Brief) -> tuple[str, str]:
    """Both documents written, opened with python-docx and pypdf, and their text."""
    return docx_text(write_docx(brief, TEMPLATE, RenderOptions()).data), pdf_text(
        write_pdf(brief, TEMPLATE, RenderOptions()).data
    )


# --------------------------------------------------------------------------- encodings

ARTICLE = (
    "Jakarta - Menteri Budi Santoso membuka pameran kopi di Jakarta, Selasa (20/1/2026).\n"
    "“Kami siap bekerja sama – café naïve,” ujar Budi.\n"
    "Kedua pihak sepakat akan menggelar pertemuan lanjutan bulan depan.\n"
)


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),
        b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-16-le"),  # no BOM: the NUL bytes give it away
        ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-32"),
        ARTICLE.encode("cp1252"),
        ARTICLE.replace("“", '"').replace("”", '"').replace("–", "-").encode("latin-1"),
        ARTICLE.encode("utf-16")[:-1],  # cut off in the middle of a character
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "utf32",
        "cp1252",
        "latin1",
        "cut",
    ],
)
def test_every_encoding_reads_to_the_same_text(data: bytes) -> None:
    text = decode(data, "a.txt")
    assert "café naïve" in text and "Selasa (20/1/2026)" in text
    assert "\ufeff" not in text


def test_utf8_with_stray_windows_1252_bytes_keeps_both() -> None:
    data = "Menteri “Budi” berkata: café".encode() + b" dan \x93kutipan\x94 lama."
    assert decode(data, "a.txt") == "Menteri “Budi” berkata: café dan “kutipan” lama."


def test_a_few_nul_bytes_are_dropped_not_fatal() -> None:
    data = ARTICLE.encode().replace(b"Budi Santoso", b"Budi\x00 Santoso\x00", 1) + b"\x00"
    article = read_article(decode(data, "a.txt"), "a.txt", ".txt")
    assert "\x00" not in article.text and "Budi Santoso" in article.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes(range(256)) * 16, "binary file"),
        (os.urandom(2000), "binary file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xfe" + os.urandom(3001), "not valid UTF-16"),
    ],
    ids=["bytes", "random", "pdf", "zip", "png", "bad-utf16"],
)
def test_binary_data_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    if reason == "not valid UTF-16" and data.count(b"\x00") > 1000:
        pytest.skip("random bytes happened to be UTF-16")
    with pytest.raises(SourceError, match=f"^a.txt: .*{reason}"):
        decode(data, "a.txt")


def test_line_ends_and_invisible_characters_are_normalised() -> None:
    text = "Baris satu\r\nbaris\rdua\u2028tiga\x0cempat\u00a0lima\u200b\u00ad\u202eenam 😀 שלום"
    assert normalise(text) == "Baris satu\nbaris\ndua\ntiga\nempat limaenam 😀 שלום"


def test_pdf_text_layer_keeps_characters_beyond_the_basic_plane() -> None:
    from briefgen.writers.pdf.fonts import to_unicode_cmap

    cmap = to_unicode_cmap("F", [65, 0x20AC, 0x1F600])
    assert "<00> <0041>\n<01> <20AC>\n<02> <D83DDE00>\n" in cmap  # reportlab wrote <1F600>
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file():
        pytest.skip("no installed font draws emoji")
    article = read_article("Jakarta - Warga menonton film 😀 di Solo.\n", "a.txt", ".txt")
    article.file_date = dt.date(2026, 1, 20)
    assert "film 😀 di Solo" in write_both(make_brief([understand(article, DAY)], DAY))[1]


# --------------------------------------------------------------------------- the fixture folder

GOOD = {
    "good.txt": ARTICLE.encode(),
    "crlf-cp1252.txt": (
        "Bandung - Gubernur Ani Lestari meresmikan pasar di Bandung, Rabu (21/1/2026).\r\n"
        "“Pasar ini milik warga – bukan milik pemerintah,” kata Ani.\r\r"
    ).encode("cp1252"),
    "utf16.md": (
        "---\ntitle: Rapat <b>Anggaran</b> & R&D\ndate: 2026-01-22\n---\n\n"
        "Surabaya - Wali Kota Eri Cahyadi memimpin rapat anggaran di Surabaya, Kamis (22/1/2026).\n"
    ).encode("utf-16"),
    "markup.txt": (
        "Medan - Pejabat membahas tag <font color=red>merah</font> <para>x</para> <img src=/etc/passwd/> "
        "]]> {{ x }} {% if %} AT&T dan x <y dan z > w di Medan, Jumat (23/1/2026).\n"
        "“Kami <siap> & R&D;,” ujar Rudi.\n"
    ).encode(),
    "nasty.txt": (
        "Solo - Warga\u00a0menonton\u200b film 😀 dengan teks שלום و مرحبا di Solo, "
        "Sabtu (24/1/2026).\x00\x0b\n"
        f"Alamat situs https://example.org/{'a' * 300} dan kata {'x' * 400} dicatat panitia.\n"
    ).encode(),
    "one-sentence.txt": b"Menteri Budi membuka pameran.",
    "no-date.txt": b"Rapat koordinasi digelar tanpa tanggal dan tanpa kota.\n",
    "impossible-date.txt": b"Jakarta - Rapat digelar Selasa (31/2/2026) di Jakarta.\n",
    "wrong-weekday.txt": b"Jakarta - Rapat digelar Rabu (20/1/2026) di Jakarta.\n",
    "quotes.txt": (
        'Jakarta - “Kami “sangat” siap, ujar Budi.\n“Kutipan tanpa pembicara.”\n"belum ditutup\n'
    ).encode(),
    "script.html": (
        b"<html><head><title>T</title><style>p{color:red}</style></head><body><article>"
        b"<p>Isi berita tentang &lt;b&gt; dan &amp;amp; di Jakarta.</p>"
        b"<script>document.write('<p>bukan berita</p>')</script></article></body></html>"
    ),
}
BAD = {
    "empty.txt": (b"", "the file is empty"),
    "blank.txt": (b" \n\t\r\n  ", "only blank space"),
    "binary.txt": (bytes(range(256)) * 8, "binary file"),
    "report.txt": (b"%PDF-1.4\n", "a PDF document"),
    "no-body.html": (
        b"<html><head><script>var a = 1;</script><style>p {}</style></head>"
        b"<body><nav>Menu</nav></body></html>",
        "no article text found",
    ),
    "broken.md": (b"---\ntitle: [unclosed\n---\n\nIsi artikel.\n", "front matter is not valid YAML (line 2)"),
    "unclosed.md": (b"---\ntitle: Judul\n\nIsi artikel.\n", "front matter is not closed"),
    "junk.txt": (b".jpg)\nDiscussion about this post\nBagikan\n", "no article text found"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "sources"
    folder.mkdir()
    for name, data in GOOD.items():
        (folder / name).write_bytes(data)
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "folder.txt").mkdir()  # a folder with an article's name: looked into, not read
    (folder / "folder.txt" / "inside.txt").write_bytes(
        b"Jakarta - Artikel di dalam folder, Senin (19/1/2026).\n"
    )
    (folder / "loop-a.txt").symlink_to("loop-b.txt")
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "self").symlink_to(".")  # a link to its own folder is not followed
    return folder


@pytest.fixture(scope="module")
def hostile_build(hostile: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("hostile-out")
    started = time.monotonic()
    # With the annex, every text stands whole in the documents.
    result = build(Config(sources=(hostile,), out=out, prepared=DAY, annex=True))
    assert time.monotonic() - started < 60
    return out, result


def test_every_bad_source_is_skipped_with_its_reason(
    hostile: Path, hostile_build: tuple[Path, object]
) -> None:
    _, result = hostile_build
    reasons = {Path(e.path).name: e.problem for e in result.skipped}  # type: ignore[attr-defined]
    expected = {name: reason for name, (_, reason) in BAD.items()}
    expected |= {"loop-a.txt": "cannot read", "loop-b.txt": "cannot read", "dangling.txt": "cannot read"}
    assert set(reasons) == set(expected)
    for name, reason in expected.items():
        assert reason in reasons[name], (name, reasons[name])


def test_every_good_source_is_in_both_documents(hostile_build: tuple[Path, object]) -> None:
    out, result = hostile_build
    brief = result.brief  # type: ignore[attr-defined]
    assert brief is not None and brief.source_count == len(GOOD) + 1  # + the one inside folder.txt
    docx_path, pdf_path = sorted(out.glob("brief-*.docx")) + sorted(out.glob("brief-*.pdf"))
    in_docx = compact(docx_text(docx_path.read_bytes()))
    in_pdf = compact(pdf_text(pdf_path.read_bytes()))
    for literal in (
        "<font color=red>merah</font> <para>x</para> <img src=/etc/passwd/> ]]> {{ x }} {% if %} AT&T",
        "x <y dan z > w",
        "Kami <siap> & R&D;",
        "Rapat <b>Anggaran</b> & R&D",
        "Isi berita tentang <b> dan &amp; di Jakarta.",
        "Pasar ini milik warga – bukan milik pemerintah",
        "Kami siap bekerja sama – café naïve",
        "Kutipan tanpa pembicara.",
        "https://example.org/" + "a" * 300,
        "x" * 400,
        "Menteri Budi membuka pameran.",
    ):
        assert compact(literal) in in_docx, literal
        assert compact(literal) in in_pdf, literal
    for text in ("film 😀 dengan teks שלום و مرحبا", "Rapat koordinasi digelar tanpa tanggal"):
        assert compact(text) in in_docx, text
    assert "bukan berita" not in in_docx and "color:red" not in in_docx


def test_dates_that_cannot_be_are_warnings_not_failures(hostile_build: tuple[Path, object]) -> None:
    _, result = hostile_build
    warnings = "\n".join(result.warnings)  # type: ignore[attr-defined]
    assert "impossible-date.txt: impossible date 'Selasa (31/2/2026)' ignored" in warnings
    assert "wrong-weekday.txt: weekday 'Rabu' does not match 20 January 2026" in warnings


def test_a_source_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 20 MB of real text, not a sparse file
        line = b"Jakarta - Menteri membuka pameran dan rapat digelar di Jakarta, Selasa (20/1/2026).\n"
        handle.write(line * (20 * 1024 * 1024 // len(line) + 1))
    started = time.monotonic()
    with pytest.raises(SourceError, match=rf"big.txt: larger than {MAX_SOURCE_MB} MB \(20 MB\)"):
        load_article(big)
    assert time.monotonic() - started < 1


def test_an_article_over_the_text_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    sentence = "Menteri membuka pameran dan rapat digelar di Jakarta pada hari Selasa.\n"
    path.write_text(sentence * (MAX_ARTICLE_CHARS // (len(sentence) - 1) + 10), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"dump.txt: 100,\d{3} characters of text, more than the 100,000"):
        load_article(path)
    assert time.monotonic() - started < 5


def test_the_longest_accepted_article_is_built_in_reasonable_time(tmp_path: Path) -> None:
    sentence = "Menteri Budi membuka pameran dan rapat digelar di Jakarta pada hari Selasa (20/1/2026).\n"
    path = tmp_path / "long.txt"
    path.write_text(sentence * (MAX_ARTICLE_CHARS // len(sentence) // 4), encoding="utf-8")
    started = time.monotonic()
    result = build(Config(sources=(path,), out=tmp_path / "out", formats=("pdf",), prepared=DAY))
    assert result.written and time.monotonic() - started < 30


# --------------------------------------------------------------------------- files and folders


def test_an_unreadable_source_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_bytes(ARTICLE.encode())
    (tmp_path / "secret.txt").write_bytes(ARTICLE.encode())
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: object) -> int:
        if Path(path).name == "secret.txt":  # tests run as root in CI, where chmod cannot refuse
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("briefgen.pipeline.sources.os.open", refuse)
    result = build(Config(sources=(tmp_path,), out=tmp_path / "out", formats=("pdf",), prepared=DAY))
    assert [e.message for e in result.skipped] == [
        f"{tmp_path / 'secret.txt'}: cannot read the file (Permission denied)"
    ]
    assert result.brief is not None and result.brief.source_count == 1


def test_a_crash_inside_a_reader_or_extraction_costs_one_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen.extract

    (tmp_path / "good.txt").write_bytes(ARTICLE.encode())
    (tmp_path / "cursed.txt").write_bytes(ARTICLE.replace("Budi", "Kutukan").encode())
    (tmp_path / "cursed.html").write_bytes(b"<p>Jakarta - Isi.</p>")
    real_extract = briefgen.extract.extract

    def extract(article: Article, today: dt.date | None = None) -> Facts:
        if "Kutukan" in article.text:
            raise IndexError("list index out of range")
        return real_extract(article, today=today)

    def read_html(text: str, source: str) -> Article:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(briefgen.extract, "extract", extract)
    monkeypatch.setitem(__import__("briefgen.readers").readers.READERS, ".html", read_html)
    result = build(Config(sources=(tmp_path,), out=tmp_path / "out", formats=("docx",), prepared=DAY))
    assert sorted(e.problem for e in result.skipped) == [
        "cannot be read (RecursionError: maximum recursion depth exceeded; please report this)",
        "cannot be understood (IndexError: list index out of range; please report this)",
    ]
    assert result.brief is not None and result.brief.source_count == 1 and len(result.written) == 1


def test_a_full_disk_is_a_clear_error_and_keeps_the_previous_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "good.txt"
    source.write_bytes(ARTICLE.encode())
    out = tmp_path / "out"
    first = build(Config(sources=(source,), out=out, formats=("pdf",), prepared=DAY))
    before = first.written[0].read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("briefgen.pipeline.outputs.os.fsync", full)
    with pytest.raises(
        BriefgenError, match=r"brief-2026-01-20.pdf: cannot write \(No space left on device\)"
    ):
        build(Config(sources=(source,), out=out, formats=("pdf",), prepared=DAY), force=True)
    assert first.written[0].read_bytes() == before
    assert not list(out.glob(".*.tmp"))


def test_an_output_folder_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(ARTICLE.encode())
    (tmp_path / "out").write_text("not a folder")
    with pytest.raises(BriefgenError, match="out: cannot create the output folder"):
        build(Config(sources=(tmp_path / "good.txt",), out=tmp_path / "out", prepared=DAY))


def test_a_named_symlink_loop_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    with pytest.raises(BriefgenError, match="a.txt: a broken symbolic link or a loop of links"):
        build(Config(sources=(tmp_path / "a.txt",), out=tmp_path / "out"))


# --------------------------------------------------------------------------- --strict


def test_strict_fails_and_writes_nothing_when_a_source_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(ARTICLE.encode())
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    with pytest.raises(
        SkippedSources, match=r"1 of 2 source\(s\) skipped; --strict writes nothing"
    ) as raised:
        build(Config(sources=(tmp_path,), out=out, strict=True, prepared=DAY))
    assert [e.problem for e in raised.value.skipped] == ["the file is empty"]
    assert not out.exists()


def test_strict_can_be_set_in_briefgen_toml(tmp_path: Path) -> None:
    (tmp_path / "briefgen.toml").write_text("[build]\nstrict = true\n")
    assert load_config(tmp_path / "briefgen.toml").strict is True
    (tmp_path / "briefgen.toml").write_text('[build]\nstrict = "yes"\n')
    with pytest.raises(BriefgenError, match="build.strict: must be true or false"):
        load_config(tmp_path / "briefgen.toml")


# --------------------------------------------------------------------------- the command line


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1769385600"},
        timeout=120,
    )


def test_cli_builds_the_good_and_reports_the_bad_in_one_line_each(hostile: Path, tmp_path: Path) -> None:
    done = run("build", str(hostile), "--out", str(tmp_path / "out"), "--format", "pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    skipped = [line for line in done.stderr.splitlines() if line.startswith("briefgen: skipped ")]
    assert len(skipped) == len(BAD) + 3
    assert f"briefgen: skipped {hostile / 'binary.txt'}: looks like a binary file, not text" in skipped
    assert f"skipped {len(BAD) + 3}" in done.stderr.splitlines()[-1]
    assert [Path(p).suffix for p in done.stdout.split()] == [".pdf"]


def test_cli_strict_exits_1_lists_the_skipped_and_writes_nothing(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run("build", str(hostile), "--out", str(out), "--strict", cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len([line for line in lines if line.startswith("briefgen: skipped ")]) == len(BAD) + 3
    assert lines[-1].startswith("briefgen: error: ") and "--strict writes nothing" in lines[-1]
    assert not out.exists()


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({"bin.txt": bytes(range(256))}, [], "no article could be read (1 skipped)"),
        ({"a.txt": ARTICLE.encode()}, ["--template", "/"], "/: no template.toml in this template folder"),
        ({"a.txt": ARTICLE.encode()}, ["--template", "a.txt"], "template 'a.txt' not found"),
        ({"a.txt": ARTICLE.encode(), "out": b"x"}, ["--out", "out"], "out: cannot create the output folder"),
    ],
    ids=["nothing-readable", "template-root", "template-file", "out-is-a-file"],
)
def test_cli_failures_are_one_line_and_exit_1(
    tmp_path: Path, files: dict[str, bytes], args: list[str], message: str
) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    source = next(name for name in files if name != "out")
    done = run("build", source, *args, cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == f"briefgen: error: {message}" or message in done.stderr


def test_cli_inspect_of_hostile_files_never_shows_a_traceback(hostile: Path, tmp_path: Path) -> None:
    for name in ("binary.txt", "broken.md", "nasty.txt", "markup.txt"):
        done = run("inspect", str(hostile / name), "--json", cwd=tmp_path)
        assert "Traceback" not in done.stderr, name
        assert done.returncode in (0, 1), name
        assert done.returncode == 0 or done.stderr.count("\n") == 1, name


# --------------------------------------------------------------------------- generated articles

word = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKUP), st.sampled_from(NASTY), st.text(max_size=6))
sentence = st.lists(word, min_size=1, max_size=12).map(" ".join)


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["plain", "plain", "quote", "unclosed", "nested", "dateline", "said"]))
    body = draw(sentence)
    if kind == "quote":
        return f"“{body},” ujar {draw(st.sampled_from(['Budi', 'Menteri Budi Santoso', 'dia']))}."
    if kind == "unclosed":
        return f"“{body}"
    if kind == "nested":
        return f"“{body} ‘{draw(sentence)}’ {draw(sentence)}”"
    if kind == "dateline":
        where = draw(st.sampled_from(["Jakarta", "JAKARTA", "Bandung (ANTARA)", "Kabar.id - Solo"]))
        return f"{where} - {body}, {draw(st.sampled_from(['Selasa (20/1)', 'Rabu (31/2/2026)', '']))}."
    if kind == "said":
        return f"Menurut Budi, {body}."
    return body + draw(st.sampled_from([".", "", "!", "?"]))


def render(paragraphs: list[str], suffix: str, newline: str) -> str:
    if suffix == ".html":
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        return (
            "<html><head><title>T &amp; &lt;b&gt;</title><script>var x = '<p>bukan</p>';</script></head>"
            f"<body><nav>Menu</nav><article>{body}</article></body></html>"
        )
    if suffix == ".md":
        return "---\ntitle: 'Judul <b> & {{ x }}'\ndate: 2026-01-20\n---\n\n" + "\n\n".join(paragraphs)
    return newline.join(paragraphs)


ACCEPTED_FAILURES = ("no article text found", "looks like a binary file", "only blank space")


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(paragraph(), min_size=1, max_size=5),
    st.sampled_from([".txt", ".txt", ".md", ".html"]),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]),
)
def test_generated_articles_survive_every_stage(
    paragraphs: list[str], suffix: str, newline: str, encoding: str
) -> None:
    text = render(paragraphs, suffix, newline)
    data = text.encode(encoding, errors="replace" if encoding == "cp1252" else "surrogatepass")
    source = f"generated{suffix}"
    try:
        article = read_article(decode(data, source), source, suffix)
    except SourceError as exc:
        assert str(exc).startswith(f"{source}: ") and any(r in exc.problem for r in ACCEPTED_FAILURES), exc
        return
    # Nothing a writer cannot hold gets past the readers.
    for piece in [*article.paragraphs, article.title or ""]:
        assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in piece), piece
        assert "\ufffe" not in piece and "\ufeff" not in piece
    if suffix == ".txt" and encoding != "cp1252":  # plain text reads literally, markup and all
        read = compact(" ".join([article.title or "", *article.paragraphs]))
        for line in normalise(text).split("\n"):
            if not is_junk(line):
                assert compact(line) in read, line
    article.file_date = dt.date(2026, 1, 20)
    facts = understand(article, DAY)
    brief = make_brief([facts], DAY, annex=True)  # the annex holds every paragraph whole
    in_docx, in_pdf = write_both(brief)
    in_docx, pdf_letters, in_pdf = compact(in_docx), pdf_comparable(in_pdf, True), pdf_comparable(in_pdf)
    # The annex holds every paragraph of the article whole (the brief above it chooses and
    # shortens what it quotes), so the article's own wording is what must come through intact.
    for wording in [p for p in article.paragraphs if p.strip()]:
        assert compact(wording) in in_docx, wording
        if has_rtl(wording):
            assert pdf_comparable(wording, True) in pdf_letters, wording
        else:
            assert pdf_comparable(wording) in in_pdf, wording
    if article.title:
        assert compact(article.title) in in_docx


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=4))
def test_any_unicode_at_all_is_read_or_refused_cleanly(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    for suffix in (".txt", ".md", ".html"):
        try:
            article = read_article(decode(data, "x" + suffix), "x" + suffix, suffix)
        except SourceError as exc:
            assert str(exc).startswith(f"x{suffix}: ")
            continue
        facts = understand(article, DAY)
        assert all(compact(t) for t in fact_texts(facts))
