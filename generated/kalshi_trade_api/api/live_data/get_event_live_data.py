from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_event_live_data_response import GetEventLiveDataResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        404,
        500,
    }
)


def _get_kwargs(
    event_ticker: str,
    *,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["range"] = range_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/events/{event_ticker}".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetEventLiveDataResponse | None:
    if response.status_code == 200:
        response_200 = GetEventLiveDataResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetEventLiveDataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[Any | GetEventLiveDataResponse]:
    """Get Event Live Data

     Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetEventLiveDataResponse]
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Any | GetEventLiveDataResponse | None:
    """Get Event Live Data

     Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetEventLiveDataResponse
    """

    return sync_detailed(
        event_ticker=event_ticker,
        client=client,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[Any | GetEventLiveDataResponse]:
    """Get Event Live Data

     Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetEventLiveDataResponse]
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Any | GetEventLiveDataResponse | None:
    """Get Event Live Data

     Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetEventLiveDataResponse
    """

    return (
        await asyncio_detailed(
            event_ticker=event_ticker,
            client=client,
            range_=range_,
        )
    ).parsed
