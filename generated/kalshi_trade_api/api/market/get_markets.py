from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_markets_mve_filter import GetMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...models.get_markets_status import GetMarketsStatus
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
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["series_ticker"] = series_ticker

    params["min_created_ts"] = min_created_ts

    params["max_created_ts"] = max_created_ts

    params["min_updated_ts"] = min_updated_ts

    params["max_updated_ts"] = max_updated_ts

    params["max_close_ts"] = max_close_ts

    params["min_close_ts"] = min_close_ts

    params["min_settled_ts"] = min_settled_ts

    params["max_settled_ts"] = max_settled_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tickers"] = tickers

    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = mve_filter.value

    params["mve_filter"] = json_mve_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMarketsResponse | None:
    if response.status_code == 200:
        response_200 = GetMarketsResponse.from_dict(json_loads(response.content))

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
) -> Response[Any | GetMarketsResponse]:
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
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> Response[Any | GetMarketsResponse]:
    """Get Markets

     Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
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
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> Any | GetMarketsResponse | None:
    """Get Markets

     Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> Response[Any | GetMarketsResponse]:
    """Get Markets

     Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> Any | GetMarketsResponse | None:
    """Get Markets

     Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        )
    ).parsed
