from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_status import RFQStatus
from ..types import (
    UNSET,
    LazyList,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


T = TypeVar("T", bound="RFQ")


@_attrs_define
class RFQ:
    """
    Attributes:
        id (str | Unset): UUID of the RFQ. Preserve the exact returned string.
        creator_id (str | Unset): Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is
            enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator sees
            their normal ID. After successful quote execution, subsequent RFQ responses show the normal public
            communications ID to all viewers.
        market_ticker (str | Unset): The ticker of the market this RFQ is for
        contracts_fp (Decimal | Unset): String representation of the number of contracts requested in the RFQ Example:
            10.00.
        target_cost_dollars (Decimal | Unset): Total value of the RFQ in dollars Example: 0.5600.
        target_cost_excludes_fees (bool | Unset): True when the target cost is principal-only and quote sizes are
            computed without reserving taker fees (fees are charged on top).
        status (RFQStatus | Unset): Current status of the RFQ (open, closed)
        created_ts (datetime.datetime | Unset): Timestamp when the RFQ was created
        mve_collection_ticker (str | Unset): Ticker of the MVE collection this market belongs to
        mve_selected_legs (list[MveSelectedLeg] | Unset): Selected legs for the MVE collection
        rest_remainder (bool | Unset): Whether to rest the remainder of the RFQ after execution
        cancellation_reason (str | Unset): Reason for RFQ cancellation if cancelled
        creator_user_id (str | Unset): User ID of the RFQ creator (private field)
        creator_subaccount (int | Unset): Subaccount number of the RFQ creator (visible when the caller is the RFQ
            creator)
        cancelled_ts (datetime.datetime | Unset): Timestamp when the RFQ was cancelled
        updated_ts (datetime.datetime | Unset): Timestamp when the RFQ was last updated
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    contracts_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    target_cost_excludes_fees: bool | Unset = UNSET
    status: RFQStatus | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        contracts_fp = decimal_to_json(self.contracts_fp)

        target_cost_dollars = decimal_to_json(self.target_cost_dollars)

        target_cost_excludes_fees = self.target_cost_excludes_fees

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        rest_remainder = self.rest_remainder

        cancellation_reason = self.cancellation_reason

        creator_user_id = self.creator_user_id

        creator_subaccount = self.creator_subaccount

        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mve_selected_leg import MveSelectedLeg  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        contracts_fp = d.pop("contracts_fp", UNSET)

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)

        _status = d.pop("status", UNSET)
        status: RFQStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RFQStatus(_status)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = LazyList(_mve_selected_legs or [], MveSelectedLeg, MveSelectedLeg.from_dict)

        rest_remainder = d.pop("rest_remainder", UNSET)

        cancellation_reason = d.pop("cancellation_reason", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        creator_subaccount = d.pop("creator_subaccount", UNSET)

        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        rfq = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            status=status,
            created_ts=created_ts,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            rest_remainder=rest_remainder,
            cancellation_reason=cancellation_reason,
            creator_user_id=creator_user_id,
            creator_subaccount=creator_subaccount,
            cancelled_ts=cancelled_ts,
            updated_ts=updated_ts,
        )

        rfq.additional_properties = d
        return rfq

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
