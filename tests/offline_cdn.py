"""The CDNs folium's pages load from, stood in for by an HTTPS server on 127.0.0.1 (a self-signed certificate made
with ``openssl``), for measuring a browser the way a user's behaves.

Playwright's request routing (:mod:`offline_assets`, used by the browser tests) turns the browser's HTTP cache off,
so every reload fetches and compiles Streamlit's scripts again, which no user's browser does. Here Chromium resolves
every host but 127.0.0.1 to this server (``--host-resolver-rules``) and accepts its certificate, so nothing is
routed, the cache works, and still nothing is fetched from the network: the files are the npm packages' (through
:class:`offline_assets.OfflineAssets`), tiles are blank.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from local_server import LocalServer
from offline_assets import OfflineAssets


class OfflineCDN(LocalServer):
    """``with OfflineCDN(node_modules, folder) as cdn:`` then launch Chromium with ``cdn.chromium_args``."""

    def __init__(self, node_modules: Path, folder: Path, latency: float = 0.0):
        """``latency``: seconds each answer waits, as a CDN's round trip over the network would."""
        if shutil.which("openssl") is None:
            raise RuntimeError("the CDN stand-in needs the openssl command (apt-get install openssl)")
        key, cert = Path(folder) / "cdn-key.pem", Path(folder) / "cdn-cert.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                        "-out", str(cert), "-days", "1", "-subj", "/CN=offline-cdn"], check=True, capture_output=True)
        self.assets = assets = OfflineAssets(node_modules)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # (keep-alive, as a CDN)

            def log_message(self, *args):
                pass

            def do_GET(self):
                time.sleep(latency)
                url = f"https://{self.headers.get('Host', '').split(':')[0]}{self.path}"
                found = assets.body(url)
                (assets.refused if found is None else assets.served).append(url)
                body, ctype = found if found is not None else (b"", "text/plain")
                self.send_response(200 if found is not None else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "public, max-age=31536000")  # (as jsDelivr and cdnjs send)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()
                self.wfile.write(body)

        self.serve(Handler)
        self.httpd.handle_error = lambda *args: None  # (a page closed mid-answer: nothing to report)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        port = self.httpd.server_address[1]
        self.chromium_args = [f"--host-resolver-rules=MAP * 127.0.0.1:{port}, EXCLUDE 127.0.0.1",
                              "--ignore-certificate-errors"]
