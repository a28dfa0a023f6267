"""A sentence's connective or verb of citing is no part of a name ("Menurut Febri", "Melansir Straits Times")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.stages.roles import find_people


@pytest.mark.parametrize(("text", "persons"), [
    # a cited medium is no person, with or without a role after it
    ("Melansir Antara, Perwakilan Perdana Menteri Malaysia Ahmad Zaki mengatakan hal itu.", ["Ahmad Zaki"]),
    ("Melansir Harian Timor, Perwakilan Gubernur Yohanes Ratu mengatakan festival itu sukses.", ["Yohanes Ratu"]),
    # a connective before a name is no part of it, nor a name by itself
    ("Dikemas dalam bentuk talkshow, acara itu menghadirkan Maria.", ["Maria"]),
    ("Dimana Bupati Sikka hadir bersama Yohanes.", ["Yohanes"]),
])
def test_openers_are_no_part_of_a_name(nlp: Language, text: str, persons: list[str]) -> None:
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == persons
    assert all(p.name in persons for p in find_people(doc) if p.name)


@pytest.mark.parametrize(("text", "names"), [
    # a sentence adverb with "-nya" or a connective before a name is no part of it
    ("Sebelumnya Yuyu Sutisna hadir dalam rapat itu.", ["Yuyu Sutisna"]),
    ("Selanjutnya Agus Wibowo menjelaskan hasil rapat itu.", ["Agus Wibowo"]),
    # a name that only ends like the suffix stays whole
    ("Rachel Vennya, Ketua Komunitas Kopi Sikka, hadir dalam rapat itu.", ["Rachel Vennya"]),
    # a ke-/pe-...-an noun before a name is no part of it
    ("Munaslub mengeluarkan Keputusan tentang Pemberhentian Yohanes Bria sebagai Ketua Umum Partai Rakyat.",
     ["Yohanes Bria"]),
    ("Kepala Staf Kepresidenan Danu Saputra mengatakan rapat itu penting.", ["Danu Saputra"]),
    # a verb of saying that opens the sentence ("lanjut", "sambung": he went on) is no part of the name after it
    ("Lanjut Yuyu Sutisna menambahkan, rapat itu membahas anggaran desa.", ["Yuyu Sutisna"]),
    ("Sambung Agus Wibowo mengatakan, hasil rapat akan diumumkan besok.", ["Agus Wibowo"]),
    # ... nor an adverb that opens it ("Justru", "Semula")
    ("Justru Yuyu Sutisna hadir dalam rapat itu.", ["Yuyu Sutisna"]),
    ("Semula Gibran Rakabuming hadir dalam rapat itu.", ["Gibran Rakabuming"]),
])
def test_a_connective_before_a_name_is_cut(nlp: Language, text: str, names: list[str]) -> None:
    assert [p.name for p in find_people(nlp(text)) if p.name] == names


@pytest.mark.parametrize("text", [
    "Soal Munaslub mengatakan partai itu siap.",   # a preposition opening the sentence before a capitalised word
])
def test_a_preposition_opening_a_sentence_begins_no_name(nlp: Language, text: str) -> None:
    opener = text.split()[0]
    assert not any(p.name.split()[0] == opener for p in find_people(nlp(text)) if p.name)
