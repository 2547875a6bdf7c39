"""Paper and fillable PDFs of corpus 40: a Nynorsk fillable form (comb org number field), a photographed two-page
Bokmål paper form with handwriting, and a grey Nynorsk scan whose Nav leader line is empty."""
from __future__ import annotations

import io
from pathlib import Path

from kit40 import S20, Paper, ink_png, orgnr, photograph, spaced, truth


# ------------------------------------------------------------------ n10 pdf-acroform nn
def n10(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    org = orgnr("96479822")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setTitle("Søknadsskjema Nav 2020")
    form = c.acroForm
    c.setFillColorRGB(0.15, 0.35, 0.3)
    c.rect(0, 792, 595, 50, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 812, "Tilskot til utvikling av sosiale tenester i Nav – søknad 2020")
    c.setFillColorRGB(0, 0, 0)
    fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("kontakt", "Kontaktperson"), ("epost", "E-postadresse"), ("tlf", "Telefonnummer"),
              ("tittel", "Prosjekttittel"), ("type", "Nytt / vidareføring"), ("oppstart", "Oppstartsdato"),
              ("prosent", "Stillingsprosent"), ("lonn", "Løn og sosiale kostnader (kr)"),
              ("komp", "Kompetansemidlar (kr)"), ("sum", "Samla søknadssum (kr)")]
    y = 760
    c.setFont("Helvetica", 9.5)
    for name, label in fields:
        c.drawString(40, y + 5, label)
        kw = dict(name=name, x=220, y=y, width=330, height=18, borderWidth=0.6, fontSize=10, fontName="Helvetica")
        if name == "orgnr":
            kw.update(width=180, maxlen=9, fieldFlags="comb")
        form.textfield(**kw)
        y -= 26
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, "Satsingsområde")
    y -= 20
    c.setFont("Helvetica", 9.5)
    for i, area in enumerate(["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
                              "Sikring av sårbare overgangar"]):
        form.checkbox(name=f"omr{i}", x=40, y=y - 3, size=12, buttonStyle="check", borderWidth=0.6)
        c.drawString(60, y, area)
        y -= 18
    for key, q in [("nett", "Ønskjer nettverk/klyngesamarbeid"), ("eval", "Ønskjer ekstern prosessevaluering")]:
        c.drawString(40, y, q)
        form.checkbox(name=f"{key}_ja", x=260, y=y - 3, size=12, buttonStyle="check", borderWidth=0.6)
        c.drawString(276, y, "Ja")
        form.checkbox(name=f"{key}_nei", x=310, y=y - 3, size=12, buttonStyle="check", borderWidth=0.6)
        c.drawString(326, y, "Nei")
        y -= 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y - 10, "Underskrift")
    y -= 90
    for j, (seed, label) in enumerate([("n10a", "Nav-leiar (namn og dato)"), ("n10b", "Kommunedirektør (namn og dato)")]):
        x = 40 + j * 270
        c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y + 22, width=150, height=43, mask="auto")
        c.line(x, y + 20, x + 230, y + 20)
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y + 8, label)
        form.textfield(name=f"sign{j}", x=x, y=y - 16, width=230, height=18, borderWidth=0.6, fontSize=10)
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=r)
    vals = {"kontor": "Nav Stryn", "kommune": "Stryn", "orgnr": org, "kontakt": "Ingrid Loen",
            "epost": "ingrid.loen@nav.no", "tlf": "57 87 47 00", "tittel": "Kvar dag teller",
            "type": "Nytt prosjekt", "oppstart": "01.04.2020", "prosent": "80", "lonn": "500000", "komp": "10000",
            "sum": "510000", "sign0": "Ingrid Loen 28.01.2020", "sign1": "Arve Hjelle 29.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for a in w.pages[0].get("/Annots", []):
        o = a.get_object()
        nm = o.get("/T")
        if nm in ("omr0", "omr2", "nett_ja", "eval_nei"):
            o[NameObject("/V")] = NameObject("/Yes")
            o[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Producer": "ReportLab PDF Library - www.reportlab.com", "/CreationDate": "D:20200128090000+01'00'"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("n10", "pdf", "pdf-acroform", lang="nn", scheme=S20, office=("Nav Stryn", "Stryn", org),
                 contact=("Ingrid Loen", "ingrid.loen@nav.no", "57874700"),
                 project=("Kvar dag teller", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ingrid Loen", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Arve Hjelle", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 80 % at 500 000 > 488 000 (610 000 × 0.8)",
                        "AcroForm: comb field (MaxLen 9) for the org number, plain-digit amounts, 'prosent' = '80' "
                        "without a % sign; ink drawn static above the 'namn og dato' text fields",
                        "the Nav leader is also the contact person (Ingrid Loen)"])


# ------------------------------------------------------------------ n11 pdf-scanned nb: photographed paper
def n11(out: Path):
    org = orgnr("97452241")
    p1 = Paper(200, "liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf")
    dpi = p1.dpi
    p1.text("NAV NARVIK", 13, True)
    p1.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 12, True, dy=26)
    for a, v in [("Søker (Nav-kontor):", "NAV Narvik"), ("Kommune:", "Narvik"), ("Org.nr.:", spaced(org)),
                 ("Kontaktperson:", "Kari-Anne Olsen"), ("E-post:", "kari-anne.olsen@nav.no"),
                 ("Telefon:", "76 96 50 00"), ("Prosjektnavn:", "Neste steg"),
                 ("Ny søknad / videreføring:", "Videreføring (år 2)"), ("Oppstart:", "01.01.2020"),
                 ("Stillingsprosent:", "100 %"), ("Lønn og sos. kostnader:", "kr 595 000"),
                 ("Kompetanse:", "kr 10 000"), ("Totalt omsøkt:", "kr 605 000")]:
        p1.row(a, v, 10.5, 3.1)
    p1.y += 14
    p1.text("Prioriterte områder (sett kryss):", 10.5, True)
    for area, on in [("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                     ("Sikring av sårbare overganger", True)]:
        p1.box(p1.x0, p1.y + 4, on, hand=True)
        p1.text(area, 10.5, x=p1.x0 + int(0.25 * dpi))
    p1.y += 10
    for q, yes in [("Nettverk/klyngesamarbeid:", True), ("Ekstern prosessevaluering:", True)]:
        y = p1.y
        p1.text(q, 10.5)
        p1.box(int(3.1 * dpi), y + 4, yes, hand=True)
        p1.d.text((int(3.35 * dpi), y), "Ja", font=p1.f(10.5), fill=0)
        p1.box(int(3.8 * dpi), y + 4, not yes, hand=True)
        p1.d.text((int(4.05 * dpi), y), "Nei", font=p1.f(10.5), fill=0)
    p1.y += 20
    p1.text("Kort om prosjektet:", 10.5, True)
    for ln in ["Neste steg følger unge som avslutter barnevernstiltak eller videregående skole, og familier",
               "med barn der foreldrene står utenfor arbeid. Vi har ett år med gode resultater bak oss."]:
        p1.text(ln, 10)
    p2 = Paper(200, "liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf")
    p2.text("Side 2 av 2 – Underskrift", 12, True, dy=30)
    p2.text("Vi bekrefter at opplysningene i søknaden er korrekte og at prosjektet er forankret i kommuneledelsen.", 10)
    p2.y += int(0.9 * dpi)
    for j, (seed, name, role, date) in enumerate([("n11a", "GURO HANSEN", "Nav-leder", "Narvik, 29.01.2020"),
                                                  ("n11b", "ROAR ISAKSEN", "Rådmann", "Narvik, 30.01.2020")]):
        x = p2.x0 + j * int(3.4 * dpi)
        base = p2.y
        p2.ink(seed, x, base - int(0.6 * dpi), 2.0)
        p2.line(x, x + int(2.9 * dpi), base + int(0.25 * dpi))
        p2.d.text((x, base + int(0.3 * dpi)), f"{role}  –  Sted/dato: {date}", font=p2.f(9.5), fill=0)
        p2.d.text((x, base + int(0.55 * dpi)), "Navn med blokkbokstaver:", font=p2.f(9.5), fill=0)
        p2.hand(name, x + int(1.75 * dpi), base + int(0.5 * dpi), 13, seed)
    photograph([p1, p2], out, "n11", angle=1.6, quality=50, shade=True)
    return truth("n11", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Narvik", "Narvik", org),
                 contact=("Kari-Anne Olsen", "kari-anne.olsen@nav.no", "76965000"),
                 project=("Neste steg", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "total": 605000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "GURO HANSEN", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "ROAR ISAKSEN", "Rådmann", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["photographed 2-page paper form: rotated ±1.6°, light falling off to one side, blur, speckle, "
                        "JPEG q50; hand ticks that overshoot their boxes",
                        "signatures on page 2 only: ink, printed role + place/date, name written by hand in capitals",
                        "older wording: 'NAV Narvik', 'Rådmann'"])


# ------------------------------------------------------------------ n12 pdf-scanned nn: Nav leader line empty
def n12(out: Path):
    org = orgnr("96479016")
    p = Paper(200)
    dpi = p.dpi
    p.text("Nav Gloppen – søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 11.5, True, dy=28)
    for a, v in [("Nav-kontor", "Nav Gloppen"), ("Kommune", "Gloppen"), ("Org.nr.", spaced(org)),
                 ("Kontaktperson", "Synnøve Myklebust"), ("E-post", "synnove.myklebust@nav.no"),
                 ("Telefon", "57 88 38 00"), ("Prosjektnamn", "Ungdomsloset Gloppen"), ("Nytt/vidareføring", "Nytt"),
                 ("Oppstart", "01.08.2020"), ("Stillingsprosent", "50 %"), ("Løn og sosiale kostnader", "300 000 kr"),
                 ("Kompetanse", "5 000 kr"), ("Søknadssum i alt", "305 000 kr")]:
        p.row(a, v, 10, 3.1)
    p.y += 10
    p.text("Satsingsområde:  [X] Oppfølging av barnefamiliar, ungdom og innvandrarar   [X] Sikring av sårbare overgangar", 9.5)
    p.text("Nettverk/klyngesamarbeid: [X] ja  [ ] nei       Ekstern prosessevaluering: [ ] ja  [X] nei", 9.5)
    p.y += 10
    p.text("Ungdomsloset skal følgje ungdom som fell ut av vidaregåande skule i Gloppen tilbake til skule eller arbeid.", 9.5)
    p.y += int(0.5 * dpi)
    p.text("Underskrifter", 11, True)
    p.y += int(0.7 * dpi)
    base = p.y
    for j, role in enumerate(["Nav-leiar", "Kommunedirektør"]):
        x = p.x0 + j * int(3.4 * dpi)
        if j == 1:
            p.ink("n12b", x, base - int(0.65 * dpi), 2.0)
        p.line(x, x + int(2.9 * dpi), base + int(0.2 * dpi))
        p.d.text((x, base + int(0.28 * dpi)), f"Stad/dato: {'' if j == 0 else 'Sandane, 27.01.2020'}", font=p.f(9.5), fill=0)
        p.d.text((x, base + int(0.52 * dpi)), f"{role}: {'' if j == 0 else 'Endre Kandal'}", font=p.f(9.5), fill=0)
    photograph([p], out, "n12", angle=-0.9, quality=60, shade=False)
    return truth("n12", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Gloppen", "Gloppen", org),
                 contact=("Synnøve Myklebust", "synnove.myklebust@nav.no", "57883800"),
                 project=("Ungdomsloset Gloppen", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("municipality", "Endre Kandal", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: the Nav-leiar line is empty (no ink, no name, no date); the kommunedirektør signed",
                        "grey 200 dpi scan rotated -0.9°, JPEG q60"])
