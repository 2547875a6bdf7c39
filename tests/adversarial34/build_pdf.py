"""The PDF documents of adversarial34 (pdf-text, pdf-acroform, pdf-from-office, pdf-handwritten,
pdf-scanned, pdf-pades, not-application, bad-input)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))

from build_docx import PRIO20_NB, PRIO20_NN, S20, label_cell  # noqa: E402
from common import Page, add_ink, fix_zip, new_docx, org, pades_sign, scan_pdf, soffice_pdf  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from truthlib import truth  # noqa: E402

FONTS = "/usr/share/fonts/truetype/"
pdfmetrics.registerFont(TTFont("DejaVu", FONTS + "dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTS + "dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif", FONTS + "liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-Bold", FONTS + "liberation/LiberationSerif-Bold.ttf"))


# z08 pdf-text: inter-municipal office (three municipalities), two-column label/value form in Times, three
# municipal approvers.
def z08(out: Path):
    o = org("99281144")
    p = Page(out, "Times-Roman", "Times-Bold", 11)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Times-Bold", 14)
    p.text("Interkommunalt prosjekt: Valle, Bykle og Bygland (vertskommune Valle)", size=10)
    p.space(8)
    for lab, val in (("Søkende Nav-kontor:", "NAV Setesdal"), ("Vertskommune:", "Valle"),
                     ("Organisasjonsnummer:", o), ("Kontaktperson:", "Tone Homme"),
                     ("E-post:", "tone.homme@nav.no"), ("Telefon:", "37 93 61 00"),
                     ("Prosjektnavn:", "Setesdal i arbeid"), ("Nytt / videreføring:", "Nytt prosjekt"),
                     ("Oppstart:", "1. juni 2020"),
                     ("Stillinger:", "To stillinger som jobbspesialist (200 %), én i Valle/Bykle og én i Bygland")):
        p.row(lab, val, col=150, line=True)
    p.space(6)
    p.text("Budsjett", "Times-Bold", 12)
    for lab, val in (("Jobbspesialist Valle/Bykle, 100 %", "kr 590 000"),
                     ("Jobbspesialist Bygland, 100 %", "kr 590 000"),
                     ("Kompetanse (prosjektspesifikk)", "kr 10 000"), ("Sum omsøkt", "kr 1 190 000")):
        p.row(lab, val, col=300)
    p.space(6)
    p.text("Satsingsområder", "Times-Bold", 12)
    for lab, on in zip(PRIO20_NB, (True, False, True)):
        p.text(("[X] " if on else "[  ] ") + lab, dx=10)
    p.para("Dalføret har få arbeidsgivere og lange avstander. Jobbspesialistene skal bruke ordinært arbeidsliv "
           "i hele dalen og sikre overgangen fra videregående skole og introduksjonsprogram til arbeid.")
    p.row("Nettverk/klynge:", "Ja, vi ønsker å delta", col=150)
    p.row("Prosessevaluering:", "Ja", col=150)
    p.space(10)
    p.text("Godkjenning", "Times-Bold", 12)
    p.para("Dokumentet er elektronisk godkjent i Setesdal IKT sitt saksbehandlingssystem og er derfor ikke "
           "signert for hånd.")
    for lab, val in (("Nav-leder:", "Knut Rysstad – godkjent 22.01.2020"),
                     ("Rådmann i Valle:", "Steinar Haugland – godkjent 24.01.2020"),
                     ("Rådmann i Bykle:", "Anne Kristin Myrum – godkjent 27.01.2020"),
                     ("Rådmann i Bygland:", "Olav Ose – godkjent 28.01.2020")):
        p.row(lab, val, col=150)
    p.save()
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Setesdal", "Valle", o),
                 contact=("Tone Homme", "tone.homme@nav.no", "37936100"),
                 project=("Setesdal i arbeid", "new", "2020-06-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 10000, "other": None, "total": 1190000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Knut Rysstad", "Nav-leder", "2020-01-22", "electronic_approval"),
                       ("municipality", "Steinar Haugland", "Rådmann", "2020-01-24", "electronic_approval"),
                       ("municipality", "Anne Kristin Myrum", "Rådmann", "2020-01-27", "electronic_approval"),
                       ("municipality", "Olav Ose", "Rådmann", "2020-01-28", "electronic_approval")],
                 notes=["inter-municipal, host Valle; three rådmenn approve electronically"])


# z09 pdf-text (nn): numbered sections with "label: value" lines in DejaVu, ☒/☐ boxes, "0,8 årsverk";
# defect: positions 520 000 over the 80 % cap of 488 000.
def z09(out: Path):
    o = org("96410500")
    p = Page(out, "DejaVu", "DejaVu-Bold", 10)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", "DejaVu-Bold", 13)
    p.text("Statsforvaltaren i Møre og Romsdal – søknadsfrist 1. februar 2020", size=9)
    p.space(6)
    sections = [
        ("1. Søkjar", [("Nav-kontor", "Nav Sykkylven"), ("Kommune", "Sykkylven"), ("Organisasjonsnummer", o)]),
        ("2. Kontaktperson", [("Namn", "Marit Tandstad"), ("E-post", "marit.tandstad@sykkylven.kommune.no"),
                              ("Telefon", "70 24 65 00")]),
        ("3. Prosjekt", [("Prosjektnamn", "Ny sjanse i Sykkylven"), ("Type", "Nytt prosjekt"),
                         ("Oppstart", "17.08.2020"), ("Stillingsressurs", "0,8 årsverk (miljøarbeidar)")]),
        ("4. Budsjett", [("Løn og sosiale kostnader", "520 000 kr"), ("Kompetanse", "6 000 kr"),
                         ("Søknadssum i alt", "526 000 kr")]),
    ]
    for head, rows in sections:
        p.text(head, "DejaVu-Bold", 11)
        for lab, val in rows:
            p.text(f"{lab}: {val}", dx=14)
        p.space(4)
    p.text("5. Satsingsområde", "DejaVu-Bold", 11)
    for lab, on in zip(PRIO20_NN, (True, True, False)):
        p.text(("☒ " if on else "☐ ") + lab, dx=14)
    p.para("Prosjektet skal hjelpe unge vaksne og familiar med innvandrarbakgrunn inn i møbelindustrien og "
           "andre lokale arbeidsplassar, med praksis og tett oppfølging på arbeidsplassen.", dx=14)
    p.text("6. Nettverk og evaluering", "DejaVu-Bold", 11)
    p.text("Nettverk/klyngesamarbeid: ☐ Ja  ☒ Nei", dx=14)
    p.text("Ekstern prosessevaluering: ☒ Ja  ☐ Nei", dx=14)
    p.space(6)
    p.text("7. Godkjenning", "DejaVu-Bold", 11)
    p.para("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.", dx=14)
    p.text("Nav-leiar Jostein Aure, godkjent 16.01.2020", dx=14)
    p.text("Kommunedirektør Tove Riise, godkjent 20.01.2020", dx=14)
    p.save()
    return truth("z09", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Sykkylven", "Sykkylven", o),
                 contact=("Marit Tandstad", "marit.tandstad@sykkylven.kommune.no", "70246500"),
                 project=("Ny sjanse i Sykkylven", "new", "2020-08-17"), pct=80,
                 amounts={"positions": 520000, "competence": 6000, "other": None, "total": 526000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Jostein Aure", "Nav-leiar", "2020-01-16", "electronic_approval"),
                       ("municipality", "Tove Riise", "Kommunedirektør", "2020-01-20", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"], notes=["planted: 520 000 for 0,8 årsverk > 488 000"])


# z10 pdf-text, 2018 scheme: labels above answers in small grey capitals, rules between blocks, typed names.
def z10(out: Path):
    o = org("96403955")
    p = Page(out, "LibSerif", "LibSerif-Bold", 11)
    p.text("NAV Kragerø", "LibSerif-Bold", 15)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2018", "LibSerif-Bold", 12)
    p.text("Til Fylkesmannen i Telemark", size=10)
    p.space(8)

    def block(lab, val):
        p.c.setFillGray(0.45)
        p.text(lab.upper(), "Helvetica", 7.5, gap=2)
        p.c.setFillGray(0)
        p.para(val)
        p.c.setLineWidth(0.4)
        p.c.line(p.m, p.y + 3, p.w - p.m, p.y + 3)
        p.space(3)

    block("Søker", "NAV Kragerø, Kragerø kommune")
    block("Organisasjonsnummer", o)
    block("Kontaktperson", "Lise Brekke – lise.brekke@nav.no – mobil 481 27 730")
    block("Prosjektets navn", "Barn i fokus")
    block("Prosjektstatus", "Nytt prosjekt, oppstart 1. mars 2018")
    block("Stilling", "Familiekoordinator, 100 % stilling")
    block("Budsjett", "Lønn og sosiale kostnader kr 560 000. Kompetanseutvikling kr 20 000. "
                      "Samlet søknadsbeløp kr 580 000.")
    block("Prioriterte områder (2018)", "Prosjektet retter seg mot barneperspektivet i NAV-kontoret og mot "
                                        "ungdom og innvandrere: barnefamilier med lav inntekt får en egen "
                                        "koordinator, og ungdom i familien følges opp mot skole og arbeid.")
    block("Kunnskapsinnhenting", "Kontoret samarbeider med Høgskolen i Sørøst-Norge om innhenting og "
                                 "implementering av kunnskap.")
    p.space(14)
    p.text("Kragerø, 29. januar 2018")
    p.space(10)
    p.text("Bente Lia", dx=0)
    p.text("NAV-leder", size=9)
    p.space(10)
    p.text("Kragerø, 30. januar 2018")
    p.space(10)
    p.text("Kjell Aage Kittilsen")
    p.text("Rådmann", size=9)
    p.save()
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Kragerø", "Kragerø", o), contact=("Lise Brekke", "lise.brekke@nav.no", "48127730"),
                 project=("Barn i fokus", "new", "2018-03-01"), pct=100,
                 amounts={"positions": 560000, "competence": 20000, "other": None, "total": 580000},
                 prio=["barneperspektivet", "ungdom-innvandrere"], interest=(None, None),
                 sigs=[("nav_leader", "Bente Lia", "NAV-leder", "2018-01-29", "typed"),
                       ("municipality", "Kjell Aage Kittilsen", "Rådmann", "2018-01-30", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["2018: no caps (competence 20 000 is fine), areas argued in prose; typed names stacked"])


# z11 pdf-acroform: reportlab form fields filled afterwards with pypdf; check boxes; ink drawn on the page.
def z11(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, NameObject
    o = org("97480012")
    vals = {"kontor": "Nav Sør-Varanger", "kommune": "Sør-Varanger", "orgnr": o, "kontakt": "Nina Bergersen",
            "epost": "nina.bergersen@nav.no", "tlf": "915 52 034", "tittel": "Grenseløs inkludering",
            "oppstart": "15.04.2020", "stilling": "Inkluderingsveileder 100 %", "lonn": "575 000",
            "komp": "10 000", "andre": "", "sum": "585 000", "navn1": "Rune Strand, enhetsleder",
            "dato1": "Kirkenes 23.01.2020", "navn2": "Lena Hætta, kommunalsjef helse og omsorg",
            "dato2": "Kirkenes 28.01.2020"}
    with tempfile.TemporaryDirectory() as td:
        blank = Path(td) / "blank.pdf"
        p = Page(blank, "DejaVu", "DejaVu-Bold", 10)
        f = p.c.acroForm
        p.text("Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret", "DejaVu-Bold", 12)
        p.space(6)

        def fld(lab, name, w=300):
            p.need(24)
            p.c.setFont("DejaVu", 9)
            p.c.drawString(p.m, p.y - 14, lab)
            f.textfield(name=name, x=p.m + 170, y=p.y - 19, width=w, height=17, fontName="Helvetica",
                        fontSize=9, borderWidth=0.5, value="")
            p.y -= 23

        for lab, name in (("Nav-kontor", "kontor"), ("Kommune", "kommune"), ("Organisasjonsnummer", "orgnr"),
                          ("Kontaktperson", "kontakt"), ("E-post", "epost"), ("Telefon", "tlf"),
                          ("Prosjektets tittel", "tittel"), ("Oppstartsdato", "oppstart"),
                          ("Stilling og stillingsprosent", "stilling"), ("Lønn og sosiale utgifter", "lonn"),
                          ("Kompetansemidler", "komp"), ("Andre utgifter", "andre"), ("Sum omsøkt", "sum")):
            fld(lab, name)

        def box(lab, name, on, dx=0):
            f.checkbox(name=name, x=p.m + dx, y=p.y - 13, size=11, checked=on, buttonStyle="cross", borderWidth=0.5)
            p.c.setFont("DejaVu", 9)
            p.c.drawString(p.m + dx + 16, p.y - 11, lab)

        p.space(4)
        p.text("Prosjekttype", "DejaVu-Bold", 10)
        box("Nytt prosjekt", "nytt", True)
        box("Videreføring", "videre", False, 150)
        p.y -= 18
        p.text("Satsingsområder", "DejaVu-Bold", 10)
        for i, (lab, on) in enumerate(zip(PRIO20_NB, (True, True, False))):
            box(lab, f"prio{i}", on)
            p.y -= 16
        p.text("Nettverk / klyngesamarbeid", "DejaVu-Bold", 10)
        box("Ja", "nett_ja", True)
        box("Nei", "nett_nei", False, 60)
        p.y -= 18
        p.text("Ekstern prosessevaluering", "DejaVu-Bold", 10)
        box("Ja", "eval_ja", False)
        box("Nei", "eval_nei", True, 60)
        p.y -= 22
        p.text("Underskrift Nav-leder", "DejaVu-Bold", 10)
        p.ink(1101, p.m + 170, p.y - 40)
        p.y -= 44
        fld("Navn og tittel", "navn1")
        fld("Sted og dato", "dato1")
        p.text("Underskrift kommuneledelsen", "DejaVu-Bold", 10)
        p.ink(1102, p.m + 170, p.y - 40)
        p.y -= 44
        fld("Navn og tittel", "navn2")
        fld("Sted og dato", "dato2")
        p.save()
        r = PdfReader(blank)
        w = PdfWriter()
        w.append(r)
        for page in w.pages:
            w.update_page_form_field_values(page, vals, auto_regenerate=False)
        w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
        with open(out, "wb") as fh:
            w.write(fh)
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Sør-Varanger", "Sør-Varanger", o),
                 contact=("Nina Bergersen", "nina.bergersen@nav.no", "91552034"),
                 project=("Grenseløs inkludering", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "other": None, "total": 585000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Rune Strand", "Enhetsleder", "2020-01-23", "handwritten"),
                       ("municipality", "Lena Hætta", "Kommunalsjef helse og omsorg", "2020-01-28", "handwritten")],
                 notes=["text fields filled by pypdf; cross-style check boxes; ink on the page over 'Underskrift'"])


def office_docx(path: Path, lang: str, title_line: str, rows, budget, prio_labels, prio_on, prose, interest_rows,
                sig_head, sig_cols, ink_seeds):
    d = new_docx()
    d.add_heading(title_line, level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in rows:
        r = t.add_row().cells
        label_cell(r[0], lab)
        r[1].text = val
    d.add_paragraph()
    b = d.add_table(rows=0, cols=2)
    b.style = "Light Grid Accent 1"
    for lab, val in budget:
        r = b.add_row().cells
        r[0].text, r[1].text = lab, val
    d.add_paragraph()
    for lab, on in zip(prio_labels, prio_on):
        d.add_paragraph(("☒ " if on else "☐ ") + lab)
    d.add_paragraph(prose)
    for q, a in interest_rows:
        p = d.add_paragraph(q + " ")
        p.add_run(a).bold = True
    d.add_paragraph()
    d.add_paragraph(sig_head).runs[0].bold = True
    s = d.add_table(rows=len(sig_cols[0]) + 1, cols=len(sig_cols))
    for j, col in enumerate(sig_cols):
        if ink_seeds:
            add_ink(s.cell(0, j).paragraphs[0].add_run(), ink_seeds[j], 4.0)
        for i, v in enumerate(col):
            s.cell(i + 1, j).text = v
    d.save(path)
    fix_zip(path)


# z12 pdf-from-office: Word table form converted by LibreOffice; ink; defect: org number fails MOD11.
def z12(out: Path):
    o = org("97442288", valid=False)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z12.docx"
        office_docx(src, "nb", "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                    [("Nav-kontor", "Nav Holmestrand"), ("Kommune", "Holmestrand"),
                     ("Org. nummer", o[:3] + " " + o[3:6] + " " + o[6:]),
                     ("Kontaktperson", "Stian Olsen (stian.olsen@nav.no, 934 06 122)"),
                     ("Prosjektets navn", "Aktiv hverdag"), ("Nytt/videreføring", "Nytt"),
                     ("Oppstart", "01.09.2020"), ("Stilling", "Arbeidsveileder, 1 årsverk")],
                    [("Lønn og sosiale kostnader", "610 000"), ("Kompetanse", "10 000"), ("Sum", "620 000")],
                    PRIO20_NB, (True, False, False),
                    "Arbeidsveilederen skal skaffe praksis- og lønnsplasser i ordinære virksomheter for "
                    "langtidsmottakere av sosialhjelp.",
                    [("Nettverk/klyngesamarbeid:", "Ja"), ("Ekstern prosessevaluering:", "Ja")],
                    "Signaturer",
                    [("Camilla Berg", "Nav-leder", "Holmestrand, 24.01.2020"),
                     ("Ole Morten Moe", "Kommunedirektør", "Holmestrand, 27.01.2020")], (1201, 1202))
        soffice_pdf(src, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Holmestrand", "Holmestrand", o),
                 contact=("Stian Olsen", "stian.olsen@nav.no", "93406122"),
                 project=("Aktiv hverdag", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Camilla Berg", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Ole Morten Moe", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["planted: check digit wrong; positions exactly at cap"])


# z13 pdf-from-office (nn): continuation, ordførar signs for the municipality, "Stad/dato".
def z13(out: Path):
    o = org("96427123")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z13.docx"
        office_docx(src, "nn", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
                    [("Nav-kontor", "Nav Tokke"), ("Kommune", "Tokke"), ("Organisasjonsnummer", o),
                     ("Kontaktperson", "Gunhild Dalen"), ("E-post", "gunhild.dalen@tokke.kommune.no"),
                     ("Telefon", "476 21 890"), ("Namn på prosjektet", "Vegen vidare"),
                     ("Nytt prosjekt / vidareføring", "Vidareføring (andre året)"),
                     ("Oppstart", "1. mars 2020"), ("Stillingsprosent", "60 prosent stilling")],
                    [("Løn og sosiale kostnader", "348 000"), ("Kompetansemiddel", "5 000"),
                     ("Sum omsøkt", "353 000")],
                    PRIO20_NN, (True, False, True),
                    "Vegen vidare følgjer unge vaksne frå vidaregåande skule og introduksjonsprogrammet over i "
                    "arbeid hos lokale verksemder og kraftselskapet.",
                    [("Ønskjer de nettverk/klyngesamarbeid?", "Nei"), ("Ønskjer de ekstern prosessevaluering?", "Nei")],
                    "Underskrifter",
                    [("Tor Arne Heggtveit", "Nav-leiar", "Stad/dato: Dalen, 20.01.2020"),
                     ("Jorunn Åsland", "Ordførar", "Stad/dato: Dalen, 22.01.2020")], (1301, 1302))
        soffice_pdf(src, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Tokke", "Tokke", o),
                 contact=("Gunhild Dalen", "gunhild.dalen@tokke.kommune.no", "47621890"),
                 project=("Vegen vidare", "continuation", "2020-03-01"), pct=60,
                 amounts={"positions": 348000, "competence": 5000, "other": None, "total": 353000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Tor Arne Heggtveit", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Jorunn Åsland", "Ordførar", "2020-01-22", "handwritten")],
                 notes=["ordførar as the municipal signer (see Open cases)"])


def base_porsanger(out: Path, ink: bool = True):
    o = org("96402210")
    p = Page(out, "Helvetica", "Helvetica-Bold", 10.5)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", "Helvetica-Bold", 13)
    p.space(6)
    for lab, val in (("Nav-kontor", "NAV Porsanger"), ("Kommune", "Porsanger"), ("Org.nr.", o),
                     ("Kontaktperson", "Ellen Somby"), ("E-post", "ellen.somby@nav.no"), ("Telefon", "992 13 456"),
                     ("Prosjektnavn", "Sammen for ungdom i Porsanger"), ("Type", "Nytt prosjekt"),
                     ("Oppstart", "01.08.2020"), ("Stilling", "Ungdomskontakt, 100 % stilling"),
                     ("Lønn og sosiale kostnader", "kr 600 000"), ("Sum omsøkt", "kr 600 000")):
        p.row(lab + ":", val, col=170)
    p.space(4)
    p.text("Satsingsområder:", "Helvetica-Bold")
    for lab, on in zip(PRIO20_NB, (False, True, True)):
        p.text(("X  " if on else "    ") + lab, dx=12)
    p.para("Ungdomskontakten skal følge opp unge mellom 16 og 25 år som står uten skole eller arbeid, "
           "og sikre overgangen fra videregående skole til arbeid eller studier.")
    p.row("Nettverk:", "Ja", col=170)
    p.row("Prosessevaluering:", "Ja", col=170)
    p.space(20)
    for name, title, dt, seed in (("Arne Johansen", "NAV-leder", "Lakselv, 24.01.2020", 1401),
                                  ("Marit Pedersen", "Rådmann", "Lakselv, 27.01.2020", 1402)):
        p.text(dt)
        if ink:
            p.ink(seed, p.m + 5, p.y - 44)
        p.y -= 46
        p.c.line(p.m, p.y, p.m + 220, p.y)
        p.y -= 2
        p.text(f"{title} {name}", size=9)
        p.space(14)
    p.save()
    return o


# z14 pdf-handwritten: stacked signature blocks, date line above the ink, title before the name below.
def z14(out: Path):
    o = base_porsanger(out)
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Porsanger", "Porsanger", o),
                 contact=("Ellen Somby", "ellen.somby@nav.no", "99213456"),
                 project=("Sammen for ungdom i Porsanger", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Arne Johansen", "NAV-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Marit Pedersen", "Rådmann", "2020-01-27", "handwritten")],
                 notes=["stacked blocks: date, ink, line, 'Title Name'"])


# z15 pdf-scanned: 150 dpi, low contrast, shadow at the left edge, 1.4° tilt, speckle, JPEG q38.
def z15(out: Path):
    o = org("96447001")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z15src.pdf"
        p = Page(src, "Helvetica", "Helvetica-Bold", 11)
        p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Helvetica-Bold", 13)
        p.space(8)
        for lab, val in (("Søker", "Nav Kristiansund"), ("Kommune", "Kristiansund"), ("Organisasjonsnummer", o),
                         ("Kontaktperson", "Trond Gjerde"), ("E-post", "trond.gjerde@nav.no"),
                         ("Telefon", "480 32 215"), ("Prosjektets navn", "Fra skole til jobb"),
                         ("Nytt eller videreføring", "Nytt"), ("Oppstart", "15.08.2020"),
                         ("Stillingsandel", "En halv stilling (50 %)"),
                         ("Lønn og sosiale kostnader", "300 000 kr"), ("Kompetanse", "5 000 kr"),
                         ("Totalt omsøkt", "305 000 kr")):
            p.row(lab, val, col=180, size=11, line=True)
        p.space(6)
        p.text("Satsingsområder", "Helvetica-Bold")
        for lab, on in zip(PRIO20_NB, (False, False, True)):
            p.text(("[X] " if on else "[  ] ") + lab, dx=10)
        p.para("Prosjektet skal fange opp elever som står i fare for å droppe ut av videregående skole, og "
               "sikre overgangen til læreplass eller arbeid.")
        p.row("Nettverk/klyngesamarbeid", "Ja", col=180)
        p.row("Ekstern prosessevaluering", "Nei", col=180)
        p.space(16)
        y0 = p.y
        for i, (name, title, dt, seed) in enumerate((("Sissel Ulvund", "Nav-leder", "22.01.2020", 1501),
                                                     ("Bjørn Inge Nergård", "Kommunalsjef for helse og velferd",
                                                      "23.01.2020", 1502))):
            x = p.m + i * 250
            p.c.setFont("Helvetica", 10)
            p.c.drawString(x, y0 - 10, f"Dato: {dt}")
            p.ink(seed, x, y0 - 62)
            p.c.line(x, y0 - 64, x + 220, y0 - 64)
            p.c.drawString(x, y0 - 78, name)
            p.c.drawString(x, y0 - 91, title)
        p.save()
        scan_pdf(src, out, dpi=150, angle=1.4, seed=15)
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Kristiansund", "Kristiansund", o),
                 contact=("Trond Gjerde", "trond.gjerde@nav.no", "48032215"),
                 project=("Fra skole til jobb", "new", "2020-08-15"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "other": None, "total": 305000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Sissel Ulvund", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Bjørn Inge Nergård", "Kommunalsjef for helse og velferd", "2020-01-23",
                        "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["150 dpi grey scan, low contrast, edge shadow, JPEG"])


# z16 pdf-pades: two PAdES signatures (self-signed), the printed block names both signers.
def z16(out: Path):
    o = org("96421570")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z16src.pdf"
        p = Page(src, "LibSerif", "LibSerif-Bold", 11)
        p.text("Nav Bamble – søknad om tilskudd til utvikling av sosiale tjenester 2020", "LibSerif-Bold", 14)
        p.space(6)
        for lab, val in (("Nav-kontor", "Nav Bamble"), ("Kommune", "Bamble"), ("Organisasjonsnummer", o),
                         ("Kontaktperson", "Henriette Dahl, henriette.dahl@nav.no, tlf. 417 02 219"),
                         ("Prosjekttittel", "Jobbmatch Bamble"), ("Nytt/videreføring", "Nytt"),
                         ("Oppstart", "01.05.2020"), ("Stilling", "Jobbkonsulent 100 %")):
            p.row(lab, val, col=150)
        p.space(6)
        p.text("Budsjett", "LibSerif-Bold", 12)
        for lab, val in (("Lønn og sosiale kostnader", "580 000"), ("Kompetanse", "10 000"),
                         ("Totalt", "590 000")):
            p.row(lab, val, col=250)
        p.space(6)
        p.text("Satsingsområder", "LibSerif-Bold", 12)
        for lab, on in zip(PRIO20_NB, (True, False, False)):
            p.text(("[X] " if on else "[  ] ") + lab, dx=10)
        p.para("Jobbkonsulenten matcher sosialhjelpsmottakere med ledige jobber i industrien i Grenland og "
               "følger opp både arbeidstaker og arbeidsgiver.")
        p.row("Nettverk:", "Ja", col=150)
        p.row("Prosessevaluering:", "Ja", col=150)
        p.space(10)
        p.text("Signaturer", "LibSerif-Bold", 12)
        p.para("Søknaden signeres digitalt av Nav-leder og kommunedirektør.")
        p.row("Nav-leder:", "Frode Sørensen, 28.01.2020", col=150)
        p.row("Kommunedirektør:", "Ingunn Tveit, 30.01.2020", col=150)
        p.save()
        pades_sign(src, out, [("Signatur1", "Frode Sørensen", "Nav-leder, Nav Bamble"),
                              ("Signatur2", "Ingunn Tveit", "Kommunedirektør, Bamble kommune")])
    return truth("z16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Bamble", "Bamble", o),
                 contact=("Henriette Dahl", "henriette.dahl@nav.no", "41702219"),
                 project=("Jobbmatch Bamble", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Frode Sørensen", "Nav-leder", "2020-01-28", "digital"),
                       ("municipality", "Ingunn Tveit", "Kommunedirektør", "2020-01-30", "digital")],
                 notes=["two incremental PAdES signatures, both intact"])


# z17 not-application: the office's report on last year's grant (rapport for tilskuddsåret 2019).
def z17(out: Path):
    p = Page(out, "Helvetica", "Helvetica-Bold", 10.5)
    p.text("Rapport for tilskuddsåret 2019", "Helvetica-Bold", 15)
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – rapportering til Statsforvalteren i Agder",
           size=9)
    p.space(8)
    for lab, val in (("Tilskuddsmottaker", "Nav Vennesla"), ("Prosjekt", "Arbeidslinja i Vennesla"),
                     ("Tilskudd mottatt 2019", "kr 580 000"), ("Brukt i 2019", "kr 561 400"),
                     ("Ubrukte midler", "kr 18 600"), ("Stilling", "Jobbspesialist, 100 %")):
        p.row(lab + ":", val, col=170)
    p.space(6)
    p.text("Måloppnåelse", "Helvetica-Bold", 12)
    p.para("I 2019 fulgte jobbspesialisten 31 deltakere. 12 kom over i ordinært arbeid og 5 i utdanning. "
           "Samarbeidet med næringsforeningen er etablert, og arbeidsgiverne gir gode tilbakemeldinger.")
    p.text("Erfaringer og videre planer", "Helvetica-Bold", 12)
    p.para("Kontoret vil søke om videreføring i egen søknad innen fristen 1. februar 2020. Ubrukte midler "
           "ønskes overført til 2020, jf. tilskuddsbrevet.")
    p.space(16)
    p.text("Vennesla, 15.01.2020")
    p.text("Torunn Kvaale, Nav-leder")
    p.save()
    return truth("z17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["report on last year's grant (rapport for tilskuddsåret 2019)"])


# z18 bad-input: a well-formed PDF with zero pages.
def z18(out: Path):
    from pypdf import PdfWriter
    w = PdfWriter()
    w.add_metadata({"/Producer": "adversarial34"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("z18", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a PDF with zero pages (empty /Pages tree)"])
