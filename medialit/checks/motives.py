"""Money given as the reason for a deed that takes something away, stated as fact.

'The county closed the station to help pay for its new offices', 'The firm sent its trucks
off the city routes to plow lots that paid more': why a body did something is known only to
those who decided, or to someone who found out; stated as plain fact, the reason is the
writer's accusation. The rule attribution.unsourced-accusation asks who says so. Limits: only
reasons about money, after a deed of ``TAKING_DEEDS``; 'raised £2 million to pay for the
bridge' takes nothing away and is left alone.
"""
from __future__ import annotations

from medialit.article import Article

# what somebody may or should do: a rule or a possibility, not a deed done
PERMISSION = frozenset({"can", "may", "might", "must", "should", "could"})
# deeds that take something away from someone: closing, cutting, selling off, sending away
TAKING_DEEDS = frozenset({"close", "shut", "cut", "axe", "ax", "scrap", "drop", "sell", "sack",
                          "move", "divert", "pull", "withdraw", "stop", "end", "abandon",
                          "delay", "merge", "demolish", "evict", "refuse", "deny", "reject",
                          "send", "skip", "reduce", "lay", "fire", "shrink", "postpone",
                          "cancel", "shelve", "slash", "remove"})
# words of money in a reason ('to help pay for its new offices', 'lots that paid more')
MONEY = frozenset({"pay", "fund", "finance", "money", "cash", "profit", "cost", "cheap",
                   "budget", "afford", "revenue", "income", "fee", "earn", "price", "debt",
                   "bonus", "$", "£", "€", "lucrative", "subsidise", "subsidize", "bankroll",
                   "tax", "compensation", "penalty", "wage", "salary", "rent", "saving",
                   "dividend", "shareholder", "payout"})


def money_motive(article: Article, sentence) -> str | None:
    """'The county closed the station to help pay for its new offices.', 'The firm sent its
    trucks off the city routes to plow lots that paid more.': a deed that takes something
    from someone (``TAKING_DEEDS``), done by somebody, with a reason after it ('to …', 'so
    that', 'because') that is about money. Why a body did something is known only to those
    who decided, so stated as plain fact it is the writer's accusation. Returns the words
    that open the reason."""
    span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return None
    for deed in (t for t in span if t.lemma_.lower() in TAKING_DEEDS and t.pos_ == "VERB"):
        if deed.dep_ not in ("ROOT", "conj") or deed.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or \
                not any(c.dep_ == "nsubj" for c in [*deed.children, *deed.head.children]) or \
                any(c.dep_ in ("neg", "auxpass") for c in deed.children) or \
                any(c.dep_ == "aux" and c.lower_ in PERMISSION | {"would", "will"}
                    for c in deed.children):
            continue
        # the reason: 'to …', 'because …', 'so that …', and 'in order to …'
        in_order = [a for c in deed.children if c.dep_ == "prep" and c.lower_ == "in"
                    for o in c.children if o.lower_ == "order" for a in o.children
                    if a.dep_ == "acl"]
        for reason in [*deed.children, *in_order]:
            marker = [c for c in reason.children if c.dep_ in ("aux", "mark") and
                      c.lower_ in ("to", "because", "so", "since", "as")]
            if reason.dep_ not in ("advcl", "xcomp") and reason not in in_order or not marker or \
                    reason.i < deed.i:
                continue
            if any(t.lemma_.lower() in MONEY for t in reason.subtree):
                start = min(marker[0].i, reason.i)
                words = article.doc[start:reason.right_edge.i + 1].text.split()
                return " ".join(words[:10]) + (" …" if len(words) > 10 else "")
    return None
