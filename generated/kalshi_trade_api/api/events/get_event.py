from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_event_response import GetEventResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        404,
        500,
    }
)


def _get_kwargs(
    event_ticker: str,
    *,
    exclude_markets: bool | Unset = False,
    with_nested_markets: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exclude_markets"] = exclude_markets

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/{event_ticker}".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | GetEventResponse | None:
    if response.status_code == 200:
        response_200 = GetEventResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | GetEventResponse]:
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
    exclude_markets: bool | Unset = False,
    with_nested_markets: bool | Unset = False,
) -> Response[Any | GetEventResponse]:
    """Get Event

     Endpoint for getting data about an event by its ticker. An event represents a real-world occurrence
    that can be traded on, such as an election, sports game, or economic indicator release.
    Events contain one or more markets where users can place trades on different outcomes.
    All events are accessible through this endpoint, even if their associated markets are older than the
    historical cutoff.

    Args:
        event_ticker (str):
        exclude_markets (bool | Unset):  Default: False.
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetEventResponse]
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        exclude_markets=exclude_markets,
        with_nested_markets=with_nested_markets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_markets: bool | Unset = False,
    with_nested_markets: bool | Unset = False,
) -> Any | GetEventResponse | None:
    """Get Event

     Endpoint for getting data about an event by its ticker. An event represents a real-world occurrence
    that can be traded on, such as an election, sports game, or economic indicator release.
    Events contain one or more markets where users can place trades on different outcomes.
    All events are accessible through this endpoint, even if their associated markets are older than the
    historical cutoff.

    Args:
        event_ticker (str):
        exclude_markets (bool | Unset):  Default: False.
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetEventResponse
    """

    return sync_detailed(
        event_ticker=event_ticker,
        client=client,
        exclude_markets=exclude_markets,
        with_nested_markets=with_nested_markets,
    ).parsed


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_markets: bool | Unset = False,
    with_nested_markets: bool | Unset = False,
) -> Response[Any | GetEventResponse]:
    """Get Event

     Endpoint for getting data about an event by its ticker. An event represents a real-world occurrence
    that can be traded on, such as an election, sports game, or economic indicator release.
    Events contain one or more markets where users can place trades on different outcomes.
    All events are accessible through this endpoint, even if their associated markets are older than the
    historical cutoff.

    Args:
        event_ticker (str):
        exclude_markets (bool | Unset):  Default: False.
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetEventResponse]
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        exclude_markets=exclude_markets,
        with_nested_markets=with_nested_markets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_markets: bool | Unset = False,
    with_nested_markets: bool | Unset = False,
) -> Any | GetEventResponse | None:
    """Get Event

     Endpoint for getting data about an event by its ticker. An event represents a real-world occurrence
    that can be traded on, such as an election, sports game, or economic indicator release.
    Events contain one or more markets where users can place trades on different outcomes.
    All events are accessible through this endpoint, even if their associated markets are older than the
    historical cutoff.

    Args:
        event_ticker (str):
        exclude_markets (bool | Unset):  Default: False.
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetEventResponse
    """

    return (
        await asyncio_detailed(
            event_ticker=event_ticker,
            client=client,
            exclude_markets=exclude_markets,
            with_nested_markets=with_nested_markets,
        )
    ).parsed
