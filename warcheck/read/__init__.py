"""Text in: files, URLs and HTML become the canonical :class:`~warcheck.model.Article`.

``article`` builds the canonical text (page furniture removed and listed,
title, dateline, publication date, outlet, language); ``fetch`` loads files,
stdin and URLs safely; ``sentences`` splits the text by offsets.

Many articles at once: ``sources.iter_items`` reads files, folders, stdin and
URLs as ``items.Item`` or ``items.Problem``, in the formats that ``formats``
detects: plain text and HTML, tables (``spreadsheet``, with ``records`` for
their columns), JSON Lines (``jsonlines``), feeds (``feeds``) and web
archives (``warc``); ``streams`` peeks at and un-gzips the bytes.
"""
