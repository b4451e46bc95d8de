"""Claims: sentence splitting and the lexicon (pure), then claim extraction over real sentences from
the seed document (corpus/000_3045bcbfc1055805.txt) and a few of our own, with one shared model."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.claims import extract_claims, load_event_lexicon
from pipeline.text.sentences import split_sentences
from pipeline.errors import ConfigError
from pipeline.records import DateMention, Entity, Quantity


# ---- pure: sentence spans ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("冷戦終結後、孤立した。二度目は悪化した。", ["冷戦終結後、孤立した。", "二度目は悪化した。"]),
        # a 。 inside 「…」 does not end the sentence
        ("公式見解は「当事者ではない。誰の側にも立たない。」というものである。次の文。",
         ["公式見解は「当事者ではない。誰の側にも立たない。」というものである。", "次の文。"]),
        # a 」 closing a quoted sentence at depth 0 ends it
        ("「戦争は終わった。」次の文である。", ["「戦争は終わった。」", "次の文である。"]),
        ("本当か？そうだ！", ["本当か？", "そうだ！"]),
        ("最後の文に句点が無い", ["最後の文に句点が無い"]),
        (" 前後の空白。 ", ["前後の空白。"]),
        # a stray 「 from PDF extraction must not swallow the paragraph
        ("「大西洋主義外交が行き詰まった。次の文である。", ["「大西洋主義外交が行き詰まった。", "次の文である。"]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


# ---- pure: the event lexicon --------------------------------------------------------------------
def test_default_lexicon_maps_lemmas_to_categories():
    lex = load_event_lexicon()
    assert lex["調印する"] == "sign_agree"
    assert lex["結ぶ"] == "sign_agree"
    assert lex["会談する"] == "meet_visit"
    assert lex["キャンセルする"] == "cancel_refuse"
    assert lex["格上げする"] == "upgrade_strengthen"
    assert lex["侵攻する"] == "invade_annex"


def test_lexicon_with_a_bad_key_names_the_file_and_key(tmp_path: Path):
    bad = tmp_path / "verbs.yaml"
    bad.write_text("sign_agree: 調印する\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"verbs\.yaml.*'sign_agree'"):
        load_event_lexicon(bad)


# ---- model-backed --------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def lexicon():
    return load_event_lexicon()


def run(nlp, lexicon, text, ents=(), dates=(), quants=(), notes=(), kind="paragraph"):
    """Claims of ``text``.  ents: (surface, id, label_en); dates: (surface, value);
    quants: (surface, value, unit); notes: (n, surface-before-marker) -> anchor after that surface."""
    doc = nlp(text)
    at = lambda s: (text.index(s), text.index(s) + len(s))  # noqa: E731
    entities = [Entity(*at(s), s, "OTHER", glossary_id=f"G-{i}" if lab else None, label_en=lab, id=i)
                for s, i, lab in ents]  # label None: a mention the glossary does not know
    ds = [DateMention(*at(s), s, v, None, None, id=f"D{k}") for k, (s, v) in enumerate(dates)]
    qs = [Quantity(*at(s), s, v, u, id=f"Q{k}") for k, (s, v, u) in enumerate(quants)]
    anchors = [(n, text.index(before) + len(before)) for n, before in notes]
    claims = extract_claims(doc, entities, ds, qs, anchors, lexicon, block_kind=kind)
    for c in claims:  # every record's evidence is its own span
        assert text[c.start:c.end] == c.text
        for a in [c.subject, c.source, *c.objects]:
            if a is not None and a.start is not None:
                assert text[a.start:a.end] == a.text
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    return claims


TAC = "ロシアは2004年11月に東南アジア友好協力条約（TAC）に調印し、2005年12月にクアラルンプールで第一回ASEAN-ロシアサミットを開催した。"


def test_coordinated_clauses_carry_the_subject_and_link_entities(nlp, lexicon):
    claims = run(nlp, lexicon, TAC,
                 ents=[("ロシア", "E1", "Russia"), ("東南アジア友好協力条約（TAC）", "E2", "Treaty of Amity and Cooperation")],
                 dates=[("2004年11月", "2004-11"), ("2005年12月", "2005-12")])
    assert [c.predicate for c in claims] == ["調印する", "開催する"]
    sign, host = claims
    assert sign.subject.entity_id == "E1" and sign.subject.label_en == "Russia"
    assert host.subject.entity_id == "E1"  # the omitted subject carries over
    assert "E2" in [o.entity_id for o in sign.objects]
    assert [d["value"] for d in sign.dates] == ["2004-11"] and [d["value"] for d in host.dates] == ["2005-12"]
    assert (sign.event_category, host.event_category) == ("sign_agree", "host")
    assert sign.type == "event" and sign.modality == "asserted" and sign.polarity == "positive"


def test_quantities_and_a_sentence_final_footnote_support_every_clause(nlp, lexicon):
    text = "2000年から2021年までの間にロシアが東南アジア諸国に売却した武器の総額は108億7000万ドルに達し、84億ドルのアメリカを超えて最大の武器供給国となった。"
    claims = run(nlp, lexicon, text, quants=[("108億7000万ドル", 10870000000, "USD"), ("84億ドル", 8400000000, "USD")],
                 notes=[(5, "となった")])
    assert [c.predicate for c in claims] == ["達する", "なる"]  # no claim from the relative clause 売却した
    assert claims[0].subject.text == "武器の総額"
    assert claims[0].quantities == ({"value": 10870000000, "unit": "USD"},)
    assert all(c.footnotes == (5,) for c in claims)
    # the amount the first clause asserts makes it quantitative; 84億ドルのアメリカ only modifies a noun
    assert [c.type for c in claims] == ["quantitative", "event"]
    assert claims[1].quantities == ({"value": 8400000000, "unit": "USD"},)


@pytest.mark.parametrize(
    "text, predicate, subject, category",
    [
        ("同様に、インドネシアもロシア製Su-35戦闘機11機の発注を2021年12月にキャンセルした。", "キャンセルする", "インドネシア", "cancel_refuse"),
        ("制裁を恐れたフィリピンは、潜水艦２隻の供給に関するロシアとの契約をやめている。", "やめる", "フィリピン", "cancel_refuse"),
        ("同年7月のASEAN外相会議で、ロシアはASEANの完全な対話国に昇格した。", "昇格する", "ロシア", "upgrade_strengthen"),
        ("ロシアは2011年6月に中国との関係を「包括的戦略連携パートナーシップ」に格上げしている。", "格上げする", "ロシア", "upgrade_strengthen"),
        ("最終的にロシアはG20に招待された。", "招待される", "ロシア", "meet_visit"),
    ],
)
def test_single_event_clauses(nlp, lexicon, text, predicate, subject, category):
    claims = run(nlp, lexicon, text)
    assert len(claims) == 1
    c = claims[0]
    assert (c.predicate, c.subject.text, c.event_category) == (predicate, subject, category)
    assert not c.attributed and c.polarity == "positive"


def test_quotation_with_a_research_source_is_one_reported_claim(nlp, lexicon):
    text = ("東南アジアから見たロシアの役割について論じた先行研究は、「経済関係が希薄であり、"
            "現在の関与のレベルを超えるのは難しい」と指摘している。")
    claims = run(nlp, lexicon, text, notes=[(2, "と指摘している")])
    assert len(claims) == 1  # 希薄であり、 inside the quotation is not a claim of its own
    c = claims[0]
    assert (c.predicate, c.type, c.attributed) == ("難しい", "reported", True)
    assert c.source.text == "先行研究" and c.source.entity_id is None
    assert c.cue == "と指摘している"
    assert c.footnotes == (2,)


def test_mid_sentence_footnote_supports_only_its_clause(nlp, lexicon):
    text = ("他方で、ロシアの研究者も、「ロシアの東南アジアにおけるスタンスは、中国やアメリカよりもインドに近い」"
            "と述べており、一定の距離がある関係という認識は概ね一致している。")
    claims = run(nlp, lexicon, text, notes=[(3, "インドに近い」")])
    assert [c.predicate for c in claims] == ["近い", "一致する"]
    said, agreed = claims
    assert said.attributed and said.source.text == "ロシアの研究者" and said.cue == "と述べて"
    assert said.subject.text == "ロシアの東南アジアにおけるスタンス"
    assert said.footnotes == (3,) and agreed.footnotes == ()
    assert not agreed.attributed and agreed.subject.text == "関係という認識"


def test_indirect_speech_source_is_the_speaker_entity(nlp, lexicon):
    text = "プーチン大統領はこの判決を認めない中国の立場を支持する、と述べた。"
    claims = run(nlp, lexicon, text, ents=[("プーチン大統領", "E9", "Vladimir Putin"), ("中国", "E3", "China")])
    assert len(claims) == 1
    c = claims[0]
    assert (c.predicate, c.cue, c.event_category, c.type) == ("支持する", "と述べた", "support", "reported")
    assert c.source.entity_id == "E9" and c.subject.entity_id == "E9"
    assert [o.entity_id for o in c.objects] == ["E3"]


@pytest.mark.parametrize(
    "text, predicate, modality, polarity, cue, attributed",
    [
        ("ASEAN側としては中国の海洋進出に対するバランスのためにロシアとの関係を重視していると見られる。",
         "重視する", "hedged", "positive", "と見られる", False),
        ("当然のことながら「脱ロシア化」の動きもあるようだ。", "ある", "hedged", "positive", "ようだ", False),
        ("中国側が南シナ海でのロシアの行動に圧力をかけてくる可能性も否定できない。",
         "かける", "speculative", "positive", "可能性も否定できない", False),
        ("インドネシアとのFTAが実現すれば、大ユーラシア・パートナーシップにとって活力となるだろう。",
         "活力となる", "speculative", "positive", "だろう", False),
        ("しかし一方で、同時に開催された第一回東アジアサミットへの参加申請は受け入れられなかった。",
         "受け入れられる", "asserted", "negative", None, False),
        ("北京はベトナムとの関係でロシアの行動に干渉することはなかった。", "干渉する", "asserted", "negative", None, False),
        ("ちなみに、非友好国に指定された日本、韓国への言及は無い。", "無い", "asserted", "negative", None, False),
        ("ロシアの割合は0.4%に過ぎない。", "0.4%に過ぎない", "asserted", "positive", None, False),
    ],
)
def test_modality_and_polarity(nlp, lexicon, text, predicate, modality, polarity, cue, attributed):
    claims = run(nlp, lexicon, text)
    c = claims[-1]
    assert (c.predicate, c.modality, c.polarity, c.attributed) == (predicate, modality, polarity, attributed)
    assert (cue in (c.cue or "")) if cue else c.cue is None


def test_evaluations_through_to_ieru(nlp, lexicon):
    strong = run(nlp, lexicon, "ロシアの経済的プレゼンス自体は小さいと言わざるを得ない。")[-1]
    assert (strong.predicate, strong.type, strong.modality, strong.polarity) == ("小さい", "evaluative", "asserted", "positive")
    assert strong.cue == "と言わざるを得ない"
    soft = run(nlp, lexicon, "これは一定の成果を上げたと言えるだろう。")[-1]
    assert (soft.predicate, soft.type, soft.modality) == ("上げる", "evaluative", "speculative")
    assert "と言える" in soft.cue and soft.subject.text == "これ"


def test_reported_by_passive_and_toshite_sareru(nlp, lexicon):
    text = "予算収入は、7億4500万ドルの増収になると報道されており、ロシア経済の東方シフトに大きく貢献している。"
    reported, contributed = run(nlp, lexicon, text, quants=[("7億4500万ドル", 745000000, "USD")])
    assert reported.attributed and reported.source is None and reported.cue == "と報道されて"
    assert reported.subject.text == "予算収入" and reported.quantities == ({"value": 745000000, "unit": "USD"},)
    assert not contributed.attributed and contributed.predicate == "貢献する"

    text = "ウクライナやアメリカからロシアの参加を拒否するよう要請があったとされ、議長国であったインドネシアは難しい判断を迫られた。"
    said, pressed = run(nlp, lexicon, text)
    assert (said.attributed, said.modality, said.cue, said.predicate) == (True, "hedged", "とされる", "ある")
    assert (pressed.predicate, pressed.subject.text, pressed.attributed) == ("迫られる", "インドネシア", False)


def test_negated_coordinated_clauses_share_the_subject(nlp, lexicon):
    claims = run(nlp, lexicon, "ベトナムはウクライナに侵攻したロシアを非難せず、制裁にも加わっていない。",
                 ents=[("ベトナム", "E5", "Vietnam")])
    assert [c.predicate for c in claims] == ["非難する", "加わる"]
    assert all(c.polarity == "negative" and c.subject.entity_id == "E5" for c in claims)
    assert claims[0].event_category == "criticize"


def test_dewa_naku_negates_only_its_own_clause(nlp, lexicon):
    text = ("ロシアとASEANの関係は、アメリカとの対抗というロシアの戦略的立場を共有するものではなく、"
            "ASEANが重視する規範を支持するものである。")
    claims = run(nlp, lexicon, text)
    # …するものである is read through to the verb of its relative clause
    assert [(c.predicate, c.polarity) for c in claims] == [("共有する", "negative"), ("支持する", "positive")]
    assert [o.text for o in claims[0].objects] == ["アメリカとの対抗というロシアの戦略的立場"]


def test_sentence_level_attribution_and_figure(nlp, lexicon):
    c = run(nlp, lexicon, "先行研究が指摘する通り、ASEAN諸国とロシアは地理的にも心理的にも遠い。")[-1]
    assert (c.predicate, c.attributed, c.source.text, c.type) == ("遠い", True, "先行研究", "reported")
    c = run(nlp, lexicon, "報道によると、ロシアはミャンマーに戦闘機を供給した。")[-1]
    assert (c.attributed, c.source.text, c.cue, c.event_category) == (True, "報道", "によると", "supply_trade")
    claims = run(nlp, lexicon, "図1の通り、継続的にロシアから武器を購入しているのはベトナムとミャンマーのみである。")
    assert claims and all(c.figure == "図1" for c in claims)
    assert run(nlp, lexicon, "図2が示す通り、特に2010年代前半にロシアとの貿易が増大した。")[-1].figure == "図2"


def test_misattached_renyou_clauses_are_still_split(nlp, lexicon):
    # GiNZA attaches 開催し to the relative clause 強化していく; the surface 連用形 + 、 still splits it.
    text = ("2016年5月にロシアとASEANは対話国20周年を記念して、ソチでASEAN-ロシアサミットを開催し、"
            "対話パートナーシップを戦略的パートナーシップに向けて強化していくことを宣言した。")
    claims = run(nlp, lexicon, text)
    assert [c.predicate for c in claims][-2:] == ["開催する", "宣言する"]
    assert all(c.subject.text == "ロシアとASEAN" for c in claims)


def test_compound_particles_and_questions_make_no_claims(nlp, lexicon):
    claims = run(nlp, lexicon, "政権一期目の後半から二期目にかけて、プーチンは東南アジアで積極的な首脳外交を展開した。")
    assert [c.predicate for c in claims] == ["展開する"]
    assert run(nlp, lexicon, "2018年にロシアとASEANが戦略的パートナーシップを宣言したのはなぜだろうか。") == []


def test_non_paragraph_blocks_yield_nothing(nlp, lexicon):
    assert run(nlp, lexicon, "2. ウクライナ戦争までのロシアとASEAN", kind="heading") == []
    assert run(nlp, lexicon, "Source: SIPRI Arms Transfers Database", kind="source") == []


def test_topic_carries_into_the_next_sentence_without_a_subject(nlp, lexicon):
    text = "2000年代に入ると、ロシアはASEANとの対話メカニズムの発展に力を入れ始める。" + TAC[4:]
    claims = run(nlp, lexicon, text, ents=[("ロシア", "E1", "Russia")])
    assert [c.predicate for c in claims][-2:] == ["調印する", "開催する"]
    assert all(c.subject is not None and c.subject.entity_id == "E1" for c in claims)


# ---- clefts, topics and the entity-link policy ----------------------------------------------------
def test_cleft_reads_the_nominalised_predicate_with_the_focus_as_subject(nlp, lexicon):
    text = "どちらの時期にも、ロシアに対話の扉を開き、維持したのが東南アジア諸国連合（ASEAN）であった。"
    claims = run(nlp, lexicon, text, ents=[("東南アジア諸国連合（ASEAN）", "E1", "ASEAN"), ("ロシア", "E2", "Russia")])
    assert [c.predicate for c in claims] == ["開く", "維持する"]
    assert all(c.subject is not None and c.subject.entity_id == "E1" for c in claims)
    assert [o.text for o in claims[0].objects] == ["ロシア", "対話の扉"]  # どちらの時期にも is a time phrase
    # a time focus leaves the subject to the nominalised clause
    c = run(nlp, lexicon, "ロシアがASEANとの関係構築に取り組むのは1990年代半ばからである。",
            dates=[("1990年代半ば", "199X")])[-1]
    assert (c.predicate, c.subject.text, c.type) == ("取り組む", "ロシア", "event")


def test_topic_of_the_sentence_beats_a_subject_inside_an_earlier_clause(nlp, lexicon):
    text = "一度目は欧米志向の「大西洋主義」外交が行き詰まり、第一次チェチェン戦争に突入した1994年から1996年頃までの時期である。"
    claims = run(nlp, lexicon, text, ents=[("大西洋主義", "E1", "Atlanticism")])
    assert [(c.predicate, c.subject.text) for c in claims] == [
        ("行き詰まる", "欧米志向の「大西洋主義」外交"), ("である", "一度目")]
    assert [o.text for o in claims[1].objects] == ["1994年から1996年頃までの時期"]
    assert claims[0].subject.entity_id is None  # the entity only modifies the head 外交


def test_entity_links_head_or_genitive_possessor_only(nlp, lexicon):
    text = "ちなみに、非友好国に指定された日本、韓国への言及は無い。ロシアの研究者も、それを認めた。"
    ents = [("日本", "E1", "Japan"), ("韓国", "E2", "South Korea"), ("ロシア", "E3", "Russia")]
    first, second = run(nlp, lexicon, text, ents=ents)
    assert first.subject.text == "日本、韓国への言及" and first.subject.entity_id is None
    assert second.subject.text == "ロシアの研究者" and second.subject.entity_id == "E3"  # affiliation
    c = run(nlp, lexicon, "プーチン大統領は中国を訪問した。", ents=[("プーチン", "E4", "Vladimir Putin")])[-1]
    assert c.subject.text == "プーチン大統領" and c.subject.entity_id == "E4"  # a title after the name


def test_subjects_inside_relative_or_whether_clauses_are_not_the_main_subject(nlp, lexicon):
    c = run(nlp, lexicon, "以下では、ロシアとASEANが戦略的パートナーシップを宣言するに至る背景について考察する。")[-1]
    assert c.predicate == "考察する" and c.subject is None
    c = run(nlp, lexicon, "この規模を維持できるかどうかは、ASEAN諸国が輸入を継続するかどうかにかかっている。")[-1]
    assert c.predicate == "かかる" and c.subject.text == "この規模を維持できるかどうか"


def test_ippou_splits_two_contrasted_clauses(nlp, lexicon):
    claims = run(nlp, lexicon, "NATOの東方拡大の動きが始まる一方、旧ソ連地域におけるロシアの求心力は低下していた。")
    assert [c.predicate for c in claims] == ["始まる", "低下する"]
    assert claims[0].subject.text == "NATOの東方拡大の動き"


# ---- regressions of the previous hand-check --------------------------------------------------------
ARMS = ("2000年から2021年までの間にロシアが東南アジア諸国に売却した武器の総額は108億7000万ドルに達し、"
        "84億ドルのアメリカを超えて最大の武器供給国となった。")
ARMS_ENTS = [("ロシア", "E1", "Russia"), ("ベトナム", "E2", "Vietnam"), ("ミャンマー", "E3", "Myanmar"),
             ("インドネシア", "E4", "Indonesia")]


def test_actor_complement_takes_the_agent_of_the_relative_clause_not_the_topic(nlp, lexicon):
    reach, become = run(nlp, lexicon, ARMS, ents=ARMS_ENTS[:1])
    assert (reach.predicate, reach.subject.text) == ("達する", "武器の総額")
    # only an actor can become a 供給国: the agent of 売却した inside the topic phrase
    assert (become.predicate, become.subject.text, become.subject.entity_id) == ("なる", "ロシア", "E1")


def test_copular_topic_does_not_carry_into_an_action_verb(nlp, lexicon):
    text = ARMS + "この間の主な輸出先はベトナム、ミャンマーであり、インドネシア、マレーシア、タイにも供給していた。"
    *_, copula, supply = run(nlp, lexicon, text, ents=ARMS_ENTS)
    assert (copula.predicate, copula.subject.text) == ("である", "この間の主な輸出先")
    # one argument per conjunct, each with the whole phrase as its text
    assert [(o.text, o.entity_id) for o in copula.objects] == [("ベトナム、ミャンマー", "E2"), ("ベトナム、ミャンマー", "E3")]
    assert copula.type == "evaluative"
    assert supply.predicate == "供給する" and supply.subject.entity_id == "E1"  # not 輸出先


def test_copula_keeps_property_words_and_reads_through_mono(nlp, lexicon):
    c = run(nlp, lexicon, "ロシアにとっても武器市場の維持の観点からミャンマーは重要である。")[-1]
    assert c.predicate == "重要である" and c.objects == ()
    c = run(nlp, lexicon, "現在、ミャンマーにとってロシアは最大の武器供給国である。", ents=[("ロシア", "E1", "Russia")])[-1]
    # a predicate nominal is the content predicate (not である + the noun as an object)
    assert (c.predicate, c.subject.entity_id, [o.text for o in c.objects]) == ("武器供給国である", "E1", [])
    c = run(nlp, lexicon, "ロシアの公式見解は「当事者ではなく、誰の側にも立たない」というものである。")[-1]
    assert c.predicate == "である" and c.polarity == "positive"  # the quotation is the complement, not read through
    assert c.objects[0].text == "「当事者ではなく、誰の側にも立たない」というもの"


def test_mo_marked_relation_is_the_object_of_a_transitive_verb(nlp, lexicon):
    text = ("ロシアは2011年6月に中国との関係を「包括的戦略連携パートナーシップ」に格上げしている。"
            "その一方で、南シナ海の領有権問題で中国と対立するベトナムとの関係も、2012年7月に「包括的戦略的パートナーシップ」に格上げしている。")
    first, second = run(nlp, lexicon, text, ents=[("ロシア", "E1", "Russia")])
    assert second.predicate == "格上げする" and second.subject.entity_id == "E1"  # carried from the previous sentence
    assert [o.text for o in second.objects][0] == "ベトナムとの関係"
    c = run(nlp, lexicon, "ベトナムとの関係も悪化した。")[-1]  # an intransitive verb: the も-phrase stays the subject
    assert c.subject.text == "ベトナムとの関係"


def test_koto_ga_shiteki_dekiru_is_the_authors_evaluation(nlp, lexicon):
    text = ("2000年代に入ってからの傾向としては、中国の海洋進出を警戒するASEAN諸国は、"
            "ロシアとの二国間・多国間関係をレベルアップしてきたことが指摘できる。")
    c = run(nlp, lexicon, text, ents=[("ASEAN", "E1", "ASEAN")])[-1]
    assert (c.predicate, c.type, c.modality, c.attributed) == ("レベルアップする", "evaluative", "asserted", False)
    assert c.cue == "ことが指摘できる" and c.subject.entity_id == "E1"
    c = run(nlp, lexicon, "ロシアは東南アジアで影響力を強めたと指摘できる。")[-1]
    assert (c.predicate, c.type, c.attributed, c.cue) == ("強める", "evaluative", False, "と指摘できる")
    c = run(nlp, lexicon, "ロシアは東南アジアで影響力を強めたと指摘している。")[-1]
    assert c.attributed and c.type == "reported"  # a report, not the author's evaluation


def test_coordinated_subject_links_the_first_conjunct(nlp, lexicon):
    text = "カンボジアとタイがそれぞれASEAN、APECの議長国を務めており、ロシアの参加は維持された。"
    ents = [("カンボジア", "E1", "Cambodia"), ("タイ", "E2", "Thailand"), ("ASEAN", "E3", "ASEAN"), ("APEC", "E4", "APEC")]
    c = run(nlp, lexicon, text, ents=ents)[0]
    assert c.predicate == "務める"
    assert (c.subject.text, c.subject.entity_id) == ("カンボジアとタイ", "E1")  # subject: the first conjunct
    assert [(a.text, a.entity_id) for a in c.subjects] == [("カンボジアとタイ", "E1"), ("カンボジアとタイ", "E2")]
    c = run(nlp, lexicon, "ASEAN諸国とロシアは地理的にも心理的にも遠い。", ents=[("ASEAN", "E3", "ASEAN"), ("ロシア", "E5", "Russia")])[-1]
    assert (c.subject.text, c.subject.entity_id) == ("ASEAN諸国とロシア", "E3")
    assert [a.entity_id for a in c.subjects] == ["E3", "E5"]


def test_misparsed_compound_keeps_the_whole_phrase(nlp, lexicon):
    text = ("欧米の企業が投資を控えてきた一方、ソ連時代から実績のあるロシアのエネルギー企業は、"
            "ベトナムやインドネシアとの協力を進めてきた。")
    c = run(nlp, lexicon, text)[-1]
    assert (c.predicate, c.subject.text) == ("進める", "ロシアのエネルギー企業")


def test_document_setting_of_a_later_clause_is_the_subject(nlp, lexicon):
    text = ("このような状況を反映し、2023年3月に改定された「ロシア連邦の対外政策概念」では、"
            "ASEAN諸国との協力拡大が一番に掲げられた。")
    reflect, raised = run(nlp, lexicon, text)
    assert (reflect.predicate, reflect.subject.text) == ("反映する", "「ロシア連邦の対外政策概念」")


def test_concessive_clause_takes_the_later_topic(nlp, lexicon):
    text = "武器輸出ほど注目されていないが、ロシアは南シナ海での海底資源開発において重要なプレーヤーでもある。"
    noticed, player = run(nlp, lexicon, text, ents=[("ロシア", "E1", "Russia")])
    assert (noticed.predicate, noticed.polarity, noticed.subject.entity_id) == ("注目される", "negative", "E1")
    assert (player.predicate, [o.text for o in player.objects]) == ("プレーヤーである", [])


def test_coordinated_noun_phrases_the_parser_split_stay_whole(nlp, lexicon):
    c = run(nlp, lexicon, "また、既存のビザなし交流制度を活用した人的交流の拡大や、バリ島への直行便の再開などが議論された。")[-1]
    assert (c.predicate, c.subject.text) == ("議論される", "人的交流の拡大や、バリ島への直行便の再開")


def test_copular_topic_with_a_possessor_hands_the_possessor_to_the_action(nlp, lexicon):
    text = "ベトナムの主な輸入先はロシアであり、中国からも武器を購入している。これはロシアが望むものである。"
    ents = [("ベトナム", "E1", "Vietnam"), ("ロシア", "E2", "Russia")]
    copula, bought, wanted = run(nlp, lexicon, text, ents=ents)
    assert (copula.predicate, copula.subject.entity_id, [o.text for o in copula.objects]) == ("である", "E1", ["ロシア"])
    assert (bought.predicate, bought.subject.text, bought.subject.entity_id) == ("購入する", "ベトナム", "E1")
    # a relative clause with its own subject is not read through: これ stays the subject
    assert (wanted.predicate, wanted.subject.text, [o.text for o in wanted.objects]) == ("である", "これ", ["ロシアが望むもの"])


# ---- held-out regressions -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, ents, subject",
    [
        ("2024年1月、習近平国家主席はベトナムを訪問した。", [("習近平", "P1", "Xi Jinping")], "習近平国家主席"),
        ("ベトナムを訪問した中国の習近平国家主席はハノイで会談した。",
         [("中国", "C1", "China"), ("習近平", "P1", "Xi Jinping")], "中国の習近平国家主席"),
        ("岸田内閣総理大臣はマニラで会談した。", [("岸田", "P1", "Fumio Kishida")], "岸田内閣総理大臣"),
        # 米大統領 is itself an (unlinked) mention: the named holder still wins
        ("バイデン米大統領は中国を訪問した。", [("バイデン", "P1", "Joe Biden"), ("米大統領", "X1", None)], "バイデン米大統領"),
    ],
)
def test_title_compound_subject_links_the_person_not_the_country(nlp, lexicon, text, ents, subject):
    c = run(nlp, lexicon, text, ents=ents)[0]
    assert (c.subject.text, c.subject.entity_id) == (subject, "P1")


def test_koto_to_sareta_is_a_decision_not_a_hedge(nlp, lexicon):
    text = "防衛力整備計画においては、整備の水準を、おおむね４３兆円程度とすることとされた。"
    [c] = run(nlp, lexicon, text, quants=[("４３兆円程度", 43e12, "JPY")])
    assert (c.modality, c.attributed, c.cue, c.type) == ("asserted", False, None, "quantitative")
    assert c.predicate == "する" and [o.text for o in c.objects] == ["整備の水準"]
    # a clause + と + される stays a hedged, attributed report
    [h] = run(nlp, lexicon, "ロシアは最大の供給国であるとされる。")
    assert (h.modality, h.attributed, h.cue) == ("hedged", True, "とされる")


def test_daro_inside_a_quoted_report_keeps_the_verb_predicate(nlp, lexicon):
    [c] = run(nlp, lexicon, "専門家は「その余地は狭まるだろう」と指摘する。")
    assert (c.predicate, c.modality, c.attributed, c.source.text) == ("狭まる", "speculative", True, "専門家")


def test_abbreviation_definition_in_brackets_is_no_claim_and_steals_no_date(nlp, lexicon):
    text = "2023年12月、政府安全保障能力強化支援（以下「ＯＳＡ」という。）により、フィリピンに対し沿岸監視レーダーを供与する旨の書簡の交換を行った。"
    [c] = run(nlp, lexicon, text, dates=[("2023年12月", "2023-12")])
    assert c.predicate == "交換を行う" and [d["value"] for d in c.dates] == ["2023-12"]


def test_reporting_verb_in_a_relative_clause_over_the_source_with_mo_iru(nlp, lexicon):
    [c] = run(nlp, lexicon, "今後10年程度の間に、国境貿易は年2～3割増えると予測する専門家もいる。")
    assert (c.predicate, c.attributed, c.source.text, c.type) == ("増える", True, "専門家", "reported")
    assert c.subject.text == "国境貿易"


def test_time_noun_with_koso_is_not_the_subject(nlp, lexicon):
    text = "マルコス大統領は就任当初こそ「全方位外交」を掲げたが、2023年以降は連携を強めている。"
    raised, _ = run(nlp, lexicon, text, ents=[("マルコス", "P1", "Ferdinand Marcos Jr.")])
    assert (raised.predicate, raised.subject.text, raised.subject.entity_id) == ("掲げる", "マルコス大統領", "P1")


def test_bracket_inside_a_noun_phrase_never_ends_a_clause(nlp, lexicon):
    text = "2014年5月に中国が西沙（パラセル）諸島近海で石油掘削装置を設置し、南沙（スプラトリー）諸島で埋め立てを進めた。"
    built, reclaimed = run(nlp, lexicon, text)
    assert built.text.endswith("設置し") and reclaimed.text == "南沙（スプラトリー）諸島で埋め立てを進めた"


@pytest.mark.parametrize(
    "text, obj",
    [
        ("令和５年１２月１４日に「グローバル戦闘航空プログラム（ＧＣＡＰ）政府間機関の設立に関する条約」に署名した。",
         "「グローバル戦闘航空プログラム（ＧＣＡＰ）政府間機関の設立に関する条約」"),
        ("上川陽子外相がマニラで日比円滑化協定（Reciprocal Access Agreement、RAA）に署名した。",
         "日比円滑化協定（Reciprocal Access Agreement、RAA）"),
    ],
)
def test_object_titles_keep_brackets_balanced_and_latin_phrases_whole(nlp, lexicon, text, obj):
    [c] = run(nlp, lexicon, text)
    assert c.predicate == "署名する" and [o.text for o in c.objects] == [obj]


# ---- targets and found_by -------------------------------------------------------------------------
COUNTRIES = [("フィリピン", "P", "Philippines"), ("米国", "U", "United States"), ("ロシア", "R", "Russia"),
             ("中国", "C", "China"), ("ベトナム", "V", "Vietnam"), ("日本", "J", "Japan")]


@pytest.mark.parametrize(
    "text, predicate, targets",
    [
        ("フィリピンは米国と合意した。", "合意する", [("U", "と")]),
        ("日本はフィリピンとの間で協定に署名した。", "署名する", [("P", "との間で")]),
        ("中国はフィリピンに対して抗議した。", "抗議する", [("P", "に対して")]),
        ("ベトナムはロシアから武器を購入している。", "購入する", [("R", "から")]),
        ("ロシアは中国へ武器を輸出した。", "輸出する", [("C", "へ")]),
        ("ロシアはベトナム向けに戦闘機を製造した。", "製造する", [("V", "向けに")]),
        ("米国は中国を相手に交渉した。", "交渉する", [("C", "を相手に")]),
        ("フィリピンはロシアとの契約をやめている。", "やめる", [("R", "との")]),
        ("ロシアは中国と対立する存在となった。", "存在となる", []),  # となる: a complement, no party
    ],
)
def test_targets_by_marker(nlp, lexicon, text, predicate, targets):
    c = run(nlp, lexicon, text, ents=[e for e in COUNTRIES if e[0] in text])[-1]
    assert c.predicate == predicate
    assert [(t.entity_id, t.marker) for t in c.targets] == targets
    assert all(t.found_by == "dependency" for t in c.targets)
    assert all(t.entity_id not in [o.entity_id for o in c.objects if o.entity_id] for t in c.targets)


def test_found_by_says_how_each_argument_was_found(nlp, lexicon):
    first, second = run(nlp, lexicon, "ロシアはベトナムに武器を売却した。その後、中国にも供給した。",
                        ents=[e for e in COUNTRIES if e[0] in "ロシアベトナム中国"])
    assert (first.subject.found_by, [o.found_by for o in first.objects]) == ("dependency", ["dependency", "dependency"])
    assert (second.subject.entity_id, second.subject.found_by) == ("R", "carried")
    reported = run(nlp, lexicon, "プーチン大統領は、ロシアが協力を強化すると述べた。", ents=[("プーチン", "PU", "Vladimir Putin"),
                                                                                   ("ロシア", "R", "Russia")])[-1]
    assert reported.attributed and reported.source.found_by == "frame"
