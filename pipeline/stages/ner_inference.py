"""Prediction with spaCy's trained NER in less CPU, with the layers' own floating-point results bit for bit (their
matrix products taken over blocks of a fixed number of rows).

``install`` changes three things in the model's prediction (training runs the layers as they are):

The first layer's vectors are cached. spaCy's ``MultiHashEmbed`` turns a token into a vector from four of its
attributes alone (NORM, PREFIX, SUFFIX, SHAPE: hashed rows of four tables, joined and mixed by a maxout layer with
layer normalisation); no neighbour takes part, and every step works row by row. News repeats its words, so most
tokens of an article were embedded before: the vector computed the first time is kept, keyed by the four attribute
values, and copied for every later token with the same ones. The layers after it (the window encoder, the
transition model) run as before. A token's vector does not depend on the other rows computed with it (checked bit
for bit against the layer over whole batches), so the cache changes no entity: every maxout product is taken over
blocks of the same number of rows (``BLOCK_ROWS``, the last padded with zeros), since BLAS may round a row of a matrix
product differently with the number of rows beside it (OpenBLAS on AMD EPYC does), which made an entity depend on
what a worker had read before. The cache holds at most ``MAX_ROWS`` vectors and starts again empty when full.

The maxout layers take the largest of their pieces with NumPy's ``maximum``, one piece after another, instead of
thinc's loop over every value (``NumpyOps.maxout``, which also records which piece won, for training only): the
same values, in an eighth of the time. The layer normalisations compute each row's mean and deviations once
(thinc's ``X.var`` computes them again).
"""

from collections.abc import Callable
from functools import cache
from itertools import compress, repeat
from operator import is_
from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from thinc.api import Model

# 65,536 vectors of 64 floats: 16 MB, and about as much again for the keys. The first 1,000 indosum-dev
# articles bring about 29,000 distinct keys; a worker that fills the cache empties it and goes on.
MAX_ROWS = 65_536
# The rows of one matrix product in a maxout layer (see MaxoutPrediction).
BLOCK_ROWS = 64
_EMBED_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")


@cache
def blas_rounds_rows_alone() -> bool:
    """Whether this machine's BLAS gives a row of a matrix product the same floats wherever the row stands among the
    product's rows, which ``MaxoutPrediction``'s blocks need for a token's vector to be the same in any batch.
    OpenBLAS's SkylakeX kernels do; its Haswell kernels (OPENBLAS_CORETYPE=Haswell set outside, which
    ``pipeline/__init__.py`` leaves as it is) round a row by its place among six, so there a vector may differ in its
    last bits with the batch, and an entity only on a near-tie of the model's scores."""
    rng = numpy.random.default_rng(0)
    rows = rng.standard_normal((BLOCK_ROWS + 8, 192)).astype("float32")
    weights = rng.standard_normal((128, 192)).astype("float32")
    whole = rows[:BLOCK_ROWS] @ weights.T
    return all(numpy.array_equal((rows[shift:shift + BLOCK_ROWS] @ weights.T)[:BLOCK_ROWS - shift], whole[shift:])
               for shift in range(1, 8))


def _prediction_only(_: Any) -> Any:
    """The backward pass of a layer run with ``is_train=False``: thinc never calls it in prediction, and training
    (``is_train=True``) runs the layers' own forward functions."""
    raise RuntimeError("a layer run for prediction has no gradient: run it with is_train=True to train")


class MaxoutPrediction:
    """Stands in for the forward function of a thinc ``Maxout`` layer: thinc's own forward, but the largest
    piece found with ``numpy.maximum``. Where thinc keeps the first of equal pieces (it takes a later one only if
    greater), so does ``maximum``, which returns its first argument on a tie; no piece is NaN in a trained model."""

    def __init__(self, forward: Callable[..., Any]) -> None:
        self.forward = forward

    def __call__(self, model: Model, X: numpy.ndarray, is_train: bool) -> tuple[numpy.ndarray, Callable[..., Any]]:
        if is_train:
            return self.forward(model, X, is_train)
        n_out, n_pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
        W = model.ops.reshape2f(model.get_param("W"), n_out * n_pieces, n_in)
        # In blocks of BLOCK_ROWS rows, the last padded with zeros: BLAS's matrix product may round a row
        # differently with the number of rows beside it (OpenBLAS on AMD EPYC does), which would make a token's
        # vector, and so an entity, depend on the batch it came in; with every product the same shape it cannot.
        n_rows = X.shape[0]
        padded = -(-n_rows // BLOCK_ROWS) * BLOCK_ROWS
        if padded != n_rows:
            X = numpy.concatenate((X, numpy.zeros((padded - n_rows, n_in), dtype=X.dtype)))
        Y = numpy.matmul(X.reshape(-1, BLOCK_ROWS, n_in), W.T).reshape(padded, n_out * n_pieces)[:n_rows]
        Y += model.ops.reshape1f(model.get_param("b"), n_out * n_pieces)
        pieces = model.ops.reshape3f(Y, Y.shape[0], n_out, n_pieces)
        best = numpy.ascontiguousarray(pieces[:, :, 0])
        for piece in range(1, n_pieces):
            numpy.maximum(best, pieces[:, :, piece], out=best)
        return best, _prediction_only


class LayerNormPrediction:
    """Stands in for the forward function of a thinc ``LayerNorm`` layer: the same NumPy operations on the same
    values in the same order as thinc's (``X.mean``, ``X.var``: a row sum divided by the width; the deviations
    squared, summed and divided by the width), but the row means and the deviations from them computed once
    where thinc's ``X.var`` computes them again."""

    def __init__(self, forward: Callable[..., Any]) -> None:
        self.forward = forward

    def __call__(self, model: Model, X: numpy.ndarray, is_train: bool) -> tuple[numpy.ndarray, Callable[..., Any]]:
        if is_train or X.dtype.kind != "f":
            return self.forward(model, X, is_train)
        width = numpy.intp(X.shape[1])
        mean = numpy.add.reduce(X, axis=1, keepdims=True)
        numpy.true_divide(mean, width, out=mean, casting="unsafe")
        deviation = X - mean
        var = numpy.add.reduce(numpy.multiply(deviation, deviation), axis=1, keepdims=True)
        numpy.true_divide(var, width, out=var, casting="unsafe")
        var = var + 1e-08
        # thinc's three products and sum, each written over the deviations instead of into a new array
        Y = numpy.multiply(deviation, var ** (-1.0 / 2.0), out=deviation)
        numpy.multiply(Y, model.get_param("G"), out=Y)
        Y += model.get_param("b")
        return Y, _prediction_only


class EmbedCache:
    """Stands in for the forward function of a ``MultiHashEmbed`` chain (``install`` puts it there)."""

    def __init__(self, embed: Model, forward: Callable[..., Any], max_rows: int = MAX_ROWS) -> None:
        extract, _, rows, mix, _ = embed.layers
        self.columns = extract.attrs["columns"]
        self.rows = rows.layers[0]       # the hashed tables, joined: (tokens, 4) ids -> (tokens, 4 * width)
        self.mix = mix.layers[0]         # maxout, layer norm (and dropout, off in prediction)
        self.forward = forward           # the chain's own, for training
        self.max_rows = max_rows
        self.index: dict[bytes, int] = {}
        self.table: numpy.ndarray | None = None

    def __call__(self, model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Any], Callable[..., Any]]:
        if is_train:
            return self.forward(model, docs, is_train)
        features = [doc.to_array(self.columns) for doc in docs]
        ids = numpy.ascontiguousarray(numpy.concatenate(features), dtype="uint64") if features else None
        if ids is None or not len(ids):
            width = self.mix.get_dim("nO")
            return [numpy.zeros((len(f), width), dtype="float32") for f in features], _prediction_only
        keys = ids.view(numpy.dtype((numpy.void, ids.shape[1] * 8))).ravel().tolist()
        index = self.index
        rows = list(map(index.get, keys))
        if None in rows:
            new = list(dict.fromkeys(compress(keys, map(is_, rows, repeat(None)))))
            if len(index) + len(new) > self.max_rows:
                index.clear()
                new = list(dict.fromkeys(keys))
                if len(new) > self.max_rows:     # more distinct tokens than the cache holds: no cache
                    return self.forward(model, docs, is_train)
            self._add(index, new, ids.shape[1])
            rows = list(map(index.__getitem__, keys))
        vectors = self.table.take(rows, axis=0)  # type: ignore[union-attr]  # as table[rows], in half the time
        out, start = [], 0
        for feature in features:
            out.append(vectors[start:start + len(feature)])
            start += len(feature)
        return out, _prediction_only

    def _add(self, index: dict[bytes, int], new: list[bytes], columns: int) -> None:
        """Embed the ``new`` keys (each the bytes of a row of attribute ids) and keep their vectors."""
        ids = numpy.frombuffer(b"".join(new), dtype="uint64").reshape(len(new), columns)
        computed = self.mix.predict(self.rows.predict(ids))
        if self.table is None:
            self.table = numpy.empty((self.max_rows, computed.shape[1]), dtype=computed.dtype)
        start = len(index)
        self.table[start:start + len(new)] = computed
        index.update(zip(new, range(start, start + len(new)), strict=True))


def install(ner: Any) -> bool:
    """Make the prediction of ``ner``'s model cheaper (see the module's doc): its maxout layers, and its embedding
    layer where the model is spaCy's transition-based one over a ``MultiHashEmbed`` tok2vec (True where so)."""
    cached = False
    for node in ner.model.walk():
        if node.name == "maxout" and not isinstance(node._func, MaxoutPrediction):
            node._func = MaxoutPrediction(node._func)
        if node.name == "layernorm" and not isinstance(node._func, LayerNormPrediction):
            node._func = LayerNormPrediction(node._func)
        names = tuple(layer.name.split("(")[0] for layer in node.layers)
        if names == _EMBED_LAYERS and node.layers[0].attrs.get("columns"):
            if not isinstance(node._func, EmbedCache):
                node._func = EmbedCache(node, node._func)
            cached = True
    return cached


class Recognizer(EntityRecognizer):
    """spaCy's transition-based EntityRecognizer, less one walk: before each batch, spaCy reads every token's
    entity label (a Token object each) to add the labels it does not know to its moves. A Doc without any entity
    label has none to add, and the pipeline's Docs reach the NER without any: they are checked for one in C
    (``has_annotation``), and only where one is found does spaCy's walk run (0.08 -> 0.01 ms an article)."""

    def _ensure_labels_are_added(self, docs: list[Doc]) -> int:
        if any(doc.has_annotation("ENT_TYPE") for doc in docs):
            return int(super()._ensure_labels_are_added(docs))
        return 0


@Language.factory("warta_ner", assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
                  default_config={"moves": None, "update_with_oracle_cut_size": 100, "incorrect_spans_key": None,
                                  "scorer": {"@scorers": "spacy.ner_scorer.v1"}})
def make_recognizer(nlp: Language, name: str, model: Model, moves: Any, update_with_oracle_cut_size: int,
                    incorrect_spans_key: str | None, scorer: Callable[..., Any] | None) -> Recognizer:
    """spaCy's "ner" factory (``spacy.pipeline.ner.make_ner``), making a ``Recognizer``: ``nlp.build`` uses it for
    a saved model whose config names "ner" (the same config, weights and entities)."""
    return Recognizer(nlp.vocab, model, name, moves=moves, update_with_oracle_cut_size=update_with_oracle_cut_size,
                      incorrect_spans_key=incorrect_spans_key, multitasks=[], beam_width=1, beam_density=0.0,
                      beam_update_prob=0.0, scorer=scorer)
