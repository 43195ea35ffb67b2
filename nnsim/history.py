"""Training history with bounded memory: older points are thinned, the newest never.

Two series are kept: evaluation records (every ``eval_every`` steps: step,
epoch, per-split loss and accuracy, the objective J, the learning rate, and
any event such as early stopping) and each step's mini-batch cost (the
mini-batch lesson's noisy curve). When a series passes ``limit`` points, every
other point of its older part is dropped (the first point and the newest
quarter are always kept), so ten million steps keep a few thousand points and
the curve keeps its shape.
"""
from __future__ import annotations

from typing import Any

DEFAULT_LIMIT = 4000


def thin(points: list, limit: int) -> list:
    """Drop every other point of the older three quarters (never the first) when over ``limit``."""
    if len(points) <= limit:
        return points
    keep_new = max(1, limit // 4)
    old, new = points[:-keep_new], points[-keep_new:]
    return [old[0]] + old[2::2] + new if len(old) > 1 else points


class History:
    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self.records: list[dict[str, Any]] = []
        self.batch_costs: list[tuple[int, float]] = []     # (step, mini-batch cost)

    def add_record(self, record: dict[str, Any]) -> None:
        self.records.append(record)
        if len(self.records) > self.limit:
            self.records = thin(self.records, self.limit)

    def add_batch_cost(self, step: int, cost: float) -> None:
        self.batch_costs.append((step, cost))
        if len(self.batch_costs) > self.limit:
            self.batch_costs = thin(self.batch_costs, self.limit)

    def to_dict(self) -> dict[str, Any]:
        return {"limit": self.limit, "records": [dict(r) for r in self.records],
                "batch_costs": [list(p) for p in self.batch_costs]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "History":
        h = cls(int(d["limit"]))
        h.records = [dict(r) for r in d["records"]]
        h.batch_costs = [(int(s), float(c)) for s, c in d["batch_costs"]]
        return h
