"""entities._no_name_text: which entity texts are never a name, by label and by the not_orgs switch (cached per
process, so the switch must be part of what it is keyed by)."""

from __future__ import annotations

import pytest

from pipeline.stages.entities import _no_name_text

CASES = [
    # text, label, not_orgs on, never a name
    ("Senin", "PER", True, True),             # a weekday alone
    ("Senin Januari", "ORG", True, True),     # calendar words only
    ("Perkebunan", "ORG", True, True),        # a sector word alone
    ("Budi Senin", "PER", True, True),        # a person's name holding a weekday
    ("Prasarana", "PER", True, True),         # a directorate's field: "Direktur Jenderal Prasarana dan Sarana ..."
    ("Iklim", "PER", True, True),             # "Direktur Jenderal Pengendalian Perubahan Iklim"
    ("Subdit", "PER", True, True),            # a unit: "Kepala Subdit"
    ("RAM", "PER", True, True),               # a device's memory, read as a name once it is no organisation
    ("Teknis", "PER", True, True),            # a company's department: "Direktur Teknis", its holder's name dropped
    ("Redaksi", "PER", True, True),           # "Pemimpin Redaksi"
    ("Hasil Perkebunan", "PER", True, True),  # "Kepala Bidang Pengolahan dan Pemasaran Hasil Perkebunan"
    ("Tekstil", "PER", True, True),           # an industry sector: "Dirjen Industri Kimia, Tekstil dan Aneka ..."
    ("Logam Mesin", "PER", True, True),       # "Direktur Jenderal Industri Logam, Mesin, Alat Transportasi ..."
    ("Budi Santoso", "PER", True, False),
    # nouns derived from verbs and borrowed abstract nouns: an office's field or a sentence's opening noun
    ("Advokasi", "PER", True, True),          # "Direktur Advokasi dan Kemitraan ..."
    ("Akuntabilitas", "PER", True, True),     # "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur ..."
    ("Kriminologi", "PER", True, True),       # "Guru Besar Ilmu Kriminologi"
    ("Nepotisme", "PER", True, True),
    ("Pengesahan", "PER", True, True),        # "Pengesahan RUU itu ..." opening a sentence
    ("Verifikasi Pengelolaan Limbah", "PER", True, True),
    ("Salman Alfarasi", "PER", True, False),  # a name that only ends like one of them
    ("Kurniawan", "PER", True, False),
    ("Sulasi", "PER", True, False),           # ... with fewer than three letters before "-asi"
    ("Freitas", "PER", True, False),
    ("Pebrian", "PER", True, False),          # ... or formed as no pe-/ke- noun is ("peb-", "kert-")
    ("Kertawan", "PER", True, False),
    ("Komisaris Besar", "PER", True, True),   # a title of two words alone
    ("Presidium Alumni", "PER", True, True),  # a body's noun first: "Ketua Presidium Alumni 212 Slamet Maarif"
    ("Laporan Antara", "PER", True, True),    # "Laporan Antara menyebutkan ..."
    ("Marsekal", "PER", True, True),          # a rank alone, where scraped text lost the name: "Panglima TNI Marsekal,"
    ("Gus Dur", "PER", True, False),          # a title with a name
    ("Okezone", "PER", True, True),           # a news outlet: "kata dia kepada Okezone"
    ("Partner", "PER", True, True),           # a job title alone: "termasuk Partner dan Presiden Direktur McKinsey"
    ("Hakim", "PER", True, False),            # a profession that is a name too ("Lukman Hakim", "dr MGS Hakim")
    ("Pos Metro Medan", "PER", True, True),
    ("Gde Nala Antara", "PER", True, False),  # a name holding an outlet's name as one of its words
    ("DPP Golkar", "PER", True, True),        # a party board's prefix opens a body's name
    ("Komisi Yudisial", "PER", True, True),   # ... and so does an organisation's one-word head
    ("Tim Cook", "PER", True, False),         # a first name that is also a word ("tim", a team) stays a name
    # every word one that news mostly writes in lower case (common_words.txt): an office's unit or a heading
    ("Bisnis Komersial", "PER", True, True),  # "Executive Vice President Bisnis Komersial"
    ("Kampanye Keadilan Iklim", "PER", True, True),
    ("Tanpa Catatan", "PER", True, True),
    ("Monitoring", "PER", True, False),       # ... one word alone is left to the article (lone_common_word)
    ("Budi Karya", "PER", True, False),       # "budi" opens names in the NER training data
    ("Dinas Perkebunan", "ORG", True, False),  # a sector word inside a body's name
    ("APBNP", "ORG", True, True),             # listed as never an organisation
    ("APBNP", "ORG", False, False),           # ... unless that rule family is off
    ("APBNP", "LOC", True, False),
    ("(.,)", "PER", True, True),              # nothing but punctuation
]


@pytest.mark.parametrize(("text", "label", "not_orgs", "expected"), CASES)
def test_no_name_text(text: str, label: str, not_orgs: bool, expected: bool) -> None:
    assert _no_name_text(text, label, not_orgs) is expected
