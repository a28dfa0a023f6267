"""The mode of an event: a mode word inside a name ("Media Online") says nothing about how it was held."""

from __future__ import annotations

import pytest

from pipeline.events.places import _inside_name


@pytest.mark.parametrize(("text", "inside"), [
    ("Seminar Nasional Media Online digelar di Jakarta", True),
    ("Seminar digelar secara online dari Jakarta", False),
    ("Rapat itu digelar Virtual pada Senin", False),   # after a lower-case word: not a name
])
def test_mode_word_inside_a_name(text: str, inside: bool) -> None:
    at = max(text.find("Online"), text.find("online"), text.find("Virtual"))
    assert _inside_name(text, at) is inside
