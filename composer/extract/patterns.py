"""Word lists for extraction, as data: speech cues, titles, pronouns, non-name words.

The finders in this package read these; grow the lists without touching the logic.
"""

from __future__ import annotations

import functools
from pathlib import Path

# Speech verbs, every inflection we accept as a cue (lower case).
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say saying told tells tell telling added adds adding asked asks asking
    wrote writes writing tweeted tweets tweeting posted declared declares declaring
    stated states stating explained explains explaining noted notes noting recalled recalls recalling
    continued continues continuing insisted insists insisting argued argues arguing warned warns warning
    claimed claims claiming replied replies responded responds answered answers mused muses
    quipped quips joked jokes remarked remarks admitted admits acknowledged acknowledges acknowledging
    conceded concedes predicted predicts promised promises vowed vows announced announces
    suggested suggests suggesting observed observes countered counters shouted shouts yelled yells
    cried exclaimed whispered boasted boasts complained complains contended contends
    maintained maintains testified testifies emphasized emphasizes stressed stresses urged urges urging
    concluded concludes reiterated reiterates agreed agrees lamented laments scoffed scoffs snapped
    thundered wondered wonders reported reports reacted offered cautioned cautions chimed interjected
    opined posited speculated retorted recounted pleaded demanded pledged assured confided confirmed
    denied disclosed elaborated estimated indicated mentioned proclaimed reasoned reminded revealed
    bragged griped grumbled groused huffed implored intoned marveled pronounced protested raged ranted
    rejoined repeated sneered summarized theorized touted wailed begged barked gushed hinted advised
    alleged asserted asserts asserting commented commenting cracked deadpanned emailed texted
    preached lectured signaled explained calling called described describing dubbed labeled branded
    yelling shouting characterized fumed charged charges remembered laughed chuckled sighed interrupted
    objected questioned teased mocked blasted slammed ripped praised criticized chided scolded retaliated
    boomed echoed echoes bellowed pressed accused accusing Tweeted portrayed portraying thanked recommended
    riffed surmised confessed chanted chanting reads imagined interjecting proclaiming
    mocks teases scolds chides whispers sighs laughs chuckles retorts recounts gushes marvels deadpans confides
    confirms confesses exclaims interjects bellows thunders sneers rants grumbles gripes fumes pleads implores
    proclaims intones hints opines posits preaches lectures surmises speculates theorizes summarizes
    exhorted exhorts beamed beams
    """.split()  # the present tense of features and profiles: '“…,” he mocks'
)
# The plain form, after 'they' or 'critics' ('In the United States, they write, “…”') or a modal ('could only
# say'); apart, because after a lone capitalised word it makes no person ('Economists warn', 'Millennials agree').
PLAIN_SPEECH_VERBS: frozenset[str] = frozenset(
    """
    write argue explain insist recall suggest contend predict acknowledge admit add warn ask agree complain
    conclude testify emphasize stress urge reply respond declare observe maintain concede boast quip
    """.split()
)

# Cues whose object follows them ('praised Obama', 'called him'): the name after one is not its speaker.
OBJECT_CUES: frozenset[str] = frozenset(
    """
    called calling described describing dubbed labeled branded characterized charged charges mocked blasted echoed
    slammed ripped praised criticized chided scolded teased questioned urged urges urging reminded accused accusing
    portrayed portraying thanked mocks teases scolds chides
    """.split()
) | {"referred to", "referring to", "refers to"}  # 'Sotomayor referring to herself as “a wise Latina”'

# Cues of two words ('“…,” Rubel pointed out'); their first words make a text worth searching.
SPEECH_PHRASES: frozenset[str] = frozenset(
    {
        "pointed out",
        "points out",
        "shot back",
        "fired back",
        "chimed in",
        "cut in",
        "went on",
        "goes on",
        "quoted as saying",
        "put it",
        "puts it",
        "referred to",
        "referring to",
        "refers to",
    }
)

# Pronouns that may stand for a speaker, with the gender they imply.
PRONOUNS: dict[str, str | None] = {"he": "m", "she": "f", "they": None, "i": None, "we": None}
GENDERED: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "mr.": "m", "mrs.": "f", "ms.": "f",
    "mr": "m", "mrs": "f", "ms": "f",  # the British write them without a full stop: 'Mr Starmer'
}  # fmt: skip

# Speech verbs that are no speech before 'to': 'Lynch agreed to participate' is consent
NOT_SPEECH_BEFORE_TO: frozenset[str] = frozenset({"agreed", "agrees"})

# 'Sen.' is 'senator' when the article later names the role in words ('the Florida senator')
ABBREVIATED_TITLES = {
    "sen.": "senator", "gov.": "governor", "rep.": "representative", "gen.": "general", "lt.": "lieutenant",
    "adm.": "admiral", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "prof.": "professor",
    "rev.": "reverend", "atty.": "attorney", "sec.": "secretary", "maj.": "major", "brig.": "brigadier",
    "ag": "attorney general",
}  # fmt: skip


def spelled_out(title: str, *, as_written: bool = False) -> str:
    """'Lt. Gov.' -> 'lieutenant governor', 'Defense Secretary' -> 'defense secretary'; `as_written` keeps the
    case of every word that is not an abbreviation and capitalises those spelled out ('Texas Lt. Gov.' ->
    'Texas Lieutenant Governor')."""
    if not as_written:
        return " ".join(ABBREVIATED_TITLES.get(w, w) for w in title.lower().split())
    return " ".join(
        ABBREVIATED_TITLES[w.lower()].title() if w.lower() in ABBREVIATED_TITLES else w for w in title.split()
    )


# Titles and roles that may precede a name (lower case; matched longest first), in politics and beyond it (not
# 'chief financial officer' or 'council leader': every word of a title stops opening a name, as 'Financial Times')
TITLES: tuple[str, ...] = tuple(
    sorted(
        {
            " ".join(t.split())
            for t in """
    president, vice president, former president, president-elect, defense secretary, secretary of
    defense, secretary of state, state secretary, treasury secretary, secretary of the treasury,
    attorney general, press secretary, white house press secretary, homeland security secretary,
    commerce secretary, labor secretary, energy secretary, health secretary, education secretary,
    interior secretary, secretary, prime minister, foreign minister, defense minister, finance
    minister, minister, chancellor, senator, sen., representative, rep., congressman,
    congresswoman, governor, gov., lieutenant governor, lt. gov., lt. governor,
    mayor, former mayor, speaker, house speaker, senate majority
    leader, majority leader, minority leader, chief of staff, spokesman, spokeswoman,
    spokesperson, ambassador, general, gen., admiral, adm., colonel, col., lieutenant, lt.,
    captain, capt., sergeant, sgt., judge, justice, chief justice, dr., professor, prof.,
    reverend, rev., pastor, bishop, pope, ceo, chairman, chairwoman, director, executive director,
    founder, co-founder, commissioner, police commissioner, police chief, sheriff, prosecutor,
    district attorney, coach, candidate, nominee, presidential candidate, republican presidential
    candidate, democratic presidential candidate, republican presidential nominee, democratic
    presidential nominee, presumptive nominee, campaign manager, strategist, adviser, advisor,
    analyst, economist, columnist, host, anchor, correspondent, editor, reporter, author,
    historian, pollster, lawmaker, official, mr., mrs., ms., miss, mr, mrs, ms, dr, russian leader, chinese leader,
    russian president, ukrainian president, french president, former secretary of state, gop,
    rival, republican, democrat, sen, rep, gov, gen, engineer, attorney, lawyer, architect, scientist,
    researcher, inspector, detective, recorder, county recorder, public advocate, supervisor, treasurer,
    secretary-treasurer, clerk, auditor, comptroller, councilman, councilwoman, council member, alderman,
    assemblyman, assemblywoman, state senator, state representative, trustee, superintendent, district judge,
    u.s. district judge, moderator, comedian, actor, actress, billionaire, businessman,
    businesswoman, mogul, blogger, commentator, contributor, pundit, vice chairman, co-chairman, co-chair,
    chair, vice chair, chairperson, vice chairwoman,
    activist, organizer, consultant, chief executive, operative, pastor, rabbi, imam, front-runner,
    frontrunner, republican front-runner, democratic front-runner, hopeful, contender, challenger, incumbent,
    officer, petty officer, police officer, whip, majority whip, minority whip, filmmaker, grand wizard,
    senators, sens., reps., professors, drs., pastors, developer, donor, entrepreneur, philanthropist,
    investor, delegate,
    counsel, general counsel, white house counsel, editor-in-chief, principal, cardinal, sheikh,
    justices, lt. col., lieutenant colonel, lt. gen., lieutenant general, maj. gen.,
    brig. gen., brigadier general, maj., ag, deputy ag, assistant ag, deputy assistant ag,
    principal deputy assistant ag, journalist, photographer, novelist, seal,
    manager, general manager, head coach, assistant coach, striker, midfielder, goalkeeper, defender,
    quarterback, referee, substitute, winger, skipper, cfo, coo, cto, managing director, chief economist,
    public defender, councillor, mp, geologist, biologist, physicist, chemist, astronomer, epidemiologist, virologist,
    psychologist, psychiatrist, surgeon, physician, teacher, headteacher, lecturer, chef, critic, rapper,
    musician, poet, playwright, screenwriter, designer, curator, campaigner, astronaut, firefighter, solicitor,
    barrister, magistrate, archbishop, vicar, resident, detective inspector, detective sergeant, chief inspector,
    detective chief inspector, constable, police constable, detective constable, chief constable, chief superintendent
    """.split(",")
            if t.strip()
        },
        key=len,
        reverse=True,
    )
)

# Capitalised words that are not part of a person's name.
NON_NAME_WORDS: frozenset[str] = frozenset(
    """
    The A An And But Or If When While After Before Since During Despite Although Though As At In On
    Of For To From With Without By About Over Under Into Onto Upon Than Then That This These Those
    There Here It Its He She They We I You His Her Their Our My Your Him Them Us Me Who What Where
    Why How Which Whose Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
    Sep Sept Oct Nov Dec Mr Mrs Ms Dr Sen Rep Gov Gen President Secretary Senator Governor Mayor Famer
    Minister Chancellor Speaker Yes No Not All Some Many Most Every Each Both Neither Either Also
    Still Yet Just Only Even So Now Prior Following According Meanwhile However Moreover Furthermore
    Indeed Instead Today Tomorrow Yesterday Video Photo Image Watch Read Share Advertisement Related
    Update Editor Note Breaking Democrat Democrats Democratic Republican Republicans GOP Party
    Congress Senate House White American Americans America US U.S. USA UK EU UN NATO Russian
    Russians Ukrainian Ukrainians European Chinese German French British Israeli Iranian Mexican
    Canadian Muslim Muslims Christian Christians Latino Latina Hispanic Asian Arab Jewish Catholic Evangelical
    African African-American Soviet Saudi Islamophobic
        Alongside Amid Among Amongst Under Without Within Across Unlike Like Beyond Throughout Toward Towards
    Inside Outside Behind Near Via Per Whether Unless Once Because
    One Another Two Three Several Others Other Few None Everyone Someone Nobody Anyone
    Aides Officials Sources Critics Supporters Voters Analysts Experts Residents Protesters Lawmakers
    Allies Advisers Advocates Friends Opponents Observers Donors Delegates Leaders Members Staffers
    Said Says Added Asked Wrote Told Noted Pollsters Reporters Democrats Candidates Did Follow Countering
    See Click Subscribe Besides Maybe Perhaps Wherever Whatever Whenever Given Interestingly
    Later Earlier Soon Afterward Afterwards Twice Often Sometimes Presidents Senators
    """.split()
)

# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    """
    Department Ministry Agency Office Committee Council Commission Command Group Party Parliament
    Congress Senate House Court Administration Government Pentagon Kremlin University College School
    Institute Foundation Association Union Corporation Company Inc Inc. Corp Corp. Ltd LLC Bank Fund
    Center Centers Centre Times Post News Journal Tribune Herald Press Network Channel Review Magazine Daily
    Gazette Telegraph Campaign Committee Caucus Coalition Alliance Organization Organisation Service
    Services Police Army Navy Air Force Marines Guard Board Authority Bureau Federation League Club
    Team Church Hospital Efficiency Security Defense Defence Affairs Relations Council Network Media
    Research Watch Project Intelligence Social Convention Conference Summit Books Publishing Publishers Politics
    Institution Institutes Academies Consortium Directorate Electric Dynamics
    Act Amendment Airlines Cemetery Room Resort Hotel Cable Enterprise Co Plan Show Beacon Development Shield
    Museum Library Academy Society Trust Forum Reserve Images Communications Report Register Star Systems
    Brothers Footwear Program Programme Initiative Statehouse Examiner Networks Trends Prison Borders Industries
    Technologies Holdings Partners Motors Pharmaceuticals Airways Studios Records Entertainment Insurance
    Corps Sentinel Insider Front Chemical Patrol Broadcasting Illustrated Pictures Classics Radio Scouts
    Colleges Marriott Globe Standard Decisions Analytica Brotherhood Klan Chiefs
    Ansar Jabhat Jaish Ahrar Hizb Harakat Qaeda Qaida Shabaab
    Enforcement Parenthood Matter Pollster Messaging Nation Cowboys Broncos Panthers Cubs Redskins Dolphins
    Phillies Yankees Computer Computers Weekly Monthly Quarterly Software Electronics Foods Bancorp Capital
    Sun Clinic Circuit Diamondbacks Browns Progress Relief Observer Courier Dispatch Chronicle Inquirer Enquirer
    Bulletin Ledger Statesman Monitor Consulting Rovers Wanderers Athletic FC AFC Hotspur
    """.split()
)

# Last words of names of events, eras, awards, places and the like: neither a person nor an organisation
# ('World War', 'Super Bowl', 'Election Day', 'Trump Tower'); after a first name, a surname ('Kristen Day',
# 'John Tower'). Not 'Hill', as often a surname without a first name from the lists ('Lauryn Hill').
THING_WORDS: frozenset[str] = frozenset(
    """
    Day Bowl Recession Depression War Heart Rights District Prize Award Medal Series Olympics Week Era
    Time Partnership Curtain Trophy Eve Testament Bible Revolution Dome Classic Core Zone World Effect Games
    Championship Harbor Shoal Creek Estates Tower Arena Coliseum Lodge Palace Inn Awards Mahal File
    """.split()
)

# Phrases that name an organisation speaker ("the Pentagon said").
# One word that names an organisation which speaks: institutions, news outlets and companies ('Reuters reported',
# 'told Newsmax', 'Apple has stated'). A surname as often (Bloomberg, Ford) stays out.
ORG_SPEAKERS: frozenset[str] = frozenset(
    """
    pentagon kremlin vatican politburo bundestag reuters politico newsmax breitbart buzzfeed axios vox slate
    salon mediaite theblaze gawker huffpost huffpo newsweek forbes twitter facebook google apple amazon
    microsoft youtube instagram reddit uber walmart boeing exxon pfizer netflix comcast verizon paypal
    """.split()
)

# Lower-case words that end the name part of a phrase ("the spokesman for ...").
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof sr jr st sen rep gov gen col lt capt sgt adm rev fr mt ft no vs etc inc corp
    ltd co jan feb mar apr jun jul aug sep sept oct nov dec u.s a.m p.m e.g i.e dept est approx
    """.split()
)

# Words that start a sentence and never follow an abbreviation inside one ('the U.S. While …').
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    The But While He She It They We I In On At This That These Those And As If When After Before So Yet
    Still There Here Now Then His Her Their Our Its Although Though However Meanwhile Instead Since
    """.split()
)

# Capitalised words that mark a place, never a person's name.
PLACE_WORDS: frozenset[str] = frozenset(
    """
    New North South East West United States City County Street Avenue Road River Mountain Mount
    Island Beach Valley Lake Park Square Hall Bridge Station Airport Port Fort Saint San Santa Los
    Las El Kingdom Republic Province State Islands Coast Bay Gulf Ocean Sea Hills Heights Village
    Town Plaza Belt Western Eastern Southern Northern Central Middle Midtown Southeast Northeast Southwest
    Northwest Circle
    """.split()
)

# Places of two words neither of which is a place word, which a run of capitals would take for a person.
PLACE_PHRASES: frozenset[str] = frozenset(
    {
        "Capitol Hill", "Des Moines", "Puerto Rico", "Puerto Rican", "Puerto Ricans", "Saudi Arabia", "Tel Aviv",
        "Costa Rica", "Nova Scotia", "Boca Raton", "Little Rock", "Terre Haute", "Hong Kong", "Sri Lanka",
        "Buenos Aires", "Abu Dhabi", "Hilton Head", "Mar-a-Lago", "Baton Rouge", "Nazi Germany", "San Bernardino",
        "Santa Barbara", "Santa Monica", "Santa Fe", "Las Vegas", "Los Angeles", "San Diego", "San Antonio",
    }
)  # fmt: skip

# Countries, US states and regions written as one word: alone, such a word is a place, never a person ('China
# warned', 'California voted'), nor a 'he' later on. Those that are also common names stay out (Jordan, Israel,
# Georgia, Virginia, Washington, Chad).
PLACE_NAMES: frozenset[str] = frozenset(
    """
    Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus
    Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Croatia Cuba Cyprus
    Denmark Ecuador Egypt Eritrea Estonia Ethiopia Finland France Germany Ghana Greece Guatemala Haiti Honduras
    Hungary Iceland India Indonesia Iran Iraq Ireland Italy Jamaica Japan Kazakhstan Kenya Kosovo Kuwait
    Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Macedonia Malaysia Mali Malta Mexico Moldova
    Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman
    Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland
    Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan
    Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales
    Yemen Zambia Zimbabwe Britain England Europe Asia Africa America Americas Antarctica Crimea Gaza Tibet
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
    Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin
    Wyoming Beijing Moscow Tehran Baghdad Damascus Kabul Jerusalem Benghazi Tripoli Riyadh Ankara Pyongyang
    Seoul Tokyo Brussels Paris London Berlin Rome Madrid Nice Istanbul Cairo Kiev Kyiv Havana Beirut Dubai
    Mumbai Delhi Shanghai Manila Caracas Athens Vienna Warsaw Budapest Prague Dublin Lisbon Stockholm Oslo
    Copenhagen Amsterdam Geneva Zurich Mosul Aleppo Raqqa Fallujah Ramadi Kandahar Islamabad Karachi Lahore
    Doha Amman Jakarta Bangkok Hanoi Taipei Toronto Montreal Ottawa Nairobi Lagos Johannesburg Bogota Quito
    Orlando Chicago Baltimore Philadelphia Pittsburgh Milwaukee Cincinnati Seattle Atlanta Miami Detroit
    """.split()
)

# Common first names with a clear gender (US usage), a prior for 'he'/'she' when the article says little.
MALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
    Alton Beau Bret Buddy Daron Felipe Jamal Jonah Mick Nidal Nigel Philando
    Sebastian Sadiq Carlton Herschel Norbert Witold Florent Norm Vin Whit Woody Emmet Allan Ingvar Solomon
    Bilal Teddy Asa Adel Pierre Oleg Gilbert Zeke Christoph Abid Adil Cornel
    Aaron Adam Al Alan Albert Alex Alexander Andrew Andy Anthony Antonin Arnold Barack Ben Benjamin Bernie Bill
    Bob Bobby Brad Brian Bruce Bryan Carl Carlos Charles Charlie Chris Christopher Chuck Cory Craig Dan Daniel
    Danny Darrell Dave David Dennis Dick Dinesh Don Donald Doug Douglas Ed Eddie Edward Eric Frank Fred Gary
    George Gerald Glenn Greg Gregory Harold Harry Henry Howard Ian Jack Jacob James Jared Jason Jeb Jeff
    Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan
    Justin Keith Ken Kenneth Kevin Kurt Larry Lawrence Lee Leon Lindsey Louis Luis Marco Mark Martin Matt
    Matthew Max Michael Mike Mitch Mitt Nathan Newt Nicholas Nick Orrin Pat Patrick Paul Pete Peter Phil
    Philip Rand Randy Ray Raymond Reince Richard Rick Rob Robert Roger Ron Ronald Roy Rudy Russ Ryan Sam
    Samuel Scott Sean Sergei Stephen Steve Steven Ted Terry Thomas Tim Timothy Todd Tom Tony Vladimir Walter
    Wayne William Xi Abe Adrian Alfred Allen Andre Angelo Antonio Arthur Austin Barry Bernard Bill Billy Brandon
    Brent Brett Calvin Cameron Carter Cecil Chad Clarence Clark Clay Clint Cody Colin Corey Curt Curtis Dale
    Darren Dean Derek Devin Dick Dominic Don Donnie Duane Dustin Dwight Earl Edgar Edwin Eli Elijah Elliott Emanuel
    Eugene Evan Felix Floyd Francis Franklin Gabriel Gene Glen Gordon Grant Hank Harvey Herbert Herman Hugh Hunter
    Isaac Ivan Jackson Jake Jay Jeffery Jeremiah Jerome Jesus Jimmie Joey Johnnie Jordan Julian Julius Karl Kelvin
    Kent Kirk Kyle Lance Leo Leonard Leroy Lewis Lloyd Lonnie Lou Lucas Luke Lyndon Malcolm Manuel Marcus Mario
    Marshall Marvin Maurice Melvin Micah Miguel Milton Mitchell Morgan Morris Nate Neal Neil Nelson Noah Norman
    Oliver Omar Oscar Owen Pablo Perry Preston Quentin Rafael Ralph Ramon Raul Reggie Rex Ricardo Ricky Roberto
    Rodney Roland Ross Rudolph Russell Salvador Sanford Seth Shane Sidney Simon Spencer Stanley Stuart Sylvester
    Thad Theodore Travis Trent Trey Troy Tyler Vernon Victor Vincent Wade Wallace Warren Wesley Wilbur Willard
    Willie Wilson Winston Woodrow Zach Zachary
    Abraham Ahmed Akhil Ari Arturo Bradley Brendan Dante Dexter Duncan Dylann Enrique Federico Ferdinand Fidel
    Geert Geoff Gonzalo Humayun Khizr Laquan Laurence Marc Marcel Merrick Mikhail Mohamed Morton Muhammad
    Osama Rahm Recep Robby Rupert Sheldon Sherrod Stan Syed Tad Trayvon Viktor Xavier Zephyr
    Marty Tommy Trevor Erik Freddy Boris Archie Lamar Geoffrey Garry Saul Tyrone Ronnie Harlan Alejandro Phillip
    Ethan Isaiah Elias Cyrus
    """.split()
)
FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
    Bette Gabby Gabrielle Kelli Maya Paige RoseAnn
    Lael Susannah Arianna Robyn JoAnne Randi Patti Amandla Annamaria Sahar Gisela Lolita Angie Amber Neera Tarla
    Ashley Condoleezza Erica Ivana Joni Kelsey Maggie Marla Melanne Michele Mika Patty Tashfeen Zeynep
    Abigail Alice Alison Amanda Amy Ana Angela Ann Anna Anne Barbara Betsy Betty Brenda Carly Carol Caroline
    Catherine Cecile Chelsea Cheryl Christina Christine Claire Cynthia Dana Debbie Deborah Debra Denise Diana
    Diane Donna Doris Dorothy Elizabeth Ellen Emily Emma Erin Eva Frances Ghazala Gloria Hannah Heather Heidi
    Helen Hillary Hope Huma Ilhan Irene Ivanka Jane Janet Janice Jean Jennifer Jessica Jill Joan Joanne Joyce
    Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathy Kelly Kellyanne Kim Kimberly Kirsten Kristen
    Laura Lauren Linda Lisa Loretta Lori Lucy Madeleine Margaret Maria Marie Marilyn Martha Mary Megan Megyn
    Melania Melissa Michelle Monica Nancy Nicole Nikki Olivia Pamela Patricia Paula Phyllis Rachel Rebecca
    Rosa Ruth Samantha Sandra Sara Sarah Sharon Shirley Sonia Stephanie Sue Susan Susana Teresa Theresa
    Tina Tulsi Valerie Victoria Virginia Wendy Zoe Ada Adrienne Agnes Aileen Alexandra Alexis Alicia Allison
    Alyssa Andrea Angelina Anita Annette Antoinette April Arlene Audrey Beatrice Becky Belinda Bernadette Beth
    Bethany Beverly Bonnie Brandy Bridget Brigid Brittany Brooke Camille Candace Carla Carmen Carolyn Carrie Cassandra
    Cathy Charlotte Cindy Claudia Colleen Connie Constance Courtney Crystal Daisy Danielle Darlene Dawn Delores
    Dena Dianne Dolores Dorothy Edith Edna Eileen Elaine Eleanor Elena Elise Ella Eloise Elsa Esther Ethel Eunice
    Evelyn Faith Felicia Fiona Florence Gail Georgia Geraldine Gina Ginger Grace Gretchen Gwen Hazel Holly Ida Ingrid
    Irma Isabel Jacqueline Jamie Jan Jasmine Jeanne Jeannette Jenna Jenny Jo Joanna Jocelyn Josephine Juanita Judy
    June Kara Karla Katie Katrina Kay Kayla Kathryn Kathleen Kendra Kristin Kristina Krysten Lara Laurie Leah Leslie
    Lillian Lily Liz Lois Lorraine Louise Lynn Mabel Madeline Mae Marcia Margo Marian Marina Marjorie Marlene
    Maureen Maxine Melanie Melinda Mia Mildred Millie Miranda Misty Molly Mona Muriel Myra Myrtle Nadia Naomi
    Natalie Natasha Nellie Nina Nora Norma Olga Pam Patsy Pauline Peggy Penny Priscilla Rachael Ramona Regina Renee
    Rhonda Rita Roberta Robin Rochelle Rose Rosemary Roxanne Ruby Sabrina Sally Sandy Sheila Shelby Shelley Sherri
    Sheryl Silvia Sophia Stacey Stacy Stella Sylvia Tamara Tammy Tanya Tara Terri Thelma Tiffany Toni Tracy Trish
    Vanessa Vera Veronica Vicki Viola Vivian Wanda Yolanda Yvonne April
    Clara Norah Greta Sophie Susanne Monique Ileana Carole Debby Jillian
    """.split()
)


@functools.cache
def census_first_names() -> dict[str, str]:
    """Name -> 'm' or 'f': 1,730 first names of the US Census's 1990 lists that the lists above lack, each borne
    mostly by one sex (made by bench/first_names.py). Too many of them are places or surnames in the news
    ('Carolina', 'Clinton', 'Pearl') to tell a name; they only hint at a gender."""
    lines = (Path(__file__).with_name("data") / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line and not line.startswith("#"))


# Organisations whose names are made of words that are never names on their own ('the White House said').
KNOWN_ORGANISATIONS: frozenset[str] = frozenset(
    {
        "white house", "state department", "justice department", "defense department", "supreme court",
        "united nations", "european union", "european commission", "federal reserve", "senate", "house",
        "pentagon", "kremlin", "vatican", "congress", "treasury", "white house press office",
    }
)  # fmt: skip


@functools.cache
def common_words() -> frozenset[str]:
    """Common English words of the news, in lower case: the 8,400 that at least 3 of PolNeAR's 840 train
    articles write in lower case (made by `python -m bench.common_words`; shipped, so nothing reads PolNeAR)."""
    path = Path(__file__).with_name("data") / "common_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


# US states by name, AP abbreviation and postal code (lower case), for 'Sen. Marco Rubio (R-Fla.)'
_STATES = """
alabama ala. al|alaska alaska ak|arizona ariz. az|arkansas ark. ar|california calif. ca|colorado colo. co
connecticut conn. ct|delaware del. de|florida fla. fl|georgia ga. ga|hawaii hawaii hi|idaho idaho id
illinois ill. il|indiana ind. in|iowa iowa ia|kansas kan. ks|kentucky ky. ky|louisiana la. la|maine maine me
maryland md. md|massachusetts mass. ma|michigan mich. mi|minnesota minn. mn|mississippi miss. ms
missouri mo. mo|montana mont. mt|nebraska neb. ne|nevada nev. nv|new_hampshire n.h. nh|new_jersey n.j. nj
new_mexico n.m. nm|new_york n.y. ny|north_carolina n.c. nc|north_dakota n.d. nd|ohio ohio oh|oklahoma okla. ok
oregon ore. or|pennsylvania pa. pa|rhode_island r.i. ri|south_carolina s.c. sc|south_dakota s.d. sd
tennessee tenn. tn|texas tex. tx|utah utah ut|vermont vt. vt|virginia va. va|washington wash. wa
west_virginia w.va. wv|wisconsin wis. wi|wyoming wyo. wy
"""
US_STATES: dict[str, str] = {
    form.replace("_", " "): name.replace("_", " ")
    for entry in _STATES.replace("\n", "|").split("|")
    if entry.strip()
    for name, *forms in [entry.split()]
    for form in (name, *forms)
}
