from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class MarginFcmApiKey(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        api_key_id (str): Required (reading raises MissingFieldError if absent).
        name (str): Required (reading raises MissingFieldError if absent).
        fcm_subtrader_id (str): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "api_key_id",
        "name",
        "fcm_subtrader_id",
    )

    api_key_id: str
    """Required (reading raises MissingFieldError if absent)."""

    name: str
    """Required (reading raises MissingFieldError if absent)."""

    fcm_subtrader_id: str
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "api_key_id": _t.StrField("api_key_id", required=True),
        "name": _t.StrField("name", required=True),
        "fcm_subtrader_id": _t.StrField("fcm_subtrader_id", required=True),
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
        if type(v := g("fcm_subtrader_id")) is str:
            self.fcm_subtrader_id = v
        else:
            self._slow_field("fcm_subtrader_id")

    def __init__(
        self,
        *,
        api_key_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        fcm_subtrader_id: str | None | Unset = UNSET,
    ) -> None:
        """A MarginFcmApiKey from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("api_key_id", api_key_id)
        self._set("name", name)
        self._set("fcm_subtrader_id", fcm_subtrader_id)
