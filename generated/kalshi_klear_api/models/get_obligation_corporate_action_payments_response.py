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
    from ..models.corporate_action_payment_detail import CorporateActionPaymentDetail


T = TypeVar("T", bound="GetObligationCorporateActionPaymentsResponse")


@_attrs_define
class GetObligationCorporateActionPaymentsResponse:
    """
    Attributes:
        corporate_action_payments (list[CorporateActionPaymentDetail] | Unset):
        cursor (str | Unset): Opaque cursor; pass as the `cursor` query param to fetch the next page until it is absent.
            The final page may be empty.
    """

    corporate_action_payments: list[CorporateActionPaymentDetail] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        corporate_action_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corporate_action_payments, Unset):
            corporate_action_payments = []
            for corporate_action_payments_item_data in self.corporate_action_payments:
                corporate_action_payments_item = corporate_action_payments_item_data.to_dict()
                corporate_action_payments.append(corporate_action_payments_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if corporate_action_payments is not UNSET:
            field_dict["corporate_action_payments"] = corporate_action_payments
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corporate_action_payment_detail import CorporateActionPaymentDetail  # noqa: PLC0415

        d = dict(src_dict)
        _corporate_action_payments = d.pop("corporate_action_payments", UNSET)
        corporate_action_payments: list[CorporateActionPaymentDetail] | Unset = UNSET
        if _corporate_action_payments is not UNSET:
            corporate_action_payments = LazyList(
                _corporate_action_payments or [], CorporateActionPaymentDetail, CorporateActionPaymentDetail.from_dict
            )

        cursor = d.pop("cursor", UNSET)

        get_obligation_corporate_action_payments_response = cls(
            corporate_action_payments=corporate_action_payments,
            cursor=cursor,
        )

        get_obligation_corporate_action_payments_response.additional_properties = d
        return get_obligation_corporate_action_payments_response

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
