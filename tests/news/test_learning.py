"""What the news reader's learned models share (accord.news.learning): full-batch Adam and
the shipped weights' loading."""

from __future__ import annotations

import numpy as np
import pytest

from accord.news import arguments, classifier
from accord.news.learning import minimise, shipped


def test_the_first_adam_step_moves_each_parameter_by_the_rate_against_its_gradient():
    # (bias-corrected moments of one gradient g: m/sqrt(v) = g/|g|; Kingma and Ba 2015)
    x = np.array([1.0, -2.0, 5.0])
    minimise((x,), lambda: (2 * (x - np.array([3.0, 3.0, 3.0])),), steps=1, rate=0.1)
    assert np.allclose(x, [1.1, -1.9, 4.9])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_adam_finds_a_quadratic_s_minimum_in_place_keeping_the_dtype(dtype):
    x, y = np.zeros(2, dtype), np.ones(1, dtype)
    minimise((x, y), lambda: (2 * (x - [3.0, -1.0]), 2 * (y + 2.0)), steps=2000, rate=0.05)
    assert x.dtype == dtype and np.allclose(x, [3.0, -1.0], atol=1e-3)
    assert np.allclose(y, [-2.0], atol=1e-3)


def test_the_shipped_models_are_found_and_a_missing_file_is_none():
    assert shipped("act_classifier.npz", classifier.ActClassifier.load) is not None
    assert shipped("target_model.npz", arguments.TargetModel.load) is not None
    assert shipped("no_such_model.npz", arguments.TargetModel.load) is None
