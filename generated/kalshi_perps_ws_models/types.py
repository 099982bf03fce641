"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# Prices and counts travel as fixed-point strings ("0.5600", "10.00"). Models hold them as Decimal.
# A float is refused: binary floats cannot represent most prices exactly and misprice orders.
DecimalInput = Decimal | str | int


def to_decimal(value: DecimalInput) -> Decimal:
    """Convert a price or count to an exact Decimal.

    Raises:
        TypeError: ``value`` is a float, a bool or another non-decimal type.
        ValueError: ``value`` is a string that is not a finite decimal number.
    """
    if type(value) is str:  # the hot path: every money field of every parsed response
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
        if result.is_finite():
            return result
        raise ValueError(f"not a finite decimal number: {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool) or not isinstance(value, str | int):
        hint = " (binary floats misprice orders: pass Decimal or str)" if isinstance(value, float) else ""
        raise TypeError(f"a price or count must be Decimal, str or int, not {type(value).__name__}{hint}")
    else:
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"not a finite decimal number: {value!r}")
    return result


def to_decimal_or_unset(value: DecimalInput | Unset) -> Decimal | Unset:
    """``to_decimal``, passing ``UNSET`` through."""
    return value if value is UNSET or isinstance(value, Unset) else to_decimal(value)


def to_decimal_or_none(value: DecimalInput | None) -> Decimal | None:
    """``to_decimal``, passing ``None`` (and the empty string some servers send for it) through as None."""
    return None if value is None or value == "" else to_decimal(value)


def to_decimal_or_none_or_unset(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    """``to_decimal``, passing ``None`` and ``UNSET`` through."""
    return value if isinstance(value, Unset) else to_decimal_or_none(value)


def decimal_to_json(value: Decimal | None | Unset) -> str | None | Unset:
    """A Decimal field as the fixed-point string Kalshi expects (no exponent)."""
    return format(value, "f") if isinstance(value, Decimal) else value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "DecimalInput", "File", "FileTypes", "RequestFiles", "Response", "Unset", "to_decimal"]
