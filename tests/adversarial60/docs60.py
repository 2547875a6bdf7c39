"""The 18 documents of corpus 60: facts, layout choice, and the truth written from what each document says."""
from __future__ import annotations

from pathlib import Path

import pdf60
import word60
from kit60 import fill, make_truth, sig

O = "ordinaert-arbeidsliv"
B = "barnefamilier-ungdom-innvandrere"
S = "saarbare-overganger"


def _contact(name, role, email, phone_shown, lang="nb"):
    lines = [f"{name}, {role}"]
    if email:
        lines.append(f"E-post: {email}")
    if phone_shown:
        lines.append(("Telefon: " if lang == "nb" else "Telefon: ") + phone_shown)
    return "\n".join(lines)


def _run(s, out: Path, render, ext):
    fill(s)
    render(s, out)
    return make_truth(s, ext)


def _office(builder):
    return lambda s, out: word60.office_pdf(builder, s, out)


def _letter(s, intro, summary, letterhead):
    s["intro"], s["summary"], s["letterhead"] = intro, summary, letterhead
    return s


# ------------------------------------------------------------------ docx-form
def lg01(out):
    s = dict(id="lg01", cat="docx-form", lang="nb", office="Nav Elverum", muni="Elverum", org="975012263",
             county="Innlandet", contact=("Marit Sætre", "marit.saetre@nav.no", "62413350"),
             contact_shown=_contact("Marit Sætre", "prosjektleder", "marit.saetre@nav.no", "624 13 350"),
             title="Arbeid først Elverum", kind="new", start_iso="2020-04-01", start_shown="01.04.2020",
             pos_lines=[("Jobbkonsulent", "100 %")], pct=100, pos_amount=610000, total=620000,
             areas=[O], net=True, eval=True, staff_lead="Marit Sætre", stats=(21340, 512, 29),
             sigs=[sig("nav_leader", "Jon Erik Haugen", "Nav-leder", "24.01.2020", "2020-01-24"),
                   sig("municipality", "Kari Bakken Lien", "Kommunedirektør", "27.01.2020", "2020-01-27")],
             notes=["near-miss: 100 % at exactly 610 000 and competence at exactly 10 000; 2021/2022 plan columns above the cap"])
    return _run(s, out, word60.form_doc, "docx")


def lg02(out):
    s = dict(id="lg02", cat="docx-form", lang="nb", office="Nav Harstad", muni="Harstad", org="992898909",
             county="Troms og Finnmark", contact=("Ole Martin Nilsen", "ole.martin.nilsen@nav.no", "77026400"),
             contact_shown=_contact("Ole Martin Nilsen", "veileder", "ole.martin.nilsen@nav.no", "77 02 64 00"),
             title="Ung Inn Harstad", kind="new", start_iso="2020-03-01", start_shown="1. mars 2020",
             pos_lines=[("Ungdomsveileder", "100 %")], pct=100, pos_amount=575000, total=585000,
             areas=[B], net=False, eval=True, staff_lead="Ole Martin Nilsen", stats=(24845, 688, 34),
             sigs=[sig("nav_leader", "Hanne Kristiansen", "Leder Nav Harstad", "29.01.2020", "2020-01-29")],
             expected=["SIGNATURE_MUNICIPALITY_MISSING"],
             notes=["defect: the municipal signature block is printed and left blank; chapter 5 names the "
                    "steering group but no one from the municipal leadership signs"])
    return _run(s, out, word60.form_doc, "docx")


def lg03(out):
    s = dict(id="lg03", cat="docx-form", lang="nn", office="Nav Stord", muni="Stord", org="999142095",
             county="Vestland", contact=("Synnøve Tveit", "synnove.tveit@nav.no", "53496100"),
             contact_shown=_contact("Synnøve Tveit", "fagleiar", "synnove.tveit@nav.no", "53 49 61 00", "nn"),
             title="Saman mot arbeid", kind="new", start_iso="2020-05-01", start_shown="01.05.2020",
             pos_lines=[("Familiekoordinator", "50 %"), ("Arbeidsretta rettleiar", "50 %")], pct=100,
             pos_amount=610000, comp=8000, total=618000, areas=[O, B], net=True, eval=False,
             staff_lead="Synnøve Tveit", stats=(18800, 455, 31),
             sigs=[sig("nav_leader", "Arne Hovland", "Nav-leiar", "22.01.2020", "2020-01-22"),
                   sig("municipality", "Randi Økland", "Kommunalsjef helse og velferd", "23.01.2020", "2020-01-23")],
             notes=["near-miss: two 50 % lines = 100 % at exactly 610 000; municipal signer a kommunalsjef; "
                    "staff list with 100/80/50/40 % that are not applied for"])
    return _run(s, out, word60.form_doc, "docx")


def lg18(out):
    s = dict(id="lg18", cat="docx-form", lang="nn", office="Nav Midt-Telemark", muni="Midt-Telemark", org="924339187",
             county="Vestfold og Telemark", contact=("Torleiv Haugland", "torleiv.haugland@nav.no", "35952200"),
             contact_shown=_contact("Torleiv Haugland", "prosjektleiar", "torleiv.haugland@nav.no", "35 95 22 00", "nn"),
             title="Bru til arbeid", kind="continuation", kind_extra=" (3. og siste år)", start_iso="2020-01-01",
             start_shown="01.01.2020", pos_lines=[("Losfunksjon", "100 %")], pct=100, pos_amount=600000,
             total=610000, areas=[S], net=False, eval=False, staff_lead="Torleiv Haugland", stats=(10620, 244, 26),
             sigs=[sig("nav_leader", "Gunhild Vefall", "Nav-leiar", "30.01.2020", "2020-01-30"),
                   sig("municipality", "Steinar Sandberg", "Rådmann", "31.01.2020", "2020-01-31")],
             notes=["near-miss: continuation in its third (last allowed) year; total 610 000 = the cap figure, but "
                    "positions 600 000 + competence 10 000"])
    return _run(s, out, word60.form_doc, "docx")


# ------------------------------------------------------------------ docx-letter
def lg04(out):
    s = dict(id="lg04", cat="docx-letter", lang="nb", office="Nav Halden", muni="Halden", org="957561810",
             county="Oslo og Viken", contact=("Espen Aas", None, "69176800"),
             title="Hjem til jobb", kind=None, start_iso="2020-06-01", start_shown="1. juni 2020",
             pos_lines=[("Boveileder", "80 %")], pct=80, pos_amount=480000, total=490000, areas=[S], net=True,
             eval=True, staff_lead="Espen Aas", stats=(31400, 902, 25), letter_date="1. februar 2020",
             sigs=[sig("nav_leader", "Lise Torp", "Nav-leder", "01.02.2020", "2020-02-01"),
                   sig("municipality", "Roar Vestby", "Rådmann", "01.02.2020", "2020-02-01")],
             notes=["near-miss: contact with a phone only (reachable); both signed on the deadline day"])
    _letter(s, [
        "Nav Halden (org.nr. 957 561 810) søker med dette om tilskudd til prosjektet «Hjem til jobb». "
        "Prosjektet skal sikre sårbare overganger for personer som løslates fra Halden fengsel eller skrives ut "
        "fra rusbehandling, slik at bolig, inntekt og oppfølging er på plass den dagen de kommer ut.",
        "Vi søker om én boveilederstilling på 80 % fra 1. juni 2020. Kontaktperson er Espen Aas, "
        "telefon 69 17 68 00. Kontoret er interessert i å delta i nettverk/klyngesamarbeid og i ekstern "
        "prosessevaluering."],
        [["Post", "Beløp"], ["Lønn og sosiale utgifter, boveileder 80 %", "kr 480 000"],
         ["Kompetansemidler", "kr 10 000"], ["Sum omsøkt 2020", "kr 490 000"]],
        ["NAV Halden", "Postboks 150, 1751 Halden"])
    return _run(s, out, word60.letter_doc, "docx")


def lg05(out):
    s = dict(id="lg05", cat="docx-letter", lang="nn", office="Nav Volda", muni="Volda", org="900811268",
             county="Møre og Romsdal", contact=("Ingrid Bjørdal", "ingrid.bjordal@nav.no", "70057800"),
             title="Ungdomslosen Volda", kind=None, start_iso=None, start_shown="",
             months=["månad 1–3", "månad 4–10", "månad 11–16", "månad 17–18"],
             pos_lines=[("Ungdomslos", "100 %")], pct=100, pos_amount=595000, total=605000, areas=[B, S],
             net=True, eval=False, staff_lead="Ingrid Bjørdal", stats=(10190, 198, 38), letter_date="28. januar 2020",
             sigs=[sig("nav_leader", "Per Arne Riste", "Nav-leiar", "28.01.2020", "2020-01-28"),
                   sig("municipality", "Sissel Rotevatn", "Kommunedirektør", "28.01.2020", "2020-01-28")],
             expected=["START_DATE_MISSING"],
             notes=["defect: no start date; the timeline counts project months, the only dates in the long text are "
                    "the council decision 12.12.2019, the law of 18. desember 2009 and the status report 1. mars 2021"])
    _letter(s, [
        "Nav Volda (org.nr. 900 811 268) søkjer med dette om tilskot til prosjektet «Ungdomslosen Volda». "
        "Prosjektet skal følgje opp ungdom og barnefamiliar og sikre overgangen frå vidaregåande skule til "
        "arbeid eller vidare utdanning. Prosjektet startar når tilskotet er tildelt og stillinga er bemanna.",
        "Vi søkjer om ei heil stilling (100 %) som ungdomslos. Kontaktperson er Ingrid Bjørdal, "
        "ingrid.bjordal@nav.no, telefon 70 05 78 00. Vi ønskjer å vere med i nettverk/klyngesamarbeid, men "
        "ikkje i ekstern prosessevaluering."],
        [["Post", "Beløp"], ["Løn og sosiale utgifter, ungdomslos 100 %", "595 000 kr"],
         ["Kompetansemidlar", "10 000 kr"], ["Sum søkt for 2020", "605 000 kr"]],
        ["Nav Volda", "Postboks 500, 6101 Volda"])
    return _run(s, out, word60.letter_doc, "docx")


def lg06(out):
    s = dict(id="lg06", cat="docx-letter", lang="nb", office="Nav Ullensaker", muni="Ullensaker", org="958866828",
             county="Oslo og Viken", contact=("Fatima Rahimi", "fatima.rahimi@nav.no", "66108000"),
             title="Familieløftet", kind="continuation", start_iso="2020-01-01", start_shown="1. januar 2020",
             pos_lines=[("Familiekoordinator", "100 %")], pct=100, pos_amount=610000, total=620000, own=790000,
             areas=[B], net=False, eval=True, staff_lead="Fatima Rahimi", stats=(39200, 1104, 30),
             letter_date="20. januar 2020", eapproval=True,
             sigs=[sig("nav_leader", "Thomas Brekke", "Nav-leder", "20.01.2020", "2020-01-20", "electronic_approval"),
                   sig("municipality", "Birgitte Holm", "Kommunalsjef", "21.01.2020", "2020-01-21", "electronic_approval")],
             notes=["near-miss: continuation (2nd year); total project cost 1 410 000 beside 620 000 applied for; "
                    "own funding 790 000; electronic approval"])
    _letter(s, [
        "Nav Ullensaker, org.nr. 958866828, søker om videreføring av prosjektet «Familieløftet» for andre år. "
        "Prosjektet følger opp barnefamilier med langvarig sosialhjelp og familier med innvandrerbakgrunn, "
        "med én familiekoordinator i 100 % stilling fra 1. januar 2020.",
        "Kontaktperson: Fatima Rahimi, fatima.rahimi@nav.no, tlf. 66 10 80 00. Prosjektets samlede kostnad i 2020 "
        "er kr 1 410 000, hvorav kommunen dekker kr 790 000. Vi ønsker ikke å delta i nettverk/klyngesamarbeid, "
        "men stiller gjerne opp i ekstern prosessevaluering."],
        [["Post", "Omsøkt 2020"], ["Lønn og sosiale utgifter (100 %)", "610 000"],
         ["Kompetansemidler", "10 000"], ["Sum omsøkt", "620 000"], ["Kommunens egenandel (ikke omsøkt)", "790 000"]],
        ["NAV ULLENSAKER", "Furusethgata 12, 2050 Jessheim"])
    return _run(s, out, word60.letter_doc, "docx")


# ------------------------------------------------------------------ pdf-text
def lg07(out):
    s = dict(id="lg07", cat="pdf-text", lang="nb", office="Nav Kongsberg", muni="Kongsberg", org="955718968",
             county="Oslo og Viken", contact=("Henrik Lund", "henrik.lund@nav.no", "32299000"),
             contact_shown="Henrik Lund · henrik.lund@nav.no · 32 29 90 00",
             title="Kongsberg-modellen for arbeid og helse", kind="new", start_iso="2020-03-01", start_shown="01.03.2020",
             pos_lines=[("Arbeidslivskoordinator", "100 %"), ("Helsekoordinator", "50 %")], pct=150,
             pos_amount=930000, total=940000, areas=[O, S], net=True, eval=True, staff_lead="Henrik Lund",
             stats=(27700, 633, 28),
             sigs=[sig("nav_leader", "Anne Grethe Moen", "Nav-leder", "27.01.2020", "2020-01-27"),
                   sig("municipality", "Kjell Ove Svarstad", "Kommunedirektør", "28.01.2020", "2020-01-28")],
             expected=["AMOUNT_OVER_CAP"], notes=["defect: 150 % at 930 000 > 915 000"])
    return _run(s, out, pdf60.text_pdf, "pdf")


def lg08(out):
    s = dict(id="lg08", cat="pdf-text", lang="nn", office="Nav Sunnfjord", muni="Sunnfjord", org="907482138",
             county="Vestland", contact=("Kjersti Hegrenes", "kjersti.hegrenes@nav.no", "57722500"),
             contact_shown="Kjersti Hegrenes, kjersti.hegrenes@nav.no, tlf. 57 72 25 00",
             title="Ny start i Sunnfjord", kind="new", start_iso="2020-08-01", start_shown="august 2020",
             pos_lines=[("Ei stilling som familierettleiar", "(100 %)")], pct=100, pos_amount=600000, total=610000,
             areas=[B], net=False, eval=True, staff_lead="Kjersti Hegrenes", stats=(22000, 530, 24),
             fonts=("DVS", "DVSB"),
             sigs=[sig("nav_leader", "Magnus Flatebø", "Nav-leiar", "31.01.2020", "2020-01-31"),
                   sig("municipality", "Liv Heggheim", "Kommunalsjef for helse og velferd", "31.01.2020", "2020-01-31")],
             notes=["near-miss: 'august 2020' start; municipal signer 'Kommunalsjef for helse og velferd'; "
                    "the target text says the municipality is NOT in the 0-24 programme"])
    s["target"] = ("Målgruppa er barnefamiliar med langvarig sosialhjelp. Kommunen tek ikkje del i 0–24-samarbeidet "
                   "og har inga programfinansiering derifrå. I 2019 hadde 96 familiar med til saman 211 barn "
                   "sosialhjelp i meir enn 6 månader.")
    return _run(s, out, pdf60.text_pdf, "pdf")


def lg09(out):
    s = dict(id="lg09", cat="pdf-text", lang="nn", office="Nav Ørsta", muni="Ørsta", org="968186086",
             county="Møre og Romsdal", contact=("Eirik Vartdal", "eirik.vartdal@nav.no", "70046600"),
             contact_shown="Eirik Vartdal – eirik.vartdal@nav.no – 70 04 66 00",
             title=None, title_ref="prosjektet", kind="new", start_iso="2020-04-01", start_shown="01.04.2020",
             pos_lines=[("Jobbkonsulent", "100 %")], pct=100, pos_amount=560000, total=570000, areas=[O],
             net=True, eval=True, staff_lead="Eirik Vartdal", stats=(10780, 240, 33),
             sigs=[sig("nav_leader", "Aslaug Myklebust", "Nav-leiar", "24.01.2020", "2020-01-24"),
                   sig("municipality", "Jan Ove Tryggestad", "Rådmann", "29.01.2020", "2020-01-29")],
             expected=["TITLE_MISSING"],
             notes=["defect: 'Prosjektnamn' left empty; the running header repeats the form's heading, "
                    "not a project name"])
    return _run(s, out, pdf60.text_pdf, "pdf")


def lg10(out):
    s = dict(id="lg10", cat="pdf-text", lang="nb", office="Nav Namsos", muni="Namsos", org="970610936",
             county="Trøndelag", contact=("Siri Aune", "siri.aune@nav.no", "74215000"),
             contact_shown="Siri Aune (e-post siri.aune@nav.no, telefon 742 15 000)",
             title="Vei inn i arbeidslivet", kind="new", start_iso="2020-03-16", start_shown="16.03.2020",
             pos_lines=[("Praksiskoordinator", "80 %")], pct=80, pos_amount=488000, total=498000, areas=[O, S],
             net=False, eval=False, staff_lead="Siri Aune", stats=(15020, 377, 26), eapproval=True,
             sigs=[sig("nav_leader", "Rune Sandvik", "Nav-leder", "17.01.2020", "2020-01-17", "electronic_approval"),
                   sig("municipality", "Anita Skaug", "Kommunedirektør", "20.01.2020", "2020-01-20", "electronic_approval")],
             notes=["near-miss: 80 % at exactly 488 000; electronic approval"])
    return _run(s, out, pdf60.text_pdf, "pdf")


# ------------------------------------------------------------------ pdf-from-office
def lg11(out):
    s = dict(id="lg11", cat="pdf-from-office", lang="nb", office="Nav Gran", muni="Gran", org="912567230",
             county="Innlandet", contact=("Trine Sollien", "trine.sollien@nav.no", "61338000"),
             contact_shown=_contact("Trine Sollien", "prosjektleder", "trine.sollien@nav.no", "61 33 80 00"),
             title="Hadeland i arbeid", kind="new", start_iso="2020-09-01", start_shown="01.09.2020",
             pos_lines=[("Prosjektkoordinator", "")], pct=None, pos_amount=560000, total=570000, areas=[O],
             net=True, eval=False, staff_lead="Trine Sollien", stats=(13630, 301, 27),
             sigs=[sig("nav_leader", "Geir Ruud", "Nav-leder", "23.01.2020", "2020-01-23"),
                   sig("municipality", "Ingeborg Lunde", "Rådmann", "24.01.2020", "2020-01-24")],
             expected=["POSITION_PERCENT_MISSING"],
             notes=["defect: the position applied for is named without a percentage; the staff list (100/80/50/40 %), "
                    "the statistics and the grants table are full of other percentages"])
    return _run(s, out, _office(word60.form_doc), "pdf")


def lg12(out):
    s = dict(id="lg12", cat="pdf-from-office", lang="nb", office="Nav Lindesnes", muni="Lindesnes", org="990753059",
             county="Agder", contact=("Jostein Tjomsland", "jostein.tjomsland@nav.no", "38257000"),
             title="Arbeidsglede Lindesnes", kind=None, start_iso="2020-04-15", start_shown="15. april 2020",
             pos_lines=[("Jobbveileder", "1,5 årsverk")], pct=150, pos_amount=915000, total=925000, areas=[O],
             net=True, eval=True, staff_lead="Jostein Tjomsland", stats=(23100, 566, 29),
             letter_date="30. januar 2020", eapproval=True,
             sigs=[sig("nav_leader", "Marianne Eikeland", "Nav-leder", "30.01.2020", "2020-01-30", "electronic_approval"),
                   sig("municipality", "Tor Egil Tønnessen", "Kommunedirektør", "30.01.2020", "2020-01-30", "electronic_approval")],
             notes=["near-miss: 1,5 årsverk at exactly 915 000; electronic approval"])
    _letter(s, [
        "Nav Lindesnes, org.nr. 990 753 059, søker om tilskudd til prosjektet Arbeidsglede Lindesnes. Vi vil bruke "
        "ordinært arbeidsliv aktivt: deltakerne skal ut i lønnet arbeid hos private og offentlige arbeidsgivere i "
        "regionen, med tett støtte fra jobbveiledere.",
        "Det søkes om 1,5 årsverk jobbveileder fra 15. april 2020. Kontaktperson er Jostein Tjomsland, "
        "jostein.tjomsland@nav.no, telefon 38 25 70 00. Vi er interessert både i nettverk/klyngesamarbeid og i "
        "ekstern prosessevaluering."],
        [["Budsjettpost", "Kroner"], ["Lønn inkl. sosiale kostnader, 1,5 årsverk", "915 000"],
         ["Kompetansemidler", "10 000"], ["Totalt omsøkt", "925 000"]],
        ["Nav Lindesnes", "Nodeland 4, 4640 Søgne"])
    return _run(s, out, _office(word60.letter_doc), "pdf")


def lg13(out):
    s = dict(id="lg13", cat="pdf-from-office", lang="nn", office="Nav Gloppen", muni="Gloppen", org="947513451",
             county="Vestland", contact=("Sigrid Rygg", "sigrid.rygg@nav.no", "57883000"),
             title="Arbeid i bygda", kind=None, start_iso="2020-05-01", start_shown="1. mai 2020",
             pos_lines=[("Arbeidsgjevarkontakt", "60 %")], pct=60, pos_amount=366000, total=376000, areas=[O],
             net=False, eval=False, staff_lead="Sigrid Rygg", stats=(5800, 112, 22), letter_date="21. januar 2020",
             sigs=[sig("nav_leader", "Oddvar Sandal", "Nav-leiar", "21.01.2020", "2020-01-21"),
                   sig("municipality", "Eli Nygård", "Kommunedirektør", "22.01.2020", "2020-01-22")],
             notes=["near-miss: the priority area (ordinary working life) is argued in other words: "
                    "'løna arbeid hjå verksemder i bygda'; 60 % at exactly 366 000"])
    s["goals"] = ("Hovudmålet er at deltakarane får løna arbeid på vanlege vilkår hjå verksemder i bygda – "
                  "butikkar, verkstader, gardsbruk og kommunen sjølv – i staden for tiltaksplassar.")
    _letter(s, [
        "Nav Gloppen (org.nr. 947 513 451) søkjer om tilskot til prosjektet «Arbeid i bygda». Vi vil at folk som "
        "står utanfor skal få løna arbeid på vanlege vilkår hjå verksemder i bygda, ikkje i tiltak.",
        "Vi søkjer om ei 60 % stilling som arbeidsgjevarkontakt frå 1. mai 2020. Kontaktperson: Sigrid Rygg, "
        "sigrid.rygg@nav.no, 57 88 30 00. Vi ønskjer ikkje nettverk/klyngesamarbeid eller ekstern "
        "prosessevaluering i 2020."],
        [["Post", "Kroner"], ["Løn og sosiale utgifter, 60 %", "366 000"],
         ["Kompetansemidlar", "10 000"], ["Samla søknadssum", "376 000"]],
        ["NAV Gloppen", "Sandane"])
    return _run(s, out, _office(word60.letter_doc), "pdf")


def lg14(out):
    s = dict(id="lg14", cat="pdf-from-office", lang="nn", office="Nav Sunndal", muni="Sunndal", org="938828547",
             county="Møre og Romsdal", contact=("Eldbjørg Røv", None, None),
             contact_shown="Eldbjørg Røv, prosjektleiar",
             title="Vegen vidare", kind="new", start_iso="2020-03-01", start_shown="01.03.2020",
             pos_lines=[("Overgangskoordinator", "100 %")], pct=100, pos_amount=590000, total=600000, areas=[S],
             net=True, eval=True, staff_lead="Eldbjørg Røv", stats=(7100, 150, 30),
             footer="Nav Sunndal · Postboks 94, 6601 Sunndalsøra · Søknad 2020",
             sigs=[sig("nav_leader", "Knut Løfald", "Nav-leiar", "27.01.2020", "2020-01-27"),
                   sig("municipality", "Ragnhild Sande", "Kommunedirektør", "30.01.2020", "2020-01-30")],
             expected=["CONTACT_MISSING"],
             notes=["defect: the contact person is named with neither e-mail nor phone anywhere"])
    return _run(s, out, _office(word60.form_doc), "pdf")


# ------------------------------------------------------------------ pdf-acroform
def _acro(s, phone_shown, pct_shown, start_shown, pos, comp, tot):
    c = s["contact"]
    s["acro"] = {"f_kontor": s["office"], "f_kommune": s["muni"], "f_orgnr": s["org"], "f_kontakt": c[0],
                 "f_epost": c[1] or "", "f_tlf": phone_shown, "f_tittel": s["title"] or "", "f_start": start_shown,
                 "f_prosent": pct_shown, "f_lonn": pos, "f_komp": comp, "f_sum": tot}
    return s


def lg15(out):
    s = dict(id="lg15", cat="pdf-acroform", lang="nb", office="Nav Molde", muni="Molde", org="902673857",
             county="Møre og Romsdal", contact=("Camilla Stokke", "camilla.stokke@nav.no", "71258000"),
             contact_shown="Camilla Stokke", title="Tett på Molde", kind="new", start_iso="2020-03-01",
             start_shown="01.03.2020", pos_lines=[("Jobbspesialist", "100 %")], pct=100, pos_amount=580000,
             total=590000, areas=[O, B], net=True, eval=False, staff_lead="Camilla Stokke", stats=(32000, 790, 27),
             sigs=[sig("nav_leader", "Bjørn Aarø", "Nav-leder", "28.01.2020", "2020-01-28"),
                   sig("municipality", "Arne Sverre Dahl", "Rådmann", "29.01.2020", "2020-01-29")],
             notes=["near-miss: phone written +47; staff list and grants full of other amounts"])
    _acro(s, "+47 712 58 000", "100", "01.03.2020", "580000", "10000", "590000")
    return _run(s, out, pdf60.acro_pdf, "pdf")


def lg16(out):
    s = dict(id="lg16", cat="pdf-acroform", lang="nb", office="Nav Vennesla", muni="Vennesla", org="938112312",
             county="Agder", contact=("Morten Kile", "morten.kile@nav.no", "38137500"),
             contact_shown="Morten Kile", title="Steg for steg", kind="new", start_iso="2020-04-01",
             start_shown="01.04.2020", pos_lines=[("Veileder", "100 %")], pct=100, pos_amount=540000, total=560000,
             total_shown=560000, areas=[S], net=False, eval=True, staff_lead="Morten Kile", stats=(14700, 333, 31),
             sigs=[sig("nav_leader", "Heidi Vigeland", "Nav-leder", "22.01.2020", "2020-01-22"),
                   sig("municipality", "Kenneth Eikeland", "Rådmann", "24.01.2020", "2020-01-24")],
             expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 540 000 + 10 000 written as sum 560 000"])
    _acro(s, "38 13 75 00", "100 %", "1. april 2020", "540 000", "10 000", "560 000")
    return _run(s, out, pdf60.acro_pdf, "pdf")


def lg17(out):
    s = dict(id="lg17", cat="pdf-acroform", lang="nn", office="Nav Luster", muni="Luster", org="908713885",
             county="Vestland", contact=("Gunnvor Nes", "gunnvor.nes@nav.no", "57685500"),
             contact_shown="Gunnvor Nes", title="Heile familien", kind="new", start_iso="2020-02-01",
             start_shown="01.02.2020", pos_lines=[("Familiekoordinator", "to stillingar")], pct=200,
             pos_amount=1220000, total=1230000, areas=[B], net=True, eval=True, staff_lead="Gunnvor Nes",
             stats=(5200, 96, 21),
             sigs=[sig("nav_leader", "Lars Ole Bakken", "Nav-leiar", "31.01.2020", "2020-01-31"),
                   sig("municipality", "Hilde Kvamme", "Kommunalsjef", "01.02.2020", "2020-02-01")],
             notes=["near-miss: two positions (200 %) at exactly 1 220 000; start on the deadline day; "
                    "municipal signature on the deadline day"])
    _acro(s, "57685500", "200", "01.02.2020", "1220000", "10000", "1230000")
    return _run(s, out, pdf60.acro_pdf, "pdf")


DOCS = [("lg01", "docx", lg01), ("lg02", "docx", lg02), ("lg03", "docx", lg03), ("lg04", "docx", lg04),
        ("lg05", "docx", lg05), ("lg06", "docx", lg06), ("lg07", "pdf", lg07), ("lg08", "pdf", lg08),
        ("lg09", "pdf", lg09), ("lg10", "pdf", lg10), ("lg11", "pdf", lg11), ("lg12", "pdf", lg12),
        ("lg13", "pdf", lg13), ("lg14", "pdf", lg14), ("lg15", "pdf", lg15), ("lg16", "pdf", lg16),
        ("lg17", "pdf", lg17), ("lg18", "docx", lg18)]
