"""Facts of the 17 applications (z18 is the non-application). sigs: (role, name, title, iso date, kind)."""
from kit32 import mod11, bad_mod11

NL, MU = "nav_leader", "municipality"
HW, EA, TY, DG = "handwritten", "electronic_approval", "typed", "digital"

D = {}


def add(**k):
    D[k["id"]] = k


add(id="z01", lang="nb", year=2020, office="Gol", written="NAV Gol", muni="Gol", org=mod11("96451234"),
    contact=("Ingvild Haugo", "Ingvild.Haugo@nav.no", "32 07 51 20"), title="Arbeidslinja i Hallingdal",
    kind="new", start="2020-04-01", positions=[("Jobbspesialist", 100, 600000)], comp=10000, total=610000,
    prio=["ordinaert-arbeidsliv", "saarbare-overganger"], net=True, proc=False,
    sigs=[(NL, "Knut Ola Rudningen", "Nav-leder", "2020-01-22", HW), (MU, "Hilde Kristin Brenna", "Rådmann", "2020-01-27", HW)])
add(id="z02", lang="nn", year=2019, office="Vang", written="NAV Vang", muni="Vang", org=mod11("96487012"),
    contact=("Sigrid Kvam", "sigrid.kvam@vang.kommune.no", "+47 913 44 820"), title="Ung i Valdres – tett på",
    kind="continuation", start="2019-03-01", positions=[("Ungdomskontakt", 50, 295000)], comp=None, total=295000,
    prio=["barnefamilier-ungdom-innvandrere"], net=False, proc=True,
    sigs=[(NL, "Ragnhild Tveit", "Nav-leiar", "2019-01-24", EA), (MU, "Eirik Fjeld", "Rådmann", "2019-01-28", EA)])
add(id="z03", lang="nb", year=2020, office="Sør-Varanger", written="NAV Sør-Varanger", muni="Sør-Varanger",
    org=mod11("96423311"), contact=("Tor-Arne Isaksen", "tor-arne.isaksen@nav.no", "47 61 22 09"),
    title="Grenseløs overgang fra skole til arbeid", kind="new", start="2020-06-15",
    positions=[("Veileder overgang skole–arbeid", 100, 590000), ("Familiekoordinator", 50, 300000)], comp=10000,
    total=910000, prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], net=True, proc=True,
    sigs=[(NL, "Marit Elise Hætta", "Nav-leder", "2020-01-21", HW), (MU, "Bjørn Harald Eriksen", "Kommunedirektør", "2020-01-29", HW)])
add(id="z04", lang="nb", year=2020, office="Sagene", written="Nav Sagene", muni="Oslo", org=mod11("97459021"),
    contact=("Amir Haddad", "amir.haddad@bsa.oslo.kommune.no", "23 47 10 55"), title="Familieløft Sagene",
    kind="new", start="2020-09-01", positions=[("Familiekoordinator", 100, 580000), ("Jobbkonsulent", 100, 600000)],
    comp=None, total=1180000, prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], net=True, proc=False,
    sigs=[(NL, "Linn Solheim", "Nav-leder", "2020-01-28", TY), (MU, "Per Ivar Moen", "Bydelsdirektør", "2020-01-30", TY)])
add(id="z05", lang="nb", year=2020, office="Nord-Fron", written="NAV Nord-Fron", muni="Nord-Fron", org=mod11("96160412"),
    contact=("Astrid Bakkeløkken", "astrid.bakkelokken@nav.no", "61 21 68 30"),
    title="Inn på arbeidsmarkedet i Midt-Gudbrandsdal", kind="continuation", start="2020-01-01",
    positions=[("Arbeidsinkluderingskonsulent", 80, 480000)], comp=8000, total=488000,
    prio=["ordinaert-arbeidsliv"], net=False, proc=False,
    sigs=[(NL, "Håvard Sandbu", "Nav-leder", "2020-01-17", HW), (MU, "Kari Tofte", "Kommunedirektør", "2020-01-20", HW)])
add(id="z06", lang="nn", year=2020, office="Fitjar", written="Nav Fitjar", muni="Fitjar", org=bad_mod11("96420177"),
    contact=("Synnøve Eldøy", "synnove.eldoy@fitjar.kommune.no", "917 40 226"), title="Saman mot arbeid",
    kind="new", start="2020-08-17", positions=[("Jobbspesialist", 100, 560000)], comp=10000, total=570000,
    prio=["ordinaert-arbeidsliv", "saarbare-overganger"], net=True, proc=True,
    sigs=[(NL, "Oddbjørn Vikse", "Nav-leiar", "2020-01-23", EA), (MU, "Rolf Bjarte Økland", "Kommunalsjef", "2020-01-24", EA)])
add(id="z07", lang="nb", year=2018, office="Narvik", written="NAV Narvik", muni="Narvik", org=mod11("95911208"),
    contact=("Ellen Johansen", "ellen.johansen@narvik.kommune.no", "76 96 50 12"), title="Ny start Ofoten",
    kind="new", start="2018-03-01", positions=[("Miljøarbeider", 100, 560000), ("Jobbkoordinator", 50, 280000)],
    comp=None, total=840000, prio=["ungdom-innvandrere", "overganger"], net=None, proc=None,
    sigs=[(NL, "Rune Pedersen", "NAV-leder", "2018-01-25", HW), (MU, "Geir Mathisen", "Rådmann", "2018-01-29", HW)])
add(id="z08", lang="nb", year=2020, office="Namsos", written="NAV Namsos", muni="Namsos", org=mod11("94459102"),
    contact=("Jon Olav Aune", "jon.olav.aune@nav.no", "95 12 33 48"), title="Kvalifisering i Namdalen",
    kind="new", start="2020-05-01", positions=[("Prosjektmedarbeider", 100, 610000)], comp=10000, total=620000,
    prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv", "saarbare-overganger"], net=True, proc=False,
    sigs=[(NL, "Guri Lein", "Nav-leder", "2020-01-16", HW), (MU, "Arve Skage", "Kommunedirektør", "2020-01-30", HW)])
add(id="z09", lang="nb", year=2020, office="Sel", written="NAV SEL", muni="Sel", org=mod11("93961245"),
    contact=("Kristin Hovde", "KRISTIN.HOVDE@SEL.KOMMUNE.NO", "41 22 90 17"), title="ARBEID FOR ALLE I SEL",
    kind="continuation", start="2020-03-01", positions=[("Veileder", 60, 360000)], comp=None, total=360000,
    prio=["ordinaert-arbeidsliv"], net=False, proc=True,
    sigs=[(NL, "Per Ove Sandvik", "Nav-leder", "2020-01-27", HW), (MU, "Tone Kvarberg", "Rådmann", "2020-01-29", HW)])
add(id="z10", lang="nn", year=2019, office="Nord-Aurdal", written="NAV Nord-Aurdal", muni="Nord-Aurdal",
    org=mod11("96179034"), contact=("Gunnhild Rogn", "gunnhild.rogn@nav.no", "976 54 321"),
    title="Familiestøtte i Valdres", kind="new", start="2019-04-01", positions=[(None, 100, 575000)], comp=10000,
    total=585000, prio=["barnefamilier-ungdom-innvandrere"], net=True, proc=True,
    sigs=[(NL, "Olav Strand", "Nav-leiar", "2019-01-25", HW), (MU, "Marte Hagen", "Rådmann", "2019-01-25", HW)])
add(id="z11", lang="nb", year=2020, office="Hemsedal", written="Nav Hemsedal", muni="Hemsedal", org=mod11("96437210"),
    contact=("Lars Gunnar Grøthe", "lars.grothe@nav.no", "906 11 482"), title="Sesongarbeid som springbrett",
    kind="new", start="2020-04-15", positions=[(None, 50, 300000)], comp=5000, total=305000,
    prio=["ordinaert-arbeidsliv"], net=True, proc=False,
    sigs=[(NL, "Trine Vøllo", "Nav-leder", "2020-01-24", HW)])
add(id="z12", lang="nb", year=2020, office="Bømlo", written="NAV Bømlo", muni="Bømlo", org=mod11("93469813"),
    contact=("Hege Lønning", "hege.lonning@nav.no", "48 03 57 21"), title="Bømlo-modellen for unge voksne",
    kind="continuation", start="2020-01-01", positions=[("Ungdomsveileder", 100, 590000)], comp=10000, total=600000,
    prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], net=False, proc=False,
    sigs=[(NL, "Svein Olav Folkestad", "Nav-leder", "2020-01-14", HW), (MU, "Anne Grethe Lie", "Kommunedirektør", "2020-01-20", HW)])
add(id="z13", lang="nn", year=2020, office="Grong", written="NAV Grong", muni="Grong", org=mod11("96442330"),
    contact=("Ingrid Fossland", "ingrid.fossland@grong.kommune.no", "959 20 114"), title="Indre Namdal i arbeid",
    kind="new", start="2020-05-01", positions=[(None, 80, 520000)], comp=None, total=520000,
    prio=["ordinaert-arbeidsliv"], net=True, proc=False,
    sigs=[(NL, "Kjell Are Sæter", "Nav-leiar", "2020-01-27", EA), (MU, "Siv Brattli", "Kommunedirektør", "2020-01-29", EA)])
add(id="z14", lang="nb", year=2020, office="Vadsø", written="NAV Vadsø", muni="Vadsø", org=mod11("94330211"),
    contact=("Mette Sirkka", "mette.sirkka@nav.no", "915 33 702"), title="Arbeid og språk i Vadsø",
    kind="new", start="2020-08-03", positions=[("Språk- og arbeidsveileder", 100, 540000), ("Jobbkonsulent", 20, 110000)],
    comp=7500, total=657500, prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], net=True, proc=True,
    sigs=[(NL, "Frode Labahå", "Nav-leder", "2020-01-30", EA), (MU, "Wenche Pedersen", "Kommunedirektør", "2020-01-31", EA)])
add(id="z15", lang="nb", year=2020, office="Evenes", written="NAV Evenes", muni="Evenes", org=mod11("96443601"),
    contact=("Rita Nilsen", "rita.nilsen@evenes.kommune.no", "971 12 004"), title="Sammen for arbeid i Evenes",
    kind="new", start="2020-06-01", positions=[("Prosjektleder", 100, 600000)], comp=None, total=600000,
    prio=["saarbare-overganger"], net=False, proc=True,
    sigs=[(NL, "Kjetil Hansen", "Nav-leder", "2020-01-22", EA), (MU, "Bente Myrvang", "Rådmann", "2020-01-23", EA)])
add(id="z16", lang="nb", year=2020, office="Stovner", written="NAV Stovner", muni="Oslo", org=mod11("97413390"),
    contact=("Yusuf Ali", "yusuf.ali@bsn.oslo.kommune.no", "940 12 345"), title="Stovner jobbløft for unge",
    kind="new", start="2020-08-01", positions=[("Ungdomsveileder", 100, 600000), ("Jobbspesialist", 100, 610000)],
    comp=10000, total=1220000, prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], net=True, proc=True,
    sigs=[(NL, "Sofie Rasmussen", "Nav-leder", "2020-01-24", HW), (MU, "Jan-Erik Holm", "Bydelsdirektør", "2020-01-28", HW)])
add(id="z17", lang="nb", year=2020, office="Dovre", written="Nav Dovre", muni="Dovre", org=mod11("96173342"),
    contact=("Eli Brenden", "eli.brenden@nav.no", "61 24 15 00"), title="Arbeidsretta oppfølging Nord-Gudbrandsdal",
    kind="new", start="2020-03-01", positions=[("Veileder", 100, 580000)], comp=10000, total=590000,
    prio=["ordinaert-arbeidsliv", "saarbare-overganger"], net=True, proc=False,
    sigs=[(NL, "Hans Petter Dahle", "Nav-leder", "2020-01-20", DG), (MU, "Randi Bakken", "Kommunedirektør", "2020-01-24", DG)])
