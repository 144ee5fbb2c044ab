"""The English cues of a plan and the English forecasts the rules read around them (sentences
written for this test)."""

from __future__ import annotations

import datetime as dt

from briefgen.extract import extract
from briefgen.extract.step_english import ASKED_FOR, MODAL, OUTCOME_EN, PASSIVE_EN, REQUEST_EN
from briefgen.model import Article

TODAY = dt.date(2026, 11, 22)


def test_a_request_names_its_addressee_and_the_report_of_being_asked_is_none() -> None:
    assert REQUEST_EN.search("The mayor asked the district heads to repair the bridges.")
    assert REQUEST_EN.search("She was asked to open the fair.") is None
    assert REQUEST_EN.search("They were asked to leave early.") is None
    assert REQUEST_EN.search("He was also asked about a ship that was said to have left.") is None


def test_an_act_asked_for_as_a_noun_but_not_a_comment() -> None:
    assert ASKED_FOR.search("The minister requested an increase in the clinic budget.")
    assert ASKED_FOR.search("The reporter asked for a comment from the ministry.") is None


def test_a_modal_is_a_verb_not_a_noun() -> None:
    assert MODAL.search("The agency will open two offices.")
    assert MODAL.search("It takes political will to change.") is None


def test_an_outcome_or_a_passive_of_fate_is_told_apart_from_a_passive_plan() -> None:
    assert OUTCOME_EN.search("will benefit from the new port")
    passive = PASSIVE_EN.search("The budget will be discussed next week.")
    assert passive is not None and passive.group("verb") == "discussed"


def test_is_to_announces_a_plan_of_an_acting_subject() -> None:
    def steps(sentence: str) -> list[tuple[str, str | None]]:
        lead = "PERTH - The state premier opened the new harbour office on Monday with two mayors."
        facts = extract(Article("x", None, [lead, sentence]), today=dt.date(2026, 11, 22))
        return [(s.text, s.actor) for s in facts.next_steps]

    assert steps("The minister is to meet her Fijian counterpart on Friday.") == [
        ("The minister is to meet her Fijian counterpart on Friday.", "The minister")
    ]
    assert [t for t, _ in steps("About 300 nurses are to be sent home soon.")] == [
        "About 300 nurses are to be sent home soon."
    ]
    for sentence in (
        "The aim is to cut the queue at the port.",
        "The agency is to blame for the delay.",
        "Her trip is to promote the island.",
    ):
        assert steps(sentence) == [], sentence
    assert PASSIVE_EN.search("Two ships are to be repaired.") is not None


def test_encouraging_reminding_or_telling_someone_to_act_is_a_request() -> None:
    assert REQUEST_EN.search("The minister encouraged the district offices to open on Saturdays.")
    assert REQUEST_EN.search("She reminded all nurses to wear gloves.")
    assert REQUEST_EN.search("He told the village heads to count the boats by May.")
    # told what is so, encouraged a thing, reminded of a fact: no one is asked to act
    assert REQUEST_EN.search("He told reporters that the port would open.") is None
    assert REQUEST_EN.search("The fund encouraged trade deals with other countries to grow.") is None
    assert REQUEST_EN.search("The mayor reminded residents that the market is shut.") is None


def test_a_body_ready_to_act_commits_itself() -> None:
    lead = "PERTH - The state premier opened the new harbour office on Monday with two mayors."
    for sentence in (
        "The provincial government is ready to fund the new clinic.",
        "The two councils are also ready to share their depots.",
    ):
        facts = extract(Article("x", None, [lead, sentence]), today=dt.date(2026, 11, 22))
        assert [s.text for s in facts.next_steps] == [sentence], sentence
    facts = extract(Article("x", None, [lead, "The bridge is ready to be used."]), today=TODAY)
    assert facts.next_steps == []


def test_an_english_target_stated_pursued_or_held_is_a_step_one_reached_is_not() -> None:
    lead = "PERTH - The state premier opened the new harbour office on Monday with two mayors."
    for sentence in (
        "The target is 800,000 foreign visitors.",
        "The target for cruise passengers is 40,000.",
        "The agency attempted to achieve the export target of 4.5 percent in 2027.",
        "The state is pursuing the target of doubling its solar capacity by 2030.",
        "The council has an ambitious target to plant a million trees.",
        "The premier aims for 2 million visitors a year.",
    ):
        facts = extract(Article("x", None, [lead, sentence]), today=TODAY)
        assert [s.text for s in facts.next_steps] == [sentence], sentence
    for sentence in (
        "The target last year was 600,000.",
        "The port achieved its target of 40,000 passengers in 2025.",
        "Arrivals rose 8 percent, meeting the target of 700,000 set in 2025.",
        "The agency failed to reach the target of 5 percent.",
    ):
        facts = extract(Article("x", None, [lead, sentence]), today=TODAY)
        assert facts.next_steps == [], sentence


def test_a_plan_someone_holds_is_a_step_the_plans_described_are_not() -> None:
    lead = "The regent met farmers in Seruni on Monday."
    for sentence, step in (
        ("The province plans more than 30 irrigation projects next year, the regent said.", None),
        ("Among the plans is a seed bank to serve three districts.", None),
        ("The planning agency has also included the seed bank in its plan.", None),
        (
            "“For the dams, yes, we already have a plan,” the regent said.",
            "For the dams, yes, we already have a plan",
        ),
    ):
        facts = extract(Article("x", None, [lead, sentence]), today=TODAY)
        assert [s.text for s in facts.next_steps] == [step or sentence], sentence
    facts = extract(Article("x", None, [lead, "The plans drew criticism from the farmers."]), today=TODAY)
    assert facts.next_steps == []


def test_what_a_sum_will_be_used_for_is_a_plan_being_used_by_people_is_not() -> None:
    lead = "The regent met farmers in Seruni on Monday."
    plan = "The grant will be used to repair 40 irrigation gates."
    facts = extract(Article("x", None, [lead, plan]), today=TODAY)
    assert [s.text for s in facts.next_steps] == [plan]
    facts = extract(Article("x", None, [lead, "The new road will be used by many traders."]), today=TODAY)
    assert facts.next_steps == []


def _english_steps(*paragraphs: str) -> list[str]:
    facts = extract(Article("x", None, list(paragraphs)), today=TODAY)
    return [s.text for s in facts.next_steps]


def test_support_pledged_or_sought_an_aim_in_the_progressive_and_talks_still_going_on_are_steps() -> None:
    found = _english_steps(
        "The agency said four ministries have pledged their support for the school programme.",
        "The governor also sought the regencies' support for the housing drive.",
        "The ministry is also aiming to finish the two ports.",
        "Talks are ongoing to raise the subsidy for fishermen.",
        "The new rule is still under review at the ministry.",
        "He said the programme will generate huge benefits for farmers.",
    )
    assert [text.split()[1] for text in found] == ["agency", "governor", "ministry", "are", "new"]
    assert OUTCOME_EN.match("will generate jobs")
    assert ASKED_FOR.search("She sought the council's cooperation on the plan.")
