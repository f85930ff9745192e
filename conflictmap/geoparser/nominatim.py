"""The opt-in remote step: Nominatim (OpenStreetMap) through geopy, as its usage policy asks — at most one request
per second, an identifying User-Agent, retries with exponential back-off on time-outs, 429 (honouring
``Retry-After``) and 5xx. An outage (no answer after the retries) raises
:class:`~conflictmap.errors.GeocoderUnavailable`; it is never cached, and once it happens the step stops asking
for the rest of the run instead of waiting out the back-off for every name."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from geopy.exc import GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges, GeocoderQueryError, \
    GeocoderRateLimited, GeocoderServiceError
from geopy.exc import GeocoderTimedOut as TimedOut

from conflictmap.errors import GeocoderTimedOut, GeocoderUnavailable, SettingsError
from conflictmap.geoparser.geocoding import Geocoded, now

GENERIC_AGENTS = {"", "geopy", "python-requests", "python-urllib", "mozilla/5.0", "conflictmap"}
# Errors no retry mends: the question or the credentials are wrong.
_FINAL = (GeocoderQueryError, GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges)
GIVE_UP_AFTER = 3  # names in a row without an answer that make an outage


class PoliteRateLimiter:
    """Calls ``func`` at most once per ``min_delay_seconds``; on geopy's service errors, retries up to
    ``max_retries`` times after ``error_wait_seconds × 2^attempt`` (or the server's ``Retry-After`` on 429, if
    longer), then raises the last error. Clock and sleep are injectable for tests."""

    def __init__(self, func, *, min_delay_seconds: float = 1.0, max_retries: int = 2,
                 error_wait_seconds: float = 1.0, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.func = func
        self.min_delay_seconds = min_delay_seconds
        self.max_retries = max_retries
        self.error_wait_seconds = error_wait_seconds
        self._clock = clock
        self._sleep = sleep
        self._last_call: float | None = None

    def _wait_for_slot(self) -> None:
        if self._last_call is not None:
            wait = self._last_call + self.min_delay_seconds - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_call = self._clock()

    def __call__(self, *args, **kwargs):
        for attempt in range(self.max_retries + 1):
            self._wait_for_slot()
            try:
                return self.func(*args, **kwargs)
            except _FINAL:
                raise
            except GeocoderServiceError as exc:
                if attempt == self.max_retries:
                    raise
                wait = self.error_wait_seconds * 2 ** attempt
                if isinstance(exc, GeocoderRateLimited) and exc.retry_after:
                    wait = max(wait, float(exc.retry_after))
                self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover


_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]*@")


def redacted(text: str) -> str:
    """``text`` with any user name and password in its URLs (``https://user:token@host``) replaced by ``***``: what
    is said about a server goes into messages, the "Not placed" table and ``data/unplaced.csv``."""
    return _USERINFO.sub(r"\1***@", text)


class NominatimStep:
    """geopy's Nominatim behind :class:`PoliteRateLimiter`."""

    def __init__(self, url: str, user_agent: str, *, min_delay: float = 1.0, max_retries: int = 2,
                 timeout: float = 10.0, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, adapter_factory=None):
        from geopy.adapters import URLLibAdapter
        from geopy.geocoders import Nominatim

        if user_agent.strip().lower() in GENERIC_AGENTS or "/" not in user_agent and "@" not in user_agent:
            raise SettingsError(f"CONFLICTMAP_USER_AGENT {user_agent!r} does not identify you; Nominatim's policy "
                                "asks for an identifying User-Agent, e.g. 'conflictmap/0.1 (you@example.org)'")
        scheme, _, domain = url.partition("://")
        if not domain:
            shown = "***@" + url.rpartition("@")[2] if "@" in url else url
            raise SettingsError(f"CONFLICTMAP_NOMINATIM_URL must look like https://host[:port], got {shown!r}")
        self.url = url
        self.geocoder = Nominatim(domain=domain.rstrip("/"), scheme=scheme, user_agent=user_agent, timeout=timeout,
                                  adapter_factory=adapter_factory or URLLibAdapter)
        self.limited = PoliteRateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay,
                                         max_retries=max_retries, error_wait_seconds=min_delay, clock=clock,
                                         sleep=sleep)
        self.unanswered = 0  # names in a row that got no answer
        self.last_error = ""

    def __call__(self, name: str, country: str | None) -> Geocoded:
        if self.unanswered >= GIVE_UP_AFTER:
            raise GeocoderUnavailable(f"Nominatim is not answering ({self.last_error}); not asked for {name!r}")
        try:
            location = self.limited(name, exactly_one=True, country_codes=country.lower() if country else None,
                                    addressdetails=True)
        except GeocoderServiceError as exc:  # time-outs, 429, 5xx, unparsable answers: after the retries
            raise self._unanswered(name, f"{type(exc).__name__}: {exc}", timed_out=isinstance(exc, TimedOut)) \
                from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # an answer geopy could not read
            raise self._unanswered(name, f"an unreadable answer: {exc}") from None
        self.unanswered = 0
        if location is None:
            return Geocoded(query=name, country=country or "", source="miss", retrieved_at=now())
        raw = location.raw or {}
        osm = f"osm:{raw.get('osm_type', '')}/{raw.get('osm_id', '')}" if raw.get("osm_id") else ""
        cc = ((raw.get("address") or {}).get("country_code") or "").upper()
        return Geocoded(query=name, country=country or "", name=str(raw.get("name") or location.address)[:200],
                        lat=location.latitude, lon=location.longitude, source="nominatim", ident=osm,
                        country_code=cc, feature=str(raw.get("addresstype") or raw.get("type") or ""),
                        retrieved_at=now())

    def _unanswered(self, name: str, why: str, timed_out: bool = False) -> GeocoderUnavailable:
        self.unanswered += 1
        self.last_error = redacted(f"{self.url}: {why}")
        return (GeocoderTimedOut if timed_out else GeocoderUnavailable)(
            f"Nominatim did not answer for {name!r} ({self.last_error})")
