"""Coordinated arguments split into one argument per conjunct (pure: entities given by hand)."""
import pytest

from pipeline.claims.coord import conjuncts
from pipeline.records import ArgRef, Entity


def _ents(text, surfaces):
    out, pos = [], 0
    for k, (s, gid) in enumerate(surfaces):
        i = text.index(s, pos)
        out.append(Entity(i, i + len(s), s, "COUNTRY", gid, gid, id=f"E{k}"))
        pos = i + len(s)
    return out


@pytest.mark.parametrize(
    "text, surfaces, expected",
    [
        ("インドネシア、マレーシア、タイ", [("インドネシア", "idn"), ("マレーシア", "mys"), ("タイ", "tha")], ["idn", "mys", "tha"]),
        ("ベトナムとミャンマー", [("ベトナム", "vnm"), ("ミャンマー", "mmr")], ["vnm", "mmr"]),
        ("日本及びフィリピン", [("日本", "jpn"), ("フィリピン", "phl")], ["jpn", "phl"]),
        ("米国・英国", [("米国", "usa"), ("英国", "gbr")], ["usa", "gbr"]),
        ("ASEAN諸国とロシア", [("ASEAN", "asean"), ("ロシア", "rus")], ["asean", "rus"]),
        ("ロシアとの中国の関係", [("ロシア", "rus"), ("中国", "chn")], ["chn"]),  # との is no coordination
        ("ロシアの研究者", [("ロシア", "rus")], ["rus"]),
    ],
)
def test_conjuncts(text, surfaces, expected):
    ents = _ents(text, surfaces)
    arg = ArgRef(text, ents[-1].id, ents[-1].glossary_id, None, 0, len(text))
    assert [a.glossary_id for a in conjuncts(text, ents, arg)] == expected
    assert all((a.text, a.start, a.end) == (text, 0, len(text)) for a in conjuncts(text, ents, arg))


def test_compound_abbreviation_on_one_span_gives_one_argument_per_country():
    text = "日米比の首脳"
    ents = [Entity(0, 3, "日米比", "COUNTRY", g, g, id=f"E0-3-{k}") for k, g in enumerate(("jpn", "usa", "phl"))]
    arg = ArgRef(text, "E0-3-0", "jpn", None, 0, 6)
    assert [a.glossary_id for a in conjuncts(text, ents, arg)] == ["jpn", "usa", "phl"]


@pytest.mark.parametrize("text, first, last, want", [
    ("ケニアとタンザニアの首脳", "ケニア", "タンザニア", "ケニア"),
    ("エジプト、ヨルダン、イラクの外相", "エジプト", "イラク", "エジプト"),
    ("ASEAN諸国とインドの関係", "ASEAN", "インド", "ASEAN"),
    ("ナイジェリアの隣国ガーナ", "ナイジェリア", "ガーナ", "ガーナ"),  # の is no coordinator
])
def test_first_conjunct_uses_the_one_coordination_test(text, first, last, want):
    from pipeline.claims.phrase import first_conjunct

    ents = [Entity(text.index(s), text.index(s) + len(s), s, "COUNTRY", glossary_id=f"g:{s}", id=s)
            for s in dict.fromkeys(
                [first] + [w for w in ("タンザニア", "ヨルダン") if w in text and w not in (first, last)] + [last])]
    x = next(e for e in ents if e.text == last)
    assert first_conjunct(text, x, ents, 0).text == want
