"""What a から/より speaker's sentence frame does to a claim read from inside the reported content
(pipeline.claims.attribution): a source taken from the content's topic gives way to the speaker.
Sentences written for these tests; the frame is the sentence's から-speaker."""
from __future__ import annotations

import pytest

from pipeline.claims.attribution import apply_frames
from pipeline.claims.frames import Frame
from pipeline.records import ArgRef, Claim


def ref(text: str, surface: str, entity_id=None) -> ArgRef:
    i = text.index(surface)
    return ArgRef(text=surface, start=i, end=i + len(surface), entity_id=entity_id)


def frame_of(text: str, speaker: str, kind: str = "sentence") -> Frame:
    sp = ref(text, speaker, "E-speaker")
    return Frame(sp.start, len(text), sp, kind, True, "から")


@pytest.mark.parametrize("text, speaker, clause_from, source, want", [
    # the content's は-topic read as the source by the parse: the speaker says it
    ("林大臣から、チリは重要な友好国であり、関係を一層強化したい旨述べました。", "林", "関係", "チリ", "林"),
    ("外相から、先般の首相の訪問は有意義であった旨述べました。", "外相", "先般", "先般の首相の訪問", "外相"),
])
def test_a_source_inside_the_content_gives_way_to_the_speaker(text, speaker, clause_from, source, want):
    c = Claim(text.index(clause_from), len(text) - 1, text[text.index(clause_from):-1], "強化する",
              attributed=True, source=ref(text, source, "E-content"))
    (after,) = apply_frames([c], [frame_of(text, speaker)])
    assert after.source.text == want


def test_a_source_of_a_speaker_label_turn_is_kept():
    # in a speaker label's turn a reported speech names its own source (首相は…と述べた)
    text = "首相は、協力を強化すると述べた。"
    c = Claim(0, len(text) - 1, text[:-1], "強化する", attributed=True, source=ref(text, "首相", "E-content"))
    label = Frame(0, len(text), ArgRef(text="河野", start=1000, end=1002, entity_id="E1"), "label", True, "○河野")
    (after,) = apply_frames([c], [label])
    assert after.source.text == "首相"

