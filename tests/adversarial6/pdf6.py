"""The reportlab documents (and the scans made from them) of the sixth corpus, each with its
truth written by hand."""
from __future__ import annotations

import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4

from kit import Page, ink, org, scan
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"


def sig(p: Page, label, name, title, date, seed, x=None):
    """A signature line: label, ink over the line, name / title and date under it."""
    p.need(90)
    p.text(label, font=p.bold)
    p.space(32)
    x = p.m if x is None else x
    ink(p.c, x + 10, p.y + 6, seed=seed)
    p.c.line(x, p.y, x + 220, p.y)
    p.text(f"{name}, {title}", size=p.size - 1)
    p.text(f"Dato: {date}", size=p.size - 1, gap=8)


# ---------------------------------------------------------------- f01: Google-Docs-like export
def f01(out: Path):
    o = org("97468911")
    p = Page(out, font="LibSans", bold="LibSans-B", size=11, lead=1.7, margin=72)
    blue = (0.10, 0.33, 0.62)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", size=20,
           color=blue, gap=4)
    p.text("Fra stønad til lønn", size=14, color=(0.4, 0.4, 0.4), gap=10)
    p.text("Søker", size=14, font=p.bold, color=blue, gap=2)
    for s in ("●  Nav-kontor: Nav Ringerike", "●  Kommune: Ringerike kommune",
              f"●  Organisasjonsnummer: {o[:3]} {o[3:6]} {o[6:]}",
              "●  Kontaktperson: Eirik Haugland, veileder",
              "●  E-post: eirik.haugland@nav.no", "●  Telefon: 481 22 903"):
        p.text(s, x=p.m + 14)
    p.space(8)
    p.text("Om prosjektet", size=14, font=p.bold, color=blue, gap=2)
    for s in ("●  Prosjektnavn: Fra stønad til lønn", "●  Nytt prosjekt eller videreføring: Nytt prosjekt",
              "●  Planlagt oppstart: 01.04.2020",
              "●  Stilling: Jobbspesialist, 80 % stilling"):
        p.text(s, x=p.m + 14)
    p.text("Prosjektet skal gi personer som mottar økonomisk sosialhjelp tett oppfølging ut i "
           "ordinært arbeid, med jobbspesialist som følger både arbeidstaker og arbeidsgiver.", gap=8)
    p.text("Prioriterte områder", size=14, font=p.bold, color=blue, gap=2)
    for s in ("☑  Bruk av ordinært arbeidsliv", "☐  Oppfølging av barnefamilier, ungdom og innvandrere",
              "☐  Sikring av sårbare overganger"):
        p.text(s, x=p.m + 14, font="DejaVu")
    p.space(8)
    p.text("Budsjett", size=14, font=p.bold, color=blue, gap=2)
    rows = [("Kostnad", "Beløp (kr)"), ("Lønn og sosiale kostnader, 80 % stilling", "488 000,00"),
            ("Kompetansetiltak (prosessveiledning)", "9 500,00"), ("Totalt søknadsbeløp", "497 500,00")]
    for i, (a, b) in enumerate(rows):
        p.need(22)
        p.y -= 20
        f = p.bold if i in (0, 3) else p.font
        p.c.setFont(f, 11)
        p.c.drawString(p.m + 6, p.y + 5, a)
        p.c.drawRightString(p.W - p.m - 6, p.y + 5, b)
        p.c.setStrokeColorRGB(0.75, 0.75, 0.75)
        p.c.rect(p.m, p.y, p.W - 2 * p.m, 20)
        p.c.setStrokeColorRGB(0, 0, 0)
    p.space(10)
    p.text("Samarbeid og evaluering", size=14, font=p.bold, color=blue, gap=2)
    p.text("●  Ønsker dere å delta i nettverk/klyngesamarbeid?  Ja", x=p.m + 14)
    p.text("●  Ønsker dere ekstern prosessevaluering?  Nei", x=p.m + 14, gap=8)
    p.newpage()
    p.text("Underskrifter", size=14, font=p.bold, color=blue, gap=6)
    sig(p, "Nav-leder", "Kristin Aasen", "Nav-leder", "27.01.2020", 11)
    sig(p, "Kommunens ledelse", "Tore Hval", "Rådmann", "29.01.2020", 12)
    p.save()
    return truth("f01", "pdf", "gdocs-export", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", o),
                 contact=("Eirik Haugland", "eirik.haugland@nav.no", "48122903"),
                 project=("Fra stønad til lønn", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 9500, "other": None, "total": 497500},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Aasen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Tore Hval", "Rådmann", "2020-01-29", "handwritten")],
                 notes=["amounts with two decimals '488 000,00' (80 % exactly at the 488 000 cap), "
                        "'9 500,00'; Google-Docs-like bullets ● and ☑/☐ checklist; headings in blue"])


# ---------------------------------------------------------------- plain one/two-page form used by scans
def form_pages(path, d, pages2=False, font="LibSerif", bold="LibSerif-B"):
    """The directorate-like form filled in: ``d`` holds the answers; two pages when ``pages2``."""
    foot = (lambda c, n: (c.setFont(font, 9), c.drawRightString(A4[0] - 60, 30, f"Side {n} av 2"))) \
        if pages2 else None
    p = Page(path, font=font, bold=bold, size=10.5, footer=foot)
    p.text("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", size=13,
           font=bold, gap=8)
    for k, v in d["fields"]:
        p.kv(k, v)
    p.space(6)
    p.text("Prioriterte områder (sett kryss):", font=bold)
    for lab, on in d["prio"]:
        p.text(("[X] " if on else "[  ] ") + lab, x=p.m + 10)
    p.space(6)
    p.kv("Interesse for nettverk/klyngesamarbeid", d["net"])
    p.kv("Interesse for ekstern prosessevaluering", d["eval"])
    p.space(6)
    p.text("Budsjett", font=bold)
    for k, v in d["budget"]:
        p.kv(k, v)
    if pages2:
        p.newpage()
        p.text("Forankring og underskrift", size=12, font=bold, gap=6)
        p.text("Søknaden er forankret i kommunens ledelse.", gap=10)
    else:
        p.space(14)
    for lab, n, t, dt, seed in d["sigs"]:
        sig(p, lab, n, t, dt, seed)
    p.save()


PRIO20 = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
          "Sikring av sårbare overganger"]


# ---------------------------------------------------------------- f03: portrait page scanned sideways
def f03(out: Path):
    o = org("97450220")
    d = {"fields": [("Nav-kontor", "Nav Sør-Varanger"), ("Kommune", "Sør-Varanger"),
                    ("Org.nr.", o), ("Kontaktperson", "Marit Isaksen"), ("E-post", "marit.isaksen@nav.no"),
                    ("Telefon", "78 97 14 20"), ("Prosjektets navn", "Grenseløs oppfølging"),
                    ("Nytt / videreføring", "Nytt"), ("Oppstart", "01.03.2020"),
                    ("Stillingsandel", "100 %")],
         "prio": list(zip(PRIO20, (False, True, False))), "net": "Ja", "eval": "Ja",
         "budget": [("Lønn og sosiale kostnader", "kr 600 000"), ("Kompetansemidler", "kr 10 000"),
                    ("Sum søkt", "kr 610 000")],
         "sigs": [("Nav-leder", "Roar Pedersen", "Nav-leder", "22.01.2020", 31),
                  ("Kommunedirektør", "Hanne Nilsen", "Kommunedirektør", "24.01.2020", 32)]}
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / "src.pdf"
        form_pages(src, d)
        scan(src, out, dpi=200, rotate=90, seed=3)
    return truth("f03", "pdf", "scan-sideways", lang="nb", scheme=S20,
                 office=("Nav Sør-Varanger", "Sør-Varanger", o),
                 contact=("Marit Isaksen", "marit.isaksen@nav.no", "78971420"),
                 project=("Grenseløs oppfølging", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Roar Pedersen", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Hanne Nilsen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["a portrait page scanned sideways: the image is landscape, text turned 90°; 200 dpi grey, noise"])


# ---------------------------------------------------------------- f04: two-page scan, pages in reverse order
def f04(out: Path):
    o = org("97454321")
    d = {"fields": [("Nav-kontor", "Nav Gjøvik"), ("Kommune", "Gjøvik"), ("Organisasjonsnummer", o),
                    ("Kontaktperson", "Sindre Bakken"), ("E-post", "sindre.bakken@nav.no"),
                    ("Telefon", "913 40 277"), ("Prosjektnavn", "Trygg overgang"),
                    ("Type prosjekt", "Videreføring (år 2)"), ("Oppstart", "01.01.2020"),
                    ("Stillingsandel", "50 %")],
         "prio": list(zip(PRIO20, (False, False, True))), "net": "Nei", "eval": "Ja",
         "budget": [("Lønn og sosiale kostnader", "kr 300 000"), ("Kompetansemidler", "kr 0"),
                    ("Sum søkt", "kr 300 000")],
         "sigs": [("Nav-leder", "Gro Lien", "Nav-leder", "20.01.2020", 41),
                  ("Rådmann", "Harald Moe", "Rådmann", "23.01.2020", 42)]}
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / "src.pdf"
        form_pages(src, d, pages2=True)
        scan(src, out, dpi=200, order=[1, 0], seed=4)
    return truth("f04", "pdf", "scan-reversed", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Sindre Bakken", "sindre.bakken@nav.no", "91340277"),
                 project=("Trygg overgang", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 300000, "competence": 0, "other": None, "total": 300000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Gro Lien", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Harald Moe", "Rådmann", "2020-01-23", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["two-page scan fed in reverse: the signature page ('Side 2 av 2') is page 1 of the PDF",
                        "'kr 0' competence read as 0 (stated), not null"])


# ---------------------------------------------------------------- f05: e-signature line in every footer
def f05(out: Path):
    o = org("97237609")
    foot_txt = ("Signert elektronisk av Anne Lise Strand (Nav-leder), 27.01.2020 og "
                "Tor Hugo Jensen (kommunedirektør), 29.01.2020")

    def foot(c, n):
        c.setFont("DejaVu", 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.line(60, 46, A4[0] - 60, 46)
        c.drawString(60, 34, foot_txt)
        c.drawRightString(A4[0] - 60, 24, f"Side {n} av 3")
        c.setFillColorRGB(0, 0, 0)
    p = Page(out, font="DejaVu", bold="DejaVu-B", size=10, footer=foot)
    p.text("Nav Bodø", size=16, font=p.bold)
    p.text("Statsforvalteren i Nordland, Moloveien 10, 8002 Bodø", size=9, gap=10)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", size=13,
           font=p.bold, gap=8)
    for k, v in (("Søker (Nav-kontor)", "Nav Bodø"), ("Kommune", "Bodø kommune"),
                 ("Organisasjonsnummer", o), ("Kontaktperson", "Jonas Eliassen"),
                 ("Kontaktinfo", "jonas.eliassen@nav.no / 755 44 812"),
                 ("Prosjektets navn", "«Ungdomslos Bodø»"), ("Søknaden gjelder", "Nytt prosjekt"),
                 ("Prosjektperiode", "01.05.2020 – 30.04.2021")):
        p.kv(k, v)
    p.space(8)
    p.text("Beskrivelse", font=p.bold)
    for _ in range(3):
        p.text("Ungdomslosen skal følge ungdom mellom 16 og 24 år som står i fare for å falle ut av "
               "videregående skole, og sikre at overgangen mellom skole, Nav og arbeidsliv ikke "
               "blir et brudd. Losen har fast kontakt med rådgivere på skolene og med "
               "oppfølgingstjenesten i fylkeskommunen.", gap=4)
    p.newpage()
    p.text("Prioriterte områder", font=p.bold)
    p.text("Prosjektet retter seg mot oppfølging av ungdom (barnefamilier, ungdom og innvandrere) og "
           "mot sikring av sårbare overganger mellom skole og arbeid.", gap=8)
    p.text("Budsjett", font=p.bold)
    for k, v in (("Lønn og sosiale kostnader, ungdomslos 100 %", "NOK 605 000"),
                 ("Kompetanse (evaluering)", "NOK 5 000"), ("Totalt omsøkt beløp", "NOK 610 000")):
        p.kv(k, v, lw=300)
    p.space(8)
    p.text("Nettverk og evaluering", font=p.bold)
    p.text("Nav Bodø ønsker å delta i nettverk/klyngesamarbeid: Ja. Ekstern prosessevaluering: Nei.", gap=8)
    p.newpage()
    p.text("Signatur", font=p.bold, gap=4)
    p.text("Søknaden er signert elektronisk i kommunens sak- og arkivsystem. Se signaturlinjen nederst "
           "på hver side.", gap=6)
    p.kv("Nav-leder", "Anne Lise Strand")
    p.kv("Kommunedirektør", "Tor Hugo Jensen")
    p.save()
    return truth("f05", "pdf", "esign-footer", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", o),
                 contact=("Jonas Eliassen", "jonas.eliassen@nav.no", "75544812"),
                 project=("Ungdomslos Bodø", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Anne Lise Strand", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Tor Hugo Jensen", "Kommunedirektør", "2020-01-29",
                        "electronic_approval")],
                 notes=["'Signert elektronisk av NAME (role), date' in the footer of every page (3 pages): two "
                        "signatures, not six; judged as electronic_approval (an e-signature statement from the "
                        "archive system, no PAdES, no ink) — my call, record.md names only 'elektronisk godkjent'",
                        "the signature page repeats the names in a Nav-leder/Kommunedirektør table without dates"])


# ---------------------------------------------------------------- f07: 2018 application, no cap
def f07(out: Path):
    o = org("97451206")
    p = Page(out, font="LibSerif", bold="LibSerif-B", size=11)
    p.text("NAV Vefsn", size=15, font=p.bold)
    p.text("Postboks 560, 8651 Mosjøen", size=9, gap=12)
    p.text("Fylkesmannen i Nordland", gap=2)
    p.text("Mosjøen, 24. januar 2018", gap=10)
    p.text("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2018", font=p.bold, gap=8)
    for k, v in (("Søker", "NAV Vefsn"), ("Kommune", "Vefsn"), ("Org.nr.", o),
                 ("Kontaktperson", "Kjell Arne Nordvik, tlf. 751 01 300, kjell.arne.nordvik@nav.no"),
                 ("Tiltakets navn", "Barna først"), ("Nytt tiltak / videreføring", "Nytt tiltak"),
                 ("Oppstart", "1. april 2018"), ("Stilling", "1 årsverk familiekoordinator")):
        p.kv(k, v, lw=170)
    p.space(8)
    p.text("Prioriterte områder i kunngjøringen for 2018 (kryss av):", font=p.bold)
    for lab, on in (("Bruk av ordinært arbeidsliv", False), ("Ungdom og innvandrere", False),
                    ("Tiltak begrunnet i funn fra tilsyn", True), ("Barneperspektivet", True),
                    ("Overganger mellom tjenester, skole og arbeidsliv", False)):
        p.text(("[X] " if on else "[  ] ") + lab, x=p.m + 10)
    p.text("Fylkesmannens tilsyn med NAV Vefsn i 2017 viste svakheter i kartleggingen av barnas situasjon "
           "når foreldre søker økonomisk stønad. Tiltaket følger opp dette.", gap=8)
    p.text("Budsjett", font=p.bold)
    for k, v in (("Lønn inkl. sosiale kostnader, 100 % stilling", "kr 712 000"), ("Sum omsøkt", "kr 712 000")):
        p.kv(k, v, lw=300)
    p.space(6)
    p.kv("Nettverk", "Vi ønsker å delta i nettverk: Ja", lw=170)
    p.kv("Prosessevaluering", "Ønsker ekstern prosessevaluering: Nei", lw=170)
    p.space(12)
    sig(p, "NAV-leder", "Ingrid Hatten", "NAV-leder", "24.01.2018", 71)
    sig(p, "Rådmann", "Bjørn Steinar Aune", "Rådmann", "26.01.2018", 72)
    p.save()
    return truth("f07", "pdf", "scheme-2018", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Vefsn", "Vefsn", o),
                 contact=("Kjell Arne Nordvik", "kjell.arne.nordvik@nav.no", "75101300"),
                 project=("Barna først", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 712000, "competence": None, "other": None, "total": 712000},
                 prio=["tilsyn", "barneperspektivet"], interest=(True, False),
                 sigs=[("nav_leader", "Ingrid Hatten", "NAV-leder", "2018-01-24", "handwritten"),
                       ("municipality", "Bjørn Steinar Aune", "Rådmann", "2018-01-26", "handwritten")],
                 notes=["2018 scheme: kr 712 000 for one position is NOT over a cap (no cap known for 2018, "
                        "dev-set rule); the 2018 priority-area list with tilsyn and barneperspektivet ticked"])


# ---------------------------------------------------------------- f09: long Nynorsk letter, facts buried
def f09(out: Path):
    o = org("96499512")
    foot = lambda c, n: (c.setFont("DejaVuSerif", 8), c.drawCentredString(A4[0] / 2, 28, f"– {n} –"))
    p = Page(out, font="DejaVuSerif", bold="DejaVuSerif-B", size=10.5, lead=1.5, footer=foot)
    p.text("Nav Voss", size=14, font=p.bold)
    p.text("Uttrågata 41, 5700 Voss · org.nr. " + o, size=9, gap=10)
    p.text("Statsforvaltaren i Vestland", gap=2)
    p.text("Voss, 27. januar 2020", gap=10)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – prosjektet «Heile vegen»",
           size=12, font=p.bold, gap=8)
    fill = [
        "Voss herad har om lag 15 900 innbyggjarar. Nav Voss har i dag 41 tilsette, og den kommunale "
        "delen av kontoret har ansvar for økonomisk sosialhjelp, kvalifiseringsprogrammet og "
        "bustadsosialt arbeid. I 2019 fekk 312 hushald økonomisk sosialhjelp, og 118 av desse hadde "
        "barn under 18 år. Talet har auka med 14 prosent sidan 2016.",
        "Kontoret har dei siste åra arbeidd systematisk med å styrkje den sosialfaglege kompetansen. "
        "Alle rettleiarar har gjennomført opplæring i kartlegging av barn sin situasjon, og kontoret "
        "har eit eige fagforum som møtest kvar månad. Likevel ser vi at familiar med samansette "
        "behov ofte fell mellom tenestene.",
        "Mange av familiane har innvandrarbakgrunn og har budd kort tid i Noreg. Dei møter fleire "
        "tenester samstundes: introduksjonsprogrammet, barnehage og skule, helsestasjon, Nav og "
        "barnevern. Overgangen frå introduksjonsprogrammet til arbeid eller utdanning er særleg "
        "sårbar, og vi ser at ein stor del går over på sosialhjelp.",
        "I 2018 og 2019 gjennomførte kontoret ei kartlegging saman med flyktningtenesta. Av 64 "
        "deltakarar som avslutta introduksjonsprogrammet, var 23 i arbeid eller utdanning eitt år "
        "etter. Dei andre hadde anten sosialhjelp eller var utan kjend inntekt.",
    ]
    p.text("1. Bakgrunn", font=p.bold, gap=2)
    for i in range(8):
        p.text(fill[i % 4], gap=5)
    p.text("2. Kva vi vil gjere", font=p.bold, gap=2)
    p.text("Vi søkjer om midlar til ei 100 % stilling som familiekoordinator i prosjektet «Heile vegen». "
           "Koordinatoren skal følgje familiane gjennom heile overgangen frå introduksjonsprogrammet "
           "til arbeid, og vere eitt kontaktpunkt for familien og for dei andre tenestene.", gap=5)
    for i in range(8):
        p.text(fill[(i + 2) % 4], gap=5)
    p.text("3. Målgruppe og prioriterte område", font=p.bold, gap=2)
    p.text("Prosjektet rettar seg mot oppfølging av barnefamiliar og innvandrarar, og mot å sikre "
           "sårbare overgangar mellom tenester, utdanning og arbeid. Begge er prioriterte område i "
           "kunngjeringa.", gap=5)
    for i in range(9):
        p.text(fill[(i + 1) % 4], gap=5)
    p.text("4. Organisering og oppstart", font=p.bold, gap=2)
    p.text("Prosjektet er nytt. Vi planlegg oppstart 1. mars 2020, og stillinga vil bli lyst ut internt "
           "så snart tilsegn ligg føre. Kontaktperson for søknaden er fagleiar Solveig Lid, "
           "solveig.lid@nav.no, telefon 56 52 31 10.", gap=5)
    for i in range(9):
        p.text(fill[(i + 3) % 4], gap=5)
    p.text("5. Samarbeid og evaluering", font=p.bold, gap=2)
    p.text("Nav Voss vil gjerne vere med i nettverk og klyngesamarbeid med andre kontor. Vi ønskjer "
           "ikkje ekstern prosessevaluering i år, då heradet har eiga følgjeevaluering.", gap=5)
    for i in range(8):
        p.text(fill[i % 4], gap=5)
    p.newpage()
    p.text("Vedlegg: Budsjett for 2020", font=p.bold, gap=8)
    cols = [p.m, p.m + 190, p.m + 290, p.m + 385]
    rows = [("Kostnadspost", "Søkt tilskot", "Eigenfinansiering", "Sum"),
            ("Løn og sosiale kostnader, 100 %", "590 000", "150 000", "740 000"),
            ("Kompetansetiltak", "10 000", "0", "10 000"),
            ("Sum", "600 000", "150 000", "750 000")]
    for i, r in enumerate(rows):
        p.y -= 20
        for j, cell in enumerate(r):
            p.c.setFont(p.bold if i in (0, 3) else p.font, 10)
            if j == 0:
                p.c.drawString(cols[j] + 4, p.y + 6, cell)
            else:
                p.c.drawRightString(cols[j] + 90, p.y + 6, cell)
        p.c.line(p.m, p.y, p.m + 475, p.y)
    p.space(30)
    p.text("Med helsing", gap=30)
    ink(p.c, p.m + 5, p.y + 4, seed=91)
    ink(p.c, p.m + 265, p.y + 4, seed=92)
    p.c.setFont(p.font, 10)
    p.c.drawString(p.m, p.y - 14, "Ola Dyrvik, Nav-leiar")
    p.c.drawString(p.m + 260, p.y - 14, "Anne Grethe Ringheim, kommunedirektør")
    p.c.drawString(p.m, p.y - 28, "27.01.2020")
    p.c.drawString(p.m + 260, p.y - 28, "28.01.2020")
    p.save()
    return truth("f09", "pdf", "long-letter", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", o),
                 contact=("Solveig Lid", "solveig.lid@nav.no", "56523110"),
                 project=("Heile vegen", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 own_funding=150000,
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ola Dyrvik", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Anne Grethe Ringheim", "Kommunedirektør", "2020-01-28",
                        "handwritten")],
                 notes=["6+ pages of Nynorsk prose with statistics (312 hushald, 14 prosent, 64 deltakarar) "
                        "around the facts; budget in an attached table on the last page with Nynorsk column "
                        "headers; 'Sum' column includes own funding (750 000): the total applied for is 600 000"])


# ---------------------------------------------------------------- defects
def simple_form(path, head, fields, budget, prio, net, ev, sigs, font="LibSans", bold="LibSans-B", text=()):
    p = Page(path, font=font, bold=bold, size=10.5)
    p.text(head, size=13, font=bold, gap=8)
    for k, v in fields:
        p.kv(k, v)
    for t in text:
        p.text(t, gap=4)
    p.space(6)
    p.text("Prioriterte områder:", font=bold)
    for lab, on in zip(PRIO20, prio):
        p.text(("☒ " if on else "☐ ") + lab, x=p.m + 10, font="DejaVu")
    p.space(4)
    p.kv("Nettverk/klyngesamarbeid", net)
    p.kv("Ekstern prosessevaluering", ev)
    p.space(6)
    p.text("Budsjett", font=bold)
    for k, v in budget:
        p.kv(k, v, lw=300)
    p.space(12)
    for s in sigs:
        sig(p, *s)
    p.save()


HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def f10(out: Path):
    bad = org("97469200", valid=False)
    simple_form(out, HEAD,
                [("Nav-kontor", "Nav Hamar"), ("Kommune", "Hamar"), ("Organisasjonsnummer", bad),
                 ("Kontaktperson", "Lene Skjærvik"), ("E-post", "lene.skjaervik@nav.no"),
                 ("Telefon", "62 54 19 00"), ("Prosjektnavn", "Arbeid i sentrum"),
                 ("Nytt/videreføring", "Nytt"), ("Oppstart", "15.03.2020"), ("Stillingsandel", "60 %")],
                [("Lønn og sosiale kostnader (60 %)", "kr 360 000"), ("Kompetanse", "kr 6 000"),
                 ("Sum søknadsbeløp", "kr 366 000")],
                (True, False, False), "Ja", "Ja",
                [("Nav-leder", "Petter Lunde", "Nav-leder", "28.01.2020", 101),
                 ("Kommunedirektør", "Kari Sveen", "Kommunedirektør", "30.01.2020", 102)])
    return truth("f10", "pdf", "defect", lang="nb", scheme=S20, office=("Nav Hamar", "Hamar", bad),
                 contact=("Lene Skjærvik", "lene.skjaervik@nav.no", "62541900"),
                 project=("Arbeid i sentrum", "new", "2020-03-15"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "other": None, "total": 366000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Petter Lunde", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Kari Sveen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=[f"planted: org number {bad} fails MOD11 (check digit shifted by 3); 60 % at 360 000 "
                        "is under the 366 000 cap"])


def f12(out: Path):
    o = org("97453700")
    simple_form(out, HEAD,
                [("Nav-kontor", "Nav Karmøy"), ("Kommune", "Karmøy"), ("Organisasjonsnummer", o),
                 ("Kontaktperson", "Trond Vikanes"), ("E-post", "trond.vikanes@nav.no"),
                 ("Telefon", "52 85 70 00"), ("Prosjektnavn", "Sosial boligkontakt"),
                 ("Nytt/videreføring", "Videreføring"), ("Oppstart", "01.01.2020"),
                 ("Stillingsandel", "100 %")],
                [("Lønn og sosiale kostnader", "kr 580 000"), ("Sum søknadsbeløp", "kr 580 000")],
                (False, False, True), "Nei", "Nei",
                [("Nav-leder", "Elin Hauge", "Nav-leder", "21.01.2020", 121),
                 ("Rådmann", "Steinar Vikse", "Rådmann", "22.01.2020", 122)],
                text=["Prosjektet fikk tilskudd første gang for 2017 og ble videreført i 2018 og 2019. "
                      "2020 blir prosjektets fjerde driftsår. Vi søker om videreføring fordi "
                      "erfaringene så langt er gode."])
    return truth("f12", "pdf", "defect", lang="nb", scheme=S20, office=("Nav Karmøy", "Karmøy", o),
                 contact=("Trond Vikanes", "trond.vikanes@nav.no", "52857000"),
                 project=("Sosial boligkontakt", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 580000, "competence": None, "other": None, "total": 580000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Elin Hauge", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Steinar Vikse", "Rådmann", "2020-01-22", "handwritten")],
                 expected=["CONTINUATION_LIMIT"],
                 notes=["planted: continuation in its fourth year (granted first for 2017, then 2018, 2019; "
                        "2020 = fourth) — beyond the three years"])
