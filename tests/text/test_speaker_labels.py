"""Speaker labels of Diet minutes and press-conference records become blocks of their own (kind
``speaker``), so that the label is not glued to the speech (○伊藤公介君　私は -> ○伊藤公介君 | 私は)."""
import pytest

from pipeline.text.repair import repair


@pytest.mark.parametrize("line, label, speech", [
    ("○伊藤公介君　私は、新自由クラブを代表し質問をいたします。", "○伊藤公介君", "私は、"),
    ("○国務大臣（森山欽司君）　その趣旨を御説明申し上げます。", "○国務大臣（森山欽司君）", "その趣旨"),
    ("○渡辺（貢）委員 まず、基本的な認識についてお伺いします。", "○渡辺（貢）委員", "まず、"),
    ("○茂木国務大臣　日本政府としては即時撤廃を求めております。", "○茂木国務大臣", "日本政府"),
    ("【岸田外務大臣】今年の最初の訪問先としまして，欧州3か国を訪問いたします。", "【岸田外務大臣】", "今年の"),
    ("【NHK 大谷記者】事実関係を伺います。", "【NHK 大谷記者】", "事実関係"),
    ("(外務大臣)私の方からは、閣議での発言が一点ありました。", "(外務大臣)", "私の方"),
    ("(問)見通しは如何でしょうか。", "(問)", "見通し"),
    ("Q：北朝鮮のミサイル発射について伺います。", "Q：", "北朝鮮"),
    ("Ａ：ご指摘の報道は承知しております。", "Ａ：", "ご指摘"),
    ("記者：訓練の規模を教えてください。", "記者：", "訓練の"),
    ("大臣： 規模は例年並みです。", "大臣：", "規模は"),
])
def test_speaker_label_is_its_own_block(line, label, speech):
    blocks = repair(line)
    assert [b.kind for b in blocks] == ["speaker", "paragraph"]
    assert line[blocks[0].start:blocks[0].end] == label
    assert blocks[1].text.startswith(speech)


@pytest.mark.parametrize("line", [
    "【ジャカルタ共同】インドネシアのジョコ大統領は会談した。",  # a dateline, not a speaker
    "○米軍再編問題",  # a topic bullet of an index
    "(1)政務三役会議",  # a numbered heading
    "ASEAN: 加盟国は10か国である。",
    "A. はじめに、本稿の目的を述べる。",  # an outline label, not an answer
    "外務大臣：茂木敏充",  # a roster line names the office holder: a colon after a longer title is no turn
])
def test_other_bracketed_openings_are_not_labels(line):
    assert "speaker" not in [b.kind for b in repair(line)]
