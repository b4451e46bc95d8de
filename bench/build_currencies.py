"""Generate the currency table of the quantities module from maintained sources.

    pip install -e '.[glossary-build]'        # babel (Unicode CLDR), pycountry (Debian iso-codes)
    python bench/build_currencies.py          # writes pipeline/data/currencies_ja.tsv
    python bench/build_currencies.py --check  # exit 1 if the file would change (for CI or review)

What a number can be followed by to be an amount of money, with its ISO 4217 code:
- the **ISO 4217 code** itself (25.30JPY, 1PLN, 500 USD), for every currency that is legal tender of
  some territory on `AS_OF` in CLDR's territory table (so no ITL, DEM or other withdrawn code);
- the **Japanese names** of those currencies from two sources: CLDR's (`babel`: ポーランド ズウォティ,
  ブラジル レアル) and the Japanese catalogue of Debian's iso-codes (`pycountry`: ズロチ, ブラジル・レアル),
  since newspapers and trade briefs write either spelling (JETRO writes ズロチ, CLDR ズウォティ). A name is
  kept as written, without its space, and without its ・ (ブラジル・レアル, ブラジルレアル);
- the **unit word** alone, the last part of a name (レアル, ズウォティ, フリヴニャ), only when it names one
  current currency in both sources together: ペソ, ルピー, ディナール, フラン, クローナ and リアル name several
  and are left to the hand-curated table of `pipeline/temporal/quantunits.py` (ペソ = PHP there), which
  wins over every generated row.

The rows are committed rather than built at install time, like pipeline/data/glossary_world.tsv: the
pipeline runs offline with no extra dependency and a CLDR update is a deliberate regeneration.
"""
from __future__ import annotations

import argparse
import gettext
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pipeline" / "data" / "currencies_ja.tsv"
AS_OF = date(2026, 1, 1)  # the day whose legal tenders count as current (fixed: the output is reproducible)
HEADER = "surface\tcode\tsource\n"
_SEPARATORS = re.compile(r"[ \u3000・]")
_GLOSS = re.compile(r"\s*[（(][^（()）]*[）)]")  # 兌換マルク (BAM), ポンド・スターリング (英ポンド): a gloss, not the name


def current_codes() -> set[str]:
    """ISO 4217 codes that are legal tender of some territory on `AS_OF` (CLDR's territory table)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    territories = get_global("territory_currencies").keys()
    return {c for t in territories for c in get_territory_currencies(t, start_date=AS_OF, tender=True)}


def names(codes: set[str]) -> list[tuple[str, str, str]]:
    """(Japanese name, code, source) of every current currency, from CLDR and from iso-codes."""
    import pycountry
    from babel import Locale

    cldr = Locale("ja").currencies
    iso = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["ja"])
    out = [(cldr[c], c, "cldr") for c in sorted(codes) if c in cldr and cldr[c] != c]
    for cur in pycountry.currencies:
        ja = iso.gettext(cur.name)
        if cur.alpha_3 in codes and ja != cur.name:
            out.append((ja, cur.alpha_3, "iso-codes"))
    return out


def rows(codes: set[str], named: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The table: codes, names in their written forms, and the unit words that name one currency."""
    got: dict[str, tuple[str, str]] = {c: (c, "iso4217") for c in codes}
    units: dict[str, set[str]] = {}
    for name, code, source in named:
        name = _GLOSS.sub("", name)
        for form in (name.strip(), _SEPARATORS.sub("", name)):
            if got.get(form, (code,))[0] == code:
                got.setdefault(form, (code, source))
        units.setdefault(_SEPARATORS.split(name.strip())[-1], set())
    # a unit word names every currency whose name ends with it, written apart or not (ディルハム: MAD's
    # モロッコ ディルハム and AED's アラブ首長国連邦ディルハム, so neither)
    for name, code, _ in named:
        whole = _SEPARATORS.sub("", _GLOSS.sub("", name))
        for word, which in units.items():
            if whole.endswith(word):
                which.add(code)
    for word, which in units.items():
        if len(which) == 1 and word not in got:
            got[word] = (next(iter(which)), "unit word")
    return sorted((s, c, src) for s, (c, src) in got.items())


def render() -> str:
    codes = current_codes()
    return HEADER + "".join(f"{s}\t{c}\t{src}\n" for s, c, src in rows(codes, names(codes)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file would change; write nothing")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if same else 'would change'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
