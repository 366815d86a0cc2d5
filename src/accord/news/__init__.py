"""Read the news: from reports to coded events, stances and scenario updates (``accord read``).

>>> from accord.news import ActorDictionary
>>> ActorDictionary.builtin().names["hamas"].code
'PSEHMS'
"""

from .actor_files import load_actors
from .actors import Actor, ActorDictionary, Entry
from .codes import CAMEO, PLOVER_CATEGORIES, Code
from .corpus import CorpusScore, score_reader
from .digest import Digest, digest
from .events import Event, Sentence
from .gold import load_gold
from .reader import Reading
from .reader import read as read_news
from .stances import Stance, match_options, stances
from .status import TalkStatus, talk_status
from .text import RawDocument, read_documents, read_stream
from .timeline import TimelineEntry, timeline
from .updates import Change, UpdateOptions, apply_updates, propose_updates, scenario_diff

__all__ = [
    "CAMEO", "PLOVER_CATEGORIES", "Actor", "ActorDictionary", "Change", "Code", "CorpusScore",
    "Digest", "Entry", "Event", "RawDocument", "Reading", "Sentence", "Stance", "TalkStatus",
    "TimelineEntry", "UpdateOptions", "apply_updates", "digest", "load_actors",
    "load_gold", "match_options", "propose_updates", "read_documents", "read_news", "read_stream",
    "scenario_diff", "score_reader",
    "stances", "talk_status", "timeline",
]
