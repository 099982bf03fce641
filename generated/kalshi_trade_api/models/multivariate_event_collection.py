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
    from ..models.associated_event import AssociatedEvent
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="MultivariateEventCollection")


@_attrs_define
class MultivariateEventCollection:
    """
    Attributes:
        collection_ticker (str | Unset): Unique identifier for the collection.
        series_ticker (str | Unset): Series associated with the collection. Events produced in the collection will be
            associated with this series.
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
        title (str | Unset): Title of the collection.
        description (str | Unset): Short description of the collection.
        open_date (datetime.datetime | Unset): The open date of the collection. Before this time, the collection cannot
            be interacted with.
        close_date (datetime.datetime | Unset): The close date of the collection. After this time, the collection cannot
            be interacted with.
        associated_events (list[AssociatedEvent] | Unset): List of events with their individual configuration.
        associated_event_tickers (list[str] | Unset): [DEPRECATED - Use associated_events instead] A list of events
            associated with the collection. Markets in these events can be passed as inputs to the Lookup and Create
            endpoints.
        is_ordered (bool | Unset): Whether the collection is ordered. If true, the order of markets passed into
            Lookup/Create affects the output. If false, the order does not matter.
        is_single_market_per_event (bool | Unset): [DEPRECATED - Use associated_events instead] Whether the collection
            accepts multiple markets from the same event passed into Lookup/Create.
        is_all_yes (bool | Unset): [DEPRECATED - Use associated_events instead] Whether the collection requires that
            only the market side of 'yes' may be used.
        size_min (int | Unset): The minimum number of markets that must be passed into Lookup/Create (inclusive).
        size_max (int | Unset): The maximum number of markets that must be passed into Lookup/Create (inclusive).
        functional_description (str | Unset): A functional description of the collection describing how inputs affect
            the output.
        price_level_structure (str | Unset): Price level structure used for new markets created in this collection.
            Existing markets may differ; use the market's price_level_structure and price_ranges for its current pricing.
        price_ranges (list[PriceRange] | Unset): Price bands and tick sizes in fixed-point dollars for new markets
            created in this collection. Use these ranges to determine valid prices rather than hardcoding the structure
            name.
    """

    collection_ticker: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    open_date: datetime.datetime | Unset = UNSET
    close_date: datetime.datetime | Unset = UNSET
    associated_events: list[AssociatedEvent] | Unset = UNSET
    associated_event_tickers: list[str] | Unset = UNSET
    is_ordered: bool | Unset = UNSET
    is_single_market_per_event: bool | Unset = UNSET
    is_all_yes: bool | Unset = UNSET
    size_min: int | Unset = UNSET
    size_max: int | Unset = UNSET
    functional_description: str | Unset = UNSET
    price_level_structure: str | Unset = UNSET
    price_ranges: list[PriceRange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_ticker = self.collection_ticker

        series_ticker = self.series_ticker

        exchange_index = self.exchange_index

        title = self.title

        description = self.description

        open_date: str | Unset = UNSET
        if not isinstance(self.open_date, Unset):
            open_date = self.open_date.isoformat()

        close_date: str | Unset = UNSET
        if not isinstance(self.close_date, Unset):
            close_date = self.close_date.isoformat()

        associated_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_events, Unset):
            associated_events = []
            for associated_events_item_data in self.associated_events:
                associated_events_item = associated_events_item_data.to_dict()
                associated_events.append(associated_events_item)

        associated_event_tickers: list[str] | Unset = UNSET
        if not isinstance(self.associated_event_tickers, Unset):
            associated_event_tickers = self.associated_event_tickers

        is_ordered = self.is_ordered

        is_single_market_per_event = self.is_single_market_per_event

        is_all_yes = self.is_all_yes

        size_min = self.size_min

        size_max = self.size_max

        functional_description = self.functional_description

        price_level_structure = self.price_level_structure

        price_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_ranges, Unset):
            price_ranges = []
            for price_ranges_item_data in self.price_ranges:
                price_ranges_item = price_ranges_item_data.to_dict()
                price_ranges.append(price_ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_ticker is not UNSET:
            field_dict["collection_ticker"] = collection_ticker
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if open_date is not UNSET:
            field_dict["open_date"] = open_date
        if close_date is not UNSET:
            field_dict["close_date"] = close_date
        if associated_events is not UNSET:
            field_dict["associated_events"] = associated_events
        if associated_event_tickers is not UNSET:
            field_dict["associated_event_tickers"] = associated_event_tickers
        if is_ordered is not UNSET:
            field_dict["is_ordered"] = is_ordered
        if is_single_market_per_event is not UNSET:
            field_dict["is_single_market_per_event"] = is_single_market_per_event
        if is_all_yes is not UNSET:
            field_dict["is_all_yes"] = is_all_yes
        if size_min is not UNSET:
            field_dict["size_min"] = size_min
        if size_max is not UNSET:
            field_dict["size_max"] = size_max
        if functional_description is not UNSET:
            field_dict["functional_description"] = functional_description
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.associated_event import AssociatedEvent  # noqa: PLC0415
        from ..models.price_range import PriceRange  # noqa: PLC0415

        d = dict(src_dict)
        collection_ticker = d.pop("collection_ticker", UNSET)

        series_ticker = d.pop("series_ticker", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _open_date = d.pop("open_date", UNSET)
        open_date: datetime.datetime | Unset
        if isinstance(_open_date, Unset):
            open_date = UNSET
        else:
            open_date = datetime.datetime.fromisoformat(_open_date)

        _close_date = d.pop("close_date", UNSET)
        close_date: datetime.datetime | Unset
        if isinstance(_close_date, Unset):
            close_date = UNSET
        else:
            close_date = datetime.datetime.fromisoformat(_close_date)

        _associated_events = d.pop("associated_events", UNSET)
        associated_events: list[AssociatedEvent] | Unset = UNSET
        if _associated_events is not UNSET:
            associated_events = LazyList(_associated_events or [], AssociatedEvent, AssociatedEvent.from_dict)

        _associated_event_tickers = d.pop("associated_event_tickers", UNSET)
        associated_event_tickers = cast(
            list[str], [] if _associated_event_tickers is None else _associated_event_tickers
        )

        is_ordered = d.pop("is_ordered", UNSET)

        is_single_market_per_event = d.pop("is_single_market_per_event", UNSET)

        is_all_yes = d.pop("is_all_yes", UNSET)

        size_min = d.pop("size_min", UNSET)

        size_max = d.pop("size_max", UNSET)

        functional_description = d.pop("functional_description", UNSET)

        price_level_structure = d.pop("price_level_structure", UNSET)

        _price_ranges = d.pop("price_ranges", UNSET)
        price_ranges: list[PriceRange] | Unset = UNSET
        if _price_ranges is not UNSET:
            price_ranges = LazyList(_price_ranges or [], PriceRange, PriceRange.from_dict)

        multivariate_event_collection = cls(
            collection_ticker=collection_ticker,
            series_ticker=series_ticker,
            exchange_index=exchange_index,
            title=title,
            description=description,
            open_date=open_date,
            close_date=close_date,
            associated_events=associated_events,
            associated_event_tickers=associated_event_tickers,
            is_ordered=is_ordered,
            is_single_market_per_event=is_single_market_per_event,
            is_all_yes=is_all_yes,
            size_min=size_min,
            size_max=size_max,
            functional_description=functional_description,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
        )

        multivariate_event_collection.additional_properties = d
        return multivariate_event_collection

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
