from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_fcm_subtrader_blocked_categories_request import UpdateFCMSubtraderBlockedCategoriesRequest
from ...models.update_fcm_subtrader_blocked_categories_response import UpdateFCMSubtraderBlockedCategoriesResponse
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        403,
        404,
        500,
    }
)


def _get_kwargs(
    *,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/fcm/subtraders/blocked_categories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse | None:
    if response.status_code == 200:
        response_200 = UpdateFCMSubtraderBlockedCategoriesResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

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
) -> Response[ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Response[ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Update FCM Subtrader Blocked Categories

     Adds one event category to, or removes one from, the set an FCM member
    has blocked for one of its subtraders. The subtrader must belong to the
    requesting FCM. Blocks apply prospectively: new orders the subtrader
    places through its bound API credentials are rejected in markets whose
    event belongs to a blocked category, while orders already resting are
    not cancelled. Returns the subtrader's full resulting blocked set.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse | None:
    """Update FCM Subtrader Blocked Categories

     Adds one event category to, or removes one from, the set an FCM member
    has blocked for one of its subtraders. The subtrader must belong to the
    requesting FCM. Blocks apply prospectively: new orders the subtrader
    places through its bound API credentials are rejected in markets whose
    event belongs to a blocked category, while orders already resting are
    not cancelled. Returns the subtrader's full resulting blocked set.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Response[ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Update FCM Subtrader Blocked Categories

     Adds one event category to, or removes one from, the set an FCM member
    has blocked for one of its subtraders. The subtrader must belong to the
    requesting FCM. Blocks apply prospectively: new orders the subtrader
    places through its bound API credentials are rejected in markets whose
    event belongs to a blocked category, while orders already resting are
    not cancelled. Returns the subtrader's full resulting blocked set.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse | None:
    """Update FCM Subtrader Blocked Categories

     Adds one event category to, or removes one from, the set an FCM member
    has blocked for one of its subtraders. The subtrader must belong to the
    requesting FCM. Blocks apply prospectively: new orders the subtrader
    places through its bound API credentials are rejected in markets whose
    event belongs to a blocked category, while orders already resting are
    not cancelled. Returns the subtrader's full resulting blocked set.

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateFCMSubtraderBlockedCategoriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
