"""Corpus 45, documents n14–n18: an inter-municipal form, Nynorsk controls, legacy fields and a letter."""
from __future__ import annotations

from pathlib import Path

from docs45a import HEAD_NB, HEAD_NN, _title, via_pdf
from kit45 import (S20, cc_box, cc_date, cc_drop, cc_text, ff_box, ff_text, form_table,
                   mailto, new_doc, orgnr, save_doc, sign_pair, sign_stack, truth)


def n14(out: Path):
    org = orgnr("99102744")
    doc = new_doc(font="Arial", size=10, title="Søknad")
    _title(doc, HEAD_NB, "Interkommunalt prosjekt: Balsfjord og Storfjord. Vertskommune: Balsfjord.")
    form_table(doc, [
        ("Søker (vertskontor)", "Nav Balsfjord"),
        ("Kommune", "Balsfjord"),
        ("Samarbeidskommune", "Storfjord (Nav Storfjord)"),
        ("Org.nr.", org),
        ("Kontaktperson", "Mona Hansen"),
        ("Telefon / e-post", "+47 77 72 20 00 / mona.hansen@nav.no"),
        ("Prosjekt", "Fjordlaget"),
        ("Nytt prosjekt", "☒"),
        ("Videreføring", "☐"),
        ("Oppstart", "15.03.2020"),
        ("Stillingsprosent", "100 % (delt 60 % Balsfjord / 40 % Storfjord)"),
        ("Lønn og sosiale kostnader", "600 000"),
        ("Kompetanse", "0"),
        ("Sum søknad", "600 000"),
        ("Prioriterte områder", "☐ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamilier, ungdom og "
                                "innvandrere\n☐ Sikring av sårbare overganger"),
        ("Nettverk/klyngesamarbeid", "☒ Ja ☐ Nei"),
        ("Ekstern prosessevaluering", "☒ Ja ☐ Nei"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    sign_pair(doc, "Sted/dato: Storsteinnes, 22.01.2020", ("Hilde Pettersen", "Nav-leder Balsfjord og Storfjord"),
              ("Knut Jentoft", "rådmann, Balsfjord kommune"), ("n14a", "n14b"))
    doc.add_paragraph()
    sign_stack(doc, [("For Storfjord kommune", "Hatteng, 23.01.2020", "n14c", "Arne Nilsen", "rådmann")])
    save_doc(doc, out)
    return truth("n14", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Balsfjord", "Balsfjord", org),
                 contact=("Mona Hansen", "mona.hansen@nav.no", "77722000"),
                 project=("Fjordlaget", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 600000, "competence": 0, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Pettersen", "Nav-leder Balsfjord og Storfjord", "2020-01-22", "handwritten"),
                       ("municipality", "Knut Jentoft", "rådmann, Balsfjord kommune", "2020-01-22", "handwritten"),
                       ("municipality", "Arne Nilsen", "rådmann", "2020-01-23", "handwritten")],
                 notes=["near-miss: inter-municipal, host Balsfjord; two municipal signatures; '60 % / 40 %' split of "
                        "ONE 100 % position (not 200 %); competence written '0'"])


def _n15_docx(d: Path, org: str):
    doc = new_doc(title="Søknad 2020")
    _title(doc, HEAD_NN)
    form_table(doc, [
        ("Nav-kontor", cc_text("kontor", "Nav Ørsta")),
        ("Kommune", cc_text("kommune", "Ørsta")),
        ("Org.nr.", cc_text("org", org)),
        ("Kontaktperson", cc_text("kontakt", "Liv Aarflot")),
        ("Telefon", cc_text("tlf", "+47 70 04 71 00")),
        ("E-post", lambda p: mailto(p, "liv.aarflot@nav.no")),
        ("Prosjektnamn", cc_text("tittel", "Ørsta-trappa")),
        ("Søknadstype", cc_drop("type", ["Nytt prosjekt", "Vidareføring"], "Nytt prosjekt")),
        ("Oppstart", cc_date("start", "2020-03-01", "01.03.2020")),
        ("Koordinator", cc_text("koord", "Jon Olav Riste – koordinerer dei to stillingane, tilsett i Ørsta kommune")),
        ("Stillingar", cc_text("prosent", "to stillingar à 100 %")),
        ("Løn og sosiale kostnader", cc_text("lonn", "1 220 000")),
        ("Kompetansemidlar", cc_text("komp", "10 000")),
        ("Sum", cc_text("sum", "1 230 000")),
        ("Bruk av ordinært arbeidsliv", cc_box(True)),
        ("Oppfølging av barnefamiliar, ungdom og innvandrarar", cc_box(False)),
        ("Sikring av sårbare overgangar", cc_box(False)),
        ("Nettverk/klyngesamarbeid", cc_box(True), " Ja  ", cc_box(False), " Nei"),
        ("Ekstern prosessevaluering", cc_box(True), " Ja  ", cc_box(False), " Nei"),
    ])
    doc.add_paragraph()
    sign_pair(doc, "Stad/dato: Ørsta, 31.01.2020", ("Gunn Vartdal", "Nav-leiar"), ("Kjell Stig", "kommunedirektør"),
              ("n15a", "n15b"), ("Nav Ørsta", "Ørsta kommune"))
    save_doc(doc, d)


def n15(out: Path):
    org = orgnr("97476930")
    via_pdf(lambda d: _n15_docx(d, org), out)
    return truth("n15", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", org),
                 contact=("Liv Aarflot", "liv.aarflot@nav.no", "70047100"),
                 project=("Ørsta-trappa", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "other": None, "total": 1230000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Gunn Vartdal", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Kjell Stig", "kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: 'to stillingar à 100 %' at exactly 1 220 000 (200 % cap); a municipal employee "
                        "named as coordinator is neither contact nor signer; check-box controls → LibreOffice PDF"])


def n16(out: Path):
    org = orgnr("98835210")
    doc = new_doc(title="Søknad 2020")
    _title(doc, HEAD_NN)
    form_table(doc, [
        ("Nav-kontor", cc_text("kontor", "Nav Vestnes")),
        ("Kommune", cc_text("kommune", "Vestnes")),
        ("Organisasjonsnummer", cc_text("org", f"{org[:3]} {org[3:6]} {org[6:]}")),
        ("Kontaktperson", cc_text("kontakt", "Reidun Tomren")),
        ("Telefon / e-post", cc_text("tlf", "+47 71 18 40 00"), " / ", lambda p: mailto(p, "reidun.tomren@nav.no")),
        ("Prosjektnamn", cc_text("tittel", "Vestnes-vegen")),
        ("Type", cc_drop("type", ["Nytt prosjekt", "Vidareføring"], "Nytt prosjekt")),
        ("Oppstart", cc_date("start", "2020-04-01", "01.04.2020")),
        ("Stillingsprosent", cc_text("prosent", "100 %")),
        ("Løn og sosiale kostnader", cc_text("lonn", "580 000")),
        ("Kompetansemidlar", cc_text("komp", "10 000")),
        ("Totalt", cc_text("sum", "590 000")),
        ("Bruk av ordinært arbeidsliv", cc_box(False)),
        ("Oppfølging av barnefamiliar, ungdom og innvandrarar", cc_box(False)),
        ("Sikring av sårbare overgangar", cc_box(True)),
        ("Nettverk / klyngesamarbeid", cc_drop("nett", ["Ja", "Nei"], "Nei")),
        ("Ekstern prosessevaluering", cc_drop("eval", ["Ja", "Nei"], "Nei")),
    ])
    doc.add_paragraph()
    sign_pair(doc, "Stad/dato: Vestnes, 03.02.2020", ("Oddbjørn Ellingsgard", "Nav-leiar"),
              ("Kari Bjørnerem", "kommunedirektør"), ("n16a", "n16b"))
    save_doc(doc, out)
    return truth("n16", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Vestnes", "Vestnes", org),
                 contact=("Reidun Tomren", "reidun.tomren@nav.no", "71184000"),
                 project=("Vestnes-vegen", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Oddbjørn Ellingsgard", "Nav-leiar", "2020-02-03", "handwritten"),
                       ("municipality", "Kari Bjørnerem", "kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: both sign 03.02.2020 in one shared 'Stad/dato' cell, after the 1 February deadline"])


def n17(out: Path):
    org = orgnr("97452311")
    empty = "\u2002" * 5
    doc = new_doc(font="Arial", size=10, title="Søknadsskjema")
    _title(doc, HEAD_NB)
    form_table(doc, [
        ("Del 1 Søker", None),
        ("Nav-kontor", ff_text("Kontor", "Nav Eidsvoll")),
        ("Kommune", ff_text("Kommune", "Eidsvoll")),
        ("Organisasjonsnummer", ff_text("Org", org)),
        ("Kontaktperson", ff_text("Kontakt", "Vegard Holter")),
        ("Telefon", ff_text("Tlf", "+47 66 10 73 30")),
        ("E-post", ff_text("Epost", empty)),
        ("Del 2 Prosjekt", None),
        ("Navn på prosjektet", ff_text("Tittel", "Trygg overgang Eidsvoll")),
        ("Nytt prosjekt", ff_box("Ny", True)),
        ("Videreføring", ff_box("Vid", False)),
        ("Oppstart", ff_text("Start", "august 2020")),
        ("Stillingsprosent", ff_text("Prosent", "40 %")),
        ("Lønn og sosiale kostnader", ff_text("Lonn", "244 000")),
        ("Kompetanse", ff_text("Komp", "5 000")),
        ("Sum omsøkt", ff_text("Sum", "249 000")),
        ("Del 3 Prioriterte områder", None),
        ("Bruk av ordinært arbeidsliv", ff_box("P1", False)),
        ("Oppfølging av barnefamilier, ungdom og innvandrere", ff_box("P2", False)),
        ("Sikring av sårbare overganger", ff_box("P3", True)),
        ("Nettverk/klyngesamarbeid", ff_box("N", True)),
        ("Ekstern prosessevaluering", ff_box("E", True)),
    ])
    doc.add_paragraph()
    sign_stack(doc, [("For Nav Eidsvoll", "Sted/dato: Eidsvoll, 30.01.2020", "n17a", "Bente Gjerde", "Nav-leder"),
                     ("For Eidsvoll kommune", "Sted/dato: Eidsvoll, 30.01.2020", "n17b", "Tore Opdal Hansen",
                      "kommunedirektør")])
    save_doc(doc, out)
    return truth("n17", "docx", "docx-legacy-fields", lang="nb", scheme=S20, office=("Nav Eidsvoll", "Eidsvoll", org),
                 contact=("Vegard Holter", None, "66107330"),
                 project=("Trygg overgang Eidsvoll", "new", "2020-08-01"), pct=40,
                 amounts={"positions": 244000, "competence": 5000, "other": None, "total": 249000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Gjerde", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Tore Opdal Hansen", "kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: e-mail FORMTEXT left empty (en-spaces), phone given: contact reachable "
                        "(CONTACT_MISSING needs neither); start 'august 2020' (day 01); 40 % exactly at 244 000"])


def n18(out: Path):
    org = orgnr("97463390")
    doc = new_doc(font="Calibri", size=11, title="Søknad")
    doc.add_paragraph(f"Nav Frogn · Rådhusveien 2, 1440 Drøbak · org.nr. {org[:3]} {org[3:6]} {org[6:]}")
    doc.add_paragraph("Til Fylkesmannen i Oslo og Viken")
    doc.add_paragraph("Drøbak, 24. januar 2020").alignment = 2
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020: «Første jobb»",
                    level=2)
    for t in [
        "Nav Frogn søker om tilskudd til et nytt prosjekt, «Første jobb», med oppstart 1. juni 2020.",
        "Prosjektet skal hjelpe flere unge sosialhjelpsmottakere inn i vanlige jobber hos lokale arbeidsgivere, med "
        "praksis og lønnstilskudd i stedet for kommunale tiltaksplasser. Vi vil særlig følge ungdom som avslutter "
        "videregående skole uten å ha noe å gå til, slik at de ikke faller mellom skolen og Nav.",
        "Det søkes om lønn og sosiale kostnader til en 90 % stilling som jobbspesialist, kr 540 000, og "
        "kr 10 000 til opplæring i arbeidsgiverkontakt, til sammen kr 550 000.",
        "Nav Frogn ønsker å delta i nettverk eller klyngesamarbeid, men har ikke behov for ekstern "
        "prosessevaluering.",
        "Kontaktperson er rådgiver Camilla Ek (camilla.ek@nav.no, +47 64 90 55 10). Prosjektleder blir Martin "
        "Sæther, som i dag er veileder på ungdomsteamet.",
    ]:
        doc.add_paragraph(t)
    doc.add_paragraph()
    doc.add_paragraph("Søknaden er elektronisk godkjent og har derfor ingen håndskrevne signaturer:")
    doc.add_paragraph("Elektronisk godkjent 24.01.2020 – Ellen Grøndahl, Nav-leder")
    doc.add_paragraph("Elektronisk godkjent 27.01.2020 – Harald Kjølberg, kommunedirektør")
    doc.add_paragraph()
    doc.add_paragraph("Vedlegg: prosjektplan, CV for Martin Sæther, budsjett 2020–2022")
    save_doc(doc, out)
    return truth("n18", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Frogn", "Frogn", org),
                 contact=("Camilla Ek", "camilla.ek@nav.no", "64905510"),
                 project=("Første jobb", "new", "2020-06-01"), pct=90,
                 amounts={"positions": 540000, "competence": 10000, "other": None, "total": 550000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, False),
                 sigs=[("nav_leader", "Ellen Grøndahl", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Harald Kjølberg", "kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["near-miss: priority areas argued in other words ('vanlige jobber', 'følge ungdom', 'mellom skolen og "
                        "Nav'); "
                        "90 % at 540 000 (cap 549 000); electronic approval; prosjektleder named; attachments after"])
