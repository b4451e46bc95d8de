"""A bare ministry name (財務省, 外務省) is the body of the state that owns it, not always Japan's."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.entities import own_state_bodies
from pipeline.glossary import load_glossary
from pipeline.records import Entity
from support import process_text


def _body(resources, text: str, surface: str):
    return next(e for e in process_text(resources, text).entities if e.text == surface)


@pytest.mark.parametrize("text, surface, gid", [
    ("ケニアの財務省は新たな予算案を発表した。", "財務省", "org:mof-ken"),  # the state right before, with の
    ("スリランカ政府は債務再編で合意した。財務省は声明で、返済を再開すると述べた。", "財務省", "org:mof-lka"),  # X政府 in the paragraph
    ("【コロンボ共同】スリランカの経済危機が続いている。スリランカでは物価が上昇した。財務省は2日、新たな支援策を発表した。",
     "財務省", "org:mof-lka"),  # a news item about one state that never names Japan
    ("本日、コロンボにおいて、我が方大使と先方財務省次官との間で書簡が交換された。スリランカとの協力が進む。スリランカは重要だ。",
     "財務省", "org:mof-lka"),  # 先方: the other party, the text's topic state
])
def test_a_bare_body_is_the_owning_states(resources, text, surface, gid):
    e = _body(resources, text, surface)
    assert (e.type, e.glossary_id, e.label_en_source) == ("ORGANIZATION", gid, "composed")
    assert "Japan" not in e.label_en


@pytest.mark.parametrize("text, surface, gid", [
    ("日本とインドの外相会談が行われた。外務省は概要を公表した。", "外務省", "org:mofa-japan"),  # a Japanese text: Japan's
    ("岸田総理大臣は、外務省で記者会見を行った。", "外務省", "org:mofa-japan"),
    ("今次会合では、日本側は外務省が、フィリピン側は国防省が参加した。", "外務省", "org:mofa-japan"),  # 日本側は
    ("我が国とスリランカの協力について、スリランカ政府と協議した。財務省が予算を計上した。", "財務省", "org:mof-japan"),  # Japan in the paragraph
    ("日本の輸出が伸びた。\n米政府が追加関税を発表したことを受け、財務省は対応を協議した。", "財務省", "org:mof-japan"),  # Japan named
])
def test_a_bare_body_in_a_japanese_text_stays_japans(resources, text, surface, gid):
    assert _body(resources, text, surface).glossary_id == gid


def test_a_state_named_with_its_own_body_keeps_the_glossary_row(resources):
    """When the owner's body has a glossary row, the bare name takes that row (米 -> the Treasury's row)."""
    e = _body(resources, "米国の財務省は為替報告書を公表した。", "財務省")
    assert e.glossary_id == "org:us-treasury"


def test_a_body_the_glossary_holds_under_another_name_is_that_row(resources):
    """Korea's foreign ministry is held as 韓国外交部; written 外務省 after 韓国, it is that row, not a derived id."""
    e = _body(resources, "韓国の外務省は声明を発表した。", "外務省")
    assert e.glossary_id == "org:mofa-korea"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def _mentions(text: str, *found: tuple[str, str, str]) -> list[Entity]:
    """Entities at the first place each (surface, type, id) occurs in `text`, in order."""
    out, at = [], 0
    for surface, typ, gid in found:
        at = text.index(surface, at)
        out.append(Entity(at, at + len(surface), surface, typ, glossary_id=gid, match="exact"))
        at += len(surface)
    return out


@pytest.mark.parametrize("text, found, want", [
    ("ケニア側は法務省が出席した。", [("ケニア", "COUNTRY", "country:ken"), ("法務省", "ORGANIZATION", "org:moj-japan")],
     "org:moj-ken"),  # 側は: the state right before
    ("ケニアとタンザニアが協議した。法務省が出席した。",  # two states, as often each, no Japan: no topic, no owner
     [("ケニア", "COUNTRY", "country:ken"), ("タンザニア", "COUNTRY", "country:tza"),
      ("法務省", "ORGANIZATION", "org:moj-japan")], "org:moj-japan"),
    ("ケニア政府は発表した。ケニアとタンザニアが協議した。法務省が出席した。",  # Kenya named most
     [("ケニア政府", "ORGANIZATION", "org:gov-ken"), ("ケニア", "COUNTRY", "country:ken"),
      ("タンザニア", "COUNTRY", "country:tza"), ("法務省", "ORGANIZATION", "org:moj-japan")], "org:moj-ken"),
    ("ケニアとの協議。ケニアの首都で、先方大臣と我が方の法務省が会った。",  # 我が方 after 先方: Japan's side again
     [("ケニア", "COUNTRY", "country:ken"), ("ケニア", "COUNTRY", "country:ken"),
      ("法務省", "ORGANIZATION", "org:moj-japan")], "org:moj-japan"),
    ("ケニアとの協議。ケニアの首都で、我が方大使と先方の法務省次官が会った。",  # 先方 after 我が方: the topic state's
     [("ケニア", "COUNTRY", "country:ken"), ("ケニア", "COUNTRY", "country:ken"),
      ("法務省", "ORGANIZATION", "org:moj-japan")], "org:moj-ken"),
])
def test_the_owner_read_from_the_entities_and_the_text(glossary, text, found, want):
    out = own_state_bodies(_mentions(text, *found), text, glossary)
    assert out[-1].glossary_id == want
