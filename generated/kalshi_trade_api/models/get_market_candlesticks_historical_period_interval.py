from enum import IntEnum
from typing import Any


class GetMarketCandlesticksHistoricalPeriodInterval(IntEnum):
    VALUE_1 = 1
    VALUE_60 = 60
    VALUE_1440 = 1440

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "_UNLISTED"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (the server's integer is kept in ``value``)."""
        return self._name_ in type(self).__members__
