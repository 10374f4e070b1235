"""The word lists of paying and prices in langbot/grading/data/meaning.yaml: «¿cuánto
cuesta?», «con tarjeta», «pago yo»; a part of MeaningWords (words.py)."""

from pydantic import BaseModel, ConfigDict

from langbot.datafiles import WordList


class MoneyWords(BaseModel):
    """Words of asking a price and of paying."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    price_phrases: WordList
    charging_verbs: WordList
    charged_pronouns: WordList
    price_openers: WordList
    price_which: WordList
    price_nouns: WordList
    price_verbs: dict[str, WordList]
    payment_phrases: WordList
    payment_links: WordList
    payment_nouns: WordList
    accepting_verbs: WordList
    paying_verbs: WordList
    payer_pronouns: WordList
    bill_nouns: WordList
    price_knowing_verbs: WordList
    money_units: WordList
