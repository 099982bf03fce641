from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.event_data_product_metadata import EventDataProductMetadata
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """
    Attributes:
        event_ticker (str | Unset): Unique identifier for this event.
        series_ticker (str | Unset): Unique identifier for the series this event belongs to.
        sub_title (str | Unset): Shortened descriptive title for the event.
        title (str | Unset): Full title of the event.
        collateral_return_type (str | Unset): Collateral-return netting type for this event: `MECNET` for mutually
            exclusive markets, `DIRECNET` for directional netting, or an empty string for no collateral-return netting.
            Netting applies within this event, not across all events in its series, and also requires netting to be enabled
            for the trading account or subtrader.
            Use `with_nested_markets=true` to retrieve the markets associated with each event.
        mutually_exclusive (bool | Unset): True when `collateral_return_type` is `MECNET`: at most one market in this
            event can resolve to 'yes'.
            False for both `DIRECNET` and an empty collateral-return type. A false value does not mean collateral-return
            netting is unavailable. Use `collateral_return_type` to distinguish these cases.
        category (str | Unset): Event category (deprecated, use series-level category instead).
        strike_date (datetime.datetime | None | Unset): The specific date this event is based on. Only filled when the
            event uses a date strike (mutually exclusive with strike_period).
        strike_period (None | str | Unset): The time period this event covers (e.g., 'week', 'month'). Only filled when
            the event uses a period strike (mutually exclusive with strike_date).
        markets (list[Market] | Unset): Array of markets associated with this event. Only populated when
            'with_nested_markets=true' is specified in the request.
        product_metadata (EventDataProductMetadata | None | Unset): Additional metadata for the event.
        settlement_sources (list[SettlementSource] | None | Unset): The official sources used for the determination of
            markets within this event. Methodology is defined in the rulebook.
        last_updated_ts (datetime.datetime | Unset): Timestamp of when this event's metadata was last updated.
        fee_type_override (None | str | Unset): Fee type override for this event. When present, takes precedence over
            the series-level fee for this event's markets.
        fee_multiplier_override (float | None | Unset): Fee multiplier override for this event. Paired with
            fee_type_override.
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
    """

    event_ticker: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    sub_title: str | Unset = UNSET
    title: str | Unset = UNSET
    collateral_return_type: str | Unset = UNSET
    mutually_exclusive: bool | Unset = UNSET
    category: str | Unset = UNSET
    strike_date: datetime.datetime | None | Unset = UNSET
    strike_period: None | str | Unset = UNSET
    markets: list[Market] | Unset = UNSET
    product_metadata: EventDataProductMetadata | None | Unset = UNSET
    settlement_sources: list[SettlementSource] | None | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    fee_type_override: None | str | Unset = UNSET
    fee_multiplier_override: float | None | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_data_product_metadata import EventDataProductMetadata  # noqa: PLC0415

        event_ticker = self.event_ticker

        series_ticker = self.series_ticker

        sub_title = self.sub_title

        title = self.title

        collateral_return_type = self.collateral_return_type

        mutually_exclusive = self.mutually_exclusive

        category = self.category

        strike_date: None | str | Unset
        if isinstance(self.strike_date, Unset):
            strike_date = UNSET
        elif isinstance(self.strike_date, datetime.datetime):
            strike_date = self.strike_date.isoformat()
        else:
            strike_date = self.strike_date

        strike_period: None | str | Unset
        if isinstance(self.strike_period, Unset):
            strike_period = UNSET
        else:
            strike_period = self.strike_period

        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, EventDataProductMetadata):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        settlement_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.settlement_sources, Unset):
            settlement_sources = UNSET
        elif isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = settlement_sources_type_0_item_data.to_dict()
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        fee_type_override: None | str | Unset
        if isinstance(self.fee_type_override, Unset):
            fee_type_override = UNSET
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None | Unset
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if sub_title is not UNSET:
            field_dict["sub_title"] = sub_title
        if title is not UNSET:
            field_dict["title"] = title
        if collateral_return_type is not UNSET:
            field_dict["collateral_return_type"] = collateral_return_type
        if mutually_exclusive is not UNSET:
            field_dict["mutually_exclusive"] = mutually_exclusive
        if category is not UNSET:
            field_dict["category"] = category
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period
        if markets is not UNSET:
            field_dict["markets"] = markets
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_data_product_metadata import EventDataProductMetadata  # noqa: PLC0415
        from ..models.market import Market  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)

        series_ticker = d.pop("series_ticker", UNSET)

        sub_title = d.pop("sub_title", UNSET)

        title = d.pop("title", UNSET)

        collateral_return_type = d.pop("collateral_return_type", UNSET)

        mutually_exclusive = d.pop("mutually_exclusive", UNSET)

        category = d.pop("category", UNSET)

        def _parse_strike_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strike_date_type_0 = datetime.datetime.fromisoformat(data)

                return strike_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        strike_date = _parse_strike_date(d.pop("strike_date", UNSET))

        def _parse_strike_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_period = _parse_strike_period(d.pop("strike_period", UNSET))

        _markets = d.pop("markets", UNSET)
        markets: list[Market] | Unset = UNSET
        if _markets is not UNSET:
            markets = LazyList(_markets or [], Market, Market.from_dict)

        def _parse_product_metadata(data: object) -> EventDataProductMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_metadata_type_1 = EventDataProductMetadata.from_dict(data)

                return product_metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventDataProductMetadata | None | Unset, data)

        product_metadata = _parse_product_metadata(d.pop("product_metadata", UNSET))

        def _parse_settlement_sources(data: object) -> list[SettlementSource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _settlement_sources_type_0 = data
                settlement_sources_type_0 = LazyList(
                    _settlement_sources_type_0 or [], SettlementSource, SettlementSource.from_dict
                )

                return settlement_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SettlementSource] | None | Unset, data)

        settlement_sources = _parse_settlement_sources(d.pop("settlement_sources", UNSET))

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        def _parse_fee_type_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee_type_override = _parse_fee_type_override(d.pop("fee_type_override", UNSET))

        def _parse_fee_multiplier_override(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fee_multiplier_override = _parse_fee_multiplier_override(d.pop("fee_multiplier_override", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)

        event_data = cls(
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            sub_title=sub_title,
            title=title,
            collateral_return_type=collateral_return_type,
            mutually_exclusive=mutually_exclusive,
            category=category,
            strike_date=strike_date,
            strike_period=strike_period,
            markets=markets,
            product_metadata=product_metadata,
            settlement_sources=settlement_sources,
            last_updated_ts=last_updated_ts,
            fee_type_override=fee_type_override,
            fee_multiplier_override=fee_multiplier_override,
            exchange_index=exchange_index,
        )

        event_data.additional_properties = d
        return event_data

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
