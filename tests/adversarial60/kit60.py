"""Corpus 60's spec helper: one dict of facts per document, filled with the long text's defaults, and its truth."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402

from text60 import L  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"

TARGET = {
    "nb": "Målgruppen er personer mellom 18 og 66 år som mottar økonomisk sosialhjelp i mer enn 6 av de siste "
          "12 månedene. Om lag 140 personer i kommunen er i denne gruppen; 31 % av dem har vært registrert hos "
          "kontoret i mer enn to år. ",
    "nn": "Målgruppa er personar mellom 18 og 66 år som får økonomisk sosialhjelp i meir enn 6 av dei siste "
          "12 månadene. Om lag 140 personar i kommunen er i denne gruppa; 31 % av dei har vore registrerte hjå "
          "kontoret i meir enn to år. ",
}
GOAL = {
    "ordinaert-arbeidsliv": ("Flere i målgruppen skal over i ordinært arbeid hos lokale arbeidsgivere, med lønn fra første dag.",
                             "Fleire i målgruppa skal over i ordinært arbeid hjå lokale arbeidsgjevarar, med løn frå første dag."),
    "barnefamilier-ungdom-innvandrere": ("Barnefamilier, ungdom og innvandrere i målgruppen skal få helhetlig oppfølging av hele familien.",
                                         "Barnefamiliar, ungdom og innvandrarar i målgruppa skal få heilskapleg oppfølging av heile familien."),
    "saarbare-overganger": ("Overgangene fra videregående skole og fra kriminalomsorgen til Nav-kontoret skal skje uten brudd.",
                            "Overgangane frå vidaregåande skule og frå kriminalomsorga til Nav-kontoret skal skje utan brot."),
}
METHOD = {
    "nb": "Kontoret vil utvikle en egen modell for tett oppfølging der prosjektmedarbeideren har høyst 15 "
          "deltakere om gangen, møter dem ukentlig og følger dem opp der de er. Modellen utvikles sammen "
          "med brukerne og justeres etter hver fase. Erfaringer fra Bufdirs tilskuddsordning og fra "
          "Helsedirektoratets IPS-satsing brukes som kunnskapsgrunnlag, men prosjektet innfører ikke en ferdig metode.",
    "nn": "Kontoret vil utvikle ein eigen modell for tett oppfølging der prosjektmedarbeidaren har høgst 15 "
          "deltakarar om gongen, møter dei kvar veke og følgjer dei opp der dei er. Modellen blir utvikla saman "
          "med brukarane og justert etter kvar fase. Røynsler frå tilskotsordninga til Bufdir og frå "
          "IPS-satsinga til Helsedirektoratet blir brukte som kunnskapsgrunnlag, men prosjektet innfører ikkje ein ferdig metode.",
}


def sig(role, name, title_shown, shown, iso, kind="handwritten", title=None):
    return {"role": role, "name": name, "title_shown": title_shown, "title": title or title_shown,
            "shown": shown, "iso": iso, "kind": kind}


def fill(s: dict) -> dict:
    lang = s["lang"]
    s.setdefault("target", TARGET[lang])
    s.setdefault("goals", " ".join(GOAL[a][lang == "nn"] for a in s["areas"]))
    s.setdefault("method", METHOD[lang])
    s.setdefault("office_shown", s["office"])
    s.setdefault("org_shown", s["org"])
    s.setdefault("title_shown", s["title"] or "")
    s.setdefault("total_shown", s["total"])
    s.setdefault("comp", 10000)
    s.setdefault("own", None)
    s.setdefault("place", s["muni"])
    s.setdefault("doc_title", L(s, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                                "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"))
    s.setdefault("header", f"{s['office_shown']} · {s['title'] or s['doc_title']}")
    s.setdefault("footer", L(s, f"Søknad 2020 – {s['muni']} kommune – Nav-kontoret", f"Søknad 2020 – {s['muni']} kommune – Nav-kontoret"))
    s.setdefault("kind_shown", L(s, "Nytt prosjekt", "Nytt prosjekt") if s["kind"] == "new"
                 else L(s, "Videreføring", "Vidareføring"))
    s.setdefault("staff", [(L(s, "Veileder oppfølging", "Rettleiar oppfølging"), "100 %", L(s, "Statlig", "Statleg")),
                           (L(s, "Sosialfaglig rådgiver", "Sosialfagleg rådgjevar"), "80 %", L(s, "Kommunal", "Kommunal")),
                           ("Jobbspesialist (IPS)", "50 %", "Helsedirektoratet"),
                           (L(s, "Boligkonsulent", "Bustadkonsulent"), "40 %", L(s, "Kommunal", "Kommunal"))])
    s.setdefault("grants", [(L(s, "Tilskudd til bekjempelse av barnefattigdom (Bufdir)", "Tilskot til å motarbeide barnefattigdom (Bufdir)"),
                             "2019", "kr 450 000", "75 %"),
                            (L(s, "Kompetansetilskudd, Statsforvalteren", "Kompetansetilskot, Statsforvaltaren"),
                             "2019", "kr 120 000", "100 %"),
                            (L(s, "Tilskudd til arbeids- og utdanningsreiser", "Tilskot til arbeids- og utdanningsreiser"),
                             "2018", "kr 1 250 000", "62,5 %")])
    s.setdefault("stats", (12000, 410, 27))
    if "months" not in s:
        s["months"] = _months(int(s["start_iso"][5:7]), lang)
    return s


def make_truth(s: dict, ext: str) -> dict:
    c = s["contact"]
    return truth(s["id"], ext, s["cat"], lang=s["lang"], scheme=S20,
                 office=(s["office"], s["muni"], s["org_truth"] if "org_truth" in s else s["org"]),
                 contact=c, project=(s["title"], s["kind"], s["start_iso"]), pct=s["pct"],
                 amounts={"positions": s["pos_amount"], "competence": s["comp"], "other": None, "total": s["total"]},
                 own_funding=s["own"] if s.get("own") else "absent",
                 prio=s["areas"], interest=(s["net"], s["eval"]),
                 sigs=[(g["role"], g["name"], g["title"], g["iso"], g["kind"]) for g in s["sigs"]],
                 expected=s.get("expected", ()), optional=s.get("optional", ()), notes=s.get("notes", ()))


def _months(m0: int, lang: str) -> list[str]:
    """Phase periods from the start month: 3, 7, 6 and 2 months, written as offices write them ("mars–mai 2020")."""
    names = (["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."])
    out, m = [], m0 - 1
    for n in (3, 7, 6, 2):
        a, b = m, m + n - 1
        out.append(f"{names[a % 12]} {2020 + a // 12}–{names[b % 12]} {2020 + b // 12}")
        m += n
    return out
