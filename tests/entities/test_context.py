"""Names several glossary entries share, resolved by the document (entities/context.py). Found on fresh
Chinese-media briefings: 外交部 (China's, Korea's or Taiwan's ministry) stayed unlinked, and a surname two
people share before an office stayed unlinked although the document's year says who held it."""
import pytest

from pipeline.config import Config
from pipeline.entities import link_in_context
from pipeline.entities.context import state_bodies
from pipeline.glossary import load_glossary
from pipeline.records import Entity


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def country(s, text, gid):
    return Entity(s, s + len(text), text, "COUNTRY", gid, None, None, "exact")


def org(s, text):
    return Entity(s, s + len(text), text, "ORGANIZATION")


@pytest.mark.parametrize("name, states", [
    ("外交部", {"CHN", "KOR"}),  # from 中国外交部, 韓国外交部
    ("国防部", {"CHN", "KOR", "TWN"}),
])
def test_bare_body_names_come_from_the_glossarys_state_bodies(glossary, name, states):
    assert states <= set(state_bodies(glossary)[name])


@pytest.mark.parametrize("before, gid", [
    ([country(0, "中国", "country:chn")], "org:china-mfa"),
    ([country(0, "韓国", "country:kor")], "org:mofa-korea"),
    ([country(0, "中国", "country:chn"), country(5, "韓国", "country:kor")], "org:mofa-korea"),  # the nearest
])
def test_a_bare_body_is_that_of_the_state_named_nearest_before(glossary, before, gid):
    ents = before + [org(20, "外交部")]
    assert link_in_context(ents, "", glossary, None)[-1].glossary_id == gid


def test_a_state_without_such_a_body_leaves_it_unlinked(glossary):
    # Thailand's ministry is 外務省, not 外交部: the nearest state decides, and it has none by that name
    ents = [country(0, "中国", "country:chn"), country(5, "タイ", "country:tha"), org(20, "外交部")]
    assert link_in_context(ents, "", glossary, None)[-1].glossary_id is None


def test_with_no_state_before_the_first_after_decides(glossary):
    ents = [org(0, "国防部"), country(10, "台湾", "country:twn")]
    assert link_in_context(ents, "", glossary, None)[0].glossary_id == "org:mod-twn"


@pytest.mark.parametrize("date, gid", [
    ("2015-03-01", "person:nawaz-sharif"),
    ("2024-05-01", "person:shehbaz-sharif"),
    ("2020-05-01", None),  # neither was prime minister
    (None, None),
])
def test_a_shared_surname_with_an_office_is_the_holder_in_the_documents_year(glossary, date, gid):
    text = "シャリフ首相は演説した。"
    ents = [Entity(0, 4, "シャリフ", "PERSON")]
    assert link_in_context(ents, text, glossary, date)[0].glossary_id == gid


def test_in_a_document(resources):
    from tests.support import process_text

    doc = process_text(resources, "2017年4月18日\n中国の外交部の報道官は定例記者会見で米国を批判した。\n")
    assert [e.glossary_id for e in doc.entities if e.text == "外交部"] == ["org:china-mfa"]


@pytest.mark.parametrize("date, linked", [("2016-04-10", False), ("2023-01-01", True), (None, True)])
def test_a_fuzzy_link_to_a_later_event_is_no_link(glossary, date, linked):
    e = Entity(0, 11, "ロシア・ウクライナ情勢", "EVENT", "event:russian-invasion-of-ukraine-2022", "Russian invasion of Ukraine",
               None, "fuzzy", 0.82)
    out = link_in_context([e], e.text, glossary, date)[0]
    assert (out.glossary_id is not None) == linked
    assert out.label_en


def test_an_exact_link_to_a_later_event_is_kept(glossary):
    # a text may be dated wrongly; only the guess (fuzzy) is dropped
    e = Entity(0, 8, "ロシアのウクライナ侵攻", "EVENT", "event:russian-invasion-of-ukraine-2022", None, None, "exact")
    assert link_in_context([e], e.text, glossary, "2016-01-01")[0].glossary_id is not None


def test_a_glossing_japanese_name_found_by_the_model_is_not_japans(resources):
    from tests.support import process_text

    doc = process_text(resources, "外交部(外務省)の報道官は16日の定例記者会見で「対話を支持する」と述べた。\n")
    assert "org:mofa-japan" not in [e.glossary_id for e in doc.entities]


@pytest.mark.parametrize("date, gid", [("2015-11-01", "person:yun-byung-se"), ("2003-06-01", "person:yoon-young-kwan")])
def test_a_korean_family_name_shared_by_two_foreign_ministers(glossary, date, gid):
    text = "ユン長官の初めての訪日を歓迎した"
    assert link_in_context([Entity(0, 2, "ユン", "PERSON")], text, glossary, date)[0].glossary_id == gid


def test_the_other_mentions_of_a_resolved_surname_take_its_link(glossary):
    text = "シャリフ首相は演説した。シャリフ氏は"
    ents = [Entity(0, 4, "シャリフ", "PERSON"), Entity(12, 16, "シャリフ", "PERSON")]
    assert [e.glossary_id for e in link_in_context(ents, text, glossary, "2015-12-25")] == ["person:nawaz-sharif"] * 2
