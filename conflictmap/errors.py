"""One exception root for the package. The package raises; only the CLI and the app turn errors into messages.

Subclasses mix in the built-in they resemble, so callers that know nothing of conflictmap can still catch
``ValueError`` or ``TimeoutError``.
"""


class ConflictmapError(Exception):
    """Root of every error conflictmap raises on purpose. ``str(err)`` is a one-line message for a user."""


class ArticleError(ConflictmapError, ValueError):
    """An article file could not be read: missing, empty, not UTF-8, broken front matter."""


class DataFileError(ConflictmapError, ValueError):
    """A file in the data folder is malformed (names the file and line) and was left untouched."""


class SettingsError(ConflictmapError, ValueError):
    """An environment setting has a value conflictmap cannot use."""


class GeocodingError(ConflictmapError):
    """A geocoding step failed in a way the caller should hear about (not a plain miss)."""


class GeocoderUnavailable(GeocodingError, ConnectionError):
    """The remote geocoder could not be reached or answered with an error."""


class GeocoderTimedOut(GeocoderUnavailable, TimeoutError):
    """The remote geocoder did not answer in time (after its retries): an outage too, and a ``TimeoutError``."""


class FetchError(ConflictmapError, ConnectionError):
    """A web page or feed could not be fetched or held no article (not HTML, no text, time-out, 404…)."""
