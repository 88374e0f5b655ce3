"""Who "he", "she", "they" or "it" is when a pronoun is the speaker.

No statistical coreference: a pronoun goes to the most recent compatible subject of an
earlier sentence in its paragraph, then to the most recent speaker, then to the last person
named in the two sentences before. When the paragraph holds two people it could be, the
others are kept as ``alternatives`` so the answer can be shown as a guess.
"""
from __future__ import annotations

import bisect
import re

from medialit.lexicons import load_given_names
from medialit.model import Speaker
from medialit.people import canonical_name, name_words, strip_possessive
from medialit.quotes.phrases import PhraseResolver, mention_bounds
from medialit.quotes.reading import QuoteReading, SpeakerHistory

GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
PRONOUNS = {"he": "person", "him": "person", "she": "person", "her": "person",
            "they": "plural", "them": "plural", "it": "thing", "we": "speaker", "i": "speaker",
            "his": "person", "their": "plural", "its": "thing", "my": "speaker", "our": "speaker"}


class PronounResolver:
    """Resolves the pronouns that are speakers in one article, in reading order."""

    def __init__(self, reading: QuoteReading, history: SpeakerHistory, phrases: PhraseResolver):
        self.reading = reading
        self.history = history
        self.phrases = phrases
        self._subjects: dict[int, list] = {}  # sentence number: its main subjects
        self._mentions: dict[tuple, tuple | None] = {}  # (subject, pronoun kind): its words
        self._genders: dict[str, str] | None = None  # names with an honorific: "m" or "f"

    def resolve(self, token, start: int, end: int) -> Speaker:
        """The speaker a pronoun stands for; ``start``/``end`` are the pronoun's offsets."""
        reading = self.reading
        want = PRONOUNS[token.lower_]
        pronoun = token.text
        if want == "speaker":
            return Speaker(None, "unknown", start, end,
                           f"'{pronoun}' is the speaker talking about themselves; the article must "
                           "name them nearby", ())
        paragraph = reading.paragraph_of(token.idx)
        sentence = reading.sentence_of[token.i]
        subjects = self._earlier_subjects(token, want, sentence, paragraph)
        candidates = list(subjects)
        # 2. the most recent speaker
        for offset, result, earlier in self.history.latest_first():
            if offset >= token.idx or result.name is None:
                continue
            if reading.paragraph_of(offset) < paragraph - 3:
                break
            if _compatible(want, earlier, result.kind, reading.words, reading.names):
                candidates.append(((result.name, result.kind),
                                   f"'{pronoun}' refers to {result.name!r}, the most recent speaker"))
                break
        # 3. the most recent person named in the two sentences before
        for number in range(sentence - 1, max(-1, sentence - 3), -1):
            for ent in reversed(reading.article.entities_within(reading.sentences[number])):
                if ent.label_ == "PERSON" and want == "person" and ent.start_char >= reading.prose_start:
                    name = canonical_name(name_words(ent.text), reading.names)
                    candidates.append(((name, "named"), f"'{pronoun}' refers to {name!r}, "
                                       "the last person named before it"))
        gender = GENDERS.get(token.lower_)
        fitting = [c for c in candidates if self._gender_of(c[0][0]) in (None, gender)]
        candidates = fitting or candidates  # "she" is not the man named just before
        if not candidates:
            return Speaker(None, "unknown", start, end,
                           f"could not tell who '{pronoun}' is: nobody fitting is named before it", ())
        (speaker, kind), reason = candidates[0]
        if subjects:
            # the paragraph has its own subject: ambiguous only if it has two different ones
            rivals = [name for (name, _), _ in subjects]
        else:
            rivals = self._people_in_paragraph(token, want)
        rivals = [name for name in rivals if self._gender_of(name) in (None, gender)]
        if gender and self._gender_of(speaker) not in (None, gender) and rivals:
            # the only guess left is of the other sex ("she" after Chris Christie): the last
            # person of the paragraph who fits is the better guess
            speaker, kind = rivals[-1], "named"
            reason = f"'{pronoun}' refers to {speaker!r}, the last person named before it who fits"
        others = []
        for name in rivals:
            if name != speaker and name not in others:
                others.append(name)
        return Speaker(speaker, kind, start, end, reason, tuple(others))

    def _earlier_subjects(self, token, want, sentence, paragraph) -> list[tuple]:
        """1. the subjects of earlier sentences in the same paragraph that the pronoun can
        stand for, last first, each as ((name, kind), reason)."""
        reading = self.reading
        found = []
        for number in range(sentence - 1, -1, -1):
            sent = reading.sentences[number]
            if reading.paragraph_of(sent.start_char) != paragraph:
                break
            if number not in self._subjects:
                self._subjects[number] = _main_subjects(sent, reading.names)
            for subject in self._subjects[number]:
                if reading.token_in_quote(subject):
                    continue
                described = self._describe(subject, want)
                if described:
                    name, _ = described
                    found.append((described, f"'{token.text}' refers to {name!r}, "
                                  "the subject of an earlier sentence in this paragraph"))
        return found

    def _gender_of(self, name: str | None) -> str | None:
        """"m" or "f" when the article says so: an honorific (Mr., Ms., Mrs.) before the
        name; for a full name, what its given name says ("Hillary Clinton": "f";
        ``given_names.json``); else an earlier "he"/"she" that could only mean this person
        (the machine's own guess, so it comes last); else None."""
        if name is None:
            return None
        if self._genders is None:
            self._genders = {}
            for match in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w’'-]+)", self.reading.text):
                full = canonical_name([match.group(2)], self.reading.names)
                self._genders[full] = "m" if match.group(1) == "Mr" else "f"
        if name in self._genders:
            return self._genders[name]
        words = name.split()
        if len(words) >= 2 and words[0] in load_given_names():
            return load_given_names()[words[0]]
        for _, said, earlier in self.history.latest_first():
            if said.name == name and not said.alternatives and earlier.lower_ in GENDERS \
                    and earlier.pos_ == "PRON":
                return GENDERS[earlier.lower_]
        return None

    def _people_in_paragraph(self, token, want) -> list[str]:
        """People named before the pronoun in its paragraph, outside quotation marks."""
        if want != "person":
            return []
        reading = self.reading
        paragraph = reading.article.paragraphs[reading.paragraph_of(token.idx)]
        names = []
        first = bisect.bisect_left(reading.ent_start_chars, paragraph.start)
        last = bisect.bisect_left(reading.ent_start_chars, token.idx)
        for ent in reading.ents[first:last]:
            if ent.label_ == "PERSON" and not reading.inside[ent.start_char]:
                names.append(canonical_name(name_words(ent.text), reading.names))
        return names

    def _describe(self, subject, want) -> tuple[str, str] | None:
        """(name, kind) for a sentence subject that a pronoun of kind ``want`` can stand for."""
        if subject.pos_ == "PRON":
            # the last speaker whose token is this very object and who has a name
            result = self.history.named_by(subject)
            return (result.name, result.kind) if result else None
        key = (subject.i, want)
        if key not in self._mentions:
            compatible = _compatible(want, subject, None, self.reading.words, self.reading.names)
            self._mentions[key] = mention_bounds(subject) if compatible else None
        if self._mentions[key] is None:
            return None
        start, end = self._mentions[key]
        resolved = self.phrases.resolve(subject, start, end, self.reading.text[start:end])
        return (resolved.name, resolved.kind) if resolved.name else None


def _main_subjects(sentence, names=()):
    """Subjects of the main clause, last first; a name opening the sentence counts too,
    since the parser sometimes misreads "Nair laughs when …"."""
    subjects = []
    first = next((t for t in sentence if not t.is_space and not t.is_punct), None)
    if first is not None and first.pos_ == "PROPN" and first.lower_ in names and \
            first.dep_ not in ("poss",) and not first.text.endswith(("’s", "'s")) and \
            not (first.i + 1 < len(sentence.doc) and sentence.doc[first.i + 1].dep_ == "case"):
        chain_end = first.i
        while chain_end + 1 < sentence.end and sentence.doc[chain_end + 1].pos_ == "PROPN":
            chain_end += 1
        subjects.append(sentence.doc[chain_end])
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubjpass") and (token.head.dep_ == "ROOT" or
                                                     token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT"):
            if token not in subjects:
                subjects.append(token)
    return sorted(subjects, key=lambda t: -t.i)


def _compatible(want: str, token, kind, words, names=()) -> bool:
    """True when a pronoun of kind ``want`` ("person", "plural", "thing") can stand for the token."""
    lower = token.lower_
    if token.pos_ == "PRON":
        return PRONOUNS.get(lower) == want
    plural = token.tag_ in ("NNS", "NNPS")
    if want == "person":
        return not plural and (token.ent_type_ == "PERSON" or lower in words["people"] or
                               lower in words["anonymous"] or
                               token.pos_ == "PROPN" and strip_possessive(lower) in names)
    if want == "plural":
        return plural or token.ent_type_ in ("ORG", "NORP", "GPE") or lower in words["institutions"]
    if want == "thing":
        return not plural and (token.ent_type_ in ("ORG", "GPE") or lower in words["institutions"])
    return False
