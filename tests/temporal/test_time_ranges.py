"""Two times joined by a range mark are one interval even when one has minutes and the other not."""
import pytest

from pipeline.temporal import extract_dates


@pytest.mark.parametrize("text, doc, want", [
    ("会談は午前10時から正午まで行われた。", "2024-05-10", [("午前10時から正午まで", "2024-05-10T10/2024-05-10T12:00")]),
    ("受付は9時から11時30分まで", None, [("9時から11時30分まで", "T09/T11:30")]),
    ("記者会見(10時47分〜10時56分)", "2017-09-26", [("10時47分〜10時56分", "2017-09-26T10:47/2017-09-26T10:56")]),
])
def test_time_range_of_mixed_precision(text, doc, want):
    assert [(m.text, m.value) for m in extract_dates(text, doc) if m.kind == "time"] == want
