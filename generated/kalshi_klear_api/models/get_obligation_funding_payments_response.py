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
    from ..models.funding_payment_detail import FundingPaymentDetail


T = TypeVar("T", bound="GetObligationFundingPaymentsResponse")


@_attrs_define
class GetObligationFundingPaymentsResponse:
    """
    Attributes:
        funding_payments (list[FundingPaymentDetail] | Unset):
        cursor (str | Unset): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
            are no more results.
    """

    funding_payments: list[FundingPaymentDetail] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_payments, Unset):
            funding_payments = []
            for funding_payments_item_data in self.funding_payments:
                funding_payments_item = funding_payments_item_data.to_dict()
                funding_payments.append(funding_payments_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funding_payments is not UNSET:
            field_dict["funding_payments"] = funding_payments
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_payment_detail import FundingPaymentDetail  # noqa: PLC0415

        d = dict(src_dict)
        _funding_payments = d.pop("funding_payments", UNSET)
        funding_payments: list[FundingPaymentDetail] | Unset = UNSET
        if _funding_payments is not UNSET:
            funding_payments = LazyList(_funding_payments or [], FundingPaymentDetail, FundingPaymentDetail.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_obligation_funding_payments_response = cls(
            funding_payments=funding_payments,
            cursor=cursor,
        )

        get_obligation_funding_payments_response.additional_properties = d
        return get_obligation_funding_payments_response

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
