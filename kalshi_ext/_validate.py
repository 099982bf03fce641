"""Argument validation shared by constructors. Every failure is a KalshiConfigurationError."""

from __future__ import annotations

import math
from typing import Any

from ._errors import KalshiConfigurationError

# An HTTP request that needs more than ten minutes is a hang, not a slow answer; a larger
# value is almost always a unit mistake (milliseconds passed as seconds).
MAX_TIMEOUT_S = 600.0


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_seconds(name: str, value: Any, *, maximum: float = MAX_TIMEOUT_S, allow_zero: bool = False) -> float:
    """Validate a duration in seconds: a real number (not bool), finite, > 0 (or >= 0), <= maximum."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise KalshiConfigurationError(f"{name} must be a number of seconds, not {_type_name(value)}")
    seconds = float(value)
    if not math.isfinite(seconds):
        raise KalshiConfigurationError(f"{name} must be finite, got {seconds}")
    if seconds < 0 or (seconds == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise KalshiConfigurationError(f"{name} must be {bound} seconds, got {seconds}")
    if seconds > maximum:
        raise KalshiConfigurationError(f"{name} must be at most {maximum:g} seconds, got {seconds:g}")
    return seconds


def check_int(name: str, value: Any, *, minimum: int, maximum: int) -> int:
    """Validate an integer (bool refused) within ``[minimum, maximum]``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise KalshiConfigurationError(f"{name} must be an int, not {_type_name(value)}")
    if not minimum <= value <= maximum:
        raise KalshiConfigurationError(f"{name} must be between {minimum} and {maximum}, got {value}")
    return value


def check_positive_number(name: str, value: Any, *, maximum: float) -> float:
    """Validate a positive finite real number (bool refused) no larger than ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise KalshiConfigurationError(f"{name} must be a number, not {_type_name(value)}")
    number = float(value)
    if not math.isfinite(number) or number <= 0 or number > maximum:
        raise KalshiConfigurationError(f"{name} must be > 0 and <= {maximum:g}, got {number}")
    return number


def check_bool(name: str, value: Any) -> bool:
    """Validate a real bool (a truthy string such as "false" is a classic bug)."""
    if not isinstance(value, bool):
        raise KalshiConfigurationError(f"{name} must be True or False, not {_type_name(value)}")
    return value


def check_identifier(name: str, value: Any) -> str:
    """Validate a non-empty single-line string that goes into an HTTP header. Never echoes it."""
    if not isinstance(value, str):
        raise KalshiConfigurationError(f"{name} must be a str, not {_type_name(value)}")
    stripped = value.strip()
    if not stripped:
        raise KalshiConfigurationError(f"{name} must not be empty")
    if stripped != value or any(ch in value for ch in "\r\n\t\x00") or not value.isprintable():
        raise KalshiConfigurationError(f"{name} must not contain whitespace at the ends or control characters")
    return value
