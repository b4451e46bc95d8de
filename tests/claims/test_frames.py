"""Speaker frames (pipeline.claims.frames) on short excerpts of real pages: MOFA talks summaries,
press-conference records and Diet minutes.  Pure: blocks come from text.repair, entities are given."""
from __future__ import annotations

import pytest

from pipeline.claims.attribution import apply_frames
from pipeline.claims.frames import FOUND_BY_FRAME, find_frames
from pipeline.records import ArgRef, Claim, Entity
from pipeline.text import repair


def entities(text: str, names: list[tuple[str, str]]) -> list[Entity]:
    out = []
    for surface, typ in names:
        i = text.index(surface)
        out.append(Entity(i, i + len(surface), surface, typ, id=f"E{i}"))
    return out


def frames_of(text: str, names: list[tuple[str, str]]):
    blocks = [(b.kind, b.start, b.end) for b in repair(text)]
    return find_frames(text, blocks, entities(text, names))


# (text, entities, expected frames as (kind, speaker surface, first framed characters, is_subject))
FRAME_CASES = [
    # MOFA talks summary, ASCII commas, two speakers in one sentence
    ("(2)安倍総理より,日印原子力協定の早期発効への期待を表明し,モディ首相より日本側取組への謝意が表明されました。",
     [("安倍", "PERSON"), ("モディ", "PERSON")],
     [("sentence", "安倍", "安倍総理より", True), ("sentence", "モディ", "モディ首相より", True)]),
    # a title ends the speaker phrase; no entity needed
    ("4　岩屋外務大臣から、拉致問題への一貫した支持に謝意を表明しました。", [],
     [("sentence", "岩屋外務大臣", "岩屋外務大臣から", True)]),
    # 旨述べました with the speaker as the は-topic opening the sentence
    ("岸田総理大臣は、引き続き緊密に連携していきたい旨述べました。", [("岸田", "PERSON")],
     [("sentence", "岸田", "岸田総理大臣は", True)]),
    # the same topic with a と-quote is read by the reporting verb, not by a frame
    ("岸田総理大臣は、引き続き緊密に連携していきたいと述べました。", [("岸田", "PERSON")],
     [("sentence", "岸田", "岸田総理大臣は", False)]),
    # …と訴えた: the は-topic only fills a missing source
    ("ゼレンスキー大統領は、支援の継続が必要だと訴えた。", [("ゼレンスキー", "PERSON")],
     [("sentence", "ゼレンスキー", "ゼレンスキー大統領は", False)]),
    # a place marked by から is no speaker
    ("中国から、大量の水産物が輸入された。", [("中国", "COUNTRY")], []),
    # …は大統領から書簡を受け取った: から without a comma inside a clause is not a speaker mark
    ("岸田総理は大統領から書簡を受け取った。", [("岸田", "PERSON")], []),
    # an announced list: the items after the paragraph are the speaker's
    ("3　その後，石破総理大臣から，概要以下のとおり発言しました。\n・日米同盟の強化に向け緊密に連携していきたい。\n"
     "・北朝鮮への対応について引き続き協力したい。\n4　両首脳は会談を終えました。",
     [("石破", "PERSON")],
     [("sentence", "石破", "石破総理大臣から", True), ("list", "石破", "・日米同盟", True)]),
    # Diet minutes: a speaker label frames the speech up to the next label
    ("○伊藤公介君　私は、新自由クラブを代表し質問をいたします。\n○国務大臣（森山欽司君）　支給開始年齢を引き上げることといたしております。",
     [("伊藤公介", "PERSON")],
     [("label", "伊藤公介", "私は", True), ("label", "森山欽司", "支給開始", True)]),
    # a press-conference record: 【…】 labels
    ("【岸田外務大臣】今年の最初の訪問先としまして，欧州3か国を訪問いたします。\n\n【記者】今後の抱負をお願いします。",
     [("岸田", "PERSON")],
     [("label", "岸田", "今年の", True), ("label", "記者", "今後の", False)]),  # a reporter asks: no subject
    # 記者： / 大臣： turns: the reporter asks; the bare 大臣 is the minister of the record's title
    ("防衛大臣記者会見\n\n記者：演習の目的は何ですか。\n\n大臣：抑止力の強化です。", [],
     [("title", "防衛大臣", "記者：", True), ("label", "記者", "演習の", False), ("label", "防衛大臣", "抑止力", True)]),
    # (問) / (答) labels
    ("外務大臣会見記録\n\n（問）昨日の会談について伺います。\n\n（答）会談は有意義でした。", [],
     [("title", "外務大臣", "（問）", True), ("label", "記者", "昨日の", False), ("label", "外務大臣", "会談は", True)]),
    # a statement named by its title frames the whole text (MOFA 外務報道官談話 style)
    ("ミャンマー情勢について（外務報道官談話）\n\n1　我が国は、空爆を強く非難します。\n\n2　我が国は、暴力の即時停止を求めます。", [],
     [("title", "外務報道官", "1　我が国は", True)]),
    # a press-conference title names the person who answers A:
    ("林官房長官記者会見\n\nQ：北朝鮮のミサイル発射について伺います。\n\nA：北朝鮮は本日、弾道ミサイルを発射しました。", [],
     [("title", "林官房長官", "Q：", True), ("label", "記者", "北朝鮮のミサイル", False), ("label", "林官房長官", "北朝鮮は本日", True)]),
    # an announcement with words between 次のとおり and the verb
    ("岸田総理大臣は、次のとおり談話を発表しました。\n・我が国は停戦を歓迎します。\n\n以上", [("岸田", "PERSON")],
     [("list", "岸田", "・我が国は", True)]),
    # an article summary, closed by a separator line: the author is the source, not the subject
    ("オブライエンがフォーリン・アフェアーズ誌に論説を寄稿している。要旨は次の通り。\n\n"
     "中国は台湾への圧力を強めている。\n\n米国は同盟国との連携を深めるべきである。\n\n*   *   *\n\nこの論説は示唆に富む。",
     [("オブライエン", "PERSON"), ("中国", "COUNTRY"), ("米国", "COUNTRY")],
     [("summary", "オブライエン", "中国は台湾", False)]),
]


@pytest.mark.parametrize("text, names, expected", FRAME_CASES)
def test_frames_of_real_excerpts(text, names, expected):
    got = [(f.kind, f.speaker.text, f.is_subject) for f in frames_of(text, names)]
    assert got == [(k, s, subj) for k, s, _, subj in expected]
    for f, (_, _, opening, _) in zip(frames_of(text, names), expected):
        assert text[f.start:].startswith(opening)


def test_summary_frame_stops_at_the_separator():
    text, names, _ = FRAME_CASES[-1]
    (f,) = frames_of(text, names)
    assert "示唆" not in text[f.start:f.end] and text[f.start:f.end].endswith("べきである。")


def claim(text: str, surface: str, subject: str | None = None, source: str | None = None) -> Claim:
    i = text.index(surface)

    def arg(s):
        if s is None:
            return None
        j = text.index(s)
        return ArgRef(text=s, start=j, end=j + len(s))
    return Claim(i, i + len(surface), surface, "x", subject=arg(subject), source=arg(source))


LABELLED = "○伊藤公介君　私は、新自由クラブを代表し、政府は予算を財政再建元年の予算であるとしております。"


# (claim evidence, its own subject, its own source) -> (subject, source) after the frame
APPLY_CASES = [
    ("私は、新自由クラブを代表し", "私", None, "伊藤公介", "伊藤公介"),  # first person -> the speaker
    ("政府は予算を財政再建元年の予算であるとしております", "政府", None, "政府", "伊藤公介"),  # an overt subject stays
    ("新自由クラブを代表し", None, None, "伊藤公介", "伊藤公介"),  # a zero subject is the speaker
    ("政府は予算を財政再建元年の予算であるとしております", "政府", "政府", "政府", "政府"),  # an own source stays
]


@pytest.mark.parametrize("surface, subject, source, want_subject, want_source", APPLY_CASES)
def test_apply_frames_sets_speaker(surface, subject, source, want_subject, want_source):
    frames = frames_of(LABELLED, [("伊藤公介", "PERSON")])
    before = [claim(LABELLED, surface, subject, source)]
    (after,) = apply_frames(before, frames)
    assert after.attributed and after.type == "reported"
    assert (after.subject.text, after.source.text) == (want_subject, want_source)
    for role, old, new in (("subject", subject, want_subject), ("source", source, want_source)):
        if old != new:  # what the frame set says so
            assert getattr(after, role).found_by == FOUND_BY_FRAME, role


def test_carried_subject_is_replaced_in_a_sentence_frame():
    # これに対し,安倍総理から,…進んでおり,…楽しみにしている旨述べました: the second clause's subject was
    # carried from the first (対話), outside its span: the speaker says it
    text = "これに対し,安倍総理から,日印の戦略的な対話は進んでおり,本年のインド訪問を楽しみにしている旨述べました。"
    frames = frames_of(text, [("安倍", "PERSON")])
    first, second = apply_frames([claim(text, "これに対し,安倍総理から,日印の戦略的な対話は進んでおり", "対話"),
                                  claim(text, "本年のインド訪問を楽しみにしている旨述べました", "対話")], frames)
    assert first.subject.text == "対話" and first.source.text == "安倍"
    assert second.subject.text == "安倍" and second.source.text == "安倍"


def test_claim_before_the_speaker_phrase_is_not_framed():
    text = "両首脳は会談を行い,その後,安倍総理から,謝意を表明しました。"
    frames = frames_of(text, [("安倍", "PERSON")])
    (c,) = apply_frames([claim(text, "両首脳は会談を行い", "両首脳")], frames)
    assert not c.attributed and c.source is None


# (cue, expected: does the reporting verb's subject become the content's subject?)
@pytest.mark.parametrize("cue, speaks", [
    ("と述べた", True),  # 岸田首相は記者団に「協力を一層強化したい」と述べた
    ("と強調した", True),
    ("によると", False),  # a document is no speaker
    ("とされる", False),
    ("と見られる", False),
])
def test_zero_subject_of_reported_speech_is_the_speaker(cue, speaks):
    from pipeline.claims.attribution import speaker_subjects

    text = "岸田首相は記者団に「ASEANとの協力を一層強化したい」" + cue + "。"
    src = ArgRef("岸田首相", start=0, end=4)
    c = Claim(0, len(text) - 1, text[:-1], "強化する", attributed=True, source=src, cue=cue)
    (out,) = speaker_subjects([c])
    assert (out.subject is not None and (out.subject.text, out.subject.start, out.subject.found_by)
            == (src.text, src.start, "frame")) is speaks


def test_topic_speaker_of_a_quote_only_fills_a_missing_source():
    text = "ゼレンスキー大統領は、キーウを訪れ、支援の継続が必要だと訴えた。"
    frames = frames_of(text, [("ゼレンスキー", "PERSON")])
    own, reported = apply_frames([claim(text, "ゼレンスキー大統領は、キーウを訪れ", "ゼレンスキー大統領は"[:-1]),
                                  Claim(text.index("支援"), len(text) - 1, text[text.index("支援"):-1], "必要である",
                                        attributed=True, cue="と訴えた")], frames)
    assert not own.attributed and own.source is None  # his own act is not reported speech
    assert reported.source.text == "ゼレンスキー"


@pytest.mark.parametrize("text, names, speaker, framed", [
    # a think-tank summary of an author's points: Xは、 + item lines + とする。
    ("論説の要点は次の通り。\nグリーンは、\n① 米国はアフリカへの関与を強めるべきである、\n② 中国の融資は透明性を欠く、\nとする。同氏の分析は鋭い。",
     [("グリーン", "PERSON")], "グリーン", ["① 米国は", "② 中国の"]),
    ("国防長官は、\n(1) 同盟国との演習を拡大する、\n(2) 装備の共同開発を進める、\nと述べた。",
     [], "国防長官", ["(1) 同盟国", "(2) 装備"]),
])
def test_items_closed_by_a_reporting_verb_are_the_topic_speakers(text, names, speaker, framed):
    frames = [f for f in frames_of(text, names) if f.kind == "list"]
    assert len(frames) == 1 and frames[0].speaker.text == speaker and frames[0].is_subject
    assert all(frames[0].start <= text.index(item) < frames[0].end for item in framed)
    assert "同氏の分析" not in text[frames[0].start:frames[0].end]


def test_items_without_a_closing_reporting_verb_are_no_frame():
    text = "主な論点は、\n① 資源の確保、\n② 人材の育成。\n以上である。"
    assert [f for f in frames_of(text, []) if f.kind == "list"] == []


@pytest.mark.parametrize("text, names, speaker, framed", [
    # the topic line ends a longer line (…ものである。ナウセーダは、), the items close with 等と主張する
    ("この記事は首脳会議を控えて書かれたものである。カリスは、\n①同盟は防衛体制を強化すべきである。\n②兵力を常駐させるべきだ。\n等と主張する。\n以上が論説の要旨だ。",
     [("カリス", "PERSON")], "カリス", ["①同盟は", "②兵力を"]),
    # the name repeats an earlier PERSON the model left untagged in the topic line
    ("エストニアのカリス大統領が新聞に寄稿した。\nカリスは、\n①ロシアは長期的な脅威である、\n②抑止を強めるべきだ、\nなどと述べた。",
     [("カリス", "PERSON")], "カリス", ["①ロシア", "②抑止"]),
])
def test_items_after_a_later_topic_or_a_repeated_name(text, names, speaker, framed):
    frames = [f for f in frames_of(text, names) if f.kind == "list"]
    assert len(frames) == 1 and frames[0].speaker.text == speaker
    assert all(frames[0].start <= text.index(item) < frames[0].end for item in framed)


def test_an_untagged_name_matching_no_earlier_person_is_no_speaker():
    text = "カリスは、\n①ロシアは長期的な脅威である、\n②抑止を強めるべきだ、\nなどと述べた。"
    assert [f for f in frames_of(text, []) if f.kind == "list"] == []


def test_main_points_announce_a_summary_past_a_photo_credit():
    """主要点は次の通り frames the paragraphs after it as the author's; a photo credit line between them
    (a paragraph block of its own) does not end the summary."""
    text = ("シンクタンクのパーク研究員が、論説で、対話の再開を急ぐべきだと書いている。主要点は次の通り。\n\n"
            "SomePhoto / iStock\n\n・制裁だけでは核開発は止まらない。\n・対話の窓口を開くべきである。\n＊　＊　＊\n筆者の見方は異なる。")
    (f,) = [f for f in frames_of(text, [("パーク", "PERSON")]) if f.kind == "summary"]
    assert f.speaker.text == "パーク" and not f.is_subject
    framed = text[f.start:f.end]
    assert "制裁だけでは" in framed and "窓口を開く" in framed and "筆者の見方" not in framed


def test_a_photo_caption_naming_a_press_conference_is_no_title():
    """記者会見するX首相(中央)。右は…(ロイター=共同): a caption describing a photo, not the record's title."""
    text = ("記者会見するマレーシアのアンワル首相(中央)。右はタイの首相代行(ロイター=共同)\n\n"
            "【バンコク共同】両国が合意した停戦が29日、発効した。")
    assert [f for f in frames_of(text, [("アンワル", "PERSON")]) if f.kind == "title"] == []
    titled = "アンワル首相記者会見\n\n停戦は29日に発効した。"
    assert [f.kind for f in frames_of(titled, [("アンワル", "PERSON")])] == ["title"]


def test_a_title_naming_a_host_and_a_speaker_frames_the_speaker():
    """…首相主催晩餐会における小渕内閣総理大臣挨拶: the person right before the genre word speaks, not the host."""
    text = "[文書名] ナムジル首相主催晩餐会における佐藤内閣総理大臣挨拶\n首相閣下、ご列席の皆様、\n本日はお招きいただき光栄です。"
    (f,) = [f for f in frames_of(text, [("ナムジル", "PERSON"), ("佐藤", "PERSON")]) if f.kind == "title"]
    assert f.speaker.text == "佐藤"
