"""The "heldout" template set for scripts/make_corpus.py (private module).

Disjoint from ``_templates_dev``: other sales topics and other wording, but the same kind of
traffic (greetings, mail-merge slots, spin groups, sign-offs). Never tune anything on it.

Notation: see ``_spintax``. Layout as in ``_templates_dev``: ``LONG`` and ``NOTES`` hand-written,
``COMPOSER`` fragments for additional campaigns, ``FILLS`` set-wide fill pools.

Topics here: executive search and candidate pitching, venture investing and fundraising,
conference sponsorship and speaking slots, coaching and leadership programmes, video and merch
production, workplaces and benefits, legal / ESG / compliance advisory, expert networks, awards,
franchises and property investment, relocation, travel management, education.
"""

NAME = "heldout"

LONG = (
    # executive search
    "{Dear|Hello} {FIRST_NAME},\n\n{I am|I'm} {SENDER}, {a partner|Partner} at [[AGENCY]], {an executive search firm|a retained "
    "search firm} {focused on|specialising in} {finance leadership|C-suite finance appointments}. {I am|I'm} {currently|presently} "
    "{retained by|working exclusively with} a [[FUND]] {{INDUSTRY}|technology} {business|company} {to appoint|on the search for} "
    "{its first|a new} Chief Financial Officer.\n\n{Given your track record|Your career path} {at {COMPANY}|as {TITLE}} "
    "{suggests|makes me think} you {could be|might be} {an excellent fit|a strong candidate}, {or may know someone who is|or could "
    "point me to someone who is}.\n\n{Would you be open to a confidential conversation?|May I share a brief on the opportunity, in "
    "confidence?}",
    # venture investor to founder
    "{Hi|Hey} {FIRST_NAME},\n\n{I'm {SENDER}, {a partner|an investor} at [[FUND_NAME]]|{SENDER} here from [[FUND_NAME]]} — {we "
    "lead|we write} {pre-seed and seed|seed and Series A} {cheques|checks} {of [[AMOUNT]] to [[AMOUNT2]]|between [[AMOUNT]] and "
    "[[AMOUNT2]]} {into|in} {{INDUSTRY}|B2B software} {founders|companies} {across|in} [[REGION]].\n\n{We've been tracking|I've been "
    "following} {COMPANY}'s {progress|growth} {and I'm impressed|closely} — {particularly|especially} {how quickly you've grown the "
    "team|the traction you've shown this year}.\n\n{Are you raising in the next 6-12 months?|Would love to get to know you ahead of "
    "your next round.} {Coffee in {CITY} or a quick Zoom?|Open to a 20-minute intro call?}",
    # founder seeking angels
    "{Hi|Hello} {FIRST_NAME},\n\n{I'm|My name is} {SENDER}, {co-founder|founder} of [[PRODUCT]]. We're {building|developing} "
    "[[PRODUCT_DESC]], and {we're currently raising|we've just opened} a [[AMOUNT]] [[FUND]] round{ with [[INVESTOR]] "
    "leading|}.\n\n{Since launching|In the [[NUM_SMALL]] months since launch}, we've {reached|grown to} [[METRIC]]{ with zero paid "
    "marketing|, growing [[PCT]] month over month}. {I'm reaching out because|I thought of you because} {of your experience in "
    "{INDUSTRY}|your background as {TITLE} would make you a valuable angel}.\n\n{Could I send you our deck?|Would you be open to a "
    "short call to hear more?}",
    # conference sponsorship
    "{Hello|Hi} {FIRST_NAME},\n\n[[EVENT]] {returns to|is coming back to} [[CITY2]] {on|this} [[EVENT_DATE]], {bringing together|with} "
    "[[NUM]]+ {senior decision-makers|executives} from {{INDUSTRY}|across the industry}.\n\n{We have|There are} {a limited number "
    "of|only a few} {sponsorship packages|exhibitor booths} {left|still available}, {from|starting at} [[PRICE_BIG]] — {including|each "
    "includes} {a speaking slot, booth space and attendee list access|a booth, two delegate passes and a branded breakout session}. "
    "{Last year's sponsors|Sponsors last year} {reported|saw} {an average of|on average} [[NUM_SMALL]] {qualified meetings|deals in "
    "pipeline} {per event|each}.\n\n{Would {COMPANY} be interested in the prospectus?|Shall I send you the sponsorship deck?}",
    # paid speaking slot
    "{Dear|Hi} {FIRST_NAME},\n\n{On behalf of|I'm writing on behalf of} the [[EVENT]] {programme committee|organising team}, {I'd like "
    "to|I would be delighted to} invite you to {speak|join a panel} {at|during} {this year's edition|our next edition} in [[CITY2]] "
    "([[EVENT_DATE]]).\n\n{This year's theme is|The theme this year is} \"[[THEME]]\", and {your perspective as {TITLE} at "
    "{COMPANY}|your experience in {INDUSTRY}} {would be|will be} {a great addition|extremely valuable} {to the agenda|for our "
    "audience}.\n\n{Please note|Just so you know}, {speaking slots include a participation fee of [[PRICE_BIG]]|selected speakers pay "
    "a small contribution of [[PRICE]] towards production costs}. {Let me know if you'd like more details.|Could I send you the "
    "speaker pack?}",
    # executive coaching
    "{Hi|Hello} {FIRST_NAME},\n\n{Being a|As a} {TITLE}, {you're expected to|you probably} {have all the answers|carry a lot on your "
    "own}{ — but who do you turn to|. Who challenges your thinking}? {I'm an executive coach|I'm {SENDER}, a certified executive coach "
    "(ICF PCC)}, {and I work with|working with} {senior leaders|founders and executives} {navigating|through} {rapid growth, new roles "
    "and tough decisions|scale-ups, promotions and burnout}.\n\n{My clients|Leaders I coach} {typically|usually} {report|describe} "
    "{better delegation, clearer priorities and more energy|sharper decisions and a calmer week} {within|after} [[NUM_SMALL]] "
    "sessions.\n\n{I offer|I'm offering} a {complimentary|free} {discovery session|60-minute strategy session} {this month|to a few "
    "leaders this month}. {Would that be of interest?|Shall we find a time?}",
    # offsite venue
    "{Hi|Hello} {FIRST_NAME},\n\n{Planning|Are you planning} {a team offsite|your next leadership retreat} {for {COMPANY}|this year}? "
    "[[VENUE]] is {a countryside estate|a restored manor house} {an hour from|just outside} [[CITY2]] {with|offering} [[NUM_SMALL]]0 "
    "{bedrooms|rooms}, {meeting spaces for up to 80|flexible workshop rooms} and {a private chef|full catering}.\n\n{We host|We've "
    "hosted} {teams from|retreats for} [[CLIENT]], [[CLIENT2]] and {many others|dozens of scale-ups}, {and handle|taking care of} "
    "{everything from transport to team activities|all the logistics, so you can focus on the agenda}.\n\n{Could I send you our "
    "brochure and availability?|Would you like a quote for your dates?}",
    # video production
    "{Hey|Hi} {FIRST_NAME},\n\n{Video|Short-form video} {is|has become} {the fastest way|the most effective way} {to explain|to show} "
    "{what {COMPANY} does|a complex product}{ — but most company videos are boring|, yet most brand videos get skipped}. {We're|We "
    "are} [[AGENCY]], a {video production studio|creative studio} {making|producing} {explainer videos, customer stories and social "
    "ads|brand films and product explainers} for {{INDUSTRY}|tech} {brands|companies}.\n\n{From script to final cut|From concept to "
    "delivery}, {we usually deliver|projects take} {in|around} [[DAYS]]{, with packages from [[PRICE_BIG]]|}. {Here's our "
    "showreel|You can see our work here}: [[URL]]\n\n{Would you be up for a quick chat about your video plans for this year?|Any "
    "videos on your wishlist this quarter?}",
    # coworking space
    "{Hi|Hello} {FIRST_NAME},\n\n{Is {COMPANY} looking for office space in {CITY}?|Does your team need a base in {CITY}?} [[VENUE]] "
    "{has just opened|opens} {its new space|a new floor} {in|near} {the city centre|the business district} {with|offering} {private "
    "offices for 4-40 people|flexible private offices and meeting rooms}, {on flexible terms|with no long lease}.\n\n{All-"
    "inclusive|Fully serviced}: {fast Wi-Fi, furniture, cleaning, coffee and 24/7 access|furniture, fibre, reception and unlimited "
    "coffee} {from|starting at} [[PRICE]] per desk per month.\n\n{Would you like to come by for a tour?|Can I book you in for a visit "
    "next week?}",
    # employee benefits broker
    "{Hello|Hi} {FIRST_NAME},\n\n{Renewal season is coming up|With renewals around the corner} — {is {COMPANY} getting the best "
    "value|are you confident {COMPANY} is getting good value} {from its health insurance and employee benefits|on employee health "
    "cover}? {Premiums for|Costs for} {companies your size|{INDUSTRY} employers} {went up|rose} {by double digits|sharply} {last "
    "year|this year}.\n\n{As an independent broker,|We are an independent benefits broker, and} [[AGENCY]] {compares|reviews} {plans "
    "from|quotes across} [[NUM_SMALL]] {insurers|providers} and {negotiates on your behalf|handles the renewal for you}{, at no cost "
    "to you|}. {Our clients|Clients} {save|saved} {an average of|on average} [[PCT]] {on premiums|at renewal}.\n\n{Would a free "
    "benefits review be useful?|Can we schedule a 20-minute review?}",
    # translation and localisation
    "{Hi|Hello} {FIRST_NAME},\n\n{Is {COMPANY} planning to expand into new markets|Are you taking {COMPANY} international} this "
    "year? {Localising your website, app and support content|Getting your product translated properly} {is often|tends to be} {the "
    "first|a key} step{ — and the one most teams get wrong|}.\n\n[[AGENCY]] {provides|delivers} {professional translation|human-"
    "reviewed machine translation} {in [[NUM]] language pairs|into [[NUM_SMALL]]0+ languages}{, with|and} {native-speaking "
    "reviewers|in-country linguists} and {integrations with|plugins for} {Figma, GitHub and Contentful|your CMS and code repository}. "
    "{Turnaround is|We deliver in} {usually 48 hours|as little as 24 hours}.\n\n{Could I send over a sample translation of your "
    "homepage?|Would a free pilot project be helpful?}",
    # corporate gifting
    "{Hey|Hi} {FIRST_NAME}!\n\n{The holidays are|Holiday season is} {closer than you think|just around the corner} 🎁 {Have you "
    "thought about|Any plans yet for} {client and employee gifts|how {COMPANY} will thank clients and employees} {this year|this "
    "season}?\n\n[[AGENCY]] {curates|creates} {premium gift boxes|custom branded gift boxes} {from local artisans|with sustainable, "
    "locally made products} and {ships|delivers} {them|worldwide} {to [[NUM_SMALL]]0 countries|to home addresses in [[NUM_SMALL]]0 "
    "countries} — {you just upload a list|just send us the addresses}{ and we handle the rest|}.\n\n{Orders placed before "
    "[[EVENT_DATE]] get free branding.|Book before [[EVENT_DATE]] for early-bird pricing.} {Want to see our catalogue?|Shall I send "
    "you some samples?}",
    # GDPR compliance
    "{Dear|Hello} {FIRST_NAME},\n\n{I'm reaching out|I am writing} {regarding|about} {data protection compliance|GDPR compliance} at "
    "{COMPANY}. {Regulators|Data protection authorities} {have issued|issued} {record fines|over €2 billion in fines} {in the past "
    "year|recently}, {and|yet} {many|most} {mid-sized companies|{INDUSTRY} businesses} {still lack|do not yet have} {an up-to-date "
    "record of processing activities|a proper data map and privacy policies}.\n\n[[AGENCY]] {offers|provides} {an outsourced Data "
    "Protection Officer service|a fixed-fee GDPR compliance programme}, {including|covering} {audits, policies, staff training and "
    "DPIAs|gap analysis, documentation and ongoing support}, {from|at} [[PRICE]]0 {per month|a month}.\n\n{May I offer you a free "
    "compliance check?|Would a short call next week be convenient?}",
    # ESG reporting
    "{Hi|Hello} {FIRST_NAME},\n\n{New sustainability reporting rules|The CSRD and new ESG disclosure rules} {will apply to|are coming "
    "for} {thousands of|many more} {companies|businesses}{ like {COMPANY}|} {starting next year|from 2026}. {Is your team "
    "ready|Have you started preparing} {to report on emissions across scope 1, 2 and 3|for the first report}?\n\n{We are|[[AGENCY]] "
    "is} {a sustainability consultancy|an ESG advisory firm} {helping|that helps} {{INDUSTRY} companies|mid-market firms} {measure "
    "their carbon footprint|calculate their footprint}, {set science-based targets|build a decarbonisation plan} and "
    "{publish|prepare} {audit-ready reports|reports that pass assurance}.\n\n{Would you be open to an introductory call?|Could I share "
    "our readiness checklist with you?}",
    # AI automation consultancy
    "{Hey|Hi} {FIRST_NAME},\n\n{Everyone is talking about AI|AI is everywhere right now}, {but|yet} {few companies have actually "
    "automated a single workflow with it|most teams haven't put it to work in day-to-day operations}. {We build|We design and "
    "deploy} {custom AI agents|AI assistants} {that|which} {answer support tickets, qualify leads and process documents|take over "
    "repetitive work like data entry, triage and reporting}{ for {INDUSTRY} teams|}.\n\n{Our last project|A recent build} for "
    "[[CLIENT]] {saved|freed up} [[NUM]] {hours a month|staff hours every month} {and paid for itself|paying for itself} in "
    "[[DAYS]].\n\n{Curious what could be automated at {COMPANY}?|Want me to map out three automation ideas for {COMPANY}, free?}",
    # wealth management for founders
    "{Hello|Hi} {FIRST_NAME},\n\n{Founders and senior executives|Leaders in {INDUSTRY}} {often|frequently} {hold|have} {most of their "
    "wealth in company equity|a big chunk of their net worth tied up in stock options}{ — which|, and that} {creates|brings} {unique "
    "tax and liquidity challenges|some tricky tax and diversification questions}.\n\n{I'm {SENDER}, a wealth manager at "
    "[[AGENCY]]|At [[AGENCY]], I advise clients}{, and I specialise in|, specialising in} {equity compensation, secondary sales and "
    "exit planning|options, secondaries and pre-exit planning} {for|with} {tech founders|executives at high-growth "
    "companies}.\n\n{Would you be open to a no-obligation conversation?|Happy to share a short guide on option taxes if useful.}",
    # franchise opportunity
    "{Hi|Hello} {FIRST_NAME},\n\n{Have you ever thought about|Ever considered} {owning your own business|becoming a business owner} "
    "{without starting from scratch|with a proven model}? [[BRAND]] {is expanding|is opening} {in|across} {CITY} {and|—} {we're "
    "looking for|looking for} {a few|[[NUM_SMALL]]} {franchise partners|local operators} {with|who have} {management "
    "experience|leadership experience like yours}.\n\n{Our franchisees|Franchise owners} {typically|usually} {break even|reach "
    "profitability} {within|in} [[NUM_SMALL]] months, {with|and receive} {full training, marketing support and a protected "
    "territory|training, site selection and ongoing support}. {Initial investment|The total investment} {starts at|is from} "
    "[[PRICE_BIG]].\n\n{Would you like the franchise information pack?|Interested in a short discovery call?}",
    # paid expert calls
    "{Hi|Hello} {FIRST_NAME},\n\n{I work at|I'm with} [[AGENCY]], an expert network. {One of our clients|A client of ours}, {a "
    "global investment firm|a top consulting firm}, {is researching|is looking into} {the {INDUSTRY} market|trends in {INDUSTRY}} and "
    "{would value|is keen to hear} {your perspective|insights from someone with your background}.\n\n{It's|This would be} a "
    "{paid|compensated} {one-hour phone consultation|60-minute call} ({[[PRICE]]0/hour|[[PRICE]]0 per hour}){, scheduled at your "
    "convenience|}. {No confidential information about {COMPANY} is required|We never ask for confidential information about your "
    "employer}.\n\n{Would you be available sometime next week?|Are you interested in participating?}",
    # e-learning platform
    "{Hi|Hello} {FIRST_NAME},\n\n{How does {COMPANY} handle|How is {COMPANY} approaching} {training and upskilling|learning and "
    "development} {for its teams|across the company}? {Most|Many} {L&D|People} teams {we work with|I speak to} {struggle with low "
    "completion rates|find that nobody finishes the courses they buy}.\n\n[[PRODUCT]] {offers|is} {bite-sized, interactive "
    "courses|a library of [[NUM]]+ short courses} {on leadership, communication and tech skills|covering management, sales, data and "
    "AI skills}, {with|plus} {AI-generated learning paths|personalised learning paths for every employee}{ — completion rates "
    "average 83%|}.\n\n{Could I give you a quick tour?|Would you like trial access for your team?}",
    # relocation and immigration
    "{Hi|Hello} {FIRST_NAME},\n\n{Hiring talent from abroad|Relocating international hires} {to|into} {CITY} {can take months|is often "
    "slow and painful}{ — visas, housing, schools, bank accounts|}. {We make it simple.|We take care of it.}\n\n[[AGENCY]] "
    "{handles|manages} {work permits, visas and relocation|immigration and relocation end to end} for {fast-growing "
    "companies|[[AUDIENCE]]}, {with|and} {an average visa approval time of [[DAYS]]|a dedicated case manager for every employee}. "
    "{We've relocated|We have moved} [[NUM]]+ {employees|people} {for|for companies like} [[CLIENT]].\n\n{Is international hiring on "
    "{COMPANY}'s roadmap?|Would it help to chat about your next international hire?}",
    # property investment
    "{Hi|Hello} {FIRST_NAME},\n\n{I hope this finds you well|I trust you're keeping well}. {I'm reaching out to|I'm contacting} {a "
    "select group of|a few} {professionals|senior leaders} {regarding|about} {an off-market real estate opportunity|a new residential "
    "development} in [[CITY2]].\n\n{The project|The development} {targets|is projected to deliver} {an annual yield of [[PCT]]|returns "
    "of [[PCT]] per year}, with {a minimum ticket of|entry from} [[PRICE_BIG]]{ and a [[NUM_SMALL]]-year horizon|}. {Units "
    "are|Allocations are} {limited|filling up quickly}.\n\n{Shall I send you the investment memorandum?|Would you like to receive the "
    "details?}",
    # M&A advisory
    "{Dear|Hello} {FIRST_NAME},\n\n{I'm|I am} {SENDER}, {Managing Director|a director} at [[AGENCY]], a {boutique M&A "
    "advisory|sell-side advisory} firm. {We're currently|We are} {working with|advising} {a strategic acquirer|several strategic "
    "buyers} {looking to acquire|interested in acquiring} {{INDUSTRY} businesses|companies in {INDUSTRY}} {similar to|like} "
    "{COMPANY}.\n\n{Whether or not|Even if} {a sale is on your mind|you're not thinking about selling} {today|right now}, {it's worth "
    "knowing|it can be valuable to understand} {what your business could be worth|how buyers would value {COMPANY}} {in the current "
    "market|today}.\n\n{Would you be open to a confidential, no-obligation conversation?|Could we arrange a brief, confidential call?}",
    # award shortlist
    "{Congratulations|Congrats} {FIRST_NAME}! 🏆\n\n{You have been|You've been} {shortlisted|nominated} {for|in} the [[AWARD]] {in the "
    "{INDUSTRY} category|— {INDUSTRY} Leader of the Year}. {Our research team|Our editorial panel} {identified|selected} {your work at "
    "{COMPANY}|you} {as one of the standout contributions|from over [[NUM]] nominations} this year.\n\n{To confirm your place|To "
    "secure your nomination}, {please complete the short entry form|we just need a few details} {by|before} [[EVENT_DATE]]. "
    "{Finalists|Winners} {are featured|will be featured} in {our annual report|our magazine} and {invited to|celebrated at} {the gala "
    "dinner in [[CITY2]]|an awards evening in [[CITY2]]}.\n\n{Here's the link|You can confirm here}: [[URL]]",
    # peer community
    "{Hey|Hi} {FIRST_NAME},\n\n{I run|I'm the founder of} [[COMMUNITY]], {a private community|an invite-only peer group} {for|of} "
    "{senior operators|[[AUDIENCE]]} {who|that} {meet monthly|get together every month} {to swap playbooks and hard-won lessons|to "
    "solve real problems together}.\n\n{Members|Our members} {come from|include leaders at} [[CLIENT]], [[CLIENT2]] {and|plus} "
    "{dozens of other scale-ups|other fast-growing companies}. {There's no pitching and no fluff|No vendors, no sales pitches} — "
    "{just honest conversations|just candid, off-the-record peer support}.\n\n{We're opening|We have} [[NUM_SMALL]] {spots|seats} "
    "{for the next cohort|this quarter}. {Would you like an invite to our next session?|Want me to send you the application link?}",
    # commercial solar
    "{Hi|Hello} {FIRST_NAME},\n\n{With energy prices|Given how energy prices have moved} {where they are|over the last two years}, "
    "{many|more and more} {business owners|facilities managers} {in|around} {CITY} {are switching to solar|are installing rooftop "
    "solar} {to lock in lower costs|to cut their bills}.\n\n[[AGENCY]] {designs and installs|installs} {commercial solar and battery "
    "systems|solar panels and storage for commercial buildings} {with|and offers} {zero upfront cost through a power purchase "
    "agreement|financing from day one}. {Typical savings are|Clients usually save} [[PCT]] on {electricity|their energy bill}{ from "
    "year one|}.\n\n{Would {COMPANY} be interested in a free site survey?|Can I arrange a free feasibility study for your building?}",
    # fractional CFO
    "{Hi|Hello} {FIRST_NAME},\n\n{Not every company needs a full-time CFO|Most startups don't need a full-time CFO} — {but|yet} "
    "{almost every founder|every growing business} {needs|benefits from} {strategic finance support|someone who owns the numbers} "
    "{when fundraising or scaling|before a fundraise}.\n\n{I'm {SENDER}, a fractional CFO|We're [[AGENCY]], fractional CFOs} "
    "{for|working with} {VC-backed startups|[[AUDIENCE]]}. {We build|We put together} {financial models, board packs and "
    "investor-ready forecasts|the model, the forecast and the data room}{ — usually 2 days a month|, for a fraction of the cost of a "
    "hire}.\n\n{Is {COMPANY} raising in the next year?|Would it be worth a quick call to see where we could help?}",
    # branded merchandise
    "{Hi|Hey} {FIRST_NAME}! 👋\n\n{Is {COMPANY} hosting|Does {COMPANY} have} {any events|an offsite or trade show} {coming up|on the "
    "calendar}? {We make|[[AGENCY]] makes} {branded merch that people actually keep|custom swag your team will actually wear} — "
    "{hoodies, bottles, notebooks and tech accessories|eco-friendly hoodies, tees, tote bags and more}, {with|and} {no minimum "
    "order|low minimums}{ and delivery in [[DAYS]]|}.\n\n{We've produced|We've made} {kits|welcome packs} for [[CLIENT]] and "
    "[[CLIENT2]]. {Want a free sample pack?|Can I send you a few samples with your logo?}",
    # corporate travel
    "{Hello|Hi} {FIRST_NAME},\n\n{How does {COMPANY} manage business travel today?|Who looks after business travel at {COMPANY}?} "
    "{If your team still books through|If people are booking on} {personal cards and consumer sites|a mix of agencies and personal "
    "cards}, {you're likely|chances are you're} {overspending|paying too much} {and missing duty-of-care data|with no visibility on "
    "where people are}.\n\n[[PRODUCT]] {is a|offers a} {corporate travel platform|travel management platform} {with|featuring} "
    "{negotiated hotel and flight rates|corporate fares on flights, hotels and trains}, {automatic policy compliance|built-in "
    "approval flows} and {24/7 support|one invoice a month}. {Companies save|Customers save} {an average of|around} [[PCT]] {on "
    "travel spend|per trip}.\n\n{Would you like a short demo?|Fancy a 15-minute walkthrough?}",
    # recruiter pitching a candidate to a hiring manager
    "{Hi|Hello} {FIRST_NAME},\n\n{I'm working with|I represent} {an exceptional|a very strong} [[ROLE]] {who is|currently} {quietly "
    "exploring the market|open to new opportunities} and {I think|believe} {COMPANY} {could be|would be} {a great match|an ideal next "
    "step}.\n\n{Highlights:|Quick summary:} {[[NUM_SMALL]] years' experience|[[NUM_SMALL]]+ years in the field}, {previously at "
    "[[CLIENT]]|most recently at [[CLIENT]]}, {led a team of 12|scaled a team from 3 to 20}{, and|;} {available with one month's "
    "notice|can start within four weeks}.\n\n{Would you like me to send over an anonymised profile?|Shall I share the CV?} {My fee is "
    "only payable on a successful hire.|No fee unless you hire.}",
    # executive education
    "{Dear|Hello} {FIRST_NAME},\n\n{Based on your profile|Given your experience} as {TITLE}, {I believe|I think} you {would be|could "
    "be} {an excellent candidate|a strong fit} for the [[PROGRAM]]{ at [[SCHOOL]]|}. {The programme|This 18-month programme} {is "
    "designed for|is built for} {senior professionals|experienced leaders} {who want to|looking to} {step into general "
    "management|move into the C-suite} {without pausing their careers|while continuing to work}.\n\n{Applications for the|The "
    "application window for our} [[EVENT_DATE]] intake {are now open|is now open}, {and|with} {scholarships of up to "
    "[[PCT]]|partial scholarships} {available for|for} {early applicants|outstanding candidates}.\n\n{Would you like to attend an "
    "online information session?|May I send you the brochure?}",
)

NOTES = (
    "{Hello|Hi} {FIRST_NAME}, {always keen|always happy} to {meet|link up with} {people|leaders} {shaping|driving} {INDUSTRY}. "
    "{Shall we connect?|Let's stay in touch.}",
    "{Hi|Hey} {FIRST_NAME}, {I'm an investor|I invest} in {INDUSTRY} {startups|companies} and {follow|have been following} "
    "{COMPANY}. {Would be glad to connect.|Happy to connect!}",
    "{Dear|Hi} {FIRST_NAME}, {I'm putting together|I am curating} {the speaker line-up|a speaker panel} for [[EVENT]] and {would "
    "value|would welcome} a connection.",
    "{Hi|Hello} {FIRST_NAME}, {fellow|another} {CITY}-based {founder|operator} here{ 👋|}! {Always good to know people "
    "locally.|Good to link up with people nearby.}",
    "{Hi|Hey} {FIRST_NAME}, {we've got|we have} {a few|several} {people|colleagues} in common{ and|, and} {I thought|figured} {it made "
    "sense to link up|I'd say hello} here.",
    "{Hello|Hi} {FIRST_NAME}, {I coach|I work with} {TITLE}s {going through|facing} {big transitions|rapid growth}. {Glad to "
    "link up|Would be glad to link up} and {share ideas|swap notes}.",
    "{Hi|Hello} {FIRST_NAME}, {I lead|I'm leading} {executive search|leadership hiring} {for|in} {INDUSTRY}. {Linking up with|I like "
    "to know} {leaders|people} {I admire|whose careers I follow} — {hope that's OK!|hope you don't mind.}",
    "{Hi|Hey} {FIRST_NAME}, {your talk|your session} {at|during} [[EVENT]] {was excellent|really stuck with me}. {Would love to keep "
    "in touch.|Keen to stay in touch.}",
    "{Greetings|Hello} {FIRST_NAME}! {Building|Growing} {a circle of|my circle of} senior leaders in {CITY}{ — care to join?|. Care "
    "to join?}",
    "{Hi|Hello} {FIRST_NAME}, {we're opening|we've opened} {a new space|a new office hub} {in {CITY}|near you} and {I'd be happy "
    "to|would love to} {keep you posted|share the details}.",
    "{Hey|Hi} {FIRST_NAME}, {loved|enjoyed} {your thoughts|your take} on {INDUSTRY} {lately|recently}. {Mind if I follow "
    "along?|Happy to be in touch if you are.}",
    "{Hi|Hello} {FIRST_NAME}, {I noticed|saw} {{COMPANY} is expanding|the expansion at {COMPANY}} — {congratulations|exciting "
    "times}! {Would be great to be in touch.|Let's stay in touch.}",
    "{Hi|Hello} {FIRST_NAME}, {I help companies|I support teams} {relocating talent to|hiring internationally into} {CITY}. {Always "
    "nice to meet|Always glad to know} {people|leaders} in {INDUSTRY}.",
    "{Hi|Hey} {FIRST_NAME}, {I read|just read} {your profile|your recent article} and {found it inspiring|it resonated}. {Would you "
    "accept my invite?|Open to being in touch?}",
)

FILLS = {
    "PRODUCT_DESC": ("an AI copilot for insurance brokers", "a marketplace for refurbished lab equipment",
                     "payroll for gig workers in Africa", "a carbon ledger for supply chains", "software for dental clinics",
                     "a compliance API for crypto exchanges", "a booking platform for sports facilities",
                     "predictive maintenance for wind farms", "a HR platform for frontline workers",
                     "embedded finance for marketplaces"),
    "METRIC": ("$40k in monthly recurring revenue", "1,200 paying customers", "€1.1M ARR", "35 enterprise pilots",
               "80,000 monthly active users", "$2.4M in annualised GMV", "14 signed hospital contracts"),
    "THEME": ("Leading Through Uncertainty", "AI and the Future of Work", "Resilient Supply Chains", "Growth Without Burnout",
              "The Sustainable Enterprise", "Trust in a Digital World", "Building for the Next Billion", "Beyond the Hype"),
    "AWARD": ("Global Business Excellence Awards", "Top 100 Innovators List", "Women in Leadership Awards",
              "40 Under 40 Business Awards", "European Tech Leaders Awards", "Industry Impact Awards 2025"),
    "PROGRAM": ("Global Executive MBA", "Advanced Management Programme", "Executive Master in Digital Leadership",
                "Senior Leadership Programme", "Executive MBA in Strategy and Innovation"),
    "SCHOOL": ("Lisbon School of Management", "Northgate Business School", "Rhine Institute of Leadership",
               "Harbourside School of Business", "Atlas Graduate School", "Meridian Business School"),
    "AUDIENCE": ("heads of people", "CFOs of growth-stage companies", "first-time founders", "engineering directors",
                 "chief revenue officers", "operations leaders", "family-business owners", "VC-backed founders"),
}

COMPOSER = {
    "greetings": (
        "{Dear|Hello} {FIRST_NAME},", "{Hi|Hello} {FULL_NAME},", "Greetings {FIRST_NAME},", "{FIRST_NAME} — hope you're well.",
        "{Hi|Hey} {FIRST_NAME}, happy {Monday|Tuesday|Thursday}!", "{Hello|Hi} {FIRST_NAME}, I trust you're keeping well.",
        "Dear {TITLE} {FULL_NAME},", "{Good day|Hello} {FIRST_NAME},",
    ),
    "openers": (
        "{I'm writing|I am writing} to {a handful of|a small number of} {TITLE}s in {CITY} {about|regarding} "
        "[[SUBJECT]].",
        "{Your name came up|Your name was mentioned} {in a conversation|during a discussion} {about|on} [[SUBJECT]]{, so here I "
        "am| and I wanted to follow up}.",
        "{Having followed|Following} {COMPANY}'s {journey|story} {for some time|this year}, {I wanted|I felt it was time} to "
        "{get in touch|introduce myself}.",
        "{Leaders|Executives} {like you|in your position} {rarely|seldom} have time for [[SUBJECT]]{ — which is exactly why I'm "
        "writing|, so I'll be concise}.",
        "{A colleague|One of our partners} {suggested|recommended} I {contact|write to} you {given|because of} your work {at "
        "{COMPANY}|in {INDUSTRY}}.",
        "{As|Being} {TITLE} at {COMPANY}, {you're|you are} {probably|likely} {thinking about|weighing} [[SUBJECT]] {this "
        "year|right now}.",
        "{This may be|This might be} {slightly|a little} {out of the blue|unexpected}, {but|yet} {I believe|I think} it's "
        "{worth|worthwhile} {a minute|sixty seconds} of your time.",
        "{Many|Most} {{INDUSTRY} leaders|executives in {INDUSTRY}} {we meet|we speak with} {mention|raise} [[SUBJECT]] {as a "
        "priority|as unfinished business}.",
        "{Thank you for|Thanks for} {the work you share|everything you share} {about|on} {INDUSTRY}{ — it's been valuable|, "
        "it's genuinely useful}.",
        "{Allow me to|Let me} {briefly|quickly} {introduce|present} [[AGENCY]]{.| to you.}",
        "{Congratulations on|Well done on} {a strong year|another strong year} {at {COMPANY}|for {COMPANY}}{!|.}",
        "{I'll get straight to the point|Straight to the point}{:|.} [[SUBJECT]] {at|for} {COMPANY}.",
        "{It was|It's been} {great|a pleasure} {seeing|watching} {COMPANY} {grow|expand} {in|across} {CITY}{ lately| this year}.",
        "{We've|We have} {been speaking with|been talking to} {several|a number of} {companies|firms} {in|across} {INDUSTRY} "
        "{about|on} [[SUBJECT]].",
    ),
    "asks": (
        "{Might you|Would you} {have|find} {20 minutes|half an hour} {in the coming days|over the next fortnight} for {an "
        "introduction|an initial conversation}?",
        "{Shall I|May I} {send|share} {a short overview|a one-page summary}{ for your consideration|}?",
        "{I'd welcome|I would welcome} {the chance|the opportunity} to {discuss|explore} this {further|with you}.",
        "{Please let me know|Do let me know} {if this is of interest|whether this resonates}{.| and I'll arrange the rest.}",
        "{Could|Might} we {arrange|schedule} {a brief call|a short video call} {next Tuesday or Wednesday|later this month}?",
        "{If helpful|Should it be useful}, {my calendar is here|you can book directly here}: [[URL]]",
        "{Is|Would} {this|it} {something|a topic} {you'd like to|worth it to} {explore|look at} {together|further}?",
        "{I'd be grateful for|I would appreciate} {a short reply|a quick yes or no} {either way|whatever you decide}.",
        "{Would|Could} a {short|brief} {conversation|meeting} {over coffee in {CITY}|on Teams} {suit you|work for you}?",
        "{Kindly|Please} {let me know|advise} {who|whom} I {should speak with|might speak to} {if it isn't you|otherwise}.",
    ),
    "closers": (
        "{With thanks|Many thanks} {for considering this|for your consideration}{.|!}",
        "{I look forward to|Looking forward to} {connecting|speaking} {soon|in due course}.",
        "{Wishing you|I wish you} {a productive week|a successful quarter}{.|!}",
        "{Thank you|Thanks} {in advance|for reading this far}{.|!}",
        "PS: {If|Should} {now isn't the right moment|the timing be wrong}, {simply|just} {let me know|say so} and {I'll follow up "
        "later|I'll check back in the new year}.",
    ),
    "topics": {
        "executive_search": {
            "fills": {
                "SUBJECT": ("leadership hiring", "succession planning", "board appointments", "your next senior hire",
                            "building a leadership bench", "interim executives"),
                "SEARCH": ("Chief Operating Officer", "Chief Technology Officer", "VP of Finance", "General Counsel",
                           "Chief People Officer", "Managing Director, EMEA", "non-executive director", "Chief Product Officer"),
            },
            "pitch": (
                "[[AGENCY]] {is|runs} {a|an} {boutique|specialist} {search practice|executive search practice} {placing|that "
                "places} [[SEARCH]]s {in|for} {INDUSTRY} {organisations|businesses}.",
                "{We're|We are} {currently|presently} {mandated|engaged} {on|for} a [[SEARCH]] {search|appointment} {with|at} a "
                "[[FUND]] {group|organisation} {headquartered|based} in [[CITY2]].",
                "{Our|The} {shortlists|candidate shortlists} {are delivered|arrive} {within|in} [[DAYS]]{, and we guarantee every "
                "placement for 12 months|, backed by a one-year guarantee}.",
                "{Unlike|In contrast to} {contingent recruiters|high-volume agencies}, {we take|we accept} {only|just} "
                "[[NUM_SMALL]] {mandates|assignments} {at a time|per partner}.",
            ),
            "proof": (
                "{Recent appointments include|We recently appointed} {leaders|executives} {at|for} [[CLIENT]] and [[CLIENT2]].",
                "{Over|More than} [[PCT]] of {our placements|the leaders we place} {are still in role|remain in post} after three "
                "years.",
            ),
            "asks": (
                "{Might you|Would you} {know of|be able to suggest} {anyone|someone} {suitable|appropriate} for the [[SEARCH]] "
                "{role|position}?",
            ),
        },
        "investing": {
            "fills": {
                "SUBJECT": ("your next funding round", "capital strategy", "secondary liquidity", "growth financing",
                            "venture debt", "your cap table"),
                "THESIS": ("vertical software", "climate infrastructure", "embedded finance", "healthcare AI", "the future of work",
                           "industrial automation", "developer platforms", "consumer health"),
            },
            "pitch": (
                "[[FUND_NAME]] {backs|partners with} {founders|teams} {building|working on} [[THESIS]]{, from [[AMOUNT]] "
                "upwards|, leading rounds of [[AMOUNT]] to [[AMOUNT2]]}.",
                "{Our thesis|Our focus} {is|centres on} [[THESIS]] {in|across} [[REGION]]{, and {COMPANY} fits it well|, which is "
                "why {COMPANY} stood out}.",
                "{We offer|Our team provides} {more than capital|far more than a cheque}: {a talent network|hiring support}, "
                "{customer introductions|intros to [[NUM]]+ enterprise buyers} and {follow-on funding|support through every round}.",
                "{We've|We have} {just closed|recently closed} {our third fund|a new [[AMOUNT2]] fund} {dedicated to|focused on} "
                "[[THESIS]].",
            ),
            "proof": (
                "{Our portfolio includes|Portfolio companies include} [[CLIENT]] and [[CLIENT2]]{.|, both now Series B.}",
                "{Founders|CEOs} {we've backed|in our portfolio} {describe us as|call us} {hands-on but not in the way|the first call "
                "they make}.",
            ),
            "asks": (
                "{Would|Might} you be {open to|up for} {an informal chat|an informal coffee}{, no pitch deck required|, no deck "
                "needed}?",
            ),
        },
        "events_sponsorship": {
            "fills": {
                "SUBJECT": ("your events budget", "brand visibility this year", "meeting senior buyers", "thought leadership",
                            "your presence at industry events", "next year's conference calendar"),
                "PACKAGE": ("headline sponsorship package", "roundtable host package", "exhibition stand", "hosted-buyer package",
                            "keynote slot", "VIP dinner sponsorship"),
            },
            "pitch": (
                "[[EVENT]] {takes place|is held} in [[CITY2]] on [[EVENT_DATE]]{, with [[NUM]] attendees expected| and is almost "
                "sold out}.",
                "{We have|There is} {one|a single} [[PACKAGE]] {remaining|still available}{ and I thought of {COMPANY} first|, "
                "priced at [[PRICE_BIG]]}.",
                "{Our audience is|Attendees are} {80% director level and above|mostly C-level and VP} {from|across} {INDUSTRY} "
                "{and adjacent sectors|and related fields}.",
                "{Partners|Sponsors} {receive|get} {pre-scheduled meetings|guaranteed meetings} with {buyers|decision-makers} "
                "{they select|they choose} {in advance|before the event}.",
            ),
            "proof": (
                "{Previous partners|Past sponsors} {include|included} [[CLIENT]] and [[CLIENT2]].",
                "{[[PCT]] of|Most} {sponsors|partners} {return|rebook} {the following year|year after year}.",
            ),
            "asks": (
                "{May I|Shall I} {send|forward} {the partnership brochure|our media kit}?",
            ),
        },
        "coaching_training": {
            "fills": {
                "SUBJECT": ("leadership development", "manager training", "executive presence", "team resilience",
                            "high-performance culture", "leading hybrid teams"),
                "PROGRAMME": ("a 12-week leadership programme", "a six-month coaching journey", "a two-day leadership intensive",
                              "monthly group coaching", "a 1:1 coaching package", "a first-time manager bootcamp"),
            },
            "pitch": (
                "{I|We} {deliver|run} [[PROGRAMME]] {for|tailored to} {TITLE}s {and their teams|and their direct reports}.",
                "{The format|Our approach} {combines|blends} {1:1 sessions, peer groups and practical tools|coaching, 360 feedback "
                "and real-world projects}{ — no theory for its own sake|}.",
                "{Participants|Leaders} {finish|leave} with {a clear plan|a personal leadership plan} and {measurable|tangible} "
                "{changes|results} {within|in} [[DAYS]].",
                "{I'm|I am} {an ICF-accredited coach|a former {TITLE} turned coach} with [[NUM_SMALL]] years {of experience in|in} "
                "{INDUSTRY}{ behind me|}.",
            ),
            "proof": (
                "{Clients|Organisations I've worked with} {include|range from} [[CLIENT]] {to|and} [[CLIENT2]].",
                "[[PCT]] of {participants|leaders} {report|describe} {a promotion|a step change} within a year.",
            ),
            "asks": (
                "{Would you like to|Might you like to} {try|experience} {a complimentary session|a free taster session}?",
            ),
        },
        "creative_production": {
            "fills": {
                "SUBJECT": ("your brand story", "your video content", "employer branding", "your trade-show presence",
                            "product photography", "company swag"),
                "DELIVERABLE": ("a 60-second brand film", "customer testimonial videos", "an animated explainer", "a photo "
                                "library", "branded welcome kits", "a podcast series", "social video ads"),
            },
            "pitch": (
                "[[AGENCY]] {produces|creates} [[DELIVERABLE]] for {{INDUSTRY}|B2B} {brands|companies}{, start to finish|, "
                "fully in-house}.",
                "{Our|The} {crew|team} {handles|covers} {scripting, shooting and editing|concept, production and post} {so your "
                "team doesn't have to|without eating your team's time}.",
                "{A typical|Our standard} {project|package} {takes|runs} [[DAYS]] {and costs|and starts at} [[PRICE_BIG]].",
                "{We recently|Last month we} {delivered|shipped} [[DELIVERABLE]] {for|to} [[CLIENT]]{ — it's on their homepage|}.",
            ),
            "proof": (
                "{Our work|Work we produced} {for|with} [[CLIENT]] {reached|drew} [[NUM]]k views {in|within} [[DAYS]].",
                "{Brands|Companies} {like|such as} [[CLIENT]] and [[CLIENT2]] {come back|return} {every quarter|year after year}.",
            ),
            "asks": (
                "{May I send|Shall I send} {our showreel|a few samples}? {It's|They're} {short|under two minutes}.",
            ),
        },
        "workplace_services": {
            "fills": {
                "SUBJECT": ("office space", "employee benefits", "business travel", "workplace wellbeing", "relocation support",
                            "corporate housing", "the employee experience"),
                "OFFER": ("flexible office space", "a wellbeing programme", "employee health cover", "relocation packages",
                          "serviced apartments for visiting staff", "a corporate travel desk", "on-site fitness classes"),
            },
            "pitch": (
                "[[AGENCY]] {provides|offers} [[OFFER]] {for|to} {companies|teams} {in|across} {CITY}{ and [[NUM_SMALL]] other "
                "cities|}.",
                "{Everything|It all} {is handled|is managed} {by a single account manager|through one contract}{, billed "
                "monthly|, with no setup fee}.",
                "{Prices|Packages} {start at|begin from} [[PRICE]] {per employee|per person} {a month|monthly}.",
                "{Our|The} [[OFFER]] {is|has been} {rated|voted} {best in {CITY}|top of its category} {two years running|this year}.",
            ),
            "proof": (
                "{Teams at|Employees at} [[CLIENT]] {use it|rely on it} {daily|every week}.",
                "{We now serve|We now look after} [[NUM]] {companies|employers}{, from start-ups to [[CLIENT]]|}.",
            ),
            "asks": (
                "{Could I|May I} {invite you|arrange} {for a visit|a short visit} {next week|this month}?",
            ),
        },
        "compliance_advisory": {
            "fills": {
                "SUBJECT": ("regulatory readiness", "ESG disclosure", "data protection", "export controls", "the EU AI Act",
                            "whistleblowing obligations", "anti-money-laundering checks"),
                "FRAMEWORK": ("the EU AI Act", "CSRD", "GDPR", "DORA", "NIS2", "ISO 14001", "the UK Modern Slavery Act"),
            },
            "pitch": (
                "[[AGENCY]] {helps|supports} {INDUSTRY} {companies|organisations} {prepare for|comply with} [[FRAMEWORK]] "
                "{without|with minimal} {disruption|internal effort}.",
                "{Our|The} {readiness assessment|gap analysis} {takes|lasts} [[DAYS]] and {produces|ends with} {a prioritised "
                "roadmap|a board-ready report}.",
                "{Penalties under|Fines under} [[FRAMEWORK]] {can reach|go up to} [[PCT]] of {global turnover|annual revenue}{, so "
                "early preparation pays off|}.",
                "{Our advisers|Our consultants} {are|include} {former regulators|ex-regulators and auditors}{ with [[NUM_SMALL]] "
                "years of experience|}.",
            ),
            "proof": (
                "{We've prepared|We have guided} [[NUM]]+ {organisations|firms}{, including [[CLIENT]],|} {through|for} "
                "[[FRAMEWORK]].",
            ),
            "asks": (
                "{Would|Might} {a complimentary|a free} {readiness check|initial assessment} {be of value|be useful} to {COMPANY}?",
            ),
        },
        "expert_network": {
            "fills": {
                "SUBJECT": ("a short paid consultation", "an industry survey", "a research interview", "an advisory board seat",
                            "a paid expert call"),
                "CLIENT_TYPE": ("a private equity fund", "a strategy consultancy", "a hedge fund", "a Fortune 500 company",
                                "a sovereign wealth fund", "a market research firm"),
            },
            "pitch": (
                "{We connect|[[AGENCY]] matches} [[CLIENT_TYPE]] {with|to} {experienced|senior} {professionals|practitioners} "
                "{in|across} {INDUSTRY}.",
                "{The|Each} {call|consultation} {lasts|takes} {about an hour|60 minutes} and {pays|is compensated at} [[PRICE]]0 "
                "{per hour|an hour}.",
                "{Topics|Questions} {focus on|cover} {market trends|general industry dynamics}{ — never confidential matters|, "
                "nothing proprietary}.",
                "{Our client|The client} {is|will be} {particularly|especially} {interested in|keen on} {your time|your experience} "
                "{at {COMPANY}|as {TITLE}}.",
            ),
            "proof": (
                "{Over|More than} [[NUM]] {experts|advisers} {have joined|joined} {our network|the network} {this year|so far}.",
            ),
            "asks": (
                "{Could|Would} you {spare|make} {an hour|sixty minutes} {in the next two weeks|before [[EVENT_DATE]]}?",
            ),
        },
    },
    "note_hooks": (
        "{Hello|Hi} {FIRST_NAME}, {I advise|I work with} {INDUSTRY} {leaders|executives} on [[SUBJECT]].",
        "{Dear|Hi} {FIRST_NAME}, {your journey|your career} {at {COMPANY}|as {TITLE}} {is remarkable|stood out to me}.",
        "{Hi|Hello} {FIRST_NAME}, {I'm curating|I'm building} {a panel|a list} of {TITLE}s for [[EVENT]].",
        "{Greetings|Hello} {FIRST_NAME}! {Based in|Also based in} {CITY} {here|myself}.",
        "{Hi|Hey} {FIRST_NAME}, {I represent|I'm with} [[AGENCY]] {here in|in} {CITY}.",
        "{Hello|Hi} {FIRST_NAME}, {I follow|I've followed} {COMPANY} {for a while|since its early days}.",
        "{Hi|Hello} {FIRST_NAME}, {I'm|I am} {SENDER}, {partner|a partner} at [[AGENCY]].",
        "{Dear|Hello} {FIRST_NAME}, {we organise|I organise} [[EVENT]] {each year|annually}.",
        "{Hi|Hey} {FIRST_NAME}, {we invest|I invest} in {INDUSTRY} {companies|teams} {like {COMPANY}|across [[REGION]]}.",
        "{Hello|Hi} {FIRST_NAME}, {I support|I help} {TITLE}s {with|on} [[SUBJECT]].",
        "{Hi|Hello} {FIRST_NAME}, {a mutual contact|a former colleague of yours} {suggested|recommended} {we talk|I reach out}.",
        "{Hey|Hi} {FIRST_NAME}, {congratulations on|well done on} {a great year|the progress} at {COMPANY}.",
        "{Hello|Dear} {FIRST_NAME}, {I research|I study} [[SUBJECT]] {in|across} {INDUSTRY}.",
        "{Hi|Hello} {FIRST_NAME}, {I'm expanding|I'm growing} {our|my} {advisory|mentor} {circle|network} in {CITY}.",
        "{Hello|Hi} {FIRST_NAME}, {I chair|I host} a {quarterly|monthly} {breakfast|salon} for {TITLE}s in {CITY}.",
        "{Dear|Hello} {FIRST_NAME}, {our firm|[[AGENCY]]} {recently|just} {opened|launched} {an office|a practice} in {CITY}.",
        "{Hi|Hello} {FIRST_NAME}, {reading about|following news on} {COMPANY} {lately|this month} {has been a pleasure|was "
        "inspiring}.",
        "{Hey|Hi} {FIRST_NAME}, {I'm compiling|we're compiling} {a report|a study} on [[SUBJECT]] in {INDUSTRY}.",
        "{Hello|Hi} {FIRST_NAME}, {I spent|I've spent} {a decade|many years} {in|working in} {INDUSTRY} {before|prior to} "
        "{founding|starting} [[AGENCY]].",
        "{Hi|Dear} {FIRST_NAME}, {your|the} {recent|latest} {interview|podcast appearance} {was|is} {thought-provoking|superb}.",
        "{Hello|Hi} {FIRST_NAME}, {seasoned|experienced} {TITLE}s {like you|such as yourself} {are|remain} {rare|hard to find}.",
        "{Hi|Hey} {FIRST_NAME}, {a quick|a brief} hello from {a fellow|another} {member|veteran} of the {INDUSTRY} "
        "{world|community}.",
        "{Good day|Hello} {FIRST_NAME}, {I'm reaching|I am reaching} out {to|to a few} {select|selected} {leaders|executives} in "
        "{CITY}.",
        "{Hi|Hello} {FIRST_NAME}, {we're assembling|I'm assembling} {an advisory board|a jury} for [[EVENT]].",
    ),
    "note_middles": (
        "{Your insights|Your perspective} {would be|is} {valuable|much appreciated}.",
        "{Always|I'm always} {eager|glad} to {learn from|exchange with} {peers|people} in {INDUSTRY}.",
        "{Nothing to sell|No sales pitch}{, just curiosity|, simply interested}.",
        "{It would be|It'd be} {good|nice} to {have a line open|keep a line open}.",
        "{Your|The} {work|leadership} {at {COMPANY}|in {CITY}} {speaks for itself|is widely respected}.",
        "{We might|Perhaps we could} {find|discover} {common ground|some overlap} {on|around} [[SUBJECT]].",
        "{I publish|I share} {a short|a brief} {note|digest} on [[SUBJECT]] {each month|monthly}.",
        "{Several|A few} {of your peers|peers of yours} {are already|have already} {on board|involved}.",
        "{There is|There's} {no agenda|nothing to sell} {here|on my side}{ at all|}.",
        "{It would mean|It'd mean} {a lot|a great deal} {to have|to count on} your {view|input}.",
    ),
    "note_asks": (
        "{Shall we link up?|Would you accept my invitation?}",
        "{Happy to|Glad to} {be in touch|stay in touch}{.|!}",
        "{I'd be honoured to|It would be a pleasure to} {be in your network|link up}.",
        "{Looking forward to|I look forward to} {being in touch|staying in touch}.",
        "{Please accept|Kindly accept} {my invitation|this invitation}{.| 🙏}",
        "{Welcome to reply|Feel free to reply} {any time|whenever suits}.",
        "{Let me know|Do let me know} {if that's agreeable|if you're open to it}.",
        "{Would|Might} you {consider|entertain} {it|the idea}?",
        "{Warm wishes|Best wishes} {for the week|for the season}.",
        "{Hoping|I hope} {to hear from you|we can be in touch}{.| soon.}",
        "{Thank you|Thanks} {for considering|in advance}{.|!}",
        "{Awaiting your reply|Awaiting your thoughts}{ with interest|}.",
    ),
}
