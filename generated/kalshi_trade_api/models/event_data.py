from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data_product_metadata import EventDataProductMetadata
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


_tc = _t.cached_datetime
_nt = _t.new_datetime


class EventData(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_ticker (str): Unique identifier for this event. Required (reading raises MissingFieldError if
            absent).
        series_ticker (str): Unique identifier for the series this event belongs to. Required (reading raises
            MissingFieldError if absent).
        sub_title (str): Shortened descriptive title for the event. Required (reading raises MissingFieldError
            if absent).
        title (str): Full title of the event. Required (reading raises MissingFieldError if absent).
        collateral_return_type (str): Collateral-return netting type for this event: `MECNET` for mutually
            exclusive markets, `DIRECNET` for directional netting, or an empty string for no collateral-return
            netting.
            Netting applies within this event, not across all events in its series, and also requires netting to be
            enabled for the trading account or subtrader.
            Use `with_nested_markets=true` to retrieve the markets associated with each event. Required (reading
            raises MissingFieldError if absent).
        mutually_exclusive (bool): True when `collateral_return_type` is `MECNET`: at most one market in this
            event can resolve to 'yes'.
            False for both `DIRECNET` and an empty collateral-return type. A false value does not mean collateral-
            return netting is unavailable. Use `collateral_return_type` to distinguish these cases. Required
            (reading raises MissingFieldError if absent).
        category (str): Event category (deprecated, use series-level category instead). Optional (None if
            absent).
        strike_date (datetime.datetime): The specific date this event is based on. Only filled when the event
            uses a date strike (mutually exclusive with strike_period). Optional (None if absent).
        strike_period (str): The time period this event covers (e.g., 'week', 'month'). Only filled when the
            event uses a period strike (mutually exclusive with strike_date). Optional (None if absent).
        markets (list[Market]): Array of markets associated with this event. Only populated when
            'with_nested_markets=true' is specified in the request. Empty when absent or null.
        product_metadata (EventDataProductMetadata): Additional metadata for the event. Optional (None if
            absent).
        settlement_sources (list[SettlementSource]): The official sources used for the determination of markets
            within this event. Methodology is defined in the rulebook. Empty when absent or null.
        last_updated_ts (datetime.datetime): Timestamp of when this event's metadata was last updated. Optional
            (None if absent).
        fee_type_override (str): Fee type override for this event. When present, takes precedence over the
            series-level fee for this event's markets. Optional (None if absent).
        fee_multiplier_override (float): Fee multiplier override for this event. Paired with fee_type_override.
            Optional (None if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Optional (None if absent).
    """

    __slots__ = (
        "event_ticker",
        "series_ticker",
        "sub_title",
        "title",
        "collateral_return_type",
        "mutually_exclusive",
        "category",
        "strike_date",
        "strike_period",
        "markets",
        "product_metadata",
        "settlement_sources",
        "last_updated_ts",
        "fee_type_override",
        "fee_multiplier_override",
        "exchange_index",
    )

    event_ticker: str
    """Unique identifier for this event. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str
    """Unique identifier for the series this event belongs to. Required (reading raises MissingFieldError if
    absent)."""

    sub_title: str
    """Shortened descriptive title for the event. Required (reading raises MissingFieldError if absent)."""

    title: str
    """Full title of the event. Required (reading raises MissingFieldError if absent)."""

    collateral_return_type: str
    """Collateral-return netting type for this event: `MECNET` for mutually exclusive markets, `DIRECNET` for
    directional netting, or an empty string for no collateral-return netting.
    Netting applies within this event, not across all events in its series, and also requires netting to be
    enabled for the trading account or subtrader.
    Use `with_nested_markets=true` to retrieve the markets associated with each event. Required (reading raises
    MissingFieldError if absent)."""

    mutually_exclusive: bool
    """True when `collateral_return_type` is `MECNET`: at most one market in this event can resolve to 'yes'.
    False for both `DIRECNET` and an empty collateral-return type. A false value does not mean collateral-return
    netting is unavailable. Use `collateral_return_type` to distinguish these cases. Required (reading raises
    MissingFieldError if absent)."""

    category: str | None
    """Event category (deprecated, use series-level category instead). Optional (None if absent)."""

    strike_date: datetime.datetime | None
    """The specific date this event is based on. Only filled when the event uses a date strike (mutually exclusive
    with strike_period). Optional (None if absent)."""

    strike_period: str | None
    """The time period this event covers (e.g., 'week', 'month'). Only filled when the event uses a period strike
    (mutually exclusive with strike_date). Optional (None if absent)."""

    markets: list[Market]
    """Array of markets associated with this event. Only populated when 'with_nested_markets=true' is specified in
    the request. Empty when absent or null."""

    product_metadata: EventDataProductMetadata | None
    """Additional metadata for the event. Optional (None if absent)."""

    settlement_sources: list[SettlementSource]
    """The official sources used for the determination of markets within this event. Methodology is defined in the
    rulebook. Empty when absent or null."""

    last_updated_ts: datetime.datetime | None
    """Timestamp of when this event's metadata was last updated. Optional (None if absent)."""

    fee_type_override: str | None
    """Fee type override for this event. When present, takes precedence over the series-level fee for this event's
    markets. Optional (None if absent)."""

    fee_multiplier_override: float | None
    """Fee multiplier override for this event. Paired with fee_type_override. Optional (None if absent)."""

    exchange_index: int | None
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_ticker": _t.StrField("event_ticker", required=True),
        "series_ticker": _t.StrField("series_ticker", required=True),
        "sub_title": _t.StrField("sub_title", required=True),
        "title": _t.StrField("title", required=True),
        "collateral_return_type": _t.StrField("collateral_return_type", required=True),
        "mutually_exclusive": _t.BoolField("mutually_exclusive", required=True),
        "category": _t.StrField("category"),
        "strike_date": _t.DateTimeField("strike_date", nullable=True),
        "strike_period": _t.StrField("strike_period", nullable=True),
        "markets": _t.ModelListField("markets", f"{__package__}.market", "Market", empty=True),
        "product_metadata": _t.ModelField(
            "product_metadata", f"{__package__}.event_data_product_metadata", "EventDataProductMetadata", nullable=True
        ),
        "settlement_sources": _t.ModelListField(
            "settlement_sources",
            f"{__package__}.settlement_source",
            "SettlementSource",
            required=True,
            nullable=True,
            empty=True,
        ),
        "last_updated_ts": _t.DateTimeField("last_updated_ts"),
        "fee_type_override": _t.StrField("fee_type_override", nullable=True),
        "fee_multiplier_override": _t.FloatField("fee_multiplier_override", nullable=True),
        "exchange_index": _t.IntField("exchange_index"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_event_ticker,
            k_series_ticker,
            k_sub_title,
            k_title,
            k_collateral_return_type,
            k_mutually_exclusive,
            k_category,
            k_strike_date,
            k_strike_period,
            k_markets,
            k_product_metadata,
            k_settlement_sources,
            k_last_updated_ts,
            k_fee_type_override,
            k_fee_multiplier_override,
            k_exchange_index,
        ) = _KEYS.keys
        if type(v := g(k_event_ticker)) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if type(v := g(k_series_ticker)) is str:
            self.series_ticker = v
        else:
            self._slow_field("series_ticker")
        if type(v := g(k_sub_title)) is str:
            self.sub_title = v
        else:
            self._slow_field("sub_title")
        if type(v := g(k_title)) is str:
            self.title = v
        else:
            self._slow_field("title")
        if type(v := g(k_collateral_return_type)) is str:
            self.collateral_return_type = v
        else:
            self._slow_field("collateral_return_type")
        if type(v := g(k_mutually_exclusive)) is bool:
            self.mutually_exclusive = v
        else:
            self._slow_field("mutually_exclusive")
        if type(v := g(k_category)) is str:
            self.category = v
        elif v is None:
            self.category = None
        else:
            self._slow_field("category")
        if (t := _tc(v := g(k_strike_date))) is not None:
            self.strike_date = t
        elif isinstance(v, str):
            self.strike_date = _nt(v)
        elif v is None:
            self.strike_date = None
        else:
            self._slow_field("strike_date")
        if type(v := g(k_strike_period)) is str:
            self.strike_period = v
        elif v is None:
            self.strike_period = None
        else:
            self._slow_field("strike_period")
        if type(v := g(k_markets)) is list:
            self.markets = _BUILD["markets"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("markets")
        if type(v := g(k_product_metadata)) is dict:
            self.product_metadata = _BUILD["product_metadata"](v)
        elif v is None:
            self.product_metadata = None
        else:
            self._slow_field("product_metadata")
        if type(v := g(k_settlement_sources)) is list:
            self.settlement_sources = _BUILD["settlement_sources"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("settlement_sources")
        if (t := _tc(v := g(k_last_updated_ts))) is not None:
            self.last_updated_ts = t
        elif isinstance(v, str):
            self.last_updated_ts = _nt(v)
        elif v is None:
            self.last_updated_ts = None
        else:
            self._slow_field("last_updated_ts")
        if type(v := g(k_fee_type_override)) is str:
            self.fee_type_override = v
        elif v is None:
            self.fee_type_override = None
        else:
            self._slow_field("fee_type_override")
        if type(v := g(k_fee_multiplier_override)) is float:
            self.fee_multiplier_override = v
        elif type(v) is int:
            self.fee_multiplier_override = float(v)
        elif v is None:
            self.fee_multiplier_override = None
        else:
            self._slow_field("fee_multiplier_override")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
        else:
            self._slow_field("exchange_index")

    def __init__(
        self,
        *,
        event_ticker: str | None | Unset = UNSET,
        series_ticker: str | None | Unset = UNSET,
        sub_title: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        collateral_return_type: str | None | Unset = UNSET,
        mutually_exclusive: bool | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        strike_date: datetime.datetime | None | Unset = UNSET,
        strike_period: str | None | Unset = UNSET,
        markets: list[Market] | None | Unset = UNSET,
        product_metadata: EventDataProductMetadata | None | Unset = UNSET,
        settlement_sources: list[SettlementSource] | None | Unset = UNSET,
        last_updated_ts: datetime.datetime | None | Unset = UNSET,
        fee_type_override: str | None | Unset = UNSET,
        fee_multiplier_override: float | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A EventData from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_ticker", event_ticker)
        self._set("series_ticker", series_ticker)
        self._set("sub_title", sub_title)
        self._set("title", title)
        self._set("collateral_return_type", collateral_return_type)
        self._set("mutually_exclusive", mutually_exclusive)
        self._set("category", category)
        self._set("strike_date", strike_date)
        self._set("strike_period", strike_period)
        self._set("markets", markets)
        self._set("product_metadata", product_metadata)
        self._set("settlement_sources", settlement_sources)
        self._set("last_updated_ts", last_updated_ts)
        self._set("fee_type_override", fee_type_override)
        self._set("fee_multiplier_override", fee_multiplier_override)
        self._set("exchange_index", exchange_index)


_KEYS = _t.JsonKeys(*(field.key for field in EventData._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "markets": _t.builder(EventData, "markets"),
    "product_metadata": _t.builder(EventData, "product_metadata"),
    "settlement_sources": _t.builder(EventData, "settlement_sources"),
}
