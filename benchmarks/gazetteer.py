"""Gazetteer benchmark: loading the shipped index, adding a country in full, and what the added data places.

    python benchmarks/gazetteer.py [--features 100000]

Prints, each measured in a fresh process where it matters:
- load of the shipped index (time and peak memory of a process that only loads it; targets 1.5 s, 400 MB);
- ``conflictmap gazetteer add`` of one large country: a GeoNames-shaped dump of ``--features`` features made up
  here (invented names, Syria's codes and box: populated places of unknown population, districts, air bases),
  read, kept and the index built again (target 60 s), then the load after it (target 3 s);
- a hand-made dump of a village of unknown population, a neighbourhood and an air base: what the pipeline makes
  of a sentence naming them, before and after the country is added (it should place both once added).

Everything happens in a temporary cache folder; the user's cache is not touched.
"""

from __future__ import annotations

import argparse
import io
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# (peak memory from /proc's VmHWM, which starts again at exec: ru_maxrss would count the parent's pages the fork
# copied before it)
LOAD = """
import re, sys, time
t = time.perf_counter()
from conflictmap.geoparser import gazetteer
g = gazetteer.load(sys.argv[1])
took = time.perf_counter() - t
peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
print(f"{took:.2f} {peak:.0f} {len(g)}")
"""
SENTENCE = ("Government jets struck Zarqal al-Shams village and the Menagh airbase in Aleppo province, Syria, on "
            "Monday, killing four fighters.")


def _row(gid, name, alternates, lat, lon, klass, code, population=0, admin1="09"):
    return "\t".join([str(gid), name, name, alternates, f"{lat:.5f}", f"{lon:.5f}", klass, code, "SY", "", admin1,
                      "", "", "", str(population), "", "300", "Asia/Damascus", "2024-01-01"])


def _dump(rows: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("SY.txt", "\n".join(rows) + "\n")
    return out.getvalue()


def hand_made() -> bytes:
    return _dump([
        _row(990001, "Zarqal al-Shams", "Zarqal ash Shams", 36.41, 37.31, "P", "PPL"),
        _row(990002, "Qarmaz", "", 36.21, 37.14, "P", "PPLX"),
        _row(990003, "Menagh Military Airbase", "Menagh Air Base", 36.521, 37.041, "S", "AIRB"),
    ])


def large(n: int) -> bytes:
    rng = random.Random(7)
    syllables = "ka ra ma za ba ta sha qa da na la ha ya fa wa ja".split()
    rows = []
    for i in range(n):
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize() + " " + \
            "".join(rng.choice(syllables) for _ in range(2)).capitalize()
        klass, code = (("A", "ADM3") if i % 50 == 0 else ("S", "AIRB") if i % 97 == 0 else ("P", "PPL"))
        rows.append(_row(5_000_000 + i, name, name.replace(" ", "-"), rng.uniform(32.5, 37), rng.uniform(35.8, 42),
                         klass, code, rng.choice((0, 0, 0, 150, 700))))
    return _dump(rows)


def load_in_fresh_process(cache: Path) -> tuple[float, float, int]:
    out = subprocess.run([sys.executable, "-c", LOAD, str(cache)], capture_output=True, text=True, check=True)
    seconds, mb, size = out.stdout.split()
    return float(seconds), float(mb), int(size)


def what_is_placed(cache: Path) -> str:
    from conflictmap.geoparser import gazetteer
    from conflictmap.pipeline import make_pipeline, map_text
    from conflictmap.settings import Settings

    gazetteer._loaded.cache_clear()
    pipe = make_pipeline(cache / "data", Settings(cache_dir=cache), gazetteer=gazetteer.load(cache))
    result = map_text(f"---\npublished: 2024-12-02\n---\n{SENTENCE}", "bench.md", pipe)
    placed = ", ".join(f"{t.name} ({t.lat:.2f}, {t.lon:.2f})" for t in result.toponyms)
    unplaced = ", ".join(u.name for u in result.unplaced) or "none"
    return f"placed: {placed}; not placed: {unplaced}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--features", type=int, default=100_000)
    args = ap.parse_args()
    from conflictmap.geoparser import countries, gazetteer

    with tempfile.TemporaryDirectory() as tmp:
        shipped = Path(tmp) / "shipped"
        gazetteer.load(shipped)  # (built once, then loaded in a fresh process)
        seconds, mb, size = load_in_fresh_process(shipped)
        print(f"shipped index: {size:,} places and areas; load {seconds:.2f} s (target 1.5 s), peak {mb:.0f} MB "
              "(target 400 MB)")
        print(f"hand-made dump, before: {what_is_placed(shipped)}")
        countries.add_country("SY", hand_made(), shipped)
        print(f"hand-made dump, after `gazetteer add`: {what_is_placed(shipped)}")

        big = Path(tmp) / "big"
        data = large(args.features)
        started = time.perf_counter()
        c = countries.add_country("SY", data, big)
        kept = time.perf_counter() - started
        gazetteer.load(big)
        total = time.perf_counter() - started
        print(f"gazetteer add of {c.features:,} features ({len(data) / 1e6:.1f} MB zip): kept in {kept:.1f} s, index "
              f"built in {total - kept:.1f} s, {total:.1f} s in all (target 60 s)")
        seconds, mb, size = load_in_fresh_process(big)
        print(f"load after it: {size:,} places and areas in {seconds:.2f} s (target 3 s), peak {mb:.0f} MB")


if __name__ == "__main__":
    main()
