"""Every rule of glossary normalization, row by row (expected keys written by hand), and the offset
map of normalize_with_map, which must agree with normalize on every row."""
import pytest

from pipeline.glossary.norm import (is_kanji, is_katakana, is_word_char, latin_boundary_ok, normalize,
                                    normalize_with_map)


@pytest.mark.parametrize("surface, key", [
    ("ＡＳＥＡＮ", "asean"), ("ﾛｼｱ", "ロシア"), ("ｶﾞｽﾌﾟﾛﾑ", "ガスプロム"),       # width, half-width voicing
    ("ベトナム・ロシア", "ベトナムロシア"), ("ベトナム･ロシア", "ベトナムロシア"),    # separators
    ("A=B", "ab"), ("Ａ＝Ｂ", "ab"), ("ロシア゠中国", "ロシア中国"), ("ベ\nトナム", "ベトナム"),
    ("ベ トナム", "ベトナム"), ("ベ\u3000トナム", "ベトナム"), ("ロ\u200bシア", "ロシア"), ("\ufeffロシア", "ロシア"),
    ("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴ", "ブ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴュ", "ビュ"),  # ヴ spellings
    ("ヴェトナム", "ベトナム"), ("ヴラジオストク", "ブラジオストク"),
    ("エフゲニー", "エフゲニ"), ("ミャンマー", "ミャンマ"),                         # long vowel
    ("Putin", "putin"), ("STRASSE", "strasse"),                                # casefold
    ("Hakan FİDAN", "hakanfidan"), ("São Paulo", "saopaulo"), ("Bogotá", "bogota"),  # Latin diacritics
    ("Radosław", "radoslaw"), ("Çavuşoğlu", "cavusoglu"), ("Ø", "o"), ("ガザ", "ガザ"),  # kana keep their marks
    ("ウイーン", "ウイン"), ("ウィーン", "ウイン"), ("クウェート", "クウエト"),          # small vowels written large
    ("ティラソン", "テイラソン"), ("ヴィエンチャン", "ビエンチャン"),                  # ヴィ is read first
    ("ミャンマー", "ミャンマ"), ("ジョコ", "ジョコ"),                                  # small ャ ョ stay
])
def test_normalize(surface, key):
    assert normalize(surface) == key
    assert normalize_with_map(surface).text == key


def test_the_map_covers_each_source_character():
    nt = normalize_with_map("ヴェトナム・ロシア")
    assert nt.text == "ベトナムロシア"
    assert nt.source_span(0, 1) == (0, 2)          # ベ came from ヴェ
    assert nt.source_span(4, 7) == (6, 9)          # ロシア after the dropped ・
    nt = normalize_with_map("ミャンマー軍")
    assert nt.source_span(0, 4) == (0, 5)          # a dropped ー belongs to the word before it
    assert nt.source_span(4, 5) == (5, 6)
    nt = normalize_with_map("ｶﾞｽ")
    assert (nt.text, nt.source_span(0, 1), nt.source_span(1, 2)) == ("ガス", (0, 2), (2, 3))
    nt = normalize_with_map("ーロシア")             # a ー with no word before it is just dropped
    assert (nt.text, nt.source_span(0, 3)) == ("ロシア", (1, 4))
    nt = normalize_with_map("ロシア ー")             # nor after a space
    assert (nt.text, nt.source_span(0, 3)) == ("ロシア", (0, 3))
    nt = normalize_with_map("ヴ")
    assert (nt.text, nt.source_span(0, 1)) == ("ブ", (0, 1))


@pytest.mark.parametrize("text, start, end, key, ok", [
    ("EAEU", 2, 4, "EU", False),            # inside a longer Latin word
    ("EUの", 0, 2, "EU", True),
    ("ADMM-Plus", 5, 9, "Plus", False),     # a hyphen between Latin letters joins them
    ("ADMM-Plus", 0, 4, "ADMM", False),
    ("ASEAN-ロシア", 0, 5, "ASEAN", True),
    ("ASEAN諸国", 0, 5, "ASEAN", True),
    ("-Plus", 1, 5, "Plus", True),          # a hyphen at the very start
    ("ADMM-", 0, 4, "ADMM", True),          # or end
    ("ＡＳＥＡＮ1", 0, 5, "ASEAN", False),   # full-width letters, a digit after
    ("ロシア", 0, 3, "ロシア", True),         # a Japanese key has no Latin boundary
    ("", 0, 0, "", True),
    ("A-Plus", 2, 6, "Plus", False),        # hyphen two characters in
    ("A-Bの", 2, 3, "B", False),
    ("XEU", 1, 3, "EU", False),             # one character in
    ("EU-A", 0, 2, "EU", False),            # a hyphen then one Latin letter at the end
    ("AロBC", 0, 3, "AロB", False),          # the key's last character decides, not its second
    ("XAロ", 1, 3, "Aロ", False),            # the key's first character decides
])
def test_latin_boundary(text, start, end, key, ok):
    assert latin_boundary_ok(text, start, end, key) is ok


@pytest.mark.parametrize("c, word, kanji, katakana", [
    ("A", True, False, False), ("ｚ", True, False, False), ("７", True, False, False), ("あ", False, False, False),
    ("一", False, True, False), ("龥", False, True, False), ("㐀", False, True, False), ("䶿", False, True, False),
    ("々", False, True, False), ("〆", False, True, False), ("ア", False, False, True), ("゠", False, False, True),
    ("ヿ", False, False, True), ("ｦ", False, False, True), ("ﾟ", False, False, True), ("・", False, False, True),
    ("-", False, False, False), ("X", True, False, False), ("\u9fff", False, True, False), ("½", True, False, False),
])
def test_character_classes(c, word, kanji, katakana):
    assert (is_word_char(c), is_kanji(c), is_katakana(c)) == (word, kanji, katakana)


@pytest.mark.parametrize("text, key, starts, ends", [
    ("ミャンマー・タイ", "ミャンマタイ", (0, 1, 2, 3, 6, 7), (1, 2, 3, 5, 7, 8)),   # ー joins マ, ・ dropped
    ("ＥＵ\u3000ウィーン", "euウイン", (0, 1, 3, 4, 6), (1, 2, 4, 6, 7)),          # width, space, small vowel
    ("ヴィエンチャン・ｶﾞｻﾞ", "ビエンチャンガザ", (0, 2, 3, 4, 5, 6, 8, 10), (2, 3, 4, 5, 6, 7, 10, 12)),  # ヴィ, ｶﾞ
    ("Sa\u0303o ヴ", "saoブ", (0, 1, 3, 5), (1, 3, 4, 6)),  # a combining tilde joins its letter, then folds
])
def test_character_table_and_unit_paths_give_one_map(text, key, starts, ends):
    """normalize_with_map maps most texts character by character from a table, and texts with ヴ or a
    combining mark unit by unit: both give the hand-derived map, and the unit path agrees on all."""
    from pipeline.glossary.norm import _normalize_units

    nt = normalize_with_map(text)
    assert (nt.text, nt.starts, nt.ends) == (key, starts, ends)
    assert _normalize_units(text) == nt


@pytest.mark.parametrize("surface, key", [
    ("ロシア\u2003連邦", "ロシア連邦"), ("ロシア\u00a0連邦", "ロシア連邦"), ("ロシア\u205f連邦", "ロシア連邦"),  # em, no-break, math spaces
    ("ロシア\u200b連邦", "ロシア連邦"), ("ロシア\u2028連邦", "ロシア連邦"), ("ロシア\x1c連邦", "ロシア連邦"),  # zero width, separators
])
def test_normalize_drops_every_space_character(surface, key):
    assert normalize(surface) == key == normalize_with_map(surface).text


def test_the_drop_pattern_drops_what_drop_drops():
    from pipeline.glossary.norm import _DROP_RE, _drop

    every = (chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert [c for c in every if bool(_DROP_RE.fullmatch(c)) != _drop(c)] == []


@pytest.mark.parametrize("text", [
    "日本政府は２０２４年にＡＳＥＡＮと協議した。",  # one character each throughout: the whole text at once
    "ミャンマー・タイ国境のエーヤワディー川", "ー先頭の長音とロシア ー", "ＳＴＲＡＳＳＥとStraße、①と㈱",
    "ベ\nトナム\u3000外務省\u200bの発表", "ウイーン・クウエート・ティラソン", "",
])
def test_the_map_read_in_runs_is_the_map_read_unit_by_unit(text):
    """Runs of characters that normalize one to one are mapped at once; the text and every source
    range are what the unit-by-unit reading gives."""
    from pipeline.glossary.norm import _normalize_units

    assert normalize_with_map(text) == _normalize_units(text)
    assert normalize_with_map(text).text == normalize(text)
