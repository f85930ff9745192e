"""A local stand-in for a Nominatim server (127.0.0.1 only), with scripted misbehaviour and a request log."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler

from local_server import LocalServer
from urllib.parse import parse_qs, urlparse

PLACES = {
    "normalville": {"lat": "35.5", "lon": "37.25", "name": "Normalville", "osm_type": "node", "osm_id": 42,
                    "addresstype": "village", "address": {"country_code": "sy"},
                    "display_name": "Normalville, Syria"},
}


class FakeNominatim(LocalServer):
    def __init__(self):
        self.log: list[tuple[float, str, dict]] = []  # (monotonic time, query, params)
        self.busy_left = {"busyville": 1}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                url = urlparse(self.path)
                params = {k: v[0] for k, v in parse_qs(url.query).items()}
                q = params.get("q", "").lower()
                server.log.append((time.monotonic(), q, {**params, "user_agent": self.headers.get("User-Agent")}))
                if q == "slowville":
                    time.sleep(1.5)
                    return self._json([])
                if q == "busyville" and server.busy_left["busyville"] > 0:
                    server.busy_left["busyville"] -= 1
                    self.send_response(429)
                    self.send_header("Retry-After", "1")
                    self.end_headers()
                    return
                if q == "brokenville":
                    self.send_response(500)
                    self.end_headers()
                    self.wfile.write(b"internal error")
                    return
                if q == "garbageville":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b"{not json")
                    return
                if q == "busyville":
                    return self._json([{**PLACES["normalville"], "name": "Busyville", "lat": "34.0"}])
                return self._json([PLACES[q]] if q in PLACES else [])

            def _json(self, payload):
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.serve(Handler)

    def queries(self) -> list[str]:
        return [q for _, q, _ in self.log]

    def min_gap(self) -> float:
        times = [t for t, _, _ in self.log]
        return min((b - a for a, b in zip(times, times[1:])), default=float("inf"))
