"""Find the figures a text states and turn them into numbers with bounds and a hedge.

A *figure* is a number, number word, range or vague quantity. What is *not* a figure is masked
first: dates, times, years, calibres, model names, ages, money and phone numbers. Whether a
figure counts something (and so is a claim) is decided later, in ``extract``.

>>> [(f.text, f.low, f.high, f.hedge) for f in find_figures("up to 10,000 troops and 1,500 more")]
[('10,000', 10000, 10000, 'upper_bound'), ('1,500', 1500, 1500, 'exact')]
>>> [(f.text, f.low, f.high, f.hedge) for f in find_figures("between 1,000 and 3,000 shells")]
[('1,000 and 3,000', 1000, 3000, 'range')]
>>> [f.text for f in find_figures("On Oct. 28 at 10:44, 122-mm KN-23 missiles")]
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from text_to_num import text2num

from claimtable import lexicons

Number = int | float

_CALENDAR = lexicons.calendar()
#: A month, written out or short, with or without a full stop ("October", "Oct.", "Sept").
_MONTH = rf"(?:{lexicons.alternation([*_CALENDAR.months, *_CALENDAR.month_shorts])})\.?"
_YEAR_CUES = (
    r"in|since|by|from|until|till|before|after|during|of|early|late|mid|spring|summer|autumn"
    r"|fall|winter|year|years|through|throughout|compared\swith|compared\sto"
)

_MONTH_STEMS = _CALENDAR.stems
#: Counted nouns of ``units.csv`` (one word, four letters or more) that a scraped text glues to
#: their figure ("4075people"): the figure and its noun, not a model name.
_GLUED_NOUNS = lexicons.alternation(
    {w for w in lexicons.column("units", "word") if w.isalpha() and w.islower() and len(w) >= 4})
#: Number words of ``number_words.csv`` (not abbreviations), for masks that take words too.
_SPELLED = lexicons.alternation((r["word"] for r in lexicons.read_lexicon("number_words") if r["abbreviation"] != "yes"),
                                fold_case=True)

#: The casualty words of ``statuses.csv`` that a verb's participle or a tense gives (killed,
#: wounded, captured, missing: "died", "was killed", "were injured", "kidnapped").
_HARM_WORDS = lexicons.alternation(
    (r["cue"] for r in lexicons.read_lexicon("statuses")
     if r["status"] in ("killed", "wounded", "captured", "missing", "killed or wounded") and r["applies"] != "noun"
     and r["cue"].split()[-1].endswith(("ed", "died", "dead", "hurt", "slain"))), fold_case=True)
#: What follows "of" in "one of" when the one counts a person a casualty word befalls: a group
#: of people that a possessive or "the" determines, then (past a short phrase of place) the
#: casualty word in a tense of the one ("one of its staff members had been killed", "one of the
#: men on board had died", "one of the “rebels” who was captured"; not the participle that
#: describes the group, "one of the soldiers captured in May said ...").
_ONE_OF_HARMED = (r"\s+(?:the|its|our|their|his|her|[A-Z][\w-]*['’]s)\s+[“\"]?(?:[\w-]+\s+){0,3}?"
                  r"(?:[a-z-]+(?:s|men)|children|people|staff|personnel)[”\"]?"
                  r"(?:\s+(?:in|on|at|from|aboard)\s+[\w-]+(?:\s+[A-Z][\w-]*)?)?,?"
                  r"\s+(?:who\s+|that\s+)?(?:(?:was|is|had|has)\s+(?:later\s+|also\s+)?(?:been\s+)?"
                  rf"(?:{_HARM_WORDS})|(?:later\s+)?(?:died|perished|drowned|succumbed))\b")
#: A verb of harm right before "one of" ("an airstrike killed one of their commanders"): the
#: one is its object, a person counted (lookbehinds at the end of "one of", fixed widths).
_HARMED_ONE_OF = "".join(rf"(?<!\b{verb} one of)" for verb in (
    "killed", "kills", "killing", "wounded", "wounds", "wounding", "injured", "injuring", "captured", "abducted",
    "kidnapped", "executed"))

#: Number words written with a capital ("Five", "Twenty"), as names are; and each of them
#: with the comma or the stop after it, the cues of the "name" mask.
_CAPITALISED_WORDS = tuple(r["word"].capitalize() for r in lexicons.read_lexicon("number_words")
                           if r["abbreviation"] != "yes" and r["word"].isalpha())
_CAPITALISED = lexicons.alternation(_CAPITALISED_WORDS)
_CAPITALISED_CUES = tuple(w + end for w in _CAPITALISED_WORDS for end in (",", "…", "."))
#: What may follow the last day of a list of days: no word in lower case but a preposition, a
#: conjunction or an adverb of time (a noun after it makes the number a count).
_NO_NOUN_AFTER = (r"(?!\s+(?!(?:in|at|on|near|across|along|during|when|while|as|respectively|and|or|to|with|before"
                  r"|after|from|of|the|that|this|last|but|amid|following)\b)[a-z])")

#: The codes of currencies.csv ("USD"), written before an amount ("USD 2 million").
_CURRENCY_CODES = tuple(w for w in lexicons.column("currencies", "word") if w.isupper() and w.isalpha())

#: Spans that hold digits but never a figure of counted things. Order does not matter. Each
#: row's last field lists strings one of which every match contains (in lower case when the
#: pattern ignores case), or a short pattern every match contains: a sentence with none of
#: them is not scanned. Empty: always scanned.
NOT_FIGURES: tuple[tuple[str, re.Pattern[str], tuple[str, ...] | re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, flags), needs)
    for name, pattern, flags, needs in [
        ("time", r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I,
         (":", "a.m.", "p.m.", "am", "pm")),
        ("date", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?", 0, _MONTH_STEMS),
        ("date", rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{_MONTH}(?![a-z])(?:,?\s+\d{{4}}\b)?", 0, _MONTH_STEMS),
        ("date", r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", 0, ("-", "/")),
        # "in May 2023", "in August 1862": a month and a year of any century since 1600
        ("date", rf"\b{_MONTH}\s+(?:1[6-9]|20)\d{{2}}\b", 0, _MONTH_STEMS),
        # the end of a span of days ("between Mar. 4 and 9", "from May 3 to 7", "May 3-7")
        ("date", rf"\b(?:between\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+and|from\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
         rf"\s+(?:to|until|till|through)|{_MONTH}\s+\d{{1,2}}\s?[-–])\s?\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]?\d)", 0, _MONTH_STEMS),
        # the days of a list after their month ("on June 24 and 25", "May 3, 4 and 6"), unless a
        # noun follows the last ("on May 3 and 25 soldiers died": a count)
        ("date", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s?\d{{1,2}}(?:st|nd|rd|th)?)*,?\s+(?:and|&)\s+"
         rf"\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]?\d){_NO_NOUN_AFTER}", 0, _MONTH_STEMS),
        # the days of a list before their month ("on 24 and 25 June", "from 3 to 6 May")
        ("date", rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:,\s?\d{{1,2}}(?:st|nd|rd|th)?)*,?\s?(?:and|&|to|[-–])\s?"
         rf"(?=\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?![a-z]))", 0, _MONTH_STEMS),
        # "Copyright ©2021", "© 2024 Reuters": the year of a notice of copyright
        ("year", r"(?:©|\(c\)|\bcopyright)\s?(?:19|20)\d{2}\b", re.I, ("©", "(c)", "copyright")),
        # "the projected number for 2022.": a year after "for" that ends its clause (a count after
        # "for" says what it counts: "food for 2000 people")
        ("year", r"\bfor\s(?:19|20)\d{2}\b(?![.,]?\d)(?=\s*(?:[.,;:!?)”\"]|$))", re.I, ("for 19", "for 20")),
        # "my brothers, Five, Seven, Ten…": number words in capitals in the middle of a sentence,
        # set off by commas after a word in lower case, are names (code names, call signs)
        ("name", rf"(?<=[a-z],\s)(?:{_CAPITALISED})(?:(?:,\s|\s(?:and|or)\s)(?:{_CAPITALISED}))*(?=\s?(?:,|…|\.\.\.))",
         0, _CAPITALISED_CUES),
        # "throughout 2022 and 2023", "in 2019, 2020 or 2021": the years a cue opens, all of them
        ("year", rf"\b(?:{_YEAR_CUES})\s(?:19|20)\d{{2}}s?\b(?:(?:,\s|,?\s(?:and|or)\s)(?:19|20)\d{{2}}s?\b(?![,.]\d))*",
         re.I, ("19", "20")),
        ("year", r"\b(?:19|20)\d{2}\s?[-–]\s?(?:19|20)?\d{2}\b|\b(?:19|20)\d{2}s\b", 0, ("19", "20")),
        # "2018 was the bloodiest year", "2023 saw a surge": a year the subject of a verb in the
        # singular (a count of 1,900 or more takes "were")
        ("year", r"\b(?:19|20)\d{2}(?=\s(?:was|saw|marked|brought)\s)", 0, ("19", "20")),
        # "2024 turned out to be the deadliest year", "2019 proved the bloodiest": a year the
        # subject of a verb of being in the singular, or of one that becomes it
        ("year", r"\b(?:19|20)\d{2}(?=\s(?:(?:turned\sout|proved|promises|is\sset|was\sset|is\slikely|looks\sset)"
         r"\sto\sbe|proved|became|has\sbeen|had\sbeen|is|remains|remained)\s)", 0, ("19", "20")),
        # "20250513 Rohingya refugees": a date stamp, year, month and day in eight digits (a count
        # of tens of millions has separators)
        ("date", r"(?<![\d,.])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d,.]\d|\d)", 0, ("19", "20")),
        # "North Korea's 2025 shipments", "half its 2024 output": a year owned like an adjective
        ("year", r"(?:['’]s|\b(?:its|their|his|her|our))\s(?:19|20)\d{2}(?=\s[a-z])", 0,
         ("s 19", "s 20", "r 19", "r 20")),
        ("calibre", r"\b\d+(?:\.\d+)?\s?-?\s?(?:mm|millimet(?:er|re)s?|cm|calibre|caliber|inch|in\.)(?![a-z])", re.I,
         ("mm", "millimet", "cm", "calibre", "caliber", "inch", "in.")),
        # (in Latin or Cyrillic letters: "М-1978", "БМ-21")
        ("model", r"\b(?!(?i:hundred|thousand|million)[-‑]\d)[A-Za-zА-Яа-яЁё]+[-‑]?\d+[A-Za-z0-9-]*\b", 0,
         # a letter then a digit ("Su-34", "F16"), searched from the digit: digits are rarer than letters
         re.compile(r"\d(?:(?<=[A-Za-zА-Яа-яЁё]\d)|(?<=[A-Za-zА-Яа-яЁё][-‑]\d))")),
        # "Ilyushin (IL)-76": a model's short name in brackets, then its number after a hyphen
        ("model", r"\([A-Z]{1,4}\)[-‑]\d+[A-Za-z0-9-]*\b", 0, (")-", ")‑")),
        # (not a round number's plural, "1000s", "1,000s": a vague quantity of vague.csv)
        ("model", rf"\b(?!(?:10{{1,5}}|000)s\b)\d+(?!(?i:bn|mln|m|k)\b)(?!(?:{_GLUED_NOUNS})\b)[A-Za-z][A-Za-z0-9]*\b", 0, re.compile(r"\d[A-Za-z]")),
        # "aged 20 and 26", "aged between 18 and 35", "aged eight to 12": every age of the list
        ("age", rf"\b\d{{1,3}}[-\s]years?[-\s]old\b|\baged\s(?:between\s)?(?:\d{{1,3}}|{_SPELLED})\b"
         rf"(?:(?:\s*,\s*|\s+(?:and|to|or)\s+|\s?[-–]\s?)(?:\d{{1,3}}|{_SPELLED})\b(?![,.]\d))*|\b\d{{1,3}}-year\b", re.I,
         ("year", "aged")),
        # "children under the age of twelve", "between the ages of 18 and 60": an age, digits or words
        ("age", rf"\bages?\s+of\s+(?:\d{{1,3}}|{_SPELLED})\b(?:\s+(?:and|to)\s+(?:\d{{1,3}}|{_SPELLED})\b)?", re.I,
         ("age of", "ages of")),
        ("money", r"(?:US)?[$€£¥₩₽]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?", re.I,
         ("$", "€", "£", "¥", "₩", "₽")),
        # "40 billion euros", "two million dollars": an amount named by its currency
        ("money", rf"(?:\b\d[\d,.]*|\b[a-z]+)(?:[\s-]?(?:hundred|thousand|million|billion|trillion|bn|mln|m|k))?\s+"
         rf"(?:{lexicons.alternation(lexicons.column('currencies', 'word'), fold_case=True)})\b", re.I,
         tuple({w.lower()[:4] for w in lexicons.column("currencies", "word")})),
        # "USD 2 million", "EUR 40m": an amount after its currency's code (the upper-case words
        # of currencies.csv)
        ("money", rf"\b(?:{'|'.join(_CURRENCY_CODES)})\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mln|m|k)\b)?", 0,
         _CURRENCY_CODES),
        # "at 1615 hrs", "(2200 GMT Wednesday)": a time of day in four digits
        ("time", r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|GMT|UTC)\b", 0, ("hrs", "GMT", "UTC")),
        # a phone number has "+" and a digit, or a digit, a separator and a digit: the cue
        # pattern opens with its first character (a set the regex engine skips to)
        ("phone", r"\+\d[\d\s().-]{6,}\d|\b\d{3}[-.\s]\d{3,4}[-.\s]\d{4}\b", 0,
         re.compile(r"[+\d](?:(?<=\+)\d|(?<=\d)[-.\s]\d)")),
        ("ordinal", r"\b\d+(?:st|nd|rd|th)\b", re.I, re.compile(r"\d(?:st|nd|rd|th)")),
        ("number sign", r"(?:\bNo\.|#|№)\s?\d+", 0, ("No.", "#", "№")),
        # "the 20-month-long war", "after two days of strikes", "under five years old": a stretch
        # of time or an age, in digits or number words ("a nearly two-decade truce"), both ends
        # of a span ("six to eight months ago", "two or three days")
        ("duration", rf"\b(?:(?:\d+|{_SPELLED})\s?(?:[-–]|to\b|or\b)\s?)?(?:\d+(?:\.\d+)?|{_SPELLED})[\s-](?:hour|day|week|month|year|decade)s?(?:[\s-](?:long|old))?\b",
         re.I, re.compile(r"[\s-](?:hour|day|week|month|year|decade)")),
        # "a 500-pound bomb", "a 250 kg charge", "a 2,000-ton ship": a weight that describes a
        # thing (the unit in the singular, as a modifier), not a count
        ("weight", r"\b\d[\d,.]*(?:\s|\s?-\s?)(?:pound|lb|kilogram|kilo|kg|ton|tonne)(?![a-z])", re.I,
         ("pound", " lb", "-lb", "kilo", " kg", "-kg", " ton", "-ton")),
        # "a 115m long ship", "a 90-metre-long barge", "a wall 6 ft high": a length, not a count
        # ("115m" alone is 115 million)
        ("length", r"\b\d[\d,.]*\s?-?\s?(?:m|ft|km|met(?:er|re)s?|feet|foot|kilomet(?:er|re)s?)[\s-]"
         r"(?:long|wide|high|tall|deep)\b", re.I, ("long", "wide", "high", "tall", "deep")),
        # "80 nm east of": nautical miles; "between 500m and 1 kilometre": both ends of a span of
        # length ("500m" alone is 500 million)
        ("length", r"\b\d[\d,.]*\s?nm\b", 0, ("nm",)),
        ("length", r"\b\d[\d,.]*\s?m\s+(?:and|to|or)\s+(?:\d[\d,.]*|an?|one|two|three)\s?(?:km|kilomet(?:er|re)s?|miles?)\b",
         re.I, ("km", "kilomet", "mile")),
        # "rose by 22%", "fell by about 30 percent": the size of a change, not a share
        ("change", r"\b(?:rose|risen|rising|rises?|increas(?:ed|es|ing|e)|fell|fallen|falls?|falling|dropp(?:ed|ing)|drops?"
         r"|grew|grown|grows?|growing|declin(?:ed|es|ing|e)|jump(?:ed|s)?|surg(?:ed|es)|climb(?:ed|s)?|decreas(?:ed|es|e)"
         r"|up|down)\s+by\s+(?:(?:about|nearly|almost|around|roughly|some|over|more\s+than|at\s+least|an\s+estimated)\s+)?"
         r"\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)", re.I, ("%", "percent", "per cent")),
        # "the freighter Number 7": a number that names, as "No. 7" does
        ("number sign", r"\bNumber\s\d+\b(?![.,]\d)", 0, ("Number",)),
        # "the group's number two", "the company number six of the rebels": a rank or a name
        # after a possessive or a singular noun that "the" opens (the verb "number" takes a plural:
        # "the rebels number 2,000")
        ("rank", rf"(?:(?<=\bthe\s)|(?<=['’]s\s)|(?<=s['’]\s)|(?<=\bits\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)"
         rf"|(?<=\bthe\s)[a-z]+[a-rt-z]\s)number\s(?:\d+|{_SPELLED})\b(?![.,]\d)", 0, ("number",)),
        # "World War Two", "World War 2": a war's name
        ("war name", rf"\bWorld\sWar\s(?:I{{1,3}}|\d|(?i:{_SPELLED}))\b", 0, ("World War",)),
        # "children under five", "infants below 2", "every child under five": an age limit after
        # the young it sorts
        ("age", rf"(?:(?<=children\s)|(?<=child\s)|(?<=infants\s)|(?<=infant\s)|(?<=babies\s)|(?<=baby\s)"
         rf"|(?<=kids\s)|(?<=kid\s))(?:aged\s+)?(?:under|below|over|above)\s+"
         rf"(?:\d{{1,2}}|{_SPELLED})\b(?![,.]?\d)", re.I, ("child", "infant", "bab", "kid")),
        # "at nine in the morning", "nine o'clock": an hour of the day, in digits or words
        ("time of day", rf"\b(?:\d{{1,2}}|{_SPELLED})\s+o['’]clock\b|\bat\s+(?:about\s+|around\s+)?(?:\d{{1,2}}|{_SPELLED})"
         r"\s+in\s+the\s+(?:morning|afternoon|evening)\b", re.I, ("clock", "morning", "afternoon", "evening")),
        # "sub-zero temperatures", "below zero": a temperature, no count
        ("temperature", r"\b(?:sub|below)[-\s]zero\b", re.I, ("zero",)),
        # "9,000 people per square kilometre": a density, not a count
        ("density", r"\b\d[\d,.]*\s+(?:[a-z]+\s+)?per\s+(?:square\s+(?:kilomet(?:er|re)|mile)s?|sq\.?\s?km|km2|km²)",
         re.I, ("per square", "per sq", "per km")),
        # "57 percent more than", "30% lower": a change between two figures, not a share
        ("change", r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)\s+(?:more|less|fewer|higher|lower|greater|smaller)\b",
         re.I, ("%", "percent", "per cent")),
        # "the two forces clashed": the sides of a fight, named by how many there are
        ("sides", r"\bthe\s+(?:two|three|four)\s+(?:warring\s+|rival\s+|opposing\s+)?(?:forces|sides|armies)\b",
         re.I, ("forces", "sides", "armies")),
        # "three times as many", "more than 2 times": a multiplier compares, it counts nothing
        ("multiplier", r"\b(?:\d+(?:\.\d+)?|[a-z]+)[\s-]times\b", re.I, ("times",)),
        # "one of the", "one day", "one-way attack drones"
        # ("one of whom was left in a serious state" counts: a part of the count before it, and so
        # does one of a group of people that a casualty word befalls: ``_ONE_OF_HARMED``)
        ("idiom", r"\b(?:one|One)[\s-]+(?:of(?!\s+(?:whom|them)\s+(?:is|was|are|were|remains?|remained)\b)"
         rf"(?!{_ONE_OF_HARMED}){_HARMED_ONE_OF}"
         r"|another|day|time|side|way)\b|\b[Nn]o[\s-]+one\b"
         # "this one was unusually long": a pronoun, not a count ("that one" only before a verb or
         # a stop: "said that one person died" counts)
         r"|\b(?:[Tt]his|[Ee]ach|[Ee]very)\s+one\b|\b[Tt]hat\s+one\b(?=\s*(?:[.,;:!?)”\"]|$)"
         r"|\s+(?:is|was|would|will|can|could|has|had|did|does|might|may|should|must)\b)", 0, ("one", "One")),
        # "a nine-storey block", "a 2-story house": the height of a building, not a count
        ("storeys", rf"\b(?:\d{{1,3}}|{_SPELLED})[\s-]stor(?:e?y|ied)\b", re.I, ("-stor", " stor")),
        # "a four-star general", "a five-star hotel": a rank or a grade, not a count
        ("rank", r"\b(?:\d|one|two|three|four|five)[\s-]star\b", re.I, ("star",)),
        # number words hyphened into the name of a kind of thing: "a four-by-four pickup", "a
        # one-for-one swap"; and a model's number in words after its letters ("F-sixteen jets"),
        # as "F-16" is a model's (the "model" masks)
        ("compound", rf"\b(?:{_SPELLED})[-‑](?:by|on|for)[-‑](?:{_SPELLED})\b", re.I, ("-by-", "-on-", "-for-")),
        ("model in words", rf"\b(?=[A-Z])(?!(?:{_SPELLED})[-‑])[A-Z]{{1,3}}[-‑](?:{_SPELLED})\b", 0, ("-", "‑")),
    ]
)
#: Letters that ``re.IGNORECASE`` equates with an ASCII letter but ``str.lower`` does not
#: ("ſ" matches "s"), so the cue check sees what the pattern would.
_CASE_TWINS = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "K": "k"})
#: Any of the letters of ``_CASE_TWINS``: a text with none of them needs no ``str.translate``.
_CASE_TWIN = re.compile("[ſıİK]")


def fold_like_ignorecase(text: str) -> str:
    """``text`` in lower case, with the letters ``re.IGNORECASE`` equates with ASCII ones made
    ASCII: a string a case-insensitive pattern finds in ``text`` is in the result, lower-cased.

    >>> fold_like_ignorecase("ſtate KİLO")
    'state kilo'
    """
    # no twins to replace: str.translate is slow (a dict look-up a character, ~8 us a
    # 130-character sentence with a curly quote), str.lower and one scan for a twin are not
    if text.isascii() or _CASE_TWIN.search(text) is None:
        return text.lower()
    return text.translate(_CASE_TWINS).lower()


#: Thousands separated by commas, or by the no-break or thin spaces of typeset text ("3 000"),
#: or by a mark a typesetter or a translation puts for the comma: the low-9 quotation mark
#: ("3‚000"), the Arabic thousands separator ("3٬000") and the full-width comma ("3，000").
_THIN_SPACES = "\u00a0\u202f\u2009\u201a\u066c\uff0c"
#: Full stops between thousands ("1.500.000", as some translated reports write) when there are
#: two groups or more; a single one ("1.500") is read in ``parse_number``.
_DIGITS = (
    rf"(?:\d{{1,3}}(?:\.\d{{3}}){{2,}}(?![.\d])|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?![,\d])|\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[{_THIN_SPACES}]\d{{3}})+"
    rf"|\d{{1,3}}(?:[ ]\d{{3}})+(?!\d|[,.]\d)|(?<!,[ ])(?:\d{{1,3}},[ ]000|\d{{2,3}},[ ]\d{{3}})(?![\d,]|\s+(?:and|or|to)\b)|\d+)"
    rf"(?:\.\d+)?"
)
#: A decimal comma, only before a scale word ("1,5 million"): "1,500" stays fifteen hundred.
_DECIMAL_COMMA = re.compile(r"^(\d{1,3}),(\d{1,2})(?= [a-z])")
#: One full stop and three digits with no scale word ("1.500 troops"): thousands, not 1.5.
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
#: The space between thousands: typeset ("3\u202f000") or plain ("300 000", as wire copy from
#: continental desks writes it).
_GROUP_SPACE = re.compile(rf"(?<=\d)[ {_THIN_SPACES}](?=\d{{3}}(?!\d))")
#: A stray space after a thousands comma ("55, 000", "15, 200" as a desk types it; "May 5, 300
#: troops" is a date and a count: ``_atoms`` reads the count alone where a date mask holds the day;
#: a single digit before it takes round thousands only: "on day 3, 500 troops left" is two figures).
_COMMA_SPACE = re.compile(r"(?<=\d),[ ](?=\d{3}(?!\d))")
#: A change in a figure, so "from A to B" after it is two figures, not a range.
CHANGE_WORDS = re.compile(
    r"\b(?:rise|rises|rose|risen|rising|grow|grew|grown|increase[sd]?|jump(?:ed)?|climb(?:ed)?|"
    r"fall|fell|fallen|drop(?:ped)?|decrease[sd]?|soar(?:s|ed)?|surge[sd]?|up|down)\s*$",
    re.I,
)


@dataclass(frozen=True)
class Figure:
    """A figure found in a text; ``text == source[start:end]``.

    >>> find_figures("about 1,500 troops")[0]
    Figure(start=6, end=11, text='1,500', low=1500, high=1500, hedge='approximate', percent=False, hedge_start=0, hedge_cue='about')
    """

    start: int
    end: int
    text: str
    low: Number
    high: Number
    hedge: str
    percent: bool = False
    hedge_start: int | None = None  # where the hedge cue starts, for highlighting
    hedge_cue: str = ""


@cache
def _number_words() -> dict[str, tuple[float, bool]]:
    return {
        r["word"]: (float(r["value"]), r["scale"] == "yes")
        for r in lexicons.read_lexicon("number_words")
    }


@cache
def _scale_abbreviations() -> frozenset[str]:
    """Scales written short ("bn", "m"), which only ever follow digits."""
    return frozenset(r["word"] for r in lexicons.read_lexicon("number_words") if r["abbreviation"] == "yes")


@cache
def _atom_pattern() -> re.Pattern[str]:
    return re.compile(_atom_source(), re.I | re.VERBOSE)


@cache
def _atom_source() -> str:
    """The source of ``_atom_pattern`` (compiled with ``re.I`` there, without it in
    ``_folded_atom_pattern``: a text needs only one of them, each is compiled when first used)."""
    words = _number_words()
    short = _scale_abbreviations()
    scale = lexicons.alternation(
        (w for w, (_, s) in words.items() if s and not (w in short and len(w) == 1)), fold_case=True
    )
    tight = lexicons.alternation((w for w in short if len(w) == 1), fold_case=True)
    plain = lexicons.alternation((w for w in words if w not in short), fold_case=True)
    vague_phrases = lexicons.column("vague", "phrase")
    vague = lexicons.alternation((p for p in vague_phrases if not p[0].isdigit()), fold_case=True)
    # the plural of a round number in digits ("1000s", "1,000's"), with or without an apostrophe:
    # not the end of a longer number ("5,100s")
    plural = lexicons.alternation((p[:-1] for p in vague_phrases if p[0].isdigit()), fold_case=True)
    plural = rf"|(?<![\d,.])(?:{plural})['’]?s\b" if plural else ""
    spelled_scale = lexicons.alternation(
        (w for w, (_, s) in words.items() if s and w not in short), fold_case=True
    )
    # "a hundred thousand" is one number; "a dozen" too
    word_run = (rf"(?:an?\s+(?:dozen|{spelled_scale})(?:[\s-]+(?:{spelled_scale}))*"
                # (a hyphen joins number words only glued to them: "five -- three men" is two figures)
                rf"|(?:{plain})(?:(?:\s+and\s+|\s+|-)(?:{plain}))*)")

    # "half a million", "one and a half million", "a quarter of a million": before the word
    # runs, which would take "a million" alone
    fraction = (
        rf"(?:(?:(?P<whole>{plain}|\d+)\s+and\s+(?P<and_part>a\s+half|a\s+quarter|three[\s-]quarters)"
        rf"|(?P<part>half|a\s+half|a\s+quarter|quarter(?=\s+of\s)|three[\s-]quarters)(?:\s+of)?(?:[\s-]+an?)?)"
        # "a quarter-million": the scale may be joined by a hyphen
        rf"[\s-]+(?P<fraction_scale>{spelled_scale})"
        # "a million and a half": the fraction after the scale
        rf"|(?:an?|one)\s+(?P<scale_first>{spelled_scale})\s+and\s+(?P<after_part>a\s+half|a\s+quarter)"
        # "two and a half" with no scale after it
        rf"|(?P<small_whole>{plain}|\d+)\s+and\s+(?P<small_part>a\s+half)(?!\s+(?:{spelled_scale}))"
        rf")"
    )
    # every kind starts with a digit or a whole word that may open a figure (a number word, a
    # vague quantity's first word, "a", "half", ...): the lookahead skips the other places at
    # once, and tries the kinds only there (same matches)
    firsts = lexicons.alternation(
        {*(w for w in words if w not in short), *(p.split()[0] for p in lexicons.column("vague", "phrase")),
         "a", "an", "half", "quarter", "three", "one"}, fold_case=True)
    return (
        rf"""(?=\b(?:\d|(?:{firsts})\b))(?:(?P<vague>\b(?:{vague})\b{plural})
        |(?P<fraction>\b{fraction}\b)
        |(?<![\w.,/])(?!0\d)(?P<digits>{_counted_comma_space()}{_DIGITS}|\d{{1,3}},\d{{1,2}}(?=[\s-]?(?:{scale})\b))
            (?:(?:\s|-)?(?P<scale>{scale})\b|(?P<tight>{tight})\b|\s+dozen\b)?(?![\d_]|(?=[^\W\d_])(?!(?:{_GLUED_NOUNS})\b)|[.,/]\d)
        |(?P<words>\b{word_run}\b))"""
    )


def _counted_comma_space() -> str:
    """The alternative of ``_atom_source`` for one digit, a comma, a stray space and three
    digits after a word that only a count follows: a hedge cue before a figure (a row of
    ``hedges.csv``) or a verb in the past ("-ed", a row of ``participles.csv``). "more than
    2, 800 troops" and "lost 1, 887 planes" are one figure each, as "55, 000" is; "on day 3,
    500 troops" stays two (``_DIGITS`` takes one digit before round thousands only).

    >>> [f.text for f in find_figures("the air force lost 1, 887 planes")]
    ['1, 887']
    >>> [f.text for f in find_figures("on day 3, 500 troops left")]
    ['3', '500']
    """
    cues = {" ".join(r["cue"].lower().split()) for r in lexicons.read_lexicon("hedges") if r["position"] == "before"}
    cues |= set(lexicons.column("participles", "participle"))
    # a lookbehind must have one width: one lookbehind a cue, each opening a word
    leads = "|".join(rf"(?<=\b{re.escape(c)}[ ])" for c in sorted(cues, key=lambda c: (-len(c), c)))
    return rf"(?=\d,[ ]\d{{3}}(?![\d,]|\s+(?:and|or|to)\b))(?:(?<=ed[ ])|{leads})\d,[ ]\d{{3}}|"


@cache
def _vague_bounds() -> dict[str, tuple[int, int]]:
    return {r["phrase"]: (int(r["low"]), int(r["high"])) for r in lexicons.read_lexicon("vague")}


@cache
def _hedge_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """One regex for the cues before a figure and one for those after it (longest cues first),
    with the hedge and cue of each by its folded text."""
    before: dict[str, tuple[str, str]] = {}
    after: dict[str, tuple[str, str]] = {}
    for row in lexicons.read_lexicon("hedges"):
        table = after if row["position"] == "after" else before
        table[" ".join(row["cue"].lower().split())] = (row["hedge"], row["cue"])
    return (
        re.compile(rf"\b(?:{lexicons.alternation(before, fold_case=True)})(?=\W|$)", re.I),
        re.compile(rf"[\s-]*(?:{lexicons.alternation(after, fold_case=True)})(?!\w)", re.I),  # used with .match(pos)
        before,
        after,
    )


def as_number(value: float) -> Number:
    """An integral float as ``int``; others unchanged.

    >>> as_number(2500000.0), as_number(40.5)
    (2500000, 40.5)
    """
    return int(value) if float(value).is_integer() else value


#: Digits and the scale word after them, as ``parse_number`` cleans them ("2.5 million"):
#: compiled once, not looked up in the ``re`` cache at every figure.
_DIGITS_AND_SCALE = re.compile(rf"({_DIGITS})\s*([a-z]+)?")


#: Digits alone, in groups of three after commas or not ("47,134", "900"): most figures are
#: written so, and their value is the digits without the commas (the cleaning steps of
#: ``parse_number`` leave such a text as it is).
_PLAIN_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> Number:
    """The value of one number as written: digits, digits with a scale word, or words.

    >>> parse_number("1,500"), parse_number("2.5 million"), parse_number("eight million")
    (1500, 2500000, 8000000)
    >>> parse_number("10 thousand"), parse_number("a dozen"), parse_number("twenty-five")
    (10000, 12, 25)
    >>> parse_number("four-thousand-100"), parse_number("two dozen"), parse_number("300 000")
    (4100, 24, 300000)
    """
    if _PLAIN_DIGITS.fullmatch(text):  # most figures: what follows would change nothing
        return as_number(float(text.replace(",", "")))
    words = _number_words()
    if ", " in text:
        text = _COMMA_SPACE.sub(",", text)
    cleaned = " ".join(_GROUP_SPACE.sub("", text).lower().replace("-", " ").split())
    cleaned = _DECIMAL_COMMA.sub(r"\1.\2", cleaned)
    match = _DIGITS_AND_SCALE.fullmatch(cleaned)
    if match:
        digits, scale = match.group(1), match.group(2)
        if not scale and _DOTTED_THOUSANDS.fullmatch(digits):
            digits = digits.replace(".", "")
        base = float(digits.replace(",", ""))
        return as_number(base * (words[scale][0] if scale else 1))
    cleaned = re.sub(r"^an?\s+", "one ", cleaned)
    if cleaned in ("one dozen", "dozen"):
        return 12
    if cleaned.endswith(" dozen"):  # "two dozen" is 24, not two plus twelve
        return as_number(parse_number(cleaned[: -len(" dozen")]) * 12)
    try:
        return as_number(float(text2num(cleaned, "en")))
    except ValueError:
        # text2num refuses some runs ("two hundred thousand and five"); sum scales by hand.
        total, current = 0.0, 0.0
        for word in cleaned.replace(" and ", " ").split():
            # a group of digits after the words ("four thousand 100")
            value, is_scale = (float(word), False) if word.isdigit() else words[word]
            if is_scale:
                current = max(current, 1.0) * value
                if value >= 1000:
                    total, current = total + current, 0.0
            else:
                current += value
        return as_number(total + current)


#: Whether each mask ignores case, worked out once: a RegexFlag test per call is slow.
_MASK_FOLDS_CASE = tuple(bool(rx.flags & re.I) for _name, rx, _needs in NOT_FIGURES)
#: Every literal cue string of the masks, once, by the text it is looked for in: the folded
#: text for a mask that ignores case, the text as written for the others. A sentence is tested
#: for all of them in one pass (``_cues_in``), not mask by mask: a regex search per mask cost
#: more than most of the scans it spared.
_FOLDED_CUES = tuple(dict.fromkeys(cue for (_n, _rx, needs), folds in zip(NOT_FIGURES, _MASK_FOLDS_CASE, strict=True)
                                   if folds and isinstance(needs, tuple) for cue in needs))
_WRITTEN_CUES = tuple(dict.fromkeys(cue for (_n, _rx, needs), folds in zip(NOT_FIGURES, _MASK_FOLDS_CASE, strict=True)
                                    if not folds and isinstance(needs, tuple) for cue in needs))
#: Each mask's cue strings as a set (one of them must be in ``_cues_in``), or its cue pattern
#: (searched); ``None`` for a mask scanned always.
_MASK_NEEDS = tuple(needs if isinstance(needs, re.Pattern) else frozenset(needs) if needs else None
                    for _name, _rx, needs in NOT_FIGURES)
_DIGIT = re.compile(r"\d")
#: Masks that can match text without a digit ("one of the ..."); the rest need a digit.
_WORD_MASKS = frozenset({"name", "idiom", "multiplier", "sides", "duration", "rank", "age", "storeys", "compound", "war name",
                         "model in words", "time of day", "temperature"})
#: The masks (indices in ``NOT_FIGURES``) each literal cue stands for, by the text it is looked
#: for in: the cues a sentence holds name the few masks to scan at once (``masked_spans``),
#: instead of testing the cue set of every mask in turn.
_MASKS_OF_FOLDED_CUE: dict[str, frozenset[int]] = {
    cue: frozenset(i for i, (needs, folds) in enumerate(zip(_MASK_NEEDS, _MASK_FOLDS_CASE, strict=True))
                   if folds and isinstance(needs, frozenset) and cue in needs) for cue in _FOLDED_CUES}
_MASKS_OF_WRITTEN_CUE: dict[str, frozenset[int]] = {
    cue: frozenset(i for i, (needs, folds) in enumerate(zip(_MASK_NEEDS, _MASK_FOLDS_CASE, strict=True))
                   if not folds and isinstance(needs, frozenset) and cue in needs) for cue in _WRITTEN_CUES}
#: The masks scanned always, and those whose cue is a pattern (``(index, pattern, folds)``).
_MASKS_ALWAYS = frozenset(i for i, needs in enumerate(_MASK_NEEDS) if needs is None)
_MASKS_OF_PATTERN = tuple((i, needs, folds) for i, (needs, folds) in enumerate(zip(_MASK_NEEDS, _MASK_FOLDS_CASE, strict=True))
                          if isinstance(needs, re.Pattern))
#: The masks that can match text without a digit, by index.
_WORD_MASK_INDICES = frozenset(i for i, (name, _rx, _needs) in enumerate(NOT_FIGURES) if name in _WORD_MASKS)
#: What every cue pattern of a mask that needs a digit holds (``_MASKS_OF_PATTERN`` but the
#: word masks): a digit after a letter (and a hyphen), after a "+", before a letter ("ſ" is
#: an "s" to a case-blind "1st") or before a separator and a digit. A sentence without any
#: is not searched for each of those cues in turn (``masked_spans``).
_DIGIT_CUE_GATE = re.compile(r"\d(?:(?<=[A-Za-zА-Яа-яЁё]\d)|(?<=[A-Za-zА-Яа-яЁё][-‑]\d)|(?<=\+\d)|[A-Za-zſ]|[-.\s]\d)")


def _cues_in(text: str, folded: str) -> tuple[set[str], set[str]]:
    """The masks' literal cues that ``folded`` (``fold_like_ignorecase(text)``) and ``text`` hold.

    >>> folded, written = _cues_in("Since Oct. 3, 12-mm", "since oct. 3, 12-mm")
    >>> sorted(folded & {"mm", "inch", ":"}), sorted(written & {"Oct", "-", "/"})
    (['mm'], ['-', 'Oct'])
    """
    return _FOLDED_CUES_IN(folded), _WRITTEN_CUES_IN(text)


#: The cues of ``_cues_in`` found in one regex scan of a text each (``lexicons.StringsIn``: for
#: speed, not a test per cue).
_FOLDED_CUES_IN = lexicons.StringsIn(_FOLDED_CUES)
_WRITTEN_CUES_IN = lexicons.StringsIn(_WRITTEN_CUES)


def masked_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of ``text`` that are dates, times, calibres and the like (never figures).

    >>> masked_spans("by November 1, 50 km away")[0][2]
    'date'

    A model's name in Cyrillic letters is a model too:

    >>> masked_spans("an М-1978 howitzer")
    [(3, 9, 'model')]

    An hour of the day, a temperature and an age limit after one child count nothing:

    >>> [t for _s, _e, t in masked_spans("at nine in the morning, in sub-zero cold, every child under five")]
    ['time of day', 'temperature', 'age']

    Number words hyphened into a name are no counts, nor is "no-one":

    >>> [t for _s, _e, t in masked_spans("F-sixteen jets hit a four-by-four pickup; no-one died")]
    ['model in words', 'compound', 'idiom']
    """
    digits = any(ch.isdigit() for ch in text) if not text.isascii() else _DIGIT.search(text) is not None
    folded = fold_like_ignorecase(text)
    in_folded, in_text = _cues_in(text, folded)
    # the masks to scan, from the cues found (most sentences hold none or one): cheaper than
    # asking each of the masks in turn; the order of the scans does not matter, the spans are sorted
    chosen = set(_MASKS_ALWAYS)
    for cue in in_folded:
        chosen |= _MASKS_OF_FOLDED_CUE[cue]
    for cue in in_text:
        chosen |= _MASKS_OF_WRITTEN_CUE[cue]
    if not digits:
        chosen &= _WORD_MASK_INDICES
    # without digits, or with no digit next to a letter, a "+" or a digit across a separator
    # (one scan instead of one a mask), none of the masks whose cue is a pattern around a digit
    # can match: only the word masks' patterns are asked
    words_only = not digits or _DIGIT_CUE_GATE.search(text) is None
    chosen.update(i for i, needs, folds in _MASKS_OF_PATTERN
                  if (not words_only or i in _WORD_MASK_INDICES) and needs.search(folded if folds else text) is not None)
    spans = [(m.start(), m.end(), NOT_FIGURES[i][0]) for i in chosen for m in NOT_FIGURES[i][1].finditer(text)]
    return sorted(spans)


#: A date or a year that ends where the text searched ends ("on May 3", "Oct. 7, 2023", "in 2022").
_DATE_AT_END = re.compile(rf"(?:\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\b(?:{_YEAR_CUES})\s(?:19|20)\d{{2}}"
                          rf"|\b{_MONTH}\s+(?:19|20)\d{{2}})$", re.I)


def date_ends_at(text: str, end: int) -> bool:
    """Whether the digits that end at ``end`` are a day of a month or a year (never a figure),
    read in the 25 characters before.

    >>> t = "the raid on Velmar on May 3 killed"
    >>> date_ends_at(t, t.index("3") + 1), date_ends_at("in 2022 killed", 7), date_ends_at("some 30 killed", 7)
    (True, True, False)
    >>> date_ends_at("a fire in March 2021 killed", 20)
    True
    """
    return _DATE_AT_END.search(text, max(0, end - 25), end) is not None


def _overlaps(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


_NOT_A_WORD_CHAR = re.compile(r"[^\w\s'’-]")
_SCALE_WORD = re.compile(r"hundred|thousand|million|billion", re.I)


@cache
def _folded_hedges_before() -> re.Pattern[str]:
    """The first pattern of ``_hedge_cues`` without ``re.I``, for a window folded by
    ``fold_like_ignorecase`` (same length, same word characters): the same spans in about half
    the time, the engine comparing characters as they are instead of folding each one."""
    rx = _hedge_cues()[0]
    return lexicons.opening_gated(re.compile(rx.pattern, rx.flags & ~re.I))


@cache
def _particles() -> dict[str, frozenset[str]]:
    """The verbs of ``particle_verbs.csv`` by the particle they take: {"over": {"handed", ...}}."""
    verbs: dict[str, set[str]] = {}
    for row in lexicons.read_lexicon("particle_verbs"):
        verbs.setdefault(row["particle"], set()).add(row["verb"])
    return {particle: frozenset(words) for particle, words in verbs.items()}


#: The word that ends right before a hedge cue: "handed " before "over".
_WORD_BEFORE_CUE = re.compile(r"([A-Za-z]+)\s+$")


def _particle_of_verb(text: str, at: int, cue: str) -> bool:
    """Whether the cue at ``at`` is the particle of the verb right before it ("handed over").

    >>> _particle_of_verb("Berlin handed over 10 tanks", 14, "over"), _particle_of_verb("Berlin sent over 10 tanks", 12, "over")
    (True, False)
    """
    m = _WORD_BEFORE_CUE.search(text, max(0, at - 20), at)
    return m is not None and m.group(1).lower() in _particles()[cue]


def _hedge_before(text: str, start: int) -> tuple[str, int, str] | None:
    window_start = max(0, start - 60)
    window = text[window_start:start]
    _, _, cues, _ = _hedge_cues()
    links = lexicons.word_set("links", "word", "link", "cue")
    best: tuple[int, int, str, str] | None = None  # (end, length, hedge, cue)
    # the cues' spans read in the folded window, their words from the window as written
    for m in _folded_hedges_before().finditer(fold_like_ignorecase(window)):  # longest cue first at each place
        gap = window[m.end():]
        if _NOT_A_WORD_CHAR.search(gap) or not all(w.lower() in links for w in gap.split()):
            continue
        folded = " ".join(window[m.start():m.end()].lower().split())
        if folded in _particles() and _particle_of_verb(text, window_start + m.start(), folded):
            continue  # "handed over 10 tanks": the verb's particle, no hedge
        hedge, cue = cues[folded]
        candidate = (m.end(), m.end() - m.start(), hedge, cue)  # the cue nearest the figure
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None:
        return None
    end, length, hedge, cue = best
    return hedge, window_start + end - length, cue


def hedge_after(text: str, end: int) -> tuple[str, str, int] | None:
    """A hedge cue that starts at ``end`` (after a figure, or after its noun): its hedge, the
    cue and where the cue ends.

    >>> hedge_after("5,000 or more troops", 5)
    ('lower_bound', 'or more', 13)
    """
    _, rx, _, cues = _hedge_cues()
    m = rx.match(text, end, end + 20)
    if m is None:
        return None
    return (*cues[" ".join(m.group(0).strip(" -").lower().split())], m.end())


@dataclass
class _Atom:
    start: int
    end: int
    value: Number
    high: Number
    vague: bool
    scaled: bool
    share: bool = False
    written: bool = False  #: a share whose percentage is written beside it: its own hedge


@cache
def _shares() -> dict[str, Number]:
    """Shares written as fractions, in percent (``data/lexicons/shares.csv``).

    >>> _shares()["half"], _shares()["three quarters"]
    (50, 75)
    """
    return {r["fraction"]: as_number(float(r["percent"])) for r in lexicons.read_lexicon("shares")}


#: What makes a fraction word a share of a total: "of" and what it is of ("half of the
#: troops", "a quarter of whom", also a figure its owner's name owns: "a quarter of Tarn's 2.1
#: million people"), or a verb of making up a total before it ("accounting for about half").
_SHARE_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|those|them|whom|which|these|all|his|her|our|\d)\b"
                       r"|(?-i:[A-Z])[\w-]*['’]s\s+(?=\d))", re.I)
_SHARE_VERB = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|make[s]?\s+up|made\s+up|making\s+up|represent(?:s|ed|ing)?|"
    r"amount(?:s|ed|ing)?\s+to)\s+(?:\w+\s+){0,2}$", re.I)


@cache
def _share_of_counted() -> re.Pattern[str]:
    """ "of" and a counted noun with no article: "half of Palestinians", "a third of civilians";
    or owned by a place or body named in capitals: "half of Sudan's population", "half of
    Syria's pre-war population".

    >>> bool(_share_of_counted().match(" of Sudan's population")), bool(_share_of_counted().match(" of Sudan's land"))
    (True, False)
    """
    words = lexicons.alternation(lexicons.column("units", "word"), fold_case=True)
    owner = r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+)?"
    return re.compile(rf"\s+of\s+(?:{owner})?(?:{words})\b", re.I)


@cache
def _half_the_counted() -> re.Pattern[str]:
    """ "half" and a determiner with no "of" before a counted noun: "half the population",
    "more than half the volunteers", "half their crews" (no other fraction word is written so).

    >>> bool(_half_the_counted().match(" the population faces")), bool(_half_the_counted().match(" the distance"))
    (True, False)
    >>> bool(_half_the_counted().match(" its 2024 shipments"))
    True

    So is "half" of a count given before or of "the number of" a counted noun ("about half that
    number were conscripts", "not even half the number of soldiers"), and "half" with "being"
    and a counted noun after a count ("900 victims, nearly half being children"); "half that
    number of days" is a span, no share.

    >>> [bool(_half_the_counted().match(t)) for t in (" that number were", " the number of soldiers",
    ...                                                  " being children", " that number of days", " the number of days")]
    [True, True, True, False, False]
    """
    words = lexicons.alternation(lexicons.column("units", "word"), fold_case=True)
    # a year between ("half its 2024 shipments") describes the noun as a word would
    # The three ways to a counted noun share one copy of the nouns (some 6,800 characters, about
    # 11 ms of compiling a copy): tried in the same order, each way then the nouns, so a match is
    # the same; "that"/"this" is tried after them, where no other way can start (each opens
    # with another word, past the same white space).
    return re.compile(rf"\s+(?:(?:(?:the|its|their|those|these|his|her|our)\s+(?:[a-z][\w-]*\s+|(?:19|20)\d{{2}}\s+)?"
                      rf"|the\s+number\s+of\s+(?:[a-z][\w-]*\s+)?|being\s+(?:[a-z][\w-]*\s+)?)(?:{words})\b"
                      rf"|(?:that|this)\s+(?:number|total|figure)\b(?!\s+of\b))",
                      re.I)


_PART_OF_A_PERIOD = re.compile(
    r"\b(?:first|second|third|last|final|latter|former|other|top|bottom|upper|lower|northern|"
    r"southern|eastern|western)\s+$", re.I)


def share_value(text: str, start: int, end: int) -> Number | None:
    """The percent a fraction word at ``text[start:end]`` stands for when it is a share of a
    total, else ``None``.

    >>> share_value("nearly half of the contingent", 7, 11), share_value("half a dozen", 0, 4)
    (50, None)
    >>> share_value("children accounting for about half", 30, 34)
    50
    >>> share_value("around half of Palestinians", 7, 11)
    50
    >>> share_value("at least one-third of the population", 9, 18)
    33.3
    >>> share_value("nearly half the population", 7, 11), share_value("half the distance", 0, 4)
    (50, None)
    >>> share_value("a quarter of Tarn's 2.1 million people", 0, 9), share_value("a quarter of Tarn's land", 0, 9)
    (25, None)
    """
    if not (_SHARE_OF.match(text, end) or _SHARE_VERB.search(text, max(0, start - 40), start)
            or _share_of_counted().match(text, end)
            or (text[start:end].lower() == "half" and _half_the_counted().match(text, end))):
        return None
    if _PART_OF_A_PERIOD.search(text, max(0, start - 12), start):
        return None  # "the second half of the year": a stretch of time or space, not a share
    words = " ".join(re.sub(r"^(?:a|one)(?:\s+|-)", "", text[start:end].lower()).replace("-", " ").split())
    return _shares()[words]


def _fraction_of_one(words: str) -> float:
    """What a fraction word adds to the whole number before a scale ("two and a half million"):
    the share of ``shares.csv`` (one vocabulary for both uses), as a part of one.

    >>> _fraction_of_one("half"), _fraction_of_one("three quarters")
    (0.5, 0.75)
    """
    return _shares()[words] / 100


def _fraction_value(m: re.Match[str]) -> Number:
    part = m.group("and_part") or m.group("part") or m.group("after_part") or m.group("small_part")
    fraction = _fraction_of_one(" ".join(re.sub(r"^a\s+", "", part.lower()).replace("-", " ").split()))
    if m.group("small_whole"):
        return as_number(parse_number(m.group("small_whole")) + fraction)
    if m.group("scale_first"):
        return as_number((1 + fraction) * _number_words()[m.group("scale_first").lower()][0])
    whole = parse_number(m.group("whole")) if m.group("whole") else 0
    return as_number((whole + fraction) * _number_words()[m.group("fraction_scale").lower()][0])


_AND = re.compile(r"\s+and\s+", re.I)
_ENDS_IN_SCALE = re.compile(r"(?:hundred|thousand|million|billion)$", re.I)


def coordinated_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers in a run of number words joined by "and": "and" continues one
    number only after a scale word and before a smaller part ("two hundred and fifty");
    otherwise it joins two numbers ("twenty five and thirty six", "one and two and three").

    >>> run = "twenty five and thirty six"
    >>> [run[s:e] for s, e in coordinated_parts(run)]
    ['twenty five', 'thirty six']
    >>> run = "two hundred and fifty"
    >>> [run[s:e] for s, e in coordinated_parts(run)]
    ['two hundred and fifty']
    """
    parts: list[tuple[int, int]] = []
    pos = 0
    for m in _AND.finditer(text):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(text)))
    merged = [parts[0]]
    for start, end in parts[1:]:
        left = text[merged[-1][0]:merged[-1][1]]
        scale = _ENDS_IN_SCALE.search(left)
        try:
            joins = bool(scale) and parse_number(text[start:end]) < _number_words()[scale.group(0).lower()][0]
        except (ValueError, KeyError):
            joins = False
        if joins:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


#: Fraction words that may be shares ("half of the troops"); scanned for only in a text that
#: holds one of their stems (``_SHARE_GATE``), after the other figures.
_SHARE = re.compile(r"\b(?:(?:one|a)(?:\s+|-)(?:half|third|quarter|fourth)|half|two[\s-]thirds"
                    r"|three[\s-](?:quarters|fourths))\b", re.I)
#: (a substring test on the folded text: a case-insensitive regex would scan every position)
_SHARE_GATE = ("half", "third", "quarter", "fourth")


@cache
def _mixed_pattern() -> re.Pattern[str]:
    """Words then digits, as broadcast copy writes them: "four-thousand-100"."""
    plain = lexicons.alternation((w for w in _number_words() if w not in _scale_abbreviations()), fold_case=True)
    return re.compile(rf"\b(?:{plain})(?:-(?:{plain}))*?-(?:thousand|million)-\d{{1,3}}\b(?![,.]\d|-)", re.I)


def _mixed_atoms(text: str, atoms: list[_Atom], masks: list[tuple[int, int, str]]) -> list[_Atom]:
    """"four-thousand-100" as one figure, in a text that has a hyphenated scale word."""
    if "thousand-" not in text and "million-" not in text and "Thousand-" not in text:
        return atoms
    found = [m for m in _mixed_pattern().finditer(text) if not _overlaps(m.start(), m.end(), masks)]
    if not found:
        return atoms
    kept = [a for a in atoms if not any(m.start() <= a.start < m.end() for m in found)]
    return sorted(kept + [_Atom(m.start(), m.end(), parse_number(m.group(0)), parse_number(m.group(0)), False, True)
                          for m in found], key=lambda a: a.start)


#: "and" between a scale word and the digits that finish its number ("two thousand and 367").
_SCALE_AND = re.compile(r"\s+and\s+")


def _scale_and_digits(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A number that ends in a scale word, "and" and digits smaller than the scale is one
    number, as a translated statement writes it ("two thousand and 367", "11 thousand and 88").

    >>> [(f.text, f.low) for f in find_figures("a toll of two thousand and 367 dead and 11 thousand and 88 hurt")]
    [('two thousand and 367', 2367), ('11 thousand and 88', 11088)]
    >>> [f.low for f in find_figures("two thousand and 3,000 more")]
    [2000, 3000]
    """
    if len(atoms) < 2 or " and " not in text or not any(a.scaled for a in atoms):
        return atoms  # the cheap gates first: most texts hold no scaled number and "and"
    kept = [atoms[0]]
    for atom in atoms[1:]:
        before = kept[-1]
        scale = _ENDS_IN_SCALE.search(text, before.start, before.end)
        if (scale is not None and not before.vague and not before.share and not atom.scaled and not atom.share
                and _DIGIT.match(text, atom.start) and _SCALE_AND.fullmatch(text, before.end, atom.start)
                and atom.value < _number_words()[scale.group(0).lower()][0]):
            value = as_number(before.value + atom.value)
            kept[-1] = _Atom(before.start, atom.end, value, value, False, True)
            continue
        kept.append(atom)
    return kept


#: The percentage a writer puts beside a fraction word: "more than half (52%)".
_WRITTEN_PERCENT = re.compile(r"\s*\(\s*(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per\s+cent)\s*\)", re.I)


def written_share(text: str, start: int, end: int) -> tuple[Number, int] | None:
    """A fraction word with its percentage written beside it in brackets is one share, and the
    written percentage is its value: ``(value, where the brackets end)``, else ``None``.

    >>> t = "more than half (52%) of the troops"
    >>> written_share(t, 10, 14)
    (52, 20)
    >>> written_share("half of the troops", 0, 4) is None
    True
    >>> t = "over half of the dead (57%) were civilians"
    >>> written_share(t, 5, 9)
    (57, 27)
    """
    m = _WRITTEN_PERCENT.match(text, end)
    if m is not None:
        if share_value(text[:start] + text[start:end] + text[m.end():], start, end) is None:
            return None
        return as_number(float(m.group(1))), m.end()
    # "over half of the dead (57%)": the percentage after the share's "of" phrase
    of = _OF_PHRASE.match(text, end)
    m = _WRITTEN_PERCENT.match(text, of.end()) if of else None
    if m is None or share_value(text, start, end) is None:
        return None
    return as_number(float(m.group(1))), m.end()


_OF_PHRASE = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s*\()", re.I)


def _share_atoms(text: str, atoms: list[_Atom], masks: list[tuple[int, int, str]]) -> list[_Atom]:
    """Shares ("nearly half of the contingent", in percent) that no other figure covers; a
    share with its percentage in brackets is that percentage ("more than half (52%)": 52).
    A fraction that is no share is no count either ("one" of "one-third of this").

    >>> [(f.text, f.low) for f in find_figures("output is now one-third of this, and 40 guns")]
    [('40', 40)]
    """
    folded = fold_like_ignorecase(text)
    if not any(stem in folded for stem in _SHARE_GATE):
        return atoms
    shares, fractions = [], []
    for m in _SHARE.finditer(text):
        if m.group(0)[:1] in "tT" or m.group(0)[:3].lower() == "one":
            # "two-thirds", "three quarters", "one-third": a fraction, whatever it is of
            fractions.append(m.span())
        written = None if _overlaps(m.start(), m.end(), masks) else written_share(text, m.start(), m.end())
        if written is not None:
            shares.append(_Atom(m.start(), written[1], written[0], written[0], False, False, share=True, written=True))
            continue
        share = None if _overlaps(m.start(), m.end(), masks) else share_value(text, m.start(), m.end())
        # a fraction inside a larger figure ("a quarter of a million") is that figure's
        if share is not None and not any(a.start <= m.start() and m.end() <= a.end and a.end - a.start > m.end() - m.start()
                                         for a in atoms):
            shares.append(_Atom(m.start(), m.end(), share, share, False, False, share=True))
    if not shares and not fractions:
        return atoms
    # the share's words are not a count of their own ("two" of "two-thirds"), nor are a
    # fraction's that is no share ("losses above 900, two-thirds fatal": no "two")
    kept = [a for a in atoms if not any(s.start <= a.start and a.end <= s.end for s in shares)
            and not any(f[0] <= a.start and a.end < f[1] for f in fractions)]
    return sorted(kept + shares, key=lambda a: a.start)


_ONE_IN = re.compile(r"\s+in\s+(?:every\s+)?", re.I)
#: "out of" between two numbers ("three out of four Yemenis"): a share when "every" tells it
#: ("one out of every 115 people"), or when the whole is a round one that proportions are told
#: in, ten or less or a power of ten ("15 out of 20 drones" are counts of drones).
_OUT_OF = re.compile(r"\s+out\s+of\s+(?P<every>every\s+)?", re.I)
_PROPORTION_WHOLES = frozenset({10, 100, 1000})


@cache
def _counted_after() -> re.Pattern[str]:
    """What follows "one in four" when it is a share: "of" and its whole, or a counted noun of
    ``units.csv`` with at most one word before it ("one in four displaced children").

    >>> bool(_counted_after().match(" people in Velka")), bool(_counted_after().match(" days"))
    (True, False)
    """
    words = lexicons.alternation(lexicons.column("units", "word"), fold_case=True)
    return re.compile(rf"\s+(?:of\b|(?:[a-z][\w-]*\s+)?(?:{words})\b)", re.I)


@cache
def _people_counted_after() -> re.Pattern[str]:
    """What follows "three out of four" when it is a share: "of" and its whole, or a counted
    noun of people (``units.csv`` of a category of people, not a thing of ``things.csv``) with
    at most one word before it: "nine out of ten drones" are a tally of things shot down.

    >>> bool(_people_counted_after().match(" adult villagers")), bool(_people_counted_after().match(" drones"))
    (True, False)
    """
    people = lexicons.word_set("categories", "category", "people", "yes")
    things = lexicons.word_set("things", "unit")
    words = lexicons.alternation((r["word"] for r in lexicons.read_lexicon("units")
                                  if r["category"] in people and r["unit"] not in things), fold_case=True)
    return re.compile(rf"\s+(?:of\b|(?:[a-z][\w-]*\s+)?(?:{words})\b)", re.I)


def _one_in_shares(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"One in four people", "one in 10 of the displaced": a share in percent (one over the
    second number, 25), one figure from the first number's start, when a counted noun or "of"
    follows; "one in 10 days" stays two numbers.

    >>> [(f.text, f.low, f.percent) for f in find_figures("One in four people there has fled, and one in three of them")]
    [('One in four', 25, True), ('one in three', 33.3, True)]

    So are "one in every five" and "three out of four" of a round whole before people or "of"
    ("three out of four villagers", "nine out of 10 of them"); "15 out of 20 soldiers" and
    "nine out of ten drones" stay two counts, a tally.

    >>> t = "one in every five children, three out of four villagers, 15 out of 20 soldiers, 9 out of 10 drones"
    >>> [(f.text, f.low) for f in find_figures(t)]
    [('one in every five', 20), ('three out of four', 75), ('15', 15), ('20', 20), ('9', 9), ('10', 10)]
    >>> [(f.text, f.low) for f in find_figures("one out of every 40 people")]
    [('one out of every 40', 2.5)]
    """
    if len(atoms) < 2 or (" in " not in text and " of " not in text):
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if (nxt is not None and not (atom.vague or atom.share or nxt.vague or nxt.share)
                and 0 < atom.value < nxt.value <= 1000
                and ((_ONE_IN.fullmatch(text, atom.end, nxt.start) and _counted_after().match(text, nxt.end))
                     or ((out_of := _OUT_OF.fullmatch(text, atom.end, nxt.start)) is not None
                         and (out_of.group("every") or nxt.value <= 10 or nxt.value in _PROPORTION_WHOLES)
                         and _people_counted_after().match(text, nxt.end)))):
            share = as_number(round(100 * atom.value / nxt.value, 1))
            out.append(_Atom(atom.start, nxt.end, share, share, False, False, share=True))
            i += 2
            continue
        out.append(atom)
        i += 1
    return out


@cache
def _folded_atom_pattern() -> re.Pattern[str]:
    """``_atom_pattern`` without ``re.I``, for a text folded by ``fold_like_ignorecase`` (same
    length, same word characters): the same spans in about half the time, the engine
    comparing characters as they are instead of folding each one at every place it tries."""
    return re.compile(_atom_source(), re.VERBOSE)


def _atoms(text: str, masks: list[tuple[int, int, str]]) -> list[_Atom]:
    atoms: list[_Atom] = []
    # the atoms' spans read in the folded text, their values from the text as written (the
    # groups read below, in lower case, are only tested or looked up folded)
    scan, rx = fold_like_ignorecase(text), _folded_atom_pattern()
    if len(scan) != len(text):  # a letter folded to two ("İ" but the twins): read as written
        scan, rx = text, _atom_pattern()
    for m in rx.finditer(scan):
        start, end = m.span()
        if _overlaps(start, end, masks):
            if m.group("digits") and ", " in m.group("digits"):  # "May 5, 300 troops": 300
                m = rx.match(scan, start + m.group(0).index(", ") + 2)
                if m is None or _overlaps(*m.span(), masks):
                    continue
                start, end = m.span()
            elif m.group("digits") and (kept := _count_before_spaced_mask(scan, m, masks, rx)) is not None:
                m = kept  # "20 120 mm mortars": 20, the calibre left out
                start, end = m.span()
            elif m.group("words") and (kept := _words_before_mask(scan, m, masks, rx)) is not None:
                m = kept  # "two six-year-old children": two, the age left out
                start, end = m.span()
            else:
                continue
        if m.group("vague"):
            low, high = _vague_bounds()[" ".join(m.group("vague").lower().replace("'", "").replace("’", "").split())]
            atoms.append(_Atom(start, end, low, high, True, True))
            continue
        if m.group("fraction"):
            value = _fraction_value(m)
            atoms.append(_Atom(start, end, value, value, False, True))
            continue
        if m.group("words") and _AND.search(m.group(0)):
            spans = [(start + s, start + e) for s, e in coordinated_parts(m.group(0))]
        else:
            spans = [(start, end)]
        for s, e in spans:
            try:
                value = parse_number(text[s:e])
            except (ValueError, KeyError):
                continue
            scaled = bool(m.group("scale") or m.group("tight")) or bool(
                m.group("words") and _SCALE_WORD.search(text[s:e])
            )
            atoms.append(_Atom(s, e, value, value, False, scaled))
    return _one_in_shares(text, _share_atoms(
        text, _scale_and_digits(text, _mixed_atoms(text, _counted_scale_plurals(
            text, _restated_in_brackets(text, atoms)), masks)), masks))


@cache
def _scale_plurals() -> dict[str, Number]:
    """The vague quantities of ``vague.csv`` that are a scale word of ``number_words.csv`` and
    "s" ("dozens", "thousands"), with that scale word's value.

    >>> _scale_plurals()["dozens"], _scale_plurals()["millions"]
    (12, 1000000)
    """
    words = _number_words()
    return {p: as_number(words[p[:-1]][0]) for p in lexicons.column("vague", "phrase")
            if p.endswith("s") and p[:-1] in words and words[p[:-1]][1] and p[:-1] not in _scale_abbreviations()}


#: Only spaces between a number and the plural of a scale word after it ("two dozens"): a line
#: break or a stop between opens another figure ("Day 3\nThousands fled").
_SPACES = re.compile(r"[ \u00a0]+")
#: A year in digits, which a plural of a scale after it never multiplies ("in 2019 thousands").
_YEAR_DIGITS = re.compile(r"(?:1[6-9]|20)\d{2}")


def _counted_scale_plurals(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A number right before the plural of a scale word is so many of that scale, one number, as
    some copy writes it ("two dozens of peacekeepers": 24, "almost three millions": 3,000,000),
    not a count and a vague quantity; a year before it stays apart.

    >>> [(f.text, f.low, f.hedge) for f in find_figures("two dozens of guards and almost three millions people")]
    [('two dozens', 24, 'exact'), ('three millions', 3000000, 'approximate')]
    >>> [(f.text, f.low) for f in find_figures("in 2019 thousands fled")]
    [('thousands', 2000)]
    """
    if len(atoms) < 2 or not any(a.vague for a in atoms):
        return atoms  # most texts hold no vague quantity
    plurals = _scale_plurals()
    kept = [atoms[0]]
    for atom in atoms[1:]:
        before = kept[-1]
        scale = plurals.get(text[atom.start:atom.end].lower()) if atom.vague else None
        if (scale is not None and not before.vague and not before.share and not before.scaled
                and _SPACES.fullmatch(text, before.end, atom.start)
                and not _YEAR_DIGITS.fullmatch(text, before.start, before.end)):
            value = as_number(before.value * scale)
            kept[-1] = _Atom(before.start, atom.end, value, value, False, True)
            continue
        kept.append(atom)
    return kept


def _words_before_mask(text: str, m: re.Match[str], masks: list[tuple[int, int, str]],
                       rx: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """Number words that run into a masked span ("two six-year-old children": "two six"
    against the age "six-year-old"): the words before the span, when they are a number of
    their own, else ``None``. ``rx``: the atom pattern ``m`` was found with (``_atom_pattern``).

    >>> [f.text for f in find_figures("including two six-year-old children")]
    ['two']
    """
    cut = min(s for s, e, _ in masks if s < m.end() and m.start() < e)
    if cut <= m.start():
        return None
    kept = (rx or _atom_pattern()).match(text[:cut].rstrip(), m.start())
    return kept if kept is not None and kept.group("words") and not _overlaps(*kept.span(), masks) else None


def _count_before_spaced_mask(text: str, m: re.Match[str], masks: list[tuple[int, int, str]],
                              rx: re.Pattern[str]) -> re.Match[str] | None:
    """Digits grouped by a plain space that run into a masked span ("20 120 mm mortar systems":
    "20 120" against the calibre "120 mm"): the digits before the space, when the mask starts
    after it, else ``None``.

    >>> [f.text for f in find_figures("including 20 120 mm mortar systems")]
    ['20']
    """
    digits = m.group("digits")
    space = digits.find(" ")
    if space < 0:
        return None
    cut = m.start() + space
    if any(s < cut and m.start() < e for s, e, _ in masks):
        return None  # the mask holds the first group too
    kept = rx.match(text[:cut], m.start())
    return kept if kept is not None and kept.group("digits") and not _overlaps(*kept.span(), masks) else None


_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _restated_in_brackets(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A figure in brackets right after another, within a tenth of it, restates it ("near
    48,000 (47,912)": the rounded figure and its exact count are one claim, the first as
    written); a conversion has its unit between ("50 kilometres (31 miles)") and stays.

    >>> t = "near 48,000 (47,912) in all"
    >>> [a.value for a in _restated_in_brackets(t, [_Atom(5, 11, 48000, 48000, False, False),
    ...                                             _Atom(13, 19, 47912, 47912, False, False)])]
    [48000]
    """
    if "(" not in text or len(atoms) < 2:
        return atoms
    kept = [atoms[0]]
    for atom in atoms[1:]:
        before = kept[-1]
        if (_OPEN_BRACKET.fullmatch(text, before.end, atom.start) and _CLOSE_BRACKET.match(text, atom.end)
                and not before.vague and not atom.vague
                and abs(before.value - atom.value) <= 0.1 * max(before.value, atom.value)):
            continue
        kept.append(atom)
    return kept


#: A range written short, the scale only on its end: "3-4,000", "10 to 12,000", "50-70 000",
#: "600-700 000" (thousands grouped by a comma or a space).
_SHORT_START = re.compile(r"\d{1,3}")
_THOUSANDS_END = re.compile(rf"(\d{{1,3}})((?:[, {_THIN_SPACES}]000)+)")
_RANGE_GLUE = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
#: "%", "percent" or "per cent" right after a figure.
PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)", re.I)


def find_figures(text: str, masks: list[tuple[int, int, str]] | None = None) -> list[Figure]:
    """Every figure in ``text``, in order, with value bounds and hedge (see module doc).
    ``masks`` are ``masked_spans(text)`` when the caller has them already.

    >>> [(f.text, f.low, f.high) for f in find_figures("dozens of drones, 10 to 12 tanks")]
    [('dozens', 24, 99), ('10 to 12', 10, 12)]

    Digits before "dozen" are so many dozens, one figure:

    >>> [(f.text, f.low) for f in find_figures("about 3 dozen rebels fled")]
    [('3 dozen', 36)]
    >>> [(f.text, f.low, f.high) for f in find_figures("1,000's of troops, 100s of boats, a couple thousand men")]
    [("1,000's", 2000, 9999), ('100s', 200, 999), ('a couple thousand', 2000, 3000)]
    >>> [(f.text, f.low) for f in find_figures("a quarter-million people, one-fourth of the crews, 5,100s")]
    [('a quarter-million', 250000), ('one-fourth', 25)]

    A mark set for the thousands comma ("3‚000", the low-9 quotation mark) groups thousands
    as the comma does, and "half-a-dozen" hyphened is half a dozen:

    >>> [(f.text, f.low, f.high) for f in find_figures("between 3‚000 and 5‚000 recruits, half-a-dozen posts")]
    [('3‚000 and 5‚000', 3000, 5000), ('half-a-dozen', 6, 6)]

    A year that "since" or "until" opens past a hedge is no figure ("since at least 2007"):

    >>> [f.text for f in find_figures("It has fought since at least 2007, killing 300 guards, not until about 2030.")]
    ['300']
    """
    atoms = _atoms(text, masked_spans(text) if masks is None else masks)
    figures: list[Figure] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        ranged = _range_to_next(text, atoms, i) or _vague_to_next(text, atoms, i)
        low, high, end, hedge = ranged or (atom.value, atom.high, atom.end, "vague" if atom.vague else "exact")
        i += 2 if ranged else 1
        percent = atom.share or bool(PERCENT_AFTER.match(text, end))
        cue_start, cue = None, ""
        if hedge == "exact" and not atom.written:
            hedge, cue_start, cue = _hedge_cue(text, atom.start, end) or (hedge, None, "")
            if cue_start is not None and _YEAR_AFTER_HEDGE.fullmatch(text, atom.start, end) \
                    and _SINCE_BEFORE_HEDGE.search(text, max(0, cue_start - 8), cue_start):
                continue  # "since at least 2007": a year, past its hedge
        figures.append(
            Figure(atom.start, end, text[atom.start:end], as_number(low), as_number(high), hedge,
                   percent, cue_start, cue)
        )
    return figures


#: A year in digits (after a hedge cue that a word of a stretch of time opens: ``find_figures``).
_YEAR_AFTER_HEDGE = re.compile(r"(?:19|20)\d{2}")
#: A word that opens a stretch of time from or to a year, right before a hedge cue: "since ".
_SINCE_BEFORE_HEDGE = re.compile(r"\b(?:since|until|till)\s+$", re.I)


def _range_to_next(text: str, atoms: list[_Atom], i: int) -> tuple[Number, Number, int, str] | None:
    """``atoms[i]`` and the next atom as one range ("10 to 12", "between 3 and 4,000", not "from
    3 to 5" after a change word, not "2 and 3" alone): ``(low, high, end, "range")``, else
    ``None``.

    >>> t = "10 to 12 tanks"
    >>> _range_to_next(t, _atoms(t, []), 0)
    (10, 12, 8, 'range')
    >>> t = "two or three tanks"
    >>> _range_to_next(t, _atoms(t, []), 0)
    (2, 3, 12, 'range')
    >>> t = "took 70 or 80,000 casualties"
    >>> _range_to_next(t, _atoms(t, []), 0)
    (70000, 80000, 17, 'range')
    """
    atom = atoms[i]
    if i + 1 >= len(atoms) or atom.vague or atom.share or atoms[i + 1].vague or atoms[i + 1].share:
        return None
    start, end, low = atom.start, atom.end, atom.value
    nxt = atoms[i + 1]
    before = text[max(0, start - 30) : start]
    glue = _glue_past_percent(text, end, nxt)
    between = _BETWEEN_BEFORE.search(before)
    changed = glue.strip().lower() == "to" and _changed_from(text, start)
    word_glue = glue.strip().lower() in ("and", "or")
    # "two or three", "11 or 12": a guess between two near counts (a distant or a smaller
    # second is another figure: "1 or 10", "12 or 3"); "70 or 80,000": the scale only on its end
    thousands = _short_range_scale(text, atom, nxt)
    scale = thousands or 1
    guess = glue.strip().lower() == "or" and (atom.value < nxt.value <= 2 * atom.value + 1
                                              or atom.value * scale < nxt.value <= 2 * atom.value * scale + scale)
    if not (_RANGE_GLUE.match(glue) and (
        (between and glue.strip().lower() == "and") or guess
        or (not word_glue and not changed)
    )):
        return None
    high = nxt.value
    if nxt.scaled and not atom.scaled and low < high / 100:
        low = parse_number(f"{text[start:end]} {text[nxt.start:nxt.end].split()[-1]}")
    if thousands and low * 1000 <= high:
        low *= thousands  # "3-4,000": 3,000 to 4,000
    return (low, high, nxt.end, "range") if low <= high else None


#: The words between two vague quantities that make them one guess ("hundreds or thousands",
#: "dozens, if not hundreds").
_VAGUE_GLUE = re.compile(r"\s*(?:,\s*)?(?:or(?:\s+even)?|to|if\s+not)\s*(?:,\s*)?", re.I)


def _vague_to_next(text: str, atoms: list[_Atom], i: int) -> tuple[Number, Number, int, str] | None:
    """``atoms[i]`` and the next atom as one vague quantity when both are vague, joined by "or"
    ("to", "if not"), the second the larger: ``(low of the first, high of the second, end,
    "vague")``, else ``None``.

    >>> t = "hundreds or thousands of prisoners"
    >>> _vague_to_next(t, _atoms(t, []), 0)
    (200, 9999, 21, 'vague')
    """
    if i + 1 >= len(atoms) or not atoms[i].vague or not atoms[i + 1].vague:
        return None
    atom, nxt = atoms[i], atoms[i + 1]
    if nxt.value <= atom.high or not _VAGUE_GLUE.fullmatch(text, atom.end, nxt.start):
        return None
    return atom.value, nxt.high, nxt.end, "vague"


#: A change word and up to two words of its object before "from": "rose from", "increased
#: production from".
_CHANGE_THEN_FROM = re.compile(rf"(?:{CHANGE_WORDS.pattern[:-4]})(?:\s+[a-z]+){{0,2}}\s+from\s+$", re.I)


def _changed_from(text: str, start: int) -> bool:
    """Whether the figure at ``start`` opens a change "from" it "to" the next, past a hedge cue
    and the change word's object ("rose from 3 to 5", "increased its output from roughly 600 to
    950"): two figures, not a range.

    >>> t = "the yard increased its output from roughly 600 to 950 rounds"
    >>> _changed_from(t, t.index("600")), _changed_from("from 10 to 12 tanks", 5)
    (True, False)
    """
    cue = _hedge_before(text, start) if not _FROM_BEFORE.search(text, max(0, start - 5), start) else None
    lead = cue[1] if cue else start
    return _CHANGE_THEN_FROM.search(text, max(0, lead - 60), lead) is not None


def _glue_past_percent(text: str, end: int, nxt: _Atom) -> str:
    """The words between a range's two ends, past a percent sign that both ends carry
    ("between 20% and 35%": " and "); else all of them.

    >>> t = "between 20% and 35% of the crews"
    >>> _glue_past_percent(t, 10, _atoms(t, [])[1])
    ' and '
    >>> t = "20% of 35 crews"
    >>> _glue_past_percent(t, 2, _atoms(t, [])[1])
    '% of '
    """
    sign = PERCENT_AFTER.match(text, end)
    if sign is None or PERCENT_AFTER.match(text, nxt.end) is None:
        return text[end : nxt.start]
    return text[sign.end() : nxt.start]


def _short_range_scale(text: str, atom: _Atom, nxt: _Atom) -> int | None:
    """The scale a short range start takes from its end's zero groups ("50-70 000": 1000), when
    the start is a whole number no larger than the end's leading digits and, when those run to
    three digits, within a tenfold of them; else ``None`` ("5-200,000" is five to two hundred
    thousand).

    >>> t = "some 600-700 000 wounded"
    >>> a = _atoms(t, [])
    >>> _short_range_scale(t, a[0], a[1])
    1000
    """
    thousands = _THOUSANDS_END.fullmatch(text, nxt.start, nxt.end)
    if not thousands or not _SHORT_START.fullmatch(text, atom.start, atom.end):
        return None
    lead = int(thousands.group(1))
    if not (atom.value <= lead and (lead < 100 or lead < 10 * atom.value)):
        return None
    return 1000 ** (len(thousands.group(2)) // 4)


def _hedge_cue(text: str, start: int, end: int) -> tuple[str, int | None, str] | None:
    """The hedge of an exact figure from a cue before it ("about 1,500"), else after it ("1,500
    or more"): ``(hedge, where the cue starts before the figure, cue)``, else ``None``.

    >>> _hedge_cue("about 1,500", 6, 11)
    ('approximate', 0, 'about')
    """
    found = _hedge_before(text, start)
    if found:
        return found
    after = hedge_after(text, end)
    return (after[0], None, after[1]) if after else None
