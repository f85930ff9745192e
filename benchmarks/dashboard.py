"""Dashboard benchmark: one app rerun after a filter change, with synthetic 100,000- and 1,000,000-event folders.

    python benchmarks/dashboard.py [--events 100000] [--naive-events 10000] [--million 1000000]

At a million events app.py runs as it does past CONFLICTMAP_DUCKDB_EVENTS (DuckDB over the Parquet index),
beside the same page holding every event in memory (pandas), on the same folder, for the ratio.

Measured server side with Streamlit's AppTest: the rerun's wall time (after a filter change, and after a step of
the playback to the next day), the map payload (the component's
``json_args``), for app.py and, in the same run, for a naive page that draws one folium Marker with a popup per
event. The naive page needs minutes per rerun at 100,000 events, so it is measured on a smaller data folder
(``--naive-events``), beside app.py on that same folder, for an honest ratio. Also checks that loading is cached:
the second rerun reads no file.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from conflictmap.store import files  # noqa: E402
from conflictmap.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS, ROUTE_COLUMNS, UNPLACED_COLUMNS  # noqa: E402

TYPES = [("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence",
                                                              "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
         ("Strategic developments", "Agreement"), ("Context", "Place mentioned")]
ACTORS = ["Hayat Tahrir al-Sham", "Military Forces of Syria", "Syrian Democratic Forces", "Islamic State",
          "Syrian National Army", "Civilians", ""]

NAIVE_APP = '''
import folium, streamlit as st
from pathlib import Path
from streamlit_folium import st_folium
from conflictmap.store.dataset import load_dataset
from conflictmap.store import filters

@st.cache_data
def load(folder):
    return load_dataset(Path(folder))

ds = load(__import__("os").environ["CONFLICTMAP_DATA_DIR"])
types = st.multiselect("Event type", sorted(ds.events["event_type"].unique()), key="f_types")
shown = filters.apply(ds.events, filters.Filters(types=tuple(types)))
m = folium.Map(location=[35, 38], zoom_start=6)
for ev in shown.to_dict("records"):
    folium.Marker((ev["latitude"], ev["longitude"]), popup=folium.Popup(ev["notes"][:300]),
                  tooltip=ev["location"]).add_to(m)
st_folium(m, key="map", returned_objects=[])
'''


def make_data(folder: Path, n: int, seed: int = 7) -> None:
    """A data folder of ``n`` synthetic events over Syria across 700 days (5% undated), 200 articles, one route of
    six stops; and its Parquet index."""
    import numpy as np
    import pandas as pd

    from conflictmap.store.index import write_index

    rng = np.random.default_rng(seed)
    kinds = rng.integers(0, len(TYPES), n)
    places = np.char.add("Place ", rng.integers(0, 5000, n).astype(str))
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
    dates = np.where(rng.random(n) > 0.05, days.strftime("%Y-%m-%d"), "")
    ids = np.char.add("SYN", np.char.zfill(np.arange(n).astype(str), 7))
    excerpts = ("Reports said fighting near [[" + pd.Series(places) + "]] continued as forces moved through the "
                "area on " + days.strftime("%A").to_series(index=range(n)) + ", residents told reporters (" +
                pd.Series(ids) + ").")
    actors = np.array(ACTORS, dtype=object)
    ev = pd.DataFrame({
        "event_id": ids, "event_date": dates, "time_precision": 1,
        "event_type": [TYPES[k][0] for k in kinds], "sub_event_type": [TYPES[k][1] for k in kinds],
        "actor1": actors[rng.integers(0, len(ACTORS), n)], "actor2": actors[rng.integers(0, len(ACTORS), n)],
        "country": "Syria", "location": places, "latitude": np.round(rng.uniform(32.3, 37.3, n), 5),
        "longitude": np.round(rng.uniform(35.7, 42.3, n), 5), "geo_precision": 1, "source": "synthetic",
        "notes": excerpts.str.replace("[[", "").str.replace("]]", ""),
        "article_id": np.char.add("article-", np.char.zfill((np.arange(n) % 200).astype(str), 3)),
        "route_step": "", "role": "", "place_name": places, "geonameid": "", "country_code": "SY",
        "feature": "place", "geo_source": "gazetteer", "date_source": "text", "date_rule": "weekday",
        "date_text": "on Sunday", "excerpts": excerpts, "mentions": "0-5", "merged_id": ids, "sources": 1,
        "fatalities": rng.integers(0, 12, n) * (rng.random(n) < 0.3),
    }).reindex(columns=list(EVENT_COLUMNS), fill_value="")
    route = []
    for step in range(1, 7):
        at = step * (n // 10)
        ev.loc[at, "route_step"] = str(step)
        e = ev.loc[at]
        route.append({"article_id": ev.loc[n // 10, "article_id"], "step": step, "location": e["location"],
                      "country_code": "SY", "latitude": e["latitude"], "longitude": e["longitude"],
                      "event_date": e["event_date"], "time_precision": 1, "date_source": "text",
                      "actor": "Hayat Tahrir al-Sham", "event_id": e["event_id"], "km_from_previous": "",
                      "days_from_previous": "", "order_rule": "date"})
    folder.mkdir(parents=True, exist_ok=True)
    files.atomic_write_text(folder / "events.csv", ev.to_csv(index=False, lineterminator="\n"))
    files.write_csv(folder / "route.csv", ROUTE_COLUMNS, route)
    files.write_csv(folder / "articles.csv", ARTICLE_COLUMNS, [])
    files.write_csv(folder / "unplaced.csv", UNPLACED_COLUMNS, [])
    write_index(folder)


def payload(at) -> int:
    comps = at.get("component_instance")
    return len(comps[0].proto.json_args.encode("utf-8")) if comps else 0


def measure(script: Path, label: str) -> dict:
    import pandas as pd
    from streamlit.testing.v1 import AppTest

    import conflictmap.store.dataset as dataset

    reads = []
    real_read_csv = pd.read_csv

    def counting(*args, **kwargs):
        reads.append(args[0] if args else kwargs.get("filepath_or_buffer"))
        return real_read_csv(*args, **kwargs)

    dataset.pd.read_csv = counting
    try:
        at = AppTest.from_file(str(script), default_timeout=900)
        t0 = time.perf_counter()
        at.run()
        first = time.perf_counter() - t0
        assert not at.exception, at.exception
        reads_first = len(reads)
        t0 = time.perf_counter()
        at.run()
        second = time.perf_counter() - t0
        reads_second = len(reads) - reads_first
        select = at.multiselect(key="f_types")
        select.select("Battles")
        t0 = time.perf_counter()
        at.run()
        changed = time.perf_counter() - t0
        assert not at.exception, at.exception
        step = float("nan")
        if "pb_next" in {b.key for b in at.button}:  # a playback step (app.py): the next day, twice, the slower
            steps = []
            for _ in range(2):
                at.button(key="pb_next").click()
                t0 = time.perf_counter()
                at.run()
                steps.append(time.perf_counter() - t0)
                assert not at.exception, at.exception
            step = max(steps)
        return {"label": label, "first_run_s": first, "second_run_s": second, "filter_rerun_s": changed,
                "playback_step_s": step, "files_read_first": reads_first, "files_read_second": reads_second,
                "payload_mb": payload(at) / 1e6,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    finally:
        dataset.pd.read_csv = real_read_csv


def fragment_step(folder: Path, rounds: int = 5) -> float:
    """The server-side work of one playback step, as the map's fragment does it: the day's frame, the layers, and
    the layers' JavaScript as streamlit-folium makes it (the best of ``rounds`` steps through the days)."""
    from streamlit_folium import _get_feature_group_string

    from conflictmap.ui import playback
    from conflictmap.store.dataset import load_dataset
    from conflictmap.ui.map import base_map, layers

    ds = load_dataset(folder)
    days = sorted(ds.events["date"].dropna().unique())
    best = float("inf")
    for n in range(rounds):
        day = days[(n + 1) * len(days) // (rounds + 1)]
        t0 = time.perf_counter()
        now = playback.frame(ds.events, ds.route, day)
        drawn = layers(now.events, now.route, today=list(now.today), front=True)
        m = base_map(ds.events, ds.route)
        for k, group in enumerate(drawn.groups):
            _get_feature_group_string(group, m, k)
        best = min(best, time.perf_counter() - t0)
    return best


def million(tmp: Path, n: int) -> list[dict]:
    """app.py on ``n`` events: through DuckDB over the Parquet index (as it runs past CONFLICTMAP_DUCKDB_EVENTS),
    and, as the baseline, with every event in memory — each in a process of its own, so that its peak memory is
    its own (the data folder is made in another)."""
    import subprocess

    folder = tmp / f"data-{n}"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--make", str(folder), str(n)], check=True)
    print(f"made {n:,} events and their index in {time.perf_counter() - t0:.0f} s", flush=True)
    out = []
    for label, threshold in (("app.py, DuckDB", "1"), ("app.py, pandas", str(10**12))):
        env = dict(os.environ, CONFLICTMAP_DATA_DIR=str(folder), CONFLICTMAP_DUCKDB_EVENTS=threshold)
        done = subprocess.run([sys.executable, __file__, "--measure", f"{label} @ {n:,}"], env=env, check=True,
                              capture_output=True, text=True)
        out.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"measured {out[-1]['label']}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--naive-events", type=int, default=10_000)
    ap.add_argument("--million", type=int, default=1_000_000, help="events for the DuckDB run (0: skip it)")
    ap.add_argument("--make", nargs=2, metavar=("FOLDER", "N"), help=argparse.SUPPRESS)
    ap.add_argument("--measure", metavar="LABEL", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.make:
        return make_data(Path(args.make[0]), int(args.make[1]))
    if args.measure:
        return print(json.dumps(measure(ROOT / "app.py", args.measure)))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.million:
            results += million(Path(tmp), args.million)
        naive_script = Path(tmp) / "naive_app.py"
        naive_script.write_text(NAIVE_APP, encoding="utf-8")
        for n, runs in ((args.events, [("app.py", ROOT / "app.py")]),
                        (args.naive_events, [("app.py", ROOT / "app.py"), ("naive Marker+Popup", naive_script)])):
            folder = Path(tmp) / f"data-{n}"
            make_data(folder, n)
            os.environ["CONFLICTMAP_DATA_DIR"] = str(folder)
            for label, script in runs:
                results.append(measure(script, f"{label} @ {n:,}"))
                print(f"measured {results[-1]['label']}", flush=True)
            print(f"playback step, the map's fragment alone @ {n:,}: {fragment_step(folder):.3f} s", flush=True)
    os.environ["CONFLICTMAP_DATA_DIR"] = str(ROOT / "data")
    results.append(measure(ROOT / "app.py", "app.py @ the seed"))
    print(f"playback step, the map's fragment alone @ the seed: {fragment_step(ROOT / 'data'):.3f} s", flush=True)
    cols = ["first_run_s", "second_run_s", "filter_rerun_s", "playback_step_s", "files_read_first",
            "files_read_second", "payload_mb", "peak_rss_mb"]
    print(f"{'':>28} " + " ".join(f"{c:>17}" for c in cols))
    for r in results:
        print(f"{r['label']:>28} " + " ".join(f"{r[c]:>17.2f}" if isinstance(r[c], float) else f"{r[c]:>17}"
                                              for c in cols))
    ours, naive = results[-3], results[-2]
    print(f"{'naive / app.py (same data)':>28} " + " ".join(
        f"{(naive[c] / ours[c]) if ours[c] else float('nan'):>17.1f}" for c in cols))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
