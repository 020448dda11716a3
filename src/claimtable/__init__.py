"""claimtable: turn news articles into tables of the figures they report and who claims them.

The pipeline runs ``load`` → ``extract`` (with ``numbers`` and ``attribute``) → ``compare`` →
``charts`` → ``report``; ``pipeline`` strings the stages together.
"""

__version__ = "0.1.0"
