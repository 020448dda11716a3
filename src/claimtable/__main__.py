"""Allow ``python -m claimtable`` (the same as the ``claimtable`` command, see ``cli``):

    python -m claimtable extract data/raw --format json
"""

from claimtable.cli import main

raise SystemExit(main())
