"""The fillable-PDF (AcroForm) renderer of corpus 73."""
from __future__ import annotations

import io
from pathlib import Path

from kit73 import ink_reader, register_fonts


def acroform(head, fields, boxes, sigs, out: Path, two_col=False):
    """Fillable PDF. head: static lines (first is the title). fields: (label, name, value); boxes:
    (label, name, ticked). ``two_col`` puts labels above the fields in two columns."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.pdfgen import canvas
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setFont("LSB", 13)
    c.drawString(45, 790, head[0])
    c.setFont("LS", 8.5)
    y = 772
    for s in head[1:]:
        c.drawString(45, y, s)
        y -= 12
    y -= 26 if two_col else 10
    form = c.acroForm
    col = 0
    for label, name, _ in fields:
        c.setFont("LS", 8.5)
        if two_col:
            x = 45 + col * 260
            c.drawString(x, y + 20, label)
            form.textfield(name=name, x=x, y=y, width=245, height=17, borderWidth=1, fontSize=9, fontName="Helvetica")
            col = 1 - col
            if col == 0:
                y -= 36
        else:
            c.drawString(45, y + 5, label)
            form.textfield(name=name, x=215, y=y, width=335, height=17, borderWidth=1, fontSize=9, fontName="Helvetica")
            y -= 23
    y -= 36 if col else 8
    for label, name, _ in boxes:
        if label.startswith("§"):
            c.setFont("LSB", 9)
            c.drawString(45, y, label[1:])
            y -= 17
            continue
        form.checkbox(name=name, x=45, y=y - 2, size=11, buttonStyle="cross")
        c.setFont("LS", 8.5)
        c.drawString(62, y, label)
        y -= 17
    y -= 18
    for i, b in enumerate(sigs):
        x = 45 + i * 265
        c.setFont("LSB", 9)
        c.drawString(x, y, b["who"])
        c.setFont("LS", 9)
        c.drawString(x, y - 13, b.get("place") or "")
        if b.get("ink"):
            c.drawImage(ink_reader(b["ink"]), x, y - 66, 150, 46, mask="auto")
        c.line(x, y - 68, x + 230, y - 68)
        for j, line in enumerate((b.get("name") or "").split("\n")):
            c.drawString(x, y - 80 - 12 * j, line)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], {n: v for _, n, v in fields}, auto_regenerate=False)
    on = {n for l_, n, v in boxes if v and not l_.startswith("§")}
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn":
            st = NameObject("/Yes") if a.get("/T") in on else NameObject("/Off")
            a[NameObject("/V")] = st
            a[NameObject("/AS")] = st
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Producer": "Acrobat Distiller 19.0", "/Title": head[0]})
    with open(out, "wb") as f:
        w.write(f)
