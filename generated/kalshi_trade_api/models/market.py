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
_MarketMarketType_get = _t.member_lookup(MarketMarketType)
_MarketStatus_get = _t.member_lookup(MarketStatus)
_MarketResult_get = _t.member_lookup(MarketResult)
_MarketSettlementBoundsType_get = _t.member_lookup(MarketSettlementBoundsType)
_MarketStrikeType_get = _t.member_lookup(MarketStrikeType)


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

    __slots__ = (
        "ticker",
        "event_ticker",
        "market_type",
        "title",
        "subtitle",
        "yes_sub_title",
        "no_sub_title",
        "created_time",
        "updated_time",
        "open_time",
        "close_time",
        "expected_expiration_time",
        "expiration_time",
        "latest_expiration_time",
        "settlement_timer_seconds",
        "status",
        "yes_bid_dollars",
        "yes_bid_size_fp",
        "yes_ask_dollars",
        "yes_ask_size_fp",
        "no_bid_dollars",
        "no_ask_dollars",
        "last_price_dollars",
        "volume_fp",
        "volume_24h_fp",
        "result",
        "can_close_early",
        "open_interest_fp",
        "notional_value_dollars",
        "previous_yes_bid_dollars",
        "previous_yes_ask_dollars",
        "previous_price_dollars",
        "settlement_value_dollars",
        "settlement_ts",
        "settlement_bounds_type",
        "settlement_floor_dollars",
        "expiration_value",
        "occurrence_datetime",
        "fee_waiver_expiration_time",
        "early_close_condition",
        "strike_type",
        "floor_strike",
        "cap_strike",
        "functional_strike",
        "custom_strike",
        "rules_primary",
        "rules_secondary",
        "mve_collection_ticker",
        "mve_selected_legs",
        "primary_participant_key",
        "price_level_structure",
        "price_ranges",
        "is_provisional",
        "exchange_index",
    )

    ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    event_ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    market_type: MarketMarketType
    """Identifies the type of market. Required (reading raises MissingFieldError if absent)."""

    title: str | None
    """Optional (None if absent)."""

    subtitle: str | None
    """Optional (None if absent)."""

    yes_sub_title: str
    """Shortened title for the yes side of this market. Required (reading raises MissingFieldError if absent)."""

    no_sub_title: str
    """Shortened title for the no side of this market. Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    updated_time: datetime.datetime
    """Time of the last non-trading metadata update. Required (reading raises MissingFieldError if absent)."""

    open_time: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    close_time: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    expected_expiration_time: datetime.datetime | None
    """Time when this market is expected to expire. Optional (None if absent)."""

    expiration_time: datetime.datetime | None
    """Optional (None if absent)."""

    latest_expiration_time: datetime.datetime
    """Latest possible time for this market to expire. Required (reading raises MissingFieldError if absent)."""

    settlement_timer_seconds: int
    """The amount of time after determination that the market settles. Required (reading raises MissingFieldError
    if absent)."""

    status: MarketStatus
    """The current status of the market in its lifecycle. Required (reading raises MissingFieldError if absent)."""

    yes_bid_dollars: Decimal
    """Price for the highest YES buy offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    yes_bid_size_fp: Decimal
    """Total contract size of orders to buy YES at the best bid price (fixed-point count string). Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    yes_ask_dollars: Decimal
    """Price for the lowest YES sell offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    yes_ask_size_fp: Decimal
    """Total contract size of orders to sell YES at the best ask price (fixed-point count string). Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    no_bid_dollars: Decimal
    """Price for the highest NO buy offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    no_ask_dollars: Decimal
    """Price for the lowest NO sell offer on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    last_price_dollars: Decimal
    """Price for the last traded YES contract on this market in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    volume_fp: Decimal
    """String representation of the market volume in contracts. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    volume_24h_fp: Decimal
    """String representation of the 24h market volume in contracts. Example: 10.00. Required (reading raises
    MissingFieldError if absent)."""

    result: MarketResult
    """Required (reading raises MissingFieldError if absent)."""

    can_close_early: bool
    """Required (reading raises MissingFieldError if absent)."""

    open_interest_fp: Decimal
    """String representation of the number of contracts bought on this market disconsidering netting. Example:
    10.00. Required (reading raises MissingFieldError if absent)."""

    notional_value_dollars: Decimal
    """The total value of a single contract at settlement in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    previous_yes_bid_dollars: Decimal
    """Price for the highest YES buy offer on this market a day ago in dollars. Example: 0.5600. Required (reading
    raises MissingFieldError if absent)."""

    previous_yes_ask_dollars: Decimal
    """Price for the lowest YES sell offer on this market a day ago in dollars. Example: 0.5600. Required (reading
    raises MissingFieldError if absent)."""

    previous_price_dollars: Decimal
    """Price for the last traded YES contract on this market a day ago in dollars. Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    settlement_value_dollars: Decimal | None
    """The settlement value of the YES/LONG side of the contract in dollars. Only filled after determination.
    Example: 0.5600. Optional (None if absent)."""

    settlement_ts: datetime.datetime | None
    """Timestamp when the market was settled. Only filled for settled markets. Optional (None if absent)."""

    settlement_bounds_type: MarketSettlementBoundsType
    """Which settlement bounds apply to this market. default means the market has no settlement bounds. Required
    (reading raises MissingFieldError if absent)."""

    settlement_floor_dollars: Decimal | None
    """The lowest value the YES/LONG side of the contract can settle at in dollars. Only filled when
    settlement_bounds_type is floor. Example: 0.5600. Optional (None if absent)."""

    expiration_value: str
    """The value that was considered for the settlement. Required (reading raises MissingFieldError if absent)."""

    occurrence_datetime: datetime.datetime | None
    """The recorded datetime when the underlying event occurred, if available. Optional (None if absent)."""

    fee_waiver_expiration_time: datetime.datetime | None
    """Time when this market's fee waiver expires. Optional (None if absent)."""

    early_close_condition: str | None
    """The condition under which the market can close early. Optional (None if absent)."""

    strike_type: MarketStrikeType | None
    """Strike type defines how the market strike is defined and evaluated. Optional (None if absent)."""

    floor_strike: float | None
    """Minimum expiration value that leads to a YES settlement. Optional (None if absent)."""

    cap_strike: float | None
    """Maximum expiration value that leads to a YES settlement. Optional (None if absent)."""

    functional_strike: str | None
    """Mapping from expiration values to settlement values. Optional (None if absent)."""

    custom_strike: MarketCustomStrike | None
    """Expiration value for each target that leads to a YES settlement. Optional (None if absent)."""

    rules_primary: str
    """A plain language description of the most important market terms. Required (reading raises MissingFieldError
    if absent)."""

    rules_secondary: str
    """A plain language description of secondary market terms. Required (reading raises MissingFieldError if
    absent)."""

    mve_collection_ticker: str | None
    """The ticker of the multivariate event collection. Optional (None if absent)."""

    mve_selected_legs: list[MveSelectedLeg]
    """Empty when absent or null."""

    primary_participant_key: str | None
    """Optional (None if absent)."""

    price_level_structure: str
    """Price level structure for this market, defining price ranges and tick sizes. Required (reading raises
    MissingFieldError if absent)."""

    price_ranges: list[PriceRange]
    """Valid price ranges for orders on this market. Empty when absent or null."""

    is_provisional: bool | None
    """If true, the market may be removed after determination if there is no activity on it. Optional (None if
    absent)."""

    exchange_index: int | None
    """Identifier for an exchange shard. Example: 0. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ticker": _t.StrField("ticker", required=True),
        "event_ticker": _t.StrField("event_ticker", required=True),
        "market_type": _t.EnumField("market_type", MarketMarketType, required=True),
        "title": _t.StrField("title"),
        "subtitle": _t.StrField("subtitle"),
        "yes_sub_title": _t.StrField("yes_sub_title", required=True),
        "no_sub_title": _t.StrField("no_sub_title", required=True),
        "created_time": _t.DateTimeField("created_time", required=True),
        "updated_time": _t.DateTimeField("updated_time", required=True),
        "open_time": _t.DateTimeField("open_time", required=True),
        "close_time": _t.DateTimeField("close_time", required=True),
        "expected_expiration_time": _t.DateTimeField("expected_expiration_time", nullable=True),
        "expiration_time": _t.DateTimeField("expiration_time"),
        "latest_expiration_time": _t.DateTimeField("latest_expiration_time", required=True),
        "settlement_timer_seconds": _t.IntField("settlement_timer_seconds", required=True),
        "status": _t.EnumField("status", MarketStatus, required=True),
        "yes_bid_dollars": _t.DecimalField("yes_bid_dollars", required=True),
        "yes_bid_size_fp": _t.DecimalField("yes_bid_size_fp", required=True),
        "yes_ask_dollars": _t.DecimalField("yes_ask_dollars", required=True),
        "yes_ask_size_fp": _t.DecimalField("yes_ask_size_fp", required=True),
        "no_bid_dollars": _t.DecimalField("no_bid_dollars", required=True),
        "no_ask_dollars": _t.DecimalField("no_ask_dollars", required=True),
        "last_price_dollars": _t.DecimalField("last_price_dollars", required=True),
        "volume_fp": _t.DecimalField("volume_fp", required=True),
        "volume_24h_fp": _t.DecimalField("volume_24h_fp", required=True),
        "result": _t.EnumField("result", MarketResult, required=True),
        "can_close_early": _t.BoolField("can_close_early", required=True),
        "open_interest_fp": _t.DecimalField("open_interest_fp", required=True),
        "notional_value_dollars": _t.DecimalField("notional_value_dollars", required=True),
        "previous_yes_bid_dollars": _t.DecimalField("previous_yes_bid_dollars", required=True),
        "previous_yes_ask_dollars": _t.DecimalField("previous_yes_ask_dollars", required=True),
        "previous_price_dollars": _t.DecimalField("previous_price_dollars", required=True),
        "settlement_value_dollars": _t.DecimalField("settlement_value_dollars", nullable=True),
        "settlement_ts": _t.DateTimeField("settlement_ts", nullable=True),
        "settlement_bounds_type": _t.EnumField("settlement_bounds_type", MarketSettlementBoundsType, required=True),
        "settlement_floor_dollars": _t.DecimalField("settlement_floor_dollars", nullable=True),
        "expiration_value": _t.StrField("expiration_value", required=True),
        "occurrence_datetime": _t.DateTimeField("occurrence_datetime", nullable=True),
        "fee_waiver_expiration_time": _t.DateTimeField("fee_waiver_expiration_time", nullable=True),
        "early_close_condition": _t.StrField("early_close_condition", nullable=True),
        "strike_type": _t.EnumField("strike_type", MarketStrikeType),
        "floor_strike": _t.FloatField("floor_strike", nullable=True),
        "cap_strike": _t.FloatField("cap_strike", nullable=True),
        "functional_strike": _t.StrField("functional_strike", nullable=True),
        "custom_strike": _t.ModelField(
            "custom_strike", f"{__package__}.market_custom_strike", "MarketCustomStrike", nullable=True
        ),
        "rules_primary": _t.StrField("rules_primary", required=True),
        "rules_secondary": _t.StrField("rules_secondary", required=True),
        "mve_collection_ticker": _t.StrField("mve_collection_ticker"),
        "mve_selected_legs": _t.ModelListField(
            "mve_selected_legs", f"{__package__}.mve_selected_leg", "MveSelectedLeg", empty=True
        ),
        "primary_participant_key": _t.StrField("primary_participant_key", nullable=True),
        "price_level_structure": _t.StrField("price_level_structure", required=True),
        "price_ranges": _t.ModelListField(
            "price_ranges", f"{__package__}.price_range", "PriceRange", required=True, empty=True
        ),
        "is_provisional": _t.BoolField("is_provisional"),
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
            k_ticker,
            k_event_ticker,
            k_market_type,
            k_title,
            k_subtitle,
            k_yes_sub_title,
            k_no_sub_title,
            k_created_time,
            k_updated_time,
            k_open_time,
            k_close_time,
            k_expected_expiration_time,
            k_expiration_time,
            k_latest_expiration_time,
            k_settlement_timer_seconds,
            k_status,
            k_yes_bid_dollars,
            k_yes_bid_size_fp,
            k_yes_ask_dollars,
            k_yes_ask_size_fp,
            k_no_bid_dollars,
            k_no_ask_dollars,
            k_last_price_dollars,
            k_volume_fp,
            k_volume_24h_fp,
            k_result,
            k_can_close_early,
            k_open_interest_fp,
            k_notional_value_dollars,
            k_previous_yes_bid_dollars,
            k_previous_yes_ask_dollars,
            k_previous_price_dollars,
            k_settlement_value_dollars,
            k_settlement_ts,
            k_settlement_bounds_type,
            k_settlement_floor_dollars,
            k_expiration_value,
            k_occurrence_datetime,
            k_fee_waiver_expiration_time,
            k_early_close_condition,
            k_strike_type,
            k_floor_strike,
            k_cap_strike,
            k_functional_strike,
            k_custom_strike,
            k_rules_primary,
            k_rules_secondary,
            k_mve_collection_ticker,
            k_mve_selected_legs,
            k_primary_participant_key,
            k_price_level_structure,
            k_price_ranges,
            k_is_provisional,
            k_exchange_index,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g(k_event_ticker)) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if (m := _MarketMarketType_get(v := g(k_market_type))) is not None:
            self.market_type = m
        else:
            self._slow_field("market_type")
        if type(v := g(k_title)) is str:
            self.title = v
        elif v is None:
            self.title = None
        else:
            self._slow_field("title")
        if type(v := g(k_subtitle)) is str:
            self.subtitle = v
        elif v is None:
            self.subtitle = None
        else:
            self._slow_field("subtitle")
        if type(v := g(k_yes_sub_title)) is str:
            self.yes_sub_title = v
        else:
            self._slow_field("yes_sub_title")
        if type(v := g(k_no_sub_title)) is str:
            self.no_sub_title = v
        else:
            self._slow_field("no_sub_title")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        else:
            self._slow_field("created_time")
        if (t := _tc(v := g(k_updated_time))) is not None:
            self.updated_time = t
        elif isinstance(v, str):
            self.updated_time = _nt(v)
        else:
            self._slow_field("updated_time")
        if (t := _tc(v := g(k_open_time))) is not None:
            self.open_time = t
        elif isinstance(v, str):
            self.open_time = _nt(v)
        else:
            self._slow_field("open_time")
        if (t := _tc(v := g(k_close_time))) is not None:
            self.close_time = t
        elif isinstance(v, str):
            self.close_time = _nt(v)
        else:
            self._slow_field("close_time")
        if (t := _tc(v := g(k_expected_expiration_time))) is not None:
            self.expected_expiration_time = t
        elif isinstance(v, str):
            self.expected_expiration_time = _nt(v)
        elif v is None:
            self.expected_expiration_time = None
        else:
            self._slow_field("expected_expiration_time")
        if (t := _tc(v := g(k_expiration_time))) is not None:
            self.expiration_time = t
        elif isinstance(v, str):
            self.expiration_time = _nt(v)
        elif v is None:
            self.expiration_time = None
        else:
            self._slow_field("expiration_time")
        if (t := _tc(v := g(k_latest_expiration_time))) is not None:
            self.latest_expiration_time = t
        elif isinstance(v, str):
            self.latest_expiration_time = _nt(v)
        else:
            self._slow_field("latest_expiration_time")
        if type(v := g(k_settlement_timer_seconds)) is int:
            self.settlement_timer_seconds = v
        else:
            self._slow_field("settlement_timer_seconds")
        if (m := _MarketStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (x := _dc(v := g(k_yes_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_bid_dollars = _nd(v)
        else:
            self._slow_field("yes_bid_dollars")
        if (x := _dc(v := g(k_yes_bid_size_fp))) is not None:  # only text already parsed is in the cache
            self.yes_bid_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_bid_size_fp = _nd(v)
        else:
            self._slow_field("yes_bid_size_fp")
        if (x := _dc(v := g(k_yes_ask_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_ask_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_ask_dollars = _nd(v)
        else:
            self._slow_field("yes_ask_dollars")
        if (x := _dc(v := g(k_yes_ask_size_fp))) is not None:  # only text already parsed is in the cache
            self.yes_ask_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_ask_size_fp = _nd(v)
        else:
            self._slow_field("yes_ask_size_fp")
        if (x := _dc(v := g(k_no_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.no_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_bid_dollars = _nd(v)
        else:
            self._slow_field("no_bid_dollars")
        if (x := _dc(v := g(k_no_ask_dollars))) is not None:  # only text already parsed is in the cache
            self.no_ask_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_ask_dollars = _nd(v)
        else:
            self._slow_field("no_ask_dollars")
        if (x := _dc(v := g(k_last_price_dollars))) is not None:  # only text already parsed is in the cache
            self.last_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.last_price_dollars = _nd(v)
        else:
            self._slow_field("last_price_dollars")
        if (x := _dc(v := g(k_volume_fp))) is not None:  # only text already parsed is in the cache
            self.volume_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_fp = _nd(v)
        else:
            self._slow_field("volume_fp")
        if (x := _dc(v := g(k_volume_24h_fp))) is not None:  # only text already parsed is in the cache
            self.volume_24h_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_24h_fp = _nd(v)
        else:
            self._slow_field("volume_24h_fp")
        if (m := _MarketResult_get(v := g(k_result))) is not None:
            self.result = m
        else:
            self._slow_field("result")
        if type(v := g(k_can_close_early)) is bool:
            self.can_close_early = v
        else:
            self._slow_field("can_close_early")
        if (x := _dc(v := g(k_open_interest_fp))) is not None:  # only text already parsed is in the cache
            self.open_interest_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_interest_fp = _nd(v)
        else:
            self._slow_field("open_interest_fp")
        if (x := _dc(v := g(k_notional_value_dollars))) is not None:  # only text already parsed is in the cache
            self.notional_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.notional_value_dollars = _nd(v)
        else:
            self._slow_field("notional_value_dollars")
        if (x := _dc(v := g(k_previous_yes_bid_dollars))) is not None:  # only text already parsed is in the cache
            self.previous_yes_bid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.previous_yes_bid_dollars = _nd(v)
        else:
            self._slow_field("previous_yes_bid_dollars")
        if (x := _dc(v := g(k_previous_yes_ask_dollars))) is not None:  # only text already parsed is in the cache
            self.previous_yes_ask_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.previous_yes_ask_dollars = _nd(v)
        else:
            self._slow_field("previous_yes_ask_dollars")
        if (x := _dc(v := g(k_previous_price_dollars))) is not None:  # only text already parsed is in the cache
            self.previous_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.previous_price_dollars = _nd(v)
        else:
            self._slow_field("previous_price_dollars")
        if (x := _dc(v := g(k_settlement_value_dollars))) is not None:  # only text already parsed is in the cache
            self.settlement_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.settlement_value_dollars = _nd(v)
        elif v is None or v == "":
            self.settlement_value_dollars = None
        else:
            self._slow_field("settlement_value_dollars")
        if (t := _tc(v := g(k_settlement_ts))) is not None:
            self.settlement_ts = t
        elif isinstance(v, str):
            self.settlement_ts = _nt(v)
        elif v is None:
            self.settlement_ts = None
        else:
            self._slow_field("settlement_ts")
        if (m := _MarketSettlementBoundsType_get(v := g(k_settlement_bounds_type))) is not None:
            self.settlement_bounds_type = m
        else:
            self._slow_field("settlement_bounds_type")
        if (x := _dc(v := g(k_settlement_floor_dollars))) is not None:  # only text already parsed is in the cache
            self.settlement_floor_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.settlement_floor_dollars = _nd(v)
        elif v is None or v == "":
            self.settlement_floor_dollars = None
        else:
            self._slow_field("settlement_floor_dollars")
        if type(v := g(k_expiration_value)) is str:
            self.expiration_value = v
        else:
            self._slow_field("expiration_value")
        if (t := _tc(v := g(k_occurrence_datetime))) is not None:
            self.occurrence_datetime = t
        elif isinstance(v, str):
            self.occurrence_datetime = _nt(v)
        elif v is None:
            self.occurrence_datetime = None
        else:
            self._slow_field("occurrence_datetime")
        if (t := _tc(v := g(k_fee_waiver_expiration_time))) is not None:
            self.fee_waiver_expiration_time = t
        elif isinstance(v, str):
            self.fee_waiver_expiration_time = _nt(v)
        elif v is None:
            self.fee_waiver_expiration_time = None
        else:
            self._slow_field("fee_waiver_expiration_time")
        if type(v := g(k_early_close_condition)) is str:
            self.early_close_condition = v
        elif v is None:
            self.early_close_condition = None
        else:
            self._slow_field("early_close_condition")
        if (m := _MarketStrikeType_get(v := g(k_strike_type))) is not None:
            self.strike_type = m
        elif v is None:
            self.strike_type = None
        else:
            self._slow_field("strike_type")
        if type(v := g(k_floor_strike)) is float:
            self.floor_strike = v
        elif type(v) is int:
            self.floor_strike = float(v)
        elif v is None:
            self.floor_strike = None
        else:
            self._slow_field("floor_strike")
        if type(v := g(k_cap_strike)) is float:
            self.cap_strike = v
        elif type(v) is int:
            self.cap_strike = float(v)
        elif v is None:
            self.cap_strike = None
        else:
            self._slow_field("cap_strike")
        if type(v := g(k_functional_strike)) is str:
            self.functional_strike = v
        elif v is None:
            self.functional_strike = None
        else:
            self._slow_field("functional_strike")
        if type(v := g(k_custom_strike)) is dict:
            self.custom_strike = _BUILD["custom_strike"](v)
        elif v is None:
            self.custom_strike = None
        else:
            self._slow_field("custom_strike")
        if type(v := g(k_rules_primary)) is str:
            self.rules_primary = v
        else:
            self._slow_field("rules_primary")
        if type(v := g(k_rules_secondary)) is str:
            self.rules_secondary = v
        else:
            self._slow_field("rules_secondary")
        if type(v := g(k_mve_collection_ticker)) is str:
            self.mve_collection_ticker = v
        elif v is None:
            self.mve_collection_ticker = None
        else:
            self._slow_field("mve_collection_ticker")
        if type(v := g(k_mve_selected_legs)) is list:
            self.mve_selected_legs = _BUILD["mve_selected_legs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("mve_selected_legs")
        if type(v := g(k_primary_participant_key)) is str:
            self.primary_participant_key = v
        elif v is None:
            self.primary_participant_key = None
        else:
            self._slow_field("primary_participant_key")
        if type(v := g(k_price_level_structure)) is str:
            self.price_level_structure = v
        else:
            self._slow_field("price_level_structure")
        if type(v := g(k_price_ranges)) is list:
            self.price_ranges = _BUILD["price_ranges"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("price_ranges")
        if type(v := g(k_is_provisional)) is bool:
            self.is_provisional = v
        elif v is None:
            self.is_provisional = None
        else:
            self._slow_field("is_provisional")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
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


_KEYS = _t.JsonKeys(*(field.key for field in Market._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "custom_strike": _t.builder(Market, "custom_strike"),
    "mve_selected_legs": _t.builder(Market, "mve_selected_legs"),
    "price_ranges": _t.builder(Market, "price_ranges"),
}
