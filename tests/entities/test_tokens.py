"""tokens_in (entities/tokens.py) gives the tokens the per-entity rules used to find by scanning the whole
chunk: every token whose first character is in the span, for every span of a real sentence."""
from pipeline.entities.tokens import tokens_in


def test_tokens_in_equals_the_scan_of_the_whole_chunk_for_every_span(nlp):
    sdoc = nlp("東京都品川区のHARBOR DIGITAL WORKS(HDW)は、中国海洋石油総公司と提携した。")
    n = len(sdoc.text)
    for s in range(n + 1):
        for e in range(s, n + 2):
            assert [t.i for t in tokens_in(sdoc, s, e)] == [t.i for t in sdoc if s <= t.idx < e], (s, e)


def test_no_parse_no_tokens():
    assert tokens_in(None, 0, 5) == []
