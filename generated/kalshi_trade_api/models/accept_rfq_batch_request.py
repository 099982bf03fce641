from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accept_rfq_batch_request_accepted_side import AcceptRFQBatchRequestAcceptedSide
from ..types import (
    UNSET,
    LazyList,
    Unset,
    enum_value,
)

if TYPE_CHECKING:
    from ..models.rfq_batch_accept_limit import RFQBatchAcceptLimit


T = TypeVar("T", bound="AcceptRFQBatchRequest")


def _to_accepted_side(value: AcceptRFQBatchRequestAcceptedSide | str) -> AcceptRFQBatchRequestAcceptedSide:
    return enum_value(AcceptRFQBatchRequestAcceptedSide, value, "AcceptRFQBatchRequest.accepted_side")


@_attrs_define
class AcceptRFQBatchRequest:
    """
    Attributes:
        accepted_side (AcceptRFQBatchRequestAcceptedSide): The side to accept on every child (yes or no)
        min_bids (list[RFQBatchAcceptLimit]): Price protection, exactly one entry per child. A child whose best bid on
            the accepted side is now below its entry fails the accept. At least 2 items. At most 57 items.
        client_order_id (str | Unset): Optional idempotency key. Retrying an accept with the same client_order_id
            returns the result of the accept that succeeded.
    """

    accepted_side: AcceptRFQBatchRequestAcceptedSide = _attrs_field(converter=_to_accepted_side)
    min_bids: list[RFQBatchAcceptLimit]
    client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_side = self.accepted_side.value

        min_bids = []
        for min_bids_item_data in self.min_bids:
            min_bids_item = min_bids_item_data.to_dict()
            min_bids.append(min_bids_item)

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted_side": accepted_side,
                "min_bids": min_bids,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch_accept_limit import RFQBatchAcceptLimit  # noqa: PLC0415

        d = dict(src_dict)
        accepted_side = AcceptRFQBatchRequestAcceptedSide(d.pop("accepted_side"))

        _min_bids = d.pop("min_bids")
        min_bids = LazyList(_min_bids or [], RFQBatchAcceptLimit)

        client_order_id = d.pop("client_order_id", UNSET)

        accept_rfq_batch_request = cls(
            accepted_side=accepted_side,
            min_bids=min_bids,
            client_order_id=client_order_id,
        )

        accept_rfq_batch_request.additional_properties = d
        return accept_rfq_batch_request

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
