"""Fuzzy lookup takes misspellings, never another name one letter away or another level of a body."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary, normalize
from pipeline.glossary.index import plausible_typo


@pytest.mark.parametrize("surface, entry, expected", [
    ("上海極力機構", "上海協力機構", True),        # one kanji of the name mistyped
    ("東南アジア諸国連盟", "東南アジア諸国連合", True),
    ("中東アフリカ課", "中東アフリカ局", False),   # a section is not the bureau
    ("カシミール", "カシミール語", False),          # the region is not its language
    ("アフリカ議会", "アメリカ議会", False),        # Africa is not America
    ("オーストリア政府", "オーストラリア政府", False),
    ("Union", "unido", False),
    ("イラン外務省", "イラク外務省", False),
    ("クウェイト", "クウェト", True),             # クウェート without ー: the long vowel written with イ
    ("バイエルン", "バイエルン州", False),          # the bare name (a ship, a club, the state) is not a typo of the state
    ("オンタリオ州", "オンタリオ", False),
    ("大阪", "大阪府", False),
    ("宜野湾", "宜野湾市", False),
])
def test_plausible_typo(surface, entry, expected):
    assert plausible_typo(normalize(surface), normalize(entry)) is expected


@pytest.fixture(scope="module")
def default():
    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize("surface, unwanted", [
    ("アフリカ議会", "org:us-congress"),
    ("Union", "org:unido"),
    ("中東アフリカ課", "org:mofa-japan-middle-eastern-african-affairs-bureau"),
    ("カシミール", "lang:ks"),
    ("バイエルン", "loc:de-by"),
])
def test_default_glossary_fuzzy_lookup_keeps_other_names_apart(default, surface, unwanted):
    assert unwanted not in [c.glossary_id for c in default.lookup_fuzzy(surface, 0.8)]


def test_default_glossary_still_corrects_a_typo(default):
    assert default.lookup_fuzzy("上海極力機構", 0.8)[0].glossary_id == "org:sco"


def test_long_vowel_letters_are_letters_a_normalized_key_can_hold():
    """_LONG_VOWEL_KANA listed ァィゥェォ, which normalize folds to アイウエオ before any typo check."""
    from pipeline.glossary.index import _LONG_VOWEL_KANA
    from pipeline.glossary.norm import normalize

    assert all(normalize(c) == c for c in _LONG_VOWEL_KANA)
    assert set(normalize("クウェート")) - set("クート") <= _LONG_VOWEL_KANA


@pytest.mark.parametrize("key, choice, typo", [("クウエイト", "クウエト", True), ("アフリカ議会", "アメリカ議会", False)])
def test_a_long_vowel_letter_is_a_typo_a_small_one_is_folded_first(key, choice, typo):
    from pipeline.glossary.index import plausible_typo
    from pipeline.glossary.norm import normalize

    assert plausible_typo(normalize(key), normalize(choice)) is typo


def test_an_edited_glossary_reuses_the_scores_of_its_unchanged_keys_and_scores_the_changed_ones():
    """Fuzzy scores are kept across glossaries per key length: after an edit that adds a key of the
    same length as a matching one and removes another, a lookup gives exactly what a process that
    never saw the first glossary gives (the added key is found, the removed one is gone), and a key of
    an unchanged length is not scored again."""
    from pipeline.glossary import Glossary, GlossaryEntry
    from pipeline.glossary import index

    coop = GlossaryEntry("org:sco", "ORGANIZATION", "上海協力機構", "Shanghai Cooperation Organisation")
    apec = GlossaryEntry("org:apec", "ORGANIZATION", "アジア太平洋経済協力", "Asia-Pacific Economic Cooperation")
    bank = GlossaryEntry("org:aiib", "ORGANIZATION", "アジア投資銀行", "Asian Investment Bank")
    later = GlossaryEntry("org:sxo", "ORGANIZATION", "上海協議機構", "Shanghai Consultation Organisation")
    before, after = Glossary([coop, apec, bank]), Glossary([apec, bank, later])
    typo = "上海極力機構"
    assert [c.glossary_id for c in before.lookup_fuzzy(typo, 0.6)] == ["org:sco"]
    scored = []
    real = index._scored
    index._scored = lambda key, choices, threshold: scored.append(list(choices)) or real(key, choices, threshold)
    try:
        reused = after.lookup_fuzzy(typo, 0.6)
        assert scored == [["上海協議機構"]]  # only the key the edit added, of the one length that changed
        assert [c.glossary_id for c in before.lookup_fuzzy(typo, 0.6)] == ["org:sco"]  # its own memo
        index._SCORES.clear()  # a process that never saw `before`
        assert reused == Glossary([apec, bank, later]).lookup_fuzzy(typo, 0.6)
        assert [c.glossary_id for c in reused] == ["org:sxo"]
    finally:
        index._scored = real
