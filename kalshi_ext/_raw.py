"""``client.with_raw_response(method, ...)``: the HTTP answer of a call beside its parsed model.

::

    raw = kalshi.with_raw_response(kalshi.markets.list, status="open", limit=100)
    raw.status_code, raw.request_id, raw.rate_limit      # 200, 'abc...', {'x-ratelimit-remaining': '9'}
    page = raw.parsed                                     # the GetMarketsResponse

Errors still raise (with ``status``, ``request_id`` and ``headers`` on the exception); this is
for the headers of a success. A call that sends several requests (an order whose reply was lost
and that was then looked up, every page of an ``*_all`` walk) keeps them all in ``responses``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from ._error_mapping import find_request_id

T = TypeVar("T")
# Header prefixes of rate-limit information (Kalshi documents none; these are the common ones).
_RATE_LIMIT_PREFIXES = ("x-ratelimit", "ratelimit", "retry-after", "x-rate-limit")


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """The last HTTP response of a call, and its parsed result.

    Attributes:
        parsed: what the method returned (the generated model, or None for an empty answer).
        http: the last ``httpx.Response`` (its ``request`` is the request as sent, signed).
        responses: every response the call received, retries and lookups included, in order.
        attempts: how many requests were sent (including those that got no response).
    """

    parsed: T
    http: httpx.Response
    responses: tuple[httpx.Response, ...]
    attempts: int

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def request_id(self) -> str | None:
        """The request id header, when Kalshi (or a proxy in front of it) sent one."""
        return find_request_id({k.lower(): v for k, v in self.http.headers.items()})

    @property
    def rate_limit(self) -> Mapping[str, str]:
        """The rate-limit headers of the response (lower-case names), if any."""
        return {k.lower(): v for k, v in self.http.headers.items() if k.lower().startswith(_RATE_LIMIT_PREFIXES)}

    @property
    def method(self) -> str:
        return self.http.request.method

    @property
    def path(self) -> str:
        """The URL path of the request (without its query string)."""
        return self.http.request.url.path

    def parse(self) -> T:
        """The parsed result (the same as :attr:`parsed`)."""
        return self.parsed
