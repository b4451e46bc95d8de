"""Affiliations and school names (entities/affiliations.py): a paper's byline gave its English rank titles and
units as entities (Associate Professor/PERSON, Faculty of Economics/PRODUCT, Visiting Fellow/ORGANIZATION) and cut
a school named after a place at the place (日本経済大学 -> 日本/COUNTRY, Fukuoka Institute of Technology ->
Fukuoka/PERSON). Each case is a sentence written for the test, run through the pipeline."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


def test_english_affiliation_names_its_institutions_only(run):
    got = run("山田 花子\n\nHanako YAMADA (Associate Professor, Department of International Law, Faculty of Law, "
              "Kanto University of Economics / Visiting Fellow, Polar Research Laboratory, Comprehensive Research "
              "Organisation, Hokkai Institute of Technology)\n\n北極海の海氷は減少している。")
    assert ("Kanto University of Economics", "ORGANIZATION") in got
    assert ("Hokkai Institute of Technology", "ORGANIZATION") in got
    words = {t for t, _ in got}
    for chrome in ("Associate Professor", "Faculty of Law", "Visiting Fellow", "Comprehensive Research Organisation",
                   "Department of International Law", "Polar Research Laboratory", "Kanto", "Hokkai"):
        assert chrome not in words


def test_an_affiliation_without_a_rank_after_its_unit(run):
    got = run("Graduate School of Law, Kanto University の研究者が北極海を調査した。")
    assert ("Kanto University", "ORGANIZATION") in got
    assert "Graduate School of Law" not in {t for t, _ in got}


def test_a_rank_list_without_an_institution_keeps_its_names(run):
    # no university or institute: the think tank after the rank and the programme is left as the model found it
    got = run("John Smith, Director, Asia Program, CSIS は北極海の航路について述べた。")
    assert ("CSIS", "ORGANIZATION") in got
    assert "Director" not in {t for t, _ in got}


@pytest.mark.parametrize("text, school", [
    ("山田花子(関東経済大学経済学部国際法学科准教授)は北極海を論じた。", "関東経済大学"),
    ("鈴木一郎(北海工業大学総合研究機構極地研究所客員研究員)は航路を論じた。", "北海工業大学"),
])
def test_japanese_affiliation_names_the_university_not_its_units(run, text, school):
    got = run(text)
    assert (school, "ORGANIZATION") in got
    assert not any(t != school and school in t for t, _ in got)  # not the units with it


@pytest.mark.parametrize("text, school, place", [
    ("京都産業大学の研究者が北極海を調査した。", "京都産業大学", "京都"),
    ("日本経済大学は新しい学部を設けた。", "日本経済大学", "日本"),
    ("福岡工業大学機関リポジトリで論文を公開した。", "福岡工業大学", "福岡"),
])
def test_a_school_named_after_a_place_is_one_organization(run, text, school, place):
    got = run(text)
    assert (school, "ORGANIZATION") in got
    assert place not in {t for t, _ in got}


def test_students_and_graduate_schools_are_no_school_name(run):
    got = run("中国の大学生と日本大学院生が来日した。")
    assert not any(t.endswith(("大学", "大学院")) for t, _ in got)


def test_a_latin_institution_named_with_of_is_one_name(run):
    got = run("FITREPO\n\nHokkai Institute of Technology\n\n同大学は北極海を調査した。")
    assert ("Hokkai Institute of Technology", "ORGANIZATION") in got
    assert "Hokkai" not in {t for t, _ in got}


def test_a_schools_bulletin_is_one_series_title(run):
    got = run("論文は長野工業大学総合研究機構研究所所報第2巻に掲載された。")
    assert ("長野工業大学総合研究機構研究所所報", "OTHER") in got
    assert ("長野工業大学", "ORGANIZATION") not in got


@pytest.fixture(scope="module")
def people(resources):
    return lambda text: {(e.text, e.type, e.label_en) for e in process_text(resources, text).entities if e.type == "PERSON"}


def test_each_name_in_a_cover_sheets_author_field_is_a_person(people):
    # the repository's "Family, Given" order and two authors parted by ; : the model found none of them as persons
    got = people("タイトル: 北極海航路の安全保障\n著者: 山田, 花子; 鈴木, 一郎\n著者(別言語): Yamada, Hanako; Suzuki, Ichiro\n"
                 "発行日: 2019年3月1日\n抄録: 北極海の海氷は急速に減少している。\n")
    assert ("Yamada, Hanako", "PERSON", "Hanako Yamada") in got
    assert ("Suzuki, Ichiro", "PERSON", "Ichiro Suzuki") in got
    assert {t for t, _, _ in got} >= {"山田, 花子", "鈴木, 一郎"}
    assert ("山田, 花子", "PERSON", "Hanako Yamada") in got  # romanized in given-name order, without the comma


def test_an_author_in_capitals_gets_a_cased_label(people):
    got = people("Title 北極海航路\n\nAuthor(s) Hanako YAMADA\n\nType Journal Article\n\nTextversion publisher\n\n北極海の海氷は減少した。 \n")
    assert ("Hanako YAMADA", "PERSON", "Hanako Yamada") in got


def test_a_place_inside_a_dotted_katakana_name_does_not_cut_it(run):
    # regression: ワシントン (a place) after ジョージ・ cut the university's name to ワシントン大学
    got = run("マーク・ベイカー ジョージ・ワシントン大学 教授(政治学)は北極海について述べた。")
    assert ("ワシントン大学", "ORGANIZATION") not in got


def test_a_journals_masthead_is_one_series_title(run):
    got = run("北方アジア経済\nOnline ISSN : 1234-5678\nPrint ISSN : 8765-4321\n論文\n北極海の海氷は減少した。\n")
    assert ("北方アジア経済", "OTHER") in got
    assert "アジア" not in {t for t, _ in got}


@pytest.mark.parametrize("text, names", [
    ("University of Kanto and Hokkai University", ["University of Kanto"]),
    ("Kanto Institute of Science and Technology Visiting Fellow", ["Kanto Institute of Science and Technology"]),
])
def test_where_a_latin_institution_named_with_of_ends(text, names):
    from pipeline.entities.affiliations import _latin_institutions
    assert [text[a:b] for a, b in _latin_institutions(text)] == names
