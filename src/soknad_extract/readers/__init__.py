"""Readers turn a file into the common layout model (``layout.Document``).

One module per format; no field logic here.
"""
