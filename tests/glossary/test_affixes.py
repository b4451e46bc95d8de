"""Character matching inverted meaning: with a glossary row for 友好国, every 非友好国 ('unfriendly country')
linked as the friendly one, and GiNZA's longer 非友好国 entity was dropped."""
import pytest

from pipeline.config import PACKAGE_DATA
from pipeline.glossary import affix_stem, changes_word, load_glossary

FRIENDLY = "id\ttype\tlabel_ja\tlabel_en\nother:friendly-country\tOTHER\t友好国\tfriendly country\n"


@pytest.fixture(scope="module")
def default_glossary():
    from pipeline.config import Config
    from pipeline.glossary import load_glossary

    return load_glossary(Config().glossary_paths())


@pytest.fixture(scope="module")
def glossary(tmp_path_factory):
    extra = tmp_path_factory.mktemp("g") / "mine.tsv"
    extra.write_text(FRIENDLY, encoding="utf-8")  # the row 'glossary suggest' proposes first for the seed
    return load_glossary([PACKAGE_DATA / "glossary.tsv", extra])


def links(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text)]


@pytest.mark.parametrize("text, expected", [
    ("非友好国に指定された", []),                                         # non-: another word
    ("日本は友好国である", [("日本", "country:jpn"), ("友好国", "other:friendly-country")]),
    ("反ロシアの世論", []),                                               # anti-
    ("親ロシア派の勢力", []),                                             # pro-, and a faction
    ("脱ロシアを進める", []),                                             # de-
    ("脱ロシア依存を進める", [("ロシア", "country:rus")]),               # 脱 scopes over ロシア依存
    ("非米国企業・人でも", [("米国", "country:usa")]),                   # non-(US companies)
    ("ロシア人の観光客", []),                                             # people, not the country
    ("ロシア系の住民", []),                                               # lineage
    ("インドネシア人口は増えた", [("インドネシア", "country:idn")]),      # 人口 starts a new word
    ("ベトナム派遣の部隊", [("ベトナム", "country:vnm")]),               # 派遣 starts a new word
    ("前ロシア大使は語った", [("ロシア", "country:rus")]),               # 前 scopes over ロシア大使
    ("新ASEANの構想", []),                                                # new X is another thing
    ("新STARTは延長された", [("新START", "agreement:new-start")]),      # a longer entry still wins
    ("是非ロシアに来てほしい", [("ロシア", "country:rus")]),             # 是非 is a word: 非 is not a prefix
    ("以前ロシアは中立だった", [("ロシア", "country:rus")]),             # 以前: 前 ends a word
    ("旧ソ連の国々", [("ソ連", "country:soviet-union")]),               # a former state is the same referent
])
def test_affixes_that_make_another_word(glossary, text, expected):
    assert links(glossary, text) == expected


@pytest.mark.parametrize("text, start, end, changed", [
    ("非友好国", 1, 4, True),
    ("友好国", 0, 3, False),
    ("ロシア人", 0, 3, True),
    ("ロシア人権", 0, 3, False),
    ("副議長", 1, 3, True),
    ("前ロシア大使", 1, 4, False),
])
def test_changes_word(text, start, end, changed):
    assert changes_word(text, start, end) is changed


@pytest.mark.parametrize("surface, stem", [
    ("非友好国", "友好国"), ("ロシア人", "ロシア"), ("反ロシア", "ロシア"), ("親ロ派", "ロ派"), ("友好国", None), ("人口", None), ("インドネシア人口", None),
])
def test_affix_stem(surface, stem):
    assert affix_stem(surface) == stem


def test_model_entity_around_a_prefixed_match_keeps_its_own_type(glossary, resources):
    from pipeline.inputs import RawDocument
    from pipeline.run import Resources, process_document

    res = Resources(resources.nlp, glossary, resources.lexicon, resources.config)
    text = "ロシアは日本などを非友好国リストに加えた。ロシア人の観光客は友好国に向かった。"
    doc = process_document(RawDocument("a.txt", "f" * 64, "utf-8", text), res)
    by_text = {e.text: e for e in doc.entities}
    # GiNZA's entity 非友好国リスト contains the match; it is a common-noun phrase, which the unknown-entity
    # rules may drop (issue 9), but if it is kept it keeps its own type and is never linked as 友好国
    unfriendly = by_text.get("非友好国リスト")
    assert unfriendly is None or (unfriendly.glossary_id, unfriendly.match) == (None, "model")
    assert by_text["友好国"].glossary_id == "other:friendly-country" and by_text["友好国"].start == text.rindex("友好国")
    assert all(e.glossary_id != "other:friendly-country" for e in doc.entities if e.start < text.index("。"))
    people = text.index("ロシア人")  # the people (kept unlinked, or dropped as a demonym): never linked to Russia
    assert all(e.glossary_id != "country:rus" for e in doc.entities if e.start < people + 4 and people < e.end)


@pytest.mark.parametrize("text, linked", [
    ("対話メカニズムによって", []),                 # カーニー normalizes to カニ: not inside メカニズム
    ("対話メ\n\nカニズムによって", []),             # nor across a PDF line break
    ("アメリカンフットボールの試合", []),           # アメリカ inside a longer katakana word
    ("カーニー首相は", ["person:mark-carney"]),
    ("マリとチャドは", ["country:mli", "country:tcd"]),  # a katakana word ending at a kana particle
    ("ロシア・ウクライナ関係", ["country:rus", "country:ukr"]),  # ・ separates words
    ("ロシア側は", ["country:rus"]),                 # kanji after katakana: a compound, still Russia
    # a dotted match ending or starting inside a katakana word of a company name is no name of its own
    ("ハンコック・アンド・ラバー社が", []),           # アンド・ラ (Andorra's alias) inside ・ラバー
    ("データ・インテリジェンス・チームの報告", []),    # ス・チー inside インテリジェンス・チーム
    ("アウン・サン・スー・チー氏は", ["person:aung-san-suu-kyi"]),  # the whole dotted name still links
])
def test_a_katakana_match_is_a_whole_katakana_word(default_glossary, text, linked):
    assert [m.glossary_id for m in default_glossary.matcher().feed(text)] == linked
