"""Reading one text into an `Article`: files, front matter, Markdown and saved pages, mojibake,
page furniture, sentences and words, and the kit's word lists (`data/lexicons/`). May import
only the base (errors, paths, shown)."""

from medialit.text.article import (
    Article,
    article_from_text,
    collect_paths,
    display_path,
    load_article,
    slug,
)
from medialit.text.cleaning import (
    clean_paragraphs,
    collapse_repeats,
    furniture_reason,
    strip_furniture,
)
from medialit.text.frontmatter import split_front_matter
from medialit.text.htmlpage import html_page
from medialit.text.lexicons import lexicon_error, lexicon_path, read_lexicon, read_word_list
from medialit.text.markdown import markdown_paragraphs, text_paragraphs
from medialit.text.mojibake import repair_mojibake
from medialit.text.pagemeta import loose_text
from medialit.text.regex_starts import literal_prefixes, regex_starts
from medialit.text.sentences import abbreviations, sentence_id, sentence_spans, split_sentences
from medialit.text.words import Word, body_text, words

__all__ = [
    "Article",
    "Word",
    "abbreviations",
    "article_from_text",
    "body_text",
    "clean_paragraphs",
    "collapse_repeats",
    "collect_paths",
    "display_path",
    "furniture_reason",
    "html_page",
    "lexicon_error",
    "lexicon_path",
    "literal_prefixes",
    "load_article",
    "loose_text",
    "markdown_paragraphs",
    "read_lexicon",
    "read_word_list",
    "regex_starts",
    "repair_mojibake",
    "sentence_id",
    "sentence_spans",
    "slug",
    "split_front_matter",
    "split_sentences",
    "strip_furniture",
    "text_paragraphs",
    "words",
]
