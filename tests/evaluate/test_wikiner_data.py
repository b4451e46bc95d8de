"""The stored Wikipedia NER subset is well-formed: every span is its name, types are the dataset's,
the halves are disjoint by article, and the split is the documented hash rule."""
import hashlib
import json
from pathlib import Path

import pytest

from pipeline.evaluate import ACCEPTS

DATA = Path(__file__).resolve().parent.parent / "data" / "wikiner"


def rows(half):
    return [json.loads(line) for line in (DATA / f"{half}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("half", ["dev", "test"])
def test_every_span_is_its_name_and_type_is_known(half):
    data = rows(half)
    assert len(data) > 100
    for s in data:
        assert s["entities"], s["curid"]
        for e in s["entities"]:
            a, b = e["span"]
            assert 0 <= a < b <= len(s["text"]), (s["curid"], e)
            assert s["text"][a:b] == e["name"], (s["curid"], e)
            assert e["type"] in ACCEPTS, (s["curid"], e)


@pytest.mark.parametrize("half, parity", [("dev", 0), ("test", 1)])
def test_split_follows_the_curid_hash(half, parity):
    for s in rows(half):
        assert int(hashlib.sha1(s["curid"].encode()).hexdigest(), 16) % 2 == parity, s["curid"]


def test_halves_share_no_article_and_no_sentence():
    dev, test = rows("dev"), rows("test")
    assert not {s["curid"] for s in dev} & {s["curid"] for s in test}
    texts = [s["text"] for s in dev + test]
    assert len(texts) == len(set(texts))
