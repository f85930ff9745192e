"""Incremental builds: adding one article to a folder of N rebuilds only that article.

    python benchmarks/incremental.py [--n 10000] [ARTICLES_DIR]

Makes N short reports from the paragraphs of the annotated articles (ARTICLES_DIR, default
../shared/events-dev/articles; the seed article if that is absent), each a file of its own with a date of its own
(so no two are the same), builds them (a full build), adds one more and builds again, and prints both times
(wall clock, one process) and their ratio; then checks that the incremental output is byte for byte that of a
full build of the N + 1 articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from conflictmap.articles.read import read_article  # noqa: E402
from conflictmap.build.run import build  # noqa: E402

DEFAULT = HERE.parent.parent / "shared" / "events-dev" / "articles"
OUTPUTS = ("events.csv", "route.csv", "unplaced.csv", "articles.csv")


def paragraphs(folder: Path) -> list[str]:
    paths = sorted(folder.glob("*.md")) if folder.is_dir() else sorted((HERE.parent / "seeds").glob("*.md"))
    out = []
    for p in paths:
        out += [para.strip() for para in read_article(p).text.split("\n\n") if len(para.split()) >= 8]
    return out


def write_reports(folder: Path, texts: list[str], n: int, start: int = 0) -> None:
    day = dt.date(2024, 1, 1)
    for k in range(start, start + n):
        published = day + dt.timedelta(days=k % 700)
        (folder / f"report-{k:06d}.md").write_text(
            f"---\ntitle: Report {k}\npublished: {published.isoformat()}\n---\n{texts[k % len(texts)]}\n",
            encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles_dir", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    texts = paragraphs(args.articles_dir)
    tmp = Path(tempfile.mkdtemp(prefix="cm-bench-incremental-"))
    src, data, full = tmp / "articles", tmp / "data", tmp / "full"
    src.mkdir()
    write_reports(src, texts, args.n)
    build(src, tmp / "warm-up")  # (the gazetteer and the geoparser loaded once, outside both timings)
    t = time.perf_counter()
    build(src, data)
    t_full = time.perf_counter() - t
    write_reports(src, texts, 1, start=args.n)
    t = time.perf_counter()
    result = build(src, data)
    t_one = time.perf_counter() - t
    build(src, full, full=True)
    same = all((data / f).read_bytes() == (full / f).read_bytes() for f in OUTPUTS)
    print(f"{args.n:,} reports: full build {t_full:.1f} s ({args.n / t_full:,.0f} reports/s); one added: "
          f"{t_one:.2f} s, {t_one / t_full:.1%} of the full build ({result.reused:,} not read again); "
          f"output {'byte-identical to' if same else 'DIFFERENT from'} a full build")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
