from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_subaccount_transfer_request import ApplySubaccountTransferRequest
from ...models.apply_subaccount_transfer_response import ApplySubaccountTransferResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

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
    body: ApplySubaccountTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/subaccounts/transfer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplySubaccountTransferResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApplySubaccountTransferResponse.from_dict(json_loads(response.content))

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
) -> Response[ApplySubaccountTransferResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplySubaccountTransferRequest,
) -> Response[ApplySubaccountTransferResponse | ErrorResponse]:
    """Transfer Between Subaccounts

     Transfers funds between the authenticated user's subaccounts. Use 0 for the primary account, or 1-63
    for numbered subaccounts. Set exchange_index to apply the transfer on a specific exchange shard
    (defaults to 0).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplySubaccountTransferResponse | ErrorResponse]
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
    body: ApplySubaccountTransferRequest,
) -> ApplySubaccountTransferResponse | ErrorResponse | None:
    """Transfer Between Subaccounts

     Transfers funds between the authenticated user's subaccounts. Use 0 for the primary account, or 1-63
    for numbered subaccounts. Set exchange_index to apply the transfer on a specific exchange shard
    (defaults to 0).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplySubaccountTransferResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplySubaccountTransferRequest,
) -> Response[ApplySubaccountTransferResponse | ErrorResponse]:
    """Transfer Between Subaccounts

     Transfers funds between the authenticated user's subaccounts. Use 0 for the primary account, or 1-63
    for numbered subaccounts. Set exchange_index to apply the transfer on a specific exchange shard
    (defaults to 0).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplySubaccountTransferResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApplySubaccountTransferRequest,
) -> ApplySubaccountTransferResponse | ErrorResponse | None:
    """Transfer Between Subaccounts

     Transfers funds between the authenticated user's subaccounts. Use 0 for the primary account, or 1-63
    for numbered subaccounts. Set exchange_index to apply the transfer on a specific exchange shard
    (defaults to 0).

    Args:
        body (ApplySubaccountTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplySubaccountTransferResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
