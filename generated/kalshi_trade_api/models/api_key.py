from __future__ import annotations

from .. import types as _t
from ..models.api_key_scope import ApiKeyScope
from ..types import UNSET, Unset


class ApiKey(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        api_key_id (str): Unique identifier for the API key. Required (reading raises MissingFieldError if
            absent).
        name (str): User-provided name for the API key. Required (reading raises MissingFieldError if absent).
        scopes (list[ApiKeyScope]): List of scopes granted to this API key. Empty when absent or null.
        subaccount (int): If set, the API key is restricted to this single sub-account and may only read and
            trade on it. Absent/null means the key is unrestricted. Minimum: 0. Maximum: 63. Optional (None if
            absent).
        fcm_subtrader_id (str): If set, the API key is bound to this single FCM subtrader
            ({fcm_user_id}_{suffix}) and is usable only as that institution's trading credential - FIX sessions and
            subtrader-scoped margin WebSocket sessions; every REST endpoint is denied. Absent/null means the key
            carries no subtrader binding. Optional (None if absent).
    """

    __slots__ = (
        "api_key_id",
        "name",
        "scopes",
        "subaccount",
        "fcm_subtrader_id",
    )

    api_key_id: str
    """Unique identifier for the API key. Required (reading raises MissingFieldError if absent)."""

    name: str
    """User-provided name for the API key. Required (reading raises MissingFieldError if absent)."""

    scopes: list[ApiKeyScope]
    """List of scopes granted to this API key. Empty when absent or null."""

    subaccount: int | None
    """If set, the API key is restricted to this single sub-account and may only read and trade on it. Absent/null
    means the key is unrestricted. Minimum: 0. Maximum: 63. Optional (None if absent)."""

    fcm_subtrader_id: str | None
    """If set, the API key is bound to this single FCM subtrader ({fcm_user_id}_{suffix}) and is usable only as
    that institution's trading credential - FIX sessions and subtrader-scoped margin WebSocket sessions; every
    REST endpoint is denied. Absent/null means the key carries no subtrader binding. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "api_key_id": _t.StrField("api_key_id", required=True),
        "name": _t.StrField("name", required=True),
        "scopes": _t.ListField("scopes", _t.EnumField("item", ApiKeyScope), required=True, empty=True),
        "subaccount": _t.IntField("subaccount", nullable=True),
        "fcm_subtrader_id": _t.StrField("fcm_subtrader_id", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("api_key_id")) is str:
            self.api_key_id = v
        else:
            self._slow_field("api_key_id")
        if type(v := g("name")) is str:
            self.name = v
        else:
            self._slow_field("name")
        self._slow_field("scopes")
        if type(v := g("subaccount")) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")
        if type(v := g("fcm_subtrader_id")) is str:
            self.fcm_subtrader_id = v
        elif v is None:
            self.fcm_subtrader_id = None
        else:
            self._slow_field("fcm_subtrader_id")

    def __init__(
        self,
        *,
        api_key_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        scopes: list[ApiKeyScope] | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
        fcm_subtrader_id: str | None | Unset = UNSET,
    ) -> None:
        """A ApiKey from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("api_key_id", api_key_id)
        self._set("name", name)
        self._set("scopes", scopes)
        self._set("subaccount", subaccount)
        self._set("fcm_subtrader_id", fcm_subtrader_id)
