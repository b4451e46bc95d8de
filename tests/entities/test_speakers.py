"""Japanese names before a title that the model missed (entities/speakers.py): Diet speaker labels,
member lists, a surname before a body and a title. Minutes-like lines written for the test."""
from __future__ import annotations

import pytest

from support import process_text


@pytest.mark.parametrize("text, surface", [
    ("○畠山委員 日本共産党の議員です。", "畠山"),                 # a speaker label: surname + 委員
    ("○西村(康)副大臣 そのように承知しております。", "西村"),       # with the minutes' bracketed initial
    ("○高橋国務大臣 お答えいたします。", "高橋"),
    (" 先ほどの吉田内閣府副大臣の発言について伺います。", "吉田"),  # surname + body + title
    ("委員長 鈴木俊一君", "鈴木俊一"),                           # a member list: name + 君
    ("西村(康)副大臣 そのように承知しております。", "西村"),        # a label line with no mark before it
])
def test_a_name_before_a_title_or_label_word_is_a_person(resources, text, surface):
    doc = process_text(resources, text)
    assert (surface, "PERSON") in {(e.text, e.type) for e in doc.entities}, [(e.text, e.type) for e in doc.entities]


@pytest.mark.parametrize("text, surface", [
    ("○西村(康)副大臣 そのように承知しております。", "康"),   # the initial is part of the label, no person
    ("○国務大臣(茂木敏充君) お答えいたします。", "国務"),      # an office, not a name
    ("○政府参考人(西脇隆俊君) お答えいたします。", "政府"),
])
def test_no_person_from_an_initial_or_an_office(resources, text, surface):
    doc = process_text(resources, text)
    assert all(e.text != surface for e in doc.entities), [(e.text, e.type) for e in doc.entities]


@pytest.mark.parametrize("text", [
    "○山田太郎委員　本日は佐藤花子参考人と鈴木一郎君にお越しいただいた。",
    "会議では田中外務大臣が発言し、最後に高橋",  # a name run that ends the chunk
    "本日の議題は予算である。",  # no name at all
])
def test_name_runs_read_from_the_arrays_are_the_runs_of_the_tokens(nlp, text):
    """The runs of adjacent person-name tokens holding a surname, as the tokens themselves give them."""
    from pipeline.entities.speakers import _NAME_TAG, _SURNAME_TAG, _name_runs

    doc = nlp(text)
    want, run = [], []
    for t in [*doc, None]:
        if t is not None and t.tag_.startswith(_NAME_TAG) and (not run or t.idx == run[-1].idx + len(run[-1].text)):
            run.append(t)
            continue
        if run and any(x.tag_ == _SURNAME_TAG for x in run):
            want.append((run[0].idx, run[-1].idx + len(run[-1].text)))
        run = [t] if t is not None and t.tag_.startswith(_NAME_TAG) else []
    assert list(_name_runs(doc)) == want
    assert bool(want) == ("議題" not in text)
