"""The Word reader: a .docx (also .docm and Strict Open XML) walked in
reading order into the layout model (``read``, ``walk``, ``tables``), with
its content controls, legacy form fields, check box glyphs and pictures."""
