"""Corpus 53, wp01–wp09: Google Docs, Word Online, legacy-field, LibreOffice and Pages Word files."""
from __future__ import annotations

from pathlib import Path

from kit53 import S20, Doc, org, sig_table, truth

H1, H2 = "Heading1", "Heading2"


# ---------------------------------------------------------------- wp01 Google Docs form, ☑/☐ glyphs
def wp01(out: Path):
    d = Doc("google", font="Arial")
    o = org("97418650")
    d.para(d.r("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", size=18, bold=True), style="Title")
    d.para(d.r("Skjemaet fylles ut av Nav-kontoret og sendes Statsforvalteren i Innlandet.", italic=True, color="666666"))
    d.para(d.r("1. Søker", bold=True, size=13), style=H2)
    d.add(d.table([["Nav-kontor", "NAV Hamar"], ["Kommune", "Hamar"], ["Organisasjonsnummer", "974 186 500"],
                   ["Kontaktperson", "Lise Bergum"], ["E-post", [d.p(d.link("lise.bergum@nav.no", "mailto:lise.bergum@nav.no"))]],
                   ["Telefon", "909 41 227"]], [3400, 6200]))
    d.para(d.r("2. Prosjektet", bold=True, size=13), style=H2)
    d.add(d.table([["Prosjektnavn", "Arbeid først Hamar"],
                   ["Ny søknad eller videreføring", "☑ Nytt prosjekt     ☐ Videreføring"],
                   ["Planlagt oppstart", "01.04.2020"],
                   ["Stilling(er) og stillingsprosent", "1 stilling som jobbspesialist, 100 %"],
                   ["Kort beskrivelse", "Jobbspesialisten skal skaffe praksis- og arbeidsplasser i vanlige virksomheter "
                    "for sosialhjelpsmottakere, og følge opp både arbeidstaker og arbeidsgiver etter ansettelse."]], [3400, 6200]))
    d.para(d.r("3. Prioriterte områder (kryss av)", bold=True, size=13), style=H2)
    for line in ["☑ Bruk av ordinært arbeidsliv", "☐ Oppfølging av barnefamilier, ungdom og innvandrere",
                 "☐ Sikring av sårbare overganger"]:
        d.para(line)
    d.para(d.r("4. Budsjett", bold=True, size=13), style=H2)
    d.add(d.table([[d.r("Post", bold=True), d.r("Beløp (kr)", bold=True)],
                   ["Lønn og sosiale kostnader, 100 % stilling", "610 000"],
                   ["Prosjektspesifikk kompetanse", "10 000"],
                   ["Sum omsøkt", "620 000"]], [6200, 3400]))
    d.para(d.r("5. Samarbeid og evaluering", bold=True, size=13), style=H2)
    d.para("Ønsker kontoret å delta i nettverk/klyngesamarbeid?\t☑ Ja   ☐ Nei")
    d.para("Ønsker kontoret ekstern prosessevaluering?\t☐ Ja   ☑ Nei")
    d.para(d.r("6. Underskrifter", bold=True, size=13), style=H2)
    d.add(sig_table(d, [("Hamar, 24.01.2020", "wp01-a", "Trond Ødegård\nLeder NAV Hamar"),
                        ("Hamar, 27.01.2020", "wp01-b", "Hege Nyhus\nKommunedirektør")]))
    d.save(out)
    return truth("wp01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Hamar", "Hamar", o),
                 contact=("Lise Bergum", "lise.bergum@nav.no", "90941227"),
                 project=("Arbeid først Hamar", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Trond Ødegård", "Leder NAV Hamar", "2020-01-24", "handwritten"),
                       ("municipality", "Hege Nyhus", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: 100 % at exactly 610 000, competence exactly 10 000",
                        "Google Docs export: every run with explicit fonts, spacing on every paragraph, ☑/☐ glyph boxes"])


# ---------------------------------------------------------------- wp02 Google Docs nn, [x] boxes, bullet lists
def wp02(out: Path):
    d = Doc("google", font="Calibri")
    d.use_numbering()
    o = org("92187654")
    d.para(d.r("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020", size=16, bold=True), style="Title")
    d.para(d.r("Nav Stord, Stord kommune", color="434343"))
    lab = lambda k, v: d.para(d.r(k + ": ", bold=True), d.r(v))
    lab("Søkjar (Nav-kontor)", "Nav Stord")
    lab("Kommune", "Stord")
    lab("Organisasjonsnummer", o)
    lab("Kontaktperson", "Eivind Tveit, sosialfagleg rettleiar")
    d.para(d.r("E-post: ", bold=True), d.link("eivind.tveit@nav.no", "mailto:eivind.tveit@nav.no"))
    lab("Telefon", "53 49 62 10")
    d.para(d.r("Om prosjektet", bold=True, size=13), style=H2)
    lab("Namn på prosjektet", "Pengeverkstaden")
    lab("Type søknad", "Vidareføring (2. år)")
    lab("Oppstart", "01.08.2020")
    lab("Stilling", "Økonomirettleiar, 50 % stilling")
    d.para("Prosjektet vidareutviklar ein modell for tidleg økonomisk rettleiing i sosialtenesta, med digitale "
           "budsjettverktøy og faste gruppekurs. Målet er at fleire kjem i gang med eigen plan for økonomien før "
           "gjelda veks.")
    d.para(d.r("Prioriterte område i kunngjeringa (set kryss)", bold=True, size=13), style=H2)
    for line in ["[ ] Bruk av ordinært arbeidsliv", "[ ] Oppfølging av barnefamiliar, ungdom og innvandrarar",
                 "[ ] Sikring av sårbare overgangar"]:
        d.para(line, num=(1, 0))
    d.para(d.r("Budsjett 2020", bold=True, size=13), style=H2)
    for line in ["Løn og sosiale utgifter, 50 % stilling: kr 300 000", "Prosjektspesifikk kompetanse: kr 5 000",
                 "Sum det vert søkt om: kr 305 000"]:
        d.para(line, num=(1, 0))
    d.para(d.r("Nettverk og evaluering", bold=True, size=13), style=H2)
    d.para("[x] Vi ønskjer å vere med i nettverk / klyngesamarbeid")
    d.para("[x] Vi ønskjer ekstern prosessevaluering")
    d.para(d.r("Underskrift", bold=True, size=13), style=H2)
    d.add(sig_table(d, [("Stord, 21.01.2020", "wp02-a", "Ragnhild Sæbø\nleiar Nav Stord"),
                        ("Stord, 22.01.2020", "wp02-b", "Kjetil Hovland\nkommunedirektør")]))
    d.save(out)
    return truth("wp02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Stord", "Stord", o),
                 contact=("Eivind Tveit", "eivind.tveit@nav.no", "53496210"),
                 project=("Pengeverkstaden", "continuation", "2020-08-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=[], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Sæbø", "leiar Nav Stord", "2020-01-21", "handwritten"),
                       ("municipality", "Kjetil Hovland", "kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["PRIORITY_AREA_MISSING"],
                 notes=["defect: all three '[ ]' boxes empty; the description (debt counselling) argues none of the areas",
                        "Google Docs: label/value in one paragraph (bold label run), areas and budget as bullet lists (numbering.xml)"])


# ---------------------------------------------------------------- wp03 letter pasted from e-mail (Word Online)
def wp03(out: Path):
    d = Doc("online", font="Calibri")
    o = org("98111222")
    d.para("Nav Moss\nPostboks 1050\n1510 Moss")
    d.para("Statsforvalteren i Oslo og Viken\nv/ sosial- og helseavdelingen")
    d.para("Moss, 30.01.2020", jc="right")
    d.para(d.r("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – “Ung i jobb Moss”", bold=True))
    d.para("Nav Moss (org.nr.\u00a0" + o[:3] + "\u00a0" + o[3:6] + "\u00a0" + o[6:] + ") søker med dette om tilskudd til prosjektet "
           "“Ung i jobb Moss”. Prosjektet er nytt og starter opp 1.\u00a0mars\u00a02020.")
    d.para("Målgruppen er ungdom mellom 18 og 25 år som mottar økonomisk sosialhjelp. Prosjektet retter seg mot det "
           "prioriterte området ‘oppfølging av barnefamilier, ungdom og innvandrere’: en veileder skal følge hver ungdom "
           "tett, også hjemme, og samarbeide med oppfølgingstjenesten og barnevernet om en felles plan.")
    d.para("Vi søker om midler til en halv stilling som ungdomsveileder. Budsjett:")
    d.para("Post\tStilling\tBeløp")
    d.para("Lønn inkl. sosiale kostnader\t50 %\tkr\u00a0305\u00a0000")
    d.para("Sum søknadsbeløp\t\tkr\u00a0305\u00a0000")
    d.para("Nav Moss ønsker å delta i nettverk/klyngesamarbeid med andre kontor, men ønsker ikke ekstern prosessevaluering.")
    d.para("Kontaktperson for søknaden er rådgiver Jonas Fjeld, e-post ", d.link("jonas.fjeld@nav.no", "mailto:jonas.fjeld@nav.no"),
           d.r(", tlf.\u00a0474\u00a012\u00a0903."))
    d.para("Med vennlig hilsen")
    d.para("Camilla Strand\nleder, Nav Moss")
    d.para("Pål Eriksen\nkommunedirektør, Moss kommune")
    d.para(d.r("Søknaden er elektronisk godkjent av leder i Nav Moss, Camilla Strand, 28.01.2020, og av kommunedirektør "
               "Pål Eriksen, 30.01.2020, og har derfor ingen håndskrevne signaturer.", italic=True))
    d.save(out)
    return truth("wp03", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Moss", "Moss", o),
                 contact=("Jonas Fjeld", "jonas.fjeld@nav.no", "47412903"),
                 project=("Ung i jobb Moss", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": None, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Camilla Strand", "leder, Nav Moss", "2020-01-28", "electronic_approval"),
                       ("municipality", "Pål Eriksen", "kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: 50 % at exactly 305 000 (cap), no competence line",
                        "text pasted from e-mail: non-breaking spaces inside amounts, dates and the org number, tab columns, "
                        "soft line breaks, smart quotes around the title, mailto hyperlink"])


# ---------------------------------------------------------------- wp04 Office 365 content controls nb
def wp04(out: Path):
    d = Doc("online", font="Calibri")
    o = org("91055566")
    d.para(d.r("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", bold=True, size=16))
    row = lambda k, v: [k, [d.p(v)]]
    d.add(d.table([
        [{"c": "Del A – Søker", "span": 2, "fill": "D9E2F3", "bold": True}],
        row("Nav-kontor", d.sdt_text("Nav Lillestrøm", "Kontor")),
        row("Kommune", d.sdt_text("Lillestrøm", "Kommune")),
        row("Org.nr.", d.sdt_text(o, "Orgnr")),
        row("Kontaktperson", d.sdt_text("Anette Kristiansen", "Kontakt")),
        row("E-post", d.sdt_text("anette.kristiansen@nav.no", "Epost")),
        row("Mobil", d.sdt_text("+47 915 66 023", "Telefon")),
        [{"c": "Del B – Prosjekt", "span": 2, "fill": "D9E2F3", "bold": True}],
        row("Prosjektets navn", d.sdt_text("Trygg overgang Lillestrøm", "Tittel")),
        row("Søknadstype", d.sdt_drop("Nytt prosjekt", ["Nytt prosjekt", "Videreføring"], "Type")),
        row("Oppstartsdato", d.sdt_date("2020-04-01", "1. april 2020", "d. MMMM yyyy", "Oppstart")),
        row("Stillinger", d.sdt_text("1,5 årsverk (100 % boligkoordinator og 50 % overgangsveileder)", "Stillinger")),
        [{"c": "Del C – Prioriterte områder", "span": 2, "fill": "D9E2F3", "bold": True}],
        row("Bruk av ordinært arbeidsliv", d.sdt_check(False)),
        row("Oppfølging av barnefamilier, ungdom og innvandrere", d.sdt_check(False)),
        row("Sikring av sårbare overganger", d.sdt_check(True)),
        [{"c": "Del D – Budsjett", "span": 2, "fill": "D9E2F3", "bold": True}],
        row("Lønn og sosiale kostnader (1,5 årsverk)", d.sdt_text("915 000", "Lonn")),
        row("Kompetansemidler", d.sdt_text("10 000", "Kompetanse")),
        row("Totalt omsøkt beløp", d.sdt_text("925 000", "Sum")),
        [{"c": "Del E – Nettverk og evaluering", "span": 2, "fill": "D9E2F3", "bold": True}],
        row("Interessert i nettverk / klyngesamarbeid", d.sdt_drop("Ja", ["Ja", "Nei"], "Nettverk")),
        row("Interessert i ekstern prosessevaluering", d.sdt_drop("Ja", ["Ja", "Nei"], "Evaluering")),
    ], [4600, 5000]))
    d.para("Prosjektet skal sikre bolig og oppfølging for personer som løslates fra fengsel eller skrives ut fra "
           "rusbehandling, slik at overgangen til egen bolig og aktivitet ikke brytes.")
    d.para(d.r("Del F – Underskrifter", bold=True))
    d.add(d.table([
        ["Leder Nav Lillestrøm", "Kommunedirektør"],
        [[d.p(d.ink("wp04-a"))], [d.p(d.ink("wp04-b"))]],
        [[d.p("Navn: ", d.sdt_text("Siri Holm", "NavnLeder"))], [d.p("Navn: ", d.sdt_text("Morten Wold", "NavnKd"))]],
        [[d.p("Dato: ", d.sdt_date("2020-02-01", "1. februar 2020", "d. MMMM yyyy", "DatoLeder"))],
         [d.p("Dato: ", d.sdt_date("2020-01-30", "30. januar 2020", "d. MMMM yyyy", "DatoKd"))]],
    ], [4800, 4800]))
    d.save(out)
    return truth("wp04", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Lillestrøm", "Lillestrøm", o),
                 contact=("Anette Kristiansen", "anette.kristiansen@nav.no", "91566023"),
                 project=("Trygg overgang Lillestrøm", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Siri Holm", "Leder Nav Lillestrøm", "2020-02-01", "handwritten"),
                       ("municipality", "Morten Wold", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: 150 % at exactly 915 000 (cap); the Nav leader signed on the deadline day",
                        "Office 365: text controls, drop-down lists (kind, Ja/Nei), date pickers 'd. MMMM yyyy', w14:checkbox"])


# ---------------------------------------------------------------- wp05 Office 365 nn, placeholder left in the start date
def wp05(out: Path):
    d = Doc("online", font="Aptos", lang="nn-NO")
    o = org("97233344")
    d.para(d.r("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=15))
    d.para(d.r("Fyll ut felta. Grå tekst er hjelpetekst.", italic=True, color="7F7F7F"))
    row = lambda k, v: [k, [d.p(v)]]
    d.add(d.table([
        row("Nav-kontor", d.sdt_text("Nav Stad", "Kontor")),
        row("Kommune", d.sdt_text("Stad kommune", "Kommune")),
        row("Organisasjonsnummer", d.sdt_text(o, "Orgnr")),
        row("Kontaktperson", d.sdt_text("Solveig Hessevik", "Kontakt")),
        row("E-postadresse", d.sdt_text("solveig.hessevik@nav.no", "Epost")),
        row("Telefonnummer", d.sdt_text("57 85 64 00", "Telefon")),
        row("Prosjekttittel", d.sdt_text("Saman for barna", "Tittel")),
        row("Ny søknad / vidareføring", d.sdt_drop("Vidareføring", ["Ny søknad", "Vidareføring"], "Type")),
        row("Oppstartsdato", d.sdt_date(None, "Klikk eller trykk for å skrive inn ein dato.", "dd.MM.yyyy", "Oppstart", "nn-NO")),
        row("Stilling og stillingsprosent", d.sdt_text("Familiekoordinator, 80 %", "Stilling")),
    ], [4000, 5600]))
    d.para(d.r("Prioriterte område", bold=True))
    for name, on in [("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                     ("Sikring av sårbare overgangar", False)]:
        d.para(d.sdt_check(on), d.r(" " + name))
    d.para(d.r("Budsjett", bold=True))
    d.add(d.table([["Post", "Kroner"], ["Løn og sosiale kostnader", [d.p(d.sdt_text("480 000", "Lon"))]],
                   ["Kompetanse knytt til prosjektet", [d.p(d.sdt_text("8 000", "Komp"))]],
                   ["Sum søknadsbeløp", [d.p(d.sdt_text("488 000", "Sum"))]]], [6000, 3600]))
    d.para(d.sdt_check(True), d.r(" Vi ønskjer å delta i nettverk/klyngesamarbeid"))
    d.para(d.sdt_check(False), d.r(" Vi ønskjer ekstern prosessevaluering"))
    d.para(d.r("Underskrifter", bold=True))
    d.add(d.table([["Leiar i Nav Stad", "Kommunedirektør i Stad"],
                   [[d.p(d.ink("wp05-a"))], [d.p(d.ink("wp05-b"))]],
                   ["Ingunn Myklebust", "Bård Vedvik"],
                   [[d.p(d.sdt_date("2020-01-23", "23.01.2020", "dd.MM.yyyy", "DatoA", "nn-NO"))],
                    [d.p(d.sdt_date("2020-01-27", "27.01.2020", "dd.MM.yyyy", "DatoB", "nn-NO"))]]], [4800, 4800]))
    d.save(out)
    return truth("wp05", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Stad", "Stad", o),
                 contact=("Solveig Hessevik", "solveig.hessevik@nav.no", "57856400"),
                 project=("Saman for barna", "continuation", None), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Ingunn Myklebust", "Leiar i Nav Stad", "2020-01-23", "handwritten"),
                       ("municipality", "Bård Vedvik", "Kommunedirektør i Stad", "2020-01-27", "handwritten")],
                 expected=["START_DATE_MISSING"],
                 notes=["defect: the start-date picker still shows its grey placeholder (showingPlcHdr) – no start date",
                        "Nynorsk Office 365 form: w14 check boxes before the area names, drop-down kind"])


# ---------------------------------------------------------------- wp06 legacy FORMTEXT split over runs, nb
def wp06(out: Path):
    d = Doc("word", font="Times New Roman", size=12)
    o = org("96077788")
    d.para(d.r("NAV Halden", bold=True, size=14))
    d.para(d.r("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020", bold=True))
    f = lambda label, name, value: d.para(d.r(label + ":\t"), d.formtext(name, value))
    f("Søker (Nav-kontor)", "Soker", "NAV Halden")
    f("Kommune", "Kommune", "Halden")
    f("Organisasjonsnummer", "Orgnr", o)
    f("Kontaktperson", "Kontakt", "Kristin Olsen Berg")
    f("E-post", "Epost", "kristin.olsen.berg@nav.no")
    f("Telefon", "Tlf", "69 17 44 80")
    f("Prosjektets navn", "Tittel", "Sosialhjelp til arbeid")
    d.para(d.formcheck("Ny", True), d.r(" Nytt prosjekt   "), d.formcheck("Vid", False), d.r(" Videreføring"))
    f("Oppstart", "Oppstart", "01.05.2020")
    f("Stillingsandel", "Andel", "80 %")
    d.para(d.r("Prioriterte områder:", bold=True))
    d.para(d.formcheck("Omr1", True), d.r(" Bruk av ordinært arbeidsliv"))
    d.para(d.formcheck("Omr2", False), d.r(" Oppfølging av barnefamilier, ungdom og innvandrere"))
    d.para(d.formcheck("Omr3", False), d.r(" Sikring av sårbare overganger"))
    d.para(d.r("Budsjett:", bold=True))
    f("Lønn og sosiale kostnader", "Lonn", "500 000")
    f("Kompetanse", "Komp", "10 000")
    f("Sum omsøkt", "Sum", "510 000")
    d.para(d.r("Nettverk/klyngesamarbeid: "), d.formcheck("NettJa", True), d.r(" Ja  "), d.formcheck("NettNei", False), d.r(" Nei"))
    d.para(d.r("Ekstern prosessevaluering: "), d.formcheck("EvJa", True), d.r(" Ja  "), d.formcheck("EvNei", False), d.r(" Nei"))
    d.para(d.r("Underskrift", bold=True))
    d.add(sig_table(d, [("Halden, 20.01.2020", "wp06-a", "Roger Andresen\nNAV-leder"),
                        ("Halden, 22.01.2020", "wp06-b", "Tone Marie Hansen\nRådmann")]))
    d.save(out)
    return truth("wp06", "docx", "docx-legacy-fields", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Kristin Olsen Berg", "kristin.olsen.berg@nav.no", "69174480"),
                 project=("Sosialhjelp til arbeid", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Roger Andresen", "NAV-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Tone Marie Hansen", "Rådmann", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 80 % at 500 000 > 488 000",
                        "FORMTEXT results split over three runs with proofErr and a _GoBack bookmark between them"])


# ---------------------------------------------------------------- wp07 legacy fields nn, 3rd year, 60 % at cap
def wp07(out: Path):
    d = Doc("word", font="Cambria", size=11, lang="nn-NO")
    o = org("99312121")
    d.para(d.r("Søknad – tilskot til utvikling av sosiale tenester i Nav (2020)", bold=True, size=14))
    rows = [("Nav-kontor", "Kontor", "Nav Volda"), ("Kommune", "Kommune", "Volda"), ("Org.nr.", "Org", o),
            ("Kontaktperson", "Kontakt", "Hilde Rotevatn"), ("E-post", "Epost", "hilde.rotevatn@volda.kommune.no"),
            ("Telefon", "Tlf", "70 05 87 00"), ("Prosjektnamn", "Tittel", "Bu og arbeid"),
            ("Søknadstype", "Type", "Vidareføring – 3. år"), ("Oppstart", "Start", "01.01.2020"),
            ("Stillingsdel", "Pst", "60 %"), ("Løn og sosiale utgifter (kr)", "Lon", "366 000"),
            ("Kompetansemidlar (kr)", "Komp", ""), ("Sum søkt (kr)", "Sum", "366 000")]
    d.add(d.table([[k, [d.p(d.formtext(n, v, split=bool(v)))]] for k, n, v in rows], [4200, 5400]))
    d.para(d.r("Kva prioritert område gjeld prosjektet?", bold=True))
    d.para(d.formcheck("A1", False), d.r(" Bruk av ordinært arbeidsliv"))
    d.para(d.formcheck("A2", False), d.r(" Oppfølging av barnefamiliar, ungdom og innvandrarar"))
    d.para(d.formcheck("A3", True), d.r(" Sikring av sårbare overgangar"))
    d.para(d.r("Ønskjer kontoret nettverk/klyngesamarbeid? "), d.formcheck("N1", False), d.r(" Ja "),
           d.formcheck("N2", True), d.r(" Nei"))
    d.para(d.r("Ønskjer kontoret ekstern prosessevaluering? "), d.formcheck("E1", False), d.r(" Ja "),
           d.formcheck("E2", True), d.r(" Nei"))
    d.para(d.r("Underskrifter", bold=True))
    d.add(sig_table(d, [("Volda, 17.01.2020", "wp07-a", "Arve Bjørdal\nNav-leiar"),
                        ("Volda, 20.01.2020", "wp07-b", "Marit Kvistad\nkommunalsjef helse og omsorg")]))
    d.save(out)
    return truth("wp07", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Volda", "Volda", o),
                 contact=("Hilde Rotevatn", "hilde.rotevatn@volda.kommune.no", "70058700"),
                 project=("Bu og arbeid", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "competence": None, "total": 366000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Arve Bjørdal", "Nav-leiar", "2020-01-17", "handwritten"),
                       ("municipality", "Marit Kvistad", "kommunalsjef helse og omsorg", "2020-01-20", "handwritten")],
                 notes=["near-miss: continuation in its 3rd year (allowed), 60 % at exactly 366 000, empty competence field",
                        "municipal leader is a kommunalsjef with a sector in the title"])


# ---------------------------------------------------------------- wp08 LibreOffice-saved .docx: frames, header/footer, no sdt
def wp08(out: Path):
    d = Doc("libre", font="Liberation Sans", size=10)
    o = org("97654321")
    d.header(d.p(d.r("NAV Kongsberg – søknad om tilskudd 2020", size=9)), )
    d.header(d.p(d.r("Kongsberg, 23.01.2020 – side 1", size=9)), footer=True)
    frame = ('<w:framePr w:w="3600" w:hSpace="142" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'
             '<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="4" w:color="000000"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="4" w:color="000000"/></w:pBdr>')
    d.para(d.r("Mottatt Statsforvalteren:", size=8), frame=frame)
    d.para(d.r("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=14))
    d.para(d.r("Søker", bold=True))
    d.add(d.table([["Nav-kontor:", "NAV Kongsberg"], ["Kommune:", "Kongsberg kommune"], ["Org. nr.:", o],
                   ["Kontaktperson:", "Espen Haugerud, e-post espen.haugerud@nav.no, telefon 32 86 60 00"]], [2800, 6800]))
    d.para(d.r("Prosjektet", bold=True))
    d.add(d.table([["Tittel:", "Familieløftet Kongsberg"], ["Ny/videreføring:", "Nytt prosjekt"],
                   ["Start:", "1. juni 2020"], ["Stilling:", "Familiekoordinator, 100 % stilling"],
                   ["Prioritert område:", "Oppfølging av barnefamilier, ungdom og innvandrere"]], [2800, 6800]))
    d.para("Familiekoordinatoren skal gi barnefamilier med langvarig sosialhjelp én fast kontakt som samordner "
           "Nav, skole, helsestasjon og barnevern.")
    d.para(d.r("Budsjett", bold=True))
    d.add(d.table([["Lønn og sosiale utgifter", "600 000"], ["Kompetanse (prosjektspesifikk)", "10 000"],
                   ["Sum omsøkt", "610 000"]], [6800, 2800]))
    d.para("Nettverk/klyngesamarbeid: Ja. Ekstern prosessevaluering: Nei.")
    d.para(d.r("Underskrifter", bold=True))
    d.para("Dato: 23.01.2020")
    d.add(d.table([["For NAV Kongsberg", "For Kongsberg kommune (kommunedirektør)"],
                   [[d.p(d.ink("wp08-a"))], [d.p("Signatur: ____________________")]],
                   ["Navn: Lene Bakken, NAV-leder", "Navn: ____________________"]], [4800, 4800]))
    d.save(out)
    return truth("wp08", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", o),
                 contact=("Espen Haugerud", "espen.haugerud@nav.no", "32866000"),
                 project=("Familieløftet Kongsberg", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Lene Bakken", "NAV-leder", "2020-01-23", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the municipal column has only blank 'Signatur: ____' and 'Navn: ____' lines",
                        "LibreOffice habits: a bordered frame (framePr), header with office, footer with place/date, no sdt"])


# ---------------------------------------------------------------- wp09 Pages export nn, phone-only contact, 2 × 50 %
def wp09(out: Path):
    d = Doc("pages", font="Helvetica Neue", size=11, lang="nn-NO")
    o = org("92345678")
    d.para(d.r("Nav Ullensvang", size=10, color="8C8C8C"))
    d.para(d.r("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=20))
    d.add(d.table([["Søkjar", "Nav Ullensvang"], ["Kommune", "Ullensvang"], ["Organisasjonsnummer", o],
                   ["Kontaktperson", "Synnøve Lofthus, telefon 938 55 120"],
                   ["Prosjekt", "Vegen vidare"], ["Ny eller vidareføring", "Ny"], ["Oppstart", "17.08.2020"]],
                  [3200, 6400], style="TableStyle2"))
    d.para(d.r("Stillingar", bold=True, size=13))
    d.add(d.table([["Stilling", "Stillingsprosent", "Løn og sosiale kostnader"],
                   ["Ungdomsrettleiar", "50 %", "305 000"], ["Jobbspesialist", "50 %", "305 000"]],
                  [3600, 2400, 3600], style="TableStyle2"))
    d.para("Kompetansetiltak i prosjektet: 10 000 kr. Samla søknadsbeløp: 620 000 kr.")
    d.para(d.r("Prioritert område", bold=True, size=13))
    d.para("✓ Sikring av sårbare overgangar")
    d.para("Prosjektet skal sikre at ungdom som fell ut av vidaregåande skule får ein vaksen som følgjer dei frå skule "
           "til arbeid eller ny utdanning.")
    d.para(d.r("Nettverk og evaluering", bold=True, size=13))
    d.para("Vi ønskjer å vere med i nettverk/klyngesamarbeid. Vi ønskjer òg ekstern prosessevaluering.")
    d.add(sig_table(d, [("Odda, 22. januar 2020", "wp09-a", "Oddvar Tveito\nNav-leiar"),
                        ("Odda, 24. januar 2020", "wp09-b", "Ingvild Hjelmeland\nkommunedirektør")]))
    d.save(out)
    return truth("wp09", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Ullensvang", "Ullensvang", o),
                 contact=("Synnøve Lofthus", None, "93855120"),
                 project=("Vegen vidare", "new", "2020-08-17"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Oddvar Tveito", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Ingvild Hjelmeland", "kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["near-miss: contact with a phone and no e-mail is reachable; 2 × 50 % at 305 000 each (cap)",
                        "Pages export: Helvetica Neue, 'Table Style 2' tables, ✓ for the chosen area only"])
