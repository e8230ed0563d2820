"""Fetching pages and loading input from a file, stdin or a URL.

:func:`fetch` uses only the standard library. It refuses schemes other than
http(s), refuses hosts that resolve to private, loopback, link-local or
reserved addresses (on every redirect hop, and again when connecting, so a
name cannot be re-pointed between the check and the connection), caps the
size while streaming and accepts only text and HTML content types.
"""

from __future__ import annotations

import datetime
import http.client
import ipaddress
import re
import socket
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from email.message import Message
from pathlib import Path
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from warcheck.errors import FetchError, InputError
from warcheck.read.article import MAX_BYTES, check_size, decode

ALLOWED_TYPES = ("text/html", "text/plain", "application/xhtml+xml")
MAX_REDIRECTS = 5
_CHUNK = 65536
# Names that never resolve (RFC 6761): refused without asking a resolver.
_NEVER_RESOLVE = (".invalid", ".test", ".example")


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 15.0,
    max_bytes: int = 10_000_000,
    accept: Sequence[str] = ALLOWED_TYPES,
) -> tuple[bytes, str, str]:
    """Fetch ``url`` over http(s) and return its body, content type and final URL.

    Args:
        url: an ``http://`` or ``https://`` URL.
        allow_private: allow hosts on private, loopback and link-local addresses.
        timeout: seconds for the whole fetch (connecting, redirects and body).
        max_bytes: the largest body accepted.
        accept: the media types accepted (a response without a content type is accepted too);
            web pages and plain text unless the caller reads more (feeds, CSV, WARC).

    Raises:
        FetchError: the URL is refused or cannot be fetched, in one line.
    """
    host = _check_url(url)
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _GuardedHTTPHandler(allow_private),
        _GuardedHTTPSHandler(allow_private),
        _GuardedRedirectHandler(allow_private),
    )
    request = urllib.request.Request(url, headers={"User-Agent": "warcheck", "Accept": "*/*"})
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            host = urlsplit(final).hostname or host
            content_type = response.headers.get("Content-Type", "") or ""
            media = content_type.split(";", 1)[0].strip().lower()
            if media and media not in accept:
                raise FetchError(f"{final} is {media}, not a web page or text")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(_too_large(int(length), max_bytes))
            body = _read_capped(response, max_bytes, deadline, host, timeout)
    except FetchError:
        raise
    except urllib.error.HTTPError as err:
        raise FetchError(f"{err.url or url} returned HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise FetchError(_reason(host, err.reason)) from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s fetching {host}") from None
    except (OSError, http.client.HTTPException) as err:
        raise FetchError(_reason(host, err)) from None
    return body, content_type, final


def utc_now() -> str:
    """The time now as ISO 8601 in UTC, to the second ("2026-12-07T01:57:05Z"): a fetch time."""
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def load_source(source: str, *, allow_private: bool) -> tuple[str, str | None]:
    """Load an article from ``-`` (stdin), an http(s) URL or a file path.

    Returns:
        The decoded content and the final URL (``None`` for stdin and files).

    Raises:
        InputError: a missing or unreadable file, or bytes that are not text.
        FetchError: the URL is refused or cannot be fetched.
    """
    if source == "-":
        return decode(_read_stream(sys.stdin.buffer)), None
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source):
        body, content_type, final = fetch(source, allow_private=allow_private)
        return decode(body, charset=declared_charset(body, content_type)), final
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{source} is a directory, not a file")
    try:
        check_size(path.stat().st_size)
        with path.open("rb") as handle:
            data = _read_stream(handle)
    except FileNotFoundError:
        raise InputError(f"no such file: {source}") from None
    except PermissionError:
        raise InputError(f"cannot read {source}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{source} is a directory, not a file") from None
    except OSError as err:
        raise InputError(f"cannot read {source}: {err.strerror or err}") from None
    return decode(data, charset=declared_charset(data, "")), None


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def declared_charset(data: bytes, content_type: str) -> str | None:
    """The encoding the source declares: the HTTP header, else an HTML ``<meta>`` tag."""
    if content_type:
        msg = Message()
        msg["Content-Type"] = content_type
        charset = msg.get_param("charset")
        if isinstance(charset, str) and charset:
            return charset
    head = data[:4096]
    if b"<" in head:
        m = _META_CHARSET.search(head)
        if m:
            return m.group(1).decode("ascii")
    return None


# --- helpers ------------------------------------------------------------------------------


def _read_stream(stream: IO[bytes]) -> bytes:
    """Read at most MAX_BYTES + 1 bytes, so that decode() reports an over-large input."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(
            f"input is over {MAX_BYTES // 1_000_000} MB; the limit is {MAX_BYTES // 1_000_000} MB"
        )
    return data


def _too_large(size: int, limit: int) -> str:
    return f"page is {_size(size)}; the limit is {_size(limit)}"


def _size(n: int) -> str:
    return f"{round(n / 1_000_000, 1):g} MB" if n >= 100_000 else f"{n:,} bytes"


def _read_capped(
    response: Any, max_bytes: int, deadline: float, host: str, timeout: float
) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s fetching {host}")
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"page is over {_size(max_bytes)}; the limit is {_size(max_bytes)}")
        chunks.append(chunk)


def _reason(host: str, reason: object) -> str:
    """A one-line 'cannot reach' message from a socket or TLS error."""
    if isinstance(reason, FetchError):
        return str(reason)
    if isinstance(reason, TimeoutError):
        return f"timed out fetching {host}"
    text = getattr(reason, "strerror", None) or getattr(reason, "reason", None) or str(reason)
    return f"cannot reach {host}: {text}"


def _check_url(url: str) -> str:
    """Check the scheme and host of ``url``; return the host."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme '{scheme}'")
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise FetchError(f"bad URL: {url}") from None
    if not host:
        raise FetchError(f"URL has no host: {url}")
    return host


def _resolve(host: str, port: int, allow_private: bool) -> list[tuple[Any, ...]]:
    """Resolve ``host`` and refuse non-public addresses unless allowed."""
    name = host.rstrip(".").lower()
    if name.endswith(_NEVER_RESOLVE) or name in ("invalid", "test", "example"):
        raise FetchError(f"cannot reach {host}: Name or service not known")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        raise FetchError(f"cannot reach {host}: {err.strerror}") from None
    except UnicodeError:
        raise FetchError(f"bad host name: {host}") from None
    if not allow_private:
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
                address = address.ipv4_mapped
            if _refused(address):
                raise FetchError(
                    f"refusing private address {address} (use --allow-private to allow)"
                )
    return infos


def _refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether ``address`` is private, loopback, link-local, reserved or multicast."""
    return not address.is_global or address.is_multicast


def _connect(host: str, port: int, timeout: object, allow_private: bool) -> socket.socket:
    """Open a TCP connection to a vetted address of ``host``."""
    infos = _resolve(host, port, allow_private)
    error: OSError | None = None
    for family, kind, proto, _name, address in infos:
        sock = socket.socket(family, kind, proto)
        try:
            if isinstance(timeout, int | float):
                sock.settimeout(timeout)
            sock.connect(address)
            return sock
        except OSError as err:
            sock.close()
            error = err
    raise error or OSError(f"no address for {host}")


class _GuardedHTTPConnection(http.client.HTTPConnection):
    allow_private = False

    def connect(self) -> None:
        self.sock = _connect(self.host, self.port, self.timeout, self.allow_private)


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    allow_private = False

    def connect(self) -> None:
        sock = _connect(self.host, self.port, self.timeout, self.allow_private)
        context = self._context  # type: ignore[attr-defined]
        self.sock = context.wrap_socket(sock, server_hostname=self.host)


def _guarded_factory(
    connection: type[http.client.HTTPConnection], allow_private: bool
) -> Callable[..., http.client.HTTPConnection]:
    """Return a connection factory whose connections check the address they reach."""

    def make(host: str, /, **kw: Any) -> http.client.HTTPConnection:
        conn = connection(host, **kw)
        conn.allow_private = allow_private  # type: ignore[attr-defined]
        return conn

    return make


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self._make = _guarded_factory(_GuardedHTTPConnection, allow_private)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._make, req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self._make = _guarded_factory(_GuardedHTTPSConnection, allow_private)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        context = self._context  # type: ignore[attr-defined]
        return self.do_open(self._make, req, context=context)


class _GuardedRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, each to a public http(s) URL."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> Any:
        location = headers.get("location") or headers.get("uri")
        if location:
            scheme = urlsplit(urljoin(req.full_url, location)).scheme.lower()
            if scheme not in ("http", "https"):
                raise FetchError(
                    f"unsupported URL scheme '{scheme}' (redirect from {req.full_url})"
                )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        host = _check_url(newurl)
        parts = urlsplit(newurl)
        _resolve(host, parts.port or (443 if parts.scheme == "https" else 80), self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)
