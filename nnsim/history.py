"""Training history with bounded memory: older points are thinned, the newest never.

Two series are kept: evaluation records (every ``eval_every`` steps: step,
epoch, per-split loss and accuracy, the objective J, the learning rate, and
any event such as early stopping) and each step's mini-batch cost (the
mini-batch lesson's noisy curve).

Each series keeps, of the points added to it, every ``stride``-th (counting
from the first, which is always kept) and the newest quarter of ``limit`` in
full. When it passes ``limit`` points, ``stride`` doubles and the older points
off the new grid are dropped. The kept older points are therefore evenly
spread over the whole run, so ten million steps keep a few thousand points
and the curve keeps its shape (thinning only the older part and keeping
recent points in full would leave, after many rounds, the first point and a
short recent stretch: the early curve would be lost).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

DEFAULT_LIMIT = 4000


class _Series:
    """One bounded series: points added in order, each with its index (0, 1, 2, … in adding order)."""

    def __init__(self, limit: int) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 2:
            raise ValueError(f"a history limit must be a whole number ≥ 2, not {limit!r}")
        self.limit = limit
        self.recent = max(1, limit // 4)          # the newest points, always kept in full
        self.points: list[Any] = []
        self.index: list[int] = []
        self.stride = 1
        self.added = 0

    def add(self, point: Any) -> None:
        self.points.append(point)
        self.index.append(self.added)
        self.added += 1
        if len(self.points) > self.limit:
            self._thin()

    def extend(self, points: Sequence[Any]) -> None:
        """``add`` each point in turn (in one step while no thinning falls due: the same result)."""
        if len(self.points) + len(points) > self.limit:
            for point in points:
                self.add(point)
            return
        self.points.extend(points)
        self.index.extend(range(self.added, self.added + len(points)))
        self.added += len(points)

    def _thin(self) -> None:
        """Double the stride until at most ¾·limit points are left (room before the next thinning)."""
        target = self.limit - self.limit // 4
        first_recent = self.added - self.recent
        while True:
            keep = [i for i, n in enumerate(self.index) if n % self.stride == 0 or n >= first_recent]
            if len(keep) <= target:
                break
            self.stride *= 2
        self.points = [self.points[i] for i in keep]
        self.index = [self.index[i] for i in keep]

    def to_dict(self) -> dict[str, Any]:
        return {"index": list(self.index), "stride": self.stride, "added": self.added}

    def cut(self, added: int) -> "_Series":
        """A copy with only the first ``added`` points ever added (those still kept)."""
        out = _Series(self.limit)
        keep = [i for i, n in enumerate(self.index) if n < added]
        out.points = [self.points[i] for i in keep]
        out.index = [self.index[i] for i in keep]
        out.stride, out.added = self.stride, min(added, self.added)
        return out

    def restore(self, points: list[Any], d: dict[str, Any] | None) -> None:
        """Points and bookkeeping as ``to_dict`` saved them (checked: an edited file may hold anything)."""
        if d is None:                             # no bookkeeping saved: the points as added in order
            d = {"index": list(range(len(points))), "stride": 1, "added": len(points)}
        index, stride, added = list(d["index"]), d["stride"], d["added"]
        ints = all(isinstance(n, int) and not isinstance(n, bool) for n in (*index, stride, added))
        if (not ints or len(index) != len(points) or len(points) > self.limit or stride < 1
                or any(b <= a for a, b in zip(index, index[1:])) or (index and (index[0] < 0 or index[-1] >= added))):
            raise ValueError("the history's bookkeeping does not fit its points")
        self.points, self.index, self.stride, self.added = list(points), index, stride, added


class History:
    """Evaluation ``records`` and mini-batch ``batch_costs`` (step, cost), each at most ``limit`` points."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self._records = _Series(limit)
        self._batch_costs = _Series(limit)

    @property
    def records(self) -> list[dict[str, Any]]:
        """The kept evaluation records, oldest first (add with ``add_record``, not by appending)."""
        return self._records.points

    @property
    def batch_costs(self) -> list[tuple[int, float]]:
        """The kept (step, mini-batch cost) pairs, oldest first."""
        return self._batch_costs.points

    @property
    def records_added(self) -> int:
        """Evaluation records ever added (thinned or not)."""
        return self._records.added

    @property
    def costs_added(self) -> int:
        """Mini-batch costs ever added (thinned or not)."""
        return self._batch_costs.added

    def add_record(self, record: dict[str, Any]) -> None:
        self._records.add(record)

    def add_batch_cost(self, step: int, cost: float) -> None:
        self._batch_costs.add((step, cost))

    def add_batch_costs(self, first_step: int, costs: Sequence[float]) -> None:
        """``add_batch_cost`` of steps first_step, first_step + 1, … in turn."""
        self._batch_costs.extend(list(zip(range(first_step, first_step + len(costs)), costs)))

    @classmethod
    def from_rows(cls, fields: Sequence[str], rows: Any, events: Sequence[dict], costs: Any) -> "History":
        """A history of the evaluation records ``rows`` (a value per name in ``fields``, NaN where a
        record had none; a record of ``events`` at the same step keeps its event) and the (step, cost)
        pairs ``costs``, oldest first: what a snapshot showed, for an engine restarted from it."""
        h = cls()
        at_step = {e.get("step"): e for e in events}
        for row in rows:
            record = {f: None if math.isnan(v) else v for f, v in zip(fields, (float(x) for x in row))}
            record["step"], record["epoch"] = int(record["step"]), int(record["epoch"])
            h.add_record({**record, **at_step.get(record["step"], {})})
        for step, cost in costs:
            h.add_batch_cost(int(step), float(cost))
        return h

    def cut(self, records_added: int, costs_added: int) -> "History":
        """A new history as it was when each series had received that many points (the timeline's
        branch: what came later is dropped; points thinned out since stay thinned)."""
        h = History(self.limit)
        h._records = self._records.cut(records_added)
        h._batch_costs = self._batch_costs.cut(costs_added)
        return h

    def to_dict(self) -> dict[str, Any]:
        return {"limit": self.limit, "records": [dict(r) for r in self.records],
                "batch_costs": [list(p) for p in self.batch_costs],
                "records_kept": self._records.to_dict(), "batch_costs_kept": self._batch_costs.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "History":
        h = cls(d["limit"])
        records = [dict(r) for r in d["records"]]
        costs = [(int(s), float(c)) for s, c in d["batch_costs"]]
        h._records.restore(records, d.get("records_kept"))
        h._batch_costs.restore(costs, d.get("batch_costs_kept"))
        return h
