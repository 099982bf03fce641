from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_rfq_batch_best_quotes_response import GetRFQBatchBestQuotesResponse
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
    rfq_batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/rfq_batches/{rfq_batch_id}/best_quotes".format(
            rfq_batch_id=quote(str(rfq_batch_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetRFQBatchBestQuotesResponse | None:
    if response.status_code == 200:
        response_200 = GetRFQBatchBestQuotesResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | GetRFQBatchBestQuotesResponse]:
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
) -> Response[ErrorResponse | GetRFQBatchBestQuotesResponse]:
    """Get RFQ Batch Best Quotes

     Get the best open bid on each side of every child of your RFQ batch, across makers. Accepting the
    batch fills at these prices. Makers are not identified. Only the batch creator can read the best
    quotes, and a batch that is no longer open has none.

    Args:
        rfq_batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRFQBatchBestQuotesResponse]
    """

    kwargs = _get_kwargs(
        rfq_batch_id=rfq_batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rfq_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetRFQBatchBestQuotesResponse | None:
    """Get RFQ Batch Best Quotes

     Get the best open bid on each side of every child of your RFQ batch, across makers. Accepting the
    batch fills at these prices. Makers are not identified. Only the batch creator can read the best
    quotes, and a batch that is no longer open has none.

    Args:
        rfq_batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRFQBatchBestQuotesResponse
    """

    return sync_detailed(
        rfq_batch_id=rfq_batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    rfq_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetRFQBatchBestQuotesResponse]:
    """Get RFQ Batch Best Quotes

     Get the best open bid on each side of every child of your RFQ batch, across makers. Accepting the
    batch fills at these prices. Makers are not identified. Only the batch creator can read the best
    quotes, and a batch that is no longer open has none.

    Args:
        rfq_batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRFQBatchBestQuotesResponse]
    """

    kwargs = _get_kwargs(
        rfq_batch_id=rfq_batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rfq_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetRFQBatchBestQuotesResponse | None:
    """Get RFQ Batch Best Quotes

     Get the best open bid on each side of every child of your RFQ batch, across makers. Accepting the
    batch fills at these prices. Makers are not identified. Only the batch creator can read the best
    quotes, and a batch that is no longer open has none.

    Args:
        rfq_batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRFQBatchBestQuotesResponse
    """

    return (
        await asyncio_detailed(
            rfq_batch_id=rfq_batch_id,
            client=client,
        )
    ).parsed
