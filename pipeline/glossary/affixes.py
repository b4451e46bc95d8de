"""Word-forming affixes: characters that make a glossary match inside a longer word a different word.

Matching works on characters, so 友好国 is found inside 非友好国 ("unfriendly country") and ロシア inside
ロシア人 ("Russians"). A match must not stand for the longer word when what is attached to it changes
what the word names:

- negating and partisan prefixes 非 反 脱 親 (non-, anti-, de-, pro-) and bounding prefixes 新 副 前
  (new, deputy, previous), where the match is the rest of the word: 非友好国に, 反ロシアの, 新ASEANの.
  Before a longer compound the prefix scopes over the compound, and the match keeps its meaning:
  非米国企業 (non-US companies) still names the US, 前ロシア大使 (a former ambassador of Russia) Russia;
- suffixes 派 系 人 (faction, lineage, people): ロシア人 are not Russia, 親ロ派 is a faction — except
  where the suffix character begins an ordinary word (人口, 人権, 派遣, 系統: インドネシア人口 is the
  population of Indonesia).

A model entity that begins with such a prefix right before the match, or ends with such a suffix
right after it, is kept with its own type (GiNZA's 非友好国リスト is not a 友好国): see
`entities.mentions`.

元 and 旧 (former) are not here: a former state is the same referent (旧ソ連 is the Soviet Union), and
before a title they belong to the title (元大統領). 対 is handled by the compound rule (対ロ, 対中).
A prefix counts only where it starts a word: 是非ロシアに, 違反, 離脱 end the word before.
"""
from __future__ import annotations

import re

from .norm import is_kanji, is_katakana, is_word_char

NEGATING_PREFIXES = frozenset("非反脱親")
BOUNDING_PREFIXES = frozenset("新副前")
WORD_SUFFIXES = frozenset("派系人")
# words that begin with a suffix character: after a match they start a new word, not a derived one
SUFFIX_WORDS = (
    "人口", "人民", "人権", "人道", "人材", "人的", "人質", "人事", "人物", "人間", "人類", "人工", "人数",
    "人種", "人気", "人員", "派遣", "派兵", "派生", "系統", "系列",
)


def _word_char(c: str) -> bool:
    return is_kanji(c) or is_katakana(c) or is_word_char(c)


def prefix_changes_word(text: str, start: int) -> bool:
    """True when the character before ``text[start:]`` is a word-forming prefix that starts a word."""
    if start < 1:
        return False
    p = text[start - 1]
    if p not in NEGATING_PREFIXES and p not in BOUNDING_PREFIXES:
        return False
    if start >= 2 and _word_char(text[start - 2]):  # 是非, 違反, 離脱, 両親, 以前: the end of another word
        return False
    return True


def suffix_changes_word(text: str, end: int) -> bool:
    """True when ``text[end]`` is a word-forming suffix (ロシア人, 親ロ派), not the start of a word (人口)."""
    return end < len(text) and text[end] in WORD_SUFFIXES and not text.startswith(SUFFIX_WORDS, end)


def changes_word(text: str, start: int, end: int) -> bool:
    """Whether the characters around ``text[start:end]`` make it part of a different word.

    A suffix always does (ロシア人). A prefix does when the match is the rest of its word (非友好国に,
    反ロシアの); before a longer compound it scopes over the compound and the match keeps its meaning
    (非米国企業 are companies that are not American, 脱ロシア化, 前ロシア大使)."""
    if suffix_changes_word(text, end):
        return True
    return prefix_changes_word(text, start) and not (end < len(text) and _word_char(text[end]))


def affix_stem(surface: str) -> str | None:
    """The word a derived surface is formed from (非友好国 -> 友好国, ロシア人 -> ロシア), or None."""
    if len(surface) > 2 and (surface[0] in NEGATING_PREFIXES or surface[0] in BOUNDING_PREFIXES):
        return surface[1:]
    if len(surface) > 2 and suffix_changes_word(surface, len(surface) - 1):
        return surface[:-1]
    return None


_KATAKANA_LETTER = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]")  # letters and ー; not the ・ separator


def inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Whether an all-katakana match ``text[start:end]`` is only part of a longer katakana word:
    katakana has no spaces, so a letter right before or after it continues the word (カニ in
    メカニズム, also across a PDF line break: メ／カニズム). A match next to kanji, kana, Latin, digits
    or the ・ separator is a word of its own. A dotted name (アンド・ラ in タイヤ・アンド・ラバー, ス・チー in
    インテリジェンス・チーム) is checked at its edges the same way."""
    core = [c for c in text[start:end] if not c.isspace()]
    if not core or not all(_KATAKANA_LETTER.match(c) or c in "・＝=" for c in core) \
            or not (_KATAKANA_LETTER.match(core[0]) and _KATAKANA_LETTER.match(core[-1])):
        return False
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    return bool((i >= 0 and _KATAKANA_LETTER.match(text[i])) or (j < len(text) and _KATAKANA_LETTER.match(text[j])))
