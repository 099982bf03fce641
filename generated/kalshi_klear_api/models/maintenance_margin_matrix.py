from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MaintenanceMarginMatrix")


@_attrs_define
class MaintenanceMarginMatrix:
    """
    Attributes:
        market_tickers (list[str] | Unset): Markets covered by the matrix, in column order.
        returns (list[list[float]] | Unset): One row per scenario; each row holds one return per entry in
            market_tickers.
    """

    market_tickers: list[str] | Unset = UNSET
    returns: list[list[float]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        returns: list[list[float]] | Unset = UNSET
        if not isinstance(self.returns, Unset):
            returns = []
            for returns_item_data in self.returns:
                returns_item = returns_item_data

                returns.append(returns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if returns is not UNSET:
            field_dict["returns"] = returns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _market_tickers = d.pop("market_tickers", UNSET)
        market_tickers = cast(list[str], [] if _market_tickers is None else _market_tickers)

        _returns = d.pop("returns", UNSET)
        returns: list[list[float]] | Unset = UNSET
        if _returns is not UNSET:
            returns = []
            for returns_item_data in _returns or []:
                _returns_item = returns_item_data
                returns_item = cast(list[float], [] if _returns_item is None else _returns_item)

                returns.append(returns_item)

        maintenance_margin_matrix = cls(
            market_tickers=market_tickers,
            returns=returns,
        )

        maintenance_margin_matrix.additional_properties = d
        return maintenance_margin_matrix

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
