"""A content noun modified by a clause (…を解散する考え, …と協議する方針) is argued by its clause: the
names inside it are the claim's arguments, not the bare noun.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon, named_arguments
from pipeline.records import Entity


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def arguments(nlp, lexicon, text, predicate, ents):
    at = lambda s: (text.index(s), text.index(s) + len(s))  # noqa: E731
    entities = [Entity(*at(s), s, kind, glossary_id=f"G-{s}", label_en=s, id=f"E{k}") for k, (s, kind) in enumerate(ents)]
    claims = named_arguments(extract_claims(nlp(text), entities, [], [], [], lexicon), entities)
    (c,) = [c for c in claims if c.predicate.startswith(predicate)]
    return sorted(a.label_en for a in (*c.objects, *c.targets) if a.glossary_id)


@pytest.mark.parametrize("text, predicate, ents, want", [
    ("政府は国会を早期に召集する考えを示した。", "示", [("国会", "ORGANIZATION")], ["国会"]),
    ("外相はベトナムと協議を続ける方針を発表した。", "発表", [("ベトナム", "COUNTRY")], ["ベトナム"]),
    ("大統領はケニアに追加支援を行う意向を表明した。", "表明", [("ケニア", "COUNTRY")], ["ケニア"]),
])
def test_the_names_in_a_content_clause_are_arguments(nlp, lexicon, text, predicate, ents, want):
    assert arguments(nlp, lexicon, text, predicate, ents) == want


def test_a_content_noun_without_a_clause_stays_one_argument(nlp, lexicon):
    # 考え with only a の-possessor: the possessor links as before, the noun is not widened
    text = "首相はインドの考えを尊重した。"
    assert arguments(nlp, lexicon, text, "尊重", [("インド", "COUNTRY")]) == ["インド"]


@pytest.mark.parametrize("text, predicate, ents, want", [
    ("彼はモンゴルという国を訪れた。", "訪れ", [("モンゴル", "COUNTRY")], ["モンゴル"]),
    ("私はアフリカのアンゴラという長く内戦が続いた国に赴任した。", "赴任", [("アフリカ", "LOCATION"), ("アンゴラ", "COUNTRY")],
     ["アンゴラ"]),
    ("その国はモンゴル、という意見もある国だ。", "国", [("モンゴル", "COUNTRY")], []),  # a comma: not apposed
])
def test_a_name_apposed_with_toiu_is_the_generic_head(nlp, lexicon, text, predicate, ents, want):
    assert arguments(nlp, lexicon, text, predicate, ents) == want
