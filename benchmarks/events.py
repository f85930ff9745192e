"""Events benchmark: what happened, scored on annotated articles, on ordinary news, and beside a keyword baseline.

    python benchmarks/events.py [ARTICLES_DIR] [--negatives FILE.jsonl] [--rounds N] [--errors N]

ARTICLES_DIR (NAME.md with NAME.gold.json beside it) defaults to ../shared/events-dev/articles and the negatives
(JSON Lines of ordinary news, {"id", "text"} per line) to ../shared/geoparse-dev/LGL.jsonl, both beside the
project. Scoring is ``benchmarks/score_events.py``, an identical copy of the scorer the project is judged with:
event precision, recall and F1 (same place and ACLED event type), sub-type and date accuracy, false events in
articles that report none, and routes in the right order.

The baseline, run in the same process on the same placed names, is what the project did before it read clauses:
every sentence with a conflict keyword makes one event at each place it names, typed by its first keyword
(clash → Battles, strike/shelling/bomb → Explosions/Remote violence, killed → Violence against civilians,
captured → territory, protest, riot, arrested), dated by the sentence's first date.

Places: every place an annotated article's gold lists, found among its placed names and within 30 km of the gold
point (a region or a country: within its own tolerance); and, beside it, those the gazetteer lacks that the map
still puts within tolerance, where the text's words put their events ("a village in Nganzai district", "60 km north
of Aden": approximate points, said so on the map).

Speed is reports per second of this process's CPU time (one core) for the whole pipeline (geoparsing included)
and for the events stage alone (the places of each report already found), each the best of N rounds, on short
reports (each paragraph of the annotated articles as a report of its own: an incident report is a paragraph or
two) and on the ordinary news stories (longer).
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import score_events  # noqa: E402

from conflictmap.events import types as et  # noqa: E402
from conflictmap.store import schema  # noqa: E402
from conflictmap.articles.read import parse_article, read_article  # noqa: E402
from conflictmap.build.result import BuildResult  # noqa: E402
from conflictmap.build.output import write_data  # noqa: E402
from conflictmap.events.dates import find_dates, reference_date  # noqa: E402
from conflictmap.events.extract import extract_events  # noqa: E402
from conflictmap.events.places import NOT_PLACED  # noqa: E402
from conflictmap.pipeline import make_pipeline  # noqa: E402

SHARED = HERE.parent.parent / "shared"
DEFAULT_ARTICLES = SHARED / "events-dev" / "articles"
DEFAULT_NEGATIVES = SHARED / "geoparse-dev" / "LGL.jsonl"

_KEYWORDS = [  # (pattern, event type, sub-event type): the first that a sentence holds types it
    (r"clash|fight|fought|battle|gunfight|firefight", et.BATTLES, et.ARMED_CLASH),
    (r"captur|seiz|took control|overran|retook", et.BATTLES, et.NSA_TAKEOVER),
    (r"air ?strike|drone|shell|artillery|rocket|missile|bomb|explosi|blast|IED", et.REMOTE, et.SHELLING),
    (r"kill|shot|massacre|abduct|kidnap|attack", et.VAC, et.ATTACK),
    (r"protest|demonstrat|rally|march", et.PROTESTS, et.PEACEFUL_PROTEST),
    (r"riot|mob", et.RIOTS, et.VIOLENT_DEMONSTRATION),
    (r"arrest|detain", et.STRATEGIC, et.ARRESTS),
]
_KEYWORD_RES = [(re.compile(rf"\b(?:{p})", re.I), t, s) for p, t, s in _KEYWORDS]


def baseline_events(article, placed) -> list[dict]:
    """The keyword baseline's events of one article (rows for the scorer)."""
    published = reference_date(article.published, article.text)
    rows = []
    for sentence in article.sentences:
        kind = next(((t, s) for rx, t, s in _KEYWORD_RES if rx.search(sentence.text)), None)
        if kind is None:
            continue
        dates = [d for d in find_dates(sentence.text, published) if d.date is not None]
        for p in placed:
            t = p.toponym
            if sentence.start <= t.start < sentence.end and not t.demonym:
                rows.append({"article_id": article.id, "event_type": kind[0], "sub_event_type": kind[1],
                             "location": t.name, "place_name": t.gazetteer_name, "latitude": f"{p.lat:.5f}",
                             "longitude": f"{p.lon:.5f}", "event_date": dates[0].date.isoformat() if dates else ""})
    return rows


def _copy_articles(src: Path, dest: Path) -> list[Path]:
    paths = sorted(p for p in src.iterdir() if p.suffix == ".md" and p.with_suffix(".gold.json").exists())
    for p in paths:
        shutil.copy(p, dest / p.name)
        shutil.copy(p.with_suffix(".gold.json"), dest / p.with_suffix(".gold.json").name)
    return [dest / p.name for p in paths]


def _write_baseline(data: Path, rows: list[dict]) -> None:
    data.mkdir(parents=True, exist_ok=True)
    columns = ["article_id", "event_type", "sub_event_type", "location", "place_name", "latitude", "longitude",
               "event_date"]
    with open(data / schema.EVENTS_FILE, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, columns)
        w.writeheader()
        w.writerows(rows)
    (data / schema.ROUTE_FILE).write_text("article_id,step,location\n", encoding="utf-8")


def _negatives(events: list[dict], n_docs: int, route_articles: set[str]) -> dict:
    return {"documents": n_docs, "events": len(events),
            "violent": sum(e["event_type"] in score_events.VIOLENT for e in events),
            "territory": sum(e.get("sub_event_type") in score_events.TERRITORY for e in events),
            "articles_with_route": len(route_articles)}


def _same_place_name(gold: str, *names: str) -> bool:
    """The same name as one of ``names``, or one with a region word after it ("Kupwara district" / "Kupwara")."""
    for written in map(score_events.norm, names):
        if gold == written or gold.startswith(written + " ") or written.startswith(gold + " "):
            return True
    return False


def score_places(articles, pipeline, gold_dir: Path,
                 results=None) -> tuple[int, int, int, list[str], int]:
    """Places mode: every place the gold lists for an article, found among the article's placed names (same name,
    case and accents ignored) and within 30 km of the gold point (a region or country: its ``tol_km``).
    ``results``: the articles' pipeline results, to count as well the gold places the gazetteer lacks that the map
    still puts within tolerance, at the point the text's words give their events ("Zzyzx, 60 km north of Aden",
    "a village in Nganzai district"; drawn as approximate there).
    Returns (gold places, found, within tolerance, the misses, those of the misses the map puts within tolerance)."""
    import json

    total = found = close = on_map = 0
    misses = []
    for n, a in enumerate(articles):
        gold = json.loads((gold_dir / f"{a.id}.gold.json").read_text(encoding="utf-8")).get("places", [])
        placed = pipeline.place(a)[1]
        for g in gold:
            total += 1
            name = score_events.norm(g["name"])
            tolerance = max(score_events.KM_TOLERANCE, g.get("tol_km", 0))
            hits = [p for p in placed if _same_place_name(name, p.toponym.name, p.toponym.gazetteer_name)]
            if not hits:
                events = [e for e in (results[n].events if results else [])
                          if e.geo_note.startswith(e.location + NOT_PLACED) and
                          _same_place_name(name, e.location)]
                km = min((score_events.km((e.latitude, e.longitude), (g["lat"], g["lon"])) for e in events),
                         default=None)
                on_map += km is not None and km <= tolerance
                misses.append(f"{a.id}: {g['name']} not found" + (
                    f" (on the map {km:,.0f} km away, {events[0].geo_note.partition(': ')[2]})" if km is not None
                    else ""))
                continue
            found += 1
            km = min(score_events.km((p.lat, p.lon), (g["lat"], g["lon"])) for p in hits)
            if km <= tolerance:
                close += 1
            else:
                misses.append(f"{a.id}: {g['name']} placed {km:,.0f} km away ({hits[0].toponym.gazetteer_name}, "
                              f"{hits[0].toponym.country_code})")
    return total, found, close, misses, on_map


def _best(rounds: int, work) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        work()
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles_dir", nargs="?", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--negatives", type=Path, default=DEFAULT_NEGATIVES)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--errors", type=int, default=40, help="how many place misses to list")
    args = ap.parse_args()
    for p in (args.articles_dir, args.negatives):
        if not p.exists():
            sys.exit(f"{p}: not found; give the annotated articles folder and --negatives FILE.jsonl")
    tmp = Path(tempfile.mkdtemp(prefix="cm-bench-events-"))
    (tmp / "articles").mkdir()
    paths = _copy_articles(args.articles_dir, tmp / "articles")
    articles = [read_article(p) for p in paths]
    pipeline = make_pipeline(tmp / "ours")
    import json
    docs = [json.loads(line) for line in args.negatives.open(encoding="utf-8") if line.strip()]
    negatives = [parse_article(d["text"], d["id"]) for d in docs]

    # Accuracy: ours through the whole pipeline, the baseline on the same placed names.
    results = [pipeline.process(a) for a in articles]
    write_data(tmp / "ours", BuildResult(results), paths, pipeline)
    placed = {a.id: pipeline.place(a)[1] for a in articles + negatives}
    _write_baseline(tmp / "baseline", [r for a in articles for r in baseline_events(a, placed[a.id])])
    print(f"{len(articles)} annotated articles ({args.articles_dir}); {len(negatives)} ordinary news "
          f"({args.negatives})")
    print(f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'subtype':>8} {'date':>6} {'false in negatives':>19} "
          f"{'routes':>7} {'false routes':>13}")
    for name in ("ours", "baseline"):
        s, _ = score_events.score_articles(Namespace(articles_dir=str(tmp / "articles"), data_dir=str(tmp / name)))
        print(f"{name:10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['subtype_accuracy']:8.3f} "
              f"{s['date_accuracy']:6.3f} {s['false_events_in_negatives']:19d} "
              f"{s['routes_right']:>3}/{s['routes_gold']:<3} {s['false_routes']:13d}")

    gaz, actors, corrections = pipeline.geoparser.gaz, list(pipeline.actors), pipeline.chain.corrections

    # Places: the gold places of the annotated articles, found and placed within tolerance.
    total, found, close, misses, on_map = score_places(articles, pipeline, args.articles_dir, results)
    print(f"\nplaces ({total} gold places of the annotated articles): found {found} ({found / total:.1%}), "
          f"within tolerance {close} ({close / total:.1%}); with the places the gazetteer lacks that the map puts "
          f"within tolerance by the text's words: {close + on_map} ({(close + on_map) / total:.1%})")
    for line in misses[:args.errors]:
        print("  ", line)

    # Ordinary news: events and routes that should not be there.
    ours = [pipeline.process(a) for a in negatives]
    ours_rows = [schema.event_row(e) for r in ours for e in r.events if not e.is_context]
    base_rows = [r for a in negatives for r in baseline_events(a, placed[a.id])]
    print(f"\nordinary news ({len(negatives)} documents): events / violent / territory / articles with a route")
    for name, rows, routes in (("ours", ours_rows, {r.article.id for r in ours if r.route}),
                               ("baseline", base_rows, set())):
        n = _negatives(rows, len(negatives), routes)
        print(f"  {name:10} {n['events']:5d} {n['violent']:5d} {n['territory']:5d} {n['articles_with_route']:5d}")

    # Speed: reports per second of CPU time, one core. Short reports: each paragraph of the annotated articles as
    # a report of its own (an incident report is a paragraph or two); long: the ordinary news stories.
    short = [parse_article(para, f"{a.id}-{n}", published=a.published)
             for a in articles for n, para in enumerate(a.text.split("\n\n")) if len(para.split()) >= 8]
    print(f"\nspeed (CPU time of one core, best of {args.rounds}):")
    for label, reports in ((f"{len(short)} short reports", short), (f"{len(negatives)} news stories", negatives)):
        places = {a.id: pipeline.place(a)[1] for a in reports}
        t_events = _best(args.rounds, lambda: [extract_events(a, places[a.id], actors, gaz, corrections)
                                               for a in reports])
        t_base = _best(args.rounds, lambda: [baseline_events(a, places[a.id]) for a in reports])
        t_whole = _best(args.rounds, lambda: [pipeline.process(a) for a in reports])
        n = len(reports)
        print(f"  {label}: whole pipeline {n / t_whole:6.0f} reports/s; events stage {n / t_events:6.0f}/s, "
              f"keyword baseline {n / t_base:6.0f}/s (events stage takes {t_events / t_base:.1f}x the baseline)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
