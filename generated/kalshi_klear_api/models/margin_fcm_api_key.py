from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginFcmApiKey(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        api_key_id (str): Required (reading raises MissingFieldError if absent).
        name (str): Required (reading raises MissingFieldError if absent).
        fcm_subtrader_id (str): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    api_key_id: str = _field(_t.StrField("api_key_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    name: str = _field(_t.StrField("name", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    fcm_subtrader_id: str = _field(_t.StrField("fcm_subtrader_id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        api_key_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        fcm_subtrader_id: str | None | Unset = UNSET,
    ) -> None:
        """A MarginFcmApiKey from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("api_key_id", api_key_id)
        self._set("name", name)
        self._set("fcm_subtrader_id", fcm_subtrader_id)
