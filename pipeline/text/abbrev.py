"""The one pattern of an abbreviation defined in brackets: （以下「ＯＳＡ」という。）, (以下、「RAA」と略す),
（以下「上合」と略記する）, (以降「本協定」とする).

Used by the glossary (to learn the short form, group 1) and by claims (a definition is never a
claim); works on the original text (full-width brackets, 、 or ，) and on NFKC-normalised text.
"""
from __future__ import annotations

import re

ABBREVIATION_DEFINITION_RE = re.compile(
    r"[（(]\s*(?:以下|以降)\s*[、，,]?\s*[「『\"“]([^」』\"”()（）]{1,30})[」』\"”]\s*"
    r"(?:という|と言う|と\s*(?:いう|略す|略記する|略称する|呼ぶ|称する|する))?\s*[。．.]?\s*[)）]"
)
