"""Corpus 46, u01–u09: complete and correct letters that sit next to a rule (precision)."""
from __future__ import annotations

import datetime
from pathlib import Path

from kit46 import S20, TZ, Letter, docx_letter, office_pdf, orgnr, pades_letter, pdf_letter, spaced, truth


# ---------------------------------------------------------------- u01 docx-letter nb: two 50 % positions exactly at the cap
def u01(out: Path):
    org = orgnr("97402050")
    L = Letter(
        ["NAV RINGERIKE", "Besøksadresse: Storgata 11, 3510 Hønefoss", f"Organisasjonsnummer {spaced(org)}", "",
         "Til Statsforvalteren i Oslo og Viken", "v/ seksjon for sosiale tjenester", "", "Hønefoss 24. januar 2020"],
        "Søknad om midler – «Overgangsloset» (tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020)",
        ["Vi viser til Arbeids- og velferdsdirektoratets kunngjøring av tilskuddsordningen for 2020, og søker med "
         "dette om tilskudd til et nytt prosjekt med navnet «Overgangsloset». Prosjektet starter opp 1. mars 2020 "
         "og er planlagt over tre år.",
         "I kunngjøringen prioriteres tre områder: bruk av ordinært arbeidsliv, oppfølging av barnefamilier, ungdom "
         "og innvandrere, og sikring av sårbare overganger. Av disse er det det siste vi ønsker å jobbe med. Vi ser at "
         "mange av brukerne våre faller mellom to stoler når de skrives ut fra rusbehandling eller løslates fra "
         "Ringerike fengsel, og at det ofte går uker før de har bolig, inntekt og en fast kontaktperson på plass.",
         "For å gjøre dette søker vi om to stillinger på 50 prosent, én veileder med bakgrunn fra kriminalomsorgen og "
         "én med erfaring fra rusfeltet. Hver stilling koster 305 000 kroner i lønn og sosiale kostnader, altså "
         "610 000 kroner til sammen. I tillegg søker vi 10 000 kroner til kompetanse (evaluering av arbeidsmodellen). "
         "Samlet søknadsbeløp er 620 000 kroner."],
        after=["Nav Ringerike ønsker å være med i nettverk for prosjektene i regionen. Vi har ikke kapasitet til å "
               "delta i en ekstern prosessevaluering i år.",
               "Kontaktperson i prosjektet er Silje Brenden, e-post silje.brenden@nav.no, telefon 32 17 45 60."],
        sigs=[("u01a", "Kari Nordby", "Nav-leder"), ("u01b", "Tore Hansen", "Kommunedirektør")], layout="side")
    docx_letter(L, out)
    return truth("u01", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", org),
                 contact=("Silje Brenden", "silje.brenden@nav.no", "32174560"),
                 project=("Overgangsloset", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Nordby", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Tore Hansen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["near-miss (cap, domain.md 'Up to NOK 610 000 per 100 % position'): two 50 % positions "
                        "= 100 %, 610 000 exactly at the cap",
                        "the letter QUOTES all three priority areas, then chooses only the last",
                        "signature dates: the letter's date"])


# ---------------------------------------------------------------- u02 docx-letter nn: 80 % + ei halv stilling, e-approval
def u02(out: Path):
    org = orgnr("97416440")
    L = Letter(
        ["Nav Sunnfjord", "Postboks 400, 6801 Førde", "", "Statsforvaltaren i Vestland", "Njøsavegen 2", "6863 Leikanger",
         "", "Førde, 28.01.2020"],
        "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Saman heim»",
        ["Nav Sunnfjord (org.nr. " + spaced(org) + ") søkjer med dette om tilskot til prosjektet «Saman heim». "
         "Dette er eit nytt prosjekt, og vi planlegg oppstart 1. april 2020.",
         "Målgruppa er barnefamiliar som har budd lenge i mellombels bustad, og der foreldra har lite eller ingen "
         "tilknyting til arbeidslivet. Prosjektet skal difor først og fremst styrkje oppfølginga av barnefamiliar, "
         "som er eitt av dei prioriterte områda i kunngjeringa. Barna sine behov skal kartleggjast i kvar sak, og "
         "familiekoordinatoren skal ha eit heilskapleg blikk på hushaldet.",
         "Vi søkjer om midlar til ei 80 % stilling som familiekoordinator og ei halv stilling som buoppfølgjar. Løn og "
         "sosiale utgifter for dei to stillingane er rekna til 790 000 kroner. Vi søkjer i tillegg om 10 000 kroner i "
         "kompetansemidlar til rettleiing i familiearbeid. Til saman søkjer vi om 800 000 kroner."],
        after=["Kontoret vil gjerne delta i nettverk og klyngesamarbeid. Vi stiller oss også positive til ekstern "
               "prosessevaluering.",
               "Kontaktperson: Ingrid Myklebust, ingrid.myklebust@nav.no, tlf. 57 72 31 00."],
        closing="Med venleg helsing",
        sigs=[(None, "Marit Solheim", "Nav-leiar"), (None, "Ola Hjelmeland", "kommunedirektør")], layout="slash",
        tail=["Dokumentet er godkjent elektronisk i Sunnfjord kommune sitt sak- og arkivsystem og har difor ingen "
              "handskrivne underskrifter."])
    docx_letter(L, out)
    return truth("u02", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Ingrid Myklebust", "ingrid.myklebust@nav.no", "57723100"),
                 project=("Saman heim", "new", "2020-04-01"), pct=130,
                 amounts={"positions": 790000, "competence": 10000, "total": 800000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Marit Solheim", "Nav-leiar", "2020-01-28", "electronic_approval"),
                       ("municipality", "Ola Hjelmeland", "kommunedirektør", "2020-01-28", "electronic_approval")],
                 notes=["near-miss (cap by percent): 80 % + 'ei halv stilling' = 130 %, cap 793 000, 790 000 applied",
                        "electronic approval in a Nynorsk wording without dates: dates = the letter's date",
                        "signers as 'Name / title' one after the other, the approval sentence AFTER them"])


# ---------------------------------------------------------------- u03 pdf-from-office nb: "mellom 50 og 100 %", last year's project
def u03(out: Path):
    org = orgnr("99235410")
    L = Letter(
        ["Nav Lillestrøm", "Jonas Lies gate 22, 2000 Lillestrøm", "", "Statsforvalteren i Oslo og Viken", "",
         "Lillestrøm, 29. januar 2020"],
        "Søknad om tilskudd 2020: Jobbtrappa Lillestrøm",
        ["Bakgrunn. I 2019 fikk Nav Skedsmo 305 000 kroner til en 50 % stilling i prosjektet «Ungdomsløftet», som ble "
         "avsluttet ved årsskiftet da Skedsmo, Fet og Sørum ble slått sammen til Lillestrøm kommune. Erfaringene derfra "
         "har vist oss at mange av de unge trenger en vei inn i vanlige jobber, ikke flere kurs.",
         "Nav Lillestrøm søker derfor om tilskudd til et nytt prosjekt, «Jobbtrappa Lillestrøm», som skal bruke det "
         "ordinære arbeidslivet aktivt: jobbspesialisten skal skaffe praksis- og lønnsplasser hos lokale arbeidsgivere "
         "og følge opp både arbeidstaker og arbeidsgiver. Prosjektet starter 1. mai 2020.",
         "Vi søker om tilskudd til én hel stilling (100 %). Stillingen er på mellom 50 og 100 % avhengig av tilskudd, "
         "det vil si at vi reduserer til halv stilling dersom vi får mindre enn omsøkt. Lønn og sosiale kostnader for "
         "en hel stilling er 600 000 kroner. Vi søker ikke om kompetansemidler i år, så totalt omsøkt beløp er "
         "600 000 kroner."],
        after=["Vi ønsker å delta i nettverk med andre prosjekter, men ikke i ekstern prosessevaluering.",
               "Spørsmål om søknaden kan rettes til prosjektleder Espen Tangen på e-post espen.tangen@nav.no eller "
               "telefon 66 93 88 10."],
        sigs=[("u03a", "Hanne Kolstad", "leder, Nav Lillestrøm"), ("u03b", "Trond Hole", "kommunedirektør")],
        layout="stack", meta=[("Org.nr.", spaced(org)), ("Vår ref.", "20/1187")], font="Liberation Serif")
    office_pdf(L, out)
    return truth("u03", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", org),
                 contact=("Espen Tangen", "espen.tangen@nav.no", "66938810"),
                 project=("Jobbtrappa Lillestrøm", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Hanne Kolstad", "leder, Nav Lillestrøm", "2020-01-29", "handwritten"),
                       ("municipality", "Trond Hole", "kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss (percent): 'én hel stilling (100 %)' then 'mellom 50 og 100 % avhengig av tilskudd': "
                        "the applied-for position is 100 %",
                        "background gives LAST YEAR's project (305 000, 50 %, «Ungdomsløftet», Nav Skedsmo): not this one",
                        "competence: 'søker ikke om kompetansemidler' → null (nothing applied for)"])


# ---------------------------------------------------------------- u04 docx-letter nn: signed on the deadline day
def u04(out: Path):
    org = orgnr("97418810")
    L = Letter(
        ["NAV Stord", "Borggata 15, 5411 Stord", "", "Fylkesmannen i Vestland", "", "Stord, 1. februar 2020"],
        "Søknad om tilskot til prosjektet Ungdomsbasen Stord",
        ["Vi syner til kunngjeringa av tilskot til utvikling av sosiale tenester i NAV for 2020. NAV Stord, "
         f"organisasjonsnummer {org}, søkjer med dette om midlar til eit nytt prosjekt, Ungdomsbasen Stord, "
         "med oppstart 15. mars 2020.",
         "Ungdomar mellom 18 og 25 år utan fullført vidaregåande skule er den største gruppa som søkjer økonomisk "
         "stønad hos oss. Vi vil følgje dei tettare opp, og prosjektet rettar seg mot oppfølging av ungdom, som er eitt "
         "av dei tre prioriterte områda. Tiltaket er ikkje retta mot innvandrarar eller barnefamiliar særskilt.",
         "Vi søkjer om 1 årsverk, det vil seie ei heil stilling som ungdomsrettleiar. Lønskostnader inkludert sosiale "
         "utgifter: 575 000 kroner. Kompetanse: 10 000 kroner. Sum omsøkt: 585 000 kroner."],
        after=["NAV Stord ønskjer å vere med i nettverk. Vi ønskjer ikkje ekstern prosessevaluering.",
               "Kontaktperson for søknaden er Torbjørn Vik (e-post torbjorn.vik@nav.no, telefon 53 49 60 20)."],
        closing="Med helsing",
        sigs=[("u04a", "Sigrun Eide", "NAV-leiar"), ("u04b", "Kjell Inge Aarland", "rådmann")], layout="stack")
    docx_letter(L, out)
    return truth("u04", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", org),
                 contact=("Torbjørn Vik", "torbjorn.vik@nav.no", "53496020"),
                 project=("Ungdomsbasen Stord", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "total": 585000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Sigrun Eide", "NAV-leiar", "2020-02-01", "handwritten"),
                       ("municipality", "Kjell Inge Aarland", "rådmann", "2020-02-01", "handwritten")],
                 notes=["near-miss (deadline 1 February 2020): the letter and both signatures are dated the deadline day",
                        "negation 'ikkje retta mot innvandrarar eller barnefamiliar særskilt': the area is still the "
                        "youth/families/immigrants one, chosen for youth",
                        "'1 årsverk' = 100 %; old spelling NAV/Fylkesmannen/rådmann"])


# ---------------------------------------------------------------- u05 pdf-text nb: contact only in the letter's reference block, phone only
def u05(out: Path):
    org = orgnr("97458730")
    L = Letter(
        ["Nav Horten", "Apotekergata 8, 3187 Horten", "", "Statsforvalteren i Vestfold og Telemark", "Postboks 2076",
         "3103 Tønsberg"],
        "Søknad om tilskudd til utvikling av sosiale tjenester – prosjekt «Arbeid først i Horten»",
        ["Nav Horten søker om midler til å videreutvikle samarbeidet med lokalt næringsliv. Prosjektet «Arbeid først "
         "i Horten» er nytt og starter 1. februar 2020. Vi retter oss mot personer som har mottatt sosialhjelp i mer "
         "enn ett år, og målet er ordinært arbeid, ikke tiltak.",
         "Prosjektet ligger innenfor prioriteringen bruk av ordinært arbeidsliv. Vi vil ansette en jobbspesialist "
         "i 70 % stilling, med en lønnskostnad inkludert sosiale utgifter på 427 000 kroner, som er det høyeste "
         "ordningen tillater for en slik stillingsandel. Vi søker i tillegg 9 500 kroner til kompetanseheving i "
         "arbeidsgiverkontakt. Totalt søker vi 436 500 kroner.",
         "Vi er interessert i å delta i klyngesamarbeid med andre kontor i fylket og tar gjerne imot en ekstern "
         "prosessevaluering."],
        sigs=[("u05a", "Lars Ove Berg", "Nav-leder"), ("u05b", "Anne Kristin Hovland", "Rådmann")], layout="side",
        meta=[("Vår dato:", "30.01.2020"), ("Vår ref.:", "2020/44"), ("Saksbehandler:", "Anne Berit Lunde"),
              ("Telefon:", "33 08 21 40"), ("Org.nr.:", spaced(org))])
    pdf_letter(L, str(out), font=("LS", "LSB"))
    return truth("u05", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Horten", "Horten", org), contact=("Anne Berit Lunde", None, "33082140"),
                 project=("Arbeid først i Horten", "new", "2020-02-01"), pct=70,
                 amounts={"positions": 427000, "competence": 9500, "total": 436500},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Lars Ove Berg", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Anne Kristin Hovland", "Rådmann", "2020-01-30", "handwritten")],
                 notes=["near-miss (contact: 'no name, or neither e-mail nor phone'): the contact is the letter's "
                        "'Saksbehandler' in the reference block, with a phone and no e-mail",
                        "70 % at 427 000 = exactly 610 000 × 0.7; the date only in the reference block"])


# ---------------------------------------------------------------- u06 docx-letter nb: Oslo district, bydelsdirektør
def u06(out: Path):
    org = orgnr("97412760")
    L = Letter(
        ["Nav Grünerløkka", "Oslo kommune, bydel Grünerløkka", "Postboks 2128 Grünerløkka, 0505 Oslo", "",
         "Statsforvalteren i Oslo og Viken", "", "Oslo, 21.01.2020"],
        "Søknad om tilskudd – Familieløftet Grünerløkka",
        [f"Nav Grünerløkka (org.nr. {org}) søker om tilskudd til prosjektet Familieløftet Grünerløkka. "
         "Prosjektet er en videreføring av prosjektet som fikk tilskudd i 2019, og dette er andre prosjektår. "
         "Prosjektåret 2020 starter 1. januar 2020.",
         "Bydelen har mange barnefamilier med lav inntekt, og en stor andel av dem har innvandrerbakgrunn. "
         "Prosjektet følger opp hele familien, med vekt på foreldrenes vei til arbeid og barnas deltakelse i "
         "fritidsaktiviteter. Vi mener prosjektet svarer på prioriteringen om oppfølging av barnefamilier, "
         "ungdom og innvandrere, og bruker i tillegg ordinært arbeidsliv aktivt gjennom avtaler med arbeidsgivere "
         "i bydelen om lønnet arbeidstrening.",
         "I 2020 søker vi om 1,5 årsverk: én familieveileder i full stilling og én jobbspesialist i 50 % stilling. "
         "Budsjettet er satt opp slik:"],
        table=[("Post", "Beløp (kr)"), ("Familieveileder 100 %", "598 000"), ("Jobbspesialist 50 %", "299 000"),
               ("Kompetanse (veiledning)", "10 000"), ("Sum omsøkt", "907 000")],
        after=["Vi ønsker å delta i nettverk og i ekstern prosessevaluering.",
               "Kontaktperson: Yasmin Ahmadi, yasmin.ahmadi@bga.oslo.kommune.no, mobil 918 44 210."],
        sigs=[("u06a", "Per Christian Lunde", "Leder Nav Grünerløkka"), ("u06b", "Marianne Bråthen", "bydelsdirektør")],
        layout="side")
    docx_letter(L, out)
    return truth("u06", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Grünerløkka", "Oslo", org),
                 contact=("Yasmin Ahmadi", "yasmin.ahmadi@bga.oslo.kommune.no", "91844210"),
                 project=("Familieløftet Grünerløkka", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 897000, "competence": 10000, "total": 907000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Per Christian Lunde", "Leder Nav Grünerløkka", "2020-01-21", "handwritten"),
                       ("municipality", "Marianne Bråthen", "bydelsdirektør", "2020-01-21", "handwritten")],
                 notes=["near-miss (municipal leadership: 'in Oslo a bydelsdirektør'): the district director signs",
                        "1,5 årsverk = 100 % + 50 %; 897 000 under the cap 915 000"])


# ---------------------------------------------------------------- u07 pdf-from-office nn: third year of a continuation
def u07(out: Path):
    org = orgnr("97417810")
    L = Letter(
        ["Nav Ørsta", "Vikegata 3, 6150 Ørsta", "", "Statsforvaltaren i Møre og Romsdal", "", "Ørsta 27.01.2020"],
        "Søknad om vidareføring av prosjektet «Inn på arbeidsplassen» – tredje prosjektår",
        ["Nav Ørsta fekk i 2018 og 2019 tilskot til prosjektet «Inn på arbeidsplassen», første året 450 000 kroner "
         "og andre året 500 000 kroner. Vi søkjer no om midlar til det tredje og siste prosjektåret, som startar "
         "1. januar 2020.",
         "Prosjektet nyttar det ordinære arbeidslivet som arena: deltakarane får praksis i vanlege verksemder i Ørsta "
         "og Volda med tett oppfølging frå rettleiar. Erfaringane så langt er gode, og i det tredje året skal "
         "arbeidsmåten skrivast ned og leggjast inn i den faste drifta ved kontoret.",
         "Vi søkjer om ei stilling (100 %) som arbeidsrettleiar. Løn og sosiale kostnader: 560 000 kr. "
         "Kompetanse (eigenevaluering): 10 000 kr. Totalt omsøkt: 570 000 kr."],
        after=["Vi ønskjer å halde fram i nettverket for prosjekta i fylket, og seier ja til ekstern "
               "prosessevaluering.",
               "Kontaktperson: Jorunn Hovden, jorunn.hovden@nav.no, 70 04 91 30."],
        closing="Venleg helsing",
        sigs=[("u07a", "Arne Bjørdal", "Nav-leiar"), ("u07b", "Kristin Ulstein", "kommunalsjef helse og omsorg")],
        layout="side", meta=[("Org.nr.", spaced(org))], font="Liberation Sans")
    office_pdf(L, out)
    return truth("u07", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", org),
                 contact=("Jorunn Hovden", "jorunn.hovden@nav.no", "70049130"),
                 project=("Inn på arbeidsplassen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Arne Bjørdal", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Kristin Ulstein", "kommunalsjef helse og omsorg", "2020-01-27", "handwritten")],
                 notes=["near-miss (CONTINUATION_LIMIT: 'for up to three years'): the THIRD year is allowed",
                        "earlier years' amounts (450 000, 500 000) are background, not this application",
                        "municipal leadership signs as 'kommunalsjef helse og omsorg' (domain: kommunalsjef)"])


# ---------------------------------------------------------------- u08 pdf-text nb: area in other words, negations
def u08(out: Path):
    org = orgnr("97449260")
    L = Letter(
        ["NAV KONGSBERG", "Kirkegata 1, 3616 Kongsberg", f"Foretaksnr. {spaced(org)}", "",
         "Statsforvalteren i Oslo og Viken", "", "Kongsberg, 23. januar 2020"],
        "Søknad om tilskudd: «Rett i jobb Kongsberg»",
        ["Kongsberg har et arbeidsmarked med stor etterspørsel etter fagarbeidere, samtidig som mange unge voksne "
         "står utenfor. Med prosjektet «Rett i jobb Kongsberg» vil vi få flere over i vanlige, lønnede jobber hos "
         "arbeidsgivere i industrien og varehandelen, med oppfølging på arbeidsplassen i stedet for tiltak i Navs "
         "egen regi.",
         "Tiltaket er ikke rettet mot innvandrere eller barnefamilier spesielt, og det handler ikke om overganger "
         "fra institusjon. Det er arbeidsgivernes behov og deltakernes ønsker om jobb som styrer.",
         "Prosjektet er nytt og starter opp 1. april 2020. Vi søker om kr 450' til en 75 % stilling som "
         "arbeidsgiverkonsulent (lønn og sosiale kostnader), og kr 8' til kompetanse. Samlet kr 458'."],
        after=["Vi ønsker å delta i nettverkssamarbeid. Ekstern prosessevaluering: nei takk.",
               "Kontaktperson: Ragnhild Moen, ragnhild.moen@nav.no, telefon 32 86 40 00."],
        sigs=[("u08a", "Bjørn Egil Strand", "Nav-leder"), ("u08b", "Lene Thorsen", "Kommunedirektør")], layout="side")
    pdf_letter(L, str(out), font=("DVS", "DVSB"))
    return truth("u08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", org),
                 contact=("Ragnhild Moen", "ragnhild.moen@nav.no", "32864000"),
                 project=("Rett i jobb Kongsberg", "new", "2020-04-01"), pct=75,
                 amounts={"positions": 450000, "competence": 8000, "total": 458000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Egil Strand", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Lene Thorsen", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss (priority areas 'clearly argued for'): ordinary working life in other words "
                        "('vanlige, lønnede jobber hos arbeidsgivere'); the other two areas are NEGATED",
                        "amounts in thousands with an apostrophe: kr 450' / 8' / 458'; 75 % cap 457 500"])


# ---------------------------------------------------------------- u09 pdf-pades nn: two PAdES signatures on a letter
def u09(out: Path):
    org = orgnr("97416070")
    L = Letter(
        ["Nav Luster", "Rådhusvegen 2, 6868 Gaupne", f"Org.nr. {spaced(org)}", "", "Statsforvaltaren i Vestland", "",
         "Gaupne, 22.01.2020"],
        "Søknad om tilskot – prosjekt «Trygt ut, trygt inn»",
        ["Nav Luster søkjer om tilskot til eit nytt prosjekt som skal sikre overgangane for unge som flyttar heim "
         "etter opphald på institusjon, i fosterheim eller i fengsel. Prosjektet høyrer til det prioriterte "
         "området sikring av sårbare overgangar. Oppstart er sett til 1. mars 2020.",
         "Vi søkjer om midlar til ei stilling på 60 prosent som overgangskoordinator. Løn og sosiale utgifter: "
         "360 000 kroner. Vi søkjer ikkje kompetansemidlar. Samla søknadssum: 360 000 kroner.",
         "Nav Luster ønskjer ikkje å delta i nettverk i år, men er open for ekstern prosessevaluering.",
         "Kontaktperson: Eirik Sølvberg, eirik.solvberg@nav.no, telefon 57 68 55 00."],
        closing="Med venleg helsing",
        sigs=[(None, "Gunhild Berge", "Nav-leiar"), (None, "Jostein Nes", "kommunedirektør")], layout="side",
        tail=["Søknaden er signert digitalt av Nav-leiar og kommunedirektør."])
    pades_letter(L, out, [("Gunhild Berge", "Nav Luster", "NavLeiar", datetime.datetime(2020, 1, 22, 9, 40, tzinfo=TZ)),
                          ("Jostein Nes", "Luster kommune", "Kommune", datetime.datetime(2020, 1, 23, 13, 5, tzinfo=TZ))])
    return truth("u09", "pdf", "pdf-pades", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", org),
                 contact=("Eirik Sølvberg", "eirik.solvberg@nav.no", "57685500"),
                 project=("Trygt ut, trygt inn", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 360000, "competence": None, "total": 360000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Gunhild Berge", "Nav-leiar", "2020-01-22", "digital"),
                       ("municipality", "Jostein Nes", "kommunedirektør", "2020-01-23", "digital")],
                 notes=["near-miss (cap): 60 % at 360 000 under 366 000; no competence applied for (null)",
                        "two incremental PAdES signatures; dates from the signing times; bytes differ per build (keys)"])
