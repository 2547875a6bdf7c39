"""Sample generator: synthetic grant applications with the records they must yield.

The samples are the project's test oracle. Each family module renders documents
from hand-written "truth" specs and writes ``<stem>.expected.json`` beside each
file, so the extractor is judged against facts that were fixed before any
extraction code ran.
"""
