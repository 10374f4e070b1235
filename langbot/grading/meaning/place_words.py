"""The word lists of places in langbot/grading/data/meaning.yaml: where one lives, goes,
comes from and how far; a part of MeaningWords (words.py)."""

from pydantic import BaseModel, ConfigDict, Field, model_validator

from langbot.datafiles import WordList


class PlaceWords(BaseModel):
    """Words of places, going somewhere and distances."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    residence_verbs: WordList
    address_nouns: WordList
    place_openers: WordList
    there_words: WordList
    going_verbs: WordList
    going_alike: WordList
    coming_verbs: WordList
    going_links: WordList
    destination_links: WordList
    place_classes: WordList
    destination_questions: WordList
    place_groups: dict[str, WordList] = Field(min_length=1)
    place_complements: WordList
    place_prepositions: WordList
    kept_openers: WordList
    distance_units: WordList
    distance_link: WordList
    distance_group: str
    location_verbs: WordList
    existence_verbs: WordList
    numbered_places: WordList
    direction_verbs: WordList
    direction_phrases: WordList

    @model_validator(mode="after")
    def _known_group(self) -> "PlaceWords":
        if self.distance_group not in self.place_groups:
            raise ValueError(f"distance_group {self.distance_group!r} is not a place_groups key")
        return self
