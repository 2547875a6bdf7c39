"""Corpus 70 (bundles): documents em01-em09 and the shared helpers (em10-em18 are in docs70b.py). Each
builder writes one file and returns its truth. Only the application part of a bundle gives fields and
signatures; e-mails, cover letters, reports, budget sheets, job descriptions, CVs, council decisions and
organisation charts around it do not."""
from __future__ import annotations

from pathlib import Path

from kit70 import S20, acroform, orgnr, spaced, write_docx, write_pdf
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
ORD, FAM, OVG = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
NL, MU, HW, EA, DG = "nav_leader", "municipality", "handwritten", "electronic_approval", "digital"


def K(*pairs):
    return [("kv", *p) for p in pairs]


def boxes(names, on):
    return [("box", n, n in on) for n in names]


def mail(owner, fra, sendt, til, emne, kopi=None, vedlegg=None):
    heads = [("Fra", fra), ("Sendt", sendt), ("Til", til)] + ([("Kopi", kopi)] if kopi else []) + \
        [("Emne", emne)] + ([("Vedlegg", vedlegg)] if vedlegg else [])
    return ("mail", owner, heads)


def em01(out: Path):
    o = orgnr("97452103")
    items = [("lines", ["Gjøvik kommune", "Helse og velferd", "Postboks 630, 2810 Gjøvik"]),
             ("lines", ["Statsforvalteren i Innlandet", "Postboks 987", "2604 Lillehammer"]),
             ("p", "Vår ref.: 20/1187-3        Saksbehandler: Tor Inge Bakken, tlf. 61 18 93 27        Dato: 31.01.2020"),
             ("h2", "Oversendelse av søknad fra Nav Gjøvik – tilskudd til utvikling av sosiale tjenester 2020"),
             ("p", "Vedlagt oversendes søknad fra Nav Gjøvik om tilskudd til prosjektet «Arbeidslaget». Saken ble drøftet "
                   "i kommunens ledergruppe 21. januar 2020, og Gjøvik kommune stiller seg bak søknaden. Kommunen dekker "
                   "kontorplass og administrasjon innenfor eget budsjett."),
             ("p", "Spørsmål om oversendelsen kan rettes til undertegnede."),
             ("lines", ["Med hilsen", "", "Tor Inge Bakken", "spesialrådgiver, Helse og velferd"]),
             ("p", "Vedlegg: 1. Søknadsskjema   2. Budsjett 2020–2022"), ("break",),
             ("h1", "Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret"), ("h2", "1  Om søker")]
    items += K(("Nav-kontor", "Nav Gjøvik"), ("Kommune", "Gjøvik"), ("Organisasjonsnummer", spaced(o)),
               ("Kontaktperson for prosjektet", "Hilde Marie Sveen"), ("E-post", "hilde.marie.sveen@nav.no"),
               ("Telefon", "482 17 760"))
    items += [("h2", "2  Om prosjektet")] + K(("Prosjektets navn", "Arbeidslaget"),
                                             ("Nytt prosjekt eller videreføring", "Nytt prosjekt"),
                                             ("Ønsket oppstart", "01.03.2020"), ("Stillingsprosent", "100 %"))
    items += [("h2", "3  Søknadsbeløp for 2020")] + K(("Lønn og sosiale utgifter", "kr 600 000"),
                                                      ("Prosjektspesifikk kompetanse", "kr 10 000"),
                                                      ("Sum søknadsbeløp", "kr 610 000"))
    items += [("h2", "4  Prioriterte områder")] + boxes((A1, A2, A3), {A1})
    items += [("h2", "5  Nettverk og evaluering"), ("yn", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", True),
              ("yn", "Ønsker kontoret ekstern prosessevaluering?", False), ("h2", "6  Underskrift"),
              ("sig", [{"head": "Nav-leder", "above": ["Gjøvik, 28.01.2020"], "ink": "em01a", "under": ["Randi Hovde"]},
                       {"head": "Kommunedirektør", "above": ["Gjøvik, 29.01.2020"], "ink": "em01b",
                        "under": ["Kjell Arne Dahl"]}]), ("break",),
              ("h2", "Vedlegg 2 – Budsjett for prosjektperioden 2020–2022"),
              ("p", "Beløpene for 2021 og 2022 er anslag med forventet lønnsvekst og gjelder eventuelle videreføringer."),
              ("table", [["Post", "2020", "2021", "2022"], ["Prosjektkoordinator, 100 % stilling", "600 000", "618 000", "636 500"],
                         ["Kompetanse (veiledning, evaluering)", "10 000", "10 000", "10 000"],
                         ["Sum", "610 000", "628 000", "646 500"]])]
    write_docx(items, out, "table", "Calibri")
    return truth("em01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Hilde Marie Sveen", "hilde.marie.sveen@nav.no", "48217760"),
                 project=("Arbeidslaget", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[ORD], interest=(True, False),
                 sigs=[(NL, "Randi Hovde", "Nav-leder", "2020-01-28", HW),
                       (MU, "Kjell Arne Dahl", "Kommunedirektør", "2020-01-29", HW)],
                 notes=["bundle: municipal cover letter (typed adviser, dated 31.01.2020, own phone) in front, three-year "
                        "budget behind whose 2021/2022 columns (628 000 / 646 500) would break the cap if read"])


def em02(out: Path):
    o = orgnr("99110834", valid=False)
    items = [("h1", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
             ("p", "Skjemaet skal sendast til Statsforvaltaren i Vestland innan 1. februar 2020."), ("h2", "Søkjar")]
    items += K(("Nav-kontor", "Nav Sunnfjord"), ("Kommune", "Sunnfjord"), ("Org.nr.", o), ("Kontaktperson", "Eirik Solheim"),
               ("E-post", "eirik.solheim@nav.no"), ("Telefon", "905 66 312"))
    items += [("h2", "Prosjektet")] + K(("Prosjektnamn", "Ungdomslosen i Sunnfjord"), ("Ny/vidareføring", "Nytt prosjekt"),
                                        ("Oppstart", "01.04.2020"), ("Stillingsdel", "Ei stilling, 100 %"))
    items += [("h2", "Budsjett 2020")] + K(("Løn og sosiale kostnader", "590 000"), ("Kompetanse", "10 000"),
                                           ("Sum omsøkt", "600 000"))
    items += [("h2", "Prioriterte område"), ("yn", N1, False), ("yn", N2, True), ("yn", N3, True),
              ("h2", "Interesse"), ("yn", "Nettverk/klyngjesamarbeid", True), ("yn", "Ekstern prosessevaluering", False),
              ("h2", "Underskrift"),
              ("sig", [{"head": "Nav-leiar", "above": ["Førde, 27.01.2020"], "ink": "em02a", "under": ["Oddbjørg Hegg"]},
                       {"head": "Kommunedirektør", "above": ["Førde, 29.01.2020"], "ink": "em02b",
                        "under": ["Ragnhild Vie"]}]), ("break",),
              ("h1", "Vedlegg: Stillingsomtale – prosjektmedarbeidar «Ungdomslosen»"),
              ("p", "Nav Sunnfjord lyser ut ei mellombels 100 % stilling som prosjektmedarbeidar i prosjektperioden "
                    "1.4.2020–31.3.2021, med atterhald om tilskot frå Statsforvaltaren."),
              ("p", "Arbeidsoppgåver: tett oppfølging av ungdom mellom 16 og 25 år som har falle ut av vidaregåande skule, "
                    "samarbeid med skulane, oppfølgingstenesta og lokale arbeidsgjevarar."),
              ("p", "Kvalifikasjonar: høgare utdanning innan helse- og sosialfag. Erfaring frå arbeid med ungdom er ein fordel."),
              ("p", "Løn: etter avtale, innanfor lønsramma 480 000–540 000 kroner."),
              ("p", "Næraste leiar er Nav-leiar Oddbjørg Hegg, tlf. 57 72 24 00. Søknadsfrist: 15. mars 2020.")]
    write_docx(items, out, "grid4", "Arial", 10)
    return truth("em02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Eirik Solheim", "eirik.solheim@nav.no", "90566312"),
                 project=("Ungdomslosen i Sunnfjord", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000}, prio=[FAM, OVG], interest=(True, False),
                 sigs=[(NL, "Oddbjørg Hegg", "Nav-leiar", "2020-01-27", HW),
                       (MU, "Ragnhild Vie", "Kommunedirektør", "2020-01-29", HW)],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: org number check digit wrong", "four-column grid, Ja/Nei boxes per area; job description "
                        "behind with its own salary range, the leader's phone and a date after the deadline (15. mars)"])


def em03(out: Path):
    o = orgnr("97419651")
    items = [("h1", "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020"),
             ("small", "Klikk eller trykk i de grå feltene for å skrive inn tekst.")]
    items += K(("Søker (Nav-kontor)", "Nav Halden"), ("Kommune", "Halden"), ("Organisasjonsnummer", o),
               ("Kontaktperson", "Jon Erik Strand"), ("E-post", "Jon.Erik.Strand@nav.no"), ("Telefon", "69 17 45 20"),
               ("Prosjektnavn", "Ny start Halden"), ("Type søknad", "Videreføring (år 2)"),
               ("Oppstart for søknadsperioden", "01.04.2020", "2020-04-01"), ("Stillingsandel", "90 %"),
               ("Lønn og sosiale kostnader", "549 000"), ("Kompetansemidler", "10 000"), ("Totalt omsøkt beløp", "559 000"))
    items += [("h2", "Prioriterte områder")] + boxes((A1, A2, A3), {A1, A2})
    items += [("h2", "Interesse for")] + boxes(("Nettverk / klyngesamarbeid", "Ekstern prosessevaluering"),
                                               {"Nettverk / klyngesamarbeid", "Ekstern prosessevaluering"})
    items += [("sig", [{"head": "Nav-leder", "above": ["Halden, 24.01.2020"], "ink": "em03a", "under": ["Marianne Holt"]},
                       {"head": "Kommunedirektør", "above": ["Halden, 27.01.2020"], "ink": "em03b", "under": ["Anita Lunde"]}]),
              ("break",), ("h1", "Vedlegg 1 – Statusrapport 2019: «Ny start Halden»"),
              ("p", "Rapporten gjelder første prosjektår. Tilskuddsmottaker: Nav Halden."),
              ("table", [["Opplysning", "2019"], ["Tildelt tilskudd", "kr 427 000"], ["Stillingsandel", "70 %"],
                         ["Prosjektstart", "01.04.2019"], ["Brukt per 31.12.2019", "kr 318 250"],
                         ["Kontaktperson i 2019", "Lise Aas, tlf. 69 17 45 31"]]),
              ("p", "Prosjektet har fulgt opp 23 deltakere, og 9 av dem er i ordinært arbeid eller utdanning. Flere av "
                    "deltakerne kom rett fra soning, og prosjektet har derfor også samarbeidet med kriminalomsorgen om "
                    "løslatelse og bolig."),
              ("p", "Ubrukte midler fra 2019 brukes i tråd med tilsagnsbrevet innen 31.03.2020."),
              ("lines", ["Halden, 15.01.2020", "Marianne Holt", "Nav-leder"])]
    write_docx(items, out, "controls", "Calibri")
    return truth("em03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Jon Erik Strand", "jon.erik.strand@nav.no", "69174520"),
                 project=("Ny start Halden", "continuation", "2020-04-01"), pct=90,
                 amounts={"positions": 549000, "competence": 10000, "total": 559000}, prio=[ORD, FAM], interest=(True, True),
                 sigs=[(NL, "Marianne Holt", "Nav-leder", "2020-01-24", HW),
                       (MU, "Anita Lunde", "Kommunedirektør", "2020-01-27", HW)],
                 notes=["near-miss: 90 % at exactly 549 000; date-picker control; w14 check boxes",
                        "bundle: last year's status report behind (427 000, 70 %, 01.04.2019, another contact, release "
                        "from prison argued, a typed 'Marianne Holt, Nav-leder' closing) -- none of it is the application's"])


def em04(out: Path):
    o = orgnr("97651248")
    items = [("h1", "Tilskot til utvikling av sosiale tenester i Nav – søknadsskjema 2020"), ("h2", "Del 1: Søkjar")]
    items += K(("Namn på Nav-kontoret", "NAV Voss"), ("Kommune", "Voss herad"), ("Organisasjonsnummer", o),
               ("Kontaktperson", "Gunhild Rykkje"), ("E-postadresse", "gunhild.rykkje@nav.no"), ("Telefonnummer", "56 52 38 10"))
    items += [("h2", "Del 2: Prosjektet")] + K(("Tittel på prosjektet", "Heim og arbeid"),
                                               ("Nytt prosjekt eller vidareføring", "Nytt"),
                                               ("Planlagd oppstart", "01.05.2020"), ("Stillingar i prosjektet", "To stillingar à 50 %"))
    items += [("h2", "Del 3: Budsjett")] + K(("Løn inkl. sosiale kostnader", "610 000"), ("Kompetanse", "10 000"),
                                             ("Eigendel frå kommunen", "120 000"), ("Søknadssum", "620 000"))
    items += [("h2", "Del 4: Prioriterte område")] + boxes((N1, N2, N3), {N2})
    items += [("h2", "Del 5: Nettverk og evaluering"), ("yn", "Interesse for nettverk/klyngjesamarbeid", False),
              ("yn", "Interesse for ekstern prosessevaluering", True),
              ("sig", [{"head": "Nav-leiar", "above": ["Voss, 23.01.2020"], "ink": "em04a", "under": ["Lars Olav Hjelle"]},
                       {"head": "Kommunedirektør", "above": ["Voss, 24.01.2020"], "ink": "em04b",
                        "under": ["Solveig Kindem"]}]), ("break",),
              ("lines", ["VOSS HERAD", "Særutskrift"]), ("h2", "Sak 004/20 – Søknad om tilskot til prosjektet «Heim og arbeid»"),
              ("p", "Formannskapet handsama saka i møte 16.01.2020."),
              ("p", "Vedtak: Formannskapet sluttar seg til at NAV Voss søkjer Statsforvaltaren i Vestland om tilskot til "
                    "prosjektet «Heim og arbeid». Voss herad stiller med ein eigendel på 120 000 kroner i 2020. Dersom "
                    "prosjektet blir vidareført, skal eigendelen vurderast på nytt i budsjettet for 2021."),
              ("p", "Samrøystes vedteke."), ("lines", ["Rett utskrift:", "Voss, 17.01.2020", "Brit Lægreid", "møtesekretær"])]
    write_docx(items, out, "legacy", "Times New Roman")
    return truth("em04", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Gunhild Rykkje", "gunhild.rykkje@nav.no", "56523810"),
                 project=("Heim og arbeid", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=120000,
                 prio=[FAM], interest=(False, True),
                 sigs=[(NL, "Lars Olav Hjelle", "Nav-leiar", "2020-01-23", HW),
                       (MU, "Solveig Kindem", "Kommunedirektør", "2020-01-24", HW)],
                 notes=["near-miss: two 50 % positions at exactly 610 000; own funding 120 000 outside the total",
                        "bundle: the executive committee's decision behind with its own dates and a secretary's name"])


def em05(out: Path):
    o = orgnr("97456332")
    items = [("lines", ["Nav Alta", "Postboks 1203, 9504 Alta", "Org.nr. " + spaced(o)]),
             ("lines", ["Statsforvalteren i Troms og Finnmark", "Postboks 700", "9815 Vadsø"]), ("p", "Alta, 29. januar 2020"),
             ("h2", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Arbeidsvei Alta»"),
             ("p", "Nav Alta søker om tilskudd til det nye prosjektet «Arbeidsvei Alta». Målgruppen er langtidsmottakere av "
                   "økonomisk sosialhjelp som står nær arbeidsmarkedet. Prosjektet skal bruke ordinært arbeidsliv aktivt: "
                   "en jobbspesialist skal bygge avtaler med lokale arbeidsgivere i handel, reiseliv og bygg, og følge opp "
                   "deltakerne på arbeidsplassen."),
             ("p", "Vi søker om midler til en jobbspesialist i 75 % stilling fra 1. april 2020. Stillingsbeskrivelse og CV "
                   "for aktuell kandidat følger vedlagt."),
             ("table", [["Budsjett 2020", "Beløp (kr)"], ["Lønn og sosiale kostnader, jobbspesialist 75 %", "457 500"],
                        ["Kompetanse: kurs i arbeidsgiverkontakt", "10 000"], ["Sum søknadsbeløp", "467 500"]]),
             ("p", "Nav Alta ønsker å være med i nettverk/klyngesamarbeid med andre kontor. Vi ønsker ikke ekstern "
                   "prosessevaluering i denne omgang."),
             ("p", "Kontaktperson for søknaden er veileder Siv Johansen, e-post siv.johansen@nav.no, telefon 78 45 62 14."),
             ("p", "Med vennlig hilsen"),
             ("sig", [{"head": "Nav Alta", "above": ["Alta, 29.01.2020"], "ink": "em05a", "under": ["Bjørnar Mathisen", "Nav-leder"]},
                      {"head": "Alta kommune", "above": ["Alta, 30.01.2020"], "ink": "em05b",
                       "under": ["Ellinor Hætta", "kommunedirektør"]}]),
             ("p", "Vedlegg: 1. Stillingsbeskrivelse   2. CV"), ("break",),
             ("h2", "Vedlegg 1 – Stillingsbeskrivelse: jobbspesialist (75 %)"),
             ("p", "Engasjement i 75 % stilling fra 1. april 2020 til 31. mars 2021, med mulighet for forlengelse dersom "
                   "prosjektet videreføres."),
             ("p", "Arbeidsoppgaver: kartlegge deltakernes ønsker og ressurser, ta kontakt med arbeidsgivere og følge opp "
                   "deltaker og arbeidsgiver etter oppstart."),
             ("p", "Lønn etter avtale, stillingskode 1434 rådgiver. Nærmeste leder: Nav-leder Bjørnar Mathisen, tlf. 78 45 60 01."),
             ("break",), ("h2", "Vedlegg 2 – CV"),
             ("table", [["Navn", "Kristoffer Eira"], ["Født", "14.03.1986"], ["Telefon", "986 43 210"],
                        ["E-post", "kristoffer.eira@gmail.com"]]),
             ("p", "Utdanning: Bachelor i sosialt arbeid, UiT Norges arktiske universitet (2010)."),
             ("p", "Arbeidserfaring: 2016–2020 veileder, Nav Alta (100 %). 2011–2016 miljøarbeider, Alta kommune (80 %).")]
    write_docx(items, out, "letter", "Cambria")
    return truth("em05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Siv Johansen", "siv.johansen@nav.no", "78456214"),
                 project=("Arbeidsvei Alta", "new", "2020-04-01"), pct=75,
                 amounts={"positions": 457500, "competence": 10000, "total": 467500}, prio=[ORD], interest=(True, False),
                 sigs=[(NL, "Bjørnar Mathisen", "Nav-leder", "2020-01-29", HW),
                       (MU, "Ellinor Hætta", "Kommunedirektør", "2020-01-30", HW)],
                 notes=["near-miss: 75 % at exactly 457 500", "bundle: job description (leader's phone) and a CV (birth "
                        "date, private phone and e-mail, earlier 100 %/80 % jobs) behind the letter"])


def em06(out: Path):
    o = orgnr("97430720")
    items = [("lines", ["NAV Sogndal", "Postboks 153, 6851 Sogndal"]),
             ("lines", ["Statsforvaltaren i Vestland", "Njøsavegen 2", "6863 Leikanger"]),
             ("h2", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Saman om fyrste jobb»"),
             ("p", f"NAV Sogndal (org.nr. {o}) søkjer med dette om tilskot til det nye prosjektet «Saman om fyrste jobb». "
                   "Sogndal kommune har dei siste åra busett mange flyktningar, og mange av dei vaksne innvandrarane har "
                   "enno ikkje fått fast arbeid. Prosjektet skal gje desse familiane tett og heilskapleg oppfølging, med ein "
                   "fast kontaktperson som samarbeider med flyktningtenesta og vaksenopplæringa."),
             ("p", "Vi søkjer om ei 80 % stilling som familiekoordinator frå 1. mars 2020. Vi søkjer om 488 000 kroner til løn "
                   "og sosiale kostnader og 10 000 kroner til kompetanse, til saman 498 000 kroner."),
             ("p", "NAV Sogndal ønskjer å vere med i nettverk/klyngjesamarbeid og ønskjer òg ekstern prosessevaluering."),
             ("p", "Kontaktperson: Solveig Kvåle, tlf. 57 62 91 40, e-post solveig.kvale@nav.no."), ("p", "Med helsing"),
             ("sig", [{"head": "Nav-leiar", "above": ["Sogndal, 30.01.2020"], "ink": "em06a", "under": ["Anders Hauge"]},
                      {"head": "Kommunedirektør", "above": ["Sogndal, 04.02.2020"], "ink": "em06b", "under": ["Åshild Nes"]}]),
             ("p", "Vedlegg: Organisasjonskart for helse og velferd"), ("break",),
             ("h2", "Organisasjonskart – helse og velferd, Sogndal kommune (oppdatert 12.12.2019)"),
             ("table", [["Nivå", "Eining", "Leiar"], ["1", "Kommunedirektør", "Åshild Nes"],
                        ["2", "Kommunalsjef helse og velferd", "Geir Berge"],
                        ["3", "NAV Sogndal (kommunal del)", "Anders Hauge, Nav-leiar"], ["3", "Flyktningtenesta", "Eli Hovland"],
                        ["3", "Helse og omsorg", "Tone Fimreite"],
                        ["4", "Prosjekt «Saman om fyrste jobb» (80 %)", "Prosjektkoordinator, rapporterer til Nav-leiar"]])]
    write_docx(items, out, "letter", "Georgia")
    return truth("em06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Solveig Kvåle", "solveig.kvale@nav.no", "57629140"),
                 project=("Saman om fyrste jobb", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000}, prio=[FAM], interest=(True, True),
                 sigs=[(NL, "Anders Hauge", "Nav-leiar", "2020-01-30", HW),
                       (MU, "Åshild Nes", "Kommunedirektør", "2020-02-04", HW)],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: municipal signature dated 04.02.2020", "organisation chart behind naming both signers again"])


def em07(out: Path):
    o = orgnr("97452818")
    items = [mail("Bente Strøm", "Bente Strøm <bente.strom@rana.kommune.no>", "fredag 31. januar 2020 13:42",
                  "Statsforvalteren i Nordland <sfnopost@statsforvalteren.no>",
                  "Søknad – tilskudd til utvikling av sosiale tjenester 2020 – Nav Rana",
                  kopi="Frode Nygård <frode.nygard@nav.no>", vedlegg="Søknad Nav Rana 2020.pdf"),
             ("p", "Hei,"),
             ("p", "Vedlagt oversendes søknad fra Nav Rana om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for "
                   "2020. Søknaden er godkjent av Nav-leder og kommunedirektør i kommunens saksbehandlingssystem."),
             ("p", "Ta gjerne kontakt dersom dere trenger flere opplysninger."),
             ("lines", ["Med vennlig hilsen", "Bente Strøm", "konsulent, kommunedirektørens stab", "Rana kommune",
                        "Tlf. 75 14 50 27 | Mobil 917 33 408", "www.rana.kommune.no"]),
             ("small", "Denne e-posten kan inneholde informasjon som er taushetsbelagt. Dersom du ikke er rett mottaker, ber vi "
                       "deg slette e-posten og gi beskjed til avsender."), ("break",),
             ("h1", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"), ("h2", "A. Søker")]
    items += K(("Nav-kontor", "NAV Rana"), ("Kommune", "Rana"), ("Organisasjonsnr.", o), ("Kontaktperson", "Hege Bjørnstad"),
               ("Kontaktpersonens e-post", "hege.bjornstad@nav.no"), ("Kontaktpersonens telefon", "75 14 58 62"))
    items += [("h2", "B. Prosjekt")] + K(("Prosjektets navn", "Jobbhuset Mo"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
                                         ("Oppstart", "1. juni 2020"), ("Stillingsressurs", "150 % (to stillinger)"))
    items += [("h2", "C. Stillinger og budsjett for 2020"),
              ("table", [["Stilling", "Stillingsprosent", "Lønn og sosiale kostnader"], ["Jobbkonsulent", "100 %", "610 000"],
                         ["Ungdomsveileder", "50 %", "305 000"], ["Sum stillinger", "150 %", "915 000"]], [0.4, 0.25, 0.35])]
    items += K(("Kompetanse (prosjektspesifikk)", "10 000"), ("Totalt søknadsbeløp", "925 000"))
    items += [("h2", "D. Prioriterte områder"), ("yn", A1, True), ("yn", A2, False), ("yn", A3, True),
              ("h2", "E. Nettverk og evaluering"), ("yn", "Nettverk/klyngesamarbeid", True),
              ("yn", "Ekstern prosessevaluering", True), ("h2", "F. Godkjenning"),
              ("p", "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer."),
              ("table", [["Godkjent av", "Rolle", "Dato"], ["Frode Nygård", "Nav-leder, Nav Rana", "27.01.2020"],
                         ["Trude Lillegård", "Kommunedirektør, Rana kommune", "29.01.2020"]], [0.3, 0.45, 0.25])]
    write_pdf(items, str(out), font=("LS", "LSB"), x2=250)
    return truth("em07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Rana", "Rana", o),
                 contact=("Hege Bjørnstad", "hege.bjornstad@nav.no", "75145862"),
                 project=("Jobbhuset Mo", "new", "2020-06-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000}, prio=[ORD, OVG], interest=(True, True),
                 sigs=[(NL, "Frode Nygård", "Nav-leder", "2020-01-27", EA),
                       (MU, "Trude Lillegård", "Kommunedirektør", "2020-01-29", EA)],
                 notes=["near-miss: 150 % at exactly 915 000", "bundle: printed e-mail in front from a municipal clerk "
                        "(not the contact), with her phones, a sent date 31.01.2020, the Nav leader in Kopi"])


def em08(out: Path):
    o = orgnr("98765210")
    items = [mail("Statsforvalteren i Møre og Romsdal", "Kari Stensland <kari.stensland@nav.no>",
                  "tirsdag 28. januar 2020 09:14", "Statsforvalteren i Møre og Romsdal <sfmrpost@statsforvalteren.no>",
                  "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – Nav Molde",
                  kopi="Arne Sandvik <arne.sandvik@molde.kommune.no>; Tor Helge Reite <tor.helge.reite@nav.no>"),
             ("p", "Hei,"),
             ("p", "Nav Molde søker med dette om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020. Vi har "
                   "skrevet søknaden direkte i e-posten; opplysningene søknadsskjemaet ber om, står nedenfor.")]
    items += K(("Søker", "Nav Molde, Molde kommune"), ("Org.nr.", spaced(o)), ("Prosjekt", "«Bolig og jobb» – nytt prosjekt"),
               ("Oppstart", "1. april 2020"), ("Stilling", "Én 100 % prosjektstilling (boligsosial jobbveileder)"),
               ("Søknadsbeløp", "Lønn og sosiale kostnader kr 590 000, kompetanse kr 10 000 – til sammen kr 600 000"),
               ("Prioritert område", "Sikring av sårbare overganger (fra rusbehandling og institusjon til egen bolig og arbeid)"),
               ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja"),
               ("Kontaktperson", "Kari Stensland, avdelingsleder – kari.stensland@nav.no, tlf. 948 12 377"))
    items += [("p", "Søknaden er elektronisk godkjent av Nav-leder Tor Helge Reite 27.01.2020 og kommunedirektør Arne Sandvik "
                    "28.01.2020 (sak 20/412 i kommunens arkiv), og har derfor ingen håndskrevne signaturer."),
              ("lines", ["Med vennlig hilsen", "Kari Stensland", "avdelingsleder, Nav Molde", "Tlf. 948 12 377"]),
              ("small", "Nav Molde | nav.no | Denne e-posten er sendt fra Nav og kan inneholde taushetsbelagte opplysninger.")]
    write_pdf(items, str(out), font=("DV", "DVB"), size=9.5, x2=200)
    return truth("em08", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Molde", "Molde", o),
                 contact=("Kari Stensland", "kari.stensland@nav.no", "94812377"),
                 project=("Bolig og jobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000}, prio=[OVG], interest=(True, True),
                 sigs=[(NL, "Tor Helge Reite", "Nav-leder", "2020-01-27", EA),
                       (MU, "Arne Sandvik", "Kommunedirektør", "2020-01-28", EA)],
                 notes=["the application written inline in a printed e-mail (no form); sent 28.01.2020; the sender's "
                        "closing (an avdelingsleder, the contact) is a mail greeting, not a signature"])


def em09(out: Path):
    o = orgnr("97451732")
    before = [("lines", ["LARVIK KOMMUNE", "Velferd", "Postboks 2020, 3255 Larvik"]),
              ("lines", ["Statsforvalteren i Vestfold og Telemark", "Postboks 2076", "3103 Tønsberg"]),
              ("p", "Deres ref.:              Vår ref.: 2020/3391-2              Dato: 30.01.2020"),
              ("h2", "Oversendelse – søknad fra Nav Larvik om tilskudd til utvikling av sosiale tjenester 2020"),
              ("p", "Larvik kommune oversender med dette søknad fra Nav Larvik om tilskudd til prosjektet «Familieløftet "
                    "Larvik». Søknaden er behandlet i kommunalområdets ledermøte 22.01.2020. Kommunen bidrar med kontorplass "
                    "og IKT, se budsjettarket."),
              ("lines", ["Med hilsen", "", "Ole Jacob Lund", "spesialrådgiver, tlf. 33 17 31 47"]),
              ("small", "Dokumentet er elektronisk godkjent og har derfor ingen signatur.")]
    fields = [("Søker", None, None), ("Nav-kontor", "kontor", "Nav Larvik"), ("Kommune", "kommune", "Larvik"),
              ("Organisasjonsnummer", "orgnr", o), ("Kontaktperson", "kontakt", "Camilla Haugen"),
              ("E-post", "epost", "camilla.haugen@nav.no"), ("Telefon", "tlf", "33 17 12 85"), ("Prosjektet", None, None),
              ("Prosjektnavn", "prosjekt", "Familieløftet Larvik"), ("Nytt/videreføring", "type", "Nytt prosjekt"),
              ("Oppstartsdato", "start", "01.03.2020"), ("Stillingsprosent", "prosent", "60"),
              ("Lønn og sosiale kostnader (kr)", "lonn", "366 000"), ("Kompetanse (kr)", "komp", "8 000"),
              ("Sum omsøkt (kr)", "sum", "374 000"), ("Sted og dato, Nav-leder", "dato1", "Larvik, 24.01.2020"),
              ("Sted og dato, kommunedirektør", "dato2", "Larvik, 27.01.2020")]
    bx = [("Prioritert område: " + A1, "p1", False), ("Prioritert område: " + A2, "p2", True),
          ("Prioritert område: " + A3, "p3", False), ("Vi ønsker å delta i nettverk/klyngesamarbeid", "nett", True),
          ("Vi ønsker ekstern prosessevaluering", "eval", False)]
    after = [("h2", "Vedlegg – budsjettark 2020"),
             ("table", [["Kostnad", "Søkt tilskudd", "Kommunen", "Sum"], ["Prosjektleder 60 %", "366 000", "0", "366 000"],
                        ["Kontorplass og IKT", "0", "45 000", "45 000"], ["Kompetanse/veiledning", "8 000", "0", "8 000"],
                        ["Sum", "374 000", "45 000", "419 000"]]),
             ("p", "Kommunens bidrag dekkes innenfor rammen til kommunalområde Velferd.")]
    acroform(before, "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", fields, bx,
             [("Nav-leder", "em09a", ["Gro Anette Berg"]), ("Kommunedirektør", "em09b", ["Jan Erik Torp"])], after, out)
    return truth("em09", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Larvik", "Larvik", o),
                 contact=("Camilla Haugen", "camilla.haugen@nav.no", "33171285"),
                 project=("Familieløftet Larvik", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 8000, "total": 374000}, prio=[FAM], interest=(True, False),
                 sigs=[(NL, "Gro Anette Berg", "Nav-leder", "2020-01-24", HW),
                       (MU, "Jan Erik Torp", "Kommunedirektør", "2020-01-27", HW)],
                 notes=["near-miss: 60 % ('60' without %) at exactly 366 000", "bundle: municipal cover letter with the "
                        "archive footer 'elektronisk godkjent ... ingen signatur' in front; budget sheet behind with a "
                        "municipal column (office/IT 45 000) and a grand total 419 000 that is not the amount applied for"])
