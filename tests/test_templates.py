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
from briefgen.templates import BUILTIN_DIR, SCHEMA, list_templates, load_template, new_template


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
    with pytest.raises(TemplateError, match="template 'nope' not found.*default"):
        load_template("nope")


# --------------------------------------------------------------------------- new keys, assets, memo

REPO = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


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
    script = BUILTIN_DIR / "memo" / "make_reference.py"
    done = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    for name in ("logo.png", "reference.docx"):
        assert (tmp_path / name).read_bytes() == (BUILTIN_DIR / "memo" / name).read_bytes(), name


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
    shutil.copy(BUILTIN_DIR / "memo" / "reference.docx", folder / "ref.docx")
    template = load_template(path)
    assert template.logo == str((folder / "logo.png").resolve())
    assert template.reference_docx == str((folder / "ref.docx").resolve())
    assert template.title_block == "letterhead"


def test_new_template_copies_the_default_and_never_overwrites(tmp_path: Path) -> None:
    created = new_template("kemlu", tmp_path / "templates")
    assert (created / "template.toml").read_bytes() == (
        BUILTIN_DIR / "default" / "template.toml"
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
    default = (BUILTIN_DIR / "default" / "template.toml").read_text(encoding="utf-8")
    for table, keys in SCHEMA.items():
        assert f"[{table}]" in section and f"[{table}]" in default, table
        for key in keys:
            assert f"`{key}`" in section, f"{table}.{key} is not documented in the README"
            assert re.search(rf"^#? ?{key} =", default, re.M), (
                f"{table}.{key} is not in default/template.toml"
            )
    assert "templates new" in section
