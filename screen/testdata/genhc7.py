#!/usr/bin/env python3
"""Seventh HateCheck-style evaluation set for the Dutch hate-speech screen.

This script writes two files next to itself:

  hatecheck-dev7.tsv      development part
  hatecheck-heldout7.tsv  held-out part

Each data row is ``grounds<TAB>text<TAB>label``.  ``grounds`` names the
protected ground of a hateful text (herkomst, godsdienst, antisemitisme,
seksuele_gerichtheid, genderidentiteit, geslacht, handicap, leeftijd) and is
empty for a text that is not hateful.  The label is reporting detail:

  <group>/<trick>               hateful statement; trick is gewoon (plain) or
                                one of weggelaten, verwisseld, verdubbeld,
                                aaneen, spaties, cijfers, tekens
  <group>/scheldwoord[-<trick>] slur aimed at a person, plain or disguised
  <kind>/<group>                not hateful: neutraal, positief, ontkenning
                                (negated hate), tegenspraak (counter-speech
                                that quotes or rejects hate, slurs included)
  geen_groep/<kind>             no protected group: object, dier, persoon,
                                ongeschermde_groep, homoniem

How the set was written.  The statements follow the functional tests of
HateCheck (Roettger et al. 2021, "HateCheck: functional tests for hate speech
detection models"): hatred, dehumanisation, threats, exclusion, contempt,
slurs, calls to action, rhetorical questions, sarcasm and comparisons, each
against 24 target groups, with contrasts that share the wording but are not
hateful (negation, counter-speech, neutral and positive mentions, the same
hostile phrasing about objects, animals, named individuals and unprotected
groups, and homonyms of group words).  The templates, group forms and slurs
were written from a Dutch (and some Flemish) speaker's knowledge of everyday
and online language.  The engine's lexicon, rules, code, documentation and
other test sets were NOT read while writing this set (only the first three
lines of one earlier hatecheck TSV were looked at, for the file format), and
the engine was not run against it; the set is meant to measure the engine,
not to mirror it.

About 45% of the hateful rows carry one spelling trick, spread evenly over
the seven tricks (aaneen and weggelaten a little more), roughly two thirds on
the group word (or slur) and one third on the hostile word.  Output is
deterministic: one random.Random(7707) drives every choice, and no two rows
share a text (compared case-insensitively, ignoring final punctuation).

Held-out split, fixed before anything was measured: a row goes to the
held-out file when the first byte of SHA-256("hc7:" + text), taken modulo 10,
is below 3 (about 30% of rows); every other row goes to the development file.
"""

import collections
import hashlib
import os
import random

RNG = random.Random(7707)

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "hatecheck-dev7.tsv")
HELDOUT = os.path.join(HERE, "hatecheck-heldout7.tsv")

TRICKS = ["weggelaten", "verwisseld", "verdubbeld", "aaneen", "spaties",
          "cijfers", "tekens"]

# ---------------------------------------------------------------------------
# Groups.  In group forms the word that a trick may disguise is between < >.
# plural: bare plural forms (first one is the most common);
# sing: singular nouns usable after een/elke/zo'n/die;
# slurs: (singular, plural, gender) of slurs used against the group.
# ---------------------------------------------------------------------------

GROUPS = collections.OrderedDict()


def group(name, ground, plural, sing, slurs, specific, migr=False):
    GROUPS[name] = dict(ground=ground, plural=plural, sing=sing, slurs=slurs,
                        specific=specific, migr=migr)


group("vrouwen", "geslacht",
      ["<vrouwen>", "<vrouwmensen>", "<meiden>", "<vrouwen>"],
      ["<vrouw>", "<meid>"],
      [("hoer", "hoeren", "de"), ("slet", "sletten", "de"),
       ("teef", "teven", "de"), ("kutwijf", "kutwijven", "het"),
       ("trut", "trutten", "de")],
      ["{G} horen in de [keuken] en verder nergens",
       "{G} moeten hun [bek] houden en doen wat mannen zeggen",
       "een {Gs} hoort [onderdanig] te zijn",
       "{G} zijn te [dom] om te mogen stemmen"])

group("trans", "genderidentiteit",
      ["<transgenders>", "<transpersonen>", "<transvrouwen>", "<trans> mensen",
       "<transseksuelen>", "<transgender> mensen"],
      ["<transpersoon>", "<transvrouw>", "<transgender>"],
      [("travo", "travo's", "de"), ("transfreak", "transfreaks", "de"),
       ("shemale", "shemales", "de")],
      ["{G} zijn [geestesziek]",
       "{G} zijn een [gevaar] voor onze kinderen",
       "een {Gs} is gewoon een [zieke] gek"])

group("homos", "seksuele_gerichtheid",
      ["<homo's>", "<homoseksuelen>", "<homomannen>", "<homoseksuele> mensen",
       "<homootjes>"],
      ["<homo>", "<homoseksueel>"],
      [("flikker", "flikkers", "de"), ("nicht", "nichten", "de"),
       ("mietje", "mietjes", "het"), ("poot", "poten", "de"),
       ("reetridder", "reetridders", "de"),
       ("kontneuker", "kontneukers", "de")],
      ["{G} zijn [ziek] en moeten genezen worden",
       "{G} zijn allemaal [pedofielen]",
       "{G} zouden van het dak [gegooid] moeten worden"])

group("lesbiennes", "seksuele_gerichtheid",
      ["<lesbiennes>", "<lesbische> vrouwen", "<lesbische> meiden",
       "<lesbiennes>", "<lesbische> stellen"],
      ["<lesbienne>", "<lesbienne>"],
      [("pot", "potten", "de"), ("lesbo", "lesbo's", "de"),
       ("manwijf", "manwijven", "het"), ("kutlesbo", "kutlesbo's", "de")],
      ["{G} hebben gewoon nog nooit een echte vent gehad, [zielig]",
       "{G} zijn [mislukte] vrouwen",
       "{G} moeten gewoon eens goed [gecorrigeerd] worden",
       "{G} zijn [ranzig]"])

group("biseksuelen", "seksuele_gerichtheid",
      ["<biseksuelen>", "<biseksuele> mensen", "<bi's>", "<biseksuelen>"],
      ["<biseksueel>"],
      [("bislet", "bisletten", "de"), ("halve <flikker>", "halve <flikkers>", "de"),
       ("bihoer", "bihoeren", "de")],
      ["{G} zijn [hebberige] sletten die niet kunnen kiezen",
       "{G} zijn [onbetrouwbaar] en verspreiden ziektes",
       "{G} bestaan niet, het zijn gewoon [aandachtshoeren]"])

group("zwarten", "herkomst",
      ["<zwarten>", "<zwarte> mensen", "<donkere> mensen", "<zwarte> mannen",
       "<zwarten>", "<zwarte> vrouwen"],
      ["<zwarte>", "<zwarte>"],
      [("neger", "negers", "de"), ("nikker", "nikkers", "de"),
       ("roetmop", "roetmoppen", "de"), ("zwartjoekel", "zwartjoekels", "de"),
       ("kroeskop", "kroeskoppen", "de"), ("aap", "apen", "de")],
      ["{G} zijn net [apen]",
       "{G} moeten terug naar de [plantage]",
       "{G} zijn allemaal [criminelen]",
       "{G} hadden [slaven] moeten blijven"], migr=True)

group("gehandicapten", "handicap",
      ["<gehandicapten>", "<gehandicapte> mensen", "mensen met een <beperking>",
       "<invaliden>", "verstandelijk <gehandicapten>"],
      ["<gehandicapte>", "<invalide>"],
      [("mongool", "mongolen", "de"), ("spast", "spasten", "de"),
       ("debiel", "debielen", "de"), ("kreupele", "kreupelen", "de")],
      ["{G} hadden bij de geboorte al [weggedaan] moeten worden",
       "{G} kosten ons alleen maar [geld]",
       "{G} zijn [waardeloos] voor de maatschappij"])

group("autisten", "handicap",
      ["<autisten>", "<autistische> mensen", "mensen met <autisme>",
       "<autisten>"],
      ["<autist>"],
      [("autistje", "autistjes", "het"), ("kutautist", "kutautisten", "de"),
       ("kankerautist", "kankerautisten", "de")],
      ["{G} zijn [gestoorde] robots zonder gevoel",
       "{G} horen in een [inrichting]",
       "{G} zijn [defecte] mensen"])

group("doven_blinden", "handicap",
      ["<blinden>", "<doven>", "<slechtzienden>", "<blinde> mensen",
       "<dove> mensen", "<blinden>", "<doven>"],
      ["<blinde>", "<dove>", "<slechtziende>"],
      [("doofstomme", "doofstommen", "de"), ("kutblinde", "kutblinden", "de"),
       ("<blinde> mol", "<blinde> mollen", "de"),
       ("<dove> kwartel", "<dove> kwartels", "de"),
       ("kankerdove", "kankerdoven", "de")],
      ["{G} zijn [nutteloos]",
       "{G} moeten niet zeuren en gewoon [thuisblijven]",
       "{G} zijn een [last] voor iedereen",
       "{G} horen opgesloten in een [tehuis]"])

group("moslims", "godsdienst",
      ["<moslims>", "<islamieten>", "<moslima's>", "<islamitische> mensen",
       "<moslimmannen>", "<moslims>"],
      ["<moslim>", "<moslima>", "<islamiet>"],
      [("geitenneuker", "geitenneukers", "de"), ("baardaap", "baardapen", "de"),
       ("moslimrat", "moslimratten", "de"),
       ("kankermoslim", "kankermoslims", "de")],
      ["{G} zijn allemaal [terroristen]",
       "{G} moeten [gedeporteerd] worden",
       "de islam en {G} moeten [verboden] worden"], migr=True)

group("migranten", "herkomst",
      ["<migranten>", "<immigranten>", "<allochtonen>", "<buitenlanders>",
       "<arbeidsmigranten>", "<nieuwkomers>"],
      ["<migrant>", "<allochtoon>", "<buitenlander>"],
      [("kutallochtoon", "kutallochtonen", "de"),
       ("kutbuitenlander", "kutbuitenlanders", "de"),
       ("kankerallochtoon", "kankerallochtonen", "de")],
      ["{G} komen hier alleen om te [profiteren]",
       "{G} zijn [criminelen] die ons land verpesten",
       "[deporteer] alle {Gb}"], migr=True)

group("vluchtelingen", "herkomst",
      ["<vluchtelingen>", "<asielzoekers>", "<statushouders>",
       "<vluchtelingen>"],
      ["<vluchteling>", "<asielzoeker>"],
      [("gelukszoeker", "gelukszoekers", "de"),
       ("asielprofiteur", "asielprofiteurs", "de"),
       ("kutvluchteling", "kutvluchtelingen", "de")],
      ["{G} zijn [gelukszoekers] en verkrachters",
       "zet {G} terug in hun [bootjes]",
       "{G} moeten we gewoon laten [verzuipen]"], migr=True)

group("joden", "antisemitisme",
      ["<joden>", "<Joden>", "<joodse> mensen", "<joodse> families"],
      ["<jood>", "<Jood>"],
      [("smous", "smousen", "de"), ("kankerjood", "kankerjoden", "de"),
       ("rotjood", "rotjoden", "de")],
      ["{G} zijn [hebberige] uitvreters",
       "{G} hadden allemaal [vergast] moeten worden",
       "{G} beheersen de wereld en moeten [vernietigd] worden",
       "Hitler had [gelijk] over {G}"], migr=True)

group("marokkanen", "herkomst",
      ["<Marokkanen>", "<Marokkaanse> mensen", "<Marokkaanse> jongens",
       "<Marokkaantjes>", "<mocro's>", "<Marokkanen>"],
      ["<Marokkaan>"],
      [("kutmarokkaan", "kutmarokkanen", "de"), ("makak", "makakken", "de"),
       ("kankermarokkaan", "kankermarokkanen", "de")],
      ["{G} zijn allemaal [dieven]",
       "{G} zijn [straatterroristen]",
       "{G} moeten het land [uitgezet] worden"], migr=True)

group("turken", "herkomst",
      ["<Turken>", "<Turkse> mensen", "<Turkse> jongens", "<Turkjes>",
       "<Turken>"],
      ["<Turk>"],
      [("kutturk", "kutturken", "de"), ("kankerturk", "kankerturken", "de")],
      ["{G} zijn [achterlijke] geitenhoeders",
       "{G} zijn [agressief] en gevaarlijk",
       "{G} moeten [oprotten] naar Turkije"], migr=True)

group("surinamers", "herkomst",
      ["<Surinamers>", "<Surinaamse> mensen", "<Suri's>",
       "<Surinaamse> Nederlanders", "<Surinamers>"],
      ["<Surinamer>"],
      [("bosneger", "bosnegers", "de"), ("kutsurinamer", "kutsurinamers", "de")],
      ["{G} zijn allemaal [dealers]",
       "{G} zijn te [lui] om te werken",
       "{G} moeten terug naar [Suriname]"], migr=True)

group("aziaten", "herkomst",
      ["<Aziaten>", "<Aziatische> mensen", "<Chinezen>", "<Chinese> mensen",
       "<Aziaten>"],
      ["<Aziaat>", "<Chinees>"],
      [("spleetoog", "spleetogen", "de"), ("pinda", "pinda's", "de"),
       ("kutchinees", "kutchinezen", "de")],
      ["{G} eten honden en zijn zelf ook [beesten]",
       "{G} verspreiden [ziektes]",
       "{G} hebben het virus gebracht en moeten [weg]"], migr=True)

group("afrikanen", "herkomst",
      ["<Afrikanen>", "<Afrikaanse> mensen", "mensen uit <Afrika>",
       "<Afrikanen>"],
      ["<Afrikaan>"],
      [("bananenvreter", "bananenvreters", "de"), ("bosaap", "bosapen", "de"),
       ("kutafrikaan", "kutafrikanen", "de")],
      ["{G} zijn [wilden] die in hutten horen",
       "{G} zijn nog maar net uit de [boom] geklommen",
       "{G} brengen alleen maar [ellende] en ziektes"], migr=True)

group("oosteuropeanen", "herkomst",
      ["<Oost-Europeanen>", "<Oost-Europese> arbeiders", "<Roemenen>",
       "<Bulgaren>", "<Oost-Europese> mensen"],
      ["<Oost-Europeaan>", "<Roemeen>", "<Bulgaar>"],
      [("oostblokker", "oostblokkers", "de"), ("kutroemeen", "kutroemenen", "de"),
       ("kutbulgaar", "kutbulgaren", "de")],
      ["{G} zijn allemaal [zuiplappen]",
       "{G} zijn [dieven] die onze banen pikken",
       "{G} moeten hier [weg]"], migr=True)

group("polen", "herkomst",
      ["<Polen>", "<Poolse> mensen", "<Poolse> arbeiders", "<Poolse> werknemers",
       "<Polen>", "<Poolse> gastarbeiders"],
      ["<Pool>", "<Pool>"],
      [("Polak", "Polakken", "de"), ("kutpool", "kutpolen", "de"),
       ("kankerpool", "kankerpolen", "de")],
      ["{G} zijn allemaal [zuipschuiten]",
       "{G} pikken onze [banen] en moeten weg",
       "{G} zijn [dronken] tuig",
       "{G} zijn alleen goed voor het [vuile] werk"], migr=True)

group("roma", "herkomst",
      ["<Roma>", "<Roma>-families", "Sinti en <Roma>", "<Roma>"],
      ["<Roma>"],
      [("zigeuner", "zigeuners", "de"), ("kutzigeuner", "kutzigeuners", "de")],
      ["{G} zijn allemaal [dieven]",
       "{G} zijn [zakkenrollers] en bedelaars",
       "{G} moeten uit onze stad [verjaagd] worden"], migr=True)

group("christenen", "godsdienst",
      ["<christenen>", "<christelijke> mensen", "<katholieken>",
       "<protestanten>", "<christenen>"],
      ["<christen>", "<katholiek>"],
      [("christenhond", "christenhonden", "de"),
       ("bijbelfreak", "bijbelfreaks", "de"), ("kwezel", "kwezels", "de"),
       ("jezusfreak", "jezusfreaks", "de")],
      ["{G} zijn [hersenloze] schapen",
       "{G} zijn [hypocriete] kindermisbruikers",
       "{G} moeten we [uitroeien]"])

group("ouderen", "leeftijd",
      ["<ouderen>", "<bejaarden>", "<oudjes>", "<oude> mensen", "<boomers>",
       "<gepensioneerden>"],
      ["<oudere>", "<bejaarde>", "<boomer>"],
      [("fossiel", "fossielen", "het"), ("kutboomer", "kutboomers", "de"),
       ("kutbejaarde", "kutbejaarden", "de")],
      ["{G} moeten maar snel [doodgaan], scheelt pensioen",
       "{G} zijn [nutteloze] vreters",
       "{G} hadden we met corona moeten laten [creperen]"])

group("jongeren", "leeftijd",
      ["<jongeren>", "<jongelui>", "<tieners>", "<pubers>", "<jonge> mensen"],
      ["<jongere>", "<tiener>", "<puber>"],
      [("snotneus", "snotneuzen", "de"), ("snotaap", "snotapen", "de"),
       ("etterbak", "etterbakken", "de")],
      ["{G} zijn allemaal [tuig]",
       "{G} zijn [verwende] nietsnutten",
       "{G} moeten we [opsluiten] tot ze dertig zijn"])

BOOSTED = {"polen", "lesbiennes", "doven_blinden", "zwarten"}

# ---------------------------------------------------------------------------
# Hostile templates.  {G}: plural group phrase (may take a determiner),
# {Gb}: bare plural, {Gs}: singular noun.  The hostile word is between [ ].
# ---------------------------------------------------------------------------

GENERAL = [
    # hatred
    "ik [haat] {G}",
    "ik [walg] van {G}",
    "ik kan {G} echt niet [luchten]",
    "ik [spuug] op {G}",
    "ik word [kotsmisselijk] van {G}",
    "ik heb een [hekel] aan {G}, allemaal",
    "ik kan die {Gb} ni [uitstaan]",                       # Flemish
    # dehumanisation
    "{G} zijn gewoon [beesten]",
    "{G} zijn [ongedierte] en zo moet je ze ook behandelen",
    "{G} zijn [parasieten] die op onze kosten leven",
    "{G} horen in een [kooi]",
    "{G} horen thuis in de [dierentuin]",
    "{G} zijn geen echte [mensen]",
    "waarom zouden we {G} als [mensen] behandelen?",
    # threats and violence
    "{G} moeten allemaal [afgemaakt] worden",
    "ik ga die {Gb} hier in de buurt in elkaar [slaan]",
    "{G} verdienen de [kogel]",
    "{G} moeten [uitgeroeid] worden",
    "alle {Gb} moeten [dood]",
    "ik zou {G} het liefst allemaal [afknallen]",
    "{G} moet je [vergassen]",
    "{G} kun je beter [afschieten]",
    "ik steek de huizen van {G} nog eens in de [fik]",
    "{G} mogen van mij [creperen]",
    # exclusion
    "{G} horen hier gewoon niet [thuis]",
    "geen {Gb} in onze straat!",
    "[weg] met {G}",
    "ik wil geen {Gb} in mijn buurt",
    "de wereld is beter af [zonder] {G}",
    "{G} moeten [oprotten]",
    "smijt {G} allemaal [buiten]",                          # Flemish
    "allez, [buiten] met {G}!",                             # Flemish
    # contempt and inferiority
    "{G} zijn zo [dom] als het achtereind van een varken",
    "{G} zijn allemaal [lui]",
    "{G} zijn [vies] en ze stinken",
    "{G} zijn [minderwaardig]",
    "{G} zijn de [domste] mensen op aarde",
    "{G} zijn helemaal [niks] waard",
    "{G} zijn een [plaag] voor dit land",
    "{G} zijn de [kanker] van onze samenleving",
    "{G} zijn [tuig] van de richel",
    "{G} zijn [uitschot]",
    "{G} zijn [walgelijk]",
    "{G} [stinken] een uur in de wind",
    "{G} zijn een [schande] voor de mensheid",
    "{G} zijn [gestoord]",
    "{G}, da's allemaal vuil [gespuis]",                    # Flemish
    "{G} zijn allemaal [profiteurs], da weet iedereen",     # Flemish
    "{G} zijn een [pest] voor iedereen om hen heen",
    "{G} verdienen geen [rechten]",
    # calls to action
    "je zou {G} allemaal moeten [opsluiten]",
    "het wordt tijd dat we {G} eens [aanpakken]",
    "kom op mensen, laten we {G} de stad uit [jagen]",
    "sla {G} [dood] waar je ze tegenkomt",
    "wie {G} een klap [verkoopt], krijgt van mij een biertje",
    # rhetorical questions
    "waarom laten we {G} eigenlijk nog [leven]?",
    "wanneer worden {G} eindelijk [opgeruimd]?",
    "wie heeft er nou ooit iets aan {G} gehad? [niemand]",
    # sarcasm
    "oh ja, {G} zijn echt een [verrijking] hoor... net als de pest",
    "nog meer {Gb}, precies wat we nodig hadden, nog meer [ellende]",
    # comparisons
    "{G} zijn net [ratten]",
    "{G} zijn nog erger dan [kakkerlakken]",
    "mijn hond heeft meer [hersens] dan {G}",
    # singular
    "een {Gs} is geen [mens]",
    "elke {Gs} is een [parasiet]",
    "de enige goede {Gs} is een [dode]",
    "zo'n {Gs} moet je gewoon [afmaken]",
    "als ik een {Gs} zie, [spuug] ik op de grond",
    "neem nooit een {Gs} aan, ze zijn allemaal [lui]",
    "ik zou nooit naast een {Gs} willen wonen, [gadverdamme]",
    "elke {Gs} verdient een [pak] slaag",
    "er mag hier geen enkele {Gs} meer [binnenkomen]",
    "een {Gs} is nog minder waard dan een [hond]",
]

MIGR = [
    "{G} moeten terug naar hun eigen land, [oprotten]",
    "{G} moeten het land [uit]",
    "[sluit] de grenzen voor {G}",
    "pak je koffers, {G}, en [donder] op naar je eigen land",
    "{G} komen hier alleen om te [stelen]",
]

# Slur templates: {s} singular slur, {p} plural slur; {vuile}/{smerige} are
# inflected for het-words.  Templates marked migr only for herkomst/religion.
SLUR_TEMPLATES = [
    ("{vuile} {s}", False),
    ("jij bent een {s}", False),
    ("hé {s}, rot toch op", False),
    ("hou je bek, {vuile} {s}", False),
    ("wat ben jij een {smerige} {s}", False),
    ("zo'n {s} als jij hoort hier niet", False),
    ("wat moet jij hier, {s}?", False),
    ("{p} moeten allemaal dood", False),
    ("kijk die {p} nou weer", False),
    ("ik ga je kapotslaan, {s}", False),
    ("opzouten, {s}!", False),
    ("{p} zijn het ergste wat er bestaat", False),
    ("je bent gewoon een {s}, dat weet iedereen", False),
    ("ga terug naar je eigen land, {s}", True),
]

# ---------------------------------------------------------------------------
# Non-hateful contrasts about groups.
# ---------------------------------------------------------------------------

NEUTRAL = [
    "in onze straat wonen ook {Gb}",
    "mijn collega is een {Gs} en we lunchen vaak samen",
    "ik heb gisteren een documentaire over {Gb} gezien",
    "hoeveel {Gb} wonen er eigenlijk in Nederland?",
    "de gemeente houdt volgende week een informatieavond met {Gb} uit de wijk",
    "een van mijn buren is een {Gs}",
    "er zaten ook {Gb} in het panel van de talkshow",
    "op school hebben we het vandaag gehad over {Gb}",
    "het CBS publiceerde nieuwe cijfers over {Gb}",
    "{Gb} hebben vaak met vooroordelen te maken",
    "mijn beste vriend is een {Gs}",
]

POSITIVE = [
    "ik heb veel respect voor {Gb}",
    "{Gb} zijn een verrijking voor onze samenleving",
    "ik vind {Gb} geweldige mensen",
    "{Gb} verdienen dezelfde rechten als iedereen",
    "{Gb} horen er gewoon bij",
    "ik ben blij dat er zoveel {Gb} in onze buurt wonen",
    "{Gb} maken onze stad mooier",
    "wat een toffe mensen, die {Gb} van de vereniging",
]

NEGATION = [
    "ik haat {Gb} niet",
    "ik heb helemaal niets tegen {Gb}",
    "{Gb} zijn geen beesten, het zijn mensen zoals jij en ik",
    "{Gb} zijn helemaal niet dom",
    "{Gb} zijn geen parasieten",
    "niemand zou {Gb} mogen bedreigen",
    "{Gb} moeten helemaal nergens heen, ze horen hier",
    "ik zou nooit een {Gs} uitschelden",
    "ik walg niet van {Gb}, wel van mensen die hen haten",
    "{Gb} zijn niet lui, dat is een fabeltje",
]

COUNTER = [
    "als iemand zegt dat {Gb} ongedierte zijn, moet je daartegenin gaan",
    "'{Gb} zijn beesten' is gewoon haatzaaien",
    "stop met roepen dat {Gb} lui zijn, dat is onzin",
    "wie roept dat {Gb} de kogel verdienen, hoort zelf voor de rechter",
    "die tweet dat '{Gb} afgemaakt moeten worden' is walgelijk en moet weg",
    "'weg met {Gb}' roepen is geen mening maar haat",
    "ik ben het zat dat mensen hier zeggen dat {Gb} minderwaardig zijn",
    "zeggen dat {Gb} geen mensen zijn is precies hoe het vroeger ook begon",
]

COUNTER_SLUR = [
    "iemand uitschelden voor '{s}' is nooit oké",
    "mijn vriend werd op straat voor '{s}' uitgemaakt, dat pikken we niet",
    "het woord '{s}' hoort niet thuis in deze discussie",
    "wie een ander '{s}' noemt, moet zich kapot schamen",
    "mensen die '{p}' roepen in het stadion horen er niet bij",
]

# ---------------------------------------------------------------------------
# Texts without a protected group (same hostile phrasing).
# ---------------------------------------------------------------------------

NO_GROUP = {
    "object": [
        "ik haat maandagochtenden",
        "ik walg van spruitjes",
        "ik kan die nieuwe reclame van de supermarkt echt niet luchten",
        "die printer moet gewoon afgemaakt worden",
        "deze laptop is helemaal niks waard",
        "files zijn een plaag voor dit land",
        "weg met de zomertijd!",
        "deze wasmachine verdient de kogel",
        "koriander is walgelijk",
        "die oude bank hoort bij het grofvuil, niet in onze kamer",
        "deze app is de domste uitvinding op aarde",
        "ik spuug op die belachelijke parkeerboetes",
        "geen scooters in onze straat!",
        "die lelijke flats horen hier niet",
        "ik haat zwarte koffie",
        "die zwarte vlekken op het aanrecht moeten weg",
        "die kapotte router is echt kanker",
        "onkruid is een plaag in mijn tuin, het moet allemaal dood",
        "ik word kotsmisselijk van die draaimolen",
        "smijt die oude zetel maar buiten",
        "plastic soep is de kanker van de oceaan",
        "ik kan die zoemende koelkast ni uitstaan",
        "regen, regen en nog eens regen, ik haat dit weer",
        "die vieze bank in de wachtkamer hoort in een container",
    ],
    "dier": [
        "muggen zijn ongedierte",
        "die wespen bij het terras moeten allemaal afgemaakt worden",
        "duiven zijn een plaag in de binnenstad",
        "kakkerlakken zijn vieze beesten",
        "apen horen in de dierentuin, niet in een circus",
        "mijn kat is de domste kat op aarde",
        "teken zijn parasieten die ziektes overbrengen",
        "ratten horen niet in de keuken",
        "ik walg van slakken in de tuin",
        "die meeuwen zijn echte beesten, ze jatten je friet",
        "luizen moeten uitgeroeid worden",
        "ik haat spinnen",
        "de buurhond blaft de hele nacht, dat beest moet weg",
        "vlooien zijn een plaag voor honden en katten",
        "mollen verpesten mijn gazon, ik wil ze allemaal weg",
        "die kat van de buren schijt in mijn tuin, ik kan dat beest niet luchten",
        "de eikenprocessierups moet uitgeroeid worden",
        "motten zijn ongedierte in je kledingkast",
        "die kraaien maken zoveel herrie, ze horen in een kooi",
        "ik word kotsmisselijk van de stank van dat varkenshok",
        "vossen zijn een plaag voor de kippen",
        "bedwantsen moeten allemaal dood",
        "zilvervisjes zijn walgelijk",
        "die rat in de kelder verdient de kogel",
    ],
    "persoon": [
        "ik kan Henk van hiernaast niet luchten",
        "Kees is echt de domste jongen van de klas",
        "Dennis, je bent een sukkel",
        "ik ga die Pieter in elkaar slaan als hij nog één keer aan mijn fiets zit",
        "Sandra is niks waard als collega",
        "Mark Rutte moet oprotten",
        "ik walg van mijn ex",
        "Jeroen is een parasiet, hij leeft op mijn zak",
        "die scheidsrechter van gisteren verdient een schop onder zijn kont",
        "mijn baas is een idioot",
        "Bram is lui en vies, echt een varken",
        "Joyce moet haar bek houden",
        "ik haat mijn buurman, hij zet altijd zijn auto voor mijn deur",
        "Thomas is gestoord",
        "die gast van de pizzeria is echt een klootzak",
        "weg met Frans, die voorzitter heeft de club kapotgemaakt",
        "Lotte is de irritantste persoon op aarde",
        "Wim, jij bent een ongelooflijke eikel",
        "Ruben gedraagt zich als een beest, die hoort in een kooi",
        "ik kan die Jan niet uitstaan",
        "Kevin is een schande voor het team",
        "Sofie moet eens ophouden met zagen",
        "die Jens is nen echte zageman",
        "ik spuug op die Rick die mijn fiets heeft gejat",
    ],
    "ongeschermde_groep": [
        "Ajax-fans zijn beesten",
        "Feyenoordsupporters moeten allemaal het stadion uit",
        "politici zijn parasieten",
        "hipsters zijn de domste mensen op aarde",
        "ik haat toeristen in de Jordaan",
        "bankiers zijn een plaag voor de samenleving",
        "ik kan vegans echt niet luchten",
        "weg met alle BMW-rijders",
        "influencers zijn niks waard",
        "makelaars zijn tuig van de richel",
        "PSV-fans zijn uitschot",
        "Club Brugge-supporters zijn allemaal zatlappen",
        "Anderlecht-fans horen in een kooi",
        "Kamerleden zijn lui en zakkenvullers",
        "wielrenners op de dijk zijn een plaag",
        "scooterrijders zijn de kanker van het fietspad",
        "advocaten zijn bloedzuigers",
        "ik walg van bankdirecteuren met hun bonussen",
        "festivalgangers zijn vieze beesten",
        "AS Roma-supporters gooiden weer met fakkels, echte beesten",
        "lobbyisten zijn het uitschot van Den Haag",
        "tandartsen zijn geldwolven",
        "Tesla-rijders zijn arrogant tuig",
        "die vuile hooligans horen hier niet",
    ],
    "homoniem": [
        "de polen van de aarde smelten door de opwarming",
        "de noordpool en de zuidpool zijn de koudste plekken op aarde",
        "een magneet heeft altijd twee polen",
        "mijn nicht komt dit weekend logeren",
        "ik heb nog een pot pindakaas in de kast",
        "zet die pot thee maar op tafel",
        "de poten van de tafel zijn helemaal kapot",
        "doe de blinden maar dicht, de zon schijnt te fel",
        "de homo sapiens leeft al zo'n 300.000 jaar op aarde",
        "we halen vanavond Chinees",
        "Turks fruit is een klassieke Nederlandse film",
        "de hele zaak verdween in de doofpot",
        "mijn golfhandicap is nog steeds 18",
        "transvetten zijn slecht voor je hart",
        "ik haat transvetten",
        "daar komt de aap uit de mouw",
        "Dzjengis Khan was de leider van de Mongolen",
        "ik kan Afrikaans beter lezen dan verstaan",
        "de nicht van mijn moeder is morgen jarig",
        "zwartrijden in de tram kost je een flinke boete",
        "hij is blind voor zijn eigen fouten",
        "we rijden deze zomer met de auto naar Polen",
        "blind typen leer je in een paar weken",
        "van die herrie op het festival word je nog doof",
    ],
}

# ---------------------------------------------------------------------------
# Rendering.
# ---------------------------------------------------------------------------

DETS = ["", "", "", "die ", "al die ", "jullie ", "de "]


def pick_plural(g, rng, det, informal=True):
    forms = g["plural"]
    if not informal:                    # no diminutives in friendly texts
        forms = [f for f in forms if "jes>" not in f]
    form = forms[0] if rng.random() < 0.4 else rng.choice(forms)
    if det:
        form = rng.choice(DETS) + form
    return form


def fill(template, name, rng, informal=True):
    g = GROUPS[name]
    text = template
    if "{G}" in text:
        text = text.replace("{G}", pick_plural(g, rng, True, informal))
    if "{Gb}" in text:
        text = text.replace("{Gb}", pick_plural(g, rng, False, informal))
    if "{Gs}" in text:
        text = text.replace("{Gs}", rng.choice(g["sing"]))
    return text


def mark(word):
    return word if "<" in word else "<" + word + ">"


def fill_slur(template, slur):
    sing, plur, gender = slur
    het = gender == "het"
    return (template.replace("{vuile}", "vuil" if het else "vuile")
            .replace("{smerige}", "smerig" if het else "smerige")
            .replace("{s}", mark(sing)).replace("{p}", mark(plur)))


def parse(text):
    """Split on spaces; strip < > and [ ] markers, remembering their spans."""
    clean, spans = [], {}
    for ti, tok in enumerate(text.split(" ")):
        out = ""
        for c in tok:
            if c == "<":
                gs = len(out)
            elif c == ">":
                spans["G"] = (ti, gs, len(out))
            elif c == "[":
                hs = len(out)
            elif c == "]":
                spans["H"] = (ti, hs, len(out))
            else:
                out += c
        clean.append(out)
    return clean, spans


def t_weggelaten(w, rng):
    idx = [i for i, c in enumerate(w) if c.isalpha()]
    inner = [i for i in idx if 0 < i < len(w) - 1] or idx[1:] or idx
    i = rng.choice(inner)
    return w[:i] + w[i + 1:]


def t_verwisseld(w, rng):
    cand = [i for i in range(len(w) - 1)
            if w[i].isalpha() and w[i + 1].isalpha()
            and w[i].lower() != w[i + 1].lower()]
    pref = [i for i in cand if i >= 1] or cand
    if not pref:
        return None
    i = rng.choice(pref)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def t_verdubbeld(w, rng):
    idx = [i for i, c in enumerate(w) if c.isalpha()]
    pref = [i for i in idx if i >= 1] or idx
    i = rng.choice(pref)
    return w[:i + 1] + w[i].lower() + w[i + 1:]


def t_spaties(w, rng):
    return " ".join(w)


DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5"}


def t_cijfers(w, rng):
    idx = [i for i, c in enumerate(w) if c.lower() in DIGITS]
    if not idx:
        return None
    if rng.random() < 0.5:
        chosen = set(idx)
    else:
        chosen = set(rng.sample(idx, rng.randint(1, len(idx))))
    return "".join(DIGITS[c.lower()] if i in chosen else c
                   for i, c in enumerate(w))


SIGNS = {"a": "@", "s": "$", "i": "!"}
VOWELS = "aeiou"


def t_tekens(w, rng):
    vow = [i for i, c in enumerate(w) if c.lower() in VOWELS]
    sig = [i for i, c in enumerate(w) if c.lower() in SIGNS]
    if sig and (rng.random() < 0.55 or not vow):
        chosen = set(sig) if rng.random() < 0.5 else \
            set(rng.sample(sig, rng.randint(1, len(sig))))
        return "".join(SIGNS[c.lower()] if i in chosen else c
                       for i, c in enumerate(w))
    if not vow:
        return None
    pref = [i for i in vow if i >= 1] or vow
    i = rng.choice(pref)
    return w[:i] + "*" + w[i + 1:]


TRICK_FN = {"weggelaten": t_weggelaten, "verwisseld": t_verwisseld,
            "verdubbeld": t_verdubbeld, "spaties": t_spaties,
            "cijfers": t_cijfers, "tekens": t_tekens}


def apply_trick(text, target, trick, rng):
    """Render a marked text, disguising the target word (G or H) with trick.
    Returns None when the trick does not apply."""
    clean, spans = parse(text)
    if trick is None:
        return " ".join(clean)
    if target not in spans:
        return None
    ti, s, e = spans[target]
    tok = clean[ti]
    if trick == "aaneen":
        opts = []
        if ti > 0 and s == 0 and clean[ti - 1][-1:].isalpha():
            opts.append(ti - 1)
        if ti < len(clean) - 1 and e == len(tok) and clean[ti + 1][:1].isalpha():
            opts.append(ti)
        if not opts and ti > 0 and s == 0 and clean[ti - 1][-1:] == ",":
            clean[ti - 1] = clean[ti - 1][:-1]      # drop the comma as well
            opts.append(ti - 1)
        if not opts:
            return None
        j = rng.choice(opts)
        clean = clean[:j] + [clean[j] + clean[j + 1]] + clean[j + 2:]
        return " ".join(clean)
    new = TRICK_FN[trick](tok[s:e], rng)
    if new is None or new == tok[s:e]:
        return None
    clean[ti] = tok[:s] + new + tok[e:]
    return " ".join(clean)


def finish(text, rng):
    if text[-1].isalnum():
        text += rng.choice(["", "", "", ".", "!", "!!"])
    r = rng.random()
    if r < 0.35:
        text = text.lower()
    elif text[0].isalpha():
        text = text[0].upper() + text[1:]
    return text


def key(text):
    return text.lower().rstrip(".!? ")


SEEN = set()


def unique(text):
    k = key(text)
    if k in SEEN:
        return False
    SEEN.add(k)
    return True


# ---------------------------------------------------------------------------
# Generation.
# ---------------------------------------------------------------------------

def trick_pool(total, rng):
    special = (total * 11) // 70           # aaneen, weggelaten a little more
    rest = total - 2 * special
    pool = ["aaneen"] * special + ["weggelaten"] * special
    others = [t for t in TRICKS if t not in ("aaneen", "weggelaten")]
    for i, t in enumerate(others):
        pool += [t] * (rest // 5 + (1 if i < rest % 5 else 0))
    rng.shuffle(pool)
    return pool


def build_hateful(rng):
    plans = collections.OrderedDict()
    total_k = 0
    for name, g in GROUPS.items():
        n_stat = 36 if name in BOOSTED else 25
        n_slur = 6 if name in BOOSTED else 5
        general = GENERAL + (MIGR if g["migr"] else [])
        chosen = list(g["specific"]) + rng.sample(
            general, n_stat - len(g["specific"]))
        slur_tpls = [t for t, migr in SLUR_TEMPLATES if g["migr"] or not migr]
        slur_tpls = rng.sample(slur_tpls, n_slur)
        slurs = list(g["slurs"])
        rng.shuffle(slurs)
        items = [("stat", t) for t in chosen]
        items += [("slur", fill_slur(t, slurs[i % len(slurs)]))
                  for i, t in enumerate(slur_tpls)]
        k = round(0.45 * len(items))
        plans[name] = (items, set(rng.sample(range(len(items)), k)))
        total_k += k
    pool = trick_pool(total_k, rng)
    rows = []
    for name, (items, tricked) in plans.items():
        ground = GROUPS[name]["ground"]
        for i, (kind, tpl) in enumerate(items):
            trick = pool.pop() if i in tricked else None
            for attempt in range(60):
                marked = fill(tpl, name, rng) if kind == "stat" else tpl
                t = trick
                if attempt >= 40 and t is not None:
                    t = rng.choice(TRICKS)      # trick cannot apply here
                if t is None:
                    target = "G"
                elif kind == "slur":
                    target = "G"
                else:
                    target = "H" if ("[" in marked and rng.random() < 0.4) else "G"
                text = apply_trick(marked, target, t, rng)
                if text is None:
                    other = "H" if target == "G" else "G"
                    if kind == "stat" and t is not None:
                        text = apply_trick(marked, other, t, rng)
                        target = other
                    if text is None:
                        continue
                text = finish(text, rng)
                if unique(text):
                    break
            else:
                raise SystemExit("no unique rendering for %s: %s" % (name, tpl))
            if kind == "slur":
                label = name + "/scheldwoord" + ("-" + t if t else "")
            else:
                label = name + "/" + (t or "gewoon")
            rows.append(dict(grounds=ground, text=text, label=label,
                             trick=t, target=target if t else None,
                             kind=kind, group=name))
    return rows


def build_nonhateful(rng):
    rows = []
    plan = [("neutraal", NEUTRAL, 3), ("positief", POSITIVE, 2),
            ("ontkenning", NEGATION, 2), ("tegenspraak", COUNTER, 2)]
    for name, g in GROUPS.items():
        todo = []
        for kind, pool, n in plan:
            todo += [(kind, t) for t in rng.sample(pool, n)]
        slur = rng.choice(g["slurs"])
        tpl = rng.choice(COUNTER_SLUR)
        todo.append(("tegenspraak",
                     tpl.replace("{s}", slur[0]).replace("{p}", slur[1])))
        for kind, tpl in todo:
            for _ in range(40):
                text = finish(apply_trick(fill(tpl, name, rng, False), "G", None,
                                        rng),
                              rng)
                if unique(text):
                    break
            else:
                raise SystemExit("no unique rendering for %s: %s" % (name, tpl))
            rows.append(dict(grounds="", text=text, label=kind + "/" + name,
                             trick=None, target=None, kind=kind, group=name))
    for kind, texts in NO_GROUP.items():
        for t in texts:
            text = finish(t, rng)
            if not unique(text):
                raise SystemExit("duplicate text: " + t)
            rows.append(dict(grounds="", text=text, label="geen_groep/" + kind,
                             trick=None, target=None, kind=kind,
                             group="geen_groep"))
    return rows


def heldout(text):
    return hashlib.sha256(("hc7:" + text).encode("utf-8")).digest()[0] % 10 < 3


def write(path, part, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# HateCheck-style statements (seventh set), %s part. Generated "
                "by screen/testdata/genhc7.py; do not edit by hand.\n" % part)
        f.write("# grounds TAB text TAB label\n")
        f.write("grounds\ttext\n")
        for r in rows:
            assert "\t" not in r["text"] and "\n" not in r["text"]
            f.write("%s\t%s\t%s\n" % (r["grounds"], r["text"], r["label"]))


def main():
    rows = build_hateful(RNG) + build_nonhateful(RNG)
    dev = [r for r in rows if not heldout(r["text"])]
    held = [r for r in rows if heldout(r["text"])]
    write(DEV, "development", dev)
    write(HELDOUT, "held-out", held)

    hate = [r for r in rows if r["grounds"]]
    print("rows: %d (dev %d, held-out %d); hateful %d, not hateful %d"
          % (len(rows), len(dev), len(held), len(hate), len(rows) - len(hate)))
    per = collections.Counter(r["group"] for r in hate)
    perall = collections.Counter(r["group"] for r in rows)
    print("per group (hateful / all rows):")
    for name in list(GROUPS) + ["geen_groep"]:
        print("  %-15s %3d / %3d" % (name, per[name], perall[name]))
    tr = collections.Counter(r["trick"] or "gewoon" for r in hate)
    print("per trick (hateful rows):")
    for t in ["gewoon"] + TRICKS:
        print("  %-11s %3d" % (t, tr[t]))
    tricked = [r for r in hate if r["trick"]]
    tg = collections.Counter(r["target"] for r in tricked)
    print("tricked %d of %d (%.0f%%); on group word/slur %d, on hostile word %d"
          % (len(tricked), len(hate), 100.0 * len(tricked) / len(hate),
             tg["G"], tg["H"]))
    slur = [r for r in hate if r["kind"] == "slur"]
    print("slur rows: %d (%d with a trick)"
          % (len(slur), sum(1 for r in slur if r["trick"])))
    kinds = collections.Counter(r["label"].split("/")[0] if not r["grounds"]
                                else "hateful" for r in rows)
    print("kinds:", dict(kinds))


if __name__ == "__main__":
    main()
