"""``python -m kalshi_ext``: the ``kalshi-ext`` command line."""

from kalshi_ext.cli import main

raise SystemExit(main())
