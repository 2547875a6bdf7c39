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
