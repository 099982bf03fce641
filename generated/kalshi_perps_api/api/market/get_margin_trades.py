from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_margin_trades_response import GetMarginTradesResponse
from ...types import UNSET, Response, Unset, json_loads

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
    ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["limit"] = limit

    params["cursor"] = cursor

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/trades",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarginTradesResponse | None:
    if response.status_code == 200:
        response_200 = GetMarginTradesResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetMarginTradesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | GetMarginTradesResponse]:
    """Get Trades

     Endpoint for retrieving public margin trades across all markets or filtered by market ticker.
    Returns a paginated response. Use the cursor value from the previous response to get the next page.

    Args:
        ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginTradesResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> ErrorResponse | GetMarginTradesResponse | None:
    """Get Trades

     Endpoint for retrieving public margin trades across all markets or filtered by market ticker.
    Returns a paginated response. Use the cursor value from the previous response to get the next page.

    Args:
        ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginTradesResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | GetMarginTradesResponse]:
    """Get Trades

     Endpoint for retrieving public margin trades across all markets or filtered by market ticker.
    Returns a paginated response. Use the cursor value from the previous response to get the next page.

    Args:
        ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginTradesResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> ErrorResponse | GetMarginTradesResponse | None:
    """Get Trades

     Endpoint for retrieving public margin trades across all markets or filtered by market ticker.
    Returns a paginated response. Use the cursor value from the previous response to get the next page.

    Args:
        ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginTradesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            limit=limit,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
        )
    ).parsed
