"""Who or what brought something about, stated as fact: a culprit or a cause.

'The fire was started by the same group of teenagers who …', 'The leak was caused by a
contractor's drill': a passive of causing (``causing_verbs`` in check_words.json) whose
'by …' names no one in particular, neither a person nor a body by name. Somebody must have
found the cause (investigators, the police, a report); when the sentence stands as a
paragraph of its own with no source, the rule attribution.unsourced-claim asks who says so.
"""
from __future__ import annotations

from medialit.article import Article
from medialit.checks.words import word_set


def ascribed_cause(article: Article, start: int, end: int) -> str | None:
    """The words that give the culprit or cause ('was started by'), when the main verb of the
    sentence at ``start``–``end`` is a passive of causing with a 'by …' that names nobody;
    None for a named agent ('was started by Sam Hale', 'was caused by Thames Water'), an
    active verb, or a verb that only might have been ('may have been started by')."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("causing_verbs") or \
            not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "must")
                for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_.lower() == "carry" and not any(c.lower_ == "out" for c in verb.children):
        return None  # 'was carried by' is no cause
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None or _names_someone(agent):
        return None
    aux = min(c.i for c in verb.children if c.dep_ == "auxpass")
    return article.doc[aux:agent.i + 1].text


def _names_someone(agent) -> bool:
    """True when the 'by …' names its doer ('by Sam Hale', 'by the Environment Agency', 'by
    him'), leaving aside what a clause after it adds ('by the teenagers who broke into the
    shed in August' names nobody)."""
    clauses = {t.i for c in agent.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
               for t in agent.subtree if t.i not in clauses)
