"""Fetching a web page or a feed, within limits, under one address policy.

- **One parser.** The URL is split once, here, and the connection is made from those parts (no second parser that
  could read the host differently): a URL with a backslash, whitespace or a control character, or with a user name
  or password before the host (``user@host``), is refused.
- **Resolve once, check, connect to what was checked.** The host's addresses are looked up once; where the caller
  asks (the hosted dashboard), every one must be a public unicast address — IPv4 inside IPv6 (``::ffff:…``,
  ``64:ff9b::…``, ``2002:…``, Teredo) is unwrapped and checked too — and the connection goes to a checked address
  (the ``Host`` header and TLS server name stay the URL's name), so a name that resolves differently a second time
  (DNS rebinding) cannot move it. Every redirect hop goes through the same steps.
- **Deadlines that hold.** One time budget per fetch covers connecting, the headers and the whole body, enforced
  while reading (a watchdog closes the connection when it runs out: a server that drips a byte a second is cut
  off); a size cap; a :class:`Budget` of bytes per run across fetches.
- **Messages that reveal nothing.** For the hosted policy, a refused address and a connection that failed (closed
  port, filtered port, unreachable host) get the same one line, so the dashboard is no port scanner.

Each failure is a :class:`FetchError`: one line saying what and how to fix.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from conflictmap import __version__
from conflictmap.errors import FetchError

TIMEOUT_S = 15.0
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
USER_AGENT = f"conflictmap/{__version__} (article fetcher)"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SHOWN = 200  # characters of a URL a message repeats


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # "text/html", "application/rss+xml", …
    body: bytes


@dataclass(frozen=True)
class Target:
    """A URL split once, as the connection will be made: scheme, host (IDNA), port, and the request's path."""

    url: str
    scheme: str
    host: str
    port: int
    path: str


class Budget:
    """Bytes a run may still fetch across all its fetches (``conflictmap add`` of a feed: many pages)."""

    def __init__(self, total_bytes: int):
        self.total = self.left = int(total_bytes)

    def take(self, n: int, url: str) -> None:
        self.left -= n
        if self.left < 0:
            raise FetchError(f"{shown(url)}: this run has fetched its {self.total // 1_000_000} MB (the most one run "
                             "fetches: CONFLICTMAP_FETCH_MAX_MB); run it again for the rest")


def shown(url: str) -> str:
    """A URL as a message repeats it: printable, at most a couple of hundred characters."""
    text = "".join(c if c.isprintable() else "?" for c in str(url))
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def parse_target(url: str) -> Target:
    """The parts a connection is made from, or a :class:`FetchError` for a URL this fetcher does not take."""
    if not isinstance(url, str) or not url:
        raise FetchError("no address given; give one such as https://example.org/story")
    if "\\" in url or any(c.isspace() or not c.isprintable() for c in url):
        raise FetchError(f"{shown(url)!r} has a backslash, a space or a control character; give the address as the "
                         "browser shows it, with those percent-encoded")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{shown(url)!r} is not an http(s) address; give one such as https://example.org/story")
    if "@" in parts.netloc:
        raise FetchError(f"{shown(url)}: has a user name or password before the host; give the address without it")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise FetchError(f"{shown(url)}: the port is not a number from 1 to 65535; check the address") from None
    if not host:
        raise FetchError(f"{shown(url)!r} names no host; give one such as https://example.org/story")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise FetchError(f"{shown(url)}: the host name cannot be written in DNS form; check the address") from None
    scheme = parts.scheme.lower()
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(url, scheme, host, port or (443 if scheme == "https" else 80), path)


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A global unicast address, with any IPv4 address carried inside an IPv6 one public too."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
        if ip in _NAT64:
            inner.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if int(ip) >> 32 == 0:  # IPv4-compatible (::a.b.c.d), deprecated, and ::1, ::
            return False
        if any(v is not None and not is_public(v) for v in inner):
            return False
    return bool(ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified or ip.is_loopback
                                      or ip.is_link_local or ip.is_private))


def addresses(target: Target, allow_private: bool, resolve: Callable = socket.getaddrinfo) -> list[tuple]:
    """The host's addresses, looked up once, as ``(family, sockaddr)``; all public unless ``allow_private``."""
    try:
        infos = resolve(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise _unreachable(target, allow_private, "the host could not be found") from None
    out = []
    for family, _type, _proto, _name, sockaddr in infos:
        try:
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        except ValueError:
            raise _unreachable(target, allow_private, "the host's address is not an IP address") from None
        if not allow_private and not is_public(ip):
            raise _unreachable(target, allow_private, "")
        out.append((family, sockaddr))
    if not out:
        raise _unreachable(target, allow_private, "the host has no address")
    return out


def _unreachable(target: Target, allow_private: bool, why: str) -> FetchError:
    if not allow_private:  # (one line for every refusal and failure: nothing to tell an open port from a closed one)
        return FetchError(f"{shown(target.url)}: not fetched — the dashboard fetches only public web addresses that "
                          "answer; check the address, or save the page and add the file (the operator can set "
                          "CONFLICTMAP_ALLOW_PRIVATE_URLS=on for addresses on this machine's own networks)")
    return FetchError(f"{shown(target.url)}: could not be fetched ({why}); check the address")


def check_address(url: str, resolve: Callable = socket.getaddrinfo) -> None:
    """Refuse a URL whose host resolves to any address that is not public (the hosted dashboard's policy)."""
    addresses(parse_target(url), allow_private=False, resolve=resolve)


def fetch(url: str, *, allow_private: bool = True, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS, budget: Budget | None = None,
          resolve: Callable = socket.getaddrinfo, tls: ssl.SSLContext | None = None) -> Fetched:
    """The page at ``url`` (following up to ``max_redirects`` redirects, each through the same policy), all of it
    within ``timeout`` seconds, or a :class:`FetchError`."""
    deadline = time.monotonic() + timeout
    for _ in range(max_redirects + 1):
        target = parse_target(url)
        status, reason, headers, body = _exchange(target, addresses(target, allow_private, resolve), deadline,
                                                  timeout, max_bytes, allow_private, tls)
        if status in (301, 302, 303, 307, 308) and headers.get("location"):
            url = urljoin(target.url, headers["location"].strip())
            continue
        if status >= 400:
            raise FetchError(f"{shown(target.url)}: the server answered {status} {reason}".rstrip() +
                             "; check the address")
        if budget is not None:
            budget.take(len(body), target.url)
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        return Fetched(target.url, kind, body)
    raise FetchError(f"{shown(url)}: more than {max_redirects} redirects; give the article's own address")


def _exchange(target: Target, addrs: list[tuple], deadline: float, timeout: float, max_bytes: int,
              allow_private: bool, tls: ssl.SSLContext | None) -> tuple[int, str, dict, bytes]:
    """One request to one of the checked addresses: (status, reason, headers lower-cased, body)."""
    sock = _connect(target, addrs, deadline, allow_private)
    expired = threading.Event()

    def cut() -> None:  # the watchdog: the budget is spent, whatever the server is doing
        expired.set()
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), cut)
    watchdog.daemon = True
    watchdog.start()
    try:
        if target.scheme == "https":
            context = tls or _default_tls()
            sock = context.wrap_socket(sock, server_hostname=target.host)
            conn = http.client.HTTPSConnection(target.host, target.port, context=context)
        else:
            conn = http.client.HTTPConnection(target.host, target.port)
        conn.sock = sock  # (the checked address; Host and the TLS name are the URL's)
        conn.request("GET", target.path, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip",
                                                  "Accept": "text/html,application/xhtml+xml,application/xml,*/*"})
        response = conn.getresponse()
        if expired.is_set():
            raise OSError("deadline")
        headers = {k.lower(): v for k, v in response.getheaders()}
        if response.status in (301, 302, 303, 307, 308) or response.status >= 400:
            return response.status, response.reason or "", headers, b""
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _too_large(target, max_bytes)
        body = _body(response, headers, target, max_bytes)
        if expired.is_set():  # (a connection cut by the watchdog reads as an early end: not a whole answer)
            raise OSError("deadline")
        if declared.isdigit() and len(body) < int(declared) and "content-encoding" not in headers:
            raise http.client.IncompleteRead(body, int(declared) - len(body))
        return response.status, response.reason or "", headers, body
    except FetchError:
        raise
    except ssl.SSLError as exc:
        raise FetchError(f"{shown(target.url)}: the secure connection failed ({exc.reason or 'TLS error'}); check "
                         "the address") from None
    except (OSError, http.client.HTTPException) as exc:
        if expired.is_set() or time.monotonic() >= deadline:
            raise FetchError(f"{shown(target.url)}: not fully received within the time-out ({timeout:.0f} s); try "
                             "again later") from None
        raise FetchError(f"{shown(target.url)}: the answer broke off ({type(exc).__name__}); try again later") \
            from None
    finally:
        watchdog.cancel()
        sock.close()


def _connect(target: Target, addrs: list[tuple], deadline: float, allow_private: bool) -> socket.socket:
    for family, sockaddr in addrs:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(min(left, 10.0))
        try:
            sock.connect(sockaddr)
        except OSError:
            sock.close()
            continue
        sock.settimeout(max(0.001, deadline - time.monotonic()))  # (and the watchdog for the whole answer)
        return sock
    raise _unreachable(target, allow_private, "no connection to it")


def _body(response: http.client.HTTPResponse, headers: dict, target: Target, max_bytes: int) -> bytes:
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", ""):
        raise FetchError(f"{shown(target.url)}: the server sent the page encoded as {encoding!r}; save the page "
                         "and add the file instead")
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 32) if "gzip" in encoding else None
    chunks, size = [], 0
    while True:
        chunk = response.read1(64 * 1024)
        if not chunk:
            break
        if inflate is not None:  # (bounded: a small bomb cannot become gigabytes)
            chunk = inflate.decompress(chunk, max_bytes - size + 1)
            if inflate.unconsumed_tail:
                raise _too_large(target, max_bytes)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(target, max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(target: Target, max_bytes: int) -> FetchError:
    return FetchError(f"{shown(target.url)}: larger than {max_bytes // 1_000_000} MB; save the article's text and add "
                      "the file instead")


def _default_tls() -> ssl.SSLContext:
    import certifi  # (the same authorities as requests and pip trust, on any machine)

    return ssl.create_default_context(cafile=certifi.where())
