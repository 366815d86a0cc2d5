"""The reader's event lexicon: which words report which acts, and how a stance modifies them.

An event is an *act* (what is done: attacking, negotiating, withdrawing, releasing) wrapped in a
*modality* (how it is reported: done, vowed, threatened, demanded, refused, expected). The
lexicon names acts by a small set of kinds; the CAMEO code follows from the pair, as in
CAMEO's own hierarchy: an act of force that is vowed is a threat of force (138); a withdrawal
that is demanded is a demand for de-escalation (1056); a settlement that is refused is a
rejected plan (127). Dictionary coders (TABARI, PETRARCH) list verb patterns per code; here the
verbs list acts and modalities, and the combination table below does the rest.

The word lists are the project's own, written from the CAMEO code definitions, not from the
example sentences of the CAMEO or PLOVER manuals.
"""

from __future__ import annotations

__all__ = [
    "ACT_CODES",
    "ACT_NOUNS",
    "ATTRIBUTION_VERBS",
    "BILATERAL",
    "DEPARTURE_VERBS",
    "DOUBT_NOUNS",
    "ECONOMIC_MODIFIERS",
    "GIVING_VERBS",
    "RECEIVING_VERBS",
    "HALT_VERBS",
    "LIGHT_VERBS",
    "MODAL_ADJECTIVES",
    "MODAL_NOUNS",
    "MODAL_VERBS",
    "MILITARY_TIES_MODIFIERS",
    "MONEY",
    "REJECTING_ADJECTIVES",
    "RESUMING_NOUNS",
    "STOP_NOUNS",
    "TALK_STATE_PHRASES",
    "TALK_STATE_VERBS",
    "VERB_ACTS",
    "combined_code",
]

# Act kinds -> the CAMEO code of the act as done.
ACT_CODES: dict[str, str] = {
    "force": "190",
    "air_force": "195",
    "artillery": "194",
    "small_arms": "193",
    "occupy": "192",
    "blockade": "191",
    "hostage": "181",
    "assassinate": "186",
    "arrest": "173",
    "deport": "174",
    "seize": "171",
    "mobilize": "154",
    "talks": "046",
    "consult": "040",
    "mediate": "045",
    "visit": "042",
    "phone": "041",
    "halt_talks": "164",
    "collapse_talks": "164",
    "talks_halted": "164",
    "resume_talks": "046",
    "halt_mediation": "165",
    "sanction": "163",
    "break_relations": "161",
    "cut_aid": "162",
    "settle": "057",
    "relations": "050",
    "economic_ties": "061",
    "military_ties": "062",
    "economic_aid": "071",
    "request": "020",
    "ceasefire": "0871",
    "withdraw": "0874",
    "release": "0841",
    "aid": "073",
    "access": "0863",
    "power": "104",
    "change": "104",
    "criticize": "111",
    "accuse": "112",
    "investigate": "090",
    "protest": "141",
    "violate_ceasefire": "196",
    "mass_killing": "202",
}

HOSTILE = {"force", "air_force", "artillery", "small_arms", "occupy", "blockade", "hostage",
           "assassinate", "arrest", "deport", "seize", "mobilize", "violate_ceasefire",
           "mass_killing"}
YIELDING = {"ceasefire", "withdraw"}

# (modality, act kind) -> CAMEO code of the reported event; a missing pair keeps the act.
_DEMAND = {"talks": "106", "consult": "106", "settle": "107", "ceasefire": "1056",
           "relations": "102", "military_ties": "1012",
           "withdraw": "1056", "release": "1053", "aid": "1033", "access": "1055",
           "power": "104", "change": "104"}
_APPEAL = {"talks": "026", "consult": "026", "settle": "027", "ceasefire": "0256",
           "relations": "022", "military_ties": "0212", "economic_aid": "023",
           "withdraw": "0256", "release": "0253", "aid": "023", "power": "024", "change": "024"}
_INTENT = {"talks": "036", "consult": "036", "mediate": "036", "settle": "037",
           "ceasefire": "0356", "withdraw": "0356", "release": "0353", "aid": "033",
           "access": "0355", "power": "034", "change": "034", "halt_talks": "134",
           "halt_mediation": "134", "sanction": "1312", "cut_aid": "1312",
           "break_relations": "1313", "occupy": "1382", "relations": "032",
           "economic_ties": "031", "military_ties": "0312", "economic_aid": "0331"}
_REFUSAL = {"talks": "125", "consult": "125", "mediate": "125", "settle": "127",
            "economic_ties": "1211", "military_ties": "1212", "economic_aid": "1221",
            "ceasefire": "1246", "withdraw": "1246", "release": "1243", "aid": "122",
            "access": "1245", "power": "123", "change": "123"}

# Acts between the parties that do them together ("X and Y broke off talks": each with the
# other), whatever their PLOVER category.
BILATERAL = frozenset({"talks", "consult", "halt_talks", "talks_halted", "collapse_talks",
                       "resume_talks", "relations", "break_relations", "economic_ties",
                       "military_ties", "settle"})

_THREATS = {"halt_talks", "halt_mediation", "sanction", "cut_aid", "break_relations"}

MODALITIES = ("demand", "appeal", "vow", "threat", "intent", "agree", "propose", "refusal",
              "expected", "future", "possible", "hypothetical")


def combined_code(modality: str | None, act: str) -> str | None:
    """The CAMEO code of act ``act`` reported with ``modality`` (None: not codable).

    A hostile act that is vowed, threatened, intended or announced for the future is a threat
    of force (CAMEO 13); a cooperative one is an expressed intent (CAMEO 03).
    """
    if modality in (None, "expected", "possible", "hypothetical"):
        return ACT_CODES[act]
    if modality == "demand":
        return _DEMAND.get(act, "100")
    if modality == "appeal":
        return _APPEAL.get(act, "020")
    if modality == "refusal":
        return _REFUSAL.get(act, "120") if act not in HOSTILE else None
    if act in HOSTILE:
        return _INTENT.get(act, "138")  # vowed, threatened, intended force is a threat
    if modality == "threat":
        return _INTENT.get(act, "130") if act in _THREATS else "130"
    return _INTENT.get(act, "030")  # vow, intent, agree, propose, future


# Verbs that are acts by themselves (lemma -> act kind).
VERB_ACTS: dict[str, str] = {
    "attack": "force", "strike": "force", "hit": "force", "assault": "force", "raid": "force",
    "storm": "force", "invade": "occupy", "fight": "force", "kill": "force", "wound": "force",
    "bomb": "air_force", "bombard": "air_force", "airstrike": "air_force",
    "shell": "artillery", "shoot": "small_arms", "fire": "force", "target": "force",
    "pound": "force", "destroy": "force", "occupy": "occupy", "seize": "seize",
    "capture": "seize", "besiege": "blockade", "blockade": "blockade",
    "kidnap": "hostage", "abduct": "hostage", "assassinate": "assassinate",
    "arrest": "arrest", "detain": "arrest", "deport": "deport", "expel": "deport",
    "mobilize": "mobilize", "mobilise": "mobilize", "deploy": "mobilize", "mass": "mobilize",
    "negotiate": "talks", "discuss": "talks", "consult": "consult", "meet": "consult",
    "confer": "consult", "mediate": "mediate", "broker": "mediate", "visit": "visit",
    "phone": "phone", "sanction": "sanction", "release": "release", "free": "release",
    "withdraw": "withdraw", "retreat": "withdraw", "criticize": "criticize",
    "criticise": "criticize", "condemn": "criticize", "denounce": "criticize",
    "blame": "accuse", "accuse": "accuse", "investigate": "investigate", "protest": "protest",
    "demonstrate": "protest", "sign": "settle", "resolve": "settle", "settle": "settle",
}

# Verbs whose act is their object's (resume military operations, hold talks).
LIGHT_VERBS = frozenset({
    "resume", "continue", "launch", "conduct", "carry", "begin", "start", "stage", "engage",
    "mount", "expand", "intensify", "escalate", "step", "hold", "pursue", "return", "restart",
    "renew", "join", "enter", "reach", "find", "conclude", "seal", "strike", "sign", "declare",
    "announce", "implement", "observe", "respect", "make", "undertake", "wage", "keep",
    "retain", "maintain", "restore", "establish", "reestablish", "re-establish", "normalize",
    "normalise", "forge", "upgrade", "strengthen",
})

# Verbs that stop what their object names (abandon negotiations, end hostilities).
HALT_VERBS = frozenset({
    "abandon", "halt", "suspend", "stop", "end", "break", "quit", "leave", "freeze",
    "pause", "cancel", "scrap", "exit", "boycott", "terminate", "derail", "torpedo",
    "sever", "cut", "downgrade", "postpone", "delay", "adjourn",
})

# Departing (the act of a delegation walking out when the sentence is about talks).
DEPARTURE_VERBS = frozenset({"leave", "depart", "walk", "storm", "exit"})

# Verbs telling what became of the talks named as their subject ("the talks collapsed",
# "negotiations resumed", "talks were suspended"): lemma -> act kind. Talks that end
# "without" something (a deal) have collapsed.
TALK_STATE_VERBS: dict[str, str] = {
    "collapse": "collapse_talks", "fail": "collapse_talks", "founder": "collapse_talks",
    "stall": "halt_talks", "falter": "halt_talks", "stop": "halt_talks", "halt": "halt_talks",
    "suspend": "halt_talks", "pause": "halt_talks", "freeze": "halt_talks",
    "end": "halt_talks", "adjourn": "halt_talks", "postpone": "halt_talks",
    "delay": "halt_talks", "cancel": "halt_talks", "scrap": "halt_talks",
    "resume": "resume_talks", "restart": "resume_talks", "reopen": "resume_talks",
    "recommence": "resume_talks", "reconvene": "resume_talks",
    "continue": "talks", "proceed": "talks", "progress": "talks", "open": "talks",
    "begin": "talks", "start": "talks",
}
# Phrasal verbs (lemma, particle) of the same kind: "talks broke down", "were called off".
TALK_STATE_PHRASES: dict[tuple[str, str], str] = {
    ("break", "down"): "collapse_talks", ("break", "up"): "collapse_talks",
    ("fall", "apart"): "collapse_talks", ("fall", "through"): "collapse_talks",
    ("break", "off"): "halt_talks", ("call", "off"): "halt_talks",
    ("pick", "up"): "resume_talks",
}
# "Talks came to a halt": a stop named by the object of "to".
STOP_NOUNS = frozenset({"halt", "standstill", "end", "stop", "deadlock", "impasse"})

# Verbs that report a stance towards an embedded act (lemma -> modality).
MODAL_VERBS: dict[str, str] = {
    "vow": "vow", "pledge": "vow", "promise": "vow", "swear": "vow", "commit": "vow",
    "threaten": "threat", "warn": "threat", "hint": "threat",
    "demand": "demand", "insist": "demand", "seek": "demand", "require": "demand",
    "press": "demand", "push": "demand", "want": "demand",
    "urge": "appeal", "ask": "appeal", "appeal": "appeal", "request": "appeal",
    "call": "appeal",
    "refuse": "refusal", "decline": "refusal", "reject": "refusal", "rebuff": "refusal",
    "dismiss": "refusal", "resist": "refusal", "oppose": "refusal",
    "plan": "intent", "intend": "intent", "prepare": "intent", "aim": "intent",
    "mean": "intent", "consider": "intent", "ready": "intent",
    "agree": "agree", "accept": "agree", "approve": "agree", "endorse": "agree",
    "embrace": "agree", "welcome": "agree", "back": "agree",
    "propose": "propose", "offer": "propose", "suggest": "propose", "table": "propose",
    "expect": "expected",
}

# Nouns and adjectives that report a stance (Israel's readiness to fight; a threat of force).
MODAL_NOUNS: dict[str, str] = {
    "threat": "threat", "warning": "threat", "ultimatum": "threat",
    "demand": "demand", "condition": "demand", "insistence": "demand",
    "call": "appeal", "appeal": "appeal", "request": "appeal",
    "refusal": "refusal", "rejection": "refusal", "reluctance": "refusal",
    "unwillingness": "refusal", "opposition": "refusal",
    "readiness": "intent", "willingness": "intent", "determination": "intent",
    "plan": "intent", "intention": "intent", "pledge": "vow", "vow": "vow",
    "promise": "vow", "commitment": "vow", "resolve": "intent",
    "proposal": "propose", "offer": "propose",
    "acceptance": "agree", "approval": "agree",
}
MODAL_ADJECTIVES: dict[str, str] = {
    "ready": "intent", "prepared": "intent", "willing": "intent", "determined": "intent",
    "poised": "intent", "set": "expected", "likely": "expected", "due": "expected",
    "expected": "expected", "unwilling": "refusal", "reluctant": "refusal", "about": "expected",
}

# Adjectives that reject what they are predicated of (terms Israel deems unacceptable).
REJECTING_ADJECTIVES = frozenset({
    "unacceptable", "unrealistic", "delusional", "absurd", "impossible", "inadmissible",
    "nonstarter", "non-starter", "outrageous",
})

# Nouns under which a reported act is only doubted, not claimed (skepticism about X).
DOUBT_NOUNS = frozenset({"skepticism", "scepticism", "doubt", "question", "uncertainty"})

# Verbs of saying: their subject is the source of a statement, not of the act it reports.
ATTRIBUTION_VERBS = frozenset({
    "say", "state", "tell", "announce", "declare", "add", "report", "claim", "mention",
    "note", "indicate", "stress", "emphasize", "emphasise", "echo", "highlight", "confirm",
    "write", "argue", "believe", "think", "assert", "allege", "reiterate", "signal",
    "acknowledge", "explain", "insist", "warn", "suggest", "express", "voice", "cite",
    "underline", "underscore", "recall",
})

# Nouns naming acts (lemma -> act kind); an adjective before the noun may refine it.
ACT_NOUNS: dict[str, str] = {
    "attack": "force", "strike": "force", "airstrike": "air_force", "raid": "force",
    "assault": "force", "offensive": "force", "invasion": "occupy", "incursion": "force",
    "bombardment": "air_force", "bombing": "air_force", "shelling": "artillery",
    "operation": "force", "action": "force", "war": "force", "fighting": "force",
    "hostility": "force", "conflict": "force", "campaign": "force", "fire": "force",
    "escalation": "force", "occupation": "occupy", "siege": "blockade",
    "blockade": "blockade", "killing": "force", "massacre": "mass_killing",
    "kidnapping": "hostage", "abduction": "hostage",
    "negotiation": "talks", "talk": "talks", "discussion": "talks", "dialogue": "talks",
    "round": "talks", "table": "talks", "meeting": "consult", "summit": "consult",
    "consultation": "consult", "mediation": "mediate", "process": "talks",
    "deal": "settle", "agreement": "settle", "accord": "settle", "settlement": "settle",
    "framework": "settle", "plan": "settle", "proposal": "settle", "terms": "settle",
    "term": "settle", "compromise": "settle", "ground": "settle", "solution": "settle",
    "ceasefire": "ceasefire", "cease": "ceasefire", "truce": "ceasefire",
    "pause": "ceasefire", "calm": "ceasefire", "armistice": "ceasefire",
    "withdrawal": "withdraw", "pullout": "withdraw", "retreat": "withdraw",
    "release": "release", "exchange": "release", "swap": "release",
    "aid": "aid", "assistance": "aid", "relief": "aid", "supply": "aid",
    "access": "access", "sanction": "sanction", "embargo": "sanction",
    "tie": "relations", "relation": "relations", "boycott": "sanction", "peace": "settle",
    "power": "power", "control": "power", "rule": "power", "governance": "power",
    "protest": "protest", "demonstration": "protest", "walkout": "halt_talks",
}
# Act nouns that report an event on their own when an actor is attached ("Israeli
# bombardments"); the others are states or topics ("the war", "the talks").
EVENT_NOUNS = frozenset({
    "attack", "strike", "airstrike", "raid", "assault", "offensive", "invasion", "incursion",
    "bombardment", "bombing", "shelling", "kidnapping", "abduction", "walkout", "siege",
    "blockade", "massacre", "withdrawal", "pullout",
})
# Nouns whose act needs a military modifier ("military operation", "ground action").
MILITARY_MODIFIERS = frozenset({
    "military", "ground", "air", "armed", "army", "naval", "combat", "offensive",
})
NEEDS_MILITARY = frozenset({"operation", "action", "campaign"})
# Objects that turn a verb into a release or withdrawal (free hostages, remove forces).
CAPTIVES = frozenset({"hostage", "captive", "prisoner", "detainee", "abductee"})
FORCES = frozenset({"force", "troop", "army", "soldier", "military", "tank", "unit"})
REMOVAL_VERBS = frozenset({"remove", "withdraw", "pull", "evacuate", "redeploy"})
HOLDING_VERBS = frozenset({"hold", "keep", "take", "seize", "capture"})
# Nouns whose act is that of their "of" phrase (the resumption of ties, the restoration of
# talks).
RESUMING_NOUNS = frozenset({"resumption", "restoration", "renewal", "establishment",
                            "normalization", "normalisation", "reopening", "expansion"})
# Modifiers that make ties economic or military (CAMEO 061, 062) rather than diplomatic (050).
ECONOMIC_MODIFIERS = frozenset({"economic", "trade", "commercial", "business", "financial"})
MILITARY_TIES_MODIFIERS = frozenset({"military", "defence", "defense", "security"})
# Giving money (CAMEO 071 economic aid) or aid (073): contribute a million dollars to X.
RECEIVING_VERBS = frozenset({"receive", "obtain", "get", "accept"})  # from Y: Y gives
GIVING_VERBS = frozenset({"contribute", "donate", "give", "provide", "send", "grant", "extend",
                          "deliver", "supply", "lend", "transfer", "allocate"})
MONEY = frozenset({"money", "fund", "funding", "cash", "loan", "credit", "grant", "dollar",
                   "euro", "pound", "yen", "yuan", "rupee", "franc", "kroner", "krone",
                   "ruble", "rouble", "shekel", "dinar", "riyal", "ducat", "million", "billion"})
