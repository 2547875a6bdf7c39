"""The 18 documents of corpus 66: facts as each office wrote them, and the truth a clerk reads."""
from __future__ import annotations

from pathlib import Path

import gz66 as g
from gz66 import S20, truth


def sig(place, seed, *lines, ink=True):
    return {"place": place, "seed": seed, "lines": list(lines), "ink": ink}


def T(id_, ext, cat, lang, office, contact, project, pct, amounts, prio, interest, sigs, expected=(), **kw):
    return truth(id_, ext, cat, lang=lang, scheme=S20, office=office, contact=contact, project=project, pct=pct,
                 amounts=amounts, prio=prio, interest=interest, sigs=sigs, expected=expected, **kw)


# gz01 docx-form nb, Nav Steinkjer: 150 % at exactly 915 000 (precision)
def gz01(out: Path):
    f = {"lang": "nb", "head": "Søknad", "office_line": "NAV STEINKJER – Trøndelag",
         "rows": [("1  Søker", [("Navn på Nav-kontor", "NAV Steinkjer"), ("Kommune", "Steinkjer kommune"),
                                ("Org.nr", "994 974 025"), ("Kontaktperson i prosjektet", "Ingrid Follo Haugan"),
                                ("E-postadresse", "Ingrid.Follo.Haugan@nav.no"), ("Tlf. (mobil)", "+47 913 44 027")]),
                  ("2  Prosjektet", [("Navn på prosjektet", "«Jobbspor Steinkjer»"),
                                     ("Nytt prosjekt eller videreføring?", "Nytt prosjekt"),
                                     ("Planlagt oppstart", "1. mars 2020"),
                                     ("Antall stillinger / stillingsprosent", "1,5 årsverk (100 % + 50 %)")]),
                  ("3  Budsjett (kr)", [("Lønn inkl. sosiale utgifter", "kr 915 000,-"),
                                        ("Kompetansemidler", "kr 0,-"), ("Omsøkt beløp totalt", "kr 915 000,-")])],
         "areas": [True, False, False],
         "yn": [("Ønsker kontoret å delta i nettverk/klynge?", True),
                ("Ønsker kontoret ekstern prosessevaluering?", False)],
         "sigs": [sig("Steinkjer, 27. januar 2020", "gz01a", "Torbjørn Lein", "Leder NAV Steinkjer"),
                  sig("Steinkjer, 29. januar 2020", "gz01b", "Anne Marit Skjevik", "Kommunedirektør")]}
    g.docx_form(out, f, style="u")
    return T("gz01", "docx", "docx-form", "nb", ("Nav Steinkjer", "Steinkjer", "994974025"),
             ("Ingrid Follo Haugan", "ingrid.follo.haugan@nav.no", "91344027"), ("Jobbspor Steinkjer", "new", "2020-03-01"),
             150, {"positions": 915000, "competence": 0, "total": 915000}, ["ordinaert-arbeidsliv"], (True, False),
             [("nav_leader", "Torbjørn Lein", "Leder NAV Steinkjer", "2020-01-27", "handwritten"),
              ("municipality", "Anne Marit Skjevik", "Kommunedirektør", "2020-01-29", "handwritten")],
             notes=["near-miss: 1,5 årsverk at exactly 915 000 (= 1.5 × 610 000); competence 0"])


# gz02 docx-form nn, Nav Stord: municipal block left empty (defect)
def gz02(out: Path):
    f = {"lang": "nn", "head": "Søknad", "office_line": "Nav Stord",
         "rows": [("Del A – Søkjar", [("Nav-kontor", "Nav Stord"), ("Kommune", "Stord"),
                                       ("Organisasjonsnr.", "986606688"), ("Kontaktperson", "Sølvi Tveit"),
                                       ("E-post", "solvi.tveit@nav.no"), ("Telefon", "53 49 60 10")]),
                  ("Del B – Prosjektet", [("Prosjektnamn", "Arbeid først på Stord"), ("Type", "Nytt prosjekt"),
                                          ("Oppstart", "01.04.2020"), ("Stillingsressurs", "ei stilling (100 %)")]),
                  ("Del C – Budsjett", [("Løn og sosiale kostnader", "598 000"), ("Kompetanse", "8 000"),
                                        ("Sum søkt", "606 000")])],
         "areas": [True, False, True], "yn": [("Nettverk/klyngesamarbeid", True), ("Ekstern prosessevaluering", True)],
         "sigs": [sig("Stord, 22.01.2020", "gz02a", "Namn: Øystein Sæbø", "Nav-leiar"),
                  sig("Stad/dato:", "gz02b", "Namn:", "Kommunedirektør", ink=False)]}
    g.docx_form(out, f, style="x")
    return T("gz02", "docx", "docx-form", "nn", ("Nav Stord", "Stord", "986606688"),
             ("Sølvi Tveit", "solvi.tveit@nav.no", "53496010"), ("Arbeid først på Stord", "new", "2020-04-01"),
             100, {"positions": 598000, "competence": 8000, "total": 606000},
             ["ordinaert-arbeidsliv", "saarbare-overganger"], (True, True),
             [("nav_leader", "Øystein Sæbø", "Nav-leiar", "2020-01-22", "handwritten")],
             expected=["SIGNATURE_MUNICIPALITY_MISSING"],
             notes=["municipal block printed with 'Stad/dato:', 'Namn:' and the title only: no ink, no name"])


# gz03 docx-form nb, Nav Alver (host for Alver, Austrheim, Fedje): three municipal signatures (precision)
def gz03(out: Path):
    f = {"lang": "nb", "head": "Søknad", "office_line": "Nav Alver – vertskontor for Alver, Austrheim og Fedje",
         "rows": [("Opplysninger om søker", [("Søkende Nav-kontor", "Nav Alver"), ("Vertskommune", "Alver"),
                                             ("Org. nr.", "996315819"), ("Kontaktperson", "Kjetil Rongved"),
                                             ("E-post / telefon", "kjetil.rongved@nav.no / 56 37 50 00")]),
                  ("Om prosjektet", [("Prosjektets tittel", "Nordhordland ung"), ("Søknaden gjelder", "Videreføring – 2. driftsår"),
                                     ("Oppstart", "01.01.2020"), ("Stillinger", "to stillinger à 100 %")]),
                  ("Økonomi", [("Lønnsmidler (lønn + sos. kostnader)", "1 180 000"), ("Kompetanse", "10 000"),
                               ("Totalt omsøkt", "1 190 000"), ("Egenfinansiering fra kommunene", "240 000")])],
         "areas": [False, True, False], "yn": [("Interesse for nettverk", True), ("Interesse for prosessevaluering", True)],
         "sigs": [sig("Knarvik 24.01.20", "gz03a", "Randi Kalvik", "Nav-leder"),
                  sig("Knarvik 27.01.20", "gz03b", "Trond Ivar Tvedt", "Kommunedirektør i Alver"),
                  sig("Austrheim 28.01.20", "gz03c", "Eirik Lie", "Kommunedirektør i Austrheim")]}
    g.docx_form(out, f, style="k")
    return T("gz03", "docx", "docx-form", "nb", ("Nav Alver", "Alver", "996315819"),
             ("Kjetil Rongved", "kjetil.rongved@nav.no", "56375000"), ("Nordhordland ung", "continuation", "2020-01-01"),
             200, {"positions": 1180000, "competence": 10000, "total": 1190000}, ["barnefamilier-ungdom-innvandrere"],
             (True, True),
             [("nav_leader", "Randi Kalvik", "Nav-leder", "2020-01-24", "handwritten"),
              ("municipality", "Trond Ivar Tvedt", "Kommunedirektør i Alver", "2020-01-27", "handwritten"),
              ("municipality", "Eirik Lie", "Kommunedirektør i Austrheim", "2020-01-28", "handwritten")],
             own_funding=240000, notes=["near-miss: inter-municipal, two-digit year dates, ✔/– marks, own funding"])


# gz04 docx-letter nn, Nav Sunndal: electronic approval, phone-only contact (precision)
def gz04(out: Path):
    f = {"head": "Søknad", "letterhead": ["Nav Sunndal", "Postboks 94, 6601 Sunndalsøra", "Org.nr. 976 917 898",
                                          "", "Statsforvaltaren i Møre og Romsdal", "", "Sunndalsøra, 28. januar 2020"],
         "subject": "Søknad om tilskot til utvikling av sosiale tenester i Nav – prosjektet «Saman mot arbeid»",
         "body": ["Nav Sunndal søkjer med dette om tilskot for 2020 til eit nytt prosjekt. Sunndal kommune stiller seg "
                  "bak søknaden.",
                  "Prosjektet skal gje unge vaksne og innvandrarar med lang veg til arbeid ei tett oppfølging ute på "
                  "arbeidsplassen, i samarbeid med lokale verksemder. Målet er ordinært arbeid.",
                  "Vi søkjer om midlar til ei 80-prosent stilling frå 1. mai 2020. Budsjettet er slik:"],
         "budget": [["Post", "Kroner"], ["Løn og sosiale kostnader, 80 % stilling", "488 000"],
                    ["Kompetanseheving", "6 500"], ["Sum søknadsbeløp", "494 500"]],
         "tail": ["Kontoret ønskjer å vere med i nettverk med andre kontor, men ikkje i ekstern prosessevaluering.",
                  "Kontaktperson er Hallgeir Øren, telefon 71 69 91 00.",
                  "Dokumentet er elektronisk godkjent av Nav-leiar Gunn Torvik (28.01.2020) og kommunedirektør "
                  "Hans Kristian Bøe (30.01.2020) og har derfor ikkje handskrivne underskrifter."]}
    g.docx_letter(out, f)
    return T("gz04", "docx", "docx-letter", "nn", ("Nav Sunndal", "Sunndal", "976917898"),
             ("Hallgeir Øren", None, "71699100"), ("Saman mot arbeid", "new", "2020-05-01"), 80,
             {"positions": 488000, "competence": 6500, "total": 494500},
             ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], (True, False),
             [("nav_leader", "Gunn Torvik", "Nav-leiar", "2020-01-28", "electronic_approval"),
              ("municipality", "Hans Kristian Bøe", "Kommunedirektør", "2020-01-30", "electronic_approval")],
             notes=["near-miss: 80 % at exactly 488 000; phone-only contact; areas argued in prose"])


# gz05 docx-letter nb, Nav Kongsberg: competence 12 500 (defect)
def gz05(out: Path):
    f = {"head": "Søknad", "letterhead": ["NAV Kongsberg", "Kirkegata 1, 3616 Kongsberg", "Organisasjonsnummer: 976689763",
                                          "", "Fylkesmannen i Vestfold og Telemark", "", "Kongsberg 17.01.2020"],
         "subject": "SØKNAD OM TILSKUDD – SOSIALE TJENESTER I NAV 2020: «Bolig og jobb»",
         "body": ["NAV Kongsberg søker om tilskudd til et nytt utviklingsprosjekt for barnefamilier med lav inntekt. "
                  "Prosjektet skal sikre at foreldrene får tett oppfølging mot arbeid og at barna blir sett.",
                  "Prosjektet starter 15. mars 2020 og bemannes med én 60 %-stilling.",
                  "Kontaktperson: Line Gulbrandsen, line.gulbrandsen@nav.no, tlf. 32 86 48 00."],
         "budget": [["Kostnad", "Beløp"], ["Lønn og sosiale utgifter (60 %)", "kr 360 000"],
                    ["Kompetanse (kurs og veiledning)", "kr 12 500"], ["Sum", "kr 372 500"]],
         "tail": ["Vi er interessert i både nettverkssamarbeid og ekstern prosessevaluering.", "", "Med hilsen"],
         "inks": [("gz05a", ["Kari Nymoen", "NAV-leder", "17.01.2020"]),
                  ("gz05b", ["Bjørn Espen Haug", "Rådmann", "20.01.2020"])]}
    g.docx_letter(out, f)
    return T("gz05", "docx", "docx-letter", "nb", ("Nav Kongsberg", "Kongsberg", "976689763"),
             ("Line Gulbrandsen", "line.gulbrandsen@nav.no", "32864800"), ("Bolig og jobb", "new", "2020-03-15"), 60,
             {"positions": 360000, "competence": 12500, "total": 372500}, ["barnefamilier-ungdom-innvandrere"],
             (True, True),
             [("nav_leader", "Kari Nymoen", "NAV-leder", "2020-01-17", "handwritten"),
              ("municipality", "Bjørn Espen Haug", "Rådmann", "2020-01-20", "handwritten")],
             expected=["COMPETENCE_OVER_CAP"], notes=["competence 12 500 > 10 000"])


# gz06 pdf-from-office nn, Nav Ørsta: signed ON the deadline day (precision)
def gz06(out: Path):
    f = {"lang": "nn", "head": "Søknad", "office_line": "Nav Ørsta",
         "rows": [("1. Søkjar", [("Nav-kontor", "Nav Ørsta"), ("Kommune", "Ørsta kommune"), ("Org.nr.", "980 748 979"),
                                 ("Kontaktperson", "Brit Aarflot"), ("E-post", "brit.aarflot@nav.no"),
                                 ("Telefon", "70 04 92 00")]),
                  ("2. Prosjekt", [("Tittel på prosjektet", "Overgangsloset"), ("Nytt/vidareføring", "Vidareføring, år 3"),
                                   ("Oppstartsdato", "01.01.2020"), ("Stillingsprosent", "50 %")]),
                  ("3. Budsjett", [("Stilling (løn og sosiale kostnader)", "305 000 kr"), ("Kompetanse", "—"),
                                   ("Totalt", "305 000 kr")])],
         "areas": [False, False, True], "yn": [("Nettverk", False), ("Prosessevaluering", False)],
         "sigs": [sig("Ørsta 31.01.2020", "gz06a", "Arnstein Vik, Nav-leiar"),
                  sig("Ørsta 01.02.2020", "gz06b", "Ragnhild Bjørdal, kommunalsjef helse og velferd")]}
    g.from_office(out, f, style="x", font="Liberation Serif")
    return T("gz06", "pdf", "pdf-from-office", "nn", ("Nav Ørsta", "Ørsta", "980748979"),
             ("Brit Aarflot", "brit.aarflot@nav.no", "70049200"), ("Overgangsloset", "continuation", "2020-01-01"), 50,
             {"positions": 305000, "competence": None, "total": 305000}, ["saarbare-overganger"], (False, False),
             [("nav_leader", "Arnstein Vik", "Nav-leiar", "2020-01-31", "handwritten"),
              ("municipality", "Ragnhild Bjørdal", "kommunalsjef helse og velferd", "2020-02-01", "handwritten")],
             notes=["near-miss: municipal signature on the deadline day; 3rd year (limit, not beyond); 50 % at cap; "
                    "competence written as a dash; municipal leader a kommunalsjef with a long title"])


# gz07 pdf-from-office nb, Nav Eidsvoll: invalid org number (defect)
def gz07(out: Path):
    f = {"lang": "nb", "head": "Søknad", "office_line": "Nav Eidsvoll",
         "rows": [("Søker", [("Kontor", "Nav Eidsvoll"), ("Kommune", "Eidsvoll"), ("Organisasjonsnummer", "981 769 845"),
                             ("Kontaktperson", "Petter Andresen Moe"), ("E-post", "petter.andresen.moe@nav.no"),
                             ("Telefon", "66 10 70 00")]),
                  ("Prosjekt", [("Prosjektnavn", "Første jobb Eidsvoll"), ("Type prosjekt", "Nytt"),
                                ("Start", "august 2020"), ("Stillingsandel", "100 %")]),
                  ("Budsjett", [("Lønn", "545 000"), ("Kompetanse", "10 000"), ("Sum omsøkt", "555 000")])],
         "areas": [True, True, False], "yn": [("Nettverk", True), ("Prosessevaluering", False)],
         "sigs": [sig("Eidsvoll, 23.01.2020", "gz07a", "Marianne Ødegård", "Nav-leder"),
                  sig("Eidsvoll, 24.01.2020", "gz07b", "Anders Sletten", "Kommunedirektør")]}
    g.from_office(out, f, style="u", font="Liberation Sans")
    return T("gz07", "pdf", "pdf-from-office", "nb", ("Nav Eidsvoll", "Eidsvoll", "981769845"),
             ("Petter Andresen Moe", "petter.andresen.moe@nav.no", "66107000"), ("Første jobb Eidsvoll", "new", "2020-08-01"),
             100, {"positions": 545000, "competence": 10000, "total": 555000},
             ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], (True, False),
             [("nav_leader", "Marianne Ødegård", "Nav-leder", "2020-01-23", "handwritten"),
              ("municipality", "Anders Sletten", "Kommunedirektør", "2020-01-24", "handwritten")],
             expected=["ORG_NUMBER_INVALID"], notes=["981 769 845 fails MOD11 (valid: 981769848)"])


# gz08 pdf-text nb, Nav Tromsø: two position lines, dot leaders (precision)
def gz08(out: Path):
    f = {"lang": "nb", "office_line": "Nav Tromsø · Troms og Finnmark",
         "rows": [("A. Søker", [("Nav-kontor", "Nav Tromsø"), ("Kommune", "Tromsø kommune"), ("Org.nr.", "991 932 925"),
                                ("Kontaktperson", "Sara Marie Eira"), ("E-post", "sara.marie.eira@nav.no"),
                                ("Telefon", "77 79 80 00")]),
                  ("B. Prosjekt", [("Prosjekttittel", "Ut i arbeid – Tromsø"), ("Ny/videreføring", "Ny"),
                                   ("Oppstart", "01.06.2020"),
                                   ("Stilling 1: jobbspesialist", "100 %  –  610 000 kr"),
                                   ("Stilling 2: familiekoordinator", "40 %  –  244 000 kr"),
                                   ("Samlet stillingsprosent", "140 %")]),
                  ("C. Budsjett", [("Lønnsmidler i alt", "854 000 kr"), ("Kompetanse", "9 999 kr"),
                                   ("Søknadsbeløp", "863 999 kr")])],
         "areas": [True, True, False], "box": "x",
         "yn": [("Nettverk/klyngesamarbeid:", True), ("Ekstern prosessevaluering:", True)],
         "sigs": [sig("Tromsø 21.01.2020", "gz08a", "Nav-leder", "Frode Johansen"),
                  sig("Tromsø 22.01.2020", "gz08b", "Kommunedirektør", "Stig Tore Laugen")]}
    g.pdf_text(str(out), f, font=("LS", "LSB"), leader=True, x2=260)
    return T("gz08", "pdf", "pdf-text", "nb", ("Nav Tromsø", "Tromsø", "991932925"),
             ("Sara Marie Eira", "sara.marie.eira@nav.no", "77798000"), ("Ut i arbeid – Tromsø", "new", "2020-06-01"),
             140, {"positions": 854000, "competence": 9999, "total": 863999},
             ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], (True, True),
             [("nav_leader", "Frode Johansen", "Nav-leder", "2020-01-21", "handwritten"),
              ("municipality", "Stig Tore Laugen", "Kommunedirektør", "2020-01-22", "handwritten")],
             notes=["near-miss: 140 % at exactly 854 000; competence 9 999; each line at its own cap"])


# gz09 pdf-text nn, Nav Sogndal? no: Nav Luster, typed e-approval in Nynorsk (precision)
def gz09(out: Path):
    f = {"lang": "nn", "office_line": "NAV Luster",
         "rows": [("I  Kven søkjer", [("Nav-kontor:", "NAV Luster"), ("Kommune:", "Luster"), ("Org.nr.:", "986047123"),
                                      ("Kontaktperson:", "Ola Nes Bøyum, ola.nes.boyum@nav.no, 57 68 55 00")]),
                  ("II  Prosjektet", [("Namn på prosjektet:", "Ungdomsloset i Luster"),
                                      ("Nytt eller vidareføring:", "Vidareføring (andre året)"),
                                      ("Oppstart:", "1.1.2020"), ("Stillingar:", "ei heil stilling")]),
                  ("III  Budsjett", [("Løn og sosiale utgifter:", "NOK 600 000"), ("Kompetanse:", "NOK 10 000"),
                                     ("Totalt søkt:", "NOK 610 000")])],
         "areas": [False, True, True], "box": "x",
         "yn": [("Interesse for nettverk:", False), ("Interesse for prosessevaluering:", True)],
         "sigs": [], "after": ["Søknaden er elektronisk godkjend av Nav-leiar Turid Hauge 20.01.2020 og av kommunedirektør "
                               "Jarle Skjolden 23.01.2020."]}
    g.pdf_text(str(out), f, font=("DVS", "DVSB"))
    return T("gz09", "pdf", "pdf-text", "nn", ("Nav Luster", "Luster", "986047123"),
             ("Ola Nes Bøyum", "ola.nes.boyum@nav.no", "57685500"), ("Ungdomsloset i Luster", "continuation", "2020-01-01"),
             100, {"positions": 600000, "competence": 10000, "total": 610000},
             ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], (False, True),
             [("nav_leader", "Turid Hauge", "Nav-leiar", "2020-01-20", "electronic_approval"),
              ("municipality", "Jarle Skjolden", "Kommunedirektør", "2020-01-23", "electronic_approval")],
             notes=["near-miss: total 610 000 equals the position cap but positions are 600 000; competence at 10 000"])


# gz10 pdf-text nb, Nav Sandnes: position sum over cap (defect)
def gz10(out: Path):
    f = {"lang": "nb", "office_line": "NAV Sandnes",
         "rows": [("Søkerinformasjon", [("Nav-kontor", "NAV Sandnes"), ("Kommune", "Sandnes"), ("Org.nr.", "985 872 368"),
                                        ("Prosjektleder/kontakt", "Eirin Sele"), ("E-post", "eirin.sele@nav.no"),
                                        ("Mobil", "481 22 390")]),
                  ("Prosjektopplysninger", [("Prosjektnavn", "Sandnes-modellen for unge"), ("Prosjekttype", "Nytt prosjekt"),
                                            ("Oppstart", "01.04.2020"), ("Stillingsprosent", "70 %")]),
                  ("Budsjett", [("Lønn og sosiale kostnader", "455 000"), ("Kompetansemidler", "10 000"),
                                ("Sum", "465 000")])],
         "areas": [False, True, False], "box": "k",
         "yn": [("Nettverk", True), ("Prosessevaluering", True)],
         "sigs": [sig("Sandnes 15.01.2020", "gz10a", "Åse Kristin Bru, NAV-leder"),
                  sig("Sandnes 16.01.2020", "gz10b", "Bjørn Kahrs, rådmann")]}
    g.pdf_text(str(out), f, font=("DV", "DVB"), x2=220)
    return T("gz10", "pdf", "pdf-text", "nb", ("Nav Sandnes", "Sandnes", "985872368"),
             ("Eirin Sele", "eirin.sele@nav.no", "48122390"), ("Sandnes-modellen for unge", "new", "2020-04-01"), 70,
             {"positions": 455000, "competence": 10000, "total": 465000}, ["barnefamilier-ungdom-innvandrere"],
             (True, True),
             [("nav_leader", "Åse Kristin Bru", "NAV-leder", "2020-01-15", "handwritten"),
              ("municipality", "Bjørn Kahrs", "rådmann", "2020-01-16", "handwritten")],
             expected=["AMOUNT_OVER_CAP"], notes=["70 % at 455 000 > 427 000"])


# gz11 pdf-acroform nb, Nav Hammerfest (precision)
def gz11(out: Path):
    f = {"lang": "nb",
         "fields": [("f1", "Nav-kontor"), ("f2", "Kommune"), ("f3", "Organisasjonsnummer"), ("f4", "Kontaktperson"),
                    ("f5", "E-post"), ("f6", "Telefon"), ("f7", "Prosjektets navn"), ("f8", "Oppstartsdato"),
                    ("f9", "Stillingsandel (%)"), ("f10", "Lønn og sosiale kostnader (kr)"),
                    ("f11", "Kompetansemidler (kr)"), ("f12", "Sum omsøkt (kr)")],
         "boxes": [("b_ny", "Nytt prosjekt"), ("b_vf", "Videreføring"), ("b_p1", "Bruk av ordinært arbeidsliv"),
                   ("b_p2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("b_p3", "Sikring av sårbare overganger"),
                   ("b_nw", "Ja, vi ønsker nettverk/klyngesamarbeid"), ("b_ev", "Ja, vi ønsker ekstern prosessevaluering")],
         "sigs": [sig("Hammerfest 29.01.2020", "gz11a", "Nav-leder Liv Anita Hætta"),
                  sig("Hammerfest 30.01.2020", "gz11b", "Kommunedirektør Jan Olli")]}
    vals = {"f1": "Nav Hammerfest", "f2": "Hammerfest", "f3": "975857425", "f4": "Mikkel Sara",
            "f5": "mikkel.sara@nav.no", "f6": "78 40 20 00", "f7": "Havbruk og jobb", "f8": "2020-03-02",
            "f9": "200", "f10": "1220000", "f11": "0", "f12": "1220000"}
    g.acroform(out, f, vals, {"b_ny", "b_p1", "b_p3", "b_ev"})
    return T("gz11", "pdf", "pdf-acroform", "nb", ("Nav Hammerfest", "Hammerfest", "975857425"),
             ("Mikkel Sara", "mikkel.sara@nav.no", "78402000"), ("Havbruk og jobb", "new", "2020-03-02"), 200,
             {"positions": 1220000, "competence": 0, "total": 1220000}, ["ordinaert-arbeidsliv", "saarbare-overganger"],
             (False, True),
             [("nav_leader", "Liv Anita Hætta", "Nav-leder", "2020-01-29", "handwritten"),
              ("municipality", "Jan Olli", "Kommunedirektør", "2020-01-30", "handwritten")],
             notes=["near-miss: 200 % at exactly 1 220 000; ISO date in a field; network box left unticked"])


# gz12 pdf-handwritten nn, Nav Vinje: signed after the deadline (defect)
def gz12(out: Path):
    f = {"lang": "nn", "office_line": "Nav Vinje",
         "rows": [("Søkjar", [("Nav-kontor", "Nav Vinje"), ("Kommune", "Vinje"), ("Org.nr.", "994815067"),
                              ("Kontakt", "Halvor Kvestad"), ("E-post", "halvor.kvestad@nav.no"), ("Tlf.", "35 06 20 00")]),
                  ("Prosjekt", [("Prosjekttittel", "Fjellet arbeider"), ("Søknaden gjeld", "nytt prosjekt"),
                                ("Oppstart", "1. april 2020"), ("Stilling", "60 % stilling")]),
                  ("Budsjett", [("Løn", "350 000"), ("Kompetanse", "5 000"), ("Sum", "355 000")])],
         "areas": [True, False, False], "box": "x", "yn": [("Nettverk", True), ("Prosessevaluering", False)],
         "sigs": [sig("Vinje, 30.01.2020", "gz12a", "Gro Midtbø", "Nav-leiar"),
                  sig("Vinje, 05.02.2020", "gz12b", "Knut Arne Tveito", "Rådmann")]}
    g.pdf_text(str(out), f, font=("DVS", "DVSB"))
    return T("gz12", "pdf", "pdf-handwritten", "nn", ("Nav Vinje", "Vinje", "994815067"),
             ("Halvor Kvestad", "halvor.kvestad@nav.no", "35062000"), ("Fjellet arbeider", "new", "2020-04-01"), 60,
             {"positions": 350000, "competence": 5000, "total": 355000}, ["ordinaert-arbeidsliv"], (True, False),
             [("nav_leader", "Gro Midtbø", "Nav-leiar", "2020-01-30", "handwritten"),
              ("municipality", "Knut Arne Tveito", "Rådmann", "2020-02-05", "handwritten")],
             expected=["SIGNED_AFTER_DEADLINE"], notes=["rådmann signed 05.02.2020"])


# gz13 pdf-handwritten nb, Nav Lindesnes: ink without printed names beside a name list (precision)
def gz13(out: Path):
    f = {"lang": "nb", "office_line": "Nav Lindesnes",
         "rows": [("1 Søker", [("Nav-kontor", "Nav Lindesnes"), ("Kommune", "Lindesnes"), ("Org.nr.", "992 615 478"),
                               ("Kontaktperson", "Hege Udland"), ("E-post", "hege.udland@nav.no"), ("Telefon", "38 25 80 00")]),
                  ("2 Prosjekt", [("Tittel", "Familieløftet"), ("Prosjektstatus", "Videreføring år 2"),
                                  ("Oppstart", "01.01.2020"), ("Stillingsressurs", "0,5 årsverk")]),
                  ("3 Budsjett", [("Lønnskostnader", "kr 280.000"), ("Kompetanse", "kr 10.000"), ("Totalt", "kr 290.000")])],
         "areas": [False, True, False], "box": "x", "yn": [("Nettverk", True), ("Prosessevaluering", True)],
         "sigs": [sig("Mandal 20.01.2020", "gz13a", "Kjell Åge Stray", "Nav-leder"),
                  sig("Mandal 21.01.2020", "gz13b", "Ann-Kristin Olsen", "Kommunedirektør")]}
    g.pdf_text(str(out), f, font=("LS", "LSB"))
    return T("gz13", "pdf", "pdf-handwritten", "nb", ("Nav Lindesnes", "Lindesnes", "992615478"),
             ("Hege Udland", "hege.udland@nav.no", "38258000"), ("Familieløftet", "continuation", "2020-01-01"), 50,
             {"positions": 280000, "competence": 10000, "total": 290000}, ["barnefamilier-ungdom-innvandrere"],
             (True, True),
             [("nav_leader", "Kjell Åge Stray", "Nav-leder", "2020-01-20", "handwritten"),
              ("municipality", "Ann-Kristin Olsen", "Kommunedirektør", "2020-01-21", "handwritten")],
             notes=["near-miss: amounts with dots as thousands separators; signed in Mandal (not the municipality name); "
                    "0,5 årsverk"])


# gz14 pdf-scanned nn, Nav Volda, 300 dpi grey (precision)
def gz14(out: Path):
    f = {"lang": "nn", "office_line": "Nav Volda",
         "rows": [("Søkjar", [("Nav-kontor", "Nav Volda"), ("Kommune", "Volda"), ("Org.nr.", "973 395 866"),
                              ("Kontaktperson", "Marit Hovden"), ("E-post", "marit.hovden@nav.no"), ("Telefon", "70 05 87 00")]),
                  ("Prosjekt", [("Prosjektnamn", "Heim til jobb"), ("Type", "Nytt prosjekt"),
                                ("Oppstart", "01.03.2020"), ("Stillingsprosent", "100 %")]),
                  ("Budsjett", [("Løn og sosiale kostnader", "590 000"), ("Kompetanse", "10 000"), ("Sum", "600 000")])],
         "areas": [True, False, True], "box": "x", "yn": [("Nettverk", True), ("Prosessevaluering", True)],
         "sigs": [sig("Volda 24.01.2020", "gz14a", "Lars Riste", "Nav-leiar"),
                  sig("Volda 27.01.2020", "gz14b", "Rune Sjurgard", "Kommunedirektør")]}
    g.scanned(out, f, dpi=300, angle=-0.7, seed=14)
    return T("gz14", "pdf", "pdf-scanned", "nn", ("Nav Volda", "Volda", "973395866"),
             ("Marit Hovden", "marit.hovden@nav.no", "70058700"), ("Heim til jobb", "new", "2020-03-01"), 100,
             {"positions": 590000, "competence": 10000, "total": 600000}, ["ordinaert-arbeidsliv", "saarbare-overganger"],
             (True, True),
             [("nav_leader", "Lars Riste", "Nav-leiar", "2020-01-24", "handwritten"),
              ("municipality", "Rune Sjurgard", "Kommunedirektør", "2020-01-27", "handwritten")],
             optional=["LOW_CONFIDENCE"], notes=["300 dpi grey scan, rotated 0.7°, JPEG q70"])


# gz15 pdf-scanned nb, Nav Nome, phone photo (precision)
def gz15(out: Path):
    f = {"lang": "nb", "office_line": "Nav Nome",
         "rows": [("Søker", [("Nav-kontor", "Nav Nome"), ("Kommune", "Nome"), ("Org.nr.", "986 144 293"),
                             ("Kontaktperson", "Tone Lia"), ("E-post", "tone.lia@nav.no"), ("Telefon", "35 94 65 00")]),
                  ("Prosjekt", [("Prosjektnavn", "Nome i arbeid"), ("Type", "Videreføring, år 2"),
                                ("Oppstart", "01.01.2020"), ("Stillingsprosent", "100 %")]),
                  ("Budsjett", [("Lønn", "600 000"), ("Kompetanse", "8 000"), ("Sum", "608 000")])],
         "areas": [True, False, False], "box": "x", "yn": [("Nettverk", False), ("Prosessevaluering", False)],
         "sigs": [sig("Ulefoss 22.01.2020", "gz15a", "Jorunn Holte", "Nav-leder"),
                  sig("Ulefoss 23.01.2020", "gz15b", "Einar Stene", "Rådmann")]}
    g.scanned(out, f, dpi=200, angle=2.2, photo=True, seed=15)
    return T("gz15", "pdf", "pdf-scanned", "nb", ("Nav Nome", "Nome", "986144293"),
             ("Tone Lia", "tone.lia@nav.no", "35946500"), ("Nome i arbeid", "continuation", "2020-01-01"), 100,
             {"positions": 600000, "competence": 8000, "total": 608000}, ["ordinaert-arbeidsliv"], (False, False),
             [("nav_leader", "Jorunn Holte", "Nav-leder", "2020-01-22", "handwritten"),
              ("municipality", "Einar Stene", "Rådmann", "2020-01-23", "handwritten")],
             optional=["LOW_CONFIDENCE"], notes=["phone photo: perspective, colour cast, uneven light, 2.2° tilt, JPEG q55"])


# gz16 pdf-pades nb, Nav Ringerike (precision)
def gz16(out: Path):
    f = {"lang": "nb", "office_line": "Nav Ringerike",
         "rows": [("Søker", [("Nav-kontor", "Nav Ringerike"), ("Kommune", "Ringerike"), ("Org.nr.", "990 304 726"),
                             ("Kontaktperson", "Nils Petter Bråthen"), ("E-post", "nils.petter.brathen@nav.no"),
                             ("Telefon", "32 11 72 00")]),
                  ("Prosjekt", [("Prosjekttittel", "Sammen ut"), ("Prosjekttype", "Nytt"),
                                ("Oppstart", "2. mars 2020"), ("Stillinger", "én stilling, 100 prosent")]),
                  ("Budsjett", [("Lønn og sosiale kostnader", "0,61 mill. kr"), ("Kompetanse", "kr 10 000"),
                                ("Totalt", "kr 620 000")])],
         "areas": [False, False, True], "box": "x", "yn": [("Nettverk", True), ("Prosessevaluering", True)],
         "sigs": [sig("Hønefoss 27.01.2020", "-", "Nav-leder Mona Huseby", "Signert digitalt", ink=False),
                  sig("Hønefoss 28.01.2020", "-", "Kommunedirektør Tore Isaksen", "Signert digitalt", ink=False)]}
    g.pades(out, f, [("Mona Huseby", "Nav Ringerike"), ("Tore Isaksen", "Ringerike kommune")],
            [(2020, 1, 27, 9, 12), (2020, 1, 28, 15, 40)])
    return T("gz16", "pdf", "pdf-pades", "nb", ("Nav Ringerike", "Ringerike", "990304726"),
             ("Nils Petter Bråthen", "nils.petter.brathen@nav.no", "32117200"), ("Sammen ut", "new", "2020-03-02"), 100,
             {"positions": 610000, "competence": 10000, "total": 620000}, ["saarbare-overganger"], (True, True),
             [("nav_leader", "Mona Huseby", "Nav-leder", "2020-01-27", "digital"),
              ("municipality", "Tore Isaksen", "Kommunedirektør", "2020-01-28", "digital")],
             notes=["near-miss: '0,61 mill. kr' = 610 000 at the cap; two PAdES signatures"])


# gz17 bad-input: a truncated PDF (defect)
def gz17(out: Path):
    import io
    b = io.BytesIO()
    g.pdf_text(b, {"lang": "nb", "office_line": "Nav Levanger", "rows": [], "areas": [False] * 3, "yn": [], "sigs": []})
    out.write_bytes(b.getvalue()[: len(b.getvalue()) // 3])
    t = truth("gz17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
              notes=["first third of a reportlab PDF: no xref, no trailer"])
    return t


# gz18 not-application nn: the county's grant letter with an acceptance slip (defect)
def gz18(out: Path):
    p = g.Page(str(out), "DVS", "DVSB", 10)
    p.text("Statsforvaltaren i Vestland", bold=True, size=12)
    p.text("Nav Kvam, Postboks 14, 5601 Norheimsund", dy=24)
    p.text("Tilsegn om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, dy=20)
    p.wrap("Vi viser til søknaden dykkar av 24. januar 2020. Arbeids- og velferdsdirektoratet har innvilga "
           "tilskot på 450 000 kroner til prosjektet «Kvam i arbeid», 70 % stilling. Tilskotet vert utbetalt "
           "når vi har motteke den signerte akseptslippen nedanfor. Rapport skal sendast innan 1. mars 2021.")
    p.y -= 20
    p.text("Med helsing", dy=16)
    p.text("Synnøve Brekke, seksjonsleiar", dy=30)
    p.text("AKSEPT AV TILSEGN", bold=True)
    p.wrap("Nav Kvam aksepterer tilsegnet og vilkåra. Stad/dato: ____________  Underskrift: ____________")
    p.save()
    return truth("gz18", "pdf", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["grant letter with an acceptance slip, mentions søknad, amount and %"])
