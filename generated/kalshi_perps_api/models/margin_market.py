from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.margin_market_funding_invalid_premium_handling import MarginMarketFundingInvalidPremiumHandling
from ..models.margin_market_funding_limit_unit import MarginMarketFundingLimitUnit
from ..models.margin_market_status import MarginMarketStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_market_leverage_estimates import MarginMarketLeverageEstimates
    from ..models.margin_market_long_leverage_estimates import MarginMarketLongLeverageEstimates
    from ..models.margin_market_product_metadata import MarginMarketProductMetadata
    from ..models.margin_market_schedule import MarginMarketSchedule
    from ..models.margin_market_short_leverage_estimates import MarginMarketShortLeverageEstimates
    from ..models.ticker_price import TickerPrice


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginMarket(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_id (str): Stable market UUID. Remains unchanged when the market ticker is renamed. Optional (None
            if absent).
        ticker (str): Required (reading raises MissingFieldError if absent).
        title (str): Required (reading raises MissingFieldError if absent).
        market_version (int): The market's current version. It starts at 1 and increases when trading resumes
            after a corporate action, such as a stock split. Pass it as market_version when creating an order to
            have the order rejected if the version has changed since you read it. Required (reading raises
            MissingFieldError if absent).
        exchange_index (int): The group of markets this market belongs to for order groups. Order groups may
            only reference markets whose exchange_index matches theirs. Required (reading raises MissingFieldError
            if absent).
        contract_size (Decimal): Fixed-point number with 6 decimal places. Required (reading raises
            MissingFieldError if absent).
        underlying_multiplier (str): Underlying units per contract-size unit. Required (reading raises
            MissingFieldError if absent).
        tick_size (Decimal): Minimum price increment in dollars. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        status (MarginMarketStatus): The status of a margin market. Required (reading raises MissingFieldError
            if absent).
        fractional_trading_enabled (bool): Required (reading raises MissingFieldError if absent).
        leverage_estimate (float): Leverage estimate (1 / margin_rate) evaluated at a small retail-sized
            notional position. Actual leverage may be lower for larger positions as the liquidation margin rate
            grows with size. Null when margin config or price data is unavailable. Optional (None if absent).
        leverage_estimates (MarginMarketLeverageEstimates): Leverage estimates (1 / margin_rate) keyed by
            notional position size in dollars ("1000", "10000", "100000", "1000000"). Leverage decreases at larger
            notionals as the liquidation margin rate grows with size. Null when margin config or price data is
            unavailable. Optional (None if absent).
        long_leverage_estimates (MarginMarketLongLeverageEstimates): Leverage estimates for a long position,
            keyed by the same notional position sizes as leverage_estimates. Optional (None if absent).
        short_leverage_estimates (MarginMarketShortLeverageEstimates): Leverage estimates for a short position,
            keyed by the same notional position sizes as long_leverage_estimates. Optional (None if absent).
        price (Decimal): Last trade price in dollars. Example: 0.5600. Optional (None if absent).
        volume (Decimal): One sided total trade volume. Example: 10.00. Optional (None if absent).
        volume_notional_value_dollars (Decimal): Total notional value of one sided trade volume in dollars.
            Example: 0.5600. Optional (None if absent).
        open_interest (Decimal): One sided open interest. Example: 10.00. Optional (None if absent).
        open_interest_notional_value_dollars (Decimal): Total notional value of one sided open interest in
            dollars. Example: 0.5600. Optional (None if absent).
        volume_24h (Decimal): One sided trade volume in the last 24 hours. Example: 10.00. Optional (None if
            absent).
        volume_24h_notional_value_dollars (Decimal): Total notional value of one sided trade volume in the last
            24 hours in dollars. Example: 0.5600. Optional (None if absent).
        bid (Decimal): Best bid price in dollars. Example: 0.5600. Optional (None if absent).
        bid_size_fp (Decimal): Total number of contracts resting at the best bid price, as a fixed-point count
            string. Zero when there is no bid. Omitted when market stats are unavailable. Example: 10.00. Optional
            (None if absent).
        ask (Decimal): Best ask price in dollars. Example: 0.5600. Optional (None if absent).
        ask_size_fp (Decimal): Total number of contracts resting at the best ask price, as a fixed-point count
            string. Zero when there is no ask. Omitted when market stats are unavailable. Example: 10.00. Optional
            (None if absent).
        settlement_mark_price (TickerPrice): Optional (None if absent).
        liquidation_mark_price (TickerPrice): Optional (None if absent).
        reference_price (TickerPrice): Optional (None if absent).
        asset_class (str): Asset class grouping for this market. New asset classes may be added over time.
            Omitted when the market has no assigned class. Optional (None if absent).
        product_metadata (MarginMarketProductMetadata): Public metadata for this market. Example:
            {'important_info': {'markdown': "**Important information:** Review this market's trading schedule."}}.
            Optional (None if absent).
        schedule (MarginMarketSchedule): Required (reading raises MissingFieldError if absent).
        funding_deadband (float): Funding deadband configured at market creation, expressed in
            funding_limit_unit. Minimum: 0. Required (reading raises MissingFieldError if absent).
        funding_cap (float): Funding cap configured at market creation, expressed in funding_limit_unit.
            Minimum: 0. Required (reading raises MissingFieldError if absent).
        funding_limit_unit (MarginMarketFundingLimitUnit): Unit for the funding limits configured at market
            creation. Required (reading raises MissingFieldError if absent).
        halt_sources (list[str]): Why the market is halted. A market that has never opened carries
            "initial_setup"; one halted for a corporate action carries "corporate_action". Empty means the market is
            not halted or its reason has not been observed, so do not read it as proof the market is live. Empty
            when absent or null.
        funding_invalid_premium_handling (MarginMarketFundingInvalidPremiumHandling): How funding averages a bar
            with no premium (no orderbook sample or no index price anywhere in the bar, or a trading halt during
            it), configured at market creation. dampen counts the bar as a premium of 0; exclude leaves it out of
            the average. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    market_id: str | None = _field(_t.StrField("market_id"))
    """Stable market UUID. Remains unchanged when the market ticker is renamed. Optional (None if absent)."""

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    title: str = _field(_t.StrField("title", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    market_version: int = _field(_t.IntField("market_version", required=True))
    """The market's current version. It starts at 1 and increases when trading resumes after a corporate action,
    such as a stock split. Pass it as market_version when creating an order to have the order rejected if the
    version has changed since you read it. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """The group of markets this market belongs to for order groups. Order groups may only reference markets whose
    exchange_index matches theirs. Required (reading raises MissingFieldError if absent)."""

    contract_size: Decimal = _field(_t.DecimalField("contract_size", required=True))
    """Fixed-point number with 6 decimal places. Required (reading raises MissingFieldError if absent)."""

    underlying_multiplier: str = _field(_t.StrField("underlying_multiplier", required=True))
    """Underlying units per contract-size unit. Required (reading raises MissingFieldError if absent)."""

    tick_size: Decimal = _field(_t.DecimalField("tick_size", required=True))
    """Minimum price increment in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    status: MarginMarketStatus = _field(_t.EnumField("status", MarginMarketStatus, required=True))
    """The status of a margin market. Required (reading raises MissingFieldError if absent)."""

    fractional_trading_enabled: bool = _field(_t.BoolField("fractional_trading_enabled", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    leverage_estimate: float | None = _field(_t.FloatField("leverage_estimate"))
    """Leverage estimate (1 / margin_rate) evaluated at a small retail-sized notional position. Actual leverage may
    be lower for larger positions as the liquidation margin rate grows with size. Null when margin config or
    price data is unavailable. Optional (None if absent)."""

    leverage_estimates: MarginMarketLeverageEstimates | None = _field(
        _t.ModelField(
            "leverage_estimates", f"{__package__}.margin_market_leverage_estimates", "MarginMarketLeverageEstimates"
        )
    )
    """Leverage estimates (1 / margin_rate) keyed by notional position size in dollars ("1000", "10000", "100000",
    "1000000"). Leverage decreases at larger notionals as the liquidation margin rate grows with size. Null when
    margin config or price data is unavailable. Optional (None if absent)."""

    long_leverage_estimates: MarginMarketLongLeverageEstimates | None = _field(
        _t.ModelField(
            "long_leverage_estimates",
            f"{__package__}.margin_market_long_leverage_estimates",
            "MarginMarketLongLeverageEstimates",
        )
    )
    """Leverage estimates for a long position, keyed by the same notional position sizes as leverage_estimates.
    Optional (None if absent)."""

    short_leverage_estimates: MarginMarketShortLeverageEstimates | None = _field(
        _t.ModelField(
            "short_leverage_estimates",
            f"{__package__}.margin_market_short_leverage_estimates",
            "MarginMarketShortLeverageEstimates",
        )
    )
    """Leverage estimates for a short position, keyed by the same notional position sizes as
    long_leverage_estimates. Optional (None if absent)."""

    price: Decimal | None = _field(_t.DecimalField("price"))
    """Last trade price in dollars. Example: 0.5600. Optional (None if absent)."""

    volume: Decimal | None = _field(_t.DecimalField("volume"))
    """One sided total trade volume. Example: 10.00. Optional (None if absent)."""

    volume_notional_value_dollars: Decimal | None = _field(_t.DecimalField("volume_notional_value_dollars"))
    """Total notional value of one sided trade volume in dollars. Example: 0.5600. Optional (None if absent)."""

    open_interest: Decimal | None = _field(_t.DecimalField("open_interest"))
    """One sided open interest. Example: 10.00. Optional (None if absent)."""

    open_interest_notional_value_dollars: Decimal | None = _field(
        _t.DecimalField("open_interest_notional_value_dollars")
    )
    """Total notional value of one sided open interest in dollars. Example: 0.5600. Optional (None if absent)."""

    volume_24h: Decimal | None = _field(_t.DecimalField("volume_24h"))
    """One sided trade volume in the last 24 hours. Example: 10.00. Optional (None if absent)."""

    volume_24h_notional_value_dollars: Decimal | None = _field(_t.DecimalField("volume_24h_notional_value_dollars"))
    """Total notional value of one sided trade volume in the last 24 hours in dollars. Example: 0.5600. Optional
    (None if absent)."""

    bid: Decimal | None = _field(_t.DecimalField("bid"))
    """Best bid price in dollars. Example: 0.5600. Optional (None if absent)."""

    bid_size_fp: Decimal | None = _field(_t.DecimalField("bid_size_fp"))
    """Total number of contracts resting at the best bid price, as a fixed-point count string. Zero when there is
    no bid. Omitted when market stats are unavailable. Example: 10.00. Optional (None if absent)."""

    ask: Decimal | None = _field(_t.DecimalField("ask"))
    """Best ask price in dollars. Example: 0.5600. Optional (None if absent)."""

    ask_size_fp: Decimal | None = _field(_t.DecimalField("ask_size_fp"))
    """Total number of contracts resting at the best ask price, as a fixed-point count string. Zero when there is
    no ask. Omitted when market stats are unavailable. Example: 10.00. Optional (None if absent)."""

    settlement_mark_price: TickerPrice | None = _field(
        _t.ModelField("settlement_mark_price", f"{__package__}.ticker_price", "TickerPrice")
    )
    """Optional (None if absent)."""

    liquidation_mark_price: TickerPrice | None = _field(
        _t.ModelField("liquidation_mark_price", f"{__package__}.ticker_price", "TickerPrice")
    )
    """Optional (None if absent)."""

    reference_price: TickerPrice | None = _field(
        _t.ModelField("reference_price", f"{__package__}.ticker_price", "TickerPrice")
    )
    """Optional (None if absent)."""

    asset_class: str | None = _field(_t.StrField("asset_class"))
    """Asset class grouping for this market. New asset classes may be added over time. Omitted when the market has
    no assigned class. Optional (None if absent)."""

    product_metadata: MarginMarketProductMetadata | None = _field(
        _t.ModelField(
            "product_metadata", f"{__package__}.margin_market_product_metadata", "MarginMarketProductMetadata"
        )
    )
    """Public metadata for this market. Example: {'important_info': {'markdown': "**Important information:** Review
    this market's trading schedule."}}. Optional (None if absent)."""

    schedule: MarginMarketSchedule | None = _field(
        _t.ModelField(
            "schedule", f"{__package__}.margin_market_schedule", "MarginMarketSchedule", required=True, nullable=True
        )
    )
    """Required (reading raises MissingFieldError if absent)."""

    funding_deadband: float = _field(_t.FloatField("funding_deadband", required=True))
    """Funding deadband configured at market creation, expressed in funding_limit_unit. Minimum: 0. Required
    (reading raises MissingFieldError if absent)."""

    funding_cap: float = _field(_t.FloatField("funding_cap", required=True))
    """Funding cap configured at market creation, expressed in funding_limit_unit. Minimum: 0. Required (reading
    raises MissingFieldError if absent)."""

    funding_limit_unit: MarginMarketFundingLimitUnit = _field(
        _t.EnumField("funding_limit_unit", MarginMarketFundingLimitUnit, required=True)
    )
    """Unit for the funding limits configured at market creation. Required (reading raises MissingFieldError if
    absent)."""

    halt_sources: list[str] = _field(_t.ListField("halt_sources", _t.StrField("item"), required=True, empty=True))
    """Why the market is halted. A market that has never opened carries "initial_setup"; one halted for a corporate
    action carries "corporate_action". Empty means the market is not halted or its reason has not been observed,
    so do not read it as proof the market is live. Empty when absent or null."""

    funding_invalid_premium_handling: MarginMarketFundingInvalidPremiumHandling = _field(
        _t.EnumField("funding_invalid_premium_handling", MarginMarketFundingInvalidPremiumHandling, required=True)
    )
    """How funding averages a bar with no premium (no orderbook sample or no index price anywhere in the bar, or a
    trading halt during it), configured at market creation. dampen counts the bar as a premium of 0; exclude
    leaves it out of the average. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("market_id", _M)
        if type(v) is str:
            d["market_id"] = v
        elif v is None:
            d["market_id"] = None
        elif v is not _M:
            slow("market_id")
        v = g("ticker", _M)
        if type(v) is str:
            d["ticker"] = v
        elif v is not _M:
            slow("ticker")
        v = g("title", _M)
        if type(v) is str:
            d["title"] = v
        elif v is not _M:
            slow("title")
        v = g("market_version", _M)
        if type(v) is int:
            d["market_version"] = v
        elif v is not _M:
            slow("market_version")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is not _M:
            slow("exchange_index")
        v = g("contract_size", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["contract_size"] = x
            else:
                slow("contract_size")
        elif v is not _M and v != "":
            slow("contract_size")
        v = g("underlying_multiplier", _M)
        if type(v) is str:
            d["underlying_multiplier"] = v
        elif v is not _M:
            slow("underlying_multiplier")
        v = g("tick_size", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["tick_size"] = x
            else:
                slow("tick_size")
        elif v is not _M and v != "":
            slow("tick_size")
        v = g("status", _M)
        m = MarginMarketStatus._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["status"] = m
        elif v is not _M:
            slow("status")
        v = g("fractional_trading_enabled", _M)
        if type(v) is bool:
            d["fractional_trading_enabled"] = v
        elif v is not _M:
            slow("fractional_trading_enabled")
        v = g("leverage_estimate", _M)
        if type(v) is float:
            d["leverage_estimate"] = v
        elif type(v) is int:
            d["leverage_estimate"] = float(v)
        elif v is None:
            d["leverage_estimate"] = None
        elif v is not _M:
            slow("leverage_estimate")
        v = g("leverage_estimates", _M)
        if type(v) is dict:
            d["leverage_estimates"] = _convert["leverage_estimates"](v)
        elif v is None:
            d["leverage_estimates"] = None
        elif v is not _M:
            slow("leverage_estimates")
        v = g("long_leverage_estimates", _M)
        if type(v) is dict:
            d["long_leverage_estimates"] = _convert["long_leverage_estimates"](v)
        elif v is None:
            d["long_leverage_estimates"] = None
        elif v is not _M:
            slow("long_leverage_estimates")
        v = g("short_leverage_estimates", _M)
        if type(v) is dict:
            d["short_leverage_estimates"] = _convert["short_leverage_estimates"](v)
        elif v is None:
            d["short_leverage_estimates"] = None
        elif v is not _M:
            slow("short_leverage_estimates")
        v = g("price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["price"] = x
            else:
                slow("price")
        elif v is None:
            d["price"] = None
        elif v is not _M and v != "":
            slow("price")
        v = g("volume", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["volume"] = x
            else:
                slow("volume")
        elif v is None:
            d["volume"] = None
        elif v is not _M and v != "":
            slow("volume")
        v = g("volume_notional_value_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["volume_notional_value_dollars"] = x
            else:
                slow("volume_notional_value_dollars")
        elif v is None:
            d["volume_notional_value_dollars"] = None
        elif v is not _M and v != "":
            slow("volume_notional_value_dollars")
        v = g("open_interest", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["open_interest"] = x
            else:
                slow("open_interest")
        elif v is None:
            d["open_interest"] = None
        elif v is not _M and v != "":
            slow("open_interest")
        v = g("open_interest_notional_value_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["open_interest_notional_value_dollars"] = x
            else:
                slow("open_interest_notional_value_dollars")
        elif v is None:
            d["open_interest_notional_value_dollars"] = None
        elif v is not _M and v != "":
            slow("open_interest_notional_value_dollars")
        v = g("volume_24h", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["volume_24h"] = x
            else:
                slow("volume_24h")
        elif v is None:
            d["volume_24h"] = None
        elif v is not _M and v != "":
            slow("volume_24h")
        v = g("volume_24h_notional_value_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["volume_24h_notional_value_dollars"] = x
            else:
                slow("volume_24h_notional_value_dollars")
        elif v is None:
            d["volume_24h_notional_value_dollars"] = None
        elif v is not _M and v != "":
            slow("volume_24h_notional_value_dollars")
        v = g("bid", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["bid"] = x
            else:
                slow("bid")
        elif v is None:
            d["bid"] = None
        elif v is not _M and v != "":
            slow("bid")
        v = g("bid_size_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["bid_size_fp"] = x
            else:
                slow("bid_size_fp")
        elif v is None:
            d["bid_size_fp"] = None
        elif v is not _M and v != "":
            slow("bid_size_fp")
        v = g("ask", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["ask"] = x
            else:
                slow("ask")
        elif v is None:
            d["ask"] = None
        elif v is not _M and v != "":
            slow("ask")
        v = g("ask_size_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["ask_size_fp"] = x
            else:
                slow("ask_size_fp")
        elif v is None:
            d["ask_size_fp"] = None
        elif v is not _M and v != "":
            slow("ask_size_fp")
        v = g("settlement_mark_price", _M)
        if type(v) is dict:
            d["settlement_mark_price"] = _convert["settlement_mark_price"](v)
        elif v is None:
            d["settlement_mark_price"] = None
        elif v is not _M:
            slow("settlement_mark_price")
        v = g("liquidation_mark_price", _M)
        if type(v) is dict:
            d["liquidation_mark_price"] = _convert["liquidation_mark_price"](v)
        elif v is None:
            d["liquidation_mark_price"] = None
        elif v is not _M:
            slow("liquidation_mark_price")
        v = g("reference_price", _M)
        if type(v) is dict:
            d["reference_price"] = _convert["reference_price"](v)
        elif v is None:
            d["reference_price"] = None
        elif v is not _M:
            slow("reference_price")
        v = g("asset_class", _M)
        if type(v) is str:
            d["asset_class"] = v
        elif v is None:
            d["asset_class"] = None
        elif v is not _M:
            slow("asset_class")
        v = g("product_metadata", _M)
        if type(v) is dict:
            d["product_metadata"] = _convert["product_metadata"](v)
        elif v is None:
            d["product_metadata"] = None
        elif v is not _M:
            slow("product_metadata")
        v = g("schedule", _M)
        if type(v) is dict:
            d["schedule"] = _convert["schedule"](v)
        elif v is None:
            d["schedule"] = None
        elif v is not _M:
            slow("schedule")
        v = g("funding_deadband", _M)
        if type(v) is float:
            d["funding_deadband"] = v
        elif type(v) is int:
            d["funding_deadband"] = float(v)
        elif v is not _M:
            slow("funding_deadband")
        v = g("funding_cap", _M)
        if type(v) is float:
            d["funding_cap"] = v
        elif type(v) is int:
            d["funding_cap"] = float(v)
        elif v is not _M:
            slow("funding_cap")
        v = g("funding_limit_unit", _M)
        m = MarginMarketFundingLimitUnit._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["funding_limit_unit"] = m
        elif v is not _M:
            slow("funding_limit_unit")
        v = g("halt_sources", _M)
        if v is not _M:
            slow("halt_sources")
        v = g("funding_invalid_premium_handling", _M)
        m = (
            MarginMarketFundingInvalidPremiumHandling._value2member_map_.get(v)
            if type(v) is str or type(v) is int
            else None
        )
        if m is not None:
            d["funding_invalid_premium_handling"] = m
        elif v is not _M:
            slow("funding_invalid_premium_handling")

    def __init__(
        self,
        *,
        market_id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        market_version: int | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        contract_size: Decimal | None | Unset = UNSET,
        underlying_multiplier: str | None | Unset = UNSET,
        tick_size: Decimal | None | Unset = UNSET,
        status: MarginMarketStatus | None | Unset = UNSET,
        fractional_trading_enabled: bool | None | Unset = UNSET,
        leverage_estimate: float | None | Unset = UNSET,
        leverage_estimates: MarginMarketLeverageEstimates | None | Unset = UNSET,
        long_leverage_estimates: MarginMarketLongLeverageEstimates | None | Unset = UNSET,
        short_leverage_estimates: MarginMarketShortLeverageEstimates | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        volume: Decimal | None | Unset = UNSET,
        volume_notional_value_dollars: Decimal | None | Unset = UNSET,
        open_interest: Decimal | None | Unset = UNSET,
        open_interest_notional_value_dollars: Decimal | None | Unset = UNSET,
        volume_24h: Decimal | None | Unset = UNSET,
        volume_24h_notional_value_dollars: Decimal | None | Unset = UNSET,
        bid: Decimal | None | Unset = UNSET,
        bid_size_fp: Decimal | None | Unset = UNSET,
        ask: Decimal | None | Unset = UNSET,
        ask_size_fp: Decimal | None | Unset = UNSET,
        settlement_mark_price: TickerPrice | None | Unset = UNSET,
        liquidation_mark_price: TickerPrice | None | Unset = UNSET,
        reference_price: TickerPrice | None | Unset = UNSET,
        asset_class: str | None | Unset = UNSET,
        product_metadata: MarginMarketProductMetadata | None | Unset = UNSET,
        schedule: MarginMarketSchedule | None | Unset = UNSET,
        funding_deadband: float | None | Unset = UNSET,
        funding_cap: float | None | Unset = UNSET,
        funding_limit_unit: MarginMarketFundingLimitUnit | None | Unset = UNSET,
        halt_sources: list[str] | None | Unset = UNSET,
        funding_invalid_premium_handling: MarginMarketFundingInvalidPremiumHandling | None | Unset = UNSET,
    ) -> None:
        """A MarginMarket from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_id", market_id)
        self._set("ticker", ticker)
        self._set("title", title)
        self._set("market_version", market_version)
        self._set("exchange_index", exchange_index)
        self._set("contract_size", contract_size)
        self._set("underlying_multiplier", underlying_multiplier)
        self._set("tick_size", tick_size)
        self._set("status", status)
        self._set("fractional_trading_enabled", fractional_trading_enabled)
        self._set("leverage_estimate", leverage_estimate)
        self._set("leverage_estimates", leverage_estimates)
        self._set("long_leverage_estimates", long_leverage_estimates)
        self._set("short_leverage_estimates", short_leverage_estimates)
        self._set("price", price)
        self._set("volume", volume)
        self._set("volume_notional_value_dollars", volume_notional_value_dollars)
        self._set("open_interest", open_interest)
        self._set("open_interest_notional_value_dollars", open_interest_notional_value_dollars)
        self._set("volume_24h", volume_24h)
        self._set("volume_24h_notional_value_dollars", volume_24h_notional_value_dollars)
        self._set("bid", bid)
        self._set("bid_size_fp", bid_size_fp)
        self._set("ask", ask)
        self._set("ask_size_fp", ask_size_fp)
        self._set("settlement_mark_price", settlement_mark_price)
        self._set("liquidation_mark_price", liquidation_mark_price)
        self._set("reference_price", reference_price)
        self._set("asset_class", asset_class)
        self._set("product_metadata", product_metadata)
        self._set("schedule", schedule)
        self._set("funding_deadband", funding_deadband)
        self._set("funding_cap", funding_cap)
        self._set("funding_limit_unit", funding_limit_unit)
        self._set("halt_sources", halt_sources)
        self._set("funding_invalid_premium_handling", funding_invalid_premium_handling)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "leverage_estimates": MarginMarket.__dict__["leverage_estimates"].convert,
    "long_leverage_estimates": MarginMarket.__dict__["long_leverage_estimates"].convert,
    "short_leverage_estimates": MarginMarket.__dict__["short_leverage_estimates"].convert,
    "settlement_mark_price": MarginMarket.__dict__["settlement_mark_price"].convert,
    "liquidation_mark_price": MarginMarket.__dict__["liquidation_mark_price"].convert,
    "reference_price": MarginMarket.__dict__["reference_price"].convert,
    "product_metadata": MarginMarket.__dict__["product_metadata"].convert,
    "schedule": MarginMarket.__dict__["schedule"].convert,
}
