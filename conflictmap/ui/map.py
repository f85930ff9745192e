"""The Folium map: events coloured by type, context places, and the advance as a numbered, directed route.

Every piece of article text that reaches the map's HTML goes through :func:`~.popups.esc` first (``html.escape`` plus
what JavaScript template literals interpret, since folium puts popup and tooltip HTML inside them); the legend
and labels hold only conflictmap's own words and numbers.
"""

from __future__ import annotations

import math

from collections import OrderedDict
from dataclasses import dataclass

import folium
import pandas as pd
from branca.element import Element
from folium.plugins import Fullscreen, HeatMap
from folium.template import Template
from folium.utilities import JsCode

from conflictmap.events.types import BATTLES, CONTEXT, PROTESTS, REMOTE, RIOTS, STRATEGIC, VAC, is_approximate
from conflictmap.store.query import heat_grid, rank_order
from conflictmap.ui.popups import esc, popup_fields, popup_html, text_of

TYPE_COLOURS = {
    BATTLES: "#d62728",
    REMOTE: "#ff7f0e",
    VAC: "#9467bd",
    STRATEGIC: "#1f77b4",
    PROTESTS: "#2ca02c",
    RIOTS: "#8c564b",
    CONTEXT: "#7f7f7f",
}
ROUTE_COLOUR = "#7b1113"
CAMPAIGN_COLOUR = "#5f3dc4"  # an actor's advance across the articles (the first; more get CAMPAIGN_PALETTE's)
# Okabe & Ito's colour-blind-safe palette (the yellow left out: unreadable on the map), one colour per campaign
CAMPAIGN_PALETTE = (CAMPAIGN_COLOUR, "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
NEWEST_COLOUR = "#e8590c"  # the newest leg of the advance and the day's events, in playback
# The page loads Leaflet and jQuery (folium's popups are made with it) only: Bootstrap, Font Awesome and Awesome Markers
# draw nothing here, and streamlit-folium loads scripts one after another, each a round trip before the first point.
LEAFLET = ([a for a in folium.Map.default_js if a[0] in ("leaflet", "jquery")],
           [a for a in folium.Map.default_css if a[0] == "leaflet_css"])


def campaign_colours(names) -> dict[str, str]:
    """A colour per campaign, in the order given (the whole data set's, so a campaign keeps its colour whatever the
    filters show)."""
    return {name: CAMPAIGN_PALETTE[n % len(CAMPAIGN_PALETTE)] for n, name in enumerate(dict.fromkeys(names))}


def colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, "#17becf")


def radius(fatalities, context: bool = False) -> float:
    """A point's radius: larger as more were killed (by the square root, so the area follows the toll)."""
    if context:
        return 5
    try:
        n = max(0, int(fatalities))
    except (TypeError, ValueError):
        n = 0
    return round(min(8 + 2.5 * n ** 0.5, 30), 1)


def _bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    x = math.sin(dl) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


CSS = """
<style>
.cm-stop{background:#7b1113;color:#fff;border:2px solid #fff;border-radius:50%;width:26px;height:26px;
 line-height:22px;text-align:center;font:bold 13px/22px sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.5)}
.cm-arrow{color:#7b1113;font-size:22px;line-height:22px;text-align:center;text-shadow:0 0 3px #fff}
.cm-popup{font:13px/1.35 sans-serif;max-width:340px}
.cm-popup mark{background:#ffe08a;padding:0 2px}
.cm-excerpt{margin:6px 0;padding-left:8px;border-left:3px solid #ccc;color:#333}
.cm-prov{color:#666;font-size:11px;margin-top:4px}
.cm-approx{color:#8a4b00;font-size:11px;margin-top:4px;font-style:italic}
.cm-killed{color:#7b1113;font-weight:bold}
.cm-differ{color:#b35c00;font-size:11px;margin-top:4px}
.cm-campaign-stop{background:#5f3dc4}
.cm-campaign-arrow{color:#5f3dc4}
.cm-step-badge{background:#7b1113;color:#fff;border-radius:8px;padding:0 6px;font-size:11px}
.cm-legend{position:absolute;bottom:24px;left:10px;z-index:800;max-width:45%;background:rgba(255,255,255,.92);padding:6px 9px;
 border-radius:6px;font:12px/1.5 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)}
.cm-legend i{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
</style>
"""


def legend_html(types: list[str], campaigns=False, routes: bool = True, approximate: bool = False) -> str:
    """The legend of what is drawn: the event types present, the advance routes (``routes``) or the campaigns
    (``campaigns``: their names, each in its colour; ``True``: one row for all), what a point's size says, and
    (``approximate``) that a hollow point stands for a province or a country."""
    rows = "".join(f'<div><i style="background:{colour(t)}"></i>{esc(t)}</div>' for t in types)
    route = f'<div><i style="background:{ROUTE_COLOUR};border-radius:0;height:4px"></i>advance route</div>' \
        if routes else ""
    if campaigns is True:
        route += (f'<div><i style="background:{CAMPAIGN_COLOUR};border-radius:0;height:4px"></i>campaign (all '
                  'articles)</div>')
    elif campaigns:
        route += "".join(f'<div><i style="background:{c};border-radius:0;height:4px"></i>{esc(name)}</div>'
                         for name, c in campaign_colours(campaigns).items())
    size = '<div><i style="background:#888;width:7px;height:7px"></i><i style="background:#888;width:15px;' \
           'height:15px"></i>more killed</div>'
    hollow = '<div><i style="background:none;border:2px solid #555;width:9px;height:9px"></i>approximate: a ' \
             'province or country point</div>' if approximate else ""
    return f'<div class="cm-legend">{rows}{route}{size}{hollow}</div>'


MAX_POINTS = 800  # points drawn one by one; beyond this, the most relevant are drawn and all go to the heat map

# Each event is a GeoJSON feature; its popup and tooltip are HTML built (and escaped) on the server, handed over as
# JSON data, and bound by this function — one layer for any number of points instead of one Marker each.
# (folium then applies ``properties.style`` to each point: its colour, size and opacity.)
_ON_EACH = JsCode("""function(feature, layer) {
    var f = feature.properties.p;
    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text) { e.textContent = text; }
        return e;
    }
    function link(parent, url) {
        if (url && /^https?:\\/\\//i.test(url)) {
            var a = el("a", "", "source");
            a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
            parent.appendChild(document.createTextNode(" ")); parent.appendChild(a);
        }
    }
    layer.bindPopup(function() {
        var box = el("div", "cm-popup");
        box.appendChild(el("b", "", f.l));
        if (f.step) { box.appendChild(document.createTextNode(" "));
                      box.appendChild(el("span", "cm-step-badge", "advance step " + f.step)); }
        var when = el("div", "cm-when", f.when + (f.dated ? " · " + f.dated : ""));
        link(when, f.dated_url); box.appendChild(when);
        box.appendChild(el("div", "cm-type", f.kind));
        if (f.actors) { box.appendChild(el("div", "cm-actors", f.actors)); }
        if (f.killed) { box.appendChild(el("div", "cm-killed", f.killed)); }
        f.x.forEach(function(x) {
            var q = el("blockquote", "cm-excerpt");
            x.split(/\\[\\[|\\]\\]/).forEach(function(part, i) {
                q.appendChild(i % 2 ? el("mark", "", part) : document.createTextNode(part));
            });
            box.appendChild(q);
        });
        if (f.more) { box.appendChild(el("div", "", "… and " + f.more + " more mention(s)")); }
        if (f.approx) { box.appendChild(el("div", "cm-approx", f.approx)); }
        var placed = el("div", "cm-prov", f.placed); link(placed, f.placed_url); box.appendChild(placed);
        box.appendChild(el("div", "cm-prov", f.src));
        if (f.differ) { box.appendChild(el("div", "cm-differ", f.differ)); }
        return box;
    }, {maxWidth: 360});
    layer.bindTooltip(el("span", "", f.l + " — " + f.kind.split(" — ").pop()));
}""")


@dataclass
class Layers:
    """What the map draws for a set of events: the feature groups, and how many points were drawn of how many."""

    groups: list[folium.FeatureGroup]
    drawn: int
    total: int

    @property
    def capped(self) -> bool:
        return self.drawn < self.total


def _stable_ids(element, prefix: str) -> None:
    """Give an element tree names that do not change between reruns (folium draws random ones), so that the
    dashboard sends the browser the same layers when nothing changed — and an open popup stays open."""
    counter = iter(range(10**9))

    def assign(node) -> None:
        node._id = f"{prefix}{next(counter):05d}"
        children = list(getattr(node, "_children", {}).values())
        for child in children:
            assign(child)
        if children:
            # templates use the children's keys as variable names ("var html_… = …"): rename them too
            node._children = OrderedDict((child.get_name(), child) for child in children)
        for part in ("header", "html", "script"):  # a Popup keeps its content outside its children
            child = getattr(node, part, None)
            if isinstance(child, Element) and child is not node:
                assign(child)

    assign(element)


def layer_control() -> folium.LayerControl:
    control = folium.LayerControl(collapsed=True)
    _stable_ids(control, "lc")
    return control


def base_map(events: pd.DataFrame, route: pd.DataFrame | None = None, campaigns=False, *,
             frame: pd.DataFrame | None = None, routes: bool = True) -> folium.Map:
    """Tiles, controls, legend and the first view. It depends only on the whole data set and on what kind of
    advance is drawn, not on filters, so the dashboard can keep it (and the reader's pan and zoom) while the layers
    change. ``frame``: the points the first view must show (what is drawn: the campaigns' or routes' stops, a newly
    mapped article's events); default: the route, else the events. ``campaigns``: the campaigns' names (or True),
    for the legend; ``routes``: whether articles' routes are drawn. (Scale, mouse wheel and view: ``_Behaviour``.)"""
    m = folium.Map(location=[20, 0], zoom_start=2, tiles=None, control_scale=False, scrollWheelZoom=False)
    m.default_js, m.default_css = LEAFLET
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(m)
    folium.TileLayer("OpenTopoMap", name="Terrain (OpenTopoMap)", show=False).add_to(m)
    folium.TileLayer("Esri.WorldImagery", name="Satellite (Esri)", show=False).add_to(m)
    Fullscreen(position="topleft").add_to(m)
    m.get_root().header.add_child(folium.Element(CSS))
    present = set(events["event_type"].unique()) if len(events) else set()
    types = [t for t in TYPE_COLOURS if t in present]
    approximate = bool(len(events)) and bool(events["geo_precision"].map(is_approximate).any())
    m.get_root().html.add_child(folium.Element(legend_html(types, campaigns, routes, approximate)))
    _Behaviour(_bounds(frame) if frame is not None and len(frame) else _first_view(events, route)).add_to(m)
    _stable_ids(m, "m")
    return m


class _Behaviour(folium.MacroElement):
    """A metric scale bar (bottom right, clear of the legend), the mouse wheel zooming only once the map has been
    clicked (scrolling the page over it scrolls the page), until the pointer leaves it, and the first view fitted to
    ``bounds`` above the legend (bottom left, taller in a narrow window), so that no stop is under it."""

    def __init__(self, bounds=None):
        super().__init__()
        self.bounds = bounds

    _template = Template("""
        {% macro script(this, kwargs) %}
        L.control.scale({imperial: false, position: 'bottomright'}).addTo({{ this._parent.get_name() }});
        (function (map) {
            map.on('click', function () { map.scrollWheelZoom.enable(); });
            map.on('mouseout', function () { map.scrollWheelZoom.disable(); });
            {% if this.bounds %}var legend = document.querySelector('.cm-legend');
            map.fitBounds({{ this.bounds|tojson }}, {paddingTopLeft: [30, 30], maxZoom: 11,
                          paddingBottomRight: [30, 30 + (legend ? legend.offsetHeight : 0)]});{% endif %}
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)


def _bounds(points: pd.DataFrame) -> list | None:
    lat = pd.to_numeric(points["latitude"], errors="coerce").dropna()
    lon = pd.to_numeric(points["longitude"], errors="coerce").dropna()
    if not len(lat) or not len(lon):
        return None
    return [[float(lat.min()), float(lon.min())], [float(lat.max()), float(lon.max())]]


def _first_view(events: pd.DataFrame, route: pd.DataFrame | None) -> list | None:
    """Frame the route if there is one, else the events placed finer than a country, else everything."""
    if route is not None and len(route):
        return _bounds(route)
    if not len(events):
        return None
    local = events[(events["event_type"] != CONTEXT) & ~events["geo_precision"].map(is_approximate)]
    return _bounds(local if len(local) else events)


def _pick_points(events: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The ``limit`` most relevant events: route stops, then happenings, newest first; context places last."""
    if len(events) <= limit:
        return events
    return events.loc[rank_order(events)[:limit]]


def _features(events: pd.DataFrame, context: bool) -> dict:
    features = []
    for ev in events.to_dict("records"):
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(float(ev["longitude"]), 5),
                                                          round(float(ev["latitude"]), 5)]},
            "properties": {
                "id": text_of(ev.get("event_id")),
                "style": _point_style(ev, context),
                "p": popup_fields(ev),  # rendered in the browser as text nodes, never parsed as HTML
            },
        })
    return {"type": "FeatureCollection", "features": features}


def _point_style(ev: dict, context: bool) -> dict:
    """A point's look: its type's colour, its size by the toll; hollow, ringed in its colour, when it stands only for
    a province or a country (an approximate point)."""
    fill, size = colour(ev["event_type"]), radius(ev.get("fatalities"), context)
    if is_approximate(ev.get("geo_precision")):
        return {"fillColor": fill, "radius": size, "color": fill, "weight": 2.5, "fill": True, "fillOpacity": 0.08,
                "dashArray": "3 3"}
    return {"fillColor": fill, "radius": size, "color": "#ffffff", "weight": 1.5, "fill": True,
            "fillOpacity": 0.65 if context else 0.9}


def _points_layer(events: pd.DataFrame, name: str, context: bool) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=name, show=True)
    marker = folium.CircleMarker(radius=5 if context else 8, color="#ffffff", weight=1.5, fill=True,
                                 fill_opacity=0.9)
    marker.options["className"] = "cm-event" + (" cm-context" if context else "")
    folium.GeoJson(_features(events, context), name=name, marker=marker, on_each_feature=_ON_EACH,
                   control=False).add_to(group)
    return group


def layers(events: pd.DataFrame, route: pd.DataFrame | None = None, *, selected: list[str] = (),
           max_points: int = MAX_POINTS, heat: bool | None = None, today: list[str] = (),
           front: bool = False, campaigns: pd.DataFrame | None = None, total: int | None = None,
           heat_cells: pd.Series | None = None, campaign_order: list[str] = ()) -> Layers:
    """The event layers (happenings, context places), the advance (each article's route; ``campaigns``, the
    routes across articles, in the route's shape), selected events, and a heat map of every event (``heat``: None
    means only when there are more events than points drawn). In playback, ``today``'s events are ringed and,
    with ``front``, each route's newest leg is marked. ``total`` and ``heat_cells``: how many events match and their
    grid (:func:`~conflictmap.store.query.heat_grid`), when ``events`` holds only the most relevant of them."""
    drawn = _pick_points(events, max_points)
    is_context = drawn["event_type"] == CONTEXT
    groups = [_points_layer(drawn[~is_context], "Events", False),
              _points_layer(drawn[is_context], "Context places", True),
              _route_layer(events, route, front)]
    if campaigns is not None and len(campaigns):
        groups.append(_route_layer(events, campaigns, front, "Campaigns (all articles)", CAMPAIGN_COLOUR,
                                   colours=campaign_colours(campaign_order or campaigns["article_id"])))
    for ids, name, colour_, cls in ((selected, "Selected", "#111111", "cm-selected"),
                                    (today, "This day", NEWEST_COLOUR, "cm-today")):
        if len(ids):
            ring = folium.FeatureGroup(name=name, show=True)
            for ev in events[events["event_id"].isin(list(ids))].to_dict("records"):
                folium.CircleMarker((float(ev["latitude"]), float(ev["longitude"])), radius=14, color=colour_,
                                    weight=3, fill=False, class_name=cls).add_to(ring)
            groups.append(ring)
    total = len(events) if total is None else total
    if heat is None:
        heat = len(drawn) < total
    if heat and total:
        # every event, not just the drawn ones, aggregated on a ~10 km grid to keep the payload small
        grid = heat_grid(events) if heat_cells is None else heat_cells
        heat_group = folium.FeatureGroup(name="Heat map", show=True)
        HeatMap([[la, lo, int(n)] for (la, lo), n in grid.items()], radius=18, blur=15, min_opacity=0.3,
                max=float(grid.max())).add_to(heat_group)
        groups.append(heat_group)
    for n, group in enumerate(groups):
        _stable_ids(group, f"g{n}x")
    return Layers(groups, len(drawn), total)


def _route_layer(events: pd.DataFrame, route: pd.DataFrame | None, front: bool = False, name: str = "Advance route",
                 colour: str = ROUTE_COLOUR, colours: dict[str, str] | None = None) -> folium.FeatureGroup:
    """Each route (or campaign: ``article_id`` names the line, ``colours`` its colour) as a numbered, directed line.
    Numbered stops of different lines at one place sit side by side, never on top of each other."""
    route_group = folium.FeatureGroup(name=name, show=True)
    if route is None or not len(route):
        return route_group
    stops_events = events[events["event_id"].isin(route["event_id"])] if "event_id" in events else events.iloc[0:0]
    by_id = {e["event_id"]: e for e in stops_events.to_dict("records")}
    stop_class = " cm-campaign-stop" if colour == CAMPAIGN_COLOUR else ""
    arrow_class = " cm-campaign-arrow" if colour == CAMPAIGN_COLOUR else ""
    taken: dict[tuple, int] = {}  # a place → how many stops are drawn there already
    for line_name, stops in route.groupby("article_id", sort=False):
        colour = (colours or {}).get(line_name, colour)
        stops = stops.sort_values("step")
        coords = [(float(r.latitude), float(r.longitude)) for r in stops.itertuples()]
        if len(coords) > 1:
            rough = [is_approximate(by_id.get(text_of(r.event_id), {}).get("geo_precision")) for r in stops.itertuples()]
            _legs(coords, rough, colour).add_to(route_group)
            if front:  # the newest leg, in playback
                folium.PolyLine(coords[-2:], color=NEWEST_COLOUR, weight=7, opacity=0.95, dash_array="8 6",
                                class_name="cm-newest-leg", tooltip="the newest leg").add_to(route_group)
        rows = list(stops.itertuples())
        for prev, cur in zip(rows, rows[1:]):
            a, b = (float(prev.latitude), float(prev.longitude)), (float(cur.latitude), float(cur.longitude))
            mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            angle = _bearing(a, b) - 90  # the glyph ➤ points east
            folium.Marker(
                mid, icon=folium.DivIcon(html=f'<div class="cm-arrow{arrow_class}" '
                                              f'style="transform:rotate({angle:.0f}deg);color:{colour}">'
                                              f'➤</div>', icon_size=(22, 22), icon_anchor=(11, 11)),
                tooltip=folium.Tooltip(esc(_leg_label(cur))),
            ).add_to(route_group)
        for r in rows:
            step = int(r.step)
            when = text_of(r.event_date) or "date unknown"
            ev = by_id.get(text_of(r.event_id))
            place = (round(float(r.latitude), 4), round(float(r.longitude), 4))
            beside = taken.get(place, 0)  # (the n-th stop here sits n badges to the right)
            taken[place] = beside + 1
            background = f' style="background:{colour}"' if colours else ""
            folium.Marker(
                (float(r.latitude), float(r.longitude)),
                icon=folium.DivIcon(html=f'<div class="cm-stop{stop_class}"{background}>{step}</div>',
                                    icon_size=(26, 26), icon_anchor=(13 - 28 * beside, 13)),
                tooltip=folium.Tooltip(esc(f"{step}. {text_of(r.location)} — {when}")),
                popup=folium.Popup(popup_html(ev), max_width=360) if ev else None,
            ).add_to(route_group)
    return route_group


def _legs(coords: list[tuple[float, float]], rough: list[bool], colour: str) -> folium.FeatureGroup:
    """A route's line: one line through the legs between true points, and each leg to or from an approximate point
    (a province's or country's) dashed and fainter — its length is not counted in the km advanced."""
    group = folium.FeatureGroup(control=False)
    run: list[tuple[float, float]] = [coords[0]]
    for n in range(1, len(coords)):
        if rough[n - 1] or rough[n]:
            if len(run) > 1:
                folium.PolyLine(run, color=colour, weight=4, opacity=0.85, class_name="cm-route").add_to(group)
            folium.PolyLine(coords[n - 1:n + 1], color=colour, weight=3, opacity=0.6, dash_array="6 8",
                            class_name="cm-route-approximate",
                            tooltip="approximate leg: one end stands for a province or a country (not counted in "
                                    "km advanced)").add_to(group)
            run = [coords[n]]
        else:
            run.append(coords[n])
    if len(run) > 1:
        folium.PolyLine(run, color=colour, weight=4, opacity=0.85, class_name="cm-route").add_to(group)
    return group


def build_map(events: pd.DataFrame, route: pd.DataFrame | None = None, *, selected: list[str] = (),
              max_points: int = MAX_POINTS, campaigns: pd.DataFrame | None = None) -> folium.Map:
    """The whole map in one object (for the HTML download and for tests): base map, layers, layer control."""
    drawn = campaigns is not None and len(campaigns) > 0
    names = list(dict.fromkeys(campaigns["article_id"])) if drawn else False
    m = base_map(events, campaigns if drawn else route, campaigns=names, routes=not drawn)
    for group in layers(events, route, selected=selected, max_points=max_points, campaigns=campaigns).groups:
        group.add_to(m)
    layer_control().add_to(m)
    return m


def _leg_label(stop) -> str:
    parts = []
    km = text_of(getattr(stop, "km_from_previous", ""))
    days = text_of(getattr(stop, "days_from_previous", ""))
    if km:
        parts.append(f"{float(km):.0f} km")
    if days:
        parts.append(f"{int(float(days))} day(s)")
    return f"to {text_of(stop.location)}: " + (", ".join(parts) if parts else "distance unknown")


def map_html(m: folium.Map) -> str:
    """The map as a standalone HTML page (what the download button gives)."""
    return m.get_root().render()
