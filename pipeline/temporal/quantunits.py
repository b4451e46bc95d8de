"""The unit words of `pipeline.temporal.quantities`: currencies (ISO 4217), measures (SI-style symbols),
counters (the counter word itself) and 割, with the characters that show a unit is the start of a word.

Currencies are the hand-curated `CURRENCIES` below (newspaper short forms: 米ドル, 豪ドル, ドル = USD,
ペソ = PHP, 元) over the table generated from CLDR and Debian's iso-codes by bench/build_currencies.py
(pipeline/data/currencies_ja.tsv: ISO 4217 codes, 5,548億ズロチ, 131億レアル, ポーランド ズウォティ);
a curated row wins. A bare unit word of that table (レアル, ドラム) is a currency only when no kanji or
katakana continues a word after it (200ドラム缶 is a count of drums), `GENERATED_WORDS`."""
import csv
from pathlib import Path

_TABLE = Path(__file__).resolve().parents[1] / "data" / "currencies_ja.tsv"


def _generated() -> tuple[dict[str, str], frozenset[str]]:
    with _TABLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {r["surface"]: r["code"] for r in rows}, frozenset(r["surface"] for r in rows if r["source"] == "unit word")

CURRENCIES = {
    "米ドル": "USD", "米国ドル": "USD", "USドル": "USD", "US$": "USD", "US＄": "USD",
    "豪ドル": "AUD", "香港ドル": "HKD", "シンガポールドル": "SGD", "台湾ドル": "TWD",
    "カナダドル": "CAD", "ドル": "USD", "円": "JPY", "ユーロ": "EUR", "ルーブル": "RUB",
    "ルーブリ": "RUB", "人民元": "CNY", "元": "CNY", "ウォン": "KRW", "ポンド": "GBP",
    "ルピー": "INR", "ルピア": "IDR", "ペソ": "PHP", "バーツ": "THB", "ドン": "VND",
    "リンギット": "MYR", "チャット": "MMK", "リエル": "KHR", "キップ": "LAK",
    # a bare dollar sign after the figure (60億3,440万$, as trade briefs write it) is the US dollar, as ドル is
    "$": "USD", "＄": "USD",
    # the one-character squared word of older and Korean-Japanese newspapers (476億9100万㌦)
    "㌦": "USD",
}
GENERATED, GENERATED_WORDS = _generated()
CURRENCIES = {**{k: v for k, v in GENERATED.items() if k not in CURRENCIES}, **CURRENCIES}
MEASURES = {
    "km2": "km2", "km²": "km2", "平方キロメートル": "km2", "平方キロ": "km2",
    "km/h": "km/h", "km": "km", "キロメートル": "km", "メートル": "m", "m": "m",
    "cm": "cm", "mm": "mm", "kg": "kg", "キログラム": "kg", "トン": "t", "t": "t",
    "ヘクタール": "ha", "ha": "ha", "バレル": "bbl", "海里": "nmi", "マイル": "mi",
    "kW": "kW", "MW": "MW", "GW": "GW", "キロワット": "kW",
    "キロリットル": "kL", "kL": "kL", "kl": "kL", "リットル": "L", "ℓ": "L", "ミリリットル": "mL", "mL": "mL",
    "立方メートル": "m3", "m3": "m3", "m³": "m3",
    "%": "percent", "％": "percent", "パーセント": "percent",
    "㌧": "t", "㍍": "m", "㌫": "percent",  # squared words, as ㌦
}
COUNTERS = {
    "機関": "機関", "機種": "機種", "人": "人", "名": "名", "機": "機", "隻": "隻", "艘": "艘",
    "件": "件", "倍": "倍", "回": "回", "度": "度", "台": "台", "輌": "輌", "基": "基",
    "門": "門", "発": "発", "社": "社", "校": "校", "棟": "棟", "頭": "頭", "個": "個",
    "本": "本", "点": "点", "歳": "歳", "項目": "項目", "つ": "つ",
    # counts of bodies, seats, votes, households, items and sites (6団体, 233議席, 120票, 3品目)
    "団体": "団体", "議席": "議席", "票": "票", "世帯": "世帯", "品目": "品目", "施設": "施設",
    # individuals listed beside bodies (24個人及び1団体, as sanctions notices count them) and fields (21分野)
    "個人": "個人", "分野": "分野",
    # stages (3段階にわたって; 第2段階 is an ordinal) and member states counted as states (27加盟国 = 27カ国)
    "段階": "段階", "加盟国": "カ国",
    # percentage points (同1.9ポイント上昇, 0.3%ポイント低下): the counter word, never a per cent
    "ポイント": "ポイント", "%ポイント": "ポイント", "％ポイント": "ポイント",
    "カ国": "カ国", "ヵ国": "カ国", "ヶ国": "カ国", "ケ国": "カ国", "か国": "カ国", "箇国": "カ国",
    "カ所": "カ所", "ヵ所": "カ所", "ヶ所": "カ所", "か所": "カ所", "箇所": "カ所",
    # prefectures counted (二府四県, 1都3県, 47都道府県); 道 is left out (北海道), 州 counts states only
    # after Arabic digits (50州, 北部6州; 九州 and 五大州 are names, `_is_word`)
    "都道府県": "都道府県", "府県": "府県", "県": "県", "府": "府", "市町村": "市町村", "州": "州",
}
# 割 is a tenth: 3割 -> 30 percent.
TENTHS = {"割": "percent"}
# Characters that, right after a unit, show it is the start of a word instead (回復, 円滑, 六本木).
_NOT_AFTER = {
    "人": "称", "機": "能構会器械密運動長体材", "台": "湾頭風所詞", "回": "復答帰避収線路廊転顧想覧",
    "度": "と", "円": "滑形満熟卓盤周", "元": "的論化性首帥来号素", "本": "部土社国当来質格木松",
    "点": "検火滴在", "発": "表展生足言射見電効", "社": "会長説交", "基": "地準本礎盤金調軸づ",
    "門": "家戸前下", "名": "称義誉古簿", "個": "人別性所", "校": "長舎", "頭": "首脳", "個人": "的",
    "歳": "出入月費", "割": "合当込", "府": "省庁", "県": "境", "段階": "的",
}
