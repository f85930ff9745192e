"""conflictmap dashboard (UI only: the logic lives in the conflictmap package).

    streamlit run app.py            # reads data/ (or CONFLICTMAP_DATA_DIR)
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import altair as alt
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from conflictmap.build.output import save_article
from conflictmap.build.run import build
from conflictmap.errors import ConflictmapError
from conflictmap.geoparser.countries import coverage
from conflictmap.pipeline import make_pipeline, map_text, prepare_reading, preparing
from conflictmap.settings import Settings
from conflictmap.store import filters, schema
from conflictmap.store.dataset import export_csv, export_geojson, frames
from conflictmap.store.index import INDEX_DIR, META_FILE
from conflictmap.store.query import open_source, with_own
from conflictmap.ui import playback, url
from conflictmap.ui.details import details_markdown, events_at, markdown_text
from conflictmap.ui.map import TYPE_COLOURS, base_map, build_map, layer_control, layers, map_html
from conflictmap.ui.messages import for_visitor
from conflictmap.web.pages import fetch_article
from conflictmap.web.pages import markdown as web_markdown
from conflictmap.web.pages import slug as web_slug

st.set_page_config(page_title="conflictmap", page_icon="🗺️", layout="wide")
HERE = Path(__file__).resolve().parent
ALL_DAYS = "all days"  # the playback's resting position: the whole story at once
CAMPAIGNS, ROUTES = "Campaigns (all articles)", "Each article's route"  # how the advance is drawn
log = logging.getLogger("conflictmap.app")
PLAY_SECONDS = 1.2
WARM_UP_AFTER_S = 3.0  # the gazetteer and parser are prepared this long after the page first opens


@st.cache_resource(show_spinner=False)
def warm_up(cache_dir: str) -> tuple[threading.Thread, threading.Event]:
    """Prepare the gazetteer index and the parser in the background from the page's first opening on a server (the
    index takes about half a minute to build there the first time), so that "Map it" seldom waits for them. The
    thread, and the event that tells it to start at once (a "Map it" in the first seconds)."""
    now = threading.Event()

    def prepare() -> None:
        now.wait(WARM_UP_AFTER_S)  # (the page first: loading competes with it for the interpreter)
        prepare_reading(Path(cache_dir))

    thread = threading.Thread(target=prepare, name="conflictmap-warm-up", daemon=True)
    thread.start()
    return thread, now


def wait_for_warm_up(thread: threading.Thread, needed_now: threading.Event) -> None:
    """Start the warm-up now if it has not begun, and wait for it with a progress bar while the gazetteer index is
    being built (the first time on a server): loaded once, never twice."""
    needed_now.set()
    if not thread.is_alive():
        return
    bar = st.progress(0.0, text="Preparing the gazetteer and the parser…")
    while thread.is_alive():
        thread.join(0.5)
        building = preparing()
        if building is not None:
            bar.progress(building.fraction, text=f"Preparing the gazetteer, once on this server: "
                                                 f"{building.fraction:.0%}, about {building.seconds_left:.0f} s left")
    bar.empty()


def beside_app(path: Path) -> Path:
    """A folder setting, relative to the app's folder unless absolute."""
    return path if path.is_absolute() else HERE / path


def _stamp(folder: Path) -> tuple:
    """Changes whenever a data file changes, so a rebuilt data folder is read again."""
    files = [*folder.glob("*.csv"), *folder.glob(f"{INDEX_DIR}/{META_FILE}")]
    return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files))


# cache_resource, not cache_data: every session shares the one loaded source instead of unpickling a copy on
# each rerun (0.2 s at 100,000 events). The page treats its frames as read-only (filters return new frames).
# Past CONFLICTMAP_DUCKDB_EVENTS events the source is the Parquet index, queried through DuckDB.
@st.cache_resource(show_spinner="Loading events…", max_entries=4)
def load(folder: str, stamp: tuple, threshold: int):
    return open_source(Path(folder), threshold)


@contextmanager
def guarded():
    """The page's last line of defence: an error becomes one line on the page (the operator's log has the
    traceback), never a traceback in the visitor's browser. Streamlit's own stop and rerun pass through."""
    try:
        yield
    except ConflictmapError as exc:
        st.error(for_visitor(str(exc), HERE))
        st.stop()
    except Exception as exc:  # (anything else: a bug, or an input nothing foresaw)
        log.exception("the page failed")
        st.error(f"Something went wrong on this page ({type(exc).__name__}); nothing was changed. Reload it; if it "
                 "happens again, tell whoever runs this app what you did.")
        st.stop()


with guarded():
    settings = Settings.from_env()  # (read once a run, passed down)
    warming = warm_up(str(settings.cache_dir))
    folder = beside_app(settings.data_dir)
    source = load(str(folder), _stamp(folder) if folder.is_dir() else (), settings.duckdb_events)

    ds = source.ds
    route = ds.route
    own = st.session_state.get("own")  # an article mapped in this session (pasted or uploaded)
    own_events = own["events"] if own is not None else frames([], [])[0]
    choices = source.choices()
    date_range = source.date_range()
    overview = source.overview()  # (the events' types and extent, for the base map)
    if own is not None:
        route = pd.concat([route, own["route"]], ignore_index=True)
        choices = choices.union(filters.Choices.of(own_events))
        overview = pd.concat([overview, own_events], ignore_index=True)
        own_dates = own_events["date"].dropna()
        if len(own_dates):
            date_range = (min([*(date_range or ()), *own_dates]), max([*(date_range or ()), *own_dates]))
    campaigns = ds.campaigns
    campaign_order = list(dict.fromkeys(campaigns["article_id"])) if campaigns is not None else []  # (their colours)
    many = bool(choices.campaigns) and len(choices.articles) > 1  # campaigns across articles (with one, its route)

    # ----------------------------------------------------------------------------- filters (and the URL)
    if "cm_init" not in st.session_state:
        initial, notices = url.from_query_params(st.query_params, choices)
        st.session_state.update({
            "cm_init": True, "cm_notices": notices,
            "f_types": list(initial.types), "f_actors": list(initial.actors), "f_articles": list(initial.articles),
            "f_query": initial.query, "f_advance": initial.advance_only, "f_context": initial.show_context,
            "f_killed": initial.min_fatalities, "cm_day": initial.day or ALL_DAYS, "cm_playing": False,
            "f_dates": (initial.date_from, initial.date_to), "f_campaigns": list(initial.campaigns),
            "f_lines": CAMPAIGNS if initial.campaigns or len(choices.articles) > 1 else ROUTES,
        })

    with st.sidebar:
        st.header("Filters")
        st.multiselect("Event type", choices.types, key="f_types")
        st.multiselect("Actor", choices.actors, key="f_actors")
        if len(choices.articles) > 1:
            st.multiselect("Article", choices.articles, key="f_articles",
                           help="Events the article reported, including those other articles reported too")
        if many:
            st.multiselect("Campaign", choices.campaigns, key="f_campaigns",
                           help="An actor's advance in one country, from every article: the places it took")
            st.radio("Advance drawn as", [CAMPAIGNS, ROUTES], key="f_lines",
                     help="Campaigns join the places an actor took across all the articles, by date; an article's "
                          "route is what that one text tells.")
        if date_range:
            start, end = st.session_state.f_dates
            picked = st.date_input("Dates", value=(start or date_range[0], end or date_range[-1]),
                                   min_value=min(date_range[0], start or date_range[0]),
                                   max_value=max(date_range[-1], end or date_range[-1]), key="f_date_widget")
            use_dates = st.checkbox("Only events dated in this range", value=bool(start or end), key="f_use_dates",
                                    help="Undated events are hidden while this is on.")
        else:
            picked, use_dates = (), False
        st.text_input("Search excerpts and places", key="f_query", max_chars=url.MAX_QUERY_CHARS)
        st.number_input("At least this many killed", min_value=0, step=1, key="f_killed",
                        help="Events whose text reports at least this many fatalities (0: any). Bigger points on the "
                             "map mean more killed.")
        st.checkbox("Advance only (route and campaign stops)", key="f_advance")
        st.checkbox("Show context places", key="f_context")
        heat = st.toggle("Heat map", value=False, key="f_heat", help="Always on when there are more events than "
                         "points drawn.")

    date_from = date_to = None
    if use_dates and isinstance(picked, (tuple, list)) and len(picked) == 2:
        date_from, date_to = picked
    day = st.session_state.cm_day if isinstance(st.session_state.cm_day, dt.date) else None
    current = filters.Filters(date_from, date_to, tuple(st.session_state.f_types), tuple(st.session_state.f_actors),
                              tuple(st.session_state.f_articles), st.session_state.f_query.strip(),
                              st.session_state.f_advance, st.session_state.f_context,
                              int(st.session_state.f_killed or 0), day, tuple(st.session_state.f_campaigns))
    params = url.to_query_params(current)
    st.query_params.from_dict(params)
    TABLE_ROWS = 5_000
    view = with_own(source.view(current, limit=TABLE_ROWS), filters.apply(own_events, current))
    shown = view.rows  # every matching event in memory; past DUCKDB_EVENTS, the TABLE_ROWS most relevant
    stop_ids = shown.loc[shown["route_step"].notna(), "event_id"]
    shown_route = route[route["event_id"].isin(stop_ids)]  # the advance, as far as the filters let it
    shown_campaigns = campaigns.iloc[0:0]
    if many and st.session_state.f_lines == CAMPAIGNS:
        shown_campaigns = campaigns[campaigns["event_id"].isin(shown["event_id"]) &
                                    (campaigns["campaign"].isin(current.campaigns) if current.campaigns else True)]
        shown_route = route.iloc[0:0]
    advance = shown_campaigns if len(shown_campaigns) else shown_route  # what the map draws as the advance

    with st.sidebar:
        with st.popover("Share this view", width="stretch"):
            base_url = (st.context.url or "").split("?")[0]
            st.caption("Anyone opening this link sees these filters:")
            st.code(base_url + ("?" + urlencode(params, doseq=True) if params else ""), language=None)

    # ----------------------------------------------------------------------------- page
    st.title("conflictmap")
    st.caption("News articles about armed conflict, mapped: every point shows the sentence it came from and what "
               "placed and dated it.")
    for notice in st.session_state.cm_notices:
        st.warning(f"Link: {markdown_text(notice)}")
    for problem in ds.problems:
        st.warning(markdown_text(problem))

    km = pd.to_numeric(advance["km_from_previous"], errors="coerce").sum() if len(advance) else 0.0
    k1, k2, k3, k4, k5 = st.columns(5)
    k1.metric("Events", f"{view.happenings:,}", help="Happenings; context places are counted apart")
    k2.metric("Places", f"{view.places:,}")
    k3.metric("Days", f"{view.days}")
    k4.metric("Killed", f"{view.killed:,}",
              help="Fatalities the texts report, counted as ACLED does: at least the number given, none if none is")
    k5.metric("Km advanced", f"{km:,.0f}")

    if shown.empty:
        st.info("No event matches these filters. Clear a filter in the sidebar to see more.")

    table_state = st.session_state.get("events_table")
    selected_rows = list(table_state.selection.rows) if table_state and table_state.selection else []
    table_columns = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "location", "country",
                     "notes", "geo_source", "date_source", "route_step", "event_id"]
    selected_ids = list(shown.iloc[[r for r in selected_rows if r < len(shown)]]["event_id"]) if selected_rows else []

    days = sorted(set(view.per_day["date"]))  # (the playback's steps: the days something is dated on)


    def _step(by: int) -> None:
        at = st.session_state.cm_day if isinstance(st.session_state.cm_day, dt.date) else None
        st.session_state.cm_day = playback.step(days, at, by) or ALL_DAYS


    def _picked() -> None:
        st.session_state.cm_day = st.session_state.f_day


    def _play() -> None:
        st.session_state.cm_playing = not st.session_state.cm_playing
        st.session_state.cm_toggled = True
        if st.session_state.cm_playing:
            if not isinstance(st.session_state.cm_day, dt.date) or st.session_state.cm_day == days[-1]:
                st.session_state.cm_day = days[0]  # play from the start
            st.session_state.cm_first_shown = False  # (the clock starts when the first day is on the page)


    def _playback_controls() -> dt.date | None:
        """The day slider with back, play/pause and forward; returns the playback's day (None: every day)."""
        if st.session_state.cm_day != ALL_DAYS and st.session_state.cm_day not in days:
            st.session_state.cm_day = playback.step(days, st.session_state.cm_day, 0)  # (a day the filters hide)
        if not st.session_state.cm_playing or st.session_state.get("cm_toggled"):
            pass  # (a run that follows play or pause runs the whole page again at once: it shows no day of its own)
        elif not st.session_state.get("cm_first_shown", True):  # the first day, however long the page took to run
            st.session_state.cm_first_shown = True
            st.session_state.cm_last_step = time.monotonic()
        elif time.monotonic() - st.session_state.get("cm_last_step", 0.0) >= \
                PLAY_SECONDS * 0.8:  # playing: the next day (this fragment runs every PLAY_SECONDS)
            st.session_state.cm_last_step = time.monotonic()
            if st.session_state.cm_day == days[-1]:  # played to the end: the whole story again
                st.session_state.cm_playing = False
                st.session_state.cm_toggled = True
                st.session_state.cm_day = ALL_DAYS
            else:
                _step(1)
        st.session_state.f_day = st.session_state.cm_day  # (the slider shows the playback's day)
        b1, b2, b3, pick = st.columns([1, 1, 1, 9], vertical_alignment="bottom")
        # (icons from the Material Symbols font Streamlit ships: no glyph that a system font may lack)
        b1.button("", icon=":material/skip_previous:", key="pb_back", help="The day before", on_click=_step,
                  args=(-1,), use_container_width=True)
        b2.button("", icon=":material/pause:" if st.session_state.cm_playing else ":material/play_arrow:",
                  key="pb_play", on_click=_play, use_container_width=True,
                  help="Pause" if st.session_state.cm_playing else "Play the advance day by day")
        b3.button("", icon=":material/skip_next:", key="pb_next", help="The day after", on_click=_step, args=(1,),
                  use_container_width=True)
        pick.select_slider("Day", options=[*days, ALL_DAYS], key="f_day", label_visibility="collapsed",
                           on_change=_picked, format_func=lambda d: d if d == ALL_DAYS else d.isoformat())
        if st.session_state.pop("cm_toggled", False):
            st.rerun()  # (play and pause change how often this part of the page runs: the whole page runs again)
        at = st.session_state.cm_day
        if isinstance(at, dt.date):
            st.query_params["day"] = at.isoformat()
        elif "day" in st.query_params:
            del st.query_params["day"]
        return at if isinstance(at, dt.date) else None


    def _base():
        """The base map for what is drawn: framed on the whole advance of that kind (campaigns or routes) and on an
        article mapped in this session, with a legend of it."""
        drawing_campaigns = many and st.session_state.f_lines == CAMPAIGNS
        whole = campaigns if drawing_campaigns and campaigns is not None else route
        frame = pd.concat([whole[["latitude", "longitude"]],
                           own_events[["latitude", "longitude"]] if own is not None else whole.iloc[0:0, :0]],
                          ignore_index=True) if len(whole) or own is not None else None
        names = list(dict.fromkeys(campaigns["article_id"])) if drawing_campaigns and campaigns is not None else False
        return base_map(overview, route, campaigns=names, routes=not drawing_campaigns, frame=frame)

    def _lines(drawn_advance: pd.DataFrame) -> tuple:
        """(route, campaigns) for :func:`layers`: the advance drawn as articles' routes or as campaigns."""
        return (route.iloc[0:0], drawn_advance) if len(shown_campaigns) else (drawn_advance, None)


    # The map, its playback and the details beside it run on their own (a fragment): a step of the playback or a click
    # on the map redraws them, not the tables and charts below; while playing, every PLAY_SECONDS.
    @st.fragment(run_every=PLAY_SECONDS if st.session_state.cm_playing and len(days) >= 2 else None)
    @guarded()  # (a fragment reruns alone: it needs its own guard)
    def map_view() -> None:
        map_col, detail_col = st.columns([3, 1])
        with map_col:
            day = _playback_controls() if len(days) >= 2 else None
            if day is not None:
                known = shown if view.complete else pd.concat(
                    [source.rows_by(current, day, TABLE_ROWS), filters.apply(own_events, current)], ignore_index=True)
                now = playback.frame(known, advance, day)
                st.caption(f"As it stood on {day:%-d %B %Y}: {len(now.events):,} events known"
                           f"{'' if view.complete else ' (the most relevant)'}, {len(now.today):,} that day (ringed); the "
                           "newest leg of the advance dashed; undated events stay on the map throughout.")
                lines, campaign_lines = _lines(now.route)
                drawn = layers(now.events, lines, campaigns=campaign_lines, selected=selected_ids,
                               heat=True if heat else None, today=list(now.today), front=True,
                               campaign_order=campaign_order)
            else:
                lines, campaign_lines = _lines(advance)
                drawn = layers(shown, lines, campaigns=campaign_lines, selected=selected_ids, heat=True if heat else None,
                               total=view.total, heat_cells=None if view.complete else view.heat,
                               campaign_order=campaign_order)
            if drawn.capped:
                st.caption(f"Showing {drawn.drawn:,} of {drawn.total:,} events as points (route stops and the newest "
                           "first); the heat map layer holds them all. Narrow the filters to see every point.")
            clicked = st_folium(_base(), key="map", height=560, use_container_width=True,
                                feature_group_to_add=drawn.groups, layer_control=layer_control(),
                                returned_objects=["last_object_clicked"])
        with detail_col:
            st.subheader("Details")
            point = (clicked or {}).get("last_object_clicked")
            here = events_at(shown, point["lat"], point["lng"]) if point else shown.iloc[0:0]
            if here.empty:
                st.caption("Click a point on the map to read its events here, with the full excerpts.")
            for ev in here.head(5).to_dict("records"):
                with st.container(border=True):
                    st.markdown(details_markdown(ev))


    map_view()

    if len(advance):
        st.subheader("Campaigns" if len(shown_campaigns) else "The advance")
        if len(shown_campaigns):
            st.caption("Each actor's advance in one country, from every article: the places it took, by date; "
                       "“reported by” names the articles behind each stop.")
        columns = (["campaign", "step", "location", "event_date", "order_rule", "km_from_previous", "days_from_previous",
                    "articles"]
                   if len(shown_campaigns) else
                   ["step", "location", "event_date", "date_source", "km_from_previous", "days_from_previous", "actor"])
        st.dataframe(advance[columns].rename(columns={
            "event_date": "date", "date_source": "dated by", "km_from_previous": "km from previous",
            "days_from_previous": "days from previous", "articles": "reported by", "order_rule": "placed by"}),
            hide_index=True, width="stretch")

    if len(view.per_day):
        st.subheader("Timeline")
        per_day = view.per_day.assign(date=lambda d: pd.to_datetime(d["date"]))
        bars = alt.Chart(per_day).mark_bar().encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("events:Q", title="events per day", axis=alt.Axis(tickMinStep=1, format="d")),  # (counts)
            color=alt.Color("event_type:N", title="type", scale=alt.Scale(domain=list(TYPE_COLOURS),
                                                                          range=list(TYPE_COLOURS.values()))),
            tooltip=["date:T", "event_type:N", "events:Q"])
        stops = advance.dropna(subset=["event_date"])
        stops = stops[stops["event_date"] != ""].assign(date=lambda d: pd.to_datetime(d["event_date"]))
        chart = bars
        if len(stops):
            chart = bars + alt.Chart(stops).mark_rule(color="#7b1113", strokeDash=[4, 3]).encode(
                x="date:T", tooltip=["step:Q", "location:N", "date:T"])
        st.altair_chart(chart, width="stretch")

    mentioned = view.total - view.happenings
    st.subheader(f"Events ({view.happenings:,}" + (f" and {mentioned:,} places mentioned" if mentioned else "") +
                 (f"; {view.total:,} rows shown of {source.size + len(own_events):,})"
                  if view.total < source.size + len(own_events) else ")"))
    st.caption("Select rows to ring them on the map." + (f" The table lists the first {TABLE_ROWS:,}; the downloads hold "
                                                         "all of them." if view.total > TABLE_ROWS else ""))
    st.dataframe(shown[table_columns].head(TABLE_ROWS), hide_index=True, width="stretch", key="events_table",
                 on_select="rerun", selection_mode="multi-row")

    # Downloads are made when clicked (callables), so a rerun never pays for them.
    c1, c2, c3 = st.columns(3)


    def _all_shown() -> pd.DataFrame:
        """Every matching event (the downloads): past DUCKDB_EVENTS, asked of the index when a button is clicked."""
        return shown if view.complete else pd.concat([source.export(current), filters.apply(own_events, current)],
                                                     ignore_index=True)


    c1.download_button("Download CSV (ACLED columns)", lambda: export_csv(_all_shown()), "conflictmap-events.csv",
                       "text/csv", help="The ACLED events shown (not the places only mentioned: those are below)")
    c2.download_button("Download GeoJSON", lambda: export_geojson(_all_shown()), "conflictmap-events.geojson",
                       "application/geo+json")
    c3.download_button("Download map (HTML)", lambda: map_html(build_map(shown, shown_route, campaigns=shown_campaigns)),
                       "conflictmap-map.html",
                       "text/html")
    if st.session_state.f_context:
        st.download_button("Download places mentioned (CSV)", lambda: export_csv(_all_shown(), context=True),
                           "conflictmap-places-mentioned.csv", "text/csv",
                           help="The places the articles only mention (context, not ACLED events), in the same columns")

    unplaced = ds.unplaced
    if own is not None and len(own["unplaced"]):
        unplaced = pd.concat([unplaced, own["unplaced"]], ignore_index=True)
    with st.expander(f"Not placed ({unplaced['name'].nunique() if len(unplaced) else 0} names)", expanded=False):
        if len(unplaced):
            st.dataframe(unplaced[["article_id", "name", "reason", "excerpt"]], hide_index=True, width="stretch")
        else:
            st.write("Every place name the pipeline found was placed.")

    # ----------------------------------------------------------------------------- your own article
    with st.expander("Map your own article", expanded=own is not None):
        limit = settings.max_article_bytes
        st.caption(f"Paste the text, upload a .txt, .md or .html file (up to {limit // 1_000_000} MB) or give the "
                   "article's address. It is mapped here, in your session; nothing is stored unless you save it.")
        with st.form("own_article"):
            pasted = st.text_area("Article text", height=160, key="own_text")
            upload = st.file_uploader("…or a file", type=["txt", "md", "html", "htm"], key="own_file")
            link = st.text_input("…or its address", placeholder="https://…", key="own_url",
                                 help="The page is fetched and its main text, title, date and outlet read from it.")
            published = st.date_input("Published (optional: dates like “on Sunday” need it)", value=None,
                                      key="own_published")
            submitted = st.form_submit_button("Map it")
        if submitted:
            try:
                if upload is not None:
                    data, name = upload.getvalue(), upload.name
                elif link.strip():
                    with st.spinner("Fetching the article…"):
                        page = fetch_article(link.strip(), allow_private=settings.allow_private_urls)
                    data, name = web_markdown(page), f"{web_slug(page)}.md"
                elif pasted.strip():
                    data, name = pasted, f"pasted-{dt.date.today().isoformat()}.md"
                else:
                    raise ConflictmapError("no article: paste its text, choose a file or give its address")
                wait_for_warm_up(*warming)
                with st.spinner("Finding and placing the names…"):
                    result = map_text(data, name, make_pipeline(folder, settings), published=published,
                                      max_bytes=settings.max_article_bytes)
                own_events, own_route = frames(result.events, result.route)
                own_unplaced = pd.DataFrame(list(map(schema.unplaced_row, result.unplaced)),
                                            columns=list(schema.UNPLACED_COLUMNS))
                st.session_state["own"] = {"events": own_events, "route": own_route, "unplaced": own_unplaced,
                                           "result": result}
                st.rerun()
            except ConflictmapError as exc:
                st.error(for_visitor(str(exc), HERE))
        if own is not None:
            result = own["result"]
            st.success(f"Mapped “{markdown_text(result.article.title)}”: {len(result.toponyms)} place name(s), "
                       f"{len(result.events)} event(s), {len(result.route)} route stop(s). It is on the map as article "
                       f"`{result.article.id}`.")
            if result.unplaced:
                st.warning("Not placed: " + ", ".join(markdown_text(n) for n in dict.fromkeys(u.name for u in
                                                                                         result.unplaced)))
            if settings.allow_save:  # (a server-side setting: nothing the browser sends decides it)
                if st.button("Save it into the articles folder and rebuild the data"):
                    try:
                        saved = save_article(result, beside_app(settings.articles_dir))
                        build(beside_app(settings.articles_dir), folder, settings=settings)
                        del st.session_state["own"]
                        st.toast(f"Saved {saved.name} and rebuilt {folder.name}/")
                        st.rerun()
                    except ConflictmapError as exc:
                        st.error(for_visitor(str(exc), HERE))
            else:
                st.caption("It stays in this session only. To keep it, save it into the articles folder and run "
                           "`conflictmap build` (where you run the app yourself, CONFLICTMAP_ALLOW_SAVE=on gives a "
                           "button for that).")
            if st.button("Remove it from the map"):
                del st.session_state["own"]
                st.rerun()

    held = "its Parquet index, queried through DuckDB" if source.kind == "duckdb" else "in memory"
    st.caption(f"Data: {folder.name}/ ({held}) · gazetteer: {coverage(settings.cache_dir)} · map "
               "tiles © OpenStreetMap contributors")
