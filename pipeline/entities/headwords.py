"""Head nouns by what they name: the one vocabulary the typing rules of this package select from.

A Japanese name's last word says its kind (…戦争 an event, …条約 a treaty, …師団 a unit). The rules
use different slices of it — `mentions.SUFFIX_TYPES` retypes the model's entities by any of these
heads, `heads` builds a name before a war or treaty head, `shapes` reads a place before an act of war,
`numbered_units` and `kinds` read military units — and each slice is named here, so a head added for
one kind is added once.
"""
from __future__ import annotations

# wars and armed conflicts (ペルシア戦争, 日華事変), and battles and campaigns (日露戦役, 日本海海戦)
ARMED_CONFLICTS: tuple[str, ...] = ("戦争", "紛争", "事変")
BATTLES: tuple[str, ...] = ("戦役", "海戦", "会戦")
WARS: tuple[str, ...] = ARMED_CONFLICTS + BATTLES
# a single occurrence other than a war (蘆溝橋事件), and the historical ones named with の (壬申の乱)
INCIDENTS: tuple[str, ...] = ("事件",)
# unrest, revolutions and crises named by their place (バーレーン騒乱, イラン革命, キューバ危機)
UNREST: tuple[str, ...] = ("騒乱", "暴動", "動乱", "蜂起", "革命", "クーデター", "危機")
HISTORICAL_EVENTS: tuple[str, ...] = ("の乱", "の変", "の役")
# written agreements between parties (イリ条約, 大西洋憲章, 京都議定書, ポツダム宣言)
TREATIES: tuple[str, ...] = ("条約", "協定", "議定書", "憲章", "宣言")
# the heads of a kind of agreement named by common nouns alone (経済連携協定, 安全保障条約, 労働協約)
GENERIC_AGREEMENTS: tuple[str, ...] = ("協定", "条約", "協約")
# a navy's fleet (バルチック艦隊, 黒海艦隊), one of the military units
FLEET = "艦隊"
# military units, in the order a regular expression must try them (方面軍 and 軍団 before 軍)
MILITARY_UNITS: tuple[str, ...] = ("方面軍", "軍団", "師団", "旅団", "連隊", "大隊", "中隊", "小隊", FLEET, "戦隊",
                                   "航空隊", "飛行隊", "軍")
# English (and other Latin-script) head words of a body's name (Export Promotion Bureau, Banco de España)
LATIN_ORGANIZATIONS: frozenset[str] = frozenset(
    "union unión união unie unione organisation organization organización organização organisatie "
    "organisasi council conseil consejo committee comité commission commissione kommission bank banque "
    "banco institute institut instituto agency agence agencia party partei parti partido forum "
    "association associação asociación verband league liga alliance allianz assembly assemblée "
    "parliament parlement parlamento court cour tribunal fund fonds fondo foundation stiftung "
    "fondation fundación university universität université universidad ministry ministère ministerio "
    "images press news agentur corporation company group gruppe inc ltd co "
    "bureau office authority department board repository secretariat federation".split())
