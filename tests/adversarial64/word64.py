"""Word documents of corpus 64 (docx-form, docx-controls, docx-legacy-fields, docx-letter) and the Word
sources of its pdf-from-office documents: county forms that keep their guidance and worked examples
beside the office's answers. Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

from kit64 import S20, add_ink, new_doc, save_doc, truth

GREY = RGBColor(0x80, 0x80, 0x80)
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def hint(p, text: str, size: int = 8) -> None:
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(size)
    r.font.color.rgb = GREY


def label_cell(cell, label: str, hint_text: str | None = None) -> None:
    p = cell.paragraphs[0]
    p.add_run(label).bold = True
    if hint_text:
        hint(cell.add_paragraph(), hint_text)


def text_cell(cell, text: str) -> None:
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.add_run(line)


def borderless(table) -> None:
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def ink_table(doc, blocks) -> None:
    """Signature blocks side by side: (heading, hint, place/date line, ink seed or None, name line)."""
    t = doc.add_table(rows=1, cols=len(blocks))
    borderless(t)
    for cell, (head, hnt, place, seed, name) in zip(t.rows[0].cells, blocks):
        cell.paragraphs[0].add_run(head).bold = True
        if hnt:
            hint(cell.add_paragraph(), hnt)
        cell.add_paragraph(place)
        p = cell.add_paragraph()
        if seed:
            add_ink(p, seed, 4.2)
        cell.add_paragraph("_" * 30)
        cell.add_paragraph(name)


GUIDE_NB = ("Veiledning: Teksten i grått er hjelpetekst og eksempler. Skriv kontorets egne svar i høyre kolonne. "
            "Søknadsfrist 1. februar 2020. Tilskudd gis med inntil kr 610 000 per 100 % stilling (lønn og sosiale "
            "kostnader) og inntil kr 10 000 per prosjekt til prosjektspesifikk kompetanse. Tilskuddet kan kun gå til "
            "stillinger.")
EXCL_NB = ("Det gis ikke tilskudd til kommuner som har programmidler fra 0–24-samarbeidet og søker for samme målgruppe, "
           "til implementering av ferdige metoder, eller til søknader som kun beskriver kapasitetsøkning.")
AREAS_NB = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
            "Sikring av sårbare overganger (f.eks. løslatelse fra fengsel, mellom tjenester, utdanning og arbeid)"]


# ---------------------------------------------------------------- gd01 docx-form nb, hints under every label
def gd01(out: Path):
    doc = new_doc("Arial", 10, "Søknadsskjema 2020")
    doc.add_heading("Søknadsskjema 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", 1)
    hint(doc.add_paragraph(), GUIDE_NB, 9)
    rows = [("Søker (Nav-kontor)", "Eks. Nav Eksempelby", "Nav Elverum"),
            ("Kommune", "Eks. Eksempelby kommune", "Elverum kommune"),
            ("Organisasjonsnummer", "9 siffer, f.eks. 123 456 789", "974 516 322"),
            ("Kontaktperson (navn, e-post, telefon)", "Eks. Ola Nordmann, ola.nordmann@nav.no, 12 34 56 78",
             "Guro Sletten\nguro.sletten@nav.no\n62 43 18 00"),
            ("Prosjektets navn", "Eks. «Sammen om arbeid»", "Arbeidslinja Elverum"),
            ("Nytt prosjekt eller videreføring", "Sett kryss. Ved videreføring: oppgi år (inntil tre år)",
             "☒ Nytt prosjekt     ☐ Videreføring"),
            ("Planlagt oppstart", "dd.mm.åååå", "01.04.2020"),
            ("Stillingsprosent", "f.eks. 50 % stilling", "80 % stilling (prosjektkoordinator)"),
            ("Lønn og sosiale kostnader", "Eksempel: kr 400 000. Maks kr 610 000 per 100 % stilling", "kr 488 000"),
            ("Prosjektspesifikk kompetanse", "Maks kr 10 000 per prosjekt", "kr 10 000"),
            ("Sum omsøkt", "Eksempel: kr 410 000", "kr 498 000")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, hnt, ans in rows:
        c = t.add_row().cells
        label_cell(c[0], lab, hnt)
        text_cell(c[1], ans)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Prioriterte områder (kryss av for ett eller flere)").bold = True
    for mark, area in zip("☐☒☐", AREAS_NB):
        doc.add_paragraph(f"{mark} {area}")
    hint(doc.add_paragraph(), EXCL_NB)
    doc.add_paragraph().add_run("Kort beskrivelse av prosjektet").bold = True
    doc.add_paragraph("Koordinatoren skal følge opp familier med barn der foreldrene mottar sosialhjelp over tid, "
                      "og prøve ut en felles plan med skole, barnevern og helsestasjon.")
    doc.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?   ☒ Ja   ☐ Nei")
    doc.add_paragraph("Ønsker kontoret ekstern prosessevaluering?   ☐ Ja   ☒ Nei")
    doc.add_paragraph().add_run("Underskrifter").bold = True
    ink_table(doc, [("Nav-leder", "(eks. Ola Nordmann, Nav-leder)", "Sted og dato: Elverum, 29.01.2020", "gd01a",
                     "Navn og tittel: Per Ivar Moen, Nav-leder"),
                    ("Kommunens ledelse", "(eks. Kari Nordmann, kommunedirektør)", "Sted og dato: Elverum, 30.01.2020",
                     "gd01b", "Navn og tittel: Astrid Sæther, kommunalsjef helse og velferd")])
    doc.add_paragraph()
    doc.add_paragraph().add_run("Sjekkliste før innsending").bold = True
    for q in ["Har du husket signatur fra Nav-leder?", "Har du husket signatur fra kommunalsjef/kommunedirektør?",
              "Er beløpet innenfor maks kr 610 000 per 100 % stilling?"]:
        doc.add_paragraph(f"{q}   ☒ Ja   ☐ Nei")
    save_doc(doc, out)
    return truth("gd01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", "974516322"),
                 contact=("Guro Sletten", "guro.sletten@nav.no", "62431800"),
                 project=("Arbeidslinja Elverum", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Per Ivar Moen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Astrid Sæther", "Kommunalsjef helse og velferd", "2020-01-30", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000 (cap), competence exactly 10 000",
                        "traps: grey hints with example values under every label (Nav Eksempelby, 123 456 789, "
                        "Ola Nordmann, kr 400 000, 50 %), exclusions quoted, checklist Ja/Nei at the end"])


# ---------------------------------------------------------------- gd02 docx-form nn, example column, percent left empty
def gd02(out: Path):
    doc = new_doc("Calibri", 10, "Søknadsskjema")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    hint(doc.add_paragraph(), "Slik fyller du ut skjemaet: Eksempelkolonnen viser hvordan et utfylt svar kan se ut. "
         "Eksemplene er ikke svar. Skriv kontorets svar i kolonnen til høyre. Frist 1. februar 2020.", 9)
    rows = [("Nav-kontor", "Nav Eksempelby", "Nav Sunnfjord"), ("Kommune", "Eksempelby kommune", "Sunnfjord kommune"),
            ("Organisasjonsnummer", "123 456 789", "921 187 300"), ("Kontaktperson", "Ola Nordmann", "Ingvild Hauge"),
            ("E-post", "ola.nordmann@nav.no", "ingvild.hauge@nav.no"), ("Telefon", "12 34 56 78", "57 72 36 00"),
            ("Namn på prosjektet", "«Saman om arbeid»", "Ungdomsløftet Sunnfjord"),
            ("Nytt prosjekt / vidareføring", "Nytt prosjekt", "Nytt prosjekt"),
            ("Oppstart", "01.08.2020", "01.03.2020"), ("Stillingsprosent", "50 % stilling", ""),
            ("Løn og sosiale kostnader", "kr 305 000", "kr 550 000"), ("Prosjektspesifikk kompetanse", "kr 10 000", "kr 8 000"),
            ("Sum søkt", "kr 315 000", "kr 558 000"),
            ("Prioritert område", "Sikring av sårbare overganger", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
            ("Nettverk / klyngesamarbeid", "Ja", "Nei"), ("Ekstern prosessevaluering", "Nei", "Ja")]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Spørsmål", "Eksempel (rettleiing)", "Svar frå Nav-kontoret"]):
        c.paragraphs[0].add_run(h).bold = True
    for lab, ex, ans in rows:
        c = t.add_row().cells
        c[0].paragraphs[0].add_run(lab).bold = True
        hint(c[1].paragraphs[0], ex, 9)
        text_cell(c[2], ans)
    doc.add_paragraph()
    doc.add_paragraph("Prosjektet skal gje ungdom som har falle ut av vidaregåande skule ein fast kontaktperson og "
                      "tett oppfølging saman med familien og skulen.")
    ink_table(doc, [("Underskrift Nav-leiar", None, "Førde, 27.01.2020", "gd02a", "Lene Bakke, Nav-leiar"),
                    ("Underskrift kommunedirektør", None, "Førde, 28.01.2020", "gd02b",
                     "Terje Heggheim, kommunedirektør")])
    save_doc(doc, out)
    return truth("gd02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "921187300"),
                 contact=("Ingvild Hauge", "ingvild.hauge@nav.no", "57723600"),
                 project=("Ungdomsløftet Sunnfjord", "new", "2020-03-01"), pct=None,
                 amounts={"positions": 550000, "competence": 8000, "total": 558000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Lene Bakke", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["defect: the office's Stillingsprosent cell is empty; the example column beside it says "
                        "'50 % stilling' (Bokmål guidance, Nynorsk answers)"])


# ---------------------------------------------------------------- gd03 docx-form nb, scheme text per section, no municipal signature
def gd03(out: Path):
    doc = new_doc("Times New Roman", 11, "Søknad")
    doc.add_heading("Nav Halden – søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    secs = [
        ("1. Søker", "Kun Nav-kontor kan søke, og Nav-kontoret er eier av prosjektet.",
         ["Nav-kontor: Nav Halden", "Kommune: Halden", "Org.nr.: 993 805 211",
          "Kontaktperson: Mats Engebretsen, mats.engebretsen@nav.no, tlf. 69 17 44 20"]),
        ("2. Prosjektet", "Oppgi prosjektets navn, om det er nytt eller en videreføring, og når det starter "
         "(eks. «Sammen om arbeid», nytt, 01.08.2020).",
         ["Prosjektnavn: Tett på Halden", "Nytt prosjekt", "Oppstart: 1. mars 2020"]),
        ("3. Prioriterte områder", "Direktoratet prioriterer prosjekter innen: bruk av ordinært arbeidsliv; oppfølging "
         "av barnefamilier, ungdom og innvandrere; sikring av sårbare overganger. Beskriv hvilket område prosjektet "
         "svarer på.",
         ["Svar: Prosjektet skal sikre sårbare overganger, særlig for personer som løslates fra Halden fengsel og "
          "skal tilbake til bolig, arbeid eller utdanning."]),
        ("4. Stillinger og budsjett", "Tilskuddet kan kun gå til stillinger. Inntil kr 610 000 per 100 % stilling og "
         "inntil kr 10 000 til kompetanse. Eksempel: 50 % stilling = inntil kr 305 000.",
         ["Svar: 100 % stilling som los. Lønn og sosiale kostnader kr 600 000, kompetanse kr 10 000, "
          "sum omsøkt kr 610 000."]),
        ("5. Hva tilskuddet ikke dekker", EXCL_NB, ["Svar: Halden er ikke med i 0–24-samarbeidet."]),
        ("6. Nettverk og evaluering", "Ønsker kontoret nettverk/klyngesamarbeid og ekstern prosessevaluering?",
         ["Nettverk/klyngesamarbeid: Ja", "Ekstern prosessevaluering: Ja"]),
    ]
    for head, guide, answers in secs:
        doc.add_heading(head, 2)
        hint(doc.add_paragraph(), guide, 9)
        for a in answers:
            doc.add_paragraph(a)
    doc.add_heading("7. Signatur", 2)
    ink_table(doc, [("Signatur Nav-leder", "(eks. Ola Nordmann, Nav-leder)", "Halden, 24.01.2020", "gd03a",
                     "Hanne Strand, leder Nav Halden"),
                    ("Signatur kommunalsjef", "(eks. Kari Nordmann, kommunalsjef)", "Sted/dato: ________________", None,
                     "Navn: ______________________")])
    doc.add_paragraph()
    hint(doc.add_paragraph(), "Sjekkliste", 10)
    doc.add_paragraph("Har du husket signatur fra kommunalsjef?   ☐ Ja   ☐ Nei")
    doc.add_paragraph("Har du lagt ved budsjett?   ☒ Ja   ☐ Nei")
    save_doc(doc, out)
    return truth("gd03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Halden", "Halden", "993805211"),
                 contact=("Mats Engebretsen", "mats.engebretsen@nav.no", "69174420"),
                 project=("Tett på Halden", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Strand", "Leder Nav Halden", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the block under 'Signatur kommunalsjef (eks. Kari Nordmann, kommunalsjef)' is empty; "
                        "the checklist question about it is unticked",
                        "trap: the exclusions (0-24, ferdige metoder, kapasitetsøkning) are quoted guidance"])


# ---------------------------------------------------------------- content controls
def sdt_text(alias: str, value: str | None, placeholder: str = "Klikk eller trykk her for å skrive inn tekst.") -> str:
    """A plain-text control; ``value`` None leaves Word's grey placeholder showing."""
    if value is None:
        return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:showingPlcHdr/>'
                f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/>'
                f'</w:rPr><w:t xml:space="preserve">{placeholder}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(alias: str, iso: str | None, shown: str = "dd.mm.åååå") -> str:
    if iso is None:
        return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:showingPlcHdr/><w:date>'
                f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr><w:sdtContent><w:r><w:rPr>'
                f'<w:color w:val="808080"/></w:rPr><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_box(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def put(p, *parts) -> None:
    for x in parts:
        if x.startswith("<w:sdt"):
            p._p.append(parse_xml(x))
        else:
            p.add_run(x)


def control_form(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, hnt, *parts in rows:
        c = t.add_row().cells
        label_cell(c[0], lab, hnt)
        put(c[1].paragraphs[0], *parts)
    return t
