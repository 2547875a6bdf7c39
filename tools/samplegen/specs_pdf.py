"""Specs for PDF forms: drawn ('pdf_form') and fillable or flattened ('pdf_acro')."""

from __future__ import annotations

from datetime import date as d

from .model import Amounts, Style, Truth
from .people import A20, BARN18, FAM20, OVG20, TILSYN18, mun, nav, pos

SPECS: tuple[Truth, ...] = (
    Truth(
        stem="pdfform_nord_odal_2020", renderer="pdf_form", lang="nb", year=2020,
        office="Nav Nord-Odal", municipality="Nord-Odal", org_number="918396284",
        contact="Silje Rustad", email="silje.rustad@nav.no", phone="62970100",
        title="Tidlig inn – familier med barn", kind="new", start=d(2020, 8, 1),
        positions=(pos("Familiekoordinator", 100, 610_000),),
        amounts=Amounts(positions=610_000, competence=10_000, total=620_000),
        priority=(FAM20,), network=True, process_evaluation=True,
        signers=(nav("Nav-leder", "Trond Helge Sveen", d(2020, 1, 23)),
                 mun("Kommunedirektør", "Kari Sørli", d(2020, 1, 27))),
        description=(
            "Nav Nord-Odal ser at mange barnefamilier som mottar økonomisk sosialhjelp, får hjelp fra flere "
            "tjenester på en gang uten at noen har ansvar for helheten.",
            "Prosjektet skal prøve ut en familiekoordinator som følger hele familien, kartlegger barnas "
            "situasjon sammen med foreldrene og samordner hjelpen fra barnehage, skole, helsestasjon og Nav.",
            "Vi skal bruke brukerreiser for å finne ut hvor familiene opplever brudd i tjenestene.",
        ),
        style=Style(layout="inline", box="xlines", amount="thin", font="LiberationSans", logo=True,
                    breaks=("budget",), county="Fylkesmannen i Innlandet"),
    ),
    Truth(
        stem="pdfform_hadeland_2020", renderer="pdf_form", lang="nb", year=2020,
        office="Nav Hadeland", municipality="Gran", org_number=None,
        contact="Eirik Dahl", email=None, phone=None,
        title="Helhetlig og arbeidsrettet oppfølging av sosialhjelpsmottakere med innvandrerbakgrunn",
        kind="new", start=d(2020, 9, 1),
        positions=(pos("Programrådgiver", 100, 610_000),),
        amounts=Amounts(positions=610_000, total=610_000),
        priority=(A20, FAM20),
        signers=(nav("Nav-leder", "Knut Grinaker", d(2020, 1, 29)),
                 mun("Kommunedirektør", "Gudrun Lien", d(2020, 1, 30))),
        description=(
            "Mange sosialhjelpsmottakere på Hadeland har innvandrerbakgrunn og forsørgeransvar for barn. De har "
            "ofte lite nettverk og liten kontakt med arbeidsgivere.",
            "Prosjektet skal utvikle en arbeidsrettet oppfølging der programrådgiveren sammen med lokale "
            "arbeidsgivere finner praksisplasser og jobber i ordinært arbeidsliv, og der hele familiens "
            "situasjon tas med i planleggingen.",
        ),
        findings=("CONTACT_MISSING", "ORG_NUMBER_MISSING"),
        style=Style(layout="grid", box="filled", start_date="dotted", date="dotted", font="Helvetica",
                    labels={"municipality": "Vertskommune"}, breaks=("priority",), heading="del"),
    ),
    Truth(
        stem="pdfform_oyer_2020", renderer="pdf_form", lang="nb", year=2020,
        office="Nav Øyer", municipality="Øyer", org_number="966824212",
        contact="Stian Moen", email="stian.moen@nav.no", phone="61268000",
        title="Digital postkasse og internkontroll i sosialtjenesten", kind="new", start=d(2020, 6, 1),
        positions=(pos("Saksbehandler", 60, 366_000),),
        amounts=Amounts(positions=366_000, competence=10_000, total=386_000),
        priority=(), network=False, process_evaluation=False,
        signers=(nav("Nav-leder", "Hilde Ødegård", d(2020, 1, 28)),
                 mun("Rådmann", "Jon Sverre Bækken", d(2020, 1, 28))),
        description=(
            "Nav Øyer ønsker å gjennomgå og digitalisere rutinene for saksbehandling av økonomisk "
            "sosialhjelp, slik at søknader, vedtak og dokumentasjon håndteres i én digital postkasse.",
            "Prosjektet skal samtidig etablere et system for internkontroll etter sosialtjenesteloven, med "
            "faste rutiner for avvikshåndtering og kvalitetssikring av vedtak.",
            "Saksbehandleren skal kartlegge dagens rutiner, teste nye digitale løsninger og lære opp de "
            "ansatte.",
        ),
        findings=("AMOUNT_SUM_MISMATCH", "PRIORITY_AREA_MISSING"),
        style=Style(layout="above", box="glyph", start_date="short", font="DejaVuSans", amount="dot",
                    breaks=("budget",), county="Fylkesmannen i Innlandet"),
    ),
    Truth(
        stem="pdfform_hamaroy_2018", renderer="pdf_form", lang="nb", year=2018,
        office="Nav Hamarøy", municipality="Hamarøy", org_number="980785866",
        contact="Linda Pedersen", email="linda.pedersen@nav.no", phone="75765000",
        title="Tilsyn som utgangspunkt – bedre vedtak for barnefamilier", kind="new", start=d(2018, 3, 1),
        positions=(pos("Fagutvikler", 100, 580_000),),
        amounts=Amounts(positions=580_000, competence=15_000, total=595_000),
        priority=(TILSYN18, BARN18),
        signers=(nav("NAV-leder", "Geir Olsen", d(2018, 1, 29)),
                 mun("Rådmann", "Kjell Nilsen", d(2018, 1, 31))),
        description=(
            "Fylkesmannens tilsyn i 2017 avdekket at NAV Hamarøy i for liten grad kartla barnas behov i saker "
            "om økonomisk stønad, og at vedtakene ikke viste hvordan barnas situasjon var vurdert.",
            "Prosjektet tar utgangspunkt i tilsynsrapporten og skal utvikle nye rutiner og maler slik at "
            "barneperspektivet ivaretas i alle vedtak. Fagutvikleren skal lære opp veilederne og følge opp at "
            "rutinene brukes.",
        ),
        style=Style(nav="NAV", county="Fylkesmannen i Nordland", layout="grid", box="check", font="Times-Roman",
                    amount="kr", breaks=("signatures",), heading="num"),
    ),
    Truth(
        stem="pdfform_volda_2019", renderer="pdf_form", lang="nn", year=2019,
        office="Nav Volda", municipality="Volda", org_number="982895774",
        contact="Oddny Rise", email="oddny.rise@nav.no", phone="70058700",
        title="Ung og i arbeid", kind="new", start=d(2019, 8, 1),
        positions=(pos("Ungdomskontakt", 100, 640_000),),
        amounts=Amounts(positions=640_000, total=640_000),
        priority=(A20, FAM20),
        signers=(nav("Nav-leiar", "Bjarte Hovden", d(2019, 1, 28)),
                 mun("Rådmann", "Tor Ole Myklebust", d(2019, 1, 29))),
        description=(
            "I Volda er det mange unge mellom 18 og 25 år som har droppa ut av vidaregåande skule og som no får "
            "økonomisk sosialhjelp.",
            "Prosjektet skal prøve ut ein ny måte å arbeide på der ein ungdomskontakt følgjer den unge tett og "
            "saman med lokale arbeidsgjevarar finn arbeidstrening og jobb i det ordinære arbeidslivet.",
        ),
        style=Style(layout="inline", box="glyph", font="DejaVuSans", amount="nbsp",
                    county="Fylkesmannen i Møre og Romsdal", heading="plain"),
    ),
    Truth(
        stem="acro_nord_osterdal_2020", renderer="pdf_acro", lang="nb", year=2020,
        office="Nav Nord-Østerdal", municipality="Tynset", org_number="920894348",
        contact="Ragnhild Nordstad", email="ragnhild.nordstad@nav.no", phone="62485200",
        title="Ny start - arbeid og språk for innvandrere utenfor EØS", kind="new", start=d(2020, 8, 17),
        positions=(pos("Rådgiver", 100, 610_000),),
        amounts=Amounts(positions=610_000, competence=10_000, total=620_000),
        priority=(A20, FAM20), network=True, process_evaluation=False,
        signers=(nav("Nav-leder", "Vidar Brenden", d(2020, 1, 29)),
                 mun("Kommunedirektør", "Gunn Randi Tronsmoen", d(2020, 1, 30))),
        description=(
            "Mange innvandrere fra land utenfor EØS i Nord-Østerdal mottar sosialhjelp over lang tid etter at "
            "introduksjonsprogrammet er avsluttet.",
            "Prosjektet skal utvikle en modell der språkopplæring og arbeidstrening foregår samtidig på en "
            "ordinær arbeidsplass, med tett oppfølging av både deltaker og arbeidsgiver.",
        ),
        style=Style(layout="named", start_date="dotted", date="dotted", labels={"municipality": "Vertskommune"},
                    county="Fylkesmannen i Innlandet"),
    ),
    Truth(
        stem="acro_sel_2020", renderer="pdf_acro", lang="nb", year=2020,
        office="Nav Sel", municipality="Sel", org_number="967125644",
        contact="Ola Rudi", email="ola.rudi@nav.no", phone="61294300",
        title=None, kind="new", start=d(2020, 9, 1),
        positions=(pos("Veileder", 100, 610_000),),
        amounts=Amounts(positions=610_000, total=610_000),
        priority=(A20,), network=False, process_evaluation=True,
        signers=(nav("Nav-leder", "Marianne Sletten", d(2020, 1, 27)),
                 mun("Kommunedirektør", "Jon Arild Ulberg", d(2020, 1, 28))),
        description=(
            "Nav Sel vil prøve ut en arbeidsmåte der veilederen følger personer som mottar sosialhjelp rett ut "
            "i ordinære jobber hos lokale arbeidsgivere, med oppfølging på arbeidsplassen.",
            "Reiselivet og landbruket i Sel har behov for arbeidskraft, og vi vil bygge faste avtaler med "
            "disse næringene.",
        ),
        findings=("TITLE_MISSING",),
        style=Style(layout="generic", amount="space", county="Fylkesmannen i Innlandet"),
    ),
    Truth(
        stem="acro_stange_2018", renderer="pdf_acro", lang="nb", year=2018,
        office="Nav Stange", municipality="Stange", org_number="994840819",
        contact="Bente Holm", email="bente.holm@nav.no", phone="62562000",
        title="Se barnet - barneperspektivet i sosialtjenesten", kind="new", start=d(2018, 4, 1),
        positions=(pos("Familiekonsulent", 50, 300_000),),
        amounts=Amounts(positions=300_000, total=300_000),
        priority=(BARN18,),
        signers=(nav(None, None, None, None),
                 mun("Rådmann", "Ole Erik Nordheim", d(2018, 1, 30), "electronic_approval")),
        description=(
            "Barn i familier som mottar økonomisk sosialhjelp over tid, har dårligere levekår og deltar mindre i "
            "fritidsaktiviteter enn andre barn.",
            "Prosjektet skal sikre at barnas behov blir kartlagt og vurdert i alle saker om økonomisk stønad, og "
            "prøve ut en familiekonsulent som samarbeider med skole, barnevern og frivillige lag.",
        ),
        findings=("SIGNATURE_NAV_LEADER_MISSING",),
        style=Style(nav="NAV", layout="named", county="Fylkesmannen i Hedmark", date="dotted", amount="dot"),
    ),
    Truth(
        stem="flat_ostre_toten_2020", renderer="pdf_acro", lang="nb", year=2020,
        office="Nav Østre Toten", municipality="Østre Toten", org_number="877756823",
        contact="Camilla Berg", email="camilla.berg@nav.no", phone="61141500",
        title="Rett i jobb etter rusbehandling", kind="new", start=d(2020, 8, 1),
        positions=(pos("Prosjektmedarbeider", None, 560_000),),
        amounts=Amounts(positions=560_000, competence=10_000, total=570_000),
        priority=(A20, OVG20), network=True, process_evaluation=True,
        signers=(nav("Nav-leder", "Trine Bjørnstad", d(2020, 1, 24)),
                 mun("Kommunedirektør", "Arne Hoel", d(2020, 1, 27))),
        description=(
            "Mange som avslutter rusbehandling i institusjon, kommer tilbake til kommunen uten jobb eller "
            "aktivitet, og risikoen for tilbakefall er stor i overgangen.",
            "Prosjektmedarbeideren skal få kontakt med brukerne før utskriving og sammen med arbeidsgivere i det "
            "ordinære arbeidslivet finne arbeidstrening og jobb fra første uke etter behandlingen.",
        ),
        findings=("POSITION_PERCENT_MISSING",),
        style=Style(layout="flat", county="Fylkesmannen i Innlandet", amount="kr"),
    ),
)
