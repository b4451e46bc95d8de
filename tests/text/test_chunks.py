"""Chunking long blocks under Sudachi's byte limit, at sentence boundaries, offsets kept."""
from pipeline.text.chunks import SUDACHI_MAX_BYTES, sentence_ends, split_block
from pipeline.text.repair import repair


def test_sentence_ends_respect_brackets():
    text = "彼は「これは。違う」と述べた。次の文（注。補足）です。"
    assert sentence_ends(text) == [text.index("述べた。") + 4, len(text)]


def test_long_paragraph_is_split_at_sentences_and_maps_back():
    sentence = "ロシアはASEANとの関係を強化した。"
    text = sentence * 3000  # about 150 KB of UTF-8 in one paragraph
    (block,) = repair(text)
    chunks, warnings = split_block(block, 12_000)
    assert warnings == []
    assert len(chunks) > 10
    assert all(len(c.text.encode("utf-8")) <= 12_000 for c in chunks)
    assert all(c.text.endswith("。") for c in chunks)
    assert "".join(c.text for c in chunks) == block.text
    for c in chunks:
        s, e = c.to_original(0, len(c.text))
        assert text[s:e] == c.text


def test_a_sentence_over_the_limit_is_cut_with_a_warning():
    text = "あ" * 20_000 + "。"
    (block,) = repair(text)
    chunks, warnings = split_block(block, 12_000)
    assert all(len(c.text.encode()) <= 12_000 for c in chunks)
    assert "".join(c.text for c in chunks) == text
    assert warnings and warnings[0].startswith("sentence longer than 12000 bytes cut at original offset")


def test_footnote_anchors_follow_their_chunk():
    text = ("ロシアが関係を強化した1。" + "ロシアは協力した。" * 2000) + "最後に述べた2。"
    (block,) = repair(text)
    chunks, _ = split_block(block, 12_000)
    anchors = [(c_i, f.n, c.text[f.pos - 3 : f.pos]) for c_i, c in enumerate(chunks) for f in c.footnotes]
    assert anchors == [(0, 1, "化した"), (len(chunks) - 1, 2, "述べた")]


def test_chunk_size_over_sudachis_limit_is_refused(tmp_path):
    import pytest

    from pipeline.config import load_config
    from pipeline.errors import ConfigError

    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"chunk_bytes: {SUDACHI_MAX_BYTES}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"key 'chunk_bytes': Input should be less than or equal to 45149"):
        load_config(cfg)
