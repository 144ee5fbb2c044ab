"""briefgen: bilingual Indonesian/English policy briefs from Indonesian news articles."""

__version__ = "0.1.0"
