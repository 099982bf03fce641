from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_none_or_unset,
)

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="BatchCreateOrdersV2ResponseOrdersItem")


@_attrs_define
class BatchCreateOrdersV2ResponseOrdersItem:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (None | str | Unset):
        fill_count (Decimal | None | Unset): Number of contracts filled immediately upon placement. Example: 10.00.
        remaining_count (Decimal | None | Unset): Number of contracts remaining after placement. Example: 10.00.
        average_fill_price (Decimal | None | Unset): Volume-weighted average fill price. Only present when fill_count >
            0. Example: 0.5600.
        average_fee_paid (Decimal | None | Unset): Volume-weighted average fee paid per contract. Only present when
            fill_count > 0. Example: 0.5600.
        ts_ms (int | None | Unset): Matching engine timestamp at which the order was processed, as Unix epoch
            milliseconds. Absent when the request errored.
        error (ErrorResponse | None | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: None | str | Unset = UNSET
    fill_count: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    remaining_count: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    average_fill_price: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    average_fee_paid: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    ts_ms: int | None | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        order_id = self.order_id

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        fill_count = decimal_to_json(self.fill_count)

        remaining_count = decimal_to_json(self.remaining_count)

        average_fill_price = decimal_to_json(self.average_fill_price)

        average_fee_paid = decimal_to_json(self.average_fee_paid)

        ts_ms: int | None | Unset
        if isinstance(self.ts_ms, Unset):
            ts_ms = UNSET
        else:
            ts_ms = self.ts_ms

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        def _parse_client_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_order_id = _parse_client_order_id(d.pop("client_order_id", UNSET))

        def _parse_fill_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_count = _parse_fill_count(d.pop("fill_count", UNSET))

        def _parse_remaining_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remaining_count = _parse_remaining_count(d.pop("remaining_count", UNSET))

        def _parse_average_fill_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_fill_price = _parse_average_fill_price(d.pop("average_fill_price", UNSET))

        def _parse_average_fee_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_fee_paid = _parse_average_fee_paid(d.pop("average_fee_paid", UNSET))

        def _parse_ts_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ts_ms = _parse_ts_ms(d.pop("ts_ms", UNSET))

        def _parse_error(data: object) -> ErrorResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorResponse.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        batch_create_orders_v2_response_orders_item = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
            ts_ms=ts_ms,
            error=error,
        )

        batch_create_orders_v2_response_orders_item.additional_properties = d
        return batch_create_orders_v2_response_orders_item

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
