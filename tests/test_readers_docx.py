"""Word press releases: body paragraphs and tables read, running header and footer and the paper left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from releases import BODY, TITLE, release_docx

from briefgen.errors import SourceError
from briefgen.pipeline import load_article
from briefgen.readers import docx
from briefgen.readers.clean import normalise


@pytest.mark.parametrize("in_header", [True, False], ids=["letterhead-in-header", "letterhead-in-table"])
def test_a_release_made_with_python_docx(in_header: bool) -> None:
    article = docx.read(release_docx(letterhead_in_header=in_header), "siaran.docx")
    assert article.format == "docx" and article.title == TITLE
    assert article.paragraphs == [" ".join(normalise(text).split()) for text in BODY]
    text = article.text
    for paper in ("KEMENTERIAN", "SIARAN PERS", "Nomor", "Biro Hubungan", "-selesai-", "Narahubung", "0812"):
        assert paper not in text, paper


@pytest.mark.parametrize("data", [b"PK\x03\x04broken", b"plain text named .docx"])
def test_a_broken_word_file_is_one_clear_reason(data: bytes) -> None:
    with pytest.raises(SourceError, match=r"^x.docx: not a readable Word document \("):
        docx.read(data, "x.docx")


def test_an_empty_docx_file_is_skipped_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "kosong.docx"
    path.write_bytes(b"")
    with pytest.raises(SourceError, match="the file is empty"):
        load_article(path)
