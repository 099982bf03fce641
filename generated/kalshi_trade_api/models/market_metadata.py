from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarketMetadata")


@_attrs_define
class MarketMetadata:
    """
    Attributes:
        market_ticker (str | Unset): The ticker of the market.
        image_url (str | Unset): A path to an image that represents this market.
        color_code (str | Unset): The color code for the market.
    """

    market_ticker: str | Unset = UNSET
    image_url: str | Unset = UNSET
    color_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        image_url = self.image_url

        color_code = self.color_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if color_code is not UNSET:
            field_dict["color_code"] = color_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        image_url = d.pop("image_url", UNSET)

        color_code = d.pop("color_code", UNSET)

        market_metadata = cls(
            market_ticker=market_ticker,
            image_url=image_url,
            color_code=color_code,
        )

        market_metadata.additional_properties = d
        return market_metadata

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
