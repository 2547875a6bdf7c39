"""Word documents of corpus 47 with legacy form fields (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN), as
protected county forms from older Word versions still are. Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from kit47 import S20, add_ink, new_doc, orgnr, save_doc, spaced, truth
from wordkit47 import append_xml, ff_box, ff_drop, ff_text, no_borders, put, sig_cell, widths


def _ff_row(t, label, runs):
    cs = t.add_row().cells
    put(cs[0], label)
    append_xml(cs[1].paragraphs[0], *runs)


# ---------------------------------------------------------------- y06 docx-legacy-fields nb, 3rd year continuation
def y06(out: Path):
    org = orgnr("96421558")
    d = new_doc("Times New Roman", 11, "Søknad")
    d.add_paragraph().add_run("SØKNAD OM TILSKUDD – SOSIALE TJENESTER I NAV-KONTORET, 2020").bold = True
    d.add_paragraph("Skjemaet er beskyttet. Bruk tabulatortasten for å gå mellom feltene.").runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    no_borders(t)
    _ff_row(t, "Nav-kontor:", ff_text("Tekst1", "NAV Vefsn"))
    _ff_row(t, "Kommune:", ff_text("Tekst2", "Vefsn"))
    _ff_row(t, "Organisasjonsnr.:", ff_text("Tekst3", org))
    _ff_row(t, "Kontaktperson:", ff_text("Tekst4", "Trond Olsen Dahl"))
    _ff_row(t, "E-post:", ff_text("Tekst5", "trond.olsen.dahl@nav.no"))
    _ff_row(t, "Telefon:", ff_text("Tekst6", "75 10 12 00"))
    _ff_row(t, "Prosjektets navn:", ff_text("Tekst7", "Helhetlig oppfølging Vefsn"))
    _ff_row(t, "Nytt prosjekt:", ff_box("Kontrollboks1", False))
    _ff_row(t, "Videreføring:", ff_box("Kontrollboks2", True) + ff_text("Tekst8", " 3. og siste år"))
    _ff_row(t, "Oppstart:", ff_text("Tekst9", "01.01.2020"))
    _ff_row(t, "Stillingsressurs:", ff_text("Tekst10", "1 årsverk"))
    _ff_row(t, "Lønn og sosiale utgifter:", ff_text("Tekst11", "600 000"))
    _ff_row(t, "Kompetansemidler:", ff_text("Tekst12", "10 000"))
    _ff_row(t, "Sum omsøkt:", ff_text("Tekst13", "610 000"))
    _ff_row(t, "Bruk av ordinært arbeidsliv", ff_box("Kontrollboks3", True))
    _ff_row(t, "Oppfølging av barnefamilier, ungdom og innvandrere", ff_box("Kontrollboks4", False))
    _ff_row(t, "Sikring av sårbare overganger", ff_box("Kontrollboks5", True))
    _ff_row(t, "Ønsker nettverk/klyngesamarbeid", ff_box("Kontrollboks6", False))
    _ff_row(t, "Ønsker ekstern prosessevaluering", ff_box("Kontrollboks7", False))
    widths(t, 8.0, 8.5)
    d.add_paragraph("Prosjektet startet i 2018. Tredje år brukes til å forankre arbeidsformen i ordinær drift og "
                    "til å sikre overgangen fra kvalifiseringsprogrammet til lønnet arbeid.")
    d.add_paragraph("Mosjøen, 28.01.2020")
    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    sig_cell(s.cell(0, 0), "y06a", ["Anne Grete Nilsen", "NAV-leder"])
    sig_cell(s.cell(0, 1), "y06b", ["Geir Waage", "Rådmann"])
    save_doc(d, out)
    return truth("y06", "docx", "docx-legacy-fields", lang="nb", scheme=S20, office=("Nav Vefsn", "Vefsn", org),
                 contact=("Trond Olsen Dahl", "trond.olsen.dahl@nav.no", "75101200"),
                 project=("Helhetlig oppfølging Vefsn", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Anne Grete Nilsen", "NAV-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Geir Waage", "Rådmann", "2020-01-28", "handwritten")],
                 notes=["near-miss CONTINUATION_LIMIT: 3rd and last year is allowed; labels left, FORMTEXT right"])


# ---------------------------------------------------------------- y07 docx-legacy-fields nn, 60 pst. at cap, dates 01.03.20
def y07(out: Path):
    org = orgnr("97458320")
    d = new_doc("Calibri", 11, "Søknad")
    h = d.add_paragraph().add_run("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020")
    h.bold, h.font.size = True, Pt(13)

    def q(no, label, runs, hint=None):
        d.add_paragraph().add_run(f"{no} {label}").bold = True
        if hint:
            d.add_paragraph(hint).runs[0].italic = True
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(24)
        append_xml(p, *runs)

    q("1.1", "Søkjar (Nav-kontor)", ff_text("Tekst1", "Nav Ørsta"))
    q("1.2", "Kommune", ff_text("Tekst2", "Ørsta"))
    q("1.3", "Organisasjonsnummer", ff_text("Tekst3", spaced(org)))
    q("1.4", "Kontaktperson", ff_text("Tekst4", "Solveig Bakke Aam"))
    q("1.5", "E-post og telefon", ff_text("Tekst5", "solveig.bakke.aam@nav.no – 70 04 98 00"))
    q("2.1", "Prosjektnamn", ff_text("Tekst6", "Jobbfokus Ørsta"), "Namnet vert brukt i tilsegnsbrevet.")
    q("2.2", "Type søknad", ff_drop("Rullegardin1", ["Nytt prosjekt", "Vidareføring 2. år", "Vidareføring 3. år"],
                                     "Nytt prosjekt"))
    q("2.3", "Oppstart", ff_text("Tekst7", "01.03.20"), "Skriv dato (dd.mm.åå).")
    q("2.4", "Stillingsprosent", ff_text("Tekst8", "60 pst."), "Tilskotet kan berre gå til stillingar.")
    q("3.1", "Løn og sosiale kostnader", ff_text("Tekst9", "366 000"), "Inntil 610 000 kr per 100 % stilling.")
    q("3.2", "Kompetansemidlar", ff_text("Tekst10", "10 000"), "Inntil 10 000 kr per prosjekt.")
    q("3.3", "Sum det vert søkt om", ff_text("Tekst11", "376 000"))
    d.add_paragraph().add_run("4.1 Prioriterte område").bold = True
    for name, on, text in [("Avkrysning1", True, "Bruk av ordinært arbeidsliv"),
                           ("Avkrysning2", True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                           ("Avkrysning3", False, "Sikring av sårbare overgangar")]:
        p = d.add_paragraph()
        append_xml(p, *ff_box(name, on))
        p.add_run(" " + text)
    d.add_paragraph().add_run("4.2 Interesse").bold = True
    p = d.add_paragraph("Nettverk/klyngesamarbeid: Ja ")
    append_xml(p, *ff_box("Avkrysning4", True))
    p.add_run("  Nei ")
    append_xml(p, *ff_box("Avkrysning5", False))
    p = d.add_paragraph("Ekstern prosessevaluering: Ja ")
    append_xml(p, *ff_box("Avkrysning6", False))
    p.add_run("  Nei ")
    append_xml(p, *ff_box("Avkrysning7", True))
    d.add_paragraph().add_run("5 Underskrift").bold = True
    for seed, who, date, place in [("y07a", "Ragnhild Vartdal, leiar Nav Ørsta", "31.01.20", "Ørsta"),
                                   ("y07b", "Kristin Rise Sundal, kommunedirektør", "31.01.20", "Ørsta")]:
        d.add_paragraph(f"Stad og dato: {place}, {date}")
        add_ink(d.add_paragraph(), seed, 4.0)
        d.add_paragraph(who)
    save_doc(d, out)
    return truth("y07", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", org),
                 contact=("Solveig Bakke Aam", "solveig.bakke.aam@nav.no", "70049800"),
                 project=("Jobbfokus Ørsta", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Ragnhild Vartdal", "leiar Nav Ørsta", "2020-01-31", "handwritten"),
                       ("municipality", "Kristin Rise Sundal", "kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: 60 pst. at exactly 366 000; dates dd.mm.yy; caps printed as instructions"])
