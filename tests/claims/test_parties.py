"""Parties and actors of claims on fresh genres (claims9c): the と-party of a light verb or made the
topic (外相と議論をしたい, 長官とは会談した), a country with では as the place, not the actor, the
subject of a relative clause kept out of the main clause, 両首脳 / 両国 as the pair named before,
a named reporter's question asserting nothing, commentary verbs (…と論じる) as reports, and the
ASCII comma of MOFA records as a coordinator.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon
from pipeline.claims.coord import coordinated
from pipeline.inputs.corpus import RawDocument
from pipeline.records import Entity
from pipeline.run.document import process_document


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def claims_of(nlp, lexicon, text):
    return extract_claims(nlp(text), [], [], [], [], lexicon)


def processed(resources, text):
    return process_document(RawDocument("t.txt", "t", "utf-8", text), resources)


def the(claims, predicate):
    found = [c for c in claims if c.predicate.startswith(predicate)]
    assert found, [c.predicate for c in claims]
    return found[0]


# (sentence, the party that must be a target of the claim whose evidence holds it)
PARTY_CASES = [
    ("外務大臣は、カナダのジョリー外相とは電話で会談した。", "ジョリー外相"),      # と made the topic
    ("大臣は、英国の外相とお会いし、両国関係を確認した。", "外相"),              # honorific お…する
    ("首相は、ケニアの大統領と、貿易について協議をした。", "大統領"),           # する with a verbal noun
    ("長官は、韓国の国防相と、防衛協力について議論をしたいと述べた。", "国防相"),  # under a report
    ("大臣は、豪州の外相と、連携について議論をしたいと思います。", "外相"),      # under an opinion
]


@pytest.mark.parametrize("text, party", PARTY_CASES)
def test_the_to_party_of_a_meeting_is_a_target(nlp, lexicon, text, party):
    claims = [c for c in claims_of(nlp, lexicon, text) if party in c.text]
    assert claims and any(party in t.text for t in claims[0].targets), [(c.predicate, c.targets) for c in claims]


# X と する as a complement stays no party
@pytest.mark.parametrize("text, predicate, complement", [
    ("政府は、削減を最優先の目標とする。", "目標とする", "目標"),
    ("外相は、首都をドドマとすることを確認した。", "確認", "ドドマ"),
])
def test_a_complement_with_suru_is_no_target(nlp, lexicon, text, predicate, complement):
    claim = the(claims_of(nlp, lexicon, text), predicate)
    assert not any(complement in t.text for t in claim.targets), claim.targets


# a が-phrase opening a relative clause (past adjuncts) is that clause's subject, not the main one
@pytest.mark.parametrize("text, predicate, not_subject, subject", [
    ("両政府は、国防相が来月に訪日する方向で調整している。", "調整", "国防相", "政府"),
    ("首相は、大統領が就任したばかりのチリを訪問した。", "訪問", "大統領", "首相"),
])
def test_relative_clause_subject_is_not_the_main_subject(nlp, lexicon, text, predicate, not_subject, subject):
    claim = the(claims_of(nlp, lexicon, text), predicate)
    assert claim.subject is not None and subject in claim.subject.text and not_subject not in claim.subject.text


def test_a_country_with_de_wa_is_the_place_not_the_actor(resources):
    doc = processed(resources, "【外務大臣】トルコでは,外相と初めて会談を行います。防衛省では、訓練を実施しております。\n")
    meet = the(doc.claims, "会談")
    assert meet.subject is None or "トルコ" not in meet.subject.text
    drill = the(doc.claims, "実施")
    assert drill.subject is not None and "防衛省" in drill.subject.text  # an organisation with では acts


@pytest.mark.parametrize("text, predicate, pair", [
    ("岸田首相は5日、インドのモディ首相と会談した。両首脳は、経済協力を強化することで一致した。",
     "一致", {"Fumio Kishida", "Narendra Modi"}),
    ("日本とフィリピンは、協定に署名した。両国は、共同訓練を拡大する。", "拡大", {"Japan", "Philippines"}),
])
def test_ryo_subject_stands_for_the_pair_named_before(resources, text, predicate, pair):
    claim = the(processed(resources, text + "\n").claims, predicate)
    assert {s.label_en for s in claim.subjects} == pair
    assert claim.subject.label_en in pair


def test_ryo_subject_with_one_party_before_stays_unlinked(resources):
    claim = the(processed(resources, "モディ首相が来日した。両首脳は、協力を確認した。\n").claims, "確認")
    assert claim.subject is not None and claim.subject.glossary_id is None and not claim.subjects


def test_a_named_reporter_asks_and_asserts_nothing(resources):
    text = ("岸田外務大臣会見記録\n【朝日新聞 山田記者】昨日、ミサイルを発射しました。政府の対応をお願いします。\n"
            "【岸田外務大臣】強く抗議しました。\n")
    claims = processed(resources, text).claims
    fire = the(claims, "発射")
    assert fire.attributed and fire.subject is None
    assert the(claims, "抗議").subject is not None


@pytest.mark.parametrize("text, predicate", [
    ("研究員の田中は、両国が対話を再開すべきだと論じる。", "再開"),
    ("所長は、同盟を強化すべきだと説いた。", "強化"),
    ("首相は、会談の中で新たな対話の枠組みを設けると提案した。", "設ける"),
])
def test_commentary_verbs_report_their_content(nlp, lexicon, text, predicate):
    claim = the(claims_of(nlp, lexicon, text), predicate)
    assert claim.attributed and claim.source is not None


def _ent(text, name, type_="COUNTRY"):
    s = text.index(name)
    return Entity(id=f"E{s}", text=name, start=s, end=s + len(name), type=type_, glossary_id=f"country:{name}")


@pytest.mark.parametrize("text, a, b, expected", [
    ("ドイツ,フランス", "ドイツ", "フランス", True),      # MOFA records write the ASCII comma
    ("ドイツ，フランス", "ドイツ", "フランス", True),
    ("ドイツの首相,フランス", "ドイツ", "フランス", False),
])
def test_ascii_comma_coordinates(text, a, b, expected):
    assert coordinated(text, _ent(text, a), _ent(text, b)) is expected


def test_according_to_source_has_no_leading_comma(resources):
    claim = the(processed(resources, "また、政府関係者によると、両政府は首脳会談を開く方向で調整に入った。\n").claims, "入")
    assert claim.attributed and claim.source.text == "政府関係者"


def test_quote_speaker_is_not_the_subject_of_a_relative_clause(resources):
    text = "首相は13日、帰国した。米国が批判していた日本の自動車貿易をめぐり「日本は雇用に貢献している」と述べた。\n"
    claim = the(processed(resources, text).claims, "貢献")
    assert claim.attributed and "米国" not in (claim.source.text if claim.source else "")


def test_a_lone_kana_is_no_carried_subject(nlp, lexicon):
    claims = claims_of(nlp, lexicon, "首相は空港に到着した。まもなく大統領との会談に臨む。")
    assert all(c.subject is None or c.subject.text != "ま" for c in claims)


@pytest.mark.parametrize("text, predicate, speaker", [
    ("首相は番組で、「大きな成果があった」と語った。また、経済分野については「対応がよく分からなかった」と説明。",
     "分か", "首相"),
    ("外相は10日、記者団に「協議を続ける」と述べた。さらに、制裁については「検討していない」と強調した。",
     "検討", "外相"),
])
def test_a_report_with_no_speaker_in_its_sentence_is_the_previous_speakers(resources, text, predicate, speaker):
    claim = the(processed(resources, text + "\n").claims, predicate)
    assert claim.attributed and claim.source is not None and speaker in claim.source.text


def test_hearsay_takes_no_carried_speaker(resources):
    text = "首相は記者団に「交渉を続ける」と語った。両国の協議は来月再開されるとされる。\n"
    claim = the(processed(resources, text).claims, "再開")
    assert claim.source is None or "首相" not in claim.source.text


@pytest.mark.parametrize("text, predicate, linked", [
    ("我が国は、多国間主義を重視します。", "重視", True),
    ("わが国としては、対話を続けてまいります。", "続け", True),
    ("大統領は「我が国は屈しない」と述べた。", "屈", False),   # the quoted speaker's country
    ("大統領は「制裁は不当だ。我が国は屈しない」と述べた。", "屈", False),  # a quotation of two sentences too
])
def test_wagakuni_is_japan_outside_quotes(resources, text, predicate, linked):
    claim = the(processed(resources, text + "\n").claims, predicate)
    assert claim.subject is not None and (claim.subject.label_en == "Japan") is linked, claim.subject


@pytest.mark.parametrize("text, predicate", [
    ("首相は、その場で大統領から了解を取り付けたことも明かした。", "取り付け"),   # ことも, 明かす
    ("外相は、両国が協議を続けていることを公表した。", "続け"),
    ("大臣は、交渉が最終段階にあることを明らかにした。", "ある"),
])
def test_disclosure_verbs_report_the_disclosed_clause(nlp, lexicon, text, predicate):
    claim = the(claims_of(nlp, lexicon, text), predicate)
    assert claim.attributed and claim.source is not None and claim.source.text in ("首相", "外相", "大臣")


# a later は-topic after a clause has ended (…2度目で、) is the predicate's, wherever the parser hung it
@pytest.mark.parametrize("text, predicate, subject", [
    ("大統領との会談は去年以来2度目で、首相は情勢への対応をめぐって意見を交わし早期の沈静化が重要だという考えを伝えることにしている。",
     "伝え", "首相"),
    ("首相は、まもなくホワイトハウスで大統領との首脳会談に臨む。", "臨", "首相"),   # no lone ま of まもなく
    ("外相会合は今年で3回目で、大臣は地域情勢をめぐって各国と意見を交わし、連携を確認することにしている。", "確認", "大臣"),
])
def test_the_later_topic_after_a_finished_clause_is_the_subject(nlp, lexicon, text, predicate, subject):
    claim = the(claims_of(nlp, lexicon, text), predicate)
    assert claim.subject is not None and claim.subject.text == subject


def test_sentence_final_to_iu_is_hearsay(nlp, lexicon):
    claim = the(claims_of(nlp, lexicon, "両首脳は、対話を続けることで一致したという。"), "一致")
    assert claim.attributed and claim.source is None  # reportedly: no speaker
    naming = claims_of(nlp, lexicon, "この考え方を「戦略的互恵」という。")  # naming, not hearsay
    assert naming and not any(c.attributed for c in naming)


@pytest.mark.parametrize("text, predicate, resumed", [
    ("北朝鮮による度重なる挑発行動、これを強く非難します。", "非難", "挑発行動"),
    ("我が国の新たな支援策、これを着実に実施してまいります。", "実施", "我が国の新たな支援策"),
])
def test_resumptive_kore_is_the_phrase_it_takes_up(nlp, lexicon, text, predicate, resumed):
    claim = the(claims_of(nlp, lexicon, text), predicate)
    assert len(claim.objects) == 1 and claim.objects[0].text.endswith(resumed), claim.objects
