"""The dev-corpus scorer on small hand-made records: what counts as a match for each measure."""
import pytest

from pipeline.evaluate.corpus import alternatives, claim_fields, norm_label, predicate_matches, rates, score_document


@pytest.mark.parametrize("gold, predicted, expected", [
    ("述べ", "述べる", True),          # lemma of the form written in the text
    ("歓迎", "歓迎する", True),
    ("行っ", "行う", True),
    ("指摘|変わっ", "変わる", True),    # either alternative
    ("指摘|変わっ", "指摘する", True),
    ("訪問", "会談", False),
    ("表明", "3", False),               # a number is not the predicate
    ("増", "増加", True),
    ("占める", "占める", True),
    ("訪問", None, False),
])
def test_predicate_matches(gold, predicted, expected):
    assert predicate_matches(gold, predicted) is expected


@pytest.mark.parametrize("gold, predicted, context, expected", [
    ("あり", "ある", "特にありません", True),     # all kana: the dictionary form it has in its fragment
    ("あり", "ある", "", False),                 # no fragment, no reading
    ("なさ", "なす", "対応がなされた", True),      # なされた: なす in the passive
    ("なさ", "ある", "対応がなされた", False),
    ("ない", "ある", "問題はない", False),
])
def test_kana_predicates_compare_by_dictionary_form(gold, predicted, context, expected):
    assert predicate_matches(gold, predicted, context) is expected


@pytest.mark.parametrize("a, b", [
    ("Japan–Mexico Economic Partnership Agreement", "japan-mexico economic partnership agreement"),
    ("Patricia O’Brien", "Patricia O'Brien"),
    ("  South   Korea ", "South Korea"),
])
def test_labels_compare_without_case_dash_quote_or_spacing(a, b):
    assert norm_label(a) == norm_label(b)


def test_alternatives_split_on_bar():
    assert alternatives("Japan|South Korea") == {"japan", "south korea"}


GOLD = {
    "entities": [{"start": 0, "end": 2, "text": "岸田", "type": "PERSON", "label_en": "Fumio Kishida"},
                 {"start": 5, "end": 7, "text": "韓国", "type": "COUNTRY", "label_en": "South Korea"}],
    "dates": [{"start": 10, "end": 14, "text": "6月1日", "value": "2015-06-01", "kind": "date"}],
    "quantities": [{"start": 20, "end": 25, "text": "0.6%減", "value": 0.6, "unit": "percent"}],
    "claims": [{"start": 30, "end": 40, "text": "x" * 10, "predicate": "歓迎", "subject": "Fumio Kishida",
                "objects": ["South Korea"], "targets": [], "modality": "asserted", "polarity": "positive",
                "attributed": True, "source": "Fumio Kishida"}],
}


def test_a_perfect_document_scores_one_everywhere():
    doc = {
        "entities": [{"start": 0, "end": 2, "type": "PERSON", "glossary_id": "person:kishida", "label_en": "Fumio Kishida"},
                     {"start": 5, "end": 7, "type": "COUNTRY", "glossary_id": "country:kor", "label_en": "South Korea"}],
        "dates": [{"start": 10, "end": 14, "value": "2015-06-01"}],
        "quantities": [{"start": 20, "end": 24, "value": -0.6, "unit": "percent"}],
        "claims": [{"start": 28, "end": 45, "predicate": "歓迎する", "modality": "asserted", "polarity": "positive",
                    "attributed": True, "subject": {"label_en": "Fumio Kishida", "text": "岸田"},
                    "objects": [{"label_en": "South Korea", "text": "韓国"}], "source": {"label_en": "Fumio Kishida"}}],
    }
    r = rates(score_document(GOLD, doc))
    assert r["entity_f1"] == r["link_acc"] == r["date_acc"] == r["quantity_acc"] == 1.0
    assert r["claim_recall"] == r["claim_field_acc"] == 1.0


def test_right_label_without_glossary_link_is_unlinked_and_wrong_type_is_a_miss():
    doc = {"entities": [{"start": 0, "end": 2, "type": "PERSON", "glossary_id": None, "label_en": "Fumio Kishida"},
                        {"start": 5, "end": 7, "type": "LOCATION", "glossary_id": "country:kor", "label_en": "South Korea"}]}
    c = score_document(GOLD, doc)
    assert (c["entity_tp"], c["link_ok"]) == (1, 1)   # 韓国 is linked (any type) but typed wrong


def test_records_of_one_span_for_each_state_it_names_are_one_mention():
    gold = {"entities": [{"start": 0, "end": 2, "text": "日豪", "type": "COUNTRY", "label_en": "Japan|Australia"},
                         {"start": 3, "end": 5, "text": "米中", "type": "COUNTRY", "label_en": "United States|China"}],
            "dates": [], "quantities": [], "claims": []}
    doc = {"entities": [{"start": 0, "end": 2, "type": "COUNTRY", "glossary_id": "country:jpn", "label_en": "Japan"},
                        {"start": 0, "end": 2, "type": "COUNTRY", "glossary_id": "country:aus", "label_en": "Australia"},
                        {"start": 3, "end": 5, "type": "LOCATION", "glossary_id": None, "label_en": "Beichu"},
                        {"start": 3, "end": 5, "type": "COUNTRY", "glossary_id": "country:usa", "label_en": "United States"}]}
    c = score_document(gold, doc)
    assert (c["entity_tp"], c["entity_pred"], c["link_ok"]) == (2, 3, 2)  # 米中 typed twice: two mentions
    apart = {"entities": [{"start": 0, "end": 1, "text": "日", "type": "COUNTRY", "label_en": "Japan"},
                          {"start": 1, "end": 2, "text": "豪", "type": "COUNTRY", "label_en": "Australia"}],
             "dates": [], "quantities": [], "claims": []}
    c = score_document(apart, {"entities": doc["entities"][:2]})
    assert (c["entity_tp"], c["entity_pred"]) == (2, 2)  # a gold writing 日 and 豪 apart takes both records
    twice = [doc["entities"][0], dict(doc["entities"][0]),
             {"start": 0, "end": 2, "type": "COUNTRY", "glossary_id": "country:nzl", "label_en": "New Zealand"}]
    c = score_document({**gold, "entities": gold["entities"][:1]}, {"entities": twice})
    assert (c["entity_tp"], c["entity_pred"]) == (1, 3)  # the same id again, a state the gold does not name


def test_claim_needs_overlap_and_predicate_and_fields_are_checked_one_by_one():
    far = {"start": 50, "end": 60, "predicate": "歓迎"}
    other_verb = {"start": 30, "end": 40, "predicate": "会談"}
    assert score_document(GOLD, {"claims": [far, other_verb]})["claim_found"] == 0
    p = {"start": 30, "end": 40, "predicate": "歓迎", "modality": "hedged", "polarity": "positive",
         "attributed": False, "subject": None, "objects": [{"label_en": "South Korea"}], "source": None}
    assert claim_fields(GOLD["claims"][0], p) == {"subject": False, "arguments": True, "modality": False,
                                                 "polarity": True, "attributed": False, "source": False}


def test_missing_document_counts_gold_but_finds_nothing():
    c = score_document(GOLD, {})
    assert (c["entity_gold"], c["entity_tp"], c["claim_gold"], c["claim_found"]) == (2, 0, 1, 0)


def test_unlinked_subject_counts_by_the_gold_mention_it_covers_and_common_noun_arguments_are_ignored():
    p = {"start": 30, "end": 40, "predicate": "歓迎する", "modality": "asserted", "polarity": "positive",
         "attributed": True, "subject": {"text": "岸田大臣", "label_en": None, "start": 0, "end": 4},
         "objects": [{"text": "韓国", "label_en": None, "start": 5, "end": 7},
                     {"text": "協力", "label_en": None, "start": 8, "end": 10}],
         "source": "岸田"}
    fields = claim_fields(GOLD["claims"][0], p, GOLD["entities"])
    assert fields == dict.fromkeys(fields, True)


def test_gold_null_subject_wants_nothing_named():
    g = dict(GOLD["claims"][0], subject=None)
    named = {"subject": {"text": "韓国", "label_en": None, "start": 5, "end": 7}}
    common = {"subject": {"text": "概要", "label_en": None, "start": 11, "end": 13}}
    assert claim_fields(g, named, GOLD["entities"])["subject"] is False
    assert claim_fields(g, common, GOLD["entities"])["subject"] is True


def test_error_lines_name_every_miss_the_scores_count():
    # the miss list moved from bench/eval_dev.py into pipeline.evaluate (shared with `pipeline evaluate --dev`)
    from pipeline.evaluate import error_lines

    doc = {"entities": [{"start": 0, "end": 2, "text": "岸田", "type": "PERSON", "glossary_id": None, "label_en": None},
                        {"start": 8, "end": 9, "text": "日", "type": "COUNTRY"}],
           "dates": [{"start": 10, "end": 14, "text": "6月1日", "value": "2016-06-01"}],
           "claims": [{"start": 30, "end": 40, "predicate": "歓迎する", "modality": "hedged", "polarity": "positive",
                       "attributed": True, "subject": {"label_en": "Fumio Kishida"},
                       "objects": [{"label_en": "South Korea"}], "source": {"label_en": "Fumio Kishida"}}]}
    assert list(error_lines(GOLD, doc)) == [
        "LINK 岸田 want 'Fumio Kishida' got 岸田->None:None",
        "ENT-MISS 韓国 COUNTRY 5-7",
        "ENT-SPURIOUS 日 COUNTRY 8-9",
        "DATE 6月1日 want 2015-06-01 got ['6月1日=2016-06-01']",
        "QUANT 0.6%減 want 0.6 percent got []",
        "CLAIM-FIELDS pred 歓迎: modality want asserted got hedged",
    ]


def _date_doc(start, end, value):
    return {"dates": [{"start": start, "end": end, "value": value}]}


# text: 11月4日から5日まで訪日する (gold points 11月4日 at 0-5 and 5日 at 7-9)
@pytest.mark.parametrize("gold, predicted, credited", [
    ((0, 5, "2021-11-04"), (0, 12, "2021-11-04/2021-11-05"), True),   # start of an interval holding it
    ((7, 9, "2021-11-05"), (0, 12, "2021-11-04/2021-11-05"), True),   # the end
    ((7, 9, "2021-11-04"), (0, 12, "2021-11-04/2021-11-05"), False),  # the wrong end
    ((0, 5, "1989"), (0, 7, "1989/.."), True),                         # 1989年以降
    ((0, 5, "1989"), (0, 7, "../1989"), False),                        # 1989年まで: not the gold's side
    ((0, 5, "2017-05-10T11:45"), (0, 7, "2017-05-10T11:45~"), True),  # 11時45分頃: qualifier not scored
    ((0, 5, "2017-05-10"), (0, 7, "2017-05-11~"), False),
    ((4, 9, "2025-02-21T19:15"), (0, 9, "2025-02-21T19:15+09:00"), True),  # 日本時間: a zone the gold omits
    ((0, 5, "2025-02-21T19:15+09:00"), (0, 9, "2025-02-21T19:15+08:00"), False),  # the wrong zone
    ((0, 9, "2024-05-27T22/2024-05-28T03"), (0, 9, "2024-05-27T22+09:00/2024-05-28T03+09:00"), True),  # both ends
    ((0, 5, "2025-02-21T19:15"), (0, 9, "2025-02-21T20:15+09:00"), False),
    ((0, 5, "2021-11-04"), (3, 12, "2021-11-04/2021-11-05"), False),  # overlaps but does not hold it
    ((0, 2, "2019-08-27"), (0, 7, "2019-08-27T14:30"), True),   # 今日 of 今日午後2時半: the day before its time
    ((0, 2, "2019-08-28"), (0, 7, "2019-08-27T14:30"), False),  # another day
    ((2, 7, "2019-08-27"), (0, 7, "2019-08-27T14:30"), False),  # 午後2時半 is a time, not the day
    ((0, 3, "2019-08-29"), (0, 5, "2019-08-29T00/2019-08-29T06"), True),  # 29日 of 29日未明
    ((4, 7, "2025-02-21"), (0, 11, "2025-02-21T10:00+09:00"), True),  # 21日 of 日本時間21日午前10時
    ((4, 7, "2025-02-22"), (0, 11, "2025-02-21T10:00+09:00"), False),  # another day
    ((4, 11, "2025-02-21"), (0, 11, "2025-02-21T10:00+09:00"), False),  # 21日午前10時 is not the day alone
    # one clock time at two ISO 8601 precisions: 11時 = T11 = T11:00 (= T11:00:00), but not T11:30
    ((0, 4, "2016-02-07T11:00"), (0, 4, "2016-02-07T11"), True),
    ((0, 4, "2016-02-07T11"), (0, 4, "2016-02-07T11:00:00"), True),
    ((0, 4, "2016-02-07T11:30"), (0, 4, "2016-02-07T11"), False),
    ((0, 4, "T10:00"), (0, 4, "T10+09:00"), True),
    # a day with its part of the day (26日午後, 30日深夜): the gold writes the day, the prediction the part
    ((0, 5, "2016-09-26"), (0, 5, "2016-09-26T12/2016-09-26T24"), True),
    ((0, 5, "2016-09-30"), (0, 5, "2016-09-30T22/2016-10-01T05"), True),  # 深夜 runs past midnight
    ((0, 5, "2016-10-01"), (0, 5, "2016-09-30T22/2016-10-01T05"), False),  # its start's day only
    ((0, 5, "2016-09-26"), (0, 5, "2016-09-26T12/2016-09-28T12"), False),  # more than one day is no part
    # a month with its part (3月末, 下旬, 上旬, 前半): the gold writes the month
    ((0, 3, "2022-03"), (0, 3, "2022-03-21/2022-03-31"), True),
    ((0, 3, "2024-02"), (0, 3, "2024-02-16/2024-02-29"), True),
    ((0, 3, "2022-03"), (0, 3, "2022-03-05/2022-03-31"), False),  # no third or half of the month
    ((0, 3, "2022-04"), (0, 3, "2022-03-21/2022-04-10"), False),  # two months
])
def test_dates_credit_interval_endpoints_and_ignore_qualifiers(gold, predicted, credited):
    g = {"entities": [], "quantities": [], "claims": [],
         "dates": [{"start": gold[0], "end": gold[1], "text": "x", "value": gold[2], "kind": "date"}]}
    c = score_document(g, _date_doc(*predicted))
    assert c["date_ok"] == int(credited)


def test_a_link_counts_by_any_english_name_of_the_linked_entry_but_never_without_a_link():
    from pipeline.evaluate.corpus import english_names
    from pipeline.glossary import Glossary, GlossaryEntry

    glossary = Glossary([GlossaryEntry("org:mof-japan", "ORGANIZATION", "財務省", "Ministry of Finance of Japan",
                                       aliases_en=("Ministry of Finance (Japan)",)),
                         GlossaryEntry("org:g7", "ORGANIZATION", "主要7か国", "Group of Seven", aliases_ja=("G7",))])
    names = english_names(glossary)
    gold = {"entities": [{"start": 0, "end": 3, "text": "財務省", "type": "ORGANIZATION",
                          "label_en": "Ministry of Finance (Japan)"},
                         {"start": 4, "end": 6, "text": "G7", "type": "ORGANIZATION", "label_en": "G7"}],
            "dates": [], "quantities": [], "claims": []}
    linked = {"entities": [{"start": 0, "end": 3, "type": "ORGANIZATION", "glossary_id": "org:mof-japan",
                            "label_en": "Ministry of Finance of Japan"},
                           {"start": 4, "end": 6, "type": "ORGANIZATION", "glossary_id": "org:g7",
                            "label_en": "Group of Seven"}]}
    assert score_document(gold, linked)["link_ok"] == 0            # without the glossary: labels only
    assert score_document(gold, linked, names)["link_ok"] == 2     # 財務省 by aliases_en, G7 by its Latin alias
    wrong = {"entities": [dict(linked["entities"][0], glossary_id="org:g7"),
                          dict(linked["entities"][1], glossary_id=None)]}
    assert score_document(gold, wrong, names)["link_ok"] == 0      # another entry's names, or no link at all


def test_scoring_a_source_without_offsets_does_not_crash():
    # an unnamed reporter (Q: turns) is free text with no span: compared by its words, never overlapped
    g = dict(GOLD["claims"][0], source="reporter|記者")
    reporter = {"source": {"text": "記者", "label_en": None, "start": None, "end": None}}
    other = {"source": {"text": "司会", "label_en": None, "start": None, "end": None}}
    assert claim_fields(g, reporter, GOLD["entities"])["source"] is True
    assert claim_fields(g, other, GOLD["entities"])["source"] is False


@pytest.mark.parametrize("a, b, same", [
    ("か国", "カ国", True), ("ヶ国", "カ国", True), ("ヵ所", "か所", True), ("カ月", "ヶ月", True),
    ("カ国", "国", False), ("人", "人/km2", False), ("kL", "L", False), ("USD", "USD", True),
])
def test_quantity_units_compare_with_counter_spellings_alike(a, b, same):
    from pipeline.evaluate.corpus import same_unit
    assert same_unit(a, b) is same


# text: 予測は30億ドル～35億ドル (a range record 3-14, value 30億, value_max 35億)
@pytest.mark.parametrize("gold, credited", [
    ((3, 8, 3000000000), True),    # the low end
    ((9, 14, 3500000000), True),   # the high end, where the range ends
    ((3, 8, 3500000000), False),   # the high value at the low end's place
    ((9, 14, 3200000000), False),
])
def test_a_quantity_range_answers_a_gold_amount_at_either_end(gold, credited):
    g = {"entities": [], "dates": [], "claims": [],
         "quantities": [{"start": gold[0], "end": gold[1], "text": "x", "value": gold[2], "unit": "USD"}]}
    doc = {"quantities": [{"start": 3, "end": 14, "value": 3000000000, "value_max": 3500000000, "unit": "USD"}]}
    assert score_document(g, doc)["quantity_ok"] == int(credited)


def test_a_kana_gold_predicate_is_analysed_once_per_claim_not_once_per_candidate(monkeypatch):
    # corpus.py ran Sudachi over the claim's fragment for every overlapping prediction, with its own loader
    from pipeline import entities
    from pipeline.evaluate import corpus, predicates

    real, calls = entities.sudachi_tokenizer(), []

    class Counting:
        def tokenize(self, text):
            calls.append(text)
            return real.tokenize(text)

    monkeypatch.setattr(predicates, "sudachi_tokenizer", lambda: Counting())
    text = "政府は特にありませんと述べた。"
    gold = {"entities": [], "dates": [], "quantities": [], "claims": [
        {"text": "特にありません", "start": 3, "end": 10, "predicate": "あり", "subject": None, "objects": [],
         "targets": [], "modality": "asserted", "polarity": "positive", "attributed": False, "source": None}]}
    wrong = [{"start": 3, "end": 10 + i, "predicate": p} for i, p in enumerate(["述べる", "言う", "する"])]
    c = corpus.score_document(gold, {"text": text, "claims": wrong + [{"start": 3, "end": 10, "predicate": "ある"}]})
    assert c["claim_found"] == 1
    assert calls == ["特にありません"]


def _ent(text, start, end, typ="LOCATION", **kw):
    return {"text": text, "start": start, "end": end, "type": typ, **kw}


def test_two_gold_entities_under_one_prediction_are_one_hit_and_one_listed_miss():
    # the miss list credited any overlapping prediction, the score one prediction per gold entity:
    # 日米 predicted as one span over gold 日 and 米 scored one hit, and no miss was listed
    from pipeline.evaluate import error_lines
    from pipeline.evaluate.corpus import score_document

    gold = {"entities": [_ent("日", 0, 1, label_en="Japan"), _ent("米", 1, 2, label_en="United States")],
            "dates": [], "quantities": [], "claims": []}
    doc = {"text": "日米関係", "entities": [_ent("日米", 0, 2)]}
    c = score_document(gold, doc)
    lines = list(error_lines(gold, doc))
    assert (c["entity_gold"], c["entity_pred"], c["entity_tp"]) == (2, 1, 1)
    assert [line for line in lines if line.startswith("ENT-MISS")] == ["ENT-MISS 米 LOCATION 1-2  (got 日米/LOCATION)"]
    assert not [line for line in lines if line.startswith("ENT-SPURIOUS")]


def test_two_predictions_over_one_gold_entity_list_the_unmatched_one_as_spurious():
    from pipeline.evaluate import error_lines
    from pipeline.evaluate.corpus import score_document

    gold = {"entities": [_ent("東南アジア", 0, 5, label_en="Southeast Asia")], "dates": [], "quantities": [], "claims": []}
    doc = {"text": "東南アジア", "entities": [_ent("東南", 0, 2), _ent("東南アジア", 0, 5)]}
    c = score_document(gold, doc)
    spurious = [line for line in error_lines(gold, doc) if line.startswith("ENT-SPURIOUS")]
    assert c["entity_pred"] - c["entity_tp"] == 1
    assert spurious == ["ENT-SPURIOUS 東南 LOCATION 0-2"]


# arguments are compared by referent: a phrase and the named entity inside it are one referent
ARG_GOLD = {"entities": [{"start": 0, "end": 5, "text": "海上自衛隊", "type": "ORGANIZATION",
                          "label_en": "Japan Maritime Self-Defense Force"},
                         {"start": 20, "end": 22, "text": "米国", "type": "COUNTRY", "label_en": "United States"}]}
_PHRASE = {"text": "海上自衛隊との親善訓練", "label_en": None, "start": 0, "end": 11}
_ENTITY = {"text": "海上自衛隊", "label_en": "Japan Maritime Self-Defense Force", "start": 0, "end": 5}
_OTHER = {"text": "米国", "label_en": "United States", "start": 20, "end": 22}


@pytest.mark.parametrize("gold_args, predicted, expected", [
    (["Japan Maritime Self-Defense Force"], [_PHRASE, _ENTITY], True),   # the same referent twice
    (["Japan Maritime Self-Defense Force"], [_ENTITY], True),
    (["Japan Maritime Self-Defense Force"], [_PHRASE, _ENTITY, _OTHER], False),  # a second referent is extra
    (["Japan Maritime Self-Defense Force", "United States"], [_PHRASE, _ENTITY], False),  # one missing
    (["Japan Maritime Self-Defense Force", "United States"], [_PHRASE, _OTHER], True),
    ([], [_ENTITY], False),
])
def test_arguments_naming_one_referent_twice_count_once(gold_args, predicted, expected):
    g = dict(GOLD["claims"][0], objects=gold_args, targets=[])
    assert claim_fields(g, {"objects": predicted}, ARG_GOLD["entities"])["arguments"] is expected
