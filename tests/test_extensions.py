"""pipeline/stages/extensions.py: span extension values read and written where spaCy's Underscore keeps them."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.tokens import Span

from pipeline.stages import extensions
from pipeline.stages.extensions import SPAN_EXTENSIONS, set_span_values, span_value


@cache
def _nlp() -> spacy.language.Language:
    return spacy.blank("id")


@pytest.mark.parametrize("name", sorted(SPAN_EXTENSIONS))
def test_span_value_is_what_underscore_gives(name: str) -> None:
    extensions.register()
    doc = _nlp()("Rapat di Gedung Sate Bandung kemarin.")
    span, other = Span(doc, 2, 4, label="LOC"), Span(doc, 2, 5, label="LOC")
    assert span_value(span, name) is None and getattr(span._, name) is None
    setattr(span._, name, "a")
    assert span_value(span, name) == "a" and span_value(Span(doc, 2, 4, label="ORG"), name) == "a"
    assert span_value(other, name) is None
    set_span_values(other, **{name: "b"})
    assert getattr(other._, name) == "b" and getattr(span._, name) == "a"


def test_set_span_values_refuses_an_unknown_name() -> None:
    extensions.register()
    doc = _nlp()("Rapat kemarin.")
    with pytest.raises(AttributeError):
        set_span_values(Span(doc, 0, 1), unknown=1)


@pytest.mark.parametrize("name", sorted(extensions.DOC_EXTENSIONS))
def test_doc_value_is_what_underscore_gives(name: str) -> None:
    from pipeline.stages.extensions import doc_value, set_doc_values

    extensions.register()
    doc = _nlp()("Rapat kemarin.")
    assert doc_value(doc, name) == getattr(doc._, name) == extensions.DOC_EXTENSIONS[name]
    setattr(doc._, name, 7)
    assert doc_value(doc, name) == 7
    set_doc_values(doc, **{name: 9})
    assert getattr(doc._, name) == 9
    with pytest.raises(AttributeError):
        set_doc_values(doc, unknown=1)
