"""The review round-trip: the store's records out to annotation tools, corrections back in.

Takes stored documents and gives Label Studio tasks (with `predictions`) or brat standoff files;
takes the corrected Label Studio export or brat folder and gives gold files (one JSON per
document), entity overrides that the next `pipeline run` applies (`match: reviewed`), and proposed
glossary rows for newly linked surfaces. Offsets survive the trip exactly (UTF-16 for Label Studio,
code points for brat).
"""
from .brat import ANNOTATION_CONF, from_ann, to_ann, write_brat
from .export import FORMATS, export_review, stored_documents, write_store_gold
from .gold import gold_from_document, read_gold, write_gold
from .importer import ImportSummary, import_reviews, proposals_tsv
from .labelstudio import from_task, labeling_config, to_task
from .offsets import Utf16Map
from .overrides import apply_overrides, entity_overrides, read_overrides

__all__ = [
    "ANNOTATION_CONF", "from_ann", "to_ann", "write_brat", "FORMATS", "export_review", "stored_documents", "write_store_gold",
    "gold_from_document", "read_gold", "write_gold", "ImportSummary", "import_reviews", "proposals_tsv",
    "from_task", "labeling_config", "to_task", "Utf16Map", "apply_overrides", "entity_overrides", "read_overrides",
]
