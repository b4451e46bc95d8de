"""Company names by their heads and seats (entities/companies.py): business news names dozens of
companies a paragraph and GiNZA found few; a glossary place inside a company (横浜 in 横浜ゴム) was
linked as the place. Each case is a Japanese sentence written for the test, run through the pipeline."""
from __future__ import annotations


import pytest
from support import process_text

from pipeline.entities.companies import companies


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, surface", [
    # a legal-form head makes any name before it a company
    ("北海ホールディングスは札幌の物流会社を買収した。", "北海ホールディングス"),
    ("ミナトリンク・HDは新工場の建設を発表した。", "ミナトリンク・HD"),
    ("同社はアクメ・ロジスティクス・カンパニーと提携した。", "アクメ・ロジスティクス・カンパニー"),
    # a trade head makes a company of a proper noun or a foreign word before it
    ("横浜ゴムは米国の工場を売却した。", "横浜ゴム"),
    ("鉄道事業は前田建設工業が受注した。", "前田建設工業"),
    ("大手のサクラ精機は輸出を増やした。", "サクラ精機"),
    # a name with its seat in brackets, as M&A round-ups write a company's first mention
    ("同社はカワセミライフ(札幌市)の株式を取得した。", "カワセミライフ"),
    ("残りの株式はBLUESKY(東京都港区)に譲渡する。", "BLUESKY"),
    # the media a news item cites
    ("同省は調査を始めた。(24日・ダバオタイムズ電子版)", "ダバオタイムズ"),
    ("インド政府は関税を引き上げる。エコノミック・ヘラルドなどが24日報じた。", "エコノミック・ヘラルド"),
])
def test_a_company_is_one_organization(run, text, surface):
    assert (surface, "ORGANIZATION") in run(text)


def test_the_place_inside_a_company_is_no_mention_of_it(run):
    assert all(s != "横浜" for s, _ in run("横浜ゴムは米国の工場を売却した。"))


@pytest.mark.parametrize("text, surface", [
    ("新興国では道路建設が進んでいる。", "道路建設"),        # a common noun before a trade head
    ("日本工業規格に適合した製品を輸出した。", "日本工業"),  # the compound runs on past the head
    ("会場は国際会議場(横浜市)で開かれた。", "国際会議場"),  # a common noun before a seat
    ("政府が伝えたところでは、交渉は続く。", "政府"),       # a common noun as the subject of 伝えた
])
def test_no_company_without_a_name(run, text, surface):
    assert (surface, "ORGANIZATION") not in run(text)


@pytest.mark.parametrize("text, expected", [
    ("株式会社ミドリ商会、株式会社アオバ及び北辰電機株式会社は",   # 株式会社 before or after the name
     ["北辰電機株式会社", "株式会社ミドリ商会", "株式会社アオバ"]),
    ("ニセコ町(北海道)を訪れた。", []),         # a place before its region is no company
    ("海運大手の北斗海運は", []),                # without a parse a kanji name is not known to be one
])
def test_companies_without_a_parse(text, expected):
    assert [c.text for c in companies(text, None)] == expected


@pytest.mark.parametrize("text, publisher", [
    ("山田花子編『北極海の政治』京都:ミネルヴァ書房、2019年。", "ミネルヴァ書房"),
    ("詳しくは鈴木一郎『極地の外交』(慶應義塾大学出版会、2020年)を参照。", "慶應義塾大学出版会"),
])
def test_a_publisher_in_a_reference_is_an_organization(run, text, publisher):
    assert (publisher, "ORGANIZATION") in run(text)
