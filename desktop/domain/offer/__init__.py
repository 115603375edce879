"""The offer and after: HKEX offer documents (their text) turned into facts.

Pure Python (no Qt, no database, no PDF library): `reader.read_document` takes the text of
a document page by page and returns `DocumentFacts`, each value with its page and snippet.
Reading the PDF bytes belongs to `desktop.sources.offer_docs`.
"""
