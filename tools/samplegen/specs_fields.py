"""Specs for Word forms with content controls and legacy form fields ('docx_fields')."""

from __future__ import annotations

from datetime import date as d

from .model import Amounts, Style, Truth
from .people import A20, FAM20, OVG18, OVG20, UNG18, mun, nav, pos

SPECS: tuple[Truth, ...] = (
    Truth(
        stem="controls_lillehammer_gausdal_2020", renderer="docx_fields", lang="nb", year=2020,
        office="Nav Lillehammer-Gausdal", municipality="Lillehammer", org_number="951826006",
        contact="Astrid Lien", email=None, phone="61053000",
        title="UNG ØKONOMI – det lønner seg å få råd", kind="continuation", continuation_year=2,
        start=d(2020, 8, 1),
        positions=(pos("Økonomiveileder", 100, 610_000),),
        amounts=Amounts(positions=610_000, competence=8_000, total=618_000),
        priority=(FAM20,), network=True, process_evaluation=False,
        signers=(nav("Nav-leder", "Bjørn Tore Lie", d(2020, 1, 21)),
                 mun("Kommunedirektør", "Tor Arne Hansen", d(2020, 1, 27))),
        description=(
            "Mange unge mellom 18 og 25 år i Lillehammer og Gausdal søker økonomisk sosialhjelp fordi de har "
            "mistet kontrollen over egen økonomi, ofte med gjeld til inkasso og ubetalte regninger.",
            "I første driftsår utviklet vi et gruppebasert kurs og individuell økonomisk rådgivning for unge. "
            "I andre driftsår vil vi prøve ut rådgivning via chat og video, og samarbeide med de videregående "
            "skolene om undervisning i privatøkonomi.",
            "Målet er at færre unge blir langvarige mottakere av sosialhjelp.",
        ),
        style=Style(layout="sdt", date="dotted", start_date="dotted", labels={"municipality": "Vertskommune"},
                    logo=True, breaks=("budget",), font="Calibri"),
    ),
    Truth(
        stem="controls_hamar_2020", renderer="docx_fields", lang="nb", year=2020,
        office="Nav Hamar", municipality="Hamar", org_number="974123456",
        contact="Vegard Holm", email="vegard.holm@nav.no", phone="62513400",
        title="Arbeidslinja i Hamar – bedriftsnettverk for sosialhjelpsmottakere", kind="new", start=None,
        positions=(pos("Arbeidsveileder", 100, 600_000),),
        amounts=Amounts(positions=600_000, competence=10_000, total=610_000),
        priority=(A20,), network=True, process_evaluation=False,
        signers=(nav("Nav-leder", "Lise Marit Aasen", d(2020, 1, 28)),
                 mun("Kommunedirektør", "Frode Aarseth", d(2020, 1, 30))),
        description=(
            "Mange av dem som mottar økonomisk sosialhjelp i Hamar, har ønske om og forutsetninger for å "
            "jobbe, men få arbeidsgivere kjenner til dem.",
            "Prosjektet skal bygge et nettverk av lokale bedrifter som forplikter seg til å tilby "
            "arbeidstrening og ansettelse i ordinære stillinger. Arbeidsveilederen skal matche kandidater og "
            "bedrifter og følge opp begge parter de første månedene.",
        ),
        findings=("ORG_NUMBER_INVALID", "START_DATE_MISSING"),
        style=Style(layout="legacy", date="dotted", amount="space", percent="tight", heading="num",
                    county="Fylkesmannen i Innlandet", breaks=("signatures",), font="Arial"),
    ),
    Truth(
        stem="controls_gjovik_2020", renderer="docx_fields", lang="nb", year=2020,
        office="Nav Gjøvik", municipality="Gjøvik", org_number="928601315",
        contact="Marte Solberg", email="marte.solberg@nav.no", phone="61189500",
        title="NYE VEIER – helhetlige oppfølgingsløp", kind="continuation", continuation_year=3,
        start=d(2020, 9, 1),
        positions=(pos("Prosjektleder", 100, 610_000), pos("Arbeidskonsulent", 100, 610_000)),
        amounts=Amounts(positions=1_220_000, competence=10_000, total=1_230_000, own_funding=200_000),
        priority=(A20, OVG20), network=False, process_evaluation=True,
        signers=(nav("Nav-leder", "Hans Petter Dahl", d(2020, 2, 4)),
                 mun("Kommunalsjef", "Guri Rud", d(2020, 1, 30))),
        description=(
            "NYE VEIER startet i 2018 og går nå inn i sitt tredje og siste driftsår. Prosjektet gir gode og "
            "helhetlige oppfølgingsløp for sosialhjelpsmottakere som står langt fra arbeidslivet.",
            "I tredje driftsår skal vi styrke samarbeidet med arbeidsgivere i det ordinære arbeidslivet, og "
            "sikre at deltakerne ikke mister oppfølgingen i overgangen mellom kvalifiseringsprogram, "
            "arbeidstrening og ordinær jobb.",
            "Arbeidsformen skal beskrives og tas inn i ordinær drift fra 2021.",
        ),
        findings=("SIGNED_AFTER_DEADLINE",),
        style=Style(layout="mixed", date="dotted", start_date="dotted", amount="nbsp", heading="del",
                    breaks=("signatures",), font="Calibri"),
    ),
    Truth(
        stem="controls_elverum_2018", renderer="docx_fields", lang="nb", year=2018,
        office="Nav Elverum", municipality="Elverum", org_number="988742635",
        contact="Jan Erik Bråten", email="jan.erik.braten@nav.no", phone="62435100",
        title="Koordinator for bedre samhandling mellom bolig, flyktning og ordinære NAV-brukere",
        kind="continuation", continuation_year=2, start=d(2018, 3, 1),
        positions=(pos("Koordinator", 100, 650_000),),
        amounts=Amounts(positions=650_000, total=650_000),
        priority=(UNG18, OVG18),
        signers=(nav("NAV-leder", "Kari Anne Sletten", d(2018, 1, 25)),
                 mun("Rådmann", "Ole Rognstad", d(2018, 1, 26))),
        description=(
            "Prosjektet startet i 2017. Koordinatoren har bygget opp et tett samarbeid mellom boligkontoret, "
            "flyktningtjenesten og NAV Elverum, slik at flyktninger og andre med behov for bolig får ett "
            "kontaktpunkt.",
            "Mange unge flyktninger som avslutter introduksjonsprogrammet, mister oppfølging i overgangen til "
            "NAV. I 2018 vil vi utvikle faste overgangsmøter mellom flyktningtjenesten, NAV og videregående "
            "skole.",
        ),
        style=Style(nav="NAV", county="Fylkesmannen i Hedmark", layout="sdt", date="dotted",
                    start_date="dotted", heading="letter", font="Times New Roman"),
    ),
)
