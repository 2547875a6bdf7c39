"""Born-digital PDF documents of the fifth corpus (reportlab). Each builder writes its file
and returns its truth, written by hand from what the document says."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from common import Writer, ink_vector, orgnr, spaced
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"
PRIO_NB = [
    ("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
    ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamilier, ungdom og innvandrere"),
    ("saarbare-overganger", "Sikring av sårbare overganger (løslatelse fra fengsel, mellom tjenester, "
                            "utdanning og arbeid)"),
]
PRIO_NN = [
    ("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
    ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
    ("saarbare-overganger", "Sikring av sårbare overgangar"),
]


# ------------------------------------------------------------------ e01
def e01(out):
    """Inter-municipal office Nav Midt-Troms: host Målselv, three municipal signers
    (kommunedirektør, konstituert rådmann, rådmann signed e.f.), dates "27/1-20",
    amounts "kr 610'000"."""
    org = orgnr(97455120)
    w = Writer(out, font="DV", bold="DVB")
    w.para("Nav Midt-Troms  ·  Målselv – Bardu – Sørreisa", size=9)
    w.heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", size=14)
    w.para("Interkommunalt samarbeid. Vertskommune: Målselv kommune.", size=9)
    w.heading("1. Søker")
    w.lv("Nav-kontor", "Nav Midt-Troms")
    w.lv("Vertskommune", "Målselv")
    w.lv("Samarbeidskommuner", "Bardu kommune og Sørreisa kommune")
    w.lv("Organisasjonsnummer", spaced(org))
    w.lv("Kontaktperson", "Ingrid Moen, rådgiver")
    w.lv("Telefon", "977 12 345")
    w.lv("E-post", "ingrid.moen@nav.no")
    w.heading("2. Prosjektet")
    w.lv("Prosjektets navn", "Ut i jobb – Midt-Troms")
    w.lv("Nytt prosjekt / videreføring", "Nytt prosjekt")
    w.lv("Planlagt oppstart", "1. april 2020")
    w.para("Beskrivelse: Tre små kommuner har mange sosialhjelpsmottakere som står langt fra "
           "arbeidslivet. Prosjektet ansetter en felles jobbspesialist som skal skaffe ordinære "
           "arbeidsplasser i lokalt næringsliv og følge deltakerne tett fra sosialhjelp til lønnet "
           "arbeid. Vi vil også sikre overgangen når deltakere flytter hjem etter avsluttet "
           "utdanning eller soning.")
    w.heading("3. Budsjett for 2020")
    w.lv("Stilling", "Jobbspesialist, 100 % stilling")
    w.lv("Lønn og sosiale utgifter", "kr 610'000")
    w.lv("Kompetansemidler", "kr 10'000")
    w.lv("Sum omsøkt", "kr 620'000")
    w.heading("4. Prioriterte områder (kryss av)")
    for key, label in PRIO_NB:
        w.check(label, key in ("ordinaert-arbeidsliv", "saarbare-overganger"))
    w.heading("5. Samarbeid")
    w.para("Ønsker Nav-kontoret å delta i nettverk / klyngesamarbeid?")
    w.check("Ja", True, x=80)
    w.check("Nei", False, x=80)
    w.para("Ønsker Nav-kontoret ekstern prosessevaluering?")
    w.check("Ja", False, x=80)
    w.check("Nei", True, x=80)
    w.new_page()
    w.heading("6. Underskrifter")
    w.para("Søknaden er forankret i ledelsen i alle tre samarbeidskommunene.", size=9)
    y = w.y - 70
    w.sigblock(60, y, "Tor Inge Bakken", "Nav-leder, Nav Midt-Troms", "27/1-20", seed=101)
    w.sigblock(320, y, "Kari Lunde", "Kommunedirektør, Målselv kommune", "27/1-20", seed=102)
    y -= 110
    w.sigblock(60, y, "Per Arne Holm", "Konstituert rådmann, Bardu kommune", "28/1-20", seed=103)
    w.sigblock(320, y, "e.f. Sigrid Nyheim", "Rådmann, Sørreisa kommune", "29/1-20", seed=104)
    w.save()
    return truth("e01", "pdf", "inter-municipal", lang="nb", scheme=S20,
                 office=("Nav Midt-Troms", "Målselv", org),
                 contact=("Ingrid Moen", "ingrid.moen@nav.no", "97712345"),
                 project=("Ut i jobb – Midt-Troms", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Inge Bakken", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Kari Lunde", "Kommunedirektør", "2020-01-27", "handwritten"),
                       ("municipality", "Per Arne Holm", "Konstituert rådmann", "2020-01-28", "handwritten"),
                       ("municipality", "Sigrid Nyheim", "Rådmann", "2020-01-29", "handwritten")],
                 notes=["host office applies for three municipalities; office.municipality is the host's",
                        "'e.f. Sigrid Nyheim' signs for the rådmann of Sørreisa: name without 'e.f.'",
                        "vector ink counted as handwritten (same call as earlier corpora)"])


# ------------------------------------------------------------------ e04
def _browser_chrome(url, stamp, title):
    def draw(w, page):
        c = w.c
        c.setFont("LS", 8)
        c.drawString(28, w.H - 20, stamp)
        c.drawCentredString(w.W / 2, w.H - 20, title)
        c.drawString(28, 16, url)
        c.drawRightString(w.W - 28, 16, f"{page}/2")
    return draw


def e04(out):
    """A Nynorsk web-form receipt printed from a browser: date/time and page title at the top,
    the URL and "n/3" at the bottom of every page; answers in grey input boxes."""
    org = orgnr(99182735)
    url = "https://skjema.sunnfjord.kommune.no/nav/tilskot-sosiale-tenester/kvittering?ref=SF-2020-48213"
    w = Writer(out, font="LS", bold="LSB",
               header=_browser_chrome(url, "27.01.2020, 14:32", "Kvittering – søknad om tilskot | Sunnfjord kommune"))

    def field(label, value, h=None):
        w.need(40)
        w.text(w.m, w.y - 10, label, "LSB", 9.5)
        w.y -= 14
        from reportlab.lib.utils import simpleSplit
        lines = simpleSplit(value, "LS", 10, w.W - 2 * w.m - 12)
        bh = h or (len(lines) * 13 + 8)
        w.c.setFillColorRGB(0.95, 0.95, 0.95)
        w.c.setStrokeColorRGB(0.6, 0.6, 0.6)
        w.c.rect(w.m, w.y - bh, w.W - 2 * w.m, bh, fill=1, stroke=1)
        w.c.setFillColorRGB(0, 0, 0)
        w.c.setStrokeColorRGB(0, 0, 0)
        for i, ln in enumerate(lines):
            w.text(w.m + 6, w.y - 14 - i * 13, ln, "LS", 10)
        w.y -= bh + 10

    def radio(label, options, chosen):
        w.need(34)
        w.text(w.m, w.y - 10, label, "LSB", 9.5)
        w.y -= 24
        x = w.m + 4
        for o in options:
            w.c.circle(x + 4, w.y + 3, 4.5)
            if o == chosen:
                w.c.circle(x + 4, w.y + 3, 2.3, fill=1)
            w.text(x + 13, w.y, o, "LS", 10)
            x += 70
        w.y -= 14

    def tick(label, on):
        w.need(18)
        w.c.roundRect(w.m + 4, w.y - 10, 10, 10, 2)
        if on:
            w.c.setFont("DV", 10)
            w.c.drawString(w.m + 5, w.y - 9, "✓")
        w.text(w.m + 20, w.y - 9, label, "LS", 10)
        w.y -= 17

    w.para("Kvittering for innsendt skjema", size=16, font="LSB")
    w.para("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020. Skjemaet vart sendt inn "
           "27.01.2020 kl. 14:31. Referanse: SF-2020-48213.", size=9)
    w.heading("Om søkjaren", 12)
    field("Nav-kontor", "Nav Sunnfjord")
    field("Kommune", "Sunnfjord")
    field("Organisasjonsnummer", org)
    field("Kontaktperson", "Eirik Solheim")
    field("E-postadresse", "eirik.solheim@nav.no")
    field("Mobilnummer", "+47 415 66 902")
    w.heading("Om tiltaket", 12)
    field("Namn på tiltaket", "Heile familien i arbeid")
    radio("Er dette eit nytt tiltak eller ei vidareføring?", ["Nytt", "Vidareføring"], "Nytt")
    field("Oppstartsdato", "01.05.2020")
    field("Kort skildring", "Familiekoordinatorar følgjer opp barnefamiliar med låg inntekt, der begge "
          "foreldra skal få tilbod om arbeidsretta oppfølging mot ordinært arbeid. Innvandrarfamiliar "
          "er ei særleg målgruppe.")
    w.heading("Stillingar og budsjett", 12)
    field("Stilling 1", "Familiekoordinator – 100 % – 610 000 kr")
    field("Stilling 2", "Familiekoordinator – 50 % – 305 000 kr")
    field("Sum lønn og sosiale kostnader", "915 000 kr")
    field("Kompetansemidlar", "10 000 kr")
    field("Totalt omsøkt beløp", "925 000 kr")
    w.heading("Prioriterte område", 12)
    for key, label in PRIO_NN:
        tick(label, key in ("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"))
    w.heading("Samarbeid og evaluering", 12)
    radio("Ønskjer kontoret å delta i nettverk eller klyngesamarbeid?", ["Ja", "Nei"], "Ja")
    radio("Ønskjer kontoret ekstern prosessevaluering?", ["Ja", "Nei"], "Nei")
    w.heading("Godkjenning", 12)
    w.para("Søknaden er elektronisk godkjend i sak 20/118 av:", size=10)
    field("Nav-leiar", "Astrid Førde, Nav-leiar – godkjend 27.01.2020")
    field("Kommuneleiinga", "Terje Hope, kommunedirektør – godkjend 28.01.2020")
    w.save()
    return truth("e04", "pdf", "browser-print", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Eirik Solheim", "eirik.solheim@nav.no", "41566902"),
                 project=("Heile familien i arbeid", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "other": None, "total": 925000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Astrid Førde", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Terje Hope", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 notes=["browser header (print date/time, page title) and footer (URL, page n/3) on every page",
                        "'elektronisk godkjend ... av' with names and dates: electronic_approval"])


# ------------------------------------------------------------------ e06 source (faxed in scandocs)
def e06_source(out):
    org = orgnr(97413350)
    w = Writer(out, font="LSer", bold="LSerB", margin=64)
    w.heading("NAV Skien", 13)
    w.para("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2020", size=12, font="LSerB")
    w.para("Til: Statsforvalteren i Vestfold og Telemark", size=11)
    w.lv("NAV-kontor:", "NAV Skien", size=11)
    w.lv("Kommune:", "Skien", size=11)
    w.lv("Org.nr.:", spaced(org), size=11)
    w.lv("Kontaktperson:", "Hilde Vik", size=11)
    w.lv("Tlf.:", "913 20 774", size=11)
    w.lv("E-post:", "hilde.vik@nav.no", size=11)
    w.lv("Prosjektnavn:", "Trygg løslatelse", size=11)
    w.lv("Type:", "Nytt prosjekt", size=11)
    w.lv("Oppstart:", "01.03.2020", size=11)
    w.lv("Stilling:", "Koordinator, 50 % stilling", size=11)
    w.lv("Lønn og sos. utg.:", "kr 305.000,-", size=11)
    w.lv("Kompetanse:", "kr 0,-", size=11)
    w.lv("Totalt omsøkt:", "kr 305.000,-", size=11)
    w.para("Prioritert område:", size=11, font="LSerB")
    for key, label in PRIO_NB:
        w.check(label, key == "saarbare-overganger", size=11)
    w.para("Nettverk/klyngesamarbeid:  [X] Ja   [ ] Nei", size=11)
    w.para("Ekstern prosessevaluering:  [X] Ja   [ ] Nei", size=11)
    y = w.y - 60
    w.sigblock(64, y, "Lars Tveit", "NAV-leder", "30.1.20", seed=601, size=11)
    w.sigblock(320, y, "Anne Kaasa", "Rådmann", "30.1.20", seed=602, size=11)
    w.save()
    return org


# ------------------------------------------------------------------ e07
def e07(out):
    """One PDF: municipal cover letter (typed), the application form, the coordinator's CV,
    and a landscape three-year budget sheet with own funding; "2 x 50 %"."""
    from common import ink_png  # noqa: F401  (PNG ink is used in Word builders)
    org = orgnr(97402850)
    w = Writer(out, font="LS", bold="LSB")
    # cover letter
    w.para("Vefsn kommune", size=16, font="LSB")
    w.para("Kommunedirektøren", size=10)
    w.y -= 20
    w.para("Statsforvalteren i Nordland\nPostboks 1405\n8002 Bodø", size=10)
    w.para("Vår ref.: 20/311      Dato: 29.01.2020", size=9)
    w.heading("Oversendelse – søknad om tilskudd fra Nav Vefsn", 12)
    w.para("Vedlagt følger søknad fra Nav Vefsn om tilskudd til utvikling av sosiale tjenester i "
           "Nav-kontoret for 2020, med CV for prosjektkoordinator og budsjett for hele prosjektperioden. "
           "Kommunen stiller seg bak søknaden og vil dekke en egenandel som vist i budsjettet. "
           "Spørsmål om søknaden kan rettes til Nav Vefsn.")
    w.y -= 20
    w.para("Med hilsen")
    w.y -= 10
    w.para("Bodil Strand\nkommunedirektør")
    w.para("Vedlegg: 1. Søknadsskjema  2. CV  3. Budsjett 2020–2022", size=9)
    # form
    w.new_page()
    w.para("SØKNADSSKJEMA 2020", size=15, font="LSB")
    w.para("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)", size=10)
    w.heading("Søker")
    w.lv("Nav-kontor", "Nav Vefsn", rule=True)
    w.lv("Kommune", "Vefsn", rule=True)
    w.lv("Org.nummer", spaced(org), rule=True)
    w.lv("Kontaktperson", "Marit Hansen", rule=True)
    w.lv("Telefon / e-post", "480 12 399 / marit.hansen@nav.no", rule=True)
    w.heading("Prosjekt")
    w.lv("Prosjektnavn", "Ny start Vefsn", rule=True)
    w.lv("Nytt / videreføring", "Videreføring (år 2)", rule=True)
    w.lv("Oppstart 2020", "01.01.2020", rule=True)
    w.lv("Stillinger", "2 x 50 % stilling som veileder", rule=True)
    w.heading("Budsjett 2020")
    w.lv("Lønn og sosiale kostnader", "600 000", rule=True)
    w.lv("Kompetanse", "10 000", rule=True)
    w.lv("Sum søknadsbeløp", "610 000", rule=True)
    w.heading("Prioriterte områder")
    for key, label in PRIO_NB:
        w.check(label, key == "barnefamilier-ungdom-innvandrere")
    w.heading("Nettverk og evaluering")
    w.check("Vi ønsker å delta i nettverk / klyngesamarbeid", True)
    w.check("Vi ønsker ekstern prosessevaluering", True)
    w.heading("Underskrift")
    y = w.y - 50
    w.need(100)
    y = w.y - 50
    w.sigblock(60, y, "Ola Brattli", "Nav-leder", "27.01.2020", seed=701)
    w.sigblock(320, y, "Bodil Strand", "Kommunedirektør", "29.01.2020", seed=702)
    # CV
    w.new_page()
    w.para("Vedlegg 2: CV – prosjektkoordinator", size=14, font="LSB")
    w.lv("Navn", "Siri Johansen")
    w.lv("Telefon", "905 44 210")
    w.lv("E-post", "siri.johansen@vefsn.kommune.no")
    w.lv("Utdanning", "Bachelor i sosialt arbeid, Nord universitet (2012)")
    w.lv("Erfaring", "2016– : Veileder, Nav Vefsn. 2012–2016: Miljøarbeider, Vefsn kommune.")
    w.lv("Kurs", "Motiverende intervju; IPS-skolen; Familiekoordinering")
    # budget sheet, landscape
    w.new_page(size=landscape(A4))
    w.para("Vedlegg 3: Budsjett for prosjektperioden 2020–2022 (beløp i kroner)", size=13, font="LSB")
    cols = [60, 330, 450, 570, 690]
    rows = [("Post", "2020", "2021", "2022", "Sum"),
            ("Lønn og sosiale kostnader, 2 x 50 %", "600 000", "615 000", "630 000", "1 845 000"),
            ("Kompetanse", "10 000", "10 000", "10 000", "30 000"),
            ("Sum søkt fra Statsforvalteren", "610 000", "625 000", "640 000", "1 875 000"),
            ("Kommunens egenandel (kontor, reise)", "150 000", "150 000", "150 000", "450 000"),
            ("Totale prosjektkostnader", "760 000", "775 000", "790 000", "2 325 000")]
    y = w.y - 10
    for i, r in enumerate(rows):
        for x, cell in zip(cols, r):
            w.text(x, y, cell, "LSB" if i == 0 or i in (3, 5) else "LS", 10)
        w.c.setLineWidth(0.4)
        w.c.line(55, y - 5, 780, y - 5)
        y -= 20
    w.save()
    return truth("e07", "pdf", "bundle", lang="nb", scheme=S20,
                 office=("Nav Vefsn", "Vefsn", org),
                 contact=("Marit Hansen", "marit.hansen@nav.no", "48012399"),
                 project=("Ny start Vefsn", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ola Brattli", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Bodil Strand", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["cover letter by the kommunedirektør (typed name) is not a signature of the "
                        "application; her ink on the form is",
                        "'2 x 50 %' = 100 %; the CV's contact data (Siri Johansen) are not the contact",
                        "own funding appears only in the attached budget sheet: own_funding not scored"])


# ------------------------------------------------------------------ e10
def e10(out):
    """Landscape form in two columns, "610.000,-", "28. jan. 2020", signed "for rådmannen"."""
    org = orgnr(96443870)
    w = Writer(out, size=landscape(A4), font="DVSC", bold="DVSCB", margin=40)
    c = w.c
    w.para("NAV GRAN  –  Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret, "
           "tilskuddsåret 2020", size=13, font="DVSCB")
    c.setLineWidth(1)
    c.line(40, w.y, w.W - 40, w.y)
    top = w.y - 8
    colw = (w.W - 80 - 30) / 2
    xl, xr = 40, 40 + colw + 30

    def pairs(x, y, items):
        for label, value in items:
            c.setFont("DVSCB", 9)
            c.drawString(x, y, label)
            c.setFont("DVSC", 10)
            c.drawString(x + 150, y, value)
            c.setLineWidth(0.3)
            c.line(x + 148, y - 3, x + colw, y - 3)
            y -= 19
        return y

    y = pairs(xl, top - 14, [("Søker (NAV-kontor)", "NAV Gran"), ("Kommune", "Gran"),
                             ("Organisasjonsnr.", org), ("Kontaktperson", "Jon Erik Nordby"),
                             ("Telefon", "611 33 470"), ("E-post", "jon.erik.nordby@nav.no"),
                             ("Prosjektets navn", "Barna først – Gran"),
                             ("Ny / videreføring", "Videreføring, 2. år"), ("Oppstart", "1. mars 2020")])
    y -= 6
    c.setFont("DVSCB", 10)
    c.drawString(xl, y, "Prioriterte områder")
    y -= 16
    for key, label in PRIO_NB:
        w.box(xl, y - 2, key == "barnefamilier-ungdom-innvandrere")
        c.setFont("DVSC", 9)
        c.drawString(xl + 15, y, label.split(" (")[0])
        y -= 15
    y -= 10
    c.setFont("DVSCB", 10)
    c.drawString(xl, y, "Kort beskrivelse")
    from reportlab.lib.utils import simpleSplit
    for ln in simpleSplit("Andre år av prosjektet. Familieveilederen følger opp barnefamilier med "
                          "langvarig sosialhjelp, med vekt på barnas fritid og foreldrenes vei til arbeid. "
                          "I 2019 deltok 34 familier.", "DVSC", 9, colw):
        y -= 13
        c.setFont("DVSC", 9)
        c.drawString(xl, y, ln)
    y2 = pairs(xr, top - 14, [("Stilling", "Familieveileder"), ("Stillingsprosent", "100 %"),
                              ("Lønn inkl. sosiale utg.", "610.000,-"), ("Kompetansemidler", "10.000,-"),
                              ("Sum omsøkt", "620.000,-")])
    y2 -= 6
    c.setFont("DVSCB", 10)
    c.drawString(xr, y2, "Samarbeid")
    y2 -= 16
    for q, yes in (("Nettverk / klyngesamarbeid", True), ("Ekstern prosessevaluering", True)):
        c.setFont("DVSC", 9)
        c.drawString(xr, y2, q)
        w.box(xr + 170, y2 - 2, yes)
        c.drawString(xr + 183, y2, "Ja")
        w.box(xr + 210, y2 - 2, not yes)
        c.drawString(xr + 223, y2, "Nei")
        y2 -= 16
    y2 -= 40
    w.sigblock(xr, y2, "Mona Lien", "NAV-leder", "28. jan. 2020", seed=1001, width=150, size=8.5)
    w.sigblock(xr + 175, y2, "For rådmannen: Liv Solberg", "kommunalsjef helse og omsorg",
               "28. jan. 2020", seed=1002, width=170, size=8.5)
    w.save()
    return truth("e10", "pdf", "landscape", lang="nb", scheme=S20,
                 office=("Nav Gran", "Gran", org),
                 contact=("Jon Erik Nordby", "jon.erik.nordby@nav.no", "61133470"),
                 project=("Barna først – Gran", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Mona Lien", "NAV-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Liv Solberg", "Kommunalsjef", "2020-01-28", "handwritten")],
                 notes=["'For rådmannen: Liv Solberg, kommunalsjef' signs for the municipal leadership"])


# ------------------------------------------------------------------ e11 (defect)
def e11(out):
    """Municipal signature missing: the block has title, date and line but no name or ink;
    the kommunedirektør is named only in a copy line."""
    org = orgnr(97451230)
    w = Writer(out, font="LS", bold="LSB")
    w.para("Nav Steinkjer", size=18, font="LSB")
    w.para("Søknad om tilskudd – utvikling av sosiale tjenester i Nav-kontoret 2020", size=12)
    rows = [("Nav-kontor", "Nav Steinkjer"), ("Kommune", "Steinkjer"), ("Organisasjonsnummer", org),
            ("Kontaktperson", "Kjersti Aune"), ("Telefon", "74 16 88 20"), ("E-post", "kjersti.aune@nav.no"),
            ("Prosjektnavn", "Arbeid for alle i Steinkjer"), ("Prosjekttype", "Nytt prosjekt"),
            ("Oppstartsdato", "15.04.2020"), ("Stilling", "Jobbspesialist 100 %"),
            ("Lønn og sosiale utgifter", "610 000"), ("Kompetanse", "–"), ("Totalt", "610 000")]
    for a, b in rows:
        w.lv(a, b, rule=True)
    w.heading("Prioriterte områder")
    for key, label in PRIO_NB:
        w.check(label, key == "ordinaert-arbeidsliv")
    w.para("Nettverk: Ja.   Ekstern prosessevaluering: Nei.")
    w.heading("Signaturer")
    y = w.y - 55
    w.sigblock(60, y, "Rolf Wold", "Nav-leder", "24.01.2020", seed=1101)
    w.sigblock(320, y, None, "Kommunedirektør", "", seed=None)
    w.y = y - 70
    w.para("Kopi: kommunedirektør Geir Lie, Steinkjer kommune", size=9)
    w.save()
    return truth("e11", "pdf", "defect", lang="nb", scheme=S20,
                 office=("Nav Steinkjer", "Steinkjer", org),
                 contact=("Kjersti Aune", "kjersti.aune@nav.no", "74168820"),
                 project=("Arbeid for alle i Steinkjer", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Rolf Wold", "Nav-leder", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["competence '–' read as null", "the copy line names the kommunedirektør; it is not a signature"])


# ------------------------------------------------------------------ e13 (defect)
def e13(out):
    """Sum mismatch: NOK 580 000 + NOK 10 000 stated as NOK 600 000; dates "27.1.20";
    electronic approval."""
    org = orgnr(97398160)
    w = Writer(out, font="LSer", bold="LSerB")
    w.para("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", size=13, font="LSerB")
    w.heading("A. Opplysninger om søker", 11)
    for a, b in [("Nav-kontor:", "Nav Hammerfest"), ("Kommune:", "Hammerfest"), ("Org.nr.:", spaced(org)),
                 ("Kontaktperson:", "Leif Mathisen, tlf. 950 71 206, leif.mathisen@nav.no")]:
        w.lv(a, b)
    w.heading("B. Prosjektet", 11)
    for a, b in [("Tittel:", "Kvenangsbrua – veien videre"), ("Status:", "Nytt prosjekt"),
                 ("Oppstart:", "1.3.20"), ("Stillingsandel:", "100 %")]:
        w.lv(a, b)
    w.heading("C. Budsjett", 11)
    for a, b in [("Lønn og sosiale utgifter:", "NOK 580 000"), ("Kompetansemidler:", "NOK 10 000"),
                 ("Sum omsøkt:", "NOK 600 000")]:
        w.lv(a, b)
    w.heading("D. Prioriterte områder", 11)
    for key, label in PRIO_NB:
        w.check(label, key in ("barnefamilier-ungdom-innvandrere", "saarbare-overganger"))
    w.heading("E. Nettverk og evaluering", 11)
    w.para("Vi ønsker å delta i nettverk/klyngesamarbeid: Ja")
    w.para("Vi ønsker ekstern prosessevaluering: Ja")
    w.heading("F. Godkjenning", 11)
    w.para("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    w.para("Godkjent av: Nav-leder Bente Isaksen 27.1.20, kommunedirektør Harald Eira 27.1.20")
    w.save()
    return truth("e13", "pdf", "defect", lang="nb", scheme=S20,
                 office=("Nav Hammerfest", "Hammerfest", org),
                 contact=("Leif Mathisen", "leif.mathisen@nav.no", "95071206"),
                 project=("Kvenangsbrua – veien videre", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Isaksen", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Harald Eira", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"])


# ------------------------------------------------------------------ e15 (not an application)
def e15(out):
    """The county's assessment form (vurderingsskjema) of one application: all its facts, a
    recommendation and the adviser's signature."""
    w = Writer(out, font="LS", bold="LSB")
    w.para("Statsforvalteren i Trøndelag", size=11)
    w.para("Vurderingsskjema 2020", size=16, font="LSB")
    w.para("Statsforvalterens vurdering av søknad om tilskudd til utvikling av sosiale tjenester i "
           "Nav-kontoret. Fylles ut av Statsforvalteren for hver søknad og sendes Arbeids- og "
           "velferdsdirektoratet innen 1. mars.", size=9)
    for a, b in [("Søker", "Nav Levanger"), ("Kommune", "Levanger"), ("Prosjekt", "Ung og i jobb"),
                 ("Nytt / videreføring", "Nytt"), ("Omsøkt beløp", "620 000"),
                 ("Stillingsprosent", "100 %"), ("Søknaden mottatt", "30.01.2020"),
                 ("Prioriterte områder", "Bruk av ordinært arbeidsliv; ungdom")]:
        w.lv(a, b, rule=True)
    w.heading("Vurdering")
    w.para("Søknaden er signert av Nav-leder og kommunedirektør og er forankret i kommuneledelsen. "
           "Prosjektet er godt beskrevet, har klare mål og retter seg mot unge under 30 år. "
           "Budsjettet er innenfor rammen på 610 000 kroner per 100 % stilling.")
    w.lv("Anbefaling", "Anbefales innvilget med 620 000 kr", rule=True)
    w.lv("Prioritering i fylket", "2 av 9", rule=True)
    y = w.y - 50
    w.sigblock(60, y, "Guro Brenne", "seniorrådgiver", "14.02.2020", seed=1501)
    w.save()
    return truth("e15", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["the county's assessment form (vurderingsskjema) of an application"])
