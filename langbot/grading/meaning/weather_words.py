"""The word lists of the weather in langbot/grading/data/meaning.yaml: «hace sol», «llueve»,
«hay niebla»; a part of MeaningWords (words.py)."""

from pydantic import BaseModel, ConfigDict, Field

from langbot.datafiles import WordList


class WeatherWords(BaseModel):
    """Words of saying what the weather is like."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    weather_scales: dict[str, WordList] = Field(min_length=1)
    weather_classes: WordList
    weather_verbs: WordList
    weather_made: WordList
    weather_there: WordList
    weather_had: WordList
    weather_felt: WordList
    weather_made_adjectives: WordList
    weather_day_classes: WordList
