"""The parties named inside a claim's subject phrase become targets (pipeline.claims.subject_parties):
pure, on sentences written for these tests, entities built by hand."""
from __future__ import annotations

import pytest

from pipeline.claims.subject_parties import subject_parties
from pipeline.records import ArgRef, Claim, Entity

LABELS = {"インド": "India", "ケニア": "Kenya", "中国": "China", "露": "Russia", "日本": "Japan", "北大西洋条約機構": "NATO",
          "ガザ地区": "Gaza Strip", "中東": "Middle East"}


def claim(text: str, subject: str, names: list[str], linked_to: str | None = None, found_by: str = "dependency"):
    """One claim over the whole sentence with ``subject`` as its subject phrase; entities for ``names``."""
    ents = []
    for k, name in enumerate(names):
        i = text.index(name)
        ents.append(Entity(i, i + len(name), name, "COUNTRY", glossary_id=f"g:{name}", label_en=LABELS[name], id=f"E{k}"))
    j = text.index(subject)
    own = next((e for e in ents if e.text == linked_to), None)
    subj = ArgRef(subject, start=j, end=j + len(subject), found_by=found_by,
                  entity_id=own and own.id, glossary_id=own and own.glossary_id, label_en=own and own.label_en)
    return Claim(0, len(text), text, "pred", subject=subj), ents


@pytest.mark.parametrize("text, subject, names, linked_to, want", [
    # the party of a relation: a zero-subject sentence filled later, so the parse never read the phrase
    ("インドとの関係改善が訪問の目標だった。", "インドとの関係改善", ["インド"], None, [("India", "との")]),
    # a trade statistic's destination (向け, への), a bracketed note between the name and its mark
    ("ケニア向け輸出は全体の半分を占める。", "ケニア向け輸出", ["ケニア"], None, [("Kenya", "向け")]),
    ("中東(注)への輸出額は11%増えた。", "中東(注)への輸出額", ["中東"], None, [("Middle East", "への")]),
    # the prefix 対: the owner is the subject's link, the partner a target
    ("日本の対中国輸出額は増加した。", "日本の対中国輸出額", ["日本", "中国"], "日本", [("China", "対")]),
    ("対露制裁パッケージが承認された。", "対露制裁パッケージ", ["露"], None, [("Russia", "対")]),
    # a reading in brackets after the name
    ("北大西洋条約機構(NATO)との協力が深まった。", "北大西洋条約機構(NATO)との協力", ["北大西洋条約機構"], None, [("NATO", "との")]),
    # a name glued to a verbal noun is what the act is done to: NATO加盟, 中国訪問
    ("中国訪問の成果は大きかった。", "中国訪問の成果", ["中国"], None, [("China", "訪問")]),
    ("インド加盟以外の選択肢はなかった。", "インド加盟以外の選択肢", ["インド"], None, [("India", "加盟")]),
    # no party: a place (での), an owner (の), the subject's own referent
    ("ガザ地区での死者は増えた。", "ガザ地区での死者", ["ガザ地区"], None, []),
    ("インドの輸出は増えた。", "インドの輸出", ["インド"], "インド", []),
])
def test_parties_inside_the_subject_phrase(text, subject, names, linked_to, want):
    c, ents = claim(text, subject, names, linked_to)
    (after,) = subject_parties([c], ents, text)
    assert [(t.label_en, t.marker) for t in after.targets] == want
    for t in after.targets:
        assert text[t.start:t.end] == t.text  # evidence on original offsets


def test_a_speakers_phrase_from_a_frame_names_no_party():
    """A subject that is a frame's speaker (found_by frame) is someone talking, not a phrase of the claim."""
    c, ents = claim("インドとの関係改善が目標だった。", "インドとの関係改善", ["インド"], found_by="frame")
    assert subject_parties([c], ents, c.text)[0].targets == ()


def test_a_party_the_claim_has_already_is_not_repeated():
    text = "インドとの関係改善が目標だった。"
    c, ents = claim(text, "インドとの関係改善", ["インド"])
    india = ents[0]
    have = ArgRef("インド", entity_id=india.id, glossary_id=india.glossary_id, label_en="India", start=0, end=3, marker="との")
    (after,) = subject_parties([Claim(0, len(text), text, "pred", subject=c.subject, targets=(have,))], ents, text)
    assert after.targets == (have,)
