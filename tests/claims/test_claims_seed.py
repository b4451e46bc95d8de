"""Claims on the seed document, end to end: what a researcher checks in `documents.jsonl`.

Uses the session fixture `seed_run` (tests/conftest.py); claims are SPEC dicts whose subject/objects/
source are {text, entity_id, glossary_id, label_en, start, end}.
"""
from __future__ import annotations

import re

import pytest

from support import footnote_free, squeeze


def _claims(seed_run):
    return seed_run[2]["claims"]


def find(seed_run, predicate: str, contains: str) -> dict:
    """The one claim with ``predicate`` whose (whitespace-free) text contains ``contains``."""
    hits = [c for c in _claims(seed_run) if c["predicate"] == predicate and squeeze(contains) in squeeze(c["text"])]
    assert len(hits) == 1, (predicate, contains, [(c["predicate"], c["text"]) for c in _claims(seed_run)
                                                   if squeeze(contains) in squeeze(c["text"])])
    return hits[0]


def gid(arg) -> str | None:
    return arg["glossary_id"] if arg else None


def sentence_claims(seed_run, contains: str) -> list[dict]:
    """The claims of the sentence that contains ``contains`` (in original-text order)."""
    doc = seed_run[2]
    text = doc["text"]
    k = squeeze(text).index(squeeze(contains))
    pos = [i for i, ch in enumerate(text) if not ch.isspace()][k]  # original offset of the match
    s = text.rfind("。", 0, pos) + 1
    e = text.find("。", pos)
    return [c for c in doc["claims"] if s <= c["start"] and c["end"] <= e + 1]


# ---- evidence and placement ---------------------------------------------------------------------
def test_claim_text_is_its_evidence_and_arguments_lie_inside(seed_run):
    doc = seed_run[2]
    assert len(doc["claims"]) >= 140
    for c in doc["claims"]:
        assert footnote_free(doc, c["start"], c["end"]) == squeeze(c["text"]), c
        for a in [c["subject"], c["source"], *c["objects"]]:
            if a and a["start"] is not None:
                assert footnote_free(doc, a["start"], a["end"]) == squeeze(a["text"]), (c["text"], a)


HEADING_LINE = re.compile(r"^\s*(\d\.\s+\S.*|図\s*\d+\.\s.*|（単位.*|\s*Source:.*|\s*ASEAN Statistical Yearbook.*)$")


def test_no_claim_in_headings_captions_or_source_lines(seed_run):
    doc = seed_run[2]
    text, spans, pos = doc["text"], [], 0
    for line in text.split("\n"):
        if line.strip() and HEADING_LINE.match(line) and "。" not in line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    heads = [text[s:e].strip() for s, e in spans]
    assert "2. ウクライナ戦争までのロシアと ASEAN" in heads and any(h.startswith("図 1.") for h in heads)
    assert any(h.startswith("Source: SIPRI") for h in heads)
    for c in doc["claims"]:
        assert not any(c["start"] < e and s < c["end"] for s, e in spans), (c["text"], text[c["start"]:c["end"]])


def test_dates_and_quantities_are_those_inside_the_claim(seed_run):
    doc = seed_run[2]
    for c in doc["claims"]:
        inside_d = [(d["value"], d["earliest"], d["latest"]) for d in doc["dates"]
                    if c["start"] <= d["start"] and d["end"] <= c["end"]]
        assert [(d["value"], d["earliest"], d["latest"]) for d in c["dates"]] == inside_d, c["text"]
        inside_q = [(q["value"], q["unit"]) for q in doc["quantities"]
                    if c["start"] <= q["start"] and q["end"] <= c["end"] and q["kind"] != "unit_declaration"]
        assert sorted((q["value"], q["unit"]) for q in c["quantities"]) == sorted(inside_q), c["text"]


def test_sentence_final_footnotes_support_every_claim_of_their_sentence(seed_run):
    doc = seed_run[2]
    text, checked = doc["text"], 0
    for f in doc["footnotes"]:
        rest = squeeze(text[f["end"]:text.find("。", f["end"]) + 1])
        if rest not in ("。", "）。"):
            continue  # a mid-sentence marker (参加条件4のうち, 「…」3と述べており)
        s = text.rfind("。", 0, f["start"]) + 1
        claims = [c for c in doc["claims"] if s <= c["start"] and c["end"] <= f["start"]]
        assert claims, f
        assert all(f["n"] in c["footnotes"] for c in claims), (f["n"], [c["text"] for c in claims])
        checked += 1
    assert checked >= 15
    for c in doc["claims"]:  # and a marker never supports a claim of another sentence
        for n in c["footnotes"]:
            f = next(x for x in doc["footnotes"] if x["n"] == n)
            assert c["start"] < f["start"] and "。" not in text[c["end"]:f["start"]], (n, c["text"])


# ---- events, arguments, time and amounts --------------------------------------------------------
def test_tac_signing(seed_run):
    c = find(seed_run, "調印する", "東南アジア友好協力条約")
    assert gid(c["subject"]) == "country:rus"
    assert "agreement:tac" in [gid(o) for o in c["objects"]]
    assert [d["value"] for d in c["dates"]] == ["2004-11"]
    assert c["event_category"] == "sign_agree" and c["type"] == "event"
    host = find(seed_run, "開催する", "第一回ASEAN-ロシアサミットを開催した")
    assert gid(host["subject"]) == "country:rus" and [d["value"] for d in host["dates"]] == ["2005-12"]


def test_arms_sales_sentence_gives_two_claims(seed_run):
    reach, become = sentence_claims(seed_run, "108億7000万ドルに達し")
    assert (reach["predicate"], become["predicate"]) == ("達する", "なる")
    assert reach["quantities"] == [{"value": 10870000000, "unit": "USD"}] and reach["type"] == "quantitative"
    assert [d["value"] for d in reach["dates"]] == ["2000/2021"]
    assert reach["footnotes"] == [5] and become["footnotes"] == [5]


def test_indonesia_cancels_the_su35_order(seed_run):
    c = find(seed_run, "キャンセルする", "Su-35")
    assert gid(c["subject"]) == "country:idn" and c["polarity"] == "positive"
    assert [d["value"] for d in c["dates"]] == ["2021-12"] and c["footnotes"] == [7]
    assert c["event_category"] == "cancel_refuse"
    assert "product:su-35" in [gid(o) for o in c["objects"]]  # linked as the possessor of 発注
    assert c["type"] == "event"  # 11機 only modifies the order: not a quantitative claim


def test_cleft_gives_the_nominalised_predicate_and_the_focus_as_subject(seed_run):
    keep = find(seed_run, "維持する", "維持したのが東南アジア諸国連合")
    assert gid(keep["subject"]) == "org:asean"
    opened = find(seed_run, "開く", "ロシアに対話の扉を開き")
    assert gid(opened["subject"]) == "org:asean"
    assert "どちらの時期" not in [o["text"] for o in opened["objects"]]  # a time phrase, not an object
    bought = find(seed_run, "購入する", "継続的にロシアから武器を購入している")
    assert bought["subject"]["text"] == "ベトナムとミャンマー" and bought["figure"] == "図1"
    grew = find(seed_run, "拡大する", "協力が拡大していった")
    assert grew["subject"]["text"] == "協力" and [d["value"] for d in grew["dates"]] == ["201X"]


def test_subject_phrases_keep_their_head(seed_run):
    first = find(seed_run, "である", "第一次チェチェン戦争")
    assert first["subject"]["text"] == "一度目"
    assert [o["text"] for o in first["objects"]] == ["1994年から1996年頃までの時期"]  # the copula's complement
    stuck = find(seed_run, "行き詰まる", "外交が行き詰まり")
    assert stuck["subject"]["text"].endswith("「大西洋主義」外交")
    assert stuck["subject"]["glossary_id"] is None  # Atlanticism only modifies 外交
    raised = find(seed_run, "掲げられる", "協力拡大が一番に掲げられた")
    assert raised["subject"]["text"].endswith("協力拡大") and raised["subject"]["glossary_id"] is None
    assert [d["value"] for d in raised["dates"]] == ["2023-03"] and raised["footnotes"] == [1]
    assert find(seed_run, "考察する", "考察する")["subject"] is None  # the author; ロシアとASEANが is in a relative clause


# ---- modality, polarity, attribution ------------------------------------------------------------
def test_negation(seed_run):
    c = find(seed_run, "受け入れられる", "参加申請は受け入れられなかった")
    assert c["polarity"] == "negative" and c["modality"] == "asserted"
    c = find(seed_run, "非難する", "ロシアを非難せず")
    assert c["polarity"] == "negative" and gid(c["subject"]) == "country:vnm"
    assert find(seed_run, "支持する", "ロシアの立場を支持してはいない")["polarity"] == "negative"


def test_hedged_and_speculative(seed_run):
    c = find(seed_run, "重視する", "と見られる")
    assert (c["modality"], c["cue"]) == ("hedged", "と見られる") and not c["attributed"]
    c = find(seed_run, "かける", "可能性も否定できない")
    assert c["modality"] == "speculative" and "可能性も否定できない" in c["cue"] and c["polarity"] == "positive"
    assert find(seed_run, "ある", "「脱ロシア化」の動きもあるようだ")["modality"] == "hedged"
    assert find(seed_run, "限定される", "限定されるだろう")["modality"] == "speculative"


def test_reported_claims(seed_run):
    c = find(seed_run, "難しい", "先行研究は")
    assert c["attributed"] and c["type"] == "reported" and c["source"]["text"] == "先行研究"
    assert "指摘" in c["cue"] and c["footnotes"] == [2]
    c = find(seed_run, "近い", "ロシアの研究者も")
    assert c["attributed"] and c["source"]["text"] == "ロシアの研究者" and c["footnotes"] == [3]
    assert c["subject"]["text"] == "ロシアの東南アジアにおけるスタンス"
    c = find(seed_run, "支持する", "プーチン大統領は")
    assert c["attributed"] and gid(c["source"]) == "person:vladimir-putin" and c["cue"] == "と述べた"
    assert "country:chn" in [gid(o) for o in c["objects"]] and c["event_category"] == "support"
    c = find(seed_run, "なる", "と報道されており")
    assert c["attributed"] and c["cue"] == "と報道されて" and c["quantities"] == [{"value": 745000000, "unit": "USD"}]
    c = find(seed_run, "ある", "要請があったとされ")
    assert c["attributed"] and c["modality"] == "hedged" and c["cue"] == "とされる"
    c = find(seed_run, "遠い", "先行研究が指摘する通り")
    assert c["attributed"] and c["source"]["text"] == "先行研究"


def test_figure_reference(seed_run):
    assert find(seed_run, "増大する", "図2が示す通り")["figure"] == "図2"


@pytest.mark.parametrize("unit", ["度", "つ"])
def test_counts_of_discourse_items_are_not_quantitative(seed_run, unit):
    claims = [c for c in _claims(seed_run) if any(q["unit"] == unit for q in c["quantities"])]
    assert claims and all(c["type"] != "quantitative" for c in claims)


def test_type_counts_are_plausible(seed_run):
    types = [c["type"] for c in _claims(seed_run)]
    assert set(types) <= {"event", "quantitative", "evaluative", "reported"}
    assert types.count("reported") >= 6 and types.count("quantitative") >= 5 and types.count("evaluative") >= 15


# ---- regressions of the previous hand-check ---------------------------------------------------------
def test_actor_complement_and_copular_topic_on_the_seed(seed_run):
    become = find(seed_run, "なる", "最大の武器供給国となった")
    assert gid(become["subject"]) == "country:rus"  # not 武器の総額
    copula = find(seed_run, "である", "主な輸出先はベトナム、ミャンマーであり")
    assert copula["subject"]["text"] == "この間の主な輸出先"
    assert [(o["text"], gid(o)) for o in copula["objects"]] == [("ベトナム、ミャンマー", "country:vnm"),
                                                               ("ベトナム、ミャンマー", "country:mmr")]
    supply = find(seed_run, "供給する", "タイにも供給していた")
    assert gid(supply["subject"]) == "country:rus"  # not 輸出先


def test_mo_marked_relation_object_on_the_seed(seed_run):
    c = find(seed_run, "格上げする", "ベトナムとの関係も")
    assert gid(c["subject"]) == "country:rus"
    assert c["objects"][0]["text"] == "ベトナムとの関係"


def test_mono_dearu_and_evaluation_wrappers_on_the_seed(seed_run):
    c = find(seed_run, "支持する", "支持するものであると言える")
    assert (c["type"], c["modality"], c["attributed"], c["cue"]) == ("evaluative", "asserted", False, "と言える")
    assert find(seed_run, "共有する", "共有するものではなく")["polarity"] == "negative"
    c = find(seed_run, "レベルアップする", "ことが指摘できる")
    assert (c["type"], c["modality"], c["attributed"], c["cue"]) == ("evaluative", "asserted", False, "ことが指摘できる")
    assert gid(c["subject"]) == "org:asean"
    assert not [x for x in _claims(seed_run) if x["predicate"] in ("指摘できる", "ものである", "ミャンマーである")]


def test_coordinated_subjects_link_the_first_conjunct_on_the_seed(seed_run):
    c = find(seed_run, "務める", "カンボジアとタイがそれぞれ")
    assert c["subject"]["text"] == "カンボジアとタイ" and gid(c["subject"]) == "country:khm"
    c = find(seed_run, "購入する", "継続的にロシアから武器を購入している")
    assert gid(c["subject"]) == "country:vnm"
    c = find(seed_run, "遠い", "地理的も心理的にも遠い")
    assert c["subject"]["text"] == "ASEAN諸国とロシア" and gid(c["subject"]) == "org:asean"


# ---- issue 11: targets, conjuncts, when, events ----------------------------------------------------
def test_contract_with_russia_has_target_russia_on_the_seed(seed_run):
    c = find(seed_run, "やめる", "ロシアとの契約をやめている")
    assert [(gid(t), t["marker"]) for t in c["targets"]] == [("country:rus", "との")]


def test_supply_to_three_countries_has_three_linked_arguments_on_the_seed(seed_run):
    c = find(seed_run, "供給する", "インドネシア、マレーシア、タイにも供給していた")
    assert [gid(o) for o in c["objects"]] == ["country:idn", "country:mys", "country:tha"]
    events = [e for e in seed_run[2]["events"] if e["claim_id"] == c["id"]]
    assert [(e["source_actor"]["glossary_id"], e["target_actor"]["glossary_id"], e["event_type"]) for e in events] == [
        ("country:rus", "country:idn", "COOPERATE"), ("country:rus", "country:mys", "COOPERATE"),
        ("country:rus", "country:tha", "COOPERATE")]


def test_every_claim_has_a_when_or_no_date_before_it_on_the_seed(seed_run):
    doc = seed_run[2]
    first_date = min(d["start"] for d in doc["dates"])
    for c in doc["claims"]:
        if c["when"] is None:
            assert c["end"] <= first_date and doc["metadata"]["date"] is None, c["text"]
        else:
            assert c["when"]["source"] in ("explicit", "narrative", "document")
            assert (c["when"]["source"] == "explicit") == bool(c["dates"])


def test_event_claims_with_a_linked_subject_have_a_type_or_a_reason_on_the_seed(seed_run):
    doc = seed_run[2]
    linked = {c["id"] for c in doc["claims"] if c["type"] == "event" and gid(c["subject"])}
    events = [e for e in doc["events"] if e["claim_id"] in linked]
    assert {e["claim_id"] for e in events} == linked
    assert all(e["event_type"] or e["type_reason"] for e in events)
