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
    from ..models.member_funding_payment import MemberFundingPayment


T = TypeVar("T", bound="GetMemberFundingPaymentsResponse")


@_attrs_define
class GetMemberFundingPaymentsResponse:
    """
    Attributes:
        payments (list[MemberFundingPayment] | Unset):
        cursor (str | Unset): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
            are no more results.
    """

    payments: list[MemberFundingPayment] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payments is not UNSET:
            field_dict["payments"] = payments
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_funding_payment import MemberFundingPayment  # noqa: PLC0415

        d = dict(src_dict)
        _payments = d.pop("payments", UNSET)
        payments: list[MemberFundingPayment] | Unset = UNSET
        if _payments is not UNSET:
            payments = LazyList(_payments or [], MemberFundingPayment, MemberFundingPayment.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_member_funding_payments_response = cls(
            payments=payments,
            cursor=cursor,
        )

        get_member_funding_payments_response.additional_properties = d
        return get_member_funding_payments_response

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
