"""The 18 documents of corpus 72: each builder writes one file and returns its truth.

``kv("Label=value | Label=value")`` gives label/value rows; ``app(...)`` is the truth of an application
to the 2020 scheme with amounts given as (positions, competence, total)."""
from __future__ import annotations

from pathlib import Path

from kit72 import S20, docx_to_pdf, orgnr, pades, scan, spaced, tz_dt, write_docx, write_pdf
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N2, N3 = "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
P1, P2, P3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
H, E, D, T = "handwritten", "electronic_approval", "digital", "typed"
NL, MU = "nav_leader", "municipality"


def kv(spec: str):
    return [("kv", *x.split("=", 1)) for x in spec.split(" | ")]


def app(i, ext, cat, lang, office, contact, project, pct, amounts, prio, interest, sigs, **kw):
    am = dict(zip(("positions", "competence", "total"), amounts))
    return truth(i, ext, cat, lang=lang, scheme=S20, office=office, contact=contact, project=project, pct=pct,
                 amounts=am, prio=prio, interest=interest, sigs=sigs, **kw)


def gn01(out: Path):
    o = orgnr("97402216")
    items = [("h", "Søknadsskjema 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret"),
             ("p", "Sendes Statsforvalteren i Oslo og Viken innen 1. februar 2020. Det kan søkes om inntil kr 610 000 "
                   "per hele stilling (lønn og sosiale utgifter) og inntil kr 10 000 til prosjektspesifikk kompetanse."),
             ("h", "1  Søker"),
             ("grid", [["Nav-kontor", "Nav Drammen", "Kommune", "Drammen"],
                       ["Org.nr.", spaced(o), "Kontaktperson", "Silje Nordby"],
                       ["E-post", "silje.nordby@nav.no", "Mobil", "482 13 390"]]), ("h", "2  Prosjekt"),
             ("grid", [["Prosjektnavn", "Sammen om jobb", "Søknaden gjelder", "Nytt prosjekt"],
                       ["Oppstart", "1.3.2020", "Stillingsandel", "2 x 50 %"]]), ("h", "3  Budsjett 2020"),
             ("table", [["Budsjettpost", "Beløp (kr)"], ["Lønn og sosiale kostnader, to stillinger à 50 %", "610 000"],
                        ["Prosjektspesifikk kompetanse", "10 000"], ["Sum omsøkt", "620 000"]]),
             ("h", "4  Prioriterte utviklingsområder"),
             ("table", [["Område", "Sett X"], [A1, "X"], [A2, ""], [A3, "X"]]),
             ("grid", [["Nettverk/klyngesamarbeid", "Ja", "Ekstern prosessevaluering", "Nei"]]),
             ("h", "5  Underskrift"),
             ("sig", [{"title": "Fungerende Nav-leder", "name": "Kari Aamodt", "place": "Drammen, 24.01.2020", "ink": "gn01a"},
                      {"title": "Kommunedirektør", "name": "Tore Wiik", "place": "Drammen, 27.01.2020", "ink": "gn01b"}],
              "table")]
    write_docx(items, out, "table", "Calibri", "nb")
    return app("gn01", "docx", "docx-form", "nb", ("Nav Drammen", "Drammen", o),
               ("Silje Nordby", "silje.nordby@nav.no", "48213390"), ("Sammen om jobb", "new", "2020-03-01"), 100,
               (610000, 10000, 620000), [P1, P3], (True, False),
               [(NL, "Kari Aamodt", "Fungerende Nav-leder", "2020-01-24", H),
                (MU, "Tore Wiik", "Kommunedirektør", "2020-01-27", H)],
               notes=["near-miss: 4-column grid; instructions with 610 000/10 000; 2 x 50 % at exactly 610 000 + 10 000; "
                      "X column; ink in a signature table; 'Fungerende Nav-leder'"])


def gn02(out: Path):
    o = orgnr("97452380")
    items = [("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret – 2020"),
             ("p", "Skjemaet skal sendast til Statsforvaltaren i Vestland innan 1. februar 2020. Det kan søkjast om "
                   "inntil 610 000 kroner per 100 % stilling og inntil 10 000 kroner til kompetanse."),
             ("h", "Opplysningar om søkjaren")]
    items += kv(f"Namn på Nav-kontoret=NAV Kvinnherad | Kommune=Kvinnherad kommune | Organisasjonsnummer={o} | "
                "Kontaktperson for søknaden=Synnøve Haugland | E-post=synnove.haugland@nav.no | Telefon=934 11 572")
    items += [("h", "Om prosjektet")] + kv(
        "Namn på prosjektet=Ny start i Kvinnherad | Nytt prosjekt eller vidareføring=Vidareføring (2. år) | "
        "Planlagd oppstart=1. april 2020 | Stillingsprosent=80 %")
    items += [("h", "Budsjett")] + kv("Løn og sosiale utgifter=480 000 | Kompetansemidlar=8 000 | Samla søknadssum=488 000")
    items += [("h", "Prioriterte utviklingsområde (set kryss)"), ("box", A1, True), ("box", N2, False), ("box", N3, True),
              ("h", "Interesse for nettverk og evaluering"),
              ("p", "Ønskjer kontoret å vere med i nettverk/klyngjesamarbeid?    Ja [x]    Nei [  ]"),
              ("p", "Ønskjer kontoret ekstern prosessevaluering?    Ja [  ]    Nei [x]"),
              ("break",), ("h", "Underskrifter"), ("p", "Søknaden er forankra i kommuneleiinga."),
              ("sig", [{"head": "For Nav Kvinnherad", "place": "Husnes, 29.1.2020", "ink": "gn02a",
                        "under": ["Geir Olav Tveit", "Nav-leiar"]},
                       {"head": "For Kvinnherad kommune", "place": "Husnes, 30.1.2020", "ink": "gn02b",
                        "under": ["Liv Bruarøy", "konstituert rådmann"]}], "side")]
    write_docx(items, out, "table", "Arial", "nn", boxes="bracket")
    return app("gn02", "docx", "docx-form", "nn", ("Nav Kvinnherad", "Kvinnherad", o),
               ("Synnøve Haugland", "synnove.haugland@nav.no", "93411572"),
               ("Ny start i Kvinnherad", "continuation", "2020-04-01"), 80, (480000, 8000, 488000), [P1, P3],
               (True, False),
               [(NL, "Geir Olav Tveit", "Nav-leiar", "2020-01-29", H),
                (MU, "Liv Bruarøy", "Konstituert rådmann", "2020-01-30", H)],
               notes=["near-miss: total 488 000 equals the 80 % cap; '[x]' boxes; 'Ja [x] Nei [  ]'; signatures alone on "
                      "page 2, title under the name; dates '29.1.2020'"])


def gn03(out: Path):
    o = orgnr("97478312")
    items = [("h", "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020"),
             ("p", "Fyll ut de grå feltene. Søknaden sendes Statsforvalteren i Vestfold og Telemark.")]
    items += kv(f"Nav-kontor=Nav Porsgrunn | Kommune=Porsgrunn | Organisasjonsnummer={o} | Kontaktperson=Anders Thorsen | "
                "Telefon=950 37 118 | E-post=anders.thorsen@nav.no | Prosjekttittel=Jobbveien Porsgrunn | "
                "Type søknad=Nytt prosjekt")
    items += [("kv", "Oppstartsdato", ("2020-05-04", "4. mai 2020"))]
    items += kv("Stillingsprosent=100 | Lønn og sosiale kostnader (kr)=575 000 | Kompetanse (kr)=10 000")
    items += [("kv", "Andre kostnader (kr)", None), ("kv", "Sum omsøkt (kr)", "585 000"),
              ("h", "Prioriterte områder"), ("box", A1, False), ("box", A2, True), ("box", A3, False),
              ("h", "Utprøving av virkemidler"), ("box", "Vi ønsker å delta i nettverk/klyngesamarbeid", True),
              ("box", "Vi ønsker ekstern prosessevaluering", True), ("h", "Signatur"),
              ("sig", [{"title": "Nav-leder", "name": "Heidi Aasland", "place": ("2020-01-22", "22. januar 2020")},
                       {"title": "Kommunalsjef", "name": "Per Kristian Lunde", "place": ("2020-01-23", "23. januar 2020")}],
               "table")]
    write_docx(items, out, "controls", "Calibri", "nb")
    return app("gn03", "docx", "docx-controls", "nb", ("Nav Porsgrunn", "Porsgrunn", o),
               ("Anders Thorsen", "anders.thorsen@nav.no", "95037118"), ("Jobbveien Porsgrunn", "new", "2020-05-04"),
               100, (575000, 10000, 585000), [P2], (True, True),
               [(NL, "Heidi Aasland", "Nav-leder", "2020-01-22", T),
                (MU, "Per Kristian Lunde", "Kommunalsjef", "2020-01-23", T)], expected=["SIGNATURE_UNVERIFIED"],
               notes=["defect: names and date pickers in the signature table, its 'Signatur' column empty (typed)",
                      "'Andre kostnader' left as Word's placeholder text: other is null"])


def gn04(out: Path):
    o = orgnr("97519630")
    items = [("h", "SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020"),
             ("p", "Søknadsfrist: 1. februar 2020")]
    items += kv(f"Søkende Nav-kontor=NAV Ringerike | Kommune=Ringerike | Org. nr.={o} | Kontaktperson=Mona Hagen | "
                "E-postadresse=mona.hagen@nav.no | Telefon=913 50 226 | Prosjektets navn=Ringerikspiloten | "
                "Søknaden gjelder (ny/videreføring)=Ny | Ønsket oppstart=03.02.2020 | Stillingsandel totalt=120 % | "
                "Lønn og sosiale kostnader=kr 732 000,00 | Kompetansemidler=kr 10 000,00 | "
                "Totalt søknadsbeløp=kr 742 000,00")
    items += [("h", "Prioriterte områder"), ("box", A1, True), ("box", A2, True), ("box", A3, False),
              ("h", "Interesse for utprøving"), ("box", "Nettverk/klyngesamarbeid", False),
              ("box", "Ekstern prosessevaluering", True), ("space",),
              ("sig", [{"head": "Nav-leder", "place": "Hønefoss, 2020-01-27", "ink": "gn04a", "under": ["Espen Lie Hovde"]},
                       {"head": "Assisterende kommunedirektør", "place": "Hønefoss, 2020-01-28", "ink": "gn04b",
                        "under": ["Tove Marit Gran"]}], "stack")]
    write_docx(items, out, "legacy", "Times New Roman", "nb")
    return app("gn04", "docx", "docx-legacy-fields", "nb", ("Nav Ringerike", "Ringerike", o),
               ("Mona Hagen", "mona.hagen@nav.no", "91350226"), ("Ringerikspiloten", "new", "2020-02-03"), 120,
               (732000, 10000, 742000), [P1, P2], (False, True),
               [(NL, "Espen Lie Hovde", "Nav-leder", "2020-01-27", H),
                (MU, "Tove Marit Gran", "Assisterende kommunedirektør", "2020-01-28", H)],
               notes=["near-miss: 120 % at exactly 'kr 732 000,00'; FORMCHECKBOX <w:checked/> over default 0; ISO dates; "
                      "stacked ink blocks (role above, name under the line)"])


def gn05(out: Path):
    o = orgnr("97455322")
    items = [("p", "NAV Bærum\nPostboks 700, 1304 Sandvika"),
             ("p", "Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss"),
             ("p", "Sandvika, 23. januar 2020\nVår ref.: 20/4411"),
             ("h", "Søknad om tilskudd til utvikling av sosiale tjenester – «Familieløftet Bærum»"),
             ("p", f"Nav Bærum (org.nr. {spaced(o)}) søker med dette om tilskudd til et nytt prosjekt, «Familieløftet "
                   "Bærum», med oppstart 1. juni 2020. Prosjektet skal gi barnefamilier med langvarig sosialhjelp en "
                   "fast familiekoordinator som følger opp hele familien, med særlig vekt på ungdom og familier med "
                   "innvandrerbakgrunn. Vi mener prosjektet svarer på prioriteringen «oppfølging av barnefamilier, "
                   "ungdom og innvandrere» i kunngjøringen."),
             ("p", "Prosjektet krever to hele stillinger. Lønn og sosiale kostnader er beregnet til 1 240 000 kroner "
                   "for 2020 ut fra kommunens lønnsnivå. I tillegg søker vi om 10 000 kroner til kompetanse, slik at "
                   "samlet søknadsbeløp er 1 250 000 kroner."),
             ("p", "Nav Bærum ønsker å delta i nettverk/klyngesamarbeid og stiller seg også positiv til ekstern "
                   "prosessevaluering."),
             ("p", "Kontaktperson for søknaden er seniorrådgiver Hilde Grønvold, tlf. 976 12 840, "
                   "e-post hilde.gronvold@baerum.kommune.no."), ("p", "Med vennlig hilsen"),
             ("sig", [{"ink": "gn05a", "under": ["Marianne Stub", "Nav-leder"]},
                      {"ink": "gn05b", "under": ["Erik Kvale", "kommunedirektør"]}], "stack")]
    write_docx(items, out, "letter", "Cambria", "nb")
    return app("gn05", "docx", "docx-letter", "nb", ("Nav Bærum", "Bærum", o),
               ("Hilde Grønvold", "hilde.gronvold@baerum.kommune.no", "97612840"),
               ("Familieløftet Bærum", "new", "2020-06-01"), 200, (1240000, 10000, 1250000), [P2], (True, True),
               [(NL, "Marianne Stub", "Nav-leder", "2020-01-23", H), (MU, "Erik Kvale", "Kommunedirektør", "2020-01-23", H)],
               expected=["AMOUNT_OVER_CAP"],
               notes=["defect: two positions, 1 240 000 > 1 220 000", "undated ink blocks: the letter's date"])


def gn06(out: Path):
    o = orgnr("96433018")
    items = [("p", "Nav Luster\n6868 Gaupne"), ("p", "Til Statsforvaltaren i Vestland"), ("p", "Gaupne, 28. januar 2020"),
             ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Arbeid i Luster»"),
             ("p", "Nav Luster søkjer om tilskot til det nye prosjektet «Arbeid i Luster». Organisasjonsnummeret til "
                   f"kontoret er {spaced(o)}. Prosjektet skal prøve ut ein ny måte å samarbeide med lokale verksemder på, "
                   "slik at fleire sosialhjelpsmottakarar får fast arbeid i staden for tiltak."),
             ("p", "Prosjektet svarar på desse prioriterte områda i kunngjeringa:"),
             ("list", ["Bruk av ordinært arbeidsliv",
                       "Sikring av sårbare overgangar, særleg overgangen frå vidaregåande skule til arbeid"]),
             ("p", "Vi søkjer om midlar til ei 50 % stilling som jobbspesialist frå 1. august 2020. Luster kommune "
                   "dekkjer sjølv 50 000 kroner av kostnadene."),
             ("table", [["Post", "Kostnad", "Eigenfinansiering", "Søkt tilskot"],
                        ["Løn og sosiale kostnader, 50 % stilling", "350 000", "50 000", "300 000"],
                        ["Kompetanse (prosessrettleiing)", "5 000", "0", "5 000"],
                        ["Sum", "355 000", "50 000", "305 000"]]),
             ("p", "Kontoret er ikkje interessert i nettverk/klyngjesamarbeid i 2020, men stiller gjerne opp i ei "
                   "ekstern prosessevaluering."),
             ("p", "Kontaktperson: Ingebjørg Nes, rettleiar, tlf. 468 21 903, e-post ingebjorg.nes@nav.no"),
             ("p", "Med helsing"), ("p", "Dokumentet er elektronisk godkjent og har difor ingen handskrivne underskrifter."),
             ("p", "Godkjent av: Nav-leiar Randi Hauge, 28.01.2020"),
             ("p", "Godkjent av: assisterande kommunedirektør Olav Sørheim, 29.01.2020")]
    write_docx(items, out, "letter", "Georgia", "nn")
    return app("gn06", "docx", "docx-letter", "nn", ("Nav Luster", "Luster", o),
               ("Ingebjørg Nes", "ingebjorg.nes@nav.no", "46821903"), ("Arbeid i Luster", "new", "2020-08-01"), 50,
               (300000, 5000, 305000), [P1, P3], (False, True),
               [(NL, "Randi Hauge", "Nav-leiar", "2020-01-28", E),
                (MU, "Olav Sørheim", "Assisterande kommunedirektør", "2020-01-29", E)], own_funding=50000,
               notes=["near-miss: cost 350 000 over the 50 % cap, 300 000 applied for; total = cap; areas as a list"])


def gn07(out: Path):
    o = orgnr("97499212")
    items = [("h", "Søknad 2020: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret"),
             ("p", "Statsforvalteren i Agder – søknadsfrist 1. februar 2020"), ("h", "1. Søker")]
    items += kv(f"1.1 Nav-kontor=Nav Kristiansand | 1.2 Kommune=Kristiansand | 1.3 Organisasjonsnummer={o} | "
                "1.4 Kontaktperson=Lars Erik Birkeland | 1.5 E-post=lars.erik.birkeland@nav.no | 1.6 Telefon=+47 414 92 317")
    items += [("h", "2. Prosjektet")] + kv(
        "2.1 Prosjektets navn=Løslatt til jobb | 2.2 Nytt/videreføring=Nytt prosjekt | "
        "2.3 Prosjektperiode=01.09.2020–31.08.2021 | 2.4 Stillingsressurs=1,5 årsverk")
    items += [("h", "3. Budsjett for 2020 (kr)"),
              ("table", [["Stilling/post", "Andel", "Beløp"], ["Jobbspesialist", "100 %", "610 000"],
                         ["Boligkoordinator", "50 %", "305 000"], ["Kompetanse", "", "10 000"],
                         ["Sum omsøkt", "150 %", "925 000"]]),
              ("h", "4. Prioriterte områder"), ("box", A1, True), ("box", A2, False), ("box", A3, True),
              ("h", "5. Utprøving av virkemidler"),
              ("p", "Ønsker Nav-kontoret å delta i nettverk/klyngesamarbeid?  Nei"),
              ("p", "Ønsker Nav-kontoret ekstern prosessevaluering?  Ja"),
              ("h", "6. Godkjenning"), ("p", "Dokumentet er godkjent elektronisk og har derfor ikke håndskrevne signaturer."),
              ("table", [["Godkjent av", "Rolle", "Dato"], ["Tor Egil Lindeland", "Nav-leder", "27.01.2020"],
                         ["Camilla Fossdal", "Kommunalsjef helse og mestring", "28.01.2020"]])]
    write_pdf(items, str(out), font=("LS", "LSB"), size=10, style="plain", x2=250, boxes="check")
    return app("gn07", "pdf", "pdf-text", "nb", ("Nav Kristiansand", "Kristiansand", o),
               ("Lars Erik Birkeland", "lars.erik.birkeland@nav.no", "41492317"), ("Løslatt til jobb", "new", "2020-09-01"),
               150, (915000, 10000, 925000), [P1, P3], (False, True),
               [(NL, "Tor Egil Lindeland", "Nav-leder", "2020-01-27", E),
                (MU, "Camilla Fossdal", "Kommunalsjef helse og mestring", "2020-01-28", E)],
               notes=["near-miss: 1,5 årsverk (100 % + 50 %) at exactly 915 000; start as a period; ✓ boxes; approval table"])


def gn08(out: Path):
    o = orgnr("97611902")
    items = [("h", "NAV ULLENSVANG"), ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")]
    items += kv(f"Søkjar=Nav Ullensvang | Kommune=Ullensvang | Org.nr.={o} | Kontaktperson=Torbjørn Aga | "
                "E-post=torbjorn.aga@nav.no | Telefon=917 60 433 | Prosjektnamn=Hardangermodellen | "
                "Søknaden gjeld=Vidareføring – 4. år (prosjektet starta i 2017) | Oppstart for perioden=1. januar 2020 | "
                "Stillingsprosent=100 % | Løn og sosiale kostnader=560 000 kr | Kompetanse=10 000 kr | Sum=570 000 kr | "
                "Prioritert område=Sikring av sårbare overgangar | Nettverk/klyngjesamarbeid=Ja | "
                "Ekstern prosessevaluering=Ja")
    items += [("space",), ("p", "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."),
              ("p", "Nav-leiar Kristin Skaar – godkjent 24.01.2020"),
              ("p", "Kommunedirektør Jon Olav Bjotveit – godkjent 27.01.2020")]
    write_pdf(items, str(out), font=("DVS", "DVSB"), size=10, style="rows", x2=240)
    return app("gn08", "pdf", "pdf-text", "nn", ("Nav Ullensvang", "Ullensvang", o),
               ("Torbjørn Aga", "torbjorn.aga@nav.no", "91760433"), ("Hardangermodellen", "continuation", "2020-01-01"),
               100, (560000, 10000, 570000), [P3], (True, True),
               [(NL, "Kristin Skaar", "Nav-leiar", "2020-01-24", E),
                (MU, "Jon Olav Bjotveit", "Kommunedirektør", "2020-01-27", E)],
               expected=["CONTINUATION_LIMIT"], notes=["defect: continuation in its fourth year (started 2017)"])


ACRO_NB = [("h", "Søknadsskjema – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
           ("p", "Utfylt skjema sendes Statsforvalteren innen 1. februar 2020.")]
ACRO_NN = [("h", "Søknadsskjema – Tilskot til utvikling av sosiale tenester i Nav 2020"),
           ("p", "Utfylt skjema blir sendt til Statsforvaltaren innan 1. februar 2020.")]


def gn09(out: Path):
    o = orgnr("97466305")
    items = ACRO_NB + kv(
        f"Nav-kontor=Nav Larvik | Kommune=Larvik | Organisasjonsnummer={o} | Kontaktperson=Øystein Rød | "
        "E-post=oystein.rod@nav.no | Telefon=922 31 654 | Prosjektnavn=Arbeidslaget")
    items += [("box", "Nytt prosjekt", True), ("box", "Videreføring", False)] + kv(
        "Oppstart=02.03.2020 | Stillingsprosent=100 | Lønn og sosiale kostnader=kr 610 000,- | Kompetansemidler= | "
        "Totalt søknadsbeløp=kr 610 000,-")
    items += [("h", "Prioriterte områder"), ("box", A1, False), ("box", A2, True), ("box", A3, True),
              ("h", "Utprøving 2020"), ("yn", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", True),
              ("yn", "Ønsker kontoret ekstern prosessevaluering?", False), ("space",),
              ("sig", [{"head": "Nav-leder", "ink": "gn09a", "under": ["Larvik, 21. januar 2020", "Øyvind Tangen"]},
                       {"head": "Kommunalsjef helse og velferd", "ink": "gn09b",
                        "under": ["Larvik, 23. januar 2020", "Bente Skaug"]}], "stack")]
    write_pdf(items, str(out), font=("DV", "DVB"), size=9, style="rows", x2=220, form=True)
    return app("gn09", "pdf", "pdf-acroform", "nb", ("Nav Larvik", "Larvik", o),
               ("Øystein Rød", "oystein.rod@nav.no", "92231654"), ("Arbeidslaget", "new", "2020-03-02"), 100,
               (610000, None, 610000), [P2, P3], (True, False),
               [(NL, "Øyvind Tangen", "Nav-leder", "2020-01-21", H),
                (MU, "Bente Skaug", "Kommunalsjef helse og velferd", "2020-01-23", H)],
               notes=["near-miss: 100 % at exactly 'kr 610 000,-', competence empty; Ja/Nei box pairs; stacked ink"])


def gn10(out: Path):
    o = orgnr("97633442")
    items = ACRO_NN + kv(
        f"Nav-kontor=Nav Sykkylven | Kommune=Sykkylven | Org.nr.={o} | Kontaktperson=Oddrun Vik | E-post= | Telefon= | "
        "Prosjektnamn=Møbelbygda i arbeid | Type søknad=Nytt prosjekt | Oppstartsdato=01.05.2020 | "
        "Stillingar=ei stilling | Løn og sosiale kostnader=590 000 | Kompetansemidlar=10 000 | Sum=600 000")
    items += [("h", "Prioriterte område"), ("box", A1, True), ("box", N2, False), ("box", N3, False),
              ("h", "Utprøving 2020"), ("yn", "Nettverk/klyngjesamarbeid", True), ("yn", "Ekstern prosessevaluering", False),
              ("space",),
              ("sig", [{"head": "Nav-leiar", "place": "Sykkylven, 30.01.2020", "ink": "gn10a", "under": ["Arnstein Tynes"]},
                       {"head": "Kommunedirektør", "place": "Sykkylven, 31.01.2020", "ink": "gn10b",
                        "under": ["Grete Riise"]}], "side")]
    write_pdf(items, str(out), font=("LS", "LSB"), size=10, style="plain", x2=210, form=True, lang="nn")
    return app("gn10", "pdf", "pdf-acroform", "nn", ("Nav Sykkylven", "Sykkylven", o), ("Oddrun Vik", None, None),
               ("Møbelbygda i arbeid", "new", "2020-05-01"), 100, (590000, 10000, 600000), [P1], (True, False),
               [(NL, "Arnstein Tynes", "Nav-leiar", "2020-01-30", H), (MU, "Grete Riise", "Kommunedirektør", "2020-01-31", H)],
               expected=["CONTACT_MISSING"], notes=["defect: contact named, e-mail and phone fields left empty"])


def gn11(out: Path):
    o = orgnr("97451278")
    items = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020")] + kv(
        f"Hvilket Nav-kontor søker?=Nav Skien | Hvilken kommune hører kontoret til?=Skien kommune | "
        f"Organisasjonsnummer={o} | Hvem er kontaktperson for søknaden?=Guro Myrvold | "
        "Kontaktpersonens e-post=guro.myrvold@nav.no | Kontaktpersonens telefon=400 12 785 | "
        "Hva heter prosjektet?=Unge voksne i jobb | "
        "Er dette et nytt prosjekt eller en videreføring?=Videreføring av prosjekt startet i 2019 (år 2) | "
        "Når starter prosjektåret?=1. januar 2020 | Hvor stor stillingsandel søkes finansiert?=50 % | "
        "Hvor mye søkes det om til lønn og sosiale kostnader?=300 000 kr | "
        "Hvor mye søkes det om til kompetanse?=5 000 kr | Samlet søknadsbeløp=305 000 kr | "
        f"Hvilke prioriterte områder retter prosjektet seg mot?={A2} | "
        "Ønsker kontoret å delta i nettverk/klyngesamarbeid?=Ja | Ønsker kontoret ekstern prosessevaluering?=Nei")
    items += [("space",),
              ("sig", [{"head": "Virksomhetsleder Nav Skien", "place": "Skien, den 22. januar 2020", "ink": "gn11a",
                        "under": ["Trine Lunde"]},
                       {"head": "Kommunalsjef", "place": "Skien, den 24. januar 2020", "ink": "gn11b",
                        "under": ["Nils Aksel Brekke"]}], "stack")]
    docx_to_pdf(items, out, mode="table", font="Liberation Sans", lang="nb")
    return app("gn11", "pdf", "pdf-from-office", "nb", ("Nav Skien", "Skien", o),
               ("Guro Myrvold", "guro.myrvold@nav.no", "40012785"), ("Unge voksne i jobb", "continuation", "2020-01-01"),
               50, (300000, 5000, 305000), [P2], (True, False),
               [(NL, "Trine Lunde", "Virksomhetsleder Nav Skien", "2020-01-22", H),
                (MU, "Nils Aksel Brekke", "Kommunalsjef", "2020-01-24", H)],
               notes=["near-miss: labels as questions; total = 50 % cap; stacked ink; 'Virksomhetsleder Nav Skien'"])


def gn12(out: Path):
    o = orgnr("97481402")
    items = [("h", "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("p", "Til Statsforvalteren i Troms og Finnmark")] + kv(
        f"Nav-kontor=Nav Hammerfest | Kommune=Hammerfest | Org.nr={spaced(o)} | Kontaktperson=Sissel Isaksen | "
        "E-post=sissel.isaksen@nav.no | Telefon=982 44 106 | Prosjekt=Jobbfokus Hammerfest | Nytt/videreføring=Nytt | "
        "Oppstart=17.02.2020 | Stillingsandel=70 % | Lønn og sosiale kostnader=kr 420.000,- | "
        "Kompetansemidler=kr 7.000,- | Sum omsøkt=kr 427.000,-")
    items += [("h", "Prioriterte områder"), ("box", A1, True), ("box", A2, True), ("box", A3, False),
              ("h", "Ønsker kontoret å delta i"), ("box", "Nettverk/klyngesamarbeid", True),
              ("box", "Ekstern prosessevaluering", False), ("space",),
              ("sig", [{"head": "Nav-leder", "place": "Sted/dato: ____________________", "under": ["Navn:"]},
                       {"head": "Rådmann", "place": "Hammerfest, 28.01.2020", "ink": "gn12b",
                        "under": ["Navn: Ketil Nilsen"]}], "side")]
    write_pdf(items, str(out), font=("LS", "LSB"), size=10, style="rows", x2=220)
    return app("gn12", "pdf", "pdf-handwritten", "nb", ("Nav Hammerfest", "Hammerfest", o),
               ("Sissel Isaksen", "sissel.isaksen@nav.no", "98244106"), ("Jobbfokus Hammerfest", "new", "2020-02-17"),
               70, (420000, 7000, 427000), [P1, P2], (True, False), [(MU, "Ketil Nilsen", "Rådmann", "2020-01-28", H)],
               expected=["SIGNATURE_NAV_LEADER_MISSING"],
               notes=["defect: the Nav leader's block is printed but empty", "total 427 000 = the 70 % cap"])


def gn13(out: Path):
    o = orgnr("97640872")
    items = [("h", "Nav Stad"), ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020")] + kv(
        f"Nav-kontor=Nav Stad | Kommune=Stad | Organisasjonsnummer={o} | Kontaktperson=Maria Myklebust | "
        "E-post=maria.myklebust@nav.no | Telefon=481 22 907 | Namn på tiltaket=Kystlosen | "
        "Nytt tiltak / vidareføring=Nytt tiltak | Oppstart=01.03.2020 | Stillingar=to stillingar à 40 %")
    items += [("table", [["Budsjettpost", "Prosent", "Kroner"], ["Jobbkonsulent", "40 %", "244 000"],
                         ["Miljøarbeidar (ungdom)", "40 %", "244 000"], ["Kompetanse", "", "6 000"],
                         ["Totalt", "80 %", "494 000"]]),
              ("h", "Prioriterte område"), ("box", A1, False), ("box", N2, True), ("box", N3, True),
              ("p", "Nettverk/klyngjesamarbeid: Ja        Ekstern prosessevaluering: Nei"), ("space",),
              ("h", "Underskrifter"),
              ("sig", [{"title": "Nav-leiar", "name": "Ivar Nygård", "place": "Nordfjordeid 20.01.2020", "ink": "gn13a"},
                       {"title": "Ordførar", "name": "Gunnhild Solheim", "place": "Nordfjordeid 22.01.2020",
                        "ink": "gn13b"}], "table")]
    write_pdf(items, str(out), font=("DVS", "DVSB"), size=10, style="plain", x2=210, boxes="bracket", lang="nn")
    return app("gn13", "pdf", "pdf-handwritten", "nn", ("Nav Stad", "Stad", o),
               ("Maria Myklebust", "maria.myklebust@nav.no", "48122907"), ("Kystlosen", "new", "2020-03-01"), 80,
               (488000, 6000, 494000), [P2, P3], (True, False),
               [(NL, "Ivar Nygård", "Nav-leiar", "2020-01-20", H), (MU, "Gunnhild Solheim", "Ordførar", "2020-01-22", H)],
               notes=["near-miss: 2 x 40 % at exactly 488 000; signed for the municipality by the mayor (judgement call)"])


def gn14(out: Path):
    o = orgnr("97403720")
    items = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")] + kv(
        f"Navn på Nav-kontoret=Nav Verdal | Kommune=Verdal | Org.nr.={spaced(o)} | Kontaktperson=Jon Arne Vold | "
        "E-post=jon.arne.vold@nav.no | Telefon=907 55 318 | Prosjektnavn=Verdalsløftet | Ny søknad/videreføring=Ny søknad | "
        "Oppstart=15.04.2020 | Stillingsprosent=100 % | Lønn inkl. sosiale kostnader=580 000 | Kompetanse=10 000 | "
        "Totalt omsøkt=590 000")
    items += [("h", "Prioriterte områder"), ("box", A1, True), ("box", A2, False), ("box", A3, False),
              ("box", "Vi ønsker å delta i nettverk/klyngesamarbeid", True),
              ("box", "Vi ønsker ekstern prosessevaluering", True), ("space",),
              ("sig", [{"head": "Nav-leder", "place": "Verdal 20/1-2020", "ink": "gn14a", "under": ["Bjørg Aune"]},
                       {"head": "Kommunedirektør", "place": "Verdal 24/1-2020", "ink": "gn14b",
                        "under": ["Stein Ove Hallan"]}], "side")]
    scan(items, out, 1402, dpi=300, angle=0.4, font=("LS", "LSB"), size=10, style="rows", x2=230)
    return app("gn14", "pdf", "pdf-scanned", "nb", ("Nav Verdal", "Verdal", o),
               ("Jon Arne Vold", "jon.arne.vold@nav.no", "90755318"), ("Verdalsløftet", "new", "2020-04-15"), 100,
               (580000, 10000, 590000), [P1], (True, True),
               [(NL, "Bjørg Aune", "Nav-leder", "2020-01-20", H), (MU, "Stein Ove Hallan", "Kommunedirektør", "2020-01-24", H)],
               optional=["LOW_CONFIDENCE"], notes=["300 dpi grey scan with a dark copier edge; dates '20/1-2020'"])


def gn15(out: Path):
    o = orgnr("96490620")
    items = [("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")] + kv(
        f"Nav-kontor=Nav Ål | Kommune=Ål | Org.nr.={o} | Kontaktperson=Sigrid Kvisberg | E-post=sigrid.kvisberg@nav.no | "
        "Telefon=952 40 861 | Prosjektnamn=Arbeid for alle i Ål | Type=Nytt prosjekt | Oppstart=01.03.2020 | "
        "Stillingsprosent=60 % | Løn og sosiale kostnader=360 000 | Kompetansemidlar=6 000 | Sum søkt=366 000")
    items += [("h", "Prioriterte område"), ("box", A1, True), ("box", N2, False), ("box", N3, False),
              ("box", "Nettverk/klyngjesamarbeid", False), ("box", "Ekstern prosessevaluering", True),
              ("h", "Kort om prosjektet"),
              ("p", "Prosjektet skal knyte sosialhjelpsmottakarar tettare til lokale arbeidsgjevarar i reiselivet og "
                    "landbruket i Hallingdal, med ein jobbspesialist som følgjer både arbeidstakar og arbeidsgjevar."),
              ("break",), ("h", "Underskrifter"),
              ("sig", [{"head": "Nav-leiar", "place": "Ål, 27.01.2020", "ink": "gn15a", "under": ["Helge Ødegård"]},
                       {"head": "Kommunalsjef for helse og omsorg", "place": "Ål, 28.01.2020", "ink": "gn15b",
                        "under": ["Astrid Thorset"]}], "stack")]
    scan(items, out, 1503, dpi=300, angle=-0.6, font=("DVS", "DVSB"), size=10, style="plain", x2=220, lang="nn")
    return app("gn15", "pdf", "pdf-scanned", "nn", ("Nav Ål", "Ål", o),
               ("Sigrid Kvisberg", "sigrid.kvisberg@nav.no", "95240861"), ("Arbeid for alle i Ål", "new", "2020-03-01"),
               60, (360000, 6000, 366000), [P1], (False, True),
               [(NL, "Helge Ødegård", "Nav-leiar", "2020-01-27", H),
                (MU, "Astrid Thorset", "Kommunalsjef for helse og omsorg", "2020-01-28", H)],
               optional=["LOW_CONFIDENCE"], notes=["near-miss: total = 60 % cap; office 'Ål'; signatures on page 2"])


def gn16(out: Path):
    o = orgnr("97410765")
    items = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")] + kv(
        f"Nav-kontor=Nav Lørenskog | Kommune=Lørenskog | Org.nr.={o} | Kontaktperson=Ingrid Solbakken | "
        "E-post=ingrid.solbakken@nav.no | Telefon=67 93 40 00 | Prosjektnavn=Arbeid først Lørenskog | "
        "Søknadstype=Videreføring (år 3) | Oppstart=01.01.2020 | Stillinger=2 stillinger à 100 % | "
        "Lønn og sosiale kostnader=kr 1 200 000 | Kompetanse=kr 10 000 | Sum=kr 1 210 000 | "
        f"Prioriterte områder={A1}; {A2} | Nettverk/klyngesamarbeid=Nei | Ekstern prosessevaluering=Ja")
    items += [("space",), ("p", "Søknaden er signert digitalt (PAdES) av:"),
              ("p", "For Nav Lørenskog: Morten Skjelbred, Nav-leder"),
              ("p", "For Lørenskog kommune: Hanne Opsahl, konstituert kommunedirektør")]
    pades(items, out, [("Morten Skjelbred", "Nav Lørenskog", "NavLeder", (56, 70, 256, 110), tz_dt(2020, 1, 29, 9, 12)),
                       ("Hanne Opsahl", "Lørenskog kommune", "Kommunen", (300, 70, 500, 110), tz_dt(2020, 1, 30, 15, 40))],
          font=("DV", "DVB"), size=10, style="rows", x2=220)
    return app("gn16", "pdf", "pdf-pades", "nb", ("Nav Lørenskog", "Lørenskog", o),
               ("Ingrid Solbakken", "ingrid.solbakken@nav.no", "67934000"),
               ("Arbeid først Lørenskog", "continuation", "2020-01-01"), 200, (1200000, 10000, 1210000), [P1, P2],
               (False, True),
               [(NL, "Morten Skjelbred", "Nav-leder", "2020-01-29", D),
                (MU, "Hanne Opsahl", "Konstituert kommunedirektør", "2020-01-30", D)],
               notes=["near-miss: third year of a continuation (allowed); two PAdES signatures; areas as an answer"])


def gn17(out: Path):
    html = ('<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>Økten er utløpt – Elements</title>'
            '</head>\n<body><h1>Økten din er utløpt</h1><p>Du må logge inn på nytt for å laste ned dokumentet '
            '«Søknad tilskudd sosiale tjenester 2020 – Nav Halden.pdf».</p><p><a href="/login">Logg inn</a></p>'
            '</body></html>\n')
    out.write_bytes(html.encode("utf-8"))
    return truth("gn17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["an archive system's 'session expired' HTML page saved under a .pdf name"])


def gn18(out: Path):
    o = orgnr("97456603")
    items = [("h", "Søknad om tilskudd 2020 – Nasjonal tilskuddsordning for inkludering av barn og unge"),
             ("p", "Tilskuddsforvalter: Barne-, ungdoms- og familiedirektoratet (Bufdir). Søknaden registreres også i "
                   "Bufdirs søknadsportal.")] + kv(
        f"Søker (organisasjon)=Sarpsborg kommune v/ Nav Sarpsborg | Org.nr.={o} | Kontaktperson=Elin Karlsen | "
        "E-post=elin.karlsen@nav.no | Telefon=413 20 558 | Tiltakets navn=Fritid for alle Sarpsborg | "
        "Målgruppe=Barn og unge 6–18 år i familier med vedvarende lavinntekt | Omsøkt beløp=kr 450 000 | "
        "Herav lønn (60 % prosjektstilling)=kr 366 000 | Aktiviteter og utstyr=kr 84 000")
    items += [("p", "Tiltaket skal gi barn i lavinntektsfamilier tilgang til faste fritidsaktiviteter, utstyrssentral "
                    "og ferieaktiviteter, i samarbeid med idrettslag og frivillige organisasjoner."),
              ("sig", [{"head": "Nav-leder", "place": "Sarpsborg, 14.01.2020", "ink": "gn18a", "under": ["Roger Haugen"]},
                       {"head": "Kommunedirektør", "place": "Sarpsborg, 15.01.2020", "ink": "gn18b",
                        "under": ["Anne Lise Fjeld"]}], "side")]
    write_docx(items, out, "table", "Calibri", "nb")
    return truth("gn18", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["an application to another grant (Bufdir) by a Nav office, both leaders signed"])
