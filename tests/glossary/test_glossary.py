"""Tests for pipeline.glossary: loading/validation, normalization, matching, fuzzy lookup, suggestions."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.errors import GlossaryError
from pipeline.glossary import (
    COLUMNS,
    Glossary,
    GlossaryEntry,
    load_glossary,
    normalize,
    validate_files,
)
from pipeline.glossary.norm import latin_boundary_ok, normalize_with_map

DATA = Path(__file__).resolve().parents[1] / "data"
SMALL_TSV = DATA / "glossary_small.tsv"
SMALL_YAML = DATA / "glossary_small.yaml"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary([SMALL_TSV])


def feed_all(glossary, *blocks):
    matcher = glossary.matcher()
    return matcher, [matcher.feed(b) for b in blocks]


def found(matches):
    """(surface, glossary_id, method) triples."""
    return [(m.text, m.glossary_id, m.method) for m in matches]


# -- normalization ------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("ＡＳＥＡＮ", "ASEAN"),                       # full width
    ("ﾛｼｱ", "ロシア"),                             # half-width katakana
    ("ｶﾞｻﾞ", "ガザ"),                              # half-width voiced marks recomposed
    ("ヴェトナム", "ベトナム"),                    # ヴェ → ベ
    ("ヴァレンティナ", "バレンティナ"),            # ヴァ → バ
    ("ヴィクトル", "ビクトル"),
    ("ヴォルゴグラード", "ボルゴグラード"),
    ("エヴゲニー・プリマコフ", "エブゲニプリマコフ"),  # ヴ → ブ, ー and ・ dropped
    ("ウラジーミル・プーチン", "ウラジミルプチン"),
    ("セルゲイ＝ラブロフ", "セルゲイ・ラブロフ"),    # ＝ and ・ are both separators
    ("ジョコ･ウィドド", "ジョコ・ウィドド"),       # half-width middle dot
    ("ASEAN 地域フォーラム", "ASEAN地域フォーラム"),  # spaces
    ("ベ\n トナム", "ベトナム"),                   # PDF line break inside a word
    ("Asean", "ASEAN"),                            # Latin case
])
def test_normalize_makes_variants_equal(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("text", [
    "ＡＳＥＡＮ 地域フォーラム", "ｶﾞｻﾞ地区", "エヴゲニー・プリマコフ", "ヴァ", "ﾌﾞﾘｭｯｾﾙ", "Straße", "ベ\n トナム",
])
def test_normalize_fast_path_equals_mapped_path(text):
    assert normalize(text) == normalize_with_map(text).text


def test_normalized_offsets_map_back_to_the_text():
    nt = normalize_with_map("国 ベ\n トナム・ｶﾞｻﾞ")
    assert nt.text == "国ベトナムガザ"
    assert nt.source_span(1, 5) == (2, 8)   # ベ\n トナム
    assert nt.source_span(5, 7) == (9, 13)  # ｶﾞｻﾞ: two source chars per normalized char


def test_variant_match_keeps_original_offsets(glossary):
    text = "ﾛｼｱ製とヴェトナム、ベ\nトナム"
    matches = glossary.matcher().feed(text)
    assert found(matches) == [
        ("ﾛｼｱ", "country:rus", "variant"),
        ("ヴェトナム", "country:vnm", "exact"),  # ヴェトナム is itself an alias
        ("ベ\nトナム", "country:vnm", "variant"),
    ]
    assert all(text[m.start:m.end] == m.text for m in matches)
    assert [m.score for m in matches] == [0.95, 1.0, 0.95]


def test_match_keeps_trailing_long_vowel():
    g = Glossary([GlossaryEntry("country:mmr", "COUNTRY", "ミャンマー", "Myanmar"),
                  GlossaryEntry("location:naypyidaw", "LOCATION", "ネピドー", "Naypyidaw")])
    assert found(g.matcher().feed("ミャンマーの首都ネピドーで、ミャンマ")) == [
        ("ミャンマー", "country:mmr", "exact"), ("ネピドー", "location:naypyidaw", "exact"),
        ("ミャンマ", "country:mmr", "variant")]


def test_substring_match_inside_longer_word(glossary):
    """Matching is on characters: ロシア is found inside ロシア製."""
    assert found(glossary.matcher().feed("ロシア製の兵器")) == [("ロシア", "country:rus", "exact")]


def test_longest_match_wins(glossary):
    assert found(glossary.matcher().feed("ロシア国防省の代表団")) == [
        ("ロシア国防省", "organization:rus-mod", "exact")]


# -- Latin boundaries and single kanji -----------------------------------------------------------

@pytest.mark.parametrize("text, start, end, key, ok", [
    ("EAEU", 2, 4, "eu", False),
    ("ADMM-Plus", 5, 9, "plus", False),
    ("ADMM-Plus", 0, 4, "admm", False),
    ("ASEAN-ロシア", 0, 5, "asean", True),
    ("ASEAN諸国", 0, 5, "asean", True),
    ("の EU 諸国", 2, 4, "eu", True),
    ("ＥＵ諸国", 0, 2, "eu", True),
    ("ＥＡＥＵ", 2, 4, "eu", False),
])
def test_latin_boundary_guard(text, start, end, key, ok):
    assert latin_boundary_ok(text, start, end, key) is ok


def test_latin_alias_not_found_inside_longer_latin_word():
    g = Glossary([
        GlossaryEntry("organization:eu", "ORGANIZATION", "欧州連合", "European Union", aliases_en=("EU",)),
        GlossaryEntry("other:plus", "OTHER", "プラス", "Plus"),
        GlossaryEntry("organization:admm", "ORGANIZATION", "ASEAN国防相会議", "ADMM", aliases_en=("ADMM",)),
    ])
    assert found(g.matcher().feed("EAEUとADMM-Plusの会合")) == []
    assert found(g.matcher().feed("EU諸国とADMM、ＥＵ")) == [
        ("EU", "organization:eu", "exact"), ("ADMM", "organization:admm", "exact"),
        ("ＥＵ", "organization:eu", "variant")]


@pytest.mark.parametrize("text", ["露軍が侵攻した", "米は反対した", "中でも", "英語で", "仏教", "独自の", "越境"])
def test_single_kanji_alias_never_matches_alone(glossary, text):
    assert glossary.matcher().feed(text) == []


# -- abbreviations defined in the text -----------------------------------------------------------

@pytest.mark.parametrize("definition, later, short, gid", [
    ("維持したのが東南アジア諸国連合（ASEAN）であった。", "ASEAN諸国との協力", "ASEAN", "organization:asean"),
    ("アメリカで「敵対者に対する制裁措置法（CAATSA）」が施行された。", "CAATSA は", "CAATSA", "agreement:caatsa"),
    ("「南シナ海における関係国の行動宣言（DOC）」の効果的実行", "DOCの実行", "DOC", "agreement:doc"),
    ("インドネシアはユーラシア経済連合（EAEU）との自由貿易協定", "EAEUとの交渉", "EAEU", "organization:eaeu"),
    ("インドネシアはユーラシア経済連合(EAEU)との協定", "EAEU加盟国", "EAEU", "organization:eaeu"),
    ("上海協力機構（以下「上合」という）に加盟した。", "上合の会合", "上合", "organization:sco"),
    ("東南アジア友好協力条約(以下、「友好条約」という。)に調印し", "友好条約は", "友好条約", "agreement:tac"),
    ("上海協力機構（以下「上合」と略記する）に加盟した。", "上合の会合", "上合", "organization:sco"),
])
def test_abbreviation_definitions_link_later_mentions(glossary, definition, later, short, gid):
    matcher, (first, second) = feed_all(glossary, definition, later)
    assert matcher.defined_abbreviations[short] == gid
    in_parens = [m for m in first if m.text == short]
    assert len(in_parens) == 1 and in_parens[0].glossary_id == gid
    mention = [m for m in second if m.text == short]
    assert len(mention) == 1 and mention[0].glossary_id == gid
    assert mention[0].method in ("abbreviation", "exact")  # exact when the glossary lists the alias
    assert mention[0].score == 1.0


def test_abbreviation_missing_from_glossary_is_proposed(glossary):
    matcher, (_, later) = feed_all(glossary, "ユーラシア経済連合（EAEU）と敵対者に対する制裁措置法（CAATSA）", "EAEUとCAATSA")
    assert found(later) == [("EAEU", "organization:eaeu", "abbreviation"),
                            ("CAATSA", "agreement:caatsa", "abbreviation")]
    assert matcher.proposed_aliases == [("organization:eaeu", "EAEU"), ("agreement:caatsa", "CAATSA")]


def test_known_alias_is_exact_and_not_proposed(glossary):
    matcher, (_, later) = feed_all(glossary, "東南アジア諸国連合（ASEAN）", "ASEAN")
    assert found(later) == [("ASEAN", "organization:asean", "exact")]
    assert matcher.proposed_aliases == []


def test_abbreviation_with_unknown_long_form_maps_to_no_id(glossary):
    matcher, (first, later) = feed_all(glossary, "二国間の自由貿易協定（FTA）を結んだ", "FTAの交渉")
    assert matcher.defined_abbreviations == {"FTA": None}
    assert matcher.definitions[0].long_form == "二国間の自由貿易協定"
    assert found(first) == [] and found(later) == []
    assert matcher.proposed_aliases == []


def test_abbreviation_whose_long_form_only_ends_with_an_entry_stays_unlinked(glossary):
    """拡大ASEAN国防相会議 (ADMM-Plus) is not ASEAN国防相会議 (ADMM)."""
    matcher, (first,) = feed_all(glossary, "拡大 ASEAN 国防相会議（ADMM-Plus）の関係者")
    assert matcher.defined_abbreviations == {"ADMM-Plus": None}
    assert ("ADMM-Plus", "organization:admm", "abbreviation") not in found(first)


def test_abbreviations_are_per_document(glossary):
    feed_all(glossary, "ユーラシア経済連合（EAEU）")
    assert glossary.matcher().feed("EAEU") == []


def test_abbreviation_is_not_applied_before_its_definition(glossary):
    text = "EAEUは、ユーラシア経済連合（EAEU）である"
    matcher, (block,) = feed_all(glossary, text)
    assert [m.start for m in block if m.text == "EAEU"] == [text.index("（EAEU") + 1]


@pytest.mark.parametrize("text", ["（2014 年 3 月）", "(Rosneft)", "（注）", "(e.g.)"])
def test_parentheses_that_are_not_definitions(glossary, text):
    matcher, _ = feed_all(glossary, "ロシア" + text)
    assert matcher.defined_abbreviations == {}


def test_fuzzy_long_form_typo_links_abbreviation(glossary):
    matcher, (first,) = feed_all(glossary, "中国は上海極力機構（SCO）の")
    assert matcher.defined_abbreviations == {"SCO": "organization:sco"}
    assert ("上海極力機構", "organization:sco", "fuzzy") in found(first)


# -- compounds -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, ids", [
    ("日米関係は", "日米", ["country:jpn", "country:usa"]),
    ("露越の協力", "露越", ["country:rus", "country:vnm"]),
    ("露越合弁企業", "露越", ["country:rus", "country:vnm"]),
    ("露ウ戦争", "露ウ", ["country:rus", "country:ukr"]),
    ("米中対立が", "米中", ["country:usa", "country:chn"]),
    ("日中関係", "日中", ["country:jpn", "country:chn"]),
    ("中ロ両国は", "中ロ", ["country:chn", "country:rus"]),
    ("中露首脳会談", "中露", ["country:chn", "country:rus"]),
    ("米ロ間の", "米ロ", ["country:usa", "country:rus"]),
    ("日露は", "日露", ["country:jpn", "country:rus"]),
    ("露中の接近", "露中", ["country:rus", "country:chn"]),
    ("日米中の", "日米中", ["country:jpn", "country:usa", "country:chn"]),
    ("、対ロ制裁", "ロ", ["country:rus"]),
    ("対露政策", "露", ["country:rus"]),
    ("対米関係", "米", ["country:usa"]),
    ("対中姿勢", "中", ["country:chn"]),
    ("日米", "日米", ["country:jpn", "country:usa"]),  # 日・米 is two single names: tests/entities/test_shapes.py
])
def test_compound_abbreviations(glossary, text, surface, ids):
    matches = glossary.matcher().feed(text)
    parts = [m for m in matches if m.method == "compound"]
    assert [m.glossary_id for m in parts] == ids
    assert all(m.text == surface and m.score == 0.9 for m in parts)
    assert len({(m.start, m.end) for m in parts}) <= 1  # every part on the same span


@pytest.mark.parametrize("text, expected", [
    ("中国は", [("中国", "country:chn", "exact")]),
    ("米国は", [("米国", "country:usa", "exact")]),
    ("日本は", [("日本", "country:jpn", "exact")]),
    ("対立が深まる", []),
    ("中立を保つ", []),
    ("在日米軍", []),
    ("米中間選挙", []),
    ("中南米", []),
    ("中米諸国", []),
    ("日中は暑い", []),
    ("両者を対比して", []),
    ("対ロシア制裁", [("ロシア", "country:rus", "exact")]),
    ("中ロシア", [("ロシア", "country:rus", "exact")]),
    ("対中国", [("中国", "country:chn", "exact")]),
])
def test_compound_false_positives(glossary, text, expected):
    assert found(glossary.matcher().feed(text)) == expected


# -- titles --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, gid, role", [
    ("プーチン大統領は", "プーチン", "person:putin", "大統領"),
    ("ラブロフ外相が", "ラブロフ", "person:lavrov", "外相"),
    ("ジョコ大統領", "ジョコ", "person:jokowi", "大統領"),
    ("習近平国家主席", "習近平", "person:xi", "国家主席"),
    ("岸田首相", "岸田", "person:kishida", "首相"),
    ("プーチン政権は", "プーチン", "person:putin", "政権"),
    ("プリマコフ元首相", "プリマコフ", "person:primakov", "元首相"),
    ("プーチン 大統領", "プーチン", "person:putin", "大統領"),
    ("プーチンは", "プーチン", "person:putin", None),
])
def test_titles_become_roles(glossary, text, name, gid, role):
    (m,) = glossary.matcher().feed(text)
    assert (text[m.start:m.end], m.glossary_id, m.role) == (name, gid, role)


def test_title_makes_person_reading_win():
    g = Glossary([
        GlossaryEntry("organization:jackson", "ORGANIZATION", "ジャクソン", "Jackson Inc."),
        GlossaryEntry("person:jackson", "PERSON", "ジャクソン", "Andrew Jackson"),
    ])
    (plain,) = g.matcher().feed("ジャクソンで")
    (titled,) = g.matcher().feed("ジャクソン大統領")
    assert plain.glossary_id == "organization:jackson"  # ORGANIZATION ranks above PERSON
    assert (titled.glossary_id, titled.role) == ("person:jackson", "大統領")
    assert {c.glossary_id for c in titled.candidates} == {"organization:jackson", "person:jackson"}


# -- ambiguity, lookup, fuzzy ---------------------------------------------------------------------

def test_ambiguous_alias_keeps_all_candidates_and_prefers_country(glossary):
    (m,) = glossary.matcher().feed("ジョージアとの関係")
    assert m.glossary_id == "country:geo"
    assert [c.glossary_id for c in m.candidates] == ["country:geo", "location:us-ga"]
    assert [c.glossary_id for c in glossary.lookup("ジョージア")] == ["country:geo", "location:us-ga"]


@pytest.mark.parametrize("surface, expected", [
    ("ロシア", [("country:rus", 1.0, "exact")]),
    ("ﾛｼｱ", [("country:rus", 0.95, "variant")]),
    ("露", [("country:rus", 1.0, "exact")]),
    ("asean", [("organization:asean", 0.95, "variant")]),
    ("ロシア鉄道", []),
])
def test_lookup(glossary, surface, expected):
    assert [(c.glossary_id, c.score, c.method) for c in glossary.lookup(surface)] == expected


def test_fuzzy_finds_typo_of_sco(glossary):
    cands = glossary.lookup_fuzzy("上海極力機構", 0.8)
    assert cands[0].glossary_id == "organization:sco"
    assert cands[0].method == "fuzzy" and 0.8 <= cands[0].score < 1.0


@pytest.mark.parametrize("surface", ["ロシア鉄道", "ロシア国債", "ロシア", "露"])
def test_fuzzy_does_not_overmatch(glossary, surface):
    assert glossary.lookup_fuzzy(surface, 0.8) == []


def test_fuzzy_results_are_best_first(glossary):
    scores = [c.score for c in glossary.lookup_fuzzy("東南アジア諸国連盟", 0.5)]
    assert scores == sorted(scores, reverse=True) and scores


# -- loading and validation -----------------------------------------------------------------------

def test_small_glossary_is_valid():
    assert validate_files([SMALL_TSV, SMALL_YAML]) == []


def test_validation_messages_name_file_and_line():
    assert validate_files([DATA / "glossary_bad.tsv"]) == [
        "glossary_bad.tsv:3: duplicate id country:rus (first at line 2)",
        "glossary_bad.tsv:4: unknown type 'NATION' (expected one of PERSON, COUNTRY, ORGANIZATION, "
        "AGREEMENT, LOCATION, EVENT, POLICY, PRODUCT, OTHER)",
        "glossary_bad.tsv:5: missing label_ja",
        "glossary_bad.tsv:6: bad QID 'q12' (expected Q followed by digits, e.g. Q159)",
        "glossary_bad.tsv:7: alias '露' of country:sov is already claimed by country:rus (line 2), "
        "also of type COUNTRY",
        "glossary_bad.tsv:8: bad iso3166 'RU' (expected 3 uppercase letters, e.g. RUS)",
    ]


def test_missing_header_column():
    assert validate_files([DATA / "glossary_bad_header.csv"]) == [
        "glossary_bad_header.csv:1: missing header column label_ja"]


def test_unreadable_and_unsupported_files(tmp_path):
    (tmp_path / "g.txt").write_text("x", encoding="utf-8")
    (tmp_path / "latin1.tsv").write_bytes("id\ttype\nä".encode("latin-1"))
    problems = validate_files([tmp_path / "missing.tsv", tmp_path / "g.txt", tmp_path / "latin1.tsv"])
    assert problems[0] == "missing.tsv: cannot read file: No such file or directory"
    assert problems[1] == "g.txt: unsupported glossary format '.txt' (use .csv, .tsv, .yaml or .yml)"
    assert problems[2].startswith("latin1.tsv: cannot read file: not UTF-8")


def test_yaml_problems_have_line_numbers(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("- id: country:rus\n  type: COUNTRY\n  label_ja: ロシア\n  label_en: Russia\n"
                    "- id: country:x\n  type: COUNTRY\n  label_ja: エックス\n  wikidata: X1\n", encoding="utf-8")
    assert validate_files([path]) == [
        "g.yaml:5: missing label_en",
        "g.yaml:5: bad QID 'X1' (expected Q followed by digits, e.g. Q159)",
    ]


def test_load_raises_with_every_problem():
    with pytest.raises(GlossaryError) as info:
        load_glossary([SMALL_TSV, DATA / "glossary_bad.tsv"])
    assert len(info.value.problems) == 6
    assert "glossary_bad.tsv:3: duplicate id country:rus (first at line 2)" in str(info.value)


def _write_csv(path: Path) -> None:
    rows = [ln.split("\t") for ln in SMALL_TSV.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def test_csv_tsv_yaml_load_the_same_entries(tmp_path):
    csv_path = tmp_path / "glossary_small.csv"
    _write_csv(csv_path)
    loaded = [load_glossary([p]) for p in (SMALL_TSV, csv_path, SMALL_YAML)]
    strip = [{k: e.__class__(**{**e.__dict__, "source": ""}) for k, e in g.entries.items()} for g in loaded]
    assert strip[0] == strip[1] == strip[2]
    assert len({g.fingerprint() for g in loaded}) == 1
    assert loaded[0].get("country:usa").aliases_ja == ("アメリカ合衆国", "米国", "米")
    assert loaded[0].get("country:rus").source == "glossary_small.tsv:3"


def test_later_file_overrides_earlier(tmp_path):
    override = tmp_path / "override.tsv"
    override.write_text(
        "\t".join(COLUMNS) + "\n"
        "country:chn\tCOUNTRY\t中国\tPeople's Republic of China\t中\t\tCHN\tQ148\t\t\t\n"
        "location:georgia-hist\tLOCATION\tジョージア地方\tGeorgia (region)\tジョージア\t\t\t\t\t\t\n",
        encoding="utf-8",
    )
    assert validate_files([SMALL_TSV, override]) == []
    g = load_glossary([SMALL_TSV, override])
    base = load_glossary([SMALL_TSV])
    assert len(g) == len(base) + 1
    assert g.get("country:chn").label_en == "People's Republic of China"
    assert g.get("country:chn").aliases_ja == ("中",)
    assert g.lookup("中華人民共和国") == []  # the replaced entry's aliases are gone
    # same-type alias across files: the later LOCATION takes ジョージア from location:us-ga
    assert [c.glossary_id for c in g.lookup("ジョージア")] == ["country:geo", "location:georgia-hist"]
    assert g.fingerprint() != base.fingerprint()


def test_fingerprint_ignores_source_location(tmp_path):
    copy = tmp_path / "copy.tsv"
    copy.write_text("\n\n" + SMALL_TSV.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_glossary([copy]).fingerprint() == load_glossary([SMALL_TSV]).fingerprint()


def test_glossary_pickles_for_worker_processes(glossary):
    import pickle

    copy = pickle.loads(pickle.dumps(glossary))
    assert found(copy.matcher().feed("ロシアと日米")) == found(glossary.matcher().feed("ロシアと日米"))
    assert copy.fingerprint() == glossary.fingerprint()


def test_empty_glossary_matches_nothing():
    g = Glossary([])
    assert g.matcher().feed("ロシアと日米") == [] and g.lookup("ロシア") == []


# -- whole-document invariants ---------------------------------------------------------------------

def test_matches_are_sorted_and_point_at_their_evidence(glossary):
    text = (
        "冷戦終結後、ロシアが孤立した時期に東南アジア諸国連合（ASEAN）が対話を維持した。"
        "プーチン大統領は日米関係と米中対立に触れ、ASEAN-ロシア戦略的パートナーシップと対ロ制裁を論じた。"
    )
    matches = glossary.matcher().feed(text)
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert all(text[m.start:m.end] == m.text for m in matches)
    singles = [m for m in matches if m.method != "compound"]
    for x, y in zip(singles, singles[1:]):
        assert x.end <= y.start


# -- romanization and suggestions ----------------------------------------------------------------

@pytest.mark.parametrize("text, roman", [
    ("ベトソブペトロ", "Betosobupetoro"),
    ("ASEAN", "ASEAN"),
    ("上海協力機構", "Shanhai Kyouryoku Kikou"),
])
def test_romanize(text, roman):
    pytest.importorskip("pykakasi")
    from pipeline.glossary import romanize

    assert romanize(text) == roman


def test_suggestion_row_is_a_valid_glossary_row(tmp_path):
    pytest.importorskip("pykakasi")
    from pipeline.glossary import suggestion_row
    from pipeline.glossary.suggest import format_row

    row = suggestion_row("ベトソブペトロ", "ORGANIZATION", 3, ["ベトソブペトロは\nベトナムで", "合弁"])
    assert row["id"] == "org:betosobupetoro"  # the packaged glossary's prefix
    assert (row["label_ja"], row["label_en"]) == ("ベトソブペトロ", "Betosobupetoro")
    assert row["notes"] == "TODO check; seen 3x: ベトソブペトロは ベトナムで / 合弁"
    path = tmp_path / "todo.tsv"
    path.write_text("\t".join(COLUMNS) + "\n" + format_row(row) + "\n", encoding="utf-8")
    assert validate_files([path]) == []
    assert load_glossary([path]).lookup("ベトソブペトロ")[0].glossary_id == row["id"]


def test_fingerprint_is_kept_but_follows_a_replaced_entry():
    """The fingerprint is computed once per set of entries (a run asks twice); replacing an entry, or
    adding one, gives a new fingerprint, and the old content gives the old one back."""
    from dataclasses import replace as dc_replace

    from pipeline.glossary import Glossary, GlossaryEntry

    a = GlossaryEntry("country:jpn", "COUNTRY", "日本", "Japan", aliases_ja=("日",), source="a.tsv:2")
    g = Glossary([a])
    first = g.fingerprint()
    assert g.fingerprint() == first
    g.entries["country:jpn"] = dc_replace(a, label_en="Nippon")
    assert g.fingerprint() != first
    g.entries["country:jpn"] = dc_replace(a, source="b.tsv:9")  # where it was read from is not content
    assert g.fingerprint() == first
    g.entries["country:usa"] = GlossaryEntry("country:usa", "COUNTRY", "米国", "United States")
    assert g.fingerprint() != first


def test_fuzzy_lookup_answers_the_same_when_asked_again():
    """lookup_fuzzy keeps its answers (names recur across documents): asked again, or through another
    surface with the same normalized key, it gives the same candidates, and a caller changing the list
    it got changes nothing kept."""
    from pipeline.glossary import Glossary, GlossaryEntry

    g = Glossary([GlossaryEntry("org:asean_forum", "ORGANIZATION", "ASEAN地域フォーラム", "ASEAN Regional Forum"),
                  GlossaryEntry("org:apec", "ORGANIZATION", "アジア太平洋経済協力", "APEC")])
    first = g.lookup_fuzzy("ＡＳＥＡＮ地域フォーラム会合", 0.8)
    assert [c.glossary_id for c in first] == ["org:asean_forum"]
    first.clear()
    assert g.lookup_fuzzy("ASEAN地域フォーラム会合", 0.8) == g.lookup_fuzzy("ＡＳＥＡＮ地域フォーラム会合", 0.8)
    assert [c.glossary_id for c in g.lookup_fuzzy("ASEAN地域フォーラム会合", 0.8)] == ["org:asean_forum"]
    assert g.lookup_fuzzy("ASEAN地域フォーラム会合", 0.99) == []  # another threshold: its own answer
