from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_market_orderbooks_response import GetMarketOrderbooksResponse
from ...types import UNSET, Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        500,
    }
)


def _get_kwargs(
    *,
    tickers: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tickers = tickers

    params["tickers"] = json_tickers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/orderbooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarketOrderbooksResponse | None:
    if response.status_code == 200:
        response_200 = GetMarketOrderbooksResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMarketOrderbooksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[ErrorResponse | GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

     Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketOrderbooksResponse]
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> ErrorResponse | GetMarketOrderbooksResponse | None:
    """Get Multiple Market Orderbooks

     Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketOrderbooksResponse
    """

    return sync_detailed(
        client=client,
        tickers=tickers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[ErrorResponse | GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

     Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarketOrderbooksResponse]
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> ErrorResponse | GetMarketOrderbooksResponse | None:
    """Get Multiple Market Orderbooks

     Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarketOrderbooksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            tickers=tickers,
        )
    ).parsed
