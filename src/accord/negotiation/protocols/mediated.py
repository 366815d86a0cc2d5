"""Mediated single negotiation text (Raiffa 1982; Klein et al. 2003).

A mediator, who knows no one's preferences, tables a text and then, round by round, a
candidate change to it. Each party accepts or vetoes the candidate (``state.phase ==
"vote"``, ``state.text`` the current text); the mediator decides from the votes whether the
candidate replaces the text (by default only when no one vetoes). A bridging proposal from
the scenario's dynamics is voted on the same way and adopted when everyone accepts.

When the mediator proposes ``None`` it calls a ratification vote on the current text
(``state.phase == "ratify"``): a text every party ratifies is the agreement. When someone
rejects it the talks go on, and the mediator learns who rejected (its optional
``ratified(state, text, votes)``), so that it can revise the text for them: a draft the
parties critique and the mediator amends, as in Raiffa's single negotiating text. At the
deadline the parties vote on the final text; when someone rejects it, the result says why
(``Result.note``). Any party may end the talks instead of voting.

References
----------
Raiffa, H. (1982). *The Art and Science of Negotiation*, ch. 14. Harvard University Press.
Klein, M., Faratin, P., Sayama, H. and Bar-Yam, Y. (2003). Negotiating complex contracts.
*Group Decision and Negotiation* 12(2), 111-125.
"""

from __future__ import annotations

import numpy as np

from ...model.tolerance import UTILITY_TOLERANCE
from ..guard import AgentFailure
from ..session import MEDIATOR, SYSTEM, Ended, Session
from ..views import Response

__all__ = ["SingleText"]

ACCEPT, REJECT, END = Response.ACCEPT, Response.REJECT, Response.END


class SingleText(Session):
    """Single-text mediation among 2 to 10 parties."""

    protocol = "single_text"

    def _run(self) -> tuple[int | None, str]:
        if self.mediator is None:
            raise AgentFailure(self.n, "single-text mediation needs a mediator")
        if not 2 <= self.n <= 10:
            raise AgentFailure(
                self.n, f"single-text mediation is for 2 to 10 parties, not {self.n}"
            )
        state, trace, schedule = self.state, self.trace, self.schedule
        m = self.n
        mediator = self.mediator
        self._vetoes = np.zeros(self.n, dtype=int)
        self._votes = 0
        text = None
        r = 0
        state.phase = "vote"
        try:
            while r < self.rounds:
                t = self._clock(r)
                bridge = None
                if not schedule.idle:
                    bridge = self._dynamics(r, t)
                    t = self._clock(r)
                    if schedule.absent:
                        trace.add(r, t, SYSTEM, "suspended")
                        r += 1
                        continue
                if text is None and bridge is None:
                    text = self._outcome(m, self.budget.call(m, mediator.propose, state))
                    trace.add_offer(r, t, MEDIATOR, "text", text)
                    state.text = text
                if bridge is not None:
                    candidate = bridge
                else:
                    proposal = self.budget.call(m, mediator.propose, state)
                    if proposal is None:
                        votes = self._ratify(text)
                        if votes is None:
                            return None, "ended"
                        if all(v is ACCEPT for v in votes):
                            return text, "agreement"
                        if hasattr(mediator, "ratified"):
                            self.budget.call(m, mediator.ratified, state, text, votes)
                        state.phase = "vote"
                        r += 1
                        continue
                    candidate = self._outcome(m, proposal)
                trace.add_offer(r, t, MEDIATOR, "propose", candidate)
                state.standing, state.proposer = candidate, "mediator"
                votes = []
                for i, agent in enumerate(self.agents):
                    answer = self._response(i, self.budget.call(i, agent.respond, state, candidate))
                    if answer is END:
                        return self._end(r, t, i, "ended")
                    trace.add(r, t, i, answer.value, candidate)
                    votes.append(answer)
                self._votes += 1
                self._vetoes += [v is not ACCEPT for v in votes]
                if bridge is not None or not hasattr(mediator, "adopt"):
                    adopt = all(v is ACCEPT for v in votes)
                else:
                    adopt = bool(
                        self.budget.call(m, mediator.adopt, state, candidate, tuple(votes))
                    )
                if adopt or text is None:
                    text = candidate
                    trace.add(r, t, MEDIATOR, "adopt", text)
                    state.text = text
                r += 1
        except Ended as stop:
            if stop.reason != "deadline" or text is None:
                return None, stop.reason
        if text is None:
            return None, "deadline"
        votes = self._ratify(text)
        if votes is None:
            return None, "ended"
        if all(v is ACCEPT for v in votes):
            return text, "agreement"
        self.note = self._why_rejected(votes)
        return None, "rejected"

    def _ratify(self, text: int) -> tuple[Response, ...] | None:
        """The parties' votes on ``text`` as the agreement; None when one ends the talks."""
        r, t = self._last
        state = self.state
        state.phase = "ratify"
        state.standing, state.proposer = text, "mediator"
        self.trace.add(r, t, SYSTEM, "ratify", text)
        votes = []
        for i, agent in enumerate(self.agents):
            answer = self._response(i, self.budget.call(i, agent.respond, state, text))
            if answer is END:
                self._end(r, t, i, "ended")
                return None
            self.trace.add(r, t, i, answer.value, text)
            votes.append(answer)
        return tuple(votes)

    def _why_rejected(self, votes: tuple[Response, ...]) -> str:
        """Who rejected the final text, how often each party vetoed, and how close the
        texts tabled came to everyone's walk-away value (computed here, where every
        party's utility is known; no agent sees it)."""
        names = self.parties
        parts = [
            f"{_listed(names[i] for i, v in enumerate(votes) if v is not ACCEPT)} "
            "rejected the final text"
        ]
        if self._votes:
            vetoed = ", ".join(f"{names[i]} {int(k)}" for i, k in enumerate(self._vetoes) if k)
            parts.append(f"vetoes of the {self._votes} proposals: {vetoed or 'none'}")
        tabled = np.unique(
            [o for a, o in zip(self.trace.action, self.trace.outcome) if a in ("text", "propose")]
        )
        if len(tabled):
            shortfall = self.reservation_values[None, :] - self.utilities[tabled]
            k = int(np.argmin(shortfall.max(axis=1)))
            short = np.flatnonzero(shortfall[k] > UTILITY_TOLERANCE)
            if len(short):
                below = _listed(f"{names[i]} {shortfall[k, i]:.3f}" for i in short)
                values = "its walk-away value" if len(short) == 1 else "their walk-away values"
                parts.append(
                    f"of the {len(tabled)} texts tabled, the closest to acceptable left "
                    f"{below} below {values}"
                )
            else:
                parts.append("a text every party could accept was tabled but not adopted")
        return "; ".join(parts)


def _listed(items) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = list(items)
    return " and ".join(filter(None, [", ".join(items[:-1]), *items[-1:]]))
