"""The long body of corpus 60's applications: chapters full of numbers that are not the record's facts.

Every document gets a table of contents, numbered chapters (background, target group, goals, method,
organisation, budget, evaluation, risk), a timeline, municipal statistics, a three-year budget, other
grants and a staff list. Blocks are ("h", text), ("p", text) and ("t", rows) for the renderers.
"""
from __future__ import annotations

AREA_TEXT = {
    "nb": {"ordinaert-arbeidsliv": "Bruk av ordinært arbeidsliv",
           "barnefamilier-ungdom-innvandrere": "Oppfølging av barnefamilier, ungdom og innvandrere",
           "saarbare-overganger": "Sikring av sårbare overganger"},
    "nn": {"ordinaert-arbeidsliv": "Bruk av ordinært arbeidsliv",
           "barnefamilier-ungdom-innvandrere": "Oppfølging av barnefamiliar, ungdom og innvandrarar",
           "saarbare-overganger": "Sikring av sårbare overgangar"},
}
AREA_ORDER = ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def kr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def L(s, nb, nn):
    return nn if s["lang"] == "nn" else nb


def toc(s) -> list[str]:
    nb = ["1 Bakgrunn", "2 Målgruppe og statistikk", "3 Mål for prosjektet", "4 Metode og arbeidsform",
          "5 Organisering og bemanning", "6 Framdriftsplan", "7 Budsjett og finansiering", "8 Evaluering",
          "9 Risiko", "10 Underskrifter"]
    nn = ["1 Bakgrunn", "2 Målgruppe og statistikk", "3 Mål for prosjektet", "4 Metode og arbeidsform",
          "5 Organisering og bemanning", "6 Framdriftsplan", "7 Budsjett og finansiering", "8 Evaluering",
          "9 Risiko", "10 Underskrifter"]
    return [f"{line} {'.' * 6} {i + 2}" for i, line in enumerate(L(s, nb, nn))]


def timeline(s) -> list[list[str]]:
    """Phases with months; an office with no start date counts project months instead of calendar months."""
    mon = s.get("months") or ["mars–mai 2020", "juni–des. 2020", "jan.–juni 2021", "juli–des. 2021"]
    who = s["staff_lead"]
    head = L(s, ["Fase", "Periode", "Ansvarlig", "Timer"], ["Fase", "Periode", "Ansvarleg", "Timar"])
    ph = L(s, ["1 Kartlegging og forankring", "2 Utprøving", "3 Justering og spredning", "4 Evaluering og sluttrapport"],
           ["1 Kartlegging og forankring", "2 Utprøving", "3 Justering og spreiing", "4 Evaluering og sluttrapport"])
    hours = ["320", "1 150", "860", "240"]
    return [head] + [[ph[i], mon[i], who if i % 2 == 0 else L(s, "Prosjektgruppen", "Prosjektgruppa"), hours[i]]
                     for i in range(4)]


def stats(s) -> list[list[str]]:
    pop, rec, young = s["stats"]
    head = L(s, ["Nøkkeltall", "2017", "2018", "2019"], ["Nøkkeltal", "2017", "2018", "2019"])
    return [head,
            [L(s, "Innbyggere per 1.1.", "Innbyggjarar per 1.1."), kr(pop - 212), kr(pop - 95), kr(pop)],
            [L(s, "Mottakere av økonomisk sosialhjelp", "Mottakarar av økonomisk sosialhjelp"),
             str(rec - 31), str(rec - 12), str(rec)],
            [L(s, "Andel mottakere 18–29 år", "Del mottakarar 18–29 år"), f"{young - 3} %", f"{young - 1} %", f"{young} %"],
            [L(s, "Utbetalt sosialhjelp (1000 kr)", "Utbetalt sosialhjelp (1000 kr)"),
             kr(rec * 61), kr(rec * 64), kr(rec * 66)]]


def budget3(s) -> list[list[str]]:
    """Three scheme years; only 2020 is applied for now. Later years are plans and sit above the cap on purpose."""
    pos, comp, own = s["pos_amount"], s["comp"], s.get("own") or 0
    y2, y3 = pos + 24000, pos + 49000
    head = L(s, ["Post", "2020 (omsøkt nå)", "2021 (plan)", "2022 (plan)"],
             ["Post", "2020 (søkt no)", "2021 (plan)", "2022 (plan)"])
    rows = [head,
            [L(s, "Lønn og sosiale utgifter, prosjektstilling(er)", "Løn og sosiale utgifter, prosjektstilling(ar)"),
             kr(pos), kr(y2), kr(y3)],
            [L(s, "Kompetansemidler", "Kompetansemidlar"), kr(comp), "10 000", "10 000"],
            [L(s, "Sum tilskudd", "Sum tilskot"), kr(s["total_shown"]), kr(y2 + 10000), kr(y3 + 10000)]]
    if own:
        rows.append([L(s, "Kommunens egenandel", "Kommunen sin eigendel"), kr(own), kr(own + 15000), kr(own + 30000)])
        rows.append([L(s, "Total prosjektkostnad", "Total prosjektkostnad"), kr(s["total_shown"] + own),
                     kr(y2 + 10000 + own + 15000), kr(y3 + 10000 + own + 30000)])
    return rows


def staff(s) -> list[list[str]]:
    head = L(s, ["Stilling", "Stillingsprosent", "Finansiering"], ["Stilling", "Stillingsprosent", "Finansiering"])
    return [head] + [list(r) for r in s["staff"]]


def grants(s) -> list[list[str]]:
    head = L(s, ["Ordning", "År", "Beløp", "Andel av søkt"], ["Ordning", "År", "Beløp", "Del av søkt"])
    return [head] + [list(r) for r in s["grants"]]


def chapters(s) -> list[tuple]:
    """The long part. Facts of the record are NOT repeated here except where an office would (the budget)."""
    m, t = s["muni"], s.get("title_ref") or s["title"]
    pop, rec, young = s["stats"]
    b = []
    b.append(("h", "1 Bakgrunn"))
    b.append(("p", L(s,
        f"{m} kommune hadde {kr(pop)} innbyggere per 1. januar 2019. Kommunestyret vedtok i sak 87/19 den "
        f"12.12.2019 en handlingsplan mot utenforskap for perioden 2020–2023. Planen bygger på Lov om sosiale "
        f"tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) av 18. desember 2009 nr. 131, "
        f"særlig §§ 17 og 18, og på Rundskriv til sosialtjenesteloven (Hovednr. 35) punkt 4.18.",
        f"{m} kommune hadde {kr(pop)} innbyggjarar per 1. januar 2019. Kommunestyret vedtok i sak 87/19 den "
        f"12.12.2019 ein handlingsplan mot utanforskap for perioden 2020–2023. Planen byggjer på Lov om sosiale "
        f"tenester i arbeids- og velferdsforvaltninga (sosialtenestelova) av 18. desember 2009 nr. 131, "
        f"særleg §§ 17 og 18, og på Rundskriv til sosialtenestelova (Hovudnr. 35) punkt 4.18.")))
    b.append(("p", L(s,
        f"I 2019 mottok {rec} personer økonomisk sosialhjelp, {young} % av dem var mellom 18 og 29 år. "
        f"Gjennomsnittlig stønadslengde var 5,8 måneder, mot 4,9 måneder i fylket. Kontoret har 23 ansatte "
        f"fordelt på 21,4 årsverk, hvorav 8,5 årsverk er kommunalt ansatte.",
        f"I 2019 fekk {rec} personar økonomisk sosialhjelp, {young} % av dei var mellom 18 og 29 år. "
        f"Gjennomsnittleg stønadslengd var 5,8 månader, mot 4,9 månader i fylket. Kontoret har 23 tilsette "
        f"fordelte på 21,4 årsverk, av dei 8,5 årsverk kommunalt tilsette.")))
    b.append(("p", L(s,
        "Kontoret har tidligere hatt to prosjekter med tilskudd fra ordningen: «Aktiv hverdag» (2014–2016, "
        "kr 1 740 000 over tre år) og «Bolig først» (2017, kr 420 000). Sluttrapportene viste at 37 av 88 "
        "deltakere (42 %) var i arbeid eller utdanning seks måneder etter avslutning. Fylkets gjennomsnitt "
        "for tilsvarende prosjekter var 31 %.",
        "Kontoret har tidlegare hatt to prosjekt med tilskot frå ordninga: «Aktiv kvardag» (2014–2016, "
        "kr 1 740 000 over tre år) og «Bustad først» (2017, kr 420 000). Sluttrapportane viste at 37 av 88 "
        "deltakarar (42 %) var i arbeid eller utdanning seks månader etter avslutninga. Snittet i fylket "
        "for tilsvarande prosjekt var 31 %.")))
    b.append(("p", L(s,
        "Arbeids- og velferdsdirektoratet har i Rundskriv R35-00 og i kunngjøringen av 16. desember 2019 pekt på "
        "behovet for å styrke kvalifiseringsprogrammet (sosialtjenesteloven §§ 29–39). I 2019 hadde kontoret "
        "19 deltakere i kvalifiseringsprogrammet, mot 26 i 2017; 11 av dem avsluttet programmet til arbeid.",
        "Arbeids- og velferdsdirektoratet har i Rundskriv R35-00 og i kunngjeringa av 16. desember 2019 peika på "
        "behovet for å styrkje kvalifiseringsprogrammet (sosialtenestelova §§ 29–39). I 2019 hadde kontoret "
        "19 deltakarar i kvalifiseringsprogrammet, mot 26 i 2017; 11 av dei gjekk frå programmet til arbeid.")))
    b.append(("h", "2 Målgruppe og statistikk"))
    b.append(("p", s["target"]))
    b.append(("t", stats(s)))
    b.append(("p", L(s, "Kilde: KOSTRA, SSB tabell 12203 og kontorets egne tall per 31.12.2019.",
                     "Kjelde: KOSTRA, SSB tabell 12203 og kontoret sine eigne tal per 31.12.2019.")))
    b.append(("h", "3 Mål for prosjektet"))
    b.append(("p", s["goals"]))
    b.append(("p", L(s,
        "Delmål: 1) 40 % av deltakerne skal være i arbeid eller utdanning etter 12 måneder; 2) ventetid til "
        "første samtale under 10 virkedager; 3) 75 % av deltakerne skal ha en individuell plan innen 6 uker.",
        "Delmål: 1) 40 % av deltakarane skal vere i arbeid eller utdanning etter 12 månader; 2) ventetid til "
        "første samtale under 10 yrkedagar; 3) 75 % av deltakarane skal ha ein individuell plan innan 6 veker.")))
    b.append(("h", "4 Metode og arbeidsform"))
    b.append(("p", s["method"]))
    b.append(("h", "5 Organisering og bemanning"))
    b.append(("p", L(s,
        f"Prosjektet eies av {s['office']} og ledes av {s['staff_lead']}. Styringsgruppen har fem medlemmer og "
        f"møtes fire ganger i året. Oversikten under viser dagens bemanning i oppfølgingsenheten; stillingene "
        f"finansieres i dag av andre kilder og er ikke en del av denne søknaden.",
        f"Prosjektet er eigd av {s['office']} og leidd av {s['staff_lead']}. Styringsgruppa har fem medlemmer og "
        f"møtest fire gonger i året. Oversikta under viser dagens bemanning i oppfølgingseininga; stillingane "
        f"er i dag finansierte av andre kjelder og er ikkje ein del av denne søknaden.")))
    b.append(("t", staff(s)))
    b.append(("h", "6 Framdriftsplan"))
    b.append(("t", timeline(s)))
    b.append(("p", L(s, "Aktiviteter og volum per kvartal det første året (anslag):",
                     "Aktivitetar og volum per kvartal det første året (overslag):")))
    b.append(("t", activity(s)))
    b.append(("h", "7 Budsjett og finansiering"))
    b.append(("p", L(s,
        "Tabellen viser et treårig budsjett. Det søkes nå bare for 2020; tallene for 2021 og 2022 er anslag "
        "med 3,5 % lønnsvekst og vil inngå i søknad om videreføring.",
        "Tabellen viser eit treårig budsjett. Det blir no berre søkt for 2020; tala for 2021 og 2022 er overslag "
        "med 3,5 % lønsvekst og vil inngå i søknad om vidareføring.")))
    b.append(("t", budget3(s)))
    b.append(("p", L(s, "Kontoret har i tillegg disse tilskuddene (ikke en del av prosjektets finansiering):",
                     "Kontoret har i tillegg desse tilskota (ikkje ein del av finansieringa av prosjektet):")))
    b.append(("t", grants(s)))
    b.append(("h", "8 Evaluering"))
    b.append(("p", L(s,
        "Prosjektet evalueres med før- og ettermålinger (uke 10 og uke 50) og en brukerundersøkelse med minst "
        "60 svar. Resultatene rapporteres i statusrapport innen 1. mars 2021, jf. Prop. 1 S (2019–2020) "
        "kap. 0621 post 63.",
        "Prosjektet blir evaluert med før- og ettermålingar (veke 10 og veke 50) og ei brukarundersøking med minst "
        "60 svar. Resultata blir rapporterte i statusrapport innan 1. mars 2021, jf. Prop. 1 S (2019–2020) "
        "kap. 0621 post 63.")))
    b.append(("h", "9 Risiko"))
    b.append(("t", [L(s, ["Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"], ["Risiko", "Sannsyn", "Konsekvens", "Tiltak"]),
                    [L(s, "Rekruttering tar tid", "Rekruttering tek tid"), "3 av 5", "4 av 5",
                     L(s, "Intern utlysning først", "Intern utlysing først")],
                    [L(s, "Få arbeidsgivere", "Få arbeidsgjevarar"), "2 av 5", "5 av 5",
                     L(s, "Avtale med næringsforeningen (42 medlemsbedrifter)", "Avtale med næringsforeininga (42 medlemsbedrifter)")],
                    [L(s, "Sykefravær i prosjektet", "Sjukefråvær i prosjektet"), "2 av 5", "3 av 5",
                     L(s, "Stedfortreder 20 %", "Stadfortredar 20 %")]]))
    return b


def activity(s) -> list[list[str]]:
    head = L(s, ["Kvartal", "Nye deltakere", "Samtaler", "Arbeidsgiverbesøk", "Timer"],
             ["Kvartal", "Nye deltakarar", "Samtalar", "Arbeidsgjevarbesøk", "Timar"])
    rows = [head]
    for i, (a, b, c, d) in enumerate([(12, 96, 18, 310), (15, 140, 25, 420), (10, 150, 30, 410), (8, 120, 22, 360)]):
        rows.append([f"{i + 1}. " + L(s, "kvartal", "kvartal"), str(a), str(b), str(c), str(d)])
    rows.append([L(s, "Sum år 1", "Sum år 1"), "45", "506", "95", "1 500"])
    return rows
