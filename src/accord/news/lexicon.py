"""The reader's event lexicon: which words report which acts, and how a stance modifies them.

An event is an *act* (what is done: attacking, negotiating, withdrawing, releasing) wrapped in a
*modality* (how it is reported: done, vowed, threatened, demanded, refused, expected). The
lexicon names acts by a small set of kinds; the CAMEO code follows from the pair, as in
CAMEO's own hierarchy: an act of force that is vowed is a threat of force (138); a withdrawal
that is demanded is a demand for de-escalation (1056); a settlement that is refused is a
rejected plan (127). Dictionary coders (TABARI, PETRARCH) list verb patterns per code; here the
verbs list acts and modalities, and the combination table below does the rest.

The word lists live in ``data/lexicon.yaml`` (the project's own, written from the CAMEO code
definitions, not from the example sentences of the CAMEO or PLOVER manuals); this module loads
them once, checks that every act and code they name exists, and exposes them as constants.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from types import MappingProxyType

import yaml

from .codes import CAMEO

MODALITIES = ("demand", "appeal", "vow", "threat", "intent", "agree", "propose", "refusal",
              "expected", "possible", "hypothetical")
# Modalities whose codes the data file lists (vow, threat, agree and propose share the
# intent table: a vowed or agreed act is an expressed intent, a threatened or vowed
# hostile act a threat).
_TABLES = ("demand", "appeal", "intent", "refusal", "agree")


@cache
def _data() -> dict:
    """The lexicon data file, parsed and checked once."""
    text = resources.files("accord.news").joinpath("data/lexicon.yaml").read_text("utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    _check(data)
    return data


def _check(data: dict) -> None:
    """Every act kind named is defined, every code is in the CAMEO table, every modality is
    known: a wrong entry in the package's data file is a bug, reported by its section."""
    acts = data["acts"]
    problems = [f"acts.{k}: code {c} is not in accord.news.codes" for k, c in acts.items()
                if c not in CAMEO]
    for modality, table in data["modal_codes"].items():
        if modality not in _TABLES:
            problems.append(f"modal_codes.{modality}: not one of {', '.join(_TABLES)}")
        problems += [f"modal_codes.{modality}.{k}: code {c} is not in accord.news.codes"
                     for k, c in table.items() if c not in CAMEO]
        problems += [f"modal_codes.{modality}.{k}: no such act" for k in table if k not in acts]
    named = [(s, k) for s in ("hostile", "bilateral", "threats", "dissent", "announced_acts")
             for k in data[s]]
    for section in ("verb_acts", "particle_acts", "talk_state_verbs", "talk_state_phrases",
                    "adjective_acts", "act_nouns", "instruments", "agent_acts", "mass_verbs",
                    "aid_cuts", "civil_acts"):
        named += [(f"{section}.{w}", k) for w, k in data[section].items()]
    for section in ("verb_objects", "noun_modifiers"):
        named += [(f"{section}.{w}.{o}", k) for w, table in data[section].items()
                  for o, k in table.items()]
    named += [(f"{s}.{k}", k) for s in ("aid_cuts", "civil_acts") for k in data[s]]
    named += [(f"cooperating_agents.{a}", k) for a, k in data["cooperating_agents"].items()]
    problems += [f"noun_verbs.{n}: {v!r} has no verb_objects" for n, v in
                 data["noun_verbs"].items() if v not in data["verb_objects"]]
    named += [(f"unattributed_acts.{k}", k) for k in data["unattributed_acts"]]
    named += [(f"investigated.{w}", k) for w, k in data["investigated"].items()
              if k != "killing"]
    problems += [f"{where}: no such act {kind!r}" for where, kind in named if kind not in acts]
    for section in ("modal_verbs", "modal_phrases", "modal_nouns", "modal_adjectives"):
        problems += [f"{section}.{w}: no such modality {m!r}"
                     for w, m in data[section].items() if m not in MODALITIES]
    if problems:
        raise ValueError("accord/news/data/lexicon.yaml: " + "; ".join(problems))


def _words(data: dict, section: str) -> frozenset[str]:
    return frozenset(str(w) for w in data[section])


def _table(data: dict, section: str) -> MappingProxyType:
    return MappingProxyType({str(k): v for k, v in data[section].items()})


def _pairs(data: dict, section: str) -> MappingProxyType:
    """A table keyed by "lemma particle" as (lemma, particle)."""
    return MappingProxyType({tuple(str(k).split()): v for k, v in data[section].items()})


def _nested(data: dict, section: str) -> MappingProxyType:
    return MappingProxyType({str(w): MappingProxyType({str(o): k for o, k in t.items()})
                             for w, t in data[section].items()})


_TABLES_OF = {  # constant -> (how to read it, section of the data file)
    "ACT_CODES": (_table, "acts"),  # act kind -> CAMEO code of the act as done
    "HOSTILE": (_words, "hostile"),
    "BILATERAL": (_words, "bilateral"),
    "THREATS": (_words, "threats"),
    "MODAL_CODES": (_nested, "modal_codes"),  # modality -> act kind -> CAMEO code
    "VERB_ACTS": (_table, "verb_acts"),  # verbs that are acts by themselves
    "PARTICLE_ACTS": (_pairs, "particle_acts"),  # "step down", "crack down"
    "VERB_OBJECTS": (_nested, "verb_objects"),  # verb -> object -> act ("recall the envoy")
    "LIGHT_VERBS": (_words, "light_verbs"),  # verbs whose act is their object's
    "HALT_VERBS": (_words, "halt_verbs"),  # verbs that stop what their object names
    "HALTING_IDIOMS": (_table, "halting_idioms"),  # "put X on hold", "pulled the plug on X"
    "DEPARTURE_VERBS": (_words, "departure_verbs"),
    "CANCELLING_VERBS": (_words, "cancelling_verbs"),  # halting a visit before it happens
    "ANNOUNCED_ACTS": (_words, "announced_acts"),  # announcing them is declaring them
    "JOINT_ADVERBS": (_words, "joint_adverbs"),  # "jointly built": cooperation
    "ARRIVAL_VERBS": (_words, "arrival_verbs"),  # "aid from X reached Y": X gave it
    "HAPPENING_VERBS": (_words, "happening_verbs"),  # "fighting raged between X and Y"
    "COOPERATING_AGENTS": (_table, "cooperating_agents"),  # police cooperate judicially
    "NOUN_VERBS": (_table, "noun_verbs"),
    "COMMODITIES": (_words, "commodities"),  # shipped, sold: trade
    "CONTESTS": (_words, "contests"),  # "beat X in the final": a game
    "DECLARING_VERBS": (_words, "declaring_verbs"),  # declared persona non grata
    "SUSPENDING_VERBS": (_words, "suspending_verbs"),  # "suspended X from": relations
    "HANDING_VERBS": (_words, "handing_verbs"),  # wanted people handed over: judicial
    "HELPING_VERBS": (_words, "helping_verbs"),  # "a loan to help X": X is given it
    "WANTED_MARKS": (_words, "wanted_marks"),  # "jailed cartel figures": wanted people
    "WANTED": (_words, "wanted"),  # "the expulsion of diplomats": as "expel" reads it
    "ACCUSATIONS": (_words, "accusations"),  # rejected or dismissed: a denial
    "FORMAL_AGREEMENTS": (_words, "formal_agreements"),  # approved: ratified
    "RALLYING_VERBS": (_words, "rallying_verbs"),  # "leapt to the defence of X"
    "RALLYING_NOUNS": (_table, "rallying_nouns"),  # ... what one comes to: defence, aid
    "DEFENDING_PHRASES": (_pairs, "defending_phrases"),  # "stood by X", "vouched for Y"
    "SUBJECTING_VERBS": (_words, "subjecting_verbs"),  # "subjected to beatings by guards"
    "COMMISSIONING_VERBS": (_words, "commissioning_verbs"),  # "ordered an inquiry"
    "NOTICE_VERBS": (_words, "notice_verbs"),  # "gave X 72 hours to leave": an ultimatum
    "NOTICE_SPANS": (_words, "notice_spans"),
    "CONVERSING_VERBS": (_words, "conversing_verbs"),  # "talked with X": consulting
    "GREETING_VERBS": (_words, "greeting_verbs"),  # "welcomed X at the airport": hosting
    "VENUES": (_words, "venues"),
    "PEACE_MISSION": (_words, "peace_mission"),  # forces sent on one: protection (074)
    "PROTECTING_VERBS": (_words, "protecting_verbs"),  # forces sent to do so: protection
    "ORDERING_PURPOSES": (_words, "ordering_purposes"),  # forces sent to restore order
    "TRAINING_VERBS": (_words, "training_verbs"),  # forces sent to train another's
    "JOINT_FORCES": (_words, "joint_forces"),  # forces sent to a regional force
    "MISSION_OFFICES": (_words, "mission_offices"),  # "ordered X to close its office"
    "INVITATIONS": (_words, "invitations"),  # forces sent at a host's request: protection
    "INFORMATION": (_words, "information"),  # given, it is intelligence shared (064)
    "COUNTED": (_words, "counted"),  # "2 million tourists": people, not money
    "EXERCISES": (_words, "exercises"),  # held together: military cooperation (062)
    "QUESTIONING_VERBS": (_words, "questioning_verbs"),  # of a person: investigating
    "DISSENT": (_words, "dissent"),  # protest acts: halted, an easing of dissent
    "TALK_STATE_VERBS": (_table, "talk_state_verbs"),  # "the talks collapsed"
    "TALK_STATE_PHRASES": (_pairs, "talk_state_phrases"),  # "talks broke down"
    "STOP_NOUNS": (_words, "stop_nouns"),  # "talks came to a halt"
    "CONTINUING_VERBS": (_words, "continuing_verbs"),  # "deliveries resumed"
    "COMPLETING_VERBS": (_words, "completing_verbs"),  # "the joint exercise ended"
    "MODAL_VERBS": (_table, "modal_verbs"),  # verbs reporting a stance towards an act
    "MODAL_PHRASES": (_pairs, "modal_phrases"),  # "turned down", "ruled out"
    "STANCE_IDIOMS": (_nested, "stance_idioms"),  # "poured cold water on X": a rejection
    "STANCE_PARTICLES": (_pairs, "stance_particles"),  # "shot down the idea"
    "PROPOSALS": (_words, "proposals"),  # what such idioms and particles reject
    "MODAL_NOUNS": (_table, "modal_nouns"),
    "MODAL_ADJECTIVES": (_table, "modal_adjectives"),
    "ADJECTIVE_ACTS": (_table, "adjective_acts"),  # "X is optimistic", "critical of Y"
    "REJECTING_ADJECTIVES": (_words, "rejecting_adjectives"),
    "DOUBT_NOUNS": (_words, "doubt_nouns"),
    "NEGATING_HEADS": (_words, "negating_heads"),  # "failed to", "unable to": not done
    "REFRAINING_VERBS": (_words, "refraining_verbs"),  # "refrained from attacking"
    "STANCE_VERBS": (_words, "stance_verbs"),  # "has no intention of", "expressed readiness"
    "EVIDENTIAL_VERBS": (_words, "evidential_verbs"),  # "X's stance shows": nobody acts
    "SPEECH_NOUNS": (_words, "speech_nouns"),  # "X's statement said": X's words
    "COMMENT_VERBS": (_words, "comment_verbs"),  # "refused to say": declining comment
    "DENIAL_VERBS": (_words, "denial_verbs"),  # "denied that ...": a denial (016)
    "DISMISSAL_VERBS": (_words, "dismissal_verbs"),  # "rejected accusations": a denial
    "OUSTING_VERBS": (_words, "ousting_verbs"),  # "sacked the army chief": 172 on him
    "UNSEATING_VERBS": (_words, "unseating_verbs"),  # "removed X from office"
    "OFFICE_NOUNS": (_words, "office_nouns"),
    "DELIVERING_VERBS": (_words, "delivering_verbs"),  # "wrote to X demanding": X asked
    "ACCUSATION_NOUNS": (_words, "accusation_nouns"),
    "CONSEQUENCE_NOUNS": (_words, "consequence_nouns"),  # "warned of consequences": 130
    "ATTRIBUTION_VERBS": (_words, "attribution_verbs"),  # their subject says, does not do
    "WARNING_VERBS": (_words, "warning_verbs"),  # saying that something bad will happen
    "ACT_NOUNS": (_table, "act_nouns"),
    "EVENT_NOUNS": (_words, "event_nouns"),  # act nouns that are events with an actor
    "PATIENT_NOUNS": (_words, "patient_nouns"),  # "the arrest of X": X is the target
    "NOUN_MODIFIERS": (_nested, "noun_modifiers"),  # "hunger strike", "military aid"
    "MILITARY_MODIFIERS": (_words, "military_modifiers"),
    "NEEDS_MILITARY": (_words, "needs_military"),
    "CAPTIVES": (_words, "captives"),
    "CAPTURING_VERBS": (_words, "capturing_verbs"),  # "the officers it had detained": held
    "POSSESSIONS": (_words, "possessions"),  # "the assets of X": X's, whom seizing them hits
    "HOMES": (_words, "homes"),  # "the homes of X": X's families
    "STRUCTURES": (_words, "structures"),  # blown up, nobody hurt: property destroyed
    "FORCES": (_words, "forces"),
    "REMOVAL_VERBS": (_words, "removal_verbs"),
    "HOLDING_VERBS": (_words, "holding_verbs"),
    "RESUMING_NOUNS": (_words, "resuming_nouns"),
    "INVESTIGATED": (_table, "investigated"),  # what is looked into: CAMEO 091-094
    "CUSTODY": (_words, "custody"),  # a killing in custody: a human-rights abuse
    "RAIDING_VERBS": (_words, "raiding_verbs"),  # a police raid: confiscation
    "LAW_ENFORCERS": (_words, "law_enforcers"),
    "RECEIVING_VERBS": (_words, "receiving_verbs"),
    "CHANNELS": (_words, "channels"),  # "to the U.N. effort in X": aid to X
    "DELIVERIES": (_words, "deliveries"),  # "took delivery of X from Y": Y gave X
    "SELLING_VERBS": (_words, "selling_verbs"),  # arms sold: military aid
    "BUYING_VERBS": (_words, "buying_verbs"),  # goods bought from X: trade with X
    "GIVING_VERBS": (_words, "giving_verbs"),
    "MONEY": (_words, "money"),
    "MARKET_WORDS": (_words, "market_words"),  # "shares rallied": no crowd
    "WEAPONS": (_words, "weapons"),
    "SUPPLIES": (_words, "supplies"),
    "PEACEKEEPERS": (_words, "peacekeepers"),
    "VISIT_VERBS": (_words, "visit_verbs"),  # "arrived in Riyadh": a visit
    "CALLING_VERBS": (_words, "calling_verbs"),  # "called X to offer condolences"
    "CARRYING_VERBS": (_words, "carrying_verbs"),  # "a plane carrying tents landed"
    "HAZARDS": (_words, "hazards"),  # natural hazards and accidents: never actors
    "CONTEST_WORDS": (_words, "contest_words"),  # a team or a contest: a game, not a clash
    "CONTEST_VERBS": (_words, "contest_verbs"),  # "beat X in the final": a result
    "TEAM_WORDS": (_words, "team_words"),  # "the football team": a sport's doers
    "INSTRUMENTS": (_table, "instruments"),  # "attacked with poison gas"
    "PUBLICATIONS": (_words, "publications"),  # "released its quarterly figures": no one freed
    "DISCLOSURES": (_words, "disclosures"),  # "declined to give details": no comment
    "DISCLOSING_VERBS": (_words, "disclosing_verbs"),
    "NAMING_VERBS": (_words, "naming_verbs"),  # "declined to name the suspects"
    "ADMITTING_VERBS": (_words, "admitting_verbs"),  # "admitted that X": owning a deed
    "ADMISSIONS": (_words, "admissions"),  # "acknowledged mistakes"
    "INQUIRING_BODIES": (_words, "inquiring_bodies"),  # "a commission into X": an inquiry
    "KIN": (_words, "kin"),  # "returned the children to their families": released
    "AGENT_ACTS": (_table, "agent_acts"),  # "a suicide bomber killed"
    "MASS_VERBS": (_table, "mass_verbs"),  # "killed hundreds": mass killing
    "MASS_NOUNS": (_words, "mass_nouns"),  # "the entire population"
    "QUANTITIES": (_words, "quantities"),  # "thousands of protesters"
    "RIOTING_AGENTS": (_words, "rioting_agents"),
    # conflictual acts (CAMEO 10-20)
    "AID_CUTS": (_table, "aid_cuts"),  # "froze development aid": economic aid cut
    "PROTEST_AGENTS": (_words, "protest_agents"),
    "CIVIL_ACTS": (_table, "civil_acts"),  # protesters' blockade: an obstruction
    "REPRESSING_AGENTS": (_words, "repressing_agents"),
    "EXPLOSION_VERBS": (_words, "explosion_verbs"),  # "a car bomb exploded"
    "EXPLOSIVES": (_words, "explosives"),
    "UNATTRIBUTED_ACTS": (_words, "unattributed_acts"),  # the place is the source
    "DISPLACEMENT_VERBS": (_words, "displacement_verbs"),  # "drove villagers from"
    "DISPLACEMENT_PREPS": (_words, "displacement_preps"),
    "DISPLACEMENT_FLIGHT": (_words, "displacement_flight"),
    "DISPLACED": (_words, "displaced"),
    "SURVIVING_VERBS": (_words, "surviving_verbs"),  # "escaped an assassination attempt"
    "BEATING_VERBS": (_words, "beating_verbs"),  # "hacked to death"
    "ENDING_NOUNS": (_words, "ending_nouns"),  # "a halt to the fighting"
    "CHEMICAL_AGENTS": (_words, "chemical_agents"),  # "chlorine-filled barrel bombs"
    "INCURSION_VERBS": (_words, "incursion_verbs"),  # "tanks rolled into Ramallah"
    "TERRITORY_NOUNS": (_words, "territory_nouns"),
    "VEHICLES": (_words, "vehicles"),  # "gunmen seized a ship": a hijacking
    "STATE_AGENTS": (_words, "state_agents"),
    "IRREGULAR_AGENTS": (_words, "irregular_agents"),  # their bombs: no air strike
    "STATEMENT_NOUNS": (_words, "statement_nouns"),  # "attacked the decision"
    "REACTING_VERBS": (_words, "reacting_verbs"),  # "will respond to": no intent to cooperate
    "KILLING_NOUNS": (_words, "killing_nouns"),  # "the murder of a journalist": 1823
    "JUDGING_VERBS": (_words, "judging_verbs"),  # "called the remarks irresponsible"
    "BLAMING_WORDS": (_words, "blaming_words"),  # ... criticism (111)
    "PRAISING_WORDS": (_words, "praising_words"),  # ... praise (051)
    "ATTEMPTING_VERBS": (_words, "attempting_verbs"),  # "tried to kill": an attempt
    "SIGNIFICANT_AGENTS": (_words, "significant_agents"),  # killing a judge: assassination
    "KILLING_VERBS": (_words, "killing_verbs"),
    "WOUNDING_VERBS": (_words, "wounding_verbs"),  # one person hurt by gunmen: an assault
    "ILLS": (_words, "ills"),  # "fight drug trafficking": no force
    "PERSISTING_FIGHTS": (_words, "persisting_fights"),  # "vowed to fight on": no force
    "KEEPING_VERBS": (_words, "keeping_verbs"),  # "keep fighting"
    "UNARMED_AGENTS": (_words, "unarmed_agents"),  # whose fight kept up is a dispute's
    "ENTERING_VERBS": (_words, "entering_verbs"),  # "let the Red Cross visit": let in
    "CHEMICAL_MODIFIERS": (_words, "chemical_modifiers"),  # "chemical shells"
    "STATE_VERBS": (_words, "state_verbs"),  # "would not be (remain, forget)": no deed refused
    "FULFILLING_VERBS": (_words, "fulfilling_verbs"),  # "fulfilled its promise of aid"
    "INDISCRIMINATE_MARKS": (_words, "indiscriminate_marks"),  # "carpet-bombed the town"
}

__all__ = ["MODALITIES", "combined_code", "stance_of_code", *_TABLES_OF]


@cache
def _constants() -> dict:
    data = _data()
    return {name: read(data, section) for name, (read, section) in _TABLES_OF.items()}


def __getattr__(name: str):
    """The word lists, read from the data file at first use (importing accord.news stays
    cheap for commands that never read the news)."""
    if name in _TABLES_OF:
        constants = _constants()
        globals().update(constants)  # later look-ups find the module attribute directly
        return constants[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# CAMEO roots that are stances whatever act they name: an act done with one of these codes
# ("vetoed the resolution", "defied the court", "gave an ultimatum") is reported with it.
_STANCE_ROOTS = MappingProxyType({"02": "appeal", "10": "demand", "12": "refusal",
                                  "13": "threat"})


def stance_of_code(modality: str | None, cameo: str) -> str | None:
    """The modality an event with code ``cameo`` is reported with: ``modality``, else the
    stance its root is (a veto, 129, is a refusal though nothing wraps it); a statement
    (CAMEO 01: "declined to comment", 011) is one by itself and has none."""
    if cameo[:2] == "01":
        return None
    return modality or _STANCE_ROOTS.get(cameo[:2])


def combined_code(modality: str | None, act: str) -> str | None:
    """The CAMEO code of act ``act`` reported with ``modality`` (None: not codable).

    A hostile act that is vowed, threatened, intended or announced for the future is a threat
    of force (CAMEO 13); a cooperative one is an expressed intent (CAMEO 03).
    """
    c = _constants()
    codes, hostile = c["MODAL_CODES"], c["HOSTILE"]
    if modality in (None, "expected", "possible", "hypothetical"):
        return c["ACT_CODES"][act]
    if modality == "demand":
        return codes["demand"].get(act, "100")
    if modality == "appeal":
        return codes["appeal"].get(act, "020")
    if modality == "refusal":
        return codes["refusal"].get(act, "120") if act not in hostile else None
    if act in hostile:
        return codes["intent"].get(act, "138")  # vowed, threatened, intended force: a threat
    if modality == "threat":
        return codes["intent"].get(act, "130") if act in c["THREATS"] else "130"
    if modality == "agree" and act in codes["agree"]:  # agreeing to a ceasefire declares it
        return codes["agree"][act]
    return codes["intent"].get(act, "030")  # vow, intent, agree, propose
