from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_order_payload_msg import UserOrderPayloadMsg


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class UserOrderPayload(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        type_ (Literal['user_order']): Required (reading raises MissingFieldError if absent).
        sid (int): Server-generated subscription identifier (sid) used to identify the channel. Required
            (reading raises MissingFieldError if absent).
        msg (UserOrderPayloadMsg): Required (reading raises MissingFieldError if absent).
        sending_ts_ms (int): Unix timestamp in milliseconds when Kalshi queued this message at the network
            layer. Optional (None if absent).
    """

    __slots__ = ()

    type_: Literal["user_order"] = _field(_t.ConstField("type", "user_order", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    sid: int = _field(_t.IntField("sid", required=True))
    """Server-generated subscription identifier (sid) used to identify the channel. Required (reading raises
    MissingFieldError if absent)."""

    msg: UserOrderPayloadMsg = _field(
        _t.ModelField("msg", f"{__package__}.user_order_payload_msg", "UserOrderPayloadMsg", required=True)
    )
    """Required (reading raises MissingFieldError if absent)."""

    sending_ts_ms: int | None = _field(_t.IntField("sending_ts_ms"))
    """Unix timestamp in milliseconds when Kalshi queued this message at the network layer. Optional (None if
    absent)."""

    def __init__(
        self,
        *,
        type_: Literal["user_order"] | None | Unset = UNSET,
        sid: int | None | Unset = UNSET,
        msg: UserOrderPayloadMsg | None | Unset = UNSET,
        sending_ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A UserOrderPayload from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("type_", type_)
        self._set("sid", sid)
        self._set("msg", msg)
        self._set("sending_ts_ms", sending_ts_ms)
