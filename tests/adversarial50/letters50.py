"""Letters of corpus 50 (docx-letter) and the Word sources of its pdf-from-office documents.
Each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

from kit50 import (S20, add_ink, borderless, cell_text, grid, new_doc, orgnr, save_doc, sign_table,
                   soffice_pdf, spaced, truth)


def _head(doc, sender, to, date, ref=None):
    for line in sender:
        doc.add_paragraph(line).paragraph_format.space_after = 0
    doc.add_paragraph()
    for line in to:
        doc.add_paragraph(line).paragraph_format.space_after = 0
    p = doc.add_paragraph(date)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if ref:
        doc.add_paragraph(ref)


# ---------------------------------------------------------------- bu03 docx-letter nb, prices in prose
def bu03(out: Path):
    on = orgnr("97055519")
    doc = new_doc("Georgia", 11, "Søknad")
    _head(doc, ["NAV Lillestrøm", "Postboks 313, 2001 Lillestrøm", f"Org.nr. {spaced(on)}"],
          ["Statsforvalteren i Oslo og Viken", "Sosial- og familieavdelingen"], "Lillestrøm, 28. januar 2020")
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020 – "
                      "«Gjeldsfri start»").runs[0].bold = True
    for t in [
        "NAV Lillestrøm søker med dette om tilskudd til et nytt prosjekt, «Gjeldsfri start», for barnefamilier "
        "med gjeld og lav inntekt. Prosjektet starter 1. mai 2020.",
        "Lillestrøm kommune ble etablert 1. januar 2020, og mange familier med økonomiske problemer har fått "
        "ny veileder. Prosjektet skal gi familiene én fast økonomiveileder som også følger opp barna og "
        "foreldrenes vei mot arbeid.",
        "Prosjektets totale kostnad over tre år er beregnet til kr 1,2 mill. En tilsvarende stilling i "
        "prosjektet «Trygg økonomi» i 2019 kostet kommunen om lag 640 000 kroner i året med full stilling. "
        "Vi søker for 2020 om midler til 0,75 årsverk økonomiveileder.",
        "Prosjektet svarer på det prioriterte området oppfølging av barnefamilier.",
    ]:
        doc.add_paragraph(t)
    doc.add_paragraph("Søknadsbeløp 2020").runs[0].bold = True
    grid(doc, [["", "Beløp"], ["Lønn inkl. sosiale kostnader, 0,75 årsverk", "NOK 450.000,-"],
               ["Kompetanse (kurs i gjeldsrådgivning for prosjektet)", "NOK 10.000,-"],
               ["Søknadsbeløp i alt", "NOK 460.000,-"]], bold_rows=(3,))
    for t in [
        "Vi er interessert i å delta i nettverk/klyngesamarbeid med andre kontor, og vi ønsker ekstern "
        "prosessevaluering.",
        "Kontaktperson er prosjektleder Nora Lindahl, e-post nora.lindahl@nav.no, telefon 66 93 80 12.",
        "Søknaden er behandlet i ledergruppen og godkjent av kommunedirektøren.",
        "Med vennlig hilsen",
    ]:
        doc.add_paragraph(t)
    t = doc.add_table(rows=2, cols=2)
    borderless(t)
    cell_text(t.rows[0].cells[0], "Stein Erik Berg\nNAV-leder")
    cell_text(t.rows[0].cells[1], "Ingrid Moen\nKommunedirektør")
    doc.add_paragraph("Dokumentet er elektronisk godkjent av Stein Erik Berg 28.01.2020 og Ingrid Moen "
                      "29.01.2020 og har derfor ingen håndskrevne signaturer.")
    save_doc(doc, out)
    return truth("bu03", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", on), contact=("Nora Lindahl", "nora.lindahl@nav.no", "66938012"),
                 project=("Gjeldsfri start", "new", "2020-05-01"), pct=75,
                 amounts={"positions": 450000, "competence": 10000, "total": 460000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Stein Erik Berg", "NAV-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Ingrid Moen", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near-miss: prose prices that are not the applied amount ('kr 1,2 mill.' three-year cost, "
                        "'om lag 640 000 kroner' for another project's full position); 0,75 årsverk at 450 000 < 457 500"])


# ---------------------------------------------------------------- bu04 docx-letter nn, salary split in three lines
def bu04(out: Path):
    on = orgnr("99887701")
    doc = new_doc("Times New Roman", 12, "Søknad")
    _head(doc, ["Nav Ullensvang", "Opheimsgata 31, 5750 Odda"],
          ["Statsforvaltaren i Vestland", "Njøsavegen 2, 6863 Leikanger"], "Odda, 23. januar 2020",
          "Vår ref.: 20/118   Org.nr.: " + on)
    doc.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020: "
                      "«Ung i arbeid i Ullensvang»").runs[0].bold = True
    for t in [
        "Nav Ullensvang søkjer om tilskot til vidareføring av prosjektet «Ung i arbeid i Ullensvang». Prosjektet "
        "fekk tilskot første gong i 2019, og 2020 er det andre året. Det nye prosjektåret startar 1. januar 2020.",
        "Prosjektet har ei heil stilling (100 %) som ungdomsrettleiar. Rettleiaren følgjer unge mellom 18 og 25 år "
        "frå vidaregåande skule eller NAV-tiltak og ut i ordinære jobbar hos lokale arbeidsgjevarar, særleg i "
        "reiseliv og industri. Prosjektet svarar på dei prioriterte områda bruk av ordinært arbeidsliv og "
        "oppfølging av ungdom.",
    ]:
        doc.add_paragraph(t)
    doc.add_paragraph("Budsjett 2020 (omsøkt)").runs[0].bold = True
    grid(doc, [["Post", "Kr"], ["Løn ungdomsrettleiar", "470 000"], ["Feriepengar (12 %)", "56 400"],
               ["Arbeidsgjevaravgift", "83 600"], ["Sum løn inkl. sosiale kostnader og feriepengar", "610 000"],
               ["Prosjektspesifikk kompetanse", "10 000"], ["Sum omsøkt", "620 000"]], bold_rows=(4, 6))
    for t in [
        "Eigendel: Ullensvang kommune dekkjer kontorplass, telefon og reiser for rettleiaren, om lag 45 000 kroner. "
        "Desse kostnadene er ikkje med i søknadssummen.",
        "Vi ønskjer å vere med i nettverk/klyngesamarbeid, men ønskjer ikkje ekstern prosessevaluering i år.",
        "Kontaktperson: Åse Tveit, ase.tveit@nav.no, tlf. 53 65 43 20.",
        "Med helsing",
    ]:
        doc.add_paragraph(t)
    sign_table(doc, [("", "Odda, 23.01.2020", "Geir Opheim", "Nav-leiar"),
                     ("", "Odda, 27.01.2020", "Torbjørn Bjotveit", "Kommunedirektør")], "bu04")
    save_doc(doc, out)
    return truth("bu04", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", on), contact=("Åse Tveit", "ase.tveit@nav.no", "53654320"),
                 project=("Ung i arbeid i Ullensvang", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=45000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Geir Opheim", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Torbjørn Bjotveit", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: salary in three lines (løn, feriepengar, arbeidsgjevaravgift) and their sum row "
                        "610 000 = cap; the sum row is no fourth line",
                        "own funding 45 000 for office, phone and travel, not applied for: no other, no NON_POSITION_COSTS",
                        "areas: named in the letter (ordinært arbeidsliv, ungdom)"])


# ---------------------------------------------------------------- bu18 docx-letter nb, own share in prose
def bu18(out: Path):
    on = orgnr("97477543")
    doc = new_doc("Calibri", 11, "Søknad")
    _head(doc, ["Nav Verdal", "Johan Nygaards gate 5, 7650 Verdal"],
          ["Statsforvalteren i Trøndelag", "Postboks 4710 Torgarden, 7468 Trondheim"], "Verdal, 30.01.2020")
    doc.add_paragraph("Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret: «Familieløftet Verdal»"
                      ).runs[0].bold = True
    for t in [
        f"Nav Verdal (org.nr. {on}) søker om tilskudd til prosjektet «Familieløftet Verdal». Prosjektet er nytt og "
        "skal følge opp barnefamilier som har levd lenge på sosialhjelp, med vekt på foreldrenes vei til arbeid og "
        "barnas deltakelse i fritidsaktiviteter. Prosjektet hører til det prioriterte området "
        "oppfølging av barnefamilier, ungdom og innvandrere.",
        "Prosjektet bemannes med to halve stillinger: en familieveileder (50 %) og en jobbspesialist (50 %). "
        "Begge starter 15. mars 2020.",
        "Vi søker om kr 620 000: kr 610 000 til lønn inkl. sosiale kostnader for de to halve stillingene "
        "(kr 305 000 hver) og kr 10 000 til prosjektspesifikk kompetanse.",
        "Verdal kommune bidrar med kommunal medfinansiering på kr 200 000, som dekker prosjektlederens tid, "
        "fritidskort og husleie for et familierom. Kurs og reiser ellers dekkes av Nav-kontorets ordinære "
        "driftsbudsjett (ca. kr 30 000) og inngår ikke i søknaden.",
        "Nav Verdal ønsker ikke å delta i nettverk/klyngesamarbeid nå, men ønsker gjerne ekstern "
        "prosessevaluering.",
        "Spørsmål om søknaden kan rettes til Marit Vollan, telefon 74 04 82 00 (e-post: marit.vollan@nav.no).",
        "Vennlig hilsen",
    ]:
        doc.add_paragraph(t)
    sign_table(doc, [("Nav Verdal", "Verdal, 30.01.2020", "Lars Petter Okkenhaug", "Nav-leder"),
                     ("Verdal kommune", "Verdal, 31.01.2020", "Anne Grete Valbekmo", "Kommunalsjef helse og velferd")],
                     "bu18")
    save_doc(doc, out)
    return truth("bu18", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Verdal", "Verdal", on), contact=("Marit Vollan", "marit.vollan@nav.no", "74048200"),
                 project=("Familieløftet Verdal", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=200000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Lars Petter Okkenhaug", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Anne Grete Valbekmo", "Kommunalsjef helse og velferd", "2020-01-31",
                        "handwritten")],
                 notes=["near-miss: all amounts in prose; 'to halve stillinger' = 100 %, 610 000 at the cap; "
                        "'kr 305 000 hver' per position; own funding 200 000 (rent etc.) and 'ca. kr 30 000' "
                        "driftsbudsjett are not applied for; municipal signature the day before the deadline"])


# ---------------------------------------------------------------- pdf-from-office
def _office_form(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, ans in rows:
        c = t.add_row().cells
        cell_text(c[0], lab, bold=True)
        cell_text(c[1], ans)


def _to_pdf(doc, out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        save_doc(doc, src)
        soffice_pdf(src, out)


def bu11(out: Path):
    on = orgnr("98312459")
    doc = new_doc("Liberation Sans", 10, "Søknad")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 1)
    _office_form(doc, [("NAV-kontor", "NAV Bærum"), ("Kommune", "Bærum"), ("Organisasjonsnummer", spaced(on)),
                       ("Kontaktperson", "Camilla Eng"), ("E-post", "camilla.eng@nav.no"),
                       ("Telefon", "67 50 45 00"), ("Prosjektnavn", "Jobbklar Bærum"),
                       ("Søknaden gjelder", "Nytt prosjekt"), ("Oppstart", "01.04.2020")])
    doc.add_paragraph()
    doc.add_paragraph("Bemanning og lønnsmidler 2020").runs[0].bold = True
    grid(doc, [["Stilling", "Stillingsprosent", "Lønn inkl. sosiale kostnader", "Fra"],
               ["Jobbspesialist (IPS)", "60 %", "366 000", "01.04.2020"],
               ["Arbeidsgiverkontakt", "40 %", "244 000", "01.04.2020"],
               ["Sum stillinger", "100 %", "610 000", ""]], bold_rows=(3,))
    doc.add_paragraph()
    _office_form(doc, [("Lønnsmidler (sum over)", "610 000"), ("Kompetansemidler", "10 000"),
                       ("Totalt omsøkt beløp", "620 000")])
    doc.add_paragraph()
    doc.add_paragraph("Prosjektet kombinerer en 60-prosentstilling som jobbspesialist med en arbeidsgiverkontakt i "
                      "40 %. Målet er ordinært arbeid for unge voksne med psykiske helseutfordringer, i samarbeid "
                      "med kommunens psykiske helsetjeneste.")
    doc.add_paragraph("Prioriterte områder: ☒ Bruk av ordinært arbeidsliv  ☐ Oppfølging av barnefamilier, ungdom og "
                      "innvandrere  ☐ Sikring av sårbare overganger")
    doc.add_paragraph("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei     Ekstern prosessevaluering: ☒ Ja ☐ Nei")
    sign_table(doc, [("NAV-leder", "Sandvika, 29.01.2020", "Trond Aasland", "NAV-leder"),
                     ("Bærum kommune", "Sandvika, 30.01.2020", "Gro Aalvik", "Kommunaldirektør velferd")], "bu11")
    _to_pdf(doc, out)
    return truth("bu11", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Bærum", "Bærum", on), contact=("Camilla Eng", "camilla.eng@nav.no", "67504500"),
                 project=("Jobbklar Bærum", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Trond Aasland", "NAV-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Gro Aalvik", "Kommunaldirektør velferd", "2020-01-30", "handwritten")],
                 notes=["near-miss: 60 % + 40 % in a staffing table, 366 000 + 244 000 = 610 000 at the cap; "
                        "'Sum stillinger 100 %' row is a sum; municipal signer 'Kommunaldirektør velferd'"])


def bu12(out: Path):
    on = orgnr("92143557")
    doc = new_doc("Liberation Serif", 11, "Søknad")
    doc.add_heading("Tilskot til utvikling av sosiale tenester i Nav 2020 – søknad frå Nav Ålesund", 1)
    _office_form(doc, [("Nav-kontor", "Nav Ålesund"), ("Kommune", "Ålesund"), ("Organisasjonsnummer", on),
                       ("Kontaktperson", "Eldbjørg Vik, eldbjorg.vik@nav.no, 70 16 25 00"),
                       ("Prosjektnamn", "Ny start Ålesund"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.02.2020")])
    doc.add_paragraph()
    doc.add_paragraph("Budsjett 2020 (beløp i 1000 kr)").runs[0].bold = True
    grid(doc, [["Post", "Stilling", "Omsøkt"], ["Overgangsrettleiar", "0,5 årsverk", "320"],
               ["Bustadrettleiar", "0,5 årsverk", "310"], ["Kompetanse", "", "10"], ["Sum", "", "640"]],
         bold_rows=(4,))
    doc.add_paragraph()
    doc.add_paragraph("Prosjektet skal sikre at personar som blir lauslatne frå fengsel eller skrivne ut frå "
                      "rusbehandling, har bustad, inntekt og ein rettleiar frå første dag.")
    doc.add_paragraph("Prioriterte område: [ ] Bruk av ordinært arbeidsliv  [ ] Oppfølging av barnefamiliar, ungdom "
                      "og innvandrarar  [X] Sikring av sårbare overgangar")
    doc.add_paragraph("Nettverk/klyngesamarbeid: Ja.  Ekstern prosessevaluering: Ja.")
    sign_table(doc, [("Nav-leiar", "Ålesund, 17.01.2020", "Oddbjørn Brandal", "Nav-leiar"),
                     ("Kommunedirektør", "Ålesund, 20.01.2020", "Astrid Eidsvik", "Kommunedirektør")], "bu12")
    _to_pdf(doc, out)
    return truth("bu12", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Ålesund", "Ålesund", on), contact=("Eldbjørg Vik", "eldbjorg.vik@nav.no", "70162500"),
                 project=("Ny start Ålesund", "new", "2020-02-01"), pct=100,
                 amounts={"positions": 630000, "competence": 10000, "total": 640000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Oddbjørn Brandal", "Nav-leiar", "2020-01-17", "handwritten"),
                       ("municipality", "Astrid Eidsvik", "Kommunedirektør", "2020-01-20", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: in thousands, 0,5 + 0,5 årsverk = 100 % at 320 + 310 = 630 000 > 610 000"])


def bu13(out: Path):
    on = orgnr("97451372")
    doc = new_doc("Carlito", 10, "Søknad")
    doc.add_heading("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret (2020)", 1)
    _office_form(doc, [("Søker", "Nav Moss"), ("Kommune", "Moss kommune"), ("Org.nr.", spaced(on)),
                       ("Kontaktperson", "Jørgen Holm – jorgen.holm@nav.no – 69 24 10 00"),
                       ("Prosjektets tittel", "Hjemmebesøk som virker"), ("Nytt prosjekt / videreføring", "Nytt"),
                       ("Oppstart", "01.03.2020"), ("Stilling", "80 % familiekoordinator")])
    doc.add_paragraph()
    doc.add_paragraph("Omsøkte midler 2020").runs[0].bold = True
    grid(doc, [["Kostnad", "Kr"], ["Lønn inkl. sosiale kostnader, 80 % stilling", "480 000"],
               ["Prosjektspesifikk kompetanse", "10 000"], ["Reiseutgifter (hjemmebesøk, bil)", "18 000"],
               ["Sum søkt", "508 000"]], bold_rows=(4,))
    doc.add_paragraph()
    doc.add_paragraph("Familiekoordinatoren besøker familier med barn som mottar sosialhjelp hjemme, og kobler "
                      "foreldrene til arbeid og barna til fritid.")
    doc.add_paragraph("Prioriterte områder: ☐ Bruk av ordinært arbeidsliv  ☒ Oppfølging av barnefamilier, ungdom og "
                      "innvandrere  ☐ Sikring av sårbare overganger")
    doc.add_paragraph("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei     Ekstern prosessevaluering: ☐ Ja ☒ Nei")
    sign_table(doc, [("Nav-leder", "Moss, 22.01.2020", "Hanne Sjøberg", "Nav-leder"),
                     ("Rådmann", "Moss, 24.01.2020", "Kjell Westby", "Rådmann")], "bu13")
    _to_pdf(doc, out)
    return truth("bu13", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", on), contact=("Jørgen Holm", "jorgen.holm@nav.no", "69241000"),
                 project=("Hjemmebesøk som virker", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": 18000, "total": 508000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Hanne Sjøberg", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Kjell Westby", "Rådmann", "2020-01-24", "handwritten")],
                 expected=["NON_POSITION_COSTS"],
                 notes=["defect: a travel line of 18 000 is part of the amount applied for (positions only); "
                        "80 % at 480 000 is under its cap 488 000"])
