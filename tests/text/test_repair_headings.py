"""Short lines of single-spaced text: a title or sub-heading (a short line with no end punctuation,
among longer body lines, not continued by the next line) is a block of its own; everything else is
running text. Each case changes one condition of the rule."""
import pytest

from pipeline.text.repair import segment

B = "ロシアは東南アジア諸国との関係を強化し経済協力と安全保障の対話を続けてきた。"  # 38 characters


def kinds(lines):
    text = "\n".join(lines) + "\n"
    return [(k, text[s:e].strip()) for k, s, e in segment(text)]


def kinds_only(lines):
    return [k for k, _ in kinds(lines)]


def test_a_title_line_is_a_heading():
    assert kinds_only(["ロシアとASEAN", B, B, B, B, B]) == ["heading"] + ["paragraph"] * 5


@pytest.mark.parametrize("end", ["。", "、", "，", ",", "！", "？"])
def test_a_first_line_ending_in_punctuation_is_not_a_title(end):
    first = "ロシアとASEAN" + end
    got = kinds(["ロシアとASEAN" + end, B, B, B, B, B])
    assert got[0][0] == "paragraph" and got[0][1].startswith(first)


def test_a_first_line_over_80_characters_is_not_a_title():
    long_title = "ロシア" * 27  # 81 characters, no punctuation
    assert kinds_only([long_title, B, B, B, B, B, B])[0] == "paragraph"
    assert kinds_only([long_title[:80], B, B, B, B, B, B])[0] == "heading"


def test_a_short_line_between_paragraphs_is_a_heading():
    assert kinds_only([B, B, "背景", B, B, B]) == ["paragraph", "paragraph", "heading", "paragraph", "paragraph",
                                                  "paragraph"]


def test_a_short_last_line_is_a_heading():
    assert kinds_only([B, B, B, B, B, "結び"])[-1] == "heading"


@pytest.mark.parametrize("first", ["が", "を", "ぁ", "ゟ", "ー", "・", "、", "。", "）", "」"])
def test_a_short_line_continued_by_the_next_line_is_running_text(first):
    got = kinds([B, B, "背景", first + "続く文である。", B, B, B])
    assert [k for k, _ in got] == ["paragraph"] * 6
    assert got[2][1] == "背景\n" + first + "続く文である。"


def test_a_short_line_before_a_blank_and_a_kanji_line_is_a_heading():
    assert kinds_only([B, B, "背景", "", "本稿は関係を論じる。", B, B])[2] == "heading"


@pytest.mark.parametrize("line", ["「背景」", "（背景）", "背景、", "背景。"])
def test_a_short_line_ending_in_a_bracket_or_punctuation_is_not_a_heading(line):
    assert "heading" not in kinds_only([B, B, line, B, B, B])


def test_fewer_than_five_body_lines_have_no_short_line_headings():
    assert kinds_only([B, "背景", B, B]) == ["paragraph", "paragraph", "paragraph"]
    assert kinds_only([B, "背景", B, B, B]) == ["paragraph", "heading", "paragraph", "paragraph", "paragraph"]


def test_short_means_under_half_the_median_body_line_and_at_most_30_characters():
    b60 = "ロシアは東南アジア諸国との関係を強化し経済協力と安全保障の対話を続けてきたがその内容は多岐にわたり今後も続くとみられる。"[:59] + "。"
    b40 = B[:39] + "。"
    short25 = "ロシアとアセアンの経済関係及び安全保障協力の現状"[:25]
    # body lengths 25, 40, 40, 60, 60, 60, 60: the median is 60, half of it 30 > 25: a heading
    assert kinds_only([b40, b40, short25, b60, b60, b60, b60])[2] == "heading"
    # body lengths 25, 40, 40, 40, 40, 60, 60: the median is 40, half of it 20 < 25: running text
    assert "heading" not in kinds_only([b40, b40, short25, b40, b40, b60, b60])
    b100 = b60[:-1] + b40
    # half the median (50) would allow 31 characters, the 30-character cap does not
    assert kinds_only([b100] * 5 + ["ロ" * 31, B])[5] == "paragraph"
    assert kinds_only([b100] * 5 + ["ロ" * 30, B])[5] == "heading"


def test_pdf_style_text_has_no_short_line_headings():
    lines = [B, "", "ア", "", B, "", B, "", B, "", B, ""]  # double-spaced: ア / … is a broken word
    assert "heading" not in kinds_only(lines)
