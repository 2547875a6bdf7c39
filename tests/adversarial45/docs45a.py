"""Corpus 45, documents n01–n05: Word forms with controls and fields, and their LibreOffice PDFs."""
from __future__ import annotations

import tempfile
from pathlib import Path

from kit45 import (S20, budget_table, cc_box, cc_date, cc_drop, cc_text, ff_box, ff_drop, ff_text,
                   form_table, mailto, new_doc, orgnr, save_doc, sign_pair, sign_stack, soffice_pdf, truth)

HEAD_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020"


def via_pdf(build, out: Path) -> None:
    """Write the Word file with ``build`` in a temp folder and convert it with LibreOffice."""
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        build(d)
        soffice_pdf(d, out)


def _title(doc, text, sub=None):
    doc.add_heading(text, level=1)
    if sub:
        doc.add_paragraph(sub).runs[0].italic = True


def n01(out: Path):
    org = orgnr("97468125")
    doc = new_doc(title="Søknad 2020")
    _title(doc, HEAD_NB, "Skjemaet fylles ut elektronisk. Søknadsfrist 1. februar 2020.")
    form_table(doc, [
        ("1 Søker", None),
        ("Nav-kontor", cc_text("kontor", "Nav Elverum")),
        ("Kommune", cc_text("kommune", "Elverum")),
        ("Organisasjonsnummer", cc_text("orgnr", f"{org[:3]} {org[3:6]} {org[6:]}")),
        ("Kontaktperson (saksbehandler for søknaden)", cc_text("kontakt", "Marte Haugli, rådgiver")),
        ("Telefon og e-post", cc_text("tlf", "+47 913 45 678"), "   ", lambda p: mailto(p, "marte.haugli@nav.no")),
        ("2 Prosjektet", None),
        ("Prosjektets navn", cc_text("tittel", "Arbeidslinja Elverum")),
        ("Nytt prosjekt / videreføring", cc_drop("type", ["Nytt prosjekt", "Videreføring"], "Nytt prosjekt")),
        ("Planlagt oppstart", cc_date("start", "2020-04-01", "01.04.2020")),
        ("Prosjektleder", "Linn Myhre, veileder i oppfølgingsavdelingen med ti års erfaring fra arbeidsrettet "
                          "oppfølging. Hun leder prosjektgruppen og rapporterer til Nav-leder."),
        ("Stillingsprosent", cc_text("prosent", "100 %")),
        ("3 Budsjett", None),
        ("Lønn og sosiale kostnader", cc_text("lonn", "kr 610 000")),
        ("Kompetansemidler", cc_text("komp", "kr 10 000")),
        ("Sum omsøkt", cc_text("sum", "kr 620 000")),
        ("4 Prioriterte områder", None),
        ("Bruk av ordinært arbeidsliv", cc_box(True)),
        ("Oppfølging av barnefamilier, ungdom og innvandrere", cc_box(False)),
        ("Sikring av sårbare overganger", cc_box(False)),
        ("5 Samarbeid", None),
        ("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", cc_box(True), " Ja   ", cc_box(False), " Nei"),
        ("Ønsker kontoret ekstern prosessevaluering?", cc_box(False), " Ja   ", cc_box(True), " Nei"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("6 Underskrift").runs[0].bold = True
    sign_pair(doc, "Sted/dato: Elverum, 24.01.2020", ("Bjørn Åsli", "Nav-leder"), ("Hege Sandvik", "Kommunedirektør"),
              ("n01a", "n01b"), ("For Nav Elverum", "For Elverum kommune"))
    save_doc(doc, out)
    return truth("n01", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", org),
                 contact=("Marte Haugli", "marte.haugli@nav.no", "91345678"),
                 project=("Arbeidslinja Elverum", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Åsli", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Hege Sandvik", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["near-miss: positions exactly at the 610 000 cap and competence exactly 10 000 (AMOUNT_OVER_CAP, "
                        "COMPETENCE_OVER_CAP); prosjektleder named but is neither contact nor signer; +47 phone; mailto"])


def n02(out: Path):
    org = orgnr("97453019")
    doc = new_doc(title="Søknad 2020")
    _title(doc, HEAD_NN)
    form_table(doc, [
        ("Del A – Søkjar", None),
        ("Nav-kontor", cc_text("kontor", "Nav Sunnfjord")),
        ("Kommune", cc_text("kommune", "Sunnfjord")),
        ("Org.nr.", cc_text("orgnr", f"NO {org} MVA")),
        ("Kontaktperson", cc_text("kontakt", "Sigrid Lunde")),
        ("Telefon / e-post", cc_text("tlf", "+47 57 72 31 40"), " / ", lambda p: mailto(p, "sigrid.lunde@nav.no")),
        ("Del B – Prosjektet", None),
        ("Namn på prosjektet", cc_text("tittel", "Heim og arbeid")),
        ("Type søknad", cc_drop("type", ["Nytt prosjekt", "Vidareføring – 2. år", "Vidareføring – 3. år"],
                                "Vidareføring – 3. år")),
        ("Tidlegare tilskot", "Prosjektet fekk tilskot i 2018 og 2019, sist tilsegnsbrev av 12.05.2019, kr 400 000. "
                              "Dette er søknad om tredje og siste år."),
        ("Oppstart", cc_date("start", "2020-01-01", "01.01.2020")),
        ("Stillingsprosent", cc_text("prosent", "80 %")),
        ("Løn og sosiale kostnader", cc_text("lonn", "480 000")),
        ("Kompetansemidlar", cc_text("komp", "8 000")),
        ("Sum det vert søkt om", cc_text("sum", "488 000")),
        ("Del C – Prioriterte område", None),
        ("Bruk av ordinært arbeidsliv", cc_box(False)),
        ("Oppfølging av barnefamiliar, ungdom og innvandrarar", cc_box(True)),
        ("Sikring av sårbare overgangar", cc_box(True)),
        ("Del D – Interesse", None),
        ("Nettverk / klyngesamarbeid", cc_drop("nett", ["Ja", "Nei"], "Ja")),
        ("Ekstern prosessevaluering", cc_drop("eval", ["Ja", "Nei"], "Ja")),
        ("Del E – Godkjenning", None),
        ("Nav-leiar", "Elektronisk godkjent 30.01.2020 av Knut Hovland, Nav-leiar"),
        ("Kommuneleiinga", "Elektronisk godkjent 30.01.2020 av Anne Solheim, kommunedirektør"),
    ])
    save_doc(doc, out)
    return truth("n02", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Sigrid Lunde", "sigrid.lunde@nav.no", "57723140"),
                 project=("Heim og arbeid", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "other": None, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Knut Hovland", "Nav-leiar", "2020-01-30", "electronic_approval"),
                       ("municipality", "Anne Solheim", "kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: continuation in its THIRD year (CONTINUATION_LIMIT only beyond the third); quotes "
                        "last year's grant (kr 400 000, 12.05.2019) beside this year's 488 000; total equals the 80 % "
                        "cap but positions are 480 000; org number as 'NO … MVA'"])


def n03(out: Path):
    org = orgnr("88915632")
    doc = new_doc(font="Arial", size=10, title="Søknadsskjema")
    _title(doc, HEAD_NB, "Grå felt fylles ut. Bruk tabulator for å gå til neste felt.")
    form_table(doc, [
        ("Søker", None),
        ("Navn på Nav-kontor", ff_text("Kontor", "NAV Ringerike")),
        ("Kommune", ff_text("Kommune", "Ringerike")),
        ("Organisasjonsnr.", ff_text("Orgnr", f"{org[:3]} {org[3:6]} {org[6:]}")),
        ("Kontaktperson", ff_text("Kontakt", "Terje Bakken, seniorrådgiver")),
        ("E-post", ff_text("Epost", "terje.bakken@nav.no")),
        ("Telefon", ff_text("Tlf", "+47 32 11 74 00")),
        ("Prosjekt", None),
        ("Prosjektnavn", ff_text("Tittel", "Ung i jobb Ringerike")),
        ("Søknaden gjelder", ff_drop("Type", ["Nytt prosjekt", "Videreføring"], 0)),
        ("Oppstart", ff_text("Start", "01.03.2020")),
        ("Prosjektkoordinator", ff_text("Koord", "Sofie Kristiansen (koordinerer samarbeidet med Ringerike "
                                                  "videregående skole; ikke kontaktperson for søknaden)")),
        ("Samlet stillingsprosent", ff_text("Prosent", "150 %")),
        ("Prioriterte områder (kryss av)", None),
        ("Bruk av ordinært arbeidsliv", ff_box("P1", True)),
        ("Oppfølging av barnefamilier, ungdom og innvandrere", ff_box("P2", True)),
        ("Sikring av sårbare overganger", ff_box("P3", False)),
        ("Nettverk / klyngesamarbeid ønskes", ff_box("Nett", True), " Ja"),
        ("Ekstern prosessevaluering ønskes", ff_box("Eval", False), " Ja"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Budsjett 2020").runs[0].bold = True
    budget_table(doc, ["Post", "Stilling", "Beløp (kr)", "Kommentar"], [
        ["Jobbspesialist", "100 %", "600 000", "Ansatt fra 01.03.2020, lønnstrinn 52"],
        ["Ungdomsveileder", "50 %", "305 000", "50 % fra 15.04.2020, jf. sak 19/2231"],
        ["Kompetanse", "", "10 000", "Kurs i IPS, 2 dager"],
        ["Sum omsøkt", "150 %", "915 000", "Egenandel 25 % dekkes av kommunen"],
    ])
    doc.add_paragraph()
    sign_stack(doc, [("For NAV Ringerike", "Hønefoss, 29.01.2020", "n03a", "Randi Øverby", "NAV-leder"),
                     ("For Ringerike kommune", "Hønefoss, 31.01.2020", "n03b", "Per Gunnar Holm",
                      "Kommunalsjef helse, omsorg og velferd")])
    save_doc(doc, out)
    return truth("n03", "docx", "docx-legacy-fields", lang="nb", scheme=S20, office=("Nav Ringerike", "Ringerike", org),
                 contact=("Terje Bakken", "terje.bakken@nav.no", "32117400"),
                 project=("Ung i jobb Ringerike", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 905000, "competence": 10000, "other": None, "total": 915000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Øverby", "NAV-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Per Gunnar Holm", "Kommunalsjef helse, omsorg og velferd", "2020-01-31",
                        "handwritten")],
                 notes=["near-miss: total 915 000 = the 150 % cap while positions are 905 000; 'Kommentar' column full "
                        "of dates, percents and a case number; 'Egenandel 25 %' is a percent, not an amount; "
                        "kommunalsjef with a long title; prosjektkoordinator named"])


def n04(out: Path):
    doc = new_doc(font="Cambria", title="Søknad tilskudd")
    _title(doc, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad for 2020")
    form_table(doc, [
        ("Søkerkontor", "Nav Kongsberg"),
        ("Kommune", "Kongsberg"),
        ("Organisasjonsnummer", "974 612 339"),
        ("Kontaktperson", "Helga Moen"),
        ("Kontaktinformasjon", "helga.moen@nav.no   |   tlf. +47 32 29 91 50"),
        ("Prosjekttittel", "«Kongsberg-modellen for unge voksne»"),
        ("Nytt prosjekt?", "☒ Ja   ☐ Nei (videreføring)"),
        ("Oppstartsdato", "1. mai 2020"),
        ("Stillingsandel", "60 %"),
        ("Lønn inkl. sosiale kostnader", "366 000"),
        ("Kompetansetiltak", "6 000"),
        ("Totalt", "372 000"),
        ("Prioritert område", "☐ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamilier, ungdom og innvandrere\n"
                              "☐ Sikring av sårbare overganger"),
        ("Nettverk/klynge", "☐ Ja  ☒ Nei"),
        ("Prosessevaluering", "☐ Ja  ☒ Nei"),
    ], style="Light Grid Accent 1")
    doc.add_paragraph()
    sign_pair(doc, "Sted/dato: Kongsberg 27.01.2020", ("Ole Kristian Berg", "leder Nav Kongsberg"),
              ("Ingrid Lund", "rådmann"), ("n04a", "n04b"))
    save_doc(doc, out)
    return truth("n04", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", "974612339"),
                 contact=("Helga Moen", "helga.moen@nav.no", "32299150"),
                 project=("Kongsberg-modellen for unge voksne", "new", "2020-05-01"), pct=60,
                 amounts={"positions": 366000, "competence": 6000, "other": None, "total": 372000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Ole Kristian Berg", "leder Nav Kongsberg", "2020-01-27", "handwritten"),
                       ("municipality", "Ingrid Lund", "rådmann", "2020-01-27", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: org number 974 612 339 fails MOD11 (no check digit can make 97461233x valid); "
                        "otherwise complete, 60 % exactly at 366 000"])


def n05(out: Path):
    org = orgnr("97421187")
    doc = new_doc(font="Times New Roman", size=12, title="Søknad")
    doc.add_paragraph("Nav Stord\nPostboks 304, 5402 Stord")
    doc.add_paragraph(f"Org.nr. {org}")
    doc.add_paragraph("Statsforvaltaren i Vestland\nNjøsavegen 2, 6863 Leikanger")
    doc.add_paragraph("Stord, 28.01.2020").alignment = 2
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Over brua»", level=2)
    for t in [
        "Nav Stord søkjer med dette om tilskot til prosjektet «Over brua». Prosjektet er nytt og skal starte "
        "1. april 2020.",
        "Målgruppa er unge som går ut av vidaregåande opplæring utan fagbrev, og personar som vert lauslatne frå "
        "Bjørgvin fengsel avdeling Stord. Vi vil sikre at overgangen frå skule og fengsel til arbeid og aktivitet "
        "ikkje vert broten, med éin fast rettleiar som følgjer personen før, under og etter overgangen.",
        "Prosjektkoordinator blir Arne Grov, som i dag er rettleiar i oppfølgingsteamet. Han skal koordinere "
        "samarbeidet med skulen, kriminalomsorga og kommunen sine tenester.",
        "Vi søkjer om løn til ei stilling (100 %) i prosjektet. Budsjettet gjeld to år, men vi søkjer no berre "
        "for 2020:",
    ]:
        doc.add_paragraph(t)
    budget_table(doc, ["Post", "2020 (omsøkt)", "2021 (plan)"], [
        ["Løn og sosiale kostnader, 100 % stilling", "560 000", "575 000"],
        ["Kompetansemidlar", "10 000", "10 000"],
        ["Sum", "570 000", "585 000"],
    ])
    doc.add_paragraph()
    for t in [
        "Nav Stord ønskjer å vere med i nettverk og klyngesamarbeid med andre kontor. Vi er også interesserte i "
        "ekstern prosessevaluering.",
        "Kontaktperson for søknaden er Ingvild Tveit, telefon +47 922 41 380.",
        "Prosjektet er forankra i kommuneleiinga og handsama i leiargruppa 21.01.2020.",
        "Med helsing",
    ]:
        doc.add_paragraph(t)
    sign_stack(doc, [("", "Stord, 28.01.2020", "n05a", "Eli Hatlestad", "Nav-leiar"),
                     ("", "Stord, 28.01.2020", "n05b", "Torbjørn Sæle", "assisterande kommunedirektør")])
    save_doc(doc, out)
    return truth("n05", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Stord", "Stord", org),
                 contact=("Ingvild Tveit", None, "92241380"), project=("Over brua", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "other": None, "total": 570000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Eli Hatlestad", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Torbjørn Sæle", "assisterande kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: contact with phone only (allowed: name + phone); municipal leadership signs as "
                        "'assisterande kommunedirektør'; two-year budget, only 2020 applied for (2021 column larger); "
                        "project coordinator named in prose; area argued in prose"])

