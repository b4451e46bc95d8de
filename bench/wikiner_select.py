"""Select the in-domain subset of the stockmark Japanese Wikipedia NER set and split it.

Source: stockmarkteam/ner-wikipedia-dataset, ner.json (CC BY-SA 3.0). Usage:

    python bench/wikiner_select.py path/to/ner.json

writes tests/data/wikiner/dev.jsonl and test.jsonl. The rule (also in tests/data/wikiner/README.md)
is mechanical, so the subset can be rebuilt and checked:

1. a sentence is in the domain (international relations / politics) when one of its annotated
   entities is typed 政治的組織名, or an annotated entity's surface, normalized as the glossary
   normalizes it, is a surface of a glossary entry typed PERSON, ORGANIZATION, AGREEMENT, EVENT
   or POLICY, or two distinct glossary COUNTRY entries are annotated in it (one country alone,
   as in 「日本の歌手」, says nothing of the domain);
2. the in-domain sentences are ordered by sha1("curid:text") and the first LIMIT kept;
3. a sentence goes to dev when int(sha1(curid)) is even, else to test: every sentence of one
   Wikipedia article lands in the same half.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from pipeline.config import Config
from pipeline.glossary import load_glossary, normalize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "wikiner"
LIMIT = 500
TOPICAL = {"PERSON", "ORGANIZATION", "AGREEMENT", "EVENT", "POLICY"}


def surface_types() -> dict[str, set[tuple[str, str]]]:
    """Normalized glossary surface -> {(type, id)}."""
    out: dict[str, set[tuple[str, str]]] = {}
    for e in load_glossary(Config().glossary_paths()).entries.values():
        for s in e.surfaces:
            out.setdefault(normalize(s), set()).add((e.type, e.id))
    return out


def in_domain(sentence: dict, table: dict[str, set[tuple[str, str]]]) -> bool:
    countries: set[str] = set()
    for ent in sentence["entities"]:
        if ent["type"] == "政治的組織名":
            return True
        hits = table.get(normalize(ent["name"]), set())
        if any(t in TOPICAL for t, _ in hits):
            return True
        countries |= {i for t, i in hits if t == "COUNTRY"}
    return len(countries) >= 2


def sha(s: str) -> int:
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest(), 16)


def main(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    table = surface_types()
    chosen = [s for s in data if in_domain(s, table)]
    chosen.sort(key=lambda s: sha(f"{s['curid']}:{s['text']}"))
    chosen = chosen[:LIMIT]
    halves: dict[str, list[dict]] = {"dev": [], "test": []}
    for s in chosen:
        halves["dev" if sha(s["curid"]) % 2 == 0 else "test"].append(s)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, rows in halves.items():
        with (OUT / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for s in rows:
                f.write(json.dumps({"curid": s["curid"], "text": s["text"], "entities": s["entities"]},
                                   ensure_ascii=False) + "\n")
    print(f"{len(data)} sentences, in domain {sum(1 for s in data if in_domain(s, table))}, "
          f"kept {len(chosen)}: dev {len(halves['dev'])}, test {len(halves['test'])}")


if __name__ == "__main__":
    main(sys.argv[1])
