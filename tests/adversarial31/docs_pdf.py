"""PDF documents of corpus 31 (z08-z16). Each builder writes its file and returns its hand-written truth."""
from __future__ import annotations

import io
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
from truthlib import truth  # noqa: E402
from kit31 import ink_rl, libreoffice_pdf, org, pades_sign, scan_pdf  # noqa: E402
import docs_word  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
S19 = "nav-sosiale-tjenester-2019"
S18 = "nav-sosiale-tjenester-2018"
W, H = A4


def _canvas(buf, size=A4, title="Søknad"):
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("NAV")
    return c


def _wrap(c, text, x, y, width, font="Helvetica", size=10, lead=13):
    from reportlab.lib.utils import simpleSplit
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


def _box(c, x, y, on, s=8):
    c.rect(x, y, s, s)
    if on:
        c.line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5)
        c.line(x + 1.5, y + s - 1.5, x + s - 1.5, y + 1.5)


# ------------------------------------------------------------------ z08
def z08(out):
    """A Nav region's template: coloured section bars A-E, grey labels left; e-approval table."""
    on = org(108)
    b = io.BytesIO()
    c = _canvas(b)
    c.setFillColorRGB(0.76, 0.11, 0.16)
    c.rect(0, H - 60, W, 60, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, H - 30, "NAV Vestfold og Telemark")
    c.setFont("Helvetica", 10)
    c.drawString(40, H - 46, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020")
    y = H - 90

    def section(label):
        nonlocal y
        c.setFillColorRGB(0.9, 0.9, 0.93)
        c.rect(36, y - 4, W - 72, 16, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(40, y, label)
        y -= 22

    def row(k, v):
        nonlocal y
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, k)
        c.setFillColorRGB(0, 0, 0)
        y = _wrap(c, v, 220, y, W - 260, size=10) - 3

    section("A  Søker")
    row("Søkerkontor", "NAV Midt-Telemark")
    row("Kommune", "Midt-Telemark")
    row("Org.nummer", on)
    row("Kontaktperson", "Hanne Dale")
    row("Kontaktinfo", "hanne.dale@nav.no / 35 95 80 11")
    section("B  Prosjekt")
    row("Prosjektnavn", "Arbeidslinja i Midt-Telemark")
    row("Nytt / videreført", "Nytt prosjekt")
    row("Oppstart", "15.04.2020")
    row("Stillingsressurs", "Ett årsverk (100 %)")
    row("Beskrivelse", "Kontoret vil prøve ut en ny arbeidsform der veilederne bruker lokale bedrifter "
                       "som arena for avklaring og opplæring, i stedet for tiltak i skjermet virksomhet.")
    section("C  Økonomi")
    row("Lønn inkl. sos. kostnader", "12 mnd à kr 50 000 = kr 600 000")
    row("Kompetansemidler", "–")
    row("Sum omsøkt", "kr 600 000")
    section("D  Prioriterte områder")
    for on_, txt in [(True, "Bruk av ordinært arbeidsliv"),
                     (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (False, "Sikring av sårbare overganger")]:
        c.setFillColorRGB(0, 0, 0)
        if on_:
            c.rect(46, y - 1, 8, 8, fill=1, stroke=1)
        else:
            c.rect(46, y - 1, 8, 8, fill=0, stroke=1)
        c.setFont("Helvetica", 10)
        c.drawString(60, y, txt)
        y -= 15
    y -= 4
    c.drawString(46, y, "Nettverk/klyngesamarbeid:   (X) Ja   ( ) Nei")
    y -= 15
    c.drawString(46, y, "Ekstern prosessevaluering:   ( ) Ja   (X) Nei")
    y -= 24
    section("E  Godkjenning")
    c.setFont("Helvetica", 10)
    c.drawString(44, y, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    y -= 20
    c.setFont("Helvetica-Bold", 9)
    for x, h in [(44, "Godkjent av"), (220, "Rolle"), (400, "Dato")]:
        c.drawString(x, y, h)
    y -= 14
    c.setFont("Helvetica", 10)
    for nm, rl, dt in [("Bente Holm", "Nav-leder", "20.01.2020"), ("Rolf Sæther", "Kommunalsjef", "22.01.2020")]:
        c.drawString(44, y, nm)
        c.drawString(220, y, rl)
        c.drawString(400, y, dt)
        y -= 14
    c.showPage()
    c.save()
    Path(out).write_bytes(b.getvalue())
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Midt-Telemark", "Midt-Telemark", on),
                 contact=("Hanne Dale", "hanne.dale@nav.no", "35958011"),
                 project=("Arbeidslinja i Midt-Telemark", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Bente Holm", "Nav-leder", "2020-01-20", "electronic_approval"),
                       ("municipality", "Rolf Sæther", "Kommunalsjef", "2020-01-22", "electronic_approval")],
                 notes=["region template; filled squares as ticks; salary per month x 12"])


# ------------------------------------------------------------------ z09
def z09(out):
    """Nynorsk, question then indented answer; defect: the municipal block is left empty."""
    on = org(109)
    b = io.BytesIO()
    c = _canvas(b)
    y = H - 60
    c.setFont("Times-Bold", 15)
    c.drawString(50, y, "Søknad om tilskot til utvikling av sosiale tenester i NAV – 2020")
    y -= 18
    c.setFont("Times-Italic", 10)
    c.drawString(50, y, "Søknadsfrist 1. februar 2020. Sendast Fylkesmannen i Møre og Romsdal.")
    y -= 26
    qa = [("Kva Nav-kontor søkjer?", "NAV Sunndal"), ("Kommune", "Sunndal"), ("Organisasjonsnummer", on),
          ("Kven er kontaktperson?", "Trond Løfald – trond.lofald@nav.no – 986 31 442"),
          ("Kva heiter prosjektet?", "Arbeid og bustad"), ("Nytt prosjekt eller vidareføring?", "Nytt"),
          ("Når startar prosjektet?", "1. mai 2020"), ("Kor stor stillingsressurs?", "Ei stilling (100 %)"),
          ("Løn og sosiale kostnader", "610 000 kr"), ("Kompetansemidlar", "ikkje søkt"),
          ("Samla søknadsbeløp", "610 000 kr"),
          ("Prioritert område", "Sikring av sårbare overgangar – særleg lauslating frå fengsel"),
          ("Ønskjer de nettverk/klyngesamarbeid?", "Ja"),
          ("Ønskjer de ekstern prosessevaluering?", "Ja")]
    for q, a in qa:
        c.setFont("Times-Bold", 11)
        c.drawString(50, y, q)
        y -= 14
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, a)
        y -= 20
    y -= 6
    c.setFont("Times-Bold", 12)
    c.drawString(50, y, "Underskrifter")
    y -= 20
    c.setFont("Times-Roman", 11)
    c.drawString(50, y, "Nav-leiar: Godkjent elektronisk 27.01.2020 av Trude Ranes, Nav-leiar.")
    y -= 28
    c.drawString(50, y, "For kommunen (rådmann / kommunalsjef):")
    y -= 26
    c.drawString(50, y, "Stad/dato: ____________________     Underskrift: ____________________")
    y -= 22
    c.drawString(50, y, "Namn med blokkbokstavar: ____________________")
    c.showPage()
    c.save()
    Path(out).write_bytes(b.getvalue())
    return truth("z09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Sunndal", "Sunndal", on), contact=("Trond Løfald", "trond.lofald@nav.no", "98631442"),
                 project=("Arbeid og bustad", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Trude Ranes", "Nav-leiar", "2020-01-27", "electronic_approval")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: municipal block has only empty lines; 610 000 exactly at the cap is fine"])


# ------------------------------------------------------------------ z10
def z10(out):
    """Landscape, two panels side by side, budget in thousands; typed names."""
    on = org(110)
    b = io.BytesIO()
    size = landscape(A4)
    c = _canvas(b, size)
    Wl, Hl = size
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, Hl - 45, "Tilskudd til utvikling av sosiale tjenester i NAV 2020 – søknad")
    c.setFont("Helvetica", 9)
    c.drawString(40, Hl - 60, "Fylkesmannen i Troms og Finnmark")

    def panel(x, title, rows):
        y = Hl - 95
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, y, title)
        c.line(x, y - 4, x + 350, y - 4)
        y -= 20
        for k, v in rows:
            c.setFont("Helvetica", 8)
            c.drawString(x, y, k.upper())
            c.setFont("Helvetica", 10.5)
            c.drawString(x, y - 12, v)
            y -= 30
        return y

    panel(40, "Søker", [("Nav-kontor", "NAV Alta"), ("Kommune", "Alta"), ("Org.nr", on),
                        ("Kontaktperson", "Sindre Isaksen"), ("E-post", "sindre.isaksen@alta.kommune.no"),
                        ("Telefon", "+47 784 55 012")])
    y = panel(430, "Prosjekt", [("Prosjektnavn", "Ung i Alta"), ("Type", "Videreføring (år 2)"),
                                ("Oppstart", "01.01.2020"), ("Stillingsandel", "100 %")])
    c.setFont("Helvetica-Bold", 10)
    c.drawString(430, y, "Budsjett (beløp i 1000 kr)")
    y -= 16
    c.setFont("Helvetica", 10)
    for k, v in [("Lønn og sosiale kostnader", "590"), ("Kompetansemidler", "10"), ("Sum", "600")]:
        c.drawString(430, y, k)
        c.drawRightString(700, y, v)
        y -= 14
    y = 170
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, "Prioriterte områder")
    y -= 15
    for on_, txt in [(True, "Bruk av ordinært arbeidsliv"),
                     (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (False, "Sikring av sårbare overganger")]:
        _box(c, 40, y - 1, on_)
        c.setFont("Helvetica", 10)
        c.drawString(54, y, txt)
        y -= 14
    c.drawString(40, y - 6, "Nettverk/klyngesamarbeid: Nei     Ekstern prosessevaluering: Ja")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(430, 170, "Underskrifter")
    c.setFont("Helvetica", 10)
    c.drawString(430, 152, "Nav-leder: Ellen Mathisen        Dato: 29.01.2020")
    c.drawString(430, 134, "Kommunedirektør: Bjørn Sara        Dato: 30.01.2020")
    c.showPage()
    c.save()
    Path(out).write_bytes(b.getvalue())
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Alta", "Alta", on), contact=("Sindre Isaksen", "sindre.isaksen@alta.kommune.no", "78455012"),
                 project=("Ung i Alta", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Ellen Mathisen", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Bjørn Sara", "Kommunedirektør", "2020-01-30", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"], notes=["budget in thousands; typed names only"])


# ------------------------------------------------------------------ z11
def z11(out):
    """AcroForm filled with pypdf; ink drawn over the signature lines."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, NameObject
    on = org(111)
    b = io.BytesIO()
    c = _canvas(b)
    f = c.acroForm
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, H - 50, "Søknadsskjema – sosiale tjenester i NAV 2020 (utfyllbart)")
    y = H - 85
    fields = [("Søkende kontor", "kontor"), ("Kommune", "kommune"), ("Organisasjonsnr.", "orgnr"),
              ("Kontaktperson", "kontakt_navn"), ("E-post", "kontakt_epost"), ("Telefon", "kontakt_tlf"),
              ("Prosjektnavn", "tittel"), ("Nytt / videreføring", "type"), ("Oppstartsdato", "oppstart"),
              ("Stillingsprosent", "prosent"), ("Lønnskostnader", "lonn"), ("Kompetansemidler", "komp"),
              ("Sum søknadsbeløp", "sum")]
    for lab, name in fields:
        c.setFont("Helvetica", 10)
        c.drawString(40, y + 5, lab)
        f.textfield(name=name, x=200, y=y, width=340, height=18, borderWidth=0.5, fontSize=10, value="")
        y -= 26
    c.drawString(40, y, "Prioriterte områder:")
    y -= 20
    for name, txt in [("p_arbeidsliv", "Bruk av ordinært arbeidsliv"),
                      ("p_familier", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("p_overganger", "Sikring av sårbare overganger")]:
        f.checkbox(name=name, x=40, y=y - 3, size=12, buttonStyle="check", checked=False)
        c.drawString(60, y, txt)
        y -= 18
    y -= 6
    c.drawString(40, y, "Interesse:")
    y -= 20
    for name, txt in [("nettverk", "Ønsker nettverk/klyngesamarbeid"),
                      ("evaluering", "Ønsker ekstern prosessevaluering")]:
        f.checkbox(name=name, x=40, y=y - 3, size=12, buttonStyle="check", checked=False)
        c.drawString(60, y, txt)
        y -= 18
    y -= 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, "Leder av NAV-kontoret")
    c.drawString(310, y, "Kommunens ledelse")
    y -= 22
    for x, pre in [(40, "nl"), (310, "kl")]:
        c.setFont("Helvetica", 9)
        c.drawString(x, y + 4, "Navn")
        f.textfield(name=pre + "_navn", x=x + 50, y=y, width=180, height=16, borderWidth=0.5, fontSize=9, value="")
        c.drawString(x, y - 20, "Tittel")
        f.textfield(name=pre + "_tittel", x=x + 50, y=y - 24, width=180, height=16, borderWidth=0.5, fontSize=9,
                    value="")
        c.drawString(x, y - 44, "Dato")
        f.textfield(name=pre + "_dato", x=x + 50, y=y - 48, width=180, height=16, borderWidth=0.5, fontSize=9,
                    value="")
        c.line(x + 50, y - 86, x + 230, y - 86)
        c.drawString(x, y - 84, "Signatur")
    ink_rl(c, 95, y - 84, 1111, w=150)
    ink_rl(c, 365, y - 84, 1112, w=150)
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(b.getvalue()))
    w = PdfWriter(clone_from=r)
    vals = {"kontor": "NAV Kongsberg", "kommune": "Kongsberg", "orgnr": on, "kontakt_navn": "Lise Berg",
            "kontakt_epost": "lise.berg@nav.no", "kontakt_tlf": "41 55 20 90", "tittel": "Sammen om jobb",
            "type": "Nytt", "oppstart": "01.09.2020", "prosent": "60", "lonn": "366 000", "komp": "5 000",
            "sum": "371 000", "nl_navn": "Hans Petter Aas", "nl_tittel": "NAV-leder", "nl_dato": "22.01.2020",
            "kl_navn": "Kirsten Sand", "kl_tittel": "Rådmann", "kl_dato": "27.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    checked = {"p_arbeidsliv", "nettverk", "evaluering"}
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        nm = a.get("/T")
        if nm in ("p_arbeidsliv", "p_familier", "p_overganger", "nettverk", "evaluering"):
            st = NameObject("/Yes") if nm in checked else NameObject("/Off")
            a[NameObject("/V")] = st
            a[NameObject("/AS")] = st
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    ob = io.BytesIO()
    w.write(ob)
    Path(out).write_bytes(ob.getvalue())
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", on), contact=("Lise Berg", "lise.berg@nav.no", "41552090"),
                 project=("Sammen om jobb", "new", "2020-09-01"), pct=60,
                 amounts={"positions": 366000, "competence": 5000, "other": None, "total": 371000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Hans Petter Aas", "NAV-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Kirsten Sand", "Rådmann", "2020-01-27", "handwritten")],
                 notes=["60 % exactly at its cap 366 000; names in fields, ink drawn on the page"])


# ------------------------------------------------------------------ z12, z13 (LibreOffice)
def z12(out):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z12.docx"
        on = docs_word.src_z12(src)
        libreoffice_pdf(src, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", on),
                 contact=("Per Arne Solberg", "per.arne.solberg@nav.no", "46602871"),
                 project=("Jobb først på Hønefoss", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 610000, "competence": 15000, "other": None, "total": 625000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Camilla Fossum", "NAV-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Tore Isaksen", "Rådmann", "2020-01-24", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["defect: competence 15 000 > 10 000"])


def z13(out):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z13.docx"
        on = docs_word.src_z13(src)
        libreoffice_pdf(src, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Kvinnherad", "Kvinnherad", on),
                 contact=("Solveig Tysnes", "solveig.tysnes@kvinnherad.kommune.no", "53483160"),
                 project=("Saman mot arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 606000, "competence": 10000, "other": None, "total": 616000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Leif Rød", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Åse Gjerde", "Kommunalsjef", "2020-01-31", "handwritten")],
                 notes=["two position lines 60 % + 40 %; '–' means not ticked"])


# ------------------------------------------------------------------ z14
def _levanger_page(c, on):
    y = H - 55
    c.setFont("Helvetica-Bold", 13)
    c.drawString(45, y, "NAV Levanger – søknad om tilskudd 2020")
    y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(45, y, "Tilskudd til utvikling av sosiale tjenester i NAV-kontoret, kap. 0621 post 63")
    y -= 30
    rows = [("Nav-kontor", "NAV Levanger"), ("Kommune", "Levanger"), ("Organisasjonsnummer", on),
            ("Kontaktperson", "Mona Hegstad"), ("E-post", "mona.hegstad@nav.no"), ("Telefon", "74 05 27 00"),
            ("Prosjekt", "Jobbhuset"), ("Nytt eller videreføring", "Nytt"), ("Oppstart", "1. mai 2020"),
            ("Stilling", "Hel stilling"), ("Lønn inkl. sosiale kostnader", "595 000"),
            ("Totalt omsøkt beløp", "595 000")]
    for k, v in rows:
        c.rect(45, y - 5, 175, 18, stroke=1, fill=0)
        c.rect(220, y - 5, 330, 18, stroke=1, fill=0)
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y, k)
        c.setFont("Helvetica", 10.5)
        c.drawString(226, y, v)
        y -= 18
    y -= 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, y, "Søknaden gjelder prioritert område:")
    c.setFont("Helvetica", 10)
    y -= 15
    for on_, txt in [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (True, "Sikring av sårbare overganger")]:
        _box(c, 48, y - 1, on_)
        c.drawString(62, y, txt)
        y -= 14
    y -= 8
    c.drawString(45, y, "Vi ønsker å delta i nettverk/klyngesamarbeid: Ja.  Vi ønsker ekstern prosessevaluering: Ja.")
    y -= 45
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, y, "Sted/dato")
    c.drawString(310, y, "Sted/dato")
    c.setFont("Helvetica", 10)
    c.drawString(45, y - 14, "Levanger, 21.01.2020")
    c.drawString(310, y - 14, "Levanger, 23.01.2020")
    ink_rl(c, 50, y - 58, 1141, w=150)
    ink_rl(c, 315, y - 58, 1142, w=150)
    c.line(45, y - 62, 250, y - 62)
    c.line(310, y - 62, 515, y - 62)
    c.drawString(45, y - 76, "Nav-leder Marit Skjervold")
    c.drawString(310, y - 76, "Kommunedirektør Vidar Hoel")


def z14(out):
    on = org(114)
    b = io.BytesIO()
    c = _canvas(b)
    _levanger_page(c, on)
    c.showPage()
    c.save()
    Path(out).write_bytes(b.getvalue())
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Levanger", "Levanger", on), contact=("Mona Hegstad", "mona.hegstad@nav.no", "74052700"),
                 project=("Jobbhuset", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 595000, "competence": None, "other": None, "total": 595000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Marit Skjervold", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Vidar Hoel", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["side-by-side Sted/dato blocks, vector ink over the line, title before the name"])


# ------------------------------------------------------------------ z15
def z15(out):
    """2019 paper form, faxed: 200 dpi bilevel, 0.8 degree skew, streaks, specks."""
    on = org(115)
    b = io.BytesIO()
    c = _canvas(b)
    y = H - 60
    c.setFont("Courier-Bold", 13)
    c.drawString(45, y, "FYLKESMANNEN I MØRE OG ROMSDAL")
    y -= 18
    c.setFont("Helvetica-Bold", 12)
    c.drawString(45, y, "Søknad: tilskudd til utvikling av sosiale tjenester i NAV 2019")
    y -= 30
    rows = [("1", "Søker (NAV-kontor)", "NAV Molde"), ("2", "Kommune", "Molde"), ("3", "Org.nr.", on),
            ("4", "Kontaktperson", "Jorunn Eikrem"), ("5", "E-post", "jorunn.eikrem@molde.kommune.no"),
            ("6", "Telefon", "71 11 13 25"), ("7", "Prosjektnavn", "Arbeid gir mestring"),
            ("8", "Nytt/videreført", "Nytt"), ("9", "Oppstart", "01.04.2019"),
            ("10", "Stillingsandel", "100 %"), ("11", "Lønn inkl. sosiale kostnader", "540 000"),
            ("12", "Kompetansemidler", "10 000"), ("13", "Sum søknadsbeløp", "550 000")]
    for n, k, v in rows:
        c.setFont("Helvetica", 11)
        c.drawString(45, y, n + ".")
        c.drawString(70, y, k)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(270, y, v)
        c.setLineWidth(0.4)
        c.line(265, y - 3, 550, y - 3)
        y -= 22
    y -= 8
    c.setFont("Helvetica", 11)
    c.drawString(45, y, "14. Prioritert område:")
    y -= 17
    for on_, txt in [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (False, "Sikring av sårbare overganger")]:
        _box(c, 70, y - 1, on_, 9)
        c.drawString(86, y, txt)
        y -= 16
    y -= 30
    c.drawString(45, y, "NAV-leder")
    c.drawString(310, y, "Rådmann")
    c.drawString(45, y - 16, "Molde, 24.01.2019")
    c.drawString(310, y - 16, "Molde, 30.01.2019")
    ink_rl(c, 50, y - 60, 1151, w=150, color=(0.05, 0.05, 0.1))
    ink_rl(c, 315, y - 60, 1152, w=150, color=(0.05, 0.05, 0.1))
    c.line(45, y - 64, 250, y - 64)
    c.line(310, y - 64, 515, y - 64)
    c.drawString(45, y - 78, "Geir Inge Lien")
    c.drawString(310, y - 78, "Arne Sverre Dahl")
    c.showPage()
    c.save()
    scan_pdf(b.getvalue(), out, dpi=200, angle=0.8, seed=115, fax=True, streaks=True, blur=0.4)
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme=S19,
                 office=("Nav Molde", "Molde", on), contact=("Jorunn Eikrem", "jorunn.eikrem@molde.kommune.no", "71111325"),
                 project=("Arbeid gir mestring", "new", "2019-04-01"), pct=100,
                 amounts={"positions": 540000, "competence": 10000, "other": None, "total": 550000},
                 prio=["ordinaert-arbeidsliv"], interest=(None, None),
                 sigs=[("nav_leader", "Geir Inge Lien", "NAV-leder", "2019-01-24", "handwritten"),
                       ("municipality", "Arne Sverre Dahl", "Rådmann", "2019-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["fax-like: 200 dpi bilevel, skew 0.8 deg, streaks"])


# ------------------------------------------------------------------ z16
def z16(out):
    """Two sequential PAdES signatures with the signers printed as 'Signeres digitalt av'."""
    on = org(116)
    b = io.BytesIO()
    c = _canvas(b)
    y = H - 55
    c.setFont("Helvetica-Bold", 14)
    c.drawString(45, y, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020")
    y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(45, y, "Til Fylkesmannen i Troms og Finnmark – sendes digitalt signert")
    y -= 30
    for k, v in [("Søker", "NAV Tromsø"), ("Kommune", "Tromsø"), ("Org.nr.", on),
                 ("Kontaktperson", "Marius Johansen, marius.johansen@nav.no, tlf. 77 79 00 12"),
                 ("Prosjektets navn", "Ny start – arbeid etter soning"), ("Nytt eller videreføring", "Nytt"),
                 ("Planlagt oppstart", "01.05.2020"), ("Stillingsandel", "100 %"),
                 ("Lønn og sosiale kostnader", "kr 610 000"), ("Kompetansemidler", "kr 10 000"),
                 ("Sum søknadsbeløp", "kr 620 000")]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(45, y, k + ":")
        c.setFont("Helvetica", 10)
        c.drawString(210, y, v)
        y -= 17
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, y, "Prioriterte områder:")
    c.setFont("Helvetica", 10)
    c.drawString(210, y, "Sikring av sårbare overganger (løslatelse fra fengsel)")
    y -= 17
    c.drawString(210, y, "Bruk av ordinært arbeidsliv")
    y -= 22
    c.drawString(45, y, "Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Nei")
    y -= 40
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, y, "Signeres digitalt av:")
    c.setFont("Helvetica", 10)
    c.drawString(45, y - 16, "Nav-leder Kjersti Pedersen, 27.01.2020")
    c.drawString(45, y - 32, "Kommunedirektør Stig Nilsen, 30.01.2020")
    c.showPage()
    c.save()
    tz = timezone.utc
    data = pades_sign(b.getvalue(), [
        ("NavLeder", "Kjersti Pedersen", datetime(2020, 1, 27, 10, 15, tzinfo=tz), "Nav-leder, NAV Tromsø"),
        ("Kommunedirektor", "Stig Nilsen", datetime(2020, 1, 30, 13, 40, tzinfo=tz), "Kommunedirektør, Tromsø kommune"),
    ])
    Path(out).write_bytes(data)
    return truth("z16", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", on),
                 contact=("Marius Johansen", "marius.johansen@nav.no", "77790012"),
                 project=("Ny start – arbeid etter soning", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["saarbare-overganger", "ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kjersti Pedersen", "Nav-leder", "2020-01-27", "digital"),
                       ("municipality", "Stig Nilsen", "Kommunedirektør", "2020-01-30", "digital")],
                 notes=["two sequential PAdES signatures, self-signed EC certificates made at build time"])
