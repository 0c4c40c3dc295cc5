#!/usr/bin/env python3
"""Writes the fifth HateCheck-style sets of issue 11 (run from the repository root):

  python3 screen/testdata/genhc5.py

hatecheck-dev5.tsv / hatecheck-heldout5.tsv: everyday Dutch and Flemish hostile statements
in phrasing the earlier generators hardly use ("ik kan X niet uitstaan", "X verpesten
alles", "weg met X", "X zijn een plaag", "we moeten van X af", "typisch X", comparisons,
rhetorical questions, sarcasm, Flemish "buitensmijten", "ni", "da's"), about 20 groups in
their Dutch forms (plural, adjective + mensen, singular after a determiner, "die X", "al
die X", "jullie X"), hostile statements that use only a slur, and the non-hateful functions
of HateCheck as negatives: neutral and positive statements about a group, negated hate
("ik haat X niet"), counter-speech that quotes hate, and texts without any group that use
the same hostile phrasing about objects, animals, individuals and unprotected groups.

Each hateful (template, group) pair is written once, plain or with one of seven spelling
tricks (labels as in the other sets): a swapped, deleted or doubled letter, the word run
together with its neighbour, spaced letters, digits for letters, signs for letters. About
two thirds of the tricks fall on the group word, the rest on the hostility word.

The held-out part is fixed before anything is measured: a text goes to the held-out file
when the first byte of the SHA-256 of its text, modulo 10, is below 3 (about 30%). The
lexicon is tuned on the development part only; of the held-out file only summary figures
are read. Column 3 is a label for reporting: group/trick for hateful texts and slurs,
kind/group for contrasts, geen_groep/kind for texts without a group. Deterministic (seed
5505).
"""
import hashlib
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genlead_common as common  # noqa: E402

random.seed(5505)

H, G, A, S, T, X, D, L = ("herkomst", "godsdienst", "antisemitisme", "seksuele_gerichtheid",
                           "genderidentiteit", "geslacht", "handicap", "leeftijd")

# group label: (ground, plural forms, singular forms after a determiner)
GROUPS = {
    "vrouwen": (X, ["vrouwen", "wijven", "meiden", "vrouwmensen", "vrouwelijke collega's"], ["vrouw", "wijf", "meid"]),
    "trans": (T, ["transgenders", "transpersonen", "transvrouwen", "transgender mensen", "trans mensen"], ["transgender", "transvrouw", "transman"]),
    "homos": (S, ["homo's", "homoseksuelen", "homofielen", "homoseksuele mensen", "homomannen"], ["homo", "homoseksueel"]),
    "lesbiennes": (S, ["lesbiennes", "lesbische vrouwen", "lesbische mensen"], ["lesbienne"]),
    "biseksuelen": (S, ["biseksuelen", "biseksuele mensen"], ["biseksueel"]),
    "zwarten": (H, ["zwarten", "zwarte mensen", "donkere mensen", "mensen van kleur", "zwarte Nederlanders"], ["zwarte"]),
    "gehandicapten": (D, ["gehandicapten", "mensen met een beperking", "invaliden", "gehandicapte mensen", "rolstoelgebruikers"], ["gehandicapte", "invalide"]),
    "autisten": (D, ["autisten", "autistische mensen", "mensen met autisme"], ["autist"]),
    "doven_blinden": (D, ["doven", "dove mensen", "blinden", "blinde mensen"], ["dove", "blinde"]),
    "moslims": (G, ["moslims", "islamieten", "islamitische mensen", "moslima's", "moslimmannen"], ["moslim", "moslima"]),
    "migranten": (H, ["migranten", "immigranten", "buitenlanders", "allochtonen", "vreemdelingen", "arbeidsmigranten"], ["migrant", "buitenlander", "allochtoon", "vreemdeling"]),
    "vluchtelingen": (H, ["vluchtelingen", "asielzoekers", "statushouders", "asielzoekers uit het azc"], ["vluchteling", "asielzoeker"]),
    "joden": (A, ["joden", "Joden", "joodse mensen", "joodse Nederlanders"], ["jood", "Jood"]),
    "marokkanen": (H, ["Marokkanen", "Marokkaanse mensen", "Marokkaanse jongeren", "Marokkaanse Belgen"], ["Marokkaan"]),
    "turken": (H, ["Turken", "Turkse mensen", "Turkse Belgen", "Koerden"], ["Turk", "Koerd"]),
    "surinamers": (H, ["Surinamers", "Antillianen", "Surinaamse mensen", "Kaapverdianen"], ["Surinamer", "Antilliaan"]),
    "aziaten": (H, ["Chinezen", "Aziaten", "Chinese mensen", "Japanners", "Indonesiërs"], ["Chinees", "Aziaat"]),
    "afrikanen": (H, ["Afrikanen", "Congolezen", "Nigerianen", "Afrikaanse mensen", "Ghanezen"], ["Afrikaan", "Congolees"]),
    "oosteuropeanen": (H, ["Polen", "Roemenen", "Bulgaren", "Oost-Europeanen", "Poolse mensen"], ["Pool", "Roemeen"]),
    "roma": (H, ["zigeuners", "Roma", "woonwagenbewoners", "woonwagenmensen"], ["zigeuner", "woonwagenbewoner"]),
    "ouderen": (L, ["ouderen", "bejaarden", "oude mensen", "boomers", "senioren"], ["bejaarde", "oudere"]),
    "christenen": (G, ["christenen", "katholieken", "gereformeerden", "christelijke mensen"], ["christen", "katholiek"]),
}

# Hateful templates. {p}/{P}: a plural form (capitalised at the start); {s}: a singular
# form. The word in [brackets] is the hostility word a trick may target.
HATE = [
    # aversion in everyday words
    "Ik kan {p} echt niet [uitstaan].",
    "Ik kan die {p} niet [uitstaan], sorry.",
    "Ik kan al die {p} niet meer [zien].",
    "Ik heb echt een [pesthekel] aan {p}.",
    "Ik heb [schijt] aan {p}.",
    "Ik moet niks van {p} [hebben].",
    "Bah, {p}. Ik word er [kotsmisselijk] van.",
    "Ik spuug op {p}, [tuig] is het.",
    "Ik gun {p} helemaal [niks].",
    "Ik kan die {p} ni [luchten].",
    "Ik zie die {p} nie [graag], echt ni.",
    # they ruin everything
    "{P} [verpesten] alles.",
    "Die {p} [verpesten] onze buurt.",
    "Al die {p} [verzieken] dit land.",
    "{P} maken alles [kapot] waar ze komen.",
    "Het is de [schuld] van {p}, zoals altijd.",
    "{P} zijn de [schuld] van alle ellende hier.",
    # away with them
    "Weg met {p}!",
    "[Weg] met al die {p}.",
    "We moeten van {p} [af].",
    "Ik wil van al die {p} [af].",
    "{P} moeten [oprotten].",
    "Al die {p} kunnen [oprotten] naar hun eigen land.",
    "[Smijt] die {p} buiten.",
    "Die {p} moeten [buiten], allemaal.",
    "Zet die {p} op de eerste [boot] terug.",
    "[Oprotten], {p}!",
    "Jullie {p} hebben hier niks te [zoeken].",
    "Jullie {p} zijn hier niet [welkom].",
    "Ik wil geen {p} als [buren].",
    "Hoe eerder {p} [verdwijnen], hoe beter.",
    "Zonder {p} zou het hier een stuk [beter] zijn.",
    # plague, vermin, comparisons
    "{P} zijn een [plaag].",
    "Die {p} zijn een echte [plaag] geworden.",
    "{P} zijn erger dan [ratten].",
    "{P} gedragen zich als [beesten].",
    "Een {s} is nog minder [waard] dan een hond.",
    "{P} zijn net [kakkerlakken], je komt ze overal tegen.",
    "{P} horen in een [kooi].",
    "Die {p} zijn [vuil] gespuis.",
    "{P} zijn het [uitschot] van de maatschappij.",
    "{P} zijn een [schande] voor de mensheid.",
    "{P} zijn [tuig] van de richel.",
    "{P} [stinken] allemaal.",
    # inferiority, stereotype
    "{P} zijn nog [dommer] dan het achtereind van een varken.",
    "{P} zijn te [lui] om te werken.",
    "{P} zijn gewoon [achterlijk].",
    "Een {s} snapt echt [niks].",
    "[Typisch] {p}, altijd aan het zeuren.",
    "Da's [typisch] voor {p}: liegen en stelen.",
    "Typisch een {s}, [stelen] en liegen.",
    "{P} kunnen alleen maar [profiteren].",
    "{P} zijn allemaal [profiteurs].",
    "Jullie {p} zijn het [probleem] van dit land.",
    # threats
    "Ik trap elke {s} die ik zie in [elkaar].",
    "Als ik een {s} zie, [sla] ik hem verrot.",
    "Dood aan {p}!",
    "Al die {p} mogen van mij [verzuipen].",
    "{P} moeten ze allemaal [opsluiten].",
    "Steek die {p} in een [kamp].",
    "Zet al die {p} tegen de [muur].",
    "Ik ga die {p} een lesje [leren], met mijn honkbalknuppel.",
    # rhetorical questions, sarcasm
    "Zijn {p} eigenlijk wel [mensen]?",
    "Wie heeft al die {p} eigenlijk [binnengelaten]?",
    "Wat [moeten] we hier in godsnaam met {p}?",
    "Waarom [rotten] {p} niet gewoon op?",
    "Wie wil er nou {p} als [collega]?",
    "Oh ja, {p}, echt een [verrijking] voor ons land. Niet dus.",
    "Geweldig hoor, nog meer {p} in de straat. Kan niet [wachten] tot alles gestolen is.",
    # profanity
    "[Kanker] op, {p}.",
    "[Tyf] op met je {p}.",
    "Fucking {p}, ik [haat] ze.",
    "Die [kut] {p} ook altijd.",
]

TRICKS = ["verwisseld", "weggelaten", "verdubbeld", "aaneen", "spaties", "cijfers", "tekens"]
DIGITS = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
SIGNS = {"a": "@", "s": "$", "i": "!", "e": "€"}


def fill(t, p, s):
    t = t.replace("[", "").replace("]", "")
    return t.replace("{P}", p[:1].upper() + p[1:]).replace("{p}", p).replace("{s}", s)


def trick_word(w, kind):
    core = w.replace("'", "")
    if len(core) < 4 and kind in ("verwisseld", "weggelaten", "verdubbeld"):
        return None
    if kind == "verwisseld":
        for _ in range(10):
            out = common.swap(core)
            if out != core:
                return out
        return None
    if kind == "weggelaten":
        return common.dele(core)
    if kind == "verdubbeld":
        return common.dbl(core)
    if kind == "spaties":
        return common.spaced(core)
    if kind == "cijfers":
        return common.leet(core, DIGITS, 0.4)
    if kind == "tekens":
        out = common.leet(core, SIGNS, 0.5)
        return out if out != core else None
    return None


def tricked(t, p, s, kind):
    """Applies kind to the group word (about two thirds) or the hostility word; returns the
    text, or None when the trick does not apply."""
    plain = fill(t, p, s)
    hw = t[t.index("[") + 1:t.index("]")] if "[" in t else None
    gw = s if "{s}" in t else p
    on_group = hw is None or random.random() < 0.67
    target = gw if on_group else hw
    if kind == "aaneen":
        # run the target together with its neighbour before or after it
        m = re.search(r"(?<!\w)" + re.escape(target) + r"(?!\w)", plain, re.IGNORECASE)
        if m is None:
            return None
        i, j = m.start(), m.end()
        before = i > 0 and plain[i - 1] == " "
        after = j < len(plain) and plain[j] == " "
        if before and (not after or random.random() < 0.6):
            return plain[:i - 1] + plain[i:]
        if after:
            return plain[:j] + plain[j + 1:]
        return None
    words = target.split(" ")
    k = max(range(len(words)), key=lambda n: len(words[n]))
    new = trick_word(words[k], kind)
    if new is None or new == words[k]:
        return None
    words[k] = new
    new_target = " ".join(words)
    if on_group:
        out = fill(t, new_target if gw == p else p, new_target if gw == s else s)
    else:
        out = fill(t.replace("[" + hw + "]", new_target), p, s)
    return out if out != plain else None


# Hostile statements that use only a slur (group implied by the slur).
SLUR_HATE = [
    (H, "Al die nikkers moeten [weg]."), (H, "Die negers verpesten [alles]."), (H, "Ik kan die makakken niet [uitstaan]."),
    (H, "Weg met die kutmarokkanen!"), (H, "Al die mocro's kunnen [oprotten]."), (H, "Kankerturken, rot op naar je [land]."),
    (H, "Die geitenneukers zijn een [plaag]."), (H, "Typisch zo'n roetmop, [stelen] en liegen."),
    (H, "Die spleetogen zijn overal, bah."), (H, "Ik wil geen zandnegers in mijn [straat]."),
    (H, "Die gelukszoekers moeten we [terugsturen]."), (H, "Stelletje apenkoppen, ga terug naar de [jungle]."),
    (G, "Baardapen horen hier [niet]."), (G, "Die kopvoddendragers verpesten [alles]."), (G, "Weg met al die muzzies."),
    (A, "Die smousen verpesten [alles]."), (A, "Rotjoden, jullie zijn een [plaag]."), (A, "Kankerjoden moeten allemaal [dood]."),
    (S, "Die flikkers verpesten [alles]."), (S, "Ik kan die nichten niet [uitstaan]."), (S, "Weg met de flikkers!"),
    (S, "Al die mietjes moeten ze [opsluiten]."), (S, "Die potten zijn echt [walgelijk]."), (S, "Reetridders horen in de [gevangenis]."),
    (T, "Die travo's zijn een [schande]."), (T, "Weg met die trannies."), (T, "Ik kan die he-shes niet [uitstaan]."),
    (X, "Die sletten verpesten [alles]."), (X, "Wijven horen in de [keuken]."), (X, "Al die hoeren moeten [oprotten]."),
    (X, "Kutwijven zijn een [plaag]."),
    (D, "Die mongolen moeten ze [opsluiten]."), (D, "Weg met die spastici."), (D, "Ik kan die mongooltjes niet [uitstaan]."),
    (D, "Die downies horen in een [kooi]."), (D, "Kankermongolen, rot toch [op]."),
    (L, "Die ouwe lullen moeten eens [dood]."), (L, "Weg met die boomers, ze verpesten [alles]."),
]
SLUR_TRICKS = ["gewoon", "gewoon", "verwisseld", "weggelaten", "verdubbeld", "spaties", "cijfers", "tekens"]

NEUTRAL = [
    "Mijn buren zijn {p}.",
    "Er wonen veel {p} in onze wijk.",
    "Al die {p} in mijn klas zijn gewoon mijn vrienden.",
    "Ik ken een {s} die bij de bakker werkt.",
    "Jullie {p} zijn van harte welkom op ons buurtfeest.",
    "Vanavond is er een documentaire over {p}.",
]
POSITIVE = [
    "Ik hou van {p}.",
    "{P} zijn een verrijking voor onze stad.",
    "Die {p} doen het echt goed op school.",
    "Wat een toffe mensen, die {p}.",
    "Zonder {p} zou dit land een stuk saaier zijn.",
]
NEGATED = [
    "Ik haat {p} niet.",
    "Ik kan {p} prima uitstaan.",
    "{P} zijn geen plaag, wat een onzin.",
    "Ik heb niks tegen {p}.",
    "{P} verpesten helemaal niks.",
]
COUNTER = [
    "Wie zegt dat {p} een plaag zijn, moet zich schamen.",
    "'Weg met {p}' roepen is gewoon haatzaaien.",
    "Stop met {p} de schuld te geven van alles.",
    "Ik snap niet dat mensen nog steeds denken dat {p} minder waard zijn.",
    "Hij riep 'rot op, {p}', en daar is hij terecht voor opgepakt.",
    "Zeggen dat {p} tuig zijn, is gewoon racisme.",
]

NOGROUP = {
    "object": [
        "Ik kan die herrie niet uitstaan.", "Weg met de maandag!", "Die nieuwe regels verpesten alles.",
        "We moeten van die oude bank af.", "Ik heb een pesthekel aan files.", "Ik heb schijt aan de mening van de krant.",
        "Typisch de NS, weer vertraging.", "Die app is echt achterlijk gemaakt.", "Dit weer is een plaag.",
        "Weg met die lelijke lantaarnpalen.", "Die stomme printer stinkt.", "Ik word kotsmisselijk van die reclame.",
        "Ik kan die liedjes niet meer horen.", "Kanker op met je belastingformulier.", "Tyf op met die spam.",
        "Zonder die bouwput zou het hier een stuk beter zijn.", "Wat moeten we hier in godsnaam met een tweede rotonde?",
    ],
    "dier": [
        "Muggen zijn een plaag.", "Die duiven verpesten het hele balkon.", "We moeten van die ratten in de schuur af.",
        "Ik kan die wespen niet uitstaan.", "Die mollen maken het hele gazon kapot.", "Kakkerlakken horen in de vuilnisbak.",
        "Weg met die meeuwen!", "Die muizen moeten allemaal dood.", "Luizen zijn erger dan ratten.",
    ],
    "persoon": [
        "Ik kan mijn schoonmoeder niet uitstaan.", "Die vent verpest alles.", "Rot op, eikel.", "Typisch Kevin, weer te laat.",
        "Mijn baas is een plaag.", "Die scheidsrechter is gewoon achterlijk.", "Oprotten, jij!", "Jij bent het probleem hier.",
        "Als ik die fietsendief zie, sla ik hem verrot.", "Ik trap die gast van de overkant nog eens in elkaar.",
        "Ik ga die buurman een lesje leren.", "Die jongen is een schande voor de familie.",
    ],
    "ongeschermde_groep": [
        "Politici verpesten alles.", "Weg met die bankiers!", "Ik kan die hipsters niet uitstaan.", "Toeristen zijn een plaag.",
        "We moeten van al die managers af.", "Typisch advocaten, altijd aan het zeuren.", "Die hooligans horen in een kooi.",
        "Al die influencers kunnen oprotten.", "Jullie Feyenoorders zijn het uitschot van de competitie.",
        "Ik heb een pesthekel aan fietsers die door rood rijden.", "Vastgoedhaaien zijn tuig van de richel.",
        "Telemarketeers moeten oprotten.", "Zijn ambtenaren eigenlijk wel mensen?", "Ik wil geen rokers als buren.",
        "Die Ajacieden zijn erger dan ratten.", "Dood aan de pedofielen!", "Die hardrijders moeten ze allemaal opsluiten.",
    ],
    "spel": [
        "Ik trap je in elkaar in de volgende ronde.", "Weg met dat andere team!", "Die noobs verpesten alles.",
        "Dood aan de zombies!", "Ik sla die eindbaas verrot.",
    ],
    "homoniem": [
        "Mijn nicht komt morgen langs.", "De pot pindakaas is leeg.", "Polen is een mooi land.",
        "Ik heb een zwarte trui gekocht.", "Weg met de zwarte piet-discussie, zegt de burgemeester.",
        "De Turkse pizza was heerlijk.", "Zijn die Chinese lantaarns al binnen?",
    ],
}


def held(text):
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 10 < 3


def rows():
    out = []
    names = list(GROUPS)
    n = 0
    for t in HATE:
        for gname in random.sample(names, 11):
            ground, plurals, singulars = GROUPS[gname]
            p, s = random.choice(plurals), random.choice(singulars)
            text, kind = fill(t, p, s), "gewoon"
            n += 1
            if random.random() < 0.55:
                first = n % len(TRICKS)
                for k in TRICKS[first:] + TRICKS[:first]:
                    tt = tricked(t, p, s, k)
                    if tt is not None:
                        text, kind = tt, k
                        break
            out.append((ground, text, f"{gname}/{kind}"))
    for i, (ground, t) in enumerate(SLUR_HATE):
        kind = SLUR_TRICKS[i % len(SLUR_TRICKS)]
        text = fill(t, "", "")
        if kind != "gewoon":
            words = text.rstrip(".!").split(" ")
            k = max(range(len(words)), key=lambda m: len(words[m].strip(",'")))
            w = words[k].strip(",'")
            new = trick_word(w, kind)
            if new:
                text = text.replace(w, new, 1)
            else:
                kind = "gewoon"
        out.append((ground, text, f"scheldwoord/{kind}"))
    for kind, tpls, m in (("neutraal", NEUTRAL, 7), ("positief", POSITIVE, 7), ("ontkenning", NEGATED, 7),
                          ("tegenspraak", COUNTER, 7)):
        for t in tpls:
            for gname in random.sample(names, m):
                _, plurals, singulars = GROUPS[gname]
                out.append(("-", fill(t, random.choice(plurals), random.choice(singulars)), f"{kind}/{gname}"))
    for kind, texts in NOGROUP.items():
        for text in texts:
            out.append(("-", text, f"geen_groep/{kind}"))
    return out


if __name__ == "__main__":
    all_rows = rows()
    dev = [r for r in all_rows if not held(r[1])]
    ho = [r for r in all_rows if held(r[1])]
    a = common.write_set("hatecheck-dev5.tsv", "HateCheck-style statements (fifth set), development part. Generated by screen/testdata/genhc5.py; do not edit by hand.", dev)
    b = common.write_set("hatecheck-heldout5.tsv", "HateCheck-style statements (fifth set), held-out part: only its summary is read. Generated by screen/testdata/genhc5.py; do not edit by hand.", ho)
    print(a, b)
