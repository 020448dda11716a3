"""Allow ``python -m claimtable`` (the same as the ``claimtable`` command, see ``cli``):

    python -m claimtable extract data/raw --format json
"""

from claimtable.cli import main

if __name__ == "__main__":  # not when a spawned worker process (Dask's) imports the main module
    raise SystemExit(main())
