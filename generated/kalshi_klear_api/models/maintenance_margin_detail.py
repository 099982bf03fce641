from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class MaintenanceMarginDetail(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Required (reading raises MissingFieldError if absent).
        subtrader_id (str): Empty when not populated or when the subtrader is part of a subtrader group.
            Required (reading raises MissingFieldError if absent).
        margin_group_id (str): Set when the subtrader is part of a subtrader group. Optional (None if absent).
        maintenance_margin_centicents (int): Maintenance margin requirement after this settlement. Required
            (reading raises MissingFieldError if absent).
        maintenance_margin_delta_centicents (int): Change in maintenance margin between the previous settlement
            and this one. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "subtrader_id",
        "margin_group_id",
        "maintenance_margin_centicents",
        "maintenance_margin_delta_centicents",
    )

    id: str
    """Required (reading raises MissingFieldError if absent)."""

    subtrader_id: str
    """Empty when not populated or when the subtrader is part of a subtrader group. Required (reading raises
    MissingFieldError if absent)."""

    margin_group_id: str | None
    """Set when the subtrader is part of a subtrader group. Optional (None if absent)."""

    maintenance_margin_centicents: int
    """Maintenance margin requirement after this settlement. Required (reading raises MissingFieldError if absent)."""

    maintenance_margin_delta_centicents: int
    """Change in maintenance margin between the previous settlement and this one. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "margin_group_id": _t.StrField("margin_group_id"),
        "maintenance_margin_centicents": _t.IntField("maintenance_margin_centicents", required=True),
        "maintenance_margin_delta_centicents": _t.IntField("maintenance_margin_delta_centicents", required=True),
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
        if type(v := g("subtrader_id")) is str:
            self.subtrader_id = v
        else:
            self._slow_field("subtrader_id")
        if type(v := g("margin_group_id")) is str:
            self.margin_group_id = v
        elif v is None:
            self.margin_group_id = None
        else:
            self._slow_field("margin_group_id")
        if type(v := g("maintenance_margin_centicents")) is int:
            self.maintenance_margin_centicents = v
        else:
            self._slow_field("maintenance_margin_centicents")
        if type(v := g("maintenance_margin_delta_centicents")) is int:
            self.maintenance_margin_delta_centicents = v
        else:
            self._slow_field("maintenance_margin_delta_centicents")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        subtrader_id: str | None | Unset = UNSET,
        margin_group_id: str | None | Unset = UNSET,
        maintenance_margin_centicents: int | None | Unset = UNSET,
        maintenance_margin_delta_centicents: int | None | Unset = UNSET,
    ) -> None:
        """A MaintenanceMarginDetail from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("subtrader_id", subtrader_id)
        self._set("margin_group_id", margin_group_id)
        self._set("maintenance_margin_centicents", maintenance_margin_centicents)
        self._set("maintenance_margin_delta_centicents", maintenance_margin_delta_centicents)
