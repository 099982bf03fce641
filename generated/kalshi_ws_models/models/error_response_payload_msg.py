from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.error_response_payload_msg_code import ErrorResponsePayloadMsgCode
from ..types import UNSET, Unset

_ErrorResponsePayloadMsgCode_get = _t.member_lookup(ErrorResponsePayloadMsgCode)


class ErrorResponsePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        code (ErrorResponsePayloadMsgCode): Error code identifying the type of error:
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
            - 24: Index IDs required - Missing index_ids for subscribe_indices/unsubscribe_indices on
            cfbenchmarks_value / cfbenchmarks_value_5hz
            - 25: Subscription buffer overflow - The subscription's outbound buffer was exceeded
            - 26: Subscription market limit exceeded - Adding markets would exceed the per-subscription market limit
            - 27: Too many requests - The subscription exceeded its command rate limit
            - 28: Underlying tickers required - Missing underlying_tickers for
            subscribe_underlyings/unsubscribe_underlyings on pyth_value

            Codes 6, 16, and 17 are retired. The service no longer emits
            them and their numbers stay reserved. Required (reading raises MissingFieldError if absent).
        msg (str): Human-readable error message. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Optional market ticker associated with the error. Optional (None if absent).
        market_tickers (list[str]): Optional market tickers associated with the error. Empty when absent or
            null.
    """

    __slots__ = (
        "code",
        "msg",
        "market_ticker",
        "market_tickers",
    )

    code: ErrorResponsePayloadMsgCode
    """Error code identifying the type of error:
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
    - 24: Index IDs required - Missing index_ids for subscribe_indices/unsubscribe_indices on cfbenchmarks_value
    / cfbenchmarks_value_5hz
    - 25: Subscription buffer overflow - The subscription's outbound buffer was exceeded
    - 26: Subscription market limit exceeded - Adding markets would exceed the per-subscription market limit
    - 27: Too many requests - The subscription exceeded its command rate limit
    - 28: Underlying tickers required - Missing underlying_tickers for
    subscribe_underlyings/unsubscribe_underlyings on pyth_value

    Codes 6, 16, and 17 are retired. The service no longer emits
    them and their numbers stay reserved. Required (reading raises MissingFieldError if absent)."""

    msg: str
    """Human-readable error message. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str | None
    """Optional market ticker associated with the error. Optional (None if absent)."""

    market_tickers: list[str]
    """Optional market tickers associated with the error. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "code": _t.EnumField("code", ErrorResponsePayloadMsgCode, required=True),
        "msg": _t.StrField("msg", required=True),
        "market_ticker": _t.StrField("market_ticker"),
        "market_tickers": _t.ListField("market_tickers", _t.StrField("item"), empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("code")) is int and (m := _ErrorResponsePayloadMsgCode_get(v)) is not None:
            self.code = m
        else:
            self._slow_field("code")
        if type(v := g("msg")) is str:
            self.msg = v
        else:
            self._slow_field("msg")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        elif v is None:
            self.market_ticker = None
        else:
            self._slow_field("market_ticker")
        self._slow_field("market_tickers")

    def __init__(
        self,
        *,
        code: ErrorResponsePayloadMsgCode | None | Unset = UNSET,
        msg: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        market_tickers: list[str] | None | Unset = UNSET,
    ) -> None:
        """A ErrorResponsePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("code", code)
        self._set("msg", msg)
        self._set("market_ticker", market_ticker)
        self._set("market_tickers", market_tickers)
