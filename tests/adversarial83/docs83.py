"""The 18 documents of corpus 83 (budgets and numbers): each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit83 import (S20, acroform, corrupt_docx, docx_to_pdf, orgnr, pades, scan, spaced, tz_dt, write_docx, write_pdf)
from truthlib import truth

A = A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N = N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"
HW, EA, DG = "handwritten", "electronic_approval", "digital"
NAV, MUN = "nav_leader", "municipality"
P1, P2, P3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def am(positions, competence, total, other=None):
    return {"positions": positions, "competence": competence, "other": other, "total": total}


def areas(labels, *ticks):
    return [("box", label, bool(t)) for label, t in zip(labels, ticks)]


def sb(head, pre, ink, post):
    return {"head": head, "pre": pre, "ink": ink, "post": post}


def bx01(out: Path):
    o = orgnr("97451822")
    items = [("title", NB), ("p", "Søknaden sendes Statsforvalteren i Innlandet. Søknadsfrist 1. februar 2020."),
             ("h", "Del 1 – Søker"), ("kv2", "Nav-kontor", "NAV Ringsaker", "Kommune", "Ringsaker"),
             ("kv2", "Organisasjonsnummer", spaced(o), "Kontaktperson", "Hege Sveen Østby"),
             ("kv2", "E-post kontaktperson", "hege.sveen.ostby@nav.no", "Mobil", "958 41 276"),
             ("h", "Del 2 – Prosjektet"),
             ("kv", "Prosjektets tittel", "Arbeidslinja Ringsaker"), ("kv", "Nytt prosjekt / videreføring", "Nytt prosjekt"),
             ("kv", "Planlagt oppstart", "01.03.2020"), ("kv", "Stillingsstørrelse", "90 %"),
             ("h", "Del 3 – Budsjett 2020 (omsøkt beløp)"),
             ("table", [["Post", "Beløp"], ["Lønn prosjektmedarbeider (90 % stilling)", "kr 430 000,-"],
                        ["Arbeidsgiveravgift 14,1 %", "kr 60 630,-"], ["Pensjon (KLP)", "kr 58 370,-"],
                        ["Sum lønn og sosiale kostnader", "kr 549 000,-"],
                        ["Kompetanse (prosjektspesifikk)", "kr 10 000,-"], ["Totalt omsøkt beløp", "kr 559 000,-"]]),
             ("h", "Del 4 – Prioriterte områder"), *areas(A, 1, 0, 1), ("h", "Del 5 – Nettverk og evaluering"),
             ("yn", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", True),
             ("yn", "Ønsker kontoret ekstern prosessevaluering?", False), ("h", "Del 6 – Underskrifter"),
             ("sig", [sb("Nav-leder", ["Sted/dato: Brumunddal, 27.01.2020"], "bx01a", ["Knut Arne Hovde", "Leder Nav Ringsaker"]),
                      sb("Kommunens ledelse", ["Sted/dato: Brumunddal, 29.01.2020"], "bx01b", ["Randi Skjellerud", "Kommunedirektør"])])]
    write_docx(items, out, "grid", "Calibri", 11, "glyph")
    return truth("bx01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Ringsaker", "Ringsaker", o),
                 contact=("Hege Sveen Østby", "hege.sveen.ostby@nav.no", "95841276"),
                 project=("Arbeidslinja Ringsaker", "new", "2020-03-01"), pct=90, amounts=am(549000, 10000, 559000),
                 prio=[P1, P3], interest=(True, False),
                 sigs=[(NAV, "Knut Arne Hovde", "Leder Nav Ringsaker", "2020-01-27", HW),
                       (MUN, "Randi Skjellerud", "Kommunedirektør", "2020-01-29", HW)],
                 notes=["near-miss: 90 % at exactly 549 000 split into lønn/AGA/pensjon; 'kr 430 000,-'"])


def bx02(out: Path):
    o = orgnr("97089116")
    items = [("title", NN), ("h", "1 Søkjar"),
             ("kv", "Søkjar (Nav-kontor)", "Nav Sogndal"), ("kv", "Kommune", "Sogndal kommune"),
             ("kv", "Organisasjonsnummer", o), ("kv", "Kontaktperson", "Ragnhild Hjelmeland"),
             ("kv", "E-post", "ragnhild.hjelmeland@nav.no"), ("kv", "Telefon", "412 87 655"),
             ("h", "2 Prosjektet"), ("kv", "Prosjektnamn", "Kvardagsmeistring for unge"),
             ("kv", "Nytt prosjekt eller vidareføring", "Vidareføring (2. driftsår)"),
             ("kv", "Planlagd oppstart", "01.01.2020"), ("kv", "Stillingsressurs", "0,5 årsverk"),
             ("h", "3 Budsjett 2020"), ("table", [["Budsjettpost", "Søkt tilskot", "Eigenfinansiering", "Sum"],
                        ["Løn og sosiale utgifter (0,5 årsverk)", "305.000", "95.000", "400.000"],
                        ["Kompetansehevande tiltak", "10.000", "0", "10.000"],
                        ["Sum", "315.000", "95.000", "410.000"]], [0.4, 0.2, 0.2, 0.2]),
             ("p", "Kommunen dekkjer differansen mellom faktisk lønskostnad og tilskotet."),
             ("h", "4 Prioriterte område"), *areas(N, 0, 1, 0),
             ("h", "5 Interesse"), ("yn", "Nettverk/klyngjesamarbeid", False), ("yn", "Ekstern prosessevaluering", True),
             ("h", "6 Underskrift"),
             ("sig", [sb("Nav-leiar", ["Stad og dato: Sogndal, 22.01.2020"], "bx02a", ["Namn: Terje Lunde"]),
                      sb("Kommunedirektør", ["Stad og dato: Sogndal, 01.02.2020"], "bx02b", ["Namn: Åse Kvamme Ness"])])]
    write_docx(items, out, "grid", "Arial", 10, "square", "EDEDED")
    return truth("bx02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Ragnhild Hjelmeland", "ragnhild.hjelmeland@nav.no", "41287655"),
                 project=("Kvardagsmeistring for unge", "continuation", "2020-01-01"), pct=50,
                 amounts=am(305000, 10000, 315000), own_funding=95000, prio=[P2], interest=(False, True),
                 sigs=[(NAV, "Terje Lunde", "Nav-leiar", "2020-01-22", HW),
                       (MUN, "Åse Kvamme Ness", "Kommunedirektør", "2020-02-01", HW)],
                 notes=["near-miss: '0,5 årsverk' at 305.000 applied; the 'Sum' column holds own funding"])


def bx03(out: Path):
    o = orgnr("94438120")
    items = [("title", NB), ("p", "Fyll ut alle felt. Skjemaet sendes Statsforvalteren i Oslo og Viken."),
             ("h", "Søker"), ("kv", "Navn på Nav-kontor", "Nav Asker"), ("kv", "Kommune", "Asker"),
             ("kv", "Organisasjonsnummer", spaced(o)), ("kv", "Kontaktperson", "Jonas Lie Bergersen"),
             ("kv", "E-post", "jonas.lie.bergersen@nav.no"), ("kv", "Telefon", "+47 934 12 008"),
             ("h", "Prosjekt"), ("kv", "Prosjektnavn", "Aktiv hverdag Asker"), ("kv", "Type søknad", "Nytt prosjekt"),
             ("kv", "Oppstart", ("2020-04-01", "01.04.2020")),
             ("kv", "Omfang stilling(er)", "100 % stilling (én prosjektkoordinator)"),
             ("h", "Budsjett for prosjektperioden (beløp i 1000 kr)"),
             ("table", [["Post", "2020", "2021", "2022"], ["Lønn og sosiale kostnader, 100 %", "610", "625", "640"],
                        ["Kompetanse", "10", "10", "5"], ["Sum", "620", "635", "645"]], [0.46, 0.18, 0.18, 0.18]),
             ("p", "Det søkes kun om midler for 2020. Tallene for 2021 og 2022 er anslag og søkes om på nytt."),
             ("h", "Prioriterte områder"), *areas(A, 0, 1, 1),
             ("h", "Interesse"), ("box", "Ønsker å delta i nettverk/klyngesamarbeid", True),
             ("box", "Ønsker ekstern prosessevaluering", False),
             ("sig", [sb("For Nav Asker", ["Asker, 30.01.2020"], "bx03a", ["Marianne Tollefsen, Nav-leder"]),
                      sb("For Asker kommune", ["Asker, 31.01.2020"], "bx03b", ["Per Øyvind Smedsrud, kommunalsjef velferd"])])]
    write_docx(items, out, "controls", "Calibri", 11)
    return truth("bx03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Asker", "Asker", o),
                 contact=("Jonas Lie Bergersen", "jonas.lie.bergersen@nav.no", "93412008"),
                 project=("Aktiv hverdag Asker", "new", "2020-04-01"), pct=100, amounts=am(610000, 10000, 620000),
                 prio=[P2, P3], interest=(True, False),
                 sigs=[(NAV, "Marianne Tollefsen", "Nav-leder", "2020-01-30", HW),
                       (MUN, "Per Øyvind Smedsrud", "Kommunalsjef velferd", "2020-01-31", HW)],
                 notes=["near-miss: beløp i 1000 kr, three years; only 2020 (610 = cap) is applied for"])


def bx04(out: Path):
    o = orgnr("96428013")
    items = [("title", NN), ("p", "Send søknaden til Statsforvaltaren i Rogaland innan 1. februar 2020."),
             ("h", "A Søkjar"), ("kv", "Nav-kontor", "NAV Hå"), ("kv", "Kommune", "Hå kommune"),
             ("kv", "Org.nr.", spaced(o)), ("kv", "Kontaktperson", "Solveig Tjøtta"),
             ("kv", "E-post", "solveig.tjotta@nav.no"), ("kv", "Telefon", "51 79 28 40"),
             ("h", "B Prosjekt"), ("kv", "Namn på prosjektet", "Arbeid for alle på Jæren"),
             ("kv", "Nytt/vidareføring", "Nytt"), ("kv", "Oppstart", "01.08.2020"),
             ("kv", "Stillingsstorleik (%)", "60"),
             ("kv", "Løn inkl. sosiale utgifter", "kr 380 000"), ("kv", "Kompetansemidlar", "kr 10 000"),
             ("kv", "Samla søknadssum", "kr 390 000"), ("h", "C Prioriterte område"), *areas(N, 1, 1, 0),
             ("h", "D Nettverk og evaluering"), ("box", "Vi ønskjer å delta i nettverk/klyngjesamarbeid", True),
             ("box", "Vi ønskjer ekstern prosessevaluering", True),
             ("sig", [sb("Leiar Nav Hå", ["Nærbø, 21.01.2020"], "bx04a", ["Gunnar Sele"]),
                      sb("Rådmann", ["Nærbø, 23.01.2020"], "bx04b", ["Tor Inge Undheim"])])]
    write_docx(items, out, "legacy", "Times New Roman", 11)
    return truth("bx04", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Hå", "Hå", o),
                 contact=("Solveig Tjøtta", "solveig.tjotta@nav.no", "51792840"),
                 project=("Arbeid for alle på Jæren", "new", "2020-08-01"), pct=60, amounts=am(380000, 10000, 390000),
                 prio=[P1, P2], interest=(True, True), sigs=[(NAV, "Gunnar Sele", "Leiar Nav Hå", "2020-01-21", HW),
                       (MUN, "Tor Inge Undheim", "Rådmann", "2020-01-23", HW)], expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 60 % ('Stillingsstorleik (%)' 60) asks 380 000 > 366 000"])


def bx05(out: Path):
    o = orgnr("99240175")
    items = [("p", "Nav Alta"), ("p", f"Org.nr. {spaced(o)}"), ("p", "Statsforvalteren i Troms og Finnmark"),
             ("p", "Alta, 28. januar 2020"),
             ("title", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Neste steg»"),
             ("p", "Nav Alta søker om kr 1,2 mill. til prosjektet «Neste steg», et nytt prosjekt med oppstart "
                   "1. mars 2020. Prosjektet skal gi familier med barn som lenge har mottatt sosialhjelp, en fast "
                   "veileder og tett oppfølging mot arbeid."),
             ("p", "Vi søker om to hele stillinger (2 × 100 %): en familiekoordinator og en jobbspesialist. Lønn og "
                   "sosiale kostnader er beregnet til kr 595 000 per stilling, til sammen kr 1 190 000. I tillegg "
                   "søker vi om kr 10 000 til kompetanse i metodeutvikling for prosjektgruppen."),
             ("p", "Alta kommune dekker selv kontorplass, IKT og reiser i prosjektet, anslått til kr 80 000 i 2020. "
                   "Disse kostnadene inngår ikke i søknadsbeløpet."),
             ("table", [["Oppsummering 2020", "Søkt tilskudd", "Kommunens egenandel"],
                        ["Lønn og sosiale kostnader, 2 stillinger", "1 190 000", "–"],
                        ["Kompetanse", "10 000", "–"], ["Kontor, IKT og reiser", "–", "80 000"],
                        ["Sum", "1 200 000", "80 000"]]),
             ("p", "Prosjektet svarer på to av de prioriterte områdene i kunngjøringen: oppfølging av barnefamilier, "
                   "ungdom og innvandrere, og bruk av ordinært arbeidsliv."),
             ("p", "Nav Alta ønsker å delta i ekstern prosessevaluering. Vi ønsker ikke å delta i "
                   "nettverk/klyngesamarbeid i 2020."),
             ("p", "Kontaktperson for søknaden er seniorrådgiver Elin Somby, tlf. 78 45 61 20, e-post elin.somby@nav.no."),
             ("p", "Med hilsen"),
             ("p", "Søknaden er elektronisk godkjent av leder Nav Alta Geir Are Mikkelsen 28.01.2020 og av "
                   "kommunedirektør Ingunn Eira 29.01.2020, og sendes derfor uten håndskrevne signaturer.")]
    write_docx(items, out, "letter", "Georgia", 11)
    return truth("bx05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Elin Somby", "elin.somby@nav.no", "78456120"), project=("Neste steg", "new", "2020-03-01"),
                 pct=200, amounts=am(1190000, 10000, 1200000), own_funding=80000, prio=[P2, P1], interest=(False, True),
                 sigs=[(NAV, "Geir Are Mikkelsen", "Leder Nav Alta", "2020-01-28", EA),
                       (MUN, "Ingunn Eira", "Kommunedirektør", "2020-01-29", EA)],
                 notes=["near-miss: 'kr 1,2 mill.'; office/IT/travel paid by the municipality, not applied for (judgement)"])


def bx06(out: Path):
    o = orgnr("97127634")
    items = [("p", "NAV Voss"), ("p", f"Organisasjonsnummer {o}"), ("p", "Til Statsforvaltaren i Vestland"),
             ("p", "Voss, 24.01.2020"),
             ("title", "Søknad om tilskot til utvikling av sosiale tenester i Nav – vidareføring av «Ung og i arbeid»"),
             ("p", "NAV Voss søkjer med dette om 498 tusen kroner i tilskot for 2020 til prosjektet «Ung og i arbeid». "
                   "Prosjektet fekk tilskot første gong i 2019, og dette er søknad om vidareføring for andre "
                   "prosjektår, som startar 1. januar 2020."),
             ("p", "Tiltaket skal sikre overgangen frå vidaregåande skule til arbeid eller vidare utdanning for unge "
                   "som har falle ut, jf. det prioriterte området sikring av sårbare overgangar."),
             ("p", "Prosjektet har ein prosjektmedarbeidar i ei stilling tilsvarande 80 prosent. Budsjettet for 2020:"),
             ("li", "løn: 370 000 kr"), ("li", "sosiale utgifter (arbeidsgjevaravgift og pensjon): 118 000 kr"),
             ("li", "kompetanse (fagleg rettleiing av prosjektmedarbeidaren): 10 000 kr"),
             ("p", "Samla søknadssum: 498 000 kr."),
             ("p", "Vi ønskjer å vere med i nettverk/klyngjesamarbeid og i ekstern prosessevaluering."),
             ("p", "Kontaktperson er prosjektleiar Kari Mjelde, e-post kari.mjelde@nav.no, telefon 940 17 332."),
             ("p", "Med venleg helsing"),
             ("sig", [sb("", ["Voss, 24.01.2020"], "bx06a", ["Sigbjørn Rong", "Nav-leiar"]),
                      sb("", ["Voss, 27.01.2020"], "bx06b", ["Lars Hjelle", "Kommunedirektør, Voss herad"])])]
    write_docx(items, out, "letter", "Cambria", 11)
    return truth("bx06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Kari Mjelde", "kari.mjelde@nav.no", "94017332"),
                 project=("Ung og i arbeid", "continuation", "2020-01-01"), pct=80, amounts=am(488000, 10000, 498000),
                 prio=[P3], interest=(True, True), sigs=[(NAV, "Sigbjørn Rong", "Nav-leiar", "2020-01-24", HW),
                       (MUN, "Lars Hjelle", "Kommunedirektør", "2020-01-27", HW)],
                 notes=["near-miss: '498 tusen kroner'; 'ei stilling tilsvarande 80 prosent' = 80 %; 488 000 = cap"])


def bx07(out: Path):
    o = orgnr("96472205")
    items = [("title", NB), ("p", "Statsforvalteren i Innlandet – søknadsfrist 1. februar 2020"),
             ("h", "Opplysninger om søker"), ("kv2", "Nav-kontor", "Nav Gran", "Kommune", "Gran"),
             ("kv2", "Org.nr.", spaced(o, "."), "Kontaktperson", "Tone Haugerud"),
             ("kv2", "E-post", "tone.haugerud@nav.no", "Telefon", "61 33 84 00"),
             ("h", "Om prosjektet"), ("kv", "Prosjekttittel", "Sammen om jobb"),
             ("kv2", "Søknadstype", "Videreføring, 3. år", "Oppstart", "1. januar 2020"),
             ("kv", "Stillingsressurs", "75%"), ("h", "Økonomi 2020"),
             ("kv2", "Lønn og sosiale utg.", "NOK 457'", "Kompetanse", "NOK 10'"), ("kv", "Sum omsøkt", "NOK 467'"),
             ("h", "Prioriterte områder"), *areas(A, 1, 0, 0),
             ("yn", "Deltakelse i nettverk/klyngesamarbeid", True), ("yn", "Ekstern prosessevaluering", True),
             ("h", "Godkjenning"),
             ("p", "Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem og har derfor ingen "
                   "håndskrevne signaturer."), ("p", "Godkjent av: Morten Lien, leder Nav Gran, 21.01.2020"),
             ("p", "Godkjent av: Hilde Bråten, kommunedirektør, 23.01.2020")]
    write_pdf(items, str(out), ("LS", "LSB"), 10, "boxed")
    return truth("bx07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Gran", "Gran", o),
                 contact=("Tone Haugerud", "tone.haugerud@nav.no", "61338400"),
                 project=("Sammen om jobb", "continuation", "2020-01-01"), pct=75, amounts=am(457000, 10000, 467000),
                 prio=[P1], interest=(True, True), sigs=[(NAV, "Morten Lien", "Leder Nav Gran", "2020-01-21", EA),
                       (MUN, "Hilde Bråten", "Kommunedirektør", "2020-01-23", EA)],
                 notes=["near-miss: NOK 457' under the 75 % cap 457 500; third year of a continuation"])


def bx08(out: Path):
    o = orgnr("99771036")
    items = [("title", NN), ("p", "Statsforvaltaren i Møre og Romsdal"),
             ("kv", "Nav-kontor", "Nav Sunndal"), ("kv", "Kommune", "Sunndal"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Oddbjørg Grøvdal"), ("kv", "E-post", "oddbjorg.grovdal@nav.no"),
             ("kv", "Telefon", "71 69 92 50"), ("kv", "Prosjekt", "Jobb i Sunndal"),
             ("kv", "Søknaden gjeld", "Nytt prosjekt"), ("kv", "Oppstart", "1. april 2020"),
             ("h", "Stillingar og budsjett 2020"),
             ("table", [["Stilling", "Stillingsprosent", "Løn og sosiale utgifter"], ["Prosjektleiar", "50%", "300 000"],
                        ["Jobbkonsulent", "50%", "300 000"], ["Sum stillingar", "100%", "600 000"]], [0.4, 0.25, 0.35]),
             ("kv", "Kompetansemidlar", "10 000"), ("kv", "Samla søknadsbeløp", "620 000"),
             ("h", "Prioriterte område"), *areas(N, 1, 0, 1),
             ("yn", "Ønskjer de å vere med i nettverk/klyngjesamarbeid?", True),
             ("yn", "Ønskjer de ekstern prosessevaluering?", False), ("h", "Signatur"),
             ("p", "Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar."),
             ("p", "Godkjent av Nav-leiar Ivar Halse, 20.01.2020, og kommunedirektør Brit Fossum, 22.01.2020.")]
    write_pdf(items, str(out), ("DVS", "DVSB"), 10, "inline")
    return truth("bx08", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Sunndal", "Sunndal", o),
                 contact=("Oddbjørg Grøvdal", "oddbjorg.grovdal@nav.no", "71699250"),
                 project=("Jobb i Sunndal", "new", "2020-04-01"), pct=100, amounts=am(600000, 10000, 620000),
                 prio=[P1, P3], interest=(True, False), sigs=[(NAV, "Ivar Halse", "Nav-leiar", "2020-01-20", EA),
                       (MUN, "Brit Fossum", "Kommunedirektør", "2020-01-22", EA)], expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 300 000 + 300 000 + 10 000 = 610 000, total says 620 000"])


def bx09(out: Path):
    o = orgnr("97480113")
    items = [("title", NB), ("p", "Til Statsforvalteren i Oslo og Viken"),
             ("kv", "Søker (Nav-kontor)", "Nav Nordre Follo"), ("kv", "Kommune", "Nordre Follo"),
             ("kv", "Organisasjonsnummer", spaced(o)), ("kv", "Kontaktperson", "Anders Tveter"),
             ("kv", "E-post", "anders.tveter@nav.no"), ("kv", "Telefon", "64 87 32 10"),
             ("kv", "Prosjektnavn", "Ny start Follo"), ("kv", "Nytt / videreført", "Nytt prosjekt"),
             ("kv", "Oppstart", "01.05.2020"), ("kv", "Stilling", "Prosjektleder, 100 %"),
             ("kv", "Søknadsbeløp", "kr 620 000 (610 000 til stilling og 10 000 til kompetanse)"),
             ("h", "Kostnadsplan 2020"),
             ("table", [["Kostnad", "Beløp"], ["Prosjektleder 100 % – lønn og sosiale kostnader", "640 000"],
                        ["Kompetanse", "10 000"], ["Sum kostnader", "650 000"]], [0.7, 0.3]),
             ("h", "Finansieringsplan 2020"),
             ("table", [["Kilde", "Beløp"], ["Omsøkt tilskudd fra Statsforvalteren", "620 000"],
                        ["Egenfinansiering Nordre Follo kommune", "30 000"], ["Sum finansiering", "650 000"]], [0.7, 0.3]),
             ("h", "Prioriterte områder"), *areas(A, 0, 0, 1),
             ("yn", "Nettverk/klyngesamarbeid", False), ("yn", "Ekstern prosessevaluering", False),
             ("sig", [sb("Leder Nav Nordre Follo", ["Ski, 17.01.2020"], "bx09a", ["Kristin Aasheim"]),
                      sb("Kommunedirektør", ["Ski, 20.01.2020"], "bx09b", ["Jan Tore Holm"])])]
    write_pdf(items, str(out), ("DV", "DVB"), 9.5, "tab")
    return truth("bx09", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Nordre Follo", "Nordre Follo", o), contact=("Anders Tveter", "anders.tveter@nav.no", "64873210"),
                 project=("Ny start Follo", "new", "2020-05-01"), pct=100,
                 amounts=am(610000, 10000, 620000), own_funding=30000, prio=[P3], interest=(False, False),
                 sigs=[(NAV, "Kristin Aasheim", "Leder Nav Nordre Follo", "2020-01-17", HW),
                       (MUN, "Jan Tore Holm", "Kommunedirektør", "2020-01-20", HW)],
                 notes=["near-miss: position costs 640 000, 610 000 applied, 30 000 own funding"])


def bx10(out: Path):
    o = orgnr("97455028")
    items = [("title", NN), ("p", "Sendast Statsforvaltaren i Vestland innan 1. februar 2020."),
             ("kv2", "Nav-kontor", "Nav Gloppen", "Kommune", "Gloppen"),
             ("kv2", "Org.nr.", spaced(o), "Kontaktperson", "Marit Sandal"),
             ("kv2", "E-post", "marit.sandal@nav.no", "Telefon", "57 88 44 00"),
             ("kv", "Prosjektnamn", "Heilskapleg oppfølging i Gloppen"),
             ("kv2", "Type", "Nytt prosjekt", "Oppstart", "01.02.2020"),
             ("kv", "Stillingsressurs", "Halv stilling som familiekoordinator"),
             ("kv2", "Løn og sosiale kostnader", "kr 300 000,–", "Kompetanse", "kr 12 500,–"),
             ("kv", "Sum søknadsbeløp", "kr 312 500,–"), ("h", "Prioriterte område"), *areas(N, 0, 1, 0),
             ("yn", "Nettverk/klyngjesamarbeid", True), ("yn", "Ekstern prosessevaluering", False),
             ("sig", [sb("Nav-leiar", ["Sandane, 29.01.2020"], "bx10a", ["Namn: Olav Myklebust"]),
                      sb("Kommunalsjef helse og sosial", ["Sandane, 30.01.2020"], "bx10b", ["Namn: Gunhild Byrkjeland"])])]
    write_pdf(items, str(out), ("DV", "DVB"), 10, "boxed")
    return truth("bx10", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Gloppen", "Gloppen", o),
                 contact=("Marit Sandal", "marit.sandal@nav.no", "57884400"),
                 project=("Heilskapleg oppfølging i Gloppen", "new", "2020-02-01"), pct=50,
                 amounts=am(300000, 12500, 312500), prio=[P2], interest=(True, False),
                 sigs=[(NAV, "Olav Myklebust", "Nav-leiar", "2020-01-29", HW),
                       (MUN, "Gunhild Byrkjeland", "Kommunalsjef helse og sosial", "2020-01-30", HW)],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["defect: competence 'kr 12 500,–' > 10 000; 'Halv stilling' at 300 000"])


def bx11(out: Path):
    o = orgnr("96418372")
    rows = [[("Nav-kontor", "nav", "Nav Horten"), ("Kommune", "kommune", "Horten")],
            [("Organisasjonsnummer", "orgnr", spaced(o)), ("Kontaktperson", "kontakt", "Lise Wold Hansen")],
            [("E-post", "epost", "lise.wold.hansen@nav.no"), ("Telefon", "tlf", "33 08 51 00")],
            [("Prosjekttittel", "tittel", "Bolig og arbeid i Horten")],
            [("Nytt prosjekt eller videreføring", "type", "Nytt prosjekt"), ("Oppstart", "oppstart", "01.06.2020")],
            [("Antall årsverk i prosjektet", "arsverk", "1,4 årsverk"),
             ("Lønn og sosiale kostnader (kr)", "lonn", "854 000")],
            [("Kompetanse (kr)", "komp", "10 000"), ("Totalt søknadsbeløp (kr)", "sum", "864 000")]]
    boxes = [("#Prioriterte områder", "", False), (A1, "omr1", True), (A2, "omr2", True), (A3, "omr3", False),
             ("#Interesse", "", False), ("Ja, vi ønsker å delta i nettverk/klyngesamarbeid", "nettverk", False),
             ("Ja, vi ønsker ekstern prosessevaluering", "evaluering", True)]
    sigs = [sb("Nav-leder", ["Horten, 15.01.2020"], "bx11a", ["Svein Erik Berg"]),
            sb("Kommunedirektør", ["Horten, 17.01.2020"], "bx11b", ["Tone Gulbrandsen"])]
    acroform(NB, ["Statsforvalteren i Vestfold og Telemark. Fyll ut skjemaet elektronisk, skriv det ut og signer."],
             rows, boxes, sigs, out)
    return truth("bx11", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Horten", "Horten", o),
                 contact=("Lise Wold Hansen", "lise.wold.hansen@nav.no", "33085100"),
                 project=("Bolig og arbeid i Horten", "new", "2020-06-01"), pct=140, amounts=am(854000, 10000, 864000),
                 prio=[P1, P2], interest=(False, True), sigs=[(NAV, "Svein Erik Berg", "Nav-leder", "2020-01-15", HW),
                       (MUN, "Tone Gulbrandsen", "Kommunedirektør", "2020-01-17", HW)],
                 notes=["near-miss: '1,4 årsverk' at exactly 854 000"])


def bx12(out: Path):
    o = orgnr("99285517")
    items = [("title", NB), ("p", "Mottaker: Statsforvalteren i Vestfold og Telemark"),
             ("kv", "Nav-kontor", "NAV Larvik"), ("kv", "Kommune", "Larvik"), ("kv", "Org.nr.", spaced(o)),
             ("kv", "Kontaktperson", "Espen Kjærnes"), ("kv", "E-post", "espen.kjaernes@nav.no"),
             ("kv", "Telefon", "33 17 40 00"), ("kv", "Prosjektets navn", "Familieløftet Larvik"),
             ("kv", "Søknadstype", "Videreføring år 2"), ("kv", "Prosjektstart", "01.01.2020"),
             ("kv", "Stillingsprosent", "100 %"), ("h", "Budsjett 2020"),
             ("table", [["Budsjettpost", "Beløp (kr)"], ["Lønn, 100 % stilling", "425 000"],
                        ["Sosiale utgifter (arbeidsgiveravgift 14,1 %)", "59 925"], ["Pensjon", "75 075"],
                        ["Sum lønn og sosiale utgifter", "560 000"], ["Kompetanse", "10 000"],
                        ["Reiseutgifter og drift", "25 000"], ["Totalt", "595 000"]]),
             ("h", "Prioriterte områder"), *areas(A, 0, 1, 0),
             ("yn", "Ønsker dere å delta i nettverk/klyngesamarbeid?", True),
             ("yn", "Ønsker dere ekstern prosessevaluering?", True),
             ("sig", [sb("Nav-leder", ["Larvik, 23.01.2020"], "bx12a", ["Heidi Kristoffersen"]),
                      sb("Kommunedirektør", ["Larvik, 28.01.2020"], "bx12b", ["Geir Solberg"])])]
    docx_to_pdf(items, out, mode="grid", font="Liberation Sans", size=10, marks="ballot")
    return truth("bx12", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Larvik", "Larvik", o),
                 contact=("Espen Kjærnes", "espen.kjaernes@nav.no", "33174000"),
                 project=("Familieløftet Larvik", "continuation", "2020-01-01"), pct=100,
                 amounts=am(560000, 10000, 595000, 25000), prio=[P2], interest=(True, True),
                 sigs=[(NAV, "Heidi Kristoffersen", "Nav-leder", "2020-01-23", HW),
                       (MUN, "Geir Solberg", "Kommunedirektør", "2020-01-28", HW)], expected=["NON_POSITION_COSTS"],
                 notes=["defect: 'Reiseutgifter og drift' 25 000 inside the amount applied for"])


def bx13(out: Path):
    o = orgnr("94452907")
    items = [("title", NN), ("p", "Statsforvaltaren i Vestland"),
             ("kv", "Nav-kontor", "Nav Ullensvang"), ("kv", "Kommune", "Ullensvang herad"),
             ("kv", "Organisasjonsnummer", o), ("kv", "Kontaktperson", "Torbjørg Hauge"),
             ("kv", "E-post", "torbjorg.hauge@nav.no"), ("kv", "Telefon", "53 65 40 10"),
             ("kv", "Prosjektnamn", "Saman i Hardanger"), ("kv", "Søknadstype", "Vidareføring, 3. år"),
             ("kv", "Oppstart", "01.01.2020"), ("kv", "Stillingar", "Tre stillingar (100 %, 50 % og 50 %)"),
             ("h", "Budsjett 2020"),
             ("table", [["Stilling", "Stillingsdel", "Løn og sosiale utgifter"], ["Prosjektleiar", "100 %", "610 000"],
                        ["Jobbspesialist", "50 %", "305 000"], ["Miljøarbeidar", "50 %", "305 000"],
                        ["Sum", "200 %", "1 220 000"]]), ("kv", "Søknadssum 2020", "1 220 000 kr"),
             ("h", "Prioriterte område"), *areas(N, 1, 1, 1),
             ("yn", "Nettverk/klyngjesamarbeid", True), ("yn", "Ekstern prosessevaluering", True),
             ("sig", [sb("Nav-leiar", ["Odda, 27.01.2020"], "bx13a", ["Helge Opheim"]),
                      sb("Kommunedirektør", ["Odda, 29.01.2020"], "bx13b", ["Kjersti Tveit Lægreid"])])]
    docx_to_pdf(items, out, mode="grid", font="Liberation Serif", size=11, marks="bracket")
    return truth("bx13", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Ullensvang", "Ullensvang", o),
                 contact=("Torbjørg Hauge", "torbjorg.hauge@nav.no", "53654010"),
                 project=("Saman i Hardanger", "continuation", "2020-01-01"), pct=200,
                 amounts=am(1220000, None, 1220000), prio=[P1, P2, P3],
                 interest=(True, True), sigs=[(NAV, "Helge Opheim", "Nav-leiar", "2020-01-27", HW),
                       (MUN, "Kjersti Tveit Lægreid", "Kommunedirektør", "2020-01-29", HW)],
                 notes=["near-miss: 'Tre stillingar (100 %, 50 % og 50 %)' = 200 % at exactly 1 220 000"])


def bx14(out: Path):
    o = orgnr("96437240")
    items = [("title", NB), ("p", "Statsforvalteren i Trøndelag"),
             ("kv", "Nav-kontor", "Nav Namsos"), ("kv", "Kommune", "Namsos"), ("kv", "Org.nr.", spaced(o)),
             ("kv", "Kontaktperson", "Bente Årseth"), ("kv", "E-post", "bente.arseth@nav.no"),
             ("kv", "Telefon", "74 21 68 00"), ("kv", "Prosjekttittel", "Jobbglede Namdalen"),
             ("kv", "Nytt / videreføring", "Nytt prosjekt"), ("kv", "Oppstart", "01.09.2020"),
             ("kv", "Stillingsandel", "70 % stilling"), ("h", "Budsjett 2020 (beløp i 1000 kr)"),
             ("table", [["Post", "Beløp"], ["Lønn og sosiale kostnader (70 %)", "427"], ["Kompetanse", "10"],
                        ["Sum søkt", "437"]], [0.7, 0.3]), ("h", "Prioriterte områder"), *areas(A, 1, 0, 0),
             ("yn", "Nettverk/klyngesamarbeid", False), ("yn", "Ekstern prosessevaluering", True),
             ("sig", [sb("Nav-leder", ["Namsos, 22.01.2020"], "bx14a", ["Roar Dahl"]),
                      sb("Kommunedirektør", ["Namsos, 24.01.2020"], "bx14b", ["Ingrid Moe Skage"])])]
    scan(items, out, 83014, dpi=300, angle=-0.7, font=("DV", "DVB"), size=10, style="tab")
    return truth("bx14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Namsos", "Namsos", o),
                 contact=("Bente Årseth", "bente.arseth@nav.no", "74216800"),
                 project=("Jobbglede Namdalen", "new", "2020-09-01"), pct=70, amounts=am(427000, 10000, 437000),
                 prio=[P1], interest=(False, True), sigs=[(NAV, "Roar Dahl", "Nav-leder", "2020-01-22", HW),
                       (MUN, "Ingrid Moe Skage", "Kommunedirektør", "2020-01-24", HW)], optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: scanned, beløp i 1000 kr, 427 = the 70 % cap"])


def bx15(out: Path):
    o = orgnr("99163308")
    items = [("title", NN), ("p", "Statsforvaltaren i Vestland – søknadsfrist 1. februar 2020"),
             ("kv2", "Nav-kontor", "Nav Årdal", "Kommune", "Årdal"),
             ("kv2", "Org.nr.", spaced(o), "Kontaktperson", "Jostein Hæreid"),
             ("kv2", "E-post", "jostein.haereid@nav.no", "Telefon", "57 66 50 00"),
             ("kv", "Prosjektnamn", "Vegen til arbeid"),
             ("kv2", "Søknadstype", "Nytt prosjekt", "Oppstart", "01.03.2020"), ("kv", "Stillingsprosent", "75 %"),
             ("kv2", "Løn og sosiale utgifter", "kr 440.000,-", "Kompetanse", "kr 10.000,-"),
             ("kv", "Søknadssum", "kr 450.000,-"), ("h", "Prioriterte område"), *areas(N, 1, 0, 1),
             ("yn", "Nettverk/klyngjesamarbeid", True), ("yn", "Ekstern prosessevaluering", True),
             ("sig", [sb("Nav-leiar", ["Årdalstangen, 28.01.2020"], "bx15a", ["Eli Hjelle Fosse"]),
                      sb("Rådmann", ["Årdalstangen, 30.01.2020"], "bx15b", ["Kjell Inge Bøthun"])])]
    scan(items, out, 83015, dpi=200, angle=0.9, noise=1800, blur=0.7, quality=60, paper=238,
         font=("DVS", "DVSB"), size=10.5, style="boxed")
    return truth("bx15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Årdal", "Årdal", o),
                 contact=("Jostein Hæreid", "jostein.haereid@nav.no", "57665000"),
                 project=("Vegen til arbeid", "new", "2020-03-01"), pct=75, amounts=am(440000, 10000, 450000),
                 prio=[P1, P3], interest=(True, True), sigs=[(NAV, "Eli Hjelle Fosse", "Nav-leiar", "2020-01-28", HW),
                       (MUN, "Kjell Inge Bøthun", "Rådmann", "2020-01-30", HW)], optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 200 dpi scan, 'kr 440.000,-' under the 75 % cap"])


def bx16(out: Path):
    o = orgnr("97082952")
    items = [("title", NB), ("p", "Statsforvalteren i Møre og Romsdal"),
             ("kv2", "Nav-kontor", "Nav Kristiansund", "Kommune", "Kristiansund"),
             ("kv2", "Org.nr.", spaced(o), "Kontaktperson", "Stine Rokstad"),
             ("kv2", "E-post", "stine.rokstad@nav.no", "Telefon", "71 57 41 00"),
             ("kv", "Prosjekttittel", "Tidlig inn – Kristiansund"),
             ("kv2", "Søknadstype", "Nytt prosjekt", "Oppstart", "15.03.2020"),
             ("kv", "Stillingsprosent", "100 % (én stilling)"),
             ("table", [["Budsjett 2020", "Kr"], ["Lønn", "440 120"], ["Sosiale kostnader (arbeidsgiveravgift og pensjon)", "163 338"],
                        ["Kompetanse", "9 875"], ["Sum omsøkt", "613 333"]], [0.75, 0.25]), *areas(A, 0, 1, 0),
             ("yn", "Nettverk/klyngesamarbeid", True), ("yn", "Ekstern prosessevaluering", False),
             ("sig", [sb("Nav-leder", ["Signert digitalt 16.01.2020"], None, ["Arne Vikhals"]),
                      sb("Kommunedirektør", ["Signert digitalt 20.01.2020"], None, ["Linn Skarsbø"])])]
    pades(items, out, [("Arne Vikhals", "Nav Kristiansund", "SignaturNavLeder", tz_dt(2020, 1, 16, 9, 40)),
                       ("Linn Skarsbø", "Kristiansund kommune", "SignaturKommune", tz_dt(2020, 1, 20, 13, 5))],
          font=("LS", "LSB"), size=9.5, style="inline")
    return truth("bx16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Kristiansund", "Kristiansund", o),
                 contact=("Stine Rokstad", "stine.rokstad@nav.no", "71574100"),
                 project=("Tidlig inn – Kristiansund", "new", "2020-03-15"), pct=100, amounts=am(603458, 9875, 613333),
                 prio=[P2], interest=(True, False), sigs=[(NAV, "Arne Vikhals", "Nav-leder", "2020-01-16", DG),
                       (MUN, "Linn Skarsbø", "Kommunedirektør", "2020-01-20", DG)],
                 notes=["near-miss: 603 458 + 9 875 = 613 333; two PAdES signatures"])


def bx17(out: Path):
    items = [("title", NB), ("kv", "Nav-kontor", "Nav Rana"), ("kv", "Kommune", "Rana"),
             ("kv", "Prosjekttittel", "Arbeid først i Rana"), ("kv", "Stillingsprosent", "100 %"),
             ("table", [["Post", "Beløp"], ["Lønn og sosiale kostnader", "600 000"], ["Kompetanse", "10 000"],
                        ["Sum", "610 000"]])] + [("p", "Prosjektbeskrivelse. " * 40)] * 6
    corrupt_docx(items, out, mode="grid")
    return truth("bx17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["word/document.xml fails its CRC; the zip directory is intact"])


def bx18(out: Path):
    items = [("p", "Fauske kommune – Enhet for psykisk helse og rus"), ("p", "Til Statsforvalteren i Nordland"),
             ("p", "Fauske, 30.01.2020"),
             ("title", "Søknad om tilskudd til kommunalt rusarbeid 2020 (Helsedirektoratet, kap. 765 post 62)"),
             ("p", "Fauske kommune søker om videreføring av tilskudd til en 100 % stilling som ruskonsulent i "
                   "Enhet for psykisk helse og rus. Stillingen samarbeider tett med Nav Fauske om oppfølging av "
                   "personer med rusutfordringer som mottar økonomisk sosialhjelp."),
             ("table", [["Budsjett 2020", "Beløp"], ["Ruskonsulent, 100 % stilling (lønn og sosiale kostnader)", "650 000"],
                        ["Kurs og kompetanse", "15 000"], ["Sum søkt", "665 000"]], [0.7, 0.3]),
             ("p", "Kontaktperson: Anne Lise Strand, enhetsleder, tlf. 75 60 40 00, "
                   "e-post anne.lise.strand@fauske.kommune.no."),
             ("sig", [sb("", ["Fauske, 30.01.2020"], "bx18a", ["Tommy Mikalsen", "Kommunalsjef helse og omsorg"])])]
    write_pdf(items, str(out), ("DV", "DVB"), 10, "inline")
    return truth("bx18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["the municipality's application to Helsedirektoratet's rusarbeid grant (kap. 765)"])
