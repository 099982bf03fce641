"""Testing helpers for code built on kalshi-ext: record/replay of REST and WebSocket traffic
into JSON cassettes with secrets scrubbed, and a pytest plugin (``kalshi_ext.testing.plugin``,
loaded automatically once kalshi-ext is installed) with opt-in fixtures. See docs/testing.md.

::

    from kalshi_ext import KalshiClient
    from kalshi_ext.testing import Cassette

    with Cassette("tests/cassettes/balance.json", mode="once") as cassette:
        with KalshiClient.from_env(demo=True, transport=cassette.transport()) as kalshi:
            kalshi.portfolio.balance()

Importing this package is cheap (its names load on first use; no httpx, websockets or pytest):
the plugin lives here. The WebSocket server imports ``websockets`` (the ``ws`` extra) when it starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._cassette import Cassette, RecordMode
    from ._errors import CassetteError, CassetteFormatError, CassetteMissError, CassetteNotFoundError
    from ._format import FORMAT_NAME, FORMAT_VERSION
    from ._match import Matcher
    from ._rest import AsyncCassetteTransport, CassetteTransport
    from ._scrub import SCRUBBED, Scrubber
    from ._ws import WebSocketCassette

# Imported on first use: the pytest plugin lives in this package and loads in every pytest run,
# so importing the package must not pull httpx or asyncio in.
_EXPORTS = {
    "Cassette": "_cassette",
    "RecordMode": "_cassette",
    "CassetteError": "_errors",
    "CassetteFormatError": "_errors",
    "CassetteMissError": "_errors",
    "CassetteNotFoundError": "_errors",
    "FORMAT_NAME": "_format",
    "FORMAT_VERSION": "_format",
    "Matcher": "_match",
    "AsyncCassetteTransport": "_rest",
    "CassetteTransport": "_rest",
    "SCRUBBED": "_scrub",
    "Scrubber": "_scrub",
    "WebSocketCassette": "_ws",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "SCRUBBED",
    "AsyncCassetteTransport",
    "Cassette",
    "CassetteError",
    "CassetteFormatError",
    "CassetteMissError",
    "CassetteNotFoundError",
    "CassetteTransport",
    "Matcher",
    "RecordMode",
    "Scrubber",
    "WebSocketCassette",
]
