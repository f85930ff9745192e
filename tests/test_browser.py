"""The dashboard in a real Chromium: the Leaflet map draws the events and the numbered, directed advance."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser
ROUTE = ["Idlib", "Aleppo", "Hama", "Homs", "Al-Qusayr", "Damascus"]


def _map_frame(page):
    page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000)
    frame = page.frame_locator("iframe[title*='st_folium']")
    frame.locator(".leaflet-container").wait_for(timeout=60_000)
    frame.locator(".cm-stop").first.wait_for(timeout=30_000)
    return frame


def test_map_draws_route_and_events(seed_app, page):
    page.goto(seed_app.url)
    frame = _map_frame(page)
    stops = frame.locator(".cm-stop")
    assert stops.count() == len(ROUTE)
    assert sorted(int(t) for t in stops.all_inner_texts()) == list(range(1, len(ROUTE) + 1))
    assert frame.locator("path.cm-route").count() == 1  # the polyline through the stops
    assert frame.locator(".cm-arrow").count() == len(ROUTE) - 1  # one arrowhead per leg
    assert frame.locator("path.cm-event").count() >= 8  # happenings and context places
    assert any("leaflet.js" in u for u in page.assets.served)
    page.wait_for_timeout(300)
    shot = ROOT / "tests" / "artifacts" / "dashboard.png"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot), full_page=False)
    if os.environ.get("CONFLICTMAP_UPDATE_SCREENSHOT"):  # the README's picture
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, ROOT / "docs" / "screenshot.png")
    # a click on the Damascus stop's event shows its excerpt, with the place highlighted
    frame.locator(".cm-stop", has_text="6").click()  # Damascus, the last stop

    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert popup.locator("mark").count() >= 1
    assert "Damascus" in popup.inner_text() and "placed by" in popup.inner_text()
    assert popup.locator("mark", has_text="Damascus").count() >= 1
    page.screenshot(path=str(ROOT / "tests" / "artifacts" / "popup.png"), full_page=False)

    assert not page.dialogs


def test_click_shows_details_beside_the_map(seed_app, page):
    page.goto(seed_app.url)
    frame = _map_frame(page)
    frame.locator(".cm-stop", has_text="6").click()
    page.get_by_text("fell to militants").first.wait_for(timeout=20_000)
    page.wait_for_timeout(1500)
    # the rerun sent the same layers, so the map kept them and the popup stays open
    assert frame.locator(".leaflet-popup-content", has_text="Damascus").count() == 1
    page.screenshot(path=str(ROOT / "tests" / "artifacts" / "details.png"))
    column = page.locator("[data-testid='stColumn']", has_text="Details").last
    text = column.inner_text()
    assert "Damascus" in text and "dated by the text" in text and "Hayat Tahrir al-Sham" in text


def test_point_popups_are_built_from_text(seed_app, page):
    # only context places: Syria and Lebanon's grey points, whose popups the browser builds from JSON as text
    page.goto(seed_app.url + "/?type=Context&q=Lebanese")
    frame = page.frame_locator("iframe[title*='st_folium']")
    frame.locator("path.cm-context").first.wait_for(timeout=60_000)
    frame.locator("path.cm-context").first.click(force=True)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    text = popup.inner_text()
    assert ("Lebanon" in text or "Syria" in text) and "placed by" in text and "Context — Place mentioned" in text
    assert "date unknown" in text  # a place only mentioned is not dated: no event happened there
    assert popup.locator("mark").count() >= 1  # the place highlighted in each excerpt
    tags = popup.evaluate("el => [...new Set([...el.querySelectorAll('*')].map(e => e.tagName))].sort()")
    assert set(tags) <= {"B", "BLOCKQUOTE", "DIV", "MARK", "SPAN", "A"}


def test_url_filters_show_exactly_the_filtered_points(seed_app, page):
    # Battles only, no context places: the five towns taken, each a stop of the advance (its origin, Idlib, is a
    # place the offensive started from, not a battle, so the route drawn starts at Aleppo)
    page.goto(seed_app.url + "/?type=Battles&context=0")
    frame = page.frame_locator("iframe[title*='st_folium']")
    frame.locator(".leaflet-container").wait_for(timeout=60_000)
    frame.locator("path.cm-event").first.wait_for(state="attached", timeout=30_000)  # may lie outside the view
    assert frame.locator("path.cm-event").count() == 5
    assert frame.locator("path.cm-context").count() == 0
    assert frame.locator(".cm-stop").count() == 5
    assert not page.dialogs


def test_playback_plays_the_advance_leg_by_leg(streamlit_app, page):
    page.goto(streamlit_app.url)
    frame = _map_frame(page)
    assert frame.locator(".cm-arrow").count() == len(ROUTE) - 1  # all days at once
    page.locator(".st-key-pb_play button").first.click()  # play: from the first day, a day at a time
    legs_seen = []
    for legs in (0, 1, 2):  # 27 Nov Idlib; 30 Nov Aleppo; 5 Dec Hama — the map updated in place each step
        frame.locator(".cm-stop").nth(legs).wait_for(timeout=20_000)
        page.wait_for_function(
            "n => { const f = document.querySelector(\"iframe[title*='st_folium']\");"
            " return f && f.contentDocument.querySelectorAll('.cm-arrow').length === n; }", arg=legs,
            timeout=20_000)
        legs_seen.append(frame.locator(".cm-arrow").count())
    assert legs_seen == [0, 1, 2]
    page.wait_for_function(  # the last day: the whole advance, Al-Qusayr's undated stop in its place
        "() => { const f = document.querySelector(\"iframe[title*='st_folium']\");"
        " return f && f.contentDocument.querySelectorAll('.cm-stop').length === 6; }", timeout=20_000)
    assert frame.locator("path.cm-newest-leg").count() == 1  # the newest leg marked
    assert "day=2024-12-08" in page.url
    assert not page.dialogs


def test_many_articles_through_duckdb_draw_the_campaign_with_every_source(tmp_path, gaz, page, monkeypatch):
    from conflictmap.build.run import build
    from conftest import StreamlitServer
    from test_campaigns import CAMPAIGN
    from test_merge import write_articles

    data = tmp_path / "data"
    build(write_articles(tmp_path / "articles", CAMPAIGN), data)
    monkeypatch.setenv("CONFLICTMAP_DUCKDB_EVENTS", "1")  # (the index, through DuckDB, as past a million events)
    server = StreamlitServer(data, tmp_path)
    try:
        page.goto(server.url)
        frame = _map_frame(page)
        stops = frame.locator(".cm-stop.cm-campaign-stop")
        assert stops.count() == 4 and stops.all_inner_texts() == ["1", "2", "3", "4"]
        assert frame.locator(".cm-arrow.cm-campaign-arrow").count() == 3
        assert "Hayat Tahrir al-Sham in Syria" in frame.locator(".cm-legend").inner_text()  # (each campaign by name)
        assert "advance route" not in frame.locator(".cm-legend").inner_text()  # (not drawn: not in the legend)
        stops.nth(1).click()  # Hama: two articles, a day apart
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for(timeout=10_000)
        text = popup.inner_text()
        assert "reported by 2 articles: a-hama (Reuters, 2024-12-05); b-hama (Al Jazeera, 2024-12-06)" in text
        assert "reports disagree — dates: 2024-12-05 (a-hama); 2024-12-06 (b-hama)" in text
        page.get_by_text("queried through DuckDB").wait_for(timeout=20_000)
        page.screenshot(path=str(ROOT / "tests" / "artifacts" / "campaign.png"))
        assert not page.dialogs
    finally:
        server.stop()


STOPS_INSIDE = """() => {
  const box = document.querySelector('.leaflet-container').getBoundingClientRect();
  const legend = document.querySelector('.cm-legend').getBoundingClientRect();
  return [...document.querySelectorAll('.cm-stop')].map(e => {
    const r = e.getBoundingClientRect();
    const under = r.left < legend.right && r.right > legend.left && r.top < legend.bottom && r.bottom > legend.top;
    return r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom && !under;
  });
}"""


def _stops_in_first_view(page, url) -> list[bool]:
    page.goto(url)
    frame = _map_frame(page)
    page.wait_for_timeout(1500)  # (the fitted view settles)
    return frame.locator("body").evaluate(STOPS_INSIDE)


def test_the_first_view_frames_every_stop_drawn_with_one_article(seed_app, page):
    inside = _stops_in_first_view(page, seed_app.url)
    assert len(inside) == len(ROUTE) and all(inside)  # (inside the map, none under the legend)


def test_in_a_narrow_window_no_stop_of_the_first_view_is_under_the_legend(seed_app, page):
    page.set_viewport_size({"width": 800, "height": 900})  # (the legend's rows wrap: it is taller)
    inside = _stops_in_first_view(page, seed_app.url)
    assert len(inside) == len(ROUTE) and all(inside)


@pytest.fixture()
def several_app(tmp_path, gaz):
    import shutil

    from conflictmap.build.run import build
    from conftest import ARTICLES, SEEDS, StreamlitServer

    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    for p in ARTICLES.glob("*.md"):
        shutil.copy(p, articles / p.name)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(ROOT / "data" / "corrections.csv", data)
    build(articles, data)
    server = StreamlitServer(data, tmp_path)
    yield server
    server.stop()


def test_the_first_view_frames_every_campaign_stop_drawn_with_several_articles(several_app, page):
    inside = _stops_in_first_view(page, several_app.url)
    assert len(inside) >= 2 * 2 and all(inside)  # (two campaigns or more, in two countries or more)


def test_the_playback_buttons_draw_their_icons_from_a_font_the_page_has(seed_app, page):
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(seed_app.url)
    _map_frame(page)
    for key in ("pb_back", "pb_play", "pb_next"):
        icon = page.locator(f".st-key-{key} button [data-testid='stIconMaterial']").first
        icon.wait_for(timeout=20_000)
        width = icon.evaluate("e => e.getBoundingClientRect().width")
        text_width = icon.evaluate("e => { const c = document.createElement('canvas').getContext('2d');"
                                   " c.font = getComputedStyle(e).fontSize + ' sans-serif';"
                                   " return c.measureText(e.textContent).width; }")
        # the icon font turns the name ("skip_previous") into one glyph; without it the name itself is shown
        assert 0 < width < 40 < text_width, (key, width, text_width)
