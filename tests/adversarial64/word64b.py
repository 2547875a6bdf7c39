"""Word documents of corpus 64, part two: content controls (placeholders left showing) and legacy
form fields with hints in the labels."""
from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from kit64 import S20, add_ink, new_doc, save_doc, truth
from word64 import AREAS_NB, EXCL_NB, control_form, hint, ink_table, label_cell, put, sdt_box, sdt_date, sdt_text


# ---------------------------------------------------------------- gd04 docx-controls nb, placeholders left where answered elsewhere
def gd04(out: Path):
    doc = new_doc("Calibri", 10, "Søknadsskjema")
    doc.add_heading("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknadsskjema 2020", 1)
    hint(doc.add_paragraph(), "Fyll ut feltene. Felt du ikke trenger, kan stå tomme. Maks kr 610 000 per 100 % stilling "
         "og kr 10 000 til kompetanse. Frist 1. februar 2020.", 9)
    control_form(doc, [
        ("Nav-kontor", "eks. Nav Eksempelby", sdt_text("Kontor", "Nav Lillestrøm")),
        ("Kommune", None, sdt_text("Kommune", "Lillestrøm")),
        ("Organisasjonsnummer", "9 siffer", sdt_text("Orgnr", "988 412 074")),
        ("Kontaktperson", "navn, e-post og telefon", sdt_text("Kontakt", "Siri Holm – siri.holm@nav.no – 913 45 678")),
        ("E-post (hvis annen enn over)", None, sdt_text("Epost", None)),
        ("Telefon (hvis annen enn over)", None, sdt_text("Tlf", None)),
        ("Prosjektets tittel", "eks. «Sammen om arbeid»", sdt_text("Tittel", "Lillestrøm jobber sammen")),
        ("Type prosjekt", None, sdt_box(True), " Nytt   ", sdt_box(False), " Videreføring"),
        ("Oppstart", "dd.mm.åååå", sdt_date("Start", "2020-05-01", "01.05.2020")),
        ("Sluttdato for videreføring", "kun ved videreføring", sdt_date("Slutt", None)),
        ("Stillingsprosent", "f.eks. 50 %", sdt_text("Prosent", "100 %")),
        ("Lønn inkl. sosiale kostnader", "Eksempel: kr 400 000", sdt_text("Lonn", "610 000")),
        ("Kompetanse", "maks kr 10 000", sdt_text("Komp", "10 000")),
        ("Sum omsøkt", None, sdt_text("Sum", "620 000")),
    ])
    doc.add_paragraph()
    doc.add_paragraph().add_run("Prioriterte områder").bold = True
    for on, area in zip((True, False, True), AREAS_NB):
        put(doc.add_paragraph(), sdt_box(on), " " + area)
    hint(doc.add_paragraph(), EXCL_NB)
    put(doc.add_paragraph(), "Nettverk/klyngesamarbeid:  ", sdt_box(True), " Ja  ", sdt_box(False), " Nei")
    put(doc.add_paragraph(), "Ekstern prosessevaluering:  ", sdt_box(True), " Ja  ", sdt_box(False), " Nei")
    doc.add_paragraph()
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (lab, name, iso, shown, seed) in enumerate([
            ("Nav-leder", "Øystein Rød", "2020-01-30", "30.01.2020", "gd04a"),
            ("Kommunedirektør", "Trine Wahl", "2020-01-31", "31.01.2020", "gd04b")]):
        label_cell(s.cell(0, i), lab, "eks. Ola Nordmann, Nav-leder" if i == 0 else "eks. Kari Nordmann, kommunedirektør")
        put(s.cell(1, i).paragraphs[0], "Navn: ", sdt_text(f"Navn{i}", name))
        put(s.cell(2, i).paragraphs[0], "Dato: ", sdt_date(f"Dato{i}", iso, shown))
        add_ink(s.cell(3, i).paragraphs[0], seed, 4.0)
    save_doc(doc, out)
    return truth("gd04", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", "988412074"),
                 contact=("Siri Holm", "siri.holm@nav.no", "91345678"),
                 project=("Lillestrøm jobber sammen", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Øystein Rød", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Trine Wahl", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: the E-post and Telefon controls still show Word's placeholder; the contact control "
                        "holds name, e-mail and phone in one line", "near-miss: 100 % at exactly 610 000",
                        "the unused end-date picker shows 'dd.mm.åååå'"])


# ---------------------------------------------------------------- gd05 docx-controls nn, competence over the cap stated beside it
def gd05(out: Path):
    doc = new_doc("Calibri", 10, "Søknadsskjema")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", 1)
    hint(doc.add_paragraph(), "Hjelpetekst: Skriv inn svarene i de grå feltene. Eksempeltekstene forsvinner når du "
         "skriver. Tilskudd: inntil kr 610 000 per 100 % stilling, kompetanse inntil kr 10 000.", 9)
    control_form(doc, [
        ("Nav-kontor", None, sdt_text("Kontor", "Nav Ørsta")),
        ("Kommune", None, sdt_text("Kommune", "Ørsta kommune")),
        ("Organisasjonsnummer", None, sdt_text("Orgnr", "971309954")),
        ("Kontaktperson", "f.eks. Ola Nordmann", sdt_text("Kontakt", "Brit Rusten")),
        ("E-post", None, sdt_text("Epost", "brit.rusten@nav.no")),
        ("Telefon", None, sdt_text("Tlf", "70 04 98 00")),
        ("Prosjektnamn", "f.eks. «Jobbsjansen»", sdt_text("Tittel", "Unge i arbeid på Sunnmøre")),
        ("Nytt prosjekt", None, sdt_box(True), " Ja   ", sdt_box(False), " Nei, vidareføring"),
        ("Oppstart", "dd.mm.åååå", sdt_date("Start", "2020-03-01", "01.03.2020")),
        ("Stillingsprosent", "f.eks. 50 %", sdt_text("Prosent", "50 %")),
        ("Løn og sosiale kostnader", "Eksempel: kr 400 000", sdt_text("Lonn", "kr 300 000")),
        ("Prosjektspesifikk kompetanse", "maks kr 10 000", sdt_text("Komp", "kr 15 000")),
        ("Sum", None, sdt_text("Sum", "kr 315 000")),
    ])
    doc.add_paragraph()
    doc.add_paragraph().add_run("Prioriterte område").bold = True
    for on, area in zip((False, True, False), ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og "
                                                "innvandrarar", "Sikring av sårbare overgangar"]):
        put(doc.add_paragraph(), sdt_box(on), " " + area)
    put(doc.add_paragraph(), "Ønskjer nettverk/klyngesamarbeid: ", sdt_box(True), " Ja ", sdt_box(False), " Nei")
    put(doc.add_paragraph(), "Ønskjer ekstern prosessevaluering: ", sdt_box(False), " Ja ", sdt_box(True), " Nei")
    doc.add_paragraph()
    ink_table(doc, [("Nav-leiar", None, "Ørsta, 23.01.2020", "gd05a", "Anders Bjørdal, Nav-leiar"),
                    ("Kommunedirektør", None, "Ørsta, 24.01.2020", "gd05b", "Ingunn Hovden, kommunedirektør")])
    save_doc(doc, out)
    return truth("gd05", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", "971309954"), contact=("Brit Rusten", "brit.rusten@nav.no", "70049800"),
                 project=("Unge i arbeid på Sunnmøre", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 15000, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Anders Bjørdal", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Ingunn Hovden", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["defect: competence kr 15 000 beside the hint 'maks kr 10 000'; Bokmål hints in a Nynorsk form"])


# ---------------------------------------------------------------- gd06 docx-legacy-fields nb, hints in the labels, signed on the deadline
def _ff_text(value: str) -> str:
    w = nsdecls("w")
    shown = value if value else "\u2002" * 5
    return (f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="T"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:textInput/></w:ffData></w:fldChar></w:r><w:r {w}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText>'
            f'</w:r><w:r {w}><w:fldChar w:fldCharType="separate"/></w:r><w:r {w}><w:t xml:space="preserve">{shown}</w:t></w:r>'
            f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>')


def _ff_box(checked: bool) -> str:
    w = nsdecls("w")
    return (f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="K"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked w:val="{1 if checked else 0}"/></w:checkBox>'
            f'</w:ffData></w:fldChar></w:r><w:r {w}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>')


def _legacy(p, *parts) -> None:
    for x in parts:
        if x.startswith("<w:r "):
            for el in parse_xml(f'<w:p {nsdecls("w")}>{x}</w:p>'):
                p._p.append(el)
        else:
            p.add_run(x)


def gd06(out: Path):
    doc = new_doc("Verdana", 9, "Søknad")
    doc.add_heading("SØKNAD – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 1)
    doc.add_paragraph("Skjemaet fylles ut i feltene. Hjelpetekst står i parentes etter spørsmålet. "
                      "Søknadsfristen er 1. februar 2020. Prosjekter kan få tilskudd i inntil tre år.")
    for lab, val in [("NAV-kontor (f.eks. NAV Eksempelby): ", "NAV Moss"), ("Kommune: ", "Moss"),
                     ("Organisasjonsnummer (9 siffer): ", "926724185"),
                     ("Kontaktperson (navn): ", "Espen Kolstad"), ("E-post (f.eks. ola.nordmann@nav.no): ",
                                                                   "espen.kolstad@nav.no"),
                     ("Telefon (8 siffer): ", "69 20 86 00"), ("Prosjektets navn: ", "Moss-modellen"),
                     ("Oppstartsdato (dd.mm.åååå): ", "01.03.2020")]:
        _legacy(doc.add_paragraph(), lab, _ff_text(val))
    _legacy(doc.add_paragraph(), "Søknaden gjelder: ", _ff_box(False), " Nytt prosjekt  ", _ff_box(True), " Videreføring")
    _legacy(doc.add_paragraph(), "Ved videreføring – hvilket år? (f.eks. 2. år): ", _ff_text("3. år"))
    _legacy(doc.add_paragraph(), "Stillingsprosent (f.eks. 50 %): ", _ff_text("100 %"))
    _legacy(doc.add_paragraph(), "Lønn og sosiale kostnader (eksempel: kr 400 000): ", _ff_text("kr 590 000"))
    _legacy(doc.add_paragraph(), "Prosjektspesifikk kompetanse (maks kr 10 000): ", _ff_text("kr 10 000"))
    _legacy(doc.add_paragraph(), "Sum omsøkt: ", _ff_text("kr 600 000"))
    doc.add_paragraph("Prioriterte områder (kryss av):")
    for on, area in zip((True, False, False), AREAS_NB):
        _legacy(doc.add_paragraph(), _ff_box(on), " " + area)
    _legacy(doc.add_paragraph(), "Nettverk/klyngesamarbeid: ", _ff_box(False), " Ja  ", _ff_box(True), " Nei")
    _legacy(doc.add_paragraph(), "Ekstern prosessevaluering: ", _ff_box(True), " Ja  ", _ff_box(False), " Nei")
    doc.add_paragraph()
    ink_table(doc, [("Underskrift NAV-leder", "(signeres innen 1. februar 2020)", "Moss, 01.02.2020", "gd06a",
                     "Liv Marit Holm, NAV-leder"),
                    ("Underskrift kommunedirektør", None, "Moss, 01.02.2020", "gd06b", "Bjørn Haraldsen, kommunedirektør")])
    save_doc(doc, out)
    return truth("gd06", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", "926724185"), contact=("Espen Kolstad", "espen.kolstad@nav.no", "69208600"),
                 project=("Moss-modellen", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Liv Marit Holm", "NAV-leder", "2020-02-01", "handwritten"),
                       ("municipality", "Bjørn Haraldsen", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: both signed on the deadline day 01.02.2020; continuation in its 3rd year (allowed)",
                        "hints in parentheses after each label carry example values"])
