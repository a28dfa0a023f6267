"""pipeline/outputs/describe.py: the one wording of field values that `warta show` and the report share."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.outputs.describe import describe


@pytest.mark.parametrize(("field", "item", "expected"), [
    ("when", {"start": "2024-03-05", "end": "2024-03-05", "granularity": "day", "text": "Selasa (5/3)"},
     "2024-03-05 (day) “Selasa (5/3)”"),
    ("when", {"start": "2024-03-05", "end": "2024-03-07", "granularity": "day", "text": "5-7 Maret"},
     "2024-03-05 … 2024-03-07 (day) “5-7 Maret”"),
    ("where", {"name": "Kota Ambon", "kind": "city"}, "Kota Ambon (city)"),
    ("people", {"name": None, "role": "Wali Kota Ambon", "organization": None}, "(unnamed) — Wali Kota Ambon"),
    # The organization is part of the role already: said once.
    ("people", {"name": "Rina Wati", "role": "Kepala Dinas Kominfo", "organization": "Dinas Kominfo"},
     "Rina Wati — Kepala Dinas Kominfo"),
    ("people", {"name": "Rina Wati", "role": "Ketua", "organization": "Forum Anak"}, "Rina Wati — Ketua, Forum Anak"),
    ("organizations", {"name": "Kementerian Dalam Negeri", "acronym": "Kemendagri"},
     "Kementerian Dalam Negeri (Kemendagri)"),
    # named by its acronym alone: the full name warta knows follows, and the acronym is not said twice
    ("organizations", {"name": "DPR", "acronym": "DPR", "canonical": "Dewan Perwakilan Rakyat"},
     "DPR (Dewan Perwakilan Rakyat)"),
    ("attendance", {"count": 1200, "unit": "peserta", "qualifier": "more_than", "status": "attended"},
     "1.200 peserta [more_than, attended]"),
    ("attendance", {"count": None, "unit": "warga", "qualifier": "hundreds", "status": "attended"},
     "? warga [hundreds, attended]"),
    ("name", None, "—"),
    ("topics", "pengelolaan sampah", "pengelolaan sampah"),
])
def test_describe(field: str, item: Any, expected: str) -> None:
    assert describe(field, item) == expected


def test_long_outcomes_are_cut_only_when_asked() -> None:
    item = {"kind": "agreement", "text": "kerja sama " * 30}
    assert describe("outcomes", item) == f"agreement: {item['text']}"
    short = describe("outcomes", item, max_chars=40)
    assert short.endswith("…") and len(short) == len("agreement: ") + 40
