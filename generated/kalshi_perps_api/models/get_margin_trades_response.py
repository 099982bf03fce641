from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.margin_trade import MarginTrade


T = TypeVar("T", bound="GetMarginTradesResponse")


@_attrs_define
class GetMarginTradesResponse:
    """
    Attributes:
        trades (list[MarginTrade] | Unset):
        cursor (str | Unset):
    """

    trades: list[MarginTrade] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trades: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trades, Unset):
            trades = []
            for trades_item_data in self.trades:
                trades_item = trades_item_data.to_dict()
                trades.append(trades_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trades is not UNSET:
            field_dict["trades"] = trades
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_trade import MarginTrade  # noqa: PLC0415

        d = dict(src_dict)
        _trades = d.pop("trades", UNSET)
        trades: list[MarginTrade] | Unset = UNSET
        if _trades is not UNSET:
            trades = LazyList(_trades or [], MarginTrade, MarginTrade.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_margin_trades_response = cls(
            trades=trades,
            cursor=cursor,
        )

        get_margin_trades_response.additional_properties = d
        return get_margin_trades_response

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
