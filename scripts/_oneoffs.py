"""One-off personal messages for scripts/make_corpus.py (private module, standard library only).

A grammar of personal LinkedIn messages. A scenario (catching up, scheduling, a job question,
congratulations, an intro request, a reference check, a relocation, a farewell, ... 36 of them,
each with 3-8 openings and 6-14 body sentences) contributes an opening sentence and one or two
body sentences (more until the content holds two fresh fills); a message may also carry an
aside shared by all scenarios (a personal update, a reason for the slow reply, ...). Sentences
are densely spun (few fixed runs of more than three or four words) and hold open-class fills
drawn fresh for every occurrence (people, companies, topics, tools, books, dishes, trips,
metrics, opinions, advice ...), so that after masking two one-offs rarely share more than a few
word trigrams. The grammar alone does not guarantee it; make_corpus.py enforces it.

Around that content come the everyday phrases that real one-offs share with each other and with
campaign templates: a greeting (``GREETINGS``), "Hope you're well." and the like
(``COMMON_PHRASES``), a short close (``CLOSES``) and, added by make_corpus.py, a sign-off.
:func:`compose_parts` returns the content separately from the whole text so that the generator
can measure how similar one-offs are *without* those everyday phrases (make_corpus.py rejects
and redraws a one-off whose masked content is too close to an earlier one; see its docstring).

``SHORT`` holds the very short replies ("Thanks!", "Sounds good, talk soon"); those can
coincide exactly, as they do in real inboxes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from _pools import CITIES, INDUSTRIES, event_name, make_company, make_name, make_title, slugify
from _spintax import parse, render

GREETINGS = (
    "Hi {FIRST_NAME},", "Hey {FIRST_NAME}!", "{FIRST_NAME},", "Hi {FIRST_NAME}!", "Hello {FIRST_NAME},",
    "Hey!", "Hi!", "Hey {FIRST_NAME} —", "Dear {FIRST_NAME},", "Hiya {FIRST_NAME},",
    "Morning {FIRST_NAME}!", "Hi there,", "Hey {FIRST_NAME}", "Hello,", "{FIRST_NAME}!",
    "Good afternoon {FIRST_NAME},", "Hi {FIRST_NAME} 👋", "Hey hey,", "Hello {FULL_NAME},",
    "Good morning {FIRST_NAME},", "Hi again {FIRST_NAME},", "Yo {FIRST_NAME}!",
)

#: Everyday phrases shared between one-offs and campaign templates.
COMMON_PHRASES = (
    "Hope you're well.", "Hope you're doing well!", "Hope all is well.", "Thanks for connecting!",
    "Let me know if you have time for a quick call next week.", "Looking forward to hearing from you.",
    "Have a great weekend!", "Talk soon.", "Hope you had a good week.", "No rush at all.",
    "Let me know what you think.", "Thanks in advance!", "Happy Friday!",
    "Hope the week is treating you well.", "Thanks again!", "Speak soon.", "Hope you had a nice weekend.",
    "Hope this finds you well.", "Happy Monday!", "Thanks for your time.",
)

#: Short closes (everyday phrases too).
CLOSES = (
    "Let me know!", "Thoughts?", "Cheers!", "Thanks!", "Speak soon.", "Take care.",
    "Let me know if that works.", "Have a good one.", "No pressure either way.", "Catch you later!",
    "Hope that helps.", "Let me know what works.", "Appreciate it!", "Anyway, hope you're well!",
    "Talk soon!", "Thanks a lot.", "All good either way.", "Enjoy the rest of your week!",
)

#: Every everyday phrase that may surround a one-off's content (they are not part of it).
EVERYDAY = GREETINGS + COMMON_PHRASES + CLOSES

# Scenario sentences. Notation of scripts/_spintax.py: {a|b} spun, {COMPANY} etc. the recipient's
# fields, [[FILL]] a value drawn fresh for every occurrence (see OneOffFills). Body sentences of a
# scenario fit any of its openings, in any order. Sentences are spun densely (no long fixed runs)
# so that two messages using the same sentence still share few word trigrams.
SCENARIOS: tuple[dict, ...] = (
    {"name": "thanks_connect", "weight": 8, "open": (
        "{Thanks for accepting my invite|Great to be connected|Good to be connected here|Glad we're connected now}{, [[PERSON]] said good things.| — it's been a while since [[EVENT_PAST]].| after [[EVENT_PAST]]!| at last!}",
        "{Good|Nice|Great} to {finally|properly} {connect|link up} here after {all those emails|weeks of emails|a long thread} about [[THING]]{!|.}",
        "{So glad|Really glad|Happy} we {bumped into each other|got to chat|finally met} {at|during} [[EVENT_PAST]]{!|.| — the [[FOOD]] queue was the best part.}",
        "{Nice|Lovely|Great} meeting you {at|during} [[EVENT_PAST]]{, even if it was only for five minutes|, sorry I had to run off after [[SESSION]]|}.",
        "{Pretty sure|I think|If I remember right} we {sat at the same table|queued together for [[FOOD]]|shared a taxi|were both hiding from the rain} at [[EVENT_PAST]]{ — glad to connect properly|}.",
        "{You were|Weren't you} the one who {asked the question|pushed back} about [[TOPIC]] {at|during} [[SESSION]]{, right?|?}",
        "{Your name|You} came up {twice|three times|again} [[WHEN_PAST]] — {[[PERSON]]|someone on [[TEAM]]} {says|insists} I should know you.",
        "{Connecting|Reaching out} {here|on here} {since|because} [[PERSON]] {said|mentioned|told me} you {run|lead|own} [[TOPIC]] at {COMPANY}.",
    ), "body": (
        "{I really enjoyed|I loved|I keep thinking about} {our chat about|your take on|what you said about} [[TOPIC]]{ — still thinking about it|, especially the bit about [[METRIC]]|}.",
        "[[PERSON]] {mentioned|told me|swears} you {know a lot|know everything|have strong opinions} about [[TOPIC]]{, so I may pick your brain at some point|}.",
        "{We're|I'm} {in the middle of|knee-deep in|about to start} [[THING]] and {could use|would love} {a second opinion|an outside view|a sanity check} on [[ISSUE]].",
        "{Your|That} {post|write-up|thread} {about|on} [[THING]] was {spot on|really useful|painfully accurate}{; we shared it with [[TEAM]]|, it did the rounds on [[TEAM]]|}.",
        "{If you're ever in|Next time you're in|Whenever you pass through} [[CITY_ANY]], {I'll buy you [[FOOD]]|let me know and we'll try [[EATERY]]|ping me}.",
        "{You asked about|About|Re} [[TOOL]]: we {used it|ran it|tried it} for [[NUM_SMALL]] months {and then dropped it|and still like it|before switching}{, happy to share notes|}.",
        "The book I {kept talking about|mentioned|couldn't stop quoting} is [[BOOK]]{, worth it|, let me know what you think|}.",
        "{Did you ever|Did you} {track down|find} [[RESOURCE]] {you were after|for [[THING]]|in the end}?",
        "{I still think|I'd still argue|My view is still that} [[TOPIC]] [[OPINION]]{, but you've half convinced me otherwise| — fight me|}.",
        "{Would you|Could you} {share|send me} {the name of|a link to} {that|the} {vendor|agency|consultant} you {mentioned|liked} for [[TOPIC]]?",
        "{Also|And}, {sorry|apologies} for {hogging you|talking your ear off} about [[THING]]{ — occupational hazard|}.",
        "{Let's|We should} {keep in touch|compare notes} {once|after} [[THING]] {is live|wraps up|ships}.",
        "{I'm|We're} {based|now} in [[CITY_ANY]] {these days|since [[MONTH]]}{, in case you're ever around|}.",
        "{Loved|Enjoyed} {your|the} {story|anecdote} about [[ISSUE]]{ — still laughing|, very relatable}.",
    )},
    {"name": "congrats", "weight": 8, "open": (
        "{Congrats|Congratulations|Huge congrats|Many congratulations} on [[MILESTONE]]{!|!!| 🎉|, well deserved.|, so deserved!}",
        "{Just saw|Just heard|Only just heard} {the news about|about} [[MILESTONE]]{ — amazing|, so happy for you| via [[PERSON]]|}!",
        "{Wow,|Ha,|Whoa,} [[MILESTONE]]{! Congrats.|? That's brilliant.|! About time.}",
        "[[PERSON]] {just told me|mentioned} about [[MILESTONE]]{ — you kept that quiet|, fantastic news|}!",
        "{Your post|Seeing your post|The announcement} about [[MILESTONE]] {made my day|made my morning|was the best news this week}.",
        "{Look at you|Well, well}{ —|!} [[MILESTONE]] {and|plus} {a new profile photo|a new title}{ in the same month|}{!|.}",
        "{Raising|Sending} a {virtual toast|coffee toast|glass} {to you|your way} for [[MILESTONE]]{!|.}",
    ), "body": (
        "{They're lucky to have you|{COMPANY} is lucky to have you|You've earned it} after {everything you did on|the way you handled|how you rescued} [[THING]].",
        "{How's|How is} {the first week|the new team|life at {COMPANY}|the commute} {treating you|going}{ so far|}?",
        "{Let's celebrate|We should celebrate|This calls for a celebration} {with [[FOOD]]|when you're back from [[CITY_ANY]]|next time I'm in {CITY}|at [[EATERY]]}.",
        "{Say hi to|Give my best to|Hugs to} [[PERSON]] {and the rest of [[TEAM]]|for me|too}!",
        "I {remember|still remember} you {pitching|sketching|defending} [[THING]] {on a napkin|on a whiteboard|to a sceptical room} {[[WHEN_PAST]]|at [[EATERY]]}{ — look at you now|}.",
        "If you {need|want} {someone to sanity-check|a hand with|a second pair of eyes on} [[THING]] in the first {few months|hundred days}, {shout|you know where I am}.",
        "{Any|Is there any} chance you'll {keep doing|still have time for} [[HOBBY]] with the new {schedule|job}?",
        "{Honestly|Genuinely|Truly}, {couldn't think of|can't think of|there's nobody} {anyone better|better} for [[TOPIC]].",
        "{I hope|Hope} {they give you|you get} {proper|real} {budget|headcount|air cover} for [[TOPIC]]{ this time|}.",
        "{Still|I still} {use|quote|steal} your {line|rule} about [[ADVICE_ING]] {all the time|weekly}.",
        "Has [[PERSON]] {already|finally} bought you [[FOOD]] {for this|yet}?",
        "{I'd love to hear|Tell me} {how it happened|the story behind it|how you pulled it off} {over [[FOOD]]|some time|when things calm down}.",
    )},
    {"name": "followup", "weight": 8, "open": (
        "{Great|Really good|Lovely} {chatting|catching up|talking} [[WHEN_PAST]]{ about [[TOPIC]]|}{.|!}",
        "{Thanks for|Thank you for|Appreciate} {the call|your time|the chat} [[WHEN_PAST]]{ — super helpful|, it cleared up a lot about [[ISSUE]]|}.",
        "{Following up on|Circling back on|Picking up} {what we discussed|our chat|the thread} [[WHEN_PAST]] about [[THING]].",
        "{As promised|Like I said|As mentioned} [[WHEN_PAST]], {here's|sharing|attaching} [[RESOURCE]]: [[LINK]]",
        "{Some|A few} {notes|thoughts|follow-ups} {from|after} {our call|our coffee|the session} [[WHEN_PAST]] on [[TOPIC]].",
        "{Quick|Small} {update|follow-up} on [[THING]] {since|after} {we spoke|our chat} [[WHEN_PAST]].",
    ), "body": (
        "{I spoke with|I checked with|I caught} [[PERSON]] and {she|he|they} {can do|suggested|proposed} [[TIME]] for {the next step|a follow-up|the deep dive}.",
        "The {numbers for|draft of|first cut of} [[THING]] {should be ready|will be with you} by [[DAY]]{.| — sorry for the wait, [[REASON]].}",
        "{I'll|Let me} {loop in|introduce you to|cc} [[PERSON]] from [[OTHER_CO]], {who owns|who handles|who knows} [[TOPIC]] {there|inside out}.",
        "{Could you send me|Can you send|Would you mind sending} {the notes|the slides|your notes} from [[SESSION]] {when you get a chance|if you still have them}?",
        "{I've added|I left|I dropped} {a few comments|some questions|three questions} on [[METRIC]] {in the doc|in the sheet}{, no rush|}.",
        "On [[ISSUE]]: {I checked and|turns out|good news,} [[TEAM]] {already has a fix|can take it|is on it}.",
        "{You were right|You called it} about [[TOOL]]{ —|:} we {tried it|ran it} on [[THING]] and it {saved us a week|just worked|paid for itself}.",
        "{Happy to|I can|Glad to} {share|send|show you} how we {set up|ran|structured} [[THING]] if it helps with [[TOPIC]].",
        "{The|That} {bit|point} {you made|you raised} about [[ADVICE_ING]] {landed|went down well} with [[TEAM]].",
        "{One|A} {thing I forgot|question I forgot to ask}: {how do you|do you} {measure|report on} [[METRIC]]?",
        "If [[ISSUE]] {comes up again|flares up}, {[[PERSON]] is the one to call|our [[FIELD]] lead can help}.",
        "{We're|I'm} {aiming to|hoping to} {decide|wrap up} {by [[DAY]]|in [[MONTH]]}{, so no huge rush|}.",
    )},
    {"name": "scheduling", "weight": 8, "open": (
        "{Does|Would|Could} [[TIME]] work for {a call|a quick sync|[[FOOD]]|a catch-up}{ about [[THING]]|}?",
        "{I'm|I'll be} {free|around|in the office} [[TIME]] or [[TIME]]{ if either works|, whichever is easier|}.",
        "{Running|I'm running} [[NUM_SMALL]] minutes late{, sorry!|, [[REASON]].| — start without me.}",
        "{Can we|Could we|Any chance we could} {move|push|shift} {our call|[[FOOD]]|our catch-up} to [[TIME]]? [[REASON_CAP]].",
        "{Are we still on|Still on} for [[FOOD]] {at [[EATERY]]|near [[PLACE]]} on [[WEEKDAY]]?",
        "{Need to|Have to} {reschedule|cancel} {tomorrow|our chat}{, sorry| — really sorry}: [[REASON]].",
        "{What does your {week|calendar} look like|How does your {week|calendar} look} {for|around} [[WEEKDAY]]{? I'd love an hour on [[TOPIC]].|?}",
    ), "body": (
        "{Something came up|A fire started} with [[ISSUE]]{, sorry about that| — my bad|}.",
        "{I'll send|Sending|You'll get} {an invite|a calendar invite} {with a video link|for [[TIME]]|shortly}{ and a short agenda| and the doc on [[TOPIC]]|}.",
        "{The usual place|That café|The bench} {near|by} [[PLACE]] {works|is fine|suits me}{ for me|}.",
        "We can keep it {to|under} {20 minutes|half an hour} {if you're busy|if things get hectic|— promise}.",
        "{I'll bring|I might bring} [[PERSON]], {who's leading|who ran|who owns} [[THING]].",
        "{If the trains behave|If traffic in [[CITY_ANY]] is kind|If my flight lands on time}, {I'll be there early|I'll grab a table}.",
        "{Happy to do|We could also do} it {by phone|on video|on a walk} if {you're travelling|you're stuck at [[PLACE]]|that's easier}.",
        "{Mornings|Afternoons} are {better|easier} for me {this week|until [[DAY]]}{ because of [[PERSONAL]]|}.",
        "{I've|I have} {booked|grabbed} {a room|a table} {at [[EATERY]]|on the third floor}{, just in case|}.",
        "{Bring|Feel free to bring} [[PERSON]] {if [[THING]] is on the agenda|too|along}.",
        "{Let me know|Tell me} {if|whether} {that clashes with|that's too close to} [[SESSION]].",
    )},
    {"name": "job_question", "weight": 6, "open": (
        "{I noticed|I saw} {COMPANY} {is hiring for the [[ROLE]] role|has a [[ROLE]] opening} and {wanted to ask you about it|had a quick question|hoped you could tell me more}.",
        "{Hope it's ok to ask|Quick question|Hope you don't mind me asking}: what's it like {working at {COMPANY}|on [[TEAM]] there|under the new leadership}?",
        "{I'm|I've been} {thinking about|considering} {applying for [[FIELD]] roles|a move into [[FIELD]]} {after [[NUM_SMALL]] years in [[INDUSTRY_ANY]]|and [[PERSON]] pointed me to you}.",
        "{Saw|I saw} the [[ROLE]] {opening|ad} {on your careers page|you shared|on here}{ — is it still open?| — is the team remote-friendly?| and had to ask.}",
        "{[[PERSON]]|A friend} {says|tells me} {COMPANY} is {building out|growing} [[TEAM]]{ — true?|, is that right?}",
        "{Would you|Could you} tell me {a bit|honestly} {about how|what} [[TEAM]] {works|is like} {at {COMPANY}|there}{?| — thinking of applying.}",
    ), "body": (
        "I've been at [[OTHER_CO]] for [[NUM_SMALL]] years {working on [[TOPIC]]|leading [[THING]]|doing [[FIELD]]} and {feel ready for a change|want a bigger challenge}.",
        "{Would you be open to|Could I ask for|Any chance of} {a short chat|15 minutes|a coffee} about {how [[TEAM]] works|what they look for|the interview process}?",
        "[[PERSON]] {suggested|said|thought} I {reach out to you|should talk to you first|might ask you}.",
        "No {worries|pressure} {if you'd rather not|if it's not a good time|at all if you're swamped}{, I understand|}.",
        "{Most of my experience|My background} is in [[TOPIC]] and [[SKILL]]{, plus some [[TOOL]]|}.",
        "{Is it|Would it be} {a hybrid role|mostly remote}, or {would I need to be|is it} in {CITY} most weeks?",
        "{I'd be relocating|I'd move} from [[CITY_ANY]], so {timing|the start date} {matters a bit|is the tricky part}.",
        "{Do you know|Any idea} {who the hiring manager is|how big the team is|why the last person left}?",
        "What's the {culture|pace} {like|really like} {on|in} [[TEAM]]{ these days|}?",
        "{I'm|I am} {also|currently} {talking to|interviewing with} [[OTHER_CO]]{, so timing is a bit tight|}.",
        "Would {[[SKILL]]|[[TOOL]] experience} be a {must|dealbreaker} for them{, do you think|}?",
        "I've {already|just} applied{, so any tips for the interviews are welcome|}.",
        "{Also|And}, what's {the|your} {onboarding|first month} {like|usually like} for new joiners?",
    )},
    {"name": "advice", "weight": 5, "open": (
        "{I'm|I am} a {student|final-year student|recent graduate|master's student} {at|from} [[SCHOOL]] {interested in|looking into|drawn to} [[INDUSTRY_ANY]].",
        "{I'm|I am} {switching careers|moving} from [[INDUSTRY_ANY]] into [[FIELD]] and {really admire your path|would love your advice|you seem to have done the same}.",
        "I {read|just read|finally read} your {article|post|essay} on [[TOPIC]] and {had a question|it made me rethink [[THING]]|have to ask}.",
        "{Your talk|Your session|Your panel} {at|during} [[EVENT_PAST]] on [[TOPIC]] {stuck with me|changed my plans|is still on my mind}{ for weeks|}.",
        "{I'm|I've been} {stuck|going back and forth} on {a career decision|whether to move into [[FIELD]]} and {you came to mind|[[PERSON]] said to ask you}.",
    ), "body": (
        "{Which|What} {skills|resources|habits} {helped you most|mattered most} {for|with} [[SKILL]] {early on|in your first years}?",
        "{Would you have|Could you spare} {10 minutes|a few minutes|a short call} {for a quick chat|to answer two questions} {sometime|in [[MONTH]]}?",
        "{How did you|Did you} {get good at|learn} [[SKILL]]{ on the job|, or was it [[COURSE]]|}?",
        "{I've been|I'm} {teaching myself|learning} [[SKILL]] {on weekends|in the evenings} and {built|shipped} {a small project|a dashboard|a prototype} on [[TOPIC]].",
        "{Everyone|Half my network} {tells me|says} to [[ADVICE]] — {do you agree|is that right|was that true for you}?",
        "{I'm torn|I keep going back and forth} between [[COURSE]] and {just|simply} {shipping side projects|freelancing on [[TOPIC]]}.",
        "{Did you read|Was} [[BOOK]] {early on|useful}, or is it {overrated|a bit dated}?",
        "{My|The} {biggest|main} {worry|question} is {whether|if} [[INDUSTRY_ANY]] {still hires juniors|is a good bet} {right now|in [[CITY_ANY]]}.",
        "I'd {happily|gladly} {buy you [[FOOD]]|come to you} in exchange for {half an hour|your time}.",
        "{Any|What} {communities|newsletters|meetups} {would you join|do you rate} for [[TOPIC]]?",
        "{Do you think|Would you say} [[COURSE]] {is|would be} {worth it|a waste} {for|at} {my stage|this point}?",
        "What would you {do differently|focus on first} if you were {starting|starting out} {now|today}?",
    )},
    {"name": "intro_request", "weight": 5, "open": (
        "{Would you happen to|Do you} know anyone at [[OTHER_CO]] {who works on|on the} [[TOPIC]]{?| side?}",
        "{Could you introduce me|Would you mind introducing me|Would you be up for connecting me} to [[PERSON]] {at|from} [[OTHER_CO]]?",
        "{Random question|Slightly random one|Odd request}: {are you still in touch with|do you still talk to} [[PERSON]] from [[EVENT_PAST]]?",
        "{I'm trying|I've been trying} to {reach|find} someone {on|in} [[TEAM]] at [[OTHER_CO]] about [[THING]].",
        "{Saw|Noticed} you're connected to [[PERSON]] {at|over at} [[OTHER_CO]]{ — how well do you know them?|.}",
        "Does {anyone|someone} {on|in} your {network|team} {know|have} {experience with|a contact for} [[TOPIC]] {in|around} [[CITY_ANY]]?",
    ), "body": (
        "{We're|I'm} {exploring|looking at|knee-deep in} [[TOPIC]] and {they came up|I'd love an outside view|their name keeps coming up}.",
        "{Happy to send|I can write|I'll draft} {a short blurb|a forwardable email|three lines} {you can pass along|to make it easy}.",
        "{Totally understand|No problem at all} if {you'd rather not|it's awkward after [[ISSUE]]|you don't know them well}.",
        "{It's about|It concerns|Context is} [[THING]]{, nothing urgent|, happy to explain more over [[FOOD]]|}.",
        "{For context|Background}: [[TEAM]] {asked me to|wants to} {benchmark|rethink|fix} [[METRIC]].",
        "{In return|Happy to return the favour}: I know {a few people|folks} {at [[OTHER_CO]]|in [[CITY_ANY]]} if you {ever need anything|are hiring}.",
        "{A|Even a} {15-minute|short} call {would|could} save us {months|weeks} of {guessing|trial and error}.",
        "{I|We} {tried|emailed} {them|their team} {cold|directly} {twice|in [[MONTH]]} {with no luck|but heard nothing}.",
        "If it helps, {I|we} can {offer|share} {our|the} {data|learnings} on [[METRIC]] {in return|too}.",
        "{No|Zero} {rush|urgency}{ —|;} {sometime|anytime} {before|in} [[MONTH]] is {great|fine}.",
    )},
    {"name": "catch_up", "weight": 7, "open": (
        "{Long time no see|It's been ages|Long time|Where did the year go}! How are things {at {COMPANY}|in {CITY}|on your side}?",
        "{Was just|I was just} thinking about [[EVENT_PAST]] and {had to message you|laughed out loud|wondered how you are}.",
        "{How's|How is} {life in|everything in} {CITY}{?|? Still loving it?} {I miss|We miss|I still dream about} [[EATERY]].",
        "{Saw|Found|Someone posted} an old photo of us at [[EVENT_PAST]] {today|this morning}{ — what a time| — we look so young|}.",
        "[[PERSON]] and I {had [[FOOD]]|met up|bumped into each other} [[WHEN_PAST]] and your name came up{!|.}",
        "{Just|Only just} {realised|noticed} it's been {a year|two years|forever} since [[TRIP]]{ together|} — {how are you?|we need a reunion.}",
    ), "body": (
        "{How's|How is} [[PERSONAL]] {going|coming along}{?| these days?}",
        "{Are you still|Still} {working on|busy with} [[THING]]{, or did that wrap up|}?",
        "{We should|Let's|We must} {grab|get} [[FOOD]] {soon|next time you're in [[CITY_ANY]]|when things calm down}.",
        "{Things here are|Life here is} {busy|hectic|good} — [[PERSONAL]] is taking {all my time|most evenings}.",
        "I {finally|recently} {took up|got back into} [[HOBBY]]{, you'd laugh|, thanks to you|}.",
        "We {went to|finally did} [[TRIP]] [[WHEN_PAST]] and {loved it|it rained the whole time|want to go back}.",
        "{Are you still|Still} listening to [[PODCAST]]? I {just started it|caught up|gave up}.",
        "[[PERSON]] {says hi|sends love} and {wants|asked} to know when you're {visiting|back in [[CITY_ANY]]}.",
        "{Work|The job} is {fine|ok|intense} — {mostly|lots of} [[TOPIC]] {and|plus} {too many meetings|a new boss}.",
        "Do you still have [[PET]]? {Ours|Mine} {just turned|is now} [[NUM_SMALL]]{!|.}",
        "{Remember|You'll remember} [[EATERY]]? {It's now|They turned it into} {a bank|a phone shop|a gym}{, tragic|}.",
        "{Send|Share} {news|photos} {of|from} [[TRIP]]{ please|}!",
    )},
    {"name": "referral", "weight": 4, "open": (
        "{I'd like to|Can I|May I} {introduce you to|connect you with} [[PERSON]]{ —|?} {They're brilliant at|They're deep into|They know more than anyone about} [[TOPIC]].",
        "{My old teammate|A former colleague of mine|Someone I used to manage}, [[PERSON]], {just left|is leaving} [[OTHER_CO]] and {I thought of your [[ROLE]] search|you came to mind}.",
        "You mentioned {hiring for|struggling to fill} the [[ROLE]] role{ —| —} {I might have someone|have you met [[PERSON]]}?",
        "[[PERSON]] {built|ran|rescued} [[THING]] {with me|on my team} at [[OTHER_CO]] and is {now looking around|quietly looking}.",
        "{Are you|Is {COMPANY}} still {looking for|hiring} {someone|people} {for|in} [[FIELD]]? {I know someone great.|I have a name for you.}",
        "{One of|A} {the best|the sharpest} [[FIELD]] people I know, [[PERSON]], {is open to|is exploring} {new roles|a move} {in|around} {CITY}.",
    ), "body": (
        "{We worked together|We sat next to each other} for [[NUM_SMALL]] years{ and I'd vouch for them|, really strong on [[SKILL]]|}.",
        "{Would you be open to|Could you spare time for} a {quick chat|coffee|call} with {them|[[PERSON]]} {next week|in [[MONTH]]}?",
        "{I'll forward their CV|Their portfolio is at [[LINK]]|Their profile says it all}{ if helpful| if you're interested|}.",
        "They'd {prefer|like} {CITY} or remote{, and could start after [[MONTH]]|}.",
        "{Honestly|Frankly}, they turned [[METRIC]] around {in a quarter|single-handedly} at [[OTHER_CO]].",
        "No pressure {at all|either way} — {just|only} thought the fit with [[TEAM]] {looked|seemed} {good|obvious}.",
        "{They're|They are} {calm|brilliant|unflappable} {under pressure|with clients} and {great|very good} at [[SKILL]].",
        "{I've|I have} {told them|warned them} about {your interview loop|[[ISSUE]]}{, so no surprises|}.",
        "{They|[[PERSON]]} {led|ran} [[THING]] {end to end|from scratch} {and|—} {shipped|delivered} it {early|under budget}.",
        "{Salary|Compensation} {expectations|wise}, {they're|they seem} {realistic|flexible}{ — happy to share more|}.",
    )},
    {"name": "sharing", "weight": 5, "open": (
        "{Saw this|Came across this|Found this} {about|on} [[TOPIC]] and {thought of you|immediately thought of you}: [[LINK]]",
        "{Given|With} your work on [[TOPIC]], {you might like|this might be useful|you'll enjoy this}: [[LINK]]",
        "{Did you see|Have you seen} {the piece|the news|the thread} about [[OTHER_CO]] and [[TOPIC]]?",
        "{This episode of|The latest} [[PODCAST]] {is basically|sounds exactly like} {your|our} argument about [[TOPIC]].",
        "{Not sure if|Don't know if} you've {seen|read} this {yet|already}, but {it's|it feels} {very|so} {you|on point}: [[LINK]]",
        "{Thought|Figured} {you'd|you would} {appreciate|enjoy} {this|the attached} {chart|graph} on [[METRIC]]{ — it's bleak|, surprising stuff}: [[LINK]]",
    ), "body": (
        "The {part|section|chart} on [[METRIC]] {reminded me of|is basically} [[THING]].",
        "{Curious what you think|Would love your take}{, especially given [[ISSUE]]|, since you lived through [[THING]]|}.",
        "[[PERSON]] {sent it to me|shared it} [[WHEN_PAST]] and I {can't stop thinking about it|disagree with half of it}.",
        "{I think|I reckon} [[TOPIC]] [[OPINION]], but {their|the} data on [[METRIC]] is {interesting|surprising}.",
        "{Could be|Might be} worth {sharing|circulating} with [[TEAM]] before [[THING]].",
        "{The comments are|The thread underneath is|The replies are} {wild|better than the post|a goldmine}.",
        "{Skip|Ignore} the {first half|intro}; {the good bit|the meat} {starts|is} {around the middle|near the end}.",
        "{Feels like|Sounds like} {exactly|precisely} what {we|you} {went through|saw} with [[TOOL]].",
        "{Someone|[[PERSON]]} {should|must} {write|do} {a|the} {follow-up|sequel} {on|about} [[ISSUE]]{ — you?|.}",
        "{Bookmarking|Saving} {it|this} for {when we discuss|our debate about} [[THING]].",
    )},
    {"name": "thanks", "weight": 5, "open": (
        "{Thanks again for|Thank you so much for|Just wanted to say thanks for} [[FAVOR]]{.|!| 🙏}",
        "{Really appreciated|I really appreciated|So grateful for} [[FAVOR]]{ — it helped more than you know|}.",
        "{Quick thank you|A belated thank you|A proper thank you} for [[FAVOR]]{; [[REASON]], sorry for the delay|}.",
        "{You|You honestly} {saved|rescued} {my week|me} with [[FAVOR]]{.|!}",
        "{Can't|Cannot} thank you enough for [[FAVOR]]{ — seriously|}.",
    ), "body": (
        "It made {a real|a huge|all the} difference {for|with} [[THING]].",
        "{Let me know|Tell me} {if I can ever return the favour|how I can help with [[TOPIC]]}.",
        "I owe you [[FOOD]]{ — how about [[EATERY]]?|, name the place.}",
        "[[PERSON]] was {great|super helpful} too{, please pass on my thanks|}.",
        "{Thanks to you|Because of your advice}, we {finally shipped|got sign-off on} [[THING]] [[WHEN_PAST]].",
        "{I've already|I already} {mentioned you to|passed your name to} [[PERSON]] at [[OTHER_CO]].",
        "{The|Your} {tip|advice} about [[ADVICE_ING]] {was gold|saved us|is now on our wall}.",
        "{If you ever|Whenever you} need {anything|a hand} with [[SKILL]], {I'm your person|just ask}.",
        "{We|I} {told|showed} [[TEAM]] {your|the} {idea|suggestion} and {they loved it|it's now the plan}.",
        "The next {round|coffee} is {on me|my shout}{, no arguments|}.",
    )},
    {"name": "event_logistics", "weight": 4, "open": (
        "{Are you going to|Will you be at|Any chance you're at} [[EVENT]] {next week|this month|in [[CITY_ANY]]}?",
        "{I'm|We're} {speaking|presenting} at [[EVENT]] {on [[WEEKDAY]]|in [[MONTH]]} about [[TOPIC]]{ — would love to see you there|}.",
        "{Which|What} {hotel|part of town} are you {staying in|at} for [[EVENT]]?",
        "{Finally|Just} {booked|got} {my|our} {tickets|flights} for [[EVENT]]{ — see you there?|!}",
        "Is {your team|anyone from [[TEAM]]} {coming|going} {to|down to} [[EVENT]]{ this year|}?",
    ), "body": (
        "{Let's|We should} {meet up|grab [[FOOD]]} {between sessions|after [[SESSION]]} on [[WEEKDAY]].",
        "I have a spare {ticket|pass} {if you want it|if anyone on [[TEAM]] wants it}.",
        "The {session|panel} on [[TOPIC]] {looks good|should be interesting}{, apparently [[PERSON]] is moderating|}.",
        "{I'm|We're} staying near [[PLACE]], so [[EATERY]] would be {easy|close}.",
        "{Last year|At the last one} the wifi {died|gave up} during [[SESSION]]{, so bring slides on a stick|}.",
        "{Are you|Is {COMPANY}} {sponsoring|exhibiting} {this year|again}?",
        "{I'll|We'll} be {the one|the ones} {in the ugly jumper|with the [[OTHER_CO]] tote bag|near the coffee}.",
        "{The|That} {after-party|dinner} {is|will be} at [[EATERY]]{, apparently|, I think}.",
        "{I'm|We're} {flying in|arriving} on [[WEEKDAY]] {and|but} {leaving|out} {early|before [[SESSION]]}.",
        "{Let's|We could} {share|split} {a taxi|an Uber} {from|to} [[PLACE]]{ if you're nearby|}.",
    )},
    {"name": "work_ask", "weight": 6, "open": (
        "{Quick one|Quick question|Small favour}: {do you have|could you send me} the latest version of [[RESOURCE]] for [[THING]]?",
        "{Could you|Can you|Would you} {take a look at|review|skim} [[THING]] {before [[DAY]]|when you get a chance|by end of week}?",
        "{Sorry to bother you|Sorry for the ping|Apologies for chasing}, {was|has} [[THING]] {been signed off|approved} {yet|already}?",
        "{Do you remember|Any idea} who {set up|owns|pays for} [[TOOL]] for [[TEAM]]?",
        "{Where did we land|What did we decide} on [[ISSUE]]{ in the end|}?",
        "{Heads-up|FYI}: [[PERSON]] {is asking for|wants} [[RESOURCE]]{ — do you have it?| — is it in [[TOOL]]?}",
    ), "body": (
        "{Finance|Legal|[[PERSON]]} {is asking|needs it|keeps chasing} {for the board pack|before [[DAY]]|for the audit}.",
        "{Happy to|I can} walk you through {it|the changes to [[METRIC]]} if that's easier.",
        "The {deadline|timeline} moved to [[TIME]]{, unfortunately|, because [[REASON]]}.",
        "{Just let me know|Let me know|Shout} if you need more context on [[TOPIC]].",
        "The open question is {mostly|really} [[ISSUE]]{, the rest is done|}.",
        "{I put|I've put} a draft {at|in} [[LINK]]{, comments welcome|}.",
        "{Sections|Pages} [[NUM_SMALL]] onwards are {the ones that matter|what [[TEAM]] cares about}.",
        "{No|Zero} {stress|pressure} if {it's|this is} {a bad week|a busy time} — {I can|we'll} {push|adjust}.",
        "{I've|I have} {tagged|assigned} you {in|on} [[TOOL]]{, hope that's ok|}.",
        "{If it helps|For context}, [[TEAM]] {only|just} {needs|cares about} the {summary|numbers on [[METRIC]]}.",
    )},
    {"name": "reply", "weight": 6, "open": (
        "{Sounds good|Works for me|Perfect} — see you [[TIME]]{ at [[PLACE]]|}.",
        "{Thanks|Thank you} for {getting back to me|the quick reply|the update} about [[THING]]{!|.}",
        "{Sorry for the slow reply|Apologies for the delay|Sorry, just seeing this} — [[REASON]].",
        "{Ha, yes|Haha, yes|Oh yes}, I {remember|do remember} [[EVENT_PAST]]{ — how could I forget|}!",
        "{Good question|Fair question} about [[TOPIC]]{ —|;} {short answer: it depends|honestly, I'm not sure}.",
        "{Yes!|Absolutely!|Of course!} {Count me in|I'm in} for [[THING]]{ — thanks for asking|}.",
    ), "body": (
        "{I'll|Will} {send over|bring} [[RESOURCE]] {beforehand|ahead of time}.",
        "{Yes,|Yep,} {happy to|glad to} {help with|take a look at} [[THING]].",
        "{Let's|We can} pick this up {over email|on the call} {if that's easier|next week}.",
        "I'll {check with|ask} [[PERSON]] and {get back to you|let you know} by [[DAY]].",
        "{On your question|To your question} about [[TOOL]]: we {use it|dropped it} for [[TOPIC]].",
        "{And yes|Also yes}, [[EATERY]] is still {open|as good as ever}.",
        "{The longer|A longer} answer {involves|needs} [[FOOD]] and {a whiteboard|a napkin}.",
        "{What|Which} {worked|helped} for us was [[ADVICE_ING]]{, for what it's worth|}.",
        "{Re|About} [[ISSUE]]: {I|we} {haven't|have not} {heard|seen} {anything|much} {yet|since [[WEEKDAY]]}.",
        "{Will|I'll} {forward|send} {it|this} to [[PERSON]] {too|as well}{, they'll want to see it|}.",
    )},
    {"name": "recommendation_request", "weight": 4, "open": (
        "{Would you|Might you} {be willing to|feel comfortable to} {write me a short recommendation|be a reference} for my [[ROLE]] application?",
        "{I'm applying|I've applied} to [[OTHER_CO]] and they {asked for|want} {someone who saw|a reference from} my work on [[THING]].",
        "{Could I|Can I} {list you as|put you down as} a reference{? The role is [[ROLE]] at [[OTHER_CO]].| for the [[ROLE]] job at [[OTHER_CO]]?}",
        "{Big|Slightly awkward} ask: {would you|could you} {endorse|vouch for} my [[SKILL]] {for|on} {a job application|an application at [[OTHER_CO]]}?",
        "{Would you mind being|Could I ask you to be} {one of my references|a reference} {again|this time}? {It's|The role is} [[FIELD]] at [[OTHER_CO]].",
        "{I'm in the final round|Final round} at [[OTHER_CO]]{!|.} {They want|They'd like} {two references|a reference} by [[DAY]] — {could you be one?|would you?}",
    ), "body": (
        "It would {mostly|probably} be {a 15-minute call|a short email} with {someone from [[TEAM]]|their hiring manager}.",
        "{Happy to send|I can send} {a few bullet points|a reminder} of what we did on [[THING]].",
        "They {care about|asked about} [[SKILL]] and how I handled [[ISSUE]].",
        "{Totally fine|Completely fine} to say no{, I know [[MONTH]] is busy for you|}.",
        "{The|Their} deadline is [[DAY]]{, sorry for the short notice|}.",
        "{If|In case} it helps, {the role|the team} {is|sits} {in|under} [[TEAM]] {and focuses on|with a focus on} [[TOPIC]].",
        "{Whatever happens|Either way}, {thanks|thank you} for {always backing me|being in my corner}.",
        "{You|You're} {the one who|the person who} {saw me|watched me} {handle|survive} [[ISSUE]], {so|which is why} {you'd be ideal|I thought of you}.",
        "{I'll|Happy to} {prep|brief} you with {the job ad|what they're looking for} {beforehand|in advance}{, of course|}.",
        "If {you're too busy|it's not a good time}, [[PERSON]] {could|might} {step in|cover} {instead|too}.",
        "{Fingers crossed|Wish me luck} — {it's|this is} {the one I really want|my dream team}{!|.}",
    )},
    {"name": "reference_check", "weight": 3, "open": (
        "[[PERSON]] {listed|gave} you as a reference for {our|the} [[ROLE]] {opening|role} {on my team|here|we're filling}.",
        "{I understand|I hear} you worked with [[PERSON]] at [[OTHER_CO]]{ — could I ask you a couple of questions?|?}",
        "{I'm|We're} {close to|about to} {hiring|making an offer to} [[PERSON]]{ and your name came up| for [[FIELD]]}.",
        "{Hoping|Hope} you can {help|spare a minute} — {we're|I'm} {considering|looking at} [[PERSON]] for {our|the} [[FIELD]] {lead role|opening}.",
        "{Quick|Confidential} {reference|question} about [[PERSON]], who {I think|I believe} you managed {at|during} [[OTHER_CO]].",
    ), "body": (
        "{How|What} was {their|[[PERSON]]'s} {work on|approach to} [[TOPIC]] {like|in practice}?",
        "Would you {hire them again|work with them again} for [[THING]]?",
        "{Ten minutes|A short call} {on the phone|on video} [[TIME]] would be {plenty|enough}.",
        "{Anything you say|Everything} stays between us and {the hiring panel|[[TEAM]]}.",
        "We're deciding by [[DAY]]{, so sooner is better|}.",
        "{In particular|Mostly}, {I'm curious|I want to understand} {how they handle|how they dealt with} [[ISSUE]].",
        "{They|[[PERSON]]} spoke {very|really} {highly|warmly} of {you|your time at [[OTHER_CO]]}.",
        "{What|Which} {kind of|sort of} {manager|environment} brings out the best in them?",
        "Were there {any|ever any} {concerns|issues} around [[SKILL]]{ that we should know about|}?",
        "{Happy to|I can} {send|share} the {questions|job spec} {first|ahead of time} if {you prefer|that helps}.",
        "{They|[[PERSON]]} {mentioned|told us about} [[THING]] {as their|being their} {proudest|biggest} {project|win}{ — is that fair?|.}",
    )},
    {"name": "support", "weight": 4, "open": (
        "{Sorry to hear|I just heard} about {the layoffs|the restructuring|the cuts} at {COMPANY}{ — thinking of you|}.",
        "[[PERSON]] {told me|mentioned} {you're on leave|you've been unwell}{, I hope you're ok|} — no need to reply.",
        "{Saw your post|I read your update} about {moving on from|leaving} {COMPANY}{, sending good vibes|}.",
        "{Rough|Tough} {week|month} {from the sound of it|by the look of your post}{ — hang in there|}.",
        "{Thinking of you|Sending strength} {this week|today}{ —| after} [[PERSON]] {mentioned|told me} {things are rough|about [[ISSUE]]}.",
        "{Heard|Just heard} {the|your} {role|team} {was cut|got reorganised} {at|over at} {COMPANY}{ — that's rubbish|, I'm sorry}.",
    ), "body": (
        "If you need {a sounding board|someone to look over your CV}, {I'm around|I'm free} {on [[WEEKDAY]]|all week}.",
        "[[OTHER_CO]] is hiring {for|on} [[TEAM]]; {happy to|I can} {introduce you|put in a word}.",
        "{Your|The} work on [[THING]] {speaks for itself|was genuinely impressive}.",
        "{Take|Take all} the time you need{, and maybe [[TRIP]] in between|}.",
        "{Let me buy you|Can I buy you} [[FOOD]] {when you feel like it|sometime in [[MONTH]]}?",
        "{I went through|Been through} {the same|something similar} {at [[OTHER_CO]]|a few years ago}{ and it worked out|}.",
        "{Happy to|I can} {share|send} {my|a} list of {recruiters|people} {who are good on|who know} [[FIELD]].",
        "{Honestly|Frankly}, {they|{COMPANY}} {lost|are losing} {someone great|a great [[FIELD]] person}.",
        "{No need to|Don't feel you have to} {reply|answer}{, just wanted you to know|} — {I'm|we're} {here|around}.",
        "{Whenever|If ever} you want to {talk|vent}, {[[FOOD]] is on me|I'm a call away}.",
        "{I know of|We know of} {an opening|a few openings} at [[OTHER_CO]] {in|for} [[FIELD]]{, if useful|}.",
    )},
    {"name": "farewell", "weight": 3, "open": (
        "{Today is|Friday is} my last day at {COMPANY}{ after [[NUM_SMALL]] years|} and I wanted to say thanks.",
        "{I'm leaving|I've decided to leave} [[OTHER_CO]] {at the end of [[MONTH]]|next week} to {join|help build} [[OTHER_CO]].",
        "{Some|Personal} news: {I'm|we're} {moving on|off} {to|into} [[FIELD]] {after|following} [[THING]].",
        "{After|It's been} [[NUM_SMALL]] {great|wonderful} years{,| —} {I'm|I am} {off to|heading to} [[OTHER_CO]]{!|.}",
    ), "body": (
        "{Working with you on|Your help with} [[THING]] was {a highlight|one of the best parts}.",
        "I'll be {doing|focusing on} [[TOPIC]] at [[OTHER_CO]] from [[MONTH]].",
        "{My personal email|My number} is on my profile{, let's keep in touch|}.",
        "{[[PERSON]] takes over|[[PERSON]] will own} [[THING]]{, so ping them from now on|}.",
        "{Drinks are|We're doing farewell drinks} at [[EATERY]] on [[WEEKDAY]] if you can make it.",
        "{I'll miss|Going to miss} {our|the} {Friday chats|arguments about [[TOPIC]]|lunches at [[EATERY]]}.",
        "{Before I go|One last thing}: {the|my} notes on [[ISSUE]] are in [[TOOL]].",
        "{Let's|We must} {do|have} [[FOOD]] {before I go|in my last week|once I've settled in}.",
        "{Thank you|Thanks} for {backing|supporting} {me|us} {on|through} [[ISSUE]]{ — I won't forget it|}.",
        "{The|My} {new|next} {role|gig} {is|will be} {mostly|all about} [[TOPIC]]{, wish me luck|}.",
    )},
    {"name": "talk_feedback", "weight": 4, "open": (
        "{Really enjoyed|Loved} your {talk|keynote|panel} at [[EVENT_PAST]] on [[TOPIC]].",
        "{Your slide|The slide} about [[METRIC]] at [[EVENT_PAST]] {got a laugh|started a debate} {on|with} [[TEAM]].",
        "{Caught|Watched} the recording of your [[EVENT]] talk{ on the train|} — {great|thoughtful} stuff.",
        "{Still|I'm still} {chewing on|thinking about} your {talk|answer} {at|from} [[EVENT_PAST]]{ days later|}.",
        "{Just|I just} {watched|listened to} your {podcast appearance|interview} on [[PODCAST]]{ — great|, really good} {stuff|episode}.",
    ), "body": (
        "The point about [[ADVICE_ING]] {stuck with me|is exactly our problem}.",
        "{Would you|Could you} share {the slides|the deck}{? [[PERSON]] missed it|}?",
        "{One question|I had one question} I didn't get to ask: how do you handle [[ISSUE]]?",
        "We tried something similar with [[TOOL]] and {it flopped|it kind of worked}.",
        "I {disagree|differ} a little on [[TOPIC]] — {happy to explain|I'll buy you [[FOOD]] and argue}.",
        "{The|Your} {example|story} about [[OTHER_CO]] {was brilliant|is going in my next deck}.",
        "{Are you|Will you be} {giving it again|speaking again} {at|in} [[CITY_ANY]]{ soon|}?",
        "{Do you have|Is there} {a|any} {write-up|blog version} {of|for} {it|the talk}{ I could share with [[TEAM]]|}?",
        "{The|Your} {Q&A|panel} {bit|section} on [[ISSUE]] was {the most honest part of the day|refreshingly honest}.",
        "{Are you|Would you be} {up for|open to} {doing a version|repeating it} {for|with} [[TEAM]] {internally|at {COMPANY}|in [[MONTH]]}?",
    )},
    {"name": "freelance", "weight": 4, "open": (
        "Are you still {doing freelance|taking on} [[SKILL]] work{ on the side|}?",
        "{A friend|[[PERSON]]} {is looking for|needs} someone for [[SKILL]] on [[THING]] and I thought of you.",
        "{Do you have|Would you have} capacity in [[MONTH]] for a small [[SKILL]] project?",
        "{Are you|Is your studio} {booked up|busy} {until|through} [[MONTH]], or {is there room for|could you squeeze in} {a small|one more} [[SKILL]] {gig|job}?",
        "{Know|Do you know} {anyone|a freelancer} {good at|strong in} [[SKILL]] who {could|might} {help|jump in} {on|with} [[THING]]?",
        "{We|I} {need|could use} {a hand|help} {with|on} [[THING]] {for a few weeks|until [[MONTH]]} — {are you available?|interested?}",
    ), "body": (
        "{It's|The job is} roughly [[NUM_SMALL]] days of work{, mostly remote|, partly in [[CITY_ANY]]}.",
        "{The budget|Budget} is {flexible|ok} and {they|we} pay within {two weeks|the month}.",
        "They liked what you did for [[OTHER_CO]]{ on [[THING]]|}.",
        "{Happy to|I can} {intro you|make an intro} if {you're interested|it sounds fun}.",
        "{It's|The stack is} mostly [[TOOL]] and {a lot of|some} [[TOPIC]].",
        "{Deadline|Launch} is {loosely|roughly} [[DAY]], {but|though} {they're|it's} flexible.",
        "{It|The work} {would|could} {start|kick off} {as soon as|around} [[DAY]]{ if you're free|}.",
        "{You'd|You would} {work|report} {directly|mostly} with [[PERSON]] {on|from} [[TEAM]].",
        "{Scope|The brief} is {small|tight} {but|and} {could grow|might turn into more} {if|once} [[THING]] {takes off|goes well}.",
        "{Send|Share} {me|over} {your|a} {day rate|rough quote} {when you can|if you're keen}.",
    )},
    {"name": "relocation", "weight": 4, "open": (
        "{I'm|We're} moving to {{CITY}|[[CITY_ANY]]} in [[MONTH]]{, finally|}, and {you're the only person I know there|I remembered you're there}.",
        "{Any|Do you have any} tips for {settling in|finding a flat} in [[CITY_ANY]]?",
        "Guess who's {relocating|moving} to [[CITY_ANY]] {for work|for a new job|to be closer to family}?",
        "{We|I} {signed|just signed} a {lease|contract} in [[CITY_ANY]]{ — eek!|!} {Starting|Arriving} in [[MONTH]].",
        "{Big|Some} news: {we're|I'm} {swapping|leaving} [[CITY_ANY]] for {{CITY}|[[CITY_ANY]]} in [[MONTH]]{!|.}",
        "{Any|Know any} {good|reliable} {estate agents|movers|relocation people} in [[CITY_ANY]]{? Asking for me.|?}",
    ), "body": (
        "Which {neighbourhoods|areas} would you {recommend|avoid} near [[PLACE]]?",
        "{Is|How's} the {tech|[[INDUSTRY_ANY]]} scene there{ these days|}?",
        "We're bringing [[PET]]{, so anything near a park helps|}.",
        "Would love [[FOOD]] once we've unpacked{ — is [[EATERY]] still good?|.}",
        "Any {good|decent} {gym|climbing wall|running club} you'd recommend{ near [[PLACE]]|}?",
        "{Work|The job} is {mostly remote|hybrid}, so {I'm flexible on the area|anything near [[PLACE]] works}.",
        "{Schools|Nurseries} are {the big question|our main worry} {for|with} {the kids|the little one}.",
        "{Did you need|Do you need} {a local bank account|residency paperwork} before {renting|signing a lease}?",
        "{Fancy|Up for} [[FOOD]] {in our first week|once we land}{? I'll need a local guide.|?}",
        "{The|My} {company|new team} {is|sits} {near|by} [[PLACE]]{, so anything on that side works|}.",
    )},
    {"name": "media_swap", "weight": 4, "open": (
        "{Finally finished|Just finished} [[BOOK]] {you recommended|on your advice}{ — loved it|}.",
        "{Any|Got any} {book|podcast} recommendations on [[TOPIC]]?",
        "{Have you read|Did you get to} [[BOOK]] yet?",
        "{Halfway through|Just started} [[BOOK]] {and|—} {I see why you raved|not sure yet}.",
        "{Your|That} {recommendation|tip}, [[BOOK]], {kept|has kept} me {up|awake} {all week|at night}{ — thanks a lot!|.}",
    ), "body": (
        "The {chapter|bit} on [[METRIC]] {changed how I think about|is so relevant to} [[THING]].",
        "{In return|My turn}: try [[MEDIA]], especially if you're into [[TOPIC]].",
        "I'm {reading|listening to} it with [[PERSON]]{ as a sort of book club|}.",
        "{We should|Let's} {discuss|argue about} it over [[FOOD]].",
        "I think [[TOPIC]] [[OPINION]] and {the author|the host} {agrees|mostly agrees}.",
        "{The|That} {ending|last chapter} {was|felt} {rushed|perfect}{, though|}.",
        "{Lending|Happy to lend} {it|my copy} to [[PERSON]] {next|after}{, unless you want it first|}.",
        "{Any|What} {other|similar} {books|titles} {on|about} [[TOPIC]] {would you|do you} {recommend|rate}?",
        "I've {highlighted|underlined} {half|most} of {chapter [[NUM_SMALL]]|the middle part}.",
        "{Also|And}, [[PODCAST]] {did|had} {an|a great} episode {on|about} [[TOPIC]] {recently|last week}.",
    )},
    {"name": "wishes", "weight": 3, "open": (
        "{Happy birthday|Happy belated birthday}{!|, hope you're celebrating properly!} 🎂",
        "{Happy holidays|Season's greetings|Happy new year} to you and {the family|[[PET]]}!",
        "{Good luck|Best of luck} with {the big presentation|the interview|the pitch|the move|[[SPORT_EVENT]]} {tomorrow|this week}!",
        "{Happy|Congrats on your} {first|fifth|tenth} {anniversary|year} at {COMPANY}{!|, time flies!}",
        "{Wishing you|Sending you} {a|the} {lovely|great|restful} {break|holiday|summer} {and|—} {see you|talk} {in|after} [[MONTH]]!",
        "{Happy|Have a wonderful} {Diwali|Eid|Lunar New Year|Hanukkah|Christmas|Thanksgiving}{ to you and yours|, [[PERSON]] and I are thinking of you}!",
    ), "body": (
        "{Hope you're doing something fun, maybe [[TRIP]] round two?|Hope you get some time for [[HOBBY]] today.}",
        "{This year|The year} has been {wild|a lot} with [[THING]], {so|but} let's catch up in [[MONTH]].",
        "[[PERSON]] and I {raised a glass|toasted you} [[WHEN_PAST]]{!|.}",
        "{Say hi|Love} to [[PERSON]]{ and the kids|}.",
        "{Still|I still} owe you [[FOOD]] from [[EVENT_PAST]].",
        "{May the next year bring|Here's to a year with} {fewer meetings|less firefighting} and {more [[HOBBY]]|more [[FOOD]]}.",
        "{Enjoy|Savour} {the|some} {time off|downtime|quiet}{ — you've earned it after [[THING]]|}.",
        "{Any|Big} {plans|trips} {for|over} the {break|holidays}? {We're|I'm} {off to|doing} [[TRIP]].",
        "{Eat|Have} {too much|plenty of} {cake|good food|pudding} {for|on behalf of} {me|all of us}!",
        "{Let's|We should} {start|kick off} {the|next} year with [[FOOD]] {at [[EATERY]]|in {CITY}}.",
    )},
    {"name": "mentoring", "weight": 4, "open": (
        "{Checking in|Quick check-in} after our last session — {how did|how'd} [[ISSUE]] turn out?",
        "I took your advice to [[ADVICE]]{, and it worked|, and it went ok}.",
        "{Ahead of|Before} our {next chat|next session}, {a quick update|some news} on [[THING]].",
        "{Small|Tiny} {win|victory} {to report|to share}: [[THING]] {shipped|got approved} [[WHEN_PAST]]!",
        "{Could|Can} we {move|shift} our {monthly|regular} {chat|session} {to|this month to} [[TIME]]{? [[REASON_CAP]].|?}",
    ), "body": (
        "{My manager|[[PERSON]]} {agreed|signed off} on [[THING]] [[WHEN_PAST]].",
        "{I'm still stuck on|Still wrestling with} [[SKILL]] and whether to [[ADVICE]].",
        "{Could we|Can we} {spend|use} part of the session on [[TOPIC]]?",
        "{I read|I got through} [[BOOK]] like you suggested{ — very useful|}.",
        "{Good news: [[METRIC]] is up|We moved [[METRIC]] a lot} since we changed [[THING]].",
        "{Next|The next} {step|milestone} {is|will be} {presenting|pitching} it to [[TEAM]] {in [[MONTH]]|on [[WEEKDAY]]}.",
        "{I'd|I would} {love|value} your {read|view} on {whether|if} {I'm ready|it's time} for [[FIELD]].",
        "{I've|I have} {drafted|written} {a|the} {plan|one-pager} {for|on} [[THING]] {we talked about|you suggested}.",
        "{The|My} {big|main} {question|topic} for next time is {how to|whether to} [[ADVICE]].",
        "{Thanks|Thank you} {for|again for} {the|your} {patience|time} {with|on} [[ISSUE]]{, it's sorted now|}.",
    )},
    {"name": "alumni", "weight": 3, "open": (
        "{Fellow|Another} [[SCHOOL]] {alum|graduate} here — {saw|noticed} you're at {COMPANY} now.",
        "{We overlapped|I think we overlapped} at [[SCHOOL]]{, I was in the [[HOBBY]] society|}.",
        "{Found|Saw} you {through|via} the [[SCHOOL]] {alumni group|alumni list}{ — hello!|.}",
        "{Hello from|Greetings from} {a|another} [[SCHOOL]] {alum|old-timer}{!|.} {Your|The} {[[FIELD]] work|career} {caught|got} my {eye|attention}.",
        "{Small world|Funny coincidence}: we both {studied|did our degrees} at [[SCHOOL]]{, I think|}.",
    ), "body": (
        "{Are you going to|Will you be at} the reunion in [[MONTH]]?",
        "[[PERSON]] from our year {is now|just started} at [[OTHER_CO]] doing [[TOPIC]].",
        "I'd love to hear how you ended up in [[INDUSTRY_ANY]] from there.",
        "{The|Our} old professor {still|apparently still} {talks about|teaches} [[TOPIC]]{, unchanged|}.",
        "Do you {still|ever} {get back to|visit} {campus|[[CITY_ANY]]}{ much|}?",
        "{We're|I'm} {organising|hosting} a {small|casual} alumni {dinner|lunch} {at [[EATERY]]|in [[MONTH]]}.",
        "Are you {still|ever} in touch with [[PERSON]]{ from the [[HOBBY]] club|}?",
        "{The|Our} {department|faculty} {just|recently} {launched|started} {a mentoring|an alumni} {scheme|programme} for [[FIELD]].",
        "{Would you|Could you} {speak|talk} to {students|current students} about [[TOPIC]] {in|sometime in} [[MONTH]]?",
        "{Campus|The old library} {looks|is} {unrecognisable|completely different} {now|these days}{ — there's even a food hall|}.",
    )},
    {"name": "tool_question", "weight": 4, "open": (
        "{Do you|Does {COMPANY}} still use [[TOOL]] for [[TOPIC]]?",
        "{Your team|[[TEAM]]} {moved|switched} from [[TOOL]] to [[TOOL]] last year, right?",
        "{We're evaluating|We're trialling} [[TOOL]] for [[THING]] and I remembered {your rant|your post} about it.",
        "{Honest|Quick} {opinion|question}: {is|was} [[TOOL]] {worth|worth the price} {for|at} {your size|a team of [[NUM_SMALL]]}?",
        "Has [[TEAM]] {ever|already} {tried|looked at} [[TOOL]]{, or is it just us|}?",
        "{We're|I'm} {about to|going to} {sign|renew} with [[TOOL]] {and|but} I {wanted|need} {a gut check|a reality check} {from someone|from a real user}.",
    ), "body": (
        "How painful was {the migration|the rollout} for [[TEAM]]?",
        "{Any|Were there any} surprises on {price|pricing} once you passed [[NUM_SMALL]] seats?",
        "{Our|The} main worry is [[ISSUE]].",
        "{Happy to|I'll} share what we learn{ — we're trialling it until [[DAY]]|}.",
        "Would [[PERSON]] be up for a {quick|short} call about {it|the setup}?",
        "{The alternative|Plan B} is {building it ourselves|sticking with spreadsheets}{, which nobody wants|}.",
        "What {did you|do you} use for {reporting|permissions|SSO} {on top of it|alongside it}?",
        "{Support|Their support} {has been|was} {slow|great|patchy} {for us|so far}{ — how about you?|.}",
        "{We'd|We would} {mainly|mostly} use it for [[TOPIC]] {and|plus} {a bit of|some} [[METRIC]] {reporting|tracking}.",
        "{Did|Do} you {negotiate|get} {a discount|better terms} {on|for} {a multi-year deal|the first year}?",
    )},
    {"name": "collab", "weight": 4, "open": (
        "{Wild idea|Half-baked idea}: {should we|want to} {co-write|co-host} something on [[TOPIC]]?",
        "{I'm putting together|We're organising} a {small|casual} [[SESSION_KIND]] on [[TOPIC]] in [[CITY_ANY]].",
        "{Would you|Fancy} {joining|being on} {a panel|our podcast} about [[TOPIC]] {in [[MONTH]]|sometime}?",
        "{What if we ran|How about running} a {joint|shared} {webinar|workshop} {with|for} [[TEAM]] on [[TOPIC]]?",
        "{I've|I have} {been asked|agreed} to {edit|curate} {an issue|a series} on [[TOPIC]] — {would you write a piece?|fancy contributing?}",
    ), "body": (
        "You'd {bring|cover} the [[INDUSTRY_ANY]] angle and I'd {do|handle} [[METRIC]].",
        "{It's|It would be} {low-key|informal}: [[NUM_SMALL]] people, [[FOOD]], no slides.",
        "[[PERSON]] from [[OTHER_CO]] is {in|keen} too.",
        "No {pressure|stress} if [[MONTH]] is {packed|too busy}{, we can push it|}.",
        "I was thinking we {start with|open with} [[THING]] as a case study.",
        "{I can|Happy to} {do|handle} the {boring|admin} bits{ — room, invites, [[FOOD]]|}.",
        "{Word count|Length} is {flexible|loose}, {roughly|around} {a page|a thousand words}{, by [[MONTH]]|}.",
        "{We|I} {could|can} {record|do} it {at|in} [[PLACE]] {or|—} {over video|remotely}{ if that's easier|}.",
        "{Your|The} {case|story} about [[ISSUE]] {would|could} {be|make} {a perfect|the ideal} {opener|example}.",
    )},
    {"name": "apology", "weight": 3, "open": (
        "{So sorry|Really sorry} I missed our {call|coffee} [[WHEN_PAST]]{ — [[REASON]]|}.",
        "{Apologies|Sorry} for {dropping the ball on|going quiet about} [[THING]].",
        "{I owe you|Owe you} an apology {for|about} [[ISSUE]]{ — that was on me|}.",
        "{Ugh|Argh}, I {completely|totally} {double-booked|forgot about} {our|the} {lunch|coffee|dinner} {on [[WEEKDAY]]|[[WHEN_PAST]]}{ — sorry!|.}",
        "{Sorry|My apologies} {for|about} {the|my} {grumpy|short} {reply|email} {about|on} [[THING]]{ — long day|}.",
    ), "body": (
        "{Can we|Could we} {rebook|try again} for [[TIME]]?",
        "Let me {make it up to you with|buy you} [[FOOD]] at [[EATERY]].",
        "{The|Your} notes on [[TOPIC]] are {next on my list|open in a tab as we speak}.",
        "{[[PERSON]] can|I'll ask [[PERSON]] to} {cover|help with} [[ISSUE]] in the meantime.",
        "{I've|I have} {blocked|cleared} [[WEEKDAY]] {to finish it|for it}{, promise|}.",
        "{It|That} {won't|will not} happen {again|twice}{, or I owe you [[FOOD]] for life|}.",
        "The next {one|round} is {on me|my treat}{ — [[EATERY]]?|.}",
        "{I've|I have} {sent|shared} {the|my} {notes|summary} on [[TOPIC]] {as|by way of} {a peace offering|an apology}.",
    )},
    {"name": "data_ask", "weight": 3, "open": (
        "{Do you still have|Could you dig up} the {numbers|data} on [[METRIC]] from [[THING]]?",
        "{I'm writing|We're preparing} {a piece|a report} on [[TOPIC]] and {would love|need} a quote from you.",
        "{Do you|Does [[TEAM]]} {track|benchmark} [[METRIC]]{ by segment|}? {Curious how you compare.|We're trying to.}",
        "{Doing|I'm doing} {some|a bit of} {research|benchmarking} on [[METRIC]] {in|across} [[INDUSTRY_ANY]] — {could you help?|any numbers you could share?}",
    ), "body": (
        "{Even|Just} {rough|ballpark} figures for [[DAY]] would help.",
        "{I'll|We'll} {credit|name} you and [[OTHER_CO]]{ unless you'd rather not|}.",
        "{[[PERSON]] thinks|My hunch is} [[METRIC]] dropped after [[ISSUE]].",
        "{Happy to|I can} send {the draft|the questions} {first|ahead of time}.",
        "{Ours|Our number} {is|looks} {oddly|suspiciously} {high|low}{ since [[MONTH]]|}.",
        "{Anything|Whatever you share} {stays|is kept} {anonymous|confidential}{, of course|}.",
        "{We'll|I'll} {share|send} the {full|final} {results|report} {back|with you} {in|by} [[MONTH]].",
        "{Even|Just} {a|one} {sentence|quote} {on|about} [[TOPIC]] {would|could} {help|make the piece}.",
        "{Our|The} {sample|dataset} {so far|at the moment} is {mostly|heavily} {[[INDUSTRY_ANY]]|from [[CITY_ANY]]}{, so yours would balance it|}.",
    )},
    {"name": "conference_follow", "weight": 4, "open": (
        "{You stopped by|Thanks for stopping by} our booth at [[EVENT_PAST]]{ and asked about [[TOPIC]]|}.",
        "{We chatted|We talked} {briefly|for a minute} at [[EVENT_PAST]] near [[PLACE]] about [[THING]].",
        "{Was it you|Were you the one} {with the great question|asking} about [[METRIC]] at [[SESSION]]?",
        "{Still|I'm still} {recovering|catching up} after [[EVENT_PAST]]{ — what a week|}, {but|and} {wanted to follow up|didn't want to lose the thread}.",
        "{Sorry|Apologies} we {got interrupted|got cut off} at [[EVENT_PAST]]{ — [[SESSION]] was starting|}; {can we continue?|want to pick it up?}",
        "You {mentioned|said} at [[EVENT_PAST]] {that|how} [[TEAM]] {struggles|wrestles} with [[METRIC]]{ — me too|}.",
    ), "body": (
        "{You asked|Your question} about [[ISSUE]] {got me thinking|stayed with me}.",
        "{Here's|This is} the {paper|blog post} I mentioned: [[LINK]]",
        "{I'll|We'll} be in [[CITY_ANY]] {in [[MONTH]]|next week} if you want to continue the chat.",
        "{[[PERSON]]|My colleague} {has|built} {a tool|a spreadsheet} for exactly that.",
        "{The|That} {demo|prototype} {we showed|on the stand} {uses|runs on} [[TOOL]]{, if you were wondering|}.",
        "{We|I} {could|can} show you {the|a} {full|quick} {demo|version} {over video|in [[CITY_ANY]]} on [[WEEKDAY]].",
        "{No|Zero} sales pitch{ — promise|}; {just|genuinely} curious {how|what} you {solved|did about} [[ISSUE]].",
        "Did you make it {home|back} {ok|in one piece}{ after the afterparty|}?",
        "{Loved|Enjoyed} {your|the} {story|point} about [[ADVICE_ING]]{ — stole it for my team|}.",
        "[[PERSON]] {was|is} {also|actually} {there|at the event} {and|—} {wants|would love} to {meet you|say hi}.",
    )},
    {"name": "hobby_chat", "weight": 3, "open": (
        "{Saw|Noticed} on your profile you're into [[HOBBY]]{ too|}!",
        "{How did|How'd} [[SPORT_EVENT]] go? {I saw|Saw} your photos{ — impressive|}.",
        "{You|Your post} {made|got} me {sign up for|try} [[HOBBY]]{, thanks a lot| — blame you}.",
        "{Is|Was} that you {in|at} [[SPORT_EVENT]] {photos|results}{ from [[WHEN_PAST]]|}? {Very impressive.|Chapeau!}",
        "{Random|Non-work} {question|one}: {where|how} do you {find|make} {time|the time} for [[HOBBY]] {with|on top of} {a job like yours|everything}?",
    ), "body": (
        "{I've been|Been} {doing|trying} [[HOBBY]] for {a year|[[NUM_SMALL]] months} and I'm {hooked|still terrible}.",
        "{Any|Got any} {tips|advice} for {a beginner|someone starting} in [[CITY_ANY]]?",
        "{We should|Let's} {go|do it} together {when I'm in {CITY}|in [[MONTH]]}.",
        "[[PERSON]] {is doing|signed up for} [[SPORT_EVENT]] {too|as well}{ — madness|}.",
        "{Which|What} {kit|gear|shoes} {do you|would you} {use|recommend}{ for a newbie|}?",
        "{My|Our} {club|group} in [[CITY_ANY]] {meets|goes out} {every|most} {Sunday|Saturday|weekend}{ — you'd be welcome|}.",
        "{I|We} {did|tried} [[SPORT_EVENT]] {last year|in [[MONTH]]} and {barely|just about} {finished|survived}.",
        "{Honestly|Truly}, [[HOBBY]] {is|has been} {the best|my favourite} {antidote to|escape from} {work stress|long weeks|quarter-end|board season}.",
        "{Send|Share} {me|over} {your|a} {training plan|route|favourite spot} {if|when} you {get a minute|have one}.",
    )},
    {"name": "customer_personal", "weight": 3, "open": (
        "{Quick heads-up|Just a heads-up}: [[ISSUE]] {might|could} {delay|affect} [[THING]] {on our side|this month}.",
        "{I'm taking over|I'll be your contact for} [[THING]] now that [[PERSON]] {has moved on|moved to [[TEAM]]}.",
        "{Wanted to|Just wanted to} {flag|mention} {personally|directly} that [[THING]] {slipped|moved} to [[DAY]].",
        "{Thanks|Thank you} for {your|the} {patience|understanding} {on|with} [[ISSUE]]{ — it's nearly sorted|}.",
        "{Following|After} {our|the} {QBR|review} [[WHEN_PAST]], {a few|some} {personal|quick} {notes|thoughts} {on|about} [[THING]].",
    ), "body": (
        "{I've read|I went through} {the notes|the history} on [[TOPIC]]{, so no need to repeat everything|}.",
        "{Could we|Can we} do {a short|an intro} call [[TIME]]?",
        "{The|Your} {renewal|contract} {isn't|is not} affected{, don't worry|}.",
        "{I'll|We'll} {send|share} {an update|a plan} on [[METRIC]] by [[DAY]].",
        "{Sorry|Apologies} {for the|about the} {surprise|short notice}{ — [[REASON]]|}.",
        "[[PERSON]] {from|on} [[TEAM]] {will|is going to} {join|sit in on} {our|the} next {call|check-in}.",
        "{Happy to|I can} {come by|visit} {your|the} {office|team} {in {CITY}|near [[PLACE]]} {in|sometime in} [[MONTH]].",
        "{I've|I have} {escalated|flagged} [[ISSUE]] {internally|to [[TEAM]]}{ and will chase daily|}.",
    )},
    {"name": "feedback_ask", "weight": 3, "open": (
        "Could I {get your eyes on|ask for feedback on} [[RESOURCE]] for [[THING]]?",
        "{We just launched|I just shipped} [[THING]] and {you're the most honest person I know|you'll tell me the truth}.",
        "{Would you|Could you} {play|be} {the sceptic|devil's advocate} on [[THING]] {for [[NUM_SMALL]] minutes|before we pitch it}?",
        "{I'm about to|We're about to} {send|pitch} [[RESOURCE]] to [[TEAM]] and {want|need} {a fresh pair of eyes|an outside read} {first|before [[DAY]]}.",
        "{Could|Would} you {tear apart|poke holes in} {my|our} {plan|draft} for [[THING]]{ over [[FOOD]]|}?",
        "{Honest|Candid} {reaction|opinion} {needed|wanted} on {a|our} {new|rough} {landing page|pricing page|pitch} for [[THING]].",
    ), "body": (
        "{Brutal honesty welcome|Be brutal}, especially on [[TOPIC]].",
        "{Link|Here it is}: [[LINK]]",
        "[[PERSON]] {loved it|hated it}, so {I need|I'd like} a tiebreaker.",
        "{Five|Ten} minutes {would be|is} plenty{, no need to write an essay|}.",
        "{Our|The} {target audience|audience} is {mostly|basically} [[TEAM]] at {[[INDUSTRY_ANY]] companies|firms like [[OTHER_CO]]}.",
        "{Specifically|Mainly}, does {the|our} {story|pitch} about [[METRIC]] {land|make sense} {for|to} {an outsider|someone outside [[INDUSTRY_ANY]]}?",
        "{Feel free to|You can} {comment|scribble} {straight in the doc|anywhere}{, it's a draft|}.",
        "{We|I} {changed|rewrote} {the|our} {intro|opening} {three times|twice} {after|because of} [[ISSUE]].",
        "{I'll|Happy to} {return the favour|do the same} {for|on} [[THING]].",
        "{The deadline is|We present} [[DAY]]{, so even a quick look helps|}.",
    )},
    {"name": "local_meetup", "weight": 3, "open": (
        "{Are you|Will you be} at the [[INDUSTRY_ANY]] meetup in [[CITY_ANY]] on [[WEEKDAY]]?",
        "{We're starting|I'm starting} a {small|monthly} {breakfast|dinner} for people working on [[TOPIC]] in {CITY}.",
        "{Fancy|Want to} {join|come to} {our|a} {monthly|little} [[SESSION_KIND]] {for|about} [[TOPIC]]?",
        "{Would you|Could you} {speak|give a short talk} at {our|the} [[INDUSTRY_ANY]] {meetup|evening} in {CITY} {in|sometime in} [[MONTH]]?",
        "{A few of us|Some of us} {from [[TEAM]]|in [[FIELD]]} {get together|meet} {for|over} [[FOOD]] {every|once a} month — {want in?|interested?}",
    ), "body": (
        "{First one|The first one} is at [[EATERY]]{, [[NUM_SMALL]] of us so far|}.",
        "[[PERSON]] {is giving|will give} a {short|lightning} talk on [[THING]].",
        "{Bring|Feel free to bring} {someone from [[TEAM]]|a colleague} if you like.",
        "{No|Zero} {sponsors|sales pitches}, just [[FOOD]] and {gossip|war stories}.",
        "We meet {every other|the first} {Tuesday|Thursday}{ of the month|}{, give or take|}.",
        "{Topics|Talks} {so far|lately} {have been|were} [[TOPIC]] and [[TOPIC]].",
        "{The|Our} {venue|host} {this time|next month} is [[OTHER_CO]]{, near [[PLACE]]|}.",
        "{It's|It is} free {and|but} {spaces|places} are {limited|capped} {to|at} [[NUM_SMALL]] {people|folks}.",
        "{RSVP|Let me know} {by|before} [[DAY]] {so|and} I can {sort|order} [[FOOD]].",
    )},
    {"name": "career_update", "weight": 3, "open": (
        "{Some news|Small update}: I {got|accepted} {an offer|the offer} from [[OTHER_CO]] to lead [[TEAM]].",
        "You were right about [[ADVICE_ING]] — {I finally did it|it changed everything}.",
        "{Guess what|News}: {I'm|I am} {going|moving} {freelance|part-time} {from|in} [[MONTH]]{!|.}",
        "{Closing|Wrapping up} {a|my} {chapter|stint} at [[OTHER_CO]] and {starting|joining} {something new|a start-up} {in|for} [[FIELD]]{!|.}",
    ), "body": (
        "{Your|The} advice {over|during} [[FOOD]] back in [[MONTH]] {helped|tipped the balance}.",
        "{I start|Starting} in [[MONTH]], {after|right after} [[TRIP]].",
        "They're {building|rebuilding} [[THING]] from scratch, {so|which means} lots of [[TOPIC]].",
        "{Would love|I'd love} to {pick your brain|compare notes} on [[SKILL]] once I'm in.",
        "{The|My} {plan|idea} is {mostly|to focus on} [[FIELD]]{ for [[INDUSTRY_ANY]] clients|}.",
        "{It's|It is} {a small|an early-stage} {team|company} — [[NUM_SMALL]] people{, mostly ex-[[OTHER_CO]]|}.",
        "{Thanks|Thank you} for {always pushing|nudging} me {towards|toward} [[FIELD]].",
        "{Let's|We should} {celebrate|catch up} {with|over} [[FOOD]] {before|once} I {start|settle in}.",
    )},
    {"name": "lost_item", "weight": 2, "open": (
        "{Did I leave my [[BELONGING]] at [[PLACE]] [[WHEN_PAST]]?|I think I left my [[BELONGING]] at [[PLACE]] [[WHEN_PAST]].}",
        "{Is this|Is that} your [[BELONGING]]? {Someone|[[PERSON]]} found it after [[EVENT_PAST]].",
        "{Odd|Random} {question|one}: did anyone {hand in|find} my [[BELONGING]] {after|at} [[SESSION]]?",
    ), "body": (
        "{No rush|No hurry}, I can {grab it|pick it up} {on [[WEEKDAY]]|when I'm near [[PLACE]]}.",
        "{It has|It's got} {my notes|all my notes} on [[THING]] {in it|inside}, {oops|embarrassingly}.",
        "{I'll|Let me} {leave it|drop it off} with {reception|[[PERSON]]}.",
        "{It's|Mine is} {the|a} {black|blue|battered} one {with|covered in} {stickers|[[OTHER_CO]] branding}.",
        "{Otherwise|If not}, {no worries|no drama} — {it's|it was} {cheap|old} {anyway|but sentimental}.",
        "{Thanks|Thank you} {for|for even} {checking|looking}{, really appreciate it|}.",
    )},
)

#: Asides that fit any scenario (content, not everyday phrases).
ASIDES = (
    "{Also,|Btw,|Random aside:} [[PERSON]] {says hi|sends their best|asked after you}.",
    "{Things are|Life is} {chaotic|busy|hectic} {here|this month} — [[REASON]].",
    "{Still recovering from|Still catching up after} [[TRIP]]{, so bear with me|}.",
    "{Also, how's|How's} [[PERSONAL]] going{?| these days?}",
    "{Unrelated, but|Side note:} did you end up {reading [[BOOK]]|listening to [[PODCAST]]}?",
    "{I'm|I'll be} away {on [[WEEKDAY]]|in [[MONTH]]} for [[TRIP]]{, back after|}.",
    "{Hope|I hope} [[PERSONAL]] is going {well|ok}.",
    "{Weather here is|It's} {awful|glorious|grey} {today|this week}, so I'm {hiding indoors|stuck at [[PLACE]]} with [[THING]].",
    "{Oh, and|And} [[EATERY]] {closed, tragic|finally reopened, you have to go}!",
    "{PS|P.S.} {are you still doing|how's} [[HOBBY]]?",
    "{Also|And} {congrats|well done} on [[METRIC]] {this quarter|lately}{, [[PERSON]] told me|}.",
    "{Fun fact|Funny thing}: [[PERSON]] {now works|just joined} at [[OTHER_CO]].",
    "{I'm|We're} {finally|slowly} {recovering from|getting over} [[ISSUE]]{ here|}.",
    "{Also|Btw}, {loved|enjoyed} your {photos|post} from [[TRIP]].",
    "{The|Our} {office|team} {moved|relocated} {near|next to} [[PLACE]]{, so lunch is easy now|}.",
)

#: Very short replies (kind ``oneoff_short``): spun, lightly personalised, sometimes identical.
SHORT = (
    "{Thanks|Thank you|Thx}{!|!!|.| 🙏}", "{Thanks|Thank you}, {FIRST_NAME}{!|.}",
    "{Sounds good|Great}, talk soon{!|.|}", "Will do{!|.| 👍}", "{Perfect|Great}, see you then{.|!}",
    "{Congrats|Congratulations}{!!|! 🎉|!}", "Happy birthday{!| 🎉|, {FIRST_NAME}!}", "Got it, thanks{.|!}",
    "Sure — [[TIME]] works.", "On my way{!|.}", "Thank you so much{!|, {FIRST_NAME}!}", "{Haha|Ha} yes{!|}",
    "Let me check and get back to you{.|!}", "Great to hear from you{!|, {FIRST_NAME}!}", "👍",
    "Sorry, missed this — will reply {tomorrow|later today}.", "{Yes|Yep}, that works{.|!}",
    "No worries at all{!|.}", "See you {tomorrow|on [[WEEKDAY]]|there}{!|.}", "Love it{!|!!}",
    "{Call you in 5|Calling you in 5 minutes}{.|!}", "Just sent it over{.|!}", "Noted, thanks{.|!}",
    "Ok great{.|!}", "{Amazing|Awesome} news{!|!!}", "Thanks for the intro{!|, [[PERSON]] and I are talking.}",
    "Happy to help{!|.}", "Same here{!|.}", "Let's do it{!|.}", "Good luck today{!|, you've got this!}",
)


# --------------------------------------------------------------------------- open-class fills
_FOOD = ("coffee", "lunch", "a beer", "dinner", "tea", "a drink", "breakfast", "a quick coffee", "tacos",
         "pizza", "a walk", "ramen", "dumplings", "brunch", "a curry", "pho", "a flat white", "falafel",
         "sushi", "a glass of wine", "bagels", "ice cream", "a pint", "churros", "mezze", "a burger",
         "pastries", "a smoothie", "bánh mì", "a long lunch")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next Monday", "next week", "tomorrow",
         "the weekend", "end of day", "the 14th", "month-end", "Thursday afternoon", "the 3rd",
         "end of the month", "Friday morning")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the 14th", "the 3rd",
             "Thursday afternoon", "Friday morning", "Monday evening", "the 21st")
_FIELDS = ("product management", "UX design", "data analysis", "software engineering", "sales", "consulting",
           "recruiting", "marketing", "customer success", "project management", "data science",
           "cybersecurity", "operations", "finance", "policy work", "developer relations", "teaching",
           "venture capital", "supply chain", "technical writing")
_TIMES_OF_DAY = ("at 9", "at 10", "at 11:30", "at noon", "at 2", "at 3pm", "at 4:30", "after lunch",
                 "morning", "afternoon", "first thing", "around 5", "at 8am", "after 6", "at 1:15",
                 "late morning", "before standup", "at half nine")
_WHEN_PAST = ("yesterday", "last week", "on Tuesday", "this morning", "at the offsite", "last month",
              "on Friday", "earlier today", "at lunch", "on the call", "a couple of weeks ago",
              "the other day", "last night", "at the conference", "over the weekend", "in the spring",
              "back in March", "before the holidays", "on the train", "at the kickoff")
_ADJ = ("new", "Q3", "Q4", "pricing", "onboarding", "partner", "mobile", "data", "hiring", "brand",
        "website", "analytics", "billing", "support", "security", "APAC", "customer", "quarterly",
        "internal", "annual", "beta", "holiday", "sales", "migration", "research", "warehouse",
        "procurement", "referral", "loyalty", "payroll", "vendor", "investor", "recruiting", "compliance",
        "checkout", "search", "reporting", "logistics", "retention", "training", "leadership", "franchise",
        "marketplace", "accessibility", "sustainability")
_NOUNS = ("launch", "roadmap", "dashboard", "rebrand", "offsite", "hackathon", "redesign", "audit",
          "budget", "proposal", "pilot", "report", "workshop", "survey", "playbook", "deck", "plan",
          "campaign", "strategy doc", "contract", "project", "review", "rollout", "integration",
          "case study", "newsletter", "podcast episode", "webinar", "OKRs", "hiring plan", "pitch",
          "forecast", "revamp", "experiment", "API", "app", "portal", "handbook", "tender", "RFP",
          "memo", "backlog", "postmortem", "prototype", "pricing page", "data model", "town hall",
          "board update", "spreadsheet", "process")
_TOPIC_A = ("pricing", "hiring", "onboarding", "retention", "fundraising", "remote work", "data quality",
            "developer experience", "customer research", "churn", "security reviews", "board meetings",
            "product-led growth", "partnerships", "open source", "accessibility", "forecasting",
            "marketplace dynamics", "procurement", "employer branding", "AI tooling", "LLM evaluation",
            "team rituals", "career ladders", "expansion into new markets", "supply chain risk",
            "carbon accounting", "compliance", "UX writing", "community building", "sales comp plans",
            "technical debt", "incident response", "pricing experiments", "performance reviews",
            "vendor management", "unit economics", "knowledge management", "data contracts",
            "design systems", "four-day weeks", "founder burnout", "quarterly planning", "user interviews",
            "warehouse automation", "mentoring juniors", "negotiating salaries", "async communication")
_TOPIC_B = ("for early-stage teams", "in regulated industries", "at scale", "in {INDUSTRY}",
            "for small teams", "across time zones", "in Europe", "after a reorg", "on a budget", "",
            "", "", "", "", "for first-time managers", "in marketplaces", "with tiny data sets",
            "in public companies", "for agencies", "in hardware", "without a data team")
_RESOURCES = ("the deck", "the article I mentioned", "the job description", "the slides", "the recording",
              "the spreadsheet", "the one-pager", "the contract draft", "the reading list", "my notes",
              "the proposal", "the case study", "the podcast episode", "the template", "the benchmark data",
              "the intro email", "the book recommendation", "the onboarding doc", "the pricing sheet",
              "the checklist", "the interview scorecard", "the org chart", "the budget tracker",
              "the survey results", "the customer quotes", "the hiring rubric", "the launch plan",
              "the retro notes", "the demo video", "the floor plan", "the sample contract")
_MILESTONES = ("the new role", "the promotion", "the launch", "your work anniversary", "the funding round",
               "the award", "the baby news", "the new job", "the acquisition", "the book deal",
               "your first marathon", "the wedding", "the move to [[CITY_ANY]]", "the keynote",
               "passing the bar", "the PhD", "ten years on the team", "the new office", "the IPO",
               "making partner", "the product launch", "the podcast", "hitting your target",
               "the engagement", "the board seat", "the patent", "the TEDx talk", "the certification",
               "the exit", "the new studio", "your first hire", "the [[TOPIC]] paper")
_PERSONAL = ("the new puppy", "marathon training", "the renovation", "the new house", "the little one",
             "the garden", "your Spanish lessons", "the band", "the sabbatical", "the move", "the bike tour",
             "the climbing", "the new apartment", "parental leave", "the wedding planning", "the MBA",
             "the side project", "the book club", "the knee recovery", "the kids' school year", "surfing",
             "the allotment", "the pottery class", "the road trip", "the house hunt", "the choir",
             "the van conversion", "the triathlon plan", "the bakery idea", "the chess league",
             "the newsletter", "the woodworking", "your dad's recovery", "the twins", "the PhD applications")
_FAVORS = ("the intro to [[PERSON]]", "the referral", "your feedback on the deck", "your help covering for me [[WHEN_PAST]]",
           "the recommendation", "the advice on [[TOPIC]]", "the book", "your hospitality [[WHEN_PAST]]",
           "the quick turnaround", "your help with [[THING]]", "the shout-out for our job post", "the endorsement",
           "the coffee [[WHEN_PAST]]", "your notes on my CV", "the tips on [[SKILL]]", "making time for that call",
           "the introduction [[WHEN_PAST]]", "your patience with [[THING]]", "lending me your [[BELONGING]]",
           "the mock interview", "the spare ticket to [[EVENT]]", "the late-night review of [[RESOURCE]]",
           "the [[CITY_ANY]] restaurant list", "speaking to [[TEAM]]")
_SKILLS = ("SQL", "negotiation", "public speaking", "Python", "financial modelling", "stakeholder management",
           "Figma", "people management", "copywriting", "data visualisation", "Excel", "cold outreach",
           "product discovery", "system design", "hiring", "storytelling", "pricing", "Kubernetes",
           "UX research", "German", "Mandarin", "illustration", "video editing", "contract law",
           "machine learning", "Rust", "technical writing", "facilitation", "brand strategy",
           "forecasting", "event planning", "motion design", "data engineering", "grant writing")
_PLACES = ("the station", "the office", "the park", "your office", "the old office", "the river",
           "the coworking space", "the hotel", "the venue", "the market", "the airport", "the museum",
           "the harbour", "the university", "the main square", "the cathedral", "the old town",
           "the canal", "the stadium", "the library")
_SCHOOL_HEAD = ("University of", "Technical University of", "Polytechnic of", "Business School of",
                "Institute of Technology,", "State University of", "College of Art,", "School of Economics,")
_TOOLS = ("Notion", "Figma", "Salesforce", "HubSpot", "Jira", "Airtable", "Looker", "dbt", "Snowflake",
          "Miro", "Zapier", "Linear", "Retool", "Gong", "Asana", "Tableau", "Power BI", "Intercom",
          "Zendesk", "Workday", "Greenhouse", "Lever", "Amplitude", "Mixpanel", "Segment", "Webflow",
          "Canva", "Loom", "Confluence", "Monday.com", "ClickUp", "Pipedrive", "Metabase", "Datadog",
          "Sentry", "Postman", "GitHub Actions", "Terraform", "BigQuery", "Xero", "NetSuite", "Ashby")
_BOOKS = ("Atomic Habits", "The Mom Test", "High Output Management", "Thinking, Fast and Slow",
          "Crossing the Chasm", "The Hard Thing About Hard Things", "Never Split the Difference", "Shape Up",
          "Inspired", "Good Strategy Bad Strategy", "Working Backwards", "An Elegant Puzzle",
          "The Manager's Path", "Radical Candor", "Deep Work", "Range", "Four Thousand Weeks",
          "Team Topologies", "Measure What Matters", "Obviously Awesome", "The Cold Start Problem",
          "Escaping the Build Trap", "Accelerate", "The Lean Startup", "Zero to One", "Shoe Dog",
          "Competing Against Luck", "Made to Stick", "The Culture Map", "Designing Data-Intensive Applications",
          "Bad Blood", "Sapiens", "The Phoenix Project", "Drive", "Start with Why", "Influence")
_PODCASTS = ("Lenny's Podcast", "Acquired", "How I Built This", "The Twenty Minute VC", "Hard Fork",
             "Invest Like the Best", "Decoder", "My First Million", "Masters of Scale", "Planet Money",
             "Freakonomics Radio", "The Knowledge Project", "Software Engineering Daily", "Pivot",
             "The Tim Ferriss Show", "Odd Lots", "Lex Fridman", "WorkLife", "The Diary of a CEO")
_TEAMS = ("the data team", "finance", "the platform team", "legal", "the design team", "marketing",
          "the SRE folks", "procurement", "the board", "our investors", "the sales team",
          "customer success", "the leadership team", "HR", "the APAC team", "the growth squad",
          "the mobile team", "ops", "the analytics guild", "the partnerships team", "security",
          "the content team", "the field sales team", "the research group", "the support desk")
_METRICS = ("churn", "activation", "NPS", "pipeline coverage", "time to hire", "CAC payback", "gross margin",
            "the ticket backlog", "weekly actives", "win rate", "deploy frequency", "retention", "conversion",
            "burn", "headcount", "on-time delivery", "renewal rate", "cycle time", "cost per lead",
            "average deal size", "first-response time", "inventory turnover", "attrition", "uptime",
            "trial-to-paid", "expansion revenue", "lead time", "employee engagement scores")
_ISSUES = ("the vendor contract", "a data migration", "a messy reorg", "two people out sick", "the audit",
           "a product recall", "an outage", "the hiring freeze", "a tricky renewal", "budget cuts",
           "the server move", "a pricing change", "our office move", "the GDPR review", "a flaky supplier",
           "the new approval process", "a botched release", "the currency swings", "a lawsuit scare",
           "the integration backlog", "a surprise board request", "the ERP switch", "a strike at the port",
           "the SOC 2 prep", "a key client leaving", "the rebrand fallout")
_REASONS = ("the kids are off school this week", "we're in the middle of planning season",
            "I'm covering for [[PERSON]]", "it's end of quarter", "we're moving house",
            "I've been travelling for work", "our launch slipped", "I was out sick",
            "the audit is eating my week", "we had a board meeting", "my laptop died",
            "I was at [[EVENT_PAST]] all week", "[[ISSUE]] took over everything", "I just got back from [[TRIP]]",
            "the train was cancelled", "a client emergency came up", "my calendar exploded",
            "we're short-staffed on [[TEAM]]", "I was offline in [[CITY_ANY]]", "the baby isn't sleeping")
_ADVICE = ("talk to customers before building anything", "keep the first version small",
           "say no more often", "write things down", "hire slower", "negotiate the title, not just the salary",
           "block time for deep work", "find a sponsor, not just a mentor", "ship something every week",
           "learn the numbers behind the business", "ask for the promotion out loud",
           "get feedback early and often", "pick one metric and obsess over it", "build in public",
           "spend a month in the support queue", "document decisions, not meetings", "delegate the fun bits too",
           "take the sabbatical", "specialise before you generalise", "protect your weekends")
_ADVICE_ING = ("talking to customers first", "keeping the first version small", "saying no more often",
               "writing things down", "hiring slower", "blocking time for deep work",
               "finding a sponsor", "shipping every week", "learning the numbers", "building in public",
               "documenting decisions", "picking one metric", "pricing higher than feels comfortable",
               "firing the bad clients", "doing sales yourself first", "killing projects early")
_OPINIONS = ("is underrated", "is overhyped", "is harder than it looks", "is mostly about trust",
             "comes down to good data", "is changing fast", "needs a rethink", "is a people problem",
             "gets too little airtime", "is where the real money is", "is a solved problem (it isn't)",
             "matters more than pricing", "is mostly process", "will look different in two years",
             "is where most teams cut corners")
_COURSES = ("a data science bootcamp", "an evening course in [[SKILL]]", "an MBA", "a UX certificate",
            "the CFA", "a part-time master's", "a coding bootcamp", "a product management course",
            "a leadership programme", "a design course", "an online course on [[TOPIC]]", "a sales academy")
_TRIPS = ("the trip to [[CITY_ANY]]", "the hike in the Dolomites", "the Japan trip", "the road trip",
          "the family holiday", "the ski week", "the wedding in [[CITY_ANY]]", "the camping trip",
          "the Lisbon weekend", "the sailing week", "the Iceland trip", "the Camino", "two weeks offline",
          "the Scotland cycle", "the safari", "the Patagonia trek", "the Amalfi week", "my parents' visit")
_SESSIONS = ("the keynote", "the last panel", "the drinks", "the workshop", "the closing talk",
             "the demo session", "the lunch break", "the networking bit", "the fireside chat",
             "the breakout on [[TOPIC]]", "the morning run", "the speed-mentoring", "the afterparty")
_SESSION_KINDS = ("roundtable", "dinner", "breakfast", "workshop", "salon", "walk-and-talk", "meetup", "book club")
_EATERY_A = ("the Thai place", "the ramen bar", "that Lebanese place", "the taqueria", "the Italian place",
             "the bakery", "the food market", "the dim sum place", "the noodle bar", "the vegan café",
             "the pub", "the rooftop bar", "the Georgian place", "the Ethiopian restaurant", "the wine bar",
             "the burger joint", "the Korean barbecue", "the tapas bar", "the Peruvian place", "the falafel stand")
_EATERY_B = ("near the station", "on the corner", "by the office", "by the river", "near the old office",
             "off the main square", "across from the venue", "next to the gym", "", "", "")
_HOBBIES = ("climbing", "running", "cycling", "sourdough", "chess", "pottery", "photography", "salsa",
            "sailing", "padel", "gardening", "birdwatching", "board games", "trail running", "open-water swimming",
            "woodworking", "guitar", "improv", "calligraphy", "bouldering", "cooking", "yoga",
            "fly fishing", "skateboarding", "knitting", "rowing", "violin", "triathlons", "beekeeping")
_SPORT_EVENTS = ("the marathon", "the half marathon", "the triathlon", "the century ride", "the climbing comp",
                 "the regatta", "the chess tournament", "the trail race", "the 10k", "the swim across the lake",
                 "the padel tournament", "the Ironman", "the ultra")
_PETS = ("the dog", "the cat", "two cats", "our rescue greyhound", "the new puppy", "the parrot",
         "the rabbit", "a very anxious spaniel", "the tortoise")
_BELONGINGS = ("charger", "umbrella", "notebook", "scarf", "water bottle", "headphones", "jacket",
               "sunglasses", "badge", "book", "keys", "USB stick")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December", "the spring", "the autumn", "the summer")


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
    return f"{rng.choice(_DAYS[:8])} {rng.choice(_TIMES_OF_DAY)}"


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
        if name == "TOOL":
            return rng.choice(_TOOLS)
        if name == "MEDIA":
            return rng.choice(_BOOKS) if rng.random() < 0.6 else rng.choice(_PODCASTS)
        if name == "BOOK":
            return rng.choice(_BOOKS)
        if name == "PODCAST":
            return rng.choice(_PODCASTS)
        if name == "WEEKDAY":
            return rng.choice(_WEEKDAYS)
        if name == "FIELD":
            return rng.choice(_FIELDS)
        if name == "TEAM":
            return rng.choice(_TEAMS)
        if name == "METRIC":
            return rng.choice(_METRICS)
        if name == "ISSUE":
            return rng.choice(_ISSUES)
        if name in ("REASON", "REASON_CAP"):
            reason = self._expand(rng.choice(_REASONS))
            return reason[:1].upper() + reason[1:] if name == "REASON_CAP" else reason
        if name == "ADVICE":
            return rng.choice(_ADVICE)
        if name == "ADVICE_ING":
            return rng.choice(_ADVICE_ING)
        if name == "OPINION":
            return rng.choice(_OPINIONS)
        if name == "COURSE":
            return self._expand(rng.choice(_COURSES))
        if name == "TRIP":
            return self._expand(rng.choice(_TRIPS))
        if name == "SESSION":
            return self._expand(rng.choice(_SESSIONS))
        if name == "SESSION_KIND":
            return rng.choice(_SESSION_KINDS)
        if name == "EATERY":
            return f"{rng.choice(_EATERY_A)} {rng.choice(_EATERY_B)}".strip()
        if name == "HOBBY":
            return rng.choice(_HOBBIES)
        if name == "SPORT_EVENT":
            return rng.choice(_SPORT_EVENTS)
        if name == "PET":
            return rng.choice(_PETS)
        if name == "BELONGING":
            return rng.choice(_BELONGINGS)
        if name == "MONTH":
            return rng.choice(_MONTHS)
        raise KeyError(f"unknown one-off fill [[{name}]]")

    def _expand(self, text: str) -> str:
        # values may themselves contain fills ("the intro to [[PERSON]]")
        while "[[" in text:
            start = text.index("[[")
            end = text.index("]]", start)
            text = text[:start] + self(text[start + 2:end]) + text[end + 2:]
        return text


_SCENARIO_WEIGHTS = tuple(s["weight"] for s in SCENARIOS)
BODY_WEIGHTS = (8, 2, 0)  # how often a message has 1, 2 or 3 body sentences (before the fill rule)
MIN_FILLS = 2             # body sentences are added until the content holds this many fresh fills
ASIDE_SHARE = 0.1         # share of messages with an aside
_SEPARATORS = (" ", " ", " ", "\n", "\n\n")


class _CountingFills:
    """Wraps a fill callable and counts how many values it produced."""

    def __init__(self, fills: OneOffFills) -> None:
        self.fills = fills
        self.calls = 0

    def __call__(self, name: str) -> str:
        self.calls += 1
        return self.fills(name)


@dataclass
class OneOff:
    """An ordinary one-off, in parts: everyday phrases around the scenario content."""

    scenario: str
    greeting: str          # greeting and its line break, or ""
    lead: list[str]        # everyday phrases before the content
    content: list[str]     # the scenario sentences (and asides): what makes the message personal
    tail: list[str]        # everyday phrases and closes after the content
    sep: str               # sentence separator

    @property
    def text(self) -> str:
        """The whole message before sign-off and noise."""
        return self.greeting + self.sep.join(self.lead + self.content + self.tail)

    @property
    def content_text(self) -> str:
        """The content alone, without greeting, everyday phrases and close."""
        return " ".join(self.content)


def compose_parts(rng: random.Random, slots: dict[str, str]) -> OneOff:
    """Compose one ordinary personal message (kind ``oneoff``), keeping its parts apart."""
    fills = _CountingFills(OneOffFills(rng))
    scenario = rng.choices(SCENARIOS, weights=_SCENARIO_WEIGHTS)[0]
    content = [render(parse(rng.choice(scenario["open"])), rng, slots, fills)]
    # one or two body sentences, and more until the content carries MIN_FILLS fresh fills
    n_body = rng.choices((1, 2, 3), weights=BODY_WEIGHTS)[0]
    body = list(scenario["body"])
    rng.shuffle(body)
    for src in body:
        if len(content) > n_body and fills.calls >= MIN_FILLS:
            break
        content.append(render(parse(src), rng, slots, fills))
    if rng.random() < ASIDE_SHARE:
        aside = render(parse(rng.choice(ASIDES)), rng, slots, fills)
        content.insert(rng.randint(1, len(content)), aside)
    lead: list[str] = []
    tail: list[str] = []
    if rng.random() < 0.35:
        phrase = rng.choice(COMMON_PHRASES)
        (lead if rng.random() < 0.5 else tail).append(phrase)
    if rng.random() < 0.3:
        tail.append(rng.choice(CLOSES))
    sep = rng.choice(_SEPARATORS)
    greeting = ""
    if rng.random() < 0.7:
        greeting = render(parse(rng.choice(GREETINGS)), rng, slots) + rng.choice((" ", "\n", "\n\n", "\n\n"))
    return OneOff(scenario["name"], greeting, lead, content, tail, sep)


def extend(rng: random.Random, one: OneOff, slots: dict[str, str]) -> OneOff:
    """The same message with one more content sentence (an aside or another scenario's body
    sentence, with fresh fills): the generator's way out when a message keeps coming out too
    close to earlier ones."""
    fills = OneOffFills(rng)
    if rng.random() < 0.5:
        src = rng.choice(ASIDES)
    else:
        src = rng.choice(rng.choice(SCENARIOS)["body"])
    extra = render(parse(src), rng, slots, fills)
    return OneOff(one.scenario, one.greeting, one.lead, one.content + [extra], one.tail, one.sep)


def compose_short(rng: random.Random, slots: dict[str, str]) -> str:
    """A very short reply (kind ``oneoff_short``)."""
    return render(parse(rng.choice(SHORT)), rng, slots, OneOffFills(rng))


def compose_oneoff(rng: random.Random, slots: dict[str, str], *, short: bool) -> tuple[str, str]:
    """Compose one personal message; returns (text before sign-off and noise, scenario name)."""
    if short:
        return compose_short(rng, slots), "short"
    one = compose_parts(rng, slots)
    return one.text, one.scenario
