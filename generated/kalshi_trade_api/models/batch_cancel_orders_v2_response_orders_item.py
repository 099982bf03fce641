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
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="BatchCancelOrdersV2ResponseOrdersItem")


@_attrs_define
class BatchCancelOrdersV2ResponseOrdersItem:
    """
    Attributes:
        order_id (str | Unset): The order ID identifying which order this entry corresponds to.
        client_order_id (None | str | Unset):
        reduced_by (Decimal | Unset): Number of contracts that were canceled (i.e. the remaining count at time of
            cancellation). Zero if the cancel errored. Example: 10.00.
        ts_ms (int | None | Unset): Matching engine timestamp at which the cancellation was processed, as Unix epoch
            milliseconds. Absent when the cancel errored.
        error (ErrorResponse | None | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: None | str | Unset = UNSET
    reduced_by: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
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

        reduced_by = decimal_to_json(self.reduced_by)

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
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
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

        reduced_by = d.pop("reduced_by", UNSET)

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

        batch_cancel_orders_v2_response_orders_item = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            reduced_by=reduced_by,
            ts_ms=ts_ms,
            error=error,
        )

        batch_cancel_orders_v2_response_orders_item.additional_properties = d
        return batch_cancel_orders_v2_response_orders_item

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
