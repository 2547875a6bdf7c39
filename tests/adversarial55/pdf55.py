"""PDF documents of corpus 55 (pdf-text, pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades).
Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
import tempfile
from pathlib import Path

from pdf38 import Page, _self_signed, _sign

from kit55 import S20, truth

HEAD_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _boxed(p: Page, rows, x1=60, x2=230, x3=535):
    """Ruled two-column rows; a value may hold several lines (a long e-mail wraps like in a narrow cell)."""
    c = p.c
    for label, value in rows:
        lines = value.split("\n")
        h = 8 + 13 * len(lines)
        p.need(h + 40)
        c.rect(x1, p.y - h + 10, x2 - x1, h, stroke=1, fill=0)
        c.rect(x2, p.y - h + 10, x3 - x2, h, stroke=1, fill=0)
        c.setFont(p.f, p.s)
        c.drawString(x1 + 4, p.y - 1, label)
        for i, line in enumerate(lines):
            c.drawString(x2 + 4, p.y - 1 - 13 * i, line)
        p.y -= h


def _ticks(p: Page, items, x=60):
    for on, label in items:
        p.c.rect(x, p.y - 1, 9, 9)
        if on:
            p.c.line(x + 1, p.y, x + 8, p.y + 7)
            p.c.line(x + 1, p.y + 7, x + 8, p.y)
        p.c.setFont(p.f, p.s)
        p.c.drawString(x + 16, p.y, label)
        p.y -= p.s + 7


# ---------------------------------------------------------------- cf08 pdf-text nb, e-mail wrapped, approval on deadline day
def cf08(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.text("NAV RINGERIKE", bold=True, size=15)
    p.text(HEAD_NB, bold=True, size=11, dy=22)
    _boxed(p, [("Søker", "NAV Ringerike"), ("Kommune", "Ringerike"), ("Org.nr Nav-kontoret", "944 016 457"),
               ("Org.nr kommunen", "944 234 829"), ("Kontaktperson", "Aslak Viken"),
               ("E-post", "aslak.viken@\nnav.no"), ("Telefon", "32 11 74 00 (sentralbord)\ndirekte 917 45 208"),
               ("Prosjekttittel", "Jobbhuset Ringerike"), ("Søknadstype", "Videreføring – år 2"),
               ("Oppstartsdato", "2020-01-01"), ("Stillingsprosent", "100"),
               ("Lønn/sosiale kostnader", "kr 595 000"), ("Kompetanse", "kr 9 500"), ("Sum", "kr 604 500")])
    p.y -= 12
    p.text("Prioriterte områder", bold=True)
    _ticks(p, [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
               (True, "Sikring av sårbare overganger")])
    p.text("Nettverk/klyngesamarbeid: Ja          Ekstern prosessevaluering: Nei", dy=24)
    p.text("Godkjenning", bold=True)
    p.text("Guro Sørum, Nav-leder – godkjent 28.01.2020")
    p.text("Morten Bakke, kommunalsjef for velferd – godkjent 01.02.2020")
    p.text("Dokumentet er godkjent elektronisk og har derfor ingen håndskrevne signaturer.", size=9)
    p.save()
    return truth("cf08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", "944016457"),
                 contact=("Aslak Viken", "aslak.viken@nav.no", "91745208"),
                 project=("Jobbhuset Ringerike", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 595000, "competence": 9500, "total": 604500},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Guro Sørum", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Morten Bakke", "kommunalsjef for velferd", "2020-02-01", "electronic_approval")],
                 notes=["near-miss: municipal approval on the deadline day 01.02.2020",
                        "e-mail wrapped after '@' in a narrow cell; switchboard line then the direct line",
                        "two org numbers; ISO start date; 'godkjent elektronisk' word order"])


# ---------------------------------------------------------------- cf09 pdf-text nn, total does not add up
def cf09(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Nav Stord", bold=True, size=14)
    p.text("Leirvik, 22. januar 2020", x=400, dy=20)
    p.text(HEAD_NN, bold=True, size=11, dy=22)
    for a, v in [("Søkjar:", "Nav Stord, Stord kommune"), ("Org.nr.:", "NO 991 933 727"),
                 ("Kontakt:", "Marit Ådland, marit.aadland@nav.no, 0047 53 49 62 10"),
                 ("Prosjekt:", "Ungdomsbrua Stord (nytt prosjekt)"), ("Oppstart:", "1. mars 2020"),
                 ("Stillingar:", "to stillingar (2 × 100 %)")]:
        p.pair(a, v, x2=150)
    p.y -= 8
    p.text("Budsjett (kr)", bold=True)
    for a, v in [("Stilling 1, ungdomskoordinator 100 %", "610 000"), ("Stilling 2, jobbspesialist 100 %", "590 000"),
                 ("Sum stillingar", "1 200 000"), ("Kompetanse", "10 000"), ("Totalt søkt", "1 201 000")]:
        p.c.setFont(p.f, p.s)
        p.c.drawString(60, p.y, a)
        p.c.drawRightString(420, p.y, v)
        p.y -= 16
    p.y -= 8
    p.wrap("Prosjektet rettar seg mot ungdom mellom 17 og 24 år som har falle ut av vidaregåande skule. "
           "Prioritert område: oppfølging av barnefamiliar, ungdom og innvandrarar.")
    p.text("Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.", dy=24)
    p.text("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.")
    p.text("Godkjent av Nav-leiar Eva Tjelmeland 22.01.2020 og kommunedirektør Ole Bjørn Skogland 23.01.2020.")
    p.save()
    return truth("cf09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", "991933727"),
                 contact=("Marit Ådland", "marit.aadland@nav.no", "53496210"),
                 project=("Ungdomsbrua Stord", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1201000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Eva Tjelmeland", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Ole Bjørn Skogland", "kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 1 200 000 + 10 000 = 1 210 000, the total says 1 201 000 (transposed digits)",
                        "'NO 991 933 727'; '0047' phone; the title followed by '(nytt prosjekt)'"])


# ---------------------------------------------------------------- cf10 pdf-text nb, Oslo district, bydelsdirektør
def cf10(out: Path):
    p = Page(str(out), "DV", "DVB", 9.5)
    p.c.setFillColorRGB(0.85, 0.1, 0.1)
    p.c.rect(0, 800, 595, 42, stroke=0, fill=1)
    p.c.setFillColorRGB(1, 1, 1)
    p.c.setFont("DVB", 13)
    p.c.drawString(60, 815, "Oslo kommune · Bydel Gamle Oslo · NAV Gamle Oslo")
    p.c.setFillColorRGB(0, 0, 0)
    p.y = 775
    p.text(HEAD_NB, bold=True, size=11, dy=22)
    for a, v in [("1. Nav-kontor", "NAV Gamle Oslo"), ("2. Kommune / bydel", "Oslo kommune, bydel Gamle Oslo"),
                 ("3. Org. nr.:", "974 445 425"), ("4. Kontaktperson", "Amina Yusuf"),
                 ("5. E-post", "<amina.yusuf@bgo.oslo.kommune.no>"), ("6. Telefon", "+47 23 43 12 56"),
                 ("7. Prosjektets navn", "Familiesporet Gamle Oslo"), ("8. Nytt / videreføring", "Nytt"),
                 ("9. Oppstart", "den 2. mars 2020"), ("10. Stillinger", "2 x 100 % stillinger"),
                 ("11. Lønn og sosiale kostnader", "NOK 1 220 000"), ("12. Kompetansemidler", "NOK 10 000"),
                 ("13. Totalt omsøkt", "NOK 1 230 000")]:
        p.pair(a, v, x2=230, leader=True)
    p.y -= 8
    p.text("14. Prioriterte områder", bold=True)
    for a, v in [("Bruk av ordinært arbeidsliv", "Nei"), ("Oppfølging av barnefamilier, ungdom og innvandrere", "Ja"),
                 ("Sikring av sårbare overganger", "Nei"), ("15. Nettverk/klyngesamarbeid", "Nei"),
                 ("16. Ekstern prosessevaluering", "Ja")]:
        p.pair(a, v, x2=420)
    p.y -= 14
    p.text("17. Godkjenning", bold=True)
    p.text("Søknaden er elektronisk godkjent av:")
    p.text("Kristin Aas, NAV-leder, 30.01.2020")
    p.text("Ivar Thorsen, bydelsdirektør, 31.01.2020")
    p.save()
    return truth("cf10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Gamle Oslo", "Oslo", "974445425"),
                 contact=("Amina Yusuf", "amina.yusuf@bgo.oslo.kommune.no", "23431256"),
                 project=("Familiesporet Gamle Oslo", "new", "2020-03-02"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Kristin Aas", "NAV-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Ivar Thorsen", "bydelsdirektør", "2020-01-31", "electronic_approval")],
                 notes=["near-miss: 200 % at exactly 1 220 000; Oslo district signed by the bydelsdirektør",
                        "e-mail in angle brackets; '+47' phone; 'den 2. mars 2020'; areas answered Ja/Nei"])
