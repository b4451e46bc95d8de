"""Names by their shape and surface repairs (entities/shapes.py, entities/surfaces.py, one-kanji names):
each case is a short Japanese text written for the test, run through the whole document pipeline."""
from __future__ import annotations

import hashlib

import pytest

from pipeline.entities import line_breaks


@pytest.fixture(scope="module")
def run(resources):
    from pipeline.inputs import RawDocument
    from pipeline.run import process_document

    def _run(text: str):
        doc_id = hashlib.sha256(text.encode()).hexdigest()
        doc = process_document(RawDocument("t.txt", doc_id, "utf-8", text), resources)
        assert all(text[e.start:e.end] == e.text for e in doc.entities)
        return {(e.text, e.type) for e in doc.entities}, doc
    return _run


@pytest.mark.parametrize("text, surface, typ", [
    # organisation units: one ORGANIZATION over the place names inside
    ("杉山北米局長は会見で説明した。", "北米局", "ORGANIZATION"),
    ("中国外交部東アジア局の担当者が来日した。", "東アジア局", "ORGANIZATION"),
    ("参議院の予算委員会で質疑が行われた。", "予算委員会", "ORGANIZATION"),
    ("陸上自衛隊第八師団が派遣された。", "第八師団", "ORGANIZATION"),
    ("英国の労働党は総選挙で勝利した。", "労働党", "ORGANIZATION"),
    # numbered meetings, sessions, acts and ceremonies are events
    ("第5回日中韓環境大臣会合が開かれた。", "第5回日中韓環境大臣会合", "EVENT"),
    ("首相はAPEC 31に出席した。", "APEC 31", "EVENT"),
    ("スターリングラード戦の記録が公開された。", "スターリングラード戦", "EVENT"),
    ("イラクのクウェート侵略は国際法違反だった。", "クウェート侵略", "EVENT"),
    ("外相はブラジル日本移民百周年記念式典に出席した。", "ブラジル日本移民百周年記念式典", "EVENT"),
    # a government is one body (tests/entities/test_governments.py); an embassy is one body
    ("フィリピン政府は声明を出した。", "フィリピン政府", "ORGANIZATION"),
    ("在フィジー日本大使館が閉鎖された。", "在フィジー日本大使館", "ORGANIZATION"),
    # a Korean name in hanja with its katakana reading
    ("同席者は朴振(パク・チン)外交部長官である。", "朴振", "PERSON"),
    ("首相はG7広島サミットで演説した。", "G7広島サミット", "EVENT"),
    ("イラン核問題をめぐる協議が再開した。", "イラン核問題", "OTHER"),
    ("ジョン・F・ケネディ大統領の演説", "ジョン・F・ケネディ", "PERSON"),
    ("同盟国であるフィリピン日米安全保障条約を結ぶ日本", "フィリピン", "COUNTRY"),
    # one-kanji country names alone
    ("豪首相は来週訪日する。", "豪", "COUNTRY"),
    ("バイデン米大統領は演説した。", "米", "COUNTRY"),
    ("日・タイ首脳会談が行われた。", "日", "COUNTRY"),
    # photo credits
    ("会談する両首脳(ロイター=共同)", "ロイター", "ORGANIZATION"),
    ("会談する両首脳(ロイター=共同)", "共同", "ORGANIZATION"),
    # a katakana name before a personal title, a direction before a place
    ("ネタニヤフ氏は反論した。", "ネタニヤフ", "PERSON"),
])
def test_names_by_shape(run, text, surface, typ):
    found, _ = run(text)
    assert (surface, typ) in found, sorted(found)


@pytest.mark.parametrize("text, surface", [
    ("市の消防局と共同で訓練した。", "消防局"),      # one common word, not a named unit
    ("主要野党は反対した。", "主要野党"),
    ("国連本部事務局が発表した。", "事務局"),
    ("アジア大洋州局長が同行した。", "アジア"),      # the region inside the bureau is not a mention
    ("フィリピン政府は声明を出した。", "フィリピン"),  # the government, not the state alone
    ("タリバン政府は声明を出した。", "タリバン"),    # the glossary knows a movement, not a state
    ("5月2日・3日に会合を開く。", "日"),            # a day, not Japan
    ("詳細はpdfを参照。", "pdf"),                   # residue of a link
    ("出典: ウィキペディア英語版", "英語"),          # an edition, not the language
    ("次に防衛大臣の答弁を求めます。", "防衛"),      # an office before a title, not a surname
])
def test_not_names(run, text, surface):
    found, _ = run(text)
    assert all(s != surface for s, _ in found), sorted(found)


def test_no_entity_crosses_a_line_break(run):
    text = "議長\nハサン・シェイク・モハムド\nAU委員会\n本部 アディスアベバ\n"
    found, doc = run(text)
    assert all("\n" not in e.text for e in doc.entities)
    assert ("AU委員会", "ORGANIZATION") in found


@pytest.mark.parametrize("analysis, original, expected", [
    ("東京大阪", "東京\n大阪", {2}),        # the repair glued two lines
    ("東京\n大阪", "東京\n大阪", {3}),
    ("東京大阪", "東京 大阪", set()),       # a space is not a line break
    # hard-wrapped prose: lines that reach the margin run on (a name may span them), a short one ends
    ("日本政府は東南アジア諸国連合との協力を強化する方針を確認した。双方は来年の首脳会議で合意文書をまとめる。",
     "日本政府は東南アジア諸国連合との協力を強\n化する方針を確認した。双方は来年の首脳会議\nで合意文書をまとめる。", set()),
])
def test_line_breaks(analysis, original, expected):
    orig = [i for i, c in enumerate(original) if not c.isspace()] if "\n" not in analysis else list(range(len(original)))
    assert line_breaks(analysis, orig, original) == frozenset(expected)


@pytest.mark.parametrize("text, surface, typ", [
    ("スペイン語: Unión Europea\n", "Unión Europea", "ORGANIZATION"),
    ("ドイツ語: Europäische Union\n", "Europäische Union", "ORGANIZATION"),
])
def test_latin_body_names_are_never_persons(run, text, surface, typ):
    found, _ = run(text)
    assert all(not (s == surface and t == "PERSON") for s, t in found), sorted(found)


def _ent(text, surface, typ, nth=0, gid=None):
    from pipeline.records import Entity
    s = -1
    for _ in range(nth + 1):
        s = text.index(surface, s + 1)
    return Entity(s, s + len(surface), surface, typ, glossary_id=gid, label_en="L" if gid else None,
                  match="exact" if gid else "model")


@pytest.mark.parametrize("text, ents, expected", [
    # an acronym naming a group of states is a region at every mention
    ("GCC諸国への輸出は増えた。GCCとの協定は未締結だ。GCCで首位はUAEだ。",
     [("GCC諸国", "LOCATION", 0, None), ("GCC", "ORGANIZATION", 1, None), ("GCC", "PRODUCT", 2, None)],
     ["LOCATION", "LOCATION", "LOCATION"]),
    # a linked mention gives its link to the unlinked ones of the same surface
    ("トンガ政府は声明を出した。\n\nトンガの首相は来日した。",
     [("トンガ", "COUNTRY", 0, "country:ton"), ("トンガ", "PERSON", 1, None)],
     ["COUNTRY", "COUNTRY"]),
    # different names are left alone
    ("シャリフ首相は会談した。ラホールで会った。",
     [("シャリフ", "PERSON", 0, None), ("ラホール", "LOCATION", 0, None)], ["PERSON", "LOCATION"]),
])
def test_harmonize_one_reading_per_name(text, ents, expected):
    from pipeline.entities import harmonize
    out = harmonize([_ent(text, s, t, n, g) for s, t, n, g in ents])
    assert [e.type for e in out] == expected
    assert all(e.glossary_id == "country:ton" for e in out if e.text == "トンガ")


@pytest.mark.parametrize("text, breaks, expected", [
    ("2024年5月1日日米首脳会談", frozenset({9}), [("日米", "country:jpn"), ("日米", "country:usa")]),
    ("2024年5月1日日米首脳会談", frozenset(), []),  # glued without a break: 日日米 is no compound
])
def test_compounds_begin_at_a_glued_line(resources, text, breaks, expected):
    found = [(m.text, m.glossary_id) for m in resources.glossary.matcher().feed(text, breaks) if m.method == "compound"]
    assert found == expected
