"""Files that are not readable applications: the record holds only one finding.

NOT_AN_APPLICATION: a meeting memo (PDF) and a status report (Word) from the
same world, full of offices, titles and amounts, that must not be read as an
application. DOCUMENT_UNREADABLE: a truncated PDF, an empty file, and a .docx
that is not a zip archive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Paragraph, Table, TableStyle

from . import docx_common as dc
from . import pdf_common as pc


@dataclass(frozen=True)
class Special:
    filename: str
    renderer: str
    language: str | None
    code: str
    make: Callable[[Path], int | None]  # writes the file; returns its page count if a PDF


MEMO = (
    ("Referat fra nettverkssamling for utviklingsprosjekter i Nav-kontorene", "h1"),
    ("Dato: 28.11.2019. Sted: Fylkesmannen i Innlandet, Lillehammer. Referent: Tone Huuse.", "body"),
    ("Til stede: representanter for 12 av 13 løpende prosjekter, blant annet Nav Elverum, Nav Gjøvik, "
     "Nav Hamar, Nav Kongsvinger, Nav Sør-Odal og Nav Øyer.", "body"),
    ("1. Velkommen og presentasjon", "h2"),
    ("Fylkesmannen innledet om formålet med nettverket: et sted å drøfte utfordringer, få ideer og utveksle "
     "erfaringer. Nye prosjekter som får tilsagn i 2020 vil bli invitert inn i nettverket.", "body"),
    ("2. Erfaringer fra prosjektene", "h2"),
    ("Nav Gjøvik fortalte om «NYE VEIER» (200 % stilling), der tett oppfølging og arbeidsretting går igjen. "
     "Nav Hamar presenterte arbeidet med internkontroll. Flere prosjekter jobber med økonomisk rådgivning "
     "etter sosialtjenesteloven § 17.", "body"),
    ("3. Tilskuddsordningen 2020", "h2"),
    ("Kunngjøringen kommer i desember. Søknadsfristen er 1. februar 2020. Det gis inntil 610 000 kroner per "
     "100 % stilling og inntil 10 000 kroner til kompetanse. Rapporteringsfrist for løpende prosjekter er "
     "1. februar 2020.", "body"),
    ("4. Neste samling", "h2"),
    ("Neste samling blir i mai 2020. Nav Øyer og Nav Trysil forbereder et innlegg om brukermedvirkning.", "body"),
)

REPORT = (
    "Statusrapport 2019 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret",
    "Nav Øyer – prosjektet «Alle skal med…» (fritidstilbud og aktiviteter til alle barn)",
    "Rapporten gjelder perioden 1. januar – 31. desember 2019 og sendes Fylkesmannen i Innlandet innen "
    "rapporteringsfristen 1. februar 2020.",
    "Prosjektet har hatt en 100 % stilling gjennom hele året. Tildelt beløp var 590 000 kroner, og det er "
    "brukt 574 300 kroner. Mindreforbruket på 15 700 kroner skyldes sykefravær i oktober.",
    "Resultater: 46 barn fra familier som mottar økonomisk sosialhjelp har fått et fast fritidstilbud. "
    "Samarbeidet med idrettslagene og kulturskolen er formalisert i egne avtaler.",
    "Videre plan: prosjektet går inn i tredje og siste driftsår i 2020, og tiltaket skal deretter "
    "innarbeides i ordinær drift.",
)


def _memo(path: Path) -> int:
    st = pc.styles("Helvetica", 10)
    story: list = [Paragraph(text, st[kind]) for text, kind in MEMO]
    actions = [["Oppfølgingspunkt", "Ansvar", "Frist"],
               ["Sende ut presentasjonene", "Fylkesmannen", "06.12.2019"],
               ["Forslag til tema for neste samling", "Alle", "15.01.2020"]]
    table = Table([[Paragraph(c, st["cell"]) for c in row] for row in actions], colWidths=[230, 120, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#666666")]))
    story.append(table)
    return pc.build(path, story, "Fylkesmannen i Innlandet")


def _report(path: Path) -> None:
    doc = dc.new_document("Calibri", "Nav Øyer")
    dc.bold_line(doc, REPORT[0], 14)
    for text in REPORT[1:]:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for post, amount in (("Lønn og sosiale kostnader", "574 300"), ("Tildelt 2019", "590 000"),
                         ("Mindreforbruk", "15 700")):
        cells = table.add_row().cells
        dc.cell_text(cells[0], post)
        dc.cell_text(cells[1], amount)
    dc.save(doc, path)


def _truncated(path: Path) -> None:
    """The first third of a valid PDF: no page tree, no xref, no trailer."""
    _memo(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _write(content: bytes) -> Callable[[Path], None]:
    """Unreadable files have no page count (write_bytes' byte count is not one)."""
    def write(path: Path) -> None:
        path.write_bytes(content)

    return write


SPECIALS: tuple[Special, ...] = (
    Special("memo_nettverkssamling_2019.pdf", "pdf_memo", "nb", "NOT_AN_APPLICATION", _memo),
    Special("rapport_oyer_2019.docx", "docx_report", "nb", "NOT_AN_APPLICATION", _report),
    Special("broken_truncated.pdf", "truncated pdf", None, "DOCUMENT_UNREADABLE", _truncated),
    Special("broken_empty.pdf", "empty file", None, "DOCUMENT_UNREADABLE", _write(b"")),
    Special("broken_not_zip.docx", "text saved as .docx", None, "DOCUMENT_UNREADABLE",
            _write("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret\r\n".encode("cp1252"))),
)
