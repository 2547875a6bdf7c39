"""PDF documents of corpus 59 (pdf-text, pdf-acroform, pdf-scanned, pdf-pades, pdf-handwritten).
All Nynorsk. Each builder writes one file and returns its truth."""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit59 import S20, Page, ink_reader, orgnr, register_fonts, truth

W, H = A4
TITLE = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _boxed(p: Page, rows, label_w=170):
    """Label | value rows in drawn boxes, the label column shaded."""
    c = p.c
    for label, value in rows:
        c.setFillGray(0.92)
        c.rect(60, p.y - 5, label_w, 18, fill=1, stroke=1)
        c.setFillGray(0)
        c.rect(60 + label_w, p.y - 5, 475 - label_w, 18, fill=0, stroke=1)
        c.setFont(p.f, p.s - 1)
        c.drawString(64, p.y, label)
        c.setFont(p.f, p.s)
        c.drawString(66 + label_w, p.y, value)
        p.y -= 18
    p.y -= 12


# ---------------------------------------------------------------- nn10 pdf-text, Nav Seljord (clean: two position lines)
def nn10(out: Path):
    org = orgnr("97698912")
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Nav Seljord", bold=True, size=16)
    p.text(TITLE, bold=True, size=11, dy=26)
    p.text("Søkjar", bold=True)
    _boxed(p, [("Nav-kontor", "Nav Seljord"), ("Kommune", "Seljord"), ("Organisasjonsnummer", "976 989 120"),
               ("Kontaktperson", "Gunhild Kvitseid"), ("E-post", "gunhild.kvitseid@nav.no"), ("Telefon", "35 06 51 00")])
    p.text("Prosjekt", bold=True)
    _boxed(p, [("Prosjektnamn", "Tett på – Seljord"), ("Nytt / vidareføring", "Nytt"), ("Oppstart", "15. april 2020")])
    p.text("Stillingar og budsjett", bold=True)
    c = p.c
    cols = [60, 260, 340, 430, 535]
    rows = [("Stilling", "Prosent", "Løn og sos.", ""), ("Jobbspesialist", "100 %", "600 000", ""),
            ("Familiekoordinator", "100 %", "610 000", ""), ("Sum stillingar (to stillingar)", "200 %", "1 210 000", ""),
            ("Kompetanse", "", "10 000", ""), ("Samla søknadssum", "", "1 220 000", "")]
    for i, row in enumerate(rows):
        c.setFont(p.b if i in (0, 5) else p.f, p.s)
        for j in range(3):
            if j == 0:
                c.drawString(cols[j] + 4, p.y, row[j])
            else:
                c.drawRightString(cols[j + 1] - 6, p.y, row[j])
        c.line(60, p.y - 5, 535 - 105, p.y - 5)
        p.y -= 18
    p.y -= 12
    p.text("Prioriterte område", bold=True)
    p.text("[X] Bruk av ordinært arbeidsliv")
    p.text("[X] Oppfølging av barnefamiliar, ungdom og innvandrarar")
    p.text("[  ] Sikring av sårbare overgangar", dy=22)
    p.text("Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Nei", dy=30)
    p.text("Underskrift", bold=True)
    y = p.y - 50
    p.ink("nn10a", 60, y, 150, 40)
    p.ink("nn10b", 320, y, 150, 40)
    c.line(60, y - 4, 260, y - 4)
    c.line(320, y - 4, 520, y - 4)
    c.setFont(p.f, 9)
    for x, lines in [(60, ["Seljord, 17.01.2020", "Olav Nesland", "Nav-leiar"]),
                     (320, ["Seljord, 20.01.2020", "Bjørg Tveit", "kommunedirektør"])]:
        for k, s in enumerate(lines):
            c.drawString(x, y - 16 - 12 * k, s)
    p.save()
    return truth("nn10", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Seljord", "Seljord", org), contact=("Gunhild Kvitseid", "gunhild.kvitseid@nav.no", "35065100"),
                 project=("Tett på – Seljord", "new", "2020-04-15"), pct=200,
                 amounts={"positions": 1210000, "competence": 10000, "total": 1220000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Olav Nesland", "Nav-leiar", "2020-01-17", "handwritten"),
                       ("municipality", "Bjørg Tveit", "kommunedirektør", "2020-01-20", "handwritten")],
                 notes=["near-miss: two position lines (600 000 + 610 000) under 1 220 000 for 200 %; one line at the cap"])


# ---------------------------------------------------------------- nn11 pdf-text, Nav Sunndal (defect: signed after deadline)
def nn11(out: Path):
    org = orgnr("94401234")
    p = Page(str(out), "DVS", "DVSB", 10)
    p.c.setFillColorRGB(0.76, 0.07, 0.12)
    p.c.rect(0, H - 40, W, 40, fill=1, stroke=0)
    p.c.setFillGray(0)
    p.y = H - 70
    p.text(TITLE, bold=True, size=11, dy=24)
    for sec, rows in [("I. Søkjar", [("Nav-kontor:", "Nav Sunndal"), ("Kommune:", "Sunndal"), ("Org.nr.:", org),
                                      ("Kontaktperson:", "Tone Øye"), ("E-post:", "tone.oye@nav.no"),
                                      ("Telefon:", "71 69 90 00")]),
                      ("II. Prosjektet", [("Namn:", "Kvalifisert for arbeid"), ("Søknaden gjeld:", "Vidareføring (år 2)"),
                                          ("Oppstart:", "1. januar 2020"), ("Stilling:", "60 % stilling")]),
                      ("III. Økonomi", [("Løn og sosiale kostnader:", "350 000 kr"), ("Kompetanse:", "10 000 kr"),
                                        ("Sum søkt tilskot:", "360 000 kr")])]:
        p.text(sec, bold=True)
        for a, v in rows:
            p.pair(a, v, x2=240)
        p.y -= 6
    p.text("IV. Prioriterte område", bold=True)
    p.wrap("Prosjektet sikrar sårbare overgangar for deltakarar som kjem ut frå kriminalomsorga og frå "
           "rusbehandling, og som treng ein trygg veg vidare til bustad, arbeid eller utdanning.")
    p.y -= 6
    p.text("V. Nettverk og evaluering", bold=True)
    p.pair("Nettverk/klyngesamarbeid:", "Ja", x2=240)
    p.pair("Ekstern prosessevaluering:", "Ja", x2=240)
    p.y -= 10
    p.text("VI. Underskrift", bold=True)
    for seed, line1, line2 in [("nn11a", "Sunndalsøra, 30. januar 2020", "Kjell Ivar Hoel, Nav-leiar"),
                               ("nn11b", "Sunndalsøra, 3. februar 2020", "Marianne Fale, kommunedirektør")]:
        p.text(line1)
        p.ink(seed, 60, p.y - 30, 140, 38)
        p.y -= 40
        p.c.line(60, p.y + 14, 260, p.y + 14)
        p.text(line2, dy=24)
    p.save()
    return truth("nn11", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Sunndal", "Sunndal", org), contact=("Tone Øye", "tone.oye@nav.no", "71699000"),
                 project=("Kvalifisert for arbeid", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 350000, "competence": 10000, "total": 360000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Kjell Ivar Hoel", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Marianne Fale", "kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: kommunedirektør signed 3. februar 2020"])


# ---------------------------------------------------------------- acroform helper
def _acro(out: Path, heading, fields, boxes, vals, ticked, sigs):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, H - 55, heading)
    form = c.acroForm
    y = H - 90
    c.setFont("Helvetica", 9)
    for name, label in fields:
        c.drawString(50, y + 4, label)
        form.textfield(name=name, x=230, y=y, width=310, height=17, borderWidth=1, fontSize=9)
        y -= 23
    for name, label in boxes:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, label)
        y -= 19
    y -= 20
    for i, (seed, label) in enumerate(sigs):
        x = 50 + 260 * i
        c.drawString(x, y, label)
        c.drawImage(ink_reader(seed), x, y - 48, 140, 40, mask="auto")
        c.line(x, y - 50, x + 210, y - 50)
        form.textfield(name=f"namn{i}", x=x, y=y - 70, width=210, height=15, borderWidth=0, fontSize=9)
        form.textfield(name=f"dato{i}", x=x, y=y - 88, width=210, height=15, borderWidth=0, fontSize=9)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ticked:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


FIELDS = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
          ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Namn på prosjektet"),
          ("start", "Oppstartsdato"), ("stilling", "Stillingsprosent"), ("lon", "Løn og sosiale kostnader (kr)"),
          ("komp", "Kompetansemidlar (kr)"), ("sum", "Sum søkt tilskot (kr)")]
BOXES = [("ny", "Nytt prosjekt"), ("vf", "Vidareføring"), ("o1", "Bruk av ordinært arbeidsliv"),
         ("o2", "Oppfølging av barnefamiliar, ungdom og innvandrarar"), ("o3", "Sikring av sårbare overgangar"),
         ("nett", "Vi ønskjer å vere med i nettverk/klyngesamarbeid"), ("eval", "Vi ønskjer ekstern prosessevaluering")]


# ---------------------------------------------------------------- nn12 pdf-acroform, Nav Tokke (clean: 80 % at cap, +47)
def nn12(out: Path):
    org = orgnr("97102311")
    _acro(out, "Tilskot til sosiale tenester i Nav 2020 – utfyllbart søknadsskjema", FIELDS, BOXES,
          {"kontor": "Nav Tokke", "kommune": "Tokke", "orgnr": org, "kontakt": "Halvor Dalen",
           "epost": "halvor.dalen@nav.no", "tlf": "+47 35 07 50 00", "tittel": "Arbeidsvegen Tokke",
           "start": "01.02.2020", "stilling": "80 %", "lon": "488000", "komp": "0", "sum": "488000",
           "namn0": "Signe Momrak, Nav-leiar", "dato0": "Dalen, 31.01.2020",
           "namn1": "Aslak Brekke, rådmann", "dato1": "Dalen, 31.01.2020"},
          ("ny", "o1", "o3", "eval"), [("nn12a", "Underskrift Nav-leiar"), ("nn12b", "Underskrift rådmann/kommunedirektør")])
    return truth("nn12", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Tokke", "Tokke", org), contact=("Halvor Dalen", "halvor.dalen@nav.no", "35075000"),
                 project=("Arbeidsvegen Tokke", "new", "2020-02-01"), pct=80,
                 amounts={"positions": 488000, "competence": 0, "total": 488000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Signe Momrak", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Aslak Brekke", "rådmann", "2020-01-31", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000; competence field '0'; phone with +47; start on 1 February"])


# ---------------------------------------------------------------- nn13 pdf-acroform, Nav Lom (defect: sum mismatch)
def nn13(out: Path):
    org = orgnr("87321412")
    _acro(out, "Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", FIELDS, BOXES,
          {"kontor": "Nav Lom", "kommune": "Lom", "orgnr": org, "kontakt": "Brit Garmo",
           "epost": "brit.garmo@nav.no", "tlf": "61 21 73 00", "tittel": "Saman om ungdomen",
           "start": "01.03.2020", "stilling": "70", "lon": "400000", "komp": "8000", "sum": "418000",
           "namn0": "Knut Ole Sulheim", "dato0": "24.01.2020", "namn1": "Anne Marie Sandbu", "dato1": "27.01.2020"},
          ("ny", "o2", "nett", "eval"), [("nn13a", "Nav-leiar"), ("nn13b", "Kommunedirektør")])
    return truth("nn13", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Lom", "Lom", org), contact=("Brit Garmo", "brit.garmo@nav.no", "61217300"),
                 project=("Saman om ungdomen", "new", "2020-03-01"), pct=70,
                 amounts={"positions": 400000, "competence": 8000, "total": 418000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Knut Ole Sulheim", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Anne Marie Sandbu", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 400 000 + 8 000 = 408 000, the sum field says 418 000"])
