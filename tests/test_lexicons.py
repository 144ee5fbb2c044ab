"""The event lexicons: bundled entries, user files that override them, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.lexicons import EventLexicon, bundled


def test_the_bundled_lexicons_hold_the_verbs_objects_and_step_words_of_government_news() -> None:
    lexicon = bundled()
    assert len(lexicon.verbs) >= 60
    assert len(lexicon.objects) >= 200
    assert lexicon.verb("Menerima  Kunjungan").en == "received a visit from"  # type: ignore[union-attr]
    assert lexicon.verb("menandatangani nota kesepahaman").slot == "counterpart"  # type: ignore[union-attr]
    assert lexicon.object("forum bisnis").en == "a business forum"  # type: ignore[union-attr]
    assert lexicon.words[("memperkuat",)].kind == "verb"


def test_every_verb_can_be_rendered_with_its_slot_and_every_passive_without_an_actor() -> None:
    for verb in bundled().verbs.values():
        if verb.slot == "none":
            assert verb.alone, verb.id  # nothing to put after the verb: it must stand alone
        if verb.voice == "passive":
            assert verb.id.startswith("di"), verb.id
            assert verb.alone.startswith("was "), verb.id  # "Rapat digelar" → "A meeting was held"


def test_every_object_has_its_determiner_or_is_a_mass_or_plural_noun() -> None:
    # Objects follow a verb as they are ("held an exhibition"): a lone singular count noun would
    # read "held exhibition". Checked on the determiners only; plural and mass nouns go bare.
    for entry in bundled().objects.values():
        first = entry.en.split()[0]
        assert first in ("a", "an", "the") or entry.en[:1].islower(), entry.id
        if first == "a":
            assert entry.en.split()[1][0] not in "aeiou", entry.id
        if first == "an":
            assert entry.en.split()[1][0] in "aeiouAEIOUM", entry.id  # "an MSME exhibition"


def test_a_user_file_overrides_an_entry_and_adds_new_ones(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.csv"
    verbs.write_text(
        "# my verbs\nid,en,alone,slot,voice,note\n"
        "menggelar,staged,,object,active,our house style\n"
        "mengukuhkan pengurus,installed the board of,installed a board,counterpart,active,\n",
        encoding="utf-8",
    )
    objects = tmp_path / "objects.csv"
    objects.write_text("id,en,note\npameran,a showcase,\nsayembara,a design contest,\n", encoding="utf-8")
    lexicon = EventLexicon.load([verbs], [objects])
    assert lexicon.verb("menggelar").en == "staged"  # type: ignore[union-attr]
    assert lexicon.verb("mengukuhkan pengurus").alone == "installed a board"  # type: ignore[union-attr]
    assert lexicon.object("Pameran").en == "a showcase"  # type: ignore[union-attr]
    assert lexicon.object("sayembara").en == "a design contest"  # type: ignore[union-attr]
    assert lexicon.verb("meluncurkan") == bundled().verb("meluncurkan")  # the rest stays bundled


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("id,en\nmenggelar,held\n", "line 1: expected the header id,en,alone,slot,voice,note"),
        ("id,en,alone,slot,voice,note\nmenggelar,held,,thing,active,\n", "line 2: unknown slot 'thing'"),
        ("id,en,alone,slot,voice,note\nmenggelar,held,,object,middle,\n", "line 2: unknown voice 'middle'"),
        (
            "id,en,alone,slot,voice,note\nmenggelar,,,object,active,\n",
            "line 2: the en (English) column is empty",
        ),
        (
            "id,en,alone,slot,voice,note\nmenggelar,held,,object,active,\nMenggelar,staged,,object,active,\n",
            "line 3: 'Menggelar' is already on line 2",
        ),
        ("id,en,alone,slot,voice,note\nmenggelar,held,object,active,\n", "line 2: expected 6 columns"),
        ("", "line 1: empty file"),
    ],
)
def test_a_bad_user_file_is_an_error_naming_the_file_and_the_line(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "verbs.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        EventLexicon.load([path])
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)


def test_an_unreadable_or_binary_user_file_is_an_error(tmp_path: Path) -> None:
    binary = tmp_path / "objects.csv"
    binary.write_bytes(b"id,en,note\n\xff\xfe\x00pameran\n")
    with pytest.raises(SourceError, match="not UTF-8"):
        EventLexicon.load(object_files=[binary])
    with pytest.raises(SourceError, match="cannot read the lexicon"):
        EventLexicon.load([tmp_path / "missing.csv"])


def test_the_bundled_topics_and_a_user_file_that_overrides_them(tmp_path: Path) -> None:
    lexicon = bundled()
    assert 150 <= len(lexicon.topics) <= 300
    assert lexicon.topic("Harga  Beras").en == "rice prices"  # type: ignore[union-attr]
    assert lexicon.topic("judi online").en == "online gambling"  # type: ignore[union-attr]
    topics = tmp_path / "topics.csv"
    topics.write_text("id,en,note\nharga beras,the price of rice,\nbatik,batik,\n", encoding="utf-8")
    mine = EventLexicon.load(topic_files=[topics])
    assert mine.topic("harga beras").en == "the price of rice"  # type: ignore[union-attr]
    assert mine.topic("batik").en == "batik"  # type: ignore[union-attr]
    assert mine.topic("sekolah rakyat") == bundled().topic("sekolah rakyat")  # the rest stays bundled


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("id,en\nharga beras,rice prices\n", "line 1: expected the header id,en,note"),
        ("id,en,note\nharga beras,,\n", "line 2: the en (English) column is empty"),
        (
            "id,en,note\nharga beras,rice prices,\nHarga Beras,rice,\n",
            "line 3: 'Harga Beras' is already on line 2",
        ),
    ],
)
def test_a_bad_user_topic_file_is_an_error_naming_the_file_and_the_line(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "topics.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        EventLexicon.load(topic_files=[path])
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)
