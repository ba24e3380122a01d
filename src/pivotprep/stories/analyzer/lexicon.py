"""Word lists the analyzer reads sentences with. Pure data, written here.

Kept apart from the rules so a reviewer can see exactly which words count as what.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that describe something a person did (base forms; inflections are folded).
ACTION_VERBS = _words(
    """
    add adjust agree align analyse analyze apologise apologize arrange ask assign audit switch
    automate book break brief build calculate call change check choose clean coach code
    collect compare configure connect convince create cut debug decide delegate deliver
    demonstrate design develop document draft draw email escalate estimate export
    facilitate find fix follow gather go group hire identify implement install interview
    introduce invite launch lead learn list listen log make map contact visit reconcile
    replan measure meet mentor merge migrate model move negotiate offer organise
    organize pair pick pilot plan practise practice prepare present print prioritise
    prioritize produce profile program propose prototype publish pull put query rebuild
    record recruit redesign redraw refactor rehearse remove reorganise reorganize
    replace replan report request research review rewrite roll run schedule score script
    segment send set share shadow show simplify sit sketch sort speak spend split start
    streamline study suggest summarise summarize survey swab talk teach test time track
    train trial turn visualise visualize volunteer walk write
    """
)

# Past forms that do not end in -ed.
IRREGULAR_PAST = {
    "built": "build",
    "wrote": "write",
    "rewrote": "rewrite",
    "rebuilt": "rebuild",
    "ran": "run",
    "led": "lead",
    "took": "take",
    "found": "find",
    "got": "get",
    "went": "go",
    "saw": "see",
    "set": "set",
    "put": "put",
    "gave": "give",
    "brought": "bring",
    "taught": "teach",
    "thought": "think",
    "spent": "spend",
    "sent": "send",
    "met": "meet",
    "kept": "keep",
    "began": "begin",
    "chose": "choose",
    "drew": "draw",
    "redrew": "redraw",
    "knew": "know",
    "told": "tell",
    "said": "say",
    "sat": "sit",
    "stood": "stand",
    "won": "win",
    "lost": "lose",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "caught": "catch",
    "fell": "fall",
    "rose": "rise",
    "grew": "grow",
    "cut": "cut",
    "left": "leave",
    "felt": "feel",
    "heard": "hear",
    "held": "hold",
    "understood": "understand",
    "split": "split",
    "shrank": "shrink",
    "became": "become",
    "came": "come",
    "made": "make",
    "did": "do",
    "had": "have",
    "was": "be",
    "were": "be",
    "spoke": "speak",
    "taught myself": "teach",
    # past forms spelled like the present ("I read the logs and found ...") or less common
    "read": "read",
    "reread": "reread",
    "hit": "hit",
    "let": "let",
    "shut": "shut",
    "quit": "quit",
    "spread": "spread",
    "broke": "break",
    "drove": "drive",
    "flew": "fly",
    "threw": "throw",
    "fought": "fight",
    "sought": "seek",
    "dealt": "deal",
    "oversaw": "oversee",
    "undertook": "undertake",
    "overcame": "overcome",
    "withdrew": "withdraw",
    "struck": "strike",
    "stuck": "stick",
    "hung": "hang",
    "fed": "feed",
    "dug": "dig",
    "forgot": "forget",
    "rode": "ride",
    "froze": "freeze",
}
# Past forms written like the present ("I set up a call each week"): no sign that the story
# is told in the past.
SAME_IN_PRESENT = _words("cut hit let put quit read reread set shut split spread")
# Past forms of verbs that are no actions, which still tell a story in the past.
OTHER_PAST = ("meant", "slept", "woke", "shook", "ate")

# Verbs of being, wanting and perceiving: "I was", "I had", "I wanted" tell context or a goal.
STATE_VERBS = _words(
    """
    be have want need feel think know believe hope like love seem look become come see
    """
)

# Generic verbs that hide what was actually done.
VAGUE_PHRASES = (
    "worked on",
    # effort told instead of the work: "We worked hard on it"
    "worked hard",
    "worked really hard",
    "worked very hard",
    # a step named by its purpose, not its content: "Found a solution", "took ownership"
    "found a solution",
    "found solutions",
    "came up with a solution",
    "followed up to make sure",
    # keeping spirits up, told instead of what was done: "I kept everyone motivated"
    "kept everyone motivated",
    "kept the team motivated",
    "kept morale high",
    "kept morale up",
    "kept everyone on track",
    "kept everyone in the loop",
    "made sure communication",
    # a difficulty got past with no step named: "we worked through it together"
    "worked through it",
    "worked through them",
    "worked it out",
    "got through it",
    "sorted it out",
    "figured it out",
    "dealt with it",
    "made it work",
    "helped with",
    "helped the team",
    "helped out",
    "was involved in",
    "were involved in",
    "been involved in",
    "involved in",
    "dealt with",
    "handled",
    "took care of",
    "did a lot of things",
    "did various",
    "various things",
    "various issues",
    "looked into",
    "participated in",
    "contributed to",
    "was part of",
    "assisted with",
    "made sure everything",
    "worked with different",
    "did my best",
    "helped",
    "a few different things",
    "a lot of things",
    "dedicated myself",
    "fostered",
    "have a conversation",
    "had a conversation",
    "talk it through",
    "talked it through",
    "talk things through",
    "talked things through",
    # effort told instead of the act: "took steps to", "went above and beyond"
    "took steps to",
    "took action to",
    "took measures to",
    "made sure everyone",
    "on the same page",
    "worked closely with",
    "leveraged my skills",
    "leveraged my experience",
    "leveraged my expertise",
    "stepped up",
    "went above and beyond",
    "put in extra hours",
    "put in long hours",
    "put in extra effort",
    "took a proactive approach",
    "took a collaborative approach",
    "took a structured approach",
    "took a hands-on approach",
    "implemented best practices",
    "followed best practices",
    "tackled the problem",
    "tackled the issue",
    "tackled the challenge",
    "navigated the challenges",
    "navigated the situation",
    "kept everyone informed",
    "kept everyone in the loop",
    "kept everyone updated",
    "kept everyone aligned",
    "supported the team",
    "reached out to the relevant",
    "reached out to key",
    # a plan or a change named, not what it was: "put together a plan and executed it"
    "put together a plan",
    "executed the plan",
    "executed it",
    "followed through",
    "organized everything",
    "organised everything",
    "made the necessary changes",
    "made the necessary adjustments",
    "made some changes",
    "made some adjustments",
    "made a few changes",
    "made a few adjustments",
    "did some training",
    "fix things",
    "fixed things",
    "stayed on top of",
    "kept things moving",
)

# Generic work verbs that, with an abstract object ("communicated with stakeholders",
# "managed risks", "provided regular updates"), say that something was done but not what.
# Each verb stem has the stronger pattern the finding suggests instead.
GENERIC_VERBS = {
    "communicat": "say who you told what, and what they decided",
    "coordinat": "name who did which part and how you kept them in step",
    "provid": "say what exactly you sent or gave, to whom and how often",
    "offer": "say what exactly you gave and what it changed for them",
    "manag": "name the decision you made and what it prevented",
    "track": "say what you measured, with which tool, and what you did when it slipped",
    "support": "say what you did for them, step by step",
    "assess": "say what you compared and what you concluded",
    "consult": "name who you asked and what their answer changed",
    "leverag": "say what you used it for and what it produced",
    "establish": "say what you set up, with whom, and how it worked",
    "maintain": "say what you did, not the attitude you kept",
    "focus": "say what you did because of that focus",
    "address": "say what you changed in answer to each concern",
    "built": "say what you did to build it (a meeting, a demo, a shared doc)",
    "build": "say what you did to build it (a meeting, a demo, a shared doc)",
    "improv": "say what you changed and by how much it improved",
    "facilitat": "say what you ran and what came out of it",
    "collaborat": "name who did which part",
    "ensur": "say what you checked, and how",
    "engag": "say what you did to engage them",
    "talk": "say what you said, what they said, and what you agreed",
    "help": "say what you did: the step, the tool, the decision",
    "handl": "say the steps you took, in order",
    "assist": "say what you did yourself",
    "foster": "say the concrete thing you did",
    "dedicat": "say what you did with that time",
    "drove": "say what you did to drive it",
    "driv": "say what you did to drive it",
    "oversaw": "say the decisions you made while overseeing it",
    "overs": "say the decisions you made while overseeing it",
    "align": "say what you agreed with whom",
    "used": "say what you found or built with it",
    "using": "say what you found or built with it",
    "optimi": "say what you changed and the before/after figure",
    "develop": "say what the plan contained and the first thing you did with it",
    "implement": "say what you put in place and how people used it",
    "creat": "say what it contained and who used it",
    "gather": "say what you found in it",
    "present": "say what you showed and what was decided",
    "increas": "say what you did differently to increase it",
    "work": "name the concrete steps",
    "worked": "name the concrete steps",
}
ABSTRACT_OBJECTS = _words(
    """
    stakeholders stakeholder progress risks risk concerns support resources updates update
    channels relationships relationship benefits process processes strategy strategies
    experience demeanor ground solutions efforts communication teamwork expectations
    priorities collaboration tools language examples analogies partnerships issues things
    everyone them morale alignment engagement buy-in performance quality outcomes
    requirements strategy plan plans approach initiatives initiative framework measures
    landing experience improvement improvements
    """
)

# Words that say "this is the context".
# Words that may follow the abstract object of a generic phrase ("managed risks and ...",
# "provided updates to the team"): anything else goes on naming a thing.
PHRASE_END_WORDS = (
    r"(?:and|or|but|to|with|for|across|by|in|on|of|so|that|which|who|while|from|at|through|"
    r"during|between|among|as|the|a|an|my|our|their|his|her|its|every|each|all|when|before|"
    r"after|until|without|within|into|throughout|over|under|around|about|via|then|is|are|was|"
    r"were|i|we|they|it|this|these|those|[a-z]+ly|[a-z]+ing)"
)
SITUATION_OPENERS = (
    "at my",
    "at the",
    "at our",
    "in my",
    "in our",
    "in the",
    "on the",
    "on our",
    "on my",
    "during",
    "when i",
    "when our",
    "when the",
    "when we",
    "while i",
    "after a",
    "two years ago",
    "last year",
    "a few years ago",
    "years ago",
    "as a",
    "as an",
    "as the",
    "as assistant",
    "so this was",
    "one of our",
    "one of my",
    "every year",
    "our ",
    "my school",
    "my team",
    "the company",
    "i worked",
    "i managed",
    "my class",
    "my department",
    "my unit",
    "my ward",
    "my store",
    "my shop",
    "my lab",
    "my company",
    "my previous",
    "my last",
    "my first",
)
SITUATION_CUES = (
    "there was",
    "there were",
    "had been",
    "used to",
    "kept ",
    "often",
    "always",
    "nobody",
    "no one",
    "never",
    "at the time",
    "was getting",
    "were getting",
    "had not been",
    "had no",
    "were left",
    "was left",
    "piling up",
    "was slow",
    "were slow",
    "took weeks",
    "took nine",
    "was wrong",
    "were wrong",
    "problem",
    "complain",
    "was a mess",
    "chaotic",
    "unhappy",
    "struggling",
    "worried",
    "pressure",
    "short of",
    "not working",
    "dropped to",
    "lowest",
    "which meant",
    "broke down",
    "short on",
    "went wrong",
    "halfway through",
    "crashed",
    "behind schedule",
)
# Verbs that describe a role when a story opens with them ("I led a team of nine").
ROLE_VERBS = frozenset(["lead", "manage", "work", "join", "supervise", "coordinate", "serve"])

# Phrases that name a responsibility or a goal.
TASK_PATTERNS = (
    r"\basked (?:me|us|our [a-z ]{1,40}?) to\b",
    # a note without its subject: "Needed root cause before the Phase II batch."
    r"^\s*(?:needed|had|wanted|was asked|were asked) to\b|^\s*needed (?:a|an|the|some|more|"
    r"root|to)\b",
    r"\b(?:i|we) (?:was|were) (?:sort of |kind of |maybe )?(?:asked|told|expected|supposed|"
    r"tasked|given the job|given the task|put in charge|in charge|responsible|accountable)\b",
    r"\b(?:i|we) (?:was|were) given (?:a|an|the|our|my) (?:[a-z-]+ ){0,3}(?:target|goal|quota|"
    r"deadline|brief|task|assignment|mandate)\b",
    r"\b(?:was|were) told to\b",
    r"\b(?:my|our|the) (?:job|goal|task|aim|role|responsibility|brief|mission|objective|target) "
    r"(?:was|is)\b",
    r"\bmy job\b",
    # the words before the verb are taken without giving any back ("*+"): "really" is
    # both a listed word and an "-ly" word, so 20 of them took 0.4 s, each one more twice
    # that (none of the verbs after them is such a word)
    r"\b(?:i|we) (?:(?:kind of|sort of|really|also|just|maybe|probably|then|still|once|"
    r"first|later|now|soon|again|suddenly|[a-z]+ly) )*+"
    r"(?:needed|had|wanted|set out|volunteered|promised|hoped) to\b",
    # "I decided to make sure ..." is a goal; "I decided to have a conversation" is an act.
    r"\b(?:i|we) decided to (?!have\b|talk|meet|call|ask|email|schedule|sit\b|speak|send)",
    r"\b(?:i|we) (?:was|were) made (?:responsible|accountable)\b",
    r"\bi needed (?:a|an|some|more)\b",
    r"\bi (?:needed|wanted) (?:[a-z]+ ){1,3}to\b",
    r"\bi wanted (?:her|him|them|us|everyone|the [a-z]+) to\b",
    r"\bi wanted (?:one|a single|every|each|all)\b",
    r"\bi set myself\b",
    r"\bi (?:owned|had promised|took on|took over)\b",
    # "I was the supply sergeant and owned the report": the role, then what it owned
    r"\bi was (?:the|an?) (?:[a-z-]+ ){1,4}and (?:owned|was responsible for)\b",
    r"\bgave me the (?:task|job)\b",
    # the duty fell to the teller: "it was on me to fix it", "it fell to me to", "it was up
    # to me to"
    r"\bit (?:was|fell) (?:on|to|up to) me to\b|\bit was down to me to\b",
    r"\b(?:the|our|my) [a-z ]{0,40}?(?:team|department|group|unit|year group) "
    r"(?:had|needed|was asked|was told) to\b",
    r"\b(?:my|our|the) (?:[a-z]+ )?[a-z]+ (?:wanted|asked|needed|expected)\b",
    r"\bhad to be\b",
    r"\bhad (?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+) "
    r"(?:minutes?|hours?|days?|weeks?|months?) to\b",
    r"\b(?:so|and) the [a-z ]{1,40}? had to\b",
    r"\b(?:leadership|management|the client|the business|my manager|my boss) "
    r"(?:needed|wanted|expected|asked for)\b",
    r"\bmy goal\b",
    r"\bthe goal\b",
    # "I led the effort to reduce our cloud costs": a responsibility with its aim
    r"\b(?:i|we) (?:led|owned|ran|drove|headed|spearheaded) (?:the|an|a|our) (?:[a-z-]+ )?"
    r"(?:effort|initiative|push|drive|project|work) to\b",
    # "the deadline" sets a task; "we hit the deadline" tells the outcome
    r"(?<!hit )(?<!met )(?<!made )(?<!beat )\bthe deadline\b",
)

# Words that say "this is what came of it".
OUTCOME_VERBS = _words(
    """
    reduce cut save increase improve rise fall drop grow double triple halve shrink
    reach achieve result win pass renew adopt switch stop complete finish exceed beat
    earn recover retain lower raise boost shorten speed cite publish receive gain
    become lose
    """
)
OUTCOME_PHRASES = (
    "as a result",
    "in the end",
    "by the end",
    "by week",
    "in the first",
    "over the next",
    "the next year",
    "the following",
    "that quarter",
    "that term",
    "that year",
    "since then",
    "is still",
    "are still",
    "still use",
    "now use",
    "now take",
    "now uses",
    "now takes",
    "started using",
    "went live",
    "signed off",
    "went from",
    "went down",
    "went up",
    "went back up",
    "went back down",
    "came back up",
    "bounced back",
    "great feedback",
    "positive feedback",
    "good feedback",
    "glowing feedback",
    "excellent feedback",
    "went to",
    "go from",
    "came in",
    "got back",
    "got better",
    "got much better",
    "much better",
    "saw an improvement",
    "saw improvements",
    "saw noticeable",
    "saw significant",
    "saw a significant",
    "saw a noticeable",
    "saw a big",
    "saw a huge",
    "saw a clear",
    "saw a dramatic",
    "saw a real",
    "saw great",
    "made a big difference",
    "made a difference",
    "had a positive impact",
    "had a huge impact",
    "had a big impact",
    "had a real impact",
    "exceeded expectations",
    "more confident",
    "went smoothly",
    "was pleased",
    "were pleased",
    "was thrilled",
    "were thrilled",
    "was delighted",
    "were delighted",
    "was happy with",
    "were happy with",
    "was satisfied with",
    "were satisfied with",
    "appreciated",
    "settled down",
    "stopped complaining",
    "things improved",
    "improved after",
    "turned out",
    "eventually",
    "afterwards",
    "after that",
    # what the work left: "we ended up with one report both teams used" (not "I ended up
    # working on the client side", a step)
    "ended up with",
    "agreed with",
    "copied it",
    "copied our",
    "copied my",
    "copied the approach",
    "copied the idea",
    "was renewed",
    "were renewed",
    "was published",
    "was filed",
    "zero",
    "no further",
    "within",
    "ramped up",
    "faster",
    "lower than",
    "higher than",
    "the result",
    "the outcome",
    "up from",
    "down from",
    "was down to",
    "were down to",
    "instead of",
    "much less",
    "much more",
    "less common",
    "less often",
    "liked",
    "was able to",
    "were able to",
    # Observable outcomes without a number: a deadline met, someone's assent or praise,
    # a problem that did not come back.
    "on time",
    "on schedule",
    "ahead of schedule",
    # a deadline beaten and someone else's decision: "we delivered two days early", "the
    # team went with my approach" (not "we went with a split pour", an act)
    "days early",
    "weeks early",
    "a day early",
    "a week early",
    "team went with",
    "they went with",
    "leadership went with",
    "management went with",
    "client went with",
    "under budget",
    "on budget",
    "never came back",
    "never missed",
    "haven't missed",
    "hasn't missed",
    "didn't miss",
    "did not miss",
    "never happened again",
    "no longer",
    "from then on",
    "from that day on",
    "to this day",
    "ever since",
    "complained since",
    "happened since",
    "agreed to",
    "got the offer",
    "got the job",
    "got promoted",
    "an award",
    "received recognition",
    "praised",
    "thanked me",
    "paid off",
    "went ahead",
    "met the deadline",
    "hit the deadline",
    "made the deadline",
    "hit our target",
    "hit the target",
    "met our target",
    "met the target",
)
# A habit told in the present, what the teller does whenever it comes up: "When I face a
# tight deadline, I ...", "When faced with a heavy workload, I ...", "If I get conflicting
# requests, I ...". The present tense is what makes it a habit: "When I had ..." tells one
# occasion.
HABIT_CLAUSE = (
    r"(?:when|whenever|if|every time) (?:faced with|facing|(?:i|we) (?:face|am faced with|"
    r"are faced with|have|get|receive|need|deal with|encounter|am given|are given|am under|"
    r"are under|work on|start|take on|see|notice|find)\b)"
)
# A setup that is a habit, not one occasion: nothing in it is a problem the teller had
# to put right then, so it names no task either.
HABIT_OPENER = (
    r"^\W*(?:(?:so|well|ok|okay|basically|honestly|actually|um+|uh+|yeah)\b\W*)*(?:"
    + HABIT_CLAUSE
    + r"|i (?:always|usually|often|regularly|generally|typically)\b|whenever\b)"
)
# A sentence that says only what the teller's job was, and nothing that went on in it:
# "I was a team leader in a call centre for an insurance company.", "I worked as a nurse
# at a city hospital." Told as the whole setup, it describes a job, not an occasion.
JOB_ONLY = (
    r"^\W*(?:(?:so|well|ok|okay|basically|um+|uh+|yeah)\b\W*)*(?:i was|i worked as|"
    r"i served as|i was working as|in my role as) (?:a|an|the) (?:[a-z'-]+ ){0,3}?"
    r"(?:[a-z'-]+)(?: (?:at|in|for|with|on|of) (?:a|an|the|my|our)"
    r"(?: (?!(?:and|but|when|while|who|which|where|so|because|that)\b)[a-z'-]+){1,5})*\W*$"
)
# A job told with how long it lasted ("I was a nurse in the ICU for like six years", "I
# spent eight years as a line cook"): a whole period, not an occasion, and its number
# pins nothing down.
_YEARS = (
    r"(?:like |about |almost |over |nearly |more than |around |the last |the past )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|"
    r"several|a few|a couple of)(?: or so)? years\b"
)
JOB_PERIOD = (
    r"(?:\bi (?:was|worked as|served as|'ve been|have been|was working as) (?:a|an|the) "
    r"(?:[a-z'-]+,? ){0,8}?for " + _YEARS + r"|\bi spent " + _YEARS + r" (?:as|in|at|with)\b"
    # "As a team lead for five years, I managed many people" (GENERIC_SITUATION reads it
    # only where the sentence opens, past "So, ")
    r"|\bas (?:a|an) (?:[a-z'-]+ ){1,3}?for " + _YEARS + r")"
)
# An occasion that happened many times ("I've encountered this multiple times, at two
# clients"): no one of them is told, whatever numbers follow.
REPEATED = (
    r"(?:i'?ve|i have) (?:encountered|faced|seen|dealt with|handled|had|run into) "
    r"(?:this|that|it|these|such [a-z]+) (?:\w+ )?(?:multiple|many|several|countless|"
    r"numerous) times\b"
)
# A job named as a place: "At my last company", "In my current role".
A_JOB = (
    r"(?:at|in) (?:my|a|one) (?:last|previous|former|past|prior|current|old) (?:company|job|"
    r"role|position|team|employer|workplace|organi[sz]ation)"
)
# "I once had a shouting match with a customer": one event the teller was in, not a person
# or a job left anonymous ("I once had a teammate who ..."), so it sets up an occasion.
_ONE_EVENT = (
    r" (?:a|an) (?:[a-z-]+ ){0,2}?(?:argument|spat|row|shouting match|run-in|confrontation|"
    r"falling-out|fight|clash|incident|accident|emergency)\b"
)
# An occasion named only as one of the teller's projects: "In a previous project, ...",
# "While working on a project, ...". A setting when the setup then says what went wrong in
# it ("a colleague disagreed with my plan"), as a job named as background is.
UNNAMED_PROJECT = (
    r"^\W*(?:(?:in|on|during) (?:a|one) (?:recent |previous |past |particular )?project\b|"
    r"in one of my (?:previous |past )?projects\b|"
    r"while (?:working|i was working) on (?:a|one) (?:[a-z-]+ )?project\b)"
)
# A "situation" that sets up no one occasion: a whole job, career or period, a habit, or an
# occasion left anonymous ("In my previous roles...", "During my five years in the Navy",
# "I once worked with a team member who...", "In a high-stakes scenario...").
GENERIC_SITUATION = (
    # read past spoken openers: "So basically, in my old job ..."
    r"^\W*(?:(?:so|well|ok|okay|basically|honestly|actually|um+|uh+|yeah)\b\W*)*"
    r"(?:in (?:my|all my|each of my) (?:previous|past|former) (?:roles|jobs|positions|"
    r"companies)|during my (?:\w+ )?(?:years|career|time) (?:in|at|as)|throughout my|"
    r"over (?:the|my) (?:years|career)|i (?:always|usually|often|regularly|generally|"
    r"typically)\b|whenever\b|i once (?:worked|had)\b(?! to\b)(?!" + _ONE_EVENT + r")|"
    r"in a (?:high-stakes|previous|past|"
    r"recent|certain) (?:scenario|situation|project|role)|during a previous project|"
    r"in (?:a|one) of my (?:previous|past) (?:roles|jobs|projects)|"
    # an occasion named only by its kind: "In a fast-paced environment", "During a
    # project", "In one of my projects", "While working on a project"
    r"in an? (?:[a-z-]+ )?(?:high-pressure|fast-paced|challenging|demanding|stressful|busy|"
    r"difficult|dynamic|critical|tight|complex) (?:environment|scenario|situation|setting|"
    r"project|role|team)\b|(?:in|on|during) (?:a|one) (?:recent |previous |past |particular )?"
    r"project\b(?! (?:for|at|with|called|named|to)\b)|in one of my (?:roles|jobs|projects)\b|"
    r"while (?:working|i was working) on (?:a|one) (?:[a-z-]+ )?project\b|"
    # a whole job or a habit, whatever the words: "At my last company", "In my current
    # role", "In my experience", "We routinely ..."
     + A_JOB + r"s?\b(?![^.]*\b(?:19|20)\d\d\b)|"
    r"in my (?:\w+ )?(?:experience|career)\b|(?:i|we) (?:frequently|constantly|routinely|"
    r"tend to|used to)\b|" + HABIT_CLAUSE + r"|" + JOB_PERIOD + r"|" + REPEATED + r"|"
    # the teller described instead of an occasion: "I'm someone who always puts the
    # customer first", "I am the kind of person who ..."
    r"i(?:'m|’m| am) (?:someone|somebody|a person|the (?:kind|type|sort) of (?:person|"
    r"\w+)|(?:an? )?(?:[a-z-]+ ){0,2}person) who\b|"
    r"i(?:'m|’m| am) (?:a |an )?(?:very |really |highly |naturally )?[a-z-]+ person\W*$|"
    # a mood instead of an occasion: "Things were busy", "Work was hectic"
    r"(?:things|work|everything|it|life) (?:was|were|got|had been) (?:really |very |so |pretty )?"
    r"(?:busy|hectic|crazy|stressful|tough|hard|difficult|chaotic)\W*$|"
    # a person told only by a trait: "I had a lazy teammate." (nothing that happened)
    r"i (?:had|have|once had|worked with) (?:a|an) (?:really |very )?(?:lazy|difficult|toxic|"
    r"rude|negative|arrogant|stubborn|demanding|moody|unreliable) (?:[a-z-]+ )?(?:teammate|"
    r"colleague|co-?worker|manager|boss|client|customer|member|employee|report)\W*$|"
    # experience claimed instead of an occasion: "This is something I have a lot of
    # experience with.", "Underperformance is a common challenge for any manager."
    r"(?:this is something|it's something|that's something) (?:that )?i(?:'ve| have) "
    r"(?:a lot of|lots of|plenty of|extensive|much|some) experience\b|"
    r"(?:[a-z'-]+ ){1,4}(?:is|are) (?:a |an )?(?:very )?(?:common|frequent|typical|recurring|"
    r"everyday) "
    r"(?:challenge|problem|issue|situation|occurrence)s?\b(?: (?:for|in|at) (?:any|every|most|"
    r"all|many)\b))"
)
# A job named as the background of the story ("In my previous role, ...", "At my last
# company, ..."): a setting when the same setup then says what was going on in it.
JOB_BACKGROUND = (
    r"^\W*(?:" + A_JOB + r"\b|during my (?:\w+ )?(?:time|years?|career|days) (?:as|at|in|"
    r"with)\b|when i (?:was|worked) (?:as|at|in)\b)"
)
# Words that make a problem a standing state rather than something that happened: "the
# stock report was always slow".
HABITUAL = (
    r"\b(?:always|usually|often|constantly|typically|generally|routinely|"
    r"every (?:day|week|month|time))\b"
)
# What was going on: a project, a deadline or an incident named as one thing that happened
# ("we had a project to migrate our infrastructure to Azure", "we had a critical deadline").
NAMED_OCCASION = (
    r"\b(?:we|i|our team) (?:had|got|were given|was given|took on|inherited) (?:a|an|one) "
    r"(?:[a-z-]+ ){0,3}(?:project|deadline|migration|launch|release|outage|incident|audit|"
    r"rollout|upgrade|deal|contract|client|customer|escalation)\b"
)
# A maxim that opens or closes an answer ("Leadership is a journey of continuous
# learning.", "Communication is key."): a slogan, no part of the story, and filler.
_VALUES = (
    r"(?:leadership|communication|teamwork|collaboration|success|failure|feedback|learning|"
    r"growth|change|trust|ownership|customer service|quality|integrity|empathy|resilience|"
    r"culture|time management|ambiguity|initiative|accountability|prioriti[sz]ation|"
    r"mentorship|good engineering|good design)"
)
MAXIM_WORDS = 20  # a maxim is short; a longer sentence goes on to say something
MAXIM = (
    r"^\W*(?:true |good |great |effective |strong )?" + _VALUES + r"\s+"
    r"(?:is|are)\s+(?:(?:always|really|truly)\s+)?(?:a journey|a marathon|a team sport|key|"
    r"everything|the key|all about|the foundation|the backbone|the heart|at the heart|"
    r"a skill|a muscle|a two-way street|a process)\b"
    # "Ownership, to me, is closing the gap ...", "In ambiguity, defining the problem is the
    # highest-leverage move": the teller's creed, not the story
    r"|^\W*" + _VALUES + r",? (?:to me|for me),? (?:is|means)\b"
    r"|^\W*in " + _VALUES + r", [a-z]+ing\b[^.]{0,80}\b(?:is|are) (?:the|what|always)\b"
    # a general truth with a gerund for its subject, nothing of the teller's in it:
    # "Working in a team always brings out the best or worst in people.", "Respecting
    # others can often lead to surprising outcomes.", "Being under pressure is a sign of
    # poor planning." ("Checking the logs, I saw ..." opens the teller's act: a comma)
    r"|^\W*(?![^.]*\b(?:i|we|my|our|me|us)\b)[a-z]+ing (?:[a-z'-]+ ){0,8}?(?:always|often|"
    r"usually|never|can|will|is a sign|are a sign|is the|are the|is what|is how)\b"
)

# Outcomes that are concrete events without a number ("the client renewed the contract",
# "he nominated me for promotion"): a result an interviewer accepts as observable.
CONCRETE_OUTCOMES = (
    r"\b(?:(?:was|were|got|been) promoted|promoted me|nominated|expanded (?:their|the|our) "
    r"contract|approved (?:the|my|our) (?:budget|plan|proposal)|signed|hired|won|adopted|"
    r"shipped|deployed|launched|zero|no (?:further |more )?(?:incidents?|downtime|complaints|"
    r"errors|outages)|became (?:my|the|a)|thanked|published)\b"
    # a check passed is observable: "we passed the inspection", "aced the audit"
    r"|\b(?:passed|aced?|cleared) (?:the |our |an |a |my |their )?(?:[a-z-]+ )?(?:inspection|"
    r"audit|exam|examination|assessment|certification|review|test)\b"
    # a deadline met is observable: "delivered the report on time"
    r"|\b(?:on time|on schedule|ahead of schedule|before the deadline|met the deadline)\b"
    # ... and so is work done within a stated day: "the pour was done the same day",
    # "finished by the end of the shift"
    r"|\b(?:done|finished|completed|delivered|poured|shipped|restored|back up|live|open(?:ed)?)"
    r" (?:\w+ )?(?:the same|that|by the end of the) (?:day|night|evening|afternoon|morning|"
    r"week|shift)\b"
    # Someone else's decision or assent is observable: "they renewed", "gained their buy-in".
    r"|\b(?:accepted (?:my|our|the)|signed off|buy-in|bought in)\b"
    # ... and so is a follow-up the work earned or a practice it became: "she asked me to
    # write it up as our standard procedure", "the manager asked me to train the others"
    r"|\b(?:asked|invited|chose) me to (?:write|train|lead|run|present|teach|share|roll|"
    r"document|mentor|join|coach|own)\w*"
    r"|\b(?:our|the|a|their) (?:new )?(?:standard|default) (?:procedure|process|practice|"
    r"template|workflow|checklist)\b"
)
# Evaluative words: an outcome told as a judgement ("improved reliability", "things got
# better", "was a success", "to a high standard", "was a good guide") rather than as an
# event or a size. A result with none of them and no number is described, not judged,
# so "unquantified_result" is not raised on it.
EVALUATIVE_OUTCOME = (
    r"\b(?:better|best|improv\w*|success\w*|satisf\w*|happ(?:y|ier)|pleased|positive\w*|"
    r"great(?:er|ly)?|good|well|smooth\w*|efficien\w*|effective\w*|strong(?:er)?|"
    r"strengthen\w*|enhanc\w*|significant\w*|noticeabl\w*|substantial\w*|dramatic\w*|"
    r"high(?:er)? (?:standard|quality)|quality|boost\w*|increas\w*|reduc\w*|"
    r"optimi[sz]\w*|streamlin\w*|more (?!than)[a-z]+|less [a-z]+|(?:faster|quicker|easier|"
    r"clearer|smoother)|record time|solved?|resolved|fixed|worked|"
    # an effect told as its size in words: "made a big difference", "had a huge impact",
    # "exceeded expectations", "a win for everyone", "it paid off", "they were impressed"
    r"difference|impact|expectations|game[- ]changer|win|paid off|impress\w*|morale|"
    r"well received|a hit|"
    # praise told as the outcome: "my manager praised my work", "we got great feedback"
    r"prais\w*|compliment\w*|kudos|feedback|"
    # a measurable quantity moved, with no size: "accuracy went back up and stayed there"
    r"went (?:back )?(?:up|down)|came back (?:up|down)|bounced back|back to normal|rose|fell|"
    r"dropped|climbed|recovered)\b"
    # An outcome whose subject is "things", "everything", "it all": nothing is named.
    r"|\b(?:things|everything|it all|the situation|the relationship)(?: \w+){0,2} "
    r"(?:got|went|settled|calmed|turned|worked|improved|moved)\b"
)
# A situation that states a problem, an obligation or someone's intent ("a memory leak
# causing crashes", "frequent conflicts and project delays", "the client asked for a
# report"): the teller's task, to deal with it, can be read off it, so "missing_task" is
# not raised.
# A figure compared with the plan, not with before ("£180,000 higher than expected"): how
# things stood, a problem; `PLAN_MARK` is what it is compared with.
PLAN_MARK = r"(?:expected|planned|budgeted|forecast|usual|normal|agreed)\b"
AGAINST_THE_PLAN = r"(?:higher|lower|more|less|worse|later|longer|bigger|smaller) than " + PLAN_MARK
# The words that make the teller's act the object of a reaction ("impressed with how I
# handled it", "the way I ran it"): named, not told as a step.
TOLD_OF_WORDS = ("how", "the way", "why")
PROBLEM_WORDS = (
    r"\b(?:problems?|issues?|bugs?|crash\w*|outages?|leaks?|conflicts?|delays?|delayed|"
    r"errors?|fail\w*|complain\w*|broke\w*|declin\w*|dropp\w*|fell|falling|behind|late|"
    r"slow\w*|risks?|vulnerab\w*|threat\w*|deadlines?|shortage\w*|backlog\w*|"
    r"missing|missed|stuck|blocked|struggl\w*|frustrat\w*|disagree\w*|dismiss\w*|"
    r"angry|upset|unhappy|lost|losing|over budget|cut by|wrong|janky|stale|"
    r"out of date|outdated|burn(?:ed|t|ing)? (?:\w+ )?out|overloaded|understaffed|"
    r"overwhelmed|unreliable|flaky|disrupt\w*|misbehav\w*|acting out|bottlenecks?|overdue|"
    r"short-?staffed|no-shows?|discrepanc\w*|mismatch\w*|inaccura\w*|inconsisten\w*|"
    r"overrun\w*|injur\w*|accidents?|flat|stalled|plateau\w*|stagnat\w*|"
    # someone holding back or pushing against the teller: "was not comfortable sharing her
    # income", "the foreman was resistant to the tablets", "refused to sign"
    r"not comfortable|uncomfortable|reluctan\w*|resistan\w*|refus\w*|unwilling|"
    r"pushed back|"
    # a row the teller was in: "I once had a shouting match with a customer"
    r"arguments?|spat|shouting|insult\w*|disrespect\w*|"
    r"never came back|nobody used|no one used|quit|resigned|turned away|"
    # work done by hand that a tool could do: the data career changer's classic problem
    r"by hand|manually|manual (?:process|work|steps?|entry|effort|copying|checks?)|"
    r"(?:running|ran|run) out|out of stock|stock-?outs?|"
    # a level too low, said of something: "pick rates were really low", "poor attendance"
    r"(?:was|were|is|are|too|so|been|very|really|quite|dangerously) (?:\w+ )?(?:low|poor)\b"
    r"(?!-)|(?:low|poor) (?:stock|morale|rates?|scores?|attendance|sales|engagement|quality|"
    r"performance|results|uptake|retention|response rates?|turnout|visibility|levels?|"
    r"completion|accuracy|conversion|productivity|coverage)\b|" + AGAINST_THE_PLAN + r"|"
    # a figure off its mark: "came in £180,000 higher than expected"
    # a mistake of someone's, not a learner's mistakes that a tool marks
    r"(?:a|my|one|the|costly|big|serious|huge) mistake|mistakes? (?:i|we) made)\b"
    # a problem the teller had to put right: a teammate not doing their share, a change of
    # the teller's own that made things worse
    r"|(?:\bnot|n't|n’t) (?:pulling (?:their|his|her) weight|"
    r"doing (?:their|his|her) (?:share|part))"
    r"|\b(?:decreased|worsened|hurt) (?:\w+ )?(?:performance|speed|quality|accuracy|sales)\b"
    # what should happen and did not: "counts never matched the system", "nobody had looked
    # at the rates in years", "the numbers didn't add up", "we couldn't reproduce it"
    r"|\bnever (?:\w+ed|met|ran|worked|came|got|went)\b"
    r"|\b(?:nobody|no one)(?: else)? (?:had|has|was|knew|owned|checked|looked|updated|"
    r"tracked)\b"
    r"|\b(?:didn't|did not|didn’t|wouldn't|would not|wouldn’t) (?:match|add up|work|balance|"
    r"reconcile|arrive|load|run|start|sync)\b"
    r"|\b(?:couldn't|could not|couldn’t|wasn't able to|weren't able to)\b"
)
PROBLEM_STATED = (
    PROBLEM_WORDS + r"|\b(?:needed|required|had to|must|"
    # someone's intent or request is a task too: "the PM wanted to launch", "we planned to"
    r"wanted|asked|requested|decided|planned|aimed|expected|assigned|tasked|goal|"
    # a target set by someone: "My manager set me a target of getting it under 20%"
    r"targets?|set me|gave me the (?:job|task)|challenged me|charged with)\b"
)
# The aim of the actions, told as their purpose ("To win the client back, I called ...",
# "I rebuilt the rota so that every shift had a lead", "in order to cut costs"): the goal
# is said, so the task is not missing even without a sentence of its own.
PURPOSE_STATED = (
    r"^\W*(?:to|in order to) (?!be\b|do\b|me\b)[a-z]+\b[^,.;:]{0,100},\s*(?:i|we)\b"
    r"|\b(?:in order to|with the (?:goal|aim|objective) of|aiming to|in an effort to|"
    r"in a bid to)\b"
)
# "As the office manager of a clinic, ...", "As a nurse at ...": the teller's role, which
# is context even when the same sentence goes on with "I ran ...". Not "As a result".
ROLE_OPENER = (
    r"^(?:in my (?:\w+ )?(?:role|job|position) )?"
    r"as (?:the|a|an|our|my) (?!result\b|rule\b|whole\b|consequence\b|matter\b)"
    r"(?:[a-z'-]+ ){0,4}?[a-z'-]+ (?:of|at|in|for|on|with)\b"
)
# Openers that date the story: "Last spring", "In 2021".
TIME_OPENER = (
    r"^(?:last|this|in|during|early|late|back in|on|at the (?:start|end) of)\s+"
    r"(?:spring|summer|autumn|fall|winter|year|month|week|\d{4}|january|february|march|april|"
    r"(?<!this\s)may(?!\s+(?:be|have|not|sound|seem|look|help|need|take|want|well|also|get|"
    r"go|come)\b)|june|july|august|september|october|november|december)\b"
)

# A change with a measure: "fell from 41 to 23", "by 35%", "from nine days to five".
_NUMBER_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|a hundred)"
)
# The digits, commas and points of a number in a measure: at most 40 after its first
# digit, taken without giving any back. Nothing that may follow a number is one of them (a
# point after it is the same either way) and no figure a story tells is that long, so what
# matches in a story is unchanged. A number is tried from each of its digits: a pasted run
# of 20,000 digits, each time read to its end and given back one by one, took 13 s.
_NUMBER_REST = r"[\d,.]{0,40}+"
MEASURE_PATTERNS = (
    r"\bfrom (?:about |around |roughly |over |under )?[\w$\u20ac\u00a3.,%]+ "
    r"(?:[a-z]+ )?(?:a [a-z]+ )?to\b",
    # a unit of two words after a number: "from nine working days to four",
    # "from 40 support tickets to 12"
    r"\bfrom (?:about |around |roughly |over |under )?(?:[\d$\u20ac\u00a3][\d.,]*%?|"
    + _NUMBER_WORD
    + r") [a-z]+ [a-z]+ to\b",
    # "by 35%", "by 2,000" - not a clock time ("fixed by 10:30 AM" says when, not how much)
    r"\bby (?:about |around |roughly |nearly |over |almost )?[\d$\u20ac\u00a3][\d,.]*%?"
    r"(?![\d,.%]|:\d|\s?[ap]\.?m\.?(?![a-z]))",
    r"\bby (?:a third|half|a quarter|two thirds)\b",
    r"\bin half\b(?! an?\b)",  # not "in half an hour": a duration
    # "15% → 0.5%", "5 min -> 30 sec": a change written with an arrow.
    r"\d" + _NUMBER_REST + r"\s?%?\s?[a-z]{0,7}\.?\s?(?:\u2192|->|=>)\s?[<>~]?\s?[\d$\u20ac\u00a3]",
    r"\b\d" + _NUMBER_REST + r"\s?%",
    r"\b(?:doubled|tripled|halved|quadrupled)\b",
    r"\b(?:twice|three times|four times|ten times) (?:as|the|more)\b",
    # the whole amount, so the reason quotes "$400,000", not "$4"
    r"[$\u20ac\u00a3]\s?\d(?:[\d,.]*\d)?(?:\s?(?:k|m|bn|million|thousand|billion)\b)?",
    r"\b\d" + _NUMBER_REST + r"\s?(?:k|m|million|thousand|billion|dollars|euros|pounds)\b",
    r"\b(?:no|zero) (?:further |more |new |missed |lost |late |failed |unreconciled )+[a-z]+",
    r"\b(?:no|zero) (?:[a-z]+ ){0,2}(?:errors|complaints|incidents|defects|discrepancies|"
    r"failures|injuries|visits|doses|bugs|outages|returns|delays)\b",
    # "without any complaints", "without a single error": the same zero, told with "without"
    r"\bwithout (?:any|a single) (?:[a-z]+ ){0,2}(?:errors?|complaints?|incidents?|defects?|"
    r"discrepanc(?:y|ies)|failures?|injur(?:y|ies)|bugs?|outages?|returns?|delays?|mistakes?)\b",
    r"\b(?:over |more than |about |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|thirty|forty|fifty|a hundred) times\b",
    r"\bzero\b",
    r"\b(?:lost|lose|missed|miss|dropped|drop|failed|fail) (?:no|zero|none|not a single|not one)\b",
    r"\b(?:took|takes|take|saved|saves|spent|cost|costs)\b[^.]{0,20}?\b(?:a|an|one|half a) "
    r"(?:full )?(?:day|hour|week|afternoon|morning|evening)",
    r"instead of (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d)",
)

# A measure that got worse ("conversion fell from 3.1% to 2.4%", "complaints rose 40%",
# "traffic was down 25%"): told before anyone acts, that is the problem the story starts
# from, not its result. Something good falling or something bad rising.
_GOOD_MEASURES = (
    r"conversion|revenue|sales|accuracy|uptime|satisfaction|retention|attendance|pass rate|"
    r"scores?|grades?|engagement|traffic|profits?|margins?|performance|productivity|"
    r"throughput|morale|nps|csat|sign-?ups|bookings|orders|usage|adoption|completion|"
    r"renewals?|reply rate|click-?through|quality"
)
_BAD_MEASURES = (
    r"errors?|error rate|downtime|costs?|wait(?:ing)?(?: times?)?|delays?|complaints|returns|"
    r"churn|defects|bugs|incidents|crash(?:es| rate)|absences?|turnover|latency|backlog|"
    r"overtime|tickets|failures|load times?|late (?:orders|deliveries|payments)"
)
WORSENING = (
    rf"\b(?:{_GOOD_MEASURES})\b[^.;:]{{0,40}}?\b(?:fell|dropped|declined|decreased|"
    r"went down|slipped|plunged|sank|dipped|was down|were down)\b"
    rf"|\b(?:{_BAD_MEASURES})\b[^.;:]{{0,40}}?\b(?:rose|increased|climbed|went up|doubled|"
    r"tripled|spiked|grew|jumped|soared|was up|were up)\b"
    # a loss that keeps happening: "every year we lost about a fifth of our accounts"
    r"|\b(?:lost|were losing|kept losing)\b(?!\s+(?:no|zero|none|nothing|not|only)\b)"
    r"[^.;:]{0,40}?\b(?:customers|clients|accounts|"
    r"staff|members|users|subscribers|patients|volunteers|students|money|revenue|sales|"
    r"deals|bookings|orders)\b"
)

# A measurable quantity sized only in words ("recovered most of the lost revenue",
# "significantly reduced costs", "load times dropped dramatically"): a measure was there
# to give, so the outcome is unquantified even beside another concrete outcome.
_MEASURABLE = (
    _GOOD_MEASURES + "|" + _BAD_MEASURES + r"|budget|spend(?:ing)?|money|hours|"
    r"response times?|processing times?|turnaround|leads|deals|customers|users|clients|"
    # work and faults that are counted: "reduced rework", "fewer post-release issues"
    r"rework|workload|issues|test coverage"
)
_VAGUE_AMOUNT = (
    r"(?:most|much|many|a lot|lots|the (?:bulk|majority)|a (?:large|big|good|huge|"
    r"significant|substantial) (?:part|share|portion|chunk|number|amount))"
)
_VAGUE_DEGREE = (
    r"(?:significantly|considerably|substantially|dramatically|greatly|drastically|sharply|"
    r"noticeably|massively|hugely|vastly|much|far|a lot)"
)
VAGUE_SIZE = (
    rf"\b{_VAGUE_AMOUNT} of (?:the |our |their |its )?(?:[a-z-]+ ){{0,2}}?(?:{_MEASURABLE})\b"
    rf"|\b{_VAGUE_DEGREE} (?:[a-z-]+ ){{0,2}}?(?:{_MEASURABLE})\b"
    rf"|\b(?:{_MEASURABLE})\b[^.;:,]{{0,30}}?\b{_VAGUE_DEGREE}\b"
    # a measurable quality sized in words: "deliveries became much more reliable"
    rf"|\b{_VAGUE_DEGREE} (?:more|less) (?:reliable|accurate|efficient|punctual|consistent|"
    r"productive|profitable|stable|predictable)\b"
    # how often, in words: "started on time far more often"
    rf"|\b{_VAGUE_DEGREE} (?:more|less) (?:often|frequently)\b"
    # a counted quantity said to have changed, with no size at all: "we reduced overlap
    # incidents", "complaints went down" (the sentence's own numbers are checked apart)
    r"|\b(?:reduc(?:ed|ing)|cut(?:ting)?|lower(?:ed|ing)|decreas(?:ed|ing)|increas(?:ed|ing)|"
    r"raised|grew|boost(?:ed|ing)|minimi[sz](?:ed|ing))\s+(?:the |our |their |"
    rf"its )?(?:[a-z-]+ ){{0,2}}?(?:{_MEASURABLE})\b"
    rf"|\b(?:{_MEASURABLE}) (?:dropped|fell|went down|decreased|declined|rose|increased|"
    r"went up|grew)\b"
    # ... or said to have been changed: "downtime was minimized", "costs were reduced"
    rf"|\b(?:{_MEASURABLE}) (?:was|were|has been|have been|had been) (?:kept |also )?"
    r"(?:reduced|minimi[sz]ed|cut|lowered|decreased|increased|kept (?:low|to a minimum))\b"
    # a change named and sized in words only: "with measurable improvement in cycle time",
    # "a significant reduction in churn", "a higher-impact improvement"
    r"|\b(?:measurable|noticeable|significant|marked|substantial|dramatic|considerable|"
    r"major|big|huge|sizable|sizeable|higher-impact|visible)\s+(?:improvements?|gains?|"
    r"reductions?|increases?|boosts?|uplift|drops?|decreases?)\b"
)

# A verdict on how something turned out ("The guide was a good reference for new staff",
# "the launch was a success", "it proved very useful"): an outcome, told as a judgement.
VERDICT = (
    r"\b(?:was|were|became|proved|turned out to be|has been|have been) (?:an? )?(?:very |really |"
    r"extremely |hugely |incredibly )?(?:good|great|useful|valuable|helpful|invaluable|"
    r"success\w*|hit|huge success|big success|win|game[- ]changer)\b"
)

# A goal or a limit ("a sales target 40% above last year", "our budget was cut by 50%"):
# with a number, told before anyone acts, it is what the story starts from, not a result -
# unless it is met ("exceeded the target by 15%"; "needed to achieve our targets" is not).
AIM_OR_CONSTRAINT = (
    r"\b(?:targets?|goals?|quotas?|objectives?|budgets?|deadlines?|headcount|funding)\b"
)
AIM_MET = (
    r"(?<!\bto )\b(?:exceed\w*|beat|hit|met|meet|reach\w*|achiev\w*|surpass\w*|smash\w*|under|"
    r"within|on) (?:[a-z]+ ){0,3}(?:targets?|goals?|quotas?|objectives?|budgets?|deadlines?)\b"
)

NUMBER_WORDS = _words(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion half third twice double
    triple dozen forty-two dozens hundreds thousands millions billions
    """
)
TIME_UNITS = _words(
    """
    second seconds minute minutes hour hours day days week weeks month months year years
    term terms quarter quarters semester semesters weekend weekends fortnight shift
    shifts
    """
)
TIMEFRAME_LEADS = _words(
    """
    within over after in for during by next first following past last
    """
)

# Fillers: words that carry nothing when spoken.
FILLER_PATTERNS = (
    r"\bbasically\b",
    r"\bliterally\b",
    r"\byou know\b",
    r"\bum+\b",
    r"\buh+\b",
    r"\berm\b",
    r"\bhonestly\b",
    r"\bactually\b",
    r"\bi mean\b",
    r"\bso yeah\b",
    r"\blike,",
    r",\s*like\b",
    r"\blike (?=\d|a (?:dozen|hundred|thousand)|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|thirty|forty|fifty|sixty|hundred)\b)",
    r"\b(?:stuff|things|something) like that\b",
    r"\band stuff\b",
    r"\bkinda\b",
    r"^so,?\s",
)
# A sentence of pleasantry or sign-off that carries nothing of the story ("That's a great
# question.", "I'm glad you asked.", "And that's my story.", "Thank you."): filler, and no
# part of the situation or the result. Read only on short sentences (PLEASANTRY_WORDS).
PLEASANTRY = (
    r"^\W*(?:(?:that'?s|that is|what) (?:a|an) (?:really |very )?(?:great|good|interesting|"
    r"excellent|tough|fun) question|(?:great|good|interesting|excellent|tough) question|"
    r"i'?m (?:so |really )?(?:glad|happy) you asked|thanks? (?:you )?(?:so much )?for "
    r"(?:asking|the question|listening|your time)|(?:and )?(?:that'?s|that is|so that'?s) "
    r"(?:my|the whole|the|basically my) (?:story|example|answer)|thank you\b|thanks\b|"
    # an announcement of what follows, with nothing of it yet: "Here's how I handled it:"
    r"(?:here'?s|here is|this is|let me (?:tell you|walk you through)) (?:how|what) (?:i|we) "
    r"(?:handled|dealt with|approached|did|tackled|solved|managed)(?: it| that| this)?\W*$)"
)
PLEASANTRY_WORDS = 10
# The interview question itself, pasted or read out before the answer ("Tell me about a
# time you had to deal with ambiguity."): no part of the story; read on sentences of up to
# PROMPT_WORDS words.
QUESTION_PROMPT = (
    r"^\W*(?:q\W+|question\W+)?(?:tell me about|describe|give (?:me )?an example of|"
    r"can you (?:tell me about|describe|give me an example of|walk me through)|"
    r"walk me through|share) (?:a|an|the|one) (?:time|situation|example|moment|occasion|"
    r"instance)\b[^.!?]*[.!?]*$"
    # the question echoed back before answering: "A time I showed leadership?"
    r"|^\W*(?:a|the|one) (?:time|situation|moment|occasion|example) (?:when |where |that )?"
    r"(?:i|you)\b[^.!?]*\?+$"
)
PROMPT_WORDS = 30

# Hedges: words that make the teller sound unsure of their own work.
HEDGING_PATTERNS = (
    r"\bi think\b",
    r"\bi guess\b",
    r"\bi suppose\b",
    r"\bi believe\b",
    r"\bmaybe\b",
    r"\bperhaps\b",
    r"\bprobably\b",
    r"\bmight have\b",
    r"\bmay have\b",
    r"\bsort of\b",
    r"\bkind of\b",
    # not "to hopefully leave the afternoons free": the aim of a step, said as one
    r"(?<!\bto )\bhopefully\b",
    r"\bnot (?:totally |really |entirely |completely )?sure\b",
    r"\btried to\b",
    r"\btry to\b",
    r"\ba bit\b",
    r"\bor so\b",
    r"\ba little\b",
    r"\bsomewhat\b",
)
# Hedges that undercut the teller's own account outright ("I don't think it was anything
# special", "I do not know how beneficial any of this was"): one is enough to raise. Told
# in the present and of the work's worth: "I didn't think that was safe, so I ..." and
# "we weren't sure whether we could finish" tell what was thought at the time.
UNDERCUTTING_PATTERNS = (
    r"\bi (?:don't|do not) (?:really )?think (?:it|this|that|my \w+|what i did|i|we) "
    r"(?:really )?(?:was (?:anything|that|very|really|such|a big|much|special|important|"
    r"impressive|significant)\b|mattered|helped|made (?:a|any|much)\b|changed (?:much|"
    r"anything)\b|did (?:anything|much)\b)",
    r"\bi (?:don't|do not) (?:really )?know (?:how|if|whether) (?:\w+ ){0,3}?(?:helped|"
    r"mattered|worked|beneficial|useful|made a difference)",
    r"\b(?:wasn't|was not|isn't|is not|nothing) (?:anything |really |that )?special\b",
    r"\bi(?:'m| am) (?:still )?not (?:really |entirely |quite )?sure (?:if|whether) "
    r"(?:it|that|this|my|i|we)\b",
    # running the answer down before it starts: "I'm not great at telling stories, but"
    r"\bi(?:'m| am) not (?:very |that |really |the )?(?:great|good|best) at (?:telling )?"
    r"(?:stories|this|these|interviews|examples|talking about (?:myself|it))\b",
)

# Acronyms an interviewer in tech knows; any other all-caps word reads as jargon. The
# people-management ones (PIP, EAP, FTE, MTTR) are everyday words to an engineering
# manager's interviewer.
KNOWN_ACRONYMS = _words(
    """
    SQL CRM API APIS KPI KPIS CSV PDF PDFS CEO CFO CTO COO CIO VP VPS HR IT UK US USA EU
    AI ML BI ETL AWS GCP HTML CSS JSON XML ERP QA PHD MBA OK TV PR UX UI SaaS SAAS B2B
    B2C ROI NASA NHS GPS SMS URL IOS ID IDS PC PCS CV CVS FAQ ASAP CPU GPU RAM USB DNS
    HTTP HTTPS REST SDK IDE AB ML OKR OKRS MVP SLA SLAS NPS
    PM PMS OS CI CD DB DBS SDE SWE ETA AM QPS TPS CDN VM VMS UAT QC SOP SOPS PO POS
    CRUD JWT SSO SSL TLS SSH VPN LAN WAN RAM SSD HDD MVPS GA RFC RFCS PRD PRS POC POCS
    OAUTH ACID NOSQL TCP UDP IP SEO CAC LTV ARR MRR YOY QOQ CSAT EOD EOW OOO FYI TBD
    XYZ ABC LLM LLMS NLP RAG GPT CEO
    CLI GUI FPS OWASP FAANG MAANG SRE SLO SLOS SLI E2E TDD OOP MVC ORM CMS DAU MAU CTR PII
    GDPR IAM EC2 S3 RDS K8S DEVOPS MLOPS RPC GRPC CORS XSS CSRF DDOS TTL SPA PWA CICD
    ICU ER MRI CDC FDA IRS CPA GPA NGO ATM
    PIP PIPS EAP PTO WFH HRBP FTE FTES RCA MTTR MTTD
    ISP ISPS
    """
)
# Words written in capitals for emphasis ("DECREASED", "NOT"): not acronyms.
EMPHASIS_WORDS = _words(
    """
    NOT NO ALL ANY NEVER ONLY EVERY EVERYONE NOTHING DID DIDN'T WAS WERE HAD MUST STILL
    DECREASED INCREASED DROPPED FAILED BROKE RESULT RESULTS SITUATION TASK ACTION ACTIONS
    LEARNING BAD GOOD BEFORE AFTER NOW WHY HOW WHAT OWN I ME MY WE US OUR YOU THE AND OR
    BOTH EITHER NEITHER ALWAYS AGAIN ALSO
    """
)
# Everyday work words that a translation map may list for a past field but any
# interviewer knows: never reported as jargon.
COMMON_WORK_WORDS = _words(
    """
    schedule schedules scheduled scheduling pricing price prices quota quotas budget
    budgets escalation escalations escalate escalated triage triaged forecast forecasts
    inventory shift shifts roster rosters deadline deadlines invoice invoices report
    reports audit audits meeting meetings customer customers client clients patient
    patients order orders complaint complaints training handover handovers
    """
)

# Acronyms that a tech or business interviewer reads without a second thought, beyond
# KNOWN_ACRONYMS (which the plain-words drill in explain.py also uses, where a tech
# acronym is jargon to its lay audience): a story's jargon check skips these too.
TECH_ACRONYMS = _words(
    """
    IO SOAP YAML JS TS JSX PHP DBA ELT CDC OLAP OLTP DAG DAGS EDA AUC ROC
    RMSE MAE MSE KNN SVM PCA CNN RNN LSTM GAN BERT TPU BDD MR MRS MTTR MTBF RCA SEV SEVS
    EKS ECS SQS SNS VPC ELB ALB CDK JVM JDK GC NPM PAAS IAAS RFP RFPS SOW NDA NDAS SOC SOC2
    ISO PCI WAF RBAC ACL ACLS KV LRU FIFO LIFO BFS DFS DP MVVM DOM UUID URI URLS UTF ASCII
    PNG JPG SVG GIF IOT AR VR QR OTP MFA CPC CPM WAU CMO CPO CISO SVP EVP GM TPM EM EMS IC
    ICS SME SMES TL R&D M&A Q&A FTE FTES PTO EOY WIP KB MB GB TB PB MBPS GBPS RPS RPM
    PST EST UTC GMT CET IST USD EUR GBP NYC SF LA UN NGO IRS FDA BS BA MS MSC BSC CS EE
    STEM GPA COVID STAR IBM HP LGTM TLDR NPE OOM CRD
    """
)
# Phrases from the translation map (content/translations/) that any interviewer
# understands without knowing the field: they help translate a resume, but in a told
# story they are plain English, not jargon. Lower case, hyphens as spaces.
PLAIN_DOMAIN_PHRASES = frozenset(
    line.strip()
    for line in """
    financial model
    financial modelling
    revenue forecast
    quarterly forecast
    budget forecast
    forecasted revenue
    forecast quarterly revenue
    management reporting
    pivot table
    excel macros
    audit trail
    internal controls
    profit and loss
    finance manager
    team of accountants
    team of analysts
    supervised junior analysts
    lesson plan
    lesson planning
    curriculum design
    curriculum development
    test scores
    grade data
    student performance data
    parent conferences
    parent teacher conferences
    parent communication
    classroom management
    behaviour management
    behavior management
    department head
    head of department
    mentored new teachers
    mentoring new teachers
    teacher mentor
    coached teachers
    pilot program
    pilot programme
    learning management system
    google classroom
    patient outcomes
    patient data
    electronic health record
    quality improvement
    patient confidentiality
    data protection
    clinical trial
    incident reporting
    nurse manager
    ward manager
    team of nurses
    shift of nurses
    supervised nurses
    coordinated a team of nurses
    led a nursing team
    multidisciplinary team
    interdisciplinary team
    supply chain
    supply chain management
    logistics operations
    logistics planning
    process improvement
    continuous improvement
    standard operating procedure
    runbook
    work instructions
    operations dashboard
    inventory management
    inventory planning
    stock levels
    demand planning
    capacity planning
    shift planning
    workforce planning
    vendor management
    supplier management
    contract negotiation
    system rollout
    incident handling
    service disruptions
    outage
    shift supervisor
    shift manager
    warehouse supervisor
    floor manager
    team of operators
    team of pickers
    sales data
    store sales
    sales reports
    weekly sales
    product placement
    promotions
    promotional planning
    stock control
    stock counts
    customer service
    customer experience
    customer complaints
    store manager
    assistant store manager
    team of associates
    shift lead
    floor supervisor
    loyalty program
    loyalty programme
    customer segments
    mission planning
    operational planning
    operations planning
    lessons learned
    debrief
    chain of command
    briefing senior leaders
    team leader
    led a team of soldiers
    intelligence analysis
    intelligence analyst
    threat assessment
    signals
    communications systems
    radio networks
    network operations
    security clearance
    secret clearance
    top secret clearance
    experimental design
    designed experiments
    study design
    controlled experiment
    statistical analysis
    regression analysis
    hypothesis testing
    data collection
    survey data
    lab data
    experimental data
    peer reviewed publication
    published papers
    journal article
    conference paper
    grant proposal
    grant writing
    research proposal
    funding application
    lab manager
    laboratory manager
    managed the lab
    supervised students
    supervised undergraduates
    simulation
    computational model
    reproducible analysis
    reproducibility
    analysis pipeline
    processing pipeline
    sales targets
    sales target
    hit target
    exceeded quota
    sales pipeline
    pipeline management
    funnel
    sales funnel
    conversion rate
    win rate
    salesforce
    hubspot
    client relationships
    account management
    key accounts
    relationship management
    requirements discovery
    sales forecasting
    sales forecast
    forecast accuracy
    negotiation
    negotiated contracts
    closing deals
    sales presentations
    product demos
    pitch decks
    sales manager
    sales team lead
    team of reps
    coached reps
    sales coach
    """.strip().splitlines()
)

# Words that may stand between a subject and its verb without changing who acted
# ("I then also built", "I basically timed", "we sort of set up").
SKIPPED_WORDS = _words(
    """
    also then personally first later quickly immediately myself finally just still even
    carefully again eventually basically literally actually really kind sort of maybe
    probably perhaps might may have had honestly quietly soon
    """
)
# A parenthesis naming only the values a story is meant to show, "(vulnerability,
# humility)", "(ownership)": a note to the reader, read aloud a tag. A parenthesis that
# adds a fact ("(N+1 queries)") is content and is not matched.
_VALUE_WORDS = (
    r"(?:ownership|humility|vulnerability|empathy|integrity|accountability|"
    r"courage|curiosity|leadership|teamwork|collaboration|initiative|resilience|"
    r"adaptability|bias for action|customer obsession|trust|respect|cando(?:u)?r|honesty|"
    r"grit|frugality|growth mindset|humbleness|openness|kindness)"
)
VALUE_TAG = rf"{_VALUE_WORDS}(?:\s*(?:,|and|&|/)\s*{_VALUE_WORDS}){{0,3}}"

# The method told as a statement ("My approach was: document the concerns, propose an
# alternative ...", "What I did was ..."): the actions, without "I" and a past verb.
METHOD_STATED = (
    r"^(?:my|our) (?:approach|strategy|method|process|solution|first step|next step|fix) "
    r"(?:was|is)\b|^what i did (?:was|is)\b"
)
