"""Event vocabularies: CAMEO codes with Goldstein scores, and their PLOVER category and mode.

CAMEO (Gerner, Schrodt, Yilmaz and Abu-Jabr 2002) numbers events in 20 root codes with
sub-codes; each code carries a conflict-cooperation weight on Goldstein's (1992) scale from
-10 to +10. PLOVER (Open Event Data Alliance; manual of 2021-2023) keeps broader categories and
moves CAMEO's detail into a ``mode``. This table holds the codes the news reader emits (every
root, with the sub-codes its lexicon can tell apart); the
Goldstein values are the published ones (a test checks them against the CAMEO codebook when
``../shared/data/events`` is present). The PLOVER category of every code is the one PLOVER's
published CAMEO conversion table gives it (:func:`crosswalk_category`; Schrodt, CAMEO2PLOVER,
PLOVER manual draft 0.8, 2021), with the current manual's names: DEMAND is REQUEST, as APPEAL
(CAMEO 02) is. So INVESTIGATE and DISAPPROVE are ACCUSE; YIELD splits into CONCEDE (080-083) and
RETREAT (084-087, and easing a curfew or martial law, 0813-0814); imposing sanctions (163),
blockade (191) and occupation (192) are COERCE; destroying property (1712), violent repression
(175), FIGHT and mass violence are ASSAULT; public statements (CAMEO 01) have no PLOVER
category: the reader still reports them, with ``plover`` None. The table below takes each
code's category from it rather than stating it twice.

References
----------
Goldstein, J. S. (1992). A conflict-cooperation scale for WEIS events data. Journal of
Conflict Resolution 36(2), 369-385.
Gerner, D. J., Schrodt, P. A., Yilmaz, O., Abu-Jabr, R. (2002). Conflict and Mediation Event
Observations (CAMEO): a new event data framework. ISA annual convention.
Halterman, A., Bagozzi, B. E., Beger, A., Schrodt, P. A., Scarborough, G. I. (2023). PLOVER
and POLECAT: a new political event ontology and dataset. ISA annual convention.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CAMEO", "Code", "PLOVER_CATEGORIES", "code", "crosswalk_category"]


@dataclass(frozen=True)
class Code:
    """One CAMEO code: its name, Goldstein score, PLOVER category and mode."""

    cameo: str
    name: str
    goldstein: float
    plover: str | None
    mode: str | None = None

    @property
    def root(self) -> str:
        return self.cameo[:2]


PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# code: (name, Goldstein, PLOVER mode); the category is crosswalk_category(code)
_TABLE: dict[str, tuple[str, float, str | None]] = {
    "010": ("Make statement", 0.0, None),
    "011": ("Decline comment", -0.1, None),
    "012": ("Make pessimistic comment", -0.4, None),
    "013": ("Make optimistic comment", 0.4, None),
    "014": ("Consider policy option", 0.0, None),
    "015": ("Acknowledge or claim responsibility", 0.0, None),
    "016": ("Deny responsibility", -5.0, None),
    "017": ("Engage in symbolic act", 0.0, None),
    "018": ("Make empathetic comment", 3.4, None),
    "019": ("Express accord", 3.4, None),
    "020": ("Make an appeal or request", 3.0, None),
    "021": ("Appeal for material cooperation", 3.4, "assist"),
    "0211": ("Appeal for economic cooperation", 3.4, "assist"),
    "0212": ("Appeal for military cooperation", 3.4, "assist"),
    "0213": ("Appeal for judicial cooperation", 3.4, "assist"),
    "0214": ("Appeal for intelligence", 3.4, "assist"),
    "022": ("Appeal for diplomatic cooperation (such as policy support)", 3.4, None),
    "023": ("Appeal for aid", 3.4, "assist"),
    "0231": ("Appeal for economic aid", 3.4, "assist"),
    "0232": ("Appeal for military aid", 3.4, "assist"),
    "0233": ("Appeal for humanitarian aid", 3.4, "assist"),
    "0234": ("Appeal for military protection or peacekeeping", 3.4, "assist"),
    "024": ("Appeal for political reform", -0.3, "change"),
    "0241": ("Appeal for change in leadership", -0.3, "change"),
    "025": ("Appeal to yield", -0.3, "yield"),
    "0251": ("Appeal for easing of administrative sanctions", -0.3, "yield"),
    "0252": ("Appeal for easing of political dissent", -0.3, "yield"),
    "0253": ("Appeal for release of persons or property", -0.3, "yield"),
    "0254": ("Appeal for easing of economic sanctions, boycott, or embargo", -0.3, "yield"),
    "0255": ("Appeal for target to allow international involvement (non-mediation)", -0.3, "yield"),
    "0256": ("Appeal for de-escalation of military engagement", -0.3, "yield"),
    "026": ("Appeal to others to meet or negotiate", 4.0, "meet"),
    "027": ("Appeal to others to settle dispute", 4.0, "meet"),
    "028": ("Appeal to engage in or accept mediation", 4.0, "meet"),
    "030": ("Express intent to cooperate", 4.0, None),
    "031": ("Express intent to engage in material cooperation", 5.2, None),
    "0311": ("Express intent to cooperate economically", 5.2, None),
    "0312": ("Express intent to cooperate militarily", 5.2, None),
    "0313": ("Express intent to cooperate on judicial matters", 5.2, None),
    "0314": ("Express intent to cooperate on intelligence", 5.2, None),
    "032": ("Express intent to engage in diplomatic cooperation (such as policy support)", 4.5,
            None),
    "033": ("Express intent to provide material aid", 5.2, None),
    "0331": ("Express intent to provide economic aid", 5.2, None),
    "0332": ("Express intent to provide military aid", 5.2, None),
    "0333": ("Express intent to provide humanitarian aid", 5.2, None),
    "0334": ("Express intent to provide military protection or peacekeeping", 6.0, None),
    "034": ("Express intent to institute political reform", 7.0, None),
    "0341": ("Express intent to change leadership", 7.0, None),
    "035": ("Express intent to yield", 7.0, None),
    "0351": ("Express intent to ease administrative sanctions", 7.0, None),
    "0352": ("Express intent to ease popular dissent", 7.0, None),
    "0353": ("Express intent to release persons or property", 7.0, None),
    "0354": ("Express intent to ease economic sanctions, boycott, or embargo", 7.0, None),
    "0355": ("Express intent to allow international involvement", 7.0, None),
    "0356": ("Express intent to de-escalate military engagement", 7.0, None),
    "036": ("Express intent to meet or negotiate", 4.0, None),
    "037": ("Express intent to settle dispute", 5.0, None),
    "039": ("Express intent to mediate", 5.0, None),
    "040": ("Consult", 1.0, None),
    "041": ("Discuss by telephone", 1.0, "phone"),
    "042": ("Make a visit", 1.9, "visit"),
    "043": ("Host a visit", 2.8, "visit"),
    "044": ("Meet at a 'third' location", 2.5, "third-party"),
    "045": ("Mediate", 5.0, None),
    "046": ("Engage in negotiation", 7.0, None),
    "050": ("Engage in diplomatic cooperation", 3.5, None),
    "051": ("Praise or endorse", 3.4, None),
    "052": ("Defend verbally", 3.5, None),
    "053": ("Rally support on behalf of", 3.8, None),
    "054": ("Grant diplomatic recognition", 6.0, None),
    "055": ("Apologize", 7.0, None),
    "056": ("Forgive", 7.0, None),
    "057": ("Sign formal agreement", 8.0, None),
    "060": ("Engage in material cooperation", 6.0, None),
    "061": ("Cooperate economically", 6.4, None),
    "062": ("Cooperate militarily", 7.4, None),
    "063": ("Engage in judicial cooperation", 7.4, None),
    "064": ("Share intelligence or information", 7.0, None),
    "070": ("Provide aid", 7.0, None),
    "071": ("Provide economic aid", 7.4, "economic"),
    "072": ("Provide military aid", 8.3, "military"),
    "073": ("Provide humanitarian aid", 7.4, None),
    "074": ("Provide military protection or peacekeeping", 8.5, "peacekeeping"),
    "075": ("Grant asylum", 7.0, "asylum"),
    "080": ("Yield", 5.0, None),
    "081": ("Ease administrative sanctions", 5.0, None),
    "0812": ("Ease ban on political parties or politicians", 5.0, None),
    "0813": ("Ease curfew", 5.0, "ease"),
    "0814": ("Ease state of emergency or martial law", 5.0, "ease"),
    "082": ("Ease political dissent", 5.0, None),
    "083": ("Accede to requests or demands for political reform", 5.0, None),
    "0831": ("Accede to demands for change in leadership", 5.0, None),
    "0832": ("Accede to demands for change in policy", 5.0, None),
    "0841": ("Return, release person(s)", 7.0, "release"),
    "0842": ("Return, release property", 7.0, "return"),
    "085": ("Ease economic sanctions, boycott, embargo", 7.0, "ease"),
    "086": ("Allow international involvement", 9.0, "access"),
    "0863": ("Allow humanitarian access", 9.0, "access"),
    "087": ("De-escalate military engagement", 9.0, "disarm"),
    "0871": ("Declare truce, ceasefire", 9.0, "ceasefire"),
    "0872": ("Ease military blockade", 9.0, "withdraw"),
    "0873": ("Demobilize armed forces", 9.0, "disarm"),
    "0874": ("Retreat or surrender militarily", 10.0, "withdraw"),
    "090": ("Investigate", -2.0, "investigate"),
    "091": ("Investigate crime, corruption", -2.0, "investigate"),
    "092": ("Investigate human rights abuses", -2.0, "investigate"),
    "093": ("Investigate military action", -2.0, "investigate"),
    "094": ("Investigate war crimes", -2.0, "investigate"),
    "100": ("Demand", -5.0, None),
    "101": ("Demand material cooperation", -5.0, "assist"),
    "1011": ("Demand economic cooperation", -5.0, "assist"),
    "1012": ("Demand military cooperation", -5.0, "assist"),
    "1013": ("Demand judicial cooperation", -5.0, "assist"),
    "1014": ("Demand intelligence cooperation", -5.0, "assist"),
    "102": ("Demand diplomatic cooperation (such as policy support)", -5.0, None),
    "1031": ("Demand economic aid", -5.0, "assist"),
    "1032": ("Demand military aid", -5.0, "assist"),
    "1033": ("Demand humanitarian aid", -5.0, "assist"),
    "1034": ("Demand military protection or peacekeeping", -5.0, "assist"),
    "104": ("Demand political reform", -5.0, "change"),
    "1041": ("Demand change in leadership", -5.0, "change"),
    "105": ("Demand that target yields", -5.0, "yield"),
    "1051": ("Demand easing of administrative sanctions", -5.0, "yield"),
    "1052": ("Demand easing of political dissent", -5.0, "yield"),
    "1053": ("Demand release of persons or property", -5.0, "yield"),
    "1054": ("Demand easing of economic sanctions, boycott, or embargo", -5.0, "yield"),
    "1055": ("Demand that target allows international involvement (non-mediation)", -5.0, "yield"),
    "1056": ("Demand de-escalation of military engagement", -5.0, "yield"),
    "106": ("Demand meeting, negotiation", -5.0, "meet"),
    "107": ("Demand settling of dispute", -5.0, "meet"),
    "108": ("Demand mediation", -5.0, "meet"),
    "110": ("Disapprove", -2.0, "disapprove"),
    "111": ("Criticize or denounce", -2.0, "disapprove"),
    "112": ("Accuse", -2.0, "allege"),
    "113": ("Rally opposition against", -2.0, "disapprove"),
    "114": ("Complain officially", -2.0, "disapprove"),
    "115": ("Bring lawsuit against", -2.0, "disapprove"),
    "116": ("find guilty or liable (legally)", -2.0, "disapprove"),
    "120": ("Reject", -4.0, None),
    "121": ("Reject material cooperation", -4.0, None),
    "1211": ("Reject economic cooperation", -4.0, None),
    "1212": ("Reject military cooperation", -4.0, None),
    "1213": ("Reject judicial cooperation", -4.0, None),
    "122": ("Reject request or demand for material aid", -4.0, "assist"),
    "1221": ("Reject request for economic aid", -4.0, "assist"),
    "1222": ("Reject request for military aid", -4.0, "assist"),
    "1223": ("Reject request for humanitarian aid", -4.0, "assist"),
    "1224": ("Reject request for military protection or peacekeeping", -4.0, "assist"),
    "123": ("Reject request or demand for political reform", -4.0, "change"),
    "1231": ("Reject request for change in leadership", -4.0, "change"),
    "124": ("Refuse to yield", -4.0, "yield"),
    "1241": ("Refuse to ease administrative sanctions", -4.0, "yield"),
    "1242": ("Refuse to ease popular dissent", -4.0, "yield"),
    "1243": ("Refuse to release persons or property", -4.0, "yield"),
    "1244": ("Refuse to ease economic sanctions, boycott, or embargo", -4.0, "yield"),
    "1245": ("Refuse to allow international involvement (non mediation)", -4.0, "yield"),
    "1246": ("Refuse to de-escalate military engagement", -4.0, "yield"),
    "125": ("Reject proposal to meet, discuss, or negotiate", -5.0, "meet"),
    "126": ("Reject mediation", -5.0, "meet"),
    "127": ("Reject plan, agreement to settle dispute", -5.0, "meet"),
    "128": ("Defy norms, law", -5.0, None),
    "129": ("Veto", -5.0, None),
    "130": ("Threaten", -4.4, None),
    "131": ("Threaten non-force", -5.8, None),
    "1311": ("Threaten to reduce or stop aid", -5.8, "relations"),
    "1312": ("Threaten with sanctions, boycott, embargo", -5.8, "restrict"),
    "1313": ("Threaten to reduce or break relations", -5.8, "relations"),
    "132": ("Threaten with administrative sanctions", -5.8, "restrict"),
    "1322": ("Threaten to ban political parties or politicians", -5.8, "ban"),
    "1323": ("Threaten to impose curfew", -5.8, "restrict"),
    "1324": ("Threaten to impose state of emergency or martial law", -5.8, "restrict"),
    "133": ("Threaten with political dissent, protest", -5.8, "relations"),
    "134": ("Threaten to halt negotiations", -5.8, "relations"),
    "135": ("Threaten to halt mediation", -5.8, "relations"),
    "136": ("Threaten to halt international involvement (non-mediation)", -7.0, "expel"),
    "137": ("Threaten with repression", -7.0, "violence"),
    "138": ("Threaten with military force", -7.0, "violence"),
    "1381": ("Threaten blockade", -7.0, "restrict"),
    "1382": ("Threaten occupation", -7.0, "territory"),
    "1383": ("Threaten unconventional violence", -7.0, "violence"),
    "1385": ("Threaten attack with WMD", -7.0, "violence"),
    "139": ("Give ultimatum", -7.0, None),
    "140": ("Engage in political dissent", -6.5, None),
    "141": ("Demonstrate or rally", -6.5, "demo"),
    "142": ("Conduct hunger strike", -6.5, "hunger"),
    "143": ("Conduct strike or boycott", -6.5, "boycott"),
    "144": ("Obstruct passage, block", -7.5, "obstruct"),
    "145": ("Protest violently, riot", -7.5, "riot"),
    "150": ("Demonstrate military or police power", -7.2, None),
    "151": ("Increase police alert status", -7.2, "police"),
    "152": ("Increase military alert status", -7.2, "troops"),
    "153": ("Mobilize or increase police power", -7.2, "police"),
    "154": ("Mobilize or increase armed forces", -7.2, "troops"),
    "160": ("Reduce relations", -4.0, None),
    "161": ("Reduce or break diplomatic relations", -4.0, "discontinue"),
    "162": ("Reduce or stop material aid", -5.6, "discontinue"),
    "1621": ("Reduce or stop economic assistance", -5.6, "discontinue"),
    "1622": ("Reduce or stop military assistance", -5.6, "discontinue"),
    "1623": ("Reduce or stop humanitarian assistance", -5.6, "discontinue"),
    "163": ("Impose embargo, boycott, or sanctions", -8.0, "restrict"),
    "164": ("Halt negotiations", -6.5, "withdraw"),
    "165": ("Halt mediation", -7.0, "withdraw"),
    "166": ("Expel or withdraw", -7.0, "expel"),
    "1661": ("Expel or withdraw peacekeepers", -7.0, "expel"),
    "170": ("Coerce", -7.0, None),
    "171": ("Seize or damage property", -9.2, "seize"),
    "1711": ("Confiscate property", -9.2, "seize"),
    "1712": ("Destroy property", -9.2, "destroy"),
    "172": ("Impose administrative sanctions", -5.0, "restrict"),
    "1722": ("Ban political parties or politicians", -5.0, "ban"),
    "1723": ("Impose curfew", -5.0, "curfew"),
    "1724": ("Impose state of emergency or martial law", -5.0, "martial-law"),
    "173": ("Arrest, detain, or charge with legal action", -5.0, "arrest"),
    "174": ("Expel or deport individuals", -5.0, "deport"),
    "175": ("Use tactics of violent repression", -9.0, "repression"),
    "180": ("Use unconventional violence", -9.0, None),
    "181": ("Abduct, hijack, or take hostage", -9.0, "abduct"),
    "182": ("Physically assault", -9.5, "beat"),
    "1821": ("Sexually assault", -9.0, "sexual"),
    "1822": ("Torture", -9.0, "torture"),
    "1823": ("Kill by physical assault", -10.0, "beat"),
    "183": ("Conduct suicide, car, or other non-military bombing", -10.0, "explosives"),
    "1831": ("Carry out suicide bombing", -10.0, "suicide-attack"),
    "1832": ("Carry out car bombing", -10.0, "explosives"),
    "1833": ("Carry out roadside bombing", -10.0, "explosives"),
    "184": ("Use as human shield", -8.0, "abduct"),
    "185": ("Attempt to assassinate", -8.0, "targeted"),
    "186": ("Assassinate", -10.0, "targeted"),
    "190": ("Use conventional military force", -10.0, None),
    "191": ("Impose blockade, restrict movement", -9.5, "restrict"),
    "192": ("Occupy territory", -9.5, "seize"),
    "193": ("Fight with small arms and light weapons", -10.0, "firearms"),
    "194": ("Fight with artillery and tanks", -10.0, "heavy-weapons"),
    "195": ("Employ aerial weapons", -10.0, "aerial"),
    "196": ("Violate ceasefire", -9.5, None),
    "200": ("Use unconventional mass violence", -10.0, None),
    "201": ("Engage in mass expulsion", -9.5, "expel"),
    "202": ("Engage in mass killings", -10.0, "targeted"),
    "203": ("Engage in ethnic cleansing", -10.0, None),
    "204": ("Use weapons of mass destruction", -10.0, "cbrn"),
    "2041": ("Use chemical, biological, or radiological weapons", -10.0, "cbrn"),
    "2042": ("Detonate nuclear weapons", -10.0, "cbrn"),
}



def code(cameo: str) -> Code:
    """The entry for a CAMEO code the reader emits (``KeyError`` for any other)."""
    return CAMEO[cameo]


# PLOVER's conversion table by CAMEO root, then the codes it files elsewhere than their root.
_ROOT_CATEGORY = {
    "01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
    "06": "COOPERATE", "07": "AID", "08": "RETREAT", "09": "ACCUSE", "10": "REQUEST",
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
_CODE_CATEGORY = {
    "080": "CONCEDE", "081": "CONCEDE", "0811": "CONCEDE", "0812": "CONCEDE", "0813": "RETREAT",
    "0814": "RETREAT", "082": "CONCEDE", "083": "CONCEDE", "163": "COERCE", "1712": "ASSAULT",
    "175": "ASSAULT", "191": "COERCE", "192": "COERCE",
}


def crosswalk_category(cameo: str) -> str | None:
    """The PLOVER category PLOVER's CAMEO conversion table (2021) gives a CAMEO code, named as
    in the current manual (DEMAND -> REQUEST); None for public statements (01)."""
    for key in (cameo, cameo[:3]):
        if key in _CODE_CATEGORY:
            return _CODE_CATEGORY[key]
    return _ROOT_CATEGORY[cameo[:2]]


CAMEO: dict[str, Code] = {
    key: Code(key, name, goldstein, crosswalk_category(key), mode)
    for key, (name, goldstein, mode) in _TABLE.items()
}
