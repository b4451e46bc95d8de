"""A foreign leader's bare surname before an office title links to the PERSON row (glossary.surnames)."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import Glossary, GlossaryEntry, load_glossary


def _person(gid, ja, notes="", en=""):
    return GlossaryEntry(id=gid, type="PERSON", label_ja=ja, label_en=en or gid, notes=notes)


SMALL = Glossary([
    _person("person:merz", "フリードリヒ・メルツ", "Chancellor 2025-"),
    _person("person:johnson", "ボリス・ジョンソン", "Foreign Secretary 2016-2018; Prime Minister 2019-2022"),
    _person("person:rice", "コンドリーザ・ライス", "Secretary of State 2005-2009"),
    _person("person:nawaz", "ナワズ・シャリフ", "Prime Minister 2013-2017"),
    _person("person:shehbaz", "シャバズ・シャリフ", "Prime Minister 2022-"),
    _person("person:tai", "キャサリン・タイ"),
    GlossaryEntry(id="country:tha", type="COUNTRY", label_ja="タイ", label_en="Thailand"),
    _person("person:lam", "トー・ラム"),
    _person("person:yunus", "ムハマド・ユヌス"),
])


def _links(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text)]


@pytest.mark.parametrize("text, want", [
    ("メルツ首相は記者団に語った。", [("メルツ", "person:merz")]),  # a Chancellor is a 首相
    ("ジョンソン首相が辞任した。", [("ジョンソン", "person:johnson")]),
    ("ライス国務長官の訪日", [("ライス", "person:rice")]),
    ("ラム書記長はハノイで", [("ラム", "person:lam")]),  # an office the notes do not record terms of
    ("前ジョンソン首相", [("ジョンソン", "person:johnson")]),
    ("ジョンソン大統領の演説", []),  # Boris Johnson never held a presidency: another Johnson
    ("ジョンソン氏は述べた。", []),  # 氏 says nothing of who: any Johnson
    ("ライスを炊く", []),  # no title: the word rice
    ("シャリフ首相は", []),  # two Sharifs: the glossary cannot say which
    ("タイ外相と会談した", [("タイ", "country:tha")]),  # タイ is Thailand's name, never Tai's surname
    ("メルツェル首相", []),  # part of a longer katakana word
])
def test_surname_before_a_title(text, want):
    assert _links(SMALL, text) == want


def test_surname_match_says_how_it_was_found():
    m = SMALL.matcher().feed("メルツ首相")[0]
    assert (m.method, m.role) == ("surname", "首相")


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize("text, gid", [
    ("ミレイ大統領は改革を進めた。", "person:javier-milei"),
    ("スナク首相は総選挙を前倒しした。", "person:rishi-sunak"),
    ("シビハ外相がキーウで会見した。", "person:andrii-sybiha"),
    ("モリソン首相はAUKUSを発表した。", "person:scott-morrison"),
    ("ルーラ大統領が訪中した。", "person:lula-da-silva"),  # his name's last part is シルヴァ: the row lists ルーラ
])
def test_shipped_leaders_by_surname(shipped, text, gid):
    assert _links(shipped, text)[0][1] == gid
