"""Reading, label mapping, de-duplication and recasing of the Indonesian NER corpora.

The corpora are read where they lie (never copied into the repo). See
``<data_dir>/README.md`` for their origin, licences and overlap warnings.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

# Source label -> shipped label. Anything absent (EVT, FNB, ...) becomes O.
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
}


@dataclass
class Sentence:
    """One sentence: tokens plus IOB2 tags over PER/ORG/LOC."""

    tokens: list[str]
    tags: list[str]
    source: str = ""

    @property
    def key(self) -> str:
        return norm_key(self.tokens)


@dataclass
class Splits:
    """Training candidates and the evaluation splits, all already label-mapped."""

    idner_train: list[Sentence]
    idner_dev: list[Sentence]
    idner_test: list[Sentence]
    nergrit_train: list[Sentence]
    nergrit_valid: list[Sentence]
    nergrit_test: list[Sentence]
    nerp: list[Sentence]  # train + valid + test, all lower case
    nerui: list[Sentence]  # evaluation only: no licence
    stats: dict[str, int] = field(default_factory=dict)

    def dev_sets(self) -> dict[str, list[Sentence]]:
        """The selection sets: held out of training while a recipe is chosen, trained on in the final run."""
        return {"idner_dev": self.idner_dev, "nergrit_valid": self.nergrit_valid}

    def test_sets(self) -> dict[str, list[Sentence]]:
        return {
            "idner_test": self.idner_test,
            "nergrit_test": self.nergrit_test,
            "nerui_all": self.nerui,
        }


def default_data_dir() -> Path:
    """``$WARTA_SHARED/data/ner`` if set, else ``../shared/data/ner`` next to the repo."""
    shared = os.environ.get("WARTA_SHARED")
    if shared:
        return Path(shared) / "data" / "ner"
    return REPO_ROOT.parent / "shared" / "data" / "ner"


def norm_key(tokens: Iterable[str]) -> str:
    # Drop all whitespace/punctuation so tokenisation differences between corpora
    # (e.g. NERP's re-tokenised copies of idner sentences) still match.
    return re.sub(r"[\W_]+", "", " ".join(tokens).lower())


def map_tags(raw: list[str]) -> list[str]:
    """Map source tags to IOB2 over LABELS; repair I- tags that start a span."""
    out: list[str] = []
    prev = "O"
    for tag in raw:
        if tag == "O" or "-" not in tag:
            out.append("O")
            prev = "O"
            continue
        prefix, label = tag.split("-", 1)
        mapped = LABEL_MAP.get(label.upper())
        if mapped is None:
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and prev[2:] != mapped:
            prefix = "B"
        new = f"{prefix}-{mapped}"
        out.append(new)
        prev = new
    return out


def read_columns(path: Path, source: str) -> list[Sentence]:
    """Read a CoNLL-like file: token in the first column, tag in the last."""
    sents: list[Sentence] = []
    tokens: list[str] = []
    raw: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    sents.append(Sentence(tokens, map_tags(raw), source))
                    tokens, raw = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            tokens.append(cols[0])
            raw.append(cols[-1].strip())
    if tokens:
        sents.append(Sentence(tokens, map_tags(raw), source))
    return sents


def read_ud_tokens(ud_dir: Path) -> list[list[str]]:
    """Surface tokens of every UD sentence (multi-word tokens kept whole)."""
    sents: list[list[str]] = []
    for path in sorted(ud_dir.glob("*/*.conllu")):
        tokens: list[str] = []
        skip_until = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if tokens:
                    sents.append(tokens)
                tokens, skip_until = [], 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            tid = cols[0]
            if "-" in tid:
                tokens.append(cols[1])
                skip_until = int(tid.split("-")[1])
            elif "." not in tid and int(tid) > skip_until:
                tokens.append(cols[1])
        if tokens:
            sents.append(tokens)
    return sents


def _dedup(sents: list[Sentence], banned: set[str]) -> list[Sentence]:
    """Drop sentences whose key is banned, plus internal duplicates."""
    seen = set(banned)
    out = []
    for s in sents:
        if s.key in seen:
            continue
        seen.add(s.key)
        out.append(s)
    return out


def load_splits(data_dir: Path) -> Splits:
    """Read all corpora and de-duplicate every training candidate against all
    reported test splits and idner dev (dev is the selection set)."""
    idner = data_dir / "idner-news-2k"
    grit = data_dir / "nergrit_ner-grit"
    nerp_dir = data_dir / "nerp_ner-prosa"
    nerui_dir = data_dir / "nerui"

    idner_train = read_columns(idner / "train.txt", "idner")
    idner_dev = read_columns(idner / "dev.txt", "idner")
    idner_test = read_columns(idner / "test.txt", "idner")
    grit_train = read_columns(grit / "train_preprocess.txt", "nergrit")
    grit_valid = read_columns(grit / "valid_preprocess.txt", "nergrit")
    grit_test = read_columns(grit / "test_preprocess.txt", "nergrit")
    nerp = [s for name in ("train", "valid", "test") for s in read_columns(nerp_dir / f"{name}_preprocess.txt", "nerp")]
    nerui = read_columns(nerui_dir / "nergithub.txt", "nerui")

    eval_keys = {s.key for s in idner_test + grit_test + nerui}
    dev_keys = {s.key for s in idner_dev}
    stats = {
        "idner_train_raw": len(idner_train),
        "nergrit_train_raw": len(grit_train) + len(grit_valid),
        "nerp_raw": len(nerp),
    }
    idner_dev_clean = _dedup(idner_dev, eval_keys)
    idner_train = _dedup(idner_train, eval_keys | dev_keys)
    grit_train = _dedup(grit_train, eval_keys | dev_keys)
    grit_valid = _dedup(grit_valid, eval_keys | dev_keys | {s.key for s in grit_train})
    # Cased copies win over NERP's lower-cased duplicates.
    cased_keys = {s.key for s in idner_train + grit_train + grit_valid}
    nerp = _dedup(nerp, eval_keys | dev_keys | cased_keys)
    stats.update(
        idner_train=len(idner_train),
        idner_dev=len(idner_dev_clean),
        nergrit_train=len(grit_train) + len(grit_valid),
        nerp=len(nerp),
        idner_test=len(idner_test),
        nergrit_test=len(grit_test),
        nerui_all=len(nerui),
    )
    return Splits(
        idner_train=idner_train,
        idner_dev=idner_dev_clean,
        idner_test=idner_test,
        nergrit_train=grit_train,
        nergrit_valid=grit_valid,
        nergrit_test=grit_test,
        nerp=nerp,
        nerui=nerui,
        stats=stats,
    )


class CaseDictionary:
    """Restores case in lower-cased text from statistics of cased text.

    Per lower-case token we keep the most frequent cased form, separately for
    entity and non-entity positions; sentence-initial occurrences are not
    counted because their capital says nothing about the word.
    """

    def __init__(self) -> None:
        self.plain: dict[str, Counter[str]] = defaultdict(Counter)
        self.entity: dict[str, Counter[str]] = defaultdict(Counter)

    def learn(self, tokens: list[str], tags: list[str] | None = None) -> None:
        for i, tok in enumerate(tokens):
            if i == 0 or not any(c.isalpha() for c in tok):
                continue
            is_ent = tags is not None and tags[i] != "O"
            (self.entity if is_ent else self.plain)[tok.lower()][tok] += 1

    def recase(self, tokens: list[str], tags: list[str]) -> list[str]:
        out: list[str] = []
        for i, tok in enumerate(tokens):
            low = tok.lower()
            if tags[i] != "O":
                seen = self.entity.get(low) or self.plain.get(low)
                form = seen.most_common(1)[0][0] if seen else low
                if form == low:
                    form = low[:1].upper() + low[1:]
            else:
                seen = self.plain.get(low)
                form = seen.most_common(1)[0][0] if seen else low
            if i == 0:
                form = form[:1].upper() + form[1:]
            out.append(form)
        return out


def build_case_dictionary(cased: Iterable[Sentence], extra: Iterable[list[str]]) -> CaseDictionary:
    cd = CaseDictionary()
    for s in cased:
        cd.learn(s.tokens, s.tags)
    for tokens in extra:
        cd.learn(tokens)
    return cd


def recased(sents: list[Sentence], cd: CaseDictionary) -> Iterator[Sentence]:
    for s in sents:
        yield Sentence(cd.recase(s.tokens, s.tags), s.tags, s.source)


# Shared by the spaCy (ner.py) and stanza (ner_stanza.py) recipes, here so that neither imports the other.


def nergrit_training(splits: Splits, hold_out_valid: bool) -> list[Sentence]:
    """NERGrit's training sentences: train + valid, or train alone (less any copy of a valid sentence) while
    valid is the NERGrit selection set."""
    if not hold_out_valid:
        return splits.nergrit_train + splits.nergrit_valid
    valid_keys = {s.key for s in splits.nergrit_valid}
    return [s for s in splits.nergrit_train if s.key not in valid_keys]


def training_sentences(
    splits: Splits,
    data_dir: Path,
    nerp: str,
    include_dev: bool,
    idner_repeat: int = 1,
    nergrit_repeat: int = 1,
    hold_out_nergrit_valid: bool = False,
) -> list[Sentence]:
    """Training set for one recipe. ``nerp`` is "none", "lower", "recased", "partial" or "lower-partial".

    idner is repeated ``idner_repeat`` times: it is the target domain and its
    conventions differ (e.g. countries used as actors or modifiers are O).
    NERGrit is repeated ``nergrit_repeat`` times; with ``hold_out_nergrit_valid``
    its valid split is left out (and out of the case dictionary) for selection.
    """
    idner = splits.idner_train + (splits.idner_dev if include_dev else [])
    grit = nergrit_training(splits, hold_out_nergrit_valid)
    cased = idner + grit
    sents = idner * (idner_repeat - 1) + grit * (nergrit_repeat - 1) + cased
    if hold_out_nergrit_valid:
        # a sentence of either selection set is never trained on (NERP is already de-duplicated against both)
        held = {s.key for s in splits.nergrit_valid} | ({s.key for s in splits.idner_dev} if not include_dev else set())
        sents = [s for s in sents if s.key not in held]
    if nerp == "lower":
        sents += splits.nerp
    elif nerp in ("recased", "partial", "lower-partial"):
        ud = read_ud_tokens(data_dir.parent / "ud")
        case_dict = build_case_dictionary(cased, ud)
        nerp_sents = list(recased(splits.nerp, case_dict))
        if nerp != "recased":
            nerp_sents = [unlabel_capitalised_o(s) for s in nerp_sents]
        if nerp == "lower-partial":
            # keep NERP's own lower-case text; the recasing only chose what to unlabel
            nerp_sents = [Sentence(o.tokens, r.tags, o.source) for o, r in zip(splits.nerp, nerp_sents, strict=True)]
        sents += nerp_sents
    elif nerp != "none":
        raise ValueError(f"unknown NERP handling: {nerp}")
    return sents


def unlabel_capitalised_o(sent: Sentence) -> Sentence:
    """Mark NERP's capitalised O tokens as missing ("-").

    NERP's IND covers companies/brands only, so government bodies and parties
    (DPR, KPK, Golkar) are O there; as missing labels they no longer teach the
    model that such names are not entities.
    """
    tags = [
        "-" if tag == "O" and i > 0 and tok[:1].isupper() else tag
        for i, (tok, tag) in enumerate(zip(sent.tokens, sent.tags, strict=True))
    ]
    return Sentence(sent.tokens, tags, sent.source)


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Exact (start, end, label) spans from IOB2 tags."""
    out: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
            out.add((start, i, label))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
    return out


def train_word2vec(sents: Iterable[list[str]], txt_path: Path, dim: int = 100, keep: int = 20000) -> Path:
    """Train small lower-cased skip-gram vectors; write word2vec text format.

    Only training text and UD text are used (never evaluation text).
    """
    from gensim.models import Word2Vec

    corpus = [[t.lower() for t in s] for s in sents]
    model = Word2Vec(
        corpus,
        vector_size=dim,
        window=5,
        min_count=2,
        sg=1,
        epochs=10,
        workers=1,
        seed=0,
    )
    words = model.wv.index_to_key[:keep]
    with txt_path.open("w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {dim}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{x:.4f}" for x in model.wv[w]) + "\n")
    return txt_path
