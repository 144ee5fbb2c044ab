"""How many key points have complete English: extract + key_point over a folder of articles.

Run by hand (``python benchmarks/english_keypoints.py [FOLDER ...]``, default ``../shared/corpus``);
``tests/test_translate_frames.py`` holds a floor on the corpus. A key point counts as complete
English when its English exists, is one sentence that starts with a capital and ends with a full
stop, has a verb from the event lexicon (or is the English source's own lead), and leaves no
common Indonesian word (:data:`INDONESIAN`) outside the names of people and places it states.
``--list`` prints every key point with its verdict.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefgen.extract.frames import STATEMENT_VERB
from briefgen.lexicons import bundled
from briefgen.model import Facts
from briefgen.pipeline import date_in_name, discover, load_article, understand
from briefgen.translate.frames import key_point
from briefgen.translate.glossary import Glossary


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


# Common Indonesian function and content words of news text; one of them in the English (outside
# a name) means the sentence kept Indonesian. Words English shares ("program", "April") are left out.
INDONESIAN = _words(
    """yang dan di ke dari untuk dengan pada akan telah kepada dalam oleh ini itu bahwa serta para
    pihak kerja sama kunjungan menteri wakil kepala ketua presiden pemerintah kementerian badan dinas
    kabupaten kota provinsi desa daerah bidang umum utama sekretaris direktur jenderal gubernur bupati
    wali rapat pertemuan pameran pelatihan acara kegiatan bantuan sosial nasional masyarakat
    menerima membuka menggelar bertemu menghadiri meninjau melantik membahas meluncurkan menyerahkan
    sebagai juga sudah belum tidak bisa dapat harus lebih sangat atau karena jika saat setelah sebelum
    hari tahun bulan pekan senin selasa rabu kamis jumat sabtu minggu januari februari maret mei juni
    juli agustus oktober desember"""
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass
class Verdict:
    source: str
    english: str | None
    complete: bool
    reason: str
    kind: str = ""  # "event verb", "statement" (the quoted person gave one), "English lead"


def _names(facts: Facts) -> set[str]:
    """The words of the names a key point may carry unchanged: people, place."""
    words: set[str] = set()
    for person in facts.people:
        words.update(w.casefold() for w in _WORD.findall(person.name))
    for place in (facts.location, facts.event.place if facts.event else None):
        if place:
            words.update(w.casefold() for w in _WORD.findall(place))
    return words


def judge(facts: Facts, glossary: Glossary) -> Verdict:
    """Whether the key point of ``facts`` is a complete English sentence with no Indonesian left."""
    point = key_point(facts, glossary)
    source = facts.article.source
    english = point.en
    if not english:
        return Verdict(source, None, False, "no English")
    if not (english[:1].isupper() and english.endswith(".")):
        return Verdict(source, english, False, "not a sentence")
    frame = facts.event
    if frame is None or (frame.lang == "id" and (frame.verb is None or bundled().verb(frame.verb) is None)):
        return Verdict(source, english, False, "no verb: who, where and when only")
    names = _names(facts)
    left = [w for w in _WORD.findall(english) if w.casefold() in INDONESIAN and w.casefold() not in names]
    if left:
        return Verdict(source, english, False, "Indonesian left: " + ", ".join(left))
    kind = (
        "English lead"
        if frame.lang == "en"
        else "statement"
        if frame.verb == STATEMENT_VERB
        else "event verb"
    )
    return Verdict(source, english, True, "", kind)


def measure(folders: list[Path], today: dt.date) -> list[Verdict]:
    """The verdict on every article in ``folders`` (a README or a file that cannot be read is skipped)."""
    glossary = Glossary.load()
    verdicts: list[Verdict] = []
    for path in discover(folders):
        if path.name.casefold().startswith("readme"):
            continue
        article = load_article(path)
        article.file_date = date_in_name(path.name)
        verdicts.append(judge(understand(article, today), glossary))
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("../shared/corpus")])
    parser.add_argument("--list", action="store_true", help="print every key point and its verdict")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 22))
    args = parser.parse_args(argv)
    verdicts = measure(args.folders, args.today)
    if not verdicts:
        print("no articles found", file=sys.stderr)
        return 1
    if args.list:
        for v in verdicts:
            verdict = f"ok ({v.kind})" if v.complete else f"NO ({v.reason})"
            print(f"{verdict} {Path(v.source).name}: {v.english}")
    complete = sum(v.complete for v in verdicts)
    share = 100 * complete / len(verdicts)
    print(f"key points with complete English: {complete}/{len(verdicts)} ({share:.0f}%)")
    kinds = Counter(v.kind for v in verdicts if v.complete)
    print("  of which: " + ", ".join(f"{n} {kind}" for kind, n in kinds.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
