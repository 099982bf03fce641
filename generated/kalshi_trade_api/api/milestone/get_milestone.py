from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_milestone_response import GetMilestoneResponse
from ...types import Response, json_loads

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
    milestone_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/milestones/{milestone_id}".format(
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMilestoneResponse | None:
    if response.status_code == 200:
        response_200 = GetMilestoneResponse.from_dict(json_loads(response.content))

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
) -> Response[Any | GetMilestoneResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetMilestoneResponse]:
    """Get Milestone

     Endpoint for getting data about a specific milestone by its ID. The milestone's `details.status`,
    when present, is maintained by a periodic background job. It lags the game's live state and may be
    stale or inaccurate, for example remaining `live` after the game ends. For game status, prefer live
    data, which is updated far more often: `live_data.details.status` from `GET
    /live_data/milestone/{milestone_id}`, or each entry's `details.status` from `GET /live_data/batch`.
    Scores are in the sport-specific fields of that live data `details` object.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMilestoneResponse]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetMilestoneResponse | None:
    """Get Milestone

     Endpoint for getting data about a specific milestone by its ID. The milestone's `details.status`,
    when present, is maintained by a periodic background job. It lags the game's live state and may be
    stale or inaccurate, for example remaining `live` after the game ends. For game status, prefer live
    data, which is updated far more often: `live_data.details.status` from `GET
    /live_data/milestone/{milestone_id}`, or each entry's `details.status` from `GET /live_data/batch`.
    Scores are in the sport-specific fields of that live data `details` object.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMilestoneResponse
    """

    return sync_detailed(
        milestone_id=milestone_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetMilestoneResponse]:
    """Get Milestone

     Endpoint for getting data about a specific milestone by its ID. The milestone's `details.status`,
    when present, is maintained by a periodic background job. It lags the game's live state and may be
    stale or inaccurate, for example remaining `live` after the game ends. For game status, prefer live
    data, which is updated far more often: `live_data.details.status` from `GET
    /live_data/milestone/{milestone_id}`, or each entry's `details.status` from `GET /live_data/batch`.
    Scores are in the sport-specific fields of that live data `details` object.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMilestoneResponse]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetMilestoneResponse | None:
    """Get Milestone

     Endpoint for getting data about a specific milestone by its ID. The milestone's `details.status`,
    when present, is maintained by a periodic background job. It lags the game's live state and may be
    stale or inaccurate, for example remaining `live` after the game ends. For game status, prefer live
    data, which is updated far more often: `live_data.details.status` from `GET
    /live_data/milestone/{milestone_id}`, or each entry's `details.status` from `GET /live_data/batch`.
    Scores are in the sport-specific fields of that live data `details` object.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMilestoneResponse
    """

    return (
        await asyncio_detailed(
            milestone_id=milestone_id,
            client=client,
        )
    ).parsed
