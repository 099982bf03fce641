from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class ObligationReceiveInfo(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Required (reading raises MissingFieldError if absent).
        type_ (str): Required (reading raises MissingFieldError if absent).
        amount_centicents (int): Required (reading raises MissingFieldError if absent).
        external_reference (str): Required (reading raises MissingFieldError if absent).
        created_ts (datetime.datetime): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    type_: str = _field(_t.StrField("type", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    amount_centicents: int = _field(_t.IntField("amount_centicents", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    external_reference: str = _field(_t.StrField("external_reference", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime = _field(_t.DateTimeField("created_ts", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("id")) is str:
            d["id"] = v
        else:
            self._slow_field("id")
        if type(v := g("type")) is str:
            d["type_"] = v
        else:
            self._slow_field("type_")
        if type(v := g("amount_centicents")) is int:
            d["amount_centicents"] = v
        else:
            self._slow_field("amount_centicents")
        if type(v := g("external_reference")) is str:
            d["external_reference"] = v
        else:
            self._slow_field("external_reference")
        if (t := _tc(v := g("created_ts"))) is not None:
            d["created_ts"] = t
        elif isinstance(v, str):
            d["created_ts"] = _nt(v)
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
