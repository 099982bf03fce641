from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_game_stats_response import GetGameStatsResponse
from ...types import Response, json_loads

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
    milestone_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/milestone/{milestone_id}/game_stats".format(
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetGameStatsResponse | None:
    if response.status_code == 200:
        response_200 = GetGameStatsResponse.from_dict(json_loads(response.content))

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
) -> Response[Any | GetGameStatsResponse]:
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
) -> Response[Any | GetGameStatsResponse]:
    """Get Game Stats

     Get play-by-play game statistics for a specific milestone. Supported sports: Pro Football, College
    Football, Pro Basketball, College Men's Basketball, College Women's Basketball, WNBA, Soccer, Pro
    Hockey, and Pro Baseball. Returns null for unsupported milestone types or milestones without a
    Sportradar ID.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetGameStatsResponse]
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
) -> Any | GetGameStatsResponse | None:
    """Get Game Stats

     Get play-by-play game statistics for a specific milestone. Supported sports: Pro Football, College
    Football, Pro Basketball, College Men's Basketball, College Women's Basketball, WNBA, Soccer, Pro
    Hockey, and Pro Baseball. Returns null for unsupported milestone types or milestones without a
    Sportradar ID.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetGameStatsResponse
    """

    return sync_detailed(
        milestone_id=milestone_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetGameStatsResponse]:
    """Get Game Stats

     Get play-by-play game statistics for a specific milestone. Supported sports: Pro Football, College
    Football, Pro Basketball, College Men's Basketball, College Women's Basketball, WNBA, Soccer, Pro
    Hockey, and Pro Baseball. Returns null for unsupported milestone types or milestones without a
    Sportradar ID.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetGameStatsResponse]
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
) -> Any | GetGameStatsResponse | None:
    """Get Game Stats

     Get play-by-play game statistics for a specific milestone. Supported sports: Pro Football, College
    Football, Pro Basketball, College Men's Basketball, College Women's Basketball, WNBA, Soccer, Pro
    Hockey, and Pro Baseball. Returns null for unsupported milestone types or milestones without a
    Sportradar ID.

    Args:
        milestone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetGameStatsResponse
    """

    return (
        await asyncio_detailed(
            milestone_id=milestone_id,
            client=client,
        )
    ).parsed
