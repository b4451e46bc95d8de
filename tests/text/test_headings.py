"""One numbered-heading rule (text.is_heading_line) for the repair step and for metadata detection,
which had one each and disagreed."""
import pytest

from pipeline.text import is_heading_line
from pipeline.text.repair import classify_line


@pytest.mark.parametrize(
    "line, expected",
    [
        ("# 概況", True),
        ("1. ロシアにとっての ASEAN", True),
        ("2.1. 安全保障協力", True),
        ("１．日米同盟の現状", True),
        ("一、総論", True),  # the label's own 、 is no clause punctuation
        ("1、対外政策の基本方針", True),  # ASCII digit with 、 (metadata's rule had it, repair's did not)
        ("1-1 背景", True),
        ("2.3 東南アジアの安全保障環境", True),
        ("1 はじめに", True),  # a number and a space (metadata's rule had it, repair's did not)
        ("3　東アジアの展望", True),
        ("第1章 ロシアの対東南アジア政策", True),
        ("第二部", True),
        ("第一　総論", True),
        ("（1）政治・安全保障", True),
        ("■会談の概要", True),
        ("【会談の概要】", True),
        ("I. Introduction", True),
        # running text and titles
        ("東南アジア情勢", False),
        ("2024 年度防衛白書", False),  # a year, spaced by PDF extraction: a title, not a numbered heading
        ("10 カ国が署名した", False),  # a number before a counter is running text
        ("12 月に首脳会談が開かれた", False),
        ("2 国間の協議を続ける", False),
        ("1、両国は合意した。", False),  # a sentence after the label
        ("（1）日本は、協力を進める", False),
        ("第1回日ASEAN首脳会議", False),
        ("・経済協力", False),  # a bullet item, not a heading
        ("1. " + "あ" * 60, False),  # too long for a heading
    ],
)
def test_is_heading_line(line, expected):
    assert is_heading_line(line) is expected


@pytest.mark.parametrize("line", ["一、総論", "1 はじめに", "1、対外政策の基本方針"])
def test_repair_makes_a_heading_of_what_metadata_called_one(line):
    assert classify_line(line) == "heading"
