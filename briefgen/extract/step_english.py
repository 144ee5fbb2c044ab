"""English cues of a plan and the English patterns the rules read around them ("will", "is
scheduled to", "asked X to", "must"; "will be affected", "would benefit" as forecasts), kept
apart from the Indonesian ones of ``step_cues`` and ``step_rules``."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import words

_NOT_ASKED_FOR = (
    r"(?!(?:(?:a|an|the|his|her|their)\s+)?(?:response|comment|reaction|clarification|explanation"
    r"|opinion|view|help)s?\b)[a-z]"
)

ASKED_FOR = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\balso\s)\b(?:ask(?:s|ed)?|call(?:s|ed)|appeal(?:s|ed))"
    r"\s+for\s+"
    + _NOT_ASKED_FOR
    # "the governor requested a rise in the count of nurses": the act asked for as a noun
    + r"|\b(?:requested|demanded|sought)\s+(?:an?|more|additional|further)\s+"
    + _NOT_ASKED_FOR
    # "He also sought regional governments' support for the housing programme": support sought of
    # someone named
    + r"|\b(?:sought|seeks?|seeking)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:support|cooperation|assistance)\b",
    re.IGNORECASE,
)

# English events with their date: "the summit to be held in Washington on 12 October", "The fair
# will run from 4 p.m. on Friday, May 15" (checked for a date: "the pain will run deep" is none).
EVENT_EN = re.compile(
    r"\b(?:to\s+be\s+held|(?:will|shall)\s+(?:take\s+place|run|kick\s+off|open|begin|start|last"
    # ("The agreement will take effect in January 2027": a measure in force from a date)
    r"|take\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force))\b",
    re.IGNORECASE,
)

# English: "We would like to cooperate with …" (not "would like to thank …"): the speaker's intent.
WISH_EN = re.compile(
    r"\b(?:we|I)\s+(?P<at>would)\s+like\s+to\s+(?!(?:thank|congratulate|express|say|extend|welcome|appreciate"
    r"|convey|ask|see|know|hear|emphasi[sz]e|stress|add|mention|remind|point|invite|share)\b)[a-z]{3,}",
    re.IGNORECASE,
)

# English bodies and office holders that can act: the bodies, the units of government at every
# level ("the provinces", "three other regencies", "the embassy", "his side") and the office
# holders named by their title ("the minister", "the ambassador").
ENGLISH_AGENTS = words(
    """
    fund government governments ministry ministries agency agencies company companies bank council
    committee team office offices authority authorities administration administrations delegation
    board firm firms institution institutions organisation organization organisations organizations
    university universities police sides side parties country countries participants delegates
    exhibitors department departments directorate commission parliament legislature embassy
    embassies consulate mission military army navy taskforce force
    province provinces regency regencies district districts city cities municipality municipalities
    industry industries business businesses enterprises
    village villages town towns county counties subdistrict subdistricts
    governor governors regent regents mayor mayors minister ministers president premier chancellor
    commissioner
    ambassador ambassadors consul envoy secretary director chairman chairwoman chairperson head
    chief spokesperson spokesman spokeswoman official officials officer officers
    """
)

# English requests: "asked the regents to …", "urged all parties not to …", "requested that the
# officials …", "sent an invitation to a mayor to attend …" ("in order to" is no order).
REQUEST_EN = re.compile(
    # ("he said he was asked to meet the president" tells what happened to the speaker)
    r"(?<![Hh]e\swas\s)(?<!\bI\swas\s)(?<![Ww]e\swere\s)(?<![Tt]hey\swere\s)(?<!\bwas\salso\s)(?<!\bwere\salso\s)"
    r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|urge[sd]?|advise[sd]?|instruct(?:s|ed)?|ordered"
    r"|invite[sd]?|call(?:s|ed)\s+on|appeal(?:s|ed)?\s+to|direct(?:s|ed)|tasked"
    r"|(?:extend(?:s|ed)?|sent|sends|issued)\s+an\s+invitation)\b"
    r"(?=[^.;]{0,200}?\b(?:that|to\s+(?:not\s+)?(?!the\b|an?\b|his\b|her\b|their\b|its\b|our\b)[a-z]))"
    # the other verbs of pressing and telling someone to act, only with "to" and an act
    # ("reminded all staff to …", "told the heads to …"; "told reporters that …" reports,
    # "reminded that …" informs)
    r"|\b(?:remind(?:s|ed)?|tell|tells|told|press(?:es|ed)|push(?:es|ed)|command(?:s|ed))\b"
    r"(?=\s+(?!(?:to|that|for|on)\b)[^.;]{1,200}?\bto\s+(?:not\s+)?(?!the\b|an?\b|his\b|her\b|their\b|its\b|our\b)[a-z])"
    # "encouraged the local administrations to hold …": encouraging names who is to act, a body
    # or an office holder (ENGLISH_AGENTS) or a pronoun, right before "to" ("encouraged trade
    # agreements to boost exports", "encourage growth to be stable" encourage things)
    # (the head of the object, not a noun after a preposition: "agreements with other countries")
    r"|\bencourag(?:e|es|ed)\b(?=\s+(?:(?!(?:with|of|from|in|between|among|for|to)\b)[\w'’-]+\s+){0,5}?(?:"
    + "|".join(sorted(ENGLISH_AGENTS))
    + r"|them|him|her|us|you|everyone|all)\s+to\s+(?:not\s+)?[a-z])"
)

# English: "the government must be selective", "we should establish …"
MUST_EN = re.compile(
    r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?!not\b)(?:also\s+|continue\s+to\s+)?[a-z]{2,}\b",
    re.IGNORECASE,
)

# "the ministry's plan to build 40 clinics": a body's plan named as a noun, unless it is given as
# the cause of something else ("the rise is caused by the country's plan to …").
PLAN_OF = re.compile(r"(?:['’]s|\bits|\btheir|\bour)\s+(?:new\s+)?plans?\s+to\s+[a-z]")

CAUSED = re.compile(r"\b(?:caused\s+by|due\s+to|because\s+of|driven\s+by|owing\s+to)\b[^.;]*$", re.IGNORECASE)

# An English modal: "will", "would", "shall" — not "political will", "good will"; and the "is to"
# of a plan announced ("The minister is to meet her counterpart on Friday", "workers are to be
# sent home"), which needs an acting subject like any future ("the aim is to …" names a thing;
# "is to blame" assigns blame).
# ("This is to reduce the spread …": the purpose of what was just told, not a plan)
_NOT_PURPOSE = r"(?<!\bThis\s)(?<!\bthis\s)(?<!\bIt\s)(?<!\bThat\s)"
_IS_TO = _NOT_PURPOSE + r"(?:is|are)\s+(?:also\s+)?to(?=\s+(?!blame\b)[a-z]{2,})"
MODAL = re.compile(
    r"(?<!\bpolitical\s)(?<!\bgood\s)(?<!\bfree\s)\b(?:will|would|shall|(?:is|are|am)\s+going\s+to|"
    + _IS_TO
    + r")\b(?!\s+not\b)"
)

# "By March we can open the new office", "if the river rises again, we can
# move the families to …": what the speaker's side can do, a step with a date or a condition (checked).
CAN = re.compile(
    r"\b(?:we|I)\s+(?P<can>can)\s+(?:also\s+|then\s+)?(?!(?:be|see|say|only|not|hope|expect)\b)[a-z]{3,}"
)

# "Issues on the budget will be discussed soon": an English passive future, what will be done
# without saying by whom. Passives of feeling or fate ("will be affected") are forecasts.
PASSIVE_EN = re.compile(
    r"\b(?:will|would|shall|(?:is|are|am)\s+going\s+to|(?:is|are)\s+(?:also\s+)?to)"
    r"\s+(?:(?:also|soon|then|immediately|further|later|first)\s+)?be\s+"
    r"(?:(?:officially|formally|fully|jointly|gradually)\s+)?(?P<verb>[a-z]{2,}(?:ed|en|ht|wn|ld|un|ne|lt|nt))\b"
)

# "will benefit", "would be ready", "will grow": what is foreseen to happen, not what someone does.
OUTCOME_EN = re.compile(
    r"(?:will|would|shall|(?:is|are)\s+(?:also\s+)?to)\s+(?:(?:also|further|certainly|surely|likely|probably|only)\s+)?"
    # ("will be visiting", "will be opening": the future progressive of an act, no outcome)
    r"(?:be(?!\s+(?:\w+ly\s+)?(?:present|involved|(?!being\b)[a-z]{3,}ing)\b)|become|remain|benefit|help|improve"
    r"|increase|grow|rise|fall|decline|drop|boost|affect|face|need"
    r"|get|see|suffer|lose|gain|expect|hope|like|run|achieve|generate|yield)\b"
)

NOT_PASSIVE_PLANS_EN = words(
    """
    affected impacted hit felt seen known needed required welcomed appreciated influenced expected
    considered regarded deemed remembered loved liked used pleased disappointed surprised worried
    """
)

MONTH_EN = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)

# English obligations: "the government must be selective", and in a quotation "we should …".
# (office holders addressed by their title, as "Camat harus …": "Governors must anticipate …")
ENGLISH_BODIES = words(
    "government ministry authorities authority administration agency office council governors regents mayors"
)

# "The agency aims to halve the backlog by 2030": an aim, a plan when its subject can act ("the
# scheme aims to cut …" states a purpose; "we aim to …" in a speech is an aspiration).
# ("The premier aims for 2 million visitors", "she aims for longer stays": an aim with its object)
# ("the government is also aiming to complete 16 projects": the progressive, the same aim)
AIMS_EN = re.compile(
    r"(?<!\b[Ww]e\s)(?<!\bI\s)\b(?:aims?|(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?aiming)"
    r"\s+(?:to\s+(?!be\b)[a-z]|for\s+\w)"
)

# English targets: "The target is 800,000 visitors", "The target for cruise passengers is 40,000"
# (a target stated as a figure, not one that was: "The target last year was …"); a target
# pursued, with its figure or year ("tried to achieve the export target of 4.5 percent in 2027",
# "is pursuing the target of … by 2030", not one reached: "achieved", "failed to reach"); a target
# someone has ("the council has a bold target to plant a million trees").
TARGET_EN = re.compile(
    r"(?:^|[,;:]\s*)(?P<cue>(?:(?:The|Its|Their|Our|His|Her|the|its|their|our|his|her)\s+)?"
    r"(?:(?:new|main|official|annual|overall)\s+)?[Tt]argets?)(?:\s+(?:for|of)\s+[^.;,]{1,60}?)?"
    r"\s+(?:is|are|remains?|will\s+be)\s+(?:(?:set\s+)?at\s+)?(?:about\s+|around\s+|some\s+|at\s+least\s+)?\d"
    r"|(?<!\bfailed\sto\s)(?<!\bnot\s)(?<!\bunable\sto\s)"
    # (a participle only in a progressive: "is pursuing …"; ", meeting the target of …" is a result)
    r"\b(?P<pursued>achieve|reach|meet|pursue|attain"
    r"|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bam\s)|(?<=\bbe\s))(?:achieving|reaching|meeting|pursuing|attaining))\s+"
    r"(?:(?:the|its|their|our|an?)\s+)?(?:[\w-]+\s+){0,4}?targets?\b(?=[^.;]{0,80}?\d)"
    r"|\b(?:has|have)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?P<has>target)\s+(?:to|of)\s+[a-z\d]"
)
