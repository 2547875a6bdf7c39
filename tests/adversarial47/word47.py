"""Word documents of corpus 47 (docx-form, docx-controls, bad-input): county-made forms,
not the directorate's template. Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from kit47 import S20, add_ink, new_doc, orgnr, save_doc, spaced, truth
from wordkit47 import append_xml, no_borders, put, sdt_box, sdt_date, sdt_drop, sdt_text, shade, sig_cell, widths


def _qrow(t, no, label, hint, answer):
    """County form row: number + label with an italic instruction under it, the answer in the right column."""
    c = t.add_row().cells
    put(c[0], f"{no}  {label}", bold=True)
    if hint:
        put(c[0], hint, italic=True, size=8, grey=True, first=False)
    put(c[1], answer)
    return c


# ---------------------------------------------------------------- y01 docx-form nb, at cap with a Totalt column above it
def y01(out: Path):
    org = orgnr("97495137")
    d = new_doc("Arial", 10, "Søknadsskjema 2020")
    d.add_paragraph().add_run("Statsforvalteren i Innlandet").bold = True
    h = d.add_paragraph().add_run("SØKNADSSKJEMA – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    h.bold, h.font.size = True, Pt(13)
    d.add_paragraph("Skjemaet sendes Statsforvalteren innen 1. februar 2020. Felt merket * må fylles ut.").runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    c = t.add_row().cells
    put(c[0].merge(c[1]), "1  Opplysninger om søker", bold=True)
    shade(t.rows[-1].cells[0], "D9E2F3")
    _qrow(t, "1.1", "Nav-kontor *", "Skriv navnet på Nav-kontoret slik det står i Enhetsregisteret.", "Nav Elverum")
    _qrow(t, "1.2", "Kommune *", "Ved interkommunalt samarbeid: oppgi vertskommunen.", "Elverum")
    _qrow(t, "1.3", "Organisasjonsnummer", "9 siffer, f.eks. 123 456 789.", spaced(org))
    _qrow(t, "1.4", "Kontaktperson for søknaden *", "Navn, e-post og telefonnummer.",
          "Hanne Sætre\nhanne.saetre@nav.no\n62 43 18 00")
    c = t.add_row().cells
    put(c[0].merge(c[1]), "2  Om prosjektet", bold=True)
    shade(t.rows[-1].cells[0], "D9E2F3")
    _qrow(t, "2.1", "Prosjektets navn *", "Kort og beskrivende navn.", "Arbeidslinja Elverum")
    _qrow(t, "2.2", "Nytt prosjekt eller videreføring?", "Ved videreføring: oppgi hvilket år (2. eller 3. år).",
          "Nytt prosjekt")
    _qrow(t, "2.3", "Planlagt oppstart", "Dato eller måned.", "1/3-2020")
    _qrow(t, "2.4", "Stillingsprosent i prosjektet *", "Tilskuddet kan kun gå til stillinger. Oppgi samlet prosent.",
          "100 %")
    _qrow(t, "2.5", "Kort beskrivelse", "Maks en halv side. Hva er nytt, og hva skal prøves ut?",
          "Prosjektet skal gi deltakere med sammensatte behov en vei inn i ordinære jobber i lokalt næringsliv, "
          "med en jobbspesialist som følger både deltaker og arbeidsgiver. Vi utvikler en egen modell for "
          "samarbeid med skogs- og trenæringen.")
    c = t.add_row().cells
    put(c[0].merge(c[1]), "3  Prioriterte områder", bold=True)
    shade(t.rows[-1].cells[0], "D9E2F3")
    _qrow(t, "3.1", "Bruk av ordinært arbeidsliv", "Sett X for de områdene prosjektet retter seg mot.", "X")
    _qrow(t, "3.2", "Oppfølging av barnefamilier, ungdom og innvandrere", None, "")
    _qrow(t, "3.3", "Sikring av sårbare overganger", None, "")
    _qrow(t, "3.4", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Svar ja eller nei.", "Ja")
    _qrow(t, "3.5", "Ønsker kontoret ekstern prosessevaluering?", "Svar ja eller nei.", "Nei")
    widths(t, 8.5, 8.0)
    d.add_paragraph()
    d.add_paragraph().add_run("4  Budsjett 2020").bold = True
    d.add_paragraph("Maks kr 610 000 per 100 % stilling og kr 10 000 til prosjektspesifikk kompetanse. "
                    "Egenfinansiering føres i egen kolonne.").runs[0].italic = True
    b = d.add_table(rows=0, cols=4)
    b.style = "Table Grid"
    for row in [("Post", "Beløp søkt", "Egenfinansiering", "Totalt"),
                ("Lønn og sosiale kostnader, 100 % stilling", "610 000", "150 000", "760 000"),
                ("Prosjektspesifikk kompetanse", "10 000", "0", "10 000"),
                ("Sum", "620 000", "150 000", "770 000")]:
        cs = b.add_row().cells
        for i, v in enumerate(row):
            put(cs[i], v, bold=row[0] in ("Post", "Sum"))
    d.add_paragraph()
    d.add_paragraph().add_run("5  Underskrift").bold = True
    d.add_paragraph("Søknaden skal være forankret i kommuneledelsen og signeres av Nav-leder og "
                    "rådmann/kommunedirektør.").runs[0].italic = True
    s = d.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    put(s.cell(0, 0), "5.1 Nav-leder", bold=True)
    put(s.cell(0, 1), "5.2 Kommunens ledelse", bold=True)
    sig_cell(s.cell(0, 0), "y01a", ["Per Ivar Moen", "Leder Nav Elverum", "Elverum, 29.01.2020"])
    sig_cell(s.cell(0, 1), "y01b", ["Kari Nymoen", "Kommunedirektør", "Elverum, 30.01.2020"])
    save_doc(d, out)
    return truth("y01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", org),
                 contact=("Hanne Sætre", "hanne.saetre@nav.no", "62431800"),
                 project=("Arbeidslinja Elverum", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=150000,
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Per Ivar Moen", "Leder Nav Elverum", "2020-01-29", "handwritten"),
                       ("municipality", "Kari Nymoen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP: applied column exactly 610 000 for 100 %; Totalt column 770 000 "
                        "includes own funding; instructions under each numbered label are not answers"])


# ---------------------------------------------------------------- y02 docx-form nn, answer row below, 0,5 årsverk, deadline day
def y02(out: Path):
    org = orgnr("87423016")
    d = new_doc("Calibri", 11, "Søknad 2020")
    h = d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    h.bold, h.font.size = True, Pt(14)
    d.add_paragraph("Skjema utarbeidd av Statsforvaltaren i Vestland. Svar i det kvite feltet under kvart spørsmål.")
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"

    def q(no, label, hint, answer):
        c = t.add_row().cells[0]
        put(c, f"{no} {label}", bold=True)
        if hint:
            put(c, hint, italic=True, size=8, first=False)
        shade(c, "E2EFD9")
        put(t.add_row().cells[0], answer)

    q("1.1", "Namn på Nav-kontoret", "Oppgje namnet slik det står i Einingsregisteret.", "Nav Sunnfjord")
    q("1.2", "Kommune", None, "Sunnfjord kommune")
    q("1.3", "Organisasjonsnummer", None, spaced(org))
    q("1.4", "Kontaktperson (namn, e-post, telefon)", None, "Oddny Vik, oddny.vik@nav.no, tlf. 57 72 10 00")
    q("2.1", "Namn på prosjektet", "Gje prosjektet eit kort namn.", "Vegen vidare – unge i Sunnfjord")
    q("2.2", "Er dette eit nytt prosjekt eller ei vidareføring?", "Ved vidareføring: kva år?", "Nytt prosjekt")
    q("2.3", "Oppstart", None, "1/3-2020")
    q("2.4", "Stillingsressurs", "Tilskotet kan berre gå til stillingar. Oppgje i prosent eller årsverk.", "0,5 årsverk")
    q("2.5", "Kva skal prosjektet gjere?", "Skildre målgruppa og kva som er nytt.",
      "Ein rettleiar på halv stilling skal følgje opp ungdom mellom 16 og 24 år som har falle ut av "
      "vidaregåande skule, saman med oppfølgingstenesta og fylkeskommunen.")
    q("3.1", "Prioritert område (set kryss)", None,
      "☐ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamiliar, ungdom og innvandrarar\n☐ Sikring av sårbare overgangar")
    q("3.2", "Interesse for nettverk/klyngesamarbeid", None, "☒ Ja   ☐ Nei")
    q("3.3", "Interesse for ekstern prosessevaluering", None, "☒ Ja   ☐ Nei")
    q("4.1", "Budsjett", "Maks 610 000 kr per 100 % stilling, maks 10 000 kr til kompetanse.",
      "Løn og sosiale kostnader (0,5 årsverk): 305 000 kr\nKompetansemidlar: 5 000 kr\nSum søkt: 310 000 kr")
    d.add_paragraph()
    d.add_paragraph().add_run("5 Underskrift").bold = True
    s = d.add_table(rows=2, cols=2)
    no_borders(s)
    sig_cell(s.cell(0, 0), "y02a", ["Stad/dato: Førde, 1/2-2020", "Gunnhild Råd", "Leiar Nav Sunnfjord"])
    sig_cell(s.cell(0, 1), "y02b", ["Stad/dato: Førde, 31/1-2020", "Terje Heggheim", "Kommunedirektør"])
    save_doc(d, out)
    return truth("y02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Oddny Vik", "oddny.vik@nav.no", "57721000"),
                 project=("Vegen vidare – unge i Sunnfjord", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "total": 310000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Gunnhild Råd", "Leiar Nav Sunnfjord", "2020-02-01", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: 0,5 årsverk at exactly 305 000 (AMOUNT_OVER_CAP); Nav leader signed 1/2-2020 = "
                        "deadline day (SIGNED_AFTER_DEADLINE); answers in the row below each question"])


# ---------------------------------------------------------------- y03 docx-form nb, ✔/✘ glyphs, total ≠ sum
def y03(out: Path):
    org = orgnr("98145090")
    d = new_doc("Cambria", 11, "Søknad")
    d.add_paragraph().add_run("Søknad – sosiale tjenester i NAV 2020").bold = True
    d.add_paragraph("Til Fylkesmannen i Agder")
    t = d.add_table(rows=0, cols=3)
    t.style = "Light List Accent 1"
    rows = [("A", "Søker (NAV-kontor)", "NAV Lindesnes"), ("B", "Kommune", "Lindesnes"),
            ("C", "Org.nr.", org), ("D", "Kontaktperson", "Bjørn Try"), ("", "E-post", "bjorn.try@nav.no"),
            ("", "Mobil", "+47 913 44 581"), ("E", "Prosjektnavn", "Tett på – unge i Lindesnes"),
            ("F", "Søknadstype", "✘ Nytt prosjekt    ✔ Videreføring, 2. år"),
            ("G", "Prosjektstart", "01.03.20"), ("H", "Stilling", "75 prosent stilling som ungdomsveileder")]
    for r in rows:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            put(cs[i], v, bold=(i == 1))
    d.add_paragraph()
    d.add_paragraph().add_run("I  Prioriterte områder").bold = True
    for mark, a in [("✘", "Bruk av ordinært arbeidsliv"), ("✔", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    ("✔", "Sikring av sårbare overganger")]:
        d.add_paragraph(f"{mark}  {a}")
    d.add_paragraph("✔ Ja  ✘ Nei   – Vi ønsker å delta i nettverk/klyngesamarbeid")
    d.add_paragraph("✘ Ja  ✔ Nei   – Vi ønsker ekstern prosessevaluering")
    d.add_paragraph().add_run("II  Budsjett for 2020").bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for r in [("Lønn inkl. sosiale kostnader (75 %)", "kr 450 000"), ("Kompetanseheving", "kr 10 000"),
              ("Totalt omsøkt", "kr 470 000")]:
        cs = b.add_row().cells
        put(cs[0], r[0])
        put(cs[1], r[1])
    d.add_paragraph()
    d.add_paragraph("Mandal, 27. januar 2020")
    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    sig_cell(s.cell(0, 0), "y03a", ["Ingrid Stokke", "NAV-leder"])
    sig_cell(s.cell(0, 1), "y03b", ["Odd Erling Frigstad", "Rådmann"])
    save_doc(d, out)
    return truth("y03", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Lindesnes", "Lindesnes", org),
                 contact=("Bjørn Try", "bjorn.try@nav.no", "91344581"),
                 project=("Tett på – unge i Lindesnes", "continuation", "2020-03-01"), pct=75,
                 amounts={"positions": 450000, "competence": 10000, "total": 470000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ingrid Stokke", "NAV-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Odd Erling Frigstad", "Rådmann", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 450 000 + 10 000 = 460 000, total says 470 000"])


def _ctl_row(t, label, *xml_or_text):
    cs = t.add_row().cells
    put(cs[0], label, bold=True)
    p = cs[1].paragraphs[0]
    for x in xml_or_text:
        if x.startswith("<"):
            append_xml(p, x)
        else:
            p.add_run(x)


# ---------------------------------------------------------------- y04 docx-controls nn, phone-only contact, kommunalsjef
def y04(out: Path):
    org = orgnr("97499204")
    d = new_doc("Calibri", 11, "Søknadsskjema")
    h = d.add_paragraph().add_run("Søknadsskjema – tilskot til sosiale tenester i Nav 2020")
    h.bold, h.font.size = True, Pt(14)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    _ctl_row(t, "Nav-kontor", sdt_text("Tekst1", "Nav Stad"))
    _ctl_row(t, "Kommune", sdt_text("Tekst2", "Stad"))
    _ctl_row(t, "Organisasjonsnummer", sdt_text("Tekst3", org))
    _ctl_row(t, "Kontaktperson", sdt_text("Tekst4", "Lars Ove Hjelle"))
    _ctl_row(t, "E-post", sdt_text("Tekst5", "", placeholder=True))
    _ctl_row(t, "Telefon", sdt_text("Tekst6", "948 12 377"))
    _ctl_row(t, "Prosjekttittel", sdt_text("Tekst7", "Overgangsbrua Stad"))
    _ctl_row(t, "Søknadstype", sdt_drop("Rullegardin1", ["Vel eit element.", "Nytt prosjekt", "Vidareføring"],
                                        "Nytt prosjekt"))
    _ctl_row(t, "Oppstartsdato", sdt_date("Dato1", "2020-04-01", "1. april 2020"))
    _ctl_row(t, "Stillingsprosent", sdt_text("Tekst8", "50 pst."))
    _ctl_row(t, "Løn og sosiale kostnader", sdt_text("Tekst9", "300 000"))
    _ctl_row(t, "Kompetansemidlar", sdt_text("Tekst10", "10 000"))
    _ctl_row(t, "Sum søknadsbeløp", sdt_text("Tekst11", "310 000"))
    _ctl_row(t, "Bruk av ordinært arbeidsliv", sdt_box("Avkryss1", False))
    _ctl_row(t, "Oppfølging av barnefamiliar, ungdom og innvandrarar", sdt_box("Avkryss2", False))
    _ctl_row(t, "Sikring av sårbare overgangar", sdt_box("Avkryss3", True))
    _ctl_row(t, "Nettverk/klyngesamarbeid", sdt_box("Avkryss4", False), " Ja   ", sdt_box("Avkryss5", True), " Nei")
    _ctl_row(t, "Ekstern prosessevaluering", sdt_box("Avkryss6", True), " Ja   ", sdt_box("Avkryss7", False), " Nei")
    d.add_paragraph()
    d.add_paragraph("Prosjektet skal sikre at personar som kjem ut frå rusbehandling eller institusjon har bustad, "
                    "inntekt og ein fast rettleiar frå første dag.")
    d.add_paragraph().add_run("Underskrifter").bold = True
    s = d.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (seed, name, title, iso, shown) in enumerate([
            ("y04a", "Siri Myklebust", "Nav-leiar", "2020-01-24", "24. januar 2020"),
            ("y04b", "Arnfinn Hoddevik", "Kommunalsjef for helse og velferd", "2020-01-27", "27. januar 2020")]):
        add_ink(s.cell(0, i).paragraphs[0], seed, 4.0)
        p = s.cell(1, i).paragraphs[0]
        append_xml(p, sdt_text(f"Namn{i}", name))
        p.add_run(", " + title)
        append_xml(s.cell(2, i).paragraphs[0], sdt_date(f"Signdato{i}", iso, shown))
    save_doc(d, out)
    return truth("y04", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Stad", "Stad", org),
                 contact=("Lars Ove Hjelle", None, "94812377"), project=("Overgangsbrua Stad", "new", "2020-04-01"),
                 pct=50, amounts={"positions": 300000, "competence": 10000, "total": 310000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Siri Myklebust", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Arnfinn Hoddevik", "Kommunalsjef for helse og velferd", "2020-01-27",
                        "handwritten")],
                 notes=["near-miss: e-mail control shows its placeholder text (empty) – phone only is reachable, no "
                        "CONTACT_MISSING; municipal signer a kommunalsjef with a long title; '50 pst.'"])


# ---------------------------------------------------------------- y05 docx-controls nb, municipality signed after deadline
def y05(out: Path):
    org = orgnr("97624311")
    d = new_doc("Verdana", 9, "Søknad")
    h = d.add_paragraph().add_run("Bamble kommune – søknad om statlige tilskudd")
    h.bold, h.font.size = True, Pt(12)
    d.add_paragraph("Ordning: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    t = d.add_table(rows=0, cols=2)
    t.style = "Light Grid Accent 1"
    _ctl_row(t, "Søker", sdt_text("felt_sokers_navn", "Nav Bamble"))
    _ctl_row(t, "Kommune", sdt_text("felt_kommune", "Bamble"))
    _ctl_row(t, "Org.nummer", sdt_text("felt_orgnr", spaced(org)))
    _ctl_row(t, "Kontakt", sdt_text("felt_kontakt", "Morten Aasen"))
    _ctl_row(t, "E-post / telefon", sdt_text("felt_epost", "morten.aasen@nav.no"), " / ",
             sdt_text("felt_tlf", "35 96 50 00"))
    _ctl_row(t, "Tiltakets navn", sdt_text("felt_tittel", "Familiekoordinator Bamble"))
    _ctl_row(t, "Ny / videreført", sdt_drop("felt_type", ["Ny", "Videreført år 2", "Videreført år 3"], "Ny"))
    _ctl_row(t, "Oppstart", sdt_date("felt_start", "2020-03-15", "15. mars 2020"))
    _ctl_row(t, "Stillingsandel", sdt_text("felt_prosent", "100%"))
    _ctl_row(t, "Søkt lønnsmidler", sdt_text("felt_lonn", "kr 585 000,-"))
    _ctl_row(t, "Søkt kompetansemidler", sdt_text("felt_komp", "kr 10 000,-"))
    _ctl_row(t, "Sum søkt", sdt_text("felt_sum", "kr 595 000,-"))
    _ctl_row(t, "Prioritert område", sdt_box("p1", False), " Ordinært arbeidsliv  ", sdt_box("p2", True),
             " Barnefamilier, ungdom og innvandrere  ", sdt_box("p3", False), " Sårbare overganger")
    _ctl_row(t, "Nettverk", sdt_drop("felt_nett", ["Ja", "Nei"], "Ja"))
    _ctl_row(t, "Prosessevaluering", sdt_drop("felt_eval", ["Ja", "Nei"], "Ja"))
    d.add_paragraph("Koordinatoren skal følge opp barnefamilier med lav inntekt helhetlig, med ett kontaktpunkt "
                    "for bolig, arbeid og barnas fritid.")
    d.add_paragraph().add_run("Signatur").bold = True
    for seed, name, title, iso, shown in [("y05a", "Hege Tveit", "Nav-leder", "2020-01-30", "30. januar 2020"),
                                          ("y05b", "Vidar Thorsen", "Kommunedirektør", "2020-02-04", "4. februar 2020")]:
        add_ink(d.add_paragraph(), seed, 4.0)
        p = d.add_paragraph()
        append_xml(p, sdt_text("sign_navn", name))
        p.add_run(f", {title}, dato ")
        append_xml(p, sdt_date("sign_dato", iso, shown))
    save_doc(d, out)
    return truth("y05", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Bamble", "Bamble", org),
                 contact=("Morten Aasen", "morten.aasen@nav.no", "35965000"),
                 project=("Familiekoordinator Bamble", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 585000, "competence": 10000, "total": 595000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hege Tveit", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Vidar Thorsen", "Kommunedirektør", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: kommunedirektør signed 4 February 2020"])


# ---------------------------------------------------------------- y16 bad-input: a .docx cut off in transfer
def y16(out: Path):
    tmp = out.with_suffix(".full.docx")
    y01(tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    out.write_bytes(data[: len(data) * 2 // 5])
    return truth("y16", "docx", "bad-input", lang=None, scheme=None, score_fields=False,
                 expected=["DOCUMENT_UNREADABLE"], notes=["a complete application .docx truncated to 40 % of its bytes"])
