"""A bare hour after an afternoon time of the same day (pipeline.temporal.halfday)."""
import pytest

from pipeline.temporal.dates import DateExtractor


def _fed(blocks, doc="2019-08-27"):
    e = DateExtractor(doc)
    return [(d.text, d.value) for b in blocks for d in e.feed(b)[0]]


@pytest.mark.parametrize("blocks, want", [
    # a speaker who said 午後 earlier leaves it out for the evening, even in a later paragraph
    (["今日午後2時半から閣僚会合が開かれました。", "また、今日7時半から、私の主催で夕食会を開きます。"], ("今日7時半", "2019-08-27T19:30")),
    (["午後2時に会談し、5時に終了した。"], ("5時", "2019-08-27T17")),
])
def test_bare_hour_after_an_afternoon_time_is_afternoon(blocks, want):
    assert want in _fed(blocks)


@pytest.mark.parametrize("blocks, want", [
    (["午前10時に開会し、11時半に休憩した。"], ("11時半", "2019-08-27T11:30")),  # the morning was said
    (["午後2時に会談し、5時に終了した。", "15時に再開し、9時に閉会した。"], ("9時", "2019-08-27T09")),  # 24-hour clock
    (["午後2時半に到着した。", "翌朝7時に出発した。"], ("翌朝7時", None)),  # 朝 says the half of the day
    (["午後3時に会談した。", "2時に散会した。"], ("2時", "2019-08-27T02")),  # 14:00 is not after 15:00
])
def test_bare_hour_stays(blocks, want):
    got = _fed(blocks)
    if want[1] is None:
        assert not [v for t, v in got if t == want[0] and "T19" in v]
    else:
        assert want in got
