"""Folding GiNZA's ENE labels into the SPEC types."""
import pytest

from pipeline.entities import ENE_TO_TYPE, fold_label
from pipeline.records import ENTITY_TYPES


@pytest.mark.parametrize(
    "label, surface, expected",
    [
        ("Person", "ラブロフ", "PERSON"),
        ("Country", "ベトナム", "COUNTRY"),
        ("International_Organization", "ASEAN", "ORGANIZATION"),
        ("Continental_Region", "東南アジア友好協力条約", "AGREEMENT"),  # the head noun wins over the model
        ("School", "クリミア併合", "EVENT"),
        ("Game", "ウクライナ戦争", "EVENT"),
        ("Earthquake", "ロシア・ウクライナ戦争", "EVENT"),
        ("Conference", "欧州評議会", "ORGANIZATION"),
        ("Doctrine_Method_Other", "大西洋主義", "POLICY"),
        ("Sea", "南シナ海", "LOCATION"),
        ("City", "ジャカルタ", "LOCATION"),
        ("Treaty", "FTA", "AGREEMENT"),
        ("Weapon", "Su-35", "PRODUCT"),
        ("Date", "2014年3月", None),  # dates are the dates module's
        ("Money", "84億ドル", None),
        ("Position_Vocation", "大統領", None),  # a role, kept on the person
        ("N_Product", "11機", None),
        ("Ordinal_Number", "図1.", None),
    ],
)
def test_fold_label(label, surface, expected):
    assert fold_label(label, surface) == expected


def test_folding_table_uses_only_spec_types_and_real_labels(nlp):
    labels = set(nlp.get_pipe("ner").labels)
    assert set(ENE_TO_TYPE.values()) <= set(ENTITY_TYPES)
    assert set(ENE_TO_TYPE) <= labels, set(ENE_TO_TYPE) - labels


@pytest.fixture(scope="module")
def glossary():
    from pipeline.config import Config
    from pipeline.glossary import load_glossary

    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize(
    "text, surface, glossary_id, method",
    [
        ("上海極力機構やEAEUと", "上海極力機構", "org:sco", "fuzzy"),  # the seed's misspelling of 上海協力機構
        ("上海で会談した", "上海", "loc:shanghai", "exact"),  # nothing follows: the short match stands
        ("上海協力機構は", "上海協力機構", "org:sco", "exact"),
        ("ロシア製武器", "ロシア", "country:rus", "exact"),  # 製 is no head noun of a name
    ],
)
def test_extend_matches_to_the_whole_compound(glossary, text, surface, glossary_id, method):
    from pipeline.entities import extend_matches

    first = extend_matches(text, glossary.matcher().feed(text), glossary, 0.8)[0]
    assert (first.text, first.glossary_id, first.method) == (surface, glossary_id, method)


@pytest.mark.parametrize(
    "model_text, model_label, match_text, expected_text, expected_id",
    [
        ("第3回ASEAN-ロシアサミット", "Conference", "ASEAN-ロシアサミット", "ASEAN-ロシアサミット", "event:asean-russia-summit"),
        ("ウクライナ侵攻前", "Earthquake", "ウクライナ侵攻", "ウクライナ侵攻", "event:russian-invasion-of-ukraine-2022"),
        ("ロシア財務省", "Government", "ロシア", "ロシア財務省", None),  # a different thing (…省): kept as the model found it
    ],
)
def test_glossary_match_wins_over_an_ordinal_or_time_affix(glossary, model_text, model_label, match_text, expected_text, expected_id):
    from pipeline.entities import merge_entities
    from pipeline.records import Entity

    text = model_text + "で"
    matches = [m for m in glossary.matcher().feed(text) if m.text == match_text]
    assert len(matches) == 1  # the glossary knows the inner name only
    model = [Entity(0, len(model_text), model_text, fold_label(model_label, model_text), match="model", score=0.5, model_label=model_label)]
    (first, *_) = merge_entities(model, matches, glossary, 0.8)
    assert first.text == expected_text
    assert expected_id is None or first.glossary_id == expected_id


@pytest.mark.parametrize(
    "model_text, label, expected",
    [
        ("フィリピン軍", "Military", ("フィリピン軍", "org:afp-philippines", None)),  # …軍: the armed forces, never the country
        ("ブルネイ軍", "Military", ("ブルネイ軍", None, None)),  # no entry for it: unlinked, never the country
        ("Rodrigo Duterte政権", "Person", ("Rodrigo Duterte", "person:rodrigo-duterte", "政権")),
    ],
)
def test_model_entity_lookup_respects_head_nouns_and_titles(glossary, model_text, label, expected):
    from pipeline.entities import merge_entities
    from pipeline.records import Entity

    model = [Entity(0, len(model_text), model_text, fold_label(label, model_text), match="model", score=0.5, model_label=label)]
    (ent,) = merge_entities(model, [], glossary, 0.8)
    assert (ent.text, ent.glossary_id, ent.role) == expected


@pytest.mark.parametrize("model_text, label", [
    ("日・ケニア", "Pro_Sports_Organization"),       # a list heading the model read as one team
    ("日・サウジアラビア", "Country"),
])
def test_a_model_span_over_two_names_is_not_fuzzily_one_of_them(glossary, model_text, label):
    """Before: 日・サウジアラビア was close enough to サウジアラビア to link the whole to Saudi Arabia, and Japan was lost."""
    from pipeline.entities import merge_entities
    from pipeline.records import Entity

    text = model_text + "外相会談"
    matches = glossary.matcher().feed(text)
    assert [m.glossary_id for m in matches][0] == "country:jpn"
    model = [Entity(0, len(model_text), model_text, fold_label(label, model_text), match="model", score=0.5, model_label=label)]
    merged = merge_entities(model, matches, glossary, 0.8)
    assert [(e.text, e.type) for e in merged] == [("日", "COUNTRY"), (model_text[2:], "COUNTRY")]
