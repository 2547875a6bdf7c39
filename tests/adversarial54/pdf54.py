"""PDF builders of corpus 54 (pa07, pa09, pa11, pa12, pa15): reportlab forms whose areas are marked oddly."""
from __future__ import annotations

from pathlib import Path

from kit54 import S20, org, register_fonts, spaced, truth
from pdf38 import Page  # noqa: E402  (corpus 38's cursor canvas: mechanics only)

A1, A2, A3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def _box(p, x, y, on=False, size=9):
    p.c.rect(x, y - 1, size, size, stroke=1, fill=0)
    if on:
        p.c.line(x + 1, y, x + size - 1, y + size - 2)
        p.c.line(x + 1, y + size - 2, x + size - 1, y)


def _sigs(p, blocks, y=None):
    """Ink over a line, then name, title and date under it, side by side."""
    y = p.y if y is None else y
    for i, (seed, name, title, date) in enumerate(blocks):
        x = 60 + i * 260
        if seed:
            p.ink(seed, x, y - 42, 150, 40)
        p.c.line(x, y - 45, x + 200, y - 45)
        p.c.setFont(p.f, p.s)
        p.c.drawString(x, y - 58, name)
        p.c.drawString(x, y - 71, title)
        p.c.drawString(x, y - 84, date)
    p.y = y - 100


# ---------------------------------------------------------------- pa07 pdf-text nn: DEFECT only an area outside the call
def pa07(out: Path):
    o = org("92233445")
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Nav Sauda", bold=True, size=14)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret – 2020", bold=True, dy=26)
    for a, v in [("Søkjar", "Nav Sauda"), ("Kommune", "Sauda"), ("Org.nr.", spaced(o)),
                 ("Kontaktperson", "Åse Hustveit"), ("E-post", "ase.hustveit@nav.no"), ("Telefon", "52 78 62 30"),
                 ("Prosjektnamn", "Trygg i eigen heim"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.06.2020"),
                 ("Stillingsdel", "100 %")]:
        p.pair(a + ":", v, x2=200)
    p.y -= 6
    p.text("Satsingsområde (kryss av)", bold=True)
    for name, on in [("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
                     ("Sikring av sårbare overgangar", False), ("Anna: bustadsosialt arbeid (Bustad for velferd)", True)]:
        _box(p, 62, p.y, on)
        p.text(name, x=80)
    p.y -= 4
    p.text("Skildring", bold=True)
    p.wrap("Fleire leigetakarar i kommunale bustader står i fare for å miste bustaden på grunn av husleigerestanse "
           "og manglande buevne. Ein miljøarbeidar skal gje praktisk hjelp i heimen, setje opp faste trekk for "
           "husleige og samordne hjelpa frå Nav, eigedomsavdelinga og psykisk helse.", 100)
    p.y -= 4
    p.text("Budsjett", bold=True)
    for a, v in [("Løn og sosiale utgifter", "kr 560 000"), ("Kompetanse", "kr 10 000"), ("Sum", "kr 570 000")]:
        p.pair(a, v, x2=300)
    p.pair("Interesse for nettverk/klyngesamarbeid:", "Ja", x2=330)
    p.pair("Interesse for ekstern prosessevaluering:", "Nei", x2=330)
    p.y -= 10
    _sigs(p, [("pa07a", "Oddvar Bergeland", "Nav-leiar", "Sauda, 23.01.2020"),
              ("pa07b", "Hilde Lindeland", "Kommunedirektør", "Sauda, 24.01.2020")])
    p.save()
    return truth("pa07", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Sauda", "Sauda", o),
                 contact=("Åse Hustveit", "ase.hustveit@nav.no", "52786230"),
                 project=("Trygg i eigen heim", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000}, prio=[],
                 interest=(True, False), expected=["PRIORITY_AREA_MISSING"],
                 sigs=[("nav_leader", "Oddvar Bergeland", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Hilde Lindeland", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["defect: only 'Anna: bustadsosialt arbeid' is crossed; the three announced areas are empty"])


# ---------------------------------------------------------------- pa09 pdf-text nb: circled number; approval on the deadline
def pa09(out: Path):
    o = org("97780123")
    p = Page(str(out), "LS", "LSB", 10)
    p.text("SØKNADSSKJEMA 2020", bold=True, size=13)
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", dy=24)
    for a, v in [("A. Nav-kontor", "Nav Elverum"), ("B. Kommune", "Elverum"), ("C. Org.nr.", o),
                 ("D. Kontaktperson", "Anita Bråten – anita.braten@nav.no – 62 43 19 00"),
                 ("E. Navn på tiltaket", "Familieløftet Elverum"), ("F. Status", "Tiltaket er nytt"),
                 ("G. Oppstart", "1. oktober 2020")]:
        p.pair(a, v, x2=200)
    p.y -= 6
    p.text("H. Prioritert område. Sett ring rundt nummeret for valgt område.", bold=True)
    for n, name in [(1, "Bruk av ordinært arbeidsliv"), (2, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (3, "Sikring av sårbare overganger")]:
        p.c.setFont(p.f, p.s)
        p.c.drawString(70, p.y, str(n))
        if n == 2:
            p.c.setStrokeColorRGB(0.1, 0.15, 0.55)
            p.c.setLineWidth(1.4)
            p.c.ellipse(63, p.y - 5, 80, p.y + 12)
            p.c.setStrokeColorRGB(0, 0, 0)
            p.c.setLineWidth(1)
        p.text(name, x=90)
    p.y -= 4
    p.text("I. Beskrivelse", bold=True)
    p.wrap("Barnefamilier med lav inntekt, mange av dem innvandrerfamilier, får én fast familieveileder som ser hele "
           "husstanden under ett: økonomi, bolig, barnehage og fritid for barna.", 100)
    p.y -= 4
    p.text("J. Stillinger og budsjett", bold=True)
    for a, v in [("Familieveileder 1 (50 %)", "300 000"), ("Familieveileder 2 (50 %)", "300 000"),
                 ("Kompetanse", "8 000"), ("Sum søknadsbeløp", "608 000")]:
        p.pair(a, v, x2=330)
    p.pair("K. Nettverk/klyngesamarbeid", "Ja", x2=330)
    p.pair("L. Ekstern prosessevaluering", "Ja", x2=330)
    p.y -= 10
    p.text("M. Godkjenning", bold=True)
    p.wrap("Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem og har derfor ingen håndskrevne "
           "signaturer.", 100)
    p.text("Godkjent av Nav-leder Pål Strand, 21.01.2020")
    p.text("Godkjent av kommunalsjef for helse og velferd Berit Moen, 01.02.2020")
    p.save()
    return truth("pa09", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", o),
                 contact=("Anita Bråten", "anita.braten@nav.no", "62431900"),
                 project=("Familieløftet Elverum", "new", "2020-10-01"), pct=100,
                 amounts={"positions": 600000, "competence": 8000, "total": 608000}, prio=[A2],
                 interest=(True, True),
                 sigs=[("nav_leader", "Pål Strand", "Nav-leder", "2020-01-21", "electronic_approval"),
                       ("municipality", "Berit Moen", "Kommunalsjef for helse og velferd", "2020-02-01",
                        "electronic_approval")],
                 notes=["area 2 chosen by a drawn ring round its number; the prose argues the same area",
                        "two 50 % lines; municipal approval ON the deadline day"])


# ---------------------------------------------------------------- pa11 pdf-text nn: X typed beside empty boxes; old project
def pa11(out: Path):
    o = org("96543210")
    p = Page(str(out), "DV", "DVB", 9.5)
    p.text("Nav Gloppen  ·  Søknad om tilskot 2020", bold=True, size=13)
    p.text("Tilskot til utvikling av sosiale tenester i Nav", dy=22)
    for a, v in [("Nav-kontor", "Nav Gloppen"), ("Kommune", "Gloppen"), ("Org.nr.", o),
                 ("Kontaktperson", "Lars Sandal, tlf. 57 88 30 40"), ("Prosjekt", "Arbeidslaget"),
                 ("Nytt/vidareføring", "Nytt prosjekt"), ("Oppstart", "01.05.2020"), ("Stilling", "80 %")]:
        p.pair(a + ":", v, x2=190)
    p.y -= 4
    p.text("Bakgrunn", bold=True)
    p.wrap("Nav Gloppen hadde tilskot til prosjektet «Ung i jobb» i 2016–2018, retta mot ungdom. Det prosjektet er "
           "avslutta, og arbeidsmåten er ein del av drifta. Arbeidslaget er eit nytt prosjekt med ei anna målgruppe.", 105)
    p.y -= 4
    p.text("Satsingsområde", bold=True)
    for name, on in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
                     ("Sikring av sårbare overgangar", True)]:
        _box(p, 62, p.y, False)
        if on:
            p.c.setFont(p.f, p.s)
            p.c.drawString(76, p.y, "X")
        p.text(name, x=90)
    p.wrap("Arbeidslaget tek imot vaksne som kjem ut frå rusbehandling eller fengsel og gjev dei arbeid i eit lag "
           "som utfører oppdrag for lokale verksemder, med mål om fast jobb i ordinært arbeidsliv.", 105)
    p.y -= 4
    for a, v in [("Løn og sosiale utgifter", "488 000"), ("Kompetanse", "10 000"), ("Totalt", "498 000"),
                 ("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Nei")]:
        p.pair(a, v, x2=300)
    p.y -= 10
    _sigs(p, [("pa11a", "Ragnhild Eimhjellen", "Leiar Nav Gloppen", "Sandane 30.01.2020"),
              ("pa11b", "Tore Nygaard", "Kommunedirektør", "Sandane 30.01.2020")])
    p.save()
    return truth("pa11", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Gloppen", "Gloppen", o),
                 contact=("Lars Sandal", None, "57883040"), project=("Arbeidslaget", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000}, prio=[A1, A3],
                 interest=(False, False),
                 sigs=[("nav_leader", "Ragnhild Eimhjellen", "Leiar Nav Gloppen", "2020-01-30", "handwritten"),
                       ("municipality", "Tore Nygaard", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["X typed BESIDE empty drawn boxes; an earlier finished youth project in the background",
                        "phone-only contact (reachable); 80 % at exactly 488 000"])
