"""Counters of bodies, seats, votes, households, items and sites, and a dollar sign after the figure
(pipeline.temporal.quantities)."""
import pytest

from pipeline.temporal import find_quantities


def _got(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, want", [
    ("北極圏に住む先住民の6団体が参加する。", ("6団体", 6, "団体")),
    ("与党は衆院で233議席を得た。", ("233議席", 233, "議席")),
    ("決議は賛成120票、反対98票で採択された。", ("98票", 98, "票")),
    ("台風で約52万世帯が停電した。", ("約52万世帯", 520000, "世帯")),
    ("関税の撤廃は3品目にとどまる。", ("3品目", 3, "品目")),
    ("米軍の2施設が返還される。", ("2施設", 2, "施設")),
    ("銅の輸出額は60億3,440万$に達した。", ("60億3,440万$", 6034400000, "USD")),
    ("輸出は1,200万＄だった。", ("1,200万＄", 12000000, "USD")),
    ("輸出は5億US$だった。", ("5億US$", 500000000, "USD")),
])
def test_count_or_dollar_amount(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text", [
    "団体交渉が続いた。",      # no figure
    "第3施設の建設",           # an ordinal
    "一票の格差が問題となった。",  # kanji 一 with a counter is a word
])
def test_no_count(text):
    assert not [g for g in _got(text) if g[2] in ("団体", "施設", "票")]


@pytest.mark.parametrize("text, want", [
    ("輸出に占める割合は26%に達し、同1.9ポイント上昇した。", ("1.9ポイント", 1.9, "ポイント")),
    ("失業率は前年より0.3%ポイント低下した。", ("0.3%ポイント", 0.3, "ポイント")),
    ("内閣支持率は約5ポイント下がった。", ("約5ポイント", 5, "ポイント")),
    ("指定された12個人及び3団体の資産を凍結する。", ("12個人", 12, "個人")),
    ("交渉は二十一分野に及ぶ。", ("二十一分野", 21, "分野")),
])
def test_points_individuals_and_fields(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text", [
    "ポイントカードを10枚配った。",   # ポイント with no figure before it
    "それは3個人的な意見だ。",        # 個人的 is an adjective
])
def test_no_point_or_individual_count(text):
    assert not [g for g in _got(text) if g[2] in ("ポイント", "個人")]


@pytest.mark.parametrize("text, want", [
    ("北部6州を除く26州が独立した。", ("26州", 26, "州")),
    ("米国の50州すべてで", ("50州", 50, "州")),
])
def test_states_counted_after_arabic_digits(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text", ["九州の経済は回復した。", "五大州に広がる", "欧州と豪州"])
def test_state_names_are_no_count(text):
    assert not [g for g in _got(text) if g[2] == "州"]


@pytest.mark.parametrize("text, want", [
    ("改革は3段階で進められた。", ("3段階", 3, "段階")),
    ("同盟は31加盟国で構成される。", ("31加盟国", 31, "カ国")),           # member states are a count of states
    ("--機体は4つに分かれたのか。", ("4つ", 4, "つ")),                     # a transcript's dash, not a name hyphen
])
def test_stages_member_states_and_counts_after_a_dash(text, want):
    assert want in [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text", ["第2段階に入った。", "段階的に3段階的な措置", "MiG-29を配備"])
def test_ordinal_stages_words_and_names_with_a_hyphen_stay_no_count(text):
    assert not [q for q in find_quantities(text) if q.unit in ("段階", "つ") or q.value == 29]


@pytest.mark.parametrize("text, want", [
    ("本稿では,4段階の措置を検討する。", ("4段階", 4, "段階")),   # a half-width comma for 、 (academic style)
    ("その結果,25%が反対した。", ("25%", 25, "percent")),
    ("総額は1,250億円である。", ("1,250億円", 125000000000, "JPY")),  # after a digit: thousands
])
def test_a_comma_after_no_digit_is_punctuation_before_an_amount(text, want):
    assert want in _got(text)


def test_a_comma_between_digits_still_joins_one_number():
    assert ("250億円", 25000000000, "JPY") not in _got("総額は1,250億円である。")
