"""Documents tx01–tx09 of corpus 82: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit82 import (CHROME, GDOCS, PRINT_TO_PDF, S20, at, chrome_hf, orgnr, render_pdf, running_hf, sign_all,
                   spaced)
from truthlib import truth
from word82 import office_pdf

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"


def tx01(out: Path):
    o = orgnr("97415022")
    items = [("b", "Nav Gjøvik"), ("small", "Postadresse: Postboks 356, 2802 Gjøvik\nBesøksadresse: Jernbanegata 2"),
             ("p", "Statsforvalteren i Innlandet\nPostboks 987\n2604 Lillehammer"), ("pr", "Gjøvik, 29.01.2020"),
             ("small", "Deres ref.:                Vår ref.: 20/1187                Saksbehandler: Ole Martin Rud"),
             ("b", "Oversendelse av søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("p", "Vedlagt oversendes søknad fra Nav Gjøvik om midler til prosjektet «Jobbspor Gjøvik». Søknaden er "
                   "drøftet i kommunens ledergruppe 21. januar og er signert av kommunedirektøren."),
             ("p", "Vedlegg:\n1. Søknadsskjema\n2. CV for prosjektleder"),
             ("p", "Med vennlig hilsen\n\nKari Bergum\nleder, Nav Gjøvik"), ("break",),
             ("h1", "Søknadsskjema"), ("p", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"),
             ("h2", "1. Søker"),
             ("kv", [("Nav-kontor", "Nav Gjøvik"), ("Kommune", "Gjøvik kommune"), ("Organisasjonsnummer", spaced(o)),
                     ("Kontaktperson for søknaden", "Ole Martin Rud, prosjektleder"), ("E-post", "ole.martin.rud@nav.no"),
                     ("Telefon", "482 17 306")]),
             ("h2", "2. Tiltaket"),
             ("kv", [("Navn på tiltaket", "Jobbspor Gjøvik"), ("Nytt tiltak eller videreføring", "Nytt tiltak"),
                     ("Oppstart", "01.03.2020"), ("Stillingsressurs det søkes om", "100 % stilling som jobbspesialist")]),
             ("p", "Jobbspor Gjøvik skal gi sosialhjelpsmottakere under 30 år en fast jobbspesialist som jobber ute hos "
                   "arbeidsgivere i Gjøvik og omegn. Målet er lønnet arbeid, med tett oppfølging også etter ansettelse, "
                   "og en trygg overgang fra videregående skole til arbeidslivet for ungdom som har falt ut."),
             ("h2", "3. Prioriterte utviklingsområder"), ("checks", [(A1, True), (A2, False), (A3, True)]),
             ("h2", "4. Budsjett"),
             ("table", [["Budsjettpost", "Beløp (kr)"], ["Lønn inkl. sosiale utgifter, 100 % stilling", "600 000"],
                        ["Kompetanse spesifikt for tiltaket", "10 000"], ["Sum søknadsbeløp", "610 000"]]),
             ("h2", "5. Nettverk og evaluering"),
             ("kv", [("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Ja"),
                     ("Ønsker kontoret ekstern prosessevaluering?", "Nei")]),
             ("h2", "6. Underskrifter"),
             ("sig", [{"head": "Leder Nav Gjøvik", "place": "Gjøvik, 28.01.2020", "ink": "tx01a", "under": ["Kari Bergum"]},
                      {"head": "Kommunedirektør", "place": "Gjøvik, 29.01.2020", "ink": "tx01b", "under": ["Morten Skaug"]}]),
             ("break",), ("h2", "Vedlegg 2: CV – Ole Martin Rud"),
             ("kv", [("2019–", "Prosjektleder, Nav Gjøvik"), ("2013–2019", "Veileder, Nav Lillehammer"),
                     ("2010–2013", "Miljøarbeider, Østre Toten kommune")], "plain"),
             ("p", "Utdanning: Bachelor i sosialt arbeid, Høgskolen i Lillehammer (2010). Videreutdanning i Supported "
                   "Employment (2018).")]
    office_pdf(items, out, meta=("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365"),
               font="Calibri", title="Søknad Jobbspor Gjøvik 2020")
    return truth("tx01", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Ole Martin Rud", "ole.martin.rud@nav.no", "48217306"),
                 project=("Jobbspor Gjøvik", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Bergum", "Leder Nav Gjøvik", "2020-01-28", "handwritten"),
                       ("municipality", "Morten Skaug", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["Word 'Save as PDF' look (LibreOffice layout, Word producer); cover letter in front signed with the "
                        "Nav leader's typed name (not a signature of the form); CV behind naming Nav Lillehammer",
                        "near-miss: 600 000 + 10 000 = 610 000; contact value carries ', prosjektleder'"])


def tx02(out: Path):
    o = orgnr("97451240")
    hf = chrome_hf("31.01.2020, 11:47", "Søknad – Statsforvalteren i Troms og Finnmark",
                   "https://www.regionalforvaltning.no/Soknad/Rediger/48213#steg-7")
    items = [("h1", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("small", "Søknadsnummer 2020-0413 · Status: Innsendt · Sist endret 31.01.2020 11:45"),
             ("h2", "1 Søker"),
             ("stack", [("Søkerorganisasjon", "Nav Alta"), ("Organisasjonsnummer", o), ("Kommune", "Alta"),
                        ("Fylke", "Troms og Finnmark")]),
             ("h2", "2 Kontaktperson"),
             ("stack", [("Fornavn", "Ragnhild"), ("Etternavn", "Isaksen"), ("E-post", "ragnhild.isaksen@nav.no"),
                        ("Mobilnummer", "+47 415 26 374")]),
             ("h2", "3 Prosjektet"), ("stack", [("Prosjektnavn", "Ungdomsløftet Alta")]), ("b", "Søknadstype"),
             ("checks", [("Nytt prosjekt", True), ("Videreføring av prosjekt som fikk tilskudd i 2019", False)], "radio"),
             ("stack", [("Planlagt oppstart", "01.04.2020"), ("Stillingsandel som søkes finansiert (%)", "75"),
                        ("Kort beskrivelse", "Ungdom mellom 18 og 25 år som har avbrutt videregående skole får en fast "
                         "veileder som følger dem tilbake til skole eller over i lærlingplass og jobb. Vi samarbeider "
                         "med Alta videregående skole, Oppfølgingstjenesten og barneverntjenesten.")]),
             ("h2", "4 Prioriterte områder"), ("small", "Velg ett eller flere områder"),
             ("checks", [(A1, False), (A2, True), (A3, True)], "drawn"),
             ("h2", "5 Budsjett"),
             ("stack", [("Lønn og sosiale kostnader (kr)", "457 500"), ("Kompetansemidler (kr)", "10 000"),
                        ("Sum søknadsbeløp (kr)", "467 500")]),
             ("h2", "6 Nettverk og evaluering"), ("b", "Er kontoret interessert i å delta i nettverk/klyngesamarbeid?"),
             ("checks", [("Ja", True), ("Nei", False)], "radio"),
             ("b", "Er kontoret interessert i ekstern prosessevaluering?"),
             ("checks", [("Ja", False), ("Nei", True)], "radio"),
             ("h2", "7 Underskrift"),
             ("small", "Søknaden skal være godkjent av leder for Nav-kontoret og kommunens ledelse. Skriv inn navn, "
                       "stilling og dato."),
             ("stack", [("Leder for Nav-kontoret – navn", "Svein Erik Nilsen"), ("Dato", "30.01.2020"),
                        ("Kommunens ledelse – navn og stilling", "Bjørn Atle Hætta, kommunedirektør"),
                        ("Dato", "31.01.2020")])]
    out.write_bytes(render_pdf(items, font="LS", size=9.5, hf=hf, meta=CHROME, title="Søknad – Statsforvalteren i Troms og Finnmark",
                               margins=(48, 48, 40, 36), when="20200131"))
    return truth("tx02", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Ragnhild Isaksen", "ragnhild.isaksen@nav.no", "41526374"),
                 project=("Ungdomsløftet Alta", "new", "2020-04-01"), pct=75,
                 amounts={"positions": 457500, "competence": 10000, "total": 467500},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Svein Erik Nilsen", "Leder for Nav-kontoret", "2020-01-30", "typed"),
                       ("municipality", "Bjørn Atle Hætta", "Kommunedirektør", "2020-01-31", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["Chrome 'print to PDF' of a web form: header with date and page title, footer with URL and n/N, "
                        "label above a boxed value, first and last name in two fields, radios and check boxes drawn as "
                        "vector shapes (their state is not text)",
                        "defect: both 'signatures' are names typed into the web form; 75 % at exactly 457 500"])


def tx03(out: Path):
    o = orgnr("97466212")
    items = [("p", "Nav Sogndal\nPostboks 153, 6851 Sogndal"), ("p", "Statsforvaltaren i Vestland\nNjøsavegen 2\n6863 Leikanger"),
             ("pr", "Sogndal, 27. januar 2020"),
             ("h1", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
             ("h2", "«Heim og jobb» – eit nytt prosjekt i Nav Sogndal"),
             ("p", f"Nav Sogndal (org.nr. {spaced(o)}) søkjer med dette om tilskot til prosjektet «Heim og jobb». "
                   "Prosjektet er nytt og skal starte opp 1. mars 2020."),
             ("p", "Mange barnefamiliar i kommunen lever på sosialhjelp over lang tid. Prosjektet skal gi familiane éin "
                   "fast kontaktperson som ser bustad, økonomi og arbeid i samanheng, og som samarbeider tett med "
                   "skule, barnehage og helsestasjon. Prosjektet høyrer såleis til det prioriterte området oppfølging "
                   "av barnefamiliar, ungdom og innvandrarar."),
             ("p", "Vi søkjer om midlar til ei 80 %-stilling som familiekoordinator. Budsjettet for 2020 er slik:"),
             ("table", [["Post", "Kroner"], ["Løn og sosiale kostnader, familiekoordinator 80 %", "488 000"],
                        ["Kompetanse (rettleiing og kurs)", "10 000"], ["Sum omsøkt", "498 000"]]),
             ("p", "Nav Sogndal ønskjer gjerne å vere med i nettverk eller klyngjesamarbeid med andre kontor. Vi ønskjer "
                   "ikkje ekstern prosessevaluering i 2020."),
             ("p", "Kontaktperson for søknaden er Åse Kvåle Hauge, e-post ase.kvale.hauge@nav.no, telefon 977 12 845."),
             ("p", "Med helsing"),
             ("sig", [{"ink": "tx03a", "under": ["Trond Ove Lunde", "leiar Nav Sogndal", "Sogndal, 27.01.2020"]},
                      {"ink": "tx03b", "under": ["Ingrid Skaar", "kommunedirektør i Sogndal kommune", "Sogndal, 28.01.2020"]}])]
    out.write_bytes(render_pdf(items, font="LS", size=11, meta=GDOCS, title="Søknad tilskot 2020 – Nav Sogndal",
                               margins=(72, 72, 72, 72), when="20200128"))
    return truth("tx03", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Åse Kvåle Hauge", "ase.kvale.hauge@nav.no", "97712845"),
                 project=("Heim og jobb", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Trond Ove Lunde", "Leiar Nav Sogndal", "2020-01-27", "handwritten"),
                       ("municipality", "Ingrid Skaar", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["Google Docs export (Skia producer), Nynorsk letter, ink above name/title/date lines",
                        "near-miss: 80 % at exactly 488 000; facts in prose"])


def tx04(out: Path):
    o = orgnr("97470532")
    items = [("h1", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"), ("cols2",),
             ("h3", "Om søkeren"), ("p", "Søker: Nav Rana"), ("p", "Kommune: Rana"), ("p", f"Org.nr.: {spaced(o)}"),
             ("p", "Kontaktperson: Marius Johansen Strand"), ("p", "E-post: marius.johansen.strand@nav.no"),
             ("p", "Tlf.: 75 14 62 10"),
             ("h3", "Om prosjektet"), ("p", "Prosjektnavn: Veien videre"), ("p", "Type: Nytt prosjekt (planlagt over tre år)"),
             ("p", "Oppstart: 1. april 2020"), ("p", "Stilling: 100 % prosjektstilling"),
             ("p", "Søknadsbeløp 2020: kr 615 000"), ("p", "Egenfinansiering 2020: kr 120 000"), ("cols1",),
             ("h2", "Beskrivelse"),
             ("p", "Veien videre skal gi personer som løslates etter soning, og som skal bosette seg i Rana, en "
                   "koordinert overgang til bolig, økonomi og arbeid. Prosjektmedarbeideren møter den innsatte før "
                   "løslatelse og følger opp det første året etter. Kriminalomsorgen og Husbanken er samarbeidspartnere."),
             ("h2", "Prioriterte områder"), ("checks", [(A1, False), (A2, False), (A3, True)]),
             ("h2", "Interesse"), ("checks", [("Vi ønsker å delta i nettverk/klyngesamarbeid", True),
                                             ("Vi ønsker ekstern prosessevaluering", True)]),
             ("h2", "Budsjett"),
             ("p", "Se vedlagt budsjett for 2020–2022 (vedlegg 1). For 2020 søkes det om 605 000 kr til lønn og sosiale "
                   "kostnader og 10 000 kr til kompetanse."),
             ("h2", "Underskrift"),
             ("sig", [{"head": "Nav Rana", "place": "Mo i Rana, 24.01.2020", "ink": "tx04a", "under": ["Linn Kristin Hansen, leder"]},
                      {"head": "Rana kommune", "place": "Mo i Rana, 27.01.2020", "ink": "tx04b",
                       "under": ["Geir Ove Pettersen, kommunedirektør"]}]),
             ("land",), ("h2", "Vedlegg 1 – Budsjett Veien videre 2020–2022"),
             ("table", [["Post", "2020", "2021", "2022", "Sum 2020–2022"],
                        ["Prosjektstilling 100 % – lønn inkl. sosiale kostnader", "605 000", "620 000", "635 000", "1 860 000"],
                        ["Kompetanse (veiledning, evaluering)", "10 000", "10 000", "5 000", "25 000"],
                        ["Sum søkt tilskudd", "615 000", "630 000", "640 000", "1 885 000"],
                        ["Egenfinansiering Rana kommune", "120 000", "120 000", "120 000", "360 000"],
                        ["Total prosjektkostnad", "735 000", "750 000", "760 000", "2 245 000"]])]
    office_pdf(items, out, font="Arial", header="Nav Rana – søknad om tilskudd 2020",
               footer="Nav Rana · Postboks 25, 8601 Mo i Rana", title="Søknad Veien videre")
    return truth("tx04", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Rana", "Rana", o),
                 contact=("Marius Johansen Strand", "marius.johansen.strand@nav.no", "75146210"),
                 project=("Veien videre", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "total": 615000}, own_funding=120000,
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Linn Kristin Hansen", "Leder", "2020-01-24", "handwritten"),
                       ("municipality", "Geir Ove Pettersen", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["LibreOffice export: facts in a two-column section, landscape budget section 2020–2022 behind",
                        "near-miss: 2021/2022 position lines (620 000, 635 000) exceed 610 000 but are not the year "
                        "applied for; 2020 is 605 000"])


def tx05(out: Path):
    o = orgnr("97488390")
    items = [("h1", "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020"),
             ("p", "Søknadsfrist 1. februar 2020. Søknaden sendes Statsforvalteren i Vestfold og Telemark."),
             ("h2", "Del 1 Søker"),
             ("kv", [("Søker (Nav-kontor)", "Nav Larvik"), ("Kommune", "Larvik"), ("Org.nr.", o),
                     ("Kontaktperson", "Jonas Berg"), ("E-post", "jonas.berg@nav.no"), ("Telefon", "930 45 118")], "lines"),
             ("h2", "Del 2 Prosjekt"),
             ("kv", [("Prosjektets tittel", "Sammen om arbeid"), ("Nytt prosjekt / videreføring", "Videreføring (andre år)"),
                     ("Periode det søkes for", "01.01.2020 – 31.12.2020")], "lines"),
             ("table", [["Stilling", "Stillingsprosent", "Beløp (kr)"], ["Jobbspesialist", "100 %", "600 000"],
                        ["Miljøarbeider bolig", "50 %", "300 000"], ["Sum stillinger", "150 %", "900 000"]], [0.5, 0.25, 0.25]),
             ("kv", [("Kompetansemidler", "10 000 kr"), ("Totalt søknadsbeløp", "910 000 kr")], "lines"),
             ("h2", "Del 3 Prioriterte områder"), ("checks", [(A1, True), (A2, False), (A3, False)]),
             ("h2", "Del 4 Nettverk og evaluering"),
             ("checks", [("Ja, vi er interessert i nettverk/klyngesamarbeid", False),
                         ("Ja, vi er interessert i ekstern prosessevaluering", True)]),
             ("h2", "Del 5 Signering"),
             ("p", "Søknaden signeres elektronisk av leder for Nav Larvik og kommunedirektør i Larvik kommune. Se "
                   "signeringsbevis på siste side."),
             ("break",), ("h1", "Signeringsbevis"),
             ("small", "Dokument-ID: 5C1E-88A0-27F4-B913 · Tjeneste: e-signering med BankID"),
             ("p", "Dette dokumentet er signert elektronisk av følgende parter:"),
             ("table", [["Navn", "Rolle", "Metode", "Tidspunkt"],
                        ["Hilde Marie Aas", "Leder Nav Larvik", "BankID", "27.01.2020 09:41:12"],
                        ["Erik Sandvold", "Kommunedirektør, Larvik kommune", "BankID", "28.01.2020 14:03:55"]],
              [0.25, 0.35, 0.15, 0.25]),
             ("small", "Signaturene er lagt inn i dokumentet som PAdES-signaturer. Dokumentets integritet kan "
                       "kontrolleres i en PDF-leser.")]
    data = render_pdf(items, font="TR", size=11, meta=("Microsoft® Word 2016", "Microsoft® Word 2016"),
                      title="Søknad Sammen om arbeid 2020", when="20200127")
    out.write_bytes(sign_all(data, [("Hilde Marie Aas", "Nav Larvik", "Signatur1", at(2020, 1, 27, 9, 41)),
                                    ("Erik Sandvold", "Larvik kommune", "Signatur2", at(2020, 1, 28, 14, 3))]))
    return truth("tx05", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Larvik", "Larvik", o),
                 contact=("Jonas Berg", "jonas.berg@nav.no", "93045118"),
                 project=("Sammen om arbeid", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Hilde Marie Aas", "Leder Nav Larvik", "2020-01-27", "digital"),
                       ("municipality", "Erik Sandvold", "Kommunedirektør", "2020-01-28", "digital")],
                 notes=["two invisible PAdES signatures, one per signer, and a signing certificate page listing both",
                        "near-miss: 150 % with 900 000 under 915 000; period range as start; unticked opt-in box = false"])


def tx06(out: Path):
    o = orgnr("99297051")
    items = [("h1", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"),
             ("h2", "Opplysningar om søkjar"),
             ("kv", [("Nav-kontor", "Nav Sunnfjord", "Kommune", "Sunnfjord"),
                     ("Org.nr.", spaced(o), "Kontaktperson", "Solveig Hjelmeland"),
                     ("E-post", "solveig.hjelmeland@nav.no", "Telefon", "57 72 31 40")]),
             ("h2", "Om prosjektet"),
             ("kv", [("Namn på prosjektet", "Ung kraft Sunnfjord"), ("Nytt eller vidareføring", "Nytt prosjekt"),
                     ("Oppstart", "1. april 2020"), ("Stillingsressurs", "To stillingar, 2 x 100 %")]),
             ("p", "Ung kraft skal gi ungdom og unge vaksne med innvandrarbakgrunn ein veg inn i lokale verksemder "
                   "gjennom praksis med lønn og tett oppfølging på arbeidsplassen. To rettleiarar skal arbeide ute hos "
                   "arbeidsgjevarane i den nye kommunen."),
             ("h2", "Budsjett"),
             ("kv", [("Løn og sosiale kostnader", "1 200 000 kr"), ("Kompetansemidlar", "10 000 kr"),
                     ("Totalt omsøkt", "1 210 000 kr")]),
             ("h2", "Prioriterte område"), ("checks", [(N1, True), (N2, True), (N3, False)]),
             ("h2", "Nettverk og evaluering"),
             ("kv", [("Interessert i nettverk/klyngjesamarbeid", "Ja"), ("Interessert i ekstern prosessevaluering", "Ja")]),
             ("h2", "Underskrift"),
             ("p", "Søknaden er signert elektronisk av Nav-leiar og kommunedirektør, sjå signeringssida."),
             ("break",), ("h1", "Signeringsside"),
             ("small", "Posten signering · Oppdrag 4471-2020-0931 · Referanse: Søknad tilskudd Nav Sunnfjord"),
             ("p", "Dokumentet er signert av:"),
             ("b", "Gunnhild Vårdal"), ("p", "Rolle: Nav-leiar\nSignert: 30.01.2020 kl. 08:55:31\nMetode: BankID"),
             ("b", "Ola Johan Sandal"), ("p", "Rolle: Kommunedirektør\nSignert: 03.02.2020 kl. 12:20:07\nMetode: BankID"),
             ("small", "Alle signaturer er validert. Dokumentet er forseglet av Posten Norge AS 03.02.2020 kl. 12:20:49.")]
    data = render_pdf(items, font="LS", size=10, title="Søknad Ung kraft Sunnfjord", when="20200129")
    out.write_bytes(sign_all(data, [("Posten Norge AS", "Posten Norge AS", "Segl", at(2020, 2, 3, 12, 20))]))
    return truth("tx06", "pdf", "pdf-pades", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Solveig Hjelmeland", "solveig.hjelmeland@nav.no", "57723140"),
                 project=("Ung kraft Sunnfjord", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Gunnhild Vårdal", "Nav-leiar", "2020-01-30", "digital"),
                       ("municipality", "Ola Johan Sandal", "Kommunedirektør", "2020-02-03", "digital")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["one PAdES seal by the signing service over a signing page that lists both BankID signers "
                        "(judgement: each signer counted as a digital signature)",
                        "defect: the kommunedirektør signed 03.02.2020, after the deadline; 4-column label/value grid"])


def tx07(out: Path):
    o, mun = orgnr("97470788"), orgnr("96496513")
    hf = running_hf("SANDNES KOMMUNE – Nav Sandnes", "Vår ref.: 20/01187-2",
                    f"Postadresse: Postboks 583, 4302 Sandnes · Sentralbord 51 33 50 00 · Org.nr. {spaced(mun)}")
    items = [("small", "Statsforvalteren i Rogaland\nPostboks 59 Sentrum\n4001 Stavanger"),
             ("small", "Deres ref.:      Vår ref.: 20/01187-2      Saksbehandler: Linda Øvrebø      Arkivkode: 223      "
                       "Dato: 28.01.2020"),
             ("h2", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – Nav Sandnes"),
             ("p", "Nav Sandnes søker om videreført tilskudd til prosjektet «Arbeidslaget» for 2020, som er prosjektets "
                   "andre driftsår. Opplysningene etter søknadsskjemaet følger nedenfor."),
             ("kv", [("Spørsmål", "Svar"), ("Søkende Nav-kontor", "Nav Sandnes"), ("Kommune", "Sandnes"),
                     ("Organisasjonsnummer Nav-kontoret", spaced(o)), ("Kontaktperson", "Linda Øvrebø, seniorrådgiver"),
                     ("E-post kontaktperson", "linda.ovrebo@nav.no"), ("Telefon kontaktperson", "906 12 384"),
                     ("Prosjektnavn", "Arbeidslaget"), ("Nytt prosjekt eller videreføring", "Videreføring – 2. driftsår"),
                     ("Oppstart for perioden det søkes om", "01.01.2020"), ("Stillingsprosent", "100"),
                     ("Lønn og sosiale kostnader", "610 000"), ("Kompetanse", "10 000"), ("Sum", "620 000"),
                     ("Prioritert område", "Bruk av ordinært arbeidsliv"), ("Nettverk/klyngesamarbeid", "Ja"),
                     ("Ekstern prosessevaluering", "Nei")], "head"),
             ("p", "Arbeidslaget er et lag på seks deltakere som arbeider sammen med en arbeidsleder hos ordinære "
                   "arbeidsgivere i Sandnes, med lønn fra første dag. Etter første driftsår er ni av fjorten deltakere i "
                   "ordinært arbeid. I 2020 vil vi utvikle samarbeidet med arbeidsgiverne videre."),
             ("p", "Med hilsen"),
             ("kv", [("Tor Inge Espeland\nleder Nav Sandnes", "Tone Grindland\nkommunedirektør")], "plain"),
             ("small", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."),
             ("table", [["Godkjent av", "Rolle", "Dato"], ["Tor Inge Espeland", "Leder Nav Sandnes", "27.01.2020"],
                        ["Tone Grindland", "Kommunedirektør", "28.01.2020"]], [0.35, 0.4, 0.25]),
             ("break",), ("h2", "Vedlegg: Prosjektplan Arbeidslaget 2020"),
             ("p", "Prosjektgruppe: Linda Øvrebø (prosjektleder), Kjetil Bø (arbeidsleder), Mona Tjelta (veileder, "
                   "Nav Sandnes) og en representant for arbeidsgiverne."),
             ("table", [["Aktivitet", "Tidspunkt"], ["Nytt lag settes sammen", "Januar 2020"],
                        ["Avtaler med to nye arbeidsgivere", "Mars 2020"], ["Midtveisvurdering", "Juni 2020"],
                        ["Rapport til Statsforvalteren", "Januar 2021"]]),
             ("p", "Total prosjektkostnad 2020 er 845 000 kroner; Sandnes kommune dekker arbeidslederens "
                   "driftsutgifter utenfor søknaden.")]
    out.write_bytes(render_pdf(items, font="LS", size=10, hf=hf, meta=("Aspose.Words for .NET 19.11", "Elements"),
                               title="20/01187-2 Søknad om tilskudd 2020 - Nav Sandnes", margins=(62, 62, 70, 60)))
    return truth("tx07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Sandnes", "Sandnes", o),
                 contact=("Linda Øvrebø", "linda.ovrebo@nav.no", "90612384"),
                 project=("Arbeidslaget", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Inge Espeland", "Leder Nav Sandnes", "2020-01-27", "electronic_approval"),
                       ("municipality", "Tone Grindland", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 notes=["case-handling system export: header, footer (switchboard, the municipality's org nr) and "
                        "'Side n av N' on every page; Spørsmål/Svar table; electronic approval with an approver table",
                        "near-miss: positions exactly 610 000 at 100 %; second driftsår of a continuation"])


def tx08(out: Path):
    o = orgnr("97462891")
    items = [("b", "VOSS HERAD"), ("p", "Kommunedirektøren"),
             ("p", "Statsforvaltaren i Vestland\nPostboks 7310\n5020 Bergen"), ("pr", "Vossevangen, 30.01.2020"),
             ("b", "Oversending av søknad frå Nav Voss – tilskot til utvikling av sosiale tenester i Nav 2020"),
             ("p", "Voss herad stiller seg bak søknaden frå Nav Voss om tilskot til prosjektet «Neste steg». "
                   "Formannskapet handsama saka 23.01.2020 (sak 007/20), sjå vedlagd særutskrift."),
             ("p", "Med helsing\n\nSteinar Mjelde\nkommunedirektør"),
             ("small", "Vedlegg: søknadsskjema, særutskrift, CV for prosjektleiar"), ("break",),
             ("h1", "Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020"),
             ("kv", [("Søkjar (Nav-kontor)", "Nav Voss"), ("Kommune", "Voss herad"), ("Organisasjonsnummer", o),
                     ("Kontaktperson", "Kari Lid Bjørke"), ("E-postadresse", "kari.lid.bjorke@nav.no"),
                     ("Telefonnummer", "951 73 420")]),
             ("kv", [("Prosjektnamn", "Neste steg"), ("Nytt prosjekt / vidareføring", "Nytt"),
                     ("Planlagd oppstart", "01.05.2020"), ("Stillingsdel", "50 %")]),
             ("p", "Neste steg skal hjelpe foreldre i familiar med langvarig sosialhjelp over i arbeid, med éin "
                   "rettleiar som følgjer heile familien og samarbeider med skule og barnehage."),
             ("h2", "Budsjett for 2020"),
             ("table", [["Post", "Kr"], ["Løn og sosiale utgifter (50 % stilling)", "320 000"], ["Kompetanse", "10 000"],
                        ["Sum", "330 000"]]),
             ("h2", "Prioriterte område"), ("checks", [(N1, False), (N2, True), (N3, False)]),
             ("h2", "Interesse"), ("checks", [("Nettverk/klyngjesamarbeid", True), ("Ekstern prosessevaluering", False)]),
             ("sig", [{"head": "Nav-leiar", "place": "Voss, 28.01.2020", "ink": "tx08a", "under": ["Ragnar Lydvo"]},
                      {"head": "Kommunedirektør", "place": "Voss, 30.01.2020", "ink": "tx08b", "under": ["Steinar Mjelde"]}]),
             ("break",), ("b", "VOSS HERAD – SÆRUTSKRIFT"),
             ("p", "Utval: Formannskapet    Møtedato: 23.01.2020    Saksnr.: 007/20    Arkivsak: 20/214"),
             ("b", "Søknad om tilskot til utvikling av sosiale tenester i Nav – prosjektet «Neste steg»"),
             ("p", "Framlegg til vedtak: Formannskapet sluttar seg til at Nav Voss søkjer Statsforvaltaren i Vestland "
                   "om tilskot på 330 000 kroner til prosjektet «Neste steg»."),
             ("p", "Handsaming i møtet: Framlegget vart samrøystes vedteke."), ("b", "Vedtak"),
             ("p", "Formannskapet sluttar seg til at Nav Voss søkjer Statsforvaltaren i Vestland om tilskot på 330 000 "
                   "kroner til prosjektet «Neste steg»."),
             ("p", "Rett utskrift: Vossevangen, 24.01.2020\nMarte Kvåle, møtesekretær"), ("break",),
             ("h2", "CV – Kari Lid Bjørke"),
             ("kv", [("2016–", "Rettleiar, Nav Voss"), ("2011–2016", "Sosionom, Bergen kommune (Nav Årstad)"),
                     ("Utdanning", "Bachelor i sosialt arbeid, Høgskulen på Vestlandet")], "plain")]
    office_pdf(items, out, meta=("LibreOffice 6.3", "Writer"), font="Liberation Sans", title="Søknad Neste steg")
    return truth("tx08", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Kari Lid Bjørke", "kari.lid.bjorke@nav.no", "95173420"),
                 project=("Neste steg", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 320000, "competence": 10000, "total": 330000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Ragnar Lydvo", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Steinar Mjelde", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["cover letter from the kommunedirektør in front (typed name), form, the formannskap's minutes "
                        "and a CV behind", "defect: 50 % with 320 000 > 305 000"])


def tx09(out: Path):
    o = orgnr("97452360")
    items = [("h1", "SØKNADSSKJEMA"), ("p", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknadsår 2020"),
             ("h3", "A  Søker"),
             ("kv", [("Nav-kontor", "Nav Ringsaker", "Kommune", "Ringsaker"), ("Org.nr.", o, "Fylke", "Innlandet"),
                     ("Kontaktperson", "Hanne Bakken Strøm", "Stilling", "Prosjektleder"),
                     ("E-post", "hanne.bakken.strom@nav.no", "Telefon", "916 30 552")]),
             ("h3", "B  Prosjekt"),
             ("kv", [("Prosjektnavn", "Kvalifisert – Ringsaker", "Oppstart", "01.05.2020"),
                     ("Nytt/videreføring", "Nytt prosjekt", "Stillingsprosent", "2 x 50 %")]),
             ("p", "Kort om prosjektet: Foreldre med innvandrerbakgrunn som har mottatt sosialhjelp i mer enn ett år, "
                   "får tilbud om kvalifisering kombinert med språkpraksis hos arbeidsgivere i Brumunddal og Moelv. "
                   "To veiledere i halv stilling følger familiene."),
             ("h3", "C  Budsjett"),
             ("kv", [("Lønn/sos. kostn.", "580 000", "Kompetanse", "10 000"), ("Annet", "0", "Sum omsøkt", "590 000")]),
             ("h3", "D  Prioriterte områder"), ("checks", [(A1, False), (A2, True), (A3, False)]),
             ("h3", "E  Interesse"), ("kv", [("Nettverk/klynge", "Ja", "Prosessevaluering", "Ja")]),
             ("h3", "F  Underskrift"),
             ("sig", [{"head": "Leder for Nav-kontoret", "place": "Dato: 24.01.2020", "ink": "tx09a",
                       "under": ["Navn med blokkbokstaver: KNUT ERIK BRENDEN"]},
                      {"head": "Kommunedirektør / rådmann", "place": "Dato: 27.01.2020", "ink": "tx09b",
                       "under": ["Navn med blokkbokstaver: TONE MARIT HOLEN"]}])]
    out.write_bytes(render_pdf(items, font="LS", size=9.5, meta=PRINT_TO_PDF, margins=(54, 54, 54, 54)))
    return truth("tx09", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Ringsaker", "Ringsaker", o),
                 contact=("Hanne Bakken Strøm", "hanne.bakken.strom@nav.no", "91630552"),
                 project=("Kvalifisert – Ringsaker", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": 0, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Knut Erik Brenden", "Leder for Nav-kontoret", "2020-01-24", "handwritten"),
                       ("municipality", "Tone Marit Holen", "Kommunedirektør / rådmann", "2020-01-27", "handwritten")],
                 notes=["Microsoft Print to PDF of a Word form: two label/value pairs per grid row, ink over the line, "
                        "names in block capitals after 'Navn med blokkbokstaver:'",
                        "near-miss: '2 x 50 %' = 100; 'Annet 0' is no other cost"])
