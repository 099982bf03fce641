from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_rfq_batch_quote_request import CreateRFQBatchQuoteRequest
from ...models.create_rfq_batch_quote_response import CreateRFQBatchQuoteResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        201,
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
    body: CreateRFQBatchQuoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communications/rfq_batches/{rfq_batch_id}/quotes".format(
            rfq_batch_id=quote(str(rfq_batch_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateRFQBatchQuoteResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateRFQBatchQuoteResponse.from_dict(json_loads(response.content))

        return response_201

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
) -> Response[CreateRFQBatchQuoteResponse | ErrorResponse]:
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
    body: CreateRFQBatchQuoteRequest,
) -> Response[CreateRFQBatchQuoteResponse | ErrorResponse]:
    """Create RFQ Batch Quote

     Quote every child RFQ of an RFQ batch, each exactly once. Each child is accepted from the maker
    bidding best on the requester's side, with ties going to the earliest bid, so you may win some
    children and not others; you then confirm the children you won. A new batch quote replaces your
    previous one on the same batch, and a child resent at an unchanged price keeps its time priority. A
    batch quote can win children only within 30 seconds of when you last sent it, so resend it to stay
    eligible.

    Args:
        rfq_batch_id (str):
        body (CreateRFQBatchQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRFQBatchQuoteResponse | ErrorResponse]
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
    body: CreateRFQBatchQuoteRequest,
) -> CreateRFQBatchQuoteResponse | ErrorResponse | None:
    """Create RFQ Batch Quote

     Quote every child RFQ of an RFQ batch, each exactly once. Each child is accepted from the maker
    bidding best on the requester's side, with ties going to the earliest bid, so you may win some
    children and not others; you then confirm the children you won. A new batch quote replaces your
    previous one on the same batch, and a child resent at an unchanged price keeps its time priority. A
    batch quote can win children only within 30 seconds of when you last sent it, so resend it to stay
    eligible.

    Args:
        rfq_batch_id (str):
        body (CreateRFQBatchQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRFQBatchQuoteResponse | ErrorResponse
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
    body: CreateRFQBatchQuoteRequest,
) -> Response[CreateRFQBatchQuoteResponse | ErrorResponse]:
    """Create RFQ Batch Quote

     Quote every child RFQ of an RFQ batch, each exactly once. Each child is accepted from the maker
    bidding best on the requester's side, with ties going to the earliest bid, so you may win some
    children and not others; you then confirm the children you won. A new batch quote replaces your
    previous one on the same batch, and a child resent at an unchanged price keeps its time priority. A
    batch quote can win children only within 30 seconds of when you last sent it, so resend it to stay
    eligible.

    Args:
        rfq_batch_id (str):
        body (CreateRFQBatchQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRFQBatchQuoteResponse | ErrorResponse]
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
    body: CreateRFQBatchQuoteRequest,
) -> CreateRFQBatchQuoteResponse | ErrorResponse | None:
    """Create RFQ Batch Quote

     Quote every child RFQ of an RFQ batch, each exactly once. Each child is accepted from the maker
    bidding best on the requester's side, with ties going to the earliest bid, so you may win some
    children and not others; you then confirm the children you won. A new batch quote replaces your
    previous one on the same batch, and a child resent at an unchanged price keeps its time priority. A
    batch quote can win children only within 30 seconds of when you last sent it, so resend it to stay
    eligible.

    Args:
        rfq_batch_id (str):
        body (CreateRFQBatchQuoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRFQBatchQuoteResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            rfq_batch_id=rfq_batch_id,
            client=client,
            body=body,
        )
    ).parsed
