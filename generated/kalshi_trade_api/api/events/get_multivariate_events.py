from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_multivariate_events_response import GetMultivariateEventsResponse
from ...types import UNSET, Response, Unset, json_loads

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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["series_ticker"] = series_ticker

    params["collection_ticker"] = collection_ticker

    params["tickers"] = tickers

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/multivariate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMultivariateEventsResponse | None:
    if response.status_code == 200:
        response_200 = GetMultivariateEventsResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetMultivariateEventsResponse]:
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
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[Any | GetMultivariateEventsResponse]:
    """Get Multivariate Events

     Retrieve multivariate (combo) events. These are dynamically created events from multivariate event
    collections. Supports filtering by series ticker, collection ticker, or a comma-separated list of
    event tickers.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        tickers (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMultivariateEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        tickers=tickers,
        with_nested_markets=with_nested_markets,
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
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Any | GetMultivariateEventsResponse | None:
    """Get Multivariate Events

     Retrieve multivariate (combo) events. These are dynamically created events from multivariate event
    collections. Supports filtering by series ticker, collection ticker, or a comma-separated list of
    event tickers.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        tickers (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMultivariateEventsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        tickers=tickers,
        with_nested_markets=with_nested_markets,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[Any | GetMultivariateEventsResponse]:
    """Get Multivariate Events

     Retrieve multivariate (combo) events. These are dynamically created events from multivariate event
    collections. Supports filtering by series ticker, collection ticker, or a comma-separated list of
    event tickers.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        tickers (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMultivariateEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        tickers=tickers,
        with_nested_markets=with_nested_markets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Any | GetMultivariateEventsResponse | None:
    """Get Multivariate Events

     Retrieve multivariate (combo) events. These are dynamically created events from multivariate event
    collections. Supports filtering by series ticker, collection ticker, or a comma-separated list of
    event tickers.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        tickers (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMultivariateEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            tickers=tickers,
            with_nested_markets=with_nested_markets,
        )
    ).parsed
