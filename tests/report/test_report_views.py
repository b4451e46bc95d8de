"""Hover texts and claim rows from the stored records' own fields (page, kind, targets, when, events)."""
import pytest

from pipeline.records import ArgRef, Claim, DateMention, Document, Entity, Event, Quantity
from pipeline.report import views
from pipeline.report.views import claim_rows, date_tip, entity_tip, quantity_tip


@pytest.mark.parametrize("entity, tip", [
    (Entity(0, 3, "ロシア", "COUNTRY", "country:rus", "Russia", "ロシア", "exact", 1.0), "Russia · country:rus · exact 1.00"),
    (Entity(0, 4, "プーチン", "PERSON", "person:vladimir-putin", "Vladimir Putin", "プーチン", "exact", 1.0, role="大統領"),
     "Vladimir Putin · person:vladimir-putin · exact 1.00 · role 大統領"),
    (Entity(0, 6, "上海極力機構", "ORGANIZATION", "org:sco", "Shanghai Cooperation Organisation", None, "fuzzy", 0.83),
     "Shanghai Cooperation Organisation · org:sco · fuzzy 0.83"),
    (Entity(0, 3, "人工島", "LOCATION", match="model", score=0.5), "unlinked (model 0.50): no glossary entry"),
    (Entity(0, 2, "中国", "COUNTRY", "country:chn", "China", "中国", "exact", 1.0, page=12),
     "China · country:chn · exact 1.00 · p. 12"),
])
def test_entity_tip(entity, tip):
    assert entity_tip(entity) == tip


@pytest.mark.parametrize("date, tip", [
    (DateMention(0, 7, "2022年2月", "2022-02", "2022-02-01", "2022-02-28"), "date 2022-02 · 2022-02-01 … 2022-02-28"),
    (DateMention(0, 8, "2022年2月〜", "2022-02/..", "2022-02-01", None), "date 2022-02/.. · 2022-02-01 … .."),
    (DateMention(0, 4, "同年7月", "1996-07", "1996-07-01", "1996-07-31", resolved_against="1996-01 (1996年1月)"),
     "date 1996-07 · 1996-07-01 … 1996-07-31 · resolved against 1996-01 (1996年1月)"),
    (DateMention(0, 6, "1990年代頃", "199X~", "1990-01-01", "1999-12-31", approximate=True),
     "date 199X~ · 1990-01-01 … 1999-12-31 · approximate"),
    (DateMention(0, 4, "5年間", "P5Y", None, None, kind="duration"), "duration P5Y"),
])
def test_date_tip(date, tip):
    assert date_tip(date) == tip


@pytest.mark.parametrize("quantity, tip", [
    # large amounts in full: the tip once showed 1.087e+10
    (Quantity(0, 10, "108億7000万ドル", 10870000000, "USD"), "10,870,000,000 USD (amount)"),
    (Quantity(0, 4, "2.5%", 2.5, "percent"), "2.5 percent (amount)"),
    (Quantity(0, 5, "年2〜3割", 20, "percent", value_max=30), "20–30 percent (amount)"),
    (Quantity(0, 6, "約2億人", 200000000, "人", True, "約"), "約 200,000,000 人 (amount)"),
    (Quantity(0, 12, "（単位：100万US$）", None, "USD", kind="unit_declaration", scale=1000000),
     "unit declaration: ×1,000,000 USD"),
])
def test_quantity_tip(quantity, tip):
    assert quantity_tip(quantity) == tip


def test_claim_row_reads_attribution_and_dates():
    c = Claim(0, 20, "ラブロフ外相はASEANとの協力を強化すると述べた", "強化", ArgRef("ロシア", glossary_id="country:rus", label_en="Russia"),
              (ArgRef("協力"),), ({"value": "2023-07", "earliest": "2023-07-01", "latest": "2023-07-31"},),
              attributed=True, source=ArgRef("ラブロフ", label_en="Sergey Lavrov"), cue="と述べた",
              event_category="upgrade_strengthen", id="C1")

    row = claim_rows(Document("d" * 64, "x.txt", "utf-8", c.text, claims=[c]))[0]
    assert (row["subject"], row["objects"], row["targets"], row["when"]) == ("Russia (ロシア)", "協力", "", "2023-07")
    assert row["attribution"] == "reported by Sergey Lavrov (ラブロフ) (と述べた)"
    assert row["event_type"] == "upgrade_strengthen"


@pytest.mark.parametrize("value, shown", [
    (10870000000, "10,870,000,000"), (10875000000.5, "10,875,000,000.5"), (2.5, "2.5"), (0.05, "0.05"),
    (1e-7, "1e-07"), (None, "-"),
])
def test_the_report_and_inspect_show_numbers_the_same_way_never_in_e_notation_or_as_zero(value, shown):
    from pipeline.report.terminal import number
    from pipeline.report.views import quantity_tip

    assert number(value) == shown
    if value is not None:
        assert quantity_tip(Quantity(0, 1, "x", value, "USD")).startswith(shown)


def test_claim_row_shows_targets_when_and_the_event_type_from_the_records():
    # the rows read every field straight from the records (the `field` shim that guessed between
    # records, dicts and missing attributes is gone)
    c = Claim(0, 22, "日本はベトナムと防衛協力を強化することで合意した", "合意", ArgRef("日本", glossary_id="country:jpn", label_en="Japan"),
              targets=(ArgRef("ベトナム", glossary_id="country:vnm", label_en="Viet Nam", marker="と"),),
              when={"value": "2023-11", "earliest": "2023-11-01", "latest": "2023-11-30", "source": "narrative"},
              event_category="agree", id="C7")
    ev = Event("C7-V0", "C7", c.when, None, None, "AGREE", None, None, "03", 1, "asserted", "positive", False, None,
               c.text, 0, 22, "agree")
    doc = Document("d" * 64, "x.txt", "utf-8", c.text, claims=[c], events=[ev])
    row = claim_rows(doc)[0]
    assert (row["targets"], row["when"], row["event_type"]) == ("Viet Nam (ベトナム)", "2023-11 (narrative)", "AGREE")
    assert views.counts(doc)["events"] == 1
    assert views.metadata(Document("d" * 64, "x.txt", "utf-8", "", metadata={"title": "外交青書", "date": None})) == {
        "title": "外交青書", "date": "", "publisher": "", "author": "", "url": "", "language": "", "genre": ""}
    assert not hasattr(views, "field")
