from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_payload_msg_code import ErrorResponsePayloadMsgCode
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ErrorResponsePayloadMsg")


@_attrs_define
class ErrorResponsePayloadMsg:
    """
    Attributes:
        code (ErrorResponsePayloadMsgCode | Unset): Error code identifying the type of error:
            - 1: Unable to process message - General processing error
            - 2: Params required - Missing params object in command
            - 3: Channels required - Missing channels array in subscribe
            - 4: Subscription IDs required - Missing sids in unsubscribe
            - 5: Unknown command - Invalid command name
            - 7: Unknown subscription ID - Subscription ID not found
            - 8: Unknown channel name - Invalid channel in subscribe
            - 9: Authentication required - Channel requires authenticated connection
            - 10: Channel error - Channel-specific error
            - 11: Invalid parameter - Malformed parameter value
            - 12: Exactly one subscription ID is required - For update_subscription
            - 13: Unsupported action - Invalid action for update_subscription
            - 14: Market Ticker required - Missing market specification (market_ticker or market_id)
            - 15: Action required - Missing action in update_subscription
            - 18: Command timeout - Server timed out while processing command
            - 19: shard_factor must be > 0 - Invalid shard_factor
            - 20: shard_factor is required when shard_key is set - Missing shard_factor when shard_key is set
            - 21: shard_key must be >= 0 and < shard_factor - Invalid shard_key
            - 22: shard_factor must be <= 100 - shard_factor too large
            - 23: Match IDs required - Missing match_ids for the channel/action
            - 24: Index IDs required - Missing index_ids for subscribe_indices/unsubscribe_indices on cfbenchmarks_value /
            cfbenchmarks_value_5hz
            - 25: Subscription buffer overflow - The subscription's outbound buffer was exceeded
            - 26: Subscription market limit exceeded - Adding markets would exceed the per-subscription market limit
            - 27: Too many requests - The subscription exceeded its command rate limit
            - 28: Underlying tickers required - Missing underlying_tickers for subscribe_underlyings/unsubscribe_underlyings
            on pyth_value

            Codes 6, 16, and 17 are retired. The service no longer emits
            them and their numbers stay reserved.
        msg (str | Unset): Human-readable error message
        market_ticker (str | Unset): Optional market ticker associated with the error
        market_tickers (list[str] | Unset): Optional market tickers associated with the error
    """

    code: ErrorResponsePayloadMsgCode | Unset = UNSET
    msg: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        msg = self.msg

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: ErrorResponsePayloadMsgCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = ErrorResponsePayloadMsgCode(_code)

        msg = d.pop("msg", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        _market_tickers = d.pop("market_tickers", UNSET)
        market_tickers = cast(list[str], [] if _market_tickers is None else _market_tickers)

        error_response_payload_msg = cls(
            code=code,
            msg=msg,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
        )

        error_response_payload_msg.additional_properties = d
        return error_response_payload_msg

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
