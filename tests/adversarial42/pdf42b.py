"""More PDF documents of corpus 42 (pdf-scanned, pdf-pades, pdf-text, pdf-handwritten)."""
from __future__ import annotations

import datetime
import io
import tempfile
from pathlib import Path

from kit42 import S20, Page, org, scan_pdf, spaced, truth
from pdf42 import _hand


# ---------------------------------------------------------------- n09 pdf-scanned nb: typewriter-like form, scanned
def n09(out: Path):
    o = org("97766555")
    lines = [("b", "NAV NARVIK"), ("t", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"), ("gap", 4),
             ("t", "Nav-kontor:           NAV Narvik"), ("t", "Kommune:              Narvik"),
             ("t", f"Org.nr.:              {spaced(o)}"), ("t", "Kontaktperson:        Stian Dahl"),
             ("t", "Telefon:              76 96 40 00"), ("t", "E-post:               stian.dahl@nav.no"), ("gap", 3),
             ("t", "Prosjekt:             Ofoten Ung"), ("t", "Nytt/videreføring:    Nytt"),
             ("t", "Oppstart:             01.03.2020"), ("t", "Stilling:             100 %"), ("gap", 3),
             ("t", "Lønn og sos. kostn.:  kr 600 000"), ("t", "Kompetanse:           kr 10 000"),
             ("t", "Sum omsøkt:           kr 610 000"), ("gap", 3),
             ("t", "Prioritert område:    Oppfølging av ungdom (16-24 år)"),
             ("t", "Nettverk:             Ja        Prosessevaluering: Nei"), ("gap", 14),
             ("t", "Narvik, 29.01.2020                    Narvik, 29.01.2020"), ("gap", 6),
             ("ink", ("n09a", 22)), ("ink", ("n09b", 110)),
             ("t", "_____________________________         _____________________________"),
             ("t", "Siri Pedersen, NAV-leder              Frode Bakke, rådmann")]
    scan_pdf([lines], out, "n09", angle=-1.1, dpi=200, quality=40)
    return truth("n09", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Narvik", "Narvik", o),
                 contact=("Stian Dahl", "stian.dahl@nav.no", "76964000"),
                 project=("Ofoten Ung", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Siri Pedersen", "NAV-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Frode Bakke", "rådmann", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss AMOUNT_OVER_CAP: the TOTAL is 610 000 but the positions are 600 000 (total with competence)",
                        "200 dpi grey scan, -1.1°, speckle, blur, JPEG q40, no text layer"])


# ---------------------------------------------------------------- n10 pdf-pades nb: two position lines at the cap
def n10(out: Path):
    from pdf38 import _self_signed, _sign
    o = org("96455442")
    buf = io.BytesIO()
    p = Page(buf, "DV", "DVB", 9.5)
    p.text("Nav Tromsø", bold=True, size=15, dy=20)
    p.text("Søknad 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, dy=20)
    for a, v in [("Søker", "Nav Tromsø (Tromsø kommune)"), ("Org.nr.", o),
                 ("Kontaktperson", "Ingvild Karlsen, ingvild.karlsen@nav.no, 77 79 10 00"),
                 ("Prosjekt", "Los til arbeid"), ("Videreføring", "Ja, år 2 av 3"), ("Oppstart 2020-perioden", "01.02.2020")]:
        p.row(a, v, x2=200, box=True)
    p.y -= 8
    p.text("Stillinger", bold=True)
    for a, b, c in [("Stilling", "Prosent", "Lønn inkl. sosiale"), ("Arbeidslos", "60 %", "366 000"),
                    ("Arbeidslos", "40 %", "244 000"), ("Kompetanse", "", "10 000"), ("Sum", "100 %", "620 000")]:
        p.c.setFont(p.f, p.s)
        p.c.drawString(70, p.y, a)
        p.c.drawRightString(300, p.y, b)
        p.c.drawRightString(460, p.y, c)
        p.y -= p.s + 6
    p.y -= 6
    p.text("Prioriterte områder: Sikring av sårbare overganger – løslatelse fra fengsel og overgang til arbeid.")
    p.text("Nettverk/klyngesamarbeid: Nei.   Ekstern prosessevaluering: Ja.")
    p.y -= 16
    p.text("Signert digitalt (PAdES) av:", bold=True)
    p.text("Nav-leder Eirik Mathisen, 20.01.2020")
    p.text("Kommunedirektør Stian Nilsen Berg, 21.01.2020")
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Eirik Mathisen", "Nav Tromsø")
        s2 = _self_signed(Path(td), "Stian Nilsen Berg", "Tromsø kommune")
        data = _sign(data, "Sign1", (56, 120, 256, 160), s1, datetime.datetime(2020, 1, 20, 9, 41, tzinfo=tz))
        data = _sign(data, "Sign2", (316, 120, 516, 160), s2, datetime.datetime(2020, 1, 21, 13, 2, tzinfo=tz))
    out.write_bytes(data)
    return truth("n10", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Tromsø", "Tromsø", o),
                 contact=("Ingvild Karlsen", "ingvild.karlsen@nav.no", "77791000"),
                 project=("Los til arbeid", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Eirik Mathisen", "Nav-leder", "2020-01-20", "digital"),
                       ("municipality", "Stian Nilsen Berg", "Kommunedirektør", "2020-01-21", "digital")],
                 notes=["near-miss AMOUNT_OVER_CAP: 60 % at 366 000 and 40 % at 244 000, each exactly at its cap",
                        "near-miss CONTINUATION_LIMIT: 'år 2 av 3'", "two valid incremental PAdES signatures"])


# ---------------------------------------------------------------- n13 pdf-text nb: budget in thousands
def n13(out: Path):
    o = org("91188117")
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Drammen kommune", size=9)
    p.text("NAV DRAMMEN", bold=True, size=14, dy=22)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020", bold=True, dy=20)
    for a, v in [("Søker:", f"NAV Drammen, org.nr. {o}"), ("Kommune:", "Drammen"),
                 ("Prosjektnavn:", "Bolig og jobb"), ("Art:", "Nytt prosjekt"), ("Prosjektstart:", "1. mars 2020"),
                 ("Kontaktperson:", "Nina Rustad (nina.rustad@nav.no)"), ("Stillingsressurs:", "1 stilling (100 %)")]:
        p.row(a, v, x2=170)
    p.y -= 8
    p.text("Budsjett 2020 (beløp i 1000 kr)", bold=True)
    for a, v in [("Lønn og sosiale kostnader", "610"), ("Kompetanse", "10"), ("Sum søknadsbeløp", "620")]:
        p.c.setFont(p.f, p.s)
        p.c.drawString(70, p.y, a)
        p.c.drawRightString(400, p.y, v)
        p.y -= p.s + 6
    p.y -= 8
    p.text("Prioritert område:", bold=True)
    p.wrap("Sikring av sårbare overganger, særlig fra midlertidig bolig og rusbehandling til egen bolig og arbeid.")
    p.text("Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Ja")
    p.y -= 12
    _hand(p, ["Drammen, 01.02.2020", "Kari Anne Lund", "Leder NAV Drammen"],
          ["Drammen, 01.02.2020", "Marius Stene", "Kommunalsjef, for kommunedirektøren"], ("n13a", "n13b"))
    p.save()
    return truth("n13", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Drammen", "Drammen", o),
                 contact=("Nina Rustad", "nina.rustad@nav.no", None),
                 project=("Bolig og jobb", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Kari Anne Lund", "Leder NAV Drammen", "2020-02-01", "handwritten"),
                       ("municipality", "Marius Stene", "Kommunalsjef, for kommunedirektøren", "2020-02-01", "handwritten")],
                 notes=["near-miss caps: 'beløp i 1000 kr' 610 / 10 / 620", "near-miss SIGNED_AFTER_DEADLINE: both 01.02.2020"])


# ---------------------------------------------------------------- n16 pdf-text nb: DEFECT half a position over the cap
def n16(out: Path):
    o = org("97055332")
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Nav Kongsberg – Søknad om tilskudd 2020", bold=True, size=13, dy=22)
    p.wrap("Nav Kongsberg søker om tilskudd til prosjektet «Neste steg», et nytt prosjekt som starter 1. april 2020. "
           "Prosjektet skal hjelpe unge innvandrere over i ordinært arbeid.")
    for a, v in [("Org.nr.", spaced(o)), ("Kommune", "Kongsberg"), ("Kontakt", "Aslak Gjerde, aslak.gjerde@nav.no, 32 29 90 00"),
                 ("Stilling", "en halv stilling"), ("Lønn og sosiale kostnader", "kr 310 000"), ("Kompetanse", "kr 0"),
                 ("Sum", "kr 310 000"), ("Nettverk", "Ja"), ("Prosessevaluering", "Ja")]:
        p.row(a, v, x2=220)
    p.text("Områder: ordinært arbeidsliv og oppfølging av innvandrere.")
    p.y -= 16
    _hand(p, ["Kongsberg 27.01.2020", "Heidi Brekke, Nav-leder"], ["Kongsberg 28.01.2020", "Kirsten Hansen, kommunedirektør"],
          ("n16a", "n16b"))
    p.save()
    return truth("n16", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", o),
                 contact=("Aslak Gjerde", "aslak.gjerde@nav.no", "32299000"),
                 project=("Neste steg", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 310000, "competence": 0, "total": 310000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Heidi Brekke", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Kirsten Hansen", "kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 'en halv stilling' at 310 000 > 305 000"])


# ---------------------------------------------------------------- n17 pdf-handwritten nb: DEFECT signed after the deadline
def n17(out: Path):
    o = org("98622441")
    p = Page(str(out), "LS", "LSB", 10)
    p.text("SØKNADSSKJEMA – sosiale tjenester i Nav-kontoret, tilskuddsår 2020", bold=True, size=12, dy=22)
    for a, v in [("Nav-kontor", "Nav Moss"), ("Kommune", "Moss"), ("Organisasjonsnummer", spaced(o)),
                 ("Kontaktperson", "Elisabeth Nordby"), ("Kontaktinfo", "elisabeth.nordby@nav.no / 69 24 20 00"),
                 ("Prosjekttittel", "Ny start Moss"), ("Ny/videreføring", "Ny"), ("Start", "01.05.2020"),
                 ("Stillingsandel", "100 %"), ("Omsøkt lønn", "580 000"), ("Omsøkt kompetanse", "10 000"), ("Totalt", "590 000")]:
        p.row(a, v, x2=200, box=True)
    p.y -= 8
    p.text("Prioritert område: [x] Sikring av sårbare overganger    Nettverk: [x] ja    Prosessevaluering: [ ] ja")
    p.y -= 16
    _hand(p, ["Dato: 29.01.2020", "Lars Ove Hauge, Nav-leder"], ["Dato: 03.02.2020", "Sissel Rød, kommunedirektør"],
          ("n17a", "n17b"))
    p.save()
    return truth("n17", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Moss", "Moss", o),
                 contact=("Elisabeth Nordby", "elisabeth.nordby@nav.no", "69242000"),
                 project=("Ny start Moss", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Lars Ove Hauge", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Sissel Rød", "kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: the kommunedirektør signed 03.02.2020"])
