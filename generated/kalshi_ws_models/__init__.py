"""A client library for accessing Kalshi Market Data WebSocket API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
