"""Datelines on real pages: past the headline and byline, glued to furniture, outlet or place."""

from __future__ import annotations

import pytest

from briefgen.extract.dateline import find_dateline, parse_dateline
from briefgen.extract.lexicon import is_known_place

LEAD = "Bupati meresmikan pasar rakyat yang baru selesai dibangun, Senin (3/3/2025)."


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        ("WARTAKITA.COM - " + LEAD, "WARTAKITA.COM", None),
        ("Kabarkita.co – " + LEAD, "Kabarkita.co", None),
        ("KABARKITA.ID | " + LEAD, "KABARKITA.ID", None),
        ("SEMARANG | Kabarkita.com - " + LEAD, "Kabarkita.com", "Semarang"),
        ("SEMARANG,Kabarkita.id – " + LEAD, "Kabarkita.id", "Semarang"),
        ("JAKARTA (ANTARA) - The minister opened the forum.", "ANTARA", "Jakarta"),
        ("Jakarta: " + LEAD, None, "Jakarta"),
        ("Jakarta | The health minister defended the testing policy.", None, "Jakarta"),
        ("Jakarta. The minister opened the forum on Monday.", None, "Jakarta"),
        # An English paper's city and its province, closed by a full stop.
        ("Semarang, Central Java. The governor opened the new harbour on Friday.", None, "Semarang"),
        ("Kabarkita.com, Jakarta Menteri membuka forum pemuda.", "Kabarkita.com", "Jakarta"),
        ("LAHAT, WARTAKITATV – " + LEAD, "WARTAKITATV", "Lahat"),
        # A site's name opened by a lower-case prefix, as a network's regional sites write it.
        ("LAHAT, iKabarSumsel – " + LEAD, "iKabarSumsel", "Lahat"),
        ("Lahat, eWarta - " + LEAD, "eWarta", "Lahat"),
        # The place and the site joined by a slash, either way round.
        ("PALANGKA RAYA/KABARKITA.CO.ID – " + LEAD, "KABARKITA.CO.ID", "Palangka Raya"),
        ("Kabarkita.com/Jakarta – " + LEAD, "Kabarkita.com", "Jakarta"),
        ("Kuala Pembuang (ANTARA) - " + LEAD, "ANTARA", "Kuala Pembuang"),
        # The site first with its city in brackets, and a site name of words before its domain.
        ("Kabarkita.ID (Bogor)- " + LEAD, "Kabarkita.ID", "Bogor"),
        ("SUARA KITA.COM, BOGOR - " + LEAD, "SUARA KITA.COM", "Bogor"),
        # A double dash with no spaces, a dash with a space on one side only.
        ("KABARKITA.CO, BOGOR--" + LEAD, "KABARKITA.CO", "Bogor"),
        ("KABARKITA1.COM -" + LEAD, "KABARKITA1.COM", None),
        # An outlet's name in capitals, a site and its city split by a bar, a colon after them.
        ("KABAR ONLINE - " + LEAD, "KABAR ONLINE", None),
        ("Kabarkita.com | Bogor - " + LEAD, "Kabarkita.com", "Bogor"),
        # Bars on both sides of the city, no spaces, as a small site's template writes it.
        ("Kabarkita.tv|Bogor|" + LEAD, "Kabarkita.tv", "Bogor"),
        # A bar after the site or the city; no space before the lead; a full stop for the dash.
        ("GARUT, Kabarkita.id | " + LEAD, "Kabarkita.id", "Garut"),
        ("Kabarkita.id, Garut | " + LEAD, "Kabarkita.id", "Garut"),
        ("Garut,KABARKITA.ID-" + LEAD, "KABARKITA.ID", "Garut"),
        ("Garut, Kabarkita.id. " + LEAD, "Kabarkita.id", "Garut"),
        # A province in capitals after the city is no outlet; a numeric date after the city.
        ("GARUT, JAWA BARAT – " + LEAD, None, "Garut"),
        ("Garut, 3/3/2025 - " + LEAD, None, "Garut"),
        # A broadcaster's name in capitals, its city and a colon.
        ("KBRN, Garut: " + LEAD, "KBRN", "Garut"),
        # The dash and its spaces lost in copying: the known city runs into the lead's first word.
        ("Kabarkita, Garut" + LEAD, "Kabarkita", "Garut"),
        ("Kabarkita.id, Banda Aceh" + LEAD, "Kabarkita.id", "Banda Aceh"),
        # A regional paper's day in brackets after the city.
        ("GARUT (3/3) – " + LEAD, None, "Garut"),
        ("Garut, (3/3/2025) - " + LEAD, None, "Garut"),
        ("KABARKITA.ID, BOGOR : " + LEAD, "KABARKITA.ID", "Bogor"),
        # A place and the date closed by a colon, as ministry releases write it.
        ("Bogor, 12 March 2021: The minister met his counterpart.", None, "Bogor"),
        # An underscore for the dash; a colon after the site; a dash run into the lead after a
        # site and its city; the site's domain run into its city.
        ("Sleman, KabarKita.com _ " + LEAD, "KabarKita.com", "Sleman"),
        ("KABARKITA.ID: SLEMAN – " + LEAD, "KABARKITA.ID", "Sleman"),
        ("Kabarkita.co.id, Sleman–" + LEAD, "Kabarkita.co.id", "Sleman"),
        ("Kabarkita.comSleman, " + LEAD, "Kabarkita.com", "Sleman"),
        # A known city in capitals with a hyphen run into the lead on both sides.
        ("TANJUNG PINANG-Bupati meresmikan pasar rakyat.", None, "Tanjung Pinang"),
        # One word with a capital inside is a site's name ("KabarNews"), never a place's.
        ("KabarNews - " + LEAD, "KabarNews", None),
        ("SuaraRakyat – " + LEAD, "SuaraRakyat", None),
        # A province of three words between the city and the agency.
        ("Mataram, Nusa Tenggara Barat (ANTARA) – " + LEAD, "ANTARA", "Mataram"),
        ("Pangkalpinang, Kepulauan Bangka Belitung (ANTARA) - " + LEAD, "ANTARA", "Pangkalpinang"),
    ],
)
def test_dateline_forms(paragraph: str, outlet: str | None, place: str | None) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place, found.index) == (outlet, place, 0)


def test_a_city_then_a_site_on_a_line_of_their_own() -> None:
    # "BOGOR – Kabarkita.com", the lead on the next line: the site is the outlet.
    found = find_dateline(["Judul Berita Pasar Rakyat", "BOGOR – kabarkita.com", LEAD])
    assert found is not None
    assert (found.outlet, found.place, found.lead) == ("kabarkita.com", "Bogor", 2)


def test_several_words_in_capitals_never_named_again_are_the_outlet() -> None:
    # "KABAR RAKYAT –": no place briefgen knows and the story never names it again.
    outlet = find_dateline(["KABAR RAKYAT – " + LEAD, "Pasar itu ramai."])
    assert outlet is not None and (outlet.outlet, outlet.place) == ("KABAR RAKYAT", None)
    # A town the story names again stays the place, and so does a known city.
    town = find_dateline(["SUNGAI MERAH – " + LEAD, "Warga Sungai Merah menyambutnya."])
    assert town is not None and (town.outlet, town.place) == (None, "Sungai Merah")
    known = find_dateline(["TANJUNG SELOR – " + LEAD, "Pasar itu ramai."])
    assert known is not None and (known.outlet, known.place) == (None, "Tanjung Selor")


def test_a_province_after_a_compass_initial_as_antara_english_writes_it() -> None:
    found = find_dateline(["Makassar, S Sulawesi (ANTARA) - The governor opened the new market.", "More."])
    assert found is not None and (found.outlet, found.place) == ("ANTARA", "Makassar")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Karawang, W Java (ANTARA) - The regent opened the new market.",
        "Karawang, West Java (ANTARA) - The regent opened the new market.",
        "Karawang, N Sumatra (ANTARA) - The regent opened the new market.",
        "Karawang, Riau Islands (ANTARA) - The regent opened the new market.",
    ],
)
def test_an_english_province_name_between_the_city_and_the_agency(paragraph: str) -> None:
    found = find_dateline([paragraph, "More."])
    assert found is not None and (found.outlet, found.place) == ("ANTARA", "Karawang")


def test_a_search_index_date_marker_before_the_dateline() -> None:
    found = find_dateline([" date 2025-03-04 Jakarta: The minister opened the forum on Monday.", "More."])
    assert found is not None and (found.outlet, found.place) == (None, "Jakarta")
    assert found.rest == "The minister opened the forum on Monday."
    # A marker of a month only, and one with a stray mark run into the dateline.
    month = find_dateline([" date 2025-03 BOGOR, Kabarkita.com – Bupati membuka pasar.", "More."])
    assert month is not None and (month.outlet, month.place) == ("Kabarkita.com", "Bogor")
    stray = find_dateline([" date 2025-03-04 ?Jakarta: The minister opened the forum.", "More."])
    assert stray is not None and (stray.outlet, stray.place) == (None, "Jakarta")


def test_a_release_dateline_keeps_its_date() -> None:
    found = find_dateline(["BOGOR (12 Maret 2021) - The ministry held a forum.", "More."])
    assert found is not None
    assert (found.place, found.date, found.rest) == (
        "Bogor",
        "12 Maret 2021",
        "The ministry held a forum.",
    )


def test_a_place_run_into_the_weekday_of_the_date() -> None:
    found = find_dateline(["Airmadidi-Selasa (31/5/2016) Bupati membuka rapat kerja daerah.", "Lagi."])
    assert found is not None and found.place == "Airmadidi"
    assert found.rest.startswith("Selasa (31/5/2016)")


def test_a_colon_or_full_stop_makes_a_dateline_of_a_known_city_only() -> None:
    assert find_dateline(["Catatan: rapat ditunda.", "Lagi."]) is None
    assert find_dateline(["Ringkasnya. Rapat ditunda.", "Lagi."]) is None


def test_the_dateline_comes_after_headline_teaser_byline_and_caption() -> None:
    paragraphs = [
        "Bupati Resmikan Pasar Rakyat",
        "Pasar itu menampung 300 pedagang.",
        "Rina Wulandari - detikJateng",
        "Senin, 03 Mar 2025 10:00 WIB",
        "Bupati meninjau pasar. (Rina/detikJateng)",
        "Semarang -",
        LEAD,
    ]
    found = find_dateline(paragraphs)
    assert found is not None
    # The byline above the dateline names the outlet; the dateline on its own line leads the next.
    assert (found.index, found.lead, found.outlet, found.place) == (5, 6, "detikJateng", "Semarang")


def test_a_byline_of_two_reporters_is_no_dateline_and_names_the_outlet() -> None:
    # "Name, Name - detikX" reads like "Place, Outlet -": it is the byline above the dateline.
    paragraphs = [
        "Bupati Resmikan Pasar Rakyat",
        "Rina Wulandari, Dimas Prakoso - detikJateng",
        "Senin, 03 Mar 2025 10:00 WIB",
        "Semarang -",
        LEAD,
    ]
    found = find_dateline(paragraphs)
    assert found is not None
    assert (found.index, found.outlet, found.place) == (3, "detikJateng", "Semarang")
    three = ["Rina Wulandari, Dimas Prakoso dan Sari Dewi - detikJateng", *paragraphs[2:]]
    found = find_dateline(three)
    assert found is not None and found.outlet == "detikJateng"


def test_a_long_bylined_name_above_a_caption_printed_twice() -> None:
    # A reporter's name of five words, and the photo's caption twice (bare, then with its credit)
    # between the byline's time stamp and the dateline.
    paragraphs = [
        "Bupati Resmikan Pasar Rakyat",
        "I Gusti Ayu Putu Sari - detikBali",
        "Senin, 03 Mar 2025 10:00 WIB",
        "Bupati meninjau pasar rakyat.",
        "Bupati meninjau pasar rakyat. Foto: I Gusti Ayu Putu Sari-detikBali",
        "Gianyar -",
        LEAD,
    ]
    found = find_dateline(paragraphs)
    assert found is not None
    assert (found.index, found.outlet, found.place) == (5, "detikBali", "Gianyar")
    # Four lines of story between are too far: that byline is no longer the dateline's.
    far = [*paragraphs[:3], "Pasar itu baru.", "Pedagang senang.", "Warga datang.", *paragraphs[5:]]
    found = find_dateline(far)
    assert found is not None and found.outlet is None


def test_a_site_label_above_an_advertisement_is_no_split_dateline() -> None:
    # "Latest" on one line, "- Advertisement -" on the next: page furniture, not "Outlet - lead".
    paragraphs = ["Judul Berita", "Latest", "- Advertisement -", LEAD, "Pasar itu ramai."]
    found = find_dateline(paragraphs)
    assert found is None or found.outlet != "Latest"


def test_a_dateline_glued_after_a_captions_photo_credit() -> None:
    paragraph = "Bupati meninjau pasar rakyat.(Foto Rin) Kabarkita.my.id,- SLEMAN,   Warga memadati pasar."
    found = find_dateline([paragraph, LEAD])
    assert found is not None
    assert (found.outlet, found.place, found.rest) == ("Kabarkita.my.id", "Sleman", "Warga memadati pasar.")


def test_an_english_papers_name_and_city_on_a_line_of_their_own() -> None:
    found = find_dateline(["Govt keeps its target", "The Surabaya Daily, Surabaya", LEAD])
    assert found is not None
    assert (found.index, found.lead, found.outlet, found.place) == (1, 2, "The Surabaya Daily", "Surabaya")
    # A name that is no known city after the comma is no dateline.
    assert find_dateline(["Govt keeps its target", "The Big Story, Part Two", LEAD]) is None


def test_a_byline_time_stamp_is_no_dateline() -> None:
    paragraphs = ["Kabarkita.com - 09/08/2023, 07:25 WIB Rina", "JAKARTA, Kabarkita.com - " + LEAD]
    found = find_dateline(paragraphs)
    assert found is not None and (found.index, found.place) == (1, "Jakarta")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rina Wulandari • 21 October 2025 15:11 Jakarta: Gubernur membuka forum pemuda ASEAN.",
        "Peliput : Rina Wulandari SEMARANG – Gubernur membuka forum pemuda ASEAN.",
    ],
)
def test_a_dateline_glued_to_a_byline(paragraph: str) -> None:
    found = find_dateline([paragraph, "Lagi."])
    assert found is not None and found.place in ("Jakarta", "Semarang")
    assert found.rest == "Gubernur membuka forum pemuda ASEAN."


def test_one_capitalised_word_is_a_place_when_named_again_else_an_outlet() -> None:
    place = find_dateline(["SUMENEP – " + LEAD, "Pasar di Kecamatan Kota Sumenep itu ramai."])
    assert place is not None and (place.outlet, place.place) == (None, "Sumenep")
    unknown_place = find_dateline(["KALIORANG – " + LEAD, "Warga Kaliorang menyambutnya."])
    assert unknown_place is not None and (unknown_place.outlet, unknown_place.place) == (None, "Kaliorang")
    outlet = find_dateline(["WARTAKITA – " + LEAD, "Pasar itu ramai."])
    assert outlet is not None and (outlet.outlet, outlet.place) == ("WARTAKITA", None)
    web = find_dateline(["Wartakita – " + LEAD, "Dikutip dari jaringan Wartakita.com."])
    assert web is not None and (web.outlet, web.place) == ("Wartakita", None)
    # parse_dateline alone cannot tell, and reads a place.
    assert parse_dateline("WARTAKITA – " + LEAD)[:2] == (None, "Wartakita")


def test_no_dateline_in_an_ordinary_article() -> None:
    assert (
        find_dateline(["Menteri membuka pameran di Jakarta, Senin (3/3/2025).", "Pameran itu ramai."]) is None
    )


def test_antara_englishs_older_dateline_with_the_date_before_the_agency() -> None:
    found = find_dateline(["Jakarta, Dec 31, 2017 (Antara) - The government prepared the games.", "More."])
    assert found is not None
    assert (found.outlet, found.place, found.date) == ("Antara", "Jakarta", "Dec 31, 2017")


def test_a_place_with_the_date_and_an_agency_line_of_its_own() -> None:
    dated = find_dateline(["Kepahiang, 14 Januari 2025 – Rapat paripurna digelar pagi ini.", "Lagi."])
    assert dated is not None and (dated.place, dated.date, dated.outlet) == (
        "Kepahiang",
        "14 Januari 2025",
        None,
    )
    alone = find_dateline(["PADANG (Kabarkita.com)", "Gubernur melantik bupati di Auditorium Gubernuran."])
    assert alone is not None and (alone.place, alone.outlet, alone.lead) == ("Padang", "Kabarkita.com", 1)


def test_a_place_is_never_a_web_domain() -> None:
    found = find_dateline(["KABARKITA.COM, BOGOR - " + LEAD, "Lagi."])
    assert found is not None and (found.outlet, found.place) == ("KABARKITA.COM", "Bogor")


def test_an_en_dash_between_two_cities_is_no_dateline() -> None:
    assert find_dateline(["Jakarta–Bandung kini ditempuh dalam satu jam.", "Lagi."]) is None


def test_a_dateline_broken_over_two_lines() -> None:
    found = find_dateline(["Judul Berita Hari Ini", "Kabarkita.co.id", "- " + LEAD, "Lagi."])
    assert found is not None
    assert (found.index, found.outlet, found.rest) == (2, "Kabarkita.co.id", LEAD)


def test_the_dateline_below_an_app_banner() -> None:
    banner = ["Tutup Banner", "Aplikasi Kabarkita", "Berita terbaru", "Unduh di toko aplikasi"]
    headline = ["Bupati Resmikan Pasar Rakyat", "Senin, 3 Maret 2025 – 10:15 WIB", "Pasar", "Ekonomi"]
    found = find_dateline([*banner, *headline, "kabarkita.com, BOGOR - " + LEAD, "Lagi."])
    assert found is not None and (found.index, found.outlet, found.place) == (8, "kabarkita.com", "Bogor")


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # A topic tag the story names again, then the dateline.
        ("WABAH-26 - BOGOR. Puskesmas meminta warga mewaspadai Wabah-26.", None, "Bogor"),
        ("PANEN RAYA - BOGOR, Kabarkita.com - Bupati membuka panen raya.", "Kabarkita.com", "Bogor"),
        # A word the story never names again is the outlet.
        ("KABARKITA - BOGOR - " + LEAD, "KABARKITA", "Bogor"),
    ],
)
def test_a_tag_before_the_dateline(paragraph: str, outlet: str | None, place: str | None) -> None:
    found = find_dateline([paragraph, "Lagi."])
    assert found is not None
    assert (found.outlet, found.place) == (outlet, place)
    assert found.rest[:1].isupper() and " - " not in found.rest and not found.rest.startswith("BOGOR")


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # The outlet's name in words first, then the city: the city is the known place.
        ("KABAR PATRIOT, Pinrang – " + LEAD, "KABAR PATRIOT", "Pinrang"),
        ("WARTANUSA,CIBINONG - " + LEAD, "WARTANUSA", "Cibinong"),
        ("Suara Lembah, Palangka Raya - " + LEAD, "Suara Lembah", "Palangka Raya"),
        # The usual order stays: a place first, an outlet of words after it.
        ("Ambon, Suara Maluku - " + LEAD, "Suara Maluku", "Ambon"),
        # A comma before the dash.
        ("BOGOR, Kabarkita.com,- " + LEAD, "Kabarkita.com", "Bogor"),
        ("Kabarkita.com, Bogor, - " + LEAD, "Kabarkita.com", "Bogor"),
    ],
)
def test_outlet_first_and_comma_dash_datelines(paragraph: str, outlet: str, place: str) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place) == (outlet, place)
    assert found.rest == LEAD


def test_an_unknown_place_named_again_in_the_story_is_the_place_after_the_outlet() -> None:
    found = find_dateline(
        ["SUARA RIMBA, Tanjung Kelor – " + LEAD, "Warga Tanjung Kelor menyambut pasar itu."]
    )
    assert found is not None
    assert (found.outlet, found.place) == ("SUARA RIMBA", "Tanjung Kelor")


def test_an_outlet_of_words_the_story_names_again_stays_the_outlet_after_a_place() -> None:
    found = find_dateline(
        ["Talang Rimbo, Suara Lembah – " + LEAD, "Hal itu dikatakannya kepada Suara Lembah, Senin."]
    )
    assert found is not None
    assert (found.outlet, found.place) == ("Suara Lembah", "Talang Rimbo")


def test_a_dateline_in_a_list_item_of_the_page() -> None:
    found = find_dateline(["• Font:", "• Ukuran: - +", "• KABARKITA.CO, Bogor - " + LEAD, "Lagi."])
    assert found is not None
    assert (found.index, found.outlet, found.place, found.rest) == (2, "KABARKITA.CO", "Bogor", LEAD)


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # "Kota"/"Kabupaten" before a known city or regency: the place as the dateline writes it.
        ("KOTA BOGOR – " + LEAD, None, "Kota Bogor"),
        ("Kabupaten Sleman – " + LEAD, None, "Kabupaten Sleman"),
        ("Kab. Sleman – " + LEAD, None, "Kab. Sleman"),  # the short form in mixed case, as in capitals
        ("KAB. SLEMAN – " + LEAD, None, "Kab. Sleman"),
        ("KABUPATEN BOGOR, KABARKITA.COM – " + LEAD, "KABARKITA.COM", "Kabupaten Bogor"),
        ("KABUPATEN BANDUNG BARAT | KABARKITA – " + LEAD, "KABARKITA", "Kabupaten Bandung Barat"),
        ("Kabarkita.com – KOTA BOGOR | " + LEAD, "Kabarkita.com", "Kota Bogor"),  # the site first
        # A "Kota" that is part of the name stays (no known place without it).
        ("KOTA BARU – " + LEAD, None, "Kota Baru"),
        # A province, island or country after the city is no outlet.
        ("BANDUNG, Jawa Barat – " + LEAD, None, "Bandung"),
        ("Kupang, NTT - " + LEAD, None, "Kupang"),
        ("Denpasar, Bali - " + LEAD, None, "Denpasar"),
        ("Sampit, Kalteng (ANTARA) - " + LEAD, "ANTARA", "Sampit"),
        ("SURABAYA (HARIANKU) ■ " + LEAD, "HARIANKU", "Surabaya"),  # a square for the dash
        ("JAKARTA, Indonesia (AP) — The minister opened the port.", "AP", "Jakarta"),
        # An agency's name after a comma, the outlet alone in brackets, the city before the site.
        ("Jakarta, (ANTARA) - " + LEAD, "ANTARA", "Jakarta"),
        ("(KABARKITA) – " + LEAD, "KABARKITA", None),
        ("JAKARTA – Kabarkita.com – " + LEAD, "Kabarkita.com", "Jakarta"),
    ],
)
def test_prefixed_places_regions_and_release_datelines(
    paragraph: str, outlet: str | None, place: str
) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place) == (outlet, place)


def test_a_release_dateline_with_its_weekday_and_date_keeps_the_date() -> None:
    found = find_dateline(["Jakarta, Selasa (3/3/2025) – Kementerian membuka forum.", "Lagi."])
    assert found is not None
    assert (found.place, found.date, found.rest) == (
        "Jakarta",
        "Selasa (3/3/2025)",
        "Kementerian membuka forum.",
    )


def test_kota_before_a_name_that_is_no_known_place_stays_as_written() -> None:
    found = find_dateline(["KOTA LAMA, Kabarkita.com – " + LEAD, "Lagi."])
    assert found is not None
    assert (found.outlet, found.place) == ("Kabarkita.com", "Kota Lama")


def test_a_place_and_a_site_on_a_line_of_their_own() -> None:
    found = find_dateline(["Judul berita", "Samosir, KABARKITA.ID", LEAD, "Lagi."])
    assert found is not None
    assert (found.index, found.lead, found.outlet, found.place) == (1, 2, "KABARKITA.ID", "Samosir")


@pytest.mark.parametrize("place", ["Bandarlampung", "Pangkalpinang", "Tanjungselor"])
def test_a_two_word_city_written_as_one_word_is_known(place: str) -> None:
    found = find_dateline([f"{place} (KABARKITA) – " + LEAD, "Lagi."])
    assert found is not None
    assert (found.outlet, found.place) == ("KABARKITA", place)
    assert is_known_place(place)


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("Makassar, March 4, 2026 – The ministry opened the port.", "March 4, 2026"),
        ("Makassar, Rabu, 4 Maret 2026 – Kementerian membuka pelabuhan.", "Rabu, 4 Maret 2026"),
    ],
)
def test_a_release_dateline_with_an_english_or_a_weekday_date(paragraph: str, date: str) -> None:
    found = find_dateline([paragraph, "Lagi."])
    assert found is not None
    assert (found.outlet, found.place, found.date) == (None, "Makassar", date)


def test_a_credit_whose_name_runs_into_a_mixed_case_dateline() -> None:
    found = find_dateline(["By Rina Wulan Makassar, March 4 (ANTARA) - The port opened.", "More."])
    assert found is not None
    assert (found.outlet, found.place, found.rest) == ("ANTARA", "Makassar", "The port opened.")
    # Without a known place after the name there is no dateline to take.
    assert find_dateline(["By Rina Wulan Talang Rimbo, March 4 - The port opened.", "More."]) is None


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # A site that writes its name in lower case, no domain.
        ("SEMARANG, kabarkita – " + LEAD, "kabarkita", "Semarang"),
        ("SEMARANG, kabarJateng – " + LEAD, "kabarJateng", "Semarang"),
        # An underscore for the dash, the lead's first word glued to it.
        ("Ambon, KBR_" + LEAD, "KBR", "Ambon"),
        # An agency's dateline with the day it was filed, after a Hijri date.
        ("Surabaya, 3 Rabiul Awal 1445/18 September 2023 (KABAR) – " + LEAD, "KABAR", "Surabaya"),
        ("Surabaya, 18 September 2023 (KABAR) – " + LEAD, "KABAR", "Surabaya"),
    ],
)
def test_more_outlet_and_place_datelines(paragraph: str, outlet: str | None, place: str | None) -> None:
    found = find_dateline([paragraph])
    assert found is not None
    assert (found.outlet, found.place, found.rest) == (outlet, place, LEAD)


def test_an_agency_dateline_date_is_the_publication_date() -> None:
    found = find_dateline(["Surabaya, 3 Rabiul Awal 1445/18 September 2023 (KABAR) – " + LEAD])
    assert found is not None
    assert (found.published, found.date) == ("18 September 2023", None)


def test_a_lower_case_function_word_after_the_city_is_no_outlet() -> None:
    found = find_dateline(["SEMARANG, kemarin – " + LEAD])
    assert found is None or found.outlet is None


def test_a_site_name_glued_to_its_city() -> None:
    found = find_dateline(["Kabarbaru Trenggalek – " + LEAD, "Bupati Trenggalek hadir."])
    assert found is not None
    assert (found.outlet, found.place) == ("Kabarbaru", "Trenggalek")
    # A two-word place the gazetteer knows stays whole; a word the story names again is a place.
    whole = find_dateline(["Jakarta Selatan – " + LEAD, "Warga hadir."])
    assert whole is not None and (whole.outlet, whole.place) == (None, "Jakarta Selatan")
    for place in ("West Jakarta", "Greater Jakarta", "Kabarbaru Trenggalek"):
        # A compass word before the city, or a name the story repeats whole: one place.
        found = find_dateline([f"{place} – " + LEAD, f"Warga {place} hadir."])
        assert found is not None and (found.outlet, found.place) == (None, place)


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # The site in brackets, then its city in capitals, each closed by a dash with no space before it.
        ("(kabarkita.com)- SUKABUMI- " + LEAD, "kabarkita.com", "Sukabumi"),
        ("(KABARKITA)- BOGOR - " + LEAD, "KABARKITA", "Bogor"),
        ("Kabarkita.com - Bogor - " + LEAD, "Kabarkita.com", "Bogor"),
    ],
)
def test_an_outlet_alone_then_its_city(paragraph: str, outlet: str, place: str) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place) == (outlet, place)
    assert found.rest == LEAD


def test_a_lead_that_opens_with_a_number_is_no_time_stamp() -> None:
    found = find_dateline(
        ["KABARKITA.COM, BOGOR - 312 warga menerima bantuan beras, Senin (3/3/2025).", "Lagi."]
    )
    assert found is not None
    assert (found.outlet, found.place) == ("KABARKITA.COM", "Bogor")
    assert found.rest.startswith("312 warga")
    # A date or a time after the site is still its byline's stamp.
    assert parse_dateline("Kabar7.com - 09/03/2021, 09:05 WIB")[0] is None


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        ("KAB. BOGOR - " + LEAD, None, "Kab. Bogor"),
        ("KAB BOGOR - " + LEAD, None, "Kab Bogor"),
        # A regency's short name before its seat is a region, not the outlet; a site's name stays one.
        ("KUKAR, TENGGARONG - " + LEAD, None, "Tenggarong"),
        ("KOTIM – " + LEAD, None, "Kotim"),
        ("KABARKITA, TENGGARONG - " + LEAD, "KABARKITA", "Tenggarong"),
        ("KUDUS — " + LEAD, None, "Kudus"),
        ("Sungai Penuh - " + LEAD, None, "Sungai Penuh"),
        # The agency after the city and its province or island, even one a regency is named after.
        ("Denpasar, Bali (ANTARA) - " + LEAD, "ANTARA", "Denpasar"),
        ("KABARKITA.COM. Bogor - " + LEAD, "KABARKITA.COM", "Bogor"),
    ],
)
def test_regency_prefixes_short_names_and_em_dashes(paragraph: str, outlet: str | None, place: str) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place, found.rest) == (outlet, place, LEAD)


def test_the_city_below_a_breadcrumb_and_a_byline_line() -> None:
    paragraphs = [
        "Beranda / Daerah / Pemerintahan",
        "Rina Wulandari | Senin, 3 Maret 2025 10:00 WIB",
        "KUDUS - " + LEAD,
    ]
    found = find_dateline(paragraphs)
    assert found is not None
    assert (found.index, found.outlet, found.place) == (2, None, "Kudus")


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # A figure dash, a horizontal bar or a minus sign for the dash.
        ("BOGOR ‒ " + LEAD, None, "Bogor"),
        ("BOGOR, kabarkita.co.id ― " + LEAD, "kabarkita.co.id", "Bogor"),
        ("BOGOR − " + LEAD, None, "Bogor"),
        # A bar after the site as well as before it.
        ("BOGOR | kabarkita.com | " + LEAD, "kabarkita.com", "Bogor"),
        # A release's place and date with the time of day: the time zone is no outlet.
        ("JAKARTA, 3 Maret 2025 10:00 WIB - " + LEAD, None, "Jakarta"),
        ("Jakarta, 3 Maret 2025, pukul 10.00 WIB – " + LEAD, None, "Jakarta"),
    ],
)
def test_dash_variants_bars_and_a_time_of_day(paragraph: str, outlet: str | None, place: str) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place, found.rest) == (outlet, place, LEAD)


def test_a_time_zone_ending_a_byline_stamp_is_neither_outlet_nor_place() -> None:
    assert find_dateline(["Rina | 3 Maret 2025 10:00 WIB - " + LEAD, "Lagi."]) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kabarkita.com, Bogor, Senin (3/3/2025) - " + LEAD,
        "Bogor, Kabarkita.com, Senin (3/3/2025) – " + LEAD,
        "BOGOR, Senin (3/3/2025) - Kabarkita.com - " + LEAD,
    ],
)
def test_site_place_and_a_release_date_in_any_order(paragraph: str) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place, found.date, found.rest) == (
        "Kabarkita.com",
        "Bogor",
        "Senin (3/3/2025)",
        LEAD,
    )


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # A site's name of words ending in an outlet's word, then its known city.
        ("Suara Media, Cibinong – " + LEAD, "Suara Media", "Cibinong"),
        ("Kabar Selatan News, Bogor – " + LEAD, "Kabar Selatan News", "Bogor"),
        # A site's domain, a spaced colon, then the lead.
        ("Kabarkita.com : " + LEAD, "Kabarkita.com", None),
    ],
)
def test_a_site_name_before_its_city_and_a_site_with_a_colon(
    paragraph: str, outlet: str, place: str | None
) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place, found.rest) == (outlet, place, LEAD)


def test_words_before_a_city_without_an_outlets_word_are_no_site() -> None:
    # "Dinas Pasar, Bogor –" names an office, not a site: no outlet is read from it.
    found = find_dateline(["Dinas Pasar, Bogor – " + LEAD, "Paragraf berikutnya."])
    assert found is None or found.outlet is None


def test_an_outlet_in_capitals_ending_in_a_number_then_its_city() -> None:
    assert parse_dateline("KABAR PESISIR7, Palangka Raya – " + LEAD)[:2] == (
        "KABAR PESISIR7",
        "Palangka Raya",
    )
    assert parse_dateline("BERITA24, Bogor - " + LEAD)[:2] == ("BERITA24", "Bogor")


def test_a_photo_caption_with_its_credit_is_no_dateline() -> None:
    paragraphs = [
        "Bupati Resmikan Pasar Rakyat",
        "Dokumentasi - Bupati meninjau los pasar di Bogor, Jumat (7/3/2025). (ANTARA FOTO/Rina Wulan/abc)",
        "Bogor (ANTARA) - " + LEAD,
    ]
    found = find_dateline(paragraphs)
    assert found is not None
    assert (found.index, found.outlet, found.place) == (2, "ANTARA", "Bogor")


def test_a_reporters_credit_line_is_no_dateline_and_the_city_under_it_is() -> None:
    paragraphs = [
        "Minister opens the new harbour",
        "Rina Wulandari (The Daily Courier)",
        "Surabaya",
        "Mon, March 3, 2025",
        "The minister opened the new harbour on Monday.",
    ]
    found = find_dateline(paragraphs)
    assert found is not None
    assert (found.index, found.lead, found.outlet, found.place) == (2, 3, None, "Surabaya")
    # A credit with no city under it dates and places nothing.
    assert find_dateline([paragraphs[0], paragraphs[1], *paragraphs[3:]]) is None
    # A city in capitals with its site in brackets on its own line stays a dateline.
    alone = find_dateline(["BOGOR (Kabarkita.com)", LEAD])
    assert alone is not None and (alone.outlet, alone.place) == ("Kabarkita.com", "Bogor")


def test_a_file_photos_label_is_no_dateline() -> None:
    # "FILE - …": a wire service's caption of a file photo, neither a place nor an outlet.
    caption = "FILE - Children queue for vaccines in Surabaya, Indonesia, March 3, 2019."
    assert parse_dateline(caption)[:2] == (None, None)
    found = find_dateline([caption, "SURABAYA - " + LEAD])
    assert found is not None and (found.index, found.place) == (1, "Surabaya")


def test_words_in_capitals_joined_by_a_hyphen_are_no_dateline_unless_a_known_city() -> None:
    assert parse_dateline("KPK-Polri sepakat bekerja sama.")[:2] == (None, None)


def test_a_word_opening_the_related_stories_datelines_too_is_the_outlet() -> None:
    # "WARTAKITA, Tanjungsari --": neither name is known; the village is named again in the
    # story, and the word in capitals opens the page's other datelines (related stories, each
    # with another place), so it is the outlet's name.
    paragraphs = [
        "WARTAKITA, Tanjungsari -- Bupati meminta camat berkantor di dusun.",
        "Permintaan itu disampaikan di Kecamatan Tanjungsari, Kamis (6/10/2022).",
        "WARTAKITA, Karangrejo -- Dinas Pendidikan membuka pendaftaran ...",
        "WARTAKITA, Wonorejo -- Wali kota meninjau pasar ...",
    ]
    found = find_dateline(paragraphs)
    assert found is not None and (found.outlet, found.place) == ("WARTAKITA", "Tanjungsari")
    # Named once more in the story's own words, not as a dateline, the word is still a place.
    alone = [paragraphs[0], paragraphs[1], "Warga Wartakita menyambut program itu."]
    found = find_dateline(alone)
    assert found is not None and (found.outlet, found.place) == ("Tanjungsari", "Wartakita")


def test_a_site_name_and_its_motto_heading_the_page_are_no_dateline() -> None:
    # "Warta Selatan - Suara Rakyat" heads the page: the site's name and motto, no place nor
    # lead; the story's own dateline further down, past the menu lines, names place and outlet.
    paragraphs = [
        "Warta Selatan - Suara Rakyat",
        "Baca Koran",
        "Iklan Utama",
        "Judul Berita Vaksinasi",
        "Sebarkan artikel ini",
        "Batulicin, WS – Dinas Kesehatan menggelar vaksinasi massal di kantor bupati.",
    ]
    found = find_dateline(paragraphs)
    assert found is not None and (found.index, found.outlet, found.place) == (5, "WS", "Batulicin")
    # A lead after the dash is still a dateline of an unknown place.
    lead = ["Warta Selatan - Warga menanam seribu pohon di tepi sungai.", "Pohon itu bibit mangga."]
    found = find_dateline(lead)
    assert found is not None and found.place == "Warta Selatan"


@pytest.mark.parametrize(
    ("paragraphs", "outlet", "place"),
    [
        # An English paper's reporter credited before the city: the reporter is no outlet.
        (["Rina Wulandari, Jakarta – The ministry said it would widen the programme."], None, "Jakarta"),
        (
            ["Budi Hartono Saputra, Surabaya – The governor opened the new market on Monday."],
            None,
            "Surabaya",
        ),
        (["Rina Wulan & Budi Santoso, Bogor – The regent said the road would be finished."], None, "Bogor"),
        # The credit on a line of its own, naming the paper: the paper is the outlet.
        (
            ["Rina Wulandari, The Jakarta Daily, Jakarta", "The House passed the bill on Tuesday."],
            "The Jakarta Daily",
            "Jakarta",
        ),
        # An Indonesian site's name of words before its city stays the outlet.
        (["Suara Lembah, Cibinong – Bupati meresmikan pasar rakyat yang baru."], "Suara Lembah", "Cibinong"),
    ],
)
def test_a_reporter_credit_before_the_city(paragraphs: list[str], outlet: str | None, place: str) -> None:
    found = find_dateline([*paragraphs, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place) == (outlet, place)


def test_an_outlet_named_again_only_in_its_photo_credit_is_no_place() -> None:
    # "(KABARNUSA/Istimewa)" credits the outlet's own photo: the word is the outlet's name,
    # so "KABARNUSA, Sleman-" is the outlet, then the city.
    caption = "Menteri meninjau desa wisata di Sleman. (KABARNUSA/Istimewa)"
    found = find_dateline([caption, "KABARNUSA, Sleman- Menteri meninjau desa wisata.", "Desa itu ramai."])
    assert found is not None
    assert (found.outlet, found.place) == ("KABARNUSA", "Sleman")
    # Named again in the story, the same word is a place ("Warga Karangrejo …").
    named = find_dateline(
        ["KARANGREJO – Bupati membuka pasar.", "Warga Karangrejo menyambutnya. (Foto/Rina)"]
    )
    assert named is not None
    assert (named.outlet, named.place) == (None, "Karangrejo")


def test_a_one_word_reporter_credit_over_the_city_and_its_province() -> None:
    # An English paper stacks the credit, the city (its province after a comma) and the date.
    lines = ["Sutrisno (The Daily)", "Salatiga, Central Java", "Tue, May 7, 2019", "The governor said …"]
    found = find_dateline(lines)
    assert found is not None
    assert (found.outlet, found.place, found.index) == (None, "Salatiga", 1)
    # The credit may name the agency alone, in brackets.
    agency_alone = find_dateline(["(Pesona Kita)", "Jakarta", "Sat, October 14, 2017", "Hotels are full."])
    assert agency_alone is not None
    assert (agency_alone.outlet, agency_alone.place, agency_alone.index) == (None, "Jakarta", 1)
    # A city in capitals before its agency is the dateline itself, not a credit.
    agency = find_dateline(["BOGOR (Kabarkita.com)", "Salatiga, Central Java", "Bupati membuka pasar."])
    assert agency is not None
    assert (agency.outlet, agency.place) == ("Kabarkita.com", "Bogor")


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # a site's one-word name with a capital inside, closed by a full stop
        ("Bondowoso, KabarTimur. Bupati membuka pasar rakyat.", "KabarTimur", "Bondowoso"),
        # a radio's name with its frequency, a decimal comma in it
        ("Semarang, Radio Merdu 92,6 FM – Bupati membuka pasar rakyat.", "Radio Merdu 92,6 FM", "Semarang"),
        # the outlet's name run into the lead by a hyphen
        ("Banyuwangi, Kabarkita-Bupati membuka pasar rakyat.", "Kabarkita", "Banyuwangi"),
        # the city's province in brackets before the site
        ("Tobasa (Sumut), Kabarkita.com – Bupati membuka pasar rakyat.", "Kabarkita.com", "Tobasa"),
        # a space typed inside the agency's brackets
        ("MANDAU,( Kabar Kita.Com)- Bupati membuka pasar rakyat.", "Kabar Kita.Com", "Mandau"),
    ],
)
def test_the_city_then_the_outlet_in_less_common_forms(paragraph: str, outlet: str, place: str) -> None:
    found = find_dateline([paragraph, "Pasar itu ramai."])
    assert found is not None
    assert (found.outlet, found.place, found.rest) == (outlet, place, "Bupati membuka pasar rakyat.")


def test_a_word_in_capitals_glued_to_an_outlet_word_is_the_outlet_even_when_named_again() -> None:
    # "KABARTIMES -" names the site although the story names it again ("Kepada KabarTIMES").
    found = find_dateline(
        ["KABARTIMES - Bupati membuka pasar rakyat.", "Kepada KabarTIMES, bupati bercerita."]
    )
    assert found is not None
    assert (found.outlet, found.place) == ("KABARTIMES", None)
    # A place in capitals named again stays a place.
    town = find_dateline(["KARANGTIMUR - Bupati membuka pasar.", "Warga Karangtimur menyambutnya."])
    assert town is not None
    assert (town.outlet, town.place) == (None, "Karangtimur")


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        # a stray full stop after the site's domain
        ("KABARDESA.CO., BOGOR – Dinas pertanian membagikan bibit.", "KABARDESA.CO", "Bogor"),
        # the place in lower case, a regency's short name
        ("kabarkita.net, kukar - Festival kuliner dibuka.", "kabarkita.net", "kukar"),
        # a reporter's name before the city and its province: no outlet
        ("Rina Wulandari, Sleman, Central Java – The ministry opened a library.", None, "Sleman"),
        # a site's name of words, one in lower case, before the city in capitals
        ("Warta desa, SLEMAN - Dinas pertanian membagikan bibit.", "Warta desa", "Sleman"),
        # a site's name with its domain, the city in brackets
        ("Warta desa.id (Sleman) - Dinas pertanian membagikan bibit.", "Warta desa.id", "Sleman"),
    ],
)
def test_a_dateline_read_part_by_part(paragraph: str, outlet: str | None, place: str | None) -> None:
    found = find_dateline([paragraph, "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place) == (outlet, place)


def test_a_title_before_a_city_is_no_reporter_and_the_line_no_dateline() -> None:
    found = find_dateline(["Menteri Sosial, Bogor – Bantuan disalurkan.", "Paragraf berikutnya."])
    assert found is None or found.place is None


def test_a_lone_word_named_again_only_in_a_credit_is_the_outlet() -> None:
    paragraphs = [
        "Warga Antre Minyak Goreng di Pasar",
        "Sumber : WARTANU / Budi Santoso",
        "WARTANU – Ratusan warga antre minyak goreng di Pasar Baru, Bogor, Senin 3 Maret 2025.",
        "Paragraf berikutnya.",
    ]
    found = find_dateline(paragraphs)
    assert found is not None
    assert (found.outlet, found.place) == ("WARTANU", None)


def test_a_wires_name_after_the_place_and_date_is_the_outlet_and_the_date_the_filing_day() -> None:
    found = find_dateline(
        ["SURABAYA, March 4, 2024 - (Kabar Wire) - The port authority opened a terminal.", "x"]
    )
    assert found is not None
    assert (found.outlet, found.place, found.date, found.published) == (
        "Kabar Wire",
        "Surabaya",
        None,
        "March 4, 2024",
    )
    assert found.rest.startswith("The port authority")


def test_words_before_a_city_in_mixed_case_are_no_sites_name() -> None:
    found = find_dateline(["Harga cabai naik, Bogor – Pedagang mengeluh.", "Paragraf berikutnya."])
    assert found is None or found.outlet is None


def test_a_known_city_in_capitals_whose_dash_was_lost() -> None:
    found = find_dateline(["SURABAYA The port authority opened a new terminal.", "Paragraf berikutnya."])
    assert found is not None
    assert (found.outlet, found.place) == (None, "Surabaya")
    # A word in capitals that is no known place is no such dateline.
    assert find_dateline(["PENTING Warga diminta waspada banjir.", "Paragraf berikutnya."]) is None
