"""The 18 documents of corpus 80: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit80 import S19, S20, acroform, docx_to_pdf, orgnr, pades, scan, tz_dt, write_docx, write_pdf
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
P1, P2, P3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
HNB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"
HNN = "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020"


def _boxes(labels, ticks):
    return [("box", lab, t) for lab, t in zip(labels, ticks)]


def sx01(out: Path):
    o = orgnr("97468213")
    items = [("h", HNB, 1), ("p", "Interkommunalt prosjekt. Sendes Statsforvalteren i Vestfold og Telemark."),
             ("h", "1 Søker"), ("kv", "Nav-kontor (vertskontor)", "NAV Vest-Telemark"), ("kv", "Vertskommune", "Kviteseid"),
             ("kv", "Samarbeidende kommuner", "Fyresdal, Nissedal, Tokke"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Ragnhild Brekke"), ("kv", "E-post", "ragnhild.brekke@nav.no"),
             ("kv", "Telefon", "35 06 81 00"), ("kv", "", ""),
             ("h", "2 Prosjektet"), ("kv", "Prosjektets navn", "Arbeid i distriktet"),
             ("kv", "Ny søknad / videreføring", "Ny søknad"), ("kv", "Oppstart", "01.03.2020"),
             ("kv", "Stillinger", "2 x 100 % jobbspesialist"), ("kv", "Lønn og sos. kostnader", "1 220 000"),
             ("kv", "Kompetansemidler", "10 000"), ("kv", "Søknadsbeløp i alt", "1 230 000"),
             ("h", "3 Prioritert område"), *_boxes([A1, A2, A3], [True, False, False]),
             ("h", "4 Deltakelse"), ("box", "Vi er interessert i nettverk/klyngesamarbeid", True),
             ("box", "Vi er interessert i ekstern prosessevaluering", False),
             ("h", "5 Underskrifter (vertskommune og samarbeidskommuner)"),
             ("sig", [{"head": "Leder NAV Vest-Telemark", "ink": "sx01a", "under": ["Olav Haugland", "Kviteseid, 24.01.2020"]},
                      {"head": "Kommunedirektør Kviteseid", "ink": "sx01b", "under": ["Tone Lia Midtbø", "Kviteseid, 27.01.2020"]},
                      {"head": "Kommunedirektør Fyresdal", "ink": "sx01c", "under": ["Kjetil Homme", "Fyresdal, 28.01.2020"]},
                      {"head": "Rådmann Nissedal", "ink": "sx01d", "under": ["Hege Tveiten", "Treungen, 29.01.2020"]},
                      {"head": "Kommunedirektør Tokke", "ink": "sx01e", "under": ["Arne Bergland", "Dalen, 30.01.2020"]}])]
    write_docx(items, out, "grid")
    return truth("sx01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Vest-Telemark", "Kviteseid", o),
                 contact=("Ragnhild Brekke", "ragnhild.brekke@nav.no", "35068100"),
                 project=("Arbeid i distriktet", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000}, prio=[P1], interest=(True, False),
                 sigs=[("nav_leader", "Olav Haugland", "Leder NAV Vest-Telemark", "2020-01-24", "handwritten"),
                       ("municipality", "Tone Lia Midtbø", "Kommunedirektør Kviteseid", "2020-01-27", "handwritten"),
                       ("municipality", "Kjetil Homme", "Kommunedirektør Fyresdal", "2020-01-28", "handwritten"),
                       ("municipality", "Hege Tveiten", "Rådmann Nissedal", "2020-01-29", "handwritten"),
                       ("municipality", "Arne Bergland", "Kommunedirektør Tokke", "2020-01-30", "handwritten")],
                 notes=["near-miss: inter-municipal, host Kviteseid + 3 partner municipalities each signing; "
                        "200 % at exactly 1 220 000; label/value pairs two to a row"])


def sx02(out: Path):
    o = orgnr("97654328")
    items = [("h", HNN, 1), ("kv", "1.1 Kva Nav-kontor søkjer?", "Nav Luster"), ("kv", "1.2 Kommune", "Luster kommune"),
             ("kv", "1.3 Organisasjonsnummer", o[:3] + " " + o[3:6] + " " + o[6:]),
             ("kv", "1.4 Kontaktperson (namn, e-post, telefon)", "Synnøve Hauge – synnove.hauge@nav.no – 57 68 55 00"),
             ("kv", "2.1 Namnet på prosjektet", "Heile vegen"),
             ("kv", "2.2 Er dette eit nytt prosjekt eller ei vidareføring?", "Vidareføring – prosjektet går no inn i sitt tredje og siste år"),
             ("kv", "2.3 Når startar prosjektåret?", "1. januar 2020"),
             ("kv", "2.4 Kor stor stillingsressurs blir det søkt om?", "Ei stilling (100 %)"),
             ("p", "2.5 Budsjett. Tidlegare år er tekne med til orientering; det blir søkt om midlar for 2020."),
             ("table", [["Post", "2018 (tildelt)", "2019 (tildelt)", "2020 (søkt)"],
                        ["Løn og sosiale kostnader", "560 000", "585 000", "600 000"],
                        ["Kompetansemidlar", "10 000", "10 000", "10 000"],
                        ["Sum", "570 000", "595 000", "610 000"]]),
             ("p", "3. Kva prioriterte område rettar prosjektet seg mot?"), *_boxes([N1, N2, N3], [False, True, True]),
             ("p", "4. Ynskjer kontoret å vere med i nettverk/klyngjesamarbeid og ekstern prosessevaluering?"),
             ("box", "Nettverk/klyngjesamarbeid", True), ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "Nav-leiar", "ink": "sx02a", "under": ["Gaupne 21.01.2020", "Ivar Bøen"]},
                      {"head": "Kommunedirektør", "ink": "sx02b", "under": ["Gaupne 23.01.2020", "Jorunn Sørheim"]}])]
    write_docx(items, out, "qa", "Arial")
    return truth("sx02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Luster", "Luster", o),
                 contact=("Synnøve Hauge", "synnove.hauge@nav.no", "57685500"),
                 project=("Heile vegen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[P2, P3], interest=(True, True),
                 sigs=[("nav_leader", "Ivar Bøen", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Jorunn Sørheim", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: third and last year of a continuation (allowed); budget table with 2018/2019 "
                        "columns, only the 2020 column is applied for"])


def sx03(out: Path):
    o = orgnr("97412785")
    items = [("h", HNB, 1), ("p", "Oslo kommune – søknaden signeres av leder for Nav-kontoret og bydelsdirektør."),
             ("kv", "Nav-kontor", "Nav Gamle Oslo"), ("kv", "Bydel / kommune", "Bydel Gamle Oslo, Oslo kommune"),
             ("kv", "Organisasjonsnummer", o), ("kv", "Kontaktperson", "Amir Haddad"),
             ("kv", "E-post", "amir.haddad@nav.no"), ("kv", "Telefon", "23 43 10 00"),
             ("kv", "Prosjektnavn", "Familieløftet Tøyen"), ("kv", "Nytt prosjekt / videreføring", "Nytt prosjekt"),
             ("kv", "Ønsket oppstart", "01.04.2020"), ("kv", "Stillingsandel totalt", "150 % (familiekoordinator 100 %, jobbspesialist 50 %)"),
             ("table", [["Budsjettpost", "Stilling", "Beløp"], ["Familiekoordinator", "100 %", "600 000"],
                        ["Jobbspesialist", "50 %", "300 000"], ["Kompetanse (prosessveiledning)", "", "10 000"],
                        ["Sum søkt", "", "910 000"]]),
             ("h", "Prioriterte områder"), ("box", A1, True), ("box", A2, True), ("box", A3, False),
             ("box", "Ønsker nettverk/klyngesamarbeid", False), ("box", "Ønsker ekstern prosessevaluering", True),
             ("sig", [{"head": "Leder Nav Gamle Oslo", "ink": "sx03a", "under": ["Navn: Kari Solbakken", "Dato: 28.01.2020"]},
                      {"head": "Bydelsdirektør", "ink": "sx03b", "under": ["Navn: Per Arne Ødegård", "Dato: 29.01.2020"]}])]
    write_docx(items, out, "controls", "Calibri")
    return truth("sx03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Gamle Oslo", "Oslo", o),
                 contact=("Amir Haddad", "amir.haddad@nav.no", "23431000"),
                 project=("Familieløftet Tøyen", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000}, prio=[P1, P2], interest=(False, True),
                 sigs=[("nav_leader", "Kari Solbakken", "Leder Nav Gamle Oslo", "2020-01-28", "handwritten"),
                       ("municipality", "Per Arne Ødegård", "Bydelsdirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: Oslo bydel, bydelsdirektør signs for the municipality; competence line inside "
                        "the position table"])


def sx04(out: Path):
    o = orgnr("97321459")
    items = [("h", HNN, 1), ("p", "Del A – søkjar"), ("kv", "Nav-kontor", "NAV Sunnfjord"), ("kv", "Kommune", "Sunnfjord"),
             ("kv", "Org.nr.", o), ("kv", "Kontaktperson", "Eldbjørg Vie"), ("kv", "E-post", "eldbjorg.vie@nav.no"),
             ("kv", "Telefon", "57 72 35 00"), ("p", "Del B – prosjektet"), ("kv", "Prosjektnamn", "Ung og i arbeid"),
             ("kv", "Søknadstype", "Vidareføring – 4. prosjektår (starta 2017)"), ("kv", "Oppstart for perioden", "01.01.2020"),
             ("kv", "Stillingsprosent", "100 %"), ("kv", "Løn inkl. sosiale kostnader", "kr 600 000"),
             ("kv", "Kompetansemidlar", "kr 10 000"), ("kv", "Samla søknadssum", "kr 610 000"),
             ("p", "Del C – prioriterte område"), *_boxes([N1, N2, N3], [True, True, False]),
             ("p", "Del D"), ("box", "Interessert i nettverk/klyngjesamarbeid", False),
             ("box", "Interessert i ekstern prosessevaluering", False),
             ("sig", [{"head": "Nav-leiar", "ink": "sx04a", "under": ["Førde, 29.01.2020", "Trond Erik Solheim"]},
                      {"head": "Kommunedirektør", "ink": "sx04b", "under": ["Førde, 30.01.2020", "Sølvi Ness"]}])]
    write_docx(items, out, "legacy", "Times New Roman")
    return truth("sx04", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Eldbjørg Vie", "eldbjorg.vie@nav.no", "57723500"),
                 project=("Ung og i arbeid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[P1, P2], interest=(False, False),
                 sigs=[("nav_leader", "Trond Erik Solheim", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Sølvi Ness", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["CONTINUATION_LIMIT"], notes=["defect: fourth project year of a continuation"])


def sx05(out: Path):
    o = orgnr("97451071")
    items = [("p", f"Nav Larvik\nPostboks 2020, 3255 Larvik\nOrganisasjonsnummer {o}"),
             ("p", "Statsforvalteren i Vestfold og Telemark\nv/ sosialavdelingen"), ("p", "Larvik, 29. januar 2020"),
             ("h", "Søknad om tilskudd 2020 – prosjekt «Sammen om jobb»"),
             ("p", "Nav Larvik søker om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for et nytt prosjekt "
                   "som skal bruke ordinære arbeidsplasser i Larvik til å få langtidsmottakere av sosialhjelp over i "
                   "lønnet arbeid. Vi søker om to hele stillinger som jobbspesialister fra 1. april 2020."),
             ("p", "Budsjettet under viser hele prosjektets kostnader. Kommunen dekker en egenandel, og Vestfold og "
                   "Telemark fylkeskommune har gitt tilsagn om et bidrag til arbeidsgiversamarbeidet. Beløp i 1000 kr."),
             ("table", [["Post (beløp i 1000 kr)", "Kostnad", "Egenandel Larvik kommune", "Fylkeskommunen", "Søkt fra ordningen"],
                        ["Lønn og sosiale kostnader, 2 stillinger", "1 520", "200", "100", "1 220"],
                        ["Kompetanse", "10", "0", "0", "10"],
                        ["Sum", "1 530", "200", "100", "1 230"]]),
             ("p", "Kontoret ønsker å delta i nettverk med andre prosjekter og stiller seg positiv til ekstern "
                   "prosessevaluering. Kontaktperson er Marius Kittelsen, marius.kittelsen@nav.no, tlf. 33 17 26 00."),
             ("p", "Med hilsen\nNav Larvik"),
             ("p", "Dokumentet er elektronisk godkjent av Nav-leder Henriette Aas 29.01.2020 og kommunedirektør "
                   "Jan Erik Sandvik 30.01.2020, og har derfor ikke håndskrevne signaturer.")]
    write_docx(items, out, "letter", "Georgia")
    return truth("sx05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Larvik", "Larvik", o),
                 contact=("Marius Kittelsen", "marius.kittelsen@nav.no", "33172600"),
                 project=("Sammen om jobb", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000}, own_funding=200000,
                 prio=[P1], interest=(True, True),
                 sigs=[("nav_leader", "Henriette Aas", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Jan Erik Sandvik", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: budget in thousands with own funding and a county contribution beside the grant; "
                        "the applied column is exactly at the 200 % cap"])


def sx06(out: Path):
    o = orgnr("97318961")
    items = [("p", f"Nav Valdres\nVertskommune: Nord-Aurdal\nOrg.nr. {o}"), ("p", "Statsforvaltaren i Innlandet"),
             ("p", "Fagernes, 27. januar 2020"),
             ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Ungdomsloset Valdres»"),
             ("p", "Nav Valdres er eit interkommunalt Nav-kontor for Nord-Aurdal, Sør-Aurdal, Etnedal og Vestre Slidre, "
                   "med Nord-Aurdal som vertskommune. Vi søkjer om midlar til eit nytt prosjekt der to ungdomslosar "
                   "skal fylgje opp unge mellom 16 og 25 år som står utanfor skule og arbeid, frå 1. mars 2020."),
             ("p", "Vi søkjer om to stillingar. Løn og sosiale kostnader er rekna til 630 000 kroner per stilling, "
                   "til saman 1 260 000 kroner. I tillegg søkjer vi om 10 000 kroner i kompetansemidlar, slik at "
                   "samla søknadssum blir 1 270 000 kroner."),
             ("p", "Kontoret ynskjer å vere med i nettverk, men ikkje i ekstern prosessevaluering."),
             ("p", "Kontaktperson: Gudrun Hovda, gudrun.hovda@nav.no, telefon 61 36 30 00."),
             ("p", "Med helsing"),
             ("p", "Dokumentet er elektronisk godkjent av Nav-leiar Øystein Skrindo (27.01.2020), kommunedirektør i "
                   "Nord-Aurdal Hilde Ødegaard (28.01.2020) og kommunedirektør i Vestre Slidre Lars Kvalvik "
                   "(28.01.2020), og har difor ikkje handskrivne signaturar.")]
    write_docx(items, out, "letter", "Cambria")
    return truth("sx06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Valdres", "Nord-Aurdal", o),
                 contact=("Gudrun Hovda", "gudrun.hovda@nav.no", "61363000"),
                 project=("Ungdomsloset Valdres", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1260000, "competence": 10000, "total": 1270000}, prio=[P2], interest=(True, False),
                 sigs=[("nav_leader", "Øystein Skrindo", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Hilde Ødegaard", "Kommunedirektør", "2020-01-28", "electronic_approval"),
                       ("municipality", "Lars Kvalvik", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 1 260 000 for 200 % is over the 1 220 000 cap; "
                                                      "inter-municipal office, two municipalities approve"])


def sx07(out: Path):
    o = orgnr("97259103")
    items = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019"),
             ("p", "Søknadsfrist 1. februar 2019. Sendes Fylkesmannen i Nordland."),
             ("kv", "NAV-kontor", "NAV Fauske"), ("kv", "Kommune", "Fauske"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Linda Strømsnes"), ("kv", "E-post", "linda.stromsnes@nav.no"),
             ("kv", "Telefon", "75 60 44 00"), ("kv", "Prosjektets navn", "Tidlig inn – Fauske"),
             ("kv", "Nytt prosjekt eller videreføring", "Nytt"), ("kv", "Planlagt oppstart", "01.05.2019"),
             ("kv", "Stillingsprosent", "80 %"), ("kv", "Lønn og sosiale kostnader", "kr 470 000"),
             ("kv", "Kompetansemidler", "kr 10 000"), ("kv", "Totalt søknadsbeløp", "kr 480 000"),
             ("h", "Prioriterte områder 2019", 2), *_boxes([A1, A2, A3], [False, False, True]),
             ("box", "Ønsker nettverk/klyngesamarbeid", True), ("box", "Ønsker ekstern prosessevaluering", False),
             ("space",),
             ("sig", [{"head": "Leder NAV Fauske", "ink": "sx07a", "under": ["Geir Olsen", "Fauske, 25.01.2019"]},
                      {"head": "Rådmann", "ink": "sx07b", "under": ["Mona Johansen", "Fauske, 30.01.2019"]}])]
    write_pdf(items, out, style="ruled", font=("DVS", "DVSB"))
    return truth("sx07", "pdf", "pdf-handwritten", lang="nb", scheme=S19, office=("Nav Fauske", "Fauske", o),
                 contact=("Linda Strømsnes", "linda.stromsnes@nav.no", "75604400"),
                 project=("Tidlig inn – Fauske", "new", "2019-05-01"), pct=80,
                 amounts={"positions": 470000, "competence": 10000, "total": 480000}, prio=[P3], interest=(True, False),
                 sigs=[("nav_leader", "Geir Olsen", "Leder NAV Fauske", "2019-01-25", "handwritten"),
                       ("municipality", "Mona Johansen", "Rådmann", "2019-01-30", "handwritten")],
                 notes=["near-miss: a 2019 application (deadline 1 Feb 2019), signed before it; amounts under any cap; "
                        "'NAV', 'Fylkesmannen', 'rådmann'"])


def sx08(out: Path):
    o = orgnr("97226019")
    items = [("h", HNN), ("p", "Fylt ut av Nav Kvinnherad. Alle beløp i heile kroner."),
             ("kv", "Søkjar (Nav-kontor)", "Nav Kvinnherad"), ("kv", "Kommune", "Kvinnherad"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Kjellaug Tveit"), ("kv", "E-post", "kjellaug.tveit@nav.no"),
             ("kv", "Mobil", "482 19 733"), ("kv", "Prosjektnamn", "Bu og jobb"), ("kv", "Ny / vidareføring", "Nytt prosjekt"),
             ("kv", "Oppstart", "01.06.2020"), ("kv", "Stillingsressurs", "Ei stilling, 100 %"),
             ("h", "Budsjett for prosjektperioden", 1),
             ("table", [["Post", "2020", "2021", "2022"], ["Prosjektkoordinator 100 %, løn og sos. kostn.", "590 000",
                        "605 000", "620 000"], ["Kompetansemidlar (rettleiing)", "10 000", "10 000", "10 000"],
                        ["Sum per år", "600 000", "615 000", "630 000"]]),
             ("p", "Det blir berre søkt om midlar for 2020 (600 000 kroner). Tala for 2021 og 2022 er plantal."),
             ("h", "Prioriterte område", 1), *_boxes([N1, N2, N3], [True, False, True]),
             ("box", "Nettverk/klyngjesamarbeid: ja", False), ("box", "Ekstern prosessevaluering: ja", False),
             ("p", "Dokumentet er elektronisk godkjent av Nav-leiar Arvid Eide 30.01.2020 og kommunalsjef for helse "
                   "og omsorg Marit Husa 31.01.2020.")]
    write_pdf(items, out, style="boxed")
    return truth("sx08", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Kvinnherad", "Kvinnherad", o),
                 contact=("Kjellaug Tveit", "kjellaug.tveit@nav.no", "48219733"),
                 project=("Bu og jobb", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000}, prio=[P1, P3], interest=(False, False),
                 sigs=[("nav_leader", "Arvid Eide", "Nav-leiar", "2020-01-30", "electronic_approval"),
                       ("municipality", "Marit Husa", "Kommunalsjef for helse og omsorg", "2020-01-31", "electronic_approval")],
                 notes=["near-miss: three-year budget, later years rise over 610 000 but only 2020 is applied for; "
                        "boxed-field layout; interest boxes left empty (false)"])


def sx09(out: Path):
    o = orgnr("97411983")
    items = [("h", HNB), ("p", "Oslo: søknaden signeres av Nav-leder og bydelsdirektør."),
             ("kv", "Søker", "Nav Grorud"), ("kv", "Kommune/bydel", "Oslo kommune, bydel Grorud"), ("kv", "Org.nr", o),
             ("kv", "Kontaktperson", "Sindre Bakke"), ("kv", "E-post", "sindre.bakke@nav.no"), ("kv", "Telefon", "21 07 17 00"),
             ("kv", "Prosjekt", "Grorud jobber"), ("kv", "Type", "Nytt prosjekt"), ("kv", "Oppstart", "15.03.2020"),
             ("kv", "Stillinger", "2 stillinger à 100 %"), ("kv", "Lønn inkl. sosiale utgifter", "1 200 000"),
             ("kv", "Kompetanse", "10 000"), ("kv", "Omsøkt beløp", "1 210 000"),
             ("kv", "Bydelens egenfinansiering", "150 000 (ikke omsøkt)"),
             ("h", "Prioriterte områder", 1), *_boxes([A1, A2, A3], [True, True, True]),
             ("box", "Nettverk / klyngesamarbeid", True), ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "Leder Nav Grorud", "ink": "sx09a", "under": ["Anette Moe", "Oslo, 30.01.2020"]},
                      {"head": "Bydelsdirektør, bydel Grorud", "ink": "sx09b", "under": ["Thomas Wiik", "Oslo, 31.01.2020"]}])]
    write_pdf(items, out, style="boxed", font=("LS", "LSB"))
    return truth("sx09", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Grorud", "Oslo", o),
                 contact=("Sindre Bakke", "sindre.bakke@nav.no", "21071700"),
                 project=("Grorud jobber", "new", "2020-03-15"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000}, own_funding=150000,
                 prio=[P1, P2, P3], interest=(True, True),
                 sigs=[("nav_leader", "Anette Moe", "Leder Nav Grorud", "2020-01-30", "handwritten"),
                       ("municipality", "Thomas Wiik", "Bydelsdirektør, bydel Grorud", "2020-01-31", "handwritten")],
                 notes=["near-miss: Oslo bydel (bydelsdirektør), own funding beside the applied total"])


def sx10(out: Path):
    o = orgnr("97317435")
    items = [("h", HNN), ("kv", "Nav-kontor", "Nav Ullensvang"), ("kv", "Kommune", "Ullensvang"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Håvard Aga"), ("kv", "E-post", "havard.aga@nav.no"), ("kv", "Telefon", "53 65 41 00"),
             ("kv", "Prosjektnamn", "Frå soning til arbeid"), ("kv", "Søknaden gjeld", "Nytt prosjekt"),
             ("kv", "Oppstart", "01.02.2020"), ("kv", "Stillingsprosent", "50 %"),
             ("kv", "Løn og sosiale kostnader", "295 000"), ("kv", "Kompetansemidlar", "15 000"),
             ("kv", "Sum søknad", "310 000"), ("h", "Prioriterte område", 1), *_boxes([N1, N2, N3], [False, False, True]),
             ("box", "Nettverk/klyngjesamarbeid", True), ("box", "Ekstern prosessevaluering", False),
             ("sig", [{"head": "Nav-leiar", "ink": "sx10a", "under": ["Odda, 22.01.2020", "Brit Lofthus"]},
                      {"head": "Kommunalsjef", "ink": "sx10b", "under": ["Odda, 24.01.2020", "Einar Hus"]}])]
    write_pdf(items, out, style="ruled")
    return truth("sx10", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Ullensvang", "Ullensvang", o),
                 contact=("Håvard Aga", "havard.aga@nav.no", "53654100"),
                 project=("Frå soning til arbeid", "new", "2020-02-01"), pct=50,
                 amounts={"positions": 295000, "competence": 15000, "total": 310000}, prio=[P3], interest=(True, False),
                 sigs=[("nav_leader", "Brit Lofthus", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Einar Hus", "Kommunalsjef", "2020-01-24", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["defect: competence 15 000 over the 10 000 cap; total still under 50 % cap + 10 000"])


def sx11(out: Path):
    o = orgnr("97451993")
    fields = [("Nav-kontor", "kontor", "Nav Alta"), ("Kommune", "kommune", "Alta"), ("Org.nr.", "orgnr", o),
              ("Kontaktperson", "kontakt", "Sara Marie Eira"), ("E-post", "epost", "sara.marie.eira@nav.no"),
              ("Telefon", "tlf", "78 45 63 00"), ("Prosjektnavn", "tittel", "Los for unge i Alta"),
              ("Ny søknad eller videreføring", "type", "Videreføring (år 2), startet august 2019"),
              ("Periode for søknaden", "start", "01.08.2020–31.07.2021"), ("Stillingsandel", "pst", "50 %"),
              ("Lønn og sosiale kostnader (søkt)", "lonn", "305 000"), ("Kompetansemidler (søkt)", "komp", "10 000"),
              ("Sum søkt", "sum", "315 000"), ("Andre finansieringskilder", "andre", "Troms og Finnmark fylkeskommune 50 000"),
              ("Kommunal egenandel", "egen", "100 000"), ("", "tom", "")]
    boxes = [(A1, "p1", False), (A2, "p2", True), (A3, "p3", True), ("Ja, vi ønsker nettverk/klyngesamarbeid", "nett", True),
             ("Ja, vi ønsker ekstern prosessevaluering", "eval", True)]
    sigs = [{"head": "Nav-leder", "ink": "sx11a", "under": ["Alta, 20.01.2020", "Nils Henrik Sara"]},
            {"head": "Kommunedirektør", "ink": "sx11b", "under": ["Alta, 22.01.2020", "Bjørn Atle Hansen"]}]
    acroform([HNB, "Fyll ut alle felt. Sendes Statsforvalteren i Troms og Finnmark innen 1. februar 2020."],
             fields, boxes, sigs, out)
    return truth("sx11", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Sara Marie Eira", "sara.marie.eira@nav.no", "78456300"),
                 project=("Los for unge i Alta", "continuation", "2020-08-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000}, own_funding=100000,
                 prio=[P2, P3], interest=(True, True),
                 sigs=[("nav_leader", "Nils Henrik Sara", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Bjørn Atle Hansen", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["near-miss: 50 % at exactly 305 000; second year; other funder and own funding beside the grant"])


def sx12(out: Path):
    o = orgnr("97335281")
    items = [("h", HNB, 1), ("kv", "Nav-kontor", "Nav Asker"), ("kv", "Kommune", "Asker"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Tuva Grønli"), ("kv", "E-post", "tuva.gronli@nav.no"), ("kv", "Telefon", "66 90 80 00"),
             ("kv", "Prosjektnavn", "Jobbfamilie Asker"), ("kv", "Søknadstype", "Nytt prosjekt"),
             ("kv", "Oppstart", "01.09.2020"), ("kv", "Stillinger", "2 × 80 % (160 %)"),
             ("p", "Budsjett (beløp i 1000 kr)"),
             ("table", [["Post", "2020", "2021"], ["Lønn og sosiale kostnader", "976", "990"], ["Kompetanse", "10", "0"],
                        ["Sum søkt", "986", "990"]]),
             ("p", "Søknaden gjelder 2020-kolonnen. 2021 er et anslag for et eventuelt videreføringsår."),
             ("p", "Prioriterte områder:"), *_boxes([A1, A2, A3], [True, True, False]),
             ("box", "Nettverk/klyngesamarbeid", False), ("box", "Ekstern prosessevaluering", False),
             ("sig", [{"head": "Nav-leder", "ink": "sx12a", "under": ["Asker, 23.01.2020", "Ole Christian Berg"]},
                      {"head": "Kommunedirektør", "ink": "sx12b", "under": ["Asker, 27.01.2020", "Lene W. Conradi"]}])]
    docx_to_pdf(items, out, "grid")
    return truth("sx12", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Asker", "Asker", o),
                 contact=("Tuva Grønli", "tuva.gronli@nav.no", "66908000"),
                 project=("Jobbfamilie Asker", "new", "2020-09-01"), pct=160,
                 amounts={"positions": 976000, "competence": 10000, "total": 986000}, prio=[P1, P2], interest=(False, False),
                 sigs=[("nav_leader", "Ole Christian Berg", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Lene W. Conradi", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: budget in thousands, 160 % at exactly 976 000; a 2021 column beside it"])


def sx13(out: Path):
    o = orgnr("97629540", valid=False)
    items = [("h", HNN, 1), ("kv", "Nav-kontor", "Nav Kinn"), ("kv", "Kommune", "Kinn"), ("kv", "Organisasjonsnummer", o),
             ("kv", "Kontaktperson", "Audun Myklebust"), ("kv", "E-post", "audun.myklebust@nav.no"),
             ("kv", "Telefon", "57 75 61 00"), ("kv", "Prosjektnamn", "Kysten arbeider"),
             ("kv", "Nytt eller vidareføring", "Vidareføring (år 2 av 3)"), ("kv", "Oppstart", "01.01.2020"),
             ("kv", "Stillingsprosent", "70 %"), ("kv", "Løn og sosiale kostnader", "420 000"),
             ("kv", "Kompetansemidlar", "7 000"), ("kv", "Sum", "427 000"),
             ("p", "Prioriterte område:"), *_boxes([N1, N2, N3], [True, False, False]),
             ("box", "Nettverk/klyngjesamarbeid", True), ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "Nav-leiar", "ink": "sx13a", "under": ["Florø, 16.01.2020", "Janne Helen Sandal"]},
                      {"head": "Kommunedirektør", "ink": "sx13b", "under": ["Florø, 20.01.2020", "Tor Kristian Gjerstad"]}])]
    docx_to_pdf(items, out, "qa", "Liberation Serif")
    return truth("sx13", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Kinn", "Kinn", o),
                 contact=("Audun Myklebust", "audun.myklebust@nav.no", "57756100"),
                 project=("Kysten arbeider", "continuation", "2020-01-01"), pct=70,
                 amounts={"positions": 420000, "competence": 7000, "total": 427000}, prio=[P1], interest=(True, True),
                 sigs=[("nav_leader", "Janne Helen Sandal", "Nav-leiar", "2020-01-16", "handwritten"),
                       ("municipality", "Tor Kristian Gjerstad", "Kommunedirektør", "2020-01-20", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["defect: org number check digit wrong; year 2 of 3"])


def sx14(out: Path):
    o = orgnr("97317011")
    items = [("h", HNB), ("kv", "Nav-kontor", "Nav Namsos"), ("kv", "Kommune", "Namsos"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Eirin Sandvik"), ("kv", "E-post", "eirin.sandvik@nav.no"), ("kv", "Telefon", "74 21 63 00"),
             ("kv", "Prosjektnavn", "Veien videre Namsos"), ("kv", "Søknadstype", "Videreføring, år 2"),
             ("kv", "Oppstart", "01.01.2020"), ("kv", "Stillingsprosent", "100 %"),
             ("table", [["Budsjett", "2019 (innvilget)", "2020 (omsøkt)"], ["Lønn og sosiale kostnader", "540 000", "595 000"],
                        ["Kompetanse", "10 000", "10 000"], ["Sum", "550 000", "605 000"]]),
             ("h", "Prioriterte områder", 1), *_boxes([A1, A2, A3], [True, False, True]),
             ("box", "Nettverk/klyngesamarbeid", False), ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "Nav-leder", "ink": "sx14a", "under": ["Tove Aune", "Namsos 21.01.2020"]},
                      {"head": "Kommunedirektør", "ink": "sx14b", "under": ["Ketil Sørvig", "Namsos 22.01.2020"]}])]
    scan(items, out, 14, angle=-0.6, style="ruled", font=("LS", "LSB"), size=10.5)
    return truth("sx14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Namsos", "Namsos", o),
                 contact=("Eirin Sandvik", "eirin.sandvik@nav.no", "74216300"),
                 project=("Veien videre Namsos", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "total": 605000}, prio=[P1, P3], interest=(False, True),
                 sigs=[("nav_leader", "Tove Aune", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Ketil Sørvig", "Kommunedirektør", "2020-01-22", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: scanned continuation with the previous year's granted column beside the applied one"])


def sx15(out: Path):
    o = orgnr("97622961")
    items = [("h", HNN), ("kv", "Nav-kontor", "Nav Stad"), ("kv", "Kommune", "Stad"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Marta Hjelle"), ("kv", "E-post", "marta.hjelle@nav.no"), ("kv", "Telefon", "57 88 45 00"),
             ("kv", "Prosjektnamn", "Familiar i arbeid"), ("kv", "Type", "Nytt prosjekt"), ("kv", "Oppstart", "01.04.2020"),
             ("kv", "Stillingsprosent", "60 %"), ("kv", "Løn og sosiale kostnader", "360 000"),
             ("kv", "Kompetansemidlar", "6 000"), ("kv", "Sum søkt", "366 000"),
             ("h", "Prioriterte område", 1), *_boxes([N1, N2, N3], [False, True, False]),
             ("box", "Nettverk/klyngjesamarbeid", False), ("box", "Ekstern prosessevaluering", False),
             ("sig", [{"head": "Nav-leiar", "ink": "sx15a", "under": ["Nordfjordeid, 30.01.2020", "Rune Hoddevik"]},
                      {"head": "Kommunedirektør", "ink": "sx15b", "under": ["Nordfjordeid, 05.02.2020", "Anita Flo"]}])]
    scan(items, out, 15, angle=0.7, style="boxed", font=("DVS", "DVSB"), size=10)
    return truth("sx15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Stad", "Stad", o),
                 contact=("Marta Hjelle", "marta.hjelle@nav.no", "57884500"),
                 project=("Familiar i arbeid", "new", "2020-04-01"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "total": 366000}, prio=[P2], interest=(False, False),
                 sigs=[("nav_leader", "Rune Hoddevik", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Anita Flo", "Kommunedirektør", "2020-02-05", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: municipal signature dated 05.02.2020, after the deadline"])


def sx16(out: Path):
    o = orgnr("97411320")
    items = [("h", "Nav Sagene – søknad om tilskudd 2020"),
             ("p", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)"),
             ("kv", "Søkende Nav-kontor", "Nav Sagene"), ("kv", "Kommune", "Oslo (bydel Sagene)"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Jonas Lindqvist"), ("kv", "E-post", "jonas.lindqvist@nav.no"),
             ("kv", "Telefon", "22 05 28 00"), ("kv", "Prosjektnavn", "Ung plan Sagene"),
             ("kv", "Videreføring", "Ja, år 3 av 3"), ("kv", "Oppstart", "01.01.2020"), ("kv", "Stillinger", "1,5 årsverk"),
             ("kv", "Lønn og sosiale kostnader", "kr 915 000,-"), ("kv", "Kompetanse", "kr 10 000,-"),
             ("kv", "Sum omsøkt", "kr 925 000,-"), ("kv", "Prioritert område", A2),
             ("kv", "Nettverk/klyngesamarbeid", "Ja"), ("kv", "Ekstern prosessevaluering", "Nei"), ("space",),
             ("p", "Signert elektronisk (PAdES) av leder Nav Sagene Mette Furuseth 28.01.2020 og "
                   "bydelsdirektør Kjell Arne Dahl 29.01.2020.")]
    pades(items, out, [("Mette Furuseth", "Nav Sagene", "Sig1", (56, 70, 256, 110), tz_dt(2020, 1, 28)),
                       ("Kjell Arne Dahl", "Oslo kommune bydel Sagene", "Sig2", (306, 70, 506, 110), tz_dt(2020, 1, 29, 14))],
          style="ruled", font=("LS", "LSB"))
    return truth("sx16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Sagene", "Oslo", o),
                 contact=("Jonas Lindqvist", "jonas.lindqvist@nav.no", "22052800"),
                 project=("Ung plan Sagene", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000}, prio=[P2], interest=(True, False),
                 sigs=[("nav_leader", "Mette Furuseth", "Leder Nav Sagene", "2020-01-28", "digital"),
                       ("municipality", "Kjell Arne Dahl", "Bydelsdirektør", "2020-01-29", "digital")],
                 notes=["near-miss: Oslo bydel with two PAdES signatures; third year of three; 150 % at exactly 915 000"])


def sx17(out: Path):
    import io
    import zipfile
    from kit80 import write_docx as wd
    tmp = out.with_suffix(".tmp.docx")
    wd([("h", HNB), ("kv", "Nav-kontor", "Nav Hitra"), ("kv", "Prosjekt", "Hitra i arbeid")], tmp, "grid")
    data = tmp.read_bytes()
    tmp.unlink()
    assert zipfile.is_zipfile(io.BytesIO(data))
    out.write_bytes(data[: len(data) // 2])
    return truth("sx17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a .docx cut in half (broken e-mail attachment)"])


def sx18(out: Path):
    items = [("p", "Statsforvaltaren i Vestland\nSosial- og barnevernsavdelinga"), ("p", "Nav Askøy\nv/ Nav-leiar"),
             ("p", "Bergen, 12.06.2020"),
             ("h", "Tilsegn om tilskot til utvikling av sosiale tenester i Nav 2020 – «Askøy i arbeid»"),
             ("p", "Vi viser til søknaden dykkar av 28. januar 2020. Arbeids- og velferdsdirektoratet har innvilga "
                   "610 000 kroner til ei stilling (100 %) i prosjektet «Askøy i arbeid». Midlane er gitt over "
                   "kap. 0621 post 63 og gjeld for 2020."),
             ("p", "Tilskotet kan berre nyttast til stillingar. Rapport skal sendast innan 1. februar 2021."),
             ("p", "Dykk må returnere akseptskjemaet under, signert av Nav-leiar og kommunedirektør, innan 1. juli 2020."),
             ("p", "Med helsing\nIngrid Vatle, seksjonsleiar (godkjent elektronisk)"),
             ("h", "Akseptskjema", 1), ("kv", "Mottakar", "Nav Askøy"), ("kv", "Beløp", "610 000 kroner"),
             ("p", "Vi aksepterer tilskotet på dei vilkåra som går fram av tilsegnsbrevet."),
             ("sig", [{"head": "Nav-leiar", "under": ["Stad/dato:"]}, {"head": "Kommunedirektør", "under": ["Stad/dato:"]}])]
    docx_to_pdf(items, out, "letter", "Liberation Sans")
    return truth("sx18", "pdf", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["the county's grant letter with an empty acceptance slip"])
