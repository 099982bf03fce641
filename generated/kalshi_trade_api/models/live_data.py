from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.live_data_details import LiveDataDetails


T = TypeVar("T", bound="LiveData")


@_attrs_define
class LiveData:
    """
    Attributes:
        type_ (str | Unset): Type of live data
        details (LiveDataDetails | Unset): Live data details as a flexible object
        milestone_id (str | Unset): Milestone ID
    """

    type_: str | Unset = UNSET
    details: LiveDataDetails | Unset = UNSET
    milestone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        milestone_id = self.milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_data_details import LiveDataDetails  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _details = d.pop("details", UNSET)
        details: LiveDataDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = LiveDataDetails.from_dict(_details)

        milestone_id = d.pop("milestone_id", UNSET)

        live_data = cls(
            type_=type_,
            details=details,
            milestone_id=milestone_id,
        )

        live_data.additional_properties = d
        return live_data

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
