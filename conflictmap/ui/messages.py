"""What a visitor is told: an error's one line, without where the app lives on its server (its folder, the
server's home folder) — a hosted app's paths are nobody's business — nor control characters."""

from __future__ import annotations

import os
from pathlib import Path


def for_visitor(message: str, app_dir: Path) -> str:
    """``message`` with the app's folder written as a relative path and the home folder as ``~``."""
    text = str(message)
    for root, shown in ((str(Path(app_dir).resolve()), "."), (str(Path(app_dir)), "."),
                        (os.path.expanduser("~"), "~")):
        if len(root) > 1:  # (never "/": every path would lose its slash)
            text = text.replace(root + os.sep, "" if shown == "." else shown + os.sep).replace(root, shown)
    return "".join(c if c.isprintable() else " " for c in text)
