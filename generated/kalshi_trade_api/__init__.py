"""A client library for accessing Kalshi Trade API Manual Endpoints"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
