"""Fetching a web page or a feed, within limits: http(s) only, a time-out, a size cap, a few redirects, and — where
the caller asks (the hosted dashboard) — never an address on the machine's own networks (loopback, private,
link-local), so the app cannot be used as a proxy into them. Each failure is one line saying what and how to fix.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from conflictmap import __version__
from conflictmap.errors import FetchError

TIMEOUT_S = 15.0
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
USER_AGENT = f"conflictmap/{__version__} (article fetcher)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # "text/html", "application/rss+xml", …
    body: bytes


def check_address(url: str, resolve: Callable = socket.getaddrinfo) -> None:
    """Refuse a URL whose host resolves to a loopback, private, link-local or otherwise non-public address."""
    host = urlsplit(url).hostname or ""
    try:
        infos = resolve(host, None)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{url}: the host {host!r} could not be found ({exc}); check the address") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(f"{url}: {host} is an address on this machine's own networks ({ip}); the dashboard "
                             "does not fetch those (set CONFLICTMAP_ALLOW_PRIVATE_URLS=on to allow it)")


def fetch(url: str, *, allow_private: bool = True, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS, session: requests.Session | None = None) -> Fetched:
    """The page at ``url`` (following up to ``max_redirects`` redirects), or a :class:`FetchError`."""
    session = session or requests.Session()
    deadline = time.monotonic() + timeout
    for _ in range(max_redirects + 1):
        _check_url(url, allow_private)
        response = _get(session, url, deadline)
        if response.is_redirect or response.is_permanent_redirect:
            location = response.headers.get("Location", "")
            response.close()
            url = urljoin(url, location)
            continue
        with response:
            if response.status_code >= 400:
                raise FetchError(f"{url}: the server answered {response.status_code} "
                                 f"{response.reason or ''}".rstrip() + "; check the address")
            body = _read(response, url, max_bytes, deadline)
            kind = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            return Fetched(response.url or url, kind, body)
    raise FetchError(f"{url}: more than {max_redirects} redirects; give the article's own address")


def _check_url(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url!r} is not an http(s) address; give one such as https://example.org/story")
    if not allow_private:
        check_address(url)


def _get(session: requests.Session, url: str, deadline: float) -> requests.Response:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"{url}: no answer within {TIMEOUT_S:.0f} s; try again later")
    try:
        return session.get(url, stream=True, allow_redirects=False, timeout=(min(left, 10.0), left),
                           headers={"User-Agent": USER_AGENT})
    except requests.Timeout:
        raise FetchError(f"{url}: no answer within the time-out; try again later") from None
    except requests.RequestException as exc:
        raise FetchError(f"{url}: could not be fetched ({type(exc).__name__}); check the address") from None


def _read(response: requests.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: larger than {max_bytes // 1_000_000} MB; save the article's text and add "
                                 "the file instead")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: not fully received within the time-out; try again later")
            chunks.append(chunk)
    except requests.RequestException:
        raise FetchError(f"{url}: the answer broke off; try again later") from None
    return b"".join(chunks)
