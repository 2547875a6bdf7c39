"""Corpus 51's genuine Word applications that look like something else: a report-and-continuation
letter, forms quoting last year's grant letter or a project status, a council decision behind."""
from __future__ import annotations

import tempfile
from pathlib import Path

from kit51 import S20, add_ink, new_doc, orgnr, save_doc, soffice_pdf, spaced, truth
from word51 import _h, _ink_pair, _table


# ------------------------------------------------------------ tg11 "Rapport og søknad om videreføring" (nb letter)
def tg11(out: Path):
    doc = new_doc("Cambria", 11, "Rapport og søknad om videreføring")
    org = orgnr("97412358")
    doc.add_paragraph("NAV Ås\nPostboks 195, 1431 Ås\nOrg.nr. " + spaced(org))
    doc.add_paragraph("Fylkesmannen i Oslo og Viken\nPostboks 325\n1502 Moss")
    doc.add_paragraph("Ås, 27.01.2020")
    _h(doc, "Rapport og søknad om videreføring – «Ny start Ås»", 14)
    doc.add_paragraph("Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020")
    _h(doc, "1. Rapport for 2019", 12)
    doc.add_paragraph("I tilsagnsbrev av 10.05.2019 fikk NAV Ås kr 305 000 til en 50 % stilling. Prosjektet startet "
                      "1. august 2019. Per 31.12.2019 har 17 deltakere fått tett oppfølging; seks er i ordinært arbeid. "
                      "Regnskapet for 2019 viser et forbruk på kr 298 400.")
    _h(doc, "2. Søknad for 2020 (prosjektår 2)", 12)
    doc.add_paragraph("NAV Ås søker med dette om videreføring av prosjektet «Ny start Ås» fra 01.01.2020. Vi utvider "
                      "til én hel stilling (100 %) fordi prosjektet nå også skal følge opp foreldre i familier med barn "
                      "som mottar sosialhjelp over lang tid. Tiltaket bygger på bruk av ordinært arbeidsliv: deltakerne "
                      "skal ut i ordinære jobber med støtte fra en jobbspesialist.")
    doc.add_paragraph("Budsjett 2020:")
    _table(doc, [["Post", "Beløp"], ["Lønn og sosiale kostnader, 100 % stilling", "kr 598 000"],
                 ["Kompetanse (prosessveiledning)", "kr 10 000"], ["Sum omsøkt", "kr 608 000"]])
    doc.add_paragraph()
    doc.add_paragraph("NAV Ås ønsker å delta i nettverk med andre NAV-kontor. Vi ønsker ikke ekstern "
                      "prosessevaluering i år.")
    doc.add_paragraph("Kontaktperson er Hilde Bråten, hilde.braten@nav.no, telefon 64 96 20 00.")
    doc.add_paragraph("Med vennlig hilsen")
    _ink_pair(doc, ("", "Siri Moen", "NAV-leder"), ("", "Trond Heggelund", "Kommunedirektør"), ("tg11a", "tg11b"))
    save_doc(doc, out)
    return truth("tg11", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Ås", "Ås", org),
                 contact=("Hilde Bråten", "hilde.braten@nav.no", "64962000"),
                 project=("Ny start Ås", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "total": 608000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Siri Moen", "NAV-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Trond Heggelund", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["titled 'Rapport og søknad om videreføring': a 2019 report section (305 000 for 50 %, spent "
                        "298 400) before the 2020 application; signature dates are the letter's date"])


# ------------------------------------------------------------ tg12 form quoting last year's grant letter (nn) – over cap
def tg12(out: Path):
    doc = new_doc("Arial", 10, "Søknadsskjema 2020")
    org = orgnr("97493517")
    _h(doc, "Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020", 13)
    _table(doc, [["1", "Nav-kontor", "Nav Stryn"], ["2", "Kommune", "Stryn"], ["3", "Organisasjonsnummer", spaced(org)],
                 ["4", "Kontaktperson (namn, e-post, telefon)", "Astrid Loen\nastrid.loen@nav.no\n57 87 40 00"],
                 ["5", "Namn på prosjektet", "Overgang til arbeid"],
                 ["6", "Nytt prosjekt eller vidareføring", "Vidareføring (2. år)"],
                 ["7", "Tildelt tidlegare", "Tilsegnsbrev frå Fylkesmannen i Vestland 15.05.2019: 450 000 kroner til "
                  "80 % stilling i 2019"],
                 ["8", "Oppstart 2020", "01.01.2020"],
                 ["9", "Stillingsdel som det blir søkt om", "80 %"],
                 ["10", "Løn og sosiale kostnader", "500 000 kr"], ["11", "Kompetansemidlar", "8 000 kr"],
                 ["12", "Sum søknadsbeløp", "508 000 kr"],
                 ["13", "Prioritert område", "☐ Bruk av ordinært arbeidsliv\n☐ Oppfølging av barnefamiliar, ungdom og "
                  "innvandrarar\n☒ Sikring av sårbare overgangar"],
                 ["14", "Nettverk/klynge", "☒ Ja  ☐ Nei"], ["15", "Ekstern prosessevaluering", "☒ Ja  ☐ Nei"]],
           widths=[1, 6, 9])
    doc.add_paragraph()
    _ink_pair(doc, ("Stryn, 24.01.2020", "Gunnar Hjelle", "Nav-leiar"), ("Stryn, 24.01.2020", "Per Kåre Sunde",
                                                                           "kommunedirektør"), ("tg12a", "tg12b"))
    save_doc(doc, out)
    return truth("tg12", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Stryn", "Stryn", org),
                 contact=("Astrid Loen", "astrid.loen@nav.no", "57874000"),
                 project=("Overgang til arbeid", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 500000, "competence": 8000, "total": 508000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Gunnar Hjelle", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Per Kåre Sunde", "kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["quotes last year's grant letter (450 000 for 80 %) in its own numbered row",
                        "defect: 80 % at 500 000 > 488 000"])


# ------------------------------------------------------------ tg13 application + council minutes behind (nb, via PDF)
def tg13(out: Path):
    doc = new_doc("Calibri", 11, "Søknad Eidskog")
    org = orgnr("97402313")
    _h(doc, "NAV Eidskog – søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 13)
    _table(doc, [["Søker (NAV-kontor)", "NAV Eidskog"], ["Kommune", "Eidskog"], ["Organisasjonsnummer", spaced(org)],
                 ["Kontaktperson", "Kjersti Vestli – kjersti.vestli@nav.no – 62 83 50 00"],
                 ["Prosjekt", "Jobbvenn Eidskog"], ["Søknaden gjelder", "Nytt prosjekt"], ["Oppstart", "01.05.2020"],
                 ["Stilling", "100 %"], ["Lønn og sosiale kostnader", "kr 610 000,-"], ["Kompetanse", "kr 10 000,-"],
                 ["Sum", "kr 620 000,-"],
                 ["Prioriterte områder", "Prosjektet retter seg mot innvandrere og unge i familier med lav inntekt, "
                  "med mål om ordinært arbeid eller utdanning."],
                 ["Nettverk / prosessevaluering", "Ja / Ja"]], widths=[6, 10])
    doc.add_paragraph()
    _ink_pair(doc, ("Skotterud, 29.01.2020", "Lars Erik Gjermundsen", "NAV-leder"),
              ("Skotterud, 30.01.2020", "Mette Skaar", "Kommunalsjef helse og velferd"), ("tg13a", "tg13b"))
    doc.add_page_break()
    _h(doc, "Vedlegg: Saksprotokoll", 12)
    doc.add_paragraph("Eidskog kommune – Kommunestyret, møte 23.01.2020, sak 5/20")
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – Jobbvenn Eidskog")
    doc.add_paragraph("Vedtak: Kommunestyret stiller seg bak at NAV Eidskog søker om kr 620 000 for 2020. Prosjektet "
                      "forankres i kommunens plan for levekår.")
    doc.add_paragraph("Rett utskrift: Eva Hagen, politisk sekretær")
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / "tg13.docx"
        save_doc(doc, d)
        soffice_pdf(d, out)
    return truth("tg13", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Eidskog", "Eidskog", org),
                 contact=("Kjersti Vestli", "kjersti.vestli@nav.no", "62835000"),
                 project=("Jobbvenn Eidskog", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Lars Erik Gjermundsen", "NAV-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Mette Skaar", "Kommunalsjef helse og velferd", "2020-01-30", "handwritten")],
                 notes=["the council's minutes approving the application on page 2, behind it",
                        "near-miss: 610 000 and 10 000 exactly at the caps; area argued in words; 'kommunalsjef helse og "
                        "velferd' signs for the municipality"])


# ------------------------------------------------------------ tg15 form with a status section (nb) – 150 % at cap
def tg15(out: Path):
    doc = new_doc("Georgia", 10, "Søknad Skaun")
    org = orgnr("97481020")
    _h(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020", 13)
    doc.add_paragraph("Del A – Søker")
    _table(doc, [["NAV-kontor:", "NAV Skaun"], ["Kommune:", "Skaun"], ["Org.nr.:", spaced(org)],
                 ["Kontaktperson:", "Eva Lian"], ["E-post / telefon:", "eva.lian@nav.no / 72 86 70 00"]], widths=[5, 11])
    doc.add_paragraph("Del B – Prosjektet")
    _table(doc, [["Prosjektnavn:", "Familieløftet Skaun"], ["Søknadstype:", "Videreføring – prosjektår 2 av 3"],
                 ["Start for perioden:", "01.01.2020"],
                 ["Prioritert område:", "☒ Oppfølging av barnefamilier, ungdom og innvandrere"]], widths=[5, 11])
    doc.add_paragraph("Del C – Status i pågående prosjekt")
    _table(doc, [["Tildelt 2019", "Brukt per 31.12.2019", "Resultat"],
                 ["kr 610 000 (100 %)", "kr 590 000", "31 familier fulgt opp, 12 voksne i arbeid"]])
    doc.add_paragraph("Del D – Budsjett 2020")
    _table(doc, [["Stilling", "Stillingsprosent", "Beløp"], ["Familiekoordinator", "100 %", "610 000"],
                 ["Jobbspesialist", "50 %", "305 000"], ["Kompetanse", "", "10 000"], ["Sum", "150 %", "925 000"]])
    doc.add_paragraph("Del E – Vi ønsker å delta i nettverk: Ja. Vi ønsker ekstern prosessevaluering: Ja.")
    doc.add_paragraph("Del F – Underskrifter")
    _ink_pair(doc, ("Børsa, 20.01.2020", "Jon Ivar Krogstad", "Leder NAV Skaun"),
              ("Børsa, 21.01.2020", "Kristin Tanem", "Kommunalsjef for helse, omsorg og velferd"), ("tg15a", "tg15b"))
    save_doc(doc, out)
    return truth("tg15", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Skaun", "Skaun", org),
                 contact=("Eva Lian", "eva.lian@nav.no", "72867000"),
                 project=("Familieløftet Skaun", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Jon Ivar Krogstad", "Leder NAV Skaun", "2020-01-20", "handwritten"),
                       ("municipality", "Kristin Tanem", "Kommunalsjef for helse, omsorg og velferd", "2020-01-21",
                        "handwritten")],
                 notes=["a 'Status i pågående prosjekt' table with 2019's grant (610 000, 100 %) and spending",
                        "near-miss: two positions 100 % + 50 % = 915 000 exactly at the cap for 150 %"])


# ------------------------------------------------------------ tg18 year-3 letter quoting the decision (nn), e-approval
def tg18(out: Path):
    doc = new_doc("Calibri", 11, "Søknad om vidareføring")
    org = orgnr("97488901")
    doc.add_paragraph(f"Nav Hjelmeland\nHjelmeland kommune – org.nr. {spaced(org)}")
    doc.add_paragraph("Til Fylkesmannen i Rogaland\t\t\t\tHjelmeland, 31.01.2020")
    _h(doc, "Søknad om tilskot til vidareføring av «Arbeid i fjordbygda» – tredje og siste prosjektår", 13)
    doc.add_paragraph("Vi viser til vedtaket frå Arbeids- og velferdsdirektoratet, formidla i brev frå Fylkesmannen av "
                      "27.05.2019, der Nav Hjelmeland fekk 550 000 kroner for 2019 (prosjektår 2). Nav Hjelmeland søkjer "
                      "no om tilskot for 2020, som er det tredje og siste året i prosjektet.")
    doc.add_paragraph("Prosjektet følgjer opp unge vaksne og innvandrarar som står utanfor arbeid, og samarbeider med "
                      "næringslivet i kommunen om faste praksis- og jobbplassar. Arbeidet vidare frå 1. januar 2020 "
                      "er ei stilling (100 %).")
    doc.add_paragraph("Vi søkjer om 600 000 kroner til løn og sosiale kostnader og 10 000 kroner til kompetanse, "
                      "til saman 610 000 kroner. Kommunen dekkjer 60 000 kroner sjølv.")
    doc.add_paragraph("Vi ønskjer å halde fram i nettverket for prosjekta i fylket, og vi ønskjer ekstern "
                      "prosessevaluering.")
    doc.add_paragraph("Kontaktperson: Sigrun Fister, sigrun.fister@nav.no, tlf. 51 75 70 00.")
    doc.add_paragraph("Med helsing")
    doc.add_paragraph("Bjarte Bakka\nNav-leiar\n\nOddvar Moen\nkommunedirektør")
    doc.add_paragraph("Dokumentet er elektronisk godkjent av Nav-leiar Bjarte Bakka 31.01.2020 og kommunedirektør "
                      "Oddvar Moen 31.01.2020, og har difor ingen handskrivne underskrifter.")
    save_doc(doc, out)
    return truth("tg18", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Hjelmeland", "Hjelmeland", org),
                 contact=("Sigrun Fister", "sigrun.fister@nav.no", "51757000"),
                 project=("Arbeid i fjordbygda", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, own_funding=60000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Bjarte Bakka", "Nav-leiar", "2020-01-31", "electronic_approval"),
                       ("municipality", "Oddvar Moen", "kommunedirektør", "2020-01-31", "electronic_approval")],
                 notes=["quotes last year's decision (550 000 for 2019)", "near-miss: third and last year (allowed); "
                        "approved the day before the deadline; own funding 60 000"])
