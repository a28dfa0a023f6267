"""NER as sequence tagging: spaCy's ``Tagger`` predicts an IOB2 tag per token ("B-PER", "I-ORG", "O"), and the
tags become ``doc.ents``.

spaCy's transition-based ``ner`` pays a fixed cost per token for its state machine (about 6 of its 10 ms per
670-word article here); a tagger is one softmax over the same token vectors. The tags are decoded leniently:
an "I-" tag without a "B-" before it starts an entity, as seqeval does.
"""


from collections.abc import Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.tokens import Doc, Span
from thinc.api import Config, Model

# Used only when a config gives no model (tests, quick experiments); the shipped recipe is
# pipeline/training/ner_tagger.cfg.
_DEFAULT_MODEL = Config().from_str("""
[model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

[model.tok2vec]
@architectures = "spacy.HashEmbedCNN.v2"
pretrained_vectors = null
width = 64
depth = 2
embed_size = 2000
window_size = 1
maxout_pieces = 2
subword_features = true
""")["model"]


def iob_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of IOB2 ``tags``; "I-X" after O or another label starts a new entity."""
    found: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and (not tag.startswith("I-") or tag[2:] != label):
            found.append((start, i, label))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
    return found


class IobTagger(Tagger):
    """A Tagger whose predictions are written as entities, never as ``token.tag_``."""

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids: Any) -> None:
        labels = self.labels
        for doc, tag_ids in zip(docs, batch_tag_ids, strict=False):
            if hasattr(tag_ids, "get"):
                tag_ids = tag_ids.get()
            tags = [labels[i] for i in tag_ids]
            doc.set_ents([Span(doc, start, end, label=label) for start, end, label in iob_spans(tags)],
                         default="outside")


@Language.factory("warta_iob_tagger", assigns=["doc.ents"],
                  default_config={"model": _DEFAULT_MODEL, "overwrite": False, "neg_prefix": "!",
                                  "label_smoothing": 0.0, "scorer": {"@scorers": "spacy.ner_scorer.v1"}})
def make_iob_tagger(nlp: Language, name: str, model: Model, overwrite: bool, neg_prefix: str,
                    label_smoothing: float, scorer: Any) -> IobTagger:
    return IobTagger(nlp.vocab, model, name, overwrite=overwrite, scorer=scorer, neg_prefix=neg_prefix,
                     label_smoothing=label_smoothing)
