from enum import StrEnum
from typing import Any


class UpdateSubscriptionCommandPayloadParamsAction(StrEnum):
    ADD_MARKETS = "add_markets"
    DELETE_MARKETS = "delete_markets"
    GET_SNAPSHOT = "get_snapshot"

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
