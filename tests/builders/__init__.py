"""Builders shared by the tests: the mechanics of making test documents.

- ``layouts``: layout documents built by hand (the extractors' input), so an
  extractor test needs no reader.
- ``orgnr``: valid and broken organisation numbers (python-stdnum's checksum).
- ``fonts``: the fonts every generated document uses (DejaVu, installed by the
  Makefile), so a test's outcome never depends on the machine's fonts.
- ``word``: python-docx helpers (shaded tables, merged rows, typed boxes, fonts).
- ``pdf_canvas`` and ``pdf_letter``: reportlab page writers.
- ``images``: ink, logos and scanner damage.
- ``libreoffice``: Word to PDF with LibreOffice, checked for the fonts used.
- ``reader_pdf``: the small PDFs of the PDF reader's tests.

What a held-out set's documents say and how they are laid out stays in that
set's own folder; only the way they are drawn is shared here.
"""
