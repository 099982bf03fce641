from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="PythUnderlyingListPayloadMsg")


@_attrs_define
class PythUnderlyingListPayloadMsg:
    """
    Attributes:
        underlying_tickers (list[str] | Unset): Underlying tickers observed on the Pyth stream in the last two hours
    """

    underlying_tickers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying_tickers: list[str] | Unset = UNSET
        if not isinstance(self.underlying_tickers, Unset):
            underlying_tickers = self.underlying_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if underlying_tickers is not UNSET:
            field_dict["underlying_tickers"] = underlying_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _underlying_tickers = d.pop("underlying_tickers", UNSET)
        underlying_tickers = cast(list[str], [] if _underlying_tickers is None else _underlying_tickers)

        pyth_underlying_list_payload_msg = cls(
            underlying_tickers=underlying_tickers,
        )

        pyth_underlying_list_payload_msg.additional_properties = d
        return pyth_underlying_list_payload_msg

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
