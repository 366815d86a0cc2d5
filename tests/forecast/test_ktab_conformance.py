"""accord's SMP against KTAB's own reference runs (``../shared/data/ktab``).

Positions must agree to the 0.1 the logs print (0-100 scale), winning probabilities to 4
decimals, and the number of states exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.forecast.smp import SMPOptions, StateTransition, smp
from accord.io.ktab import parse_ktab_xml, read_ktab

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ktablog import KtabLog, parse_log  # noqa: E402
from ktabrng import KtabPrng  # noqa: E402

KTAB = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "ktab"
pytestmark = pytest.mark.skipif(
    not KTAB.is_dir(), reason=f"KTAB reference data not found at {KTAB} (../shared is absent)"
)


def _printed(x: np.ndarray, fmt: str) -> np.ndarray:
    """Values as C's printf shows them (round half away from the binary value)."""
    return np.vectorize(lambda v: float(fmt % v))(x)


def _assert_matches(result, log: KtabLog) -> None:
    assert result.states == log.states
    assert list(result.actors) == log.actors
    assert list(result.dimensions) == log.dimensions
    np.testing.assert_array_equal(_printed(result.history, "%.1f"), log.history)
    np.testing.assert_array_equal(_printed(result.win_probability, "%.4f"), log.win_probability)


def _example_xml() -> str:
    # The shipped smpExample.xml leaves Alice's first coordinate empty; the reference log
    # ("Read dimension 0: 52.80") shows the run used 52.8.
    text = (KTAB / "smpExample.xml").read_text(encoding="utf-8-sig")
    return text.replace("<dCoord></dCoord>", "<dCoord>52.8</dCoord>", 1)


def test_dummy_3dim_default_settings_match_exactly():
    log = parse_log(KTAB / "20170530_ref-dummyData_3Dim.txt")
    scen = read_ktab(KTAB / "dummyData_3Dim.csv")
    assert scen.options == SMPOptions()  # the log ran KTAB's defaults
    _assert_matches(smp(scen.stakeholders), log)


def test_dummy_3dim_choices_are_the_logged_ones():
    log = parse_log(KTAB / "20170530_ref-dummyData_3Dim.txt")
    scen = read_ktab(KTAB / "dummyData_3Dim.csv")
    seen = []

    def chooser(turn, actor, options, p):
        k = int(np.argmax(p))
        seen.append(options[k] == log.choices[turn][actor])
        return k

    smp(scen.stakeholders, chooser=chooser)
    assert seen and all(seen)


def test_shipped_smp_example_has_an_empty_coordinate():
    with pytest.raises(AccordInputError) as err:
        read_ktab(KTAB / "smpExample.xml")
    assert err.value.line == 32 and err.value.field == "dCoord"


def test_smp_example_replayed_choices_match():
    """Stochastic run: replay each actor's logged choice, compare everything else."""
    log = parse_log(KTAB / "20170530_ref-smpExample.txt")
    scen = parse_ktab_xml(_example_xml())
    assert scen.options.transition is StateTransition.STOCHASTIC
    assert scen.options.accommodation is not None

    def chooser(turn, actor, options, p):
        return options.index(log.choices[turn][actor])

    _assert_matches(smp(scen.stakeholders, scen.options, chooser=chooser), log)


def test_smp_example_reproduced_from_ktab_seed():
    """KTAB's PRNG (mt19937_64 + qTrans) with the XML's seed redraws every logged choice.

    Only the order in which KTAB's threads resolved actors and listed bargains comes from
    the log; the choices themselves come from the seed.
    """
    log = parse_log(KTAB / "20170530_ref-smpExample.txt")
    scen = parse_ktab_xml(_example_xml())
    prng = KtabPrng(scen.seed)
    draws = {key: prng.uniform() for key in log.order}

    def chooser(turn, actor, options, p):
        ktab_order = log.bargains[turn][actor]
        probs = [p[options.index(b)] for b in ktab_order]
        u, total, pick = draws[(turn, actor)], 0.0, len(probs) - 1
        for i, pi in enumerate(probs):
            total += pi
            if u <= total:
                pick = i
                break
        return options.index(ktab_order[pick])

    _assert_matches(smp(scen.stakeholders, scen.options, chooser=chooser), log)
