"""reportlab documents of the seventeenth corpus (pdf-text, pdf-pades, pdf-scanned, not-application, bad-input)."""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit17 import (Ink, PageBreak, Paragraph, Spacer, build_pdf, grid, mm, org, pades_sign, scan,  # noqa: E402
                   style)

S = "nav-sosiale-tjenester-2020"
H1 = style("Sans-B", 14, spaceAfter=6)
H2 = style("Sans-B", 11, spaceBefore=8, spaceAfter=4)
B = style("Sans", 9.5, spaceAfter=4)
SM = style("Sans", 8)


def P(t, s=B):
    return Paragraph(t, s)


def sig_side_by_side(left, right, seeds, place_dates):
    """left/right: (caption, name, title); ink above the line, Sted/dato row."""
    rows = [[P(f"<b>{left[0]}</b>"), P(f"<b>{right[0]}</b>")],
            [P(f"Sted/dato: {place_dates[0]}"), P(f"Sted/dato: {place_dates[1]}")],
            [Ink(seeds[0]) if seeds[0] is not None else Spacer(1, 14 * mm),
             Ink(seeds[1]) if seeds[1] is not None else Spacer(1, 14 * mm)],
            [P("_______________________________"), P("_______________________________")],
            [P(f"{left[1]}<br/>{left[2]}" if left[1] else "Navn:<br/>Tittel:"),
             P(f"{right[1]}<br/>{right[2]}" if right[1] else "Navn:<br/>Tittel:")]]
    return grid(rows, [80 * mm, 80 * mm], box=False, pad=1)


# ---------------------------------------------------------------------------------------------- s01
def s01(out: Path):
    o = org("97451283")
    st = []
    st += [P("Ringsaker kommune", SM), P("Helse og velferd – kommunalsjef", SM), Spacer(1, 8 * mm),
           P("Statsforvalteren i Innlandet<br/>Postboks 987<br/>2604 Lillehammer"), Spacer(1, 6 * mm),
           P("Vår ref. 2019/4411-3 &nbsp;&nbsp; Dato: 30.01.2020", SM), Spacer(1, 4 * mm),
           P("<b>Oversendelse – søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020</b>"),
           P("Vedlagt følger søknaden fra Nav Ringsaker. Kommunestyret behandlet sak 88/19 den 12.12.2019 og "
             "satte av kr 250 000 i egenandel til prosjektarbeid i helse og velferd for 2020–2022. "
             "Kommunen har tidligere fått tilskudd til «Boligsosialt løft» (2016–2018, kr 1,2 mill.). "
             "Spørsmål om oversendelsen kan rettes til rådgiver Line Haug, tlf. 62 33 50 10."),
           P("Vedlegg: 1 Søknadsskjema, 2 Budsjett (utskrift fra regneark), 3 Prosjektplan"),
           Spacer(1, 6 * mm), P("Med hilsen"), P("Tone Brenna<br/>kommunalsjef helse og velferd"),
           P("<i>Brevet er godkjent elektronisk og har ingen signatur.</i>", SM), PageBreak()]
    st += [P("Søknadsskjema – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", H1),
           P("Kap. 0621 post 63. Søknadsfrist 1. februar 2020. Sendes Statsforvalteren.", SM)]
    L = lambda a, b: [P(a, style("Sans-B", 8.5)), P(b)]  # noqa: E731
    st += [P("1  Søker", H2), grid([L("1.1  Søkerkontor", "NAV Ringsaker"), L("1.2  Kommune", "Ringsaker"),
                                    L("1.3  Org.nr.", f"{o[:3]} {o[3:6]} {o[6:]}"),
                                    L("1.4  Kontaktperson", "Marte Skjelbred, veileder"),
                                    L("1.5  E-postadresse", "marte.skjelbred@nav.no"),
                                    L("1.6  Telefon (mobil)", "476 12 290")], [55 * mm, 115 * mm])]
    st += [P("2  Prosjektet", H2), grid([L("2.1  Prosjektnavn", "Jobbspor Ringsaker"),
                                        L("2.2  Ny søknad eller videreføring", "Ny søknad"),
                                        L("2.3  Ønsket oppstart", "01.04.2020"),
                                        L("2.4  Stillinger", "Jobbspesialist, 100 % stilling")], [55 * mm, 115 * mm])]
    st += [P("3  Prioriterte områder (kryss av)", H2),
           grid([["Område", "Valgt"], ["Bruk av ordinært arbeidsliv", "✓"],
                 ["Oppfølging av barnefamilier, ungdom og innvandrere", ""],
                 ["Sikring av sårbare overganger", "✓"]], [140 * mm, 30 * mm], head=True)]
    st += [P("4  Omsøkt beløp", H2),
           grid([["Post", "Beløp (kr)"], ["Lønn og sosiale kostnader, jobbspesialist 100 %", "600 000"],
                 ["Kompetansemidler (prosjektspesifikk kompetanse)", "10 000"],
                 ["Sum omsøkt", "610 000"]], [140 * mm, 30 * mm], head=True)]
    st += [P("5  Samarbeid", H2),
           grid([["Interessert i nettverk/klyngesamarbeid?", "Ja ✓   Nei"],
                 ["Interessert i ekstern prosessevaluering?", "Ja   Nei ✓"]], [120 * mm, 50 * mm]),
           P("6  Underskrift", H2),
           sig_side_by_side(("Leder Nav-kontor", "Hilde Kvisler", "Nav-leder"),
                            ("Kommunens ledelse", "Kari Nyhus", "Kommunedirektør"), (1701, 1702),
                            ("Brumunddal, 28.01.2020", "Brumunddal, 29.01.2020")), PageBreak()]
    st += [P("Vedlegg 2 – Budsjett (utskrift fra regneark)", H1),
           grid([["", "A", "B", "C", "D"], ["1", "Post", "2020", "2021", "2022"],
                 ["2", "Jobbspesialist 100 %", "600 000", "615 000", "630 000"],
                 ["3", "Kompetanse", "10 000", "10 000", "5 000"],
                 ["4", "Egenandel kommunen (20 %)", "150 000", "150 000", "150 000"],
                 ["5", "Sum prosjektkostnad", "760 000", "775 000", "785 000"]],
                [10 * mm, 70 * mm, 30 * mm, 30 * mm, 30 * mm], font="Cond", head=True),
           P("Ark: Budsjett 2020–2022 &nbsp; Skrevet ut 27.01.2020 14:02", SM), PageBreak(),
           P("Vedlegg 3 – Prosjektplan", H1),
           P("Prosjektgruppe: Line Haug (rådgiver, kommunen), Per Arne Dahl (avdelingsleder, Nav Ringsaker), "
             "Sigrun Moe (tillitsvalgt). Styringsgruppe ledes av kommunalsjef Tone Brenna."),
           P("Milepæler: M1 rekruttering innen 15.03.2020; M2 30 deltakere i løpet av 2020; M3 midtveisevaluering "
             "01.09.2021. Målet er at 40 % av deltakerne er i ordinært arbeid etter 12 måneder. "
             "Samlet prosjektkostnad for tre år er anslått til 2 320 000 kroner.")]
    build_pdf(out, st, footer="Nav Ringsaker – søknad 2020 – side {page}")
    return truth("s01", "pdf", "pdf-text", lang="nb", scheme=S,
                 office=("Nav Ringsaker", "Ringsaker", o),
                 contact=("Marte Skjelbred", "marte.skjelbred@nav.no", "47612290"),
                 project=("Jobbspor Ringsaker", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Kvisler", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Kari Nyhus", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["package: municipal cover letter (other person, other amounts), form, budget printout "
                        "2020-2022 with own funding, project plan; own funding 150 000 only in the attachment"])


# ---------------------------------------------------------------------------------------------- s02
NN_PROSE = [
    ("1. Bakgrunn",
     "Kvinnherad kommune har om lag 13 100 innbyggjarar. I 2018 tok 412 hushald imot økonomisk sosialhjelp, og "
     "delen unge under 25 år auka med 14 prosent frå 2017. Ein kartlegging frå 2019 viste at 38 % av familiane "
     "med langvarig sosialhjelp hadde born under skulealder. Kommunestyret vedtok i sak 45/18 ein handlingsplan mot "
     "barnefattigdom med ramme på 2,1 millionar kroner over fire år."),
    ("2. Erfaringar frå første prosjektår",
     "Prosjektet fekk i 2019 tildelt 540 000 kroner til ei 90 % stilling (brev frå Fylkesmannen i Vestland "
     "datert 28.05.2019). Stillinga vart tilsett 1. september 2019. Per 31.12.2019 har 27 familiar fått "
     "oppfølging, og 9 vaksne har kome i arbeid eller utdanning. Eigeninnsatsen frå kommunen var 180 000 kroner."),
    ("3. Mål for 2020",
     "Hovudmålet er at familiar med låg inntekt får heilskapleg oppfølging. Delmål: 60 familiar i oppfølging, "
     "25 vaksne i arbeid, og at ingen born i målgruppa står utan fritidstilbod. Vi vil auke innsatsen frå ei "
     "90 % stilling til to stillingar på 80 % kvar, slik at både familiekoordinator og jobbspesialist er på plass."),
    ("4. Målgruppe og metode",
     "Målgruppa er barnefamiliar og unge vaksne med innvandrarbakgrunn. Metoden byggjer på familiekoordinering "
     "og tett samarbeid med skule, helsestasjon og flyktningtenesta. Vi utviklar eigne verktøy saman med "
     "brukarane, og prosjektet er ikkje innføring av ein ferdig metode."),
    ("5. Organisering",
     "Prosjekteigar er Nav Kvinnherad. Styringsgruppa har med kommunalsjef for oppvekst Hege Rabben, "
     "einingsleiar Tor Inge Sæbø (flyktningtenesta) og brukarrepresentant. Prosjektleiar er Lars Økland."),
    ("6. Evaluering og vidare drift",
     "Prosjektet vert evaluert internt kvart halvår. Ved prosjektslutt 31.12.2021 skal erfaringane leggjast inn i "
     "ordinær drift. Kommunen har sett av 200 000 kroner i 2022 til vidareføring."),
]


def s02(out: Path):
    o = org("93812377")
    st = [P("Nav Kvinnherad", SM), P("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", H1),
          P("Prosjekt: «Familieløft Kvinnherad» – vidareføring, år 2 av 3", style("Sans-B", 11)),
          P("Til Fylkesmannen i Vestland. Søknadsfrist 1. februar 2020.", SM), Spacer(1, 6 * mm)]
    for i, (h, t) in enumerate(NN_PROSE):
        st += [P(h, H2)] + [P(t)] * 3
        if i in (1, 3):
            st.append(PageBreak())
    st += [PageBreak(), P("Tabell 1. Resultat 2019 (første prosjektår)", H2),
           grid([["Indikator", "Mål 2019", "Resultat 2019"], ["Familiar i oppfølging", "30", "27"],
                 ["Vaksne i arbeid/utdanning", "10", "9"], ["Tildelt tilskot", "540 000", "540 000"],
                 ["Stillingsprosent", "90 %", "90 %"]], [80 * mm, 40 * mm, 40 * mm], head=True), PageBreak()]
    L = lambda a, b: [P(a, style("Sans-B", 8.5)), P(b)]  # noqa: E731
    st += [P("Søknadsskjema – samandrag", H1),
           grid([L("Søkjar (Nav-kontor)", "NAV Kvinnherad"), L("Kommune", "Kvinnherad"),
                 L("Organisasjonsnummer", o), L("Kontaktperson", "Lars Økland, prosjektleiar"),
                 L("E-post", "lars.okland@nav.no"), L("Telefon", "53 48 31 00"),
                 L("Namn på prosjektet", "Familieløft Kvinnherad"),
                 L("Type søknad", "Vidareføring (år 2 av 3)"), L("Oppstart for perioden", "01.01.2020"),
                 L("Stillingar det vert søkt om", "To stillingar à 80 % (familiekoordinator og jobbspesialist)"),
                 L("Prioritert område", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                 L("Ønskjer nettverk/klyngesamarbeid", "Ja"), L("Ønskjer ekstern prosessevaluering", "Nei")],
                [60 * mm, 110 * mm]),
           P("Budsjett 2020", H2),
           grid([["Post", "Søkt tilskot 2020", "Tildelt 2019"],
                 ["Familiekoordinator 80 %", "480 000", "540 000"], ["Jobbspesialist 80 %", "480 000", "–"],
                 ["Kompetansemidlar", "10 000", "–"], ["Sum", "970 000", "540 000"]],
                [80 * mm, 45 * mm, 45 * mm], head=True), PageBreak(),
           P("Underskrifter", H2)]
    for cap, seed, name, title, date in [("For Nav-kontoret", 2201, "Arne Tveit", "Konstituert Nav-leiar",
                                          "Husnes, 24.01.2020"),
                                         ("For kommunen", 2202, "Solveig Eide", "Kommunedirektør",
                                          "Husnes, 27.01.2020")]:
        st += [P(f"<b>{cap}</b>"), P(f"Stad og dato: {date}"), Ink(seed), P("______________________________"),
               P(f"{title} {name}"), Spacer(1, 8 * mm)]
    build_pdf(out, st, font="Serif", footer="Familieløft Kvinnherad · side {page}")
    return truth("s02", "pdf", "pdf-text", lang="nn", scheme=S, office=("Nav Kvinnherad", "Kvinnherad", o),
                 contact=("Lars Økland", "lars.okland@nav.no", "53483100"),
                 project=("Familieløft Kvinnherad", "continuation", "2020-01-01"), pct=160,
                 amounts={"positions": 960000, "competence": 10000, "other": None, "total": 970000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Arne Tveit", "Konstituert Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Solveig Eide", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["8 pages; prose first with last year's 540 000 / 90 %, other %, kroner; form summary on p.7;"
                        " budget table with a 'Tildelt 2019' column; title before name under the ink"])


# ---------------------------------------------------------------------------------------------- s03
def _gjovik_app(title, contact, pct_text, rows, total, prio_ticks, inter, seeds):
    o = org("97712345")
    L = lambda a, b: [P(a, style("Sans-B", 8.5)), P(b)]  # noqa: E731
    st = [P("SØKNAD – Tilskudd til utvikling av sosiale tjenester i NAV 2020", H1),
          grid([L("Nav-kontor", "NAV Gjøvik"), L("Kommune", "Gjøvik"), L("Organisasjonsnummer", o),
                L("Kontaktperson", contact[0]), L("E-post / telefon", f"{contact[1]} / {contact[2]}"),
                L("Prosjektets tittel", title), L("Søknadstype", "Nytt prosjekt"),
                L("Oppstart", "1. mars 2020"), L("Stillingsandel", pct_text)], [55 * mm, 115 * mm]),
          P("Budsjett", H2), grid([["Kostnad", "Kr"]] + rows + [["Totalt omsøkt", total]], [130 * mm, 40 * mm],
                                   head=True),
          P("Prioritert område", H2),
          grid([[t, "X" if on else ""] for t, on in
                zip(["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
                     "Sikring av sårbare overganger"], prio_ticks)], [140 * mm, 30 * mm]),
          P(f"Nettverk/klyngesamarbeid: {inter[0]} &nbsp;&nbsp; Ekstern prosessevaluering: {inter[1]}"),
          P("Signaturer", H2),
          sig_side_by_side(("Nav-leder", "Jon Erik Bakken", "Nav-leder"),
                           ("Kommunedirektør", "Anita Sørum", "Kommunedirektør"), seeds,
                           ("Gjøvik, 27.01.2020", "Gjøvik, 27.01.2020"))]
    return st, o


def s03(out: Path):
    st = [P("NAV Gjøvik", SM), Spacer(1, 6 * mm), P("Statsforvalteren i Innlandet"), Spacer(1, 6 * mm),
          P("<b>Følgebrev – to søknader om tilskudd 2020 fra Nav Gjøvik</b>"),
          P("Nav Gjøvik søker i år om tilskudd til to prosjekter. Søknadene ligger etter hverandre i denne filen: "
            "(1) «Ungdomslos Gjøvik» og (2) «Bolig først Gjøvik». Vi ber om at de vurderes hver for seg. "
            "Samlet søker kontoret om 925 000 kroner for 2020."),
          P("Med vennlig hilsen<br/>Jon Erik Bakken<br/>Nav-leder"), PageBreak()]
    a, o = _gjovik_app("Ungdomslos Gjøvik", ("Ingrid Moen", "ingrid.moen@nav.no", "611 89 000"), "100 %",
                       [["Ungdomslos, 100 % stilling", "610 000"]], "610 000", (False, True, False), ("Ja", "Ja"),
                       (3301, 3302))
    b, _ = _gjovik_app("Bolig først Gjøvik", ("Petter Hval", "petter.hval@nav.no", "611 89 050"), "50 %",
                       [["Boligkonsulent, 50 % stilling", "305 000"], ["Kompetanse", "10 000"]], "315 000",
                       (False, False, True), ("Nei", "Ja"), (3303, 3304))
    st += [P("Søknad 1 av 2", SM)] + a + [PageBreak(), P("Søknad 2 av 2", SM)] + b
    build_pdf(out, st, font="Lib")
    return truth("s03", "pdf", "pdf-text", lang="nb", scheme=S, office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Ingrid Moen", "ingrid.moen@nav.no", "61189000"),
                 project=("Ungdomslos Gjøvik", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Jon Erik Bakken", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Anita Sørum", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["TWO applications in one file; truth is the first (see README Open cases); the second "
                        "(Bolig først, 50 %, 305 000 + 10 000) must not be mixed into the first"])


# ---------------------------------------------------------------------------------------------- s10 / s11
def _sandefjord(final_note):
    o = org("96612387")
    L = lambda a, b: [P(a, style("Cond-B", 9)), P(b, style("Cond", 9.5))]  # noqa: E731
    st = [P("Nav Sandefjord", SM), Spacer(1, 5 * mm), P("Statsforvalteren i Vestfold og Telemark"),
          Spacer(1, 5 * mm), P("Sandefjord, 27. januar 2020", SM),
          P("<b>Følgebrev til søknad om tilskudd 2020</b>"),
          P("Vi oversender søknad om tilskudd til prosjektet «Inn på arbeidsmarkedet». Formannskapet behandlet "
            "saken 14.01.2020 (sak 3/20), se utdrag bakerst. Kontoret fikk i 2018 kr 1 030 000 til et annet "
            "prosjekt («Oppfølging 18–24») som nå er avsluttet."),
          P("Søknaden er signert digitalt av Nav-leder og godkjent elektronisk av kommunedirektøren."),
          P("Hilsen Nav Sandefjord"), PageBreak(),
          P("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", H1),
          grid([L("Nav-kontor", "Nav Sandefjord"), L("Kommune", "Sandefjord"), L("Org.nummer", o),
                L("Kontaktperson", "Yasmin Ali"), L("E-post", "Yasmin.Ali@nav.no"), L("Mobil", "+47 938 44 120"),
                L("Prosjekt", "Inn på arbeidsmarkedet"), L("Nytt / videreføring", "Nytt"),
                L("Prosjektstart", "1. mai 2020"), L("Stilling(er)", "1,5 årsverk: to stillinger à 75 %")],
               [50 * mm, 120 * mm]),
          P("Budsjett", H2),
          grid([["Kostnadsart", "Søkt"], ["Lønn inkl. sosiale kostnader, 2 × 75 %", "900 000"],
                ["Kompetanse (evaluering)", "10 000"], ["Sum søknadsbeløp", "910 000"]], [120 * mm, 50 * mm],
               head=True),
          P("Prioriterte områder: ☒ Bruk av ordinært arbeidsliv &nbsp; ☐ Oppfølging av barnefamilier, ungdom og "
            "innvandrere &nbsp; ☒ Sikring av sårbare overganger"),
          P("Nettverk: ☒ Ja ☐ Nei &nbsp;&nbsp; Ekstern prosessevaluering: ☒ Ja ☐ Nei"),
          P("Godkjenning", H2),
          P("Nav-leder Bente Grønli – signert digitalt (PAdES), se signaturpanelet. 26.01.2020"),
          P("Dokumentet er elektronisk godkjent av kommunedirektør Bjørn Ole Gleditsch 27.01.2020 og har derfor "
            "ingen håndskreven signatur."), PageBreak(),
          P("Utdrag av møtebok – Formannskapet 14.01.2020, sak 3/20", H1),
          P("Formannskapet slutter seg til at Nav Sandefjord søker tilskudd. Kommunens egenandel settes til 20 % av "
            "prosjektkostnaden, inntil kr 230 000. Kommunalsjef Randi Kleven er kontaktperson for saken, "
            "tlf. 33 41 60 00. Vedtaket var enstemmig."), P(final_note)]
    return st, o


def s10(out: Path):
    st, o = _sandefjord("Rett utskrift: Kari Lund, sekretær.")
    with tempfile.TemporaryDirectory() as td:
        plain = Path(td) / "p.pdf"
        build_pdf(plain, st, font="Cond")
        pades_sign(plain, out, "Bente Grønli", "Nav Sandefjord",
                   datetime(2020, 1, 26, 9, 30, tzinfo=timezone.utc))
    return truth("s10", "pdf", "pdf-pades", lang="nb", scheme=S, office=("Nav Sandefjord", "Sandefjord", o),
                 contact=("Yasmin Ali", "yasmin.ali@nav.no", "93844120"),
                 project=("Inn på arbeidsmarkedet", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Grønli", "Nav-leder", "2020-01-26", "digital"),
                       ("municipality", "Bjørn Ole Gleditsch", "Kommunedirektør", "2020-01-27",
                        "electronic_approval")],
                 notes=["cover letter with 2018's 1 030 000; formannskap excerpt (20 %, 230 000, other name/phone);"
                        " invisible PAdES of the Nav leader + e-approval of the kommunedirektør"])


def s11(out: Path):
    o = org("99654321")
    L = lambda a, b: [P(a, style("Sans-B", 8.5)), P(b)]  # noqa: E731
    st = [P("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", H1),
          P("Statsforvaltaren i Vestland – frist 1. februar 2020", SM),
          grid([L("Nav-kontor", "Nav Sunnfjord"), L("Kommune", "Sunnfjord"), L("Org.nr.", o),
                L("Kontaktperson", "Håkon Vik"), L("E-post", "hakon.vik@nav.no"), L("Telefon", "57 72 30 00"),
                L("Prosjektnamn", "Ut i arbeid Sunnfjord"), L("Ny / vidareføring", "Ny"),
                L("Oppstart", "01.06.2020"), L("Stilling", "Ei stilling (100 %)")], [50 * mm, 120 * mm]),
          P("Budsjett", H2),
          grid([["Post", "Kroner"], ["Løn og sosiale kostnader", "580 000"], ["Kompetanse", "10 000"],
                ["Sum", "590 000"]], [120 * mm, 50 * mm], head=True),
          P("Prioriterte område: ■ Bruk av ordinært arbeidsliv &nbsp; □ Oppfølging av barnefamiliar, ungdom og "
            "innvandrarar &nbsp; □ Sikring av sårbare overgangar"),
          P("Nettverk: Ja &nbsp;&nbsp; Ekstern prosessevaluering: Nei"),
          P("Signert digitalt av Nav-leiar Gunnhild Støfring (23.01.2020) og kommunedirektør Tore Eriksen "
            "(24.01.2020). Sjå signaturpanelet."), PageBreak(),
          P("Vedlegg: Rapport frå 2019 (anna prosjekt)", H1),
          P("Nav Sunnfjord hadde i 2019 prosjektet «Ungdomsteam» med 450 000 kroner i tilskot til ei 75 % stilling. "
            "Kontaktperson var Åse Hjelmeland (ase.hjelmeland@sunnfjord.kommune.no). Prosjektet er avslutta.")]
    with tempfile.TemporaryDirectory() as td:
        plain, one = Path(td) / "p.pdf", Path(td) / "1.pdf"
        build_pdf(plain, st, compress=0)
        pades_sign(plain, one, "Gunnhild Støfring", "Nav Sunnfjord", datetime(2020, 1, 23, 12, tzinfo=timezone.utc),
                   field="NavLeiar")
        pades_sign(one, out, "Tore Eriksen", "Sunnfjord kommune", datetime(2020, 1, 24, 12, tzinfo=timezone.utc),
                   field="Kommunedirektor")
    data = out.read_bytes()
    i = data.index(b"avslutta")           # the attachment page's last word, inside the signed range
    out.write_bytes(data[:i] + b"avsluttX" + data[i + 8:])
    return truth("s11", "pdf", "pdf-pades", lang="nn", scheme=S, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Håkon Vik", "hakon.vik@nav.no", "57723000"),
                 project=("Ut i arbeid Sunnfjord", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnhild Støfring", "Nav-leiar", "2020-01-23", "digital"),
                       ("municipality", "Tore Eriksen", "Kommunedirektør", "2020-01-24", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["two PAdES revisions; afterwards one byte of the attachment text (uncompressed stream) "
                        "is changed inside both signed ranges"])


# ---------------------------------------------------------------------------------------------- s12
def s12(out: Path):
    o = org("92345678")
    L = lambda a, b: [P(a, style("Sans-B", 10)), P(b, style("Sans", 11))]  # noqa: E731
    big = style("Sans", 11, spaceAfter=5)
    st = [P("Fra: Randi Holm &lt;randi.holm@nav.no&gt;<br/>Sendt: 29. januar 2020 15:12<br/>"
            "Til: postmottak Statsforvalteren i Trøndelag<br/>Emne: Søknad Nav Steinkjer 2020", big),
          P("Hei! Vedlagt er signert søknad (skannet). Originalen er sendt i posten. Kommunens økonomisjef "
            "Geir Aune har bekreftet egenandel på 25 % i brev av 20.12.2019.", big),
          P("Hilsen Randi Holm, Nav-leder", big), PageBreak(),
          P("Søknad om tilskudd – sosiale tjenester i Nav 2020", style("Sans-B", 15, spaceAfter=8)),
          grid([L("Søker", "NAV Steinkjer"), L("Kommune", "Steinkjer"), L("Organisasjonsnr.", o),
                L("Kontakt", "Ole Martin Bye"), L("E-post", "ole.martin.bye@nav.no"), L("Tlf.", "74 16 90 00"),
                L("Prosjektnavn", "Nye spor Steinkjer"), L("Ny/videreført", "Ny"),
                L("Start", "01.05.2020"), L("Stillingsprosent", "80 %")], [55 * mm, 115 * mm], font="Sans",
               size=11),
          P("Søkt beløp: lønn kr 488 000, kompetanse kr 8 000, totalt kr 496 000.", big),
          P("Prioritert område: Sikring av sårbare overganger [X]", big),
          P("Nettverk: Ja [X] Nei [ ] &nbsp; Prosessevaluering: Ja [ ] Nei [X]", big),
          sig_side_by_side(("Nav-leder", "Randi Holm", "Nav-leder"),
                           ("Kommunedirektør", "Morten Strand", "Kommunedirektør"), (1201, 1202),
                           ("Steinkjer 28.01.2020", "Steinkjer 28.01.2020")), PageBreak(),
          P("Vedlegg – budsjett for hele prosjektperioden", style("Sans-B", 13)),
          grid([["År", "Søkt tilskudd", "Egenandel 25 %", "Sum"], ["2020", "496 000", "165 000", "661 000"],
                ["2021", "510 000", "170 000", "680 000"], ["2022", "520 000", "173 000", "693 000"]],
               [30 * mm, 45 * mm, 45 * mm, 45 * mm], size=11, head=True)]
    with tempfile.TemporaryDirectory() as td:
        plain = Path(td) / "p.pdf"
        build_pdf(plain, st)
        scan(plain, out, seed=12, dpi=150, angle=1.6, contrast=0.55, jpeg=35)
    return truth("s12", "pdf", "pdf-scanned", lang="nb", scheme=S, office=("Nav Steinkjer", "Steinkjer", o),
                 contact=("Ole Martin Bye", "ole.martin.bye@nav.no", "74169000"),
                 project=("Nye spor Steinkjer", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 488000, "competence": 8000, "other": None, "total": 496000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Holm", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Morten Strand", "Kommunedirektør", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["3 scanned pages: e-mail printout, form, multi-year budget; 150 dpi, shadow, JPEG q35;"
                        " 80 % at exactly 488 000"])


# ---------------------------------------------------------------------------------------------- s13
def s13(out: Path):
    st = [P("Fra: Nav Tynset &lt;post.tynset@nav.no&gt;<br/>Til: Statsforvalteren i Innlandet<br/>"
            "Emne: Rapport tilskudd 2019 – Nav Tynset"),
          P("Vedlagt følger rapport for bruk av tilskuddet vi fikk i 2019. Søknad for 2020 sendes separat."),
          PageBreak(),
          P("Rapport for bruk av tilskudd til utvikling av sosiale tjenester i Nav – tilskuddsåret 2019", H1),
          grid([["Nav-kontor", "NAV Tynset"], ["Org.nr.", org("98812345")],
                ["Prosjekt", "Aktiv hverdag Tynset"], ["Tildelt 2019", "kr 610 000"],
                ["Brukt per 31.12.2019", "kr 587 400"], ["Stilling", "100 % prosjektmedarbeider"],
                ["Kontaktperson", "Gunn Tollefsen, gunn.tollefsen@nav.no, 62 48 00 00"]], [55 * mm, 115 * mm]),
          P("Måloppnåelse", H2),
          P("41 deltakere har fått oppfølging, 17 er i arbeid. Ubrukte midler (kr 22 600) tilbakebetales."),
          P("Underskrift", H2),
          sig_side_by_side(("Nav-leder", "Kjell Ove Nyhus", "Nav-leder"),
                           ("Rådmann", "Ellen Søberg", "Rådmann"), (1301, 1302),
                           ("Tynset 20.01.2020", "Tynset 21.01.2020"))]
    build_pdf(out, st)
    return truth("s13", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["e-mail + report on last year's grant, laid out like a form, signed"])


# ---------------------------------------------------------------------------------------------- s14
def s14(out: Path):
    from pypdf import PdfReader, PdfWriter
    st = [P("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", H1),
          P("Nav Ullensaker – prosjekt «Arbeid for alle»; 100 % stilling; kr 610 000."),
          P("Passordet sendes i egen e-post.")]
    with tempfile.TemporaryDirectory() as td:
        plain = Path(td) / "p.pdf"
        build_pdf(plain, st)
        w = PdfWriter(clone_from=PdfReader(str(plain)))
        w.encrypt(user_password="Ullensaker2020", owner_password="eier-17", algorithm="AES-256")
        with open(out, "wb") as f:
            w.write(f)
    return truth("s14", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["AES-256 encrypted PDF with a user password (not given)"])
