"""The stanza NER (`--ner stanza`) as a spaCy component: it tags warta's own tokens, sentence by sentence.

Needs the optional extra: `pip install 'warta[stanza]'` (stanza and the CPU build of torch). The model in
`models/ner-stanza` was trained offline with stanza's own trainer (see models/MODEL_CARD.md).
"""


from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

DEFAULT_STANZA_MODEL = Path(__file__).resolve().parents[2] / "models" / "ner-stanza"


class StanzaNER:
    def __init__(self, model_dir: Path) -> None:
        try:
            import stanza  # noqa: F401
        except ImportError as error:
            raise RuntimeError("--ner stanza needs the stanza extra: pip install 'warta[stanza]'") from error
        if not model_dir.is_dir():
            raise FileNotFoundError(f"{model_dir}: no stanza NER model (rebuild: warta train-ner --backend stanza)")
        self.model_dir = model_dir

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.training.ner_stanza import tag_tokens

        sentences = [[t for t in sent if not t.is_space] for sent in doc.sents]
        sentences = [s for s in sentences if s]
        tagged = tag_tokens(self.model_dir, [[t.text for t in s] for s in sentences])
        spans = [Span(doc, tokens[start].i, tokens[end - 1].i + 1, label=label)
                 for tokens, entities in zip(sentences, tagged, strict=True) for start, end, label in entities]
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("warta_stanza_ner", assigns=["doc.ents"], default_config={"model_dir": str(DEFAULT_STANZA_MODEL)})
def make_stanza_ner(nlp: Language, name: str, model_dir: str) -> StanzaNER:
    return StanzaNER(Path(model_dir))
