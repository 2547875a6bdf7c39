"""The self-check web page for Nav offices (``soknad-extract serve``).

``app`` builds the Starlette application, ``upload`` streams a file into a
private folder with a size limit, ``checking`` runs the check in a bounded
pool with a time limit, and ``checklist`` turns the record into the page's
items in Bokmål or Nynorsk.
"""
