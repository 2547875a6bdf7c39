"""Documents wd09..wd18 of corpus 81 (.odt, .doc, Word Online controls, LibreOffice PDFs, scan, PAdES, a Word
lock file, a status report): each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docs81 import A1, A2, A3, N2, N3, kv, sec, signs
from kit81 import P, R, S20, SDT, TBL, TC, TR, Word, fodt, odt_ink, orgnr, pades_pdf, scan_pdf, soffice, tz_dt, word_to_pdf
from truthlib import truth

X = {True: "☒", False: "☐"}


# ---------------------------------------------------------------- wd09 .odt nb, invalid org number
def wd09(out: Path):
    o = orgnr("97459211", valid=False)
    st = ('<style:style style:name="C1" style:family="table-column"><style:table-column-properties '
          'style:column-width="6.2cm"/></style:style><style:style style:name="C2" style:family="table-column">'
          '<style:table-column-properties style:column-width="10.6cm"/></style:style>')
    p = lambda s: f"<text:p>{s}</text:p>"  # noqa: E731
    pb = lambda s: f'<text:p><text:span text:style-name="B">{s}</text:span></text:p>'  # noqa: E731
    cell = lambda *xs: ('<table:table-cell table:style-name="Cell" office:value-type="string">' + "".join(xs)  # noqa: E731
                        + "</table:table-cell>")
    row = lambda a, *b: "<table:table-row>" + cell(p(a)) + cell(*[p(x) for x in b]) + "</table:table-row>"  # noqa: E731
    rows = [row("1.1 Søkende Nav-kontor", "Nav Notodden"), row("1.2 Kommune", "Notodden"),
            row("1.3 Organisasjonsnummer", f"{o[:3]} {o[3:6]} {o[6:]}"), row("1.4 Kontaktperson", "Kari Anne Lia"),
            row("1.5 E-post", "kari.anne.lia@nav.no"), row("1.6 Telefon", "993 41 272"),
            row("2.1 Prosjektnavn", "Arbeidslaget"), row("2.2 Søknadstype", "Videreføring (år 2 av 3)"),
            row("2.3 Prosjektstart", "01.01.2020"), row("2.4 Stillingsressurs", "1 årsverk"),
            row("2.5 Lønn inkl. sosiale kostnader", "kr 590 000,–"), row("2.6 Kompetanse", "kr 10 000,–"),
            row("2.7 Sum omsøkt", "kr 600 000,–"),
            row("3 Prioriterte områder", f"{X[True]} {A1}", f"{X[False]} {A2}", f"{X[False]} {A3}"),
            row("4.1 Ønsker å delta i nettverk/klyngesamarbeid", f"{X[False]} Ja   {X[True]} Nei"),
            row("4.2 Ønsker ekstern prosessevaluering", f"{X[False]} Ja   {X[True]} Nei")]
    sig = ("<table:table-row>" + cell(p("Notodden 23.01.2020"), p(odt_ink("wd09a")), p("Eva Bakken"),
                                      p("leder Nav Notodden"))
           + cell(p("Notodden 24.01.2020"), p(odt_ink("wd09b")), p("Kjetil Teigen"), p("kommunedirektør"))
           + "</table:table-row>")
    body = (pb("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020")
            + p("Sendes Statsforvalteren i Vestfold og Telemark innen 1. februar.")
            + '<table:table table:name="Skjema"><table:table-column table:style-name="C1"/>'
            + '<table:table-column table:style-name="C2"/>' + "".join(rows) + "</table:table>"
            + pb("5 Underskrift") + '<table:table table:name="Sign"><table:table-column table:style-name="C1"/>'
            + '<table:table-column table:style-name="C2"/>' + sig + "</table:table>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".fodt")
        src.write_text(fodt(body, "Liberation Sans", "10pt", st), encoding="utf-8")
        soffice(src, "odt", out)
    return truth("wd09", "odt", "docx-form", lang="nb", scheme=S20, office=("Nav Notodden", "Notodden", o),
                 contact=("Kari Anne Lia", "kari.anne.lia@nav.no", "99341272"),
                 project=("Arbeidslaget", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Eva Bakken", "Leder Nav Notodden", "2020-01-23", "handwritten"),
                       ("municipality", "Kjetil Teigen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: the org number's MOD11 check digit is wrong", "an .odt written in LibreOffice: "
                        "numbered 'Spørsmål/Svar' table, '1 årsverk', 'kr 590 000,–', ink in table cells"])


# ---------------------------------------------------------------- wd10 .doc nn, empty municipal block
def wd10(out: Path):
    o = orgnr("92088733")
    w = Word("Verdana", 9.5, "Søknadsskjema")
    w.add(P(R("Søknadsskjema: Tilskot til utvikling av sosiale tenester i Nav 2020", b=True, sz=13)), P())
    w.add(TBL([sec("Del A – Søkjar", fill="385723"), kv("Søkjar (Nav-kontor)", "Nav Sunnfjord"), kv("Kommune", "Sunnfjord"),
               kv("Org.nr.", o), kv("Kontaktperson", "Solveig Hjelmeland"),
               kv("Telefon / e-post", "906 11 385 / solveig.hjelmeland@nav.no"),
               sec("Del B – Prosjektet", fill="385723"), kv("Tittel", "Arbeid for alle i Sunnfjord"),
               kv("Nytt prosjekt / vidareføring", f"{X[True]} Nytt prosjekt   {X[False]} Vidareføring"),
               kv("Planlagd oppstart", "1. mars 2020"), kv("Stillingsressurs", "2 × 50 %"),
               kv("Løn og sosiale kostnader", "kr 610 000"), kv("Kompetanse", "kr 10 000"),
               kv("Samla søknadssum", "kr 620 000"),
               sec("Del C – Prioriterte område og interesse", fill="385723"),
               kv("Prioriterte område", f"{X[True]} {A1}", f"{X[True]} {N2}", f"{X[False]} {N3}"),
               kv("Interesse", f"{X[False]} Nettverk/klyngjesamarbeid", f"{X[True]} Ekstern prosessevaluering")],
              [3300, 6300]), P(), P(R("Del D – Underskrift", b=True)))
    w.add(signs(w, [["Nav-leiar", "Stad/dato: Førde, 22.01.2020", ("ink", "wd10a"), "_", "Namn: Arne Solheim"],
                    ["Kommunedirektør", "Stad/dato:", "", "_", "Namn:"]], grid=True))
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        w.save(d)
        soffice(d, "doc:MS Word 97", out)
    return truth("wd10", "doc", "docx-form", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Solveig Hjelmeland", "solveig.hjelmeland@nav.no", "90611385"),
                 project=("Arbeid for alle i Sunnfjord", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Arne Solheim", "Nav-leiar", "2020-01-22", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the kommunedirektør block has empty 'Stad/dato:' and 'Namn:' and no ink",
                        "Word 97 .doc (LibreOffice); '2 × 50 %' = 100 %; phone and e-mail in one cell"])


# ---------------------------------------------------------------- wd11 docx-controls nn, cell-level controls, year 3
def wd11(out: Path):
    o = orgnr("97459239")
    w = Word("Segoe UI", 10, "Søknad Nav Stord", author="Nav Stord")
    cell = lambda tag, v, **k: SDT(TC(P(v) if isinstance(v, str) else v, w=6000, **k), tag, "rich", level="cell")  # noqa: E731
    box = lambda c: SDT("", "kryss", "check", checked=c, font="Segoe UI Symbol")  # noqa: E731
    row = lambda lab, tag, v: TR(TC(P(lab, b=True), w=3600, shade="DEEAF6"), cell(tag, v))  # noqa: E731
    desc = SDT(P("Unge under 30 som har droppa ut av vidaregåande, får éin fast rettleiar frå første møte.")
               + P("Rettleiaren følgjer dei vidare til skule, lærlingplass eller arbeid."), "skildring", "rich",
               level="block")
    w.add(P(R("Søknad – tilskot til utvikling av sosiale tenester i Nav (2020)", b=True, sz=15)),
          P(R("Skjemaet er fylt ut i Word for nettet.", i=True, sz=8)))
    w.add(TBL([row("Nav-kontor", "kontor", "Nav Stord"), row("Kommune", "kommune", "Stord"),
               row("Organisasjonsnummer", "orgnr", o), row("Kontaktperson", "kontakt", "Nils Hauge"),
               row("E-post", "epost", "Nils.Hauge@nav.no"), row("Telefon", "tlf", "+47 53 49 65 00"),
               row("Namn på prosjektet", "tittel", "Tidleg inn"),
               TR(TC(P("Søknadstype", b=True), w=3600, shade="DEEAF6"), TC(P(SDT("Vidareføring – 3. år", "type", "drop", items=[
                   ("Vel eit element.", ""), ("Nytt prosjekt", "1"), ("Vidareføring – 2. år", "2"),
                   ("Vidareføring – 3. år", "3")])), w=6000)),
               TR(TC(P("Oppstart", b=True), w=3600, shade="DEEAF6"),
                  TC(P(SDT("1. september 2020", "start", "date", date="2020-09-01", fmt="d. MMMM yyyy")), w=6000)),
               TR(TC(P("Stillingsprosent", b=True), w=3600, shade="DEEAF6"), TC(P(SDT("50 %", "prosent", "combo", items=[
                   ("20 %", "20"), ("50 %", "50"), ("100 %", "100")])), w=6000)),
               row("Løn og sosiale kostnader", "lon", "305 000"), row("Kompetansemidlar", "komp", "10 000"),
               row("Totalt", "sum", "315 000"),
               TR(TC(P("Kort om prosjektet", b=True), w=3600, shade="DEEAF6"), TC(desc, w=6000))], [3600, 6000]), P())
    w.add(P(R("Prioriterte område", b=True)), P(box(False), " Bruk av ordinært arbeidsliv"), P(box(True), " " + N2),
          P(box(True), " " + N3), P(R("Interesse", b=True)), P(box(True), " Ja, vi vil vere med i nettverk/klyngjesamarbeid"),
          P(box(True), " Ja, vi vil vere med i ekstern prosessevaluering"), P())
    rows = [TR(TC(P("Nav-leiar", b=True), w=4800), TC(P("Kommunedirektør", b=True), w=4800)),
            TR(TC(P(w.ink("wd11a")), w=4800), TC(P(w.ink("wd11b")), w=4800)),
            TR(TC(P(SDT("Gro Eide Bjelland", "namn1")), w=4800), TC(P(SDT("Tor Inge Skeie", "namn2")), w=4800)),
            TR(TC(P("Dato: ", SDT("31. januar 2020", "d1", "date", date="2020-01-31", fmt="d. MMMM yyyy")), w=4800),
               TC(P("Dato: ", SDT("1. februar 2020", "d2", "date", date="2020-02-01", fmt="d. MMMM yyyy")), w=4800))]
    w.add(TBL(rows, [4800, 4800]))
    w.save(out)
    return truth("wd11", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Stord", "Stord", o),
                 contact=("Nils Hauge", "nils.hauge@nav.no", "53496500"),
                 project=("Tidleg inn", "continuation", "2020-09-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Gro Eide Bjelland", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Tor Inge Skeie", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: 50 % at exactly 305 000, third year of a continuation (allowed), municipal "
                        "signature on the deadline day", "cell-level rich-text controls (w:sdt around w:tc), a combo "
                        "box, long-format date pickers, Segoe UI Symbol check boxes, a block-level rich-text control"])


# ---------------------------------------------------------------- wd12 docx-form nb, over the 60 % cap
def wd12(out: Path):
    o = orgnr("97451717")
    w = Word("Calibri", 11, "Søknad NAV Alta")
    q = lambda n, s, *a: TR(TC(n, w=700), TC(s, w=4400), TC(*a, w=4500))  # noqa: E731
    yn = lambda s, y: TR(TC(s, w=7200), TC(P("X" if y else "", jc="center"), w=1200), TC(P("" if y else "X", jc="center"),  # noqa: E731
                                                                                    w=1200))
    w.add(P(R("NAV Alta – søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", b=True, sz=13)), P())
    w.add(TBL([TR(TC(P("Nr", b=True), w=700), TC(P("Spørsmål", b=True), w=4400), TC(P("Svar", b=True), w=4500)),
               q("1", "Hvilket Nav-kontor søker?", "NAV Alta"), q("2", "Kommune", "Alta"),
               q("3", "Organisasjonsnummer", o), q("4", "Kontaktperson for søknaden", "Linn Kristiansen"),
               q("5", "Kontaktpersonens e-post og telefon", "linn.kristiansen@nav.no", "911 23 604"),
               q("6", "Hva heter prosjektet?", "Jobb i nord"), q("7", "Er prosjektet nytt eller en videreføring?", "Nytt"),
               q("8", "Når starter prosjektet?", "15.03.2020"),
               q("9", "Hvor stor stillingsandel søkes det om?", "60 %"),
               q("10", "Hva skal prosjektet gjøre?", P("Prosjektet skal:"),
                 P("skaffe praksisplasser og jobber hos lokale arbeidsgivere", style="ListBullet"),
                 P("følge opp deltakerne på arbeidsplassen de første månedene", style="ListBullet"),
                 P("samarbeide med NHO og reiselivsbedrifter i Alta", style="ListBullet")),
               q("11", "Lønn og sosiale kostnader (kr)", "380 000"), q("12", "Kompetansemidler (kr)", "10 000"),
               q("13", "Sum det søkes om (kr)", "390 000")], [700, 4400, 4500]), P())
    w.add(TBL([TR(TC(P("Prioriterte områder og deltakelse", b=True), w=7200), TC(P("Ja", b=True, jc="center"), w=1200),
                  TC(P("Nei", b=True, jc="center"), w=1200)),
               yn(A1, True), yn(A2, False), yn(A3, False), yn("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", False),
               yn("Ønsker kontoret å delta i ekstern prosessevaluering?", True)], [7200, 1200, 1200]), P(), P())
    w.add(TBL([TR(TC(P("Alta, 22.01.2020"), P(), P(w.ink("wd12a", anchor=True), "_" * 30), P("Stein Ove Nilsen"),
                     P("Leder NAV Alta"), w=4800, nob=True),
                  TC(P("Alta, 23.01.2020"), P(), P(w.ink("wd12b", anchor=True), "_" * 30), P("Hege Mikkelsen"),
                     P("Rådmann"), w=4800, nob=True))], [4800, 4800], grid=False))
    w.save(out)
    return truth("wd12", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Linn Kristiansen", "linn.kristiansen@nav.no", "91123604"),
                 project=("Jobb i nord", "new", "2020-03-15"), pct=60,
                 amounts={"positions": 380000, "competence": 10000, "total": 390000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Stein Ove Nilsen", "Leder NAV Alta", "2020-01-22", "handwritten"),
                       ("municipality", "Hege Mikkelsen", "Rådmann", "2020-01-23", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 60 % gives a cap of 366 000; 380 000 is applied for",
                        "'Nr/Spørsmål/Svar' table, bullets in an answer cell, Ja/Nei columns with X, ink floating "
                        "(wp:anchor) over the signature line"])


# ---------------------------------------------------------------- wd13 pdf-from-office nb, long table over two pages
def wd13(out: Path):
    o = orgnr("97460553")
    w = Word("Liberation Sans", 10, "Søknad NAV Larvik")
    w.hf("header", P(R("NAV Larvik · Søknad om tilskudd til utvikling av sosiale tjenester 2020", sz=8, color="595959")))
    w.hf("footer", P(R("Larvik kommune · Side ", sz=8), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
                     jc="right"))
    lorem = {
        "Bakgrunn": "Larvik har mange unge voksne med sosialhjelp som hovedinntekt. Mange har avbrutt videregående "
                    "skole, og flere har gått lenge uten kontakt med arbeidslivet. Kontoret har erfart at vanlige "
                    "tiltak ikke når fram til denne gruppen, og at oppfølgingen blir oppstykket mellom mange "
                    "veiledere. I det første prosjektåret fikk 41 deltakere en fast veileder, og 17 av dem er nå i "
                    "arbeid eller utdanning.",
        "Mål og målgruppe": "Målet er at flere unge sosialhjelpsmottakere mellom 18 og 30 år kommer i ordinært "
                            "arbeid. Målgruppen er unge som har mottatt økonomisk sosialhjelp i mer enn seks måneder. "
                            "Vi vil også nå unge innvandrere som har avsluttet introduksjonsprogrammet uten å komme "
                            "i arbeid eller utdanning.",
        "Hva er nytt for kontoret?": "Veilederne arbeider ute hos arbeidsgiverne og har ansvar for både "
                                     "arbeidsrettet oppfølging og sosiale tjenester for sine deltakere. I år 2 vil "
                                     "vi utvikle et fast samarbeid med kommunens boligkontor og med "
                                     "oppfølgingstjenesten i fylkeskommunen, og prøve ut felles kartlegging.",
        "Aktiviteter i 2020": "Hver veileder følger opp inntil 20 deltakere. Veilederne kartlegger sammen med "
                              "deltakeren hva slags arbeid som er aktuelt, tar kontakt med arbeidsgivere, følger "
                              "deltakeren på de første arbeidsdagene og gir tett oppfølging i minst seks måneder. "
                              "Samtidig får deltakeren hjelp med økonomi, bolig og helse der det trengs.",
        "Kunnskap og evaluering": "Vi registrerer aktivitet og resultater for hver deltaker, og vi gjennomfører "
                                  "intervjuer med deltakere og arbeidsgivere to ganger i året. Erfaringene deles "
                                  "med de andre kontorene i fylket.",
        "Forankring": "Prosjektet er behandlet i kommunens ledermøte og er en del av kommunens plan for "
                      "levekår. Kommunedirektøren har godkjent søknaden. Tillitsvalgte er orientert."}
    rows = [TR(TC(P("Spørsmål", b=True), w=3000, shade="D9D9D9"), TC(P("Svar", b=True), w=6600, shade="D9D9D9"),
               header=True)]
    for a, b in (("Nav-kontor", "NAV Larvik"), ("Kommune", "Larvik"), ("Organisasjonsnummer", o),
                 ("Kontaktperson", "Anders Holm"), ("E-post", "anders.holm@nav.no"), ("Telefon", "952 60 114"),
                 ("Prosjektets navn", "Jobblos Larvik"), ("Nytt eller videreføring", "Videreføring – prosjektår 2"),
                 ("Oppstart prosjektår 2020", "01.01.2020"), ("Stillinger", "To 100 %-stillinger som veiledere")):
        rows.append(TR(TC(a, w=3000), TC(b, w=6600)))
    for a, b in lorem.items():
        rows.append(TR(TC(a, w=3000), TC(b, w=6600)))
    rows += [TR(TC("Prioriterte områder", w=3000), TC(f"{X[True]} {A1}", f"{X[True]} {A2}", f"{X[False]} {A3}", w=6600)),
             TR(TC("Nettverk/klyngesamarbeid", w=3000), TC("Ja", w=6600)),
             TR(TC("Ekstern prosessevaluering", w=3000), TC("Ja", w=6600))]
    w.add(P(R("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", b=True, sz=14)), TBL(rows, [3000, 6600]),
          P(), P(R("Budsjett 2020 (beløp i 1000 kr)", b=True)),
          TBL([TR(TC(P("Post", b=True), w=6600), TC(P("1000 kr", b=True, jc="right"), w=1800)),
               TR(TC("Lønn inkl. sosiale kostnader, 2 stillinger à 100 %", w=6600), TC(P("1 220", jc="right"), w=1800)),
               TR(TC("Kompetansetiltak (prosessveiledning)", w=6600), TC(P("10", jc="right"), w=1800)),
               TR(TC(P("Sum omsøkt", b=True), w=6600), TC(P(R("1 230", b=True), jc="right"), w=1800))], [6600, 1800]), P())
    w.add(signs(w, [["Larvik, 30.01.2020", ("ink", "wd13a"), "_", "Hanne Bjørnstad, leder NAV Larvik"],
                    ["Larvik, 31.01.2020", ("ink", "wd13b"), "_", "Ole Magnus Stensrud, kommunedirektør"]]))
    word_to_pdf(w, out)
    return truth("wd13", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Larvik", "Larvik", o),
                 contact=("Anders Holm", "anders.holm@nav.no", "95260114"),
                 project=("Jobblos Larvik", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Bjørnstad", "Leder NAV Larvik", "2020-01-30", "handwritten"),
                       ("municipality", "Ole Magnus Stensrud", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: budget 'i 1000 kr' (1 220 = 1 220 000, exactly the 200 % cap)",
                        "the question table runs over a page break with its header row repeated; page header/footer"])


# ---------------------------------------------------------------- wd14 pdf-from-office nn, frame and text box
def wd14(out: Path):
    o = orgnr("96440627")
    w = Word("Liberation Serif", 11, "Søknad Nav Herøy")
    frame = 'w:w="3800" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"'
    budget = w.textbox(P(R("Budsjett 2020", b=True)) + P("Løn og sosiale kostnader: 457 500 kr")
                       + P("Kompetanse: 10 000 kr") + P(R("Søknadssum: 467 500 kr", b=True)), 7.2, 4.4, 9.8, 0.2)
    w.add(P(R("Nav Herøy", b=True, sz=14)),
          P("Mottakar:", "\nStatsforvaltaren i Møre og Romsdal", "\nPostboks 2520", "\n6404 Molde", frame=frame),
          P("Fosnavåg, 24. januar 2020"), P(), P(),
          P(R("Søknad om tilskot – utvikling av sosiale tenester i Nav 2020", b=True, sz=13)),
          P("Søkjar: Nav Herøy (Herøy kommune i Møre og Romsdal)"), P(f"Organisasjonsnummer: {o}"),
          P("Kontaktperson: Kjersti Myklebust, telefon 41 62 77 19, e-post kjersti.myklebust@nav.no"),
          P("Prosjekt: «Arbeidsvegen» – nytt prosjekt, oppstart 1. september 2020"),
          P(budget, "Stillingsressurs: 75 % stilling som arbeidsretta rettleiar."),
          P("Prosjektet skal sikre overgangen frå vidaregåande skule til arbeid for unge som står i fare for å "
            "falle ut. Rettleiaren samarbeider med skulane, oppfølgingstenesta og lokale verksemder."),
          P("Prioritert område: sikring av sårbare overgangar."),
          P("Nettverk/klyngjesamarbeid: nei. Ekstern prosessevaluering: ja."), P(), P())
    w.add(signs(w, [["Fosnavåg, 24.01.2020", ("ink", "wd14a"), "_", "Oddbjørn Sævik", "Leiar Nav Herøy"],
                    ["Fosnavåg, 27.01.2020", ("ink", "wd14b"), "_", "Liv Rønstad", "Kommunedirektør"]]))
    word_to_pdf(w, out)
    return truth("wd14", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Herøy", "Herøy", o),
                 contact=("Kjersti Myklebust", "kjersti.myklebust@nav.no", "41627719"),
                 project=("Arbeidsvegen", "new", "2020-09-01"), pct=75,
                 amounts={"positions": 457500, "competence": 10000, "total": 467500},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Oddbjørn Sævik", "Leiar Nav Herøy", "2020-01-24", "handwritten"),
                       ("municipality", "Liv Rønstad", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: 75 % at exactly 457 500", "the budget sits in a floating text box beside the "
                        "position paragraph; the addressee is a framed paragraph (w:framePr) at the right margin"])


# ---------------------------------------------------------------- wd15 pdf-scanned nb, Word form printed and scanned
def wd15(out: Path):
    o = orgnr("97451364")
    w = Word("Calibri", 11, "Søknad NAV Bodø")
    w.add(P(R("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", b=True, sz=14)), P())
    w.add(TBL([sec("Søker", fill="595959"), kv("Nav-kontor", "NAV Bodø"), kv("Kommune", "Bodø"),
               kv("Organisasjonsnummer", o), kv("Kontaktperson", "Elin Johansen"), kv("E-post", "elin.johansen@nav.no"),
               kv("Telefon", "977 40 263"), sec("Prosjekt", fill="595959"), kv("Prosjektnavn", "Ungjobb Bodø"),
               kv("Nytt / videreføring", "Nytt prosjekt"), kv("Oppstartsdato", "01.05.2020"),
               kv("Stillingsprosent", "40 %"), kv("Lønn og sosiale kostnader", "244 000"), kv("Kompetanse", "4 000"),
               kv("Sum søkt", "248 000"), sec("Prioriterte områder", fill="595959"),
               kv("Kryss av", f"{X[False]} {A1}", f"{X[True]} {A2}", f"{X[False]} {A3}"),
               sec("Deltakelse", fill="595959"), kv("Nettverk/klyngesamarbeid", f"{X[True]} Ja   {X[False]} Nei"),
               kv("Ekstern prosessevaluering", f"{X[False]} Ja   {X[True]} Nei")], [3300, 6300]), P())
    w.add(signs(w, [["Bodø, 29.01.2020", ("ink", "wd15a"), "_", "Roar Pedersen", "Nav-leder"],
                    ["Bodø, 31.01.2020", ("ink", "wd15b"), "_", "Mona Fagerheim", "Kommunedirektør"]]))
    with tempfile.TemporaryDirectory() as td:
        pdf = Path(td) / "print.pdf"
        word_to_pdf(w, pdf)
        scan_pdf(pdf, out, seed=815, dpi=300, angle=-0.6)
    return truth("wd15", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Bodø", "Bodø", o),
                 contact=("Elin Johansen", "elin.johansen@nav.no", "97740263"),
                 project=("Ungjobb Bodø", "new", "2020-05-01"), pct=40,
                 amounts={"positions": 244000, "competence": 4000, "total": 248000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Roar Pedersen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Mona Fagerheim", "Kommunedirektør", "2020-01-31", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 40 % at exactly 244 000", "a Word table form printed and scanned: 300 dpi grey, "
                        "−0.6°, speckle, JPEG q72; ☒/☐ boxes"])


# ---------------------------------------------------------------- wd16 pdf-pades nb, second signature on the deadline day
def wd16(out: Path):
    o = orgnr("97454562")
    w = Word("Liberation Sans", 10.5, "Søknad Nav Ullensaker")
    w.add(P(R("Nav Ullensaker", b=True, sz=12)), P("Søknad om tilskudd til utvikling av sosiale tjenester i "
                                                     "Nav-kontoret, søknadsåret 2020", b=True), P())
    w.add(TBL([kv("Nav-kontor", "Nav Ullensaker"), kv("Kommune", "Ullensaker"), kv("Org.nr.", o),
               kv("Kontaktperson", "Sara Ahmadi"), kv("E-post", "sara.ahmadi@nav.no"), kv("Telefon", "464 12 980"),
               kv("Prosjekt", "Første jobb Ullensaker"), kv("Nytt/videreføring", "Nytt"), kv("Oppstart", "01.03.2020"),
               kv("Stillingsandel", "100 %"), kv("Lønn og sosiale kostnader", "kr 600 000"), kv("Kompetanse", "kr 10 000"),
               kv("Totalt", "kr 610 000"), kv("Prioriterte områder", f"{X[True]} {A1}", f"{X[True]} {A2}", f"{X[False]} {A3}"),
               kv("Nettverk/klyngesamarbeid", "Ja"), kv("Ekstern prosessevaluering", "Nei")], [3300, 6300]), P(),
          P("Søknaden signeres elektronisk av Nav-leder og kommunedirektør.", b=True), P())
    w.add(TBL([TR(TC("Nav-leder", "Heidi Gran", "Dato: se elektronisk signatur", w=4800),
                  TC("Kommunedirektør", "Kjell Arne Berntsen", "Dato: se elektronisk signatur", w=4800))], [4800, 4800]))
    with tempfile.TemporaryDirectory() as td:
        pdf = Path(td) / "unsigned.pdf"
        word_to_pdf(w, pdf)
        pades_pdf(pdf, out, [("Heidi Gran", "Nav Ullensaker", "Signatur1", None, tz_dt(2020, 1, 30, 14, 5)),
                             ("Kjell Arne Berntsen", "Ullensaker kommune", "Signatur2", None, tz_dt(2020, 2, 1, 9, 30))])
    return truth("wd16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Ullensaker", "Ullensaker", o),
                 contact=("Sara Ahmadi", "sara.ahmadi@nav.no", "46412980"),
                 project=("Første jobb Ullensaker", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Heidi Gran", "Nav-leder", "2020-01-30", "digital"),
                       ("municipality", "Kjell Arne Berntsen", "Kommunedirektør", "2020-02-01", "digital")],
                 notes=["near-miss: the kommunedirektør's PAdES signature is made on the deadline day (01.02.2020 "
                        "09:30 +01:00); invisible signature fields; names printed without dates"])


# ---------------------------------------------------------------- wd17 bad-input: Word's owner (lock) file
def wd17(out: Path):
    user = "Ingvild Namsos"
    data = bytes([len(user)]) + user.encode("cp1252")
    data = data.ljust(54, b" ") + len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    out.write_bytes(data.ljust(162, b"\x00"))
    return truth("wd17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["Word's 162-byte owner file (~$…docx) saved with the application's name"])


# ---------------------------------------------------------------- wd18 not-application nb, status report 2019
def wd18(out: Path):
    o = orgnr("97451232")
    w = Word("Calibri", 11, "Rapport 2019")
    w.add(P(R("Rapport for tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2019", b=True,
              sz=13)), P("Rapporten sendes Statsforvalteren i Rogaland innen 1. mars 2020."))
    w.add(TBL([kv("Tilskuddsmottaker", "NAV Karmøy"), kv("Org.nr.", o), kv("Kontaktperson", "Ragnhild Skare"),
               kv("E-post", "ragnhild.skare@nav.no"), kv("Prosjekt", "Karmøy i arbeid"),
               kv("Tildelt tilskudd 2019", "610 000 kr"), kv("Stillingsandel finansiert", "100 %"),
               kv("Forbruk per 31.12.2019", "587 340 kr"), kv("Ubrukte midler", "22 660 kr")], [3300, 6300]),
          P(), P(R("Resultater i 2019", b=True)),
          P("34 deltakere fikk fast veileder", style="ListBullet"),
          P("12 deltakere gikk over i ordinært arbeid, 5 i utdanning", style="ListBullet"),
          P("fast samarbeidsavtale med tre større arbeidsgivere på Karmøy", style="ListBullet"),
          P("Kontoret vil søke om videreføring for 2020 i egen søknad."), P())
    w.add(signs(w, [["Kopervik, 20.01.2020", ("ink", "wd18a"), "_", "Geir Stople", "Nav-leder"]], widths=(4800,)))
    w.save(out)
    return truth("wd18", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["the office's report on its 2019 grant (spending, results), a form with "
                                            "office, org number, project, 610 000 and 100 %; signed by the Nav leader"])
