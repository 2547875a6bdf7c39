"""Corpus 52: Word documents exported by LibreOffice headless — a two-column section with running
header and footer (pr09), 7 pt body and 20 pt title exported as PDF/A (pr10), a born-digital
application with a scanned signature page appended (pr11), a floating framed paragraph (pr17)."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from kit52 import (S20, add_ink, cell_text, ink_reader, new_doc, orgnr, register_fonts, save_doc, scan_page,
                   soffice_pdf, spaced, truth)


def _cols(section, n: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    for old in section._sectPr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"):
        section._sectPr.remove(old)
    section._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="567"/>'))


def _no_borders(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _para(doc, text, bold=False, size=None):
    from docx.shared import Pt
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------- pr09 pdf-from-office nb, two columns, header/footer
def pr09(out: Path):
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    org = orgnr("97404929")
    doc = new_doc("DejaVu Sans", 10, "Søknad Nav Moss")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Nav Moss · Søknad om tilskudd 2020 · 27.01.2020"
    sec.footer.paragraphs[0].text = "Nav Moss, Postboks 1600, 1501 Moss · sentralbord 55 55 33 33"
    _para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", True, 14)
    doc.add_section(WD_SECTION.CONTINUOUS)
    for a, v in [("Søker", "Nav Moss"), ("Kommune", "Moss"), ("Organisasjonsnummer", spaced(org)),
                 ("Kontaktperson", "Ragnhild Flåten"), ("E-post", "ragnhild.flaten@nav.no"), ("Telefon", "69 24 35 00"),
                 ("Prosjektets navn", "Flere finner jobb i Moss"), ("Søknaden gjelder", "Nytt prosjekt"),
                 ("Ønsket oppstart", "01.04.2020"), ("Stilling", "100 % jobbspesialist")]:
        p = doc.add_paragraph()
        p.add_run(a + ": ").bold = True
        p.add_run(v)
    _para(doc, "Satsingsområde", True)
    _para(doc, "Tett oppfølging ut i ordinære jobber hos private og offentlige arbeidsgivere i Moss-regionen, i stedet "
               "for tiltaksplasser. Deltakerne ansettes på vanlige vilkår fra første dag, og jobbspesialisten følger "
               "opp både arbeidstaker og arbeidsgiver.")
    _para(doc, "Nettverk og evaluering", True)
    _para(doc, "Vi ønsker å delta i nettverk/klyngesamarbeid: ja. Vi ønsker ekstern prosessevaluering: ja.")
    _para(doc, "Bakgrunn", True)
    _para(doc, "Mange som mottar økonomisk sosialhjelp i Moss har vært lenge borte fra arbeidslivet. Prosjektet skal "
               "utvikle en ny arbeidsmåte der flere finner veien til fast, lønnet arbeid og der kontoret samarbeider "
               "fast med et flertall av de største arbeidsgiverne i byen.")
    _cols(doc.sections[1], 2)
    doc.add_section(WD_SECTION.CONTINUOUS)
    _cols(doc.sections[2], 1)
    _para(doc, "Budsjett 2020", True)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Post", "Søkt tilskudd", "Kommunens egenandel", "Sum"),
                             ("Lønn og sosiale kostnader, 100 %", "610 000", "150 000", "760 000"),
                             ("Kompetanse (prosjektspesifikk)", "10 000", "0", "10 000"),
                             ("Sum", "620 000", "150 000", "770 000")]):
        for j, s in enumerate(row):
            cell_text(t.cell(i, j), s, bold=i in (0, 3))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(doc, "Underskrifter", True)
    st = doc.add_table(rows=4, cols=2)
    for j, (place, seed, name, title) in enumerate([("Moss, 27.01.2020", "pr09a", "Espen Dahl", "Nav-leder"),
                                                    ("Moss, 28.01.2020", "pr09b", "Tone Berger", "Kommunedirektør")]):
        cell_text(st.cell(0, j), place)
        add_ink(st.cell(1, j).paragraphs[0], seed)
        cell_text(st.cell(2, j), name)
        cell_text(st.cell(3, j), title)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "pr09.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("pr09", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", org), contact=("Ragnhild Flåten", "ragnhild.flaten@nav.no", "69243500"),
                 project=("Flere finner jobb i Moss", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=150000,
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Espen Dahl", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Tone Berger", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["facts in a two-column section; header 'Nav Moss · … · 27.01.2020' and footer with the "
                        "switchboard on both pages; DejaVu Sans (LibreOffice may set ﬁ/ﬂ ligatures)",
                        "near-miss: the area is described in other words ('ordinære jobber … i stedet for "
                        "tiltaksplasser'); applied column 610 000 at the cap, own share 150 000 beside it"])


# ---------------------------------------------------------------- pr10 pdf-from-office nn, 7 pt body, PDF/A
def pr10(out: Path):
    from docx.shared import Pt
    org = orgnr("97403850")
    doc = new_doc("Liberation Sans", 7, "Søknad Nav Stord")
    _para(doc, "Søknad om tilskot", True, 20)
    _para(doc, "Utvikling av sosiale tenester i Nav-kontoret – søknadsåret 2020", False, 9)
    t = doc.add_table(rows=0, cols=2)
    _no_borders(t)
    for i, (a, v) in enumerate([("Nav-kontor", "Nav Stord"), ("Kommune", "Stord"), ("Organisasjonsnummer", org),
                                ("Kontaktperson", "Kjersti Vågen"), ("E-post", "kjersti.vagen@nav.no"),
                                ("Telefon", "53 49 65 00"), ("Prosjekt", "Ungdomslosen Stord"),
                                ("Type", "Nytt prosjekt"), ("Oppstart", "01.05.2020"), ("Stillingsdel", "50 %"),
                                ("Løn og sosiale kostnader", "305 000 kr"), ("Kompetansemidlar", "–"),
                                ("Sum søknad", "305 000 kr"),
                                ("Prioritert område", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                                ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]):
        r = t.add_row()
        cell_text(r.cells[0], a, bold=True, shade="E4E8EE" if i % 2 == 0 else "F4F6F8")
        cell_text(r.cells[1], v, shade="E4E8EE" if i % 2 == 0 else "F4F6F8")
    _para(doc, "")
    _para(doc, "Ungdomslosen skal vere ein fast vaksen for ungdom mellom 16 og 24 år som står i fare for å falle ut av "
               "skule og arbeid på Stord, og for familiane deira. Arbeidsmåten er ny i kommunen og vert utvikla saman "
               "med vidaregåande skule og barnevernet.")
    _para(doc, "")
    st = doc.add_table(rows=4, cols=2)
    _no_borders(st)
    for j, (place, seed, name, title) in enumerate([("Leirvik, 17.01.2020", "pr10a", "Håkon Fitje", "Nav-leiar"),
                                                    ("Leirvik, 20.01.2020", "pr10b", "Ingunn Skimmeland",
                                                     "Fungerande rådmann")]):
        cell_text(st.cell(0, j), place)
        add_ink(st.cell(1, j).paragraphs[0], seed, 3.5)
        cell_text(st.cell(2, j), name)
        cell_text(st.cell(3, j), title)
    for p in doc.paragraphs:
        for r in p.runs:
            if r.font.size is None:
                r.font.size = Pt(7)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "pr10.docx"
        save_doc(doc, src)
        soffice_pdf(src, out, 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"1"}}')
    return truth("pr10", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", org), contact=("Kjersti Vågen", "kjersti.vagen@nav.no", "53496500"),
                 project=("Ungdomslosen Stord", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 305000, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Håkon Fitje", "Nav-leiar", "2020-01-17", "handwritten"),
                       ("municipality", "Ingunn Skimmeland", "Fungerande rådmann", "2020-01-20", "handwritten")],
                 notes=["20 pt title, 7 pt body and table; borderless shaded label table; PDF/A-1 export",
                        "near-miss: 50 % at exactly 305 000; competence '–' (null); 'Fungerande rådmann'"])


# ---------------------------------------------------------------- pr11 pdf-handwritten nb, scanned signature page appended
def _signature_sheet() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    W, H = A4
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setFont("DVB", 12)
    c.drawString(60, H - 80, "Nav Vefsn – søknad om tilskudd 2020")
    c.drawString(60, H - 100, "Underskrifter")
    c.setFont("DV", 10)
    c.drawString(60, H - 130, "Vi bekrefter at opplysningene i søknaden er riktige og at prosjektet er forankret i")
    c.drawString(60, H - 144, "kommunens ledelse.")
    y = H - 200
    for x, place, seed, name, title in [(60, "Mosjøen, 23.01.2020", "pr11a", "Terje Hatten", "Nav-leder"),
                                        (320, "Mosjøen, 24.01.2020", "pr11b", "Berit Mikkelsen", "Kommunedirektør")]:
        c.drawString(x, y, "Sted/dato: " + place)
        c.drawImage(ink_reader(seed), x, y - 55, 150, 42, mask="auto")
        c.line(x, y - 57, x + 210, y - 57)
        c.drawString(x, y - 72, name)
        c.drawString(x, y - 86, title)
    c.showPage()
    c.save()
    return b.getvalue()


def pr11(out: Path):
    from docx.enum.text import WD_BREAK
    from pypdf import PdfReader, PdfWriter
    org = orgnr("97416611")
    doc = new_doc("Liberation Serif", 11, "Søknad Nav Vefsn")
    _para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", True, 14)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in [("Søker", "Nav Vefsn"), ("Kommune", "Vefsn"), ("Org.nr.", spaced(org)),
                 ("Kontaktperson", "Kristin Toft"), ("E-post", "kristin.toft@nav.no"), ("Telefon", "75 10 12 00"),
                 ("Prosjekt", "Vefsn-modellen"), ("Nytt/videreføring", "Videreføring – år 2 av 3"),
                 ("Oppstart", "01.01.2020"), ("Stillingsprosent", "100 %"),
                 ("Lønn og sosiale kostnader", "590 000"), ("Kompetanse", "10 000"), ("Sum omsøkt", "600 000")]:
        r = t.add_row()
        cell_text(r.cells[0], a, bold=True)
        cell_text(r.cells[1], v)
    _para(doc, "")
    _para(doc, "Prioriterte områder: ☒ Bruk av ordinært arbeidsliv  ☐ Oppfølging av barnefamilier, ungdom og "
               "innvandrere  ☒ Sikring av sårbare overganger")
    _para(doc, "Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei      Ekstern prosessevaluering: ☐ Ja ☒ Nei")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(doc, "Beskrivelse og status etter første år", True)
    for s in ["I 2019 fulgte prosjektet 31 personer, 12 er nå i ordinært arbeid. I år to utvides samarbeidet med "
              "arbeidsgivere i industrien på Mosjøen, og overgangen fra introduksjonsprogram til arbeid får en egen plan.",
              "Signaturside følger vedlagt (skannet)."]:
        _para(doc, s)
    with tempfile.TemporaryDirectory() as td:
        src, body = Path(td) / "pr11.docx", Path(td) / "pr11.pdf"
        save_doc(doc, src)
        soffice_pdf(src, body)
        img = scan_page(_signature_sheet(), 0, 11, dpi=200, angle=0.7)
        sb = io.BytesIO()
        img.save(sb, "PDF", resolution=200)
        w = PdfWriter(clone_from=PdfReader(str(body)))
        w.append(PdfReader(io.BytesIO(sb.getvalue())))
        with open(out, "wb") as f:
            w.write(f)
    return truth("pr11", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Vefsn", "Vefsn", org), contact=("Kristin Toft", "kristin.toft@nav.no", "75101200"),
                 project=("Vefsn-modellen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Terje Hatten", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Berit Mikkelsen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["pages 1–2 LibreOffice text; page 3 a scanned (200 dpi, JPEG, 0.7°) signature sheet with "
                        "typed names, place/date and ink — no text layer", "near-miss: continuation year 2; competence 10 000"])


# ---------------------------------------------------------------- pr17 pdf-from-office nb, floating frame, Oslo district
def pr17(out: Path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    org = orgnr("98765301")
    doc = new_doc("Liberation Sans", 10.5, "Søknad bydel Grünerløkka")
    frame = ('<w:framePr {} w:w="3400" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
             'w:x="7900" w:y="1500"/>').format(nsdecls("w"))
    for s in ["Kontaktperson i saken:", "Amir Haddad", "amir.haddad@nav.no", "Tlf. 21 80 21 80"]:
        p = doc.add_paragraph()
        p._p.get_or_add_pPr().append(parse_xml(frame))
        p.add_run(s).bold = s.endswith(":")
    _para(doc, "Oslo kommune, bydel Grünerløkka")
    _para(doc, "Nav Grünerløkka", True, 13)
    _para(doc, "Org.nr. " + spaced(org))
    _para(doc, "")
    _para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", True, 12)
    _para(doc, "Prosjekt: «Ung på Løkka»")
    for s in ["Nav Grünerløkka søker om midler til et nytt prosjekt med oppstart 1. mars 2020. Prosjektet retter "
              "seg mot ungdom og unge voksne med innvandrerbakgrunn i bydelen og skal gi dem en fast veileder som "
              "følger opp skole, arbeid og familie samlet.",
              "Vi søker om én 100 % stilling. Lønn og sosiale kostnader utgjør 590 000 kroner, og vi søker i tillegg "
              "10 000 kroner til prosjektspesifikk kompetanse, til sammen 600 000 kroner.",
              "Kontoret ønsker å delta i nettverk/klyngesamarbeid, men ønsker ikke ekstern prosessevaluering."]:
        _para(doc, s)
    _para(doc, "")
    _para(doc, "Søknaden er elektronisk godkjent og sendes uten håndskrevet signatur:")
    _para(doc, "Godkjent 29.01.2020 av Martin Lie, leder Nav Grünerløkka")
    _para(doc, "Godkjent 30.01.2020 av Sigrun Aas, bydelsdirektør")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "pr17.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("pr17", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Grünerløkka", "Oslo", org), contact=("Amir Haddad", "amir.haddad@nav.no", "21802180"),
                 project=("Ung på Løkka", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Martin Lie", "Leder Nav Grünerløkka", "2020-01-29", "electronic_approval"),
                       ("municipality", "Sigrun Aas", "Bydelsdirektør", "2020-01-30", "electronic_approval")],
                 notes=["the contact is a framed paragraph (w:framePr) floating top right, drawn beside the letterhead",
                        "near-miss: an Oslo district signed by the bydelsdirektør; facts in prose; electronic approval"])
