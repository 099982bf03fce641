from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define
class ApiUsageLevelGrant:
    """
    Attributes:
        exchange_instance (ExchangeInstance | Unset): The exchange instance type
        level (str | Unset): API usage level this grant confers (for example, expert, premier, paragon, prime, or
            prestige). Example: prestige.
        expires_ts (int | None | Unset): Unix timestamp (seconds) when the grant expires. Absent for permanent grants.
        source (str | Unset): How the grant was created: "volume" (earned from trading volume) or "manual" (assigned by
            Kalshi).
    """

    exchange_instance: ExchangeInstance | Unset = UNSET
    level: str | Unset = UNSET
    expires_ts: int | None | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_instance: str | Unset = UNSET
        if not isinstance(self.exchange_instance, Unset):
            exchange_instance = self.exchange_instance.value

        level = self.level

        expires_ts: int | None | Unset
        if isinstance(self.expires_ts, Unset):
            expires_ts = UNSET
        else:
            expires_ts = self.expires_ts

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_instance is not UNSET:
            field_dict["exchange_instance"] = exchange_instance
        if level is not UNSET:
            field_dict["level"] = level
        if expires_ts is not UNSET:
            field_dict["expires_ts"] = expires_ts
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _exchange_instance = d.pop("exchange_instance", UNSET)
        exchange_instance: ExchangeInstance | Unset
        if isinstance(_exchange_instance, Unset):
            exchange_instance = UNSET
        else:
            exchange_instance = ExchangeInstance(_exchange_instance)

        level = d.pop("level", UNSET)

        def _parse_expires_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_ts = _parse_expires_ts(d.pop("expires_ts", UNSET))

        source = d.pop("source", UNSET)

        api_usage_level_grant = cls(
            exchange_instance=exchange_instance,
            level=level,
            expires_ts=expires_ts,
            source=source,
        )

        api_usage_level_grant.additional_properties = d
        return api_usage_level_grant

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
