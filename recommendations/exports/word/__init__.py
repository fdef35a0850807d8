"""Writing real Word documents: a clause's Markdown as Word's pieces
(``clause_model``) and the document around them (``writer``)."""
