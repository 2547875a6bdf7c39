"""PDF documents of corpus 44 (pdf-text, pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades,
not-application). Each builder writes one file and returns its truth. The canvas helper and the
pyHanko signing mechanics are corpus 38's."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit44 import S20, ink_reader, near_miss, register_fonts, truth
from pdf38 import Page, _self_signed, _sign

W, H = A4


def boxed(p: Page, rows, label_w=170, h=20, fill=(0.93, 0.93, 0.93)):
    """Rows of 'label | value' in ruled boxes with a grey label column."""
    c = p.c
    for label, value in rows:
        c.setFillColorRGB(*fill)
        c.rect(50, p.y - 6, label_w, h, stroke=1, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(50 + label_w, p.y - 6, W - 100 - label_w, h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(p.f, p.s - 1)
        c.drawString(55, p.y, label)
        c.setFont(p.f, p.s)
        c.drawString(55 + label_w, p.y, value)
        p.y -= h


# ---------------------------------------------------------------- o09 pdf-text nn, three positions over cap, e-approval
def o09(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Statsforvaltaren i Vestland – tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=11)
    p.text("Søknadsskjema (felt 1–14)", dy=24)
    boxed(p, [("1  Nav-kontor", "Nav Kinn"), ("2  Kommune", "Kinn"), ("3  Org.nr.", "982377595"),
              ("4  Kontaktperson", "Eirik Solheim"), ("5  E-post", "eirik.solheim@nav.no"),
              ("6  Telefon", "57 75 62 00"), ("7  Prosjektnamn", "Vegen vidare i Kinn"),
              ("8  Ny / vidareføring", "Ny"), ("9  Oppstart", "1.4.2020")])
    p.y -= 12
    p.text("10  Stillingar og budsjett", bold=True)
    c = p.c
    cols = [55, 260, 360, 460]
    y0 = p.y + 12
    for row in [("Stilling", "Stillingsdel", "Kroner", ""), ("Jobbspesialist", "50 %", "310 000", ""),
                ("Busetjingsrettleiar", "50 %", "300 000", ""), ("Ungdomskontakt", "20 %", "130 000", ""),
                ("Sum stillingar", "120 %", "740 000", ""), ("Kompetansemidlar", "", "10 000", ""),
                ("Totalt", "", "750 000", "")]:
        c.line(50, y0, 440, y0)
        c.setFont(p.b if row[0] in ("Stilling", "Sum stillingar", "Totalt") else p.f, 10)
        for x, s in zip(cols, row[:3]):
            c.drawString(x, y0 - 13, s)
        y0 -= 18
    c.line(50, y0, 440, y0)
    p.y = y0 - 20
    p.text("11  Prioriterte område", bold=True)
    for s in ["[X] Bruk av ordinært arbeidsliv", "[X] Oppfølging av barnefamiliar, ungdom og innvandrarar",
              "[  ] Sikring av sårbare overgangar"]:
        p.text(s, x=70)
    p.text("12  Nettverk/klyngesamarbeid: Ja", bold=False)
    p.text("13  Ekstern prosessevaluering: Ja")
    p.y -= 8
    p.text("14  Godkjenning", bold=True)
    p.text("Dokumentet er godkjent elektronisk og har difor ikkje handskrivne signaturar.")
    p.text("Godkjend av Solfrid Myklebust, Nav-leiar, 24.01.2020")
    p.text("Godkjend av Kristian Sveen, kommunedirektør, 27.01.2020")
    p.save()
    return truth("o09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Kinn", "Kinn", "982377595"), contact=("Eirik Solheim", "eirik.solheim@nav.no", "57756200"),
                 project=("Vegen vidare i Kinn", "new", "2020-04-01"), pct=120,
                 amounts={"positions": 740000, "competence": 10000, "total": 750000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Solfrid Myklebust", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Kristian Sveen", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: three positions 50 + 50 + 20 = 120 %, 740 000 > 732 000 (610 000 × 1,2)",
                        "Nynorsk electronic approval, 'Godkjend av NAME, TITLE, DATE' lines"])


# ---------------------------------------------------------------- o10 pdf-text nb, Oslo district, several near-misses
def o10(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.c.setFont("LSB", 16)
    p.c.drawString(50, H - 55, "Oslo kommune")
    p.c.setFont("LS", 10)
    p.c.drawString(50, H - 70, "Bydel Alna / NAV Alna")
    p.y = H - 110
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – søknadsåret 2020", bold=True,
           size=11, dy=24)
    for a, v in [("Søker", "NAV Alna, bydel Alna, Oslo kommune"), ("Organisasjonsnummer", "998 845 939"),
                 ("Kontaktperson", "Berit Aas, mobil 917 44 210"), ("Prosjekt", "Alna-løftet"),
                 ("Søknadstype", "Videreføring – 3. og siste år"), ("Prosjektstart", "01.01.2020"),
                 ("Stillingsressurs", "80 % stilling som losfunksjon"),
                 ("Lønn og sosiale kostnader", "kr 488 000"), ("Sum omsøkt", "kr 488 000")]:
        p.c.setFont("LSB", 10)
        p.c.drawString(50, p.y, a)
        p.c.setFont("LS", 10)
        p.c.drawString(200, p.y, v)
        p.y -= 17
    p.y -= 8
    p.text("Prioritert område", bold=True)
    p.wrap("Sikring av sårbare overganger: losen møter innsatte ved Oslo fengsel før løslatelse og følger dem opp "
           "med bolig, inntekt og arbeid de første månedene ute.", 100)
    p.text("Kompetansemidler: ikke søkt.")
    p.text("Ønsker nettverk/klyngesamarbeid: Ja.   Ønsker ekstern prosessevaluering: Nei.")
    p.y -= 20
    y = p.y
    c = p.c
    c.drawString(50, y, "Oslo, 29.01.2020")
    c.drawString(310, y, "Oslo, 01.02.2020")
    c.drawImage(ink_reader("o10a"), 50, y - 55, 150, 42, mask="auto")
    c.drawImage(ink_reader("o10b"), 310, y - 55, 150, 42, mask="auto")
    c.line(50, y - 58, 260, y - 58)
    c.line(310, y - 58, 520, y - 58)
    c.drawString(50, y - 72, "Jon Arne Thorsen, NAV-leder")
    c.drawString(310, y - 72, "Hanne Lunde, bydelsdirektør")
    p.save()
    return truth("o10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Alna", "Oslo", "998845939"), contact=("Berit Aas", None, "91744210"),
                 project=("Alna-løftet", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": None, "total": 488000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Jon Arne Thorsen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Hanne Lunde", "Bydelsdirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000; third (last allowed) year; phone-only contact; "
                        "bydelsdirektør signs ON the deadline day 01.02.2020",
                        "competence 'ikke søkt' → null; Oslo district: municipality Oslo"])


# ---------------------------------------------------------------- o11 pdf-text nb, inter-municipal, municipal blocks empty
def o11(out: Path):
    p = Page(str(out), "DV", "DVB", 9.5)
    p.text("NAV Hadeland – Gran og Lunner", bold=True, size=13)
    p.text("Søknad: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret, 2020", bold=True, dy=22)
    for a, v in [("Nav-kontor:", "NAV Hadeland (vertskommune Gran)"), ("Kommune:", "Gran"),
                 ("Org.nr.:", "961 551 390"), ("Kontakt:", "Tone Grinaker · tone.grinaker@nav.no · 61 33 84 00"),
                 ("Prosjektnavn:", "Hadeland i arbeid"), ("Nytt/videreført:", "Nytt"), ("Oppstart:", "mars 2020"),
                 ("Stillinger:", "2 årsverk"), ("Lønn og sosiale kostnader:", "1 180 000 kr"),
                 ("Kompetanse:", "10 000 kr"), ("Sum:", "1 190 000 kr")]:
        p.pair(a, v, x2=210)
    p.y -= 8
    p.text("Prioriterte områder:", bold=True)
    for s in ("■ Bruk av ordinært arbeidsliv", "□ Oppfølging av barnefamilier, ungdom og innvandrere",
              "■ Sikring av sårbare overganger"):
        p.text(s, x=60)
    p.text("Nettverk/klyngesamarbeid: Nei     Ekstern prosessevaluering: Ja")
    p.y -= 10
    p.text("Signaturer", bold=True, dy=26)
    c = p.c
    blocks = [("Leder NAV Hadeland", "Gran, 23.01.2020", "o11a", "Stig Hval"),
              ("For Gran kommune (vertskommune) – kommunedirektør", None, None, None),
              ("For Lunner kommune – kommunedirektør", None, None, None)]
    for head, date, seed, name in blocks:
        y = p.y
        c.setFont("DVB", 9.5)
        c.drawString(60, y, head)
        c.setFont("DV", 9.5)
        c.drawString(60, y - 16, "Sted/dato: " + (date or "______________________"))
        if seed:
            c.drawImage(ink_reader(seed), 300, y - 40, 140, 40, mask="auto")
        c.line(300, y - 42, 520, y - 42)
        c.drawString(300, y - 54, "Underskrift" + (f" – {name}" if name else ""))
        p.y -= 78
    p.save()
    return truth("o11", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Hadeland", "Gran", "961551390"),
                 contact=("Tone Grinaker", "tone.grinaker@nav.no", "61338400"),
                 project=("Hadeland i arbeid", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 10000, "total": 1190000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Stig Hval", "Leder NAV Hadeland", "2020-01-23", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: both municipal blocks (host Gran, Lunner) are printed but empty: no name, no ink",
                        "'2 årsverk' = 200 %; contact with middle dots"])


# ---------------------------------------------------------------- o12 pdf-acroform nb, percentage field empty
def o12(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 55, "NAV – søknad om tilskudd 2020")
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 70, "Utvikling av sosiale tjenester i NAV-kontoret. Skjemaet kan fylles ut elektronisk.")
    form = c.acroForm
    grid = [[("kontor", "Navn på NAV-kontor"), ("kommune", "Kommune")],
            [("orgnr", "Organisasjonsnummer"), ("kontakt", "Kontaktperson")],
            [("epost", "E-postadresse"), ("tlf", "Telefonnummer")],
            [("tittel", "Prosjektnavn"), ("start", "Ønsket oppstart (dd.mm.åååå)")],
            [("stilling", "Antall stillinger / stillingsprosent"), ("lonn", "Lønn og sosiale utgifter (kr)")],
            [("komp", "Kompetansemidler (kr)"), ("sum", "Totalt omsøkt (kr)")]]
    y = H - 110
    for row in grid:
        for i, (name, label) in enumerate(row):
            x = 50 + i * 255
            c.setFont("Helvetica", 8)
            c.drawString(x, y + 22, label)
            form.textfield(name=name, x=x, y=y, width=240, height=18, borderWidth=1, fontSize=10)
        y -= 44
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y + 10, "Kryss av")
    y -= 10
    boxes = [("ny", "Nytt prosjekt"), ("vf", "Videreføring"), ("pa", "Bruk av ordinært arbeidsliv"),
             ("pb", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("pc", "Sikring av sårbare overganger"),
             ("nett", "Vi ønsker å delta i nettverk/klyngesamarbeid"),
             ("eval", "Vi ønsker ekstern prosessevaluering")]
    c.setFont("Helvetica", 10)
    for name, label in boxes:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, label)
        y -= 18
    y -= 16
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Underskrifter")
    y -= 16
    for i, (role, seed) in enumerate([("Nav-leder", "o12a"), ("Kommunedirektør", "o12b")]):
        x = 50 + i * 255
        c.drawImage(ink_reader(seed), x, y - 44, 140, 40, mask="auto")
        c.line(x, y - 46, x + 230, y - 46)
        c.setFont("Helvetica", 8)
        c.drawString(x, y - 56, f"{role} (navn)")
        c.drawString(x + 150, y - 56, "Dato")
        form.textfield(name=f"sn{i}", x=x, y=y - 80, width=140, height=16, borderWidth=1, fontSize=9)
        form.textfield(name=f"sd{i}", x=x + 150, y=y - 80, width=80, height=16, borderWidth=1, fontSize=9)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = {"kontor": "NAV Notodden", "kommune": "Notodden", "orgnr": "906 097 125", "kontakt": "Lars Holtan",
            "epost": "lars.holtan@nav.no", "tlf": "35 01 66 00", "tittel": "Notodden jobbløft", "start": "01.05.2020",
            "stilling": "", "lonn": "560 000", "komp": "10 000", "sum": "570 000",
            "sn0": "Marianne Skoe", "sd0": "21.01.2020", "sn1": "Ivar Kåsa", "sd1": "24.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ("ny", "pa", "nett"):
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("o12", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Notodden", "Notodden", "906097125"),
                 contact=("Lars Holtan", "lars.holtan@nav.no", "35016600"),
                 project=("Notodden jobbløft", "new", "2020-05-01"), pct=None,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Marianne Skoe", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Ivar Kåsa", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["defect: the field 'Antall stillinger / stillingsprosent' is empty; no percentage elsewhere",
                        "two-column grid of fields with labels ABOVE; eval box unticked → false"])
