"""Word builders of the thirteenth adversarial corpus; each returns its hand-written truth."""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

from kit13 import (add_raw_para, formcheck, formtext, ink_png, normalise_zip, org, run, sdt_check, sdt_date,
                   sdt_dropdown, sdt_run, set_cell_raw, truth)


def _doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    return d


def _ink(cell_or_doc, seed, width=Cm(4.2)):
    p = cell_or_doc.add_paragraph()
    p.add_run().add_picture(io.BytesIO(ink_png(seed)), width=width)


def _save(d, out: Path):
    d.save(str(out))
    normalise_zip(out)


# n01: Oslo district, 2019 announcement; numbered sections, question/answer table with the answer in
# the row BELOW the question, "[x]" ticks, signatures side by side in a table with Sted/dato first.
def n01(out: Path):
    d = _doc("Arial", 10)
    d.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i NAV 2019", 1)
    d.add_paragraph("Søknadsfrist 1. februar 2019. Skjemaet sendes Fylkesmannen i Oslo og Viken.")
    d.add_heading("1  Søker", 2)
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for q, a in [("1.1  Navn på NAV-kontor", "NAV Grünerløkka"),
                 ("1.2  Kommune / bydel", "Oslo kommune, bydel Grünerløkka"),
                 ("1.3  Organisasjonsnummer", "974 123 452"),
                 ("1.4  Kontaktperson i prosjektet", "Leila Haddad"),
                 ("1.5  E-post / telefon", "Leila.Haddad@nav.no / 924 31 870")]:
        t.add_row().cells[0].text = q
        t.add_row().cells[0].text = a
    d.add_heading("2  Prosjektet", 2)
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for q, a in [("2.1  Prosjektets navn", "«Jobbsjansen Løkka»"),
                 ("2.2  Nytt prosjekt eller videreføring?", "[x] Nytt prosjekt     [ ] Videreføring av prosjekt"),
                 ("2.3  Planlagt oppstart", "01.04.2019"),
                 ("2.4  Stillingsressurs i prosjektet", "Én hel stilling (100 %) som jobbspesialist")]:
        t.add_row().cells[0].text = q
        t.add_row().cells[0].text = a
    d.add_paragraph("Prosjektet skal gi unge mottakere av sosialhjelp i bydelen raskere overgang til ordinært "
                    "arbeid gjennom tett oppfølging på arbeidsplassen, og følge opp barnefamilier med lav inntekt.")
    d.add_heading("3  Prioriterte områder (kryss av)", 2)
    for tick, label in [("[x]", "Bruk av ordinært arbeidsliv"),
                        ("[x]", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                        ("[ ]", "Sikring av sårbare overganger")]:
        d.add_paragraph(f"{tick}  {label}")
    d.add_heading("4  Budsjett", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Post", "Søknadsbeløp (kr)"), ("Lønn og sosiale kostnader, 100 % stilling", "585 000"),
                                ("Kompetansemidler", "10 000"), ("Sum omsøkt", "595 000")]):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.add_heading("5  Annet", 2)
    d.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?   [x] Ja   [ ] Nei")
    d.add_paragraph("Er kontoret interessert i ekstern prosessevaluering?   [ ] Ja   [x] Nei")
    d.add_heading("6  Underskrifter", 2)
    t = d.add_table(rows=4, cols=2)
    t.rows[0].cells[0].text = "Sted/dato: Oslo, 28.01.2019"
    t.rows[0].cells[1].text = "Sted/dato: Oslo, 29.01.2019"
    _ink(t.rows[1].cells[0], 1101)
    _ink(t.rows[1].cells[1], 1102)
    t.rows[2].cells[0].text = "Leder NAV Grünerløkka"
    t.rows[2].cells[1].text = "Bydelsdirektør"
    t.rows[3].cells[0].text = "Mari Holte"
    t.rows[3].cells[1].text = "Henrik Amundsen"
    _save(d, out)
    return truth("n01", "docx", "docx-form", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Grünerløkka", "Oslo", "974123452"),
                 contact=("Leila Haddad", "leila.haddad@nav.no", "92431870"),
                 project=("Jobbsjansen Løkka", "new", "2019-04-01"), pct=100,
                 amounts={"positions": 585000, "competence": 10000, "other": None, "total": 595000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Mari Holte", "Leder NAV Grünerløkka", "2019-01-28", "handwritten"),
                       ("municipality", "Henrik Amundsen", "Bydelsdirektør", "2019-01-29", "handwritten")],
                 notes=["Oslo district: the municipality is Oslo, the leadership signature is the bydelsdirektør's"])


# n02: inter-municipal office, Nynorsk, 2020; two-column form with labels on the left in bold caps,
# "1,5 årsverk", three municipal leaders signing stacked with the title ABOVE the name.
def n02(out: Path):
    d = _doc("Cambria", 11)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    d.add_paragraph("Interkommunalt Nav-kontor for Kviteseid, Nissedal og Fyresdal. Vertskommune: Kviteseid.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [("SØKJAR (NAV-KONTOR)", "Nav Vest-Telemark"), ("VERTSKOMMUNE", "Kviteseid"),
            ("ORG.NR.", "992123451"), ("KONTAKTPERSON", "Gunhild Aasland"),
            ("E-POST", "gunhild.aasland@nav.no"), ("TELEFON", "+47 35 06 81 20"),
            ("NAMN PÅ PROSJEKTET", "Saman om ungdomen i Vest-Telemark"),
            ("TYPE PROSJEKT", "☒ Nytt prosjekt   ☐ Vidareføring"),
            ("OPPSTART", "1. mai 2020"),
            ("STILLINGSRESSURS", "1,5 årsverk (to rettleiarar, 100 % og 50 %)")]
    for a, b in rows:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
        r[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    d.add_paragraph("Prioriterte område:")
    d.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    d.add_paragraph("☒ Oppfølging av barnefamiliar, ungdom og innvandrarar")
    d.add_paragraph("☒ Sikring av sårbare overgangar")
    d.add_paragraph("Prosjektet skal følgje opp ungdom mellom 16 og 25 år i overgangen frå vidaregåande skule "
                    "til arbeid eller vidare utdanning, i alle tre kommunane.")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Budsjettpost", "Kr"), ("Rettleiar 100 %", "595 000"), ("Rettleiar 50 %", "297 500"),
                                ("Kompetansemidlar", "10 000"), ("Totalt omsøkt", "902 500")]):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.add_paragraph("Interesse for nettverk/klyngesamarbeid: ☒ Ja ☐ Nei")
    d.add_paragraph("Interesse for ekstern prosessevaluering: ☒ Ja ☐ Nei")
    d.add_paragraph("Underskrifter").runs[0].bold = True
    for seed, place, date, title, name in [
            (1201, "Kviteseid", "27.01.2020", "Nav-leiar", "Olav Bøen"),
            (1202, "Kviteseid", "27.01.2020", "Kommunedirektør i Kviteseid (vertskommune)", "Tone Grave"),
            (1203, "Treungen", "28.01.2020", "Rådmann i Nissedal", "Arne Straume"),
            (1204, "Fyresdal", "28.01.2020", "Kommunedirektør i Fyresdal", "Sigrid Homme")]:
        d.add_paragraph(f"Stad og dato: {place}, {date}")
        d.add_paragraph(title)
        _ink(d, seed, Cm(3.6))
        d.add_paragraph(name)
    _save(d, out)
    return truth("n02", "docx", "docx-form", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Vest-Telemark", "Kviteseid", "992123451"),
                 contact=("Gunhild Aasland", "gunhild.aasland@nav.no", "35068120"),
                 project=("Saman om ungdomen i Vest-Telemark", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 892500, "competence": 10000, "other": None, "total": 902500},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Olav Bøen", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Tone Grave", "Kommunedirektør", "2020-01-27", "handwritten"),
                       ("municipality", "Arne Straume", "Rådmann", "2020-01-28", "handwritten"),
                       ("municipality", "Sigrid Homme", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["host office applies for three municipalities; each leader signs as municipality"])


# n03: content controls with dropdowns and a date picker; "0,5 stilling"; a constituted Nav leader and a
# kommunalsjef signing "etter fullmakt"; approval sentence in another wording. DEFECT: competence 15 000.
def n03(out: Path):
    d = _doc("Calibri", 11)
    d.add_heading("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    d.add_paragraph("Fyll ut feltene. Tilskuddet er inntil kr 610 000 per 100 % stilling og inntil kr 10 000 "
                    "til kompetansetiltak. Frist 1. februar 2020.")
    fields = [("Søkende Nav-kontor: ", sdt_run("kontor", "Nav Ringsaker")),
              ("Kommune: ", sdt_run("kommune", "Ringsaker")),
              ("Org.nummer: ", sdt_run("orgnr", "964 081 239")),
              ("Prosjektansvarlig (kontaktperson): ", sdt_run("kontakt", "Bjørnar Tveit")),
              ("E-postadresse: ", sdt_run("epost", "bjornar.tveit@nav.no")),
              ("Mobil: ", sdt_run("mobil", "482 17 903")),
              ("Fax: ", sdt_run("fax", None)),
              ("Prosjekttittel: ", sdt_run("tittel", "Familieløftet i Ringsaker")),
              ("Søknaden gjelder: ", sdt_dropdown("type", "Nytt prosjekt", ["Velg et element.", "Nytt prosjekt",
                                                                            "Videreføring"])),
              ("Oppstart: ", sdt_date("oppstart", "2020-03-01", "1. mars 2020")),
              ("Stilling(er): ", sdt_run("stilling", "0,5 stilling som familiekoordinator"))]
    for label, ctl in fields:
        add_raw_para(d, run(label, bold=True) + ctl)
    d.add_paragraph("Hvilke prioriterte områder svarer prosjektet på?")
    for tag, on, label in [("p1", False, "Bruk av ordinært arbeidsliv"),
                           ("p2", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                           ("p3", False, "Sikring av sårbare overganger")]:
        add_raw_para(d, sdt_check(tag, on) + run(" " + label))
    d.add_paragraph("Budsjett for 2020")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Lønn inkl. sosiale utgifter (50 %)", "300 000"), ("Kompetanse", "15 000"),
                                ("Andre kostnader", "0"), ("Totalt", "315 000")]):
        t.rows[i].cells[0].text = a
        set_cell_raw(t.rows[i].cells[1], sdt_run(f"b{i}", b))
    add_raw_para(d, run("Nettverk/klynge: ") + sdt_check("nett", True) + run(" Ja ") + sdt_check("nett2", False)
                 + run(" Nei"))
    add_raw_para(d, run("Ekstern prosessevaluering: ") + sdt_check("ev", False) + run(" Ja ") + sdt_check("ev2", True)
                 + run(" Nei"))
    d.add_paragraph("Underskrift")
    d.add_paragraph("Ringsaker, 30. januar 2020")
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text = "Sara Holm\nkonstituert Nav-leder"
    t.rows[0].cells[1].text = "Etter fullmakt\nJon Vik\nkommunalsjef helse og velferd"
    d.add_paragraph("Søknaden er godkjent elektronisk i kommunens saksbehandlingssystem og har derfor ingen "
                    "håndskrevne signaturer.")
    _save(d, out)
    return truth("n03", "docx", "docx-controls", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ringsaker", "Ringsaker", "964081239"),
                 contact=("Bjørnar Tveit", "bjornar.tveit@nav.no", "48217903"),
                 project=("Familieløftet i Ringsaker", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 15000, "other": None, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Sara Holm", "Konstituert Nav-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Jon Vik", "Kommunalsjef", "2020-01-30", "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["DEFECT: competence 15 000 > 10 000",
                        "'Andre kostnader 0' is a zero line: amounts.other null, no NON_POSITION_COSTS"])


# n04: legacy fields, Nynorsk, 2018 announcement with its five areas, multi-year budget in a grid
# (2018 column to pick), FORMCHECKBOX ticked via w:default, ink in a signature table.
def n04(out: Path):
    d = _doc("Times New Roman", 11)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i NAV – 2018", 1)
    d.add_paragraph("Søknaden skal sendast Fylkesmannen i Nordland innan 1. februar 2018.")
    for label, name, val in [("NAV-kontor", "kontor", "NAV Vefsn"), ("Kommune", "kommune", "Vefsn"),
                             ("Organisasjonsnummer", "org", "938475652"), ("Kontaktperson", "kp", "Ingrid Lyngmo"),
                             ("E-post", "ep", "ingrid.lyngmo@nav.no"), ("Telefon", "tlf", "75 10 12 47"),
                             ("Prosjektnamn", "namn", "Barnet i midten"),
                             ("Prosjektstart", "start", "15.03.2018"), ("Stillingsprosent", "pst", "80 %")]:
        add_raw_para(d, run(label + ": ", bold=True) + formtext(name, val))
    add_raw_para(d, run("Nytt prosjekt ") + formcheck("nytt", True) + run("   Vidareføring ") + formcheck("vid", False))
    d.add_paragraph("Prioriterte område i kunngjeringa for 2018 (kryss av):")
    for name, on, label in [("a1", False, "Bruk av ordinært arbeidsliv"), ("a2", False, "Ungdom og innvandrarar"),
                            ("a3", True, "Tiltak grunngjeve i tilsyn"), ("a4", True, "Barneperspektivet"),
                            ("a5", False, "Overgangar mellom tenester, skule og arbeidsliv")]:
        add_raw_para(d, formcheck(name, on) + run(" " + label))
    d.add_paragraph("Budsjett (kr)")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Post", "2018 (søkt no)", "2019 (plan)"), ("Løn og sosiale kostnader, 80 %", "448 000", "460 000"),
                             ("Kompetanse", "8 000", "5 000"), ("Sum", "456 000", "465 000")]):
        for j, v in enumerate(row):
            set_cell_raw(t.rows[i].cells[j], formtext(f"b{i}{j}", v) if i and j else run(v))
    add_raw_para(d, run("Ønskjer nettverk/klyngesamarbeid: Ja ") + formcheck("n1", True) + run(" Nei ")
                 + formcheck("n2", False))
    add_raw_para(d, run("Ønskjer ekstern prosessevaluering: Ja ") + formcheck("e1", False) + run(" Nei ")
                 + formcheck("e2", True))
    t = d.add_table(rows=3, cols=2)
    t.rows[0].cells[0].text = "Mosjøen, 24.01.2018"
    t.rows[0].cells[1].text = "Mosjøen, 25.01.2018"
    _ink(t.rows[1].cells[0], 1401)
    _ink(t.rows[1].cells[1], 1402)
    t.rows[2].cells[0].text = "Kåre Nilsen, NAV-leiar"
    t.rows[2].cells[1].text = "Marit Eide, rådmann"
    _save(d, out)
    return truth("n04", "docx", "docx-legacy-fields", lang="nn", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Vefsn", "Vefsn", "938475652"),
                 contact=("Ingrid Lyngmo", "ingrid.lyngmo@nav.no", "75101247"),
                 project=("Barnet i midten", "new", "2018-03-15"), pct=80,
                 amounts={"positions": 448000, "competence": 8000, "other": None, "total": 456000},
                 prio=["tilsyn", "barneperspektivet"], interest=(True, False),
                 sigs=[("nav_leader", "Kåre Nilsen", "NAV-leiar", "2018-01-24", "handwritten"),
                       ("municipality", "Marit Eide", "Rådmann", "2018-01-25", "handwritten")],
                 notes=["2019 column is a plan, not applied for"])


# n05: free letter, Bokmål, 2020; amounts as "0,61 mill." in prose; budget over three years in a table
# (2020 column), own funding; deputy Nav leader signs "e.f." for the leader; ink images.
def n05(out: Path):
    d = _doc("Georgia", 11)
    for line in ["NAV Kongsberg", "Postboks 115, 3602 Kongsberg", "Org.nr. 874 123 897", "",
                 "Fylkesmannen i Vestfold og Telemark", "v/ avdeling for helse og sosial", "",
                 "Kongsberg, 22. januar 2020"]:
        d.add_paragraph(line)
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret for 2020", 2)
    d.add_paragraph("NAV Kongsberg søker med dette om tilskudd til prosjektet «Bolig og arbeid – hånd i hånd», "
                    "et nytt prosjekt med oppstart 1. april 2020. Prosjektet retter seg mot personer som løslates "
                    "fra fengsel og ungdom som går fra skole til arbeid, og skal sikre sårbare overganger.")
    d.add_paragraph("Vi søker om midler til én 100 % stilling som boligveileder. Lønn og sosiale kostnader er "
                    "beregnet til 0,6 mill. kroner, og vi søker i tillegg kr 10 000 til kompetanseheving, "
                    "til sammen 0,61 mill. kroner for 2020. Kommunen bidrar selv med 150 000 kroner i form av "
                    "kontorplass og veiledning.")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Budsjett (kr)", "2020", "2021", "2022"),
                             ("Stilling 100 %, lønn og sosiale kostnader", "600 000", "615 000", "630 000"),
                             ("Kompetanse", "10 000", "10 000", "5 000"),
                             ("Sum søkt tilskudd", "610 000", "625 000", "635 000")]):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    d.add_paragraph("Kontaktperson er prosjektleder Eva Bakken, e-post eva.bakken@nav.no, telefon 97 66 21 05.")
    d.add_paragraph("Vi ønsker å være med i nettverk/klyngesamarbeid, men ønsker ikke ekstern prosessevaluering.")
    d.add_paragraph("Med vennlig hilsen")
    t = d.add_table(rows=3, cols=2)
    _ink(t.rows[0].cells[0], 1501)
    _ink(t.rows[0].cells[1], 1502)
    t.rows[1].cells[0].text = "Tor Berg e.f."
    t.rows[1].cells[1].text = "Kari Ødegård"
    t.rows[2].cells[0].text = "for NAV-leder Anne Lie\n(fungerende NAV-leder)"
    t.rows[2].cells[1].text = "rådmann"
    _save(d, out)
    return truth("n05", "docx", "docx-letter", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Kongsberg", "Kongsberg", "874123897"),
                 contact=("Eva Bakken", "eva.bakken@nav.no", "97662105"),
                 project=("Bolig og arbeid – hånd i hånd", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 own_funding=150000, prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Berg", "Fungerende NAV-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Kari Ødegård", "Rådmann", "2020-01-22", "handwritten")],
                 notes=["deputy signs e.f. for the leader: the nav_leader signature is Tor Berg's",
                        "letter's date is the signature date"])


# n06: Trøndelag prosjektskjønn 2024, Nynorsk letter from a Nav office; no Nav caps apply.
def n06(out: Path):
    d = _doc("Calibri", 11)
    for line in ["Nav Orkland", "Orkanger, 12. april 2023", "", "Statsforvaltaren i Trøndelag", ""]:
        d.add_paragraph(line)
    d.add_heading("Søknad om prosjektskjønnsmidlar 2024 – «Digital ungdomslos»", 2)
    d.add_paragraph("Nav Orkland (org.nr. 974 123 770) søkjer om skjønnsmidlar til fornyings- og "
                    "innovasjonsprosjekt for 2024. Prosjektet skal forebyggje og motverke ungt utanforskap ved å "
                    "gje ungdom utan arbeid ein digital los som følgjer dei opp på chat og video, og er såleis "
                    "også innovasjon gjennom digitalisering.")
    d.add_paragraph("Prosjektet er nytt og startar 1. januar 2024. Vi søkjer om midlar til 0,8 stilling som "
                    "ungdomslos.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Kostnad", "Søkt 2024 (kr)"), ("Løn og sosiale kostnader, 0,8 stilling", "560 000"),
                                ("Kompetanse og kurs", "20 000"), ("Sum", "580 000")]):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.add_paragraph("Kontaktperson: Randi Hoel, randi.hoel@nav.no, tlf. 915 20 448.")
    d.add_paragraph("Helsing")
    t = d.add_table(rows=3, cols=2)
    _ink(t.rows[0].cells[0], 1601)
    _ink(t.rows[0].cells[1], 1602)
    t.rows[1].cells[0].text = "Elin Rønning"
    t.rows[1].cells[1].text = "Ola Snøfugl"
    t.rows[2].cells[0].text = "Nav-leiar"
    t.rows[2].cells[1].text = "kommunedirektør, Orkland kommune"
    _save(d, out)
    return truth("n06", "docx", "docx-letter", lang="nn", scheme="prosjektskjonn-trondelag-2024",
                 office=("Nav Orkland", "Orkland", "974123770"),
                 contact=("Randi Hoel", "randi.hoel@nav.no", "91520448"),
                 project=("Digital ungdomslos", "new", "2024-01-01"), pct=80,
                 amounts={"positions": 560000, "competence": 20000, "other": None, "total": 580000},
                 prio=["ungt-utenforskap", "digitalisering"], interest=(None, None),
                 sigs=[("nav_leader", "Elin Rønning", "Nav-leiar", "2023-04-12", "handwritten"),
                       ("municipality", "Ola Snøfugl", "Kommunedirektør", "2023-04-12", "handwritten")],
                 notes=["prosjektskjønn has no 610 000 / 10 000 caps and no known deadline: no cap or deadline finding",
                        "560 000 for 0,8 stilling would break the 2020 cap (488 000): must not be flagged"])


# n10 source: Nynorsk 2018 form, converted by LibreOffice; DEFECT: no contact e-mail or phone.
def n10_docx(out: Path):
    d = _doc("Liberation Serif", 11)
    d.add_heading("NAV – søknad om tilskot 2018", 1)
    d.add_paragraph("Tilskot til utvikling av sosiale tenester i NAV-kontoret, kunngjering 2018.")
    d.add_heading("Del A – Opplysningar om søkjar", 3)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, (a, b) in enumerate([("NAV-kontor", "NAV Førde"), ("Kommune", "Førde"), ("Org.nr", "938222118")]):
        t.rows[0].cells[j].text, t.rows[1].cells[j].text = a, b
    d.add_paragraph("Kontaktperson for søknaden: Hallvard Sunde")
    d.add_heading("Del B – Prosjektet", 3)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, (a, b) in enumerate([("Prosjekttittel", "Los for unge vaksne"), ("Oppstart", "01.04.2018"),
                                ("Stilling", "100 %")]):
        t.rows[0].cells[j].text, t.rows[1].cells[j].text = a, b
    d.add_paragraph("Prosjektet er ei vidareføring av arbeidet frå 2017 (andre prosjektår).")
    d.add_paragraph("Prosjektet svarar på desse prioriterte områda: ungdom og innvandrarar, og overgangar mellom "
                    "tenester, skule og arbeidsliv.")
    d.add_heading("Del C – Budsjett", 3)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Løn og sosiale utgifter", "kr 570 000,-"), ("Kompetanse", "kr 10 000,-"),
                                ("Sum søknadsbeløp", "kr 580 000,-")]):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.add_paragraph("Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Ja.")
    d.add_heading("Del D – Underskrift", 3)
    t = d.add_table(rows=3, cols=2)
    t.rows[0].cells[0].text = "Førde, 26.01.2018"
    t.rows[0].cells[1].text = "Førde, 26.01.2018"
    _ink(t.rows[1].cells[0], 1001)
    _ink(t.rows[1].cells[1], 1002)
    t.rows[2].cells[0].text = "NAV-leiar Liv Hjelmeland"
    t.rows[2].cells[1].text = "Rådmann Per Nes"
    _save(d, out)


def n10_truth():
    return truth("n10", "pdf", "pdf-from-office", lang="nn", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Førde", "Førde", "938222118"), contact=("Hallvard Sunde", None, None),
                 project=("Los for unge vaksne", "continuation", "2018-04-01"), pct=100,
                 amounts={"positions": 570000, "competence": 10000, "other": None, "total": 580000},
                 prio=["ungdom-innvandrere", "overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Liv Hjelmeland", "NAV-leiar", "2018-01-26", "handwritten"),
                       ("municipality", "Per Nes", "Rådmann", "2018-01-26", "handwritten")],
                 expected=["CONTACT_MISSING"], notes=["DEFECT: contact has a name but neither e-mail nor phone"])


# n13: bad input: a .docx whose zip is fine but whose word/document.xml is cut in the middle of a tag.
def n13(out: Path):
    d = _doc()
    d.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020. Nav Elverum.")
    buf = io.BytesIO()
    d.save(buf)
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            data = src.read(i.filename)
            if i.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zi = zipfile.ZipInfo(i.filename, date_time=(2020, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return truth("n13", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["docx with a valid zip but truncated, malformed word/document.xml"])


# n14: not an application: a request to change the budget of an approved project (it says "søknad").
def n14(out: Path):
    d = _doc("Arial", 11)
    for line in ["Nav Hamar", "Hamar, 3. september 2020", "", "Statsforvalteren i Innlandet", ""]:
        d.add_paragraph(line)
    d.add_heading("Søknad om endring av budsjett – innvilget tilskudd 2020, «Ung på vei»", 2)
    d.add_paragraph("Vi viser til tilsagnsbrev av 28. mai 2020, der Nav Hamar ble innvilget kr 610 000 til én "
                    "100 % stilling i prosjektet «Ung på vei». Stillingen ble først besatt 1. september, og vi ber "
                    "derfor om å få omdisponere kr 120 000 av ubrukte lønnsmidler til kompetanse og "
                    "veiledning, og om å forlenge prosjektperioden til 30. juni 2021.")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Post", "Innvilget", "Revidert"), ("Lønn og sosiale kostnader", "600 000", "480 000"),
                             ("Kompetanse og veiledning", "10 000", "130 000")]):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    d.add_paragraph("Kontaktperson: Nina Sæther, nina.saether@nav.no.")
    d.add_paragraph("Med hilsen\nGeir Lunde\nNav-leder")
    _save(d, out)
    return truth("n14", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["request to change the budget of an approved project (tilsagn 2020)"])
