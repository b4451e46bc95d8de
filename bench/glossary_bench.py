"""Speed check for pipeline.glossary (run by hand, not a test).

    python bench/glossary_bench.py [--entries 100000] [--chars 20000]

Builds a synthetic glossary (katakana names, kanji organization names, Latin acronyms), times
building the index and matching a ~20,000-character text (fed paragraph by paragraph, as `process`
does), times fuzzy lookups, and does the same for the default glossary (every file `default` stands for in `config.yaml`).
"""
from __future__ import annotations

import argparse
import random
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.glossary import Glossary, GlossaryEntry, load_glossary  # noqa: E402
from pipeline.records import ENTITY_TYPES  # noqa: E402

KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポ"
KANJI = "東西南北国際協力機構連合会議経済安全保障防衛省庁銀行開発投資条約宣言海洋平和友好戦略対話委員局"
SUFFIX = ("機構", "連合", "会議", "省", "銀行", "公社", "条約", "宣言")


def synthetic_entries(n: int, seed: int = 7) -> list[GlossaryEntry]:
    rng = random.Random(seed)
    entries = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            label = "".join(rng.choice(KATAKANA) for _ in range(rng.randint(3, 9)))
            etype = "PERSON"
        elif kind == 1:
            label = "".join(rng.choice(KANJI) for _ in range(rng.randint(2, 6))) + rng.choice(SUFFIX)
            etype = "ORGANIZATION"
        else:
            label = "".join(rng.choice(KATAKANA) for _ in range(rng.randint(4, 8))) + "共和国"
            etype = rng.choice(ENTITY_TYPES)
        acronym = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(3, 6)))
        entries.append(GlossaryEntry(
            id=f"{etype.lower()}:syn{i}", type=etype, label_ja=label, label_en=f"Synthetic {i}",
            aliases_en=(acronym,) if i % 5 == 0 else (),
        ))
    return entries


def sample_text(entries: list[GlossaryEntry], chars: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    corpus = sorted((ROOT / "corpus").glob("*.txt"))
    base = corpus[0].read_text(encoding="utf-8", errors="replace") if corpus else "ロシアとASEANの関係について。\n"
    parts, size = [], 0
    while size < chars:
        para = base[rng.randrange(0, max(1, len(base) - 400)):][:400]
        name = rng.choice(entries).label_ja
        para = para[:200] + name + "は" + para[200:] + "\n\n"
        parts.append(para)
        size += len(para)
    return "".join(parts)[:chars]


def timed(fn, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def match_document(glossary: Glossary, text: str) -> int:
    matcher = glossary.matcher()
    return sum(len(matcher.feed(block)) for block in text.split("\n\n"))


def report(name: str, glossary_fn, text: str, fuzzy_queries: list[str]) -> None:
    t_build, glossary = timed(glossary_fn)
    t_match, n_matches = timed(lambda: match_document(glossary, text), repeat=3)
    t_fuzzy, _ = timed(lambda: [glossary.lookup_fuzzy(q, 0.8) for q in fuzzy_queries])
    print(f"{name}: {len(glossary):,} entries, {len(glossary._keys):,} keys")
    print(f"  build index:        {t_build:8.3f} s")
    print(f"  match {len(text):,} chars:  {t_match:8.3f} s  ({n_matches:,} matches)")
    print(f"  {len(fuzzy_queries)} fuzzy lookups:   {t_fuzzy:8.3f} s  "
          f"({1000 * t_fuzzy / max(1, len(fuzzy_queries)):.1f} ms each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--chars", type=int, default=20_000)
    args = parser.parse_args()

    t_gen, entries = timed(lambda: synthetic_entries(args.entries))
    text = sample_text(entries, args.chars)
    print(f"generated {len(entries):,} synthetic entries in {t_gen:.2f} s")
    queries = [e.label_ja[:-1] + "極" for e in entries[:50]] + ["上海極力機構", "ロシア鉄道"]
    report("synthetic", lambda: Glossary(entries), text, queries)

    from pipeline.config import Config
    default = [p for p in Config().glossary_paths() if p.exists()]
    if default:
        names = " + ".join(p.name for p in default)
        report(f"default ({names})", lambda: load_glossary(default), text,
               ["上海極力機構", "ロシア鉄道", "東南アジア諸国連盟", "ユーラシア経済連盟"])
    else:
        print("default glossary not found; skipped")


if __name__ == "__main__":
    main()
