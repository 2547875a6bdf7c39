"""Producers for the adversarial corpus: one block list, four ways to print it.

A document is a list of blocks (tuples); each producer lays them out its own
way, so the same answers reach the toolkit through different text layers:
HTML printed by Chromium, Word written by python-docx (and converted by
LibreOffice to PDF or ODT), and reportlab drawing lines at fixed positions.

Blocks:
  ("h", text)                          heading
  ("p", text)                          a paragraph of the applicant's prose
  ("help", text)                       the form's instruction: italic, small, grey
  ("kv", [(label, value), ...])        a two-column answer table
  ("grid", [[cell, ...], ...])         any table; the first row is a header
  ("ask", question, [(option, on)])    a question with tickable options
  ("sign", [(caption, name, ink)])     signature fields side by side; ink is a seed or None
  ("stamp", text)                      a round office stamp (reportlab and HTML only)
  ("break",)                           a new page
"""

from __future__ import annotations

import html
import math
import random
import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw

Block = tuple


def ink_png(seed: int, out: Path) -> Path:
    """A pen stroke: a few connected loops in dark blue on transparent paper."""
    rng = random.Random(seed)
    img = Image.new("RGBA", (360, 110), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    x, y = 12.0, 60.0
    points = [(x, y)]
    for step in range(46):
        x += rng.uniform(4, 9)
        y = 55 + 32 * math.sin(step * rng.uniform(0.7, 1.3)) * rng.uniform(0.4, 1.0)
        points.append((x, y))
    draw.line(points, fill=(20, 30, 110, 255), width=4, joint="curve")
    draw.line([(20, 92), (x - 30, 84)], fill=(20, 30, 110, 255), width=3)
    img.save(out)
    return out


def stamp_png(text: str, out: Path) -> Path:
    img = Image.new("RGBA", (260, 260), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((8, 8, 252, 252), outline=(170, 20, 30, 210), width=7)
    draw.ellipse((34, 34, 226, 226), outline=(170, 20, 30, 210), width=3)
    words = text.split()
    for i, word in enumerate(words):
        draw.text((130 - 4 * len(word), 100 + 22 * i), word, fill=(170, 20, 30, 230))
    img.save(out)
    return out


# --------------------------------------------------------------------------- HTML
_CSS = """
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; margin: 0 14mm; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 14pt; border-bottom: 2px solid #444; }
.help { font-style: italic; color: #777; font-size: 8.5pt; margin: 2px 0 6px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
td, th { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
th { background: #e8e8e8; text-align: left; }
.ask { margin: 6px 0; }
.ask label { margin-left: 14px; }
.sign td { border: none; border-top: 1px solid #000; width: 50%; padding-top: 2px; }
.sign img { height: 34px; display: block; }
.stamp { height: 90px; }
.pb { page-break-after: always; }
"""


def to_html(blocks: list[Block], assets: Path) -> str:
    out = [f"<!DOCTYPE html><html lang='no'><head><meta charset='utf-8'><style>{_CSS}</style></head><body>"]
    e = html.escape
    for block in blocks:
        kind = block[0]
        if kind == "h":
            out.append(f"<h2>{e(block[1])}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(block[1])}</p>")
        elif kind == "help":
            out.append(f"<div class='help'>{e(block[1])}</div>")
        elif kind == "kv":
            rows = "".join(f"<tr><th style='width:38%'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in block[1])
            out.append(f"<table>{rows}</table>")
        elif kind == "grid":
            head, *body = block[1]
            rows = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr>"
            rows += "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in body)
            out.append(f"<table>{rows}</table>")
        elif kind == "ask":
            opts = "".join(f"<label><input type='checkbox' {'checked' if on else ''}> {e(o)}</label>"
                           for o, on in block[2])
            out.append(f"<div class='ask'>{e(block[1])} {opts}</div>")
        elif kind == "sign":
            cells = []
            for i, (caption, name, ink) in enumerate(block[1]):
                img = ""
                if ink is not None:
                    png = ink_png(ink, assets / f"ink{ink}_{i}.png")
                    img = f"<img src='{png.name}'>"
                cells.append(f"<div style='height:40px'>{img}</div>"
                             f"<div style='border-top:1px solid #000'>{e(caption)}<br>{e(name or '')}</div>")
            out.append("<table class='sign' style='border:none'><tr>"
                       + "".join(f"<td style='border:none'>{c}</td>" for c in cells) + "</tr></table>")
        elif kind == "stamp":
            png = stamp_png(block[1], assets / "stamp.png")
            out.append(f"<img class='stamp' src='{png.name}'>")
        elif kind == "break":
            out.append("<div class='pb'></div>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium_pdf(blocks: list[Block], out: Path) -> Path:
    """HTML printed by the browser: its own text layer, drawn check boxes."""
    page = out.with_suffix(".html")
    page.write_text(to_html(blocks, out.parent), encoding="utf-8")
    browser = shutil.which("chromium") or "/usr/bin/chromium"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    return out


# --------------------------------------------------------------------------- Word
def to_docx(blocks: list[Block], out: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    for block in blocks:
        kind = block[0]
        if kind == "h":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "help":
            run = doc.add_paragraph().add_run(block[1])
            run.italic = True
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif kind in ("kv", "grid"):
            rows = [list(r) for r in block[1]]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = str(text)
        elif kind == "ask":
            marks = "   ".join(f"{'☒' if on else '☐'} {o}" for o, on in block[2])
            doc.add_paragraph(f"{block[1]}   {marks}")
        elif kind == "sign":
            table = doc.add_table(rows=2, cols=len(block[1]))
            for i, (caption, name, ink) in enumerate(block[1]):
                top = table.cell(0, i).paragraphs[0]
                if ink is not None:
                    top.add_run().add_picture(str(ink_png(ink, out.parent / f"ink{ink}_{i}.png")), width=Cm(4))
                else:
                    top.add_run("________________________")
                table.cell(1, i).text = f"{caption}\n{name or ''}".strip()
        elif kind == "stamp":
            doc.add_paragraph().add_run().add_picture(str(stamp_png(block[1], out.parent / "stamp.png")),
                                                      width=Cm(3))
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(out)
    return out


def soffice(src: Path, target: str) -> Path:
    """LibreOffice converts ``src`` to ``target`` ("pdf" or "odt") beside it."""
    office = shutil.which("soffice") or "/usr/bin/soffice"
    profile = src.parent / ".lo-profile"
    subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(src.parent), str(src)],
                   check=True, capture_output=True, timeout=180)
    return src.with_suffix("." + target)
