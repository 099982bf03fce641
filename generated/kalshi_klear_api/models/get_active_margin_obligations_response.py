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
    from ..models.obligation_entry import ObligationEntry


T = TypeVar("T", bound="GetActiveMarginObligationsResponse")


@_attrs_define
class GetActiveMarginObligationsResponse:
    """
    Attributes:
        obligations (list[ObligationEntry] | Unset): Outstanding settlement obligations for the current cycle across all
            asset classes, ordered by asset class then obligation ID. Empty when no obligation is pending.
    """

    obligations: list[ObligationEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obligations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.obligations, Unset):
            obligations = []
            for obligations_item_data in self.obligations:
                obligations_item = obligations_item_data.to_dict()
                obligations.append(obligations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obligations is not UNSET:
            field_dict["obligations"] = obligations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.obligation_entry import ObligationEntry  # noqa: PLC0415

        d = dict(src_dict)
        _obligations = d.pop("obligations", UNSET)
        obligations: list[ObligationEntry] | Unset = UNSET
        if _obligations is not UNSET:
            obligations = LazyList(_obligations or [], ObligationEntry, ObligationEntry.from_dict)

        get_active_margin_obligations_response = cls(
            obligations=obligations,
        )

        get_active_margin_obligations_response.additional_properties = d
        return get_active_margin_obligations_response

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
