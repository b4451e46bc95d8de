"""The one table of personal titles: offices, honorifics, professions, and the prefixes before them.

Every stage that recognises a title reads it from here (the glossary's roles, the entity rules, the
speaker frames and surname links of claims), so a title added once is known everywhere. Each user
adds only words that are not titles of a person but play the same part for it (政権, 政府, 側 ...).
"""
from __future__ import annotations


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


# Offices held by one person (the title after a name: 岸田外務大臣, プーチン大統領, 茂木大臣).
OFFICES: tuple[str, ...] = _longest_first((
    "大統領", "副大統領", "首相", "副首相", "総理", "総理大臣", "内閣総理大臣", "外相", "外務大臣", "外務相",
    "国防相", "国防大臣", "防衛相", "防衛大臣", "国務大臣", "官房長官", "内閣官房長官", "官房副長官", "内閣官房副長官", "大臣", "副大臣", "外務副大臣", "政務官", "大臣政務官",
    "国家主席", "主席", "首席", "書記長", "総書記", "国王", "女王", "皇帝", "皇太子", "首長", "元帥",
    "大使", "公使", "総領事", "長官", "国務長官", "国防長官", "報道官", "外務報道官", "議長", "委員長", "事務総長", "事務局長",
    "次官", "外務次官", "次官補", "審議官", "外務審議官", "局長", "総裁", "代表", "司令官", "将軍", "補佐官", "議員",
    "知事", "市長",
))
# Courtesy words after a name (李氏, ○高橋光男君).
HONORIFICS: tuple[str, ...] = ("氏", "君", "さん", "様", "殿")
# Posts and professions outside government that follow a name (ケーガン研究員, 山田教授).
PROFESSIONS: tuple[str, ...] = _longest_first((
    "研究員", "上級研究員", "主任研究員", "教授", "准教授", "講師", "記者", "所長", "会長", "社長", "理事長",
    "博士", "フェロー", "シニアフェロー", "特使", "顧問",
))
# Latin honorifics before a name, in the order a regular expression tries them (H.E. Dr. Hakan FİDAN, Sir John).
LATIN_HONORIFICS: tuple[str, ...] = ("H.E.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Amb.", "Sir", "Gen.", "The Honorable",
                                     "Hon.")
# Titles of two or more people (両首脳は, 両外相).
GROUP_TITLES: tuple[str, ...] = ("首脳", "両首脳", "両大臣", "両外相")
# Words before a title that belong to it (元大統領, 前国務長官, 初代事務総長).
TITLE_PREFIXES: tuple[str, ...] = ("初代", "元", "前", "現", "新")

__all__ = ["OFFICES", "HONORIFICS", "LATIN_HONORIFICS", "PROFESSIONS", "GROUP_TITLES", "TITLE_PREFIXES"]
