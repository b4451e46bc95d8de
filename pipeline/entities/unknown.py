"""Entities the glossary does not know: typing rules for what the model finds or misses.

Applied after `merge_entities`, on the analysed text of one chunk. Each rule is about the shape of a
name, never about a particular one:

- a model entity made only of common nouns (水産物, 貿易総額, 銃乱射事件, 共和制国家: Sudachi's 普通名詞)
  is not an entity unless its head names a body or a text (情報省, …法: `SUFFIX_TYPES`); nor is a
  title alone (氏), nor a demonym (日本人, 中国人観光客: the country before 人 is a people, not a state);
- an acronym the model calls a person (APTERR) is an organization, and a base it calls a person
  (横田基地) a location;
- a surname before a title is linked to the one PERSON entry it begins (`surnames`);
- a title at the end of an unlinked name is its role (ラモラ大臣 → ラモラ, role 大臣), and a foreign name
  before a title that the model missed is a person (バンサーン・ブンナーク駐日タイ大使);
- a katakana name the model types as an event or a product but that a title follows
  (バンサーン・ブンナーク駐日タイ大使, …研究員, …教授) is a person;
- names built from the text's shape (`builders`): Latin + kanji head (Lowy研究所), facilities (福島第1原発),
  parts of a region (大陸東南アジア), the city and agency of a dateline (【バンコク共同】);
- a Japanese name before a title or a Diet label word (○畠山委員, 鈴木俊一君: `speakers`); a name's forms in
  other scripts in the bracket after it (中国語: 上海合作组织: `glossed`);
- a battle (ガザラの戦い) or a dated election (1960年アメリカ合衆国大統領選挙) is an EVENT (`events`);
- a country with its form of state (ドイツ帝国, 大日本帝国) is one COUNTRY (`states`).
- a list of places joined by ・ (中央アジア・コーカサス・大洋州) is one mention per place (`lists`);
- each field of a Diet roster (理事 倉石 忠雄君, 竹村奈良一君) names one PERSON (`rosters`).
- a name before a company head (…ホールディングス, …建設, …百貨店) is an ORGANIZATION (`companies`).
- a law or treaty a bill's title names (港湾法 in 港湾法等の一部を改正する法律案) is an AGREEMENT (`bills`).
- an act of war named with its agent (ロシアによるウクライナ侵略) is the agent and the act (`agents`), a
  party named with its state and standing (カザフスタン与党ヌルオタン党) the state and the party (`parties`);
- a common noun's acronym (ODA), the bare word for a kind of legal text (憲法) or an era name (令和) is no
  entity (`generic`).
- an affiliation names its institution only (Associate Professor, Faculty of Economics, … University; 関東経済大学
  経済学部准教授), and a school named after a place (日本経済大学, Kanto Institute of Technology) is one
  ORGANIZATION (`affiliations`);
- a body named after a place or a matter is one ORGANIZATION where a match cut its head (南シナ海仲裁裁判 | 所) or
  a sea, a region or a compass-prefixed state precedes a company's or a court's head (東インド会社: `place_bodies`);
  a name before 号 is a vessel, OTHER (Santa Catarina号);
- the name after a legal form ((独)国際協力機構, (株)…, 公益財団法人…) is an ORGANIZATION, the form no entity
  (`legal_forms`: (独) is not Germany).

New entities are linked when the glossary knows their whole surface, else unlinked (``match``
``model``) with an English label built from their parts (see `english`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..glossary import TITLES
from ..records import Entity
from ..titles import HONORIFICS, LATIN_HONORIFICS, PROFESSIONS, TITLE_PREFIXES
from .agents import split_agents
from .bills import bill_laws
from .parties import state_parties
from .generic import generic_word
from .affiliations import affiliations
from .legal_forms import legal_form_bodies
from .place_bodies import place_bodies, vessels
from .brackets import bracket_forms, noted_short_forms
from .companies import companies
from .dotted import dotted_persons
from .events import named_events
from .glossed import glossed_forms
from .groups import place_groups
from .firms import _LEGAL_LATIN, country_abbreviations, executives, firm_mentions
from .kinds import name_kinds
from .heads import head_names, katakana_named, named_by_head, numbered_units
from .latin import latin_forms
from .latin_names import _LATIN_HEADS
from .lists import split_place_lists
from .rosters import roster_persons
from .repairs import business_rules
from .speakers import titled_surnames
from .states import state_forms
from .mentions import _suffix_type
from .builders import _FACILITY_END, datelines, facilities, hybrids, new_entity, subregions
from .shapes import shape_rules
from .sudachi import words
from .surfaces import propagate, surface_rules
from .surnames import link_surnames
from .unlinked import unlinked as _unlinked

_COMMON = ("名詞-普通名詞", "接尾辞", "接頭辞", "補助記号")
_KEEP_COMMON_TYPES = ("ORGANIZATION", "AGREEMENT")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_NAMED_TEXT_TYPES = ("AGREEMENT", "POLICY")  # as folded from the model's label (Law, Treaty, Rule_Other, Plan ...)
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}")
_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ff]+(?:[・＝=][\u30a0-\u30ff]+)+")
_PERSON_AFTER = tuple(sorted(set(TITLES) | set(PROFESSIONS) | set(HONORIFICS) | {"駐"}, key=len, reverse=True))
_RETYPE_TO_PERSON = ("EVENT", "PRODUCT", "OTHER", "LOCATION", "ORGANIZATION")
_NOT_NAMES = frozenset(TITLES) | set(HONORIFICS) - {"君", "さん"}
_NOT_DEMONYM = ("民", "口", "権", "材", "質", "的", "形")  # 人民, 人口, 人権, 人材, 人質, 人的, 人形

_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・＝=][\u30a1-\u30fa\u30fc]+)*")
_TITLE_ALT = "|".join(sorted((t for t in TITLES if t not in ("政権", "首脳")), key=len, reverse=True))
_HONORIFICS = tuple(h for h in HONORIFICS if h != "氏")  # ○福山哲郎君: the Diet's speaker labels
_ENDS_WITH_TITLE = re.compile(r"(.{2,}?)((?:" + "|".join(TITLE_PREFIXES) + r")?(?:" + _TITLE_ALT + ")|" + "|".join(_HONORIFICS) + ")")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{1,4}")
_LATIN_HONORIFICS = re.compile(r"((?:(?:" + "|".join(map(re.escape, LATIN_HONORIFICS)) + r") +)+)"
                               r"([A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,3})")
_KATAKANA_BEFORE_TITLE = re.compile(
    r"(?<![\u30a0-\u30ff])([\u30a1-\u30fa\u30fc]{3,}(?:[・＝][\u30a1-\u30fa\u30fc]+)*)"
    r"(?=(?:元|前|現|駐)?(?:" + _TITLE_ALT + "|駐))")


def refine_entities(ents: list[Entity], text: str, sdoc, glossary, breaks: frozenset[int] = frozenset()) -> list[Entity]:
    """The chunk's entities after the typing rules above (sorted by offsets); `breaks` are the
    offsets where the original text has a line break (`surfaces.line_breaks`)."""
    ents = titled_surnames(surface_rules(ents, text, glossary, breaks), text, sdoc)
    ents = roster_persons(ents, text, glossary)
    ents = [e for e in map(_strip_title, ents) if not _not_an_entity(e, sdoc, text) or named_by_head(e, glossary)]
    ents = link_surnames([_retyped(e, text) for e in ents], text, glossary)
    for new in (*hybrids(text, glossary), *facilities(text, ents, glossary),
                *subregions(text, ents), *datelines(text, glossary), *_titled_names(text, ents, sdoc),
                *named_events(text, ents), *state_forms(text, ents, glossary),
                *(new_entity(text, s, e, "ORGANIZATION", glossary, en, en and "composed") for s, e, en in place_groups(text, ents)),
                *(new_entity(text, c.start, c.end, c.type, glossary, None, None) for c in companies(text, sdoc))):
        ents = _insert(_retype_same(ents, new), new)
    for new in firm_mentions(text, sdoc, ents):  # the model's person over a company's words gives way (仏テクニップ・エナジー)
        ents = [e for e in ents if not (_unlinked(e) and e.type == "PERSON" and e.start < new.end and new.start < e.end)]
        ents = _insert(_retype_same(ents, new), new_entity(text, new.start, new.end, new.type, glossary, None, None))
    for new in (*(new_entity(text, s, e, "COUNTRY", glossary, None, None) for s, e in country_abbreviations(text, sdoc)),
                *executives(text)):
        ents = _insert(_retype_same(ents, new), new)
    ents = latin_forms(head_names(dotted_persons(ents, text, breaks), text, sdoc, glossary, breaks), text)
    ents = numbered_units(ents, text, sdoc, glossary, breaks)
    ents = business_rules(shape_rules(ents, text, sdoc, glossary, breaks), text, sdoc, glossary)
    ents = split_place_lists(name_kinds(ents, text, sdoc, glossary), text, glossary)
    ents = glossed_forms(propagate(bracket_forms(noted_short_forms(ents, text, glossary), text, sdoc), text), text)
    ents = legal_form_bodies(place_bodies(affiliations(ents, text, glossary), text, glossary), text, glossary)
    ents = bill_laws(state_parties(split_agents(ents, text, glossary), text, glossary), text, glossary)
    ents = vessels([e for e in ents if not generic_word(e)], text)
    return sorted(ents, key=lambda e: (e.start, e.end, e.glossary_id or ""))


def _demonym(e: Entity, text: str) -> bool:
    """日本人, ロシア人, 中国人観光客: a people, not the state (but 中国人民解放軍, 日本人口 are not demonyms)."""
    if e.type == "COUNTRY" and text.startswith("人", e.end):
        return not text.startswith(_NOT_DEMONYM, e.end + 1)
    return e.model_label == "Nationality" and e.text.endswith("人") and not e.glossary_id


def _not_an_entity(e: Entity, sdoc, text: str) -> bool:
    if _demonym(e, text):
        return True
    if not _unlinked(e):
        return False
    if e.type == "PERSON" and text.startswith(_PERSON_AFTER, e.end):
        return _office_word(e, sdoc)  # 習主席, 李氏: a surname before a title; 防衛大臣: an office
    if e.text.strip() in _NOT_NAMES:
        return True
    if e.type in ("EVENT", "AGREEMENT") and katakana_named(e.text):
        return False  # アロー戦争: Sudachi's common noun, a name before the head
    if _suffix_type(e.text) in _KEEP_COMMON_TYPES or _LATIN_OR_DIGIT.search(e.text):
        return False  # 情報省, 個人情報保護法: generic words with the head of a body or a text
    if e.type in _NAMED_TEXT_TYPES and len(e.text) >= 4 and _KANJI.search(e.text):
        return False  # 防衛力整備計画 (the model's Plan / Rule_Other): names of plans and rules are kanji compounds
        # of common nouns; a loanword (サプライチェーン) is a common word
    if e.type == "PERSON" and _KATAKANA_RUN.fullmatch(e.text):
        return False  # Sudachi tags an unknown foreign name (ラモラ) as a common noun
    span = sdoc.char_span(e.start, e.end, alignment_mode="expand") if sdoc is not None else None
    return bool(span) and all(t.tag_.startswith(_COMMON) for t in span)


def _office_word(e: Entity, sdoc) -> bool:
    """防衛 (大臣), 外務 (大臣): common nouns before a title name the office, not a person; a surname
    is a proper noun to Sudachi (林 外務大臣, 茂木 大臣)."""
    span = sdoc.char_span(e.start, e.end, alignment_mode="expand") if sdoc is not None else None
    return bool(span) and _KANJI.search(e.text) is not None and all(t.tag_.startswith("名詞-普通名詞") for t in span)


def _strip_title(e: Entity) -> Entity:
    """ラモラ大臣, ケリー前国務長官: the title is the role, not part of the name (as for glossary names);
    a foreign name before a title that the model typed as something else (ボルド大臣 as OTHER) is a
    person too, and so is a Latin name after its honorifics (H.E. Dr. Hakan FİDAN)."""
    latin = _LATIN_HONORIFICS.fullmatch(e.text)
    if latin is not None and _unlinked(e) and e.type in ("PERSON", "OTHER") and not _latin_body(latin.group(2)):
        s = e.start + latin.start(2)  # not Mr. Price Stores (a company), nor Dr. Pepper typed a product
        return replace(e, start=s, text=latin.group(2), type="PERSON")
    m = (_ENDS_WITH_TITLE.match if e.type == "PERSON" else _ENDS_WITH_TITLE.fullmatch)(e.text)  # not 岸田大臣事務所
    if not (_unlinked(e) and m):
        return e
    if e.type != "PERSON" and not (e.type in _RETYPE_TO_PERSON and (_foreign_name(m.group(1)) or _personal_name(m.group(1)))):
        return e
    return replace(e, end=e.start + len(m.group(1)), text=m.group(1), role=m.group(2), type="PERSON")


def _latin_body(name: str) -> bool:
    """A Latin name with an organisation's head word or legal form in it (Price Stores, Acme Holdings Inc.)."""
    return any(w.lower().strip(".,") in _LATIN_BODY_WORDS for w in name.split()) or _LEGAL_FORM.search(name) is not None


_LATIN_BODY_WORDS = {w for w, t in _LATIN_HEADS.items() if t == "ORGANIZATION"} | {"store", "stores", "shop", "shops"}
_LEGAL_FORM = re.compile(rf"(?<![A-Za-z]){_LEGAL_LATIN}(?![A-Za-z])")


def _foreign_name(surface: str) -> bool:
    """A katakana name: dotted (ボルド・バトツェツェグ), a word Sudachi does not know (ボルド) or one it reads
    as a personal name (人名; not ロンドン, a place's name)."""
    return _KATAKANA_RUN.fullmatch(surface) is not None and (
        "・" in surface or _unknown_word(surface) or _proper_word(surface, "人名"))


def _personal_name(surface: str) -> bool:
    """岸田 (大臣): a kanji word Sudachi reads as a personal name (人名), not an office (外務)."""
    return _KANJI_NAME.fullmatch(surface) is not None and _proper_word(surface, "人名")


def _proper_word(surface: str, kind: str = "") -> bool:
    """Sudachi reads the whole surface as proper nouns (ボルド: 固有名詞-人名)."""
    read = words(surface)
    return bool(read) and all(pos[1] == "固有名詞" and (not kind or pos[2] == kind) for pos, _ in read)


def _titled_names(text: str, ents: list[Entity], sdoc) -> list[Entity]:
    """A foreign name before a title that the model missed (バンサーン・ブンナーク駐日タイ大使): a katakana
    run with a ・, one Sudachi knows as a proper noun (ケーガン氏) or one its dictionary lacks
    (ブンナーク大使). Common katakana words before a title (デジタル大臣, エネルギー大臣) are none of these."""
    out = []
    for m in _KATAKANA_BEFORE_TITLE.finditer(text):
        s, e = m.span(1)
        if any(o.start < e and s < o.end for o in ents):
            continue
        span = sdoc.char_span(s, e, alignment_mode="expand") if sdoc is not None else None
        proper = bool(span) and all("固有名詞" in t.tag_ or t.tag_.startswith("補助記号") for t in span)
        if "・" in m.group(1) or proper or _unknown_word(m.group(1)):
            out.append(Entity(s, e, m.group(1), "PERSON", match="model", score=0.5))
    return out


def _unknown_word(surface: str) -> bool:
    """Not in Sudachi's dictionary (ブンナーク), so not a common word such as エネルギー or デジタル."""
    read = words(surface)
    return bool(read) and len(read) == 1 and read[0][1]


def _retyped(e: Entity, text: str) -> Entity:
    if not _unlinked(e):
        return e
    if e.type == "PERSON" and _ACRONYM.fullmatch(e.text):
        return replace(e, type="ORGANIZATION")
    if e.type == "PERSON" and _FACILITY_END.search(e.text):
        return replace(e, type="LOCATION")  # 横田基地: a base, not a person
    if e.type in _RETYPE_TO_PERSON and _KATAKANA_NAME.fullmatch(e.text) and text.startswith(_PERSON_AFTER, e.end):
        return replace(e, type="PERSON")
    return e


def _insert(ents: list[Entity], new: Entity) -> list[Entity]:
    """Add `new` unless an entity already covers it; entities inside it are replaced by it."""
    if any(e.start <= new.start and new.end <= e.end for e in ents):
        return ents
    if any(e.start < new.end and new.start < e.end and not (new.start <= e.start and e.end <= new.end)
           for e in ents):
        return ents  # crossing spans: keep what is there
    return [e for e in ents if not (new.start <= e.start and e.end <= new.end)] + [new]


def _retype_same(ents: list[Entity], new: Entity) -> list[Entity]:
    """An unlinked model entity on exactly the span of a new ORGANIZATION takes its type
    (GREENINE(東京都港区): the model's EVENT is a company)."""
    if new.type != "ORGANIZATION":
        return ents
    return [replace(e, type=new.type) if (e.start, e.end) == (new.start, new.end) and _unlinked(e) else e
            for e in ents]
