"""Title words: heads after a name that leave the name as what a phrase stands for (習近平|国家主席,
ロシア|政府, ASEAN|諸国).  Shared by argument phrases (`claims_phrase`) and coordination (`claims_coord`)."""
from __future__ import annotations

import re

from ..titles import OFFICES

HIRAGANA = re.compile(r"[ぁ-ゖ]")
# Heads after a name that leave the name as what the phrase stands for (a title, a government, a side).
TITLE_HEADS = frozenset(OFFICES) | {"首脳", "政権", "政府", "側", "諸国", "当局", "軍"}  # offices: pipeline/titles.py
# Title words that end a compound after a name (習近平|国家主席, 岸田|内閣総理大臣, バイデン|米大統領).
TITLE_SUFFIXES = OFFICES + ("首脳", "相")


def is_title(word: str) -> bool:
    """大統領, 国家主席, 内閣総理大臣, 米大統領, 外相, 政権, 諸国 ...: a head that stands for its holder."""
    return word in TITLE_HEADS or (word.endswith(TITLE_SUFFIXES) and len(word) <= 6 and not HIRAGANA.search(word))
