"""The python-docx documents of the sixth corpus, each with its truth written by hand."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from kit import ink_png, org
from truthlib import near_miss, truth

S20 = "nav-sosiale-tjenester-2020"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_text(par, value, tag, n):
    """A plain-text content control in ``par``; ``value`` None leaves Word's placeholder showing."""
    if value is None:
        pr = '<w:showingPlcHdr/>'
        run = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r>'
    else:
        pr = ''
        run = f'<w:r><w:t xml:space="preserve">{_esc(value)}</w:t></w:r>'
    par._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{1000 + n}"/>'
        f'{pr}<w:text/></w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>'))


def sdt_date(par, value, iso, n):
    par._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:tag w:val="dato"/><w:id w:val="{2000 + n}"/>'
        f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/>'
        f'</w:date></w:sdtPr><w:sdtContent><w:r><w:t>{value}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_check(par, on, n):
    glyph = "☒" if on else "☐"
    par._p.append(parse_xml(
        f'<w:sdt {W} {W14}><w:sdtPr><w:id w:val="{3000 + n}"/><w14:checkbox><w14:checked w14:val="{int(on)}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
        f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
        f'w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'))


def protect(doc):
    """Restrict editing to filling in forms, as the directorate's protected template does."""
    doc.settings.element.append(parse_xml(
        f'<w:documentProtection {W} w:edit="forms" w:enforcement="1"/>'))


# ---------------------------------------------------------------- f02: protected form, content controls
def f02(out: Path):
    o = org("97463250")
    doc = Document()
    protect(doc)
    doc.add_heading("Søknadsskjema 2020", level=1)
    doc.add_paragraph("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63). "
                      "Fyll ut alle feltene. Skjemaet er låst for redigering utenom feltene.")
    rows = [("Nav-kontor", "Nav Asker"), ("Kommune", "Asker"), ("Organisasjonsnummer", o),
            ("Samarbeidskommuner (ved interkommunalt prosjekt)", None),
            ("Kontaktperson", "Nina Solberg"), ("E-post", "nina.solberg@asker.kommune.no"),
            ("Telefon", "66 90 21 45"), ("Prosjektets navn", "Nøkkelen til jobb"),
            ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
            ("Tidligere tilskudd (år og beløp)", None),
            ("Stillingstittel og stillingsprosent", "Arbeidsinkluderingskoordinator, 100 %")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        r = t.add_row().cells
        r[0].text = k
        sdt_text(r[1].paragraphs[0], v, f"felt{i}", i)
    r = t.add_row().cells
    r[0].text = "Planlagt oppstart"
    sdt_date(r[1].paragraphs[0], "01.03.2020", "2020-03-01", 1)
    doc.add_heading("Prioriterte områder", level=2)
    for i, (lab, on) in enumerate((("Bruk av ordinært arbeidsliv", True),
                                   ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                                   ("Sikring av sårbare overganger", False))):
        p = doc.add_paragraph()
        sdt_check(p, on, i)
        p.add_run(" " + lab)
    doc.add_heading("Budsjett", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate((("Lønn og sosiale kostnader", "610 000"), ("Kompetansemidler", "10 000"),
                                ("Andre kostnader (spesifiser)", None), ("Sum omsøkt", "620 000"))):
        r = t.add_row().cells
        r[0].text = k
        sdt_text(r[1].paragraphs[0], v, f"bud{i}", 50 + i)
    doc.add_heading("Nettverk og evaluering", level=2)
    for i, (lab, ja) in enumerate((("Ønsker å delta i nettverk/klyngesamarbeid", True),
                                   ("Ønsker ekstern prosessevaluering", False))):
        p = doc.add_paragraph(lab + ":  ")
        sdt_check(p, ja, 10 + 2 * i)
        p.add_run(" Ja   ")
        sdt_check(p, not ja, 11 + 2 * i)
        p.add_run(" Nei")
    doc.add_heading("Kommentarer", level=2)
    sdt_text(doc.add_paragraph(), None, "kommentar", 90)
    doc.add_heading("Underskrift", level=2)
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r, vals in zip(t.rows, (("Navn", "Rolle", "Dato"), ("Line Brekke", "Nav-leder", "24.01.2020"),
                                ("Per Ivar Moen", "Kommunedirektør", "27.01.2020"))):
        for c, v in zip(r.cells, vals):
            c.text = v
    doc.save(out)
    return truth("f02", "docx", "docx-protected-controls", lang="nb", scheme=S20,
                 office=("Nav Asker", "Asker", o),
                 contact=("Nina Solberg", "nina.solberg@asker.kommune.no", "66902145"),
                 project=("Nøkkelen til jobb", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Line Brekke", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Per Ivar Moen", "Kommunedirektør", "2020-01-27",
                        "electronic_approval")],
                 notes=["protected form (documentProtection edit=forms) with content controls; unanswered "
                        "optional controls still show Word's placeholder 'Klikk eller trykk her for å skrive "
                        "inn tekst.' (co-municipalities, earlier grants, other costs, comments): none is a value; "
                        "'Andre kostnader' placeholder must not become amounts.other nor NON_POSITION_COSTS"])


# ---------------------------------------------------------------- form table helper
def table_form(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
        r[0].paragraphs[0].runs[0].bold = True
    return t


def ink_block(doc, lines, seed):
    doc.add_picture(ink_png(seed), width=Cm(5))
    for s in lines:
        doc.add_paragraph(s).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()


# ---------------------------------------------------------------- f06: priority areas by number
def f06(out: Path):
    o = org("97441800")
    doc = Document()
    doc.add_heading("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    table_form(doc, [("Søker", "Nav Stjørdal"), ("Kommune", "Stjørdal"), ("Org.nr", o),
                     ("Kontaktperson", "Anders Berg"), ("E-post / telefon", "anders.berg@nav.no / 917 77 204"),
                     ("Prosjekt", "Jobb først Stjørdal"), ("Nytt/videreføring", "Nytt"),
                     ("Oppstart", "1.4.2020"), ("Stillingsandel", "100 %"),
                     ("Prioritert område (nummer i kunngjøringen)", "1 og 3"),
                     ("Nettverk/klynge", "Ja"), ("Ekstern prosessevaluering", "Ja")])
    doc.add_paragraph()
    doc.add_paragraph("Kort beskrivelse: Jobbspesialisten skal hjelpe personer som avslutter "
                      "kvalifiseringsprogrammet over i lønnet arbeid hos private arbeidsgivere.")
    doc.add_heading("Budsjett", level=2)
    table_form(doc, [("Lønn og sosiale utgifter", "kr 590 000"), ("Kompetanse", "kr 10 000"),
                     ("Totalt", "kr 600 000")])
    doc.add_heading("Underskrifter", level=2)
    ink_block(doc, ["Heidi Tronstad", "Nav-leder", "Dato: 29.01.2020"], 61)
    ink_block(doc, ["Bjørn Ove Hammer", "Kommunedirektør", "Dato: 30.01.2020"], 62)
    doc.save(out)
    return truth("f06", "docx", "prio-by-number", lang="nb", scheme=S20,
                 office=("Nav Stjørdal", "Stjørdal", o),
                 contact=("Anders Berg", "anders.berg@nav.no", "91777204"),
                 project=("Jobb først Stjørdal", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Heidi Tronstad", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Bjørn Ove Hammer", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["priority areas given only as numbers '1 og 3' referring to the announcement's order "
                        "(1 ordinært arbeidsliv, 2 barnefamilier/ungdom/innvandrere, 3 sårbare overganger); "
                        "a clerk reads them with the announcement at hand. The description mentions private "
                        "employers (area 1) only in passing. If the tool cannot map the numbers it should at "
                        "least not raise PRIORITY_AREA_MISSING — my call: the truth lists both areas"])


# ---------------------------------------------------------------- f08: 2019, Nynorsk, Nav leader signs for the municipality by delegation
def f08(out: Path):
    o = org("97443001")
    doc = Document()
    doc.add_paragraph("Fylkesmannen i Vestland")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2019", level=1)
    doc.add_paragraph("Søknadsfrist: 1. februar 2019")
    table_form(doc, [("Søkjar (Nav-kontor)", "Nav Sogndal"), ("Kommune", "Sogndal"),
                     ("Organisasjonsnummer", o), ("Kontaktperson", "Torunn Hegg"),
                     ("E-post", "torunn.hegg@nav.no"), ("Telefon", "57 62 88 10"),
                     ("Namn på prosjektet", "Vegen vidare"), ("Nytt prosjekt eller vidareføring", "Nytt"),
                     ("Oppstart", "01.04.2019"),
                     ("Stillingar", "Ei stilling som jobbkonsulent (100 %) og ei halv stilling som "
                                    "familiekoordinator (50 %)"),
                     ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")])
    doc.add_heading("Prioriterte område", level=2)
    for lab, on in (("Bruk av ordinært arbeidsliv", True),
                    ("Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                    ("Sikring av sårbare overgangar", False)):
        doc.add_paragraph(("☒ " if on else "☐ ") + lab)
    doc.add_heading("Budsjett", level=2)
    table_form(doc, [("Jobbkonsulent 100 %, løn og sosiale kostnader", "kr 600 000"),
                     ("Familiekoordinator 50 %, løn og sosiale kostnader", "kr 300 000"),
                     ("Kompetansemidlar", "kr 10 000"), ("Sum søkt", "kr 910 000")])
    doc.add_heading("Underskrift", level=2)
    ink_block(doc, ["Liv Hjelmeland", "Nav-leiar", "Dato: 28.01.2019"], 81)
    doc.add_paragraph("For kommunedirektøren (etter delegert mynde, jf. delegeringsreglementet "
                      "for Sogndal kommune pkt. 4.2):")
    ink_block(doc, ["Liv Hjelmeland", "Nav-leiar", "Dato: 28.01.2019"], 81)
    doc.save(out)
    return truth("f08", "docx", "scheme-2019-delegation", lang="nn", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Sogndal", "Sogndal", o),
                 contact=("Torunn Hegg", "torunn.hegg@nav.no", "57628810"),
                 project=("Vegen vidare", "new", "2019-04-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Liv Hjelmeland", "Nav-leiar", "2019-01-28", "handwritten"),
                       ("municipality", "Liv Hjelmeland", "Nav-leiar", "2019-01-28", "handwritten")],
                 notes=["2019 announcement (Fylkesmannen i Vestland, deadline 1 Feb 2019; signed 28.01.2019)",
                        "OPEN CASE, my call: the Nav leader signs the municipality's block too, 'for "
                        "kommunedirektøren etter delegert mynde' — two signatures (nav_leader and municipality) "
                        "by the same person, no SIGNATURE_MUNICIPALITY_MISSING; the delegation is stated in the "
                        "document, and whether it is enough is the county's judgement, not a missing signature",
                        "positions 600 000 + 300 000 = 900 000 for 150 % (cap 915 000 if the 2020 cap applies)"])


# ---------------------------------------------------------------- f11: defect, contact unreachable
def f11(out: Path):
    o = org("97458402")
    doc = Document()
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    table_form(doc, [("Nav-kontor", "Nav Alta"), ("Kommune", "Alta"), ("Organisasjonsnummer", o),
                     ("Kontaktperson", "Siri Eira, prosjektkoordinator"),
                     ("Prosjektets navn", "Ung i Alta"), ("Nytt/videreføring", "Nytt"),
                     ("Oppstart", "01.02.2020"), ("Stillingsandel", "100 %")])
    doc.add_heading("Prioriterte områder", level=2)
    for lab, on in (("Bruk av ordinært arbeidsliv", False),
                    ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                    ("Sikring av sårbare overganger", False)):
        doc.add_paragraph(("☒ " if on else "☐ ") + lab)
    doc.add_paragraph("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei")
    doc.add_paragraph("Ekstern prosessevaluering: ☒ Ja ☐ Nei")
    doc.add_heading("Budsjett", level=2)
    table_form(doc, [("Lønn og sosiale kostnader", "kr 600 000"), ("Kompetansemidler", "kr 10 000"),
                     ("Sum", "kr 610 000")])
    doc.add_heading("Underskrifter", level=2)
    ink_block(doc, ["Rune Henriksen", "Nav-leder", "Dato: 27.01.2020"], 111)
    ink_block(doc, ["Britt Mathisen", "Rådmann", "Dato: 28.01.2020"], 112)
    doc.save(out)
    return truth("f11", "docx", "defect", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Siri Eira", None, None),
                 project=("Ung i Alta", "new", "2020-02-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Rune Henriksen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Britt Mathisen", "Rådmann", "2020-01-28", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["planted: contact person named, but no e-mail and no phone anywhere in the document"])


# ---------------------------------------------------------------- f13: application to a different grant (IMDi)
def f13(out: Path):
    o = org("97449601")
    doc = Document()
    doc.add_paragraph("Integrerings- og mangfoldsdirektoratet (IMDi)")
    doc.add_heading("Søknad om tilskudd – kommunale utviklingsmidler på integreringsfeltet 2020", level=1)
    doc.add_paragraph("Tilskuddsordning: Kommunale utviklingsmidler (kap. 496 post 62). Søknadsfrist 1. mars 2020.")
    table_form(doc, [("Søker", "Nav Sandnes / Sandnes kommune"), ("Org.nr", o),
                     ("Kontaktperson", "Mona Tjelta, mona.tjelta@sandnes.kommune.no, 51 33 50 00"),
                     ("Prosjekt", "Språk og arbeid"), ("Prosjektperiode", "01.06.2020 – 31.05.2021"),
                     ("Stilling", "Prosjektleder 100 %"),
                     ("Omsøkt beløp", "kr 700 000 (lønn 650 000, drift 50 000)")])
    doc.add_paragraph("Prosjektet skal prøve ut en kombinasjon av norskopplæring og arbeidspraksis for "
                      "deltakere i introduksjonsprogrammet, i samarbeid med Nav Sandnes.")
    doc.add_heading("Underskrift", level=2)
    ink_block(doc, ["Gunnar Eide", "Nav-leder", "Dato: 20.02.2020"], 131)
    ink_block(doc, ["Marit Sola", "Rådmann", "Dato: 21.02.2020"], 132)
    doc.save(out)
    t = near_miss("f13", "docx", "nb",
                  "application to another grant (IMDi's kommunale utviklingsmidler, kap. 496 post 62) "
                  "from a Nav office, with positions, amounts, ink and Nav-leder/Rådmann signatures")
    t["category"] = "not-application"
    t["tags"] = ["not-application"]
    return t
