"""How a predicted date answers a gold one (the dates rule of `corpus`): the values a prediction offers.

An overlapping prediction answers when one of the values it offers is one of the gold's (``|``-separated):
its own ``value`` without EDTF qualifiers (~?%) and without a time zone the gold omits; when it is an
interval holding the gold mention, the endpoint on the gold's side; the day of a clock time written after
it (今日 of 今日午後2時半); the day of a part of one day (26日午後 = 2016-09-26T12/2016-09-26T24) and the month
of a third or half of one month (3月末 = 2022-03-21/2022-03-31), which the gold writes as the day and the
month; and a whole hour is one time at either ISO 8601 precision (T11 = T11:00 = T11:00:00).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta


def overlap(a: dict, b: dict) -> int:
    """How many characters two offset records share."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


_QUALIFIERS = re.compile(r"[~?%]")
_ZONE = re.compile(r"(T[0-9:]{2,8})(?:Z|[+-]\d\d:\d\d)(?=/|$)")  # on each end of an interval


_WHOLE_HOUR = re.compile(r"(T\d\d)(?::00){1,2}(?=$|/|[~?%Z+-])")
_PART_OF_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)T\d\d/(\d{4}-\d\d-\d\d)T\d\d$")


def _whole_hours(values: set[str]) -> set[str]:
    """T11:00 and T11:00:00 as T11: one clock time at two ISO 8601 precisions (11時 = 11時00分)."""
    return {_WHOLE_HOUR.sub(r"\1", v) for v in values}


def _day_of_part(value: str) -> str | None:
    """The day of a part of one day ('2016-09-26T12/2016-09-26T24' = 午後; 深夜 ends the next day)."""
    m = _PART_OF_DAY.match(value)
    if not m:
        return None
    first, last = m[1], m[2]
    return first if first == last or date.fromisoformat(last) - date.fromisoformat(first) == timedelta(days=1) else None


_DAYS_OF_MONTH = re.compile(r"^(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)$")


def _month_of_part(value: str) -> str | None:
    """The month of a third or half of one month ('2022-03-21/2022-03-31' = 3月末, 下旬; 1-10, 11-20,
    1-15, 16-end): the dates module's intervals for 上旬/中旬/下旬/末/初め/前半/後半."""
    m = _DAYS_OF_MONTH.match(value)
    if not m or m.group(1, 2) != m.group(4, 5):
        return None
    y, mo, a, b = int(m[1]), int(m[2]), int(m[3]), int(m[6])
    end = calendar.monthrange(y, mo)[1]
    return f"{m[1]}-{m[2]}" if (a, b) in ((1, 10), (11, 20), (21, end), (1, 15), (16, end)) else None


def _date_values(g: dict, p: dict) -> set[str]:
    """The values a prediction offers for the gold mention: its own value without EDTF qualifiers
    (2017-05-10T11:45~ for 11時45分頃: the qualifier is not scored), and, when it is an interval whose
    span holds the gold mention, the endpoint on the gold's side (11月4日から5日まで = 2021-11-04/2021-11-05
    gives 11月4日 its start and 5日 its end; 1989年以降 = 1989/.. gives 1989), and a day written before its clock
    time (今日午後2時半 = 2019-08-27T14:30, 日本時間21日午前) gives the day inside it (今日 = 2019-08-27), as TimeML writes one record."""
    value = _QUALIFIERS.sub("", str(p.get("value", ""))).strip()
    out = {value}
    out.add(_ZONE.sub(r"\1", value))  # 日本時間21日午後7時15分: a gold local time without its zone is the same time
    if "/" in value and p["start"] <= g["start"] and g["end"] <= p["end"]:
        start, end = value.split("/", 1)
        out.add(start if g["start"] == p["start"] else end)
    if p["start"] <= g["start"] and g["end"] < p["end"]:  # the day before the time it carries
        # 今日 of 今日午後2時半, 29日 of 29日未明, 21日 of 日本時間21日午前: the gold writes the day alone,
        # the prediction the day with its time (and zone) as one record
        out |= {v.split("T", 1)[0] for v in out if "T" in v}
    out |= {d for v in list(out) if (d := _day_of_part(v) or _month_of_part(v))}  # 26日午後, 3月末: the gold's day, month
    return _whole_hours(out) - {"", ".."}


def date_ok(g: dict, pred: list[dict]) -> bool:
    """Whether a prediction overlapping the gold date `g` offers one of its values."""
    want = _whole_hours({v.strip() for v in g["value"].split("|")})
    return any(overlap(g, p) and _date_values(g, p) & want for p in pred)
