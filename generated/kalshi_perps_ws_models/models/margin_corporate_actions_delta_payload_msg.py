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
    from ..models.margin_corporate_action import MarginCorporateAction


T = TypeVar("T", bound="MarginCorporateActionsDeltaPayloadMsg")


@_attrs_define
class MarginCorporateActionsDeltaPayloadMsg:
    """
    Attributes:
        corporate_action (MarginCorporateAction | Unset): A corporate action the exchange applied to a margin market.
            Exactly one terms object matches type: split for stock_split, final_settlement for final_settlement, or
            ticker_change for ticker_change.
    """

    corporate_action: MarginCorporateAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        corporate_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.corporate_action, Unset):
            corporate_action = self.corporate_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if corporate_action is not UNSET:
            field_dict["corporate_action"] = corporate_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_corporate_action import MarginCorporateAction  # noqa: PLC0415

        d = dict(src_dict)
        _corporate_action = d.pop("corporate_action", UNSET)
        corporate_action: MarginCorporateAction | Unset
        if isinstance(_corporate_action, Unset):
            corporate_action = UNSET
        else:
            corporate_action = MarginCorporateAction.from_dict(_corporate_action)

        margin_corporate_actions_delta_payload_msg = cls(
            corporate_action=corporate_action,
        )

        margin_corporate_actions_delta_payload_msg.additional_properties = d
        return margin_corporate_actions_delta_payload_msg

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
