"""Who a phrase names when it is the subject of a reporting verb.

"Ana Ruiz" and "Ruiz" are the person the article calls Ana Ruiz; "the mayor, Ana Ruiz," is
her too; "the official" goes back to "a senior official" or to the person described as one;
"the company" to the organisation that spoke last; "people familiar with the matter" is an
anonymous source and "critics" a vague one.
"""
from __future__ import annotations

import re

from medialit.model import Speaker
from medialit.people import canonical_name, is_not_a_person, name_run, name_words, strip_possessive
from medialit.quotes.reading import QuoteReading, SpeakerHistory


class PhraseResolver:
    """Resolves the noun phrases (not the pronouns) that name speakers in one article."""

    def __init__(self, reading: QuoteReading, history: SpeakerHistory):
        self.reading = reading
        self.history = history
        self._phrases: dict[tuple, Speaker] = {}  # phrases resolved without the speakers so far
        self._role_words = None  # each person's roles as words, made on first use
        self._organisations = None  # the ORG entities with their words, made on first use

    def resolve(self, token, start: int, end: int, mention: str) -> Speaker:
        """The speaker a phrase names, kept for the next time unless the phrase is a
        description pointing back ("the official"), which depends on the speakers so far."""
        settled = not (_is_definite(token) and token.pos_ != "PROPN")
        key = (token.i, start, end)  # ``mention`` is always the text from start to end
        if settled and key in self._phrases:
            return self._phrases[key]
        result = self._phrase(token, start, end, mention)
        if settled:
            self._phrases[key] = result
        return result

    def _phrase(self, token, start, end, mention) -> Speaker:
        text, words = self.reading.text, self.reading.words
        if is_not_a_person(token.text):
            return Speaker(None, "unknown", None, None,
                           f"{_clean(mention)!r} is not a person or an organisation, so it "
                           "cannot be a source: the article does not say who", ())
        named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named and token.pos_ != "PROPN":
            # "the mayor, Ana Ruiz, said": the name in the apposition is the speaker
            inner_start, inner_end = mention_bounds(named[0])
            result = self.resolve(named[0], inner_start, inner_end, text[inner_start:inner_end])
            return Speaker(result.name, result.kind, start, end,
                           f"{_clean(mention)!r} is named right after it: {result.name!r}", ())
        name = self._person_name(token)
        if name:
            reason = f"the subject of the reporting verb is {mention!r}"
            if name != _clean(mention):
                reason += f", the person the article calls {name!r}"
            return Speaker(name, "named", start, end, reason, ())
        head = token.lower_
        phrase = _clean(mention)
        if start < self.reading.body_start and head in words["people"]:
            pass  # "Mayor Calls On Council": in a headline, a capital makes no name
        elif token.ent_type_ in ("ORG", "GPE", "NORP") or token.pos_ == "PROPN" or \
                any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE", "CARDINAL", "")
                    for t in token.subtree if start <= t.idx < end):
            if head not in words["anonymous"] and head not in words["vague"]:
                return Speaker(phrase, "named", start, end,
                               f"the subject of the reporting verb is the name {phrase!r}" +
                               (", an organisation" if token.ent_type_ == "ORG" else ""), ())
        if _is_definite(token) and token.pos_ != "PROPN":
            antecedent = self._same_head_before(token, start)
            if antecedent is not None:
                name, kind = antecedent
                return Speaker(name, kind, start, end, f"{mention!r} refers back to {name!r}", ())
        if re.search(r"\b(familiar with|close to|with knowledge of|briefed on|on condition of|"
                     r"not authori[sz]ed|asked not to be|declined to be)\b", phrase.lower() + " " +
                     text[end:end + 60].lower()):
            return Speaker(phrase, "anonymous", start, end,
                           f"{phrase!r} is a source the article does not name", ())
        bare_plural = token.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "nummod", "poss", "compound", "amod") for c in token.children)
        if head in words["vague"] or phrase.lower() in words["vague"] or \
                (bare_plural and (head in words["people"] or token.lemma_.lower() in words["people"])):
            return Speaker(phrase, "vague", start, end,
                           f"{phrase!r} does not say who exactly: a vague source", ())
        if head in words["anonymous"] or head in words["people"]:
            return Speaker(phrase, "anonymous", start, end,
                           f"{phrase!r} is a source the article does not name", ())
        if head in words["institutions"]:
            return Speaker(phrase, "named", start, end, f"{phrase!r} is an organisation", ())
        return Speaker(phrase, "unknown", start, end,
                       f"could not tell what kind of source {phrase!r} is", ())

    def _person_name(self, token) -> str | None:
        """The full name of the person a subject token names, or None."""
        names = self.reading.names
        if token.pos_ == "PROPN" and strip_possessive(token.text).lower() in names:
            return canonical_name(name_words(name_run(token).text), names)
        possessed = {t.i for child in token.children if child.dep_ == "poss" for t in child.subtree}
        candidates = [t for t in token.subtree if t.ent_type_ == "PERSON"
                      and t.i <= token.i and t.i not in possessed]
        if not candidates:
            return None
        if token.ent_type_ == "PERSON":
            entity = self.reading.entity_at(token.i)
        else:
            entity = self.reading.entity_at(candidates[0].i)
            entity = entity if entity is not None and entity.label_ == "PERSON" else None
        words = name_words(entity.text if entity is not None else token.text)
        return canonical_name(words, names)

    def _same_head_before(self, token, start) -> tuple[str, str] | None:
        """(name, kind) of an earlier source with the same head noun: "the official" →
        "a senior official"; None when there is none."""
        reading = self.reading
        for offset, result, earlier in self.history.latest_first():
            if offset < start and earlier.lemma_.lower() == token.lemma_.lower() and result.name:
                return result.name, result.kind
        head = token.lemma_.lower()
        if self._role_words is None:
            # each name, where its last word first appears, and the words of its roles
            self._role_words = [(name, reading.text.find(name.split()[-1]) if name.split() else None,
                                 [re.findall(r"[\w-]+", role.lower()) for role in described])
                                for name, described in reading.roles.items()]
        for name, first_seen, roles in self._role_words:
            if first_seen is not None and first_seen < start and \
                    any(head in words for words in roles):
                return name, "named"  # "the mayor" → the person described as the mayor
        if self._organisations is None:
            self._organisations = [(e, re.findall(r"[\w-]+", e.text.lower()))
                                   for e in reading.ents if e.label_ == "ORG" and
                                   e.start_char >= reading.prose_start]
        organisations = [e for e, words in self._organisations if head in words]
        before = [e for e in organisations if e.end_char <= start]
        if before or len({e.text for e in organisations}) == 1:
            ent = (before or organisations)[-1]
            return re.sub(r"^the\s+", "", ent.text, flags=re.I), "named"
        if head in reading.words["institutions"]:
            # "the company" → the organisation that spoke last, in this or the last paragraph
            paragraph = reading.paragraph_of(start)
            for offset, result, earlier in self.history.latest_first():
                if reading.paragraph_of(offset) < paragraph - 1:
                    break
                if offset < start and result.kind == "named" and result.name and \
                        earlier.ent_type_ != "PERSON" and earlier.lower_ not in reading.names:
                    return result.name, result.kind
        return None


def mention_bounds(token) -> tuple[int, int]:
    """The words naming the speaker: the subject with its modifiers, without appositions,
    relative clauses or anything after a comma."""
    left = token.left_edge.i
    right = token.i
    for child in token.children:
        if child.i > token.i and child.dep_ in ("compound", "flat", "prep", "amod", "nummod") \
                and not any(t.text in ",(" for t in token.doc[token.i:child.i]):
            right = max(right, child.right_edge.i)
    doc = token.doc
    if token.pos_ == "PROPN":
        left = min(left, name_run(token).start)
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    for i in range(left, token.i):
        if doc[i].text in (",", "(", "—"):
            left = i + 1
    start = doc[left].idx
    end = doc[right].idx + len(doc[right].text)
    return start, end


def _is_definite(token) -> bool:
    """'the official', 'this company', 'their union': a description pointing back."""
    return any(child.dep_ in ("det", "poss") and
               child.lower_ in ("the", "this", "that", "their", "its", "his", "her")
               for child in token.children)


def _clean(mention: str) -> str:
    mention = re.sub(r"\s+", " ", mention).strip()
    return mention[:1].upper() + mention[1:] if mention else mention
