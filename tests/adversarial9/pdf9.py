"""PDF documents of the ninth adversarial corpus (i07-i14, i17, i18). Truth written by hand."""
from __future__ import annotations

import io
import random
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from kit9 import images_to_pdf, ink_png, render_pages, rl_font, rl_ink, soffice_pdf, truth

S20 = "nav-sosiale-tjenester-2020"
S18 = "nav-sosiale-tjenester-2018"


class Page:
    """A tiny top-down writer on a reportlab canvas."""

    def __init__(self, c, font, size=10, x=56, top=None, lead=1.45):
        self.c, self.font, self.size, self.x, self.lead = c, font, size, x, lead
        self.w, self.h = c._pagesize
        self.y = (top if top is not None else self.h - 60)

    def text(self, s, x=None, font=None, size=None, dy=None):
        self.c.setFont(font or self.font, size or self.size)
        self.c.drawString(self.x if x is None else x, self.y, s)
        self.y -= dy if dy is not None else (size or self.size) * self.lead

    def para(self, s, width=480, font=None, size=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        f, z = font or self.font, size or self.size
        line = ""
        for w in s.split():
            t = (line + " " + w).strip()
            if stringWidth(t, f, z) > width:
                self.text(line, font=f, size=z)
                line = w
            else:
                line = t
        if line:
            self.text(line, font=f, size=z)

    def gap(self, n=8):
        self.y -= n

    def newpage(self):
        self.c.showPage()
        self.y = self.h - 60


# ------------------------------------------------------------------ i07
def i07(out: Path):
    """pdf-text, Helvetica (standard font, not embedded): 'Label ..... value' dot leaders with the
    value right-aligned; chosen areas as a plain list (no boxes); two position lines
    (100 % + 20 %); budget and electronic approval on page 2."""
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    P = Page(c, "Helvetica", 10)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def lead(label, value):
        c.setFont("Helvetica", 10)
        c.drawString(56, P.y, label)
        c.drawRightString(540, P.y, value)
        x0 = 56 + stringWidth(label, "Helvetica", 10) + 4
        x1 = 540 - stringWidth(value, "Helvetica", 10) - 4
        n = int((x1 - x0) / stringWidth(".", "Helvetica", 10))
        c.drawString(x0, P.y, "." * max(n, 0))
        P.y -= 16

    P.text("Arbeids- og velferdsdirektoratet – Fylkesmannen i Innlandet", size=8)
    P.text("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET – 2020", font="Helvetica-Bold", size=12)
    P.gap(6)
    P.text("A. Opplysninger om søker", font="Helvetica-Bold")
    lead("Nav-kontor", "NAV Lillehammer")
    lead("Kommune", "Lillehammer")
    lead("Organisasjonsnummer", "998 761 239")
    lead("Kontaktperson", "Thomas Bergum")
    lead("E-post", "thomas.bergum@nav.no")
    lead("Telefon", "61 05 92 00")
    P.gap(6)
    P.text("B. Om prosjektet", font="Helvetica-Bold")
    lead("Prosjektnavn", "Overgangsteamet")
    lead("Nytt prosjekt / videreføring", "Nytt prosjekt")
    lead("Oppstart", "15.03.2020")
    lead("Antall stillinger / stillingsprosent", "1,2 årsverk (100 % + 20 %)")
    P.gap(6)
    P.text("Prosjektet svarer på følgende satsingsområder i kunngjøringen:")
    P.text("–  Sikring av sårbare overganger (løslatelse fra fengsel, mellom tjenester)", x=70)
    P.text("–  Bruk av ordinært arbeidsliv", x=70)
    P.gap(6)
    P.para("Kort beskrivelse: Overgangsteamet skal sikre at personer som løslates fra Hedmarken fengsel har bolig, "
           "inntekt og en avtale med en arbeidsgiver før løslatelsen, og følges tett i de første månedene.")
    P.gap(6)
    lead("Interesse for nettverk/klyngesamarbeid", "Ja")
    lead("Interesse for ekstern prosessevaluering", "Ja")
    P.newpage()
    P.text("C. Budsjett for tilskuddsåret 2020", font="Helvetica-Bold")
    lead("Stilling 1: Overgangskoordinator 100 % (lønn og sos. kostn.)", "kr 600 000")
    lead("Stilling 2: Jobbspesialist 20 % (lønn og sos. kostn.)", "kr 120 000")
    lead("Prosjektspesifikk kompetanse", "kr 10 000")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, P.y, "Samlet søknadsbeløp")
    c.drawRightString(540, P.y, "kr 730 000")
    P.y -= 30
    P.text("D. Godkjenning", font="Helvetica-Bold")
    P.para("Søknaden er elektronisk godkjent i kommunens saks- og arkivsystem og har derfor ingen håndskrevne "
           "signaturer. Godkjent av:")
    P.text("Nav-leder Hanne Sveen, 24.01.2020", x=70)
    P.text("Kommunedirektør Erik Dahl, 27.01.2020", x=70)
    c.showPage()
    c.save()
    return truth("i07", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Lillehammer", "Lillehammer", "998761239"),
                 contact=("Thomas Bergum", "thomas.bergum@nav.no", "61059200"),
                 project=("Overgangsteamet", "new", "2020-03-15"), pct=120,
                 amounts={"positions": 720000, "competence": 10000, "other": None, "total": 730000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Sveen", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Erik Dahl", "Kommunedirektør", "2020-01-27", "electronic_approval")])


# ------------------------------------------------------------------ i08
def i08(out: Path):
    """pdf-text, Nynorsk, landscape A4 in two columns (facts left, budget right), DejaVu Serif;
    Nynorsk electronic approval. Defect: the budget's sum line (640 000) is not the sum of its
    lines (305 000 + 305 000 + 10 000 = 620 000)."""
    f = rl_font("DejaVuSerif", "DejaVuSerif.ttf")
    fb = rl_font("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")
    c = canvas.Canvas(str(out), pagesize=landscape(A4), invariant=1)
    L = Page(c, f, 9.5, x=40)
    L.text("Søknad om tilskot 2020 – utvikling av sosiale tenester i Nav", font=fb, size=13)
    L.gap(6)
    top = L.y
    for a, b in (("Søkjar", "NAV Sunndal"), ("Kommune", "Sunndal"), ("Org.nr.", "995 012 340"),
                 ("Prosjekttittel", "Vegen ut av låginntekt"), ("Type", "Nytt prosjekt"),
                 ("Oppstart", "august 2020"), ("Stillingar", "to halve stillingar (2 × 50 %)"),
                 ("Kontakt", "Ola Øverås"), ("E-post", "ola.overas@nav.no"), ("Telefon", "71 69 90 00")):
        c.setFont(fb, 9.5)
        c.drawString(40, L.y, a + ":")
        c.setFont(f, 9.5)
        c.drawString(140, L.y, b)
        L.y -= 15
    L.gap(8)
    L.text("Satsingsområde prosjektet tek for seg:", font=fb)
    L.text("■ Oppfølging av barnefamiliar, ungdom og innvandrarar", x=50)
    L.gap(6)
    L.para("Prosjektet skal gje barnefamiliar med låg inntekt ein fast kontaktperson som følgjer opp både økonomi, "
           "bustad og arbeid, i samarbeid med skule og helsestasjon.", width=360)
    L.gap(6)
    L.text("Nettverk/klyngesamarbeid: ja.   Ekstern prosessevaluering: nei.")
    R = Page(c, f, 9.5, x=440, top=top)
    R.text("Budsjett 2020", font=fb, size=11)
    rows = (("Familierettleiar 50 %, løn og sosiale kostnader", "305 000"),
            ("Barnekoordinator 50 %, løn og sosiale kostnader", "305 000"),
            ("Kompetanse (prosjektretta)", "10 000"),
            ("Sum søkt tilskot", "640 000"))
    for i, (a, b) in enumerate(rows):
        c.setFont(fb if i == 3 else f, 9.5)
        c.drawString(440, R.y, a)
        c.drawRightString(790, R.y, b)
        c.line(440, R.y - 4, 790, R.y - 4)
        R.y -= 17
    R.gap(20)
    R.text("Godkjenning", font=fb, size=11)
    R.para("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.", width=340)
    R.text("Nav-leiar: Turid Halse, 22.01.2020")
    R.text("Kommunedirektør: Jan Ove Brevik, 23.01.2020")
    c.showPage()
    c.save()
    return truth("i08", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Sunndal", "Sunndal", "995012340"),
                 contact=("Ola Øverås", "ola.overas@nav.no", "71699000"),
                 project=("Vegen ut av låginntekt", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 640000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Turid Halse", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Jan Ove Brevik", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: stated sum 640 000, lines add to 620 000"])


# ------------------------------------------------------------------ i09
def i09(out: Path):
    """pdf-acroform: a reportlab form with text fields and check boxes, filled with pypdf with
    regenerated appearances; org no. typed without spaces in a comb-like field; the signers'
    names and dates in fields, vector ink drawn over the signature lines."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    P = Page(c, "Times-Roman", 11)
    form = c.acroForm
    P.text("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", font="Times-Bold", size=13)
    P.gap(4)
    fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("tittel", "Prosjektets tittel"), ("oppstart", "Oppstartsdato"), ("stillingspst", "Stillingsprosent"),
              ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("telefon", "Telefon"),
              ("b_lonn", "Lønnsmidler (kr)"), ("b_komp", "Kompetansemidler (kr)"), ("b_sum", "Sum søkt (kr)")]
    for name, label in fields:
        P.text(label, dy=0)
        form.textfield(name=name, x=230, y=P.y - 5, width=300, height=17, borderWidth=0.6, fontName="Helvetica",
                       fontSize=10, value="")
        P.y -= 24
    P.gap(4)
    P.text("Type prosjekt:", dy=0)
    for i, (nm, lab) in enumerate((("ny", "Nytt"), ("videre", "Videreføring"))):
        form.checkbox(name=nm, x=230 + i * 110, y=P.y - 3, size=12, buttonStyle="cross", checked=False)
        c.drawString(246 + i * 110, P.y, lab)
    P.y -= 22
    P.text("Satsingsområder:")
    for nm, lab in (("omr1", "Bruk av ordinært arbeidsliv"), ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    ("omr3", "Sikring av sårbare overganger")):
        form.checkbox(name=nm, x=60, y=P.y - 3, size=12, buttonStyle="cross", checked=False)
        c.drawString(78, P.y, lab)
        P.y -= 18
    for nm, lab in (("nettverk", "Vi ønsker å delta i nettverk/klyngesamarbeid"),
                    ("evaluering", "Vi ønsker ekstern prosessevaluering")):
        form.checkbox(name=nm, x=60, y=P.y - 3, size=12, buttonStyle="cross", checked=False)
        c.drawString(78, P.y, lab)
        P.y -= 18
    P.gap(20)
    sig_y = P.y - 40
    for i, (role, pre) in enumerate((("Nav-leder", "s1"), ("Kommunedirektør", "s2"))):
        x = 60 + i * 260
        c.line(x, sig_y, x + 200, sig_y)
        c.setFont("Times-Roman", 9)
        c.drawString(x, sig_y - 12, f"Underskrift {role.lower()}")
        c.drawString(x, sig_y - 30, "Navn:")
        form.textfield(name=pre + "_navn", x=x + 40, y=sig_y - 35, width=160, height=15, borderWidth=0.4, fontSize=9)
        c.drawString(x, sig_y - 50, "Dato:")
        form.textfield(name=pre + "_dato", x=x + 40, y=sig_y - 55, width=160, height=15, borderWidth=0.4, fontSize=9)
    rl_ink(c, 91, 70, sig_y - 4, 150, 36)
    rl_ink(c, 92, 330, sig_y - 4, 150, 36)
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    w.append(r)
    vals = {"kontor": "NAV Narvik", "kommune": "Narvik", "orgnr": "972908177", "tittel": "Sammen i arbeid – Narvik",
            "oppstart": "01.05.2020", "stillingspst": "80", "kontakt": "Linn Pedersen", "epost": "linn.pedersen@nav.no",
            "telefon": "76 96 50 00", "b_lonn": "480 000", "b_komp": "8 000", "b_sum": "488 000",
            "s1_navn": "Bjørn Are Sandvik", "s1_dato": "29.01.2020", "s2_navn": "Kjersti Nilsen", "s2_dato": "30.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=True)
    on = {"ny", "omr1", "omr3", "nettverk"}
    for a in w.pages[0]["/Annots"]:
        o = a.get_object()
        if o.get("/FT") == "/Btn" and o.get("/T") in on:
            o[NameObject("/V")] = NameObject("/Yes")
            o[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(False)
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("i09", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Narvik", "Narvik", "972908177"),
                 contact=("Linn Pedersen", "linn.pedersen@nav.no", "76965000"),
                 project=("Sammen i arbeid – Narvik", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "other": None, "total": 488000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Are Sandvik", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Kjersti Nilsen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["evaluation box left unticked: interest.process_evaluation false (a single yes-box form)"])


# ------------------------------------------------------------------ i10
def i10(out: Path):
    """pdf-from-office, 2018 announcement: python-docx document with numbered bold question
    headings and the answers as paragraphs under them, converted by LibreOffice; ink PNGs over
    the names; 2018 priority areas (tilsyn, barneperspektivet); 640 000 for 100 % (no cap in 2018)."""
    from word9 import base, ink_run
    d = base("Liberation Sans", 10.5)
    d.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2018").bold = True
    d.add_paragraph("Søknadsfrist 1. februar 2018. Sendes Fylkesmannen i Nordland.")
    qa = [("1. Hvilket NAV-kontor søker?", "NAV Vefsn, Vefsn kommune, org.nr. 973 665 405"),
          ("2. Hvem er kontaktperson?", "Marit Solbakk – marit.solbakk@nav.no – 75 10 12 00"),
          ("3. Hva heter prosjektet?", "Barna først i Vefsn"),
          ("4. Er dette et nytt prosjekt eller en videreføring?", "Nytt prosjekt."),
          ("5. Når starter prosjektet?", "1. april 2018"),
          ("6. Hvor stor stillingsressurs søkes det om?", "Én 100 % stilling."),
          ("7. Hvilke prioriterte områder berører prosjektet?",
           "Tiltaket begrunnes i funn fra Fylkesmannens tilsyn med kontorets arbeid med økonomisk stønad til "
           "barnefamilier (2017), og skal styrke ivaretakelsen av barneperspektivet i alle saker."),
          ("8. Budsjett", "Lønn og sosiale kostnader, 100 % stilling: kr 640 000. Andre kostnader: ingen. "
                          "Totalt omsøkt beløp: kr 640 000."),
          ("9. Ønsker kontoret nettverk/klyngesamarbeid og ekstern prosessevaluering?",
           "Nettverk: ja. Prosessevaluering: nei.")]
    for q, a in qa:
        d.add_paragraph().add_run(q).bold = True
        d.add_paragraph(a)
    d.add_paragraph().add_run("10. Underskrifter").bold = True
    t = d.add_table(rows=3, cols=2)
    for i, (seed, sted, name, title) in enumerate(((101, "Mosjøen, 25.01.2018", "Svein Tore Lian", "NAV-leder"),
                                                   (102, "Mosjøen, 26.01.2018", "Anita Hestvik", "Rådmann"))):
        t.cell(0, i).text = sted
        ink_run(t.cell(1, i).paragraphs[0], seed, 4.0)
        t.cell(2, i).text = f"{name}, {title}"
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "i10.docx"
        d.save(src)
        soffice_pdf(src, out)
    return truth("i10", "pdf", "pdf-from-office", lang="nb", scheme=S18,
                 office=("Nav Vefsn", "Vefsn", "973665405"),
                 contact=("Marit Solbakk", "marit.solbakk@nav.no", "75101200"),
                 project=("Barna først i Vefsn", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 640000, "competence": None, "other": None, "total": 640000},
                 prio=["barneperspektivet", "tilsyn"], interest=(True, False),
                 sigs=[("nav_leader", "Svein Tore Lian", "NAV-leder", "2018-01-25", "handwritten"),
                       ("municipality", "Anita Hestvik", "Rådmann", "2018-01-26", "handwritten")],
                 notes=["'Andre kostnader: ingen' states no other cost: other null, no NON_POSITION_COSTS"])


# ------------------------------------------------------------------ i11
def i11(out: Path):
    """pdf-handwritten, Times: boxed form sections; signature blocks side by side with the ink
    crossing the line and touching the printed 'Navn:'/'Stilling:' lines under it; place and
    date typed above each line."""
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    P = Page(c, "Times-Roman", 11)
    P.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – søknad", font="Times-Bold", size=14)
    P.gap(4)

    def box(title, rows):
        h = 20 + 17 * len(rows)
        c.rect(50, P.y - h + 12, 495, h)
        P.text(title, x=56, font="Times-Bold")
        for a, b in rows:
            c.setFont("Times-Italic", 10)
            c.drawString(60, P.y, a)
            c.setFont("Times-Roman", 11)
            c.drawString(250, P.y, b)
            P.y -= 17
        P.y -= 12

    box("Søker", [("Nav-kontor", "Nav Molde"), ("Kommune", "Molde"), ("Organisasjonsnummer", "993 214 566")])
    box("Kontakt", [("Navn", "Elin Fiske"), ("E-post", "elin.fiske@nav.no"), ("Telefon", "482 10 333")])
    box("Prosjekt", [("Tittel", "Arbeidslinja i Molde"), ("Nytt / videreført", "Videreført (år 2 av 3)"),
                     ("Oppstart prosjektår 2020", "01.02.2020"), ("Stillingsprosent", "100 %")])
    box("Satsingsområder (sett kryss)", [("[ x ]", "Bruk av ordinært arbeidsliv"),
                                         ("[   ]", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                         ("[   ]", "Sikring av sårbare overganger")])
    box("Budsjett", [("Lønn inkl. sosiale utgifter", "kr 610 000,-"), ("Kompetanse", "kr 10 000,-"),
                     ("Sum", "kr 620 000,-")])
    box("Interesse", [("Nettverk / klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Ja")])
    y = P.y - 50
    for i, (seed, sted, name, title) in enumerate(((111, "Molde, 17.01.2020", "Arild Vestad", "Nav-leder"),
                                                   (112, "Molde, 20.01.2020", "Tone Ugelstad", "Kommunedirektør"))):
        x = 60 + i * 250
        c.setFont("Times-Roman", 10)
        c.drawString(x, y + 42, "Sted/dato: " + sted)
        c.line(x, y, x + 200, y)
        c.drawString(x, y - 13, "Navn: " + name)
        c.drawString(x, y - 26, "Stilling: " + title)
        rl_ink(c, seed, x + 15, y - 14, 170, 44)
    c.showPage()
    c.save()
    return truth("i11", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Molde", "Molde", "993214566"),
                 contact=("Elin Fiske", "elin.fiske@nav.no", "48210333"),
                 project=("Arbeidslinja i Molde", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Arild Vestad", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Tone Ugelstad", "Kommunedirektør", "2020-01-20", "handwritten")],
                 notes=["positions exactly at the 100 % cap (610 000): no AMOUNT_OVER_CAP"])


# ------------------------------------------------------------------ scans
def _scan_source(lines, sigs, font="Helvetica", size=11, nn=False):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    P = Page(c, font, size)
    for ln in lines:
        if ln == "":
            P.gap(6)
        elif ln.startswith("#"):
            P.text(ln[1:], font=font + "-Bold", size=size + 1)
        else:
            P.text(ln)
    y = P.y - 60
    for i, (seed, top, name, title) in enumerate(sigs):
        x = 60 + i * 250
        c.setFont(font, 10)
        c.drawString(x, y + 45, top)
        rl_ink(c, seed, x + 10, y - 2, 170, 42)
        c.line(x, y, x + 200, y)
        c.drawString(x, y - 13, name)
        c.drawString(x, y - 26, title)
    c.showPage()
    c.save()
    return buf.getvalue()


def i12(out: Path):
    """pdf-scanned, a FAX: rendered at 204 x 98 dpi (fax standard resolution: non-square pixels),
    thresholded to 1 bit with speckle and a fax header line; 1-bit PNG pages."""
    from PIL import Image, ImageDraw
    lines = ["#Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret", "",
             "Nav-kontor: NAV Steinkjer", "Kommune: Steinkjer", "Org.nr.: 980 123 456", "",
             "Kontaktperson: Vegard Følstad", "E-post: vegard.folstad@nav.no", "Telefon: 995 43 210", "",
             "Prosjektnavn: Ung jobb Steinkjer", "Nytt prosjekt: X     Videreføring: -", "Oppstart: 01.09.2020",
             "Stillingsprosent: 50 %", "",
             "Satsingsområder (X = valgt):", "  X  Oppfølging av barnefamilier, ungdom og innvandrere",
             "  -  Bruk av ordinært arbeidsliv", "  -  Sikring av sårbare overganger", "",
             "Budsjett: lønn og sosiale kostnader 50 % stilling kr 300 000, kompetanse kr 5 000,",
             "sum omsøkt kr 305 000.", "",
             "Nettverk/klyngesamarbeid: Ja     Ekstern prosessevaluering: Ja"]
    pdf = _scan_source(lines, [(121, "Steinkjer, 21.01.2020", "Guri Skjevik", "Nav-leder"),
                               (122, "Steinkjer, 22.01.2020", "Roar Lyngstad", "Kommunedirektør")])
    im = render_pages(pdf, 204)[0]
    im = im.resize((im.width, int(im.height * 98 / 204)), Image.BILINEAR)
    rnd = random.Random(12)
    px = im.load()
    for _ in range(2500):
        x, y = rnd.randrange(im.width), rnd.randrange(im.height)
        px[x, y] = 0 if px[x, y] > 128 else 255
    im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
    canvas_im = Image.new("1", (im.width, im.height + 24), 1)
    canvas_im.paste(im, (0, 24))
    ImageDraw.Draw(canvas_im).text((20, 4), "22/01/2020 13:47  FAX +47 74 13 80 00  NAV STEINKJER   S. 01/01", fill=0)
    images_to_pdf([canvas_im], out, (204, 98), fmt="PNG")
    return truth("i12", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Steinkjer", "Steinkjer", "980123456"),
                 contact=("Vegard Følstad", "vegard.folstad@nav.no", "99543210"),
                 project=("Ung jobb Steinkjer", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "other": None, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Guri Skjevik", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Roar Lyngstad", "Kommunedirektør", "2020-01-22", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


def i18(out: Path):
    """pdf-scanned, Nynorsk: fed upside down (180°) with a 0.8° skew, 300 dpi grey, two punched
    holes and a dark copier edge, JPEG q40."""
    from PIL import Image, ImageDraw, ImageFilter
    f = rl_font("LiberationSerif", "LiberationSerif-Regular.ttf")
    rl_font("LiberationSerif-Bold", "LiberationSerif-Bold.ttf")
    lines = ["#Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", "",
             "Søkjar: NAV Sunnfjord                     Kommune: Sunnfjord",
             "Organisasjonsnummer: 988 765 430",
             "Kontaktperson: Åse Bøyum, ase.boyum@nav.no, tlf. 57 72 10 00", "",
             "Prosjektnamn: Bu og arbeid i Sunnfjord", "Søknaden gjeld: vidareføring (3. år)",
             "Oppstart prosjektåret: 1. januar 2020", "Stillingsressurs: 1,5 stilling (100 % + 50 %)", "",
             "Satsingsområde: sikring av sårbare overgangar (frå institusjon og fengsel til eigen",
             "bustad og arbeid).", "",
             "Budsjett 2020:", "   Bu- og arbeidskoordinator 100 %          kr 600 000",
             "   Arbeidsrettleiar 50 %                   kr 300 000", "   Kompetanse                              kr 10 000",
             "   Totalt søkt                             kr 910 000", "",
             "Vi ønskjer å vere med i nettverk. Vi ønskjer ikkje ekstern prosessevaluering."]
    pdf = _scan_source(lines, [(181, "Førde, 15.01.2020", "Nils Bjørn Holsen", "Nav-leiar"),
                               (182, "Førde, 16.01.2020", "Kari Eikrem", "Kommunedirektør")], font="LiberationSerif")
    im = render_pages(pdf, 300)[0]
    d = ImageDraw.Draw(im)
    for yy in (0.3, 0.7):
        cy = int(im.height * yy)
        d.ellipse((40, cy - 45, 130, cy + 45), fill=30)
    d.rectangle((im.width - 30, 0, im.width, im.height), fill=60)
    im = im.rotate(180.8, resample=Image.BICUBIC, expand=False, fillcolor=70)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    images_to_pdf([im], out, 300, quality=40)
    return truth("i18", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "988765430"),
                 contact=("Åse Bøyum", "ase.boyum@nav.no", "57721000"),
                 project=("Bu og arbeid i Sunnfjord", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Nils Bjørn Holsen", "Nav-leiar", "2020-01-15", "handwritten"),
                       ("municipality", "Kari Eikrem", "Kommunedirektør", "2020-01-16", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["third year of a continuation: allowed (up to three years), no CONTINUATION_LIMIT",
                        "900 000 for 150 % is under the cap 915 000"])


# ------------------------------------------------------------------ PAdES
def _cert(cn):
    from asn1crypto import keys, x509 as ax
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(k.public_key())
            .serial_number(abs(hash(cn)) % (2 ** 60) + 1)
            .not_valid_before(datetime(2019, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(2030, 1, 1, tzinfo=timezone.utc))
            .sign(k, hashes.SHA256()))
    return (ax.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            keys.PrivateKeyInfo.load(k.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())))


def _sign(pdf: bytes, cn: str, field: str, when: datetime) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers import pdf_signer
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    cert, key = _cert(cn)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))

    class _Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return when

    old = pdf_signer.datetime
    pdf_signer.datetime = _Fixed
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(pdf))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                            md_algorithm="sha256", name=cn, location="Norge")
        res = signers.sign_pdf(w, meta, signer=signer)
    finally:
        pdf_signer.datetime = old
    return res.getvalue()


def _pades_source(lines, tail):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    f = rl_font("DejaVuSansCondensed", "DejaVuSansCondensed.ttf")
    rl_font("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf")
    P = Page(c, f, 10.5)
    for ln in lines + [""] + tail:
        if ln == "":
            P.gap(6)
        elif ln.startswith("#"):
            P.text(ln[1:], font="DejaVuSansCondensed-Bold", size=12)
        else:
            P.text(ln)
    c.showPage()
    c.save()
    return buf.getvalue()


def i13(out: Path):
    """pdf-pades: one invisible PAdES signature (the Nav leader, CN = her name) and the
    municipality's electronic approval sentence on the page; 'Lønn | Kompetanse | Sum' in one line."""
    lines = ["#Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "",
             "Søkende kontor: NAV Tønsberg (Tønsberg kommune), org.nr. 994 551 205",
             "Kontaktperson: Camilla Aas, camilla.aas@nav.no, 33 34 80 00",
             "Prosjekt: «Økonomirådgiver for unge voksne»  –  nytt prosjekt, oppstart 1. april 2020",
             "Stillingsprosent: 100", "",
             "Satsingsområde: ☑ Bruk av ordinært arbeidsliv   ☐ Barnefamilier, ungdom og innvandrere",
             "                ☐ Sårbare overganger", "",
             "Søknadsbeløp 2020:  Lønn 600 000  |  Kompetanse 10 000  |  Sum 610 000", "",
             "Nettverk/klyngesamarbeid: ja.  Ekstern prosessevaluering: ja."]
    tail = ["#Underskrifter",
            "Nav-leder Ida Marie Kjær signerer søknaden digitalt (PAdES).",
            "Dokumentet er elektronisk godkjent av kommunedirektør Per Ivar Dale 27.01.2020."]
    pdf = _pades_source(lines, tail)
    out.write_bytes(_sign(pdf, "Ida Marie Kjær", "NavLeder", datetime(2020, 1, 28, 9, 15, tzinfo=timezone.utc)))
    return truth("i13", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Tønsberg", "Tønsberg", "994551205"),
                 contact=("Camilla Aas", "camilla.aas@nav.no", "33348000"),
                 project=("Økonomirådgiver for unge voksne", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Ida Marie Kjær", "Nav-leder", "2020-01-28", "digital"),
                       ("municipality", "Per Ivar Dale", "Kommunedirektør", "2020-01-27", "electronic_approval")])


def i14(out: Path):
    """pdf-pades: two PAdES signatures in two revisions (Nav leader, then rådmann); afterwards one
    word of the description in the first revision's uncompressed content stream is overwritten
    in place (same length), so both digests fail. Defect: DIGITAL_SIGNATURE_INVALID."""
    lines = ["#Søknad om tilskudd 2020 – sosiale tjenester i NAV-kontoret", "",
             "NAV-kontor: NAV Halden        Kommune: Halden        Org.nr.: 968 123 459",
             "Kontakt: Sverre Lund / sverre.lund@nav.no / 69 17 40 00", "",
             "Prosjektets navn: Fra skole til jobb i Halden",
             "Nytt prosjekt. Planlagt oppstart: 01.06.2020. Stillingsprosent: 100 %.",
             "Satsingsområde: sikring av sårbare overganger (fra videregående skole til arbeid).",
             "Beskrivelse: elevene følges ukentlig av en koordinator siste skoleår og første år etter.",
             "", "Budsjett: stilling 100 % kr 595 000; kompetanse kr 10 000; totalt kr 605 000.",
             "Nettverk/klyngesamarbeid: nei. Ekstern prosessevaluering: nei."]
    tail = ["Signert digitalt av Nav-leder Mette Berg og rådmann Hans Fjeld."]
    pdf = _pades_source(lines, tail)
    pdf = _sign(pdf, "Mette Berg", "NavLeder", datetime(2020, 1, 23, 10, 0, tzinfo=timezone.utc))
    pdf = _sign(pdf, "Hans Fjeld", "Raadmann", datetime(2020, 1, 24, 14, 30, tzinfo=timezone.utc))
    old, new = b"(ukentlig", b"(daglig "
    i = pdf.find(old)
    if i < 0:
        # reportlab may split the line into several strings: fall back on the word alone
        old, new = b"ukentlig", b"daglig  "
        i = pdf.find(old)
    assert i > 0, "tamper target not found"
    pdf = pdf[:i] + new + pdf[i + len(old):]
    out.write_bytes(pdf)
    return truth("i14", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Halden", "Halden", "968123459"),
                 contact=("Sverre Lund", "sverre.lund@nav.no", "69174000"),
                 project=("Fra skole til jobb i Halden", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "other": None, "total": 605000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Mette Berg", "Nav-leder", "2020-01-23", "digital"),
                       ("municipality", "Hans Fjeld", "Rådmann", "2020-01-24", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["defect: 'ukentlig' overwritten by 'daglig' inside the signed byte range after both signatures"])


# ------------------------------------------------------------------ i17
def i17(out: Path):
    """not-application: a Nav office's request to re-allocate an approved 2020 grant (change of
    budget and start date), headed 'Søknad om endring', with office, org. no., project title,
    amounts, percentages, contact and two signatures."""
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    P = Page(c, "Helvetica", 10.5)
    P.text("NAV Levanger", font="Helvetica-Bold")
    P.text("Til Fylkesmannen i Trøndelag", size=9)
    P.text("Levanger, 10.06.2020", size=9)
    P.gap(10)
    P.text("Søknad om endring av innvilget tilskudd – «Arbeid med bistand i Levanger»", font="Helvetica-Bold", size=12)
    P.gap(4)
    P.para("Vi viser til tilskuddsbrev av 20.05.2020 (deres ref. 2020/1187), der NAV Levanger (org.nr. 981 900 219) "
           "ble innvilget kr 610 000 til én 100 % stilling i prosjektet «Arbeid med bistand i Levanger» under "
           "ordningen tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020.")
    P.para("På grunn av forsinket rekruttering ber vi om å få endre prosjektets oppstart fra 01.08.2020 til "
           "01.10.2020, og å omdisponere kr 40 000 av lønnsmidlene til prosjektspesifikk kompetanse. "
           "Stillingsprosenten er uendret (100 %).")
    P.text("Revidert budsjett: lønn kr 570 000, kompetanse kr 40 000, sum kr 610 000.")
    P.gap(6)
    P.text("Kontaktperson: Stine Hoel, stine.hoel@nav.no, 74 05 20 00")
    P.gap(14)
    P.text("Med hilsen")
    P.gap(20)
    P.text("Morten Skjelstad, Nav-leder                    Inger Lise Vang, kommunedirektør")
    c.showPage()
    c.save()
    return truth("i17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a request to change an approved project (record.md names it)"])


DOCS = [("i07", "pdf", i07), ("i08", "pdf", i08), ("i09", "pdf", i09), ("i10", "pdf", i10), ("i11", "pdf", i11),
        ("i12", "pdf", i12), ("i13", "pdf", i13), ("i14", "pdf", i14), ("i17", "pdf", i17), ("i18", "pdf", i18)]
