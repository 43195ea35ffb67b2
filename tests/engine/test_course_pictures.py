"""The course's small pictures computed by ``nnsim.curves``: the deep linear network (W = a·I).

Measured with the matrices layer by layer, the signal is a^l·‖x‖, the gradient arriving at layer l
is a^(L−l) times the output's, and every dW⁽ˡ⁾ has size a^(L−1) (issue 15 point 4: "W = 1.5·I gives
1.5^L, W = 0.5·I gives 0.5^L").
"""
from __future__ import annotations

import numpy as np
import pytest

from nnsim import curves
from nnsim.errors import InvalidValueError


@pytest.mark.parametrize("a", [0.5, 1.0, 1.5, 2.0])
@pytest.mark.parametrize("L", [1, 3, 10, 40])
def test_deep_linear_signal_and_gradient_follow_a_to_the_depth(a, L):
    d = curves.deep_linear(a, L)
    layers = np.arange(1, L + 1)
    assert list(d.layers) == list(layers)
    np.testing.assert_allclose(d.signal, a ** layers, rtol=1e-12)
    np.testing.assert_allclose(d.gradient, a ** (L - layers), rtol=1e-12)
    np.testing.assert_allclose(d.dW, np.full(L, a ** (L - 1)), rtol=1e-12)
    np.testing.assert_allclose(d.signal, d.signal_formula, rtol=1e-12)
    np.testing.assert_allclose(d.gradient, d.gradient_formula, rtol=1e-12)


def test_the_courses_numbers():
    assert curves.deep_linear(1.5, 10).signal[-1] == pytest.approx(1.5 ** 10)     # 57.67: explodes
    assert curves.deep_linear(0.5, 10).signal[-1] == pytest.approx(0.5 ** 10)     # 0.000977: vanishes
    assert curves.deep_linear(0.5, 10).gradient[0] == pytest.approx(0.5 ** 9)


@pytest.mark.parametrize("a, L", [(0.0, 3), (-1.0, 3), (float("nan"), 3), (1.5, 0), (1.5, 201), (1.5, 2.5)])
def test_bad_a_or_L_is_refused(a, L):
    with pytest.raises(InvalidValueError):
        curves.deep_linear(a, L)
