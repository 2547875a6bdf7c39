"""Corpus 86, documents ka01–ka09: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit86 import S20, ctl, ctl_box, ctl_date, ctl_drop, ctl_picture, ff, ffbox, ink, orgnr, seq, spaced, word
from sheet86 import Sheet
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N2, N3 = "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
LINE = "_" * 34
P1, P2, P3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def ka01(out: Path):
    o = orgnr("97695448")
    g = {"bold": (0, 2), "shade": "DCE6F0", "widths": [2.8, 5.2, 3.0, 5.6]}
    blocks = [("title", "Søknadsskjema 2020"),
              ("p", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63). Sendes "
                    "Fylkesmannen i Oslo og Viken innen 1. februar 2020. Bruk ett skjema per prosjekt."),
              ("h", "1   Søker"),
              ("grid", [["Nav-kontor", "NAV St. Hanshaugen", "Bydel / kommune", "Bydel St. Hanshaugen, Oslo kommune"],
                        ["Org.nr.", spaced(o), "Kontaktperson", "Henrik Aas-Jensen"],
                        ["E-post", "Henrik.Aas-Jensen@nav.no", "Mobil", "938 41 207"]], g),
              ("h", "2   Prosjekt"),
              ("grid", [["Prosjektnavn", "«Ung på St. Hanshaugen»", "Søknadstype", "☒ Nytt    ☐ Videreføring"],
                        ["Oppstart", "1. april 2020", "Stillingsandel", "100 %"]], g),
              ("h", "3   Budsjett for 2020"),
              ("grid", [["Kostnadspost", "Beløp (kr)"], ["Lønn og sosiale utgifter, 1 prosjektstilling (100 %)", "600 000"],
                        ["Kompetansemidler (prosjektspesifikke)", "10 000"], ["Sum omsøkt", "610 000"]],
               {"head": True, "shade": "DCE6F0", "widths": [12.0, 4.6]}),
              ("h", "4   Prioriterte områder"),
              ("grid", [[["☐ " + A1, "☒ " + A2, "☐ " + A3]]]),
              ("h", "5   Deltakelse"),
              ("grid", [["Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "☐ Ja    ☒ Nei"],
                        ["Ønsker kontoret ekstern prosessevaluering?", "☐ Ja    ☒ Nei"]], {"widths": [11.0, 5.6]}),
              ("h", "6   Underskrifter"),
              ("sig", [["NAV St. Hanshaugen", "Oslo, 24.01.2020", ink("ka01a"), LINE, "Randi Kvammen", "Nav-leder"],
                       ["Bydel St. Hanshaugen", "Oslo, 27.01.2020", ink("ka01b"), LINE, "Tor Inge Lunde", "Bydelsdirektør"]])]
    word(blocks, out, font="Arial", size=10)
    return truth("ka01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav St. Hanshaugen", "Oslo", o),
                 contact=("Henrik Aas-Jensen", "henrik.aas-jensen@nav.no", "93841207"),
                 project=("Ung på St. Hanshaugen", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[P2], interest=(False, False),
                 sigs=[("nav_leader", "Randi Kvammen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Tor Inge Lunde", "Bydelsdirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: four-column grid (two label/value pairs a row), 'Bydel St. Hanshaugen, Oslo kommune', "
                        "signature blocks headed by the office and the bydel (ink, name and title under the line), both "
                        "interest answers 'Nei' (false, not null), total 610 000 = 600 000 + 10 000"])


def ka02(out: Path):
    o = orgnr("91236928")
    rows = [["Nr.", "Spørsmål", "Svar"], ["1", "Kva Nav-kontor søkjer?", "Nav Sveio"],
            ["2", "Kva kommune høyrer kontoret til?", "Sveio kommune"],
            ["3", "Organisasjonsnummeret til Nav-kontoret", o],
            ["4", "Kven er kontaktperson, og korleis kan vi nå vedkomande?",
             "Solveig Tveit Vikse, solveig.tveit.vikse@nav.no, mobil 977 12 408"],
            ["5", "Kva heiter prosjektet?", "Jobbvegen Sveio"],
            ["6", "Er prosjektet nytt, eller er det ei vidareføring?", "Nytt"],
            ["7", "Når startar prosjektet?", "1. april 2020"],
            ["8", "Kor stor stillingsressurs søkjer de om?", "80 % stilling som jobbspesialist"],
            ["9", "Kor mykje søkjer de om til løn og sosiale kostnader?", "500 000 kr"],
            ["10", "Kor mykje søkjer de om til prosjektspesifikk kompetanse?", "8 000 kr"],
            ["11", "Samla søknadssum", "508 000 kr"],
            ["12", "Kva prioriterte område rettar prosjektet seg mot? (set kryss)",
             ["☒ Bruk av ordinært arbeidsliv", "☐ " + N2, "☐ " + N3]],
            ["13", "Ønskjer kontoret å vere med i nettverk/klyngjesamarbeid?", "Ja"],
            ["14", "Ønskjer kontoret ekstern prosessevaluering?", "Nei"]]
    blocks = [("title", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"),
              ("p", "Fylkesmannen i Vestland. Spørsmål om ordninga kan rettast til seniorrådgjevar Kari Nes, "
                    "fmvlkne@fylkesmannen.no, tlf. 57 64 30 00. Svar på alle spørsmåla i tabellen."),
              ("grid", rows, {"head": True, "shade": "F2F2F2", "widths": [1.1, 8.0, 7.5]}),
              ("p", "Underskrift av leiinga i Nav-kontoret og i kommunen:"),
              ("sig", [["Stad og dato: Sveio, 28.01.2020", ink("ka02a"), LINE, "Gunnhild Eide", "Nav-leiar"],
                       ["Stad og dato: Sveio, 29.01.2020", ink("ka02b"), LINE, "Asle Hovda", "Rådmann"]])]
    word(blocks, out, font="Calibri", size=10.5)
    return truth("ka02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sveio", "Sveio", o),
                 contact=("Solveig Tveit Vikse", "solveig.tveit.vikse@nav.no", "97712408"),
                 project=("Jobbvegen Sveio", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 500000, "competence": 8000, "total": 508000}, prio=[P1], interest=(True, False),
                 sigs=[("nav_leader", "Gunnhild Eide", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Asle Hovda", "Rådmann", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 80 % → cap 488 000, salary 500 000", "numbered question table 'Nr./Spørsmål/Svar'; the "
                        "county's adviser with e-mail and phone printed in the instructions"])


def ka03(out: Path):
    o = orgnr("97963232")
    g = {"bold": (0,), "shade": "E7EEE4", "widths": [6.0, 10.6]}
    c = ctl
    blocks = [("title", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"),
              ("p", "Fyll inn i de grå feltene. Feltene kan ikke endres etter at skjemaet er låst."),
              ("grid", [["Søkende Nav-kontor", c("Nav Oppdal", "kontor")], ["Kommune", c("Oppdal kommune", "kommune")],
                        ["Organisasjonsnummer", c(o, "orgnr")], ["Kontaktperson (navn)", c("Ragnhild Skjølsvold", "kp")],
                        ["Kontaktperson (e-post)", c("ragnhild.skjolsvold@nav.no", "kpepost")],
                        ["Kontaktperson (telefon)", c("416 32 790", "kptlf")],
                        ["Prosjektets navn", c("Fjellstua – arbeidstrening i lokale bedrifter", "tittel")],
                        ["Søknaden gjelder", ctl_drop("Videreføring – 3. år", ["Nytt prosjekt", "Videreføring – 2. år",
                                                                              "Videreføring – 3. år"], "type")],
                        ["Tidligere tilskudd (år)", c("2018, 2019", "tidligere")],
                        ["Oppstart i tilskuddsåret", ctl_date("2020-01-01", "01.01.2020", "dd.MM.yyyy", "start")],
                        ["Stillingsandel", c("50 %", "andel")], ["Lønn og sosiale kostnader (kr)", c("305 000", "lonn")],
                        ["Kompetansemidler (kr)", c("10 000", "komp")], ["Andre kostnader (kr)", c(None, "andre")],
                        ["Sum søknadsbeløp (kr)", c("315 000", "sum")]], g),
              ("h", "Prioriterte områder (kryss av)"),
              ("grid", [[ctl_box(False, A1)], [ctl_box(False, A2)], [ctl_box(True, A3)]], {"borders": False}),
              ("grid", [["Interesse for nettverk/klyngesamarbeid", seq(ctl_box(True, "Ja"), "     ", ctl_box(False, "Nei"))],
                        ["Interesse for ekstern prosessevaluering", seq(ctl_box(False, "Ja"), "     ", ctl_box(True, "Nei"))]], g),
              ("h", "Signaturer"),
              ("sig", [["Leder Nav Oppdal", ctl_picture("ka03a"),
                        seq("Dato: ", ctl_date("2020-01-23", "23.01.2020", "dd.MM.yyyy", "dato1")),
                        seq("Navn: ", ctl("Lars Fossum", "navn1"))],
                       ["Kommunedirektør", ctl_picture("ka03b"),
                        seq("Dato: ", ctl_date("2020-01-28", "28.01.2020", "dd.MM.yyyy", "dato2")),
                        seq("Navn: ", ctl("Kari Toftaker", "navn2"))]])]
    word(blocks, out, font="Calibri", size=10.5)
    return truth("ka03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Oppdal", "Oppdal", o),
                 contact=("Ragnhild Skjølsvold", "ragnhild.skjolsvold@nav.no", "41632790"),
                 project=("Fjellstua – arbeidstrening i lokale bedrifter", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000}, prio=[P3], interest=(True, False),
                 sigs=[("nav_leader", "Lars Fossum", "Leder Nav Oppdal", "2020-01-23", "handwritten"),
                       ("municipality", "Kari Toftaker", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: 50 % at exactly 305 000; third year of a continuation (2018, 2019, 2020: allowed); "
                        "'Andre kostnader' shows Word's placeholder (not a value); drop-down, date pickers, w14 boxes; "
                        "ink inside picture content controls"])


def ka04(out: Path):
    o = orgnr("99442590")
    g = {"bold": (0,), "widths": [6.5, 10.1]}
    blocks = [("title", "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020"),
              ("p", "Skjemaet er verna. Fyll ut felta og kryss av i boksane. Søknadsfrist 1. februar 2020."),
              ("h", "Del A – Søkjar"),
              ("grid", [["Nav-kontor", ff("NAV Masfjorden", "Tekst1")], ["Kommune", ff("Masfjorden", "Tekst2")],
                        ["Org.nr.", ff(o, "Tekst3")], ["Kontaktperson", ff("Ingebjørg Hope", "Tekst4")],
                        ["E-post", ff("ingebjorg.hope@nav.no", "Tekst5")], ["Telefon", ff("918 55 203", "Tekst6")]], g),
              ("h", "Del B – Prosjektet"),
              ("grid", [["Prosjektnamn", ff("Saman om bustad og arbeid", "Tekst7")],
                        ["Type prosjekt", seq(ffbox("checked", "Nytt prosjekt", "Kontroll1"), "      ",
                                              ffbox("off", "Vidareføring", "Kontroll2"))],
                        ["Oppstart", ff("01.03.2020", "Tekst8")]], g),
              ("h", "Del C – Stillingar og budsjett"),
              ("grid", [["Stilling", "Stillingsprosent", "Løn og sosiale kostnader (kr)"],
                        [ff("Bustadrettleiar", "Tekst9"), ff("40 %", "Tekst10"), ff("244 000", "Tekst11")],
                        [ff("Ungdomskontakt", "Tekst12"), ff("20 %", "Tekst13"), ff("122 000", "Tekst14")],
                        ["Sum stillingar", ff("60 %", "Tekst15"), ff("366 000", "Tekst16")]], {"head": True}),
              ("grid", [["Kompetansemidlar (kr)", ff("", "Tekst17")], ["Sum det vert søkt om (kr)", ff("366 000", "Tekst18")]], g),
              ("h", "Del D – Prioriterte område"),
              ("grid", [[ffbox("default", A1, "Kontroll3")], [ffbox("off", N2, "Kontroll4")],
                        [ffbox("default", N3, "Kontroll5")]], {"borders": False}),
              ("h", "Del E – Nettverk og evaluering"),
              ("grid", [["Ønskjer de å delta i nettverk/klyngjesamarbeid?",
                         seq(ffbox("checked", "Ja", "Kontroll6"), "   ", ffbox("off", "Nei", "Kontroll7"))],
                        ["Ønskjer de ekstern prosessevaluering?",
                         seq(ffbox("unticked", "Ja", "Kontroll8"), "   ", ffbox("checked", "Nei", "Kontroll9"))]], g),
              ("h", "Del F – Underskrift"),
              ("sig", [["Konstituert Nav-leiar", ff("Masfjordnes, 31.01.2020", "Tekst19"), ink("ka04a"), LINE,
                        "Åse Nordanger"],
                       ["Rådmann", ff("Masfjordnes, 01.02.2020", "Tekst20"), ink("ka04b"), LINE, "Per Arne Haugland"]])]
    word(blocks, out, font="Times New Roman", size=11)
    return truth("ka04", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Masfjorden", "Masfjorden", o),
                 contact=("Ingebjørg Hope", "ingebjorg.hope@nav.no", "91855203"),
                 project=("Saman om bustad og arbeid", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": None, "total": 366000}, prio=[P1, P3], interest=(True, False),
                 sigs=[("nav_leader", "Åse Nordanger", "Konstituert Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Per Arne Haugland", "Rådmann", "2020-02-01", "handwritten")],
                 notes=["near-miss: 40 % + 20 % at exactly 366 000; competence field empty (five en spaces: null); "
                        "rådmann signs on the deadline day; acting Nav leader; FORMCHECKBOX ticked by w:default and by "
                        "w:checked; the 'Ja' box of process evaluation is ticked by the template default but unticked "
                        "by the user (w:checked w:val=0: Word shows it empty) and 'Nei' is ticked"])


def ka05(out: Path):
    o = orgnr("99844226")
    blocks = [("p", "Fylkesmannen i Oslo og Viken\nPostboks 325\n1502 Moss"),
              ("p", "Vår dato: 22.01.2020\t\tVår referanse: 20/1187"),
              ("title", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
              ("p", "Nav Nittedal søker om tilskudd til det nye prosjektet «Trygg bolig – trygg jobb». Prosjektet skal gi "
                    "personer som løslates fra soning, og som skal bosette seg i Nittedal, en fast kontakt i Nav fra uken "
                    "før løslatelsen til de er i arbeid eller utdanning. Tiltaket hører inn under det prioriterte "
                    "området sikring av sårbare overganger."),
              ("p", "Vi søker om midler til en 80 % stilling som boligsosial veileder fra 1. juni 2020. Stillingen skal "
                    "utvikle en ny arbeidsform som kontoret skal ta i bruk etter prosjektperioden."),
              ("grid", [["Budsjett 2020", "Kroner"], ["Lønn og sosiale kostnader (80 % stilling)", "478 000"],
                        ["Kompetanse (hospitering og veiledning)", "10 000"], ["Sum omsøkt", "488 000"]],
               {"head": True, "shade": "EEEEEE", "widths": [11.0, 4.0]}),
              ("p", "Kontoret ønsker å delta i nettverk/klyngesamarbeid og stiller seg positivt til ekstern "
                    "prosessevaluering."),
              ("p", "Kontaktperson for søknaden er veileder Mari Gjerdrum, tlf. 467 10 385, e-post mari.gjerdrum@nav.no."),
              ("p", "Med vennlig hilsen"),
              ("sig", [["for NAV Nittedal", "", "", LINE, "Nav-leder"],
                       ["for Nittedal kommune", ink("ka05b"), LINE, "Siv Haugerud", "kommunalsjef helse og velferd",
                        "Hagan, 24.01.2020"]]),
              ("p", "Nav-leders underskrift ettersendes.")]
    word(blocks, out, font="Georgia", size=11, header=["NAV Nittedal", "Postboks 63, 1481 Hagan"],
         footer=f"NAV Nittedal · org.nr. {spaced(o)} · nav.no")
    return truth("ka05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Nittedal", "Nittedal", o),
                 contact=("Mari Gjerdrum", "mari.gjerdrum@nav.no", "46710385"),
                 project=("Trygg bolig – trygg jobb", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 478000, "competence": 10000, "total": 488000}, prio=[P3], interest=(True, True),
                 sigs=[("municipality", "Siv Haugerud", "Kommunalsjef helse og velferd", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav office's block has only a line and the caption 'Nav-leder' (no name, no ink); "
                        "'Nav-leders underskrift ettersendes'", "letterhead in the Word header, org nr in the footer"])


def ka06(out: Path):
    o = orgnr("99837257")
    blocks = [("p", "Fylkesmannen i Møre og Romsdal\nv/ sosial- og barnevernavdelinga"), ("p", "Fiskå, 29. januar 2020"),
              ("title", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Heile vegen»"),
              ("p", "Nav Vanylven søkjer med dette om tilskot til prosjektet «Heile vegen». Prosjektet er nytt og skal "
                    "starte 1. april 2020."),
              ("p", "Målgruppa er barnefamiliar med låg inntekt og einslege forsørgjarar som står utanfor arbeidslivet. "
                    "Gjennom tett oppfølging av heile familien vil vi prøve ut ein ny arbeidsmåte der rettleiar, "
                    "barnehage, skule og helsestasjon arbeider i eitt felles løp. Prosjektet rettar seg såleis mot det "
                    "prioriterte området oppfølging av barnefamiliar, ungdom og innvandrarar."),
              ("p", "Vanylven kommune har ikkje programmidlar frå 0–24-samarbeidet."),
              ("p", "Vi søkjer om éi heil stilling (100 %) som familierettleiar. Kommunen dekkjer sjølv ein del av "
                    "lønskostnaden, sjå budsjettet under."),
              ("grid", [["Budsjett 2020 (beløp i 1000 kr)", "Søkt tilskot", "Eigenfinansiering", "Sum"],
                        ["Løn og sosiale kostnader, familierettleiar 100 %", "598", "150", "748"],
                        ["Kompetanse (kurs og rettleiing)", "10", "0", "10"], ["Sum", "608", "150", "758"]],
               {"head": True, "shade": "E4E4E4", "widths": [8.2, 2.8, 3.2, 2.4]}),
              ("p", "Vi ønskjer å vere med i nettverk/klyngjesamarbeid. Ekstern prosessevaluering ønskjer vi ikkje denne "
                    "gongen."),
              ("p", "Kontaktperson: Oddny Fiskerstrand, rettleiar, tlf. 952 38 117, e-post oddny.fiskerstrand@nav.no"),
              ("p", "Med helsing"),
              ("sig", [["Nav Vanylven", ink("ka06a"), "Eirik Myklebust", "Nav-leiar", "Dato: 29.01.2020"],
                       ["Vanylven kommune", ink("ka06b"), "Lars Ståle Elvestad", "kommunedirektør", "Dato: 30.01.2020"]])]
    word(blocks, out, font="Cambria", size=11, header=["Nav Vanylven", "Vanylven kommune · 6143 Fiskå"],
         footer=f"Nav Vanylven · Org.nr. {o} · Sentralbord 55 55 33 33")
    return truth("ka06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Vanylven", "Vanylven", o),
                 contact=("Oddny Fiskerstrand", "oddny.fiskerstrand@nav.no", "95238117"),
                 project=("Heile vegen", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "total": 608000}, own_funding=150000,
                 prio=[P2], interest=(True, False),
                 sigs=[("nav_leader", "Eirik Myklebust", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Lars Ståle Elvestad", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: budget in thousands (598 + 10 = 608 → 608 000) with own funding 150 in its own column; "
                        "'har ikkje programmidlar frå 0–24-samarbeidet' (no exclusion); Nav's national switchboard in the "
                        "footer is not the contact's phone"])


def ka07(out: Path):
    o = orgnr("91440440")
    s = Sheet(str(out), "LS", "LSB", 10)
    s.text("Nav Karasjok", bold=True, size=15, dy=16)
    s.text("Karasjok kommune – Kárášjoga gielda", size=8.5, grey=True, dy=24)
    s.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2020", bold=True, size=11.5, dy=24)
    w2 = [240, 243]
    for head, rows in [("A  Søker", [[("Nav-kontor", "Nav Karasjok"), ("Kommune", "Karasjok")],
                                     [("Organisasjonsnummer", spaced(o)), ("Kontaktperson", "Máret Anne Hætta")],
                                     [("E-post", "maret.anne.haetta@nav.no"), ("Telefon", "+47 784 68 110")]]),
                       ("B  Prosjektet", [[("Prosjektets navn", "Ovttas – sammen mot arbeid"), ("Nytt / videreføring", "Nytt prosjekt")],
                                          [("Planlagt oppstart", "01.03.2020"), ("Stillingsressurs", "100 % (én stilling)")],
                                          [("Søknadsbeløp totalt (kr)", "620 000"), ("Herav kompetansemidler (kr)", "10 000")]])]:
        s.text(head, bold=True, dy=18)
        for r in rows:
            s.cells(r, 30, w2)
        s.y -= 12
    s.text("C  Kostnadsplan 2020 (hele prosjektet)", bold=True, dy=16)
    s.table([["Kostnad", "Kr"], ["Lønn prosjektkoordinator (100 %)", "640 000"], ["Sosiale kostnader og pensjon", "150 000"],
             ["Kompetanse (kurs og veiledning)", "10 000"], ["Sum kostnader", "800 000"]], [360, 120], right=(1,))
    s.text("D  Finansieringsplan 2020", bold=True, dy=16)
    s.table([["Finansiering", "Kr"], ["Omsøkt tilskudd – lønn og sosiale kostnader", "610 000"],
             ["Omsøkt tilskudd – kompetanse", "10 000"], ["Egenfinansiering Karasjok kommune", "180 000"],
             ["Sum finansiering", "800 000"]], [360, 120], right=(1,))
    s.text("E  Prioriterte områder", bold=True, dy=16)
    s.boxes([(True, A1), (True, A2), (False, A3)])
    s.y -= 4
    s.text("F  Nettverk og evaluering", bold=True, dy=16)
    s.text("Nettverk/klyngesamarbeid: Ja          Ekstern prosessevaluering: Ja", dy=20)
    s.text("G  Godkjenning", bold=True, dy=16)
    s.wrap("Søknaden er godkjent elektronisk i saksbehandlingssystemet og har derfor ingen håndskrevne underskrifter.")
    s.y -= 4
    s.table([["Godkjent av", "Rolle", "Dato"], ["Nils Per Eira", "Leder Nav Karasjok", "29.01.2020"],
             ["Inga Marja Sara", "Kommunedirektør", "30.01.2020"]], [170, 200, 110])
    s.save()
    return truth("ka07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Karasjok", "Karasjok", o),
                 contact=("Máret Anne Hætta", "maret.anne.haetta@nav.no", "78468110"),
                 project=("Ovttas – sammen mot arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=180000,
                 prio=[P1, P2], interest=(True, True),
                 sigs=[("nav_leader", "Nils Per Eira", "Leder Nav Karasjok", "2020-01-29", "electronic_approval"),
                       ("municipality", "Inga Marja Sara", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: cost plan (salary 640 000 + social 150 000 = 790 000 for the whole project) vs the "
                        "financing plan where 610 000 + 10 000 is applied for (exactly the cap) and 180 000 is own funding",
                        "boxed cells with the label above the value; Sami letters in names"])


def ka08(out: Path):
    o = orgnr("91220540")
    s = Sheet(str(out), "DVS", "DVSB", 10)
    s.text("Søknad – tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", bold=True, size=12.5, dy=17)
    s.text("Til Fylkesmannen i Vestfold og Telemark", grey=True, dy=26)
    for sec, rows in [("1  Opplysningar om søkjaren", [("1.1  Nav-kontor", "Nav Kviteseid"), ("1.2  Kommune", "Kviteseid"),
                                                        ("1.3  Organisasjonsnummer", o), ("1.4  Kontaktperson", "Tarjei Haugen"),
                                                        ("1.5  E-post / telefon", "tarjei.haugen@nav.no / 350 68 200")]),
                      ("2  Prosjektet", [("2.1  Namn på prosjektet", "Arbeid for alle i Kviteseid"),
                                         ("2.2  Nytt eller vidareført", "Nytt"), ("2.3  Planlagd oppstart", "1. mai 2020"),
                                         ("2.4  Stillingsressurs (stillingsprosent)", "")])]:
        s.text(sec, bold=True, dy=18)
        for a, v in rows:
            s.line_answer(a, v, x2=275)
        s.y -= 8
    s.text("3  Budsjett", bold=True, dy=18)
    s.table([["Post", "Kroner"], ["Løn og sosiale kostnader, prosjektmedarbeidar", "420 000"], ["Kompetansemidlar", "10 000"],
             ["Sum søknad", "430 000"]], [360, 120], right=(1,))
    s.text("4  Prioriterte område", bold=True, dy=18)
    s.boxes([(False, A1), (False, N2), (True, N3)])
    s.y -= 6
    s.text("5  Nettverk og prosessevaluering", bold=True, dy=18)
    s.text("Ønskjer kontoret å delta i nettverk/klyngjesamarbeid?      Ja")
    s.text("Ønskjer kontoret ekstern prosessevaluering?      Ja", dy=24)
    s.text("6  Godkjenning", bold=True, dy=18)
    s.wrap("Dokumentet er godkjent elektronisk og har difor ikkje handskrivne signaturar.")
    s.y -= 4
    s.table([["Godkjend av", "Rolle", "Dato"], ["Gunvor Kleppen", "Nav-leiar", "27.01.2020"],
             ["Halvor Homme", "Kommunedirektør", "28.01.2020"]], [170, 200, 110])
    s.save()
    return truth("ka08", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Kviteseid", "Kviteseid", o),
                 contact=("Tarjei Haugen", "tarjei.haugen@nav.no", "35068200"),
                 project=("Arbeid for alle i Kviteseid", "new", "2020-05-01"), pct=None,
                 amounts={"positions": 420000, "competence": 10000, "total": 430000}, prio=[P3], interest=(True, True),
                 sigs=[("nav_leader", "Gunvor Kleppen", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Halvor Homme", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["defect: 'Stillingsressurs (stillingsprosent)' left empty; the budget names one project worker "
                        "without a share (no cap check possible)"])


def ka09(out: Path):
    o = orgnr("99330711")
    s = Sheet(str(out), "LSe", "LSeB", 10.5)
    s.c.setFont("LSeB", 10)
    s.c.drawRightString(s.W - 56, s.H - 45, "NAV BIRKENES")
    s.text("Søknad om tilskudd 2020", bold=True, size=15, dy=18)
    s.text("Utvikling av sosiale tjenester i Nav-kontoret", size=11, dy=26)
    for sec, rows in [("Om søkeren", [("Nav-kontor:", "Nav Birkenes"), ("Kommune:", "Birkenes"), ("Org.nr.:", spaced(o)),
                                      ("Kontaktperson:", "Synnøve Lauvdal"), ("E-post:", "synnove.lauvdal@nav.no"),
                                      ("Telefon:", "+47 902 18 664")]),
                      ("Om prosjektet", [("Prosjektnavn:", "Jobbspor Birkenes"), ("Ny søknad / videreføring:", "Ny søknad"),
                                         ("Oppstart:", "15.03.2020"), ("Stillingsprosent:", "70 %")]),
                      ("Økonomi", [("Lønn og sosiale kostnader:", "kr 427 000,-"), ("Totalt omsøkt beløp:", "kr 427 000,-")])]:
        s.text(sec, bold=True, size=11.5, dy=18)
        for a, v in rows:
            s.line_answer(a, v, x2=210)
        s.y -= 6
    s.text("Prioriterte områder", bold=True, size=11.5, dy=18)
    s.boxes([(True, A1), (False, A2), (True, A3)])
    s.y -= 6
    s.text("Ønsker kontoret å delta i", bold=True, size=11.5, dy=18)
    for label, yes in [("nettverk/klyngesamarbeid", True), ("ekstern prosessevaluering", False)]:
        s.c.setFont("LSe", 10.5)
        s.c.drawString(56, s.y, label)
        s.box(yes, "Ja", x=260)
        s.box(not yes, "Nei", x=320)
        s.y -= 17
    s.y -= 6
    s.wrap("Prosjektet er ikke implementering av en ferdig metode. Vi skal utvikle en egen modell for tett oppfølging av "
           "unge voksne i samarbeid med næringslivet i Birkeland og Vestre Dynge.", width=92)
    s.y -= 18
    s.sigs([{"head": "Underskrift av leder for Nav-kontoret (Nav-leder i Birkenes)", "pre": ["Dato: 27.01.2020"],
             "ink": "ka09a", "under": ["Tove Reiersen"]},
            {"head": "Underskrift av kommunens administrative ledelse (rådmann/kommunedirektør)", "pre": ["Dato: 29.01.2020"],
             "ink": "ka09b", "under": ["Ole Tom Kåsa, kommunedirektør"]}], width=225, gap=32)
    s.save()
    return truth("ka09", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Birkenes", "Birkenes", o),
                 contact=("Synnøve Lauvdal", "synnove.lauvdal@nav.no", "90218664"),
                 project=("Jobbspor Birkenes", "new", "2020-03-15"), pct=70,
                 amounts={"positions": 427000, "total": 427000}, prio=[P1, P3], interest=(True, False),
                 sigs=[("nav_leader", "Tove Reiersen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Ole Tom Kåsa", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: 70 % at exactly 427 000 and no competence line; signature headings that wrap over "
                        "two or three lines; 'ikke implementering av en ferdig metode' (no exclusion)"])
