from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ProposeBlockTradeResponse")


@_attrs_define
class ProposeBlockTradeResponse:
    """
    Attributes:
        block_trade_proposal_id (str | Unset): The ID of the newly created block trade proposal
    """

    block_trade_proposal_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_trade_proposal_id = self.block_trade_proposal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_trade_proposal_id is not UNSET:
            field_dict["block_trade_proposal_id"] = block_trade_proposal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block_trade_proposal_id = d.pop("block_trade_proposal_id", UNSET)

        propose_block_trade_response = cls(
            block_trade_proposal_id=block_trade_proposal_id,
        )

        propose_block_trade_response.additional_properties = d
        return propose_block_trade_response

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
