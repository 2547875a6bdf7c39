"""Specs for Word forms filled in as plain text (renderer 'docx_form')."""

from __future__ import annotations

from datetime import date as d

from .model import Amounts, Style, Truth
from .people import A20, BARN18, FAM20, OVG20, TILSYN18, mun, nav, pos

SPECS: tuple[Truth, ...] = (
    Truth(
        stem="form_kongsvinger_2020", renderer="docx_form", lang="nb", year=2020,
        office="Nav Kongsvinger", municipality="Kongsvinger", org_number="971279877",
        contact="Randi Haugen", email="randi.haugen@nav.no", phone="62887140",
        title="Jobbspor – ordinært arbeid for unge sosialhjelpsmottakere", kind="new", start=d(2020, 8, 1),
        positions=(pos("Jobbspesialist", 100, 610_000),),
        amounts=Amounts(positions=610_000, competence=10_000, total=620_000),
        priority=(A20, FAM20), network=True, process_evaluation=True,
        signers=(nav("Nav-leder", "Tone Ellingsen", d(2020, 1, 27)),
                 mun("Kommunedirektør", "Morten Slettebakken", d(2020, 1, 28))),
        description=(
            "Nav Kongsvinger har mange unge voksne mellom 18 og 30 år som mottar økonomisk sosialhjelp over "
            "lang tid. Mange av dem har liten eller ingen arbeidserfaring og har gått fra tiltak til tiltak "
            "uten å komme i jobb.",
            "Prosjektet skal utvikle en ny arbeidsmåte der en jobbspesialist bygger relasjoner til "
            "arbeidsgivere i det ordinære arbeidslivet i regionen og følger den unge tett både før og etter "
            "oppstart i jobb. Vi vil teste ut korte arbeidspraksiser hos lokale bedrifter, kombinert med "
            "oppfølging av ungdommens familie og nettverk.",
            "Prosjektet er forankret i kommunedirektørens ledergruppe og i Nav-kontorets ledermøte. "
            "Erfaringene skal dokumenteres underveis, og vi ønsker å dele dem med andre Nav-kontor i Innlandet.",
        ),
        style=Style(logo=True, breaks=("budget", "signatures"), font="Calibri"),
    ),
    Truth(
        stem="form_trysil_2020", renderer="docx_form", lang="nb", year=2020,
        office="Nav Trysil", municipality="Trysil", org_number="870531818",
        contact="Håkon Vik", email="Hakon.Vik@nav.no", phone="47382915",
        title="Veien videre – arbeidsrettet oppfølging av langtidsmottakere", kind="continuation",
        continuation_year=2, start=d(2020, 9, 1),
        positions=(pos("Prosjektleder", 100, 700_000),),
        amounts=Amounts(positions=700_000, competence=25_000, total=725_000),
        priority=(A20,), network=False, process_evaluation=True,
        signers=(nav("Nav-leder", "Gunn Hilde Rønning", d(2020, 1, 24)),
                 mun("Rådmann", "Tor Egil Strand", d(2020, 1, 29))),
        description=(
            "Prosjektet startet høsten 2019, og vi søker nå om midler til andre driftsår. Målgruppen er "
            "personer som har mottatt sosialhjelp i mer enn to år og som står langt fra arbeidslivet.",
            "I første driftsår har vi utviklet en modell for tett oppfølging der prosjektlederen samarbeider "
            "med lokale arbeidsgivere om tilpassede arbeidsplasser i ordinære virksomheter. Hittil har 14 "
            "deltakere fått arbeidstrening i ordinært arbeidsliv, og fem er i lønnet arbeid.",
            "I andre driftsår vil vi videreutvikle modellen og beskrive den slik at andre Nav-kontor kan ta "
            "den i bruk. Kompetansemidlene skal gå til prosessveiledning.",
        ),
        findings=("AMOUNT_OVER_CAP", "COMPETENCE_OVER_CAP"),
        style=Style(layout="above", box="square", amount="dot", date="dotted", start_date="dotted",
                    county="Fylkesmannen i Innlandet", heading="del", font="Arial", breaks=("priority", "signatures")),
    ),
    Truth(
        stem="form_ringsaker_2020", renderer="docx_form", lang="nb", year=2020,
        office="Nav Ringsaker", municipality="Ringsaker", org_number="894426691",
        contact="Liv Kristin Moen", email="liv.kristin.moen@ringsaker.kommune.no", phone="91827364",
        title="Sammen om overgangen", kind="new", start=d(2020, 8, 15),
        positions=(pos("Koordinator", 100, 610_000), pos("Miljøarbeider", 50, 305_000)),
        amounts=Amounts(positions=915_000, competence=10_000, other=40_000, total=965_000),
        other_label="Reise og kurs", priority=(OVG20,), network=True, process_evaluation=False,
        signers=(nav("Nav-leder", "Elin Sveen", d(2020, 1, 30), "typed"),
                 mun("Kommunalsjef", "Arne Brekke", d(2020, 1, 30))),
        description=(
            "Mange unge som avslutter videregående opplæring uten vitnemål, eller som skrives ut fra "
            "institusjon, faller mellom tjenestene i kommunen. Overgangen fra skole til arbeid og fra "
            "institusjon til egen bolig er særlig sårbar.",
            "Prosjektet skal etablere et fast overgangsteam med en koordinator og en miljøarbeider som følger "
            "den enkelte gjennom overgangen, i samarbeid med oppfølgingstjenesten, kriminalomsorgen og "
            "boligkontoret. Ved løslatelse fra fengsel skal ingen stå uten bolig og avtale med Nav.",
            "Vi vil bruke tjenestedesign for å kartlegge brukerreiser og prøve ut nye samarbeidsrutiner "
            "mellom tjenestene.",
        ),
        findings=("NON_POSITION_COSTS", "SIGNATURE_UNVERIFIED"),
        style=Style(box="bracket", amount="kr", percent="tight", heading="del", breaks=("budget", "signatures"),
                    order=("applicant", "project", "budget", "priority", "interest", "signatures"),
                    font="Times New Roman"),
    ),
    Truth(
        stem="form_lom_skjak_2020", renderer="docx_form", lang="nn", year=2020,
        office="Nav Lom og Skjåk", municipality="Lom", org_number="927511398",
        contact="Sigrid Bakkeberg", email="sigrid.bakkeberg@nav.no", phone="61211450",
        title="Pengar og meistring", kind="new", start=d(2020, 9, 1),
        positions=(pos("Økonomirådgjevar", 80, 488_000),),
        amounts=Amounts(positions=488_000, competence=10_000, total=498_000),
        priority=(FAM20,), network=True, process_evaluation=False,
        signers=(nav("Nav-leiar", "Marit Bjørnstad", d(2020, 1, 22), "electronic_approval"),
                 mun("Kommunedirektør", "Ola Sandvik", d(2020, 1, 23), "electronic_approval")),
        description=(
            "Mange barnefamiliar i Lom og Skjåk har gjeld og uføresette utgifter som dei ikkje maktar å "
            "handtere. Når økonomien sviktar, går det ut over borna sin kvardag, fritidsaktivitetar og "
            "buforhold.",
            "Prosjektet skal utvikle eit tilbod om tidleg økonomisk rettleiing for familiar med barn, i "
            "samarbeid med helsestasjonen og skulane. Økonomirådgjevaren skal møte familiane heime eller der "
            "dei er, og saman med dei lage ein plan for økonomien.",
            "Tiltaket er forankra i leiargruppa til kommunedirektøren i begge kommunane, og erfaringane skal "
            "delast med andre Nav-kontor i regionen.",
        ),
        style=Style(heading="plain", amount="nbsp", percent="aarsverk", labels={"municipality": "Vertskommune"},
                    county="Fylkesmannen i Innlandet", font="Cambria", breaks=("signatures",)),
    ),
    Truth(
        stem="form_grorud_2020", renderer="docx_form", lang="nb", year=2020,
        office="Nav Grorud", municipality="Oslo", org_number="888808124",
        contact="Fatima Rahimi", email="fatima.rahimi@bgr.oslo.kommune.no", phone="23436000",
        title="Ung i Grorud", kind="new", start=d(2021, 1, 1), month_only_start=True,
        positions=(pos("Ungdomsveileder", 100, 610_000), pos("Ungdomsveileder", 100, 610_000)),
        amounts=Amounts(positions=1_220_000, competence=10_000, total=1_230_000),
        priority=(FAM20, OVG20), network=True, process_evaluation=True,
        signers=(nav("Nav-leder", "Ingrid Bakken", d(2020, 1, 28)),
                 mun("Bydelsdirektør", "Jørgen Aas", d(2020, 1, 29))),
        description=(
            "Bydel Grorud har en høy andel unge mellom 16 og 24 år som verken er i utdanning eller arbeid, og "
            "mange av dem vokser opp i familier med lav inntekt og innvandrerbakgrunn.",
            "Oslo kommune mottar programfinansiering gjennom 0–24-samarbeidet for bydel Grorud, og dette "
            "tiltaket retter seg mot den samme målgruppen: ungdom mellom 16 og 24 år som står i fare for å "
            "falle ut av skole og arbeid.",
            "To ungdomsveiledere skal jobbe oppsøkende på skolene og i nærmiljøet, følge ungdommene gjennom "
            "overgangen fra videregående skole til arbeid eller videre utdanning, og involvere foreldrene tidlig.",
        ),
        findings=("EXCLUDED_0_24_PROGRAM",),
        style=Style(layout="mixed", amount="nok", logo=True, county="Fylkesmannen i Oslo og Viken",
                    heading="letter", breaks=("priority", "signatures")),
    ),
    Truth(
        stem="form_bodo_2018", renderer="docx_form", lang="nb", year=2018,
        office="Nav Bodø", municipality="Bodø", org_number="957135501",
        contact="Kristian Olsen", email="kristian.olsen@nav.no", phone="75552000",
        title="Barna først – barneperspektivet i NAV Bodø", kind="new", start=d(2018, 4, 1),
        positions=(pos("Familieveileder", 50, 290_000), pos("Fagutvikler", 50, 290_000)),
        amounts=Amounts(positions=580_000, total=580_000),
        priority=(BARN18, TILSYN18),
        signers=(nav("NAV-leder", "Siri Lunde", d(2018, 1, 26)),
                 mun("Rådmann", "Rolf Kåre Jensen", d(2018, 1, 29))),
        description=(
            "Fylkesmannens tilsyn med NAV Bodø i 2017 viste at barnas situasjon i liten grad ble kartlagt og "
            "vurdert i saker om økonomisk stønad til familier med barn.",
            "Prosjektet skal utvikle rutiner og verktøy for å ivareta barneperspektivet i alle saker der søker "
            "har barn, og prøve ut en egen familieveileder som følger opp familier med langvarig behov for "
            "stønad.",
            "Tiltaket bygger direkte på funnene fra tilsynet, og skal gi kunnskap som kan overføres til andre "
            "NAV-kontor i Nordland.",
        ),
        style=Style(nav="NAV", county="Fylkesmannen i Nordland", layout="above", box="bracket",
                    date="dotted", heading="num", font="Verdana", breaks=("priority", "signatures")),
    ),
    Truth(
        stem="form_alvdal_udatert", renderer="docx_form", lang="nb", year=2020, year_visible=False,
        office="Nav Alvdal", municipality="Alvdal", org_number="999986641",
        contact="Kjersti Haugland", email="kjersti.haugland@nav.no", phone="62487000",
        title="Trygg ut", kind="new", start=None, start_note="Snarest etter tilsagn",
        positions=(pos("Kontaktperson løslatelse", 100, 600_000),),
        amounts=Amounts(positions=600_000, competence=10_000, total=610_000),
        priority=(OVG20,), network=False, process_evaluation=False,
        signers=(nav("Nav-leder", "Knut Are Tangen", None), mun("Kommunedirektør", "Lars Ove Skjæran", None)),
        description=(
            "Personer som løslates etter soning, kommer ofte tilbake til kommunen uten bolig, inntekt eller "
            "avtaler med Nav. Denne overgangen er svært sårbar, og risikoen for nye lovbrudd er høy.",
            "Prosjektet skal etablere en fast kontaktperson i Nav-kontoret som tar kontakt med innsatte i god "
            "tid før løslatelse, og som sammen med kriminalomsorgen og boligtjenesten sørger for at bolig, "
            "økonomi og aktivitet er på plass fra første dag.",
        ),
        findings=("SCHEME_ASSUMED", "START_DATE_MISSING"),
        style=Style(box="square", percent="word", font="Georgia", breaks=("signatures",),
                    order=("applicant", "priority", "project", "budget", "interest", "signatures")),
    ),
    Truth(
        stem="form_uten_kontor_2020", renderer="docx_form", lang="nb", year=2020,
        office=None, municipality="Eidskog", org_number="851796851",
        contact="Anne Lise Fossum", email="anne.lise.fossum@nav.no", phone="62833300",
        title="Arbeid og mestring for nyankomne innvandrere", kind="new", start=d(2020, 8, 1),
        positions=(pos("Arbeidsveileder", 100, 610_000),),
        amounts=Amounts(positions=610_000, total=610_000),
        priority=(A20, FAM20), network=None, process_evaluation=True,
        signers=(nav("Nav-leder", "Per Olav Sæther", d(2020, 1, 29)),
                 mun("Kommunedirektør", "Hilde Kjos", d(2020, 1, 30))),
        description=(
            "Kommunen har tatt imot mange flyktninger de siste årene. Etter introduksjonsprogrammet står "
            "mange uten arbeid og blir avhengige av økonomisk sosialhjelp.",
            "Tiltaket skal prøve ut en ny modell der en arbeidsveileder sammen med lokale arbeidsgivere "
            "utvikler praksisplasser som kan føre til fast ansettelse i ordinære virksomheter, kombinert med "
            "norskopplæring på arbeidsplassen.",
        ),
        findings=("OFFICE_MISSING",),
        style=Style(start_date="abbr", heading="num", breaks=("priority",), font="Calibri"),
    ),
)
