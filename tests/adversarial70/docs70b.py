"""Documents em10-em18 of corpus 70 (bundles); the helpers and em01-em09 are in docs70.py."""
from __future__ import annotations

from pathlib import Path

from docs70 import A1, A2, A3, DG, EA, FAM, HW, MU, N1, N2, N3, NL, ORD, OVG, K, boxes, mail
from kit70 import S20, docx_to_pdf, orgnr, pades, scan, spaced, tz_dt, write_pdf
from truthlib import truth


def em10(out: Path):
    o = orgnr("97401287")
    items = [("lines", ["Nav Grimstad", "Postboks 123, 4891 Grimstad"]),
             ("lines", ["Statsforvalteren i Agder", "Postboks 788 Stoa", "4809 Arendal"]), ("p", "Grimstad, 28. januar 2020"),
             ("h2", "Følgebrev til søknad om tilskudd 2020"),
             ("p", "Nav Grimstad sender med dette søknad om tilskudd til prosjektet «Ut i jobb – Grimstad». Prosjektet er "
                   "forankret i kommunens ledelse, og søknaden er signert av kommunedirektøren. Vedlagt følger også et "
                   "utdrag av prosjektplanen."),
             ("lines", ["Med hilsen", "Linda Fjeld", "Nav-leder"]), ("break",),
             ("h1", "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")]
    items += K(("Nav-kontor", "Nav Grimstad"), ("Kommune", "Grimstad"), ("Org.nr.", o), ("Kontaktperson", "Øyvind Tellefsen"),
               ("E-post", "oyvind.tellefsen@nav.no"), ("Telefon", "37 25 04 61"), ("Prosjektnavn", "Ut i jobb – Grimstad"),
               ("Ny/videreføring", "Ny"), ("Oppstart", "15.03.2020"), ("Stillingsprosent", "50 %"),
               ("Lønn og sosiale kostnader", "330 000"), ("Kompetanse", "10 000"), ("Sum søknad", "340 000"))
    items += [("h2", "Prioriterte områder")] + boxes((A1, A2, A3), {A1, A3})
    items += [("h2", "Interesse"), ("yn", "Nettverk/klyngesamarbeid", False), ("yn", "Ekstern prosessevaluering", True),
              ("sig", [{"head": "Nav-leder", "above": ["Grimstad, 27.01.2020"], "ink": "em10a", "under": ["Linda Fjeld"]},
                       {"head": "Kommunedirektør", "above": ["Grimstad, 28.01.2020"], "ink": "em10b",
                        "under": ["Siri Kjellevold"]}]), ("break",),
              ("h2", "Vedlegg – utdrag av prosjektplan"),
              ("p", "Prosjektgruppe: Øyvind Tellefsen (prosjektleder, Nav Grimstad), Marte Salvesen (flyktningtjenesten), "
                    "Terje Bakke (Grimstad næringsforening)."),
              ("table", [["Fase", "Periode", "Milepæl"], ["Forankring og rekruttering", "mars–april 2020", "Medarbeider på plass"],
                         ["Utprøving", "mai–desember 2020", "30 deltakere fulgt opp"],
                         ["Evaluering", "januar–februar 2021", "Sluttrapport"]]),
              ("p", "Samlet kostnad for prosjektet i 2020 er 412 000 kroner, der kommunen dekker 72 000 kroner til lokaler "
                    "og reiser.")]
    docx_to_pdf(items, out, "grid4", "Liberation Sans", size=10)
    return truth("em10", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Grimstad", "Grimstad", o),
                 contact=("Øyvind Tellefsen", "oyvind.tellefsen@nav.no", "37250461"),
                 project=("Ut i jobb – Grimstad", "new", "2020-03-15"), pct=50,
                 amounts={"positions": 330000, "competence": 10000, "total": 340000}, prio=[ORD, OVG], interest=(False, True),
                 sigs=[(NL, "Linda Fjeld", "Nav-leder", "2020-01-27", HW),
                       (MU, "Siri Kjellevold", "Kommunedirektør", "2020-01-28", HW)],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 50 % with 330 000 > 305 000", "bundle: cover letter with the Nav leader's typed name in "
                        "front, project plan (project group, total cost 412 000 incl. municipal share) behind"])


def em11(out: Path):
    o = orgnr("97455420")
    items = [("h1", "Søknadsskjema: tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"),
             ("p", "Send søknaden til Statsforvaltaren i Møre og Romsdal innan 1. februar 2020.")]
    items += K(("Søkjar (Nav-kontor)", "Nav Ulstein"), ("Kommune", "Ulstein"), ("Organisasjonsnummer", spaced(o)),
               ("Kontaktperson", "Remi Sætre"), ("E-post", "remi.saetre@nav.no"), ("Telefon", "70 01 88 42"),
               ("Prosjekttittel", "Ungdomsteamet"), ("Søknaden gjeld", "Vidareføring, år 2"), ("Oppstart i 2020", "01.01.2020"),
               ("Stillingsprosent", "40 %"), ("Løn og sosiale kostnader", "244 000"), ("Kompetanse", "6 000"),
               ("Samla søknadssum", "250 000"))
    items += [("h2", "Prioriterte område")] + boxes((N1, N2, N3), {N2, N3})
    items += [("h2", "Nettverk og evaluering"), ("yn", "Ønskjer de å delta i nettverk/klyngjesamarbeid?", True),
              ("yn", "Ønskjer de ekstern prosessevaluering?", True),
              ("sig", [{"head": "Nav-leiar", "above": ["Ulstein, 21.01.2020"], "ink": "em11a", "under": ["Hilde Vartdal"]},
                       {"head": "Kommunedirektør", "above": ["Ulstein, 22.01.2020"], "ink": "em11b",
                        "under": ["Bente Myklebust"]}]), ("break",),
              ("lines", ["ULSTEIN KOMMUNE", "Særutskrift"]),
              ("h2", "PS 5/20 Søknad om vidareføring av prosjektet «Ungdomsteamet»"),
              ("table", [["Utval", "Møtedato", "Saksnr."], ["Kommunestyret", "23.01.2020", "5/20"]]),
              ("p", "Kommunestyret sitt vedtak: Ulstein kommune støttar søknaden frå Nav Ulstein om vidareføring av "
                    "«Ungdomsteamet» i 2020. Kommunen dekkjer ei 20 % stilling og driftsutgifter, til saman 150 000 kroner, "
                    "over eige budsjett."),
              ("p", "Handsaming: Ordføraren la fram saka. Samrøystes vedteke."),
              ("lines", ["Rett utskrift, 24.01.2020", "Solfrid Eiken", "utvalssekretær"]), ("break",),
              ("h2", "Organisering av prosjektet"),
              ("table", [["Rolle", "Namn"], ["Prosjekteigar", "Nav Ulstein v/Nav-leiar Hilde Vartdal"],
                         ["Styringsgruppe", "Kommunalsjef oppvekst, kommunalsjef helse og omsorg, Nav-leiar"],
                         ["Prosjektleiar (40 %)", "Remi Sætre"],
                         ["Prosjektmedarbeidar (20 %, kommunal finansiering)", "Ingeborg Hjelle"]])]
    docx_to_pdf(items, out, "table", "Liberation Serif")
    return truth("em11", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Ulstein", "Ulstein", o),
                 contact=("Remi Sætre", "remi.saetre@nav.no", "70018842"),
                 project=("Ungdomsteamet", "continuation", "2020-01-01"), pct=40,
                 amounts={"positions": 244000, "competence": 6000, "total": 250000}, prio=[FAM, OVG], interest=(True, True),
                 sigs=[(NL, "Hilde Vartdal", "Nav-leiar", "2020-01-21", HW),
                       (MU, "Bente Myklebust", "Kommunedirektør", "2020-01-22", HW)],
                 notes=["near-miss: 40 % at exactly 244 000", "bundle: council decision (meeting 23.01.2020, a municipal "
                        "20 % position and 150 000 kroner) and an organisation table behind; neither changes the 40 %"])


def em12(out: Path):
    o = orgnr("97453016")
    items = [mail("Line Aune", "Line Aune <line.aune@steinkjer.kommune.no>", "onsdag 29. januar 2020 15:03",
                  "Statsforvalteren i Trøndelag <sftlpost@statsforvalteren.no>",
                  "Søknad fra Nav Steinkjer – videreføring 2020", vedlegg="Søknad_Nav_Steinkjer.pdf; Rapport_2019.pdf"),
             ("p", "Hei!"),
             ("p", "Oversender søknad fra Nav Steinkjer om videreføring av prosjektet «Aktiv i Steinkjer», signert av "
                   "Nav-leder og kommunedirektør, sammen med rapporten for 2019."),
             ("lines", ["Vennlig hilsen", "Line Aune", "sekretær, Kommunedirektørens kontor", "Steinkjer kommune",
                        "tlf. 74 16 91 12"]), ("break",),
             ("h1", "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")]
    items += K(("Søkende Nav-kontor", "Nav Steinkjer"), ("Kommune", "Steinkjer"), ("Org.nr.", o),
               ("Kontaktperson", "Ingrid Lorentzen"), ("E-post", "ingrid.lorentzen@nav.no"), ("Telefon", "74 12 27 35"),
               ("Prosjektnavn", "Aktiv i Steinkjer"),
               ("Nytt prosjekt eller videreføring", "Videreføring – 4. prosjektår (prosjektet startet i 2017)"),
               ("Oppstart for 2020-perioden", "01.01.2020"), ("Stillingsprosent", "100 %"),
               ("Lønn og sosiale kostnader", "kr 600 000"), ("Kompetanse", "kr 10 000"), ("Totalt", "kr 610 000"))
    items += [("h2", "Prioriterte områder")] + boxes((A1, A2, A3), {A1})
    items += [("h2", "Interesse"), ("yn", "Nettverk/klyngesamarbeid", True), ("yn", "Ekstern prosessevaluering", False),
              ("sig", [{"head": "Nav-leder", "above": ["Steinkjer, 23.01.2020"], "ink": "em12a", "under": ["Morten Kvam"]},
                       {"head": "Kommunedirektør", "above": ["Steinkjer, 24.01.2020"], "ink": "em12b",
                        "under": ["Kristin Lyng"]}]), ("break",),
              ("h2", "Vedlegg – Rapport for 2019 (3. prosjektår)"),
              ("table", [["Nøkkeltall", "2017", "2018", "2019"], ["Tildelt (kr)", "450 000", "580 000", "600 000"],
                         ["Stillingsprosent", "80 %", "100 %", "100 %"], ["Deltakere", "18", "33", "41"],
                         ["Til arbeid eller utdanning", "6", "14", "19"]]),
              ("p", "Rapporten er godkjent av styringsgruppen 09.01.2020.")]
    write_pdf(items, str(out), font=("DV", "DVB"), x2=245)
    return truth("em12", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Steinkjer", "Steinkjer", o),
                 contact=("Ingrid Lorentzen", "ingrid.lorentzen@nav.no", "74122735"),
                 project=("Aktiv i Steinkjer", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[ORD], interest=(True, False),
                 sigs=[(NL, "Morten Kvam", "Nav-leder", "2020-01-23", HW),
                       (MU, "Kristin Lyng", "Kommunedirektør", "2020-01-24", HW)],
                 expected=["CONTINUATION_LIMIT"],
                 notes=["defect: fourth project year", "bundle: e-mail from the kommunedirektør's secretary in front, "
                        "three-year report table behind"])


def em13(out: Path):
    o = orgnr("97460381")
    items = [("h1", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
             ("p", "Søkjar: Nav Time (Time kommune, Rogaland)")]
    items += K(("Nav-kontor", "Nav Time"), ("Kommune", "Time"), ("Org.nr.", spaced(o)), ("Kontaktperson", "Åse Nærland"),
               ("E-post", "ase.naerland@nav.no"), ("Telefon", "51 77 62 30"), ("Prosjektnamn", "Jobbfokus Time"),
               ("Nytt/vidareføring", "Nytt prosjekt"), ("Oppstart", "1. mai 2020"), ("Stillingsprosent", "100 %"),
               ("Løn og sosiale kostnader", "560 000"), ("Kompetanse", "10 000"), ("Sum", "570 000"))
    items += [("h2", "Prioriterte område")] + boxes((N1, N2, N3), {N1})
    items += [("yn", "Nettverk/klyngjesamarbeid", True), ("yn", "Ekstern prosessevaluering", True), ("h2", "Underskrifter"),
              ("sig", [{"head": "Nav-leiar", "above": ["Stad/dato:"], "under": ["Namn:"]},
                       {"head": "Kommunedirektør", "above": ["Bryne, 28.01.2020"], "ink": "em13b",
                        "under": ["Namn: Torbjørg Sele"]}]), ("break",),
              ("h2", "Vedlegg 1 – Stillingsomtale: prosjektkoordinator"),
              ("p", "Prosjektkoordinatoren skal følgje opp deltakarane i arbeidsretta aktivitet og halde kontakt med "
                    "arbeidsgjevarar på Jæren. Stillinga er ei mellombels 100 % stilling frå 1. mai 2020 til 30. april 2021. "
                    "Næraste leiar er Nav-leiar Kjetil Undheim."),
              ("p", "Søknadsfrist for stillinga: 20. mars 2020. Spørsmål kan rettast til Kjetil Undheim, tlf. 51 77 62 00."),
              ("h2", "Vedlegg 2 – CV for aktuell kandidat"),
              ("table", [["Namn", "Marte Kvalbein"], ["Fødd", "02.09.1984"],
                         ["Utdanning", "Master i sosialt arbeid, Universitetet i Stavanger (2012)"],
                         ["Erfaring", "Rettleiar, Nav Klepp 2013–2020"]], [0.25, 0.75])]
    write_pdf(items, str(out), font=("DVS", "DVSB"), x2=240)
    return truth("em13", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Time", "Time", o),
                 contact=("Åse Nærland", "ase.naerland@nav.no", "51776230"),
                 project=("Jobbfokus Time", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000}, prio=[ORD], interest=(True, True),
                 sigs=[(MU, "Torbjørg Sele", "Kommunedirektør", "2020-01-28", HW)],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav leader's block is empty (no ink, no name, no date)", "job description behind "
                        "names the Nav leader (Kjetil Undheim) -- that is not a signature; CV of another Nav office's adviser"])


def em14(out: Path):
    o = orgnr("97451928")
    items = [("lines", ["Elverum kommune", "Helse og mestring", "2408 Elverum"]),
             ("lines", ["Statsforvalteren i Innlandet", "Postboks 987", "2604 Lillehammer"]), ("p", "Elverum, 30. januar 2020"),
             ("h2", "Søknad fra Nav Elverum – tilskudd 2020 – oversendelse"),
             ("p", "Vedlagt følger søknad fra Nav Elverum om videreføring av prosjektet «Los for unge voksne». Kommunen har "
                   "behandlet saken i ledermøte 20.01.2020 og stiller seg bak søknaden."),
             ("p", "Med hilsen"), ("sig", [{"head": "Helse og mestring", "ink": "em14c", "under": ["Vibeke Grønli", "rådgiver"]}]),
             ("break",), ("h1", "SØKNADSSKJEMA 2020"),
             ("p", "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)")]
    items += K(("Nav-kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Organisasjonsnummer", o),
               ("Kontaktperson", "Kjersti Rustad"), ("E-post", "kjersti.rustad@nav.no"), ("Telefon", "62 43 31 80"),
               ("Prosjektnavn", "Los for unge voksne"), ("Søknadstype", "Videreføring, år 2"), ("Oppstart", "01.01.2020"),
               ("Stillinger", "2 x 100 %"), ("Lønn og sosiale kostnader", "1 220 000"), ("Kompetanse", "10 000"),
               ("Sum omsøkt", "1 230 000"))
    items += [("h2", "Prioriterte områder")] + boxes((A1, A2, A3), {A2, A3})
    items += [("yn", "Nettverk/klyngesamarbeid", True), ("yn", "Ekstern prosessevaluering", True),
              ("sig", [{"head": "Nav-leder", "above": ["Elverum, 27.01.2020"], "ink": "em14a", "under": ["Petter Østby"]},
                       {"head": "Kommunedirektør", "above": ["Elverum, 28.01.2020"], "ink": "em14b",
                        "under": ["Hanne Tollefsen"]}]), ("break",),
              ("h2", "Budsjettark 2020 – «Los for unge voksne»"),
              ("table", [["Post", "Søkt", "Egenfinansiering"], ["Losfunksjon 1 (100 %)", "610 000", "0"],
                         ["Losfunksjon 2 (100 %)", "610 000", "0"], ["Kompetanse", "10 000", "0"],
                         ["Husleie og drift", "0", "95 000"], ["Sum", "1 230 000", "95 000"]])]
    scan(items, out, 14, dpi=300, angle=0.5, font=("LS", "LSB"), x2=230)
    return truth("em14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", o),
                 contact=("Kjersti Rustad", "kjersti.rustad@nav.no", "62433180"),
                 project=("Los for unge voksne", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000}, prio=[FAM, OVG],
                 interest=(True, True),
                 sigs=[(NL, "Petter Østby", "Nav-leder", "2020-01-27", HW),
                       (MU, "Hanne Tollefsen", "Kommunedirektør", "2020-01-28", HW)],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 200 % at exactly 1 220 000", "scanned bundle (300 dpi): municipal cover letter with an "
                        "adviser's ink in front, budget sheet with an own-funding column (rent 95 000) behind"])


def em15(out: Path):
    o = orgnr("97456117")
    items = [("lines", ["Nav Asker", "Postboks 353, 1372 Asker"]),
             ("lines", ["Statsforvalteren i Oslo og Viken", "Postboks 325", "1502 Moss"]), ("p", "Asker, 30.01.2020"),
             ("h2", "Søknad om tilskudd til utvikling av sosiale tjenester 2020 – følgebrev"),
             ("p", "Nav Asker søker om tilskudd til prosjektet «Arbeid for familier». Søknaden er signert digitalt av "
                   "Nav-leder og kommunedirektør. Som vedlegg følger prosjektplan med prosjektgruppe og samlet kostnad."),
             ("lines", ["Vennlig hilsen", "Nora Haldorsen", "prosjektleder"]), ("break",),
             ("h1", "Søknadsskjema – tilskudd 2020")]
    items += K(("Søker", "Nav Asker"), ("Kommune", "Asker"), ("Org.nr.", o), ("Kontaktperson", "Nora Haldorsen"),
               ("E-post", "nora.haldorsen@nav.no"), ("Telefon", "66 90 57 14"), ("Prosjektets navn", "Arbeid for familier"),
               ("Type", "Nytt prosjekt"), ("Oppstart", "01.04.2020"), ("Stillingsressurs", "1,2 årsverk"))
    items += [("table", [["Stilling", "Prosent", "Beløp (kr)"], ["Familiekoordinator", "100 %", "610 000"],
                         ["Jobbspesialist", "20 %", "122 000"], ["Sum stillinger", "120 %", "732 000"],
                         ["Kompetanse", "", "10 000"], ["Totalt omsøkt", "", "742 000"]], [0.45, 0.2, 0.35]),
              ("h2", "Prioriterte områder")] + boxes((A1, A2, A3), {A1, A2})
    items += [("yn", "Nettverk/klyngesamarbeid", True), ("yn", "Ekstern prosessevaluering", False), ("h2", "Signatur"),
              ("p", "Søknaden signeres digitalt av Nav-leder Siri Engebretsen og kommunedirektør Trond Erik Rolstad."),
              ("break",), ("h2", "Vedlegg – prosjektplan (utdrag)"),
              ("table", [["Prosjektgruppe", "Rolle"], ["Nora Haldorsen", "prosjektleder"], ["Per Ivar Moen", "veileder, Nav Asker"],
                         ["Anne Lise Berntsen", "barneverntjenesten"], ["Omar Hassan", "flyktningtjenesten"]]),
              ("p", "Samlet kostnad 2020–2022: 2 280 000 kroner, hvorav kommunal egenfinansiering 300 000 kroner. Prosjektet "
                    "evalueres av prosjektgruppen i desember 2020.")]
    pades(items, out, [("Siri Engebretsen", "Nav Asker", "NavLeder", None, tz_dt(2020, 1, 29)),
                       ("Trond Erik Rolstad", "Asker kommune", "Kommunedirektor", None, tz_dt(2020, 1, 30, 14))],
          font=("LS", "LSB"), x2=220)
    return truth("em15", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Asker", "Asker", o),
                 contact=("Nora Haldorsen", "nora.haldorsen@nav.no", "66905714"),
                 project=("Arbeid for familier", "new", "2020-04-01"), pct=120,
                 amounts={"positions": 732000, "competence": 10000, "total": 742000}, prio=[ORD, FAM], interest=(True, False),
                 sigs=[(NL, "Siri Engebretsen", "Nav-leder", "2020-01-29", DG),
                       (MU, "Trond Erik Rolstad", "Kommunedirektør", "2020-01-30", DG)],
                 notes=["near-miss: 120 % at exactly 732 000", "PAdES-signed bundle (two invisible signatures): cover letter (contact's typed closing) "
                        "in front, project plan with project group and a three-year cost behind"])


def em16(out: Path):
    o = orgnr("97452619")
    items = [("h1", "Søknad om tilskot – sosiale tenester i Nav-kontoret 2020"),
             ("p", "Statsforvaltaren i Vestland – tilskot over kap. 0621 post 63"), ("h2", "1. Søkjar")]
    items += K(("Nav-kontor", "Nav Kvinnherad"), ("Kommune", "Kvinnherad"), ("Organisasjonsnummer", o),
               ("Kontaktperson", "Sindre Omvik"), ("E-post", "sindre.omvik@nav.no"), ("Telefon", "53 48 31 77"))
    items += [("h2", "2. Prosjekt")] + K(("Prosjektnamn", "Kvinnherad-modellen"), ("Søknaden gjeld", "Vidareføring (2. år)"),
                                         ("Oppstart", "01.01.2020"), ("Stilling", "80 % stilling"))
    items += [("h2", "3. Budsjett 2020")] + K(("Løn og sosiale kostnader", "488 000"), ("Kompetanse", "10 000"),
                                              ("Totalt", "498 000"))
    items += [("h2", "4. Prioriterte område"), ("yn", N1, True), ("yn", N2, False), ("yn", N3, False),
              ("h2", "5. Interesse"), ("yn", "Nettverk/klyngjesamarbeid", True), ("yn", "Ekstern prosessevaluering", False),
              ("h2", "6. Godkjenning"), ("p", "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."),
              ("lines", ["Godkjent av Nav-leiar Øystein Tysnes, 27.01.2020",
                         "Godkjent av kommunedirektør Marit Opsal, 29.01.2020"]), ("break",),
              ("h1", "Årsrapport 2019 – «Kvinnherad-modellen»"),
              ("table", [["Post", "2019"], ["Tilskot 2019", "kr 366 000"], ["Stillingsprosent 2019", "60 %"],
                         ["Oppstart", "01.03.2019"], ["Forbruk 2019", "kr 352 400"], ["Restmidlar", "kr 13 600"]]),
              ("p", "I 2019 arbeidde prosjektet mest med unge som fell ut av vidaregåande skule, og med overgangen frå skule "
                    "til arbeid."),
              ("p", "Kontaktperson for rapporten: Liv Myklebust, tlf. 53 48 31 02."),
              ("p", "Rapporten er godkjend av Nav-leiar Øystein Tysnes 14.01.2020.")]
    write_pdf(items, str(out), font=("DVS", "DVSB"), size=10, x2=240)
    return truth("em16", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Kvinnherad", "Kvinnherad", o),
                 contact=("Sindre Omvik", "sindre.omvik@nav.no", "53483177"),
                 project=("Kvinnherad-modellen", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000}, prio=[ORD], interest=(True, False),
                 sigs=[(NL, "Øystein Tysnes", "Nav-leiar", "2020-01-27", EA),
                       (MU, "Marit Opsal", "Kommunedirektør", "2020-01-29", EA)],
                 notes=["near-miss: 80 % at exactly 488 000, competence exactly 10 000", "annual report 2019 behind "
                        "(366 000, 60 %, another contact, school-to-work transitions, the report's own approval line)"])


def em17(out: Path):
    import base64
    import io
    buf = io.BytesIO()
    write_pdf([("h1", "Søknad 2020 – Nav Porsgrunn")] + K(("Nav-kontor", "Nav Porsgrunn"), ("Stillingsprosent", "100 %")), buf)
    att = base64.encodebytes(buf.getvalue()).decode()
    eml = ("From: Nina Aasen <nina.aasen@nav.no>\nTo: Statsforvalteren i Vestfold og Telemark <sfvtpost@statsforvalteren.no>\n"
           "Subject: =?utf-8?q?S=C3=B8knad_tilskudd_2020_-_Nav_Porsgrunn?=\nDate: Thu, 30 Jan 2020 11:02:00 +0100\n"
           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n"
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
           "Hei, vedlagt er søknaden fra Nav Porsgrunn.\n\nHilsen Nina\n\n--b1\n"
           "Content-Type: application/pdf; name=\"soknad.pdf\"\nContent-Transfer-Encoding: base64\n"
           "Content-Disposition: attachment; filename=\"soknad.pdf\"\n\n" + att + "\n--b1--\n")
    out.write_bytes(eml.encode("utf-8"))
    return truth("em17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
                 notes=["an e-mail saved as .eml (MIME text with a base64 attachment) and uploaded with a .pdf name"])


def em18(out: Path):
    o = orgnr("97458214")
    items = [mail("Tone Sørbø", "Tone Sørbø <tone.sorbo@nav.no>", "mandag 27. januar 2020 10:21",
                  "Statsforvalteren i Rogaland <sfropost@statsforvalteren.no>", "Statusrapport 2019 – «Ny giv Sandnes»",
                  vedlegg="Statusrapport_2019_Nav_Sandnes.pdf"),
             ("p", "Hei, vedlagt er statusrapport og regnskap for 2019 for prosjektet «Ny giv Sandnes», som fikk tilskudd til "
                   "utvikling av sosiale tjenester i 2019. Vi søker ikke om videreføring for 2020; prosjektet er nå en del "
                   "av ordinær drift."),
             ("lines", ["Hilsen", "Tone Sørbø", "prosjektleder, tlf. 51 97 42 10"]), ("break",),
             ("h1", "Statusrapport 2019 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret")]
    items += K(("Tilskuddsmottaker", "Nav Sandnes"), ("Kommune", "Sandnes"), ("Org.nr.", o), ("Prosjekt", "Ny giv Sandnes"),
               ("Tilskudd mottatt 2019", "kr 610 000"), ("Stillingsprosent", "100 %"),
               ("Prosjektperiode", "01.03.2019–31.12.2019"), ("Forbruk", "kr 598 300"))
    items += [("h2", "Måloppnåelse"),
              ("p", "Prosjektet har fulgt opp 37 unge sosialhjelpsmottakere med en fast veileder. 15 er i arbeid og 6 i "
                    "utdanning ved utgangen av 2019. Arbeidsmåten er videreført i ordinær drift fra 1. januar 2020."),
              ("h2", "Regnskap 2019"),
              ("table", [["Post", "Budsjett", "Regnskap"], ["Lønn og sosiale kostnader", "600 000", "591 100"],
                         ["Kompetanse", "10 000", "7 200"], ["Sum", "610 000", "598 300"]]),
              ("sig", [{"head": "Nav-leder", "above": ["Sandnes, 24.01.2020"], "ink": "em18a", "under": ["Geir Aarsland"]}])]
    write_pdf(items, str(out), font=("LS", "LSB"), x2=230)
    return truth("em18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a status report for 2019 behind a printed e-mail; no application for 2020"])
