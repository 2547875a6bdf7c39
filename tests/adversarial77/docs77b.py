"""Documents fb10–fb18 of corpus 77 (pdf-text, pdf-handwritten, pdf-from-office, pdf-scanned, pdf-pades,
bad-input, not-application); shared helpers live in docs77.py."""
from __future__ import annotations

from pathlib import Path

from docs77 import H, areas, interest, sigblock
from kit77 import S20, docx_to_pdf, near_miss, orgnr, pades, render, scan, spaced, truth, tz_dt


# ---------------------------------------------------------------- fb10 pdf-text nb, boxes with captions inside
def fb10(out: Path):
    o = orgnr("97498754")
    c = {"caps": True}
    items = [("h", H("nb")), ("p", "Del 1 Søker"),
             ("row", [("Nav-kontor", "Nav Tønsberg", .45, c), ("Kommune", "Tønsberg", .25, c),
                      ("Org.nr", spaced(o), .3, c)]),
             ("row", [("Kontaktperson", "Mona Kristiansen", .35, c), ("E-post", "mona.kristiansen@nav.no", .4, c),
                      ("Telefon", "33 34 88 00", .25, c)]),
             ("p", "Del 2 Prosjekt"),
             ("row", [("Prosjektnavn", "Jobbsjansen Tønsberg", .5, c), ("Søknadstype", "Videreføring – 3. år", .3, c),
                      ("Oppstart", "01.01.2020", .2, c)]),
             ("table", [["Stilling", "Stillingsandel", "Lønn og sosiale kostnader"],
                        ["Prosjektleder", "100 %", "610 000"], ["Jobbkonsulent", "80 %", "440 000"],
                        ["Sum", "180 %", "1 050 000"]], [.5, .2, .3]),
             ("row", [("Kompetanse (kr)", "10 000", .33, c), ("Øvrige kostnader (kr)", "", .33, c),
                      ("Sum søknad (kr)", "1 060 000", .34, c)]),
             *areas("nb", {"ordinaert-arbeidsliv"}),
             *interest("nb", True, True),
             ("p", "Del 3 Godkjenning"),
             ("p", "Søknaden er godkjent av Nav-leder Geir Olav Tangen 22.01.2020 og kommunalsjef for helse og "
                   "velferd Ellen Marie Brekke 23.01.2020."),
             ("p", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")]
    render(items, str(out), label="inside", fields="static")
    return truth("fb10", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Tønsberg", "Tønsberg", o),
                 contact=("Mona Kristiansen", "mona.kristiansen@nav.no", "33348800"),
                 project=("Jobbsjansen Tønsberg", "continuation", "2020-01-01"), pct=180,
                 amounts={"positions": 1050000, "competence": 10000, "other": None, "total": 1060000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Geir Olav Tangen", "Nav-leder", "2020-01-22", "electronic_approval"),
                       ("municipality", "Ellen Marie Brekke", "kommunalsjef for helse og velferd", "2020-01-23",
                        "electronic_approval")],
                 notes=["captions in capitals inside boxes; third year of a continuation (allowed); empty "
                        "'Øvrige kostnader' box between competence and total; 180 % under the cap"])


# ---------------------------------------------------------------- fb11 pdf-text nn, competence over cap
def fb11(out: Path):
    o = orgnr("97423645")
    items = [("h", H("nn")),
             ("row", [("Søkjar:", "Nav Ulstein", .55, {"lw": 70}), ("Kommune:", "Ulstein", .45, {"lw": 60})]),
             ("row", [("Org.nr.:", o, .55, {"lw": 70}), ("Telefon:", "70 01 77 00", .45, {"lw": 60})]),
             ("row", [("Kontakt:", "Rune Hareide", .55, {"lw": 70}), ("E-post:", "rune.hareide@nav.no", .45, {"lw": 60})]),
             ("row", [("Prosjekt:", "Raskare ut i arbeid", .55, {"lw": 70}), ("Type:", "Nytt", .45, {"lw": 60})]),
             ("row", [("Oppstart:", "01.03.2020", .55, {"lw": 70}), ("Stilling:", "100 %", .45, {"lw": 60})]),
             ("row", [("Løn:", "600 000", .55, {"lw": 70}), ("Kompetanse:", "15 000", .45, {"lw": 60})]),
             ("row", [("Anna:", "", .55, {"lw": 70}), ("Sum:", "615 000", .45, {"lw": 60})]),
             *areas("nn", {"ordinaert-arbeidsliv", "saarbare-overganger"}),
             *interest("nn", True, False),
             ("p", "Godkjenning: Søknaden er handsama og godkjend av Nav-leiar Randi Vik 20.01.2020 og "
                   "kommunedirektør Terje Myklebust 24.01.2020."),
             ("p", "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")]
    render(items, str(out), label="left", fields="static", font=("DVS", "DVSB"))
    return truth("fb11", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Ulstein", "Ulstein", o),
                 contact=("Rune Hareide", "rune.hareide@nav.no", "70017700"),
                 project=("Raskare ut i arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 15000, "other": None, "total": 615000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Vik", "Nav-leiar", "2020-01-20", "electronic_approval"),
                       ("municipality", "Terje Myklebust", "kommunedirektør", "2020-01-24", "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["short labels left of boxes in two columns; competence 15 000; empty 'Anna' box left of the sum"])


# ---------------------------------------------------------------- fb12 pdf-handwritten nn, municipality missing
def fb12(out: Path):
    o = orgnr("97436178")
    items = [("h", H("nn")),
             ("row", [("Nav-kontor", "Nav Stord", .4), ("Kommune", "Stord", .25), ("Organisasjonsnummer", spaced(o), .35)]),
             ("row", [("Kontaktperson", "Sigrid Tysnes", .35), ("E-post", "sigrid.tysnes@nav.no", .4),
                      ("Telefon", "53 49 61 00", .25)]),
             ("row", [("Namn på prosjektet", "Heile familien i arbeid", .6), ("Nytt / vidareføring", "Nytt", .4)]),
             ("row", [("Oppstart", "1. april 2020", .3), ("Stillingsprosent", "100", .2),
                      ("Løn og sosiale kostnader (kr)", "605 000", .5)]),
             ("row", [("Kompetanse (kr)", "5 000", .5), ("Sum omsøkt (kr)", "610 000", .5)]),
             *areas("nn", {"barnefamilier-ungdom-innvandrere"}),
             *interest("nn", True, True),
             ("sig", [sigblock("Nav-leiar", "fb12a", "Bjarte Lunde", "Leiar Nav Stord", "23.01.2020", "nn"),
                      sigblock("Kommuneleiinga", None, "", "", "", "nn")])]
    render(items, str(out), label="above", fields="static", font=("LS", "LSB"))
    return truth("fb12", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Stord", "Stord", o),
                 contact=("Sigrid Tysnes", "sigrid.tysnes@nav.no", "53496100"),
                 project=("Heile familien i arbeid", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Bjarte Lunde", "Leiar Nav Stord", "2020-01-23", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["municipal block printed with empty signature, name, title and date boxes beside a filled "
                        "Nav leader block"])


# ---------------------------------------------------------------- fb13 pdf-from-office nb, clean
def fb13(out: Path):
    o = orgnr("97460122")
    items = [("h", H("nb")),
             ("row", [("Søkerkontor", "Nav Halden"), ("Vertskommune", "Halden"), ("Org. nummer", spaced(o))]),
             ("row", [("Prosjektansvarlig / kontaktperson", "Tone Rød Andersen"),
                      ("E-post", "tone.rod.andersen@nav.no"), ("Telefon", "69 17 50 00")]),
             ("row", [("Prosjektnavn", "Bolig og arbeid først"), ("Søknaden gjelder", "Nytt prosjekt"),
                      ("Prosjektstart", "01.08.2020")]),
             ("row", [("Stillingsandel", "50 %"), ("Lønn inkl. sosiale utgifter", "kr 300 000"),
                      ("Kompetanse", "kr 10 000"), ("Søknadsbeløp totalt", "kr 310 000")]),
             *areas("nb", {"saarbare-overganger"}),
             *interest("nb", False, False),
             ("sig", [sigblock("Leder NAV Halden", "fb13a", "Frode Lie", "Nav-leder", "17.01.2020", place="Halden"),
                      sigblock("Halden kommune", "fb13b", "Ragnhild Fjeld", "Kommunedirektør", "20.01.2020",
                               place="Halden")])]
    docx_to_pdf(items, out, "table")
    return truth("fb13", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Tone Rød Andersen", "tone.rod.andersen@nav.no", "69175000"),
                 project=("Bolig og arbeid først", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "other": None, "total": 310000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Frode Lie", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Ragnhild Fjeld", "Kommunedirektør", "2020-01-20", "handwritten")],
                 notes=["Word header-row table through LibreOffice; percent and amounts in one four-column row"])


# ---------------------------------------------------------------- fb14 pdf-from-office nn, clean
def fb14(out: Path):
    o = orgnr("97419737")
    items = [("h", "Søknad – tilskot til utvikling av sosiale tenester i Nav-kontoret, utlysing 2020"),
             ("row", [("Kontor", "Nav Hå"), ("Kommune", "Hå"), ("Organisasjonsnr.", spaced(o))]),
             ("row", [("Kontaktperson", "Jorunn Ueland"), ("Kontaktinformasjon", "jorunn.ueland@nav.no, 51 79 29 00")]),
             ("row", [("Prosjekt", "Ungdomslos Hå"), ("Søknadstype", "Vidareføring, 2. år"), ("Frå", "januar 2020")]),
             ("table", [["Stilling", "Prosent", "Kroner"], ["Ungdomslos", "70", "427 000"],
                        ["Kompetanse", "", "10 000"], ["Totalt", "", "437 000"]]),
             *areas("nn", {"barnefamilier-ungdom-innvandrere", "saarbare-overganger"}),
             *interest("nn", True, False),
             ("sig", [sigblock("For Nav Hå", "fb14a", "Kjell Inge Tjøtta", "Nav-leiar", "14.01.2020", "nn", "Nærbø"),
                      sigblock("For Hå kommune", "fb14b", "Ingvild Bø Salte", "Rådmann", "16.01.2020", "nn", "Nærbø")])]
    docx_to_pdf(items, out, "table", font="Liberation Serif")
    return truth("fb14", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Hå", "Hå", o),
                 contact=("Jorunn Ueland", "jorunn.ueland@nav.no", "51792900"),
                 project=("Ungdomslos Hå", "continuation", "2020-01-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "other": None, "total": 437000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kjell Inge Tjøtta", "Nav-leiar", "2020-01-14", "handwritten"),
                       ("municipality", "Ingvild Bø Salte", "Rådmann", "2020-01-16", "handwritten")],
                 notes=["two-letter office name 'Hå'; e-mail and phone in one box; 70 % at exactly 427 000; "
                        "competence row with an empty percent cell"])


# ---------------------------------------------------------------- fb15 pdf-scanned nb, clean
def fb15(out: Path):
    o = orgnr("97477234")
    items = [("h", H("nb")),
             ("row", [("Nav-kontor", "Nav Elverum", .45), ("Kommune", "Elverum", .25), ("Org.nr.", spaced(o), .3)]),
             ("row", [("Kontaktperson", "Øystein Moen", .35), ("E-post", "oystein.moen@nav.no", .4),
                      ("Telefon", "62 43 30 00", .25)]),
             ("row", [("Prosjektnavn", "Ny start Elverum", .5), ("Ny/videreføring", "Ny", .25), ("Oppstart", "02.03.2020", .25)]),
             ("row", [("Stillingsprosent", "100", .25), ("Lønn og sos. kostnader", "580 000", .25),
                      ("Kompetanse", "10 000", .25), ("Sum", "590 000", .25)]),
             *areas("nb", {"ordinaert-arbeidsliv"}),
             *interest("nb", True, True),
             ("sig", [sigblock("Nav-leder", "fb15a", "Line Granli", "Leder Nav Elverum", "28.01.2020"),
                      sigblock("Kommunen", "fb15b", "Kristin Bjella", "Rådmann", "30.01.2020")])]
    scan(items, out, seed=77, dpi=300, angle=-0.7, label="inside", fields="static", size=10)
    return truth("fb15", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", o),
                 contact=("Øystein Moen", "oystein.moen@nav.no", "62433000"),
                 project=("Ny start Elverum", "new", "2020-03-02"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Line Granli", "Leder Nav Elverum", "2020-01-28", "handwritten"),
                       ("municipality", "Kristin Bjella", "Rådmann", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["300 dpi scan of a box form, captions inside boxes, -0.7°"])


# ---------------------------------------------------------------- fb16 pdf-pades nb, AcroForm + two signatures
def fb16(out: Path):
    o = orgnr("96421873")
    items = [("h", H("nb")),
             ("row", [("Nav-kontor", "Nav Kristiansand", .45), ("Kommune", "Kristiansand", .25),
                      ("Organisasjonsnummer", o, .3, {"comb": 9})]),
             ("row", [("Kontaktperson", "Henrik Tveit", .35), ("E-post", "henrik.tveit@nav.no", .4),
                      ("Telefon", "38 10 70 00", .25)]),
             ("row", [("Prosjektnavn", "Inn i arbeidslivet", .5), ("Ny / videreføring", "Videreføring", .25),
                      ("Oppstart", "01.02.2020", .25)]),
             ("row", [("Stillingsprosent", "300", .25), ("Lønn og sosiale kostnader", "1 800 000", .25),
                      ("Kompetanse", "10 000", .25), ("Totalbeløp", "1 810 000", .25)]),
             *areas("nb", {"ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"}),
             *interest("nb", True, True),
             ("p", "Søknaden signeres digitalt av begge parter."),
             ("sig", [{"head": "Nav-leder", "box_label": "Digital signatur",
                       "fields": [("Navn", "Marianne Aasen"), ("Stilling", "Nav-leder"), ("Dato", "28.01.2020")]},
                      {"head": "Kristiansand kommune", "box_label": "Digital signatur",
                       "fields": [("Navn", "Kenneth Vik"), ("Stilling", "Direktør helse og mestring"),
                                  ("Dato", "29.01.2020")]}])]
    pades(items, out, [("Marianne Aasen", "Nav Kristiansand", "SignaturNavleder", None, tz_dt(2020, 1, 28)),
                       ("Kenneth Vik", "Kristiansand kommune", "SignaturKommune", None, tz_dt(2020, 1, 29))],
          label="above", fields="acro")
    return truth("fb16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Kristiansand", "Kristiansand", o),
                 contact=("Henrik Tveit", "henrik.tveit@nav.no", "38107000"),
                 project=("Inn i arbeidslivet", "continuation", "2020-02-01"), pct=300,
                 amounts={"positions": 1800000, "competence": 10000, "other": None, "total": 1810000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Marianne Aasen", "Nav-leder", "2020-01-28", "digital"),
                       ("municipality", "Kenneth Vik", "Direktør helse og mestring", "2020-01-29", "digital")],
                 notes=["AcroForm with a comb org number, then two invisible PAdES signatures; 300 % under the cap"])


# ---------------------------------------------------------------- fb17 bad-input: encrypted fillable PDF
def fb17(out: Path):
    import io
    from pypdf import PdfReader, PdfWriter
    items = [("h", H("nb")), ("row", [("Nav-kontor", "Nav Askøy", .5), ("Kommune", "Askøy", .5)]),
             ("row", [("Prosjektnavn", "Askøy i arbeid", 1.0)])]
    buf = io.BytesIO()
    render(items, buf, label="above", fields="acro")
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.encrypt(user_password="askoy2020", owner_password="eier-askoy", algorithm="AES-128")
    with open(out, "wb") as f:
        w.write(f)
    t = truth("fb17", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
              score_fields=False, notes=["fillable form encrypted with an open password"])
    return t


# ---------------------------------------------------------------- fb18 not-application: final report form
def fb18(out: Path):
    o = orgnr("97459271")
    items = [("h", "Sluttrapport – tilskudd til utvikling av sosiale tjenester i Nav-kontoret (tilsagn 2019)"),
             ("p", "Rapporten sendes Statsforvalteren innen 1. mars 2020 sammen med regnskap for tilskuddet."),
             ("row", [("Tilskuddsmottaker", "Nav Tynset", .45), ("Kommune", "Tynset", .25), ("Org.nr.", o, .3)]),
             ("row", [("Prosjektnavn", "Arbeid i Nord-Østerdal", .6), ("Tilsagnsår", "2019", .4)]),
             ("row", [("Innvilget beløp (kr)", "610 000", .33), ("Brukt beløp (kr)", "596 400", .33),
                      ("Ubrukte midler (kr)", "13 600", .34)]),
             ("row", [("Oppnådde resultater", "23 deltakere fikk oppfølging; 9 gikk over i ordinært arbeid.", 1.0,
                       {"lines": 2})]),
             ("sig", [sigblock("Nav-leder", "fb18a", "Gunnar Nyhus", "Leder Nav Tynset", "14.02.2020", place="Tynset")])]
    render(items, str(out), label="inside", fields="static")
    return near_miss("fb18", "pdf", "nb", "final report form for a 2019 grant (boxes with amounts, signed)") | {
        "category": "not-application", "tags": ["not-application"]}
