r"""Which forecasting model beats the weighted mean on EU decisions it has not seen?

Candidates are scored on the DEU development half (``../shared/data/backtest/deu-dev.csv``,
169 issues of 67 proposals; ``d00032i1`` is an issue of proposal ``d00032``) by **nested
cross-validation over whole proposals**: the proposals are dealt into 10 outer folds (as
``accord.forecast.selection.cross_validate`` deals them); for each outer fold, every fitted
parameter, and the choice among several specifications when a candidate has several, is
learnt on the other nine folds only (the choice by a 10-fold cross-validation inside them),
then the held-out fold is forecast.  Issues of one proposal never straddle a split, and no
parameter is set issue by issue.  Each candidate is run with seeds 0-4 (the seed shuffles
the proposals into folds); the table gives the pooled held-out MAE per seed, its mean and
the relative gain over the capability x salience weighted mean (MAE 23.84), then 95 %
percentile intervals from 2,000 bootstrap resamples of whole proposals: of the MAE, and of
the paired gain over the weighted mean (both on each issue's held-out error averaged over
the seeds), with the share of resamples in which the candidate does not beat it.

Candidates (positions on the issue's 0-100 scale; the Commission is actor ``com``, the
European Parliament ``ep``, every other actor a member state in the Council):

- fixed rules, nothing fitted: the weighted mean ("compromise model", Achen 2006), the
  unweighted mean, the salience-weighted mean (the salience model of Schneider, Finke &
  Bailer 2010, without their status quo), the Council members' mean, the Commission's or
  the Parliament's position (the weighted mean where the actor takes none), and a
  procedural model without reference point: the Commission's position clamped into the
  Council's qualified-majority core, between the capability-weighted 26 % and 74 % quantiles
  of the member states' positions (after Steunenberg 1994 and Crombez 1996, who need the
  status quo the data lack);
- least-absolute-deviation (median) regressions of the outcome on model forecasts and
  actors' positions (Koenker & Bassett 1978), fitted on the training folds;
- "compromise or majority": the weighted median of the actors' weights (share ``alpha``)
  and the weighted mean (share ``1 - alpha``); ``alpha`` chosen in the training folds;
- **position choice**: a conditional logit (McFadden 1974) over the stated positions and the
  compromise, giving each candidate point ``c`` the utility ``b . f(c)`` with features
  ``logw`` (log of the capability x salience share at ``c``, + 0.01), ``dist`` (``|c -
  weighted mean|`` on the unit scale), ``com``/``ep`` (the Commission's/Parliament's
  position), ``comp`` (the compromise, when no one states it) and ``endp`` (the lowest or
  highest stated position); fitted by maximum likelihood (Newton, ridge 0.01) with the
  stated position or compromise nearest the outcome as the chosen one, and forecasting the
  median of the fitted probabilities (the point with the least expected absolute error).

Run: ``python benchmarks/deu_models.py [--seeds 5] [--data PATH]`` (about a minute of CPU).
Prints a Markdown table (docs/forecast.md, "Which model") and the position-choice
coefficients fitted on all 169 issues.

References
----------
Achen, C. H. (2006). Evaluating political decision-making models. In Thomson et al.
(eds.), *The European Union Decides*, Cambridge University Press, ch. 10.
Crombez, C. (1996). Legislative procedures in the European Community. *British Journal of
Political Science* 26(2), 199-228.
Koenker, R., Bassett, G. (1978). Regression quantiles. *Econometrica* 46(1), 33-50.
McFadden, D. (1974). Conditional logit analysis of qualitative choice behavior. In
Zarembka (ed.), *Frontiers in Econometrics*, Academic Press, 105-142.
Schneider, G., Finke, D., Bailer, S. (2010). Bargaining power in the European Union: an
evaluation of competing game-theoretic models. *Political Studies* 58(1), 85-103.
Steunenberg, B. (1994). Decision making under different institutional arrangements.
*Journal of Institutional and Theoretical Economics* 150(4), 642-669.
Thomson, R. (2011). *Resolving Controversy in the European Union*. Cambridge University
Press.
Varma, S., Simon, R. (2006). Bias in error estimation when using cross-validation for
model selection. *BMC Bioinformatics* 7, 91.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from accord.forecast.backtest import backtest
from accord.forecast.baselines import weighted_median
from accord.forecast.choice import (
    ChoiceCoefficients,
    choice_probabilities,
    choice_set,
    fit_choice,
)
from accord.io.backtest import read_backtest_table

DEU = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "backtest" / "deu-dev.csv"
DEU_PROPOSALS = r"([a-z]\d+)i\d+"
FIT_ISSUES = (Path(__file__).resolve().parents[1] / "src" / "accord" / "forecast" / "data"
              / "choice_fit_issues.txt")
ROLES = ("com", "ep")
#: Role columns added to the position-choice features (accord ships the first, no roles).
ROLE_SPECS = {"": (), " + Parliament": ("ep",), " + Commission + Parliament": ("com", "ep")}

#: ``learner(train, test)``: forecasts for the ``test`` issues, fitted on ``train`` only.
Learner = Callable[[np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Issue:
    name: str
    proposal: str
    actors: tuple[str, ...]
    x: np.ndarray  # positions, 0-100
    s: np.ndarray  # saliences
    c: np.ndarray  # capabilities
    y: float  # recorded outcome
    exchange: float  # the exchange model's forecast, trading within the proposal


def load(path: Path) -> list[Issue]:
    data = read_backtest_table(path, proposal_pattern=DEU_PROPOSALS)
    exchange = backtest(data, ["exchange"]).forecasts[0]
    out = []
    for it, ex in zip(data.issues, exchange, strict=True):
        st = it.stakeholders
        lo, hi = st.scale
        out.append(Issue(it.name, it.proposal or it.name, st.names,
                         100.0 * st.unit_position()[:, 0], st.salience[:, 0].copy(),
                         st.capability.copy(), 100.0 * (it.outcome - lo) / (hi - lo),
                         100.0 * (ex - lo) / (hi - lo)))
    return out


# ----------------------------------------------------------------------------- fixed rules

def wmean(x: np.ndarray, w: np.ndarray) -> float:
    return float(np.dot(w, x) / w.sum()) if w.sum() > 0 else float(x.mean())


def wquantile(x: np.ndarray, w: np.ndarray, q: float) -> float:
    order = np.argsort(x, kind="stable")
    cum = np.cumsum(w[order]) / w.sum()
    return float(x[order][min(int(np.searchsorted(cum, q - 1e-12)), len(x) - 1)])


def role(it: Issue, name: str) -> float | None:
    return float(it.x[it.actors.index(name)]) if name in it.actors else None


def council(it: Issue) -> np.ndarray:
    return np.array([a not in ROLES for a in it.actors])


def fixed_rules(issues: Sequence[Issue]) -> dict[str, np.ndarray]:
    """Forecasts of the rules without parameters, per issue."""
    out: dict[str, list[float]] = {}

    def put(name: str, v: float) -> None:
        out.setdefault(name, []).append(v)

    for it in issues:
        w = it.c * it.s
        m = council(it)
        wm = wmean(it.x, w)
        com, ep = role(it, "com"), role(it, "ep")
        lo, hi = wquantile(it.x[m], it.c[m], 0.26), wquantile(it.x[m], it.c[m], 0.74)
        put("weighted mean (compromise)", wm)
        put("unweighted mean", float(it.x.mean()))
        put("salience-weighted mean", wmean(it.x, it.s))
        put("Council members' mean", float(it.x[m].mean()))
        put("Commission's position", wm if com is None else com)
        put("Parliament's position", wm if ep is None else ep)
        put("Commission in the QMV core", float(np.clip(wm if com is None else com, lo, hi)))
        put("weighted median", weighted_median(it.x, w))
        put("lowest position", float(it.x.min()))
        put("highest position", float(it.x.max()))
    return {k: np.array(v) for k, v in out.items()}


# ------------------------------------------------------------------------ learned models

def lad(X: np.ndarray, y: np.ndarray, iters: int = 200) -> np.ndarray:
    """Least absolute deviations by iteratively reweighted least squares."""
    b = np.linalg.lstsq(X, y, rcond=None)[0]
    for _ in range(iters):
        sw = 1.0 / np.sqrt(np.maximum(np.abs(y - X @ b), 1e-6))
        nb = np.linalg.lstsq(X * sw[:, None], y * sw, rcond=None)[0]
        done = np.max(np.abs(nb - b)) < 1e-9
        b = nb
        if done:
            break
    return b


def lad_learner(columns: Sequence[np.ndarray], y: np.ndarray) -> Learner:
    X = np.column_stack(columns)
    return lambda tr, te: np.clip(X[te] @ lad(X[tr], y[tr]), 0.0, 100.0)


def mixture_median(it: Issue, alpha: float) -> float:
    """Weighted median of the actors (share ``alpha``) and the weighted mean (the rest)."""
    w = it.c * it.s
    points = np.append(it.x, wmean(it.x, w))
    return weighted_median(points, np.append(alpha * w / w.sum(), 1.0 - alpha))


@dataclass(frozen=True)
class Choices:
    """Each issue's candidate points (0-100) and feature rows, and the candidate nearest its
    outcome (``target``): the choice sets of :mod:`accord.forecast.choice`, plus the study's
    role columns (1 at the Commission's / the Parliament's position)."""

    points: tuple[np.ndarray, ...]
    features: tuple[np.ndarray, ...]
    target: np.ndarray


def choices(issues: Sequence[Issue], centres: np.ndarray,
            roles: Sequence[str] = ()) -> Choices:
    pts, feats, target = [], [], []
    for it, centre in zip(issues, centres, strict=True):
        p, f = choice_set(it.x / 100.0, it.c * it.s, centre / 100.0)
        at = [np.isclose(100.0 * p, role(it, r) if r in it.actors else np.nan, rtol=0,
                         atol=1e-9).astype(float) for r in roles]
        pts.append(100.0 * p)
        feats.append(np.column_stack([f, *at]))
        target.append(int(np.argmin(np.abs(100.0 * p - it.y))))
    return Choices(tuple(pts), tuple(feats), np.array(target))


def logit_learner(ch: Choices) -> Learner:
    def learn(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        b = fit_choice([ch.features[k] for k in tr], ch.target[tr])
        return np.array([weighted_median(ch.points[k], choice_probabilities(ch.features[k], b))
                         for k in te])
    return learn


# ------------------------------------------------------------------- nested cross-validation

def folds_of(groups: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Fold of each issue: proposals shuffled by ``seed`` and dealt round-robin."""
    g = np.unique(groups, return_inverse=True)[1]
    order = np.random.default_rng(seed).permutation(g.max() + 1)
    fold = np.empty(g.max() + 1, dtype=int)
    fold[order] = np.arange(g.max() + 1) % k
    return fold[g]


def held_out(learner: Learner, idx: np.ndarray, groups: np.ndarray, k: int,
             seed: int) -> np.ndarray:
    fold = folds_of(groups[idx], k, seed)
    out = np.empty(len(idx))
    for j in range(k):
        out[fold == j] = learner(idx[fold != j], idx[fold == j])
    return out


def nested(learners: Sequence[Learner], groups: np.ndarray, y: np.ndarray, seed: int,
           k: int = 10) -> np.ndarray:
    """Held-out forecasts; with several learners, each outer training part picks one by its
    own inner k-fold cross-validation."""
    idx = np.arange(len(y))
    fold = folds_of(groups, k, seed)
    out = np.empty(len(y))
    for j in range(k):
        tr, te = idx[fold != j], idx[fold == j]
        best = 0
        if len(learners) > 1:
            inner = [np.abs(held_out(L, tr, groups, k, seed + 1000 * (j + 1)) - y[tr]).mean()
                     for L in learners]
            best = int(np.argmin(inner))
        out[te] = learners[best](tr, te)
    return out


def bootstrap(err: np.ndarray, groups: np.ndarray, draws: int = 2000,
              seed: int = 0) -> np.ndarray:
    """MAE of ``draws`` resamples of whole proposals."""
    g = np.unique(groups, return_inverse=True)[1]
    n = g.max() + 1
    sums, counts = np.bincount(g, err, minlength=n), np.bincount(g, minlength=n)
    pick = np.random.default_rng(seed).integers(0, n, size=(draws, n))
    return sums[pick].sum(axis=1) / counts[pick].sum(axis=1)


def given(forecasts: np.ndarray) -> Learner:
    """A rule with nothing to fit: its forecasts, whatever the training issues."""
    return lambda tr, te: forecasts[te]


def candidates(issues: Sequence[Issue]) -> dict[str, list[Learner]]:
    y = np.array([it.y for it in issues])
    rules = fixed_rules(issues)
    out: dict[str, list[Learner]] = {name: [given(f)] for name, f in rules.items()}
    um, com, ep = rules["unweighted mean"], rules["Commission's position"], \
        rules["Parliament's position"]
    one = np.ones(len(y))
    out["LAD of unweighted mean, Commission, Parliament"] = [lad_learner([um, com, ep], y)]
    out["LAD of the same + intercept"] = [lad_learner([one, um, com, ep], y)]
    out["LAD of the same + lowest, highest position"] = [
        lad_learner([um, com, ep, rules["lowest position"], rules["highest position"]], y)]
    alphas = np.round(np.arange(0.0, 1.0001, 0.05), 2)
    mix = {a: np.array([mixture_median(it, a) for it in issues]) for a in alphas}
    out["compromise or majority (alpha chosen)"] = [given(mix[a]) for a in alphas]
    centres = {"weighted mean": rules["weighted mean (compromise)"],
               "exchange": np.array([it.exchange for it in issues])}
    logits = {(c, r): logit_learner(choices(issues, centres[c], roles))
              for c in centres for r, roles in ROLE_SPECS.items()}
    for (c, r), L in logits.items():
        out[f"position choice around the {c}{r}"] = [L]
    out["position choice, centre chosen"] = [logits[c, ""] for c in centres]
    out["position choice, centre and roles chosen"] = list(logits.values())
    out["any learned model above, chosen"] = [
        L for n, Ls in out.items() if n not in rules for L in Ls]
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEU)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--fit", action="store_true",
                    help="only print the coefficients accord ships, fitted on every issue, "
                    "and write the names of those issues to " + str(FIT_ISSUES))
    args = ap.parse_args(argv)
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found (the DEU development half is in ../shared)")
    issues = load(args.data)
    if args.fit:
        print(repr(shipped_fit(issues)))
        names = sorted(it.name for it in issues)
        FIT_ISSUES.write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
        return
    y = np.array([it.y for it in issues])
    groups = np.array([it.proposal for it in issues])
    base = np.abs(fixed_rules(issues)["weighted mean (compromise)"] - y)
    print(f"{len(issues)} issues, {len(set(groups))} proposals; weighted mean MAE "
          f"{base.mean():.2f}; 10-fold nested cross-validation, seeds 0-{args.seeds - 1}\n")
    print("| candidate | held-out MAE per seed | mean | vs mean | 95% interval | gain 95% "
          "interval | P(no gain) |")
    print("|---|---|---|---|---|---|---|")
    for name, learners in candidates(issues).items():
        errs = np.array([np.abs(nested(learners, groups, y, seed) - y)
                         for seed in range(args.seeds)])
        per_seed = errs.mean(axis=1)
        e = errs.mean(axis=0)
        lo, hi = np.quantile(bootstrap(e, groups), [0.025, 0.975])
        gain = bootstrap(base - e, groups)
        glo, ghi = np.quantile(gain, [0.025, 0.975])
        seeds = (f"{per_seed[0]:.2f}" if np.ptp(per_seed) < 5e-3
                 else f"{per_seed.min():.2f}-{per_seed.max():.2f}")
        versus = ("(baseline) | -" if np.allclose(e, base) else
                  f"{glo:+.2f} to {ghi:+.2f} | {np.mean(gain <= 0):.2f}")
        print(f"| {name} | {seeds} | {per_seed.mean():.2f} | "
              f"{1 - per_seed.mean() / base.mean():+.1%} | {lo:.1f}-{hi:.1f} | {versus} |",
              flush=True)
    print(f"\naccord's position choice (around the exchange outcome, no roles) fitted on all "
          f"{len(issues)} issues:\n{shipped_fit(issues)!r}")


def shipped_fit(issues: Sequence[Issue]) -> ChoiceCoefficients:
    """The coefficients accord ships (``accord.forecast.choice.DEU_COEFFICIENTS``)."""
    ch = choices(issues, np.array([it.exchange for it in issues]))
    return ChoiceCoefficients(*(float(v) for v in fit_choice(ch.features, ch.target)))


if __name__ == "__main__":
    main()
