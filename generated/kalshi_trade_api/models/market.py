from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_market_type import MarketMarketType
from ..models.market_result import MarketResult
from ..models.market_settlement_bounds_type import MarketSettlementBoundsType
from ..models.market_status import MarketStatus
from ..models.market_strike_type import MarketStrikeType
from ..types import (
    UNSET,
    LazyList,
    Unset,
    decimal_to_json,
    to_decimal_or_none_or_unset,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.market_custom_strike import MarketCustomStrike
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


@_attrs_define
class Market:
    """
    Attributes:
        ticker (str | Unset):
        event_ticker (str | Unset):
        market_type (MarketMarketType | Unset): Identifies the type of market
        title (str | Unset):
        subtitle (str | Unset):
        yes_sub_title (str | Unset): Shortened title for the yes side of this market
        no_sub_title (str | Unset): Shortened title for the no side of this market
        created_time (datetime.datetime | Unset):
        updated_time (datetime.datetime | Unset): Time of the last non-trading metadata update.
        open_time (datetime.datetime | Unset):
        close_time (datetime.datetime | Unset):
        expected_expiration_time (datetime.datetime | None | Unset): Time when this market is expected to expire
        expiration_time (datetime.datetime | Unset):
        latest_expiration_time (datetime.datetime | Unset): Latest possible time for this market to expire
        settlement_timer_seconds (int | Unset): The amount of time after determination that the market settles
        status (MarketStatus | Unset): The current status of the market in its lifecycle.
        yes_bid_dollars (Decimal | Unset): Price for the highest YES buy offer on this market in dollars Example:
            0.5600.
        yes_bid_size_fp (Decimal | Unset): Total contract size of orders to buy YES at the best bid price (fixed-point
            count string). Example: 10.00.
        yes_ask_dollars (Decimal | Unset): Price for the lowest YES sell offer on this market in dollars Example:
            0.5600.
        yes_ask_size_fp (Decimal | Unset): Total contract size of orders to sell YES at the best ask price (fixed-point
            count string). Example: 10.00.
        no_bid_dollars (Decimal | Unset): Price for the highest NO buy offer on this market in dollars Example: 0.5600.
        no_ask_dollars (Decimal | Unset): Price for the lowest NO sell offer on this market in dollars Example: 0.5600.
        last_price_dollars (Decimal | Unset): Price for the last traded YES contract on this market in dollars Example:
            0.5600.
        volume_fp (Decimal | Unset): String representation of the market volume in contracts Example: 10.00.
        volume_24h_fp (Decimal | Unset): String representation of the 24h market volume in contracts Example: 10.00.
        result (MarketResult | Unset):
        can_close_early (bool | Unset):
        open_interest_fp (Decimal | Unset): String representation of the number of contracts bought on this market
            disconsidering netting Example: 10.00.
        notional_value_dollars (Decimal | Unset): The total value of a single contract at settlement in dollars Example:
            0.5600.
        previous_yes_bid_dollars (Decimal | Unset): Price for the highest YES buy offer on this market a day ago in
            dollars Example: 0.5600.
        previous_yes_ask_dollars (Decimal | Unset): Price for the lowest YES sell offer on this market a day ago in
            dollars Example: 0.5600.
        previous_price_dollars (Decimal | Unset): Price for the last traded YES contract on this market a day ago in
            dollars Example: 0.5600.
        settlement_value_dollars (Decimal | None | Unset): The settlement value of the YES/LONG side of the contract in
            dollars. Only filled after determination Example: 0.5600.
        settlement_ts (datetime.datetime | None | Unset): Timestamp when the market was settled. Only filled for settled
            markets
        settlement_bounds_type (MarketSettlementBoundsType | Unset): Which settlement bounds apply to this market.
            default means the market has no settlement bounds
        settlement_floor_dollars (Decimal | None | Unset): The lowest value the YES/LONG side of the contract can settle
            at in dollars. Only filled when settlement_bounds_type is floor Example: 0.5600.
        expiration_value (str | Unset): The value that was considered for the settlement
        occurrence_datetime (datetime.datetime | None | Unset): The recorded datetime when the underlying event
            occurred, if available
        fee_waiver_expiration_time (datetime.datetime | None | Unset): Time when this market's fee waiver expires
        early_close_condition (None | str | Unset): The condition under which the market can close early
        strike_type (MarketStrikeType | Unset): Strike type defines how the market strike is defined and evaluated
        floor_strike (float | None | Unset): Minimum expiration value that leads to a YES settlement
        cap_strike (float | None | Unset): Maximum expiration value that leads to a YES settlement
        functional_strike (None | str | Unset): Mapping from expiration values to settlement values
        custom_strike (MarketCustomStrike | None | Unset): Expiration value for each target that leads to a YES
            settlement
        rules_primary (str | Unset): A plain language description of the most important market terms
        rules_secondary (str | Unset): A plain language description of secondary market terms
        mve_collection_ticker (str | Unset): The ticker of the multivariate event collection
        mve_selected_legs (list[MveSelectedLeg] | Unset):
        primary_participant_key (None | str | Unset):
        price_level_structure (str | Unset): Price level structure for this market, defining price ranges and tick sizes
        price_ranges (list[PriceRange] | Unset): Valid price ranges for orders on this market
        is_provisional (bool | Unset): If true, the market may be removed after determination if there is no activity on
            it
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
    """

    ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    market_type: MarketMarketType | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    yes_sub_title: str | Unset = UNSET
    no_sub_title: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    open_time: datetime.datetime | Unset = UNSET
    close_time: datetime.datetime | Unset = UNSET
    expected_expiration_time: datetime.datetime | None | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    latest_expiration_time: datetime.datetime | Unset = UNSET
    settlement_timer_seconds: int | Unset = UNSET
    status: MarketStatus | Unset = UNSET
    yes_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_bid_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_ask_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    yes_ask_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    no_ask_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    last_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_24h_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    result: MarketResult | Unset = UNSET
    can_close_early: bool | Unset = UNSET
    open_interest_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    previous_yes_bid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    previous_yes_ask_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    previous_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    settlement_value_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=to_decimal_or_none_or_unset
    )
    settlement_ts: datetime.datetime | None | Unset = UNSET
    settlement_bounds_type: MarketSettlementBoundsType | Unset = UNSET
    settlement_floor_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=to_decimal_or_none_or_unset
    )
    expiration_value: str | Unset = UNSET
    occurrence_datetime: datetime.datetime | None | Unset = UNSET
    fee_waiver_expiration_time: datetime.datetime | None | Unset = UNSET
    early_close_condition: None | str | Unset = UNSET
    strike_type: MarketStrikeType | Unset = UNSET
    floor_strike: float | None | Unset = UNSET
    cap_strike: float | None | Unset = UNSET
    functional_strike: None | str | Unset = UNSET
    custom_strike: MarketCustomStrike | None | Unset = UNSET
    rules_primary: str | Unset = UNSET
    rules_secondary: str | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    primary_participant_key: None | str | Unset = UNSET
    price_level_structure: str | Unset = UNSET
    price_ranges: list[PriceRange] | Unset = UNSET
    is_provisional: bool | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.market_custom_strike import MarketCustomStrike  # noqa: PLC0415

        ticker = self.ticker

        event_ticker = self.event_ticker

        market_type: str | Unset = UNSET
        if not isinstance(self.market_type, Unset):
            market_type = self.market_type.value

        title = self.title

        subtitle = self.subtitle

        yes_sub_title = self.yes_sub_title

        no_sub_title = self.no_sub_title

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        open_time: str | Unset = UNSET
        if not isinstance(self.open_time, Unset):
            open_time = self.open_time.isoformat()

        close_time: str | Unset = UNSET
        if not isinstance(self.close_time, Unset):
            close_time = self.close_time.isoformat()

        expected_expiration_time: None | str | Unset
        if isinstance(self.expected_expiration_time, Unset):
            expected_expiration_time = UNSET
        elif isinstance(self.expected_expiration_time, datetime.datetime):
            expected_expiration_time = self.expected_expiration_time.isoformat()
        else:
            expected_expiration_time = self.expected_expiration_time

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        latest_expiration_time: str | Unset = UNSET
        if not isinstance(self.latest_expiration_time, Unset):
            latest_expiration_time = self.latest_expiration_time.isoformat()

        settlement_timer_seconds = self.settlement_timer_seconds

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        yes_bid_dollars = decimal_to_json(self.yes_bid_dollars)

        yes_bid_size_fp = decimal_to_json(self.yes_bid_size_fp)

        yes_ask_dollars = decimal_to_json(self.yes_ask_dollars)

        yes_ask_size_fp = decimal_to_json(self.yes_ask_size_fp)

        no_bid_dollars = decimal_to_json(self.no_bid_dollars)

        no_ask_dollars = decimal_to_json(self.no_ask_dollars)

        last_price_dollars = decimal_to_json(self.last_price_dollars)

        volume_fp = decimal_to_json(self.volume_fp)

        volume_24h_fp = decimal_to_json(self.volume_24h_fp)

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        can_close_early = self.can_close_early

        open_interest_fp = decimal_to_json(self.open_interest_fp)

        notional_value_dollars = decimal_to_json(self.notional_value_dollars)

        previous_yes_bid_dollars = decimal_to_json(self.previous_yes_bid_dollars)

        previous_yes_ask_dollars = decimal_to_json(self.previous_yes_ask_dollars)

        previous_price_dollars = decimal_to_json(self.previous_price_dollars)

        settlement_value_dollars = decimal_to_json(self.settlement_value_dollars)

        settlement_ts: None | str | Unset
        if isinstance(self.settlement_ts, Unset):
            settlement_ts = UNSET
        elif isinstance(self.settlement_ts, datetime.datetime):
            settlement_ts = self.settlement_ts.isoformat()
        else:
            settlement_ts = self.settlement_ts

        settlement_bounds_type: str | Unset = UNSET
        if not isinstance(self.settlement_bounds_type, Unset):
            settlement_bounds_type = self.settlement_bounds_type.value

        settlement_floor_dollars = decimal_to_json(self.settlement_floor_dollars)

        expiration_value = self.expiration_value

        occurrence_datetime: None | str | Unset
        if isinstance(self.occurrence_datetime, Unset):
            occurrence_datetime = UNSET
        elif isinstance(self.occurrence_datetime, datetime.datetime):
            occurrence_datetime = self.occurrence_datetime.isoformat()
        else:
            occurrence_datetime = self.occurrence_datetime

        fee_waiver_expiration_time: None | str | Unset
        if isinstance(self.fee_waiver_expiration_time, Unset):
            fee_waiver_expiration_time = UNSET
        elif isinstance(self.fee_waiver_expiration_time, datetime.datetime):
            fee_waiver_expiration_time = self.fee_waiver_expiration_time.isoformat()
        else:
            fee_waiver_expiration_time = self.fee_waiver_expiration_time

        early_close_condition: None | str | Unset
        if isinstance(self.early_close_condition, Unset):
            early_close_condition = UNSET
        else:
            early_close_condition = self.early_close_condition

        strike_type: str | Unset = UNSET
        if not isinstance(self.strike_type, Unset):
            strike_type = self.strike_type.value

        floor_strike: float | None | Unset
        if isinstance(self.floor_strike, Unset):
            floor_strike = UNSET
        else:
            floor_strike = self.floor_strike

        cap_strike: float | None | Unset
        if isinstance(self.cap_strike, Unset):
            cap_strike = UNSET
        else:
            cap_strike = self.cap_strike

        functional_strike: None | str | Unset
        if isinstance(self.functional_strike, Unset):
            functional_strike = UNSET
        else:
            functional_strike = self.functional_strike

        custom_strike: dict[str, Any] | None | Unset
        if isinstance(self.custom_strike, Unset):
            custom_strike = UNSET
        elif isinstance(self.custom_strike, MarketCustomStrike):
            custom_strike = self.custom_strike.to_dict()
        else:
            custom_strike = self.custom_strike

        rules_primary = self.rules_primary

        rules_secondary = self.rules_secondary

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        primary_participant_key: None | str | Unset
        if isinstance(self.primary_participant_key, Unset):
            primary_participant_key = UNSET
        else:
            primary_participant_key = self.primary_participant_key

        price_level_structure = self.price_level_structure

        price_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_ranges, Unset):
            price_ranges = []
            for price_ranges_item_data in self.price_ranges:
                price_ranges_item = price_ranges_item_data.to_dict()
                price_ranges.append(price_ranges_item)

        is_provisional = self.is_provisional

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_type is not UNSET:
            field_dict["market_type"] = market_type
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title
        if no_sub_title is not UNSET:
            field_dict["no_sub_title"] = no_sub_title
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if open_time is not UNSET:
            field_dict["open_time"] = open_time
        if close_time is not UNSET:
            field_dict["close_time"] = close_time
        if expected_expiration_time is not UNSET:
            field_dict["expected_expiration_time"] = expected_expiration_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if latest_expiration_time is not UNSET:
            field_dict["latest_expiration_time"] = latest_expiration_time
        if settlement_timer_seconds is not UNSET:
            field_dict["settlement_timer_seconds"] = settlement_timer_seconds
        if status is not UNSET:
            field_dict["status"] = status
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if yes_bid_size_fp is not UNSET:
            field_dict["yes_bid_size_fp"] = yes_bid_size_fp
        if yes_ask_dollars is not UNSET:
            field_dict["yes_ask_dollars"] = yes_ask_dollars
        if yes_ask_size_fp is not UNSET:
            field_dict["yes_ask_size_fp"] = yes_ask_size_fp
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if no_ask_dollars is not UNSET:
            field_dict["no_ask_dollars"] = no_ask_dollars
        if last_price_dollars is not UNSET:
            field_dict["last_price_dollars"] = last_price_dollars
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if volume_24h_fp is not UNSET:
            field_dict["volume_24h_fp"] = volume_24h_fp
        if result is not UNSET:
            field_dict["result"] = result
        if can_close_early is not UNSET:
            field_dict["can_close_early"] = can_close_early
        if open_interest_fp is not UNSET:
            field_dict["open_interest_fp"] = open_interest_fp
        if notional_value_dollars is not UNSET:
            field_dict["notional_value_dollars"] = notional_value_dollars
        if previous_yes_bid_dollars is not UNSET:
            field_dict["previous_yes_bid_dollars"] = previous_yes_bid_dollars
        if previous_yes_ask_dollars is not UNSET:
            field_dict["previous_yes_ask_dollars"] = previous_yes_ask_dollars
        if previous_price_dollars is not UNSET:
            field_dict["previous_price_dollars"] = previous_price_dollars
        if settlement_value_dollars is not UNSET:
            field_dict["settlement_value_dollars"] = settlement_value_dollars
        if settlement_ts is not UNSET:
            field_dict["settlement_ts"] = settlement_ts
        if settlement_bounds_type is not UNSET:
            field_dict["settlement_bounds_type"] = settlement_bounds_type
        if settlement_floor_dollars is not UNSET:
            field_dict["settlement_floor_dollars"] = settlement_floor_dollars
        if expiration_value is not UNSET:
            field_dict["expiration_value"] = expiration_value
        if occurrence_datetime is not UNSET:
            field_dict["occurrence_datetime"] = occurrence_datetime
        if fee_waiver_expiration_time is not UNSET:
            field_dict["fee_waiver_expiration_time"] = fee_waiver_expiration_time
        if early_close_condition is not UNSET:
            field_dict["early_close_condition"] = early_close_condition
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if functional_strike is not UNSET:
            field_dict["functional_strike"] = functional_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if rules_primary is not UNSET:
            field_dict["rules_primary"] = rules_primary
        if rules_secondary is not UNSET:
            field_dict["rules_secondary"] = rules_secondary
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if primary_participant_key is not UNSET:
            field_dict["primary_participant_key"] = primary_participant_key
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges
        if is_provisional is not UNSET:
            field_dict["is_provisional"] = is_provisional
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_custom_strike import MarketCustomStrike  # noqa: PLC0415
        from ..models.mve_selected_leg import MveSelectedLeg  # noqa: PLC0415
        from ..models.price_range import PriceRange  # noqa: PLC0415

        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        event_ticker = d.pop("event_ticker", UNSET)

        _market_type = d.pop("market_type", UNSET)
        market_type: MarketMarketType | Unset
        if isinstance(_market_type, Unset):
            market_type = UNSET
        else:
            market_type = MarketMarketType(_market_type)

        title = d.pop("title", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        yes_sub_title = d.pop("yes_sub_title", UNSET)

        no_sub_title = d.pop("no_sub_title", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updated_time", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        _open_time = d.pop("open_time", UNSET)
        open_time: datetime.datetime | Unset
        if isinstance(_open_time, Unset):
            open_time = UNSET
        else:
            open_time = datetime.datetime.fromisoformat(_open_time)

        _close_time = d.pop("close_time", UNSET)
        close_time: datetime.datetime | Unset
        if isinstance(_close_time, Unset):
            close_time = UNSET
        else:
            close_time = datetime.datetime.fromisoformat(_close_time)

        def _parse_expected_expiration_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return expected_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_expiration_time = _parse_expected_expiration_time(d.pop("expected_expiration_time", UNSET))

        _expiration_time = d.pop("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        _latest_expiration_time = d.pop("latest_expiration_time", UNSET)
        latest_expiration_time: datetime.datetime | Unset
        if isinstance(_latest_expiration_time, Unset):
            latest_expiration_time = UNSET
        else:
            latest_expiration_time = datetime.datetime.fromisoformat(_latest_expiration_time)

        settlement_timer_seconds = d.pop("settlement_timer_seconds", UNSET)

        _status = d.pop("status", UNSET)
        status: MarketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MarketStatus(_status)

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)

        yes_bid_size_fp = d.pop("yes_bid_size_fp", UNSET)

        yes_ask_dollars = d.pop("yes_ask_dollars", UNSET)

        yes_ask_size_fp = d.pop("yes_ask_size_fp", UNSET)

        no_bid_dollars = d.pop("no_bid_dollars", UNSET)

        no_ask_dollars = d.pop("no_ask_dollars", UNSET)

        last_price_dollars = d.pop("last_price_dollars", UNSET)

        volume_fp = d.pop("volume_fp", UNSET)

        volume_24h_fp = d.pop("volume_24h_fp", UNSET)

        _result = d.pop("result", UNSET)
        result: MarketResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MarketResult(_result)

        can_close_early = d.pop("can_close_early", UNSET)

        open_interest_fp = d.pop("open_interest_fp", UNSET)

        notional_value_dollars = d.pop("notional_value_dollars", UNSET)

        previous_yes_bid_dollars = d.pop("previous_yes_bid_dollars", UNSET)

        previous_yes_ask_dollars = d.pop("previous_yes_ask_dollars", UNSET)

        previous_price_dollars = d.pop("previous_price_dollars", UNSET)

        def _parse_settlement_value_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_value_dollars = _parse_settlement_value_dollars(d.pop("settlement_value_dollars", UNSET))

        def _parse_settlement_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settlement_ts_type_0 = datetime.datetime.fromisoformat(data)

                return settlement_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        settlement_ts = _parse_settlement_ts(d.pop("settlement_ts", UNSET))

        _settlement_bounds_type = d.pop("settlement_bounds_type", UNSET)
        settlement_bounds_type: MarketSettlementBoundsType | Unset
        if isinstance(_settlement_bounds_type, Unset):
            settlement_bounds_type = UNSET
        else:
            settlement_bounds_type = MarketSettlementBoundsType(_settlement_bounds_type)

        def _parse_settlement_floor_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_floor_dollars = _parse_settlement_floor_dollars(d.pop("settlement_floor_dollars", UNSET))

        expiration_value = d.pop("expiration_value", UNSET)

        def _parse_occurrence_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurrence_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return occurrence_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurrence_datetime = _parse_occurrence_datetime(d.pop("occurrence_datetime", UNSET))

        def _parse_fee_waiver_expiration_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_waiver_expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return fee_waiver_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fee_waiver_expiration_time = _parse_fee_waiver_expiration_time(d.pop("fee_waiver_expiration_time", UNSET))

        def _parse_early_close_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        early_close_condition = _parse_early_close_condition(d.pop("early_close_condition", UNSET))

        _strike_type = d.pop("strike_type", UNSET)
        strike_type: MarketStrikeType | Unset
        if isinstance(_strike_type, Unset):
            strike_type = UNSET
        else:
            strike_type = MarketStrikeType(_strike_type)

        def _parse_floor_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        floor_strike = _parse_floor_strike(d.pop("floor_strike", UNSET))

        def _parse_cap_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cap_strike = _parse_cap_strike(d.pop("cap_strike", UNSET))

        def _parse_functional_strike(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        functional_strike = _parse_functional_strike(d.pop("functional_strike", UNSET))

        def _parse_custom_strike(data: object) -> MarketCustomStrike | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_strike_type_1 = MarketCustomStrike.from_dict(data)

                return custom_strike_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarketCustomStrike | None | Unset, data)

        custom_strike = _parse_custom_strike(d.pop("custom_strike", UNSET))

        rules_primary = d.pop("rules_primary", UNSET)

        rules_secondary = d.pop("rules_secondary", UNSET)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = LazyList(_mve_selected_legs or [], MveSelectedLeg, MveSelectedLeg.from_dict)

        def _parse_primary_participant_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_participant_key = _parse_primary_participant_key(d.pop("primary_participant_key", UNSET))

        price_level_structure = d.pop("price_level_structure", UNSET)

        _price_ranges = d.pop("price_ranges", UNSET)
        price_ranges: list[PriceRange] | Unset = UNSET
        if _price_ranges is not UNSET:
            price_ranges = LazyList(_price_ranges or [], PriceRange, PriceRange.from_dict)

        is_provisional = d.pop("is_provisional", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        market = cls(
            ticker=ticker,
            event_ticker=event_ticker,
            market_type=market_type,
            title=title,
            subtitle=subtitle,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title,
            created_time=created_time,
            updated_time=updated_time,
            open_time=open_time,
            close_time=close_time,
            expected_expiration_time=expected_expiration_time,
            expiration_time=expiration_time,
            latest_expiration_time=latest_expiration_time,
            settlement_timer_seconds=settlement_timer_seconds,
            status=status,
            yes_bid_dollars=yes_bid_dollars,
            yes_bid_size_fp=yes_bid_size_fp,
            yes_ask_dollars=yes_ask_dollars,
            yes_ask_size_fp=yes_ask_size_fp,
            no_bid_dollars=no_bid_dollars,
            no_ask_dollars=no_ask_dollars,
            last_price_dollars=last_price_dollars,
            volume_fp=volume_fp,
            volume_24h_fp=volume_24h_fp,
            result=result,
            can_close_early=can_close_early,
            open_interest_fp=open_interest_fp,
            notional_value_dollars=notional_value_dollars,
            previous_yes_bid_dollars=previous_yes_bid_dollars,
            previous_yes_ask_dollars=previous_yes_ask_dollars,
            previous_price_dollars=previous_price_dollars,
            settlement_value_dollars=settlement_value_dollars,
            settlement_ts=settlement_ts,
            settlement_bounds_type=settlement_bounds_type,
            settlement_floor_dollars=settlement_floor_dollars,
            expiration_value=expiration_value,
            occurrence_datetime=occurrence_datetime,
            fee_waiver_expiration_time=fee_waiver_expiration_time,
            early_close_condition=early_close_condition,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            functional_strike=functional_strike,
            custom_strike=custom_strike,
            rules_primary=rules_primary,
            rules_secondary=rules_secondary,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            primary_participant_key=primary_participant_key,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
            is_provisional=is_provisional,
            exchange_index=exchange_index,
        )

        market.additional_properties = d
        return market

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
