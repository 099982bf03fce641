from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_trades_response import GetTradesResponse
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["is_block_trade"] = is_block_trade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/trades",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetTradesResponse | None:
    if response.status_code == 200:
        response_200 = GetTradesResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetTradesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[Any | GetTradesResponse]:
    """Get Trades

     Endpoint for getting all trades for all markets. A trade represents a completed transaction between
    two users on a specific market. Each trade includes the market ticker, price, quantity, and
    timestamp information. Block trades are included in the response by default and identified by the
    `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block.
    This endpoint returns a paginated response. Use the 'limit' parameter to control page size (1-1000,
    defaults to 100). The response includes a 'cursor' field - pass this value in the 'cursor' parameter
    of your next request to get the next page. An empty cursor indicates no more pages are available.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetTradesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        is_block_trade=is_block_trade,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Any | GetTradesResponse | None:
    """Get Trades

     Endpoint for getting all trades for all markets. A trade represents a completed transaction between
    two users on a specific market. Each trade includes the market ticker, price, quantity, and
    timestamp information. Block trades are included in the response by default and identified by the
    `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block.
    This endpoint returns a paginated response. Use the 'limit' parameter to control page size (1-1000,
    defaults to 100). The response includes a 'cursor' field - pass this value in the 'cursor' parameter
    of your next request to get the next page. An empty cursor indicates no more pages are available.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetTradesResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        is_block_trade=is_block_trade,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[Any | GetTradesResponse]:
    """Get Trades

     Endpoint for getting all trades for all markets. A trade represents a completed transaction between
    two users on a specific market. Each trade includes the market ticker, price, quantity, and
    timestamp information. Block trades are included in the response by default and identified by the
    `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block.
    This endpoint returns a paginated response. Use the 'limit' parameter to control page size (1-1000,
    defaults to 100). The response includes a 'cursor' field - pass this value in the 'cursor' parameter
    of your next request to get the next page. An empty cursor indicates no more pages are available.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetTradesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        is_block_trade=is_block_trade,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Any | GetTradesResponse | None:
    """Get Trades

     Endpoint for getting all trades for all markets. A trade represents a completed transaction between
    two users on a specific market. Each trade includes the market ticker, price, quantity, and
    timestamp information. Block trades are included in the response by default and identified by the
    `is_block_trade` field; use the `is_block_trade` query parameter to filter by block / non-block.
    This endpoint returns a paginated response. Use the 'limit' parameter to control page size (1-1000,
    defaults to 100). The response includes a 'cursor' field - pass this value in the 'cursor' parameter
    of your next request to get the next page. An empty cursor indicates no more pages are available.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetTradesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
        )
    ).parsed
