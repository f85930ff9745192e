"""The README's screenshots, taken in a real browser from the app as it is:

    python docs/screenshots.py [--out docs/screenshots]

- ``seed.png``: the shipped data (the seed article), 1400 × 1000;
- ``three-articles.png``: the three example articles of ``docs/examples/m23-2025`` (one offensive told in three
  reports), built into a temporary data folder: their campaign across articles;
- ``pasted.png``: the seed's dashboard after an article is pasted into "Map your own article" and mapped;
- ``narrow.png``: the seed in an 800-pixel-wide window.

Debian's Chromium through Playwright, the map's CDN files served from ``tests/browser/node_modules`` (``bash
.ci/setup`` installs both) and blank tiles: nothing is fetched from the network, so the map has no background.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import ASSETS, CHROMIUM, StreamlitServer  # noqa: E402  (the browser tests' setup)
from offline_assets import OfflineAssets  # noqa: E402

PASTED = ("Rebels seized the town of Maaloula on Friday after heavy clashes with government forces, residents "
          "said. The fighters then advanced on Yabroud, a town 20 km to the north, on Saturday.")


def _map_ready(page) -> None:
    frame = page.frame_locator("iframe[title*='st_folium']")
    frame.locator(".cm-event, .cm-stop").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)  # (the fitted view settles, the chart draws)


def shoot(browser, url: str, path: Path, width: int = 1400, paste: str | None = None) -> None:
    context = browser.new_context(viewport={"width": width, "height": 1000})
    context.route("**/*", OfflineAssets(ASSETS).handle)
    page = context.new_page()
    page.goto(url)
    _map_ready(page)
    if paste:
        page.get_by_text("Map your own article").click()
        page.get_by_label("Article text").fill(paste)
        page.get_by_role("button", name="Map it").click()
        page.get_by_text("Mapped").first.wait_for(timeout=120_000)
        _map_ready(page)
        page.locator("iframe[title*='st_folium']").scroll_into_view_if_needed()  # (back up to the map)
        page.wait_for_timeout(500)
    page.screenshot(path=str(path))
    context.close()
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    from conflictmap.build.run import build

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        tmp = Path(tmp)
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"])
        seed = StreamlitServer(ROOT / "data", tmp)
        try:
            shoot(browser, seed.url, args.out / "seed.png")
            shoot(browser, seed.url, args.out / "narrow.png", width=800)
            shoot(browser, seed.url, args.out / "pasted.png", paste=PASTED)
        finally:
            seed.stop()
        build(ROOT / "docs" / "examples" / "m23-2025", tmp / "m23")
        story = StreamlitServer(tmp / "m23", tmp)
        try:
            shoot(browser, story.url, args.out / "three-articles.png")
        finally:
            story.stop()
        browser.close()


if __name__ == "__main__":
    main()
