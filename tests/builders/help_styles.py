"""Forms whose help text is set apart only by typography (issue 12, class 1).

A reportlab PDF and a python-docx document: questions in body type, help
under each question in grey italics or small print (wordings that open no
known help sentence, so only style and position can tell), then the
office's answer in body type. And the counter-case: an office that writes
its answers in italics under bold questions, with no help at all.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

BODY, HELP = "body", "help"

FORM: list[tuple[str, str]] = [
    (BODY, "Nav-kontor: Nav Solvik"),
    (BODY, "Prosjektets navn:"),
    (HELP, "Et navn på få ord, gjerne det dere bruker internt, som «Vei til jobb»."),
    (BODY, "Jobbsjansen i Solvik"),
    (BODY, "Hva skal utvikles?"),
    (HELP, "Tiltak som bare gir flere saksbehandlere, får ikke støtte."),
    (BODY, "Vi vil gi unge sosialhjelpsmottakere tett oppfølging hver uke."),
]
"""(kind, text) in reading order: the help between each question and its answer."""

ITALIC_ANSWERS: list[tuple[str, str]] = [
    ("question", "Nav-kontor:"),
    ("answer", "Nav Solvik"),
    ("question", "Prosjektets navn"),
    ("answer", "Jobbsjansen i Solvik"),
    ("question", "Hva skal utvikles"),
    ("answer", "Vi vil prøve ut en ny arbeidsmåte der veilederen følger unge ut til arbeidsgivere."),
]
"""An office's own layout: bold questions, answers in italics, no help."""


def help_form_pdf(path: Path, *, grey: bool = True, italic: bool = True, help_size: float = 10.0) -> Path:
    """The form as a PDF: body in 11 pt Helvetica, help in the given style."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for kind, text in FORM:
        if kind == HELP:
            c.setFont("Helvetica-Oblique" if italic else "Helvetica", help_size)
            c.setFillColorRGB(*((0.45, 0.45, 0.45) if grey else (0, 0, 0)))
        else:
            c.setFont("Helvetica", 11)
            c.setFillColorRGB(0, 0, 0)
        c.drawString(72, y, text)
        y -= 16
    c.save()
    return path


def italic_answers_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for kind, text in ITALIC_ANSWERS:
        c.setFont("Helvetica-Bold" if kind == "question" else "Helvetica-Oblique", 11)
        c.drawString(72, y, text)
        y -= 16
    c.save()
    return path


def help_form_docx(path: Path) -> Path:
    """The form in Word: help runs grey and italic by direct formatting, and
    one by a character style that is grey and italic (inherited)."""
    from docx import Document as WordDocument
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    document = WordDocument()
    hint = document.styles.add_style("Skjemahjelp", WD_STYLE_TYPE.CHARACTER)
    hint.font.italic = True
    hint.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    helps = 0
    for kind, text in FORM:
        paragraph = document.add_paragraph()
        if kind == HELP:
            if helps == 0:
                run = paragraph.add_run(text)
                run.italic = True
                run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
                run.font.size = Pt(9)
            else:
                paragraph.add_run(text, style="Skjemahjelp")
            helps += 1
        else:
            paragraph.add_run(text)
    document.save(str(path))
    return path


def italic_answers_docx(path: Path) -> Path:
    from docx import Document as WordDocument

    document = WordDocument()
    for kind, text in ITALIC_ANSWERS:
        run = document.add_paragraph().add_run(text)
        run.bold = kind == "question"
        run.italic = kind == "answer"
    document.save(str(path))
    return path
