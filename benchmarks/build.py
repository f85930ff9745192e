"""Build speed on one core and on several: N short reports read with --jobs 1 and with --jobs J.

    python benchmarks/build.py [--n 4000] [--jobs J] [ARTICLES_DIR]

The reports are made as in benchmarks/incremental.py (each paragraph of the annotated articles, dated apart). Both
builds are full (nothing remembered) and run in this process after the gazetteer is loaded; the figures are wall
clock, the speed-up their ratio, with a check that both wrote the same bytes, and the peak memory of this process
and of its largest worker.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from incremental import DEFAULT, OUTPUTS, paragraphs, write_reports  # noqa: E402

from conflictmap.build import build  # noqa: E402
from conflictmap.workers import default_jobs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles_dir", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--jobs", type=int, default=default_jobs())
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cm-bench-build-"))
    src = tmp / "articles"
    src.mkdir()
    write_reports(src, paragraphs(args.articles_dir), args.n)
    build(src, tmp / "warm-up", jobs=1)
    times = {}
    for jobs in (1, args.jobs):
        t = time.perf_counter()
        build(src, tmp / f"jobs{jobs}", jobs=jobs, full=True)
        times[jobs] = time.perf_counter() - t
    same = all((tmp / "jobs1" / f).read_bytes() == (tmp / f"jobs{args.jobs}" / f).read_bytes() for f in OUTPUTS)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.n:,} reports: 1 process {times[1]:.1f} s ({args.n / times[1]:,.0f}/s); {args.jobs} processes "
          f"{times[args.jobs]:.1f} s ({args.n / times[args.jobs]:,.0f}/s): "
          f"speed-up {times[1] / times[args.jobs]:.2f}x; "
          f"output {'byte-identical' if same else 'DIFFERENT'}; peak memory {own:,.0f} MB (this process), "
          f"{worker:,.0f} MB (largest worker)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
