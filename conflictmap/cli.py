"""The ``conflictmap`` command. Turns the package's errors into one-line messages and exit codes:
0 done, 1 done but some input was bad or not found, 2 could not do it (bad arguments, unreadable input).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from conflictmap import __version__, settings
from conflictmap.errors import ConflictmapError, DataFileError, SettingsError
from conflictmap.settings import Settings


def _err(message: str) -> None:
    print(f"conflictmap: {message}", file=sys.stderr)


def text_progress(stream=None, unit: str = "articles", per: int = 1):
    """Progress on stderr (for a build of two articles or more; a download, counted in ``unit``s of ``per`` bytes):
    a bar redrawn in place on a terminal; written to a file or a pipe, a line at each tenth (no carriage-return
    frames in a log)."""
    stream = stream or sys.stderr
    live = bool(getattr(stream, "isatty", lambda: False)())
    said = [-1]

    def show(done: int, total: int, label: str = "") -> None:
        if total < 2:
            return
        shown = f"{done // per}/{total // per} {unit}"
        if not live:
            tenth = done * 10 // total
            if tenth > said[0]:
                said[0] = tenth
                stream.write(f"{shown} ({done * 100 // total}%)\n")
                stream.flush()
            return
        width = 30
        filled = int(width * done / total)
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {shown} {label[:40]:<40}")
        if done == total:
            stream.write("\n")
        stream.flush()

    return show


def _data_dir(args) -> Path:
    return Path(getattr(args, "data_dir", None) or args.settings.data_dir)


def cmd_add(args) -> int:
    """Articles from links and feeds into the articles folder, then an (incremental) build. One run fetches at most
    ``FEED_MAX_ENTRIES`` new entries per feed and ``FETCH_MAX_MB`` in all."""
    from conflictmap.errors import FetchError
    from conflictmap.web.feeds import feed_entries
    from conflictmap.web.fetch import Budget
    from conflictmap.web.pages import fetch_article, known_urls, save

    settings = args.settings
    articles = Path(args.articles_dir or settings.articles_dir)
    articles.mkdir(parents=True, exist_ok=True)
    urls, failed = list(args.urls), 0
    seen = known_urls(articles)
    budget = Budget(settings.fetch_max_mb * 1_000_000)
    for feed in args.feed or []:
        try:
            entries = feed_entries(feed, budget=budget)
        except FetchError as exc:
            _err(str(exc))
            failed += 1
            continue
        new = [u for u in entries if u not in seen and u not in urls]
        taken = new[:settings.feed_max_entries]
        later = f"; {len(new) - len(taken)} left for the next run (CONFLICTMAP_FEED_MAX_ENTRIES={len(taken)})" \
            if len(taken) < len(new) else ""
        print(f"{feed}: {len(entries)} entries, {len(new)} not added before{later}")
        urls += taken
    if not urls and not args.feed:
        _err("nothing to add: give article addresses (https://…) or --feed ADDRESS")
        return 2
    added = []
    for url in urls:
        try:
            path = save(fetch_article(url, budget=budget), articles)
        except FetchError as exc:
            _err(str(exc))
            failed += 1
            if budget.left <= 0:
                break  # (the run's bytes are spent: the rest next time)
            continue
        seen.add(url)
        added.append(path)
        print(f"added {path}")
    if added and not args.no_build:
        cmd_build(argparse.Namespace(articles_dir=str(articles), data_dir=args.data_dir, quiet=True, full=False,
                                     strict=False, jobs=None, settings=settings))
    return 1 if failed else 0


def cmd_build(args) -> int:
    from conflictmap.build.run import build

    articles = Path(args.articles_dir or args.settings.articles_dir)
    data = _data_dir(args)
    progress = None if args.quiet else text_progress()
    started = time.perf_counter()
    result = build(articles, data, settings=args.settings, progress=progress, full=args.full, strict=args.strict,
                   jobs=args.jobs, dask=getattr(args, "dask", None))
    seconds = time.perf_counter() - started
    for line in result.skipped:
        _err(f"skipped {line}")
    events = result.events
    happenings = [e for e in events if not e.is_context]
    merged = len({e.merged_id or e.event_id for e in happenings})  # (what the dashboard and the index count)
    reused = f" ({result.reused} unchanged since the last build, not read again)" if result.reused else ""
    if result.stale:
        reused += f" ({len(result.stale)} unreadable now, shown as last built: {', '.join(result.stale[:5])}" + \
            (", …)" if len(result.stale) > 5 else ")")
    read = len(result.articles) - result.reused - len(result.stale)
    where = f"a Dask cluster of {result.jobs} worker(s)" if result.engine == "dask" else \
        f"{result.jobs} process(es)"
    rate = read / seconds if seconds > 0 else 0.0
    speed = f"; {read} read in {seconds:.1f} s on {where}, {rate:,.{0 if rate >= 10 else 1}f} articles/s" \
        if read and seconds > 0 else ""
    print(f"built {data}: {len(result.articles)} article(s){reused}, {merged} events "
          f"({len(happenings)} reports of them), {len(events) - len(happenings)} places mentioned, "
          f"{len(result.route)} route stops{speed}")
    shared = {e.merged_id for e in happenings if e.sources > 1}
    if shared:
        print(f"  {len(shared)} happening(s) reported by more than one article, merged (events.csv: merged_id)")
    for a in result.articles[:20]:
        if a.route:
            legs = " → ".join(s.location for s in a.route)
            print(f"  {a.article.id}: advance by {a.route[0].actor or 'unknown actor'}: {legs}")
    campaigns = {}
    for stop in result.campaigns:
        campaigns.setdefault(stop.campaign, []).append(stop.location)
    for name, places in list(campaigns.items())[:20]:
        print(f"  campaign of {name}: {' → '.join(places[:12])}{' → …' if len(places) > 12 else ''} "
              f"({len(places)} places)")
    if result.unplaced:
        names = sorted({u.name for u in result.unplaced})
        print(f"not placed ({len(names)} name(s), {len(result.unplaced)} mention(s)): " + ", ".join(names))
    if result.skipped:
        _err(f"{len(result.skipped)} article(s) skipped (above); fix them and build again, or use --strict to stop "
             "at the first")
        return 1
    return 0


def _write_toponyms(out, doc_id, toponyms) -> None:
    """One output line, ``{"id": ..., "toponyms": [...]}`` as json.dumps writes it, written in pieces: a long
    document's hundreds of thousands of toponyms never exist as one string."""
    out.write('{"id": ' + json.dumps(doc_id, ensure_ascii=False) + ', "toponyms": [')
    for n in range(0, len(toponyms), 1000):
        piece = ", ".join(json.dumps(t.as_json(), ensure_ascii=False) for t in toponyms[n:n + 1000])
        out.write((", " if n else "") + piece)
    out.write("]}\n")
    out.flush()


def cmd_geoparse(args) -> int:
    from dataclasses import replace

    from conflictmap.articles.read import Article
    from conflictmap.pipeline import make_pipeline

    data = _data_dir(args)
    # The places the map gives: the geoparser's toponyms settled by the whole text, then the names it introduces as
    # places asked of the geocoding chain (the data folder's corrections and cache, read only, when there is one).
    pipeline = make_pipeline(data if data.is_dir() else None, args.settings)
    stream = open(args.file, "rb") if args.file and args.file != "-" else sys.stdin.buffer
    bad = 0
    out = sys.stdout
    try:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                _err(f"line {number}: not UTF-8 (byte {exc.start}); skipped")
                bad += 1
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                _err(f"line {number}: not a JSON object ({exc.msg} at column {exc.colno}); skipped")
                bad += 1
                continue
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                _err(f"line {number}: expected an object with a \"text\" string; skipped")
                bad += 1
                continue
            del raw, line  # a 20 MB document need not be held three times over
            text = doc["text"]
            if not text.strip():
                _write_toponyms(out, doc.get("id"), [])
                continue
            placed = pipeline.place(Article(str(doc.get("id")), text))[1]
            _write_toponyms(out, doc.get("id"), [replace(p.toponym, lat=p.lat, lon=p.lon) for p in placed])
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    return 1 if bad else 0


def cmd_geocode(args) -> int:
    from conflictmap.geoparser import gazetteer
    from conflictmap.pipeline import make_chain

    data = _data_dir(args)
    if not data.is_dir():  # (no data folder here: none is made; answers are not kept)
        _err(f"note: no data folder at {data}; geocoding without corrections or a cache (give --data-dir DIR to "
             "use one)")
        data = None
    chain = make_chain(data, args.settings, gazetteer=gazetteer.default(args.settings.cache_dir))
    try:
        answer, step = chain.explain(args.name, args.country.upper() if args.country else None)
    finally:
        chain.cache.save()
    if answer is None or not answer.found:
        _err(f"not found: {args.name}")
        return 1
    if args.json:
        print(json.dumps({"query": args.name, "country": args.country or "", "step": step, "name": answer.name,
                          "lat": answer.lat, "lon": answer.lon, "source": answer.source, "ident": answer.ident,
                          "country_code": answer.country_code, "feature": answer.feature,
                          "note": answer.note, "source_url": answer.source_url}, ensure_ascii=False))
    else:
        where = f", {answer.country_code}" if answer.country_code else ""
        extra = f" ({answer.ident})" if answer.ident else ""
        print(f"{answer.name}{where}: {answer.lat:.5f}, {answer.lon:.5f} — from {step}{extra}")
    return 0


def cmd_export(args) -> int:
    from conflictmap.store.dataset import export_csv, export_geojson, load_dataset

    ds = load_dataset(_data_dir(args))
    text = export_csv(ds.events, context=args.context) if args.format == "csv" else export_geojson(ds.events)
    if args.output and args.output != "-":
        from conflictmap.store.files import atomic_write_text

        atomic_write_text(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return 0


def cmd_import_acled(args) -> int:
    from conflictmap.store import schema
    from conflictmap.store.acled import import_acled
    from conflictmap.store.schema import ACLED_FILE

    data = _data_dir(args)
    result = import_acled(Path(args.file), data)
    print(f"imported {result.added} new and {result.replaced} updated ACLED event(s) into {data / ACLED_FILE}")
    if (data / schema.EVENTS_FILE).exists():
        from conflictmap.store.files import locked
        from conflictmap.store.index import write_index

        with locked(data):
            write_index(data)  # (the dashboard's index holds the imported events too)
    for reason in result.skipped[:20]:
        _err(f"{args.file}: {reason}; skipped")
    if len(result.skipped) > 20:
        _err(f"… and {len(result.skipped) - 20} more skipped line(s)")
    return 1 if result.skipped else 0


def cmd_index(args) -> int:
    from conflictmap.store.dataset import check_data_dir
    from conflictmap.store.files import locked
    from conflictmap.store.index import INDEX_DIR, write_index

    data = _data_dir(args)
    check_data_dir(data)
    started = time.perf_counter()
    with locked(data):
        meta = write_index(data)
    print(f"indexed {meta['rows']:,} row(s) ({meta['happenings']:,} events) into {data / INDEX_DIR}/ in "
          f"{time.perf_counter() - started:.1f} s")
    return 0


def cmd_gazetteer(args) -> int:
    """``gazetteer add CC|CC.zip …``, ``gazetteer list``, ``gazetteer remove CC``: full GeoNames per country."""
    from conflictmap.geoparser import countries

    cache = args.settings.cache_dir
    if args.action == "list":
        found = countries.added(cache)
        for c in found:
            print(f"{c.code}\t{c.places:,} places\t{c.districts:,} districts\t{c.spots:,} spots\t{c.path}")
        if not found:
            print("no country added in full: the gazetteer holds GeoNames' places of 500 people or more "
                  "(add one with `conflictmap gazetteer add CC`)")
        return 0
    if not args.countries:
        raise SettingsError(f"gazetteer {args.action}: expected one or more country codes (such as SY CD)")
    if args.action == "remove":
        for code in args.countries:
            print(f"{code.upper()}: removed" if countries.remove(code, cache) else f"{code.upper()}: was not added")
        return 0
    for source in args.countries:
        code, data = _country_dump(source, args)
        c = countries.add_country(code, data, cache)
        print(f"{c.code}: {c.places:,} places, {c.districts:,} districts, {c.spots:,} spots kept")
    _rebuild_gazetteer(cache, args.quiet)
    return 0


def _country_dump(source: str, args) -> tuple[str, bytes]:
    """(code, bytes) of a country dump: a local ``XX.zip`` (for a machine offline), else GeoNames' ``CC.zip``."""
    from conflictmap.geoparser.countries import check_code
    from conflictmap.web.download import download

    path = Path(source).expanduser()
    if source.lower().endswith(".zip"):
        if not path.is_file():
            raise DataFileError(f"{source}: no such file; give a GeoNames country dump (CC.zip) or a country code")
        return check_code(path.stem), path.read_bytes()
    code = check_code(source)
    url = args.settings.geonames_url.rstrip("/") + f"/{code}.zip"
    progress = None if args.quiet else text_progress(unit="MB", per=1_000_000)
    _err(f"downloading {url}")
    return code, download(url, max_bytes=args.settings.geonames_max_mb * 1_000_000, progress=progress)


def _rebuild_gazetteer(cache: Path, quiet: bool) -> None:
    from conflictmap.geoparser import countries, gazetteer

    codes = ", ".join(countries.added_codes(cache)) or "none"
    if not quiet:
        _err(f"building the gazetteer index (countries in full: {codes}; about half a minute)")
    started = time.monotonic()
    gaz = gazetteer.load(cache)
    print(f"gazetteer: {len(gaz):,} places and areas; countries in full: {codes} "
          f"({time.monotonic() - started:.0f} s)")


def cmd_settings(args) -> int:
    print(settings.markdown_table())
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="conflictmap", description="News articles about armed conflict → a map.")
    p.add_argument("--version", action="version", version=f"conflictmap {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="regenerate the data folder from a folder of articles")
    b.add_argument("articles_dir", nargs="?", help="folder of .md/.txt/.html articles (default: seeds/)")
    b.add_argument("--data-dir", help="folder to write (default: data/)")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    b.add_argument("--full", action="store_true", help="read every article again, even those unchanged since the "
                   "last build")
    b.add_argument("--strict", action="store_true", help="stop at the first article that cannot be read (before "
                   "anything is written) instead of skipping it")
    b.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="processes to read articles on "
                   "(default: every core; 1 with Nominatim on)")
    b.add_argument("--dask", metavar="ADDRESS", help="read the articles on a Dask cluster instead: `local` starts "
                   "one on this machine, tcp://HOST:PORT uses a running scheduler (pip install "
                   "'conflictmap[cluster]')")
    b.set_defaults(func=cmd_build)

    a = sub.add_parser("add", help="add articles from web addresses or feeds to the articles folder, then build")
    a.add_argument("urls", nargs="*", metavar="URL", help="addresses of article pages (http/https)")
    a.add_argument("--feed", action="append", metavar="URL", help="an RSS or Atom feed: its entries not added "
                   "before (by address); repeatable")
    a.add_argument("--articles-dir", help="folder to write the articles into (default: seeds/)")
    a.add_argument("--data-dir", help="folder the build writes (default: data/)")
    a.add_argument("--no-build", action="store_true", help="only add the articles")
    a.set_defaults(func=cmd_add)

    g = sub.add_parser("geoparse", help="place names in JSON Lines documents ({\"id\", \"text\"} per line)")
    g.add_argument("file", nargs="?", help="JSON Lines file (default: standard input)")
    g.add_argument("--data-dir", help="data folder whose actors file names what is never a place (default: data/)")
    g.set_defaults(func=cmd_geoparse)

    c = sub.add_parser("geocode", help="coordinates of one place name, and which step found them")
    c.add_argument("name")
    c.add_argument("--country", help="ISO country code to prefer, e.g. SY")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.add_argument("--data-dir", help="data folder with the cache and corrections (default: data/)")
    c.set_defaults(func=cmd_geocode)

    _data_commands(sub)
    return p


def _data_commands(sub) -> None:
    """The commands that read or add to a built data folder."""
    e = sub.add_parser("export", help="write the events as CSV (ACLED column order) or GeoJSON")
    e.add_argument("--format", choices=["csv", "geojson"], default="csv")
    e.add_argument("--output", "-o", help="file to write (default: standard output)")
    e.add_argument("--context", action="store_true", help="CSV of the places the articles only mention (not ACLED "
                   "events; the default CSV has the events only)")
    e.add_argument("--data-dir", help="data folder to read (default: data/)")
    e.set_defaults(func=cmd_export)

    i = sub.add_parser("import-acled", help="add events from an ACLED export (CSV), with their own coordinates")
    i.add_argument("file")
    i.add_argument("--data-dir", help="data folder to add to (default: data/)")
    i.set_defaults(func=cmd_import_acled)

    x = sub.add_parser("index", help="rewrite the Parquet index (events.parquet/) from the events files")
    x.add_argument("--data-dir", help="data folder to index (default: data/)")
    x.set_defaults(func=cmd_index)

    z = sub.add_parser("gazetteer", help="full GeoNames for the countries you work on: add CC, list, remove CC")
    z.add_argument("action", choices=("add", "list", "remove"))
    z.add_argument("countries", nargs="*", help="country codes (SY CD …), or for add a GeoNames dump XX.zip already "
                   "downloaded (for a machine offline)")
    z.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    z.set_defaults(func=cmd_gazetteer)

    s = sub.add_parser("settings", help="print the CONFLICTMAP_* settings as a Markdown table")
    s.set_defaults(func=cmd_settings)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        # (read once, here, and passed down; `settings` prints them, so it works with a bad value set)
        args.settings = Settings.from_env() if args.func is not cmd_settings else None
        return args.func(args)
    except ConflictmapError as exc:
        _err(str(exc))
        return 2
    except FileNotFoundError as exc:
        _err(f"{exc.filename}: no such file")
        return 2
    except BrokenPipeError:  # `conflictmap geoparse ... | head`
        return 0
    except KeyboardInterrupt:
        _err("interrupted; files in the data folder are as they were before the last complete write")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
