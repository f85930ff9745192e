import pandas as pd

from conflictmap.store.dataset import load_dataset
from conflictmap.ui.map import build_map, map_html
from conflictmap.ui.popups import excerpt_html, popup_html, safe_link

PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'</b>'


def test_excerpt_is_escaped_then_highlighted():
    out = excerpt_html(f"Rebels took [[Homs]] {PAYLOAD}")
    assert "<mark>Homs</mark>" in out
    assert "<img" not in out and "<script" not in out and "&lt;script&gt;" in out


def test_template_literal_syntax_is_neutralised():
    # folium writes popup HTML inside JavaScript `template literals`: ${...} would run, a backtick would end it
    out = excerpt_html("A `${alert(4)}` \\u0060 in [[Damascus]]")
    assert "`" not in out and "${" not in out and "\\" not in out
    assert "&#96;&#36;{alert(4)}&#96;" in out and "<mark>Damascus</mark>" in out


def test_links_only_for_http():
    assert safe_link("javascript:alert(1)", "source") == "javascript:alert(1)"
    assert safe_link("https://example.org/?a=\"x\"", "source").startswith('<a href="https://example.org/?a=&quot;x')


def test_popup_shows_provenance(seed_build):
    ev = load_dataset(seed_build[0]).events
    row = ev[(ev["location"] == "Aleppo")].iloc[0].to_dict()
    html = popup_html(row)
    assert "advance step 2" in html and "dated by correction" in html and "GeoNames 170063" in html
    assert "<mark>Aleppo</mark>" in html and "placed by: GeoNames gazetteer" in html


def test_untrusted_text_never_reaches_html_unescaped(seed_build):
    ds = load_dataset(seed_build[0])
    ev = ds.events.copy()
    for col in ("location", "notes", "excerpts", "actor1", "sub_event_type", "source", "place_name", "date_text"):
        ev[col] = PAYLOAD
    route = ds.route.copy()
    route["location"] = PAYLOAD
    page = map_html(build_map(ev, route))
    assert "<img src=x" not in page and "<script>alert(2)" not in page
    assert "onerror=alert(1)>" not in page


def test_map_has_route_numbers_and_arrows(seed_build):
    ds = load_dataset(seed_build[0])
    page = map_html(build_map(ds.events, ds.route))
    import re

    # folium writes the icon HTML as JSON with < and > escaped
    assert [int(n) for n in re.findall(r'cm-stop\\"\\u003e(\d+)\\u003c', page)] == [1, 2, 3, 4, 5, 6]
    assert page.count("cm-arrow") >= 5 + 1  # 5 legs (+ the CSS rule)
    assert "Advance route" in page and "Context places" in page


def test_empty_events_make_an_empty_map():
    empty = pd.DataFrame(columns=["event_type", "latitude", "longitude", "location", "sub_event_type"])
    assert "leaflet" in map_html(build_map(empty, None)).lower()


def test_many_points_are_capped_with_all_in_the_heat_map(seed_build):
    from conflictmap.ui.map import layers

    ds = load_dataset(seed_build[0])
    drawn = layers(ds.events, ds.route, max_points=5)
    assert drawn.capped and drawn.drawn == 5 and drawn.total == len(ds.events)
    names = [g.layer_name for g in drawn.groups]
    assert "Heat map" in names
    html = map_html(build_map(ds.events, ds.route, max_points=5))
    assert html.count('"type": "Feature"') == 5  # route stops first among the drawn points
    assert "Heat map" not in [g.layer_name for g in layers(ds.events, ds.route).groups]  # not capped: no heat


def test_selected_events_get_a_ring(seed_build):
    from conflictmap.ui.map import layers

    ds = load_dataset(seed_build[0])
    ids = list(ds.events["event_id"][:2])
    groups = layers(ds.events, ds.route, selected=ids).groups
    ring = [g for g in groups if g.layer_name == "Selected"]
    assert ring and len(ring[0]._children) == 2


def test_fatalities_in_the_popup_and_the_point_size(seed_build):
    from conflictmap.ui.map import _features, radius

    ev = load_dataset(seed_build[0]).events
    row = ev[ev["location"] == "Aleppo"].iloc[0].to_dict()
    assert "killed" not in popup_html(row)  # none reported: nothing said
    assert '<div class="cm-killed">12 killed</div>' in popup_html({**row, "fatalities": 12})
    assert radius(0) == 8 and radius(0) < radius(4) < radius(100) <= 30 and radius(50, context=True) == 5
    frame = pd.DataFrame([{**row, "fatalities": 0}, {**row, "fatalities": 25}])
    sizes = [f["properties"]["style"]["radius"] for f in _features(frame, context=False)["features"]]
    assert sizes[0] < sizes[1]


def test_campaigns_get_distinct_colours_stops_at_one_place_never_stack_and_the_legend_shows_what_is_drawn():
    import re

    import pandas as pd

    from conflictmap.ui.map import CAMPAIGN_PALETTE, campaign_colours

    stops = pd.DataFrame([
        {"article_id": "A in Syria", "step": 1, "location": "Aleppo", "latitude": 36.2, "longitude": 37.15,
         "event_date": "2024-11-30", "event_id": "e1"},
        {"article_id": "A in Syria", "step": 2, "location": "Hama", "latitude": 35.13, "longitude": 36.75,
         "event_date": "2024-12-05", "event_id": "e2"},
        {"article_id": "B in Syria", "step": 1, "location": "Aleppo", "latitude": 36.2, "longitude": 37.15,
         "event_date": "2024-12-01", "event_id": "e3"},
        {"article_id": "B in Syria", "step": 2, "location": "Idlib", "latitude": 35.93, "longitude": 36.63,
         "event_date": "2024-12-02", "event_id": "e4"},
    ])
    events = pd.DataFrame(columns=["event_id", "event_type", "latitude", "longitude", "geo_precision"])
    colours = campaign_colours(stops["article_id"])
    assert list(colours.values()) == list(CAMPAIGN_PALETTE[:2])  # (one each, in order)
    page = map_html(build_map(events, None, campaigns=stops))
    anchors = re.findall(r'cm-stop cm-campaign-stop\\" style=\\"background:(#\w+)\\"\\u003e1\\u003c.*?"iconAnchor": '
                         r'\[(-?\d+), 13\]', page, re.S)
    assert sorted(anchors) == sorted([(CAMPAIGN_PALETTE[0], "13"), (CAMPAIGN_PALETTE[1], "-15")])  # side by side
    legend = page[page.index('class="cm-legend"'):]
    assert "A in Syria" in legend and "B in Syria" in legend and "advance route" not in legend
    assert "imperial: false" in page and "scrollWheelZoom.enable" in page and '"scrollWheelZoom": false' in page


def test_a_province_or_country_point_is_drawn_approximate_and_its_legs_dashed(seed_build):
    """The seed's push began "from the opposition-held province of Idlib": its first stop is the province's point."""
    ds = load_dataset(seed_build[0])
    ev, route = ds.events, ds.route
    idlib = ev[ev["event_id"] == route.iloc[0]["event_id"]].iloc[0].to_dict()
    assert str(idlib["geo_precision"]) == "3" and idlib["feature"] == "region"
    assert "approximate: placed at Idlib, the province&#x27;s point" in popup_html(idlib)
    exact = ev[ev["location"] == "Aleppo"].iloc[0].to_dict()
    assert "approximate" not in popup_html(exact)
    page = map_html(build_map(ev, route))
    assert page.count("cm-route-approximate") == 1  # the leg Idlib → Aleppo
    assert page.count('"className": "cm-route"') == 1  # one line through Aleppo … Damascus
    assert "approximate: a province or country point" in page[page.index('class="cm-legend"'):]
    assert '"fillOpacity": 0.08' in page  # (the hollow point)
    assert pd.isna(pd.to_numeric(route.iloc[1]["km_from_previous"], errors="coerce"))  # (not counted in km)
    assert pd.to_numeric(route["km_from_previous"], errors="coerce").sum() > 300


def test_the_map_page_loads_leaflet_jquery_and_its_plugins_only(seed_build):
    import re

    ds = load_dataset(seed_build[0])
    page = map_html(build_map(ds.events, ds.route))
    assets = re.findall(r'<(?:script|link)[^>]*(?:src|href)="(https://[^"]+)"', page)
    assert any("leaflet.js" in a for a in assets) and any("leaflet.css" in a for a in assets)
    assert any("jquery" in a for a in assets)  # (folium's popups are parsed with it)
    # (folium's Bootstrap, Font Awesome and Awesome Markers: nothing drawn here uses them)
    assert not [a for a in assets if re.search(r"bootstrap|fontawesome|awesome-markers|awesome\.rotate", a)]
