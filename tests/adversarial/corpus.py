"""How the adversarial documents are composed: an application's answers
(``App``) laid out as blocks, and the builders that print them. What each
document says is written down separately, in ``truth/<id>.json``, from the
document's content, never from the toolkit's output."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tests.adversarial.drawn import draw_pdf
from tests.adversarial.render import Block, chromium_pdf, soffice, to_docx

AREAS = {"ord": "Bruk av ordinært arbeidsliv", "fam": "Oppfølging av barnefamilier, ungdom og innvandrere",
         "ovg": "Sikring av sårbare overganger"}


@dataclass
class App:
    """The answers of one application; ``blocks`` lays them out."""
    office: str
    municipality: str
    org: str | None
    contact: str
    email: str
    phone: str
    title: str
    start: str            # as printed
    start_iso: str | None
    role: str             # position title
    percent: int
    amount: int
    areas: tuple[str, ...]
    network: bool | None
    evaluation: bool | None
    leader: str
    chief: str
    chief_title: str
    date: str = "20.01.2020"
    date_iso: str = "2020-01-20"
    nn: bool = False

    def heading(self) -> list[Block]:
        word = "Søknad om tilskot" if self.nn else "Søknad om tilskudd"
        return [("h", f"{word} til utvikling av sosiale tjenester i Nav-kontoret 2020")]

    def facts(self) -> list[Block]:
        nn = self.nn
        return [("kv", [("Søkjar (Nav-kontor)" if nn else "Søkende Nav-kontor", self.office),
                        ("Kommune", self.municipality),
                        *([("Organisasjonsnummer", self.org)] if self.org else []),
                        ("Kontaktperson", self.contact), ("E-post", self.email), ("Telefon", self.phone),
                        ("Namn på tiltaket" if nn else "Tiltakets navn", self.title),
                        ("Oppstart" if nn else "Planlagt oppstart", self.start),
                        ("Ny søknad / vidareføring" if nn else "Ny søknad eller videreføring", "Ny")])]

    def budget(self) -> list[Block]:
        pay = f"{self.amount:,}".replace(",", " ")
        return [("grid", [["Kostnad", "Beløp"],
                          [f"{self.role}, {self.percent} % stilling (lønn inkl. sosiale kostnader)", f"{pay} kr"],
                          ["Sum det søkes om", f"{pay} kr"]])]

    def areas_block(self) -> list[Block]:
        return [("ask", "Prioritert område:", [(AREAS[a], a in self.areas) for a in AREAS])]

    def interest_block(self) -> list[Block]:
        nn = self.nn
        out = []
        if self.network is not None:
            out.append(("ask", "Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?" if nn
                        else "Ønsker kontoret å delta i nettverk/klyngesamarbeid?",
                        [("Ja", self.network), ("Nei", not self.network)]))
        if self.evaluation is not None:
            out.append(("ask", "Ekstern prosessevaluering aktuelt?",
                        [("Ja", self.evaluation), ("Nei", not self.evaluation)]))
        return out

    def signing(self, leader_ink: int | None = 7, chief_ink: int | None = 8) -> list[Block]:
        place = f"{self.municipality}, {self.date}"
        return [("p", f"Stad og dato: {place}" if self.nn else f"Sted og dato: {place}"),
                ("sign", [(f"Nav-leiar" if self.nn else "Leder, " + self.office, self.leader, leader_ink),
                          (self.chief_title, self.chief, chief_ink)])]

    def blocks(self, prose: str) -> list[Block]:
        return (self.heading() + self.facts() + [("p", prose)] + self.areas_block() + self.budget()
                + self.interest_block() + self.signing())


@dataclass
class Doc:
    id: str
    klass: str
    producer: str          # marker: "plain", "libreoffice" or "browser"
    build: Callable[[Path], Path]



def write(blocks: list[Block], how: str) -> Callable[[Path], Path]:
    """A builder that writes ``blocks`` to ``out`` (suffix chosen here)."""
    def build(out: Path) -> Path:
        if how == "chromium":
            return chromium_pdf(blocks, out.with_suffix(".pdf"))
        if how == "docx":
            return to_docx(blocks, out.with_suffix(".docx"))
        if how in ("lo-pdf", "lo-odt"):
            return soffice(to_docx(blocks, out.with_suffix(".docx")), how[3:])
        if how == "drawn":
            return draw_pdf(blocks, out.with_suffix(".pdf"))
        if how == "drawn-portrait":
            return draw_pdf(blocks, out.with_suffix(".pdf"), portrait=True)
        raise ValueError(how)
    return build


def scanned(blocks: list[Block], damage: Callable[[Path, Path], Path], suffix: str = ".pdf") -> Callable[[Path], Path]:
    def build(out: Path) -> Path:
        original = draw_pdf(blocks, out.with_name(out.name + "-original.pdf"), portrait=True)
        return damage(original, out.with_suffix(suffix))
    return build


def clone(app: App, **changes) -> App:
    new = copy.copy(app)
    for k, v in changes.items():
        setattr(new, k, v)
    return new
