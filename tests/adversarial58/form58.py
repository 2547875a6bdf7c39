"""The office-made form of corpus 58, painted on a Sheet: a boxed grid "Punkt / Opplysning" with ruled answer
cells, Bokmål or Nynorsk labels, and a separate signing page (the page offices print, sign and scan back)."""
from __future__ import annotations

AREAS = {"nb": ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
                "Sikring av sårbare overganger"],
         "nn": ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
                "Sikring av sårbare overgangar"]}
L = {"nb": dict(head="Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2020",
                a="A  Opplysninger om søker", office="Nav-kontor (søker)", kom="Kommune", org="Organisasjonsnr.",
                cp="Kontaktperson i prosjektet", mail="E-postadresse", tel="Telefonnr.",
                b="B  Om prosjektet", title="Prosjektets navn", kind="Nytt prosjekt / videreføring",
                start="Planlagt oppstart", c="C  Stillinger og kostnader (kr)",
                pos=("Stilling", "Stillingsandel", "Lønn og sos. kostn."), komp="Prosjektspesifikk kompetanse",
                tot="Sum omsøkt tilskudd", d="D  Prioriterte områder prosjektet retter seg mot (sett kryss)",
                e="E  Interesse", net="Ønsker kontoret å delta i nettverk/klynge?",
                ev="Ønsker kontoret ekstern prosessevaluering?", yes="Ja", no="Nei", f="F  Kort beskrivelse",
                g="G  Underskrifter", g2="Søknaden skal underskrives av leder for Nav-kontoret og kommunens ledelse.",
                place="Sted og dato", navr="Leder av Nav-kontoret", munr="For kommunens ledelse",
                nm="Navn og tittel"),
     "nn": dict(head="Søknad om tilskot til utvikling av sosiale tenester i Nav – tilskotsåret 2020",
                a="A  Opplysningar om søkjar", office="Nav-kontor (søkjar)", kom="Kommune", org="Organisasjonsnr.",
                cp="Kontaktperson i prosjektet", mail="E-postadresse", tel="Telefonnr.",
                b="B  Om prosjektet", title="Namnet på prosjektet", kind="Nytt prosjekt / vidareføring",
                start="Planlagd oppstart", c="C  Stillingar og kostnader (kr)",
                pos=("Stilling", "Stillingsdel", "Løn og sos. kostn."), komp="Prosjektspesifikk kompetanse",
                tot="Sum søkt tilskot", d="D  Prioriterte område prosjektet rettar seg mot (set kryss)",
                e="E  Interesse", net="Ønskjer kontoret å vere med i nettverk/klynge?",
                ev="Ønskjer kontoret ekstern prosessevaluering?", yes="Ja", no="Nei", f="F  Kort skildring",
                g="G  Underskrifter", g2="Søknaden skal skrivast under av leiar for Nav-kontoret og leiinga i kommunen.",
                place="Stad og dato", navr="Leiar av Nav-kontoret", munr="For leiinga i kommunen",
                nm="Namn og tittel")}


def _row(sh, label, value, x2=235, h=18):
    c = sh.c
    c.rect(50, sh.y - 5, sh.W - 100, h, stroke=1, fill=0)
    c.line(x2 - 8, sh.y - 5, x2 - 8, sh.y - 5 + h)
    sh.put(55, sh.y, label)
    sh.put(x2, sh.y, value, answer=True)
    sh.y -= h


def paint_form(sh, d, lang, with_signing=False, inks=(True, True)):
    """The form's pages; the signing block only when ``with_signing`` (else it is a page of its own)."""
    t = L[lang]
    sh.line(t["head"], bold=True, size=11, dy=26)
    sh.line(t["a"], bold=True, dy=18)
    for k, v in [("office", d["office"]), ("kom", d["kom"]), ("org", d["org"]), ("cp", d["cname"]),
                 ("mail", d.get("email", "")), ("tel", d.get("phone", ""))]:
        _row(sh, t[k], v)
    sh.y -= 12
    sh.line(t["b"], bold=True, dy=18)
    for k in ("title", "kind", "start"):
        _row(sh, t[k], d[k])
    sh.y -= 12
    sh.line(t["c"], bold=True, dy=18)
    for i, h in enumerate(t["pos"]):
        sh.put((55, 300, 430)[i], sh.y, h, bold=True)
    sh.y -= 16
    for title, pct, amt in d["pos"]:
        sh.c.line(50, sh.y + 12, sh.W - 50, sh.y + 12)
        sh.put(55, sh.y, title, answer=True)
        sh.put(300, sh.y, pct, answer=True)
        sh.put(430, sh.y, amt, answer=True)
        sh.y -= 16
    for k, v in [("komp", d["komp"]), ("tot", d["total"])]:
        sh.c.line(50, sh.y + 12, sh.W - 50, sh.y + 12)
        sh.put(55, sh.y, t[k])
        sh.put(430, sh.y, v, answer=True)
        sh.y -= 16
    sh.c.line(50, sh.y + 12, sh.W - 50, sh.y + 12)
    sh.y -= 12
    sh.line(t["d"], bold=True, dy=18)
    for i, a in enumerate(AREAS[lang]):
        sh.box(60, sh.y, i in d["areas"])
        sh.put(76, sh.y, a)
        sh.y -= 16
    sh.y -= 8
    sh.line(t["e"], bold=True, dy=18)
    for k, v in (("net", d["net"]), ("ev", d["eval"])):
        sh.put(60, sh.y, t[k])
        sh.box(370, sh.y, v)
        sh.put(384, sh.y, t["yes"])
        sh.box(420, sh.y, not v)
        sh.put(434, sh.y, t["no"])
        sh.y -= 16
    sh.y -= 8
    sh.line(t["f"], bold=True, dy=18)
    sh.wrap(d["desc"], x=60)
    if with_signing:
        sh.y -= 14
        paint_signing(sh, d, lang, inks)
    else:
        sh.y = 40
        sh.put(sh.W - 110, 30, "Side 1 av 2" if lang == "nb" else "Side 1 av 2", size=8)


def paint_signing(sh, d, lang, inks=(True, True), seed="", typed_names=(True, True)):
    """G: two columns, 'Sted og dato' over a ruled line with ink, name and title in block letters under."""
    t = L[lang]
    sh.line(t["g"], bold=True, dy=16)
    sh.line(t["g2"], size=9, dy=26)
    y = sh.y
    for j, (who, x) in enumerate(((d["nav"], 56), (d["muni"], 315))):
        name, title, date = who
        role = t["navr"] if j == 0 else t["munr"]
        sh.put(x, y, role, bold=True)
        sh.put(x, y - 20, f"{t['place']}: " + (f"{d['place']}, {date}" if inks[j] or typed_names[j] else ""),
               answer=bool(date))
        if inks[j]:
            sh.ink(seed + d["office"] + str(j), x, y - 82, 160, 48)
        sh.c.line(x, y - 84, x + 220, y - 84)
        sh.put(x, y - 96, t["nm"], size=7)
        if typed_names[j]:
            sh.put(x, y - 112, f"{name}, {title}", answer=True)
    sh.y = y - 130
