"""OCR, the stage the PDF and image readers call for scanned pages.

``decide`` says which pages need OCR (light: a born-digital document asks it
for every page and imports nothing else from here); ``stage`` OCRs those
pages and joins them to what the file itself carried; ``page`` turns one
raster into a layout page (with ``image``, ``tables``, ``marks`` and
``text`` for the steps); ``available`` probes Tesseract. Nothing is
imported here, so that asking ``decide`` never loads the rest.
"""
