"""Paragraph ends in double-spaced PDF text: after sentence-final punctuation, a paragraph ends when
the line has trailing whitespace OR the next line is indented; otherwise the lines are one paragraph."""
import pytest

from pipeline.text.repair import repair


@pytest.mark.parametrize("indent", ["\u3000", " ", "  ", "\t"])
def test_pdf_paragraph_ends_before_an_indented_line(indent):
    text = f"最初の段落\n\nです。\n\n{indent}二つ目の段落で\n\nす。\n\n続く文です。\n\n"
    assert [b.text for b in repair(text)] == ["最初の段落です。", "二つ目の段落です。続く文です。"]


def test_pdf_paragraph_goes_on_after_a_period_without_space_or_indent():
    text = "最初の段落\n\nです。\n\n同じ段落で\n\nす。\n\n続く文です。\n\n"
    assert [b.text for b in repair(text)] == ["最初の段落です。同じ段落です。続く文です。"]


def test_pdf_paragraph_ends_after_a_closing_bracket_after_a_period_and_an_indent():
    text = "彼は「合意した。」\n\n　次の段落で\n\nす。\n\n続く文です。\n\n"
    assert [b.text for b in repair(text)] == ["彼は「合意した。」", "次の段落です。続く文です。"]


def test_pdf_indented_line_without_a_period_before_it_does_not_end_the_paragraph():
    text = "最初の段落で\n\n　す。 \n\n二つ目の段落で\n\nす。\n\n続く文です。\n\n"
    assert [b.text for b in repair(text)] == ["最初の段落です。", "二つ目の段落です。続く文です。"]
