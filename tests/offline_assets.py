"""Serve the CDN files folium asks for from npm packages, and a blank tile for every map tile, so browser tests
never touch the network. Requests to 127.0.0.1 (the Streamlit server) pass through; anything else is refused
and recorded in :attr:`OfflineAssets.refused`."""

from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path
from urllib.parse import urlparse

# 1x1 transparent PNG, stretched by Leaflet to a tile
BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=")

# cdnjs and other non-npm URL layouts → (package, path inside it)
SPECIAL = [
    (re.compile(r"^/ajax/libs/Leaflet\.awesome-markers/[^/]+/(.+)$"), "leaflet.awesome-markers", r"dist/\1"),
    (re.compile(r"^/ajax/libs/jquery/[^/]+/(.+)$"), "jquery", r"dist/\1"),
    (re.compile(r"^/jquery-[\d.]+\.min\.js$"), "jquery", "dist/jquery.min.js"),
    (re.compile(r"^/ajax/libs/leaflet\.markercluster/[^/]+/(.+)$"), "leaflet.markercluster", r"dist/\1"),
]
# files folium serves from its own repository: take them from the installed folium package
FOLIUM_TEMPLATES = re.compile(r"^/gh/python-visualization/folium(?:@[^/]+)?/folium/templates/(.+)$")
EMPTY_OK = ("bootstrap-glyphicons.css", "leaflet.awesome.rotate.min.css")


class OfflineAssets:
    def __init__(self, node_modules: Path):
        self.root = Path(node_modules)
        self.served: list[str] = []
        self.refused: list[str] = []

    def resolve(self, url: str) -> Path | None:
        parsed = urlparse(url)
        path = parsed.path
        m = FOLIUM_TEMPLATES.match(path)
        if m:
            import folium

            return Path(folium.__file__).parent / "templates" / m.group(1)
        for pattern, package, target in SPECIAL:
            m = pattern.match(path)
            if m:
                return self.root / package / m.expand(target)
        m = re.match(r"^/npm/((?:@[^/]+/)?[^@/]+)(?:@[^/]+)?/(.+)$", path)
        if m:
            return self.root / m.group(1) / m.group(2)
        return None

    def body(self, url: str) -> tuple[bytes, str] | None:
        """(content, content type) standing in for a remote ``url``, or None when nothing local stands for it."""
        host = urlparse(url).hostname or ""
        if "tile" in host or re.search(r"/\d+/\d+/\d+(\.png|\.jpg)?$", url):
            return BLANK_PNG, "image/png"
        if url.endswith(EMPTY_OK):
            return b"", "text/css"
        target = self.resolve(url)
        if target is not None and not target.is_file() and target.name.endswith(".min.js"):
            target = target.with_name(target.name[:-len(".min.js")] + ".js")  # some packages ship no .min
        if target is not None and target.is_file():
            return target.read_bytes(), mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return None

    def handle(self, route):
        url = route.request.url
        parsed = urlparse(url)
        if (parsed.hostname or "") in ("127.0.0.1", "localhost") or parsed.scheme in ("file", "data", "about", "blob"):
            return route.continue_()
        found = self.body(url)
        if found is None:
            self.refused.append(url)
            return route.abort()
        self.served.append(url)
        return route.fulfill(status=200, body=found[0], content_type=found[1])
