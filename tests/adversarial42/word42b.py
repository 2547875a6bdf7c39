"""More Word documents of corpus 42 (docx-letter, docx-form)."""
from __future__ import annotations

from pathlib import Path

from kit42 import S20, add_ink, ink_cell, new_doc, org, para, save_doc, spaced, table, truth


# ---------------------------------------------------------------- n12 docx-letter nb: electronic approval, 610.000
def n12(out: Path):
    o = org("96611223")
    doc = new_doc("Georgia", 11, "Søknad Bærum")
    para(doc, "NAV Bærum", bold=True, size=15)
    para(doc, f"Bærum kommune  ·  Org.nr {spaced(o)}  ·  Kontakt: Mona Haugerud, mona.haugerud@baerum.kommune.no, 67 50 40 00")
    para(doc, "Sandvika, 30. januar 2020", align="right")
    para(doc, "Til Statsforvalteren i Oslo og Viken")
    para(doc, "SØKNAD: «Gjeldsfri start» – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True)
    para(doc, "NAV Bærum søker om midler til et nytt prosjekt som starter 15. mars 2020. Målgruppen er unge "
              "voksne med gjeld og betalingsproblemer som står i fare for å falle ut av arbeid eller utdanning; vi vil "
              "følge dem tett gjennom overgangen fra skole til lønnet arbeid i det ordinære arbeidslivet.")
    para(doc, "Det søkes om én 100 % stilling som økonomiveileder. Budsjett:")
    table(doc, [["Lønn og sosiale kostnader (1 årsverk)", "kr 610.000,-"], ["Kompetanse (kurs i gjeldsrådgivning)", "kr 10.000,-"],
                ["Totalt omsøkt", "kr 620.000,-"]], widths=[10, 5])
    para(doc, "Vi ønsker å delta i nettverk/klynge med andre kontorer: ja. Ekstern prosessevaluering: nei.")
    para(doc, "Med vennlig hilsen")
    para(doc, "Mona Haugerud\nNav-leder (konstituert)")
    para(doc, "Hans Christian Strand\nKommunaldirektør for helse og sosial, på vegne av kommunedirektøren")
    para(doc, "Dokumentet er elektronisk godkjent av Mona Haugerud 30.01.2020 og Hans Christian Strand 30.01.2020, "
              "og har derfor ingen håndskrevne signaturer.", italic=True, size=9)
    save_doc(doc, out)
    return truth("n12", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Bærum", "Bærum", o),
                 contact=("Mona Haugerud", "mona.haugerud@baerum.kommune.no", "67504000"),
                 project=("Gjeldsfri start", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, False),
                 sigs=[("nav_leader", "Mona Haugerud", "Nav-leder (konstituert)", "2020-01-30", "electronic_approval"),
                       ("municipality", "Hans Christian Strand", "Kommunaldirektør for helse og sosial, på vegne av kommunedirektøren",
                        "2020-01-30", "electronic_approval")],
                 notes=["near-miss AMOUNT_OVER_CAP: 'kr 610.000,-' at 1 årsverk, competence 'kr 10.000,-'",
                        "near-miss SIGNATURE_*: electronic approval by a konstituert Nav-leder and a kommunaldirektør on behalf",
                        "near-miss CONTACT_MISSING: contact only in the letterhead line",
                        "truth fix after the first run: the target group 'unge voksne' leaving school is the youth area too"])


# ---------------------------------------------------------------- n14 docx-form nb: areas in prose, own funding column
def n14(out: Path):
    o = org("98100201")
    doc = new_doc("Calibri", 10, "Søknad Halden")
    para(doc, "Søknad – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret (kap. 0621 post 63), 2020", bold=True, size=12)
    t = table(doc, [["Kontor", "NAV Halden", "Kommune", "Halden"],
                    ["Org.nr.", o, "Telefon", "69 17 45 00"],
                    ["Kontaktperson", "Ole Martin Bye", "E-post", "ole.martin.bye@nav.no"],
                    ["Prosjekt", "Ut i jobb – Halden", "Type", "Nytt"],
                    ["Oppstart", "februar 2020", "Stilling", "100 prosent"]], widths=[3, 5, 3, 5])
    para(doc, "")
    para(doc, "Hvilke områder i kunngjøringen retter prosjektet seg mot?", bold=True)
    para(doc, "Vi vil bruke lokale bedrifter som arena for opplæring og ansettelse, slik at deltakerne får fast "
              "plass i vanlige jobber og ikke i skjermede tiltak.")
    para(doc, "Budsjett", bold=True)
    table(doc, [["", "Søkes tilskudd", "Kommunens egenfinansiering"],
                ["Lønn og sosiale kostnader", "590 000", "40 000"], ["Kompetanseheving", "10 000", "0"],
                ["Sum", "600 000", "40 000"]], widths=[6, 5, 5])
    para(doc, "Nettverk / klyngesamarbeid: ☒ ja ☐ nei        Ekstern prosessevaluering: ☒ ja ☐ nei")
    para(doc, "Underskrift", bold=True)
    t = table(doc, [["Leder NAV Halden", "Rådmann i Halden kommune"], ["", ""],
                    ["Navn: Bente Skjelbred   Dato: 31.01.2020", "Navn: Roar Vestby   Dato: 31.01.2020"]],
              widths=[8, 8])
    ink_cell(t.rows[1].cells[0], "n14a")
    ink_cell(t.rows[1].cells[1], "n14b")
    save_doc(doc, out)
    return truth("n14", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Ole Martin Bye", "ole.martin.bye@nav.no", "69174500"),
                 project=("Ut i jobb – Halden", "new", "2020-02-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000}, own_funding=40000,
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Skjelbred", "Leder NAV Halden", "2020-01-31", "handwritten"),
                       ("municipality", "Roar Vestby", "Rådmann", "2020-01-31", "handwritten")],
                 notes=["near-miss PRIORITY_AREA_MISSING: the area is only paraphrased ('vanlige jobber', 'lokale bedrifter')",
                        "near-miss AMOUNT_SUM_MISMATCH: own funding column 40 000 beside the applied column; applied sum is 600 000",
                        "start 'februar 2020' → 2020-02-01"])


# ---------------------------------------------------------------- n15 docx-form nn: DEFECT invalid org number
def n15(out: Path):
    o = org("97233445", valid=False)
    doc = new_doc("Segoe UI", 10, "Søknad Stord")
    para(doc, "SØKNADSSKJEMA 2020", bold=True, size=14)
    para(doc, "Tilskot til utvikling av sosiale tenester i Nav", bold=True)
    table(doc, [["Del 1 – Om søkjaren", ""], ["Nav-kontor:", "Nav Stord"], ["Kommune:", "Stord"],
                ["Org.nr.:", spaced(o)], ["Kontaktperson:", "Kjellaug Vik"], ["E-post:", "kjellaug.vik@nav.no"],
                ["Telefon:", "53 49 65 00"], ["Del 2 – Om prosjektet", ""], ["Tittel:", "Kvardagsmeistring Stord"],
                ["Nytt/vidareføring:", "Nytt"], ["Oppstart:", "01.06.2020"], ["Stillingsdel:", "60 %"],
                ["Del 3 – Budsjett", ""], ["Løn og sosiale kostnader:", "360 000"], ["Kompetanse:", "6 000"],
                ["Sum:", "366 000"], ["Del 4 – Satsingsområde", ""],
                ["Ordinært arbeidsliv:", "☐"], ["Barnefamiliar, ungdom og innvandrarar:", "☒"], ["Sårbare overgangar:", "☐"],
                ["Nettverk:", "☐ Ja  ☒ Nei"], ["Prosessevaluering:", "☐ Ja  ☒ Nei"]], widths=[6, 10])
    para(doc, "")
    t = table(doc, [["Stad og dato: Leirvik, 21.01.2020", "Stad og dato: Leirvik, 22.01.2020"], ["", ""],
                    ["Gunnhild Fitje, Nav-leiar", "Atle Opsal, kommunedirektør"]], widths=[8, 8], style=None)
    ink_cell(t.rows[1].cells[0], "n15a")
    ink_cell(t.rows[1].cells[1], "n15b")
    save_doc(doc, out)
    return truth("n15", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Stord", "Stord", o),
                 contact=("Kjellaug Vik", "kjellaug.vik@nav.no", "53496500"),
                 project=("Kvardagsmeistring Stord", "new", "2020-06-01"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Gunnhild Fitje", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Atle Opsal", "kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=[f"defect: org number {o} fails MOD11"])


# ---------------------------------------------------------------- n18 docx-letter nn: DEFECT municipal signature missing
def n18(out: Path):
    o = org("92244668")
    doc = new_doc("Garamond", 12, "Søknad Stad")
    para(doc, "NAV STAD", bold=True, size=13)
    para(doc, f"Nordfjordeid, 28.01.2020                                          Org.nr.: {o}")
    para(doc, "Søknad om tilskot – «Familieløftet Stad»", bold=True)
    para(doc, "Nav Stad i Stad kommune søkjer om tilskot til eit nytt prosjekt som skal starte 1. april 2020. Vi vil "
              "følgje opp barnefamiliar og nykomne innvandrarar tettare, og søkjer om ei 80 % stilling. Løn og sosiale "
              "kostnader utgjer 480 000 kroner, kompetanse 8 000 kroner, i alt 488 000 kroner.")
    para(doc, "Kontaktperson er Ragna Hjelle, ragna.hjelle@nav.no, telefon 57 86 70 00. Vi vil gjerne vere med i "
              "nettverk, og ønskjer òg ekstern prosessevaluering.")
    para(doc, "Helsing")
    p = para(doc)
    add_ink(p, "n18a", 4.2)
    para(doc, "Ragna Hjelle\nNav-leiar")
    para(doc, "")
    para(doc, "For Stad kommune (kommunedirektør):")
    para(doc, "Stad og dato: ______________________")
    para(doc, "Underskrift: ______________________")
    save_doc(doc, out)
    return truth("n18", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Stad", "Stad", o),
                 contact=("Ragna Hjelle", "ragna.hjelle@nav.no", "57867000"),
                 project=("Familieløftet Stad", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ragna Hjelle", "Nav-leiar", "2020-01-28", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the municipal block is printed but left empty (no name, no ink)"])
