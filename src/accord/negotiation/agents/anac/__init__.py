"""Agents of the Automated Negotiating Agents Competition (ANAC), reimplemented.

The 2011 finalists (HardHeaded, Gahboninho, IAMhaggler2011, AgentK2, TheNegotiator,
BRAMAgent, ValueModelAgent, Nice Tit for Tat) and the winners from 2010 to 2019 (AgentK,
CUHKAgent, TheFawkes, Atlas3, Caduceus, PonPokoAgent, AgreeableAgent2018, AgentGG), each
written from its published description and, where needed, GENIUS's Java sources (read,
not translated). Each module's docstring cites its sources and says what was simplified.
The agents from 2015 on were designed for multilateral talks and play with any number of
parties; the earlier ones treat every other party's offers as the opponent's.

References
----------
T. Baarslag, K. Fujita, E. Gerding, K. Hindriks, T. Ito, N. Jennings, C. Jonker, S. Kraus,
R. Lin, V. Robu & C. Williams (2013). Evaluating practical negotiating agents: results and
analysis of the 2011 international competition. *Artificial Intelligence* 198, 73-103.
"""

from .agentgg import AgentGG
from .agentk import AgentK, AgentK2
from .agreeable import AgreeableAgent2018
from .atlas3 import Atlas3
from .bramagent import BRAMAgent
from .caduceus import Caduceus
from .cuhkagent import CUHKAgent
from .gahboninho import Gahboninho
from .hardheaded import HardHeaded
from .iamhaggler import IAMhaggler2011
from .nicetitfortat import NiceTitForTat
from .ponpoko import PonPokoAgent
from .thefawkes import TheFawkes
from .thenegotiator import TheNegotiator
from .valuemodel import ValueModelAgent

__all__ = [
    "ANAC_AGENTS",
    "FINALISTS_2011",
    "AgentGG",
    "AgentK",
    "AgentK2",
    "AgreeableAgent2018",
    "Atlas3",
    "BRAMAgent",
    "CUHKAgent",
    "Caduceus",
    "Gahboninho",
    "HardHeaded",
    "IAMhaggler2011",
    "NiceTitForTat",
    "PonPokoAgent",
    "TheFawkes",
    "TheNegotiator",
    "ValueModelAgent",
]

ANAC_AGENTS: dict[str, type] = {
    cls.name: cls
    for cls in (
        AgentK,
        HardHeaded,
        Gahboninho,
        IAMhaggler2011,
        AgentK2,
        TheNegotiator,
        BRAMAgent,
        ValueModelAgent,
        NiceTitForTat,
        CUHKAgent,
        TheFawkes,
        Atlas3,
        Caduceus,
        PonPokoAgent,
        AgreeableAgent2018,
        AgentGG,
    )
}
"""The ANAC agents by registered name."""

FINALISTS_2011 = (
    "hardheaded",
    "gahboninho",
    "iamhaggler2011",
    "agentk2",
    "thenegotiator",
    "bramagent",
    "nicetitfortat",
    "valuemodelagent",
)
"""The eight finalists of ANAC 2011, in the order of the final ranking (Baarslag et al.
2013)."""
