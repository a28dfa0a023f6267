"""A written date whose weekday does not fit: the nearest neighbour on that weekday (one figure's slip)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.stages.dates import find_dates


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("digelar Minggu (31/12/2018) malam", date(2018, 1, 1), date(2017, 12, 31)),   # the year: 2017's 31st is a Sunday
    ("diresmikan Selasa (2/2/2018)", date(2018, 1, 3), date(2018, 1, 2)),           # the month
    ("bertemu Minggu (27/11)", date(2017, 11, 28), date(2017, 11, 26)),             # the day
    ("rapat Senin (27/11)", date(2017, 11, 28), date(2017, 11, 27)),                # fits: unchanged
    ("rapat Rabu, 6 September 2017", None, date(2017, 9, 6)),                       # fits: unchanged
    ("rapat Kamis, 6 September 2017", None, date(2017, 9, 7)),                      # the day, no publication date
    ("rapat Sabtu (6/9/2017)", date(2017, 9, 10), date(2017, 9, 6)),                # no neighbour on a Saturday
])
def test_weekday_slip(text: str, published: date | None, expected: date) -> None:
    found = [d for d in find_dates(text, published) if d.granularity == "day"]
    assert found and found[0].first == expected, found
