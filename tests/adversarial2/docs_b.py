"""Classes 4-6: interest answers, signatures, budgets."""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tools import SANS_B, chromium_pdf, ink_png, ink_svg, org, rl_ink, rl_ink_image, soffice, save_docx
from truthlib import truth


class Flow:
    """A reportlab page written top to bottom, as a clerk's own template would."""

    def __init__(self, path: Path, font="Times-Roman", bold="Times-Bold"):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.y = self.H - 56
        self.font, self.bold = font, bold

    def t(self, s, size=10.5, bold=False, x=56, dy=None):
        self.c.setFont(self.bold if bold else self.font, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy if dy is not None else size * 1.45

    def box(self, x, checked, size=9):
        """A drawn check box; the cross is two vector strokes, not a glyph."""
        self.c.rect(x, self.y - 2, size, size, stroke=1, fill=0)
        if checked:
            self.c.line(x + 1.5, self.y - 0.5, x + size - 1.5, self.y + size - 3.5)
            self.c.line(x + 1.5, self.y + size - 3.5, x + size - 1.5, self.y - 0.5)

    def gap(self, d=8):
        self.y -= d

    def page(self):
        self.c.showPage()
        self.y = self.H - 56

    def save(self):
        self.c.showPage()
        self.c.save()


# ============================================================================ class 4: interest
def b10(out: Path):
    o = org("97407287")
    f = Flow(out, "Helvetica", "Helvetica-Bold")
    f.t("Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret", 13, True, dy=26)
    for k, v in [("Nav-kontor:", "Nav Lier"), ("Kommune:", "Lier"), ("Org.nr.:", o),
                 ("Kontaktperson:", "Mats Engebretsen"), ("E-post:", "mats.engebretsen@nav.no"), ("Telefon:", "32 22 08 45"),
                 ("Prosjektets navn:", "Praksis i lokale bedrifter"), ("Oppstart:", "august 2020")]:
        f.t(k, bold=True, dy=0)
        f.t(v, x=190)
    f.gap()
    f.t("Type prosjekt:", bold=True, dy=0)
    f.box(190, True); f.t("Nytt", x=203, dy=0); f.box(260, False); f.t("Videreføring", x=273)
    f.gap()
    f.t("Prioriterte områder (kryss av):", bold=True)
    for label, ck in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                      ("Sikring av sårbare overganger", False)]:
        f.box(70, ck); f.t(label, x=84)
    f.gap()
    f.t("Kort beskrivelse:", bold=True)
    for s in ["Jobbkonsulenten skaffer praksisplasser i lokale bedrifter for sosialhjelpsmottakere og følger dem videre til",
              "lønnet arbeid. Vi utvikler en fast avtale med bedriftene om oppfølging etter ansettelse."]:
        f.t(s, 10)
    f.gap()
    f.t("Budsjett 2020", bold=True)
    f.t("Jobbkonsulent, 60 % stilling (lønn inkl. sosiale kostnader)", dy=0); f.t("kr 366 000", x=420)
    f.t("Sum omsøkt", bold=True, dy=0); f.t("kr 366 000", x=420, bold=True)
    f.gap(14)
    f.t("Ønsker Nav-kontoret å delta i:", bold=True)
    f.t("Ja", x=360, dy=0); f.t("Nei", x=400)
    f.t("nettverk / klyngesamarbeid med andre Nav-kontor", dy=0); f.box(362, True); f.box(403, False); f.gap(15)
    f.t("ekstern prosessevaluering av prosjektet", dy=0); f.box(362, False); f.box(403, True); f.gap(24)
    f.t("Underskrift", bold=True, dy=44)
    rl_ink(f.c, "lier-nav", 60, f.y + 6)
    rl_ink(f.c, "lier-rad", 320, f.y + 6)
    f.t("Ellen Dahl, Nav-leder", x=60, dy=0); f.t("Knut Strøm, rådmann", x=320)
    f.t("Lier, 21.01.2020", x=60, dy=0); f.t("Lier, 23.01.2020", x=320)
    f.save()
    return truth("b10", "pdf", "4-interest", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Lier", "Lier", o), contact=("Mats Engebretsen", "mats.engebretsen@nav.no", "32220845"),
                 project=("Praksis i lokale bedrifter", "new", "2020-08-01"), pct=60,
                 amounts={"positions": 366000, "competence": None, "other": None, "total": 366000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Ellen Dahl", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Knut Strøm", "Rådmann", "2020-01-23", "handwritten")],
                 notes=["reportlab: every check box is a drawn square with a drawn X (vector lines, no glyph), Ja/Nei as column headings above the boxes; positions exactly at the 60 % cap; vector ink"])


def b11(out: Path):
    o = org("87440772")
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.add_heading("Nav Tromsø – søknad om tilskudd 2020", 0)
    d.add_paragraph("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret, søknadsfrist 1. februar 2020")
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"

    def qa(q, a):
        cell = t.add_row().cells[0]
        cell.paragraphs[0].add_run(q).bold = True
        cell.add_paragraph(a)

    qa("1. Hvilket Nav-kontor søker, og i hvilken kommune?", f"Nav Tromsø i Tromsø kommune (org.nr. {o}).")
    qa("2. Hvem er kontaktperson?", "Ida Johansen, ida.johansen@nav.no, 776 02 100 (sentralbord 55 55 33 33)")
    qa("3. Hva heter prosjektet?", "Bolig og jobb etter løslatelse")
    qa("4. Er prosjektet nytt eller en videreføring?", "Nytt.")
    qa("5. Når starter prosjektet?", "1. september 2020")
    qa("6. Beskriv prosjektet og hvilke prioriterte områder det gjelder.",
       "Prosjektet skal sikre den sårbare overgangen fra fengsel til egen bolig og arbeid. En koordinator får ansvar "
       "for alle som løslates til Tromsø, fra tre måneder før løslatelse.")
    qa("7. Hvor mange stillinger og hvilket beløp søkes det om?",
       "Én 100 % stilling som koordinator, kr 590 000 i lønn og sosiale utgifter, og kr 10 000 til kompetanse. "
       "Til sammen kr 600 000.")
    qa("8. Ønsker kontoret å være med i nettverk eller klyngesamarbeid med andre kontor?",
       "Ja, kontoret ønsker å være med i et nettverk med andre Nav-kontor i fylket.")
    qa("9. Ønsker kontoret ekstern prosessevaluering av prosjektet?",
       "Nei, ikke i år – vi gjør en egen intern evaluering.")
    d.add_paragraph()
    d.add_paragraph("Søknaden er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    d.add_paragraph("Godkjent 29.01.2020 av Nav-leder Rune Pedersen")
    d.add_paragraph("Godkjent 30.01.2020 av kommunedirektør Stein Ove Eriksen")
    save_docx(d, out)
    return truth("b11", "docx", "4-interest", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Tromsø", "Tromsø", o), contact=("Ida Johansen", "ida.johansen@nav.no", "77602100"),
                 project=("Bolig og jobb etter løslatelse", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Rune Pedersen", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Stein Ove Eriksen", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["python-docx one-column table: numbered question in bold and its prose answer in the same cell; interest answered in sentences ('Ja, kontoret ønsker …', 'Nei, ikke i år – …'); positions, percent and amounts only in prose; a switchboard number after the contact's; approvals written 'Godkjent DATO av TITTEL NAVN'"])


def b12(out: Path):
    o = org("97424511")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'DejaVu Serif';font-size:10pt}}
td{{padding:2pt 8pt 2pt 0}}</style></head><body>
<h2>SØKNAD – TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020</h2>
<table><tr><td>Søkjar:</td><td>Nav Volda</td></tr><tr><td>Kommune:</td><td>Volda</td></tr><tr><td>Org. nr.:</td><td>{o}</td></tr>
<tr><td>Kontaktperson:</td><td>Kristin Bjørdal, kristin.bjordal@nav.no, 70 05 87 00</td></tr>
<tr><td>Prosjektnamn:</td><td>Kvardagsmeistring for unge</td></tr><tr><td>Nytt / vidareføring:</td><td>nytt prosjekt</td></tr>
<tr><td>Oppstart:</td><td>15.02.2020</td></tr></table>
<p><b>Skildring.</b> Unge mellom 18 og 25 år med sosialhjelp skal få ein fast rettleiar som hjelper dei med bustad, økonomi
og skule eller arbeid. Vi prøver ut ein ny modell for oppfølging av ungdom saman med vidaregåande skule.</p>
<p><b>Budsjett.</b> Ei stilling (100 %) som ungdomsrettleiar: kr 610 000. Søkt beløp totalt: kr 610 000.</p>
<p><b>Nettverk og evaluering</b></p>
<p>Ønskjer de å vere med i nettverk/klyngesamarbeid? &nbsp; ☒ Ja &nbsp; ☐ Nei</p>
<p>Ønskjer de ekstern prosessevaluering? &nbsp; ☐ Ja &nbsp; ☐ Nei</p>
<p><b>Underskrift</b></p>
<table><tr><td>Volda, 29.01.2020</td><td>Volda, 30.01.2020</td></tr>
<tr><td>Ragnhild Aarflot</td><td>Rune Sjurgard</td></tr><tr><td>Nav-leiar</td><td>rådmann</td></tr></table>
</body></html>"""
    soffice(html, "b12.html", "doc:MS Word 97", out, infilter="HTML (StarWriter)")
    return truth("b12", "doc", "4-interest", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Volda", "Volda", o), contact=("Kristin Bjørdal", "kristin.bjordal@nav.no", "70058700"),
                 project=("Kvardagsmeistring for unge", "new", "2020-02-15"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, None),
                 sigs=[("nav_leader", "Ragnhild Aarflot", "Nav-leiar", "2020-01-29", "typed"),
                       ("municipality", "Rune Sjurgard", "Rådmann", "2020-01-30", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["Word 97 .doc written by LibreOffice; Nynorsk; inline ☒ Ja ☐ Nei for network, and BOTH boxes empty for process evaluation (unanswered: null, not false); 'Ei stilling (100 %)'"])


# ============================================================================ class 5: signatures
def b13(out: Path):
    o = org("97454812")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans';font-size:10pt;margin:0}}
@page{{size:A4;margin:20mm}} table{{border-collapse:collapse;width:100%;margin:6pt 0}} td,th{{border:1px solid #888;padding:3pt}}
th{{background:#1f4e79;color:#fff}}</style></head><body>
<h1 style="font-size:14pt">Søknad om tilskot til utvikling av sosiale tenester i Nav 2020</h1>
<table><tr><th colspan="2">Opplysningar om søkjar</th></tr>
<tr><td>Nav-kontor</td><td>Nav Årdal</td></tr><tr><td>Kommune</td><td>Årdal</td></tr><tr><td>Org.nr.</td><td>{o}</td></tr>
<tr><td>Kontaktperson</td><td>Hilde Øvrebø – hilde.ovrebo@nav.no – 57 66 50 00</td></tr>
<tr><td>Tiltak</td><td>«Årdalsmodellen – arbeid og meistring»</td></tr><tr><td>Type</td><td>Nytt</td></tr>
<tr><td>Oppstart</td><td>1. april 2020</td></tr></table>
<p>Tiltaket skal prøve ut tett samarbeid med verksemdene i Årdal slik at fleire får ordinært arbeid. To halve stillingar:
ein rettleiar i Nav og ein jobbspesialist ute hjå arbeidsgjevarane.</p>
<table><tr><th>Stilling</th><th>Prosent</th><th>Søkt</th></tr>
<tr><td>Rettleiar</td><td>50 %</td><td>300 000</td></tr><tr><td>Jobbspesialist</td><td>50 %</td><td>300 000</td></tr>
<tr><td>Kompetanse</td><td></td><td>10 000</td></tr><tr><td><b>Sum</b></td><td>100 %</td><td><b>610 000</b></td></tr></table>
<p>Nettverk/klyngesamarbeid: Ja. Ekstern prosessevaluering: Ja.</p>
<table><tr><th colspan="3">Godkjenning</th></tr>
<tr><td colspan="3"><i>Dokumentet er godkjent elektronisk i sak- og arkivsystemet og har difor ingen handskrivne signaturar.</i></td></tr>
<tr><td><b>Godkjend av</b></td><td><b>Rolle</b></td><td><b>Dato</b></td></tr>
<tr><td>Solveig Hæreid</td><td>Nav-leiar</td><td>28.01.2020</td></tr>
<tr><td>Ivar Kvåle</td><td>Kommunedirektør</td><td>29.01.2020</td></tr></table>
</body></html>"""
    chromium_pdf(html, out)
    return truth("b13", "pdf", "5-signatures", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Årdal", "Årdal", o), contact=("Hilde Øvrebø", "hilde.ovrebo@nav.no", "57665000"),
                 project=("Årdalsmodellen – arbeid og meistring", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Solveig Hæreid", "Nav-leiar", "2020-01-28", "electronic_approval"),
                       ("municipality", "Ivar Kvåle", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["Chromium: Nynorsk approval as a three-column table 'Godkjend av | Rolle | Dato' under a sentence 'godkjent elektronisk i sak- og arkivsystemet … ingen handskrivne signaturar'; two 50 % positions"])


def b14(out: Path):
    o = org("97491802")
    f = Flow(out)
    f.t("NAV HALLINGDAL", 16, True, dy=18)
    f.t("Vertskommune Ål – for kommunene Ål, Hol og Gol", 10, dy=24)
    f.t("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020", 13, True, dy=24)
    for k, v in [("Søker", "NAV Hallingdal (vertskontor), Ål kommune"), ("Organisasjonsnummer", o),
                 ("Kontaktperson", "Åsmund Myhre, asmund.myhre@nav.no, 32 08 50 00"),
                 ("Prosjekt", "Hallingdal i arbeid"), ("Prosjekttype", "nytt interkommunalt prosjekt"),
                 ("Oppstart", "01.05.2020")]:
        f.t(k + ":", bold=True, dy=0)
        f.t(v, x=200)
    f.gap()
    for s in ["Tre kommuner går sammen om to jobbspesialister som skal bruke det ordinære arbeidslivet i hele dalen, med",
              "felles arbeidsgiverkontakt og felles metodeutvikling."]:
        f.t(s)
    f.gap()
    f.t("Budsjett", bold=True)
    for a, b in [("Jobbspesialist 1 (100 %)", "610 000"), ("Jobbspesialist 2 (100 %)", "610 000"),
                 ("Kompetanse", "10 000"), ("Sum omsøkt", "1 230 000")]:
        f.t(a, dy=0)
        f.t(b, x=380)
    f.gap()
    f.t("Nettverk/klyngesamarbeid: ja.   Ekstern prosessevaluering: nei.")
    f.gap(10)
    f.t("Underskrifter", 12, True, dy=20)
    for seed, name, title, date in [("hal-nav", "Ingrid Hagen", "NAV-leder, NAV Hallingdal", "22.01.2020"),
                                    ("hal-aal", "Knut Rudningen", "rådmann, Ål kommune", "24.01.2020"),
                                    ("hal-hol", "Anne Berit Sletta", "rådmann, Hol kommune", "27.01.2020"),
                                    ("hal-gol", "Per Olav Bøe", "rådmann, Gol kommune", "04.02.2020")]:
        rl_ink(f.c, seed, 60, f.y - 30, 140, 32)
        f.t(date, x=240, dy=0)
        f.c.line(56, f.y - 34, 220, f.y - 34)
        f.y -= 46
        f.t(f"{name}, {title}", 9.5, dy=16)
    f.save()
    return truth("b14", "pdf", "5-signatures", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Hallingdal", "Ål", o), contact=("Åsmund Myhre", "asmund.myhre@nav.no", "32085000"),
                 project=("Hallingdal i arbeid", "new", "2020-05-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "other": None, "total": 1230000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Ingrid Hagen", "NAV-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Knut Rudningen", "Rådmann", "2020-01-24", "handwritten"),
                       ("municipality", "Anne Berit Sletta", "Rådmann", "2020-01-27", "handwritten"),
                       ("municipality", "Per Olav Bøe", "Rådmann", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["inter-municipal: host office NAV Hallingdal in Ål applies for Ål, Hol, Gol; four ink signatures (vector) each with date, line and 'name, title, municipality' below; the Gol rådmann signed 04.02.2020, after the deadline"])


def _ins_del(par, deleted: str, inserted: str, author="Saksbehandler"):
    par._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="901" w:author="{author}" w:date="2020-01-27T10:00:00Z">'
                            f'<w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'))
    par._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="902" w:author="{author}" w:date="2020-01-27T10:00:00Z">'
                            f'<w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'))


def _stamp_png() -> bytes:
    im = Image.new("RGBA", (420, 200), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([6, 6, 414, 194], 18, outline=(30, 60, 170, 200), width=6)
    f = ImageFont.truetype(SANS_B, 34)
    d.text((30, 40), "OSLO KOMMUNE", fill=(30, 60, 170, 200), font=f)
    d.text((30, 100), "Bydel Grorud", fill=(30, 60, 170, 200), font=f)
    im = im.rotate(8, expand=True)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def b15(out: Path):
    o = org("97411122")
    d = Document()
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    p = d.add_paragraph()
    p.add_run("Søker: ").bold = True
    p.add_run(f"Nav Grorud, Oslo kommune, bydel Grorud – org.nr. {o}")
    for k, v in [("Kontaktperson", "Yasmin Khalid, yasmin.khalid@nav.no, tlf. 23 43 51 00"),
                 ("Prosjektnavn", "Grorud for unge voksne"), ("Nytt/videreføring", "Nytt"), ("Oppstart", "1.9.2020")]:
        p = d.add_paragraph()
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    d.add_paragraph("Unge voksne i bydelen med sosialhjelp skal få én fast veileder som følger dem inn i utdanning eller "
                    "arbeid, og en ny samarbeidsrutine med Oppfølgingstjenesten for å sikre overgangene.")
    p = d.add_paragraph()
    p.add_run("Budsjett: ").bold = True
    p.add_run("Ungdomsveileder, 100 % stilling: kr ")
    _ins_del(p, "600 000", "610 000")
    p.add_run(". Kompetanse: kr 10 000. Sum omsøkt: kr ")
    _ins_del(p, "610 000", "620 000")
    p.add_run(".")
    d.add_paragraph("Vi ønsker å delta i nettverk/klyngesamarbeid, men ikke i ekstern prosessevaluering.")
    d.add_paragraph("Underskrifter", style="Heading 2")
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "Oslo, 23.01.2020"
    t.cell(0, 1).text = "Oslo, 24.01.2020"
    t.cell(1, 0).paragraphs[0].add_run().add_picture(io.BytesIO(ink_png("grorud-nav")), width=Cm(5))
    r = t.cell(1, 1).paragraphs[0]
    r.add_run().add_picture(io.BytesIO(ink_png("grorud-bd")), width=Cm(5))
    r.add_run().add_picture(io.BytesIO(_stamp_png()), width=Cm(3.6))
    t.cell(2, 0).text = "Siv Amundsen\nNav-leder"
    t.cell(2, 1).text = "Bjørn Lie\nBydelsdirektør"
    save_docx(d, out)
    return truth("b15", "docx", "5-signatures", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Grorud", "Oslo", o), contact=("Yasmin Khalid", "yasmin.khalid@nav.no", "23435100"),
                 project=("Grorud for unge voksne", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Siv Amundsen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Bjørn Lie", "Bydelsdirektør", "2020-01-24", "handwritten")],
                 notes=["Oslo district: municipality signer is the bydelsdirektør, with a district stamp image beside the ink image; amounts carry tracked changes (w:del old value, w:ins new value: the inserted value counts); interest in one sentence 'ønsker … nettverk …, men ikke … prosessevaluering'"])


# ============================================================================ class 6: budgets
def b16(out: Path):
    o = org("97437920")
    sig = ink_svg("steinkjer-nav")
    sig2 = ink_svg("steinkjer-kd")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'DejaVu Sans';font-size:9.5pt}}
@page{{size:A4;margin:16mm}} table{{border-collapse:collapse}} td,th{{border:1px solid #555;padding:2pt 7pt}} td.n{{text-align:right}}</style></head><body>
<h2>Nav Steinkjer – søknad om videreføring av tilskudd til utvikling av sosiale tjenester (2020)</h2>
<p>Kommune: Steinkjer · Org.nr. {o} · Kontakt: Per Ivar Rønning, per.ivar.ronning@nav.no, 74 16 90 00</p>
<p>Prosjekt: <b>Arbeid først</b> – videreføring, år 2. Oppstart år 2: 1. januar 2020.</p>
<p>Jobbspesialisten (100 % stilling) finner arbeidsplasser i ordinært arbeidsliv sammen med brukeren. I år 2 utvikler vi
en fast samarbeidsavtale med næringslivet i Steinkjer.</p>
<p><b>Budsjett for hele prosjektperioden</b> (beløp i 1000 kr)</p>
<table><tr><th>Post</th><th>2020 (søkes nå)</th><th>2021</th><th>2022</th><th>Sum</th></tr>
<tr><td>Lønn jobbspesialist 100 %</td><td class="n">470</td><td class="n">480</td><td class="n">490</td><td class="n">1 440</td></tr>
<tr><td>Sosiale utgifter (arb.g.avg., pensjon)</td><td class="n">125</td><td class="n">128</td><td class="n">130</td><td class="n">383</td></tr>
<tr><td>Kompetanse</td><td class="n">10</td><td class="n">10</td><td class="n">0</td><td class="n">20</td></tr>
<tr><td><b>Sum søknadsbeløp</b></td><td class="n"><b>605</b></td><td class="n">618</td><td class="n">620</td><td class="n">1 843</td></tr></table>
<p>Nettverk: Ja. Prosessevaluering: Nei.</p>
<table style="margin-top:14pt"><tr><td style="border:none;width:260pt">{sig}<br>Anne Grete Vist, Nav-leder<br>Steinkjer 20.01.2020</td>
<td style="border:none">{sig2}<br>Bjørn Iversen, kommunedirektør<br>Steinkjer 22.01.2020</td></tr></table>
</body></html>"""
    chromium_pdf(html, out)
    return truth("b16", "pdf", "6-budget", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Steinkjer", "Steinkjer", o), contact=("Per Ivar Rønning", "per.ivar.ronning@nav.no", "74169000"),
                 project=("Arbeid først", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "other": None, "total": 605000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Anne Grete Vist", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Bjørn Iversen", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["Chromium: 'beløp i 1000 kr', years 2020/2021/2022 in columns plus a Sum column (2020 is the year applied for), salary and social costs on separate lines (470+125 = 595 000 for positions); SVG ink"])


def b17(out: Path):
    o = org("97512036")
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Serif';font-size:11pt}}
table{{border-collapse:collapse}} td,th{{border:1px solid #000;padding:2pt 6pt}}</style></head><body>
<h2>Søknad om tilskot – sosiale tenester i Nav 2020</h2>
<p>Nav Molde (Molde kommune), organisasjonsnummer {o}, søkjer om tilskot til prosjektet
<b>«Saman ut i arbeid»</b>. Prosjektet er nytt og startar 1. mars 2020. Kontaktperson er Eli Lervåg
(eli.lervag@nav.no, 71 11 42 00).</p>
<p>Vi søkjer om to stillingar, til saman 200 %, som skal følgje opp unge vaksne og innvandrarar mot ordinært arbeid.</p>
<table><tr><th>Kostnad</th><th>Søkt frå Statsforvaltaren</th><th>Eigenfinansiering Molde kommune</th></tr>
<tr><td>Miljøterapeut 100 %</td><td>610 000</td><td>150 000</td></tr>
<tr><td>Arbeidsinkluderingsrådgjevar 100 %</td><td>610 000</td><td>150 000</td></tr>
<tr><td>Kompetanse</td><td>10 000</td><td></td></tr>
<tr><td>Reise og kurs for deltakarar</td><td>15 000</td><td></td></tr>
<tr><td><b>Sum</b></td><td><b>1 245 000</b></td><td><b>300 000</b></td></tr></table>
<p>Nettverk/klyngesamarbeid: ja, gjerne. Ekstern prosessevaluering: nei.</p>
<p>Molde, 27. januar 2020</p>
<table><tr><td style="border:none;padding-right:60pt">Tone Strand<br>Nav-leiar</td>
<td style="border:none">Arne Sekkeseter<br>kommunedirektør</td></tr></table>
</body></html>"""
    soffice(html, "b17.html", "odt", out, infilter="HTML (StarWriter)")
    return truth("b17", "odt", "6-budget", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Molde", "Molde", o), contact=("Eli Lervåg", "eli.lervag@nav.no", "71114200"),
                 project=("Saman ut i arbeid", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "other": 15000, "total": 1245000},
                 own_funding=300000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Tone Strand", "Nav-leiar", "2020-01-27", "typed"),
                       ("municipality", "Arne Sekkeseter", "Kommunedirektør", "2020-01-27", "typed")],
                 expected=["NON_POSITION_COSTS", "SIGNATURE_UNVERIFIED"],
                 notes=["Nynorsk ODT: own funding in a column beside the amount applied for (must not be added to it); 'to stillingar, til saman 200 %' exactly at the cap; a travel/course line (other costs); facts in prose"])


def b18(out: Path):
    o = org("97476145")
    f = Flow(out, "Courier", "Courier-Bold")
    f.t("NAV ALTA                                   Alta, 24. januar 2020", 10)
    f.gap(10)
    f.t("Til Fylkesmannen i Troms og Finnmark", 10)
    f.gap(10)
    f.t("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER 2020", 11, True)
    f.gap(6)
    for s in [f"Søker: NAV Alta, Alta kommune. Org.nr: {o}",
              "Kontaktperson: Marius Isaksen - marius.isaksen@nav.no - 784 55 300",
              "Prosjekt: \"Sjøsamisk ungdom i arbeid\" (nytt). Oppstart 01.04.2020.",
              "",
              "Prosjektet gir unge med samisk og innvandrerbakgrunn oppfølging mot",
              "utdanning og jobb, med en ny modell for samarbeid med videregående skole.",
              "",
              "BUDSJETT 2020",
              "  Ungdomsveileder        50 %      kr 305 000",
              "  Jobbkonsulent          40 %      kr 244 000",
              "  Kompetanse                       kr  10 000",
              "  -------------------------------------------",
              "  Sum omsøkt                       kr 569 000,-",
              "  (femhundreogsekstinitusen kroner)",
              "",
              "Nettverk/klyngesamarbeid:    JA",
              "Ekstern prosessevaluering:   JA"]:
        f.t(s, 10)
    f.gap(14)
    f.t("Med hilsen", 10, dy=40)
    rl_ink_image(f.c, "alta-nav", 56, f.y + 8, 130, 30)
    rl_ink_image(f.c, "alta-rad", 300, f.y + 8, 130, 30)
    f.t("Kari Mathisen", 10, x=56, dy=0); f.t("Bjørn-Atle Hansen", 10, x=300)
    f.t("NAV-leder", 10, x=56, dy=0); f.t("Rådmann", 10, x=300)
    f.save()
    return truth("b18", "pdf", "6-budget", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Alta", "Alta", o), contact=("Marius Isaksen", "marius.isaksen@nav.no", "78455300"),
                 project=("Sjøsamisk ungdom i arbeid", "new", "2020-04-01"), pct=90,
                 amounts={"positions": 549000, "competence": 10000, "other": None, "total": 569000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kari Mathisen", "NAV-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Bjørn-Atle Hansen", "Rådmann", "2020-01-24", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["typewriter-style letter (Courier, reportlab); two part-time positions 50 % + 40 % = 549 000 (exactly at the 90 % cap) + 10 000 competence = 559 000, but the stated total is 569 000 (a real mismatch), repeated in words; date only in the letter head; ink as pasted PNG images"])


DOCS = [("b10", "pdf", b10), ("b11", "docx", b11), ("b12", "doc", b12), ("b13", "pdf", b13), ("b14", "pdf", b14),
        ("b15", "docx", b15), ("b16", "pdf", b16), ("b17", "odt", b17), ("b18", "pdf", b18)]
