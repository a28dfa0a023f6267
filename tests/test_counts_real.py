"""Counts on real news: an amount across a line break is no head count; people who did not come are no attendance."""

from __future__ import annotations

import pytest

from pipeline.stages.numbers import find_counts


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Ratusan Miliar\nGubernur hadir bersama ratusan warga.", [(None, "warga")]),
    ("Ratusan Miliar\nGubernur NTT meninjau lokasi", []),
    ("tiga wali kota yang belum hadir dalam rapat itu", []),
    ("sebanyak 12 bupati tidak hadir", []),
    ("rapat dihadiri 30 kepala daerah", [(30, "kepala daerah")]),
    # a rate is no head count
    ("Jumlah pemudik diperkirakan mencapai 20.000 orang per hari.", []),
    ("Pameran itu diperkirakan menyedot 15.000 pengunjung per harinya.", []),
    ("Pameran itu dikunjungi 15.000 pengunjung.", [(15000, "pengunjung")]),
])
def test_counts(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert [(c.count, c.unit) for c in find_counts(text)] == expected

