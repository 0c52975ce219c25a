"""Write a generated table into README.md between its markers (one place per figure)."""
from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def write_section(start: str, end: str, heading: str, body: str) -> None:
    """Replace the text between ``start`` and ``end`` (markers kept); append a section if absent."""
    block = f"{start}\n{body}\n{end}"
    text = README.read_text()
    if start in text:
        text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: block, text, flags=re.S)
    else:
        text = text.rstrip() + f"\n\n## {heading}\n\n{block}\n"
    README.write_text(text)
