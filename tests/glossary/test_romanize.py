"""Romanized English labels spell long vowels as modified Hepburn without macrons (Endo, not Endou)."""
from __future__ import annotations

import pytest

from pipeline.entities.english import romanized
from pipeline.glossary import romanize
from pipeline.glossary.suggest import hepburn_without_macrons


@pytest.mark.parametrize("roman, katakana, expected", [
    ("endou", False, "endo"),          # 遠藤: ou is ō
    ("toukyou", False, "tokyo"),       # 東京
    ("oosaka", False, "osaka"),        # 大阪: oo is ō
    ("chuunanbei", False, "chunanbei"),  # 中南米: uu is ū, ei stays
    ("keizai", False, "keizai"),
    ("chiiki", False, "chiiki"),       # 地域: ii is two vowels in Hepburn
    ("inoue", False, "inoue"),         # 井上: o + ue, no long vowel
    ("bouei", False, "boei"),          # 防衛: bō + ei
    ("tomoo", False, "tomoo"),         # 智雄: tomo + o, two syllables inside the word
    ("tsuittaa", True, "tsuitta"),     # ツイッター: ー doubles the vowel
    ("puuchin", True, "puchin"),       # プーチン
    ("biiru", True, "biru"),           # ビール
])
def test_hepburn_without_macrons(roman, katakana, expected):
    assert hepburn_without_macrons(roman, katakana) == expected


@pytest.mark.parametrize("surface, expected", [
    ("遠藤哲也", "Endo Tetsuya"),      # (given-name-first order is applied with Sudachi's tags, not here)
    ("中南米地域", "Chunanbei Chiiki"),
    ("ツイッター", "Tsuitta"),
    ("大洋州", "Taiyoshu"),
    ("パトリシア・オブライエン", "Patorishia Oburaien"),
])
def test_romanized_labels_drop_the_long_vowel_letter(surface, expected):
    assert romanized(surface) == expected


def test_glossary_suggestions_keep_pykakasi_spelling():
    assert romanize("上海協力機構") == "Shanhai Kyouryoku Kikou"   # ids of suggested rows stay stable
