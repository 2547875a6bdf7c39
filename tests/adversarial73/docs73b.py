"""Documents gl09..gl18 of corpus 73 (AcroForm, LibreOffice, ink, scans, PAdES, bad input, not an application)."""
from __future__ import annotations

import io
from pathlib import Path

from docs73 import A1, A2, A3, DESC, DESC_NN, EVAL, N1, N2, N3, NET, NET_NN, EVAL_NN, T_NB, T_NN
from forms73 import acroform
from kit73 import S20, orgnr, pades, scan, spaced, tz_dt, word_pdf, write_form, write_pdf
from truthlib import truth


def gl09(out: Path):
    o = orgnr("97451735")
    head = ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
            "Elektronisk utfyllbart skjema. Send utfylt og signert skjema til Fylkesmannen i Oslo og Viken innen 1. februar 2020.",
            "Det kan innvilges inntil 610 000 kr per hele stilling og inntil 10 000 kr til prosjektspesifikk kompetanse."]
    fields = [("Nav-kontor", "navkontor", "Nav Ullensaker"), ("Kommune", "kommune", "Ullensaker"),
              ("Organisasjonsnummer", "orgnr", o), ("Kontaktperson", "kontakt", "Sara Yilmaz"),
              ("E-post", "epost", "sara.yilmaz@nav.no"), ("Telefon", "tlf", "412 88 035"),
              ("Prosjektnavn", "prosjekt", "Inkludering via arbeid – Jessheim"),
              ("Nytt prosjekt eller videreføring", "type", "Nytt"), ("Oppstartsdato", "start", "1.5.2020"),
              ("Stillingsprosent", "pst", "100"), ("Lønn og sosiale kostnader (kr)", "lonn", "610.000"),
              ("Kompetansemidler (kr)", "komp", "10.000"), ("Sum søknadsbeløp (kr)", "sum", "620.000"),
              ("Kommunens egenandel (kr)", "egen", "")]
    boxes = [("§Prioriterte områder (kryss av)", "", None), (A1, "p1", False), (A2, "p2", True), (A3, "p3", True),
             ("§Nettverk / klyngesamarbeid", "", None), ("Ja, vi ønsker å delta", "nett_ja", True), ("Nei", "nett_nei", False),
             ("§Ekstern prosessevaluering", "", None), ("Ja, vi ønsker å delta", "eval_ja", False), ("Nei", "eval_nei", True)]
    sigs = [{"who": "Leder Nav Ullensaker", "place": "Jessheim, 29.01.2020", "ink": "gl09a", "name": "Lars Erik Haugli"},
            {"who": "Kommunalsjef", "place": "Jessheim, 30.01.2020", "ink": "gl09b", "name": "Mona Strøm Kvaale"}]
    acroform(head, fields, boxes, sigs, out, two_col=True)
    return truth("gl09", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Ullensaker", "Ullensaker", o),
                 contact=("Sara Yilmaz", "sara.yilmaz@nav.no", "41288035"),
                 project=("Inkludering via arbeid – Jessheim", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Lars Erik Haugli", "Leder Nav Ullensaker", "2020-01-29", "handwritten"),
                       ("municipality", "Mona Strøm Kvaale", "Kommunalsjef", "2020-01-30", "handwritten")],
                 notes=["near-miss: caps met exactly with '610.000'/'10.000'; Ja and Nei as separate check boxes; "
                        "signed in Jessheim (town) for Ullensaker; own-funding field left empty; caps in the header"])


def gl10(out: Path):
    o = orgnr("97451212")
    head = ["Søknadsskjema – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020",
            "Sendes Fylkesmannen i Agder innen 1. februar 2020."]
    fields = [("Navn på NAV-kontoret", "kontor", "NAV Grimstad"), ("Kommune", "kommune", "Grimstad"),
              ("Org.nr.", "org", spaced(o)), ("Kontaktperson", "kp", "Tor Inge Salvesen"),
              ("E-post kontaktperson", "ep", "tor.inge.salvesen@nav.no"), ("Telefon kontaktperson", "tl", "37 25 03 41"),
              ("Prosjektnavn", "pn", "Grimstadmodellen for unge"), ("Prosjekttype", "pt", "Videreføring, år 2"),
              ("Oppstart", "os", "01.01.2020"), ("Stillingsprosent", "sp", "50 %"),
              ("Lønn og sosiale kostnader", "ln", "kr 330 000"), ("Kompetanse", "kt", "kr 10 000"),
              ("Totalt søknadsbeløp", "tot", "kr 340 000")]
    boxes = [("§Prioriterte områder", "", None), (A1, "a1", True), (A2, "a2", False), (A3, "a3", False),
             ("§Interesse", "", None), ("Vi ønsker å delta i nettverk/klyngesamarbeid", "nett", True),
             ("Vi ønsker å delta i ekstern prosessevaluering", "eval", True)]
    sigs = [{"who": "NAV-leder", "place": "Grimstad, 22.01.2020", "ink": "gl10a", "name": "Siri Tønnessen"},
            {"who": "Rådmann", "place": "Grimstad, 23.01.2020", "ink": "gl10b", "name": "Kjell Olav Berge"}]
    acroform(head, fields, boxes, sigs, out)
    return truth("gl10", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Grimstad", "Grimstad", o),
                 contact=("Tor Inge Salvesen", "tor.inge.salvesen@nav.no", "37250341"),
                 project=("Grimstadmodellen for unge", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 330000, "competence": 10000, "total": 340000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Siri Tønnessen", "NAV-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Kjell Olav Berge", "Rådmann", "2020-01-23", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 50 % with 330 000 > 305 000"])


def gl11(out: Path):
    o = orgnr("97457521")
    items = [("para", "Fra: Randi Holt <randi.holt@nav.no>"), ("para", "Sendt: torsdag 30. januar 2020 14:12"),
             ("para", "Til: FMVTpost@fylkesmannen.no"), ("para", "Emne: Søknad om tilskudd – NAV Porsgrunn"),
             ("para", "Hei! Vedlagt følger søknad fra NAV Porsgrunn om tilskudd til utvikling av sosiale tjenester "
                      "for 2020, med prosjektplan som vedlegg. Ta gjerne kontakt ved spørsmål."),
             ("para", "Med vennlig hilsen Randi Holt, rådgiver NAV Porsgrunn, tlf. 35 56 28 17"), ("page",),
             ("title", T_NB), ("sec", "Søker"), ("f", "NAV-kontor", "NAV Porsgrunn"), ("f", "Kommune", "Porsgrunn"),
             ("f", "Org.nr.", spaced(o)), ("f", "Kontaktperson", "Silje Nordbø Kaasa"),
             ("f", "E-post", "silje.nordbo.kaasa@nav.no"), ("f", "Mobil", "958 20 146"),
             ("sec", "Prosjekt"), ("f", "Prosjektets navn", "Porsgrunn jobbspor"), ("f", "Nytt eller videreføring", "Nytt"),
             ("f", "Oppstart", "1. april 2020"), ("f", "Stilling(er)", "1 stilling, 100 %"),
             ("sec", "Budsjett 2020"), ("f", "Lønn inkl. sosiale kostnader", "590 000"), ("f", "Kompetanse", "10 000"),
             ("f", "Sum", "600 000"),
             ("sec", "Prioriterte områder"), ("chk", A1, True), ("chk", A2, False), ("chk", A3, True),
             ("sec", "Nettverk og evaluering"), ("yn", NET, True), ("yn", EVAL, True),
             ("sec", "Underskrifter"),
             ("sig", [{"who": "Leder NAV Porsgrunn", "place": "Porsgrunn 30.01.2020", "ink": "gl11a",
                       "name": "Eva Marie Thorsen"},
                      {"who": "Kommunalsjef helse og velferd", "place": "Porsgrunn 29.01.2020", "ink": "gl11b",
                       "name": "Geir Ivar Tangen"}]), ("page",),
             ("title", "Vedlegg 1 – Prosjektplan «Porsgrunn jobbspor»"), ("para", DESC),
             ("tbl", [["Rolle", "Navn", "Telefon"], ["Prosjektleder", "Silje Nordbø Kaasa", "958 20 146"],
                      ["Prosjekteier", "Eva Marie Thorsen, leder NAV Porsgrunn", "35 56 28 00"],
                      ["Kommunens representant", "Geir Ivar Tangen, kommunalsjef", "35 54 70 00"]]),
             ("para", "Samlet kostnad for prosjektperioden 2020–2022 er beregnet til om lag 1 800 000 kr."),
             ("tbl", [["År", "Stilling", "Beløp"], ["2020", "100 %", "600 000"], ["2021", "100 %", "600 000"],
                      ["2022", "100 %", "600 000"], ["Totalt", "", "1 800 000"]])]
    word_pdf(lambda d: write_form(items, d, "plain", "Liberation Sans"), out)
    return truth("gl11", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Porsgrunn", "Porsgrunn", o),
                 contact=("Silje Nordbø Kaasa", "silje.nordbo.kaasa@nav.no", "95820146"),
                 project=("Porsgrunn jobbspor", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Eva Marie Thorsen", "Leder NAV Porsgrunn", "2020-01-30", "handwritten"),
                       ("municipality", "Geir Ivar Tangen", "Kommunalsjef helse og velferd", "2020-01-29", "handwritten")],
                 notes=["near-miss: e-mail printout in front (another sender and phone), project plan behind with "
                        "project group phones and a three-year budget totalling 1 800 000"])


def gl12(out: Path):
    o = orgnr("92130402")
    items = [("title", T_NN), ("note", "Interkommunalt prosjekt. Vertskontoret fyller ut og sender søknaden."),
             ("sec", "1 Søkjar"), ("f", "Vertskontor (Nav-kontoret som søkjer)", "Nav Sunnfjord"),
             ("f", "Vertskommune", "Sunnfjord"), ("f", "Samarbeidskommunar", "Askvoll, Fjaler og Hyllestad"),
             ("f", "Organisasjonsnummer", spaced(o)), ("f", "Kontaktperson", "Kjersti Vårdal"),
             ("f", "E-post", "kjersti.vardal@nav.no"), ("f", "Telefon", "57 72 81 30"),
             ("sec", "2 Prosjektet"), ("f", "Prosjektnamn", "Saman for unge i Sunnfjord og Ytre Sogn"),
             ("f", "Nytt prosjekt eller vidareføring", "Nytt prosjekt"), ("f", "Oppstart", "1. mai 2020"),
             ("f", "Stillingsressurs", "To stillingar à 100 %"),
             ("sec", "3 Budsjett"), ("f", "Løn og sosiale kostnader", "1 220 000"), ("f", "Kompetanse", "10 000"),
             ("f", "Sum det blir søkt om", "1 230 000"),
             ("sec", "4 Prioriterte område"), ("chk", N1, False), ("chk", N2, True), ("chk", N3, True),
             ("sec", "5 Nettverk og evaluering"), ("yn", NET_NN, True), ("yn", EVAL_NN, True),
             ("sec", "6 Prosjektskildring"), ("para", DESC_NN),
             ("sec", "7 Underskrifter"),
             ("sig", [{"who": "Nav-leiar, Nav Sunnfjord", "place": "Førde, 27.01.2020", "ink": "gl12a",
                       "name": "Gunnar Myklebust"},
                      {"who": "Kommunedirektør i Sunnfjord", "place": "Førde, 28.01.2020", "ink": "gl12b",
                       "name": "Astrid Reksnes"},
                      {"who": "Rådmann i Askvoll", "place": "Askvoll, 29.01.2020", "ink": "gl12c",
                       "name": "Hege Sande Hjelmeland"}])]
    word_pdf(lambda d: write_form(items, d, "above", "Liberation Serif", sig="stacked"), out)
    return truth("gl12", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Kjersti Vårdal", "kjersti.vardal@nav.no", "57728130"),
                 project=("Saman for unge i Sunnfjord og Ytre Sogn", "new", "2020-05-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Gunnar Myklebust", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Astrid Reksnes", "Kommunedirektør", "2020-01-28", "handwritten"),
                       ("municipality", "Hege Sande Hjelmeland", "Rådmann", "2020-01-29", "handwritten")],
                 notes=["near-miss: inter-municipal host office, two municipal signatures, signed in Førde; "
                        "200 % at exactly 1 220 000"])


def _alta():
    o = orgnr("97451522")
    return o, [("title", T_NB), ("sec", "1. Søker"), ("f", "Søker", "NAV Alta"), ("f", "Kommune", "Alta"),
               ("f", "Org.nr.", o), ("f", "Kontaktperson", "Ellen Margrethe Sara"), ("f", "Telefon", "926 71 554"),
               ("f", "E-post", "ellen.margrethe.sara@nav.no"),
               ("sec", "2. Prosjekt"), ("f", "Prosjektnavn", "Arbeid og mestring for innvandrere i Alta"),
               ("f", "Prosjekttype", "Nytt"), ("f", "Oppstart", "1. juni 2020"), ("f", "Stillingsprosent", "100 %"),
               ("sec", "3. Budsjett"),
               ("tbl", [["Budsjettpost", "Stilling", "Kr"], ["Jobbspesialist for innvandrere", "100 %", "595 000"],
                        ["Kompetanse (fagdag og veiledning)", "", "10 000"], ["Totalt", "", "605 000"]]),
               ("sec", "4. Prioriterte områder"), ("chk", A1, True), ("chk", A2, True), ("chk", A3, False),
               ("sec", "5. Nettverk og evaluering"), ("yn", NET, True), ("yn", EVAL, True),
               ("sec", "6. Underskrift"),
               ("sig", [{"who": "Konstituert NAV-leder", "place": "Alta, 31.01.2020", "ink": "gl13a",
                         "name": "Nils Mathis Eira"},
                        {"who": "Kommunedirektør", "place": "Alta, 01.02.2020", "ink": "gl13b",
                         "name": "Rita Mikkelsen Bakken"}])]


def gl13(out: Path):
    o, items = _alta()
    write_pdf(items, str(out), "ruled", ("LS", "LSB"))
    return truth("gl13", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Ellen Margrethe Sara", "ellen.margrethe.sara@nav.no", "92671554"),
                 project=("Arbeid og mestring for innvandrere i Alta", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "total": 605000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Nils Mathis Eira", "Konstituert NAV-leder", "2020-01-31", "handwritten"),
                       ("municipality", "Rita Mikkelsen Bakken", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: municipal signature on the deadline day, acting Nav leader; signature grid "
                        "'Sted og dato | Underskrift | Navn og stilling' with ink in the middle column"])


def gl14(out: Path):
    o = orgnr("97452332")
    items = [("title", T_NB), ("sec", "Søker"), ("f", "NAV-kontor", "NAV Namsos"), ("f", "Kommune", "Namsos"),
             ("f", "Org.nr.", spaced(o)), ("f", "Kontaktperson", "Tove Sørli Brandtzæg"), ("f", "Telefon", "481 07 296"),
             ("f", "E-post", "tove.sorli.brandtzaeg@nav.no"),
             ("sec", "Prosjekt"), ("f", "Prosjektnavn", "Første jobb i Namsos"), ("f", "Ny / videreføring", "Videreføring år 2"),
             ("f", "Oppstart", "01.01.2020"), ("f", "Stillingsprosent", "100 % (2 x 50 %)"),
             ("sec", "Budsjett"),
             ("tbl", [["Stilling", "Prosent", "Beløp"], ["Jobbkonsulent", "50 %", "305 000"],
                      ["Familieveileder", "50 %", "305 000"], ["Kompetanse", "", "10 000"], ["Sum omsøkt", "", "620 000"]]),
             ("sec", "Prioriterte områder"), ("chk", A1, True), ("chk", A2, True), ("chk", A3, False),
             ("sec", "Samarbeid"), ("yn", "Nettverk / klyngesamarbeid", False), ("yn", "Ekstern prosessevaluering", True),
             ("sec", "Signaturer"),
             ("sig", [{"who": "NAV-leder", "place": "Namsos 23.01.2020", "ink": "gl14a", "name": "Kjersti Vie Aune"},
                      {"who": "Rådmann", "place": "Namsos 24.01.2020", "ink": "gl14b", "name": "Arnt Olav Hildrum"}])]
    scan(items, out, 14, dpi=300, angle=0.6, style="boxes", font=("LS", "LSB"))
    return truth("gl14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Namsos", "Namsos", o),
                 contact=("Tove Sørli Brandtzæg", "tove.sorli.brandtzaeg@nav.no", "48107296"),
                 project=("Første jobb i Namsos", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Kjersti Vie Aune", "NAV-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Arnt Olav Hildrum", "Rådmann", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 2 x 50 % lines at 305 000 each = 610 000 exactly; 300 dpi grey scan, 0.6°, JPEG q72"])


def gl15(out: Path):
    o = orgnr("96402871")
    items = [("title", T_NN), ("sec", "Søkjar"), ("f", "Nav-kontor", "Nav Hå"), ("f", "Kommune", "Hå"),
             ("f", "Organisasjonsnummer", o), ("f", "Kontaktperson", "Kari Aarsland Obrestad"),
             ("f", "Telefon", "51 79 27 80"), ("f", "E-post", "kari.aarsland.obrestad@nav.no"),
             ("sec", "Prosjektet"), ("f", "Prosjektnamn", "Arbeidsretta oppfølging av flyktningfamiliar"),
             ("f", "Nytt / vidareføring", "Nytt"), ("f", "Oppstart", "1. mars 2020"), ("f", "Stillingsprosent", "100 %"),
             ("sec", "Budsjett"), ("f", "Løn og sosiale kostnader", "600 000 kr"), ("f", "Kompetanse", "10 000 kr"),
             ("f", "Totalt", "610 000 kr"),
             ("sec", "Prioriterte område"), ("chk", N1, False), ("chk", N2, True), ("chk", N3, False),
             ("sec", "Nettverk og evaluering"), ("yn", "Nettverk / klyngjesamarbeid", True),
             ("yn", "Ekstern prosessevaluering", False),
             ("sec", "Underskrift"),
             ("sig", [{"who": "Nav-leiar", "place": "Varhaug, 30.01.2020", "ink": "gl15a", "name": "Svein Tore Søyland"},
                      {"who": "Kommunedirektør", "place": "Varhaug, 04.02.2020", "ink": "gl15b",
                       "name": "Ådne Nærland"}])]
    scan(items, out, 15, dpi=250, angle=-0.8, quality=65, style="ruled", font=("DVS", "DVSB"),
         sig_heads=("Stad og dato", "Underskrift", "Namn"))
    return truth("gl15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Hå", "Hå", o),
                 contact=("Kari Aarsland Obrestad", "kari.aarsland.obrestad@nav.no", "51792780"),
                 project=("Arbeidsretta oppfølging av flyktningfamiliar", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Svein Tore Søyland", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Ådne Nærland", "Kommunedirektør", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: kommunedirektør signed 04.02.2020; 250 dpi scan, -0.8°, JPEG q65, Nynorsk"])


def gl16(out: Path):
    o = orgnr("92195637")
    items = [("title", T_NB), ("sec", "Søker"), ("f", "Nav-kontor", "Nav Nordre Follo"), ("f", "Kommune", "Nordre Follo"),
             ("f", "Org.nr.", spaced(o)), ("f", "Kontaktperson", "Nora Bjerke Dahl"), ("f", "Mobil", "917 40 622"),
             ("f", "E-post", "nora.bjerke.dahl@nav.no"),
             ("sec", "Prosjekt"), ("f", "Prosjektnavn", "Veien ut av fattigdom – familier i Nordre Follo"),
             ("f", "Nytt / videreføring", "Nytt"), ("f", "Oppstart", "01.04.2020"),
             ("f", "Stillingsandel", "120 % (100 % + 20 %)"),
             ("sec", "Budsjett"),
             ("tbl", [["Post", "Beløp (kr)"], ["Lønn og sosiale kostnader (120 %)", "700 000"], ["Kompetanse", "10 000"],
                      ["Søknadsbeløp", "710 000"]]),
             ("para", "Nordre Follo kommune stiller med en egenandel på kr 150 000 (kontorplass, ledelse og IKT)."),
             ("sec", "Prioriterte områder"), ("chk", A1, False), ("chk", A2, True), ("chk", A3, False),
             ("sec", "Nettverk og evaluering"), ("yn", "Nettverk / klyngesamarbeid", True),
             ("yn", "Ekstern prosessevaluering", True),
             ("sec", "Signering"),
             ("para", "Søknaden signeres digitalt av Nav-leder og kommunalsjef. Signaturene er lagt ved dokumentet."),
             ("f", "Nav-leder", "Lise Marie Hoff"), ("f", "Kommunalsjef velferd", "Øyvind Brattli")]
    pades(items, out, [("Lise Marie Hoff", "Nav Nordre Follo", "SignNav", (60, 40, 280, 80), tz_dt(2020, 1, 24, 9, 40)),
                       ("Øyvind Brattli", "Nordre Follo kommune", "SignKommune", (320, 40, 540, 80),
                        tz_dt(2020, 1, 27, 15, 5))], style="boxes", font=("DV", "DVB"))
    return truth("gl16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Nordre Follo", "Nordre Follo", o),
                 contact=("Nora Bjerke Dahl", "nora.bjerke.dahl@nav.no", "91740622"),
                 project=("Veien ut av fattigdom – familier i Nordre Follo", "new", "2020-04-01"), pct=120,
                 amounts={"positions": 700000, "competence": 10000, "total": 710000}, own_funding=150000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Lise Marie Hoff", "Nav-leder", "2020-01-24", "digital"),
                       ("municipality", "Øyvind Brattli", "Kommunalsjef velferd", "2020-01-27", "digital")],
                 notes=["near-miss: 120 % at 700 000 under 732 000; own funding stated in prose; two PAdES signatures"])


def gl17(out: Path):
    from pypdf import PdfReader, PdfWriter
    buf = io.BytesIO()
    write_pdf([("title", T_NB), ("f", "NAV-kontor", "NAV Vefsn"), ("f", "Kommune", "Vefsn"),
               ("f", "Stillingsprosent", "100 %"), ("f", "Sum omsøkt", "610 000")], buf, "ruled")
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.encrypt(user_password="Mosjoen2020", owner_password="navvefsn-eier", algorithm="AES-256")
    with open(out, "wb") as f:
        w.write(f)
    return truth("gl17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["password-protected PDF (AES-256 user password): cannot be opened"])


def gl18(out: Path):
    items = [("title", "Søknad om tilskudd til kommunalt rusarbeid 2020"),
             ("note", "Helsedirektoratet, kap. 0765 post 62. Søknaden sendes Fylkesmannen i Innlandet innen 1. mars 2020."),
             ("sec", "Søker"), ("f", "Kommune", "Ringsaker kommune"), ("f", "Enhet", "Psykisk helse og rus"),
             ("f", "Org.nr.", spaced(orgnr("94011099"))), ("f", "Kontaktperson", "Camilla Østby Nilsen"),
             ("f", "E-post", "camilla.ostby.nilsen@ringsaker.kommune.no"), ("f", "Telefon", "62 33 50 00"),
             ("sec", "Tiltaket"), ("f", "Navn på tiltaket", "Oppsøkende rusteam Brumunddal"),
             ("f", "Stillinger", "1 stilling, 100 %"), ("f", "Omsøkt beløp", "650 000"),
             ("para", "Tiltaket skal gi tett oppfølging av personer med rusproblemer i egen bolig, i samarbeid med "
                      "NAV Ringsaker og fastlegene. Tiltaket er forankret i kommunens rusmiddelpolitiske handlingsplan."),
             ("sec", "Underskrift"),
             ("sig", [{"who": "Kommunalsjef helse", "place": "Brumunddal, 14.02.2020", "ink": "gl18a",
                       "name": "Trond Erik Sveen"}])]
    write_pdf(items, str(out), "boxes", ("LS", "LSB"))
    return truth("gl18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["an application to another grant (Helsedirektoratet's kommunalt "
                                            "rusarbeid) from a municipal service, mentioning NAV Ringsaker"])
