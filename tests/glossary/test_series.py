"""A group's summit named without its host (G20サミット, 先進7カ国首脳会議): the group's one summit the glossary
holds for the year the text means (glossary/series.py, applied in entities/context.py). Found on news items
and meeting summaries: the bare summit stayed unlinked with a romanized label although the glossary holds
every G20 and G7 summit with its year."""
import pytest

from pipeline.config import Config
from pipeline.entities import link_in_context
from pipeline.glossary import load_glossary, meant_year, summit_in_year
from pipeline.glossary.series import summit_index
from pipeline.records import Entity


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize("surface, year, gid", [
    ("G20サミット", 2019, "event:g20-osaka-summit-2019"),
    ("Ｇ２０サミット", 2025, "event:g20-johannesburg-summit-2025"),  # full-width, as news agencies write it
    ("G20首脳会議", 2016, "event:g20-hangzhou-summit-2016"),
    ("先進7カ国首脳会議", 2023, "event:g7-summit-2023"),  # the group by its Japanese name
    ("主要7カ国首脳会議", 2016, "event:g7-summit-2016"),
    ("APEC首脳会議", 2004, "event:apec-santiago-2004"),
    ("APEC首脳会議", 2016, "event:apec-lima-2016"),  # Lima hosted three times: its rows begin with the year
    ("NATO首脳会議", 2022, "event:nato-madrid-summit-2022"),
    ("G20サミット", 2010, None),  # two summits that year (Toronto, Seoul): no choice
    ("G7サミット", 2020, None),  # none held in the glossary that year
    ("G20サミット", None, None),  # no year known
    ("サミット", 2019, None),  # no group
    ("G20外相会合", 2019, None),  # a ministers' meeting is no summit
])
def test_a_bare_summit_is_the_groups_summit_of_the_year(glossary, surface, year, gid):
    assert summit_in_year(glossary, surface, year) == gid


def test_a_summit_with_a_second_party_is_not_of_the_groups_own_series(glossary):
    # ASEAN・ロシア首脳会議 (2005) begins with ASEAN but is no ASEAN summit: 2005's ASEAN首脳会議 is not it
    assert "event:asean-russia-summit" not in {i for years in summit_index(glossary).values()
                                               for ids in years.values() for i in ids}


@pytest.mark.parametrize("text, year, meant", [
    ("首相は来年のブラジルでのG20サミットに触れた。", 2023, 2024),
    ("昨年のG20サミットでは合意に至らなかった。", 2023, 2022),
    ("2016年のG20サミットで演説した。", 2023, 2016),
    ("来年も協力する。首相はG20サミットに出席した。", 2023, 2023),  # another sentence's 来年
    ("首相はG20サミットに出席した。", 2023, 2023),
])
def test_the_year_meant_is_moved_by_a_year_word_just_before(text, year, meant):
    assert meant_year(text, text.index("G20"), year) == meant


def test_context_links_a_bare_summit_by_the_documents_year(glossary):
    text = "首相は昨年のG20サミットの成果を強調した。"
    e = Entity(text.index("G20"), text.index("G20") + 7, "G20サミット", "EVENT", label_en="G20 Samitto")
    (out,) = link_in_context([e], text, glossary, "2020-03-01")
    assert (out.glossary_id, out.label_en, out.match) == ("event:g20-osaka-summit-2019", "2019 G20 Osaka summit", "context")
