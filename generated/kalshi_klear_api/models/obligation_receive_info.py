from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class ObligationReceiveInfo(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Required (reading raises MissingFieldError if absent).
        type_ (str): Required (reading raises MissingFieldError if absent).
        amount_centicents (int): Required (reading raises MissingFieldError if absent).
        external_reference (str): Required (reading raises MissingFieldError if absent).
        created_ts (datetime.datetime): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "type_",
        "amount_centicents",
        "external_reference",
        "created_ts",
    )

    id: str
    """Required (reading raises MissingFieldError if absent)."""

    type_: str
    """Required (reading raises MissingFieldError if absent)."""

    amount_centicents: int
    """Required (reading raises MissingFieldError if absent)."""

    external_reference: str
    """Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "type_": _t.StrField("type", required=True),
        "amount_centicents": _t.IntField("amount_centicents", required=True),
        "external_reference": _t.StrField("external_reference", required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g("type")) is str:
            self.type_ = v
        else:
            self._slow_field("type_")
        if type(v := g("amount_centicents")) is int:
            self.amount_centicents = v
        else:
            self._slow_field("amount_centicents")
        if type(v := g("external_reference")) is str:
            self.external_reference = v
        else:
            self._slow_field("external_reference")
        if (t := _tc(v := g("created_ts"))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        amount_centicents: int | None | Unset = UNSET,
        external_reference: str | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A ObligationReceiveInfo from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("type_", type_)
        self._set("amount_centicents", amount_centicents)
        self._set("external_reference", external_reference)
        self._set("created_ts", created_ts)
