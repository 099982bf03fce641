"""Seeded counterparties: ordinary engine users that provide and take liquidity.

Each agent has its own RNG stream from (seed, name), so adding one changes no other, and acts on
clock ticks only (never on the wall clock), so one seed gives one history.

- :class:`LadderMaker` quotes a ladder around a fair value that follows a seeded random walk,
  refreshing every ``period_s``.
- :class:`PoissonTaker` sends IOC orders at a seeded Poisson rate that cross the spread.
- ``sim.agents.on_tick(fn)`` / ``on_fill(fn)`` add Python callbacks (``fn(sim)``, ``fn(sim, fill)``)
  for users' own scripted agents.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._entry import OrderRequest
from ._errors import SimError
from ._model import Fill, Market
from ._units import CONTRACT, MICRO

if TYPE_CHECKING:
    from ._simulator import Simulator


class Agent:
    name = "agent"
    period_s = 5.0

    def __init__(self, sim: Simulator, name: str) -> None:
        self.sim = sim
        self.name = name
        self.user_id = f"agent-{name}"
        self.rng = random.Random(f"agent:{sim.seed}:{name}")  # noqa: S311 - seeded simulation, not crypto
        if self.user_id not in sim.engine.accounts:
            sim.engine.open_account(self.user_id, 10_000_000 * MICRO)
        self._n = 0

    def client_id(self) -> str:
        self._n += 1
        return f"{self.name}-{self._n}"

    def tick(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _tradable(self) -> list[Market]:
        eng = self.sim.engine
        if not eng.trading_active:
            return []
        return [m for m in eng.markets.values() if m.status == "active"]

    def place(self, market: Market, outcome: str, yes_price: int, count: int, *, tif: str) -> None:
        req = OrderRequest(
            ticker=market.ticker,
            outcome="yes" if outcome == "yes" else "no",
            yes_price=yes_price,
            count=count,
            tif=tif,
            stp="maker",
            client_order_id=self.client_id(),
        )
        # an agent's refused order is part of the simulation, not an error
        with contextlib.suppress(SimError):
            self.sim.engine.place(self.user_id, req)


def _snap(market: Market, price: int) -> int:
    """The nearest valid price at or inside (0, 1) on the market's grid (whole cents always are)."""
    price = max(100, min(9_900, price))
    return (price // 100) * 100


class LadderMaker(Agent):
    """Quotes ``levels`` bids and asks ``spread`` apart around a random-walk fair value."""

    def __init__(
        self,
        sim: Simulator,
        name: str = "maker",
        *,
        levels: int = 3,
        size: int = 10,
        spread_cents: int = 2,
        period_s: float = 5.0,
    ) -> None:
        super().__init__(sim, name)
        self.levels = levels
        self.size = size * CONTRACT
        self.spread = spread_cents * 100
        self.period_s = period_s

    def tick(self) -> None:
        eng = self.sim.engine
        for market in self._tradable():
            step = self.rng.choice((-100, 0, 0, 100))
            market.fair_value = max(500, min(9_500, market.fair_value + step))
            for order in [o for o in eng.books[market.ticker].orders() if o.user_id == self.user_id]:
                eng._cancel_resting(order, "")
                eng.publish(order, [], [])
            fair = market.fair_value
            for k in range(self.levels):
                bid = _snap(market, fair - self.spread // 2 - 100 * k)
                ask = _snap(market, fair + self.spread // 2 + 100 * k + 99)
                if bid >= ask:
                    continue
                self.place(market, "yes", bid, self.size, tif="good_till_canceled")
                self.place(market, "no", ask, self.size, tif="good_till_canceled")


class PoissonTaker(Agent):
    """Sends ``rate`` IOC orders per minute on average, each crossing the spread by a few cents."""

    def __init__(
        self,
        sim: Simulator,
        name: str = "taker",
        *,
        rate_per_min: float = 6.0,
        max_size: int = 5,
        period_s: float = 2.0,
    ) -> None:
        super().__init__(sim, name)
        self.rate = rate_per_min
        self.max_size = max_size
        self.period_s = period_s

    def tick(self) -> None:
        markets = self._tradable()
        if not markets:
            return
        lam = self.rate * self.period_s / 60.0
        # Knuth's Poisson sampler: exact for small rates, one RNG stream.
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= limit:
                break
            k += 1
        for _ in range(k):
            market = self.rng.choice(markets)
            size = self.rng.randint(1, self.max_size) * CONTRACT
            if self.rng.random() < 0.5:
                self.place(market, "yes", _snap(market, market.fair_value + 500), size, tif="immediate_or_cancel")
            else:
                self.place(market, "no", _snap(market, market.fair_value - 500), size, tif="immediate_or_cancel")


class Agents:
    """The simulator's agents and user callbacks, driven by the sim clock."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.agents: list[Agent] = []
        self._tick_callbacks: list[Callable[[Simulator], None]] = []
        self._fill_callbacks: list[Callable[[Simulator, Fill], None]] = []

    def install_defaults(self, *, taker_rate_per_min: float = 6.0, start: bool = True) -> None:
        self.add(LadderMaker(self.sim), start=start)
        self.add(PoissonTaker(self.sim, rate_per_min=taker_rate_per_min), start=start)

    def add(self, agent: Agent, *, start: bool = True) -> Agent:
        """Run ``agent.tick()`` every ``agent.period_s`` of simulated time (first tick now, or after
        one period with ``start=False``)."""
        self.agents.append(agent)
        period = max(1, round(agent.period_s * 1000))

        def run() -> None:
            agent.tick()
            self.sim.clock.after(period, run)

        if start:
            run()
        else:
            self.sim.clock.after(period, run)
        return agent

    def on_tick(self, fn: Callable[[Simulator], None], period_s: float = 1.0) -> None:
        """Call ``fn(sim)`` every ``period_s`` of simulated time."""
        period = max(1, round(period_s * 1000))

        def run() -> None:
            fn(self.sim)
            self.sim.clock.after(period, run)

        self.sim.clock.after(period, run)

    def on_fill(self, fn: Callable[[Simulator, Fill], None]) -> None:
        """Call ``fn(sim, fill)`` for every fill (any user) as it happens, inside the engine action."""
        if not self._fill_callbacks:
            self.sim.engine.listeners.append(self._on_event)
        self._fill_callbacks.append(fn)

    def _on_event(self, kind: str, data: Any) -> None:
        if kind == "fill" and self._fill_callbacks:
            for fn in self._fill_callbacks:
                fn(self.sim, data)
