"""Train the parser conflictmap ships (conflictmap/syntax/model/) on the Universal Dependencies English Web Treebank.

    python training/parser/train.py [UD_DIR] [--config training/parser/config.cfg] [--work DIR] [--install]

UD_DIR holds en_ewt-ud-{train,dev,test}.conllu (default: ../shared/ud-english-ewt beside the project). The script
converts the treebank with ``spacy convert``, trains a blank English ``tagger,parser`` pipeline on the CPU with
``spacy train`` (the config beside this file: spaCy 3.8's CPU "efficiency" settings, 10,000 steps, LAS-weighted
model selection on the dev file), scores the best model on the test file (never trained or tuned on), writes what
it was trained on, its licence and its scores into the model's meta.json and, with ``--install``, copies it to
conflictmap/syntax/model/. It prints how long each step took: on a 2-core machine about 70 minutes in all.

Needs spaCy (``pip install spacy==3.8.*``, a dependency of conflictmap); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TARGET = ROOT / "conflictmap" / "syntax" / "model"
TREEBANK = {
    "name": "Universal Dependencies English Web Treebank (UD_English-EWT)",
    "url": "https://universaldependencies.org/treebanks/en_ewt/",
    "license": "CC BY-SA 4.0",
    "author": "Silveira, Dozat, de Marneffe, Bowman, Connor, Bauer and Manning (2014): A Gold Standard Dependency "
              "Corpus for English. LREC 2014",
}


def run(*cmd: str) -> None:
    started = time.perf_counter()
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    print(f"  ({time.perf_counter() - started:,.0f} s)", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ud_dir", nargs="?", default=str(ROOT.parent / "shared" / "ud-english-ewt"))
    ap.add_argument("--config", default=str(HERE / "config.cfg"))
    ap.add_argument("--work", default=str(ROOT / ".parser-training"), help="where the corpus and checkpoints go")
    ap.add_argument("--install", action="store_true", help="copy the trained model into the package")
    args = ap.parse_args()
    ud, work = Path(args.ud_dir), Path(args.work)
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    for part in ("train", "dev", "test"):
        run(py, "-m", "spacy", "convert", str(ud / f"en_ewt-ud-{part}.conllu"), str(corpus), "-c", "conllu", "-n",
            "10")
    run(py, "-m", "spacy", "train", args.config, "--output", str(work / "out"),
        "--paths.train", str(corpus / "en_ewt-ud-train.spacy"), "--paths.dev", str(corpus / "en_ewt-ud-dev.spacy"))
    best = work / "out" / "model-best"
    scores = work / "test-scores.json"
    run(py, "-m", "spacy", "evaluate", str(best), str(corpus / "en_ewt-ud-test.spacy"), "--output", str(scores))
    describe(best, json.loads(scores.read_text()))
    if args.install:
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(best, TARGET)
        print(f"installed into {TARGET}")
    return 0


def describe(model: Path, test: dict) -> None:
    """What the model says of itself: its source, licence, citation and test-file scores."""
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(name="conflictmap_ud_ewt", version="1.0.0", license="CC BY-SA 4.0", sources=[TREEBANK],
                description="Tagger and dependency parser for conflictmap, trained on UD English EWT "
                            "(training/parser/train.py); scores are on the treebank's test file.",
                test_scores={k: round(test[k], 4) for k in ("tag_acc", "dep_uas", "dep_las") if k in test})
    meta_path.write_text(json.dumps(meta, indent=2))
    print("test file:", meta["test_scores"])


if __name__ == "__main__":
    sys.exit(main())
