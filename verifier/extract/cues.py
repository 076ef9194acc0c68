"""Lexicons for attribution extraction: reporting cues and the words that classify a source.

News attributes content with far more verbs than "said" and "told": PolNeAR (Newell, Margolin &
Ruths, LREC 2018) annotates attitudes, plans and evidence as attribution too ("Trump wants ...",
"polls show ...", "Clinton called for ..."). The lemma list below was written by hand from general
knowledge of reporting verbs and widened while reading the cues of the first 60 articles of the
PolNeAR dev split; no dataset text is shipped. Inflections are generated, with a small table of
irregular forms, so a lemma covers every tense ("warn" -> warns, warned, warning).
"""

from __future__ import annotations

# Verbs whose subject is a speaker and whose complement is what was said, believed or planned.
# Kept as lemmas; `_inflect` produces the other forms.
CUE_LEMMAS: tuple[str, ...] = (
    # speech
    "say", "tell", "add", "note", "write", "state", "declare", "announce", "explain", "repeat",
    "remark", "comment", "reply", "respond", "answer", "mention", "recall", "report", "reveal",
    "disclose", "confirm", "acknowledge", "admit", "concede", "insist", "maintain", "assert",
    "contend", "argue", "claim", "allege", "charge", "suggest", "propose", "stress", "emphasize",
    "emphasise", "underscore", "highlight", "point", "observe", "predict", "forecast", "estimate",
    "calculate", "project", "warn", "caution", "threaten", "vow", "pledge", "promise", "swear",
    "urge", "call", "demand", "ask", "request", "implore", "advise", "recommend", "tweet",
    "post", "joke", "quip", "boast", "brag", "complain", "lament", "protest", "deny", "dispute",
    "reject", "dismiss", "question", "doubt", "criticize", "criticise", "condemn",
    "denounce", "blast", "slam", "attack", "accuse", "blame", "praise", "laud", "hail",
    "applaud", "thank", "describe", "characterize", "portray", "label", "dub", "liken",
    "compare", "cite", "reference", "invoke", "quote", "speak", "talk", "discuss", "testify",
    "indicate", "signal", "hint", "imply", "conclude", "find", "show", "demonstrate",
    "document", "detail", "outline", "chronicle", "read", "agree", "echo", "counter",
    "rebut", "retort", "concur", "affirm", "reiterate", "recount", "relate", "sing", "chant",
    "shout", "yell", "cry", "whisper", "mock", "ridicule", "deride", "scold", "chastise",
    "lambaste", "rail", "decry", "bemoan", "rebuke", "defend", "tout", "champion", "promote",
    "advocate", "endorse", "support", "back", "oppose", "favor", "favour", "press",
    "encourage", "invite", "plead", "appeal", "instruct", "order", "assure", "reassure",
    "notify", "inform", "brief", "announce", "proclaim", "speculate", "guess", "surmise",
    "theorize", "posit", "wonder", "express", "voice", "signal", "caution",
    # cognition and attitude
    "think", "believe", "feel", "know", "understand", "realize", "realise", "learn", "see",
    "view", "consider", "suspect", "assume", "expect", "anticipate", "hope", "fear",
    "worry", "wish", "want", "like", "love", "hate", "prefer", "doubt", "trust", "recognize",
    "recognise", "imagine", "judge", "decide", "determine", "plan", "intend", "aim", "seek",
    "refuse", "decline", "choose", "sense", "worry", "reckon",
    # not "figure": "Labor Department figures showed" is a noun far more often than a verb ("he
    # figures that" is still a cue through the rule for any "X <verb>s that")
)

# Forms that can never be derived by suffix rules.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "known", "knowing"),
    "see": ("sees", "saw", "seen", "seeing"),
    "show": ("shows", "showed", "shown", "showing"),
    "find": ("finds", "found", "finding"),
    "feel": ("feels", "felt", "feeling"),
    "understand": ("understands", "understood", "understanding"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "hear": ("hears", "heard", "hearing"),
    "read": ("reads", "reading"),
    "sing": ("sings", "sang", "sung", "singing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "forecast": ("forecasts", "forecasted", "forecasting"),
    "cry": ("cries", "cried", "crying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "worry": ("worries", "worried", "worrying"),
    "testify": ("testifies", "testified", "testifying"),
    "notify": ("notifies", "notified", "notifying"),
    "imply": ("implies", "implied", "implying"),
    "rebut": ("rebuts", "rebutted", "rebutting"),
    "quip": ("quips", "quipped", "quipping"),
    "plan": ("plans", "planned", "planning"),
    "brag": ("brags", "bragged", "bragging"),
    "concur": ("concurs", "concurred", "concurring"),
    "signal": ("signals", "signaled", "signalled", "signaling", "signalling"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "slam": ("slams", "slammed", "slamming"),
    "rail": ("rails", "railed", "railing"),
    "post": ("posts", "posted", "posting"),
}

# Forms that are too ambiguous alone: adjectives and nouns far more often than reporting verbs.
# They still count as cues when an auxiliary or a clear subject precedes them (see attribution).
WEAK_FORMS: frozenset[str] = frozenset(
    {
        "call", "calls", "post", "posts", "back", "support", "order", "like", "love", "hate",
        "plan", "plans", "show", "shows", "read", "reads", "see", "view", "views", "trust",
        "figure", "aim", "question", "questions", "report", "reports", "attack", "attacks",
        "charge", "charges", "project", "favor", "favour", "answer", "point", "points", "detail",
        "details", "document", "documents", "vote", "votes", "promise", "promises", "fear",
        "fears", "hope", "hopes", "wish", "doubt", "doubts", "label", "quote", "champion",
        "brief", "talk", "talks", "guess", "counter", "press", "raise", "voice", "appeal",
        "request", "comment", "comments", "demand", "demands", "want", "expect", "know",
        "think", "believe", "feel", "say", "tell", "learned", "found", "seen", "known",
        "shown", "written", "backing", "ordering", "reading", "feeling", "finding", "understanding",
        "learning", "hearing", "meaning", "planning", "voting", "charging", "liking",
        "tweets", "notes", "claims", "estimates", "concerns", "remarks", "answers",
        "replies", "worries", "wants", "needs", "saw", "quotes", "thanks",
        "spoke", "speaks", "talked", "signals", "praises", "pledges", "vows", "defends",
    }
)


def _inflect(lemma: str) -> set[str]:
    """Base, third person, past and -ing forms of a regular English verb."""
    if lemma in IRREGULAR:
        return {lemma, *IRREGULAR[lemma]}
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return {lemma, lemma + "s", lemma + "d", stem + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


CUE_FORMS: frozenset[str] = frozenset(form for lemma in CUE_LEMMAS for form in _inflect(lemma))

# The lemma of each form, so callers can tell "says" from "tells" without re-deriving it.
LEMMA_OF: dict[str, str] = {form: lemma for lemma in CUE_LEMMAS for form in _inflect(lemma)}

# Speech verbs proper: the only ones that take an inverted subject ('"...," said Trump') or a
# quotation before them ('"...," he warned').
SPEECH_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "note", "write", "state", "declare", "announce", "explain",
        "repeat", "remark", "comment", "reply", "respond", "answer", "recall", "report",
        "confirm", "acknowledge", "admit", "concede", "insist", "assert", "contend", "argue",
        "claim", "allege", "suggest", "stress", "emphasize", "emphasise", "observe", "predict",
        "warn", "caution", "threaten", "vow", "pledge", "promise", "urge", "ask", "tweet",
        "joke", "quip", "boast", "complain", "lament", "protest", "deny", "continue", "counter",
        "retort", "reiterate", "recount", "sing", "chant", "shout", "yell", "cry", "whisper",
        "speculate", "wonder", "mock", "concur", "affirm", "post", "think", "believe",
        "agree", "estimate", "conclude", "quote", "hint", "rebut",
    }
)
SPEECH_FORMS: frozenset[str] = frozenset(
    form for lemma in SPEECH_LEMMAS for form in _inflect(lemma)
) | {"continued", "continues"}

# Words that may stand between a subject and its verb: auxiliaries, negation and adverbs.
AUXILIARIES: frozenset[str] = frozenset(
    {
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will",
        "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do",
        "not", "n't", "n’t", "also", "then", "now", "even", "further", "once", "again", "first",
        "still", "later", "previously", "recently", "repeatedly", "often", "always", "never",
        "publicly", "privately", "openly", "reportedly", "already", "long", "just", "only",
        "frequently", "clearly", "explicitly", "specifically", "essentially", "simply",
        "largely", "generally", "similarly", "likewise", "separately", "initially", "quickly",
        "immediately", "ultimately", "finally", "earlier", "increasingly", "widely", "strongly",
        "firmly", "flatly", "angrily", "forcefully", "sharply", "loudly", "bluntly", "steadily",
        "consistently", "routinely", "regularly", "actually", "really", "broadly", "emphatically",
        "has\u00a0", "since", "herself", "himself", "themselves", "itself",
        "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t",
        "haven't", "haven’t", "wasn't", "wasn’t", "isn't", "isn’t", "won't", "won’t",
        "can't", "can’t", "cannot", "wouldn't", "wouldn’t", "’s", "'s", "’ve", "'ve", "’d",
        "'d", "’ll", "'ll", "’re", "'re",
    }
)

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "i"})
OTHER_PRONOUNS: frozenset[str] = frozenset({"they", "we", "it", "you"})
RELATIVES: frozenset[str] = frozenset({"who", "which"})

# Words that end a subject noun phrase when scanning leftwards from a cue.
NP_STOP: frozenset[str] = frozenset(
    {
        "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because", "as",
        "if", "when", "whenever", "while", "where", "after", "before", "since", "so",
        "though", "although", "than", "until", "unless", "whether", "once", "in", "on", "with",
        "by", "to", "into", "onto", "about", "during", "over", "under", "against", "amid",
        "despite", "without", "through", "across", "toward", "towards", "upon", "within",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "could", "can", "may", "might", "must", "should", "did", "does", "do", "not", "what",
        "how", "why", "also", "then", "there", "here", "this", "these", "those", "yet",
        "said", "says", "say", "told", "like", "unlike", "even", "just",
        "only", "both", "either", "neither", "all",
    }
)

DETERMINERS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "some", "many",
        "several", "most", "few", "other", "another", "each", "every", "two", "three", "four",
        "five", "both", "numerous", "multiple", "various", "more", "one",
    }
)

# Heads that make a source vague: nobody identifiable stands behind the claim.
VAGUE_HEADS: frozenset[str] = frozenset(
    {
        "analyst", "analysts", "expert", "experts", "observer", "observers", "critic", "critics",
        "report", "reports", "some", "many", "others", "people", "commentators", "pundits",
        "skeptics", "sceptics", "supporters", "opponents", "detractors", "economists",
        "scientists", "researchers", "studies", "study", "research", "polls", "surveys",
        "rumors", "rumours", "speculation", "estimates", "accounts", "media", "reporters",
        "journalists", "voters", "americans", "residents", "locals", "witnesses", "insiders",
        "watchers", "strategists", "historians", "scholars", "academics", "activists",
        "advocates", "conservatives", "liberals", "progressives", "democrats", "republicans",
        "everyone", "everybody", "somebody", "someone", "nobody", "reportedly", "they",
        "you", "we", "folks", "users", "fans", "members", "lawmakers", "leaders",
    }
)

# Nouns for documents and data: a reduced relative may follow them ("A Gallup poll conducted in
# March found", "a memo seen by Reuters"), and a nationality before them names no body ("a
# European study").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis",
        "review", "audit", "paper", "research", "note", "notes", "memo", "letter", "statement",
        "data", "figures", "records", "documents", "estimate", "estimates", "filing", "filings",
        "assessment", "briefing", "release", "model", "census", "count", "tally", "index",
        "document", "record", "minutes", "transcript", "forecast", "forecasts", "projections",
        "video", "videos", "clip",
    }
)

# Heads of unnamed individuals: a real person or office stands behind it, but is not named.
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    {
        "source", "sources", "official", "officials", "aide", "aides", "adviser", "advisers",
        "advisor", "advisors", "insider", "person", "spokesman", "spokeswoman", "spokesperson",
        "diplomat", "diplomats", "staffer", "staffers", "operative", "operatives", "employee",
        "employees", "officer", "officers", "agent", "agents", "individual", "individuals",
        "confidant", "confidants", "associate", "associates", "ally", "allies", "friend",
        "friends", "lawyer", "lawyers", "attorney", "attorneys", "representative",
        "representatives", "whistleblower", "informant", "executive", "executives",
    }
)

# Post-modifiers that keep an unnamed person unnamed ("a source familiar with the matter",
# "sources close to the ministry"): the adjective and the prepositions it takes. The noun phrase
# before the adjective is the source; the object of the preposition is not.
POSTMODIFIERS: dict[str, frozenset[str]] = {
    "familiar": frozenset({"with"}),
    "close": frozenset({"to"}),
    "briefed": frozenset({"on", "about"}),
    "knowledgeable": frozenset({"about", "of"}),
    "privy": frozenset({"to"}),
    "involved": frozenset({"in", "with"}),
}

# Prepositions that may follow an unnamed-person head inside its noun phrase ("officials in
# Seoul", "a person with knowledge of the talks", "sources inside the ministry").
HEAD_PREPOSITIONS: frozenset[str] = frozenset({"in", "with", "inside", "within"})

# Heads that, post-modified as above, are unnamed people rather than vague ones ("people
# familiar with the talks").
UNNAMED_PEOPLE: frozenset[str] = frozenset({"people", "persons", "someone", "somebody"})

# Words marking a capitalised phrase as an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "department", "ministry", "office", "agency", "administration", "government", "council",
        "committee", "commission", "institute", "institution", "university", "college", "school",
        "center", "centre", "foundation", "association", "union", "party", "campaign", "house",
        "senate", "congress", "parliament", "court", "times", "post", "news", "journal",
        "press", "network", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd",
        "group", "bank", "fund", "service", "services", "bureau", "board", "authority",
        "force", "forces", "army", "navy", "police", "pentagon", "kremlin", "reuters", "cnn",
        "nbc", "cbs", "abc", "fox", "msnbc", "bbc", "npr", "ap", "afp", "gallup", "pew",
        "tribune", "herald", "gazette", "magazine", "review", "daily", "weekly", "radio",
        "television", "tv", "channel", "media", "club", "society", "federation", "league",
        "organization", "organisation", "alliance", "coalition", "caucus", "fbi",
        "cia", "nsa", "un", "nato", "eu", "isw", "imf", "gop", "dnc", "rnc", "poll", "survey",
        "study", "report", "project", "program", "programme", "initiative", "nations",
        "states", "republic", "kingdom", "intelligence", "military", "staff",
        "cabinet", "white", "state", "city", "county", "district", "church", "trust",
        "partners", "llc", "war", "relations", "tracker", "watch", "monitor", "guardian", "observer", "economist",
        "telegraph", "independent", "politico", "axios", "breitbart", "hill", "vox", "salon",
        "twitter", "facebook", "google", "youtube", "instagram",
    }
)

# Organisation words that are also common surnames ("Michael J. Fox", "Anita Hill", "Emily
# Post", "Betty White"): they make a body of a run only when nothing marks it as a person.
SURNAME_ORG_WORDS: frozenset[str] = frozenset({"fox", "hill", "post", "white", "gallup", "pew"})

# What an article calls a body it named before ("Wells Fargo ... the bank said", "The University
# of Michigan ... the university said"): the description and the head words of the names it
# stands for, lower case. "bank" and "company" also stand for the banks and companies the
# gazetteer knows by name.
COMPANY_HEADS: frozenset[str] = frozenset(
    {
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.",
        "llc", "plc", "group", "holdings", "motors", "airlines", "airways", "industries",
        "technologies", "energy", "coal", "oil", "partners", "capital", "securities",
        "financial", "insurance", "pharmaceuticals", "foods", "stores", "systems", "mining",
    }
)
DESCRIPTIONS: dict[str, frozenset[str]] = {
    "bank": frozenset({"bank"}),
    "lender": frozenset({"bank"}),
    "company": COMPANY_HEADS,
    "firm": COMPANY_HEADS | {"bank"},
    "group": frozenset({"group", "alliance", "coalition"}),
    "carrier": frozenset({"airlines", "airways"}),
    "airline": frozenset({"airlines", "airways"}),
    "university": frozenset({"university"}),
    "college": frozenset({"college"}),
    "school": frozenset({"school", "college", "academy"}),
    "federation": frozenset({"federation"}),
    "association": frozenset({"association"}),
    "union": frozenset({"union"}),
    "agency": frozenset({"agency", "administration", "bureau", "authority"}),
    "bureau": frozenset({"bureau"}),
    "department": frozenset({"department"}),
    "ministry": frozenset({"ministry"}),
    "institute": frozenset({"institute"}),
    "foundation": frozenset({"foundation"}),
    "council": frozenset({"council"}),
    "committee": frozenset({"committee"}),
    "commission": frozenset({"commission"}),
    "court": frozenset({"court"}),
    "hospital": frozenset({"hospital"}),
    "charity": frozenset({"foundation", "trust", "society", "charity"}),
    "society": frozenset({"society"}),
    "trust": frozenset({"trust"}),
    "party": frozenset({"party"}),
    "fund": frozenset({"fund"}),
    "board": frozenset({"board"}),
    "authority": frozenset({"authority"}),
    "regulator": frozenset({"authority", "commission"}),
    "watchdog": frozenset({"authority", "commission", "office"}),
    "tank": frozenset({"institute", "foundation", "center", "centre", "council", "forum"}),
    "center": frozenset({"center", "centre"}),
    "centre": frozenset({"center", "centre"}),
    "organisation": frozenset({"organisation", "organization"}),
    "organization": frozenset({"organisation", "organization"}),
    "network": frozenset({"network"}),
    "newspaper": frozenset({"times", "post", "journal", "tribune", "herald", "gazette"}),
}

# Titles that introduce a person's name ("Deputy Foreign Minister Andrey Rudenko").
PERSON_TITLES: frozenset[str] = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sen", "sen.",
        "rep", "rep.", "gov", "gov.", "gen", "gen.", "lt", "lt.", "col", "col.", "capt",
        "capt.", "sgt", "sgt.", "president", "minister", "secretary", "senator", "governor",
        "representative", "congressman", "congresswoman", "mayor", "chancellor", "premier",
        "king", "queen", "prince", "princess", "pope", "judge", "justice", "ambassador",
        "spokesman", "spokeswoman", "spokesperson", "general", "admiral", "director",
        "chairman", "chairwoman", "chair", "ceo", "leader", "speaker", "commissioner",
        "deputy", "vice", "foreign", "defense", "defence", "prime", "chief", "attorney",
        "professor", "economist", "analyst", "candidate", "nominee", "host", "anchor",
        "sheriff", "rev.", "rev", "father", "sister", "brother", "lord", "lady", "sir",
        "dame", "former", "acting", "interim", "then-president", "vice-president",
        "executive", "officer",
    }
)

# Title words that only modify a title ("former President", "Vice President", "Foreign
# Minister"): alone before a name they make no person ("a former Patriot mine").
TITLE_MODIFIERS: frozenset[str] = frozenset(
    {"former", "acting", "interim", "vice", "foreign", "defense", "defence", "prime"}
)

# Capitalised words that start a sentence or name a time, never a person.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "but",
        "and", "or", "if", "when", "while", "as", "after", "before", "since", "it", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "there", "here",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "read", "also", "yet", "so",
        "however", "meanwhile", "still", "some", "many", "most", "both", "all", "no", "not",
        "what", "why", "how", "who", "where", "which", "one", "two", "three", "mr", "mrs",
        "ms", "dr", "sen", "rep", "gov", "said", "says", "according", "with", "by", "from",
        "of", "to", "republicans", "democrats", "americans", "analysts", "observers",
        "experts", "critics", "reports", "officials", "sources",
    }
)

# Words of place names, so "South Korea" or "New York" is never taken for a person.
PLACE_WORDS: frozenset[str] = frozenset(
    {
        "north", "south", "east", "west", "korea", "america", "china", "russia", "ukraine",
        "york", "jersey", "hampshire", "carolina", "dakota", "virginia", "city", "county",
        "island", "islands", "river", "lake", "mountain", "mountains", "valley", "street",
        "avenue", "road", "square", "park", "middle", "europe", "asia", "africa", "zero",
        "united", "kingdom", "states", "arabia", "zealand", "coast", "bay", "beach",
        "hall", "tower", "airport", "station", "region", "province", "peninsula", "sea", "ocean",
        "gulf", "strait", "los", "san", "las", "angeles", "francisco", "vegas", "hong", "kong",
        "saudi", "sri", "lanka", "costa", "rica", "puerto", "rico", "el", "salvador", "de",
        "district", "capitol", "hill", "wall", "broadway", "downtown", "west-end",
    }
)

# Lower-case heads that make a plausible subject of a reporting verb ("the campaign said").
SUBJECT_NOUNS: frozenset[str] = frozenset(
    {
        "campaign", "report", "poll", "study", "survey", "court", "bank", "company", "agency",
        "group", "committee", "government", "administration", "police", "spokesman",
        "spokeswoman", "spokesperson", "statement", "letter", "memo", "document", "ad", "video",
        "article", "analysis", "data", "evidence", "research", "audit", "review", "team",
        "panel", "board", "president", "candidate", "nominee", "senator", "governor", "mayor",
        "judge", "lawyer", "attorney", "official", "aide", "source", "network", "newspaper",
        "paper", "magazine", "website", "site", "post", "tweet", "union", "party", "majority",
        "public", "media", "staff", "crowd", "city", "state", "country", "nation", "world",
        "organization", "foundation", "institute", "university", "department", "ministry",
        "office", "council", "congress", "senate", "house", "white", "chief", "director",
        "secretary", "minister", "chairman", "chairwoman", "leader", "speaker", "film",
        "book", "plan", "law", "bill", "rule", "policy", "program", "model", "index",
        "transcript", "filing", "complaint", "lawsuit", "suit", "brief", "ruling", "order",
        "agreement", "deal", "treaty", "proposal", "budget", "forecast", "estimate", "chart",
        "graph", "map", "footage", "photo", "image", "clip", "spot", "piece", "story",
        "column", "editorial", "op-ed", "interview", "speech", "remark", "comment", "host",
        "anchor", "reporter", "journalist", "editor", "writer", "author", "historian",
        "economist", "scientist", "professor", "expert", "analyst", "adviser", "advisor",
        "strategist", "pollster", "consultant", "manager", "partner", "friend", "wife",
        "husband", "mother", "father", "son", "daughter", "sister", "brother", "family",
        "everyone", "nobody", "someone", "woman", "man", "person", "voter", "resident",
        "owner", "worker", "employee", "executive", "ceo", "founder", "investor", "firm",
        "lawmaker", "legislator", "congressman", "congresswoman", "representative", "clerk",
        "prosecutor", "investigator", "inspector", "watchdog", "regulator", "fbi", "commission", "tank",
        "society", "charity",
    }
)
