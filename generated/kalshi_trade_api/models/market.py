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


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("ticker", _M)
        if type(v) is str:
            d["ticker"] = v
        elif v is not _M:
            slow("ticker")
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is not _M:
            slow("event_ticker")
        v = g("market_type", _M)
        m = MarketMarketType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["market_type"] = m
        elif v is not _M:
            slow("market_type")
        v = g("title", _M)
        if type(v) is str:
            d["title"] = v
        elif v is None:
            d["title"] = None
        elif v is not _M:
            slow("title")
        v = g("subtitle", _M)
        if type(v) is str:
            d["subtitle"] = v
        elif v is None:
            d["subtitle"] = None
        elif v is not _M:
            slow("subtitle")
        v = g("yes_sub_title", _M)
        if type(v) is str:
            d["yes_sub_title"] = v
        elif v is not _M:
            slow("yes_sub_title")
        v = g("no_sub_title", _M)
        if type(v) is str:
            d["no_sub_title"] = v
        elif v is not _M:
            slow("no_sub_title")
        v = g("created_time", _M)
        if type(v) is str:
            d["created_time"] = _iso(v)
        elif v is not _M:
            slow("created_time")
        v = g("updated_time", _M)
        if type(v) is str:
            d["updated_time"] = _iso(v)
        elif v is not _M:
            slow("updated_time")
        v = g("open_time", _M)
        if type(v) is str:
            d["open_time"] = _iso(v)
        elif v is not _M:
            slow("open_time")
        v = g("close_time", _M)
        if type(v) is str:
            d["close_time"] = _iso(v)
        elif v is not _M:
            slow("close_time")
        v = g("expected_expiration_time", _M)
        if type(v) is str:
            d["expected_expiration_time"] = _iso(v)
        elif v is None:
            d["expected_expiration_time"] = None
        elif v is not _M:
            slow("expected_expiration_time")
        v = g("expiration_time", _M)
        if type(v) is str:
            d["expiration_time"] = _iso(v)
        elif v is None:
            d["expiration_time"] = None
        elif v is not _M:
            slow("expiration_time")
        v = g("latest_expiration_time", _M)
        if type(v) is str:
            d["latest_expiration_time"] = _iso(v)
        elif v is not _M:
            slow("latest_expiration_time")
        v = g("settlement_timer_seconds", _M)
        if type(v) is int:
            d["settlement_timer_seconds"] = v
        elif v is not _M:
            slow("settlement_timer_seconds")
        v = g("status", _M)
        m = MarketStatus._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["status"] = m
        elif v is not _M:
            slow("status")
        v = g("yes_bid_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_bid_dollars"] = x
            else:
                slow("yes_bid_dollars")
        elif v is not _M and v != "":
            slow("yes_bid_dollars")
        v = g("yes_bid_size_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_bid_size_fp"] = x
            else:
                slow("yes_bid_size_fp")
        elif v is not _M and v != "":
            slow("yes_bid_size_fp")
        v = g("yes_ask_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_ask_dollars"] = x
            else:
                slow("yes_ask_dollars")
        elif v is not _M and v != "":
            slow("yes_ask_dollars")
        v = g("yes_ask_size_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["yes_ask_size_fp"] = x
            else:
                slow("yes_ask_size_fp")
        elif v is not _M and v != "":
            slow("yes_ask_size_fp")
        v = g("no_bid_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["no_bid_dollars"] = x
            else:
                slow("no_bid_dollars")
        elif v is not _M and v != "":
            slow("no_bid_dollars")
        v = g("no_ask_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["no_ask_dollars"] = x
            else:
                slow("no_ask_dollars")
        elif v is not _M and v != "":
            slow("no_ask_dollars")
        v = g("last_price_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["last_price_dollars"] = x
            else:
                slow("last_price_dollars")
        elif v is not _M and v != "":
            slow("last_price_dollars")
        v = g("volume_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["volume_fp"] = x
            else:
                slow("volume_fp")
        elif v is not _M and v != "":
            slow("volume_fp")
        v = g("volume_24h_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["volume_24h_fp"] = x
            else:
                slow("volume_24h_fp")
        elif v is not _M and v != "":
            slow("volume_24h_fp")
        v = g("result", _M)
        m = MarketResult._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["result"] = m
        elif v is not _M:
            slow("result")
        v = g("can_close_early", _M)
        if type(v) is bool:
            d["can_close_early"] = v
        elif v is not _M:
            slow("can_close_early")
        v = g("open_interest_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["open_interest_fp"] = x
            else:
                slow("open_interest_fp")
        elif v is not _M and v != "":
            slow("open_interest_fp")
        v = g("notional_value_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["notional_value_dollars"] = x
            else:
                slow("notional_value_dollars")
        elif v is not _M and v != "":
            slow("notional_value_dollars")
        v = g("previous_yes_bid_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["previous_yes_bid_dollars"] = x
            else:
                slow("previous_yes_bid_dollars")
        elif v is not _M and v != "":
            slow("previous_yes_bid_dollars")
        v = g("previous_yes_ask_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["previous_yes_ask_dollars"] = x
            else:
                slow("previous_yes_ask_dollars")
        elif v is not _M and v != "":
            slow("previous_yes_ask_dollars")
        v = g("previous_price_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["previous_price_dollars"] = x
            else:
                slow("previous_price_dollars")
        elif v is not _M and v != "":
            slow("previous_price_dollars")
        v = g("settlement_value_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["settlement_value_dollars"] = x
            else:
                slow("settlement_value_dollars")
        elif v is None:
            d["settlement_value_dollars"] = None
        elif v is not _M and v != "":
            slow("settlement_value_dollars")
        v = g("settlement_ts", _M)
        if type(v) is str:
            d["settlement_ts"] = _iso(v)
        elif v is None:
            d["settlement_ts"] = None
        elif v is not _M:
            slow("settlement_ts")
        v = g("settlement_bounds_type", _M)
        m = MarketSettlementBoundsType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["settlement_bounds_type"] = m
        elif v is not _M:
            slow("settlement_bounds_type")
        v = g("settlement_floor_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["settlement_floor_dollars"] = x
            else:
                slow("settlement_floor_dollars")
        elif v is None:
            d["settlement_floor_dollars"] = None
        elif v is not _M and v != "":
            slow("settlement_floor_dollars")
        v = g("expiration_value", _M)
        if type(v) is str:
            d["expiration_value"] = v
        elif v is not _M:
            slow("expiration_value")
        v = g("occurrence_datetime", _M)
        if type(v) is str:
            d["occurrence_datetime"] = _iso(v)
        elif v is None:
            d["occurrence_datetime"] = None
        elif v is not _M:
            slow("occurrence_datetime")
        v = g("fee_waiver_expiration_time", _M)
        if type(v) is str:
            d["fee_waiver_expiration_time"] = _iso(v)
        elif v is None:
            d["fee_waiver_expiration_time"] = None
        elif v is not _M:
            slow("fee_waiver_expiration_time")
        v = g("early_close_condition", _M)
        if type(v) is str:
            d["early_close_condition"] = v
        elif v is None:
            d["early_close_condition"] = None
        elif v is not _M:
            slow("early_close_condition")
        v = g("strike_type", _M)
        m = MarketStrikeType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["strike_type"] = m
        elif v is None:
            d["strike_type"] = None
        elif v is not _M:
            slow("strike_type")
        v = g("floor_strike", _M)
        if type(v) is float:
            d["floor_strike"] = v
        elif type(v) is int:
            d["floor_strike"] = float(v)
        elif v is None:
            d["floor_strike"] = None
        elif v is not _M:
            slow("floor_strike")
        v = g("cap_strike", _M)
        if type(v) is float:
            d["cap_strike"] = v
        elif type(v) is int:
            d["cap_strike"] = float(v)
        elif v is None:
            d["cap_strike"] = None
        elif v is not _M:
            slow("cap_strike")
        v = g("functional_strike", _M)
        if type(v) is str:
            d["functional_strike"] = v
        elif v is None:
            d["functional_strike"] = None
        elif v is not _M:
            slow("functional_strike")
        v = g("custom_strike", _M)
        if type(v) is dict:
            d["custom_strike"] = _convert["custom_strike"](v)
        elif v is None:
            d["custom_strike"] = None
        elif v is not _M:
            slow("custom_strike")
        v = g("rules_primary", _M)
        if type(v) is str:
            d["rules_primary"] = v
        elif v is not _M:
            slow("rules_primary")
        v = g("rules_secondary", _M)
        if type(v) is str:
            d["rules_secondary"] = v
        elif v is not _M:
            slow("rules_secondary")
        v = g("mve_collection_ticker", _M)
        if type(v) is str:
            d["mve_collection_ticker"] = v
        elif v is None:
            d["mve_collection_ticker"] = None
        elif v is not _M:
            slow("mve_collection_ticker")
        v = g("mve_selected_legs", _M)
        if type(v) is list:
            d["mve_selected_legs"] = _convert["mve_selected_legs"](v)
        elif v is not _M:
            slow("mve_selected_legs")
        v = g("primary_participant_key", _M)
        if type(v) is str:
            d["primary_participant_key"] = v
        elif v is None:
            d["primary_participant_key"] = None
        elif v is not _M:
            slow("primary_participant_key")
        v = g("price_level_structure", _M)
        if type(v) is str:
            d["price_level_structure"] = v
        elif v is not _M:
            slow("price_level_structure")
        v = g("price_ranges", _M)
        if type(v) is list:
            d["price_ranges"] = _convert["price_ranges"](v)
        elif v is not _M:
            slow("price_ranges")
        v = g("is_provisional", _M)
        if type(v) is bool:
            d["is_provisional"] = v
        elif v is None:
            d["is_provisional"] = None
        elif v is not _M:
            slow("is_provisional")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is None:
            d["exchange_index"] = None
        elif v is not _M:
            slow("exchange_index")

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


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "custom_strike": Market.__dict__["custom_strike"].convert,
    "mve_selected_legs": Market.__dict__["mve_selected_legs"].convert,
    "price_ranges": Market.__dict__["price_ranges"].convert,
}
