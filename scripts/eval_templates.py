"""Evaluate template reconstruction against a labelled corpus from scripts/make_corpus.py.

    python scripts/make_corpus.py -n 20000 --seed 2027 --templates heldout -o X.jsonl
    python scripts/eval_templates.py X.jsonl [--min-size 20] [--max-members N] [--show 5] [--no-timing]

Messages are grouped by their TRUE campaign label (X.labels.jsonl), so this measures
reconstruction alone. For every campaign with at least --min-size messages it checks that the
reconstructed template
  (a) contains every slot type of the true template that masking produces ({NAME} {TITLE} {COMPANY});
  (b) contains the true spin groups: a true group counts as found when one of our groups has
      options equal to at least 2 of its options (case-insensitive, punctuation stripped, numbers
      as "num" since masking makes them {NUM}; words shared by all options of a group at either
      end are set aside on both sides; a nested true option matches any of its expansions;
      {INDUSTRY}/{CITY} match any words, and a true option that is one of them alone after
      the shared words matches our option {TEXT} alone); groups whose options differ only in
      punctuation or emoji ({.|!}) are not measurable in words and are skipped. Weekday names are masked
      ({WEEKDAY}) unless nearly every member writes the same one, so a group whose options hold
      them counts as found as written (as any group) or as masking shows it: a group whose
      options are each one weekday name ({Monday|Tuesday}) when the template has {WEEKDAY} at
      that point (next to the fixed word before or after the group, or anywhere when neither
      is a fixed word); otherwise when its options, weekday names as {WEEKDAY}, equal at least
      2 of one of our groups' options (both sides' shared words at either end set aside);
  (c) contains no recipient name: no word of any member's recipient_name is a word of the template
      (words that are also words of the true template are not names here);
  (d) keeps >= 80% of the true template's fixed words (outside slots and groups, case-insensitive,
      counted as a multiset).
It also times reconstruction of the campaigns `mmd campaigns` finds against `mmd campaigns` itself.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _spintax as S  # noqa: E402

from mass_msg_detect.templates import reconstruct, reconstruct_many  # noqa: E402

MASKED_SLOTS = {"NAME", "TITLE", "COMPANY"}
_NONWORD = re.compile(r"[^\w\s]+")


_NUMBER = re.compile(r"(?<![\w.])[$\u20ac\u00a3]?\d[\d,.:]*(?:%|k|m|\+)?(?!\w)")


def norm(s: str) -> str:
    """Lower-cased words; numbers become "num" (masking writes {NUM}), punctuation is dropped."""
    s = _NUMBER.sub(" num ", s.lower())
    return " ".join(_NONWORD.sub(" ", s).replace("_", " ").split())


def words(s: str) -> list[str]:
    return norm(s).split()


def expansions(nodes, limit=64) -> list[str]:
    """All realisations of a node list (slots as {X} text), at most ``limit``."""
    outs = [""]
    for nd in nodes:
        if isinstance(nd, str):
            outs = [o + nd for o in outs]
        elif isinstance(nd, S.Slot):
            outs = [o + "{" + S.OUTPUT_SLOT.get(nd.name, nd.name) + "}" for o in outs]
        elif isinstance(nd, S.Fill):
            outs = [o + "[[" + nd.name + "]]" for o in outs]
        else:
            alts = [e for a in nd.alts for e in expansions(a, limit)]
            outs = [o + e for o, e in itertools.product(outs, alts)][:limit]
    return outs


def opt_regex(realisation: str) -> re.Pattern:
    """Normalised realisation as a regex: unmasked slots match any words."""
    parts = re.split(r"(\{(?:INDUSTRY|CITY)\})", realisation)
    rx = []
    for p in parts:
        if p in ("{INDUSTRY}", "{CITY}"):
            rx.append(r".+?")
        else:
            n = norm(p)
            if n:
                rx.append(re.escape(n))
    return re.compile(r"\s*".join(rx) + r"\Z" if rx else r"\Z")


def true_parts(template: str):
    nodes = S.parse(template.replace("{NAME}", "{FULL_NAME}"))
    slots = set()
    groups = []
    fixed = []

    def walk(seq, top):
        for nd in seq:
            if isinstance(nd, S.Slot):
                slots.add(S.OUTPUT_SLOT.get(nd.name, nd.name))
            elif isinstance(nd, S.Group):
                if top:
                    groups.append(nd)
                for a in nd.alts:
                    walk(a, False)
            elif isinstance(nd, str) and top:
                fixed.extend(words(nd))
    walk(nodes, True)
    # the fixed word just before and just after each top-level group ("" when not a fixed word)
    context = []
    for i, nd in enumerate(nodes):
        if isinstance(nd, S.Group):
            b = words(nodes[i - 1]) if i > 0 and isinstance(nodes[i - 1], str) else []
            a = words(nodes[i + 1]) if i + 1 < len(nodes) and isinstance(nodes[i + 1], str) else []
            context.append((b[-1] if b else "", a[0] if a else ""))
    return slots, groups, fixed, context


def cores(options: list[str]) -> list[str]:
    """Normalised options less the words all of them share at the start and at the end, so
    ``{being in touch|staying in touch}`` and ``{being|staying} in touch`` compare equal."""
    ws = [o.split() for o in options]
    if len(ws) < 2:
        return [" ".join(w) for w in ws]
    a = 0
    while all(len(w) > a for w in ws) and len({w[a] for w in ws}) == 1:
        a += 1
    b = 0
    while all(len(w) > a + b for w in ws) and len({w[-1 - b] for w in ws}) == 1:
        b += 1
    return [" ".join(w[a:len(w) - b]) for w in ws]


_OUR_PH = re.compile(r"\{([A-Z]+)\}")
_PH_WORD = re.compile(r"\bzzph([a-z]+)\b")


def our_norm(s: str) -> str:
    """norm() of our text, with each placeholder kept as one marked word ``zzph<name>``."""
    return norm(_OUR_PH.sub(lambda m: " zzph" + m.group(1).lower() + " ", s))


def our_groups(t) -> list[list[str]]:
    return [cores([our_norm(o) for o, _ in g["options"]]) for g in t.alternatives]


def our_regex(opt: str) -> re.Pattern:
    """One of our (normalised) options as a regex: a placeholder stands for what masking
    replaced, so it matches its own name (a true slot) or one to four words (a company name,
    a number, a URL that the true template spells out)."""
    parts = []
    for w in opt.split():
        m = _PH_WORD.fullmatch(w)
        if m:
            name = "num" if m.group(1) in ("num", "money", "percent") else m.group(1)
            parts.append(r"(?:" + re.escape(name) + r"|\S+(?: \S+){0,3})")
        else:
            parts.append(re.escape(w))
    return re.compile(" ".join(parts) + r"\Z")


def _plain(opt: str) -> str:
    """Our option as plain words: placeholders as their names (numbers as "num")."""
    return _PH_WORD.sub(lambda m: "num" if m.group(1) in ("num", "money", "percent") else m.group(1), opt)


def measurable(group) -> bool:
    """A group whose options differ only in punctuation or emoji cannot be seen in words."""
    return len({norm(e[0]) for e in (expansions(a) for a in group.alts)}) >= 2


_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def weekday_found(group, ours: list[list[str]], ours_text: str, before: str, after: str) -> bool | None:
    """None when no option of the true group holds a weekday name; else whether the group is
    found as masking shows it (see the module docstring)."""
    firsts = [norm(expansions(a)[0]) for a in group.alts]
    masked = [_WEEKDAY.sub("zzphweekday", f) for f in firsts]
    if masked == firsts:
        return None
    if all(m == "zzphweekday" for m in masked):
        w = ours_text.split()
        at = [i for i, x in enumerate(w) if x == "zzphweekday"]
        if not before and not after:
            return bool(at)
        return any((before and i > 0 and w[i - 1] == before) or (after and i + 1 < len(w) and w[i + 1] == after)
                   for i in at)
    mc = cores(masked)
    # (weekday names in our options masked alike: one that nearly every member of an option
    # writes is fixed text, "{afternoon|or Thursday}" beside a {WEEKDAY} that varies)
    return any(sum(1 for m in mc if m in opts or m in [_WEEKDAY.sub("zzphweekday", o) for o in opts]) >= 2
               for opts in ours)


def group_found(group, ours: list[list[str]], ours_text: str = "", before: str = "", after: str = "") -> bool:
    if weekday_found(group, ours, ours_text, before, after):
        return True
    # (else as written: weekday names nearly every member of an option writes alike are fixed text)
    alts = [expansions(a) for a in group.alts]
    # cores of the true group, computed on the first expansion of each option
    firsts = cores([norm(a[0]) for a in alts])
    pats = [[re.compile(re.escape(firsts[i]) + r"\Z")] + [opt_regex(e) for e in a]
            for i, a in enumerate(alts)]
    true_firsts = [norm(e) for e in firsts]
    # a true option that is one unmasked slot and nothing else once the shared words are set
    # aside ({in your niche|in {INDUSTRY}}) is found as our free text alone ("in {{TEXT}|your
    # niche}"): masking knows no industries or cities, and {TEXT} is what the member wrote there
    free = cores([norm(re.sub(r"\{(?:INDUSTRY|CITY)\}", " zzfree ", a[0])) for a in alts])
    for i, f in enumerate(free):
        if f == "zzfree":
            pats[i].append(re.compile(r"text\Z"))
    for opts in ours:
        plain = [_plain(o) for o in opts]
        # an option with at least one word of its own may stand for a true option with what
        # masking replaced spelled out ({|At {COMPANY}} we <-> {At Araujo & Ramos we|We})
        wild = [our_regex(o) for o in opts if o.strip() and not all(_PH_WORD.fullmatch(w) for w in o.split())]
        hit = sum(1 for i, ps in enumerate(pats)
                  if any(p.match(o) for p in ps for o in plain)
                  or any(r.match(true_firsts[i]) for r in wild))
        if hit >= 2:
            return True
    return False


def evaluate(corpus: Path, min_size: int, max_members: int, show: int) -> dict:
    recs = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    stem = str(corpus)[: -len(".jsonl")]
    labels = {}
    for line in open(stem + ".labels.jsonl", encoding="utf-8"):
        d = json.loads(line)
        labels[d["id"]] = d["campaign"]
    truth = {}
    for line in open(stem + ".campaigns.jsonl", encoding="utf-8"):
        d = json.loads(line)
        truth[d["campaign"]] = d
    groups = defaultdict(list)
    for i, r in enumerate(recs):
        c = labels.get(r["id"])
        if c is not None:
            groups[c].append(i)
    names = sorted(c for c, rows in groups.items() if len(rows) >= min_size)
    res = Counter()
    fails = []
    t0 = time.perf_counter()
    for c in names:
        rows = groups[c]
        texts = [recs[i]["text"] for i in rows]
        meta = [recs[i] for i in rows]
        t = reconstruct(texts, meta, **({} if max_members is None else {"max_members": max_members}))
        slots, tgroups, fixed, context = true_parts(truth[c]["template"])
        twords = set(words(truth[c]["template"])) | {"name", "title", "company", "industry", "city"}
        ours_words = _plain(our_norm(t.text)).split()
        ours_set = set(ours_words)
        a = all("{" + s + "}" in t.text for s in slots & MASKED_SLOTS)
        ours = our_groups(t)
        ours_text = our_norm(t.text)
        missed = [g for g, (bw, aw) in zip(tgroups, context)
                  if measurable(g) and not group_found(g, ours, ours_text, bw, aw)]
        b = not missed
        leaked = set()
        for r in meta:
            for w in words(r.get("recipient_name") or ""):
                if len(w) > 1 and w in ours_set and w not in twords:
                    leaked.add(w)
        cc = not leaked
        fc = Counter(fixed)
        kept = sum(min(n, Counter(ours_words)[w]) for w, n in fc.items())
        d = (kept / sum(fc.values()) if fc else 1.0) >= 0.8
        ok = a and b and cc and d
        res.update({"a": a, "b": b, "c": cc, "d": d, "all": ok, "n": 1})
        if not ok:
            fails.append((c, len(rows), a, b, cc, d, leaked, truth[c]["template"], t.text,
                          [S.to_spintax([g]) for g in missed]))
    elapsed = time.perf_counter() - t0
    n = res["n"]
    out = {"campaigns": n, "min_size": min_size,
           **{k: round(res[k] / n, 4) for k in ("a", "b", "c", "d", "all")},
           "reconstruct_s_truth_groups": round(elapsed, 3)}
    for f in fails[:show]:
        print(f"--- {f[0]} size={f[1]} slots={f[2]} alts={f[3]} no_names={f[4]} fixed={f[5]} leaked={sorted(f[6])}",
              file=sys.stderr)
        print("TRUE:", f[7], file=sys.stderr)
        print("OURS:", f[8], file=sys.stderr)
        for g in f[9]:
            print("MISSED:", g.replace("\n", " "), file=sys.stderr)
    return out


def timing(corpus: Path, max_members: int) -> dict:
    """Wall time of `mmd campaigns` vs reconstructing every campaign it finds, and vs `mmd
    campaigns --summary` (the summary: templates, senders, send times, examples), best of 3."""
    import tempfile

    mmd = str(Path(sys.executable).with_name("mmd"))
    subprocess.run([mmd, "campaigns", str(corpus), "-o", "/dev/null", "-q"], check=True)  # JIT warm-up
    best = sbest = 1e9
    with tempfile.TemporaryDirectory() as tmp:
        summary = str(Path(tmp) / "summary.json")
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([mmd, "campaigns", str(corpus), "-o", "/dev/null", "-q"], check=True)
            best = min(best, time.perf_counter() - t)
            t = time.perf_counter()
            subprocess.run([mmd, "campaigns", str(corpus), "-o", "/dev/null", "--summary", summary, "-q"],
                           check=True)
            sbest = min(sbest, time.perf_counter() - t)
    import mass_msg_detect as mmdlib
    recs = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    texts = [r["text"] for r in recs]
    result = mmdlib.campaigns(texts, metadata=recs)
    groups = [c.members for c in result.campaigns]
    reconstruct_many(texts[:50], [range(50)], recs[:50])  # warm-up
    rbest = 1e9
    for _ in range(3):
        t = time.perf_counter()
        reconstruct_many(texts, groups, recs, **({} if max_members is None else {"max_members": max_members}))
        rbest = min(rbest, time.perf_counter() - t)
    return {"mmd_campaigns_s": round(best, 3), "reconstruct_all_s": round(rbest, 3),
            "campaigns_found": len(groups), "overhead": round(rbest / best, 3),
            "mmd_campaigns_summary_s": round(sbest, 3), "summary_overhead": round(sbest / best - 1, 3)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--min-size", type=int, default=20)
    ap.add_argument("--max-members", type=int, default=None,
                    help="members used per campaign (default: the library's default)")
    ap.add_argument("--show", type=int, default=5, help="print this many failures to stderr")
    ap.add_argument("--no-timing", action="store_true")
    args = ap.parse_args(argv)
    out = evaluate(args.corpus, args.min_size, args.max_members, args.show)
    if not args.no_timing:
        out.update(timing(args.corpus, args.max_members))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
