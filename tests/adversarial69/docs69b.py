"""Corpus 69, the office mix (Word form, legacy fields, letter, LibreOffice PDF, AcroForm, PAdES), the bad
input and the not-an-application: each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
from pathlib import Path

from docs69 import A1, A2, A3, HW, P1, P2, P3, T
from kit69 import Sheet, finish, keystone, orgnr, raster, sheet, spaced, to_jpg, to_pdf
from office69 import acroform, office_pdf, pades, write_docx

EA = "electronic_approval"


def tz(d, h):
    return datetime.datetime(2020, 1, d, h, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


# ---------------------------------------------------------------- ph11 docx-form (nb)
def ph11(out: Path):
    o = orgnr("97453190")
    items = [("t", "Søknad om tilskudd – utvikling av sosiale tjenester i NAV-kontoret 2020"),
             ("p", "Skjemaet fylles ut elektronisk, skrives ut, signeres og sendes Fylkesmannen i Møre og Romsdal "
                   "innen 1. februar 2020."),
             ("h", "1. Om søkeren"), ("kv", "Søker (NAV-kontor)", "NAV Kristiansund"),
             ("kv", "Kommune", "Kristiansund kommune"), ("kv", "Organisasjonsnummer", o),
             ("kv", "Kontaktperson", "Lene Marie Aune"), ("kv", "Telefon", "+47 71 57 42 00"),
             ("kv", "E-post", "Lene.Marie.Aune@nav.no"),
             ("h", "2. Om prosjektet"), ("kv", "Prosjektets navn", "“Jobb først”"),
             ("kv", "Nytt prosjekt eller videreføring", "Nytt prosjekt"), ("kv", "Planlagt oppstart", "1. mars 2020"),
             ("kv", "Stillingsprosent i prosjektet", "100 %"),
             ("h", "3. Budsjett for 2020"), ("kv", "Lønn og sosiale utgifter", "595 000"),
             ("kv", "Kompetansemidler", "10 000"), ("kv", "Totalt omsøkt beløp", "605 000"),
             ("h", "4. Prioriterte områder – sett X"), ("box", A1, True), ("box", A2, False), ("box", A3, False),
             ("h", "5. Nettverk og evaluering"),
             ("kv", "Ønsker NAV-kontoret å delta i nettverk/klyngesamarbeid?", "Nei"),
             ("kv", "Ønsker NAV-kontoret ekstern prosessevaluering?", "Nei"),
             ("sig", [{"head": "NAV-leder", "place": "Kristiansund, 23.01.2020", "ink": "ph11a",
                       "under": ["Ole Kristian Dahle"]},
                      {"head": "Kommunedirektør (konstituert)", "place": "Kristiansund, 24.01.2020", "ink": "ph11b",
                       "under": ["Tove Rasmussen"]}])]
    write_docx(items, out, "Calibri")
    return T("ph11", "docx", "docx-form", "nb", office=("Nav Kristiansund", "Kristiansund", o),
             contact=("Lene Marie Aune", "lene.marie.aune@nav.no", "71574200"), project=("Jobb først", "new", "2020-03-01"),
             pct=100, amounts={"positions": 595000, "competence": 10000, "total": 605000}, prio=[P1],
             interest=(False, False),
             sigs=[("nav_leader", "Ole Kristian Dahle", "NAV-leder", "2020-01-23", HW),
                   ("municipality", "Tove Rasmussen", "Kommunedirektør (konstituert)", "2020-01-24", HW)],
             notes=["Word form, one two-column table per section, X in a check column",
                    "near-miss: both interest questions answered 'Nei', acting municipal director, title in “ ”"])


# ---------------------------------------------------------------- ph12 docx-legacy-fields (nb)
def ph12(out: Path):
    o = orgnr("97456211", valid=False)
    items = [("t", "Søknadsskjema: Tilskudd til utvikling av sosiale tjenester i NAV-kontoret (2020)"),
             ("h", "Søker"), ("kv", "Kontorets navn", "NAV Ringsaker"), ("kv", "Kommune", "Ringsaker"),
             ("kv", "Org.nr. (9 siffer)", o), ("kv", "Kontaktperson", "Ragnhild Østby"),
             ("kv", "E-post", "ragnhild.ostby@nav.no"), ("kv", "Mobil", "48 21 90 33"),
             ("h", "Prosjekt"), ("kv", "Tittel på prosjektet", "Fra sosialhjelp til jobb"),
             ("kv", "Søknaden gjelder", "Videreføring av prosjekt startet i 2019"), ("kv", "Oppstart", "01.01.2020"),
             ("kv", "Stillingsprosent", "90 %"),
             ("h", "Budsjett"), ("kv", "Lønn inkl. sosiale utgifter", "549 000"), ("kv", "Kompetanse", "10 000"),
             ("kv", "Sum", "559 000"),
             ("h", "Prioriterte områder"), ("box", A1, True), ("box", A2, False), ("box", A3, True),
             ("h", "Interesse"), ("box", "Nettverk/klyngesamarbeid", True), ("box", "Ekstern prosessevaluering", False),
             ("sig", [{"head": "Leder NAV Ringsaker", "place": "Brumunddal, 22.01.2020", "ink": "ph12a",
                       "under": ["Kåre Sveen"]},
                      {"head": "Kommunalsjef helse og velferd", "place": "Brumunddal, 24.01.2020", "ink": "ph12b",
                       "under": ["Hege Nordby"]}])]
    write_docx(items, out, "Arial", legacy=True, size=10)
    return T("ph12", "docx", "docx-legacy-fields", "nb", office=("Nav Ringsaker", "Ringsaker", o),
             contact=("Ragnhild Østby", "ragnhild.ostby@nav.no", "48219033"),
             project=("Fra sosialhjelp til jobb", "continuation", "2020-01-01"), pct=90,
             amounts={"positions": 549000, "competence": 10000, "total": 559000}, prio=[P1, P3],
             interest=(True, False), expected=["ORG_NUMBER_INVALID"],
             sigs=[("nav_leader", "Kåre Sveen", "Leder NAV Ringsaker", "2020-01-22", HW),
                   ("municipality", "Hege Nordby", "Kommunalsjef helse og velferd", "2020-01-24", HW)],
             notes=["FORMTEXT values in table cells, FORMCHECKBOX ticked with <w:checked/> over default 0",
                    "defect: org number's check digit is wrong", "near-miss: 90 % at exactly 549 000"])


# ---------------------------------------------------------------- ph13 docx-letter, electronic approval (nn)
def ph13(out: Path):
    o = orgnr("97462380")
    items = [("p", "Nav Ullensvang"), ("p", "Opheimsgata 31, 5750 Odda"), ("p", f"Org.nr. {spaced(o)}"),
             ("p", "Fylkesmannen i Vestland"), ("r", "Odda, 29. januar 2020"),
             ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav – «Fri og i arbeid»", "plain"),
             ("p", "Nav Ullensvang søkjer om vidareføring av tiltaket «Fri og i arbeid» for 2020. Dette er andre året "
                   "med tilskot til tiltaket, og arbeidet held fram frå 1. januar 2020."),
             ("p", "Tiltaket skal sikre ein trygg overgang for personar som blir lauslatne etter straffegjennomføring, "
                   "slik at dei har bustad, økonomi og eit arbeids- eller aktivitetstilbod på plass frå første dag. "
                   "Vi samarbeider med kriminalomsorga og friomsorgskontoret i Hardanger."),
             ("p", "Vi søkjer om midlar til ei stilling som los i tiltaket. Budsjett for 2020:"),
             ("tbl", [["Post", "Kroner"], ["Løn og sosiale utgifter, ei stilling (100 %)", "540 000"],
                      ["Kompetanse (fagleg rettleiing)", "10 000"], ["Sum", "550 000"]]),
             ("p", "Kontaktperson er Hallvard Tveito, tlf. 53 65 02 11, e-post hallvard.tveito@nav.no."),
             ("p", "Vi er interesserte i nettverk/klyngjesamarbeid. Ekstern prosessevaluering er vi ikkje interesserte "
                   "i denne gongen."),
             ("p", "Med helsing"), ("p", "Brita Hus, Nav-leiar"), ("p", "Tor Egil Kvamme, kommunedirektør i Ullensvang"),
             ("p", "Søknaden er elektronisk godkjend av Nav-leiar Brita Hus 29.01.2020 og kommunedirektør Tor Egil "
                   "Kvamme 30.01.2020 og har difor ingen handskrivne underskrifter.")]
    write_docx(items, out, "Cambria")
    return T("ph13", "docx", "docx-letter", "nn", office=("Nav Ullensvang", "Ullensvang", o),
             contact=("Hallvard Tveito", "hallvard.tveito@nav.no", "53650211"),
             project=("Fri og i arbeid", "continuation", "2020-01-01"), pct=100,
             amounts={"positions": 540000, "competence": 10000, "total": 550000}, prio=[P3], interest=(True, False),
             sigs=[("nav_leader", "Brita Hus", "Nav-leiar", "2020-01-29", EA),
                   ("municipality", "Tor Egil Kvamme", "kommunedirektør", "2020-01-30", EA)],
             notes=["Nynorsk letter, area (release from prison) argued in prose, electronic approval with names and dates",
                    "near-miss: 'ei stilling', names typed above the approval sentence are not typed signatures"])


# ---------------------------------------------------------------- ph14 pdf-from-office, thousands (nb)
def ph14(out: Path):
    o = orgnr("97451176")
    items = [("t", "Søknad om tilskudd 2020: Utvikling av sosiale tjenester i NAV-kontoret"),
             ("h", "Søker"), ("kv", "NAV-kontor", "NAV Drammen"), ("kv", "Vertskommune", "Drammen"),
             ("kv", "Org.nr.", spaced(o)), ("kv", "Kontaktperson", "Nina Eriksen Holm"), ("kv", "Telefon", "958 03 217"),
             ("kv", "E-post", "nina.eriksen.holm@nav.no"),
             ("h", "Tiltaket"), ("kv", "Tittel", "Trygg overgang Drammen"), ("kv", "Type", "Nytt tiltak"),
             ("kv", "Oppstart", "01.06.2020"), ("kv", "Stilling", "1 x 100 % prosjektstilling"),
             ("h", "Budsjett (beløp i 1000 kr)", "plain"),
             ("tbl", [["Post", "Beløp i 1000 kr"], ["Lønn og sosiale utgifter", "610"], ["Kompetanse", "10"],
                      ["Sum søknadsbeløp", "620"]]),
             ("h", "Prioriterte områder"), ("box", A1, False), ("box", A2, False), ("box", A3, True),
             ("h", "Interesse"), ("kv", "Nettverk/klyngesamarbeid", "Ja"), ("kv", "Ekstern prosessevaluering", "Ja"),
             ("sig", [{"head": "NAV-leder", "place": "Drammen, 28.01.2020", "ink": "ph14a", "under": ["Thomas Berg"]},
                      {"head": "Kommunedirektør", "place": "Drammen, 30.01.2020", "ink": "ph14b",
                       "under": ["Marit Leirvik"]}])]
    office_pdf(items, out, "Liberation Sans")
    return T("ph14", "pdf", "pdf-from-office", "nb", office=("Nav Drammen", "Drammen", o),
             contact=("Nina Eriksen Holm", "nina.eriksen.holm@nav.no", "95803217"),
             project=("Trygg overgang Drammen", "new", "2020-06-01"), pct=100,
             amounts={"positions": 610000, "competence": 10000, "total": 620000}, prio=[P3], interest=(True, True),
             sigs=[("nav_leader", "Thomas Berg", "NAV-leder", "2020-01-28", HW),
                   ("municipality", "Marit Leirvik", "Kommunedirektør", "2020-01-30", HW)],
             notes=["Word → LibreOffice PDF; budget stated in thousands ('Beløp i 1000 kr': 610 / 10 / 620)",
                    "near-miss: 100 % at exactly the cap once read in thousands"])


# ---------------------------------------------------------------- ph15 pdf-acroform (nb)
def ph15(out: Path):
    o = orgnr("97449861")
    fields = [("#Søker", "", ""), ("Nav-kontor", "kontor", "Nav Porsgrunn"), ("Kommune", "kommune", "Porsgrunn"),
              ("Organisasjonsnummer", "orgnr", o), ("Kontaktperson", "kontakt", "Espen Lunde"),
              ("E-post", "epost", "espen.lunde@nav.no"), ("Telefon", "tlf", "35 54 71 00"),
              ("#Tiltaket", "", ""), ("Tiltakets navn", "tittel", "Arbeidsinkludering Porsgrunn"),
              ("Nytt tiltak eller videreføring", "type", "Nytt tiltak"), ("Oppstartsdato", "oppstart", "01.03.2020"),
              ("Stillingsprosent", "stillingspst", "60 %"), ("#Søknadsbeløp", "", ""),
              ("Lønn og sosiale utgifter (kr)", "lonn", "360 000"), ("Kompetanse (kr)", "komp", "15 000"),
              ("Sum omsøkt (kr)", "sum", "375 000")]
    boxes = [("#Prioriterte områder", "", False), (A1, "omr1", True), (A2, "omr2", False), (A3, "omr3", False),
             ("#Interesse", "", False), ("Ønsker å delta i nettverk/klyngesamarbeid", "nettverk", True),
             ("Ønsker ekstern prosessevaluering", "evaluering", True)]
    acroform(out, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
             ["Fyll ut skjemaet, skriv det ut og signer. Søknadsfrist 1. februar 2020.",
              "Det kan søkes om inntil 610 000 kroner per 100 % stilling og inntil 10 000 kroner til kompetanse."],
             fields, boxes,
             [{"head": "Nav-leder", "place": "Porsgrunn, 27.01.2020", "ink": "ph15a", "under": ["Heidi Søli"]},
              {"head": "Kommunedirektør", "place": "Porsgrunn, 28.01.2020", "ink": "ph15b", "under": ["Per Wold"]}])
    return T("ph15", "pdf", "pdf-acroform", "nb", office=("Nav Porsgrunn", "Porsgrunn", o),
             contact=("Espen Lunde", "espen.lunde@nav.no", "35547100"),
             project=("Arbeidsinkludering Porsgrunn", "new", "2020-03-01"), pct=60,
             amounts={"positions": 360000, "competence": 15000, "total": 375000}, prio=[P1], interest=(True, True),
             sigs=[("nav_leader", "Heidi Søli", "Nav-leder", "2020-01-27", HW),
                   ("municipality", "Per Wold", "Kommunedirektør", "2020-01-28", HW)],
             expected=["COMPETENCE_OVER_CAP"],
             notes=["reportlab AcroForm with values in the fields and cross-style check boxes; printed caps in the intro",
                    "defect: competence 15 000 (cap 10 000); 60 % with 360 000 stays under 366 000"])


# ---------------------------------------------------------------- ph16 pdf-pades, two signatures (nb)
def ph16(out: Path):
    o = orgnr("97387020")
    items = [("t", "Søknad – tilskudd til utvikling av sosiale tjenester i NAV-kontoret, 2020"),
             ("kv", "Søkerkontor", "NAV Bærum"), ("kv", "Kommune", "Bærum"), ("kv", "Org.nr", o),
             ("kv", "Kontaktperson", "Camilla Strand"), ("kv", "E-post", "camilla.strand@nav.no"),
             ("kv", "Telefon", "67 50 40 00"), ("kv", "Prosjekt", "Jobbmatch Bærum"),
             ("kv", "Status", "Videreføring, 2. år"), ("kv", "Start", "01.01.2020"),
             ("kv", "Stillinger", "2 stillinger à 100 %"), ("h", "Budsjett 2020"),
             ("tbl", [["Post", "Stilling", "Beløp"], ["Jobbkonsulent 1", "100 %", "610 000"],
                      ["Jobbkonsulent 2", "100 %", "610 000"], ["Kompetanse", "", "10 000"],
                      ["Totalt", "200 %", "1 230 000"]], [240, 100, 140]),
             ("h", "Prioriterte områder"), ("box", A1, True), ("box", A2, True), ("box", A3, False),
             ("h", "Interesse"), ("box", "Nettverk/klyngesamarbeid", True), ("box", "Ekstern prosessevaluering", True),
             ("sig", [{"head": "NAV-leder", "under": ["Siv Anita Lund", "Signert digitalt"]},
                      {"head": "Kommunedirektør", "under": ["Erik Moe", "Signert digitalt"]}])]
    sh = Sheet(font="DV", bold="DVB", size=9.5, kv="grid", lw=150).render(items)
    y = sh.y
    pades(sh.bytes(), out, [("Siv Anita Lund", "NAV Bærum", "SignaturNavLeder", (58, y - 70, 290, y - 14), tz(30, 9)),
                            ("Erik Moe", "Bærum kommune", "SignaturKommune", (308, y - 70, 540, y - 14), tz(31, 14))])
    return T("ph16", "pdf", "pdf-pades", "nb", office=("Nav Bærum", "Bærum", o),
             contact=("Camilla Strand", "camilla.strand@nav.no", "67504000"),
             project=("Jobbmatch Bærum", "continuation", "2020-01-01"), pct=200,
             amounts={"positions": 1220000, "competence": 10000, "total": 1230000}, prio=[P1, P2],
             interest=(True, True),
             sigs=[("nav_leader", "Siv Anita Lund", "NAV-leder", "2020-01-30", "digital"),
                   ("municipality", "Erik Moe", "Kommunedirektør", "2020-01-31", "digital")],
             notes=["two PAdES signatures (self-signed), printed names with 'Signert digitalt' and no ink",
                    "near-miss: 200 % at exactly 1 220 000"])


# ---------------------------------------------------------------- ph17 bad input: a photo upload cut off
def ph17(out: Path):
    items = [("t", "Søknad om tilskudd 2020"), ("kv", "NAV-kontor", "NAV Namsos"), ("kv", "Kommune", "Namsos")]
    pg = keystone(raster(sheet(items), 150)[0], [(0.1, 0.1), (0.9, 0.08), (0.92, 0.95), (0.07, 0.93)], seed=17)
    full = out.with_suffix(".full")
    to_jpg(finish(pg, 17, grey=False), full, 85)
    data = full.read_bytes()
    full.unlink()
    out.write_bytes(data[: len(data) * 3 // 100])
    return T("ph17", "jpg", "bad-input", None, scheme=None, score_fields=False, expected=["DOCUMENT_UNREADABLE"],
             notes=["phone photo whose upload broke off: the first 3 % of the JPEG's bytes, no page visible"])


# ---------------------------------------------------------------- ph18 not an application: acceptance slip (nn)
def ph18(out: Path):
    items = [("t", "Melding om aksept av tilskot"),
             ("p", "Tilskot til utvikling av sosiale tenester i Nav 2020 – vår referanse 2020/1432"),
             ("p", "Returnerast til Fylkesmannen i Vestland innan 1. juni 2020."),
             ("kv", "Tilskotsmottakar", "Nav Sogndal"), ("kv", "Kommune", "Sogndal"),
             ("kv", "Tiltak", "Inn i arbeid Sogndal"), ("kv", "Innvilga beløp", "610 000 kroner"),
             ("kv", "Kontonummer for utbetaling", "3705 20 18342"), ("gap", 6),
             ("p", "Vi stadfestar med dette at vi tek imot tilskotet på dei vilkåra som går fram av tilsegnsbrevet "
                   "av 12. mai 2020, og at midlane berre blir nytta til stillingar i tiltaket."), ("gap", 10),
             ("sig", [{"head": "Nav-leiar", "place": "Sogndal, 18.05.2020", "ink": "ph18a", "under": ["Ingebjørg Hauge"]},
                      {"head": "Kommunedirektør", "place": "Sogndal, 19.05.2020", "ink": "ph18b",
                       "under": ["Bjørn Nornes"]}])]
    pg = raster(sheet(items, font="SR", bold="SRB", size=11, kv="under", lw=180), 300)[0]
    to_pdf([finish(pg, 18, noise=6, blur=0.6, skew=-0.5)], out, 300, quality=70)
    return T("ph18", "pdf", "not-application", "nn", scheme=None, score_fields=False, expected=["NOT_AN_APPLICATION"],
             notes=["scanned acceptance slip for a granted 2020 project, signed by hand by both leaders"])
