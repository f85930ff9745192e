"""The first "Map it" on a fresh server: how long a visitor waits when the gazetteer index is not built yet.

    python benchmarks/first_map.py [--delays 0 15 45]

Each case runs in a fresh process with an empty gazetteer cache folder (a fresh hosted instance): the dashboard
page is opened (Streamlit's AppTest, the app as it is), which starts preparing the gazetteer and the parser in the
background; the visitor reads the page for DELAY seconds, then pastes a short article and clicks "Map it". Printed:
the page's first load, and the seconds "Map it" took (target 10 s). The first cache takes the index the package
ships; for comparison (the baseline, run here too), the same as if the package shipped none (the index built from
its sources, as where countries were added in full), each with the warm-up left out too, and with the index already
in the cache (every later visit).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Rebels seized Hama on Thursday after days of fighting with government troops, residents said."


def one(delay: float, warm: bool, ship: bool = True) -> dict:
    from streamlit.testing.v1 import AppTest

    if not ship:
        from conflictmap.geoparser import gazetteer

        gazetteer.SHIPPED_KEY = Path(tempfile.gettempdir()) / "no-shipped-index.key"  # (built from the sources)
    if not warm:
        import conflictmap.pipeline as pipeline

        pipeline.prepare_reading = lambda cache_dir: None  # (as before the warm-up: built on first need)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    started = time.perf_counter()
    at.run()
    page = time.perf_counter() - started
    time.sleep(delay)
    at.text_area(key="own_text").input(ARTICLE)
    started = time.perf_counter()
    [b for b in at.get("button") if "Map it" in str(b.proto.label)][0].click().run()
    mapped = time.perf_counter() - started
    ok = any("Mapped" in s.value for s in at.success) and not at.exception
    return {"page_s": page, "map_it_s": mapped, "ok": ok}


def run(delay: float, warm: bool, cache: str | None, ship: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as fresh:
        env = {**os.environ, "CONFLICTMAP_CACHE_DIR": cache or fresh, "CONFLICTMAP_DATA_DIR": str(ROOT / "data")}
        out = subprocess.run([sys.executable, __file__, "--one", str(delay), "warm" if warm else "cold",
                              "ship" if ship else "build"],
                             capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--delays", nargs="+", type=float, default=[0, 15, 45],
                    help="seconds the visitor reads the page before clicking")
    ap.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(float(args.one[0]), args.one[1] == "warm", args.one[2] == "ship")))
        return
    for ship in (True, False):
        print("fresh server (empty gazetteer cache), " +
              ("the shipped index:" if ship else "no shipped index (the baseline: built from the sources):"))
        for delay in args.delays:
            for warm in (False, True):
                r = run(delay, warm, None, ship)
                print(f"  click after {delay:4.0f} s, {'with' if warm else 'without':7s} the warm-up: page "
                      f"{r['page_s']:5.1f} s, Map it {r['map_it_s']:5.1f} s{'' if r['ok'] else '  (FAILED)'}",
                      flush=True)
    from conflictmap.settings import user_cache_dir

    r = run(0, True, str(user_cache_dir()))
    print(f"index already built (a later visit): page {r['page_s']:.1f} s, Map it {r['map_it_s']:.1f} s")


if __name__ == "__main__":
    main()
