"""The PDF reader: text, tables, check boxes and form fields (AcroForm, XFA)
of a PDF (``read``), and its PAdES signatures (``signatures``). Scanned
pages are left to the OCR stage."""
