"""GiNZA over a document's chunks, in batches bounded by characters rather than by count.

`nlp.pipe(batch_size=16)` holds 16 parsed chunks at once. On ordinary text a chunk is a paragraph of
a few hundred characters; on text without 。 or 、 (a table or a list extracted as one line) every
chunk is cut at `chunk_bytes` (about 4,000 characters), and 16 of them at once peaked at 3 GB. A
batch here holds at most `batch_size` chunks and at most `batch_chars` characters (a single longer
chunk is a batch of its own), so peak memory depends on `batch_chars`, not on the input.
"""
from __future__ import annotations

from typing import Iterable, Iterator


def char_batches(texts: list[str], max_chars: int, max_count: int) -> Iterator[list[str]]:
    """Consecutive groups of `texts`, each at most `max_count` long and `max_chars` characters in total."""
    batch: list[str] = []
    size = 0
    for t in texts:
        if batch and (size + len(t) > max_chars or len(batch) >= max_count):
            yield batch
            batch, size = [], 0
        batch.append(t)
        size += len(t)
    if batch:
        yield batch


def parse(nlp, texts: list[str], max_chars: int, max_count: int, cache=None) -> Iterable:
    """spaCy Docs of `texts`, in order, parsed batch by batch; with a `cache` (run.cache.ParseCache)
    only the chunks it does not hold are parsed, and those are added to it."""
    if cache is None:
        yield from _parse(nlp, texts, max_chars, max_count)
        return
    keys = [cache.key(nlp, t) for t in texts]
    missing = [i for i, k in enumerate(keys) if not cache.has(k)]
    fresh = _parse(nlp, [texts[i] for i in missing], max_chars, max_count)
    todo = set(missing)
    for i, (text, key) in enumerate(zip(texts, keys)):
        doc = None if i in todo else cache.get(key, nlp.vocab)
        if doc is None:
            doc = next(fresh) if i in todo else next(iter(nlp.pipe([text])))  # else: torn since has()
            cache.put(key, doc)
        yield doc


def _parse(nlp, texts: list[str], max_chars: int, max_count: int) -> Iterator:
    for batch in char_batches(texts, max_chars, max_count):
        yield from nlp.pipe(batch, batch_size=len(batch))
