"""The table of rules that judge a cue of a plan: every kind of cue reaches a rule that decides it."""

from __future__ import annotations

from briefgen.extract import step_cues, step_rules
from briefgen.extract.step_subjects import Subject

# Sentences written for this test, one or more cues of every kind among them.
SAMPLES = (
    "Dinas Koperasi akan menggelar pelatihan dan berencana membuka loket baru.",
    "Bupati meminta setiap camat menyusun daftar warga.",
    "Kantor itu wajib menyesuaikan tarif paling lambat 1 Maret 2027.",
    "Pemerintah kota harus menampung pedagang hingga akhir tahun.",
    "Rencana itu harus dikoordinasikan dengan pemkab.",
    "Museum dibuka untuk umum mulai 1 Desember 2026.",
    "Aturan itu diharapkan terbit sebelum akhir 2026.",
    "Warga di bantaran sungai agar tetap waspada.",
    "Setiap aduan akan kami teruskan, dan dinas punya kewajiban untuk menjawabnya.",
)


def _named(at: int) -> Subject:
    return Subject(True, "Dinas")


def test_every_kind_of_cue_is_decided_by_the_last_rule_at_the_latest() -> None:
    kinds = {kind for _, _, kind in step_cues._GUARDED}
    kinds |= {kind for text in SAMPLES for _, kind in step_cues.find_cues(text, quoted=False)}
    kinds |= {kind for _, kind in step_cues.find_cues("“If it rains, we can open a shelter,”", quoted=True)}
    assert {
        "weak",
        "strong",
        "request",
        "must",
        "with",
        "obligation",
        "opening",
        "expected",
        "appeal",
        "ours",
        "acted",
    } <= kinds
    assert "can" in kinds
    assert kinds <= step_rules._ALL, kinds - step_rules._ALL
    last_kinds, last_rule = step_rules.RULES[-1]
    assert last_kinds == step_rules._ALL
    assert last_rule.__name__ == "_acting_subject"


def test_each_rule_is_named_once_and_documented() -> None:
    names = [rule.__name__ for _, rule in step_rules.RULES]
    assert len(names) == len(set(names))
    assert all(rule.__doc__ for _, rule in step_rules.RULES)


def test_a_rejection_stops_the_sentence_and_a_skip_moves_on_to_the_next_cue() -> None:
    assert step_rules.judge("Ia memperkirakan harga akan naik.", _named, None, quoted=False) is None
    text = "Dinas itu sempat mengusulkan pasar baru, dan kini dinas akan membuka loket baru."
    assert [kind for _, kind in step_cues.find_cues(text, quoted=False)] == ["strong", "weak"]
    decided = step_rules.judge(text, _named, None, quoted=False)
    assert decided is not None and decided.actor == "Dinas"


def test_a_day_followed_by_a_forecast_is_no_schedule_a_day_with_an_act_is() -> None:
    forecast = "Panggungnya sudah dipasang, besok diperkirakan rampung"
    assert step_rules.judge(forecast, _named, None, quoted=True) is None
    plan = "Besok kami ke pelabuhan untuk memeriksa kapal"
    assert step_rules.judge(plan, _named, None, quoted=True) is not None


def test_emphasising_how_a_thing_must_be_done_is_a_principle_not_a_request() -> None:
    principle = "Menteri menegaskan agar semua kebijakan harus diambil secara hati-hati."
    assert step_rules.judge(principle, _named, None, quoted=False) is None
    request = "Menteri menegaskan agar petugas segera memeriksa gudang itu."
    assert step_rules.judge(request, _named, None, quoted=False) is not None


def test_the_verb_after_tapi_harus_shares_the_kita_that_opens_the_sentence() -> None:
    ours = "Kita tidak boleh diam saja tapi harus memeriksa setiap laporan warga"
    assert step_rules.judge(ours, _named, None, quoted=True) is not None
    theirs = "Harga tidak boleh naik tapi harus mengikuti aturan pusat"
    assert step_rules.judge(theirs, lambda at: Subject(False), None, quoted=True) is None


def test_what_an_event_will_offer_is_a_step_what_it_will_bring_about_is_not() -> None:
    nobody = lambda at: Subject(False)  # noqa: E731 (an event is no one who acts)
    for offer in (
        "Pameran ini pun akan menampilkan tenun dari tiga desa.",
        "The fair will also feature a night market for local cooks.",
    ):
        assert step_rules.judge(offer, nobody, None, quoted=False) is not None, offer
    for outcome in (
        "Festival ini akan meningkatkan kunjungan wisatawan.",
        "The fair will boost sales in the old town.",
        "Pedagang itu akan menghadirkan menu baru.",
    ):
        assert step_rules.judge(outcome, nobody, None, quoted=False) is None, outcome


def test_a_courtesy_or_a_turn_of_speech_is_done_in_the_saying_a_plan_beside_it_still_counts() -> None:
    for courtesy in (
        "Kami ucapkan juga selamat ulang tahun untuk Dinas Perhubungan",
        "Perkenankan pimpinan membacakan susunan acara rapat ini",
        "Katakan dan bayangkan betapa ramainya pasar itu nanti",
        "Saya sampaikan terima kasih kepada seluruh relawan desa",
    ):
        assert step_rules.judge(courtesy, _named, None, quoted=True) is None, courtesy
    for plan in (
        "Kami ucapkan terima kasih, dan kami akan membuka posko pada Senin",
        "Hasil rapat ini akan kami sampaikan kepada dinas terkait",
    ):
        assert step_rules.judge(plan, _named, None, quoted=True) is not None, plan


def test_an_english_belief_adjective_governs_the_future_after_it_making_sure_does_not() -> None:
    for belief in (
        "The minister is optimistic that the agency will open ten new offices",
        "I am confident that the council will approve the budget next month",
        "The governor was quite sure the ministry would send more doctors",
        "We are convinced that the city will finish the bridge in May",
    ):
        assert step_rules.judge(belief, _named, None, quoted=False) is None, belief
    for plan in (
        "The agency will make sure that every clinic receives the vaccine",
        "In certain districts, the agency will open mobile clinics next week",
    ):
        assert step_rules.judge(plan, _named, None, quoted=False) is not None, plan


def test_the_governing_scans_find_where_the_patterns_first_match_end() -> None:
    # belief, habit and former are read by scans at the sentence's words (issue 17): the same ends
    # as the patterns' own search, on sentences written for this test and on every corpus sentence.
    from test_extract_step_cues import _corpus_sentences

    from briefgen.extract.patterns import words_of
    from briefgen.extract.step_verdict import end_of_first, first_end

    written = [
        *SAMPLES,
        "Kami yakin jembatan itu akan rampung, dan biasanya dinas selalu menepati janji.",
        "Semula proyek itu akan selesai pada 2025, tetapi kemungkinan mundur.",
        "Originally the ministry would open the road, and it usually does.",
        "Sebisa mungkin pemkot akan menambah armada; mungkin juga jalur baru.",
        "KAMI HARAPKAN warga mendaftar; \u0130stanbul tidak disebut.",
    ]
    patterns = (step_rules._BELIEF, step_rules._HABIT, step_rules._FORMER)
    for text in [*written, *_corpus_sentences()]:
        words = words_of(text.lower())
        for pattern, scanned in zip(patterns, step_rules._governing_scans(), strict=True):
            assert first_end(scanned, text, words) == end_of_first(pattern, text), text
