"""PDF documents y08-y18."""
from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4

import kit23 as K
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"
W, H = A4


# ------------------------------------------------------------------ y08
def y08(out):
    """pdf-text, Bokmål, city office: two-column form with grey label boxes at left, Liberation Sans;
    continuation year 3; amount exactly at the cap; electronic approval listed in a small table."""
    c = K.canvas(out, "Søknad Nav Tromsø")
    c.setFillGray(0.2)
    c.setFont("LibSans-Bold", 14)
    c.drawString(50, H - 60, "Tilskudd til utvikling av sosiale tjenester i Nav – søknad for 2020")
    c.setFont("LibSans", 9)
    c.drawString(50, H - 76, "Statsbudsjettet kap. 0621 post 63 · Søknaden sendes Fylkesmannen i Troms og Finnmark innen 1. februar 2020")
    y = H - 110
    rows = [("Søkende Nav-kontor", "Nav Tromsø"), ("Kommune", "Tromsø"), ("Organisasjonsnummer", "982 916 275"),
            ("Prosjektets navn", "Tett på – arbeid for unge voksne"), ("Nytt prosjekt / videreføring", "Videreføring (3. år)"),
            ("Prosjektperiode 2020 fra", "1. januar 2020"), ("Kontaktperson", "Mathias Eliassen"),
            ("Kontaktpersonens e-post", "mathias.eliassen@nav.no"), ("Kontaktpersonens telefon", "776 02 418"),
            ("Prioriterte områder", "Bruk av ordinært arbeidsliv; Sikring av sårbare overganger"),
            ("Nettverk / klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")]
    for lab, val in rows:
        c.setFillGray(0.88)
        c.rect(50, y - 6, 170, 20, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("LibSans", 9)
        c.drawString(56, y, lab)
        c.setFont("LibSans", 10)
        c.drawString(232, y, val)
        c.setStrokeGray(0.7)
        c.line(220, y - 6, W - 50, y - 6)
        y -= 24
    y -= 10
    c.setFont("LibSans-Bold", 11)
    c.drawString(50, y, "Kort om prosjektet")
    y = K.wrap(c, "Prosjektet har i to år gitt unge voksne på sosialhjelp en fast veileder som bruker ordinære "
               "arbeidsplasser i byen som arena. I 2020 videreføres arbeidet med vekt på unge som løslates fra "
               "Tromsø fengsel og unge som skrives ut fra institusjon.", 50, y - 16, W - 100, "LibSans", 10)
    y -= 14
    c.setFont("LibSans-Bold", 11)
    c.drawString(50, y, "Søknadsbeløp")
    y -= 18
    c.setFont("LibSans", 10)
    for a, b, s in [("Stilling", "Andel", "Kroner"), ("Arbeidsveileder (lønn og sosiale kostnader)", "100 %", "610 000"),
                    ("Kompetansemidler", "", "10 000"), ("Sum", "", "620 000")]:
        c.drawString(56, y, a); c.drawString(330, y, b); c.drawRightString(W - 60, y, s)
        y -= 15
    y -= 20
    c.setFont("LibSans-Bold", 11)
    c.drawString(50, y, "Godkjenning")
    y -= 16
    c.setFont("LibSans", 9)
    c.drawString(50, y, "Dokumentet er elektronisk godkjent og har derfor ingen signatur.")
    y -= 16
    for a, b, d_ in [("Navn", "Stilling", "Godkjent dato"), ("Hanne Strøm", "Leder Nav Tromsø", "21.01.2020"),
                     ("Stig Tore Johansen", "Kommunedirektør", "23.01.2020")]:
        c.drawString(56, y, a); c.drawString(230, y, b); c.drawString(400, y, d_)
        y -= 13
    c.showPage()
    c.save()
    return truth("y08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", "982916275"),
                 contact=("Mathias Eliassen", "mathias.eliassen@nav.no", "77602418"),
                 project=("Tett på – arbeid for unge voksne", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Hanne Strøm", "Leder Nav Tromsø", "2020-01-21", "electronic_approval"),
                       ("municipality", "Stig Tore Johansen", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=[], notes=["continuation year 3 is within the three-year limit"])


# ------------------------------------------------------------------ y09
def y09(out):
    """pdf-text, Nynorsk, numbered sections in a serif font; budget 'Beløp i 1000 kr';
    planted defect: 150 % positions at 960 000 > 915 000 (AMOUNT_OVER_CAP)."""
    c = K.canvas(out, "Søknad Nav Voss")
    c.setFont("DejaVuSerif-Bold", 13)
    c.drawString(60, H - 60, "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    c.setFont("DejaVuSerif", 9)
    c.drawString(60, H - 75, "Til Fylkesmannen i Vestland. Søknadsfrist 1. februar 2020.")
    y = H - 105
    secs = [("1", "Søkjar", [("1.1", "Nav-kontor: Nav Voss"), ("1.2", "Kommune: Voss herad"),
                             ("1.3", "Org.nr.: 808 715 066"),
                             ("1.4", "Kontaktperson: Torbjørn Lid, tlf. 56 52 14 80, torbjorn.lid@voss.kommune.no")]),
            ("2", "Prosjektet", [("2.1", "Namn på prosjektet: Heile familien"), ("2.2", "Nytt prosjekt"),
                                 ("2.3", "Oppstart: 1. september 2020")]),
            ("3", "Satsingsområde", [("3.1", "Oppfølging av barnefamiliar, ungdom og innvandrarar")]),
            ("4", "Samarbeid", [("4.1", "Nettverk/klyngesamarbeid: ja"), ("4.2", "Ekstern prosessevaluering: ja")])]
    for n, head, items in secs:
        c.setFont("DejaVuSerif-Bold", 11)
        c.drawString(60, y, f"{n}  {head}")
        y -= 16
        c.setFont("DejaVuSerif", 10)
        for k, v in items:
            c.drawString(72, y, k); c.drawString(100, y, v)
            y -= 14
        y -= 6
    c.setFont("DejaVuSerif-Bold", 11)
    c.drawString(60, y, "5  Budsjett (beløp i 1000 kr)")
    y -= 16
    c.setFont("DejaVuSerif", 10)
    for a, b, s in [("Post", "Stilling", "1000 kr"), ("Familiekoordinator", "100 %", "640"),
                    ("Arbeidsrettleiar", "50 %", "320"), ("Sum søkt", "150 %", "960")]:
        c.drawString(72, y, a); c.drawString(300, y, b); c.drawRightString(480, y, s)
        y -= 14
    y -= 10
    c.setFont("DejaVuSerif-Bold", 11)
    c.drawString(60, y, "6  Godkjenning")
    y -= 16
    c.setFont("DejaVuSerif", 10)
    for line in ["Dokumentet er elektronisk godkjent og har difor inga handskriven underskrift.",
                 "Nav-leiar Ragnhild Vinje, godkjent 29.01.2020",
                 "Kommunedirektør Jon Olav Gjerme, godkjent 30.01.2020"]:
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.save()
    return truth("y09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", "808715066"),
                 contact=("Torbjørn Lid", "torbjorn.lid@voss.kommune.no", "56521480"),
                 project=("Heile familien", "new", "2020-09-01"), pct=150,
                 amounts={"positions": 960000, "competence": None, "other": None, "total": 960000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Vinje", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Jon Olav Gjerme", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"], notes=["planted: 960 000 for 150 % > 915 000; amounts in thousands",
                                                       "municipality written 'Voss herad'"])


# ------------------------------------------------------------------ y10
def y10(out):
    """pdf-text, Bokmål: an e-mail printout from the municipality's post room in front, the form
    (answers right of bold labels, Helvetica) on pages 2-3. Positions given as '1,5 årsverk'."""
    c = K.canvas(out, "Videresendt: søknad")
    c.setFont("Helvetica", 9)
    y = H - 50
    for l in ["Fra: Postmottak Lørenskog kommune <postmottak@lorenskog.kommune.no>",
              "Sendt: fredag 31. januar 2020 10:12", "Til: Fylkesmannen i Oslo og Viken <fmovpost@fylkesmannen.no>",
              "Emne: Søknad om tilskudd til utvikling av sosiale tjenester i Nav – Nav Lørenskog",
              "Vedlegg: Søknad Nav Lørenskog 2020.pdf", "",
              "Hei,", "Vedlagt følger søknad fra Nav Lørenskog. Søknaden er behandlet i kommunens ledergruppe.",
              "Ta gjerne kontakt med kontaktpersonen i søknaden ved spørsmål.", "",
              "Med hilsen", "Dokumentsenteret, Lørenskog kommune"]:
        c.drawString(50, y, l)
        y -= 13
    c.showPage()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 60, "SØKNADSSKJEMA 2020")
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 76, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)")
    y = H - 110
    rows = [("Nav-kontor:", "Nav Lørenskog"), ("Kommune:", "Lørenskog"), ("Organisasjonsnr.:", "930 147 834"),
            ("Prosjekt:", "Boligsosialt løft i Lørenskog"), ("Nytt/videreført:", "Nytt"),
            ("Ønsket oppstart:", "15.04.2020"),
            ("Kontaktperson:", "Nina Kristoffersen"), ("Telefon:", "97 12 44 03"),
            ("E-post:", "nina.kristoffersen@nav.no"), ("Stillinger totalt:", "1,5 årsverk")]
    for lab, val in rows:
        c.setFont("Helvetica-Bold", 10); c.drawString(50, y, lab)
        c.setFont("Helvetica", 10); c.drawString(170, y, val)
        y -= 17
    y -= 8
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Prioriterte områder (sett kryss):")
    y -= 16
    c.setFont("Helvetica", 10)
    for on, txt in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (True, "Sikring av sårbare overganger")]:
        c.rect(56, y - 2, 9, 9)
        if on:
            c.line(57, y + 3, 60, y); c.line(60, y, 65, y + 7)
        c.drawString(72, y, txt)
        y -= 15
    y -= 8
    y = K.wrap(c, "Barnefamilier i midlertidig bolig følges tett fra innflytting til varig bolig, slik at barna "
               "slipper å bytte skole og de voksne kommer i arbeid eller kvalifisering.", 50, y, W - 100, "Helvetica", 10)
    c.showPage()
    y = H - 60
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "Budsjett")
    y -= 18
    c.setFont("Helvetica", 10)
    for a, b, s in [("Prosjektkoordinator 100 %", "", "560 000"), ("Boligveileder 50 %", "", "285 000"),
                    ("Kompetanse", "", "8 000"), ("Totalt omsøkt beløp", "", "853 000")]:
        c.drawString(56, y, a); c.drawRightString(400, y, s)
        y -= 15
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Ønsker å delta i nettverk/klyngesamarbeid:"); c.setFont("Helvetica", 10); c.drawString(320, y, "Nei")
    y -= 15
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Ønsker ekstern prosessevaluering:"); c.setFont("Helvetica", 10); c.drawString(320, y, "Ja")
    y -= 30
    c.setFont("Helvetica", 9)
    c.drawString(50, y, "Dokumentet er elektronisk godkjent og sendes uten signatur.")
    y -= 14
    c.drawString(50, y, "Godkjent av leder Nav Lørenskog Kristin Aamodt 27.01.2020")
    y -= 14
    c.drawString(50, y, "Godkjent av kommunalsjef Geir Rustad 30.01.2020")
    c.showPage()
    c.save()
    return truth("y10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Lørenskog", "Lørenskog", "930147834"),
                 contact=("Nina Kristoffersen", "nina.kristoffersen@nav.no", "97124403"),
                 project=("Boligsosialt løft i Lørenskog", "new", "2020-04-15"), pct=150,
                 amounts={"positions": 845000, "competence": 8000, "other": None, "total": 853000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Kristin Aamodt", "leder Nav Lørenskog", "2020-01-27", "electronic_approval"),
                       ("municipality", "Geir Rustad", "kommunalsjef", "2020-01-30", "electronic_approval")],
                 expected=[], notes=["e-mail printout in front; drawn tick marks in boxes"])


# ------------------------------------------------------------------ y11 acroform
def y11(out):
    """pdf-acroform, Bokmål: reportlab form fields filled with pypdf; ink drawn over the signature lines,
    names in text fields; planted defect: org number with a wrong check digit (ORG_NUMBER_INVALID)."""
    from pypdf import PdfReader, PdfWriter
    tmp = Path(tempfile.mkdtemp()) / "blank.pdf"
    c = K.canvas(tmp, "Søknadsskjema")
    f = c.acroForm
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 55, "Søknad – tilskudd til utvikling av sosiale tjenester i Nav 2020")
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 70, "Fylles ut elektronisk og sendes Fylkesmannen i Nordland innen 1. februar 2020.")
    y = H - 100
    fields = [("navkontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Org.nummer"),
              ("prosjektnavn", "Prosjektnavn"), ("oppstart", "Oppstartsdato"), ("kontakt", "Kontaktperson"),
              ("epost", "E-post"), ("telefon", "Telefon"), ("stilling", "Stillingsprosent"),
              ("belop_stilling", "Lønn og sos. kostn. (kr)"), ("belop_komp", "Kompetanse (kr)"), ("belop_sum", "Sum omsøkt (kr)")]
    for name, lab in fields:
        c.setFont("Helvetica", 9)
        c.drawString(50, y + 5, lab)
        f.textfield(name=name, x=200, y=y, width=330, height=18, borderWidth=0.5, fontSize=10, fontName="Helvetica")
        y -= 26
    for name, lab in [("nytt", "Nytt prosjekt"), ("videre", "Videreføring")]:
        f.checkbox(name=name, x=50, y=y, size=12, buttonStyle="cross")
        c.drawString(68, y + 2, lab)
        y -= 18
    c.drawString(50, y, "Prioriterte områder:")
    y -= 18
    for name, lab in [("pri1", "Bruk av ordinært arbeidsliv"), ("pri2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("pri3", "Sikring av sårbare overganger")]:
        f.checkbox(name=name, x=50, y=y, size=12, buttonStyle="cross")
        c.drawString(68, y + 2, lab)
        y -= 18
    for name, lab in [("nettverk", "Ønsker nettverk/klyngesamarbeid"), ("evaluering", "Ønsker ekstern prosessevaluering")]:
        f.checkbox(name=name, x=50, y=y, size=12, buttonStyle="cross")
        c.drawString(68, y + 2, lab)
        y -= 18
    y -= 60
    c.drawString(50, y + 40, "Underskrift Nav-leder")
    c.drawString(310, y + 40, "Underskrift kommunedirektør/rådmann")
    c.line(50, y, 270, y); c.line(310, y, 530, y)
    f.textfield(name="navn_leder", x=50, y=y - 24, width=220, height=16, borderWidth=0, fontSize=9)
    f.textfield(name="navn_kommune", x=310, y=y - 24, width=220, height=16, borderWidth=0, fontSize=9)
    f.textfield(name="dato_leder", x=50, y=y - 42, width=220, height=16, borderWidth=0, fontSize=9)
    f.textfield(name="dato_kommune", x=310, y=y - 42, width=220, height=16, borderWidth=0, fontSize=9)
    c.showPage()
    c.save()
    r = PdfReader(str(tmp))
    w = PdfWriter()
    w.append(r)
    vals = {"navkontor": "Nav Bodø", "kommune": "Bodø", "orgnr": "842191736", "prosjektnavn": "Jobbhuset Bodø",
            "oppstart": "01.05.2020", "kontakt": "Camilla Pedersen", "epost": "camilla.pedersen@nav.no",
            "telefon": "75 55 62 91", "stilling": "100 %", "belop_stilling": "595 000", "belop_komp": "5 000",
            "belop_sum": "600 000", "navn_leder": "Frode Nilssen, Nav-leder", "navn_kommune": "Anita Olsen, kommunedirektør",
            "dato_leder": "Bodø 24.01.2020", "dato_kommune": "Bodø 29.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    ticks = {"nytt": True, "pri1": True, "pri3": True, "nettverk": True}
    for annot in w.pages[0].get("/Annots", []):
        a = annot.get_object()
        name = a.get("/T")
        if name in ("nytt", "videre", "pri1", "pri2", "pri3", "nettverk", "evaluering"):
            from pypdf.generic import NameObject
            on = ticks.get(name, False)
            states = [k for k in a["/AP"]["/N"].keys() if k != "/Off"]
            v = NameObject(states[0] if on else "/Off")
            a[NameObject("/V")] = v
            a[NameObject("/AS")] = v
    w.set_need_appearances_writer(True)
    # ink over the signature lines, as a stamped overlay
    ov = Path(tmp).with_name("ov.pdf")
    oc = K.canvas(ov)
    K.draw_ink(oc, 1101, 60, y - 2)
    K.draw_ink(oc, 1102, 320, y - 2)
    oc.showPage(); oc.save()
    w.pages[0].merge_page(PdfReader(str(ov)).pages[0])
    w.add_metadata({"/Producer": "pypdf"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("y11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", "842191736"),
                 contact=("Camilla Pedersen", "camilla.pedersen@nav.no", "75556291"),
                 project=("Jobbhuset Bodø", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 595000, "competence": 5000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Frode Nilssen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Anita Olsen", "kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["planted: org number 842191736 fails MOD11 (check digit should be 4)",
                        "unticked evaluation box read as false (a yes/no form question with one box)"])


# ------------------------------------------------------------------ y12, y13 from office
def _soffice(docx_path: Path, out: Path):
    outdir = docx_path.parent
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{outdir}/lo", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(docx_path)], check=True, capture_output=True, timeout=180)
    import re
    b = docx_path.with_suffix(".pdf").read_bytes()
    b = re.sub(rb"D:\d{14}[^)]*", lambda m: b"D:20200120090000+00'00'".ljust(len(m.group()))[:len(m.group())], b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group()) - 14), b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
               lambda m: m.group().replace(m.group(1), b"A" * len(m.group(1))).replace(m.group(2), b"B" * len(m.group(2))), b)
    b = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>", lambda m: b"<xmp:CreateDate>" + b"2020-01-20T09:00:00Z".ljust(len(m.group()) - 33) + b"</xmp:CreateDate>", b)
    Path(out).write_bytes(b)


def y12(out):
    """pdf-from-office, Nynorsk: a Word form (label column + answers, budget table at the end,
    Nav-leiar ink image) converted by LibreOffice; the municipality block is empty
    (SIGNATURE_MUNICIPALITY_MISSING)."""
    from docx import Document
    from docx.shared import Cm, Pt
    tmp = Path(tempfile.mkdtemp())
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    d.add_paragraph("Mottakar: Fylkesmannen i Vestland. Frist 1. februar 2020.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Søkjar", "Nav Kvinnherad"), ("Kommune", "Kvinnherad"), ("Organisasjonsnummer", "943118825"),
                 ("Prosjekttittel", "Vegen vidare"), ("Nytt prosjekt eller vidareføring", "Vidareføring, 2. år"),
                 ("Startdato", "01.01.2020"), ("Kontaktperson", "Solveig Tveit"),
                 ("E-post", "solveig.tveit@kvinnherad.kommune.no"), ("Telefon", "53 48 31 22"),
                 ("Satsingsområde", "Sikring av sårbare overgangar"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Prosjektet følgjer opp ungdom som går ut av barnevernstiltak og inn i eige liv, med ein fast "
                    "kontaktperson i Nav som held i overgangen til skule, bustad og arbeid.")
    d.add_paragraph("Budsjett").runs[0].bold = True
    b = d.add_table(rows=1, cols=3)
    b.style = "Table Grid"
    for i, s in enumerate(["Stilling", "Prosent", "Kr"]):
        b.rows[0].cells[i].text = s
    for r in [("Overgangskoordinator", "100 %", "575 000"), ("Kompetansemidlar", "", "10 000"), ("Sum", "", "585 000")]:
        c = b.add_row().cells
        for i, s in enumerate(r):
            c[i].text = s
    d.add_paragraph()
    s = d.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].text, s.rows[0].cells[1].text = "Nav-leiar", "Kommunedirektør / rådmann"
    s.rows[1].cells[0].paragraphs[0].add_run().add_picture(str(K.ink_file(1201, tmp)), width=Cm(4.5))
    s.rows[2].cells[0].text, s.rows[2].cells[1].text = "Namn: Arnfinn Hovland", "Namn:"
    s.rows[3].cells[0].text, s.rows[3].cells[1].text = "Stad/dato: Rosendal 21.01.2020", "Stad/dato:"
    src = tmp / "y12.docx"
    K.fixed_core(d, "Søknad Kvinnherad", "Solveig Tveit")
    d.save(str(src))
    _soffice(src, Path(out))
    return truth("y12", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Kvinnherad", "Kvinnherad", "943118825"),
                 contact=("Solveig Tveit", "solveig.tveit@kvinnherad.kommune.no", "53483122"),
                 project=("Vegen vidare", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "other": None, "total": 585000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Arnfinn Hovland", "Nav-leiar", "2020-01-21", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], notes=["planted: municipality block has labels only"])


def y13(out):
    """pdf-from-office, Bokmål: a Word document in prose-and-table style with the budget in a table after
    the description, 'Ja/Nei' answered by deleting the other word, electronic approval; LibreOffice."""
    from docx import Document
    from docx.shared import Pt
    tmp = Path(tempfile.mkdtemp())
    d = Document()
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Nav Alta – søknad om tilskudd 2020", 1)
    d.add_paragraph("Tilskudd til utvikling av sosiale tjenester i Nav. Mottaker: Fylkesmannen i Troms og Finnmark.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Søker", "Nav Alta"), ("Vertskommune", "Alta"), ("Foretaksnummer", "841 620 755"),
                 ("Prosjektets navn", "Aktiv i Alta"), ("Nytt / videreføring", "Nytt"),
                 ("Planlagt oppstart", "august 2020"), ("Kontaktperson", "Ole-Martin Somby"),
                 ("Telefon / e-post", "78 45 00 21 / ole-martin.somby@alta.kommune.no")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Beskrivelse").runs[0].bold = True
    d.add_paragraph("Langtidsmottakere av sosialhjelp skal ut i ordinært arbeidsliv gjennom avtaler med lokale "
                    "bedrifter i reiseliv, fiskeindustri og handel. Prosjektet retter seg mot bruk av ordinært "
                    "arbeidsliv som arena for kvalifisering.")
    d.add_paragraph("Økonomi – omsøkt beløp").runs[0].bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = "Table Grid"
    b.rows[0].cells[0].text, b.rows[0].cells[1].text = "Lønn og sosiale kostnader", "Beløp"
    for r in [("Jobbkonsulent, 100 % stilling", "NOK 605 000"), ("Prosjektspesifikk kompetanse", "NOK 10 000"),
              ("Totalt", "NOK 615 000")]:
        c = b.add_row().cells
        c[0].text, c[1].text = r
    d.add_paragraph()
    d.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid? Ja")
    d.add_paragraph("Ønsker kontoret ekstern prosessevaluering? Nei")
    d.add_paragraph()
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    s = d.add_table(rows=3, cols=3)
    for i, r in enumerate([("Godkjent av", "Tittel", "Dato"), ("Marianne Eira", "Nav-leder", "17.01.2020"),
                           ("Bjørn Atle Hansen", "Rådmann", "20.01.2020")]):
        for j, v in enumerate(r):
            s.rows[i].cells[j].text = v
    src = tmp / "y13.docx"
    K.fixed_core(d, "Søknad Alta", "Ole-Martin Somby")
    d.save(str(src))
    _soffice(src, Path(out))
    return truth("y13", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Alta", "Alta", "841620755"),
                 contact=("Ole-Martin Somby", "ole-martin.somby@alta.kommune.no", "78450021"),
                 project=("Aktiv i Alta", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "other": None, "total": 615000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Marianne Eira", "Nav-leder", "2020-01-17", "electronic_approval"),
                       ("municipality", "Bjørn Atle Hansen", "Rådmann", "2020-01-20", "electronic_approval")],
                 expected=[], notes=["start given as a month alone ('august 2020')"])


# ------------------------------------------------------------------ y14 handwritten
def _form_page(c, rows, title, font="Helvetica", x2=200, top=None):
    c.setFont(font + "-Bold" if font == "Helvetica" else font, 12)
    y = top or H - 60
    c.drawString(50, y, title)
    y -= 30
    for lab, val in rows:
        c.setFont(font, 10)
        c.drawString(50, y, lab)
        c.drawString(x2, y, val)
        y -= 17
    return y


def y14(out):
    """pdf-handwritten, Bokmål: stacked signature blocks, 'Sted og dato' typed, ink image above a line,
    printed name and title under the line (reportlab)."""
    c = K.canvas(out, "Søknad Nav Molde")
    y = _form_page(c, [("Nav-kontor", "Nav Molde"), ("Kommune", "Molde"), ("Org.nr", "929 613 848"),
                       ("Kontaktperson", "Eva Lie Rød"), ("E-post", "eva.lie.rod@nav.no"), ("Mobil", "934 55 120"),
                       ("Prosjektnavn", "Ny start"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.06.2020"),
                       ("Stillingsressurs", "100 % prosjektstilling"),
                       ("Prioritert område", "Sikring av sårbare overganger (løslatelse fra fengsel)"),
                       ("Nettverk/klynge", "Ja"), ("Ekstern prosessevaluering", "Ja"),
                       ("Lønn og sosiale utgifter", "kr 560 000"), ("Kompetanse", "kr 10 000"),
                       ("Totalt søknadsbeløp", "kr 570 000")],
                   "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020")
    y -= 10
    y = K.wrap(c, "Prosjektet skal gi innsatte ved Hustad fengsel som løslates til Molde en fast kontakt i Nav "
               "før løslatelse, med bolig, inntekt og arbeid på plass første dag.", 50, y, W - 100, "Helvetica", 10)
    y -= 25
    for seed, place, name, title in [(1401, "Molde, 28.01.2020", "Trond Eidem", "leder Nav Molde"),
                                     (1402, "Molde, 30.01.2020", "Gunn Berit Gjerde", "kommunalsjef helse og omsorg")]:
        c.setFont("Helvetica", 9)
        c.drawString(50, y, "Sted og dato: " + place)
        K.draw_ink(c, seed, 60, y - 48, 150, 40)
        c.line(50, y - 50, 270, y - 50)
        c.drawString(50, y - 62, name)
        c.drawString(50, y - 74, title)
        y -= 100
    c.showPage()
    c.save()
    return truth("y14", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Molde", "Molde", "929613848"),
                 contact=("Eva Lie Rød", "eva.lie.rod@nav.no", "93455120"),
                 project=("Ny start", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "other": None, "total": 570000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Trond Eidem", "leder Nav Molde", "2020-01-28", "handwritten"),
                       ("municipality", "Gunn Berit Gjerde", "kommunalsjef helse og omsorg", "2020-01-30", "handwritten")],
                 expected=[], notes=["stacked blocks: place/date, ink, line, name, title"])


# ------------------------------------------------------------------ y15 scanned
def y15(out):
    """pdf-scanned, Nynorsk: a printed form with ink signatures side by side, rendered at 150 dpi,
    rotated 1.3°, a shadow along the right edge, lowered contrast, JPEG quality 55, image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    tmp = Path(tempfile.mkdtemp()) / "src.pdf"
    c = K.canvas(tmp, "Søknad")
    y = _form_page(c, [("Nav-kontor:", "Nav Stord"), ("Kommune:", "Stord"), ("Organisasjonsnummer:", "964 898 049"),
                       ("Kontaktperson:", "Kjersti Våge"), ("E-post:", "kjersti.vage@nav.no"), ("Telefon:", "53 49 60 12"),
                       ("Prosjektnamn:", "Sysselsetjing for alle"), ("Nytt prosjekt / vidareføring:", "Nytt prosjekt"),
                       ("Oppstart:", "01.05.2020"), ("Stilling:", "100 % jobbspesialist"),
                       ("Satsingsområde:", "Bruk av ordinært arbeidsliv"), ("Nettverk/klyngesamarbeid:", "Nei"),
                       ("Ekstern prosessevaluering:", "Ja"), ("Løn og sosiale kostnader:", "600 000 kr"),
                       ("Kompetansemidlar:", "10 000 kr"), ("Sum søkt:", "610 000 kr")],
                   "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", x2=230)
    y -= 40
    c.setFont("Helvetica", 10)
    c.drawString(50, y, "Stord, 23.01.2020"); c.drawString(320, y, "Stord, 27.01.2020")
    K.draw_ink(c, 1501, 55, y - 55, 160, 45); K.draw_ink(c, 1502, 325, y - 55, 160, 45)
    c.line(50, y - 58, 260, y - 58); c.line(320, y - 58, 530, y - 58)
    c.drawString(50, y - 72, "Inger Lise Økland, Nav-leiar"); c.drawString(320, y - 72, "Roald Litlabø, kommunedirektør")
    c.showPage(); c.save()
    pdf = pdfium.PdfDocument(str(tmp))
    img = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    img = img.rotate(1.3, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = ImageEnhance.Contrast(img).enhance(0.6)
    sh = Image.linear_gradient("L").rotate(90).resize(img.size)
    img = Image.composite(img, Image.new("L", img.size, 90), sh.point(lambda v: 255 if v < 200 else int(255 - (v - 200) * 2.5)))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55)
    from reportlab.lib.utils import ImageReader
    oc = K.canvas(out, "scan")
    oc.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, W, H)
    oc.showPage(); oc.save()
    return truth("y15", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", "964898049"),
                 contact=("Kjersti Våge", "kjersti.vage@nav.no", "53496012"),
                 project=("Sysselsetjing for alle", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Inger Lise Økland", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Roald Litlabø", "kommunedirektør", "2020-01-27", "handwritten")],
                 expected=[], optional=["LOW_CONFIDENCE"], notes=["150 dpi, 1.3° skew, shadow, JPEG q55"])


# ------------------------------------------------------------------ y16 PAdES
def _cert(cn):
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from testkey23 import PEM
    key = serialization.load_pem_private_key(PEM.encode(), password=None)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    now = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(2323).not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def _tamper(signed, page, tmp, out, generic, IncrementalPdfFileWriter):
    # tamper: replace the page content stream in an incremental update
    changed = page("Foreldre med kort botid får språkopplæring på arbeidsplassen, med en fast språkveileder fra Nav. "
                   "Prosjektet omfatter også ungdom i introduksjonsprogrammet.")
    from pypdf import PdfReader
    new_content = PdfReader(io.BytesIO(changed)).pages[0].get_contents().get_data()
    w2 = IncrementalPdfFileWriter(io.BytesIO(signed.getvalue()))
    pg = w2.root["/Pages"]["/Kids"][0].get_object()
    st = generic.StreamObject({}, stream_data=new_content)
    ref = w2.add_object(st)
    pg["/Contents"] = ref
    w2.update_container(pg)
    final = io.BytesIO()
    w2.write(final)
    Path(out).write_bytes(final.getvalue())


def y16(out):
    """pdf-pades, Bokmål: the Nav leader signs with a PAdES signature (pyHanko, self-signed), the
    kommunedirektør's ink is on the page; afterwards an incremental update replaces the page's
    content (budget line changed): DIGITAL_SIGNATURE_INVALID."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers, fields
    from pyhanko.pdf_utils import generic
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko.sign.signers.pdf_cms import SimpleSigner
    import datetime as dt
    tmp = Path(tempfile.mkdtemp())

    def page(desc):
        c = K.canvas(tmp / "p.pdf", "Søknad Nav Larvik")
        y = _form_page(c, [("Nav-kontor", "Nav Larvik"), ("Kommune", "Larvik"), ("Org.nr.", "802 586 329"),
                           ("Kontaktperson", "Ahmed Hassan"), ("E-post", "ahmed.hassan@nav.no"), ("Telefon", "33 17 30 45"),
                           ("Prosjekt", "Språk og arbeid"), ("Nytt/videreføring", "Nytt"), ("Oppstart", "01.03.2020"),
                           ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                           ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja"),
                           ("Stilling", "Språkveileder 100 %"), ("Lønn og sosiale kostnader", "590 000"),
                           ("Kompetansemidler", "10 000"), ("Sum omsøkt", "600 000")],
                       "Søknad – tilskudd til utvikling av sosiale tjenester i Nav 2020")
        y = K.wrap(c, desc, 50, y - 8, W - 100, "Helvetica", 10) - 24
        c.setFont("Helvetica", 9)
        c.drawString(50, y, "Nav-leder: signert digitalt (se signaturpanelet)")
        c.drawString(50, y - 14, "Thomas Berg, leder Nav Larvik, 22.01.2020")
        c.drawString(320, y, "Larvik, 27.01.2020")
        K.draw_ink(c, 1601, 325, y - 50, 150, 40)
        c.line(320, y - 52, 530, y - 52)
        c.drawString(320, y - 64, "Kristin Hagen Lund, kommunedirektør")
        c.showPage(); c.save()
        return (tmp / "p.pdf").read_bytes()

    base = page("Foreldre med kort botid får språkopplæring på arbeidsplassen, med en fast språkveileder fra Nav.")
    key, cert = _cert("Thomas Berg")
    from asn1crypto import x509 as ax, keys as ak
    from cryptography.hazmat.primitives import serialization
    acert = ax.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    akey = ak.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    signer = SimpleSigner(signing_cert=acert, signing_key=akey, cert_registry=SimpleCertificateStore.from_certs([acert]))
    meta = signers.PdfSignatureMetadata(field_name="Signatur_Navleder", name="Thomas Berg", location="Larvik",
                                        reason="Godkjent av Nav-leder", subfilter=fields.SigSeedSubFilter.PADES)
    signed = io.BytesIO()
    import os
    import random
    from pyhanko.pdf_utils import writer as pw
    rnd = random.Random(1616)
    real = os.urandom
    os.urandom = lambda n: bytes(rnd.getrandbits(8) for _ in range(n))  # pyHanko's /ID halves
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(base))
    except Exception:
        os.urandom = real
        raise
    try:
        ps = signers.PdfSigner(meta, signer=signer, new_field_spec=fields.SigFieldSpec("Signatur_Navleder", box=(50, 60, 250, 100)))
        from pyhanko.sign.signers import pdf_signer as _ps
        real_dt = _ps.datetime

        class _FixedDT(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return dt.datetime(2020, 1, 22, 14, 5, 0, tzinfo=dt.timezone.utc)
        from pyhanko.pdf_utils.metadata import info as _mi
        _ps.datetime = _mi.datetime = _FixedDT
        try:
            ps.sign_pdf(w, output=signed)
            _tamper(signed, page, tmp, out, generic, IncrementalPdfFileWriter)
        finally:
            _ps.datetime = _mi.datetime = real_dt
    finally:
        os.urandom = real
    return truth("y16", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Larvik", "Larvik", "802586329"),
                 contact=("Ahmed Hassan", "ahmed.hassan@nav.no", "33173045"),
                 project=("Språk og arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Thomas Berg", "leder Nav Larvik", "2020-01-22", "digital"),
                       ("municipality", "Kristin Hagen Lund", "kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["incremental update after signing replaces the page content (one sentence added to the "
                        "description); all fields unchanged"])


# ------------------------------------------------------------------ y17 not an application
def y17(out):
    """not-application, Bokmål: the final report (sluttrapport) on last year's grant, which repeats the
    project's title, office, positions and amounts, and is signed by the Nav leader."""
    c = K.canvas(out, "Sluttrapport 2019")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 60, "Rapport for bruk av tilskudd til utvikling av sosiale tjenester i Nav – 2019")
    y = _form_page(c, [("Nav-kontor", "Nav Kongsberg"), ("Kommune", "Kongsberg"), ("Org.nr.", "858 813 875"),
                       ("Prosjekt", "Jobbfokus Kongsberg"), ("Tilskudd mottatt 2019", "kr 600 000"),
                       ("Stilling finansiert", "100 % jobbspesialist"), ("Brukt per 31.12.2019", "kr 587 400"),
                       ("Ubrukte midler", "kr 12 600")], "", top=H - 70)
    y -= 10
    for head, text in [("Måloppnåelse", "Prosjektet fulgte opp 34 deltakere i 2019. 15 kom i ordinært arbeid og 6 startet "
                                       "utdanning. Målet om 40 % overgang til arbeid eller utdanning er nådd."),
                       ("Erfaringer", "Samarbeidet med lokale arbeidsgivere har vært avgjørende. Metoden er nå del av "
                                      "kontorets ordinære drift fra 2020."),
                       ("Økonomi", "Ubrukte midler, kr 12 600, tilbakebetales etter avtale med Fylkesmannen.")]:
        c.setFont("Helvetica-Bold", 11); c.drawString(50, y, head); y -= 15
        y = K.wrap(c, text, 50, y, W - 100, "Helvetica", 10) - 8
    c.setFont("Helvetica", 10)
    c.drawString(50, y - 10, "Kongsberg, 28.02.2020")
    K.draw_ink(c, 1701, 50, y - 60, 140, 38)
    c.drawString(50, y - 72, "Hilde Kvisle, leder Nav Kongsberg")
    c.showPage(); c.save()
    t = truth("y17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
              score_fields=False, notes=["final report (sluttrapport) on the 2019 grant"])
    return t


# ------------------------------------------------------------------ y18 bad input
def y18(out):
    """bad-input: a PDF whose bytes after the first 600 were lost (zeroed) in a failed copy; same size."""
    tmp = Path(tempfile.mkdtemp()) / "a.pdf"
    y14(tmp)
    b = tmp.read_bytes()
    Path(out).write_bytes(b[:600] + b"\x00" * (len(b) - 600))
    return truth("y18", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["PDF with everything after byte 600 zeroed (failed copy)"])
