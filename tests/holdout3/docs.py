"""Eight applications for the 2020 announcement, each in its own layout,
with the record values a careful reader would take from it (record.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx import Document as Docx
from docx.shared import Pt

from tests.builders.images import scribble
from tests.builders.libreoffice import docx_to_pdf
from tests.builders.orgnr import org_number
from tests.builders.pdf_canvas import Writer
from tests.builders.word import use_font

ARBEIDSLIV = "ordinaert-arbeidsliv"
FAMILIER = "barnefamilier-ungdom-innvandrere"
OVERGANGER = "saarbare-overganger"

TITLE_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
AREA_NB = {
    ARBEIDSLIV: "Bruk av ordinært arbeidsliv",
    FAMILIER: "Oppfølging av barnefamilier, ungdom og innvandrere",
    OVERGANGER: "Sikring av sårbare overganger",
}


@dataclass(frozen=True)
class App:
    key: str
    build: Callable[[Path], Path]
    scan: str  # "pdf", "png" or "jpeg"
    dpi: int
    expected: dict


def _d1_table(out: Path) -> Path:
    org = org_number("97412233")
    pdf = out / "d1_table.pdf"
    w = Writer(pdf)
    w.text(TITLE_NB, size=14, bold=True, gap=2)
    w.text("Søknadsfrist 1. februar 2020. Fyll ut alle felt.", size=9.5, gap=10)
    w.text("Del A – Søker", bold=True)
    w.table([
        ("Nav-kontor", "NAV Hadeland"),
        ("Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}"),
        ("Kontaktperson", "Ingrid Solvang"),
        ("E-post", "ingrid.solvang@nav.no"),
        ("Telefon", "+47 913 22 874"),
    ])
    w.text("Del B – Prosjektet", bold=True)
    w.table([
        ("Prosjektets navn", "Arbeid først på Hadeland"),
        ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
        ("Planlagt oppstart", "01.08.2020"),
        ("Stillingsprosent", "100 %"),
        ("Prioritert område", AREA_NB[ARBEIDSLIV]),
        ("Ønsker deltakelse i nettverk", "Ja"),
        ("Ønsker ekstern prosessevaluering", "Nei"),
    ])
    w.text("Del C – Budsjett", bold=True)
    w.table([
        ("Lønn og sosiale utgifter", "kr 610 000"),
        ("Kompetanseheving", "kr 10 000"),
        ("Sum omsøkt", "kr 620 000"),
    ])
    w.text("Prosjektet skal gi brukere med sosialhjelp som hovedinntekt tett oppfølging ut i ordinære "
           "jobber hos lokale arbeidsgivere, med en veileder som jobber metodisk med jobbutvikling.")
    w.signature_line("Nav-leder", name="Knut Bergum")
    w.signature_line("Rådmann", name="Eli Haugen")
    w.save()
    return pdf


def _d2_table_docx(out: Path) -> Path:
    org = org_number("96855310")
    doc = use_font(Docx())
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Tilskudd til utvikling av sosiale tjenester – søknadsskjema 2020", level=1)
    rows = [
        ("Søker (Nav-kontor)", "Nav Lillehammer-Gausdal"),
        ("Org.nr.", org),
        ("Kontaktperson", "Mats Rudi"),
        ("E-post", "Mats.Rudi@nav.no"),
        ("Telefon", "61 24 88 90"),
        ("Prosjekttittel", "Trygg overgang 16–25"),
        ("Oppstart", "1. september 2020"),
        ("Antall stillinger", "1,5 årsverk (150 %)"),
        ("Prioriterte områder", f"{AREA_NB[FAMILIER]}; {AREA_NB[OVERGANGER]}"),
        ("Nettverk/klyngesamarbeid", "Ja"),
        ("Ekstern prosessevaluering", "Ja"),
        ("Lønn inkl. sosiale kostnader", "850 000"),
        ("Kompetanse", "10 000"),
        ("Totalt omsøkt beløp", "860 000"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("")
    doc.add_paragraph("Underskrift Nav-leder: Hilde Moen          Underskrift kommunedirektør: Per Lunde")
    path = out / "d2_table_docx.docx"
    doc.save(path)
    return docx_to_pdf(path, out)


def _d3_numbered(out: Path) -> Path:
    org = org_number("99123486")
    pdf = out / "d3_numbered.pdf"
    w = Writer(pdf)
    w.text("Søknadsskjema – tilskudd til sosiale tjenester i Nav-kontoret, 2020", size=13, bold=True, gap=12)
    qa = [
        ("1. Hvilket Nav-kontor søker?", "Nav Ringerike"),
        ("2. Kontorets organisasjonsnummer", org),
        ("3. Hvem er kontaktperson?", "Sara Haugland, sara.haugland@nav.no, tlf. 482 11 907"),
        ("4. Hva heter prosjektet?", "«Ungdomsløftet»"),
        ("5. Er dette et nytt prosjekt eller en videreføring?", "Videreføring (andre år)"),
        ("6. Når starter prosjektet?", "Mars 2020"),
        ("7. Hvor mange stillinger søkes det om?", "To hele stillinger, til sammen 200 %"),
        ("8. Hvilke prioriterte områder retter prosjektet seg mot?", AREA_NB[FAMILIER]),
        ("9. Ønsker kontoret å delta i nettverk?", "Ja"),
        ("10. Ønsker kontoret ekstern prosessevaluering?", "Nei"),
    ]
    for question, answer in qa:
        w.text(question, bold=True, gap=1)
        w.text(answer, indent=14, gap=8)
    w.text("11. Budsjett", bold=True, gap=1)
    w.text("Lønn og sosiale kostnader for to stillinger: kr 1 180 000", indent=14, gap=1)
    w.text("Kompetanseheving: kr 8 000", indent=14, gap=1)
    w.text("Totalt omsøkt: kr 1 188 000", indent=14, gap=8)
    w.text("12. Kort beskrivelse", bold=True, gap=1)
    w.text("Ungdom mellom 18 og 25 år som mottar økonomisk sosialhjelp får en fast veileder som følger "
           "dem tett. Barnefamilier med lav inntekt får koordinert oppfølging på tvers av tjenestene. "
           "Prosjektet bygger videre på erfaringene fra første prosjektår.", indent=14, gap=12)
    w.signature_line("Nav-leder", name="Tone Aas")
    w.signature_line("Kommunedirektør", name="Bjørn Strand")
    w.save()
    return pdf


def _d4_numbered_docx(out: Path) -> Path:
    org = org_number("92066713")
    doc = use_font(Docx())
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Søknad 2020 – sosiale tjenester i Nav", level=1)
    qa = [
        ("1) Søker", "NAV Sandnes"),
        ("2) Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}"),
        ("3) Kontaktperson", "Jon Eide"),
        ("4) E-postadresse", "jon.eide@nav.no"),
        ("5) Telefonnummer", "51 97 40 12"),
        ("6) Prosjektnavn", "Jobbspor Sandnes"),
        ("7) Oppstartsdato", "15.08.2020"),
        ("8) Stillingsandel", "80 %"),
        ("9) Prioriterte områder", f"{AREA_NB[ARBEIDSLIV]} og {AREA_NB[OVERGANGER].lower()}"),
        ("10) Nettverk", "Nei"),
        ("11) Prosessevaluering", "Ja"),
        ("12) Budsjett", "Stilling (80 %): 488 000 kr. Kompetanse: 10 000 kr. Sum: 498 000 kr."),
    ]
    for question, answer in qa:
        doc.add_paragraph().add_run(question).bold = True
        doc.add_paragraph(answer)
    doc.add_paragraph("Signert: Nav-leder Randi Vik og rådmann Geir Holm, 20.01.2020")
    path = out / "d4_numbered_docx.docx"
    doc.save(path)
    return docx_to_pdf(path, out)


def _d5_letter_nb(out: Path) -> Path:
    org = org_number("98877665")
    pdf = out / "d5_letter_nb.pdf"
    w = Writer(pdf)
    w.text("NAV Gjøvik", bold=True, gap=0)
    w.text(f"Org.nr. {org}", size=9.5, gap=0)
    w.text("Gjøvik, 24. januar 2020", size=9.5, gap=14)
    w.text("Til Fylkesmannen i Innlandet", gap=10)
    w.text("Søknad om tilskudd til utvikling av sosiale tjenester 2020", bold=True, gap=8)
    w.text("Nav Gjøvik søker med dette om tilskudd til prosjektet «Familieløftet Gjøvik». Prosjektet "
           "skal gi barnefamilier med langvarig sosialhjelp helhetlig oppfølging, og dermed følge opp "
           "barnefamilier, ungdom og innvandrere slik kunngjøringen prioriterer.")
    w.text("Vi søker om én hel stilling (100 %) fra 1. oktober 2020. Lønn og sosiale kostnader utgjør "
           "kr 600 000, og vi søker i tillegg kr 10 000 til kompetanseheving, til sammen kr 610 000.")
    w.text("Kontoret ønsker å delta i nettverk med andre tilskuddskontor, men ønsker ikke å delta i "
           "ekstern prosessevaluering.")
    w.text("Kontaktperson er Lise Brenna, e-post lise.brenna@nav.no, telefon 934 55 120.", gap=14)
    w.text("Med vennlig hilsen", gap=16)
    w.text("Ole Hovde, Nav-leder                    Kari Lie, kommunedirektør", gap=0)
    w.save()
    return pdf


def _d6_letter_nn(out: Path) -> Path:
    org = org_number("93344556")
    doc = use_font(Docx())
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("NAV Sogndal")
    doc.add_paragraph(f"Organisasjonsnummer: {org}")
    doc.add_paragraph("Sogndal, 28. januar 2020")
    doc.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020").bold = True
    doc.add_paragraph(
        "Nav Sogndal søkjer om tilskot til prosjektet «Vegen vidare». Prosjektet skal sikre sårbare "
        "overgangar for deltakarar som går frå kvalifiseringsprogrammet til arbeid, og nytte ordinært arbeidsliv "
        "gjennom praksisplassar hjå lokale verksemder.")
    doc.add_paragraph(
        "Vi søkjer om to stillingar frå 1. august 2020. Løn og sosiale kostnader er 1 200 000 kroner, "
        "og vi søkjer 10 000 kroner til kompetanseheving. Samla søknadssum er 1 210 000 kroner.")
    doc.add_paragraph(
        "Kontoret ønskjer å vere med i nettverk, og vi ønskjer òg å delta i ekstern prosessevaluering.")
    doc.add_paragraph(
        "Kontaktperson er Astrid Nes, e-post astrid.nes@nav.no, telefon 577 22 310.")
    doc.add_paragraph("Med helsing")
    doc.add_paragraph("Eirik Hauge, Nav-leiar          Marit Bø, kommunedirektør")
    path = out / "d6_letter_nn.docx"
    doc.save(path)
    return docx_to_pdf(path, out)


def _d7_checkboxes(out: Path) -> Path:
    org = org_number("91234562")
    pdf = out / "d7_checkboxes.pdf"
    w = Writer(pdf)
    w.text("Tilskudd til sosiale tjenester i Nav-kontoret – søknad for 2020", size=13, bold=True, gap=10)
    w.table([
        ("Nav-kontor", "Nav Kongsberg"),
        ("Org.nr.", org),
        ("Kontaktperson", "Nina Dahl"),
        ("E-post", "NINA.DAHL@NAV.NO"),
        ("Telefon", "32 86 50 44"),
        ("Prosjekt", "Aktiv hverdag"),
        ("Oppstart", "1. juni 2020"),
        ("Stillingsprosent", "50 %"),
    ], label_width=150)
    w.text("Hvilke prioriterte områder gjelder søknaden? (kryss av)", bold=True, gap=6)
    w.checkbox(AREA_NB[ARBEIDSLIV], True)
    w.checkbox(AREA_NB[FAMILIER], False)
    w.checkbox(AREA_NB[OVERGANGER], True)
    w.y -= 6
    w.text("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", bold=True, gap=4)
    w.checkbox("Ja", False, indent=14)
    w.checkbox("Nei", True, indent=14)
    w.text("Ønsker kontoret ekstern prosessevaluering?", bold=True, gap=4)
    w.checkbox("Ja", True, indent=14)
    w.checkbox("Nei", False, indent=14)
    w.y -= 6
    w.table([
        ("Lønn og sosiale kostnader", "305 000"),
        ("Kompetanse", "5 000"),
        ("Sum", "310 000"),
    ], label_width=200)
    w.signature_line("Nav-leder", name="Trond Lie")
    w.save()
    return pdf


def _d8_signed(out: Path) -> Path:
    org = org_number("97755331")
    pdf = out / "d8_signed.pdf"
    ink = scribble(out / "d8_ink.png")
    w = Writer(pdf)
    w.text("SØKNADSSKJEMA 2020", size=14, bold=True, gap=2)
    w.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", gap=12)
    w.table([
        ("Navn på Nav-kontor", "Nav Bodø"),
        ("Organisasjonsnr.", org),
        ("Kontaktperson", "Per Olsen"),
        ("E-post", "per.olsen@nav.no"),
        ("Mobil", "907 12 345"),
        ("Navn på prosjekt", "Sammen mot jobb"),
        ("Prosjektstart", "01.09.2020"),
        ("Stillingsandel totalt", "100 %"),
        ("Prioritert område", f"{AREA_NB[ARBEIDSLIV]}, {AREA_NB[FAMILIER]}"),
        ("Nettverk", "Ja"),
        ("Prosessevaluering", "Ja"),
        ("Lønnsmidler", "kr 590 000"),
        ("Kompetansemidler", "kr 10 000"),
        ("Totalt", "kr 600 000"),
    ])
    w.text("Bodø, 29.01.2020", gap=4)
    w.signature_line("Nav-leder", scribble=ink, name="Anne Kristiansen")
    w.signature_line("Rådmann", name="Rolf Jensen")
    w.save()
    return pdf


def _fields(office, org, name, email, phone, title, start, percent, total, positions, competence,
            areas, network, evaluation) -> dict:
    return {
        "office.name": office, "office.org_number": org,
        "contact.name": name, "contact.email": email, "contact.phone": phone,
        "project.title": title, "project.start_date": start,
        "positions_percent_total": percent,
        "amounts.total": total, "amounts.positions": positions, "amounts.competence": competence,
        "priority_areas": sorted(areas),
        "interest.network": network, "interest.process_evaluation": evaluation,
    }


APPS = [
    App("d1_table", _d1_table, "pdf", 300, _fields(
        "Nav Hadeland", org_number("97412233"), "Ingrid Solvang", "ingrid.solvang@nav.no", "91322874",
        "Arbeid først på Hadeland", "2020-08-01", 100, 620000, 610000, 10000, [ARBEIDSLIV], True, False)),
    App("d2_table_docx", _d2_table_docx, "png", 250, _fields(
        "Nav Lillehammer-Gausdal", org_number("96855310"), "Mats Rudi", "mats.rudi@nav.no", "61248890",
        "Trygg overgang 16–25", "2020-09-01", 150, 860000, 850000, 10000, [FAMILIER, OVERGANGER], True, True)),
    App("d3_numbered", _d3_numbered, "pdf", 200, _fields(
        "Nav Ringerike", org_number("99123486"), "Sara Haugland", "sara.haugland@nav.no", "48211907",
        "Ungdomsløftet", "2020-03-01", 200, 1188000, 1180000, 8000, [FAMILIER], True, False)),
    App("d4_numbered_docx", _d4_numbered_docx, "pdf", 250, _fields(
        "Nav Sandnes", org_number("92066713"), "Jon Eide", "jon.eide@nav.no", "51974012",
        "Jobbspor Sandnes", "2020-08-15", 80, 498000, 488000, 10000, [ARBEIDSLIV, OVERGANGER], False, True)),
    App("d5_letter_nb", _d5_letter_nb, "jpeg", 250, _fields(
        "Nav Gjøvik", org_number("98877665"), "Lise Brenna", "lise.brenna@nav.no", "93455120",
        "Familieløftet Gjøvik", "2020-10-01", 100, 610000, 600000, 10000, [FAMILIER], True, False)),
    App("d6_letter_nn", _d6_letter_nn, "pdf", 300, _fields(
        "Nav Sogndal", org_number("93344556"), "Astrid Nes", "astrid.nes@nav.no", "57722310",
        "Vegen vidare", "2020-08-01", 200, 1210000, 1200000, 10000, [ARBEIDSLIV, OVERGANGER], True, True)),
    App("d7_checkboxes", _d7_checkboxes, "pdf", 300, _fields(
        "Nav Kongsberg", org_number("91234562"), "Nina Dahl", "nina.dahl@nav.no", "32865044",
        "Aktiv hverdag", "2020-06-01", 50, 310000, 305000, 5000, [ARBEIDSLIV, OVERGANGER], False, True)),
    App("d8_signed", _d8_signed, "pdf", 250, _fields(
        "Nav Bodø", org_number("97755331"), "Per Olsen", "per.olsen@nav.no", "90712345",
        "Sammen mot jobb", "2020-09-01", 100, 600000, 590000, 10000, [ARBEIDSLIV, FAMILIER], True, True)),
]
