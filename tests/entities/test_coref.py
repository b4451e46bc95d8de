"""Short forms of a person named in full in the same document. Found on a fresh talks summary: 河野太郎外務大臣 was
linked, then every 河野大臣 stayed unlinked (河野 begins two glossary people, and 大臣 names no office)."""
import pytest

from pipeline.entities import link_short_forms
from pipeline.records import Entity


def person(s, text, gid=None, label_ja=None, match="model"):
    return Entity(s, s + len(text), text, "PERSON", gid, gid and gid.split(":")[1], label_ja, match)


@pytest.mark.parametrize("full, label_ja, gid, short", [
    ("河野太郎", "河野太郎", "person:taro-kono", "河野"),
    ("林芳正", "林芳正", "person:yoshimasa-hayashi", "林"),
    ("ディアナ・モンディーノ", "ディアナ・モンディーノ", "person:diana-mondino", "モンディーノ"),
    ("尹錫悦", "尹錫悦", "person:yoon-suk-yeol", "尹"),
    ("ユン・ビョンセ", "尹炳世", "person:yun-byung-se", "ユン"),  # a Korean family name comes first
])
def test_a_short_form_takes_the_person_named_in_full(full, label_ja, gid, short):
    ents = [person(0, full, gid, label_ja, "exact"), person(40, short)]
    out = link_short_forms(ents)
    assert (out[1].glossary_id, out[1].match) == (gid, "surname")


def test_two_people_sharing_the_short_form_leave_it_unlinked():
    ents = [person(0, "李強", "person:li-qiang", "李強", "exact"), person(10, "李在明", "person:lee-jae-myung", "李在明", "exact"),
            person(30, "李")]
    assert link_short_forms(ents)[2].glossary_id is None


def test_a_short_form_of_nobody_named_stays_unlinked():
    ents = [person(0, "河野太郎", "person:taro-kono", "河野太郎", "exact"), person(20, "茂木")]
    assert link_short_forms(ents)[1].glossary_id is None


def test_a_linked_short_form_is_left_as_linked():
    ents = [person(0, "河野太郎", "person:taro-kono", "河野太郎", "exact"),
            person(20, "河野", "person:yohei-kono", "河野洋平", "exact")]
    assert link_short_forms(ents)[1].glossary_id == "person:yohei-kono"


def test_in_a_document(resources):
    from tests.support import process_text

    doc = process_text(resources, "2018年5月10日\n河野太郎外務大臣は，ブルネイを訪問した。\n河野大臣から，協力を強化したい旨述べました。\n")
    kono = [e for e in doc.entities if e.text == "河野"]
    assert kono and all(e.glossary_id == "person:taro-kono" for e in kono)


@pytest.mark.parametrize("text, expected", [
    ("2018年2月\nソイニ フィンランド外務大臣との夕食会", [("ソイニ", "person:timo-soini"), ("フィンランド", "country:fin")]),
    ("2018年2月\nリー・シェンロン シンガポール首相への表敬", [("リー・シェンロン", "person:lee-hsien-loong"),
                                                    ("シンガポール", "country:sgp")]),
])
def test_a_list_line_parts_the_name_from_the_state_at_the_space(resources, text, expected):
    from tests.support import process_text

    found = [(e.text, e.glossary_id) for e in process_text(resources, text).entities]
    assert all(pair in found for pair in expected)


@pytest.mark.parametrize("original, analysed, expected", [
    ("ソイニ フィンランド", "ソイニフィンランド", {3}),  # two words of two letters or more
    ("ロ シ ア", "ロシア", set()),  # a letter-spaced heading: single letters
    ("ソイニ\nフィンランド", "ソイニフィンランド", set()),  # a line break is line_breaks' business
    ("日本 フィンランド", "日本フィンランド", set()),  # kanji before the space
])
def test_space_breaks(original, analysed, expected):
    from pipeline.entities import space_breaks

    orig = [i for i, c in enumerate(original) if not c.isspace()]
    assert set(space_breaks(analysed, orig, original)) == expected


def test_an_english_office_title_is_not_the_journal(resources):
    from tests.support import process_text

    doc = process_text(resources, "会談した(H.E. Mr. John DOE, Federal Minister for Foreign Affairs, Austria)。\n")
    assert "org:foreign-affairs" not in [e.glossary_id for e in doc.entities]


def test_a_mention_linked_by_its_surname_names_no_one_in_full():
    """short_form_owners (shared with again) still counts only mentions linked by their full name here."""
    ents = [person(0, "河野", "person:taro-kono", "河野太郎", "surname"), person(20, "河野")]
    assert link_short_forms(ents)[1].glossary_id is None
