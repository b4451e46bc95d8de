"""Memory was not flat on text without punctuation: chunks of about 4,000 characters were batched 16 at a
time (a 200,000-character line peaked at 3.07 GB). Batches are now bounded by characters."""
import pytest

from pipeline.run.parse import char_batches, parse


@pytest.mark.parametrize("lengths, max_chars, max_count, expected", [
    ([4000] * 16, 8000, 16, [[4000, 4000]] * 8),                 # unpunctuated text: 2 chunks a batch, not 16
    ([300] * 20, 8000, 16, [[300] * 16, [300] * 4]),             # ordinary paragraphs: the count still bounds
    ([9000, 100, 100], 8000, 16, [[9000], [100, 100]]),          # one longer chunk is a batch of its own
    ([5000, 3000, 1], 8000, 16, [[5000, 3000], [1]]),            # exactly max_chars fits
    ([], 8000, 16, []),
])
def test_char_batches(lengths, max_chars, max_count, expected):
    texts = ["あ" * n for n in lengths]
    assert [[len(t) for t in b] for b in char_batches(texts, max_chars, max_count)] == expected


def test_parse_keeps_order_and_calls_pipe_per_batch(nlp):
    calls = []

    class Recording:
        def pipe(self, texts, batch_size):
            calls.append(batch_size)
            return nlp.pipe(texts, batch_size=batch_size)

    texts = ["ロシアは会談した。", "ベトナムは戦闘機を購入した。" * 100, "タイは会議を主催した。"]
    docs = list(parse(Recording(), texts, 1000, 16))
    assert [d.text for d in docs] == texts and calls == [1, 1, 1]  # 9 + 1,400 chars > 1,000: one each
