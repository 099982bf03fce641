"""``--sim``: a simulator started in-process for one command."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ._keys import UsageError

if TYPE_CHECKING:
    from kalshi_ext import KalshiClient


@contextmanager
def sim_trade_client(args: argparse.Namespace) -> Iterator[KalshiClient]:
    """A client of a fresh simulator (closed, with the simulator, on exit).

    Raises:
        UsageError: this installation has no simulator.
    """
    try:
        from kalshi_ext import sim  # noqa: F401
    except ImportError:
        raise UsageError("--sim needs the offline simulator (kalshi_ext.sim), which this installation lacks") from None
    raise UsageError("--sim is not wired to the simulator yet")
    yield  # pragma: no cover
