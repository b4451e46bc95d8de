"""`label_en_source` says where an English label comes from: `glossary` only for the label of the linked
entry itself; a label built from glossary labels and translated head words, with no row for the whole
(a derived id, or no id at all), is `composed`."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.mark.parametrize("text, surface, label_en", [
    ("EU外相会合では対ロ制裁が議論された。", "EU外相会合", None),                       # a group + a meeting
    ("大陸東南アジアと海洋東南アジアでは事情が異なる。", "大陸東南アジア", "Mainland Southeast Asia"),  # a region's part
    ("露内務省は声明を発表した。", "内務省", "Ministry of the Interior of Russia"),         # a derived id
    ("カシミール紛争は長期化している。", "カシミール紛争", "Kashmir conflict"),
])
def test_a_label_built_from_glossary_labels_is_composed_not_glossary(resources, text, surface, label_en):
    (e,) = [e for e in process_text(resources, text).entities if e.text == surface]
    assert e.label_en_source == "composed"
    assert label_en is None or e.label_en == label_en
    assert e.glossary_id is None or resources.glossary.get(e.glossary_id) is None


def test_a_glossary_label_is_the_linked_entrys_own(resources):
    text = "EU外相会合では対ロ制裁が議論された。大陸東南アジアと露内務省、カシミール紛争、タイ外務省。"
    for e in process_text(resources, text).entities:
        if e.label_en_source == "glossary":
            assert e.glossary_id and resources.glossary.get(e.glossary_id).label_en == e.label_en, e.text
