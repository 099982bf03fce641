"""Simulator fixtures of the kalshi-ext pytest plugin (registered by ``plugin.py``).

- ``kalshi_sim``: a fresh :class:`kalshi_ext.sim.Simulator` per test. Configure it with the marker
  ``@pytest.mark.kalshi_sim(seed=0, markets=12, agents=True, **options)`` (any ``Simulator`` keyword).
- ``kalshi_sim_client``: ``kalshi_sim.client()``, an in-process ``KalshiClient`` signed as
  ``kalshi_sim.user`` (closed after the test). For async code use ``kalshi_sim.async_client()``.
- ``kalshi_sim_served``: the simulator's loopback REST and WebSocket servers for the test
  (``rest_url``, ``ws_url``, ``key_id``, ``private_key_path``), for clients other than this SDK and
  for WebSocket code; stopped (and the key file removed) after the test.

Nothing here imports the simulator until a test asks for one of these fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kalshi_ext import KalshiClient
    from kalshi_ext.sim import Served, Simulator


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "kalshi_sim(seed=0, markets=12, agents=True, **options): how the kalshi_sim fixture builds its simulator",
    )


@pytest.fixture
def kalshi_sim(request: pytest.FixtureRequest) -> Simulator:
    """A fresh offline exchange for this test (see the ``kalshi_sim`` marker)."""
    from kalshi_ext.sim import Simulator

    marker = request.node.get_closest_marker("kalshi_sim")
    options = dict(marker.kwargs) if marker is not None else {}
    if marker is not None and marker.args:
        options.setdefault("seed", marker.args[0])
    return Simulator(**options)


@pytest.fixture
def kalshi_sim_client(kalshi_sim: Simulator) -> Iterator[KalshiClient]:
    """An in-process client of ``kalshi_sim``, signed as its default user."""
    with kalshi_sim.client() as client:
        yield client


@pytest.fixture
def kalshi_sim_served(kalshi_sim: Simulator) -> Iterator[Served]:
    """``kalshi_sim`` on loopback for the duration of the test."""
    with kalshi_sim.serve() as served:
        yield served
