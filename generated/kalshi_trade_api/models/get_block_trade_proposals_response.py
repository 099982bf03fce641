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
    from ..models.block_trade_proposal import BlockTradeProposal


T = TypeVar("T", bound="GetBlockTradeProposalsResponse")


@_attrs_define
class GetBlockTradeProposalsResponse:
    """
    Attributes:
        block_trade_proposals (list[BlockTradeProposal] | Unset): List of block trade proposals
        cursor (str | Unset): Cursor for pagination to get the next page of results
    """

    block_trade_proposals: list[BlockTradeProposal] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_trade_proposals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.block_trade_proposals, Unset):
            block_trade_proposals = []
            for block_trade_proposals_item_data in self.block_trade_proposals:
                block_trade_proposals_item = block_trade_proposals_item_data.to_dict()
                block_trade_proposals.append(block_trade_proposals_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_trade_proposals is not UNSET:
            field_dict["block_trade_proposals"] = block_trade_proposals
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_trade_proposal import BlockTradeProposal  # noqa: PLC0415

        d = dict(src_dict)
        _block_trade_proposals = d.pop("block_trade_proposals", UNSET)
        block_trade_proposals: list[BlockTradeProposal] | Unset = UNSET
        if _block_trade_proposals is not UNSET:
            block_trade_proposals = LazyList(
                _block_trade_proposals or [], BlockTradeProposal, BlockTradeProposal.from_dict
            )

        cursor = d.pop("cursor", UNSET)

        get_block_trade_proposals_response = cls(
            block_trade_proposals=block_trade_proposals,
            cursor=cursor,
        )

        get_block_trade_proposals_response.additional_properties = d
        return get_block_trade_proposals_response

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
