"""claimtable: turn news articles into tables of the figures they report and who claims them.

The pipeline runs ``load`` → ``extract`` (with ``numbers`` and ``attribute``) → ``compare`` →
``charts`` → ``report``; ``pipeline`` strings the stages together.

>>> from claimtable import extract, load
>>> [c["claimant"] for c in extract.extract_source(load.load_text("a", "NIS said 1,500 troops came."))]
['South Korea NIS']
"""

__version__ = "0.1.0"
