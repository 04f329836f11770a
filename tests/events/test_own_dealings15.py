"""Backing one's own side's dealings with another party is aimed at that party:
"reiterated his support for his country's trade relations with Vietnam" is SUPPORT
USA>VNM, not USA>USA. Backing one's own plans with no other party named stays as it was.

Every sentence is written for these tests, wire-style.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

BACKING = [
    row("U.S. President George W. Bush on Friday reiterated his support for Congressional approval of his country's "
        "normal trade relations with Vietnam.", "SUPPORT USA>VNM", id="own-trade-relations-with-another-state"),
    row("Angela Merkel voiced support for her country's cooperation with China.", "SUPPORT DEU>CHN",
        id="own-cooperation-with-another-state"),
    row("Angela Merkel voiced support for her government's reform plans.", "SUPPORT DEU>DEU",
        id="own-plans-no-other-party"),
]


@pytest.mark.parametrize(("sentence", "events"), BACKING)
def test_backing_own_dealings_is_aimed_at_the_partner(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
