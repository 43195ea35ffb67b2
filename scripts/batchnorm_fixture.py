"""Write the PyTorch fixture the batch-norm tests compare NNSim's gradients with.

Run by hand, with PyTorch installed (it is not a dependency of NNSim):

    python scripts/batchnorm_fixture.py            # writes tests/engine/fixtures/batchnorm_torch.npz

For every hidden activation × {sigmoid, softmax} output × {no penalty, L2}, a small random
network (3 inputs, hidden layers of 4 and 3 units, batch-normalised; m = 6 examples) is built
in float64 with random W, γ, β and output b, and PyTorch's autograd gives the gradients of

    J = mean of the loss + (λ/2m)·Σₖ ‖W⁽ᵏ⁾‖²

where each hidden layer computes Z = A·Wᵀ, Z̃ = batch_norm(Z, γ, β, training=True, eps=1e-5)
(the batch's μ and biased σ²), A = g(Z̃), and the output layer Z = A·Wᵀ + b. The file holds, per
case i, the inputs (``{i}/X``, ``{i}/Y``), the parameters under NNSim's names (``{i}/W1``,
``{i}/gamma1``, ``{i}/beta1``, …, ``{i}/b3``), PyTorch's gradients (``{i}/dW1``, ``{i}/dgamma1``,
``{i}/dbeta1``, …, ``{i}/db3``) and its cost (``{i}/J``), and ``cases``, a JSON text listing each
case's activation, output, λ and the torch version. The networks are random from a fixed seed,
so a re-run writes the same numbers (up to PyTorch's own rounding).

This script reads nothing from NNSim: the constants below (ε, the leaky ReLU slope) are
NNSim's, and the test checks that they still are.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

OUT = Path(__file__).resolve().parents[1] / "tests" / "engine" / "fixtures" / "batchnorm_torch.npz"
EPSILON = 1e-5                # batch norm's ε (nnsim.network.batchnorm.EPSILON)
LEAKY_SLOPE = 0.01            # nnsim.activations.LEAKY_SLOPE
ACTIVATIONS = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
               "leaky_relu": lambda z: F.leaky_relu(z, LEAKY_SLOPE), "linear": lambda z: z}
OUTPUTS = {"sigmoid": 1, "softmax": 3}
L2 = (0.0, 0.7)
SIZES = (3, 4, 3)             # inputs, hidden units…
M = 6


def case(rng: np.random.Generator, activation: str, output: str, l2: float) -> dict[str, np.ndarray]:
    K = OUTPUTS[output]
    sizes = (*SIZES, K)
    L = len(sizes) - 1
    X = rng.normal(0.0, 1.0, (M, sizes[0]))
    if output == "softmax":
        labels = rng.permutation(np.arange(M) % K)             # every class present
        Y = np.eye(K)[labels]
    else:
        Y = (rng.permutation(np.arange(M)) % 2).astype(float).reshape(-1, 1)
    arrays: dict[str, np.ndarray] = {"X": X, "Y": Y}
    params: dict[str, torch.Tensor] = {}
    for k in range(1, L + 1):
        params[f"W{k}"] = torch.tensor(rng.normal(0.0, 1.0, (sizes[k], sizes[k - 1])), requires_grad=True)
        if k < L:
            params[f"gamma{k}"] = torch.tensor(rng.uniform(0.5, 1.5, sizes[k]), requires_grad=True)
            params[f"beta{k}"] = torch.tensor(rng.normal(0.0, 0.5, sizes[k]), requires_grad=True)
        else:
            params[f"b{k}"] = torch.tensor(rng.normal(0.0, 0.5, sizes[k]), requires_grad=True)
    A = torch.tensor(X)
    for k in range(1, L):
        Z = A @ params[f"W{k}"].T
        Z_tilde = F.batch_norm(Z, None, None, weight=params[f"gamma{k}"], bias=params[f"beta{k}"],
                               training=True, eps=EPSILON)
        A = ACTIVATIONS[activation](Z_tilde)
    Z = A @ params[f"W{L}"].T + params[f"b{L}"]
    if output == "softmax":
        loss = F.cross_entropy(Z, torch.tensor(Y.argmax(axis=1)))
    else:
        loss = F.binary_cross_entropy_with_logits(Z, torch.tensor(Y))
    J = loss + l2 / (2 * M) * sum((params[f"W{k}"] ** 2).sum() for k in range(1, L + 1))
    J.backward()
    for name, p in params.items():
        arrays[name] = p.detach().numpy().copy()
        arrays["d" + name] = p.grad.numpy().copy()
    arrays["J"] = np.array(J.item())
    return arrays


def main() -> int:
    torch.set_default_dtype(torch.float64)
    rng = np.random.default_rng(15)
    cases, arrays = [], {}
    for activation in ACTIVATIONS:
        for output in OUTPUTS:
            for l2 in L2:
                i = len(cases)
                cases.append({"activation": activation, "output": output, "l2": l2})
                arrays.update({f"{i}/{name}": a for name, a in case(rng, activation, output, l2).items()})
    meta = {"cases": cases, "epsilon": EPSILON, "leaky_slope": LEAKY_SLOPE, "torch": torch.__version__,
            "sizes": list(SIZES), "m": M}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, cases=np.array(json.dumps(meta)), **arrays)
    print(f"wrote {len(cases)} cases to {OUT} (torch {torch.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
