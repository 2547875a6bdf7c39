"""Wording of one application's facts in the label set of its office."""
from kit32 import nok, no_date
from model32 import AREAS, LABELS, heading, kind_text, pct_text


def start_text(d, style="long"):
    y, m, dd = d["start"].split("-")
    if d["lang"] == "nn" and style == "long":
        mon = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
               "november", "desember"][int(m) - 1]
        return f"{int(dd)}. {mon} {y}"
    return no_date(d["start"], style)


def head_rows(d, ls, amt="space", dstyle="long"):
    L = LABELS[ls]
    return [
        (L["office"], d["written"]), (L["muni"], d["muni"] + (" kommune" if d["muni"] != "Oslo" else "")),
        (L["org"], d["org"][:3] + " " + d["org"][3:6] + " " + d["org"][6:]),
        (L["contact"], d["contact"][0]), (L["email"], d["contact"][1]), (L["phone"], d["contact"][2]),
        (L["title"], d["title"]), (L["kind"], kind_text(d)), (L["start"], start_text(d, dstyle)),
    ]


def budget_rows(d, amt="space"):
    nn = d["lang"] == "nn"
    rows = [("Stilling" if not nn else "Stilling", "Stillingsprosent" if not nn else "Stillingsdel", "Beløp (kr)")]
    for t, p, a in d["positions"]:
        rows.append((t or ("Prosjektstilling"), pct_text(p), nok(a, amt)))
    if d.get("comp"):
        rows.append(("Kompetansemidler" if not nn else "Kompetansemiddel", "", nok(d["comp"], amt)))
    rows.append(("Sum omsøkt" if not nn else "Sum det vert søkt om", pct_text(sum(p[1] for p in d["positions"])),
                 nok(d["total"], amt)))
    return rows


def area_lines(d, on="☒", off="☐"):
    col = 2 if d["lang"] == "nn" else 1
    return [(on if a[0] in d["prio"] else off, a[col]) for a in AREAS[d["year"]]]


def yn(v, nn=False):
    return None if v is None else (("Ja" if v else "Nei"))


def interest_rows(d, ls):
    L = LABELS[ls]
    return [(L["net"], yn(d["net"])), (L["proc"], yn(d["proc"]))]


def purpose(d):
    if d["lang"] == "nn":
        return ("Prosjektet skal gje fleire brukarar av dei sosiale tenestene ein veg inn i arbeid og utdanning, "
                "med tett individuell oppfølging og samarbeid med lokale arbeidsgjevarar. Tiltaket er forankra i "
                "kommuneleiinga og er ein del av den kommunale planen for levekår.")
    return ("Prosjektet skal gi flere brukere av de sosiale tjenestene en vei inn i arbeid eller utdanning, "
            "gjennom tett individuell oppfølging og samarbeid med lokale arbeidsgivere. Tiltaket er forankret i "
            "kommuneledelsen og inngår i kommunens plan for levekår.")


def approval_text(d):
    if d["lang"] == "nn":
        return "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."
    return "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer."
