"""Per-document glossary matching: glossary spans, abbreviations defined in the text, compound
country abbreviations (日米, 対ロ) and titles kept as roles (プーチン大統領).

Offsets in every `GlossaryMatch` index the string given to `DocumentMatcher.feed`.

Compounds: a run of 2-3 one-character aliases of COUNTRY/ORGANIZATION/LOCATION entries (日米, 露越,
露ウ, 日米中), or 対 + 1-3 of them (対ロ, 対中), gives one `GlossaryMatch` per part, all on the same
span (the run; 対 is not part of it), method ``compound``, score 0.9. Conservative: the character
before must not be a kanji (在日米軍), the next must be a non-kanji or a context word (関係, 首脳, 間,
両国, 制裁 ... `COMPOUND_CONTEXT`), katakana ロ/ウ must not run on into a katakana word (中ロシア),
中米 and 日中 need a context word (Central America; daytime), 対比 is never a compound, and nothing
already matched as a longer key (中国, 米国, 日本) is split; after a digit the first character is a
counter (24日朝 is the morning of the 24th).

Word-forming affixes (`affixes.py`): a key found inside a longer word whose prefix or suffix makes it
a different word (非友好国, 反米, 新ASEAN, ロシア人, 親ロ派) gives no match there.

Roles: a PERSON mention followed by a title keeps the name as its span and the title in ``role``
(``text[start:end]`` is the name). ``role == '政権'`` (プーチン政権) means *the government of* that
person; consumers that need the government rather than the person read it that way.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, Protocol

from ..titles import OFFICES, TITLE_PREFIXES
from .norm import (NormalizedText, is_kanji, is_katakana, is_word_char,
                            latin_boundary_ok, normalize, normalize_with_map, url_spans)
from ..records import Candidate
from ..text import ABBREVIATION_DEFINITION_RE
from .affixes import changes_word
from .surnames import surname_spans
from .owners import (foreign_owner, glosses_name_before, in_english_title, in_office_title, in_word,
                     japanese_state_body)



class GlossaryIndex(Protocol):
    """What matching needs of a glossary (`index.Glossary` provides it); kept as a protocol so that
    this module does not import the index that builds on it."""

    entries: dict
    _automaton: object
    _compound: object

    def candidates(self, key: str, surface: str) -> list[Candidate]: ...

    def lookup_fuzzy(self, surface: str, threshold: float = 0.8, *, max_length_diff: int | None = None) -> list[Candidate]: ...

COMPOUND_SCORE = 0.9
SURNAME_SCORE = 0.85  # a derived surname before an office title (glossary.surnames), as the kanji surname rule
TITLES = OFFICES + ("氏", "首脳", "政権")  # roles kept after a glossary name (pipeline/titles.py)
_TITLE_RE = re.compile("(?:" + "|".join(TITLE_PREFIXES) + ")?(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")")
# Words that may follow a compound such as 日米 / 対ロ when the next character is a kanji.
COMPOUND_CONTEXT = (
    "両国", "両政府", "関係", "首脳", "間", "会談", "会議", "同盟", "協力", "貿易", "共同", "合同",
    "対話", "安保", "安全保障", "戦略", "外相", "国防相", "防衛", "外交", "経済", "軍事", "演習",
    "政府", "交渉", "協議", "条約", "協定", "宣言", "声明", "連携", "接近", "対立", "摩擦", "友好",
    "国境", "国交", "紛争", "戦争", "競争", "緊張", "合意", "和解", "制裁", "政策", "輸出", "輸入",
    "投資", "依存", "姿勢", "批判", "圧力", "支援", "援助", "強硬", "融和", "包囲", "警戒", "協調",
    "感情", "大使", "蜜月", "枢軸", "提携", "首相", "大統領", "合弁", "合作", "企業", "資源", "技術",
)
# A one-character alias alone (印首相, オバマ米大統領, 日・メキシコ) names its country before an
# office, a body of the state, the media or a ・ joining another party; 中 alone is too common.
SINGLE_CONTEXT = (
    "首相", "大統領", "外相", "国防相", "外務省", "国務省", "国防総省", "政府", "外交", "大使", "軍",
    "当局", "議会", "紙", "誌", "テレビ", "メディア", "通信", "・",
)
_NOT_SINGLE = frozenset({"中"})


def _single_ok(text: str, j: int, k: int, run: str) -> bool:
    after_dot = j >= 2 and text[j - 1] == "・" and not text[j - 2].isspace()  # 日・米: both parties
    if run in _NOT_SINGLE or not is_kanji(run) or not (after_dot or text.startswith(SINGLE_CONTEXT, k)):
        return False
    if k >= 2 and (text[k - 2].isdigit() or text[k - 2] in "〇一二三四五六七八九十"):
        return False  # 2日・3日: a day, not Japan
    return not text.startswith("・", k) or (k + 1 < len(text) and not text[k + 1].isspace())


_NOT_COMPOUND = frozenset({"対比"})  # comparison, not "towards the Philippines"
_NEEDS_CONTEXT = frozenset({"中米", "日中"})  # Central America; daytime: need 関係/首脳/... after
_ACRONYM_RE = re.compile(r"\((?:略称[:：]?)?([a-z][a-z0-9&.+/\-]{1,15})\)")
_IKA_RE = ABBREVIATION_DEFINITION_RE  # one pattern with claims (pipeline/text/abbrev.py)
_SEGMENT_STOP = set("、。,.「」『』()!?:;【】[]")
_LONG_FORM_MAX = 30
LONG_FORM_FUZZY = 0.8


@dataclass(frozen=True)
class GlossaryMatch:
    start: int
    end: int
    text: str
    glossary_id: str
    method: str  # exact | variant | abbreviation | compound | fuzzy
    score: float
    role: Optional[str] = None  # 大統領 in プーチン大統領; '政権' = the government of the person
    candidates: tuple[Candidate, ...] = ()  # every candidate when ambiguous; glossary_id is the chosen


@dataclass(frozen=True)
class AbbreviationDefinition:
    """``long_form（short）`` or ``long_form（以下「short」という）`` found in a document."""

    short: str
    long_form: str  # the matched long form, or (unlinked) the text before the parenthesis
    glossary_id: Optional[str]
    block: int  # index of the fed block
    start: int  # span of the short form in that block
    end: int


@dataclass
class _Span:  # a match in normalized coordinates while a block is processed
    a: int
    b: int
    cands: list[Candidate]
    role: Optional[str] = None


def _looks_like_acronym(short: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper * 2 >= len(letters)


_NF: dict[str, str] = {}  # character -> its NFKC form (`_compounds` asks for every character of every chunk)


def _nf(c: str) -> str:
    n = _NF.get(c)
    if n is None:
        n = _NF[c] = c if c.isascii() else unicodedata.normalize("NFKC", c)
    return n


def _starts_phrase(text: str, s: int) -> bool:
    """True when ``text[s:]`` does not continue a noun from the left (kanji, katakana or Latin)."""
    i, gap = s - 1, False
    while i >= 0 and text[i].isspace():
        i, gap = i - 1, True
    if i < 0 or s >= len(text):
        return True
    c = _nf(text[i])
    if is_word_char(c):  # Latin words are separated by spaces: "the Asian Development Bank"
        return gap and is_word_char(text[s])
    return not (is_kanji(c) or is_katakana(c))


class DocumentMatcher:
    """Fed the blocks (paragraphs) of ONE document in order; remembers abbreviations defined in it."""

    def __init__(self, glossary: GlossaryIndex):
        self._g = glossary
        self.defined_abbreviations: dict[str, Optional[str]] = {}  # short -> id (None: long form unknown)
        self.proposed_aliases: list[tuple[str, str]] = []  # (glossary_id, short form)
        self.definitions: list[AbbreviationDefinition] = []
        self._learned: dict[str, tuple[str, int]] = {}  # normalized short -> (id, block learned)
        self._block = 0

    def feed(self, text: str, breaks: frozenset[int] = frozenset()) -> list[GlossaryMatch]:
        """Matches in ``text`` sorted by start; only compound parts share a span. ``breaks`` are the
        offsets where the original had a line break the repair removed: a compound may begin there
        (a title line 日韓外相会談 glued after a date line ending in 日)."""
        nt = normalize_with_map(text)
        spans = self._glossary_spans(text, nt, breaks)
        taken = bytearray(len(nt.text))
        for sp in spans:
            taken[sp.a:sp.b] = b"\x01" * (sp.b - sp.a)
        scan_from = {k: 0 for k in self._learned}
        scan_from.update(self._learn_definitions(text, nt, spans, taken))
        self._abbreviation_spans(text, nt, spans, taken, scan_from)
        matches = [self._to_match(text, nt, sp) for sp in spans]
        occupied = bytearray(len(text))
        for m in matches:
            occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        matches += self._compounds(text, occupied, breaks)
        matches.sort(key=lambda m: (m.start, m.end))
        self._block += 1
        return matches

    # -- glossary keys -------------------------------------------------------------------------

    def _glossary_spans(self, text: str, nt: NormalizedText, breaks: frozenset[int] = frozenset()) -> list[_Span]:
        automaton = self._g._automaton
        if automaton is None or not nt.text:
            return []
        raw = []
        urls = url_spans(text)
        for last, key in automaton.iter(nt.text):
            a, b = last - len(key) + 1, last + 1
            s, e = nt.source_span(a, b)
            if (latin_boundary_ok(text, s, e, key) and not in_word(text, s, e, breaks)
                    and not any(u <= s < v for u, v in urls)  # kokkai.ndl.go.jp, www.un.org: an address, no name
                    and not in_english_title(text, s, key)):  # Minister for Foreign Affairs: not the journal
                raw.append((a, b, key))
        raw.sort(key=lambda r: (r[0] - r[1], r[0]))  # longest first, then leftmost
        taken = bytearray(len(nt.text))
        spans = []
        for a, b, key in raw:
            if taken.find(1, a, b) != -1:
                continue
            taken[a:b] = b"\x01" * (b - a)
            s, e = nt.source_span(a, b)
            if changes_word(text, s, e):  # 非友好国 is not 友好国, ロシア人 not Russia: no link, nor inside
                continue
            spans.append(_Span(a, b, self._g.candidates(key, text[s:e])))
        spans = self._own_bodies(text, nt, spans)
        for a, b, gid, title in surname_spans(text, nt, getattr(self._g, "_surname_re", None),
                                              getattr(self._g, "_surnames", {}), _TITLE_RE, taken, self._g.entries,
                                              getattr(self._g, "_countries", None), breaks,
                                              getattr(self._g, "_shared_surnames", None)):
            taken[a:b] = b"\x01" * (b - a)  # メルツ首相: a foreign leader's surname before a title
            spans.append(_Span(a, b, [Candidate(gid, SURNAME_SCORE, "surname")], title))
        spans.sort(key=lambda sp: sp.a)
        self._apply_titles(nt.text, spans)
        return spans

    def _own_bodies(self, text: str, nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
        """Without Japan's bodies named after another country (イラン外務省: `owners.foreign_owner`),
        glossing another's name in brackets (外交部(外務省): `owners.glosses_name_before`) or inside an office
        title (内閣総理大臣: `owners.in_office_title`)."""
        spans.sort(key=lambda sp: sp.a)
        top = [self._g.entries.get(sp.cands[0].glossary_id) if sp.cands else None for sp in spans]
        return [sp for i, sp in enumerate(spans)
                if not (i and foreign_owner(top[i - 1], top[i], spans[i - 1].b == sp.a))
                and not (japanese_state_body(top[i]) and glosses_name_before(text, *nt.source_span(sp.a, sp.b)))
                and not in_office_title(text, *nt.source_span(sp.a, sp.b), top[i])]

    def _apply_titles(self, norm: str, spans: list[_Span]) -> None:
        for sp in spans:
            types = [self._g.entries[c.glossary_id].type for c in sp.cands]
            if "PERSON" not in types:
                continue
            m = _TITLE_RE.match(norm, sp.b)
            if m:
                sp.role = m.group()
                i = types.index("PERSON")
                sp.cands.insert(0, sp.cands.pop(i))  # a title makes the PERSON reading win

    # -- abbreviations -------------------------------------------------------------------------

    def _learn_definitions(self, text, nt, spans, taken) -> dict[str, int]:
        """Read ``long（SHORT）`` definitions; return {normalized short: position to scan from}."""
        norm = nt.text
        by_end = {sp.b: sp for sp in spans}
        found = [(m, True) for m in _ACRONYM_RE.finditer(norm)]
        found += [(m, False) for m in _IKA_RE.finditer(norm)]
        learned: dict[str, int] = {}
        for m, is_acronym in sorted(found, key=lambda f: f[0].start()):
            s, e = nt.source_span(*m.span(1))
            short = text[s:e]
            if is_acronym and not _looks_like_acronym(short):
                continue
            gid, long_form = self._resolve_long_form(text, nt, m.start(), by_end, spans, taken)
            self.defined_abbreviations[short] = gid
            self.definitions.append(AbbreviationDefinition(short, long_form, gid, self._block, s, e))
            key = normalize(short)
            if gid is None or len(key) < 2:
                continue
            self._learned[key] = (gid, self._block)
            learned[key] = m.start()
            if key not in {normalize(x) for x in self._g.entries[gid].surfaces}:
                if (gid, short) not in self.proposed_aliases:
                    self.proposed_aliases.append((gid, short))
        return learned

    def _resolve_long_form(self, text, nt, paren, by_end, spans, taken):
        """The entry named right before a parenthesis: a glossary match ending there, else the
        best fuzzy match (>= 0.8, same length: a typo) of a suffix of the preceding segment.

        Either must start a noun phrase: in 拡大ASEAN国防相会議（ADMM-Plus） the entry
        ASEAN国防相会議 is only the tail of the long form, so the short form stays unlinked.
        """
        sp = by_end.get(paren)
        if sp is not None:
            s, e = nt.source_span(sp.a, sp.b)
            if not _starts_phrase(text, s):
                s, _ = nt.source_span(self._segment_start(nt.text, paren), paren)
                return None, text[s:e]
            return sp.cands[0].glossary_id, text[s:e]
        start = self._segment_start(nt.text, paren)
        segment = nt.text[start:paren]
        if not segment:
            return None, ""
        best = None
        for length in range(len(segment), 5, -1):
            if not _starts_phrase(text, nt.starts[paren - length]):
                continue
            cands = self._g.lookup_fuzzy(segment[-length:], LONG_FORM_FUZZY, max_length_diff=0)
            if cands and (best is None or cands[0].score > best[1].score):
                best = (length, cands[0])
        if best is None:
            s, e = nt.source_span(start, paren)
            return None, text[s:e]
        a = paren - best[0]
        s, e = nt.source_span(a, paren)
        if taken.find(1, a, paren) == -1:
            taken[a:paren] = b"\x01" * (paren - a)
            spans.append(_Span(a, paren, [best[1]]))
            spans.sort(key=lambda x: x.a)
        return best[1].glossary_id, text[s:e]

    @staticmethod
    def _segment_start(norm: str, paren: int) -> int:
        start = paren
        while start > 0 and paren - start < _LONG_FORM_MAX and norm[start - 1] not in _SEGMENT_STOP:
            start -= 1
        return start

    def _abbreviation_spans(self, text, nt, spans, taken, scan_from: dict[str, int]) -> None:
        """Link every later mention of a learned short form (method ``abbreviation``, score 1.0)."""
        at = {(sp.a, sp.b): sp for sp in spans}
        for key, start in scan_from.items():
            gid = self._learned[key][0]
            i = nt.text.find(key, start)
            while i != -1:
                a, b = i, i + len(key)
                s, e = nt.source_span(a, b)
                i = nt.text.find(key, i + 1)
                if not latin_boundary_ok(text, s, e, key):
                    continue
                cand = Candidate(gid, 1.0, "abbreviation")
                sp = at.get((a, b))
                if sp is not None:
                    if sp.cands[0].glossary_id != gid:
                        sp.cands = [cand] + [c for c in sp.cands if c.glossary_id != gid]
                elif taken.find(1, a, b) == -1:
                    taken[a:b] = b"\x01" * (b - a)
                    new = _Span(a, b, [cand])
                    at[(a, b)] = new
                    spans.append(new)
        spans.sort(key=lambda x: x.a)

    def _to_match(self, text: str, nt: NormalizedText, sp: _Span) -> GlossaryMatch:
        s, e = nt.source_span(sp.a, sp.b)
        chosen = sp.cands[0]
        cands = tuple(sp.cands) if len(sp.cands) > 1 else ()
        return GlossaryMatch(s, e, text[s:e], chosen.glossary_id, chosen.method, chosen.score,
                             sp.role, cands)

    # -- compounds -----------------------------------------------------------------------------

    def _compounds(self, text: str, occupied: bytearray, breaks: frozenset[int] = frozenset()) -> list[GlossaryMatch]:
        comp = self._g._compound
        out: list[GlossaryMatch] = []
        i, n = 0, len(text)
        while i < n:
            c = _nf(text[i])
            if not occupied[i] and (c in comp or c == "対"):
                parts = self._compound_at(text, i, occupied, comp, i in breaks)
                if parts:
                    out += parts
                    i = parts[0].end
                    continue
            i += 1
        return out

    def _compound_at(self, text, i, occupied, comp, line_start: bool = False) -> list[GlossaryMatch]:
        n = len(text)
        tai = _nf(text[i]) == "対"
        j = k = i + 1 if tai else i
        while k < n and k - j < 4 and not occupied[k] and _nf(text[k]) in comp:
            k += 1
        run = "".join(_nf(c) for c in text[j:k])
        if not run or len(run) > 3 or (len(run) == 1 and not tai and not _single_ok(text, j, k, run)) \
                or len(set(run)) != len(run):
            return []
        if not tai and not any(is_kanji(c) for c in run):
            return []
        prev = text[i - 1] if i > 0 and not line_start else ""
        if prev and (is_kanji(prev) or (is_katakana(run[0]) and not tai and is_katakana(prev))):
            return []
        if prev and prev.isdigit() and not tai:
            return []  # 24日朝: 日 counts the day after a number (a counter, not Japan)
        if ("対" if tai else "") + run in _NOT_COMPOUND or not self._next_ok(text, k, run):
            return []
        ids = [comp[c] for c in run]
        if len({x[0] for x in ids}) != len(ids):  # 露ロ: the same country twice
            return []
        parts = []
        for choices in ids:
            cands = tuple(Candidate(g, COMPOUND_SCORE, "compound") for g in choices)
            parts.append(GlossaryMatch(j, k, text[j:k], choices[0], "compound", COMPOUND_SCORE,
                                       candidates=cands if len(cands) > 1 else ()))
        return parts

    @staticmethod
    def _next_ok(text: str, k: int, run: str) -> bool:
        """What follows a compound: a context word (関係, 首脳, 間 ...), or for most compounds any
        non-kanji; katakana ロ/ウ must not run on into a katakana word (ロシア, ウクライナ)."""
        if k < len(text) and is_kanji(text[k]):
            for word in COMPOUND_CONTEXT:
                if text.startswith(word, k):
                    after = k + len(word)
                    if word == "間" and after < len(text) and is_kanji(text[after]):
                        continue  # 米中間選挙: 中間, not 米中 + 間
                    return True
            return False
        if run in _NEEDS_CONTEXT:
            return False
        if k < len(text) and is_katakana(run[-1]) and is_katakana(text[k]):
            return False
        return True
