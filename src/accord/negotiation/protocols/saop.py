"""Stacked alternating offers (SAOP), the multilateral protocol of GENIUS and ANAC.

Parties move in a fixed order, round after round. On its turn a party answers the standing
offer: it accepts, ends the negotiation, or rejects it and makes a counter-offer, which
becomes the new standing offer. An offer is agreed once every other party has accepted it
in turn (every party, for a mediator's bridging proposal). Talks end at the deadline
without agreement. Relative time is ``round / (rounds - 1)``: 0 in the first round and 1 in
the last, when time-based agents reach their reservation values.
"""

from __future__ import annotations

from ..session import MEDIATOR, SYSTEM, Ended, Session
from ..views import Response

__all__ = ["SAOP"]

ACCEPT, REJECT, END = Response.ACCEPT, Response.REJECT, Response.END


class SAOP(Session):
    """Stacked alternating offers among all negotiating parties."""

    protocol = "saop"

    def _run(self) -> tuple[int | None, str]:
        n, agents, state, trace = self.n, self.agents, self.state, self.trace
        call, parties = self.budget.call, self.parties
        schedule = self.schedule
        n_outcomes, check = self.problem.n_outcomes, self.problem.feasible is not None
        standing, proposer, accepts = -1, -1, 0
        r = 0
        try:
            while r < self.rounds:
                t = self._clock(r)
                if not schedule.idle:
                    bridge = self._dynamics(r, t)
                    t = self._clock(r)
                    if schedule.absent:
                        trace.add(r, t, SYSTEM, "suspended")
                        standing, proposer, accepts = -1, -1, 0
                        state.standing = state.proposer = None
                        r += 1
                        continue
                    if bridge is not None:
                        standing, proposer, accepts = bridge, MEDIATOR, 0
                        state.standing, state.proposer = bridge, "mediator"
                        trace.add_offer(r, t, MEDIATOR, "offer", bridge)
                for i in range(n):
                    agent = agents[i]
                    if standing >= 0 and proposer != i:
                        answer = call(i, agent.respond, state, standing)
                        if answer.__class__ is not Response:
                            answer = self._response(i, answer)
                        if answer is ACCEPT:
                            trace.add(r, t, i, "accept", standing)
                            accepts += 1
                            if accepts == (n - 1 if proposer >= 0 else n):
                                return standing, "agreement"
                            continue
                        if answer is END:
                            return self._end(r, t, i, "ended")
                        trace.add(r, t, i, "reject", standing)
                    offer = call(i, agent.propose, state)
                    if check or offer.__class__ is not int or not 0 <= offer < n_outcomes:
                        offer = self._outcome(i, offer)
                    trace.add_offer(r, t, i, "offer", offer)
                    standing, proposer, accepts = offer, i, 0
                    state.standing, state.proposer = offer, parties[i]
                r += 1
        except Ended as stop:
            return None, stop.reason
        return None, "deadline"
