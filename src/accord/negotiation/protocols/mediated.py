"""Mediated single negotiation text (Raiffa 1982; Klein et al. 2003).

A mediator, who knows no one's preferences, tables a text and then, round by round, a
candidate change to it. Each party accepts or vetoes the candidate (``state.phase ==
"vote"``, ``state.text`` the current text); the mediator decides from the votes whether the
candidate replaces the text (by default only when no one vetoes). A bridging proposal from
the scenario's dynamics is voted on the same way and adopted when everyone accepts. At the
deadline, or earlier when the mediator proposes ``None``, the parties ratify or reject the
final text (``state.phase == "ratify"``); it is an agreement when all ratify. Any party may
end the talks instead of voting.
"""

from __future__ import annotations

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
                        break
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
        return self._ratify(text)

    def _ratify(self, text: int) -> tuple[int | None, str]:
        r, t = self._last
        state = self.state
        state.phase = "ratify"
        state.standing, state.proposer = text, "mediator"
        self.trace.add(r, t, SYSTEM, "ratify", text)
        agreed = True
        for i, agent in enumerate(self.agents):
            answer = self._response(i, self.budget.call(i, agent.respond, state, text))
            if answer is END:
                return self._end(r, t, i, "ended")
            self.trace.add(r, t, i, answer.value, text)
            agreed = agreed and answer is ACCEPT
        return (text, "agreement") if agreed else (None, "rejected")
