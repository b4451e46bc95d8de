"""A record's text is the original's text[start:end]: the repair removes a space between katakana words
and a line break inside a word, and entities used to keep the repaired text (ドナルドトランプ), so their
text was not their evidence. Also: a dotted name never runs across such a space (リー・シェンロン
シンガポール首相 was one PERSON). Sentences written for the test."""
import pytest
from support import process_text


@pytest.mark.parametrize("text, surface, gid", [
    ("ドナルド トランプ大統領と会談した。", "ドナルド トランプ", "person:donald-trump"),
    ("2018年2月\nリー・シェンロン シンガポール首相への表敬", "リー・シェンロン", "person:lee-hsien-loong"),
])
def test_the_entity_text_is_the_original_with_its_space(resources, text, surface, gid):
    doc = process_text(resources, text)  # asserts text[start:end] == e.text for every entity
    assert [e.text for e in doc.entities if e.glossary_id == gid] == [surface]


def test_a_date_across_a_line_break_keeps_it_in_its_text(resources):
    text = "両国は2023年\n9月6日に会談した。"
    doc = process_text(resources, text)
    assert [(d.text, d.value) for d in doc.dates] == [("2023年\n9月6日", "2023-09-06")]
    assert all(text[d.start:d.end] == d.text for d in doc.dates)


def test_a_dotted_name_after_a_removed_space_is_still_one_person():
    """The repair glued two list names (リー・シェンロン ジョン・ボルトン): the piece after the cut used to
    be refused by the run's lookbehind, so the second name was lost."""
    from pipeline.entities.dotted import dotted_persons
    from pipeline.records import Entity

    text = "リー・シェンロンジョン・ボルトン"
    ents = [Entity(3, 8, "シェンロン", "PERSON", match="model"), Entity(12, 16, "ボルトン", "PERSON", match="model")]
    found = dotted_persons(ents, text, frozenset({8}))
    assert [(e.text, e.type) for e in found] == [("リー・シェンロン", "PERSON"), ("ジョン・ボルトン", "PERSON")]
