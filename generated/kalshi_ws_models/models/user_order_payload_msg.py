from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.market_side import MarketSide
from ..models.user_order_payload_msg_self_trade_prevention_type import UserOrderPayloadMsgSelfTradePreventionType
from ..models.user_order_payload_msg_status import UserOrderPayloadMsgStatus
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="UserOrderPayloadMsg")


@_attrs_define
class UserOrderPayloadMsg:
    """
    Attributes:
        order_id (UUID | Unset): Unique order identifier
        user_id (UUID | Unset): User identifier
        ticker (str | Unset): Unique market identifier
        exchange_index (int | Unset): Identifier for the exchange shard where the order resides
        status (UserOrderPayloadMsgStatus | Unset): Current order status
        side (MarketSide | Unset): Market side
        is_yes (bool | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
            direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
        outcome_side (MarketSide | Unset): Market side
        book_side (BookSide | Unset): Side of the book for an order or trade. 'bid' is equivalent to outcome_side 'yes';
            'ask' is equivalent to outcome_side 'no'.
        yes_price_dollars (Decimal | Unset): Yes price in fixed-point dollars (4 decimals)
        fill_count_fp (Decimal | Unset): Number of contracts filled in fixed-point (2 decimals)
        remaining_count_fp (Decimal | Unset): Number of contracts remaining in fixed-point (2 decimals)
        initial_count_fp (Decimal | Unset): Initial number of contracts in fixed-point (2 decimals)
        taker_fill_cost_dollars (Decimal | Unset): Taker fill cost in fixed-point dollars (6 decimals)
        maker_fill_cost_dollars (Decimal | Unset): Maker fill cost in fixed-point dollars (6 decimals)
        taker_fees_dollars (Decimal | Unset): Taker fees in fixed-point dollars (6 decimals).
        maker_fees_dollars (Decimal | Unset): Maker fees in fixed-point dollars (6 decimals).
        client_order_id (str | Unset): Client-provided order identifier
        order_group_id (str | Unset): Order group identifier, if applicable
        self_trade_prevention_type (UserOrderPayloadMsgSelfTradePreventionType | Unset): Self-trade prevention type
        created_time (datetime.datetime | None | Unset): Deprecated - Order creation time in RFC3339 format, truncated
            to milliseconds. Use created_ts_ms instead.
        last_update_time (datetime.datetime | Unset): Deprecated - Last update time in RFC3339 format, truncated to
            milliseconds. Use last_updated_ts_ms instead.
        expiration_time (datetime.datetime | Unset): Deprecated - Order expiration time in RFC3339 format, truncated to
            milliseconds. Use expiration_ts_ms instead.
        expiration_ts_ms (int | Unset): Order expiration time as a Unix timestamp in milliseconds
        created_ts_ms (int | None | Unset): Order creation time as a Unix timestamp in milliseconds
        last_updated_ts_ms (int | Unset): Last update time as a Unix timestamp in milliseconds
        last_update_reason (LastUpdateReason | Unset): Order update reason. The value ReduceOnlyCancel means reduce_only
            capped the order at placement.
        subaccount_number (int | Unset): Subaccount number (0 for primary, 1-63 for subaccounts)
    """

    order_id: UUID | Unset = UNSET
    user_id: UUID | Unset = UNSET
    ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    status: UserOrderPayloadMsgStatus | Unset = UNSET
    side: MarketSide | Unset = UNSET
    is_yes: bool | Unset = UNSET
    outcome_side: MarketSide | Unset = UNSET
    book_side: BookSide | Unset = UNSET
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    fill_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    remaining_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    initial_count_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    taker_fill_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    maker_fill_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    taker_fees_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    maker_fees_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    client_order_id: str | Unset = UNSET
    order_group_id: str | Unset = UNSET
    self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    expiration_ts_ms: int | Unset = UNSET
    created_ts_ms: int | None | Unset = UNSET
    last_updated_ts_ms: int | Unset = UNSET
    last_update_reason: LastUpdateReason | Unset = UNSET
    subaccount_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        ticker = self.ticker

        exchange_index = self.exchange_index

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        is_yes = self.is_yes

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = self.outcome_side.value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = self.book_side.value

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        fill_count_fp = decimal_to_json(self.fill_count_fp)

        remaining_count_fp = decimal_to_json(self.remaining_count_fp)

        initial_count_fp = decimal_to_json(self.initial_count_fp)

        taker_fill_cost_dollars = decimal_to_json(self.taker_fill_cost_dollars)

        maker_fill_cost_dollars = decimal_to_json(self.maker_fill_cost_dollars)

        taker_fees_dollars = decimal_to_json(self.taker_fees_dollars)

        maker_fees_dollars = decimal_to_json(self.maker_fees_dollars)

        client_order_id = self.client_order_id

        order_group_id = self.order_group_id

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = self.self_trade_prevention_type.value

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        expiration_ts_ms = self.expiration_ts_ms

        created_ts_ms: int | None | Unset
        if isinstance(self.created_ts_ms, Unset):
            created_ts_ms = UNSET
        else:
            created_ts_ms = self.created_ts_ms

        last_updated_ts_ms = self.last_updated_ts_ms

        last_update_reason: str | Unset = UNSET
        if not isinstance(self.last_update_reason, Unset):
            last_update_reason = self.last_update_reason.value

        subaccount_number = self.subaccount_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if status is not UNSET:
            field_dict["status"] = status
        if side is not UNSET:
            field_dict["side"] = side
        if is_yes is not UNSET:
            field_dict["is_yes"] = is_yes
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if fill_count_fp is not UNSET:
            field_dict["fill_count_fp"] = fill_count_fp
        if remaining_count_fp is not UNSET:
            field_dict["remaining_count_fp"] = remaining_count_fp
        if initial_count_fp is not UNSET:
            field_dict["initial_count_fp"] = initial_count_fp
        if taker_fill_cost_dollars is not UNSET:
            field_dict["taker_fill_cost_dollars"] = taker_fill_cost_dollars
        if maker_fill_cost_dollars is not UNSET:
            field_dict["maker_fill_cost_dollars"] = maker_fill_cost_dollars
        if taker_fees_dollars is not UNSET:
            field_dict["taker_fees_dollars"] = taker_fees_dollars
        if maker_fees_dollars is not UNSET:
            field_dict["maker_fees_dollars"] = maker_fees_dollars
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if expiration_ts_ms is not UNSET:
            field_dict["expiration_ts_ms"] = expiration_ts_ms
        if created_ts_ms is not UNSET:
            field_dict["created_ts_ms"] = created_ts_ms
        if last_updated_ts_ms is not UNSET:
            field_dict["last_updated_ts_ms"] = last_updated_ts_ms
        if last_update_reason is not UNSET:
            field_dict["last_update_reason"] = last_update_reason
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = UUID(_order_id)

        _user_id = d.pop("user_id", UNSET)
        user_id: UUID | Unset
        if isinstance(_user_id, Unset):
            user_id = UNSET
        else:
            user_id = UUID(_user_id)

        ticker = d.pop("ticker", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        _status = d.pop("status", UNSET)
        status: UserOrderPayloadMsgStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserOrderPayloadMsgStatus(_status)

        _side = d.pop("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide(_side)

        is_yes = d.pop("is_yes", UNSET)

        _outcome_side = d.pop("outcome_side", UNSET)
        outcome_side: MarketSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = MarketSide(_outcome_side)

        _book_side = d.pop("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide(_book_side)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        fill_count_fp = d.pop("fill_count_fp", UNSET)

        remaining_count_fp = d.pop("remaining_count_fp", UNSET)

        initial_count_fp = d.pop("initial_count_fp", UNSET)

        taker_fill_cost_dollars = d.pop("taker_fill_cost_dollars", UNSET)

        maker_fill_cost_dollars = d.pop("maker_fill_cost_dollars", UNSET)

        taker_fees_dollars = d.pop("taker_fees_dollars", UNSET)

        maker_fees_dollars = d.pop("maker_fees_dollars", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        order_group_id = d.pop("order_group_id", UNSET)

        _self_trade_prevention_type = d.pop("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = UserOrderPayloadMsgSelfTradePreventionType(_self_trade_prevention_type)

        def _parse_created_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_time_type_0 = datetime.datetime.fromisoformat(data)

                return created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        _last_update_time = d.pop("last_update_time", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        _expiration_time = d.pop("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        expiration_ts_ms = d.pop("expiration_ts_ms", UNSET)

        def _parse_created_ts_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_ts_ms = _parse_created_ts_ms(d.pop("created_ts_ms", UNSET))

        last_updated_ts_ms = d.pop("last_updated_ts_ms", UNSET)

        _last_update_reason = d.pop("last_update_reason", UNSET)
        last_update_reason: LastUpdateReason | Unset
        if isinstance(_last_update_reason, Unset):
            last_update_reason = UNSET
        else:
            last_update_reason = LastUpdateReason(_last_update_reason)

        subaccount_number = d.pop("subaccount_number", UNSET)

        user_order_payload_msg = cls(
            order_id=order_id,
            user_id=user_id,
            ticker=ticker,
            exchange_index=exchange_index,
            status=status,
            side=side,
            is_yes=is_yes,
            outcome_side=outcome_side,
            book_side=book_side,
            yes_price_dollars=yes_price_dollars,
            fill_count_fp=fill_count_fp,
            remaining_count_fp=remaining_count_fp,
            initial_count_fp=initial_count_fp,
            taker_fill_cost_dollars=taker_fill_cost_dollars,
            maker_fill_cost_dollars=maker_fill_cost_dollars,
            taker_fees_dollars=taker_fees_dollars,
            maker_fees_dollars=maker_fees_dollars,
            client_order_id=client_order_id,
            order_group_id=order_group_id,
            self_trade_prevention_type=self_trade_prevention_type,
            created_time=created_time,
            last_update_time=last_update_time,
            expiration_time=expiration_time,
            expiration_ts_ms=expiration_ts_ms,
            created_ts_ms=created_ts_ms,
            last_updated_ts_ms=last_updated_ts_ms,
            last_update_reason=last_update_reason,
            subaccount_number=subaccount_number,
        )

        user_order_payload_msg.additional_properties = d
        return user_order_payload_msg

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
