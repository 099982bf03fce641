from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_rfq_batch_request import AcceptRFQBatchRequest
from ...models.accept_rfq_batch_response import AcceptRFQBatchResponse
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
        403,
        404,
        409,
        500,
    }
)


def _get_kwargs(
    rfq_batch_id: str,
    *,
    body: AcceptRFQBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/communications/rfq_batches/{rfq_batch_id}/accept".format(
            rfq_batch_id=quote(str(rfq_batch_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcceptRFQBatchResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AcceptRFQBatchResponse.from_dict(json_loads(response.content))

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_loads(response.content))

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcceptRFQBatchResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rfq_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AcceptRFQBatchRequest,
) -> Response[AcceptRFQBatchResponse | ErrorResponse]:
    """Accept RFQ Batch

     Accept every child RFQ of your RFQ batch on one side, each from the maker quoting it best on that
    side. Either every child is accepted or none is, and your balance must cover all of them. min_bids
    protects your price: give every child the best bid you were shown. If a child's best bid is now
    worse, the accept fails with rfq_batch_quotes_changed and lists that child; a better bid fills at
    the better price. Each winning maker then confirms its children. They execute once every winner has
    confirmed, and a missed confirmation closes the whole batch. An accepted batch cannot be cancelled.

    Args:
        rfq_batch_id (str):
        body (AcceptRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptRFQBatchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        rfq_batch_id=rfq_batch_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rfq_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AcceptRFQBatchRequest,
) -> AcceptRFQBatchResponse | ErrorResponse | None:
    """Accept RFQ Batch

     Accept every child RFQ of your RFQ batch on one side, each from the maker quoting it best on that
    side. Either every child is accepted or none is, and your balance must cover all of them. min_bids
    protects your price: give every child the best bid you were shown. If a child's best bid is now
    worse, the accept fails with rfq_batch_quotes_changed and lists that child; a better bid fills at
    the better price. Each winning maker then confirms its children. They execute once every winner has
    confirmed, and a missed confirmation closes the whole batch. An accepted batch cannot be cancelled.

    Args:
        rfq_batch_id (str):
        body (AcceptRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptRFQBatchResponse | ErrorResponse
    """

    return sync_detailed(
        rfq_batch_id=rfq_batch_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rfq_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AcceptRFQBatchRequest,
) -> Response[AcceptRFQBatchResponse | ErrorResponse]:
    """Accept RFQ Batch

     Accept every child RFQ of your RFQ batch on one side, each from the maker quoting it best on that
    side. Either every child is accepted or none is, and your balance must cover all of them. min_bids
    protects your price: give every child the best bid you were shown. If a child's best bid is now
    worse, the accept fails with rfq_batch_quotes_changed and lists that child; a better bid fills at
    the better price. Each winning maker then confirms its children. They execute once every winner has
    confirmed, and a missed confirmation closes the whole batch. An accepted batch cannot be cancelled.

    Args:
        rfq_batch_id (str):
        body (AcceptRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptRFQBatchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        rfq_batch_id=rfq_batch_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rfq_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AcceptRFQBatchRequest,
) -> AcceptRFQBatchResponse | ErrorResponse | None:
    """Accept RFQ Batch

     Accept every child RFQ of your RFQ batch on one side, each from the maker quoting it best on that
    side. Either every child is accepted or none is, and your balance must cover all of them. min_bids
    protects your price: give every child the best bid you were shown. If a child's best bid is now
    worse, the accept fails with rfq_batch_quotes_changed and lists that child; a better bid fills at
    the better price. Each winning maker then confirms its children. They execute once every winner has
    confirmed, and a missed confirmation closes the whole batch. An accepted batch cannot be cancelled.

    Args:
        rfq_batch_id (str):
        body (AcceptRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptRFQBatchResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            rfq_batch_id=rfq_batch_id,
            client=client,
            body=body,
        )
    ).parsed
