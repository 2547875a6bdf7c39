"""Build the adversarial35 corpus: paper-and-signature weighted applications from Innlandet, Trøndelag,
Nordland, Agder and Vestland.  Usage: build.py CACHE [--only z01,z05] [--write-truth]"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import kit  # noqa: E402
from truthlib import build_corpus, truth  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
S19 = "nav-sosiale-tjenester-2019"
S18 = "nav-sosiale-tjenester-2018"
ORD, BUI, SAA = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
AREAS = {
    "nb": [(ORD, "Bruk av ordinært arbeidsliv"), (BUI, "Oppfølging av barnefamilier, ungdom og innvandrere"),
           (SAA, "Sikring av sårbare overganger")],
    "nn": [(ORD, "Bruk av ordinært arbeidsliv"), (BUI, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
           (SAA, "Sikring av sårbare overgangar")],
}
AREAS18 = [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"), ("ungdom-innvandrere", "Ungdom og innvandrere"),
           ("tilsyn", "Tiltak begrunnet i tilsyn"), ("barneperspektivet", "Barneperspektivet"),
           ("overganger", "Overganger mellom tjenester, skole og arbeidsliv")]
TZ = timezone(timedelta(hours=1))


def kr(n):
    return f"{n:,}".replace(",", " ")


def tmp():
    return Path(tempfile.mkdtemp(prefix="adv35-"))


# ------------------------------------------------------------------ a reportlab form, many ways
def rl_form(out: Path, a: dict, *, lang="nb", style="grid", font=("DV", "DVB"), box=("☒", "☐"), sig="side",
            inks=(), muni_empty=False, year="2020", size=10, header=None):
    """Write the application ``a`` as a text PDF. ``style``: grid | above | numbered. ``sig``: side |
    stacked | table | eapproval | digital | stamp."""
    kit.fonts()
    c = kit.fixed_canvas(out)
    f = kit.Flow(c, font=font[0], bold=font[1], size=size)
    nn = lang == "nn"
    on, off = box
    f.text(header or ("Statsforvaltaren i " if nn else "Statsforvalteren i ") + a["county"], size=9)
    f.space(6)
    if year == "2018":
        f.wrap("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – 2018", size=14, bold=True)
    elif nn:
        f.wrap(f"Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret {year}", size=14, bold=True)
    else:
        f.wrap(f"Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret {year}", size=14, bold=True)
    f.text("Kap. 0621 post 63", size=9)
    f.space(8)
    L = LABELS[lang]
    kind_txt = (f"{on if a['kind'] == 'new' else off} {L['new']}    "
                f"{on if a['kind'] == 'continuation' else off} {L['cont']}")
    pos_txt = "\n".join(f"{p[0]}: {p[1]} % – kr {kr(p[2])}" for p in a["pos"])
    areas = AREAS18 if year == "2018" else AREAS[lang]
    sections = [
        (L["s1"], [(L["office"], a["office_written"]), (L["muni"], a["muni"]), (L["org"], a["org_written"])]),
        (L["s2"], [(L["contact"], a["contact"]), (L["email"], a["email_written"]), (L["phone"], a["phone_written"])]),
        (L["s3"], [(L["title"], a["title_written"]), (L["kind"], kind_txt), (L["start"], a["start_written"])]),
        (L["s4"], [(L["pos"], pos_txt), (L["pct"], a["pct_written"])]),
        (L["s5"], [(L["b_pos"], "kr " + kr(a["b_pos"]))] +
         ([(L["b_comp"], "kr " + kr(a["b_comp"]))] if a.get("b_comp") else [(L["b_comp"], "–")]) +
         [(L["b_tot"], "kr " + kr(a["b_tot"]))]),
    ]
    num = 0
    for head, rows in sections:
        num += 1
        f.space(6)
        f.text(f"{num}. {head}" if style == "numbered" else head, size=size + 1.5, bold=True)
        if style == "grid":
            f.grid(rows, col=165)
        elif style == "above":
            for lab, val in rows:
                f.text(lab, size=size - 1, bold=True, gap=2)
                for part in str(val).split("\n"):
                    f.text(part, x=f.left + 12)
                f.space(2)
        else:
            for i, (lab, val) in enumerate(rows, 1):
                parts = str(val).split("\n")
                f.text(f"{num}.{i}  {lab}:  {parts[0]}")
                for part in parts[1:]:
                    f.text(part, x=f.left + 30)
    num += 1
    f.space(6)
    f.text(f"{num}. {L['s6']}" if style == "numbered" else L["s6"], size=size + 1.5, bold=True)
    f.text(L["areas_q"], size=size - 1)
    for aid, txt in areas:
        f.text(f"{on if aid in a['prio'] else off}  {txt}", x=f.left + 10)
    num += 1
    f.space(6)
    f.text(f"{num}. {L['s7']}" if style == "numbered" else L["s7"], size=size + 1.5, bold=True)
    for q, v in ((L["net"], a["net"]), (L["eval"], a["eval"])):
        f.wrap(q, size=size - 0.5)
        f.text(f"{on if v else off} {L['yes']}     {off if v else on} {L['no']}", x=f.left + 10)
    num += 1
    f.space(6)
    f.text(f"{num}. {L['s8']}" if style == "numbered" else L["s8"], size=size + 1.5, bold=True)
    f.wrap(a["desc"])
    f.space(10)
    signature_block(f, a, lang, sig, inks, muni_empty, size)
    c.showPage()
    c.save()


def signature_block(f, a, lang, sig, inks, muni_empty, size):
    L = LABELS[lang]
    f.need(190)
    f.text(L["s9"], size=size + 1.5, bold=True)
    f.wrap(L["sig_intro"], size=size - 1)
    f.space(8)
    (n1, t1, d1, p1), (n2, t2, d2, p2) = a["sig"]
    c = f.c
    if sig in ("eapproval",):
        f.text(f"{t1}: {n1}    {p1}, {d1}")
        f.text(f"{t2}: {n2}    {p2}, {d2}")
        f.space(4)
        f.wrap(L["eapp"], size=size - 1)
        return
    if sig in ("digital", "stamp"):
        if sig == "stamp":
            f.space(70)  # room for the visible stamp drawn by the signer
        for n, t, d, p in a["sig"]:
            f.text(f"{t}: {n}", bold=True)
            f.text(L["digi"], size=size - 1)
            f.space(4)
        return
    if sig == "side":
        top = f.y
        for i, (n, t, d, p) in enumerate(a["sig"]):
            x = f.left + i * 245
            empty = muni_empty and i == 1
            c.setFont(f.font, size - 1)
            c.drawString(x, top - 12, f"{L['place_date']}: " + ("" if empty else f"{p}, {d}"))
            if inks and not empty:
                ink = inks[i]
                f.image(ink, x + 5, top - 78, 170, 52)
            c.line(x, top - 70, x + 215, top - 70)
            c.setFont(f.font, size - 1.5)
            c.drawString(x, top - 80, L["signature"])
            c.setFont(f.font, size)
            c.drawString(x, top - 96, "" if empty else n)
            c.drawString(x, top - 110, t if not empty else (L["muni_title"]))
        f.y = top - 125
        return
    if sig == "stacked":
        for i, (n, t, d, p) in enumerate(a["sig"]):
            f.need(110)
            top = f.y
            c.setFont(f.font, size)
            c.drawString(f.left, top - 12, f"{p}, {d}")
            if inks:
                f.image(inks[i], f.left + 150, top - 62, 180, 58)   # ink crosses the line and its caption
            c.line(f.left + 140, top - 45, f.left + 380, top - 45)
            c.drawString(f.left + 140, top - 58, f"{t} {n}")
            f.y = top - 80
        return
    if sig == "table":
        top = f.y
        widths = [150, 160, 165]
        heads = [L["place_date"], L["signature"], L["name_title"]]
        x = f.left
        c.setFont(f.bold, size - 1)
        for w, h in zip(widths, heads):
            c.rect(x, top - 16, w, 16); c.drawString(x + 3, top - 12, h); x += w
        for r, (n, t, d, p) in enumerate(a["sig"]):
            y0 = top - 16 - (r + 1) * 60
            x = f.left
            for w in widths:
                c.rect(x, y0, w, 60); x += w
            c.setFont(f.font, size)
            c.drawString(f.left + 3, y0 + 40, f"{p}, {d}")
            if inks:
                f.image(inks[r], f.left + 152, y0 + 3, 150, 50)
            c.drawString(f.left + 313, y0 + 40, n)
            c.drawString(f.left + 313, y0 + 26, t)
        f.y = top - 16 - 2 * 60 - 10


LABELS = {
    "nb": dict(s1="Søker", office="Navn på Nav-kontor", muni="Kommune", org="Organisasjonsnummer",
               s2="Kontaktperson for søknaden", contact="Navn", email="E-postadresse", phone="Telefon",
               s3="Om prosjektet", title="Prosjektets navn", kind="Type søknad", new="Nytt prosjekt",
               cont="Videreføring", start="Planlagt oppstart", s4="Stillinger",
               pos="Stillinger det søkes om", pct="Samlet stillingsprosent", s5="Budsjett",
               b_pos="Lønn inkl. sosiale kostnader", b_comp="Kompetansemidler", b_tot="Sum omsøkt tilskudd",
               s6="Prioriterte områder", areas_q="Kryss av for områdene prosjektet retter seg mot:",
               s7="Interesse for samarbeid",
               net="Er Nav-kontoret interessert i å delta i nettverk/klyngesamarbeid?",
               eval="Er Nav-kontoret interessert i å delta i ekstern prosessevaluering?", yes="Ja", no="Nei",
               s8="Kort beskrivelse av prosjektet", s9="Underskrifter",
               sig_intro="Søknaden er forankret i kommunens ledelse og signeres av leder for Nav-kontoret og rådmann/kommunedirektør.",
               place_date="Sted og dato", signature="Underskrift", name_title="Navn og stilling",
               muni_title="Kommunedirektør/rådmann",
               eapp="Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
               digi="Signert digitalt (PAdES), se signaturpanelet"),
    "nn": dict(s1="Søkjar", office="Namn på Nav-kontoret", muni="Kommune", org="Organisasjonsnummer",
               s2="Kontaktperson", contact="Namn", email="E-post", phone="Telefonnummer",
               s3="Om prosjektet", title="Namn på prosjektet", kind="Type søknad", new="Nytt prosjekt",
               cont="Vidareføring", start="Oppstartsdato", s4="Stillingar",
               pos="Stillingar det blir søkt om", pct="Stillingsprosent i alt", s5="Budsjett",
               b_pos="Løn inkl. sosiale kostnader", b_comp="Kompetansemidlar", b_tot="Sum søkt tilskot",
               s6="Prioriterte område", areas_q="Kryss av for områda prosjektet rettar seg mot:",
               s7="Interesse for samarbeid",
               net="Ønskjer Nav-kontoret å delta i nettverk/klyngesamarbeid?",
               eval="Ønskjer Nav-kontoret å delta i ekstern prosessevaluering?", yes="Ja", no="Nei",
               s8="Kort omtale av prosjektet", s9="Underskrifter",
               sig_intro="Søknaden er forankra i kommuneleiinga og er underskriven av leiar for Nav-kontoret og kommunedirektør.",
               place_date="Stad og dato", signature="Underskrift", name_title="Namn og stilling",
               muni_title="Kommunedirektør",
               eapp="Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.",
               digi="Signert digitalt (PAdES), sjå signaturpanelet"),
}


def app(**kw):
    a = dict(kw)
    a.setdefault("office_written", a["office"])
    a.setdefault("org_written", a["org"])
    a.setdefault("email_written", a["email"])
    a.setdefault("phone_written", a["phone"])
    a.setdefault("title_written", a["title"])
    return a


def t_of(id_, ext, cat, a, *, lang, scheme, kinds, expected=(), optional=(), notes=(), own=None, start=None,
         sig_iso=None, muni_absent=False):
    sigs = []
    roles = ["nav_leader", "municipality"]
    for i, (n, t, d, p) in enumerate(a["sig"]):
        if muni_absent and i == 1:
            continue
        sigs.append((roles[i], n, t, sig_iso[i], kinds[i]))
    am = {"positions": a["b_pos"], "competence": a.get("b_comp"), "other": None, "total": a["b_tot"]}
    kw = {}
    if own is not None:
        kw["own_funding"] = own
    return truth(id_, ext, cat, lang=lang, scheme=scheme, office=(a["office"], a["muni"], a["org"]),
                 contact=(a["contact"], a["email"].lower(), a["phone"]), project=(a["title"], a["kind"], start),
                 pct=a["pct"], amounts=am, prio=sorted(a["prio"]), interest=(a["net"], a["eval"]), sigs=sigs,
                 expected=expected, optional=optional, notes=notes, **kw)


# ================================================================== the documents
def z01(out):
    """pdf-scanned, nb: Nav Hamar, grid form printed, signed in blue ink side by side, grey 300 dpi, 1.2° skew."""
    a = app(county="Innlandet", office="Nav Hamar", office_written="NAV Hamar", muni="Hamar", org=kit.orgnr(101),
            contact="Tone Marit Haugli", email="tone.marit.haugli@nav.no", phone="62541870", phone_written="62 54 18 70",
            title="Arbeid først for unge med sammensatte behov", kind="new", start_written="01.09.2020",
            pos=[("Jobbspesialist", 100, 600000)], pct=100, pct_written="100 %", b_pos=600000, b_comp=10000, b_tot=610000,
            prio={ORD, SAA}, net=True, eval=False,
            desc="Prosjektet skal gi unge mellom 18 og 29 år med sammensatte behov tett oppfølging ut i ordinært "
                 "arbeid, i samarbeid med lokalt næringsliv og videregående skole.",
            sig=[("Bjørn Erik Solheim", "Nav-leder", "21.01.2020", "Hamar"),
                 ("Kari Anne Myrvold", "Kommunedirektør", "27.01.2020", "Hamar")])
    d = tmp(); inks = [kit.ink_png(11, d / "i1.png"), kit.ink_png(12, d / "i2.png")]
    rl_form(d / "f.pdf", a, style="grid", sig="side", inks=inks)
    kit.scan(d / "f.pdf", out, dpi=300, angle=1.2, grey=True, noise=7, seed=1)
    return t_of("z01", "pdf", "pdf-scanned", a, lang="nb", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-09-01", sig_iso=["2020-01-21", "2020-01-27"], optional=["LOW_CONFIDENCE"])


def z02(out):
    """pdf-scanned, nn: Nav Voss, phone photo of the printed pages on a desk (perspective, uneven light, JPEG)."""
    a = app(county="Vestland", office="Nav Voss", muni="Voss", org=kit.orgnr(102),
            contact="Ingebjørg Lid", email="ingebjorg.lid@nav.no", phone="56520914", phone_written="+47 565 20 914",
            title="Heile familien i arbeid", kind="continuation", start_written="1. mars 2020",
            pos=[("Familiekoordinator", 80, 480000)], pct=80, pct_written="80 %", b_pos=480000, b_comp=None,
            b_tot=480000, prio={BUI}, net=False, eval=True,
            desc="Vidareføring av arbeidet med familiar med låg inntekt der ein koordinator følgjer opp heile "
                 "familien, med vekt på at foreldra kjem i arbeid og at barna får delta i fritidsaktivitetar.",
            sig=[("Sigrid Rykkje", "Nav-leiar", "20.01.2020", "Voss"),
                 ("Leiv Arne Hjelle", "Kommunedirektør", "24.01.2020", "Voss")])
    d = tmp(); inks = [kit.ink_png(21, d / "i1.png", colour=(15, 15, 20)), kit.ink_png(22, d / "i2.png")]
    rl_form(d / "f.pdf", a, lang="nn", style="above", sig="stacked", inks=inks, box=("☒", "☐"), size=10.5)
    kit.photo(d / "f.pdf", out, dpi=220, seed=2)
    return t_of("z02", "pdf", "pdf-scanned", a, lang="nn", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-03-01", sig_iso=["2020-01-20", "2020-01-24"], optional=["LOW_CONFIDENCE"])


def z03(out):
    """pdf-scanned, nb, 2018: NAV Bodø, Fylkesmannen i Nordland; rådmann's block left empty (planted defect)."""
    a = app(county="Nordland", office="Nav Bodø", office_written="NAV Bodø", muni="Bodø", org=kit.orgnr(103),
            contact="Per Gunnar Hansen", email="per.gunnar.hansen@nav.no", phone="75546000", phone_written="755 46 000",
            title="Fra skole til arbeid", kind="new", start_written="01.04.2018",
            pos=[("Ungdomskoordinator", 100, 620000)], pct=100, pct_written="100 %", b_pos=620000, b_comp=None,
            b_tot=620000, prio={"ungdom-innvandrere", "overganger"}, net=True, eval=True,
            desc="Prosjektet skal hindre frafall ved overgangen fra videregående skole til arbeid for ungdom som "
                 "mottar økonomisk sosialhjelp, med en egen koordinator i Nav.",
            sig=[("Hilde Kristiansen", "NAV-leder", "18.01.2018", "Bodø"),
                 ("Rolf Arntzen", "Rådmann", "", "Bodø")])
    d = tmp(); inks = [kit.ink_png(31, d / "i1.png", colour=(10, 10, 10))]
    rl_form(d / "f.pdf", a, style="numbered", sig="side", inks=inks, muni_empty=True, year="2018",
            header="Fylkesmannen i Nordland", font=("LS", "LSB"), box=("[X]", "[  ]"))
    kit.scan(d / "f.pdf", out, dpi=250, angle=-0.7, grey=True, noise=5, blur=0.5, jpeg=80, seed=3)
    return t_of("z03", "pdf", "pdf-scanned", a, lang="nb", scheme=S18, kinds=["handwritten"], start="2018-04-01",
                sig_iso=["2018-01-18"], muni_absent=True, expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                optional=["LOW_CONFIDENCE"],
                notes=["planted: the rådmann block has caption only, no name, no ink, no date"])


def z04(out):
    """pdf-handwritten, nb: Nav Stjørdal, two positions (100 % + 50 %), signature table, blue ink in cells."""
    a = app(county="Trøndelag", office="Nav Stjørdal", muni="Stjørdal", org=kit.orgnr(104),
            contact="Marius Langørgen", email="marius.langorgen@nav.no", phone="74831200", phone_written="74 83 12 00",
            title="Bolig og arbeid etter rus", kind="new", start_written="15.08.2020",
            pos=[("Boligkonsulent", 100, 600000), ("Arbeidsveileder", 50, 300000)], pct=150,
            pct_written="150 % (1,5 årsverk)", b_pos=900000, b_comp=10000, b_tot=910000, prio={SAA, ORD},
            net=True, eval=True,
            desc="Prosjektet skal sikre overgangen fra rusbehandling til egen bolig og arbeid, med en fast "
                 "kontaktperson som følger brukeren fra utskrivning.",
            sig=[("Anne Grete Wold", "Nav-leder", "22.01.2020", "Stjørdal"),
                 ("Tor Ivar Sandvik", "Kommunedirektør", "29.01.2020", "Stjørdal")])
    d = tmp(); inks = [kit.ink_png(41, d / "i1.png"), kit.ink_png(42, d / "i2.png")]
    rl_form(out, a, style="grid", sig="table", inks=inks, font=("DVS", "DVSB"), box=("(X)", "( )"))
    return t_of("z04", "pdf", "pdf-handwritten", a, lang="nb", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-08-15", sig_iso=["2020-01-22", "2020-01-29"])


def z05(out):
    """pdf-handwritten, nn: Nav Stryn, labels above answers, stacked blocks 'Nav-leiar NAME', black ink crossing."""
    a = app(county="Vestland", office="Nav Stryn", muni="Stryn", org=kit.orgnr(105),
            contact="Ragnhild Loen", email="ragnhild.loen@nav.no", phone="57877000", phone_written="57 87 70 00",
            title="Språk og arbeid for nykomne", kind="new", start_written="01.05.2020",
            pos=[("Rettleiar", 50, 300000)], pct=50, pct_written="50 %", b_pos=300000, b_comp=8000, b_tot=308000,
            prio={BUI, ORD}, net=False, eval=False,
            desc="Prosjektet skal kombinere norskopplæring med arbeidspraksis i lokale verksemder for "
                 "innvandrarar som har fullført introduksjonsprogrammet utan å kome i arbeid.",
            sig=[("Eirik Tenden", "Nav-leiar", "17.01.2020", "Stryn"),
                 ("Solveig Hjelle Nesdal", "Kommunedirektør", "23.01.2020", "Stryn")])
    d = tmp(); inks = [kit.ink_png(51, d / "i1.png", colour=(10, 10, 10), crossing=True),
                       kit.ink_png(52, d / "i2.png", colour=(10, 10, 10), crossing=True)]
    rl_form(out, a, lang="nn", style="above", sig="stacked", inks=inks, box=("■", "□"))
    return t_of("z05", "pdf", "pdf-handwritten", a, lang="nn", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-05-01", sig_iso=["2020-01-17", "2020-01-23"])


def z06(out):
    """pdf-handwritten, nb: Nav Arendal, numbered inline answers, side-by-side blocks with 'Sted og dato'."""
    a = app(county="Agder", office="Nav Arendal", muni="Arendal", org=kit.orgnr(106),
            contact="Lene Tjore", email="Lene.Tjore@nav.no", phone="37013000", phone_written="370 13 000",
            title="Lavterskel arbeidstrening i havna", kind="continuation", start_written="01.02.2020",
            pos=[("Arbeidsleder", 100, 590000)], pct=100, pct_written="100 %", b_pos=590000, b_comp=None,
            b_tot=590000, prio={ORD}, net=False, eval=True,
            desc="Andre prosjektår. Deltakerne får arbeidstrening i ordinære bedrifter på havneområdet, og "
                 "arbeidslederen følger opp både deltaker og arbeidsgiver.",
            sig=[("Geir Olav Trydal", "Nav-leder", "14.01.2020", "Arendal"),
                 ("Hanne Marie Berntsen", "Kommunalsjef", "20.01.2020", "Arendal")])
    d = tmp(); inks = [kit.ink_png(61, d / "i1.png"), kit.ink_png(62, d / "i2.png", colour=(30, 30, 120))]
    rl_form(out, a, style="numbered", sig="side", inks=inks, font=("DV", "DVB"), box=("☑", "☐"))
    return t_of("z06", "pdf", "pdf-handwritten", a, lang="nb", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-02-01", sig_iso=["2020-01-14", "2020-01-20"])


def _pades_base(a, lang, sig, out_plain, box):
    rl_form(out_plain, a, lang=lang, style="grid", sig=sig, font=("LS", "LSB"), box=box)


def z07(out):
    """pdf-pades, nn: Nav Kvinnherad, two PAdES signatures (Nav leader, then kommunedirektør), invisible."""
    a = app(county="Vestland", office="Nav Kvinnherad", muni="Kvinnherad", org=kit.orgnr(107),
            contact="Ola Nordbø", email="ola.nordbo@nav.no", phone="53483100", phone_written="53 48 31 00",
            title="Ung i jobb i Kvinnherad", kind="new", start_written="01.06.2020",
            pos=[("Jobbkonsulent", 60, 360000)], pct=60, pct_written="60 %", b_pos=360000, b_comp=10000,
            b_tot=370000, prio={ORD, BUI}, net=True, eval=False,
            desc="Unge sosialhjelpsmottakarar skal få ein fast jobbkonsulent som skaffar praksisplassar og "
                 "arbeid i lokale verksemder.",
            sig=[("Astrid Eide", "Nav-leiar", "", ""), ("Knut Rolland", "Kommunedirektør", "", "")])
    d = tmp(); _pades_base(a, "nn", "digital", d / "p.pdf", ("■", "□"))
    kit.pades_sign(d / "p.pdf", d / "s1.pdf", name="Astrid Eide", org="Nav Kvinnherad", seed=71,
                   when=datetime(2020, 1, 22, 10, 5, tzinfo=TZ), field="SignaturNavleiar")
    kit.pades_sign(d / "s1.pdf", out, name="Knut Rolland", org="Kvinnherad kommune", seed=72,
                   when=datetime(2020, 1, 28, 14, 40, tzinfo=TZ), field="SignaturKommune")
    return t_of("z07", "pdf", "pdf-pades", a, lang="nn", scheme=S20, kinds=["digital"] * 2, start="2020-06-01",
                sig_iso=["2020-01-22", "2020-01-28"])


def z08(out):
    """pdf-pades, nb: Nav Elverum, one visible PAdES stamp; bytes inside the signed range changed afterwards."""
    a = app(county="Innlandet", office="Nav Elverum", muni="Elverum", org=kit.orgnr(108),
            contact="Stian Bakken", email="stian.bakken@nav.no", phone="62433000", phone_written="62 43 30 00",
            title="Tidlig innsats for barnefamilier", kind="new", start_written="01.08.2020",
            pos=[("Familieveileder", 100, 605000)], pct=100, pct_written="100 %", b_pos=605000, b_comp=None,
            b_tot=605000, prio={BUI}, net=True, eval=True,
            desc="Familier med barn som mottar sosialhjelp over tid får en familieveileder som arbeider med hele "
                 "familiens situasjon: arbeid, bolig, økonomi og barnas deltakelse.",
            sig=[("Mona Haugen", "Nav-leder", "", ""), ("Erik Sletten", "Kommunedirektør", "", "")])
    d = tmp(); _pades_base(a, "nb", "stamp", d / "p.pdf", ("[X]", "[ ]"))
    kit.pades_sign(d / "p.pdf", d / "s1.pdf", name="Mona Haugen", org="Nav Elverum", seed=81,
                   when=datetime(2020, 1, 23, 9, 15, tzinfo=TZ), field="NavLeder")
    kit.pades_sign(d / "s1.pdf", d / "s2.pdf", name="Erik Sletten", org="Elverum kommune", seed=82,
                   when=datetime(2020, 1, 27, 13, 0, tzinfo=TZ), field="Kommunedirektor",
                   box=(330, 200, 535, 260), page=_last_page(d / "s1.pdf"))
    b = bytearray((d / "s2.pdf").read_bytes())
    i = b.find(b"(anonymous)")
    b[i + 1:i + 10] = b"Anonymous"  # a change inside the signed byte range: both digests break
    out.write_bytes(bytes(b))
    return t_of("z08", "pdf", "pdf-pades", a, lang="nb", scheme=S20, kinds=["digital"] * 2, start="2020-08-01",
                sig_iso=["2020-01-23", "2020-01-27"], expected=["DIGITAL_SIGNATURE_INVALID"],
                notes=["planted: one byte run of the Info dictionary changed after both signatures"])


def _last_page(p):
    import pypdf
    return len(pypdf.PdfReader(str(p)).pages) - 1


def z09(out):
    """pdf-text, nn: Nav Levanger, labels above answers, 'to stillingar', Nynorsk electronic approval."""
    a = app(county="Trøndelag", office="Nav Levanger", muni="Levanger", org=kit.orgnr(109),
            contact="Gunnhild Ekker", email="gunnhild.ekker@nav.no", phone="74052700", phone_written="74 05 27 00",
            title="Saman om overgangar", kind="new", start_written="1. august 2020",
            pos=[("Overgangskoordinator", 100, 600000), ("Jobbspesialist", 100, 600000)], pct=200,
            pct_written="to stillingar (200 %)", b_pos=1200000, b_comp=10000, b_tot=1210000, prio={SAA, ORD},
            net=True, eval=True,
            desc="To koordinatorar skal sikre at ungdom og vaksne ikkje fell ut i overgangen mellom skule, "
                 "helsetenester og arbeid.",
            sig=[("Per Olav Skjesol", "Nav-leiar", "28.01.2020", "Levanger"),
                 ("Vigdis Fornes", "Kommunedirektør", "30.01.2020", "Levanger")])
    rl_form(out, a, lang="nn", style="above", sig="eapproval", font=("DVS", "DVSB"), box=("[x]", "[ ]"))
    return t_of("z09", "pdf", "pdf-text", a, lang="nn", scheme=S20, kinds=["electronic_approval"] * 2,
                start="2020-08-01", sig_iso=["2020-01-28", "2020-01-30"])


def z10(out):
    """pdf-text, nb: Nav Vågan, grid form, 80 % with kr 520 000 (over the 488 000 cap) — planted defect."""
    a = app(county="Nordland", office="Nav Vågan", muni="Vågan", org=kit.orgnr(110),
            contact="Trond Hveding", email="trond.hveding@nav.no", phone="76069000", phone_written="760 69 000",
            title="Sesongarbeid som springbrett", kind="new", start_written="01.04.2020",
            pos=[("Arbeidsinkluderingsveileder", 80, 520000)], pct=80, pct_written="80 %", b_pos=520000,
            b_comp=None, b_tot=520000, prio={ORD}, net=False, eval=False,
            desc="Prosjektet bruker sesongarbeid i fiskeri og reiseliv som vei inn i fast ordinært arbeid for "
                 "personer som har mottatt sosialhjelp lenge.",
            sig=[("Ranveig Johansen", "Nav-leder", "16.01.2020", "Svolvær"),
                 ("Hallvard Pettersen", "Rådmann", "21.01.2020", "Svolvær")])
    rl_form(out, a, style="grid", sig="eapproval", font=("DV", "DVB"), box=("✔", "–"))
    return t_of("z10", "pdf", "pdf-text", a, lang="nb", scheme=S20, kinds=["electronic_approval"] * 2,
                start="2020-04-01", sig_iso=["2020-01-16", "2020-01-21"], expected=["AMOUNT_OVER_CAP"],
                notes=["planted: 80 % may get at most 488 000; 520 000 applied for"])


# ------------------------------------------------------------------ Word
def _docx():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    d.core_properties.created = datetime(2020, 1, 10)
    d.core_properties.modified = datetime(2020, 1, 10)
    d.core_properties.author = "Nav"
    return d


def _shade(cell, fill="D9E2F3"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), fill); tcPr.append(s)


def _fix_zip(path):
    """Rewrite a .docx with fixed member dates so the bytes repeat."""
    import zipfile
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 10, 12, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def z11_doc(path, inks):
    """Nynorsk form in Word: one table where each label sits in a shaded row ABOVE its answer; ✓ ticks."""
    from docx.shared import Cm
    a = Z11
    d = _docx()
    d.add_paragraph("Statsforvaltaren i Vestland")
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    t = d.add_table(rows=0, cols=1); t.style = "Table Grid"
    rows = [("Søkjar (Nav-kontor)", "NAV Ullensvang"), ("Kommune", "Ullensvang"),
            ("Organisasjonsnr.", a["org"][:3] + " " + a["org"][3:6] + " " + a["org"][6:]),
            ("Kontaktperson, e-post og telefon", "Kristin Utne, kristin.utne@nav.no, tlf. 53 65 40 00"),
            ("Prosjektnamn", "«Vegen vidare – rettleiing for unge»"),
            ("Nytt prosjekt eller vidareføring", "✓ Nytt prosjekt     ◻ Vidareføring"),
            ("Oppstart", "01.09.2020"),
            ("Stillingar", "Éi stilling, 100 % rettleiar"),
            ("Budsjett", "Løn og sosiale kostnader: kr 575 000\nKompetansemidlar: kr 0\nSum søkt: kr 575 000"),
            ("Prioriterte område (kryss av)", "✓ Bruk av ordinært arbeidsliv\n◻ Oppfølging av barnefamiliar, ungdom og innvandrarar\n✓ Sikring av sårbare overgangar"),
            ("Nettverk/klyngesamarbeid", "✓ Ja   ◻ Nei"), ("Ekstern prosessevaluering", "◻ Ja   ✓ Nei"),
            ("Kort omtale", "Unge vaksne som har falle ut av vidaregåande skule får ein fast rettleiar som hjelper dei "
                            "over i arbeid eller utdanning.")]
    for lab, val in rows:
        c = t.add_row().cells[0]; c.text = lab; _shade(c); c.paragraphs[0].runs[0].bold = True
        c = t.add_row().cells[0]
        for k, line in enumerate(val.split("\n")):
            (c.paragraphs[0] if k == 0 else c.add_paragraph()).add_run(line)
    d.add_paragraph()
    d.add_paragraph("Underskrifter").runs[0].bold = True
    s = d.add_table(rows=4, cols=2); s.style = "Table Grid"
    s.cell(0, 0).text = "Stad og dato: Odda, 20.01.2020"; s.cell(0, 1).text = "Stad og dato: Odda, 23.01.2020"
    for i in range(2):
        s.cell(1, i).paragraphs[0].add_run().add_picture(str(inks[i]), width=Cm(5))
    s.cell(2, 0).text = "Johannes Bleie"; s.cell(2, 1).text = "Marta Opedal"
    s.cell(3, 0).text = "Nav-leiar"; s.cell(3, 1).text = "Kommunedirektør"
    d.save(path)


Z11 = app(county="Vestland", office="Nav Ullensvang", muni="Ullensvang", org=kit.orgnr(111),
          contact="Kristin Utne", email="kristin.utne@nav.no", phone="53654000", title="Vegen vidare – rettleiing for unge",
          kind="new", pos=[], pct=100, b_pos=575000, b_comp=None, b_tot=575000, prio={ORD, SAA}, net=True, eval=False,
          sig=[("Johannes Bleie", "Nav-leiar", "", ""), ("Marta Opedal", "Kommunedirektør", "", "")])


def _soffice(docx_path, out):
    od = docx_path.parent
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{od}/lo", "--convert-to", "pdf",
                    "--outdir", str(od), str(docx_path)], check=True, capture_output=True, timeout=180)
    shutil.copy(docx_path.with_suffix(".pdf"), out)


def z11(out):
    """pdf-from-office, nn: the Word form above converted by LibreOffice; ink images in a signature table."""
    d = tmp(); inks = [kit.ink_png(111, d / "i1.png"), kit.ink_png(112, d / "i2.png")]
    z11_doc(d / "s.docx", inks); _soffice(d / "s.docx", out)
    return t_of("z11", "pdf", "pdf-from-office", Z11, lang="nn", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-09-01", sig_iso=["2020-01-20", "2020-01-23"])


def z12(out):
    """pdf-from-office, nb, 2019: Nav Steinkjer, numbered paragraphs with the answer after a colon and a
    budget table with a heading row; electronic approval; LibreOffice PDF."""
    d = tmp(); doc = _docx()
    doc.add_paragraph("Til Fylkesmannen i Trøndelag")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019", 1)
    for line in ["1. Søker: NAV Steinkjer", "2. Kommune: Steinkjer",
                 f"3. Org.nr.: {kit.orgnr(112)}",
                 "4. Kontaktperson: Jon Arve Bjørgum, e-post jon.arve.bjorgum@nav.no, mobil 917 44 210",
                 "5. Prosjekt: Digital gjeldsrådgivning for unge", "6. Søknaden gjelder: Nytt prosjekt",
                 "7. Ønsket oppstart: 1. mars 2019", "8. Stilling: 50 % gjeldsrådgiver (en halv stilling)"]:
        doc.add_paragraph(line)
    doc.add_paragraph("9. Budsjett (tilskudd det søkes om)")
    t = doc.add_table(rows=4, cols=2); t.style = "Light Grid Accent 1"
    for r, (k, v) in enumerate([("Post", "Beløp (kr)"), ("Lønn og sosiale utgifter", "290 000"),
                                ("Kompetanse", "0"), ("Totalt", "290 000")]):
        t.cell(r, 0).text = k; t.cell(r, 1).text = v
    doc.add_paragraph("10. Prioriterte områder: Prosjektet retter seg mot oppfølging av barnefamilier, ungdom og "
                      "innvandrere (ungdom 18–25 år med betalingsproblemer).")
    doc.add_paragraph("11. Nettverk/klyngesamarbeid: Ja.  Ekstern prosessevaluering: Nei.")
    doc.add_paragraph("12. Beskrivelse: Unge med gjeld får tidlig rådgivning digitalt og ved oppmøte, slik at "
                      "gjeldsproblemer ikke hindrer utdanning og arbeid.")
    doc.add_paragraph("Steinkjer, 24.01.2019")
    doc.add_paragraph("Berit Lie Hoff, NAV-leder          Kjell Arne Rostad, rådmann")
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    doc.save(d / "s.docx"); _soffice(d / "s.docx", out)
    a = app(office="Nav Steinkjer", muni="Steinkjer", org=kit.orgnr(112), contact="Jon Arve Bjørgum",
            email="jon.arve.bjorgum@nav.no", phone="91744210", title="Digital gjeldsrådgivning for unge", kind="new",
            pct=50, b_pos=290000, b_comp=None, b_tot=290000, prio={BUI}, net=True, eval=False,
            sig=[("Berit Lie Hoff", "NAV-leder", "", ""), ("Kjell Arne Rostad", "Rådmann", "", "")])
    return t_of("z12", "pdf", "pdf-from-office", a, lang="nb", scheme=S19, kinds=["electronic_approval"] * 2,
                start="2019-03-01", sig_iso=["2019-01-24", "2019-01-24"],
                notes=["competence stated as 0: truth competence null? kept null; see README open cases"])


def z13(out):
    """pdf-acroform, nb: Nav Grimstad, fillable form filled with pypdf; org number fails MOD11 (planted);
    ink images stamped over the signature lines."""
    from reportlab.lib.colors import black, white
    kit.fonts()
    d = tmp()
    c = kit.fixed_canvas(d / "blank.pdf")
    c.setFont("LSB", 14); c.drawString(50, 800, "Søknad – tilskudd til sosiale tjenester i Nav-kontoret 2020")
    c.setFont("LS", 9); c.drawString(50, 786, "Fyll ut feltene. Søknadsfrist 1. februar 2020. Sendes Statsforvalteren i Agder.")
    fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Org.nr."), ("kontakt", "Kontaktperson"),
              ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjekttittel"), ("oppstart", "Oppstartsdato"),
              ("stilling", "Stilling(er) og prosent"), ("sumprosent", "Stillingsprosent totalt"),
              ("lonn", "Lønnsmidler (kr)"), ("komp", "Kompetansemidler (kr)"), ("sum", "Sum søknadsbeløp (kr)")]
    y = 755
    form = c.acroForm
    for name, lab in fields:
        c.setFont("LS", 10); c.drawString(50, y + 5, lab)
        form.textfield(name=name, x=210, y=y, width=330, height=18, borderWidth=0.6, fillColor=white,
                       textColor=black, fontName="Helvetica", fontSize=10)
        y -= 26
    c.setFont("LSB", 11); c.drawString(50, y, "Søknadstype"); y -= 20
    for nm, lab in [("nytt", "Nytt prosjekt"), ("videre", "Videreføring")]:
        form.checkbox(name=nm, x=60, y=y - 3, size=12, buttonStyle="cross"); c.setFont("LS", 10); c.drawString(80, y, lab); y -= 18
    c.setFont("LSB", 11); c.drawString(50, y, "Prioriterte områder"); y -= 20
    for nm, lab in [("p1", "Bruk av ordinært arbeidsliv"), ("p2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    ("p3", "Sikring av sårbare overganger")]:
        form.checkbox(name=nm, x=60, y=y - 3, size=12, buttonStyle="cross"); c.drawString(80, y, lab); y -= 18
    c.setFont("LSB", 11); c.drawString(50, y, "Interesse"); y -= 20
    for nm, lab in [("nett", "Ønsker å delta i nettverk/klyngesamarbeid"), ("eval", "Ønsker å delta i ekstern prosessevaluering")]:
        form.checkbox(name=nm, x=60, y=y - 3, size=12, buttonStyle="cross"); c.drawString(80, y, lab); y -= 18
    c.showPage()
    c.setFont("LSB", 12); c.drawString(50, 790, "Underskrift")
    c.setFont("LS", 10)
    for i, (nm, lab) in enumerate([("navleder", "Leder Nav-kontor (navn)"), ("kommunedir", "Kommunedirektør (navn)")]):
        x = 50 + i * 260
        c.drawString(x, 760, lab)
        form.textfield(name=nm, x=x, y=735, width=220, height=18, borderWidth=0.6, fontName="Helvetica", fontSize=10)
        form.textfield(name=nm + "_dato", x=x, y=705, width=120, height=18, borderWidth=0.6, fontName="Helvetica", fontSize=10)
        c.drawString(x + 125, 710, "(dato)")
        c.line(x, 640, x + 220, 640); c.drawString(x, 628, "Signatur")
    c.save()
    org = kit.orgnr(113, valid=False)
    vals = {"kontor": "Nav Grimstad", "kommune": "Grimstad", "orgnr": org, "kontakt": "Synnøve Fjeld",
            "epost": "synnove.fjeld@nav.no", "tlf": "37250100", "tittel": "Jobbsjansen Grimstad",
            "oppstart": "01.08.2020", "stilling": "Jobbkoordinator 100 %", "sumprosent": "100",
            "lonn": "610 000", "komp": "", "sum": "610 000", "navleder": "Arild Moe", "navleder_dato": "15.01.2020",
            "kommunedir": "Ellen Kirsti Songe", "kommunedir_dato": "22.01.2020"}
    ticks = {"nytt", "p1", "p2", "eval"}
    import pypdf
    from pypdf.generic import NameObject
    r = pypdf.PdfReader(str(d / "blank.pdf")); w = pypdf.PdfWriter(clone_from=r)
    for p in w.pages:
        w.update_page_form_field_values(p, vals, auto_regenerate=False)
        for an in p.get("/Annots", []):
            an = an.get_object()
            nm = an.get("/T")
            if an.get("/FT") == "/Btn":
                st = NameObject("/Yes") if nm in ticks else NameObject("/Off")
                an[NameObject("/V")] = st; an[NameObject("/AS")] = st
    w.set_need_appearances_writer(True)
    w.write(str(d / "filled.pdf"))
    # ink: stamp the two signatures over the lines on page 2
    c = kit.fixed_canvas(d / "ink.pdf"); c.showPage()
    for i in range(2):
        c.drawImage(str(kit.ink_png(131 + i, d / f"i{i}.png")), 60 + i * 260, 632, 170, 50, mask="auto")
    c.showPage(); c.save()
    ink = pypdf.PdfReader(str(d / "ink.pdf"))
    w2 = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(d / "filled.pdf")))
    w2.pages[1].merge_page(ink.pages[1])
    w2.write(str(out))
    a = app(office="Nav Grimstad", muni="Grimstad", org=org, contact="Synnøve Fjeld", email="synnove.fjeld@nav.no",
            phone="37250100", title="Jobbsjansen Grimstad", kind="new", pct=100, b_pos=610000, b_comp=None,
            b_tot=610000, prio={ORD, BUI}, net=False, eval=True,
            sig=[("Arild Moe", "Nav-leder", "", ""), ("Ellen Kirsti Songe", "Kommunedirektør", "", "")])
    return t_of("z13", "pdf", "pdf-acroform", a, lang="nb", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-08-01", sig_iso=["2020-01-15", "2020-01-22"], expected=["ORG_NUMBER_INVALID"],
                notes=["planted: the check digit of the org number is wrong"])


def z14(out):
    """docx-form, nn: Nav Bjørnafjorden, FOUR-column table (two label/answer pairs a row) in numbered
    sections, ticks as 'X' in front of the chosen option, ink pictures stacked with title before name."""
    from docx.shared import Cm
    d = tmp(); doc = _docx()
    doc.add_paragraph("Statsforvaltaren i Vestland – Sosial- og barnevernsavdelinga")
    doc.add_heading("Søknadsskjema: tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    org = kit.orgnr(114)
    def table(rows):
        t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = v
                if i % 2 == 0 and v:
                    _shade(cells[i], "EDEDED")
    doc.add_paragraph("Del 1 Søkjar").runs[0].bold = True
    table([("Nav-kontor", "Nav Bjørnafjorden", "Kommune", "Bjørnafjorden"),
           ("Org.nummer", org, "Kontaktperson", "Margit Tysnes"),
           ("E-postadresse", "margit.tysnes@nav.no", "Telefon", "56 57 50 00")])
    doc.add_paragraph("Del 2 Prosjektet").runs[0].bold = True
    table([("Prosjektnamn", "Kvalifisering i lokalt næringsliv", "Oppstartsdato", "01.10.2020"),
           ("Type", "X Nytt prosjekt   _ Vidareføring", "Stillingsprosent", "70 %")])
    doc.add_paragraph("Del 3 Budsjett for 2020").runs[0].bold = True
    table([("Løn og sosiale kostnader", "kr 420 000", "Kompetansemidlar", "kr 10 000"),
           ("Anna", "", "Sum det blir søkt om", "kr 430 000")])
    doc.add_paragraph("Del 4 Prioriterte område og interesse").runs[0].bold = True
    for line in ["X  Bruk av ordinært arbeidsliv", "_  Oppfølging av barnefamiliar, ungdom og innvandrarar",
                 "_  Sikring av sårbare overgangar",
                 "Nettverk/klyngesamarbeid:  X Ja   _ Nei", "Ekstern prosessevaluering:  _ Ja   X Nei"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Del 5 Kort omtale").runs[0].bold = True
    doc.add_paragraph("Deltakarar som har fått sosialhjelp lenge skal kvalifiserast gjennom arbeidstrening i "
                      "lokale verksemder, med ein rettleiar som følgjer både deltakar og arbeidsgjevar.")
    doc.add_paragraph("Del 6 Underskrift").runs[0].bold = True
    for i, (tt, n, dt) in enumerate([("Nav-leiar", "Olav Tveit", "Os, 13.01.2020"),
                                     ("Kommunedirektør", "Anne Kristin Hauge", "Os, 16.01.2020")]):
        doc.add_paragraph(dt)
        doc.add_paragraph().add_run().add_picture(str(kit.ink_png(141 + i, d / f"i{i}.png")), width=Cm(4.5))
        doc.add_paragraph(f"{tt} {n}")
    doc.save(out); _fix_zip(out)
    a = app(office="Nav Bjørnafjorden", muni="Bjørnafjorden", org=org, contact="Margit Tysnes",
            email="margit.tysnes@nav.no", phone="56575000", title="Kvalifisering i lokalt næringsliv", kind="new",
            pct=70, b_pos=420000, b_comp=10000, b_tot=430000, prio={ORD}, net=True, eval=False,
            sig=[("Olav Tveit", "Nav-leiar", "", ""), ("Anne Kristin Hauge", "Kommunedirektør", "", "")])
    return t_of("z14", "docx", "docx-form", a, lang="nn", scheme=S20, kinds=["handwritten"] * 2, start="2020-10-01",
                sig_iso=["2020-01-13", "2020-01-16"])


def z15(out):
    """docx-letter, nb: Nav Namsos writes a letter; facts in prose, a budget table that also shows the
    municipality's own funding outside the amount applied for; electronic approval with names."""
    doc = _docx()
    org = kit.orgnr(115)
    for p in ["Nav Namsos", "Postboks 333, 7801 Namsos", f"Org.nr. {org}", "",
              "Statsforvalteren i Trøndelag", "Postboks 2600, 7734 Steinkjer", "", "Namsos, 27. januar 2020", ""]:
        doc.add_paragraph(p)
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – "
                      "«Aktiv hverdag for unge foreldre»").runs[0].bold = True
    for p in [
        "Nav Namsos søker med dette om tilskudd til prosjektet «Aktiv hverdag for unge foreldre». Prosjektet er nytt "
        "og skal starte opp 1. april 2020.",
        "Målgruppen er unge foreldre under 30 år som mottar økonomisk sosialhjelp. Vi vil gi familiene tett og "
        "helhetlig oppfølging der både arbeid, bolig og barnas hverdag inngår, og vi ønsker å bruke ordinært "
        "arbeidsliv aktivt gjennom avtaler med lokale arbeidsgivere.",
        "Vi søker om midler til én hel stilling (100 %) som familiekoordinator.",
        "Nav Namsos ønsker å delta i nettverk/klyngesamarbeid med andre prosjekter, men ønsker ikke å delta i "
        "ekstern prosessevaluering i 2020.",
        "Kontaktperson for søknaden er veileder Ida Marie Aune, tlf. 47 60 21 18, e-post ida.marie.aune@nav.no."]:
        doc.add_paragraph(p)
    t = doc.add_table(rows=5, cols=3); t.style = "Table Grid"
    for r, row in enumerate([("Budsjett 2020", "Søkes tilskudd", "Kommunens egenandel"),
                             ("Familiekoordinator 100 %, lønn inkl. sosiale kostnader", "560 000", "–"),
                             ("Kontor, reise og materiell", "–", "60 000"),
                             ("Kurs for arbeidsgivere", "–", "40 000"),
                             ("Sum", "560 000", "100 000")]):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    for p in ["", "Med vennlig hilsen", "", "Hege Brattgjerd                              Svein Ove Strand",
              "Nav-leder, Nav Namsos                        Kommunedirektør, Namsos kommune", "",
              "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."]:
        doc.add_paragraph(p)
    doc.save(out); _fix_zip(out)
    a = app(office="Nav Namsos", muni="Namsos", org=org, contact="Ida Marie Aune", email="ida.marie.aune@nav.no",
            phone="47602118", title="Aktiv hverdag for unge foreldre", kind="new", pct=100, b_pos=560000,
            b_comp=None, b_tot=560000, prio={BUI, ORD}, net=True, eval=False,
            sig=[("Hege Brattgjerd", "Nav-leder", "", ""), ("Svein Ove Strand", "Kommunedirektør", "", "")])
    return t_of("z15", "docx", "docx-letter", a, lang="nb", scheme=S20, kinds=["electronic_approval"] * 2,
                start="2020-04-01", sig_iso=["2020-01-27", "2020-01-27"], own=100000,
                notes=["own funding 100 000 is the municipality's, outside the amount applied for; "
                       "NON_POSITION_COSTS not expected: the other lines are not applied for"])


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _sdt_text(cell, tag, value, placeholder=False):
    from lxml import etree
    p = cell.paragraphs[0]._p
    xml = (f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
           + ('<w:showingPlcHdr/>' if placeholder else '') + '<w:text/></w:sdtPr>'
           f'<w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')
    p.append(etree.fromstring(xml))


def _sdt_date(cell, tag, iso, shown):
    from lxml import etree
    xml = (f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
           '<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
           f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')
    cell.paragraphs[0]._p.append(etree.fromstring(xml))


def _sdt_box(par, tag, checked, label):
    from lxml import etree
    g = "2612" if checked else "2610"
    xml = (f'<w:sdt xmlns:w="{W}" xmlns:w14="{W14}"><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox>'
           f'<w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{chr(int(g, 16))}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(etree.fromstring(xml))
    par.add_run(" " + label + "   ")


def z16(out):
    """docx-controls, nb: Nav Lindesnes; text controls in the RIGHT column of a three-column table whose middle
    column holds guidance; date pickers; w14 check boxes; ink pictures side by side in a borderless table."""
    from docx.shared import Cm
    d = tmp(); doc = _docx()
    org = kit.orgnr(116)
    doc.add_paragraph("Statsforvalteren i Agder")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    t = doc.add_table(rows=0, cols=3); t.style = "Table Grid"
    rows = [("Nav-kontor", "Skriv kontorets navn", "nav_kontor", "Nav Lindesnes"),
            ("Kommune", "", "kommune", "Lindesnes"),
            ("Organisasjonsnummer", "9 siffer", "orgnr", org),
            ("Kontaktperson", "Navn på den som kan svare på spørsmål", "kontakt", "Aslaug Vigeland"),
            ("E-post", "", "epost", "aslaug.vigeland@nav.no"),
            ("Telefon", "", "tlf", "38 25 50 00"),
            ("Prosjektnavn", "Kort og beskrivende", "tittel", "Arbeidslos – veien inn i jobb"),
            ("Stillinger", "Stilling og prosent", "stilling", "Jobbveileder, 40 %"),
            ("Samlet stillingsprosent", "", "prosent", "40 %"),
            ("Lønn inkl. sosiale kostnader", "kr", "lonn", "240 000"),
            ("Kompetansemidler", "kr, maks 10 000", "komp", "Klikk her for å skrive inn tekst."),
            ("Sum omsøkt", "kr", "sum", "240 000")]
    for lab, guide, tag, val in rows:
        cells = t.add_row().cells
        cells[0].text = lab; cells[1].text = guide
        _sdt_text(cells[2], tag, val, placeholder=val.startswith("Klikk"))
    cells = t.add_row().cells
    cells[0].text = "Oppstart"; cells[1].text = "Velg dato"
    _sdt_date(cells[2], "oppstart", "2020-06-15", "15.06.2020")
    doc.add_paragraph("Søknaden gjelder:")
    p = doc.add_paragraph(); _sdt_box(p, "nytt", False, "Nytt prosjekt"); _sdt_box(p, "videre", True, "Videreføring (år 2)")
    doc.add_paragraph("Prioriterte områder:")
    for tag, chk, lab in [("p1", True, "Bruk av ordinært arbeidsliv"),
                          ("p2", False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                          ("p3", True, "Sikring av sårbare overganger")]:
        _sdt_box(doc.add_paragraph(), tag, chk, lab)
    p = doc.add_paragraph("Nettverk/klyngesamarbeid: "); _sdt_box(p, "nett_ja", False, "Ja"); _sdt_box(p, "nett_nei", True, "Nei")
    p = doc.add_paragraph("Ekstern prosessevaluering: "); _sdt_box(p, "eval_ja", True, "Ja"); _sdt_box(p, "eval_nei", False, "Nei")
    doc.add_paragraph("Prosjektet følger opp personer som går ut av arbeidsavklaringspenger uten jobb, og bruker "
                      "praksis i ordinære bedrifter som vei inn i fast arbeid.")
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    s = doc.add_table(rows=4, cols=2)
    for i, (dt, iso, n, tt) in enumerate([("Mandal, 10.01.2020", "2020-01-10", "Tor Egil Ravnås", "Leder Nav Lindesnes"),
                                          ("Mandal, 14.01.2020", "2020-01-14", "Ingvild Høyland", "Kommunedirektør")]):
        s.cell(0, i).text = dt
        s.cell(1, i).paragraphs[0].add_run().add_picture(str(kit.ink_png(161 + i, d / f"i{i}.png")), width=Cm(5))
        s.cell(2, i).text = n; s.cell(3, i).text = tt
    doc.save(out); _fix_zip(out)
    a = app(office="Nav Lindesnes", muni="Lindesnes", org=org, contact="Aslaug Vigeland", email="aslaug.vigeland@nav.no",
            phone="38255000", title="Arbeidslos – veien inn i jobb", kind="continuation", pct=40, b_pos=240000,
            b_comp=None, b_tot=240000, prio={ORD, SAA}, net=False, eval=True,
            sig=[("Tor Egil Ravnås", "Nav-leder", "", ""), ("Ingvild Høyland", "Kommunedirektør", "", "")])
    return t_of("z16", "docx", "docx-controls", a, lang="nb", scheme=S20, kinds=["handwritten"] * 2,
                start="2020-06-15", sig_iso=["2020-01-10", "2020-01-14"],
                notes=["the competence control still shows its placeholder: competence null"])


def z17(out):
    """not-application, nn: Nav Fitjar asks to move unspent 2019 grant money to a new
    half-year (a request to change an approved project), with a budget table and two signatures."""
    doc = _docx()
    for p in ["Nav Fitjar", "", "Statsforvaltaren i Vestland", "", "Fitjar, 14. januar 2020", ""]:
        doc.add_paragraph(p)
    doc.add_paragraph("Søknad om endring av godkjent prosjekt – omdisponering av tilskot "
                      "til utvikling av sosiale tenester i Nav 2019").runs[0].bold = True
    for p in ["Vi viser til tilsegnsbrev av 12. juni 2019 der Nav Fitjar fekk 305 000 kroner til prosjektet "
              "«Heim og arbeid» (50 % stilling).",
              "Stillinga vart først tilsett 1. oktober 2019, og 150 000 kroner av tilskotet er ikkje brukte. Vi ber "
              "om løyve til å nytte restmidlane i perioden 1. januar–30. juni 2020, utan endring i målgruppe eller "
              "innhald. Vi søkjer ikkje om nye midlar.",
              "Oversikt over bruk av tilskotet:"]:
        doc.add_paragraph(p)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for r, row in enumerate([("Post", "Kroner"), ("Tildelt 2019", "305 000"), ("Brukt per 31.12.2019", "155 000"),
                             ("Restmidlar som blir søkt overførte", "150 000")]):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    for p in ["", "Med helsing", "", "Torunn Helland, Nav-leiar", "Arne Økland, kommunedirektør"]:
        doc.add_paragraph(p)
    doc.save(out); _fix_zip(out)
    return truth("z17", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a request to change an approved 2019 project (carry-over of unspent "
                                            "grant), not an application for new funds"])


def z18(out):
    """bad-input: a syntactically valid PDF whose page tree holds no page (a scanner that saved nothing)."""
    kit.zero_page_pdf(out)
    return truth("z18", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["zero-page PDF: nothing to read"])


DOCS = [("z01", "pdf", z01), ("z02", "pdf", z02), ("z03", "pdf", z03), ("z04", "pdf", z04), ("z05", "pdf", z05),
        ("z06", "pdf", z06), ("z07", "pdf", z07), ("z08", "pdf", z08), ("z09", "pdf", z09), ("z10", "pdf", z10),
        ("z11", "pdf", z11), ("z12", "pdf", z12), ("z13", "pdf", z13), ("z14", "docx", z14), ("z15", "docx", z15),
        ("z16", "docx", z16), ("z17", "docx", z17), ("z18", "pdf", z18)]


if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__, sys.argv[1:]))
