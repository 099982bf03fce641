"""``--sim``: an offline simulator started for one command, and gone when it ends.

REST-only commands talk to it in-process (no sockets). Commands that stream (``orderbook
--watch``, ``record``) start its loopback REST and WebSocket servers, with simulated time
following the wall clock so its agents keep trading while you watch.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ._keys import UsageError

if TYPE_CHECKING:
    from kalshi_ext import KalshiClient

SIM_SEED = 0
# The in-process simulator's base URL: a reserved .invalid host that no request can reach.
_IN_PROCESS_HOST = "sim.kalshi-ext.invalid"


def is_sim_client(client: Any) -> bool:
    return _IN_PROCESS_HOST in str(getattr(client, "base_url", ""))


def _simulator() -> Any:
    try:
        from kalshi_ext.sim import Simulator  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise UsageError("--sim needs the offline simulator (kalshi_ext.sim), which this installation lacks") from None
    return Simulator(seed=SIM_SEED)


@contextmanager
def sim_trade_client(args: argparse.Namespace) -> Iterator[KalshiClient]:
    """An in-process client of a fresh simulator, signed as its default user."""
    sim = _simulator()
    options: dict[str, Any] = {} if args.timeout is None else {"timeout": args.timeout}
    with sim.client(**options) as client:
        yield client


@contextmanager
def sim_served(args: argparse.Namespace) -> Iterator[tuple[KalshiClient, str]]:
    """A fresh simulator on loopback: a client of its REST server and its WebSocket URL.

    Raises:
        UsageError: no simulator in this installation.
        KalshiConfigurationError: ``websockets`` (the ``ws`` extra) is missing.
    """
    from kalshi_ext import KalshiClient

    sim = _simulator()
    with sim.serve(follow_wall=float(args.sim_speed)) as served:
        options: dict[str, Any] = {} if args.timeout is None else {"timeout": args.timeout}
        client = KalshiClient(
            key_id=served.key_id,
            private_key_path=served.private_key_path,
            base_url=served.rest_url,
            allow_custom_host=True,
            clock=sim.now_s,  # the exchange's time bounds the order lookup; it is not the wall clock
            **options,
        )
        with client:
            yield client, str(served.ws_url)
