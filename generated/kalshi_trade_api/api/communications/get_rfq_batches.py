from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_rfq_batches_response import GetRFQBatchesResponse
from ...models.rfq_batch_status import RFQBatchStatus
from ...models.user_filter import UserFilter
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
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
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 20,
    status: RFQBatchStatus | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["subaccount"] = subaccount

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = user_filter.value

    params["user_filter"] = json_user_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/rfq_batches",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetRFQBatchesResponse | None:
    if response.status_code == 200:
        response_200 = GetRFQBatchesResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetRFQBatchesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 20,
    status: RFQBatchStatus | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetRFQBatchesResponse]:
    """Get RFQ Batches

     List RFQ batches, most recently updated first, each with its child RFQs in request order. A page
    holds at most limit batches and stops before its child RFQs would exceed 100; a batch is never split
    across pages. Pass pagination cursors back unchanged; a malformed cursor returns HTTP 400. Use
    user_filter=self to list only your own batches.

    Args:
        cursor (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 20.
        status (RFQBatchStatus | Unset): Status of an RFQ batch. An open batch takes batch quotes;
            an accepted batch is waiting for its winning makers to confirm or is executing; a closed
            batch is finished.
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRFQBatchesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        subaccount=subaccount,
        limit=limit,
        status=status,
        user_filter=user_filter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 20,
    status: RFQBatchStatus | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> ErrorResponse | GetRFQBatchesResponse | None:
    """Get RFQ Batches

     List RFQ batches, most recently updated first, each with its child RFQs in request order. A page
    holds at most limit batches and stops before its child RFQs would exceed 100; a batch is never split
    across pages. Pass pagination cursors back unchanged; a malformed cursor returns HTTP 400. Use
    user_filter=self to list only your own batches.

    Args:
        cursor (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 20.
        status (RFQBatchStatus | Unset): Status of an RFQ batch. An open batch takes batch quotes;
            an accepted batch is waiting for its winning makers to confirm or is executing; a closed
            batch is finished.
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRFQBatchesResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        subaccount=subaccount,
        limit=limit,
        status=status,
        user_filter=user_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 20,
    status: RFQBatchStatus | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetRFQBatchesResponse]:
    """Get RFQ Batches

     List RFQ batches, most recently updated first, each with its child RFQs in request order. A page
    holds at most limit batches and stops before its child RFQs would exceed 100; a batch is never split
    across pages. Pass pagination cursors back unchanged; a malformed cursor returns HTTP 400. Use
    user_filter=self to list only your own batches.

    Args:
        cursor (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 20.
        status (RFQBatchStatus | Unset): Status of an RFQ batch. An open batch takes batch quotes;
            an accepted batch is waiting for its winning makers to confirm or is executing; a closed
            batch is finished.
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRFQBatchesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        subaccount=subaccount,
        limit=limit,
        status=status,
        user_filter=user_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 20,
    status: RFQBatchStatus | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> ErrorResponse | GetRFQBatchesResponse | None:
    """Get RFQ Batches

     List RFQ batches, most recently updated first, each with its child RFQs in request order. A page
    holds at most limit batches and stops before its child RFQs would exceed 100; a batch is never split
    across pages. Pass pagination cursors back unchanged; a malformed cursor returns HTTP 400. Use
    user_filter=self to list only your own batches.

    Args:
        cursor (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 20.
        status (RFQBatchStatus | Unset): Status of an RFQ batch. An open batch takes batch quotes;
            an accepted batch is waiting for its winning makers to confirm or is executing; a closed
            batch is finished.
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRFQBatchesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            subaccount=subaccount,
            limit=limit,
            status=status,
            user_filter=user_filter,
        )
    ).parsed
