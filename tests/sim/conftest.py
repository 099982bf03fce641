"""Fixtures for the simulator's tests: simulators without agents (hand-computed books) and with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kalshi_ext.sim import Simulator


@pytest.fixture
def quiet_sim() -> Simulator:
    """No counterparties: every resting order in the book was placed by the test."""
    return Simulator(seed=11, markets=3, agents=False, cash="100.00")


@pytest.fixture
def busy_sim() -> Simulator:
    return Simulator(seed=5, markets=6)


@pytest.fixture
def served(busy_sim: Simulator) -> Iterator[tuple[Simulator, object]]:
    with busy_sim.serve() as info:
        yield busy_sim, info
