"""One-off personal messages for scripts/make_corpus.py (private module, standard library only).

A small grammar: a scenario (catching up, scheduling, a job question, congratulations, an intro
request, ...) contributes an opening sentence and one or two body sentences, each spun and filled
with values drawn fresh for every occurrence (people, companies, projects, times, links ...), so
no two one-offs are near-duplicates. They still share everyday phrases with each other and with
campaign templates ("Hope you're well.", "Thanks for connecting!", "Let me know if you have time
for a quick call next week.", sign-offs). ``SHORT`` holds the very short replies ("Thanks!",
"Sounds good, talk soon"); those can coincide exactly, as they do in real inboxes.
"""

from __future__ import annotations

import random

from _pools import CITIES, INDUSTRIES, event_name, make_company, make_name, make_title, slugify
from _spintax import parse, render

GREETINGS = (
    "Hi {FIRST_NAME},", "Hey {FIRST_NAME}!", "{FIRST_NAME},", "Hi {FIRST_NAME}!", "Hello {FIRST_NAME},",
    "Hey!", "Hi!", "Hey {FIRST_NAME} —", "Dear {FIRST_NAME},", "Hiya {FIRST_NAME},",
    "Morning {FIRST_NAME}!", "Hi there,", "Hey {FIRST_NAME}", "Hello,", "{FIRST_NAME}!",
    "Good afternoon {FIRST_NAME},",
)

#: Everyday phrases shared between one-offs and campaign templates.
COMMON_PHRASES = (
    "Hope you're well.", "Hope you're doing well!", "Hope all is well.", "Thanks for connecting!",
    "Let me know if you have time for a quick call next week.", "Looking forward to hearing from you.",
    "Have a great weekend!", "Talk soon.", "Hope you had a good week.", "No rush at all.",
    "Let me know what you think.", "Thanks in advance!", "Happy Friday!",
    "Hope the week is treating you well.", "Thanks again!", "Speak soon.",
)

SCENARIOS: tuple[dict, ...] = (
    {"name": "thanks_connect", "weight": 10, "open": (
        "{Thanks for connecting|Thanks for accepting my invite|Great to be connected}{!|, [[PERSON]] said good things.| — it's been a while since [[EVENT_PAST]].}",
        "{Good to finally connect here|Nice to connect here too}{!| after [[EVENT_PAST]].| after all those emails about [[THING]].}",
        "{So glad|Really glad} we {met|bumped into each other} at [[EVENT_PAST]]{!|.}",
    ), "body": (
        "{I really enjoyed|I loved} {our chat about|your take on|your point about} [[TOPIC]]{.|!| — still thinking about it.}",
        "[[PERSON]] {mentioned|told me} you're {the person to ask|the expert} about [[TOPIC]]{, so I may pick your brain at some point|}.",
        "{I'm|We're} {working on|in the middle of} [[THING]] {right now|at the moment}{ and could use a second opinion|, would love your take sometime|}.",
        "{Your team's|Your} {post|write-up} about [[THING]] was {great|spot on|really useful}{.|!}",
        "{If you're ever in|Next time you're in} [[CITY_ANY]], {coffee's on me|let me know and we'll grab [[FOOD]]}.",
    )},
    {"name": "congrats", "weight": 9, "open": (
        "{Congrats|Congratulations|Huge congrats} on [[MILESTONE]]{!|!!| 🎉|, well deserved.}",
        "{Just saw|Just heard} the news about [[MILESTONE]] — {amazing|so happy for you|that's fantastic}{!|.}",
        "{Wow,|Ha,} [[MILESTONE]]{! Congrats.|? That's brilliant.}",
    ), "body": (
        "{They're lucky to have you|{COMPANY} is lucky to have you|You've earned it} after [[THING]].",
        "{How's|How is} {the first week|the new team|life at {COMPANY}} {treating you|going} so far?",
        "{Let's celebrate|We should celebrate} {over [[FOOD]]|when you're back from [[CITY_ANY]]|next time I'm in {CITY}}.",
        "[[PERSON]] and I were {just talking about you|saying you'd be perfect for it} {last week|the other day}.",
        "{Say hi to|Give my best to} [[PERSON]] {and the team|too}!",
    )},
    {"name": "followup", "weight": 10, "open": (
        "{Great|Really good|Lovely} {chatting|talking|catching up} [[WHEN_PAST]]{.|!}",
        "{Thanks for|Thank you for} {the call|your time|the chat} [[WHEN_PAST]]{.|!| — super helpful.}",
        "{Following up on|Circling back on|As promised after} {our conversation|our call|what we discussed} [[WHEN_PAST]]{.|:}",
    ), "body": (
        "{As promised, here's|Here's|Sharing} [[RESOURCE]]: [[LINK]]",
        "{I spoke with|I checked with} [[PERSON]] and {she|he|they} {can do|suggested} [[TIME]] {for the next step|for a follow-up}.",
        "{The numbers for|The draft of} [[THING]] {should be ready|will be ready} by [[DAY]].",
        "{I'll|I will} {loop in|introduce you to} [[PERSON]] from [[OTHER_CO]] {who owns|who handles} [[TOPIC]].",
        "{One more thing|Also}: {could you send me|do you still have} {the notes|the slides|the contract draft} from [[THING]]?",
        "{I've added|I put} {a few comments|some questions} {on|in} the doc about [[TOPIC]]{, no rush|}.",
    )},
    {"name": "scheduling", "weight": 9, "open": (
        "{Does|Would} [[TIME]] {work for you|suit you} for {a call|a quick sync|[[FOOD]]}?",
        "{I'm|I am} {free|around} [[TIME]] or [[TIME]]{ if either works|, whichever is easier}.",
        "{Running|I'm running} [[NUM_SMALL]] minutes late{, sorry!|, so sorry|, apologies}",
        "{Can we|Could we} {move|push} {our call|tomorrow's meeting|[[FOOD]]} to [[TIME]]?",
    ), "body": (
        "{Something came up|I have a clash} with [[THING]]{, sorry about that| — my bad|}.",
        "{I'll send|Sending} {an invite|a calendar invite} {with a Zoom link|for} [[TIME]].",
        "{The usual place|That place near} [[PLACE]] {works|is fine} for me.",
        "{We can|Happy to} {keep it short|do 20 minutes} {if you're busy|since it's a busy week}.",
    )},
    {"name": "job_question", "weight": 8, "open": (
        "{I saw|I noticed} {the [[ROLE]] opening|that {COMPANY} is hiring a [[ROLE]]} and {wanted to ask you about it|had a quick question}.",
        "{Hope it's ok to ask|Quick question}: {what's it like working at {COMPANY}|how do you like the team at {COMPANY}}?",
        "{I'm thinking about|I'm considering} {applying for|a move into} [[ROLE]] {roles|positions}{ and thought of you|}.",
    ), "body": (
        "{I've been|I have been} {at [[OTHER_CO]] for [[NUM_SMALL]] years|doing [[TOPIC]] for a while} and {want a new challenge|feel ready for a change}.",
        "{Would you be open to|Could I ask for} {a short chat|15 minutes} {about the team|about the culture|about what they look for}?",
        "[[PERSON]] {suggested|said} I {reach out to you|should talk to you first}.",
        "{No worries|Totally fine} if {you'd rather not|it's not a good time}{, I understand|}.",
        "{My background is mostly|Most of my experience is} in [[TOPIC]] and [[SKILL]].",
    )},
    {"name": "advice", "weight": 6, "open": (
        "{I'm|I am} a {student|final-year student|recent graduate} {at|from} [[SCHOOL]] {interested in|looking into} [[INDUSTRY_ANY]].",
        "{I'm|I am} {switching careers|moving} {from [[INDUSTRY_ANY]] into [[INDUSTRY_ANY]]|into [[ROLE]] work} and {really admire your path|would love your advice}.",
        "{I read|I just read} your {article|post} on [[TOPIC]] {and had a question|and it made me rethink a few things}.",
    ), "body": (
        "{What|Which} {skills|resources} {would you recommend|helped you most} {for someone starting out|early on}?",
        "{Would you have|Do you have} {10 minutes|a few minutes} {for a quick chat|to answer a couple of questions} {sometime|in the next few weeks}?",
        "{Did you|How did you} {learn|get good at} [[SKILL]] {on the job|early in your career}?",
        "{I've been|I'm} {teaching myself|learning} [[SKILL]] {on weekends|in the evenings}{ and building a small project on [[TOPIC]]|}.",
    )},
    {"name": "intro_request", "weight": 6, "open": (
        "{Do you know|Would you happen to know} anyone at [[OTHER_CO]] {who works on|on the} [[TOPIC]]{?| side?}",
        "{Could you introduce me|Would you mind introducing me} to [[PERSON]] {at|from} [[OTHER_CO]]?",
        "{Random question|Slightly random one}: {are you still in touch with|do you still talk to} [[PERSON]]?",
    ), "body": (
        "{We're exploring|We're looking at} [[TOPIC]] {and they came up|and I'd love an outside view}.",
        "{Happy to send|I can send} {a short blurb|a forwardable email} {you can pass along|to make it easy}.",
        "{Totally understand|No problem} if {you'd rather not|it's awkward}.",
        "{It's about|Context is} [[THING]]{, nothing urgent|, happy to explain more|}.",
    )},
    {"name": "catch_up", "weight": 8, "open": (
        "{Long time no see|It's been ages|Long time}{!|!!| 🙂}",
        "{Just thinking about|Was just thinking about} [[EVENT_PAST]]{ and had to message you|, good times}{.|!}",
        "{How's|How is} {life in|everything in} {CITY}{?|? Still loving it?}",
    ), "body": (
        "{How's|How is} [[PERSONAL]] going?",
        "{Are you still|Still} {working on|busy with} [[THING]]?",
        "{We should|Let's} {grab|get} [[FOOD]] {soon|next time you're in [[CITY_ANY]]|when things calm down}.",
        "[[PERSON]] {says hi|sends her regards|sends his regards}{!|.}",
        "{Things here are|Life here is} {busy|hectic|good} — {[[PERSONAL]] is taking all my time|we finally finished [[THING]]}.",
    )},
    {"name": "referral", "weight": 5, "open": (
        "{A friend of mine|A former colleague}, [[PERSON]], is {looking for|open to} {a [[ROLE]] role|[[ROLE]] opportunities}{.| in [[CITY_ANY]].}",
        "{I'd like to|Can I} {introduce you to|connect you with} [[PERSON]]{,|!} {they're|who is} {brilliant at|deep into} [[TOPIC]].",
    ), "body": (
        "{We worked together|We worked together for [[NUM_SMALL]] years} at [[OTHER_CO]]{ and I'd vouch for them|, really strong}.",
        "{Would you be open to|Could you spare time for} a {quick chat|coffee} with {them|[[PERSON]]}?",
        "{Their CV is attached|I'll forward the CV} {if helpful|if you're interested}.",
    )},
    {"name": "sharing", "weight": 6, "open": (
        "{Saw this|Came across this} and {thought of you|immediately thought of you}: [[LINK]]",
        "{Given|With} your work on [[TOPIC]], {you might like|this might be useful}: [[LINK]]",
        "{Did you see|Have you seen} {the news about|the article on} [[TOPIC]]?",
    ), "body": (
        "{The part about|The section on} [[TOPIC]] {is spot on|reminded me of [[THING]]}.",
        "{Curious what you think|Would love your take}{, especially given [[THING]]|}.",
        "[[PERSON]] {sent it to me|shared it} {this morning|yesterday}{ and I can't stop thinking about it|}.",
    )},
    {"name": "thanks", "weight": 6, "open": (
        "{Thanks again for|Thank you so much for|Just wanted to say thanks for} [[FAVOR]]{.|!| 🙏}",
        "{Really appreciated|I really appreciated} [[FAVOR]]{.|!}",
    ), "body": (
        "{It made|That made} {a real difference|a huge difference|all the difference} {for|with} [[THING]].",
        "{Let me know|Tell me} {if I can ever return the favour|how I can help with [[TOPIC]]}.",
        "{I owe you|I definitely owe you} [[FOOD]]{!|.}",
        "[[PERSON]] {was great|was super helpful} {too|as well}{, please pass on my thanks|}.",
    )},
    {"name": "event_logistics", "weight": 5, "open": (
        "{Are you going to|Will you be at} [[EVENT]] {next week|this month|in [[CITY_ANY]]}?",
        "{I'm|We're} {speaking|presenting} at [[EVENT]] {on [[DAY]]|next month}{ — would love to see you there|}.",
    ), "body": (
        "{Let's|We should} {meet up|grab [[FOOD]]} {between sessions|after the keynote|on [[DAY]]}.",
        "{I have|I've got} a {spare ticket|spare pass} {if you want it|if anyone on your team wants it}.",
        "{The session on|The panel on} [[TOPIC]] {looks good|should be interesting}.",
    )},
    {"name": "work_ask", "weight": 7, "open": (
        "{Quick one|Quick question}: {do you have|could you send me} {the latest version of|the link to} [[RESOURCE]]?",
        "{Could you|Can you} {take a look at|review} [[THING]] {before [[DAY]]|when you get a chance|by end of week}?",
        "{Sorry to bother you|Sorry for the ping}{,|!} {is|was} [[THING]] {signed off|approved} {yet|already}?",
    ), "body": (
        "{Finance|Legal|[[PERSON]]} {is asking|needs it} {for the board pack|before [[DAY]]|for the audit}.",
        "{Happy to|I can} {jump on a call|walk you through it} {if that's easier|if it helps}.",
        "{The deadline moved|The timeline changed} to [[TIME]]{, unfortunately|}.",
        "{Just let me know|Let me know} {if anything's unclear|if you need more context on [[TOPIC]]}.",
    )},
    {"name": "reply", "weight": 7, "open": (
        "{Sounds good|Works for me|Perfect}{!|.| —} [[TIME]] {it is|works|is great}.",
        "{Thanks|Thank you} for {getting back to me|the quick reply|the update}{!|.}",
        "{Sorry for the slow reply|Apologies for the delay|Sorry, just seeing this}{,|!|.} {busy week|it's been a crazy week|I was travelling}.",
    ), "body": (
        "{I'll|Will} {bring|send over} [[RESOURCE]] {beforehand|ahead of time}.",
        "{Yes,|Yep,} {I can|happy to} {help with|take a look at} [[THING]].",
        "{Let's|We can} {continue|pick this up} {over email|on the call} {if that's easier|next week}.",
        "{I'll ask|I'll check with} [[PERSON]] and {get back to you|let you know} by [[DAY]].",
    )},
)

#: Very short replies (kind ``oneoff_short``): spun, lightly personalised, sometimes identical.
SHORT = (
    "{Thanks|Thank you|Thx}{!|!!|.| 🙏}", "{Thanks|Thank you}, {FIRST_NAME}{!|.}",
    "{Sounds good|Great}, talk soon{!|.|}", "Will do{!|.| 👍}", "{Perfect|Great}, see you then{.|!}",
    "{Congrats|Congratulations}{!!|! 🎉|!}", "Happy birthday{!| 🎉|, {FIRST_NAME}!}", "Got it, thanks{.|!}",
    "Sure — [[TIME]] works.", "On my way{!|.}", "Thank you so much{!|, {FIRST_NAME}!}", "{Haha|Ha} yes{!|}",
    "Let me check and get back to you{.|!}", "Great to hear from you{!|, {FIRST_NAME}!}", "👍",
    "Sorry, missed this — will reply {tomorrow|later today}.", "{Yes|Yep}, that works{.|!}",
    "No worries at all{!|.}", "See you {tomorrow|on [[DAY]]|there}{!|.}", "Love it{!|!!}",
    "{Call you in 5|Calling you in 5 minutes}{.|!}", "Just sent it over{.|!}", "Noted, thanks{.|!}",
    "Ok great{.|!}", "{Amazing|Awesome} news{!|!!}", "Thanks for the intro{!|, [[PERSON]] and I are talking.}",
    "Happy to help{!|.}", "Same here{!|.}", "Let's do it{!|.}", "Good luck today{!|, you've got this!}",
)

CLOSES = (
    "Let me know!", "Thoughts?", "Cheers!", "Thanks!", "Speak soon.", "Take care.",
    "Let me know if that works.", "Have a good one.", "No pressure either way.", "Catch you later!",
    "Hope that helps.", "Let me know what works.", "Appreciate it!", "Anyway, hope you're well!",
)

_FOOD = ("coffee", "lunch", "a beer", "dinner", "tea", "a drink", "breakfast", "a quick coffee", "tacos",
         "pizza", "a walk")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next Monday", "next week", "tomorrow",
         "the weekend", "end of day", "the 14th", "month-end")
_TIMES_OF_DAY = ("at 9", "at 10", "at 11:30", "at noon", "at 2", "at 3pm", "at 4:30", "after lunch",
                 "morning", "afternoon", "first thing", "around 5", "at 8am", "after 6")
_WHEN_PAST = ("yesterday", "last week", "on Tuesday", "this morning", "at the offsite", "last month",
              "on Friday", "earlier today", "at lunch", "on the call", "a couple of weeks ago",
              "the other day", "last night", "at the conference", "over the weekend")
_ADJ = ("new", "Q3", "Q4", "pricing", "onboarding", "partner", "mobile", "data", "hiring", "brand",
        "website", "analytics", "billing", "support", "security", "APAC", "customer", "quarterly",
        "internal", "annual", "beta", "holiday", "sales", "migration", "research")
_NOUNS = ("launch", "roadmap", "dashboard", "rebrand", "offsite", "hackathon", "redesign", "audit",
          "budget", "proposal", "pilot", "report", "workshop", "survey", "playbook", "deck", "plan",
          "campaign", "strategy doc", "contract", "project", "review", "rollout", "integration",
          "case study", "newsletter", "podcast episode", "webinar", "OKRs", "hiring plan")
_TOPIC_A = ("pricing", "hiring", "onboarding", "retention", "fundraising", "remote work", "data quality",
            "developer experience", "customer research", "churn", "security reviews", "board meetings",
            "product-led growth", "partnerships", "open source", "accessibility", "forecasting",
            "marketplace dynamics", "procurement", "employer branding", "AI tooling", "LLM evaluation",
            "team rituals", "career ladders", "expansion into new markets", "supply chain risk",
            "carbon accounting", "compliance", "UX writing", "community building", "sales comp plans")
_TOPIC_B = ("for early-stage teams", "in regulated industries", "at scale", "in {INDUSTRY}",
            "for small teams", "across time zones", "in Europe", "after a reorg", "on a budget", "",
            "", "", "for first-time managers", "in marketplaces", "with tiny data sets")
_RESOURCES = ("the deck", "the article I mentioned", "the job description", "the slides", "the recording",
              "the spreadsheet", "the one-pager", "the contract draft", "the reading list", "my notes",
              "the proposal", "the case study", "the podcast episode", "the template", "the benchmark data",
              "the intro email", "the book recommendation", "the onboarding doc", "the pricing sheet",
              "the checklist")
_MILESTONES = ("the new role", "the promotion", "the launch", "your work anniversary", "the funding round",
               "the award", "the baby news", "the new job", "the acquisition", "the book deal",
               "your first marathon", "the wedding", "the move to [[CITY_ANY]]", "the keynote",
               "passing the bar", "the PhD", "ten years on the team", "the new office", "the IPO",
               "making partner", "the product launch", "the podcast", "hitting your target")
_PERSONAL = ("the new puppy", "marathon training", "the renovation", "the new house", "the little one",
             "the garden", "your Spanish lessons", "the band", "the sabbatical", "the move", "the bike tour",
             "the climbing", "the new apartment", "parental leave", "the wedding planning", "the MBA",
             "the side project", "the book club", "the knee recovery", "the kids' school year", "surfing",
             "the allotment", "the pottery class", "the road trip")
_FAVORS = ("the intro to [[PERSON]]", "the referral", "your feedback on the deck", "your help covering for me [[WHEN_PAST]]",
           "the recommendation", "the advice on [[TOPIC]]", "the book", "your hospitality [[WHEN_PAST]]",
           "the quick turnaround", "your help with [[THING]]", "the shout-out for our job post", "the endorsement",
           "the coffee [[WHEN_PAST]]", "your notes on my CV", "the tips on [[SKILL]]", "making time for that call",
           "the introduction [[WHEN_PAST]]", "your patience with [[THING]]")
_SKILLS = ("SQL", "negotiation", "public speaking", "Python", "financial modelling", "stakeholder management",
           "Figma", "people management", "copywriting", "data visualisation", "Excel", "cold outreach",
           "product discovery", "system design", "hiring", "storytelling", "pricing", "Kubernetes",
           "UX research", "German", "Mandarin")
_PLACES = ("the station", "the office", "the park", "your office", "the old office", "the river",
           "the coworking space", "the hotel", "the venue", "the market")
_SCHOOL_HEAD = ("University of", "Technical University of", "Polytechnic of", "Business School of",
                "Institute of Technology,", "State University of")


def _link(rng: random.Random) -> str:
    chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-"
    style = rng.randrange(6)
    if style == 0:
        return "https://docs.google.com/document/d/1" + "".join(rng.choice(chars) for _ in range(25)) + "/edit"
    if style == 1:
        words = slugify(f"{rng.choice(_TOPIC_A)} {rng.choice(_NOUNS)} {rng.choice(_ADJ)}")
        return f"https://www.linkedin.com/pulse/{words}-{slugify(make_name(rng, 0.0)[2])}"
    if style == 2:
        return "https://youtu.be/" + "".join(rng.choice(chars) for _ in range(11))
    if style == 3:
        org = slugify(make_company(rng, suffix=False))
        return f"https://github.com/{org}/{slugify(rng.choice(_NOUNS))}"
    if style == 4:
        org = slugify(make_company(rng, suffix=False)).replace("-", "")
        return f"https://{org}.com/blog/{slugify(rng.choice(_TOPIC_A))}"
    return "https://drive.google.com/file/d/1" + "".join(rng.choice(chars) for _ in range(20)) + "/view"


def _time(rng: random.Random) -> str:
    day = rng.choice(_DAYS[:8])
    tod = rng.choice(_TIMES_OF_DAY)
    if tod in ("morning", "afternoon"):
        return f"{day} {tod}"
    return f"{day} {tod}"


class OneOffFills:
    """Fill values for one-off messages: a fresh value for every occurrence."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self, name: str) -> str:
        rng = self.rng
        if name == "PERSON":
            first, _, full = make_name(rng)
            return first if rng.random() < 0.7 else full
        if name == "OTHER_CO":
            return make_company(rng, suffix=rng.random() < 0.2)
        if name == "THING":
            return f"the {rng.choice(_ADJ)} {rng.choice(_NOUNS)}"
        if name == "TOPIC":
            return (rng.choice(_TOPIC_A) + " " + rng.choice(_TOPIC_B).replace("{INDUSTRY}", rng.choice(INDUSTRIES))).strip()
        if name == "EVENT_PAST" or name == "EVENT":
            return event_name(rng)
        if name == "WHEN_PAST":
            return rng.choice(_WHEN_PAST)
        if name == "TIME":
            return _time(rng)
        if name == "DAY":
            return rng.choice(_DAYS)
        if name == "LINK":
            return _link(rng)
        if name == "RESOURCE":
            return rng.choice(_RESOURCES)
        if name == "ROLE":
            return make_title(rng)
        if name == "NUM_SMALL":
            return str(rng.randint(2, 20))
        if name == "MILESTONE":
            return self._expand(rng.choice(_MILESTONES))
        if name == "PERSONAL":
            return rng.choice(_PERSONAL)
        if name == "FAVOR":
            return self._expand(rng.choice(_FAVORS))
        if name == "FOOD":
            return rng.choice(_FOOD)
        if name == "CITY_ANY":
            return rng.choice(CITIES)
        if name == "SKILL":
            return rng.choice(_SKILLS)
        if name == "PLACE":
            return rng.choice(_PLACES)
        if name == "INDUSTRY_ANY":
            return rng.choice(INDUSTRIES)
        if name == "SCHOOL":
            return f"{rng.choice(_SCHOOL_HEAD)} {rng.choice(CITIES)}"
        raise KeyError(f"unknown one-off fill [[{name}]]")

    def _expand(self, text: str) -> str:
        # values may themselves contain fills ("the intro to [[PERSON]]")
        while "[[" in text:
            start = text.index("[[")
            end = text.index("]]", start)
            text = text[:start] + self(text[start + 2:end]) + text[end + 2:]
        return text


_SCENARIO_WEIGHTS = tuple(s["weight"] for s in SCENARIOS)


class _CountingFills:
    """Wraps a fill callable and counts how many values it produced."""

    def __init__(self, fills: OneOffFills) -> None:
        self.fills = fills
        self.calls = 0

    def __call__(self, name: str) -> str:
        self.calls += 1
        return self.fills(name)


def compose_oneoff(rng: random.Random, slots: dict[str, str], *, short: bool) -> tuple[str, str]:
    """Compose one personal message; returns (text before sign-off and noise, scenario name).

    The text may contain ``{COMPANY}`` etc. only through ``slots`` (already filled here).
    """
    fills = OneOffFills(rng)
    if short:
        return render(parse(rng.choice(SHORT)), rng, slots, fills), "short"
    scenario = rng.choices(SCENARIOS, weights=_SCENARIO_WEIGHTS)[0]
    counting = _CountingFills(fills)
    sentences = [render(parse(rng.choice(scenario["open"])), rng, slots, counting)]
    # at least one body sentence, and keep adding until the message carries two fresh fills:
    # that is what keeps one-offs from being near-duplicates of each other
    n_body = rng.choices((1, 2, 3), weights=(5, 4, 1))[0]
    body = list(scenario["body"])
    rng.shuffle(body)
    for src in body:
        if len(sentences) > n_body and counting.calls >= 2:
            break
        sentences.append(render(parse(src), rng, slots, counting))
    if rng.random() < 0.35:
        phrase = rng.choice(COMMON_PHRASES)
        if rng.random() < 0.5:
            sentences.insert(0, phrase)
        else:
            sentences.append(phrase)
    if rng.random() < 0.3:
        sentences.append(rng.choice(CLOSES))
    sep = rng.choice((" ", " ", " ", "\n", "\n\n"))
    body = sep.join(sentences)
    if rng.random() < 0.7:
        greeting = render(parse(rng.choice(GREETINGS)), rng, slots)
        body = greeting + rng.choice((" ", "\n", "\n\n", "\n\n")) + body
    return body, scenario["name"]
