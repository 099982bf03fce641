from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_class import AssetClass
from ..types import (
    UNSET,
    LazyList,
    Unset,
    enum_value,
)

if TYPE_CHECKING:
    from ..models.corporate_action_payment_detail import CorporateActionPaymentDetail
    from ..models.funding_payment_detail import FundingPaymentDetail
    from ..models.maintenance_margin_detail import MaintenanceMarginDetail
    from ..models.obligation_receive_info import ObligationReceiveInfo
    from ..models.settlement_detail import SettlementDetail


T = TypeVar("T", bound="ObligationEntry")


def _to_asset_class(value: AssetClass | str | Unset) -> AssetClass | Unset:
    return value if isinstance(value, Unset) else enum_value(AssetClass, value, "ObligationEntry.asset_class")


@_attrs_define
class ObligationEntry:
    """
    Attributes:
        id (str | Unset):
        user_id (str | Unset):
        amount_centicents (int | Unset): Net settlement amount in USD as centicents (1 USD = 10,000
            centicents). All monetary fields on this API are returned in
            centicents. Total the clearing member owes or is owed, inclusive
            of PnL, fees, and maintenance margin changes. Negative means the
            clearing member pays Kalshi Klear; positive means Kalshi Klear
            pays the clearing member.
        fees_centicents (int | Unset): Trading fees incurred during the settlement period.
        maintenance_margin_centicents (int | Unset): Current maintenance margin requirement for this obligation.
        pnl_centicents (int | Unset): Total PnL for this settlement period; the sum of the settlement details for this
            settlement cycle.
        execution_time (datetime.datetime | Unset): Settlement cycle time this obligation belongs to.
        last_updated_ts (datetime.datetime | Unset): Timestamp of the last status change on this obligation.
        asset_class (AssetClass | Unset): Asset class of the margin markets covered by this entry.
        receives (list[ObligationReceiveInfo] | Unset):
        settlement_details (list[SettlementDetail] | Unset): Per-market, per-subtrader breakdown of the settlement
            amount.
            This structure may change in future versions as margin
            methodology evolves (e.g. portfolio margin).
        maintenance_margin_details (list[MaintenanceMarginDetail] | Unset): Breakdown of the maintenance margin
            requirement and the delta
            from the prior settlement.
        funding_payments (list[FundingPaymentDetail] | Unset): Per-market, per-subtrader, per-funding-period breakdown
            of the
            funding payments settled by this obligation.
        corporate_action_payments (list[CorporateActionPaymentDetail] | Unset): Cash and split corporate-action payments
            settled by this obligation, already reflected in settlement PnL. Empty when no corporate-action payments apply.
        corporate_action_payments_truncated (bool | Unset): Set when corporate_action_payments was capped at the
            1000-row inline limit; page the full set via /margin/obligations/{obligation_id}/corporate_action_payments.
        settlement_details_truncated (bool | Unset): Set when settlement_details was capped at the 1000-row inline
            limit; page the full set via /margin/obligations/{obligation_id}/settlement_details.
        maintenance_margin_details_truncated (bool | Unset): Set when maintenance_margin_details was capped at the
            1000-row inline limit; page the full set via /margin/obligations/{obligation_id}/maintenance_margin_details.
        funding_payments_truncated (bool | Unset): Set when funding_payments was capped at the 1000-row inline limit;
            page the full set via /margin/obligations/{obligation_id}/funding_payments.
    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    amount_centicents: int | Unset = UNSET
    fees_centicents: int | Unset = UNSET
    maintenance_margin_centicents: int | Unset = UNSET
    pnl_centicents: int | Unset = UNSET
    execution_time: datetime.datetime | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    asset_class: AssetClass | Unset = _attrs_field(default=UNSET, converter=_to_asset_class)
    receives: list[ObligationReceiveInfo] | Unset = UNSET
    settlement_details: list[SettlementDetail] | Unset = UNSET
    maintenance_margin_details: list[MaintenanceMarginDetail] | Unset = UNSET
    funding_payments: list[FundingPaymentDetail] | Unset = UNSET
    corporate_action_payments: list[CorporateActionPaymentDetail] | Unset = UNSET
    corporate_action_payments_truncated: bool | Unset = UNSET
    settlement_details_truncated: bool | Unset = UNSET
    maintenance_margin_details_truncated: bool | Unset = UNSET
    funding_payments_truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        amount_centicents = self.amount_centicents

        fees_centicents = self.fees_centicents

        maintenance_margin_centicents = self.maintenance_margin_centicents

        pnl_centicents = self.pnl_centicents

        execution_time: str | Unset = UNSET
        if not isinstance(self.execution_time, Unset):
            execution_time = self.execution_time.isoformat()

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        receives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.receives, Unset):
            receives = []
            for receives_item_data in self.receives:
                receives_item = receives_item_data.to_dict()
                receives.append(receives_item)

        settlement_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settlement_details, Unset):
            settlement_details = []
            for settlement_details_item_data in self.settlement_details:
                settlement_details_item = settlement_details_item_data.to_dict()
                settlement_details.append(settlement_details_item)

        maintenance_margin_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maintenance_margin_details, Unset):
            maintenance_margin_details = []
            for maintenance_margin_details_item_data in self.maintenance_margin_details:
                maintenance_margin_details_item = maintenance_margin_details_item_data.to_dict()
                maintenance_margin_details.append(maintenance_margin_details_item)

        funding_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_payments, Unset):
            funding_payments = []
            for funding_payments_item_data in self.funding_payments:
                funding_payments_item = funding_payments_item_data.to_dict()
                funding_payments.append(funding_payments_item)

        corporate_action_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corporate_action_payments, Unset):
            corporate_action_payments = []
            for corporate_action_payments_item_data in self.corporate_action_payments:
                corporate_action_payments_item = corporate_action_payments_item_data.to_dict()
                corporate_action_payments.append(corporate_action_payments_item)

        corporate_action_payments_truncated = self.corporate_action_payments_truncated

        settlement_details_truncated = self.settlement_details_truncated

        maintenance_margin_details_truncated = self.maintenance_margin_details_truncated

        funding_payments_truncated = self.funding_payments_truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount_centicents is not UNSET:
            field_dict["amount_centicents"] = amount_centicents
        if fees_centicents is not UNSET:
            field_dict["fees_centicents"] = fees_centicents
        if maintenance_margin_centicents is not UNSET:
            field_dict["maintenance_margin_centicents"] = maintenance_margin_centicents
        if pnl_centicents is not UNSET:
            field_dict["pnl_centicents"] = pnl_centicents
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if receives is not UNSET:
            field_dict["receives"] = receives
        if settlement_details is not UNSET:
            field_dict["settlement_details"] = settlement_details
        if maintenance_margin_details is not UNSET:
            field_dict["maintenance_margin_details"] = maintenance_margin_details
        if funding_payments is not UNSET:
            field_dict["funding_payments"] = funding_payments
        if corporate_action_payments is not UNSET:
            field_dict["corporate_action_payments"] = corporate_action_payments
        if corporate_action_payments_truncated is not UNSET:
            field_dict["corporate_action_payments_truncated"] = corporate_action_payments_truncated
        if settlement_details_truncated is not UNSET:
            field_dict["settlement_details_truncated"] = settlement_details_truncated
        if maintenance_margin_details_truncated is not UNSET:
            field_dict["maintenance_margin_details_truncated"] = maintenance_margin_details_truncated
        if funding_payments_truncated is not UNSET:
            field_dict["funding_payments_truncated"] = funding_payments_truncated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corporate_action_payment_detail import CorporateActionPaymentDetail  # noqa: PLC0415
        from ..models.funding_payment_detail import FundingPaymentDetail  # noqa: PLC0415
        from ..models.maintenance_margin_detail import MaintenanceMarginDetail  # noqa: PLC0415
        from ..models.obligation_receive_info import ObligationReceiveInfo  # noqa: PLC0415
        from ..models.settlement_detail import SettlementDetail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount_centicents = d.pop("amount_centicents", UNSET)

        fees_centicents = d.pop("fees_centicents", UNSET)

        maintenance_margin_centicents = d.pop("maintenance_margin_centicents", UNSET)

        pnl_centicents = d.pop("pnl_centicents", UNSET)

        _execution_time = d.pop("execution_time", UNSET)
        execution_time: datetime.datetime | Unset
        if isinstance(_execution_time, Unset):
            execution_time = UNSET
        else:
            execution_time = datetime.datetime.fromisoformat(_execution_time)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        _asset_class = d.pop("asset_class", UNSET)
        asset_class: AssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = AssetClass(_asset_class)

        _receives = d.pop("receives", UNSET)
        receives: list[ObligationReceiveInfo] | Unset = UNSET
        if _receives is not UNSET:
            receives = LazyList(_receives or [], ObligationReceiveInfo)

        _settlement_details = d.pop("settlement_details", UNSET)
        settlement_details: list[SettlementDetail] | Unset = UNSET
        if _settlement_details is not UNSET:
            settlement_details = LazyList(_settlement_details or [], SettlementDetail)

        _maintenance_margin_details = d.pop("maintenance_margin_details", UNSET)
        maintenance_margin_details: list[MaintenanceMarginDetail] | Unset = UNSET
        if _maintenance_margin_details is not UNSET:
            maintenance_margin_details = LazyList(_maintenance_margin_details or [], MaintenanceMarginDetail)

        _funding_payments = d.pop("funding_payments", UNSET)
        funding_payments: list[FundingPaymentDetail] | Unset = UNSET
        if _funding_payments is not UNSET:
            funding_payments = LazyList(_funding_payments or [], FundingPaymentDetail)

        _corporate_action_payments = d.pop("corporate_action_payments", UNSET)
        corporate_action_payments: list[CorporateActionPaymentDetail] | Unset = UNSET
        if _corporate_action_payments is not UNSET:
            corporate_action_payments = LazyList(_corporate_action_payments or [], CorporateActionPaymentDetail)

        corporate_action_payments_truncated = d.pop("corporate_action_payments_truncated", UNSET)

        settlement_details_truncated = d.pop("settlement_details_truncated", UNSET)

        maintenance_margin_details_truncated = d.pop("maintenance_margin_details_truncated", UNSET)

        funding_payments_truncated = d.pop("funding_payments_truncated", UNSET)

        obligation_entry = cls(
            id=id,
            user_id=user_id,
            amount_centicents=amount_centicents,
            fees_centicents=fees_centicents,
            maintenance_margin_centicents=maintenance_margin_centicents,
            pnl_centicents=pnl_centicents,
            execution_time=execution_time,
            last_updated_ts=last_updated_ts,
            asset_class=asset_class,
            receives=receives,
            settlement_details=settlement_details,
            maintenance_margin_details=maintenance_margin_details,
            funding_payments=funding_payments,
            corporate_action_payments=corporate_action_payments,
            corporate_action_payments_truncated=corporate_action_payments_truncated,
            settlement_details_truncated=settlement_details_truncated,
            maintenance_margin_details_truncated=maintenance_margin_details_truncated,
            funding_payments_truncated=funding_payments_truncated,
        )

        obligation_entry.additional_properties = d
        return obligation_entry

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
