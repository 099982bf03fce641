from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_market_funding_invalid_premium_handling import MarginMarketFundingInvalidPremiumHandling
from ..models.margin_market_funding_limit_unit import MarginMarketFundingLimitUnit
from ..models.margin_market_status import MarginMarketStatus
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.margin_market_leverage_estimates import MarginMarketLeverageEstimates
    from ..models.margin_market_long_leverage_estimates import MarginMarketLongLeverageEstimates
    from ..models.margin_market_product_metadata import MarginMarketProductMetadata
    from ..models.margin_market_schedule import MarginMarketSchedule
    from ..models.margin_market_short_leverage_estimates import MarginMarketShortLeverageEstimates
    from ..models.ticker_price import TickerPrice


T = TypeVar("T", bound="MarginMarket")


@_attrs_define
class MarginMarket:
    """
    Attributes:
        market_id (str | Unset): Stable market UUID. Remains unchanged when the market ticker is renamed.
        ticker (str | Unset):
        title (str | Unset):
        market_version (int | Unset): The market's current version. It starts at 1 and increases when trading resumes
            after a corporate action, such as a stock split. Pass it as market_version when creating an order to have the
            order rejected if the version has changed since you read it.
        exchange_index (int | Unset): The group of markets this market belongs to for order groups. Order groups may
            only reference markets whose exchange_index matches theirs.
        contract_size (str | Unset): Fixed-point number with 6 decimal places
        underlying_multiplier (str | Unset): Underlying units per contract-size unit.
        tick_size (Decimal | Unset): Minimum price increment in dollars. Example: 0.5600.
        status (MarginMarketStatus | Unset): The status of a margin market
        fractional_trading_enabled (bool | Unset):
        leverage_estimate (float | Unset): Leverage estimate (1 / margin_rate) evaluated at a small retail-sized
            notional position. Actual leverage may be lower for larger positions as the liquidation margin rate grows with
            size. Null when margin config or price data is unavailable.
        leverage_estimates (MarginMarketLeverageEstimates | Unset): Leverage estimates (1 / margin_rate) keyed by
            notional position size in dollars ("1000", "10000", "100000", "1000000"). Leverage decreases at larger notionals
            as the liquidation margin rate grows with size. Null when margin config or price data is unavailable.
        long_leverage_estimates (MarginMarketLongLeverageEstimates | Unset): Leverage estimates for a long position,
            keyed by the same notional position sizes as leverage_estimates.
        short_leverage_estimates (MarginMarketShortLeverageEstimates | Unset): Leverage estimates for a short position,
            keyed by the same notional position sizes as long_leverage_estimates.
        price (Decimal | Unset): Last trade price in dollars. Example: 0.5600.
        volume (Decimal | Unset): One sided total trade volume. Example: 10.00.
        volume_notional_value_dollars (Decimal | Unset): Total notional value of one sided trade volume in dollars.
            Example: 0.5600.
        open_interest (Decimal | Unset): One sided open interest. Example: 10.00.
        open_interest_notional_value_dollars (Decimal | Unset): Total notional value of one sided open interest in
            dollars. Example: 0.5600.
        volume_24h (Decimal | Unset): One sided trade volume in the last 24 hours. Example: 10.00.
        volume_24h_notional_value_dollars (Decimal | Unset): Total notional value of one sided trade volume in the last
            24 hours in dollars. Example: 0.5600.
        bid (Decimal | Unset): Best bid price in dollars. Example: 0.5600.
        bid_size_fp (Decimal | Unset): Total number of contracts resting at the best bid price, as a fixed-point count
            string. Zero when there is no bid. Omitted when market stats are unavailable. Example: 10.00.
        ask (Decimal | Unset): Best ask price in dollars. Example: 0.5600.
        ask_size_fp (Decimal | Unset): Total number of contracts resting at the best ask price, as a fixed-point count
            string. Zero when there is no ask. Omitted when market stats are unavailable. Example: 10.00.
        settlement_mark_price (TickerPrice | Unset):
        liquidation_mark_price (TickerPrice | Unset):
        reference_price (TickerPrice | Unset):
        asset_class (str | Unset): Asset class grouping for this market. New asset classes may be added over time.
            Omitted when the market has no assigned class.
        product_metadata (MarginMarketProductMetadata | Unset): Public metadata for this market. Example:
            {'important_info': {'markdown': "**Important information:** Review this market's trading schedule."}}.
        schedule (MarginMarketSchedule | None | Unset):
        funding_deadband (float | Unset): Funding deadband configured at market creation, expressed in
            funding_limit_unit.
        funding_cap (float | Unset): Funding cap configured at market creation, expressed in funding_limit_unit.
        funding_limit_unit (MarginMarketFundingLimitUnit | Unset): Unit for the funding limits configured at market
            creation.
        halt_sources (list[str] | Unset): Why the market is halted. A market that has never opened carries
            "initial_setup"; one halted for a corporate action carries "corporate_action". Empty means the market is not
            halted or its reason has not been observed, so do not read it as proof the market is live.
        funding_invalid_premium_handling (MarginMarketFundingInvalidPremiumHandling | Unset): How funding averages a bar
            with no premium (no orderbook sample or no index price anywhere in the bar, or a trading halt during it),
            configured at market creation. dampen counts the bar as a premium of 0; exclude leaves it out of the average.
    """

    market_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    title: str | Unset = UNSET
    market_version: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    contract_size: str | Unset = UNSET
    underlying_multiplier: str | Unset = UNSET
    tick_size: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    status: MarginMarketStatus | Unset = UNSET
    fractional_trading_enabled: bool | Unset = UNSET
    leverage_estimate: float | Unset = UNSET
    leverage_estimates: MarginMarketLeverageEstimates | Unset = UNSET
    long_leverage_estimates: MarginMarketLongLeverageEstimates | Unset = UNSET
    short_leverage_estimates: MarginMarketShortLeverageEstimates | Unset = UNSET
    price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_24h: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_24h_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    bid: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    bid_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    ask: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    ask_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    settlement_mark_price: TickerPrice | Unset = UNSET
    liquidation_mark_price: TickerPrice | Unset = UNSET
    reference_price: TickerPrice | Unset = UNSET
    asset_class: str | Unset = UNSET
    product_metadata: MarginMarketProductMetadata | Unset = UNSET
    schedule: MarginMarketSchedule | None | Unset = UNSET
    funding_deadband: float | Unset = UNSET
    funding_cap: float | Unset = UNSET
    funding_limit_unit: MarginMarketFundingLimitUnit | Unset = UNSET
    halt_sources: list[str] | Unset = UNSET
    funding_invalid_premium_handling: MarginMarketFundingInvalidPremiumHandling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.margin_market_schedule import MarginMarketSchedule  # noqa: PLC0415

        market_id = self.market_id

        ticker = self.ticker

        title = self.title

        market_version = self.market_version

        exchange_index = self.exchange_index

        contract_size = self.contract_size

        underlying_multiplier = self.underlying_multiplier

        tick_size = decimal_to_json(self.tick_size)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        fractional_trading_enabled = self.fractional_trading_enabled

        leverage_estimate = self.leverage_estimate

        leverage_estimates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leverage_estimates, Unset):
            leverage_estimates = self.leverage_estimates.to_dict()

        long_leverage_estimates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.long_leverage_estimates, Unset):
            long_leverage_estimates = self.long_leverage_estimates.to_dict()

        short_leverage_estimates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.short_leverage_estimates, Unset):
            short_leverage_estimates = self.short_leverage_estimates.to_dict()

        price = decimal_to_json(self.price)

        volume = decimal_to_json(self.volume)

        volume_notional_value_dollars = decimal_to_json(self.volume_notional_value_dollars)

        open_interest = decimal_to_json(self.open_interest)

        open_interest_notional_value_dollars = decimal_to_json(self.open_interest_notional_value_dollars)

        volume_24h = decimal_to_json(self.volume_24h)

        volume_24h_notional_value_dollars = decimal_to_json(self.volume_24h_notional_value_dollars)

        bid = decimal_to_json(self.bid)

        bid_size_fp = decimal_to_json(self.bid_size_fp)

        ask = decimal_to_json(self.ask)

        ask_size_fp = decimal_to_json(self.ask_size_fp)

        settlement_mark_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settlement_mark_price, Unset):
            settlement_mark_price = self.settlement_mark_price.to_dict()

        liquidation_mark_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liquidation_mark_price, Unset):
            liquidation_mark_price = self.liquidation_mark_price.to_dict()

        reference_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_price, Unset):
            reference_price = self.reference_price.to_dict()

        asset_class = self.asset_class

        product_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_metadata, Unset):
            product_metadata = self.product_metadata.to_dict()

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, MarginMarketSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        funding_deadband = self.funding_deadband

        funding_cap = self.funding_cap

        funding_limit_unit: str | Unset = UNSET
        if not isinstance(self.funding_limit_unit, Unset):
            funding_limit_unit = self.funding_limit_unit.value

        halt_sources: list[str] | Unset = UNSET
        if not isinstance(self.halt_sources, Unset):
            halt_sources = self.halt_sources

        funding_invalid_premium_handling: str | Unset = UNSET
        if not isinstance(self.funding_invalid_premium_handling, Unset):
            funding_invalid_premium_handling = self.funding_invalid_premium_handling.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if title is not UNSET:
            field_dict["title"] = title
        if market_version is not UNSET:
            field_dict["market_version"] = market_version
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if contract_size is not UNSET:
            field_dict["contract_size"] = contract_size
        if underlying_multiplier is not UNSET:
            field_dict["underlying_multiplier"] = underlying_multiplier
        if tick_size is not UNSET:
            field_dict["tick_size"] = tick_size
        if status is not UNSET:
            field_dict["status"] = status
        if fractional_trading_enabled is not UNSET:
            field_dict["fractional_trading_enabled"] = fractional_trading_enabled
        if leverage_estimate is not UNSET:
            field_dict["leverage_estimate"] = leverage_estimate
        if leverage_estimates is not UNSET:
            field_dict["leverage_estimates"] = leverage_estimates
        if long_leverage_estimates is not UNSET:
            field_dict["long_leverage_estimates"] = long_leverage_estimates
        if short_leverage_estimates is not UNSET:
            field_dict["short_leverage_estimates"] = short_leverage_estimates
        if price is not UNSET:
            field_dict["price"] = price
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_notional_value_dollars is not UNSET:
            field_dict["volume_notional_value_dollars"] = volume_notional_value_dollars
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest
        if open_interest_notional_value_dollars is not UNSET:
            field_dict["open_interest_notional_value_dollars"] = open_interest_notional_value_dollars
        if volume_24h is not UNSET:
            field_dict["volume_24h"] = volume_24h
        if volume_24h_notional_value_dollars is not UNSET:
            field_dict["volume_24h_notional_value_dollars"] = volume_24h_notional_value_dollars
        if bid is not UNSET:
            field_dict["bid"] = bid
        if bid_size_fp is not UNSET:
            field_dict["bid_size_fp"] = bid_size_fp
        if ask is not UNSET:
            field_dict["ask"] = ask
        if ask_size_fp is not UNSET:
            field_dict["ask_size_fp"] = ask_size_fp
        if settlement_mark_price is not UNSET:
            field_dict["settlement_mark_price"] = settlement_mark_price
        if liquidation_mark_price is not UNSET:
            field_dict["liquidation_mark_price"] = liquidation_mark_price
        if reference_price is not UNSET:
            field_dict["reference_price"] = reference_price
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if funding_deadband is not UNSET:
            field_dict["funding_deadband"] = funding_deadband
        if funding_cap is not UNSET:
            field_dict["funding_cap"] = funding_cap
        if funding_limit_unit is not UNSET:
            field_dict["funding_limit_unit"] = funding_limit_unit
        if halt_sources is not UNSET:
            field_dict["halt_sources"] = halt_sources
        if funding_invalid_premium_handling is not UNSET:
            field_dict["funding_invalid_premium_handling"] = funding_invalid_premium_handling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_market_leverage_estimates import MarginMarketLeverageEstimates  # noqa: PLC0415
        from ..models.margin_market_long_leverage_estimates import MarginMarketLongLeverageEstimates  # noqa: PLC0415
        from ..models.margin_market_product_metadata import MarginMarketProductMetadata  # noqa: PLC0415
        from ..models.margin_market_schedule import MarginMarketSchedule  # noqa: PLC0415
        from ..models.margin_market_short_leverage_estimates import MarginMarketShortLeverageEstimates  # noqa: PLC0415
        from ..models.ticker_price import TickerPrice  # noqa: PLC0415

        d = dict(src_dict)
        market_id = d.pop("market_id", UNSET)

        ticker = d.pop("ticker", UNSET)

        title = d.pop("title", UNSET)

        market_version = d.pop("market_version", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        contract_size = d.pop("contract_size", UNSET)

        underlying_multiplier = d.pop("underlying_multiplier", UNSET)

        tick_size = d.pop("tick_size", UNSET)

        _status = d.pop("status", UNSET)
        status: MarginMarketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MarginMarketStatus(_status)

        fractional_trading_enabled = d.pop("fractional_trading_enabled", UNSET)

        leverage_estimate = d.pop("leverage_estimate", UNSET)

        _leverage_estimates = d.pop("leverage_estimates", UNSET)
        leverage_estimates: MarginMarketLeverageEstimates | Unset
        if isinstance(_leverage_estimates, Unset):
            leverage_estimates = UNSET
        else:
            leverage_estimates = MarginMarketLeverageEstimates.from_dict(_leverage_estimates)

        _long_leverage_estimates = d.pop("long_leverage_estimates", UNSET)
        long_leverage_estimates: MarginMarketLongLeverageEstimates | Unset
        if isinstance(_long_leverage_estimates, Unset):
            long_leverage_estimates = UNSET
        else:
            long_leverage_estimates = MarginMarketLongLeverageEstimates.from_dict(_long_leverage_estimates)

        _short_leverage_estimates = d.pop("short_leverage_estimates", UNSET)
        short_leverage_estimates: MarginMarketShortLeverageEstimates | Unset
        if isinstance(_short_leverage_estimates, Unset):
            short_leverage_estimates = UNSET
        else:
            short_leverage_estimates = MarginMarketShortLeverageEstimates.from_dict(_short_leverage_estimates)

        price = d.pop("price", UNSET)

        volume = d.pop("volume", UNSET)

        volume_notional_value_dollars = d.pop("volume_notional_value_dollars", UNSET)

        open_interest = d.pop("open_interest", UNSET)

        open_interest_notional_value_dollars = d.pop("open_interest_notional_value_dollars", UNSET)

        volume_24h = d.pop("volume_24h", UNSET)

        volume_24h_notional_value_dollars = d.pop("volume_24h_notional_value_dollars", UNSET)

        bid = d.pop("bid", UNSET)

        bid_size_fp = d.pop("bid_size_fp", UNSET)

        ask = d.pop("ask", UNSET)

        ask_size_fp = d.pop("ask_size_fp", UNSET)

        _settlement_mark_price = d.pop("settlement_mark_price", UNSET)
        settlement_mark_price: TickerPrice | Unset
        if isinstance(_settlement_mark_price, Unset):
            settlement_mark_price = UNSET
        else:
            settlement_mark_price = TickerPrice.from_dict(_settlement_mark_price)

        _liquidation_mark_price = d.pop("liquidation_mark_price", UNSET)
        liquidation_mark_price: TickerPrice | Unset
        if isinstance(_liquidation_mark_price, Unset):
            liquidation_mark_price = UNSET
        else:
            liquidation_mark_price = TickerPrice.from_dict(_liquidation_mark_price)

        _reference_price = d.pop("reference_price", UNSET)
        reference_price: TickerPrice | Unset
        if isinstance(_reference_price, Unset):
            reference_price = UNSET
        else:
            reference_price = TickerPrice.from_dict(_reference_price)

        asset_class = d.pop("asset_class", UNSET)

        _product_metadata = d.pop("product_metadata", UNSET)
        product_metadata: MarginMarketProductMetadata | Unset
        if isinstance(_product_metadata, Unset):
            product_metadata = UNSET
        else:
            product_metadata = MarginMarketProductMetadata.from_dict(_product_metadata)

        def _parse_schedule(data: object) -> MarginMarketSchedule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_1 = MarginMarketSchedule.from_dict(data)

                return schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginMarketSchedule | None | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        funding_deadband = d.pop("funding_deadband", UNSET)

        funding_cap = d.pop("funding_cap", UNSET)

        _funding_limit_unit = d.pop("funding_limit_unit", UNSET)
        funding_limit_unit: MarginMarketFundingLimitUnit | Unset
        if isinstance(_funding_limit_unit, Unset):
            funding_limit_unit = UNSET
        else:
            funding_limit_unit = MarginMarketFundingLimitUnit(_funding_limit_unit)

        _halt_sources = d.pop("halt_sources", UNSET)
        halt_sources = cast(list[str], [] if _halt_sources is None else _halt_sources)

        _funding_invalid_premium_handling = d.pop("funding_invalid_premium_handling", UNSET)
        funding_invalid_premium_handling: MarginMarketFundingInvalidPremiumHandling | Unset
        if isinstance(_funding_invalid_premium_handling, Unset):
            funding_invalid_premium_handling = UNSET
        else:
            funding_invalid_premium_handling = MarginMarketFundingInvalidPremiumHandling(
                _funding_invalid_premium_handling
            )

        margin_market = cls(
            market_id=market_id,
            ticker=ticker,
            title=title,
            market_version=market_version,
            exchange_index=exchange_index,
            contract_size=contract_size,
            underlying_multiplier=underlying_multiplier,
            tick_size=tick_size,
            status=status,
            fractional_trading_enabled=fractional_trading_enabled,
            leverage_estimate=leverage_estimate,
            leverage_estimates=leverage_estimates,
            long_leverage_estimates=long_leverage_estimates,
            short_leverage_estimates=short_leverage_estimates,
            price=price,
            volume=volume,
            volume_notional_value_dollars=volume_notional_value_dollars,
            open_interest=open_interest,
            open_interest_notional_value_dollars=open_interest_notional_value_dollars,
            volume_24h=volume_24h,
            volume_24h_notional_value_dollars=volume_24h_notional_value_dollars,
            bid=bid,
            bid_size_fp=bid_size_fp,
            ask=ask,
            ask_size_fp=ask_size_fp,
            settlement_mark_price=settlement_mark_price,
            liquidation_mark_price=liquidation_mark_price,
            reference_price=reference_price,
            asset_class=asset_class,
            product_metadata=product_metadata,
            schedule=schedule,
            funding_deadband=funding_deadband,
            funding_cap=funding_cap,
            funding_limit_unit=funding_limit_unit,
            halt_sources=halt_sources,
            funding_invalid_premium_handling=funding_invalid_premium_handling,
        )

        margin_market.additional_properties = d
        return margin_market

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
