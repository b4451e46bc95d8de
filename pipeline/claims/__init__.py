"""Claims: who did what, how certainly, on whose authority, from GiNZA's dependencies.

Takes a parsed spaCy `Doc` with the chunk's entities, dates, quantities and footnote anchors and
gives `Claim` records (predicate, subject, objects, modality, polarity, attribution and source,
footnotes, type; targets and coordinated conjuncts, each argument's `found_by`; `claim_when` adds each
claim's `when` once the document's dates are known). The verb lexicon that types event claims is a YAML file, replaceable from config.
Document-level passes over the claims of all blocks: speaker frames (`find_frames` +
`apply_frames`, `speaker_subjects`), owners of statistics (`stat_subjects`), surname references
(`surname_links`), pairs (`pair_links`, 両首脳 -> the two leaders), office titles as their holders (`office_links`, 防衛大臣 -> the minister on the
document's `reference_date`), 我が国 as Japan (`home_links`), 本稿/筆者 as the byline's author (`author_links`), an article's defined topic for clauses with no subject (`lead_topic_subjects`), the parties named inside a subject phrase (`subject_parties`) and arguments as the entities they mention (`named_arguments`).
"""
from .extract import DEFAULT_LEXICON, extract_claims, load_event_lexicon
from .attribution import apply_frames, speaker_subjects
from .author import author_links
from .frames import FOUND_BY_FRAME, find_frames
from .named import named_arguments
from .home import home_links
from .lead import lead_topic_subjects
from .offices import office_links, reference_date
from .pairs import pair_links
from .stats import stat_subjects
from .subject_parties import subject_parties
from .surname import surname_links
from .when import claim_when, claims_when

__all__ = [
    "DEFAULT_LEXICON", "FOUND_BY_FRAME", "apply_frames", "author_links", "claim_when", "claims_when", "extract_claims", "find_frames",
    "home_links", "lead_topic_subjects", "load_event_lexicon", "named_arguments", "office_links", "pair_links", "reference_date", "speaker_subjects", "stat_subjects", "subject_parties", "surname_links",
]
