"""python-docx documents of the third adversarial corpus (c02, c03, c04, c08, c09, c10, c13, c15)."""
from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from lib import ink_png, orgnr, soffice_pdf
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"
S19 = "nav-sosiale-tjenester-2019"
S18 = "nav-sosiale-tjenester-2018"
FIXED = dt.datetime(2020, 1, 1, 12, 0, 0)


def _doc(author="Nav"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def _save(d, out: Path):
    """Save with fixed zip entry dates, so a rebuild gives the same bytes."""
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2020, 1, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def _ink(paragraph, seed, width=Cm(4.5)):
    paragraph.add_run().add_picture(io.BytesIO(ink_png(seed)), width=width)


def c02(out: Path):
    """Nynorsk 2019: every label is a Heading 2 question, the answer a plain paragraph under it."""
    org = orgnr("97473540")
    d = _doc("NAV Førde")
    d.add_heading("Tilskot til utvikling av sosiale tenester i Nav 2019", 0)
    d.add_paragraph("Søknad til Fylkesmannen i Sogn og Fjordane. Søknadsfrist 1. februar 2019.")
    qa = [("Kva Nav-kontor søkjer?", "NAV Førde"), ("Kommune", "Førde kommune"), ("Organisasjonsnummer", org),
          ("Kven er kontaktperson?", "Eirik Solheim, eirik.solheim@nav.no, telefon 57 72 10 00"),
          ("Kva heiter tiltaket?", "Vegen vidare"),
          ("Er dette eit nytt tiltak eller ei vidareføring?", "Vidareføring – andre året"),
          ("Når startar tiltaket?", "01.01.19"),
          ("Kor stor stillingsprosent vert det søkt om?", "80 %"),
          ("Kva er målgruppa, og kva utfordring skal tiltaket løyse?",
           "Tiltaket rettar seg mot ungdom mellom 16 og 24 år som har falle ut av vidaregåande skule. Ein "
           "rettleiar skal sikre overgangen frå skule til arbeid eller vidare utdanning, slik at ingen vert "
           "verande utan oppfølging i denne sårbare overgangen.")]
    for q, a in qa:
        d.add_heading(q, 2)
        d.add_paragraph(a)
    d.add_heading("Budsjett", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Light List"
    for i, (a, b) in enumerate((("Post", "Kroner"), ("Løn og sosiale kostnader (80 %)", "470 000"),
                                ("Kompetanse", "10 000"), ("Sum søknadssum", "480 000"))):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.add_heading("Godkjenning", 2)
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    d.add_paragraph("Godkjent av: Marit Hovland, Nav-leiar, 25.01.2019")
    d.add_paragraph("Godkjent av: Svein Are Øvrebø, rådmann, 28.01.2019")
    _save(d, out)
    return truth("c02", "docx", "docx-odd-layout", lang="nn", scheme=S19, office=("Nav Førde", "Førde", org),
                 contact=("Eirik Solheim", "eirik.solheim@nav.no", "57721000"),
                 project=("Vegen vidare", "continuation", "2019-01-01"), pct=80,
                 amounts={"positions": 470000, "competence": 10000, "other": None, "total": 480000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 sigs=[("nav_leader", "Marit Hovland", "Nav-leiar", "2019-01-25", "electronic_approval"),
                       ("municipality", "Svein Are Øvrebø", "Rådmann", "2019-01-28", "electronic_approval")],
                 notes=["labels are Heading 2 questions ('Kva heiter tiltaket?'), answers the paragraph below",
                        "'01.01.19' two-digit year; Nynorsk e-approval"])


def c03(out: Path):
    """2020 form in one table: section rows merged across 4 columns, label|answer|label|answer, ink images."""
    org = orgnr("97420960")
    d = _doc("NAV Lillehammer-Gausdal")
    p = d.add_paragraph()
    r = p.add_run("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    r.bold, r.font.size = True, Pt(14)
    t = d.add_table(rows=15, cols=4)
    t.style = "Table Grid"

    def section(row, text):
        c = t.cell(row, 0).merge(t.cell(row, 3))
        c.text = text
        c.paragraphs[0].runs[0].bold = True

    def pair(row, a, b, c_=None, d_=None):
        t.cell(row, 0).text, t.cell(row, 1).text = a, b
        if c_ is None:
            t.cell(row, 1).merge(t.cell(row, 3))
        else:
            t.cell(row, 2).text, t.cell(row, 3).text = c_, d_

    section(0, "1  Søker")
    pair(1, "Nav-kontor", "NAV Lillehammer-Gausdal", "Org.nr.", org)
    pair(2, "Vertskommune", "Lillehammer")
    pair(3, "Kontaktperson", "Hanne Moen", "Telefon", "61 28 90 00")
    pair(4, "E-post", "hanne.moen@nav.no")
    section(5, "2  Tiltaket")
    pair(6, "Tiltakets navn", "Familieløftet", "Nytt/videreført", "Nytt tiltak")
    pair(7, "Oppstart", "august 2020")
    pair(8, "Stillinger", "Familiekoordinator 100 %\nJobbspesialist 50 %", "Sum stillingsandel", "150 %")
    section(9, "3  Budsjett")
    pair(10, "Lønn og sosiale utgifter", "880 000 (580 000 + 300 000)", "Kompetanse", "10 000")
    pair(11, "Sum omsøkt", "890 000")
    section(12, "4  Prioriterte områder og interesse")
    pair(13, "Prioriterte områder",
         "☒ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamilier, ungdom og innvandrere\n"
         "☐ Sikring av sårbare overganger")
    pair(14, "Interesse", "Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei\nEkstern prosessevaluering: ☒ Ja ☐ Nei")
    d.add_paragraph()
    d.add_paragraph("Tiltaket skal gi barnefamilier med lav inntekt en fast koordinator, og foreldrene tilbud om "
                    "jobbspesialist mot ordinært arbeid.")
    d.add_paragraph()
    s = d.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text, s.cell(0, 1).text = "For Nav-kontoret", "For kommunen"
    _ink(s.cell(1, 0).paragraphs[0], 81)
    _ink(s.cell(1, 1).paragraphs[0], 82)
    s.cell(2, 0).text = "Trond Aasen, Nav-leder\nLillehammer 27.01.2020"
    s.cell(2, 1).text = "Liv Ellingsen, kommunalsjef helse og velferd\nLillehammer 29.01.2020"
    _save(d, out)
    return truth("c03", "docx", "docx-odd-layout", lang="nb", scheme=S20,
                 office=("Nav Lillehammer-Gausdal", "Lillehammer", org),
                 contact=("Hanne Moen", "hanne.moen@nav.no", "61289000"),
                 project=("Familieløftet", "new", "2020-08-01"), pct=150,
                 amounts={"positions": 880000, "competence": 10000, "other": None, "total": 890000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Trond Aasen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Liv Ellingsen", "Kommunalsjef helse og velferd", "2020-01-29",
                        "handwritten")],
                 notes=["one 4-column table: merged section rows, two label/answer pairs a row, answers merged across",
                        "'august 2020' month-only start; two position lines in one cell; ink PNGs in a signature table"])


def c04(out: Path):
    """2018, Word → LibreOffice PDF: bold label paragraph, answer on the next line; 'halv stilling', 'kr ...,-'."""
    org = orgnr("94094440")
    d = _doc("NAV Alta")
    h = d.add_paragraph()
    r = h.add_run("NAV Alta\nSøknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2018")
    r.bold, r.font.size = True, Pt(13)
    d.add_paragraph("Til Fylkesmannen i Finnmark").italic = True
    for lab, val in (("Søker (NAV-kontor)", "NAV Alta"), ("Kommune og organisasjonsnummer", f"Alta kommune – {org}"),
                     ("Kontaktperson", "Bjørn Isaksen"), ("Kontaktinformasjon", "bjorn.isaksen@nav.no – 78 45 60 00"),
                     ("Tiltakets navn", "Arbeid først"), ("Søknaden gjelder", "Nytt tiltak"),
                     ("Oppstartsdato", "01.04.2018"), ("Stillingsstørrelse", "halv stilling (50 %)"),
                     ("Omsøkt beløp til lønn og sosiale utgifter", "kr 310 000,-"),
                     ("Samlet søknadsbeløp", "kr 310 000,-")):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(lab).bold = True
        q = d.add_paragraph(val)
        q.paragraph_format.left_indent = Cm(0.6)
    p = d.add_paragraph()
    p.add_run("Bakgrunn og prioriterte områder").bold = True
    d.add_paragraph("Fylkesmannens tilsyn med kommunens sosiale tjenester i 2017 avdekket at brukere med lang "
                    "stønadstid ikke fikk tilbud om kvalifisering. Tiltaket svarer på tilsynet og skal gi disse "
                    "brukerne arbeidspraksis hos ordinære arbeidsgivere i Alta.")
    p = d.add_paragraph()
    p.add_run("Godkjenning").bold = True
    d.add_paragraph("Dokumentet er elektronisk godkjent.")
    d.add_paragraph("Godkjent av: Linda Eriksen, NAV-leder, 24.01.2018")
    d.add_paragraph("Godkjent av: Roald Jensen, rådmann, 26.01.2018")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "c04.docx"
        _save(d, src)
        soffice_pdf(src, out)
    return truth("c04", "pdf", "pdf-from-office", lang="nb", scheme=S18, office=("Nav Alta", "Alta", org),
                 contact=("Bjørn Isaksen", "bjorn.isaksen@nav.no", "78456000"),
                 project=("Arbeid først", "new", "2018-04-01"), pct=50,
                 amounts={"positions": 310000, "competence": None, "other": None, "total": 310000},
                 prio=["ordinaert-arbeidsliv", "tilsyn"],
                 sigs=[("nav_leader", "Linda Eriksen", "NAV-leder", "2018-01-24", "electronic_approval"),
                       ("municipality", "Roald Jensen", "Rådmann", "2018-01-26", "electronic_approval")],
                 notes=["bold label line, answer indented on the line under; municipality and org.nr. in one answer",
                        "'halv stilling (50 %)', 'kr 310 000,-'; priority areas argued in prose"])


def c08(out: Path):
    """2020, 'Stillingsandel: 50 %' but 340 000 applied for (cap 305 000): AMOUNT_OVER_CAP; typed names."""
    org = orgnr("97413220")
    d = _doc("NAV Elverum")
    d.add_heading("Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Nav-kontor", "NAV Elverum"), ("Kommune", "Elverum"), ("Org.nr", org),
                 ("Kontaktperson (navn, e-post, telefon)", "Sigrun Bakke\nsigrun.bakke@nav.no\n62 43 30 00"),
                 ("Prosjekttittel", "«Bolig og arbeid»"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
                 ("Oppstart", "1. mai 2020"), ("Stillingsandel", "50 %"),
                 ("Søknadssum lønn og sosiale utgifter", "340.000"), ("Sum omsøkt", "340.000"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")):
        row = t.add_row().cells
        row[0].text, row[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Prosjektet skal sikre overgangen fra institusjon og fengsel til egen bolig, med tett "
                    "oppfølging de første månedene.")
    d.add_paragraph()
    d.add_paragraph("Elverum, 27. januar 2020")
    d.add_paragraph()
    d.add_paragraph("Gunnar Berg\nNav-leder")
    d.add_paragraph()
    d.add_paragraph("Ellen Storhaug\nRådmann")
    _save(d, out)
    return truth("c08", "docx", "defect", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", org),
                 contact=("Sigrun Bakke", "sigrun.bakke@nav.no", "62433000"),
                 project=("Bolig og arbeid", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 340000, "competence": None, "other": None, "total": 340000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnar Berg", "Nav-leder", "2020-01-27", "typed"),
                       ("municipality", "Ellen Storhaug", "Rådmann", "2020-01-27", "typed")],
                 expected=["AMOUNT_OVER_CAP", "SIGNATURE_UNVERIFIED"],
                 notes=["50 % at 340.000 > 305 000 cap; dot thousands; title in guillemets; typed names over titles",
                        "one date line above both typed names"])


def c09(out: Path):
    """Nynorsk 2020, Word → PDF: two position lines and a stated sum that is 10 000 too high."""
    org = orgnr("97458330")
    d = _doc("NAV Sogndal")
    d.add_heading("Søknad om tilskot – sosiale tenester i Nav 2020", 1)
    d.add_paragraph("Tilskot til utvikling av sosiale tenester i Nav-kontoret, søknadsfrist 1. februar 2020")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Søkjar", "NAV Sogndal"), ("Kommune", "Sogndal kommune"), ("Org.nr.", org),
                 ("Kontaktperson", "Åshild Nes"), ("E-post", "ashild.nes@nav.no"), ("Telefon", "57 62 96 00"),
                 ("Prosjektnamn", "Heim og arbeid"), ("Nytt eller vidareført", "Nytt"),
                 ("Oppstart", "1. februar 2020"), ("Stillingsandel i alt", "150 %")):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Budsjett").runs[0].bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for a, v in (("Bustadrettleiar, 100 % stilling", "590 000"), ("Jobbspesialist, 50 % stilling", "295 000"),
                 ("Kompetanse", "10 000"), ("Sum det vert søkt om", "905 000")):
        r = b.add_row().cells
        r[0].text, r[1].text = a, v
        r[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    d.add_paragraph("Tiltaket rettar seg mot barnefamiliar som manglar stabil bustad. Foreldra får hjelp til "
                    "bustad og til å kome i løna arbeid hos lokale arbeidsgivarar.")
    d.add_paragraph("Vi ønskjer å vere med i nettverk/klyngesamarbeid: Ja")
    d.add_paragraph("Vi ønskjer ekstern prosessevaluering: Ja")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur.")
    d.add_paragraph("Godkjent av: Tone Fimreite, Nav-leiar, 22.01.2020")
    d.add_paragraph("Godkjent av: Lars Kvåle, kommunedirektør, 23.01.2020")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "c09.docx"
        _save(d, src)
        soffice_pdf(src, out)
    return truth("c09", "pdf", "defect", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", org),
                 contact=("Åshild Nes", "ashild.nes@nav.no", "57629600"),
                 project=("Heim og arbeid", "new", "2020-02-01"), pct=150,
                 amounts={"positions": 885000, "competence": 10000, "other": None, "total": 905000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Tone Fimreite", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Lars Kvåle", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["590 000 + 295 000 + 10 000 = 895 000, stated 905 000; no positions subtotal line"])


def c10(out: Path):
    """Nynorsk 2020 docx: the project-name cell is empty (TITLE_MISSING); ink pictures."""
    org = orgnr("97426330")
    d = _doc("NAV Ørsta")
    d.add_heading("Tilskot til utvikling av sosiale tenester i Nav 2020 – søknadsskjema", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Namn på Nav-kontoret", "NAV Ørsta"), ("Kommune", "Ørsta"), ("Organisasjonsnummer", org),
                 ("Kontaktperson", "Jorunn Vik"), ("E-postadresse", "jorunn.vik@nav.no"),
                 ("Telefonnummer", "70 04 99 00"), ("Namn på prosjektet", ""), ("Nytt / vidareføring", "Nytt"),
                 ("Oppstart", "01.03.2020"), ("Stillingsdel", "ei stilling"),
                 ("Løn og sosiale kostnader", "600 000 kr"), ("Kompetanse", "10 000 kr"),
                 ("Samla søknadssum", "610 000 kr"),
                 ("Prioritert område", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                 ("Interessert i nettverk/klyngesamarbeid?", "Nei"),
                 ("Interessert i ekstern prosessevaluering?", "Nei")):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Prosjektet skal gje nykomne flyktningar med barn tett oppfølging det første året etter "
                    "busetjing.")
    d.add_paragraph("Underskrifter").runs[0].bold = True
    s = d.add_table(rows=2, cols=2)
    _ink(s.cell(0, 0).paragraphs[0], 101)
    _ink(s.cell(0, 1).paragraphs[0], 102)
    s.cell(1, 0).text = "Nav-leiar Oddbjørn Rise, 24.01.2020"
    s.cell(1, 1).text = "Kommunedirektør Synnøve Aarflot, 27.01.2020"
    _save(d, out)
    return truth("c10", "docx", "defect", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", org),
                 contact=("Jorunn Vik", "jorunn.vik@nav.no", "70049900"),
                 project=(None, "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Oddbjørn Rise", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Synnøve Aarflot", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["TITLE_MISSING"],
                 notes=["project-name cell left empty; 'ei stilling' = 100; ink PNGs with 'title name, date' below"])


def c13(out: Path):
    """The county's invitation to an information meeting about the grant (Nynorsk): not an application."""
    d = _doc("Statsforvaltaren i Vestland")
    d.add_paragraph("Statsforvaltaren i Vestland").runs[0].bold = True
    d.add_paragraph("Til Nav-kontora i Vestland\nVår dato: 06.01.2020   Vår ref.: 2020/1044")
    d.add_heading("Invitasjon til informasjonsmøte om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    d.add_paragraph("Arbeids- og velferdsdirektoratet har lyst ut tilskot til utvikling av sosiale tenester i "
                    "Nav-kontoret for 2020. Det kan gjevast inntil 610 000 kroner per 100 % stilling og inntil "
                    "10 000 kroner til kompetanse. Søknadsfristen er 1. februar 2020.")
    d.add_paragraph("Vi inviterer leiarar og rettleiarar til informasjonsmøte på Teams 14. januar 2020 kl. 10–12. "
                    "Vi går gjennom søknadsskjemaet, dei prioriterte områda (ordinært arbeidsliv, oppfølging av "
                    "barnefamiliar, ungdom og innvandrarar, og sårbare overgangar) og korleis søknaden skal "
                    "signerast av Nav-leiar og kommuneleiinga.")
    d.add_paragraph("Påmelding innan 10. januar til seniorrådgjevar Astrid Hope, astrid.hope@statsforvalteren.no, "
                    "tlf. 55 57 20 00.")
    d.add_paragraph("Med helsing")
    d.add_paragraph("Astrid Hope\nseniorrådgjevar")
    d.add_paragraph("Dokumentet er elektronisk godkjent.")
    _save(d, out)
    return truth("c13", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["county invitation letter repeating caps, deadline, priority areas"])


def c15(out: Path):
    """Nynorsk free letter, Word → PDF: 'to stillingar', 'tusen', 'mars 2020', «title», ink images."""
    org = orgnr("97419640")
    d = _doc("NAV Stord")
    d.add_paragraph("NAV Stord\nBorggata 12, 5411 Stord\nOrg.nr. " + org)
    d.add_paragraph("Statsforvaltaren i Vestland\nNjøsavegen 2, 6863 Leikanger")
    d.add_paragraph("Stord, 21. januar 2020").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    d.add_paragraph("NAV Stord søkjer med dette om tilskot til det nye prosjektet «Heile familien». Prosjektet "
                    "skal gje barnefamiliar med langvarig behov for økonomisk sosialhjelp ei samordna oppfølging, "
                    "der både foreldra og barna vert sett. Vi tek sikte på oppstart i mars 2020.")
    d.add_paragraph("Vi søkjer om midlar til to stillingar, kvar på 100 %: ein familiekoordinator og ein "
                    "jobbspesialist. Løn og sosiale kostnader utgjer 1 200 tusen kroner (600 tusen per stilling). "
                    "I tillegg søkjer vi om 10 000 kroner til kompetanse, slik at samla søknadssum vert "
                    "1 210 000 kroner.")
    d.add_paragraph("Vi er interesserte i å delta i nettverk og klyngesamarbeid med andre kontor. Vi ønskjer "
                    "ikkje ekstern prosessevaluering av prosjektet.")
    d.add_paragraph("Kontaktperson for søknaden er rådgjevar Helge Sæverud, helge.saeverud@nav.no, 53 45 80 00.")
    d.add_paragraph("Med venleg helsing")
    s = d.add_table(rows=2, cols=2)
    _ink(s.cell(0, 0).paragraphs[0], 151)
    _ink(s.cell(0, 1).paragraphs[0], 152)
    s.cell(1, 0).text = "Kristin Sandvik\nNav-leiar"
    s.cell(1, 1).text = "Per Ivar Haugland\nrådmann"
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "c15.docx"
        _save(d, src)
        soffice_pdf(src, out)
    return truth("c15", "pdf", "letter", lang="nn", scheme=S20, office=("Nav Stord", "Stord", org),
                 contact=("Helge Sæverud", "helge.saeverud@nav.no", "53458000"),
                 project=("Heile familien", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Sandvik", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Per Ivar Haugland", "Rådmann", "2020-01-21", "handwritten")],
                 notes=["prose letter; '1 200 tusen kroner', '600 tusen'; 'mars 2020'; «title»; ink images over names",
                        "signature date is the letter's date (21. januar 2020)"])


def c17(out: Path):
    """2020 Word → PDF: label and answer in the same cell (bold line, answer below), '1,5 årsverk',
    competence 15 000 over the 10 000 cap (COMPETENCE_OVER_CAP)."""
    org = orgnr("97438150")
    d = _doc("NAV Hamar")
    d.add_heading("NAV Hamar – søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    cells = [("Søker", "NAV Hamar"), ("Kommune / org.nr.", f"Hamar kommune / {org}"),
             ("Kontaktperson", "Camilla Brenden"), ("E-post og telefon", "camilla.brenden@nav.no, 62 51 20 00"),
             ("Navnet på prosjektet", "Neste steg"), ("Nytt eller videreføring", "Videreføring, andre år"),
             ("Oppstart", "1. januar 2020"), ("Omfang", "1,5 årsverk"),
             ("Budsjett", "Lønn og sosiale utgifter: NOK 900 000\nKompetanse: NOK 15 000\nTotalt: NOK 915 000"),
             ("Interesse", "Nettverk/klyngesamarbeid: nei\nEkstern prosessevaluering: nei")]
    for i, (lab, val) in enumerate(cells):
        cell = t.cell(i // 2, i % 2)
        cell.paragraphs[0].add_run(lab).bold = True
        cell.add_paragraph(val)
    d.add_paragraph()
    d.add_paragraph("Prosjektet følger opp ungdom og unge voksne under 30 år etter endt kvalifiseringsprogram, "
                    "slik at de ikke faller tilbake til sosialhjelp.")
    d.add_paragraph("Hamar, 30. januar 2020")
    s = d.add_table(rows=3, cols=2)
    s.cell(0, 0).text, s.cell(0, 1).text = "Nav-leder", "Kommunedirektør"
    _ink(s.cell(1, 0).paragraphs[0], 171)
    _ink(s.cell(1, 1).paragraphs[0], 172)
    s.cell(2, 0).text, s.cell(2, 1).text = "Ragnar Tveiten", "Anne Kari Holm"
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "c17.docx"
        _save(d, src)
        soffice_pdf(src, out)
    return truth("c17", "pdf", "defect", lang="nb", scheme=S20, office=("Nav Hamar", "Hamar", org),
                 contact=("Camilla Brenden", "camilla.brenden@nav.no", "62512000"),
                 project=("Neste steg", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 15000, "other": None, "total": 915000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Ragnar Tveiten", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Anne Kari Holm", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["label and answer in the same cell (bold first line); budget lines in one cell with 'NOK'",
                        "'1,5 årsverk' = 150; 900 000 ≤ 915 000 cap; competence 15 000 > 10 000",
                        "titles above the ink, names below; one place/date line above both"])


def c18(out: Path):
    """An ODT request to change an approved project (endringssøknad): it has every field of an
    application (office, title, percent, amounts, two signatures) and is not one."""
    org = orgnr("97435880")
    d = _doc("NAV Tynset")
    d.add_heading("Søknad om endring i innvilget tiltak – tilskudd til utvikling av sosiale tjenester i "
                  "Nav-kontoret 2020", 1)
    d.add_paragraph("Til Statsforvalteren i Innlandet. Deres ref. 2020/4471, tilsagnsbrev datert 12.05.2020.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Tilskuddsmottaker", "NAV Tynset"), ("Org.nr.", org), ("Tiltak", "Ut i fjellregionen"),
                 ("Innvilget", "kr 610 000 til 100 % stilling"), ("Endringen gjelder", "Stillingsprosent og oppstart"),
                 ("Ny stillingsprosent", "80 %"), ("Ny oppstartsdato", "01.11.2020"),
                 ("Kontaktperson", "Marte Haugom, marte.haugom@nav.no, 62 48 00 00")):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Stillingen ble ikke besatt i august som planlagt. Vi ber derfor om å få endre tiltaket til "
                    "en 80 % stilling fra 1. november 2020, og om å få overføre ubrukte midler, kr 122 000, "
                    "til 2021. Innholdet i tiltaket er uendret.")
    d.add_paragraph("Tynset, 5. oktober 2020")
    d.add_paragraph("Kjell Ivar Moen, Nav-leder")
    d.add_paragraph("Sølvi Bakken, kommunedirektør")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "c18.docx"
        _save(d, src)
        soffice_pdf(src, out, "odt")
    return truth("c18", "odt", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False,
                 notes=["ODT change request to an approved project: granted amount, new percent, new start, two typed names"])
