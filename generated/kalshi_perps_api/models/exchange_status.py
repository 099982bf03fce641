from __future__ import annotations

import datetime
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
    from ..models.exchange_index_status import ExchangeIndexStatus


T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define
class ExchangeStatus:
    """
    Attributes:
        exchange_active (bool | Unset): False if the exchange is no longer taking any state changes at all. True unless
            under maintenance.
        trading_active (bool | Unset): True if trading is currently permitted on the exchange. False outside exchange
            hours or during pauses.
        intra_exchange_transfers_active (bool | Unset): True if intra-exchange transfers are currently permitted. False
            when transfers are temporarily blocked. The Perps exchange status never includes this field.
        exchange_estimated_resume_time (datetime.datetime | None | Unset): Estimated downtime for the current exchange
            maintenance window. However, this is not guaranteed and can be extended.
        exchange_index_statuses (list[ExchangeIndexStatus] | Unset): Status of each exchange index. The top-level fields
            above reflect the default exchange index (0). The Perps exchange status never includes this field.
    """

    exchange_active: bool | Unset = UNSET
    trading_active: bool | Unset = UNSET
    intra_exchange_transfers_active: bool | Unset = UNSET
    exchange_estimated_resume_time: datetime.datetime | None | Unset = UNSET
    exchange_index_statuses: list[ExchangeIndexStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        exchange_estimated_resume_time: None | str | Unset
        if isinstance(self.exchange_estimated_resume_time, Unset):
            exchange_estimated_resume_time = UNSET
        elif isinstance(self.exchange_estimated_resume_time, datetime.datetime):
            exchange_estimated_resume_time = self.exchange_estimated_resume_time.isoformat()
        else:
            exchange_estimated_resume_time = self.exchange_estimated_resume_time

        exchange_index_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchange_index_statuses, Unset):
            exchange_index_statuses = []
            for exchange_index_statuses_item_data in self.exchange_index_statuses:
                exchange_index_statuses_item = exchange_index_statuses_item_data.to_dict()
                exchange_index_statuses.append(exchange_index_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_active is not UNSET:
            field_dict["exchange_active"] = exchange_active
        if trading_active is not UNSET:
            field_dict["trading_active"] = trading_active
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = intra_exchange_transfers_active
        if exchange_estimated_resume_time is not UNSET:
            field_dict["exchange_estimated_resume_time"] = exchange_estimated_resume_time
        if exchange_index_statuses is not UNSET:
            field_dict["exchange_index_statuses"] = exchange_index_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_index_status import ExchangeIndexStatus  # noqa: PLC0415

        d = dict(src_dict)
        exchange_active = d.pop("exchange_active", UNSET)

        trading_active = d.pop("trading_active", UNSET)

        intra_exchange_transfers_active = d.pop("intra_exchange_transfers_active", UNSET)

        def _parse_exchange_estimated_resume_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exchange_estimated_resume_time_type_0 = datetime.datetime.fromisoformat(data)

                return exchange_estimated_resume_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        exchange_estimated_resume_time = _parse_exchange_estimated_resume_time(
            d.pop("exchange_estimated_resume_time", UNSET)
        )

        _exchange_index_statuses = d.pop("exchange_index_statuses", UNSET)
        exchange_index_statuses: list[ExchangeIndexStatus] | Unset = UNSET
        if _exchange_index_statuses is not UNSET:
            exchange_index_statuses = LazyList(
                _exchange_index_statuses or [], ExchangeIndexStatus, ExchangeIndexStatus.from_dict
            )

        exchange_status = cls(
            exchange_active=exchange_active,
            trading_active=trading_active,
            intra_exchange_transfers_active=intra_exchange_transfers_active,
            exchange_estimated_resume_time=exchange_estimated_resume_time,
            exchange_index_statuses=exchange_index_statuses,
        )

        exchange_status.additional_properties = d
        return exchange_status

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
