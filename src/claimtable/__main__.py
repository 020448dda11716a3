"""Allow ``python -m claimtable``."""

from claimtable.cli import main

raise SystemExit(main())
