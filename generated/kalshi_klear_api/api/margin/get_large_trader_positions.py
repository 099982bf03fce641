from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

import datetime

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_large_trader_positions_response import GetLargeTraderPositionsResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        401,
        403,
        500,
    }
)


def _get_kwargs(
    *,
    report_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_report_date: str | Unset = UNSET
    if not isinstance(report_date, Unset):
        json_report_date = report_date.isoformat()
    params["report_date"] = json_report_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/large_trader_positions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetLargeTraderPositionsResponse | None:
    if response.status_code == 200:
        response_200 = GetLargeTraderPositionsResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetLargeTraderPositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    report_date: datetime.date | Unset = UNSET,
) -> Response[Error | GetLargeTraderPositionsResponse]:
    """Get Large Trader Positions

     Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); each row's reportable_threshold is its market's level), plus
    exit-day positions that were reportable on the prior settlement day and are now below the threshold.
    Members with reportable positions are subject to their own CFTC Part 17 large-trader reporting
    obligations; this endpoint provides the position data needed to meet them. Empty when no positions
    meet the reporting levels and no prior-day reportable positions need exit reporting. See the CFTC's
    Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    Args:
        report_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLargeTraderPositionsResponse]
    """

    kwargs = _get_kwargs(
        report_date=report_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    report_date: datetime.date | Unset = UNSET,
) -> Error | GetLargeTraderPositionsResponse | None:
    """Get Large Trader Positions

     Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); each row's reportable_threshold is its market's level), plus
    exit-day positions that were reportable on the prior settlement day and are now below the threshold.
    Members with reportable positions are subject to their own CFTC Part 17 large-trader reporting
    obligations; this endpoint provides the position data needed to meet them. Empty when no positions
    meet the reporting levels and no prior-day reportable positions need exit reporting. See the CFTC's
    Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    Args:
        report_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLargeTraderPositionsResponse
    """

    return sync_detailed(
        client=client,
        report_date=report_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    report_date: datetime.date | Unset = UNSET,
) -> Response[Error | GetLargeTraderPositionsResponse]:
    """Get Large Trader Positions

     Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); each row's reportable_threshold is its market's level), plus
    exit-day positions that were reportable on the prior settlement day and are now below the threshold.
    Members with reportable positions are subject to their own CFTC Part 17 large-trader reporting
    obligations; this endpoint provides the position data needed to meet them. Empty when no positions
    meet the reporting levels and no prior-day reportable positions need exit reporting. See the CFTC's
    Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    Args:
        report_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLargeTraderPositionsResponse]
    """

    kwargs = _get_kwargs(
        report_date=report_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    report_date: datetime.date | Unset = UNSET,
) -> Error | GetLargeTraderPositionsResponse | None:
    """Get Large Trader Positions

     Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); each row's reportable_threshold is its market's level), plus
    exit-day positions that were reportable on the prior settlement day and are now below the threshold.
    Members with reportable positions are subject to their own CFTC Part 17 large-trader reporting
    obligations; this endpoint provides the position data needed to meet them. Empty when no positions
    meet the reporting levels and no prior-day reportable positions need exit reporting. See the CFTC's
    Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    Args:
        report_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLargeTraderPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            report_date=report_date,
        )
    ).parsed
