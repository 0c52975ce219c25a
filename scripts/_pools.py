"""Word pools and generators for scripts/make_corpus.py (private module, standard library only).

People (international names, including accented ones and a few in native scripts), job titles,
company names (combinatorial, with and without legal suffixes), industries, cities, and the
generators of campaign-level fills (``[[PRODUCT]]``, ``[[PRICE]]``, ``[[EVENT]]`` ...).
Everything takes an explicit ``random.Random``; nothing iterates a set or relies on hashing.
"""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import dataclass

# --------------------------------------------------------------------------- names
# culture: (weight, first names, last names)
NAME_CULTURES: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    "english": (16, (
        "James", "Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Olivia", "Matthew",
        "Sophie", "Thomas", "Hannah", "Ryan", "Chloe", "Andrew", "Megan", "Chris", "Lauren",
        "Kevin", "Rachel", "Zoë", "Liam", "Grace", "Owen", "Abigail", "Nathan", "Charlotte",
        "Ethan", "Madison", "Sean", "Brianna", "Tyler", "Kayla", "Jordan", "Siobhan", "Declan",
    ), (
        "Smith", "Johnson", "Williams", "Brown", "Taylor", "Anderson", "Thompson", "Walker",
        "Wright", "Robinson", "Clarke", "Hughes", "Edwards", "Turner", "Murphy", "O'Brien",
        "Bennett", "Collins", "Fitzgerald", "Hayes", "Mitchell", "Parker", "Reed", "Sullivan",
        "Ward", "Foster", "Gray", "Price", "Russell", "Coleman", "O'Connor", "McAllister",
        "Brooks", "Kennedy", "Harrington", "Lloyd-Jones",
    )),
    "spanish": (9, (
        "Alejandro", "María", "José", "Lucía", "Javier", "Carmen", "Diego", "Sofía", "Pablo",
        "Elena", "Andrés", "Isabel", "Sergio", "Marta", "Raúl", "Paula", "Álvaro", "Natalia",
        "Iñaki", "Begoña", "Fernando", "Alba", "Gonzalo", "Ainhoa", "Rocío", "Mateo",
        "Valentina", "Camila", "Santiago", "Ximena", "María José", "Juan Carlos",
    ), (
        "García", "Martínez", "López", "Sánchez", "Pérez", "González", "Rodríguez", "Fernández",
        "Gómez", "Díaz", "Hernández", "Ruiz", "Jiménez", "Moreno", "Muñoz", "Álvarez", "Romero",
        "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Castillo", "Ortega", "Delgado",
        "Ibáñez", "Serrano", "Cortés", "Peña", "Vargas", "García Márquez", "de la Fuente",
    )),
    "portuguese": (7, (
        "Ana", "João", "Beatriz", "Pedro", "Mariana", "Lucas", "Gabriela", "Rafael", "Larissa",
        "Thiago", "Juliana", "Gustavo", "Fernanda", "Felipe", "Camila", "Bruno", "Letícia",
        "Rodrigo", "Vitória", "André", "Luíza", "Caio", "Inês", "Gonçalo", "Conceição",
        "Matheus", "Bárbara", "Otávio", "Renata", "Vinícius",
    ), (
        "Souza", "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Rodrigues", "Almeida",
        "Nascimento", "Lima", "Araújo", "Fernandes", "Carvalho", "Gomes", "Martins", "Rocha",
        "Ribeiro", "Barbosa", "Cardoso", "Teixeira", "Correia", "Mendes", "Pinto", "Moura",
        "Cavalcanti", "Gonçalves", "Magalhães", "Assunção", "Brandão", "Figueiredo",
    )),
    "french": (6, (
        "Camille", "Lucas", "Léa", "Hugo", "Chloé", "Louis", "Manon", "Théo", "Inès", "Mathieu",
        "Élodie", "Antoine", "Juliette", "Julien", "Margaux", "François", "Amélie", "Nicolas",
        "Céline", "Benoît", "Hélène", "Jérôme", "Clémence", "Rémi", "Noémie", "Gaël", "Aurélie",
        "Stéphane", "Maëlle", "Loïc", "Jean-Baptiste", "Anne-Sophie",
    ), (
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Fournier", "Girard", "Bonnet",
        "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Mercier", "Boucher",
        "Chevalier", "Gauthier", "Lemaître", "Faure", "Beaumont", "Delacroix",
    )),
    "german": (7, (
        "Lukas", "Anna", "Maximilian", "Lena", "Felix", "Julia", "Jonas", "Laura", "Leon",
        "Katharina", "Paul", "Tobias", "Johanna", "Florian", "Marie", "Sebastian", "Lea",
        "Jürgen", "Jörg", "Günter", "Bärbel", "Sören", "Ulrike", "Matthias", "Franziska",
        "Moritz", "Annika", "Dominik", "Mareike", "Björn",
    ), (
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
        "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
        "Köhler", "Weiß", "Jäger", "Vogel", "Groß", "von Bülow",
    )),
    "indian": (12, (
        "Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul",
        "Divya", "Siddharth", "Pooja", "Aditya", "Neha", "Karthik", "Lakshmi", "Rajesh",
        "Deepika", "Sanjay", "Meera", "Amitabh", "Shreya", "Venkatesh", "Aishwarya", "Harpreet",
        "Gurpreet", "Nikhil", "Ishita", "Pranav", "Tanvi", "Abhishek", "Swati",
    ), (
        "Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Menon", "Rao",
        "Joshi", "Mehta", "Agarwal", "Chatterjee", "Banerjee", "Mukherjee", "Desai", "Kulkarni",
        "Pillai", "Verma", "Malhotra", "Kapoor", "Bhat", "Srinivasan", "Krishnan",
        "Subramanian", "Chaudhary", "Saxena", "Ghosh", "Venkataraman",
    )),
    "chinese": (8, (
        "Wei", "Fang", "Jing", "Lei", "Min", "Yang", "Xiaoming", "Hui", "Jun", "Ying", "Hao",
        "Mei", "Qiang", "Xin", "Yu", "Zhen", "Lin", "Tao", "Yan", "Bo", "Xiuying", "Jian",
        "Ping", "Shu", "Yifan", "Zihan", "Haoran", "Ruoxi", "Kevin", "Grace",
    ), (
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang",
        "Song", "Han", "Feng", "Deng", "Cao", "Peng",
    )),
    "nigerian": (5, (
        "Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka",
        "Ifeanyi", "Yetunde", "Obinna", "Amaka", "Babajide", "Nkechi", "Segun", "Folake",
        "Chukwuemeka", "Temitope", "Uche", "Bukola", "Kelechi", "Aisha", "Ibrahim", "Damilola",
        "Kunle", "Zainab", "Ayodele", "Ebere", "Olumide", "Oyinkansola",
    ), (
        "Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Adebayo", "Ogunleye",
        "Chukwu", "Obi", "Afolabi", "Okeke", "Bello", "Ibekwe", "Oyelaran", "Nnamdi", "Olawale",
        "Achebe", "Onyekachi", "Abubakar", "Adeleke", "Ogbonna", "Akinola", "Uzor", "Ekwueme",
        "Okoro", "Fashola", "Oladipo", "Nwachukwu", "Ajayi",
    )),
    "arabic": (6, (
        "Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Youssef", "Mariam", "Khalid",
        "Noor", "Hassan", "Salma", "Ali", "Rania", "Tariq", "Huda", "Karim", "Yasmin", "Faisal",
        "Dina", "Mustafa", "Leila", "Ziad", "Hala", "Samir", "Reem", "Bilal", "Nadia", "Walid",
        "Amira",
    ), (
        "Al-Sayed", "Haddad", "Khalil", "Nasser", "Hussein", "Mansour", "Farouk", "El-Amin",
        "Saleh", "Aziz", "Hamdan", "Qureshi", "Al-Farsi", "Rahman", "Darwish", "Abdullah",
        "Bakr", "Jaber", "Sabbagh", "Al-Mutairi", "Khoury", "Shaheen", "Yousef", "Barakat",
        "Zaki", "Awad", "Suleiman", "Othman", "Najjar", "Ben Ali",
    )),
    "polish": (5, (
        "Łukasz", "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Joanna",
        "Krzysztof", "Magdalena", "Michał", "Aleksandra", "Marcin", "Zofia", "Wojciech", "Ewa",
        "Jakub", "Barbara", "Grzegorz", "Dorota", "Mateusz", "Justyna", "Bartosz", "Natalia",
        "Kamil", "Monika", "Rafał", "Beata", "Przemysław", "Anna",
    ), (
        "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
        "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
        "Michalski", "Zając", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Majewski",
        "Olszewski", "Stępień", "Górski",
    )),
    "italian": (4, (
        "Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Lorenzo", "Martina", "Niccolò",
        "Federica", "Matteo", "Elisa", "Giovanni", "Sara", "Davide", "Valentina", "Andrea",
    ), (
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
        "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Lombardi",
    )),
    "turkish": (3, (
        "Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Çağla", "Burak", "Gökhan",
        "Şule", "Oğuz", "Deniz", "Kerem", "Yağmur", "İlker", "Ebru",
    ), (
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
        "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Özdemir",
    )),
    "nordic": (3, (
        "Søren", "Åsa", "Lars", "Ingrid", "Magnus", "Sigrid", "Henrik", "Astrid", "Mikael",
        "Freja", "Jørgen", "Maja", "Eero", "Aino", "Björn", "Linnéa",
    ), (
        "Jørgensen", "Lindqvist", "Hansen", "Johansson", "Nielsen", "Andersson", "Larsen",
        "Karlsson", "Virtanen", "Korhonen", "Sørensen", "Bergström", "Halvorsen", "Nyström",
        "Åberg", "Mäkinen",
    )),
    "japanese_korean": (3, (
        "Haruto", "Yuki", "Sakura", "Kenji", "Aiko", "Takeshi", "Yui", "Ren", "Ji-woo",
        "Min-jun", "Seo-yeon", "Hyun-woo", "Soo-ah", "Daiki", "Emi", "Jae-won",
    ), (
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi",
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Yamamoto",
    )),
    "vietnamese": (2, (
        "Linh", "Minh", "Huong", "Tuan", "Ngọc", "Duc", "Thảo", "Quang", "Lan", "Hoàng", "Trang",
        "Long",
    ), (
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngo",
        "Huynh",
    )),
    "dutch": (3, (
        "Daan", "Sanne", "Bram", "Lotte", "Sem", "Femke", "Ruben", "Anouk", "Thijs", "Eline",
        "Joost", "Marieke", "Pieter", "Floor",
    ), (
        "de Vries", "van der Berg", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "van Dijk", "Bos", "Vos", "van Leeuwen",
    )),
    "slavic": (3, (
        "Dmitri", "Olga", "Sergei", "Natasha", "Andriy", "Oksana", "Ivan", "Tatiana", "Nikola",
        "Milena", "Aleksandr", "Yulia", "Bogdan", "Irina", "Petr", "Jana",
    ), (
        "Ivanov", "Petrova", "Smirnov", "Kuznetsova", "Shevchenko", "Kovalenko", "Popov",
        "Novák", "Horváth", "Dvořák", "Petrović", "Jovanović", "Sokolova", "Bondarenko",
        "Černý", "Kovács",
    )),
}

#: A few names written in their own script: (full name, given name, family name).
NATIVE_SCRIPT_NAMES: tuple[tuple[str, str, str], ...] = (
    ("王伟", "伟", "王"), ("李娜", "娜", "李"), ("张敏", "敏", "张"), ("刘洋", "洋", "刘"),
    ("陈静", "静", "陈"), ("محمد علي", "محمد", "علي"), ("فاطمة حسن", "فاطمة", "حسن"),
    ("Дмитрий Соколов", "Дмитрий", "Соколов"), ("Анна Иванова", "Анна", "Иванова"),
    ("田中 由紀", "由紀", "田中"), ("김민준", "민준", "김"), ("Νίκος Παπαδόπουλος", "Νίκος", "Παπαδόπουλος"),
)

_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                           "Æ": "Ae", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe"})


def slugify(text: str) -> str:
    """ASCII slug for handles: accents stripped, non-letters become dashes."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    out = []
    for ch in text.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


_CULTURES = tuple(NAME_CULTURES)
_CULTURE_WEIGHTS = tuple(NAME_CULTURES[c][0] for c in _CULTURES)


def make_name(rng: random.Random, native_share: float = 0.012) -> tuple[str, str, str]:
    """Return (first, last, full) for a random person."""
    if rng.random() < native_share:
        full, first, last = rng.choice(NATIVE_SCRIPT_NAMES)
        return first, last, full
    culture = rng.choices(_CULTURES, weights=_CULTURE_WEIGHTS)[0]
    _, firsts, lasts = NAME_CULTURES[culture]
    first = rng.choice(firsts)
    last = rng.choice(lasts)
    return first, last, f"{first} {last}"


# --------------------------------------------------------------------------- titles
_C_LEVEL = (
    "CEO", "Chief Executive Officer", "Founder & CEO", "Co-Founder", "Co-founder & CTO",
    "Chief Marketing Officer", "CMO", "Chief Revenue Officer", "CRO", "CFO", "COO",
    "Chief Operating Officer", "Chief People Officer", "Chief Technology Officer", "CTO",
    "Chief Product Officer", "Chief Data Officer", "CISO", "Managing Director", "General Manager",
    "Partner", "Managing Partner", "Owner", "President", "Founder", "Co-Founder & COO",
    "Founder / Director",
)
_SENIORITY_OF = ("VP", "Vice President", "SVP", "Director", "Senior Director", "Head",
                 "Associate Director", "Global Head", "EVP")
_FUNCTIONS = (
    "Sales", "Marketing", "Engineering", "Product", "Growth", "Operations", "Finance", "People",
    "Talent Acquisition", "Customer Success", "Business Development", "Partnerships", "Data",
    "Design", "Security", "IT", "Procurement", "Revenue Operations", "Demand Generation",
    "Brand", "Communications", "Legal", "Supply Chain", "Strategy", "Analytics",
    "Infrastructure", "Platform", "Research", "Customer Experience", "Sales Enablement",
    "Digital Transformation", "Learning & Development", "Investor Relations", "Sustainability",
)
_ROLES = (
    "Product Manager", "Software Engineer", "Data Scientist", "Account Executive", "Recruiter",
    "Talent Acquisition Partner", "Marketing Manager", "UX Designer", "Financial Analyst",
    "Solutions Architect", "Sales Development Representative", "Customer Success Manager",
    "DevOps Engineer", "Machine Learning Engineer", "Content Strategist", "Operations Manager",
    "Project Manager", "HR Business Partner", "Brand Manager", "Business Analyst",
    "Backend Developer", "Frontend Developer", "Security Engineer", "Growth Marketer",
    "Community Manager", "Controller", "Procurement Specialist", "Supply Chain Analyst",
    "Consultant", "Data Engineer", "Product Designer", "Account Manager", "Program Manager",
    "Site Reliability Engineer", "Research Scientist", "Copywriter", "Accountant",
    "Engineering Manager", "Business Development Manager", "Office Manager",
)
_ROLE_PREFIX = ("", "", "", "Senior ", "Senior ", "Lead ", "Principal ", "Staff ", "Junior ",
                "Associate ")
_REGION_TAGS = ("EMEA", "APAC", "LATAM", "North America", "DACH", "UK&I", "Nordics", "Benelux",
                "MENA", "Iberia", "Brazil", "India", "France", "Germany")


def make_title(rng: random.Random) -> str:
    """A realistic job title, generated combinatorially."""
    r = rng.random()
    if r < 0.14:
        return rng.choice(_C_LEVEL)
    if r < 0.42:
        title = f"{rng.choice(_SENIORITY_OF)} of {rng.choice(_FUNCTIONS)}"
        if rng.random() < 0.12:
            title += rng.choice((", ", " - ", " | ")) + rng.choice(_REGION_TAGS)
        return title
    if r < 0.52:
        return f"{rng.choice(_FUNCTIONS)} {rng.choice(('Manager', 'Lead', 'Director', 'Specialist', 'Coordinator'))}"
    title = rng.choice(_ROLE_PREFIX) + rng.choice(_ROLES)
    if rng.random() < 0.06:
        title += rng.choice((" II", " III", " (Contract)", " @ Remote"))
    return title


# --------------------------------------------------------------------------- companies
_CO_FIRST = (
    "Acme", "Globex", "Northwind", "Initech", "Blue", "Red Oak", "Silver", "Iron", "Pine",
    "Cedar", "Summit", "Harbor", "Atlas", "Nimbus", "Quantum", "Vertex", "Apex", "Orbit",
    "Lumen", "Nova", "Stellar", "Granite", "Maple", "River", "Falcon", "Beacon", "Cobalt",
    "Crimson", "Evergreen", "Horizon", "Ironclad", "Keystone", "Lighthouse", "Meridian",
    "Northstar", "Oakridge", "Pioneer", "Redwood", "Sapphire", "Sterling", "Trident", "Willow",
    "Zenith", "Bright", "Clearwater", "Swift", "Golden", "Polar", "Coastal", "Urban", "Prime",
    "Bluebird", "Deepwater", "Solid", "Bold", "Kite", "Foxglove", "Hawk", "Lynx", "Orca",
    "Aurora", "Copper", "Emerald", "Juniper", "Mosaic", "Onyx", "Pebble", "Quartz", "Riverbend",
    "Saffron", "Tidal", "Vantage", "Wildflower", "Alpine", "Baltic", "Andes", "Sahara",
    "Pacific", "Nordic", "Iberia", "Hanse", "Lotus", "Banyan", "Kilimanjaro", "Tasman",
)
_CO_SECOND = (
    "Robotics", "Analytics", "Labs", "Systems", "Solutions", "Dynamics", "Logistics", "Health",
    "Capital", "Ventures", "Partners", "Media", "Foods", "Energy", "Networks", "Software",
    "Cloud", "Data", "Security", "Consulting", "Studios", "Digital", "Financial", "Bio",
    "Therapeutics", "Motors", "Retail", "Traders", "Industries", "Holdings", "Works", "Group",
    "Technologies", "AI", "Payments", "Insurance", "Realty", "Design", "Learning", "Games",
    "Pharma", "Mobility", "Foods & Beverages", "Freight", "Clinics", "Apparel", "Interactive",
)
_CO_SUFFIX = (
    "", "", "", "", "", "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "GmbH", "AG", "S.A.", "SAS", "B.V.",
    "Pty Ltd", "Pvt Ltd", "Corp", "Co.", "PLC", "S.r.l.", "Sp. z o.o.", "AB", "Oy", "S.L.",
    "Ltda.", "K.K.", "LLP",
)
_SYLLABLES = ("zen", "tro", "va", "ka", "lyx", "bri", "qu", "mo", "rel", "dio", "fy", "ne", "xa",
              "lu", "mi", "ra", "so", "vi", "to", "pa", "nex", "or", "ion", "el", "ara", "ix")
_WORD_TAILS = ("ly", "ify", "io", "wave", "loop", "stack", "base", "hub", "wise", "grid", "lab",
               "works", "forge", "nest", "path", "box", "bit", "able", "scape", "sphere")
_FAMOUS_FAKE = ("Acme Robotics Inc", "Globex", "Northwind Traders", "Initech LLC", "Hooli",
                "Umbrella Corp", "Soylent Corp", "Wayne Enterprises", "Stark Industries",
                "Vandelay Industries", "Dunder Mifflin", "Pied Piper", "Wonka Industries",
                "Cyberdyne Systems", "Tyrell Corporation", "Massive Dynamic")


def _invented_word(rng: random.Random) -> str:
    if rng.random() < 0.5:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    else:
        word = rng.choice(_CO_FIRST).split()[0].lower() + rng.choice(_WORD_TAILS)
    return word[:1].upper() + word[1:]


def strip_suffix(company: str) -> str:
    """Company name without its legal suffix ("Initech LLC" -> "Initech")."""
    for suffix in sorted((s for s in _CO_SUFFIX if s), key=len, reverse=True):
        if company.endswith(" " + suffix):
            return company[: -len(suffix) - 1].rstrip(",")
    return company


def make_company(rng: random.Random, suffix: bool = True) -> str:
    """A made-up company name; with ``suffix`` it may carry a legal suffix."""
    r = rng.random()
    if r < 0.03:
        name = rng.choice(_FAMOUS_FAKE)
        return name if suffix else strip_suffix(name)
    if r < 0.50:
        name = f"{rng.choice(_CO_FIRST)} {rng.choice(_CO_SECOND)}"
    elif r < 0.72:
        name = _invented_word(rng)
        if rng.random() < 0.4:
            name += " " + rng.choice(_CO_SECOND)
    elif r < 0.82:
        _, last, _ = make_name(rng, native_share=0.0)
        name = f"{last} {rng.choice(('& Partners', 'Consulting', 'Group', '& Co', 'Advisory', 'Associates', 'Legal', 'Engineering'))}"
    elif r < 0.90:
        _, a, _ = make_name(rng, native_share=0.0)
        _, b, _ = make_name(rng, native_share=0.0)
        name = f"{a} & {b}"
    elif r < 0.95:
        name = f"The {rng.choice(_CO_FIRST)} {rng.choice(('Company', 'Collective', 'Agency', 'Project'))}"
    else:
        name = _invented_word(rng).lower() + rng.choice((".io", ".ai", ".com", ".co"))
    if suffix and rng.random() < 0.55:
        sfx = rng.choice(_CO_SUFFIX)
        if sfx:
            name = f"{name}{',' if rng.random() < 0.1 else ''} {sfx}"
    return name


# --------------------------------------------------------------------------- industries, places
INDUSTRIES = (
    "SaaS", "B2B SaaS", "fintech", "healthcare", "logistics", "e-commerce", "retail",
    "manufacturing", "cybersecurity", "edtech", "insurance", "real estate", "biotech",
    "renewable energy", "automotive", "hospitality", "media", "gaming", "telecom", "consulting",
    "banking", "pharma", "legal tech", "HR tech", "martech", "adtech", "food & beverage",
    "agriculture", "construction", "aerospace", "public sector", "nonprofit", "venture capital",
    "private equity", "supply chain", "cloud infrastructure", "data analytics", "AI",
    "robotics", "travel", "fashion", "sports", "mobility", "proptech", "insurtech", "medtech",
    "consumer electronics", "semiconductors", "mining", "shipping", "climate tech",
    "developer tools", "healthtech", "wealth management", "recruitment", "education",
    "FMCG", "CPG", "luxury goods", "architecture",
)

CITIES = (
    "New York", "San Francisco", "Austin", "Chicago", "Toronto", "Vancouver", "Mexico City",
    "São Paulo", "Rio de Janeiro", "Buenos Aires", "Bogotá", "Santiago", "Lima", "London",
    "Manchester", "Dublin", "Paris", "Lyon", "Berlin", "München", "Munich", "Hamburg", "Zürich",
    "Genève", "Vienna", "Amsterdam", "Rotterdam", "Brussels", "Madrid", "Barcelona", "Valencia",
    "Lisbon", "Porto", "Milan", "Rome", "Warsaw", "Kraków", "Wrocław", "Gdańsk", "Łódź",
    "Prague", "Budapest", "Bucharest", "Stockholm", "Malmö", "Copenhagen", "Oslo", "Helsinki",
    "Tallinn", "Istanbul", "Athens", "Tel Aviv", "Dubai", "Abu Dhabi", "Riyadh", "Doha",
    "Cairo", "Casablanca", "Lagos", "Abuja", "Nairobi", "Accra", "Johannesburg", "Cape Town",
    "Kigali", "Bengaluru", "Mumbai", "New Delhi", "Hyderabad", "Pune", "Chennai", "Karachi",
    "Dhaka", "Singapore", "Kuala Lumpur", "Jakarta", "Manila", "Bangkok", "Ho Chi Minh City",
    "Hà Nội", "Shanghai", "Beijing", "Shenzhen", "Hong Kong", "Taipei", "Seoul", "Tokyo",
    "Osaka", "Sydney", "Melbourne", "Auckland", "Montréal", "Québec City", "Boston", "Seattle",
    "Denver", "Atlanta", "Miami", "Los Angeles", "Raleigh", "Düsseldorf", "Köln", "Medellín",
    "Guadalajara", "Montevideo", "Edinburgh", "Bristol", "Cluj-Napoca", "Tbilisi", "Almaty",
)

REGIONS = ("Europe", "the Nordics", "DACH", "Latin America", "Southeast Asia", "the US",
           "North America", "the UK and Ireland", "the Middle East", "Africa", "India", "CEE",
           "Iberia", "Benelux", "APAC", "EMEA")


# --------------------------------------------------------------------------- persons
@dataclass(frozen=True)
class Person:
    first: str
    last: str
    full: str
    handle: str
    title: str
    company: str
    industry: str
    city: str


def make_handle(rng: random.Random, full: str, taken: set[str]) -> str:
    """LinkedIn-style handle ("ana-souza-4b7a1c"), unique within ``taken``."""
    base = slugify(full) or "member"
    while True:
        handle = f"{base}-{rng.getrandbits(24):06x}"
        if handle not in taken:
            taken.add(handle)
            return handle


def make_companies(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """``count`` companies as (name, industry, headquarters city); names unique."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    while len(out) < count:
        name = make_company(rng)
        if name in seen:
            continue
        seen.add(name)
        out.append((name, rng.choice(INDUSTRIES), rng.choice(CITIES)))
    return out


def make_people(rng: random.Random, count: int, companies: list[tuple[str, str, str]],
                taken: set[str]) -> list[Person]:
    """``count`` people employed at ``companies`` (several people may share a company)."""
    people = []
    for _ in range(count):
        first, last, full = make_name(rng)
        company, industry, hq = rng.choice(companies)
        city = hq if rng.random() < 0.7 else rng.choice(CITIES)
        people.append(Person(first, last, full, make_handle(rng, full, taken), make_title(rng),
                             company, industry, city))
    return people


# --------------------------------------------------------------------------- campaign fills
_PRODUCT_HEADS = ("Lead", "Pipe", "Hire", "Flow", "Sales", "Data", "Cloud", "Stack", "Signal",
                  "Reach", "Deal", "Pulse", "Loop", "Beam", "Scale", "Spark", "Clear", "Brief",
                  "Team", "Quota", "Ledger", "Shift", "Relay", "Vault", "Orbit", "Prism",
                  "Echo", "Atlas", "Nudge", "Tally", "Sprout", "Harbor", "Kudos", "Rally")
_PRODUCT_TAILS = ("ly", "ify", "wise", "hub", "base", "stack", "pilot", "bird", "loop", "desk",
                  "forge", "mind", "sense", "grid", "path", "HQ", "IQ", ".ai", "io", "Labs",
                  "OS", "flow", "metrics", "ops", "cast", "mate")
_EVENT_ADJ = ("Future of", "Next-Gen", "Global", "European", "Annual", "Summer", "Spring",
              "Autumn", "Winter", "Leaders in", "State of", "Women in", "Scale-Up", "Digital")
_EVENT_NOUN = ("Summit", "Forum", "Meetup", "Roundtable", "Conference", "Week", "Day", "Expo",
               "Congress", "Festival", "Awards", "Live", "Connect", "Unconference")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_ROLES_HIRING = ("Senior Backend Engineer", "Staff Frontend Engineer", "Head of Data",
                 "Product Designer", "Engineering Manager", "Account Executive",
                 "Sales Development Representative", "VP of Engineering", "DevOps Lead",
                 "Machine Learning Engineer", "Founding Engineer", "Senior Product Manager",
                 "Customer Success Lead", "Mobile Engineer (iOS)", "Platform Engineer",
                 "Data Engineer", "Security Engineer", "Head of Marketing", "Growth Lead",
                 "Finance Manager", "Senior Data Analyst", "Solutions Engineer",
                 "Chief Financial Officer", "Head of Sales", "Country Manager")
_FUND_STAGES = ("seed-stage", "Series A", "Series B", "Series C", "pre-IPO", "bootstrapped",
                "VC-backed", "PE-backed")
_CURRENCIES = ("$", "€", "£")


def _round_nice(x: float) -> int:
    if x < 20:
        return int(x)
    if x < 200:
        return int(round(x / 5) * 5)
    if x < 2000:
        return int(round(x / 50) * 50)
    return int(round(x / 500) * 500)


def _fmt_int(x: int) -> str:
    return f"{x:,}"


def product_name(rng: random.Random) -> str:
    head = rng.choice(_PRODUCT_HEADS)
    tail = rng.choice(_PRODUCT_TAILS)
    if tail[0].isupper() and rng.random() < 0.5:
        return f"{head} {tail}"
    return head + tail


def event_name(rng: random.Random, industry: str | None = None) -> str:
    topic = industry or rng.choice(INDUSTRIES)
    topic = topic[:1].upper() + topic[1:]
    form = rng.random()
    if form < 0.4:
        return f"{rng.choice(_EVENT_ADJ)} {topic} {rng.choice(_EVENT_NOUN)} {rng.choice(('2025', '2026', ''))}".strip()
    if form < 0.7:
        return f"{topic} {rng.choice(_EVENT_NOUN)} {rng.choice(('2025', '2026', 'Live', 'Europe', 'Global', 'Online'))}"
    return f"{rng.choice(_CO_FIRST)} {rng.choice(_EVENT_NOUN)}"


def date_phrase(rng: random.Random) -> str:
    month = rng.choice(_MONTHS)
    day = rng.randint(1, 28)
    style = rng.random()
    if style < 0.5:
        return f"{month} {day}"
    if style < 0.8:
        suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{month} {day}{suffix}"
    return f"{day} {month}"


def url_for(rng: random.Random, name: str) -> str:
    slug = slugify(name) or "intro"
    style = rng.random()
    if style < 0.35:
        return f"https://calendly.com/{slug}/{rng.choice(('15min', '30min', 'intro', 'demo', 'chat'))}"
    if style < 0.6:
        return f"https://{slug.replace('-', '')}.{rng.choice(('io', 'com', 'ai', 'co'))}/{rng.choice(('demo', 'register', 'book', 'webinar', 'start'))}"
    if style < 0.8:
        chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "https://bit.ly/" + "".join(rng.choice(chars) for _ in range(7))
    return f"www.{slug.replace('-', '')}.com/{rng.choice(('go', 'offer', 'free-trial', 'meet'))}"


def amount(rng: random.Random, lo: float, hi: float) -> str:
    """A money amount between 10**lo and 10**hi, rounded to two significant digits."""
    raw = 10 ** rng.uniform(lo, hi)
    step = 10 ** max(0, int(math.log10(raw)) - 1)
    value = int(round(raw / step) * step)
    cur = rng.choice(_CURRENCIES)
    if value >= 1_000_000:
        txt = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    elif value >= 10_000 and rng.random() < 0.6:
        txt = f"{value // 1000}k"
    else:
        txt = _fmt_int(value)
    return cur + txt


class CampaignFills:
    """Per-campaign values of ``[[FILL]]`` names: drawn once, then constant.

    ``pools`` maps fill names to candidate lists (topic pools first, then the template set's);
    anything not found there is generated here. Unknown names raise KeyError.
    """

    def __init__(self, rng: random.Random, pools: list[dict[str, tuple[str, ...]]]) -> None:
        self.rng = rng
        self.pools = pools
        self.values: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = self._draw(name)
        return self.values[name]

    def _draw(self, name: str) -> str:
        rng = self.rng
        for pool in self.pools:
            if name in pool:
                return rng.choice(pool[name])
        if name == "PRODUCT":
            return product_name(rng)
        if name in ("AGENCY", "FUND_NAME", "BRAND", "VENUE", "COMMUNITY"):
            base = make_company(rng, suffix=False)
            if name == "FUND_NAME":
                return f"{base.split()[0]} {rng.choice(('Ventures', 'Capital', 'Partners', 'VC', 'Growth'))}"
            if name == "VENUE":
                return f"{base.split()[0]} {rng.choice(('House', 'Hall', 'Works', 'Estate', 'Commons', 'Yard'))}"
            if name == "COMMUNITY":
                return f"The {base.split()[0]} {rng.choice(('Circle', 'Collective', 'Club', 'Council', 'Guild'))}"
            return base
        if name in ("CLIENT", "CLIENT2", "INVESTOR"):
            while True:
                value = make_company(rng, suffix=False)
                if value not in self.values.values():
                    return value
        if name == "PCT":
            return f"{rng.randint(12, 78)}%"
        if name == "NUM":
            return _fmt_int(_round_nice(10 ** rng.uniform(1.3, 3.7)))
        if name == "NUM_SMALL":
            return str(rng.randint(3, 12))
        if name == "DAYS":
            return rng.choice(("7 days", "10 days", "14 days", "two weeks", "30 days", "three weeks",
                               "6 weeks", "90 days", "a month", "48 hours", "five days"))
        if name == "EVENT":
            return event_name(rng)
        if name == "EVENT_DATE":
            return date_phrase(rng)
        if name == "PRICE":
            return rng.choice(_CURRENCIES) + str(rng.choice((29, 39, 49, 79, 99, 149, 199, 249, 299, 490)))
        if name == "PRICE_BIG":
            return amount(rng, 3.3, 4.9)
        if name == "URL":
            return url_for(rng, self.values.get("PRODUCT") or self.values.get("AGENCY") or make_company(rng, False))
        if name == "AMOUNT":
            return amount(rng, 5.3, 6.6)
        if name == "AMOUNT2":
            low = self.values.get("AMOUNT")
            return amount(rng, 6.6, 7.2) if low else amount(rng, 6.0, 7.0)
        if name == "FUND":
            return rng.choice(_FUND_STAGES)
        if name == "ROLE":
            return rng.choice(_ROLES_HIRING)
        if name == "SALARY":
            cur = rng.choice(_CURRENCIES)
            lo = rng.randint(6, 18) * 10
            return f"{cur}{lo}k–{cur}{lo + rng.choice((20, 30, 40))}k"
        if name == "REGION":
            return rng.choice(REGIONS)
        if name == "CITY2":
            return rng.choice(CITIES)
        raise KeyError(f"no pool or generator for fill [[{name}]]")


# --------------------------------------------------------------------------- sign-offs, emoji
SIGNOFFS = (
    "Best,\n{S}", "Best regards,\n{S}", "Cheers,\n{S}", "Thanks!\n{S}", "Thanks,\n{S}",
    "Kind regards,\n{S}", "Warm regards,\n{S}", "Regards,\n{S}", "All the best,\n{S}",
    "Talk soon,\n{S}", "- {S}", "— {S}", "{S}", "Cheers! {S}", "Many thanks,\n{S}",
    "Sincerely,\n{S}", "Best, {S}", "Thank you,\n{S}", "Have a great day!\n{S}", "Best wishes,\n{S}",
    "Looking forward,\n{S}", "Speak soon,\n{S}", "Thx,\n{S}", "Regards\n{S}", "BR,\n{S}",
)

EMOJI = ("🙂", "😊", "👋", "🚀", "🙏", "👍", "✨", "🔥", "💡", "📈", "🤝", "😀", "🎉", "✅", "💪")
