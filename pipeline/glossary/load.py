"""Reading and validating glossary files (CSV, TSV, YAML).

Columns/keys: ``id type label_ja label_en aliases_ja aliases_en iso3166 wikidata valid_from valid_to
notes country sector label_source``. ``id``, ``type``, ``label_ja`` and ``label_en`` are required; aliases
are separated by ``|`` (in YAML they may also be a list). ``country`` is the ISO 3166 alpha-3 code of the
state a person or organization acts for (``IGO`` for intergovernmental bodies), ``sector`` a CAMEO/PLOVER
actor-sector code (see `SECTORS`), ``label_source`` where the English label comes from (e.g. ``CLDR 46``,
``pycountry``, ``official site``). Older files without these columns stay valid. Blank lines and lines starting with ``#`` are skipped in CSV/TSV.
Every problem is reported as ``<file name>:<line>: <what is wrong>``.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .norm import normalize
from ..records import ENTITY_TYPES

COLUMNS = (
    "id", "type", "label_ja", "label_en", "aliases_ja", "aliases_en",
    "iso3166", "wikidata", "valid_from", "valid_to", "notes",
    "country", "sector", "label_source",
)
REQUIRED = ("id", "type", "label_ja", "label_en")
FORMATS = {".csv": ",", ".tsv": "\t", ".yaml": None, ".yml": None}
_QID = re.compile(r"Q[1-9]\d*")
_ISO3 = re.compile(r"[A-Z]{3}")
_EDTF_YEARISH = re.compile(r"-?\d{3}[\dX](-\d{2}(-\d{2})?)?[?~%]?|\.\.")  # 2012, 2012-12-26, 199X, 2012~, ..
# CAMEO/PLOVER actor sectors (CAMEO codebook ch. 3 "Actor codes", PLOVER actor types)
SECTORS = {
    "GOV": "government, head of state or government, ministers, diplomats",
    "MIL": "military, defence forces",
    "LEG": "legislature, parliament, parliamentarians",
    "JUD": "judiciary, courts",
    "COP": "police, internal security",
    "SPY": "intelligence services",
    "IGO": "intergovernmental organization",
    "NGO": "non-governmental organization",
    "PTY": "political party",
    "BUS": "business, companies, state companies",
    "MED": "media, news agencies",
    "EDU": "education, universities, research institutes and think tanks",
    "REB": "rebels, armed insurgents",
    "OPP": "political opposition",
    "CVL": "civilians, civil society",
    "REL": "religious actors",
    "LAB": "labour unions",
    "HLH": "health",
    "ENV": "environment",
}


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    type: str
    label_ja: str
    label_en: str
    aliases_ja: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    iso3166: str = ""
    wikidata: str = ""
    valid_from: str = ""
    valid_to: str = ""
    notes: str = ""
    country: str = ""  # ISO 3166 alpha-3 of the state it acts for, or IGO
    sector: str = ""  # CAMEO/PLOVER actor sector (SECTORS)
    label_source: str = ""  # where label_en comes from
    source: str = ""  # "file:line"

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Labels then aliases, verbatim, without empties or repeats."""
        seen = (self.label_ja, self.label_en, *self.aliases_ja, *self.aliases_en)
        return tuple(dict.fromkeys(s for s in seen if s))


Row = tuple[int, dict]  # (line number, raw values)


def _split_aliases(value) -> tuple[str, ...]:
    items = value if isinstance(value, (list, tuple)) else str(value or "").split("|")
    return tuple(dict.fromkeys(str(a).strip() for a in items if a is not None and str(a).strip()))


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _header_problems(name: str, line: int, header: list[str]) -> list[str]:
    problems = [f"{name}:{line}: missing header column {c}" for c in REQUIRED if c not in header]
    problems += [
        f"{name}:{line}: unknown header column '{c}' (expected some of: {', '.join(COLUMNS)})"
        for c in header if c not in COLUMNS
    ]
    return problems


def _read_delimited(name: str, text: str, delimiter: str) -> tuple[list[Row], list[str]]:
    numbered = [(i, ln) for i, ln in enumerate(text.splitlines(), 1)
                if ln.strip() and not ln.lstrip().startswith("#")]
    if not numbered:
        return [], [f"{name}:1: missing header line ({', '.join(COLUMNS)})"]
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    parsed = csv.reader((ln for _, ln in numbered), delimiter=delimiter, quoting=quoting)
    header_line = numbered[0][0]
    header = [h.strip() for h in next(parsed)]
    problems = _header_problems(name, header_line, header)
    if problems:
        return [], problems
    rows: list[Row] = []
    for (line, _), values in zip(numbered[1:], parsed):
        if len(values) > len(header):
            problems.append(f"{name}:{line}: {len(values)} fields, but the header has {len(header)}")
            continue
        rows.append((line, dict(zip(header, values))))
    return rows, problems


def _read_yaml(name: str, text: str) -> tuple[list[Row], list[str]]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [f"{name}:{line}: YAML syntax error: {getattr(exc, 'problem', exc)}"]
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [f"{name}:1: expected a list of entries (mappings with keys {', '.join(REQUIRED)}, ...)"]
    rows: list[Row] = []
    problems: list[str] = []
    for node, item in zip(root.value, data):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            problems.append(f"{name}:{line}: expected a mapping with keys {', '.join(REQUIRED)}, ...")
            continue
        unknown = [k for k in item if k not in COLUMNS]
        problems += [f"{name}:{line}: unknown key '{k}' (expected some of: {', '.join(COLUMNS)})"
                     for k in unknown]
        rows.append((line, item))
    return rows, problems


def read_rows(path: Path) -> tuple[list[Row], list[str]]:
    """The raw rows of one file with their line numbers, and any problem reading it."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        return [], [f"{name}: unsupported glossary format '{suffix}' (use .csv, .tsv, .yaml or .yml)"]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        why = f"not UTF-8 ({exc.reason} at byte {exc.start}); save it as UTF-8"
        return [], [f"{name}: cannot read file: {why}"]
    except OSError as exc:
        return [], [f"{name}: cannot read file: {exc.strerror or exc}"]
    if FORMATS[suffix] is None:
        return _read_yaml(name, text)
    return _read_delimited(name, text, FORMATS[suffix])


def _row_to_entry(name: str, line: int, row: dict) -> tuple[GlossaryEntry | None, list[str]]:
    where = f"{name}:{line}"
    v = {c: _text(row.get(c)) for c in COLUMNS if c not in ("aliases_ja", "aliases_en")}
    problems = [f"{where}: missing {c}" for c in REQUIRED if not v[c]]
    if v["type"] and v["type"] not in ENTITY_TYPES:
        problems.append(f"{where}: unknown type '{v['type']}' (expected one of {', '.join(ENTITY_TYPES)})")
    if v["wikidata"] and not _QID.fullmatch(v["wikidata"]):
        problems.append(f"{where}: bad QID '{v['wikidata']}' (expected Q followed by digits, e.g. Q159)")
    if v["iso3166"] and not _ISO3.fullmatch(v["iso3166"]):
        problems.append(f"{where}: bad iso3166 '{v['iso3166']}' (expected 3 uppercase letters, e.g. RUS)")
    problems += _actor_problems(where, v)
    if problems:
        return None, problems
    entry = GlossaryEntry(
        aliases_ja=_split_aliases(row.get("aliases_ja")),
        aliases_en=_split_aliases(row.get("aliases_en")),
        source=where, **v,
    )
    return entry, []


def _actor_problems(where: str, v: dict) -> list[str]:
    """Problems in the actor columns (country, sector) and the validity years."""
    problems = []
    if v["country"] and not (_ISO3.fullmatch(v["country"])):
        problems.append(f"{where}: bad country '{v['country']}' (expected an ISO 3166 alpha-3 code such "
                        f"as RUS, or IGO for an intergovernmental body)")
    if v["sector"] and v["sector"] not in SECTORS:
        problems.append(f"{where}: unknown sector '{v['sector']}' (expected one of {', '.join(SECTORS)})")
    for column in ("valid_from", "valid_to"):
        if v[column] and not _EDTF_YEARISH.fullmatch(v[column]):
            problems.append(f"{where}: bad {column} '{v[column]}' (expected a year or date such as "
                            f"2012 or 2012-12-26)")
    if v["valid_from"] and v["valid_to"] and v["valid_to"] < v["valid_from"]:
        problems.append(f"{where}: valid_to {v['valid_to']} is before valid_from {v['valid_from']}")
    return problems


def read_file(path: Path) -> tuple[list[GlossaryEntry], list[str]]:
    """The valid entries of one file, and every problem found in it (ids and aliases checked in-file)."""
    name = Path(path).name
    rows, problems = read_rows(path)
    entries: list[GlossaryEntry] = []
    first_line: dict[str, int] = {}
    claims: dict[str, list[tuple[GlossaryEntry, int]]] = {}
    for line, row in rows:
        entry, row_problems = _row_to_entry(name, line, row)
        problems += row_problems
        if entry is None:
            continue
        if entry.id in first_line:
            problems.append(f"{name}:{line}: duplicate id {entry.id} (first at line {first_line[entry.id]})")
            continue
        first_line[entry.id] = line
        problems += _claim_surfaces(name, line, entry, claims)
        entries.append(entry)
    return entries, problems


def _claim_surfaces(name: str, line: int, entry: GlossaryEntry, claims: dict) -> list[str]:
    """Record the entry's normalized surfaces; a surface already held by another entry of the same
    type in the same file is a problem (different types are a legitimate ambiguity)."""
    problems = []
    keys = dict.fromkeys((normalize(s), s) for s in entry.surfaces)
    done: set[str] = set()
    for key, surface in keys:
        if not key or key in done:
            continue
        done.add(key)
        for other, other_line in claims.get(key, ()):
            if other.type == entry.type:
                problems.append(
                    f"{name}:{line}: alias '{surface}' of {entry.id} is already claimed by "
                    f"{other.id} (line {other_line}), also of type {entry.type}"
                )
                break
        claims.setdefault(key, []).append((entry, line))
    return problems


def read_files(paths: list[Path]) -> tuple[list[GlossaryEntry], list[str]]:
    """All entries in file order (later files after earlier ones) and all problems."""
    entries: list[GlossaryEntry] = []
    problems: list[str] = []
    for path in paths:
        file_entries, file_problems = read_file(Path(path))
        entries += file_entries
        problems += file_problems
    return entries, problems


def validate_files(paths: list[Path]) -> list[str]:
    """Every problem in the given glossary files, one message each naming file and line.

    An empty list means the files are valid. The same id or alias in two *different* files is not
    a problem: later files override earlier ones (see `load_glossary`).
    """
    return read_files(paths)[1]
