"""Specs for free-form letters: Word ('docx_letter') and PDF ('pdf_letter')."""

from __future__ import annotations

from datetime import date as d

from .model import Amounts, Style, Truth
from .people import A20, FAM20, OVG18, OVG20, UNG18, mun, nav, pos

SPECS: tuple[Truth, ...] = (
    Truth(
        stem="letter_bomlo_2020", renderer="docx_letter", lang="nn", year=2020,
        office="Nav Bømlo", municipality="Bømlo", org_number="963689675",
        contact="Solveig Økland", email="solveig.okland@nav.no", phone="53421077",
        title="Barn har noko viktig å seie!", kind="new", start=d(2020, 8, 1),
        positions=(pos("Barnekoordinator", 100, 610_000), pos("Familierettleiar", 100, 610_000)),
        positions_phrase="to stillingar",
        amounts=Amounts(positions=1_220_000, total=1_220_000),
        priority=(FAM20,), network=True, process_evaluation=False,
        signers=(nav("Nav-leiar", "Kjell Inge Vikøren", d(2020, 1, 24)),
                 mun("Kommunedirektør", "Anne Grethe Tislevoll", d(2020, 1, 24))),
        description=(
            "I Bømlo veks om lag 180 barn opp i familiar som har motteke økonomisk sosialhjelp i meir enn seks "
            "månader. Borna si stemme kjem sjeldan fram når Nav vurderer hjelpa til familien.",
            "Prosjektet skal utvikle ein arbeidsmåte der vi snakkar med barna, og der tiltaka for familien vert "
            "planlagde saman med barnet, helsestasjonen og skulen. Familierettleiaren skal følgje opp foreldra "
            "tett, medan barnekoordinatoren sikrar at perspektivet til barnet vert teke vare på.",
            "Vi vil dokumentere erfaringane og dele dei med andre Nav-kontor i Vestland.",
        ),
        style=Style(county="Fylkesmannen i Vestland", logo=True, font="Cambria", amount="space", breaks=("budget",)),
    ),
    Truth(
        stem="letter_kinn_2020", renderer="docx_letter", lang="nn", year=2020,
        office="Nav Kinn", municipality="Kinn", org_number="941868754",
        contact="Frode Sandal", email="frode.sandal@nav.no", phone=None,
        title="Fleire hender i mottaket", kind="new", start=d(2020, 9, 1),
        positions=(pos("Sosialfagleg rettleiar", 100, 610_000),), positions_phrase="ei stilling",
        amounts=Amounts(positions=610_000, total=610_000),
        priority=(),
        signers=(nav("Nav-leiar", "Gunnhild Eikrem", d(2020, 1, 29), "typed"),
                 mun("Kommunedirektør", "Ragnhild Myklebust", d(2020, 1, 29), "typed")),
        description=(
            "Nav Kinn har dei siste to åra hatt ein sterk auke i talet på søknader om økonomisk sosialhjelp "
            "etter samanslåinga av Flora og Vågsøy. Saksbehandlingstida har auka til over fire veker.",
            "Vi søkjer difor om midlar til ei ekstra stilling som sosialfagleg rettleiar i mottaket, slik at "
            "kvar rettleiar får færre saker og brukarane får svar raskare. Arbeidsmåtane vil vere dei same "
            "som i dag.",
        ),
        findings=("EXCLUDED_CAPACITY_ONLY", "PRIORITY_AREA_MISSING", "SIGNATURE_UNVERIFIED"),
        style=Style(county="Fylkesmannen i Vestland", prose_amount="kr", amount="kr", start_date="short",
                    date="short", quote="none", font="Arial"),
    ),
    Truth(
        stem="letter_sor_odal_2018", renderer="docx_letter", lang="nb", year=2018,
        office="Nav Sør-Odal", municipality="Sør-Odal", org_number="932774658",
        contact="Terje Bakken", email="terje.bakken@nav.no", phone="62979200",
        title="IPS i Sør-Odal", kind="new", start=d(2018, 5, 1), month_only_start=True,
        positions=(pos("Jobbspesialist", 100, 590_000),), positions_phrase="én 100 % stilling som jobbspesialist",
        amounts=Amounts(positions=590_000, total=590_000),
        priority=("ordinaert-arbeidsliv",),
        signers=(nav("NAV-leder", "Wenche Hagen", d(2018, 1, 22)),
                 mun("Rådmann", "Bjørn Mo", d(2018, 1, 23))),
        description=(
            "Vi viser til kunngjøringen av tilskudd til utvikling av sosiale tjenester i NAV-kontoret med "
            "søknadsfrist 1. februar 2018.",
            "NAV Sør-Odal ønsker å implementere Individuell jobbstøtte (IPS) slik metoden er beskrevet i den "
            "nasjonale IPS-manualen, uten lokale tilpasninger. Jobbspesialisten skal følge modellens åtte "
            "prinsipper og skåres etter IPS-fidelityskalaen.",
            "Målgruppen er sosialhjelpsmottakere med psykiske helseplager og rusproblemer som ønsker ordinært "
            "arbeid. Jobbspesialisten skal ha tett kontakt med arbeidsgivere og finne ordinære arbeidsplasser.",
        ),
        findings=("EXCLUDED_EXISTING_METHOD",),
        style=Style(nav="NAV", county="Fylkesmannen i Hedmark", prose_amount="kr", amount="kr",
                    date="dotted", font="Times New Roman", quote="straight"),
    ),
    Truth(
        stem="letter_bergenhus_2020", renderer="docx_letter", lang="nn", year=2020,
        office="Nav Bergenhus", municipality="Bergen", org_number="974758350",
        contact="Henrik Nesse", email="henrik.nesse@bergen.kommune.no", phone="55567700",
        title="Bu og meistre", kind="continuation", continuation_year=4, start=d(2020, 8, 1),
        positions=(pos("Bustadrettleiar", 150, 915_000, "1,5 årsverk"),), positions_phrase="1,5 årsverk",
        amounts=Amounts(positions=915_000, competence=10_000, total=925_000),
        priority=(OVG20,), network=False, process_evaluation=True,
        signers=(nav("Nav-leiar", "Eli Kvamme", d(2020, 1, 30)),
                 mun("Kommunaldirektør", "Per Arne Heggen", d(2020, 1, 31))),
        description=(
            "Bu og meistre starta i 2017 og går no inn i sitt fjerde driftsår.",
            "Prosjektet følgjer opp personar som vert lauslatne frå fengsel, og sikrar at dei har bustad, "
            "økonomi og ein fast kontaktperson i Nav frå første dag etter lauslating.",
            "Erfaringane frå dei tre første åra viser færre brot i oppfølginga og færre som står utan bustad "
            "etter soning.",
        ),
        findings=("CONTINUATION_LIMIT",),
        style=Style(county="Fylkesmannen i Vestland", date="dotted", start_date="dotted", prose_amount="nok",
                    amount="thin", font="Calibri", breaks=("signatures",)),
    ),
    Truth(
        stem="letter_kongsvinger_helse_2020", renderer="docx_letter", lang="nb", year=2020,
        office="Kongsvinger kommune, helse og omsorg", municipality="Kongsvinger", org_number="961395666",
        contact="Hanne Strøm", email="hanne.strom@kongsvinger.kommune.no", phone="62874000",
        title="Rask psykisk helsehjelp for unge voksne", kind="new", start=d(2020, 9, 1),
        positions=(pos("Psykolog", 100, 610_000),), positions_phrase="én 100 % stilling",
        amounts=Amounts(positions=610_000, total=610_000),
        priority=(FAM20,),
        signers=(mun("Kommunalsjef helse og omsorg", "Geir Ove Berg", d(2020, 1, 27)),),
        description=(
            "Mange unge voksne mellom 18 og 30 år venter lenge på psykisk helsehjelp. Prosjektet skal gi et "
            "lavterskeltilbud der en psykolog fra kommunens psykiske helsetjeneste gir rask hjelp til ungdom "
            "og unge voksne, i samarbeid med Nav Kongsvinger.",
            "Prosjektet eies og ledes av helse og omsorg. Nav Kongsvinger deltar i styringsgruppen.",
        ),
        findings=("APPLICANT_NOT_NAV_OFFICE", "SIGNATURE_NAV_LEADER_MISSING"),
        style=Style(county="Fylkesmannen i Innlandet", logo=True, font="Calibri"),
    ),
    Truth(
        stem="pdfletter_valer_2020", renderer="pdf_letter", lang="nb", year=2020,
        office="Nav Våler", municipality="Våler", org_number="994750283",
        contact="Mona Kristiansen", email="mona.kristiansen@nav.no", phone="62426700",
        title="Familieløftet i Våler", kind="new", start=d(2020, 10, 1),
        positions=(pos(None, 100, None),), positions_phrase="én 100 % stilling",
        amounts=Amounts(positions=None, total=None),
        priority=(FAM20,),
        signers=(nav("Nav-leder", "Roar Nyhus", d(2020, 1, 31)), mun("Kommunedirektør", None, None, None)),
        description=(
            "Nav Våler har mange barnefamilier med lav inntekt som har mottatt sosialhjelp over lang tid. "
            "Foreldrene står ofte utenfor arbeidslivet, og barna deltar sjeldnere i fritidsaktiviteter.",
            "Familieløftet skal gi hele familien én fast koordinator som ser foreldrenes vei mot arbeid og "
            "barnas behov i sammenheng, i samarbeid med barnehage, skole og frivillige lag.",
        ),
        findings=("AMOUNT_MISSING", "SIGNATURE_MUNICIPALITY_MISSING"),
        style=Style(county="Fylkesmannen i Innlandet", font="Helvetica"),
    ),
    Truth(
        stem="pdfletter_sogndal_2020", renderer="pdf_letter", lang="nn", year=2020,
        office="Nav Sogndal", municipality="Sogndal", org_number="972875988",
        contact="Ingvild Hauge", email="ingvild.hauge@nav.no", phone="57629100",
        title="Heile familien", kind="new", start=d(2020, 8, 1), month_only_start=True,
        positions=(pos("Familiekoordinator", 150, 915_000, "1,5 årsverk"),), positions_phrase="1,5 årsverk",
        amounts=Amounts(positions=915_000, competence=10_000, total=925_000),
        priority=(A20, FAM20), network=True, process_evaluation=True,
        signers=(nav("Nav-leiar", "Arnstein Lunde", d(2020, 1, 20)),
                 mun("Kommunedirektør", "Jarle Aarvoll", d(2020, 1, 21))),
        description=(
            "Mange familiar med barn i Sogndal har låg inntekt over tid, og foreldra står utanfor arbeidslivet. "
            "Familiane får i dag hjelp frå mange tenester som ikkje snakkar saman.",
            "Heile familien skal prøve ut ein ny modell der ein familiekoordinator følgjer heile familien, og "
            "der foreldra får hjelp til å kome i arbeid på ordinære arbeidsplassar i kommunen.",
            "Prosjektet er forankra i leiargruppa til kommunedirektøren og i den politiske styringsgruppa for "
            "folkehelse.",
        ),
        style=Style(county="Fylkesmannen i Vestland", prose_amount="mill", amount="tick", font="DejaVuSerif",
                    logo=True),
    ),
    Truth(
        stem="pdfletter_stord_2020", renderer="pdf_letter", lang="nn", year=2020,
        office="Nav Stord", municipality="Stord", org_number=None,
        contact="Marianne Tveit", email="marianne.tveit@nav.no", phone="53496000",
        title="Ung og trygg i overgangen", kind="new", start=d(2020, 8, 1),
        positions=(pos("Miljøarbeidar", 50, 305_000),), positions_phrase="ei 50-prosent stilling",
        amounts=Amounts(positions=305_000, competence=10_000, total=315_000),
        priority=(FAM20, OVG20),
        signers=(nav("Nav-leiar", "Lars Erik Sæbø", d(2020, 2, 3)),
                 mun("Kommunedirektør", "Ingrid Hovland", d(2020, 2, 3))),
        description=(
            "Mange unge i Stord fell ut av vidaregåande skule og manglar ein vaksen som følgjer dei i "
            "overgangen frå skule til arbeid eller vidare utdanning.",
            "Miljøarbeidaren skal vere ein fast kontakt for ungdomen og familiane deira, og samarbeide med "
            "skulen, oppfølgingstenesta og rettleiarane i Nav, slik at ingen fell mellom to stolar i "
            "overgangen.",
        ),
        findings=("ORG_NUMBER_MISSING", "SIGNED_AFTER_DEADLINE"),
        style=Style(county="Statsforvaltaren i Vestland", font="LiberationSans", amount="nbsp",
                    date="long", quote="none"),
    ),
    Truth(
        stem="pdfletter_narvik_2018", renderer="pdf_letter", lang="nb", year=2018,
        office="Nav Narvik", municipality="Narvik", org_number="939540644",
        contact="Tore Nilsen", email="tore.nilsen@nav.no", phone="76965000",
        title="Egen nøkkel", kind=None, start=d(2018, 4, 15),
        positions=(pos("Boligkoordinator", 100, 600_000),), positions_phrase="en 100 % stilling",
        amounts=Amounts(positions=600_000, total=600_000),
        priority=(UNG18, OVG18),
        signers=(nav("NAV-leder", "Ellen Johansen", d(2018, 1, 30)),
                 mun("Rådmann", "Svein Erik Hansen", d(2018, 1, 30))),
        description=(
            "Mange unge og innvandrere i Narvik bor i midlertidige botilbud eller hos venner i lange perioder. "
            "Uten fast bolig blir det vanskelig å fullføre skole eller beholde arbeid.",
            "Prosjektet skal utvikle en lokal modell for oppfølging i egen bolig, med særlig vekt på overgangen "
            "fra skole eller institusjon til eget hjem og arbeid. Vi skal ikke implementere en ferdig modell; "
            "tiltaket utvikles sammen med brukerne og tar bare inspirasjon fra erfaringene med Housing First.",
        ),
        style=Style(nav="NAV", county="Fylkesmannen i Nordland", prose_amount="nok", amount="nok",
                    date="dotted", start_date="dotted", font="LiberationSerif", quote="double"),
    ),
)
