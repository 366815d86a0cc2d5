"""Event vocabularies: CAMEO codes with Goldstein scores, and their PLOVER category and mode.

CAMEO (Gerner, Schrodt, Yilmaz and Abu-Jabr 2002) numbers events in 20 root codes with
sub-codes; each code carries a conflict-cooperation weight on Goldstein's (1992) scale from
-10 to +10. PLOVER (Open Event Data Alliance; manual of 2021-2023) keeps broader categories and
moves CAMEO's detail into a ``mode``. This table holds the codes the news reader emits; the
Goldstein values are the published ones (a test checks them against the CAMEO codebook when
``../shared/data/events`` is present). The PLOVER category follows the current manual: APPEAL
and DEMAND are both REQUEST, INVESTIGATE and DISAPPROVE are ACCUSE, FIGHT and mass violence
are ASSAULT, and public statements (CAMEO 01) have no PLOVER category.

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

__all__ = ["CAMEO", "Code", "PLOVER_CATEGORIES", "code"]


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

# code: (name, Goldstein, PLOVER category, PLOVER mode)
_TABLE: dict[str, tuple[str, float, str | None, str | None]] = {
    "010": ("Make statement", 0.0, None, None),
    "020": ("Make an appeal or request", 3.0, "REQUEST", None),
    "0212": ("Appeal for military cooperation", 3.4, "REQUEST", "assist"),
    "022": ("Appeal for diplomatic cooperation (such as policy support)", 3.4, "REQUEST", None),
    "023": ("Appeal for aid", 3.4, "REQUEST", "assist"),
    "024": ("Appeal for political reform", -0.3, "REQUEST", "change"),
    "0253": ("Appeal for release of persons or property", -0.3, "REQUEST", "yield"),
    "0256": ("Appeal for de-escalation of military engagement", -0.3, "REQUEST", "yield"),
    "026": ("Appeal to others to meet or negotiate", 4.0, "REQUEST", "meet"),
    "027": ("Appeal to others to settle dispute", 4.0, "REQUEST", "meet"),
    "030": ("Express intent to cooperate", 4.0, "AGREE", None),
    "031": ("Express intent to engage in material cooperation", 5.2, "AGREE", None),
    "0312": ("Express intent to cooperate militarily", 5.2, "AGREE", None),
    "032": ("Express intent to engage in diplomatic cooperation (such as policy support)", 4.5,
            "AGREE", None),
    "033": ("Express intent to provide material aid", 5.2, "AGREE", None),
    "0331": ("Express intent to provide economic aid", 5.2, "AGREE", None),
    "034": ("Express intent to institute political reform", 7.0, "AGREE", None),
    "0353": ("Express intent to release persons or property", 7.0, "AGREE", None),
    "0355": ("Express intent to allow international involvement", 7.0, "AGREE", None),
    "0356": ("Express intent to de-escalate military engagement", 7.0, "AGREE", None),
    "036": ("Express intent to meet or negotiate", 4.0, "AGREE", None),
    "037": ("Express intent to settle dispute", 5.0, "AGREE", None),
    "040": ("Consult", 1.0, "CONSULT", None),
    "041": ("Discuss by telephone", 1.0, "CONSULT", "phone"),
    "042": ("Make a visit", 1.9, "CONSULT", "visit"),
    "043": ("Host a visit", 2.8, "CONSULT", "visit"),
    "044": ("Meet at a 'third' location", 2.5, "CONSULT", "third-party"),
    "045": ("Mediate", 5.0, "CONSULT", None),
    "046": ("Engage in negotiation", 7.0, "CONSULT", None),
    "050": ("Engage in diplomatic cooperation", 3.5, "COOPERATE", None),
    "051": ("Praise or endorse", 3.4, "SUPPORT", None),
    "057": ("Sign formal agreement", 8.0, "SUPPORT", None),
    "061": ("Cooperate economically", 6.4, "COOPERATE", None),
    "062": ("Cooperate militarily", 7.4, "COOPERATE", None),
    "070": ("Provide aid", 7.0, "AID", None),
    "071": ("Provide economic aid", 7.4, "AID", "economic"),
    "073": ("Provide humanitarian aid", 7.4, "AID", None),
    "0841": ("Return, release person(s)", 7.0, "RETREAT", "release"),
    "0863": ("Allow humanitarian access", 9.0, "RETREAT", "access"),
    "0871": ("Declare truce, ceasefire", 9.0, "RETREAT", "ceasefire"),
    "0874": ("Retreat or surrender militarily", 10.0, "RETREAT", "withdraw"),
    "090": ("Investigate", -2.0, "ACCUSE", "investigate"),
    "100": ("Demand", -5.0, "REQUEST", None),
    "1012": ("Demand military cooperation", -5.0, "REQUEST", "assist"),
    "102": ("Demand diplomatic cooperation (such as policy support)", -5.0, "REQUEST", None),
    "1033": ("Demand humanitarian aid", -5.0, "REQUEST", "assist"),
    "104": ("Demand political reform", -5.0, "REQUEST", "change"),
    "1053": ("Demand release of persons or property", -5.0, "REQUEST", "yield"),
    "1055": ("Demand that target allows international involvement (non-mediation)", -5.0,
             "REQUEST", "yield"),
    "1056": ("Demand de-escalation of military engagement", -5.0, "REQUEST", "yield"),
    "106": ("Demand meeting, negotiation", -5.0, "REQUEST", "meet"),
    "107": ("Demand settling of dispute", -5.0, "REQUEST", "meet"),
    "110": ("Disapprove", -2.0, "ACCUSE", "disapprove"),
    "111": ("Criticize or denounce", -2.0, "ACCUSE", "disapprove"),
    "112": ("Accuse", -2.0, "ACCUSE", "allege"),
    "120": ("Reject", -4.0, "REJECT", None),
    "1211": ("Reject economic cooperation", -4.0, "REJECT", None),
    "1212": ("Reject military cooperation", -4.0, "REJECT", None),
    "1221": ("Reject request for economic aid", -4.0, "REJECT", "assist"),
    "122": ("Reject request or demand for material aid", -4.0, "REJECT", "assist"),
    "123": ("Reject request or demand for political reform", -4.0, "REJECT", "change"),
    "1243": ("Refuse to release persons or property", -4.0, "REJECT", "yield"),
    "1245": ("Refuse to allow international involvement (non mediation)", -4.0, "REJECT",
             "yield"),
    "1246": ("Refuse to de-escalate military engagement", -4.0, "REJECT", "yield"),
    "125": ("Reject proposal to meet, discuss, or negotiate", -5.0, "REJECT", "meet"),
    "127": ("Reject plan, agreement to settle dispute", -5.0, "REJECT", "meet"),
    "130": ("Threaten", -4.4, "THREATEN", None),
    "1312": ("Threaten with sanctions, boycott, embargo", -5.8, "THREATEN", "restrict"),
    "1313": ("Threaten to reduce or break relations", -5.8, "THREATEN", "relations"),
    "134": ("Threaten to halt negotiations", -5.8, "THREATEN", "relations"),
    "138": ("Threaten with military force", -7.0, "THREATEN", "violence"),
    "1382": ("Threaten occupation", -7.0, "THREATEN", "territory"),
    "141": ("Demonstrate or rally", -6.5, "PROTEST", "demo"),
    "154": ("Mobilize or increase armed forces", -7.2, "MOBILIZE", "troops"),
    "161": ("Reduce or break diplomatic relations", -4.0, "SANCTION", "discontinue"),
    "162": ("Reduce or stop material aid", -5.6, "SANCTION", "discontinue"),
    "163": ("Impose embargo, boycott, or sanctions", -8.0, "SANCTION", "discontinue"),
    "164": ("Halt negotiations", -6.5, "SANCTION", "withdraw"),
    "165": ("Halt mediation", -7.0, "SANCTION", "withdraw"),
    "171": ("Seize or damage property", -9.2, "COERCE", "seize"),
    "173": ("Arrest, detain, or charge with legal action", -5.0, "COERCE", "arrest"),
    "174": ("Expel or deport individuals", -5.0, "COERCE", "deport"),
    "181": ("Abduct, hijack, or take hostage", -9.0, "ASSAULT", "abduct"),
    "186": ("Assassinate", -10.0, "ASSAULT", "targeted"),
    "190": ("Use conventional military force", -10.0, "ASSAULT", None),
    "191": ("Impose blockade, restrict movement", -9.5, "COERCE", "restrict"),
    "192": ("Occupy territory", -9.5, "COERCE", "seize"),
    "193": ("Fight with small arms and light weapons", -10.0, "ASSAULT", "firearms"),
    "194": ("Fight with artillery and tanks", -10.0, "ASSAULT", "heavy-weapons"),
    "195": ("Employ aerial weapons", -10.0, "ASSAULT", "aerial"),
    "196": ("Violate ceasefire", -9.5, "ASSAULT", None),
    "202": ("Engage in mass killings", -10.0, "ASSAULT", "targeted"),
}

CAMEO: dict[str, Code] = {
    key: Code(key, name, goldstein, plover, mode)
    for key, (name, goldstein, plover, mode) in _TABLE.items()
}


def code(cameo: str) -> Code:
    """The entry for a CAMEO code the reader emits (``KeyError`` for any other)."""
    return CAMEO[cameo]
