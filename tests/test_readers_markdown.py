"""The Markdown reader on hostile shapes: refused cleanly or read correctly, never explosive.

Issue 15: an alias bomb in front matter and lines of emphasis or link openers that never close
took minutes. These tests check what comes out, not how fast (benchmarks/hostile.py times them).
"""

from __future__ import annotations

import pytest

from briefgen.errors import SourceError
from briefgen.readers import read_article
from briefgen.readers.markdown import inline_text, split_front_matter

BODY = "JAKARTA - Menteri Budi meresmikan pasar baru pada Selasa (20/1).\n"


def alias_bomb(levels: int = 9) -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 10) + "]")
    lines.append(f"tags: *{chr(ord('a') + levels - 1)}")
    return "---\ntitle: Uji\n" + "\n".join(lines) + "\n---\n\n" + BODY


def test_a_yaml_alias_bomb_is_refused_naming_the_file() -> None:
    with pytest.raises(SourceError) as raised:
        read_article(alias_bomb(), "bom.md", ".md")
    assert str(raised.value) == (
        "bom.md: front matter uses a YAML anchor or alias (&name, *name) (line 3); "
        "briefgen does not read them"
    )


@pytest.mark.parametrize(
    "front",
    ["title: &judul Pasar\nsubtitle: *judul", "tags: &t [a, b]", "title: *nowhere"],
)
def test_any_anchor_or_alias_is_refused(front: str) -> None:
    with pytest.raises(SourceError, match=r"^a\.md: front matter uses a YAML anchor or alias"):
        split_front_matter(f"---\n{front}\n---\n\n{BODY}", "a.md")


def test_front_matter_without_aliases_is_still_read() -> None:
    meta, body = split_front_matter(f"---\ntitle: Pasar & Kopi *baru*\ntags: [a, b]\n---\n\n{BODY}", "a.md")
    assert meta == {"title": "Pasar & Kopi *baru*", "tags": ["a", "b"]}
    assert body.strip() == BODY.strip()


def test_front_matter_nested_too_deeply_is_refused() -> None:
    with pytest.raises(SourceError, match=r"^a\.md: front matter is nested too deeply$"):
        split_front_matter("---\ntags: " + "[" * 20_000 + "\n---\n\n" + BODY, "a.md")


def test_unclosed_emphasis_openers_are_kept_as_text() -> None:
    line = "*a _b " * 3_000
    assert inline_text(line) == line


def test_unclosed_link_and_image_openers_are_kept_as_text() -> None:
    assert inline_text("[a](" * 2_000) == "[a](" * 2_000
    assert inline_text("![" * 2_000 + "x") == "![" * 2_000 + "x"
    assert inline_text("<a" * 2_000) == "<a" * 2_000
    # ...and a closed link after them is still reduced to its text.
    assert inline_text("[a](" * 50 + " lihat [laman](https://x.example)") == "[a](" * 50 + " lihat laman"


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**tebal *miring* tebal**", "tebal miring tebal"),
        ("***keduanya*** dan __garis__ dan _satu_", "keduanya dan garis dan satu"),
        ("harga 5 * 3 * 2", "harga 5 * 3 * 2"),
        ("![foto](a.jpg)Keterangan [tautan][ref] dan <b>tebal</b>", "Keterangan tautan dan tebal"),
    ],
)
def test_inline_markup_still_reduces_to_text(markdown: str, text: str) -> None:
    assert inline_text(markdown) == text


def test_a_heading_with_closing_hashes_and_a_long_run_of_spaces() -> None:
    article = read_article(
        "# Judul Berita ##\n\n## Sub" + " " * 20_000 + "judul ###  \n\n" + BODY, "a.md", ".md"
    )
    assert article.title == "Judul Berita"
    assert article.paragraphs[0] == "Sub judul"


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # Issue 13 follow-up: the text inside backticks is the article's, character for character;
        # emphasis, tags, links and escapes inside a code span are not markup.
        (
            "jalankan `briefgen build --week 2026-W04` tiap Senin",
            "jalankan briefgen build --week 2026-W04 tiap Senin",
        ),
        ("kode `KODE_A_B` dan `2*3*4`", "kode KODE_A_B dan 2*3*4"),
        ("tekan `<Enter>` lalu `[a](b)` dan `\\*`", "tekan <Enter> lalu [a](b) dan \\*"),
        ("dua ``a `b` c`` tanda", "dua a `b` c tanda"),
        ("*miring `a*b` miring*", "miring a*b miring"),
        ("lihat [`kode`](https://x.example) ya", "lihat kode ya"),
        ("Ma`ruf tanpa pasangan", "Ma`ruf tanpa pasangan"),
        ("`` ` `` satu", "` satu"),
    ],
)
def test_code_spans_keep_their_text_as_written(markdown: str, text: str) -> None:
    assert inline_text(markdown) == text


def test_backtick_runs_that_never_close_are_kept_in_linear_time() -> None:
    # Runs of 1..199 backticks, none closed by a run of the same length.
    line = " x ".join("`" * n for n in range(1, 200))
    assert inline_text(line) == line
    # 20,000 single backticks pair up into 10,000 spans, each keeping its text ("a "), the text
    # between them too.
    assert inline_text("`a " * 20_000) == "a " * 20_000
