"""Kalshi's FIX API: every session, a signed logon, a persistent message store, typed messages.

::

    from decimal import Decimal
    from kalshi_ext.fix import AsyncFixClient, ExecutionReport

    async with AsyncFixClient("RT", key_id=..., private_key_path=..., store="~/.kalshi/fix") as fix:
        await fix.new_order(cl_ord_id="o-1", symbol="KXHIGHNY-26NOV21-B52.5", side="buy",
                            qty=Decimal(10), price=Decimal("0.55"))
        async for message in fix:
            if isinstance(message, ExecutionReport):
                print(message.exec_type, message.ord_status, message.cum_qty)

The codec, the session state machine and the store are pure and shared by :class:`AsyncFixClient`
and the synchronous :class:`FixClient`. Message and field definitions come from Kalshi's FIX
dictionary, generated into ``kalshi_fix_dictionary``. No dependency beyond the standard library.
See docs/fix.md.
"""

from __future__ import annotations

from ._book import FixBook, FixBooks
from ._client import AsyncFixClient
from ._codec import FixMessage, GroupEntry
from ._errors import (
    FixConfigurationError,
    FixConnectionError,
    FixDecodeError,
    FixDuplicateOrderError,
    FixEncodeError,
    FixError,
    FixLogonError,
    FixSessionError,
)
from ._events import SentMessage, SessionEvent
from ._hosts import SESSIONS, ResetRule, SessionType
from ._inbound import (
    BusinessMessageReject,
    ExecutionReport,
    FixInbound,
    MarketDataIncremental,
    MarketDataRequestReject,
    MarketDataSnapshot,
    MarketSettlementReport,
    MDEntry,
    OrderCancelReject,
    OrderMassCancelReport,
    SessionReject,
    SettlementParty,
)
from ._options import ReconnectPolicy
from ._store import FixStore, MemoryStore, SqliteStore
from ._sync import FixClient

__all__ = [
    "SESSIONS",
    "AsyncFixClient",
    "BusinessMessageReject",
    "ExecutionReport",
    "FixBook",
    "FixBooks",
    "FixClient",
    "FixConfigurationError",
    "FixConnectionError",
    "FixDecodeError",
    "FixDuplicateOrderError",
    "FixEncodeError",
    "FixError",
    "FixInbound",
    "FixLogonError",
    "FixMessage",
    "FixSessionError",
    "FixStore",
    "GroupEntry",
    "MDEntry",
    "MarketDataIncremental",
    "MarketDataRequestReject",
    "MarketDataSnapshot",
    "MarketSettlementReport",
    "MemoryStore",
    "OrderCancelReject",
    "OrderMassCancelReport",
    "ReconnectPolicy",
    "ResetRule",
    "SentMessage",
    "SessionEvent",
    "SessionReject",
    "SessionType",
    "SettlementParty",
    "SqliteStore",
]
