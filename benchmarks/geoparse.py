"""Geoparser benchmark: accuracy on a gold corpus, speed, load time and memory, beside a simple baseline.

    python benchmarks/geoparse.py [GOLD.jsonl] [--seed-only]

GOLD defaults to ../shared/geoparse-dev/LGL.jsonl (beside the project). The baseline, run in the same process on
the same gazetteer, matches every capitalised word sequence against the name index and takes the most
populous place (what a naive gazetteer lookup does). Scoring is ``benchmarks/score.py``, an identical copy of
the project's scorer.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from score import score  # noqa: E402

from conflictmap import gazetteer as gz  # noqa: E402
from conflictmap.toponyms import Geoparser  # noqa: E402

DEFAULT_GOLD = HERE.parent.parent / "shared" / "geoparse-dev" / "LGL.jsonl"


def baseline(gaz: gz.Gazetteer, text: str) -> list[dict]:
    """Capitalised-words gazetteer match, most populous place."""
    import re

    out = []
    tokens = list(re.finditer(r"[^\W\d_]+", text))
    k = 0
    while k < len(tokens):
        if not tokens[k].group()[:1].isupper():
            k += 1
            continue
        best = None
        for j in range(k, min(k + gaz.max_words, len(tokens))):
            if not tokens[j].group()[:1].isupper():
                break
            key = gz.normalize_name(text[tokens[k].start():tokens[j].end()])
            if key in gaz.index:
                best = (j, key)
        if best is None:
            k += 1
            continue
        j, key = best
        places = gaz.lookup(key)
        p = max(places, key=lambda p: p.population)
        out.append({"start": tokens[k].start(), "end": tokens[j].end(), "name": text[tokens[k].start():tokens[j].end()],
                    "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid})
        k = j + 1
    return out


def run(name: str, docs: list[dict], parse, gold: Path) -> dict:
    chars = sum(len(d["text"]) for d in docs)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        started = time.perf_counter()
        lines = [{"id": d["id"], "toponyms": parse(d["text"])} for d in docs]
        elapsed = time.perf_counter() - started
        started = time.perf_counter()
        for d in docs:  # again, with the per-word caches warm
            parse(d["text"])
        warm = time.perf_counter() - started
        for line in lines:
            fh.write(json.dumps(line) + "\n")
    result = score(str(gold), fh.name)
    result["name"] = name
    result["chars_per_s"] = chars / elapsed if elapsed else float("inf")
    result["warm_chars_per_s"] = chars / warm if warm else float("inf")
    Path(fh.name).unlink()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--errors", type=int, default=0, help="print this many misses and false positives")
    args = ap.parse_args()
    gold = Path(args.gold)
    if not gold.is_file():
        sys.exit(f"benchmark: no gold corpus at {gold}; pass the path of a JSONL gold file")
    docs = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]

    gz.index_path().exists() or gz.load()  # build the cached index once, outside the timing
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    gaz = gz.load()
    load_s = time.perf_counter() - started
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parser = Geoparser(gaz)
    parser.parse("Warm up in Paris, France.")

    ours = run("conflictmap", docs, lambda t: [tp.as_json() for tp in parser.parse(t)], gold)
    base = run("baseline", docs, lambda t: baseline(gaz, t), gold)
    print(f"corpus: {gold} ({len(docs)} documents, {sum(len(d['text']) for d in docs):,} characters)")
    print(f"gazetteer load: {load_s:.2f} s; resident memory after load: {rss1 / 1024:.0f} MB "
          f"(+{(rss1 - rss0) / 1024:.0f} MB)")
    cols = ["precision", "recall", "f1", "acc161", "acc161_all", "median_km", "auc", "chars_per_s",
            "warm_chars_per_s"]
    print(f"{'':>12} " + " ".join(f"{c:>11}" for c in cols))
    for r in (ours, base):
        print(f"{r['name']:>12} " + " ".join(
            f"{r[c]:>11.0f}" if c.endswith("chars_per_s") else f"{(r[c] if r[c] is not None else float('nan')):>11.4g}"
            for c in cols))
    print(f"{'ratio':>12} " + " ".join(
        f"{(ours[c] / base[c] if base[c] else float('nan')):>11.2f}" for c in cols))
    seed = sorted((HERE.parent / "seeds").glob("*.md"))
    if seed:
        from conflictmap.articles import read_article

        found = parser.parse(read_article(seed[0]).text)
        names = sorted({f"{t.name}→{t.gazetteer_name} ({t.country_code}, {t.feature})" for t in found})
        print(f"seed ({seed[0].name}): {len(found)} mentions, {len(names)} distinct: " + "; ".join(names))
    if args.errors:
        show_errors(docs, parser, args.errors)


def show_errors(docs, parser, limit):
    from score import haversine_km

    misses, fps, wrong = [], [], []
    for d in docs:
        preds = parser.parse(d["text"])
        gold = d["toponyms"]
        neutral = d.get("toponyms_nocoord") or []
        for g in gold:
            hit = [p for p in preds if p.start < g["end"] and g["start"] < p.end]
            if not hit:
                misses.append(g["name"])
            else:
                p = hit[0]
                if not (p.geonameid and p.geonameid == g.get("geonameid")) and \
                        haversine_km(p.lat, p.lon, g["lat"], g["lon"]) > 161:
                    wrong.append(f"{g['name']} -> {p.gazetteer_name} {p.country_code} (gold {g.get('gaz_name')} "
                                 f"{g.get('country')})")
        for p in preds:
            if not any(p.start < g["end"] and g["start"] < p.end for g in gold + neutral):
                fps.append(p.name)
    from collections import Counter

    for title, items in (("missed", misses), ("false positives", fps), ("wrongly placed", wrong)):
        print(f"\n{title} ({len(items)}):")
        for item, count in Counter(items).most_common(limit):
            print(f"  {count:4d}  {item}")


if __name__ == "__main__":
    main()
