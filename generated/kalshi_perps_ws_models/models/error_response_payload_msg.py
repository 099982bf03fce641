from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.error_response_payload_msg_code import ErrorResponsePayloadMsgCode
from ..types import UNSET, Unset

_ErrorResponsePayloadMsgCode_get = _t.member_lookup(ErrorResponsePayloadMsgCode)


class ErrorResponsePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        code (ErrorResponsePayloadMsgCode): Error codes the Margin WebSocket endpoint can emit.
            Numbering is shared with the Predictions WebSocket API, so the list is
            not contiguous. Codes 23, 24, and 28 are used only on channels
            outside the public Margin surface. Codes 6, 16, and 17 are
            retired; the service no longer emits them and their numbers
            stay reserved. Required (reading raises MissingFieldError if absent).
        msg (str): Required (reading raises MissingFieldError if absent).
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
    """Error codes the Margin WebSocket endpoint can emit.
    Numbering is shared with the Predictions WebSocket API, so the list is
    not contiguous. Codes 23, 24, and 28 are used only on channels
    outside the public Margin surface. Codes 6, 16, and 17 are
    retired; the service no longer emits them and their numbers
    stay reserved. Required (reading raises MissingFieldError if absent)."""

    msg: str
    """Required (reading raises MissingFieldError if absent)."""

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
