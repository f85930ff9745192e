"""The first map in a real browser: seconds from navigation to the first marker drawn on the dashboard's map.

    python benchmarks/first_marker.py [--reloads 5] [--data-dir data]

A Streamlit server is started on the data folder (the shipped one by default) and Debian's Chromium (through
Playwright; the map's CDN files served from tests/browser/node_modules, as in the browser tests, so nothing is
fetched from the network) opens the page. Printed: the server's start, the first visit to the fresh server (it
loads the data then) and, on the running server, the median and the slowest of several reloads, each from
navigation until the first event point or route stop is drawn inside the map. Needs `bash .ci/setup` first.
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
from offline_assets import OfflineAssets  # noqa: E402

MARKER = ".cm-event, .cm-stop"  # an event's point or a numbered stop of the advance


def first_marker(page, url: str) -> float:
    started = time.perf_counter()
    page.goto(url)
    page.frame_locator("iframe[title*='st_folium']").locator(MARKER).first.wait_for(timeout=60_000)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reloads", type=int, default=5)
    ap.add_argument("--data-dir", type=Path, default=ROOT / "data")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        started = time.perf_counter()
        server = StreamlitServer(args.data_dir.resolve(), Path(tmp))  # (returns once the server is healthy)
        start_s, url = time.perf_counter() - started, server.url
        try:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run"])
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.route("**/*", OfflineAssets(ASSETS).handle)
            page = context.new_page()
            fresh = first_marker(page, url)
            reloads = [first_marker(page, url) for _ in range(args.reloads)]
            browser.close()
        finally:
            server.stop()
    print(f"server start (to healthy): {start_s:.1f} s")
    print(f"first marker, first visit to the fresh server: {fresh:.2f} s")
    print(f"first marker, reload on the running server: median {statistics.median(reloads):.2f} s, "
          f"slowest {max(reloads):.2f} s ({len(reloads)} reloads)")


if __name__ == "__main__":
    main()
