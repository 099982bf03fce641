"""What each WebSocket API offers: its channels, the message ``type`` values each channel sends,
the generated model for every ``type``, and the shape of its order book messages.

Data only, no I/O. ``tests/ws/test_ws_protocol.py`` checks these tables against both AsyncAPI
specs, so a channel or message added upstream fails a test instead of being dropped silently.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .. import _response_fields  # noqa: F401  (installs the generated models' field-error hook)


class Overflow(StrEnum):
    """What a bounded event stream does when its consumer falls behind."""

    DROP_OLDEST = "drop_oldest"
    """Discard the oldest queued event (counted). For data that the next message supersedes."""
    ERROR = "error"
    """Stop queueing, count what is dropped, and raise :class:`StreamOverflowError` to the consumer."""


MARKET_ACTIONS = frozenset({"add_markets", "delete_markets"})
BOOK_ACTIONS = MARKET_ACTIONS | {"get_snapshot"}
INDEX_ACTIONS = frozenset({"subscribe_indices", "unsubscribe_indices", "indexlist"})
UNDERLYING_ACTIONS = frozenset({"subscribe_underlyings", "unsubscribe_underlyings", "underlying_list"})


@dataclass(frozen=True, slots=True)
class ChannelSpec:
    """One channel of a WebSocket API.

    ``overflow`` is the default policy of the channel's event streams: drop-oldest where a
    newer message supersedes an older one (tickers, trades, index values), error where a lost
    message changes meaning (order books, fills, orders, lifecycle, RFQs).
    """

    name: str
    message_types: tuple[str, ...]
    overflow: Overflow
    actions: frozenset[str] = frozenset()
    market_filter: bool = False
    markets_required: bool = False
    private: bool = False
    book: bool = False


@dataclass(frozen=True, slots=True)
class BookFormat:
    """Field names of the order book messages of one API.

    Prediction books hold bids on both outcomes (YES bids and NO bids); a NO bid at ``p`` is a
    YES ask at ``1 - p``, unless the subscription asked for ``use_yes_price``. Perps books hold
    bids and asks directly.
    """

    snapshot_bid_key: str
    snapshot_ask_key: str
    delta_price_key: str
    delta_count_key: str
    bid_side: str
    ask_side: str
    complement_asks: bool


@dataclass(frozen=True, slots=True)
class WsApi:
    """One WebSocket API: channels, message models and book format."""

    name: str
    models_package: str
    channels: Mapping[str, ChannelSpec]
    models: Mapping[str, str]
    book: BookFormat
    # type -> ((msg field, value, model)...): several schemas share one ``type``.
    variants: Mapping[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def data_types(self) -> frozenset[str]:
        """Every ``type`` a data channel can send."""
        return frozenset(t for spec in self.channels.values() for t in spec.message_types)

    def model_name(self, frame: Mapping[str, Any]) -> str | None:
        """The generated class for a decoded frame, or None for an unknown ``type``."""
        kind = frame.get("type")
        if not isinstance(kind, str):
            return None
        for key, value, name in self.variants.get(kind, ()):
            msg = frame.get("msg")
            if isinstance(msg, Mapping) and msg.get(key) == value:
                return name
        return self.models.get(kind)

    def model_class(self, name: str) -> Any:
        """Import (once) and return a generated model class by name.

        Raises:
            AttributeError: the generated package has no such model (a table/spec mismatch).
        """
        cls = self._cache.get(name)
        if cls is None:
            # The generated models package resolves names lazily; importing it costs nothing up front.
            cls = getattr(importlib.import_module(f"{self.models_package}.models"), name)
            self._cache[name] = cls
        return cls


def _ch(name: str, types: tuple[str, ...], overflow: Overflow, **kw: Any) -> tuple[str, ChannelSpec]:
    return name, ChannelSpec(name, types, overflow, **kw)


_D, _E = Overflow.DROP_OLDEST, Overflow.ERROR

# Both APIs: the same order book channel (their message shapes differ: see BookFormat) and the
# same command replies (each API has its own generated classes under these names).
_ORDERBOOK = _ch(
    "orderbook_delta",
    ("orderbook_snapshot", "orderbook_delta"),
    _E,
    actions=BOOK_ACTIONS,
    market_filter=True,
    markets_required=True,
    private=True,
    book=True,
)
_REPLY_MODELS = {
    "subscribed": "SubscribedResponsePayload",
    "unsubscribed": "UnsubscribedResponsePayload",
    "ok": "OkResponsePayload",
    "error": "ErrorResponsePayload",
}

_COMMUNICATION_TYPES = (
    "rfq_created",
    "rfq_deleted",
    "quote_created",
    "quote_accepted",
    "quote_executed",
    "rfq_batch_created",
    "rfq_batch_deleted",
    "batch_quote_created",
    "rfq_batch_best_quotes",
    "batch_quote_accepted",
    "rfq_batch_executed",
    "batch_quote_executed",
)

PREDICTION = WsApi(
    name="prediction",
    models_package="kalshi_ws_models",
    channels=dict(
        [
            _ORDERBOOK,
            _ch("ticker", ("ticker",), _D, actions=MARKET_ACTIONS, market_filter=True),
            _ch("trade", ("trade",), _D, actions=MARKET_ACTIONS, market_filter=True),
            _ch("fill", ("fill",), _E, actions=MARKET_ACTIONS, market_filter=True, private=True),
            _ch("market_positions", ("market_position",), _E, actions=MARKET_ACTIONS, market_filter=True, private=True),
            _ch("market_lifecycle_v2", ("market_lifecycle_v2", "event_lifecycle", "event_fee_update"), _E),
            _ch("multivariate_market_lifecycle", ("multivariate_market_lifecycle", "event_lifecycle"), _E),
            _ch("communications", _COMMUNICATION_TYPES, _E, private=True),
            _ch("order_group_updates", ("order_group_updates",), _E, private=True),
            _ch("user_orders", ("user_order",), _E, actions=MARKET_ACTIONS, market_filter=True, private=True),
            _ch(
                "cfbenchmarks_value",
                ("cfbenchmarks_value", "cfbenchmarks_value_indexlist"),
                _D,
                actions=INDEX_ACTIONS,
                private=True,
            ),
            _ch(
                "cfbenchmarks_value_5hz",
                ("cfbenchmarks_value_5hz", "cfbenchmarks_value_5hz_indexlist"),
                _D,
                actions=INDEX_ACTIONS,
                private=True,
            ),
            _ch(
                "pyth_value", ("pyth_value", "pyth_value_underlying_list"), _D, actions=UNDERLYING_ACTIONS, private=True
            ),
        ]
    ),
    models={
        "orderbook_snapshot": "OrderbookSnapshotPayload",
        "orderbook_delta": "OrderbookDeltaPayload",
        "ticker": "TickerPayload",
        "trade": "TradePayload",
        "fill": "FillPayload",
        "market_position": "MarketPositionPayload",
        "market_lifecycle_v2": "MarketLifecycleV2Payload",
        "event_lifecycle": "EventLifecyclePayload",
        "event_fee_update": "EventFeeUpdatePayload",
        "multivariate_market_lifecycle": "MultivariateMarketLifecyclePayload",
        "rfq_created": "RfqCreatedPayload",
        "rfq_deleted": "RfqDeletedPayload",
        "quote_created": "QuoteCreatedPayload",
        "quote_accepted": "QuoteAcceptedPayload",
        "quote_executed": "QuoteExecutedPayload",
        "rfq_batch_created": "RfqBatchCreatedPayload",
        "rfq_batch_deleted": "RfqBatchDeletedPayload",
        "batch_quote_created": "BatchQuoteCreatedPayload",
        "rfq_batch_best_quotes": "RfqBatchBestQuotesPayload",
        "batch_quote_accepted": "BatchQuoteAcceptedPayload",
        "rfq_batch_executed": "RfqBatchExecutedPayload",
        "batch_quote_executed": "BatchQuoteExecutedPayload",
        "order_group_updates": "OrderGroupUpdatesPayload",
        "user_order": "UserOrderPayload",
        "cfbenchmarks_value": "CFBenchmarksValueMessage",
        "cfbenchmarks_value_indexlist": "CFBenchmarksIndexListMessage",
        "cfbenchmarks_value_5hz": "CFBenchmarksValue5HzMessage",
        "cfbenchmarks_value_5hz_indexlist": "CFBenchmarks5HzIndexListMessage",
        "pyth_value": "PythValuePayload",
        "pyth_value_underlying_list": "PythUnderlyingListPayload",
        **_REPLY_MODELS,
    },
    variants={
        # Two schemas share type "market_lifecycle_v2"; metadata updates say so in event_type.
        "market_lifecycle_v2": (("event_type", "metadata_updated", "MarketMetadataUpdatedPayload"),),
    },
    book=BookFormat(
        snapshot_bid_key="yes_dollars_fp",
        snapshot_ask_key="no_dollars_fp",
        delta_price_key="price_dollars",
        delta_count_key="delta_fp",
        bid_side="yes",
        ask_side="no",
        complement_asks=True,
    ),
)

PERPS = WsApi(
    name="perps",
    models_package="kalshi_perps_ws_models",
    channels=dict(
        [
            _ORDERBOOK,
            _ch("ticker", ("ticker",), _D, market_filter=True),
            _ch("trade", ("trade",), _D, market_filter=True),
            _ch("fill", ("fill",), _E, actions=MARKET_ACTIONS, market_filter=True, private=True),
            _ch("user_orders", ("user_order",), _E, actions=MARKET_ACTIONS, market_filter=True, private=True),
            _ch("order_group_updates", ("order_group_updates",), _E, private=True),
            _ch("corporate_actions", ("corporate_actions_delta",), _E, actions=MARKET_ACTIONS, market_filter=True),
        ]
    ),
    models={
        "orderbook_snapshot": "MarginOrderbookSnapshotPayload",
        "orderbook_delta": "MarginOrderbookDeltaPayload",
        "ticker": "MarginTickerPayload",
        "trade": "MarginTradePayload",
        "fill": "MarginFillPayload",
        "user_order": "MarginUserOrderPayload",
        "order_group_updates": "OrderGroupUpdatesPayload",
        "corporate_actions_delta": "MarginCorporateActionsDeltaPayload",
        **_REPLY_MODELS,
    },
    book=BookFormat(
        snapshot_bid_key="bid",
        snapshot_ask_key="ask",
        delta_price_key="price",
        delta_count_key="delta",
        bid_side="bid",
        ask_side="ask",
        complement_asks=False,
    ),
)
