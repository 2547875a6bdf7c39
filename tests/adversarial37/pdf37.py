"""PDF documents of corpus 37: reportlab forms, a web-form printout, AcroForm, LibreOffice, scan, PAdES."""
from __future__ import annotations

import io
import random
import tempfile
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from kit37 import font, ink_png, pin_pdf, soffice_pdf, truth
import word37 as W

PW, PH = A4


def new_canvas(out, title, producer="ReportLab PDF Library"):
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator(producer)
    return c


def ink_at(c, seed, x, y, w=140, h=38):
    c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")


def wrap(c, text, x, y, fnt, size, width, lead=None):
    """Draw text wrapped at ``width``; return the next y."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lead = lead or size * 1.35
    c.setFont(fnt, size)
    line = ""
    for word in text.split():
        cand = (line + " " + word).strip()
        if stringWidth(cand, fnt, size) > width and line:
            c.drawString(x, y, line)
            y -= lead
            line = word
        else:
            line = cand
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


# ---- z08 pdf-text nb: printout of a web form (URL header/footer, "1/3") -------------------------

def z08(out: Path):
    R, B = font("LibSans"), font("LibSans-Bold")
    sym = font("DejaVuSans")
    url = "https://skjema.fylkesmannen.no/tf/tilskudd-sosiale-tjenester/innsending/kvittering?ref=TF-2020-00481"
    c = new_canvas(out, "Kvittering – Søknad om tilskudd", "Chrome 79 / Skia/PDF m79")
    pages = []

    def frame(n):
        c.setFont(R, 7.5)
        c.drawString(28, PH - 20, "27.01.2020 14:32")
        c.drawCentredString(PW / 2, PH - 20, "Kvittering – Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret")
        c.drawString(28, 18, url)
        c.drawRightString(PW - 28, 18, f"{n}/3")

    def field(y, label, value):
        c.setFont(R, 8.5)
        c.setFillColor(HexColor("#555555"))
        c.drawString(60, y, label)
        c.setFillColor(black)
        c.setStrokeColor(HexColor("#BBBBBB"))
        c.rect(60, y - 22, PW - 120, 16, stroke=1, fill=0)
        c.setFont(R, 10)
        c.drawString(65, y - 17, value)
        return y - 38

    def section(y, title):
        c.setFillColor(HexColor("#1A3D6D"))
        c.rect(60, y - 4, PW - 120, 18, stroke=0, fill=1)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont(B, 11)
        c.drawString(66, y + 1, title)
        c.setFillColor(black)
        return y - 30

    frame(1)
    c.setFont(B, 15)
    c.drawString(60, PH - 70, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont(R, 9)
    c.drawString(60, PH - 86, "Fylkesmannen i Troms og Finnmark · Referanse TF-2020-00481 · Innsendt 27.01.2020 kl. 14:31")
    y = section(PH - 120, "1 Søker")
    for lab, val in (("Navn på Nav-kontoret", "Nav Senja"), ("Kommune", "Senja"), ("Organisasjonsnummer", "934384903"),
                     ("Kontaktperson", "Ola Mikkelsen"), ("E-postadresse", "ola.mikkelsen@nav.no"),
                     ("Telefonnummer", "77 87 21 40")):
        y = field(y, lab, val)
    y = section(y, "2 Prosjektet")
    for lab, val in (("Prosjektets navn", "Senjamodellen – jobb først"), ("Nytt prosjekt eller videreføring?", "Nytt prosjekt"),
                     ("Når starter prosjektet? (dd.mm.åååå)", "01.05.2020")):
        y = field(y, lab, val)
    c.showPage()
    frame(2)
    y = section(PH - 60, "3 Stillinger og budsjett")
    c.setFont(B, 9)
    cols = (66, 300, 400)
    for x, h in zip(cols, ("Stilling", "Stillingsprosent", "Lønn og sosiale kostnader")):
        c.drawString(x, y, h)
    c.setFont(R, 10)
    y -= 18
    for row in (("Jobbspesialist", "100", "600 000"), ("Miljøarbeider", "50", "300 000")):
        for x, v in zip(cols, row):
            c.drawString(x, y, v)
        y -= 16
    y -= 10
    for lab, val in (("Sum lønn og sosiale kostnader (kr)", "900 000"), ("Kompetansemidler (kr)", "10 000"),
                     ("Totalt beløp det søkes om (kr)", "910 000")):
        y = field(y, lab, val)
    y = section(y, "4 Prioriterte områder")
    for i, (_, lab) in enumerate(W.AREAS20):
        c.setFont(sym, 11)
        c.drawString(66, y, "☑" if i in (0, 2) else "☐")
        c.setFont(R, 10)
        c.drawString(84, y, lab)
        y -= 18
    y = section(y - 6, "5 Samarbeid og evaluering")
    for lab, val in (("Er kontoret interessert i nettverk/klyngesamarbeid?", "Ja"),
                     ("Er kontoret interessert i ekstern prosessevaluering?", "Ja")):
        y = field(y, lab, val)
    c.showPage()
    frame(3)
    y = section(PH - 60, "6 Forankring og godkjenning")
    y = wrap(c, "Søknaden er elektronisk godkjent av leder for Nav-kontoret og kommunedirektøren i Senja kommune. "
                "Den har derfor ingen håndskrevne underskrifter.", 66, y, R, 10, PW - 140)
    y -= 8
    for lab, val in (("Godkjent av leder for Nav-kontoret", "Tone Pedersen, Nav-leder – 24.01.2020"),
                     ("Godkjent av kommunens ledelse", "Bjørn Helge Lie, kommunedirektør – 27.01.2020")):
        y = field(y, lab, val)
    c.save()
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Senja", "Senja", "934384903"),
                 contact=("Ola Mikkelsen", "ola.mikkelsen@nav.no", "77872140"),
                 project=("Senjamodellen – jobb først", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Tone Pedersen", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Bjørn Helge Lie", "kommunedirektør", "2020-01-27", "electronic_approval")])


# ---- z09 pdf-text nn: budget by quarter with "Lønsmidlar" and "Drift" columns ------------------

def z09(out: Path):
    R, B = font("DejaVuSerif"), font("DejaVuSerif-Bold")
    c = new_canvas(out, "Søknad Nav Askvoll 2020")
    c.setFont(B, 14)
    c.drawString(56, PH - 64, "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    c.setFont(R, 9)
    c.drawString(56, PH - 80, "Sendast Fylkesmannen i Vestland innan 1. februar 2020")
    y = PH - 115
    rows = (("Søkjar", "Nav Askvoll"), ("Kommune", "Askvoll"), ("Org.nr.", "944 372 342"),
            ("Kontaktperson", "Randi Myklebust"), ("E-post", "randi.myklebust@nav.no"), ("Mobil", "922 40 813"),
            ("Prosjekt", "Los til arbeid"), ("Type", "Vidareføring – 3. år (2018–2020)"),
            ("Oppstart dette året", "1. januar 2020"), ("Stilling", "Ei stilling (100 %) som arbeidslos"))
    for lab, val in rows:
        c.setFont(B, 10)
        c.drawString(56, y, lab)
        c.setFont(R, 10)
        c.drawString(200, y, val)
        c.setStrokeColor(HexColor("#CCCCCC"))
        c.line(56, y - 5, PW - 56, y - 5)
        y -= 21
    y -= 12
    c.setFont(B, 11)
    c.drawString(56, y, "Budsjett 2020 fordelt på kvartal (kr)")
    y -= 20
    cols = (56, 190, 300, 410)
    c.setFont(B, 9.5)
    for x, h in zip(cols, ("Kvartal", "Lønsmidlar", "Drift", "Sum")):
        c.drawString(x, y, h)
    c.setFont(R, 9.5)
    for q in ("1. kvartal", "2. kvartal", "3. kvartal", "4. kvartal"):
        y -= 16
        for x, v in zip(cols, (q, "150 000", "–", "150 000")):
            c.drawString(x, y, v)
    y -= 18
    c.setFont(B, 9.5)
    for x, v in zip(cols, ("Sum", "600 000", "–", "600 000")):
        c.drawString(x, y, v)
    y -= 26
    c.setFont(R, 10)
    c.drawString(56, y, "Kompetansemidlar (kurs og rettleiing): 10 000 kr")
    y -= 16
    c.setFont(B, 10)
    c.drawString(56, y, "Samla søknadssum: 610 000 kr")
    y -= 30
    c.setFont(B, 11)
    c.drawString(56, y, "Prioriterte område og interesse")
    y -= 18
    c.setFont(R, 10)
    for line in ("[X] Bruk av ordinært arbeidsliv", "[  ] Oppfølging av barnefamiliar, ungdom og innvandrarar",
                 "[  ] Sikring av sårbare overgangar", "Nettverk/klyngesamarbeid: Ja",
                 "Ekstern prosessevaluering: Nei"):
        c.drawString(64, y, line)
        y -= 15
    y -= 30
    for x, seed, place, name, title in ((56, 901, "Askvoll, 20.01.2020", "Per Kåre Fure", "Nav-leiar"),
                                        (320, 902, "Askvoll, 22.01.2020", "Marit Vie", "kommunedirektør")):
        c.setFont(R, 9)
        c.drawString(x, y, "Stad/dato: " + place)
        ink_at(c, seed, x, y - 52)
        c.line(x, y - 56, x + 200, y - 56)
        c.setFont(R, 10)
        c.drawString(x, y - 70, name)
        c.drawString(x, y - 84, title)
    c.save()
    return truth("z09", "pdf", "pdf-text", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Askvoll", "Askvoll", "944372342"),
                 contact=("Randi Myklebust", "randi.myklebust@nav.no", "92240813"),
                 project=("Los til arbeid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Per Kåre Fure", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Marit Vie", "kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["Drift column is '–' in every quarter: no other costs (other = null)",
                        "third year of a continuation: within the three-year limit"])


# ---- z10 pdf-text nb 2018: answers in dark red, ISO dates; planted invalid org number ---------

def z10(out: Path):
    R, B, I = font("LibSans"), font("LibSans-Bold"), font("LibSans-Italic")
    red = HexColor("#8B1A1A")
    c = new_canvas(out, "Søknad NAV Nordreisa 2018")
    c.setFont(B, 13)
    c.drawString(50, PH - 60, "NAV Nordreisa – søknad om tilskudd til sosiale tjenester i NAV 2018")
    c.setFont(R, 9)
    c.drawString(50, PH - 75, "Til Fylkesmannen i Troms, frist 1. februar 2018. Svar er skrevet i rødt.")
    y = PH - 110
    for lab, val in (("Søker", "NAV Nordreisa"), ("Kommune", "Nordreisa kommune"), ("Org.nr.", "938470929"),
                     ("Kontaktperson", "Hanne Johansen, veileder"), ("E-post", "hanne.johansen@nav.no"),
                     ("Tlf.", "90 12 77 45"), ("Prosjektets navn", "Ungdomsløftet Nord-Troms"),
                     ("Nytt/videreføring", "Nytt"), ("Oppstart", "2018-04-01"),
                     ("Stillingsressurs", "50 % stilling"), ("Lønn og sosiale kostnader", "290 000 kr"),
                     ("Søknadsbeløp totalt", "290 000 kr")):
        c.setFont(B, 10)
        c.drawString(50, y, lab + ":")
        c.setFont(I, 10.5)
        c.setFillColor(red)
        c.drawString(210, y, val)
        c.setFillColor(black)
        y -= 19
    y -= 12
    c.setFont(B, 10.5)
    c.drawString(50, y, "Prioriterte områder (kryss av):")
    y -= 17
    areas = (("Bruk av ordinært arbeidsliv", False), ("Ungdom og innvandrere", True),
             ("Tiltak begrunnet i tilsyn", False), ("Barneperspektivet", False),
             ("Overganger mellom tjenester, skole og arbeidsliv", True))
    for lab, on in areas:
        c.rect(58, y - 2, 9, 9)
        if on:
            c.setStrokeColor(red)
            c.setLineWidth(1.6)
            c.line(59, y + 3, 62, y)
            c.line(62, y, 67, y + 8)
            c.setStrokeColor(black)
            c.setLineWidth(1)
        c.setFont(R, 10)
        c.drawString(74, y, lab)
        y -= 16
    y -= 10
    y = wrap(c, "Prosjektet skal følge opp ungdom som går fra videregående skole til arbeid, og unge innvandrere "
                "etter introduksjonsprogrammet. Kompetansetiltak dekkes av NAV-kontorets eget budsjett.",
             50, y, R, 10, PW - 100)
    y -= 30
    for seed, who, dato in ((1001, "Godkjent av: Svein Olsen, leder NAV Nordreisa", "2018-01-26"),
                            (1002, "Godkjent av: Anne Marie Karlsen, rådmann", "2018-01-29")):
        ink_at(c, seed, 60, y - 4)
        c.line(50, y - 8, 330, y - 8)
        c.setFont(R, 10)
        c.drawString(50, y - 22, who)
        c.drawString(360, y - 22, "Dato: " + dato)
        y -= 80
    c.save()
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Nordreisa", "Nordreisa", "938470929"),
                 contact=("Hanne Johansen", "hanne.johansen@nav.no", "90127745"),
                 project=("Ungdomsløftet Nord-Troms", "new", "2018-04-01"), pct=50,
                 amounts={"positions": 290000, "competence": None, "total": 290000},
                 prio=["ungdom-innvandrere", "overganger"], interest=(None, None),
                 sigs=[("nav_leader", "Svein Olsen", "leder NAV Nordreisa", "2018-01-26", "handwritten"),
                       ("municipality", "Anne Marie Karlsen", "rådmann", "2018-01-29", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["planted: 938470929 fails MOD11 (valid would end in 8)", "2018 form: no interest questions"])


# ---- z11 pdf-acroform nb: fields filled by pypdf, ink over the lines ----------------------------

def z11(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    R, B = "Helvetica", "Helvetica-Bold"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(B, 13)
    c.drawString(50, PH - 55, "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont(R, 8.5)
    c.drawString(50, PH - 70, "Fyllbart skjema. Lagre og send til Fylkesmannen i Oslo og Viken innen 1. februar 2020.")
    form = c.acroForm
    fields = [("kontor", "Søkerkontor"), ("kommune", "Kommune"), ("orgnr", "Org.nummer"), ("kontakt", "Kontaktperson"),
              ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjekt (navn)"), ("type", "Nytt / videreføring"),
              ("start", "Startdato"), ("stilling", "Stilling og prosent"), ("lonn", "Lønn + sosiale kostn. (kr)"),
              ("komp", "Kompetansemidler (kr)"), ("sum", "Sum søknad (kr)")]
    y = PH - 105
    for name, lab in fields:
        c.setFont(R, 9.5)
        c.drawString(50, y + 4, lab)
        form.textfield(name=name, x=200, y=y, width=340, height=17, borderWidth=0.6, fontSize=10, fontName="Helvetica")
        y -= 25
    y -= 8
    c.setFont(B, 10)
    c.drawString(50, y, "Prioriterte områder")
    y -= 20
    for i, (_, lab) in enumerate(W.AREAS20):
        form.checkbox(name=f"omr{i + 1}", x=52, y=y - 2, size=11, buttonStyle="cross", checked=False)
        c.setFont(R, 9.5)
        c.drawString(70, y, lab)
        y -= 18
    y -= 6
    for name, lab in (("nettverk", "Interessert i nettverk/klyngesamarbeid"), ("evaluering", "Interessert i ekstern prosessevaluering")):
        form.checkbox(name=name, x=52, y=y - 2, size=11, buttonStyle="cross", checked=False)
        c.setFont(R, 9.5)
        c.drawString(70, y, lab)
        y -= 18
    y -= 24
    c.setFont(B, 10)
    c.drawString(50, y, "Underskrifter")
    y -= 60
    for x, who, fn, fd in ((50, "Nav-leder", "sign1_navn", "sign1_dato"), (310, "Kommunedirektør", "sign2_navn", "sign2_dato")):
        c.line(x, y, x + 220, y)
        c.setFont(R, 8.5)
        c.drawString(x, y - 11, f"Underskrift {who.lower()}")
        c.drawString(x, y - 32, "Navn:")
        form.textfield(name=fn, x=x + 40, y=y - 37, width=180, height=15, borderWidth=0.5, fontSize=9.5)
        c.drawString(x, y - 52, "Dato:")
        form.textfield(name=fd, x=x + 40, y=y - 57, width=180, height=15, borderWidth=0.5, fontSize=9.5)
    sig_y = y
    c.save()
    values = {"kontor": "Nav Rakkestad", "kommune": "Rakkestad", "orgnr": "990771804", "kontakt": "Nina Bråten",
              "epost": "nina.braten@nav.no", "tlf": "69 22 61 70", "tittel": "Jobbvennen", "type": "Ny",
              "start": "15.04.2020", "stilling": "Jobbveileder 100 %", "lonn": "610000", "komp": "", "sum": "610000",
              "sign1_navn": "Geir Lunde", "sign1_dato": "30.01.2020", "sign2_navn": "Elin Tveter", "sign2_dato": "31.01.2020"}
    checks = {"omr1": True, "omr2": True, "omr3": False, "nettverk": False, "evaluering": True}
    r = PdfReader(buf)
    w = PdfWriter(clone_from=r)
    w.update_page_form_field_values(w.pages[0], values, auto_regenerate=False)
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        nm = a.get("/T")
        if nm in checks:
            v = NameObject("/Yes") if checks[nm] else NameObject("/Off")
            a[NameObject("/V")] = v
            a[NameObject("/AS")] = v
    w.set_need_appearances_writer(True)
    ov = io.BytesIO()
    oc = canvas.Canvas(ov, pagesize=A4, invariant=1)
    ink_at(oc, 1101, 60, sig_y + 2)
    ink_at(oc, 1102, 320, sig_y + 2)
    oc.save()
    w.pages[0].merge_page(PdfReader(ov).pages[0])
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknadsskjema 2020"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Rakkestad", "Rakkestad", "990771804"),
                 contact=("Nina Bråten", "nina.braten@nav.no", "69226170"),
                 project=("Jobbvennen", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 610000, "competence": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Geir Lunde", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Elin Tveter", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["network box unticked: read as false (the form asks by a single box)"])


# ---- z12 pdf-from-office nb: answers in blue italics, two full positions -----------------------

def z12(out: Path):
    from docx.shared import Pt
    doc = W.base("Verdana", 9.5)
    doc.add_heading("Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020", level=1)
    doc.add_paragraph("Svarene er skrevet i blå kursiv.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    blue = "2E5C9A"
    for lab, val in (("Hvilket Nav-kontor søker?", "Nav Bærum"), ("Hvilken kommune?", "Bærum"),
                     ("Organisasjonsnummer?", "943 172 552"), ("Hvem er kontaktperson?", "Andreas Hegge"),
                     ("E-post?", "andreas.hegge@nav.no"), ("Telefon?", "959 30 118"),
                     ("Hva heter prosjektet?", "Inn i jobb – sammen med familien"),
                     ("Nytt prosjekt eller videreføring?", "Nytt"), ("Når starter prosjektet?", "1. mars 2020"),
                     ("Hvilke stillinger søkes det om?", "To stillinger à 100 %: familiekoordinator og jobbspesialist"),
                     ("Lønn og sosiale kostnader?", "kr 1 200 000"), ("Kompetansemidler?", "kr 10 000"),
                     ("Totalt omsøkt beløp?", "kr 1 210 000")):
        cs = t.add_row().cells
        W.put(cs[0], lab, bold=True)
        W.put(cs[1], val, italic=True, colour=blue)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Hvilke prioriterte områder dekker prosjektet? (marker med X)").bold = True
    a = doc.add_table(rows=0, cols=2)
    a.style = "Table Grid"
    for i, (_, lab) in enumerate(W.AREAS20):
        cs = a.add_row().cells
        W.put(cs[0], lab)
        W.put(cs[1], "X" if i in (1,) else "", italic=True, colour=blue)
    doc.add_paragraph()
    for q, ans in (("Ønsker dere å delta i nettverk/klyngesamarbeid?", "Ja"),
                   ("Ønsker dere ekstern prosessevaluering?", "Ja")):
        p = doc.add_paragraph()
        p.add_run(q + " ").bold = True
        r = p.add_run(ans)
        r.italic = True
        from docx.shared import RGBColor
        r.font.color.rgb = RGBColor.from_string(blue)
    doc.add_paragraph()
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for cell, seed, name, title, date in ((s.rows[0].cells[0], 1201, "Siri Haugland", "Nav-leder", "Sandvika, 23.01.2020"),
                                              (s.rows[0].cells[1], 1202, "Erik Kjeldstadli", "Kommunedirektør", "Sandvika, 24.01.2020")):
            W.put(cell, "Sted/dato: " + date)
            W.ink(cell, seed, tmp, 4.0)
            W.put(cell, name + ", " + title)
        src = tmp / "z12.docx"
        W.save_docx(doc, src)
        soffice_pdf(src, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Bærum", "Bærum", "943172552"),
                 contact=("Andreas Hegge", "andreas.hegge@nav.no", "95930118"),
                 project=("Inn i jobb – sammen med familien", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Siri Haugland", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Erik Kjeldstadli", "Kommunedirektør", "2020-01-24", "handwritten")])


# ---- z13 pdf-from-office nn: a letter; planted amount over the cap ------------------------------

def z13(out: Path):
    doc = W.base("Liberation Serif", 12)
    doc.add_paragraph("Nav Fjaler\nPostboks 64, 6961 Dale i Sunnfjord")
    doc.add_paragraph("Fylkesmannen i Vestland\nNjøsavegen 2\n6863 Leikanger")
    doc.add_paragraph("Dale, 30.01.2020")
    doc.add_paragraph().add_run("Søknad om tilskot – «Kvardagsmeistring i Fjaler»").bold = True
    for s in (
        "Nav Fjaler søkjer om tilskot til utvikling av sosiale tenester i Nav for 2020. Organisasjonsnummeret vårt "
        "er 901 219 281. Prosjektet «Kvardagsmeistring i Fjaler» er nytt og tek til 1. mai 2020.",
        "Prosjektet skal sikre at unge som går frå vidaregåande skule, institusjon eller barnevern til eit vaksent liv, "
        "ikkje fell mellom tenestene. Målet er ein samanhengande plan for kvar deltakar.",
        "Vi søkjer om ei halv stilling (50 %) som overgangskoordinator. Løn og sosiale kostnader er rekna til "
        "330 000 kroner, og det er heile søknadssummen. Vi søkjer ikkje om kompetansemidlar.",
        "Nav Fjaler vil gjerne vere med i nettverk eller klyngesamarbeid, og vi ønskjer ekstern prosessevaluering.",
        "Kontaktperson: Liv Hatlem, liv.hatlem@nav.no, 915 77 206.",
    ):
        doc.add_paragraph(s)
    doc.add_paragraph("Helsing")
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for seed, name, title in ((1301, "Terje Ullebø", "Nav-leiar"), (1302, "Heidi Kvåle", "kommunedirektør i Fjaler")):
            W.ink(doc.add_paragraph(), seed, tmp, 4.0)
            doc.add_paragraph(f"{name}\n{title}")
        src = tmp / "z13.docx"
        W.save_docx(doc, src)
        soffice_pdf(src, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Fjaler", "Fjaler", "901219281"),
                 contact=("Liv Hatlem", "liv.hatlem@nav.no", "91577206"),
                 project=("Kvardagsmeistring i Fjaler", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 330000, "competence": None, "total": 330000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Terje Ullebø", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Heidi Kvåle", "kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["planted: 330 000 for 50 % (cap 305 000)",
                                                      "municipality: 'Fjaler' from the office and the signer's title"])


# ---- z14 pdf-handwritten nb: "Godkjent av:" lines with ink above, ISO dates -------------------

def z14(out: Path):
    R, B = font("DejaVuSans"), font("DejaVuSans-Bold")
    c = new_canvas(out, "Søknad Nav Færder", "Microsoft® Word for Office 365")
    c.setFillColor(HexColor("#E8EEF4"))
    c.rect(40, PH - 90, PW - 80, 50, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(B, 13)
    c.drawString(50, PH - 62, "Nav Færder – søknad om tilskudd 2020")
    c.setFont(R, 8.5)
    c.drawString(50, PH - 78, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)")
    y = PH - 120
    for lab, val in (("Nav-kontor:", "Nav Færder"), ("Kommune:", "Færder"), ("Foretaksnummer:", "938 470 928"),
                     ("Kontaktperson:", "Kjersti Nilsen"), ("Kontaktinfo:", "kjersti.nilsen@nav.no, tlf. 468 90 233"),
                     ("Prosjektnavn:", "Kystlinja – ungdom i arbeid"), ("Søknaden gjelder:", "Nytt prosjekt"),
                     ("Prosjektstart:", "1. februar 2020"), ("Stillinger:", "80 % ungdomsveileder")):
        c.setFont(B, 9.5)
        c.drawString(50, y, lab)
        c.setFont(R, 9.5)
        c.drawString(175, y, val)
        y -= 18
    y -= 10
    c.setFont(B, 10)
    c.drawString(50, y, "Økonomi")
    y -= 16
    for lab, val in (("Lønnsmidler (lønn og sosiale kostnader)", "488 000"), ("Kompetanse", "5 000"),
                     ("Sum det søkes om", "493 000")):
        c.setFont(R, 9.5)
        c.drawString(60, y, lab)
        c.drawRightString(360, y, val)
        y -= 15
    y -= 14
    c.setFont(B, 10)
    c.drawString(50, y, "Prioritert område")
    c.setFont(R, 9.5)
    y -= 16
    for i, (_, lab) in enumerate(W.AREAS20):
        c.drawString(60, y, ("■ " if i == 1 else "□ ") + lab)
        y -= 15
    y -= 6
    c.drawString(50, y, "Deltar gjerne i nettverk/klynge: ja.    Ekstern prosessevaluering: nei.")
    y -= 50
    c.setFont(B, 10)
    c.drawString(50, y, "Forankring")
    y -= 50
    for seed, who, dato in ((1401, "Marte Lunde, leder Nav Færder", "2020-01-28"),
                            (1402, "Geir Henriksen, kommunedirektør i Færder", "2020-01-29")):
        ink_at(c, seed, 140, y - 4, 150, 40)
        c.setFont(R, 9.5)
        c.drawString(50, y, "Godkjent av:")
        c.line(135, y - 6, 400, y - 6)
        c.drawString(135, y - 19, who)
        c.drawString(420, y, "Dato: " + dato)
        y -= 70
    c.save()
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Færder", "Færder", "938470928"),
                 contact=("Kjersti Nilsen", "kjersti.nilsen@nav.no", "46890233"),
                 project=("Kystlinja – ungdom i arbeid", "new", "2020-02-01"), pct=80,
                 amounts={"positions": 488000, "competence": 5000, "total": 493000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Marte Lunde", "leder Nav Færder", "2020-01-28", "handwritten"),
                       ("municipality", "Geir Henriksen", "kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["80 % at exactly the cap 488 000"])


# ---- z15 pdf-scanned nb: 150 dpi, angle, shadow, low contrast, JPEG ----------------------------

def _z15_source(path: Path):
    R, B = "Helvetica", "Helvetica-Bold"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(B, 15)
    c.drawString(50, PH - 60, "Søknad om tilskudd 2020 – Nav Råde")
    c.setFont(R, 10)
    c.drawString(50, PH - 78, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret. Til Fylkesmannen i Oslo og Viken.")
    y = PH - 115
    for lab, val in (("Søker", "Nav Råde"), ("Kommune", "Råde"), ("Organisasjonsnummer", "984 231 261"),
                     ("Kontaktperson", "Hege Strand"), ("E-post", "hege.strand@nav.no"), ("Telefon", "932 14 560"),
                     ("Prosjekt", "Aktiv hverdag Råde"), ("Nytt eller videreføring", "Nytt prosjekt"),
                     ("Oppstart", "01.05.2020"), ("Stilling", "Aktivitetskoordinator 100 %"),
                     ("Lønn og sosiale kostnader", "580 000 kr"), ("Kompetansemidler", "10 000 kr"),
                     ("Sum omsøkt", "590 000 kr")):
        c.setFont(B, 12)
        c.drawString(50, y, lab)
        c.setFont(R, 12)
        c.drawString(240, y, val)
        c.line(50, y - 5, PW - 50, y - 5)
        y -= 24
    y -= 10
    c.setFont(B, 12)
    c.drawString(50, y, "Prioriterte områder")
    y -= 20
    for i, (_, lab) in enumerate(W.AREAS20):
        c.rect(52, y - 2, 11, 11)
        if i == 0:
            c.setLineWidth(2)
            c.line(53, y - 1, 62, y + 8)
            c.line(53, y + 8, 62, y - 1)
            c.setLineWidth(1)
        c.setFont(R, 12)
        c.drawString(72, y, lab)
        y -= 20
    c.drawString(50, y - 4, "Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Ja")
    y -= 60
    for x, seed, place, name, title in ((50, 1501, "Råde, 22.01.2020", "Tor Arne Hansen", "Nav-leder"),
                                        (310, 1502, "Råde, 23.01.2020", "Sissel Berntsen", "Kommunedirektør")):
        c.setFont(R, 11)
        c.drawString(x, y, "Sted/dato: " + place)
        ink_at(c, seed, x, y - 52, 150, 40)
        c.line(x, y - 56, x + 210, y - 56)
        c.drawString(x, y - 72, name)
        c.drawString(x, y - 88, title)
    c.save()


def z15(out: Path):
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageEnhance, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        _z15_source(src)
        pdf = pdfium.PdfDocument(str(src))
        im = pdf[0].render(scale=150 / 72).to_pil().convert("L")
        pdf.close()
    im = ImageEnhance.Contrast(im).enhance(0.6)
    im = ImageEnhance.Brightness(im).enhance(1.08)
    w, h = im.size
    shadow = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(shadow)
    for x in range(int(w * 0.12)):
        v = int(150 + 105 * x / (w * 0.12))
        d.line([(w - 1 - x, 0), (w - 1 - x, h)], fill=v)
    from PIL import ImageChops
    im = ImageChops.multiply(im, shadow)
    im = im.rotate(-1.1, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    rnd = random.Random(15)
    px = im.load()
    for _ in range(2500):
        x, y = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
        px[x, y] = rnd.choice((60, 110, 250))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=50)
    jw, jh = im.size
    c = canvas.Canvas(str(out), pagesize=(jw * 72 / 150, jh * 72 / 150), invariant=1)
    c.setCreator("Canon iR-ADV C5535 PDF")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, jw * 72 / 150, jh * 72 / 150)
    c.save()
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Råde", "Råde", "984231261"),
                 contact=("Hege Strand", "hege.strand@nav.no", "93214560"),
                 project=("Aktiv hverdag Råde", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Tor Arne Hansen", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Sissel Berntsen", "Kommunedirektør", "2020-01-23", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# ---- z16 pdf-pades nb: two PAdES signatures, intact ---------------------------------------------

def _prime(rnd: random.Random, bits: int) -> int:
    """A probable prime from a seeded generator (Miller-Rabin), so the key and the signature are the same each build."""
    while True:
        n = rnd.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if all(n % q for q in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and all(
                _mr(n, rnd.randrange(2, n - 2)) for _ in range(24)):
            return n


def _mr(n: int, a: int) -> bool:
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    x = pow(a, d, n)
    if x in (1, n - 1):
        return True
    for _ in range(r - 1):
        x = pow(x, 2, n)
        if x == n - 1:
            return True
    return False


def _rsa_key(seed: int):
    """RSA (PKCS#1 v1.5 signatures are deterministic, ECDSA's are not) from seeded primes."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    rnd = random.Random(3700 + seed)
    e = 65537
    while True:
        p, q = _prime(rnd, 1024), _prime(rnd, 1024)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    d = pow(e, -1, phi)
    pub = rsa.RSAPublicNumbers(e, p * q)
    return rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub).private_key()


def _selfsigned(cn: str, seed: int):
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID
    key = _rsa_key(seed)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + seed).not_valid_before(dt.datetime(2019, 1, 1))
            .not_valid_after(dt.datetime(2029, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()),
            cert.public_bytes(serialization.Encoding.PEM))


def _pades_sign(data: bytes, cn: str, seed: int, field: str, when) -> bytes:
    from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigFieldSpec
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import x509 as ax509, pem
    kp, cp = _selfsigned(cn, seed)
    from asn1crypto import keys as akeys
    key = akeys.PrivateKeyInfo.load(pem.unarmor(kp)[2])
    cert = ax509.Certificate.load(pem.unarmor(cp)[2])
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    from pyhanko.sign.fields import SigSeedSubFilter
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256",
                                        name=cn)
    pdf_signer = signers.PdfSigner(meta, signer=signer, new_field_spec=SigFieldSpec(field))
    outb = io.BytesIO()
    import datetime as dt
    from pyhanko.sign.signers import pdf_signer as ps

    class Pinned(dt.datetime):
        """pyHanko takes the signing time from datetime.now(): pin it to the signing day of the block."""
        @classmethod
        def now(cls, tz=None):
            return when.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))

    import hashlib
    import types
    from pyhanko.pdf_utils import incremental_writer as iw
    from pyhanko.pdf_utils.metadata import info, xmp_xml
    fake_os = types.SimpleNamespace(urandom=lambda n: hashlib.sha256(f"{field}".encode()).digest()[:n])
    saved = [(ps, "datetime", ps.datetime), (info, "datetime", info.datetime),
             (xmp_xml, "datetime", xmp_xml.datetime), (iw, "os", iw.os)]
    ps.datetime = info.datetime = xmp_xml.datetime = Pinned
    iw.os = fake_os
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        pdf_signer.sign_pdf(w, output=outb)
    finally:
        for mod, name, val in saved:
            setattr(mod, name, val)
    return outb.getvalue()


def z16(out: Path):
    R, B = font("LibSans"), font("LibSans-Bold")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Søknad Nav Hvaler 2020")
    c.setFont(B, 14)
    c.drawString(50, PH - 60, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont(R, 9)
    c.drawString(50, PH - 76, "Signert digitalt. Mottaker: Fylkesmannen i Oslo og Viken.")
    y = PH - 110
    for lab, val in (("1. Søker", "Nav Hvaler"), ("2. Kommune", "Hvaler"), ("3. Org.nr.", "974 412 357"),
                     ("4. Kontaktperson", "Vidar Engen, vidar.engen@nav.no, 950 44 871"),
                     ("5. Prosjektnavn", "Hvaler i arbeid"), ("6. Nytt/videreføring", "Videreføring – 2. år"),
                     ("7. Oppstart", "01.01.2020"), ("8. Stillingsandel", "60 % stilling som jobbkonsulent"),
                     ("9. Lønn og sosiale kostnader", "360 000"), ("10. Kompetansemidler", "6 000"),
                     ("11. Totalt omsøkt", "366 000")):
        c.setFont(B, 10)
        c.drawString(50, y, lab)
        c.setFont(R, 10)
        c.drawString(230, y, val)
        y -= 19
    y -= 10
    c.setFont(B, 10)
    c.drawString(50, y, "12. Prioriterte områder")
    c.setFont(R, 10)
    y -= 16
    for i, (_, lab) in enumerate(W.AREAS20):
        c.drawString(60, y, ("Ja  – " if i == 0 else "Nei – ") + lab)
        y -= 15
    y -= 6
    c.drawString(50, y, "13. Nettverk/klyngesamarbeid: Nei      14. Ekstern prosessevaluering: Nei")
    y -= 40
    c.setFont(B, 10)
    c.drawString(50, y, "Signaturer")
    c.setFont(R, 9.5)
    y -= 18
    c.drawString(50, y, "Leder Nav Hvaler: Anita Skjælaaen (signert digitalt 27.01.2020)")
    y -= 15
    c.drawString(50, y, "Kommunedirektør Hvaler kommune: Kristian Lund (signert digitalt 28.01.2020)")
    c.save()
    import datetime as dt
    data = _pades_sign(buf.getvalue(), "Anita Skjælaaen", 1, "NavLeder", dt.datetime(2020, 1, 27, 10))
    data = _pades_sign(data, "Kristian Lund", 2, "Kommunedirektor", dt.datetime(2020, 1, 28, 10))
    out.write_bytes(data)
    return truth("z16", "pdf", "pdf-pades", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Hvaler", "Hvaler", "974412357"),
                 contact=("Vidar Engen", "vidar.engen@nav.no", "95044871"),
                 project=("Hvaler i arbeid", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "total": 366000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Anita Skjælaaen", "Leder Nav Hvaler", "2020-01-27", "digital"),
                       ("municipality", "Kristian Lund", "Kommunedirektør", "2020-01-28", "digital")],
                 notes=["signing times pinned to the printed 'signert digitalt' dates (27.01 and 28.01.2020)"])


# ---- z17 not-application nb: an invitation to a conference --------------------------------------

def z17(out: Path):
    R, B = font("LibSans"), font("LibSans-Bold")
    c = new_canvas(out, "Invitasjon til erfaringskonferanse")
    c.setFont(B, 11)
    c.drawString(50, PH - 50, "Fylkesmannen i Oslo og Viken")
    c.setFont(R, 9)
    c.drawString(50, PH - 64, "Postboks 325, 1502 Moss · fmovpost@fylkesmannen.no")
    c.drawString(400, PH - 100, "Dato: 10.02.2020")
    c.drawString(400, PH - 113, "Vår ref.: 2020/2214")
    c.drawString(50, PH - 110, "Til Nav-kontorene i Oslo og Viken")
    c.setFont(B, 13)
    c.drawString(50, PH - 150, "Invitasjon til erfaringskonferanse om tilskudd til sosiale tjenester i Nav")
    y = PH - 175
    for s in (
        "Fylkesmannen inviterer Nav-kontor med prosjekter som har fått tilskudd til utvikling av sosiale tjenester i "
        "Nav-kontoret (kap. 0621 post 63) til en erfaringskonferanse 24. mars 2020 på Quality Hotel Olavsgaard, Skjetten.",
        "Konferansen er for prosjektledere og ledere. Vi tar opp bruk av ordinært arbeidsliv, oppfølging av barnefamilier, "
        "ungdom og innvandrere, og sikring av sårbare overganger. Nav Asker og Nav Indre Østfold deler erfaringer "
        "fra sine prosjekter, og Arbeids- og velferdsdirektoratet orienterer om tilskuddsordningen for 2021.",
        "Konferansen er gratis. Fylkesmannen dekker lunsj. Reise dekkes av kontorene selv. Påmelding innen 6. mars 2020 "
        "via lenken på fylkesmannen.no. Hvert kontor kan melde på inntil tre deltakere.",
        "Spørsmål om konferansen kan rettes til seniorrådgiver Eva Thorsen, e-post fmoveth@fylkesmannen.no, "
        "telefon 69 24 70 00.",
    ):
        y = wrap(c, s, 50, y, R, 10.5, PW - 100) - 8
    y -= 6
    c.setFont(B, 10.5)
    c.drawString(50, y, "Program (foreløpig)")
    y -= 16
    for line in ("09.30  Registrering og kaffe", "10.00  Velkommen – Fylkesmannen",
                 "10.15  Tilskuddsordningen 2021 – Arbeids- og velferdsdirektoratet",
                 "11.00  Erfaringer fra prosjektene", "12.00  Lunsj", "13.00  Gruppearbeid", "14.30  Oppsummering"):
        c.setFont(R, 10)
        c.drawString(60, y, line)
        y -= 14
    y -= 20
    c.drawString(50, y, "Med hilsen")
    c.drawString(50, y - 30, "Hans Petter Bakken")
    c.drawString(50, y - 44, "avdelingsdirektør")
    c.drawString(300, y - 30, "Eva Thorsen")
    c.drawString(300, y - 44, "seniorrådgiver")
    c.setFont(R, 8.5)
    c.drawString(50, y - 70, "Dokumentet er elektronisk godkjent.")
    c.save()
    t = truth("z17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
              score_fields=False, notes=["the county's invitation to a conference for grantees"])
    return t


# ---- z18 bad-input: a .docx cut off mid-download (no central directory) --------------------------

def z18(out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "full.docx"
        W.z06(src)
        data = src.read_bytes()
    out.write_bytes(data[: int(len(data) * 0.62)])
    return truth("z18", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a real application .docx cut at 62 % of its bytes: no zip central directory"])
