"""Which words of a posting ask the candidate for something. Pure.

A posting mixes the asks (qualifications, duties, the stack the job writes in) with text
that asks for nothing: the company blurb (its investors, customers, partners, history,
values, press, meetups, the teammates' past), benefits, equal-opportunity, diversity and
eligibility statements, how to apply and how interviews run, podcasts, blog links and
e-mail addresses, legal citations. A skill named there is no requirement ("backed by the
founders of GitHub", "listen to our Airflow podcast", "teams at Snowflake trust us"), and
neither is one named under a negation ("a SQL-first role, not an Excel-first role", "prior
knowledge of C++ is not required", "without any Go background", "if you haven't used
Airflow, ...").

Patterns of whole sentences run on the lower-cased sentence (no case-folding search), and
the weaker ones only after a substring test for one of their words: they are most of what
a scan spends on a real posting.

- `sentence_reason(text, part)`: why a whole sentence asks for nothing, or None when it
  may ask. Sentences without a heading that makes them an ask ("other", "about") must
  address the candidate or name the job's stack to count; a product pitch, whose "you" is
  the product's user ("It allows you to train models using only SQL"), does not.
- `introduces_people(text)`: whether a sentence opens a list of who the team's members or
  the customers are ("current team members are/have been:"); the bullets under it describe
  people, not what the job asks.
- `introduces_products(text)`: whether a sentence opens a list of the employer's projects
  or products ("The team projects are:"); the bullets under it describe what the company
  builds ("gitbase: a SQL interface to Git repositories"), not what the candidate needs.
- `blocked_spans(text)`: character spans of a sentence no keyword may come from: links and
  negated phrases (the words a negation scopes over, up to the end of its clause).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pivotprep.resume.matching.next_match import NextMatch

__all__ = [
    "blocked_spans",
    "introduces_people",
    "introduces_products",
    "labels_a_requirement",
    "role_text_asks",
    "sentence_reason",
]

_COMPANY = re.compile(
    r"\b(?:investors?|backers?|backing from|angels? (?:at|from)|angel investors?|"
    # "We are backed by ...", "Backed by Sequoia": the investors; "services backed by
    # PostgreSQL" is the stack a duty builds on
    r"(?:^|(?:we|we're|we've|is|are|been|company|startup|business) (?:\w+ )?)backed by|"
    r"backed by (?:some of |the |a |an )?(?:[\w-]+ ){0,2}?(?:investors?|vcs?|venture|funds?|"
    r"capital|ventures|angels?|backers?|founders?)\b|"
    r"funded by|(?:venture|vc)[- ]backed|bootstrapped|"
    r"raised (?:over |more than |>\s?)?(?:[$\u20ac\u00a3]|us\$|\d)|series [a-e] (?:round|funding)|"
    r"funding round|founded in|founders? of|"
    r"(?:our )?(?:customers|clients|users|partners) (?:include|range)|among (?:our )?"
    r"(?:customers|clients|users)|podcasts?|newsletter|roundup|"
    r"blog post|webinar|conference talk|listen to|subscribe|follow us|check out our|"
    r"stars on github|in the press|(?:our|company|public) handbook|alumni|trademarks? of|"
    r"registered trademarks?|all rights reserved|copyright \d|\u00a9|"
    r"(?:engineers|people|folks|teammates|colleagues|founders|members) (?:who|that) "
    r"(?:previously|formerly|once)|(?:former|ex-)\s?[^.;]{0,40}?\b(?:engineers|employees|"
    r"founders|staff)\b)",
)
# Weaker signs of the company blurb: they count only in a sentence that neither speaks to
# the candidate nor asks for a skill ("tools used by analysts, such as Tableau" asks).
# What the founders bring is theirs ("Our founders bring twenty years of Java"), unless the
# sentence goes on to the candidate ("Our founders are engineers, so you will need Python").
_FOUNDERS = re.compile(r"\bour (?:co-?)?founders? (?:bring|brings|have|has|built|are|were)\b")
_YOU = re.compile(r"\byou(?:r)?\b")
_COMPANY_BLURB = re.compile(
    r"\b(?:(?:used|trusted|relied on|loved) by|acquired by|headquartered|"
    r"(?:our|the) (?:engineering |tech )?blog|(?:engineering|tech) blog|award-winning|"
    r"recogni[sz]ed (?:as|by)|(?:makers|creators) of|teams? behind|"
    r"(?:we are|we're|is|are) (?:\w+ )?supported by|our (?:customers|clients) are|"
    r"named (?:one of|among)|top workplaces?|best places? to work|fortune 500|"
    r"(?:our|the company's|its) (?:mission|goal|vision|purpose) is|won (?:the |an? )?"
    r"[^.;]{0,40}award|(?:role|position) (?:will )?reports? (?:directly )?to|"
    r"retreats?|offsites?|our (?:product|platform|app) (?:ships|offers|lets|helps)|"
    r"(?:\d[\d,.]*\+?[km]?|thousands of|millions of|hundreds of) (?:developers|companies|"
    r"teams|customers|people|users|engineers|organi[sz]ations) (?:use|love|choose|rely on) "
    r"(?:our|us)\b|"
    r"(?:we are|we're|is|are) (?:an?|the|one of the) "
    r"(?:world's |industry's )?(?:leading|largest|biggest|fast(?:est)?[- ]growing|premier)|"
    r"since (?:19|20)\d\d|we(?:'ve|\u2019ve| have) helped|featured (?:in|on)|"
    r"(?:is|are) an? (?:(?!our\b)[^.;]){0,40}?\b(?:company|startup|start-up|scale-?up|firm|agency|"
    r"business|nonprofit|non-profit|organi[sz]ation|platform|product|suite|marketplace|"
    r"fellowship|program|programme|initiative)\b|"
    r"(?:is|are) (?:a )?part of (?!our\b|the (?:stack|job|role|work))|"
    r"(?:maintained|run|owned|managed|handled|looked after) by "
    r"(?:the|our|a|another|other|a separate) (?:[\w-]+ ){0,3}?(?:team|group|squad)|"
    r"(?:was|were) (?:covered|written up) (?:by|in|on)|meetups?|hackathons?|"
    r"we (?:value|believe|prefer|care|sponsor)|donat(?:e|es|ed|ing|ions?)|"
    r"to (?:collaborate|communicate)|integrates (?:with|into)|trust(?:s|ed)? us|"
    r"rel(?:y|ies) on (?:us|our (?:products?|platform|software|services?|tools?|apps?)))\b"
)
# "We're an AWS Advanced Partner": a partner named in capitals, on the sentence as written.
_PARTNER = re.compile(r"\b(?i:is|are|be|as) (?i:an?) (?:[A-Z][\w-]* ){1,3}(?i:partner)\b")
# Benefits: words that name one only in an offer ("unlimited PTO", "dental"), and words
# that may also be the data a job works with ("salary", "equity", "pension"): those count
# only outside the requirements. "vision" is a benefit as cover, not as computer vision.
_BENEFIT_OFFER = re.compile(
    r"\b(?:health (?:insurance|care)|dental|vision (?:insurance|coverage|care|plans?)|"
    r"401\s?\(?k\)?|paid (?:time off|leave|holidays)|parental leave|vacation|stipend|"
    r"relocation|gym|wellness|perks?|pto|unlimited time off|stock options|"
    r"(?:learning|education|training|conference|home office|certification|book) "
    r"(?:budget|allowance|stipend)|(?:yearly|annual|monthly) (?:\w+ )?(?:allowance|stipend)|"
    r"(?:gets?|receives?|have|has) an? (?:yearly|annual|monthly) budget|"
    r"budget of [$\u20ac\u00a3]?\d[\d,.]*k? (?:per|a|each|every) (?:year|month|quarter)|"
    r"flexible (?:working )?hours|laptop|macbook|sabbaticals?|"
    r"childcare|commuter|free (?:[\w+#]+ ){0,3}(?:courses?|training|licen[cs]es?|subscriptions?|"
    r"lunch(?:es)?|meals|snacks|books|tickets)|we (?:pay|cover|reimburse) (?:for )?(?:your|the)|"
    r"we offer|benefits include|core hours|we send (?:the team|you|everyone|engineers|"
    r"our engineers|each)|days? (?:a|per|each) (?:month|quarter|year) to|"
    r"you(?:'ll|\u2019ll| will) (?:get|receive|enjoy)"
    r"(?! to\b| (?:a |an |the )?(?:chance|opportunity|ownership|exposure|experience)))\b",
)
# Words each of the two patterns above needs, checked first: most sentences hold none, and
# a substring test is far cheaper than the search.
_BLURB_CUES = (
    "makers",
    "creators",
    "behind",
    "customers",
    "clients",
    " by",
    "leading",
    "largest",
    "biggest",
    "growing",
    "premier",
    "since",
    "company",
    "startup",
    "start-up",
    "scale",
    "firm",
    "agency",
    "business",
    "profit",
    "organi",
    "platform",
    "product",
    "suite",
    "fellowship",
    "program",
    "initiative",
    "part of",
    "helped",
    "covered",
    "featured",
    "meetup",
    "reports to",
    "report to",
    "retreat",
    "offsite",
    "goal",
    "vision",
    "purpose",
    "our app",
    "use our",
    "use us",
    "love our",
    "love us",
    "choose our",
    "choose us",
    "we value",
    "we believe",
    "we prefer",
    "we care",
    "we sponsor",
    "hackathon",
    "donat",
    "to collaborate",
    "to communicate",
    "written up",
    "integrates",
    "trust",
    "rely",
    "relies",
    "headquarter",
    "blog",
    "award",
    "recogni",
    "named",
    "place",
    "fortune",
    "mission",
    "we are",
    "partner",
)
_OFFER_CUES = (
    "health",
    "certification",
    "book",
    "sabbatical",
    "childcare",
    "commuter",
    "free",
    "we pay",
    "we cover",
    "we reimburse",
    "we offer",
    "benefits include",
    "core hours",
    "we send",
    "days",
    "ll get",
    "ll receive",
    "ll enjoy",
    "dental",
    "vision",
    "401",
    "paid",
    "leave",
    "vacation",
    "stipend",
    "relocation",
    "gym",
    "wellness",
    "perk",
    "pto",
    "time off",
    "stock",
    "budget",
    "allowance",
    "flexible",
)
_BENEFIT = re.compile(r"\b(?:benefits?|pension|equity|salary|compensation|pay range)\b")
_EEO = re.compile(
    r"\b(?:equal (?:employment )?opportunit(?:y|ies)|equal pay|affirmative action|"
    r"without regard to|prohibits discrimination|(?:not|never) discriminate|"
    r"discrimination (?:and|or) harassment|(?:from|of) (?:every|all|any) (?:backgrounds?|"
    r"walks of life)|"
    r"regardless of|race(?! conditions?)|religion|sexual orientation|gender identity|"
    r"national origin|disabilit(?:y|ies)|veterans?'? preference|veteran status|pregnancy|"
    r"genetic information|reasonable accommodations?|welcomes? (?:all )?applica(?:nts|tions)|"
    r"background (?:check|investigation)|security clearance|citizenship|u\.?s\.? citizens?|"
    r"e-verify|financial disclosure|selective service|direct deposit|probationary period|"
    r"trial period|cfr\b|u\.s\.c\.|celebrates? diversity|inclusive (?:environment|workplace|"
    r"culture|company)|committed to (?:building )?(?:an? )?(?:diverse|inclusive|diversity|"
    r"inclusion|equity)|diverse (?:workforce|backgrounds|perspectives)|underrepresented|"
    r"fair chance|conviction records?|drug (?:test|screen)|privacy (?:notice|policy)|"
    r"pay transparency|executive order|rehabilitation act|vevraa|title vii|telework\w*|"
    r"(?:secret|ts/sci|government|this|that|the|an?) clearance|clearance (?:is |will be )?"
    r"(?:required|level)|reliability status|trust determination|"
    # the federal check, not "to test the suitability (and safety) of models"
    r"suitability(?! (?:and \w+ )?of (?:the |a |an |our |these |their )?(?:ai |ml )?"
    r"(?:models?|systems?|algorithms?|methods?|tools?|approach\w*|answers?|outputs?))|"
    r"position sensitivity)",
)
# Eligibility to work, looked for only in a sentence holding one of its words.
_ELIGIBILITY = re.compile(
    r"\b(?:authori[sz]ed to work|work authori[sz]ation|sponsorship|sponsor (?:a )?visas?|"
    r"eligib(?:le|ility) to work|right to work)\b",
)
_ELIGIBILITY_CUES = ("authori", "sponsor", "to work")
# "To apply" as the hiring step, not as a verb of the job ("ability to apply statistical
# methods in R" asks for R).
_APPLY = re.compile(
    r"\b(?:(?:how|where|when|ready|interested|want) to apply|to apply(?=[,:]| for (?:this|the|"
    r"our) (?:role|position|job)| (?:online|now|here|via|through|please))|"
    r"apply (?:now|here|online|through|via|at)|submit (?:your|a) "
    r"(?:resume|cv|application)|applications? will be (?:evaluated|reviewed|accepted)|"
    r"interview process|hiring process|closing date|cover letter|"
    # "You can read a longer description of the job on Google Docs or as a PDF"
    r"(?:read|see|find|download) (?:a|the) (?:longer|full|fuller|complete|detailed|more "
    r"detailed) (?:description|version|job description|posting)|"
    r"interviews? (?:will |are |is )?(?:happen|take place|held|conducted|run|scheduled)|"
    r"(?:during|before|after|for) (?:the|your|an|each) (?:\w+ )?interviews?|in (?:the|your) "
    r"interviews?|"
    r"(?:announcement|posting|vacancy) closes|subject matter experts? (?:will|review|evaluate)|"
    r"(?:your|our|the) (?:recruiter|hiring manager|talent partner)|"
    r"(?:contact|email|write to|reach out to) us|get in touch|share this (?:job|role|posting)|"
    r"refer (?:a friend|them|someone)|referral (?:bonus|program)|"
    r"(?:resumes?|cvs?|documents?|attachments?|transcripts?|files?) (?:in|as) "
    r"(?:[\w.]+ (?:or )?){1,3}(?:format|files?)|(?:not|n't) (?:be )?(?:accepted|considered)|"
    r"upload (?:your|a) (?:resume|cv)|hear about (?:this|the|us)|(?:may|will) be verified|"
    r"travel (?:is )?required|(?:occasional|frequent|some) travel|up to \d+ ?% (?:travel|of)|"
    r"travel (?:of )?up to|"
    # "Informational Session 1: March 12th at 1pm EST on MS Teams. Join at: ..."
    r"informational (?:sessions?|webinars?|calls?))\b"
    r"|\bquestions\?|\b(?:join|register) (?:us )?(?:at|here):"
    # "Deadline: We will begin reviewing applications around November 17th"
    r"|\b(?:application |submission )?deadline\s*:|\bapplications? (?:close|are due)\b"
    # a step of the interview told by its length: "a 45-min code review with two engineers",
    # "a 60-minute pair programming session"
    r"|^\W*an? \d{1,3}[- ]?(?:min|mins|minutes?|hours?|hrs?)\b",
)
# A sentence that is all a quotation, perhaps with its speaker after a dash.
_QUOTES = '"\u201c'
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]{8,}[\"\u201d]\s*(?:[-\u2013\u2014~]\s*\S.*)?$")
# A sentence without an asking heading counts only when it speaks to the candidate or
# names what the job is built with.
_ADDRESS = re.compile(
    r"\b(?:you|your|candidates?|applicants? (?:should|must|will)|the ideal|"
    # the duties and the wanted background told without "you": "This will also involve
    # investigating ...", "Applications are welcome from RSEs with ...", "someone with"
    r"(?:this(?: (?:role|post|position|job))?|the (?:role|post|position|job)) will (?:also )?"
    r"(?:involve|include|require)|"
    # "someone with"; "people who" only when wanted ("for people who run clusters" are
    # the product's users)
    r"applications (?:are )?(?:welcome|encouraged) from|someone (?:with|who)|"
    r"(?:looking for|seeking|hiring|want|need) (?:\w+ )?people (?:with|who)|"
    # the role told as a post: "The overall goal of this post is to ...", "A new position
    # is available as a Research Software Engineer in the area of ..."
    r"(?:goal|purpose|aim|focus|remit) of (?:this|the) (?:post|position|role|job)|"
    r"(?:position|post|role|vacancy) is (?:now )?(?:available|open) (?:as|for|in)|"
    r"experience (?:with|in|of|using)|knowledge of|familiar(?:ity)? with|proficien\w+|"
    r"background in|appreciated|we use|we're using|we are using|our (?:tech )?stack|"
    r"core languages|written (?:mostly )?in|built (?:with|on)|tech stack|tools we use|"
    r"required|preferred|a plus|must)\b",
)
# The stack the job writes in, named in the company text ("Our stack: Go, PostgreSQL,
# Redis"): what the candidate will work with, so an ask (the labelling guide's stack rule).
_STACK = re.compile(
    r"\b(?:(?:tech(?:nology)? |engineering |data )?stack(?:\s*:|\s+(?:is|includes|consists)\b)|"
    r"(?:we (?:use|are using|build (?:with|on))|we're using|(?:is|are) (?:built|written) "
    r"(?:with|on|in))\b)",
)
# A line that labels itself a requirement ("Required specialized experience for GS-11 Data
# Scientist: ...", "Minimum qualifications: ...") asks, whatever section it sits in (a
# hiring blog puts them under "Applying for the job").
_REQUIREMENT_LINE = re.compile(
    r"\W*(?:required|minimum|mandatory|essential|basic)\s+(?:specialized\s+experience|"
    r"qualifications?|requirements?|skills)\b[^:.]{0,80}:"
    r"|\W*specialized\s+experience\s+(?:for|at|required)\b[^:.]{0,80}:"
)
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|"
    r"(?<![\w.-])[\w.-]+\.(?:com|org|gov|io|net|co|ai|dev|app|tech|us|uk|eu|de|fr|nl|se|ch|au|ca|hr|"
    r"edu|careers|jobs)"
    r"(?:/\S*)?\b"
)
# The applicant's own pages, asked for with the application ("a link to your GitHub or
# LinkedIn profile", "your Git repository or LinkedIn URLs"): links, never an ask for Git.
_APPLICANT_LINK = re.compile(
    r"\byour (?:own |public )?(?:github|gitlab|bitbucket|git)(?:\.com)?"
    r"(?: (?:or|and) (?:github|gitlab|bitbucket|linkedin))? (?:profiles?|repositor(?:y|ies)|"
    r"repos?|accounts?|handles?|pages?|links?|urls?|usernames?)\b|"
    r"\blinks? to your (?:own |public )?(?:github|gitlab|bitbucket)\b"
)
# Equipment the hire picks ("Use your desktop operating system of choice: Linux, macOS, or
# Windows", "the editor of your choice"): a freedom, not an ask, with the list it opens.
_OF_CHOICE = re.compile(
    r"\b(?:(?:desktop |work )?(?:operating systems?|os|oses|laptops?|computers?|machines?|"
    r"editors?|ides?|hardware|desktops?|distros?|linux distributions?)) of (?:your |their )?"
    r"(?:own )?choice\b(?:\s*[:(\u2013\u2014-][^.;]*)?"
)
# An e-mail address, looked for only in a sentence holding an "@": a contact, never an ask
# ("python-jobs@acme.org" names no skill).
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The characters of an address before its "@", read backwards from the "@" (see `_emails`).
_LOCAL_PART = re.compile(r"[\w.+-]*")


def _emails(text: str) -> list[tuple[int, int]]:
    """The spans `_EMAIL.finditer(text)` gives, each tried only from the start of the
    characters before an "@": the search itself tries every position of a word, each time
    to the end of it (a word of 59,000 letters and an "@" took 12 s)."""
    spans: list[tuple[int, int]] = []
    backwards: str | None = None
    point = 0
    while (at := text.find("@", point)) >= 0:
        backwards = text[::-1] if backwards is None else backwards
        run = _LOCAL_PART.match(backwards, len(text) - at)  # always matches: a star
        local = len(run.group()) if run else 0
        found = _EMAIL.match(text, max(point, at - local))
        if found is None:
            point = at + 1
        else:
            spans.append(found.span())
            point = found.end()
    return spans


# "without" negates only what the candidate brings ("without any Go background", "without
# knowing Kubernetes"), not how the work is done ("deploy without downtime using Kubernetes").
_NEGATION = re.compile(
    r"\b(?:not|(?:will|would|'ll|\u2019ll) never|never (?:have|need|needs) to|"
    r"no (?:need|expectation|requirement|plans?) (?:for|to|that|of)|no longer|"
    r"instead of|rather than|neither|"
    r"(?:aren|isn|won|don|doesn|didn|haven|hasn|can|couldn|shouldn|wouldn|needn)['\u2019]t|"
    r"cannot|can not|(?:nobody|no one) (?:expects|needs|requires)|"
    r"(?:mov|migrat)(?:ed|ing) (?:away from|on from|off)|"
    r"without(?=\s+(?:any|prior|previous|knowing|having|using|touching|writing|"
    r"(?:[\w+#./-]+\s+){0,3}(?:experience|knowledge|background|exposure|familiarity)\b)))\b"
    r"(?!\s+(?:only|just|limited|necessarily|afraid|hesitate|a must|mandatory|merely|simply|"
    r"to mention|least|shy|resist|wait|help|stop|get enough)\b)",
)
# "Without" before a name ("you can do this job without Excel"), read on the sentence as
# written: a name is capitalised, "without downtime" is no negation of a skill.
_WITHOUT_NAME = re.compile(r"\b[Ww]ithout(?=\s+[A-Z])")
# A person named with their role ("Ruby Martinez (Head of Data)", "Julia Chen, VP
# Engineering"): a first name that is also a language names nobody's skill.
_ROLE = (
    r"(?:Head|Director|Engineer|Manager|VP|CTO|CEO|COO|CFO|CPO|Lead|Scientist|Analyst|"
    r"Founder|Co-founder|Officer|Designer|Recruiter|President|Partner|Architect)"
)
# Second words that make a job or a product, not a person: "Python Developer", "Spring Boot".
_NOT_SURNAME = (
    r"(?:Developer|Programmer|Specialist|Consultant|Administrator|Expert|Intern|Boot|Framework|"
    r"Studio|Server|Script|Cloud|Data|Code|Native|Notebooks?|Query|Shell|Lake|Hub|Lab|Stack|"
    r"Functions?|Services?|Platform|Engine|Suite|Pipelines?|Factory|Analytics|Learning)"
)
_PERSON = re.compile(
    rf"\b[A-Z][a-z]+ (?!(?:{_ROLE}|{_NOT_SURNAME})\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    rf"(?=\s*[(,]\s*(?:our |the |a )?"
    rf"(?:[A-Z][\w&]* ){{0,3}}{_ROLE}\b)"
)
_ROLE_CUES = (
    "Head",
    "Director",
    "Engineer",
    "Manager",
    "VP",
    "C",
    "Lead",
    "Scientist",
    "Analyst",
    "Founder",
    "founder",
    "Officer",
    "Designer",
    "Recruiter",
    "President",
    "Partner",
    "Architect",
)
# The words that end a unit's name; also a cheap pre-test, as written (capitalised).
_UNIT_WORDS = (
    "Branch",
    "Team",
    "Division",
    "Unit",
    "Office",
    "Group",
    "Department",
    "Directorate",
    "Lab",
    "Centre",
    "Center",
)
# A named unit of the employer and what it makes ("The Web Communications Branch makes water
# information available through ... APIs"): what a team does, no ask (the labelling guide);
# it scopes like a negation, to the end of its clause.
_UNIT_DOES = re.compile(
    rf"\b(?:The|Our) (?:[A-Z][\w&-]*\s+){{1,5}}(?:{'|'.join(_UNIT_WORDS)})\s+(?:\w+\s+)?"
    r"(?:makes|provides|delivers|publishes|builds|runs|maintains|develops|offers|serves|"
    r"supports|produces|owns)\b"
)
# A range of the uses data serves ("optimized for data-related functions, from analytics
# to machine learning"): the breadth of the work, no ask; it scopes like a negation.
_RANGE_OF_USES = re.compile(
    r"\bfrom (?:analytics|reporting|dashboards?|business intelligence|bi|insights?|research|"
    r"operations) to\b"
)
# Trends to follow ("stay abreast of subjects such as encryption"): a reading list, not an
# ask; it scopes like a negation.
_FOLLOW = re.compile(
    r"\b(?:(?:stay|keep|remain)(?:s|ing)? (?:abreast|current|up[- ]to[- ]date|informed) "
    r"(?:of|on|with)|keep(?:s|ing)? (?:up with|abreast of))\b",
)
# Another team's stack, in a clause about the team or the colleagues the candidate works
# with ("with the Infrastructure team, which runs Kubernetes", "with our data engineers,
# who maintain the Airflow pipelines"): the labelling guide's "another team's stack". The
# candidate's own team ("join the Data team, which owns Snowflake") is not matched: its
# stack is what the job works with.
_COLLEAGUES = (
    "team",
    "group",
    "squad",
    "engineers",
    "scientists",
    "analysts",
    "developers",
    "researchers",
    "designers",
)
_OTHER_TEAM = re.compile(
    r"\b(?:with|alongside|supports?|supporting|helps?|helping)\s+(?:the|our|other|sister|"
    r"partner)\s+(?:[\w&/-]+\s+){0,3}?(?:teams?|groups?|squads?|engineers|scientists|analysts|"
    r"developers|researchers|designers)\s*,?\s+(?:which|that|who)\b"
    # "our data scientists, who need you to build Spark pipelines", "who rely on your
    # Kafka topics": what they ask of the candidate is the job's own stack
    r"(?!(?:\s+[\w'-]+){0,2}?\s+(?:you|your)\b)",
)
# Another team's or product's stack, contrasted in one sentence with the team the job is
# on ("Our mobile apps are written in Swift and Kotlin; this role is on the API team",
# "Our product engineering team works in TypeScript and Go; the data team you'd join ...").
# The subject names a qualified team or product and is followed by its verb at once, so
# the candidate's own team ("the data team you'd join works in Python", "the API team,
# which is all Python") never matches.
_OTHER_STACK = re.compile(
    r"\b(?:our|their|the|its)\s+(?:[\w&/-]+\s+){1,3}?(?:teams?|groups?|squads?|apps?|"
    r"applications|engine|front[- ]?end|firmware|website|clients)\s+"
    r"(?:(?:is|are)(?:\s+(?:all|mostly|mainly|entirely|largely|written|built|developed|coded|"
    r"in|with|on)){0,3}|(?:works?|writes?|codes?|builds?|uses?|runs?|lives?|ships?|develops?)"
    r"(?:\s+(?:mostly|mainly|entirely|largely|primarily))?(?:\s+(?:in|with|on))?)\b",
)
# What marks the team the job is on, in the clause beside such a stack.
_OWN_TEAM = re.compile(
    r"\b(?:you(?:'|\u2019)?(?:d|ll)|you (?:will|would))\s+(?:be\s+)?(?:join(?:ing)?|on|in|"
    r"part of)\s+(?:the|our|a|this)\b|\b(?:team|group|squad) you(?:'|\u2019)?(?:d|ll| will| would)"
    r" (?:be )?join|\bthis (?:role|position|job|opening) (?:is|sits) (?:on|in|with|part of)\b",
)
_OWN_TEAM_CUES = ("join", "this role", "this position", "this job", "this opening", "be on")


def _other_stack_spans(lower: str) -> list[tuple[int, int]]:
    """Spans of another team's or product's stack in a sentence that says which team the
    job is on: that stack is the labelling guide's "another team's stack"."""
    if not any(cue in lower for cue in _OWN_TEAM_CUES):
        return []
    own = [m.span() for m in _OWN_TEAM.finditer(lower)]
    if not own:
        return []
    first_end, last_start = min(e for _, e in own), max(s for s, _ in own)
    ends = [m.start() for m in _CLAUSE_END.finditer(lower)] + [len(lower)]
    spans: list[tuple[int, int]] = []
    for stack in _OTHER_STACK.finditer(lower):
        end = ends[bisect_left(ends, stack.end())]
        if first_end <= stack.start() or last_start >= end:  # the job's team is elsewhere
            spans.append((stack.end(), end))
    return spans


# What a negation scopes over: to the end of its clause. A full stop ends it, the dot of a
# name does not (".NET", "Node.js"); so does a comma before a new subject ("If you haven't
# used Airflow, you ...", "Instead of Jenkins, we use ...").
_CLAUSE_END = re.compile(
    r"[;:!?)\]]|\.(?!\w)|,\s+(?:but|and|while|so|we|you|our|it|they|that|this|there|which)\b"
    r"|\s+but\b"
)
# Before the cue: "X is not required", "X is not needed" negate what precedes them.
_NOT_NEEDED = re.compile(
    r"\b(?:is|are)(?:\s+not|n['\u2019]t)\s+(?:required|needed|necessary|expected|mandatory|"
    r"essential|a (?:must|requirement|prerequisite))\b|\b(?:is|are)\s+unnecessary\b"
    r"|\b(?:is|are)\s+(?:out of|outside(?: the| our)?)\s+scope\b"
    r"|\b(?:is|are)\s+(?:by no means|in no way)\s+(?:required|needed|necessary|expected|"
    r"essential)\b|\b(?:is|are)\s+not\s+(?:something|what)\s+we(?:'re| are)?\s+"
    r"(?:look|looking|screen|ask)"
    r"|\bnot\s+(?:required|necessary|needed|mandatory|expected|essential|a must|"
    r"a prerequisite)\b",
)
# "No prior Go experience required": the whole phrase asks for nothing. It stays within one
# clause: "no dress code and SQL experience is required" asks for SQL.
_IN_CLAUSE = r"(?:(?!\b(?:and|but|while|so)\b)[^.;:!?]){0,60}?"
_NO_ASK = re.compile(
    rf"\bno\s+(?:prior\s+|previous\s+)?(?:{_IN_CLAUSE}\b(?:experience|knowledge|background|"
    rf"exposure|familiarity|expertise)\b{_IN_CLAUSE}|(?:[\w+#./-]+\s+){{1,3}}?)"
    r"\b(?:is\s+|are\s+)?(?:required|needed|necessary|expected)\b"
    # Asked back as a question: "No Go experience? No problem.", "New to Kubernetes?"
    r"|\bno\s+(?:prior\s+|previous\s+)?(?:[\w+#./-]+,?\s+){1,4}?(?:experience|knowledge|"
    r"background|exposure)\s*\?|\bno\s+(?:prior\s+)?(?:experience|knowledge|background|exposure)"
    r"\s+(?:in|with|of)\s+[^.?!;]{1,40}\?|\b(?:zero|no)\s+(?:prior\s+)?(?:[\w+#./-]+,?\s+){1,4}?"
    r"(?:experience|knowledge|background|exposure)\b[^.;:!?]{0,20}?\b(?:is|'s)\s+(?:totally\s+|"
    r"perfectly\s+|completely\s+)?(?:fine|ok|okay|welcome)\b"
    r"|\b(?:new to|never (?:used|worked with|touched|written|heard of))"
    r"\s+[^.?!;]{1,40}\?",
)
# A clause that calls its skill welcome is no negation of it ("nice to have, not mandatory").
_WELCOME = re.compile(
    r"\b(?:nice[- ]to[- ]have|a plus|preferred|bonus|welcome|appreciated|helpful|desirable)\b",
)
_BUT_WELCOME = re.compile(
    r"\s*,?\s*but\b[^.;]*\b(?:appreciated|a plus|welcome|bonus|nice|helpful|valued)"
)
# `_BUT_WELCOME` in two parts, for a sentence of many cues: the "but" after the cue, then
# a word of welcome before the next full stop or semicolon (see `_NotNeeded`).
_BUT = re.compile(r"\s*,?\s*but\b")
_WELCOME_WORD = re.compile(r"\b(?:appreciated|a plus|welcome|bonus|nice|helpful|valued)")
_STOP = re.compile(r"[.;]")
_BACK_REFERENCE = re.compile(r"\b(?:these|those|them|any of)\b")
# An ask with no object of its own ("but prior experience is not a requirement") is about
# what the clause before it names.
_BARE_ASK = re.compile(
    r"\s*(?:(?:any|prior|previous|professional|direct)\s+)?(?:experience|knowledge|expertise|"
    r"familiarity|background)(?:\s+(?:with|in|of)\s+(?:it|this|that))?\s+"
)
_CLAUSE_START = re.compile(r"[.;:!?(]|\bbut\b")
# The reader told they will not work with what the clause before names ("The apps are
# Swift and Kotlin, but you won't touch them"): that clause asks for nothing.
_WONT_TOUCH = re.compile(
    r"\byou(?:['\u2019]ll| will)? (?:won['\u2019]t|will not|wouldn['\u2019]t|don['\u2019]t|"
    r"do not|never) (?:need to |have to |be asked to )?(?:touch|work (?:on|with|in)|use|"
    r"write|maintain|deal with|code in)\s+"
    r"(?:them|it|those|these|that|either)\b"
)
_SENTENCE_OPEN = re.compile(r"[.;!?]\s")
# The disciplines of the people the candidate works with, named as teams ("Work closely
# with the marketing, design, QA and support teams", "partner with product and data
# engineering stakeholders"): the names of other teams, which the guide makes no keywords.
# Teams told by how they work ("agile teams") are not other disciplines.
_NAME_WORD = r"(?!(?:to|in|for|on|using|with|by|that|who|which|the|a|an|agile|scrum)\b)[\w/&+.-]+"
_TEAM_NAMES = re.compile(
    r"\b(?:collaborat|work|partner|liais|coordinat|cooperat|interact|pair)\w*"
    r"(?:\s+(?:closely|directly|hand-in-hand|daily|together|cross-functionally|regularly|"
    r"tightly))*\s+(?:with|alongside)\s+(?:(?:the|our|other|internal|external|your)\s+)?"
    rf"(?P<names>{_NAME_WORD}(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*(?:and|or)\s+|\s+)"
    rf"{_NAME_WORD}){{0,7}})\s+(?:teams?|departments?|functions?|squads?|stakeholders)\b"
)
# "for big customers like Spotify, Uber and Facebook": the company's customers, to the end
# of the clause, are company text inside a sentence about the role.
# Told as the company's by a word before them ("API clients like Postman" are tools).
_CUSTOMERS_LIKE = re.compile(
    r"\b(?:our|big|large|major|enterprise|global|key|notable|top|biggest|largest|"
    r"well-known|fortune \d+)\s+(?:customers|clients|brands|merchants)\s+"
    r"(?:like|such as|including|incl\.?)\s"
)
# "across disciplines, from design to QA to project management": the disciplines worked
# with, to the end of the clause.
_ACROSS_DISCIPLINES = re.compile(
    r"\bacross\s+(?:\w+\s+)?(?:disciplines|functions|teams|departments)\s*,?\s*"
    r"(?:from|including|such as|like)\b"
)


def sentence_reason(text: str, part: str, *, bullet: bool = False) -> str | None:
    """Why a job sentence asks for nothing ("company", "benefits", "eeo", "apply",
    "not addressed"), or None when a skill named in it may be a keyword. A bullet under
    no asking heading is taken as a duty or an ask; prose there must address the reader."""
    lower = text.lower()
    if _EEO.search(lower) or (
        any(cue in lower for cue in _ELIGIBILITY_CUES) and _ELIGIBILITY.search(lower)
    ):
        return "eeo"
    if _APPLY.search(lower) or ("@" in text and _emails(text)):
        return "apply"
    if text[:1] in _QUOTES and _QUOTED.match(text):
        return "company"  # a quotation (an employee's, an epigraph), never an ask
    if _COMPANY.search(lower) or _people_told(text, lower):
        return "company"
    if "founder" in lower and _FOUNDERS.search(lower) and not _YOU.search(lower):
        return "company"
    # A benefit or blurb word inside an ask ("experience with compensation data", "tools
    # used by analysts, such as Tableau") keeps it. Each pattern runs only when the
    # sentence holds one of its words, and the ask and address checks only when needed.
    addressed: bool | None = None
    if any(cue in lower for cue in _BLURB_CUES) and (
        _COMPANY_BLURB.search(lower) or ("partner" in lower and _PARTNER.search(text))
    ):
        addressed = _ADDRESS.search(lower) is not None
        if not addressed and not _SKILL_ASK.search(lower):
            return "company"
    if (
        (any(cue in lower for cue in _OFFER_CUES) and _BENEFIT_OFFER.search(lower))
        or (part not in ("required", "preferred") and _BENEFIT.search(lower))
    ) and not _SKILL_ASK.search(lower):
        return "benefits"
    if part == "about" and not _STACK.search(lower) and not _REQUIREMENT_LINE.match(lower):
        return "company"
    if part == "other" and not bullet:
        if addressed is None:
            addressed = _ADDRESS.search(lower) is not None
        if not addressed:
            return "not addressed"
        if "you" in lower and _pitch(lower):
            return "company"
    return None


def labels_a_requirement(text: str) -> bool:
    """Whether a line labels itself a requirement ("Required specialized experience for
    GS-09 DevOps Specialist: ..."): it asks at the required level in any section."""
    return _REQUIREMENT_LINE.match(text.lower()) is not None


def role_text_asks(text: str) -> bool:
    """Whether a sentence of a paragraph that a role summary opened ("We have two vacancies
    for IT Specialists ... The Branch works towards infrastructure as code") may name what
    the role works on: it needs no address of its own, but company text, benefits, equal
    opportunity, how to apply and a product pitch ("The editor lets you publish to
    WordPress") still ask for nothing."""
    if sentence_reason(text, "preferred") is not None:
        return False
    lower = text.lower()
    return not ("you" in lower and _pitch(lower))


# A named colleague told by what they have done ("You'll join Priya, who maintains the NumPy
# docs, and Tom, who wrote a book on Julia"): a bio, whatever skill it names.
# A thing told the same way is no colleague ("maintain Airflow, our scheduler built
# in-house"): after "a", "an" or "our" only a person's role names one, a deed only after "who".
_PERSON_BIO = re.compile(
    r"\b[A-Z][a-z]+, (?:who (?:[a-z-]+ ){0,3}?(?:maintains|maintained|wrote|has written|"
    r"authored|co-?authored|created|co-?created|founded|co-?founded|built|leads|led|"
    r"contributes|contributed|speaks|spoke)|(?:our|a|an) (?:[a-z-]+ ){0,3}?(?:maintainer|"
    r"author|creator|core developer|committer|co-?founder|founder|speaker))\b"
)


def _people_told(text: str, lower: str) -> bool:
    """Whether a sentence tells who named colleagues are, and asks nothing itself."""
    return ", " in text and bool(_PERSON_BIO.search(text)) and not _SKILL_ASK.search(lower)


# A product pitch speaks to the product's user, not to the candidate ("You can run inference
# next to the world's fastest feature store", "Tessel lets you deploy Django apps", "Connect
# your Snowflake warehouse"): its "you" is the customer.
_PITCH = re.compile(
    r"\b(?:lets|let|allows|allowing|helps|helping|enables|enabling|empowers|gives) you\b|"
    r"\byou can (?!expect\b|look forward\b|apply\b|grow\b|learn\b|work (?:from|remotely)\b)|"
    r"^(?:connect|plug in|link|sync) your\b|\bfor you\b(?! to\b)"
)
# What only the candidate is told: the job, its duties, its wishes and its stack.
_CANDIDATE = re.compile(
    r"\b(?:you(?:'ll|\u2019ll| will| would|'d|\u2019d| should| must| need| are| have)|"
    r"role|position|job|join|hire|candidates?|applicants?|ideal|someone|we(?:'re| are) "
    r"(?:looking|hiring|seeking)|experience (?:with|in|of|using)|knowledge of|familiar(?:ity)? "
    r"with|proficien\w+|background in|required|preferred|a plus|must)\b"
)


def _pitch(lower: str) -> bool:
    """Whether a sentence that says "you" pitches the product to its user: it names what
    the product lets one do, and nothing that only the candidate is told ("Our mentors
    help you grow your Go skills" speaks to the candidate)."""
    return (
        _PITCH.search(lower) is not None
        and _CANDIDATE.search(lower) is None
        and _STACK.search(lower) is None
        and _SKILL_ASK.search(lower) is None
    )


_PRODUCTS_LEAD = re.compile(
    r"\b(?:projects?|products?|repositories|open[- ]source tools|areas of (?:expertise|work|"
    r"research|focus)|(?:research|focus|expertise) areas|research interests)\b[^:]*:\s*$",
    re.IGNORECASE,
)
_TO_READER = re.compile(r"\b(?:you|your|candidates?|applicants?)\b", re.IGNORECASE)
# A lead-in that names the work ("tasks will include:", "secondary responsibilities
# (outside of the DIF project):") lists duties, whatever project it mentions.
_DUTIES_LEAD = re.compile(r"\b(?:tasks?|responsibilit(?:y|ies)|duties|duty)\b", re.IGNORECASE)


# A lead-in to what an application should hold ("just send the following in email to
# ...:", "In your application, please include:"): the items under it are the hiring
# step's ("a link to your LinkedIn", "blog, GitHub, a project of yours"), not asks.
_APPLICATION_LEAD = re.compile(
    r"\b(?:send (?:us )?(?:the following|along)|(?:make|made) applying|to apply|when applying|"
    r"in your (?:application|cover letter|e-?mail)|(?:please|also) (?:include|send|submit|"
    r"provide|attach))\b[^:]*:\s*$",
    re.IGNORECASE,
)


def introduces_application(text: str) -> bool:
    """A lead-in ending with a colon that lists what to send with an application."""
    return bool(_APPLICATION_LEAD.search(text))


# A lead-in to a list of who the team's members, founders or customers are or what they
# have done ("For example, current team members are/have been:", "Our team includes:",
# "Recent customer stories:"): the bullets describe people, not what the job asks. A lead-in
# to what they use ("The team uses:") gives the job's stack, and so still asks.
_PEOPLE_LEAD = re.compile(
    r"\b(?:(?:team )?members?|teammates|colleagues|staff|employees|alumni|founders?|"
    r"(?:our|the) (?:team|people|engineers|group)|customers?|clients?|users|"
    r"(?:customer|success|user) stories|case studies|testimonials)\b",
    re.IGNORECASE,
)
_USES_LEAD = re.compile(
    r"\b(?:use|uses|using|used|work(?:s|ing)? (?:with|on|in)|stack|tools?|technolog\w*|"
    r"need|needs|look(?:ing)? for|want|wants|seek\w*|must|should|expect\w*|ideal)\b",
    re.IGNORECASE,
)
# A lead-in to what the team does ("Our team is responsible for:", "The team is building:",
# "Our engineers will:") gives the job's work, and so still asks.
_WORK_LEAD = re.compile(
    r"\b(?:build\w*|develop\w*|maintain\w*|design\w*|creat\w*|responsible|owns?|runs?|"
    r"running|will)\b",
    re.IGNORECASE,
)


def introduces_people(text: str) -> bool:
    """A lead-in ending with a colon to a list of who the team or the customers are, which
    neither speaks to the reader nor names the work, what the team does, the stack or a
    wish. The people are looked for after the last colon before the final one: one search,
    never one per word."""
    text = text.rstrip()
    if not text.endswith(":"):
        return False
    tail = text[text.rfind(":", 0, len(text) - 1) + 1 :]
    return (
        bool(_PEOPLE_LEAD.search(tail))
        and not _TO_READER.search(text)
        and not _DUTIES_LEAD.search(text)
        and not _USES_LEAD.search(text)
        and not _WORK_LEAD.search(tail)
    )


def introduces_products(text: str) -> bool:
    """A lead-in to a list of the employer's projects or products ("Some examples of our
    projects are:"), which does not speak to the reader ("projects you will own:" does)
    nor names the duties that follow ("tasks will include:")."""
    return (
        bool(_PRODUCTS_LEAD.search(text))
        and not _TO_READER.search(text)
        and not _DUTIES_LEAD.search(text)
    )


_SKILL_ASK = re.compile(
    r"\b(?:experience|knowledge|proficien\w+|familiar\w*|understanding|expertise|skills?|"
    r"abilit(?:y|ies)|background|years)\b"
)


def _folded(text: str) -> str:
    """`text` in lower case, character for character (a character whose lower case is
    longer, such as a dotted capital I, stays as it is), so that its offsets are `text`'s."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _scoping_cues(text: str, lower: str) -> list[re.Match[str]]:
    """The cues whose words scope to the end of their clause: negations, "without" a named
    tool, trends to follow, a range of uses and what a named unit makes. The weaker ones are
    searched only when the sentence holds one of their words."""
    cues = list(_NEGATION.finditer(lower))  # its cues are too many and too short to pre-test
    if "without" in lower:  # "without Excel": a named tool, as written
        cues += _WITHOUT_NAME.finditer(text)
    if "stay" in lower or "keep" in lower or "remain" in lower:
        cues += _FOLLOW.finditer(lower)
    if "from " in lower:
        cues += _RANGE_OF_USES.finditer(lower)
    if any(word in text for word in _UNIT_WORDS):  # as written: the unit's name is capitalised
        cues += _UNIT_DOES.finditer(text)
    return cues


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that make no keyword: links, and what a negation scopes over.
    Links are read as written (".NET" is no link); the rest on the lower-cased text."""
    spans = [(m.start(), m.end()) for m in _LINK.finditer(text)]
    if "@" in text:
        spans += _emails(text)
    if ("(" in text or ", " in text) and any(cue in text for cue in _ROLE_CUES):
        spans += [(m.start(), m.end()) for m in _PERSON.finditer(text)]
    lower = _folded(text)
    if "your" in lower:
        spans += [(m.start(), m.end()) for m in _APPLICANT_LINK.finditer(lower)]
    if "choice" in lower:
        spans += [(m.start(), m.end()) for m in _OF_CHOICE.finditer(lower)]
    cues = _scoping_cues(text, lower)
    clause_ends = _ClauseEnds(lower)
    for cue in cues:
        if _NOT_NEEDED.match(lower, cue.start()):
            continue
        spans.append((cue.start(), clause_ends.after(cue.end())))
    if any(word in lower for word in _COLLEAGUES) and (
        "which" in lower or "that" in lower or "who" in lower
    ):
        for team in _OTHER_TEAM.finditer(lower):
            spans.append((team.end(), clause_ends.after(team.end())))
    spans += _other_stack_spans(lower)
    not_needed = (
        "not" in lower
        or "n't" in lower
        or "n\u2019t" in lower
        or "unnecessary" in lower
        or "scope" in lower
        or "no means" in lower
        or "no way" in lower
    )
    found = _NotNeeded(lower)
    for cue in _NOT_NEEDED.finditer(lower) if not_needed else ():
        if found.but_welcome(cue.end()):
            continue  # "not required but highly appreciated": preferred, not negated
        starts = found.clause_starts(cue.start())
        start = starts[-1]
        if len(starts) > 1 and (
            found.back_reference(start, cue.start())
            or _BARE_ASK.fullmatch(lower, start, cue.start())
        ):
            # "... code in Go and C++ but knowledge of these is not required", "Our main
            # language is Go, but prior experience is not a requirement"
            start = starts[-2]
        if found.welcome(start, cue.start()):
            continue  # "Spark is nice to have, not mandatory": preferred, not negated
        spans.append((start, cue.end()))
    if "no " in lower or "zero " in lower or "new to " in lower or "never " in lower:
        spans += [(m.start(), m.end()) for m in _NO_ASK.finditer(lower)]
    spans += _wont_touch_spans(lower)
    return spans + _team_name_spans(lower, clause_ends)


class _ClauseEnds(NextMatch):
    """Where the clause a cue opens ends: the start of the first clause end at or after a
    point, searched again only when an earlier answer cannot be reused."""

    def __init__(self, lower: str) -> None:
        super().__init__(_CLAUSE_END, lower)


class _Found:
    """The matches of a pattern in a text, found once, left to right (they never overlap):
    a sentence of many cues asks about each stretch before a cue without searching the
    text again for each one."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        matches = list(pattern.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def within(self, start: int, end: int) -> bool:
        """Whether a match lies in text[start:end] (`pattern.search(text, start, end)` for
        a pattern no match of which can end at `end` only because the search stops
        there, nor straddle `start`)."""
        first = bisect_left(self.starts, start)
        return first < len(self.starts) and self.ends[first] <= end

    def start_from(self, point: int) -> int | None:
        """The start of the first match starting at or after `point`."""
        first = bisect_left(self.starts, point)
        return self.starts[first] if first < len(self.starts) else None

    def last_ends(self, point: int, count: int) -> list[int]:
        """The ends of the last `count` matches that end at or before `point`."""
        last = bisect_right(self.ends, point)
        return self.ends[max(0, last - count) : last]


class _NotNeeded:
    """What the cues of "X is not required" look at in a sentence, found once for all of
    them (each pattern on demand). A cue starts a word after a non-word character, so no
    match of these patterns ends exactly at it, and none straddles the start of a clause,
    which follows punctuation or "but": the lookups give what searching each stretch
    gave."""

    def __init__(self, lower: str) -> None:
        self._lower = lower
        self._found: dict[re.Pattern[str], _Found] = {}

    def _of(self, pattern: re.Pattern[str]) -> _Found:
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = _Found(pattern, self._lower)
        return found

    def clause_starts(self, cue: int) -> list[int]:
        """0 and the ends of the last two clause starts before `cue` (the last two of
        `_CLAUSE_START.finditer(lower, 0, cue)`)."""
        return [0, *self._of(_CLAUSE_START).last_ends(cue, 2)]

    def back_reference(self, start: int, cue: int) -> bool:
        return self._of(_BACK_REFERENCE).within(start, cue)

    def welcome(self, start: int, cue: int) -> bool:
        return self._of(_WELCOME).within(start, cue)

    def but_welcome(self, point: int) -> bool:
        """`_BUT_WELCOME.match(lower, point)`: "but", then a word of welcome before the next
        full stop or semicolon."""
        but = _BUT.match(self._lower, point)
        if but is None:
            return False
        word = self._of(_WELCOME_WORD).start_from(but.end())
        if word is None:
            return False
        stop = self._of(_STOP).start_from(but.end())
        return stop is None or word < stop


def _team_name_spans(lower: str, clause_ends: _ClauseEnds) -> list[tuple[int, int]]:
    """The names of the teams or disciplines the candidate works with, and of the
    company's customers."""
    spans = [m.span("names") for m in _TEAM_NAMES.finditer(lower)] if "with" in lower else []
    if "across" in lower:
        for m in _ACROSS_DISCIPLINES.finditer(lower):
            spans.append((m.end(), clause_ends.after(m.end())))
    if "customers" in lower or "clients" in lower or "brands" in lower or "merchants" in lower:
        for m in _CUSTOMERS_LIKE.finditer(lower):
            spans.append((m.end(), clause_ends.after(m.end())))
    return spans


def _wont_touch_spans(lower: str) -> list[tuple[int, int]]:
    """The clause before "but you won't touch them": what it names is not asked for."""
    if (
        "n't" not in lower
        and "n\u2019t" not in lower
        and " not " not in lower
        and "never" not in lower
    ):
        return []
    spans = []
    opens: _Found | None = None
    for cue in _WONT_TOUCH.finditer(lower):
        opens = opens or _Found(_SENTENCE_OPEN, lower)
        before = opens.last_ends(cue.start(), 1)
        spans.append((before[-1] if before else 0, cue.end()))
    return spans
