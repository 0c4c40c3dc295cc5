#!/usr/bin/env python3
"""Writes the fourth HateCheck-style sets of issue 11 (run from the repository root):

  python3 screen/testdata/gendev4hc.py

hatecheck-dev4.tsv / hatecheck-heldout4.tsv: HateCheck-style functional tests (Röttger et
al. 2021; Multilingual HateCheck, Röttger et al. 2022) written in another style than
gendev.py and gendev2.py: colloquial online comments and opinions rather than one fixed
sentence per template, about 28 groups of every ground in DOMAIN.md (also Turken,
Surinamers, Antillianen, Polen, Roma, Afrikanen, Arabieren, hindoes, christenen, atheïsten,
doven, blinden, people with an intellectual disability), in plural, compound, adjective and
singular forms ("moslimvrouwen", "joodse mensen", "een moslim", "dat Marokkaanse tuig").

Hateful functionalities: strong negative emotion, negative attributes, dehumanisation
(animals, vermin, disease), direct and normative threats ("zou je moeten", "verdienen het
om"), exclusion and normative statements ("horen hier niet", "zouden geen rechten moeten
hebben"), inferiority, profanity against a group, pronoun references in the same or the
next sentence ("ik haat ze, die X"; "X ... . Ik haat ze."), negated positive statements,
questions and opinions, implicit derogation, and slurs in person-directed frames.

Each hateful (template, group) pair is written once, plain or with one spelling trick on
the group word or on the hostility word: a deleted, swapped or doubled letter, run
together with a neighbour, spaced letters, one or two digits for letters, full leetspeak,
UPPER/lower/mIxEd case, accents and apostrophes left out, hyphens or dots between letters.

Non-hateful contrasts with a group: neutral identity statements, positive statements,
negated hate, counter-speech (quoting or referring to hate), reclaimed slurs. Texts without
any protected group (the label geen_groep): abuse of objects, individuals and non-protected
groups (politicians, referees, bankers, fans), animals and vermin, profanity, threats
against an individual, gaming talk, and homonyms of slurs and group words.

The held-out part is fixed before anything is measured: a text goes to the held-out file
when the first byte of the SHA-256 of its text, modulo 10, is below 3 (about 30%). The
lexicon is tuned on the development part only; of the held-out file only summary figures
are read. Column 3 is a label for reporting: group/trick for hateful texts and slurs,
kind/group for contrasts, geen_groep/kind for texts without a group. Deterministic
(seed 4404).

  python3 screen/testdata/gendev4hc.py --functions FILE

also writes the development part (only) labelled function/trick, for reading recall per
HateCheck functionality.
"""
import hashlib
import random
import sys
import unicodedata

rng = random.Random(4404)


def held(text):
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 10 < 3


H, G, A, S, T, X, D, L = ("herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
                           "genderidentiteit", "geslacht", "handicap", "leeftijd")

# group label: (ground, plural forms, singular forms, adjective forms)
GROUPS = {
    "zwarten": (H, ["zwarte mensen", "zwarten", "donkere mensen", "mensen met een donkere huidskleur", "zwarte Nederlanders"], ["zwarte"], ["zwarte"]),
    "marokkanen": (H, ["Marokkanen", "Marokkaanse jongeren", "Marokkaanse Nederlanders", "Marokkaanse mannen"], ["Marokkaan"], ["Marokkaanse"]),
    "turken": (H, ["Turken", "Turkse mensen", "Turkse Nederlanders"], ["Turk"], ["Turkse"]),
    "surinamers": (H, ["Surinamers", "Surinaamse mensen", "Surinaamse Nederlanders"], ["Surinamer"], ["Surinaamse"]),
    "antillianen": (H, ["Antillianen", "Curaçaoënaars", "Antilliaanse jongeren"], ["Antilliaan"], ["Antilliaanse"]),
    "polen": (H, ["Polen", "Oost-Europeanen", "Roemenen", "Bulgaren", "Poolse arbeidsmigranten"], ["Oost-Europeaan", "Roemeen"], ["Poolse", "Oost-Europese"]),
    "roma": (H, ["Roma", "Sinti", "woonwagenbewoners", "zigeuners", "Roma en Sinti"], ["woonwagenbewoner"], []),
    "vluchtelingen": (H, ["vluchtelingen", "asielzoekers", "statushouders", "asielzoekers uit het azc"], ["asielzoeker", "vluchteling"], []),
    "migranten": (H, ["migranten", "immigranten", "buitenlanders", "allochtonen", "nieuwkomers"], ["migrant", "buitenlander", "allochtoon"], ["buitenlandse", "allochtone"]),
    "aziaten": (H, ["Chinezen", "Aziaten", "Chinese mensen", "Aziatische mensen", "Vietnamezen"], ["Chinees", "Aziaat"], ["Chinese", "Aziatische"]),
    "afrikanen": (H, ["Afrikanen", "Nigerianen", "Somaliërs", "Eritreeërs", "Afrikaanse mensen"], ["Afrikaan", "Somaliër"], ["Afrikaanse"]),
    "arabieren": (H, ["Arabieren", "Arabische mensen", "Noord-Afrikanen", "Syriërs", "Irakezen"], ["Arabier"], ["Arabische"]),
    "joden": (A, ["joden", "joodse mensen", "Joden", "joodse Nederlanders", "orthodoxe joden"], ["jood", "Jood"], ["joodse"]),
    "moslims": (G, ["moslims", "moslima's", "islamieten", "moslimvrouwen", "islamitische mensen", "moslimmannen"], ["moslim", "moslima"], ["islamitische"]),
    "hindoes": (G, ["hindoes", "hindoeïstische mensen", "hindoestanen"], ["hindoe"], ["hindoeïstische"]),
    "christenen": (G, ["christenen", "katholieken", "protestanten", "christelijke mensen", "gereformeerden"], ["christen", "katholiek"], ["christelijke"]),
    "atheisten": (G, ["atheïsten", "ongelovigen", "niet-gelovigen"], ["atheïst"], []),
    "homos": (S, ["homo's", "homoseksuelen", "homomannen", "homoseksuele mannen", "homostellen"], ["homo"], ["homoseksuele"]),
    "lesbiennes": (S, ["lesbiennes", "lesbische vrouwen", "lesbische stellen"], ["lesbienne"], ["lesbische"]),
    "biseksuelen": (S, ["biseksuelen", "biseksuele mensen", "biseksuele mannen"], ["biseksueel"], ["biseksuele"]),
    "lhbti": (S, ["LHBTI'ers", "lhbt'ers", "queers", "mensen uit de lhbti-gemeenschap"], [], []),
    "trans": (T, ["transgenders", "transgender personen", "transpersonen", "transvrouwen", "transmannen", "trans mensen", "non-binaire personen"], ["transgender", "transvrouw"], ["transgender"]),
    "vrouwen": (X, ["vrouwen", "meiden", "wijven", "dames", "meisjes", "vrouwelijke collega's"], ["vrouw", "wijf"], []),
    "gehandicapten": (D, ["gehandicapten", "mensen met een handicap", "mensen met een beperking", "rolstoelgebruikers", "invaliden", "lichamelijk gehandicapten"], ["gehandicapte"], ["gehandicapte"]),
    "verstandelijk": (D, ["mensen met een verstandelijke beperking", "verstandelijk gehandicapten", "mensen met het syndroom van Down", "mensen met downsyndroom", "autisten"], ["autist"], []),
    "doven": (D, ["doven", "dove mensen", "slechthorenden"], ["dove"], ["dove"]),
    "blinden": (D, ["blinden", "blinde mensen", "slechtzienden", "visueel beperkten"], ["blinde"], ["blinde"]),
    "ouderen": (L, ["ouderen", "bejaarden", "oude mensen", "gepensioneerden", "senioren", "boomers", "65-plussers", "oudjes"], ["bejaarde"], ["bejaarde"]),
}

# Hateful templates per functionality. {g}/{G}: a plural form (capitalised at the start);
# {s}: a singular form; {a}: an adjective form. The word in [brackets] is the hostility word
# a spelling trick may target.
HATE = {
    "emotie": [
        "Ik [veracht] {g}, echt waar.",
        "Eerlijk is eerlijk: ik [haat] {g}.",
        "{G} [walgen] me, ik kan er niks aan doen.",
        "Ik heb een diepe [afkeer] van {g}.",
        "{G} zijn mij een [doorn] in het oog.",
        "Ik word [ziek] van al die {g}.",
        "Wat heb ik toch een [hekel] aan {g}.",
        "Ik erger me [kapot] aan {g}.",
        "Niemand [haat] {g} zo erg als ik.",
        "Ik krijg echt [braakneigingen] van {g}.",
    ],
    "kenmerk": [
        "{G} zijn allemaal [leugenaars] en oplichters.",
        "{G} zijn [onbetrouwbaar], stuk voor stuk.",
        "{G} zijn nu eenmaal [agressief] van nature.",
        "Alle {g} zijn [vies] en lui.",
        "{G} zijn een stelletje [profiteurs].",
        "{G} [deugen] niet, dat weet iedereen.",
        "{G} kunnen echt [niks], behalve klagen.",
        "{G} zijn [gevaarlijk] voor onze kinderen.",
        "Een {s} is nooit te [vertrouwen].",
        "Elke {s} is een [crimineel] in de dop.",
        "Een {s} heeft het [verstand] van een kleuter.",
        "{G} zijn [leeglopers] die op onze zak teren.",
    ],
    "ontmenselijking": [
        "{G} zijn [ongedierte] en zo moet je ze ook behandelen.",
        "{G} zijn [beesten], geen mensen.",
        "{G} zijn net [kakkerlakken]: zie je er één, dan zitten er honderd.",
        "{G} zijn een [pest] voor de samenleving.",
        "{G} zijn een [kanker] die zich overal verspreidt.",
        "{G} zijn [vee], meer niet.",
        "{G} zijn [apen] die net uit de boom zijn gevallen.",
        "{G} zijn [bloedzuigers].",
        "Die {g} fokken als [konijnen].",
        "{G} zijn [untermenschen].",
        "{G} zijn het [afval] van de mensheid.",
        "{G} zijn een [besmettelijke] ziekte.",
        "{G} zijn [minder] dan mensen.",
        "Dat {a} [tuig] moet je niet als mensen zien.",
        "Al dat {a} [gespuis] hier in de wijk.",
        "{G} zijn [parasieten], allemaal.",
    ],
    "dreiging": [
        "Ik ga al die {g} [afmaken].",
        "Ik zweer het, ik ga {g} [vermoorden].",
        "Wacht maar, we gaan {g} één voor één [opruimen].",
        "Ik schiet elke {s} die ik tegenkom [neer].",
        "Als ik een {s} zie, [sla] ik die in elkaar.",
        "Binnenkort gaan we op {g} [jagen].",
        "Ik wil elke {s} zien [bloeden].",
        "We steken hun huizen in [brand], die {g}.",
        "Ik zal die {g} [kapotmaken].",
        "Morgen ga ik die {g} [aanvallen].",
    ],
    "dreiging_normatief": [
        "{G} zou je moeten [ophangen].",
        "{G} verdienen het om [doodgeschoten] te worden.",
        "{G} moeten we [uitroeien] voordat het te laat is.",
        "{G} zouden [afgeschoten] moeten worden.",
        "{G} horen tegen de muur [gezet] te worden.",
        "{G} moeten de [gaskamer] in.",
        "Je mag {g} gewoon [slaan], vind ik.",
        "Er zou een [jachtseizoen] op {g} moeten komen.",
        "De wereld is beter af [zonder] {g}.",
        "Een goede {s} is een [dode] {s}.",
        "{G} verdienen een [kogel].",
        "{G} moeten allemaal [verdwijnen], desnoods met geweld.",
    ],
    "uitsluiting": [
        "{G} horen hier [niet].",
        "{G} zouden geen [rechten] moeten hebben.",
        "{G} zouden niet mogen [stemmen].",
        "{G} moeten [terug] naar waar ze vandaan komen.",
        "{G} zou je het land moeten [uitzetten].",
        "Wij willen geen {g} in onze [straat].",
        "{G} zouden niet mogen [trouwen].",
        "{G} horen niet op onze [scholen].",
        "{G} moeten [weg] uit Nederland.",
        "Laat geen enkele {s} meer [binnen].",
        "{G} verdienen geen [plek] in onze samenleving.",
        "Ik zou nooit een {s} [aannemen].",
        "Mijn huis [verhuur] ik nooit aan {g}.",
        "{G} moet je [apart] zetten, weg van normale mensen.",
    ],
    "minderwaardig": [
        "{G} zijn [minderwaardig] aan normale mensen.",
        "{G} zijn [tweederangs] burgers.",
        "{G} zijn gewoon [minder] intelligent.",
        "{G} staan [lager] dan wij.",
        "{G} hebben een [lager] IQ dan een hond.",
        "{G} zijn geen [volwaardige] mensen.",
        "{G} zijn te [stom] om zelf na te denken.",
    ],
    "scheldend": [
        "[Kut]-{g}, allemaal.",
        "[Fuck] {g}.",
        "Die [kanker] {g} ook altijd.",
        "{G} zijn echt [klootzakken].",
        "[Tering]-{g}, rot toch op.",
        "{G} zijn [kutmensen].",
        "Fucking {g}, ze [verpesten] alles.",
        "{G} zijn allemaal [eikels].",
        "Wat een [teringlijers] zijn die {g}.",
    ],
    "verwijzing": [
        "Ik ken genoeg {g} en ik [haat] ze allemaal.",
        "Ik [haat] ze, die {g}.",
        "{G} denken dat ze speciaal zijn. Ik [haat] ze.",
        "Er wonen steeds meer {g} in mijn straat. Ze zijn echt [walgelijk].",
        "Ken je die {g}? Het zijn [beesten].",
        "Nog meer {g} in de trein vandaag. Ik kan ze niet [uitstaan].",
        "Mijn nieuwe buren zijn {g}. Ik hoop dat ze snel [doodgaan].",
        "{G} lopen hier rond alsof het hun land is. Iemand moet ze [afknallen].",
        "Weer {g} op tv. Wat een [walgelijk] volk.",
        "Zag vandaag een stel {g}. Zo [smerig], die mensen.",
    ],
    "ontkend_positief": [
        "Ik heb geen enkel [respect] voor {g}.",
        "{G} zijn nooit [welkom] hier.",
        "{G} zijn geen [mensen].",
        "Er bestaat geen [fatsoenlijke] {s}.",
        "Het leven van {g} is [niets] waard.",
        "{G} hebben nog nooit iets [goeds] gedaan.",
    ],
    "vraag": [
        "Waarom zijn {g} altijd zo [dom]?",
        "Waarom zijn {g} toch zo [walgelijk]?",
        "Waarom mogen {g} hier eigenlijk [wonen]?",
        "Wie heeft er nou niet de [pest] aan {g}?",
        "Is het niet typisch voor een {s} om zo [stom] te zijn?",
        "Waarom schieten we {g} niet gewoon [neer]?",
        "Kunnen we {g} niet gewoon [deporteren]?",
        "Zijn er eigenlijk {g} die niet [stelen]?",
    ],
    "mening": [
        "Ik vind {g} gewoon [walgelijk].",
        "Volgens mij zijn {g} [inferieur].",
        "Mijn mening: {g} zijn [tuig].",
        "Ik denk echt dat {g} [gestoord] zijn.",
        "Sorry maar {g} zijn gewoon [ziek] in hun hoofd.",
        "Persoonlijk vind ik dat {g} [opgesloten] moeten worden.",
        "Ik ben van mening dat {g} geen [kinderen] mogen krijgen.",
        "Zeg het maar gewoon: {g} zijn [uitschot].",
    ],
    "impliciet": [
        "Met {g} in de buurt is alles binnen een week [kapot].",
        "{G} en hygiëne, dat gaat nou eenmaal niet [samen].",
        "Als je {g} binnenlaat, krijg je [criminaliteit] gratis erbij.",
        "Vroeger was het hier [schoon], tot de {g} kwamen.",
    ],
}

TRICKS = ["weggelaten", "verwisseld", "verdubbeld", "aaneen", "spaties", "cijfers", "leet",
          "hoofdletters", "accenten", "streepjes"]
DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}


def strip_accents(s):
    out = unicodedata.normalize("NFD", s)
    out = "".join(c for c in out if unicodedata.category(c) != "Mn")
    return out.replace("'", "")


def trick_word(word, kind):
    """Returns word with the trick applied, or word itself when the trick does not apply."""
    idx = [i for i, c in enumerate(word) if c.isalpha()]
    if len(idx) < 3:
        return word
    if kind == "weggelaten" and len(idx) >= 4:
        i = rng.choice(idx[1:-1])
        return word[:i] + word[i + 1:]
    if kind == "verwisseld":
        cand = [i for i in idx[:-1] if i > 0 and i + 1 < len(word) and word[i + 1].isalpha() and word[i] != word[i + 1]]
        if cand:
            i = rng.choice(cand)
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "verdubbeld":
        i = rng.choice(idx[1:])
        return word[:i] + word[i] + word[i:]
    if kind == "spaties":
        return " ".join(c for c in word)
    if kind == "cijfers":
        cand = [i for i in idx if word[i].lower() in DIGITS]
        rng.shuffle(cand)
        chars = list(word)
        for i in cand[:rng.choice([1, 2])]:
            chars[i] = DIGITS[word[i].lower()]
        return "".join(chars)
    if kind == "leet":
        chars = list(word)
        for i in idx:
            c = word[i].lower()
            if c == "a" and rng.random() < 0.3:
                chars[i] = "@"
            elif c in DIGITS:
                chars[i] = DIGITS[c]
        return "".join(chars)
    if kind == "hoofdletters":
        return "".join(c.upper() if k % 2 == 0 else c.lower() for k, c in enumerate(word))
    if kind == "streepjes":
        sep = rng.choice(["-", "."])
        if rng.random() < 0.6:
            return sep.join(word)
        i = rng.choice(idx[2:-1]) if len(idx) > 4 else idx[-2]
        return word[:i] + sep + word[i:]
    return word


def fill(template, g="", s="", a=""):
    t = template.replace("[", "").replace("]", "")
    return (t.replace("{G}", g[:1].upper() + g[1:]).replace("{g}", g)
            .replace("{s}", s).replace("{a}", a))


def pick_forms(template, gname):
    _, plural, singular, adjective = GROUPS[gname]
    return rng.choice(plural), (rng.choice(singular) if singular else ""), (rng.choice(adjective) if adjective else "")


def usable(template, gname):
    _, plural, singular, adjective = GROUPS[gname]
    return not (("{s}" in template and not singular) or ("{a}" in template and not adjective))


def tricked(template, g, s, a, kind):
    """Applies kind to the group word (about 55%) or the hostility word; returns the text,
    or None when the trick does not change it."""
    plain = fill(template, g, s, a)
    if kind == "accenten":
        out = strip_accents(plain)
        return out if out != plain else None
    if kind == "hoofdletters" and rng.random() < 0.6:
        out = plain.upper() if rng.random() < 0.5 else plain.lower()
        return out if out != plain else None
    hw = template[template.index("[") + 1:template.index("]")]
    group_word = s if ("{s}" in template and "{g}" not in template and "{G}" not in template) else (a if "{a}" in template else g)
    on_group = rng.random() < 0.55
    if kind == "aaneen":
        target = group_word if on_group else hw
        i = plain.lower().find(target.lower())
        if i < 0:
            return None
        j = i + len(target)
        if i > 0 and plain[i - 1] == " " and (rng.random() < 0.5 or j >= len(plain) or plain[j] != " "):
            return plain[:i - 1] + plain[i:]
        if j < len(plain) and plain[j] == " ":
            return plain[:j] + plain[j + 1:]
        return None
    if on_group:
        words = group_word.split(" ")
        k = max(range(len(words)), key=lambda n: len(words[n]))
        words[k] = trick_word(words[k], kind)
        new = " ".join(words)
        if new == group_word:
            return None
        g2 = new if group_word == g else g
        s2 = new if group_word == s else s
        a2 = new if group_word == a else a
        # a singular form that is repeated ("een goede X is een dode X") is tricked in both places
        out = fill(template, g2, s2, a2)
        return out if out != plain else None
    new = trick_word(hw, kind)
    if new == hw:
        return None
    out = fill(template.replace("[" + hw + "]", new), g, s, a)
    return out if out != plain else None


SLURS = [  # (ground, slur)
    (H, "nikker"), (H, "negerin"), (H, "roetmop"), (H, "makak"), (H, "kutmarokkaan"), (H, "kankerturk"),
    (H, "bosneger"), (H, "spleetoog"), (H, "poepchinees"), (H, "zigeuner"), (H, "polak"), (H, "koelie"),
    (H, "gelukszoeker"), (H, "apenkop"), (H, "zwartje"), (H, "kroeskop"), (H, "zandneger"), (H, "kut-Turk"),
    (H, "bounty"), (H, "woestijnrat"), (H, "kameelneuker"),
    (G, "geitenneuker"), (G, "baardaap"), (G, "kopvod"), (G, "tapijtenduiker"), (G, "muzzie"), (G, "moslimhond"),
    (G, "talibaan"), (G, "muzelman"),
    (A, "kankerjood"), (A, "rotjood"), (A, "smous"), (A, "joodje"), (A, "vuile jood"),
    (S, "flikker"), (S, "poot"), (S, "pot"), (S, "nicht"), (S, "mietje"), (S, "reetridder"), (S, "kontneuker"),
    (S, "bruinwerker"), (S, "lesbo"), (S, "manwijf"), (S, "homootje"), (S, "janet"),
    (T, "travo"), (T, "he-she"), (T, "shemale"), (T, "tranny"), (T, "transje"),
    (X, "hoer"), (X, "slet"), (X, "teef"), (X, "kutwijf"), (X, "sloerie"), (X, "snol"),
    (D, "mongool"), (D, "spast"), (D, "retard"), (D, "downie"), (D, "mongolo\u00efde"), (D, "kankermongool"),
    (L, "ouwe lul"), (L, "ouwe taart"),
]
SLUR_FRAMES = [
    "Hé {s}, kijk uit je doppen.",
    "Ga weg, {s}.",
    "Wat ben jij een {s}.",
    "Kop dicht, {s}.",
    "Niemand zit op jou te wachten, {s}.",
    "Jij bent gewoon een {s}.",
    "Zo'n {s} hoort niet in onze klas.",
]
SLUR_TRICKS = ["gewoon", "gewoon", "weggelaten", "verdubbeld", "cijfers", "hoofdletters", "streepjes", "spaties"]

# Non-hateful contrasts with a group.
NEUTRAL = [
    "Ik heb twee {g} als collega's.",
    "In mijn klas zitten veel {g}.",
    "Er wonen honderdduizenden {g} in Nederland.",
    "We hebben het vandaag in de les over {g} gehad.",
    "Mijn schoonzus is {s}.",
    "De gemeente praat volgende week met {g} over de nieuwe wijk.",
    "Op de markt kwam ik een paar {g} tegen.",
]
POSITIVE = [
    "{G} zijn geweldige mensen.",
    "{G} maken onze stad mooier.",
    "Wat fijn dat er zoveel {g} in ons dorp wonen.",
    "{G} verdienen dezelfde kansen als iedereen.",
    "Respect voor alle {g}!",
    "Ik bewonder {g} om hun doorzettingsvermogen.",
]
NEGATED = [
    "{G} zijn geen tuig.",
    "Ik zou nooit zeggen dat {g} minderwaardig zijn.",
    "Het is gewoon niet waar dat {g} lui zijn.",
    "Ik haat {g} helemaal niet.",
]
COUNTER = [
    "Als je zegt dat {g} ongedierte zijn, ben je zelf het probleem.",
    "Ik schaam me voor mensen die {g} haten.",
    "'{G} moeten dood' is geen mening maar een misdrijf.",
    "Wie {g} uitscheldt, moet daarop aangesproken worden.",
    "Dat reageerders {g} hier vergelijken met ratten, is walgelijk.",
]
RECLAIMED = [
    (S, "homos", "Wij flikkers laten ons door niemand wegjagen."),
    (S, "lesbiennes", "Als trotse pot loop ik gewoon mee in de Pride."),
    (H, "zwarten", "Mijn nigga's en ik gaan vanavond stappen."),
    (S, "homos", "Samen met mijn mede-nichten naar de Canal Parade."),
]

# Texts without a protected group.
NOGROUP = {
    "object": [
        "Ik haat maandagen.", "Die printer kan de pleuris krijgen.", "Ik word kotsmisselijk van dit weer.",
        "Dat nieuwe album is compleet waardeloos.", "Ik walg van koude koffie.", "Deze laptop is echt een kankerding.",
        "Ik heb een bloedhekel aan files.", "Spruitjes zijn het smerigste eten dat er bestaat.",
        "Die reclame op tv moet verboden worden.", "Weg met de zomertijd!", "Ik kan die ringtone niet uitstaan.",
        "Die app is zo achterlijk gemaakt.", "Wat een kutwedstrijd was dat.", "Dit beleid is een ziekte.",
    ],
    "persoon": [
        "Jij bent een klootzak.", "Die scheidsrechter is een idioot.", "Mijn buurman is echt een eikel.",
        "Wat ben jij een sukkel.", "Rot toch op, lul.", "Je bent zo dom als het achtereind van een varken.",
        "Die leraar is een sadist.", "Kop dicht, jij kleine etterbak.", "Mijn ex is een leugenaar en een bedrieger.",
        "Die vent van de garage is een oplichter.", "Jij bent echt het laagste van het laagste.",
        "Wat een hersenloze gast ben jij.",
    ],
    "dreiging_persoon": [
        "Ik ga je vermoorden als je nog een keer aan mijn fiets zit.", "Als je dat nog eens doet, sla ik je in elkaar.",
        "Ik maak je af, knul.", "Pas maar op, ik weet waar je woont.", "Die gast van de snackbar ga ik nog eens in elkaar trappen.",
        "Als mijn broer dat hoort, schiet hij je neer.",
    ],
    "spel": [
        "Ik ga je vermoorden in de volgende ronde, noob.", "Headshot! Ik schiet jullie allemaal neer.",
        "Die zombies moet je allemaal afmaken voor je naar level 3 gaat.", "Ik heb het hele andere team uitgeroeid in Fortnite.",
        "Volgende potje maak ik jullie allemaal kapot.", "Dood die baas eerst, dan krijg je de kist.",
    ],
    "ongeschermde_groep": [
        "Politici zijn tuig.", "Bankiers zijn parasieten.", "Ajax-supporters zijn beesten.", "Journalisten zijn allemaal leugenaars.",
        "Advocaten zijn aasgieren.", "Hooligans moeten ze allemaal opsluiten.", "Fietsers zijn een plaag in de binnenstad.",
        "Influencers zijn het afval van de samenleving.", "Hardrijders zouden hun rijbewijs moeten inleveren.",
        "Pedofielen verdienen geen enkel recht.", "Telemarketeers zijn uitschot.", "Ik haat mensen die voordringen.",
        "Vastgoedhaaien horen niet in onze wijk.", "Fraudeurs zouden nooit meer mogen werken.",
        "Waarom zijn automobilisten altijd zo dom?", "Toeristen zijn een pest voor de stad.",
        "Ik vind kampeerders gewoon walgelijk.", "Managers zijn een stelletje profiteurs.",
    ],
    "dier": [
        "Die ratten in de schuur moeten allemaal dood.", "Wespen zijn ongedierte.", "Muggen moet je uitroeien.",
        "Duiven zijn vliegende ratten.", "Kakkerlakken zijn walgelijk.", "Ik haat spinnen.",
        "Die vossen zou je moeten afschieten.", "Luizen zijn een plaag op de basisschool.",
    ],
    "vloek": [
        "Kut, mijn trein is weer te laat.", "Godverdomme, wat een kutdag.", "Kanker, ik ben mijn sleutels kwijt.",
        "Fuck, vergeten boodschappen te doen.", "Tering, wat is het koud.", "Shit, de wifi doet het weer niet.",
    ],
    "homoniem": [
        "Mijn nicht komt morgen logeren.", "Zet de pot met soep maar op het vuur.", "De poot van de tafel is gebroken.",
        "Onze teef heeft zes puppy's gekregen.", "Ik heb een zwarte kat en een witte hond.",
        "Polen is een prachtig land om te fietsen.", "Die bounty smaakt naar kokos.", "Wat een pareltje van een huis.",
        "Ik kreeg een cadeautje van mijn oma.", "Het zwarte schaap van de familie belt nooit.",
        "De Turkse pizza van die zaak is heerlijk.", "Ik heb Turks fruit gelezen voor mijn lijst.",
        "Mijn opa is blind voor zijn eigen fouten.", "Hij was doof voor alle kritiek.",
    ],
}


def hatecheck():
    rows = []  # (ground, text, label, function)
    names = list(GROUPS)
    counter = 0
    for func, templates in HATE.items():
        for t in templates:
            cands = [n for n in names if usable(t, n)]
            for gname in rng.sample(cands, min(8, len(cands))):
                ground = GROUPS[gname][0]
                g, s, a = pick_forms(t, gname)
                counter += 1
                text, kind = fill(t, g, s, a), "gewoon"
                if rng.random() < 0.6:
                    first = TRICKS[counter % len(TRICKS)]
                    if strip_accents(text) != text and rng.random() < 0.35:
                        first = "accenten"
                    rest = [k for k in TRICKS if k != first]
                    rng.shuffle(rest)
                    for k in [first] + rest:
                        out = tricked(t, g, s, a, k)
                        if out is not None:
                            text, kind = out, k
                            break
                rows.append((ground, text, f"{gname}/{kind}", func))
    for i, (ground, s) in enumerate(SLURS):
        for fi in rng.sample(range(len(SLUR_FRAMES)), 2):
            kind = SLUR_TRICKS[(i + fi) % len(SLUR_TRICKS)]
            word = s
            if kind != "gewoon":
                parts = s.split(" ")
                k = max(range(len(parts)), key=lambda n: len(parts[n]))
                parts[k] = trick_word(parts[k], kind)
                word = " ".join(parts)
                if word == s:
                    kind = "gewoon"
            rows.append((ground, SLUR_FRAMES[fi].replace("{s}", word), f"scheldwoord/{kind}", "scheldwoord"))
    for kind, tpls, n in (("neutraal", NEUTRAL, 5), ("positief", POSITIVE, 5), ("ontkenning", NEGATED, 4),
                          ("tegenspraak", COUNTER, 4)):
        for t in tpls:
            cands = [x for x in names if usable(t, x)]
            for gname in rng.sample(cands, n):
                g, s, a = pick_forms(t, gname)
                rows.append(("-", fill(t, g, s, a), f"{kind}/{gname}", kind))
    for ground, gname, text in RECLAIMED:
        rows.append(("-", text, f"herwonnen/{gname}", "herwonnen"))
    for kind, texts in NOGROUP.items():
        for text in texts:
            rows.append(("-", text, f"geen_groep/{kind}", "geen_groep_" + kind))
    return rows


def write(path, rows, what, label=2):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {what}. Generated by screen/testdata/gendev4hc.py; do not edit by hand.\n")
        f.write("# grounds TAB text TAB label (group/trick, kind/group or geen_groep/kind, for reporting)\n")
        f.write("grounds\ttext\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{r[label]}\n")


if __name__ == "__main__":
    rows = hatecheck()
    seen = set()
    rows = [r for r in rows if not (r[1] in seen or seen.add(r[1]))]
    dev = [r for r in rows if not held(r[1])]
    ho = [r for r in rows if held(r[1])]
    if len(sys.argv) == 3 and sys.argv[1] == "--functions":
        fr = [(r[0], r[1], r[3] + "/" + r[2].split("/")[1]) for r in dev]
        write(sys.argv[2], fr, "HateCheck-style statements (fourth set), development part by functionality")
        sys.exit(0)
    write("screen/testdata/hatecheck-dev4.tsv", dev, "HateCheck-style statements (fourth set), development part")
    write("screen/testdata/hatecheck-heldout4.tsv", ho, "HateCheck-style statements (fourth set), held-out part")
    print(len(dev), len(ho))
