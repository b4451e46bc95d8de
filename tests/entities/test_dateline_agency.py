"""The agency of a dateline. Found on a fresh news item: 【テヘラン共同】 gave Tehran, and 共同 (Kyodo News, which
filed it) was no entity."""
import pytest


@pytest.mark.parametrize("text, agency, gid", [
    ("【カイロ共同】エジプト政府は10日、声明を出した。\n", "共同", "org:kyodo"),
    ("【ソウル時事】韓国政府は発表した。\n", "時事", "org:jiji"),
])
def test_the_agency_of_a_dateline_is_linked(resources, text, agency, gid):
    from tests.support import process_text

    found = [(e.text, e.glossary_id) for e in process_text(resources, text).entities]
    assert (agency, gid) in found


@pytest.mark.parametrize("text", ["両国は共同で開発した。\n", "時事問題について話した。\n"])
def test_the_words_outside_a_dateline_are_not_agencies(resources, text):
    from tests.support import process_text

    assert not [e for e in process_text(resources, text).entities if e.glossary_id in ("org:kyodo", "org:jiji")]


def test_a_dateline_glued_to_the_line_before_still_names_its_agency(resources):
    from tests.support import process_text

    doc = process_text(resources, "イラン外相が訪問\n2024年10月10日\n 【テヘラン共同】イランの外相は9日、会談した。\n")
    assert ("共同", "org:kyodo") in [(e.text, e.glossary_id) for e in doc.entities]


@pytest.mark.parametrize("text", ["握手する両首脳(ロイター=共同)\n", "記者会見する外相（ゲッティ＝共同）\n"])
def test_the_agency_of_a_photo_credit_is_linked(resources, text):
    from tests.support import process_text

    assert ("共同", "org:kyodo") in [(e.text, e.glossary_id) for e in process_text(resources, text).entities]
