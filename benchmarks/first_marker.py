"""The first map in a real browser: seconds from navigation to the first marker drawn on the dashboard's map.

    python benchmarks/first_marker.py [--visits 5] [--data-dir data] [--cdn-latency 0.08]

A Streamlit server is started on the data folder (the shipped one by default) and Debian's Chromium (through
Playwright) opens the page. The map's CDN files come from an HTTPS stand-in on 127.0.0.1 serving the npm packages of
tests/browser/node_modules (tests/offline_cdn.py), so nothing is fetched from the network and — unlike request
routing, which turns the browser's cache off — the browser caches as a user's does. Printed: the server's start, the
first visit to the fresh server (it loads the data then), then on the running server the median and the slowest of
several visits by a new visitor (an empty browser cache) and of several reloads (the cache warm), each from
navigation until the first event point or route stop is drawn inside the map. ``--cdn-latency`` makes each CDN
answer wait that many seconds, as a round trip to a real CDN would (the stand-in on 127.0.0.1 answers at once).
Needs `bash .ci/setup` first.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import ASSETS, CHROMIUM, StreamlitServer  # noqa: E402  (the browser tests' setup)
from offline_cdn import OfflineCDN  # noqa: E402

MARKER = ".cm-event, .cm-stop"  # an event's point or a numbered stop of the advance


def first_marker(page, url: str) -> float:
    started = time.perf_counter()
    page.goto(url)
    page.frame_locator("iframe[title*='st_folium']").locator(MARKER).first.wait_for(timeout=60_000)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--visits", type=int, default=5, help="new visitors and reloads to time (each)")
    ap.add_argument("--data-dir", type=Path, default=ROOT / "data")
    ap.add_argument("--cdn-latency", type=float, default=0.0, help="seconds each CDN answer waits (a round trip)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with (tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw,
          OfflineCDN(ASSETS, Path(tmp), args.cdn_latency) as cdn):
        started = time.perf_counter()
        server = StreamlitServer(args.data_dir.resolve(), Path(tmp))  # (returns once the server is healthy)
        start_s, url = time.perf_counter() - started, server.url
        try:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-features=AutofillServerCommunication", *cdn.chromium_args])

            def visitor():  # a new browser context: its own, empty cache
                return browser.new_context(viewport={"width": 1400, "height": 1000}, ignore_https_errors=True)

            context = visitor()
            fresh = first_marker(context.new_page(), url)
            context.close()
            new = []
            for _ in range(args.visits):
                context = visitor()
                new.append(first_marker(context.new_page(), url))
                context.close()
            context = visitor()
            page = context.new_page()
            first_marker(page, url)
            reloads = [first_marker(page, url) for _ in range(args.visits)]
            browser.close()
        finally:
            server.stop()
        if cdn.assets.refused:
            print(f"(the stand-in had nothing for {len(cdn.assets.refused)} URLs, e.g. {cdn.assets.refused[0]})")
    if args.cdn_latency:
        print(f"(each CDN answer waited {args.cdn_latency * 1000:.0f} ms)")
    print(f"server start (to healthy): {start_s:.1f} s")
    print(f"first marker, first visit to the fresh server: {fresh:.2f} s")
    for what, times in (("a new visitor (empty cache)", new), ("a reload (cache warm)", reloads)):
        print(f"first marker on the running server, {what}: median {statistics.median(times):.2f} s, "
              f"slowest {max(times):.2f} s ({len(times)} visits)")


if __name__ == "__main__":
    main()
