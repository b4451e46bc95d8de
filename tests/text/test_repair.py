"""Repair of PDF-extracted text: joins, spaces, standalone blocks, offsets back to the original."""
import pytest

from pipeline.text.repair import classify_line, repair, segment

SEED_LIKE = (
    " 1. ロシアにとっての ASEAN \n\n"
    "冷戦終結後、ア\n\nメリカとベ\n トナムは 1994 年から G20 の議長国であった。 \n\n"
    "図 1.  ロシアから東南アジア諸国への武器輸出（2000 – 2022） \n\n"
    "（単位：100 万 US$） \n\n\n"
    " Source: SIPRI Arms Transfers Database\n"
    " 3. ASEAN-ロシア戦略的パートナーシップの背景 \n\n"
    "ロシアは ASEAN の協議国になり、\n\n同年 7 月に昇格した。 \n"
)


def texts(text):
    return [(b.kind, b.text) for b in repair(text)]


def test_blocks_of_a_seed_like_page():
    assert texts(SEED_LIKE) == [
        ("heading", "1.ロシアにとってのASEAN"),
        ("paragraph", "冷戦終結後、アメリカとベトナムは1994年からG20の議長国であった。"),
        ("caption", "図1.ロシアから東南アジア諸国への武器輸出（2000 – 2022）"),
        ("unit", "（単位：100万US$）"),
        ("source", "Source: SIPRI Arms Transfers Database"),
        ("heading", "3. ASEAN-ロシア戦略的パートナーシップの背景"),
        ("paragraph", "ロシアはASEANの協議国になり、同年7月に昇格した。"),
    ]


@pytest.mark.parametrize(
    "raw, repaired",
    [
        ("ア\n\nメリカ", "アメリカ"),  # a word broken across a PDF line
        ("ベ\n トナム", "ベトナム"),  # broken with an indented continuation
        ("ロシ\n\nア", "ロシア"),
        ("1994 年から 1996 年頃まで", "1994年から1996年頃まで"),
        ("ASEAN の協議国", "ASEANの協議国"),
        ("SIPRI Arms Transfers Database", "SIPRI Arms Transfers Database"),  # real English spaces stay
        ("Statistical\nYearbook", "Statistical Yearbook"),  # a line break between Latin words becomes a space
        ("108 億 7000 万ドル", "108億7000万ドル"),
        ("（2000 – 2022）", "（2000 – 2022）"),
        ("ヘリコプター16 機", "ヘリコプター16機"),
        ("日本　韓国", "日本韓国"),  # full-width space between Japanese words
        ("理事 城内　　実君", "理事 城内 実君"),  # a Diet roster line: its fields and a padded name stay apart
        ("   理事 城内  実君 理事 左藤  章君", "理事 城内 実君 理事 左藤 章君"),
        ("      小田原 潔君    河井 克行君", "小田原 潔君 河井 克行君"),
        ("外務大臣         岸田 文雄君", "外務大臣 岸田 文雄君"),
        ("山田君は 会場に来た。", "山田君は会場に来た。"),  # prose, not a roster
        ("議長 次に、鈴木君。", "議長次に、鈴木君。"),
    ],
)
def test_space_and_line_rules(raw, repaired):
    assert "".join(b.text for b in repair(raw)) == repaired


@pytest.mark.parametrize(
    "line, kind",
    [
        (" 1. ロシアにとっての ASEAN ", "heading"),
        ("2. ウクライナ戦争までのロシアと ASEAN ", "heading"),
        ("# 見出し", "heading"),
        ("第3章 東南アジア", "heading"),
        ("図 1.  ロシアから東南アジア諸国への武器輸出（2000 – 2022） ", "caption"),
        ("表2：貿易額", "caption"),
        ("  （単位：100 万 US$） ", "unit"),
        (" Source: ASEAN Statistical Yearbook 2015, p.80;  ", "source"),
        ("出所：外務省", "source"),
        ("18.8%であるのに対し、ロシアの割合は", "body"),  # a number at the start of a body line
        ("2. ロシアは ASEAN の協議国になり、中国と共に招待された。", "item"),  # too sentence-like for a heading: a list item
        ("図 2 が示す通り、特に 2010 年代前半に", "body"),  # a reference to a figure, not its caption
        ("   ", "blank"),
    ],
)
def test_classify_line(line, kind):
    assert classify_line(line) == kind


def test_source_continuation_line():
    assert classify_line(" ASEAN Statistical Yearbook 2023, p.108. ", "source") == "source"
    assert classify_line(" ASEAN Statistical Yearbook 2023, p.108. ", "body") == "body"


def test_pdf_paragraph_ends_at_trailing_space_after_period():
    text = "一文目。二文目は\n\n続く。 \n\n次の段落です。\n\n同じ段落の続き\n\nです。 \n\n三つ目の段落。 \n"
    assert [b.text for b in repair(text)] == ["一文目。二文目は続く。", "次の段落です。同じ段落の続きです。", "三つ目の段落。"]


def test_plain_text_paragraph_per_line():
    text = "第一段落です。\n第二段落です。\n\n第三段落です。\n"
    assert [b.text for b in repair(text)] == ["第一段落です。", "第二段落です。", "第三段落です。"]


def test_crlf_offsets_index_the_original():
    text = "ロシアと\r\n\r\nASEAN の関\r\n\r\n係。 \r\n\r\n次の段落。 \r\n"
    blk = repair(text)[0]
    assert blk.text == "ロシアとASEANの関係。"
    s, e = blk.to_original(blk.text.index("ASEAN"), blk.text.index("ASEAN") + 5)
    assert text[s:e] == "ASEAN"
    s, e = blk.to_original(0, len(blk.text))
    assert text[s:e] == "ロシアと\r\n\r\nASEAN の関\r\n\r\n係。"


def test_every_analysis_char_maps_to_itself_in_the_original(seed_text):
    for blk in repair(seed_text):
        for i, ch in enumerate(blk.text):
            o = seed_text[blk.orig[i]]
            assert o == ch or (ch == " " and o.isspace())


def test_segment_covers_only_nonblank_lines(seed_text):
    for kind, s, e in segment(seed_text):
        assert seed_text[s:e].strip(), kind


def test_empty_and_blank_text():
    assert repair("") == []
    assert repair(" \n\n \n") == []


@pytest.mark.parametrize("page", ["12", "- 12 -", "― 3 ―", "p. 12", "3/20", "１２"])
def test_page_number_line_inside_a_paragraph_is_dropped(page):
    text = f"ロシアは東南アジアで積極的な首\n\n{page}\n\n脳外交を展開した。 \n\n次の段落である。 \n\n最後の段落。 \n"
    blocks = repair(text)
    assert [b.text for b in blocks] == ["ロシアは東南アジアで積極的な首脳外交を展開した。", "次の段落である。", "最後の段落。"]
    assert blocks[0].footnotes == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1-1. 背景\n2023年11月、岸田首相はフィリピンを訪問した。\n",
         [("heading", "1-1.背景"), ("paragraph", "2023年11月、岸田首相はフィリピンを訪問した。")]),
        ("■国境紛争から半世紀\n両国は1979年2月に中越戦争で戦火を交えた。\n",
         [("heading", "■国境紛争から半世紀"), ("paragraph", "両国は1979年2月に中越戦争で戦火を交えた。")]),
        ("第１　趣旨\n本文書は方針を定める。\n", [("heading", "第１　趣旨".replace("　", "")), ("paragraph", "本文書は方針を定める。")]),
        ("さらにレーダー4基の輸出\n- 2 -\nが2020年8月に契約された。\n",  # a page number inside a sentence
         [("paragraph", "さらにレーダー4基の輸出が2020年8月に契約された。")]),
        ("| 項目 | 2023年 |\n|---|---|\n| 貿易額 | 約371億ドル |\n\n表の数値は統計庁による。\n",
         [("table", "|項目| 2023年|"), ("table", "|---|---|"), ("table", "|貿易額|約371億ドル|"), ("paragraph", "表の数値は統計庁による。")]),
        ("- 第一の論点である\n- 第二の論点である\n", [("paragraph", "第一の論点である"), ("paragraph", "第二の論点である")]),
        ("本文である1。\n\n注\n1 外務省「外交青書」2023年。\n2 Philippine Coast Guard, Press Release,\nAugust 6, 2023.\n",
         [("paragraph", "本文である。"), ("notes", "注"), ("note", "1外務省「外交青書」2023年。"),
          ("note", "2 Philippine Coast Guard, Press Release, August 6, 2023.")]),
    ],
)
def test_headings_tables_items_and_notes_in_single_spaced_text(text, expected):
    assert texts(text) == expected


def test_markdown_notes_and_byline():
    text = "*作成：2024年5月／研究ノート No.12*\n\n本文である。\n\n### 参考\n\n1. 外務省「日比首脳会談」（2023年11月3日）\n"
    assert texts(text) == [("meta", "*作成：2024年5月／研究ノートNo.12*"), ("paragraph", "本文である。"),
                           ("notes", "###参考"), ("note", "1.外務省「日比首脳会談」（2023年11月3日）")]


def test_a_long_title_line_is_a_heading_in_single_spaced_text():
    body = "日本とフィリピンは二〇二三年に安全保障協力を大きく進展させたと評価されている。\n" * 6
    title = "令和５年度防衛白書（抄）及び防衛力整備計画の実施状況について"
    assert texts(title + "\n" + body)[0] == ("heading", title)


def test_short_title_lines_are_headings_in_single_spaced_text():
    body = "日本とフィリピンは二〇二三年に安全保障協力を大きく進展させたと評価されている。\n" * 6
    text = "日比安全保障協力の課題\n" + body
    assert texts(text)[0] == ("heading", "日比安全保障協力の課題")


def test_a_diet_roster_name_padded_with_spaces_is_one_person(resources):
    """城内　　実君 lost its padding (城内実君) and Sudachi read 城 + 内実: no person was found."""
    from support import process_text

    text = "出席委員\n   委員長 山本 一郎君\n   理事 城内　　実君 理事 佐藤 花子君\n"
    doc = process_text(resources, text)
    assert ("城内　　実", "PERSON") in {(e.text, e.type) for e in doc.entities}
