"""What an event produced (outcomes) and what it discussed (topics)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from .. import regex, resources
from ..schema import Outcome
from ..stages.extensions import text_of
from .common import Mention, _clause_text, _in_regions, _is_verb, _lexicon

_LIST_ITEM = regex.compile(r"^[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]+(?P<body>[^\n]+)", re.MULTILINE)


def find_outcomes(doc: Doc, sentences: list[tuple[int, int]],
                  event_mentions: list[Mention]) -> list[tuple[Outcome, tuple[int, int]]]:
    """Numbered lists after an intro ("menghasilkan beberapa rekomendasi, yaitu:"), and cue sentences."""
    lx = _lexicon()
    text = text_of(doc)
    title_end = doc._.title_end or 0
    outcomes: list[tuple[Outcome, tuple[int, int]]] = []
    covered: list[tuple[int, int]] = []
    for intro in lx.list_intro.finditer(text, title_end):
        word = _intro_word().search(intro.group(0))
        kind = lx.kind_of_intro.get(word.group(0).lower(), "statement") if word else "statement"
        covered.append((text.rfind("\n", 0, intro.start()) + 1, intro.end()))
        for item in _LIST_ITEM.finditer(text, intro.end()):
            if text[covered[-1][1]:item.start()].strip():
                break   # the list ended
            start = item.start("body")
            first_sentence = next((e for s, e in sentences if s <= start < e), item.end("body"))
            end = min(first_sentence, item.end("body"))
            outcomes.append((Outcome(kind=kind, text=text[start:end].strip()), (start, end)))
            covered.append(item.span())
    for start, end in sentences:
        if start < title_end or any(a <= start < b for a, b in covered):
            continue
        sentence = text[start:end]
        if lx.separate.search(sentence) or (covered and lx.list_intro.search(sentence + ":")):
            continue
        kind, cue = _outcome_cue(sentence)
        if kind is None or cue is None:
            continue
        # "Hasil konferensi ini ..." opens a statement; "hasil" deep inside a sentence is no outcome.
        if kind == "statement" and not cue.group(0).lower().startswith("meng") \
                and len(sentence[:cue.start()].split()) > 3:
            continue
        # "Rapat itu memutuskan ...": a decision is the event's only in a sentence that names the event ("Agus
        # memutuskan untuk keluar" is a person's own).
        if cue.group(0).lower() in _decision_verbs() and not any(start <= m.start < end for m in event_mentions):
            continue
        # A sentence about the reported event itself ("Pameran akan berlangsung ...") is not its outcome.
        if kind == "plan" and any(start <= m.start < end for m in event_mentions) \
                and not lx.other_event.search(sentence):
            continue
        o_start = start + cue.start() if kind == "agreement" and cue.group(0).lower().startswith(
            ("penandatanganan", "kesepakatan")) else start
        body = text[o_start:end].strip(" “”\"")
        outcomes.append((Outcome(kind=kind, text=_strip_attribution(body)), (o_start, end)))
    return outcomes


@cache
def _decision_verbs() -> frozenset[str]:
    return frozenset(v.lower() for v in resources.load("outcomes")["decision_verbs"])


def _outcome_cue(sentence: str) -> tuple[str | None, re.Match[str] | None]:
    lx = _lexicon()
    if lx.any_outcome_cue.search(sentence) is None:
        return None, None
    for kind, pattern in lx.outcome_cues:
        cue = pattern.search(sentence)
        if cue is not None:
            return kind, cue
    act = lx.signing_acts.search(sentence)
    if act is not None:
        return "agreement", act
    return None, None


def _strip_attribution(sentence: str) -> str:
    """ "..., jelas Amran." -> "..." : the speaker is not part of what was said."""
    return re.sub(r"[,.]?[”\"]?\s*,?\s*\b(?:kata|ujar|jelas|tegas|ungkap|tutur|imbuh)\w*\s+[A-Z][\w ]{0,40}\.?$", "",
                  sentence).strip(" “”\"")


def find_topics(doc: Doc, regions: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """Short noun phrases after a cue ("membahas", "bertema", "terkait"), one per list item."""
    lx = _lexicon()
    text = text_of(doc)
    topics: list[tuple[str, tuple[int, int]]] = []
    seen: set[str] = set()
    for cue in lx.topic_cue.finditer(text, doc._.title_end or 0):
        if regions and not _in_regions(cue.start(), regions):
            continue
        end = _clause_text(text, cue.end())[1]
        fillers = lx.topic_fillers.match(text, cue.end(), end)
        start = fillers.end() if fillers else cue.end()
        for part in re.finditer(r"[^,;]+", text[start:end]):
            for piece in re.finditer(r"(?:(?!\s(?:dan|serta|hingga|maupun|atau)\s).)+", part.group(0)):
                raw = piece.group(0)
                phrase = re.sub(r"\s*\([^)]*\)?", "", raw).strip(" “”\"'")
                phrase = lx.topic_fillers.sub("", phrase)
                words = phrase.split()
                while words and (words[-1].lower() in lx.topic_stop or words[-1].lower() in ("di", "ke")):
                    words.pop()
                if words and words[0].lower() in lx.topic_stop:
                    break
                if not 1 <= len(words) <= 5 or _is_verb(words[0]) or any(w.lower() in ("di", "pada") for w in words):
                    continue
                topic = " ".join(words)
                if len(topic) < 4 or topic.lower() in seen:
                    continue
                seen.add(topic.lower())
                at = text.find(topic, start + part.start() + piece.start())
                topics.append((topic, (at, at + len(topic))))
        if len(topics) >= 10:
            break
    return topics + _keyphrases(doc, regions, seen, max(0, 6 - len(topics)))


_LOWER_RUN = re.compile(r"[a-z][a-z -]*[a-z]")
_PHRASE_RUN = re.compile(r"[a-z][a-z-]{2,}(?: +[a-z][a-z-]{2,})+")   # two or more content words, 3+ letters each


def _phrase_starts(doc: Doc) -> dict[str, list[int]]:
    """Every two- and three-word lower-case phrase of content words in the body, with where it starts; counted
    once per article (each event's topics choose among them)."""
    counts: dict[str, list[int]] | None = doc.user_data.get("warta_phrase_starts")
    if counts is not None:
        return counts
    lx = _lexicon()
    text = text_of(doc)
    counts = {}
    stop: dict[str, bool] = {}   # word -> may not be part of a phrase (asked once per word)
    for run in _LOWER_RUN.finditer(text, doc._.title_end or 0):
        if not _PHRASE_RUN.fullmatch(run.group(0)):
            continue   # a phrase needs two words or more, all content words
        words = run.group(0).split()
        offset = run.start()
        position = 0
        blocked = []
        for w in words:
            if w not in stop:
                stop[w] = w in lx.topic_stop or w in lx.name_stops or _is_verb(w) or w in lx.type_of
            blocked.append(stop[w])
        for index, word in enumerate(words):
            for size in (3, 2):
                gram = words[index:index + size]
                if len(gram) < size or any(blocked[index:index + size]):
                    continue
                phrase = " ".join(gram)
                counts.setdefault(phrase, []).append(offset + run.group(0).index(phrase, position))
            position += len(word) + 1
    doc.user_data["warta_phrase_starts"] = counts
    return counts


def _keyphrases(doc: Doc, regions: list[tuple[int, int]], seen: set[str],
                limit: int) -> list[tuple[str, tuple[int, int]]]:
    """Lower-case noun phrases of two or three content words that the story repeats or its title names."""
    if limit <= 0:
        return []
    text = text_of(doc)
    title = text[:doc._.title_end or 0].lower()
    counts = _phrase_starts(doc)
    scored = []
    for phrase, starts in counts.items():
        in_title = phrase in title
        if len(starts) < 2 and not in_title:
            continue
        if regions and not any(_in_regions(at, regions) for at in starts):
            continue
        scored.append((len(starts) + 2 * in_title + 0.5 * len(phrase.split()), -starts[0], phrase, starts[0]))
    result: list[tuple[str, tuple[int, int]]] = []
    for _, _, phrase, at in sorted(scored, reverse=True):
        if any(phrase in other or other in phrase for other in seen):
            continue
        seen.add(phrase)
        result.append((phrase, (at, at + len(phrase))))
        if len(result) >= limit:
            break
    return result


@cache
def _intro_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _lexicon().kind_of_intro))})", re.IGNORECASE)
