"""Wikipedia-style bracketed reference markers ([1], ［2］, 〔3〕, [注 1], [要出典]) are note markers:
removed from the analysis text and recorded with the offsets of the marker in the original text."""
import pytest

from pipeline.text.repair import repair


def markers(text):
    return [(f.n, text[f.start : f.end]) for b in repair(text) for f in b.footnotes]


def analysed(text):
    return "".join(b.text for b in repair(text))


@pytest.mark.parametrize(
    "text, expected_markers, expected_text",
    [
        ("同国政府もこの事実を認めている[2]。", [(2, "[2]")], "同国政府もこの事実を認めている。"),
        ("条約は1995年に発効した。[1]", [(1, "[1]")], "条約は1995年に発効した。"),
        ("両国は国交を回復した[3][4]。", [(3, "[3]"), (4, "[4]")], "両国は国交を回復した。"),
        ("首脳会談が開かれた［5］。", [(5, "［5］")], "首脳会談が開かれた。"),
        ("共同声明が採択された〔12〕。", [(12, "〔12〕")], "共同声明が採択された。"),
        ("日本は調停を申し出た[注 1]。", [(1, "[注 1]")], "日本は調停を申し出た。"),
        ("交渉は難航した[注釈2]が、妥結した。", [(2, "[注釈2]")], "交渉は難航したが、妥結した。"),
        ("ＡＳＥＡＮ首脳会議で議論された［１０］。", [(10, "［１０］")], "ＡＳＥＡＮ首脳会議で議論された。"),
    ],
)
def test_bracketed_markers_are_footnotes(text, expected_markers, expected_text):
    assert markers(text) == expected_markers
    assert analysed(text) == expected_text


def test_editorial_tag_is_removed_but_is_no_footnote():
    text = "この合意は事実上の同盟とみなされた[要出典]。"
    assert analysed(text) == "この合意は事実上の同盟とみなされた。"
    assert markers(text) == []


@pytest.mark.parametrize(
    "text, expected_text",
    [
        ("[1]外務省「外交青書」2023年。", "[1]外務省「外交青書」2023年。"),  # opens the paragraph: a list label
        ("参照 [2] を見よ。", "参照[2]を見よ。"),  # spaced: a cross-reference written in the text
        ("選択肢は［Ａ］と［Ｂ］である。", "選択肢は［Ａ］と［Ｂ］である。"),  # bracketed letters
        ("第[1000]項を見よ。", "第[1000]項を見よ。"),  # four digits: not a marker
    ],
)
def test_brackets_that_are_text_stay(text, expected_text):
    assert markers(text) == []
    assert analysed(text) == expected_text


def test_bracketed_and_superscript_numberings_are_apart():
    # a page that numbers references [1], [2] has superscript notes 1, 2 of its own
    text = "協力拡大が掲げられた1。両国は合意した[1]。会議は続いた[2]。議長は歓迎した2。"
    assert markers(text) == [(1, "1"), (1, "[1]"), (2, "[2]"), (2, "2")]


def test_bracketed_marker_after_a_joined_line_break_keeps_original_offsets():
    text = "長い前置きの文である。\n同国政府もこの事実を認めて\nいる[2]。"
    [(n, s, e)] = [(f.n, f.start, f.end) for b in repair(text) for f in b.footnotes]
    assert (n, text[s:e]) == (2, "[2]")
    [block] = [b for b in repair(text) if b.footnotes]
    pos = block.footnotes[0].pos
    assert block.text[pos - 2 : pos + 1] == "いる。"
