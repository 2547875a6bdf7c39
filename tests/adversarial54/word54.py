"""Word builders of corpus 54 (pa01–pa06, pa08, pa10, pa13, pa14): areas marked and argued in many ways."""
from __future__ import annotations

from pathlib import Path

from kit54 import (S20, add_ink, cell_text, legacy_check, legacy_text, new_doc, org, run, save_doc, sdt_text,
                   soffice_pdf, spaced, truth, w14_checkbox)

A1, A2, A3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def _kv(doc, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=0, cols=2)
    t.style = style
    for a, b in rows:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        cell_text(c[1], b)
    return t


def _sig_side(doc, blocks, style="Table Grid"):
    """Signers side by side: place/date, ink, name, title in one column each."""
    t = doc.add_table(rows=4, cols=len(blocks))
    t.style = style
    for i, (place, seed, name, title) in enumerate(blocks):
        cell_text(t.cell(0, i), place)
        if seed:
            add_ink(t.cell(1, i).paragraphs[0], seed, 4.0)
        cell_text(t.cell(2, i), name)
        cell_text(t.cell(3, i), title)
    return t


# ---------------------------------------------------------------- pa01 docx-form nb: Ja/Nei columns with X
def pa01(out: Path):
    o = org("97412345")
    doc = new_doc("Arial", 10, "Søknadsskjema 2020")
    doc.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    doc.add_paragraph("1. Opplysninger om søker")
    _kv(doc, [("Nav-kontor", "Nav Modum"), ("Kommune", "Modum"), ("Organisasjonsnummer", spaced(o)),
              ("Kontaktperson", "Kari Solbakken"), ("E-postadresse", "kari.solbakken@nav.no"), ("Telefon", "32 78 41 90")])
    doc.add_paragraph("2. Om tiltaket")
    _kv(doc, [("Tiltakets navn", "Arbeid på Vikersund"), ("Nytt tiltak eller videreføring?", "Nytt prosjekt"),
              ("Planlagt oppstart", "01.09.2020"), ("Stillingsressurs", "100 %")])
    doc.add_paragraph("3. Hvilke prioriterte områder svarer tiltaket på? Sett X i riktig kolonne.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Prioritert område 2020", "Ja", "Nei"]):
        cell_text(t.cell(0, i), h, bold=True, shade="D9E2F3")
    for name, yes in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                      ("Sikring av sårbare overganger", True)]:
        c = t.add_row().cells
        cell_text(c[0], name)
        cell_text(c[1 if yes else 2], "X")
    doc.add_paragraph("4. Kort beskrivelse")
    doc.add_paragraph("Deltakere som avslutter kvalifiseringsprogrammet (KVP) uten jobb faller ofte tilbake til "
                      "sosialhjelp. En jobbspesialist skal sammen med lokale bedrifter i Modum finne og følge opp "
                      "ordinære arbeidsplasser, og følge deltakeren tett det første halvåret etter programslutt.")
    doc.add_paragraph("5. Budsjett")
    _kv(doc, [("Lønn og sosiale utgifter", "598 000"), ("Kompetansemidler", "10 000"), ("Sum omsøkt", "608 000")])
    doc.add_paragraph("6. Interesse for utprøving")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Ja", "Nei"]):
        cell_text(t.cell(0, i), h, bold=True)
    cell_text(t.cell(1, 0), "Nettverk / klyngesamarbeid")
    cell_text(t.cell(1, 1), "X")
    cell_text(t.cell(2, 0), "Ekstern prosessevaluering")
    cell_text(t.cell(2, 2), "X")
    doc.add_paragraph("7. Underskrifter")
    _sig_side(doc, [("Vikersund, 24.01.2020", "pa01a", "Henrik Aasland", "Nav-leder"),
                    ("Vikersund, 27.01.2020", "pa01b", "Tone Bjerke", "Kommunedirektør")])
    save_doc(doc, out)
    return truth("pa01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Modum", "Modum", o),
                 contact=("Kari Solbakken", "kari.solbakken@nav.no", "32784190"),
                 project=("Arbeid på Vikersund", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "total": 608000}, prio=[A1, A3],
                 interest=(True, False),
                 sigs=[("nav_leader", "Henrik Aasland", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Tone Bjerke", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["areas answered by X in a Ja or a Nei column; barnefamilier has its X under Nei"])


# ---------------------------------------------------------------- pa02 docx-form nn: strike out what does not apply
def pa02(out: Path):
    o = org("99112233")
    doc = new_doc("Cambria", 11, "Søknad Nav Ørsta")
    doc.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020").bold = True
    _kv(doc, [("Søkjar (Nav-kontor)", "Nav Ørsta"), ("Kommune", "Ørsta"), ("Org.nr.", o),
              ("Kontaktperson", "Ingvild Hovde"), ("E-post", "ingvild.hovde@nav.no"), ("Mobil", "913 44 027"),
              ("Namnet på prosjektet", "Heile familien med")])
    p = doc.add_paragraph("Type søknad (stryk det som ikkje passar):  ")
    run(p, "Nytt prosjekt")
    run(p, "  /  ")
    run(p, "Vidareføring", strike=True)
    doc.add_paragraph("Oppstart: 1. august 2020")
    doc.add_paragraph("Satsingsområde (stryk dei som ikkje passar):")
    for text, keep in [("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                       ("Sikring av sårbare overgangar", False)]:
        run(doc.add_paragraph(style="List Bullet"), text, strike=not keep)
    doc.add_paragraph("Skildring: Ein familiekoordinator skal følgje heile familien når foreldra har hatt "
                      "økonomisk sosialhjelp i meir enn eitt år og det bur barn i huset. Familien får éin kontaktperson "
                      "på tvers av Nav, barnehage, skule og helsestasjon.")
    _kv(doc, [("Stillingsdel", "50 %"), ("Løn og sosiale utgifter", "kr 305 000"), ("Kompetanse", "kr 10 000"),
              ("Sum søkt", "kr 315 000"), ("Interesse for nettverk/klyngesamarbeid", "Ja"),
              ("Interesse for ekstern prosessevaluering", "Ja")])
    doc.add_paragraph()
    _sig_side(doc, [("Ørsta, 27.01.2020", "pa02a", "Solveig Hovden", "Leiar Nav Ørsta"),
                    ("Ørsta, 29.01.2020", "pa02b", "Arne Vik", "Kommunalsjef for helse og velferd")])
    save_doc(doc, out)
    return truth("pa02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", o),
                 contact=("Ingvild Hovde", "ingvild.hovde@nav.no", "91344027"),
                 project=("Heile familien med", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000}, prio=[A2],
                 interest=(True, True),
                 sigs=[("nav_leader", "Solveig Hovden", "Leiar Nav Ørsta", "2020-01-27", "handwritten"),
                       ("municipality", "Arne Vik", "Kommunalsjef for helse og velferd", "2020-01-29", "handwritten")],
                 notes=["'stryk det som ikkje passar': the struck-through areas and 'Vidareføring' are NOT chosen",
                        "near-miss: 50 % at exactly 305 000"])


# ---------------------------------------------------------------- pa03 docx-form nb: DEFECT no area at all
def pa03(out: Path):
    o = org("98765432")
    doc = new_doc("Calibri", 11, "Søknad 2020")
    doc.add_heading("Nav Eidsvoll – søknad om utviklingsmidler 2020", 1)
    doc.add_paragraph("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)")
    _kv(doc, [("Søker", "Nav Eidsvoll"), ("Kommune", "Eidsvoll"), ("Org.nr", spaced(o)),
              ("Kontaktperson", "Mats Granli, mats.granli@nav.no, tlf. 63 95 12 60"),
              ("Prosjektets navn", "Ny start med økonomien"), ("Søknaden gjelder", "Nytt tiltak"),
              ("Oppstart", "1. mai 2020"), ("Stilling", "80 % stilling som økonomisk rådgiver")])
    doc.add_paragraph("Prioriterte områder (kryss av):")
    for a in ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
              "Sikring av sårbare overganger"]:
        doc.add_paragraph(f"☐ {a}")
    doc.add_paragraph("Beskrivelse: Mange innbyggere med betalingsproblemer venter i flere uker på time hos økonomisk "
                      "rådgiver. Prosjektet skal utvikle en ny modell for gjeldsrådgivning med korte videomøter, "
                      "felles budsjettverktøy og en fast rutine for samarbeid med namsmannen og kreditorene.")
    _kv(doc, [("Lønn inkl. sosiale kostnader", "480 000"), ("Kompetanse", "10 000"), ("Totalt", "490 000"),
              ("Ønsker nettverk/klyngesamarbeid", "Nei"), ("Ønsker ekstern prosessevaluering", "Ja")])
    doc.add_paragraph()
    _sig_side(doc, [("Eidsvoll 22.01.2020", "pa03a", "Randi Moe", "Leder Nav Eidsvoll"),
                    ("Eidsvoll 24.01.2020", "pa03b", "Kjetil Aas", "Rådmann")])
    save_doc(doc, out)
    return truth("pa03", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Eidsvoll", "Eidsvoll", o),
                 contact=("Mats Granli", "mats.granli@nav.no", "63951260"),
                 project=("Ny start med økonomien", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "total": 490000}, prio=[],
                 interest=(False, True), expected=["PRIORITY_AREA_MISSING"],
                 sigs=[("nav_leader", "Randi Moe", "Leder Nav Eidsvoll", "2020-01-22", "handwritten"),
                       ("municipality", "Kjetil Aas", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["defect: all three area boxes empty, the project (debt counselling) argues none of them"])


# ---------------------------------------------------------------- pa04 docx-letter nb: areas in own words, one negated
def pa04(out: Path):
    o = org("97654321")
    doc = new_doc("Times New Roman", 12, "Søknad Familiesporet")
    for line in ["Nav Halden", "Postboks 150, 1751 Halden", f"Org.nr. {o}", ""]:
        doc.add_paragraph(line)
    doc.add_paragraph("Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss")
    doc.add_paragraph("Halden, 23. januar 2020")
    run(doc.add_paragraph(), "Søknad om videreføring av «Familiesporet» – tilskudd til utvikling av sosiale tjenester "
        "i Nav-kontoret", bold=True)
    for s in [
        "Prosjektet Familiesporet startet 1. august 2019 med tilskudd fra ordningen, og Nav Halden søker nå om midler "
        "til prosjektets andre år, fra 1. august 2020.",
        "Tiltaket treffer to av årets satsingsområder. Målgruppen er familier med barn som har levd lenge på "
        "sosialhjelp, og vi bruker ordinære arbeidsplasser i lokalt næringsliv som arena for avklaring og "
        "kvalifisering av foreldrene. Vi har ikke søkt om midler til arbeid med løslatte eller andre sårbare "
        "overganger; dette dekkes av kommunens eget SLT-arbeid.",
        "Vi søker om lønn til to stillinger à 100 % som familieveiledere, til sammen kr 1 200 000, og kr 10 000 til "
        "kompetanse (veiledning i familiearbeid). Samlet søknadsbeløp er kr 1 210 000. Halden kommune dekker i "
        "tillegg kr 150 000 til kontorplass og reiser.",
        "Nav Halden er interessert i nettverkssamarbeid med andre prosjekter, og stiller seg også positiv til ekstern "
        "prosessevaluering.",
        "Kontaktperson er prosjektleder Silje Karlsen, silje.karlsen@nav.no, telefon 69 17 44 08."]:
        doc.add_paragraph(s)
    doc.add_paragraph("Med vennlig hilsen")
    _sig_side(doc, [("Halden, 23.01.2020", "pa04a", "Geir Olsen", "Nav-leder"),
                    ("Halden, 28.01.2020", "pa04b", "Lise Haugen", "Kommunalsjef")], style=None)
    save_doc(doc, out)
    return truth("pa04", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Silje Karlsen", "silje.karlsen@nav.no", "69174408"),
                 project=("Familiesporet", "continuation", "2020-08-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000}, own_funding=150000,
                 prio=[A1, A2], interest=(True, True),
                 sigs=[("nav_leader", "Geir Olsen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Lise Haugen", "Kommunalsjef", "2020-01-28", "handwritten")],
                 notes=["areas paraphrased: 'familier med barn' + 'ordinære arbeidsplasser'; overganger explicitly NOT",
                        "year two of a project begun 2019 = continuation; own funding 150 000"])


# ---------------------------------------------------------------- pa05 docx-letter nn: DEFECT fourth year
def pa05(out: Path):
    o = org("88997766")
    doc = new_doc("Georgia", 11, "Søknad Vegen vidare")
    doc.add_paragraph("NAV LUSTER")
    doc.add_paragraph(f"Org.nr.: {spaced(o)}")
    doc.add_paragraph("Fylkesmannen i Vestland, sosial- og barnevernavdelinga")
    doc.add_paragraph("Gaupne, 20.01.2020")
    run(doc.add_paragraph(), "Søknad om tilskot til utvikling av sosiale tenester i NAV-kontoret – «Vegen vidare»",
        bold=True)
    for s in [
        "Vi søkjer med dette om å føre vidare prosjektet «Vegen vidare» for eit fjerde år. Prosjektet fekk tilskot "
        "første gong i 2017, og har hatt tilskot i 2017, 2018 og 2019. Det fjerde prosjektåret startar 1. januar 2020.",
        "Prosjektet høyrer til satsingsområdet sikring av sårbare overgangar. Deltakarane er vaksne som går ut av "
        "KVP, og som ofte samstundes skal flytte frå mellombels butilbod til eigen bustad. Prosjektmedarbeidaren "
        "kombinerer økonomisk rådgjeving, hjelp med bustad og tett oppfølging dei første månadene etter programmet.",
        "Vi søkjer om ei stilling (100 %): løn og sosiale utgifter kr 600 000, og kr 10 000 til kompetanse. "
        "Til saman kr 610 000.",
        "Nav Luster ønskjer å vere med i nettverk/klyngesamarbeid. Vi ønskjer ikkje ekstern prosessevaluering i år.",
        "Kontaktperson: Torunn Myklebust, torunn.myklebust@nav.no, 57 68 55 10."]:
        doc.add_paragraph(s)
    doc.add_paragraph("Venleg helsing")
    for seed, name, title, date in [("pa05a", "Olav Bakken", "NAV-leiar", "20.01.2020"),
                                    ("pa05b", "Kristin Sølvberg", "Rådmann", "21.01.2020")]:
        add_ink(doc.add_paragraph(), seed, 4.2)
        doc.add_paragraph(f"{name}, {title}, {date}")
    save_doc(doc, out)
    return truth("pa05", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Luster", "Luster", o),
                 contact=("Torunn Myklebust", "torunn.myklebust@nav.no", "57685510"),
                 project=("Vegen vidare", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[A3],
                 interest=(True, False), expected=["CONTINUATION_LIMIT"],
                 sigs=[("nav_leader", "Olav Bakken", "NAV-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Kristin Sølvberg", "Rådmann", "2020-01-21", "handwritten")],
                 notes=["defect: 'føre vidare … for eit fjerde år' (grants 2017–2019) = beyond the third year",
                        "KVP / økonomisk rådgjeving / bustad are means; the area is named: sårbare overgangar"])


# ---------------------------------------------------------------- pa06 docx-controls nb: w14 boxes, 'År 2 av 3'
def pa06(out: Path):
    from docx.shared import Cm
    o = org("93338844")
    doc = new_doc("Calibri", 10, "Søknadsskjema")
    doc.add_heading("Søknad – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value, tag in [("Nav-kontor", "Nav Lørenskog", "kontor"), ("Kommune", "Lørenskog", "kommune"),
                              ("Organisasjonsnr.", o, "orgnr"), ("Kontaktperson", "Ahmed Rahimi", "kontakt"),
                              ("E-post", "ahmed.rahimi@nav.no", "epost"), ("Telefon", "67 93 40 15", "tlf"),
                              ("Prosjektnavn", "Brobyggeren", "tittel"), ("Prosjektår", "År 2 av 3 (videreføring)", "aar"),
                              ("Oppstart dette året", "01.03.2020", "start"), ("Stillingsressurs", "1,5 årsverk", "stilling"),
                              ("Lønn og sosiale utgifter (kr)", "915 000", "lonn"), ("Kompetanse (kr)", "10 000", "komp"),
                              ("Sum omsøkt (kr)", "925 000", "sum")]:
        c = t.add_row().cells
        cell_text(c[0], label, bold=True)
        sdt_text(c[1].paragraphs[0], value, tag)
    doc.add_paragraph("Prioriterte områder – kryss av for de(t) området tiltaket gjelder")
    for name, on in [("Bruk av ordinært arbeidsliv", False), ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                     ("Sikring av sårbare overganger", True)]:
        p = doc.add_paragraph()
        w14_checkbox(p, on)
        p.add_run(" " + name)
    p = doc.add_paragraph("Eventuelt annet område: ")
    sdt_text(p, None, "annet")
    p = doc.add_paragraph("Beskrivelse: ")
    sdt_text(p, "Brobyggerne følger unge innvandrere fra introduksjonsprogrammet over i Nav-oppfølging, slik at "
                "ingen faller mellom to stoler når introduksjonsstønaden stopper.", "beskrivelse")
    for label, yes in [("Interessert i nettverk/klyngesamarbeid", True), ("Interessert i ekstern prosessevaluering", False)]:
        p = doc.add_paragraph(label + ":  ")
        w14_checkbox(p, yes)
        p.add_run(" Ja   ")
        w14_checkbox(p, not yes)
        p.add_run(" Nei")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i, (seed, name, title, date) in enumerate([("pa06a", "Hege Lunde", "Nav-leder", "21.01.2020"),
                                                   ("pa06b", "Bjørn Tveit", "Kommunedirektør", "30.01.2020")]):
        add_ink(t.cell(0, i).paragraphs[0], seed, 4.0)
        p = t.cell(1, i).paragraphs[0]
        sdt_text(p, f"{name}, {title}, Lørenskog {date}", f"sign{i}")
    doc.sections[0].left_margin = Cm(2.2)
    save_doc(doc, out)
    return truth("pa06", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Lørenskog", "Lørenskog", o),
                 contact=("Ahmed Rahimi", "ahmed.rahimi@nav.no", "67934015"),
                 project=("Brobyggeren", "continuation", "2020-03-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000}, prio=[A2, A3],
                 interest=(True, False),
                 sigs=[("nav_leader", "Hege Lunde", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Bjørn Tveit", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["w14 check boxes; 'Eventuelt annet område' left as placeholder (no answer)",
                        "near-miss: 1,5 årsverk at exactly 915 000; 'År 2 av 3' = continuation within the limit"])
