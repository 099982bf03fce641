from __future__ import annotations

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


_dc = _t.cached_decimal
_nd = _t.new_decimal
_MarginMarketStatus_get = _t.member_lookup(MarginMarketStatus)
_MarginMarketFundingLimitUnit_get = _t.member_lookup(MarginMarketFundingLimitUnit)
_MarginMarketFundingInvalidPremiumHandling_get = _t.member_lookup(MarginMarketFundingInvalidPremiumHandling)


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

    __slots__ = (
        "market_id",
        "ticker",
        "title",
        "market_version",
        "exchange_index",
        "contract_size",
        "underlying_multiplier",
        "tick_size",
        "status",
        "fractional_trading_enabled",
        "leverage_estimate",
        "leverage_estimates",
        "long_leverage_estimates",
        "short_leverage_estimates",
        "price",
        "volume",
        "volume_notional_value_dollars",
        "open_interest",
        "open_interest_notional_value_dollars",
        "volume_24h",
        "volume_24h_notional_value_dollars",
        "bid",
        "bid_size_fp",
        "ask",
        "ask_size_fp",
        "settlement_mark_price",
        "liquidation_mark_price",
        "reference_price",
        "asset_class",
        "product_metadata",
        "schedule",
        "funding_deadband",
        "funding_cap",
        "funding_limit_unit",
        "halt_sources",
        "funding_invalid_premium_handling",
    )

    market_id: str | None
    """Stable market UUID. Remains unchanged when the market ticker is renamed. Optional (None if absent)."""

    ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    title: str
    """Required (reading raises MissingFieldError if absent)."""

    market_version: int
    """The market's current version. It starts at 1 and increases when trading resumes after a corporate action,
    such as a stock split. Pass it as market_version when creating an order to have the order rejected if the
    version has changed since you read it. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """The group of markets this market belongs to for order groups. Order groups may only reference markets whose
    exchange_index matches theirs. Required (reading raises MissingFieldError if absent)."""

    contract_size: Decimal
    """Fixed-point number with 6 decimal places. Required (reading raises MissingFieldError if absent)."""

    underlying_multiplier: str
    """Underlying units per contract-size unit. Required (reading raises MissingFieldError if absent)."""

    tick_size: Decimal
    """Minimum price increment in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    status: MarginMarketStatus
    """The status of a margin market. Required (reading raises MissingFieldError if absent)."""

    fractional_trading_enabled: bool
    """Required (reading raises MissingFieldError if absent)."""

    leverage_estimate: float | None
    """Leverage estimate (1 / margin_rate) evaluated at a small retail-sized notional position. Actual leverage may
    be lower for larger positions as the liquidation margin rate grows with size. Null when margin config or
    price data is unavailable. Optional (None if absent)."""

    leverage_estimates: MarginMarketLeverageEstimates | None
    """Leverage estimates (1 / margin_rate) keyed by notional position size in dollars ("1000", "10000", "100000",
    "1000000"). Leverage decreases at larger notionals as the liquidation margin rate grows with size. Null when
    margin config or price data is unavailable. Optional (None if absent)."""

    long_leverage_estimates: MarginMarketLongLeverageEstimates | None
    """Leverage estimates for a long position, keyed by the same notional position sizes as leverage_estimates.
    Optional (None if absent)."""

    short_leverage_estimates: MarginMarketShortLeverageEstimates | None
    """Leverage estimates for a short position, keyed by the same notional position sizes as
    long_leverage_estimates. Optional (None if absent)."""

    price: Decimal | None
    """Last trade price in dollars. Example: 0.5600. Optional (None if absent)."""

    volume: Decimal | None
    """One sided total trade volume. Example: 10.00. Optional (None if absent)."""

    volume_notional_value_dollars: Decimal | None
    """Total notional value of one sided trade volume in dollars. Example: 0.5600. Optional (None if absent)."""

    open_interest: Decimal | None
    """One sided open interest. Example: 10.00. Optional (None if absent)."""

    open_interest_notional_value_dollars: Decimal | None
    """Total notional value of one sided open interest in dollars. Example: 0.5600. Optional (None if absent)."""

    volume_24h: Decimal | None
    """One sided trade volume in the last 24 hours. Example: 10.00. Optional (None if absent)."""

    volume_24h_notional_value_dollars: Decimal | None
    """Total notional value of one sided trade volume in the last 24 hours in dollars. Example: 0.5600. Optional
    (None if absent)."""

    bid: Decimal | None
    """Best bid price in dollars. Example: 0.5600. Optional (None if absent)."""

    bid_size_fp: Decimal | None
    """Total number of contracts resting at the best bid price, as a fixed-point count string. Zero when there is
    no bid. Omitted when market stats are unavailable. Example: 10.00. Optional (None if absent)."""

    ask: Decimal | None
    """Best ask price in dollars. Example: 0.5600. Optional (None if absent)."""

    ask_size_fp: Decimal | None
    """Total number of contracts resting at the best ask price, as a fixed-point count string. Zero when there is
    no ask. Omitted when market stats are unavailable. Example: 10.00. Optional (None if absent)."""

    settlement_mark_price: TickerPrice | None
    """Optional (None if absent)."""

    liquidation_mark_price: TickerPrice | None
    """Optional (None if absent)."""

    reference_price: TickerPrice | None
    """Optional (None if absent)."""

    asset_class: str | None
    """Asset class grouping for this market. New asset classes may be added over time. Omitted when the market has
    no assigned class. Optional (None if absent)."""

    product_metadata: MarginMarketProductMetadata | None
    """Public metadata for this market. Example: {'important_info': {'markdown': "**Important information:** Review
    this market's trading schedule."}}. Optional (None if absent)."""

    schedule: MarginMarketSchedule | None
    """Required (reading raises MissingFieldError if absent)."""

    funding_deadband: float
    """Funding deadband configured at market creation, expressed in funding_limit_unit. Minimum: 0. Required
    (reading raises MissingFieldError if absent)."""

    funding_cap: float
    """Funding cap configured at market creation, expressed in funding_limit_unit. Minimum: 0. Required (reading
    raises MissingFieldError if absent)."""

    funding_limit_unit: MarginMarketFundingLimitUnit
    """Unit for the funding limits configured at market creation. Required (reading raises MissingFieldError if
    absent)."""

    halt_sources: list[str]
    """Why the market is halted. A market that has never opened carries "initial_setup"; one halted for a corporate
    action carries "corporate_action". Empty means the market is not halted or its reason has not been observed,
    so do not read it as proof the market is live. Empty when absent or null."""

    funding_invalid_premium_handling: MarginMarketFundingInvalidPremiumHandling
    """How funding averages a bar with no premium (no orderbook sample or no index price anywhere in the bar, or a
    trading halt during it), configured at market creation. dampen counts the bar as a premium of 0; exclude
    leaves it out of the average. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_id": _t.StrField("market_id"),
        "ticker": _t.StrField("ticker", required=True),
        "title": _t.StrField("title", required=True),
        "market_version": _t.IntField("market_version", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "contract_size": _t.DecimalField("contract_size", required=True),
        "underlying_multiplier": _t.StrField("underlying_multiplier", required=True),
        "tick_size": _t.DecimalField("tick_size", required=True),
        "status": _t.EnumField("status", MarginMarketStatus, required=True),
        "fractional_trading_enabled": _t.BoolField("fractional_trading_enabled", required=True),
        "leverage_estimate": _t.FloatField("leverage_estimate"),
        "leverage_estimates": _t.ModelField(
            "leverage_estimates", f"{__package__}.margin_market_leverage_estimates", "MarginMarketLeverageEstimates"
        ),
        "long_leverage_estimates": _t.ModelField(
            "long_leverage_estimates",
            f"{__package__}.margin_market_long_leverage_estimates",
            "MarginMarketLongLeverageEstimates",
        ),
        "short_leverage_estimates": _t.ModelField(
            "short_leverage_estimates",
            f"{__package__}.margin_market_short_leverage_estimates",
            "MarginMarketShortLeverageEstimates",
        ),
        "price": _t.DecimalField("price"),
        "volume": _t.DecimalField("volume"),
        "volume_notional_value_dollars": _t.DecimalField("volume_notional_value_dollars"),
        "open_interest": _t.DecimalField("open_interest"),
        "open_interest_notional_value_dollars": _t.DecimalField("open_interest_notional_value_dollars"),
        "volume_24h": _t.DecimalField("volume_24h"),
        "volume_24h_notional_value_dollars": _t.DecimalField("volume_24h_notional_value_dollars"),
        "bid": _t.DecimalField("bid"),
        "bid_size_fp": _t.DecimalField("bid_size_fp"),
        "ask": _t.DecimalField("ask"),
        "ask_size_fp": _t.DecimalField("ask_size_fp"),
        "settlement_mark_price": _t.ModelField("settlement_mark_price", f"{__package__}.ticker_price", "TickerPrice"),
        "liquidation_mark_price": _t.ModelField("liquidation_mark_price", f"{__package__}.ticker_price", "TickerPrice"),
        "reference_price": _t.ModelField("reference_price", f"{__package__}.ticker_price", "TickerPrice"),
        "asset_class": _t.StrField("asset_class"),
        "product_metadata": _t.ModelField(
            "product_metadata", f"{__package__}.margin_market_product_metadata", "MarginMarketProductMetadata"
        ),
        "schedule": _t.ModelField(
            "schedule", f"{__package__}.margin_market_schedule", "MarginMarketSchedule", required=True, nullable=True
        ),
        "funding_deadband": _t.FloatField("funding_deadband", required=True),
        "funding_cap": _t.FloatField("funding_cap", required=True),
        "funding_limit_unit": _t.EnumField("funding_limit_unit", MarginMarketFundingLimitUnit, required=True),
        "halt_sources": _t.ListField("halt_sources", _t.StrField("item"), required=True, empty=True),
        "funding_invalid_premium_handling": _t.EnumField(
            "funding_invalid_premium_handling", MarginMarketFundingInvalidPremiumHandling, required=True
        ),
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
            k_market_id,
            k_ticker,
            k_title,
            k_market_version,
            k_exchange_index,
            k_contract_size,
            k_underlying_multiplier,
            k_tick_size,
            k_status,
            k_fractional_trading_enabled,
            k_leverage_estimate,
            k_leverage_estimates,
            k_long_leverage_estimates,
            k_short_leverage_estimates,
            k_price,
            k_volume,
            k_volume_notional_value_dollars,
            k_open_interest,
            k_open_interest_notional_value_dollars,
            k_volume_24h,
            k_volume_24h_notional_value_dollars,
            k_bid,
            k_bid_size_fp,
            k_ask,
            k_ask_size_fp,
            k_settlement_mark_price,
            k_liquidation_mark_price,
            k_reference_price,
            k_asset_class,
            k_product_metadata,
            k_schedule,
            k_funding_deadband,
            k_funding_cap,
            k_funding_limit_unit,
            k_halt_sources,
            k_funding_invalid_premium_handling,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_market_id)) is str:
            self.market_id = v
        elif v is None:
            self.market_id = None
        else:
            self._slow_field("market_id")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g(k_title)) is str:
            self.title = v
        else:
            self._slow_field("title")
        if type(v := g(k_market_version)) is int:
            self.market_version = v
        else:
            self._slow_field("market_version")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if (x := _dc(v := g(k_contract_size))) is not None:  # only text already parsed is in the cache
            self.contract_size = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.contract_size = _nd(v)
        else:
            self._slow_field("contract_size")
        if type(v := g(k_underlying_multiplier)) is str:
            self.underlying_multiplier = v
        else:
            self._slow_field("underlying_multiplier")
        if (x := _dc(v := g(k_tick_size))) is not None:  # only text already parsed is in the cache
            self.tick_size = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.tick_size = _nd(v)
        else:
            self._slow_field("tick_size")
        if (m := _MarginMarketStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if type(v := g(k_fractional_trading_enabled)) is bool:
            self.fractional_trading_enabled = v
        else:
            self._slow_field("fractional_trading_enabled")
        if type(v := g(k_leverage_estimate)) is float:
            self.leverage_estimate = v
        elif type(v) is int:
            self.leverage_estimate = float(v)
        elif v is None:
            self.leverage_estimate = None
        else:
            self._slow_field("leverage_estimate")
        if type(v := g(k_leverage_estimates)) is dict:
            self.leverage_estimates = _BUILD["leverage_estimates"](v)
        elif v is None:
            self.leverage_estimates = None
        else:
            self._slow_field("leverage_estimates")
        if type(v := g(k_long_leverage_estimates)) is dict:
            self.long_leverage_estimates = _BUILD["long_leverage_estimates"](v)
        elif v is None:
            self.long_leverage_estimates = None
        else:
            self._slow_field("long_leverage_estimates")
        if type(v := g(k_short_leverage_estimates)) is dict:
            self.short_leverage_estimates = _BUILD["short_leverage_estimates"](v)
        elif v is None:
            self.short_leverage_estimates = None
        else:
            self._slow_field("short_leverage_estimates")
        if (x := _dc(v := g(k_price))) is not None:  # only text already parsed is in the cache
            self.price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.price = _nd(v)
        elif v is None or v == "":
            self.price = None
        else:
            self._slow_field("price")
        if (x := _dc(v := g(k_volume))) is not None:  # only text already parsed is in the cache
            self.volume = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume = _nd(v)
        elif v is None or v == "":
            self.volume = None
        else:
            self._slow_field("volume")
        if (x := _dc(v := g(k_volume_notional_value_dollars))) is not None:  # only text already parsed is in the cache
            self.volume_notional_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_notional_value_dollars = _nd(v)
        elif v is None or v == "":
            self.volume_notional_value_dollars = None
        else:
            self._slow_field("volume_notional_value_dollars")
        if (x := _dc(v := g(k_open_interest))) is not None:  # only text already parsed is in the cache
            self.open_interest = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_interest = _nd(v)
        elif v is None or v == "":
            self.open_interest = None
        else:
            self._slow_field("open_interest")
        if (
            x := _dc(v := g(k_open_interest_notional_value_dollars))
        ) is not None:  # only text already parsed is in the cache
            self.open_interest_notional_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_interest_notional_value_dollars = _nd(v)
        elif v is None or v == "":
            self.open_interest_notional_value_dollars = None
        else:
            self._slow_field("open_interest_notional_value_dollars")
        if (x := _dc(v := g(k_volume_24h))) is not None:  # only text already parsed is in the cache
            self.volume_24h = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_24h = _nd(v)
        elif v is None or v == "":
            self.volume_24h = None
        else:
            self._slow_field("volume_24h")
        if (
            x := _dc(v := g(k_volume_24h_notional_value_dollars))
        ) is not None:  # only text already parsed is in the cache
            self.volume_24h_notional_value_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_24h_notional_value_dollars = _nd(v)
        elif v is None or v == "":
            self.volume_24h_notional_value_dollars = None
        else:
            self._slow_field("volume_24h_notional_value_dollars")
        if (x := _dc(v := g(k_bid))) is not None:  # only text already parsed is in the cache
            self.bid = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.bid = _nd(v)
        elif v is None or v == "":
            self.bid = None
        else:
            self._slow_field("bid")
        if (x := _dc(v := g(k_bid_size_fp))) is not None:  # only text already parsed is in the cache
            self.bid_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.bid_size_fp = _nd(v)
        elif v is None or v == "":
            self.bid_size_fp = None
        else:
            self._slow_field("bid_size_fp")
        if (x := _dc(v := g(k_ask))) is not None:  # only text already parsed is in the cache
            self.ask = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.ask = _nd(v)
        elif v is None or v == "":
            self.ask = None
        else:
            self._slow_field("ask")
        if (x := _dc(v := g(k_ask_size_fp))) is not None:  # only text already parsed is in the cache
            self.ask_size_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.ask_size_fp = _nd(v)
        elif v is None or v == "":
            self.ask_size_fp = None
        else:
            self._slow_field("ask_size_fp")
        if type(v := g(k_settlement_mark_price)) is dict:
            self.settlement_mark_price = _BUILD["settlement_mark_price"](v)
        elif v is None:
            self.settlement_mark_price = None
        else:
            self._slow_field("settlement_mark_price")
        if type(v := g(k_liquidation_mark_price)) is dict:
            self.liquidation_mark_price = _BUILD["liquidation_mark_price"](v)
        elif v is None:
            self.liquidation_mark_price = None
        else:
            self._slow_field("liquidation_mark_price")
        if type(v := g(k_reference_price)) is dict:
            self.reference_price = _BUILD["reference_price"](v)
        elif v is None:
            self.reference_price = None
        else:
            self._slow_field("reference_price")
        if type(v := g(k_asset_class)) is str:
            self.asset_class = v
        elif v is None:
            self.asset_class = None
        else:
            self._slow_field("asset_class")
        if type(v := g(k_product_metadata)) is dict:
            self.product_metadata = _BUILD["product_metadata"](v)
        elif v is None:
            self.product_metadata = None
        else:
            self._slow_field("product_metadata")
        if type(v := g(k_schedule)) is dict:
            self.schedule = _BUILD["schedule"](v)
        else:
            self._slow_field("schedule")
        if type(v := g(k_funding_deadband)) is float:
            self.funding_deadband = v
        elif type(v) is int:
            self.funding_deadband = float(v)
        else:
            self._slow_field("funding_deadband")
        if type(v := g(k_funding_cap)) is float:
            self.funding_cap = v
        elif type(v) is int:
            self.funding_cap = float(v)
        else:
            self._slow_field("funding_cap")
        if (m := _MarginMarketFundingLimitUnit_get(v := g(k_funding_limit_unit))) is not None:
            self.funding_limit_unit = m
        else:
            self._slow_field("funding_limit_unit")
        self._slow_field("halt_sources")
        if (
            m := _MarginMarketFundingInvalidPremiumHandling_get(v := g(k_funding_invalid_premium_handling))
        ) is not None:
            self.funding_invalid_premium_handling = m
        else:
            self._slow_field("funding_invalid_premium_handling")

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
        self._done = None
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


_KEYS = _t.JsonKeys(*(field.key for field in MarginMarket._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "leverage_estimates": _t.builder(MarginMarket, "leverage_estimates"),
    "long_leverage_estimates": _t.builder(MarginMarket, "long_leverage_estimates"),
    "short_leverage_estimates": _t.builder(MarginMarket, "short_leverage_estimates"),
    "settlement_mark_price": _t.builder(MarginMarket, "settlement_mark_price"),
    "liquidation_mark_price": _t.builder(MarginMarket, "liquidation_mark_price"),
    "reference_price": _t.builder(MarginMarket, "reference_price"),
    "product_metadata": _t.builder(MarginMarket, "product_metadata"),
    "schedule": _t.builder(MarginMarket, "schedule"),
}
