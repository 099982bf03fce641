from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.market_market_type import MarketMarketType
from ..models.market_result import MarketResult
from ..models.market_settlement_bounds_type import MarketSettlementBoundsType
from ..models.market_status import MarketStatus
from ..models.market_strike_type import MarketStrikeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_custom_strike import MarketCustomStrike
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_MarketMarketType_get = MarketMarketType._value2member_map_.get
_MarketStatus_get = MarketStatus._value2member_map_.get
_MarketResult_get = MarketResult._value2member_map_.get
_MarketSettlementBoundsType_get = MarketSettlementBoundsType._value2member_map_.get
_MarketStrikeType_get = MarketStrikeType._value2member_map_.get


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class Market(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): Required (reading raises MissingFieldError if absent).
        event_ticker (str): Required (reading raises MissingFieldError if absent).
        market_type (MarketMarketType): Identifies the type of market. Required (reading raises
            MissingFieldError if absent).
        title (str): Optional (None if absent).
        subtitle (str): Optional (None if absent).
        yes_sub_title (str): Shortened title for the yes side of this market. Required (reading raises
            MissingFieldError if absent).
        no_sub_title (str): Shortened title for the no side of this market. Required (reading raises
            MissingFieldError if absent).
        created_time (datetime.datetime): Required (reading raises MissingFieldError if absent).
        updated_time (datetime.datetime): Time of the last non-trading metadata update. Required (reading raises
            MissingFieldError if absent).
        open_time (datetime.datetime): Required (reading raises MissingFieldError if absent).
        close_time (datetime.datetime): Required (reading raises MissingFieldError if absent).
        expected_expiration_time (datetime.datetime): Time when this market is expected to expire. Optional
            (None if absent).
        expiration_time (datetime.datetime): Optional (None if absent).
        latest_expiration_time (datetime.datetime): Latest possible time for this market to expire. Required
            (reading raises MissingFieldError if absent).
        settlement_timer_seconds (int): The amount of time after determination that the market settles. Required
            (reading raises MissingFieldError if absent).
        status (MarketStatus): The current status of the market in its lifecycle. Required (reading raises
            MissingFieldError if absent).
        yes_bid_dollars (Decimal): Price for the highest YES buy offer on this market in dollars. Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        yes_bid_size_fp (Decimal): Total contract size of orders to buy YES at the best bid price (fixed-point
            count string). Example: 10.00. Required (reading raises MissingFieldError if absent).
        yes_ask_dollars (Decimal): Price for the lowest YES sell offer on this market in dollars. Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        yes_ask_size_fp (Decimal): Total contract size of orders to sell YES at the best ask price (fixed-point
            count string). Example: 10.00. Required (reading raises MissingFieldError if absent).
        no_bid_dollars (Decimal): Price for the highest NO buy offer on this market in dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        no_ask_dollars (Decimal): Price for the lowest NO sell offer on this market in dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        last_price_dollars (Decimal): Price for the last traded YES contract on this market in dollars. Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        volume_fp (Decimal): String representation of the market volume in contracts. Example: 10.00. Required
            (reading raises MissingFieldError if absent).
        volume_24h_fp (Decimal): String representation of the 24h market volume in contracts. Example: 10.00.
            Required (reading raises MissingFieldError if absent).
        result (MarketResult): Required (reading raises MissingFieldError if absent).
        can_close_early (bool): Required (reading raises MissingFieldError if absent).
        open_interest_fp (Decimal): String representation of the number of contracts bought on this market
            disconsidering netting. Example: 10.00. Required (reading raises MissingFieldError if absent).
        notional_value_dollars (Decimal): The total value of a single contract at settlement in dollars.
            Example: 0.5600. Required (reading raises MissingFieldError if absent).
        previous_yes_bid_dollars (Decimal): Price for the highest YES buy offer on this market a day ago in
            dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        previous_yes_ask_dollars (Decimal): Price for the lowest YES sell offer on this market a day ago in
            dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        previous_price_dollars (Decimal): Price for the last traded YES contract on this market a day ago in
            dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        settlement_value_dollars (Decimal): The settlement value of the YES/LONG side of the contract in
            dollars. Only filled after determination. Example: 0.5600. Optional (None if absent).
        settlement_ts (datetime.datetime): Timestamp when the market was settled. Only filled for settled
            markets. Optional (None if absent).
        settlement_bounds_type (MarketSettlementBoundsType): Which settlement bounds apply to this market.
            default means the market has no settlement bounds. Required (reading raises MissingFieldError if
            absent).
        settlement_floor_dollars (Decimal): The lowest value the YES/LONG side of the contract can settle at in
            dollars. Only filled when settlement_bounds_type is floor. Example: 0.5600. Optional (None if absent).
        expiration_value (str): The value that was considered for the settlement. Required (reading raises
            MissingFieldError if absent).
        occurrence_datetime (datetime.datetime): The recorded datetime when the underlying event occurred, if
            available. Optional (None if absent).
        fee_waiver_expiration_time (datetime.datetime): Time when this market's fee waiver expires. Optional
            (None if absent).
        early_close_condition (str): The condition under which the market can close early. Optional (None if
            absent).
        strike_type (MarketStrikeType): Strike type defines how the market strike is defined and evaluated.
            Optional (None if absent).
        floor_strike (float): Minimum expiration value that leads to a YES settlement. Optional (None if
            absent).
        cap_strike (float): Maximum expiration value that leads to a YES settlement. Optional (None if absent).
        functional_strike (str): Mapping from expiration values to settlement values. Optional (None if absent).
        custom_strike (MarketCustomStrike): Expiration value for each target that leads to a YES settlement.
            Optional (None if absent).
        rules_primary (str): A plain language description of the most important market terms. Required (reading
            raises MissingFieldError if absent).
        rules_secondary (str): A plain language description of secondary market terms. Required (reading raises
            MissingFieldError if absent).
        mve_collection_ticker (str): The ticker of the multivariate event collection. Optional (None if absent).
        mve_selected_legs (list[MveSelectedLeg]): Empty when absent or null.
        primary_participant_key (str): Optional (None if absent).
        price_level_structure (str): Price level structure for this market, defining price ranges and tick
            sizes. Required (reading raises MissingFieldError if absent).
        price_ranges (list[PriceRange]): Valid price ranges for orders on this market. Empty when absent or
            null.
        is_provisional (bool): If true, the market may be removed after determination if there is no activity on
            it. Optional (None if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Optional (None if absent).
    """

    __slots__ = ()

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_type: MarketMarketType = _field(_t.EnumField("market_type", MarketMarketType, required=True))
    """Identifies the type of market. Required (reading raises MissingFieldError if absent)."""

    title: str | None = _field(_t.StrField("title"))
    """Optional (None if absent)."""

    subtitle: str | None = _field(_t.StrField("subtitle"))
    """Optional (None if absent)."""

    yes_sub_title: str = _field(_t.StrField("yes_sub_title", required=True))
    """Shortened title for the yes side of this market. Required (reading raises MissingFieldError if absent)."""

    no_sub_title: str = _field(_t.StrField("no_sub_title", required=True))
    """Shortened title for the no side of this market. Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime = _field(_t.DateTimeField("created_time", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    updated_time: datetime.datetime = _field(_t.DateTimeField("updated_time", required=True))
    """Time of the last non-trading metadata update. Required (reading raises MissingFieldError if absent)."""

    open_time: datetime.datetime = _field(_t.DateTimeField("open_time", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    close_time: datetime.datetime = _field(_t.DateTimeField("close_time", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    expected_expiration_time: datetime.datetime | None = _field(
        _t.DateTimeField("expected_expiration_time", nullable=True)
    )
    """Time when this market is expected to expire. Optional (None if absent)."""

    expiration_time: datetime.datetime | None = _field(_t.DateTimeField("expiration_time"))
    """Optional (None if absent)."""

    latest_expiration_time: datetime.datetime = _field(_t.DateTimeField("latest_expiration_time", required=True))
    """Latest possible time for this market to expire. Required (reading raises MissingFieldError if absent)."""

    settlement_timer_seconds: int = _field(_t.IntField("settlement_timer_seconds", required=True))
    """The amount of time after determination that the market settles. Required (reading raises MissingFieldError
    if absent)."""

    status: MarketStatus = _field(_t.EnumField("status", MarketStatus, required=True))
    """The current status of the market in its lifecycle. Required (reading raises MissingFieldError if absent)."""

    yes_bid_dollars: Decimal = _field(_t.DecimalField("yes_bid_dollars", required=True))
    """Price for the highest YES buy offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    yes_bid_size_fp: Decimal = _field(_t.DecimalField("yes_bid_size_fp", required=True))
    """Total contract size of orders to buy YES at the best bid price (fixed-point count string). Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    yes_ask_dollars: Decimal = _field(_t.DecimalField("yes_ask_dollars", required=True))
    """Price for the lowest YES sell offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    yes_ask_size_fp: Decimal = _field(_t.DecimalField("yes_ask_size_fp", required=True))
    """Total contract size of orders to sell YES at the best ask price (fixed-point count string). Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    no_bid_dollars: Decimal = _field(_t.DecimalField("no_bid_dollars", required=True))
    """Price for the highest NO buy offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    no_ask_dollars: Decimal = _field(_t.DecimalField("no_ask_dollars", required=True))
    """Price for the lowest NO sell offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    last_price_dollars: Decimal = _field(_t.DecimalField("last_price_dollars", required=True))
    """Price for the last traded YES contract on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    volume_fp: Decimal = _field(_t.DecimalField("volume_fp", required=True))
    """String representation of the market volume in contracts. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    volume_24h_fp: Decimal = _field(_t.DecimalField("volume_24h_fp", required=True))
    """String representation of the 24h market volume in contracts. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    result: MarketResult = _field(_t.EnumField("result", MarketResult, required=True))
    """Required (reading raises MissingFieldError if absent)."""

    can_close_early: bool = _field(_t.BoolField("can_close_early", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    open_interest_fp: Decimal = _field(_t.DecimalField("open_interest_fp", required=True))
    """String representation of the number of contracts bought on this market disconsidering netting. Example:
    10.00. Required (reading raises MissingFieldError if absent)."""

    notional_value_dollars: Decimal = _field(_t.DecimalField("notional_value_dollars", required=True))
    """The total value of a single contract at settlement in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    previous_yes_bid_dollars: Decimal = _field(_t.DecimalField("previous_yes_bid_dollars", required=True))
    """Price for the highest YES buy offer on this market a day ago in dollars. Example: 0.5600. Required (reading
    raises MissingFieldError if absent)."""

    previous_yes_ask_dollars: Decimal = _field(_t.DecimalField("previous_yes_ask_dollars", required=True))
    """Price for the lowest YES sell offer on this market a day ago in dollars. Example: 0.5600. Required (reading
    raises MissingFieldError if absent)."""

    previous_price_dollars: Decimal = _field(_t.DecimalField("previous_price_dollars", required=True))
    """Price for the last traded YES contract on this market a day ago in dollars. Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    settlement_value_dollars: Decimal | None = _field(_t.DecimalField("settlement_value_dollars", nullable=True))
    """The settlement value of the YES/LONG side of the contract in dollars. Only filled after determination.
    Example: 0.5600. Optional (None if absent)."""

    settlement_ts: datetime.datetime | None = _field(_t.DateTimeField("settlement_ts", nullable=True))
    """Timestamp when the market was settled. Only filled for settled markets. Optional (None if absent)."""

    settlement_bounds_type: MarketSettlementBoundsType = _field(
        _t.EnumField("settlement_bounds_type", MarketSettlementBoundsType, required=True)
    )
    """Which settlement bounds apply to this market. default means the market has no settlement bounds. Required
    (reading raises MissingFieldError if absent)."""

    settlement_floor_dollars: Decimal | None = _field(_t.DecimalField("settlement_floor_dollars", nullable=True))
    """The lowest value the YES/LONG side of the contract can settle at in dollars. Only filled when
    settlement_bounds_type is floor. Example: 0.5600. Optional (None if absent)."""

    expiration_value: str = _field(_t.StrField("expiration_value", required=True))
    """The value that was considered for the settlement. Required (reading raises MissingFieldError if absent)."""

    occurrence_datetime: datetime.datetime | None = _field(_t.DateTimeField("occurrence_datetime", nullable=True))
    """The recorded datetime when the underlying event occurred, if available. Optional (None if absent)."""

    fee_waiver_expiration_time: datetime.datetime | None = _field(
        _t.DateTimeField("fee_waiver_expiration_time", nullable=True)
    )
    """Time when this market's fee waiver expires. Optional (None if absent)."""

    early_close_condition: str | None = _field(_t.StrField("early_close_condition", nullable=True))
    """The condition under which the market can close early. Optional (None if absent)."""

    strike_type: MarketStrikeType | None = _field(_t.EnumField("strike_type", MarketStrikeType))
    """Strike type defines how the market strike is defined and evaluated. Optional (None if absent)."""

    floor_strike: float | None = _field(_t.FloatField("floor_strike", nullable=True))
    """Minimum expiration value that leads to a YES settlement. Optional (None if absent)."""

    cap_strike: float | None = _field(_t.FloatField("cap_strike", nullable=True))
    """Maximum expiration value that leads to a YES settlement. Optional (None if absent)."""

    functional_strike: str | None = _field(_t.StrField("functional_strike", nullable=True))
    """Mapping from expiration values to settlement values. Optional (None if absent)."""

    custom_strike: MarketCustomStrike | None = _field(
        _t.ModelField("custom_strike", f"{__package__}.market_custom_strike", "MarketCustomStrike", nullable=True)
    )
    """Expiration value for each target that leads to a YES settlement. Optional (None if absent)."""

    rules_primary: str = _field(_t.StrField("rules_primary", required=True))
    """A plain language description of the most important market terms. Required (reading raises MissingFieldError
    if absent)."""

    rules_secondary: str = _field(_t.StrField("rules_secondary", required=True))
    """A plain language description of secondary market terms. Required (reading raises MissingFieldError if
    absent)."""

    mve_collection_ticker: str | None = _field(_t.StrField("mve_collection_ticker"))
    """The ticker of the multivariate event collection. Optional (None if absent)."""

    mve_selected_legs: list[MveSelectedLeg] = _field(
        _t.ModelListField("mve_selected_legs", f"{__package__}.mve_selected_leg", "MveSelectedLeg", empty=True)
    )
    """Empty when absent or null."""

    primary_participant_key: str | None = _field(_t.StrField("primary_participant_key", nullable=True))
    """Optional (None if absent)."""

    price_level_structure: str = _field(_t.StrField("price_level_structure", required=True))
    """Price level structure for this market, defining price ranges and tick sizes. Required (reading raises
    MissingFieldError if absent)."""

    price_ranges: list[PriceRange] = _field(
        _t.ModelListField("price_ranges", f"{__package__}.price_range", "PriceRange", required=True, empty=True)
    )
    """Valid price ranges for orders on this market. Empty when absent or null."""

    is_provisional: bool | None = _field(_t.BoolField("is_provisional"))
    """If true, the market may be removed after determination if there is no activity on it. Optional (None if
    absent)."""

    exchange_index: int | None = _field(_t.IntField("exchange_index"))
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("ticker")) is str:
            d["ticker"] = v
        else:
            self._slow_field("ticker")
        if type(v := g("event_ticker")) is str:
            d["event_ticker"] = v
        else:
            self._slow_field("event_ticker")
        if (m := _MarketMarketType_get(v := g("market_type"))) is not None:
            d["market_type"] = m
        else:
            self._slow_field("market_type")
        if type(v := g("title")) is str:
            d["title"] = v
        elif v is None:
            d["title"] = None
        else:
            self._slow_field("title")
        if type(v := g("subtitle")) is str:
            d["subtitle"] = v
        elif v is None:
            d["subtitle"] = None
        else:
            self._slow_field("subtitle")
        if type(v := g("yes_sub_title")) is str:
            d["yes_sub_title"] = v
        else:
            self._slow_field("yes_sub_title")
        if type(v := g("no_sub_title")) is str:
            d["no_sub_title"] = v
        else:
            self._slow_field("no_sub_title")
        if (t := _tc(v := g("created_time"))) is not None:
            d["created_time"] = t
        elif isinstance(v, str):
            d["created_time"] = _nt(v)
        else:
            self._slow_field("created_time")
        if (t := _tc(v := g("updated_time"))) is not None:
            d["updated_time"] = t
        elif isinstance(v, str):
            d["updated_time"] = _nt(v)
        else:
            self._slow_field("updated_time")
        if (t := _tc(v := g("open_time"))) is not None:
            d["open_time"] = t
        elif isinstance(v, str):
            d["open_time"] = _nt(v)
        else:
            self._slow_field("open_time")
        if (t := _tc(v := g("close_time"))) is not None:
            d["close_time"] = t
        elif isinstance(v, str):
            d["close_time"] = _nt(v)
        else:
            self._slow_field("close_time")
        if (t := _tc(v := g("expected_expiration_time"))) is not None:
            d["expected_expiration_time"] = t
        elif isinstance(v, str):
            d["expected_expiration_time"] = _nt(v)
        elif v is None:
            d["expected_expiration_time"] = None
        else:
            self._slow_field("expected_expiration_time")
        if (t := _tc(v := g("expiration_time"))) is not None:
            d["expiration_time"] = t
        elif isinstance(v, str):
            d["expiration_time"] = _nt(v)
        elif v is None:
            d["expiration_time"] = None
        else:
            self._slow_field("expiration_time")
        if (t := _tc(v := g("latest_expiration_time"))) is not None:
            d["latest_expiration_time"] = t
        elif isinstance(v, str):
            d["latest_expiration_time"] = _nt(v)
        else:
            self._slow_field("latest_expiration_time")
        if type(v := g("settlement_timer_seconds")) is int:
            d["settlement_timer_seconds"] = v
        else:
            self._slow_field("settlement_timer_seconds")
        if (m := _MarketStatus_get(v := g("status"))) is not None:
            d["status"] = m
        else:
            self._slow_field("status")
        if (x := _dc(v := g("yes_bid_dollars"))) is not None:  # only text already parsed is in the cache
            d["yes_bid_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["yes_bid_dollars"] = _nd(v)
        else:
            self._slow_field("yes_bid_dollars")
        if (x := _dc(v := g("yes_bid_size_fp"))) is not None:  # only text already parsed is in the cache
            d["yes_bid_size_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["yes_bid_size_fp"] = _nd(v)
        else:
            self._slow_field("yes_bid_size_fp")
        if (x := _dc(v := g("yes_ask_dollars"))) is not None:  # only text already parsed is in the cache
            d["yes_ask_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["yes_ask_dollars"] = _nd(v)
        else:
            self._slow_field("yes_ask_dollars")
        if (x := _dc(v := g("yes_ask_size_fp"))) is not None:  # only text already parsed is in the cache
            d["yes_ask_size_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["yes_ask_size_fp"] = _nd(v)
        else:
            self._slow_field("yes_ask_size_fp")
        if (x := _dc(v := g("no_bid_dollars"))) is not None:  # only text already parsed is in the cache
            d["no_bid_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["no_bid_dollars"] = _nd(v)
        else:
            self._slow_field("no_bid_dollars")
        if (x := _dc(v := g("no_ask_dollars"))) is not None:  # only text already parsed is in the cache
            d["no_ask_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["no_ask_dollars"] = _nd(v)
        else:
            self._slow_field("no_ask_dollars")
        if (x := _dc(v := g("last_price_dollars"))) is not None:  # only text already parsed is in the cache
            d["last_price_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["last_price_dollars"] = _nd(v)
        else:
            self._slow_field("last_price_dollars")
        if (x := _dc(v := g("volume_fp"))) is not None:  # only text already parsed is in the cache
            d["volume_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["volume_fp"] = _nd(v)
        else:
            self._slow_field("volume_fp")
        if (x := _dc(v := g("volume_24h_fp"))) is not None:  # only text already parsed is in the cache
            d["volume_24h_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["volume_24h_fp"] = _nd(v)
        else:
            self._slow_field("volume_24h_fp")
        if (m := _MarketResult_get(v := g("result"))) is not None:
            d["result"] = m
        else:
            self._slow_field("result")
        if type(v := g("can_close_early")) is bool:
            d["can_close_early"] = v
        else:
            self._slow_field("can_close_early")
        if (x := _dc(v := g("open_interest_fp"))) is not None:  # only text already parsed is in the cache
            d["open_interest_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["open_interest_fp"] = _nd(v)
        else:
            self._slow_field("open_interest_fp")
        if (x := _dc(v := g("notional_value_dollars"))) is not None:  # only text already parsed is in the cache
            d["notional_value_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["notional_value_dollars"] = _nd(v)
        else:
            self._slow_field("notional_value_dollars")
        if (x := _dc(v := g("previous_yes_bid_dollars"))) is not None:  # only text already parsed is in the cache
            d["previous_yes_bid_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["previous_yes_bid_dollars"] = _nd(v)
        else:
            self._slow_field("previous_yes_bid_dollars")
        if (x := _dc(v := g("previous_yes_ask_dollars"))) is not None:  # only text already parsed is in the cache
            d["previous_yes_ask_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["previous_yes_ask_dollars"] = _nd(v)
        else:
            self._slow_field("previous_yes_ask_dollars")
        if (x := _dc(v := g("previous_price_dollars"))) is not None:  # only text already parsed is in the cache
            d["previous_price_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["previous_price_dollars"] = _nd(v)
        else:
            self._slow_field("previous_price_dollars")
        if (x := _dc(v := g("settlement_value_dollars"))) is not None:  # only text already parsed is in the cache
            d["settlement_value_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["settlement_value_dollars"] = _nd(v)
        elif v is None or v == "":
            d["settlement_value_dollars"] = None
        else:
            self._slow_field("settlement_value_dollars")
        if (t := _tc(v := g("settlement_ts"))) is not None:
            d["settlement_ts"] = t
        elif isinstance(v, str):
            d["settlement_ts"] = _nt(v)
        elif v is None:
            d["settlement_ts"] = None
        else:
            self._slow_field("settlement_ts")
        if (m := _MarketSettlementBoundsType_get(v := g("settlement_bounds_type"))) is not None:
            d["settlement_bounds_type"] = m
        else:
            self._slow_field("settlement_bounds_type")
        if (x := _dc(v := g("settlement_floor_dollars"))) is not None:  # only text already parsed is in the cache
            d["settlement_floor_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["settlement_floor_dollars"] = _nd(v)
        elif v is None or v == "":
            d["settlement_floor_dollars"] = None
        else:
            self._slow_field("settlement_floor_dollars")
        if type(v := g("expiration_value")) is str:
            d["expiration_value"] = v
        else:
            self._slow_field("expiration_value")
        if (t := _tc(v := g("occurrence_datetime"))) is not None:
            d["occurrence_datetime"] = t
        elif isinstance(v, str):
            d["occurrence_datetime"] = _nt(v)
        elif v is None:
            d["occurrence_datetime"] = None
        else:
            self._slow_field("occurrence_datetime")
        if (t := _tc(v := g("fee_waiver_expiration_time"))) is not None:
            d["fee_waiver_expiration_time"] = t
        elif isinstance(v, str):
            d["fee_waiver_expiration_time"] = _nt(v)
        elif v is None:
            d["fee_waiver_expiration_time"] = None
        else:
            self._slow_field("fee_waiver_expiration_time")
        if type(v := g("early_close_condition")) is str:
            d["early_close_condition"] = v
        elif v is None:
            d["early_close_condition"] = None
        else:
            self._slow_field("early_close_condition")
        if (m := _MarketStrikeType_get(v := g("strike_type"))) is not None:
            d["strike_type"] = m
        elif v is None:
            d["strike_type"] = None
        else:
            self._slow_field("strike_type")
        if type(v := g("floor_strike")) is float:
            d["floor_strike"] = v
        elif type(v) is int:
            d["floor_strike"] = float(v)
        elif v is None:
            d["floor_strike"] = None
        else:
            self._slow_field("floor_strike")
        if type(v := g("cap_strike")) is float:
            d["cap_strike"] = v
        elif type(v) is int:
            d["cap_strike"] = float(v)
        elif v is None:
            d["cap_strike"] = None
        else:
            self._slow_field("cap_strike")
        if type(v := g("functional_strike")) is str:
            d["functional_strike"] = v
        elif v is None:
            d["functional_strike"] = None
        else:
            self._slow_field("functional_strike")
        if type(v := g("custom_strike")) is dict:
            d["custom_strike"] = _BUILD["custom_strike"](v)
        elif v is None:
            d["custom_strike"] = None
        else:
            self._slow_field("custom_strike")
        if type(v := g("rules_primary")) is str:
            d["rules_primary"] = v
        else:
            self._slow_field("rules_primary")
        if type(v := g("rules_secondary")) is str:
            d["rules_secondary"] = v
        else:
            self._slow_field("rules_secondary")
        if type(v := g("mve_collection_ticker")) is str:
            d["mve_collection_ticker"] = v
        elif v is None:
            d["mve_collection_ticker"] = None
        else:
            self._slow_field("mve_collection_ticker")
        if type(v := g("mve_selected_legs")) is list:
            d["mve_selected_legs"] = _BUILD["mve_selected_legs"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("mve_selected_legs")
        if type(v := g("primary_participant_key")) is str:
            d["primary_participant_key"] = v
        elif v is None:
            d["primary_participant_key"] = None
        else:
            self._slow_field("primary_participant_key")
        if type(v := g("price_level_structure")) is str:
            d["price_level_structure"] = v
        else:
            self._slow_field("price_level_structure")
        if type(v := g("price_ranges")) is list:
            d["price_ranges"] = _BUILD["price_ranges"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("price_ranges")
        if type(v := g("is_provisional")) is bool:
            d["is_provisional"] = v
        elif v is None:
            d["is_provisional"] = None
        else:
            self._slow_field("is_provisional")
        if type(v := g("exchange_index")) is int:
            d["exchange_index"] = v
        elif v is None:
            d["exchange_index"] = None
        else:
            self._slow_field("exchange_index")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        market_type: MarketMarketType | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        yes_sub_title: str | None | Unset = UNSET,
        no_sub_title: str | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        updated_time: datetime.datetime | None | Unset = UNSET,
        open_time: datetime.datetime | None | Unset = UNSET,
        close_time: datetime.datetime | None | Unset = UNSET,
        expected_expiration_time: datetime.datetime | None | Unset = UNSET,
        expiration_time: datetime.datetime | None | Unset = UNSET,
        latest_expiration_time: datetime.datetime | None | Unset = UNSET,
        settlement_timer_seconds: int | None | Unset = UNSET,
        status: MarketStatus | None | Unset = UNSET,
        yes_bid_dollars: Decimal | None | Unset = UNSET,
        yes_bid_size_fp: Decimal | None | Unset = UNSET,
        yes_ask_dollars: Decimal | None | Unset = UNSET,
        yes_ask_size_fp: Decimal | None | Unset = UNSET,
        no_bid_dollars: Decimal | None | Unset = UNSET,
        no_ask_dollars: Decimal | None | Unset = UNSET,
        last_price_dollars: Decimal | None | Unset = UNSET,
        volume_fp: Decimal | None | Unset = UNSET,
        volume_24h_fp: Decimal | None | Unset = UNSET,
        result: MarketResult | None | Unset = UNSET,
        can_close_early: bool | None | Unset = UNSET,
        open_interest_fp: Decimal | None | Unset = UNSET,
        notional_value_dollars: Decimal | None | Unset = UNSET,
        previous_yes_bid_dollars: Decimal | None | Unset = UNSET,
        previous_yes_ask_dollars: Decimal | None | Unset = UNSET,
        previous_price_dollars: Decimal | None | Unset = UNSET,
        settlement_value_dollars: Decimal | None | Unset = UNSET,
        settlement_ts: datetime.datetime | None | Unset = UNSET,
        settlement_bounds_type: MarketSettlementBoundsType | None | Unset = UNSET,
        settlement_floor_dollars: Decimal | None | Unset = UNSET,
        expiration_value: str | None | Unset = UNSET,
        occurrence_datetime: datetime.datetime | None | Unset = UNSET,
        fee_waiver_expiration_time: datetime.datetime | None | Unset = UNSET,
        early_close_condition: str | None | Unset = UNSET,
        strike_type: MarketStrikeType | None | Unset = UNSET,
        floor_strike: float | None | Unset = UNSET,
        cap_strike: float | None | Unset = UNSET,
        functional_strike: str | None | Unset = UNSET,
        custom_strike: MarketCustomStrike | None | Unset = UNSET,
        rules_primary: str | None | Unset = UNSET,
        rules_secondary: str | None | Unset = UNSET,
        mve_collection_ticker: str | None | Unset = UNSET,
        mve_selected_legs: list[MveSelectedLeg] | None | Unset = UNSET,
        primary_participant_key: str | None | Unset = UNSET,
        price_level_structure: str | None | Unset = UNSET,
        price_ranges: list[PriceRange] | None | Unset = UNSET,
        is_provisional: bool | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A Market from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("event_ticker", event_ticker)
        self._set("market_type", market_type)
        self._set("title", title)
        self._set("subtitle", subtitle)
        self._set("yes_sub_title", yes_sub_title)
        self._set("no_sub_title", no_sub_title)
        self._set("created_time", created_time)
        self._set("updated_time", updated_time)
        self._set("open_time", open_time)
        self._set("close_time", close_time)
        self._set("expected_expiration_time", expected_expiration_time)
        self._set("expiration_time", expiration_time)
        self._set("latest_expiration_time", latest_expiration_time)
        self._set("settlement_timer_seconds", settlement_timer_seconds)
        self._set("status", status)
        self._set("yes_bid_dollars", yes_bid_dollars)
        self._set("yes_bid_size_fp", yes_bid_size_fp)
        self._set("yes_ask_dollars", yes_ask_dollars)
        self._set("yes_ask_size_fp", yes_ask_size_fp)
        self._set("no_bid_dollars", no_bid_dollars)
        self._set("no_ask_dollars", no_ask_dollars)
        self._set("last_price_dollars", last_price_dollars)
        self._set("volume_fp", volume_fp)
        self._set("volume_24h_fp", volume_24h_fp)
        self._set("result", result)
        self._set("can_close_early", can_close_early)
        self._set("open_interest_fp", open_interest_fp)
        self._set("notional_value_dollars", notional_value_dollars)
        self._set("previous_yes_bid_dollars", previous_yes_bid_dollars)
        self._set("previous_yes_ask_dollars", previous_yes_ask_dollars)
        self._set("previous_price_dollars", previous_price_dollars)
        self._set("settlement_value_dollars", settlement_value_dollars)
        self._set("settlement_ts", settlement_ts)
        self._set("settlement_bounds_type", settlement_bounds_type)
        self._set("settlement_floor_dollars", settlement_floor_dollars)
        self._set("expiration_value", expiration_value)
        self._set("occurrence_datetime", occurrence_datetime)
        self._set("fee_waiver_expiration_time", fee_waiver_expiration_time)
        self._set("early_close_condition", early_close_condition)
        self._set("strike_type", strike_type)
        self._set("floor_strike", floor_strike)
        self._set("cap_strike", cap_strike)
        self._set("functional_strike", functional_strike)
        self._set("custom_strike", custom_strike)
        self._set("rules_primary", rules_primary)
        self._set("rules_secondary", rules_secondary)
        self._set("mve_collection_ticker", mve_collection_ticker)
        self._set("mve_selected_legs", mve_selected_legs)
        self._set("primary_participant_key", primary_participant_key)
        self._set("price_level_structure", price_level_structure)
        self._set("price_ranges", price_ranges)
        self._set("is_provisional", is_provisional)
        self._set("exchange_index", exchange_index)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "custom_strike": Market.__dict__["custom_strike"].build,
    "mve_selected_legs": Market.__dict__["mve_selected_legs"].build,
    "price_ranges": Market.__dict__["price_ranges"].build,
}
