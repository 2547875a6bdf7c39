"""Letters of corpus 55 (docx-letter) and the Word files converted to PDF by LibreOffice (pdf-from-office)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from kit55 import S20, add_ink, cell_text, new_doc, no_borders, save_doc, soffice_pdf, truth


def _p(doc, text, bold=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _ink_pair(doc, seed, lines):
    """Two ink signatures side by side, each with its lines of text under the ink."""
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    for i, text in enumerate(lines):
        add_ink(t.cell(0, i).paragraphs[0], f"{seed}{i}", 4.2)
        cell_text(t.cell(1, i), text)


# ---------------------------------------------------------------- cf06 docx-letter nb, office in the letterhead only
def cf06(out: Path):
    doc = new_doc("Georgia", 11, "Søknad")
    _p(doc, "NAV Lillestrøm", bold=True, size=15)
    _p(doc, "Postboks 313, 2001 Lillestrøm", size=9)
    _p(doc, "Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss")
    _p(doc, "Lillestrøm, 27. januar 2020", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _p(doc, "Søknad om tilskudd – «Ny start Lillestrøm»", bold=True, size=12)
    for s in [
        "Vi viser til kunngjøringen av tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020 og søker "
        "med dette om midler til et nytt prosjekt, «Ny start Lillestrøm». Prosjektet starter opp 1. april 2020.",
        "Målgruppen er personer som løslates fra fengsel til kommunen, og unge som avbryter videregående opplæring "
        "og står uten skoleplass eller jobb. Begge gruppene faller ofte mellom tjenestene i overgangen, og vi vil "
        "sikre at de har bolig, inntekt og en fast kontakt i Nav-kontoret fra første dag.",
        "Vi søker om to stillinger à 100 %, til sammen kr 1,2 mill. i lønn og sosiale kostnader, og kr 10 000 "
        "(ti tusen kroner) til prosjektspesifikk kompetanse. Samlet søknadsbeløp er kr 1 210 000.",
        "Vi ønsker å delta i nettverk/klyngesamarbeid med andre tilskuddsmottakere, men har ikke kapasitet til "
        "å delta i ekstern prosessevaluering i år.",
        "Spørsmål om søknaden kan rettes til seniorrådgiver Henrik Moe, direkte 482 19 340 (sentralbord "
        "66 93 75 00), e-post henrik.moe@lillestrom.kommune.no.",
        "Søknaden er forankret i kommuneledelsen.",
    ]:
        _p(doc, s)
    _p(doc, "Med hilsen")
    _ink_pair(doc, "cf06", ["Lise Karin Opsahl\nNAV-leder", "Tone Bekkevold\nkommunedirektør"])
    _p(doc, "")
    _p(doc, "NAV Lillestrøm · Org.nr. 993 318 639 MVA · www.nav.no", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    save_doc(doc, out)
    return truth("cf06", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", "993318639"),
                 contact=("Henrik Moe", "henrik.moe@lillestrom.kommune.no", "48219340"),
                 project=("Ny start Lillestrøm", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Lise Karin Opsahl", "NAV-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Tone Bekkevold", "kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["office only in the letterhead and footer; municipality from the office name and the address",
                        "'kr 1,2 mill.' for two positions (1 200 000 under 1 220 000); '(ti tusen kroner)'",
                        "transitions described in other words (release from prison, school drop-outs)",
                        "contact's direct line vs the switchboard; municipal e-mail domain; 'MVA' after the org.nr.",
                        "signature dates = the letter's date"])


# ---------------------------------------------------------------- cf07 docx-letter nn, no start date
def cf07(out: Path):
    doc = new_doc("Cambria", 11, "Søknad")
    _p(doc, "Nav Ullensvang", bold=True, size=14)
    _p(doc, "Opheimsgata 31, 5750 Odda · org.nr. 976 362 454", size=9)
    _p(doc, "Til Statsforvaltaren i Vestland")
    _p(doc, "Odda, 29. januar 2020", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _p(doc, "Søknad om tilskot til utvikling av sosiale tenester i Nav – «Saman mot arbeid»", bold=True)
    for s in [
        "Nav Ullensvang søkjer om tilskot til eit nytt prosjekt, «Saman mot arbeid», retta mot familiar med "
        "innvandrarbakgrunn der ingen av dei vaksne er i arbeid. Barna sine behov skal vere med i kvar plan.",
        "Oppstart: Vert avklart når tilsegnsbrevet ligg føre, truleg etter sommaren.",
        "Vi søkjer om ei 60-prosent stilling. Løn og sosiale kostnader utgjer kr 366 000, og vi søkjer i tillegg "
        "kr 4 000 til kompetanse, til saman kr 370 000.",
        "Vi ønskjer å vere med i nettverk/klyngesamarbeid, og vi ønskjer ekstern prosessevaluering.",
        "Kontaktperson er Solveig Tveit, tlf. 53 67 10 23, e-post <solveig.tveit@nav.no>.",
    ]:
        _p(doc, s)
    _p(doc, "Helsing")
    _ink_pair(doc, "cf07", ["Kjetil Hus\nNav-leiar", "Eirik Haugsnes\nKommunedirektør"])
    save_doc(doc, out)
    return truth("cf07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", "976362454"),
                 contact=("Solveig Tveit", "solveig.tveit@nav.no", "53671023"),
                 project=("Saman mot arbeid", "new", None), pct=60,
                 amounts={"positions": 366000, "competence": 4000, "total": 370000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kjetil Hus", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Eirik Haugsnes", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["START_DATE_MISSING"],
                 notes=["defect: start 'vert avklart når tilsegnsbrevet ligg føre, truleg etter sommaren' is no date",
                        "60 % at exactly 366 000; e-mail in angle brackets; signature dates = the letter's date"])


# ---------------------------------------------------------------- cf13 pdf-from-office nn
def cf13(out: Path):
    doc = new_doc("Liberation Sans", 10, "Søknad Kinn")
    _p(doc, "SØKNAD OM TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV – 2020", bold=True, size=12)
    for label, val in [("Søkjar", "Nav Kinn (Nav-kontoret i Kinn kommune)"),
                       ("Org.nr. Nav Kinn", "974 748 517"), ("Org.nr. Kinn kommune", "991 368 671 MVA"),
                       ("Kontaktperson", "Lene Hatlevik, rådgjevar"), ("E-post", "lene.hatlevik(at)nav.no"),
                       ("Telefon", "sentralbord +47 57 75 60 00, direkte +47 482 71 653"),
                       ("Namn på prosjektet", "Nye vegar til arbeid i Kinn"), ("Ny eller vidareføring", "Nytt prosjekt"),
                       ("Prosjektperiode", "mars 2020 – februar 2021"),
                       ("Stillingar", "Ei heil stilling (100 %)"),
                       ("Løn og sosiale utgifter", "NOK 560 000"), ("Kompetanse", "NOK 10 000"),
                       ("Totalt søknadsbeløp", "NOK 570 000")]:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(val)
    _p(doc, "Kva prioritert område svarar prosjektet på?", bold=True)
    _p(doc, "Prosjektet nyttar ordinært arbeidsliv: deltakarane skal ut i lønt arbeid hos lokale arbeidsgjevarar "
            "med tett oppfølging frå ein jobbkonsulent. (Bruk av ordinært arbeidsliv)")
    _p(doc, "Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Nei.")
    _p(doc, "Underskrifter", bold=True)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Rolle", "Namn", "Dato", "Underskrift")):
        cell_text(t.cell(0, i), h, bold=True)
    for r, (role, name, date) in enumerate((("Nav-leiar", "Bente Solheim", "24.01.20"),
                                            ("Kommunedirektør", "Sveinung Nordheim", "27.01.20")), start=1):
        cell_text(t.cell(r, 0), role)
        cell_text(t.cell(r, 1), name)
        cell_text(t.cell(r, 2), date)
        add_ink(t.cell(r, 3).paragraphs[0], f"cf13{r}", 3.5)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "cf13.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("cf13", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Kinn", "Kinn", "974748517"),
                 contact=("Lene Hatlevik", "lene.hatlevik@nav.no", "48271653"),
                 project=("Nye vegar til arbeid i Kinn", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Bente Solheim", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Sveinung Nordheim", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["two org numbers (the municipality's with MVA); the office's is 974 748 517",
                        "obfuscated e-mail '(at)'; switchboard and direct line on one line: the direct line is the contact's",
                        "period 'mars 2020 – februar 2021' → start 2020-03-01; two-digit years"])


# ---------------------------------------------------------------- cf14 pdf-from-office nb, signed after the deadline
def cf14(out: Path):
    doc = new_doc("Liberation Serif", 11, "Søknad Lier")
    _p(doc, "Nav Lier", bold=True, size=16)
    _p(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknadsåret 2020", bold=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Nav-kontor", "Nav Lier"), ("Kommune", "Lier"), ("Foretaksnr.", "988 240 354"),
                 ("Kontaktperson", "Ida Martinsen"), ("E-post", "ida.martinsen@nav.no"), ("Mobil", "922 41 870"),
                 ("Prosjekt", "Lier inkluderer"), ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "15.04.2020"),
                 ("Stillingsandel", "50-prosent stilling"), ("Lønn og sosiale kostnader", "kr 300 000"),
                 ("Kompetansemidler", "kr 10 000"), ("Totalt", "kr 310 000"),
                 ("Prioriterte områder", "Bruk av ordinært arbeidsliv\nOppfølging av barnefamilier, ungdom og innvandrere"),
                 ("Nettverk/klynge", "Ja"), ("Ekstern prosessevaluering", "Nei")]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        cell_text(c[1], b)
    _p(doc, "")
    _p(doc, "Signaturer", bold=True)
    t = doc.add_table(rows=4, cols=2)
    no_borders(t)
    for i, (place, name, title) in enumerate((("Lier, 29/1-2020", "Jon Helge Berg", "Nav-leder"),
                                             ("Lier, 3/2-2020", "Marianne Lund", "Kommunedirektør"))):
        cell_text(t.cell(0, i), place)
        add_ink(t.cell(1, i).paragraphs[0], f"cf14{i}", 4.0)
        cell_text(t.cell(2, i), name)
        cell_text(t.cell(3, i), title)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "cf14.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("cf14", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Lier", "Lier", "988240354"), contact=("Ida Martinsen", "ida.martinsen@nav.no", "92241870"),
                 project=("Lier inkluderer", "new", "2020-04-15"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 310000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Jon Helge Berg", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Marianne Lund", "Kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the municipal signature is dated '3/2-2020' (3 February 2020)",
                        "dates written 'd/m-yyyy'; 'Foretaksnr.'; mobile 3-2-3"])
