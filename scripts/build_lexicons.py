#!/usr/bin/env python3
"""Regenerate the masking lexicons in ``src/mass_msg_detect/data/``.

The project masks person names, job titles and company names in messages
before fingerprinting them.  Without recipient metadata it relies on the
lexicons this script writes:

* ``first_names.txt``       international given names (from PyPI packages
  carrying freely licensed name data, plus a hand-written supplement), with
  common English words removed (see "Exclusion rule" below);
* ``common_words.txt``      the 5,000 most frequent English words (wordfreq);
* ``title_roles.txt``       job-role head nouns and abbreviations (hand-written);
* ``title_modifiers.txt``   seniority / level words (hand-written);
* ``title_functions.txt``   functional areas seen in titles (hand-written);
* ``company_suffixes.txt``  legal and common company-name endings (hand-written);
* ``SOURCES.md``            provenance, versions, licences and counts.

It is a maintainer tool, not part of the package: the source packages are NOT
dependencies of mass-msg-detect.  Install them into a throwaway virtual
environment and run the script from the repository root::

    python3 -m venv /tmp/lexvenv
    . /tmp/lexvenv/bin/activate
    pip install names==0.3.0 faker==40.54.0 wordfreq==3.1.1 \\
        pypinyin==0.55.0 japanese-personal-name-dataset==0.4.0
    python scripts/build_lexicons.py            # writes src/mass_msg_detect/data/
    python scripts/build_lexicons.py --check    # exit 1 if the files are stale

(Other versions of the packages work too; the versions actually used are
written into every file header and into SOURCES.md, so a diff shows them.)

Sources (all read from the installed packages, nothing is downloaded):

* ``names`` (MIT; its data files are the US Census Bureau 1990 first-name
  frequency lists, a US-government work in the public domain);
* ``Faker`` (MIT): the ``first_names*`` tuples of every
  ``faker.providers.person.<locale>`` module.  Latin-script entries are used
  as they are; Cyrillic (ru_RU, uk_UA, bg_BG, mk_MK) is romanised with the
  table below, Han characters (zh_CN, zh_TW) with pypinyin, Hangul (ko_KR)
  with the Revised-Romanisation table below; other scripts are skipped.
  The long-tail lists of is_IS, bg_BG, az_AZ and tr_TR count only for names
  that another source has too;
* ``pypinyin`` (MIT) - only used to romanise Faker's Chinese given names;
* ``japanese-personal-name-dataset`` (MIT; data cross-checked with Wikidata,
  CC0): the Hepburn romaji of its "opti" (popular names) subset;
* ``wordfreq`` (code Apache-2.0, data CC BY-SA 4.0): ``common_words.txt`` and
  the exclusion rule for names;
* hand-written lists in this file ("hand-written for this project"): a
  supplement of romanised given names for groups the packages cover thinly,
  the allow-list of the exclusion rule, an extra deny-list, and the title /
  company lexicons.

Normalisation of every entry: NFKC, Turkish dotted capital I folded to "i",
lowercase, NFC, strip; entries with spaces or digits are dropped; only Latin
letters and inner hyphens are kept.  First names also get ASCII-folded
variants ("josé" -> "jose", "łukasz" -> "lukasz", "björn" -> "bjorn" and
"bjoern" for German-locale names), every hyphen part of a hyphenated name is added too
("jean-pierre" -> "jean", "pierre"), and names of one or two letters are
dropped.

Exclusion rule (first names): a candidate is dropped when it is one of the
top 20,000 alphabetic English words of wordfreq (``top_n_list("en", ...)``),
unless it is in ``NAME_ALLOW_LIST`` (very common given names that are rarely
ordinary lowercase words in business English: "john", "david", "priya" ...).
Candidates in ``NAME_DENY_LIST`` (ordinary words rarer than the top 20,000,
e.g. "lien", "cadence", and business abbreviations such as "seo") and entries
of the title / company lexicons are always dropped.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata as md
import itertools
import pkgutil
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "src" / "mass_msg_detect" / "data"
REGEN = "python scripts/build_lexicons.py"

COMMON_WORDS_N = 5_000          # size of common_words.txt
EXCLUDE_TOP_N = 20_000          # names among these many common words are dropped
MIN_NAME_LEN = 3                # names of 1-2 letters are dropped
JAPANESE_SUBSET = "opti"        # popular-name subset of the Japanese dataset

# --------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------

APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4"
HYPHENS = "\u2010\u2011\u2012\u2013\u2212"


def norm(s: str) -> str:
    """NFKC, fold Turkish capital dotted I, lowercase, NFC, strip."""
    s = unicodedata.normalize("NFKC", s).strip()
    s = s.replace("\u0130", "i")  # İ -> i (lower() would give i + U+0307)
    s = s.lower()
    for h in HYPHENS:
        s = s.replace(h, "-")
    return unicodedata.normalize("NFC", s)


def is_latin_word(s: str) -> bool:
    """Only Latin letters, with optional single inner hyphens."""
    if not s or s[0] == "-" or s[-1] == "-" or "--" in s:
        return False
    for ch in s:
        if ch == "-":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


SPECIAL_FOLD = {
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
    "œ": "oe", "ß": "ss", "ı": "i", "ŋ": "ng", "ħ": "h", "ŧ": "t",
    "ĸ": "k", "ŀ": "l", "ə": "a",
}
GERMAN_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue"}


def ascii_fold(s: str, german: bool = False) -> str:
    out = []
    for ch in s:
        if german and ch in GERMAN_FOLD:
            out.append(GERMAN_FOLD[ch])
        elif ch in SPECIAL_FOLD:
            out.append(SPECIAL_FOLD[ch])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


# --------------------------------------------------------------------------
# Romanisation tables (hand-written for this project)
# --------------------------------------------------------------------------

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian
    "є": "ye", "і": "i", "ї": "yi", "ґ": "g",
    # Macedonian / Serbian
    "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ј": "j", "љ": "lj", "њ": "nj",
    "џ": "dzh", "ђ": "dj", "ћ": "c",
}
CYRILLIC_LOCALE_OVERRIDES = {
    "uk_UA": {"г": "h", "и": "y", "х": "kh"},
    "bg_BG": {"щ": "sht", "ъ": "a"},
}


def romanise_cyrillic(name: str, locale: str) -> set[str]:
    """Primary romanisation plus a common variant (й -> i, ия -> ia, х -> h)."""
    table = dict(CYRILLIC)
    table.update(CYRILLIC_LOCALE_OVERRIDES.get(locale, {}))
    name = name.lower()
    out = set()
    for variant in ((0,) if locale == "bg_BG" else (0, 1)):
        t = dict(table)
        s = name
        if variant:
            t["й"] = "i"
            t["х"] = "h"
            s = s.replace("ия", "ia")
        r = "".join(t.get(ch, ch) for ch in s)
        out.add(r)
    # Russian "-iy" endings are also commonly written "-y" (Dmitry, Anatoly)
    for r in list(out):
        if r.endswith("iy"):
            out.add(r[:-2] + "y")
    return out


# Revised Romanisation of Korean, syllable by syllable (no sound-change
# rules, as Korean given names are usually romanised).
HANGUL_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss",
                   "", "j", "jj", "ch", "k", "t", "p", "h"]
HANGUL_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa",
                  "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
HANGUL_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l",
                 "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t",
                 "k", "t", "p", "t"]
# Popular conventional spellings of syllables frequent in given names.
KOREAN_SYLLABLE_VARIANTS = {
    "seong": "sung", "yeong": "young", "hyeon": "hyun", "jeong": "jung",
    "gyeong": "kyung", "cheol": "chul", "u": "woo", "su": "soo", "ju": "joo",
    "yun": "yoon", "hun": "hoon", "jun": "joon", "suk": "sook", "sun": "soon",
    "hui": "hee", "gil": "kil", "gwang": "kwang", "geon": "gun",
    "byeong": "byung", "myeong": "myung", "seok": "suk", "gyu": "kyu",
    "gu": "koo", "sik": "shik", "si": "shi", "deok": "duk", "gi": "ki",
    "geun": "keun", "hyeok": "hyuk", "yeol": "yeol", "nam": "nam",
    "gyeol": "kyul", "bin": "bin", "ok": "ok", "eun": "eun",
}


def hangul_syllables(word: str) -> list[str] | None:
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return None
        ini, rest = divmod(code, 588)
        med, fin = divmod(rest, 28)
        out.append(HANGUL_INITIALS[ini] + HANGUL_MEDIALS[med] + HANGUL_FINALS[fin])
    return out


def romanise_korean(name: str) -> set[str]:
    syl = hangul_syllables(name)
    if not syl:
        return set()
    choices = [sorted({s, KOREAN_SYLLABLE_VARIANTS.get(s, s)}) for s in syl]
    out = set()
    for combo in itertools.product(*choices):
        out.add("".join(combo))
        if len(combo) > 1:
            out.add("-".join(combo))
    return out


def romanise_chinese(name: str) -> set[str]:
    from pypinyin import Style, lazy_pinyin

    syl = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    syl = [s.replace("ü", "u").replace("v", "u") if s.startswith(("n", "l")) and ("ü" in s or "v" in s) else s
           for s in syl]
    if not syl or not all(s.isalpha() and s.isascii() for s in syl):
        return set()
    out = {"".join(syl)}
    if len(syl) > 1:
        out.add("-".join(syl))
    return out


def simplify_romaji(r: str) -> str:
    """Hepburn long vowels as commonly written in Latin script (Yuuki -> Yuki)."""
    return r.replace("ou", "o").replace("uu", "u").replace("oo", "o")


# --------------------------------------------------------------------------
# Hand-written lists (hand-written for this project)
# --------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    """Whitespace-separated words; '#' starts a comment up to the end of the line."""
    return [w for line in text.splitlines() for w in line.split("#", 1)[0].split()]


# Given names the packages cover thinly (romanised forms as used on
# professional networks).  Grouped only for readability.
NAME_SUPPLEMENT = _words("""
# Indian (Hindi, Marathi, Gujarati, Bengali, Punjabi, South Indian)
aarav aarti abhay abhijit abhinav abhishek aditi aditya ajay ajit akash akhil
akshay alok aman amar amit amitabh amol amrita anand ananya anil anirudh anita
anjali ankit ankita ankur anshul anupam anuradha anurag aparna archana arjun
arnav arpita arun aruna arvind ashish ashok ashwin atul avinash bhavana bhavna
bhavesh chetan darshan deepa deepak deepika devendra dhruv dilip dinesh divya
gaurav geeta gita girish gopal govind harish harsh harsha hemant himanshu
indira ishaan ishita jagdish jatin jaya jayant jayesh jitendra jyoti kajal
kamal kapil karan karthik kartik kavita kavya keshav kiran kishore krishna
kunal lakshmi lalit madhu madhuri mahesh manish manisha manoj mayank meena
meera mohan mohit monika mukesh mukul nagesh naresh naveen navin neelam neha
nikhil nikita nilesh nisha nitin nitesh pankaj parth pawan pooja prabhakar
pradeep prakash pranav prasad prashant prateek pratik praveen preeti priya
priyanka puja pushpa rachna radha rahul raj rajat rajeev rajendra rajesh rajiv
rakesh ramesh rashmi ravi rekha reshma ritu rohan rohit rupali sachin sagar
sahil sameer samir sandeep sangeeta sanjay sanjeev santosh sapna sarita saurabh
seema shailesh shalini shankar sharad shashank shekhar shikha shilpa shirish
shivam shivani shreya shruti shubham siddharth smita sneha sonal sonali sudhir
sujata sumit sunil sunita suresh sushil swati tanvi tanya tarun tushar uday
umesh usha vandana varun vijay vikas vikram vinay vineet vinod vishal vivek
yash yogesh
aravind arvindh balaji bhaskar chandra chandrasekhar dhanush ganesh gopinath
hari harini jayakumar karthikeyan kumar lakshman lavanya madhavan manikandan
murali muthu nandini narayan narayanan padma prabhu prasanna raghav raghu
rajkumar ramya saravanan senthil shanthi sivakumar sridhar srinivas
srinivasan subramanian sundar suriya swaminathan vasanth venkat venkatesh
vignesh
amandeep gurpreet harpreet jaspreet manpreet navdeep simran sukhwinder
arijit debashis indrani subhash sourav
# Pakistani / Bangladeshi
asad faisal farhan fawad imran kamran nadeem naveed rizwan shahid usman waqar
zeeshan ayesha sana saima nazia farzana rubina shabnam tahmina
# Arabic (romanised, common spellings)
abdallah abdel abdul abdulaziz abdullah abdulrahman adel adnan ahmad ahmed
aisha alaa ali amal amin amina amir amira amr anas asma ayman aziz bashir bilal
dalia fadi fahad faisal farah farid fatima fatma ghada hadi hala hamad hamed
hamza hana hani hasan hassan hatem haytham hesham hisham hossam hussain hussein
ibrahim imad iman issa jamal jamil karim khaled khalid khalil lama layla leila
lina mahmoud majed majid malak mariam maryam mazen mohamed mohammad mohammed
mona mostafa muhammad mustafa nabil nada nadia nasser nawal nizar noor nour
omar osama rami rana rania rasha rashid reem saad said salah saleh salem salim
salma sami samir sara sawsan sultan tamer tarek tareq tariq wael waleed walid
yara yasmin yasmine yasser youssef yousef yusuf zaid zainab zeinab ziad
# Persian
arash babak behnam dariush farhad mehdi mohsen navid omid parisa reza roya
saeed shirin hamid
# Turkish (Faker's tr_TR list is a long tail without the common names)
mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat ömer
ramazan halil süleyman abdullah mahmut recep salih kadir emre hakan adem kemal
bekir musa metin serkan orhan burak fatma ayşe emine hatice zeynep elif meryem
şerife zehra hanife merve havva zeliha esra fadime hülya yasemin leyla gülsüm
derya ebru sibel songül dilek büşra aysel kübra cem kaan tolga onur barış
gökhan selin ece ceren tuğba gizem pınar burcu ozan umut volkan sinan levent
tamer selim berk arda eren yiğit kerem fatih yaşar özlem özge deniz seda erkan
efe çağla gülşen şükrü ahmet uğur oğuz tuncay ercan cengiz erdem alper
# Azerbaijani
elvin rashad orkhan orxan leyla aysel nigar gunel günel kamran farid elnur
elchin elçin tural ramil anar aynur sevinj ulviyya rauf vugar samir javid
# Bulgarian
georgi ivan dimitar petar nikolay hristo stoyan todor vasil krasimir plamen
tsvetan lyubomir ivaylo maria elena ivanka yordanka desislava gergana
tsvetelina ralitsa milena vesela teodora radostina
# Polish
małgorzata agnieszka katarzyna magdalena joanna ewa krystyna elżbieta zofia
danuta jadwiga halina irena janina beata dorota jolanta iwona grażyna renata
urszula bożena wiesława aleksandra karolina justyna paulina sylwia weronika
patrycja piotr krzysztof andrzej tomasz paweł michał marcin jakub marek łukasz
grzegorz mateusz wojciech mariusz dariusz zbigniew jerzy maciej rafał kamil
janusz stanisław kazimierz sławomir przemysław bartosz jacek ryszard tadeusz
zdzisław szymon dawid
# Ukrainian (romanised)
oleksandr oleksiy andriy serhiy mykola volodymyr yuriy vasyl bohdan taras
dmytro yaroslav olena kateryna iryna nataliya tetyana oksana yuliya svitlana
halyna mariya anastasiya viktoriya daryna sofiya
# Icelandic
jón sigurður guðrún kristín ólafur gunnar einar helgi magnús stefán sigríður
margrét helga björn ragnar kristján þórður guðmundur jóhann arnar
# Chinese (pinyin given names)
wei xiaoming xiaohong xiaoli xiaoyan xiaojun xiaowei xiaoyu xiaolong xiaofeng
jing jingjing ling meiling mei ming hui yan yang ying yun hong hua jun lei lin
ping qiang tao xin xue yong zhen zhi zhong zhiwei jianguo jianhua guoqiang
haiyan xiuying xiulan yuxuan zihan haoran yichen yuting jiayi zixuan ruoxi
yutong shuang chen hao jie kai bin bo fang feng gang hai juan min ning peng
qing rui shan tian ting wen xia xiao yue zhang zhe zheng jiahui jiawei junjie
lijun liping lihua minghui qian xiaoxiao yuqi zhihao zhiqiang weiwei
# Korean (common romanisations)
minjun min-jun seojun seo-jun jiho ji-ho jihoon ji-hoon jiwoo ji-woo
seoyeon seo-yeon jiyeon ji-yeon minji min-ji jimin ji-min hyunwoo hyun-woo
sungmin sung-min youngho young-ho jaehyun jae-hyun donghyun dong-hyun
eunji eun-ji soyeon so-yeon haeun ha-eun yejin ye-jin hyejin hye-jin
jisoo ji-soo junho jun-ho joonho joon-ho seungho seung-ho taeyang tae-yang
# Japanese extras (common Latin spellings)
akira haruto hiroshi hiroki kenji kenta koji naoki satoshi takeshi takumi yuki
yuto yuta daiki shota sho kazuki ryota yusuke kohei sakura yui yuna aoi hina
mei miyu yuka yuko yumi ayaka haruka misaki nanami emi keiko kumiko naoko
tomoko yoko akiko mariko noriko
# Vietnamese (written with and without diacritics)
anh binh bình cuong cường dung dũng duc đức duong dương giang hai hải hanh hạnh
hieu hiếu hoa hòa hoang hoàng hung hùng huong hương huy huyen huyền khanh khánh
khoa kien kiên lan linh loan mai minh my nam nga ngan ngân nghia nghĩa ngoc
ngọc nguyet nguyệt nhung phong phuc phúc phuong phương quan quân quang quoc
quốc quynh quỳnh tam tâm thang thắng thanh thành thao thảo thi thu thuy thủy
thuỷ tien tiến trang tri trí trinh trinh trung tuan tuấn tung tùng uyen uyên
van văn viet việt vinh vĩnh vy xuan xuân yen yến
# Igbo / Yoruba / Hausa and other Nigerian
adaeze adanna amaka chiamaka chidi chidinma chidera chika chinedu chinonso
chioma chukwudi chukwuemeka ebuka emeka ifeanyi ifeoma ikenna kelechi ngozi
nkechi nnamdi obiageli obinna ogechi onyeka tochukwu uche uchenna ugochi
ade adebayo adeola adewale ayo ayodele ayomide babatunde bola bukola damilola
dayo femi folake funke funmilayo gbenga kayode kehinde lanre moyo olu olumide olusegun
olufemi oluwafemi adekunle adesola
oluwaseun oluwatobi seun segun shola taiwo temitope tobi tope tunde wale yemi
abubakar aminu bello hauwa musa sani suleiman usman yakubu
# East African / Swahili
amani baraka imani juma neema rehema zawadi zuri jabari kamau wanjiru wambui
njeri otieno achieng akinyi wanjiku mwangi kipchoge chebet jepkosgei
# Ghanaian / Akan day names
kwame kofi kwabena kwaku yaw kojo kwesi ama akosua abena akua yaa efua adjoa
# Russian and Ukrainian diminutives
sasha dasha masha natasha misha pasha dima kostya vova kolya zhenya tanya olya
katya lena sveta yulia yuliya oksana anastasia nastya alyona ksenia ksenia
vlad slava tolya lyosha alyosha seryozha sergei sergey dmitry dmitri andrei
andrey alexei alexey nikolai yuri igor oleg
# Greek (romanised)
giorgos georgios dimitris dimitrios konstantinos kostas nikos nikolaos yannis
giannis ioannis panagiotis christos vasilis vassilis eleni katerina dimitra
despina vasiliki georgia athanasios thanos spyros stavros
# Hebrew (romanised)
avi eli yael noa itai yosef moshe noam omer shira tamar yonatan yoni eitan
ariel gal liat michal orly ronit yossi
# Thai / Indonesian / Malay / Filipino extras
somchai somsak sompong kittisak siriporn supaporn wanida ananda budi dewi
putri agus wahyu siti nurul aziz farid hafiz amirul nur aisyah
""")

# Very common given names that rarely occur as ordinary lowercase words in
# business English: kept although they are among the top 20,000 words.
# Curated by hand from the names the rule would drop: given names are kept;
# places, months, nationalities, brands, surnames, and names whose lowercase
# sense is ordinary ("will", "mark", "grace", "hunter", "ruby", "max") are not.
NAME_ALLOW_LIST: list[str] = _words("""
# from the brief
john michael david james maria anna sarah emily daniel thomas peter paul
george alex ben sam tom kevin jennifer lisa laura linda susan karen chris matt
steve mike dan joe nick tim priya raj wei
# English-language given names
aaron abbey abby abe abel abigail abraham adam addison adele adrian agnes
aidan alan albert alec alexa alexander alexandra alexandria alexis alfred
alice alicia alison allan allen allison alvin amanda amelia amos amy andre
andrea andreas andrew andy angela angelina angie angus anita ann anne annie
anthony antony archie ari arnold arthur ashley ashton audrey augustine
augustus austin ava avery barbara barney barry bart bea beatrice becky bella
benedict benjamin benny bernard bernie beth bethany betsy betty beverly
bianca billie billy blaine blair blake bob bobby bonnie brad bradley brady
brandon brendan brennan brenda brent bret brett brian bridget brittany brock
brody brooke bruce bryan bryant bryce buffy burt byron caitlin caleb calvin
cameron camille cara carey carl carla carlton carly carol caroline carolyn
carrie carson cary casey cassidy cassie catherine cathy cecil chad charles
charlie charlotte chelsea chester cheyenne chloe chris christian christie
christina christine christopher christy chuck cindy claire clara clare
clarence clark claude clayton clement clifford clint clive clyde cody
cole colin colleen connie connor conor conrad constance constantine cooper
cora corey cornelius cory courtney craig curtis cynthia cyril cyrus dale
dalton damian damien damon dana danielle danny dante darcy darius
darren darryl daryl dave davey debbie debra deborah dee della demi denis
denise dennis denny derek derrick desmond devin devon dexter diana diane dion
dirk dominic donald donna donnie donovan dora doris dorothy doug douglas
drake dudley duncan dustin dwayne dwight dylan eddie edgar edith edmund edna
edward edwin eileen elaine eleanor eli elias elijah eliot eliza elizabeth ella
ellen ellie elliot elliott ellis elsa elton elvis emerson emery emily emma
emmanuel emmy erica erik erin ernest ernie ernst esther ethan ethel eugene
eva evan evelyn everett ezra felix ferdinand fiona flo florence floyd forrest
fran frances francis frankie franklin freddie freddy frederick fritz gabe
gabriel gabrielle gail gareth garrett garry garth gary gavin gemma gerald
gerard gerry gideon gilbert giles gillian gina glen glenn gloria godfrey
gordon graham grayson greg gregg gregory griffin gus gwen hal haley hannah
hanna harley harold harper harriet harrison harry harvey hayden hayley hazel
heath heather hector heidi helen helena henry herbert herman hilary hillary
hank horace howard hubert hugh hugo humphrey ian ida ike irene irving irwin
isaac isabel isabella isabelle isaiah ivan jackie jacob jacqueline jake
jamie jan jane janet janice jared jarvis jasmine jason jasper jax jay jean
jeanne jeb jeff jeffrey jen jenna jennie jenny jeremiah jeremy jerome jerry
jess jesse jessica jessie jill jim jimmy joan joanna joanne jocelyn joel joey
johnny jon jonah jonathan jonny jordan joseph josephine josh joshua joyce
judah jude judith judy jules julia julian julie julius justin kara kate
katherine kathleen kathryn kathy katie katrina katy kay keith kelley kelly
kelsey kelvin ken kendall kendrick kenneth kenny kent kerry kim kimberly kirby
kirk kris kristen kristin kurt kyle kylie lacey lana lara larry laurence
laurie lawrence leah lee leigh len lenny leo leon leonard leroy leslie lester
levi lew lewis liam lilly lily lincoln lindsay lindsey lionel liv liz liza
lizzie lloyd logan lois lola lorraine loretta lori lou louie louis louisa
louise lowell lucas lucy luke luther lydia lyle lynn mackenzie madison mae
maggie malcolm mandy marc marcus margaret margot marian marianne marie marilyn
marion marley marshall martha martin marty marvin mason maureen maurice maya
maynard mckenna mckenzie meg megan mel melanie melissa melvin meredith mia
mickey miley milton mimi minnie miranda mitch mitchell molly mona monica
monte monty morgan moses murray nancy naomi natalie natasha nate nathan
nathaniel ned neil nelson nicholas nicky nicki nicola nicole nigel nikki
nina noah noel nolan nora norma norman olivia ollie oscar oswald otis owen
paige pam pamela patricia patrick paula pauline peggy penelope percy perry
pete peyton phil philip phillip phoebe phyllis piper polly preston quentin
quincy quinn rachel rae ralph randall randolph randy raymond rebecca reese
reggie reid rene renee rex rhys richard richie rick ricky riley rita rob
robbie robb robert robin rodney roger roland ronald ronnie rory rosie ross
rowan rowland roy royce rudolph rudy rufus rupert russ russell ruth ryan
sabrina sally samantha sammy samson samuel sandra sarah sasha saul savannah
sawyer scarlett scott seamus sean sebastian seth shane shannon sharon shaun
shawn shea sheila shelby sheldon shelley shelly sherman shirley sid sidney
simon simone skye solomon sonny sophia sophie spencer stacey stacy stan
stanley stella stephanie stephen steven stevie stewart stuart suzanne sydney
sylvia tammy tanya tara tate tatum taylor teddy ted terry theo theodore
theresa teresa tiffany timmy timothy tina titus toby todd tommy toni tony
tracey tracy trent trevor trey tristan troy tucker tyler tyrone tyson val
vance vanessa vaughan vaughn vera vernon veronica vic vicky victor victoria
vince vincent virgil vivian wallace walt walter wanda warren wayne wendy
werner wes wesley weston whitney wilhelm willard william willie winnie
winston wyatt xavier yvonne zac zach zachary zack zara zelda zoe
mary matthew oliver ron fred michelle travis karl lauren sara eden finn
geoffrey geoff neal lena luna regina juliet valerie cheryl neville lamar
angelo sonia bert moe ambrose dane dillon miriam madeleine blanche clair
emory ole ada thor jackson parker anderson
# other international given names in the top 20,000
boris bruno rey sofia ludwig chu hee mei yee
abbas abdul abdullah ahmad ahmed akbar alberto alejandro alfredo ali alonso
amir ana anders anton antoine antonio ariel aubrey axel beckham benton carlo
carlos carmen cesar chan chang chen cheng ching chun chung claudia claudio
claus conan cristiano cristina dai dani diego dino dirk eduardo elena
elon emmanuel enrique eric fang felipe feng fernando filippo francesca
francesco francisco franco francois franz friedrich gemma georges gil
giovanni gui hai han hans hassan heinrich henri henrik hong hussain hussein
hyun ibrahim igor isa jacques jae jai jaime jamal javier jensen jin joaquin
johan johann johannes jolie jonas jong jorge jose juan judd julien julio
jung kai khalid klaus kobe krishna kumar kun lai lam lars laurent lea leonardo
levin lin ling lorenzo luc luca lucia luis magnus maher mai malik manu manuel
marcel marco marcos mario marin marina marta marcel michel michele miguel
mikhail milan milo mina ming mira mohamed mohammad mohammed muhammad nadia
nam nico nicolas olga olivier omar osama pablo paolo pascal paulo pedro pepe
philippe pierre rafael rahman rahul ramon raphael ravi ricardo roberto rodrigo
ronaldo rosa rubin sakura salman salvador sami santiago sebastian sergei
sergio sharif soo stefan tae tai tao ting tito tobias tomas vijay viktor
vladimir wen xiao yan yang ying yong yuri yun
""")

# Ordinary words (or business / tech abbreviations) that name lists contain
# and that are rarer than the top 20,000 words: always dropped.
NAME_DENY_LIST: list[str] = _words("""
abb ales amine ane angelic ani anis astride aud blanch bode bola bonny bozo
cadence caddie campo candida caprice chancy chastity cleave collie cong coy
deb diminutives dink divan dries dung ebb ell els emerita emit ermine ethyl
fawn fem fen ferny finis firs fount franc fro garnet gro gulper gunsel gust
hays henna hoy kasha kip laze leaner lemma lichen lien linden lode lovey
luster lute macs merrily mica nacho nadir nim novella nurser octave oke ora
ova pansy parley pasty pate pearly primus prov prudence purl quint redden ria
roan rube rune rut sable salami sari sem serine sever shun sine soma sonata
soya spas sylvan tamer tawny telly theta tilde tine tome tong veer vernal vide
vino wale whit wolfram yaw yon zed zeta
albino aline azalea barbel bethel burl cade calla camellia candela candelas
cager carline celesta ceil chimere christen clem concha corrie curt dace dag
dahlia dimple dodo doss dotty duma eider elver ember emmer esker ester etna
feline gage girts gladstone grayling gunnel gurney hae harl hemal hoke holm
hyacinth hymen jura kauri kike laddie lacy lander lark lascar lassie lei lev
levis lexis lisle lope lory loris lota ludo magnolia manilla maras marline
marlin marques marquise marten matts maxi maxima merle mignon missy moa nae
narcissus newt noma olivine opal orris penni peris pili pinkie prentice
romaine rosette sander saran selah senna senora serge shad sima starling
stetson stonewall stoney taiga talon taro tiara tod trilby tui vara vena vesta
vina wadi yuk zaire zoa lis
# words and abbreviations that turn up in business messages
seo roi kpi crm erp saas api sdk aws sql cta faq nda ipo esg dei okr ppc cpc
eta tba tbd asap fyi btw imo tbh smb gtm hr pr ux qa llc inc ltd ceo cfo cto
coo cmo vp svp evp bdr sdr
""")

# ---- title lexicons (hand-written for this project) ----------------------

TITLE_ROLES = _words("""
# leadership and management
ceo cto cfo coo cmo cio ciso cpo cro cdo cso cco chro cao cbo cgo cxo cno
cvo cko clo cito vp svp evp avp sevp gm md president vice-president
chairman chairwoman chairperson chair director manager mgr dir head lead
leader supervisor superintendent overseer executive exec officer
administrator admin coordinator principal partner founder cofounder
co-founder owner proprietor trustee board member boardmember governor
commissioner secretary treasurer controller comptroller chancellor provost
dean rector registrar
# professional
engineer eng engr developer dev programmer coder architect designer
scientist researcher analyst statistician economist mathematician physicist
chemist biologist technologist technician tech specialist expert
generalist practitioner professional consultant advisor adviser counsel
counsellor counselor strategist planner scheduler estimator evangelist
advocate ambassador champion steward custodian curator librarian archivist
accountant bookkeeper auditor actuary underwriter banker broker trader
dealer agent realtor appraiser assessor adjuster examiner inspector surveyor
attorney lawyer solicitor barrister paralegal notary clerk
editor producer writer copywriter author journalist reporter correspondent
columnist blogger podcaster host presenter anchor photographer videographer
filmmaker animator illustrator artist creator influencer marketer publicist
recruiter sourcer headhunter interviewer
teacher tutor instructor trainer coach mentor educator lecturer professor
faculty researcher postdoc fellow scholar
nurse physician doctor surgeon dentist pharmacist therapist psychologist
psychiatrist clinician paramedic practitioner midwife optometrist
veterinarian vet dietitian nutritionist
investor entrepreneur founder cofounder intrapreneur
intern trainee apprentice graduate associate assistant asst
representative rep salesperson salesman saleswoman seller closer
merchandiser buyer purchaser procurer negotiator
operator dispatcher driver courier mechanic electrician plumber carpenter
welder machinist foreman contractor subcontractor freelancer worker staffer
liaison facilitator moderator organizer organiser ombudsman mediator
webmaster sysadmin dba tester sdet sre swe sde mle qae
sdr bdr ae csm tam pm tpm pmm hrbp
scrummaster agilist
# common in other languages
gerente jefe jefa director directora ingeniero ingeniera desarrollador
desarrolladora consultor consultora analista coordinador coordinadora
responsable directeur directrice ingenieur ingénieur développeur développeuse
chef gérant gérante chargé chargée conseiller conseillère
geschäftsführer geschäftsführerin leiter leiterin berater beraterin
entwickler entwicklerin inhaber inhaberin gründer gründerin vorstand
prokurist referent referentin sachbearbeiter sachbearbeiterin
""")

TITLE_MODIFIERS = _words("""
senior sr snr junior jr jnr lead principal staff chief head global regional
national international associate assistant asst deputy executive exec
managing general group interim acting vice first second third ii iii iv vi
entry mid mid-level midlevel intermediate graduate grad distinguished
emeritus adjunct visiting honorary founding co joint sole independent
freelance contract temporary temp part-time full-time area district
divisional corporate country local branch site key strategic certified
licensed registered chartered qualified special former ex incoming aspiring
adjoint adjointe stellvertretender stellvertretende leitender leitende
""")

TITLE_FUNCTIONS = _words("""
sales marketing product products engineering software hardware firmware data
growth operations ops finance financial hr people talent acquisition
recruiting recruitment business development bizdev bd customer customers
success partnerships partnership alliances ecosystem revenue revops salesops
technology technologies information security cybersecurity infosec it design
brand branding content communications comms digital analytics research
legal procurement purchasing sourcing supply chain logistics strategy
innovation ux ui cx devops devsecops mlops cloud infrastructure platform
platforms machine learning ml ai intelligence account accounts demand
generation gen field channel enterprise commercial clinical medical quality
qa compliance risk investor relations public affairs community social media
e-commerce ecommerce creative art financial technical solutions solution
services service program programme programs project projects portfolio
facilities administration administrative executive office
backend back-end frontend front-end fullstack full-stack stack mobile web ios
android embedded systems network networking database databases test testing
automation reliability site science sciences architecture presales pre-sales
post-sales support helpdesk desk onboarding implementation delivery
professional consulting advisory audit tax treasury accounting payroll
benefits compensation rewards total training organizational organisational
culture diversity inclusion dei employee experience workplace
corporate mergers investment investments banking wealth asset management
equity venture credit lending underwriting claims insurance actuarial
regulatory government federal sector healthcare health pharma pharmaceutical
biotech life manufacturing production plant inventory warehouse distribution
fulfillment fulfilment transportation fleet vendor category merchandising
retail store omnichannel pricing enablement instructional curriculum
education academic admissions alumni fundraising philanthropy advancement
events event hospitality travel pr internal external press editorial copy
seo sem ppc paid search performance lifecycle crm email retention loyalty
user users go-to-market gtm inside outside territory mid-market midmarket
smb client clients partner partners
insights bi visual graphic motion interaction interactive industrial
mechanical electrical civil chemical structural environmental process
materials electronics rf robotics controls validation verification safety
hse ehs sustainability esg energy maintenance construction estate property
leasing privacy governance ethics trust integrity fraud payments
ecommerce marketplace merchant partner developer relations devrel
video audio game games gaming localization localisation translation
documentation knowledge learning people-ops peopleops hris
rd sre qe
""")

COMPANY_SUFFIXES = _words("""
# legal forms (written without dots)
inc incorporated corp corporation co company llc llp lp lllp pllc pc plc ltd
limited gmbh ag kg kgaa ohg ug se sa sas sasu sarl eurl srl spa snc sca bv
nv vof ab publ as asa aps oy oyj pty pvt pte sdn bhd berhad tbk kk yk ooo
zao oao pao sro kft zrt nyrt doo dd ad eood ead sia uab lda ltda sl slu cv
ehf hf ks
# common company-name endings
labs lab technologies technology tech solutions systems group groupe gruppe
grupo gruppo holdings holding partners ventures capital consulting
consultancy consultants software digital media studios studio analytics
networks network industries international intl global worldwide enterprises
associates agency services advisors advisory management investments
financial finance bank insurance realty properties development developments
resources logistics energy health healthcare therapeutics pharma
pharmaceuticals biosciences bio sciences foods brands motors automotive
robotics devices instruments electronics semiconductor manufacturing
engineering construction communications telecom interactive creative design
designs productions entertainment games marketing recruitment recruiting
staffing talent outsourcing strategies innovations dynamics works collective
cooperative coop foundation institute trust fund funds equity ai io hq app
apps cloud data security
""")


# --------------------------------------------------------------------------
# Source readers
# --------------------------------------------------------------------------

REQUIRED_DISTS = ("names", "faker", "wordfreq", "pypinyin", "japanese-personal-name-dataset")


def pkg_version(dist: str) -> str:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return "not installed"


def census_first_names() -> set[str]:
    import names

    base = Path(names.__file__).parent
    out = set()
    for fname in ("dist.male.first", "dist.female.first"):
        with open(base / fname, encoding="ascii") as fh:
            for line in fh:
                if line.strip():
                    out.add(line.split()[0])
    return out


FAKER_NAME_ATTRS_SKIP = ("first_kana",)  # katakana readings


def faker_locale_names() -> dict[str, set[str]]:
    """{locale: raw given names} from every Faker person provider."""
    from faker.providers import person

    out: dict[str, set[str]] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        module = importlib.import_module(f"faker.providers.person.{mod.name}")
        prov = getattr(module, "Provider", None)
        if prov is None:
            continue
        got: set[str] = set()
        for attr in dir(prov):
            if not attr.startswith(("first_name", "first_romanized")):
                continue
            if attr.startswith(FAKER_NAME_ATTRS_SKIP):
                continue
            val = getattr(prov, attr)
            if callable(val) or isinstance(val, (str, property)):
                continue
            for item in val:
                if isinstance(item, tuple):      # ja_JP (kanji, kana, romaji)
                    item = item[-1]
                if isinstance(item, str):
                    got.add(item)
        # Faker's placeholder names in locales without a list of their own
        if got == {"John", "Jane"}:
            continue
        if mod.name in ("de_LI", "de_LU", "es", "vi_VN"):
            got -= {"John", "Jane"}
        out[mod.name] = got
    return out


def japanese_romaji() -> set[str]:
    from japanese_personal_name_dataset import load_dataset

    out = set()
    for table in load_dataset(kind=JAPANESE_SUBSET):
        for entry in table.values():
            r = entry.get("en")
            if r:
                out.add(r)
                out.add(simplify_romaji(r))
    return out


def common_words(n: int) -> list[str]:
    """The n most frequent alphabetic (a-z) English words of wordfreq, in rank order.

    Single letters other than "a" and "i" are left out.
    """
    from wordfreq import top_n_list

    out, seen = [], set()
    for w in top_n_list("en", n * 2):
        w = norm(w)
        if w.isascii() and w.isalpha() and (len(w) > 1 or w in "ai") and w not in seen:
            seen.add(w)
            out.append(w)
            if len(out) == n:
                break
    return out


# --------------------------------------------------------------------------
# First names
# --------------------------------------------------------------------------

def expand_name(raw: str, german: bool = False) -> set[str]:
    """Normalised forms of one raw Latin-script name (may be empty).

    german=True also adds the German transcription of umlauts (ü -> ue),
    used for names from German-speaking locales.
    """
    s = norm(raw)
    for a in APOSTROPHES:
        s = s.replace(a, "")
    if not s or any(ch.isspace() or ch.isdigit() for ch in s):
        return set()
    if not is_latin_word(s):
        return set()
    forms = {s, ascii_fold(s)}
    if german:
        forms.add(ascii_fold(s, german=True))
    out = set()
    for f in forms:
        if not is_latin_word(f):
            continue
        out.add(f)
        if "-" in f:
            out.update(p for p in f.split("-") if p)
    return out


GERMAN_LOCALES = ("de_", "census")
CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG", "mk_MK")
CHINESE_LOCALES = ("zh_CN", "zh_TW")
# Locales whose Faker lists are long tails of rare names: their names are
# kept only when another source has them too.
CORROBORATE_LOCALES = ("is_IS", "bg_BG", "az_AZ", "tr_TR")


def faker_forms(locale: str, raw: str) -> set[str]:
    """Normalised Latin forms of one raw Faker given name of a locale."""
    german = locale.startswith("de_")
    if is_latin_word(norm(raw).replace(" ", "-")):
        out = expand_name(raw, german=german)
        if locale == "zh_TW":            # "chia-hao" -> also "chiahao"
            out |= expand_name(norm(raw).replace("-", ""))
        return out
    if locale in CYRILLIC_LOCALES:
        roman = romanise_cyrillic(norm(raw), locale)
    elif locale in CHINESE_LOCALES:
        roman = romanise_chinese(raw)
    elif locale == "ko_KR":
        roman = romanise_korean(raw)
    else:                                # other scripts are skipped
        return set()
    return set().union(*(expand_name(r) for r in roman)) if roman else set()


def collect_first_name_candidates() -> dict[str, set[str]]:
    """{normalised name: set of source tags}."""
    cands: dict[str, set[str]] = {}

    def put(forms: set[str], tag: str) -> None:
        for f in forms:
            cands.setdefault(f, set()).add(tag)

    for n in census_first_names():
        put(expand_name(n, german=True), "census")
    tails: list[tuple[str, set[str]]] = []
    for locale, raws in sorted(faker_locale_names().items()):
        for raw in sorted(raws):
            forms = faker_forms(locale, raw)
            if locale in CORROBORATE_LOCALES:
                tails.append((f"faker:{locale}", forms))
            else:
                put(forms, f"faker:{locale}")
    for r in sorted(japanese_romaji()):
        put(expand_name(r), "jpnd")
    for n in NAME_SUPPLEMENT:
        put(expand_name(n), "hand")
    # long-tail locales: a name counts when another source has one of its forms
    for tag, forms in tails:
        if any(f in cands for f in forms):
            put(forms, tag)
    return cands


def build_first_names(exclude_top: list[str], other_lexicons: set[str]) -> tuple[list[str], dict]:
    cands = collect_first_name_candidates()
    allow = {norm(w) for w in NAME_ALLOW_LIST}
    deny = {norm(w) for w in NAME_DENY_LIST}
    top = set(exclude_top)
    kept: list[str] = []
    stats = {"candidates": len(cands), "short": 0, "common": 0, "deny": 0,
             "lexicon": 0, "allowed": 0}
    for name in cands:
        if len(name.replace("-", "")) < MIN_NAME_LEN:
            stats["short"] += 1
        elif name in deny:
            stats["deny"] += 1
        elif name in other_lexicons:
            stats["lexicon"] += 1
        elif name in top and name not in allow:
            stats["common"] += 1
        else:
            stats["allowed"] += name in top
            kept.append(name)
    stats["allow_not_candidate"] = sorted(allow - set(cands))
    stats["allow_not_common"] = sorted((allow & set(cands)) - top)
    return sorted(kept), stats


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def clean_list(words, allow_hyphen=True) -> list[str]:
    out = set()
    for w in words:
        w = norm(w)
        if not w or any(ch.isspace() or ch.isdigit() for ch in w):
            continue
        if not allow_hyphen and "-" in w:
            continue
        out.add(w)
    return sorted(out)


def render(name: str, description: list[str], entries: list[str]) -> str:
    head = [f"# {name}"] + [f"# {line}" if line else "#" for line in description]
    head += ["#", f"# Entries: {len(entries)}. One lowercase entry per line, sorted, unique.",
             f"# Regenerate: {REGEN}"]
    return "\n".join(head) + "\n" + "".join(e + "\n" for e in entries)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="output folder")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if any file would change")
    args = ap.parse_args(argv)
    missing = [d for d in REQUIRED_DISTS if pkg_version(d) == "not installed"]
    if missing:
        print("missing source packages: " + " ".join(missing) + "\n"
              "install them into a throwaway venv (see this script's docstring):\n"
              "    pip install " + " ".join(REQUIRED_DISTS), file=sys.stderr)
        return 2
    files = build_all()
    stale = []
    for fname, text in files.items():
        path = args.out / fname
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            stale.append(fname)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for fname, text in files.items():
        n = count_entries(text) if fname.endswith(".txt") else len(text.splitlines())
        flag = "stale" if (args.check and fname in stale) else ("written" if fname in stale else "unchanged")
        unit = "entries" if fname.endswith(".txt") else "lines"
        print(f"{fname:22s} {n:6d} {unit:7s}  {flag}")
    return 1 if (args.check and stale) else 0


LICENCES = {
    "names": "MIT (code); data: US Census Bureau 1990 name lists, public domain",
    "faker": "MIT",
    "pypinyin": "MIT",
    "japanese-personal-name-dataset": "MIT (data cross-checked with Wikidata, CC0)",
    "wordfreq": "Apache-2.0 (code); CC BY-SA 4.0 (word-frequency data)",
}
HAND = "hand-written for this project (in scripts/build_lexicons.py), MIT like the project"


def sources_line(dists: list[str]) -> list[str]:
    return [f"  - {d} {pkg_version(d)} (PyPI) - licence: {LICENCES[d]}" for d in dists]


def build_all() -> dict[str, str]:
    roles = clean_list(TITLE_ROLES)
    modifiers = clean_list(TITLE_MODIFIERS)
    functions = clean_list(TITLE_FUNCTIONS)
    suffixes = clean_list(COMPANY_SUFFIXES)
    top_exclude = common_words(EXCLUDE_TOP_N)
    common = sorted(top_exclude[:COMMON_WORDS_N])
    other = set(roles) | set(modifiers) | set(functions) | set(suffixes)
    names, stats = build_first_names(top_exclude, other)
    if stats["allow_not_candidate"]:
        print("warning: allow-list entries that no source has:",
              " ".join(stats["allow_not_candidate"]), file=sys.stderr)

    name_srcs = ["names", "faker", "pypinyin", "japanese-personal-name-dataset", "wordfreq"]
    files: dict[str, str] = {}
    files["first_names.txt"] = render("first_names.txt - international given names (masked as {NAME}).", [
        "Sources:",
        *sources_line(name_srcs[:4]),
        "  - a supplement of romanised given names, " + HAND,
        "Faker: first_names* of every faker.providers.person locale; Cyrillic",
        "romanised (BGN/PCGN-like table), Chinese via pypinyin, Korean via Revised",
        "Romanisation (tables in the script); other non-Latin scripts skipped.",
        "Japanese: romaji of the popular-name ('opti') subset, long vowels also",
        "shortened (yuuki -> yuki). is_IS, bg_BG, az_AZ, tr_TR names only when another",
        "source has them too. ASCII-folded variants added (jose, bjorn, bjoern),",
        "and the parts of hyphenated names. Names of 1-2 letters dropped.",
        "Exclusion rule: names among the top " + f"{EXCLUDE_TOP_N:,}" + " English words of wordfreq",
        f"{pkg_version('wordfreq')} are dropped unless in the script's hand-written allow-list",
        "of common given names (john, david, priya ...); a hand-written deny-list and",
        "every entry of the title/company lexicons are dropped too.",
        "Licence of this list: MIT (all name sources are MIT or public domain;",
        "wordfreq data is used only to remove entries).",
    ], names)
    files["common_words.txt"] = render(
        f"common_words.txt - the {COMMON_WORDS_N:,} most frequent English words (a-z only), alphabetical.", [
            "Source:",
            *sources_line(["wordfreq"]),
            "  wordfreq.top_n_list('en', ...), normalised, alphabetic a-z only (no single",
            f"  letters but a and i), the first {COMMON_WORDS_N:,}.",
            "Licence of this list: CC BY-SA 4.0, as it is derived from wordfreq's data",
            "(by Robyn Speer; includes data from Google Books Ngrams, Wikipedia,",
            "OpenSubtitles, SUBTLEX (Brysbaert et al., freely available), ParaCrawl,",
            "the Leeds Internet Corpus and Twitter word counts).",
            "Note: frequent given names (john, david, michael ...) are common words here.",
        ], common)
    hand_desc = ["Source: " + HAND + ".", "Licence of this list: MIT."]
    files["title_roles.txt"] = render(
        "title_roles.txt - job-role head nouns and abbreviations (engineer, manager, ceo, sdr ...).",
        hand_desc, roles)
    files["title_modifiers.txt"] = render(
        "title_modifiers.txt - seniority / level words in job titles (senior, junior, chief, ii ...).",
        hand_desc, modifiers)
    files["title_functions.txt"] = render(
        "title_functions.txt - functional areas in job titles (sales, data, growth, devops ...).",
        hand_desc, functions)
    files["company_suffixes.txt"] = render(
        "company_suffixes.txt - legal forms and common company-name endings (inc, gmbh, labs ...).",
        hand_desc + ["Legal forms are written without dots (s.a. -> sa, s.r.o. -> sro)."],
        suffixes)
    files["SOURCES.md"] = render_sources(files, stats)
    return files


def count_entries(text: str) -> int:
    return sum(1 for line in text.splitlines() if line and not line.startswith("#"))


def render_sources(files: dict[str, str], stats: dict) -> str:
    v = pkg_version
    n = {k: count_entries(t) for k, t in files.items()}
    fn, cw = n["first_names.txt"], n["common_words.txt"]
    rows = [
        ("first_names.txt", fn, "names (US Census 1990 first-name lists)", v("names"),
         "MIT (code); data public domain (US government work)", "all names of both lists"),
        ("", "", "Faker (`faker.providers.person.*`)", v("faker"), "MIT",
         "`first_names*` of every locale; Cyrillic / Chinese / Korean romanised"),
        ("", "", "pypinyin", v("pypinyin"), "MIT", "romanises Faker's Chinese given names"),
        ("", "", "japanese-personal-name-dataset", v("japanese-personal-name-dataset"),
         "MIT (data cross-checked with Wikidata, CC0)", "romaji of the popular-name subset"),
        ("", "", "supplement, hand-written for this project", "-", "MIT",
         "romanised names the packages lack"),
        ("", "", "wordfreq (exclusion rule only)", v("wordfreq"),
         "Apache-2.0 code, CC BY-SA 4.0 data", "removes common English words (rule below)"),
        ("common_words.txt", cw, "wordfreq, `top_n_list('en', ...)`", v("wordfreq"),
         "Apache-2.0 code, CC BY-SA 4.0 data; this list: CC BY-SA 4.0",
         f"first {COMMON_WORDS_N:,} alphabetic a-z words (single letters only a, i), sorted"),
    ]
    for fname in ("title_roles.txt", "title_modifiers.txt", "title_functions.txt", "company_suffixes.txt"):
        rows.append((fname, n[fname], "hand-written for this project", "-", "MIT",
                     "lists in the script"))
    out = [
        "# Lexicon sources",
        "",
        "Every file in this folder is generated by `python scripts/build_lexicons.py`",
        "(run from the repository root, in a throwaway virtual environment holding the",
        "source packages; the script's docstring lists them). Do not edit the `.txt`",
        "files by hand: edit the hand-written lists in the script and regenerate;",
        "`python scripts/build_lexicons.py --check` tells whether the files are current.",
        "",
        "All files are UTF-8, one lowercase entry per line, sorted, unique, after a",
        "header of `#` comment lines. Entries are NFKC-normalised, lowercased and",
        "stripped; entries with spaces or digits are dropped.",
        "",
        "| file | entries | source | version | licence | how it was built |",
        "| --- | ---: | --- | --- | --- | --- |",
    ]
    for row in rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    out += [
        "",
        "## first_names.txt",
        "",
        "* **Faker** locales: the `first_names*` / `first_romanized_names*` attributes of",
        "  every `faker.providers.person.<locale>` module (about 80 locales). Latin-script",
        "  names are used as they are. Cyrillic (ru_RU, uk_UA, bg_BG, mk_MK) is romanised",
        "  with a BGN/PCGN-like table plus common variants (`sergey`/`sergei`,",
        "  `dmitriy`/`dmitry`); Chinese (zh_CN, zh_TW) with pypinyin, written joined",
        "  (`xiaoming`) and, for two syllables, hyphenated (`xiao-ming`); Korean (ko_KR)",
        "  with Revised Romanisation syllable by syllable plus popular spellings",
        "  (`seong`/`sung`, `hyeon`/`hyun`). Other scripts (Arabic, Devanagari, Greek,",
        "  Hebrew, Thai ...) are skipped; their romanised forms come from other",
        "  locales (en_IN, en_PK, fr_DZ ...) and the hand-written supplement.",
        "  Long-tail locales (is_IS, bg_BG, az_AZ, tr_TR) count only for names that another",
        "  source has too.",
        "* **names** (US Census 1990 first names, male and female).",
        "* **japanese-personal-name-dataset**: romaji of the popular-name subset, with",
        "  long vowels also shortened as usually written (`yuuki` -> `yuki`).",
        "* **Hand-written supplement** in the script: romanised given names that the",
        "  packages cover thinly (Indian, Arabic, Chinese pinyin, Korean, Vietnamese,",
        "  Nigerian, East African, Russian diminutives, Greek, Hebrew ...).",
        "* Every name also gets its ASCII-folded form (`josé` -> `jose`, `łukasz` ->",
        "  `lukasz`; German-locale names also `ü` -> `ue`), and every part of a",
        "  hyphenated name (`jean-pierre` -> `jean`, `pierre`): the tokenizer splits on",
        "  hyphens. Each part then passes the same filters as any name.",
        "",
        "**Exclusion rule.** So that masking does not eat ordinary words, a name is",
        f"dropped when it is among the top {EXCLUDE_TOP_N:,} alphabetic English words of",
        "wordfreq (`will`, `mark`, `grace`, `june`, `hunter`, `ruby`, `max`, `london` ...),",
        "unless it is in the script's hand-written `NAME_ALLOW_LIST` of common given",
        "names that are rarely ordinary lowercase words in business English (`john`,",
        "`david`, `maria`, `priya`, `wei` ...). Also dropped: names of 1-2 letters,",
        "names in the hand-written `NAME_DENY_LIST` (ordinary words rarer than the top",
        f"{EXCLUDE_TOP_N:,}, such as `lien`, `cadence`, and business abbreviations such as",
        "`seo`, `roi`), and any entry of the title and company lexicons.",
        "",
        (f"Counts of the last build: {stats['candidates']:,} candidates; "
         f"{stats['short']:,} dropped as 1-2 letters, {stats['common']:,} as common words, "
         f"{stats['deny']:,} by the deny-list, {stats['lexicon']:,} as title/company words; "
         f"{stats['allowed']:,} common words kept by the allow-list."),
        "",
        "Not used: `gender-guesser` (GPLv3, data of Jörg Michael's `gender` program),",
        "`names-dataset` (55 MB wheel; its data comes from a leak of social-network",
        "profiles), `korean-romanizer` (GPLv3).",
        "",
        "## common_words.txt",
        "",
        f"The {COMMON_WORDS_N:,} most frequent English words of wordfreq (alphabetic a-z only,",
        "so contractions and numbers are left out, and no single letters but `a` and `i`),",
        "listed alphabetically. wordfreq's data",
        "is CC BY-SA 4.0, so this list is too; attribution: wordfreq by Robyn Speer,",
        "with data from Google Books Ngrams, Wikipedia, OpenSubtitles, SUBTLEX",
        "(Brysbaert et al.), ParaCrawl, the Leeds Internet Corpus and Twitter counts.",
        "Frequent given names (`john`, `david`, `michael` ...) are among these words.",
        "",
        "## Title and company lexicons",
        "",
        "`title_roles.txt`, `title_modifiers.txt`, `title_functions.txt` and",
        "`company_suffixes.txt` are hand-written for this project (lists in the script).",
        "Some words sit in more than one list on purpose (`lead`, `head`, `principal`,",
        "`executive` are roles and modifiers; `technology`, `digital` are functions and",
        "company endings). Short abbreviations (`pm`, `ae`, `co`, `as`, `sa`) are",
        "ambiguous on their own; use them with context.",
    ]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
