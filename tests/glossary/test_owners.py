"""Whose body a match names. Found on fresh talks summaries and news items: イラン外務省報道官 linked its 外務省 to
Japan's ministry; the English title in brackets (Minister of Foreign Affairs of ...) linked "Foreign Affairs" to
the journal; ペンス米国副大統領 and ルッテ・オランダ首相 (a country between surname and office) left the
surname unlinked; a list line "バラクリシュナン シンガポール外務大臣" (name, space, country) linked nothing."""
import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def links(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text)]


@pytest.mark.parametrize("text, expected", [
    ("タイ外務省は声明を出した。", ("タイ外務省", "org:mfa-tha")),  # a glossary row for the state's ministry
    ("トルコ国防省によると、", ("トルコ国防省", "org:mod-tur")),
    ("外務省は懸念を表明した。", ("外務省", "org:mofa-japan")),  # alone: Japan's
    ("日本外務省の担当者", ("日本外務省", "org:mofa-japan")),
])
def test_a_ministry_written_after_its_state_is_that_states(glossary, text, expected):
    assert expected in links(glossary, text)


@pytest.mark.parametrize("text", [
    "ガーナ防衛省の発表では",  # no row for Ghana's: the bare 防衛省 is not Japan's either
    "ルクセンブルク外務省の報道官は",
])
def test_a_japanese_body_after_another_state_is_not_linked_to_japans(glossary, text):
    assert not {"org:mofa-japan", "org:mod-japan"} & {gid for _, gid in links(glossary, text)}


@pytest.mark.parametrize("text", [
    "会談した(H.E. Mr. Ahmed ALI, Minister for Foreign Affairs of the Republic of Ghana)。",
    "(Ms. Jane DOE, Ministry of Foreign Affairs, Kenya)",
    "(Secretary of Foreign Affairs of the Philippines)",
])
def test_foreign_affairs_in_an_english_title_is_not_the_journal(glossary, text):
    assert "org:foreign-affairs" not in [gid for _, gid in links(glossary, text)]


def test_the_journal_by_name_still_links(glossary):
    assert ("Foreign Affairs", "org:foreign-affairs") in links(glossary, "論文は Foreign Affairs に掲載された。")


@pytest.mark.parametrize("text, surname, person", [
    ("ペンス米国副大統領が来日した。", "ペンス", "person:mike-pence"),
    ("ルッテ・オランダ首相と会談した。", "ルッテ", "person:mark-rutte"),
])
def test_a_surname_before_the_persons_country_and_office(glossary, text, surname, person):
    assert (surname, person) in links(glossary, text)


def test_a_surname_before_another_countrys_office_is_not_linked(glossary):
    # Pence was the United States' vice president, not Brazil's
    assert ("ペンス", "person:mike-pence") not in links(glossary, "ペンスブラジル副大統領")


@pytest.mark.parametrize("text, expected", [
    ("バラクリシュナン シンガポール外務大臣との朝食会", [("バラクリシュナン", "person:vivian-balakrishnan"),
                                                     ("シンガポール", "country:sgp")]),
    ("ツォグトバータル モンゴル外務大臣", [("ツォグトバータル", "person:damdin-tsogtbaatar"), ("モンゴル", "country:mng")]),
])
def test_a_name_and_a_country_parted_by_a_space_are_two_words(glossary, text, expected):
    assert all(pair in links(glossary, text) for pair in expected)


def test_a_line_break_inside_a_katakana_word_still_joins_it(glossary):
    assert links(glossary, "メ\nカニズム") == []


@pytest.mark.parametrize("text", [
    "外交部(外務省)の報道官は記者会見で述べた。",  # Chinese media gloss a Chinese body with its Japanese equivalent
    "国務院（内閣）と外交部（外務省）は",
])
def test_a_bracketed_japanese_name_glossing_another_body_is_not_japans(glossary, text):
    assert "org:mofa-japan" not in [gid for _, gid in links(glossary, text)]


@pytest.mark.parametrize("text", ["外務省は（外務省）と", "（外務省）の発表"])
def test_a_bracketed_name_after_no_name_is_still_japans(glossary, text):
    assert "org:mofa-japan" in [gid for _, gid in links(glossary, text)]


def test_a_japanese_company_after_a_state_keeps_its_link(glossary):
    # only a state's bodies are owned by the state written before them: タイ三菱商事 is still Mitsubishi Corporation
    assert ("三菱商事", "org:mitsubishi-corporation") in links(glossary, "タイ三菱商事の社長は")


@pytest.mark.parametrize("text, organ", [
    ("山田内閣総理大臣は施政方針演説を行った。", "org:cabinet-japan"),     # one office word: the Prime Minister
    ("鈴木内閣官房長官は記者会見で述べた。", "org:cabinet-secretariat"),   # the Chief Cabinet Secretary
    ("佐藤内閣官房副長官が同席した。", "org:cabinet-secretariat"),
    ("法案は内閣委員会に付託された。", "org:cabinet-japan"),              # a Diet committee named after the organ
    ("田中内閣委員長が報告した。", "org:cabinet-japan"),                  # ... and its chair
])
def test_an_organ_inside_an_office_title_is_not_a_mention(glossary, text, organ):
    assert organ not in [gid for _, gid in links(glossary, text)]


@pytest.mark.parametrize("text, expected", [
    ("法案は内閣が国会に提出した。", ("内閣", "org:cabinet-japan")),
    ("山本内閣府副大臣が答弁した。", ("内閣府", "org:cabinet-office-japan")),  # a body, then a title of its own
    ("人事院総裁は給与改定を勧告した。", ("人事院", "org:national-personnel-authority")),
    ("安倍内閣は閣議決定した。", ("内閣", "org:cabinet-japan")),             # a Japanese prime minister's cabinet
])
def test_an_organ_before_a_separate_title_is_still_named(glossary, text, expected):
    assert expected in links(glossary, text)


def test_a_japanese_organ_after_a_foreign_leader_is_not_japans(glossary):
    # the cabinet of an Israeli prime minister is Israel's, not the Cabinet of Japan
    found = links(glossary, "ネタニヤフ内閣は停戦案を承認した。")
    assert ("ネタニヤフ", "person:benjamin-netanyahu") in found and "org:cabinet-japan" not in [g for _, g in found]
