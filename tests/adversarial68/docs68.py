"""The 18 documents of corpus 68: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit68 import S20, acroform, docx_to_pdf, orgnr, pades, scan, tz_dt, write_docx, write_pdf
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
HEAD_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def gw01(out: Path):
    o = orgnr("97104521")
    items = [("h", HEAD_NB), ("p", "Skjemaet sendes Statsforvalteren i Innlandet innen 1. februar 2020."),
             ("kv", "Søkende Nav-kontor", "NAV Hamar"), ("kv", "Kommune", "Hamar kommune"),
             ("kv", "Org.nr. (Nav-kontoret)", f"{o[:3]} {o[3:6]} {o[6:]}"),
             ("kv", "Kontaktperson", "Ingvild Sæther"), ("kv", "E-postadresse", "Ingvild.Saether@nav.no"),
             ("kv", "Telefon", "62 54 17 00"), ("kv", "Prosjektets navn", "Arbeid først Hamar"),
             ("kv", "Nytt prosjekt eller videreføring", "Nytt prosjekt"), ("kv", "Planlagt oppstart", "01.04.2020"),
             ("kv", "Stillingsprosent", "80 %"), ("kv", "Lønn inkl. sosiale kostnader", "kr 488 000"),
             ("kv", "Kompetansemidler", "kr 10 000"), ("kv", "Sum søknadsbeløp", "kr 498 000"),
             ("h", "Prioriterte områder (kryss av)"), ("box", A1, True), ("box", A2, False), ("box", A3, False),
             ("h", "Ønsker kontoret å delta i"), ("box", "Nettverk / klyngesamarbeid", False),
             ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "Leder NAV Hamar", "place": "Hamar, 27.01.2020", "ink": "gw01a",
                       "under": ["Trond Kolstad"]},
                      {"head": "Kommunedirektør", "place": "Hamar, 29.01.2020", "ink": "gw01b",
                       "under": ["Anne Grethe Bjørke"]}])]
    write_docx(items, out, "table")
    return truth("gw01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Hamar", "Hamar", o),
                 contact=("Ingvild Sæther", "ingvild.saether@nav.no", "62541700"),
                 project=("Arbeid først Hamar", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Trond Kolstad", "Leder NAV Hamar", "2020-01-27", "handwritten"),
                       ("municipality", "Anne Grethe Bjørke", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000; mixed-case e-mail; 'NAV' spelling"])


def gw02(out: Path):
    o = orgnr("97425763")
    items = [("h", HEAD_NN), ("h", "1. Søkjar"), ("kv", "Nav-kontor", "Nav Ørsta"), ("kv", "Kommune", "Ørsta"),
             ("kv", "Organisasjonsnummer", o), ("kv", "Kontaktperson", "Sigrun Håvik"),
             ("kv", "Telefon (kontaktperson)", "+47 700 47 120"), ("kv", "E-post", "–"),
             ("h", "2. Prosjektet"), ("kv", "Namn på prosjektet", "«Vegen vidare»"),
             ("kv", "Type søknad", "Nytt prosjekt"), ("kv", "Oppstart", "1. mars 2020"),
             ("kv", "Stillingsressurs", "Ei stilling (100 %)"), ("kv", "Løn og sosiale kostnader", "600 000"),
             ("kv", "Kompetansemidlar", "10 000"), ("kv", "Sum det blir søkt om", "610 000"),
             ("h", "3. Prioriterte område"), ("box", N1, False), ("box", N2, True), ("box", N3, True),
             ("h", "4. Interesse"), ("box", "Nettverk/klyngjesamarbeid", True), ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "Nav-leiar", "place": "Ørsta, 30.01.2020", "ink": "gw02a", "under": ["Namn: Eirik Ose"]},
                      {"head": "Kommunalsjef for helse og omsorg", "place": "Ørsta, 01.02.2020", "ink": "gw02b",
                       "under": ["Namn: Marit Flusund"]}])]
    write_docx(items, out, "table", "Arial")
    return truth("gw02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", o),
                 contact=("Sigrun Håvik", None, "70047120"), project=("Vegen vidare", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Eirik Ose", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Marit Flusund", "Kommunalsjef for helse og omsorg", "2020-02-01", "handwritten")],
                 notes=["near-miss: phone only (e-mail '–'), +47 phone, municipal signature ON the deadline day, "
                        "kommunalsjef as municipal leader; total 610 000 under the 620 000 limit"])


def gw03(out: Path):
    o = orgnr("98833019", valid=False)
    items = [("h", HEAD_NB), ("p", "Fyll ut feltene. Grå tekst er hjelpetekst."),
             ("kv", "Nav-kontor", "Nav Levanger"), ("kv", "Vertskommune", "Levanger"),
             ("kv", "Organisasjonsnr.", o), ("kv", "Kontaktperson", "Håkon Ystad"),
             ("kv", "E-post", "hakon.ystad@nav.no"), ("kv", "Mobil", "916 44 210"),
             ("kv", "Prosjekttittel", "Ung i jobb Levanger"), ("kv", "Søknadstype", "Videreføring – år 2"),
             ("kv", "Prosjektstart", "01.01.2020"), ("kv", "Stillingsandel", "50 prosent"),
             ("kv", "Omsøkt lønn", "300 000"), ("kv", "Omsøkt kompetanse", "5 000"), ("kv", "Totalt", "305 000"),
             ("h", "Prioritert område"), ("box", A1, True), ("box", A2, True), ("box", A3, False),
             ("box", "Interessert i nettverk", True), ("box", "Interessert i prosessevaluering", False),
             ("sig", [{"head": "For Nav Levanger", "place": "Dato: 22.01.2020", "ink": "gw03a",
                       "under": ["Silje Moan, Nav-leder"]},
                      {"head": "For Levanger kommune", "place": "Dato: 23.01.2020", "ink": "gw03b",
                       "under": ["Ola Rønning, kommunedirektør"]}])]
    write_docx(items, out, "controls")
    return truth("gw03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Levanger", "Levanger", o),
                 contact=("Håkon Ystad", "hakon.ystad@nav.no", "91644210"),
                 project=("Ung i jobb Levanger", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Silje Moan", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Ola Rønning", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["defect: org number check digit wrong"])


def gw04(out: Path):
    o = orgnr("97461235")
    items = [("h", HEAD_NN), ("p", "A. Opplysningar om søkjar"), ("kv", "Nav-kontor", "NAV Sauda"),
             ("kv", "Kommune", "Sauda kommune"), ("kv", "Org.nr.", o), ("kv", "Kontaktperson", "Torunn Eikeland"),
             ("kv", "E-post", "torunn.eikeland@nav.no"), ("kv", "Telefon", "52 78 56 00"),
             ("p", "B. Om prosjektet"), ("kv", "Prosjektnamn", "Saman mot arbeid"),
             ("kv", "Ny eller vidareføring", "Vidareføring, 2. år"), ("kv", "Oppstartsdato", "01.01.2020"),
             ("kv", "Stillingsprosent", "60 %"), ("kv", "Lønsmidlar", "kr 366 000"),
             ("kv", "Kompetansemidlar", "kr 0"), ("kv", "Totalsum", "kr 366 000"),
             ("p", "C. Prioriterte område"), ("box", N1, True), ("box", N2, False), ("box", N3, True),
             ("p", "D. Interesse for nettverk og evaluering"), ("box", "Nettverk/klyngjesamarbeid", False),
             ("box", "Ekstern prosessevaluering", False),
             ("sig", [{"head": "Leiar NAV Sauda", "place": "Sauda 28.01.20", "ink": "gw04a", "under": ["Bjørn Tveit"]},
                      {"head": "Rådmann", "place": "Sauda 28.01.20", "ink": "gw04b", "under": ["Gunn Marit Saltveit"]}])]
    write_docx(items, out, "legacy", "Times New Roman")
    return truth("gw04", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Sauda", "Sauda", o),
                 contact=("Torunn Eikeland", "torunn.eikeland@nav.no", "52785600"),
                 project=("Saman mot arbeid", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "competence": 0, "total": 366000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Bjørn Tveit", "Leiar NAV Sauda", "2020-01-28", "handwritten"),
                       ("municipality", "Gunn Marit Saltveit", "Rådmann", "2020-01-28", "handwritten")],
                 notes=["near-miss: 60 % at exactly 366 000, competence kr 0, two-digit years"])


def gw05(out: Path):
    o = orgnr("99111802")
    items = [("p", "Nav Tromsø\nPostboks 6160, 9291 Tromsø\nOrg.nr. " + o), ("p", "Statsforvalteren i Troms og Finnmark"),
             ("p", "Tromsø, 24. januar 2020"),
             ("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Losen»"),
             ("p", "Nav Tromsø søker med dette om midler til det nye prosjektet «Losen», som skal gi unge voksne som "
                   "løslates fra Tromsø fengsel et koordinert tilbud om bolig, økonomi og arbeid fra første dag. "
                   "Prosjektet skal sikre overgangen fra soning til et liv med jobb og egen bolig."),
             ("p", "Vi søker om 1,5 årsverk (to veiledere i henholdsvis 100 % og 50 % stilling) fra 1. mai 2020. "
                   "Kontoret ønsker å delta i nettverk med andre kontor, men ikke i ekstern prosessevaluering."),
             ("table", [["Budsjett 2020", "Total kostnad", "Kommunens egenandel", "Søkt tilskudd"],
                        ["Lønn og sosiale kostnader", "1 115 000", "200 000", "915 000"],
                        ["Kompetanse (veiledning)", "10 000", "0", "10 000"],
                        ["Sum", "1 125 000", "200 000", "925 000"]]),
             ("p", "Kontaktperson er rådgiver Mads Nilsen, e-post mads.nilsen@nav.no, telefon 77 79 90 00."),
             ("p", "Med vennlig hilsen"),
             ("p", "Dokumentet er elektronisk godkjent av Lene Pedersen, Nav-leder (24.01.2020) og "
                   "Stig Hansen, kommunedirektør (27.01.2020), og har derfor ingen håndskrevne signaturer.")]
    write_docx(items, out, "letter", "Cambria")
    return truth("gw05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Tromsø", "Tromsø", o),
                 contact=("Mads Nilsen", "mads.nilsen@nav.no", "77799000"), project=("Losen", "new", "2020-05-01"),
                 pct=150, amounts={"positions": 915000, "competence": 10000, "total": 925000}, own_funding=200000,
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Lene Pedersen", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Stig Hansen", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["near-miss: 150 % at exactly 915 000; budget with own-funding column; release from prison argued in prose"])


def gw06(out: Path):
    o = orgnr("97430615")
    items = [("p", "NAV Vinje\nVinje kommune"), ("p", "Til Statsforvaltaren i Vestfold og Telemark"),
             ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020"),
             ("p", "NAV Vinje (org.nr. " + o + ") søkjer tilskot til prosjektet «Heilt med» frå 1. mars 2020. "
                   "Prosjektet er nytt og skal følgje opp barnefamiliar med låg inntekt tett, med familiekoordinator "
                   "og samarbeid med skule og helsestasjon."),
             ("p", "Vi søkjer om ei 50 % stilling. Løn og sosiale kostnader: kr 300 000. Kompetanse: kr 8 000. "
                   "Samla søknadssum: kr 308 000."),
             ("p", "Vi er interesserte i klyngjesamarbeid og i ekstern prosessevaluering."),
             ("p", "Kontaktperson: Kjellaug Homme, kjellaug.homme@nav.no, tlf. 35 06 22 00."),
             ("sig", [{"head": "Nav-leiar", "place": "Vinje, 29.01.2020", "ink": "gw06a", "under": ["Aslak Bakken"]},
                      {"head": "Kommunedirektør", "place": "Vinje, 03.02.2020", "ink": "gw06b", "under": ["Sigrid Kvålen"]}])]
    write_docx(items, out, "letter", "Georgia")
    return truth("gw06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Vinje", "Vinje", o),
                 contact=("Kjellaug Homme", "kjellaug.homme@nav.no", "35062200"), project=("Heilt med", "new", "2020-03-01"),
                 pct=50, amounts={"positions": 300000, "competence": 8000, "total": 308000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Aslak Bakken", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Sigrid Kvålen", "Kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: municipal signature dated 03.02.2020"])


def _boxed(head, office, kommune, o, contact, mail, tel, title, kind, start, pct, pos, comp, tot, areas, net, ev):
    return [("h", head), ("kv", "Nav-kontor", office), ("kv", "Kommune", kommune), ("kv", "Organisasjonsnummer", o),
            ("kv", "Kontaktperson", contact), ("kv", "E-post", mail), ("kv", "Telefon", tel),
            ("kv", "Prosjekttittel", title), ("kv", "Nytt/videreføring", kind), ("kv", "Oppstart", start),
            ("kv", "Stillingsprosent", pct), ("kv", "Lønn og sosiale utgifter", pos), ("kv", "Kompetanse", comp),
            ("kv", "Sum omsøkt", tot), ("h", "Prioriterte områder")] + \
        [("box", a, a in areas) for a in (A1, A2, A3)] + \
        [("box", "Nettverk/klyngesamarbeid", net), ("box", "Ekstern prosessevaluering", ev)]


def gw07(out: Path):
    o = orgnr("98712663")
    items = _boxed(HEAD_NB, "Nav Moss", "Moss", f"{o[:3]}.{o[3:6]}.{o[6:]}", "Randi Wold", "randi.wold@nav.no",
                   "69 24 10 00", "Inn på arbeidsmarkedet", "Nytt", "1. februar 2020", "100 %", "560.000,-",
                   "10.000,-", "580.000,-", [A1], True, False)
    items += [("sig", [{"head": "Nav-leder", "place": "Moss 21.01.2020", "ink": "gw07a", "under": ["Kari Brekke"]},
                       {"head": "Kommunedirektør", "place": "Moss 22.01.2020", "ink": "gw07b", "under": ["Per Arne Olsen"]}])]
    write_pdf(items, str(out), font=("LS", "LSB"), x2=230, leader=True)
    return truth("gw07", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Moss", "Moss", o),
                 contact=("Randi Wold", "randi.wold@nav.no", "69241000"),
                 project=("Inn på arbeidsmarkedet", "new", "2020-02-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 580000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Brekke", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Per Arne Olsen", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 560 000 + 10 000 ≠ 580 000; dotted amounts with ',-'"])


def gw08(out: Path):
    o = orgnr("97622904")
    items = [("h", "NAV STRYN"), ("h", "Søknad – tilskot til utvikling av sosiale tenester i Nav (2020)"),
             ("kv", "Søkjar", "Nav Stryn"), ("kv", "Kommune", "Stryn"), ("kv", "Org.nr.", o),
             ("kv", "Kontakt", "Åshild Loen, ashild.loen@nav.no, 57 87 40 00"),
             ("kv", "Prosjekt", "Ungdomslosen Stryn"), ("kv", "Status", "Nytt prosjekt"),
             ("kv", "Oppstart", "august 2020"), ("kv", "Stillingar", "ei 100 % stilling"),
             ("kv", "Budsjett", "Løn 590 000, kompetanse 10 000, i alt 600 000 kroner"),
             ("kv", "Nettverk", "Ja"), ("kv", "Prosessevaluering", "Nei"),
             ("h", "Kva prioritert område svarar prosjektet på?"),
             ("p", "Prosjektet rettar seg mot ungdom mellom 16 og 25 år og familiane deira, særleg unge "
                   "innvandrarar som har fått opphald i kommunen. Oppfølginga av ungdom og innvandrarar er "
                   "kjernen i prosjektet."),
             ("space",),
             ("p", "Søknaden er elektronisk godkjend av Nav-leiar Oddny Hjelle 23.01.2020 og kommunedirektør "
                   "Lars Rake 24.01.2020.")]
    write_pdf(items, str(out), font=("DVS", "DVSB"), x2=200)
    return truth("gw08", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Stryn", "Stryn", o),
                 contact=("Åshild Loen", "ashild.loen@nav.no", "57874000"),
                 project=("Ungdomslosen Stryn", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Oddny Hjelle", "Nav-leiar", "2020-01-23", "electronic_approval"),
                       ("municipality", "Lars Rake", "Kommunedirektør", "2020-01-24", "electronic_approval")],
                 notes=["near-miss: area argued in prose, no check boxes; month-only start; budget in one line"])


def gw09(out: Path):
    o = orgnr("99452216")
    items = [("h", HEAD_NB), ("p", "Del 1 – Søker"),
             ("table", [["Felt", "Opplysning"], ["Nav-kontor", "Nav Kongsberg"], ["Kommune", "Kongsberg"],
                        ["Org.nr.", o], ["Kontaktperson", "Geir Aasen"], ["E-post", "geir.aasen@nav.no"],
                        ["Telefon", "32 86 60 00"]]),
             ("p", "Del 2 – Prosjekt"),
             ("table", [["Felt", "Opplysning"], ["Prosjektnavn", "Kongsberg-modellen"], ["Type", "Nytt prosjekt"],
                        ["Oppstart", "15.03.2020"]]),
             ("p", "Del 3 – Budsjett"),
             ("table", [["Post", "Stilling %", "Beløp (kr)"], ["Jobbspesialist", "100", "598 000"],
                        ["Kompetanse/kurs", "", "12 000"], ["Sum", "100", "610 000"]]),
             ("p", "Del 4 – Prioriterte områder og interesse"), ("box", A1, True), ("box", A2, False), ("box", A3, False),
             ("box", "Nettverk/klyngesamarbeid", False), ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "Nav-leder", "place": "Kongsberg, 20.01.2020", "ink": "gw09a", "under": ["Hege Moen"]},
                      {"head": "Kommunalsjef", "place": "Kongsberg, 21.01.2020", "ink": "gw09b", "under": ["Rune Kjos"]}])]
    write_pdf(items, str(out), font=("LS", "LSB"))
    return truth("gw09", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", o),
                 contact=("Geir Aasen", "geir.aasen@nav.no", "32866000"),
                 project=("Kongsberg-modellen", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 598000, "competence": 12000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Hege Moen", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Rune Kjos", "Kommunalsjef", "2020-01-21", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["defect: competence 12 000 > 10 000 in a ruled budget table"])


def gw10(out: Path):
    o = orgnr("97516488")
    fields = [("Nav-kontor", "kontor", "Nav Arendal"), ("Kommune", "kommune", "Arendal"), ("Org.nr.", "orgnr", o),
              ("Kontaktperson", "kontakt", "Tone Salvesen"), ("E-post", "epost", "tone.salvesen@nav.no"),
              ("Telefon", "tlf", "37 01 30 00"), ("Prosjektnavn", "navn", "Neste steg"),
              ("Oppstartsdato", "start", "02.03.2020"), ("Stillingsprosent", "pst", "50"),
              ("Lønnsmidler (kr)", "lonn", "NOK 305 000"), ("Kompetansemidler (kr)", "komp", "NOK 10 000"),
              ("Sum (kr)", "sum", "NOK 315 000")]
    boxes = [("Nytt prosjekt", "ny", True), ("Videreføring", "vf", False), (A1, "o1", False), (A2, "o2", False),
             (A3, "o3", True), ("Ja, vi ønsker nettverk/klyngesamarbeid", "nett", True),
             ("Ja, vi ønsker ekstern prosessevaluering", "eval", False)]
    acroform(["Statsforvalteren i Agder", "Frist: 1. februar 2020"], fields, boxes, out,
             [{"head": "Nav-leder", "ink": "gw10a", "under": ["Arendal 17.01.2020", "Jon Terje Fjeld"]},
              {"head": "Kommunedirektør", "ink": "gw10b", "under": ["Arendal 20.01.2020", "Eva Gundersen"]}],
             "Søknadsskjema – sosiale tjenester i Nav 2020")
    return truth("gw10", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Arendal", "Arendal", o),
                 contact=("Tone Salvesen", "tone.salvesen@nav.no", "37013000"), project=("Neste steg", "new", "2020-03-02"),
                 pct=50, amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Jon Terje Fjeld", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Eva Gundersen", "Kommunedirektør", "2020-01-20", "handwritten")],
                 notes=["near-miss: 50 % at exactly 305 000 written 'NOK 305 000' in an AcroForm field"])


def gw11(out: Path):
    o = orgnr("98109632")
    items = [("h", HEAD_NB), ("kv", "Søker (Nav-kontor)", "Nav Fredrikstad"), ("kv", "Kommune", "Fredrikstad"),
             ("kv", "Organisasjonsnummer", o), ("kv", "Kontaktperson", "Lise Hauge"),
             ("kv", "E-post", "lise.hauge@nav.no"), ("kv", "Telefon", "69 30 60 00"),
             ("kv", "Tittel på prosjektet", "Familie i arbeid"), ("kv", "Nytt eller videreføring", "Videreføring (år 3)"),
             ("kv", "Oppstart", "01.01.2020"), ("kv", "Stillinger", "2 x 100 %"),
             ("kv", "Lønn og sosiale kostnader", "1 200 000"), ("kv", "Kompetanse", "10 000"),
             ("kv", "Sum", "1 210 000"), ("h", "Prioriterte områder"), ("box", A1, False), ("box", A2, True),
             ("box", A3, False), ("box", "Nettverk", True), ("box", "Prosessevaluering", True),
             ("sig", [{"head": "Nav-leder", "place": "Fredrikstad, 24.01.2020", "ink": "gw11a", "under": ["Navn: Morten Lund"]},
                      {"head": "Kommunedirektør", "place": "Sted/dato:", "under": ["Navn:"]}])]
    docx_to_pdf(items, out, "table")
    return truth("gw11", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Fredrikstad", "Fredrikstad", o),
                 contact=("Lise Hauge", "lise.hauge@nav.no", "69306000"),
                 project=("Familie i arbeid", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Morten Lund", "Nav-leder", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], notes=["defect: municipal block printed but empty"])


def gw12(out: Path):
    o = orgnr("97788830")
    items = [("p", "Nav Volda – Statsforvaltaren i Møre og Romsdal"), ("h", HEAD_NN),
             ("kv", "Nav-kontor", "Nav Volda"), ("kv", "Kommune", "Volda"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Ragnhild Folkestad (ragnhild.folkestad@nav.no / 70 05 87 00)"),
             ("kv", "Prosjektnamn", "Raskare i arbeid"), ("kv", "Nytt/vidareføring", "Nytt"),
             ("kv", "Oppstart", "01.06.2020"),
             ("table", [["Stilling", "Prosent", "Kroner"], ["Jobbkonsulent", "60 %", "366 000"],
                        ["Familiekoordinator", "40 %", "244 000"], ["Kompetanse", "", "10 000"],
                        ["Totalt", "100 %", "620 000"]]),
             ("h", "Prioriterte område"), ("box", N1, True), ("box", N2, True), ("box", N3, False),
             ("box", "Nettverk/klyngjesamarbeid", False), ("box", "Ekstern prosessevaluering", False),
             ("sig", [{"head": "Nav-leiar", "place": "Volda, 31.01.2020", "ink": "gw12a", "under": ["Per Olav Ulstein"]},
                      {"head": "Kommunedirektør", "place": "Volda, 31.01.2020", "ink": "gw12b", "under": ["Astrid Hovden"]}])]
    docx_to_pdf(items, out, "table", "DejaVu Sans")
    return truth("gw12", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Volda", "Volda", o),
                 contact=("Ragnhild Folkestad", "ragnhild.folkestad@nav.no", "70058700"),
                 project=("Raskare i arbeid", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Per Olav Ulstein", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Astrid Hovden", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: two position lines 60 % + 40 % summing to exactly 610 000; total 620 000 at both caps"])


def gw13(out: Path):
    o = orgnr("99010342")
    items = _boxed(HEAD_NB, "Nav Narvik", "Narvik", o, "Jorunn Pedersen", "jorunn.pedersen@nav.no", "76 96 50 00",
                   "Tett på", "Videreføring år 2", "01.01.2020", "70 %", "427 000", "10 000", "437 000", [A2, A3],
                   False, True)
    items += [("sig", [{"head": "Avdelingsleder Nav Narvik", "place": "Narvik 30.01.2020", "ink": "gw13a",
                        "under": ["Terje Hanssen"]},
                       {"head": "Kommunalsjef oppvekst og levekår", "place": "Narvik 31.01.2020", "ink": "gw13b",
                        "under": ["Gro Sivertsen"]}])]
    write_pdf(items, str(out), font=("DV", "DVB"), x2=240)
    return truth("gw13", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Narvik", "Narvik", o),
                 contact=("Jorunn Pedersen", "jorunn.pedersen@nav.no", "76965000"),
                 project=("Tett på", "continuation", "2020-01-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 437000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Terje Hanssen", "Avdelingsleder Nav Narvik", "2020-01-30", "handwritten"),
                       ("municipality", "Gro Sivertsen", "Kommunalsjef oppvekst og levekår", "2020-01-31", "handwritten")],
                 notes=["near-miss: 70 % at exactly 427 000; short title 'Tett på'; unusual titles on both signatures"])


def gw14(out: Path):
    o = orgnr("97234551")
    items = _boxed(HEAD_NB, "Nav Lillestrøm", "Lillestrøm", o, "Nina Berg", "nina.berg@nav.no", "66 93 80 00",
                   "Jobbløftet", "Nytt prosjekt", "01.03.2020", "100 %", "600 000", "10 000", "610 000", [A1, A3],
                   True, True)
    items += [("sig", [{"head": "Nav-leder", "place": "Lillestrøm 28.01.2020", "ink": "gw14a", "under": ["Espen Holm"]},
                       {"head": "Kommunedirektør", "place": "Lillestrøm 29.01.2020", "ink": "gw14b", "under": ["Kari Vik"]}])]
    scan(items, out, 14, dpi=300, angle=0.7, font=("LS", "LSB"), x2=230)
    return truth("gw14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Lillestrøm", "Lillestrøm", o),
                 contact=("Nina Berg", "nina.berg@nav.no", "66938000"), project=("Jobbløftet", "new", "2020-03-01"),
                 pct=100, amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Espen Holm", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Kari Vik", "Kommunedirektør", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["300 dpi grey scan, 0.7° rotation, speckle, JPEG q70"])


def gw15(out: Path):
    o = orgnr("97655473")
    items = [("h", HEAD_NN), ("kv", "Nav-kontor", "Nav Lom"), ("kv", "Kommune", "Lom"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Tora Sletten"), ("kv", "E-post", "tora.sletten@nav.no"), ("kv", "Telefon", "61 21 29 00"),
             ("kv", "Prosjektnamn", "Fjellstigen"), ("kv", "Type", "Nytt prosjekt"), ("kv", "Oppstart", "01.04.2020"),
             ("kv", "Stillingsprosent", "40 %"), ("kv", "Løn og sosiale kostnader", "244 000"),
             ("kv", "Kompetansemidlar", "6 000"), ("kv", "Sum", "250 000"), ("h", "Prioriterte område"),
             ("box", N1, False), ("box", N2, True), ("box", N3, False), ("box", "Nettverk/klyngjesamarbeid", True),
             ("box", "Ekstern prosessevaluering", False),
             ("sig", [{"head": "Nav-leiar", "place": "Lom 27.01.2020", "ink": "gw15a", "under": ["Knut Bakke"]},
                      {"head": "Rådmann", "place": "Lom 27.01.2020", "ink": "gw15b", "under": ["Ingrid Lien"]}])]
    scan(items, out, 15, dpi=300, angle=-0.9, font=("DVS", "DVSB"), x2=230)
    return truth("gw15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Lom", "Lom", o),
                 contact=("Tora Sletten", "tora.sletten@nav.no", "61212900"), project=("Fjellstigen", "new", "2020-04-01"),
                 pct=40, amounts={"positions": 244000, "competence": 6000, "total": 250000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Knut Bakke", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Ingrid Lien", "Rådmann", "2020-01-27", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["near-miss: 40 % at exactly 244 000; Nynorsk 300 dpi scan"])


def gw16(out: Path):
    o = orgnr("97390188")
    items = [("h", "Nav Harstad – søknad om tilskudd 2020"),
             ("p", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret, kap. 0621 post 63"),
             ("kv", "Søker", "Nav Harstad"), ("kv", "Kommune", "Harstad"), ("kv", "Org.nr", o),
             ("kv", "Kontaktperson", "Vegard Johansen"), ("kv", "E-post", "vegard.johansen@nav.no"),
             ("kv", "Telefon", "77 04 10 00"), ("kv", "Prosjektnavn", "Kvalifiseringsløypa"),
             ("kv", "Søknaden gjelder", "Videreføring, 3. driftsår"), ("kv", "Oppstart", "01.01.2020"),
             ("kv", "Stillinger", "3 stillinger à 100 %"), ("kv", "Lønn og sosiale kostnader", "kr 1 830 000"),
             ("kv", "Kompetanse", "kr 10 000"), ("kv", "Totalt omsøkt", "kr 1 840 000"),
             ("kv", "Prioriterte områder", A1), ("kv", "Nettverk/klyngesamarbeid", "Nei"),
             ("kv", "Ekstern prosessevaluering", "Nei"), ("space",),
             ("p", "Nav-leder Hanne Strand, Harstad 29.01.2020 – signert digitalt"),
             ("p", "Kommunedirektør Bjørn Arild Lie, Harstad 30.01.2020 – signert digitalt")]
    pades(items, out, [("Hanne Strand", "Nav Harstad", "Sign1", (60, 80, 260, 120), tz_dt(2020, 1, 29)),
                       ("Bjørn Arild Lie", "Harstad kommune", "Sign2", (320, 80, 520, 120), tz_dt(2020, 1, 30, 13))],
          font=("LS", "LSB"), x2=220)
    return truth("gw16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Harstad", "Harstad", o),
                 contact=("Vegard Johansen", "vegard.johansen@nav.no", "77041000"),
                 project=("Kvalifiseringsløypa", "continuation", "2020-01-01"), pct=300,
                 amounts={"positions": 1830000, "competence": 10000, "total": 1840000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Hanne Strand", "Nav-leder", "2020-01-29", "digital"),
                       ("municipality", "Bjørn Arild Lie", "Kommunedirektør", "2020-01-30", "digital")],
                 notes=["near-miss: third year of a continuation (allowed); 300 % at exactly 1 830 000; two PAdES signatures"])


def gw17(out: Path):
    import io
    buf = io.BytesIO()
    write_pdf(_boxed(HEAD_NB, "Nav Sortland", "Sortland", orgnr("97104521"), "A", "a@nav.no", "1", "T", "Nytt",
                     "01.03.2020", "100 %", "1", "1", "2", [A1], True, True), buf)
    data = buf.getvalue()
    out.write_bytes(data[: len(data) // 3])
    return truth("gw17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a PDF cut off after a third of its bytes (interrupted upload)"])


def gw18(out: Path):
    items = [("p", "Nav Kvam\n5600 Norheimsund"), ("p", "Statsforvaltaren i Vestland"), ("p", "Norheimsund, 12.03.2020"),
             ("h", "Søknad om endring i godkjent prosjekt «Kvam i arbeid» – tilskot 2019"),
             ("p", "Vi viser til tilsegnsbrev av 14. juni 2019 om tilskot til utvikling av sosiale tenester i Nav, "
                   "der Nav Kvam fekk 610 000 kroner til ei stilling i prosjektet «Kvam i arbeid»."),
             ("p", "Fordi prosjektleiaren har vore i permisjon, ber vi om å få endre prosjektperioden slik at "
                   "ubrukte midlar på om lag 150 000 kroner kan nyttast fram til 30. juni 2020. Innhaldet i "
                   "prosjektet blir ikkje endra."),
             ("p", "Med helsing"),
             ("sig", [{"head": "Nav-leiar", "place": "Norheimsund, 12.03.2020", "ink": "gw18a", "under": ["Solveig Tveit"]}])]
    write_docx(items, out, "letter")
    return truth("gw18", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a request to change an approved 2019 project (extension of the period)"])
