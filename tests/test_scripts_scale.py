"""scripts/scale.py: `mmd campaigns` at growing sizes, the table it prints and writes into README."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _load(name: str):
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(f"_scripts_{name}", SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


scale = _load("scale")


def test_records_prefix_ids_of_later_inputs(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text('{"id":"x","text":"t"}\n\n{"text":"u","id":7}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert scale._write_prefix([a, a], 10, out) == 4
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["x", 7, "1-x", "1-7"]
    assert scale._write_prefix([a, a], 3, out) == 3


def test_table_printed_and_written_between_the_markers(tmp_path, capsys, monkeypatch):
    import _readme

    readme = tmp_path / "README.md"
    readme.write_text("# x\n\n<!-- scale:start -->\nold\n<!-- scale:end -->\n\ntail\n", encoding="utf-8")
    monkeypatch.setattr(_readme, "README", readme)
    src = FIXTURES / "example.jsonl"
    n_records = sum(1 for line in src.read_text(encoding="utf-8").splitlines() if line.strip())
    assert scale.main([str(src), "--sizes", f"5,{n_records},{n_records + 1}", "--workdir", str(tmp_path),
                       "--corpus-note", "the bundled example"]) == 0
    out = capsys.readouterr()
    assert f"size {n_records + 1:,} skipped" in out.err          # more than the inputs hold
    rows = [line for line in out.out.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert [r.split(" | ")[0] for r in rows] == ["| 5", f"| {n_records:,}"]
    assert rows[0].split(" | ")[4] == "1.00x"
    text = readme.read_text(encoding="utf-8")
    assert "old" not in text and text.endswith("<!-- scale:end -->\n\ntail\n")
    assert "Inputs: the bundled example" in text and rows[1] in text
    assert list(tmp_path.glob("mmd-scale-*")) == []                   # size files removed


def test_no_write_leaves_readme(tmp_path, capsys, monkeypatch):
    import _readme

    readme = tmp_path / "README.md"
    readme.write_text("<!-- scale:start -->\nold\n<!-- scale:end -->\n", encoding="utf-8")
    monkeypatch.setattr(_readme, "README", readme)
    assert scale.main([str(FIXTURES / "example.jsonl"), "--sizes", "4", "--no-write"]) == 0
    assert "| 4 |" in capsys.readouterr().out
    assert "old" in readme.read_text(encoding="utf-8")
