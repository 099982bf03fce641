"""The WebSocket stand-in of the migration tests: the project's simulator served on loopback.

``kalshi_ext.sim`` already speaks Kalshi's WebSocket protocol (a real ``websockets`` server on
127.0.0.1; the signed handshake verified against registered keys; ``orderbook_delta`` answered with
a snapshot, then a delta for every change of the book). This module only sets it up the way the
migrated programs expect: their market exists, their key (the harness's, under the key id the
program names) is registered, and :meth:`WsStandIn.trade` changes the book so deltas follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_ext.sim import Simulator
from kalshi_ext.sim._auth import ApiKey  # registering an outside key: the simulator has no public call for it


class WsStandIn:
    """A served simulator with one market and a registered outside key; ``ws_url`` is its WebSocket URL."""

    def __init__(self, sim: Simulator, ws_url: str) -> None:
        self.sim = sim
        self.ws_url = ws_url
        self.orders = 0

    def trade(self, ticker: str, price: str) -> None:
        """Rest one more YES bid of 1 contract on ``ticker`` (the book changes: a delta follows)."""
        with self.sim.client() as kalshi:
            kalshi.orders.create_v2(
                ticker=ticker,
                side="bid",
                count=1,
                price=price,
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
        self.orders += 1


@contextmanager
def serve_ws(private_pem: str, *, key_id: str, ticker: str) -> Iterator[WsStandIn]:
    """Serve a quiet simulator (no agents) on 127.0.0.1 until the block ends.

    ``ticker`` is opened with one resting bid (so its snapshot is not empty); ``key_id`` is
    registered with the public half of ``private_pem``, for the default user.
    """
    sim = Simulator(seed=12, markets=1, agents=False)
    public = serialization.load_pem_private_key(private_pem.encode(), None).public_key()
    assert isinstance(public, ed25519.Ed25519PublicKey)
    with sim.lock:
        sim.keys.add(ApiKey(key_id, sim.user.user_id, "migration", public, "ed25519", ["read", "write"], sim.now_ms()))
    sim.add_market(ticker)
    try:
        with sim.serve() as served:
            standin = WsStandIn(sim, served.ws_url)
            standin.trade(ticker, "0.40")
            yield standin
    finally:
        sim.close()
