"""Shared corpus for the benchmarks: LinkedIn-style messages from scripts/make_corpus.py.

``pytest benchmarks --benchmark-only [--bench-n N]`` (default 100,000 messages). The JIT is
warmed outside the timed region by every benchmark. Suites: test_bench_fingerprint.py
(fingerprint and MinHash, ours next to datasketch and rensa), test_bench_stages.py (masking,
shingling, in-memory LSH clustering, ``campaigns`` end to end), test_bench_index.py (the
persistent ``Index``: build, query, open; the peers' LSH for reference). The normal test run
does not collect them (``testpaths = ["tests"]``, ``--benchmark-skip``).
"""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser):
    parser.addoption("--bench-n", type=int, default=100_000, help="messages in the benchmark corpus")


def load_make_corpus():
    path = ROOT / "scripts" / "make_corpus.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def corpus(request):
    n = request.config.getoption("--bench-n")
    mod = load_make_corpus()
    records = mod.generate(n, 11, "dev")[0]
    return [r["text"] for r in records]
