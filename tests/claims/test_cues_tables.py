"""Every surface cue of claims/cues.py, row by row, on the tail of a real predicate: the modality it
gives, the cue reported, how cues are normalised, and the definition / figure patterns."""
import pytest

from pipeline.claims.cues import DEFINITION_RE, FIGURE_RE, bracket_depths, find_cues, modality_of, normalise_cue


@pytest.mark.parametrize("tail, cue", [
    ("拡大する可能性も否定できない。", "可能性も否定できない"),
    ("拡大する可能性は否定できない。", "可能性は否定できない"),
    ("拡大する可能性を否定できない。", "可能性を否定できない"),
    ("拡大する可能性がある。", "可能性がある"),
    ("拡大する可能性もある。", "可能性もある"),
    ("拡大する可能性が高い。", "可能性が高い"),
    ("拡大するかもしれない。", "かもしれない"),
    ("拡大するかも知れない。", "かも知れない"),
    ("拡大するであろう。", "であろう"),
    ("拡大するだろう。", "だろう"),
    ("拡大するでしょう。", "でしょう"),
])
def test_speculative_cues(tail, cue):
    assert modality_of(tail) == ("speculative", [cue])


@pytest.mark.parametrize("tail, cue", [
    ("関係を強化したと見られる。", "と見られる"),
    ("関係を強化したとみられる。", "とみられる"),
    ("関係を強化したと考えられる。", "と考えられる"),
    ("関係を強化したと思われる。", "と思われる"),
    ("関係を強化したと推測される。", "と推測される"),
    ("関係を強化したと推定される。", "と推定される"),
    ("関係を強化したとされる。", "とされる"),
    ("関係を強化したとされている。", "とされて"),
    ("関係を強化したとされ、", "とされ"),
    ("関係を強化したようである。", "ようである"),
    ("関係を強化したようだ。", "ようだ"),
    ("関係を強化した模様だ。", "模様だ"),
    ("関係を強化したらしい。", "らしい"),
    ("協力は一層深まったと言えよう。", "と言えよう"),
])
def test_hedged_cues(tail, cue):
    assert modality_of(tail) == ("hedged", [cue])


@pytest.mark.parametrize("tail", ["関係を強化した。", "関係を強化すると述べた。", "合意が成立した。"])
def test_no_cue_is_asserted(tail):
    assert modality_of(tail) == ("asserted", [])


def test_speculation_wins_over_a_hedge():
    assert modality_of("強化したとみられ、拡大するだろう。") == ("speculative", ["だろう"])


@pytest.mark.parametrize("tail, cue", [
    ("重要だと言わざるを得ない。", "と言わざるを得ない"),
    ("重要だと言えよう。", "と言えよう"),
    ("重要だと言える。", "と言える"),
    ("重要だといえる。", "といえる"),
    ("重要だと指摘できる。", "と指摘できる"),
    ("重要であることが指摘できる。", "ことが指摘できる"),
    ("重要であることが言える。", "ことが言える"),
])
def test_evaluative_wrapper_cues(tail, cue):
    from pipeline.claims.cues import EVALUATIVE_WRAPPER_CUES

    assert find_cues(tail, EVALUATIVE_WRAPPER_CUES) == [cue]


def test_a_cue_inside_a_longer_found_cue_is_not_reported_twice():
    assert find_cues("可能性も否定できないかもしれない", ("否定できない", "可能性も否定できない", "かもしれない")) == [
        "可能性も否定できない", "かもしれない"]


@pytest.mark.parametrize("cue, cited", [
    ("述べており", "述べて"), ("と述べた。", "と述べた"), ("とした、", "とした"), ("指摘し, ", "指摘し"),
    ("とされ", "とされる"), ("とされて", "とされる"), ("とされる", "とされる"), ("と報じた", "と報じた"),
    ("図Xと記した", "図Xと記した"), ("とした。X", "とした。X"),  # only trailing punctuation is stripped
])
def test_normalise_cue(cue, cited):
    assert normalise_cue(cue) == cited


@pytest.mark.parametrize("text", [
    "（以下「三文書」という。）", "（以下「ＯＳＡ」という。）", "(以下、「RAA」と略す)", "（以下『本協定』とする）",
    "（以下「同盟」と称する。）", "（以下「会議」と呼ぶ）", "（以下「機構」と略称する。）", "（以下「条約」）",
])
def test_abbreviation_definitions(text):
    assert DEFINITION_RE.fullmatch(text)


@pytest.mark.parametrize("text", ["（以上）", "（2023年）", "（以下の通り）"])
def test_brackets_that_are_not_definitions(text):
    assert not DEFINITION_RE.search(text)


@pytest.mark.parametrize("text", ["図1の通り", "図 2 のとおり", "図3が示す", "図4に示す", "図5で示す", "図6のように",
                                  "図7を参照", "図8参照"])
def test_figure_references(text):
    assert FIGURE_RE.fullmatch(text)


def test_bracket_depth_before_each_character():
    assert bracket_depths("a「b（c）」d") == [0, 0, 1, 1, 2, 1, 0, 0]
    assert bracket_depths("」a") == [0, 0]  # an unmatched closing bracket never goes below zero
