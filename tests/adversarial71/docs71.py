"""The 18 documents of corpus 71 (emphasis: how offices write numbers). Each builder writes one file
and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit71 import A, NBSP, NN, NNBSP, THIN, Flow, T, acro, am, docx, n, office_pdf, orgnr, pades, scan, sig_cells, two, tz
from kit71 import workbook
from truthlib import truth

HW, EA = "handwritten", "electronic_approval"


def sp01(out: Path):
    o = orgnr("97461890")
    kr = lambda v: n(v, pre="kr ", post=",-")  # noqa: E731
    rows = [["Nr.", "Spørsmål", "Svar"], ["1.1", "Nav-kontor som søker", "NAV Gjøvik"], ["1.2", "Kommune", "Gjøvik"],
            ["1.3", "Organisasjonsnummer", f"{o[:3]} {o[3:6]} {o[6:]}"], ["1.4", "Kontaktperson for søknaden", "Marte Haugen"],
            ["1.5", "E-post", "marte.haugen@nav.no"], ["1.6", "Telefon", "481 22 730"],
            ["2.1", "Prosjektets navn", "Jobbhuset Gjøvik"], ["2.2", "Nytt prosjekt eller videreføring?", "Nytt prosjekt"],
            ["2.3", "Når starter prosjektet?", "01.03.2020"],
            ["2.4", "Stillingsressurs i prosjektet", "0,8 årsverk (én prosjektmedarbeider)"]]
    budget = [["Budsjettpost", "Beløp"], ["Lønn prosjektmedarbeider (0,8 årsverk)", kr(402000)],
              ["Sosiale utgifter (arbeidsgiveravgift 14,1 % og pensjon)", kr(86000)],
              ["Sum lønn og sosiale utgifter", kr(488000)], ["Prosjektspesifikk kompetanse", kr(10000)],
              ["Totalt søknadsbeløp", kr(498000)]]
    blocks = [("h", "Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret"),
              ("p", "Sendes Statsforvalteren i Innlandet. Søknadsfrist 1. februar 2020."),
              ("t", rows, {"head": True, "widths": [1.2, 6.0, 8.5]}), ("p", [("b", "3. Budsjett for 2020")]),
              ("t", budget, {"head": True, "right": {1}, "widths": [11.5, 4.2]}), ("p", [("b", "4. Prioriterte områder")]),
              ("p", f"☒ {A[0]}"), ("p", f"☐ {A[1]}"), ("p", f"☒ {A[2]}"), ("p", [("b", "5. Ønsker Nav-kontoret å delta i …")]),
              ("t", [["Nettverk/klyngesamarbeid", "☒ Ja   ☐ Nei"], ["Ekstern prosessevaluering", "☐ Ja   ☒ Nei"]], {}),
              ("p", [("b", "6. Underskrifter")]),
              sig_cells((["Gjøvik, 28.01.2020"], "sp01a", ["Kjetil Bråten", "Nav-leder"]),
                        (["Gjøvik, 29.01.2020"], "sp01b", ["Hilde Sveen", "Kommunedirektør"]))]
    docx(blocks, out, "Calibri", 10)
    return T("sp01", "docx", "docx-form", "nb", ("Nav Gjøvik", "Gjøvik", o), ("Marte Haugen", "marte.haugen@nav.no", "48122730"),
             ("Jobbhuset Gjøvik", "new", "2020-03-01"), 80, am(488000, 10000, 498000), [0, 2], (True, False),
             two(HW, ("Kjetil Bråten", "Nav-leder", "2020-01-28"), ("Hilde Sveen", "Kommunedirektør", "2020-01-29")),
             notes=["near-miss: '0,8 årsverk' = 80 % at 488 000 as salary + social costs (label with a rate '14,1 %')"])


def sp02(out: Path):
    o = orgnr("92110045")
    s = [("Søkjar (Nav-kontor)", "Nav Sunnfjord"), ("Kommune", "Sunnfjord kommune"), ("Organisasjonsnummer", o),
         ("Kontaktperson", "Gunvor Myklebust"), ("E-post", "gunvor.myklebust@nav.no"), ("Telefon", "57 72 31 40"),
         ("Namnet på prosjektet", "Saman i jobb"), ("Søknaden gjeld", "Vidareføring – andre prosjektår"),
         ("Prosjektstart", "1. januar 2020"), ("Stillingsressurs", "Ei stilling (100 %), delt mellom to rettleiarar i 50 % kvar")]
    b = [["Post", "Stillingsdel", "Kroner"], ["Jobbspesialist", "50 %", n(305000, NBSP)],
         ["Familierettleiar", "50 %", n(305000, NBSP)], ["Sum løn og sosiale kostnader", "100 %", n(610000, NBSP)],
         ["Kompetanse (fagdag og rettleiing)", "", n(10000, NBSP)], ["Totalt søkt", "", n(620000, NBSP)]]
    blocks = [("p", [("b", "Nav Sunnfjord")]), ("p", "Til Statsforvaltaren i Vestland"),
              ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020"), ("t", s, {"stack": True}),
              ("p", [("b", "Budsjett 2020")]), ("t", b, {"head": True, "right": {1, 2}, "widths": [8, 3, 4]}),
              ("p", [("b", "Prioriterte område (set kryss)")]), ("p", f"☐ {NN[0]}"), ("p", f"☒ {NN[1]}"), ("p", f"☒ {NN[2]}"),
              ("p", "Vi er interesserte i nettverk/klyngjesamarbeid: Ja"), ("p", "Vi er interesserte i ekstern prosessevaluering: Ja"),
              sig_cells((["Førde, 30.01.2020"], "sp02a", ["Arnfinn Vie", "Nav-leiar"]),
                        (["Førde, 29.01.2020"], "sp02b", ["Brit Helene Skrede", "Kommunedirektør"]))]
    docx(blocks, out, "Arial", 10)
    return T("sp02", "docx", "docx-form", "nn", ("Nav Sunnfjord", "Sunnfjord", o),
             ("Gunvor Myklebust", "gunvor.myklebust@nav.no", "57723140"), ("Saman i jobb", "continuation", "2020-01-01"), 100,
             am(610000, 10000, 620000), [1, 2], (True, True),
             two(HW, ("Arnfinn Vie", "Nav-leiar", "2020-01-30"), ("Brit Helene Skrede", "Kommunedirektør", "2020-01-29")),
             notes=["near-miss: ONE 100 % position shared 50/50 by two people, 305 000 + 305 000 = 610 000 (NBSP figures)"])


def sp03(out: Path):
    o = orgnr("97483206")
    R = lambda label, v: [label, [("sdt", label[:20], v)] if isinstance(v, str) else [v]]  # noqa: E731
    D = lambda iso: [["Dato: ", ("date", "Dato", iso, ".".join(reversed(iso.split("-"))))]]  # noqa: E731
    rows = [R("Nav-kontor", "Nav Bodø"), R("Kommune", "Bodø"), R("Organisasjonsnummer", o),
            R("Kontaktperson", "Sindre Pettersen"), R("E-post", "sindre.pettersen@nav.no"), R("Telefon", "909 13 477"),
            R("Prosjektnavn", "Første jobb Bodø"), R("Nytt prosjekt / videreføring", "Nytt prosjekt"),
            R("Oppstartsdato", ("date", "Oppstart", "2020-08-03", "03.08.2020")), R("Stillingsprosent", "100 %")]
    money = [R("Lønn og sosiale kostnader 2020 (kr)", "254 200,00"), R("Kompetansemidler (kr)", "10 000,00"),
             R("Sum omsøkt 2020 (kr)", "264 200,00")]
    blocks = [("h", "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
              ("p", "Fyll inn i de grå feltene. Skjemaet sendes Statsforvalteren i Nordland."),
              ("t", rows, {"widths": [6, 9.5], "shade0": "EDEDED"}),
              ("p", [("b", "Budsjett 2020 – stillingen starter i august, beløpene gjelder fem måneder")]),
              ("t", money, {"widths": [8, 7.5], "shade0": "EDEDED"}),
              ("p", "Til orientering: helårskostnaden for stillingen (lønn og sosiale kostnader) er beregnet til "
                    "kr 610 000. Videreføring i 2021 søkes i egen søknad."), ("p", [("b", "Prioriterte områder")]),
              ("p", [("cbox", False), f" {A[0]}"]), ("p", [("cbox", True), f" {A[1]}"]), ("p", [("cbox", False), f" {A[2]}"]),
              ("p", [("b", "Nettverk og evaluering")]), ("p", [("cbox", True), " Ja, vi ønsker å delta i nettverk/klyngesamarbeid"]),
              ("p", [("cbox", True), " Ja, vi ønsker ekstern prosessevaluering"]),
              ("t", [["Nav-leder", "Kommunedirektør"], [[("ink", "sp03a", 4.0)], [("ink", "sp03b", 4.0)]],
                     ["Navn: Ellen Johansen", "Navn: Rolf Kristiansen"], [D("2020-01-27"), D("2020-01-29")]], {"grid": False})]
    docx(blocks, out, "Calibri", 11)
    return T("sp03", "docx", "docx-controls", "nb", ("Nav Bodø", "Bodø", o),
             ("Sindre Pettersen", "sindre.pettersen@nav.no", "90913477"), ("Første jobb Bodø", "new", "2020-08-03"), 100,
             am(254200, 10000, 264200), [1], (True, True),
             two(HW, ("Ellen Johansen", "Nav-leder", "2020-01-27"), ("Rolf Kristiansen", "Kommunedirektør", "2020-01-29")),
             notes=["near-miss: 100 % from August, part-year '254 200,00'; the full-year 610 000 is for information only"])


def sp04(out: Path):
    o = orgnr("96433127")
    F = lambda label, name, v: ("p", [f"{label}:\t", ("ff", name, v)])  # noqa: E731
    B = lambda i, on: ("p", [("ffbox", f"o{i}", on), f" {NN[i]}"])  # noqa: E731
    blocks = [("h", "Tilskot til utvikling av sosiale tenester i Nav 2020 – søknadsskjema"), ("p", [("b", "Del 1 Søkjar")]),
              F("Nav-kontor", "kontor", "NAV Surnadal"), F("Kommune", "kommune", "Surnadal"), F("Org.nr.", "orgnr", o),
              F("Kontaktperson", "kontakt", "Ragnhild Søvde"), F("E-post", "epost", "ragnhild.sovde@nav.no"),
              F("Tlf.", "tlf", "71 65 99 20"), ("p", [("b", "Del 2 Prosjektet")]),
              F("Prosjektnamn", "namn", "Heim til arbeid"), F("Nytt/vidareføring", "type", "Nytt prosjekt"),
              F("Planlagd oppstart", "start", "1. april 2020"), F("Stillingsprosent", "pst", "70"),
              ("p", [("b", "Del 3 Budsjett 2020 – alle beløp i heile tusen kroner (1000 kr)")]),
              F("Løn og sosiale kostnader (70 % stilling)", "lon", "427"), F("Kompetansetiltak", "komp", "10"),
              F("Sum omsøkt", "sum", "437"), ("p", [("b", "Del 4 Prioriterte område")]), B(0, True), B(1, False), B(2, False),
              ("p", [("b", "Del 5 Nettverk og evaluering")]),
              ("p", ["Nettverk/klyngjesamarbeid:  ", ("ffbox", "nj", False), " Ja   ", ("ffbox", "nn", True), " Nei"]),
              ("p", ["Ekstern prosessevaluering:  ", ("ffbox", "ej", True), " Ja   ", ("ffbox", "en", False), " Nei"]),
              sig_cells((["Stad og dato: Surnadal, 24.01.2020"], "sp04a", ["Oddvar Hoel", "Nav-leiar"]),
                        (["Stad og dato: Surnadal, 27.01.2020"], "sp04b", ["Ingunn Holten", "Rådmann"]))]
    docx(blocks, out, "Times New Roman", 11)
    return T("sp04", "docx", "docx-legacy-fields", "nn", ("Nav Surnadal", "Surnadal", o),
             ("Ragnhild Søvde", "ragnhild.sovde@nav.no", "71659920"), ("Heim til arbeid", "new", "2020-04-01"), 70,
             am(427000, 10000, 437000), [0], (False, True),
             two(HW, ("Oddvar Hoel", "Nav-leiar", "2020-01-24"), ("Ingunn Holten", "Rådmann", "2020-01-27")),
             notes=["near-miss: budget 'i heile tusen kroner' (427 = 427 000, 70 % at the cap); percent '70' without a sign"])


def sp05(out: Path):
    o = orgnr("97454095")
    tbl = [["Budsjett (kr)", "2020", "2021", "Sum"], ["Lønn og sosiale kostnader (1,5 årsverk)", "915 000", "942 000", "1 857 000"],
           ["Kompetanse", "10 000", "10 000", "20 000"], ["Sum", "925 000", "952 000", "1 877 000"]]
    blocks = [("p", [("b", "NAV Sarpsborg")]), ("p", f"Postboks 237, 1702 Sarpsborg – org.nr. {o}"),
              ("p", "Sarpsborg, 30. januar 2020", "right"), ("p", "Statsforvalteren i Oslo og Viken"),
              ("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Bro til arbeid»", 2),
              ("p", "NAV Sarpsborg søker om tilskudd til prosjektet «Bro til arbeid», et nytt prosjekt med oppstart "
                    "1. mars 2020. Prosjektet skal gi langtidsmottakere av sosialhjelp en vei inn i jobb gjennom tett "
                    "samarbeid med lokale arbeidsgivere, og svarer på det prioriterte området «Bruk av ordinært arbeidsliv»."),
              ("p", "Prosjektet bemannes med 1,5 årsverk: én jobbspesialist i 100 % stilling og én arbeidsgiverkontakt "
                    "i 50 % stilling. Prosjektet er planlagt over to år. Denne søknaden gjelder 2020; for 2021 vil vi "
                    "søke om videreføring."),
              ("t", tbl, {"head": True, "right": {1, 2, 3}, "widths": [7.5, 2.6, 2.6, 2.8]}),
              ("p", "Vi søker altså om kr 925 000 for 2020."),
              ("p", "NAV Sarpsborg ønsker å delta i nettverk/klyngesamarbeid med andre kontor, og ønsker også ekstern "
                    "prosessevaluering."),
              ("p", "Kontaktperson: Camilla Nygaard, rådgiver, tlf. 69 10 52 63, e-post camilla.nygaard@nav.no."),
              ("p", "Med vennlig hilsen"), ("p", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."),
              ("t", [["Per Erik Sand", "Ann-Kristin Moe"], ["Nav-leder", "Kommunedirektør"],
                     ["Godkjent 29.01.2020", "Godkjent 30.01.2020"]], {"grid": False})]
    docx(blocks, out, "Cambria", 11)
    return T("sp05", "docx", "docx-letter", "nb", ("Nav Sarpsborg", "Sarpsborg", o),
             ("Camilla Nygaard", "camilla.nygaard@nav.no", "69105263"), ("Bro til arbeid", "new", "2020-03-01"), 150,
             am(915000, 10000, 925000), [0], (True, True),
             two(EA, ("Per Erik Sand", "Nav-leder", "2020-01-29"), ("Ann-Kristin Moe", "Kommunedirektør", "2020-01-30")),
             notes=["near-miss: two-year budget (2020 | 2021 | Sum), only 2020 counts: 1,5 årsverk at exactly 915 000"])


def sp06(out: Path):
    o = orgnr("96430216")
    tbl = [["Post", "Kroner"], ["Jobbspesialist, 100 % (løn og sosiale kostnader)", "620 000"],
           ["Familierettleiar, 50 % (løn og sosiale kostnader)", "310 000"], ["Sum stillingar", "930 000"],
           ["Kompetanse", "10 000"], ["Samla søknadssum", "940 000"]]
    blocks = [("p", "Nav Ål\nTorget 2, 3570 Ål"), ("p", "Ål, 23. januar 2020", "right"), ("p", "Til Statsforvaltaren i Oslo og Viken"),
              ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 2),
              ("p", f"Nav Ål (org.nr. {o}) søkjer med dette om tilskot til det nye prosjektet «Arbeid i bygda». Prosjektet "
                    "startar 1. april 2020 og rettar seg mot barnefamiliar med låg inntekt, der foreldra får tett oppfølging "
                    "mot arbeid og borna får delta i fritidsaktivitetar."),
              ("p", "Vi søkjer om 1,5 årsverk: ein jobbspesialist i full stilling og ein familierettleiar i halv stilling."),
              ("t", tbl, {"head": True, "right": {1}, "widths": [11, 4]}),
              ("p", "Nav Ål ønskjer ikkje å vere med i nettverk/klyngjesamarbeid, og heller ikkje i ekstern prosessevaluering."),
              ("p", "Kontaktperson for søknaden er Marit Sletta, marit.sletta@nav.no, telefon 32 08 51 12."),
              ("p", "Med helsing"), sig_cells((["Ål, 22.01.2020"], "sp06a", ["Bjørg Ulsaker", "Nav-leiar"]),
                                             (["Ål, 24.01.2020"], "sp06b", ["Halvor Thorsrud", "Kommunedirektør"]))]
    docx(blocks, out, "Georgia", 11)
    return T("sp06", "docx", "docx-letter", "nn", ("Nav Ål", "Ål", o), ("Marit Sletta", "marit.sletta@nav.no", "32085112"),
             ("Arbeid i bygda", "new", "2020-04-01"), 150, am(930000, 10000, 940000), [1], (False, False),
             two(HW, ("Bjørg Ulsaker", "Nav-leiar", "2020-01-22"), ("Halvor Thorsrud", "Kommunedirektør", "2020-01-24")),
             expected=["AMOUNT_OVER_CAP"], notes=["defect: 1,5 årsverk (full + halv stilling) at 930 000 > 915 000"])


def sp07(out: Path):
    o = orgnr("97451118")
    k = lambda v: n(v, THIN, "kr ")  # noqa: E731
    f = Flow(str(out), "DV", "DVB", 9.5)
    f.text("NAV Drammen", bold=True, size=14, dy=18)
    f.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", bold=True, size=11, dy=22)
    f.kvs([("Nav-kontor", "Nav Drammen"), ("Kommune", "Drammen"), ("Organisasjonsnummer", o),
           ("Kontaktperson", "Ahmed Hussain"), ("E-post", "ahmed.hussain@nav.no"), ("Telefon", "32 80 64 15")], bar="A   Søker")
    f.kvs([("Prosjektnavn", "Nye veier Drammen"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
           ("Oppstart", "01.04.2020"), ("Stillingsandel", "100 % (prosjektkoordinator)")], bar="B   Prosjektet")
    f.bar("C   Budsjett 2020")
    f.grid([["Post", "Beløp"], ["Lønn prosjektkoordinator (100 %)", k(450000)], ["Arbeidsgiveravgift 14,1 %", k(63450)],
            ["Pensjon 12 %", k(54000)], ["Sum lønn og sosiale kostnader", k(567450)], ["Kompetanse (prosessveiledning)", k(10000)],
            ["Sum søknadsbeløp", k(577450)], ["Kommunens egenandel (kontor, IKT, ledelse)", k(80000)],
            ["Prosjektets totale kostnad", k(657450)]], [330, 150], right={1})
    f.boxes([(A[0], True), (A[1], True), (A[2], False)], head="D   Prioriterte områder", bar=True)
    f.kvs([("Ønsker å delta i nettverk/klyngesamarbeid", "Ja"), ("Ønsker ekstern prosessevaluering", "Nei")], x2=330,
          bar="E   Nettverk og evaluering")
    f.bar("F   Godkjenning")
    f.para("Søknaden er elektronisk godkjent og har ingen håndskreven signatur.")
    f.kvs([("Nav-leder", "Line Berntsen – godkjent 27.01.2020"), ("Kommunalsjef", "Øystein Krogh – godkjent 28.01.2020")], x2=150)
    f.save()
    return T("sp07", "pdf", "pdf-text", "nb", ("Nav Drammen", "Drammen", o), ("Ahmed Hussain", "ahmed.hussain@nav.no", "32806415"),
             ("Nye veier Drammen", "new", "2020-04-01"), 100, am(567450, 10000, 577450), [0, 1], (True, False),
             two(EA, ("Line Berntsen", "Nav-leder", "2020-01-27"), ("Øystein Krogh", "Kommunalsjef", "2020-01-28")),
             own_funding=80000, notes=["near-miss: salary + employer's tax + pension = 567 450; own share not applied for"])


def sp08(out: Path):
    o = orgnr("96430410")
    f = Flow(str(out), "LR", "LRB", 10.5)
    f.text("Nav Kvinnherad", bold=True, size=13, dy=18)
    f.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – søknadsåret 2020", bold=True, size=11, dy=24)
    for q, a in [("1. Søkjar (Nav-kontor og kommune)", "Nav Kvinnherad, Kvinnherad kommune"),
                 ("2. Organisasjonsnummer", f"{o[:3]} {o[3:6]} {o[6:]}"),
                 ("3. Kontaktperson (namn, e-post og telefon)", "Kristoffer Eik, kristoffer.eik@nav.no, 53 48 31 27"),
                 ("4. Namnet på prosjektet", "Tett på ungdom"), ("5. Er dette eit nytt prosjekt eller ei vidareføring?", "Nytt prosjekt."),
                 ("6. Når startar prosjektet?", "1. mars 2020"),
                 ("7. Kor stor stillingsressurs søkjer de om?", "Ei 100 % stilling som ungdomsrettleiar.")]:
        f.qa(q, a)
    f.text("8. Budsjett for 2020", bold=True, dy=18)
    f.grid([["Post", "Kroner"], ["Løn (100 % stilling)", "470 000"], ["Sosiale kostnader (arbeidsgjevaravgift og pensjon)", "120 000"],
            ["Sum løn og sosiale kostnader", "590 000"], ["Kompetanse", "10 000"], ["Totalt søkt", "610 000"]], [330, 110], right={1})
    for q, a in [("9. Kva prioriterte område svarar prosjektet på?", "Oppfølging av barnefamiliar, ungdom og innvandrarar, og "
                  "sikring av sårbare overgangar mellom skule og arbeid."),
                 ("10. Ønskjer kontoret å delta i nettverk/klyngjesamarbeid?", "Ja."),
                 ("11. Ønskjer kontoret ekstern prosessevaluering?", "Ja.")]:
        f.qa(q, a)
    f.para(gap=6, s="Søknaden er elektronisk godkjend av Nav-leiar Åse Tjelmeland 20.01.2020 og kommunedirektør Rolf Helge Opsal "
           "21.01.2020, og har difor ingen handskrivne signaturar.")
    f.save()
    return T("sp08", "pdf", "pdf-text", "nn", ("Nav Kvinnherad", "Kvinnherad", o),
             ("Kristoffer Eik", "kristoffer.eik@nav.no", "53483127"), ("Tett på ungdom", "new", "2020-03-01"), 100,
             am(590000, 10000, 610000), [1, 2], (True, True),
             two(EA, ("Åse Tjelmeland", "Nav-leiar", "2020-01-20"), ("Rolf Helge Opsal", "Kommunedirektør", "2020-01-21")),
             expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 590 000 + 10 000 = 600 000, but 'Totalt søkt' says 610 000"])


def sp09(out: Path):
    o = orgnr("97459410")
    d = lambda v: n(v, ".")  # noqa: E731
    f = Flow(str(out), "DVC", "DVCB", 10)
    f.text("Søknad 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=12, dy=18)
    f.text("Til: Statsforvalteren i Vestfold og Telemark", dy=22)
    f.kvs([("Søker", "Nav Larvik"), ("Kommune", "Larvik"), ("Org.nr.", o), ("Kontaktperson", "Vibeke Eriksen"),
           ("E-post", "vibeke.eriksen@nav.no"), ("Telefon", "916 02 584"), ("Prosjektnavn", "Mestringsløpet"),
           ("Nytt/videreført", "Nytt"), ("Oppstart", "01.05.2020"), ("Stillingsprosent", "100 %"),
           ("Omsøkt beløp", "NOK 620.000 (se vedlegg 1 – budsjett)"), ("Herav lønn og sosiale kostnader", "NOK 610.000"),
           ("Herav kompetanse", "NOK 10.000")], x2=220)
    f.boxes([(A[0], True), (A[1], False), (A[2], True)], brackets=True, head="Prioriterte områder", gap=6)
    f.kvs([("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Ja")], x2=220, gap=6)
    f.para(gap=8, s="Søknaden er elektronisk godkjent av Nav-leder Jan Olav Berg (30.01.2020) og kommunedirektør Ine Marie Skoli "
           "(31.01.2020).")
    f.page()
    f.sheet([["Budsjett 2020 – Mestringsløpet (Nav Larvik)"], ["Beløp i NOK"], ["Post", "Kostnad", "Egenandel", "Fylkeskomm.", "Søkt"],
             ["Lønn og sos. kostn., 100 % stilling", d(760000), d(50000), d(100000), d(610000)],
             ["Kompetanse (kurs/veiledning)", d(10000), "0", "0", d(10000)], ["Sum", d(770000), d(50000), d(100000), d(620000)],
             [""], ["Egenandel: Larvik kommune (kontorplass og ledelse)"], ["Fylkeskomm.: Vestfold og Telemark fylkeskommune (innvilget)"]],
            [172, 66, 70, 70, 66], right={1, 2, 3, 4}, bold_rows={1, 3, 6}, fname="Budsjett_Mestringslopet_2020.xlsx")
    f.save()
    return T("sp09", "pdf", "pdf-text", "nb", ("Nav Larvik", "Larvik", o), ("Vibeke Eriksen", "vibeke.eriksen@nav.no", "91602584"),
             ("Mestringsløpet", "new", "2020-05-01"), 100, am(610000, 10000, 620000), [0, 2], (False, True),
             two(EA, ("Jan Olav Berg", "Nav-leder", "2020-01-30"), ("Ine Marie Skoli", "Kommunedirektør", "2020-01-31")),
             own_funding=50000, notes=["near-miss: spreadsheet print 760.000 = own 50.000 + county 100.000 + applied 610.000"])


def sp10(out: Path):
    o = orgnr("97489670")
    f = Flow(str(out), "LS", "LSB", 10)
    f.text("NAV Hammerfest", bold=True, size=13, dy=18)
    f.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=11, dy=24)
    f.kvs([("Nav-kontor", "NAV Hammerfest"), ("Kommune", "Hammerfest"), ("Organisasjonsnummer", f"{o[:3]} {o[3:6]} {o[6:]}"),
           ("Kontaktperson", "Inger Marie Mathisen"), ("E-post", "inger.marie.mathisen@nav.no"), ("Telefon", "78 42 10 93"),
           ("Prosjektets navn", "Los til jobb"), ("Ny/videreføring", "Videreføring (2. år)"), ("Oppstart", "01.01.2020"),
           ("Stillingsressurs", "Halv stilling (prosjektkoordinator)"),
           ("Lønn og sosiale utgifter", n(305000, ".", "kr ", ",-")), ("Totalt omsøkt", n(305000, ".", "kr ", ",-"))],
          x2=210, rule=True)
    f.boxes([(A[0], False), (A[1], True), (A[2], False)], head="Prioriterte områder", gap=4)
    f.boxes([("Ønsker deltakelse i nettverk/klyngesamarbeid", True), ("Ønsker ekstern prosessevaluering", False)], head="Interesse")
    f.sigs([{"above": ["Nav-leder", "Hammerfest, 23.01.2020"], "ink": "sp10a", "under": ["Ronny Isaksen"]},
            {"above": ["Rådmann", "Hammerfest, 27.01.2020"], "ink": "sp10b", "under": ["Eva Hætta"]}], gap=10)
    f.save()
    return T("sp10", "pdf", "pdf-handwritten", "nb", ("Nav Hammerfest", "Hammerfest", o),
             ("Inger Marie Mathisen", "inger.marie.mathisen@nav.no", "78421093"), ("Los til jobb", "continuation", "2020-01-01"),
             50, am(305000, None, 305000), [1], (True, False),
             two(HW, ("Ronny Isaksen", "Nav-leder", "2020-01-23"), ("Eva Hætta", "Rådmann", "2020-01-27")),
             notes=["near-miss: 'Halv stilling' = 50 % at exactly 'kr 305.000,-'; no competence line (null)"])


def sp11(out: Path):
    o = orgnr("96431298")
    f = Flow(str(out), "DVS", "DVSB", 9.5)
    f.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=12, dy=24)
    f.grid([["Felt", "Svar"], ["Nav-kontor", "Nav Sykkylven"], ["Kommune", "Sykkylven"], ["Org.nr.", o],
            ["Kontaktperson", "Jorunn Aure"], ["E-post", "jorunn.aure@nav.no"], ["Telefon", "70 24 65 18"],
            ["Prosjekt", "Møbelbygda i arbeid"], ["Type", "Nytt prosjekt"], ["Oppstart", "01.03.2020"],
            ["Stillingsressurs", "60-prosentstilling"]], [150, 330])
    f.text("Budsjett 2020", bold=True, dy=18)
    f.grid([["Budsjettpost", "Kr"], ["Løn og sosiale kostnader (60 %)", "kr 366 000.-"],
            ["Kompetanse (kurs i MI og rettleiing)", "kr 14 500.-"], ["Sum søknad", "kr 380 500.-"]], [330, 150], right={1})
    f.boxes([(NN[0], True), (NN[1], False), (NN[2], False)], head="Prioriterte område")
    f.y -= 4
    f.grid([["Nettverk/klyngjesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Ja"]], [330, 150], head=False)
    f.sigs([{"above": ["Nav-leiar", "Sykkylven, 28.01.2020"], "ink": "sp11a", "under": ["Geir Inge Tandstad"]},
            {"above": ["Kommunedirektør", "Sykkylven, 30.01.2020"], "ink": "sp11b", "under": ["Olaug Riste"]}])
    f.save()
    return T("sp11", "pdf", "pdf-handwritten", "nn", ("Nav Sykkylven", "Sykkylven", o),
             ("Jorunn Aure", "jorunn.aure@nav.no", "70246518"), ("Møbelbygda i arbeid", "new", "2020-03-01"), 60,
             am(366000, 14500, 380500), [0], (True, True),
             two(HW, ("Geir Inge Tandstad", "Nav-leiar", "2020-01-28"), ("Olaug Riste", "Kommunedirektør", "2020-01-30")),
             expected=["COMPETENCE_OVER_CAP"], notes=["defect: competence 'kr 14 500.-' > 10 000 (positions at the 60 % cap)"])


def sp12(out: Path):
    o = orgnr("97493120")
    fields = [("#Søker", "", ""), ("Nav-kontor", "kontor", "Nav Alta"), ("Kommune", "kommune", "Alta"),
              ("Organisasjonsnummer", "orgnr", o), ("Kontaktperson", "kontakt", "Stian Eira"), ("E-post", "epost", "stian.eira@nav.no"),
              ("Telefon", "tlf", "78 45 53 10"), ("#Prosjekt", "", ""), ("Prosjektnavn", "tittel", "Ny start Alta"),
              ("Oppstartsdato", "start", "01.04.2020"), ("Stillingsandel", "andel", "70 %"), ("#Økonomi (kr)", "", ""),
              ("Lønn og sosiale kostnader", "lonn", "427 000"), ("Kompetanse", "komp", "10 000"), ("Sum omsøkt", "sum", "447 000")]
    boxes = [("#Type søknad", "", False), ("Nytt prosjekt", "ny", True), ("Videreføring", "vf", False),
             ("#Prioriterte områder", "", False), (A[0], "o1", True), (A[1], "o2", False), (A[2], "o3", True),
             ("#Interesse", "", False), ("Nettverk/klyngesamarbeid", "nett", True), ("Ekstern prosessevaluering", "eval", False)]
    acro(out, "Søknadsskjema – tilskudd til sosiale tjenester i Nav-kontoret 2020",
         ["Statsforvalteren i Troms og Finnmark – søknadsfrist 1. februar 2020"], fields, boxes,
         [{"above": ["Nav-leder", "Alta, 21.01.2020"], "ink": "sp12a", "under": ["Hanne Kristin Olsen"]},
          {"above": ["Kommunedirektør", "Alta, 22.01.2020"], "ink": "sp12b", "under": ["Bjørn-Atle Hansen"]}])
    return T("sp12", "pdf", "pdf-acroform", "nb", ("Nav Alta", "Alta", o), ("Stian Eira", "stian.eira@nav.no", "78455310"),
             ("Ny start Alta", "new", "2020-04-01"), 70, am(427000, 10000, 447000), [0, 2], (True, False),
             two(HW, ("Hanne Kristin Olsen", "Nav-leder", "2020-01-21"), ("Bjørn-Atle Hansen", "Kommunedirektør", "2020-01-22")),
             expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 427 000 + 10 000 = 437 000, but 'Sum omsøkt' says 447 000"])


def sp13(out: Path):
    o = orgnr("97459232")
    rows = [["Søkerens navn (Nav-kontor)", "NAV Kristiansand"], ["Kommune", "Kristiansand"], ["Org.nr.", o],
            ["Kontaktperson", "Kjersti Aasland"], ["E-post", "kjersti.aasland@nav.no"], ["Telefon", "38 07 52 46"],
            ["Prosjektnavn", "Kvalifisert for jobb"], ["Nytt/videreføring", "Nytt prosjekt"], ["Oppstart", "1. mars 2020"],
            ["Stillingsandel", "80 %"], ["Søknadsbeløp totalt", "kr 510 000 (se budsjett i vedlegg 1)"]]
    blocks = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
              ("p", "Mottaker: Statsforvalteren i Agder"), ("t", rows, {"widths": [6, 10], "shade0": "F2F2F2"}),
              ("p", [("b", "Prioriterte områder")]), ("p", f"☒ {A[0]}"), ("p", f"☒ {A[1]}"), ("p", f"☐ {A[2]}"),
              ("p", "Nettverk/klyngesamarbeid:  ☒ Ja  ☐ Nei"), ("p", "Ekstern prosessevaluering:  ☒ Ja  ☐ Nei"),
              sig_cells((["Nav-leder"], "sp13a", ["Tor Egil Reinertsen", "Kristiansand, 29.01.2020"]),
                        (["Kommunedirektør"], "sp13b", ["Kari Aanensen", "Kristiansand, 30.01.2020"]))]
    sheet = ([["Vedlegg 1: Budsjett 2020 – Kvalifisert for jobb", ""], ["Beløp i 1000 kr", ""], ["", ""], ["Post", "2020"],
              ["Lønn prosjektmedarbeider (80 % stilling)", "420"], ["Sosiale kostnader (arbeidsgiveravgift og pensjon)", "80"],
              ["Sum lønn og sosiale kostnader", "500"], ["Kompetanse", "10"], ["Totalt omsøkt", "510"]], [280, 70],
             {"right": {1}, "bold_rows": {1, 4, 7, 9}, "fname": "Budsjett Kvalifisert for jobb 2020.xlsx"})
    office_pdf(blocks, out, "Liberation Sans", 10, sheet=sheet)
    return T("sp13", "pdf", "pdf-from-office", "nb", ("Nav Kristiansand", "Kristiansand", o),
             ("Kjersti Aasland", "kjersti.aasland@nav.no", "38075246"), ("Kvalifisert for jobb", "new", "2020-03-01"), 80,
             am(500000, 10000, 510000), [0, 1], (True, True),
             two(HW, ("Tor Egil Reinertsen", "Nav-leder", "2020-01-29"), ("Kari Aanensen", "Kommunedirektør", "2020-01-30")),
             expected=["AMOUNT_OVER_CAP"], notes=["defect: 80 %, 'Beløp i 1000 kr' sheet: 500 = 500 000 > 488 000"])


def sp14(out: Path):
    o = orgnr("92084711")
    rows = [["Nav-kontor", "Nav Midt-Telemark"], ["Kommune", "Midt-Telemark"], ["Organisasjonsnummer", o],
            ["Kontaktperson", "Gunhild Lia"], ["E-post", "gunhild.lia@nav.no"], ["Telefon", "35 95 70 33"],
            ["Prosjektnamn", "Ny sjanse i Midt-Telemark"], ["Type", "Nytt prosjekt"], ["Oppstart", "01.03.2020"],
            ["Stillingsressurs", "1,2 årsverk (prosjektleiar 100 % og rettleiar 20 %)"]]
    b = [["Post", "Totalkostnad", "Eigenfinansiering kommunen", "Tilskot IMDi", "Søkt tilskot"],
         ["Prosjektleiar 100 %, løn og sosiale kostnader", "700 000", "90 000", "–", "610 000"],
         ["Rettleiar 20 %, løn og sosiale kostnader", "172 000", "–", "50 000", "122 000"],
         ["Kompetanse", "10 000", "–", "–", "10 000"], ["Sum", "882 000", "90 000", "50 000", "742 000"]]
    blocks = [("p", [("b", "Nav Midt-Telemark")]), ("p", "Statsforvaltaren i Vestfold og Telemark"),
              ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
              ("t", rows, {"bold0": True, "widths": [5, 11]}), ("p", [("b", "Budsjett 2020 (kr)")]),
              ("t", b, {"head": True, "right": {1, 2, 3, 4}, "widths": [4.3, 2.9, 3.6, 2.2, 2.6]}),
              ("p", "Prosjektet svarar på desse prioriterte områda:"), ("p", f"☐ {NN[0]}"), ("p", f"☐ {NN[1]}"),
              ("p", f"☒ {NN[2]}"), ("p", "Ønskjer de å delta i nettverk/klyngjesamarbeid? Nei"),
              ("p", "Ønskjer de ekstern prosessevaluering? Ja"),
              sig_cells((["Bø, 27.01.2020"], "sp14a", ["Tarjei Moen, Nav-leiar"]),
                        (["Bø, 28.01.2020"], "sp14b", ["Hege Sandvik, kommunedirektør"]))]
    office_pdf(blocks, out, "DejaVu Sans", 9)
    return T("sp14", "pdf", "pdf-from-office", "nn", ("Nav Midt-Telemark", "Midt-Telemark", o),
             ("Gunhild Lia", "gunhild.lia@nav.no", "35957033"), ("Ny sjanse i Midt-Telemark", "new", "2020-03-01"), 120,
             am(732000, 10000, 742000), [2], (False, True),
             two(HW, ("Tarjei Moen", "Nav-leiar", "2020-01-27"), ("Hege Sandvik", "Kommunedirektør", "2020-01-28")),
             own_funding=90000, notes=["near-miss: 1,2 årsverk, applied 610 000 + 122 000 = 732 000 (cap); own + IMDi columns"])


def sp15(out: Path):
    o = orgnr("97463125")

    def draw(target):
        f = Flow(target, "LS", "LSB", 10.5)
        f.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=26)
        f.kvs([("Nav-kontor", "Nav Steinkjer"), ("Kommune", "Steinkjer"), ("Organisasjonsnummer", o),
               ("Kontaktperson", "Ole Martin Wold"), ("E-post", "ole.martin.wold@nav.no"), ("Telefon", "74 16 92 40"),
               ("Prosjektnavn", "Sammen om arbeid"), ("Nytt prosjekt/videreføring", "Nytt prosjekt"),
               ("Oppstart", "01.04.2020"), ("Stillingsprosent", "75 %"), ("Lønn og sosiale utgifter", "457 500 kr"),
               ("Kompetanse", "10 000 kr"), ("Sum søknadsbeløp", "467 500 kr")], x2=250, colon=":")
        f.boxes([(A[0], False), (A[1], True), (A[2], False)], head="Prioriterte områder", gap=6)
        f.boxes([("Nettverk/klyngesamarbeid", True), ("Ekstern prosessevaluering", True)], head="Ønsker kontoret å delta i")
        f.sigs([{"above": ["Nav-leder", "Steinkjer 24.01.2020"], "ink": "sp15a", "under": ["Gunn Lindseth"]},
                {"above": ["Kommunedirektør", "Steinkjer 27.01.2020"], "ink": "sp15b", "under": ["Anders Ravlo"]}], gap=10)
        f.save()
    scan(draw, out, 15, dpi=300, angle=0.5)
    return T("sp15", "pdf", "pdf-scanned", "nb", ("Nav Steinkjer", "Steinkjer", o),
             ("Ole Martin Wold", "ole.martin.wold@nav.no", "74169240"), ("Sammen om arbeid", "new", "2020-04-01"), 75,
             am(457500, 10000, 467500), [1], (True, True),
             two(HW, ("Gunn Lindseth", "Nav-leder", "2020-01-24"), ("Anders Ravlo", "Kommunedirektør", "2020-01-27")),
             optional=["LOW_CONFIDENCE"], notes=["near-miss: 75 % at exactly 457 500, 'kr' after the figure; 300 dpi scan"])


def sp16(out: Path):
    o = orgnr("97454311")
    k = lambda v: n(v, NNBSP)  # noqa: E731

    def draw(target):
        f = Flow(target, "DV", "DVB", 9.5)
        f.text("Nav Tønsberg", bold=True, size=13, dy=17)
        f.text("Søknad 2020: tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)", bold=True, dy=18)
        f.kvs([("Nav-kontor", "Nav Tønsberg"), ("Kommune", "Tønsberg"), ("Org.nr.", o), ("Kontaktperson", "Mona Bergersen"),
               ("E-post", "mona.bergersen@nav.no"), ("Telefon", "33 35 41 67")], x2=200, bar="1  Søker")
        f.kvs([("Prosjektnavn", "Arbeidslinja Tønsberg"), ("Søknaden gjelder", "Videreføring, år 2 av 3"),
               ("Oppstart", "01.01.2020"), ("Stillingsressurs", "2,5 årsverk")], x2=200, bar="2  Prosjekt")
        f.bar("3  Stillinger og budsjett 2020")
        f.grid([["Stilling", "Andel", "Lønn og sosiale kostnader"], ["Jobbspesialist", "100 %", k(610000)],
                ["Jobbspesialist", "100 %", k(610000)], ["Ungdomskoordinator", "50 %", k(305000)],
                ["Sum stillinger", "250 %", k(1525000)], ["Kompetanse", "", k(10000)], ["Totalt omsøkt", "", k(1535000)]],
               [250, 80, 150], right={1, 2})
        f.boxes([(A[0], True), (A[1], False), (A[2], True)], head="4  Prioriterte områder", bar=True)
        f.kvs([("Deltakelse i nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")], x2=300,
              bar="5  Nettverk og evaluering")
        f.bar("6  Signatur")
        f.para("Søknaden er signert digitalt av Nav-leder Kristian Larsen og kommunedirektør Heidi Aas.")
        f.save()
    pades(draw, out, [("Kristian Larsen", "Nav Tønsberg", "Sign1", (56, 50, 266, 95), tz(2020, 1, 28)),
                      ("Heidi Aas", "Tønsberg kommune", "Sign2", (306, 50, 516, 95), tz(2020, 1, 29, 14))])
    return T("sp16", "pdf", "pdf-pades", "nb", ("Nav Tønsberg", "Tønsberg", o),
             ("Mona Bergersen", "mona.bergersen@nav.no", "33354167"), ("Arbeidslinja Tønsberg", "continuation", "2020-01-01"),
             250, am(1525000, 10000, 1535000), [0, 2], (True, False),
             two("digital", ("Kristian Larsen", "Nav-leder", "2020-01-28"), ("Heidi Aas", "Kommunedirektør", "2020-01-29")),
             notes=["near-miss: 2,5 årsverk as 100 % + 100 % + 50 % lines = 1 525 000 exactly (narrow no-break spaces); PAdES"])


def sp17(out: Path):
    workbook([["Budsjett 2020", None], ["Lønn og sosiale kostnader", 610000], ["Kompetanse", 10000], ["Sum", 620000]], out)
    return truth("sp17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
                 notes=["an Excel budget workbook (.xlsx) uploaded with a .docx name: no Word document inside"])


def sp18(out: Path):
    o = orgnr("92081012")
    t = [["Regnskap 2019", "Budsjett (kr)", "Regnskap (kr)"], ["Lønn og sosiale kostnader", "600 000", "587 340"],
         ["Kompetanse", "10 000", "9 800"], ["Sum", "610 000", "597 140"], ["Ubrukte midler", "", "12 860"]]
    blocks = [("p", [("b", "Nav Orkland")]), ("p", "Statsforvalteren i Trøndelag"), ("p", "Orkanger, 20. januar 2020", "right"),
              ("h", "Statusrapport og regnskapsrapport 2019 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret", 2),
              ("p", f"Prosjekt: «Jobbmatch Orkland». Tilskuddsmottaker: Nav Orkland, org.nr. {o}. Tilsagnsbrev av 12. juni "
                    "2019, kap. 0621 post 63."),
              ("p", "Prosjektet startet 1. august 2019 med én 100 % stilling som jobbspesialist. Per 31. desember 2019 er 14 "
                    "deltakere fulgt opp, og fem av dem har fått ordinært arbeid."),
              ("t", t, {"head": True, "right": {1, 2}, "widths": [8, 3.5, 3.5]}),
              ("p", "Vi ber om å få overføre ubrukte midler på kr 12 860 til 2020. Søknad om videreføring for 2020 sendes "
                    "på eget skjema innen fristen 1. februar 2020."),
              sig_cells((["Orkanger, 20.01.2020"], "sp18a", ["Siv Remme, Nav-leder"]),
                        (["Orkanger, 21.01.2020"], "sp18b", ["Lars Thomas Aune, kommunedirektør"]))]
    office_pdf(blocks, out, "Liberation Serif", 11)
    return truth("sp18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a status and accounts report for 2019 (budget vs. accounts, unspent funds)"])
