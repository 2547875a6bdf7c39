"""The 18 documents of corpus 84 (tester84): each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit84 import (GLYPH, S19, S20, W, _ff_box, _ff_text, _sdt_box, _sdt_date, _sdt_text, ff_checked, orgnr,
                   pdf_bytes, sdt_placeholder, spaced, truth)

A_NB = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"]
A_NN = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar"]
ORD, BUI, SOV = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def B(s):
    return [("b", s)]


def sig(role, name, title, date, kind):
    return (role, name, title, date, kind)


# ---------------------------------------------------------------- mx01 docx-form nb, four-column applicant grid
def mx01(out: Path):
    o = orgnr("96495072")
    w = W("Arial", 10, "Søknadsskjema 2020")
    w.p([("i", "Aurskog-Høland kommune  ·  NAV Aurskog-Høland  ·  Rådhusveien 3, 1940 Bjørkelangen")], size=8)
    w.h("SØKNADSSKJEMA", 15)
    w.h("Tilskudd til utvikling av sosiale tjenester i NAV-kontoret – tilskuddsåret 2020", 11)
    w.p("Skjemaet fylles ut elektronisk og sendes Fylkesmannen i Oslo og Viken innen 1. februar 2020.")
    w.h("1  Opplysninger om søker", 11)
    w.table([[B("Søkende NAV-kontor"), "NAV Aurskog-Høland", B("Kommune"), "Aurskog-Høland"],
             [B("Organisasjonsnr."), spaced(o), B("Kontaktperson"), "Tone Fjeldstad"],
             [B("E-postadresse"), "Tone.Fjeldstad@nav.no", B("Mobil"), "478 12 906"]])
    w.h("2  Om prosjektet", 11)
    w.table([[B("Arbeidstittel på prosjektet"), "Jobbspor Aurskog-Høland"],
             [B("Søknaden gjelder"), "☒ Oppstart av nytt prosjekt\n☐ Videreføring av prosjekt som fikk tilskudd i 2019"],
             [B("Prosjektet starter (dato)"), "01.04.2020"]], widths=[6, 10])
    w.h("3  Stillinger og økonomi", 11)
    w.table([["Stilling i prosjektet", "Andel", "Lønn inkl. sosiale utgifter (kr)"],
             ["Arbeidsgiverkontakt", "60 %", "366 000"], ["Miljøveileder", "40 %", "244 000"],
             ["Sum stillinger", "100 %", "610 000"]], head=True, head_shade="D9E2F3")
    w.table([[B("Prosjektspesifikk kompetanse (inntil kr 10 000)"), "10 000"],
             [B("Samlet beløp det søkes om (kr)"), "620 000"]], widths=[10, 6])
    w.h("4  Prioriterte områder – kryss av for det eller de prosjektet retter seg mot", 11)
    for area, on in zip(A_NB, (True, False, False)):
        w.p(f"{GLYPH[on]}  {area}")
    w.h("5  Samarbeid og evaluering", 11)
    w.table([["Ønsker kontoret å delta i nettverk / klyngesamarbeid?", "☒ Ja     ☐ Nei"],
             ["Ønsker kontoret ekstern prosessevaluering?", "☐ Ja     ☒ Nei"]], widths=[11, 5])
    w.h("6  Kort om prosjektet", 11)
    w.p("Mange som har mottatt økonomisk sosialhjelp lenge, har liten kontakt med arbeidsgivere i kommunen. "
        "Vi vil prøve ut en arbeidsmåte der arbeidsgiverkontakten bygger faste avtaler med bedrifter på "
        "Bjørkelangen og Løken, mens miljøveilederen følger deltakerne tett de første ukene på arbeidsplassen.")
    w.h("7  Underskrifter", 11)
    w.p("Søknaden skal signeres av leder for NAV-kontoret og av kommunens administrative ledelse.")
    w.table([[B("For NAV Aurskog-Høland"), B("For Aurskog-Høland kommune")],
             ["Bjørkelangen, 27.01.2020", "Bjørkelangen, 28.01.2020"],
             [[("ink", "mx01a")], [("ink", "mx01b")]],
             ["Linda Haugerud\nNAV-leder", "Per Kristian Bøhn\nKommunalsjef helse og velferd"]], style=None)
    w.save(out)
    return truth("mx01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Aurskog-Høland", "Aurskog-Høland", o),
                 contact=("Tone Fjeldstad", "tone.fjeldstad@nav.no", "47812906"),
                 project=("Jobbspor Aurskog-Høland", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, prio=[ORD],
                 interest=(True, False),
                 sigs=[sig("nav_leader", "Linda Haugerud", "NAV-leder", "2020-01-27", "handwritten"),
                       sig("municipality", "Per Kristian Bøhn", "Kommunalsjef helse og velferd", "2020-01-28",
                           "handwritten")],
                 notes=["near-miss: 60 % + 40 % lines summing to exactly 610 000 for 100 %, competence exactly 10 000",
                        "applicant grid of four columns (label, value, label, value); mixed-case e-mail"])


# ---------------------------------------------------------------- mx02 docx-form nn 2019, labels above boxed answers
def mx02(out: Path):
    o = orgnr("97460238")
    w = W("Times New Roman", 11, "Søknad 2019")
    w.h("Søknad om tilskot til utvikling av sosiale tenester i NAV – 2019", 14)
    w.p([("i", "Søknaden vert send til Fylkesmannen i Vestland innan 1. februar 2019.")])

    def ask(label, value):
        w.p(B(label))
        w.table([[value]])
    w.h("Del A – Søkjar", 12)
    ask("Namnet på NAV-kontoret", "NAV Austevoll")
    ask("Kommune", "Austevoll")
    ask("Organisasjonsnummer (kommunen)", o)
    ask("Kontaktperson, e-post og telefon", "Ragnhild Sørvik, ragnhild.sorvik@nav.no, 920 47 318")
    w.h("Del B – Prosjektet", 12)
    ask("Kva heiter prosjektet?", "Økonomisk trygge i Austevoll")
    ask("Er dette eit nytt prosjekt eller ei vidareføring?", "Nytt")
    ask("Når startar prosjektet?", "1. mars 2019")
    ask("Kor stor stillingsressurs vert det søkt om?", "Ei 50 % stilling")
    w.h("Del C – Budsjett for 2019", 12)
    w.table([["Post", "Kroner"], ["Løn og sosiale kostnader, 50 % stilling", "290 000"], ["Sum det vert søkt om", "290 000"]],
            head=True)
    w.h("Del D – Prioriterte område", 12)
    w.p("Set kryss for kva for prioriterte område prosjektet rettar seg mot:")
    for area in A_NN:
        w.p(f"☐  {area}")
    w.h("Del E – Kort omtale", 12)
    w.p("Prosjektet skal utvikle og prøve ut ein ny modell for økonomisk rådgjeving, der rettleiar og brukar lagar ein "
        "felles plan for økonomien tidleg i saka, og der planen vert følgd opp kvar månad. Erfaringane skal "
        "dokumenterast og delast med andre kontor i regionen.")
    w.h("Del F – Underskrift", 12)
    w.p("Søknaden må vere underskriven av leiar ved NAV-kontoret og av rådmannen.")
    w.table([[B("Leiar i NAV Austevoll"), B("Rådmann i Austevoll kommune")],
             ["Stad og dato: Storebø, 24.01.2019", "Stad og dato: Storebø, 29.01.2019"],
             [[("ink", "mx02a", 3.8)], [("ink", "mx02b", 3.8)]],
             ["Namn: Gunn Bakkevik", "Namn: Tor Inge Vinnes"]])
    w.save(out)
    return truth("mx02", "docx", "docx-form", lang="nn", scheme=S19, office=("Nav Austevoll", "Austevoll", o),
                 contact=("Ragnhild Sørvik", "ragnhild.sorvik@nav.no", "92047318"),
                 project=("Økonomisk trygge i Austevoll", "new", "2019-03-01"), pct=50,
                 amounts={"positions": 290000, "total": 290000}, prio=[], interest=(None, None),
                 sigs=[sig("nav_leader", "Gunn Bakkevik", "Leiar i NAV Austevoll", "2019-01-24", "handwritten"),
                       sig("municipality", "Tor Inge Vinnes", "Rådmann", "2019-01-29", "handwritten")],
                 expected=["PRIORITY_AREA_MISSING"],
                 notes=["defect: none of the three priority-area boxes is ticked and the project (debt/economic "
                        "counselling) argues for none of them",
                        "2019 form: no question on network or process evaluation (interest null)"])


# ---------------------------------------------------------------- mx03 docx-controls nb, positions over the 50 % cap
def mx03(out: Path):
    o = orgnr("96498115")
    w = W("Calibri", 10.5, "Søknad")
    w.h("NAV Eigersund", 16, colour="C30000")
    w.h("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", 12)
    rows = [("Kontor som søker", "NAV Eigersund"), ("Vertskommune", "Eigersund"), ("Org.nummer", spaced(o)),
            ("Prosjektansvarlig (kontaktperson)", "Håvard Løvås"), ("E-post prosjektansvarlig", "havard.lovas@nav.no"),
            ("Telefon prosjektansvarlig", "993 40 512"), ("Navn på tiltaket", "Ny start etter soning"),
            ("Type søknad", "Nytt tiltak"), ("Ønsket oppstart", _sdt_date("oppstart", "2020-03-16", "16.03.2020")),
            ("Stillingsandel i prosjektet", "50 %"), ("Lønnsmidler inkl. sosiale kostnader (kr)", "315 000"),
            ("Kompetansemidler (kr)", "10 000"), ("Andre kostnader (kr)", sdt_placeholder("andre")),
            ("Sum søknadsbeløp (kr)", "325 000")]
    w.table([[lab, [v if v.startswith("<w:") else _sdt_text(lab[:18], v)]] for lab, v in rows],
            bold_col=0, shade="F2F2F2", widths=[7, 9])
    w.p(B("Hvilke prioriterte områder gjelder tiltaket?"))
    for area, on in zip(A_NB, (False, False, True)):
        w.p([_sdt_box(on), "  " + area])
    w.p(B("Nettverk og evaluering"))
    w.p(["Ønsker å delta i nettverk/klyngesamarbeid:  ", _sdt_box(True), " Ja   ", _sdt_box(False), " Nei"])
    w.p(["Ønsker ekstern prosessevaluering:  ", _sdt_box(True), " Ja   ", _sdt_box(False), " Nei"])
    w.p(B("Beskrivelse"))
    w.p("Åna fengsel ligger i kommunen. Vi vil utvikle en fast overgang fra soning til bolig, arbeid og oppfølging, "
        "der NAV-veileder møter den innsatte før løslatelse og følger opp det første halve året etterpå.")
    w.p(B("Signaturer"))
    w.table([[B("Leder NAV Eigersund"), B("Rådmann, Eigersund kommune")],
             [["Dato: ", _sdt_date("dato1", "2020-01-21", "21.01.2020")], ["Dato: ", _sdt_date("dato2", "2020-01-23", "23.01.2020")]],
             [[("ink", "mx03a")], [("ink", "mx03b")]],
             [["Navn: ", _sdt_text("navn1", "Hilde Omdal")], ["Navn: ", _sdt_text("navn2", "Bjørn Egeland")]]])
    w.save(out)
    return truth("mx03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Eigersund", "Eigersund", o),
                 contact=("Håvard Løvås", "havard.lovas@nav.no", "99340512"),
                 project=("Ny start etter soning", "new", "2020-03-16"), pct=50,
                 amounts={"positions": 315000, "competence": 10000, "total": 325000}, prio=[SOV], interest=(True, True),
                 sigs=[sig("nav_leader", "Hilde Omdal", "Leder NAV Eigersund", "2020-01-21", "handwritten"),
                       sig("municipality", "Bjørn Egeland", "Rådmann", "2020-01-23", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 315 000 for a 50 % position, cap 305 000",
                        "'Andre kostnader' control still shows its placeholder text: not a value"])


# ---------------------------------------------------------------- mx04 docx-legacy-fields nn, deadline-day signature
def mx04(out: Path):
    o = orgnr("94456119")
    w = W("Verdana", 9.5, "Søknad")
    w.p([("i", "Nav Gulen · Eivindvik")])
    w.h("Søknad om tilskot – utvikling av sosiale tenester i Nav-kontoret 2020", 13)

    def f(label, name, value):
        w.p([label + "\t", _ff_text(name, value)])
    w.h("1. Søkjar", 11)
    for lab, n, v in [("Nav-kontor", "kontor", "Nav Gulen"), ("Kommune", "kommune", "Gulen"), ("Org.nr.", "orgnr", o),
                      ("Kontaktperson", "kontakt", "Solfrid Nesheim"), ("E-post", "epost", "solfrid.nesheim@nav.no"),
                      ("Telefon", "tlf", "57 78 21 40")]:
        f(lab, n, v)
    w.h("2. Prosjektet", 11)
    for lab, n, v in [("Prosjekttittel", "tittel", "Saman mot arbeid i Gulen"),
                      ("Nytt eller vidareført prosjekt", "type", "Vidareføring – andre året"),
                      ("Oppstart", "start", "01.01.2020"), ("Stillingsdel", "stilling", "100 % (ei stilling)")]:
        f(lab, n, v)
    w.h("3. Budsjett 2020", 11)
    for lab, n, v in [("Løn og sosiale kostnader", "lon", "600 000"), ("Kompetansemidlar", "komp", "10 000"),
                      ("Eigendel frå kommunen", "eigen", "\u2002" * 5), ("Totalt søkt", "sum", "610 000")]:
        f(lab, n, v)
    w.h("4. Prioriterte område", 11)
    w.p([_ff_box("a1", True), "  " + A_NN[0]])
    w.p([ff_checked("a2", False), "  " + A_NN[1]])
    w.p([ff_checked("a3", True), "  " + A_NN[2]])
    w.h("5. Nettverk og evaluering", 11)
    w.p(["Vi ønskjer å delta i nettverk/klyngjesamarbeid:  ", _ff_box("n1", True), " Ja  ", _ff_box("n2", False), " Nei"])
    w.p(["Vi ønskjer ekstern prosessevaluering:  ", _ff_box("e1", False), " Ja  ", _ff_box("e2", True), " Nei"])
    w.h("6. Underskrift", 11)
    w.p("Stad og dato: Eivindvik, 30.01.2020")
    w.p([("ink", "mx04a", 3.6)])
    w.p("Kjersti Instefjord, Nav-leiar")
    w.p("")
    w.p("Stad og dato: Eivindvik, 01.02.2020")
    w.p([("ink", "mx04b", 3.6)])
    w.p("Arnstein Brekke, kommunedirektør")
    w.save(out)
    return truth("mx04", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Gulen", "Gulen", o),
                 contact=("Solfrid Nesheim", "solfrid.nesheim@nav.no", "57782140"),
                 project=("Saman mot arbeid i Gulen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[ORD, SOV],
                 interest=(True, False),
                 sigs=[sig("nav_leader", "Kjersti Instefjord", "Nav-leiar", "2020-01-30", "handwritten"),
                       sig("municipality", "Arnstein Brekke", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: municipal signature ON the deadline day; second year of a continuation; empty "
                        "own-share field holds five en-spaces",
                        "check boxes state their value two ways: w:default and w:checked"])


# ---------------------------------------------------------------- mx05 docx-letter nb, budget in thousands over three years
def mx05(out: Path):
    o = orgnr("97085341")
    w = W("Georgia", 10.5, "Søknad")
    for line in ("NAV Saltdal", "Postboks 44", "8251 Rognan"):
        w.p(line, align="r")
    w.p("Fylkesmannen i Nordland\nPostboks 1405\n8002 Bodø")
    w.p("Vår ref.: 2020/118                                        Dato: 23.01.2020")
    w.h("Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020 – «Ut i jobb fra Rognan»", 12)
    w.p("NAV Saltdal søker med dette om midler til et nytt prosjekt, «Ut i jobb fra Rognan». Vi ønsker å starte "
        "opp 1. mai 2020, og søker om lønnsmidler til én prosjektstilling på 90 prosent.")
    w.p("Mange av dem som mottar økonomisk sosialhjelp i Saltdal, har stått lenge uten arbeid. Prosjektmedarbeideren "
        "skal finne arbeidsgivere i Rognan og Røkland som vil ta inn deltakere på ordinære vilkår, og følge opp "
        "både deltaker og arbeidsgiver. Prosjektet hører inn under det prioriterte området «Bruk av ordinært "
        "arbeidsliv».")
    w.p("Søker er NAV Saltdal, Saltdal kommune (org.nr. " + spaced(o) + "). Budsjettet er satt opp for hele den "
        "planlagte prosjektperioden:")
    w.p(B("Budsjett (beløp i 1000 kr)"))
    w.table([["Post", "2020", "2021", "2022"], ["Lønn og sosiale kostnader, 90 % stilling", "549", "560", "571"],
             ["Kompetanse (kurs og veiledning)", "10", "10", "5"], ["Søkt fra Fylkesmannen", "559", "570", "576"],
             ["Egenfinansiering Saltdal kommune", "120", "120", "120"]], head=True, head_shade="EDEDED")
    w.p("For 2020 søker vi altså om til sammen 559 000 kroner. Kommunen dekker kontor, bil og en egenandel på "
        "120 000 kroner.")
    w.p("NAV Saltdal vil gjerne delta i nettverk/klyngesamarbeid og stiller seg positiv til ekstern prosessevaluering.")
    w.p("Spørsmål om søknaden kan rettes til prosjektleder Marte Rognli, telefon 906 12 447 eller e-post "
        "marte.rognli@nav.no.")
    w.p("Med vennlig hilsen")
    w.table([["Ingrid Storjord\nNAV-leder\nGodkjent 23.01.2020", "Geir Olsen\nRådmann\nGodkjent 24.01.2020"]],
            style=None)
    w.p([("i", "Dokumentet er elektronisk godkjent og sendes uten håndskrevne signaturer.")])
    w.page_break()
    w.h("Vedlegg 1 – Prosjektplan (utdrag)", 12)
    w.p("Prosjektgruppe: Ingrid Storjord (prosjekteier), Marte Rognli (prosjektleder), Tor Arne Fygle "
        "(arbeidsgiverkontakt), Hanne Kvarv (tillitsvalgt).")
    w.p("Samlet kostnadsramme 2020–2022 inkludert kommunens egenfinansiering: 2 065 000 kr.")
    w.p("Milepæler: kartlegging av deltakere (mai–juni 2020), første avtaler med arbeidsgivere (høsten 2020), "
        "midtveisevaluering (juni 2021).")
    w.save(out)
    return truth("mx05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Saltdal", "Saltdal", o),
                 contact=("Marte Rognli", "marte.rognli@nav.no", "90612447"),
                 project=("Ut i jobb fra Rognan", "new", "2020-05-01"), pct=90,
                 amounts={"positions": 549000, "competence": 10000, "total": 559000}, own_funding=120000,
                 prio=[ORD], interest=(True, True),
                 sigs=[sig("nav_leader", "Ingrid Storjord", "NAV-leder", "2020-01-23", "electronic_approval"),
                       sig("municipality", "Geir Olsen", "Rådmann", "2020-01-24", "electronic_approval")],
                 notes=["near-miss: 90 % at exactly 549 000; budget in thousands over 2020-2022 (only 2020 is applied "
                        "for); the project plan behind gives a 3-year frame of 2 065 000 kr and a project group"])


# ---------------------------------------------------------------- mx06 docx-letter nn, facts in prose, Bokmål attachment
def mx06(out: Path):
    o = orgnr("96498410")
    w = W("Cambria", 11, "Søknad")
    w.p([("b", "Nav Hol"), "\nHol kommune, Stasjonsvegen 20, 3580 Geilo"])
    w.p("Geilo, 28. januar 2020", align="r")
    w.p("Til Fylkesmannen i Oslo og Viken")
    w.h("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 12)
    w.p("Nav Hol søkjer med dette om 427 000 kroner til løn og sosiale kostnader for ei 70 % stilling i prosjektet "
        "«Fjellnær oppfølging». Prosjektet er nytt, og vi planlegg oppstart 1. april 2020. Vi søkjer ikkje om "
        "kompetansemidlar.")
    w.p("Målgruppa er unge vaksne og barnefamiliar som har budd kort tid i kommunen og har sesongarbeid i "
        "reiselivet. Mange fell ut når sesongen er over. Vi vil prøve ut ei oppfølging som startar før sesongslutt "
        "og held fram i overgangen til ny jobb eller utdanning. Tiltaket høyrer inn under dei prioriterte områda "
        "«Oppfølging av barnefamiliar, ungdom og innvandrarar» og «Sikring av sårbare overgangar».")
    w.p("Hol kommune har ikkje programmidlar frå 0–24-samarbeidet. Arbeidsmåten skal utviklast lokalt saman med "
        "reiselivsbedriftene og er ikkje ein ferdig metode.")
    w.p("Nav Hol ønskjer å vere med i nettverk/klyngjesamarbeid. Ekstern prosessevaluering har vi ikkje behov for i år.")
    w.p("Kontaktperson er rettleiar Sindre Hovda, telefon 917 33 682, e-post sindre.hovda@nav.no. "
        "Organisasjonsnummeret til Hol kommune er " + o + ".")
    w.p("Med helsing")
    w.table([["Geilo, 28.01.2020", "Geilo, 29.01.2020"], [[("ink", "mx06a", 3.8)], [("ink", "mx06b", 3.8)]],
             ["Helga Haugo\nleiar Nav Hol", "Erlend Hovi\nkommunedirektør"]], style=None)
    w.page_break()
    w.h("Vedlegg: Stillingsbeskrivelse – prosjektmedarbeider 70 %", 12)
    w.p("Prosjektmedarbeideren skal ha ansvar for oppfølging av deltakerne i prosjektet og kontakt med arbeidsgivere "
        "i reiselivet. Lønn etter avtale. Tiltredelse snarest.")
    w.p("Nærmere opplysninger om stillingen: Helga Haugo, telefon 32 09 51 00.")
    w.save(out)
    return truth("mx06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Hol", "Hol", o),
                 contact=("Sindre Hovda", "sindre.hovda@nav.no", "91733682"),
                 project=("Fjellnær oppfølging", "new", "2020-04-01"), pct=70,
                 amounts={"positions": 427000, "total": 427000}, prio=[BUI, SOV], interest=(True, False),
                 sigs=[sig("nav_leader", "Helga Haugo", "Leiar Nav Hol", "2020-01-28", "handwritten"),
                       sig("municipality", "Erlend Hovi", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: 70 % at exactly 427 000; says it has NO 0-24 programme funding and is NOT a "
                        "ready-made method; Bokmål job description behind with another phone number"])


# ---------------------------------------------------------------- mx07 pdf-text nb, Oslo district, label-above boxes
def mx07(out: Path):
    o = orgnr("97497512")

    def draw(p):
        p.text("Oslo kommune · Bydel Nordstrand", size=8)
        p.text("NAV Nordstrand", bold=True, size=15, dy=22)
        p.text("Søknad – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", bold=True, size=11, dy=24)
        p.text("A. Søker", bold=True)
        p.boxes([("Søker (NAV-kontor)", "NAV Nordstrand"), ("Kommune / bydel", "Oslo kommune, bydel Nordstrand"),
                 ("Organisasjonsnummer", spaced(o)), ("Kontaktperson", "Amina Rashid"),
                 ("E-post", "amina.rashid@nav.no"), ("Telefon", "+47 934 18 270")])
        p.text("B. Prosjekt", bold=True)
        p.boxes([("Prosjektnavn", "Familieløftet Nordstrand"), ("Ny søknad / videreføring", "Videreføring (2. år)"),
                 ("Oppstart", "1. januar 2020"), ("Stillinger", "2 x 50 %")])
        p.text("C. Budsjett 2020", bold=True)
        p.grid([["Budsjettpost", "Beløp"], ["Lønn, familiekoordinator 50 %", "kr 300.000,-"],
                ["Lønn, jobbveileder 50 %", "kr 300.000,-"], ["Prosjektspesifikk kompetanse", "kr 10.000,-"],
                ["Sum omsøkt", "kr 610.000,-"]], [60, 380], head=True, right=(1,))
        p.text("D. Prioritert område", bold=True)
        for area, on in zip(A_NB, (False, True, False)):
            p.option(area, on, style="dot")
        p.y -= 4
        p.text("E. Nettverk og evaluering", bold=True)
        p.grid([["Ønsker kontoret å delta i nettverk eller klyngesamarbeid?", "Ja"],
                ["Er kontoret interessert i ekstern prosessevaluering?", "Nei"]], [60, 420], rule=False)
        p.text("F. Godkjenning", bold=True)
        p.para("Søknaden er elektronisk godkjent i bydelens saksbehandlingssystem og har derfor ingen håndskrevne "
               "signaturer.")
        p.grid([["Rolle", "Navn", "Dato"], ["NAV-leder", "Kristin Aas", "27.01.2020"],
                ["Bydelsdirektør", "Morten Lie", "29.01.2020"]], [60, 220, 400], head=True)
    out.write_bytes(pdf_bytes(draw, ("LS", "LSB"), 10))
    return truth("mx07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Nordstrand", "Oslo", o),
                 contact=("Amina Rashid", "amina.rashid@nav.no", "93418270"),
                 project=("Familieløftet Nordstrand", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[BUI],
                 interest=(True, False),
                 sigs=[sig("nav_leader", "Kristin Aas", "NAV-leder", "2020-01-27", "electronic_approval"),
                       sig("municipality", "Morten Lie", "Bydelsdirektør", "2020-01-29", "electronic_approval")],
                 notes=["Oslo district: municipality Oslo, the leadership approval is the bydelsdirektør's",
                        "amounts as 'kr 300.000,-'; area chosen with a filled radio dot; approval in a Rolle/Navn/Dato table"])


# ---------------------------------------------------------------- mx08 pdf-text nb, numbered questions, start left blank
def mx08(out: Path):
    o = orgnr("95593308")
    qa = [("1. Hvilket NAV-kontor søker?", "NAV Inderøy"),
          ("2. Kommune og organisasjonsnummer", f"Inderøy kommune, org.nr. {spaced(o)}"),
          ("3. Hvem kan vi kontakte om søknaden?", "Siv Elin Hoseth, rådgiver – siv.elin.hoseth@nav.no – 951 22 076"),
          ("4. Prosjektets tittel", "Arbeidstrening i grønne næringer"),
          ("5. Er prosjektet nytt eller en videreføring?", "Nytt prosjekt"), ("6. Når er planlagt oppstart?", ""),
          ("7. Stillingsressurs (i prosent)", "100")]

    def draw(p):
        p.c.setFont("DVS", 9)
        p.c.drawRightString(535, p.y + 12, "NAV Inderøy · Straumen")
        p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret", bold=True, size=12, dy=18)
        p.text("Tilskuddsår 2020 · Søknadsfrist 1. februar 2020 · Sendes Fylkesmannen i Trøndelag", size=8.5, dy=22)
        for q, a in qa:
            p.text(q, bold=True, dy=14)
            p.text(a, x=80, dy=18)
        p.text("8. Budsjett", bold=True, dy=16)
        p.grid([["Lønn og sosiale kostnader", "590 000"], ["Prosjektspesifikk kompetanse", "10 000"],
                ["Totalt", "600 000"]], [80, 330], right=(1,))
        for q, a in [("9. Hvilke prioriterte områder retter prosjektet seg mot?", "Bruk av ordinært arbeidsliv"),
                     ("10. Ønsker NAV-kontoret å delta i nettverk/klyngesamarbeid?", "Ja"),
                     ("11. Ønsker NAV-kontoret ekstern prosessevaluering?", "Ja")]:
            p.text(q, bold=True, dy=14)
            p.text(a, x=80, dy=18)
        p.text("12. Kort beskrivelse", bold=True, dy=14)
        p.para("Deltakerne får arbeidstrening på gårdsbruk, i gartnerier og i matproduksjon i kommunen, med en fast "
               "veileder som følger dem fra første dag og fram mot fast ansettelse hos arbeidsgiveren.", x=80,
               width=450)
        p.y -= 6
        p.text("13. Godkjenning", bold=True, dy=14)
        p.text("Godkjent elektronisk:", x=80, dy=14)
        p.text("Lars Arne Nesset, NAV-leder – 29.01.2020", x=80, dy=14)
        p.text("Bente Giskås, kommunedirektør – 30.01.2020", x=80, dy=14)
    out.write_bytes(pdf_bytes(draw, ("DVS", "DVSB"), 10))
    return truth("mx08", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Inderøy", "Inderøy", o),
                 contact=("Siv Elin Hoseth", "siv.elin.hoseth@nav.no", "95122076"),
                 project=("Arbeidstrening i grønne næringer", "new", None), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000}, prio=[ORD], interest=(True, True),
                 sigs=[sig("nav_leader", "Lars Arne Nesset", "NAV-leder", "2020-01-29", "electronic_approval"),
                       sig("municipality", "Bente Giskås", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 expected=["START_DATE_MISSING"],
                 notes=["defect: question 6 (planned start) left unanswered; no start date anywhere"])
