"""A made-up application the workers' forkserver reads before any real one.

Reading a first document costs a fresh process ~0.2 s more than reading the
next: the vocabulary's files are parsed, its wordings built into patterns
and compiled, and the extractors' tables filled. Done once in the forkserver
(``soknad_extract.warm``), every worker forks with them ready, and what is
built here joins what ``startup_cache`` may store: it comes from this text
and the vocabulary, never from a clerk's document. The text is
not any office's: it only walks the extractors' usual paths (labels and
values, a budget, priority areas, a signature block). Nothing here touches
a file, pdfium or the network.
"""

from __future__ import annotations

from soknad_extract.layout import Document, Line, Page, Word
from soknad_extract.pipeline import build_record
from soknad_extract.extract import extract
from soknad_extract.record import Source
from soknad_extract.schemes import choose_scheme
from soknad_extract.vocabulary import compile_made, one_folder

_TEXT = """Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret
Nav-kontor: Nav Eksempel
Kommune: Eksempel kommune
Organisasjonsnummer: 000000000
Prosjektets navn: Eksempelprosjektet
Kontaktperson: Kari Eksempel, e-post kari.eksempel@nav.no, telefon 00 00 00 00
Nytt prosjekt eller videreføring: Nytt prosjekt
Oppstart: 01.03.2020
Stillingsprosent: 100 %
Lønn til stilling: 610 000 kr
Kompetanseheving: 10 000 kr
Sum omsøkt: 620 000 kr
Prioriterte områder: Barn og unge, Bolig
Ønsker dere å delta i nettverk? Ja
Følgeevaluering: Nei
Sted og dato: Eksempel, 20.01.2020
Leder i Nav-kontoret Kari Eksempel
Kommunedirektør Ola Eksempel"""

_LINE_PITCH_PT = 18.0
_CHAR_WIDTH_PT = 5.0
_LEFT_PT = 56.0


def _line(text: str, number: int) -> Line:
    top = 60.0 + number * _LINE_PITCH_PT
    words, x = [], _LEFT_PT
    for token in text.split():
        width = len(token) * _CHAR_WIDTH_PT
        words.append(Word(token, (x, top, x + width, top + 10.0)))
        x += width + _CHAR_WIDTH_PT
    return Line(text, 1, (_LEFT_PT, top, x - _CHAR_WIDTH_PT, top + 10.0), words, size=10.0)


def made_up_document() -> Document:
    lines = [_line(text, i) for i, text in enumerate(_TEXT.splitlines())]
    return Document(path="<priming>", format="pdf", pages=[Page(1, 595.0, 842.0, lines)], page_count=1)


def prime() -> None:
    """Read the made-up application once, for what it leaves behind."""
    doc = made_up_document()
    source = Source(path=doc.path, format="pdf", pages=1)
    with one_folder():
        choice = choose_scheme(doc.text())
        build_record(source, doc, extract(doc, choice.scheme), choice, "nb")
    compile_made()
