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
    from ..models.margin_corporate_action import MarginCorporateAction


T = TypeVar("T", bound="GetMarginCorporateActionsResponse")


@_attrs_define
class GetMarginCorporateActionsResponse:
    """
    Attributes:
        corporate_actions (list[MarginCorporateAction] | Unset):
    """

    corporate_actions: list[MarginCorporateAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        corporate_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corporate_actions, Unset):
            corporate_actions = []
            for corporate_actions_item_data in self.corporate_actions:
                corporate_actions_item = corporate_actions_item_data.to_dict()
                corporate_actions.append(corporate_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if corporate_actions is not UNSET:
            field_dict["corporate_actions"] = corporate_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_corporate_action import MarginCorporateAction  # noqa: PLC0415

        d = dict(src_dict)
        _corporate_actions = d.pop("corporate_actions", UNSET)
        corporate_actions: list[MarginCorporateAction] | Unset = UNSET
        if _corporate_actions is not UNSET:
            corporate_actions = LazyList(
                _corporate_actions or [], MarginCorporateAction, MarginCorporateAction.from_dict
            )

        get_margin_corporate_actions_response = cls(
            corporate_actions=corporate_actions,
        )

        get_margin_corporate_actions_response.additional_properties = d
        return get_margin_corporate_actions_response

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
