"""Score the toolkit on the adversarial corpus, per failure class.

    python -m tests.adversarial.score [--cache DIR] [--json OUT]

Builds the corpus (into a temporary folder, or DIR, reusing what is there),
runs ``read_application`` on each document and prints fields accuracy,
priority-area and signature (role, kind) P/R/F1, findings P/R/F1 over error
and warning codes, and the documents whose finding set is exactly right,
scored by the development set's rules (its README)."""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from soknad_extract.pipeline import read_application
from tests.adversarial.build import build

FIELDS = ["office.name", "office.municipality", "office.org_number", "contact.name", "contact.email",
          "contact.phone", "project.title", "project.kind", "project.start_date", "positions_percent_total",
          "amounts.positions", "amounts.competence", "amounts.other", "amounts.total", "interest.network",
          "interest.process_evaluation", "language", "scheme"]


def norm(path: str, v):
    if v is None or isinstance(v, bool):
        return v
    if path in ("office.org_number", "contact.phone"):
        return re.sub(r"\D", "", str(v))[-9 if path == "office.org_number" else -8:]
    if path.startswith("amounts.") or path == "positions_percent_total":
        return round(float(v), 3)
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(v))).strip().strip("«»\"“”'’").strip()
    return s.casefold()


def get(d: dict, path: str):
    for part in path.split("."):
        d = d.get(part) if isinstance(d, dict) else None
    return d


class PRF:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def p(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def r(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f1(self):
        p, r = self.p(), self.r()
        return 2 * p * r / (p + r) if p + r else 0.0


def compare(record: dict, truth: dict) -> dict:
    """Everything wrong in one record, and its counts."""
    out: dict = {"fields": {}, "ok": 0, "n": 0}
    if truth.get("score_fields", True):
        for f in FIELDS + (["amounts.own_funding"] if get(truth, "amounts.own_funding") is not None else []):
            if f in truth.get("ignore_fields", []):
                continue
            out["n"] += 1
            if norm(f, get(truth, f)) == norm(f, get(record, f)):
                out["ok"] += 1
            else:
                out["fields"][f] = {"truth": get(truth, f), "got": get(record, f)}
        t, g = set(truth["priority_areas"]), set(record.get("priority_areas") or [])
        out["prio"] = (len(t & g), len(g - t), len(t - g))
        if t != g:
            out["priority_areas"] = {"truth": sorted(t), "got": sorted(g)}
        ts = Counter((s["role"], s["kind"]) for s in truth["signatures"])
        gs = Counter((s["role"], s["kind"]) for s in record.get("signatures") or [])
        tp = sum((ts & gs).values())
        out["sig"] = (tp, sum(gs.values()) - tp, sum(ts.values()) - tp)
        if ts != gs:
            out["signatures"] = {"truth": sorted(ts.elements()), "got": sorted(gs.elements())}
    opt = set(truth.get("optional_findings", []))
    exp = set(truth["expected_findings"]) - opt
    got = {f["code"] for f in record.get("findings", []) if f["severity"] in ("error", "warning")} - opt
    out["find"] = (len(exp & got), len(got - exp), len(exp - got))
    out["exact"] = exp == got
    if exp != got:
        out["findings"] = {"missing": sorted(exp - got), "spurious": sorted(got - exp)}
    return out


def run(cache: Path) -> tuple[dict, list[dict]]:
    docs = []
    for key, (path, truth) in sorted(build(cache).items()):
        record = json.loads(read_application(path).model_dump_json())
        docs.append({"id": key, "class": truth["category"], **compare(record, truth)})
    return summarise(docs), docs


def summarise(docs: list[dict]) -> dict:
    groups: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        groups["ALL"].append(d)
        groups[d["class"]].append(d)
    table = {}
    for name, members in groups.items():
        prio, sig, find = PRF(), PRF(), PRF()
        for d in members:
            prio.add(*d.get("prio", (0, 0, 0)))
            sig.add(*d.get("sig", (0, 0, 0)))
            find.add(*d["find"])
        n = sum(d["n"] for d in members)
        table[name] = {"docs": len(members), "fields": sum(d["ok"] for d in members) / n if n else None,
                       "prio_f1": prio.f1(), "sig_f1": sig.f1(), "find_p": find.p(), "find_r": find.r(),
                       "find_f1": find.f1(), "exact": sum(d["exact"] for d in members)}
    return table


def report(table: dict, docs: list[dict]) -> str:
    lines = [f"{'class':<16} docs fields prioF1  sigF1  findP  findR findF1 exact"]
    for name in sorted(table, key=lambda k: (k == "ALL", k)):
        t = table[name]
        fields = f"{t['fields']:.3f}" if t["fields"] is not None else "  -  "
        lines.append(f"{name:<16} {t['docs']:>4} {fields:>6} {t['prio_f1']:.3f}  {t['sig_f1']:.3f}  "
                     f"{t['find_p']:.3f}  {t['find_r']:.3f}  {t['find_f1']:.3f}  {t['exact']}/{t['docs']}")
    for d in docs:
        wrong = {k: d[k] for k in ("fields", "priority_areas", "signatures", "findings") if d.get(k)}
        if wrong:
            lines.append(f"{d['id']} {d['class']}: {json.dumps(wrong, ensure_ascii=False)}")
    a = table["ALL"]
    lines.append(f"SCORE fields={a['fields']:.4f} findings_p={a['find_p']:.4f} findings_f1={a['find_f1']:.4f} "
                 f"sig_f1={a['sig_f1']:.4f} prio_f1={a['prio_f1']:.4f} exact={a['exact']}/{a['docs']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, help="build into (and reuse) this folder")
    parser.add_argument("--json", type=Path, help="write the breakdown here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        table, docs = run(args.cache or Path(tmp))
    print(report(table, docs))
    if args.json:
        args.json.write_text(json.dumps({"summary": table, "documents": docs}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
