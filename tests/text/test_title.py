"""The title line: one rule for the repair step (a heading block) and metadata detection (the title)."""
import pytest

from pipeline.inputs import detect_metadata
from pipeline.text import is_title_line
from pipeline.text.repair import segment

B = "ロシアは東南アジア諸国との関係を強化し経済協力と安全保障の対話を続けてきた。"  # a body line, 38 characters

SUBTITLED = "インド太平洋における日本の安全保障政策の展開――日米同盟の深化と東南アジア諸国との防衛協力、そして多国間枠組みの役割についての考察"


@pytest.mark.parametrize("line, is_title", [
    ("令和５年度防衛白書（抄）について", True),
    ("ロシアとASEAN", True),
    ("  東南アジア情勢　", True),
    ("日本は何をすべきか", True),
    (SUBTITLED, True),  # 65 characters: a title with its subtitle
    ("ロシア" * 27, False),  # 81 characters
    ("本文である。", False),
    ("日本の中東への輸出額は増加した．", False),
    ("冷戦終結後、ロシアが深刻な国際的孤立に陥った時期が二度ある。一度目は欧米志向の外交が行き詰まり、", False),
    ("ロシアとASEAN，", False),
    ("本当か？", False),
    ("", False),
    ("　 ", False),
])
def test_title_line(line, is_title):
    assert is_title_line(line) is is_title


@pytest.mark.parametrize("first", [SUBTITLED, "ロシアとASEAN", "冷戦終結後、ロシアが孤立した時期が二度あり、", "日米同盟の現状と課題、"])
def test_repair_and_metadata_agree_on_the_title_line(first):
    # regression: each had its own rule, so a first line of 61 to 80 characters was a heading block but
    # not the title, and a first line ending in 、 was the title but glued into the first paragraph
    text = "\n".join([first, B, B, B, B, B]) + "\n"
    kind, start, end = segment(text)[0]
    heading = kind == "heading" and text[start:end].strip() == first
    assert heading is (detect_metadata(text).get("title") == first) is is_title_line(first)
