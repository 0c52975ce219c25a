"""Side-by-side throughput and accuracy: mass-msg-detect, datasketch and rensa (``mmd bench``).

One corpus, the same messages for every library, one run. For each library, in its own
subprocess (so that peak memory is its own):

* **fingerprint**: raw text to ``num_perm`` MinHash values per message. datasketch and rensa
  get word 3-grams of the lowercased text cut by a Python regex (``\\w+``; a message with fewer
  than three words is one shingle of all its words), their usual use; ours computes masked word
  3-grams in its kernel (``Config(shingle="word", n=3)``), masking included.
* **MinHash only**: the same uint32 shingle hashes (ours, computed once by the parent) to
  signatures, each library's batch API: a comparison of the MinHash step alone, on identical
  input.
* **index build**: texts to a queryable index: ours ``Index.build`` (fingerprint, LSH, written
  to disk; skipped with a note while :class:`mass_msg_detect.Index` is not available), datasketch
  ``MinHash.bulk`` + ``MinHashLSH`` insertion session, rensa ``digest_matrix_from_token_sets`` +
  ``RMinHashLSH.insert_matrix``. The first 90% of the messages are indexed.
* **query**: the other 10% queried against that index, from text: ours ``Index.query_many``
  (verified matches), datasketch ``MinHashLSH.query`` per message, rensa ``RMinHash.from_token_sets``
  + ``RMinHashLSH.query_all`` (LSH candidates, not verified).
* **peak RSS**: peak resident memory (``VmHWM``; ``ru_maxrss`` off Linux) of the subprocess
  after the query stage (the corpus is loaded in
  every subprocess, so the figures include it; the baseline after loading is reported beside it).
* **accuracy**: mean absolute error of the estimated Jaccard (share of equal signature values)
  against the exact Jaccard of that library's own shingle sets, on sampled pairs of messages with
  at least ``MIN_PAIR_SHINGLES`` reference shingles. Two strata: *similar* pairs share the
  minimum of an independent hash (xxh64, seed ``PAIR_HASH_SEED``) over their reference word
  3-grams, so they are drawn with probability equal to their Jaccard and independently of every
  library's permutations; *random* pairs are uniform (nearly all dissimilar).

The corpus: ``scripts/make_corpus.py`` (LinkedIn-style messages with mail-merge campaigns) when
running from a checkout, else a small built-in generator, or a JSONL file (``text`` field).
"""
from __future__ import annotations

import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click
import numpy as np

LIBRARIES = ("mass-msg-detect", "datasketch", "rensa")
_MODULES = {"mass-msg-detect": "mass_msg_detect", "datasketch": "datasketch", "rensa": "rensa"}
_INSTALL = {"rensa": "pip install 'mass-msg-detect[bench]'  (or pip install rensa)",
            "datasketch": "pip install datasketch"}
MIN_PAIR_SHINGLES = 5
PAIR_HASH_SEED = 0x5EED
PAIR_SAMPLE = 20_000
QUERY_SHARE = 0.1
_WORD = re.compile(r"\w+")
_CHECKOUT_GENERATOR = Path(__file__).resolve().parents[2] / "scripts" / "make_corpus.py"


def word3(text: str) -> list[str]:
    """Reference shingles for the peers: word 3-grams of the lowercased text (``\\w+`` tokens)."""
    toks = _WORD.findall(text.lower())
    if len(toks) < 3:
        return [" ".join(toks)] if toks else []
    return [" ".join(toks[i:i + 3]) for i in range(len(toks) - 2)]


# --------------------------------------------------------------------------- corpus

_FIRST = ("Anna", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Giulia", "Hiro", "Inès", "Jonas", "Kavya",
          "Liam", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor")
_LAST = ("Okafor", "Schmidt", "Nakamura", "García", "Kowalski", "Haddad", "Rossi", "Lindqvist", "Patel",
         "Dubois", "O'Brien", "Novak", "Silva", "Chen", "Ivanova", "Mensah")
_TITLES = ("VP of Sales", "Head of Growth", "CTO", "Engineering Manager", "Talent Partner", "Founder",
           "Head of Marketing", "Data Scientist", "Product Lead", "Operations Director")
_COMPANIES = ("Acme Robotics", "Initech", "Globex", "Umbrella Health", "Stark Logistics", "Wayne Analytics",
              "Hooli", "Vandelay Imports", "Soylent Foods", "Tyrell Systems", "Cyberdyne Labs", "Aperture")
_TEMPLATES = (
    "{Hi|Hello|Hey} {NAME}, I saw you're the {TITLE} at {COMPANY}. {We help|Our team helps} teams like yours "
    "cut onboarding time in half with {automated|guided} workflows. {Open to|Up for} a quick call next week?",
    "{Hi|Dear} {NAME}, congrats on the new role as {TITLE}! I lead partnerships at a startup that helps "
    "{COMPANY} and similar companies {scale|grow} their outbound pipeline. Would love to connect and "
    "share a few ideas.",
    "Hello {NAME}, I am reaching out because {COMPANY} is hiring and your background as {TITLE} looks "
    "like a great fit for a senior role on our client's team. {Are you open|Would you be open} to hearing more?",
    "{Hi|Hey} {NAME}! Quick question: how does {COMPANY} handle {invoicing|expense reports|payroll} today? "
    "We built a tool that saves finance teams about ten hours a week. Happy to send a two minute demo.",
    "{NAME}, I noticed we both follow the same {AI|cloud|security} groups. I'm building a community of "
    "{TITLE}s who swap playbooks every month. Want an invite to the next session?",
    "{Hi|Hello} {NAME}, thanks for accepting my request. I help {TITLE}s at companies like {COMPANY} "
    "reduce cloud spend by {20|30|40} percent without a migration. Worth a fifteen minute chat?",
    "{Hey|Hi} {NAME}, I'm organising a small dinner for {TITLE}s in your city next month. It is off the "
    "record, no slides, just good food and honest talk about {hiring|budgets|roadmaps}. Can I save you a seat?",
    "Dear {NAME}, our firm advises {COMPANY}'s competitors on data strategy. I would value ten minutes of "
    "your time as {TITLE} for a paid research interview. {Let me know|Tell me} if that works.",
)
_WORDS = (
    "about after again also always another around back because before being below between both came can "
    "come could day did different does down each end even every few find first found from get give good "
    "great had hand has have help here high home house how just keep kind know large last left life line "
    "little long look made make many may men might more most move much must name need never new next night "
    "number off often old once only open other our out over own page paper part people picture place play "
    "point put read right same say school see seem sentence set should show side small sound spell start "
    "still story study such take tell than thing think those thought three through time together too tree "
    "try turn under until upon use very want water way well went were what where while white why will with "
    "without word work world would write year young project meeting coffee weekend family travel report "
    "budget team launch market client design review feedback draft schedule update thanks friday monday"
).split()
_SPIN = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def builtin_corpus(n: int, seed: int) -> list[str]:
    """A small seeded corpus without the checkout's generator: 65% campaign messages.

    Eight spun templates with recipient slots (Zipf-weighted, so a few campaigns are large),
    a word dropped from 20% of them; 35% one-offs of random common words.
    """
    rng = random.Random(f"mmd-bench:{seed}")
    weights = [1.0 / (k + 1) for k in range(len(_TEMPLATES))]
    out = []
    for _ in range(n):
        if rng.random() < 0.65:
            t = rng.choices(_TEMPLATES, weights)[0]
            t = _SPIN.sub(lambda m: rng.choice(m.group(1).split("|")), t)
            name = rng.choice(_FIRST) if rng.random() < 0.7 else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            t = (t.replace("{NAME}", name).replace("{TITLE}", rng.choice(_TITLES))
                 .replace("{COMPANY}", rng.choice(_COMPANIES)))
            if rng.random() < 0.2:
                words = t.split(" ")
                del words[rng.randrange(len(words))]
                t = " ".join(words)
            out.append(t)
        else:
            sents = []
            for _ in range(rng.randint(1, 4)):
                s = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 14)))
                sents.append(s[0].upper() + s[1:] + rng.choice(".!?"))
            out.append(f"{rng.choice(('Hi', 'Hey', 'Hello'))} {rng.choice(_FIRST)}, " + " ".join(sents))
    return out


def _load_checkout_generator():
    import importlib.util

    scripts = str(_CHECKOUT_GENERATOR.parent)
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    spec = importlib.util.spec_from_file_location("make_corpus", _CHECKOUT_GENERATOR)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_corpus", mod)
    spec.loader.exec_module(mod)
    return mod


def load_corpus(n: int | None, seed: int, *, corpus: str | os.PathLike | None = None,
                generator: str = "auto") -> tuple[list[str], str]:
    """``(texts, source)``: the first ``n`` texts of a JSONL file, or ``n`` generated messages.

    ``generator``: ``"checkout"`` (scripts/make_corpus.py next to the package, dev templates),
    ``"builtin"`` (:func:`builtin_corpus`), or ``"auto"`` (the checkout's when present).
    """
    if corpus is not None:
        texts = []
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                if n is not None and len(texts) >= n:
                    break
                if line.strip():
                    rec = json.loads(line)
                    if isinstance(rec.get("text"), str):
                        texts.append(rec["text"])
        return texts, f"file {corpus} (first {len(texts):,} records with a text)"
    if n is None:
        raise ValueError("n is required unless a corpus file is given")
    if generator not in ("auto", "checkout", "builtin"):
        raise ValueError(f"generator must be 'auto', 'checkout' or 'builtin', got {generator!r}")
    if generator == "checkout" or (generator == "auto" and _CHECKOUT_GENERATOR.is_file()):
        if not _CHECKOUT_GENERATOR.is_file():
            raise FileNotFoundError(f"{_CHECKOUT_GENERATOR} not found: not running from a checkout; "
                                    "use the built-in generator or --corpus FILE")
        records = _load_checkout_generator().generate(n, seed, "dev")[0]
        return [r["text"] for r in records], f"scripts/make_corpus.py -n {n} --seed {seed} --templates dev (checkout)"
    return builtin_corpus(n, seed), f"built-in generator (mass_msg_detect.compare.builtin_corpus, seed {seed})"


def sample_pairs(texts: list[str], n_pairs: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``(pairs int64[m, 2], stratum int8[m])``: half similar (0), half uniform random (1).

    See the module docstring. Only messages with at least ``MIN_PAIR_SHINGLES`` reference
    shingles take part; similar pairs come from a sample of at most ``PAIR_SAMPLE`` messages.
    """
    import xxhash

    rng = random.Random(f"mmd-bench-pairs:{seed}")
    ok = [i for i, t in enumerate(texts) if len(set(word3(t))) >= MIN_PAIR_SHINGLES]
    want = max(1, n_pairs // 2)
    if len(ok) < 2:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.int8)
    sample = ok if len(ok) <= PAIR_SAMPLE else rng.sample(ok, PAIR_SAMPLE)
    groups: dict[int, list[int]] = {}
    for i in sample:
        key = min(xxhash.xxh64_intdigest(s.encode("utf-8"), PAIR_HASH_SEED) for s in set(word3(texts[i])))
        groups.setdefault(key, []).append(i)
    multi = [g for g in groups.values() if len(g) > 1]
    seen: set[tuple[int, int]] = set()
    similar, rand = [], []
    for _ in range(want * 20):
        if not multi or len(similar) >= want:
            break
        a, b = sorted(rng.sample(rng.choice(multi), 2))
        if (a, b) not in seen:
            seen.add((a, b))
            similar.append((a, b))
    for _ in range(want * 20):
        if len(rand) >= want:
            break
        a, b = sorted(rng.sample(ok, 2))
        if (a, b) not in seen:
            seen.add((a, b))
            rand.append((a, b))
    pairs = np.array(similar + rand, dtype=np.int64).reshape(-1, 2)
    stratum = np.array([0] * len(similar) + [1] * len(rand), dtype=np.int8)
    return pairs, stratum


def rensa_bands(threshold: float, num_perm: int) -> int:
    """Bands for rensa's LSH (it needs num_perm divisible by bands): datasketch's weighted error
    (weights 0.5 / 0.5) minimised over the divisors of num_perm."""
    from .lsh import _integral

    best = (float("inf"), 1)
    for b in range(1, num_perm + 1):
        if num_perm % b:
            continue
        r = num_perm // b
        fp = _integral(lambda s: 1 - (1 - s ** r) ** b, 0.0, threshold)
        fn = _integral(lambda s: (1 - s ** r) ** b, threshold, 1.0)
        best = min(best, (0.5 * fp + 0.5 * fn, b))
    return best[1]


# --------------------------------------------------------------------------- subprocess worker

def _rss_mib() -> float | None:
    """Peak resident memory of this process in MiB.

    Linux: ``VmHWM`` of /proc/self/status. Not ``ru_maxrss``: Linux carries it over ``exec``, so
    a subprocess would report at least its parent's peak (a 400 MB parent makes a bare
    ``python -c`` child report 406 MB where VmHWM says 9 MB). Elsewhere ``ru_maxrss``.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _best(fn, repeat: int, setup=None) -> tuple[float, object]:
    """Fastest of ``repeat`` timed calls, and the last call's result (the previous one is
    dropped before each call, so only one is held). ``setup()``, untimed, gives ``fn`` its argument."""
    times, out = [], None
    for _ in range(repeat):
        out = None
        arg = setup() if setup is not None else None
        t = time.perf_counter()
        out = fn(arg) if setup is not None else fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def _stage(seconds: float, count: int, **extra) -> dict:
    return dict(seconds=seconds, messages=count, us_per_msg=seconds / count * 1e6 if count else None,
                msgs_per_s=count / seconds if seconds > 0 else None, **extra)


def _index_class():
    try:
        from mass_msg_detect import Index
        return Index
    except ImportError:
        pass
    try:
        from mass_msg_detect.index import Index
        return Index
    except ImportError:
        return None


def ideal_abs_error(j: float, k: int) -> float:
    """``E|X/k - j|`` for ``X ~ Binomial(k, j)``: the expected error of a MinHash estimate from
    ``k`` truly independent random permutations, the reference for the measured MAE."""
    if not 0.0 < j < 1.0:
        return 0.0
    x = np.arange(k + 1)
    logfact = np.concatenate([[0.0], np.cumsum(np.log(np.arange(1, k + 1)))])
    logpmf = logfact[k] - logfact[x] - logfact[k - x] + x * np.log(j) + (k - x) * np.log1p(-j)
    return float(np.sum(np.exp(logpmf) * np.abs(x / k - j)))


def _accuracy(pairs, stratum, exact_of, estimate, k: int) -> dict:
    """MAE per stratum, and the ideal MAE of ``k`` independent permutations on the same exact
    similarities; pairs where either message has no shingles are left out."""
    out = {}
    errs: dict[int, list[float]] = {0: [], 1: []}
    exacts: dict[int, list[float]] = {0: [], 1: []}
    for (a, b), s in zip(pairs.tolist(), stratum.tolist()):
        j = exact_of(a, b)
        if j is None:
            continue
        errs[s].append(estimate(a, b) - j)
        exacts[s].append(j)
    for s, name in ((0, "similar"), (1, "random")):
        e = errs[s]
        out[name] = {"pairs": len(e), "mae": float(np.mean(np.abs(e))) if e else None,
                     "mae_ideal": float(np.mean([ideal_abs_error(j, k) for j in exacts[s]])) if e else None,
                     "bias": float(np.mean(e)) if e else None,
                     "mean_jaccard": float(np.mean(exacts[s])) if e else None}
    allerr = errs[0] + errs[1]
    out["all"] = {"pairs": len(allerr), "mae": float(np.mean(np.abs(allerr))) if allerr else None}
    return out


def _set_jaccard(x: set, y: set):
    if not x or not y:
        return None
    return len(x & y) / len(x | y)


def _index_stages(Index, texts, p, workdir, res):
    base = Path(tempfile.mkdtemp(dir=workdir))
    counter = iter(range(1 << 30))
    from mass_msg_detect import Config

    # the peers' shingles and threshold, where this Index takes them (else its defaults)
    kw = {"config": Config(shingle="word", n=3, num_perm=p["num_perm"], seed=p["seed"]), "threshold": p["threshold"]}
    try:
        warm = Index.build(base / "warm", texts[:64], **kw)  # JIT warm, outside the timed region
    except TypeError:
        kw = {}
        warm = Index.build(base / "warm2", texts[:64])
    warm.query_many(texts[:8])
    n_build = p["n_build"]
    s, idx = _best(lambda path: Index.build(path, texts[:n_build], **kw), p["repeat"],
                   setup=lambda: base / f"i{next(counter)}")
    res["build"] = _stage(s, n_build)
    queries = texts[n_build:]
    s, qr = _best(lambda: idx.query_many(queries), p["repeat"])
    matched = float(np.mean(np.asarray(qr.matches) > 0)) if len(queries) else 0.0
    res["query"] = _stage(s, len(queries), hit_share=matched)
    what = (f"{kw['config'].fingerprint}, threshold {kw['threshold']}" if kw else "its default shingles and threshold")
    res["notes"].append(f"Index.build ({what}): fingerprint, LSH, campaigns, written to disk; "
                        "Index.query_many: verified matches")


def _work_ours(texts, p, workdir):
    import mass_msg_detect as mmd
    from mass_msg_detect import Config

    res: dict = {"version": mmd.__version__, "notes": []}
    cfg = Config(shingle="word", n=3, num_perm=p["num_perm"], seed=p["seed"])
    res["shingles"] = f"masked word 3-grams ({cfg.fingerprint})"
    mmd.fingerprint(texts[:64], config=cfg)  # JIT warm, outside the timed region
    s, sig = _best(lambda: mmd.fingerprint(texts, config=cfg), p["repeat"])
    res["fingerprint"] = _stage(s, len(texts))
    Index = _index_class()
    if Index is None:
        res["notes"].append("index build and query skipped: mass_msg_detect.Index is not available in this version")
    else:
        try:
            _index_stages(Index, texts, p, workdir, res)
        except Exception as e:  # noqa: BLE001 - reported in the table, the other stages still run
            res.pop("build", None)
            res.pop("query", None)
            res["notes"].append(f"index build and query failed: {type(e).__name__}: {e}")
    res["peak_rss_mib"] = _rss_mib()
    hashes, offsets = np.load(workdir / "hashes.npy"), np.load(workdir / "offsets.npy")
    mmd.minhash(hashes[:offsets[8]], offsets[:9], p["num_perm"], p["seed"])
    s, _ = _best(lambda: mmd.minhash(hashes, offsets, p["num_perm"], p["seed"]), p["repeat"])
    res["minhash_only"] = _stage(s, len(offsets) - 1)
    pairs, stratum = np.load(workdir / "pairs.npy"), np.load(workdir / "stratum.npy")
    members = np.unique(pairs.ravel()).tolist()
    h, o = mmd.shingle([texts[i] for i in members], config=cfg)
    sets = {m: set(h[o[k]:o[k + 1]].tolist()) for k, m in enumerate(members)}
    res["accuracy"] = _accuracy(pairs, stratum, lambda a, b: _set_jaccard(sets[a], sets[b]),
                                lambda a, b: float(np.mean(sig[a] == sig[b])), p["num_perm"])
    return res


def _work_datasketch(texts, p, workdir):
    import datasketch
    from datasketch import MinHash, MinHashLSH

    res: dict = {"version": getattr(datasketch, "__version__", "?"), "notes": [],
                 "shingles": "word 3-grams, Python regex, SHA-1 (datasketch default)"}
    kw = {"num_perm": p["num_perm"], "seed": p["seed"]}

    def fp(ts):
        return MinHash.bulk([[s.encode("utf-8") for s in word3(t)] for t in ts], **kw)

    fp(texts[:8])
    s, mhs = _best(lambda: fp(texts), p["repeat"])
    res["fingerprint"] = _stage(s, len(texts))
    n_build = p["n_build"]

    def build():
        lsh = MinHashLSH(threshold=p["threshold"], num_perm=p["num_perm"])
        with lsh.insertion_session() as sess:
            for i, m in enumerate(fp(texts[:n_build])):
                sess.insert(i, m, check_duplication=False)
        return lsh

    s, lsh = _best(build, p["repeat"])
    res["build"] = _stage(s, n_build, bands=lsh.b, rows=lsh.r)
    queries = texts[n_build:]
    s, found = _best(lambda: [lsh.query(m) for m in fp(queries)], p["repeat"])
    res["query"] = _stage(s, len(queries), hit_share=float(np.mean([len(f) > 0 for f in found])) if found else 0.0)
    res["notes"].append(f"MinHashLSH threshold {p['threshold']}, {lsh.b} bands x {lsh.r} rows; "
                        "query returns unverified LSH candidates")
    res["peak_rss_mib"] = _rss_mib()
    del lsh, found
    hashes, offsets = np.load(workdir / "hashes.npy"), np.load(workdir / "offsets.npy")
    rows = [hashes[offsets[i]:offsets[i + 1]].tolist() for i in range(len(offsets) - 1)]
    s, _ = _best(lambda: MinHash.bulk(rows, hashfunc=lambda x: x, **kw), p["repeat"])
    res["minhash_only"] = _stage(s, len(rows))
    pairs, stratum = np.load(workdir / "pairs.npy"), np.load(workdir / "stratum.npy")
    sets = {m: set(word3(texts[m])) for m in np.unique(pairs.ravel()).tolist()}
    res["accuracy"] = _accuracy(pairs, stratum, lambda a, b: _set_jaccard(sets[a], sets[b]),
                                lambda a, b: float(mhs[a].jaccard(mhs[b])), p["num_perm"])
    return res


def _work_rensa(texts, p, workdir):
    import importlib.metadata

    import rensa

    try:
        version = importlib.metadata.version("rensa")
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    res: dict = {"version": version, "notes": [], "shingles": "word 3-grams, Python regex, rensa's own hash"}
    num_perm, seed, bands = p["num_perm"], p["seed"], p["rensa_bands"]

    def fp(ts):
        return rensa.RMinHash.digest_matrix_from_token_sets([word3(t) for t in ts], num_perm, seed)

    fp(texts[:8])
    s, _ = _best(lambda: fp(texts), p["repeat"])
    res["fingerprint"] = _stage(s, len(texts))
    n_build = p["n_build"]

    def build():
        lsh = rensa.RMinHashLSH(p["threshold"], num_perm, bands)
        lsh.insert_matrix(fp(texts[:n_build]))
        return lsh

    s, lsh = _best(build, p["repeat"])
    res["build"] = _stage(s, n_build, bands=bands, rows=num_perm // bands)
    queries = texts[n_build:]

    def query():
        return lsh.query_all(rensa.RMinHash.from_token_sets([word3(t) for t in queries], num_perm, seed))

    s, found = _best(query, p["repeat"])
    res["query"] = _stage(s, len(queries), hit_share=float(np.mean([len(f) > 0 for f in found])) if found else 0.0)
    res["notes"].append(f"RMinHashLSH threshold {p['threshold']}, {bands} bands x {num_perm // bands} rows "
                        "(num_perm must be divisible by bands); query returns unverified LSH candidates")
    res["peak_rss_mib"] = _rss_mib()
    del lsh, found
    hashes, offsets = np.load(workdir / "hashes.npy"), np.load(workdir / "offsets.npy")
    h64, o64 = hashes.astype(np.uint64), offsets.astype(np.uint64)
    s, _ = _best(lambda: rensa.RMinHash.digest_matrix_from_flat_token_hashes(h64, o64, num_perm, seed), p["repeat"])
    res["minhash_only"] = _stage(s, len(offsets) - 1)
    pairs, stratum = np.load(workdir / "pairs.npy"), np.load(workdir / "stratum.npy")
    members = np.unique(pairs.ravel()).tolist()
    sets = {m: set(word3(texts[m])) for m in members}
    digests = fp([texts[m] for m in members]).to_rows() if members else []
    sig = {m: np.asarray(d, dtype=np.uint64) for m, d in zip(members, digests)}
    res["accuracy"] = _accuracy(pairs, stratum, lambda a, b: _set_jaccard(sets[a], sets[b]),
                                lambda a, b: float(np.mean(sig[a] == sig[b])), p["num_perm"])
    return res


_WORKERS = {"mass-msg-detect": _work_ours, "datasketch": _work_datasketch, "rensa": _work_rensa}


def _child_main(argv: list[str]) -> int:
    """Entry of a worker subprocess: ``WORKDIR LIBRARY``; writes ``WORKDIR/LIBRARY.json``."""
    workdir, lib = Path(argv[0]), argv[1]
    with open(workdir / "texts.json", encoding="utf-8") as fh:
        texts = json.load(fh)
    params = json.loads((workdir / "params.json").read_text())
    baseline = _rss_mib()
    try:
        res = _WORKERS[lib](texts, params, workdir)
        res["status"] = "ok"
    except ImportError as e:
        res = {"status": "skipped", "notes": [f"not installed ({e}): {_INSTALL.get(lib, 'pip install ' + lib)}"]}
    res["baseline_rss_mib"] = baseline
    (workdir / f"{lib}.json").write_text(json.dumps(res))
    return 0


# Loads this file as a stand-alone module: a peer's subprocess must not import the
# mass_msg_detect package (and numba with it), or its peak memory would include ours.
_BOOT = ("import importlib.util, sys; p = sys.argv[1]; "
         "s = importlib.util.spec_from_file_location('_mmd_bench_worker', p); "
         "m = importlib.util.module_from_spec(s); s.loader.exec_module(m); sys.exit(m._child_main(sys.argv[2:]))")


def available(lib: str) -> bool:
    """Whether a library's module can be imported here (checked before starting its subprocess)."""
    import importlib.util

    return importlib.util.find_spec(_MODULES[lib]) is not None


def _machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import numba
        numba_version = numba.__version__
    except ImportError:
        numba_version = None
    return {"cpu": cpu, "arch": platform.machine(), "cores": os.cpu_count(), "system": platform.system(),
            "python": platform.python_version(), "numba": numba_version, "numpy": np.__version__}


def run(n: int | None = 20_000, seed: int = 11, *, corpus: str | os.PathLike | None = None,
        generator: str = "auto", libraries=LIBRARIES, repeat: int = 3, num_perm: int = 128,
        threshold: float = 0.5, pairs: int = 2000, isolate: bool = True, command: str | None = None,
        log=None) -> dict:
    """Run the comparison; returns a JSON-serialisable dict (see :func:`markdown` for the table).

    ``result["libraries"][name]`` holds ``status`` ("ok", "skipped" or "error"), ``notes``,
    ``version``, ``shingles``, stages ``fingerprint``, ``minhash_only``, ``build``, ``query``
    (each ``seconds``, ``messages``, ``us_per_msg``, ``msgs_per_s``; ``build`` and ``query`` are
    absent when a library's index is unavailable), ``peak_rss_mib``, ``baseline_rss_mib`` and
    ``accuracy`` (``similar``, ``random``: ``pairs``, ``mae``, ``mae_ideal`` (:func:`ideal_abs_error`),
    ``bias`` (mean signed error),
    ``mean_jaccard``; ``all``).
    ``isolate=False`` runs every library in this process (no separate peak RSS; for tests).
    """
    import mass_msg_detect as mmd
    from mass_msg_detect import Config

    log = log or (lambda msg: None)
    unknown = [lib for lib in libraries if lib not in LIBRARIES]
    if unknown:
        raise ValueError(f"unknown library {unknown[0]!r}; choose from {', '.join(LIBRARIES)}")
    if repeat < 1:
        raise ValueError(f"repeat must be at least 1, got {repeat}")
    log("generating corpus ...")
    texts, source = load_corpus(n, seed, corpus=corpus, generator=generator)
    if len(texts) < 2:
        raise ValueError(f"the corpus has {len(texts)} message(s); at least 2 are needed")
    n_build = max(1, min(len(texts) - 1, round(len(texts) * (1 - QUERY_SHARE))))
    pair_idx, stratum = sample_pairs(texts, pairs, seed)
    cfg = Config(shingle="word", n=3, num_perm=num_perm, seed=1)
    hashes, offsets = mmd.shingle(texts, config=cfg)
    params = {"num_perm": num_perm, "seed": 1, "threshold": threshold, "repeat": repeat, "n_build": n_build,
              "rensa_bands": rensa_bands(threshold, num_perm)}
    result: dict = {
        "command": command, "corpus": {"source": source, "messages": len(texts),
                                       "mean_chars": float(np.mean([len(t) for t in texts]))},
        "params": dict(params, pairs=pairs, isolate=isolate, indexed=n_build, queried=len(texts) - n_build,
                       minhash_seed=1, shingles_minhash_only=f"ours, {cfg.fingerprint} (uint32 XXH32)"),
        "machine": _machine(), "libraries": {},
        "pairs": {"similar": int(np.sum(stratum == 0)), "random": int(np.sum(stratum == 1)),
                  "method": (f"similar: messages sharing the minimum xxh64 (seed {PAIR_HASH_SEED:#x}) of their word "
                             f"3-grams, from a sample of {PAIR_SAMPLE:,}; random: uniform; messages with at least "
                             f"{MIN_PAIR_SHINGLES} word 3-grams")},
    }
    with tempfile.TemporaryDirectory(prefix="mmd-bench-") as tmp:
        work = Path(tmp)
        with open(work / "texts.json", "w", encoding="utf-8") as fh:
            json.dump(texts, fh, ensure_ascii=False)
        (work / "params.json").write_text(json.dumps(params))
        np.save(work / "hashes.npy", hashes)
        np.save(work / "offsets.npy", offsets)
        np.save(work / "pairs.npy", pair_idx)
        np.save(work / "stratum.npy", stratum)
        del hashes, offsets
        for lib in libraries:
            if not available(lib):
                result["libraries"][lib] = {"status": "skipped", "notes": [
                    f"not installed: {_INSTALL.get(lib, 'pip install ' + lib)}"]}
                log(f"{lib}: not installed, skipped")
                continue
            log(f"{lib} ...")
            if isolate:
                proc = subprocess.run([sys.executable, "-c", _BOOT, str(Path(__file__).resolve()), str(work), lib],
                                      capture_output=True, text=True)
                out = work / f"{lib}.json"
                if proc.returncode != 0 or not out.is_file():
                    tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
                    result["libraries"][lib] = {"status": "error", "notes": [f"worker failed: {tail}"]}
                    log(f"{lib}: failed: {proc.stderr.strip()[-2000:]}")
                    continue
                result["libraries"][lib] = json.loads(out.read_text())
            else:
                res = _WORKERS[lib](texts, params, work)
                res.update(status="ok", peak_rss_mib=None, baseline_rss_mib=None)
                res["notes"].append("run in the calling process: no separate peak RSS")
                result["libraries"][lib] = res
    return result


# --------------------------------------------------------------------------- output

def _cell(stage: dict | None) -> str:
    if not stage or stage.get("us_per_msg") is None:
        return "-"
    return f"{stage['us_per_msg']:.2f} ({stage['msgs_per_s']:,.0f}/s)"


def _mae(acc: dict | None, key: str) -> str:
    if not acc or acc.get(key, {}).get("mae") is None:
        return "-"
    a = acc[key]
    return (f"{a['mae']:.4f} (ideal {a['mae_ideal']:.4f}, bias {a['bias']:+.4f}, J {a['mean_jaccard']:.2f}, "
            f"{a['pairs']:,})")


def _rss(lib: dict) -> str:
    if lib.get("peak_rss_mib") is None:
        return "-"
    base = lib.get("baseline_rss_mib")
    return f"{lib['peak_rss_mib']:.0f}" + (f" ({base:.0f})" if base is not None else "")


def markdown(result: dict) -> str:
    """The comparison as a Markdown table with its provenance and notes."""
    m, c, p = result["machine"], result["corpus"], result["params"]
    versions = ", ".join(f"{k} {v['version']}" for k, v in result["libraries"].items() if v.get("version"))
    head = (f"Produced by `{result['command'] or 'mass_msg_detect.compare.run()'}` on {m['cpu']} "
            f"({m['arch']}, {m['cores']} cores, {m['system']}), Python {m['python']}, numba {m['numba']}, {versions}. "
            f"Corpus: {c['messages']:,} messages (mean {c['mean_chars']:.0f} characters) from {c['source']}. "
            f"{p['num_perm']} permutations, best of {p['repeat']}; index built on the first {p['indexed']:,} "
            f"messages and queried with the other {p['queried']:,}.")
    lines = [head, "",
             "| library | fingerprint µs/msg (msg/s) | MinHash only, same hashes | index build | query | "
             "peak RSS MiB (baseline) | Jaccard MAE, similar pairs (ideal, bias, mean J, pairs) | Jaccard MAE, random pairs |",
             "|---|---|---|---|---|---|---|---|"]
    notes = []
    for name, lib in result["libraries"].items():
        if lib.get("status") != "ok":
            lines.append(f"| {name} | {lib.get('status')} | | | | | | |")
        else:
            lines.append(f"| {name} | {_cell(lib.get('fingerprint'))} | {_cell(lib.get('minhash_only'))} | "
                         f"{_cell(lib.get('build'))} | {_cell(lib.get('query'))} | {_rss(lib)} | "
                         f"{_mae(lib.get('accuracy'), 'similar')} | {_mae(lib.get('accuracy'), 'random')} |")
        extra = [f"shingles: {lib['shingles']}"] if lib.get("shingles") else []
        q = lib.get("query")
        if q and q.get("hit_share") is not None:
            extra.append(f"{q['hit_share']:.0%} of queries found at least one match")
        notes.append(f"- {name}: " + "; ".join(extra + list(lib.get("notes", []))) + ".")
    ours = result["libraries"].get("mass-msg-detect", {}).get("fingerprint")
    ratios = [f"{ours['msgs_per_s'] / lib['fingerprint']['msgs_per_s']:.1f}x {name}"
              for name, lib in result["libraries"].items()
              if ours and name != "mass-msg-detect" and lib.get("fingerprint")]
    if ratios:
        notes.insert(0, f"- Fingerprint throughput of mass-msg-detect in this run: {', '.join(ratios)}.")
    lines += ["", *notes,
              f"- MinHash only: every library fed the same uint32 shingle hashes ({p['shingles_minhash_only']}).",
              f"- Pairs: {result['pairs']['method']}. MAE = mean |estimated - exact Jaccard|, bias = mean "
              "(estimated - exact), exact Jaccard on each library's own shingle sets; ideal = the expected MAE of "
              f"{p['num_perm']} independent random permutations at the same exact similarities.",
              "- Peak RSS: VmHWM (peak resident set) of the library's own subprocess after the query stage; the baseline is the "
              "same process after loading the corpus."]
    return "\n".join(lines)


@click.command("bench")
@click.option("-n", "--n", "n", type=click.IntRange(min=2), default=20_000, show_default=True,
              help="Messages to generate (with --corpus: read at most this many).")
@click.option("--seed", type=int, default=11, show_default=True, help="Corpus and pair-sampling seed.")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Benchmark the texts of this JSONL file (field 'text') instead of a generated corpus.")
@click.option("--generator", type=click.Choice(["auto", "checkout", "builtin"]), default="auto", show_default=True,
              help="Corpus generator: scripts/make_corpus.py of a checkout, or the small built-in one.")
@click.option("--library", "libraries", type=click.Choice(LIBRARIES), multiple=True,
              help="Libraries to run (repeatable; default: all three).")
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True, help="Best of this many runs.")
@click.option("--num-perm", type=click.IntRange(min=1), default=128, show_default=True)
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=0.5,
              show_default=True, help="LSH threshold for the peers' indexes.")
@click.option("--pairs", type=click.IntRange(min=2), default=2000, show_default=True,
              help="Sampled pairs for the accuracy columns (half similar, half random).")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def bench(n, seed, corpus, generator, libraries, repeat, num_perm, threshold, pairs, fmt, quiet):
    """Throughput, memory and accuracy: mass-msg-detect next to datasketch and rensa.

    Generates a corpus (or reads --corpus), runs every library on the same messages, each in
    its own process, and prints a table: µs per message and messages/s for fingerprinting,
    MinHash alone, index build and query; peak RSS; mean absolute error of estimated against
    exact Jaccard on sampled pairs. Missing optional libraries are skipped with a note.
    """
    def log(msg):
        if not quiet:
            click.echo(msg, err=True)

    argv = ["mmd bench", f"-n {n}", f"--seed {seed}"] + ([f"--corpus {corpus}"] if corpus else []) + \
           ([f"--generator {generator}"] if generator != "auto" else []) + [f"--repeat {repeat}"]
    try:
        result = run(n, seed, corpus=corpus, generator=generator, libraries=libraries or LIBRARIES, repeat=repeat,
                     num_perm=num_perm, threshold=threshold, pairs=pairs, command=" ".join(argv), log=log)
    except (ValueError, FileNotFoundError) as e:
        raise click.ClickException(str(e)) from None
    click.echo(json.dumps(result, indent=1) if fmt == "json" else markdown(result))


if __name__ == "__main__":
    sys.exit(bench())
