"""Translation: glossary, translation memory, XLIFF exchange and machine-translation backends."""
