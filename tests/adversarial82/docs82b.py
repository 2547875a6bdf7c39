"""Documents tx10–tx18 of corpus 82: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docs82 import A1, A2, A3
from kit82 import (CHROME, PRINT_TO_PDF, S20, WORD365, acroform, chrome_hf, orgnr, render_pdf, running_hf, scan,
                   spaced)
from truthlib import truth
from word82 import office_pdf, render_docx


def _excel_footer(c, page, total, w, h):
    if w > h:  # only the printed spreadsheet carries Excel's header and footer
        c.setFont("LS", 8)
        c.drawCentredString(w / 2, h - 30, "Budsjett_Halden_i_arbeid_2020.xlsx")
        c.drawCentredString(w / 2, 24, "Side 1")


def tx10(out: Path):
    o = orgnr("97457211")
    items = [("p", "NAV Halden"), ("h1", "Søknad om tilskudd 2020 – utvikling av sosiale tjenester i NAV-kontoret"),
             ("kv", [("Søkende kontor:", "NAV Halden"), ("Kommune:", "Halden kommune"), ("Org.nummer:", spaced(o)),
                     ("Kontaktperson:", "Espen Mørk"), ("E-post:", "espen.mork@nav.no"), ("Telefon:", "401 22 871")], "plain"),
             ("h2", "Prosjektet"),
             ("kv", [("Prosjektnavn:", "Halden i arbeid"), ("Søknaden gjelder:", "Nytt prosjekt"),
                     ("Planlagt oppstart:", "1. mars 2020"), ("Omsøkt stillingsressurs:", "100 %")], "plain"),
             ("p", "Halden i arbeid skal gi langtidsmottakere av sosialhjelp en arbeidsveileder som skaffer og følger opp "
                   "ordinære jobber i lokalt næringsliv. Prosjektet legger særlig vekt på overgangen fra kvalifiserings"
                   "programmet til arbeid."),
             ("h2", "Budsjett"),
             ("kv", [("Lønn inkl. sosiale utgifter:", "kr 580 000"), ("Kompetanse:", "kr 10 000"),
                     ("Totalt omsøkt beløp:", "kr 600 000")], "plain"),
             ("p", "Detaljert budsjett følger som vedlegg."),
             ("h2", "Prioriterte områder"), ("checks", [(A1, True), (A2, False), (A3, True)]),
             ("h2", "Deltakelse i nettverk og evaluering"),
             ("checks", [("Nettverk/klyngesamarbeid", True), ("Ekstern prosessevaluering", True)]),
             ("sig", [{"head": "Leder NAV Halden", "place": "Halden, 23.01.2020", "ink": "tx10a", "under": ["Vibeke Sandvik"]},
                      {"head": "Rådmann", "place": "Halden, 24.01.2020", "ink": "tx10b", "under": ["Trude Kjos"]}]),
             ("tmpl", "land"),
             ("table", [["Budsjettpost", "Stillingsandel", "Årslønn", "Sosiale kostnader", "Sum 2020"],
                        ["Arbeidsveileder (prosjektstilling)", "100 %", "475 000", "105 000", "580 000"],
                        ["Kompetanse: kurs i jobbspesialistmetodikk", "", "", "", "10 000"],
                        ["Sum", "", "", "", "590 000"]], [0.36, 0.14, 0.16, 0.18, 0.16])]
    out.write_bytes(render_pdf(items, font="TR", size=11, hf=_excel_footer, meta=PRINT_TO_PDF, margins=(62, 62, 62, 62)))
    return truth("tx10", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Espen Mørk", "espen.mork@nav.no", "40122871"),
                 project=("Halden i arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Vibeke Sandvik", "Leder NAV Halden", "2020-01-23", "handwritten"),
                       ("municipality", "Trude Kjos", "Rådmann", "2020-01-24", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["Microsoft Print to PDF: the form, then the budget spreadsheet printed in landscape",
                        "defect: the form's total 600 000 ≠ 580 000 + 10 000 (the spreadsheet's own sum is 590 000)"])


def tx11(out: Path):
    o = orgnr("97421310", valid=False)
    fields = [("Nav-kontor", "kontor", "Nav Kristiansand", 0), ("Kommune", "kommune", "Kristiansand", 1),
              ("Organisasjonsnummer", "orgnr", spaced(o), 0), ("Kontaktperson", "kontakt", "Camilla Tønnessen", 1),
              ("E-post", "epost", "camilla.tonnessen@nav.no", 0), ("Telefon", "tlf", "474 05 318", 1),
              ("Prosjektnavn", "tittel", "Jobbsjansen Kvadraturen", 2),
              ("Nytt prosjekt eller videreføring", "type", "Nytt prosjekt", 0), ("Oppstartsdato", "start", "01.03.2020", 1),
              ("Stillingsprosent", "pst", "60", 0), ("Lønn og sosiale kostnader (kr)", "lonn", "360 000", 1),
              ("Kompetanse (kr)", "komp", "8 000", 0), ("Sum søknadsbeløp (kr)", "sum", "368 000", 1)]
    boxes = [("#Prioriterte områder", None, None), (A1, "p1", False), (A2, "p2", True), (A3, "p3", False),
             ("#Interesse", None, None), ("Kontoret ønsker å delta i nettverk/klyngesamarbeid", "nett", True),
             ("Kontoret ønsker ekstern prosessevaluering", "eval", False)]
    acroform("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
             ["Skjemaet fylles ut elektronisk og sendes Statsforvalteren i Agder innen 1. februar 2020.",
              "Det gis inntil 610 000 kroner per 100 % stilling og inntil 10 000 kroner til kompetanse per tiltak."],
             fields, boxes, [("Leder Nav Kristiansand", "tx11a", "Ingeborg Fjeld, 29.01.2020"),
                             ("Kommunedirektør", "tx11b", "Per Ivar Tveit, 30.01.2020")], out)
    return truth("tx11", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Kristiansand", "Kristiansand", o),
                 contact=("Camilla Tønnessen", "camilla.tonnessen@nav.no", "47405318"),
                 project=("Jobbsjansen Kvadraturen", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 360000, "competence": 8000, "total": 368000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Ingeborg Fjeld", "Leder Nav Kristiansand", "2020-01-29", "handwritten"),
                       ("municipality", "Per Ivar Tveit", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["fillable PDF (Acrobat producer): labels above the fields, two fields a row, cross check boxes, "
                        "caps printed in the instructions", "defect: org number check digit wrong"])


def tx12(out: Path):
    o = orgnr("99241561")
    items = [("p", "Statsforvaltaren i Trøndelag\nPostboks 2600\n7734 Steinkjer"), ("pr", "Orkanger, 22.01.2020"),
             ("h2", "Søknad om vidareføring av tilskot – «Bu og bli» 2020"),
             ("p", f"Nav Orkland (organisasjonsnummer {spaced(o)}) søkjer om tilskot til andre året av prosjektet «Bu og "
                   "bli», som fekk tilskot første gong i 2019. Prosjektperioden for 2020 startar 1. januar 2020."),
             ("p", "Prosjektet følgjer opp unge vaksne som flyttar i eigen bustad etter opphald i institusjon, barnevern "
                   "eller rusbehandling. Målet er å sikre overgangen til eit sjølvstendig liv med skule eller arbeid. "
                   "Prosjektet fell inn under det prioriterte området sikring av sårbare overgangar."),
             ("p", "Vi søkjer om løn til ei 60 %-stilling som bustadrettleiar og om kompetansemidlar til rettleiing."),
             ("table", [["Budsjett 2020", "Beløp"], ["Løn og sosiale kostnader, 60 % stilling", "366 000"],
                        ["Kompetanse", "10 000"], ["Sum omsøkt tilskot", "376 000"]]),
             ("p", "Kontaktperson er Eli Grøtan, tlf. 926 48 113, e-post eli.grotan@nav.no."),
             ("p", "Nav Orkland er interessert i nettverk/klyngjesamarbeid og i ekstern prosessevaluering."),
             ("p", "Med venleg helsing"),
             ("sig", [{"ink": "tx12a", "under": ["Bente Lyngstad", "leiar Nav Orkland"]},
                      {"ink": "tx12b", "under": ["Eirik Haugen", "kommunedirektør, Orkland kommune"]}]),
             ("break",), ("h2", "Vedlegg: Framdrift 2020"),
             ("table", [["Tiltak", "Når", "Ansvar"], ["Fast samarbeidsmøte med barnevern og DPS", "Frå februar", "Eli Grøtan"],
                        ["Bustadskule for nye leigetakarar", "April og oktober", "Bustadrettleiar"],
                        ["Evaluering av første året", "Mars", "Prosjektgruppa"]])]
    office_pdf(items, out, meta=("LibreOffice 7.0", "Writer"), font="Liberation Serif", header="Nav Orkland\tOrkanger",
               footer="Nav Orkland · Postboks 83, 7301 Orkanger · Telefon 55 55 33 33 · nav.no", title="Bu og bli 2020")
    return truth("tx12", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Orkland", "Orkland", o),
                 contact=("Eli Grøtan", "eli.grotan@nav.no", "92648113"),
                 project=("Bu og bli", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Lyngstad", "Leiar Nav Orkland", "2020-01-22", "handwritten"),
                       ("municipality", "Eirik Haugen", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["LibreOffice export of a Nynorsk letter with the office's letterhead header and a footer with "
                        "Nav's switchboard on every page", "near-miss: 60 % at exactly 366 000; continuation year 2"])


def tx13(out: Path):
    o = orgnr("97418810")
    items = [("h1", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret"),
             ("small", "Fyll ut skjemaet og send det til Statsforvalteren i Trøndelag innen 1. februar 2020."),
             ("h2", "Søker"),
             ("kv", [("Nav-kontor", "Nav Stjørdal"), ("Kommune", "Stjørdal"), ("Organisasjonsnummer", o),
                     ("Kontaktperson", "Mari Hegre Lian"), ("E-post", "mari.hegre.lian@nav.no"), ("Telefon", "993 14 062")]),
             ("h2", "Prosjekt"),
             ("kv", [("Prosjektnavn", "Ny start Stjørdal"), ("Type prosjekt", "Nytt"),
                     ("Oppstartsdato", ("date", "2020-03-16", "16.03.2020")), ("Stillingsprosent", "40"),
                     ("Kort beskrivelse", "Unge under 30 som står uten arbeid etter lærlingtiden får hjelp til å finne "
                      "ordinært arbeid i Stjørdal, Hegra og Skatval, med arbeidsgiverne som aktive partnere.")]),
             ("h2", "Økonomi"),
             ("kv", [("Omsøkt lønn og sosiale kostnader", "244 000"), ("Omsøkt kompetanse", "6 500"),
                     ("Sum omsøkt", "250 500"), ("Kommunal egenandel (hvis aktuelt)", None)]),
             ("h2", "Prioriterte områder"), ("checks", [(A1, True), (A2, True), (A3, False)]),
             ("h2", "Nettverk og evaluering"),
             ("checks", [("Kontoret ønsker å delta i nettverk/klyngesamarbeid", False),
                         ("Kontoret ønsker ekstern prosessevaluering", True)]),
             ("h2", "Signatur"),
             ("sig", [{"head": "Nav-leder", "place": "Stjørdal, 28.01.2020", "ink": "tx13a", "under": ["Rune Forbord"]},
                      {"head": "Kommunedirektør", "place": "Stjørdal, 29.01.2020", "ink": "tx13b",
                       "under": ["Anne Berit Stavrum"]}])]
    render_docx(items, out, font="Calibri", header="Søknadsskjema 2020 – Arbeids- og velferdsdirektoratet", controls=True)
    return truth("tx13", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Stjørdal", "Stjørdal", o),
                 contact=("Mari Hegre Lian", "mari.hegre.lian@nav.no", "99314062"),
                 project=("Ny start Stjørdal", "new", "2020-03-16"), pct=40,
                 amounts={"positions": 244000, "competence": 6500, "total": 250500}, own_funding=None,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Rune Forbord", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Anne Berit Stavrum", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["content controls: text, a date picker, w14 check boxes, and one untouched control showing "
                        "Word's placeholder (own funding: not stated)", "near-miss: 40 % at exactly 244 000"])


def tx14(out: Path):
    o = orgnr("97455932")
    items = [("p", "NAV Ulstein\nPostboks 143, 6067 Ulsteinvik"),
             ("p", "Statsforvaltaren i Møre og Romsdal\nPostboks 2520\n6404 Molde"), ("pr", "Ulsteinvik, 27.01.2020"),
             ("b", "Søknad om tilskot til utvikling av sosiale tenester i NAV-kontoret for 2020 – prosjekt «Vegvisar»"),
             ("p", f"NAV Ulstein, organisasjonsnummer {spaced(o)}, søkjer om tilskot til det nye prosjektet «Vegvisar» "
                   "med planlagd oppstart 1. april 2020."),
             ("p", "Prosjektet rettar seg mot unge innvandrarar og flyktningar som avsluttar introduksjonsprogrammet "
                   "utan arbeid. Saman med lokale arbeidsgjevarar i maritim industri skal dei få praksis med lønn og "
                   "fast oppfølging på arbeidsplassen. Prosjektet høyrer til dei prioriterte områda bruk av ordinært "
                   "arbeidsliv og oppfølging av barnefamiliar, ungdom og innvandrarar."),
             ("p", "Vi søkjer om midlar til to stillingar: ein jobbspesialist i 70 % stilling og ein koordinator for "
                   "arbeidsgjevarkontakt i 50 % stilling, til saman 120 %."),
             ("table", [["Budsjett 2020", "Totalt", "Eigenfinansiering Ulstein kommune", "Søkt tilskot"],
                        ["Jobbspesialist 70 %", "470 000", "43 000", "427 000"],
                        ["Koordinator 50 %", "345 000", "52 000", "293 000"], ["Kompetanse", "10 000", "0", "10 000"],
                        ["Sum", "825 000", "95 000", "730 000"]]),
             ("p", "Kontaktperson: Synnøve Myklebust, rådgjevar, synnove.myklebust@nav.no, tlf. 700 19 455."),
             ("p", "NAV Ulstein ønskjer å delta i nettverk og klyngjesamarbeid og stiller seg positiv til ekstern "
                   "prosessevaluering."),
             ("p", "Med venleg helsing\n\nArnhild Eiken\nNAV-leiar\n\nOla Magne Hovden\nkommunedirektør"),
             ("small", "Dokumentet er elektronisk godkjent og har difor ingen handskrivne underskrifter. Godkjent "
                       "24.01.2020 av Arnhild Eiken (NAV-leiar) og 27.01.2020 av Ola Magne Hovden (kommunedirektør).")]
    render_docx(items, out, font="Times New Roman", size=12, title="Søknad Vegvisar")
    return truth("tx14", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Ulstein", "Ulstein", o),
                 contact=("Synnøve Myklebust", "synnove.myklebust@nav.no", "70019455"),
                 project=("Vegvisar", "new", "2020-04-01"), pct=120,
                 amounts={"positions": 720000, "competence": 10000, "total": 730000}, own_funding=95000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Arnhild Eiken", "NAV-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Ola Magne Hovden", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["Nynorsk letter, budget with total / own funding / applied-for columns, Nynorsk electronic "
                        "approval", "near-miss: 120 % (70 + 50) with 720 000 under 732 000"])


def tx15(out: Path):
    o = orgnr("97463510")
    items = [("h1", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("p", "Interkommunalt prosjekt – Notodden og Hjartdal"),
             ("kv", [("Søkende Nav-kontor (vertskontor)", "Nav Notodden"), ("Vertskommune", "Notodden"),
                     ("Samarbeidskommune", "Hjartdal"), ("Org.nr. Nav Notodden", spaced(o)),
                     ("Prosjektleder og kontaktperson", "Mona Grave"), ("E-post", "mona.grave@nav.no"),
                     ("Telefon", "412 88 507")]),
             ("kv", [("Prosjektets navn", "Heiadal jobbteam"), ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "august 2020"),
                     ("Omsøkt stillingsressurs", "2 stillinger à 100 %")]),
             ("cols", [("h3", "Bakgrunn"),
                       ("p", "Begge kommunene har mange unge voksne som har stått lenge utenfor arbeid, og få "
                             "arbeidsgivere med erfaring i å ta imot dem. Små fagmiljø gjør det vanskelig å bygge opp "
                             "kompetanse hver for seg."),
                       ("h3", "Mål og målgruppe"),
                       ("p", "Et felles jobbteam på to veiledere skal skaffe og følge opp ordinære jobber for personer "
                             "mellom 20 og 35 år som mottar sosialhjelp. Målet er at halvparten er i arbeid etter et år."),
                       ("h3", "Forankring"),
                       ("p", "Prosjektet er behandlet i ledergruppene i begge kommunene. Kommunedirektøren i Notodden og "
                             "rådmannen i Hjartdal signerer søknaden sammen med lederen for Nav Notodden.")]),
             ("h2", "Budsjett 2020"),
             ("table", [["Post", "Notodden", "Hjartdal", "Sum"], ["Lønn og sosiale kostnader", "610 000", "610 000", "1 220 000"],
                        ["Kompetanse", "10 000", "0", "10 000"], ["Sum omsøkt", "620 000", "610 000", "1 230 000"]]),
             ("h2", "Prioriterte områder"), ("checks", [(A1, True), (A2, False), (A3, False)]),
             ("h2", "Nettverk og evaluering"),
             ("checks", [("Vi ønsker å delta i nettverk/klyngesamarbeid", True), ("Vi ønsker ekstern prosessevaluering", False)]),
             ("sig", [{"head": "Leder Nav Notodden", "place": "Notodden, 21.01.2020", "ink": "tx15a", "under": ["Jan Erik Bakken"]},
                      {"head": "Kommunedirektør, Notodden kommune", "place": "Notodden, 23.01.2020", "ink": "tx15b",
                       "under": ["Siri Haugland"]},
                      {"head": "Rådmann, Hjartdal kommune", "place": "Sauland, 24.01.2020", "ink": "tx15c",
                       "under": ["Torleif Flatin"]}])]
    out.write_bytes(render_pdf(items, font="DVS", size=9.5, meta=WORD365, title="Søknad Heiadal jobbteam"))
    return truth("tx15", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Notodden", "Notodden", o),
                 contact=("Mona Grave", "mona.grave@nav.no", "41288507"),
                 project=("Heiadal jobbteam", "new", "2020-08-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Jan Erik Bakken", "Leder Nav Notodden", "2020-01-21", "handwritten"),
                       ("municipality", "Siri Haugland", "Kommunedirektør", "2020-01-23", "handwritten"),
                       ("municipality", "Torleif Flatin", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["Word 'Save as PDF' look: inter-municipal (host Nav Notodden, partner Hjartdal), prose in two "
                        "balanced columns, budget with a column per municipality, three ink blocks in one row",
                        "near-miss: 200 % at exactly 1 220 000; start 'august 2020'"])


def tx16(out: Path):
    o, mun = orgnr("97464983"), orgnr("92010312")
    hf = running_hf("Asker kommune", "Nav Asker", f"Asker kommune · Org.nr. {spaced(mun)} · asker.kommune.no")
    items = [("h1", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("kv", [("Nav-kontor", "Nav Asker"), ("Kommune", "Asker"), ("Org.nr. Nav Asker", spaced(o)),
                     ("Kontaktperson", "Thomas Ødegård"), ("E-post", "thomas.odegard@nav.no"), ("Telefon", "971 56 230")]),
             ("kv", [("Prosjekt", "Ung jobb Asker"), ("Prosjekttype", "Videreføring, år 3"),
                     ("Periode", "01.01.2020–31.12.2020"), ("Stilling", "100 %")]),
             ("kv", [("Lønn og sosiale kostnader", "590 000"), ("Kompetanse", "10 000"), ("Sum", "600 000")]),
             ("h2", "Prioriterte områder"), ("checks", [(A1, True), (A2, True), (A3, False)]),
             ("kv", [("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Nei")]),
             ("sig", [{"head": "Leder Nav Asker", "place": "Asker, 20.01.2020", "ink": "tx16a", "under": ["Lars Ove Sundby"]},
                      {"head": "Kommunedirektør", "place": "Asker, 22.01.2020", "ink": "tx16b", "under": ["Kristin Wangen"]}])]
    scan(render_pdf(items, font="LS", size=10.5, hf=hf), out, seed=1682)
    return truth("tx16", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Asker", "Asker", o),
                 contact=("Thomas Ødegård", "thomas.odegard@nav.no", "97156230"),
                 project=("Ung jobb Asker", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Lars Ove Sundby", "Leder Nav Asker", "2020-01-20", "handwritten"),
                       ("municipality", "Kristin Wangen", "Kommunedirektør", "2020-01-22", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["printed from the municipality's template (header/footer with the municipality's org nr), "
                        "signed by hand, scanned at 300 dpi", "near-miss: third year of a continuation is allowed"])


def tx17(out: Path):
    out.write_text("<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Logg inn – Regionalforvaltning"
                   "</title></head>\n<body><h1>Økten din er utløpt</h1><p>Du må logge inn på nytt for å laste ned "
                   "vedlegget.</p><form action=\"/Account/Login\" method=\"post\"><label>Brukernavn <input name=\"u\">"
                   "</label><label>Passord <input name=\"p\" type=\"password\"></label><button>Logg inn</button></form>"
                   "</body></html>\n", encoding="utf-8")
    return truth("tx17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
                 notes=["an HTML login page saved under .pdf (the portal's session had expired when the attachment "
                        "was downloaded)"])


def tx18(out: Path):
    hf = chrome_hf("31.01.2020, 13:04", "Kvittering – Regionalforvaltning",
                   "https://www.regionalforvaltning.no/Soknad/Kvittering/48877")
    items = [("h1", "Kvittering for innsendt søknad"),
             ("p", "Søknaden din er mottatt. Du får en e-post med bekreftelse. Statsforvalteren behandler søknaden, og du "
                   "får svar når behandlingen er ferdig."),
             ("stack", [("Søknadsnummer", "2020-0477"),
                        ("Ordning", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
                        ("Søker", "Nav Sør-Varanger"), ("Prosjekt", "Grensesprang"), ("Omsøkt beløp", "kr 610 000"),
                        ("Innsendt", "31.01.2020 kl. 13:02"), ("Innsendt av", "Aslak Hætta")]),
             ("p", "Du kan følge saken under «Mine søknader». Har du spørsmål, kontakt Statsforvalteren i Troms og Finnmark.")]
    out.write_bytes(render_pdf(items, font="LS", size=10, hf=hf, meta=CHROME, title="Kvittering – Regionalforvaltning",
                               margins=(48, 48, 40, 36), when="20200131"))
    return truth("tx18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["Chrome print of a grant portal's receipt for a submitted application "
                                            "(applicant, scheme, project, amount): a receipt, not the application"])
