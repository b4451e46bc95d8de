"""split_sentences, exact spans (offsets counted by hand on each string)."""
import pytest

from pipeline.text.sentences import split_sentences


@pytest.mark.parametrize("text, spans", [
    ("彼は「これは違う。」次の文です。", [(0, 10), (10, 16)]),     # 「…。」 then a new sentence
    ("彼は「これは違う。」と述べた。", [(0, 15)]),                  # 「…。」と: one sentence
    ("彼は『違う。』次。", [(0, 7), (7, 9)]),
    ("（注。補足）です。", [(0, 9)]),                              # 。 inside brackets
    ("本当か！？次。", [(0, 5), (5, 7)]),                          # ！？ is one end
    ("一文。。", [(0, 4)]),
    ("。。", []),                                                  # punctuation only
    ("「違う。次の文。", [(0, 4), (4, 8)]),                         # unbalanced: brackets ignored
    ("  一文。  二文。  ", [(2, 5), (7, 10)]),                     # whitespace trimmed
    ("一文。 \n二文。", [(0, 3), (5, 8)]),
    ("彼は「『違う。』と。」次。", [(0, 11), (11, 13)]),              # nested brackets
    ("「『違う。』」次。", [(0, 9)]),
    ("", []),
    ("終わりのない文", [(0, 7)]),
    ("終わり 文 ", [(0, 5)]),                                      # trailing whitespace of the last span
    (" 一文。   二文。", [(1, 4), (7, 10)]),
    ("合意した。X社は反対した。", [(0, 5), (5, 13)]),
])
def test_spans(text, spans):
    assert split_sentences(text) == spans


@pytest.mark.parametrize("c", list("とっなのがをにはもでや、，"))
def test_a_quote_continued_by_a_particle_is_one_sentence(c):
    text = f"「違う。」{c}彼は述べた。"
    assert split_sentences(text) == [(0, len(text))]


def test_a_quote_followed_by_another_quote_is_a_new_sentence():
    assert split_sentences("「違う。」「同じだ。」") == [(0, 5), (5, 11)]
