"""Filling the English of a brief in the order of trust: human, glossary, machine, visible gap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefgen.model import Bilingual, Brief, Paragraph, QuoteBlock, Section, StepItem, Subheading
from briefgen.translate.fill import fill, segments
from briefgen.translate.glossary import Glossary
from briefgen.translate.memory import Entry, Memory
from briefgen.translate.mt import MTError

WHEN = "2026-11-23T10:00:00Z"


def pending(text: str) -> Bilingual:
    return Bilingual(text, None, "missing")


def brief() -> Brief:
    return Brief(
        title=Bilingual.both("Ringkasan Kebijakan", "Policy Brief"),
        period=None,
        prepared=Bilingual.both("Senin, 26 Januari 2026", "Monday, 26 January 2026"),
        prepared_on=dt.date(2026, 1, 26),
        source_count=1,
        sections=[
            Section(
                "background",
                Bilingual.both("Latar Belakang", "Background"),
                [
                    Subheading(
                        Bilingual("Rapat Kerja Sama Film", "Warta, Tuesday, 20 January 2026", "generated")
                    ),
                    Paragraph(pending("Rapat digelar di Jakarta.")),
                    Paragraph(pending("Kementerian Ekonomi Kreatif")),
                    Paragraph(pending("Kedua pihak membahas film.")),
                ],
            ),
            Section(
                "statements",
                Bilingual.both("Pernyataan", "Statements"),
                [QuoteBlock(pending("Kami siap."), "Sari Dewi", pending("Penggagas Komunitas Layar Tancap"))],
            ),
            Section(
                "next_steps",
                Bilingual.both("Langkah Selanjutnya", "Next Steps"),
                [StepItem(pending("Rapat digelar di Jakarta."), "Kemenekraf")],
            ),
        ],
    )


class Fake:
    """A machine-translation backend that prefixes its input, and remembers what it was asked."""

    name = "fake-mt"

    def __init__(self, fail: bool = False) -> None:
        self.asked: list[list[str]] = []
        self.fail = fail

    def translate(self, texts: Sequence[str], glossary: Sequence[tuple[str, str]] = ()) -> list[str]:
        self.asked.append(list(texts))
        if self.fail:
            raise MTError("machine translation: http://127.0.0.1:9/translate could not be reached")
        return [f"EN[{t}]" for t in texts]


def english(result: Brief) -> list[tuple[str | None, str]]:
    out = []
    for section in result.sections:
        for block in section.blocks:
            text = block.action if isinstance(block, StepItem) else block.text  # type: ignore[union-attr]
            out.append((text.en, text.origin))
    return out


def test_segments_are_distinct_and_know_their_place() -> None:
    found = segments(brief())
    texts = [s.text for s in found]
    assert texts.count("Rapat digelar di Jakarta.") == 1  # in background and next steps: one unit
    assert "Penggagas Komunitas Layar Tancap" in texts and "Rapat Kerja Sama Film" in texts
    quote = next(s for s in found if s.text == "Kami siap.")
    assert (quote.kind, quote.section, quote.speaker) == ("quote", "statements", "Sari Dewi")
    assert quote.article == "Rapat Kerja Sama Film"


def test_nothing_available_leaves_visible_gaps() -> None:
    result = fill(brief()).brief
    assert result.english == {"source": 0, "human": 0, "glossary": 0, "machine": 0, "missing": 6}
    assert all(en is None for en, origin in english(result) if origin == "missing")


def test_order_of_trust() -> None:
    memory = Memory(
        [
            Entry("Rapat digelar di Jakarta.", "The meeting was held in Jakarta.", "human", "Sari", WHEN),
            Entry("Kedua pihak membahas film.", "Both sides discussed film.", "machine", "mt", WHEN),
            # A human entry beats the glossary too.
            Entry("Kami siap.", "We are ready.", "human", "Sari", WHEN),
        ]
    )
    backend = Fake()
    result = fill(brief(), memory, Glossary.load(), backend)
    texts = dict((en, origin) for en, origin in english(result.brief))
    assert texts["The meeting was held in Jakarta."] == "human"
    assert texts["Ministry of Creative Economy"] == "glossary"
    assert texts["Both sides discussed film."] == "machine"  # cached machine text, not asked again
    assert texts["We are ready."] == "human"
    # Only what nothing else covered went to the machine: the title and the role.
    assert backend.asked == [["Rapat Kerja Sama Film", "Penggagas Komunitas Layar Tancap"]]
    assert texts["EN[Rapat Kerja Sama Film]"] == "machine"
    assert [e.source for e in result.new_entries] == [
        "Rapat Kerja Sama Film",
        "Penggagas Komunitas Layar Tancap",
    ]
    assert all(e.origin == "machine" and e.by == "fake-mt" for e in result.new_entries)
    assert result.brief.english == {"source": 0, "human": 3, "glossary": 1, "machine": 2, "missing": 0}


def test_a_failing_backend_is_a_warning_and_leaves_gaps() -> None:
    result = fill(brief(), None, None, Fake(fail=True))
    assert result.brief.english["missing"] == 6
    assert "could not be reached" in result.warnings[0] and "stays pending" in result.warnings[0]


def test_a_generated_title_label_stays_when_nothing_translates_it() -> None:
    result = fill(brief()).brief
    heading = result.sections[0].blocks[0]
    assert isinstance(heading, Subheading)
    assert heading.text.en == "Warta, Tuesday, 20 January 2026" and heading.text.origin == "generated"


class HalfDone(Fake):
    """A backend whose later batches fail after the first ones came back."""

    def translate(self, texts: Sequence[str], glossary: Sequence[tuple[str, str]] = ()) -> list[str]:
        self.asked.append(list(texts))
        error = MTError("machine translation: http://127.0.0.1:9/translate answered 503 after 4 attempts")
        error.partial = {i: f"EN[{t}]" for i, t in enumerate(texts) if i < 2}
        raise error


def test_a_backend_failing_halfway_keeps_and_remembers_what_came_back() -> None:
    result = fill(brief(), None, None, HalfDone())
    asked = result.new_entries
    assert [e.source for e in asked] == ["Rapat Kerja Sama Film", "Rapat digelar di Jakarta."]
    assert all(e.origin == "machine" and e.target.startswith("EN[") for e in asked)
    # "Rapat digelar di Jakarta." stands twice (background and next steps): both now machine.
    assert result.brief.english == {"source": 0, "human": 0, "glossary": 0, "machine": 2, "missing": 4}
    assert "answered 503" in result.warnings[0]
    assert "4 of 6 segment(s) stay pending" in result.warnings[0]


class Rambling(Fake):
    """A backend that answers one text with a page of words (a broken or hostile server)."""

    def translate(self, texts: Sequence[str], glossary: Sequence[tuple[str, str]] = ()) -> list[str]:
        return ["word " * 2000 if t == "Kami siap." else f"EN[{t}]" for t in texts]


def test_a_translation_far_longer_than_its_text_is_neither_used_nor_remembered() -> None:
    result = fill(brief(), None, None, Rambling())
    assert "Kami siap." not in [e.source for e in result.new_entries]
    assert len(result.new_entries) == 5
    assert result.brief.english["missing"] == 1
    assert any("1 answer(s) far longer than their text" in w for w in result.warnings)


def test_names_and_terms_go_behind_placeholders_and_a_mangled_answer_is_refused() -> None:
    from test_translate_mt import FakeServer, libretranslate

    from briefgen.translate.backends import LibreTranslateBackend
    from briefgen.translate.glossary import Term

    def drop_in_quotes(text: str) -> str:  # the engine loses the placeholder in one segment
        return text.replace("XGLS1X", "", 1) if "menegaskan" in text else text

    server = FakeServer(libretranslate(mangle=drop_in_quotes))
    try:
        composed = Brief(
            title=Bilingual.both("Ringkasan Kebijakan", "Policy Brief"),
            period=None,
            prepared=Bilingual.both("Senin, 26 Januari 2026", "Monday, 26 January 2026"),
            prepared_on=dt.date(2026, 1, 26),
            source_count=1,
            sections=[
                Section(
                    "statements",
                    Bilingual.both("Pernyataan", "Statements"),
                    [
                        Paragraph(pending("Kementerian Luar Negeri dan Sari Dewi sepakat.")),
                        QuoteBlock(pending("Sari Dewi menegaskan kerja sama."), "Sari Dewi"),
                    ],
                )
            ],
        )
        glossary = Glossary([Term("Kementerian Luar Negeri", "Ministry of Foreign Affairs", "organization")])
        heard: list[tuple[str, int, int]] = []
        backend = LibreTranslateBackend(server.url)
        result = fill(composed, None, glossary, backend, progress=lambda *told: heard.append(told))
    finally:
        server.close()
    sent = server.requests[0].body["q"]
    assert all("Sari Dewi" not in text and "Kementerian" not in text for text in sent)
    paragraph, quote = result.brief.sections[0].blocks
    assert isinstance(paragraph, Paragraph) and isinstance(quote, QuoteBlock)
    assert (
        paragraph.text.en == "Ministry of Foreign Affairs and Sari Dewi agreed."
        and paragraph.text.origin == "machine"
    )
    assert quote.text.en is None and quote.text.origin == "missing"  # refused: pending, not garbled
    assert result.brief.english["machine"] == 1 and result.brief.english["missing"] == 1
    assert result.brief.english["refused"] == 1 and result.refused == 1
    assert [e.source for e in result.new_entries] == ["Kementerian Luar Negeri dan Sari Dewi sepakat."]
    assert heard == [("translating segments", 0, 2), ("translating segments", 2, 2)]  # start, then the batch
    assert any("MT refused" in w for w in result.warnings)
