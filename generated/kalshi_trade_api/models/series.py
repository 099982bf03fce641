from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import (
    UNSET,
    LazyList,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.series_product_metadata import SeriesProductMetadata
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """
    Attributes:
        ticker (str | Unset): Ticker that identifies this series.
        frequency (str | Unset): Description of the frequency of the series. There is no fixed value set here, but will
            be something human-readable like weekly, daily, one-off.
        title (str | Unset): Title describing the series. For full context use you should use this field with the title
            field of the events belonging to this series.
        category (str | Unset): Category is the primary category of this series.
        categories (list[str] | Unset): Categories is the list of discovery categories for this series. The `category`
            filter on Get Series List matches any entry in this list. May be empty.
        tags (list[str] | None | Unset): Tags specifies the subjects that this series relates to, multiple series from
            different categories can have the same tags.
        settlement_sources (list[SettlementSource] | None | Unset): SettlementSources specifies the official sources
            used for the determination of markets within the series. Methodology is defined in the rulebook.
        contract_url (str | Unset): ContractUrl provides a direct link to the original filing of the contract which
            underlies the series.
        contract_terms_url (str | Unset): ContractTermsUrl is the URL to the current terms of the contract underlying
            the series.
        product_metadata (None | SeriesProductMetadata | Unset): Internal product metadata of the series.
        fee_type (FeeType | Unset): Fee type for a series or scheduled fee override.
        fee_multiplier (float | Unset): FeeMultiplier is a floating point multiplier applied to the fee calculations.
        additional_prohibitions (list[str] | None | Unset): AdditionalProhibitions is a list of additional trading
            prohibitions for this series.
        volume_fp (Decimal | Unset): String representation of the total number of contracts traded across all events in
            this series. Example: 10.00.
        last_updated_ts (datetime.datetime | Unset): Timestamp of when this series' metadata was last updated.
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
    """

    ticker: str | Unset = UNSET
    frequency: str | Unset = UNSET
    title: str | Unset = UNSET
    category: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    settlement_sources: list[SettlementSource] | None | Unset = UNSET
    contract_url: str | Unset = UNSET
    contract_terms_url: str | Unset = UNSET
    product_metadata: None | SeriesProductMetadata | Unset = UNSET
    fee_type: FeeType | Unset = UNSET
    fee_multiplier: float | Unset = UNSET
    additional_prohibitions: list[str] | None | Unset = UNSET
    volume_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    last_updated_ts: datetime.datetime | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.series_product_metadata import SeriesProductMetadata  # noqa: PLC0415

        ticker = self.ticker

        frequency = self.frequency

        title = self.title

        category = self.category

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        contract_url = self.contract_url

        contract_terms_url = self.contract_terms_url

        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, SeriesProductMetadata):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = self.fee_type.value

        fee_multiplier = self.fee_multiplier

        additional_prohibitions: list[str] | None | Unset
        if isinstance(self.additional_prohibitions, Unset):
            additional_prohibitions = UNSET
        elif isinstance(self.additional_prohibitions, list):
            additional_prohibitions = self.additional_prohibitions

        else:
            additional_prohibitions = self.additional_prohibitions

        volume_fp = decimal_to_json(self.volume_fp)

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if title is not UNSET:
            field_dict["title"] = title
        if category is not UNSET:
            field_dict["category"] = category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if tags is not UNSET:
            field_dict["tags"] = tags
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if contract_url is not UNSET:
            field_dict["contract_url"] = contract_url
        if contract_terms_url is not UNSET:
            field_dict["contract_terms_url"] = contract_terms_url
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if fee_multiplier is not UNSET:
            field_dict["fee_multiplier"] = fee_multiplier
        if additional_prohibitions is not UNSET:
            field_dict["additional_prohibitions"] = additional_prohibitions
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_product_metadata import SeriesProductMetadata  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        frequency = d.pop("frequency", UNSET)

        title = d.pop("title", UNSET)

        category = d.pop("category", UNSET)

        _categories = d.pop("categories", UNSET)
        categories = cast(list[str], [] if _categories is None else _categories)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _tags_type_0 = data
                tags_type_0 = cast(list[str], [] if _tags_type_0 is None else _tags_type_0)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

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

        contract_url = d.pop("contract_url", UNSET)

        contract_terms_url = d.pop("contract_terms_url", UNSET)

        def _parse_product_metadata(data: object) -> None | SeriesProductMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_metadata_type_1 = SeriesProductMetadata.from_dict(data)

                return product_metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeriesProductMetadata | Unset, data)

        product_metadata = _parse_product_metadata(d.pop("product_metadata", UNSET))

        _fee_type = d.pop("fee_type", UNSET)
        fee_type: FeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = FeeType(_fee_type)

        fee_multiplier = d.pop("fee_multiplier", UNSET)

        def _parse_additional_prohibitions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _additional_prohibitions_type_0 = data
                additional_prohibitions_type_0 = cast(
                    list[str], [] if _additional_prohibitions_type_0 is None else _additional_prohibitions_type_0
                )

                return additional_prohibitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        additional_prohibitions = _parse_additional_prohibitions(d.pop("additional_prohibitions", UNSET))

        volume_fp = d.pop("volume_fp", UNSET)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        exchange_index = d.pop("exchange_index", UNSET)

        series = cls(
            ticker=ticker,
            frequency=frequency,
            title=title,
            category=category,
            categories=categories,
            tags=tags,
            settlement_sources=settlement_sources,
            contract_url=contract_url,
            contract_terms_url=contract_terms_url,
            product_metadata=product_metadata,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            additional_prohibitions=additional_prohibitions,
            volume_fp=volume_fp,
            last_updated_ts=last_updated_ts,
            exchange_index=exchange_index,
        )

        series.additional_properties = d
        return series

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
