"""Untrusted article text never executes: an article full of injection payloads, built and shown in the app
and in the exported HTML, in a real Chromium. No dialog may open and no injected element may exist."""

from __future__ import annotations


import pytest

from conflictmap.build.run import build
from conflictmap.store.dataset import load_dataset
from conflictmap.ui.map import build_map, map_html
from conftest import StreamlitServer

PAYLOAD_ARTICLE = """---
title: "Attack <img src=x onerror=alert('title')> report"
published: 2024-12-09
source: "Evil <script>alert('source')</script> News"
url: "javascript:alert('url')"
---
Rebels seized Aleppo <img src=x onerror=alert(1)> on Sunday.

Shelling hit Homs <script>alert(2)</script> on Saturday.

Clashes near Hama "'><svg onload=alert(3)> were reported.

Crowds protested in Damascus `${alert(4)}` </script><script>alert(5)</script> on Friday.

A ceasefire was signed in Vienna javascript:alert(6) \u2028 alert(7) \u2029 "); alert(8); ("

The offensive began from Idlib <a href="javascript:alert(9)">link</a> last week.
"""
CORRECTION = ("place,country,article,lat,lon,date,note,source_url\n"
              "Aleppo,SY,,,,2024-11-30,\"<b onmouseover=alert(10)>note</b>\",javascript:alert(11)\n")

INJECTED = """() => {
  const bad = [...document.querySelectorAll('*')].filter(e =>
      [...e.attributes].some(a => a.name.startsWith('on') && /alert/.test(a.value)) ||
      (e.tagName === 'A' && /^\\s*javascript:/i.test(e.getAttribute('href') || '')) ||
      (e.tagName === 'IMG' && e.getAttribute('src') === 'x'));
  return bad.map(e => e.outerHTML.slice(0, 120));
}"""


@pytest.fixture(scope="module")
def evil_data(tmp_path_factory, gaz):
    root = tmp_path_factory.mktemp("evil")
    articles = root / "articles"
    articles.mkdir()
    (articles / "evil.md").write_text(PAYLOAD_ARTICLE, encoding="utf-8")
    data = root / "data"
    data.mkdir()
    (data / "corrections.csv").write_text(CORRECTION, encoding="utf-8")
    build(articles, data)
    return data


def test_payloads_reach_the_data_as_text(evil_data):
    ds = load_dataset(evil_data)
    notes = " ".join(ds.events["notes"])
    assert "<img src=x onerror=alert(1)>" in notes and "<script>alert(2)</script>" in notes
    assert {"Aleppo", "Homs", "Hama", "Damascus", "Vienna", "Idlib"} <= set(ds.events["location"])


def test_exported_html_runs_nothing(evil_data, page, tmp_path):
    ds = load_dataset(evil_data)
    out = tmp_path / "map.html"
    out.write_text(map_html(build_map(ds.events, ds.route)), encoding="utf-8")
    page.goto(out.as_uri())
    page.wait_for_selector(".leaflet-container")
    shown = []
    for point in page.locator("path.cm-event").all():  # popups built in the browser from JSON
        point.dispatch_event("click")  # even for points outside the first view
        page.wait_for_timeout(50)
        shown.extend(page.locator(".leaflet-popup-content").all_inner_texts())
    for marker in page.locator(".cm-stop").all():
        marker.dispatch_event("click")
        page.wait_for_timeout(100)
        shown.extend(page.locator(".leaflet-popup-content").all_inner_texts())
    assert page.evaluate(INJECTED) == []
    assert page.dialogs == []
    text = " ".join(shown)
    assert "<img src=x onerror=alert(1)>" in text  # the payload is shown as text in Aleppo's popup
    assert "<b onmouseover=alert(10)>" in text or "javascript:alert(11)" in text  # the correction, as text


def test_app_runs_nothing(evil_data, page, tmp_path):
    server = StreamlitServer(evil_data, tmp_path)
    try:
        page.goto(server.url + "/?type=%3Cimg%20src%3Dx%20onerror%3Dalert(12)%3E&q=%3Cscript%3Ealert(13)%3C/script%3E")
        page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000)
        frame = page.frame_locator("iframe[title*='st_folium']")
        frame.locator(".leaflet-container").wait_for(timeout=60_000)
        page.wait_for_timeout(1000)
        assert page.evaluate(INJECTED) == []
        map_frame = next(f for f in page.frames if f.url and "streamlit_folium" in f.url)
        for marker in frame.locator(".cm-stop").all():
            marker.dispatch_event("click")
        page.wait_for_timeout(300)
        assert map_frame.evaluate(INJECTED) == []
        assert page.dialogs == []
        assert page.get_by_text("ignored type=").count() >= 1  # the hostile link is noticed, not obeyed
    finally:
        server.stop()
