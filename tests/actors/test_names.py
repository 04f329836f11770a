"""Actor arguments: codes, names and people the actor knowledge knows, resolved in the
command layer; the store's query modules never load the actor knowledge."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dyadwatch.actors.names import actor_name, resolve_actor
from dyadwatch.errors import ConfigError


@pytest.mark.parametrize(("name", "code"), [
    ("PRK", "PRK"), ("North Korea", "PRK"), ("Pyongyang", "PRK"), ("Russia", "RUS"), ("the Kremlin", "RUS"),
    ("US", "USA"), ("United Nations", "UNO"), ("prk", "PRK"), ("UAE", "ARE"), ("KOS", "KOS"),
    ("Kim Jong Un", "PRK"), ("Sergei Lavrov", "RUS"), ("Xi Jinping", "CHN"),
])
def test_resolve_actor_accepts_codes_names_and_people(name, code):
    assert resolve_actor(name) == code


def test_resolve_actor_says_what_it_accepts_for_an_unknown_name():
    with pytest.raises(ConfigError, match="actor code .* Kim Jong Un"):
        resolve_actor("Atlantis")


def test_actor_name_of_states_and_non_state_codes():
    assert (actor_name("PRK"), actor_name("UNO"), actor_name("QQQ")) == ("North Korea", "United Nations", None)


def test_the_store_query_modules_do_not_import_the_actors_package():
    modules = ["queries", "web_queries", "export", "formats", "schema"]
    code = (f"import sys\nfor m in {modules}: __import__('dyadwatch.store.' + m)\n"
            "print(sorted(m for m in sys.modules if m.startswith('dyadwatch.actors')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
