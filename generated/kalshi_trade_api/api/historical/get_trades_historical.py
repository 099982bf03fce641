from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_trades_response import GetTradesResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        404,
        500,
    }
)


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["cursor"] = cursor

    params["is_block_trade"] = is_block_trade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/trades",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTradesResponse | None:
    if response.status_code == 200:
        response_200 = GetTradesResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetTradesResponse]:
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
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetTradesResponse]:
    """Get Historical Trades

      Endpoint for getting all historical trades for all markets. Trades that were filled before the
    historical cutoff are available via this endpoint. Block trades are included by default and
    identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by
    block / non-block. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data)
    for details.

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTradesResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        is_block_trade=is_block_trade,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> ErrorResponse | GetTradesResponse | None:
    """Get Historical Trades

      Endpoint for getting all historical trades for all markets. Trades that were filled before the
    historical cutoff are available via this endpoint. Block trades are included by default and
    identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by
    block / non-block. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data)
    for details.

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTradesResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        is_block_trade=is_block_trade,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[ErrorResponse | GetTradesResponse]:
    """Get Historical Trades

      Endpoint for getting all historical trades for all markets. Trades that were filled before the
    historical cutoff are available via this endpoint. Block trades are included by default and
    identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by
    block / non-block. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data)
    for details.

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetTradesResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        is_block_trade=is_block_trade,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> ErrorResponse | GetTradesResponse | None:
    """Get Historical Trades

      Endpoint for getting all historical trades for all markets. Trades that were filled before the
    historical cutoff are available via this endpoint. Block trades are included by default and
    identified by the `is_block_trade` field; use the `is_block_trade` query parameter to filter by
    block / non-block. See [Historical Data](https://docs.kalshi.com/getting_started/historical_data)
    for details.

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetTradesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            is_block_trade=is_block_trade,
        )
    ).parsed
