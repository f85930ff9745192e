"""Build speed and memory on one process, on every core, and on a local Dask cluster, over N varied articles.

    python benchmarks/build.py [--n 10000] [--jobs J] [ARTICLES_DIR]

The articles are made from the annotated dev articles (ARTICLES_DIR, default ../shared/events-dev/articles; the
seeds if it is missing): each a whole article with its towns swapped for towns of other articles (their gold
places, whole words, one swap per name within an article), its month names shifted and its publication date moved,
so the 10,000 are not 32 texts over and over. Each build is full (nothing remembered) and runs in a process of its
own, so its peak memory is its own: the figures are wall clock of ``build()`` (a Dask run includes starting its
cluster), articles per second, the speed-ups against one process, a check that the three wrote the same bytes,
and the peak memory of the building process and of its largest worker.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from conflictmap.articles.read import read_article  # noqa: E402
from conflictmap.build.local import default_jobs  # noqa: E402

DEFAULT = HERE.parent.parent / "shared" / "events-dev" / "articles"
OUTPUTS = ("events.csv", "route.csv", "campaigns.csv", "unplaced.csv", "articles.csv")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def sources(folder: Path) -> list[tuple[str, list[str]]]:
    """(text, towns it names) of each article: towns are its gold places placed to within 100 km."""
    paths = sorted(folder.glob("*.md")) if folder.is_dir() else sorted((HERE.parent / "seeds").glob("*.md"))
    out = []
    for p in paths:
        gold = p.with_suffix(".gold.json")
        places = json.loads(gold.read_text(encoding="utf-8")).get("places", []) if gold.exists() else []
        towns = [g["name"] for g in places if g.get("tol_km", 0) <= 100 and " " not in g["name"].strip()]
        out.append((read_article(p).text, towns))
    return out


def varied(text: str, towns: list[str], pool: list[str], rng: random.Random) -> str:
    for town in towns:
        text = re.sub(rf"\b{re.escape(town)}\b", rng.choice(pool), text)
    shift = rng.randrange(12)
    return re.sub(r"\b(" + "|".join(MONTHS) + r")\b", lambda m: MONTHS[(MONTHS.index(m[1]) + shift) % 12], text)


def write_articles(folder: Path, texts: list[tuple[str, list[str]]], n: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    pool = sorted({t for _, towns in texts for t in towns}) or ["Aleppo"]
    day = dt.date(2022, 1, 1)
    for k in range(n):
        text, towns = texts[k % len(texts)]
        published = day + dt.timedelta(days=rng.randrange(1000))
        (folder / f"article-{k:06d}.md").write_text(
            f"---\ntitle: Article {k}\npublished: {published.isoformat()}\nsource: Outlet {k % 40}\n---\n"
            f"{varied(text, towns, pool, rng)}\n", encoding="utf-8")


def one(mode: str, src: Path, data: Path) -> None:
    """One build (in this process), printed as JSON."""
    from conflictmap.build.run import build

    kind, _, value = mode.partition(":")
    t = time.perf_counter()
    result = build(src, data, full=True, **({"dask": value} if kind == "dask" else {"jobs": int(value)}))
    seconds = time.perf_counter() - t
    print(json.dumps({"mode": mode, "seconds": seconds, "workers": result.jobs, "events": len(result.events),
                      "merged": len({e.merged_id for e in result.events if e.sources > 1}),
                      "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles_dir", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--one", nargs=3, metavar=("MODE", "SRC", "DATA"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        return one(args.one[0], Path(args.one[1]), Path(args.one[2]))
    tmp = Path(tempfile.mkdtemp(prefix="cm-bench-build-"))
    src = tmp / "articles"
    src.mkdir()
    write_articles(src, sources(args.articles_dir), args.n)
    runs = []
    for mode in ("jobs:1", f"jobs:{args.jobs}", "dask:local"):
        done = subprocess.run([sys.executable, __file__, "--one", mode, str(src), str(tmp / mode.replace(":", "-"))],
                              check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"measured {mode}", flush=True)
    base = runs[0]
    for r in runs:
        data = tmp / r["mode"].replace(":", "-")
        same = all((data / f).read_bytes() == (tmp / "jobs-1" / f).read_bytes() for f in OUTPUTS)
        print(f"{r['mode']:>10} on {r['workers']} worker(s): {r['seconds']:6.1f} s, {args.n / r['seconds']:5.0f} "
              f"articles/s, speed-up {base['seconds'] / r['seconds']:.2f}x; {r['events']:,} events, {r['merged']:,} "
              f"merged happenings; output {'the same bytes' if same else 'DIFFERENT'} as one process; peak memory "
              f"{r['self_mb']:,.0f} MB (building process), {r['children_mb']:,.0f} MB (largest worker)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
