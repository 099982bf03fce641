from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_margin_premium_index_response import GetMarginPremiumIndexResponse
from ...types import UNSET, Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        500,
    }
)


def _get_kwargs(
    *,
    ticker: str,
    start_ts: int,
    end_ts: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/funding_rates/premium_index",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarginPremiumIndexResponse | None:
    if response.status_code == 200:
        response_200 = GetMarginPremiumIndexResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMarginPremiumIndexResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
) -> Response[ErrorResponse | GetMarginPremiumIndexResponse]:
    """Get Premium Index

     Returns an informational per-second premium index for a market, for a window of up to one hour. Each
    point is the signed fraction by which the impact-price book sat above or below the underlying index
    at that second, before any time weighting.

    **These values are for informational purposes only and may not exactly match the premium-index
    values used in actual funding calculations.**

    A second with no measurable premium reports `0` — the book was halted, the underlying was closed, or
    an input was unavailable. Points are only those recorded, so the response may be sparse or empty for
    a range that predates the retention period or was never recorded.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginPremiumIndexResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
) -> ErrorResponse | GetMarginPremiumIndexResponse | None:
    """Get Premium Index

     Returns an informational per-second premium index for a market, for a window of up to one hour. Each
    point is the signed fraction by which the impact-price book sat above or below the underlying index
    at that second, before any time weighting.

    **These values are for informational purposes only and may not exactly match the premium-index
    values used in actual funding calculations.**

    A second with no measurable premium reports `0` — the book was halted, the underlying was closed, or
    an input was unavailable. Points are only those recorded, so the response may be sparse or empty for
    a range that predates the retention period or was never recorded.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginPremiumIndexResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
) -> Response[ErrorResponse | GetMarginPremiumIndexResponse]:
    """Get Premium Index

     Returns an informational per-second premium index for a market, for a window of up to one hour. Each
    point is the signed fraction by which the impact-price book sat above or below the underlying index
    at that second, before any time weighting.

    **These values are for informational purposes only and may not exactly match the premium-index
    values used in actual funding calculations.**

    A second with no measurable premium reports `0` — the book was halted, the underlying was closed, or
    an input was unavailable. Points are only those recorded, so the response may be sparse or empty for
    a range that predates the retention period or was never recorded.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginPremiumIndexResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
) -> ErrorResponse | GetMarginPremiumIndexResponse | None:
    """Get Premium Index

     Returns an informational per-second premium index for a market, for a window of up to one hour. Each
    point is the signed fraction by which the impact-price book sat above or below the underlying index
    at that second, before any time weighting.

    **These values are for informational purposes only and may not exactly match the premium-index
    values used in actual funding calculations.**

    A second with no measurable premium reports `0` — the book was halted, the underlying was closed, or
    an input was unavailable. Points are only those recorded, so the response may be sparse or empty for
    a range that predates the retention period or was never recorded.

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginPremiumIndexResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
        )
    ).parsed
