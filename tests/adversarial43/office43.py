"""Word documents of corpus 43 and their LibreOffice PDFs: letterheads in the page header, reference
blocks, budget tables with a 'Sum' row and 'NOK' after the number, signatures on the second page."""
from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from kit43 import S20, TZ, new_doc, pades, save_doc, self_signed, soffice_pdf, truth

from kit38 import add_ink, cell_text  # noqa: E402  (mechanics only)

BOX = {True: "☒", False: "☐"}


def _letterhead(doc, name, line2, footer):
    from docx.shared import Pt, RGBColor
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run(name)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(16), RGBColor(0xC3, 0x0B, 0x1A)
    hp.add_run("\n" + line2).font.size = Pt(8)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.add_run(footer).font.size = Pt(7.5)


def _table(doc, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, bold=v.startswith("Sum"))
    return t


def _ink_row(doc, blocks, style=None):
    """Signers side by side in a borderless table: place/date, ink, name, title."""
    t = doc.add_table(rows=4, cols=len(blocks))
    for i, (when, seed, name, title) in enumerate(blocks):
        t.cell(0, i).paragraphs[0].add_run(when)
        add_ink(t.cell(1, i).paragraphs[0], seed, 4.2)
        t.cell(2, i).paragraphs[0].add_run(name)
        t.cell(3, i).paragraphs[0].add_run(title)
    return t


# ------------------------------------------------------------ l10 LibreOffice letter, two pages, two invisible PAdES signatures
def l10(out: Path):
    doc = new_doc("Liberation Serif", 11, "Søknad Nav Karmøy")
    _letterhead(doc, "NAV Karmøy", "Karmøy kommune · Postboks 167, 4291 Kopervik",
                "Org.nr. 976 667 778 · nav.karmoy@nav.no · www.nav.no")
    doc.add_paragraph("Statsforvalteren i Rogaland\nPostboks 59 Sentrum\n4001 Stavanger")
    doc.add_paragraph("Kopervik, 10. januar 2020")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 2)
    for s in ["NAV Karmøy søker om tilskudd til prosjektet «Kystlosen». Prosjektet er nytt og skal starte opp "
              "1. juni 2020.",
              "Prosjektet retter seg mot unge mellom 18 og 29 år som står utenfor arbeid og utdanning, og mot "
              "familier med barn der foreldrene har lang fartstid på sosialhjelp. Vi vil bruke arbeidsgivere i "
              "sjømatnæringen og på verftene som arena for opplæring i ordinært arbeid.",
              "Vi søker om en 75 % stilling som jobbkonsulent. Budsjett:"]:
        doc.add_paragraph(s)
    _table(doc, [["Post", "Beløp"], ["Lønn og sosiale kostnader (75 %)", "457 500 NOK"],
                 ["Kompetanse (prosjektspesifikk)", "10 000 NOK"], ["Sum søknadsbeløp", "467 500 NOK"]])
    doc.add_paragraph("")
    doc.add_paragraph("Kontaktperson er prosjektleder Hilde Vorland, e-post hilde.vorland@nav.no, "
                      "telefon 52 85 70 00.")
    doc.add_paragraph("Vi ønsker å delta i nettverk/klyngesamarbeid. Vi ønsker også ekstern prosessevaluering.")
    doc.add_page_break()
    doc.add_paragraph("Søknaden er forankret i kommuneledelsen. Den signeres elektronisk av begge parter; "
                      "signaturene ligger i PDF-filen.")
    doc.add_paragraph("Med hilsen")
    t = doc.add_table(rows=2, cols=2)
    for i, (n, ti) in enumerate([("Geir Are Vik", "NAV-leder"), ("Ingrid Aarsland", "Konstituert kommunedirektør")]):
        t.cell(0, i).paragraphs[0].add_run(n)
        t.cell(1, i).paragraphs[0].add_run(ti)
    with tempfile.TemporaryDirectory() as td:
        dx, pdf = Path(td) / "l10.docx", Path(td) / "l10.pdf"
        save_doc(doc, dx)
        soffice_pdf(dx, pdf)
        data = pdf.read_bytes()
        for field, cn, org, when in [("NavLeder", "Geir Are Vik", "NAV Karmøy", datetime.datetime(2020, 1, 22, 8, 50, tzinfo=TZ)),
                                     ("Kommune", "Ingrid Aarsland", "Karmøy kommune",
                                      datetime.datetime(2020, 1, 23, 15, 5, tzinfo=TZ))]:
            data = pades(data, field, 1, None, self_signed(Path(td), cn, org), when)
    out.write_bytes(data)
    return truth("l10", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Karmøy", "Karmøy", "976667778"), contact=("Hilde Vorland", "hilde.vorland@nav.no", "52857000"),
                 project=("Kystlosen", "new", "2020-06-01"), pct=75,
                 amounts={"positions": 457500, "competence": 10000, "total": 467500},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Geir Are Vik", "NAV-leder", "2020-01-22", "digital"),
                       ("municipality", "Ingrid Aarsland", "Konstituert kommunedirektør", "2020-01-23", "digital")],
                 notes=["near-miss: 75 % at exactly 457 500; letter dated 10. januar, signed 22/23 January by invisible "
                        "PAdES on page 2; org.nr. only in the letterhead footer; 'NOK' after the number with a Sum row"])


# ------------------------------------------------------------ l13 LibreOffice form with letterhead, ink side by side
def l13(out: Path):
    doc = new_doc("Liberation Sans", 10, "Søknad Nav Vefsn")
    _letterhead(doc, "Nav Vefsn", "Vefsn kommune · Kirkegata 1, 8657 Mosjøen", "Nav Vefsn · Org.nr. 975 556 662")
    doc.add_heading("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 2)
    _table(doc, [["Søker", "Nav Vefsn, Vefsn kommune"], ["Organisasjonsnummer", "975 556 662"],
                 ["Kontaktperson", "Ann-Kristin Hatten"], ["E-post / telefon", "ann-kristin.hatten@nav.no / 75 10 12 00"],
                 ["Prosjektets navn", "Helgelandsporet"], ["Ny eller videreføring", "Nytt prosjekt"],
                 ["Oppstart", "august 2020"], ["Stillingsressurs", "100 % stilling (1 årsverk)"]])
    doc.add_paragraph("")
    doc.add_paragraph("Budsjett – omsøkt beløp")
    _table(doc, [["Kostnad", "Beløp"], ["Lønn inkl. sosiale kostnader", "605 000 NOK"],
                 ["Kompetanse", "10 000 NOK"], ["Sum", "615 000 NOK"]])
    doc.add_paragraph("")
    doc.add_paragraph("Prioriterte områder")
    for on, a in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                  (False, "Sikring av sårbare overganger")]:
        doc.add_paragraph(f"{BOX[on]} {a}")
    doc.add_paragraph(f"Nettverk/klyngesamarbeid: {BOX[True]} Ja  {BOX[False]} Nei")
    doc.add_paragraph(f"Ekstern prosessevaluering: {BOX[False]} Ja  {BOX[True]} Nei")
    doc.add_paragraph("")
    _ink_row(doc, [("Mosjøen, 20.01.2020", "l13a", "Randi Nilsen", "Nav-leder"),
                   ("Mosjøen, 21.01.2020", "l13b", "Bjørn Arne Strand", "Kommunedirektør")])
    with tempfile.TemporaryDirectory() as td:
        dx = Path(td) / "l13.docx"
        save_doc(doc, dx)
        soffice_pdf(dx, out)
    return truth("l13", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Vefsn", "Vefsn", "975556662"),
                 contact=("Ann-Kristin Hatten", "ann-kristin.hatten@nav.no", "75101200"),
                 project=("Helgelandsporet", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "total": 615000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Nilsen", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Bjørn Arne Strand", "Kommunedirektør", "2020-01-21", "handwritten")],
                 notes=["near-miss: total 615 000 over 610 000 but positions 605 000 under the cap; 'NOK' after the "
                        "number, Sum row; letterhead with org.nr. in the footer; 'august 2020' = 2020-08-01"])


# ------------------------------------------------------------ l14 Nynorsk LibreOffice form, continuation, kommunalsjef e.f.
def l14(out: Path):
    doc = new_doc("Liberation Serif", 11, "Søknad Nav Time")
    _letterhead(doc, "Nav Time", "Time kommune · Postboks 38, 4349 Bryne", "Nav Time")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", 2)
    _table(doc, [["1", "Nav-kontor", "Nav Time"], ["2", "Kommune", "Time"], ["3", "Organisasjonsnummer", "964 112 223"],
                 ["4", "Kontaktperson", "Kjetil Undheim, kjetil.undheim@nav.no, 51 77 60 00"],
                 ["5", "Prosjektnamn", "Jobbspor Time"],
                 ["6", "Ny søknad / vidareføring", "Vidareføring av «Jobbspor Time» som fekk tilskot for 2019 (år 2)"],
                 ["7", "Oppstart", "01.01.2020"], ["8", "Stillingsressurs", "ei 100 % stilling"],
                 ["9", "Løn og sosiale kostnader", "kr 595 000"], ["10", "Kompetanse", "kr 10 000"],
                 ["11", "Sum søkt", "kr 605 000"],
                 ["12", "Prioriterte område", f"{BOX[True]} Bruk av ordinært arbeidsliv\n{BOX[False]} Oppfølging av "
                  f"barnefamiliar, ungdom og innvandrarar\n{BOX[False]} Sikring av sårbare overgangar"],
                 ["13", "Nettverk / prosessevaluering", "Nettverk: Ja. Ekstern prosessevaluering: Nei."]])
    doc.add_paragraph("")
    doc.add_paragraph("Bryne, 28.01.2020")
    add_ink(doc.add_paragraph(), "l14a", 4.5)
    doc.add_paragraph("Eirik Tjessem\nNav-leiar")
    doc.add_paragraph("Bryne, 29.01.2020")
    add_ink(doc.add_paragraph(), "l14b", 4.5)
    doc.add_paragraph("Hilde Lea Erga\nkommunalsjef levekår, e.f.")
    with tempfile.TemporaryDirectory() as td:
        dx = Path(td) / "l14.docx"
        save_doc(doc, dx)
        soffice_pdf(dx, out)
    return truth("l14", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Time", "Time", "964112223"), contact=("Kjetil Undheim", "kjetil.undheim@nav.no", "51776000"),
                 project=("Jobbspor Time", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "total": 605000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Eirik Tjessem", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Hilde Lea Erga", "kommunalsjef levekår", "2020-01-29", "handwritten")],
                 notes=["near-miss: municipal leader signs as 'kommunalsjef levekår, e.f.' (etter fullmakt); "
                        "'Vidareføring' naming last year's grant; stacked signing blocks"])


# ------------------------------------------------------------ l15 Word letter, reference block, signatures on page 2
def l15(out: Path):
    doc = new_doc("Calibri", 11, "Søknad Nav Sør-Varanger")
    doc.add_paragraph("NAV Sør-Varanger").runs[0].bold = True
    doc.add_paragraph("Statsforvalteren i Troms og Finnmark\nPostboks 700\n9815 Vadsø")
    _table(doc, [["Deres ref.", "Vår ref.", "Saksbehandler", "Dato"],
                 ["19/3310", "20/41", "Roar Isaksen", "17.01.2020"]], style=None)
    doc.add_paragraph("")
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav – «Grensesprang»").runs[0].bold = True
    for s in ["NAV Sør-Varanger, org.nr. 970 112 235, søker om tilskudd for 2020 til et nytt prosjekt med navnet "
              "«Grensesprang». Prosjektet starter 1. mars 2020.",
              "Mange av de nyankomne flyktningene i kommunen er foreldre med små barn, og barna vokser opp i "
              "familier med lav inntekt. Prosjektet skal gi hele familien en fast veileder, slik at både foreldrenes "
              "vei til jobb og barnas hverdag blir fulgt opp samtidig.",
              "Vi søker om en halv stilling (50 %). Lønn og sosiale kostnader utgjør kr 305 000, og vi søker i "
              "tillegg kr 10 000 til kompetanse. Samlet søknadsbeløp er kr 315 000.",
              "Kontaktperson: Anita Hansen, telefon 78 97 70 00, e-post anita.hansen@nav.no.",
              "Vi ønsker ikke å delta i nettverk/klyngesamarbeid, men er interessert i ekstern prosessevaluering."]:
        doc.add_paragraph(s)
    doc.add_page_break()
    doc.add_paragraph("Med vennlig hilsen")
    _ink_row(doc, [("Kirkenes, 29.01.2020", "l15a", "Svein Ove Pedersen", "enhetsleder"),
                   ("Kirkenes, 30.01.2020", "l15b", "Hege Nilsen", "kommunedirektør")])
    save_doc(doc, out)
    return truth("l15", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Sør-Varanger", "Sør-Varanger", "970112235"), contact=("Anita Hansen", "anita.hansen@nav.no", "78977000"),
                 project=("Grensesprang", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Svein Ove Pedersen", "enhetsleder", "2020-01-29", "handwritten"),
                       ("municipality", "Hege Nilsen", "kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: 'Saksbehandler: Roar Isaksen' is not the contact; letter date 17.01.2020 is not "
                        "the signing date; signatures after a page break; area in paraphrase (refugee families "
                        "with children); 'enhetsleder' for the Nav leader; 50 % at exactly 305 000"])


# ------------------------------------------------------------ l16 Nynorsk Word form, avdelingsleiar, budget table with Sum
def l16(out: Path):
    doc = new_doc("Arial", 10, "Søknadsskjema Nav Etne")
    doc.add_heading("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    _table(doc, [["Søkjar", "Nav Etne"], ["Kommune", "Etne kommune"], ["Org.nr.", "965 223 339"],
                 ["Kontaktperson", "Gunnhild Sæbø"], ["E-post", "gunnhild.saebo@nav.no"], ["Telefon", "53 75 20 00"],
                 ["Prosjekttittel", "Etne i arbeid"], ["Type søknad", "Ny"], ["Oppstart", "01.02.2020"],
                 ["Stillingsprosent", "40"]])
    doc.add_paragraph("")
    doc.add_paragraph("Budsjett")
    _table(doc, [["Post", "Stillingsprosent", "Kroner"], ["Rettleiar, løn og sosiale kostnader", "40 %", "244 000"],
                 ["Kompetanse", "", "5 000"], ["Sum", "40 %", "249 000"]])
    doc.add_paragraph("")
    doc.add_paragraph("Kva prioriterte område gjeld prosjektet?")
    for on, a in [(False, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                  (True, "Sikring av sårbare overgangar")]:
        doc.add_paragraph(f"{'X' if on else '  '}  {a}")
    doc.add_paragraph("Ønskjer de å vere med i nettverk/klyngesamarbeid? Ja")
    doc.add_paragraph("Ønskjer de ekstern prosessevaluering? Ja")
    doc.add_paragraph("")
    _ink_row(doc, [("Etne, 22.01.2020", "l16a", "Oddvar Fjellheim", "avdelingsleiar Nav Etne"),
                   ("Etne, 24.01.2020", "l16b", "Torunn Hetleflåt", "kommunedirektør")])
    save_doc(doc, out)
    return truth("l16", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Etne", "Etne", "965223339"), contact=("Gunnhild Sæbø", "gunnhild.saebo@nav.no", "53752000"),
                 project=("Etne i arbeid", "new", "2020-02-01"), pct=40,
                 amounts={"positions": 244000, "competence": 5000, "total": 249000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Oddvar Fjellheim", "avdelingsleiar Nav Etne", "2020-01-22", "handwritten"),
                       ("municipality", "Torunn Hetleflåt", "kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["near-miss: 40 % at exactly 244 000; 'Stillingsprosent 40' without %; budget table with a "
                        "'Sum' row repeating 40 %; Nav leader titled 'avdelingsleiar Nav Etne'; start on the deadline day"])
