"""A local stand-in for news sites (127.0.0.1 only): saved article pages with and without metadata, a paywall-like
stub, a PDF, a 404, a slow answer, a redirect chain, a huge page, an RSS and an Atom feed, and the shapes a hostile
server uses (a body or headers dripped a byte at a time, a gzip bomb, a redirect to anywhere)."""

from __future__ import annotations

import gzip
import time
from urllib.parse import parse_qs, urlsplit
from http.server import BaseHTTPRequestHandler

from local_server import LocalServer

STORY = """<html><head><title>Rebels take Hama - Test Wire</title>
<meta property="og:title" content="Rebels take Hama after days of fighting">
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2024-12-06T08:00:00Z">
</head><body><nav>Home | World | Sport</nav><article><h1>Rebels take Hama after days of fighting</h1>
<p>Rebels seized Hama on Thursday after days of fighting with government troops, residents said, in the
biggest advance of the offensive so far.</p>
<p>The army withdrew from the city, the military said in a statement on Thursday evening. Thousands of
families fled south towards Homs, aid agencies said.</p>
<p>The rebels had captured Aleppo a week earlier.</p></article>
<footer>Copyright Test Wire. All rights reserved.</footer></body></html>"""

PLAIN = """<html><body><div class="story"><p>Militants ambushed an army convoy near Kidal on Monday, killing
three soldiers, a security source said. The convoy was travelling from Gao when it came under fire from both
sides of the road, and soldiers fought back for about an hour before reinforcements arrived from the base.</p>
</div></body></html>"""

PAYWALL = """<html><head><title>Subscribe</title></head><body><p>Subscribe to read this article.</p></body></html>"""


def feed(base: str, atom: bool) -> bytes:
    items = [("Rebels take Hama", f"{base}/story.html"), ("Ambush near Kidal", f"{base}/plain.html")]
    if atom:
        entries = "".join(f"<entry><title>{t}</title><link href=\"{u}\"/><id>{u}</id>"
                          f"<updated>2024-12-06T08:00:00Z</updated></entry>" for t, u in items)
        return (f"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test</title>"
                f"<id>{base}/</id><updated>2024-12-06T08:00:00Z</updated>{entries}</feed>").encode()
    entries = "".join(f"<item><title>{t}</title><link>{u}</link></item>" for t, u in items)
    return (f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title><link>{base}/</link>"
            f"{entries}</channel></rss>").encode()


class FakeWeb(LocalServer):
    def __init__(self):
        self.log: list[str] = []
        self.hosts: list[str] = []  # the Host header of each request
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.log.append(self.path)
                server.hosts.append(self.headers.get("Host", ""))
                path = self.path.split("?")[0]
                if path == "/drip":  # promises 100,000 bytes, sends one every 0.2 s
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    return self._drip(b"x" * 100)
                if path == "/drip-headers":  # the headers themselves, a byte every 0.2 s
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    return self._drip(b"X-Slow: " + b"y" * 100)
                if path == "/gzip-bomb":  # 50 MB of zeros in about 50 KB
                    return self._send(gzip.compress(b"\0" * 50_000_000), "text/html", encoding="gzip")
                if path == "/gzip-story.html":
                    return self._send(gzip.compress(STORY.encode()), "text/html", encoding="gzip")
                if path == "/go":  # a redirect to ?to=…
                    self.send_response(302)
                    self.send_header("Location", parse_qs(urlsplit(self.path).query)["to"][0])
                    self.end_headers()
                    return
                if path == "/story.html":
                    return self._send(STORY.encode(), "text/html; charset=utf-8")
                if path == "/plain.html":
                    return self._send(PLAIN.encode(), "text/html")
                if path == "/paywall.html":
                    return self._send(PAYWALL.encode(), "text/html")
                if path == "/report.pdf":
                    return self._send(b"%PDF-1.4 not an article", "application/pdf")
                if path == "/slow.html":
                    time.sleep(2.5)
                    return self._send(STORY.encode(), "text/html")
                if path == "/huge.html":
                    return self._send(b"<html><body>" + b"<p>word </p>" * 600_000 + b"</body></html>", "text/html")
                if path.startswith("/redirect/"):
                    left = int(path.rsplit("/", 1)[1])
                    self.send_response(302)
                    self.send_header("Location", f"/redirect/{left - 1}" if left > 1 else "/story.html")
                    self.end_headers()
                    return
                if path in ("/feed.rss", "/feed.atom"):
                    kind = "application/atom+xml" if path.endswith("atom") else "application/rss+xml"
                    return self._send(feed(server.url, path.endswith("atom")), kind)
                self.send_response(404)
                self.end_headers()

            def _drip(self, data: bytes):
                try:
                    for i in range(len(data)):
                        self.wfile.write(data[i:i + 1])
                        self.wfile.flush()
                        time.sleep(0.2)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # (the client gave up: its deadline at work)

            def _send(self, body: bytes, kind: str, encoding: str = ""):
                self.send_response(200)
                self.send_header("Content-Type", kind)
                if encoding:
                    self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # (the client gave up: a size cap or a time-out at work)

        self.serve(Handler)
