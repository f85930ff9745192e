"""Downloading one large file (a GeoNames country dump) in pieces: a progress callback per piece, a size limit
checked against ``Content-Length`` before the body and against the bytes read during it, and a time limit per
read. The opener is injectable (tests serve files from a local fake server)."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable

from conflictmap.errors import FetchError

CHUNK = 1 << 16
TIMEOUT_S = 60.0


def download(url: str, *, max_bytes: int, progress: Callable[[int, int], None] | None = None,
             timeout: float = TIMEOUT_S, opener: Callable = urllib.request.urlopen) -> bytes:
    """The body at ``url`` (http, https or file). ``progress(done, total)`` after each piece (``total`` 0 when the
    server does not say). More than ``max_bytes`` is refused with a :class:`FetchError`, as is any failure."""
    if not url.lower().startswith(("http://", "https://", "file:")):
        raise FetchError(f"{url}: expected an http(s) address or a local file")
    request = urllib.request.Request(url, headers={"User-Agent": "conflictmap (GeoNames country download)"})
    try:
        with opener(request, timeout=timeout) as response:
            total = int(response.headers.get("Content-Length") or 0)
            if total > max_bytes:
                raise FetchError(_too_big(url, total, max_bytes))
            parts, done = [], 0
            while piece := response.read(CHUNK):
                done += len(piece)
                if done > max_bytes:
                    raise FetchError(_too_big(url, done, max_bytes))
                parts.append(piece)
                if progress:
                    progress(done, total)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}; check the address (and the country "
                         "code)") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"{url}: could not be downloaded ({reason}); check the address, or download the file "
                         "elsewhere and give its path") from None
    return b"".join(parts)


def _too_big(url: str, size: int, limit: int) -> str:
    return (f"{url}: more than the limit of {limit // 1_000_000} MB ({size // 1_000_000} MB so far); raise "
            "CONFLICTMAP_GEONAMES_MAX_MB to allow it")
