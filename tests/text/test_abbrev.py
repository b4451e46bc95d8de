"""The one abbreviation-definition pattern shared by the glossary and claims (pipeline/text/abbrev.py)."""
import unicodedata

import pytest

from pipeline.text import ABBREVIATION_DEFINITION_RE


@pytest.mark.parametrize("text, short", [
    ("政府安全保障能力強化支援（以下「ＯＳＡ」という。）により", "ＯＳＡ"),
    ("円滑化協定(以下、「RAA」と略す)に署名", "RAA"),
    ("アフリカ開発会議（以下「TICAD」と略記する）の成果", "TICAD"),
    ("包括的経済連携協定（以降「本協定」とする）を締結", "本協定"),
    ("アジア開発銀行（以下，『ADB』と呼ぶ。）が融資", "ADB"),
    ("戦略的パートナーシップ（以下「SP」）を結ぶ", "SP"),
])
def test_definitions_match_in_original_and_normalised_text(text, short):
    m = ABBREVIATION_DEFINITION_RE.search(text)  # claims read the original text
    assert m is not None and m.group(1) == short
    m = ABBREVIATION_DEFINITION_RE.search(unicodedata.normalize("NFKC", text))  # the glossary, NFKC text
    assert m is not None and m.group(1) == unicodedata.normalize("NFKC", short)


@pytest.mark.parametrize("text", [
    "日本は（以下の通り）三つの提案を行った",  # no quoted short form
    "協定（2023年署名）に基づき",
])
def test_brackets_that_define_nothing_do_not_match(text):
    assert ABBREVIATION_DEFINITION_RE.search(text) is None
