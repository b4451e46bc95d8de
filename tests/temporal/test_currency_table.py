"""Currencies after a number come from CLDR and iso-codes (bench/build_currencies.py ->
pipeline/data/currencies_ja.tsv), under the hand-curated short forms: 5,548億ズロチ and 131億レアル
were no amounts at all, nor 1PLN or 25.30JPY."""
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.temporal import find_quantities

ROOT = Path(__file__).resolve().parents[2]


def _got(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, want", [
    ("同国の輸出額は3,210億ズロチに達した。", ("3,210億ズロチ", 321000000000, "PLN")),       # iso-codes' spelling
    ("予算は約120億ズウォティである。", ("約120億ズウォティ", 12000000000, "PLN")),          # CLDR's spelling
    ("赤字は52億3千万レアルだった。", ("52億3千万レアル", 5230000000, "BRL")),
    ("融資は40億トルコ・リラ規模", ("40億トルコ・リラ", 4000000000, "TRY")),
    ("援助は2億フリヴニャ相当", ("2億フリヴニャ", 200000000, "UAH")),
    ("為替は1EUR=162.40JPYで推移", ("162.40JPY", 162.4, "JPY")),
    ("売上高は350 USDから", ("350 USD", 350, "USD")),
    ("単価は12BRLである", ("12BRL", 12, "BRL")),
])
def test_currencies_of_the_generated_table_are_amounts(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("10億ドルの支援", ("10億ドル", 1000000000, "USD")),     # ドル alone stays the US dollar
    ("5,000ペソを支払った", ("5,000ペソ", 5000, "PHP")),    # ペソ names several: the curated row decides
    ("1000ポンドの罰金", ("1000ポンド", 1000, "GBP")),
])
def test_curated_short_forms_win_over_the_generated_table(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text", [
    "ドラム缶200ドラム缶分の燃料",  # ドラム (AMD's unit word) continued by a kanji: a word, not dram
    "30億ディルハムの投資",          # ディルハム names MAD and AED: no code is guessed
    "1USDA規格",                    # a Latin word that starts with a code
])
def test_no_currency_is_guessed(text):
    assert not [g for g in _got(text) if g[2] in ("AMD", "MAD", "AED", "USD")]


def test_generated_currency_table_is_up_to_date():
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "build_currencies.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
