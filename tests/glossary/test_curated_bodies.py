"""Curated breadth a researcher's glossary needs beyond states and IGOs: Diet committees, ministry
bureaus and senior officials, Japan's EPAs, regions and prefectures of Japan, militaries, platforms."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary


@pytest.fixture(scope="module")
def default():
    return load_glossary(Config().glossary_paths())


def _ids(glossary, text):
    return [m.glossary_id for m in glossary.matcher().feed(text)]


@pytest.mark.parametrize("text, gid", [
    ("参議院外交防衛委員会で日米同盟について質疑が行われた。", "org:hoc-foreign-affairs-and-defense"),
    ("決算委員会において政府の答弁を求めた。", "org:hoc-audit"),                  # a name only one house has
    ("衆議院内閣委員会は法案を可決した。", "org:hor-cabinet"),
    ("衆院安全保障委員会で防衛相が答弁した。", "org:hor-security"),
    ("外務省アジア大洋州局の局長が訪韓した。", "org:mofa-japan-asian-oceanian-affairs-bureau"),
    ("会計検査院は決算検査報告を内閣に送付した。", "org:board-of-audit-japan"),  # organs of the Japanese state
    ("会計検査院は決算検査報告を内閣に送付した。", "org:cabinet-japan"),
    ("人事院の勧告を受けて給与法を改正する。", "org:national-personnel-authority"),
    ("内閣法制局は憲法解釈を示した。", "org:cabinet-legislation-bureau"),
    ("金融庁は銀行に業務改善命令を出した。", "org:fsa-japan"),
    ("公取委が立ち入り検査に入った。", "org:jftc"),
    ("原子力規制委員会は再稼働を認めた。", "org:nra-japan"),
    ("防衛装備庁が装備品の輸出を管理する。", "org:atla"),
    ("宮内庁が発表した。", "org:imperial-household-agency"),
    ("「中央アジア+日本」対話の外相会合が開かれた。", "org:central-asia-plus-japan"),
    ("皇太子はサウジ・ビジョン2030の下で改革を進める。", "policy:saudi-vision-2030"),   # national development visions
    ("政府はメイク・イン・インディアで製造業を育てる。", "policy:make-in-india"),
    ("中国製造2025は半導体を重点分野とした。", "policy:made-in-china-2025"),
    ("大統領は Ghana Beyond Aid を掲げた。", "policy:ghana-beyond-aid"),
    ("アフリカ連合のアジェンダ2063に沿って", "policy:agenda-2063"),
    ("ブカレスト9(B9)の首脳会合", "org:bucharest-nine"),
    ("三海域イニシアティブへの参加", "org:three-seas-initiative"),
    ("能登半島地震の被災地を訪れた。", "event:2024-noto-earthquake"),
    ("羽田空港から出発した。", "loc:haneda-airport"),
    ("元大使に旭日大綬章が授与された。", "other:order-of-the-rising-sun"),
    ("両国は戦略的互恵関係を確認した。", "policy:mutually-beneficial-relationship"),
    ("地域的な包括的経済連携（RCEP）が発効した。", "agreement:rcep"),
    ("日豪円滑化協定が発効した。", "agreement:japan-australia-raa"),        # Japan's Reciprocal Access Agreements
    ("日・フィリピン部隊間協力円滑化協定に基づき共同訓練を行う。", "agreement:japan-philippines-raa"),
    ("韓国外交部東北アジア局長と会談した。", "org:mofa-korea-northeast-asia"),
    ("杉山晋輔外務審議官が出席した。", "person:shinsuke-sugiyama"),
    ("柳興洙（ユ・フンス）駐日韓国大使", "person:yu-heung-soo"),
    ("北朝鮮の核問題をめぐる六者協議の再開を求めた。", "event:six-party-talks"),
    ("6者協議の首席代表が会合した。", "event:six-party-talks"),
    ("日・メキシコ経済連携協定に基づく関税削減", "agreement:japan-mexico-epa"),
    ("日豪EPAではなく日・オーストラリア経済連携協定と表記する。", "agreement:japan-australia-epa"),
    ("中国軍の艦艇が尖閣諸島周辺を航行した。", "org:pla"),
    ("大洋州の島嶼国との関係を強化する。", "loc:oceania"),
    ("大統領はツイッターに投稿した。", "product:twitter"),
    ("MENA諸国への輸出が増えた。", "loc:mena"),
    ("中東呼吸器症候群（MERS）の感染が拡大した。", "other:mers"),
    ("兵庫県の陸上自衛隊伊丹駐屯地を視察した。", "loc:jp-28"),
    ("近畿地方の二府四県", "loc:kansai-region"),
    ("大分県の知事", "loc:jp-44"),
    ("G20ヨハネスブルグ・サミットに出席した。", "event:g20-johannesburg-summit-2025"),
    ("G20大阪サミットで議長を務めた。", "event:g20-osaka-summit-2019"),
    ("G7広島サミットの首脳宣言", "event:g7-summit-2023"),
    ("アフリカ連合総会で採択された。", "org:au-assembly"),
    ("全アフリカ議会の議長", "org:pan-african-parliament"),
    ("朝鮮語ではチョソングルと呼ばれる。", "other:hangul"),
    ("ソロモン政府は中国と安全保障協定を結んだ。", "country:slb"),   # the short form of ソロモン諸島
    ("写真：ゲッティ=共同", "org:getty-images"),
    ("南海トラフ地震への備え", "event:nankai-trough-earthquake"),
    ("ロシアによるウクライナ侵略は国際法違反だ。", "event:russian-invasion-of-ukraine-2022"),  # the government's term
    ("北朝鮮核問題をめぐる協議", "other:north-korean-nuclear-issue"),
    ("経済建設と核武力建設の並進路線を掲げた。", "policy:byungjin"),
    ("ガダルカナル戦で連合軍が勝利した。", "event:guadalcanal-campaign"),
    ("ガダルカナル戦で連合軍が勝利した。", "org:allies-of-world-war-ii"),
    ("フランス語: Union africaine", "org:au"),                    # a name in the AU's official languages
])
def test_curated_bodies_and_officials_link(default, text, gid):
    assert gid in _ids(default, text)


@pytest.mark.parametrize("text, unwanted", [
    ("内閣委員会で審議された。", ("org:hoc-cabinet", "org:hor-cabinet")),   # both houses have one: no guess
    ("山口代表は記者会見で述べた。", ("loc:jp-35",)),                       # 山口 is a surname too: 山口県 only
    ("石川氏が質問に立った。", ("loc:jp-17",)),
    ("状況は大分良くなった。", ("loc:jp-44",)),                          # 大分 is also an adverb: 大分県 only
])
def test_ambiguous_names_stay_unlinked(default, text, unwanted):
    assert not set(_ids(default, text)) & set(unwanted)


def test_every_new_entry_names_its_source(default):
    new = [e for e in default.entries.values() if e.id.startswith(("org:hoc-", "org:hor-", "org:mofa-japan-", "loc:jp-"))]
    assert len(new) > 70
    assert all(e.label_source for e in new)
