"""reportlab builders of corpus 67: text PDFs with running headers, fillable forms, inked pages, a scan."""
from __future__ import annotations

from pathlib import Path

from kit67 import S20, Pages, orgnr, register_fonts, scan_pdf, truth

O = "ordinaert-arbeidsliv"
B = "barnefamilier-ungdom-innvandrere"
V = "saarbare-overganger"
FILL = "Mellom tekst for å fylle sida: prosjektet byggjer vidare på erfaringar frå tidlegare år."


def nm09(out: Path):
    """Project title in every page header; contact = footer's person with her direct number; budget then a financing table."""
    org = orgnr("97488812")
    p = Pages(out, header="Prosjekt «Neste steg Lillestrøm» – søknad 2020",
              footer="Kontakt: Hanne Moe · direkte 913 45 678 · hanne.moe@nav.no · side {n}")
    p.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=13)
    for t in ["Søker: Nav Lillestrøm", "Kommune: Lillestrøm", f"Organisasjonsnummer: {org}",
              "Prosjektets navn: Neste steg Lillestrøm", "Nytt prosjekt / videreføring: Nytt prosjekt",
              "Oppstart: 01.09.2020", "Kontaktperson: Hanne Moe (se bunntekst)", ""]:
        p.line(t)
    p.line("Prosjektbeskrivelse", bold=True)
    for _ in range(30):
        p.line("Unge sosialhjelpsmottakere får en fast veileder som følger dem inn i ordinært arbeid hos lokale bedrifter.")
    p.newpage()
    p.line("Budsjett (omsøkt)", bold=True)
    xs = [50, (330,), (480,)]
    p.row(["Post", "Stillingsprosent", "Kroner"], xs, bold=True)
    p.row(["Arbeidsveileder", "100 %", "600 000"], xs)
    p.row(["Kompetanse", "", "10 000"], xs)
    p.row(["Sum omsøkt", "", "610 000"], xs, bold=True)
    p.line("")
    p.line("Prioritert område: Bruk av ordinært arbeidsliv (X)")
    p.line("Nettverk/klyngesamarbeid: Ja    Ekstern prosessevaluering: Nei")
    p.newpage()
    p.line("Samlet finansiering av prosjektet", bold=True)
    p.row(["Kilde", "", "Kroner"], xs, bold=True)
    p.row(["Tilskudd fra Arbeids- og velferdsdirektoratet", "", "610 000"], xs)
    p.row(["Lillestrøm kommune, egen andel", "", "250 000"], xs)
    p.row(["Samlet prosjektkostnad", "", "860 000"], xs, bold=True)
    p.line("")
    p.line("Underskrifter", bold=True)
    p.line("Lillestrøm, 27.01.2020                                Lillestrøm, 28.01.2020")
    p.ink("nm09a", 50)
    p.ink("nm09b", 310)
    p.y -= 35
    p.line("Kristin Sæther, Nav-leder                               Trond Hofvind, kommunedirektør")
    p.save()
    return truth("nm09", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", org), contact=("Hanne Moe", "hanne.moe@nav.no", "91345678"),
                 project=("Neste steg Lillestrøm", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=[O], interest=(True, False), own_funding=250000,
                 sigs=[("nav_leader", "Kristin Sæther", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Trond Hofvind", "kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss (b)/(d): title repeats in every header; the contact's own number is in the footer",
                        "the page-3 financing table is a different table (own funding 250 000), not a continuation"])


def nm10(out: Path):
    """DEFECT: Nynorsk, budget table split over two pages; its sum row does not match its lines."""
    org = orgnr("97655501")
    p = Pages(out, header="Nav Volda – søknad om tilskot 2020", footer="Nav Volda, Postboks 64, 6101 Volda – side {n}",
              font="DVS")
    p.line("Søknad om tilskot til utvikling av sosiale tenester i Nav", bold=True, size=13)
    for t in ["Søkjar: Nav Volda", "Kommune: Volda", f"Org.nr.: {org}",
              "Kontaktperson: Terje Aarflot, terje.aarflot@nav.no, 936 40 512",
              "Prosjektnamn: Saman mot arbeid", "Nytt prosjekt", "Oppstart: 01.02.2020",
              "Prioritert område: Bruk av ordinært arbeidsliv og sikring av sårbare overgangar",
              "Nettverk: ja. Prosessevaluering: nei.", ""]:
        p.line(t)
    for _ in range(29):
        p.line(FILL)
    p.line("Budsjett", bold=True)
    xs = [50, (330,), (480,)]
    p.row(["Post", "Stilling", "Kroner"], xs, bold=True)
    p.row(["Jobbspesialist", "100 %", "610 000"], xs)
    p.newpage()
    p.row(["Jobbspesialist", "50 %", "305 000"], xs)
    p.row(["Kompetanse", "", "10 000"], xs)
    p.row(["Sum søkt", "150 %", "935 000"], xs, bold=True)
    p.line("")
    p.line("Volda, 24.01.2020                                         Volda, 27.01.2020")
    p.ink("nm10a", 50)
    p.ink("nm10b", 310)
    p.y -= 35
    p.line("Eli Rise, Nav-leiar                                          Rune Sjurgard, kommunedirektør")
    p.save()
    return truth("nm10", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Volda", "Volda", org), contact=("Terje Aarflot", "terje.aarflot@nav.no", "93640512"),
                 project=("Saman mot arbeid", "new", "2020-02-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "other": None, "total": 935000},
                 prio=[O, V], interest=(True, False),
                 sigs=[("nav_leader", "Eli Rise", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Rune Sjurgard", "kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect (b): split table 610 000 + 305 000 + 10 000 = 925 000 ≠ 935 000"])


def nm11(out: Path):
    """Diagonal watermark 'KOPI' plus a big bold horizontal heading; electronic approval."""
    org = orgnr("95533210")
    p = Pages(out, watermark="KOPI", font="LS")
    p.line("SØKNAD OM TILSKUDD 2020", bold=True, size=26, gap=36)
    p.line("Utvikling av sosiale tjenester i Nav-kontoret", size=12)
    for t in ["", "Nav-kontor: Nav Sandnes", "Kommune: Sandnes", f"Organisasjonsnummer: {org}",
              "Prosjektnavn: Tidlig innsats Sandnes", "Type: Nytt prosjekt", "Oppstart: 15.03.2020",
              "Kontaktperson: Ragnhild Tjelta, ragnhild.tjelta@nav.no, 977 30 215",
              "Stillinger: 2 stillinger à 100 % (familieveiledere)",
              "Lønn og sosiale kostnader: kr 1 220 000", "Kompetansemidler: kr 10 000", "Totalt omsøkt: kr 1 230 000",
              "Prioritert område: Oppfølging av barnefamilier, ungdom og innvandrere",
              "Nettverk/klyngesamarbeid: Nei", "Ekstern prosessevaluering: Ja", "",
              "Søknaden er elektronisk godkjent:",
              "Nav-leder Leif Erik Bore, 30.01.2020",
              "Rådmann Bjørn Kato Gausdal, 31.01.2020"]:
        p.line(t, size=11)
    p.save()
    return truth("nm11", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Sandnes", "Sandnes", org), contact=("Ragnhild Tjelta", "ragnhild.tjelta@nav.no", "97730215"),
                 project=("Tidlig innsats Sandnes", "new", "2020-03-15"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "other": None, "total": 1230000},
                 prio=[B], interest=(False, True),
                 sigs=[("nav_leader", "Leif Erik Bore", "Nav-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Bjørn Kato Gausdal", "Rådmann", "2020-01-31", "electronic_approval")],
                 notes=["near-miss (c): diagonal 'KOPI' watermark vs a big horizontal heading; 200 % at exactly 1 220 000"])


def _acro(out, fields, boxes, title_line, inks):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setFont("DVB", 13)
    c.drawString(50, 800, title_line)
    y = 765
    for i, (label, value) in enumerate(fields):
        c.setFont("DV", 9)
        c.drawString(50, y + 4, label)
        c.acroForm.textfield(name=f"f{i}", x=230, y=y, width=310, height=16, value=value, fontName="Helvetica",
                             fontSize=9, borderWidth=0.5)
        y -= 24
    for i, (label, on) in enumerate(boxes):
        c.acroForm.checkbox(name=f"c{i}", x=50, y=y, size=11, checked=on, buttonStyle="cross")
        c.setFont("DV", 9)
        c.drawString(68, y + 2, label)
        y -= 20
    y -= 20
    for k, (seed, lines) in enumerate(inks):
        x = 50 + 260 * k
        from kit67 import ink_reader
        c.drawImage(ink_reader(seed), x, y - 40, 150, 42, mask="auto")
        c.setFont("DV", 9)
        for j, ln in enumerate(lines):
            c.drawString(x, y - 55 - 12 * j, ln)
    c.showPage()
    c.save()


def nm12(out: Path):
    """Fillable PDF; field values written with the office's own brackets and 'kr'."""
    org = orgnr("97123409")
    _acro(out, [("Nav-kontor", "NAV Kongsberg"), ("Kommune", "Kongsberg"), ("Organisasjonsnummer", org),
                ("Prosjektnavn", "Ny start Kongsberg"), ("Nytt/videreføring", "Videreføring (år 2)"),
                ("Oppstart", "01.01.2020"), ("Kontaktperson", "Vidar Holm"), ("E-post", "vidar.holm@nav.no"),
                ("Telefon", "(+47) 951 77 204"), ("Stillingsprosent", "100 % (ett årsverk)"),
                ("Lønn og sosiale kostnader", "(kr 610 000)"), ("Kompetanse", "(kr 10 000)"),
                ("Sum omsøkt", "(kr 620 000)")],
          [("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
           ("Sikring av sårbare overganger", True), ("Interessert i nettverk/klyngesamarbeid", True),
           ("Interessert i ekstern prosessevaluering", True)],
          "Søknadsskjema – tilskudd til sosiale tjenester i NAV 2020",
          [("nm12a", ["Kongsberg 21.01.2020", "Tone Grøthe, NAV-leder"]),
           ("nm12b", ["Kongsberg 22.01.2020", "Lars Bjerke, rådmann"])])
    return truth("nm12", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", org), contact=("Vidar Holm", "vidar.holm@nav.no", "95177204"),
                 project=("Ny start Kongsberg", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=[V], interest=(True, True),
                 sigs=[("nav_leader", "Tone Grøthe", "NAV-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Lars Bjerke", "rådmann", "2020-01-22", "handwritten")],
                 notes=["near-miss (a): bracketed field values are answers; 100 % at exactly the cap"])


def nm13(out: Path):
    """DEFECT: Nynorsk fillable PDF; the title field still holds its '[Skriv prosjektnamnet her]' placeholder."""
    org = orgnr("97212330")
    _acro(out, [("Nav-kontor", "Nav Sogndal"), ("Kommune", "Sogndal"), ("Organisasjonsnummer", org),
                ("Prosjektnamn", "[Skriv prosjektnamnet her]"), ("Nytt/vidareføring", "Nytt"),
                ("Oppstart", "01.04.2020"), ("Kontaktperson", "Liv Nes"), ("E-post", "liv.nes@nav.no"),
                ("Telefon", "57 62 90 11"), ("Stillingsprosent", "70 %"),
                ("Løn og sosiale kostnader", "427 000"), ("Kompetanse", "10 000"), ("Sum søkt", "437 000")],
          [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
           ("Sikring av sårbare overgangar", False), ("Interessert i nettverk/klyngesamarbeid", False),
           ("Interessert i ekstern prosessevaluering", False)],
          "Søknadsskjema – tilskot til sosiale tenester i Nav 2020",
          [("nm13a", ["Sogndal 23.01.2020", "Arnfinn Fosse, Nav-leiar"]),
           ("nm13b", ["Sogndal 24.01.2020", "Jostein Aanestad, kommunedirektør"])])
    return truth("nm13", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", org), contact=("Liv Nes", "liv.nes@nav.no", "57629011"),
                 project=(None, "new", "2020-04-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "other": None, "total": 437000},
                 prio=[O], interest=(False, False),
                 sigs=[("nav_leader", "Arnfinn Fosse", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Jostein Aanestad", "kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["TITLE_MISSING"],
                 notes=["defect (a): the title field holds only its placeholder; 70 % at exactly 427 000"])


def nm14(out: Path):
    """Scan; 'Status: Nytt' as the project kind and 'Status' nowhere else."""
    org = orgnr("96411002")
    scan_pdf(["#Søknad om tilskudd 2020 – Nav Hamar", "", "Nav-kontor: Nav Hamar", "Kommune: Hamar",
              f"Org.nr.: {org}", "Prosjekt: Losen Hamar", "Status: Nytt", "Oppstart: 01.05.2020",
              "Kontaktperson: Øyvind Lien, oyvind.lien@nav.no, 952 10 448",
              "Stilling: 1 stilling, 100 % (los)", "Lønn og sosiale kostnader: 600 000",
              "Kompetanse: 10 000", "Sum omsøkt: 610 000",
              "Område: Sikring av sårbare overganger (løslatelse fra fengsel)",
              "Nettverk: Ja   Prosessevaluering: Nei", "",
              "Hamar, 29.01.2020", "@ink nm14a", "Marianne Holen, Nav-leder", "",
              "Hamar, 30.01.2020", "@ink nm14b", "Tove Lie, kommunedirektør"], out, "nm14")
    return truth("nm14", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", org), contact=("Øyvind Lien", "oyvind.lien@nav.no", "95210448"),
                 project=("Losen Hamar", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=[V], interest=(True, False),
                 sigs=[("nav_leader", "Marianne Holen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Tove Lie", "kommunedirektør", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["near-miss (g): 'Status: Nytt' = new project"])


def nm15(out: Path):
    """Nynorsk; 'det siste området' points into the quoted list of areas; an unusual municipal title."""
    org = orgnr("97312345")
    p = Pages(out, font="DVS")
    p.line("Nav Kvam – søknad om tilskot 2020", bold=True, size=14)
    for t in ["Kontor: Nav Kvam", "Kommune: Kvam herad", f"Organisasjonsnummer: {org}",
              "Prosjekt: «Brua»", "Nytt prosjekt, oppstart 01.08.2020",
              "Kontaktperson: Solveig Aksnes, solveig.aksnes@nav.no, 56 55 30 07",
              "Stilling: 80 % overgangsrettleiar, 488 000 kr (løn og sosiale kostnader)",
              "Kompetanse: 10 000 kr. Sum søkt: 498 000 kr.", "",
              "Kunngjeringa prioriterer «bruk av ordinært arbeidsliv», «oppfølging av barnefamiliar, ungdom",
              "og innvandrarar» og «sikring av sårbare overgangar». Prosjektet vårt høyrer heime i det siste",
              "området: vi følgjer unge frå barnevernet over i vaksenlivet.", "",
              "Vi ønskjer nettverk, men ikkje ekstern prosessevaluering.", "",
              "Norheimsund, 31.01.2020                                  Norheimsund, 31.01.2020"]:
        p.line(t)
    p.ink("nm15a", 50)
    p.ink("nm15b", 310)
    p.y -= 35
    p.line("Kjell Tveito, Nav-leiar                                     Anne Kari Øvredal, assisterande kommunedirektør")
    p.save()
    return truth("nm15", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Kvam", "Kvam", org), contact=("Solveig Aksnes", "solveig.aksnes@nav.no", "56553007"),
                 project=("Brua", "new", "2020-08-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "other": None, "total": 498000},
                 prio=[V], interest=(True, False),
                 sigs=[("nav_leader", "Kjell Tveito", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Anne Kari Øvredal", "assisterande kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss (g): 'det siste området' → sårbare overgangar only; the other two are only quoted"])


def nm16(out: Path):
    """DEFECT: form with an 'Eksempel' column; the answer column's position percent is empty."""
    org = orgnr("97533321")
    p = Pages(out, font="LS")
    p.line("Søknad om tilskudd 2020 – Nav Moss", bold=True, size=14)
    xs = [50, 200, 380]
    p.row(["Spørsmål", "Eksempel", "Svar"], xs, bold=True)
    for r in [("Nav-kontor", "Nav Eksempelby", "Nav Moss"), ("Kommune", "Eksempelby", "Moss"),
              ("Org.nr.", "999 999 999", f"{org}"), ("Prosjektnavn", "f.eks. «Jobbsjansen»", "Ut i arbeid Moss"),
              ("Ny/videreføring", "Nytt", "Nytt"), ("Oppstart", "01.01.2020", "01.06.2020"),
              ("Kontaktperson", "Ola Nordmann", "Camilla Berntsen"), ("E-post", "ola@nav.no", "camilla.berntsen@nav.no"),
              ("Telefon", "12 34 56 78", "69 24 53 18"), ("Stillingsprosent", "f.eks. 100 %", ""),
              ("Lønn og sos. kostnader", "610 000", "420 000"), ("Kompetanse", "10 000", "10 000"),
              ("Sum omsøkt", "620 000", "430 000"),
              ("Prioritert område", "Bruk av ordinært arbeidsliv", "Bruk av ordinært arbeidsliv"),
              ("Nettverk", "Ja/Nei", "Ja"), ("Prosessevaluering", "Ja/Nei", "Ja")]:
        p.row(list(r), xs)
    p.line("")
    p.line("Moss, 20.01.2020                                    Moss, 21.01.2020")
    p.ink("nm16a", 50)
    p.ink("nm16b", 310)
    p.y -= 35
    p.line("Gro Bakke, Nav-leder                                  Gunnar Wilhelmsen, kommunedirektør")
    p.save()
    return truth("nm16", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", org), contact=("Camilla Berntsen", "camilla.berntsen@nav.no", "69245318"),
                 project=("Ut i arbeid Moss", "new", "2020-06-01"), pct=None,
                 amounts={"positions": 420000, "competence": 10000, "other": None, "total": 430000},
                 prio=[O], interest=(True, True),
                 sigs=[("nav_leader", "Gro Bakke", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Gunnar Wilhelmsen", "kommunedirektør", "2020-01-21", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["defect (a): only the example column has a percent; the answer cell is empty"])


def nm17(out: Path):
    """Signing block split over a page break (heading + dates on p1, ink + names on p2); title 'Leder'."""
    org = orgnr("99022314")
    p = Pages(out, font="DV", footer="Nav Elverum · Storgata 5 · 2406 Elverum · side {n}")
    p.line("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12)
    for t in ["Søker: Nav Elverum", "Kommune: Elverum", f"Org.nr.: {org}", "Prosjektnavn: Boligsosialt løft Elverum",
              "Nytt/videreføring: Videreføring, år 2", "Oppstart: 01.01.2020",
              "Kontaktperson: Per Arne Skog, per.arne.skog@nav.no, 62 43 20 90",
              "Stillinger: boligkonsulent 50 % og jobbkonsulent 50 %",
              "Lønn og sosiale kostnader: 305 000 + 305 000 = 610 000", "Kompetanse: 10 000", "Sum: 620 000",
              "Status: under planlegging (fase 2 startet i januar)",
              "Prioriterte områder: Sikring av sårbare overganger; Bruk av ordinært arbeidsliv",
              "Nettverk: Nei   Prosessevaluering: Nei", ""]:
        p.line(t)
    for _ in range(26):
        p.line("Prosjektet hjelper personer uten fast bolig over i egen bolig og videre mot arbeid.")
    p.line("Underskrifter", bold=True)
    p.line("Elverum, 31.01.2020                                  Elverum, 01.02.2020")
    p.newpage()
    p.ink("nm17a", 50)
    p.ink("nm17b", 310)
    p.y -= 35
    p.line("Nina Olsen                                                    Gudbrand Uthus")
    p.line("Leder                                                           Rådmann")
    p.save()
    return truth("nm17", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", org), contact=("Per Arne Skog", "per.arne.skog@nav.no", "62432090"),
                 project=("Boligsosialt løft Elverum", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=[V, O], interest=(False, False),
                 sigs=[("nav_leader", "Nina Olsen", "Leder", "2020-01-31", "handwritten"),
                       ("municipality", "Gudbrand Uthus", "Rådmann", "2020-02-01", "handwritten")],
                 notes=["near-miss (f)/(g): block split over the break; title 'Leder'; municipal date = deadline day",
                        "'Status: under planlegging' is not the project kind (kind from 'Videreføring')"])


def nm18(out: Path):
    """DEFECT: Nynorsk; an 'Eksempel på utfylling' section carries an org number, the real field is '[Skriv her]'."""
    p = Pages(out, font="DVS", header="Nav Sunndal – søknad 2020")
    p.line("Rettleiing og eksempel på utfylling", bold=True, size=12)
    p.line("Eksempel: Nav Eksempelbygd, org.nr. 974 123 452, kontaktperson Kari Nordmann, kari@nav.no.")
    p.line("Skriv namnet på prosjektet, t.d. «Jobbsjansen», og kor mange prosent stillinga er.")
    p.line("")
    p.line("Søknad om tilskot til utvikling av sosiale tenester i Nav", bold=True, size=13)
    for t in ["Søkjar: Nav Sunndal", "Kommune: Sunndal", "Organisasjonsnummer: [Skriv her]",
              "Prosjektnamn: Arbeidsvegen Sunndal", "Nytt prosjekt, oppstart 01.03.2020",
              "Kontaktperson: Jon Inge Ranes, jon.inge.ranes@nav.no, 71 69 90 23",
              "Stilling: 100 % jobbspesialist", "Løn og sosiale kostnader: 610 000", "Kompetanse: 10 000",
              "Sum søkt: 620 000", "Prioritert område: Bruk av ordinært arbeidsliv",
              "Nettverk: ja. Prosessevaluering: ja.", "",
              "Sunndalsøra, 27.01.2020                                Sunndalsøra, 28.01.2020"]:
        p.line(t)
    p.ink("nm18a", 50)
    p.ink("nm18b", 310)
    p.y -= 35
    p.line("Bodil Flå, Nav-leiar                                          Sven Olav Ødegård, kommunedirektør")
    p.save()
    return truth("nm18", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Sunndal", "Sunndal", None), contact=("Jon Inge Ranes", "jon.inge.ranes@nav.no", "71699023"),
                 project=("Arbeidsvegen Sunndal", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=[O], interest=(True, True),
                 sigs=[("nav_leader", "Bodil Flå", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Sven Olav Ødegård", "kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["ORG_NUMBER_MISSING"],
                 notes=["defect (a): the example's org number is not the office's; the real field is a placeholder"])
