from enum import StrEnum
from typing import Any


class LifecyclePriceLevelStructure(StrEnum):
    BANDED_CENTI_CENT = "banded_centi_cent"
    CENTER_CENTI_EDGE_CENTI_CENT = "center_centi_edge_centi_cent"
    CENTER_DECI_EDGE_CENTI_CENT = "center_deci_edge_centi_cent"
    CENTER_HALF_EDGE_DECI_CENT = "center_half_edge_deci_cent"
    CENTER_HALF_EDGE_HALF_CENT = "center_half_edge_half_cent"
    CENTER_HALF_EDGE_QUINT_CENT = "center_half_edge_quint_cent"
    CENTER_QUINT_EDGE_DECI_CENT = "center_quint_edge_deci_cent"
    CENTER_QUINT_EDGE_QUINT_CENT = "center_quint_edge_quint_cent"
    CENTER_WHOLE_EDGE_HALF_CENT = "center_whole_edge_half_cent"
    CENTER_WHOLE_EDGE_QUINT_CENT = "center_whole_edge_quint_cent"
    DECI_CENT = "deci_cent"
    LINEAR_CENT = "linear_cent"
    TAPERED_DECI_CENT = "tapered_deci_cent"
    VALUE_1 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "_UNLISTED"
        member._value_ = value
        # Kept for the next frame that carries the same value (bounded: the server decides the values).
        if len(cls._value2member_map_) < len(cls._member_names_) + 64:
            cls._value2member_map_[value] = member
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (the server's string is kept in ``value``)."""
        return self._name_ in type(self).__members__
