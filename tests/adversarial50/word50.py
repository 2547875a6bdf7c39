"""Word forms of corpus 50 (docx-form, docx-controls). Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from kit50 import (S20, cell_text, grid, new_doc, orgnr, put_sdt, save_doc, sdt_box, sdt_date, sdt_text,
                   sign_table, spaced, truth)

AIM_NB = ("Målet er at flere som i dag står langt fra arbeid skal få en fast kontaktperson som følger dem "
          "inn i ordinære jobber, og at kontoret lærer av arbeidet gjennom faste refleksjonsmøter.")
AIM_NN = ("Målet er at fleire som i dag står langt frå arbeid, får ein fast kontaktperson som følgjer dei "
          "inn i ordinære jobbar, og at kontoret lærer av arbeidet gjennom faste refleksjonsmøte.")


def _label_table(doc, rows, section_fill="C6E0B4"):
    """Label | answer rows; a row whose answer is None is a shaded section heading across both columns."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, ans in rows:
        cells = t.add_row().cells
        if ans is None:
            m = cells[0].merge(cells[1])
            cell_text(m, lab, bold=True, shade=section_fill)
        else:
            cell_text(cells[0], lab)
            cell_text(cells[1], ans)
    return t


# ---------------------------------------------------------------- bu01 docx-form nb, a column per year
def bu01(out: Path):
    on = orgnr("97481320")
    doc = new_doc("Calibri", 10, "Søknad 2020")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", 1)
    doc.add_paragraph("Kap. 0621 post 63. Sendes Statsforvalteren i Innlandet.")
    _label_table(doc, [
        ("1  Søker", None),
        ("Navn på Nav-kontor", "Nav Elverum"),
        ("Vertskommune", "Elverum"),
        ("Org.nr.", spaced(on)),
        ("Kontaktperson", "Kristin Bjørnstad, kristin.bjornstad@nav.no, tlf. 62 41 35 80"),
        ("2  Prosjektet", None),
        ("Prosjektnavn", "Arbeidslinja Elverum"),
        ("Type søknad", "☒ Nytt prosjekt   ☐ Videreføring"),
        ("Oppstart", "1. april 2020"),
        ("Bemanning", "1 stilling, 100 % jobbspesialist"),
        ("Kort om prosjektet", AIM_NB),
    ])
    doc.add_paragraph()
    doc.add_paragraph("3  Budsjett og finansiering (hele prosjektperioden)").runs[0].bold = True
    grid(doc, [
        ["Post", "2020", "2021", "2022", "Sum"],
        ["Lønn inkl. sosiale kostnader (100 % stilling)", "610 000", "628 000", "646 000", "1 884 000"],
        ["Prosjektspesifikk kompetanse", "10 000", "10 000", "–", "20 000"],
        ["Sum søkt tilskudd", "620 000", "638 000", "646 000", "1 904 000"],
        ["Kommunal medfinansiering (kontor, IKT, reiser)", "95 000", "95 000", "95 000", "285 000"],
        ["Sum prosjekt", "715 000", "733 000", "741 000", "2 189 000"],
    ], bold_rows=(3, 5))
    doc.add_paragraph("Det søkes i denne omgang bare om midler for 2020. Tallene for 2021 og 2022 er anslag "
                      "med lønnsvekst og søkes om i egne søknader.")
    doc.add_paragraph("4  Prioriterte områder").runs[0].bold = True
    for m, a in [("☒", "Bruk av ordinært arbeidsliv"), ("☐", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 ("☐", "Sikring av sårbare overganger")]:
        doc.add_paragraph(f"{m}  {a}")
    doc.add_paragraph("Nav-kontoret ønsker å delta i nettverk/klyngesamarbeid:  ☒ Ja  ☐ Nei")
    doc.add_paragraph("Nav-kontoret ønsker ekstern prosessevaluering:  ☐ Ja  ☒ Nei")
    doc.add_paragraph("5  Underskrifter").runs[0].bold = True
    sign_table(doc, [("Nav-leder", "Elverum, 27.01.2020", "Tor Inge Haugen", "Leder Nav Elverum"),
                     ("Kommunedirektør", "Elverum, 29.01.2020", "Hilde Nyhus", "Kommunedirektør")], "bu01")
    save_doc(doc, out)
    return truth("bu01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", on),
                 contact=("Kristin Bjørnstad", "kristin.bjornstad@nav.no", "62413580"),
                 project=("Arbeidslinja Elverum", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=95000,
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Inge Haugen", "Leder Nav Elverum", "2020-01-27", "handwritten"),
                       ("municipality", "Hilde Nyhus", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: 2020 column exactly at the cap (610 000 for 100 %); 2021/2022 columns are "
                        "plans (628 000, 646 000 over the 2020 cap) and no cost of this application",
                        "near-miss: 'Sum prosjekt' (715 000) beside 'Sum søkt tilskudd' (620 000); own funding = "
                        "2020 medfinansiering 95 000, its items (kontor, IKT, reiser) are not applied for"])


# ---------------------------------------------------------------- bu02 docx-form nn, 60-prosentstilling over cap
def bu02(out: Path):
    on = orgnr("99112233")
    doc = new_doc("Cambria", 11, "Søknadsskjema")
    p = doc.add_paragraph()
    r = p.add_run("SØKNADSSKJEMA 2020\nTilskot til utvikling av sosiale tenester i Nav")
    r.bold, r.font.size = True, Pt(14)
    doc.add_paragraph("Fyll ut skjemaet og send det til Statsforvaltaren i Vestland innan 1. februar 2020.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Nr.", "Opplysning", "Svar frå kontoret")):
        cell_text(c, h, bold=True, shade="DDEBF7")
    for nr, lab, ans in [
        ("A1", "Nav-kontor", "Nav Sunnfjord"), ("A2", "Kommune", "Sunnfjord kommune"),
        ("A3", "Organisasjonsnummer", on), ("A4", "Kontaktperson (namn)", "Ingvild Hestad"),
        ("A5", "E-post / telefon", "ingvild.hestad@nav.no / 57 72 64 10"),
        ("B1", "Namn på prosjektet", "Eit steg vidare"), ("B2", "Nytt eller vidareføring", "Nytt prosjekt"),
        ("B3", "Prosjektstart", "01.03.2020"),
        ("B4", "Stillingar i prosjektet", "Éi 60-prosentstilling som familiekoordinator"),
        ("C1", "Løn inkl. sosiale kostnader og feriepengar", "kr 380 000"),
        ("C2", "Prosjektspesifikk kompetanse", "kr 10 000"), ("C3", "Sum det vert søkt om", "kr 390 000"),
    ]:
        cells = t.add_row().cells
        cell_text(cells[0], nr)
        cell_text(cells[1], lab)
        cell_text(cells[2], ans)
    doc.add_paragraph()
    doc.add_paragraph("D. Prioriterte område (kryss av)").runs[0].bold = True
    for m, a in [("☐", "Bruk av ordinært arbeidsliv"), ("☒", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                 ("☐", "Sikring av sårbare overgangar")]:
        doc.add_paragraph(f"{m} {a}")
    doc.add_paragraph("Prosjektet skal gje barnefamiliar med låg inntekt éin fast familiekoordinator som samordnar "
                      "Nav, barnehage, skule og helsestasjon.")
    doc.add_paragraph("E. Nettverk og evaluering").runs[0].bold = True
    doc.add_paragraph("Ønskjer de å vere med i nettverk/klyngesamarbeid?  ☒ Ja  ☐ Nei")
    doc.add_paragraph("Ønskjer de ekstern prosessevaluering?  ☒ Ja  ☐ Nei")
    doc.add_paragraph("F. Underskrift").runs[0].bold = True
    sign_table(doc, [("Leiar i Nav-kontoret", "Førde, 22.01.2020", "Arild Solheim", "Nav-leiar"),
                     ("For kommunen", "Førde, 24.01.2020", "Liv Rysjedal", "Kommunedirektør")], "bu02")
    save_doc(doc, out)
    return truth("bu02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", on),
                 contact=("Ingvild Hestad", "ingvild.hestad@nav.no", "57726410"),
                 project=("Eit steg vidare", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 380000, "competence": 10000, "total": 390000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Arild Solheim", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Liv Rysjedal", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 60-prosentstilling at 380 000 > 366 000 (610 000 × 0,6)"])


# ---------------------------------------------------------------- bu16 docx-form nb, stillingsandel in årsverk
def bu16(out: Path):
    on = orgnr("92400177")
    doc = new_doc("Arial", 10, "Søknad")
    doc.add_heading("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – søknad", 2)
    _label_table(doc, [
        ("Søker", None), ("Nav-kontor", "NAV Narvik"), ("Kommune", "Narvik"), ("Organisasjonsnr.", on),
        ("Kontaktperson", "Sigurd Nilsen"), ("E-post", "sigurd.nilsen@nav.no"), ("Telefon", "76 96 52 00"),
        ("Prosjekt", None), ("Prosjekttittel", "Overgang Ofoten"), ("Nytt/videreføring", "Videreføring (år 2)"),
        ("Prosjektperiode", "01.01.2020–31.12.2020"),
    ], section_fill="FCE4D6")
    doc.add_paragraph()
    doc.add_paragraph("Bemanning og lønnsbudsjett 2020").runs[0].bold = True
    grid(doc, [
        ["Funksjon", "Stillingsandel (årsverk)", "Lønn inkl. sos. kostnader"],
        ["Overgangskoordinator (løslatelse)", "0,5", "300 000"],
        ["Ungdomsveileder", "0,3", "183 000"],
        ["Sum lønn", "0,8", "483 000"],
    ], bold_rows=(3,))
    doc.add_paragraph()
    grid(doc, [["Søknadsbeløp", "Kr"], ["Lønn (se over)", "483 000"], ["Kompetansemidler", "5 000"],
               ["Samlet søknadsbeløp", "488 000"]], bold_rows=(3,), shade_first="FCE4D6")
    doc.add_paragraph()
    doc.add_paragraph("Prioriterte områder: [ ] Bruk av ordinært arbeidsliv  [ ] Oppfølging av barnefamilier, "
                      "ungdom og innvandrere  [X] Sikring av sårbare overganger")
    doc.add_paragraph("Prosjektet følger opp unge og innsatte fra de er i fengsel og til de er i jobb, skole eller "
                      "bolig, i samarbeid med kriminalomsorgen og videregående skole.")
    doc.add_paragraph("Interesse for nettverk/klyngesamarbeid: Nei.   Interesse for ekstern prosessevaluering: Ja.")
    sign_table(doc, [("Leder, NAV Narvik", "Narvik, 20.01.2020", "Bente Eliassen", "NAV-leder"),
                     ("Narvik kommune", "Narvik, 23.01.2020", "Ronny Skogøy", "Rådmann")], "bu16")
    save_doc(doc, out)
    return truth("bu16", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Narvik", "Narvik", on), contact=("Sigurd Nilsen", "sigurd.nilsen@nav.no", "76965200"),
                 project=("Overgang Ofoten", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 483000, "competence": 5000, "total": 488000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Bente Eliassen", "NAV-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Ronny Skogøy", "Rådmann", "2020-01-23", "handwritten")],
                 notes=["near-miss: positions as årsverk fractions 0,5 + 0,3 = 80 %; 483 000 under the 80 % cap "
                        "488 000, and the TOTAL (with competence) happens to equal 488 000"])


def _ctrl_row(t, label, *parts):
    cells = t.add_row().cells
    cell_text(cells[0], label)
    put_sdt(cells[1].paragraphs[0], *parts)


# ---------------------------------------------------------------- bu05 docx-controls nb, half-year columns, sum wrong
def bu05(out: Path):
    on = orgnr("98765432")
    doc = new_doc("Segoe UI", 10, "Søknadsskjema")
    doc.add_heading("Søknad – tilskudd sosiale tjenester i Nav 2020", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    _ctrl_row(t, "Nav-kontor", sdt_text("Kontor", "Nav Ringerike"))
    _ctrl_row(t, "Kommune", sdt_text("Kommune", "Ringerike"))
    _ctrl_row(t, "Organisasjonsnummer", sdt_text("Orgnr", spaced(on)))
    _ctrl_row(t, "Kontaktperson", sdt_text("Kontakt", "Håkon Sørum"))
    _ctrl_row(t, "E-postadresse", sdt_text("Epost", "hakon.sorum@nav.no"))
    _ctrl_row(t, "Mobil", sdt_text("Mobil", "917 40 226"))
    _ctrl_row(t, "Prosjektets navn", sdt_text("Tittel", "Sammen om jobb"))
    _ctrl_row(t, "Søknaden gjelder", sdt_box("Ny", True), " Nytt prosjekt   ", sdt_box("Vf", False), " Videreføring")
    _ctrl_row(t, "Oppstartsdato", sdt_date("Start", "2020-03-02", "2. mars 2020"))
    _ctrl_row(t, "Stillingsprosent", sdt_text("Prosent", "100 %"))
    _ctrl_row(t, "Omsøkt beløp totalt", sdt_text("Sum", "kr 610 000"))
    doc.add_paragraph()
    doc.add_paragraph("Budsjett 2020 fordelt på halvår").runs[0].bold = True
    grid(doc, [
        ["Kostnad", "1. halvår", "2. halvår", "Sum 2020"],
        ["Lønn inkl. sosiale kostnader", "295 000", "295 000", "590 000"],
        ["Kompetanse (prosjektspesifikk)", "5 000", "5 000", "10 000"],
        ["Sum søkt", "300 000", "300 000", "610 000"],
    ], bold_rows=(3,))
    doc.add_paragraph()
    doc.add_paragraph("Prioriterte områder").runs[0].bold = True
    for alias, on_, a in [("P1", True, "Bruk av ordinært arbeidsliv"),
                          ("P2", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                          ("P3", False, "Sikring av sårbare overganger")]:
        put_sdt(doc.add_paragraph(), sdt_box(alias, on_), " " + a)
    put_sdt(doc.add_paragraph(), "Ønsker nettverk/klyngesamarbeid: ", sdt_box("NJ", True), " Ja ",
            sdt_box("NN", False), " Nei")
    put_sdt(doc.add_paragraph(), "Ønsker ekstern prosessevaluering: ", sdt_box("EJ", False), " Ja ",
            sdt_box("EN", True), " Nei")
    doc.add_paragraph(AIM_NB + " Innvandrerforeldre med små barn er en egen målgruppe.")
    doc.add_paragraph("Underskrift").runs[0].bold = True
    sign_table(doc, [("Nav-leder", "Hønefoss, 24.01.2020", "Mette Kolstad", "Nav-leder"),
                     ("Kommunedirektør", "Hønefoss, 28.01.2020", "Tore Isaksen", "Kommunedirektør")], "bu05")
    save_doc(doc, out)
    return truth("bu05", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", on), contact=("Håkon Sørum", "hakon.sorum@nav.no", "91740226"),
                 project=("Sammen om jobb", "new", "2020-03-02"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Mette Kolstad", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Tore Isaksen", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 590 000 + 10 000 = 600 000, but 'Sum søkt' and the control say 610 000; the "
                        "half-year columns (300 000 + 300 000) are consistent, only the year total is wrong"])


# ---------------------------------------------------------------- bu06 docx-controls nn, three positions, one mid-year
def bu06(out: Path):
    on = orgnr("91111234")
    doc = new_doc("Calibri", 10, "Søknad")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light Grid Accent 1"
    _ctrl_row(t, "Søkjar (Nav-kontor)", sdt_text("Kontor", "Nav Kinn"))
    _ctrl_row(t, "Kommune", sdt_text("Kommune", "Kinn"))
    _ctrl_row(t, "Org.nr.", sdt_text("Orgnr", on))
    _ctrl_row(t, "Kontaktperson", sdt_text("Kontakt", "Solveig Bruland, solveig.bruland@nav.no, 57 75 20 40"))
    _ctrl_row(t, "Prosjekttittel", sdt_text("Tittel", "Tre vegar inn"))
    _ctrl_row(t, "Nytt / vidareføring", sdt_box("Ny", True), " Nytt  ", sdt_box("Vf", False), " Vidareføring")
    _ctrl_row(t, "Oppstart", sdt_date("Start", "2020-03-01", "1. mars 2020"))
    doc.add_paragraph()
    doc.add_paragraph("Bemanningsplan 2020").runs[0].bold = True
    grid(doc, [
        ["Stilling", "Stillingsprosent", "Periode", "Løn inkl. sos. kostnader"],
        ["Jobbspesialist", "50 %", "heile 2020", "305 000"],
        ["Familiekoordinator", "50 %", "heile 2020", "305 000"],
        ["Ungdomsrettleiar", "50 %", "frå 01.08.2020", "127 000"],
        ["Sum stillingar", "150 %", "", "737 000"],
    ], bold_rows=(4,), shade_first="BDD7EE")
    doc.add_paragraph()
    grid(doc, [["Søknadssum", "Kroner"], ["Løn (sjå bemanningsplan)", "737 000"],
               ["Kompetanse", "10 000"], ["Totalt søkt", "747 000"]], bold_rows=(3,))
    doc.add_paragraph("Ungdomsrettleiaren vert tilsett frå august når skuleåret startar; derfor er berre fem "
                      "månader rekna med for den stillinga.")
    doc.add_paragraph("Prioriterte område").runs[0].bold = True
    for alias, v, a in [("P1", True, "Bruk av ordinært arbeidsliv"),
                        ("P2", True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                        ("P3", False, "Sikring av sårbare overgangar")]:
        put_sdt(doc.add_paragraph(), sdt_box(alias, v), " " + a)
    put_sdt(doc.add_paragraph(), "Interesse for nettverk/klyngesamarbeid: ", sdt_box("NJ", False), " Ja ",
            sdt_box("NN", True), " Nei")
    put_sdt(doc.add_paragraph(), "Interesse for ekstern prosessevaluering: ", sdt_box("EJ", True), " Ja ",
            sdt_box("EN", False), " Nei")
    doc.add_paragraph(AIM_NN)
    sign_table(doc, [("Nav-leiar", "Florø, 21.01.2020", "Jostein Vågen", "Leiar Nav Kinn"),
                     ("Kommunedirektør", "Florø, 23.01.2020", "Kristin Sørheim", "Kommunedirektør")], "bu06")
    save_doc(doc, out)
    return truth("bu06", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Kinn", "Kinn", on),
                 contact=("Solveig Bruland", "solveig.bruland@nav.no", "57752040"),
                 project=("Tre vegar inn", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 737000, "competence": 10000, "total": 747000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Jostein Vågen", "Leiar Nav Kinn", "2020-01-21", "handwritten"),
                       ("municipality", "Kristin Sørheim", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: three 50 % positions (150 %), the third from 01.08.2020 with five months' pay; "
                        "'Sum stillingar' is a sum row, not a fourth position; cap 915 000"])
