"""Plotly figures of accord's results, for the HTML report and the dashboard.

Each builder takes library results (an :class:`~accord.analysis.Analysis`, a
:class:`~accord.analysis.robust.RobustAnalysis`, a negotiation, a forecast) and returns a
``plotly.graph_objects.Figure``; none computes a number of its own. Text from a scenario is
escaped for Plotly's labels (:func:`~.style.pseudo_html`).
"""

from .forecast import forecast_paths
from .offers import event_rows, offers_over_time
from .robust import p_zopa_summary, robust_packages, tornado
from .space import utility_space
from .timeline import news_timeline, sources_timeline

__all__ = [
    "event_rows",
    "forecast_paths",
    "news_timeline",
    "offers_over_time",
    "p_zopa_summary",
    "robust_packages",
    "sources_timeline",
    "tornado",
    "utility_space",
]
