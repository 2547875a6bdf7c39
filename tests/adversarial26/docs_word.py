"""Word documents of adversarial26 (z01–z07) and the Word sources of the LibreOffice PDFs (z12, z13).
Each builder writes its document and returns its hand-written truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import lib26 as L
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"


def _base(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def _ink_cell(cell, seed, width=Cm(4.5)):
    with tempfile.TemporaryDirectory() as td:
        p = L.ink_file(seed, Path(td))
        cell.paragraphs[0].add_run().add_picture(str(p), width=width)


def _guidance(par, text):
    r = par.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    r.font.size = Pt(9)


# ------------------------------------------------------------------ z01 docx-form nb, Nav Elverum
def z01(out: Path):
    d = _base()
    d.add_paragraph("Arbeids- og velferdsdirektoratet / Statsforvalteren i Innlandet").runs[0].font.size = Pt(9)
    d.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", level=1)
    _guidance(d.add_paragraph(), "Skjemaet sendes Statsforvalteren innen 1. februar 2020. Tilskuddet kan kun gå til "
              "stillinger, inntil kr 610 000 per 100 % stilling og inntil kr 10 000 til kompetanse.")
    rows = [
        ("NAV-kontor [fyll inn]", "NAV Elverum"),
        ("Kommune [fyll inn]", "Elverum"),
        ("Organisasjonsnummer [fyll inn]", "933 698 025"),
        ("Kontaktperson [navn]", "Tone Haugerud Moen"),
        ("E-post [fyll inn]", "tone.haugerud.moen@nav.no"),
        ("Telefon [fyll inn]", "916 43 208"),
        ("Prosjektnavn [fyll inn]", "Jobbsjansen Elverum – ungdom ut i arbeid"),
        ("Oppstart (dato)", "1/3-20"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = b
        L.shade(c[0], "EDEDED")
    d.add_paragraph()
    d.add_paragraph("Type prosjekt").runs[0].bold = True
    d.add_paragraph("☒ Nytt prosjekt        ☐ Videreføring av prosjekt")
    d.add_paragraph("Hvilke satsingsområder retter prosjektet seg mot? (sett kryss)").runs[0].bold = True
    d.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    d.add_paragraph("☒ Oppfølging av barnefamilier, ungdom og innvandrere")
    d.add_paragraph("☒ Sikring av sårbare overganger")
    d.add_paragraph("Beskrivelse av prosjektet").runs[0].bold = True
    p = d.add_paragraph()
    _guidance(p, "Skriv her… (maks en side) ")
    p.add_run("Vi vil gi ungdom 18–25 år som avslutter videregående uten vitnemål tett og koordinert "
              "oppfølging fra én veileder, og sikre overgangen fra skole og oppfølgingstjeneste til arbeid. "
              "Prosjektet utvikler en ny samarbeidsmodell med Elverum videregående skole.")
    d.add_paragraph("Budsjett").runs[0].bold = True
    bt = d.add_table(rows=1, cols=3)
    bt.style = "Table Grid"
    for c, h in zip(bt.rows[0].cells, ("Post", "Stillingsandel", "Beløp")):
        c.text = h
        L.shade(c, "D9D9D9")
    for r in (("Jobbspesialist (lønn og sosiale kostnader)", "75 %", "kr 450 000,-"),
              ("Kompetanse (prosjektspesifikk)", "", "kr 10 000,-"),
              ("Sum omsøkt", "", "kr 460 000,-")):
        cs = bt.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    d.add_paragraph()
    d.add_paragraph("Ønsker NAV-kontoret å delta i nettverk/klyngesamarbeid?   ☒ Ja   ☐ Nei")
    d.add_paragraph("Ønsker NAV-kontoret ekstern prosessevaluering?   ☐ Ja   ☒ Nei")
    d.add_paragraph("Underskrifter").runs[0].bold = True
    st = d.add_table(rows=4, cols=2)
    st.rows[0].cells[0].text = "Sted/dato: Elverum, 28.01.2020"
    st.rows[0].cells[1].text = "Sted/dato: Elverum, 29.01.2020"
    _ink_cell(st.rows[1].cells[0], 101)
    _ink_cell(st.rows[1].cells[1], 102)
    st.rows[2].cells[0].text = "Øystein Fagerlund"
    st.rows[2].cells[1].text = "Hanne Kristin Nyhus"
    st.rows[3].cells[0].text = "Leder NAV Elverum"
    st.rows[3].cells[1].text = "Kommunedirektør"
    L.docx_save(d, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", "933698025"),
                 contact=("Tone Haugerud Moen", "tone.haugerud.moen@nav.no", "91643208"),
                 project=("Jobbsjansen Elverum – ungdom ut i arbeid", "new", "2020-03-01"), pct=75,
                 amounts={"positions": 450000, "competence": 10000, "other": None, "total": 460000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Øystein Fagerlund", "Leder NAV Elverum", "2020-01-28", "handwritten"),
                       ("municipality", "Hanne Kristin Nyhus", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["template guidance '[fyll inn]' left in every label; start date typed '1/3-20'"])


# ------------------------------------------------------------------ z02 docx-form nn, Nav Sogndal (defect)
def z02(out: Path):
    d = _base("Arial", 10)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    d.add_paragraph("Til Statsforvaltaren i Vestland (tidlegare Fylkesmannen i Sogn og Fjordane)")
    secs = [
        ("1 Søkjar", [("1.1 Namn på Nav-kontoret", "NAV Sogndal"), ("1.2 Kommune", "Sogndal"),
                      ("1.3 Organisasjonsnummer", "909826365")]),
        ("2 Kontaktperson", [("2.1 Namn", "Åshild Hovland Rysst"), ("2.2 E-post", "ashild.hovland.rysst@nav.no"),
                             ("2.3 Telefon", "57 62 91 40")]),
        ("3 Prosjektet", [("3.1 Prosjektnamn", "«Saman om overgangane»"),
                          ("3.2 Nytt prosjekt eller vidareføring?", "Nytt prosjekt"),
                          ("3.3 Planlagd oppstart", "1. april 2020"),
                          ("3.4 Stillingsressurs", "Halv stilling (50 %) som koordinator")]),
    ]
    for head, items in secs:
        d.add_heading(head, level=2)
        t = d.add_table(rows=0, cols=1)
        t.style = "Table Grid"
        for lab, val in items:
            c = t.add_row().cells[0]
            c.text = lab
            c.paragraphs[0].runs[0].bold = True
            L.shade(c, "DEEAF6")
            t.add_row().cells[0].text = val
    d.add_heading("4 Satsingsområde", level=2)
    for box, txt in (("X", "Bruk av ordinært arbeidsliv"), ("", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                     ("X", "Sikring av sårbare overgangar")):
        d.add_paragraph(f"[{box or ' '}]  {txt}")
    d.add_heading("5 Budsjett", level=2)
    bt = d.add_table(rows=0, cols=2)
    bt.style = "Table Grid"
    for a, b in (("Løn og sosiale kostnader, koordinator 50 %", "NOK 305.000"),
                 ("Kompetansemidlar (prosjektspesifikk kompetanse)", "NOK 10.000"),
                 ("Totalt omsøkt beløp", "NOK 325.000")):
        c = bt.add_row().cells
        c[0].text, c[1].text = a, b
        c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("6 Interesse", level=2)
    d.add_paragraph("Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?  [X] Ja  [ ] Nei")
    d.add_paragraph("Ønskjer kontoret ekstern prosessevaluering?  [X] Ja  [ ] Nei")
    d.add_heading("7 Godkjenning", level=2)
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    at = d.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    for c, h in zip(at.rows[0].cells, ("Godkjend av", "Stilling", "Dato")):
        c.text = h
    for r in (("Ragnhild Sværen", "Nav-leiar", "27.01.2020"), ("Jostein Øyri", "Kommunedirektør", "30.01.2020")):
        cs = at.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    L.docx_save(d, out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", "909826365"),
                 contact=("Åshild Hovland Rysst", "ashild.hovland.rysst@nav.no", "57629140"),
                 project=("Saman om overgangane", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "other": None, "total": 325000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Sværen", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Jostein Øyri", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["planted: total NOK 325.000 but 305 000 + 10 000 = 315 000"])


# ------------------------------------------------------------------ z03 docx-controls nb, Nav Gamle Oslo
def z03(out: Path):
    d = _base("Calibri", 11)
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = ("Kontaktperson for søknaden: Sindre Aaberg Nilsen, sindre.aaberg.nilsen@nav.no, mobil 482 19 377  "
                 "·  Nav Gamle Oslo, Postboks 9434 Grønland, 0135 Oslo")
    foot.runs[0].font.size = Pt(8)
    d.add_heading("Søknad om tilskudd 2020 – utvikling av sosiale tjenester i Nav", level=1)
    d.add_paragraph("Til: Statsforvalteren i Oslo og Viken")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    n = [0]

    def row(label, tag, val, date=None):
        n[0] += 1
        c = t.add_row().cells
        c[0].text = label
        L.shade(c[0], "F2F2F2")
        c[1].paragraphs[0]._p.append(L.sdt_run(tag, val, date=date, idn=n[0]))

    row("Søker (Nav-kontor)", "kontor", "Nav Gamle Oslo")
    row("Kommune / bydel", "kommune", "Oslo kommune, bydel Gamle Oslo")
    row("Org.nr.", "orgnr", "903 223 979")
    row("Prosjektets tittel", "tittel", "Familieløftet Tøyen")
    row("Prosjektet starter", "start", "01.05.2020", date="2020-05-01")
    row("Stilling(er) det søkes om", "stilling", "1 familiekoordinator, 100 %")
    row("Andre samarbeidspartnere", "andre", None)
    d.add_paragraph()
    p = d.add_paragraph("Prosjektet er  ")
    p._p.append(L.sdt_checkbox("nytt", True, 1))
    p.add_run(" nytt   ")
    p._p.append(L.sdt_checkbox("videre", False, 2))
    p.add_run(" en videreføring")
    d.add_paragraph("Satsingsområder:")
    for i, (on, txt) in enumerate(((True, "Bruk av ordinært arbeidsliv"),
                                   (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                   (False, "Sikring av sårbare overganger")), 3):
        p = d.add_paragraph()
        p._p.append(L.sdt_checkbox(f"omr{i}", on, i))
        p.add_run("  " + txt)
    d.add_paragraph("Budsjett for 2020 (hele kroner)").runs[0].bold = True
    bt = d.add_table(rows=0, cols=2)
    bt.style = "Table Grid"
    for i, (a, b) in enumerate((("Lønn inkl. sosiale kostnader (100 % stilling)", "605 000"),
                                ("Kompetansemidler", "5 000"), ("Totalt søkt beløp", "610 000")), 10):
        c = bt.add_row().cells
        c[0].text = a
        c[1].paragraphs[0]._p.append(L.sdt_run(f"b{i}", b, idn=i))
    d.add_paragraph()
    p = d.add_paragraph("Vi ønsker å delta i nettverk/klyngesamarbeid: ")
    p._p.append(L.sdt_checkbox("nettverk", True, 20))
    p.add_run(" Ja  ")
    p._p.append(L.sdt_checkbox("nettverk_nei", False, 21))
    p.add_run(" Nei")
    p = d.add_paragraph("Vi ønsker ekstern prosessevaluering: ")
    p._p.append(L.sdt_checkbox("eval", True, 22))
    p.add_run(" Ja  ")
    p._p.append(L.sdt_checkbox("eval_nei", False, 23))
    p.add_run(" Nei")
    d.add_paragraph("Godkjenning").runs[0].bold = True
    d.add_paragraph("Søknaden er elektronisk godkjent i bydelens saksbehandlingssystem og har derfor ikke "
                    "håndskrevne signaturer.")
    d.add_paragraph("Godkjent 24.01.2020 av Marianne Lien Tveter, leder Nav Gamle Oslo")
    d.add_paragraph("Godkjent 29.01.2020 av Erik Rustad Haugen, bydelsdirektør")
    L.docx_save(d, out)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Gamle Oslo", "Oslo", "903223979"),
                 contact=("Sindre Aaberg Nilsen", "sindre.aaberg.nilsen@nav.no", "48219377"),
                 project=("Familieløftet Tøyen", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Marianne Lien Tveter", "leder Nav Gamle Oslo", "2020-01-24", "electronic_approval"),
                       ("municipality", "Erik Rustad Haugen", "bydelsdirektør", "2020-01-29", "electronic_approval")],
                 notes=["contact person only in the page footer", "an unused control shows its placeholder"])


# ------------------------------------------------------------------ z04 docx-controls nn, Nav Luster
def z04(out: Path):
    d = _base("Cambria", 11)
    d.add_paragraph("NAV Luster").runs[0].bold = True
    d.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav – tilskotsåret 2020")
    n = [100]

    def line(label, tag, val, date=None):
        n[0] += 1
        p = d.add_paragraph()
        r = p.add_run(label + ": ")
        r.bold = True
        p._p.append(L.sdt_run(tag, val, date=date, idn=n[0]))

    line("Søkjar", "sokjar", "NAV Luster")
    line("Kommune", "kommune", "Luster")
    line("Organisasjonsnummer", "orgnr", "953900483")
    line("Kontaktperson", "kontakt", "Gunnhild Bøe Sandvik")
    line("E-post", "epost", "gunnhild.boe.sandvik@nav.no")
    line("Telefon", "tlf", "+47 951 27 604")
    line("Prosjektnamn", "namn", "Arbeid for alle i Luster")
    line("Oppstart", "oppstart", "01.01.2020", date="2020-01-01")
    line("Stillingsressurs", "stilling", "80-prosent stilling som jobbspesialist")
    line("Kommentar til stillinga", "kommentar", None)
    p = d.add_paragraph()
    p.add_run("Type prosjekt: ").bold = True
    p._p.append(L.sdt_checkbox("ny", False, 1))
    p.add_run(" Nytt  ")
    p._p.append(L.sdt_checkbox("vidare", True, 2))
    p.add_run(" Vidareføring (år 2 – prosjektet fekk tilskot første gong i 2019)")
    d.add_paragraph().add_run("Satsingsområde (kryss av):").bold = True
    for i, (on, txt) in enumerate(((True, "Bruk av ordinært arbeidsliv"),
                                   (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                                   (False, "Sikring av sårbare overgangar")), 3):
        p = d.add_paragraph()
        p._p.append(L.sdt_checkbox(f"s{i}", on, i))
        p.add_run(" " + txt)
    d.add_paragraph().add_run("Budsjett").bold = True
    bt = d.add_table(rows=0, cols=2)
    bt.style = "Light Grid Accent 1"
    for a, b in (("Stilling 80 % (løn og sosiale kostnader)", "kr 488 000"), ("Kompetanse", "kr 0"),
                 ("Sum søkt", "kr 488 000")):
        c = bt.add_row().cells
        c[0].text, c[1].text = a, b
    p = d.add_paragraph()
    p.add_run("Nettverk/klyngesamarbeid: ")
    p._p.append(L.sdt_checkbox("nett", True, 30))
    p.add_run(" Ja   Ekstern prosessevaluering: ")
    p._p.append(L.sdt_checkbox("eval", False, 31))
    p.add_run(" Ja")
    d.add_paragraph()
    d.add_paragraph("Gaupne, 30.01.2020")
    st = d.add_table(rows=3, cols=1)
    _ink_cell(st.rows[0].cells[0], 401)
    st.rows[1].cells[0].text = "Nav-leiar Kjetil Bolstad"
    st.rows[2].cells[0].text = ""
    _ink_cell(st.rows[2].cells[0], 402)
    d.add_paragraph("Kommunedirektør Siri Nes Hauge")
    L.docx_save(d, out)
    return truth("z04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", "953900483"),
                 contact=("Gunnhild Bøe Sandvik", "gunnhild.boe.sandvik@nav.no", "95127604"),
                 project=("Arbeid for alle i Luster", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 0, "other": None, "total": 488000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kjetil Bolstad", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Siri Nes Hauge", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["labels inline before controls, not in a table; stacked ink, title BEFORE name",
                        "competence 'kr 0' → 0"])


# ------------------------------------------------------------------ z05 docx-legacy-fields nb, Nav Horten (defect)
def z05(out: Path):
    d = _base("Times New Roman", 11)
    d.add_paragraph("Vedlegg 1 til kunngjøring").runs[0].font.size = Pt(8)
    d.add_heading("SØKNADSSKJEMA 2020", level=1)
    d.add_paragraph("Tilskudd til utvikling av sosiale tjenester i NAV-kontoret (kap. 0621 post 63)")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    fields = [("Navn på NAV-kontoret", "NAV Horten"), ("Kommune", "Horten"),
              ("Organisasjonsnr.", "918007988"), ("Kontaktperson", "Lars Ivar Bjørnstad"),
              ("E-postadresse", "lars.ivar.bjornstad@nav.no"), ("Telefonnummer", "33 08 54 17"),
              ("Prosjektets navn", "Ny start – tett på bostedsløse"), ("Oppstartsdato", "1. mars 2020"),
              ("Stilling(er) og stillingsprosent", "Miljøarbeider 100 %"),
              ("Lønn og sosiale kostnader", "590 000"), ("Kompetansemidler", "10 000"),
              ("Totalt beløp det søkes om", "600 000")]
    for i, (a, v) in enumerate(fields):
        c = t.add_row().cells
        c[0].text = a
        for r in L.formtext_runs(f"Tekst{i + 1}", v):
            c[1].paragraphs[0]._p.append(r)
    d.add_paragraph()

    def boxline(label, opts):
        p = d.add_paragraph(label + "  ")
        for j, (on, txt) in enumerate(opts):
            for r in L.formcheck_runs(f"Kontroll{len(d.paragraphs)}_{j}", on):
                p._p.append(r)
            p.add_run(f" {txt}   ")

    boxline("Nytt prosjekt / videreføring:", [(True, "Nytt"), (False, "Videreføring")])
    d.add_paragraph("Prioriterte områder:")
    boxline("", [(False, "Bruk av ordinært arbeidsliv")])
    boxline("", [(False, "Oppfølging av barnefamilier, ungdom og innvandrere")])
    boxline("", [(True, "Sikring av sårbare overganger (f.eks. løslatelse fra fengsel, mellom tjenester)")])
    boxline("Interessert i nettverk/klyngesamarbeid:", [(False, "Ja"), (True, "Nei")])
    boxline("Interessert i ekstern prosessevaluering:", [(False, "Ja"), (True, "Nei")])
    d.add_paragraph()
    st = d.add_table(rows=2, cols=2)
    st.style = "Table Grid"
    c0, c1 = st.rows[0].cells
    c0.text = "Horten 22.01.2020"
    _ink_cell(c0, 501)
    c1.text = "Horten 23.01.2020"
    _ink_cell(c1, 502)
    st.rows[1].cells[0].text = "Gro Anita Lystad\nNAV-leder"
    st.rows[1].cells[1].text = "Per Kristian Ødegaard\nRådmann"
    L.docx_save(d, out)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Horten", "Horten", "918007988"),
                 contact=("Lars Ivar Bjørnstad", "lars.ivar.bjornstad@nav.no", "33085417"),
                 project=("Ny start – tett på bostedsløse", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Gro Anita Lystad", "NAV-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Per Kristian Ødegaard", "Rådmann", "2020-01-23", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["planted: org number 918007988 (MOD11 check digit should be 9)"])


# ------------------------------------------------------------------ z06 docx-letter nb, Nav Hamar 2019
def z06(out: Path):
    d = _base("Georgia", 11)
    d.add_paragraph("NAV Hamar\nPostboks 4033, 2306 Hamar\nOrg.nr. 956 630 436")
    d.add_paragraph("Fylkesmannen i Innlandet\nPostboks 987\n2604 Lillehammer")
    p = d.add_paragraph("Hamar, 25. januar 2019")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2019 – "
                              "«Bolig først Hamar»").bold = True
    d.add_paragraph(
        "Vi viser til kunngjøringen av tilskuddet for 2019 og søker med dette om midler til prosjektet "
        "«Bolig først Hamar». Dette er et nytt prosjekt, og vi tar sikte på oppstart 1. april 2019.")
    d.add_paragraph(
        "Mange av brukerne våre med rusproblemer mister kontakten med tjenestene når de løslates fra "
        "fengsel eller skrives ut fra institusjon. Prosjektet skal sikre disse sårbare overgangene med en "
        "fast kontaktperson som følger brukeren fra før løslatelse og fram til bolig og arbeidsrettet "
        "aktivitet er på plass. Vi vil også prøve ut arbeidstrening hos ordinære arbeidsgivere i Hamar.")
    d.add_paragraph(
        "Vi søker om en 80-prosent stilling som bolig- og arbeidskoordinator. Budsjettet for 2019:")
    bt = d.add_table(rows=0, cols=2)
    bt.style = "Table Grid"
    for a, b in (("Lønn og sosiale utgifter, koordinator 80 %", "kr 480 000"),
                 ("Kompetanseheving (kurs i Housing First)", "kr 10 000"),
                 ("Sum omsøkt", "kr 490 000"),
                 ("Kommunens egenandel (ikke del av søknaden)", "kr 120 000")):
        c = bt.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph()
    d.add_paragraph(
        "NAV Hamar er interessert i å delta i nettverk med andre prosjekter i fylket. Vi ønsker ikke "
        "ekstern prosessevaluering av dette prosjektet.")
    d.add_paragraph(
        "Kontaktperson for søknaden er Ingvild Rønning Bakken, tlf. 627 51 380, e-post "
        "ingvild.ronning.bakken@nav.no.")
    d.add_paragraph("Med vennlig hilsen")
    st = d.add_table(rows=2, cols=2)
    st.rows[0].cells[0].text = "Trond Arne Sollien"
    st.rows[0].cells[1].text = "Marit Grøtting Hansen"
    st.rows[1].cells[0].text = "leder NAV Hamar"
    st.rows[1].cells[1].text = "rådmann, Hamar kommune"
    L.docx_save(d, out)
    return truth("z06", "docx", "docx-letter", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Hamar", "Hamar", "956630436"),
                 contact=("Ingvild Rønning Bakken", "ingvild.ronning.bakken@nav.no", "62751380"),
                 project=("Bolig først Hamar", "new", "2019-04-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": None, "total": 490000},
                 own_funding=120000,
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Trond Arne Sollien", "leder NAV Hamar", "2019-01-25", "typed"),
                       ("municipality", "Marit Grøtting Hansen", "rådmann", "2019-01-25", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["2019 letter; typed names side by side after 'Med vennlig hilsen'; date = letter date"])


# ------------------------------------------------------------------ z07 docx-letter nn, Nav Nordreisa
def z07(out: Path):
    d = _base("Calibri", 11)
    d.add_paragraph("Nav Nordreisa                                                                    Storslett, 21.01.2020")
    d.add_paragraph("Statsforvaltaren i Troms og Finnmark\nv/ sosial- og barnevernsavdelinga")
    d.add_heading("Søknad om tilskot – «Ungdomslosen i Nord-Troms»", level=2)
    d.add_paragraph(
        "Nav Nordreisa (org.nr. 966982012) søkjer med dette om tilskot til utvikling av sosiale tenester i Nav "
        "for 2020. Prosjektet «Ungdomslosen i Nord-Troms» er eit nytt prosjekt med oppstart i mars 2020.")
    d.add_paragraph(
        "Målgruppa er ungdom og unge innvandrarar mellom 16 og 25 år som står utanfor skule og arbeid. Vi vil "
        "bruke ordinære arbeidsplassar i regionen aktivt, og prosjektet skal gje tett oppfølging i overgangen "
        "frå vidaregåande skule til arbeidslivet.")
    d.add_paragraph("Vi søkjer om to stillingar som ungdomslos (200 %). Budsjett for 2020:")
    bt = d.add_table(rows=1, cols=2)
    bt.style = "Table Grid"
    bt.rows[0].cells[0].text, bt.rows[0].cells[1].text = "Post", "Beløp (kr)"
    for a, b in (("Ungdomslos 1, 100 % (løn inkl. sosiale kostnader)", "575 000"),
                 ("Ungdomslos 2, 100 % (løn inkl. sosiale kostnader)", "575 000"),
                 ("Kompetanse", "10 000"), ("Sum søkt frå Statsforvaltaren", "1 160 000"),
                 ("Eigenfinansiering frå Nordreisa kommune", "200 000")):
        c = bt.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Vi ønskjer å delta i nettverk/klyngesamarbeid, og vi er positive til ekstern "
                    "prosessevaluering.")
    d.add_paragraph("Kontaktperson: Ellinor Rasmussen Isaksen, rettleiar, tlf. 99 21 45 07, "
                    "e-post ellinor.rasmussen.isaksen@nav.no")
    d.add_paragraph("Med helsing")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    d.add_paragraph("Godkjent av: Anne-Lise Johansen, Nav-leiar, 21.01.2020")
    d.add_paragraph("Godkjent av: Svein Arild Hansen, kommunedirektør, 22.01.2020")
    L.docx_save(d, out)
    return truth("z07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Nordreisa", "Nordreisa", "966982012"),
                 contact=("Ellinor Rasmussen Isaksen", "ellinor.rasmussen.isaksen@nav.no", "99214507"),
                 project=("Ungdomslosen i Nord-Troms", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1150000, "competence": 10000, "other": None, "total": 1160000},
                 own_funding=200000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, True),
                 sigs=[("nav_leader", "Anne-Lise Johansen", "Nav-leiar", "2020-01-21", "electronic_approval"),
                       ("municipality", "Svein Arild Hansen", "kommunedirektør", "2020-01-22", "electronic_approval")],
                 notes=["start 'mars 2020' → 2020-03-01; areas argued in prose"])


# ------------------------------------------------------------------ Word sources for LibreOffice (z12, z13)
def src_z12(out: Path):
    d = _base("Liberation Sans", 10)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c_, e in (("Nav-kontor", "Nav Årdal", "Kommune", "Årdal"),
                        ("Org.nr.", "928 800 636", "Oppstart", "15.08.2020"),
                        ("Kontaktperson", "Torunn Offerdal", "Telefon", "412 36 958"),
                        ("E-post", "torunn.offerdal@nav.no", "Type", "Nytt prosjekt")):
        cs = t.add_row().cells
        cs[0].text, cs[1].text, cs[2].text, cs[3].text = a, b, c_, e
        L.shade(cs[0], "E7E6E6")
        L.shade(cs[2], "E7E6E6")
    d.add_paragraph()
    d.add_paragraph().add_run("Prosjekttittel").bold = True
    d.add_paragraph("Årdalsmodellen – familiar i arbeid")
    d.add_paragraph().add_run("Kva satsingsområde gjeld prosjektet?").bold = True
    d.add_paragraph("☐ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamiliar, ungdom og innvandrarar\n"
                    "☐ Sikring av sårbare overgangar")
    d.add_paragraph().add_run("Budsjett").bold = True
    bt = d.add_table(rows=0, cols=3)
    bt.style = "Table Grid"
    for r in (("Stilling", "Stillingsprosent", "Beløp"), ("Familiekoordinator", "60 %", "kr 366 000,-"),
              ("Kompetanse", "", "kr 0,-"), ("Sum", "", "kr 366 000,-")):
        cs = bt.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    d.add_paragraph()
    d.add_paragraph("Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Nei")
    d.add_paragraph()
    st = d.add_table(rows=4, cols=2)
    st.rows[0].cells[0].text = "Stad/dato: Årdalstangen 20.01.2020"
    st.rows[0].cells[1].text = "Stad/dato: Årdalstangen 24.01.2020"
    _ink_cell(st.rows[1].cells[0], 1201)
    _ink_cell(st.rows[1].cells[1], 1202)
    st.rows[2].cells[0].text = "Namn: Bjørg Moen Hæreid"
    st.rows[2].cells[1].text = "Namn: Olav Tangen"
    st.rows[3].cells[0].text = "Nav-leiar"
    st.rows[3].cells[1].text = "Rådmann"
    L.docx_save(d, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Årdal", "Årdal", "928800636"),
                 contact=("Torunn Offerdal", "torunn.offerdal@nav.no", "41236958"),
                 project=("Årdalsmodellen – familiar i arbeid", "new", "2020-08-15"), pct=60,
                 amounts={"positions": 366000, "competence": 0, "other": None, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørg Moen Hæreid", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Olav Tangen", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["4-column header table; interest answered with words 'Ja'/'Nei'"])


def src_z13(out: Path):
    d = _base("Liberation Serif", 11)
    d.add_paragraph("Oslo kommune – Bydel Bjerke").runs[0].bold = True
    d.add_heading("Søknad: tilskudd til utvikling av sosiale tjenester i Nav (2020)", level=1)
    for lab, val in (("Søker", "NAV Bjerke, Oslo kommune"), ("Organisasjonsnummer", "991 851 607"),
                     ("Kontaktperson", "Hassan Ali Warsame, prosjektleder"),
                     ("Kontaktinfo", "hassan.ali.warsame@nav.no / 23 47 61 90"),
                     ("Prosjektnavn", "Jobbløft Bjerke"), ("Oppstart", "1. juni 2020"),
                     ("Prosjekttype", "Videreføring – år 2 av 3")):
        p = d.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
    d.add_paragraph("Satsingsområder: ☒ Bruk av ordinært arbeidsliv  ☒ Oppfølging av barnefamilier, ungdom og "
                    "innvandrere  ☐ Sikring av sårbare overganger")
    d.add_paragraph("Budsjett").runs[0].bold = True
    bt = d.add_table(rows=0, cols=2)
    bt.style = "Table Grid"
    for a, b in (("Jobbspesialist 100 % (lønn og sos. kostnader)", "NOK 610'"),
                 ("Jobbspesialist 50 % (lønn og sos. kostnader)", "NOK 300'"),
                 ("Kompetanse", "NOK 10'"), ("Sum søknad", "NOK 920'")):
        c = bt.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph("Stillinger i alt: 1,5 årsverk. Beløp i tusen kroner.")
    d.add_paragraph("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei     Ekstern prosessevaluering: ☒ Ja ☐ Nei")
    d.add_paragraph()
    st = d.add_table(rows=4, cols=2)
    st.style = "Table Grid"
    st.rows[0].cells[0].text = "For Nav Bjerke"
    st.rows[0].cells[1].text = "For bydelsledelsen"
    _ink_cell(st.rows[1].cells[0], 1301)
    st.rows[2].cells[0].text = "Ingrid Sofie Brekke, Nav-leder"
    st.rows[2].cells[1].text = "Navn/tittel:"
    st.rows[3].cells[0].text = "Dato: 27.01.2020"
    st.rows[3].cells[1].text = "Dato:"
    L.docx_save(d, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Bjerke", "Oslo", "991851607"),
                 contact=("Hassan Ali Warsame", "hassan.ali.warsame@nav.no", "23476190"),
                 project=("Jobbløft Bjerke", "continuation", "2020-06-01"), pct=150,
                 amounts={"positions": 910000, "competence": 10000, "other": None, "total": 920000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ingrid Sofie Brekke", "Nav-leder", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["planted: the bydel leadership column has only its labels",
                        "amounts in thousands with an apostrophe (NOK 610')"])


def pdf_from_office(src_fn):
    def build(out: Path):
        with tempfile.TemporaryDirectory() as td:
            docx = Path(td) / "src.docx"
            t = src_fn(docx)
            L.lo_convert(docx, out)
        return t
    return build
