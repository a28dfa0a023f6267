"""spaCy's Indonesian tokenizer, memoised per whitespace-separated chunk: the same tokens, several times faster.

spaCy's own tokenizer caches chunks too, but it refuses to cache any chunk whose pieces touch one of the
~16,000 Indonesian special cases (most hyphenated words, abbreviations), so about a third of all news chunks
are split by regex again every time: 5-8 ms of a 670-word article. A chunk's tokens never depend on its
neighbours (spaCy splits text on whitespace first), except for the few special cases that contain a space
("Dr. rer. nat.") and the emoticons, so a text containing one of those goes to spaCy's tokenizer whole.

Loading those 16,000 special cases takes spaCy 1.5 s, in every process that builds the pipeline, while an
article uses a handful. A special case can only change the tokens of a chunk it is a substring of, so
``indonesian_tokenizer`` loads only the ones that depend on context, and the rest just before the first chunk
(or text) that contains them is tokenized: the same tokens, and a tokenizer built in 0.1 s.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parser
import string
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import chain, compress, repeat
from operator import is_, itemgetter
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

# A chunk with the single space after it (spaCy makes that space the chunk's last token's trailing space), or a
# run of white space (spaCy makes it a token, less a first ' ' that trails the chunk before it).
_RUNS = re.compile(r"\S+ ?|\s+")
Rules = dict[str, list[dict[Any, Any]]]
# A run's tokens as their strings' ids (orth values) and whether a space follows each: a Doc made from ids skips
# hashing every word again (0.35 -> 0.08 ms for an article's 340 tokens).
Entry = tuple[tuple[int, ...], tuple[bool, ...]]
_IDS, _SPACES_AFTER = itemgetter(0), itemgetter(1)


def _depends_on_context(key: str) -> bool:
    """Special cases whose tokens can depend on the neighbouring chunks: those containing a space, and the
    emoticons (":/", "):"), which spaCy's special-case matcher merges or not depending on context."""
    return len(key) > 1 and (" " in key.strip() or not any(c.isalnum() for c in key))


_ASCII_LETTERS = frozenset(map(ord, string.ascii_letters))


def _class_may_hold(items: list[tuple[Any, Any]], alphabet: frozenset[int]) -> bool:
    """Whether a parsed character class may hold a character of ``alphabet`` (True where unsure)."""
    negate, members = False, set()
    for op, value in items:
        if op is sre_constants.NEGATE:
            negate = True
        elif op is sre_constants.LITERAL:
            members.add(value)
        elif op is sre_constants.RANGE:
            members.update(c for c in alphabet if value[0] <= c <= value[1])
        else:   # a category (\w, \d) or anything else
            return True
    held = members & alphabet
    return len(held) < len(alphabet) if negate else bool(held)


def _may_match(sequence: Any, alphabet: frozenset[int], ignore_case: bool) -> bool:
    """Whether a parsed regex may match somewhere in a string of ``alphabet``'s characters only: False only where a
    part it must match (a character, a class, a group, a repeat at least once, a lookaround that must hold) cannot
    be one of them. True where unsure."""
    for op, value in sequence:
        if op is sre_constants.LITERAL:
            if value not in alphabet and not ignore_case:
                return False
        elif op is sre_constants.IN:
            if not ignore_case and not _class_may_hold(value, alphabet):
                return False
        elif op is sre_constants.SUBPATTERN:
            if not _may_match(value[-1], alphabet, ignore_case):
                return False
        elif op is sre_constants.BRANCH:
            if not any(_may_match(branch, alphabet, ignore_case) for branch in value[1]):
                return False
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            if value[0] >= 1 and not _may_match(value[2], alphabet, ignore_case):
                return False
        elif op is sre_constants.ASSERT and not _may_match(value[1], alphabet, ignore_case):
            return False
    return True


def _branches(find: Callable[..., Any] | None) -> list[Any] | None:
    """The top-level alternatives of the regex behind ``find`` (a bound ``search`` or ``finditer``), parsed; [] for
    no regex, None for something that is not a compiled regex's method."""
    if find is None:
        return []
    pattern = getattr(find, "__self__", None)
    if isinstance(pattern, (SuffixSearch, InfixFinditer)):   # the same matches as the pattern it stands for
        pattern = pattern.whole
    if not isinstance(pattern, re.Pattern) or pattern.flags & re.IGNORECASE:
        return None
    tree = sre_parser.parse(pattern.pattern, pattern.flags)
    if len(tree.data) == 1 and tree.data[0][0] is sre_constants.BRANCH:
        return list(tree.data[0][1][1])
    return [tree]


def letters_may_match(find: Callable[..., Any] | None) -> bool:
    """Whether the regex behind ``find`` may match in a word of ASCII letters alone; True where unsure."""
    branches = _branches(find)
    return branches is None or any(_may_match(b, _ASCII_LETTERS, False) for b in branches)


# A character class of more characters than this is taken as "any character" (a category, a large range).
_MAX_CLASS = 1 << 16


def _last_chars(sequence: Any) -> frozenset[int] | None:
    """The characters the last character of any match of a parsed regex may be; None where unsure (an empty
    match is possible, a category, a negated or large class, a back-reference, anything unknown). Zero-width
    items at the end (``$``, a look-ahead) are passed over: they consume nothing."""
    for op, value in reversed(list(sequence)):
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        if op is sre_constants.LITERAL:
            return frozenset((value,))
        if op is sre_constants.IN:
            members: set[int] = set()
            for item, argument in value:
                if item is sre_constants.LITERAL:
                    members.add(argument)
                elif item is sre_constants.RANGE and argument[1] - argument[0] < _MAX_CLASS:
                    members.update(range(argument[0], argument[1] + 1))
                else:   # NEGATE, CATEGORY, a large range
                    return None
            return frozenset(members) if len(members) <= _MAX_CLASS else None
        if op is sre_constants.SUBPATTERN:
            return _last_chars(value[-1])
        if op is sre_constants.BRANCH:
            found: set[int] = set()
            for branch in value[1]:
                last = _last_chars(branch)
                if last is None:
                    return None
                found |= last
            return frozenset(found)
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            return _last_chars(value[2]) if value[0] >= 1 else None
        return None   # ANY, NOT_LITERAL, GROUPREF, ...
    return None       # nothing consumed: an empty match


def _ends_at_end(sequence: Any) -> bool:
    """Whether a parsed regex matches only at the end of the string: its last item is ``$`` (or ``\\Z``)."""
    items = list(sequence)
    return bool(items) and items[-1][0] is sre_constants.AT and items[-1][1] in (
        sre_constants.AT_END, sre_constants.AT_END_STRING)


def _alternatives(pattern: re.Pattern[str]) -> tuple[list[str], list[Any], bool]:
    """A pattern's top-level alternatives, each parsed, and whether they may be searched for apart: alternatives
    compiled apart must mean what they meant together (no case folding, no reference to a group)."""
    sources = _top_level_alternatives(pattern.pattern)
    trees = [sre_parser.parse(source, pattern.flags) for source in sources]
    ok = not pattern.flags & re.IGNORECASE and len(sources) > 1 and not any(_refers_to_group(t) for t in trees)
    return sources, trees, ok


class SuffixSearch:
    """``pattern.search`` for spaCy's suffix regex (``p1$|p2$|...``: 89 Indonesian alternatives, most of them one
    mark, several behind a look-behind, so ``re`` tries every alternative at every character of the string): the
    same leftmost match span, searched for with only the alternatives whose match may end with the string's last
    character. An alternative that matches only at the end ($) and whose last character cannot be that one
    matches nowhere in the string, so the first alternative that matches at the leftmost place is among those
    kept. Alternatives that are not sure to end at the end, or whose last character is not known, are always
    kept. A string with a line break (before which ``$`` also matches) is searched with the whole pattern. The
    search for each last character is compiled when first needed (a handful in news)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.whole = pattern
        self.pattern = pattern.pattern   # as spaCy reads a search's pattern to serialise a tokenizer
        self._sources, trees, self._ok = _alternatives(pattern)
        self._last = [_last_chars(tree) if _ends_at_end(tree) else None for tree in trees]
        self._by_char: dict[str, Callable[[str], Any]] = {}
        self._by_subset: dict[tuple[int, ...], Callable[[str], Any]] = {}

    def search(self, string: str) -> Any:
        if not self._ok or not string or "\n" in string:
            return self.whole.search(string)
        find = self._by_char.get(string[-1])
        if find is None:
            find = self._for_char(string[-1])
        return find(string)

    def _for_char(self, char: str) -> Callable[[str], Any]:
        code = ord(char)
        kept = tuple(i for i, last in enumerate(self._last) if last is None or code in last)
        find = self._by_subset.get(kept)
        if find is None:
            if not kept:
                find = _no_match
            elif len(kept) == len(self._sources):
                find = self.whole.search
            else:
                find = re.compile("|".join(self._sources[i] for i in kept), self.whole.flags).search
            self._by_subset[kept] = find
        self._by_char[char] = find
        return find


def _required_chars(sequence: Any) -> frozenset[int] | None:
    """Characters of which a string must hold one for a parsed regex to match in it: those of the smallest item
    every match consumes or a look-around that must hold reads (a character, a known class, a group, a repeat
    at least once); None where no such item is known (any string may hold a match)."""
    best: frozenset[int] | None = None
    for op, value in sequence:
        found: frozenset[int] | None = None
        if op is sre_constants.LITERAL:
            found = frozenset((value,))
        elif op is sre_constants.IN:
            found = _last_chars([(op, value)])
        elif op is sre_constants.SUBPATTERN:
            found = _required_chars(value[-1])
        elif op is sre_constants.ASSERT:
            found = _required_chars(value[1])
        elif op is sre_constants.BRANCH:
            parts = [_required_chars(branch) for branch in value[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            found = _required_chars(value[2]) if value[0] >= 1 else None
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


class InfixFinditer:
    """``pattern.finditer`` for spaCy's infix regex (15 Indonesian alternatives, most behind a look-behind, so
    ``re`` tries each at every character): the same matches, found with only the alternatives that can match in
    the string, those of which it holds a required character (a mark: '-', '/', '%', ...). An alternative that
    cannot match anywhere in the string is never the first to match at a place, so leaving it out changes no
    match. Alternatives with no known required character are always kept. Where one alternative is left, it is
    searched for alone (compiled once); where more, the whole pattern."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.whole = pattern
        self.pattern = pattern.pattern   # as spaCy reads a finditer's pattern to serialise a tokenizer
        self._sources, trees, self._ok = _alternatives(pattern)
        required = [_required_chars(tree) for tree in trees]
        self._always = frozenset(i for i, chars in enumerate(required) if chars is None)
        by_char: dict[str, set[int]] = {}
        for i, chars in enumerate(required):
            for code in chars or ():
                by_char.setdefault(chr(code), set()).add(i)
        self._by_char = {char: frozenset(kept) for char, kept in by_char.items()}
        self._marks = frozenset(self._by_char)   # a set: intersected with a string's, the smaller is walked
        self._by_subset: dict[frozenset[int], Callable[[str], Any]] = {}

    def finditer(self, string: str) -> Any:
        if not self._ok:
            return self.whole.finditer(string)
        kept = self._always.union(*map(self._by_char.get, self._marks.intersection(string)))
        find = self._by_subset.get(kept)
        if find is None:
            find = self._compile(kept)
        return find(string)

    def _compile(self, kept: frozenset[int]) -> Callable[[str], Any]:
        # One alternative alone, or the whole pattern: a subset of several would each be compiled anew, and
        # compiling the large look-behind classes takes 15 ms each time.
        if not kept:
            find: Callable[[str], Any] = _no_matches
        elif len(kept) == 1:
            find = re.compile(self._sources[next(iter(kept))], self.whole.flags).finditer
        else:
            find = self.whole.finditer
        self._by_subset[kept] = find
        return find


def _no_matches(_: str) -> Iterator[Any]:
    return iter(())


def _refers_to_group(sequence: Any) -> bool:
    """Whether a parsed regex refers to a group (a back-reference, a conditional on a group)."""
    for op, value in sequence:
        if op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
            return True
        children = value if isinstance(value, (list, tuple)) else ()
        for child in children:
            if isinstance(child, sre_parser.SubPattern) and _refers_to_group(child):
                return True
            if isinstance(child, (list, tuple)) and any(
                    isinstance(c, sre_parser.SubPattern) and _refers_to_group(c) for c in child):
                return True
    return False


def _no_match(_: str) -> None:
    return None


def only_mark_matches(find: Callable[..., Any] | None, mark: str) -> bool:
    """Whether the only part of the regex behind ``find`` that may match in ASCII letters followed by ``mark`` is
    ``mark`` itself (an alternative that is the one character, anchored or not)."""
    branches = _branches(find)
    alphabet = _ASCII_LETTERS | {ord(mark)}
    return branches is not None and all(
        [item for item in b if item[0] is not sre_constants.AT] == [(sre_constants.LITERAL, ord(mark))]
        for b in branches if _may_match(b, alphabet, False))


@cache
def _spaces(n: int, trailing: bool) -> tuple[bool, ...]:
    return (False,) * (n - 1) + (trailing,) if n else ()


class ChunkCachedTokenizer:
    """Callable like spaCy's Tokenizer (text -> Doc); tokens and whitespace identical to ``tokenizer``'s with
    ``deferred`` special cases added to its own.

    The cache has two generations of at most ``max_chunks`` runs each: when the newer fills up it becomes the
    older one, and a run found only in the older one moves to the newer. Real text never stops bringing new
    words (indosum-dev's 3,435 articles have 95,000 distinct chunks), and emptying a full cache outright threw
    away the frequent runs with the rest, so a long run over real news re-split a third of its chunks."""

    def __init__(self, tokenizer: Tokenizer, max_chunks: int = 100_000, deferred: Rules | None = None,
                 letter_prefixes: list[str] | None = None) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab
        self.max_chunks = max_chunks   # about 25 MB per generation; a long run must not grow without bound
        self._chunks: dict[str, Entry] = {}
        self._older: dict[str, Entry] = {}
        deferred = {k: v for k, v in (deferred or {}).items() if k not in tokenizer.rules}
        if any(_depends_on_context(k) for k in deferred):
            raise ValueError("special cases that depend on context cannot be deferred")
        # A special case is looked for only around the characters that are not letters or digits ("-", ".", "'"),
        # which all but a handful contain; those few ("xD", "Lc") are loaded now, and so is white space, which no
        # chunk holds.
        for key in [k for k in deferred if k.isalnum() or k.isspace()]:
            tokenizer.add_special_case(key, deferred.pop(key))
        self._deferred = deferred
        self._marks = frozenset(c for key in deferred for c in key if not c.isalnum())
        # Each deferred special case by its head, what it has up to its first mark ("anak-" of "anak-anak"): the
        # special cases in a chunk are found from the heads that end at a mark of it.
        heads: dict[str, list[str]] = {}
        lengths: dict[str, set[int]] = {}   # mark -> the lengths of the heads that end with it
        for key in deferred:
            first = next(i for i, c in enumerate(key) if c in self._marks)
            heads.setdefault(key[:first + 1], []).append(key)
            lengths.setdefault(key[first], set()).add(first + 1)
        self._heads = {head: tuple(keys) for head, keys in heads.items()}
        self._head_lengths = {mark: sorted(found) for mark, found in lengths.items()}
        # Chunks joined by line breaks are tokenized as each alone when no special case contains a line break
        # (but the line break alone, which has no prefix, suffix or infix that would put it in spaCy's matcher).
        self._batch = all("\n" not in key or (key == "\n" and not any(
            find("\n") for find in (tokenizer.find_prefix, tokenizer.find_suffix, tokenizer.find_infix)))
            for key in [*tokenizer.rules, *deferred])
        # A word of ASCII letters alone ("pemerintah", "Jokowi"; half the chunks a new article brings) is one
        # token unless a prefix, suffix or infix can match in it or it is a special case: Indonesian suffixes and
        # infixes all need a mark or a digit, and the prefixes that are letters ("Rp", "USD") are looked for.
        self._letter_words = not (letters_may_match(tokenizer.suffix_search)
                                  or letters_may_match(tokenizer.infix_finditer))
        self._prefix_search = tokenizer.prefix_search
        # Where ``letter_prefixes`` (the prefix pieces that may match in a word of ASCII letters: "Rp", "USD") is
        # given, a word of letters is asked only about them: a match of the full prefix search in such a word is a
        # match of one of them, and the full search tries its 171 Indonesian alternatives at every character.
        self._letter_prefix_search: Callable[[str], Any] | None = tokenizer.prefix_search
        if letter_prefixes is not None:
            self._letter_prefix_search = prefix_regex(letter_prefixes).search if letter_prefixes else None
        # ... and a word of them with a comma after it ("kota,") is the word and the comma, when the comma is the
        # only suffix that can match there and no special case is the chunk, the word or the comma.
        self._comma_words = (self._letter_words and only_mark_matches(tokenizer.suffix_search, ",")
                             and "," not in tokenizer.rules)
        # ... and likewise a word of them with a full stop after it ("Jakarta."), where spaCy's suffix search, asked
        # for each such chunk, finds the full stop alone (no full stop is a suffix after a single capital: "A.").
        self._suffix_search = tokenizer.suffix_search
        self._period_words = self._letter_words and tokenizer.token_match is None and "." not in tokenizer.rules
        self._letter_specials = frozenset(k for k in tokenizer.rules if k.isascii() and k.isalpha())
        unsafe = sorted((k for k in tokenizer.rules if _depends_on_context(k)), key=len, reverse=True)
        self._context_special = re.compile("|".join(map(re.escape, unsafe))) if unsafe else None

    def _load_specials_in(self, chunk: str) -> None:
        """Add to spaCy's tokenizer the deferred special cases that are substrings of ``chunk``.

        Each deferred special case contains a mark, so one in ``chunk`` has its head (up to its first mark) end at a
        mark of ``chunk``, with no mark before it since the previous one: only those substrings are looked up (a
        third of the cost of every substring as long as a special case, around every mark). Those found are added
        in order of length, then position."""
        if not self._deferred or self._marks.isdisjoint(chunk):
            return
        found = set()
        after = 0   # where the text after the last mark begins: a head holds no mark but its last character
        for position, char in enumerate(chunk):
            lengths = self._head_lengths.get(char)
            if lengths is None:
                if char in self._marks:
                    after = position + 1
                continue
            for length in lengths:
                start = position + 1 - length
                if start < after:
                    break
                for key in self._heads.get(chunk[start:position + 1], ()):
                    if chunk.startswith(key, start):
                        found.add((len(key), start))
            after = position + 1
        for length, start in sorted(found):
            key = chunk[start:start + length]
            substrings = self._deferred.pop(key, None)
            if substrings is not None:
                self.tokenizer.add_special_case(key, substrings)

    def _one_word(self, chunk: str) -> bool:
        """Whether spaCy's tokenizer makes ``chunk`` one token because it is ASCII letters in which no affix can
        match (checked in ``__init__``), no letter prefix begins it and it is no special case."""
        return (chunk.isascii() and chunk.isalpha() and chunk not in self._letter_specials
                and (self._letter_prefix_search is None or self._letter_prefix_search(chunk) is None))

    def _word_and_comma(self, chunk: str) -> bool:
        """Whether spaCy's tokenizer makes ``chunk`` (ending in a comma) the word before the comma and the comma."""
        if not self._one_word(chunk[:-1]) or (self._prefix_search is not None and self._prefix_search(chunk)):
            return False
        self._load_specials_in(chunk)   # a special case ending in a comma would be loaded now
        return chunk not in self.tokenizer.rules

    def _word_and_period(self, chunk: str) -> bool:
        """Whether spaCy's tokenizer makes ``chunk`` (ending in a full stop) the word before it and the full stop:
        no prefix, the suffix spaCy finds is the full stop alone, the word is one token, and no special case is the
        chunk or the full stop."""
        if not self._one_word(chunk[:-1]) or (self._prefix_search is not None and self._prefix_search(chunk)):
            return False
        suffix = self._suffix_search(chunk) if self._suffix_search is not None else None
        if suffix is None or suffix.start() != len(chunk) - 1:
            return False
        self._load_specials_in(chunk)   # a special case ending in a full stop ("dll.") would be loaded now
        return chunk not in self.tokenizer.rules and "." not in self.tokenizer.rules

    def _split(self, chunks: list[str]) -> list[tuple[str, ...]]:
        """spaCy's tokens of each chunk, for all of them in one call of spaCy's tokenizer where that is safe.

        Chunks joined by line breaks are tokenized as each alone: spaCy splits at white space first, a line break
        is a token of its own, and no special case contains one (checked in ``__init__``), so none can match
        across it. One call instead of one per chunk: a new article brings dozens of chunks never seen."""
        if self._letter_words:
            known: dict[str, tuple[str, ...]] = {chunk: (chunk,) for chunk in chunks if self._one_word(chunk)}
            if self._comma_words:
                for chunk in chunks:
                    if chunk[-1] == "," and chunk not in known and self._word_and_comma(chunk):
                        known[chunk] = (chunk[:-1], ",")
            if self._period_words:
                for chunk in chunks:
                    if chunk[-1] == "." and chunk not in known and self._word_and_period(chunk):
                        known[chunk] = (chunk[:-1], ".")
            if known:
                rest = iter(self._split([chunk for chunk in chunks if chunk not in known]))
                return [known[chunk] if chunk in known else next(rest) for chunk in chunks]
        for chunk in chunks:
            self._load_specials_in(chunk)
        if not chunks:
            return []
        if not self._batch or len(chunks) == 1:
            return [tuple(token.text for token in self.tokenizer(chunk)) for chunk in chunks]
        doc = self.tokenizer("\n".join(chunks))
        found: list[list[str]] = [[] for _ in chunks]
        index, end = 0, len(chunks[0])
        for token in doc:
            while token.idx >= end + 1:    # past chunk ``index`` and the line break after it
                index += 1
                end += 1 + len(chunks[index])
            if token.idx < end:
                found[index].append(token.text)
        return [tuple(tokens) for tokens in found]

    def _fill(self, runs: list[str], entries: list[Entry | None]) -> list[Entry | None]:
        """``entries`` with those of the runs not in the newer generation filled in: from the older one, else from
        spaCy. Only the missing runs are walked in Python (a new article has a few dozen among its hundreds)."""
        made: dict[str, Entry] = {}
        new: dict[str, tuple[str, bool]] = {}    # run -> (chunk, whether a space trails it)
        older = self._older
        for run in dict.fromkeys(compress(runs, map(is_, entries, repeat(None)))):
            entry = older.get(run)
            if entry is not None:
                made[run] = entry
                continue
            trailing = run[-1] == " " and not run[0].isspace()
            new[run] = (run[:-1] if trailing else run, trailing)
        # Runs of white space go one by one (a line break among them would be no separator); words together.
        chunks = list(dict.fromkeys(chunk for chunk, _ in new.values() if not chunk[0].isspace()))
        tokens = dict(zip(chunks, self._split(chunks), strict=True)) if chunks else {}
        orth = self.vocab.strings.add   # the id Doc() would hash each word to (a symbol's own id for a symbol)
        for run, (chunk, trailing) in new.items():
            found = tokens[chunk] if chunk in tokens else self._split([chunk])[0]
            made[run] = (tuple(map(orth, found)), _spaces(len(found), trailing))
        for run, entry in made.items():
            self._store(run, entry)
        # A run's entry, or the one made for it: every occurrence of a run was found, or missed, alike.
        return list(map(made.get, runs, entries))

    def _store(self, run: str, entry: Entry) -> None:
        if len(self._chunks) >= self.max_chunks:
            self._older, self._chunks = self._chunks, {}
        self._chunks[run] = entry

    def __call__(self, text: str) -> Doc:
        if self._context_special is not None and self._context_special.search(text):
            for chunk in text.split():
                self._load_specials_in(chunk)
            return self.tokenizer(text)
        runs = _RUNS.findall(text)
        entries: list[Entry | None] = list(map(self._chunks.get, runs))
        if None in entries:
            entries = self._fill(runs, entries)
        # the runs' ids and spaces joined without a Python loop over the runs
        words = list(chain.from_iterable(map(_IDS, entries)))
        spaces = list(chain.from_iterable(map(_SPACES_AFTER, entries)))
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> list[Doc]:
        return [self(text) for text in texts]


def _top_level_alternatives(piece: str) -> list[str]:
    """``piece`` split at its top-level ``|`` (not inside a group, a character class, or after a backslash)."""
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(piece):
        char = piece[index]
        if char == "\\":
            index += 1              # the escaped character is a literal
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if piece[index + 1: index + 2] == "^":
                index += 1
            if piece[index + 1: index + 2] == "]":   # "[]...]" and "[^]...]": a first "]" is a literal
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(piece[start:index])
            start = index + 1
        index += 1
    return [*parts, piece[start:]]


def prefix_regex(entries: Iterable[str]) -> re.Pattern[str]:
    """The regex ``spacy.util.compile_prefix_regex(entries)`` builds, matching the same strings at the same
    places, written so that Python's ``re`` can skip most alternatives at the first character.

    spaCy writes ``^p1|^p2|...``: each alternative starts with the ``^`` anchor, so ``re`` must enter each of the
    171 Indonesian ones in turn (20 us a call, a third of the tokenizer's time on new words). ``^(?:p1|p2|...)``
    tries the same alternatives in the same order at position 0, and its branch test rejects an alternative
    whose first character cannot match without entering it (1.2 us). A piece with a top-level ``|`` ("<b/>|<a
    ...>") leaves every part after the first unanchored in spaCy's regex; those parts are also tried at every
    later position, after the ``^`` group, as spaCy's regex tries them there (at position 0 they have been tried
    in the group already, in spaCy's order)."""
    anchored: list[str] = []
    unanchored: list[str] = []
    for piece in entries:
        if not piece.strip():
            continue
        first, *rest = _top_level_alternatives(piece)
        anchored += [first, *rest]
        unanchored += rest
    expression = "^(?:" + "|".join(anchored) + ")"
    if unanchored:
        expression += "|" + "|".join(unanchored)
    return re.compile(expression)


def indonesian_tokenizer(nlp: Language) -> ChunkCachedTokenizer:
    """The tokenizer ``spacy.blank("id")`` builds (same prefixes, suffixes, infixes, matches and special cases),
    chunk-cached, with the special cases that do not depend on context loaded when first needed."""
    defaults = nlp.Defaults
    rules: Rules = dict(defaults.tokenizer_exceptions or {})
    prefixes = [piece for piece in defaults.prefixes or () if piece.strip()]
    tokenizer = Tokenizer(
        nlp.vocab,
        rules={k: v for k, v in rules.items() if _depends_on_context(k) or _loaded_at_once(k)},
        prefix_search=prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=SuffixSearch(compile_suffix_regex(defaults.suffixes)).search if defaults.suffixes else None,
        infix_finditer=InfixFinditer(compile_infix_regex(defaults.infixes)).finditer if defaults.infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
    return ChunkCachedTokenizer(tokenizer, deferred=rules,
                                letter_prefixes=[p for p in prefixes if _piece_may_match_letters(p)])


def _loaded_at_once(key: str) -> bool:
    """Special cases with one letter at most ("8)", "<3", ":D", "w.", " "): emoticons and symbols, which spaCy's
    special-case matcher may match over tokens of neighbouring chunks; where one does, it keeps a context-dependent
    one from applying ("8 ):Rabu" is "8", ")", ":", "Rabu" because of "8)"), so they are loaded from the start, as
    spaCy has them, not when a chunk first contains them. There are about 90; words of letters are loaded at once
    too (``ChunkCachedTokenizer``)."""
    return sum(c.isalpha() for c in key) <= 1


def _piece_may_match_letters(piece: str) -> bool:
    """Whether a prefix piece may match in a word of ASCII letters (True where unsure, or where it will not compile
    alone)."""
    try:
        pattern = re.compile(piece)
    except re.error:
        return True
    return letters_may_match(pattern.search)


@registry.tokenizers("warta.indonesian_tokenizer.v1")
def create_indonesian_tokenizer() -> Callable[[Language], ChunkCachedTokenizer]:
    return indonesian_tokenizer
