"""The corpus store: many analysed articles in one SQLite file, searched and exported.

- ``schema``: the tables (plain SQL, readable in Datasette) and their migrations;
- ``rows``: an analysis document taken apart into article, claim and mention rows;
- ``ingest``: items analysed, in worker processes when asked, in input order;
- ``writer``: the one writer, in small transactions;
- ``store``: :class:`~warcheck.corpus.store.Store`, the one way in and out;
- ``search`` and ``exports``: full-text search and streamed exports (``acled`` maps the types).
"""
