from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    named_money,
    to_decimal_or_none_or_unset,
)

T = TypeVar("T", bound="DecreaseOrderV2Request")


def _to_reduce_by(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    return named_money(to_decimal_or_none_or_unset, value, "DecreaseOrderV2Request.reduce_by")


def _to_reduce_to(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    return named_money(to_decimal_or_none_or_unset, value, "DecreaseOrderV2Request.reduce_to")


@_attrs_define
class DecreaseOrderV2Request:
    """
    Example:
        {'reduce_by': '2.00', 'exchange_index': 0}

    Attributes:
        reduce_by (Decimal | None | Unset): String representation of the number of contracts to reduce by. Exactly one
            of `reduce_by` or `reduce_to` must be provided. Example: 10.00.
        reduce_to (Decimal | None | Unset): String representation of the number of contracts to reduce to. Exactly one
            of `reduce_by` or `reduce_to` must be provided. Example: 10.00.
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
        market_ticker (str | Unset): Market ticker used for auto-routing when exchange_index is omitted or -1.
    """

    reduce_by: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_to_reduce_by)
    reduce_to: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_to_reduce_to)
    exchange_index: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reduce_by = decimal_to_json(self.reduce_by)

        reduce_to = decimal_to_json(self.reduce_to)

        exchange_index = self.exchange_index

        market_ticker = self.market_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reduce_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reduce_by = _parse_reduce_by(d.pop("reduce_by", UNSET))

        def _parse_reduce_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reduce_to = _parse_reduce_to(d.pop("reduce_to", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        decrease_order_v2_request = cls(
            reduce_by=reduce_by,
            reduce_to=reduce_to,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )

        decrease_order_v2_request.additional_properties = d
        return decrease_order_v2_request

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
