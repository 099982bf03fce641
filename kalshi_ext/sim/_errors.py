"""Rejections as the wire sends them.

Kalshi's trading errors come nested (``{"error": {"code", "message", "details"?, "service"?}}``),
while JSON decoding failures are flat, query validation answers ``{"msg": ...}`` and the rate
limiter ``{"error": "too many requests"}``: each :class:`SimError` knows its own shape.
"""

from __future__ import annotations

from typing import Any, Literal

Shape = Literal["nested", "flat", "msg", "text", "empty"]


class SimError(Exception):
    """An answer other than success: status, code and the body shape the real exchange uses."""

    def __init__(
        self,
        status: int,
        code: str = "",
        message: str = "",
        *,
        details: str | None = None,
        service: str | None = None,
        shape: Shape = "nested",
        headers: dict[str, str] | None = None,
    ) -> None:
        # details say why (which parameter, what is wrong): a Python caller sees them in str() too
        super().__init__(f"{status} {code}: {message}" + (f" ({details})" if details else ""))
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.service = service
        self.shape = shape
        self.headers = headers or {}

    def body(self) -> Any:
        """The JSON body (None for an empty answer)."""
        if self.shape == "empty":
            return None
        if self.shape == "msg":
            return {"msg": self.message}
        if self.shape == "text":
            return {"error": self.message}
        inner: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            inner["details"] = self.details
        if self.service is not None:
            inner["service"] = self.service
        return inner if self.shape == "flat" else {"error": inner}

    # Constructors for the observed cases (SIMULATOR.md 1.13).
    @classmethod
    def json_number(cls, field: str) -> SimError:
        return cls(
            400,
            "bad_request",
            "bad request",
            details=f"json: cannot unmarshal number into Go struct field .{field} of type string",
            shape="flat",
        )

    @classmethod
    def bad_json(cls, why: str) -> SimError:
        return cls(400, "bad_request", "bad request", details=why, shape="flat")

    @classmethod
    def not_found(cls, what: str = "not found") -> SimError:
        return cls(404, "not_found", what)

    @classmethod
    def invalid_order(cls, details: str) -> SimError:
        return cls(400, "invalid_order", "invalid order", details=details)

    @classmethod
    def invalid_parameters(cls, details: str) -> SimError:
        return cls(400, "invalid_parameters", "invalid parameters", details=details)

    @classmethod
    def param_validation(cls, operation: str, why: str) -> SimError:
        return cls(400, message=f"Parameter validation failed for {operation}: {why}", shape="msg")

    @classmethod
    def unauthorized(cls, code: str, details: str | None = None) -> SimError:
        message = code.replace("_", " ")
        return cls(401, code, message, details=details, service="authentication")

    @classmethod
    def rate_limited(cls) -> SimError:
        return cls(429, message="too many requests", shape="text")

    @classmethod
    def unsupported(cls, operation_id: str) -> SimError:
        return cls(
            501,
            "not_supported_in_simulator",
            "this operation is not supported by the kalshi-ext simulator",
            details=f"operationId={operation_id}",
            service="simulator",
            headers={"X-Kalshi-Sim-Unsupported": operation_id},
        )
