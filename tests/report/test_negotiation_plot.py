"""The negotiation plot, checked as a reader would look at it: no text over another text,
the result where the numbers say, no ZOPA where there is none, every party named."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("matplotlib")

from plotcheck import assert_readable  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from accord.cli.main import app  # noqa: E402
from accord.io import load_scenario  # noqa: E402
from accord.io.yaml import dump_scenario  # noqa: E402
from accord.model import Scenario  # noqa: E402
from accord.model.generate import random_scenario, split_the_pie  # noqa: E402
from accord.model.problem import compile_problem
from accord.negotiation import negotiate  # noqa: E402
from accord.report.negotiation_plot import plot_negotiation  # noqa: E402


def legend_labels(fig) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def footer(fig) -> str:
    return "\n".join(t.get_text() for t in fig.texts)


def test_flagship_figure_has_no_overlapping_text(flagship_path, tmp_path):
    problem = compile_problem(load_scenario(flagship_path))
    run = negotiate(problem, ["boulware", "boulware"], seed=1)
    assert len(run.events) >= 5
    fig = plot_negotiation(run, problem, tmp_path / "gaza.png")
    assert_readable(fig)
    assert not any(label.startswith("ZOPA") for label in legend_labels(fig))  # it is empty
    assert "No ZOPA" in footer(fig)
    for number, event in enumerate(run.events, 1):
        assert f"{number:>2}. round {event.round}" in footer(fig)


def test_many_events_close_together_keep_their_labels_apart(tmp_path):
    base = split_the_pie(40, reservation_values=(0.2, 0.2)).model_dump(mode="json")
    events = [
        {
            "type": "reservation_change",
            "party": "ab"[k % 2],
            "round": 10 + k,
            "delta": 0.001,
            "label": f"pressure number {k}",
        }
        for k in range(12)
    ]
    scenario = Scenario.model_validate({**base, "dynamics": events})
    problem = compile_problem(scenario)
    run = negotiate(problem, ["boulware", "conceder"], rounds=60, seed=3)
    assert len(run.events) == 12
    fig = plot_negotiation(run, problem, tmp_path / "crowded.png")
    numbers = [t for t in fig.axes[0].texts if t.get_text()]
    assert len(numbers) >= 6  # distinct points, one label each
    assert_readable(fig)


def test_zopa_is_drawn_with_its_size_only_when_it_exists(tmp_path):
    # a gets x/20 >= 0.28 for x >= 6, b gets 1 - x/20 >= 0.38 for x <= 12: 7 packages
    problem = compile_problem(split_the_pie(20, reservation_values=(0.28, 0.38)))
    run = negotiate(problem, ["linear", "linear"], rounds=30)
    fig = plot_negotiation(run, problem, tmp_path / "pie.png")
    assert "ZOPA (7 packages)" in legend_labels(fig)
    assert "No ZOPA" not in footer(fig)


def test_agreement_marker_sits_at_the_printed_discounted_utilities(tmp_path):
    problem = compile_problem(split_the_pie(20, discount_factors=(0.8, 0.9)))
    run = negotiate(problem, ["boulware", "boulware"], rounds=30, seed=2)
    result = run.result
    assert result.agreed and result.time > 0.5
    fig = plot_negotiation(run, problem, tmp_path / "discounted.png")
    ax = fig.axes[0]
    marker = next(line for line in ax.lines if line.get_label().startswith("agreement (round"))
    assert np.allclose(np.ravel(marker.get_xydata()), result.utilities)
    raw = next(line for line in ax.lines if line.get_label() == "agreement, undiscounted")
    assert np.allclose(np.ravel(raw.get_xydata()), result.raw_utilities)
    assert "discounted, u × d^t" in footer(fig)
    assert f"a {result.utilities[0]:.3f}, b {result.utilities[1]:.3f}" in footer(fig)
    assert_readable(fig)


def test_undiscounted_result_says_so(tmp_path):
    problem = compile_problem(split_the_pie(20))
    run = negotiate(problem, ["boulware", "linear"], rounds=30)
    fig = plot_negotiation(run, problem, tmp_path / "plain.png")
    marker = next(line for line in fig.axes[0].lines if line.get_label().startswith("agreement"))
    assert np.allclose(np.ravel(marker.get_xydata()), run.result.utilities)
    assert "not discounted (no discount factors)" in footer(fig)


UNICODE = """
name: "Talks — 会谈"
issues:
  tariff: {type: integer, min: 0, max: 6}
  quota: {type: ordinal, values: [low, mid, high]}
parties:
  greece: {name: Ελλάδα, reservation_value: 0.2, weights: {tariff: 0.6, quota: 0.4},
           values: {tariff: {type: linear, direction: increasing},
                    quota: {type: linear, direction: increasing}}}
  china: {name: 中国, reservation_value: 0.2, weights: {tariff: 0.5, quota: 0.5},
          values: {tariff: {type: linear, direction: decreasing},
                   quota: {type: linear, direction: decreasing}}}
  hamas: {name: "Hamas — حماس", reservation_value: 0.1, weights: {tariff: 0.3, quota: 0.7},
          values: {tariff: {type: linear, direction: increasing},
                   quota: {low: 0, mid: 1, high: 0.5}}}
dynamics:
  - {type: reservation_change, party: greece, round: 5, delta: 0.01, label: "Αθήνα — حماس"}
"""


def test_unicode_names_render_or_fall_back_without_warnings(tmp_path):
    from accord.report.glyphs import Glyphs

    path = tmp_path / "unicode.yaml"
    path.write_text(UNICODE, encoding="utf-8")
    problem = compile_problem(load_scenario(path))
    run = negotiate(problem, ["linear"] * 3, rounds=20, seed=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot_negotiation(run, problem, tmp_path / "unicode.png", parties="hamas,china")
        assert_readable(fig)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "utility of hamas"  # Arabic is not shaped: the key instead
    china = "中国" if Glyphs(["中国"]).can_draw("中国") else "china"
    assert ax.get_ylabel() == f"utility of {china}"
    assert "left out: Ελλάδα" in footer(fig)


def test_single_text_legend_says_what_its_lines_are(tmp_path):
    labour = load_scenario(Path(__file__).resolve().parents[2] / "examples" / "labour-dispute.yaml")
    problem = compile_problem(labour)
    run = negotiate(problem, ["hillclimber"] * 2, mediator="hill_climb", seed=1)
    fig = plot_negotiation(run, problem, tmp_path / "labour.png")
    labels = legend_labels(fig)
    assert any(label.startswith("candidate texts put to a vote (") for label in labels)
    assert any(label.startswith("the mediator's text, as amended (") for label in labels)
    assert "text put to ratification, refused" in labels
    assert "ZOPA (121 packages)" in labels
    assert not any("offers" in label for label in labels)
    assert_readable(fig)


@pytest.fixture
def three_party_file(tmp_path):
    path = tmp_path / "three.yaml"
    path.write_text(dump_scenario(random_scenario((3, 4), n_parties=3, seed=2)))
    return path


def test_simulate_plots_the_chosen_pair_and_names_who_is_left_out(three_party_file, tmp_path):
    png = tmp_path / "pair.png"
    args = ["simulate", str(three_party_file), "--agents", "linear,linear,linear"]
    result = CliRunner().invoke(app, [*args, "--plot", str(png), "--pair", "p2,p0"])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--plot", "x.png", "--pair", "p0,p9"],
            "'p9' is not a negotiating party; negotiating parties: p0, p1, p2",
        ),
        (["--plot", "x.png", "--pair", "p0"], "name two negotiating parties"),
        (["--plot", "x.png", "--pair", "p1,p1"], "two different parties"),
        (["--pair", "p0,p1"], "--pair: chooses what --plot draws: give --plot too"),
    ],
)
def test_simulate_refuses_a_bad_pair(three_party_file, extra, message):
    args = ["simulate", str(three_party_file), "--agents", "linear,linear,linear", *extra]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_library_pair_by_name_names_the_left_out_party(tmp_path):
    problem = compile_problem(random_scenario((3, 4), n_parties=3, seed=2))
    run = negotiate(problem, ["linear"] * 3, rounds=20)
    fig = plot_negotiation(run, problem, tmp_path / "p.png", parties=("p2", "p0"))
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("utility of p2", "utility of p0")
    assert "left out: p1" in footer(fig)
    assert "Pareto frontier of p2 and p0" in legend_labels(fig)
    assert_readable(fig)
