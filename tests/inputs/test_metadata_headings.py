"""Metadata detection reads numbered headings with the repair step's rule (text.is_heading_line):
a numbered heading is no title, and a title is not taken for a heading."""
import pytest

from pipeline.inputs import detect_metadata


@pytest.mark.parametrize(
    "text, title",
    [
        ("10 か国の対中政策\n\n本文である。", "10 か国の対中政策"),  # metadata's rule read 10 + space as a heading
        ("【会談の概要】\n\n両首脳は会談した。", None),  # repair's rule makes a heading of it
        ("東南アジア情勢\n\n本文である。", "東南アジア情勢"),
    ],
)
def test_metadata_title_uses_the_same_heading_rule(text, title):
    assert detect_metadata(text).get("title") == title
