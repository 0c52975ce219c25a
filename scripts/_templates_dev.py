"""The "dev" template set for scripts/make_corpus.py (private module).

Detector thresholds may be tuned on corpora made from this set only; ``_templates_heldout``
holds a disjoint set (other sales topics, other wording) to check that they generalise.

Notation: see ``_spintax`` (``{a|b}`` spin groups, ``{FIRST_NAME}`` ... mail-merge slots,
``[[FILL]]`` campaign constants). ``LONG`` and ``NOTES`` are complete hand-written templates;
``COMPOSER`` holds the fragments from which further campaign templates are assembled when a
corpus needs more campaigns than there are hand-written templates.

Topics here: sales software, lead-generation and marketing agencies, software outsourcing,
security and IT services, tech and sales recruiting (candidate side), data consultancies,
finance and HR software, webinars and podcasts, logistics.
"""

NAME = "dev"

LONG = (
    # sales engagement software
    "{Hi|Hello|Hey} {FIRST_NAME},\n\n{I came across your profile|Your profile caught my eye|I noticed your work at {COMPANY}} and "
    "{wanted to reach out|thought I'd reach out|figured I'd say hello}. {As {TITLE} at {COMPANY}|Leading the team at {COMPANY}}, "
    "you're probably {juggling|dealing with|stuck with} {a dozen tools just to keep the pipeline moving|reps who spend more time in "
    "spreadsheets than on calls}.\n\n[[PRODUCT]] {puts|brings} {prospecting, sequencing and call logging|your whole outbound workflow} "
    "{into one place|under one roof} — {teams like|customers such as} [[CLIENT]] {saw|reported} [[PCT]] more {meetings booked|replies} "
    "{in the first quarter|within [[DAYS]]}.\n\n{Would you be open to|Are you up for|Any interest in} a {quick|short} {15-minute|20-minute} "
    "demo {next week|this week}?",
    # appointment-setting agency
    "{Hi|Hey} {FIRST_NAME}{!|,}\n\n{Quick question|Quick one for you}: {is {COMPANY} looking to add more qualified meetings to the "
    "calendar this quarter|are you happy with the number of sales calls {COMPANY} books each month}?\n\n{We're|I'm with} [[AGENCY]] "
    "and we {book|deliver} [[NUM]]+ {qualified appointments|sales-qualified meetings} {a month|per month} for [[AUDIENCE]] — {you only "
    "pay for meetings that actually happen|no retainer, you pay per meeting held}.\n\n{We recently|Last quarter we} {helped|worked with} "
    "[[CLIENT]] {add|generate} [[AMOUNT]] in {new pipeline|pipeline} {in [[DAYS]]|in under [[DAYS]]}.\n\n{Worth a chat?|Open to a quick "
    "call to see if it's a fit?|Can I send over a few case studies?}",
    # offshore development team
    "{Hello|Hi} {FIRST_NAME},\n\n{I hope you're doing well|Hope all is well at {COMPANY}|I hope this message finds you well}. "
    "{I'm {SENDER}, business development manager at|My name is {SENDER} and I represent} [[AGENCY]], a {software development "
    "company|custom software firm} with [[NUM]] engineers {in|based in} [[CITY2]].\n\n{We help|We partner with} {companies like "
    "{COMPANY}|[[AUDIENCE]]} {scale their engineering teams|extend their development capacity} {quickly and cost-effectively|without "
    "the overhead of local hiring}: {dedicated developers|a dedicated team} {in React, Node.js, Python and Java|across web, mobile and "
    "cloud}, {ready to start in two weeks|onboarded within [[DAYS]]}.\n\n{If you have any upcoming projects or are facing a hiring "
    "crunch|If your roadmap is bigger than your team right now}, I'd {be happy|love} to {share our portfolio|walk you through a few "
    "similar projects}. {Would you be available for a short call?|Do you have 20 minutes this week?}",
    # SEO agency
    "{Hi|Hey|Hello} {FIRST_NAME},\n\n{I was looking at|I took a quick look at|I ran a quick audit of} {COMPANY}'s website and "
    "{noticed|found} {a few|several|some} {quick wins|easy fixes} {that could|which could} {boost your organic traffic|help you rank "
    "for more {INDUSTRY} keywords}.\n\n{For example,|In particular,} {your blog pages are missing meta descriptions|several key pages "
    "load in over 4 seconds|you're not ranking for some high-intent search terms your competitors own}.\n\n{At|Here at} [[AGENCY]] "
    "we've helped [[CLIENT]] {grow|increase} organic {traffic|leads} by [[PCT]] {in six months|within a year}. {Would you like me to "
    "send over the full report?|Happy to share the audit for free if you're interested.|Shall I send you the findings?}",
    # penetration testing
    "{Hi|Hello} {FIRST_NAME},\n\n{With ransomware attacks on {INDUSTRY} companies {up sharply|rising fast} this year|Given how many "
    "{INDUSTRY} companies were breached this year}, I wanted to {ask|check} {how confident you are|whether you're confident} in "
    "{COMPANY}'s {external attack surface|security posture}.\n\n[[AGENCY]] {runs|offers} {a [[DAYS]] penetration test|a fixed-price "
    "penetration test} {with a clear, prioritised report|and hands you a prioritised remediation plan} — {SOC 2 and ISO 27001 "
    "ready|the kind of report auditors and enterprise customers ask for}.\n\n{We're offering|This month we have} {a free external "
    "scan|a complimentary attack-surface review} for {a few|a handful of} {companies in {CITY}|{INDUSTRY} teams}. {Interested?|Would "
    "that be useful?|Shall I reserve one for {COMPANY}?}",
    # cloud cost optimisation
    "{Hey|Hi} {FIRST_NAME} 👋\n\n{Most|Many} {engineering leaders|CTOs} {we talk to|I speak with} {are overspending on AWS by "
    "20-40%|don't realise how much of their cloud bill is idle resources}. {Is that something you're seeing at {COMPANY}?|Curious if "
    "that's true for {COMPANY} too.}\n\n[[PRODUCT]] {connects to your cloud account in five minutes|plugs into AWS, GCP and Azure} "
    "and {shows exactly where the waste is|finds unused instances, oversized databases and forgotten snapshots}. [[CLIENT]] "
    "{cut|reduced} their {monthly bill|cloud spend} by [[PCT]] {in the first month|within [[DAYS]]}.\n\n{Want me to run a free "
    "savings report for you?|Happy to set you up with a free trial — no credit card needed.}",
    # payroll / HR software
    "{Hi|Hello} {FIRST_NAME},\n\n{Congrats on|I saw} {the growth at {COMPANY}|{COMPANY}'s recent hiring spree} — {that's|it's} "
    "{exciting|great to see}! {With a growing team|As headcount grows}, {payroll, time off and onboarding|HR admin} {can quickly|tends "
    "to} {eat up|take over} {your week|the People team's time}.\n\n[[PRODUCT]] {automates|handles} {payroll, benefits and "
    "compliance|payroll and HR paperwork} {in [[NUM]] countries|across [[NUM]] countries} {from a single dashboard|in one place}. "
    "{Companies like|Teams at} [[CLIENT]] {save|get back} {10+ hours a week|a full day every month}.\n\n{Could I show you a quick "
    "walkthrough?|Would a 15-minute demo be helpful?|Open to seeing how it works?}",
    # web design studio
    "{Hi|Hey} {FIRST_NAME},\n\n{I love what {COMPANY} is doing|Really like what you're building at {COMPANY}}{!|.} {That said, I "
    "think your website|I did notice your site} {isn't doing it justice|could be converting a lot more visitors}{ — especially on "
    "mobile|, especially on mobile|}.\n\n{We're|I run} [[AGENCY]], a {small|boutique} {design studio|web design agency} {that "
    "builds|building} {fast, conversion-focused websites|Webflow sites that actually convert} for [[AUDIENCE]]. {Our last redesign "
    "for|A recent project for} [[CLIENT]] {lifted|increased} demo requests by [[PCT]].\n\n{I put together|I sketched} a "
    "{quick|rough} {mockup|homepage concept} for {COMPANY} — {mind if I send it over?|want to see it?}",
    # webinar invitation
    "{Hi|Hello} {FIRST_NAME},\n\n{I'd like to personally invite you to|You're invited to|I wanted to invite you to} our {free|live} "
    "{webinar|online masterclass}, \"[[WEBINAR]]\", on [[EVENT_DATE]] at {11am|2pm|4pm} {ET|CET|GMT}.\n\n{We'll cover|In 45 minutes "
    "we'll walk through} {how|the exact playbook} [[CLIENT]] {used to|followed to} [[OUTCOME]], {plus|followed by} {a live Q&A|an "
    "open Q&A with our panel}. {Given your role as {TITLE}|As someone leading {INDUSTRY} work at {COMPANY}}, I think {you'd find it "
    "valuable|it'll be right up your alley}.\n\n{Here's the registration link|You can save your seat here}: [[URL]]\n\n{Hope to see "
    "you there!|Would love to see you there.}",
    # tech recruiter to candidate
    "{Hi|Hey} {FIRST_NAME},\n\n{I hope you don't mind me reaching out|Hope you don't mind the message}. {I'm|My name is} {SENDER}, "
    "{a tech recruiter|I recruit engineers} {at|with} [[AGENCY]], and {your background|your experience as {TITLE}} {really stood "
    "out|caught my attention}.\n\n{I'm working with|We're partnering with} {a fast-growing|a well-funded} [[FUND]] {startup|scale-up} "
    "in [[CITY2]] {that's|who are} {hiring|looking for} a [[ROLE]]. {The role is|It's} {fully remote|hybrid, 2 days a week in the "
    "office}, {pays|with a base of} [[SALARY]] {plus equity|+ equity}, and {the team is|they're} {small and senior|building something "
    "genuinely interesting}.\n\n{Would you be open to a quick chat?|Is this something you'd consider?|Open to hearing more?} {Even if "
    "the timing isn't right, happy to connect.|No pressure at all if you're happy where you are.}",
    # podcast guest invitation
    "{Hi|Hello} {FIRST_NAME},\n\n{I host|I'm the host of} [[PODCAST]], a {weekly|bi-weekly} podcast {for|about} [[AUDIENCE]] "
    "{with|that has} [[NUM]]+ {listeners|downloads per episode}. {I've been following your posts|I really enjoyed your recent post} "
    "{about {INDUSTRY}|on LinkedIn} and {think|believe} {you'd make a great guest|our audience would love to hear your "
    "story}.\n\n{The conversation is|Episodes are} {relaxed|informal}, about 30 minutes, {recorded remotely|all done over Zoom}{.|, and "
    "we handle all the editing.}\n\n{Would you be interested in joining us?|Would you be up for it?|Any interest?} {Here's a link to "
    "book a slot|You can pick a time here}: [[URL]]",
    # freight forwarding
    "{Hi|Good morning} {FIRST_NAME},\n\n{I'm reaching out because|I noticed that} {COMPANY} {ships|moves} {a lot of product|freight} "
    "{across|in and out of} {Europe|North America|Asia}. {Are you happy with your current freight rates?|How are you finding shipping "
    "costs this year?}\n\n[[AGENCY]] is a {digital freight forwarder|logistics partner} {offering|with} {instant quotes|real-time "
    "quotes}, {live tracking|end-to-end visibility} and {customs handled in-house|a dedicated account manager}. {We typically save "
    "clients [[PCT]] on ocean and air freight|Our clients usually save [[PCT]] versus their incumbent forwarder}.\n\n{Could I send you "
    "a quote on your next shipment?|Would it be worth comparing a few of your lanes?}",
    # data consultancy
    "{Hi|Hello} {FIRST_NAME},\n\n{Is {COMPANY} getting the most out of its data?|Quick question: how much of {COMPANY}'s reporting "
    "still lives in spreadsheets?} {In my experience|From what we've seen}, {most {INDUSTRY} teams|many teams your size} {have the "
    "data but not the dashboards|spend more time building reports than acting on them}.\n\n{At [[AGENCY]] we|We} {design and "
    "build|set up} {modern data stacks|data warehouses and dashboards} {on Snowflake, dbt and Looker|with dbt, BigQuery and Power BI} "
    "— {typically live in|usually up and running within} [[DAYS]].\n\n{I'd love to|Happy to} {learn more about your setup|share how "
    "we did this for [[CLIENT]]}. {Are you free for a call on Thursday or Friday?|Would a short call next week work?}",
    # bookkeeping
    "{Hi|Hey} {FIRST_NAME},\n\n{Running|Growing} a {business|company} {is hard enough|keeps you busy enough} without {chasing "
    "receipts|worrying about the books}{ at month-end|}. {I'm {SENDER} from [[AGENCY]]|We're [[AGENCY]]} — we {handle|take care of} "
    "{bookkeeping, VAT returns and year-end accounts|bookkeeping, payroll and tax filings} for {small businesses in "
    "{CITY}|[[AUDIENCE]]}, {from [[PRICE]]|starting at [[PRICE]]} a month.\n\n{You get|Every client gets} a {dedicated "
    "accountant|named accountant} and {real-time|monthly} reports{, so you always know where you stand|}.\n\n{Would you like a free "
    "quote?|Can I send you our pricing?|Fancy a quick chat?}",
    # CRM migration
    "{Hello|Hi} {FIRST_NAME},\n\n{Are you still using|Is {COMPANY} still on} {Salesforce|HubSpot|a legacy CRM}? {A lot of|Many} "
    "{sales leaders|revenue teams} {tell us|have told us} {they're paying for features nobody uses|their CRM has become a data "
    "graveyard}.\n\n{We specialise in|[[AGENCY]] specialises in} {CRM migrations and clean-ups|moving teams to a CRM their reps "
    "actually like}: {data migration|migrating your data}, {custom pipelines|pipeline setup}, {integrations|integrating your tools} "
    "and {training|onboarding your team}, {done in|completed in} [[DAYS]] {with zero downtime|without losing a single "
    "record}.\n\n{Worth exploring?|Would you be open to a 15-minute call to compare notes?}",
    # customer-support outsourcing
    "{Hi|Hello} {FIRST_NAME},\n\n{I'll keep this short|I'll be brief}. [[AGENCY]] {provides|offers} {24/7 multilingual customer "
    "support|outsourced customer support in [[NUM_SMALL]] languages} for [[AUDIENCE]]{, from|: from} {email and chat|live chat and "
    "email} to {phone|voice}.\n\n{Our agents|The team} {are trained on your product in under two weeks|plug into Zendesk, Intercom or "
    "Freshdesk}, and {clients typically|our clients usually} {see|get} {CSAT above 95%|response times under 2 minutes} {while cutting "
    "support costs by [[PCT]]|at a fraction of the cost of hiring in-house}.\n\n{Is customer support something {COMPANY} is looking "
    "to scale this year?|Would it make sense to talk?}",
    # LinkedIn ghostwriting
    "{Hey|Hi} {FIRST_NAME},\n\n{Your posts|Your comments} on {INDUSTRY} {are really insightful|always stand out in my feed}{!|.} "
    "{But|That said,} {I noticed you only post occasionally|you're not posting as often as you could}{ — you're leaving a lot of "
    "reach on the table|}.\n\n{I help|We help} {busy executives|founders and senior leaders} {turn their expertise into|build a "
    "personal brand with} {three LinkedIn posts a week|consistent LinkedIn content} {without spending more than 30 minutes a week on "
    "it|written in their own voice}. {One of my clients|A recent client} {went from barely posting to|gained} [[NUM]] new followers "
    "in [[DAYS]].\n\n{Want me to draft a sample post for you, free?|Interested in a free content audit?}",
    # intent data
    "{Hi|Hello} {FIRST_NAME},\n\n{What if|Imagine if} {your SDRs|your sales team} {knew which accounts were in-market|could see which "
    "companies are actively researching solutions like yours} {before|before they ever} {filled out a form|fill out a "
    "form}?\n\n[[PRODUCT]] {tracks|monitors} {buying signals|intent signals} {across [[NUM]] B2B sites|from job posts, funding news "
    "and web research} and {pushes|sends} {hot accounts|the hottest accounts} {straight into your CRM|into Salesforce or HubSpot every "
    "morning}. [[CLIENT]] {doubled|grew} {their|its} {connect rate|pipeline} {within a quarter|in [[DAYS]]}.\n\n{Can I show you what "
    "{COMPANY}'s top in-market accounts look like right now?|Open to a quick look at the data for your territory?}",
    # mobile app development
    "{Hi|Hey} {FIRST_NAME},\n\n{Does {COMPANY} have a mobile app on the roadmap?|Have you thought about a mobile app for {COMPANY}'s "
    "customers?} {We've built|Our team has shipped} [[NUM]]+ {iOS and Android apps|apps for iOS and Android} {for|across} {retail, "
    "{INDUSTRY} and healthcare|startups and enterprises}, {including|among them} the [[CLIENT]] app{ with 4.8 stars on the App "
    "Store|}.\n\n{We work|We can work} {fixed-price or time-and-materials|on a fixed scope or on a monthly retainer}, and {can usually "
    "start|our team can start} {within two weeks|next month}.\n\n{If you'd like|If useful}, {I can share|happy to share} {a few case "
    "studies|our portfolio and a rough estimate}. {Does a call on Tuesday work?|What does your calendar look like next week?}",
    # ERP implementation
    "{Dear|Hi|Hello} {FIRST_NAME},\n\n{I'm reaching out to|I wanted to reach out to} {operations and finance leaders|people in "
    "roles like yours} in {INDUSTRY} {about a common problem|regarding something we see a lot}: {disconnected systems for inventory, "
    "finance and orders|an ERP that no longer fits how the business works}.\n\n[[AGENCY]] is a {certified|gold-certified} "
    "{NetSuite|SAP Business One|Microsoft Dynamics} partner. {We've completed|We have delivered} [[NUM]] "
    "{implementations|go-lives}, {on time and on budget|most of them in under six months}{, for companies like [[CLIENT]]|}.\n\n{Would "
    "you be interested in a no-obligation assessment of your current setup?|If an ERP project is on your radar for next year, I'd "
    "welcome a conversation.}",
    # marketing automation
    "{Hi|Hello} {FIRST_NAME},\n\n{How is|How's} {COMPANY} {handling|managing} {lead nurturing|email marketing} {today|right now}? "
    "{Most|A lot of} {marketing teams|{INDUSTRY} marketers} {we meet|I talk to} {send the same newsletter to everyone|still run "
    "campaigns by hand} and {wonder why|then wonder why} {conversion is flat|leads go cold}.\n\n[[PRODUCT]] {builds|lets you build} "
    "{personalised journeys|automated, personalised nurture flows} {across email, SMS and LinkedIn|based on what each lead actually "
    "does} — {no developers needed|set up in an afternoon}. {Customers see|Our customers average} [[PCT]] {higher conversion|more "
    "SQLs} {on average|within 90 days}.\n\n{Would a quick demo be worthwhile?|Happy to give you a tour if you're curious.}",
    # creator marketing platform
    "{Hey|Hi} {FIRST_NAME}!\n\n{Loved|Big fan of} {what {COMPANY} is doing|{COMPANY}'s brand} {on Instagram|on TikTok and Instagram}"
    "{ 😍| 🔥|}. {Have you tried|Have you considered} {working with|partnering with} {micro-creators|creators with 10k–100k "
    "followers}? {They're|It's} {way more affordable|far cheaper} than {big influencers|celebrity deals} and {the engagement "
    "is|engagement rates are} {3–5x higher|much higher}.\n\n{Our platform|[[PRODUCT]]} {connects brands with|matches you with} "
    "{vetted|pre-vetted} creators {in your niche|in {INDUSTRY}}, {handles contracts and payments|takes care of briefs, contracts and "
    "payments}, and {tracks every sale|reports on every post}.\n\n{Want to see a few creator profiles that fit {COMPANY}?|Can I send "
    "over a shortlist of creators for you?}",
    # email deliverability
    "{Hi|Hey} {FIRST_NAME},\n\n{Are your cold emails landing in spam?|Do you know how many of your outbound emails actually reach the "
    "inbox?} {Most teams don't|Most sales teams have no idea} — {and|but} {it's often|it can be} {20–30%|a third or more} {going "
    "straight to junk|that never gets seen}.\n\n[[PRODUCT]] {warms up your mailboxes|warms up your domains}, {monitors|checks} {your "
    "sender reputation|blacklists and DNS records} {daily|every day} and {rotates|spreads} {sending across inboxes|volume across "
    "inboxes} {so you stay out of spam|to protect deliverability}. {Plans start at|It's} [[PRICE]] a month.\n\n{Want a free "
    "deliverability test for {COMPANY}'s domain?|Shall I run a free inbox placement test for you?}",
    # managed IT services
    "{Hello|Hi} {FIRST_NAME},\n\n{I hope you're well|Hope your week is going well}. {I'm {SENDER} with|I work at} [[AGENCY]], {an IT "
    "managed services provider|a managed IT provider} {serving|supporting} {businesses|[[AUDIENCE]]} {in and around {CITY}|across the "
    "region}.\n\n{We take care of|We handle} {helpdesk support, device management, backups and security|everything from laptops and "
    "Microsoft 365 to backups and cybersecurity} for a {flat|fixed} monthly fee{ per user|}, {with|and offer} {a guaranteed 15-minute "
    "response time|24/7 monitoring}.\n\n{Who handles IT at {COMPANY} today?|Is IT support something you'd like to take off your "
    "plate?} {I'd be glad to offer a free IT health check.|Happy to do a free network assessment.}",
    # QA outsourcing
    "{Hi|Hello} {FIRST_NAME},\n\n{How much time does your team spend|How many hours do your developers lose} on {manual regression "
    "testing|testing before each release}? {For most teams|At most companies we speak with}, {it's|that's} {a bottleneck|the biggest "
    "bottleneck} {to shipping faster|in the release cycle}.\n\n[[AGENCY]] {provides|offers} {on-demand QA engineers|managed QA} {who "
    "build|to build and maintain} {automated test suites|end-to-end test automation} {in Playwright and Cypress|in Selenium, "
    "Playwright or Cypress} {and run|plus} {manual exploratory testing|exploratory testing} {before every release|on every sprint}. "
    "{[[CLIENT]] went from|One client went from} {monthly to weekly releases|two-week to two-day release cycles}{ after working with "
    "us|}.\n\n{Would it be worth a short call?|Open to a quick chat about your release process?}",
    # SDR role, candidate side
    "{Hi|Hey} {FIRST_NAME}{!|,}\n\n{I saw|Noticed} {your experience in|your background in} {sales|B2B sales} {and|—} {thought of you "
    "for|wanted to share} {a role|an opportunity} {I'm hiring for|I'm recruiting for}: [[ROLE]] at a [[FUND]] {company|startup} in "
    "{INDUSTRY}.\n\n{OTE is|On-target earnings are} [[SALARY]], {uncapped commission|with uncapped commission}, {and|plus} {a clear "
    "path to Account Executive within 12 months|promotion to AE after a year}. {They're|The team is} {remote-first|based in [[CITY2]] "
    "with a hybrid setup}.\n\n{Interested in learning more?|Would you be open to a 10-minute call?|Want me to send the job "
    "description?}",
    # product analytics free trial
    "{Hi|Hello} {FIRST_NAME},\n\n{Do you know|Can you tell} {where users drop off|exactly where users get stuck} in {COMPANY}'s "
    "{onboarding|product}? {If not, you're not alone|Most product teams can't answer that in under an hour}.\n\n[[PRODUCT]] "
    "{gives|shows} {product teams|PMs} {funnels, retention and session replays|user journeys, funnels and heatmaps} {without writing "
    "SQL|with zero SQL} — {installed|set up} {with one line of code|in under ten minutes}. {It's|We're} {free up to [[NUM]] monthly "
    "users|free for small teams}.\n\n{Here's a link to try it|You can start a free trial here}: [[URL]]\n\n{Happy to help you set it "
    "up if you'd like.|Let me know if you have any questions!}",
    # reseller partnership
    "{Hello|Hi} {FIRST_NAME},\n\n{I've been following|I've been keeping an eye on} {COMPANY}{ for a while|} and {I think there's|I "
    "see} {a great fit|real potential} for {a partnership|working together}. {We're|I'm at} [[AGENCY]], {makers of|the team behind} "
    "[[PRODUCT]], {used by|trusted by} [[NUM]] {companies|businesses} {in|across} [[REGION]].\n\n{Our partner program|Through our "
    "partner program}, {agencies and consultancies|firms like yours} {earn|receive} [[PCT]] {recurring commission|revenue share} {on "
    "every client they refer|for the lifetime of each customer}, {plus|and get} {co-marketing support|a dedicated partner "
    "manager}.\n\n{Would you be open to exploring this?|Could we set up a call to discuss?}",
    # customer feedback surveys
    "{Hi|Hey} {FIRST_NAME},\n\n{How are you collecting|How does {COMPANY} collect} {customer feedback|NPS and customer feedback} "
    "{today|at the moment}? {If it's|If the answer is} {an annual survey nobody reads|a spreadsheet and a lot of guesswork}, {we "
    "should talk|I think I can help}{ 🙂|}.\n\n[[PRODUCT]] {runs|sends} {in-app and email surveys|short in-app surveys} {at the right "
    "moment|after key moments in the customer journey} and {uses AI to group|automatically groups} {responses|open-text answers} "
    "{into themes|by topic}, {so you know|showing} {what to fix first|what's driving churn}.\n\n{Want me to set up a free account for "
    "{COMPANY}?|Would you like a 14-day trial?}",
    # spend management
    "{Hi|Hello} {FIRST_NAME},\n\n{Finance teams|Finance leaders} {in|at} {INDUSTRY} {companies|firms} {tell us|keep telling us} "
    "{month-end close|chasing receipts and approvals} {takes way too long|is still a manual mess}. {Sound familiar?|Does that ring a "
    "bell at {COMPANY}?}\n\n[[PRODUCT]] {combines|brings together} {corporate cards, expense reports and invoice approvals|cards, "
    "expenses and bill pay} {in one platform|in a single app}{, with|and offers} {automatic receipt matching|receipt capture from "
    "WhatsApp and email} and {real-time budgets|live budget tracking}. [[CLIENT]] {closes the books|now closes the month} "
    "{[[NUM_SMALL]] days faster|in half the time}.\n\n{Would you be open to a short demo?|Can I show you how it works in 20 minutes?}",
)

NOTES = (
    "{Hi|Hello} {FIRST_NAME}, I'd love to connect with {fellow|other} {INDUSTRY} {leaders|professionals} in {CITY}.",
    "{Hi|Hey} {FIRST_NAME}, {I see|I noticed} we're both in {INDUSTRY}. {Would be great to connect!|Let's connect!}",
    "{Hi|Hey} {FIRST_NAME} — {I'm expanding|I'm growing} my network of {sales|revenue} leaders and {would love to|I'd like to} "
    "{add you|connect}. {Cheers!|Thanks!}",
    "{Hi|Hello} {FIRST_NAME}, {saw|noticed} {COMPANY} is hiring. {I help teams like yours|I work with teams like yours} {fill tech "
    "roles fast|hire engineers faster}{ — open to connecting?|. Happy to connect!}",
    "{FIRST_NAME}, {your profile|your background} {is impressive|really stands out}. {I'd be glad to|I'd love to} connect and "
    "{follow your work|keep in touch}.",
    "{Hi|Hello} {FIRST_NAME}, {we're hosting|I'm organising} a {small|private} {dinner|roundtable} for {TITLE}s in {CITY} {next "
    "month|on [[EVENT_DATE]]}. {Would love to connect and send details.|Mind if I send details?}",
    "{Hi|Hey} {FIRST_NAME}! {I came across|I found} your profile {while researching|looking into} {INDUSTRY} {companies|startups} in "
    "{CITY}. {Open to connecting?|Mind if we connect?}",
    "{Hello|Hi} {FIRST_NAME}, {I work with|I help} {TITLE}s {on|with} {pipeline growth|outbound strategy}. {Thought it'd be good to "
    "connect.|Would be great to have you in my network.}",
    "{Hi|Hey} {FIRST_NAME}, {quick note|just a quick note} to say {I enjoyed your recent post|your latest post was spot on}. {Let's "
    "connect!|Would love to connect.}",
    "{Hi|Hello} {FIRST_NAME}, {I'm|I am} {SENDER}{ from [[AGENCY]]|}. {We're building|I'm building} {a community|a network} of "
    "{INDUSTRY} {founders|operators} — {would you like to join?|happy to have you.}",
    "{Hey|Hi} {FIRST_NAME}, {looks like|seems} we {have|share} {a lot of|several} mutual connections{ in {INDUSTRY}|}. {Figured I'd "
    "reach out and connect.|Thought we should connect!}",
    "{Hi|Hello} {FIRST_NAME}, {congrats on|great work on} {your role at {COMPANY}|everything at {COMPANY}}! {I'd love to connect and "
    "learn more about what you're building.|Keen to connect.}",
    "{Hi|Hey} {FIRST_NAME}, {are you attending|will you be at} [[EVENT]]? {Would be great to connect before the event.|Let's connect "
    "and maybe grab a coffee there.}",
    "{Hi|Hello} {FIRST_NAME}, {I help|I'm helping} {INDUSTRY} {companies|teams} {cut cloud costs|get more from their data}. {Not "
    "selling anything|No pitch}, {just keen to connect|just expanding my network}{ 🙂|}.",
)

# Set-wide pools for [[FILL]] names used by the hand-written templates.
FILLS = {
    "OUTCOME": ("double their outbound reply rates", "cut churn in half", "book 3x more demos", "launch in new markets faster",
                "shorten their sales cycle by a month", "scale support without hiring", "build a repeatable outbound engine",
                "turn free users into paying customers", "reduce onboarding time by 40%", "hit their number two quarters in a row"),
    "AUDIENCE": ("B2B SaaS companies", "fast-growing startups", "agencies and consultancies", "e-commerce brands",
                 "mid-market manufacturers", "healthtech companies", "fintech scale-ups", "professional services firms",
                 "marketplaces", "sales-led software companies", "Series A and B startups", "DTC brands"),
    "WEBINAR": ("Outbound in 2025: What Still Works", "The Modern Sales Stack Teardown", "From Founder-Led Sales to a Real Team",
                "Pipeline Generation Without Burning Your Domain", "RevOps Metrics That Matter", "Cold Calling Is Not Dead",
                "Pricing Experiments for SaaS", "How to Build a Data-Driven Marketing Team"),
    "PAIN": ("too many manual processes", "a slow sales cycle", "rising customer acquisition costs", "a stretched team",
             "tools that don't talk to each other", "unpredictable pipeline"),
    "PODCAST": ("The Pipeline Show", "Scale Stories", "Revenue Rebels", "The Growth Room", "Builders & Sellers", "Zero to ARR",
                "Ops Unfiltered", "The Deal Desk"),
}

COMPOSER = {
    "greetings": (
        "{Hi|Hello|Hey} {FIRST_NAME},", "{Hi|Hey} {FIRST_NAME}!", "{Hello|Dear} {FULL_NAME},",
        "Good {morning|afternoon} {FIRST_NAME},", "{FIRST_NAME},", "{Hey|Hi} {FIRST_NAME} 👋",
        "{Hi|Hello} {FIRST_NAME}, {hope you're well|hope you're having a good week}.",
    ),
    "openers": (
        "{I came across|I stumbled on} {COMPANY} {while researching|while looking into} {INDUSTRY} {companies|teams} in {CITY}{.| "
        "and was impressed.}",
        "{As {TITLE} at {COMPANY}|In your role as {TITLE}}, {I imagine|I'm guessing} [[PAIN]] {is on your radar|comes up a lot}.",
        "{I noticed|I see} {COMPANY} {is growing fast|has been expanding}{ — congrats!|, congrats on the momentum.}",
        "{Quick question|Quick one} for you as {TITLE}: {how is|how's} {COMPANY} {handling|dealing with} [[PAIN]] {today|right now}?",
        "{We work with|I've been working with} {a lot of|several} {INDUSTRY} {companies|teams} {similar to|like} {COMPANY}{ and kept "
        "hearing the same thing| lately}.",
        "{Your profile|Your background} {popped up|came up} {while I was|as I was} {looking for|researching} {TITLE}s in {CITY}.",
        "{I'll keep this brief|I'll keep it short}{ — I know your inbox is busy|, promise}.",
        "{Most|A lot of} {TITLE}s {I talk to|I speak with} {say|tell me} [[PAIN]] {is their biggest headache|keeps them up at night}.",
        "{Saw your recent post|I enjoyed your recent post} {about|on} {INDUSTRY}{ — great points|, really sharp}.",
        "{Reaching out|I'm reaching out} because {COMPANY} {looks like|seems like} {a great fit|a perfect fit} for what we do.",
        "{Hope|I hope} {things are going well|all is well} {at {COMPANY}|in {CITY}}{!|.}",
        "{Not sure if|I'm not sure whether} you're the right person{, but| —} {I'd love|I'd appreciate} {a pointer|your view} "
        "{on|regarding} [[PAIN]] at {COMPANY}.",
        "{Congrats on|Saw} {the momentum at {COMPANY}|{COMPANY}'s latest news}{!|.} {Exciting times.|Great to see.}",
        "{Are you|Is your team} {still|currently} {struggling with|dealing with} [[PAIN]]?",
        "{I've been following|I've been keeping up with} {COMPANY}{ for a while| on LinkedIn} and {had an idea|had a thought} {for "
        "you|for your team}.",
        "{Let me|Allow me to} {introduce myself|quickly introduce myself}: {I'm {SENDER}|{SENDER} here}{ from [[AGENCY]]|, from "
        "[[AGENCY]]}.",
        "{With|Given} {how competitive|how crowded} {INDUSTRY} {has become|is right now}, {I figured|I thought} this {might be|could "
        "be} {timely|relevant}.",
        "{I know|I realise} {TITLE}s {get a lot of these messages|are flooded with pitches}{, so I'll be quick|, so thanks for reading}.",
    ),
    "asks": (
        "{Would you be open to|Are you up for} a {quick|short} call {next week|this week}{?| to see if it's a fit?}",
        "{Does|Would} {Tuesday or Thursday|Wednesday afternoon} work for a {15-minute|quick} chat?",
        "{Worth a conversation?|Worth a chat?|Is this worth exploring?}",
        "{Let me know|Just let me know} if {it makes sense|you'd like} to {connect|talk} {this week|in the coming weeks}.",
        "{Can I send you|Shall I send over} {a short video|a two-minute video} {explaining how it works|walking through it}?",
        "{If this is|If it's} {relevant|a priority}, {grab a time here|pick a slot here}: [[URL]]",
        "{Who would be|Who's} the {best person|right person} to {speak with|talk to} about this at {COMPANY}?",
        "{Open to|Interested in} {learning more|hearing more}{?| — even just to compare notes?}",
        "{Are you free|Any chance you're free} for {a quick call|a 15-minute call} {on Friday|early next week}?",
        "{Reply with|Just reply} \"yes\" {and I'll send|and I'll share} {the details|more info}.",
        "{Happy to|Glad to} {share|send} {a few case studies|some examples} {if helpful|if you're curious}.",
        "{Would it make sense|Does it make sense} to {set up|book} {a short intro|an intro call}?",
    ),
    "closers": (
        "{Thanks for your time|Thanks for reading}{!|.}",
        "{Looking forward to hearing from you|Looking forward to your reply}{.|!}",
        "{Have a great week|Have a great day}{!|.}",
        "{Either way|Whatever you decide}, {best of luck|good luck} with {everything at {COMPANY}|the quarter}{!|.}",
        "P.S. {If you're not the right person|If this isn't your area}, {a pointer to the right colleague|an intro to whoever owns "
        "this} {would be appreciated|would be great}.",
        "P.S. {No worries|No hard feelings} if {the timing is off|now isn't a good time}{ — just let me know|}.",
    ),
    "topics": {
        "sales_software": {
            "fills": {
                "OUTCOME": ("book more meetings", "shorten the sales cycle", "hit quota consistently", "forecast accurately",
                            "ramp new reps faster", "spend less time on admin", "double reply rates", "clean up the pipeline",
                            "turn more demos into deals", "focus on the right accounts"),
                "PAIN": ("reps drowning in admin", "a messy CRM", "missed forecasts", "low reply rates on outbound",
                         "slow rep ramp-up", "pipeline that stalls at the demo stage", "too many disconnected sales tools",
                         "manual call logging", "inaccurate deal stages", "churned accounts nobody saw coming"),
                "AUDIENCE": ("B2B sales teams", "revenue teams", "SDR teams", "account executives", "sales leaders",
                             "inside sales teams", "founder-led sales teams", "mid-market sales orgs"),
            },
            "pitch": (
                "[[PRODUCT]] {helps|lets} [[AUDIENCE]] [[OUTCOME]]{.| — without adding headcount.| in weeks, not quarters.}",
                "{With|Using} [[PRODUCT]], {your reps|your team} {get|can have} {AI-written call notes|automatic call summaries}, "
                "{deal scores|deal risk alerts} and {next-step reminders|follow-up drafts} {right inside|inside} {your CRM|Salesforce "
                "or HubSpot}.",
                "{It takes|Setup takes} {about an hour|under a day} to {connect|plug in} [[PRODUCT]]{, and|;} {reps|your team} {start "
                "seeing|see} {results|value} {in the first week|within days}.",
                "{Think of|Imagine} {a co-pilot|an assistant} {for every rep|for your whole team} that {researches accounts|preps every "
                "call} and {writes the first draft of every follow-up|keeps the CRM up to date automatically}.",
                "{We built|I built} [[PRODUCT]] {after|because of} {years of|a decade of} {watching|seeing} [[PAIN]] {kill|slow down} "
                "{good deals|great sales teams}.",
                "[[PRODUCT]] {scores|ranks} {every account|your whole territory} {by|based on} {fit and intent|buying signals} {so|so "
                "that} [[AUDIENCE]] {can|are able to} [[OUTCOME]].",
            ),
            "proof": (
                "[[CLIENT]] {used it to|was able to} [[OUTCOME]] {within|in} [[DAYS]].",
                "{Teams like|Customers like} [[CLIENT]] and [[CLIENT2]] {saw|report} [[PCT]] {more pipeline|higher win rates} {after "
                "switching|since switching}.",
                "{Over|More than} [[NUM]] {sales teams|revenue teams} {rely on it|use it} {daily|every day}{, including [[CLIENT]]|}.",
                "{On average,|Typically,} {our customers|customers} {recover|win back} {5|6|8} hours {per rep|a rep} {every week|each "
                "week}.",
            ),
            "asks": (
                "{Would you be open to|Are you open to} a {20-minute|quick} demo {this week|next week}?",
                "{Can I show you|Mind if I show you} {how it works|what it looks like} {with your own data|on {COMPANY}'s pipeline}?",
                "{Want to try it|Fancy trying it} {free for [[DAYS]]|with your team for [[DAYS]]}?",
            ),
        },
        "agency_growth": {
            "fills": {
                "SERVICE": ("outbound lead generation", "paid social", "Google Ads management", "SEO and content", "email marketing",
                            "conversion rate optimisation", "account-based marketing", "LinkedIn ads", "appointment setting",
                            "B2B content marketing", "marketing automation setup", "performance marketing"),
                "PAIN": ("an empty sales calendar", "rising ad costs", "leads that never convert", "a website that doesn't convert",
                         "inconsistent inbound", "a marketing team stretched too thin", "agencies that overpromise",
                         "falling organic traffic", "expensive customer acquisition"),
                "AUDIENCE": ("B2B tech companies", "professional services firms", "SaaS startups", "e-commerce brands",
                             "manufacturers", "recruitment agencies", "clinics and healthcare providers", "law firms"),
            },
            "pitch": (
                "{We're|I run} [[AGENCY]], {a|an} [[SERVICE]] {agency|partner} for [[AUDIENCE]].",
                "{Our team handles|We handle} [[SERVICE]] {end to end|from strategy to execution}{, so you can focus on closing| so "
                "your team doesn't have to}.",
                "{Unlike|Compared to} {most agencies|typical agencies}, {we work|we're paid} {on results|per qualified lead}{, not "
                "hours|, with no long contracts}.",
                "{In short|Basically}, we {fix|solve} [[PAIN]] for [[AUDIENCE]]{.| — and we guarantee it.}",
                "[[AGENCY]] {specialises in|focuses on} [[SERVICE]]{ and nothing else|, with a team of [[NUM_SMALL]] specialists}.",
                "{We'd start with|Step one is} a {free|no-cost} {audit|teardown} of {COMPANY}'s [[SERVICE]]{, then a 90-day plan|}.",
            ),
            "proof": (
                "{Last quarter we|Recently we} {helped|worked with} [[CLIENT]] to {add|generate} [[AMOUNT]] in pipeline.",
                "[[CLIENT]] {grew|increased} {qualified leads|inbound demos} by [[PCT]] {in [[DAYS]]|after working with us}.",
                "{Clients like|Brands like} [[CLIENT]] and [[CLIENT2]] {have been with us|have stayed with us} for years.",
                "{We've run|We have run} [[SERVICE]] for [[NUM]]+ {companies|clients}{ across [[REGION]]|}.",
            ),
            "asks": (
                "{Mind if I send|Can I send} {a quick audit|a two-minute teardown video} of {COMPANY}'s [[SERVICE]]?",
                "{Would a free strategy session|Would a free 30-minute strategy call} be useful?",
            ),
        },
        "dev_outsourcing": {
            "fills": {
                "STACK": ("React and Node.js", "Python and Django", "Java and Spring", ".NET", "Flutter", "React Native",
                          "Go and Kubernetes", "Ruby on Rails", "Angular", "PHP and Laravel", "Kotlin and Swift", "Vue and Nuxt"),
                "PAIN": ("a hiring freeze", "a roadmap that keeps slipping", "expensive local developers",
                         "a backlog nobody has time for", "legacy code no one wants to touch", "slow release cycles",
                         "months-long hiring processes"),
                "AUDIENCE": ("startups", "scale-ups", "enterprise IT teams", "product companies", "digital agencies",
                             "fintech teams", "healthtech companies"),
            },
            "pitch": (
                "[[AGENCY]] {provides|offers} {dedicated|senior} [[STACK]] {developers|engineers} {who join your team|embedded in your "
                "team} {within two weeks|in days, not months}.",
                "{We're|We are} a {team|company} of [[NUM]] engineers in [[CITY2]], {working|specialised} in [[STACK]].",
                "{Our developers|Our engineers} {work in your time zone|overlap with your working hours}{ and use your tools|, in "
                "your Slack and Jira}.",
                "{We take on|We handle} {full projects|fixed-scope projects} {or|as well as} {team extension|staff augmentation} for "
                "[[AUDIENCE]].",
                "{Rates start at|Our rates start from} [[PRICE]] {per hour|an hour}{, with no long-term commitment|}.",
                "{If|When} [[PAIN]] {is slowing you down|is holding {COMPANY} back}, {we can help|we're a quick fix}.",
            ),
            "proof": (
                "{We recently|Recently we} {rebuilt|shipped} {the platform|a new app} for [[CLIENT]] in [[DAYS]].",
                "[[CLIENT]] {has worked with us|has had our team} for [[NUM_SMALL]] years{ now|}.",
                "{Our clients include|We work with} [[CLIENT]], [[CLIENT2]] and {other|several other} [[AUDIENCE]].",
            ),
            "asks": (
                "{Could I share|Can I send over} {a few|some} {CVs|developer profiles} {that fit your stack|for your review}?",
                "{Do you have|Are there} any {projects|initiatives} {coming up|planned} {where|for which} extra hands would help?",
            ),
        },
        "security_it": {
            "fills": {
                "SERVICE": ("penetration testing", "SOC 2 readiness", "managed detection and response", "phishing simulations",
                            "cloud security reviews", "ISO 27001 certification", "vulnerability scanning", "endpoint management",
                            "backup and disaster recovery", "security awareness training"),
                "PAIN": ("an upcoming audit", "enterprise security questionnaires", "a small IT team", "ransomware risk",
                         "shadow IT", "unpatched laptops", "compliance deadlines", "phishing attacks"),
                "AUDIENCE": ("SaaS companies", "healthcare providers", "financial services firms", "law firms",
                             "mid-sized businesses", "manufacturers", "schools and universities"),
            },
            "pitch": (
                "[[AGENCY]] {delivers|provides} [[SERVICE]] for [[AUDIENCE]]{, at a fixed price| on a fixed monthly fee}.",
                "{Our|The} [[SERVICE]] {package|programme} {covers|includes} {scoping, testing and a clear report|everything an auditor "
                "will ask for}{.|, with no jargon.}",
                "{We've seen|We see} [[PAIN]] {derail|delay} {big deals|enterprise deals} {more than once|again and again}{ — it "
                "doesn't have to|}.",
                "{Our certified team|Our team of certified engineers} {can start|is able to start} {next week|within days}{ and "
                "finish in [[DAYS]]|}.",
                "{Most|Many} [[AUDIENCE]] {underestimate|overlook} [[PAIN]] {until it's too late|until an incident happens}.",
            ),
            "proof": (
                "[[CLIENT]] {passed|achieved} {their audit|certification} {in [[DAYS]]|on the first try} {with our help|working with us}.",
                "{We protect|We look after} [[NUM]]+ {users|devices} {for|at} {companies like|firms such as} [[CLIENT]].",
                "{Last year|This year} we {found|uncovered} {critical issues|serious vulnerabilities} in [[PCT]] of the {apps|networks} "
                "we tested.",
            ),
            "asks": (
                "{Would a free|Can I offer you a free} {security scan|risk assessment} for {COMPANY}{ be useful|}?",
                "{Who looks after|Who owns} {security|IT} at {COMPANY}{?| these days?}",
            ),
        },
        "recruiting_candidates": {
            "fills": {
                "PERK": ("a 4-day week", "a generous equity package", "fully remote work", "a sign-on bonus", "relocation support",
                         "a learning budget", "unlimited holiday", "a 10% bonus", "flexible hours", "a small senior team"),
                "PAIN": ("a stalled career", "a slow hiring process", "endless recruiter spam", "a role that lacks ownership"),
                "AUDIENCE": ("engineers", "product people", "data scientists", "sales professionals", "designers"),
            },
            "openers": (
                "{Your background|Your experience} {as {TITLE}|at {COMPANY}} {caught my eye|stood out} {while I was searching|as I "
                "was looking} for [[ROLE]] {candidates|profiles}.",
                "{I hope you don't mind|Hope you don't mind} {a message out of the blue|me reaching out}{ — I recruit [[AUDIENCE]]|}.",
                "{I know you're probably|You're probably} {not looking|happy at {COMPANY}}{, but| —} {this one|this role} {is worth a "
                "look|might interest you}.",
                "{I'm {SENDER}|{SENDER} here}{, a recruiter at [[AGENCY]]| from [[AGENCY]]}{.|, hope you're well.}",
            ),
            "lead": (
                "{I'm hiring|We're hiring} a [[ROLE]] for a [[FUND]] {client|company} in [[CITY2]]{.|, with [[PERK]].}",
                "{There's|I have} a [[ROLE]] {opening|role} at a [[FUND]] {company|client} in [[CITY2]] {that fits your "
                "background|that made me think of you}.",
            ),
            "pitch": (
                "{The package is|It pays} [[SALARY]]{ plus [[PERK]]| and comes with [[PERK]]}.",
                "{The team|The company} {is small|is growing fast} and {you'd own|you would lead} {a lot|real projects} from day one.",
                "{They're|The client is} {backed by|funded by} [[INVESTOR]] and {growing|has grown} [[PCT]] {this year|year on year}.",
                "{Interviews are|The process is} {quick|fast}: {two rounds|three short rounds}{ and an offer within [[DAYS]]|}.",
            ),
            "proof": (
                "{I've placed|We've placed} [[NUM_SMALL]] {people|engineers} {there|with them} {already|this year}{ and they love it|}.",
                "{Their last hire|The last person I placed} {came from|joined from} [[CLIENT]].",
            ),
            "asks": (
                "{Open to a quick chat?|Would you be open to a 10-minute chat?}",
                "{Shall I send|Can I send} {the job spec|the full job description}?",
                "{Even if it's not for you|If it's not for you}, {do you know anyone|any chance you know someone} who {might be "
                "interested|might fit}?",
            ),
        },
        "data_analytics": {
            "fills": {
                "SERVICE": ("data warehouse setup", "BI dashboards", "dbt implementation", "data quality monitoring",
                            "customer data platform setup", "forecasting models", "reverse ETL", "analytics engineering",
                            "machine learning pilots", "Power BI reporting"),
                "PAIN": ("reports that don't match", "spreadsheets everywhere", "no single source of truth",
                         "a data team buried in ad-hoc requests", "dashboards nobody trusts", "slow month-end reporting"),
                "AUDIENCE": ("retailers", "SaaS companies", "logistics firms", "consumer brands", "finance teams",
                             "marketing teams", "operations leaders"),
            },
            "pitch": (
                "[[AGENCY]] {builds|delivers} [[SERVICE]] for [[AUDIENCE]]{, in weeks rather than months|}.",
                "{We|Our consultants} {turn|can turn} [[PAIN]] into {one trusted dashboard|a single source of truth}.",
                "{Our approach|The way we work}: {start with|we begin with} {one business question|the KPI that matters most}, "
                "{ship|deliver} {a first dashboard|a working version} in [[DAYS]], {then iterate|then expand}.",
                "{We're|We are} {certified partners|partners} of {Snowflake and dbt|Databricks|Microsoft Fabric}{ with [[NUM_SMALL]] "
                "certified engineers|}.",
                "[[PRODUCT]] {monitors|checks} {every table|your pipelines} and {alerts you|flags issues} {before|long before} "
                "[[PAIN]] {reaches|hits} {the board|your CEO}.",
            ),
            "proof": (
                "[[CLIENT]] {now closes|closes} its {monthly reporting|month} [[NUM_SMALL]] days {faster|sooner}.",
                "{For|With} [[CLIENT]] we {replaced|consolidated} [[NUM]] {spreadsheets|reports} {with one dashboard|into one model}.",
                "{Teams at|Analysts at} [[CLIENT]] and [[CLIENT2]] {use our dashboards|rely on our models} {daily|every day}.",
            ),
            "asks": (
                "{Could we|Can we} {set up|book} a {short|30-minute} {discovery call|call} to {see|look at} {your setup|your current "
                "stack}?",
            ),
        },
        "finance_hr_software": {
            "fills": {
                "OUTCOME": ("close the books faster", "run payroll in minutes", "onboard new hires without paperwork",
                            "track every expense automatically", "pay contractors in any country", "approve invoices from "
                            "Slack", "keep headcount plans up to date", "cut admin time by half"),
                "PAIN": ("month-end chaos", "payroll errors", "lost receipts", "manual onboarding", "spreadsheet headcount plans",
                         "chasing approvals", "cross-border compliance"),
                "AUDIENCE": ("finance teams", "People teams", "HR managers", "CFOs", "remote-first companies", "accountants",
                             "operations teams"),
            },
            "pitch": (
                "[[PRODUCT]] {helps|lets} [[AUDIENCE]] [[OUTCOME]]{.|, all from one place.}",
                "{It|[[PRODUCT]]} {connects to|integrates with} {your accounting software|Xero, QuickBooks and NetSuite} {in "
                "minutes|out of the box}.",
                "{No more|Say goodbye to} [[PAIN]]{ — [[PRODUCT]] does it for you|: everything runs automatically}.",
                "{Pricing starts at|It's} [[PRICE]] {per user per month|a month}{, with a free trial|}.",
                "{Built for|Designed for} [[AUDIENCE]] {at|in} {growing|fast-growing} {INDUSTRY} companies.",
            ),
            "proof": (
                "[[CLIENT]] {switched|moved} to [[PRODUCT]] {last year|recently} and {saves|now saves} [[NUM_SMALL]] hours a week.",
                "{Over|More than} [[NUM]] {companies|teams} {use|run on} [[PRODUCT]]{ today|}.",
            ),
            "asks": (
                "{Can I show you|Would you like to see} [[PRODUCT]] {in action|live} {in 15 minutes|this week}?",
                "{Want|Would you like} {a free trial|trial access} for {COMPANY}?",
            ),
        },
        "events_media": {
            "fills": {
                "FORMAT": ("webinar", "virtual roundtable", "breakfast briefing", "live workshop", "podcast episode",
                           "panel discussion", "fireside chat", "AMA session"),
                "THEME": ("scaling outbound", "AI in sales", "building a RevOps function", "pricing and packaging",
                          "hiring your first sales team", "product-led growth", "retention and expansion",
                          "data-driven marketing", "the future of work"),
                "PAIN": ("a crowded calendar", "too many vendor webinars", "generic conference talks"),
                "AUDIENCE": ("sales leaders", "marketing leaders", "founders", "RevOps teams", "product leaders",
                             "customer success leaders"),
            },
            "pitch": (
                "{We're hosting|We're running} a {free|live} [[FORMAT]] on [[THEME]] on [[EVENT_DATE]]{.|, with speakers from "
                "[[CLIENT]] and [[CLIENT2]].}",
                "{It's|The session is} {45 minutes|an hour}, {no slides|no sales pitch}, {just|only} {practical advice|real "
                "examples} for [[AUDIENCE]].",
                "{Seats are limited|We keep it small} to {[[NUM_SMALL]]0 people|about 30 people} {so everyone can ask questions|to keep "
                "it interactive}.",
                "{Given your role|As {TITLE}}, {you'd bring|I think you'd add} a {great|valuable} perspective on [[THEME]].",
            ),
            "proof": (
                "{Last time|Our last session} {we had|drew} [[NUM]] {attendees|registrations}{ from [[REGION]]|}.",
                "{Past guests include|Previous speakers came from} [[CLIENT]] and [[CLIENT2]].",
            ),
            "asks": (
                "{Can I save you a seat?|Shall I save you a spot?}",
                "{Here's the link to register|You can register here}: [[URL]]",
            ),
        },
    },
    "note_hooks": (
        "{Hi|Hello} {FIRST_NAME}, {I see|I noticed} {you're|you are} {TITLE} at {COMPANY}.",
        "{Hi|Hey} {FIRST_NAME}! {Came across|Found} your profile {via|through} {a mutual connection|a shared group}.",
        "{Hey|Hi} {FIRST_NAME}, {I work with|I help} [[AUDIENCE]] {in {CITY}|across {CITY}}.",
        "{Hi|Hello} {FIRST_NAME}, {fellow|another} {INDUSTRY} {person|professional} here.",
        "{Hi|Hey} {FIRST_NAME} — {we're|I'm} {building|launching} [[PRODUCT]] for [[AUDIENCE]].",
        "{Hello|Hi} {FIRST_NAME}, {your work at|what you're doing at} {COMPANY} {looks great|caught my eye}.",
        "{Hi|Hey} {FIRST_NAME}, {I'm|I am} {SENDER}{ from [[AGENCY]]|, I run [[AGENCY]]}.",
        "{Hi|Hello} {FIRST_NAME}, {I'm hosting|we're running} [[EVENT]] on [[EVENT_DATE]].",
        "{Hey|Hi} {FIRST_NAME}, {saw|noticed} {COMPANY} {is hiring|is growing}.",
        "{Hi|Hello} {FIRST_NAME}, {I write about|I post about} {INDUSTRY} {every week|weekly}.",
        "{Hi|Hey} {FIRST_NAME}, {we share|we have} {a few|several} {interests|connections} in {INDUSTRY}.",
        "{Hello|Hi} {FIRST_NAME}, {I'm mapping|I'm getting to know} the {INDUSTRY} {scene|community} in {CITY}.",
        "{Hi|Hey} {FIRST_NAME}, {just moved|recently moved} to {CITY} and {I'm meeting|meeting} {people|folks} in {INDUSTRY}.",
        "{Hi|Hello} {FIRST_NAME}, {I lead|I run} {partnerships|growth} at [[AGENCY]].",
        "{FIRST_NAME}, {your|the} {experience|career path} {at {COMPANY}|as {TITLE}} {is impressive|is inspiring}.",
        "{Hi|Hey} {FIRST_NAME}, {big fan of|love} {what {COMPANY} is building|{COMPANY}'s product}.",
        "{Hi|Hello} {FIRST_NAME}, {I'm researching|I'm studying} how {TITLE}s {handle|approach} [[PAIN]].",
        "{Hey|Hi} {FIRST_NAME}, {we both|we've both} {worked|spent time} in {INDUSTRY}{ it seems|}.",
        "{Hi|Hey} {FIRST_NAME}, {I'm putting together|I'm building} {a list|a group} of {INDUSTRY} {operators|builders} {to learn "
        "from|to follow}.",
        "{Hello|Hi} {FIRST_NAME}, {we just launched|I just launched} [[PRODUCT]]{ 🚀|} {and|—} {it's|it is} {built for|made for} "
        "[[AUDIENCE]].",
        "{Hi|Hey} {FIRST_NAME}, {I saw|noticed} {your comment|your reply} on a {mutual|shared} {connection's|contact's} post.",
        "{Hey|Hi} {FIRST_NAME}, {sales|growth} {nerd|geek} here — {I'm|currently} {mapping|exploring} {INDUSTRY} in {CITY}.",
        "{Hi|Hello} {FIRST_NAME}, {I run|I organise} a {monthly|weekly} {meetup|Slack group} for [[AUDIENCE]].",
        "{Hi|Hey} {FIRST_NAME}, {love|really like} {how|the way} {COMPANY} {shows up online|does marketing}.",
    ),
    "note_middles": (
        "{I help|We help} {teams like yours|companies like {COMPANY}} [[OUTCOME]].",
        "{Always|I'm always} {keen|happy} to {meet|swap notes with} {TITLE}s.",
        "{Thought|I thought} {we should|it'd be good to} {be connected|stay in touch}.",
        "{No pitch|Not selling anything}{, promise|}.",
        "{Your background|Your experience} {is impressive|stands out}.",
        "{I share|I post} {tips|ideas} on [[PAIN]] {weekly|every Tuesday}.",
        "{Might be|Could be} {useful|helpful} {for both of us|for us both}.",
        "{We've|We have} {helped|worked with} {companies|teams} {near|around} {CITY}.",
        "{No sales pitch|Zero sales pitch}{, just networking| — just networking}.",
        "{I'm sharing|I'll share} {free resources|a free playbook} on [[PAIN]]{ soon|}.",
    ),
    "note_asks": (
        "{Would love to connect!|Let's connect!|Happy to connect.}",
        "{Open to connecting?|Mind if we connect?}",
        "{Would be great to|I'd love to} {have you in my network|add you to my network}.",
        "{Hope you'll accept|Hope you accept}{!| 🙂}",
        "{Let's|We should} {keep in touch|stay connected}.",
        "{Can I send details?|Shall I send details?}",
        "{Would value|I'd value} {the connection|being connected}.",
        "{Connect?|Shall we connect?}",
        "{Would be|It'd be} {cool|great} to {connect|be connected} here{!|.}",
        "{Feel free to|Please} {accept|hit accept}{ 🙂|!}",
        "{Keen to|Eager to} connect{!|.}",
        "{Talk soon|Speak soon}{!|.}",
    ),
}
