"""Who the speaker of a reporting verb is.

A speaker is the verb's subject: a pronoun goes to ``PronounResolver``, any other phrase to
``PhraseResolver``; a verb with no subject, or a passive with nobody doing the reporting,
gives no speaker and says why. Speakers are resolved in reading order and remembered, since
later pronouns and descriptions point back to them.
"""
from __future__ import annotations

from medialit.model import Speaker
from medialit.quotes.clauses import Attribution
from medialit.quotes.phrases import PhraseResolver, mention_bounds
from medialit.quotes.pronouns import PRONOUNS, PronounResolver
from medialit.quotes.reading import QuoteReading, SpeakerHistory


class SpeakerResolver:
    """Resolves the speakers of one article's reporting verbs, each once."""

    def __init__(self, reading: QuoteReading):
        self.reading = reading
        self.history = SpeakerHistory()
        self.phrases = PhraseResolver(reading, self.history)
        self.pronouns = PronounResolver(reading, self.history, self.phrases)

    def speaker_of(self, attribution: Attribution) -> Speaker:
        """The speaker of one reporting verb, resolved the first time it is asked for."""
        if attribution.resolved is None:
            attribution.resolved = self._resolve(attribution)
        return attribution.resolved

    def _resolve(self, attribution: Attribution) -> Speaker:
        token = attribution.speaker_token
        if token is None:
            if attribution.no_agent:
                return Speaker(None, "vague", None, None,
                               f"'{attribution.cue}' has nobody doing the reporting "
                               "(a passive such as 'it was reported')", ())
            return Speaker(None, "unknown", None, None,
                           f"'{attribution.cue}' has no subject: the article does not say who", ())
        start, end = mention_bounds(token)
        if token.idx > attribution.cue_start and start < attribution.cue_end:
            # an inversion ("asked campaign manager Dana Reyes"): the verb is not the speaker
            start = attribution.cue_end + len(self.reading.text[attribution.cue_end:token.idx]) - \
                len(self.reading.text[attribution.cue_end:token.idx].lstrip(" ,"))
        mention = self.reading.text[start:end]
        if not any(character.isalpha() for character in mention):
            return Speaker(None, "unknown", None, None,
                           f"'{attribution.cue}' has no subject made of words: the article does "
                           "not say who", ())
        if token.lower_ in PRONOUNS and token.pos_ == "PRON":
            result = self.pronouns.resolve(token, start, end)
        else:
            result = self.phrases.resolve(token, start, end, mention)
        if start >= self.reading.body_start:
            self.history.add(start, result, token)  # the body's "he" never means a headline's
        return result
