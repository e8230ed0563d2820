"""Text in: files, URLs and HTML become the canonical :class:`~warcheck.model.Article`.

``article`` builds the canonical text (page furniture removed and listed,
title, dateline, publication date, outlet, language); ``fetch`` loads files,
stdin and URLs safely; ``sentences`` splits the text by offsets.
"""
