"""Diet speaker labels broken off their speech (pipeline.claims.labels): PDF/HTML copies of minutes put the
label alone on its line, or the ○ alone; the turn still frames its speech up to the next label."""
from __future__ import annotations

import pytest

from pipeline.claims.frames import find_frames
from pipeline.claims.labels import label_blocks
from pipeline.records import Entity
from pipeline.text import repair


def blocks(text):
    return [(b.kind, b.start, b.end) for b in repair(text)]


def speakers(text):
    return [text[s:e].strip() for kind, s, e in label_blocks(text, blocks(text)) if kind == "speaker"]


@pytest.mark.parametrize("text, expected", [
    # the label alone on its line, a 委員 with an initial telling two 鈴木 apart
    ("○鈴木(貴)委員\n\nそれでは、質問に移らせていただきます。\n\n○遠藤政府参考人\n\nお答え申し上げます。",
     ["○鈴木(貴)委員", "○遠藤政府参考人"]),
    # the ○ alone, the label opening the next line, then a space and the speech
    ("○\n政府参考人(西脇隆俊君) お答えいたします。\nまず、北極海航路につきましては、検討しております。",
     ["○\n政府参考人(西脇隆俊君)"]),
    # a ○ heading that names no speaker stays a heading
    ("○日本の対応\n政府は支援を決定した。", []),
    # a ○ alone before a line that opens with no label
    ("○\n政府は支援を決定した。", []),
])
def test_unsplit_diet_labels_become_speaker_blocks(text, expected):
    assert speakers(text) == expected


def test_a_broken_line_taken_for_a_heading_does_not_end_the_turn():
    text = "○\n政府参考人(西脇隆俊君) お答えいたします。\nまず、北極海航路につきましては、\n委員御\n指摘のように、検討しております。"
    i = text.index("西脇隆俊")
    ents = [Entity(i, i + 4, "西脇隆俊", "PERSON", id="E1")]
    (frame,) = find_frames(text, blocks(text), ents)
    assert frame.kind == "label" and frame.speaker.text == "西脇隆俊" and frame.is_subject
    assert text[frame.start:frame.end].startswith("お答え") and text[frame.start:frame.end].endswith("検討しております。")


def test_label_name_in_brackets_needs_two_characters():
    """○鈴木(貴)委員: (貴) is no name; without a PERSON entity the label as a whole is the speaker."""
    text = "○鈴木(貴)委員\n\nそれでは、質問に移らせていただきます。"
    (frame,) = find_frames(text, blocks(text), [])
    assert frame.speaker.text != "貴"
