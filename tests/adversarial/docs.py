"""The corpus: ~30 documents, one or more for each of issue 12's classes."""

from __future__ import annotations

from tests.adversarial import paper
from tests.adversarial.corpus import App, Doc, clone, scanned, write

BASE = App(office="Nav Ringerike", municipality="Ringerike", org="974123657", contact="Torunn Bakkevold",
           email="torunn.bakkevold@nav.no", phone="46213870", title="Veien videre for unge sosialhjelpsmottakere",
           start="1. april 2020", start_iso="2020-04-01", role="Jobbveileder", percent=100, amount=598000,
           areas=("ord",), network=True, evaluation=False, leader="Eirik Solbakken", chief="Gunhild Aasen",
           chief_title="Rådmann")
NN = App(office="Nav Sunnfjord", municipality="Sunnfjord", org="964512302", contact="Brynjar Kvamme",
         email="brynjar.kvamme@nav.no", phone="57729144", title="Heile familien i arbeid",
         start="1. mai 2020", start_iso="2020-05-01", role="Familierettleiar", percent=100, amount=605000,
         areas=("fam",), network=False, evaluation=True, leader="Solfrid Hovland", chief="Arnfinn Myklebust",
         chief_title="Kommunedirektør", nn=True)

PROSE = ("Mange unge i kommunen går lenge på økonomisk sosialhjelp. Vi vil prøve ut en ny arbeidsmåte der "
         "jobbveilederen tar med seg ungdommen direkte ut til arbeidsgivere i lokalt næringsliv.")
PROSE_NN = ("Familiar med låg inntekt får i dag hjelp frå mange instansar kvar for seg. Vi vil utvikle ein "
            "samla oppfølgingsmodell for heile hushaldet, med særleg vekt på barna.")

ANNOUNCEMENT = [
    ("help", "Formålet med tilskuddet er å utvikle de sosiale tjenestene i Nav-kontoret slik at flere kommer i "
             "arbeid og aktivitet."),
    ("help", "Det gis inntil 610 000 kroner per 100 % stilling. Kompetansemidler kan gis med inntil 10 000 kroner."),
    ("help", "Prioriterte områder: Bruk av ordinært arbeidsliv. Oppfølging av barnefamilier, ungdom og "
             "innvandrere. Sikring av sårbare overganger."),
    ("help", "Søknadsfrist 1. februar 2020. Søknaden sendes Statsforvalteren."),
    ("help", "Det gis ikke tilskudd til: implementering av ferdig utviklede metoder, drift av ordinære tjenester, "
             "søknader som kun beskriver kapasitetsøkning."),
    ("help", "Spørsmål om ordningen? Kontakt rådgiver Vibeke Lunde hos Statsforvalteren, tlf. 32 26 60 00."),
]


def form_with_instructions(app: App, prose: str) -> list:
    """The directorate's form as offices fill it in: each question keeps its
    grey help text, the announcement stays on the first page."""
    return (app.heading() + ANNOUNCEMENT + [("h", "Del 1 Søker")]
            + [("help", "Fyll inn opplysninger om Nav-kontoret. Eksempel: «Nav Eksempelby»")] + app.facts()
            + [("h", "Del 2 Beskrivelse"),
               ("help", "Beskriv kort hva som skal utvikles. Eksempel: «Vi vil implementere IPS som metode.»"),
               ("p", prose), ("help", "Kryss av for prioritert område (ett eller flere).")]
            + app.areas_block() + [("h", "Del 3 Budsjett")] + app.budget() + app.interest_block()
            + [("help", "Søknaden skal signeres av Nav-leder og rådmann/kommunedirektør.")] + app.signing())


def _class1() -> list[Doc]:
    a = BASE
    b = clone(NN, office="Nav Hyllestad", municipality="Hyllestad", org="998877660", email="brynjar.kvamme@nav.no")
    c = clone(BASE, office="Nav Modum", municipality="Modum", org="971203455", areas=("ord", "ovg"),
              title="Ut i jobb fra første dag", amount=610000, contact="Liv Haugerud", email="liv.haugerud@nav.no")
    d = clone(BASE, office="Nav Hole", municipality="Hole", org="987654325", areas=("ovg",), percent=50, amount=300000,
              role="Overgangskoordinator", title="Trygg overgang etter soning")
    return [
        Doc("a01", "1-form-text", "libreoffice", write(form_with_instructions(a, PROSE), "lo-pdf")),
        Doc("a02", "1-form-text", "browser", write(form_with_instructions(b, PROSE_NN), "chromium")),
        Doc("a03", "1-form-text", "plain", write(form_with_instructions(c, PROSE), "docx")),
        Doc("a04", "1-form-text", "libreoffice", write(form_with_instructions(d, PROSE), "lo-odt")),
    ]


def _bundle_front(app: App) -> list:
    return [("p", "Fra: Postmottak Nav Ringerike <postmottak.ringerike@nav.no>"),
            ("p", "Sendt: 27. januar 2020 09:14"), ("p", "Til: Statsforvalteren i Oslo og Viken"),
            ("p", "Emne: Søknad - sosiale tjenester i Nav 2020"),
            ("p", "Vedlegg: soknad.pdf; prosjektplan.pdf; stillingsbeskrivelse.pdf; cv.pdf"), ("break",),
            ("h", "Oversendelse av søknad"),
            ("p", "Vedlagt følger søknaden fra Nav-kontoret med prosjektplan og vedlegg. Kommunen har behandlet "
                  "saken og stiller seg bak søknaden. Ta kontakt med undertegnede ved spørsmål, tlf. 93 44 10 27."),
            ("p", "Med vennlig hilsen"), ("sign", [("Seniorrådgiver, kommunalområde velferd", "Håvard Linnerud", 31)]),
            ("break",)]


def _bundle_back(app: App) -> list:
    return [("break",), ("h", "Vedlegg 1: Prosjektplan"),
            ("kv", [("Prosjektleder", "Nina Grøtterud"), ("Prosjektgruppe", "Tore Fjeld, Mona Kittilsen, Ali Rahimi"),
                    ("Styringsgruppe", "Rådmann, Nav-leder, leder for helse og omsorg"),
                    ("Samlet kostnad for prosjektperioden", "2 450 000 kr")]),
            ("p", "Prosjektet løper over tre år og evalueres etter hvert driftsår."),
            ("break",), ("h", "Vedlegg 2: Stillingsbeskrivelse"),
            ("kv", [("Stilling", "Prosjektmedarbeider, 100 %"), ("Lønn", "Årslønn 560 000 kr"),
                    ("Tiltredelse", "Snarest")]),
            ("h", "Vedlegg 3: CV"), ("kv", [("Navn", "Sara Mehmeti"), ("Telefon", "41 55 20 83"),
                                            ("Utdanning", "Bachelor i sosialt arbeid")])]


def _class2() -> list[Doc]:
    a = clone(BASE, title="Arbeid som første valg")
    b = clone(NN, office="Nav Kinnfjord", municipality="Kinnfjord", org=None, title="Saman mot arbeid")
    return [
        Doc("a05", "2-bundle", "browser", write(_bundle_front(a) + a.blocks(PROSE) + _bundle_back(a), "chromium")),
        Doc("a06", "2-bundle", "plain", write(_bundle_front(b) + b.blocks(PROSE_NN) + _bundle_back(b), "drawn-portrait")),
        Doc("a07", "2-bundle", "plain", write(_bundle_front(a) + a.blocks(PROSE) + _bundle_back(a), "docx")),
    ]


def _class3() -> list[Doc]:
    grant = [("h", "Tilsagn om tilskudd 2020 – utvikling av sosiale tjenester i Nav-kontoret"),
             ("p", "Statsforvalteren viser til søknad fra Nav Ringerike datert 20. januar 2020. Vi har gleden av å "
                   "gi tilsagn om 598 000 kroner til tiltaket «Veien videre for unge sosialhjelpsmottakere»."),
             ("p", "Tilsagnet gjelder en 100 % stilling. Midlene utbetales når akseptslippen er returnert."),
             ("h", "Akseptslipp"), ("p", "Vi aksepterer tilsagnet på de vilkår som går fram av brevet."),
             ("kv", [("Kontonummer", "2220 11 33445"), ("Organisasjonsnummer", "974123657")]),
             ("sign", [("Nav-leder", "", None), ("Rådmann", "", None)])]
    decision = [("h", "Vedtak om tilskudd"),
                ("p", "Vi viser til søknaden deres om tilskudd til utvikling av sosiale tjenester. Statsforvalteren "
                      "har fattet følgende vedtak: Nav Modum innvilges 610 000 kroner for 2020."),
                ("p", "Vedtaket kan påklages innen tre uker. Klagen sendes Statsforvalteren."),
                ("p", "Med hilsen"), ("sign", [("seksjonsleder", "Randi Opsahl", None), ("rådgiver", "Vibeke Lunde", None)])]
    report = [("h", "Sluttrapport for tilskudd til utvikling av sosiale tjenester 2019"),
              ("kv", [("Nav-kontor", "Nav Hole"), ("Tiltak", "Trygg overgang etter soning"),
                      ("Rapporteringsperiode", "1.1.2019–31.12.2019")]),
              ("p", "Tiltaket har fulgt opp 34 personer. 12 er i arbeid eller utdanning ved årets slutt."),
              ("grid", [["Regnskap", "Tildelt", "Brukt"], ["Lønn og sosiale kostnader", "300 000", "296 400"],
                        ["Sum", "300 000", "296 400"]]),
              ("sign", [("Nav-leder", "Kjersti Holm", 41), ("Økonomisjef", "Frode Rud", 42)])]
    change = [("h", "Søknad om endring og forlengelse av tilsagn"),
              ("p", "Nav Ringerike fikk i 2019 tilsagn om 598 000 kroner til tiltaket «Veien videre». Fordi "
                    "stillingen ble besatt først i oktober, ber vi om å få bruke resterende midler ut juni 2020."),
              ("p", "Vi ber også om å endre målgruppen til å gjelde unge under 30 år."),
              ("sign", [("Nav-leder", "Eirik Solbakken", 7), ("Rådmann", "Gunhild Aasen", 8)])]
    other = [("h", "Søknad om tilskudd til kommunalt rusarbeid 2020"),
             ("kv", [("Søker", "Nav Ringerike"), ("Kontaktperson", "Torunn Bakkevold"),
                     ("Tiltak", "Lavterskel oppfølging for personer med rusproblemer"),
                     ("Omsøkt beløp", "450 000 kr")]),
             ("p", "Tiltaket retter seg mot personer med rusproblemer og skal gi et lavterskeltilbud i kommunen."),
             ("sign", [("Nav-leder", "Eirik Solbakken", 7), ("Rådmann", "Gunhild Aasen", 8)])]
    return [
        Doc("a08", "3-near-miss", "plain", write(grant, "drawn-portrait")),
        Doc("a09", "3-near-miss", "libreoffice", write(decision, "lo-pdf")),
        Doc("a10", "3-near-miss", "browser", write(report, "chromium")),
        Doc("a11", "3-near-miss", "plain", write(change, "docx")),
        Doc("a12", "3-near-miss", "plain", write(other, "docx")),
    ]


def _class4() -> list[Doc]:
    a = clone(BASE, office="Nav Flå", municipality="Flå", org="963222335", network=True, evaluation=True)
    grid_answers = a.heading() + a.facts() + [("p", PROSE)] + a.areas_block() + a.budget() + [
        ("grid", [["Spørsmål", "Ja", "Nei"], ["Interesse for nettverk/klyngesamarbeid", "X", ""],
                  ["Interesse for ekstern prosessevaluering", "X", ""]])] + a.signing()
    b = clone(BASE, office="Nav Nes", municipality="Nes", org="977555116", network=True, evaluation=False)
    single = b.heading() + b.facts() + [("p", PROSE)] + b.areas_block() + b.budget() + [
        ("ask", "", [("Kontoret ønsker å delta i nettverk/klyngesamarbeid", True)]),
        ("ask", "", [("Kontoret ønsker ekstern prosessevaluering", False)])] + b.signing()
    c = clone(NN, office="Nav Fjaler", municipality="Fjaler", org="972121215", network=True, evaluation=False)
    prose = c.heading() + c.facts() + [("p", PROSE_NN), ("p", "Nav Fjaler ønskjer å vere med i nettverk saman med "
                                                           "andre kontor i fylket. Ekstern prosessevaluering er ikkje "
                                                           "aktuelt for oss i år.")] + c.areas_block() + c.budget() + c.signing()
    return [
        Doc("a13", "4-interest", "libreoffice", write(grid_answers, "lo-pdf")),
        Doc("a14", "4-interest", "plain", write(single, "drawn")),
        Doc("a15", "4-interest", "browser", write(prose, "chromium")),
    ]


def _class5() -> list[Doc]:
    a = clone(NN, office="Nav Stryn", municipality="Stryn", org="988333441")
    approval = a.heading() + a.facts() + [("p", PROSE_NN)] + a.areas_block() + a.budget() + a.interest_block() + [
        ("p", "Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar."),
        ("p", f"Godkjend av: {a.leader}, leiar {a.office}, 17.01.2020"),
        ("p", f"Godkjend av: {a.chief}, kommunedirektør, 22.01.2020")]
    b = clone(BASE, office="Nav Lier", municipality="Lier", org="974123657")
    one_line = b.heading() + b.facts() + [("p", PROSE)] + b.areas_block() + b.budget() + b.interest_block() + [
        ("p", "Lier, 21.01.2020"),
        ("sign", [(f"{b.leader}, Nav-leder", "", 7), (f"{b.chief}, rådmann", "", 8)])]
    c = clone(BASE, office="Nav Sigdal", municipality="Sigdal", org="987654325")
    stamp = c.heading() + c.facts() + [("p", PROSE)] + c.areas_block() + c.budget() + c.interest_block() + [
        ("stamp", "NAV SIGDAL"), ] + c.signing()
    d = clone(BASE, office="Nav Hallingdal", municipality="Gol", org="971203455",
              title="Felles arbeidsinkludering i Hallingdal", percent=200, amount=1200000, role="Jobbspesialist")
    inter = d.heading() + d.facts() + [("p", "Tiltaket er et samarbeid mellom Gol, Hemsedal og Ål kommuner.")] + \
        d.areas_block() + d.budget() + d.interest_block() + [("p", "Gol, 20.01.2020"),
        ("sign", [("Nav-leder", d.leader, 7), ("Rådmann i Gol", "Gunhild Aasen", 8)]),
        ("sign", [("Rådmann i Hemsedal", "Steinar Rustad", 9), ("Kommunedirektør i Ål", "Hanne Bråten", 10)])]
    e = clone(BASE, office="Nav Grünerløkka", municipality="Oslo", org="974123657", chief="Linda Bakke Sæther",
              chief_title="Bydelsdirektør")
    oslo = e.heading() + e.facts() + [("p", PROSE)] + e.areas_block() + e.budget() + e.interest_block() + e.signing()
    return [
        Doc("a16", "5-signatures", "browser", write(approval, "chromium")),
        Doc("a17", "5-signatures", "plain", write(one_line, "drawn")),
        Doc("a18", "5-signatures", "plain", write(stamp, "drawn-portrait")),
        Doc("a19", "5-signatures", "plain", write(inter, "docx")),
        Doc("a20", "5-signatures", "libreoffice", write(oslo, "lo-pdf")),
    ]


def _with_budget(app: App, budget: list, prose: str = PROSE) -> list:
    return app.heading() + app.facts() + [("p", prose)] + app.areas_block() + budget + app.interest_block() + app.signing()


def _class6() -> list[Doc]:
    a = clone(BASE, office="Nav Krødsherad", municipality="Krødsherad", org="977555116", amount=590000)
    years = [("grid", [["Post", "2020", "2021", "2022"],
                       ["Jobbveileder 100 % (lønn og sosiale kostnader)", "590 000", "605 000", "620 000"],
                       ["Sum omsøkt", "590 000", "605 000", "620 000"]])]
    b = clone(BASE, office="Nav Øvre Eiker", municipality="Øvre Eiker", org="972121215", amount=575000, percent=100)
    thousands = [("p", "Beløp i 1000 kr"), ("grid", [["Post", "Beløp"],
                 ["Prosjektmedarbeider 100 % stilling inkl. sosiale utgifter", "575"], ["Totalt", "575"]])]
    c = clone(BASE, office="Nav Rollag", municipality="Rollag", org="963222335", amount=600000)
    words = [("grid", [["Post", "Søkt fra Statsforvalteren", "Kommunens egenandel"],
                       ["Jobbveileder 100 % stilling", "600 000", "150 000"], ["Sum", "600 000", "150 000"]]),
             ("p", "Det søkes om seks hundre tusen kroner (600 000 kr). Kommunen bidrar selv med 150 000 kr.")]
    d = clone(NN, office="Nav Gloppen", municipality="Gloppen", org="988333441", amount=604000)
    split = [("grid", [["Post", "Kroner"], ["Løn familierettleiar 100 %", "462 000"],
                       ["Sosiale kostnader (arbeidsgjevaravgift og pensjon)", "142 000"], ["Sum løn og sosiale kostnader", "604 000"],
                       ["Sum søknad", "604 000"]])]
    return [
        Doc("a21", "6-budget", "browser", write(_with_budget(a, years), "chromium")),
        Doc("a22", "6-budget", "plain", write(_with_budget(b, thousands), "drawn")),
        Doc("a23", "6-budget", "plain", write(_with_budget(c, words), "docx")),
        Doc("a24", "6-budget", "libreoffice", write(_with_budget(d, split, PROSE_NN), "lo-odt")),
    ]


def _class7() -> list[Doc]:
    apps = [clone(BASE, office="Nav Hurum", municipality="Asker", title="Arbeid for alle i Hurum"),
            clone(NN, office="Nav Luster", municipality="Luster", org="998877660"),
            clone(BASE, office="Nav Jevnaker", municipality="Jevnaker", org="977555116", title="Jobb i nærmiljøet"),
            clone(BASE, office="Nav Nore og Uvdal", municipality="Nore og Uvdal", org="971203455",
                  title="Aktiv i fjellbygda")]
    damage = [lambda s, o: paper.turned(s, o, 180), lambda s, o: paper.turned(s, o, 90), paper.fax, paper.photo]
    suffix = [".pdf", ".pdf", ".pdf", ".jpg"]
    names = ["a25", "a26", "a27", "a28"]
    return [Doc(n, "7-scans", "plain", scanned(app.blocks(PROSE_NN if app.nn else PROSE), dmg, sfx))
            for n, app, dmg, sfx in zip(names, apps, damage, suffix)]


def _class8() -> list[Doc]:
    a = clone(BASE, office="Nav Sande", municipality="Holmestrand", org="963222335")
    blocks = a.heading() + a.facts() + [("p", PROSE)] + a.areas_block() + a.budget() + a.interest_block() \
        + [("break",)] + a.signing()
    b = clone(BASE, office="Nav Svelvik", municipality="Drammen", org="972121215")
    blocks_b = b.heading() + b.facts() + [("p", PROSE)] + b.areas_block() + [("h", "Budsjett")] + b.budget() \
        + b.interest_block() + b.signing()
    return [
        Doc("a29", "8-abstain", "plain", scanned(blocks, lambda s, o: paper.smudged(s, o, {2}, (0, 0, 1, 0.6)))),
        Doc("a30", "8-abstain", "plain", scanned(blocks_b, lambda s, o: paper.smudged(s, o, {1}, (0, 0.35, 1, 0.42)))),
    ]


DOCS: list[Doc] = _class1() + _class2() + _class3() + _class4() + _class5() + _class6() + _class7() + _class8()
