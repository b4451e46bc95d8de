"""A surname before a title picks, among the entries it begins, the one whose glossary notes record
a term of that office (glossary.terms), not the one whose notes merely contain the office's name."""
from __future__ import annotations

import pytest

from pipeline.entities.surnames import link_surnames
from pipeline.glossary import Glossary, GlossaryEntry


def person(gid, ja, en, country, notes):
    return GlossaryEntry(gid, "PERSON", ja, en, country=country, notes=notes)


GLOSSARY = Glossary([
    person("p:harris-vp", "カマラ・ハリス", "Kamala Harris", "USA", "Vice President 2021-2025"),
    person("p:harris-p", "ジョン・ハリス", "John Harris", "USA", "President 2019-"),
    person("p:lavrov", "セルゲイ・ラブロフ", "Sergey Lavrov", "RUS", "foreign minister from 2004"),
    person("p:lavrov-2", "イワン・ラブロフ", "Ivan Lavrov", "RUS", "Minister of Finance 2010-2012"),
    person("p:widodo", "ジョコ・ウィドド", "Joko Widodo", "IDN", "president of Indonesia 2014-2024"),
    person("p:widodo-2", "アグス・ウィドド", "Agus Widodo", "IDN", "Minister of Defense 2019-2020"),
    person("p:scholz", "オラフ・ショルツ", "Olaf Scholz", "DEU", "Chancellor 2021-2025"),
    person("p:scholz-2", "ハンス・ショルツ", "Hans Scholz", "DEU", "Foreign Minister 2001-2003"),
    person("p:guterres", "アントニオ・グテーレス", "Antonio Guterres", "PRT", "UN Secretary-General 2017-"),
    person("p:guterres-2", "ジョゼ・グテーレス", "Jose Guterres", "PRT", "Prime Minister 1995-2002"),
    person("p:abdullah", "アブドラ・フセイン", "Abdullah Hussein", "JOR", "King 1999-"),
    person("p:abdullah-2", "アリ・フセイン", "Ali Hussein", "JOR", "Prime Minister 2011-2012"),
    person("p:xi", "習近平", "Xi Jinping", "CHN", "General Secretary 2012-; President 2013-"),
    person("p:xi-2", "習仲勲", "Xi Zhongxun", "CHN", "Vice Premier 1959-1965"),
    person("p:yun", "ユン・ビョンセ", "Yun Byung-se", "KOR", "Foreign Minister 2013-2017"),
    person("p:yun-2", "ユン・ソンニョル", "Yoon Suk Yeol", "KOR", "President 2022-2025"),
    person("p:kim", "キム・ジョンウン", "Kim Jong Un", "PRK", "leader of North Korea 2011-"),
    person("p:kim-2", "キム・ヨジョン", "Kim Yo Jong", "PRK", "senior official of the Workers' Party of Korea"),
])


@pytest.mark.parametrize("text, surname, gid", [
    ("ハリス大統領は声明を出した", "ハリス", "p:harris-p"),  # "President" is inside "Vice President 2021-2025"
    ("ハリス副大統領は訪日した", "ハリス", "p:harris-vp"),
    ("ラブロフ外相は述べた", "ラブロフ", "p:lavrov"),  # notes in lower case, "from 2004"
    ("ウィドド大統領は会見した", "ウィドド", "p:widodo"),  # "president of Indonesia 2014-2024"
    ("ショルツ首相は訪中した", "ショルツ", "p:scholz"),  # 首相 of Germany: Chancellor
    ("グテーレス事務総長は懸念を表明した", "グテーレス", "p:guterres"),  # "UN Secretary-General 2017-"
    ("フセイン国王は歓迎した", "フセイン", "p:abdullah"),
    ("習主席と会談した", "習", "p:xi"),
    ("習国家主席と会談した", "習", "p:xi"),
    ("ユン長官の訪日を歓迎した", "ユン", "p:yun"),  # Korea's 外交部長官: the Foreign Minister
    ("キム委員長は述べた", "キム", None),  # an office no notes record by this word: undecidable
])
def test_the_entry_with_a_term_of_the_office_wins(text, surname, gid):
    found = [(e.text, e.glossary_id, e.match) for e in link_surnames([], text, GLOSSARY)]
    assert found == ([(surname, gid, "surname")] if gid else [])
