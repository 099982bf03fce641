from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="FCMSubtrader")


@_attrs_define
class FCMSubtrader:
    """
    Attributes:
        subtrader_id (str | Unset): Full subtrader identifier owned by the authenticated FCM.
        exchange_indices (list[int] | Unset): Exchange indices where this subtrader has been observed.
        trading_blocked (bool | Unset): Effective trading block, including firm-wide and Kalshi restrictions.
        fcm_trading_blocked (bool | Unset): Whether an FCM-owned per-subtrader trading block is configured.
        propagation_pending (bool | Unset): Whether a configured per-subtrader block is awaiting engine application.
    """

    subtrader_id: str | Unset = UNSET
    exchange_indices: list[int] | Unset = UNSET
    trading_blocked: bool | Unset = UNSET
    fcm_trading_blocked: bool | Unset = UNSET
    propagation_pending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        exchange_indices: list[int] | Unset = UNSET
        if not isinstance(self.exchange_indices, Unset):
            exchange_indices = self.exchange_indices

        trading_blocked = self.trading_blocked

        fcm_trading_blocked = self.fcm_trading_blocked

        propagation_pending = self.propagation_pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if exchange_indices is not UNSET:
            field_dict["exchange_indices"] = exchange_indices
        if trading_blocked is not UNSET:
            field_dict["trading_blocked"] = trading_blocked
        if fcm_trading_blocked is not UNSET:
            field_dict["fcm_trading_blocked"] = fcm_trading_blocked
        if propagation_pending is not UNSET:
            field_dict["propagation_pending"] = propagation_pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id", UNSET)

        _exchange_indices = d.pop("exchange_indices", UNSET)
        exchange_indices = cast(list[int], [] if _exchange_indices is None else _exchange_indices)

        trading_blocked = d.pop("trading_blocked", UNSET)

        fcm_trading_blocked = d.pop("fcm_trading_blocked", UNSET)

        propagation_pending = d.pop("propagation_pending", UNSET)

        fcm_subtrader = cls(
            subtrader_id=subtrader_id,
            exchange_indices=exchange_indices,
            trading_blocked=trading_blocked,
            fcm_trading_blocked=fcm_trading_blocked,
            propagation_pending=propagation_pending,
        )

        fcm_subtrader.additional_properties = d
        return fcm_subtrader

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
