from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..models.asset_class import AssetClass
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime
_AssetClass_get = _t.member_lookup(AssetClass)


class ObligationInfo(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Required (reading raises MissingFieldError if absent).
        user_id (str): Required (reading raises MissingFieldError if absent).
        amount_centicents (int): Net settlement amount in USD as centicents (1 USD = 10,000
            centicents). All monetary fields on this API are returned in
            centicents. Total the clearing member owes or is owed, inclusive
            of PnL, fees, and maintenance margin changes. Negative means the
            clearing member pays Kalshi Klear; positive means Kalshi Klear
            pays the clearing member. Required (reading raises MissingFieldError if absent).
        fees_centicents (int): Trading fees incurred during the settlement period. Required (reading raises
            MissingFieldError if absent).
        maintenance_margin_centicents (int): Current maintenance margin requirement for this obligation.
            Required (reading raises MissingFieldError if absent).
        pnl_centicents (int): Total PnL for this settlement period; the sum of the settlement details for this
            settlement cycle. Required (reading raises MissingFieldError if absent).
        execution_time (datetime.datetime): Settlement cycle time this obligation belongs to. Required (reading
            raises MissingFieldError if absent).
        last_updated_ts (datetime.datetime): Timestamp of the last status change on this obligation. Required
            (reading raises MissingFieldError if absent).
        asset_class (AssetClass): Asset class of the margin markets covered by this entry. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "user_id",
        "amount_centicents",
        "fees_centicents",
        "maintenance_margin_centicents",
        "pnl_centicents",
        "execution_time",
        "last_updated_ts",
        "asset_class",
    )

    id: str
    """Required (reading raises MissingFieldError if absent)."""

    user_id: str
    """Required (reading raises MissingFieldError if absent)."""

    amount_centicents: int
    """Net settlement amount in USD as centicents (1 USD = 10,000
    centicents). All monetary fields on this API are returned in
    centicents. Total the clearing member owes or is owed, inclusive
    of PnL, fees, and maintenance margin changes. Negative means the
    clearing member pays Kalshi Klear; positive means Kalshi Klear
    pays the clearing member. Required (reading raises MissingFieldError if absent)."""

    fees_centicents: int
    """Trading fees incurred during the settlement period. Required (reading raises MissingFieldError if absent)."""

    maintenance_margin_centicents: int
    """Current maintenance margin requirement for this obligation. Required (reading raises MissingFieldError if
    absent)."""

    pnl_centicents: int
    """Total PnL for this settlement period; the sum of the settlement details for this settlement cycle. Required
    (reading raises MissingFieldError if absent)."""

    execution_time: datetime.datetime
    """Settlement cycle time this obligation belongs to. Required (reading raises MissingFieldError if absent)."""

    last_updated_ts: datetime.datetime
    """Timestamp of the last status change on this obligation. Required (reading raises MissingFieldError if
    absent)."""

    asset_class: AssetClass
    """Asset class of the margin markets covered by this entry. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "user_id": _t.StrField("user_id", required=True),
        "amount_centicents": _t.IntField("amount_centicents", required=True),
        "fees_centicents": _t.IntField("fees_centicents", required=True),
        "maintenance_margin_centicents": _t.IntField("maintenance_margin_centicents", required=True),
        "pnl_centicents": _t.IntField("pnl_centicents", required=True),
        "execution_time": _t.DateTimeField("execution_time", required=True),
        "last_updated_ts": _t.DateTimeField("last_updated_ts", required=True),
        "asset_class": _t.EnumField("asset_class", AssetClass, required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_id,
            k_user_id,
            k_amount_centicents,
            k_fees_centicents,
            k_maintenance_margin_centicents,
            k_pnl_centicents,
            k_execution_time,
            k_last_updated_ts,
            k_asset_class,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_user_id)) is str:
            self.user_id = v
        else:
            self._slow_field("user_id")
        if type(v := g(k_amount_centicents)) is int:
            self.amount_centicents = v
        else:
            self._slow_field("amount_centicents")
        if type(v := g(k_fees_centicents)) is int:
            self.fees_centicents = v
        else:
            self._slow_field("fees_centicents")
        if type(v := g(k_maintenance_margin_centicents)) is int:
            self.maintenance_margin_centicents = v
        else:
            self._slow_field("maintenance_margin_centicents")
        if type(v := g(k_pnl_centicents)) is int:
            self.pnl_centicents = v
        else:
            self._slow_field("pnl_centicents")
        if (t := _tc(v := g(k_execution_time))) is not None:
            self.execution_time = t
        elif isinstance(v, str):
            self.execution_time = _nt(v)
        else:
            self._slow_field("execution_time")
        if (t := _tc(v := g(k_last_updated_ts))) is not None:
            self.last_updated_ts = t
        elif isinstance(v, str):
            self.last_updated_ts = _nt(v)
        else:
            self._slow_field("last_updated_ts")
        if (m := _AssetClass_get(v := g(k_asset_class))) is not None:
            self.asset_class = m
        else:
            self._slow_field("asset_class")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        user_id: str | None | Unset = UNSET,
        amount_centicents: int | None | Unset = UNSET,
        fees_centicents: int | None | Unset = UNSET,
        maintenance_margin_centicents: int | None | Unset = UNSET,
        pnl_centicents: int | None | Unset = UNSET,
        execution_time: datetime.datetime | None | Unset = UNSET,
        last_updated_ts: datetime.datetime | None | Unset = UNSET,
        asset_class: AssetClass | None | Unset = UNSET,
    ) -> None:
        """A ObligationInfo from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("user_id", user_id)
        self._set("amount_centicents", amount_centicents)
        self._set("fees_centicents", fees_centicents)
        self._set("maintenance_margin_centicents", maintenance_margin_centicents)
        self._set("pnl_centicents", pnl_centicents)
        self._set("execution_time", execution_time)
        self._set("last_updated_ts", last_updated_ts)
        self._set("asset_class", asset_class)


_KEYS = _t.JsonKeys(*(field.key for field in ObligationInfo._declared.values()))  # in _load_fast's order
