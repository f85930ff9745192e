"""A visitor's error line never says where the app lives on its server."""

from __future__ import annotations

import os
from pathlib import Path

from conflictmap.ui.messages import for_visitor


def test_the_apps_folder_and_the_home_folder_are_not_shown(tmp_path):
    app = tmp_path / "srv" / "conflictmap"
    message = f"{app}/data/events.csv: line 3: bad date; also {app}/seeds and {os.path.expanduser('~')}/x.md"
    shown = for_visitor(message, app)
    assert str(tmp_path) not in shown and os.path.expanduser("~") + "/" not in shown
    assert shown == "data/events.csv: line 3: bad date; also seeds and ~/x.md"
    assert for_visitor("bad\x00value\u202e here", Path("/nowhere")) == "bad value  here"
    assert for_visitor("/etc/passwd is fine to name", Path("/")) == "/etc/passwd is fine to name"
