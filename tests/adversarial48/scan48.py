"""Corpus 48 paper documents: the county form filled by pen or typewriter, then scanned, faxed or
photographed (k01–k09, k13, k14)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402

from form48 import attachment, page_one, page_sign  # noqa: E402
from paper48 import INK_BLACK, Sheet, copier, org_bad, org_ok, photo, save_pdf  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
LOW = ["LOW_CONFIDENCE"]


def spec(id_, lang, county, **kw):
    f = dict(id=id_, lang=lang, county_head=county, one_page=True, fill="hand", tick="check", desc=[],
             kind="new", net=None, eva=None, prio=[])
    f.update(kw)
    return f


def sig(place_date, name, title, **kw):
    return dict(place_date=place_date, name=name, title=title, **kw)


# ------------------------------------------------------------------ k01 pdf-scanned nb, pen + ticks, grey 300 dpi
def k01(out: Path):
    org = org_ok("97451238")
    f = spec("k01", "nb", "Statsforvalteren i Nordland", office="Nav Bø", mun="Bø", org=org[:3] + " " + org[3:6] + " " + org[6:],
             cname="Siv Åsheim", tel="76 11 82 40", mail="siv.asheim@nav.no", title="Jobbfokus Bø", start="1/4-20",
             pos="1 stilling, 100 %", b1="590 000", b2="10 000", b3="600 000", prio=[0, 2],
             desc=["Tett oppfølging av unge ledige ut i ordinært arbeid", "sammen med lokale arbeidsgivere i Bø."],
             net=True, eva=False,
             sigs=[sig("Bø 27/1-20", "Bjørn Eilertsen", "Nav-leder"), sig("Bø 28/1-20", "Åse Kristoffersen", "Rådmann")])
    img = copier(page_one(f).img, dpi=300, angle=0.6, contrast=0.9, noise=3000, blur=0.4, seed="k01")
    save_pdf([img], out, 300, jpeg_q=70)
    return truth("k01", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Bø", "Bø", org),
                 contact=("Siv Åsheim", "siv.asheim@nav.no", "76118240"), project=("Jobbfokus Bø", "new", "2020-04-01"),
                 pct=100, amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Eilertsen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Åse Kristoffersen", "Rådmann", "2020-01-28", "handwritten")],
                 notes=["printed county form filled by pen (jittered italic glyphs), check marks overshooting their boxes",
                        "dates handwritten '27/1-20', start '1/4-20'; grey 300 dpi, 0.6° tilt, JPEG q70"])


# ------------------------------------------------------------------ k02 pdf-scanned nn, 3 sheets, signatures last
def k02(out: Path):
    org = org_ok("96496857")
    f = spec("k02", "nn", "Statsforvalteren i Vestland", one_page=False, office="Nav Årdal", mun="Årdal", org=org[:3] + " " + org[3:6] + " " + org[6:],
             cname="Guri Øvrebø", tel="57 66 50 00", mail="guri.ovrebo@nav.no", title="Vegen vidare", kind="2",
             start="1/1-20", pos="ei stilling 100 %", b1="600 000", b2="10 000", b3="610 000", prio=[1],
             desc=["Familiekoordinator for barnefamiliar med låg inntekt, i lag", "med skule, helsestasjon og barnevern."],
             net=True, eva=True, tick="cross",
             sigs=[sig("Årdalstangen 24/1-20", "Ståle Hæreid", "Nav-leiar"), sig("Årdalstangen 24/1-20", "Målfrid Sæbø", "Rådmann")])
    att = attachment(f, "Vedlegg 1: Prosjektplan «Vegen vidare»", [
        "#Prosjektgruppe", "Prosjektleiar: Guri Øvrebø, Nav Årdal", "Ragnhild Lægreid, helsestasjonen",
        "Oddvar Ølnes, barnevernet", "Torunn Hæreid, Årdal ungdomsskule",
        "#Samla kostnad for prosjektet (alle finansieringskjelder)", "Løn 2 stillingar: 1 250 000 kr",
        "Kommunen sin eigendel: 650 000 kr", "Drift og møte: 40 000 kr", "Samla: 1 290 000 kr",
        "#Framdrift", "Januar–mars 2020: kartlegging av familiane", "April–desember 2020: oppfølging og evaluering"])
    pages = [page_one(f), att, page_sign(f)]
    imgs = [copier(p.img, dpi=200, bw=True, angle=a, noise=2500, seed=f"k02{i}", threshold=170)
            for i, (p, a) in enumerate(zip(pages, (-0.5, 0.9, 0.3)))]
    save_pdf(imgs, out, 200)
    return truth("k02", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Årdal", "Årdal", org),
                 contact=("Guri Øvrebø", "guri.ovrebo@nav.no", "57665000"), project=("Vegen vidare", "continuation", "2020-01-01"),
                 pct=100, amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ståle Hæreid", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Målfrid Sæbø", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["3 sheets scanned black-and-white at 200 dpi: form, attachment (project plan with its own group "
                        "and total cost 1 290 000), then the signature sheet last", "ticks are crosses"])


# ------------------------------------------------------------------ k03 pdf-scanned nb, received stamp over the signing block
def k03(out: Path):
    org = org_ok("96495230")
    f = spec("k03", "nb", "Statsforvalteren i Trøndelag", office="Nav Ørland", mun="Ørland", org=org,
             cname="Hilde Kjærvik", tel="72 51 40 00", mail="hilde.kjaervik@nav.no", title="Ung i arbeid på Fosen",
             start="1/3-20", pos="50 % stilling", b1="300 000", b2="5 000", b3="305 000", prio=[1],
             desc=["Ungdomsveileder for unge under 25 som står utenfor skole og jobb."], net=False, eva=False,
             sigs=[sig("Brekstad 29/1-20", "Hilde Kjærvik", "Nav-leder"), sig("Brekstad 30/1-20", "Snorre Glørstad", "Kommunedirektør")])
    s = page_one(f)
    s.stamp(1250, 2860, ["STATSFORVALTEREN I TRØNDELAG", "MOTTATT", "03 FEB. 2020", "Saksnr. 2020/1187"], angle=7)
    img = copier(s.img, dpi=300, angle=-0.8, noise=2000, seed="k03")
    save_pdf([img], out, 300, jpeg_q=75)
    return truth("k03", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Ørland", "Ørland", org),
                 contact=("Hilde Kjærvik", "hilde.kjaervik@nav.no", "72514000"),
                 project=("Ung i arbeid på Fosen", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Hilde Kjærvik", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Snorre Glørstad", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: the county's received stamp '03 FEB. 2020' pressed over the municipal signing block; "
                        "the signatures are dated 29/1 and 30/1 (no SIGNED_AFTER_DEADLINE)",
                        "the Nav leader is also the contact person"])


# ------------------------------------------------------------------ k04 pdf-scanned nb, typewriter, fax copy: AMOUNT_OVER_CAP
def k04(out: Path):
    org = org_ok("97464411")
    f = spec("k04", "nb", "Fylkesmannen i Innlandet", fill="typed", tick="cross", office="NAV Sør-Odal", mun="Sør-Odal",
             org=org, cname="Tone Bråthen", tel="62 97 71 00", mail="tone.brathen@nav.no", title="Arbeid og bolig Sør-Odal",
             start="01.03.2020", pos="80 % stilling", b1="500 000", b2="10 000", b3="510 000", prio=[2],
             desc=["Oppfølging av personer som løslates fra fengsel eller kommer ut fra rusbehandling,", "med bolig og arbeid."],
             net=True, eva=False,
             sigs=[sig("Skarnes 28.01.2020", "Tone Bråthen", "Nav-leder", pen=False, colour=INK_BLACK),
                   sig("Skarnes 29.01.2020", "Kjell Åge Sørli", "Rådmann", pen=False, colour=INK_BLACK)])
    s = page_one(f)
    s.text(60, 30, "29/01/2020 14:02   FAKS 62 97 71 01   NAV SØR-ODAL                         S. 01/01", size=34)
    img = copier(s.img, dpi=200, bw=True, angle=0.4, contrast=0.7, bright=1.1, noise=9000, blur=0.6, seed="k04",
                 threshold=205)
    save_pdf([img], out, 200)
    return truth("k04", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Sør-Odal", "Sør-Odal", org),
                 contact=("Tone Bråthen", "tone.brathen@nav.no", "62977100"),
                 project=("Arbeid og bolig Sør-Odal", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tone Bråthen", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Kjell Åge Sørli", "Rådmann", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], optional=LOW,
                 notes=["defect: 80 % at 500 000 > cap 488 000", "typewriter answers, fax copy: 200 dpi black-and-white, faded, "
                        "blurred, speckled, fax header line with the sender's fax number", "older wording 'NAV Sør-Odal', "
                        "'Fylkesmannen'"])


# ------------------------------------------------------------------ k05 photo nn, phone photo with a shadow: municipality missing
def k05(out: Path):
    org = org_ok("97479211")
    f = spec("k05", "nn", "Statsforvalteren i Rogaland", office="Nav Hå", mun="Hå", org=org, cname="Ingrid Njå",
             tel="51 79 52 00", mail="ingrid.nja@nav.no", title="Jobbvegen Hå", start="1/2-20", pos="ei stilling (100 %)",
             b1="580 000", b2="10 000", b3="590 000", prio=[0], tick="dot",
             desc=["Jobbspesialist som skaffar ordinært arbeid hos lokale verksemder."], net=False, eva=True,
             sigs=[sig("Nærbø 22/1-20", "Torild Vigrestad", "Nav-leiar"), None])
    img = photo(page_one(f).img, "k05", tilt=-2.5, shadow_strength=0.6)
    img.save(out, "JPEG", quality=82)
    return truth("k05", "jpg", "photo", lang="nn", scheme=S20, office=("Nav Hå", "Hå", org),
                 contact=("Ingrid Njå", "ingrid.nja@nav.no", "51795200"), project=("Jobbvegen Hå", "new", "2020-02-01"),
                 pct=100, amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Torild Vigrestad", "Nav-leiar", "2020-01-22", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=LOW,
                 notes=["defect: the municipal block is left empty as printed", "phone photo (JPEG): perspective, -2.5° tilt, "
                        "hand shadow over the lower right corner, warm light, desk around the page; ticks are filled circles"])


# ------------------------------------------------------------------ k06 pdf-scanned nn, page scanned 90° turned
def k06(out: Path):
    org = org_ok("96491884")
    f = spec("k06", "nn", "Statsforvalteren i Vestland", office="Nav Høyanger", mun="Høyanger", org=org,
             cname="Eirik Sæle", tel="57 71 25 00", mail="eirik.saele@nav.no", title="Arbeidslivsløftet", start="1/3-20",
             pos="60 % stilling", b1="360 000", b2="6 000", b3="366 000", prio=[0],
             desc=["Tettare samarbeid med industrien i Høyanger om praksis og faste jobbar."], net=True, eva=False,
             sigs=[sig("Høyanger 20/1-20", "Eirik Sæle", "Nav-leiar"), sig("Høyanger 21/1-20", "Åshild Bøe", "Rådmann")])
    img = copier(page_one(f).img, dpi=300, noise=1500, seed="k06").rotate(90, expand=True)
    save_pdf([img], out, 300, jpeg_q=80)
    return truth("k06", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Høyanger", "Høyanger", org),
                 contact=("Eirik Sæle", "eirik.saele@nav.no", "57712500"), project=("Arbeidslivsløftet", "new", "2020-03-01"),
                 pct=60, amounts={"positions": 360000, "competence": 6000, "total": 366000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Eirik Sæle", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Åshild Bøe", "Rådmann", "2020-01-21", "handwritten")],
                 notes=["the sheet lay sideways in the feeder: the page image is turned 90° (landscape page)",
                        "near-miss: 60 % with positions 360 000 under 366 000; the TOTAL equals the cap"])


# ------------------------------------------------------------------ k07 pdf-scanned nb, municipality dated 3/2-20
def k07(out: Path):
    org = org_ok("93923190")
    f = spec("k07", "nb", "Statsforvalteren i Trøndelag", office="Nav Røros", mun="Røros", org=org, cname="Marit Sødal",
             tel="72 41 32 00", mail="marit.sodal@nav.no", title="Bergstadens jobbsti", start="1/3-20", pos="100 % stilling",
             b1="598 000", b2="10 000", b3="608 000", prio=[0, 1], tick="cross",
             desc=["Unge og innvandrere følges ut i jobb hos arbeidsgivere i regionen."], net=True, eva=True,
             sigs=[sig("Røros 30/1-20", "Marit Sødal", "Nav-leder"), sig("Røros 3/2-20", "Kjersti Ålbu", "Rådmann")])
    img = copier(page_one(f).img, dpi=250, angle=1.1, noise=2500, blur=0.3, seed="k07")
    save_pdf([img], out, 250, jpeg_q=70)
    return truth("k07", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Røros", "Røros", org),
                 contact=("Marit Sødal", "marit.sodal@nav.no", "72413200"), project=("Bergstadens jobbsti", "new", "2020-03-01"),
                 pct=100, amounts={"positions": 598000, "competence": 10000, "total": 608000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Marit Sødal", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Kjersti Ålbu", "Rådmann", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the rådmann dated by hand '3/2-20' (3 February 2020), after the deadline",
                        "grey 250 dpi, 1.1° tilt"])


# ------------------------------------------------------------------ k08 photo nb (PNG), filled circles, 50 % at the cap
def k08(out: Path):
    org = org_ok("97473240")
    f = spec("k08", "nb", "Statsforvalteren i Oslo og Viken", office="Nav Lørenskog", mun="Lørenskog", org=org,
             cname="Anne-Grethe Løvås", tel="67 93 40 00", mail="anne-grethe.lovas@nav.no", title="Språk og jobb",
             start="17/2-20", pos="50 % stilling", b1="305 000", b2="10 000", b3="315 000", prio=[1], tick="dot",
             desc=["Kvinner med innvandrerbakgrunn: norsk på arbeidsplassen og fast jobb."], net=True, eva=True,
             sigs=[sig("Lørenskog 17.01.20", "Anne-Grethe Løvås", "Nav-leder"),
                   sig("Lørenskog 20.01.20", "Ole Jørgen Strøm", "Kommunedirektør")])
    img = photo(page_one(f).img, "k08", tilt=1.5, shadow_strength=0.35)
    img.save(out, "PNG")
    return truth("k08", "png", "photo", lang="nb", scheme=S20, office=("Nav Lørenskog", "Lørenskog", org),
                 contact=("Anne-Grethe Løvås", "anne-grethe.lovas@nav.no", "67934000"),
                 project=("Språk og jobb", "new", "2020-02-17"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Anne-Grethe Løvås", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Ole Jørgen Strøm", "Kommunedirektør", "2020-01-20", "handwritten")],
                 optional=LOW,
                 notes=["near-miss: 50 % at exactly 305 000 and competence exactly 10 000", "phone photo saved as PNG, "
                        "light shadow; ticks are filled circles; dates '17.01.20'"])


# ------------------------------------------------------------------ k09 pdf-scanned nb, typewriter, B/W 300 dpi: ORG_NUMBER_INVALID
def k09(out: Path):
    org = org_bad("97453611")
    f = spec("k09", "nb", "Statsforvalteren i Vestfold og Telemark", fill="typed", office="Nav Færder", mun="Færder",
             org=org[:3] + " " + org[3:6] + " " + org[6:], cname="Lars Håkon Kjønnø", tel="33 35 00 00",
             mail="lars.hakon.kjonno@nav.no", title="Sammen om sommerjobb", start="01.04.2020", pos="1 stilling (100 %)",
             b1="560 000", b2="8 000", b3="568 000", prio=[1, 2],
             desc=["Ungdom 16-24 år fra familier med lav inntekt: sommerjobb, skolegang og", "overgang til lærlingplass."],
             net=False, eva=True,
             sigs=[sig("Tjøme, 21.01.2020", "Gunn Kåsa", "Nav-leder", pen=False, colour=INK_BLACK),
                   sig("Borgheim, 23.01.2020", "Harald Østby", "Kommunedirektør", pen=False, colour=INK_BLACK)])
    img = copier(page_one(f).img, dpi=300, bw=True, angle=-0.3, noise=3000, seed="k09", threshold=160)
    save_pdf([img], out, 300)
    return truth("k09", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Færder", "Færder", org),
                 contact=("Lars Håkon Kjønnø", "lars.hakon.kjonno@nav.no", "33350000"),
                 project=("Sammen om sommerjobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 560000, "competence": 8000, "total": 568000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Gunn Kåsa", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Harald Østby", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=[f"defect: org.nr. {org} fails MOD11", "typewriter answers, black ink scribbles with the names "
                        "typed under them, black-and-white 300 dpi"])


# ------------------------------------------------------------------ k13 pdf-scanned nb, Nav leader block empty
def k13(out: Path):
    org = org_ok("97454308")
    f = spec("k13", "nb", "Statsforvalteren i Innlandet", office="Nav Åmot", mun="Åmot", org=org, cname="Sigrid Bækken",
             tel="62 43 08 00", mail="sigrid.baekken@nav.no", title="Rena-modellen", kind="2", start="1/1-20",
             pos="1 stilling 100 %", b1="585 000", b2="10 000", b3="595 000", prio=[0, 2], tick="check",
             desc=["Overgang fra avsluttet kvalifiseringsprogram til ordinært arbeid."], net=True, eva=False,
             sigs=[None, sig("Rena 29/1-20", "Kåre Øverby", "Rådmann")])
    s = page_one(f)
    s.stamp(1350, 3100, ["ÅMOT KOMMUNE", "Rådmannen"], colour=(30, 50, 160), angle=-4)
    img = copier(s.img, dpi=300, angle=0.5, noise=2000, seed="k13")
    save_pdf([img], out, 300, jpeg_q=75)
    return truth("k13", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Åmot", "Åmot", org),
                 contact=("Sigrid Bækken", "sigrid.baekken@nav.no", "62430800"),
                 project=("Rena-modellen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 585000, "competence": 10000, "total": 595000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("municipality", "Kåre Øverby", "Rådmann", "2020-01-29", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav-kontor block is empty; the municipality signed and stamped 'ÅMOT KOMMUNE / "
                        "Rådmannen' beside its signature", "continuation year 2"])


# ------------------------------------------------------------------ k14 photo nn (JPEG), sum written wrong
def k14(out: Path):
    org = org_ok("97457129")
    f = spec("k14", "nn", "Statsforvalteren i Vestland", office="Nav Stord", mun="Stord", org=org, cname="Solveig Tveit Ådland",
             tel="53 49 60 00", mail="solveig.adland@nav.no", title="Heilt inn", start="1/3-20", pos="70 % stilling",
             b1="400 000", b2="8 000", b3="418 000", prio=[2], tick="check",
             desc=["Overgangen frå fengsel og rusbehandling til bustad og arbeid."], net=True, eva=False,
             sigs=[sig("Leirvik 23/1-20", "Bjarte Søvik", "Nav-leiar"), sig("Leirvik 27/1-20", "Gunnhild Økland", "Kommunedirektør")])
    img = photo(page_one(f).img, "k14", tilt=3.0, shadow_strength=0.45)
    img.save(out, "JPEG", quality=78)
    return truth("k14", "jpg", "photo", lang="nn", scheme=S20, office=("Nav Stord", "Stord", org),
                 contact=("Solveig Tveit Ådland", "solveig.adland@nav.no", "53496000"), project=("Heilt inn", "new", "2020-03-01"),
                 pct=70, amounts={"positions": 400000, "competence": 8000, "total": 418000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Bjarte Søvik", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Gunnhild Økland", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], optional=LOW,
                 notes=["defect: 400 000 + 8 000 written as 418 000 (should be 408 000)", "phone photo JPEG, 3° tilt, shadow"])


__all__ = ["k01", "k02", "k03", "k04", "k05", "k06", "k07", "k08", "k09", "k13", "k14", "Sheet"]
