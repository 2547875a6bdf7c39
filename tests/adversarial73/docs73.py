"""The 18 documents of corpus 73: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit73 import (S20, orgnr, spaced, write_form, write_letter,
                   write_pdf)
from truthlib import truth

A1, A2 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere"
A3 = "Sikring av sårbare overganger (f.eks. løslatelse fra fengsel, mellom tjenester, utdanning og arbeid)"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
T_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"
T_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"
NET, EVAL = "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Ønsker kontoret å delta i ekstern prosessevaluering?"
NET_NN, EVAL_NN = "Ønskjer kontoret å vere med i nettverk/klyngjesamarbeid?", "Ønskjer kontoret å vere med i ekstern prosessevaluering?"
DESC = ("Prosjektet skal prøve ut en ny måte å organisere oppfølgingen på, der veileder i sosiale tjenester og "
        "arbeidsgiverkontakt arbeider i team rundt den enkelte. Erfaringene dokumenteres løpende.")
DESC_NN = ("Prosjektet skal prøve ut ein ny måte å organisere oppfølginga på, der rettleiar i sosiale tenester og "
           "arbeidsgjevarkontakt arbeider i team rundt kvar einskild. Erfaringane blir dokumenterte undervegs.")


def gl01(out: Path):
    o = orgnr("97460091")
    items = [("title", "Søknadsskjema 2020 – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret"),
             ("note", "Søknadsfrist 1. februar 2020. Det kan søkes om inntil kr 610 000 per 100 % stilling (lønn og "
                      "sosiale kostnader) og inntil kr 10 000 til kompetansetiltak. Skjemaet sendes Fylkesmannen i "
                      "Innlandet, fminpost@fylkesmannen.no, tlf. 61 26 60 00."),
             ("sec", "Søker"), ("f", "Navn på NAV-kontor", "NAV Elverum"), ("f", "Kommune(r) som inngår", "Elverum"),
             ("f", "Organisasjonsnummer", spaced(o)), ("f", "Kontaktperson i prosjektet", "Marte Lundgård"),
             ("f", "Telefon / mobil", "481 23 907"), ("f", "E-post", "marte.lundgard@nav.no"),
             ("sec", "Prosjektet"), ("f", "Prosjektets navn", "Arbeidslinja Elverum"),
             ("f", "Nytt prosjekt / videreføring (oppgi år)", "Nytt"), ("f", "Planlagt oppstart", "02.03.2020"),
             ("f", "Omsøkt stillingsressurs (stillingsprosent)", "100 %"),
             ("sec", "Budsjett (beløp i kroner)"), ("f", "Lønn og sosiale utgifter", "kr 610 000,-"),
             ("f", "Prosjektspesifikk kompetanse", "kr 10 000,-"), ("f", "Sum omsøkt", "kr 620 000,-"),
             ("sec", "Prioriterte områder – sett kryss"), ("chk", A1, True), ("chk", A2, True), ("chk", A3, False),
             ("sec", "Nettverk og evaluering"), ("yn", NET, True), ("yn", EVAL, False),
             ("sec", "Kort beskrivelse"), ("para", DESC),
             ("sec", "Forankring og underskrift"),
             ("para", "Søknaden skal signeres av leder for NAV-kontoret og av rådmann/kommunedirektør."),
             ("sig", [{"who": "Leder NAV Elverum", "place": "Elverum, 30.01.2020", "ink": "gl01a",
                       "name": "Knut Arne Grindalen\nNAV-leder"},
                      {"who": "Kommunedirektør", "place": "Elverum, 31.01.2020", "ink": "gl01b",
                       "name": "Kristin Bakken Moe\nkommunedirektør"}])]
    write_form(items, out, "plain", "Arial")
    return truth("gl01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", o),
                 contact=("Marte Lundgård", "marte.lundgard@nav.no", "48123907"),
                 project=("Arbeidslinja Elverum", "new", "2020-03-02"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Knut Arne Grindalen", "NAV-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Kristin Bakken Moe", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: both caps met exactly; the county's e-mail and phone printed in the instructions; "
                        "numbered 3-column form with X in the answer column; signature grid place/ink/name"])


def gl02(out: Path):
    o = orgnr("96469217")
    items = [("title", T_NN), ("note", "Skjemaet skal sendast til Fylkesmannen i Vestland innan 1. februar 2020."),
             ("sec", "1 Opplysningar om søkjar"), ("f", "Namn på Nav-kontoret", "Nav Sogndal"),
             ("f", "Kommune", "Sogndal kommune"), ("f", "Organisasjonsnummer", o),
             ("f", "Kontaktperson", "Solveig Hauge Ness"), ("f", "Telefon", "976 05 338"),
             ("f", "E-postadresse", "solveig.hauge.ness@nav.no"),
             ("sec", "2 Om prosjektet"), ("f", "Prosjektnamn", "Kvardagsmeistring for unge vaksne"),
             ("f", "Er dette eit nytt prosjekt eller ei vidareføring?", "Vidareføring – 3. år (første tilskot i 2018)"),
             ("f", "Startdato for perioden det blir søkt om", "1. januar 2020"),
             ("f", "Stillingsressurs", "80 prosent stilling"),
             ("sec", "3 Budsjett"), ("f", "Løn inkl. sosiale kostnader", "488 000 kr"),
             ("f", "Kompetansetiltak", "10 000 kr"), ("f", "Totalt søknadsbeløp", "498 000 kr"),
             ("sec", "4 Prioriterte område"), ("chk", N1, False), ("chk", N2, True), ("chk", N3, True),
             ("sec", "5 Nettverk og evaluering"), ("yn", NET_NN, True), ("yn", EVAL_NN, True),
             ("sec", "6 Underskrift"),
             ("sig", [{"who": "Nav-leiar", "place": "Sogndal, 29. januar 2020", "ink": "gl02a", "name": "Eirik Bjørkum"},
                      {"who": "Kommunedirektør", "place": "Sogndal, 29. januar 2020", "ink": "gl02b",
                       "name": "Kari Vikesland"}])]
    write_form(items, out, "above", "Calibri", sig="stacked")
    return truth("gl02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Solveig Hauge Ness", "solveig.hauge.ness@nav.no", "97605338"),
                 project=("Kvardagsmeistring for unge vaksne", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Eirik Bjørkum", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Kari Vikesland", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: third year of a continuation (allowed), 80 % at exactly 488 000; labels above "
                        "boxed answers, [X] marks, Ja [X] Nei [ ] answers, date written out"])


def gl03(out: Path):
    o = orgnr("97455189")
    items = [("title", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"),
             ("note", "Fyll ut de grå feltene. Søknaden skal være signert av Nav-leder og rådmann/kommunedirektør."),
             ("sec", "Søker"), ("f", "Nav-kontor", "Nav Horten"), ("f", "Kommune", "Horten"), ("f", "Org.nr.", o),
             ("f", "Eventuelle samarbeidskommuner", None), ("f", "Kontaktperson", "Fredrik Aas Nyhus"),
             ("f", "E-post", "fredrik.aas.nyhus@nav.no"), ("f", "Telefon", "33 08 51 12"),
             ("sec", "Prosjekt"), ("f", "Prosjektnavn", "Familieteam Horten"), ("f", "Prosjekttype", "Nytt prosjekt"),
             ("f", "Oppstartsdato", ("date", "2020-04-01")), ("f", "Stillingsprosent", "100"),
             ("sec", "Økonomi"), ("f", "Lønn og sosiale kostnader (kr)", "605 000"), ("f", "Kompetanse (kr)", "10 000"),
             ("f", "Sum (kr)", "615 000"),
             ("sec", "Prioriterte områder"), ("chk", A1, False), ("chk", A2, True), ("chk", A3, False),
             ("sec", "Deltakelse"), ("yn", "Nettverk / klyngesamarbeid", False), ("yn", "Ekstern prosessevaluering", True),
             ("sec", "Signaturer"),
             ("sig", [{"who": "Leder Nav Horten", "place": ("date", "2020-01-28"), "ink": "gl03a",
                       "name": "Tone Wiik Ruud, Nav-leder"},
                      {"who": "Rådmann / kommunedirektør", "place": ("date", None), "ink": None, "name": None}])]
    write_form(items, out, "controls", "Calibri")
    return truth("gl03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Horten", "Horten", o),
                 contact=("Fredrik Aas Nyhus", "fredrik.aas.nyhus@nav.no", "33085112"),
                 project=("Familieteam Horten", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "total": 615000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Tone Wiik Ruud", "Nav-leder", "2020-01-28", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: municipal row left with Word's placeholder texts (date picker and name control), no ink",
                        "an optional field still shows its placeholder; 'Stillingsprosent' answered '100'"])


def gl04(out: Path):
    o = orgnr("97454421")
    items = [("title", "Tilskudd til utvikling av sosiale tjenester i NAV-kontoret – søknadsskjema 2020"),
             ("sec", "Om søker"), ("f", "Søker (NAV-kontor)", "NAV Molde"), ("f", "Kommune", "Molde"),
             ("f", "Org.nr", o), ("f", "Kontaktperson", "Ragnhild Aarflot"), ("f", "E-post", "ragnhild.aarflot@nav.no"),
             ("f", "Tlf.", "952 47 180"),
             ("sec", "Om prosjektet"), ("f", "Prosjektnavn", "Ut i arbeid – Molde"),
             ("f", "Ny søknad / videreføring", "Videreføring (2. år)"), ("f", "Oppstart", "01.01.2020"),
             ("f", "Stillingsstørrelse", "2 x 50 %"),
             ("sec", "Budsjett"), ("f", "Lønn/sos. kostnader", "610 000"), ("f", "Kompetanse", "10 000"),
             ("f", "Totalt", "620 000"),
             ("sec", "Prioriterte områder"), ("chk", A1, True), ("chk", A2, False), ("chk", A3, True),
             ("sec", "Interesse"), ("yn", NET, True), ("yn", EVAL, True),
             ("sec", "Underskrifter"),
             ("sig", [{"who": "Leder NAV Molde", "place": "Molde, 27.01.2020", "name": "Hilde Strand Eide"},
                      {"who": "Kommunedirektør", "place": "Molde, 28.01.2020", "name": "Arne Sandvik"}])]
    write_form(items, out, "legacy", "Times New Roman")
    return truth("gl04", "docx", "docx-legacy-fields", lang="nb", scheme=S20, office=("Nav Molde", "Molde", o),
                 contact=("Ragnhild Aarflot", "ragnhild.aarflot@nav.no", "95247180"),
                 project=("Ut i arbeid – Molde", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Strand Eide", "Leder NAV Molde", "2020-01-27", "typed"),
                       ("municipality", "Arne Sandvik", "Kommunedirektør", "2020-01-28", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["defect: both names typed into legacy fields of the signature grid, the ink column empty",
                        "FORMCHECKBOX with w:checked (not w:default); '2 x 50 %' = 100"])


def gl05(out: Path):
    o = orgnr("97603284")
    paras = ["Vår dato: 28.01.2020          Vår referanse: 20/1187",
             ("h", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020 – videreføring av "
                   "«Familieløftet»"),
             "NAV Kristiansand søker om videreføring av prosjektet «Familieløftet» for andre prosjektår. Prosjektet "
             "har vart siden 2019 og følger opp barnefamilier med lav inntekt der foreldrene står utenfor "
             "arbeidslivet, med en familiekoordinator som arbeider med hele familien samtidig. Vi søker om midler "
             "for perioden 1. januar til 31. desember 2020.",
             "Vi søker om to hele stillinger (200 %) for 2020: en familiekoordinator og en jobbspesialist. "
             "Prosjektet er planlagt over tre år, og tabellen viser også det foreløpige budsjettet for 2021.",
             ("tbl", [["Budsjettpost", "2020 (søkes nå)", "2021 (foreløpig)"],
                      ["Lønn og sosiale kostnader, 2 stillinger", "1 220 000", "1 250 000"],
                      ["Kompetanseheving", "10 000", "10 000"], ["Sum", "1 230 000", "1 260 000"]]),
             "Prosjektet retter seg mot oppfølging av barnefamilier og ungdom, som er ett av de prioriterte "
             "områdene i kunngjøringen. NAV Kristiansand ønsker å delta i klyngesamarbeid med andre kontor, og "
             "stiller seg også positive til å delta i ekstern prosessevaluering.",
             "Kontaktperson for søknaden er seniorrådgiver Øystein Tveit, tlf. 907 33 218, e-post oystein.tveit@nav.no.",
             "Med hilsen"]
    sigs = [{"who": "", "place": "Kristiansand, 28.01.2020", "ink": "gl05a",
             "name": "Anne Lise Fjeldstad\nleder NAV Kristiansand"},
            {"who": "", "place": "Kristiansand, 28.01.2020", "ink": "gl05b",
             "name": "Terje Øvland\nkommunalsjef for helse og mestring"}]
    write_letter(["NAV Kristiansand\nPostboks 4, 4601 Kristiansand S\nOrg.nr. " + spaced(o),
                  "Fylkesmannen i Agder\nPostboks 788 Stoa\n4809 Arendal"], paras, out, "Cambria", sigs,
                 after=["Kopi: Kristiansand kommune v/kommunedirektøren"])
    return truth("gl05", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Kristiansand", "Kristiansand", o), contact=("Øystein Tveit", "oystein.tveit@nav.no", "90733218"),
                 project=("Familieløftet", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Anne Lise Fjeldstad", "Leder NAV Kristiansand", "2020-01-28", "handwritten"),
                       ("municipality", "Terje Øvland", "Kommunalsjef for helse og mestring", "2020-01-28", "handwritten")],
                 notes=["near-miss: budget table with a 2021 column above the caps; 2020 column at exactly 1 220 000 "
                        "for 200 %; ink images in a borderless table after 'Med hilsen'"])


def gl06(out: Path):
    o = orgnr("97450990")
    paras = ["Stord, 24. januar 2020",
             ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav – «Ungdomsloftet Stord»"),
             "Nav Stord søkjer om tilskot til eit nytt prosjekt for ungdom mellom 18 og 25 år som har falle ut av "
             "vidaregåande skule. Vi vil prøve ut ein modell der rettleiar følgjer ungdommen tett både i skulen og "
             "ute på arbeidsplassen. Prosjektet fell inn under dei prioriterte områda «oppfølging av ungdom» og "
             "«sikring av sårbare overgangar».",
             "Vi søkjer om ei heil stilling som ungdomsrettleiar og ei halv stilling som jobbspesialist, til saman "
             "150 prosent. Oppstart er planlagd til 1. april 2020.",
             ("tbl", [["Post", "Stilling", "Kroner"], ["Ungdomsrettleiar", "100 %", "610 000"],
                      ["Jobbspesialist", "50 %", "300 000"], ["Kompetansetiltak", "", "10 000"],
                      ["Sum omsøkt", "", "930 000"]]),
             "Nav Stord ønskjer å vere med i nettverk/klyngjesamarbeid, men ikkje i ekstern prosessevaluering.",
             "Kontaktperson: Ingrid Heiene Økland, e-post ingrid.heiene.okland@nav.no, mobil 934 51 207.",
             "Med helsing"]
    sigs = [{"who": "", "place": "Stord, 24.01.2020", "ink": "gl06a", "name": "Bjarte Sælensminde\nNav-leiar"},
            {"who": "", "place": "Stord, 27.01.2020", "ink": "gl06b", "name": "Lena Vikse Tysnes\nkommunedirektør"}]
    write_letter(["Nav Stord\nPostboks 24, 5401 Stord\nOrg.nr. " + o,
                  "Fylkesmannen i Vestland\nNjøsavegen 2\n6863 Leikanger"], paras, out, "Georgia", sigs)
    return truth("gl06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Stord", "Stord", o),
                 contact=("Ingrid Heiene Økland", "ingrid.heiene.okland@nav.no", "93451207"),
                 project=("Ungdomsloftet Stord", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 910000, "competence": 10000, "total": 930000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Bjarte Sælensminde", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Lena Vikse Tysnes", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 610 000 + 300 000 + 10 000 = 920 000, the table says 930 000 (positions 910 000 "
                        "under the 915 000 cap)"])


def gl07(out: Path):
    o = orgnr("97453019")
    items = [("title", "Søknad – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"),
             ("note", "Jf. kunngjøring fra Arbeids- og velferdsdirektoratet. Søknadsfrist 01.02.2020."),
             ("sec", "A  Søker"), ("f", "NAV-kontor", "NAV Gjøvik"), ("f", "Kommune", "Gjøvik"), ("f", "Org.nr.", o),
             ("f", "Kontaktperson", "Henrik Rustad Bøe"), ("f", "Telefon", "61 18 92 40"),
             ("f", "E-post", "henrik.rustad.boe@nav.no"),
             ("sec", "B  Prosjekt"), ("f", "Prosjekttittel", "Sammen om jobb Gjøvik"), ("f", "Nytt / videreføring", "Nytt prosjekt"),
             ("f", "Oppstart", "Mars 2020"), ("f", "Stillingsandel", "50 % (0,5 årsverk)"),
             ("sec", "C  Budsjett"), ("tbl", [["Post", "Beløp (kr)"], ["Lønn og sosiale kostnader", "300 000"],
                                               ["Kompetansetiltak", "5 000"], ["Totalt omsøkt", "305 000"]]),
             ("sec", "D  Prioriterte områder"), ("chk", A1, True), ("chk", A2, False), ("chk", A3, False),
             ("sec", "E  Samarbeid"), ("yn", "Nettverk / klyngesamarbeid", True), ("yn", "Ekstern prosessevaluering", False),
             ("sec", "F  Godkjenning"),
             ("para", "Søknaden er behandlet i ledermøtet 27.01.2020. Dokumentet er elektronisk godkjent og har derfor "
                      "ingen håndskrevne signaturer."),
             ("f", "Godkjent av NAV-leder", "Turid Hovland Dæhli, 27.01.2020"),
             ("f", "Godkjent av kommunalsjef helse og omsorg", "Per Olav Berg, 28.01.2020")]
    write_pdf(items, str(out), "boxes", ("LS", "LSB"))
    return truth("gl07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Henrik Rustad Bøe", "henrik.rustad.boe@nav.no", "61189240"),
                 project=("Sammen om jobb Gjøvik", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Turid Hovland Dæhli", "NAV-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Per Olav Berg", "Kommunalsjef helse og omsorg", "2020-01-28", "electronic_approval")],
                 notes=["near-miss: total 305 000 equals the 50 % cap but positions are 300 000; Altinn-like boxed "
                        "fields two per row with small labels on top; month-only start"])


def gl08(out: Path):
    o = orgnr("96400213")
    items = [("title", "Tilskot til utvikling av sosiale tenester i Nav-kontoret – søknad 2020"),
             ("sec", "Søkjar"), ("f", "Nav-kontor", "Nav Sunndal"), ("f", "Kommune", "Sunndal kommune"),
             ("f", "Org.nr.", spaced(o)), ("f", "Kontaktperson", "Gunnhild Hoel Mo"),
             ("f", "E-post", "gunnhild.hoel.mo@nav.no"), ("f", "Telefon", "71 69 92 15"),
             ("sec", "Prosjekt"), ("f", "Prosjektnamn", "Jobb i Sunndal"), ("f", "Type", "Nytt prosjekt"),
             ("f", "Planlagd oppstart", "15.04.2020"), ("f", "Stillingsdel", "75 %"),
             ("sec", "Budsjett (beløp i 1000 kr)"),
             ("tbl", [["Post", "2020"], ["Løn og sosiale kostnader", "457,5"], ["Kompetanse", "10,0"],
                      ["Sum søknad", "467,5"]]),
             ("sec", "Prioriterte område"), ("chk", N1, True), ("chk", N2, False), ("chk", N3, False),
             ("sec", "Interesse"), ("yn", "Nettverk / klyngjesamarbeid", False), ("yn", "Ekstern prosessevaluering", False),
             ("sec", "Godkjenning"),
             ("para", "Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar."),
             ("f", "Nav-leiar", "Arnfinn Grøtte – godkjent 29.01.2020"),
             ("f", "Rådmann", "Ståle Rise – godkjent 30.01.2020")]
    write_pdf(items, str(out), "ruled", ("DVS", "DVSB"))
    return truth("gl08", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Sunndal", "Sunndal", o),
                 contact=("Gunnhild Hoel Mo", "gunnhild.hoel.mo@nav.no", "71699215"),
                 project=("Jobb i Sunndal", "new", "2020-04-15"), pct=75,
                 amounts={"positions": 457500, "competence": 10000, "total": 467500},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Arnfinn Grøtte", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Ståle Rise", "Rådmann", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: budget 'beløp i 1000 kr' (457,5 / 10,0 / 467,5), 75 % at exactly 457 500; "
                        "Nynorsk electronic approval"])
