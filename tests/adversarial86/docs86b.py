"""Corpus 86, documents ka10–ka18: each builder writes one file and returns its truth."""
from __future__ import annotations

import io
from pathlib import Path

from docs86 import A1, A2, A3, LINE, N2, N3, P1, P2, P3
from kit86 import S20, ink, orgnr, spaced, word, word_pdf
from sheet86 import Sheet, acroform, pades, scan, stamp_png, tz_dt
from truthlib import truth

N1 = A1


def ka10(out: Path):
    o = orgnr("92208322")
    rows = [("s", "Søker"),
            [("t", "Nav-kontor", "kontor", "Nav Vestby", 240), ("t", "Kommune", "kommune", "Vestby", 240)],
            [("t", "Organisasjonsnummer", "orgnr", o, 160), ("t", "Kontaktperson", "kontakt", "Camilla Brekke", 160),
             ("t", "Telefon", "tlf", "913 27 604", 160)],
            [("t", "E-post", "epost", "camilla.brekke@nav.no", 480)],
            ("s", "Prosjekt"),
            [("t", "Prosjekttittel", "tittel", "Jobbhuset Vestby", 480)],
            ("r", "Søknadstype", "type", ["Nytt prosjekt", "Videreføring"], "Videreføring"),
            [("t", "Hvilket prosjektår gjelder søknaden?", "aar", "4. år (tilskudd 2017, 2018 og 2019)", 300),
             ("t", "Oppstart i 2020", "start", "01.01.2020", 180)],
            [("t", "Stillingsprosent", "pst", "100", 120), ("t", "Lønn og sosiale kostnader (kr)", "lonn", "590 000", 120),
             ("t", "Kompetanse (kr)", "komp", "10 000", 120), ("t", "Sum omsøkt (kr)", "sum", "600 000", 120)],
            ("s", "Prioriterte områder"),
            ("c", A1, "p1", True), ("c", A2, "p2", False), ("c", A3, "p3", False),
            ("s", "Interesse"),
            ("r", "Nettverk/klyngesamarbeid", "nett", ["Ja", "Nei"], "Ja"),
            ("r", "Ekstern prosessevaluering", "eval", ["Ja", "Nei"], "Nei")]
    acroform(out, ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   "Utfyllbart skjema. Lagres og sendes Fylkesmannen i Oslo og Viken innen 1. februar 2020.",
                   "Tilskuddet gis for ett år av gangen, og for inntil tre år til samme prosjekt."], rows,
             [{"head": "Nav-leder", "pre": ["Vestby, 23.01.2020"], "ink": "ka10a", "under": ["Jan Olav Bergersen"]},
              {"head": "Kommunedirektør", "pre": ["Vestby, 24.01.2020"], "ink": "ka10b", "under": ["Elin Tangen"]}])
    return truth("ka10", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Vestby", "Vestby", o),
                 contact=("Camilla Brekke", "camilla.brekke@nav.no", "91327604"),
                 project=("Jobbhuset Vestby", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000}, prio=[P1], interest=(True, False),
                 sigs=[("nav_leader", "Jan Olav Bergersen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Elin Tangen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["CONTINUATION_LIMIT"],
                 notes=["defect: fourth project year (grants 2017, 2018, 2019) of a continuation", "radio groups for the "
                        "type and the interest answers; the three-year rule printed in the instructions"])


def ka11(out: Path):
    o = orgnr("98840698")
    g = {"bold": (0,), "shade": "EAF1DD", "widths": [5.5, 11.1]}
    blocks = [("title", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
              ("p", "Søknaden gjeld tilskotsåret 2020. Budsjett for heile prosjektperioden er teke med til orientering."),
              ("grid", [["Søkjar (Nav-kontor)", "Nav Vaksdal"], ["Kommune", "Vaksdal"], ["Organisasjonsnr.", o],
                        ["Kontaktperson", "Kjersti Langeland, kjersti.langeland@nav.no, 56 59 45 00"],
                        ["Prosjekt", "«Ungdomsloftet»"], ["Prosjekttype", "Nytt prosjekt (planlagt over tre år)"],
                        ["Oppstart", "1. mars 2020"], ["Stillingsressurs", "100 % – ei stilling som ungdomsrettleiar"]], g),
              ("h", "Budsjett for prosjektperioden"),
              ("grid", [["Post", "2020", "2021", "2022"], ["Løn og sosiale kostnader, 100 %", "610 000", "625 000", "640 000"],
                        ["Kompetanse", "10 000", "10 000", "5 000"], ["Sum", "620 000", "635 000", "645 000"]],
               {"head": True, "shade": "EAF1DD", "widths": [7.4, 3.0, 3.0, 3.0]}),
              ("p", "Det vert søkt om 620 000 kroner for 2020."),
              ("h", "Prioriterte område"),
              ("grid", [["Prioritert område", "Kryss"], [N1, ""], [N2, "X"], [N3, "X"]],
               {"head": True, "widths": [13.6, 3.0]}),
              ("h", "Nettverk og evaluering"),
              ("grid", [["Ønskjer de å vere med i nettverk/klyngjesamarbeid?", "Ja"],
                        ["Ønskjer de ekstern prosessevaluering?", "Ja"]], {"widths": [13.6, 3.0]}),
              ("p", "Ungdomsloftet skal vere ein låg terskel-stad der ungdom mellom 16 og 24 år får hjelp i overgangen frå "
                    "vidaregåande skule til arbeid, og der Nav, oppfølgingstenesta og helsesjukepleiar møter ungdommen "
                    "saman."),
              ("sig", [["Stad/dato: Dalekvam, 30.01.2020", ink("ka11a"), LINE, "Randi Dale", "Nav-leiar"],
                       ["Stad/dato: Dalekvam, 31.01.2020", ink("ka11b"), LINE, "Odd Erling Vik", "Kommunedirektør"]])]
    word_pdf(blocks, out, font="Cambria", size=10.5)
    return truth("ka11", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Vaksdal", "Vaksdal", o),
                 contact=("Kjersti Langeland", "kjersti.langeland@nav.no", "56594500"),
                 project=("Ungdomsloftet", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, prio=[P2, P3], interest=(True, True),
                 sigs=[("nav_leader", "Randi Dale", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Odd Erling Vik", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: three-year budget (2021 and 2022 above the cap); 2020 is exactly 610 000 + 10 000; "
                        "contact name, e-mail and phone in one cell"])


def ka12(out: Path):
    o = orgnr("97165050")
    g = {"bold": (0,), "shade": "D9E2F3", "widths": [6.0, 10.6]}
    blocks = [("title", "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
              ("grid", [["Nav-kontor", "NAV Nannestad"], ["Kommune", "Nannestad kommune"], ["Organisasjonsnummer", spaced(o)],
                        ["Kontaktperson", "Eivind Rustad (prosjektleder)"], ["E-post kontaktperson", ""],
                        ["Telefon kontaktperson", ""]], g),
              ("grid", [["Prosjektets tittel", "«Familiekraft Nannestad»"], ["Nytt / videreføring", "Nytt"],
                        ["Oppstart", "01.05.2020"], ["Stillinger", "2 x 50 %"]], g),
              ("grid", [["Stilling", "Prosent", "Lønn og sos. kostnader (kr)"], ["Jobbspesialist", "50 %", "300 000"],
                        ["Familiekoordinator", "50 %", "300 000"], ["Sum stillinger", "100 %", "600 000"]],
               {"head": True, "shade": "D9E2F3", "widths": [7.6, 3.0, 6.0]}),
              ("grid", [["Kompetansemidler (kr)", "10 000"], ["Totalt søknadsbeløp (kr)", "610 000"]], g),
              ("h", "Prioriterte områder"),
              ("p", "☒ " + A1 + "\n☒ " + A2 + "\n☐ " + A3),
              ("grid", [["Nettverk/klyngesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Nei"]], g),
              ("sig", [["Sted/dato: Nannestad, 21.01.2020", ink("ka12a"), LINE, "Hilde Marie Bjørke, Nav-leder"],
                       ["Sted/dato: Nannestad, 22.01.2020", ink("ka12b"), LINE, "Kjetil Kirkemo, kommunedirektør"]])]
    word_pdf(blocks, out, font="Calibri", size=10.5)
    return truth("ka12", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Nannestad", "Nannestad", o),
                 contact=("Eivind Rustad", None, None), project=("Familiekraft Nannestad", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[P1, P2], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Marie Bjørke", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Kjetil Kirkemo", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["defect: contact named, but the e-mail and phone rows are empty and no other number is given"])


def ka13(out: Path):
    o = orgnr("91405636")
    s = Sheet(str(out), "DV", "DVB", 9.5)
    s.text("NAV Holtålen", bold=True, size=14, dy=14)
    s.text("Gauldalsvegen 2980, 7380 Ålen", size=8, grey=True, dy=28)
    s.text("Søknad om tilskudd – sosiale tjenester i NAV 2020", bold=True, size=12, dy=22)
    s.table([["Søker (Nav-kontor)", "NAV Holtålen"], ["Kommune", "Holtålen"], ["Org.nr.", o],
             ["Kontaktperson", "Marit Kojedal"], ["E-post", "marit.kojedal@nav.no"], ["Telefon", "72 41 53 00"],
             ["Prosjektnavn", "Arbeid i Gauldal"], ["Søknadstype", "Nytt prosjekt"], ["Oppstart", "01.04.2020"],
             ["Stillingsandel", "40 %"], ["Lønn og sosiale kostnader", "244 000"], ["Kompetansemidler", "6 000"],
             ["Sum omsøkt", "250 000"]], [190, 293], head=False)
    s.text("Prioriterte områder", bold=True, dy=16)
    s.boxes([(True, A1), (False, A2), (False, A3)])
    s.y -= 4
    s.text("Nettverk/klyngesamarbeid: Nei", dy=14)
    s.text("Ekstern prosessevaluering: Nei", dy=30)
    s.sigs([{"head": "Leder NAV Holtålen", "pre": ["Ålen, 20.01.2020"], "ink": "ka13a", "under": ["Bente Kirkvold"],
             "stamp": stamp_png(["NAV Holtålen", "7380 Ålen"], seed=13), "sx": 80, "sy": 50, "sw": 120, "sh": 50},
            {"head": "Kommunedirektør", "pre": ["Ålen, 22.01.2020"], "ink": "ka13b", "under": ["Arne Nesheim"],
             "stamp": stamp_png(["HOLTÅLEN", "KOMMUNE"], colour=(30, 60, 150), round_=True, angle=12, seed=14),
             "sx": 110, "sy": 70, "sw": 80, "sh": 80}])
    s.save()
    return truth("ka13", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Holtålen", "Holtålen", o),
                 contact=("Marit Kojedal", "marit.kojedal@nav.no", "72415300"),
                 project=("Arbeid i Gauldal", "new", "2020-04-01"), pct=40,
                 amounts={"positions": 244000, "competence": 6000, "total": 250000}, prio=[P1], interest=(False, False),
                 sigs=[("nav_leader", "Bente Kirkvold", "Leder NAV Holtålen", "2020-01-20", "handwritten"),
                       ("municipality", "Arne Nesheim", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["near-miss: 40 % at exactly 244 000; office stamps (purple frame, blue round municipal seal) "
                        "over the ink"])


def ka14(out: Path):
    o = orgnr("97705130")

    def draw(buf):
        s = Sheet(buf, "DV", "DVB", 10.5)
        s.text("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", bold=True, size=12, dy=26)
        s.table([["Nav-kontor", "Nav Sande"], ["Kommune", "Sande (Møre og Romsdal)"], ["Org.nr.", spaced(o)],
                 ["Kontaktperson", "Bjørg Eggesbø"], ["E-post", "bjorg.eggesbo@nav.no"], ["Telefon", "48 21 73 06"],
                 ["Prosjektnamn", "Sande i arbeid"], ["Type", "Nytt"], ["Oppstart", "02.03.2020"],
                 ["Stillingsprosent", "Ei heil stilling (100 %)"], ["Løn og sosiale kostnader", "560 000 kr"],
                 ["Kompetanse", "10 000 kr"], ["Sum", "570 000 kr"]], [180, 300], head=False, size=10.5)
        s.text("Prioriterte område", bold=True, dy=18)
        s.boxes([(True, A1), (False, N2), (True, N3)])
        s.y -= 6
        s.text("Nettverk/klyngjesamarbeid: Ja", dy=16)
        s.text("Ekstern prosessevaluering: Nei", dy=34)
        s.sigs([{"head": "Nav-leiar", "pre": ["Larsnes, 27.01.2020"], "ink": "ka14a", "under": ["Per Olav Sævik"]},
                {"head": "Kommunedirektør", "pre": ["Larsnes, 30.01.2020"], "ink": "ka14b", "under": ["Kristin Nærø"]}])
        s.save()
    scan(draw, out, seed=14, dpi=300, angle=-0.6, quality=70)
    return truth("ka14", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Sande", "Sande", o),
                 contact=("Bjørg Eggesbø", "bjorg.eggesbo@nav.no", "48217306"),
                 project=("Sande i arbeid", "new", "2020-03-02"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000}, prio=[P1, P3], interest=(True, False),
                 sigs=[("nav_leader", "Per Olav Sævik", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Kristin Nærø", "Kommunedirektør", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["300 dpi grey scan, −0.6°, JPEG q70; org nr in groups, phone in pairs, 'Sande (Møre og Romsdal)'"])


def ka15(out: Path):
    o = orgnr("91591530")

    def draw(buf):
        s = Sheet(buf, "LSe", "LSeB", 11)
        s.text("NAV Østensjø", bold=True, size=14, dy=15)
        s.text("Bydel Østensjø, Oslo kommune", size=9, dy=30)
        s.text("Fylkesmannen i Oslo og Viken", dy=14)
        s.c.setFont("LSe", 11)
        s.c.drawRightString(s.W - 56, s.y, "Oslo, 24. januar 2020")
        s.y -= 30
        s.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, dy=22)
        for para in ["NAV Østensjø søker om tilskudd til prosjektet «Familieløftet Østensjø». Prosjektet er nytt og starter "
                     "1. april 2020. Vi søker om to stillinger à 50 % (til sammen 100 %) som familiekoordinatorer.",
                     "Prosjektet retter seg mot det prioriterte området «Oppfølging av barnefamilier, ungdom og "
                     "innvandrere». Koordinatorene skal følge opp hele familien, både foreldre og ungdom, i samarbeid "
                     "med skole og barnevern."]:
            s.wrap(para, width=88)
            s.y -= 6
        s.table([["Post", "Beløp (kr)"], ["Lønn og sosiale kostnader, 2 x 50 %", "610 000"],
                 ["Sum søknadsbeløp", "610 000"]], [340, 140], right=(1,), size=11)
        for para in ["Vi ønsker å delta i nettverk/klyngesamarbeid og i ekstern prosessevaluering.",
                     "Kontaktperson er Jon-Erik Bakke, e-post jon-erik.bakke@nav.no, telefon 413 62 908.",
                     f"Organisasjonsnummer NAV Østensjø: {spaced(o)}"]:
            s.wrap(para, width=88)
            s.y -= 6
        s.text("Med vennlig hilsen", dy=26)
        s.sigs([{"head": "Nav-leder", "pre": ["Oslo, 24.01.2020"], "ink": "ka15a", "under": ["Anita Ruud"]},
                {"head": "Bydelsdirektør", "pre": ["Oslo, 28.01.2020"], "ink": "ka15b", "under": ["Øyvind Sæther"]}])
        s.save()
    scan(draw, out, seed=15, dpi=200, angle=0.8, quality=62, noise=1800, blur=0.6)
    return truth("ka15", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Østensjø", "Oslo", o),
                 contact=("Jon-Erik Bakke", "jon-erik.bakke@nav.no", "41362908"),
                 project=("Familieløftet Østensjø", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "total": 610000}, prio=[P2], interest=(True, True),
                 sigs=[("nav_leader", "Anita Ruud", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Øyvind Sæther", "Bydelsdirektør", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["200 dpi grey scan of a letter, 0.8°, JPEG q62; 2 x 50 % at exactly 610 000; hyphenated e-mail"])


def ka16(out: Path):
    o = orgnr("97437542")
    buf = io.BytesIO()
    s = Sheet(buf, "DVS", "DVSB", 10)
    s.text("Nav Øksnes – søknad om tilskudd 2020", bold=True, size=13, dy=16)
    s.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", size=9.5, grey=True, dy=24)
    for a, v in [("Søker", "Nav Øksnes"), ("Kommune", "Øksnes"), ("Organisasjonsnummer", o),
                 ("Kontaktperson", "Tonje Ellingsen"), ("E-post", "tonje.ellingsen@nav.no"), ("Telefon", "951 77 340"),
                 ("Prosjekt", "Havet som arbeidsplass"), ("Type", "Nytt prosjekt"), ("Oppstart", "1. mai 2020"),
                 ("Stillingsressurs", "1,5 årsverk (100 % jobbspesialist og 50 % koordinator)"),
                 ("Lønn og sosiale kostnader", "900 000"), ("Kompetanse", "10 000"), ("Totalt", "910 000")]:
        s.line_answer(a, v, x2=200)
    s.y -= 6
    s.text("Prioriterte områder", bold=True, dy=16)
    s.boxes([(True, A1), (False, A2), (False, A3)])
    s.text("Nettverk/klyngesamarbeid: ja.  Ekstern prosessevaluering: nei.", dy=22)
    s.wrap("Prosjektet skal bruke fiskeindustrien og sjømatnæringen i Myre som arena for arbeidstrening med ordinære "
           "arbeidsgivere, og utvikle en fast samarbeidsavtale mellom Nav og næringen.")
    s.y -= 14
    s.text("Signaturer – signeres digitalt", bold=True, dy=16)
    s.c.setFont("DVS", 10)
    s.c.drawString(56, s.y, "Nav-leder: Geir Inge Johansen")
    s.c.drawString(310, s.y, "Kommunedirektør: Hanne Mari Olsen")
    box_y = s.y - 70
    s.c.rect(56, box_y, 220, 60)
    s.c.rect(310, box_y, 220, 60)
    s.save()
    pades(buf.getvalue(), out, [("Geir Inge Johansen", "Nav Øksnes", "SignaturNavleder", (58, box_y + 2, 274, box_y + 58),
                                 tz_dt(2020, 1, 27, 10, 12)),
                                ("Hanne Mari Olsen", "Øksnes kommune", "SignaturKommune", (312, box_y + 2, 528, box_y + 58),
                                 tz_dt(2020, 1, 31, 15, 40))])
    return truth("ka16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Øksnes", "Øksnes", o),
                 contact=("Tonje Ellingsen", "tonje.ellingsen@nav.no", "95177340"),
                 project=("Havet som arbeidsplass", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000}, prio=[P1], interest=(True, False),
                 sigs=[("nav_leader", "Geir Inge Johansen", "Nav-leder", "2020-01-27", "digital"),
                       ("municipality", "Hanne Mari Olsen", "Kommunedirektør", "2020-01-31", "digital")],
                 notes=["near-miss: two PAdES signatures with visible stamps ('Signert digitalt av …' and the time) in "
                        "boxes under the printed names; 1,5 årsverk with 900 000 under 915 000"])


def ka17(out: Path):
    html = ("<!DOCTYPE html>\n<html lang=\"no\"><head><meta charset=\"utf-8\"><title>Økten er utløpt – vedlegg</title>"
            "</head>\n<body>\n<h1>Økten din er utløpt</h1>\n<p>Vedlegget «Søknad tilskudd Nav Siljan 2020.pdf» kunne "
            "ikke lastes ned fordi økten er utløpt. Logg inn på nytt og prøv igjen.</p>\n<p><a href=\"/login\">Logg inn"
            "</a></p>\n<footer>Feilkode 440 · Referanse 7f3a-20200130</footer>\n</body></html>\n")
    out.write_bytes(html.encode("utf-8"))
    return truth("ka17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
                 notes=["an HTML 'session expired' page saved as .pdf by a download that failed (Nav Siljan)"])


def ka18(out: Path):
    blocks = [("title", "Søknad om tilskot til kommunalt rusarbeid 2020"),
              ("p", "Tilskotsordninga vert forvalta av Helsedirektoratet (kap. 0765 post 62). Søknaden vert send via "
                    "Fylkesmannen i Vestfold og Telemark innan fristen 1. mars 2020."),
              ("grid", [["Søkjar", "Fyresdal kommune v/ Nav Fyresdal"], ["Organisasjonsnummer", spaced(orgnr("92604258"))],
                        ["Kontaktperson", "Ingrid Rysstad, ingrid.rysstad@nav.no, 350 41 270"],
                        ["Tiltak", "Ruskonsulent i Nav – oppfølging i bustad og arbeid"], ["Stilling", "100 %"],
                        ["Løn og sosiale kostnader", "650 000 kr"], ["Søknadssum", "650 000 kr"],
                        ["Oppstart", "1. juni 2020"]], {"bold": (0,), "widths": [5.5, 11.1]}),
              ("p", "Tiltaket skal gi personar med rusproblem tett oppfølging i eigen bustad og hjelp til å kome i "
                    "arbeid eller aktivitet, i samarbeid med kommunen si helse- og omsorgsteneste."),
              ("sig", [["Nav-leiar", "Fyresdal, 20.02.2020", ink("ka18a"), LINE, "Olav Momrak"],
                       ["Kommunedirektør", "Fyresdal, 21.02.2020", ink("ka18b"), LINE, "Astrid Vale"]])]
    word(blocks, out, font="Calibri", size=11)
    return truth("ka18", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["an application to another grant (Helsedirektoratet's kommunalt rusarbeid, "
                                            "kap. 0765 post 62) by a Nav office: position, amounts and signatures"])
