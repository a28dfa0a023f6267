"""The NER's faster prediction (embedding cache, maxout by numpy.maximum in fixed-size blocks) gives the layers'
own floats, bit for bit, and so the same entities, whatever batch a token comes in."""

from __future__ import annotations

import numpy
import pytest
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from thinc.api import LayerNorm, Maxout, NumpyOps

from pipeline.stages.ner_inference import (
    BLOCK_ROWS,
    EmbedCache,
    LayerNormPrediction,
    MaxoutPrediction,
    Recognizer,
    blas_rounds_rows_alone,
    install,
)

# Bit for bit whatever the batch only where BLAS rounds a row alone (not on OpenBLAS's Haswell kernels)
rows_alone = pytest.mark.skipif(not blas_rounds_rows_alone(), reason="this BLAS rounds a row by its place in the "
                                "product (OPENBLAS_CORETYPE=Haswell?): a token's floats may differ with its batch")

# Written for these tests; not taken from any corpus. Words repeat across them, so later ones hit the cache.
TEXTS: list[str] = [
    "Bupati Sleman Kustini membuka pameran batik di Yogyakarta, Senin (3/4).",
    "Pameran batik itu dibuka Bupati Sleman di Gedung Serbaguna, kata panitia.",
    "PT Kereta Api Indonesia menambah perjalanan ke Surabaya dan Malang.",
    "Rapat   itu\n\ndihadiri 120 orang dari 14 desa; sebagian datang dari Bantul.",
    "Wali Kota Medan Bobby Nasution meninjau banjir bersama BPBD Sumatera Utara.",
    "",
    "OK.",
]


def _embed(nlp: Language) -> tuple[object, EmbedCache]:
    ner = nlp.get_pipe("ner")
    assert install(ner)   # the shipped model is one the cache serves
    node = next(n for n in ner.model.walk() if isinstance(n._func, EmbedCache))
    return node, node._func


def _docs(nlp: Language, texts: list[str]) -> list[Doc]:
    return [nlp.make_doc(text) for text in texts]


@rows_alone
@pytest.mark.parametrize("max_rows", [65_536, 40, 25])   # room for all; full after a few texts; one text's worth
def test_cached_vectors_are_the_layers_own(nlp: Language, max_rows: int) -> None:
    node, installed = _embed(nlp)
    cache = EmbedCache(node, installed.forward, max_rows=max_rows)
    for start in range(len(TEXTS)):   # growing batches: the cache is filled, hit, and (small) emptied again
        docs = _docs(nlp, TEXTS[start:] + TEXTS[:start])
        expected, _ = installed.forward(node, docs, False)
        got, _ = cache(node, docs, False)
        assert len(got) == len(expected)
        for want, have in zip(expected, got, strict=True):
            assert have.shape == want.shape and have.dtype == want.dtype
            assert have.tobytes() == want.tobytes()
        assert len(cache.index) <= max_rows


def test_more_distinct_tokens_than_the_cache_holds_are_computed(nlp: Language) -> None:
    node, installed = _embed(nlp)
    cache = EmbedCache(node, installed.forward, max_rows=3)
    docs = _docs(nlp, TEXTS[:2])
    expected, _ = installed.forward(node, docs, False)
    got, _ = cache(node, docs, False)
    assert [g.tobytes() for g in got] == [e.tobytes() for e in expected]


@pytest.mark.parametrize("text", TEXTS)
def test_entities_are_those_of_the_uncached_model(nlp: Language, text: str) -> None:
    node, installed = _embed(nlp)
    ner = nlp.get_pipe("ner")
    cached = [(e.start_char, e.end_char, e.label_) for e in ner(nlp.make_doc(text)).ents]
    node._func = installed.forward
    try:
        plain = [(e.start_char, e.end_char, e.label_) for e in ner(nlp.make_doc(text)).ents]
    finally:
        node._func = installed
    assert cached == plain


@pytest.mark.parametrize("texts", [[""], ["", ""], []])
def test_docs_without_tokens(nlp: Language, texts: list[str]) -> None:
    node, installed = _embed(nlp)
    cache = EmbedCache(node, installed.forward)
    docs = _docs(nlp, texts)
    expected, _ = installed.forward(node, docs, False)
    got, _ = cache(node, docs, False)
    assert [(g.shape, g.dtype) for g in got] == [(e.shape, e.dtype) for e in expected]


@pytest.mark.parametrize(("pieces", "inputs"), [
    (2, "random"), (3, "random"),
    (2, "zeros"),          # every piece ties (0.0 + 0.0): the first is kept
    (3, "signed zeros"),   # -0.0 against 0.0 ties too
    (2, "one row"),
    (3, "several blocks"),   # more rows than one product takes, the last block padded
])
def test_maxout_prediction_is_thincs(pieces: int, inputs: str) -> None:
    rng = numpy.random.default_rng(pieces)
    layer = Maxout(nO=8, nI=5, nP=pieces)
    layer.ops = NumpyOps(use_blis=False)
    layer.initialize()
    rows = {"random": 40, "zeros": 6, "signed zeros": 6, "one row": 1, "several blocks": 2 * BLOCK_ROWS + 7}[inputs]
    X = rng.standard_normal((rows, 5)).astype("float32")
    if inputs in ("zeros", "signed zeros"):
        X[:] = 0.0
        layer.set_param("b", numpy.zeros_like(layer.get_param("b")))
        if inputs == "signed zeros":
            b = layer.get_param("b").copy()
            b[:, 0] = -0.0
            layer.set_param("b", b)
    # thinc's own layer over blocks of BLOCK_ROWS rows, the last padded with zeros: over a batch of any other
    # size BLAS may round a row differently with the batch's size, which the prediction avoids
    blocks = -(-rows // BLOCK_ROWS)
    padded = numpy.zeros((blocks * BLOCK_ROWS, 5), dtype="float32")
    padded[:rows] = X
    expected = numpy.concatenate([layer(padded[i * BLOCK_ROWS:(i + 1) * BLOCK_ROWS], is_train=False)[0]
                                  for i in range(blocks)])[:rows]
    fast = MaxoutPrediction(layer._func)
    got, _ = fast(layer, X, False)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    assert got.tobytes() == expected.tobytes()
    # ... and whatever batch a row comes in, its result is the same
    assert fast(layer, X[rows // 2:], False)[0].tobytes() == got[rows // 2:].tobytes()


MODEL_WIDTHS = [(192, 64, 2), (256, 64, 3)]   # the shipped model's maxout layers: inputs, outputs, pieces


def _model_width_maxout(n_in: int, n_out: int, pieces: int) -> tuple[Maxout, numpy.ndarray]:
    """A maxout layer of the model's widths and 2 * BLOCK_ROWS + 17 rows of input for it."""
    layer = Maxout(nO=n_out, nI=n_in, nP=pieces)
    layer.ops = NumpyOps(use_blis=False)
    layer.initialize()
    return layer, numpy.random.default_rng(n_in).standard_normal((2 * BLOCK_ROWS + 17, n_in)).astype("float32")


@pytest.mark.parametrize(("n_in", "n_out", "pieces"), MODEL_WIDTHS)
def test_maxout_prediction_at_the_models_widths(n_in: int, n_out: int, pieces: int) -> None:
    """At the widths of the shipped model BLAS rounds a row's product differently with the rows beside it (at five
    inputs it does not): the prediction is thinc's layer over blocks of BLOCK_ROWS rows, bit for bit."""
    layer, X = _model_width_maxout(n_in, n_out, pieces)
    rows = len(X)
    padded = numpy.zeros((3 * BLOCK_ROWS, n_in), dtype="float32")
    padded[:rows] = X
    expected = numpy.concatenate([layer(padded[i * BLOCK_ROWS:(i + 1) * BLOCK_ROWS], is_train=False)[0]
                                  for i in range(3)])[:rows]
    fast = MaxoutPrediction(layer._func)
    got, _ = fast(layer, X, False)
    assert got.tobytes() == expected.tobytes()


@rows_alone
@pytest.mark.parametrize(("n_in", "n_out", "pieces"), MODEL_WIDTHS)
def test_maxout_prediction_is_the_same_in_any_batch(n_in: int, n_out: int, pieces: int) -> None:
    """... and a row's vector is the same in whatever batch, and wherever in it, the row comes."""
    layer, X = _model_width_maxout(n_in, n_out, pieces)
    rows = len(X)
    fast = MaxoutPrediction(layer._func)
    got, _ = fast(layer, X, False)
    for start, stop in [(0, 1), (5, 70), (BLOCK_ROWS - 1, 2 * BLOCK_ROWS + 3), (100, rows)]:
        assert fast(layer, X[start:stop], False)[0].tobytes() == got[start:stop].tobytes()


@pytest.mark.parametrize(("rows", "scale", "offset"), [
    (40, 1.0, 0.0), (40, 1e3, -7.5), (1, 0.1, 3.0),
    (5, 0.0, 0.0),      # constant rows: no deviation, the variance is the epsilon alone
    (0, 1.0, 0.0),
])
def test_layer_norm_prediction_is_thincs(rows: int, scale: float, offset: float) -> None:
    rng = numpy.random.default_rng(rows)
    layer = LayerNorm(nI=16)
    layer.ops = NumpyOps(use_blis=False)
    layer.initialize()
    layer.set_param("G", rng.standard_normal(16).astype("float32"))
    layer.set_param("b", rng.standard_normal(16).astype("float32"))
    X = (rng.standard_normal((rows, 16)) * scale + offset).astype("float32")
    expected, _ = layer(X, is_train=False)
    got, _ = LayerNormPrediction(layer._func)(layer, X, False)
    assert got.shape == expected.shape and got.dtype == expected.dtype
    assert got.tobytes() == expected.tobytes()



@pytest.mark.parametrize("preset", [None, "PER", "ORG"])   # Docs as the pipeline gives them; with an entity
def test_recognizer_skips_the_label_walk_only_where_it_finds_no_label(nlp: Language, preset: str | None) -> None:
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, Recognizer)
    docs = _docs(nlp, TEXTS)
    if preset is not None:
        docs[1].set_ents([Span(docs[1], 0, 1, label=preset)])
    labels = set().union(*(ner.moves.get_doc_labels(doc) for doc in docs))
    assert labels == ({preset} if preset else set())   # spaCy's walk finds a label only where one is set
    moves = ner.moves.n_moves
    assert ner._ensure_labels_are_added(docs) == EntityRecognizer._ensure_labels_are_added(ner, docs) == 0
    assert ner.moves.n_moves == moves   # the model's labels: nothing to add
