"""Documents mx09-mx18 of corpus 84 (tester84): each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docs84 import A_NB, A_NN, B, BUI, ORD, SOV, sig
from kit84 import S19, S20, W, acroform, orgnr, pades, pdf_bytes, scan, spaced, truth, when


# ---------------------------------------------------------------- mx09 pdf-acroform nb, labels above fields, 80 % at cap
def mx09(out: Path):
    o = orgnr("97499082")
    L, R = 50, 305
    fields = [("kontor", L, 715, 240, "NAV Gjerdrum"), ("kommune", R, 715, 240, "Gjerdrum"),
              ("orgnr", L, 675, 240, o), ("kontakt", R, 675, 240, "Jonas Eriksen"),
              ("epost", L, 635, 240, "jonas.eriksen@nav.no"), ("tlf", R, 635, 240, "465 08 331"),
              ("tittel", L, 595, 495, "Veien videre i Gjerdrum"),
              ("type", L, 555, 240, "Nytt prosjekt"), ("start", R, 555, 240, "01.03.2020"),
              ("stilling", L, 515, 240, "80 %"), ("lonn", R, 515, 240, "kr 488 000"),
              ("komp", L, 475, 240, ""), ("sum", R, 475, 240, "kr 488 000")]
    labels = {"kontor": "Søkende kontor", "kommune": "Kommune", "orgnr": "Organisasjonsnummer",
              "kontakt": "Kontaktperson", "epost": "E-post", "tlf": "Telefon", "tittel": "Prosjektets navn",
              "type": "Nytt prosjekt / videreføring", "start": "Oppstartsdato", "stilling": "Stillingsprosent",
              "lonn": "Lønn og sosiale kostnader", "komp": "Kompetansemidler (inntil kr 10 000)",
              "sum": "Sum søknadsbeløp"}
    boxes = [("omr1", 50, 425, True), ("omr2", 50, 407, False), ("omr3", 50, 389, True),
             ("nett_ja", 380, 345, True), ("nett_nei", 430, 345, False),
             ("eval_ja", 380, 327, False), ("eval_nei", 430, 327, True)]

    def static(c):
        c.setFont("DVB", 12)
        c.drawString(50, 795, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020")
        c.setFont("DV", 8.5)
        c.drawString(50, 780, "Fyll inn feltene. Skjemaet signeres av NAV-leder og rådmann/kommunedirektør og sendes")
        c.drawString(50, 769, "Fylkesmannen i Oslo og Viken innen 1. februar 2020.")
        c.setFont("DV", 8)
        for name, x, y, _, _ in fields:
            c.drawString(x, y + 20, labels[name])
        c.setFont("DVB", 10)
        c.drawString(50, 445, "Prioriterte områder")
        c.drawString(50, 365, "Nettverk og evaluering")
        c.setFont("DV", 9)
        for (_, x, y, _), area in zip(boxes, A_NB):
            c.drawString(x + 16, y + 1, area)
        c.drawString(50, 346, "Ønsker å delta i nettverk/klyngesamarbeid")
        c.drawString(50, 328, "Ønsker ekstern prosessevaluering")
        for y in (346, 328):
            c.drawString(394, y, "Ja")
            c.drawString(444, y, "Nei")
        for x, head, date, name in [(50, "NAV-leder", "Dato: 29.01.2020", "Randi Mørk"),
                                    (305, "Kommunedirektør", "Dato: 30.01.2020", "Ole Jakob Hagen")]:
            c.setFont("DVB", 10)
            c.drawString(x, 290, head)
            c.setFont("DV", 9)
            c.drawString(x, 276, date)
            c.line(x, 228, x + 220, 228)
            c.drawString(x, 215, name)
    acroform(static, fields, boxes, out, ink_blocks=[("mx09a", 60, 231), ("mx09b", 315, 231)])
    return truth("mx09", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Gjerdrum", "Gjerdrum", o),
                 contact=("Jonas Eriksen", "jonas.eriksen@nav.no", "46508331"),
                 project=("Veien videre i Gjerdrum", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "total": 488000}, prio=[ORD, SOV], interest=(True, False),
                 sigs=[sig("nav_leader", "Randi Mørk", "NAV-leder", "2020-01-29", "handwritten"),
                       sig("municipality", "Ole Jakob Hagen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000; competence field left empty (null, not 0)",
                        "labels printed above the fields; Ja/Nei as two check boxes each"])


# ---------------------------------------------------------------- mx10 pdf-from-office nb, Nr/Spørsmål/Svar table, third year
def mx10(out: Path):
    o = orgnr("93940155")
    w = W("Calibri", 10, "Søknadsskjema")
    w.h("Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i NAV-kontoret", 13)
    w.p("NAV Rauma – Rauma kommune")
    rows = [["Nr", "Spørsmål", "Svar"], ["1.1", "Hvilket NAV-kontor søker?", "NAV Rauma"], ["1.2", "Kommune", "Rauma"],
            ["1.3", "Kommunens organisasjonsnummer", spaced(o)], ["1.4", "Kontaktperson for søknaden", "Ingvild Sandem"],
            ["1.5", "Kontaktpersonens e-post", "ingvild.sandem@nav.no"], ["1.6", "Kontaktpersonens telefon", "975 41 206"],
            ["2.1", "Prosjektets navn", "«Rauma i arbeid»"],
            ["2.2", "Nytt prosjekt eller videreføring?", "Videreføring fra 2018 – 2020 er tredje og siste år"],
            ["2.3", "Oppstart for perioden det søkes om", "01.01.2020"],
            ["2.4", "Stillingsressurs", "1 årsverk fordelt på to personer (50 % + 50 %)"],
            ["3.1", "Lønn og sosiale kostnader", "kr 605 000"], ["3.2", "Kompetansemidler", "kr 5 000"],
            ["3.3", "Samlet søknadssum", "kr 610 000"], ["4", "Prioriterte områder (sett X)", ""],
            ["4.1", A_NB[0], "X"], ["4.2", A_NB[1], ""], ["4.3", A_NB[2], "X"],
            ["5.1", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Ja"],
            ["5.2", "Ønsker kontoret ekstern prosessevaluering?", "Nei"]]
    w.table(rows, widths=[1.2, 8.3, 6.5], head=True, head_shade="C6D9F1")
    w.p(B("6 Underskrifter"))
    w.table([[B("NAV-leder"), B("Rådmann")],
             ["Sted og dato: Åndalsnes, 22.01.2020", "Sted og dato: Åndalsnes, 24.01.2020"],
             [[("ink", "mx10a", 4.0)], [("ink", "mx10b", 4.0)]],
             ["Navn: Siri Rødstøl", "Navn: Bjarte Lien"]])
    w.page_break()
    w.h("Vedlegg 2 – CV for prosjektkoordinator", 12)
    w.table([["Navn", "Lars Ove Ulvestad"], ["Telefon", "413 20 987"], ["E-post", "lars.ulvestad@rauma.kommune.no"],
             ["Utdanning", "Bachelor i sosialt arbeid (2009)"], ["Erfaring", "Veileder i NAV Rauma siden 2012"]])
    w.to_pdf(out)
    return truth("mx10", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Rauma", "Rauma", o),
                 contact=("Ingvild Sandem", "ingvild.sandem@nav.no", "97541206"),
                 project=("Rauma i arbeid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "total": 610000}, prio=[ORD, SOV],
                 interest=(True, False),
                 sigs=[sig("nav_leader", "Siri Rødstøl", "NAV-leder", "2020-01-22", "handwritten"),
                       sig("municipality", "Bjarte Lien", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["near-miss: third (last allowed) year of a continuation; CV behind with another person's "
                        "phone and e-mail", "Word 3-column Nr/Spørsmål/Svar table converted by LibreOffice"])


# ---------------------------------------------------------------- mx11 pdf-from-office nn, fourth year of a continuation
def mx11(out: Path):
    o = orgnr("96496430")
    w = W("Liberation Serif", 11, "Søknad")
    w.h("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret – 2020", 13)
    w.p([("i", "Sendast Fylkesmannen i Vestfold og Telemark")])

    def line(label, value):
        w.p([("b", label + ": "), value])
    w.h("Søkjar", 11)
    for lv in [("Nav-kontor", "Nav Hjartdal"), ("Kommune", "Hjartdal"), ("Org.nr.", spaced(o)),
               ("Kontaktperson", "Åse Berit Nordbø"), ("E-post", "ase.nordbo@nav.no"), ("Telefon", "–")]:
        line(*lv)
    w.h("Prosjektet", 11)
    for lv in [("Prosjektnamn", "«Heilt heim»"),
               ("Søknadstype", "Vidareføring – prosjektet starta hausten 2016, og 2020 blir det fjerde driftsåret"),
               ("Oppstart for perioden det vert søkt om", "01.01.2020"), ("Stilling", "40 % prosjektstilling")]:
        line(*lv)
    w.h("Budsjett", 11)
    line("Løn og sosiale kostnader", "240 000 kr")
    line("Sum søknad", "240 000 kr")
    w.h("Prioriterte område", 11)
    for area, on in zip(A_NN, (False, False, True)):
        w.p(("☒ " if on else "☐ ") + area)
    w.h("Nettverk og evaluering", 11)
    w.p("Ønskjer nettverk/klyngjesamarbeid:  ☒ ja  ☐ nei")
    w.p("Ønskjer ekstern prosessevaluering:  ☐ ja  ☒ nei")
    w.h("Omtale", 11)
    w.p("Prosjektet følgjer opp personar som kjem heim etter opphald i institusjon eller fengsel, med bustad, "
        "økonomi og aktivitet på plass før heimkomst.")
    w.table([[B("Nav-leiar"), B("Kommunedirektør")], ["Sauland, 27.01.2020", "Sauland, 28.01.2020"],
             [[("ink", "mx11a", 3.8)], [("ink", "mx11b", 3.8)]], ["Tone Kvåle", "Olav Bakken"]], style=None)
    w.to_pdf(out)
    return truth("mx11", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Hjartdal", "Hjartdal", o),
                 contact=("Åse Berit Nordbø", "ase.nordbo@nav.no", None),
                 project=("Heilt heim", "continuation", "2020-01-01"), pct=40,
                 amounts={"positions": 240000, "total": 240000}, prio=[SOV], interest=(True, False),
                 sigs=[sig("nav_leader", "Tone Kvåle", "Nav-leiar", "2020-01-27", "handwritten"),
                       sig("municipality", "Olav Bakken", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["CONTINUATION_LIMIT"],
                 notes=["defect: 2020 is stated to be the project's fourth year", "near-miss: contact has e-mail "
                        "but phone '–' (still reachable)"])


# ---------------------------------------------------------------- mx12 pdf-handwritten nb, boxed cells, municipal ink only
def mx12(out: Path):
    o = orgnr("94098101")

    def draw(p):
        p.text("SØKNAD OM TILSKUDD 2020", bold=True, size=14, dy=18)
        p.text("Utvikling av sosiale tjenester i NAV-kontoret · Fylkesmannen i Agder", size=9, dy=20)
        p.boxes([("1 Søker", "NAV Tvedestrand"), ("2 Kommune", "Tvedestrand"), ("3 Org.nr.", o),
                 ("4 Kontaktperson", "Eivind Salvesen"), ("5 E-post", "eivind.salvesen@nav.no"), ("6 Tlf.", "412 66 890"),
                 ("7 Prosjektets navn", "Arbeid for alle i Tvedestrand"), ("8 Nytt/videreført", "Nytt"),
                 ("9 Oppstart", "15.04.2020"), ("10 Stillingsprosent", "100 %")], cols=2)
        p.boxes([("11 Lønn og sosiale kostnader", "kr 580 000,-"), ("12 Kompetanse", "kr 10 000,-"),
                 ("13 Sum omsøkt", "kr 590 000,-")], cols=3)
        p.text("14 Prioriterte områder", bold=True)
        for area, on in zip(A_NB, (True, True, False)):
            p.option(area, on, style="tick")
        p.y -= 4
        p.text("15 Nettverk og evaluering", bold=True)
        for q, yes in [("Nettverk/klyngesamarbeid", True), ("Ekstern prosessevaluering", False)]:
            p.c.setFont(p.f, p.s)
            p.c.drawString(62, p.y, q)
            p.mark(260, p.y, yes, "tick")
            p.c.drawString(274, p.y, "Ja")
            p.mark(310, p.y, not yes, "tick")
            p.c.drawString(324, p.y, "Nei")
            p.y -= p.s + 8
        p.y -= 6
        p.text("16 Beskrivelse", bold=True)
        p.para("Prosjektet skal gi familier med lav inntekt og unge voksne en fast kontakt som hjelper dem inn i "
               "lokale bedrifter, og samarbeide med næringslivet i Tvedestrand om praksisplasser som fører til jobb.")
        p.y -= 14
        p.sigs([{"head": "Leder NAV Tvedestrand", "above": ["Tvedestrand, 20.01.2020"], "ink": "mx12a",
                 "below": ["Kari Løvdal"]},
                {"head": "Kommunedirektør", "above": ["Tvedestrand, 21.01.2020"], "ink": "mx12b", "below": []}])
    out.write_bytes(pdf_bytes(draw, ("LS", "LSB"), 10))
    return truth("mx12", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Tvedestrand", "Tvedestrand", o),
                 contact=("Eivind Salvesen", "eivind.salvesen@nav.no", "41266890"),
                 project=("Arbeid for alle i Tvedestrand", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000}, prio=[ORD, BUI],
                 interest=(True, False),
                 sigs=[sig("nav_leader", "Kari Løvdal", "Leder NAV Tvedestrand", "2020-01-20", "handwritten"),
                       sig("municipality", None, "Kommunedirektør", "2020-01-21", "handwritten")],
                 notes=["near-miss: municipal block has ink, title and date but no printed name (a signature, name "
                        "null)", "numbered label-in-corner boxes; ticks drawn as check marks"])


# ---------------------------------------------------------------- mx13 pdf-handwritten nb 2019, three host municipalities
def mx13(out: Path):
    o = orgnr("96495049")

    def draw(p):
        p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV – 2019", bold=True, size=12, dy=16)
        p.text("Interkommunalt prosjekt: Lyngen (vertskommune), Storfjord og Kåfjord", size=9, dy=20)
        p.grid([["Søker (vertskontor)", "NAV Lyngen"], ["Vertskommune", "Lyngen"], ["Samarbeidskommuner", "Storfjord, Kåfjord"],
                ["Org.nr. (vertskommunen)", spaced(o)], ["Kontaktperson", "Ellen Kristine Rasmussen"],
                ["E-post", "ellen.kristine.rasmussen@nav.no"], ["Telefon", "918 44 103"],
                ["Prosjektnavn", "Ungdomsløftet i Lyngenfjorden"], ["Type", "Nytt prosjekt"], ["Oppstart", "1. april 2019"],
                ["Stillinger", "2 stillinger à 100 %"]], [60, 240], box=True, lh=17, bold_first=True)
        p.text("Budsjett 2019", bold=True)
        p.grid([["Lønn og sosiale kostnader (2 × 590 000)", "1 180 000"], ["Kompetanse", "10 000"],
                ["Totalt søkt", "1 190 000"]], [60, 380], right=(1,))
        p.text("Prioriterte områder", bold=True)
        for area, on in zip(A_NB, (False, True, False)):
            p.option(area, on)
        p.y -= 4
        p.para("Ungdom mellom 16 og 25 år i de tre kommunene skal få én fast kontaktperson på tvers av NAV, skole og "
               "kommunale tjenester, med felles plan og faste møter.", size=9)
        p.y -= 10
        p.sigs([{"head": "Leder NAV Lyngen", "above": ["Lyngseidet, 28.01.2019"], "ink": "mx13a", "below": ["Bodil Nilsen"]},
                {"head": "Rådmann i Lyngen", "above": ["Lyngseidet, 28.01.2019"], "ink": "mx13b",
                 "below": ["Stein Arne Karlsen"]},
                {"head": "Rådmann i Storfjord", "above": ["Hatteng, 29.01.2019"], "ink": "mx13c",
                 "below": ["Svein Olav Lyngmo"]},
                {"head": "Rådmann i Kåfjord", "above": ["Olderdalen, 30.01.2019"], "ink": "mx13d",
                 "below": ["Anne-Lise Simonsen"]}], gap=40)
    out.write_bytes(pdf_bytes(draw, ("DV", "DVB"), 9.5))
    return truth("mx13", "pdf", "pdf-handwritten", lang="nb", scheme=S19, office=("Nav Lyngen", "Lyngen", o),
                 contact=("Ellen Kristine Rasmussen", "ellen.kristine.rasmussen@nav.no", "91844103"),
                 project=("Ungdomsløftet i Lyngenfjorden", "new", "2019-04-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 10000, "total": 1190000}, prio=[BUI],
                 interest=(None, None),
                 sigs=[sig("nav_leader", "Bodil Nilsen", "Leder NAV Lyngen", "2019-01-28", "handwritten"),
                       sig("municipality", "Stein Arne Karlsen", "Rådmann", "2019-01-28", "handwritten"),
                       sig("municipality", "Svein Olav Lyngmo", "Rådmann", "2019-01-29", "handwritten"),
                       sig("municipality", "Anne-Lise Simonsen", "Rådmann", "2019-01-30", "handwritten")],
                 notes=["inter-municipal: host Nav Lyngen, each of three rådmenn signs (three municipality signatures)",
                        "2019 form without network/evaluation questions"])


# ---------------------------------------------------------------- mx14 pdf-scanned nb, municipal block left empty
def mx14(out: Path):
    o = orgnr("97107419")

    def draw(p):
        p.text("NAV Vardø", bold=True, size=14, dy=20)
        p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", bold=True, dy=22)
        for a, v in [("NAV-kontor", "NAV Vardø"), ("Kommune", "Vardø"), ("Organisasjonsnummer", spaced(o)),
                     ("Kontaktperson", "Jorunn Isaksen"), ("E-post", "jorunn.isaksen@nav.no"), ("Telefon", "905 27 713"),
                     ("Prosjektnavn", "Havn i arbeid"), ("Nytt/videreføring", "Nytt prosjekt"), ("Oppstart", "01.06.2020"),
                     ("Stillingsprosent", "60 %"), ("Lønn og sosiale kostnader", "360 000"), ("Kompetanse", "6 000"),
                     ("Totalt søkt", "366 000")]:
            p.pair(a + ":", v, x2=230)
        p.y -= 6
        p.text("Prioriterte områder (sett kryss):", bold=True)
        for area, on in zip(A_NB, (True, False, False)):
            p.option(area, on)
        p.y -= 4
        p.pair("Nettverk/klyngesamarbeid:", "Ja", x2=260)
        p.pair("Ekstern prosessevaluering:", "Ja", x2=260)
        p.y -= 20
        p.sigs([{"head": "NAV-leder", "above": ["Sted/dato: Vardø, 24.01.2020"], "ink": "mx14a",
                 "below": ["Navn: Ronny Johansen"]},
                {"head": "Rådmann/kommunedirektør", "above": ["Sted/dato:"], "below": ["Navn:"]}])
    scan(pdf_bytes(draw, ("LS", "LSB"), 10.5), out, seed=1484, dpi=200, angle=1.1, quality=55, blur=0.6)
    return truth("mx14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Vardø", "Vardø", o),
                 contact=("Jorunn Isaksen", "jorunn.isaksen@nav.no", "90527713"),
                 project=("Havn i arbeid", "new", "2020-06-01"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "total": 366000}, prio=[ORD], interest=(True, True),
                 sigs=[sig("nav_leader", "Ronny Johansen", "NAV-leder", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: municipal block printed with empty 'Sted/dato:' and 'Navn:' and no ink",
                        "200 dpi grey scan, 1.1°, JPEG q55; total 366 000 equals the 60 % cap but positions are 360 000"])


# ---------------------------------------------------------------- mx15 pdf-scanned nn, two half positions
def mx15(out: Path):
    o = orgnr("86498307")

    def draw(p):
        p.text("Nav Osterøy", bold=True, size=13, dy=18)
        p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, dy=20)
        p.grid([["Nav-kontor", "Nav Osterøy"], ["Kommune", "Osterøy"], ["Organisasjonsnummer", o],
                ["Kontaktperson", "Kristoffer Haugland"], ["E-post", "kristoffer.haugland@nav.no"],
                ["Telefon", "56 19 22 80"], ["Prosjektnamn", "Vegen til jobb på Osterøy"], ["Søknadstype", "Nytt prosjekt"],
                ["Oppstart", "1. august 2020"], ["Stillingsressurs", "to stillingar à 50 %"]], [60, 230], bold_first=True)
        p.text("Budsjett", bold=True)
        p.grid([["Arbeidsrettleiar 50 %", "300 000"], ["Familierettleiar 50 %", "300 000"], ["Kompetansemidlar", "10 000"],
                ["Sum", "610 000"]], [60, 360], right=(1,))
        p.text("Prioriterte område", bold=True)
        for area, on in zip(A_NN, (True, True, False)):
            p.option(area, on)
        p.y -= 4
        p.grid([["Ønskjer de å vere med i nettverk/klyngjesamarbeid?", "Ja"],
                ["Ønskjer de ekstern prosessevaluering?", "Ja"]], [60, 400], rule=False)
        p.y -= 14
        p.sigs([{"head": "Nav-leiar", "above": ["Lonevåg, 27.01.2020"], "ink": "mx15a", "below": ["Synnøve Hamre"]},
                {"head": "Kommunedirektør", "above": ["Lonevåg, 30.01.2020"], "ink": "mx15b",
                 "below": ["Rolf Kåre Bjørge"]}])
    scan(pdf_bytes(draw, ("DVS", "DVSB"), 10), out, seed=1585, dpi=300, angle=-0.6, quality=75, blur=0.4)
    return truth("mx15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Osterøy", "Osterøy", o),
                 contact=("Kristoffer Haugland", "kristoffer.haugland@nav.no", "56192280"),
                 project=("Vegen til jobb på Osterøy", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[ORD, BUI],
                 interest=(True, True),
                 sigs=[sig("nav_leader", "Synnøve Hamre", "Nav-leiar", "2020-01-27", "handwritten"),
                       sig("municipality", "Rolf Kåre Bjørge", "Kommunedirektør", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["300 dpi grey scan, -0.6°, JPEG q75; total 610 000 = positions 600 000 + competence 10 000"])


# ---------------------------------------------------------------- mx16 pdf-pades nb, two PAdES signatures, deadline day
def mx16(out: Path):
    o = orgnr("96494483")

    def draw(p):
        p.c.setFillColorRGB(0.16, 0.32, 0.45)
        p.c.rect(0, 790, 595, 52, stroke=0, fill=1)
        p.c.setFillColorRGB(1, 1, 1)
        p.c.setFont("LSB", 14)
        p.c.drawString(60, 810, "NAV Drangedal – søknad om tilskudd 2020")
        p.c.setFillColorRGB(0, 0, 0)
        p.y = 765
        p.text("Tilskudd til utvikling av sosiale tjenester i NAV-kontoret", bold=True, dy=22)
        p.grid([["Søker", "NAV Drangedal"], ["Kommune", "Drangedal"], ["Org.nr.", spaced(o)],
                ["Kontaktperson", "Camilla Ødegården"], ["E-post", "camilla.odegarden@nav.no"], ["Telefon", "35 99 71 40"],
                ["Prosjekt", "Ung i Drangedal"], ["Nytt/videreført", "Nytt"], ["Oppstart", "01.05.2020"],
                ["Stillingsprosent", "70 %"], ["Lønn og sosiale kostnader", "427 000 kr"],
                ["Sum søkt", "427 000 kr"]], [60, 250], lh=16)
        p.text("Prioriterte områder", bold=True)
        for area, on in zip(A_NB, (False, True, False)):
            p.option(area, on)
        p.grid([["Deltakelse i nettverk/klyngesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Ja"]], [60, 300],
               rule=False, lh=15)
        p.para("Unge mellom 18 og 29 år som står uten skole eller jobb skal få en egen veileder som samarbeider med "
               "oppfølgingstjenesten og lokale arbeidsgivere.", size=9)
        p.y -= 8
        p.text("Signering", bold=True)
        p.para("Søknaden signeres digitalt av NAV-leder Hanne Kittilsen og kommunedirektør Tor Egil Hegna.", size=9)
    pades(pdf_bytes(draw, ("LS", "LSB"), 10), out,
          [("Hanne Kittilsen", "NAV Drangedal", "SigNavLeder", (60, 50, 270, 110), when(2020, 1, 30)),
           ("Tor Egil Hegna", "Drangedal kommune", "SigKommune", (310, 50, 520, 110), when(2020, 2, 1, 9, 40))])
    return truth("mx16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Drangedal", "Drangedal", o),
                 contact=("Camilla Ødegården", "camilla.odegarden@nav.no", "35997140"),
                 project=("Ung i Drangedal", "new", "2020-05-01"), pct=70,
                 amounts={"positions": 427000, "total": 427000}, prio=[BUI], interest=(True, True),
                 sigs=[sig("nav_leader", "Hanne Kittilsen", "NAV-leder", "2020-01-30", "digital"),
                       sig("municipality", "Tor Egil Hegna", "Kommunedirektør", "2020-02-01", "digital")],
                 notes=["near-miss: 70 % at exactly 427 000; municipal PAdES signature made ON the deadline day"])


# ---------------------------------------------------------------- mx17 bad-input: a .docx cut off in transfer
def mx17(out: Path):
    w = W("Calibri", 11, "Søknad")
    w.h("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 13)
    w.table([["NAV-kontor", "NAV Åsnes"], ["Kommune", "Åsnes"], ["Prosjekt", "Skog og arbeid"],
             ["Stilling", "100 %"], ["Søknadsbeløp", "600 000"]])
    for _ in range(12):
        w.p("Prosjektet skal gi deltakere arbeidserfaring i skog- og trenæringen i Solør. " * 3)
    with tempfile.TemporaryDirectory() as td:
        full = Path(td) / "full.docx"
        w.save(full)
        data = full.read_bytes()
    out.write_bytes(data[: int(len(data) * 0.45)])
    return truth("mx17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a .docx cut off after 45 % of its bytes (no zip central directory)"])


# ---------------------------------------------------------------- mx18 not-application: an application to another grant
def mx18(out: Path):
    w = W("Arial", 10.5, "Søknad")
    w.p("Selbu kommune", align="r")
    w.p("NAV Selbu", align="r")
    w.p("Fylkesmannen i Trøndelag\nPostboks 2600\n7734 Steinkjer")
    w.p("Selbu, 20.01.2020")
    w.h("Søknad om tilskudd til kommunalt rusarbeid 2020 (kap. 765 post 62)", 12)
    w.p("Selbu kommune søker med dette om tilskudd fra Helsedirektoratets ordning for kommunalt rusarbeid til en "
        "100 % stilling som ruskonsulent, plassert i NAV Selbu. Vi søker om 650 000 kroner for 2020.")
    w.p("Stillingen skal gi oppfølging i bolig og hjelp til behandling for personer med rusproblemer. Tidligere har "
        "NAV Selbu hatt tilskudd til utvikling av sosiale tjenester i NAV-kontoret (2017–2019); det prosjektet er "
        "avsluttet, og denne søknaden gjelder en annen ordning.")
    w.table([["Post", "Beløp"], ["Lønn og sosiale kostnader, ruskonsulent 100 %", "650 000"], ["Sum", "650 000"]], head=True)
    w.p("Kontaktperson: Marianne Berg, marianne.berg@selbu.kommune.no, tlf. 936 50 214.")
    w.p("Med hilsen")
    w.table([[[("ink", "mx18a", 3.5)], [("ink", "mx18b", 3.5)]], ["Knut Aune\nleder NAV Selbu", "Trond Bjørnstad\nrådmann"]],
            style=None)
    w.save(out)
    return truth("mx18", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["an application to another grant (Helsedirektoratet, kommunalt rusarbeid, "
                                            "kap. 765 post 62) from a Nav office; mentions the Nav grant only as past"])
