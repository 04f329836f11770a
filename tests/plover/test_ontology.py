"""The PLOVER ontology as the manual (DRAFT 2.0) states it: section and table numbers
refer to ../shared/reference/PLOVER_MANUAL.pdf."""

from __future__ import annotations

import pytest

from dyadwatch.errors import ConfigError
from dyadwatch.plover.ontology import load_ontology, read_ontology

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# Chapter 3 mode tables (Tables 3.1–3.11); types without a table have no modes.
MANUAL_MODES = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    },
    "ASSAULT": {
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional",
    },
}  # fmt: skip

# The shaded CATEGORY rows of Table 2.2 (ACCUSE: see test_accuse_score_reads_the_printed_3_as_minus_3).
TYPE_SCORES = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
    "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5,
    "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9,
}  # fmt: skip

# "Quad category: …" at the end of each type's section, numbered as in Table 7.2.
QUADS = {
    1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
    2: {"COOPERATE", "AID", "RETREAT"},
    3: {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
    4: {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"},
}

# Table 2.1 "General contexts".
MANUAL_CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
}  # fmt: skip


@pytest.fixture(scope="module")
def plover():
    return load_ontology()


def all_scores(ontology):
    for event_type in ontology.event_types.values():
        yield event_type.name, None, event_type.score
        for mode in event_type.modes.values():
            yield event_type.name, mode.name, mode.score


# --- what the ontology holds ------------------------------------------------------


def test_ontology_has_exactly_the_16_plover_event_types(plover):
    assert tuple(plover.event_types) == PLOVER_TYPES


@pytest.mark.parametrize("event", PLOVER_TYPES)
def test_event_type_modes_are_the_manuals(plover, event):
    assert set(plover.event_type(event).modes) == MANUAL_MODES[event]


def test_request_and_reject_share_their_modes(plover):
    # Tables 3.3 and 3.5: "These modes are shared with REJECT / REQUEST."
    assert set(plover.event_type("REQUEST").modes) == set(plover.event_type("REJECT").modes)


def test_event_type_names_itself_and_its_modes(plover):
    consult = plover.event_type("CONSULT")
    assert consult.name == "CONSULT"
    assert all(name == mode.name for name, mode in consult.modes.items())


def test_every_type_mode_and_context_has_a_definition(plover):
    texts = [t.definition for t in plover.event_types.values()]
    texts += [m.definition for t in plover.event_types.values() for m in t.modes.values()]
    texts += list(plover.contexts.values())
    assert all(text.strip() for text in texts)


def test_contexts_are_table_2_1s(plover):
    assert set(plover.contexts) == MANUAL_CONTEXTS


def test_auxiliary_modes_are_the_four_of_section_2_3(plover):
    assert set(plover.auxiliary_modes) == {"historical", "future", "hypothetical", "negation"}


# --- quad classes -------------------------------------------------------------------


def test_quad_codes_are_numbered_as_table_7_2(plover):
    assert dict(plover.quad_classes) == {
        "verbal_cooperation": 1,
        "material_cooperation": 2,
        "verbal_conflict": 3,
        "material_conflict": 4,
    }


def test_quad_classes_partition_the_event_types_as_the_sections_say(plover):
    by_code: dict[int, set[str]] = {code: set() for code in QUADS}
    for event_type in plover.event_types.values():
        by_code[event_type.quad_code].add(event_type.name)
    assert by_code == QUADS


def test_event_type_quad_class_and_code_agree(plover):
    assert all(plover.quad_classes[t.quad_class] == t.quad_code for t in plover.event_types.values())


def test_sanction_is_material_conflict_as_its_section_says(plover):
    # §3.13 and the §7.3 summary say material conflict; Table 7.2 alone lists it as verbal.
    assert plover.event_type("SANCTION").quad_class == "material_conflict"


# --- requires recipient -------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "required"),
    [
        ("COOPERATE", True),  # §3.5 "Requires recipient: Yes"
        ("AID", True),  # §3.6 "Requires recipient: Yes"
        ("SANCTION", True),  # §3.13 "Requires recipient: Yes"
        ("CONSULT", False),  # §3.2.2 "Requires recipient: No"
        ("PROTEST", False),  # §3.12 "Requires recipient: No" (the §7.3 summary says Yes)
        ("COERCE", False),  # §3.15 "Requires recipient: No"
        ("ASSAULT", False),  # §3.16.1 "Requires recipient: No"
    ],
)
def test_event_type_requires_recipient_as_its_section_says(plover, event, required):
    assert plover.event_type(event).requires_recipient is required


def test_only_cooperate_aid_and_sanction_require_a_recipient(plover):
    required = {t.name for t in plover.event_types.values() if t.requires_recipient}
    assert required == {"COOPERATE", "AID", "SANCTION"}


# --- scores -------------------------------------------------------------------------


def test_every_score_lies_between_minus_10_and_10(plover):
    outside = [(e, m, s) for e, m, s in all_scores(plover) if s is not None and not -10 <= s <= 10]
    assert outside == []


@pytest.mark.parametrize(("event", "score"), TYPE_SCORES.items())
def test_event_type_score_is_table_2_2s(plover, event, score):
    assert plover.score(event) == score


@pytest.mark.parametrize(
    ("event", "mode", "score"),
    [
        ("CONSULT", "visit", 4),
        ("CONSULT", "third-party", 1),
        ("RETREAT", "disarm", 10),
        ("REQUEST", "assist", 0.5),
        ("ACCUSE", "disapprove", -2),
        ("THREATEN", "territory", -4),
        ("PROTEST", "riot", -7),
        ("SANCTION", "expel", -5.5),
        ("COERCE", "martial-law", -7.5),
        ("ASSAULT", "unconventional", -10),
    ],
)
def test_score_is_the_modes_where_table_2_2_gives_one(plover, event, mode, score):
    assert plover.score(event, mode) == score


def test_score_falls_back_to_the_type_for_a_mode_table_2_2_leaves_out(plover):
    # PROTEST `vandalize` is in Table 3.7 but has no row in Table 2.2.
    assert plover.event_type("PROTEST").modes["vandalize"].score is None
    assert plover.score("PROTEST", "vandalize") == plover.score("PROTEST") == -5


def test_only_vandalize_lacks_a_score_of_its_own(plover):
    assert [(e, m) for e, m, s in all_scores(plover) if s is None] == [("PROTEST", "vandalize")]


def test_accuse_score_reads_the_printed_3_as_minus_3(plover):
    # Table 2.2 prints "ACCUSE 3"; its modes are −2, −3.5, −3.5 and it is verbal conflict.
    assert plover.score("ACCUSE") == -3


def test_type_scores_have_the_sign_of_their_quad(plover):
    cooperative = {t.name for t in plover.event_types.values() if t.quad_code in (1, 2)}
    assert all(plover.score(name) > 0 for name in cooperative)
    assert all(plover.score(name) <= 0 for name in set(PLOVER_TYPES) - cooperative)


# --- unknown names ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["FIGHT", "YIELD", "consult", ""])
def test_event_type_rejects_a_name_plover_does_not_have(plover, name):
    with pytest.raises(ConfigError, match="not a PLOVER event type"):
        plover.event_type(name)


def test_score_rejects_a_mode_of_another_type(plover):
    with pytest.raises(ConfigError, match="'riot' is not a mode of CONSULT"):
        plover.score("CONSULT", "riot")


def test_score_rejects_an_unknown_type(plover):
    with pytest.raises(ConfigError, match="'FIGHT'"):
        plover.score("FIGHT")


@pytest.mark.parametrize(
    ("event", "mode", "contexts"),
    [
        ("CONSULT", None, ()),
        ("CONSULT", "visit", ("diplomatic",)),
        ("ASSAULT", "crowd-control", ("repression", "human_rights")),
        ("PROTEST", "vandalize", ()),
        ("COERCE", "cyber", "cyber"),
    ],
)
def test_is_valid_accepts_the_manuals_combinations(plover, event, mode, contexts):
    assert plover.is_valid(event, mode, contexts)


@pytest.mark.parametrize(
    ("event", "mode", "contexts"),
    [
        ("FIGHT", None, ()),  # an old draft's name (Table 7.1 note), not a PLOVER type
        ("CONSULT", "riot", ()),  # a PROTEST mode
        ("AGREE", "visit", ()),  # AGREE has no modes
        ("ASSAULT", "sideAB", ()),  # commented out of Table 3.11
        ("CONSULT", "visit", ("diplomacy",)),  # the context is `diplomatic`
        ("CONSULT", "visit", ("future",)),  # an auxiliary mode, not a context
    ],
)
def test_is_valid_rejects_what_plover_does_not_have(plover, event, mode, contexts):
    assert not plover.is_valid(event, mode, contexts)


# --- loading ------------------------------------------------------------------------


def test_load_ontology_reads_the_file_once():
    assert load_ontology() is load_ontology()


def test_loaded_ontology_cannot_be_changed(plover):
    with pytest.raises(TypeError):
        plover.event_types["FIGHT"] = plover.event_types["ASSAULT"]  # type: ignore[index]
    with pytest.raises(TypeError):
        plover.event_type("CONSULT").modes["visit"] = None  # type: ignore[index]


MINIMAL = """\
[quad_classes]
verbal_cooperation = 1

[event_types.CONSULT]
definition = "All consultations and meetings."
quad_class = "verbal_cooperation"
requires_recipient = false
score = 2.5

[event_types.CONSULT.modes.visit]
definition = "Actor is visiting, recipient is hosting."
score = 4

[contexts]
diplomatic = "Diplomacy."

[auxiliary_modes]
future = "Announced."
"""


def test_read_ontology_reads_a_minimal_file(write):
    ontology = read_ontology(write("plover.toml", MINIMAL))
    assert ontology.score("CONSULT", "visit") == 4
    assert ontology.event_type("CONSULT").quad_code == 1


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("score = 2.5", "score = 11", ":8: event_types.CONSULT.score: Input should be less than or equal to 10"),
        ("score = 2.5", 'score = "2.5"', ":8: event_types.CONSULT.score: Input should be a valid number"),
        ("score = 2.5", "score = true", ":8: event_types.CONSULT.score: Input should be a valid number"),
        ("score = 2.5", "score = nan", ":8: event_types.CONSULT.score: Input should be a finite number"),
        ("score = 4", "score = -10.5", ":12: event_types.CONSULT.modes.visit.score: Input should be greater than or equal to -10"),
        ("score = 2.5\n", "", ":4: event_types.CONSULT.score: missing key"),
        ("score = 2.5", "socre = 2.5", ":8: event_types.CONSULT.socre: unknown key"),
        ('quad_class = "verbal_cooperation"', 'quad_class = "verbal"', ":6: event_types.CONSULT.quad_class: 'verbal' is not one of"),
        ("requires_recipient = false", 'requires_recipient = "no"', ":7: event_types.CONSULT.requires_recipient: Input should be a valid boolean"),
        ('definition = "All consultations and meetings."', 'definition = ""', ":5: event_types.CONSULT.definition: String should match"),
        ("verbal_cooperation = 1", "verbal_cooperation = 5", ":2: quad_classes.verbal_cooperation: Input should be less than or equal to 4"),
        ("verbal_cooperation = 1", "verbal_cooperation = 1\nmaterial_cooperation = 1", ":1: quad_classes: two quad classes share a code"),
        ('diplomatic = "Diplomacy."', "diplomatic = 3", ":15: contexts.diplomatic: Input should be a valid string"),
        ("[auxiliary_modes]\nfuture = \"Announced.\"\n", "", ": auxiliary_modes: missing key"),
        ("[contexts]", "[contexts", ": not valid TOML"),
    ],
)
def test_read_ontology_rejects_a_malformed_file_naming_file_line_and_key(write, old, new, message):
    assert old in MINIMAL
    path = write("broken.toml", MINIMAL.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        read_ontology(path)
    assert str(caught.value).startswith(f"{path}:")
    assert message in str(caught.value)


def test_read_ontology_reports_a_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the ontology file"):
        read_ontology(tmp_path / "absent.toml")
