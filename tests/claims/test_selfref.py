"""Self-references linked on claim arguments (pipeline/claims/selfref.py, cues.in_quotation), shared by
我が国 -> Japan (home.py) and 本稿/筆者 -> the author (author.py): pure, on sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims.cues import in_quotation
from pipeline.claims.home import home_links
from pipeline.records import ArgRef, Claim


@pytest.mark.parametrize("text, word, quoted", [
    ("首相は「我が国は屈しない」と述べた。", "我が国", True),
    ("我が国は「制裁は不当だ」と述べた。", "我が国", False),
    # a quotation of several sentences
    ("大統領は「制裁は不当だ。我が国は屈しない」と語った。", "我が国", True),
    ("大統領は『我が国の立場』を示した。", "我が国", True),
    # after the quotation closes
    ("首相は「制裁は不当だ」と述べ、我が国は屈しないとした。", "我が国", False),
    # a bracket left open on an earlier line does not reach this one
    ("見出し「制裁\n我が国は屈しない。", "我が国", False),
])
def test_a_word_is_quoted_only_inside_a_bracket_opened_in_its_line(text, word, quoted):
    assert in_quotation(text, text.index(word)) is quoted


def arg(text: str, surface: str, start: int = 0) -> ArgRef:
    i = text.index(surface, start)
    return ArgRef(text=surface, start=i, end=i + len(surface))


def test_waga_kuni_links_to_japan_on_every_argument_except_inside_a_quotation(resources):
    text = "我が国は「我が国は屈しない」と述べ、わが国 政府への支援を求めた。"
    c = Claim(0, len(text), text, "求める", subject=arg(text, "我が国"), source=arg(text, "我が国", 5),
              objects=(ArgRef(text="わが国 政府", start=text.index("わが国"), end=text.index("への")),),
              targets=(arg(text, "支援"),))
    (out,) = home_links([c], resources.glossary, text)
    assert out.subject.label_en == "Japan" and out.subject.glossary_id is not None
    assert out.source == c.source  # the quoted speaker's own country
    assert out.objects[0].label_en == "Japan"  # spaces removed: わが国政府
    assert out.targets == c.targets  # not a self-reference


def test_a_claim_with_no_self_reference_is_returned_as_it_is(resources):
    text = "政府は支援を求めた。"
    c = Claim(0, len(text), text, "求める", subject=arg(text, "政府"))
    assert home_links([c], resources.glossary, text)[0] is c
