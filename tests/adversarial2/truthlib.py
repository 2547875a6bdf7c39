"""The truth of one document in the development set's format (shared/devset/truth/*.truth.json)."""
from __future__ import annotations

REG: list[dict] = []


def truth(id, ext, category, *, lang, scheme, office=(None, None, None), contact=(None, None, None),
          project=(None, None, None), pct=None, amounts=None, prio=(), interest=(None, None), sigs=(),
          expected=(), optional=(), notes=(), score_fields=True, ignore=(), own_funding="absent"):
    am = dict(amounts or {"positions": None, "competence": None, "other": None, "total": None})
    for k in ("positions", "competence", "other", "total"):
        am.setdefault(k, None)
    if own_funding != "absent":
        am["own_funding"] = own_funding
    return {
        "id": id, "file": f"{id}.{ext}", "category": category, "language": lang, "scheme": scheme,
        "scheme_assumed": False, "score_fields": score_fields, "ignore_fields": list(ignore),
        "office": {"name": office[0], "municipality": office[1], "org_number": office[2]},
        "contact": {"name": contact[0], "email": contact[1], "phone": contact[2]},
        "project": {"title": project[0], "kind": project[1], "start_date": project[2]},
        "positions_percent_total": pct, "amounts": am, "priority_areas": list(prio),
        "interest": {"network": interest[0], "process_evaluation": interest[1]},
        "signatures": [{"role": r, "name": n, "title": t, "date": d, "kind": k} for r, n, t, d, k in sigs],
        "expected_findings": sorted(expected), "optional_findings": sorted(optional),
        "defects": [], "notes": list(notes), "tags": [category],
    }


def near_miss(id, ext, lang, note):
    return truth(id, ext, "3-near-miss", lang=lang, scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=[note])


def build_corpus(here, docs, description, argv=None) -> int:
    """The build command of a corpus folder ``here``: write each of ``docs``
    ((id, extension, builder)) to CACHE/docs/, copy the truth files to
    CACHE/truth/ with the dev set's MANIFEST.json (``--write-truth`` first
    rewrites ``here``/truth/ from the builders)."""
    import argparse
    import json
    import shutil
    from pathlib import Path

    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", help="folder to build into (docs/ and truth/ are made inside)")
    ap.add_argument("--only", help="comma-separated ids")
    ap.add_argument("--write-truth", action="store_true", help=f"rewrite {here}/truth/*.json")
    a = ap.parse_args(argv)
    cache = Path(a.cache)
    (cache / "docs").mkdir(parents=True, exist_ok=True)
    (cache / "truth").mkdir(parents=True, exist_ok=True)
    only = set(a.only.split(",")) if a.only else None
    for id_, ext, fn in docs:
        if only and id_ not in only:
            continue
        out = cache / "docs" / f"{id_}.{ext}"
        t = fn(out)
        print(f"{id_}.{ext}  {out.stat().st_size:>8} bytes  {t['category']}")
        if a.write_truth:
            (here / "truth" / f"{id_}.truth.json").write_text(
                json.dumps(t, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    manifest = []
    for p in sorted((here / "truth").glob("*.truth.json")):
        shutil.copy(p, cache / "truth" / p.name)
        t = json.loads(p.read_text(encoding="utf-8"))
        manifest.append({"id": t["id"], "file": t["file"], "category": t["category"]})
    (cache / "truth" / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    return 0
