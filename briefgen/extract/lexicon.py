"""Word lists of Indonesian (and common English) news language that the extraction rules share."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from briefgen.extract.titles import ACTING_PREFIXES as ACTING_PREFIXES
from briefgen.extract.titles import OFFICE_TITLES as OFFICE_TITLES
from briefgen.extract.titles import RANK_SUFFIXES as RANK_SUFFIXES
from briefgen.extract.titles import RANKS as RANKS
from briefgen.extract.titles import TITLE_WORDS as TITLE_WORDS
from briefgen.extract.titles import TITLES as TITLES


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


# --------------------------------------------------------------------------- calendar words

WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    # English sources (ANTARA English, a ministry's English page) date events the same way.
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_RE = (
    r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agst": 8,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "des": 12,
    "dec": 12,
}
MONTH_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# A lookbehind for "not" right before a cue ("tidak akan", "belum segera", "not"): a negated plan.
NOT_NEGATED = r"(?<!\btidak\s)(?<!\btak\s)(?<!\bbelum\s)(?<!\benggak\s)(?<!\bnot\s)"
# Every month name starts with one of these (a prefilter's literals, issue 17).
MONTH_STEMS = tuple(sorted({name[:3] for name in MONTHS}))

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# --------------------------------------------------------------------------- people

# Job titles (TITLES, TITLE_WORDS), office abbreviations (OFFICE_TITLES) and police and military
# ranks (RANKS, RANK_SUFFIXES): briefgen.extract.titles.
# Titles of a regional office, followed by the region before the name ("Bupati Pasuruan Budi").
REGIONAL_TITLES: frozenset[str] = words(
    """
    Bupati Gubernur Walikota Camat Lurah Kapolda Kapolres Kapolsek Kajati Kajari Pangdam Danrem
    Dandim Wagub Wabup Wawali Kadis Kadisnaker Kadinkes Kadispar Sekda Kapolresta Kapolrestabes
    Wakapolda Wakapolres Danlanud Danlanal Danlantamal Danramil Gubenur Gebernur Sekdaprov Sekdakab
    Sekdakot
    """
) | {"Wali Kota"}

# Acronyms that name a role rather than an organisation.
ROLE_ACRONYMS: frozenset[str] = frozenset(
    {"CEO", "COO", "CFO", "CTO", "CMO", "DCM", "Wamen", "Dirut", "Dirjen", "Sekjen", "Dubes", "Jubir", "JPU"}
)

# Academic degrees written after a name without dots ("Dadang Wigiarto SH", "Budi, SH, MH").
DEGREE_WORDS: frozenset[str] = words(
    """
    SH MH SE MM MSi MSc MPd SPd ST MT SIP SSos SKom MKom SAg MAg SHI MHum SKM MKes SKep SPi MP MAP
    MBA MPA PhD SIKom MIKom SPsi MPsi SKG SKed SSi SP SHut MSP MEng
    SIK MIK SSTK STrK SST SFarm SKep SAB MAB SIP MIP SPd MSos SHum LLM SAP
    """
)

# Honorifics written before a name; kept as part of the name.
HONORIFICS: frozenset[str] = words(
    """
    Dr DR dr drg Prof H Hj Hi HM Ir Drs Dra KH Tn Ny Sdr Sdri Mr Mrs Ms
    Eng Ing Ns Apt Tgk Ust RM RA RAy BRAy KRT KPH GKR
    """
)
# Abbreviated given names written with a full stop inside a name ("Moh. Iqbal", "Abd. Rahman").
NAME_ABBREVIATIONS: frozenset[str] = words("Moh Muh Moch Mochd Mohd Muhd Abd Mhd Md Ach Ahm")
# Abbreviated titles written in lower case before a name ("dr. Siti", "drg. Andi").
LOWER_HONORIFICS: frozenset[str] = frozenset({"dr", "drg"})
# Spelled-out honorifics written before a name ("Haji Mustari"); not part of the name's core.
NAME_HONORIFICS: frozenset[str] = words(
    """
    Haji Hajah Bapak Ibu Pak Bu Datuk Dato Tuan Nyonya Kiai Kyai Ustaz Ustadz Syekh Mdm Madam Sir
    Cak Mas Mbak Bung Gus Ning Kak Abah Buya
    """
)
# (The second line: regional forms of address before a given name, "Cak"/"Mas" in East Java,
# "Bung" in Jakarta and Sumatra, "Gus"/"Ning" for a kiai's children: "Mas Darto" is Darto Wibowo
# introduced before. Not Sundanese "Kang" nor "Bang": both are also Korean family names.)
# First words of regional names that are also ordinary words or function words elsewhere: Sasak
# "Lalu"/"Baiq"/"Lale", Bugis "Andi"/"Daeng", Balinese "Ida"/"Gusti"/"Ngurah",
# Acehnese "Teuku"/"Cut", Javanese "Raden"/"Mas"/"Ayu". Inside a run of names they are names.
NAME_PREFIXES: frozenset[str] = words(
    """
    Lalu Baiq Lale Andi Daeng Ida Gusti Ngurah Teuku Cut Raden Mas Ayu Sutan
    """
)
# Words that introduce a person without being part of the name: occupations and other nouns for
# people ("novelis Arya", "pemilik warung …, Sri,"), in any case.
PERSON_CUES: frozenset[str] = words(
    """
    aktor aktris artis penyanyi musisi sutradara produser penulis seniman pengusaha warga
    pengamat ekonom analis peneliti pakar dosen guru mahasiswa atlet pemain pelatih tokoh bapak
    ibu pak bu saudara saudari pendiri pemilik politikus politisi kreator desainer komedian
    penari koreografer influencer youtuber jurnalis wartawan petani nelayan aktivis
    novelis sastrawan penyair penerjemah budayawan sejarawan pelukis pematung fotografer
    arsitek perancang komposer pianis gitaris vokalis dalang maestro perajin pengrajin
    pembatik penenun pegiat penggiat praktisi akademisi ilmuwan konsultan investor pedagang
    pengelola pemandu kurator instruktur mentor pendamping relawan pengurus pembina perwakilan
    pejabat pemimpin pimpinan staf pegawai karyawan pekerja pelajar siswa santri ulama
    dokter pengacara pemerhati pebisnis wirausahawan pengembang filolog eksportir importir
    pencipta sineas kolektor barista juri pengasuh peserta officer spokesperson spokesman
    pembeli konsumen penjual pelanggan pengunjung penumpang pasien nasabah pengemudi sopir petugas
    seller vendor trader resident farmer buyer customer shopper worker fisherman driver
    penyuluh kader bidan perawat
    spokeswoman chairman chairwoman chairperson ambassador envoy minister governor mayor regent
    founder analyst economist researcher expert lecturer professor presiden menteri gubernur
    bupati walikota calon capres cawapres director secretary deputy commissioner official adviser
    advisor coordinator
    saksi tersangka terdakwa terpidana buronan jaksa hakim penyidik advokat caleg legislator
    suspect defendant witness candidate prosecutor judge lawyer investigator legislator lawmaker
    politician activist businessman businesswoman entrepreneur fugitive convict
    """
)
# Cues that are forms of address, kept in the name rather than split off as a role.
ADDRESS_CUES: frozenset[str] = frozenset({"bapak", "ibu", "pak", "bu", "saudara", "saudari"})

# Capitalised words that are never (part of) a person's name in a role phrase.
ORG_WORDS: frozenset[str] = words(
    """
    Kementerian Kemenko Badan Dinas Kantor Kedutaan Besar Konsulat Jenderal Republik Negara
    Nasional Daerah Provinsi Kabupaten Kota Pemerintah Pemerintahan Pemkot Pemprov Pemkab
    Ekonomi Kreatif Pariwisata Luar Negeri Dalam Keuangan Pendidikan Kebudayaan Riset Teknologi
    Perdagangan Industri Perindustrian Koperasi Usaha Kecil Menengah Mikro Komunikasi
    Informatika Digital Kesehatan Pertahanan Hukum Sosial Agama Pertanian Kelautan Perikanan
    Energi Sumber Daya Mineral Lingkungan Hidup Kehutanan Perhubungan Pekerjaan Umum Perumahan
    Rakyat Ketenagakerjaan Tenaga Kerja Investasi Hilirisasi Pemuda Olahraga Desa Pembangunan
    Perencanaan Regional Bidang Urusan Hubungan Internasional Sama Utama Eksekutif Operasional
    Bank Company Agency Corporation Corp Group Holding Holdings Inc Ltd Limited Persero Tbk
    Universitas Institut Fakultas Direktorat Biro Pusat Sekretariat Komisi Dewan Perwakilan
    Majelis Permusyawaratan Mahkamah Konstitusi Polri Polisi Kepolisian TNI Angkatan Darat Laut
    Udara Lembaga Yayasan Asosiasi Perkumpulan Himpunan Ikatan Persatuan Partai Perum PT CV Tim
    Satgas Unit Divisi Departemen Bagian Seksi Cabang Wilayah Perwakilan Khusus Ahli Bidang
    Urusan Kebijakan Strategis Program Proyek Festival Forum Creative Content Economy Culture
    Cultural Tourism Ministry Embassy Office Chief Mission Deputy Officer Operating Executive
    Financial Technology Director Regional Affairs Foreign International Korean Indonesian
    Japanese Chinese Global Asia Pasifik Pacific Film Musik Music Media Entertainment Studio
    Studios Production Productions Pictures Records Entertainment Kreasi Industri Dunia World
    Pajak Bea Cukai Anggaran Perbendaharaan Imigrasi Pemasyarakatan Kekayaan Intelektual
    Perlindungan Konsumen Statistik Pangan Gizi Haji Zakat Wakaf Transmigrasi Tertinggal
    Kependudukan Keluarga Berencana Perempuan Anak Pemberdayaan Aparatur Reformasi Birokrasi
    Agraria Tata Ruang Pertanahan Kabinet Kepresidenan Pengawas Pengawasan Pemeriksa Penanaman
    Modal Promosi Pemasaran Ekspor Impor Bilateral Multilateral Protokol Konsuler Diplomasi Publik
    Informasi Kemitraan Pengembangan Pembinaan Pelayanan Layanan Bisnis Inovasi Aplikasi Seni
    Pertunjukan Kuliner Fesyen Kriya Desain Arsitektur Periklanan Penerbitan Fotografi Televisi
    Radio Animasi Subsektor Infrastruktur Sanitasi Listrik Minyak Batubara Pertambangan Bencana
    Penanggulangan Keamanan Ketertiban Intelijen Narkotika Terorisme Siber Sandi Antariksa
    Penerbangan Transportasi Kereta Pelabuhan Meteorologi Klimatologi Geofisika Standardisasi
    Akreditasi Obat Makanan Perekonomian Maritim Politik Manusia Kemaritiman Pemerintahan
    Kemasyarakatan Kesejahteraan Dasar Tinggi Sains Perguruan Hak Asasi Pemilihan Pemilu Umum
    Kampanye Pusat Perwakilan Koordinasi Koordinator Pelaksana Harian Tetap Luar Biasa Berkuasa
    Humas Masyarakat Kimia Hilir Hulu Farmasi Tekstil Aneka Logam Otomotif Elektronika Agro
    Science Regulation Security Ministry Minister Resources Energy Affairs Department Council
    Net Zero Affaires Chargé Higher Education Mineral Renewable Transition
    Trade Finance Health Defence Defense Agriculture Industry Tourism Transport Transportation
    Labour Labor Justice Interior Commerce Environment Forestry Fisheries Culture Sports Youth
    Welfare Communications Information Public Works Housing Religious Cooperatives Planning
    Development Economic Coordinating Political Legal Human Rights Investment Marine Home State
    Section Division Bureau Directorate Directorate-General Commission Committee Authority Service Board
    Association Federation Chamber
    Services Secretariat Corps Command Administration Institute University Police Court Party
    Task Force Parliament Presidential Palace Airport Hospital Stadium Eradication Corruption
    Prov Kab Kec
    Tax Taxes Taxation Customs Excise Treasury Revenue Budget Immigration Manpower Prosecution
    Elections Election Supervisory Fraksi Faction
    Ekraf Parekraf Hubla Dikdasmen Diktisaintek Polhukam Kesra Komdigi Kominfo Humas
    Kemahasiswaan Akademik Polda Polres Polsek Mapolda Mapolres Ditreskrimsus Ditreskrimum Reskrim
    Polresta Polrestabes Kejaksaan Kejagung Kejati Kejari Cabjari Pengadilan Kodim Korem Koramil
    Lanal Lanud Lantamal Bawaslu Panwaslu Kemenag Kankemenag
    Cyber Crime Nomor Tahun Tentang Pasal Ayat Peraturan Instruksi Keputusan Undang Gakkum
    Terpilih Elect Nonaktif Definitif Demisioner Antar Antarlembaga Lintas
    Gerindra Golkar Demokrat NasDem Nasdem Hanura Perindo Gelora Ummat Berkarya PDIP PKS PKB PPP PSI
    """
)
# (The last line: political parties by their short names, as a party's officers are introduced:
# "Ketua Umum Demokrat Budi", "Politikus Golkar Sari".)
# Words that start the organisation part of a role phrase ("Direktur Regional | KOCCA Indonesia").
ORG_HEADS: frozenset[str] = words(
    """
    Kementerian Kemenko Badan Dinas Kedutaan Konsulat Pemerintah Pemkot Pemprov Pemkab Bank
    Universitas Institut Fakultas Direktorat Biro Sekretariat Komisi Dewan Majelis Mahkamah
    Kepolisian Lembaga Yayasan Asosiasi Perkumpulan Himpunan Ikatan Persatuan Partai Perum PT CV
    Satgas Ministry Embassy Pusat Balai Otoritas Korps Polda Polres Kodam
    Polsek Polresta Polrestabes Kejaksaan Kejagung Kejati Kejari Cabjari Pengadilan Kodim Korem
    Koramil Lanal Bawaslu Panwaslu Kankemenag
    """
)
# Words after which an organisation name has certainly ended: it is a company.
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {"Company", "Corp", "Corporation", "Inc", "Ltd", "Limited", "Group", "Holdings", "Tbk", "Persero", "Co"}
)
# Words that precede an organisation in a venue but are not part of its name.
LOCATION_WORDS: frozenset[str] = frozenset(
    {"Kantor", "Gedung", "Wisma", "Aula", "Ruang", "Graha", "Auditorium", "Kompleks", "Markas", "Lobi"}
)

# Regional offices of national bodies, named by the region they serve ("Kejari Contoh", "Polres
# Contoh", "Pemkab Contoh"): glued before a name with that region, both are the role's.
REGIONAL_OFFICES = frozenset(
    {"Kejari", "Kejati", "Polres", "Polresta", "Polrestabes", "Polda", "Polsek", "Pemkab", "Pemkot"}
    | {"Pemprov", "Kodim", "Korem", "Kodam", "Lanal", "Lanud", "Lapas", "Rutan", "Bawaslu", "Kemenag"}
    | {"Kanwil", "Bappeda", "Bapenda", "Dinkes", "Disdik"}
)

# Places: Indonesian provinces and large cities, and the countries and capitals news often names.
PLACES: frozenset[str] = words(
    """
    Indonesia Jakarta Bandung Surabaya Semarang Yogyakarta Medan Makassar Denpasar Bali
    Palembang Padang Pekanbaru Batam Pontianak Banjarmasin Balikpapan Samarinda Manado Ambon
    Jayapura Kupang Mataram Bogor Depok Tangerang Bekasi Malang Solo Surakarta Cirebon Serang
    Jambi Bengkulu Lampung Aceh Banda Sumatera Jawa Kalimantan Sulawesi Papua Maluku Nusa
    Tenggara Barat Timur Tengah Selatan Utara Riau Kepulauan Banten Gorontalo Sorong Labuan Bajo
    Lombok Nusantara Jabodetabek DKI DIY Korea Seoul Busan Jepang Japan Tokyo Osaka China
    Tiongkok Beijing Shanghai Singapura Singapore Malaysia Kuala Lumpur Thailand Bangkok Vietnam
    Hanoi Filipina Manila India Australia Canberra Sydney Amerika Serikat Washington York
    Inggris London Prancis Perancis Paris Jerman Berlin Belanda Amsterdam Arab Saudi Riyadh Uni Emirat
    Dubai Abu Dhabi Rusia Moskow Kanada Brasil Mesir Kairo Turki Ankara Istanbul Qatar Doha Hong
    Kong Taiwan Taipei ASEAN Eropa Afrika Asia Timor Leste
    Jatim Jateng Jabar Sumut Sumbar Sumsel Sulsel Sulut Sulteng Sultra Sulbar Kalbar Kalteng Kalsel
    Kaltim Kaltara Kepri Babel NTB NTT Malut Pabar Jabodetabek Jogja Sulawesi
    Bangka Belitung Pegunungan Daya Baru
    Komoro Comoros Mozambik Mozambique Nigeria Etiopia Ethiopia Tanzania Madagaskar Madagascar
    Mauritius Seychelles Somalia Sudan Iran Irak Iraq Suriah Syria Yordania Lebanon Libanon
    Palestina Palestine Kuwait Bahrain Yaman Yemen Oman Pakistan Bangladesh Lanka Maladewa Maldives
    Nepal Myanmar Kamboja Cambodia Laos Brunei Darussalam Mongolia Kazakhstan Uzbekistan Selandia
    Zealand Fiji Nugini Guinea Meksiko Mexico Argentina Chili Chile Kolombia Colombia Venezuela
    Kuba Cuba Spanyol Spain Portugal Italia Italy Yunani Greece Swiss Switzerland Austria Belgia
    Belgium Swedia Sweden Norwegia Norway Denmark Finlandia Finland Polandia Poland Ukraina Ukraine
    Hungaria Hungary Ceko Czech Rumania Romania Serbia Kroasia Croatia Irlandia Ireland Skotlandia
    Scotland Maroko Morocco Aljazair Algeria Tunisia Libya Kenya Ghana Senegal Uganda Rwanda
    Zimbabwe Zambia Angola Namibia Botswana Peru Ekuador Ecuador Uruguay Paraguay Bolivia Panama
    """
)
# Cities a dateline or "di …" may name (single words are looked up in PLACES). "Nusantara" is
# not one: "di Nusantara" means "across the archipelago" far more often than the new capital.
CITIES: frozenset[str] = words(
    """
    Jakarta Bandung Surabaya Semarang Yogyakarta Medan Makassar Denpasar Palembang Padang
    Pekanbaru Batam Pontianak Banjarmasin Balikpapan Samarinda Manado Ambon Jayapura Kupang
    Mataram Bogor Depok Tangerang Bekasi Malang Solo Surakarta Cirebon Serang Jambi Bengkulu
    Bali Lombok Seoul Busan Tokyo Osaka Beijing Shanghai Singapura Singapore Bangkok Hanoi
    Manila Canberra Sydney Washington London Paris Berlin Amsterdam Riyadh Dubai Moskow Kairo
    Ankara Istanbul Doha Taipei
    """
) | {"Kuala Lumpur", "Banda Aceh", "Labuan Bajo", "Hong Kong", "Abu Dhabi", "New York"}

# Capitalised words at a sentence start that are never a name.
FUNCTION_WORDS: frozenset[str] = words(
    """
    Ia Dia Beliau Mereka Kami Kita Saya Aku Anda Menurut Menurutnya Hal Ini Itu Pemerintah
    Selain Sementara Namun Tetapi Dalam Pada Dengan Untuk Melalui Di Ke Dari Oleh Bagi Sebagai
    Karena Jika Kalau Setelah Sebelum Sebelumnya Kemudian Lalu Adapun Sedangkan Bahkan Tak Tidak
    Juga Pertemuan Kegiatan Acara Kunjungan Kerja Kolaborasi Langkah Upaya Harapan Optimisme
    Keterlibatan Para Sejumlah Berbagai Seluruh Semua Kedua Tiap Setiap Yang The This That In On
    At For And Of Says Said Tells Told Adds Urges Calls Will Would Dirinya Meanwhile However He She
    They It We Its Their His Her Both Terkait Mengenai Soal Perihal Seputar Tentang Atas Usai Saat Ketika
    Maka Makanya Lantas Sehingga Jadi
    Pertama Ketiga Keempat Kelima Keenam Terakhir Rombongan
    Me My You Your Our Us Maybe Perhaps Also Yet Still Now Then Thus Therefore Moreover
    Furthermore Besides Instead Otherwise Yes Nama Sosok
    """
)

# --------------------------------------------------------------------------- speech


# Verbs that attribute a quotation when they follow it (`,” ujar X.`); `-nya` makes a pronoun.
ATTRIBUTION_VERBS = (
    "ujar|kata|ucap|tutur|ungkap|jelas|tegas|papar|imbuh|tambah|sebut|terang|lanjut|pungkas|tandas"
    "|tukas|seru|pinta|sambung|kilah|aku|urai|beber|timpal|tanya|katanya"
    # '…,” ingat Budi' (reminded), '…,” tutup Budi' (concluded), '…,” ajak Budi' (urged).
    "|ingat|ajak|imbau|tutup|jawab|bilang|kenang|keluh"
    # a protest's cry ('…!” teriak Budi')
    "|teriak|pekik"
)
# Verbs of saying and thinking that make a sentence a reported statement of their subject.
SPEECH_VERBS = (
    r"mengatakan|menyatakan|menekankan|menegaskan|percaya|meyakini|yakin|menyambut\s+baik"
    r"|menyambut|memaparkan|menjelaskan|menyampaikan|mengungkapkan|menambahkan|menuturkan"
    r"|menilai|melihat\s+bahwa|berharap|mengharapkan|menyoroti|mengapresiasi|menyebut(?:kan)?"
    r"|mengakui|mengingatkan|mengajak|meminta|menggarisbawahi|mengusulkan|menawarkan|berpendapat"
    r"|optimistis|optimis|menerangkan|mengemukakan|memandang|menginginkan|menyarankan|berujar"
    r"|berkata|mengungkap|menuturkan|menandaskan|mengimbau|mengaku|mengeluhkan|bercerita"
    r"|berpesan|mengklaim|memperkirakan|memprediksi|memproyeksikan"
    # colloquial "Budi bilang, …" (said), as written in regional news
    r"|bilang"
)
# English verbs of saying, after or before the speaker ("…,” said Arifin", "Rosan told reporters").
ENGLISH_SPEECH_VERBS = (
    r"said|says|added|adds|told|tells|stated|states|explained|noted|stressed|continued|remarked"
    r"|concluded|emphasi[sz]ed|highlighted|underlined|asserted|revealed|announced|expressed|urged"
    r"|asked|argued|insisted|affirmed|reiterated|conveyed|mentioned|acknowledged|pointed\s+out"
    r"|went\s+on\s+to\s+say|admitted|confirmed|warned|claimed|observed|commented|declared|replied"
)
# Speech verbs that report a belief, forecast or hope: what follows them is never a plan.
BELIEF_VERBS = (
    r"percaya|meyakini|yakin|menilai|berharap|mengharapkan|optimistis|optimis|memandang"
    r"|berpendapat|memperkirakan|memprediksi|memproyeksikan|melihat|menginginkan"
)


# --------------------------------------------------------------------------- plans

# Nouns for bodies that act (lower-case heads of a subject such as "pemerintah provinsi", "dua
# belas startup tersebut"): with one of them as subject, "akan" announces a plan, not a forecast.
AGENT_NOUNS: frozenset[str] = words(
    """
    pemerintah pemprov pemkot pemkab kementerian kemenko dinas badan lembaga instansi direktorat
    otoritas pihak panitia penyelenggara perusahaan startup perusahaan-perusahaan maskapai
    operator peserta tim komunitas asosiasi koperasi kampus universitas sekolah pengelola
    kelompok organisasi yayasan satgas komite dewan majelis kepolisian polisi kantor delegasi
    mitra eksportir importir produsen pengembang penerbit kedutaan konsulat bank
    perwakilan pimpinan opd perangkat satuan satker unit rsud puskesmas balai polres polda polsek aparat
    jajaran artis penyanyi musisi seniman
    """
)


def _data_rows(name: str, header: str) -> list[list[str]]:
    """The rows of the bundled, editable CSV ``briefgen/data/<name>`` with at least two fields,
    without comment lines (``#``), blank lines and the header row (first field ``header``); none
    when the file is missing."""
    path = resources.files("briefgen") / "data" / name
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return []
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return [row for row in csv.reader(lines) if len(row) >= 2 and row[0].strip() and row[0].strip() != header]


@lru_cache(maxsize=1)
def known_acronyms() -> dict[str, str]:
    """The bundled, editable acronym list ``briefgen/data/acronyms.csv``: acronym → full name."""
    return {row[0].strip(): row[1].strip() for row in _data_rows("acronyms.csv", "acronym")}


@lru_cache(maxsize=1)
def known_nicknames() -> dict[str, str]:
    """The bundled, editable list ``briefgen/data/nicknames.csv``: nickname → full name."""
    return {
        " ".join(row[0].split()): " ".join(row[1].split()) for row in _data_rows("nicknames.csv", "nickname")
    }


@lru_cache(maxsize=1)
def _region_rows() -> tuple[tuple[str, str, str], ...]:
    """(short form, full name, level) rows of ``briefgen/data/region-abbreviations.csv``."""
    return tuple(
        (row[0].strip(), " ".join(row[1].split()), row[2].strip() if len(row) >= 3 else "regency")
        for row in _data_rows("region-abbreviations.csv", "abbreviation")
    )


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """The bundled, editable list ``briefgen/data/region-abbreviations.csv``: the conventional short
    form of a province, regency or city (``Kukar``, ``Kalteng``, ``NTB``) → its full name."""
    return {short: full for short, full, _ in _region_rows()}


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """The bundled, editable gazetteer ``briefgen/data/places.txt``, :data:`CITIES` and the short
    forms of regencies and cities (``region-abbreviations.csv``), casefolded, each name of several
    words also without its spaces."""
    names = {city.casefold() for city in CITIES}
    # A regency's or city's short form ("Kukar", "Kotim"); a province's ("Sumbar") is no city.
    names.update(short.casefold() for short, _, level in _region_rows() if level == "regency")
    path = resources.files("briefgen") / "data" / "places.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset(names)
    names.update(
        " ".join(line.split()).casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )
    # "Bandarlampung", "Pangkalpinang", "Tanjungselor": a two-word name is also written as one.
    names.update([name.replace(" ", "") for name in names if " " in name])
    return frozenset(names)


def is_known_place(name: str) -> bool:
    """Whether ``name`` (any case: ``JAKARTA SELATAN``, ``Palopo``) is a city or regency briefgen knows."""
    return " ".join(name.split()).casefold() in known_places()


def is_acronym(word: str) -> bool:
    """``KBRI``, ``KOCCA``, ``RUNUP``: two or more letters, all capitals (digits allowed)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
