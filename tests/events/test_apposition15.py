"""An apposition listing several states names the parties its phrase stands for: "The EU
big-three -- Britain, France and Germany -- are to meet Iranian officials" is an act of
the three states, not of the EU. An apposition naming one party, or a person, changes
nothing.

Every sentence is written for these tests, wire-style.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row

APPOSITIONS = [
    row("The EU big-three -- Britain, France and Germany -- are expected to meet Iranian officials on December 21.",
        "AGREE DEU+FRA+GBR>IRN", id="dash-set-list"),
    row("The three European powers, Britain, France and Germany, met Iranian officials in Geneva on Monday.",
        "CONSULT DEU+FRA+GBR>IRN", id="comma-set-list"),
    row("The European Union's current president, Finland, met Iranian officials in Geneva on Monday.",
        "CONSULT EUR>IRN", id="one-state-is-no-list"),
]


@pytest.mark.parametrize(("sentence", "events"), APPOSITIONS)
def test_a_listed_apposition_names_the_parties(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events
