"""Geoparser benchmark: accuracy on a gold corpus, speed, load time and memory, beside a simple baseline.

    python benchmarks/geoparse.py [GOLD.jsonl] [--rounds N] [--errors N]
    python benchmarks/geoparse.py --document-mb 20      # one document of the largest size an article may have

GOLD defaults to ../shared/geoparse-dev/LGL.jsonl (beside the project). The baseline, run in the same process on
the same gazetteer, matches every capitalised word sequence against the name index and takes the most
populous place (what a naive gazetteer lookup does). Scoring is ``benchmarks/score.py``, an identical copy of
the project's scorer.

Speed is text per second of this process's CPU time (one core; 1 MB = 10^6 characters), wall-clock beside it:
"cold" is the first pass over the corpus in a fresh process (gazetteer loaded, nothing else seen: every name is
met for the first time), "warm" a further pass in the same process. This machine shares its CPU with others, so
each figure is the best of N runs (cold: N fresh processes; warm: N passes), with the median beside it.

``--document-mb N``: the seed article repeated to N MB, as one document through ``conflictmap geoparse`` in a
process of its own; prints its seconds, toponyms and peak memory (the test suite runs 4 MB of it and checks the
offsets; the 20 MB figure, the size ``CONFLICTMAP_MAX_ARTICLE_BYTES`` allows, is measured here).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from score import score  # noqa: E402

from conflictmap.store.inputs import PACKAGE_ACTORS, load_actors
from conflictmap.events.actors import actor_names  # noqa: E402
from conflictmap.geoparser import Geoparser  # noqa: E402
from conflictmap.geoparser import gazetteer as gz  # noqa: E402
from conflictmap.geoparser.names import normalize_name  # noqa: E402

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
            key = normalize_name(text[tokens[k].start():tokens[j].end()])
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


def timed_pass(docs: list[dict], parse) -> tuple[float, float]:
    """(CPU s, wall s) for one pass of ``parse`` over the documents."""
    cpu, wall = time.process_time(), time.perf_counter()
    for d in docs:
        parse(d["text"])
    return time.process_time() - cpu, time.perf_counter() - wall


def score_run(name: str, docs: list[dict], parse, gold: Path) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d["id"], "toponyms": parse(d["text"])}) + "\n")
    result = score(str(gold), fh.name)
    result["name"] = name
    Path(fh.name).unlink()
    return result


def load_parsers():
    """The gazetteer and both parsers, as a user's process gets them; (gaz, ours, baseline, load seconds)."""
    started = time.perf_counter()
    gaz = gz.load()
    parser = Geoparser(gaz, not_places=actor_names(load_actors(PACKAGE_ACTORS)))  # as a build makes it
    load_s = time.perf_counter() - started
    parser.parse("Warm up in Paris, France.")
    return gaz, (lambda t: [tp.as_json() for tp in parser.parse(t)]), (lambda t: baseline(gaz, t)), load_s, parser


def cold_pass(gold: Path) -> None:
    """In a fresh process: one pass of each parser; prints their (CPU, wall) seconds as JSON."""
    docs = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    _, ours, base, _, _ = load_parsers()
    print(json.dumps({"conflictmap": timed_pass(docs, ours), "baseline": timed_pass(docs, base)}))


def one_document(mb: float) -> None:
    """The seed repeated to ``mb`` MB through the CLI: seconds, toponyms and the child process's peak memory."""
    seed = next((HERE.parent / "seeds").glob("*.md")).read_text(encoding="utf-8")
    size = int(mb * 1_000_000)
    text = (seed * (size // len(seed) + 1))[:size]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.jsonl"
        src.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "conflictmap", "geoparse", str(src)], capture_output=True,
                             text=True, cwd=HERE.parent, check=True)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{mb:g} MB document: {seconds:.1f} s through `conflictmap geoparse`, "
          f"{len(json.loads(out.stdout)['toponyms']):,} toponyms, peak {peak:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--rounds", type=int, default=3, help="runs per speed figure (the best is reported)")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses and false positives")
    ap.add_argument("--cold-pass", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--document-mb", type=float, help="only: geoparse one document of this many MB (the seed repeated)")
    args = ap.parse_args()
    if args.document_mb:
        return one_document(args.document_mb)
    gold = Path(args.gold)
    if not gold.is_file():
        sys.exit(f"benchmark: no gold corpus at {gold}; pass the path of a JSONL gold file")
    if args.cold_pass:
        return cold_pass(gold)
    docs = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    chars = sum(len(d["text"]) for d in docs)

    gz.index_path().exists() or gz.load()  # build the cached index once, outside the timing
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    gaz, ours, base, load_s, parser = load_parsers()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    cold: dict[str, list[tuple[float, float]]] = {"conflictmap": [], "baseline": []}
    for _ in range(args.rounds):
        out = subprocess.run([sys.executable, __file__, str(gold), "--cold-pass"], capture_output=True, text=True,
                             check=True)
        for name, figures in json.loads(out.stdout).items():
            cold[name].append(tuple(figures))
    results = [score_run("conflictmap", docs, ours, gold), score_run("baseline", docs, base, gold)]
    warm: dict[str, list[tuple[float, float]]] = {"conflictmap": [], "baseline": []}
    for _ in range(args.rounds):  # interleaved, so both meet the same neighbours on the machine
        warm["conflictmap"].append(timed_pass(docs, ours))
        warm["baseline"].append(timed_pass(docs, base))
    for r in results:
        for label, runs in (("cold", cold[r["name"]]), ("warm", warm[r["name"]])):
            r[f"{label}_mb_s"] = chars / min(cpu for cpu, _ in runs) / 1e6
            r[f"{label}_median_mb_s"] = chars / statistics.median(cpu for cpu, _ in runs) / 1e6
            r[f"{label}_wall_mb_s"] = chars / min(wall for _, wall in runs) / 1e6

    print(f"corpus: {gold} ({len(docs)} documents, {chars:,} characters, "
          f"{sum(len(d['text'].encode()) for d in docs):,} bytes as UTF-8)")
    print(f"load (gazetteer + geoparser): {load_s:.2f} s; resident memory after load: {rss1 / 1024:.0f} MB "
          f"(+{(rss1 - rss0) / 1024:.0f} MB)")
    cols = ["precision", "recall", "f1", "acc161", "acc161_all", "median_km", "auc"]
    print(f"{'':>12} " + " ".join(f"{c:>10}" for c in cols))
    ours_r, base_r = results
    for r in results:
        print(f"{r['name']:>12} " + " ".join(
            f"{(r[c] if r[c] is not None else float('nan')):>10.4g}" for c in cols))
    print(f"{'ratio':>12} " + " ".join(
        f"{(ours_r[c] / base_r[c] if base_r[c] else float('nan')):>10.2f}" for c in cols))
    print(f"\nspeed, MB of text per CPU second (best of {args.rounds}; median; best wall-clock):")
    for label in ("cold", "warm"):
        for r in results:
            print(f"  {label} {r['name']:>12}: {r[f'{label}_mb_s']:5.2f} MB/s  (median {r[f'{label}_median_mb_s']:.2f};"
                  f" wall {r[f'{label}_wall_mb_s']:.2f})")
        print(f"  {label} {'ratio':>12}: {ours_r[f'{label}_mb_s'] / base_r[f'{label}_mb_s']:5.2f}")
    seed = sorted((HERE.parent / "seeds").glob("*.md"))
    if seed:
        from conflictmap.articles.read import read_article

        found = parser.parse(read_article(seed[0]).text)
        names = sorted({f"{t.name}→{t.gazetteer_name} ({t.country_code}, {t.feature})" for t in found})
        print(f"\nseed ({seed[0].name}): {len(found)} mentions, {len(names)} distinct: " + "; ".join(names))
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
