"""Word → PDF documents of corpus 47 (pdf-from-office): county Word forms exported with LibreOffice."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from kit47 import S20, new_doc, orgnr, save_doc, soffice_pdf, spaced, truth
from wordkit47 import no_borders, put, shade, sig_cell, widths


def _to_pdf(doc, out: Path) -> None:
    tmp = out.with_name(out.stem + "_src.docx")
    save_doc(doc, tmp)
    try:
        soffice_pdf(tmp, out)
    finally:
        tmp.unlink()


# ---------------------------------------------------------------- y11 nn, two label/value columns, electronic approval
def y11(out: Path):
    org = orgnr("99213470")
    d = new_doc("Liberation Serif", 11, "Søknad")
    h = d.add_paragraph().add_run("Nav Midt-Telemark\nSøknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    h.bold, h.font.size = True, Pt(13)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    labels = ["Søkjar", "Kommune", "Org.nr.", "Kontaktperson", "E-post", "Telefon", "Prosjekt", "Type",
              "Oppstart", "Stillingar"]
    values = ["Nav Midt-Telemark", "Midt-Telemark", spaced(org), "Eivind Lunde", "eivind.lunde@nav.no",
              "35 95 80 00", "Saman om arbeid", "Nytt prosjekt", "mars 2020",
              "Jobbspesialist 50 % og rettleiar 50 %"]
    put(t.cell(0, 0), "\n".join(labels), bold=True)
    put(t.cell(0, 1), "\n".join(values))
    widths(t, 4.0, 12.0)
    d.add_paragraph()
    d.add_paragraph().add_run("Budsjett").bold = True
    b = d.add_table(rows=0, cols=3)
    b.style = "Table Grid"
    for r in [("Post", "Stilling", "Kroner"), ("Jobbspesialist", "50 %", "305 000"), ("Rettleiar", "50 %", "305 000"),
              ("Sum stillingar", "100 %", "610 000"), ("Kompetansemidlar", "", "10 000"),
              ("Samla søknadssum", "", "620 000")]:
        cs = b.add_row().cells
        for i, v in enumerate(r):
            put(cs[i], v, bold=r[0] in ("Post", "Samla søknadssum"))
    d.add_paragraph()
    d.add_paragraph().add_run("Prioriterte område").bold = True
    d.add_paragraph("Prosjektet svarar på området «Bruk av ordinært arbeidsliv»: deltakarane skal ut i ordinære "
                    "jobbar i lokale verksemder med tett støtte frå jobbspesialist. Dei to andre områda er ikkje "
                    "omfatta av denne søknaden.")
    d.add_paragraph("Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.")
    d.add_paragraph().add_run("Godkjenning").bold = True
    d.add_paragraph("Søknaden er godkjend elektronisk i kommunen sitt sakshandsamingssystem (sak 20/00412) og har "
                    "difor ingen handskrivne underskrifter.")
    d.add_paragraph("Godkjend 28.01.2020 av Ole Kristian Bø, leiar Nav Midt-Telemark")
    d.add_paragraph("Godkjend 29.01.2020 av Bente Kvisli, kommunedirektør i Midt-Telemark")
    _to_pdf(d, out)
    return truth("y11", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Midt-Telemark", "Midt-Telemark", org),
                 contact=("Eivind Lunde", "eivind.lunde@nav.no", "35958000"),
                 project=("Saman om arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Ole Kristian Bø", "leiar Nav Midt-Telemark", "2020-01-28", "electronic_approval"),
                       ("municipality", "Bente Kvisli", "kommunedirektør i Midt-Telemark", "2020-01-29",
                        "electronic_approval")],
                 notes=["near-miss: labels and values in two separate column blocks (one cell each); two 50 % lines "
                        "+ a 'Sum stillingar' row; the description names the two other areas as NOT covered"])


# ---------------------------------------------------------------- y12 nb, Beløp søkt/Egenfinansiering/Totalt, 90 % at cap
def y12(out: Path):
    org = orgnr("87463107")
    d = new_doc("Arial", 10, "Søknad")
    d.add_paragraph("Kongsberg kommune\nNAV Kongsberg")
    h = d.add_paragraph().add_run("Søknadsskjema: Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020")
    h.bold, h.font.size = True, Pt(12)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    pairs = [("Søker", "NAV Kongsberg", "Kommune", "Kongsberg"),
             ("Org.nr.", spaced(org), "Kontaktperson", "Linn Haugen Berg"),
             ("E-post", "linn.haugen.berg@nav.no", "Telefon", "32 86 47 00"),
             ("Prosjekt", "Bo og jobb Kongsberg", "Søknadstype", "Nytt"),
             ("Oppstart", "01.04.2020", "Stilling", "90 %")]
    for r in pairs:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            put(cs[i], v, bold=(i % 2 == 0))
            if i % 2 == 0:
                shade(cs[i], "F2F2F2")
    d.add_paragraph()
    d.add_paragraph().add_run("Prioriterte områder (sett X)").bold = True
    a = d.add_table(rows=0, cols=2)
    a.style = "Table Grid"
    for mark, txt in [("", "Bruk av ordinært arbeidsliv"), ("", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("X", "Sikring av sårbare overganger"), ("X", "Interessert i nettverk/klyngesamarbeid"),
                      ("X", "Interessert i ekstern prosessevaluering")]:
        cs = a.add_row().cells
        put(cs[0], mark)
        put(cs[1], txt)
    widths(a, 1.0, 15.0)
    d.add_paragraph()
    d.add_paragraph().add_run("Budsjett 2020").bold = True
    b = d.add_table(rows=0, cols=4)
    b.style = "Table Grid"
    for r in [("", "Beløp søkt", "Egenfinansiering", "Totalt"),
              ("Boveileder 90 % (lønn og sos. kostn.)", "549 000", "201 000", "750 000"),
              ("Kompetanse", "10 000", "15 000", "25 000"),
              ("Totalt", "559 000", "216 000", "775 000")]:
        cs = b.add_row().cells
        for i, v in enumerate(r):
            put(cs[i], v, bold=r[0] in ("", "Totalt"))
    d.add_paragraph()
    d.add_paragraph("Boveilederen skal følge opp personer som løslates fra Ringerike fengsel eller skrives ut fra "
                    "institusjon, slik at bolig, økonomi og aktivitet er på plass fra første dag.")
    d.add_paragraph("Kongsberg, 24.01.2020")
    s = d.add_table(rows=1, cols=2)
    no_borders(s)
    sig_cell(s.cell(0, 0), "y12a", ["Tone Kjeldsen", "Leder NAV Kongsberg"])
    sig_cell(s.cell(0, 1), "y12b", ["Kjetil Hauger", "Rådmann"])
    _to_pdf(d, out)
    return truth("y12", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", org),
                 contact=("Linn Haugen Berg", "linn.haugen.berg@nav.no", "32864700"),
                 project=("Bo og jobb Kongsberg", "new", "2020-04-01"), pct=90,
                 amounts={"positions": 549000, "competence": 10000, "total": 559000}, own_funding=216000,
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Tone Kjeldsen", "Leder NAV Kongsberg", "2020-01-24", "handwritten"),
                       ("municipality", "Kjetil Hauger", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["near-miss AMOUNT_OVER_CAP/COMPETENCE_OVER_CAP: Beløp søkt 549 000 = 90 % × 610 000 and "
                        "10 000; Egenfinansiering and Totalt columns exceed the caps"])
