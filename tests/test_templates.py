"""Templates: the shipped ones load; broken ones are reported with the file and the key; new ones."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.errors import TemplateError
from briefgen.model import Bilingual
from briefgen.templates import SCHEMA, builtin_dir, list_templates, load_template, new_template


def write(folder: Path, text: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.toml").write_text(text)
    return str(folder)


def test_default_template_loads() -> None:
    template = load_template("default")
    assert template.page_size == "A4" and template.margins_mm == (20.0, 20.0, 22.0, 20.0)
    assert template.pending_marker.en == "[translation pending]"
    assert "default" in list_templates()


def test_letter_and_organisation_from_a_template_folder(tmp_path: Path) -> None:
    path = write(tmp_path / "mine", '[page]\nsize = "Letter"\n[organization]\nid = "Kementerian X"\n')
    template = load_template(path)
    assert template.page_size == "Letter" and template.organization.en == "Kementerian X"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[page\n", "not valid TOML"),
        ('[page]\npaper = "A4"\n', "unknown key 'page.paper'"),
        ("[colours]\n", "unknown table 'colours'"),
        ('[page]\nsize = "A5"\n', "'page.size'"),
        ('[fonts]\nregular = "fonts/none.ttf"\n', "'fonts.regular': font file"),
        ('[colors]\nheading = "blue"\n', "'colors.heading'"),
        ("[page]\nmargins_mm = [1, 2]\n", "'page.margins_mm'"),
    ],
)
def test_broken_templates_name_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "broken", text)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert "template.toml" in info.value.message and message in info.value.message


def test_unknown_template_name_lists_the_known_ones() -> None:
    with pytest.raises(TemplateError, match="template 'nope' not found.*default") as info:
        load_template("nope")
    assert "did you mean" not in info.value.message
    with pytest.raises(TemplateError, match=r"template 'memp' not found \(did you mean 'memo'\? available: "):
        load_template("memp")


def test_a_mistyped_template_key_gets_a_suggestion(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"unknown key 'fonts.bolt' \(did you mean 'fonts.bold'\?\)$"):
        load_template(write(tmp_path / "a", '[fonts]\nbolt = "x.ttf"\n'))
    with pytest.raises(TemplateError, match=r"unknown table 'colours' \(did you mean 'colors'\?\)$"):
        load_template(write(tmp_path / "b", '[colours]\nheading = "000000"\n'))


# --------------------------------------------------------------------------- shipped as package data


def test_the_shipped_templates_are_package_data_inside_briefgen() -> None:
    import briefgen

    folder = builtin_dir()
    assert folder.parent == Path(briefgen.__file__).resolve().parent
    assert sorted(p.name for p in folder.iterdir() if (p / "template.toml").is_file()) == ["default", "memo"]
    assert not (REPO / "templates").exists(), "the shipped templates must not be copied into ./templates"


def test_pyproject_package_data_covers_every_shipped_file() -> None:
    """Every file of the shipped templates is matched by a package-data pattern, so the wheel carries it."""
    import fnmatch
    import tomllib

    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["briefgen"]
    package = builtin_dir().parent
    files = [p for p in builtin_dir().rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(files) >= 4
    for path in files:
        name = path.relative_to(package).as_posix()
        # setuptools' "*" does not cross a "/": compare segment by segment.
        parts = name.split("/")
        assert any(
            len(globs := pattern.split("/")) == len(parts)
            and all(fnmatch.fnmatch(part, glob) for part, glob in zip(parts, globs, strict=True))
            for pattern in patterns
        ), f"{name} is not package data: the wheel would lack it"


def test_a_project_template_of_the_same_name_takes_precedence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "templates" / "default", '[organization]\nid = "Dinas Proyek"\n')
    assert load_template("default").organization.id == "Dinas Proyek"
    assert load_template("memo").organization.id == "Kementerian Contoh"  # still the shipped one
    assert list_templates() == ["default", "memo"]


# --------------------------------------------------------------------------- new keys, assets, memo

REPO = Path(__file__).resolve().parent.parent
PNG = (builtin_dir() / "memo" / "logo.png").read_bytes()  # a real PNG: a header alone is refused


def test_memo_template_loads_with_its_assets() -> None:
    memo = load_template("memo")
    assert memo.title_block == "letterhead"
    assert memo.classification == "TERBATAS / RESTRICTED"
    assert memo.organization.id == "Kementerian Contoh"
    assert memo.logo is not None and Path(memo.logo).is_file()
    assert memo.reference_docx is not None and Path(memo.reference_docx).is_file()
    assert memo.number == "B-{seq}/RKB/{month}/{year}"
    assert memo.date_formats == {"id": "d MMMM y", "en": "d MMMM y"}
    assert memo.section_order[0] == "key_points" and memo.section_order[-1] == "index"
    assert memo.section_labels["sources"] == Bilingual.both("Rujukan", "References")
    assert "memo" in list_templates()


def test_memo_assets_are_reproducible(tmp_path: Path) -> None:
    script = REPO / "scripts" / "make_memo_reference.py"
    done = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    for name in ("logo.png", "reference.docx"):
        assert (tmp_path / name).read_bytes() == (builtin_dir() / "memo" / name).read_bytes(), name


@pytest.mark.parametrize(
    ("text", "files", "message"),
    [
        ('[organization]\nlogo = "none.png"\n', {}, "'organization.logo': image"),
        ('[organization]\nlogo = "logo.png"\n', {"logo.png": b"GIF89a"}, "is not a PNG or JPEG"),
        ("[organization]\nlogo_height_mm = 100\n", {}, "'organization.logo_height_mm'"),
        ('[docx]\nreference = "reference.docx"\n', {}, "'docx.reference': file"),
        ('[docx]\nreference = "reference.docx"\n', {"reference.docx": b"not a zip"}, "not a Word document"),
        ('[docx]\nstyles = "x"\n', {}, "unknown key 'docx.styles'"),
        ('[fonts]\nfallback = ["fonts/none.ttf"]\n', {}, "'fonts.fallback[0]': font file"),
        ('[fonts]\nfallback = "x.ttf"\n', {}, "'fonts.fallback' has the wrong type"),
        ('[document]\ntitle_block = "kop"\n', {}, "'document.title_block'"),
        ('[document]\nnumber = "B-{nomor}"\n', {}, "'document.number'"),
        ('[memo]\nkepada = "x"\n', {}, "unknown key 'memo.kepada'"),
        ('[memo]\ncopies = "x"\n', {}, "'memo.copies' has the wrong type"),
        ('[dates]\nid = "qqq bogus"\n', {}, "'dates.id'"),
        ('[dates]\nfr = "full"\n', {}, "unknown key 'dates.fr'"),
        ('[sections]\norder = ["background", "conclusion"]\n', {}, "'sections.order'"),
        ('[sections]\nbackground = { id = "A", fr = "B" }\n', {}, "unknown key 'sections.background.fr'"),
        ('[sections]\nsources = { id = "" }\n', {}, "'sections.sources.id'"),
        ('[sections]\narticle = { id = "Artikel" }\n', {}, "unknown key 'sections.article'"),
        ('[colors]\naccent = "#12345"\n', {}, "'colors.accent'"),
    ],
)
def test_broken_assets_and_new_keys_name_file_and_key(
    tmp_path: Path, text: str, files: dict[str, bytes], message: str
) -> None:
    folder = tmp_path / "broken"
    path = write(folder, text)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert "template.toml" in info.value.message and message in info.value.message
    assert "\n" not in info.value.message


def test_assets_are_resolved_relative_to_the_template(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    path = write(
        folder,
        '[organization]\nlogo = "logo.png"\n[docx]\nreference = "ref.docx"\n'
        '[document]\nnumber = "{year}/{month}/{day}"\ntitle_block = "letterhead"\n',
    )
    (folder / "logo.png").write_bytes(PNG)
    shutil.copy(builtin_dir() / "memo" / "reference.docx", folder / "ref.docx")
    template = load_template(path)
    assert template.logo == str((folder / "logo.png").resolve())
    assert template.reference_docx == str((folder / "ref.docx").resolve())
    assert template.title_block == "letterhead"


def test_new_template_copies_the_default_and_never_overwrites(tmp_path: Path) -> None:
    created = new_template("kemlu", tmp_path / "templates")
    assert (created / "template.toml").read_bytes() == (
        builtin_dir() / "default" / "template.toml"
    ).read_bytes()
    assert load_template(str(created)).name == "kemlu"
    with pytest.raises(TemplateError, match="already exists"):
        new_template("kemlu", tmp_path / "templates")
    for bad in ("../up", "a/b", "", "."):
        with pytest.raises(TemplateError, match="not a usable template name"):
            new_template(bad, tmp_path / "templates")


def test_cli_templates_new_and_a_broken_template(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        return subprocess.run(
            [sys.executable, "-m", "briefgen", *args], cwd=tmp_path, capture_output=True, text=True, env=env
        )

    done = run("templates", "new", "kemlu")
    assert done.returncode == 0 and done.stdout.strip() == "templates/kemlu"
    again = run("templates", "new", "kemlu")
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.startswith("briefgen: error: templates/kemlu: already exists")
    assert "kemlu" in run("templates", "list").stdout.split()
    toml = tmp_path / "templates" / "kemlu" / "template.toml"
    toml.write_text(toml.read_text().replace('# reference = "reference.docx"', 'reference = "missing.docx"'))
    broken = run("build", "--template", "kemlu", str(REPO / "sources"), "--out", str(tmp_path / "out"))
    assert broken.returncode == 1
    assert broken.stderr.count("\n") == 1 and "'docx.reference'" in broken.stderr
    assert not (tmp_path / "out").exists()


def test_every_template_key_is_in_the_readme_and_the_default_template() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Templates") :]
    section = section[: section.index("\n## ", 3)]
    default = (builtin_dir() / "default" / "template.toml").read_text(encoding="utf-8")
    for table, keys in SCHEMA.items():
        assert f"[{table}]" in section and f"[{table}]" in default, table
        for key in keys:
            assert f"`{key}`" in section, f"{table}.{key} is not documented in the README"
            assert re.search(rf"^#? ?{key} =", default, re.M), (
                f"{table}.{key} is not in default/template.toml"
            )
    assert "templates new" in section


# --- hostile assets: each is one line naming the file and the key, before anything is rendered ---

MEMO = builtin_dir() / "memo"


def _png(width: int, height: int, rows: int | None = None) -> bytes:
    """A 1-bit greyscale PNG header of this size whose data holds only ``rows`` rows (a bomb's shape)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" * (1 + (width + 7) // 8)
    data = zlib.compress(row * (height if rows is None else rows), 9)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def _jpeg() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (10, 20, 120)).save(buffer, "JPEG")
    return buffer.getvalue()


def _reference(change: str) -> bytes:
    """The memo's reference.docx with one thing broken."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(MEMO / "reference.docx") as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml" and change == "no content types":
                continue
            if info.filename == "word/styles.xml" and change == "corrupt xml":
                data = data[: len(data) // 2]
            if info.filename == "word/styles.xml" and change == "external entity":
                doctype = b'<!DOCTYPE w:styles [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                data = data.replace(b"?>", b"?>" + doctype, 1).replace(b"</w:styles>", b"&xxe;</w:styles>")
            target.writestr(info, data)
        if change == "zip bomb":
            target.writestr("word/media/filler.bin", b"\0" * (200 << 20), zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "files", "message"),
    [
        ("truncated png", {"logo.png": (MEMO / "logo.png").read_bytes()[:100]}, "is not a whole PNG image"),
        (
            "damaged png",
            {
                "logo.png": (MEMO / "logo.png").read_bytes()[:60]
                + b"\0" * 64
                + (MEMO / "logo.png").read_bytes()[124:]
            },
            "is a damaged PNG image",
        ),
        ("png bomb", {"logo.png": _png(40000, 40000, rows=8)}, "40000 × 40000 pixels"),
        ("empty png", {"logo.png": _png(0, 0)}, "is a damaged PNG image"),
        ("truncated jpeg", {"logo.png": _jpeg()[:300]}, "is not a whole JPEG image"),
        (
            "corrupt xml",
            {"reference.docx": _reference("corrupt xml")},
            "word/styles.xml is not well-formed XML",
        ),
        ("no content types", {"reference.docx": _reference("no content types")}, "no [Content_Types].xml"),
        (
            "external entity",
            {"reference.docx": _reference("external entity")},
            "word/styles.xml has a DOCTYPE",
        ),
        ("zip bomb", {"reference.docx": _reference("zip bomb")}, "unpacks to more than 64 MB"),
    ],
)
def test_hostile_assets_name_the_file_and_the_key(
    tmp_path: Path, name: str, files: dict[str, bytes], message: str
) -> None:
    folder = tmp_path / "hostile"
    shutil.copytree(MEMO, folder)
    for file, data in files.items():
        (folder / file).write_bytes(data)
    with pytest.raises(TemplateError) as info:
        load_template(str(folder))
    key = "organization.logo" if "logo.png" in files else "docx.reference"
    assert info.value.message.startswith(
        f"{folder / 'template.toml'}: '{key}': {(folder / next(iter(files)))}"
    )
    assert message in info.value.message and "\n" not in info.value.message


def test_the_memo_assets_and_a_real_jpeg_pass_the_checks(tmp_path: Path) -> None:
    folder = tmp_path / "jpeg"
    shutil.copytree(MEMO, folder)
    (folder / "logo.png").write_bytes(_jpeg())
    assert load_template(str(folder)).logo == str(folder / "logo.png")
    assert load_template("memo").reference_docx is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
        ("[page]\nmargins_mm = [80, 80, 80, 81]\n", "'page.margins_mm' must be four numbers from 0 to 80"),
        ("[page]\nmargins_mm = [1e308, 0, 0, 0]\n", "'page.margins_mm' must be four numbers from 0 to 80"),
        ('[document]\nnumber = "B-{year:>999999999}"\n', "'document.number' may only use {year}"),
        ('[document]\nnumber = "B-{year!r}"\n', "'document.number' may only use {year}"),
        ("[fonts]\nsize_pt = " + "9" * 5000 + "\n", "not valid TOML (a number of more than 4300 digits)"),
        ("[fonts]\nsize_pt = " + "9" * 4000 + "\n", "'fonts.size_pt' must be between 6 and 16"),
        ("[organization]\nlogo_height_mm = " + "9" * 400 + "\n", "'organization.logo_height_mm' must be"),
        ("[page]\nmargins_mm = [" + "9" * 400 + ", 0, 0, 0]\n", "'page.margins_mm' must be four numbers"),
    ],
)
def test_a_template_toml_built_to_exhaust_is_refused(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "deep", text)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert "template.toml" in info.value.message and message in info.value.message


def test_cli_a_hostile_logo_is_one_line_and_leaves_the_output_folder_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    shutil.copytree(MEMO, folder)
    (folder / "logo.png").write_bytes(_png(40000, 40000, rows=8))
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief-old.pdf").write_bytes(b"%PDF- the previous brief")
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build", str(REPO / "sources"), "--out", str(out)]
        + ["--template", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefgen: error: ") and "organization.logo" in lines[0]
    assert sorted(p.name for p in out.iterdir()) == ["brief-old.pdf"]
