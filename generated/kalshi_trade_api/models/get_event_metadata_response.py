from __future__ import annotations

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
    from ..models.market_metadata import MarketMetadata
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="GetEventMetadataResponse")


@_attrs_define
class GetEventMetadataResponse:
    """
    Attributes:
        image_url (str | Unset): A path to an image that represents this event.
        featured_image_url (str | Unset): A path to an image that represents the image of the featured market.
        market_details (list[MarketMetadata] | Unset): Metadata for the markets in this event.
        settlement_sources (list[SettlementSource] | Unset): A list of settlement sources for this event.
        competition (None | str | Unset): Event competition.
        competition_scope (None | str | Unset): Event scope, based on the competition.
    """

    image_url: str | Unset = UNSET
    featured_image_url: str | Unset = UNSET
    market_details: list[MarketMetadata] | Unset = UNSET
    settlement_sources: list[SettlementSource] | Unset = UNSET
    competition: None | str | Unset = UNSET
    competition_scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        featured_image_url = self.featured_image_url

        market_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.market_details, Unset):
            market_details = []
            for market_details_item_data in self.market_details:
                market_details_item = market_details_item_data.to_dict()
                market_details.append(market_details_item)

        settlement_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settlement_sources, Unset):
            settlement_sources = []
            for settlement_sources_item_data in self.settlement_sources:
                settlement_sources_item = settlement_sources_item_data.to_dict()
                settlement_sources.append(settlement_sources_item)

        competition: None | str | Unset
        if isinstance(self.competition, Unset):
            competition = UNSET
        else:
            competition = self.competition

        competition_scope: None | str | Unset
        if isinstance(self.competition_scope, Unset):
            competition_scope = UNSET
        else:
            competition_scope = self.competition_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if featured_image_url is not UNSET:
            field_dict["featured_image_url"] = featured_image_url
        if market_details is not UNSET:
            field_dict["market_details"] = market_details
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if competition is not UNSET:
            field_dict["competition"] = competition
        if competition_scope is not UNSET:
            field_dict["competition_scope"] = competition_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_metadata import MarketMetadata  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        featured_image_url = d.pop("featured_image_url", UNSET)

        _market_details = d.pop("market_details", UNSET)
        market_details: list[MarketMetadata] | Unset = UNSET
        if _market_details is not UNSET:
            market_details = LazyList(_market_details or [], MarketMetadata, MarketMetadata.from_dict)

        _settlement_sources = d.pop("settlement_sources", UNSET)
        settlement_sources: list[SettlementSource] | Unset = UNSET
        if _settlement_sources is not UNSET:
            settlement_sources = LazyList(_settlement_sources or [], SettlementSource, SettlementSource.from_dict)

        def _parse_competition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        competition = _parse_competition(d.pop("competition", UNSET))

        def _parse_competition_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        competition_scope = _parse_competition_scope(d.pop("competition_scope", UNSET))

        get_event_metadata_response = cls(
            image_url=image_url,
            featured_image_url=featured_image_url,
            market_details=market_details,
            settlement_sources=settlement_sources,
            competition=competition,
            competition_scope=competition_scope,
        )

        get_event_metadata_response.additional_properties = d
        return get_event_metadata_response

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
