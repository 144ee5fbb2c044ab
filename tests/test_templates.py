"""Templates: the default loads; broken ones are reported with the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import TemplateError
from briefgen.templates import list_templates, load_template


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
