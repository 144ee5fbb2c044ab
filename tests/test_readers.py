"""Readers and cleaning: the real seeds, our sample sources and small hand-made inputs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.pipeline import load_article
from briefgen.readers import READERS, read_article
from briefgen.readers.clean import is_junk, normalise, paragraphs_from_text
from briefgen.readers.markdown import inline_text

SOURCES = Path(__file__).resolve().parent.parent / "sources"
JUNK = (".jpg)", "Discussion about this post", "Baca juga", "Bagikan", "ADVERTISEMENT", "Tags:")


def all_text(paragraphs: list[str]) -> str:
    return "\n".join(paragraphs)


# --------------------------------------------------------------------------- the real seeds


def test_seed_000_has_nine_paragraphs_and_no_junk(seeds_dir: Path) -> None:
    article = load_article(next(seeds_dir.glob("000_*.txt")))
    assert len(article.paragraphs) == 9
    assert article.paragraphs[0].startswith("PATADaily.id - Jakarta - ")
    assert article.paragraphs[-1].startswith("Melalui pertemuan ini")
    assert ".jpg" not in article.text and article.title is None and article.format == "txt"


def test_seed_001_has_seven_paragraphs_and_no_comment_widget(seeds_dir: Path) -> None:
    article = load_article(next(seeds_dir.glob("001_*.txt")))
    assert len(article.paragraphs) == 7
    assert "Discussion about this post" not in article.text
    assert all(p == p.strip() and p for p in article.paragraphs)


# --------------------------------------------------------------------------- our samples


def test_sources_hold_the_three_input_forms() -> None:
    suffixes = {p.suffix for p in SOURCES.iterdir() if p.suffix in READERS}
    assert {".txt", ".md", ".html"} <= suffixes
    assert 4 <= len([p for p in SOURCES.iterdir() if p.suffix in READERS]) <= 6


@pytest.mark.parametrize("path", sorted(p for p in SOURCES.iterdir() if p.suffix in READERS), ids=str)
def test_every_sample_reads_cleanly(path: Path) -> None:
    article = load_article(path)
    assert len(article.paragraphs) >= 4
    text = article.text
    for junk in JUNK:
        assert junk not in text, (path.name, junk)
    assert "  " not in text and "\n\n\n" not in text


def test_markdown_front_matter_is_read() -> None:
    article = load_article(SOURCES / "2026-01-21-festival-musik-bali.md")
    assert article.title == "Festival Musik Denpasar Jadi Panggung Musisi Daerah"
    assert article.published == dt.date(2026, 1, 21)
    assert article.outlet == "Warta Nusa"
    assert article.url == "https://wartanusa.example/2026/01/21/festival-musik-denpasar"
    assert article.tags == ["musik", "pariwisata"]
    # The level-1 heading repeats the title and is not a paragraph; bold markers are gone;
    # hard-wrapped lines are joined into one paragraph.
    assert article.paragraphs[0].startswith("Denpasar (Warta Nusa) - Pemerintah Provinsi Bali")
    assert "Rabu (21/1). Festival ini" in article.paragraphs[0]
    assert "**" not in article.text and "![" not in article.text


def test_html_page_body_and_metadata() -> None:
    article = load_article(SOURCES / "2026-01-22-ekspor-kopi.html")
    assert article.title == "Kemendag Dorong Ekspor Kopi Toraja ke Jepang"
    assert article.outlet == "Berita Niaga"
    assert article.published == dt.date(2026, 1, 22)
    assert article.url == "https://beritaniaga.example/ekonomi/2026/01/22/ekspor-kopi-toraja"
    assert article.paragraphs[0].startswith("Makassar, Berita Niaga - Kementerian Perdagangan")
    text = article.text
    # Navigation, byline, share bar, figure caption, related box, footer and script are not text.
    for furniture in (
        "Beranda",
        "Oleh Redaksi",
        "Facebook",
        "siap ekspor.",
        "Harga Kopi",
        "Hak cipta",
        "dataLayer",
    ):
        assert furniture not in text, furniture
    assert "“Kopi Toraja sudah punya nama di Jepang." in text  # entities decoded to real quotes


def test_plain_text_headline_is_split_off() -> None:
    article = load_article(SOURCES / "2026-01-20-film-korea.txt")
    assert article.title == "Kemenekraf dan Korea Sepakat Garap Film Bersama"
    assert article.paragraphs[0].startswith("Kabarkreatif.id - Jakarta - ")


def test_an_index_date_marker_before_the_headline_opens_the_body() -> None:
    # A search index put "date YYYY-MM-DD" before the headline: the headline is the words after
    # it, and the marker opens the body, where the event date reader takes it for the page's day.
    text = (
        "date 2019-05-15 Menteri Buka Pameran Rempah\n\nMenteri membuka pameran rempah di Jakarta hari ini.\n"
    )
    article = read_article(text, "pameran.txt", ".txt")
    assert article.title == "Menteri Buka Pameran Rempah"
    assert article.paragraphs[0] == "date 2019-05-15 Menteri membuka pameran rempah di Jakarta hari ini."
    # Without a headline after it, the marker stays where it was, on the first line of the body.
    bare = "date 2019-05-15 Menteri membuka pameran rempah di Jakarta hari ini.\n"
    assert read_article(bare, "pameran.txt", ".txt").paragraphs[0] == bare.strip()


def test_a_first_line_that_is_a_bare_dateline_is_no_headline() -> None:
    # A scraped page that lost its headline opens on the dateline alone ("Bogor –"), the story
    # on the lines below: the dateline stays a paragraph, where the dateline reader finds it.
    text = "Bogor –\n\nWali Kota Bogor meresmikan taman baru di pusat kota, Senin (3/3/2025).\n"
    article = read_article(text, "kabar.txt", ".txt")
    assert article.title is None
    assert article.paragraphs[0] == "Bogor –"
    # Longer, a site's name of words and its city in brackets, it still ends on the dash.
    site = "Warta desa.id (Bogor) -\n\nWali Kota Bogor meresmikan taman baru di pusat kota.\n"
    assert read_article(site, "kabar.txt", ".txt").title is None


def test_a_dateline_broken_over_three_lines_is_put_back_on_the_lead() -> None:
    # The page's markup set the city, the dash and the lead on lines of their own: the city is
    # no headline, and the dateline opens the lead again.
    text = (
        "PURWAKARTA\n-\nPetani di lereng bukit mulai menanam kopi varietas baru bersama\n"
        "penyuluh dinas pertanian dan perkebunan. Bibit kopi itu dibagikan kepada tiga\n"
        "kelompok tani di desa tersebut, sebagian lagi disimpan di gudang kecamatan.\n"
    )
    article = read_article(text, "kabar.txt", ".txt")
    assert article.title is None
    assert article.paragraphs[0].startswith("PURWAKARTA - Petani di lereng bukit")


@pytest.mark.parametrize(
    "date_line",
    [
        "Rabu, 5 Maret 2025",
        "Kamis, 6 Mar 2025 09:15 WIB",
        "Thursday, March 6, 2025",
        "Jumat 7 Mar 2025 | 10.05 WITA",
    ],
)
def test_a_pages_date_line_above_the_headline_is_no_headline(date_line: str) -> None:
    # A scraped page opens with the site's date of the day; the headline is the line below it,
    # and the date line, which need not be the story's date, stays out of the story.
    text = (
        f"{date_line}\n\nPemkot Bogor Buka Taman Baru di Pusat Kota\n\n"
        "Bogor – Wali Kota Bogor meresmikan taman baru di pusat kota pada Senin (3/3/2025).\n"
    )
    article = read_article(text, "kabar.txt", ".txt")
    assert article.title == "Pemkot Bogor Buka Taman Baru di Pusat Kota"
    assert article.paragraphs[0].startswith("Bogor – Wali Kota")
    assert not any(date_line in p for p in article.paragraphs)


# --------------------------------------------------------------------------- cleaning rules


@pytest.mark.parametrize(
    "line",
    [
        ".jpg)",
        "foto-kunjungan.JPEG",
        "![](https://example.org/a.png)",
        "Discussion about this post",
        "Baca juga: Menteri Tinjau Pameran",
        "BACA JUGA",
        "Bagikan",
        "Share this:",
        "Facebook Twitter WhatsApp",
        "ADVERTISEMENT",
        "Scroll to continue with content",
        "Editor: Budi",
        "Tags: ekonomi, film",
        "© 2026 Media",
        "***",
        "   ",
        "2 dari 4 halaman",
        "Halaman 3",
        "<< Sebelumnya Selanjutnya >>",
        "Tinggalkan Balasan",
        "Button AI Summarize",
        "Alamat email Anda tidak akan dipublikasikan. Kolom bertanda * harus diisi",
        "Iklan - Scroll untuk Melanjutkan Baca artikel Kabarkita lainnya di Kabarkita App",
        "Related news: Two ministries sign a research pact",
        "Share on FacebookShare on Twitter",
        "Click here to get the latest news straight from Kabarkita on Google News",
        "Kunjungi situs Kabar4D untuk pembaruan terkini.",
        "No menu items!",
    ],
)
def test_junk_lines(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jakarta - Menteri membuka pameran.",
        "“Kami siap,” ujar Budi.",
        "Facebook mengumumkan kantor baru di Jakarta.",
        "Bagikan pengalamanmu, kata panitia.",
        "Foto bersama dilakukan usai acara.",
    ],
)
def test_article_lines_are_not_junk(line: str) -> None:
    assert not is_junk(line)


def test_hard_wrapped_lines_are_joined_and_blank_runs_collapse() -> None:
    text = "Kalimat pertama yang\nterpotong di tengah.\n\n\n\nParagraf kedua.\nParagraf ketiga.\n"
    assert paragraphs_from_text(text) == [
        "Kalimat pertama yang terpotong di tengah.",
        "Paragraf kedua.",
        "Paragraf ketiga.",
    ]


def test_teaser_glued_to_a_paragraph_is_cut() -> None:
    assert paragraphs_from_text("Acara berjalan lancar. Baca juga: Berita Lain") == ["Acara berjalan lancar."]


def test_invisible_and_xml_illegal_characters_are_removed() -> None:
    assert normalise("A\u200bB\x00C\x0bD\ufeffE\u00a0F") == "ABC\nDE F"  # \x0b: Word's manual line break
    assert normalise("baris\r\nbaru\rlagi") == "baris\nbaru\nlagi"


def test_inline_markdown_is_reduced_to_text() -> None:
    assert inline_text("**Tebal** dan _miring_ dengan [tautan](https://x.example) `kode`") == (
        "Tebal dan miring dengan tautan kode"
    )
    assert inline_text(r"harga 5\*") == "harga 5*"


# --------------------------------------------------------------------------- errors


def test_broken_front_matter_names_the_problem() -> None:
    with pytest.raises(SourceError) as raised:
        read_article("---\ntitle: [unclosed\n---\n\nIsi artikel.\n", "a.md", ".md")
    assert str(raised.value).startswith("a.md: front matter is not valid YAML")


def test_unclosed_front_matter() -> None:
    with pytest.raises(SourceError, match="a.md: front matter is not closed"):
        read_article("---\ntitle: Judul\n\nIsi artikel.\n", "a.md", ".md")


def test_front_matter_that_is_not_a_mapping() -> None:
    with pytest.raises(SourceError, match="must be a mapping"):
        read_article("---\n- satu\n- dua\n---\nIsi.\n", "a.md", ".md")


def test_bad_front_matter_date() -> None:
    with pytest.raises(SourceError, match="'date' is not a date"):
        read_article("---\ndate: kemarin sore\n---\nIsi artikel.\n", "a.md", ".md")


@pytest.mark.parametrize("value", ["2026-02-30", "2026-13-01", "9999-12-31", "0001-01-01", "'2026-02-30'"])
def test_a_front_matter_date_that_cannot_be_is_not_a_real_date(value: str) -> None:
    with pytest.raises(SourceError, match=r"a.md: 'date' is not a real date: '\d{4}-\d{2}-\d{2}'$"):
        read_article(f"---\ndate: {value}\n---\nIsi artikel.\n", "a.md", ".md")


def test_an_html_publication_date_that_cannot_be_is_ignored() -> None:
    for value in ("2026-02-30", "9999-12-31T10:00:00Z"):
        meta = f'<meta property="article:published_time" content="{value}">'
        html = meta + "<article><p>Isi berita.</p></article>"
        assert read_article(html, "a.html", ".html").published is None


def test_front_matter_datetime_becomes_a_date() -> None:
    article = read_article("---\ndate: 2026-01-20T09:30:00+07:00\n---\nIsi.\n", "a.md", ".md")
    assert article.published == dt.date(2026, 1, 20)


def test_unknown_suffix_and_empty_article() -> None:
    with pytest.raises(SourceError, match=r"a\.pdf: unsupported file type '\.pdf'"):
        read_article("x", "a.pdf", ".pdf")
    with pytest.raises(SourceError, match="a.txt: no article text found"):
        read_article(".jpg)\n\nDiscussion about this post\n", "a.txt", ".txt")
    with pytest.raises(SourceError, match="a.html: no article text found"):
        read_article("<html><body><nav>Menu</nav><script>x()</script></body></html>", "a.html", ".html")


def test_html_without_paragraph_tags_falls_back_to_lines() -> None:
    html = "<html><body><div>Jakarta - Rapat digelar Senin.<br>“Kami siap,” ujar Budi.</div></body></html>"
    article = read_article(html, "a.html", ".html")
    assert article.paragraphs == ["Jakarta - Rapat digelar Senin.", "“Kami siap,” ujar Budi."]


def test_html_bad_published_metadata_is_ignored_not_fatal() -> None:
    html = (
        '<meta property="article:published_time" content="Selasa sore"><article><p>Isi berita.</p></article>'
    )
    assert read_article(html, "a.html", ".html").published is None


def test_an_advertising_prompt_glued_to_a_paragraph_is_cut_off() -> None:
    text = "Judul\n\nScroll ke bawah untuk melanjutkan membaca Rapat itu dihadiri para pendamping.\n"
    assert paragraphs_from_text(text)[-1] == "Rapat itu dihadiri para pendamping."
    for prompt in (
        "Baca berita tanpa iklan, klik di sini",
        "Baca berita dengan sedikit iklan, gabung KabarkitaPlus",
    ):
        glued = f"{prompt} Menteri menugaskan satu staf."
        assert paragraphs_from_text(glued) == ["Menteri menugaskan satu staf."], prompt


def test_a_spam_token_injected_before_the_paragraphs_is_dropped_and_the_story_kept() -> None:
    story = [
        "SLOT99 Bantuan Mengalir untuk Korban Banjir SLOT99 Ads",
        "SLOT99 Jakarta -",
        "Kementerian Sosial (SLOT99 Kemensos) menyalurkan bantuan ke korban banjir di tiga kabupaten "
        "dan dua kota sejak akhir pekan lalu.",
        "SLOT99 Bantuan itu berupa makanan siap saji, selimut, obat-obatan dan tenda pengungsian bagi "
        "ribuan warga yang rumahnya terendam.",
        "Program G20 dan COVID19 disebut sekali saja.",
    ]
    paragraphs = paragraphs_from_text("\n".join(story))
    assert not any("SLOT99" in p for p in paragraphs)
    assert paragraphs[2].startswith("Kementerian Sosial (Kemensos) menyalurkan bantuan")
    assert "Jakarta -" in paragraphs
    # Tokens that occur once or twice, or never open a line, are words of the story.
    assert paragraphs[-1] == "Program G20 dan COVID19 disebut sekali saja."


def test_scraped_lines_stay_paragraphs_and_wrapped_lines_are_joined() -> None:
    scraped = (
        "Bangun Kota Kreatif, Wali Kota Temui Menteri\n"
        "Kabarkita.id, JAKARTA – Wali Kota beraudiensi dengan Menteri Ekonomi Kreatif di Jakarta untuk "
        "membahas pengembangan subsektor kreatif di daerah, Selasa, 18 Maret 2025, bersama jajarannya.\n"
    )
    assert paragraphs_from_text(scraped)[0] == "Bangun Kota Kreatif, Wali Kota Temui Menteri"
    wrapped = (
        "Menteri Pertanian menanggapi pernyataan\n"
        "itu usai mengunjungi petani di Kota Parepare,\n"
        "Sulawesi Selatan, Kamis (8/2/2024) siang.\n"
        "Ia lalu kembali ke Makassar.\n"
    )
    assert paragraphs_from_text(wrapped) == [
        "Menteri Pertanian menanggapi pernyataan itu usai mengunjungi petani di Kota Parepare, "
        "Sulawesi Selatan, Kamis (8/2/2024) siang.",
        "Ia lalu kembali ke Makassar.",
    ]


def test_a_dateline_line_opens_a_paragraph_even_in_wrapped_text() -> None:
    wrapped = (
        "Judul Berita Wisata\nWildan - 11 Maret 2023 | 18:03\nSUMENEP - Dinas Pariwisata meminta\n"
        "agar wisata berkesan.\n"
    )
    assert paragraphs_from_text(wrapped) == [
        "Judul Berita Wisata Wildan - 11 Maret 2023 | 18:03",
        "SUMENEP - Dinas Pariwisata meminta agar wisata berkesan.",
    ]


def test_a_short_scraped_page_keeps_its_lines_apart() -> None:
    page = (
        "Bupati Tinjau Banjir di Pinggir Kali\n"
        "Senin, 3 Maret 2025 10:00 WIB\n"
        "Bupati meninjau lokasi banjir di Bogor, Senin (3/3/2025).\n"
        '"Warga harus waspada," kata Bupati.\n'
    )
    assert paragraphs_from_text(page) == [
        "Bupati Tinjau Banjir di Pinggir Kali",
        "Senin, 3 Maret 2025 10:00 WIB",
        "Bupati meninjau lokasi banjir di Bogor, Senin (3/3/2025).",
        '"Warga harus waspada," kata Bupati.',
    ]
    # A break after a comma is inside a sentence even before a capital: that text is wrapped.
    assert paragraphs_from_text("Bupati meninjau banjir di Bogor,\nJawa Barat, Senin.\nLalu pulang.\n") == [
        "Bupati meninjau banjir di Bogor, Jawa Barat, Senin.",
        "Lalu pulang.",
    ]


def test_plain_text_loses_the_asterisks_of_markdown_emphasis_it_was_copied_with() -> None:
    text = (
        "Rapat Kabinet Digelar\n\nJAKARTA - Menteri Hendra memilih bicara setelah rapat."
        " *”Nanti kita sampaikan,”* ujarnya. Harga naik 5 * 2 persen, kata **Badan Pusat Statistik**.\n"
    )
    body = read_article(text, "rapat.txt", ".txt").paragraphs[0]
    assert "”Nanti kita sampaikan,” ujarnya." in body
    assert "kata Badan Pusat Statistik." in body
    assert "5 * 2" in body  # a lone asterisk between spaces is no emphasis
