"""Names composed of glossary entries, linked from their parts when the glossary has no row for the whole.

Applied to a whole document's entities (after `link_in_context`), to the mentions still unlinked. Each
rule reads the shape of a name and the glossary entries it is built of, never a particular name:

- a foreign name given with fewer of its parts (ムーサ・ファキ for ムーサ・ファキ・マハマト) is the one person
  whose longer katakana name has those parts in that order (same ``match`` and source);
- a region with a generic suffix (中南米地域, コーカサス地方, 欧米諸国, ASEAN諸国) is the region: its glossary
  id and labels (``match`` ``composed``, ``label_en_source`` ``glossary``);
- an edition of a series the glossary knows (TICAD 9, 第8回TICAD, APEC2023) is the series' entry when the
  glossary lacks the edition (same ``match`` and source);
- a state's body (タイ外務省, 露内務省, 米国防総省 ...): the glossary's own body of that state when one has
  the head as a name (米国務省 -> the State Department's row, 韓国外交部 -> its row); else an id derived
  from the state's ISO code and the head, the scheme of the curated ministries (``org:mfa-tha``,
  ``org:moi-rus``, ``org:leg-mng`` for a parliament), so that one body is one id across documents and a
  row added later takes its place; English label "Ministry of the Interior of Russia";
- a diplomatic mission: 在{host}[{sender}]大使館/総領事館/領事館 (在ソロモン米大使館; no sender: Japan's,
  MOFA's usage) and 駐日{sender}大使館 / {sender}駐日大使館: ``org:embassy-usa-in-slb``, "Embassy of the
  United States in Solomon Islands" (the article before the names that take it, as in the curated
  ``org:mfa-*`` / ``org:mod-*`` rows: "Ministry of Foreign Affairs of the Philippines");
- a conflict named by its place (カシミール紛争, 西サハラ紛争) with no row: ``event:kashmir-conflict``,
  "Kashmir conflict", the form of Wikipedia's titles and of the curated ids (``event:nagorno-karabakh-conflict``);
- a state's government (日本政府, 米政府, ケニア政府: `government_link`, applied where `shapes` reads X政府):
  ``org:gov-jpn``, "Government of Japan" (English Wikipedia's titles, "Government of the Philippines"), one
  ORGANIZATION; the state stays reachable through `derived_country` (``org:gov-jpn`` -> ``JPN``).

A derived id has no glossary row: ``label_en_source`` ``composed`` says so (``match`` ``composed``);
`glossary.get(id)` is None for it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from .composed_links import COMPOSED_SCORE, exact_entry, label_slug, link_fields
from .composed_places import link_places
from ..glossary import per_glossary

REGION_SUFFIXES = ("地域", "地方", "諸国", "全域")
_REGION_TYPES = {"LOCATION", "OTHER"}
_SERIES_TYPES = {"EVENT", "ORGANIZATION"}
# head of a state's body -> (id code of the curated scheme, English name)
BODY_HEADS = {
    "外務省": ("mfa", "Ministry of Foreign Affairs"), "外交部": ("mfa", "Ministry of Foreign Affairs"),
    "国防省": ("mod", "Ministry of Defence"), "国防部": ("mod", "Ministry of Defence"),
    "内務省": ("moi", "Ministry of the Interior"), "財務省": ("mof", "Ministry of Finance"),
    "経済省": ("moe", "Ministry of Economy"), "商務省": ("moc", "Ministry of Commerce"),
    "法務省": ("moj", "Ministry of Justice"), "保健省": ("moh", "Ministry of Health"),
    "教育省": ("moed", "Ministry of Education"), "エネルギー省": ("moen", "Ministry of Energy"),
    "農業省": ("moa", "Ministry of Agriculture"), "運輸省": ("mot", "Ministry of Transport"),
    "情報省": ("moinf", "Ministry of Information"), "漁業庁": ("fish", "Fisheries Agency"),
    "議会": ("leg", "Parliament"), "国会": ("leg", "Parliament"), "中央銀行": ("cb", "Central Bank"),
    "国軍": ("mil", "Armed Forces"), "軍": ("mil", "Armed Forces"),
}
MISSIONS = {"大使館": ("embassy", "Embassy"), "総領事館": ("consulate-general", "Consulate-General"),
            "領事館": ("consulate", "Consulate")}
CONFLICT = "紛争"
GOVERNMENT_CODE = "gov"
_GOVERNMENT_ID = re.compile(r"org:gov-([a-z]{3})")
_NAME_SEP = re.compile(r"[・＝=･ ]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
_EDITION = re.compile(r"^第[0-9０-９一二三四五六七八九十百]+回\s*|[\s　]*(?:[0-9０-９]{1,4}年?)$")
_IN_HOST = re.compile(r"^在(.+?)(総領事館|領事館|大使館)$")
_TO_JAPAN = re.compile(r"^(?:駐日(.+?)|(.+?)駐日)(大使館)$")
# English short names that take the article (the United States, the Philippines); "… Islands" do not
_THE = re.compile(r"^(?:United |Republic |Democratic |Czech |Central African |Dominican )|(?:Netherlands|Philippines|"
                  r"Bahamas|Gambia|Maldives|Emirates|Republic)$")


def link_composed(ents: list[Entity], glossary) -> list[Entity]:
    """The document's entities with unlinked composed names linked (see the module's rules)."""
    bodies = per_glossary(glossary, _state_bodies)
    people = per_glossary(glossary, _person_parts) if any(e.type == "PERSON" and e.glossary_id is None for e in ents) else {}
    ents = [_compose(e, glossary, bodies, people) if e.glossary_id is None else e for e in ents]
    return link_places(ents, glossary)  # island regions, state cities, people's republics, short forms


def _compose(e: Entity, glossary, bodies, people) -> Entity:
    surface = e.text.strip()
    rules = (_suffixed_region, _series_edition) + ((lambda s, g: _fewer_parts(s, g, people)),) * (e.type == "PERSON")
    for rule in rules:
        entry = rule(surface, glossary)
        if entry is not None:
            return replace(e, glossary_id=entry.id, label_en=entry.label_en, label_ja=entry.label_ja,
                           match="composed", score=COMPOSED_SCORE, label_en_source="glossary", candidates=())
    derived = _mission(surface, glossary) or _state_body(surface, glossary, bodies) or _conflict(surface, glossary)
    return e if derived is None else replace(e, **link_fields(derived))


def state_body_link(state: str, body: str, glossary) -> dict:
    """The link fields of `body` written right after the state's name `state` (露 + 内務省 -> org:moi-rus,
    "Ministry of the Interior of Russia"; 米 + 国務省 -> the State Department's row), {} when the rule finds
    none. For a mention split off its state (`kinds`), so that the body keeps the id the whole name has."""
    derived = _state_body(state + body, glossary, per_glossary(glossary, _state_bodies))
    return {} if derived is None else link_fields(derived)


def government_link(state) -> dict:
    """The link fields of X政府 for the COUNTRY entry `state` (country:jpn -> org:gov-jpn, "Government of
    Japan"; country:phl -> "Government of the Philippines"): a derived id, no glossary row."""
    return link_fields((f"org:{GOVERNMENT_CODE}-{_code(state)}", f"Government of {_the(state.label_en)}", "ORGANIZATION"))


def derived_country(gid: str | None) -> str | None:
    """The ISO alpha-3 code of the state a derived government id names (org:gov-jpn -> JPN), else None."""
    m = _GOVERNMENT_ID.fullmatch(gid or "")
    return m.group(1).upper() if m else None


def _suffixed_region(surface: str, glossary):
    for suffix in REGION_SUFFIXES:
        if surface.endswith(suffix) and len(surface) > len(suffix) + 1:
            types = _REGION_TYPES | ({"ORGANIZATION"} if suffix == "諸国" else set())
            return exact_entry(glossary, surface[: -len(suffix)], types)
    return None


def _series_edition(surface: str, glossary):
    stem = _EDITION.sub("", surface).strip()
    if stem == surface or len(stem) < 2:
        return None
    return exact_entry(glossary, stem, _SERIES_TYPES)


def _conflict(surface: str, glossary):
    """{place}紛争 -> ("event:{place}-conflict", "{Place} conflict", EVENT), the form of Wikipedia's titles
    (Kashmir conflict, Western Sahara conflict) and of the curated ids (event:nagorno-karabakh-conflict)."""
    if not surface.endswith(CONFLICT) or len(surface) <= len(CONFLICT) + 1:
        return None
    place = exact_entry(glossary, surface[: -len(CONFLICT)], {"LOCATION", "COUNTRY"})
    return (f"event:{label_slug(place.label_en)}-conflict", f"{place.label_en} conflict", "EVENT") if place is not None else None


def _person_parts(glossary) -> dict[str, list[tuple[str, ...]]]:
    """First name part -> the ・-separated parts of every katakana PERSON name (label or alias) it begins."""
    out: dict[str, list] = {}
    for entry in glossary.entries.values():
        if entry.type == "PERSON":
            for name in (entry.label_ja, *entry.aliases_ja):
                parts = tuple(p for p in _NAME_SEP.split(name) if p)
                if len(parts) >= 3 and all(_KATAKANA.fullmatch(p) for p in parts):
                    out.setdefault(parts[0], []).append((parts, entry))
    return out


def _fewer_parts(surface: str, glossary, people):
    """A katakana name of two or more parts that begins the parts of exactly one person's longer name,
    in order with none changed (ムーサ・ファキ of ムーサ・ファキ・マハマト, トーマス・イルヴェス of
    トーマス・ヘンドリク・イルヴェス), is that person."""
    parts = tuple(p for p in _NAME_SEP.split(surface) if p)
    if len(parts) < 2 or not all(_KATAKANA.fullmatch(p) for p in parts):
        return None
    found = {entry.id: entry for full, entry in people.get(parts[0], ()) if _subsequence(parts, full)}
    return next(iter(found.values())) if len(found) == 1 else None


def _subsequence(parts: tuple[str, ...], full: tuple[str, ...]) -> bool:
    it = iter(full)
    return len(parts) < len(full) and all(p in it for p in parts)


def _state(glossary, surface: str):
    """The COUNTRY entry `surface` names (ソロモン, 米, 米国), or None."""
    return exact_entry(glossary, surface, {"COUNTRY"}) if surface else None


def _slug(gid: str) -> str:
    return gid.split(":", 1)[-1]


def _code(country) -> str:
    return (country.iso3166 or _slug(country.id)).lower()


def _the(label: str) -> str:
    return f"the {label}" if _THE.search(label) else label


def _mission(surface: str, glossary):
    m = _IN_HOST.match(surface)
    if m:
        middle, head = m.groups()
        for i in range(len(middle), 0, -1):  # the longest host first: 在ソロモン米 -> ソロモン + 米
            host = exact_entry(glossary, middle[:i], {"COUNTRY", "LOCATION"})
            sender = _state(glossary, middle[i:]) if middle[i:] not in ("", "日本", "日本国") else glossary.get("country:jpn")
            if host is not None and sender is not None:
                return _mission_id(head, sender, host)
        return None
    m = _TO_JAPAN.match(surface)
    if m:
        sender = _state(glossary, m.group(1) or m.group(2))
        host = glossary.get("country:jpn")
        if sender is not None and host is not None:
            return _mission_id(m.group(3), sender, host)
    return None


def _mission_id(head: str, sender, host) -> tuple[str, str, str]:
    code, english = MISSIONS[head]
    return (f"org:{code}-{_code(sender)}-in-{_slug(host.id)}",
            f"{english} of {_the(sender.label_en)} in {_the(host.label_en)}", "ORGANIZATION")


def _state_bodies(glossary) -> dict[tuple[str, str], object]:
    """(ISO alpha-3, a Japanese name of the body with and without its state) -> the state's body."""
    out: dict[tuple[str, str], object] = {}
    for entry in glossary.entries.values():
        if entry.type == "ORGANIZATION" and len(entry.country or "") == 3:
            for name in (entry.label_ja, *entry.aliases_ja):
                out.setdefault((entry.country, name), entry)
    return out


def _state_body(surface: str, glossary, bodies):
    for i in range(1, len(surface)):  # a body the glossary has for that state: 米 + 国務省
        state = _state(glossary, surface[:i])
        own = (bodies.get((state.iso3166, surface[i:])) or bodies.get((state.iso3166, surface))
               if state is not None and state.iso3166 else None)
        if own is not None:
            return own
    for head in sorted(BODY_HEADS, key=len, reverse=True):
        if not surface.endswith(head) or len(surface) == len(head):
            continue
        state = _state(glossary, surface[: -len(head)])
        if state is None or not state.iso3166:
            continue
        own = bodies.get((state.iso3166, head))
        if own is not None:
            return own
        code, english = BODY_HEADS[head]
        return f"org:{code}-{_code(state)}", f"{english} of {_the(state.label_en)}", "ORGANIZATION"
    return None
