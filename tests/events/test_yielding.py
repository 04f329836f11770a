"""Yielding constructions the coder reads: material retreats (RETREAT, PLOVER manual §3.7:
releases, withdrawals, resignations, handing over power) and verbal concessions (CONCEDE,
§3.4: calling off a strike, easing restrictions, dropping or clearing charges, amnesties,
admissions of fault, conciliatory gestures), one table per construction, each with rows
the construction must not code.

Every row is a wire-style sentence written for these tests and the events an analyst
codes from it by the manual, written `TYPE ACTOR>RECIPIENT` (several codes joined by "+",
no recipient as "RETREAT SYR>"), compared as distinct signatures of the events that are
not negated, as in tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row

from dyadwatch.events.patterns import load_patterns
from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    """The spaCy model and the patterns, loaded once for the module."""
    load_nlp()
    load_patterns()


# Releasing the people a state or group holds is a release (RETREAT release) toward the
# party they belong to, when the sentence names it (§3.7); releasing a report, a
# statement or figures, or freeing someone from debt, releases no captive.
RELEASES = [
    row("Georgia released four Russian officers on Monday.", "RETREAT GEO>RUS", id="released-officers"),
    row("Iran freed two British diplomats on Thursday.", "RETREAT IRN>GBR", id="freed-diplomats"),
    row("The Iraqi government released three Jordanian pilgrims on Friday.", "RETREAT IRQ>JOR", id="released-pilgrims"),
    row("Israel freed 50 Hamas militants on Sunday.", "RETREAT ISR>PSE", id="freed-militants-of-a-group"),
    row("Four Turkish engineers were freed by Iraqi insurgents on Tuesday.", "RETREAT IRQ>TUR",
        id="passive-freed-by"),
    row("The Chinese government released the report on Monday.", id="released-a-report"),
    row("The Indonesian foreign ministry released a statement on the talks.", id="released-a-statement"),
    row("The Japanese government released the figures on Friday.", id="released-figures"),
    row("The new law freed Kenyan farmers from debt.", id="freed-from-debt"),
    row("The German army released its findings on the crash.", id="released-findings"),
    # unnamed captives are not taken for the releaser's own people
    row("Israel released prisoners on Monday.", "RETREAT ISR>", id="unnamed-prisoners-no-recipient"),
]


@pytest.mark.parametrize(("sentence", "events"), RELEASES)
def test_coder_codes_released_captives_toward_their_party(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# A named person set free is a release too; a product or a file released by name is not.
NAMED_RELEASES = [
    row("A Santiago court released Pinochet on bail.", "RETREAT CHL>CHL", id="court-released-on-bail"),
    row("Israel freed Marwan Barghouti on Tuesday.", "RETREAT ISR>PSE", id="freed-a-named-prisoner"),
    row("Microsoft released Windows Vista in January.", id="released-a-product"),
    row("Israel traded Barghouti for the soldiers.", id="traded-by-name"),
]


@pytest.mark.parametrize(("sentence", "events"), NAMED_RELEASES)
def test_coder_codes_a_named_person_set_free_as_a_release(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Withdrawing forces is a retreat from the place left (§3.7 withdraw), also when the object
# counts them ("the last of its troops").
WITHDRAWALS = [
    row("Damascus pulled out the last of its troops from Lebanon.", "RETREAT SYR>LBN", id="last-of-its-troops-from"),
]


@pytest.mark.parametrize(("sentence", "events"), WITHDRAWALS)
def test_coder_codes_a_withdrawal_toward_the_place_left(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Giving up office (§3.7 resign): resigning, handing over power; "resigned himself to"
# accepts a fate, and control of a place handed over is no resignation.
RESIGNATIONS = [
    row("Fidel Castro handed over the reins of power to his brother Raul.", "RETREAT CUB>", id="reins-of-power"),
    row("The Thai junta transferred power to a civilian government.", "RETREAT THA>THA", id="transferred-power"),
    row("The Pakistani government handed over power to a caretaker cabinet.", "RETREAT PAK>PAK",
        id="handed-over-power"),
    row("The Israeli defence minister resigned himself to a long war.", id="resigned-himself-to"),
]


@pytest.mark.parametrize(("sentence", "events"), RESIGNATIONS)
def test_coder_codes_giving_up_office_as_a_resignation(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Calling off a strike or protest is a concession (§3.4, suspending protests), also when
# the strike is named "strike action" or a walkout.
CALLED_OFF = [
    # pilots are organized labour (sectors.tsv): their calling a strike off concedes to their government, as workers'
    row("Israeli pilots called off threatened strike action.", "CONCEDE ISR>ISR", id="strike-action"),
    row("French rail workers called off their walkout.", "CONCEDE FRA>FRA", id="walkout"),
    row("Israeli pilots called off their holiday.", id="called-off-a-holiday"),
]


@pytest.mark.parametrize(("sentence", "events"), CALLED_OFF)
def test_coder_codes_calling_off_a_strike_as_a_concession(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Amnesties given to a party, and acquittals ("cleared X of charges"), are concessions of
# whoever gives them toward the one spared (§3.4 ambiguities). The one cleared concedes
# nothing; a court that is not named is not guessed; clearing a place of mines is no acquittal.
AMNESTIES_AND_ACQUITTALS = [
    row("The Indonesian government gave the Aceh rebels complete amnesty.", "CONCEDE IDN>IDN", id="gave-amnesty"),
    row("President Museveni offered an amnesty to the Ugandan rebels.", "CONCEDE UGA>UGA", id="offered-amnesty-to"),
    row("A Paris court cleared the former French minister of corruption charges.", "CONCEDE FRA>FRA",
        id="court-cleared-of-charges"),
    row("An Egyptian court cleared two Sudanese students of all charges.", "CONCEDE EGY>SDN",
        id="cleared-foreigners-of-charges"),
    row("The minister was cleared of all charges.", id="cleared-by-no-one-named"),
    row("The Israeli army cleared the area of mines.", id="cleared-of-mines"),
]


@pytest.mark.parametrize(("sentence", "events"), AMNESTIES_AND_ACQUITTALS)
def test_coder_codes_amnesties_and_acquittals_as_concessions(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Owning up to a wrong is an expression of regret (§3.4 ambiguities); taking
# responsibility for an attack claims it, responsibility for no act of one's own is a duty
# taken on, and acknowledging that talks failed owns no fault.
ADMISSIONS = [
    row("US President George W. Bush took responsibility for ordering the invasion.", "CONCEDE USA>",
        id="took-responsibility-for"),
    row("The Japanese government admitted its mistakes.", "CONCEDE JPN>", id="admitted-mistakes"),
    row("The Russian defence ministry accepted the blame for the accident.", "CONCEDE RUS>", id="accepted-the-blame"),
    row("British Prime Minister Tony Blair took full responsibility for his advice to the attorney general.",
        "CONCEDE GBR>", id="responsibility-for-his-advice"),
    row("Hamas took responsibility for the bombing in Tel Aviv.", id="responsibility-for-a-bombing"),
    row("The United Nations accepted its responsibility for dealing with abuse by peacekeepers.",
        id="its-responsibility-a-duty"),
    row("German Chancellor Angela Merkel said Germany has taken responsibility for the North.",
        id="responsibility-for-a-region"),
    row("The Afghan government acknowledged the failure of the talks.", id="acknowledged-a-failure"),
]


@pytest.mark.parametrize(("sentence", "events"), ADMISSIONS)
def test_coder_codes_owning_up_to_a_wrong_as_a_concession(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# A conciliatory gesture made is a concession toward whom it is made (§3.4); a gesture of
# defiance is none.
GESTURES = [
    row("The pope made a conciliatory gesture toward Turkey.", "CONCEDE VAT>TUR", id="conciliatory-gesture-toward"),
    row("The Greek government made a goodwill gesture to Turkey.", "CONCEDE GRC>TUR", id="goodwill-gesture-to"),
    row("The pope made a gesture of defiance toward China.", id="gesture-of-defiance"),
]


@pytest.mark.parametrize(("sentence", "events"), GESTURES)
def test_coder_codes_a_conciliatory_gesture_as_a_concession(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Allowing observers, inspectors or experts in is a retreat toward their body (§3.7
# access), also when the parser makes them the subject of the infinitive ("allowed IAEA
# experts to inspect"); letting a currency rise admits no one.
ACCESS = [
    row("Iran allowed IAEA experts to inspect two nuclear sites.", "RETREAT IRN>IGO", id="allowed-experts-to"),
    row("Sudan allowed UN investigators to enter Darfur.", "RETREAT SDN>UNO", id="allowed-investigators-to"),
    row("The Chinese government allowed the yuan to rise.", id="allowed-a-currency-to"),
]


@pytest.mark.parametrize(("sentence", "events"), ACCESS)
def test_coder_codes_letting_monitors_in_as_access(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Easing restrictions on a people is a concession to them (§3.4), also a requirement eased
# "for" them.
EASING = [
    row("Turkey eased visa requirements for Russian citizens.", "CONCEDE TUR>RUS", id="eased-requirements-for"),
    row("The Turkish central bank eased its requirements on Monday.", "CONCEDE TUR>", id="eased-requirements"),
]


@pytest.mark.parametrize(("sentence", "events"), EASING)
def test_coder_codes_easing_requirements_as_a_concession(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Words of yielding used of things that are no party's concession: a company dropping a
# product, a forecast lowered, a party resigned to a fate.
NO_CONCESSIONS = [
    row("The German company dropped the product from its range.", id="company-dropped-a-product"),
    row("The Japanese government lowered its growth forecast.", id="lowered-a-forecast"),
    row("Palestinian leaders resigned themselves to a long wait.", id="resigned-themselves-to"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_CONCESSIONS)
def test_coder_codes_no_concession_where_no_party_yields(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events
