"""The folding table, row by row: each GiNZA ENE label gives the SPEC type written here by hand
(README "Entity types"), on a surface whose ending does not override it; and each head-noun suffix
of SUFFIX_TYPES overrides the model's label."""
import pytest

from pipeline.entities import fold_label

BY_HAND = {
    "PERSON": "Person",
    "COUNTRY": "Country",
    "ORGANIZATION": "International_Organization Political_Organization_Other Political_Party Government "
                    "Cabinet Military Company Company_Group Corporation_Other Organization_Other "
                    "Public_Institution Research_Institute School Show_Organization Sports_Organization_Other "
                    "Pro_Sports_Organization Sports_League Newspaper",
    "AGREEMENT": "Treaty Law Rule_Other",
    "LOCATION": "City Province County GPE_Other Region_Other Continental_Region Domestic_Region "
                "Geological_Region_Other Location_Other Sea Bay Island Lake River Mountain Canal Water_Route "
                "Airport Port Station Railroad Road Bridge Tunnel Facility_Other Worship_Place Museum Park "
                "Sports_Facility Theater Zoo Amusement_Park Archaeological_Place_Other Spa Tumulus Car_Stop "
                "Line_Other Facility_Part Astral_Body_Other Planet",
    "EVENT": "War Conference Incident_Other Event_Other Occasion_Other Natural_Disaster Earthquake Offense "
             "Religious_Festival Game",
    "POLICY": "Doctrine_Method_Other Plan Theory Movement",
    "PRODUCT": "Product_Other Weapon Aircraft Ship Spaceship Car Train Vehicle_Other Book Magazine Movie Music "
               "Broadcast_Program Show Printing_Other Art_Other",
    "OTHER": "Nationality Ethnic_Group_Other Language_Other National_Language Religion Title_Other Name_Other "
             "Award Culture Academic Family GOE_Other",
}
ROWS = [(label, t) for t, labels in BY_HAND.items() for label in labels.split()]


@pytest.mark.parametrize("label, expected", ROWS)
def test_every_label_folds_to_its_type(label, expected):
    assert fold_label(label, "ロスネフチ") == expected  # a katakana name no suffix rule touches


@pytest.mark.parametrize("label", [
    "Date", "Time", "Era", "Periodx_Other", "Money", "Percent", "Multiplication", "Frequency", "Age",
    "Countx_Other", "Physical_Extent", "Weight", "Position_Vocation", "Animal_Other", "Food_Other",
    "Natural_Object_Other", "Color_Other", "",
])
def test_labels_that_are_not_named_entities_are_dropped(label):
    assert fold_label(label, "ロスネフチ") is None


@pytest.mark.parametrize("surface, expected", [
    ("新戦略兵器削減条約", "AGREEMENT"), ("日豪円滑化協定", "AGREEMENT"), ("カイロ宣言", "AGREEMENT"),
    ("日中共同声明", "AGREEMENT"), ("国連憲章", "AGREEMENT"), ("京都議定書", "AGREEMENT"),
    ("ミンスク合意", "AGREEMENT"), ("国家安全法", "AGREEMENT"), ("重要影響事態措置法", "AGREEMENT"),
    ("戦略的概念", "AGREEMENT"), ("日米覚書", "AGREEMENT"), ("国連総会決議", "AGREEMENT"),
    ("日露戦争", "EVENT"), ("ウクライナ侵攻", "EVENT"), ("クリミア併合", "EVENT"), ("キューバ危機", "EVENT"),
    ("中越紛争", "EVENT"), ("盧溝橋事件", "EVENT"), ("ミャンマークーデター", "EVENT"), ("G7サミット", "EVENT"),
    ("シャングリラ会合", "EVENT"), ("ロシア革命", "EVENT"), ("シリア内戦", "EVENT"), ("第二次世界大戦", "EVENT"),
    ("同時多発テロ", "EVENT"),
    ("一帯一路構想", "POLICY"), ("モンロー主義", "POLICY"), ("ブレジネフ・ドクトリン", "POLICY"),
    ("ASEANイニシアチブ", "POLICY"), ("東方イニシアティブ", "POLICY"), ("インド太平洋戦略", "POLICY"),
    ("価値観外交", "POLICY"),
    ("北大西洋条約機構", "ORGANIZATION"), ("ユーラシア経済連合", "ORGANIZATION"), ("欧州共同体", "ORGANIZATION"),
    ("東南アジア諸国連合", "ORGANIZATION"), ("ワルシャワ同盟", "ORGANIZATION"), ("ロシア国防省", "ORGANIZATION"),
    ("海上保安庁", "ORGANIZATION"), ("ロシア軍", "ORGANIZATION"), ("ミャンマー国軍", "ORGANIZATION"),
    ("アジア開発銀行", "ORGANIZATION"), ("三菱商事会社", "ORGANIZATION"), ("石油公社", "ORGANIZATION"),
    ("ASEAN地域フォーラム", "ORGANIZATION"), ("安全保障委員会", "ORGANIZATION"), ("経済評議会", "ORGANIZATION"),
    ("常設仲裁裁判所", "ORGANIZATION"), ("ロシア政府", "ORGANIZATION"), ("欧州議会", "ORGANIZATION"),
    ("アラブ連盟", "ORGANIZATION"), ("防衛研究所", "ORGANIZATION"), ("ハノイ国家大学", "ORGANIZATION"),
    ("択捉島", "LOCATION"), ("スプラトリー諸島", "LOCATION"), ("南シナ海", "LOCATION"), ("トンキン湾", "LOCATION"),
    ("マラッカ海峡", "LOCATION"), ("朝鮮半島", "LOCATION"), ("アジア太平洋地域", "LOCATION"),
    ("極東地方", "LOCATION"), ("カリフォルニア州", "LOCATION"), ("ウラジオストク市", "LOCATION"),
    ("サハリン油田", "LOCATION"), ("ヤマルガス田", "LOCATION"),
])
def test_a_head_noun_overrides_the_models_label(surface, expected):
    assert fold_label("Person", surface) == expected  # the model's guess would be PERSON


def test_a_dropped_label_stays_dropped_whatever_the_suffix():
    assert fold_label("Date", "日露戦争") is None
