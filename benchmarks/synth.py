"""Synthetic Indonesian news articles for the benchmark: realistic shape, invented content, fixed seed.

Every article is made up here from small word lists: a dateline, a lead with a ``Selasa (20/1)``
date within a few weeks, officials with their roles, quotes closed by ``ujar``/``kata``/``tutur``,
reported statements, background, next steps, and the junk lines a scraper leaves. About one in
twenty is the same press release published again by another outlet, so near-duplicate merging
has work to do. Files are ``.txt`` (most), ``.md`` with front matter and ``.html`` pages.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from pathlib import Path

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

OUTLETS = (
    ("Kabar Nusantara", "kabarnusantara.example"),
    ("Warta Kreatif", "wartakreatif.example"),
    ("Suara Pesisir", "suarapesisir.example"),
    ("Harian Cakrawala", "cakrawala.example"),
    ("Berita Dwipa", "beritadwipa.example"),
    ("Info Rakyat", "inforakyat.example"),
)
CITIES = ("Jakarta", "Bandung", "Surabaya", "Denpasar", "Yogyakarta", "Medan", "Makassar", "Semarang")
VENUES = ("Gedung Sapta Pesona", "Balai Kota", "Hotel Mulia", "Aula Serbaguna", "Gedung Film", "Wisma Bahari")

GIVEN = (
    "Budi",
    "Siti",
    "Dewi",
    "Agus",
    "Rina",
    "Hendra",
    "Laksmi",
    "Rudi",
    "Yuni",
    "Andi",
    "Wahyu",
    "Ratna",
    "Eko",
    "Nur",
    "Fajar",
    "Intan",
    "Bayu",
    "Sri",
    "Taufik",
    "Maya",
    "Ahmad",
    "Putri",
    "Gilang",
    "Nadia",
    "Joko",
    "Wulan",
    "Reza",
    "Ayu",
    "Dimas",
    "Sari",
)
FAMILY = (
    "Santoso",
    "Pratiwi",
    "Saputra",
    "Wijaya",
    "Hidayat",
    "Kurniawan",
    "Lestari",
    "Setiawan",
    "Rahmawati",
    "Nugroho",
    "Siregar",
    "Simanjuntak",
    "Wibowo",
    "Hakim",
    "Permana",
    "Utami",
    "Susanto",
    "Gunawan",
    "Hasibuan",
    "Sembiring",
    "Purnomo",
    "Maharani",
)
FOREIGN = ("Han Seo-yeon", "Kim Ji-ho", "Takeshi Mori", "Claire Dubois", "Lars Jensen", "Maria Gonzalez")

# (full name, acronym): the bodies people speak for.
ORGANISATIONS = (
    ("Kementerian Ekonomi Kreatif", "Kemenekraf"),
    ("Kementerian Pariwisata", "Kemenpar"),
    ("Kementerian Perdagangan", "Kemendag"),
    ("Badan Pusat Statistik", "BPS"),
    ("Kementerian Usaha Mikro, Kecil, dan Menengah", "Kementerian UMKM"),
    ("Badan Riset dan Inovasi Nasional", "BRIN"),
    ("Otoritas Jasa Keuangan", "OJK"),
    ("Kementerian Luar Negeri", "Kemenlu"),
)
FOREIGN_BODIES = ("Korea Film Council (KOFIC)", "Japan Foundation", "Kedutaan Besar Prancis", "UNESCO")
ROLES = (
    "Menteri",
    "Wakil Menteri",
    "Direktur Jenderal Pengembangan Destinasi",
    "Direktur Film dan Animasi",
    "Deputi Bidang Usaha Kecil",
    "Kepala Biro Komunikasi",
    "Sekretaris Jenderal",
    "Kepala Pusat Data",
)
LOCAL_ROLES = (
    "Kepala Dinas Pariwisata Provinsi Bali",
    "Wali Kota Bandung",
    "Ketua Asosiasi Perajin Kayu",
    "Ketua Kamar Dagang dan Industri Daerah",
)
TOPICS = (
    ("produksi bersama film", "film layar lebar dan serial animasi"),
    ("ekspor kopi spesialti", "kopi arabika dari dataran tinggi"),
    ("festival musik daerah", "musisi muda dan panggung rakyat"),
    ("pengembangan gim lokal", "studio gim dan penerbit independen"),
    ("pelatihan perajin kriya", "kriya kayu, tenun dan batik"),
    ("promosi wisata bahari", "desa wisata pesisir dan kapal pinisi"),
    ("digitalisasi pasar tradisional", "pedagang pasar dan pembayaran nontunai"),
    ("perlindungan kekayaan intelektual", "merek kolektif dan hak cipta"),
)
BACKGROUND = (
    "Pertemuan tersebut membahas rencana kerja sama di bidang {topic} untuk tahun ini.",
    "Sektor ini melibatkan {detail} yang tersebar di berbagai provinsi.",
    "Data pemerintah menunjukkan nilai transaksi di sektor ini naik {n} persen dibanding tahun lalu.",
    "Program serupa pernah digelar di {city} dan diikuti lebih dari {n} peserta.",
    "Pemerintah menargetkan {n} pelaku usaha baru terlibat dalam program tersebut.",
    "Kegiatan ini merupakan bagian dari agenda prioritas nasional di bidang {topic}.",
    "Sejumlah pelaku industri hadir, termasuk perwakilan asosiasi dan pemerintah daerah.",
    "Menurut catatan panitia, minat peserta tahun ini jauh lebih tinggi dari perkiraan.",
)
QUOTES = (
    "Kami ingin {topic} memberi manfaat yang nyata bagi {detail}",
    "Ini langkah awal, dan kami akan terus mendampingi para pelaku usaha sampai hasilnya terasa",
    "Potensinya besar, tetapi kita perlu data yang rapi dan aturan yang jelas",
    "Kami siap membuka akses pasar yang lebih luas bagi {detail}",
    "Kolaborasi seperti ini harus dijaga agar tidak berhenti di atas kertas",
    "Kami melihat minat yang tinggi terhadap produk Indonesia di luar negeri",
)
SAID = ("ujar", "kata", "tutur", "ucap")
STATEMENTS = (
    "{name} mengatakan bahwa pemerintah akan memperkuat pendampingan bagi {detail}.",
    "Menurut {name}, skema insentif yang sedang disusun akan menarik investor baru.",
    "{name} menjelaskan bahwa pasar internasional menuntut standar mutu yang konsisten.",
    "{name} menilai kerja sama ini membuka peluang bagi {detail}.",
)
STEPS = (
    "Kedua pihak sepakat untuk membentuk kelompok kerja bersama pada {month} 2026.",
    "{org} akan menggelar lokakarya lanjutan di {city} pada {month} 2026.",
    "{org} berencana memberangkatkan sepuluh peserta terpilih ke pameran internasional pada {month} 2026.",
    "Nota kesepahaman dijadwalkan ditandatangani pada {day} {month} 2026.",
    "Pemerintah daerah juga akan menyediakan ruang pamer permanen bagi produk yang lolos kurasi.",
)
JUNK = (".jpg)", "Baca juga: Ekspor Kreatif Naik Dua Kali Lipat", "Bagikan", "Discussion about this post")


def _date_expression(rng: random.Random, day: dt.date) -> str:
    weekday = WEEKDAYS[day.weekday()]
    if rng.random() < 0.8:
        return f"{weekday} ({day.day}/{day.month})"
    return f"{weekday} ({day.day}/{day.month}/{day.year})"


def _person(rng: random.Random) -> tuple[str, str, str | None]:
    """(name, role, acronym of the body or None for a local figure)."""
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    if rng.random() < 0.25:
        return name, rng.choice(LOCAL_ROLES), None
    org, acronym = rng.choice(ORGANISATIONS)
    return name, f"{rng.choice(ROLES)} {acronym}", acronym


def article(
    rng: random.Random, number: int, first_day: dt.date, weeks: int
) -> tuple[str, str, dict[str, str]]:
    """One article: (title, body paragraphs joined by newlines, metadata)."""
    day = first_day + dt.timedelta(days=rng.randrange(weeks * 7))
    topic, detail = rng.choice(TOPICS)
    city = rng.choice(CITIES)
    org, acronym = rng.choice(ORGANISATIONS)
    outlet, domain = rng.choice(OUTLETS)
    fmt = {"topic": topic, "detail": detail, "city": city, "org": acronym}
    guest = rng.choice(FOREIGN)
    guest_body = rng.choice(FOREIGN_BODIES)
    people = [_person(rng) for _ in range(rng.randint(1, 3))]
    title = f"{acronym} dan Mitra Sepakat Dorong {topic.title()} di {city}"
    lead = (
        f"{city} ({outlet}) - {org} ({acronym}) menerima kunjungan delegasi {guest_body} di "
        f"{rng.choice(VENUES)}, {city}, {_date_expression(rng, day)}. " + BACKGROUND[0].format(**fmt)
    )
    paragraphs = [lead]
    length = rng.choice((4, 6, 8, 10, 14, 20))  # short wire items to long features
    for i in range(length):
        kind = rng.random()
        name, role, _ = people[i % len(people)]
        short = name.split()[0]
        n = rng.randint(3, 250)
        if i == 0:
            paragraphs.append(f"{role}, {name}, mengatakan bahwa {topic} menjadi prioritas tahun ini.")
        elif kind < 0.35:
            quote = rng.choice(QUOTES).format(**fmt)
            paragraphs.append(f"“{quote},” {rng.choice(SAID)} {short}.")
        elif kind < 0.5:
            paragraphs.append(rng.choice(STATEMENTS).format(name=short, **fmt))
        elif kind < 0.6:
            paragraphs.append(
                f"Sementara itu, perwakilan {guest_body}, {guest}, menyambut baik tawaran tersebut."
            )
        elif kind < 0.8:
            paragraphs.append(
                " ".join(rng.choice(BACKGROUND).format(n=n, **fmt) for _ in range(rng.randint(1, 3)))
            )
        else:
            month = MONTHS[(day.month + rng.randint(0, 4)) % 12]
            paragraphs.append(rng.choice(STEPS).format(month=month, day=rng.randint(1, 28), **fmt))
        if rng.random() < 0.08:
            paragraphs.append(rng.choice(JUNK))
    month = MONTHS[(day.month + 1) % 12]
    paragraphs.append(STEPS[1].format(month=month, **fmt))
    meta = {
        "outlet": outlet,
        "url": f"https://{domain}/berita/{day.isoformat()}-{number:05d}",
        "date": day.isoformat(),
    }
    return title, "\n".join(paragraphs), meta


def republish(rng: random.Random, body: str, meta: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The same press release from another outlet: a new dateline, the rest word for word."""
    outlet, domain = rng.choice([o for o in OUTLETS if o[0] != meta["outlet"]])
    lead, _, rest = body.partition("\n")
    city, _, after = lead.partition(" (")
    _, _, after = after.partition(") - ")
    new_meta = dict(meta, outlet=outlet, url=meta["url"].replace(meta["url"].split("/")[2], domain) + "-r")
    return f"{city} ({outlet}) - {after}\n{rest}", new_meta


def write(title: str, body: str, meta: dict[str, str], path: Path) -> Path:
    """Writes one article as .txt (scraped), .md (front matter) or .html (a saved page), by suffix."""
    if path.suffix == ".md":
        text = (
            f"---\ntitle: {title}\ndate: {meta['date']}\noutlet: {meta['outlet']}\n"
            f"url: {meta['url']}\n---\n\n" + "\n\n".join(body.split("\n")) + "\n"
        )
    elif path.suffix == ".html":
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n"))
        text = (
            "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)} - {html.escape(meta['outlet'])}</title>"
            f"<meta property='og:title' content='{html.escape(title)}'>"
            f"<meta property='og:site_name' content='{html.escape(meta['outlet'])}'>"
            f"<meta property='og:url' content='{meta['url']}'>"
            f"<meta property='article:published_time' content='{meta['date']}T09:00:00+07:00'>"
            "</head><body><nav><a href='/'>Beranda</a> <a href='/ekonomi'>Ekonomi</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>\n{paras}\n</article>"
            "<aside><h2>Berita Terkait</h2><ul><li><a href='/x'>Lainnya</a></li></ul></aside>"
            "<footer>© Redaksi</footer></body></html>\n"
        )
    else:
        text = f"{title}\n{body}\n"
    path.write_text(text, encoding="utf-8")
    return path


def generate(
    folder: Path, count: int, seed: int = 20260120, first_day: dt.date = dt.date(2026, 1, 5)
) -> list[Path]:
    """``count`` articles in ``folder`` (created), spread over four weeks from ``first_day``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths: list[Path] = []
    previous: tuple[str, str, dict[str, str]] | None = None
    for number in range(count):
        if previous is not None and rng.random() < 0.05:
            title, body, meta = previous
            body, meta = republish(rng, body, meta)
        else:
            title, body, meta = article(rng, number, first_day, weeks=4)
        previous = (title, body, meta)
        suffix = rng.choices((".txt", ".md", ".html"), weights=(6, 3, 1))[0]
        paths.append(write(title, body, meta, folder / f"{meta['date']}-{number:05d}{suffix}"))
    return paths


def markdown_of(path: Path) -> str:
    """The article as plain Markdown (for the pandoc comparison): a heading and its paragraphs."""
    from briefgen.pipeline import load_article

    art = load_article(path)
    return f"# {art.title or path.stem}\n\n" + "\n\n".join(art.paragraphs) + "\n"
