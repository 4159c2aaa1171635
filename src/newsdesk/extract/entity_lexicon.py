"""Word lists the entity layer uses: titles, roles, aliases. Data only, no logic."""
from __future__ import annotations

# Labels from the NER model that name actors, places or things (numeric/time labels are left to dates).
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})

# Words that may precede a person's name and are not part of it.
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady sen sen. rep rep. gov gov. gen gen. "
    "col col. lt lt. maj maj. capt capt. sgt sgt. adm adm. rev rev. fr fr. pres pres. st. mullah sheikh "
    "imam ayatollah".split()
)
# Honorifics that only ever open a person's name (not "St." of "St. Louis" or "Gen." of a company).
PERSONAL_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame".split())

# Titles that only ever stand before a person's name: "President Harris" is a person whatever
# the model tagged "Harris".
PERSON_TITLES = frozenset(
    """president senator governor congressman congresswoman representative minister premier chancellor
    king queen prince princess emir sultan sheikh pope ayatollah general judge justice mayor""".split()
) | HONORIFICS

# One-word names of bodies that never stand for a longer name ending in the same word: "the House"
# is not "the White House", "the Bank" not "the World Bank".
NEVER_SHORT_FOR = frozenset(
    "house senate congress parliament court council assembly party government ministry department army "
    "bank commission committee union league".split()
)

# Those who speak for someone else: "a spokesman for the European Union", "Spokesman Dmitry Peskov".
SPOKES_WORDS = ("spokesman", "spokeswoman", "spokesperson")

# Singular role nouns: "the spokesman" refers back to the person last introduced with that role.
PERSON_ROLES = frozenset(
    """president spokesman spokeswoman spokesperson minister premier chancellor king queen prince emir sultan
    leader chief director secretary ambassador envoy governor mayor senator congressman congresswoman
    representative lawmaker general commander officer official diplomat negotiator adviser advisor aide
    analyst expert lawyer attorney judge prosecutor candidate nominee chairman chairwoman chair ceo founder
    executive manager head deputy reporter correspondent journalist editor author researcher professor
    economist scientist doctor witness resident activist cleric pope bishop vice-president
    prime-minister justice general""".split()
)

# Plural (collective) sources and actors: "Western and Afghan officials", "diplomats", "sources".
GROUP_HEADS = frozenset(
    """officials sources diplomats analysts lawmakers legislators militants insurgents rebels fighters
    residents witnesses experts aides leaders negotiators investigators authorities police officers
    soldiers troops forces members observers critics supporters protesters demonstrators activists
    spokesmen people villagers elders commanders ministers prosecutors economists scientists
    researchers doctors workers employees executives officers diplomats""".split()
)

# Nominals that refer back to an organisation of a kind: noun -> words the organisation's name may contain.
ORG_NOMINALS: dict[str, tuple[str, ...]] = {
    "paper": ("times", "post", "journal", "herald", "guardian", "tribune", "gazette", "telegraph",
              "daily", "news", "observer", "independent", "economist", "chronicle", "globe", "mail", "star"),
    "newspaper": ("times", "post", "journal", "herald", "guardian", "tribune", "gazette", "telegraph",
                  "daily", "news", "observer", "independent", "chronicle", "globe", "mail", "star"),
    "daily": ("times", "post", "journal", "herald", "guardian", "tribune", "gazette", "telegraph", "daily", "news"),
    "agency": ("reuters", "press", "afp", "ap", "agency", "xinhua", "tass", "irna", "efe", "ansa",
               # the United Nations' agencies
               "unicef", "unhcr", "unrwa", "wfp", "who", "iaea", "fao", "iom", "ocha", "unesco", "unfpa", "undp",
               # ... named in full: "the International Organization for Migration", "the World Food Programme"
               "migration", "programme"),
    "broadcaster": ("bbc", "cnn", "abc", "nbc", "cbs", "fox", "al jazeera", "npr", "pbs", "sky"),
    "network": ("bbc", "cnn", "abc", "nbc", "cbs", "fox", "al jazeera", "msnbc"),
    "group": (),
    "movement": ("taliban", "movement", "hamas", "hezbollah", "front"),
    "militants": ("taliban", "qaeda", "isis", "islamic state", "shabaab", "boko haram", "hamas", "hezbollah"),
    "insurgents": ("taliban", "qaeda", "isis", "islamic state", "shabaab", "boko haram"),
    "company": (),
    "firm": (),
    "ministry": ("ministry", "department"),
    "department": ("department", "ministry"),
    "party": ("party", "democrats", "republicans", "congress", "league"),
    "alliance": ("nato", "alliance", "coalition"),
    "organization": (),
    "organisation": (),
    "council": ("council",),
    "court": ("court",),
    "government": ("government", "administration", "cabinet"),
    "administration": ("administration", "white house"),
    "bank": ("bank", "fund"),
}

# Institutions named by a nationality or country: "the Afghan government", "Pakistan's army".
INSTITUTION_HEADS = frozenset(
    """government administration army military navy parliament cabinet regime embassy ministry presidency
    junta legislature judiciary police agency""".split()
)
# Words allowed between the nationality and the institution: "the Iranian foreign ministry".
INSTITUTION_MODIFIERS = frozenset(
    """foreign interior defence defense finance justice health education federal central national interim
    transitional caretaker provisional new former current military civil news state intelligence
    security""".split()
)

# Nominals that refer back to the most recent country: "the country".
COUNTRY_NOMINALS = frozenset({"country", "nation", "kingdom", "republic"})
# common nouns naming a kind of place: "the city of El Fasher", "Kherson province"
PLACE_KIND_NOUNS = frozenset({"province", "district", "city", "town", "village", "region", "state", "county",
                              "governorate", "prefecture", "municipality"})

# Spellings of the same country or body, folded to one canonical name.
ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
    "u.s.a.": "United States", "united states": "United States", "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "united kingdom": "United Kingdom",
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
    "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates",
    "drc": "Democratic Republic of the Congo",
    "nato": "NATO", "north atlantic treaty organization": "NATO",
    "russia": "Russia", "russian federation": "Russia",
    "south korea": "South Korea", "republic of korea": "South Korea",
    "north korea": "North Korea", "dprk": "North Korea",
    "the netherlands": "Netherlands", "holland": "Netherlands",
}

# Lower-cased words left out when forming an acronym from a name.
ACRONYM_STOP = frozenset({"the", "of", "and", "for", "in", "on", "at", "to", "&"})

# Definite articles and possessive endings stripped from the edges of a name.
LEADING_STRIP = frozenset({"the", "a", "an"})
