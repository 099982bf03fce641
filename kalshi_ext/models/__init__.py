"""Every request and response model and enum of the Trade API, in one import.

``from kalshi_ext.models import CreateOrderV2Request, Market, BookSide``: user code never needs
the generated package (``kalshi_trade_api``) by name. The Perps and Klear APIs have namespaces of
their own, because a few names exist in several APIs with different fields:
:mod:`kalshi_ext.models.perps` and :mod:`kalshi_ext.models.klear`.

Importing this module loads every Trade model (about 0.1 s); ``import kalshi_ext`` alone does not.
"""

from kalshi_trade_api.models import *  # noqa: F403
from kalshi_trade_api.models import __all__ as __all__

from .._frames import install as _install_frames

_install_frames()  # page.to_pandas() / to_polars() for pages built from these models too
del _install_frames
