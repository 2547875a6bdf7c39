"""PDF documents of corpus 42 (pdf-text, pdf-handwritten). Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit42 import S20, Page, org, spaced, truth


# ---------------------------------------------------------------- n05 pdf-text nb: three position lines at the cap
def n05(out: Path):
    o = org("97712121")
    p = Page(str(out), "DV", "DVB", 9.5)
    p.c.setFillColorRGB(0.1, 0.25, 0.45)
    p.c.rect(0, p.H - 40, p.W, 40, fill=1, stroke=0)
    p.c.setFillColorRGB(1, 1, 1)
    p.c.setFont("DVB", 13)
    p.c.drawString(56, p.H - 27, "Nav Stavanger  –  søknad om tilskudd 2020")
    p.c.setFillColorRGB(0, 0, 0)
    p.y = p.H - 70
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=11)
    for a, v in [("Søker", "NAV Stavanger, Stavanger kommune"), ("Organisasjonsnummer", spaced(o)),
                 ("Kontakt", "Lene Tjelta  /  lene.tjelta@nav.no  /  51 50 70 00"),
                 ("Prosjektets navn", "\u201cFamiliehuset Storhaug\u201d"), ("Nytt eller videreført", "Nytt prosjekt"),
                 ("Oppstart", "1. august 2020")]:
        p.row(a, v, x2=200, box=True)
    p.y -= 8
    p.text("Stillinger og lønn (inkl. sosiale kostnader)", bold=True)
    for a, v in [("Familiekoordinator, 100 %", "610 000"), ("Jobbspesialist, 50 %", "305 000"),
                 ("Jobbspesialist, 50 %", "305 000"), ("Sum stillinger (2 årsverk)", "1 220 000"),
                 ("Kompetanse (evaluering)", "10 000"), ("Totalt omsøkt", "1 230 000")]:
        p.c.setFont(p.f, p.s)
        p.c.drawString(70, p.y, a)
        p.c.drawRightString(460, p.y, v)
        p.y -= p.s + 6
    p.y -= 8
    p.text("Målgruppe og satsingsområder", bold=True)
    p.wrap("Prosjektet retter seg mot familier med barn der foreldrene har stått lenge utenfor arbeid, og mot "
           "ungdom i de samme familiene. Jobbspesialistene skal skaffe foreldrene lønnet arbeid i vanlige "
           "virksomheter i regionen, mens koordinatoren følger barna.", width=100)
    p.y -= 6
    p.row("Nettverk / klyngesamarbeid", "Ja", x2=260)
    p.row("Ekstern prosessevaluering", "Nei", x2=260)
    p.y -= 20
    p.text("Godkjenning", bold=True)
    y = p.y - 48
    p.ink("n05a", 60, y + 4, 130, 36)
    p.ink("n05b", 320, y + 4, 130, 36)
    p.c.line(56, y, 240, y)
    p.c.line(316, y, 500, y)
    p.c.setFont(p.f, 9)
    p.c.drawString(56, y - 12, "Torill Espedal, leder Nav Stavanger – 23.01.2020")
    p.c.drawString(316, y - 12, "Per Kristian Vareide, kommunedirektør – 24.01.2020")
    p.save()
    return truth("n05", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Stavanger", "Stavanger", o),
                 contact=("Lene Tjelta", "lene.tjelta@nav.no", "51507000"),
                 project=("Familiehuset Storhaug", "new", "2020-08-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Torill Espedal", "leder Nav Stavanger", "2020-01-23", "handwritten"),
                       ("municipality", "Per Kristian Vareide", "kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP / AMOUNT_SUM_MISMATCH: three lines 100+50+50 % each exactly at the cap, "
                        "a 'Sum stillinger' row, total 1 230 000", "areas argued in prose, not ticked"])


# ---------------------------------------------------------------- n06 pdf-text nn: electronic approval before the form's date
def n06(out: Path):
    o = org("98855443")
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("NAV ØRSTA", bold=True, size=16, dy=18)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – tilskotsåret 2020", bold=True, size=11, dy=22)
    p.text("Skjemaet er datert 31.01.2020", size=8.5)
    p.c.line(56, p.y + 4, p.W - 56, p.y + 4)
    p.y -= 8
    for a, v in [("1. Nav-kontor", "Nav Ørsta"), ("2. Kommune", "Ørsta"), ("3. Organisasjonsnummer", o),
                 ("4. Kontaktperson", "Signe Barstad Hjorth"), ("5. E-post", "signe.barstad.hjorth@nav.no"),
                 ("6. Telefon", "—"), ("7. Namn på prosjektet", "Sjå heile familien"), ("8. Type", "Nytt prosjekt"),
                 ("9. Planlagd oppstart", "1. mars 2020"), ("10. Stillingsprosent", "50 prosent stilling"),
                 ("11. Løn og sosiale kostnader", "305 000 kr"), ("12. Kompetanse", "—"), ("13. Sum", "305 000 kr")]:
        p.row(a, v, x2=230)
    p.y -= 6
    p.text("14. Prioriterte område", bold=True)
    for a, v in [("Bruk av ordinært arbeidsliv", "Nei"), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", "Ja"),
                 ("Sikring av sårbare overgangar", "Ja")]:
        p.row("    " + a, v, x2=400)
    p.row("15. Nettverk / klyngesamarbeid", "Nei", x2=400)
    p.row("16. Ekstern prosessevaluering", "Ja", x2=400)
    p.y -= 14
    p.text("17. Godkjenning", bold=True)
    p.wrap("Søknaden er godkjend elektronisk i sak 20/0112 av Nav-leiar Arnfinn Bjørdal 28.01.2020 og av "
           "kommunedirektør Lisbeth Aarflot 29.01.2020. Dokumentet har difor ingen handskrivne underskrifter.", width=95)
    p.save()
    return truth("n06", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", o),
                 contact=("Signe Barstad Hjorth", "signe.barstad.hjorth@nav.no", None),
                 project=("Sjå heile familien", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": None, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Arnfinn Bjørdal", "Nav-leiar", "2020-01-28", "electronic_approval"),
                       ("municipality", "Lisbeth Aarflot", "kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near-miss AMOUNT_OVER_CAP: '50 prosent stilling' at 305 000", "approvals dated BEFORE the form's own date 31.01",
                        "phone and competence given as '—' (e-mail is enough for the contact)"])


def _hand(p: Page, left, right, seeds, y=None):
    """Two ink signatures side by side over lines, caption lines under each."""
    y = (y or p.y) - 50
    p.ink(seeds[0], 62, y + 3, 135, 38)
    p.ink(seeds[1], 322, y + 3, 135, 38)
    p.c.setLineWidth(0.6)
    p.c.line(56, y, 250, y)
    p.c.line(316, y, 510, y)
    p.c.setFont(p.f, 9)
    for i, (a, b) in enumerate(zip(left, right)):
        p.c.drawString(56, y - 12 - 11 * i, a)
        p.c.drawString(316, y - 12 - 11 * i, b)
    p.y = y - 14 - 11 * len(left)


# ---------------------------------------------------------------- n07 pdf-handwritten nb: ordfører where the form allows it
def n07(out: Path):
    o = org("97311900")
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=22)
    for a, v in [("Nav-kontor / kommune", "Nav Lillestrøm / Lillestrøm kommune"), ("Org.nr.", spaced(o)),
                 ("Prosjektleder og kontaktperson", "Amir Rahimi, tlf. 66 93 50 00, amir.rahimi@nav.no"),
                 ("Tittel", "Lillestrøm-modellen for unge uføre"), ("Søknaden gjelder", "Nytt prosjekt, fra 01.05.2020"),
                 ("Stillingsprosent", "100 %"), ("Lønnsmidler inkl. sosiale kostnader", "610 000,00"),
                 ("Kompetansemidler", "10 000,00"), ("Sum omsøkt", "620 000,00")]:
        p.row(a, v, x2=230, box=True)
    p.y -= 10
    p.text("Prioriterte områder:  [X] ordinært arbeidsliv   [ ] barnefamilier, ungdom og innvandrere   [X] sårbare overganger", size=9)
    p.text("Nettverk/klynge:  [X] Ja  [ ] Nei          Ekstern prosessevaluering:  [X] Ja  [ ] Nei", size=9)
    p.y -= 10
    p.wrap("Unge under 30 på vei mot uføretrygd skal få tilbud om lønnet arbeid hos ordinære arbeidsgivere, med "
           "tett oppfølging i overgangen fra helsetjenesten til arbeid.", width=100)
    p.y -= 14
    p.text("Signaturer", bold=True)
    p.text("Søknaden signeres av Nav-leder og av kommunens ledelse (kommunedirektør eller ordfører).", size=8.5)
    _hand(p, ["Nav-leder", "Navn: Kristin Haugen", "Dato: 30.01.2020"],
          ["Kommunens ledelse", "Navn: Jørgen Vik, ordfører", "Dato: 31.01.2020"], ("n07a", "n07b"))
    p.save()
    return truth("n07", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Lillestrøm", "Lillestrøm", o),
                 contact=("Amir Rahimi", "amir.rahimi@nav.no", "66935000"),
                 project=("Lillestrøm-modellen for unge uføre", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Kristin Haugen", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Jørgen Vik", "ordfører", "2020-01-31", "handwritten")],
                 notes=["near-miss SIGNATURE_MUNICIPALITY_MISSING: the form allows 'kommunedirektør eller ordfører'; the ordfører signs",
                        "near-miss caps: '610 000,00' and '10 000,00' exactly at the caps"])


# ---------------------------------------------------------------- n08 pdf-handwritten nn: contact in the letterhead, signed on the deadline
def n08(out: Path):
    o = org("99123455")
    p = Page(str(out), "DV", "DVB", 9.5)
    p.c.setFont("DV", 8)
    p.c.drawRightString(p.W - 56, p.H - 40, "Nav Vinje · Vinjevegen 140, 3890 Vinje")
    p.c.drawRightString(p.W - 56, p.H - 50, "Sakshandsamar: Tone Kåsa · tone.kasa@nav.no · 35 06 20 00")
    p.y = p.H - 80
    p.text("Søknad – tilskot til utvikling av sosiale tenester i Nav (2020)", bold=True, size=12, dy=22)
    for a, v in [("Søkjar", "Nav Vinje"), ("Kommune", "Vinje"), ("Organisasjonsnr.", o), ("Prosjekt", "Vinje i arbeid"),
                 ("Kategori", "Vidareføring (år 2)"), ("Oppstart", "01.01.2020"), ("Stilling", "80 prosent"),
                 ("Lønsmidlar", "488 000"), ("Kompetanse", "0"), ("Samla søknadssum", "488 000"),
                 ("Satsingsområde", "Sikring av sårbare overgangar (mellom tenester og frå skule til arbeid)"),
                 ("Nettverk", "ja"), ("Prosessevaluering", "nei")]:
        p.row(a + ":", v, x2=170)
    p.y -= 20
    _hand(p, ["Vinje, 1. februar 2020", "Tor Arne Bakken, Nav-leiar"],
          ["Vinje, 1. februar 2020", "Marit Aasland, kommunedirektør"], ("n08a", "n08b"))
    p.save()
    return truth("n08", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Vinje", "Vinje", o),
                 contact=("Tone Kåsa", "tone.kasa@nav.no", "35062000"),
                 project=("Vinje i arbeid", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 0, "total": 488000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Arne Bakken", "Nav-leiar", "2020-02-01", "handwritten"),
                       ("municipality", "Marit Aasland", "kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss CONTACT_MISSING: the contact (Sakshandsamar) is only in the letterhead",
                        "near-miss SIGNED_AFTER_DEADLINE: both signed 1. februar 2020", "near-miss cap: 80 % at 488 000"])
