"""A threaded HTTP server on 127.0.0.1 for the tests' stand-ins (Nominatim, news sites): started and stopped as a
context manager, its address in ``url``."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer


class LocalServer:
    def serve(self, handler) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        # (polled every 50 ms, so stopping it takes no longer: serve_forever's default half second is a test's time)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
