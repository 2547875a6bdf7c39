"""The 18 documents of corpus 78: each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit78 import S20, acroform, docx_to_pdf, encrypted, orgnr, pades, scan, spaced, tz_dt, write_docx, write_pdf
from truthlib import truth

A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"
P1, P2, P3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def _areas(lab, ticks):
    return [("chk", a, t) for a, t in zip(lab, ticks)]


def _sig(place, ink, head, *under):
    return {"place": place, "ink": ink, "head": head, "under": list(under)}


def gm01(out: Path):
    o = orgnr("97409188")
    items = [("h", "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret, tilskuddsåret 2020"),
             ("p", "Sendes Fylkesmannen i Innlandet. Søknadsfrist 1. februar 2020."),
             ("sec", "Del 1  Søker"), ("kv", "Søkerkontor (Nav-kontor)", "Nav Gjøvik"),
             ("kv", "Kommunen kontoret tilhører", "Gjøvik"), ("kv", "Organisasjonsnummer til kontoret", spaced(o)),
             ("kv", "Prosjektets kontaktperson", "Randi Bakkehaug"),
             ("kv", "Kontaktpersonens e-post", "randi.bakkehaug@nav.no"), ("kv", "Kontaktpersonens telefon", "61 14 95 00"),
             ("sec", "Del 2  Om tiltaket"), ("kv", "Tiltakets navn", "Veien til egen lønn"),
             ("kv", "Er dette et nytt tiltak eller en videreføring?", "Nytt tiltak"),
             ("kv", "Når starter tiltaket?", "01.03.2020"), ("kv", "Stillingsressurs i tiltaket (%)", "100"),
             ("sec", "Del 3  Budsjett (beløp det søkes om)"), ("kv", "Lønnsmidler inkl. sosiale utgifter", "600 000 kr"),
             ("kv", "Midler til kompetanseheving", "10 000 kr"), ("kv", "Samlet beløp det søkes om", "610 000 kr"),
             ("sec", "Del 4  Satsingsområder (sett X)"), *_areas((A1, A2, A3), (True, False, True)),
             ("sec", "Del 5  Deltakelse"), ("chk", "Kontoret ønsker å være med i nettverk/klyngesamarbeid", True),
             ("chk", "Kontoret ønsker å delta i ekstern prosessevaluering", False), ("gap",),
             ("sig", [_sig("Gjøvik, 28.01.2020", "gm01a", "Nav-leder", "Per Ivar Hoel"),
                      _sig("Gjøvik, 29.01.2020", "gm01b", "Kommunedirektør", "Therese Brenna")])]
    write_docx(items, out, "form", "Calibri", header="Nav Gjøvik · Jernbanegata 2, 2821 Gjøvik",
               footer="Skjema revidert 12/2019")
    return truth("gm01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Randi Bakkehaug", "randi.bakkehaug@nav.no", "61149500"),
                 project=("Veien til egen lønn", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[P1, P3],
                 interest=(True, False),
                 sigs=[("nav_leader", "Per Ivar Hoel", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Therese Brenna", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: merged section rows, X ticks in a third column, 'Stillingsressurs (%)' = '100', "
                        "competence exactly 10 000, footer 'revidert 12/2019'"])


def gm02(out: Path):
    o = orgnr("97412545")
    items = [("h", "Søknad om tilskot – utvikling av sosiale tenester i Nav-kontoret 2020"),
             ("sec", "Om søkjaren"), ("kv", "Nav-kontoret som søkjer", "NAV Sogndal"), ("kv", "Kommune", "Sogndal kommune"),
             ("kv", "Org.nr.", o), ("kv", "Kontaktperson for søknaden", "Åshild Nornes"),
             ("kv", "E-postadresse", "ashild.nornes@nav.no"), ("kv", "Telefon", "+47 57 62 95 00"),
             ("sec", "Om prosjektet"), ("kv", "Namnet på prosjektet", "Fleire i arbeid i Sogn"),
             ("kv", "Nytt eller vidareført prosjekt", "Nytt"), ("kv", "Planlagd oppstart", "1. april 2020"),
             ("p", "Stillingar i prosjektet:"),
             ("grid", [["Stilling", "Stillingsdel", "Søkt beløp"], ["Prosjektleiar", "50 %", "305 000"],
                       ["Jobbspesialist", "50 %", "305 000"], ["Sum stillingar", "100 %", "610 000"]]),
             ("sec", "Budsjett elles"), ("kv", "Kompetansehevande tiltak", "8 000"),
             ("kv", "Totalt søkt beløp", "618 000"),
             ("sec", "Prioriterte område"), *_areas((N1, N2, N3), (True, False, False)),
             ("sec", "Samarbeid"), ("chk", "Vi ønskjer å vere med i nettverk/klyngjesamarbeid", False),
             ("chk", "Vi ønskjer ekstern prosessevaluering", False), ("gap",),
             ("sig", [_sig("Sogndal 27.01.2020", "gm02a", "Nav-leiar", "Ingrid Hauge Fimreite"),
                      _sig("Sogndal 30.01.2020", "gm02b", "Kommunedirektør", "Jostein Aanes")]),
             ("page",), ("h", "Vedlegg: CV for prosjektleiar"),
             ("p", "Marta Kvamme, fødd 1984. Sosionom (Høgskulen i Sogn og Fjordane, 2008). Rettleiar i Nav "
                   "Sogndal sidan 2012, jobbspesialist i prosjektet «Arbeid for alle» 2017–2019 (50 % stilling)."),
             ("bul", ["Kurs i motiverande intervju (2015)", "Vidareutdanning i IPS/jobbspesialisering (2018)"])]
    write_docx(items, out, "form", "Arial", header="Nav Sogndal – Postboks 153, 6851 Sogndal",
               footer="Søknadsskjema versjon 3 (2019)")
    return truth("gm02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Åshild Nornes", "ashild.nornes@nav.no", "57629500"),
                 project=("Fleire i arbeid i Sogn", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 8000, "total": 618000}, prio=[P1],
                 interest=(False, False),
                 sigs=[("nav_leader", "Ingrid Hauge Fimreite", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Jostein Aanes", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: two 50 % positions in a separate table, positions exactly 610 000; +47 phone; "
                        "footer 'versjon 3 (2019)'; a CV attachment behind with another project, years and a 50 % stilling"])


def gm03(out: Path):
    o = orgnr("97404690")
    items = [("h", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad for 2020"),
             ("p", "Fyll ut de grå feltene. Felt som ikke er aktuelle kan stå tomme."),
             ("sec", "1 Kontoret"), ("kv", "Navn på Nav-kontor", "Nav Steinkjer"), ("kv", "Kommune(r)", "Steinkjer"),
             ("kv", "Org. nummer", o), ("kv", "Kontaktperson (navn)", "Eivind Lyngstad"),
             ("kv", "Kontaktperson e-post", "eivind.lyngstad@nav.no"), ("kv", "Kontaktperson telefon", "74 16 91 00"),
             ("sec", "2 Prosjektet"), ("kv", "Prosjektnavn", "Familieløftet Steinkjer"),
             ("kv", "Nytt prosjekt / videreføring", "Nytt prosjekt"), ("kv", "Oppstartsdato", "01.04.2020", "date"),
             ("kv", "Samarbeidspartnere (valgfritt)", "", "ph"), ("kv", "Omfang stilling(er) i prosent", "50 %"),
             ("sec", "3 Søknadsbeløp"), ("kv", "Lønn og sosiale utgifter", "kr 320 000"),
             ("kv", "Kompetanseutvikling", "kr 10 000"), ("kv", "Sum omsøkt", "kr 330 000"),
             ("sec", "4 Prioriterte områder"), *_areas((A1, A2, A3), (False, True, False)),
             ("sec", "5 Ønsker kontoret å delta i"), ("chk", "Nettverk/klyngesamarbeid", True),
             ("chk", "Ekstern prosessevaluering", True), ("gap",),
             ("sig", [_sig("Steinkjer, 23.01.2020", "gm03a", "Guro Skjevik", "Nav-leder"),
                      _sig("Steinkjer, 24.01.2020", "gm03b", "Anders Sandvik", "Kommunedirektør")])]
    write_docx(items, out, "controls", "Calibri", header="Søknad om tilskudd 2020 – Nav Steinkjer")
    return truth("gm03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Steinkjer", "Steinkjer", o),
                 contact=("Eivind Lyngstad", "eivind.lyngstad@nav.no", "74169100"),
                 project=("Familieløftet Steinkjer", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 320000, "competence": 10000, "total": 330000}, prio=[P2],
                 interest=(True, True),
                 sigs=[("nav_leader", "Guro Skjevik", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Anders Sandvik", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 50 % with 320 000 > 305 000; date picker, "
                                                       "w14 check boxes, an empty placeholder control"])


def gm04(out: Path):
    o = orgnr("97418811")
    items = [("h", "SØKNAD – TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV 2020"),
             ("sec", "A  Søker"), ("kv", "Nav-kontorets navn", "NAV Kristiansund"), ("kv", "Kommunens navn", "Kristiansund"),
             ("kv", "Kontaktperson", "Lars Petter Vullum"), ("kv", "E-post", "lars.petter.vullum@nav.no"),
             ("kv", "Telefon/mobil", "926 41 387"),
             ("sec", "B  Prosjekt"), ("kv", "Prosjektets tittel", "Ungdomslosen 2.0"),
             ("kv", "Ny søknad eller videreføring", "Videreføring – 3. år"),
             ("kv", "Oppstart (søknadsperioden)", "01.01.2020"), ("kv", "Stillingsandel", "70 %"),
             ("kv", "Lønn inkl. sos. kostn.", "427 000"), ("kv", "Kompetansemidler", "10 000"), ("kv", "Sum", "437 000"),
             ("sec", "C  Prioriterte områder – kryss av"), *_areas((A1, A2, A3), (False, True, True)),
             ("sec", "D  Nettverk og evaluering"), ("chk", "Ønsker deltakelse i nettverk/klyngesamarbeid", False),
             ("chk", "Ønsker ekstern prosessevaluering", True), ("gap",),
             ("sig", [_sig("Kristiansund 21.01.2020", "gm04a", "Bente Ørsal", "Nav-leder"),
                      _sig("Kristiansund 24.01.2020", "gm04b", "Arne Ivar Øyen", "Rådmann")])]
    write_docx(items, out, "legacy", "Times New Roman",
               footer=f"NAV Kristiansund, Kaibakken 1, 6509 Kristiansund N – org.nr. {spaced(o)}")
    return truth("gm04", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Kristiansund", "Kristiansund", o),
                 contact=("Lars Petter Vullum", "lars.petter.vullum@nav.no", "92641387"),
                 project=("Ungdomslosen 2.0", "continuation", "2020-01-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 437000}, prio=[P2, P3],
                 interest=(False, True),
                 sigs=[("nav_leader", "Bente Ørsal", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Arne Ivar Øyen", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["near-miss: org number only in the page footer; third year of a continuation (allowed); "
                        "70 % at exactly 427 000; legacy fields in table cells, boxes checked with w:checked"])


def gm05(out: Path):
    o = orgnr("97402353")
    items = [("p", "Fylkesmannen i Nordland\nMoloveien 10\n8002 Bodø"),
             ("p", "Vår dato: 22.01.2020          Vår ref.: 20/1184"),
             ("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020"),
             ("p", "Nav Bodø søker om midler til prosjektet «Trygg overgang», et nytt prosjekt som skal gi voksne "
                   "som skrives ut fra rusbehandling eller psykisk helsevern en fast kontakt i Nav fra før "
                   "utskrivingen skjer. Prosjektet skal etter planen starte 1. april 2020."),
             ("p", "Prosjektet skal:"),
             ("bul", ["gi hver deltaker én fast veileder som følger opp før, under og etter utskriving",
                      "bruke ordinære arbeidsplasser i Bodø som arena for arbeidstrening",
                      "sikre at ingen faller mellom tjenestene når de flytter til egen bolig"]),
             ("p", "Vi søker om to hele stillinger (200 %). Budsjettet er satt opp slik:"),
             ("grid", [["Kostnad", "Totalt", "Bodø kommune dekker", "Søkt tilskudd"],
                       ["Lønn og sos. kostnader, 2 stillinger", "1 520 000", "300 000", "1 220 000"],
                       ["Kompetanseheving", "10 000", "", "10 000"],
                       ["Sum", "1 530 000", "300 000", "1 230 000"]]),
             ("p", "Nav Bodø vil gjerne delta i nettverk/klyngesamarbeid med andre kontor. Vi ønsker ikke å være "
                   "med i ekstern prosessevaluering denne gangen."),
             ("p", "Kontaktperson for søknaden er Hilde Nordvik, tlf. 75 54 40 00, hilde.nordvik@nav.no."),
             ("p", "Med hilsen"),
             ("sig", [_sig("Bodø, 22.01.2020", "gm05a", "Kjell-Arne Mikalsen", "leder, Nav Bodø"),
                      _sig("Bodø, 22.01.2020", "gm05b", "Rolf Kåre Jensen", "kommunedirektør, Bodø kommune")])]
    write_docx(items, out, "letter", "Georgia", header="NAV BODØ\nPostboks 423, 8001 Bodø · Besøk: Storgata 6",
               footer=f"Org.nr. {spaced(o)} · nav.no/bodo")
    return truth("gm05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Bodø", "Bodø", o),
                 contact=("Hilde Nordvik", "hilde.nordvik@nav.no", "75544000"),
                 project=("Trygg overgang", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000}, own_funding=300000,
                 prio=[P1, P3], interest=(True, False),
                 sigs=[("nav_leader", "Kjell-Arne Mikalsen", "leder, Nav Bodø", "2020-01-22", "handwritten"),
                       ("municipality", "Rolf Kåre Jensen", "kommunedirektør, Bodø kommune", "2020-01-22", "handwritten")],
                 notes=["near-miss: letterhead in page header, org number in footer; 200 % at exactly 1 220 000; "
                        "budget table with Totalt / kommune dekker / Søkt columns; areas argued in bullets"])


def gm06(out: Path):
    o = orgnr("97603542")
    items = [("p", "Til Fylkesmannen i Vestland"), ("p", "Voss, 29. januar 2020"),
             ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020: «Heile familien»"),
             ("p", "Nav Voss søkjer om tilskot til eit nytt prosjekt, «Heile familien», som skal gje barnefamiliar "
                   "med låg inntekt ei samla oppfølging av økonomi, bustad og arbeid. Mange av familiane er nyleg "
                   "busette flyktningar. Oppstart er planlagd til 1. mars 2020."),
             ("p", "Vi søkjer om midlar til ei 80 % stilling som familiekoordinator. Løn og sosiale kostnader utgjer "
                   "480 000 kroner. I tillegg søkjer vi om 10 000 kroner til kompetanseheving, til saman 490 000 kroner."),
             ("p", "Kontoret ønskjer å vere med i nettverk/klyngjesamarbeid, og vi ønskjer òg å delta i ekstern "
                   "prosessevaluering."),
             ("p", "Kontaktperson: Oddbjørg Lydvo, e-post oddbjorg.lydvo@nav.no, telefon 56 52 05 00."),
             ("p", "Med venleg helsing"),
             ("sig", [{"place": "Stad og dato:", "head": "Nav-leiar", "under": ["Namn:"]},
                      _sig("Voss, 30.01.2020", "gm06b", "Kommunedirektør", "Hans Erik Ringkjøb")])]
    write_docx(items, out, "letter", "Cambria", header=f"Nav Voss | Uttrågata 9, 5700 Voss | org.nr. {o}")
    return truth("gm06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Oddbjørg Lydvo", "oddbjorg.lydvo@nav.no", "56520500"),
                 project=("Heile familien", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "total": 490000}, prio=[P2],
                 interest=(True, True),
                 sigs=[("municipality", "Hans Erik Ringkjøb", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav leader's block is printed ('Stad og dato:', 'Namn:') but empty"])


def gm07(out: Path):
    o = orgnr("97405999")
    items = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020"),
             ("sec", "Opplysninger om søker"), ("kv", "Nav-kontor", "Nav Sandnes"), ("kv", "Kommune", "Sandnes"),
             ("kv", "Organisasjonsnummer", o), ("kv", "Kontaktperson", "Marianne Fjelde"),
             ("kv", "E-post", "marianne.fjelde@nav.no"), ("kv", "Direktenummer", "51 97 64 00"),
             ("sec", "Prosjekt"), ("kv", "Prosjektnavn", "Sammen om arbeid og bolig"),
             ("kv", "Type", "Videreføring (2. år)"), ("kv", "Oppstart", "1. januar 2020"),
             ("kv", "Stillingsprosent totalt", "150 %"),
             ("sec", "Budsjett"), ("grid", [["Post", "Beløp (kr)"], ["Lønn inkl. sosiale kostnader (150 %)", "900 000"],
                                            ["Kompetanse", "10 000"], ["Sum omsøkt", "910 000"]]),
             ("sec", "Prioriterte områder"), *_areas((A1, A2, A3), (True, True, False)),
             ("sec", "Interesse"), ("chk", "Nettverk / klyngesamarbeid", False), ("chk", "Ekstern prosessevaluering", False),
             ("p", "Dette dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."),
             ("grid", [["Godkjent av", "Rolle", "Dato"], ["Tone Helgeland", "Nav-leder", "20.01.2020"],
                       ["Mette Rasmussen", "Kommunedirektør", "21.01.2020"]]),
             ("page",), ("h", "Vedlegg 1 – Fremdriftsplan og budsjett for hele prosjektperioden"),
             ("grid", [["Periode", "Aktivitet"], ["1. kvartal 2019", "Oppstart, rekruttering"],
                       ["2020", "Drift med 150 % stilling"], ["2021", "Evaluering og overføring til drift"]]),
             ("grid", [["År", "Lønn", "Kompetanse", "Sum"], ["2019", "880 000", "10 000", "890 000"],
                       ["2020", "900 000", "10 000", "910 000"], ["2021 (anslag)", "930 000", "10 000", "940 000"],
                       ["Hele perioden", "2 710 000", "30 000", "2 740 000"]])]
    write_pdf(items, str(out), font=("DV", "DVB"), style="boxes", header="Nav Sandnes – søknad om tilskudd 2020",
              footer=f"Nav Sandnes, Langgata 68, 4306 Sandnes · org.nr. {spaced(o)}")
    return truth("gm07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Sandnes", "Sandnes", o),
                 contact=("Marianne Fjelde", "marianne.fjelde@nav.no", "51976400"),
                 project=("Sammen om arbeid og bolig", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000}, prio=[P1, P2],
                 interest=(False, False),
                 sigs=[("nav_leader", "Tone Helgeland", "Nav-leder", "2020-01-20", "electronic_approval"),
                       ("municipality", "Mette Rasmussen", "Kommunedirektør", "2020-01-21", "electronic_approval")],
                 notes=["near-miss: boxed label-above-value grid, two fields a row; electronic approval as a table; "
                        "an attachment page behind with a multi-year budget (2019-2021)"])


def gm08(out: Path):
    o = orgnr("92485671")
    items = [("h", "Søknad om tilskot frå Fylkesmannen 2020"),
             ("p", "Tilskot til utvikling av sosiale tenester i Nav-kontoret (kap. 0621 post 63)."),
             ("sec", "Del A – Søkjar"), ("kv", "Kontor", "Nav Sunnfjord"), ("kv", "Vertskommune", "Sunnfjord"),
             ("kv", "Org.nr.", spaced(o)), ("kv", "Kontaktperson", "Kjartan Solheim"),
             ("kv", "E-post", "kjartan.solheim@nav.no"), ("kv", "Telefon", "57 72 31 00"),
             ("sec", "Del B – Prosjektet"), ("kv", "Namn på prosjektet", "Ungdomsløftet"), ("kv", "Nytt/vidareføring", "Nytt"),
             ("kv", "Oppstart", "01.05.2020"), ("kv", "Stillingsdel", "70 prosent"),
             ("sec", "Del C – Budsjett"), ("kv", "Løn med sosiale kostnader", "427 000 kr"),
             ("kv", "Kompetanseheving", "10 000 kr"), ("kv", "Sum omsøkt", "447 000 kr"),
             ("sec", "Del D – Prioritert område"), *_areas((N1, N2, N3), (False, True, False)),
             ("sec", "Del E – Interesse"), ("chk", "Nettverk/klyngjesamarbeid", True),
             ("chk", "Ekstern prosessevaluering", False), ("gap",),
             ("p", "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar:"),
             ("p", "Nav-leiar Eli Tefre, 24.01.2020\nKommunedirektør Kjell Eikeland, 27.01.2020")]
    write_pdf(items, str(out), font=("LS", "LSB"), style="lines", footer="Nav Sunnfjord · Postboks 1220, 6807 Førde")
    return truth("gm08", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Kjartan Solheim", "kjartan.solheim@nav.no", "57723100"),
                 project=("Ungdomsløftet", "new", "2020-05-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 447000}, prio=[P2],
                 interest=(True, False),
                 sigs=[("nav_leader", "Eli Tefre", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Kjell Eikeland", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 427 000 + 10 000 ≠ 447 000"])


def gm09(out: Path):
    o = orgnr("97416002")
    items = [("h", "Søknad – tilskudd til sosiale tjenester i Nav 2020"),
             ("sec", "1. Søker"), ("kv", "Søkende enhet", "NAV Ringsaker"), ("kv", "Kommune", "Ringsaker"),
             ("kv", "Org.nr.", o), ("kv", "Kontaktperson", "Stine Mørkved Lund"),
             ("kv", "E-post", "stine.morkved.lund@nav.no"), ("kv", "Tlf.", "62 33 18 00"),
             ("sec", "2. Prosjektet"), ("kv", "Prosjekttittel", "Arbeidslinja på bygda"), ("kv", "Søknadstype", "Ny"),
             ("kv", "Oppstart", "17.02.2020"), ("kv", "Stilling", "40 %"),
             ("p", "Kort beskrivelse: Mange av dem som mottar økonomisk sosialhjelp i Ringsaker bor langt fra "
                   "kontoret og har lite kontakt med lokale arbeidsgivere. Prosjektet skal bygge et nettverk av "
                   "gårdsbruk, butikker og småbedrifter i bygdene som kan ta imot deltakere i ordinært arbeid med "
                   "tett oppfølging fra en jobbspesialist. Målet er at minst ti deltakere er i lønnet arbeid innen "
                   "utgangen av 2020."),
             ("sec", "3. Økonomi"), ("kv", "Lønn og sosiale kostnader", "244 000"), ("kv", "Kompetanse", "10 000"),
             ("kv", "Søknadssum", "254 000"), ("kv", "Kommunal egenandel", "60 000"),
             ("sec", "4. Prioriterte områder"), *_areas((A1, A2, A3), (True, False, False)),
             ("sec", "5. Nettverk og evaluering"), ("chk", "Nettverk/klyngesamarbeid", True),
             ("chk", "Ekstern prosessevaluering", True), ("gap",),
             ("sig", [_sig("Brumunddal, 30.01.2020", "gm09a", "Halvor Fossum", "Nav-leder"),
                      _sig("Brumunddal, 31.01.2020", "gm09b", "Trude Lien", "Kommunedirektør")])]
    write_pdf(items, str(out), font=("DVS", "DVSB"), style="boxes", header="NAV Ringsaker",
              footer=f"Postadresse: Postboks 13, 2381 Brumunddal · Org.nr. {spaced(o)}")
    return truth("gm09", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Ringsaker", "Ringsaker", o),
                 contact=("Stine Mørkved Lund", "stine.morkved.lund@nav.no", "62331800"),
                 project=("Arbeidslinja på bygda", "new", "2020-02-17"), pct=40,
                 amounts={"positions": 244000, "competence": 10000, "total": 254000}, own_funding=60000,
                 prio=[P1], interest=(True, True),
                 sigs=[("nav_leader", "Halvor Fossum", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Trude Lien", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: 40 % at exactly 244 000; own contribution line after the total; boxed grid"])


def gm10(out: Path):
    o = orgnr("97400104")
    fields = [("Søker", [("Nav-kontor", "kontor", "Nav Alta"), ("Kommune", "kommune", "Alta"),
                         ("Organisasjonsnummer", "orgnr", o), ("Kontaktperson", "kontakt", "Svein Olav Eira"),
                         ("E-post kontaktperson", "epost", ""), ("Telefon kontaktperson", "tlf", "")]),
              ("Prosjekt", [("Prosjektnavn", "tittel", "Alta-modellen for unge"), ("Ny/videreføring", "type", "Ny"),
                            ("Oppstart", "start", "01.06.2020"), ("Stillingsprosent", "pst", "100 %")]),
              ("Budsjett", [("Lønn og sosiale kostnader", "lonn", "kr 580 000"), ("Kompetanse", "komp", "kr 10 000"),
                            ("Totalt omsøkt", "sum", "kr 590 000")])]
    boxes = [(A1, "omr1", True), (A2, "omr2", True), (A3, "omr3", False),
             ("Ønsker nettverk/klyngesamarbeid", "nett", False), ("Ønsker ekstern prosessevaluering", "eval", True)]
    acroform("Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret",
             ["Fylkesmannen i Troms og Finnmark · søknadsfrist 1. februar 2020",
              "Fyll ut skjemaet elektronisk, skriv det ut og signer."], fields, boxes,
             [_sig("Alta, 27.01.2020", "gm10a", "Nav-leder", "Ellen Marie Gaup"),
              _sig("Alta, 28.01.2020", "gm10b", "Kommunedirektør", "Bjørn-Atle Hansen")], out)
    return truth("gm10", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Svein Olav Eira", None, None), project=("Alta-modellen for unge", "new", "2020-06-01"),
                 pct=100, amounts={"positions": 580000, "competence": 10000, "total": 590000}, prio=[P1, P2],
                 interest=(False, True),
                 sigs=[("nav_leader", "Ellen Marie Gaup", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Bjørn-Atle Hansen", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["CONTACT_MISSING"], notes=["defect: contact person named but e-mail and phone fields empty"])


def gm11(out: Path):
    o = orgnr("97407002")
    items = [("h", "Søknad om tilskudd – utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("sec", "Søkerinformasjon"), ("kv", "Navn på kontoret", "Nav Drammen"), ("kv", "Kommune", "Drammen"),
             ("kv", "Org.nr. Nav Drammen", spaced(o)), ("kv", "Kontaktperson i prosjektet", "Yasmin Haddad"),
             ("kv", "E-post", "yasmin.haddad@nav.no"), ("kv", "Telefon", "32 21 88 00"),
             ("sec", "Prosjektet"), ("kv", "Prosjektnavn", "Språk og arbeid"), ("kv", "Ny eller videreført", "Ny"),
             ("kv", "Oppstart", "Mars 2020"), ("kv", "Antall stillinger", "1,5 stillinger (150 %)"),
             ("sec", "Omsøkt beløp"), ("kv", "Lønn og sosiale kostnader", "915 000"),
             ("kv", "Kompetanseheving", "10 000"), ("kv", "Totalt", "925 000"),
             ("sec", "Prioriterte områder"), *_areas((A1, A2, A3), (True, True, False)),
             ("sec", "Interesse"), ("chk", "Nettverk/klyngesamarbeid", True), ("chk", "Ekstern prosessevaluering", True),
             ("gap",),
             ("sig", [_sig("Drammen 29.01.2020", "gm11a", "Kristin Aass", "Leder Nav Drammen"),
                      _sig("Drammen 29.01.2020", "gm11b", "Monica Myrvold Berg", "Kommunedirektør")])]
    docx_to_pdf(items, out, "form", "Liberation Sans", header="Nav Drammen – Grønland 32, 3045 Drammen",
                footer="Søknad om tilskudd 2020")
    return truth("gm11", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Drammen", "Drammen", o),
                 contact=("Yasmin Haddad", "yasmin.haddad@nav.no", "32218800"),
                 project=("Språk og arbeid", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000}, prio=[P1, P2],
                 interest=(True, True),
                 sigs=[("nav_leader", "Kristin Aass", "Leder Nav Drammen", "2020-01-29", "handwritten"),
                       ("municipality", "Monica Myrvold Berg", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: '1,5 stillinger (150 %)' at exactly 915 000; start 'Mars 2020'"])


def gm12(out: Path):
    o = orgnr("97419117")
    items = [("p", "Fylkesmannen i Vestland\nNjøsavegen 2\n6863 Leikanger"),
             ("h", "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"),
             ("kv", "Søkjar", "Nav Stad"), ("kv", "Kommune", "Stad"), ("kv", "Organisasjonsnummer", o),
             ("kv", "Kontaktperson", "Gunnhild Myklebust"), ("kv", "Kontakt", "gunnhild.myklebust@nav.no / 905 12 334"),
             ("kv", "Prosjekt", "Overgangslosen"), ("kv", "Type", "Vidareføring av prosjekt frå 2019 (andre år)"),
             ("kv", "Oppstart", "01.01.2020"), ("kv", "Stillingsressurs", "60 %"),
             ("p", "Prosjektet høyrer til det prioriterte området sikring av sårbare overgangar, og rettar seg mot:"),
             ("bul", ["personar som vert lauslatne frå fengsel og manglar bustad og inntekt",
                      "personar som vert skrivne ut frå institusjon etter lengre opphald"]),
             ("grid", [["Budsjettpost", "Kroner"], ["Løn og sosiale kostnader", "366 000"], ["Kompetanse", "10 000"],
                       ["I alt søkt", "376 000"]]),
             ("p", "Nav Stad ønskjer ikkje å delta i nettverk/klyngjesamarbeid eller ekstern prosessevaluering i år."),
             ("p", "Med venleg helsing"),
             ("sig", [_sig("Nordfjordeid, 31.01.2020", "gm12a", "Kari Hjelmeland Bø", "Nav-leiar"),
                      _sig("Nordfjordeid, 01.02.2020", "gm12b", "Vidar Rønnekleiv", "Kommunedirektør")])]
    docx_to_pdf(items, out, "letter", "DejaVu Serif", size=10, header=f"Nav Stad | 6770 Nordfjordeid | org.nr. {spaced(o)}")
    return truth("gm12", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Stad", "Stad", o),
                 contact=("Gunnhild Myklebust", "gunnhild.myklebust@nav.no", "90512334"),
                 project=("Overgangslosen", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000}, prio=[P3],
                 interest=(False, False),
                 sigs=[("nav_leader", "Kari Hjelmeland Bø", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Vidar Rønnekleiv", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: 60 % at exactly 366 000; municipal signature on the deadline day; "
                        "contact e-mail / phone in one value; 'frå 2019' in the kind line"])


def gm13(out: Path):
    o = orgnr("97401356")
    items = [("h", "Nav Porsgrunn"), ("p", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret, 2020"),
             ("sec", "Om søkeren"), ("kv", "Nav-kontoret", "Nav Porsgrunn"), ("kv", "Kommune", "Porsgrunn"),
             ("kv", "Org.nr.", spaced(o)), ("kv", "Kontaktperson", "Jon Are Kittilsen"),
             ("kv", "E-post", "jon.are.kittilsen@nav.no"), ("kv", "Telefon", "35 54 70 00"),
             ("sec", "Om prosjektet"), ("kv", "Navn på prosjektet", "Nabolagsløftet"), ("kv", "Nytt/videreføring", "Nytt"),
             ("kv", "Oppstart", "01.04.2020"), ("kv", "Stillingsprosent", "100"),
             ("sec", "Budsjett"), ("kv", "Lønn og sos. kostnader", "kr 595 000"), ("kv", "Kompetanse", "kr 10 000"),
             ("kv", "Sum søknadsbeløp", "kr 605 000"),
             ("sec", "Prioritering"), *_areas((A1, A2, A3), (False, True, True)),
             ("sec", "Nettverk/evaluering"), ("chk", "Vi ønsker å delta i nettverk/klyngesamarbeid", True),
             ("chk", "Vi ønsker ekstern prosessevaluering", False), ("gap",),
             ("sig", [_sig("Porsgrunn, 30.01.2020", "gm13a", "Nav-leder", "Heidi Gulliksen"),
                      _sig("Porsgrunn, 04.02.2020", "gm13b", "Kommunedirektør", "Per Wold")])]
    write_pdf(items, str(out), font=("DVS", "DVSB"), style="lines")
    return truth("gm13", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Porsgrunn", "Porsgrunn", o),
                 contact=("Jon Are Kittilsen", "jon.are.kittilsen@nav.no", "35547000"),
                 project=("Nabolagsløftet", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "total": 605000}, prio=[P2, P3],
                 interest=(True, False),
                 sigs=[("nav_leader", "Heidi Gulliksen", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Per Wold", "Kommunedirektør", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: kommunedirektør signed 04.02.2020"])


def gm14(out: Path):
    o = orgnr("97413762")
    items = [("h", "Søknad om tilskudd – sosiale tjenester i Nav 2020"),
             ("kv", "Nav-kontor", "Nav Halden"), ("kv", "Kommune", "Halden"), ("kv", "Org.nr.", spaced(o)),
             ("kv", "Kontaktperson", "Camilla Sørby"), ("kv", "E-post", "camilla.sorby@nav.no"),
             ("kv", "Telefon", "69 17 60 00"), ("kv", "Prosjektnavn", "Halden jobber"), ("kv", "Type", "Ny"),
             ("kv", "Oppstart", "01.03.2020"), ("kv", "Stillingsandel", "80 %"),
             ("kv", "Lønn og sosiale kostnader", "488 000"), ("kv", "Kompetanse", "10 000"), ("kv", "Sum", "498 000"),
             ("sec", "Prioriterte områder"), *_areas((A1, A2, A3), (True, False, False)),
             ("chk", "Nettverk/klyngesamarbeid", False), ("chk", "Ekstern prosessevaluering", False), ("gap",),
             ("sig", [_sig("Halden, 22.01.2020", "gm14a", "Thor Egil Svendsen", "Nav-leder"),
                      _sig("Halden, 23.01.2020", "gm14b", "Roger Lunde", "Rådmann")])]
    scan(items, out, 14, dpi=300, angle=0.4, font=("LS", "LSB"), style="boxes")
    return truth("gm14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Camilla Sørby", "camilla.sorby@nav.no", "69176000"),
                 project=("Halden jobber", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000}, prio=[P1],
                 interest=(False, False),
                 sigs=[("nav_leader", "Thor Egil Svendsen", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Roger Lunde", "Rådmann", "2020-01-23", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["near-miss: 300 dpi scan of a boxed grid; 80 % at exactly 488 000"])


def gm15(out: Path):
    o = orgnr("97421003")
    items = [("h", "Søknad om tilskot 2020 – sosiale tenester i Nav-kontoret"),
             ("kv", "Nav-kontor", "Nav Ullensvang"), ("kv", "Kommune", "Ullensvang"), ("kv", "Organisasjonsnummer", o),
             ("kv", "Kontaktperson", "Synnøve Tveito"), ("kv", "E-post", "synnove.tveito@nav.no"),
             ("kv", "Telefon", "53 65 40 00"), ("kv", "Prosjektnamn", "Heim og arbeid"),
             ("kv", "Nytt eller vidareføring", "Vidareføring, 2. år"), ("kv", "Oppstart", "01.01.2020"),
             ("kv", "Stillingsdel", "50 %"), ("kv", "Løn og sosiale kostnader", "305 000"),
             ("kv", "Kompetansemidlar", "5 000"), ("kv", "Søkt i alt", "310 000"),
             ("sec", "Prioriterte område"), *_areas((N1, N2, N3), (False, False, True)),
             ("chk", "Nettverk/klyngjesamarbeid", True), ("chk", "Ekstern prosessevaluering", True), ("gap",),
             ("sig", [_sig("Odda, 28.01.2020", "gm15a", "Nav-leiar", "Terje Instanes"),
                      _sig("Odda, 29.01.2020", "gm15b", "Kommunedirektør", "Lars Erik Hammer")])]
    scan(items, out, 15, dpi=240, angle=-0.6, quality=65, font=("DV", "DVB"), style="lines")
    return truth("gm15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Ullensvang", "Ullensvang", o),
                 contact=("Synnøve Tveito", "synnove.tveito@nav.no", "53654000"),
                 project=("Heim og arbeid", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "total": 310000}, prio=[P3],
                 interest=(True, True),
                 sigs=[("nav_leader", "Terje Instanes", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Lars Erik Hammer", "Kommunedirektør", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["near-miss: 240 dpi scan, JPEG q65; 50 % at exactly 305 000"])


def gm16(out: Path):
    o = orgnr("97410104")
    items = [("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
             ("kv", "Søker (Nav-kontor)", "Nav Molde"), ("kv", "Kommune", "Molde"), ("kv", "Org.nr.", o),
             ("kv", "Kontaktperson", "Åse Marit Stavik"), ("kv", "E-post", "ase.marit.stavik@nav.no"),
             ("kv", "Telefon", "71 25 80 00"), ("kv", "Prosjektnavn", "Neste steg Molde"), ("kv", "Søknadstype", "Nytt"),
             ("kv", "Oppstart", "01.05.2020"), ("kv", "Stillinger", "To stillinger à 60 %"),
             ("kv", "Lønn og sosiale kostnader", "732 000"), ("kv", "Kompetanse", "10 000"),
             ("kv", "Totalt omsøkt", "742 000"),
             ("sec", "Prioriterte områder"), *_areas((A1, A2, A3), (False, True, True)),
             ("chk", "Nettverk/klyngesamarbeid", True), ("chk", "Ekstern prosessevaluering", False), ("gap",),
             ("p", "Søknaden er signert digitalt av Nav-leder Øystein Bjerkeset (27.01.2020) og "
                   "kommunedirektør Arne Sverre Dahl (28.01.2020).")]
    pades(items, out, [("Øystein Bjerkeset", "Nav Molde", "SignNav", (55, 70, 265, 110), tz_dt(2020, 1, 27)),
                       ("Arne Sverre Dahl", "Molde kommune", "SignKommune", (305, 70, 515, 110), tz_dt(2020, 1, 28, 14))],
          font=("DV", "DVB"), style="boxes", footer="Nav Molde · Postboks 2200, 6402 Molde")
    return truth("gm16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Molde", "Molde", o),
                 contact=("Åse Marit Stavik", "ase.marit.stavik@nav.no", "71258000"),
                 project=("Neste steg Molde", "new", "2020-05-01"), pct=120,
                 amounts={"positions": 732000, "competence": 10000, "total": 742000}, prio=[P2, P3],
                 interest=(True, False),
                 sigs=[("nav_leader", "Øystein Bjerkeset", "Nav-leder", "2020-01-27", "digital"),
                       ("municipality", "Arne Sverre Dahl", "Kommunedirektør", "2020-01-28", "digital")],
                 notes=["near-miss: 'To stillinger à 60 %' at exactly 732 000; two PAdES signatures"])


def gm17(out: Path):
    items = [("h", "Søknad om tilskudd 2020"), ("kv", "Nav-kontor", "Nav Vefsn"), ("kv", "Kommune", "Vefsn"),
             ("kv", "Prosjektnavn", "Vefsn i arbeid"), ("kv", "Stillingsandel", "100 %"), ("kv", "Sum", "600 000")]
    encrypted(items, out, "vefsn2020", style="lines")
    return truth("gm17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a PDF encrypted with a user password (AES-256)"])


def gm18(out: Path):
    o = orgnr("97408076")
    items = [("h", "Sluttrapport – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2019"),
             ("sec", "Tilskuddsmottaker"), ("kv", "Nav-kontor", "Nav Asker"), ("kv", "Org.nr.", spaced(o)),
             ("kv", "Prosjekt", "Asker-trappa"), ("kv", "Tildelt tilskudd 2019", "610 000"),
             ("kv", "Brukte midler per 31.12.2019", "598 400"), ("kv", "Ubrukte midler", "11 600"),
             ("sec", "Resultater"),
             ("kv", "Antall deltakere", "34"), ("kv", "Herav i arbeid eller utdanning", "14"),
             ("p", "Prosjektet er avsluttet og videreføres i ordinær drift fra 2020. Ubrukte midler tilbakebetales."),
             ("sig", [_sig("Asker, 10.02.2020", "gm18a", "Nav-leder", "Line Sundby")])]
    write_docx(items, out, "form", "Calibri", footer="Nav Asker · Sluttrapport 2019")
    return truth("gm18", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a final report on a 2019 grant with amounts and a signature"])
