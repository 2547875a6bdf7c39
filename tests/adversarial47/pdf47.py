"""Printed-form PDFs of corpus 47 (pdf-text, bad-input, not-application). Each builder writes one file
and returns its truth."""
from __future__ import annotations

import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit47 import S20, ink_reader, orgnr, register_fonts, spaced, truth

W, H = A4


def _c(target, title, producer="Skjemaverktøy"):
    register_fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator(producer)
    return c


def _para(c, text, x, y, font="DV", size=10, width=95):
    c.setFont(font, size)
    for line in textwrap.wrap(text, width):
        c.drawString(x, y, line)
        y -= size + 4
    return y


# ---------------------------------------------------------------- y13 nb, labels block then values block, phone-only
def y13(out: Path):
    org = orgnr("97455078")
    c = _c(str(out), "Søknad Nav Ringerike")
    c.setFont("LSB", 13)
    c.drawString(50, H - 55, "Nav Ringerike – søknad om tilskudd 2020")
    c.setFont("LS", 10)
    c.drawString(50, H - 72, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)")
    labels = ["Søker:", "Kommune:", "Organisasjonsnummer:", "Kontaktperson:", "Telefon:", "Prosjektets navn:",
              "Nytt/videreført:", "Oppstart:", "Stillingsprosent:", "Lønn og sosiale kostnader:", "Kompetanse:",
              "Sum søkt:", "Nettverk/klynge:", "Ekstern prosessevaluering:"]
    values = ["Nav Ringerike", "Ringerike", spaced(org), "Camilla Brekke", "32 11 74 00", "Familieløftet Ringerike",
              "Nytt prosjekt", "1. april 2020", "50 %", "kr 300 000", "kr 5 000", "kr 305 000", "Ja", "Nei"]
    top = H - 110
    t = c.beginText(50, top)
    t.setFont("LSB", 10)
    t.setLeading(19)
    for s in labels:
        t.textLine(s)
    c.drawText(t)
    t = c.beginText(230, top)
    t.setFont("LS", 10)
    t.setLeading(19)
    for s in values:
        t.textLine(s)
    c.drawText(t)
    c.setStrokeGray(0.6)
    c.line(220, top + 14, 220, top - 19 * len(labels) + 10)
    y = top - 19 * len(labels) - 15
    c.setFont("LSB", 10)
    c.drawString(50, y, "Målgruppe og prioritering")
    y = _para(c, "Målgruppen er unge mellom 18 og 25 år og familier med barn der foreldrene er nyankomne "
                 "flyktninger. Familiekoordinatoren skal gi hele familien én fast kontakt i Nav og samordne "
                 "tjenestene rundt barna, slik at foreldrene kommer raskere i gang med språk og arbeid.",
              50, y - 16, "LS", 10)
    y -= 25
    c.drawString(50, y, "Hønefoss, 29.01.2020")
    y -= 15
    for i, (seed, nm, tl) in enumerate([("y13a", "Knut Erik Holm", "Nav-leder"),
                                        ("y13b", "Tore Isaksen", "Kommunedirektør")]):
        x = 50 + i * 260
        c.drawImage(ink_reader(seed), x, y - 50, 150, 45, mask="auto")
        c.line(x, y - 52, x + 200, y - 52)
        c.setFont("LS", 10)
        c.drawString(x, y - 66, nm)
        c.drawString(x, y - 79, tl)
    c.save()
    return truth("y13", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Ringerike", "Ringerike", org),
                 contact=("Camilla Brekke", None, "32117400"),
                 project=("Familieløftet Ringerike", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Knut Erik Holm", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Tore Isaksen", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: all labels drawn first as one text block, values as a second block; phone only "
                        "(reachable); the area is argued in other words (young adults, families of newly arrived "
                        "refugees), no box"])


def _box(c, x, y, w, h, label, value, font="DV", vsize=10):
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont(font, 6.5)
    c.drawString(x + 3, y + h - 8, label)
    c.setFont(font, vsize)
    c.drawString(x + 5, y + 5, value)


# ---------------------------------------------------------------- y14 nn, boxed grid, ✔ glyphs, 80 pst. at cap
def y14(out: Path):
    org = orgnr("97412039")
    c = _c(str(out), "Søknad Nav Gloppen")
    c.setFont("DVB", 12)
    c.drawString(40, H - 50, "Søknad – tilskot til utvikling av sosiale tenester i Nav 2020")
    c.setLineWidth(0.6)
    y = H - 100
    grid = [[("Nav-kontor", "Nav Gloppen", 260), ("Kommune", "Gloppen", 255)],
            [("Organisasjonsnummer", spaced(org), 260), ("Kontaktperson", "Håkon Sandal", 255)],
            [("E-post", "hakon.sandal@nav.no", 260), ("Telefon", "57 88 38 00", 255)],
            [("Prosjektnamn", "Arbeid først Gloppen", 515)],
            [("Ny søknad / vidareføring", "Ny søknad", 170), ("Oppstart", "01.03.20", 170),
             ("Stillingsprosent", "80 pst.", 175)],
            [("Løn og sosiale kostnader", "488 000 kr", 170), ("Kompetansemidlar", "10 000 kr", 170),
             ("Sum søknadsbeløp", "498 000 kr", 175)]]
    for row in grid:
        x = 40
        for label, value, w in row:
            _box(c, x, y, w, 28, label, value)
            x += w
        y -= 28
    y -= 25
    c.setFont("DVB", 10)
    c.drawString(40, y, "Prioriterte område")
    c.setFont("DV", 10)
    y -= 18
    for mark, a in [("✔", "Bruk av ordinært arbeidsliv"), ("", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                    ("", "Sikring av sårbare overgangar")]:
        c.rect(40, y - 2, 11, 11)
        if mark:
            c.drawString(41.5, y, mark)
        c.drawString(58, y, a)
        y -= 17
    y -= 6
    for q, ans in [("Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?", "✔ Ja   ☐ Nei"),
                   ("Ønskjer kontoret ekstern prosessevaluering?", "☐ Ja   ✔ Nei")]:
        c.drawString(40, y, q)
        c.drawString(400, y, ans)
        y -= 17
    y = _para(c, "Prosjektet skal byggje eit fast samarbeid med bedrifter i fiskeoppdrett og industri, der "
                 "deltakarar får lønt arbeid med oppfølging på arbeidsplassen i staden for tiltaksplass.", 40, y - 10)
    y -= 25
    for i, (seed, role, nm, dt) in enumerate([("y14a", "Nav-leiar", "Marit Hjelmeland", "30.01.20"),
                                              ("y14b", "Kommunedirektør", "Arve Varden", "31.01.20")]):
        x = 40 + i * 260
        _box(c, x, y - 70, 250, 70, f"Underskrift – {role}", "")
        c.drawImage(ink_reader(seed), x + 10, y - 55, 140, 40, mask="auto")
        c.setFont("DV", 9)
        c.drawString(x + 5, y - 66, f"{nm}, {role.lower() if i else role}   Dato: {dt}")
    c.save()
    return truth("y14", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Gloppen", "Gloppen", org),
                 contact=("Håkon Sandal", "hakon.sandal@nav.no", "57883800"),
                 project=("Arbeid først Gloppen", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Marit Hjelmeland", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Arve Varden", "kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: 80 pst. at exactly 488 000; boxed grid with tiny labels in each box; ✔ glyphs "
                        "in drawn boxes; dates dd.mm.yy"])


# ---------------------------------------------------------------- y18 nb, inter-municipal host office, three signers
def y18(out: Path):
    org = orgnr("96478102")
    c = _c(str(out), "Søknad Nav Hadeland")
    c.setFont("DVSB", 13)
    c.drawString(50, H - 55, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("DVS", 10)
    c.drawString(50, H - 72, "Interkommunalt prosjekt for Gran og Lunner. Vertskommune: Gran.")
    y = H - 105
    for label, value in [("Søker", "Nav Hadeland (vertskontor, Gran)"), ("Vertskommune", "Gran"),
                         ("Organisasjonsnummer", spaced(org)), ("Kontaktperson", "Sigrid Haugerud"),
                         ("E-post", "sigrid.haugerud@nav.no"), ("Telefon", "61 33 92 00"),
                         ("Prosjekt", "«Hadelandsmodellen for unge voksne»"), ("Søknaden gjelder", "(X) Nytt prosjekt   ( ) Videreføring"),
                         ("Oppstart", "1. mai 2020"), ("Stillinger", "1,5 årsverk (100 % Gran, 50 % Lunner)")]:
        c.setFont("DVSB", 10)
        c.drawString(50, y, label)
        c.setFont("DVS", 10)
        c.drawString(200, y, value)
        y -= 17
    y -= 10
    c.setFont("DVSB", 10)
    c.drawString(50, y, "Budsjett 2020")
    y -= 17
    c.setFont("DVS", 10)
    for label, val in [("Lønn og sosiale kostnader, 150 %", "915 000"), ("Kompetansemidler", "10 000"),
                       ("Sum omsøkt", "925 000")]:
        c.drawString(70, y, label)
        c.drawRightString(420, y, val)
        y -= 15
    y -= 10
    for q, ans in [("Bruk av ordinært arbeidsliv", "( ) Ja  (X) Nei"),
                   ("Oppfølging av barnefamilier, ungdom og innvandrere", "(X) Ja  ( ) Nei"),
                   ("Sikring av sårbare overganger", "(X) Ja  ( ) Nei"),
                   ("Interessert i nettverk/klyngesamarbeid", "(X) Ja  ( ) Nei"),
                   ("Interessert i ekstern prosessevaluering", "(X) Ja  ( ) Nei")]:
        c.drawString(50, y, q)
        c.drawString(360, y, ans)
        y -= 16
    y = _para(c, "Unge voksne 18–29 år i begge kommunene skal få én veileder som følger dem fra utskriving, "
                 "skoleslutt eller avsluttet tiltak og inn i arbeid eller utdanning.", 50, y - 10, "DVS")
    y -= 20
    sigs = [("y18a", "Nav-leder, Nav Hadeland", "Rune Bråten", "27.01.2020", 50, y),
            ("y18b", "Kommunedirektør, Gran kommune", "Gunn Randi Hvaleby", "28.01.2020", 310, y),
            ("y18c", "Kommunedirektør, Lunner kommune", "Kjetil Nilsen", "29.01.2020", 50, y - 110)]
    for seed, role, nm, dt, x, yy in sigs:
        c.setFont("DVSB", 9)
        c.drawString(x, yy, role)
        c.drawImage(ink_reader(seed), x, yy - 55, 150, 45, mask="auto")
        c.line(x, yy - 57, x + 220, yy - 57)
        c.setFont("DVS", 9)
        c.drawString(x, yy - 70, f"{nm}, {dt}")
    c.save()
    return truth("y18", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Hadeland", "Gran", org),
                 contact=("Sigrid Haugerud", "sigrid.haugerud@nav.no", "61339200"),
                 project=("Hadelandsmodellen for unge voksne", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Rune Bråten", "Nav-leder, Nav Hadeland", "2020-01-27", "handwritten"),
                       ("municipality", "Gunn Randi Hvaleby", "Kommunedirektør, Gran kommune", "2020-01-28",
                        "handwritten"),
                       ("municipality", "Kjetil Nilsen", "Kommunedirektør, Lunner kommune", "2020-01-29",
                        "handwritten")],
                 notes=["near-miss: inter-municipal, host office; 1,5 årsverk at exactly 915 000; "
                        "(X)/( ) Ja/Nei pairs; title in guillemets"])


# ---------------------------------------------------------------- y15 bad-input: password-protected PDF
def y15(out: Path):
    from pypdf import PdfReader, PdfWriter
    tmp = out.with_name(out.stem + "_plain.pdf")
    y13(tmp)
    w = PdfWriter(clone_from=PdfReader(str(tmp)))
    tmp.unlink()
    from pypdf.generic import ArrayObject, ByteStringObject
    w._ID = ArrayObject([ByteStringObject(b"adv47-y15-fixed!"), ByteStringObject(b"adv47-y15-fixed!")])
    w.encrypt(user_password="Ringerike2020", owner_password="nav-eier", algorithm="RC4-128")
    w._ID = ArrayObject([w._ID[0], w._ID[0]])  # pypdf draws a random second id; pin it
    with open(out, "wb") as f:
        w.write(f)
    return truth("y15", "pdf", "bad-input", lang=None, scheme=None, score_fields=False,
                 expected=["DOCUMENT_UNREADABLE"], notes=["an application PDF encrypted with an open password"])


# ---------------------------------------------------------------- y17 not-application nn: request to change an approved project
def y17(out: Path):
    org = orgnr("98722513")
    c = _c(str(out), "Søknad om endring")
    c.setFont("DVS", 10)
    c.drawString(50, H - 50, "Nav Kinn")
    c.drawString(50, H - 64, "Org.nr. " + spaced(org))
    c.drawString(50, H - 90, "Statsforvaltaren i Vestland")
    c.drawString(400, H - 90, "Florø, 14.01.2020")
    c.setFont("DVSB", 12)
    c.drawString(50, H - 125, "Søknad om endring i prosjekt med tilsegn – «Arbeid for alle i Kinn»")
    y = H - 150
    for part in [
        "Vi viser til tilsegnsbrev av 18.06.2019 om tilskot til utvikling av sosiale tenester i Nav, der Nav Kinn "
        "fekk 610 000 kroner til ei stilling i prosjektet «Arbeid for alle i Kinn».",
        "Stillinga vart først sett i verk 1. oktober 2019 fordi rekrutteringa tok lengre tid enn planlagt. Vi søkjer "
        "difor om å få forlengje prosjektperioden til 30. september 2020, og om å få bruke 40 000 kroner av "
        "tilskotet til kompetanse i staden for løn i hausten 2020. Det vert ikkje søkt om nye midlar.",
        "Prosjektet held fram med same målgruppe og same prioriterte område (bruk av ordinært arbeidsliv). "
        "Kommunedirektøren er orientert og stiller seg bak endringa.",
        "Kontaktperson: Tonje Gjelsvik, tonje.gjelsvik@nav.no, tlf. 57 75 62 00."]:
        y = _para(c, part, 50, y, "DVS", 10, 92) - 10
    y -= 10
    c.drawString(50, y, "Med helsing")
    c.drawImage(ink_reader("y17a"), 50, y - 55, 150, 45, mask="auto")
    c.drawString(50, y - 70, "Gro Anita Solheim")
    c.drawString(50, y - 84, "leiar Nav Kinn")
    c.save()
    return truth("y17", "pdf", "not-application", lang="nn", scheme=None, score_fields=False,
                 expected=["NOT_AN_APPLICATION"],
                 notes=["a request to change an approved 2019 project (extend period, move 40 000 to competence); "
                        "no new money applied for"])
