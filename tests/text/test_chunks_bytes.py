"""The chunker counts UTF-8 bytes, not characters: Japanese text is 3 bytes a character, so a block
of fewer characters than the limit can still be over it. Sizes are small (model-free, fast)."""
import pytest

from pipeline.text.chunks import split_block
from pipeline.text.repair import repair

SENTENCE = "あいうえお。"  # 6 characters, 18 bytes


def chunks_of(text: str, limit: int):
    (block,) = repair(text)
    return split_block(block, limit)


def test_block_over_the_limit_in_bytes_but_not_in_characters_is_split():
    text = SENTENCE * 900  # 5,400 characters, 16,200 bytes
    chunks, warnings = chunks_of(text, 12_000)
    # 12,000 // 18 = 666 whole sentences fit in the first chunk, the other 234 go to the second
    assert [len(c.text) for c in chunks] == [666 * 6, 234 * 6]
    assert warnings == []


@pytest.mark.parametrize("text, n_chunks", [
    ("あ" * 3999 + "。", 1),          # exactly 12,000 bytes: fits
    ("あ" * 3999 + "。a", 2),         # 12,001 bytes: one byte too many
    ("a" * 11_999 + ".", 1),          # ASCII: 12,000 bytes in 12,000 characters
])
def test_the_limit_is_inclusive_and_in_bytes(text, n_chunks):
    chunks, _ = chunks_of(text, 12_000)
    assert len(chunks) == n_chunks
    assert all(len(c.text.encode("utf-8")) <= 12_000 for c in chunks)
    assert "".join(c.text for c in chunks) == text


def test_without_a_sentence_end_the_cut_falls_back_to_the_last_comma():
    text = "あ" * 10 + "、" + "い" * 10  # 21 characters, 63 bytes
    chunks, warnings = chunks_of(text, 60)
    assert [c.text for c in chunks] == ["あ" * 10 + "、", "い" * 10]
    assert warnings == ["sentence longer than 60 bytes cut at original offset 11"]


def test_a_sentence_end_is_preferred_to_a_later_comma():
    text = "あい。うえ、おか" + "き" * 3  # 11 characters, 33 bytes
    chunks, warnings = chunks_of(text, 27)
    assert [c.text for c in chunks] == ["あい。", "うえ、おかききき"]
    assert warnings == []


def test_with_neither_the_cut_is_at_the_last_character_that_fits():
    text = "か" * 25  # 75 bytes
    chunks, warnings = chunks_of(text, 30)
    assert [c.text for c in chunks] == ["か" * 10, "か" * 10, "か" * 5]
    assert warnings == ["sentence longer than 30 bytes cut at original offset 10",
                        "sentence longer than 30 bytes cut at original offset 20"]


def test_chunks_map_back_to_the_original_offsets():
    text = "前置き\n\n" + SENTENCE * 10
    blocks = repair(text)
    chunks, _ = split_block(blocks[-1], 50)
    for c in chunks:
        s, e = c.to_original(0, len(c.text))
        assert text[s:e] == c.text
    assert chunks[1].to_original(0, 1)[0] == len("前置き\n\n") + 12


@pytest.mark.parametrize("text, ends", [
    ("", [0]),
    ("ab", [2]),                 # no sentence end: the text's end
    ("文です。 ", [4, 5]),        # trailing space after the last sentence: the text's end too
    ("文です。次。", [4, 6]),
])
def test_sentence_ends_always_end_with_the_texts_length(text, ends):
    from pipeline.text.chunks import sentence_ends

    assert sentence_ends(text) == ends


def test_only_commas_are_comma_cut_points():
    text = "X" * 10 + "Y" * 10  # no comma, no sentence end: a last-resort cut, not after an X
    chunks, _ = chunks_of(text, 15)
    assert [c.text for c in chunks] == ["X" * 10 + "Y" * 5, "Y" * 5]


def test_no_chunk_is_empty_even_when_one_character_is_over_the_limit():
    (block,) = repair("あいう")
    chunks, _ = split_block(block, 2)  # every 3-byte character is over a 2-byte limit
    assert [c.text for c in chunks] == ["あ", "い", "う"]
