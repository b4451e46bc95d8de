"""The glossary: entries, a normalized alias index, lookups and per-document matching.

Matching runs on characters (not tokens) over a normalized copy of the text (see `glossary_norm`),
with one Aho-Corasick automaton over every normalized label/alias of two or more characters.
Single-character aliases (露 米 中 日 ロ ウ ...) never match alone; they only take part in compound
abbreviations such as 日米 or 対ロ (see `glossary_match`).

Ambiguity rule: when one key names several entries (necessarily of different types within one file),
every entry is kept as a `Candidate` and the chosen one is the first by
(1) type priority COUNTRY > ORGANIZATION > AGREEMENT > PERSON > LOCATION > EVENT > POLICY > PRODUCT > OTHER,
(2) the key being the entry's label rather than an alias, (3) the id. In running text a title right
after the mention (大統領, 外相 ...) makes a PERSON candidate win instead.

Overrides: `load_glossary` reads files in order; a later entry with the same id replaces the earlier
one, and a later entry claiming a key held by an earlier entry *of the same type* takes that key.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import operator
from dataclasses import fields
from pathlib import Path
from typing import Iterable

import ahocorasick
from rapidfuzz import fuzz, process

from ..errors import GlossaryError
from .load import COLUMNS, GlossaryEntry, read_files, validate_files
from .match import DocumentMatcher, GlossaryMatch, TITLES
from .surnames import country_keys, first_name_keys, merge_keys, surname_pattern, surname_tables
from .norm import is_katakana, normalize
from .suggest import romanize, suggestion_row
from ..records import Candidate

__all__ = [
    "COLUMNS", "Glossary", "GlossaryEntry", "GlossaryMatch", "DocumentMatcher", "TITLES",
    "TYPE_PRIORITY", "load_glossary", "validate_files", "normalize", "romanize", "suggestion_row",
]

TYPE_PRIORITY = ("COUNTRY", "ORGANIZATION", "AGREEMENT", "PERSON", "LOCATION", "EVENT", "POLICY",
                 "PRODUCT", "OTHER")
_PRIORITY = {t: i for i, t in enumerate(TYPE_PRIORITY)}
VARIANT_SCORE = 0.95
FUZZY_MIN_LEN = 4
# head nouns that name the level or kind of a thing: a fuzzy match never swaps or adds one
# (中東アフリカ課 is a section, not the bureau 中東アフリカ局; カシミール is not カシミール語)
FUZZY_FIXED_HEADS = frozenset("課局部室省庁語人党軍院所州県府市区町村郡島")  # …州 is the state, not a typo of its bare name
_LONG_VOWEL_KANA = frozenset("アイウエオッ")  # small ァィゥェォ are folded to these by normalize
COMPOUND_TYPES = ("COUNTRY", "ORGANIZATION", "LOCATION")
_FIELDS = tuple(f.name for f in fields(GlossaryEntry) if f.name != "source")  # what the fingerprint hashes
_field_values = operator.attrgetter(*_FIELDS)


def load_glossary(paths: list[Path]) -> "Glossary":
    """Load glossary files in order; later files extend and override earlier ones.

    Raises `GlossaryError` (with ``problems``: one message per bad line) if any file is invalid.
    """
    entries, problems = read_files([Path(p) for p in paths])
    if problems:
        shown = "; ".join(problems[:5]) + ("; ..." if len(problems) > 5 else "")
        raise GlossaryError(
            f"glossary has {len(problems)} problem(s): {shown} -- fix these lines and run again",
            problems,
        )
    return Glossary(entries)


def plausible_typo(key: str, choice: str) -> bool:
    """Whether normalized `key` can be a misspelling of glossary key `choice` (上海極力機構 of 上海協力機構):
    the edits touch only kanji or kana, never a katakana or Latin letter of a name (アフリカ議会 is not
    アメリカ議会, Union is not UNIDO: names one letter apart are other names) except a vowel letter for a
    long vowel (クウェイト, クウェート), and neither key ends in
    a head noun of `FUZZY_FIXED_HEADS` the other lacks (…課 is not …局)."""
    if (key[-1] in FUZZY_FIXED_HEADS or choice[-1] in FUZZY_FIXED_HEADS) and key[-1] != choice[-1]:
        return False
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, key, choice, autojunk=False).get_opcodes():
        edited = key[i1:i2] + choice[j1:j2]
        if op in ("insert", "delete") and all(c in _LONG_VOWEL_KANA for c in edited):
            continue  # a long vowel written with its letter: クウェイト / クウェート (ー is dropped)
        if op != "equal" and any(is_katakana(c) or c.isascii() and c.isalpha() for c in edited):
            return False
    return True


_SCORES: dict[tuple[str, float, int], tuple[frozenset, tuple]] = {}  # (key, threshold, length) -> (keys, matches)
_SCORES_MAX = 100_000
_POOLS: dict[frozenset, frozenset] = {}  # a glossary's keys of one length -> the first equal set seen


def _scored(key: str, choices: list[str], threshold: float) -> tuple[tuple[str, float], ...]:
    """rapidfuzz ratio of `key` against each of `choices`, those at `threshold` or above that can be a typo."""
    return tuple((choice, score) for choice, score, _ in process.extract(
        key, choices, scorer=fuzz.ratio, score_cutoff=threshold * 100, limit=None) if plausible_typo(key, choice))


class Glossary:
    """Entries by id plus the indexes used for lookup and matching."""

    def __init__(self, entries: Iterable[GlossaryEntry]):
        self.entries: dict[str, GlossaryEntry] = {}
        for entry in entries:  # a later entry with the same id replaces (and moves after) the earlier
            self.entries.pop(entry.id, None)
            self.entries[entry.id] = entry
        keys: dict[str, list[str]] = {}
        self._verbatim: dict[str, frozenset[str]] = {}
        for entry in self.entries.values():
            self._verbatim[entry.id] = frozenset(entry.surfaces)
            for surface in entry.surfaces:
                key = normalize(surface)
                if not key:
                    continue
                ids = keys.setdefault(key, [])
                if entry.id not in ids:
                    ids[:] = [i for i in ids if self.entries[i].type != entry.type]
                    ids.append(entry.id)
        self._keys: dict[str, tuple[str, ...]] = {
            k: tuple(sorted(ids, key=lambda i: self._rank(i, k))) if len(ids) > 1 else tuple(ids)
            for k, ids in keys.items()
        }
        self._compound = {}  # one-character aliases: only ever parts of compounds (日米, 対ロ)
        for key, ids in self._keys.items():
            ids = tuple(i for i in ids if self.entries[i].type in COMPOUND_TYPES)
            if len(key) == 1 and not key.isascii() and ids:
                self._compound[key] = ids
        self._automaton = self._build_automaton()
        held = set(self._keys)
        self._surnames, self._shared_surnames = merge_keys(  # メルツ首相, ハリス首相, ファイサル外相
            *surname_tables(self.entries.values(), held), first_name_keys(self.entries.values(), held))
        self._surname_re = surname_pattern({**self._surnames, **self._shared_surnames})
        self._countries = country_keys(self.entries.values(), self._keys)
        self._by_len: dict[int, list[str]] = {}
        self._fuzzy_memo: dict[tuple, tuple[Candidate, ...]] = {}  # lookup_fuzzy's answers
        self._pools: dict[int, frozenset] = {}  # _fuzzy_keys: the keys of each length, as a set
        for key in self._keys:
            if len(key) >= FUZZY_MIN_LEN:
                self._by_len.setdefault(len(key), []).append(key)

    def _rank(self, gid: str, key: str) -> tuple:
        entry = self.entries[gid]
        is_label = key in (normalize(entry.label_ja), normalize(entry.label_en))
        return (_PRIORITY.get(entry.type, len(_PRIORITY)), not is_label, gid)

    def _build_automaton(self):
        automaton = ahocorasick.Automaton()
        for key in self._keys:
            if len(key) >= 2:
                automaton.add_word(key, key)
        if len(automaton) == 0:
            return None
        automaton.make_automaton()
        return automaton

    # -- plain lookups -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, gid: str | None) -> GlossaryEntry | None:
        return self.entries.get(gid) if gid else None

    def fingerprint(self) -> str:
        """sha256 of the canonical content (entries sorted by id, without their source location).
        Computed once per set of entries (a run asks for it twice; ~13 ms for 3,800 entries, 30 ms with a dict per row):
        the memo is keyed by the entry objects themselves, so replacing an entry recomputes it."""
        seen = tuple(map(id, self.entries.values()))
        memo = getattr(self, "_fingerprint", None)
        if memo is not None and memo[0] == seen:
            return memo[1]
        # each entry as its field values in _FIELDS' fixed order (no per-row dict, no key sorting: 2.3x faster)
        canon = json.dumps([_field_values(self.entries[gid]) for gid in sorted(self.entries)],
                           ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256(canon.encode("utf-8")).hexdigest()
        self._fingerprint = (seen, digest)
        return digest

    def candidates(self, key: str, surface: str) -> list[Candidate]:
        """Candidates for a normalized key: `exact` (1.0) when ``surface`` is verbatim a label or
        alias of that entry, else `variant` (0.95)."""
        out = []
        for gid in self._keys.get(key, ()):
            if surface in self._verbatim[gid]:
                out.append(Candidate(gid, 1.0, "exact"))
            else:
                out.append(Candidate(gid, VARIANT_SCORE, "variant"))
        return out

    def lookup(self, surface: str) -> list[Candidate]:
        """Exact/variant lookup of a whole surface; the chosen candidate first."""
        return self.candidates(normalize(surface), surface)

    def lookup_fuzzy(self, surface: str, threshold: float = 0.8, *,
                     max_length_diff: int | None = None) -> list[Candidate]:
        """rapidfuzz ratio over normalized keys of length >= 4 and similar length, best first.

        Scores are 0..1; method is ``fuzzy``. Keys compared are within ±max(1, len/4) characters of
        the surface's normalized length (or ``max_length_diff``), so ロシア鉄道 is never measured
        against long names; a key counts only where the difference can be a typo (`plausible_typo`).
        """
        key = normalize(surface)
        if len(key) < FUZZY_MIN_LEN:
            return []
        found = self._fuzzy_memo.get((key, threshold, max_length_diff))  # names recur across documents
        if found is None:
            found = self._fuzzy_memo[(key, threshold, max_length_diff)] = self._fuzzy(key, threshold, max_length_diff)
        return list(found)

    def _fuzzy(self, key: str, threshold: float, max_length_diff: int | None) -> tuple[Candidate, ...]:
        slack = max(1, len(key) // 4) if max_length_diff is None else max_length_diff
        best: dict[str, float] = {}
        for length in range(max(FUZZY_MIN_LEN, len(key) - slack), len(key) + slack + 1):
            choices = self._by_len.get(length)
            if not choices:
                continue
            for choice, score in self._fuzzy_keys(key, choices, threshold):
                for gid in self._keys[choice]:
                    best[gid] = max(best.get(gid, 0.0), round(score / 100, 4))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], self._rank(kv[0], "")))
        return tuple(Candidate(gid, score, "fuzzy") for gid, score in ranked)

    def _fuzzy_keys(self, key: str, choices: list[str], threshold: float) -> tuple[tuple[str, float], ...]:
        """The (choice, score) of `choices` (the keys of one length) that `key` fuzzily matches, in no
        particular order (`_fuzzy` keeps the best score per entry, then sorts). Each (choice, score) is
        a function of the two strings alone, so the answer for another glossary's keys of that length
        is kept (`_SCORES`) and reused by the next glossary: whole when its keys of that length are the
        same, else less the keys it lacks plus the keys it adds, scored now. A glossary edit then
        scores only the keys it added, not every key against every fuzzy surface of the corpus again."""
        length = len(choices[0])
        pool = self._pools.get(length)
        if pool is None:  # one set object for equal key sets of any glossary: kept answers are found by identity
            pool = frozenset(choices)
            pool = self._pools[length] = _POOLS.setdefault(pool, pool)
        memo = (key, threshold, length)
        kept = _SCORES.get(memo)
        if kept is None:
            found = _scored(key, choices, threshold)
        elif kept[0] is pool:
            found = kept[1]
        else:
            old_pool, old = kept  # the matches among keys still there, and the added keys scored now
            added = [c for c in choices if c not in old_pool]
            found = tuple(m for m in old if m[0] in pool) + _scored(key, added, threshold)
        if len(_SCORES) >= _SCORES_MAX:
            _SCORES.clear()
            _POOLS.clear()
        _SCORES[memo] = (pool, found)
        return found

    def matcher(self) -> DocumentMatcher:
        """A fresh matcher for one document (it learns that document's abbreviations)."""
        return DocumentMatcher(self)
