"""The 18 documents of corpus 69 (paper first): each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit69 import (S20, curl, fax, finish, holes, keystone, light, orgnr, raster, sheet, spaced, stamp, to_jpg,
                   to_pdf)
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
P1, P2, P3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
HW, LC = "handwritten", ["LOW_CONFIDENCE"]


def T(id_, ext, cat, lang, **kw):
    kw.setdefault("scheme", S20)
    return truth(id_, ext, cat, lang=lang, **kw)


# ---------------------------------------------------------------- ph01 phone photo in a PDF (nb)
def ph01(out: Path):
    o = orgnr("97461302")
    items = [("t", "Søknad om tilskudd 2020 – utvikling av sosiale tjenester i NAV-kontoret"),
             ("p", "Sendes Fylkesmannen i Innlandet innen 1. februar 2020. Fyll ut alle felt."),
             ("h", "1  Opplysninger om søker"), ("kv", "NAV-kontor", "NAV Gjøvik"), ("kv", "Kommune", "Gjøvik"),
             ("kv", "Organisasjonsnummer", spaced(o)), ("kv", "Kontaktperson", "Hilde Sveum"),
             ("kv", "Telefon", "61 13 87 40"), ("kv", "E-post", "hilde.sveum@nav.no"),
             ("h", "2  Om tiltaket"), ("kv", "Tiltakets navn", "Jobbspor Gjøvik"),
             ("kv", "Nytt tiltak / videreføring", "Nytt tiltak"), ("kv", "Oppstart (dato)", "01.03.2020"),
             ("kv", "Stillinger (antall og %)", "1 stilling, 100 %"),
             ("h", "3  Omsøkt beløp"),
             ("tbl", [["Post", "Beløp"], ["Lønn og sosiale utgifter", "kr 610 000,-"],
                      ["Kompetansemidler", "kr 10 000,-"], ["Sum omsøkt", "kr 620 000,-"]], [330, 150]),
             ("h", "4  Prioriterte utviklingsområder"), ("box", A1, True), ("box", A2, False), ("box", A3, True),
             ("h", "5  Interesse"), ("kv", "Nettverk/klyngesamarbeid?", "Ja"),
             ("kv", "Ekstern prosessevaluering?", "Nei"), ("gap", 6),
             ("sig", [{"head": "Leder NAV Gjøvik", "place": "Gjøvik, 27.01.2020", "ink": "ph01a",
                       "under": ["Rune Bakkelund"]},
                      {"head": "Kommunedirektør", "place": "Gjøvik, 28.01.2020", "ink": "ph01b",
                       "under": ["Marianne Lie"]}])]
    pg = raster(sheet(items, lw=175, size=9.5), 250)[0]
    pg = keystone(curl(pg, 55), [(0.10, 0.06), (0.89, 0.09), (0.93, 0.95), (0.06, 0.92)], seed=1)
    pg = finish(light(pg, "corner", 0.45), 1, noise=7, blur=0.7, tint=(1.0, 0.97, 0.88), grey=False)
    to_pdf([pg.resize((pg.width * 4 // 5, pg.height * 4 // 5))], out, 200, quality=80)
    return T("ph01", "pdf", "pdf-scanned", "nb", office=("Nav Gjøvik", "Gjøvik", o),
             contact=("Hilde Sveum", "hilde.sveum@nav.no", "61138740"), project=("Jobbspor Gjøvik", "new", "2020-03-01"),
             pct=100, amounts={"positions": 610000, "competence": 10000, "total": 620000}, prio=[P1, P3],
             interest=(True, False), optional=LC,
             sigs=[("nav_leader", "Rune Bakkelund", "Leder NAV Gjøvik", "2020-01-27", HW),
                   ("municipality", "Marianne Lie", "Kommunedirektør", "2020-01-28", HW)],
             notes=["phone photo of the page on a desk: keystone, curled corner, hand shadow, warm cast, JPEG in PDF",
                    "near-miss: 100 % at exactly 610 000 + 10 000"])


# ---------------------------------------------------------------- ph02 fax, bilevel 200 dpi (nn)
def ph02(out: Path):
    o = orgnr("97452118")
    items = [("t", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
             ("p", "Søknaden blir send til Fylkesmannen i Vestland. Søknadsfrist 1. februar 2020."),
             ("kv", "Søkjar (Nav-kontor)", "Nav Sunnfjord"), ("kv", "Kommune", "Sunnfjord kommune"),
             ("kv", "Org.nr.", o), ("kv", "Kontaktperson", "Ingrid Hjelmeland"),
             ("kv", "E-post", "ingrid.hjelmeland@nav.no"), ("kv", "Telefon", "57 72 39 14"),
             ("kv", "Namn på tiltaket", "Arbeid for alle i Sunnfjord"),
             ("kv", "Nytt tiltak eller vidareføring", "Vidareføring (2. år)"), ("kv", "Oppstart", "1. januar 2020"),
             ("kv", "Stillingsprosent", "50 %"), ("kv", "Løn og sosiale utgifter", "300 000 kr"),
             ("kv", "Kompetansemidlar", "5 000 kr"), ("kv", "Samla søknadssum", "305 000 kr"),
             ("h", "Prioriterte område (set kryss)"), ("box", N1, True), ("box", N2, False), ("box", N3, False),
             ("h", "Vi er interesserte i"), ("box", "Nettverk / klyngjesamarbeid", True),
             ("box", "Ekstern prosessevaluering", True), ("gap", 8),
             ("sig", [{"head": "Nav-leiar", "place_label": "Stad/dato:", "place": "Førde, 28.01.2020", "ink": "ph02a",
                       "under": ["Namn:|Olav Sandal"]},
                      {"head": "Kommunedirektør", "place_label": "Stad/dato:", "place": "", "under": ["Namn:"]}])]
    pdf = sheet(items, font="DVS", bold="DVSB", size=10, kv="leader", lw=215, boxes="drawn",
                header="29/01 2020 14:12   FAKS 57 72 39 00   NAV SUNNFJORD                    S. {p}/1")
    to_pdf([fax(p, 2) for p in raster(pdf, 200)], out, 200)
    return T("ph02", "pdf", "pdf-scanned", "nn", office=("Nav Sunnfjord", "Sunnfjord", o),
             contact=("Ingrid Hjelmeland", "ingrid.hjelmeland@nav.no", "57723914"),
             project=("Arbeid for alle i Sunnfjord", "continuation", "2020-01-01"), pct=50,
             amounts={"positions": 300000, "competence": 5000, "total": 305000}, prio=[P1], interest=(True, True),
             sigs=[("nav_leader", "Olav Sandal", "Nav-leiar", "2020-01-28", HW)],
             expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=LC,
             notes=["defect: the municipal block (Kommunedirektør, Stad/dato, Namn) is printed and left empty",
                    "fax header carries the fax number 57 72 39 00, not the contact's phone"])


# ---------------------------------------------------------------- ph03 2-page grey scan, stamp, holes (nb)
def ph03(out: Path):
    o = orgnr("97457020")
    items = [("t", "SØKNADSSKJEMA"), ("p", "Tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020"),
             ("h", "A. Søker"), ("kv", "Navn på NAV-kontoret", "NAV Larvik"), ("kv", "Kommune", "Larvik"),
             ("kv", "Organisasjonsnr.", o), ("kv", "Kontaktperson for søknaden", "Tone Aas Kristiansen"),
             ("kv", "Kontaktpersonens e-post", "tone.aas.kristiansen@nav.no"),
             ("kv", "Kontaktpersonens telefon", "+47 33 13 82 00"),
             ("h", "B. Tiltaket"), ("kv", "Tiltakets tittel", "Familieløftet Larvik"), ("kv", "Type søknad", "Nytt tiltak"),
             ("kv", "Planlagt oppstart", "mai 2020"),
             ("kv", "Stillinger", "100 % familiekoordinator og 50 % jobbspesialist"),
             ("p", "Kort beskrivelse: Barnefamilier med langvarig sosialhjelp får én fast koordinator i NAV og "
                   "tett oppfølging mot ordinært arbeid for de voksne i familien. Tiltaket bygger på erfaringer fra "
                   "vårt eget familieteam og utvikles sammen med skole, helsestasjon og barnevern."),
             ("page",), ("h", "C. Budsjett (kroner)"),
             ("tbl", [["Post", "Stilling", "Omsøkt"], ["Familiekoordinator", "100 %", "610 000"],
                      ["Jobbspesialist", "50 %", "305 000"], ["Kompetanse", "", "10 000"],
                      ["Sum omsøkt", "150 %", "925 000"]], [220, 110, 150]),
             ("h", "D. Prioriterte områder"), ("box", A1, True), ("box", A2, True), ("box", A3, False),
             ("h", "E. Nettverk og evaluering"), ("box", "Vi ønsker å delta i nettverk/klyngesamarbeid", False),
             ("box", "Vi ønsker ekstern prosessevaluering", True), ("gap", 10),
             ("sig", [{"head": "For NAV Larvik", "place": "Larvik 29.01.2020", "ink": "ph03a",
                       "under": ["Geir Olav Hansen, NAV-leder"]},
                      {"head": "For Larvik kommune", "place": "Larvik 31.01.2020", "ink": "ph03b",
                       "under": ["Kristin Berg Nilsen, kommunedirektør"]}])]
    pages = raster(sheet(items, font="SR", bold="SRB", size=11, kv="under", lw=190, boxes="drawn",
                         footer="Side {p} av 2"), 300, 2)
    pages[0] = stamp(pages[0], ["FYLKESMANNEN I VESTFOLD OG TELEMARK", "MOTTATT", "04 FEB. 2020"], (372, 20), 300)
    pages = [finish(holes(p, 300), 3 + i, noise=5, blur=0.6, skew=(0.5, -0.3)[i]) for i, p in enumerate(pages)]
    to_pdf(pages, out, 300, quality=70)
    return T("ph03", "pdf", "pdf-scanned", "nb", office=("Nav Larvik", "Larvik", o),
             contact=("Tone Aas Kristiansen", "tone.aas.kristiansen@nav.no", "33138200"),
             project=("Familieløftet Larvik", "new", "2020-05-01"), pct=150,
             amounts={"positions": 915000, "competence": 10000, "total": 925000}, prio=[P1, P2],
             interest=(False, True), optional=LC,
             sigs=[("nav_leader", "Geir Olav Hansen", "NAV-leder", "2020-01-29", HW),
                   ("municipality", "Kristin Berg Nilsen", "kommunedirektør", "2020-01-31", HW)],
             notes=["300 dpi grey, two pages, hole punches, county's receipt stamp 'MOTTATT 04 FEB. 2020'",
                    "near-miss: stamp date after the deadline is not a signature date; 150 % at exactly 915 000"])


# ---------------------------------------------------------------- ph04 upside-down scan with instructions (nb)
def ph04(out: Path):
    o = orgnr("97419633")
    items = [("t", "Søknad – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020"),
             ("p", "Veiledning: Det gis inntil 610 000 kroner per 100 % stilling (lønn og sosiale utgifter) og "
                   "inntil 10 000 kroner til kompetanse. Tilskudd kan gis for inntil tre år til samme tiltak. "
                   "Søknadsfrist 1. februar 2020. Spørsmål om utfyllingen kan rettes til Fylkesmannen i Trøndelag "
                   "v/ Bente Ro, tlf. 74 16 80 00, fmtlbro@fylkesmannen.no."),
             ("kv", "NAV-kontor", "NAV Steinkjer"), ("kv", "Kommune", "Steinkjer"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson (navn)", "Lars Ivar Sem"),
             ("kv", "E-post / telefon", "lars.ivar.sem@nav.no / 907 45 112"),
             ("kv", "Prosjektnavn", "Ut i arbeid – Steinkjer"),
             ("kv", "Nytt prosjekt / videreføring", "Videreføring, 3. år (startet 2018)"),
             ("kv", "Oppstartsdato", "01.01.2020"), ("kv", "Stillingsprosent", "80"),
             ("kv", "Lønn og sosiale kostnader", "488 000"), ("kv", "Kompetansemidler", "8 000"),
             ("kv", "Totalt omsøkt", "496 000"),
             ("h", "Prioriterte områder (sett kryss)"), ("box", A1, True), ("box", A2, False), ("box", A3, True),
             ("kv", "Interessert i nettverk/klyngesamarbeid (ja/nei)", "ja"),
             ("kv", "Interessert i ekstern prosessevaluering (ja/nei)", "nei"), ("gap", 8),
             ("sig", [{"head": "NAV-leder", "place": "Steinkjer, 24.01.2020", "ink": "ph04a", "under": ["Anita Bjørgan"]},
                      {"head": "Rådmann", "place": "Steinkjer, 27.01.2020", "ink": "ph04b", "under": ["Kjell Sandvik"]}])]
    pg = raster(sheet(items, font="DV", bold="DVB", size=9, kv="grid", lw=230), 300)[0]
    to_pdf([finish(pg, 4, noise=6, blur=0.5, skew=-0.6, turn=180)], out, 300, quality=72)
    return T("ph04", "pdf", "pdf-scanned", "nb", office=("Nav Steinkjer", "Steinkjer", o),
             contact=("Lars Ivar Sem", "lars.ivar.sem@nav.no", "90745112"),
             project=("Ut i arbeid – Steinkjer", "continuation", "2020-01-01"), pct=80,
             amounts={"positions": 488000, "competence": 8000, "total": 496000}, prio=[P1, P3],
             interest=(True, False), optional=LC,
             sigs=[("nav_leader", "Anita Bjørgan", "NAV-leder", "2020-01-24", HW),
                   ("municipality", "Kjell Sandvik", "Rådmann", "2020-01-27", HW)],
             notes=["page scanned upside down (180°), 300 dpi grey",
                    "near-miss: third year of a continuation (allowed), 80 % at exactly 488 000, the county's "
                    "contact person and phone printed in the instructions"])


# ---------------------------------------------------------------- ph05 sideways scan, boxed fields (nn)
def ph05(out: Path):
    o = orgnr("97388541")
    items = [("t", "Søknadsskjema 2020 – Tilskot til utvikling av sosiale tenester i Nav-kontoret"),
             ("kv", "Nav-kontor", "Nav Ulstein"), ("kv", "Kommune", "Ulstein kommune"),
             ("kv", "Organisasjonsnummer", spaced(o)), ("kv", "Kontaktperson", "Solveig Myklebust"),
             ("kv", "Telefon", "951 22 684"), ("kv", "E-post", "solveig.myklebust@nav.no"),
             ("kv", "Tiltaket sitt namn", "Saman om neste steg"), ("kv", "Nytt tiltak / vidareføring", "Nytt tiltak"),
             ("kv", "Planlagd oppstart", "01.04.2020"), ("kv", "Stillingsdel", "50 %"),
             ("kv", "Løn inkl. sosiale utgifter (kr)", "330 000"), ("kv", "Kompetanse (kr)", "10 000"),
             ("kv", "Sum søknad (kr)", "340 000"),
             ("h", "Prioriterte område"), ("box", N1, False), ("box", N2, False), ("box", N3, True),
             ("h", "Nav-kontoret ønskjer å vere med i"), ("box", "nettverk / klyngjesamarbeid", True),
             ("box", "ekstern prosessevaluering", False), ("gap", 4),
             ("sig", [{"head": "Nav-leiar", "place": "Ulstein, 22.01.2020", "ink": "ph05a", "under": ["Per Arne Vik"]},
                      {"head": "Kommunedirektør", "place": "Ulstein, 23.01.2020", "ink": "ph05b",
                       "under": ["Randi Eiken"]}])]
    pg = raster(sheet(items, font="DVC", bold="DVCB", size=10, kv="stack", boxes="drawn"), 300)[0]
    to_pdf([finish(pg, 5, noise=5, blur=0.6, skew=0.4, turn=90)], out, 300, quality=72)
    return T("ph05", "pdf", "pdf-scanned", "nn", office=("Nav Ulstein", "Ulstein", o),
             contact=("Solveig Myklebust", "solveig.myklebust@nav.no", "95122684"),
             project=("Saman om neste steg", "new", "2020-04-01"), pct=50,
             amounts={"positions": 330000, "competence": 10000, "total": 340000}, prio=[P3], interest=(True, False),
             sigs=[("nav_leader", "Per Arne Vik", "Nav-leiar", "2020-01-22", HW),
                   ("municipality", "Randi Eiken", "Kommunedirektør", "2020-01-23", HW)],
             expected=["AMOUNT_OVER_CAP"], optional=LC,
             notes=["page scanned sideways (turned 90°), boxed fields with small labels on top",
                    "defect: 50 % with 330 000 for salary (cap 305 000)"])


# ---------------------------------------------------------------- ph06 two pages, page 2 scanned first (nb)
def ph06(out: Path):
    o = orgnr("97501274")
    items = [("t", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020"),
             ("h", "1. Søker"), ("kv", "NAV-kontor", "NAV Alta"), ("kv", "Kommune", "Alta kommune"),
             ("kv", "Org.nummer", spaced(o)), ("kv", "Kontaktperson", "Mona Isaksen"), ("kv", "Tlf.", "78 45 63 10"),
             ("kv", "E-post", "mona.isaksen@nav.no"),
             ("h", "2. Prosjektet"), ("kv", "Navn på prosjekt", "Neste steg Alta"), ("kv", "Nytt / videreføring", "Nytt"),
             ("kv", "Oppstart", "15.03.2020"), ("kv", "Stillingsressurs", "1 årsverk"),
             ("p", "Beskrivelse: Prosjektet skal gi ungdom mellom 18 og 25 år og nyankomne innvandrere en fast "
                   "veileder som følger dem fra skole og introduksjonsprogram over i arbeid, slik at ingen faller "
                   "mellom tjenestene i overgangen. Veilederen samarbeider tett med Alta videregående skole, "
                   "flyktningtjenesten og lokale arbeidsgivere."),
             ("page",), ("h", "3. Budsjett"), ("kv", "Lønn og sosiale utgifter", "610.000"),
             ("kv", "Kompetanse", "10.000"), ("kv", "Sum omsøkt", "620.000"),
             ("h", "4. Prioriterte områder"), ("box", A1, False), ("box", A2, True), ("box", A3, True),
             ("h", "5. Interesse"), ("kv", "Nettverk/klyngesamarbeid", "Ja"), ("kv", "Ekstern prosessevaluering", "Ja"),
             ("gap", 12),
             ("sig", [{"head": "NAV-leder", "place": "Alta, 30.01.2020", "ink": "ph06a", "under": ["Jan Erik Pedersen"]},
                      {"head": "Kommunedirektør", "place": "Alta, 30.01.2020", "ink": "ph06b",
                       "under": ["Bjørn Atle Hansen"]}])]
    pages = raster(sheet(items, font="SR", bold="SRB", size=11, kv="leader", lw=200, footer="Side {p} av 2"), 300, 2)
    pages = [finish(p, 6 + i, noise=6, blur=0.55, skew=(-0.4, 0.7)[i]) for i, p in enumerate(pages)]
    to_pdf(pages[::-1], out, 300, quality=70)
    return T("ph06", "pdf", "pdf-scanned", "nb", office=("Nav Alta", "Alta", o),
             contact=("Mona Isaksen", "mona.isaksen@nav.no", "78456310"), project=("Neste steg Alta", "new", "2020-03-15"),
             pct=100, amounts={"positions": 610000, "competence": 10000, "total": 620000}, prio=[P2, P3],
             interest=(True, True), optional=LC,
             sigs=[("nav_leader", "Jan Erik Pedersen", "NAV-leder", "2020-01-30", HW),
                   ("municipality", "Bjørn Atle Hansen", "Kommunedirektør", "2020-01-30", HW)],
             notes=["two-page form scanned in the wrong order: 'Side 2 av 2' (budget, areas, signatures) comes first",
                    "near-miss: '1 årsverk', amounts with dot thousands '610.000' at exactly the cap"])


# ---------------------------------------------------------------- ph07 phone photo saved as .jpg (nb)
def ph07(out: Path):
    o = orgnr("97460912")
    items = [("t", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad for 2020"),
             ("kv", "Søker (Nav-kontor)", "Nav Elverum"), ("kv", "Kommune", "Elverum"),
             ("kv", "Org.nr. Nav-kontoret", o), ("kv", "Kontaktperson, stilling", "Kjersti Haugen, veileder"),
             ("kv", "Telefon / e-post", "62 43 35 00 / kjersti.haugen@nav.no"),
             ("kv", "Tiltakets navn", "Sammen mot jobb"), ("kv", "Nytt tiltak eller videreføring", "Nytt tiltak"),
             ("kv", "Ønsket oppstart", "1. april 2020"), ("kv", "Stillingsandel", "70 %"),
             ("kv", "Omsøkt lønn og sosiale kostnader", "427 000"), ("kv", "Omsøkt kompetansemidler", "10 000"),
             ("kv", "Sum omsøkt tilskudd", "437 000"),
             ("h", "Hvilke prioriterte områder retter tiltaket seg mot?"), ("box", A1, True), ("box", A2, True),
             ("box", A3, False), ("h", "Ønsker Nav-kontoret å delta i:"), ("box", "nettverk/klyngesamarbeid", False),
             ("box", "ekstern prosessevaluering", True), ("gap", 10),
             ("sig", [{"head": "Nav-leder", "place": "Elverum, 29.01.2020", "ink": "ph07a", "under": ["Trine Bergersen"]},
                      {"head": "Kommunedirektør", "place": "Elverum, 01.02.2020", "ink": "ph07b",
                       "under": ["Hans Petter Nordli"]}])]
    pg = raster(sheet(items, font="SR", bold="SRB", size=11, kv="grid", lw=210), 250)[0]
    pg = keystone(pg, [(0.05, 0.09), (0.94, 0.05), (0.91, 0.96), (0.09, 0.93)], bg=(150, 150, 142), seed=7)
    pg = finish(light(pg, "slope", 0.4), 7, noise=8, blur=0.8, tint=(0.97, 0.98, 1.0), grey=False)
    to_jpg(pg, out, 84)
    return T("ph07", "jpg", "photo", "nb", office=("Nav Elverum", "Elverum", o),
             contact=("Kjersti Haugen", "kjersti.haugen@nav.no", "62433500"),
             project=("Sammen mot jobb", "new", "2020-04-01"), pct=70,
             amounts={"positions": 427000, "competence": 10000, "total": 437000}, prio=[P1, P2],
             interest=(False, True), optional=LC,
             sigs=[("nav_leader", "Trine Bergersen", "Nav-leder", "2020-01-29", HW),
                   ("municipality", "Hans Petter Nordli", "Kommunedirektør", "2020-02-01", HW)],
             notes=["phone photo saved as JPEG (.jpg): keystone, light falling off towards the bottom, grey desk",
                    "near-miss: municipal signature on the deadline day; 70 % at exactly 427 000; contact "
                    "'name, role' and 'phone / e-mail' in one field"])


# ---------------------------------------------------------------- ph08 hand-filled in block capitals (nn)
def ph08(out: Path):
    o = orgnr("97426638")
    items = [("t", "SØKNAD OM TILSKOT 2020 – utvikling av sosiale tenester i Nav-kontoret"),
             ("p", "Skjemaet kan fyllast ut for hand. Bruk blokkbokstavar."),
             ("h", "Søkjar"), ("kv", "Nav-kontor", "NAV VOSS"), ("kv", "Kommune", "VOSS"),
             ("kv", "Organisasjonsnummer", spaced(o)), ("kv", "Kontaktperson", "ASLAUG LIDAL"),
             ("kv", "Telefon", "917 34 562"), ("kv", "E-post", "ASLAUG.LIDAL@NAV.NO"),
             ("h", "Tiltaket"), ("kv", "Namn på tiltaket", "UNG I ARBEID VOSS"), ("kv", "Nytt tiltak / vidareføring", "NYTT"),
             ("kv", "Oppstart", "01.05.2020"), ("kv", "Stillingsprosent", "60 %"),
             ("kv", "Løn og sosiale utgifter (kr)", "366 000"), ("kv", "Kompetansemidlar (kr)", "10 000"),
             ("kv", "Sum (kr)", "376 000"),
             ("h", "Prioriterte område (kryss av)"), ("box", N1, True), ("box", N2, True), ("box", N3, False),
             ("h", "Kryss av for det de ønskjer"), ("box", "Nettverk / klyngjesamarbeid", False),
             ("box", "Ekstern prosessevaluering", True), ("gap", 4),
             ("sig", [{"head": "Nav-leiar", "place_label": "Stad og dato:", "place": "VOSS 27.01.2020", "ink": "ph08a",
                       "under": ["Namn med blokkbokstavar:", "|EIRIK LONE"]},
                      {"head": "Kommunedirektør", "place_label": "Stad og dato:", "place": "VOSS 28.01.2020",
                       "ink": "ph08b", "under": ["Namn med blokkbokstavar:", "|GURO TVEIT"]}])]
    pg = raster(sheet(items, font="DV", bold="DVB", size=9.5, kv="under", hand=True, lw=170, boxes="drawn",
                      seed="ph08"), 300)[0]
    to_pdf([finish(pg, 8, noise=6, blur=0.6, skew=0.8)], out, 300, quality=72)
    return T("ph08", "pdf", "pdf-scanned", "nn", office=("Nav Voss", "Voss", o),
             contact=("Aslaug Lidal", "aslaug.lidal@nav.no", "91734562"), project=("UNG I ARBEID VOSS", "new", "2020-05-01"),
             pct=60, amounts={"positions": 366000, "competence": 10000, "total": 376000}, prio=[P1, P2],
             interest=(False, True), optional=LC,
             sigs=[("nav_leader", "Eirik Lone", "Nav-leiar", "2020-01-27", HW),
                   ("municipality", "Guro Tveit", "Kommunedirektør", "2020-01-28", HW)],
             notes=["printed form filled in by hand in block capitals (blue pen), crosses by hand, 300 dpi grey scan",
                    "near-miss: 60 % at exactly 366 000; names under the ink in block capitals"])


# ---------------------------------------------------------------- ph09 typewriter form, names typed (nb)
def ph09(out: Path):
    o = orgnr("97450047")
    items = [("t", "SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020"),
             ("kv", "Søker", "NAV Bodø"), ("kv", "Kommune", "Bodø"), ("kv", "Org.nr", o),
             ("kv", "Kontaktperson", "Eva Jakobsen"), ("kv", "E-post", "eva.jakobsen@nav.no"),
             ("kv", "Telefon", "41 52 63 87"), ("kv", "Prosjektnavn", "Ungdomslos Bodø"),
             ("kv", "Søknadstype", "Videreføring, 2. driftsår"), ("kv", "Oppstart", "01.01.2020"),
             ("kv", "Stillingsprosent", "100 % (én stilling)"), ("kv", "Lønn og sos. utgifter", "kr 580 000"),
             ("kv", "Kompetanse", "kr 10 000"), ("kv", "Sum", "kr 590 000"), ("gap", 6),
             ("p", "Prioriterte områder:"), ("box", A1, False), ("box", A2, True), ("box", A3, True), ("gap", 6),
             ("kv", "Nettverk/klyngesamarbeid", "Ja"), ("kv", "Ekstern prosessevaluering", "Ja"), ("gap", 14),
             ("sig", [{"head": "NAV-leder", "place": "Bodø, 28.01.2020", "under": ["Tor Inge Rasmussen"]},
                      {"head": "Kommunedirektør", "place": "Bodø, 29.01.2020", "under": ["Hilde Nygaard"]}])]
    pg = raster(sheet(items, font="MO", bold="MOB", size=10, kv="mono", lw=200, boxes="brackets"), 300)[0]
    to_pdf([finish(pg, 9, noise=9, blur=0.7, skew=-0.9)], out, 300, quality=65)
    return T("ph09", "pdf", "pdf-scanned", "nb", office=("Nav Bodø", "Bodø", o),
             contact=("Eva Jakobsen", "eva.jakobsen@nav.no", "41526387"),
             project=("Ungdomslos Bodø", "continuation", "2020-01-01"), pct=100,
             amounts={"positions": 580000, "competence": 10000, "total": 590000}, prio=[P2, P3], interest=(True, True),
             sigs=[("nav_leader", "Tor Inge Rasmussen", "NAV-leder", "2020-01-28", "typed"),
                   ("municipality", "Hilde Nygaard", "Kommunedirektør", "2020-01-29", "typed")],
             expected=["SIGNATURE_UNVERIFIED"], optional=LC,
             notes=["typewriter-style form, printed and scanned unsigned: names typed under empty signature lines",
                    "defect: no ink on either signature line (typed signatures)"])


# ---------------------------------------------------------------- ph10 folded letter, signed, scanned (nb)
def ph10(out: Path):
    o = orgnr("97452665")
    items = [("p", "NAV Sandnes"), ("p", "Postboks 383, 4303 Sandnes"), ("p", f"Org.nr. {spaced(o)}"), ("gap", 10),
             ("p", "Fylkesmannen i Rogaland"), ("p", "Postboks 59 Sentrum"), ("p", "4001 Stavanger"),
             ("r", "Sandnes, 27. januar 2020"), ("gap", 8),
             ("h", "Søknad om tilskudd til utvikling av sosiale tjenester – «Jobbfokus Sandnes»"),
             ("p", "NAV Sandnes søker med dette om tilskudd fra ordningen Tilskudd til utvikling av sosiale tjenester i "
                   "NAV-kontoret for 2020 til et nytt prosjekt, «Jobbfokus Sandnes». Prosjektet starter opp 1. mars 2020."),
             ("p", "Målgruppen er unge voksne og innvandrere som har mottatt økonomisk sosialhjelp i mer enn seks "
                   "måneder. Prosjektet retter seg mot de prioriterte områdene bruk av ordinært arbeidsliv og "
                   "oppfølging av ungdom og innvandrere: jobbspesialistene skal finne og følge opp praksis- og "
                   "arbeidsplasser i ordinære virksomheter i Sandnes, og følge deltakerne tett der."),
             ("p", "Vi søker om midler til to stillinger (2 x 100 %) som jobbspesialister, og om kompetansemidler til "
                   "ekstern veiledning underveis. Omsøkt beløp:"),
             ("tbl", [["Post", "Kroner"], ["Lønn og sosiale utgifter, to stillinger", "1 200 000"],
                      ["Kompetanse (ekstern veiledning)", "10 000"], ["Sum omsøkt", "1 210 000"]], [330, 150]),
             ("p", "Sandnes kommune bidrar i tillegg med en egenandel på 250 000 kroner til kontorplass og drift."),
             ("p", "Kontaktperson for søknaden er avdelingsleder Siv Tjelta, tlf. 992 41 730, e-post siv.tjelta@nav.no."),
             ("p", "NAV Sandnes ønsker å delta i nettverk/klyngesamarbeid med andre NAV-kontor, men ønsker ikke "
                   "ekstern prosessevaluering."), ("p", "Med vennlig hilsen"),
             ("sig", [{"head": "NAV Sandnes", "place": "Sandnes, 27.01.2020", "ink": "ph10a",
                       "under": ["Roy Tjensvoll", "NAV-leder"]},
                      {"head": "Sandnes kommune", "place": "Sandnes, 28.01.2020", "ink": "ph10b",
                       "under": ["Aud Kvalbein", "kommunedirektør"]}])]
    pg = raster(sheet(items, font="SR", bold="SRB", size=11), 300)[0]
    pg = light(light(pg, "fold", 0.25), "left", 0.3)
    to_pdf([finish(pg, 10, noise=5, blur=0.5, skew=0.3)], out, 300, quality=70)
    return T("ph10", "pdf", "pdf-scanned", "nb", office=("Nav Sandnes", "Sandnes", o),
             contact=("Siv Tjelta", "siv.tjelta@nav.no", "99241730"), project=("Jobbfokus Sandnes", "new", "2020-03-01"),
             pct=200, amounts={"positions": 1200000, "competence": 10000, "total": 1210000}, own_funding=250000,
             prio=[P1, P2], interest=(True, False), optional=LC,
             sigs=[("nav_leader", "Roy Tjensvoll", "NAV-leder", "2020-01-27", HW),
                   ("municipality", "Aud Kvalbein", "kommunedirektør", "2020-01-28", HW)],
             notes=["letter folded in three for the post, scanned grey with fold creases and a shadow along the left",
                    "near-miss: 'to stillinger (2 x 100 %)', own funding in prose is not a cost line"])
