"""Views of the store for a person: terminal tables of documents, records and claims, and the
rows `glossary suggest` proposes."""
from .terminal import claims_table, document_rows, print_document, print_documents, suggest_rows

__all__ = ["claims_table", "document_rows", "print_document", "print_documents", "suggest_rows"]
