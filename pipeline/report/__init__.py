"""Views of the store for a person: terminal tables of documents, records and claims, the rows
`glossary suggest` proposes, and the static HTML report (an index, one page per document with the
text highlighted from the stored records, a corpus page with plots and a glossary to-do page)."""
from .html import build_report, document_html, page_name, write_document_page
from .markup import Span, render_text
from .terminal import claims_table, document_rows, print_document, print_documents, suggest_rows

__all__ = ["Span", "build_report", "claims_table", "document_html", "document_rows", "page_name", "print_document",
           "print_documents", "render_text", "suggest_rows",
           "write_document_page"]
