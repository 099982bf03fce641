from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class CreateApiKeyResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        api_key_id (str): Unique identifier for the newly created API key. Required (reading raises
            MissingFieldError if absent).
        warning (str): Present only when the minted key is bound to an FCM subtrader that is missing a per-
            subtrader risk control - the initial-margin cap (margin lane) or the event-contract daily cap. The mint
            still succeeds; the warning names each missing control - an event-contract subtrader without a daily cap
            has its event-contract orders rejected until one is set, while a margin subtrader without an initial-
            margin cap is bounded only by firm-level risk limits. Optional (None if absent).
    """

    __slots__ = (
        "api_key_id",
        "warning",
    )

    api_key_id: str
    """Unique identifier for the newly created API key. Required (reading raises MissingFieldError if absent)."""

    warning: str | None
    """Present only when the minted key is bound to an FCM subtrader that is missing a per-subtrader risk control -
    the initial-margin cap (margin lane) or the event-contract daily cap. The mint still succeeds; the warning
    names each missing control - an event-contract subtrader without a daily cap has its event-contract orders
    rejected until one is set, while a margin subtrader without an initial-margin cap is bounded only by firm-
    level risk limits. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "api_key_id": _t.StrField("api_key_id", required=True),
        "warning": _t.StrField("warning", nullable=True),
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
        if type(v := g("warning")) is str:
            self.warning = v
        elif v is None:
            self.warning = None
        else:
            self._slow_field("warning")

    def __init__(
        self,
        *,
        api_key_id: str | None | Unset = UNSET,
        warning: str | None | Unset = UNSET,
    ) -> None:
        """A CreateApiKeyResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("api_key_id", api_key_id)
        self._set("warning", warning)
