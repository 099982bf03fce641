from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data_product_metadata import EventDataProductMetadata
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


_tc = _t.cached_datetime
_nt = _t.new_datetime


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Unique identifier for this event. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str = _field(_t.StrField("series_ticker", required=True))
    """Unique identifier for the series this event belongs to. Required (reading raises MissingFieldError if
    absent)."""

    sub_title: str = _field(_t.StrField("sub_title", required=True))
    """Shortened descriptive title for the event. Required (reading raises MissingFieldError if absent)."""

    title: str = _field(_t.StrField("title", required=True))
    """Full title of the event. Required (reading raises MissingFieldError if absent)."""

    collateral_return_type: str = _field(_t.StrField("collateral_return_type", required=True))
    """Collateral-return netting type for this event: `MECNET` for mutually exclusive markets, `DIRECNET` for
    directional netting, or an empty string for no collateral-return netting.
    Netting applies within this event, not across all events in its series, and also requires netting to be
    enabled for the trading account or subtrader.
    Use `with_nested_markets=true` to retrieve the markets associated with each event. Required (reading raises
    MissingFieldError if absent)."""

    mutually_exclusive: bool = _field(_t.BoolField("mutually_exclusive", required=True))
    """True when `collateral_return_type` is `MECNET`: at most one market in this event can resolve to 'yes'.
    False for both `DIRECNET` and an empty collateral-return type. A false value does not mean collateral-return
    netting is unavailable. Use `collateral_return_type` to distinguish these cases. Required (reading raises
    MissingFieldError if absent)."""

    category: str | None = _field(_t.StrField("category"))
    """Event category (deprecated, use series-level category instead). Optional (None if absent)."""

    strike_date: datetime.datetime | None = _field(_t.DateTimeField("strike_date", nullable=True))
    """The specific date this event is based on. Only filled when the event uses a date strike (mutually exclusive
    with strike_period). Optional (None if absent)."""

    strike_period: str | None = _field(_t.StrField("strike_period", nullable=True))
    """The time period this event covers (e.g., 'week', 'month'). Only filled when the event uses a period strike
    (mutually exclusive with strike_date). Optional (None if absent)."""

    markets: list[Market] = _field(_t.ModelListField("markets", f"{__package__}.market", "Market", empty=True))
    """Array of markets associated with this event. Only populated when 'with_nested_markets=true' is specified in
    the request. Empty when absent or null."""

    product_metadata: EventDataProductMetadata | None = _field(
        _t.ModelField(
            "product_metadata", f"{__package__}.event_data_product_metadata", "EventDataProductMetadata", nullable=True
        )
    )
    """Additional metadata for the event. Optional (None if absent)."""

    settlement_sources: list[SettlementSource] = _field(
        _t.ModelListField(
            "settlement_sources",
            f"{__package__}.settlement_source",
            "SettlementSource",
            required=True,
            nullable=True,
            empty=True,
        )
    )
    """The official sources used for the determination of markets within this event. Methodology is defined in the
    rulebook. Empty when absent or null."""

    last_updated_ts: datetime.datetime | None = _field(_t.DateTimeField("last_updated_ts"))
    """Timestamp of when this event's metadata was last updated. Optional (None if absent)."""

    fee_type_override: str | None = _field(_t.StrField("fee_type_override", nullable=True))
    """Fee type override for this event. When present, takes precedence over the series-level fee for this event's
    markets. Optional (None if absent)."""

    fee_multiplier_override: float | None = _field(_t.FloatField("fee_multiplier_override", nullable=True))
    """Fee multiplier override for this event. Paired with fee_type_override. Optional (None if absent)."""

    exchange_index: int | None = _field(_t.IntField("exchange_index"))
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("event_ticker")) is str:
            d["event_ticker"] = v
        else:
            self._slow_field("event_ticker")
        if type(v := g("series_ticker")) is str:
            d["series_ticker"] = v
        else:
            self._slow_field("series_ticker")
        if type(v := g("sub_title")) is str:
            d["sub_title"] = v
        else:
            self._slow_field("sub_title")
        if type(v := g("title")) is str:
            d["title"] = v
        else:
            self._slow_field("title")
        if type(v := g("collateral_return_type")) is str:
            d["collateral_return_type"] = v
        else:
            self._slow_field("collateral_return_type")
        if type(v := g("mutually_exclusive")) is bool:
            d["mutually_exclusive"] = v
        else:
            self._slow_field("mutually_exclusive")
        if type(v := g("category")) is str:
            d["category"] = v
        elif v is None:
            d["category"] = None
        else:
            self._slow_field("category")
        if (t := _tc(v := g("strike_date"))) is not None:
            d["strike_date"] = t
        elif isinstance(v, str):
            d["strike_date"] = _nt(v)
        elif v is None:
            d["strike_date"] = None
        else:
            self._slow_field("strike_date")
        if type(v := g("strike_period")) is str:
            d["strike_period"] = v
        elif v is None:
            d["strike_period"] = None
        else:
            self._slow_field("strike_period")
        if type(v := g("markets")) is list:
            d["markets"] = _BUILD["markets"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("markets")
        if type(v := g("product_metadata")) is dict:
            d["product_metadata"] = _BUILD["product_metadata"](v)
        elif v is None:
            d["product_metadata"] = None
        else:
            self._slow_field("product_metadata")
        if type(v := g("settlement_sources")) is list:
            d["settlement_sources"] = _BUILD["settlement_sources"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("settlement_sources")
        if (t := _tc(v := g("last_updated_ts"))) is not None:
            d["last_updated_ts"] = t
        elif isinstance(v, str):
            d["last_updated_ts"] = _nt(v)
        elif v is None:
            d["last_updated_ts"] = None
        else:
            self._slow_field("last_updated_ts")
        if type(v := g("fee_type_override")) is str:
            d["fee_type_override"] = v
        elif v is None:
            d["fee_type_override"] = None
        else:
            self._slow_field("fee_type_override")
        if type(v := g("fee_multiplier_override")) is float:
            d["fee_multiplier_override"] = v
        elif type(v) is int:
            d["fee_multiplier_override"] = float(v)
        elif v is None:
            d["fee_multiplier_override"] = None
        else:
            self._slow_field("fee_multiplier_override")
        if type(v := g("exchange_index")) is int:
            d["exchange_index"] = v
        elif v is None:
            d["exchange_index"] = None
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "markets": EventData.__dict__["markets"].build,
    "product_metadata": EventData.__dict__["product_metadata"].build,
    "settlement_sources": EventData.__dict__["settlement_sources"].build,
}
